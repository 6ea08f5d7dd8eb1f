//! Property tests over arbitrary answer sets: the assessment never panics, is well formed
//! and deterministic, red flags appear whenever their trigger is answered, adding a
//! strong piece of evidence for a category never lowers its rank, and adding a risk factor
//! of the leading category never lowers it (clinical review, "more true answers never
//! make it worse").

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::BTreeSet;

use calcinosis_engine::answers::{Answer, Answers};
use calcinosis_engine::assess::{assess, Assessment, Label};
use calcinosis_engine::knowledge::questions::{Kind, QUESTIONS};
use calcinosis_engine::knowledge::{Category, Urgency};
use calcinosis_engine::labs::units;
use proptest::prelude::*;

type Raw = (bool, u8, u16, f64);

fn build(raw: Vec<Raw>, garbage: Vec<(String, u8)>) -> Answers {
    let mut a = Answers::new();
    for (q, (present, sel, mask, value)) in QUESTIONS.iter().zip(raw) {
        if !present {
            continue;
        }
        let answer = if sel % 11 == 0 {
            Answer::Choice("unknown".into())
        } else {
            match q.kind {
                Kind::Single(opts) => Answer::Choice(opts[sel as usize % opts.len()].id.into()),
                Kind::Multi(opts) => Answer::Choices(
                    opts.iter()
                        .enumerate()
                        .filter(|(i, _)| mask & (1 << (i % 16)) != 0)
                        .map(|(_, o)| o.id.to_string())
                        .collect(),
                ),
                Kind::Age => Answer::Quantity {
                    value,
                    unit: if sel % 2 == 0 { "years" } else { "months" }.into(),
                },
                Kind::Lab(an) => {
                    let us = units(an);
                    let unit = if sel % 13 == 1 {
                        "bogus"
                    } else {
                        us[sel as usize % us.len()].id
                    };
                    Answer::Quantity {
                        value,
                        unit: unit.into(),
                    }
                }
            }
        };
        a.insert(q.id.to_string(), answer);
    }
    // Answers that no file would contain: unknown ids and kinds that do not fit.
    for (k, sel) in garbage {
        let v = match sel % 3 {
            0 => Answer::Choice(k.clone()),
            1 => Answer::Choices(vec![k.clone(), "none".into()]),
            _ => Answer::Quantity {
                value: f64::NAN,
                unit: k.clone(),
            },
        };
        let key = if sel % 2 == 0 {
            k
        } else {
            QUESTIONS[sel as usize % QUESTIONS.len()].id.to_string()
        };
        a.insert(key, v);
    }
    a
}

fn value() -> impl Strategy<Value = f64> {
    prop_oneof![
        3 => 0.0f64..20.0,
        2 => 0.0f64..1500.0,
        1 => any::<f64>(),
        1 => Just(f64::NAN),
        1 => -100.0f64..0.0,
    ]
}

fn arb_answers() -> impl Strategy<Value = Answers> {
    (
        proptest::collection::vec(
            (any::<bool>(), any::<u8>(), any::<u16>(), value()),
            QUESTIONS.len(),
        ),
        proptest::collection::vec(("[a-z_]{0,12}", any::<u8>()), 0..3),
    )
        .prop_map(|(raw, garbage)| build(raw, garbage))
}

fn rank(a: &Assessment, c: Category) -> usize {
    // The ranking is ordered by the unrounded probabilities.
    a.ranking.iter().position(|r| r.category == c).unwrap()
}

fn with(mut a: Answers, changes: &[(&str, Answer)]) -> Answers {
    for (k, v) in changes {
        a.insert(k.to_string(), v.clone());
    }
    a
}

fn add_choice(a: &Answers, q: &str, opt: &str) -> Answers {
    let mut list = match a.get(q) {
        Some(Answer::Choices(c)) => c.clone(),
        _ => Vec::new(),
    };
    list.retain(|c| c != "none");
    if !list.iter().any(|c| c == opt) {
        list.push(opt.into());
    }
    with(a.clone(), &[(q, Answer::Choices(list))])
}

fn qty(value: f64, unit: &str) -> Answer {
    Answer::Quantity {
        value,
        unit: unit.into(),
    }
}

