//! Lab units, conversion factors, plausibility limits and age-specific reference ranges.
//!
//! Every range names its source. Each laboratory sets its own ranges; these are one
//! published set, shown to the person as a guide next to the value, never as a verdict.
//! Canonical units (what rules and ranges use): calcium and phosphate mg/dL, albumin g/dL,
//! PTH pg/mL, 25-OH vitamin D ng/mL, creatinine mg/dL, eGFR mL/min/1.73 m2, ALP U/L.

use super::Analyte;

/// A unit a lab report may use. `to_canonical` multiplies a value in this unit into the
/// canonical unit. `ucum` is the UCUM code used in FHIR exports.
#[derive(Clone, Copy, Debug)]
pub struct Unit {
    pub id: &'static str,
    pub ucum: &'static str,
    pub to_canonical: f64,
    pub sources: &'static [&'static str],
}

const fn u(
    id: &'static str,
    ucum: &'static str,
    to_canonical: f64,
    sources: &'static [&'static str],
) -> Unit {
    Unit {
        id,
        ucum,
        to_canonical,
        sources,
    }
}

// mg/dL x 0.25 = mmol/L [S45]; the inverse uses calcium's atomic mass 40.08.
const CALCIUM: &[Unit] = &[
    u("mg/dL", "mg/dL", 1.0, &[]),
    u("mmol/L", "mmol/L", 4.008, &["S45"]),
];
// mg/dL x 0.323 = mmol/L [S46]; inverse 3.097.
const PHOSPHATE: &[Unit] = &[
    u("mg/dL", "mg/dL", 1.0, &[]),
    u("mmol/L", "mmol/L", 3.097, &["S46"]),
];
// g/dL x 10 = g/L [S47].
const ALBUMIN: &[Unit] = &[u("g/dL", "g/dL", 1.0, &[]), u("g/L", "g/L", 0.1, &["S47"])];
// 1 pg/mL = 1 ng/L [S90]; 1 pmol/L = 9.5 pg/mL for intact PTH(1-84), about 9.5 kDa [S110].
const PTH: &[Unit] = &[
    u("pg/mL", "pg/mL", 1.0, &[]),
    u("pmol/L", "pmol/L", 9.5, &["S110"]),
    u("ng/L", "ng/L", 1.0, &["S90"]),
];
// 150 ng/mL = 375 nmol/L, i.e. x 2.5 [S50].
const VITAMIN_D: &[Unit] = &[
    u("ng/mL", "ng/mL", 1.0, &[]),
    u("nmol/L", "nmol/L", 0.4, &["S50"]),
];
// 4.4 mg/dL = 388 umol/L, factor about 88.4 [S91].
const CREATININE: &[Unit] = &[
    u("mg/dL", "mg/dL", 1.0, &[]),
    u("umol/L", "umol/L", 1.0 / 88.4, &["S91"]),
];
const EGFR: &[Unit] = &[u("mL/min/1.73m2", "mL/min/{1.73_m2}", 1.0, &["S48"])];
const ALP: &[Unit] = &[u("U/L", "U/L", 1.0, &["S111"])];

/// Units per analyte; the first is the canonical one.
pub fn units(analyte: Analyte) -> &'static [Unit] {
    match analyte {
        Analyte::Calcium => CALCIUM,
        Analyte::Phosphate => PHOSPHATE,
        Analyte::Albumin => ALBUMIN,
        Analyte::Pth => PTH,
        Analyte::VitaminD => VITAMIN_D,
        Analyte::Creatinine => CREATININE,
        Analyte::Egfr => EGFR,
        Analyte::Alp => ALP,
    }
}

/// Values outside these limits (canonical unit) are not physiologically possible in a
/// living person, or are far beyond any reported value: they are not used by the reasoning
/// and the person is asked to check them, and told that if the value is correct it is
/// dangerous. (Derived: wide margins around the extremes in the sources' case reports:
/// calcium 17 mg/dL in parathyroid carcinoma [S91], 23.2 mg/dL reported [S115]; the
/// calcium limits are 0.5 to 7.5 mmol/L, review F3.)
pub fn plausible(analyte: Analyte) -> (f64, f64) {
    match analyte {
        Analyte::Calcium => (2.0, 30.0),
        Analyte::Phosphate => (0.3, 20.0),
        Analyte::Albumin => (0.5, 7.0),
        Analyte::Pth => (0.5, 6000.0),
        Analyte::VitaminD => (1.0, 500.0),
        Analyte::Creatinine => (0.05, 30.0),
        Analyte::Egfr => (1.0, 200.0),
        Analyte::Alp => (5.0, 10000.0),
    }
}

