//! Reading lab values: unit conversion, plausibility, wrong-unit detection, age-specific
//! levels, and the derived values (albumin-corrected calcium, Ca x P product).
//!
//! Pure arithmetic over `knowledge::ranges`; never panics, whatever number it is given.

use serde::Serialize;

use crate::answers::{Answer, Answers};
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
    /// Against the range for the person's age; `None` when no range applies (or the value
    /// is implausible and ignored).
    pub level: Option<Level>,
    /// The range used, in the canonical unit.
    pub range: Option<(f64, f64)>,
    pub range_source: Option<&'static str>,
    /// False when the value is outside what is physiologically possible: it is then ignored.
    pub plausible: bool,
    /// A unit in which the value would be plausible and within range, when the entered one
    /// makes it implausible or abnormal: "this looks like mmol/L".
    pub suggested_unit: Option<&'static str>,
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
    let suggested_unit = if is_plausible && (range.is_none() || in_range(range, canonical)) {
        None
    } else {
        units(analyte)
            .iter()
            .filter(|u| u.id != unit.id)
            .find(|u| {
                let c = value * u.to_canonical;
                c >= lo && c <= hi && (range.is_none() || in_range(range, c))
            })
            .map(|u| u.id)
    };
    let level = if is_plausible {
        range.map(|r| {
            if canonical < r.low {
                Level::Low
            } else if canonical > r.high {
                Level::High
            } else {
                Level::Normal
            }
        })
    } else {
        None
    };
    Some(Reading {
        analyte,
        value,
        unit: unit.id,
        canonical,
        level,
        range: range.map(|r| (r.low, r.high)),
        range_source: range.map(|r| r.source),
        plausible: is_plausible,
        suggested_unit,
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
    /// Calcium x phosphate product, mg2/dL2, from the calcium the reasoning uses.
    pub ca_x_p: Option<f64>,
}

/// All readings plus derived values, computed once per assessment.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Labs {
    pub readings: Vec<Reading>,
    pub derived: Derived,
}

impl Labs {
    pub fn from_answers(answers: &Answers) -> Labs {
        let readings: Vec<Reading> = Analyte::ALL
            .iter()
            .filter_map(|a| read(answers, *a))
            .collect();
        let get = |a: Analyte| {
            readings
                .iter()
                .find(|r| r.analyte == a && r.plausible)
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
        let calcium_level = used.and_then(|v| {
            range_for(Analyte::Calcium, age).map(|r| {
                if v < r.low {
                    Level::Low
                } else if v > r.high {
                    Level::High
                } else {
                    Level::Normal
                }
            })
        });
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
            },
        }
    }

    /// The plausible reading of an analyte.
    pub fn reading(&self, analyte: Analyte) -> Option<&Reading> {
        self.readings
            .iter()
            .find(|r| r.analyte == analyte && r.plausible)
    }

    /// The level the reasoning uses (calcium: albumin-corrected when albumin is low).
    pub fn level(&self, analyte: Analyte) -> Option<Level> {
        if analyte == Analyte::Calcium {
            return self.derived.calcium_level;
        }
        self.reading(analyte).and_then(|r| r.level)
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