fn choice(c: &str) -> Answer {
    Answer::Choice(c.into())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, .. ProptestConfig::default() })]

    #[test]
    fn assessment_is_well_formed_and_deterministic(a in arb_answers()) {
        let x = assess(&a);
        // Debug text, not ==: NaN inputs are carried through and NaN != NaN.
        prop_assert_eq!(format!("{x:?}"), format!("{:?}", assess(&a)));
        let cats: BTreeSet<Category> = x.ranking.iter().map(|r| r.category).collect();
        prop_assert_eq!(cats.len(), Category::ALL.len());
        // Best first by probability; calciphylaxis may be put first by its red flag (and then the
        // aid cannot tell yet, unless its own score put it there).
        let cal_flag = x.red_flags.iter().any(|f| f.id == "calciphylaxis");
        let skip = usize::from(cal_flag && x.ranking[0].category == Category::Calciphylaxis);
        prop_assert!(x.ranking[skip..].windows(2).all(|w| w[0].probability >= w[1].probability));
        let total: f64 = x.ranking.iter().map(|r| r.probability).sum();
        prop_assert!((total - 1.0).abs() < 0.01, "probabilities sum to {}", total);
        if cal_flag {
            prop_assert_eq!(x.ranking[0].category, Category::Calciphylaxis);
            if x.ranking.get(1).is_some_and(|r| r.probability > x.ranking[0].probability) {
                prop_assert!(x.undetermined);
            }
        }
        // The ranking and the flags never disagree (review F2).
        if x.ranking[0].category == Category::Calciphylaxis && x.ranking[0].score >= 2 {
            prop_assert!(cal_flag);
        }
        // An unconfirmed lump that needs a scan is never called likely anything (F7).
        if x.scan_first {
            prop_assert!(x.undetermined);
        }
        // At most three most important questions, listed first (F13).
        let important = x.questions.iter().filter(|q| q.important).count();
        prop_assert!(important <= 3);
        prop_assert!(x.questions.iter().take(important).all(|q| q.important));
        let likely = x.ranking.iter().filter(|r| r.label == Label::Likely).count();
        prop_assert!(likely <= 1);
        prop_assert_eq!(likely == 0, x.undetermined);
        if let Some(l) = x.ranking.iter().position(|r| r.label == Label::Likely) {
            prop_assert_eq!(l, 0);
        }
        for r in &x.ranking {
            let sum: i32 = r.evidence_for.iter().chain(&r.evidence_against).map(|e| e.weight).sum();
            prop_assert_eq!(sum, r.score);
        }
        prop_assert!(x.red_flags.windows(2).all(|w| w[0].urgency <= w[1].urgency));
        let ids: BTreeSet<&str> = x.questions.iter().map(|q| q.id).collect();
        prop_assert_eq!(ids.len(), x.questions.len(), "a question for the physician is repeated");
        // An impossible value is never quoted back to the person.
        for q in &x.questions {
            for p in &q.params {
                prop_assert!(p.value.is_finite());
            }
        }
    }

    #[test]
    fn red_flags_are_raised_whenever_their_trigger_is_answered(a in arb_answers()) {
        // Fever: the infection flag, or the more urgent one for a baby or for someone on
        // dialysis or with a transplant; same day at least.
        let fever = assess(&add_choice(&a, "infection_signs", "fever"));
        let fever_flag = fever.red_flags.iter().any(|f| {
            matches!(f.id, "infection_fever" | "infant_fever" | "fever_high_risk")
                && f.urgency <= Urgency::SameDay
        });
        prop_assert!(fever_flag);
        let weak = assess(&add_choice(&a, "nerve_signs", "weakness"));
        let weak_flag = weak.red_flags.iter().any(|f| {
            matches!(f.id, "nerve_weakness" | "dermatomyositis_weakness")
                && f.urgency <= Urgency::SameDay
        });
        prop_assert!(weak_flag);
        // A big lump (not only skin changes): a mass flag, or a flag that says more.
        let big = with(
            add_choice(&a, "looks", "hard_nodule"),
            &[("size", choice("5cm_plus"))],
        );
        prop_assert!(assess(&big).red_flags.iter().any(|f| matches!(
            f.id,
            "mass" | "mass_young" | "calciphylaxis" | "infant_iv_site"
        )));
        // A corrected calcium of 14 mg/dL or more is an emergency whatever else (F3), once
        // entered (numbers are asked for when there are results: `lab_results`).
        let ca = assess(&with(
            a.clone(),
            &[
                ("lab_results", choice("yes")),
                ("calcium", qty(14.5, "mg/dL")),
                ("albumin", qty(4.0, "g/dL")),
            ],
        ));
        prop_assert_eq!(ca.red_flags.first().map(|f| f.urgency), Some(Urgency::Emergency));
        // Severe pain in a calciphylaxis context is a same-day flag whatever the lesion
        // looks like (F1).
        let dialysis_pain = assess(&with(
            a.clone(),
            &[("kidney", choice("dialysis")), ("pain", choice("severe"))],
        ));
        prop_assert!(dialysis_pain.red_flags.iter().any(|f| f.id == "calciphylaxis"));
        let confused = add_choice(&a, "calcium_symptoms", "confusion");
        let x = assess(&confused);
        prop_assert_eq!(x.red_flags.first().map(|f| f.urgency), Some(Urgency::Emergency));
        let livedo = with(add_choice(&a, "looks", "livedo"), &[("pain", choice("severe"))]);
        let x = assess(&livedo);
        prop_assert!(x.red_flags.iter().any(|f| f.id == "calciphylaxis"));
        // And the flag is shown whatever the ranking says.
        prop_assert!(!x.red_flags.is_empty());
    }

    #[test]
    fn strong_evidence_never_lowers_a_categorys_rank(a in arb_answers()) {
        let base = assess(&a);
        let cases: Vec<(Category, Answers)> = vec![
            (Category::Dystrophic, add_choice(&a, "local_injury", "trauma")),
            // A high calcium: raised to 13 mg/dL, never lowered from a higher value (lowering it
            // would take evidence away, e.g. a Ca x P product above 70).
            (Category::Metastatic, {
                let known = calcinosis_engine::labs::read(&a, calcinosis_engine::knowledge::Analyte::Calcium)
                    .filter(|r| r.plausible && r.canonical >= 13.0);
                if known.is_some() { a.clone() } else { with(a.clone(), &[("calcium", qty(13.0, "mg/dL"))]) }
            }),
            (Category::Iatrogenic, with(a.clone(), &[("iv_calcium", choice("yes"))])),
            (Category::Idiopathic, add_choice(&a, "sites", "scrotum")),
            (Category::TumoralPrimaryHyperphosphatemic, with(a.clone(), &[("family_history", choice("yes"))])),
            // A big mass by a joint is shared by all three tumoral kinds; what singles out this
            // one is that together with normal phosphate and no secondary cause.
            (Category::TumoralPrimaryNormophosphatemic, with(a.clone(), &[
                ("size", choice("5cm_plus")), ("depth", choice("around_joint")),
                ("phosphate", qty(4.2, "mg/dL")), ("kidney", choice("none")),
                ("hyperparathyroidism", choice("no")), ("ctd", Answer::Choices(vec!["none".into()])),
            ])),
            (Category::TumoralSecondary, with(a.clone(), &[("kidney", choice("dialysis")), ("size", choice("5cm_plus")), ("depth", choice("around_joint"))])),
            (Category::Calciphylaxis, add_choice(&a, "looks", "livedo")),
        ];
        for (c, stronger) in cases {
            let after = assess(&stronger);
            // Dialysis is strong evidence for calciphylaxis too: with its skin changes it
            // may rightly overtake secondary tumoral calcinosis.
            let cal_skin = matches!(stronger.get("looks"), Some(Answer::Choices(l))
                if l.iter().any(|o| matches!(o.as_str(), "livedo" | "induration" | "ulcer_eschar")));
            if c == Category::TumoralSecondary && cal_skin {
                continue;
            }
            // A big mass by a joint with phosphate normal (a number, or reported normal) is
            // evidence for the normophosphatemic kind too, which may then rightly overtake
            // the secondary kind (found once "reported normal" answers were drawn).
            let phosphate_normal = calcinosis_engine::labs::Labs::from_answers(&calcinosis_engine::reason::effective(&stronger))
                .level(calcinosis_engine::knowledge::Analyte::Phosphate)
                == Some(calcinosis_engine::knowledge::Level::Normal);
            if c == Category::TumoralSecondary && phosphate_normal {
                continue;
            }
            // By design the calciphylaxis red flag puts calciphylaxis first.
            if c != Category::Calciphylaxis && after.red_flags.iter().any(|f| f.id == "calciphylaxis") {
                continue;
            }
            prop_assert!(
                rank(&after, c) <= rank(&base, c),
                "{:?}: rank {} -> {}", c, rank(&base, c), rank(&after, c)
            );
        }
    }

    /// Adding an answer that is a risk factor of the likely category never moves it down:
    /// it stays first (the one exception is by design: an answer that raises the
    /// calciphylaxis red flag puts calciphylaxis first).
    #[test]
    fn a_risk_factor_of_the_leading_category_never_lowers_it(a in arb_answers()) {
        let base = assess(&a);
        let lead = base.ranking[0].category;
        if base.ranking[0].label != Label::Likely {
            return Ok(());
        }
        let factors: &[(&str, &str, bool)] = match lead {
            Category::Calciphylaxis => &[
                ("warfarin", "yes", false), ("hyperparathyroidism", "yes", false),
                ("supplements", "calcium", true), ("diabetes", "yes", false),
                ("obesity", "yes", false),
            ],
            Category::Metastatic => &[
                ("hyperparathyroidism", "yes", false), ("supplements", "antacids", true),
                ("sarcoidosis", "yes", false), ("cancer_bone", "yes", false),
            ],
            Category::Dystrophic => &[
                ("ctd", "systemic_sclerosis", true), ("local_injury", "trauma", true),
            ],
            Category::Iatrogenic => &[("iv_calcium", "yes", false), ("iv_leak", "yes", false)],
            Category::Idiopathic => &[("down_syndrome", "yes", false)],
            Category::TumoralPrimaryHyperphosphatemic => &[
                ("family_history", "yes", false), ("dental_eye", "yes", false),
            ],
            Category::TumoralSecondary => &[("kidney", "dialysis", false)],
            Category::TumoralPrimaryNormophosphatemic => &[],
        };
        for (q, opt, multi) in factors {
            // Only a question not answered yet: adding, not changing, an answer.
            if a.get(*q).is_some_and(|x| !x.is_unknown()) {
                continue;
            }
            let more = if *multi { add_choice(&a, q, opt) } else { with(a.clone(), &[(q, choice(opt))]) };
            let after = assess(&more);
            let newly_flagged = !base.red_flags.iter().any(|f| f.id == "calciphylaxis")
                && after.red_flags.iter().any(|f| f.id == "calciphylaxis");
            if newly_flagged && lead != Category::Calciphylaxis {
                continue;
            }
            prop_assert_eq!(after.ranking[0].category, lead, "{}={} moved {:?} down", q, opt, lead);
        }
    }

    /// Answers typical of a situation never dilute what the situation points to: in kidney
    /// failure, saying yes to overactive parathyroid glands, calcium tablets (binders) or
    /// vitamin D keeps the leading category first and as likely as it was (ux review
    /// finding 3: a man on dialysis with livedo and a black scab lost "most likely:
    /// calciphylaxis" when he also ticked these); and vitamin D drops for a baby never make
    /// a category possible on their own.
    #[test]
    fn answers_typical_of_the_situation_never_dilute_it(a in arb_answers()) {
        let on_dialysis = with(a.clone(), &[("kidney", choice("dialysis"))]);
        let base = assess(&on_dialysis);
        let lead = &base.ranking[0];
        for (q, opt, multi) in [
            ("hyperparathyroidism", "yes", false),
            ("supplements", "calcium", true),
            ("supplements", "vitamin_d", true),
        ] {
            if on_dialysis.get(q).is_some_and(|x| !x.is_unknown()) {
                continue;
            }
            let more = if multi { add_choice(&on_dialysis, q, opt) } else { with(on_dialysis.clone(), &[(q, choice(opt))]) };
            let after = assess(&more);
            prop_assert_eq!(after.ranking[0].category, lead.category, "{}={} moved {:?} down", q, opt, lead.category);
            if lead.label == Label::Likely {
                prop_assert_eq!(after.ranking[0].label, Label::Likely, "{}={} made {:?} unsure", q, opt, lead.category);
            }
        }
        let baby = with(a.clone(), &[("age", qty(6.0, "months"))]);
        if !baby.contains_key("supplements") {
            let before = assess(&baby);
            let after = assess(&add_choice(&baby, "supplements", "vitamin_d"));
            for r in &after.ranking {
                let was = before.ranking.iter().find(|b| b.category == r.category).unwrap();
                prop_assert!(
                    !(was.label == Label::Unlikely && r.label != Label::Unlikely),
                    "vitamin D drops made {:?} {:?}", r.category, r.label
                );
            }
        }
    }
}
