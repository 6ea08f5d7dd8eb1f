//! How the constants of `knowledge::priors` are chosen (issue 14, part 4): from the parts
//! of the published cases that are not sealed, never from the sealed part.
//!
//! - `COUNTS`: the cases per age band and authors' category.
//! - `BETA`: from a grid, the value that gives the authors' categories the highest mean
//!   log probability (the best-calibrated reading of the points as log likelihood ratios).
//! - `LIKELY_P`: from a grid, the lowest threshold at which "likely" is wrong for at most
//!   `MAX_WRONG` of the cases of each part.
//!
//! Pure: given the parts, it returns the constants and a report.

use crate::assess::{basis, decide, Basis};
use crate::knowledge::priors::{log_prior_from, AgeBand};
use crate::knowledge::Category;
use crate::validation::Part;

/// "Likely" may be wrong for at most this share of the cases of each part (issue 14).
pub const MAX_WRONG: f64 = 0.02;

/// The grid of `BETA`: 0.20 to 1.50 by 0.05.
fn beta_grid() -> impl Iterator<Item = f64> {
    (4..=30).map(|i| f64::from(i) * 0.05)
}

/// The grid of `LIKELY_P`: 0.50 to 0.99 by 0.01.
fn likely_grid() -> impl Iterator<Item = f64> {
    (50..=99).map(|i| f64::from(i) / 100.0)
}

/// The constants chosen, with what they give.
#[derive(Clone, Debug)]
pub struct Calibration {
    pub counts: [(AgeBand, [u32; 8]); 5],
    pub beta: f64,
    pub likely_p: f64,
    /// Mean log probability of the authors' categories at `beta`.
    pub mean_log_p: f64,
    /// (part title, cases, likely said, likely wrong) at the chosen constants.
    pub parts: Vec<(&'static str, usize, usize, usize)>,
}

struct Scored {
    part: usize,
    expected: Category,
    basis: Basis,
}

/// The cases per age band and category of the given (unsealed) cases.
fn counts(cases: &[Scored]) -> [(AgeBand, [u32; 8]); 5] {
    AgeBand::ALL.map(|band| {
        let mut c = [0u32; 8];
        for s in cases {
            if band == AgeBand::Unknown || s.basis.band == band {
                c[s.expected as usize] += 1;
            }
        }
        (band, c)
    })
}

/// Choose the constants from every part that is not sealed.
pub fn calibrate(parts: &[Part]) -> Calibration {
    let open: Vec<&Part> = parts.iter().filter(|p| !p.sealed).collect();
    let cases: Vec<Scored> = open
        .iter()
        .enumerate()
        .flat_map(|(i, p)| {
            p.cases.iter().map(move |c| Scored {
                part: i,
                expected: c.expected,
                basis: basis(&c.answers),
            })
        })
        .collect();
    let counts = counts(&cases);
    let priors = AgeBand::ALL.map(|b| log_prior_from(&counts, b));
    let prior_of = |b: AgeBand| {
        AgeBand::ALL
            .iter()
            .position(|x| *x == b)
            .and_then(|i| priors.get(i))
            .copied()
            .unwrap_or([0.0; 8])
    };
    let n = cases.len().max(1) as f64;
    let mut best = (f64::NEG_INFINITY, 0.5);
    for beta in beta_grid() {
        let ll: f64 = cases
            .iter()
            .map(|s| {
                let d = decide(&s.basis, &prior_of(s.basis.band), beta, 1.0);
                d.probs[s.expected as usize].max(1e-12).ln()
            })
            .sum::<f64>()
            / n;
        if ll > best.0 + 1e-12 {
            best = (ll, beta);
        }
    }
    let (mean_log_p, beta) = best;
    let tally = |likely_p: f64| -> Vec<(&'static str, usize, usize, usize)> {
        open.iter()
            .enumerate()
            .map(|(i, p)| {
                let (mut said, mut wrong, mut total) = (0, 0, 0);
                for s in cases.iter().filter(|s| s.part == i) {
                    total += 1;
                    let d = decide(&s.basis, &prior_of(s.basis.band), beta, likely_p);
                    if !d.undetermined {
                        said += 1;
                        if d.order[0] != s.expected {
                            wrong += 1;
                        }
                    }
                }
                (p.title, total, said, wrong)
            })
            .collect()
    };
    let ok = |t: &[(&str, usize, usize, usize)]| {
        t.iter()
            .all(|(_, total, _, wrong)| *wrong as f64 <= MAX_WRONG * *total as f64)
    };
    let likely_p = likely_grid().find(|&p| ok(&tally(p))).unwrap_or(0.99);
    Calibration {
        counts,
        beta,
        likely_p,
        mean_log_p,
        parts: tally(likely_p),
    }
}

impl Calibration {
    /// The constants as Rust source, to paste into `knowledge/priors.rs`, and what they give.
    pub fn report(&self) -> String {
        let mut out = String::from("// Calibrated on the parts that are not sealed.\n");
        out.push_str("pub const COUNTS: [(AgeBand, [u32; 8]); 5] = [\n");
        for (band, c) in &self.counts {
            let list: Vec<String> = c.iter().map(u32::to_string).collect();
            out.push_str(&format!(
                "    (AgeBand::{band:?}, [{}]),\n",
                list.join(", ")
            ));
        }
        out.push_str("];\n");
        out.push_str(&format!("pub const BETA: f64 = {:.2};\n", self.beta));
        out.push_str(&format!(
            "pub const LIKELY_P: f64 = {:.2};\n",
            self.likely_p
        ));
        out.push_str(&format!(
            "// mean log probability of the authors' categories: {:.3}\n",
            self.mean_log_p
        ));
        for (title, total, said, wrong) in &self.parts {
            out.push_str(&format!(
                "// {title}: {total} cases, likely said {said}, likely wrong {wrong}\n"
            ));
        }
        out
    }
}