/// Values that are possible in the unit entered but far more likely in another unit: a
/// total calcium below 5 mg/dL (the mmol/L values are 1.5 to 4) or a phosphate below
/// 1.5 mg/dL (the mmol/L values are 0.3 to 3) [S45][S46], review F4. Such a value is not
/// used until the person confirms its unit.
pub const UNIT_DOUBTS: &[(Analyte, &str, f64, &str)] = &[
    (Analyte::Calcium, "mg/dL", 5.0, "mmol/L"),
    (Analyte::Phosphate, "mg/dL", 1.5, "mmol/L"),
];

/// The unit to ask about for a value entered in `unit` (see `UNIT_DOUBTS`).
pub fn unit_in_doubt(analyte: Analyte, unit: &str, value: f64) -> Option<&'static str> {
    UNIT_DOUBTS
        .iter()
        .find(|(a, u, below, _)| *a == analyte && *u == unit && value < *below)
        .map(|(_, _, _, other)| *other)
}

/// A reference range for an age band: applies when `min_age <= age < max_age` (years).
#[derive(Clone, Copy, Debug)]
pub struct Range {
    pub analyte: Analyte,
    pub min_age: f64,
    pub max_age: f64,
    pub low: f64,
    pub high: f64,
    pub source: &'static str,
}

const ADULT: f64 = 19.0;
const OLDEST: f64 = 200.0;
const DAY: f64 = 1.0 / 365.25;

const fn r(
    analyte: Analyte,
    min_age: f64,
    max_age: f64,
    low: f64,
    high: f64,
    source: &'static str,
) -> Range {
    Range {
        analyte,
        min_age,
        max_age,
        low,
        high,
        source,
    }
}

use Analyte::*;

/// Reference ranges. Analytes with no band for an age (e.g. creatinine in children) are
/// shown without a range and not rated: children's values differ and no source here
/// gives them.
pub const RANGES: &[Range] = &[
    // Total serum calcium, mg/dL [S44] (term newborns; premature newborns are not rated).
    r(Calcium, 0.0, 10.5 * DAY, 7.6, 10.4, "S44"),
    r(Calcium, 10.5 * DAY, 3.0, 9.0, 11.0, "S44"),
    r(Calcium, 3.0, 13.0, 8.8, 10.8, "S44"),
    r(Calcium, 13.0, ADULT, 8.4, 10.2, "S44"),
    r(Calcium, ADULT, OLDEST, 8.6, 10.3, "S44"),
    // Serum phosphate (as phosphorus), mg/dL [S43]: children's values are higher [S93].
    r(Phosphate, 0.0, 31.0 * DAY, 3.9, 7.7, "S43"),
    r(Phosphate, 31.0 * DAY, 1.0, 3.5, 6.6, "S43"),
    r(Phosphate, 1.0, 4.0, 3.1, 6.0, "S43"),
    r(Phosphate, 4.0, 7.0, 3.3, 5.6, "S43"),
    r(Phosphate, 7.0, 10.0, 3.0, 5.4, "S43"),
    r(Phosphate, 10.0, 13.0, 3.2, 5.7, "S43"),
    r(Phosphate, 13.0, 16.0, 2.9, 5.1, "S43"),
    r(Phosphate, 16.0, ADULT, 2.7, 4.9, "S43"),
    r(Phosphate, ADULT, OLDEST, 2.6, 4.5, "S43"),
    // Albumin, g/dL, adults: 35-50 g/L [S112].
    r(Albumin, ADULT, OLDEST, 3.5, 5.0, "S112"),
    // PTH, pg/mL, adults: example range 10-65 [S91b].
    r(Pth, ADULT, OLDEST, 10.0, 65.0, "S91b"),
    // 25-OH vitamin D, ng/mL, any age: deficiency below 20 [S50b], toxicity above 150 [S50].
    r(VitaminD, 0.0, OLDEST, 20.0, 150.0, "S50"),
    // Creatinine, mg/dL, adults: men 0.7-1.3, women 0.6-1.1; the union is used [S113].
    r(Creatinine, ADULT, OLDEST, 0.6, 1.3, "S113"),
    // eGFR, mL/min/1.73 m2: below 60 is KDIGO G3a or worse [S48]; no upper limit.
    r(Egfr, 0.0, OLDEST, 60.0, 1000.0, "S48"),
    // Alkaline phosphatase, U/L, adults [S111]; children's bone growth raises it.
    r(Alp, ADULT, OLDEST, 44.0, 147.0, "S111"),
];

/// The range for an analyte at an age (years); adult range when the age is unknown.
pub fn range_for(analyte: Analyte, age_years: Option<f64>) -> Option<&'static Range> {
    let age = age_years.unwrap_or(30.0);
    RANGES
        .iter()
        .find(|r| r.analyte == analyte && r.min_age <= age && age < r.max_age)
}

/// Ca x P product thresholds (mg2/dL2) named by the sources: 55 solubility product [S6],
/// 60 [S8], 70 [S4][S3b]. The engine uses 55 as "raised" and 70 as "high".
pub const CAXP_RAISED: f64 = 55.0;
pub const CAXP_HIGH: f64 = 70.0;
