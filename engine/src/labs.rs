//! Reading lab values: unit conversion, plausibility, wrong-unit detection, age-specific
//! levels, and the derived values (albumin-corrected calcium, Ca x P product).
//!
//! Pure arithmetic over `knowledge::ranges`; never panics, whatever number it is given.

use serde::Serialize;

use crate::answers::{Answer, Answers, NORMAL};
use crate::knowledge::ranges::{self, plausible, range_for, Range, Unit};
use crate::knowledge::{Analyte, Level};

pub use crate::knowledge::ranges::units;

/// One lab value as the engine understood it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Reading {
    pub analyte: Analyte,
    /// As entered.
    pub value: f64,
    pub unit: &'static str,
    /// In the canonical unit (see `knowledge::ranges`).
    pub canonical: f64,
    /// Against the range for the person's age; `None` when no range applies, or when the
    /// value is not used (impossible in its unit, or its unit in doubt).
    pub level: Option<Level>,
    /// The range used, in the canonical unit.
    pub range: Option<(f64, f64)>,
    pub range_source: Option<&'static str>,
    /// False when the value is outside what is possible in a living person in the unit
    /// entered. It is then not used, and the person is asked to check it; it is never
    /// dropped in silence.
    pub plausible: bool,
    /// Whether the value is below (false) or above (true) the possible limits, when it is
    /// not plausible: "if it is correct, it is dangerously high".
    pub above_limits: bool,
    /// Another unit to ask about ("check the unit printed next to the number: is it
    /// mmol/L?"): when the value is impossible in its unit but possible in this one, or
    /// when it lies where the other unit is far more likely (a calcium of 2.4 "mg/dL" is
    /// 2.4 mmol/L), or when calcium looks like mmol/L and phosphate was given in mg/dL.
    /// Never offered for a value that is possible and merely abnormal (review F8): a true
    /// toxic vitamin D or a suppressed PTH keeps its unit.
    pub suggested_unit: Option<&'static str>,
    /// The value is used by the reasoning: plausible and no unit in doubt.
    pub usable: bool,
}

/// The person's age in years, when answered plausibly (0 to 125 years).
pub fn age_years(answers: &Answers) -> Option<f64> {
    match answers.get("age") {
        Some(Answer::Quantity { value, unit }) => {
            let years = if unit == "months" {
                value / 12.0
            } else {
                *value
            };
            (years.is_finite() && (0.0..=125.0).contains(&years)).then_some(years)
        }
        _ => None,
    }
}

fn find_unit(analyte: Analyte, id: &str) -> Option<&'static Unit> {
    units(analyte).iter().find(|u| u.id == id)
}

fn in_range(r: Option<&Range>, v: f64) -> bool {
    r.is_some_and(|r| v >= r.low && v <= r.high)
}

fn level_of(r: &Range, v: f64) -> Level {
    if v < r.low {
        Level::Low
    } else if v > r.high {
        Level::High
    } else {
        Level::Normal
    }
}

/// Read one analyte from the answers; `None` when not given, unknown, or in no known unit.
pub fn read(answers: &Answers, analyte: Analyte) -> Option<Reading> {
    let (value, unit_id) = match answers.get(analyte.question_id()) {
        Some(Answer::Quantity { value, unit }) => (*value, unit.as_str()),
        _ => return None,
    };
    let unit = find_unit(analyte, unit_id)?;
    let age = age_years(answers);
    let range = range_for(analyte, age);
    let (lo, hi) = plausible(analyte);
    let canonical = value * unit.to_canonical;
    let is_plausible = canonical.is_finite() && canonical >= lo && canonical <= hi;
    let possible_in = |u: &Unit| {
        let c = value * u.to_canonical;
        c.is_finite() && c >= lo && c <= hi
    };
    let others = || units(analyte).iter().filter(|u| u.id != unit.id);
    let suggested_unit = if !is_plausible {
        // Impossible as entered: ask about a unit in which it is possible, preferring one
        // in which it is also within the range for the age.
        others()
            .find(|u| possible_in(u) && in_range(range, value * u.to_canonical))
            .or_else(|| others().find(|u| possible_in(u)))
            .map(|u| u.id)
    } else {
        ranges::unit_in_doubt(analyte, unit.id, value)
            .and_then(|id| find_unit(analyte, id))
            .filter(|u| possible_in(u))
            .map(|u| u.id)
    };
    let usable = is_plausible && suggested_unit.is_none();
    Some(Reading {
        analyte,
        value,
        unit: unit.id,
        canonical,
        level: if usable {
            range.map(|r| level_of(r, canonical))
        } else {
            None
        },
        range: range.map(|r| (r.low, r.high)),
        range_source: range.map(|r| r.source),
        plausible: is_plausible,
        above_limits: !is_plausible && canonical > hi,
        suggested_unit,
        usable,
    })
}

/// Values computed from the entered labs.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Derived {
    /// Albumin-corrected calcium, mg/dL: Ca + 0.8 x (4.0 - albumin g/dL) [S47]. Less accurate
    /// in critical illness, acid-base disorders and paraproteinaemia [S47b].
    pub corrected_calcium: Option<f64>,
    /// Level of the calcium the reasoning uses (corrected when albumin is low, [S47]).
    pub calcium_level: Option<Level>,
    /// Calcium x phosphate product, mg2/dL2, from the calcium the reasoning uses. Adult
    /// thresholds: rules read it for adults only (review F11).
    pub ca_x_p: Option<f64>,
    /// The calcium the reasoning uses, mg/dL: albumin-corrected when albumin is low [S47].
    pub calcium_used: Option<f64>,
}

/// All readings plus derived values, computed once per assessment.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Labs {
    pub readings: Vec<Reading>,
    pub derived: Derived,
    /// Analytes reported within the normal range without a number: the lab's own "normal,
    /// no number" answer, or "my doctor said they were normal" for the results as a whole,
    /// which is read as calcium and phosphate normal (the two tests a doctor checks for
    /// calcinosis first [S1][S5]; the other tests stay unknown). Such an analyte is at
    /// level `Normal` and has no value: rules on "normal" can fire, rules on a high or low
    /// level or on a number cannot (review F8).
    pub reported_normal: Vec<Analyte>,
}

/// The analytes reported normal without a number (see `Labs::reported_normal`).
fn reported_normal(answers: &Answers) -> Vec<Analyte> {
    let said = |id: &str| matches!(answers.get(id), Some(Answer::Choice(c)) if c == NORMAL);
    let all_normal = said("lab_results");
    Analyte::ALL
        .into_iter()
        .filter(|a| {
            said(a.question_id())
                || (all_normal && matches!(a, Analyte::Calcium | Analyte::Phosphate))
        })
        .collect()
}

impl Labs {
    pub fn from_answers(answers: &Answers) -> Labs {
        let mut readings: Vec<Reading> = Analyte::ALL
            .iter()
            .filter_map(|a| read(answers, *a))
            .collect();
        // Laboratories report calcium and phosphate in the same system: when calcium is in
        // mmol/L, or looks like it, a phosphate given in mg/dL is asked about too (review
        // F4) and not used until its unit is confirmed.
        let calcium_mmol = readings.iter().any(|r| {
            r.analyte == Analyte::Calcium
                && (r.unit == "mmol/L" || r.suggested_unit == Some("mmol/L"))
        });
        if calcium_mmol {
            if let Some(p) = readings
                .iter_mut()
                .find(|r| r.analyte == Analyte::Phosphate && r.unit == "mg/dL")
            {
                let as_mmol = p.value * 3.097;
                let (lo, hi) = plausible(Analyte::Phosphate);
                if p.suggested_unit.is_none() && (lo..=hi).contains(&as_mmol) {
                    p.suggested_unit = Some("mmol/L");
                    p.usable = false;
                    p.level = None;
                }
            }
        }
        let get = |a: Analyte| {
            readings
                .iter()
                .find(|r| r.analyte == a && r.usable)
                .map(|r| r.canonical)
        };
        let calcium = get(Analyte::Calcium);
        let albumin = get(Analyte::Albumin);
        let corrected = match (calcium, albumin) {
            (Some(ca), Some(alb)) => Some(ca + 0.8 * (4.0 - alb)),
            _ => None,
        };
        // Use the corrected value when albumin is low [S47]; otherwise the measured one.
        let used = match (corrected, albumin) {
            (Some(c), Some(alb)) if alb < 4.0 => Some(c),
            _ => calcium,
        };
        let age = age_years(answers);
        let reported_normal = reported_normal(answers);
        let calcium_level = match used {
            Some(v) => range_for(Analyte::Calcium, age).map(|r| level_of(r, v)),
            None => reported_normal
                .contains(&Analyte::Calcium)
                .then_some(Level::Normal),
        };
        let ca_x_p = match (used, get(Analyte::Phosphate)) {
            (Some(ca), Some(p)) => Some(ca * p),
            _ => None,
        };
        Labs {
            readings,
            derived: Derived {
                corrected_calcium: corrected,
                calcium_level,
                ca_x_p,
                calcium_used: used,
            },
            reported_normal,
        }
    }

    /// The reading of an analyte that the reasoning uses (plausible, unit not in doubt).
    pub fn reading(&self, analyte: Analyte) -> Option<&Reading> {
        self.readings
            .iter()
            .find(|r| r.analyte == analyte && r.usable)
    }

    /// A value was entered for this analyte but is not used: impossible in its unit, or
    /// its unit in doubt.
    pub fn unclear(&self, analyte: Analyte) -> bool {
        self.readings
            .iter()
            .any(|r| r.analyte == analyte && !r.usable)
    }

    /// The level the reasoning uses (calcium: albumin-corrected when albumin is low).
    pub fn level(&self, analyte: Analyte) -> Option<Level> {
        if analyte == Analyte::Calcium {
            return self.derived.calcium_level;
        }
        match self.reading(analyte) {
            Some(r) => r.level,
            None => self
                .reported_normal
                .contains(&analyte)
                .then_some(Level::Normal),
        }
    }

    pub fn canonical(&self, analyte: Analyte) -> Option<f64> {
        self.reading(analyte).map(|r| r.canonical)
    }
}

/// Convert a value between two units of the same analyte; `None` for an unknown unit.
pub fn convert(analyte: Analyte, value: f64, from: &str, to: &str) -> Option<f64> {
    let f = find_unit(analyte, from)?;
    let t = find_unit(analyte, to)?;
    Some(value * f.to_canonical / t.to_canonical)
}

pub use ranges::{CAXP_HIGH, CAXP_RAISED};
