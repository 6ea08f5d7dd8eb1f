//! How the evidence points become a probability (knowledge 3.0.0, issue 14).
//!
//! The rules (`super::rules`) give each category a sum of points, each point a piece of
//! sourced evidence for or against it. The points are read as log likelihood ratios: a
//! category's log odds are its prior log odds for the person's age band plus `BETA` times
//! its points, and the probabilities are those odds normalised over the eight categories.
//! A category is called likely only when its probability reaches `LIKELY_P` (and the
//! safety rules of `crate::assess` allow it).
//!
//! The prior is how often each category occurs among published patients of that age band:
//! the counts below are the published cases of set 1 (`engine/tests/cases`) and of the
//! tuning part of the second set (`engine/tests/cases-2/tuning`), never the sealed part.
//! They agree with the sources' statements of who gets which kind: dystrophic is the most
//! common type overall [S2][S3]; calcium leaking from a drip is mostly a newborn's and
//! infant's calcinosis [S5][S29]; subepidermal calcified nodules and primary tumoral calcinosis are
//! diseases of children and young people [S18][S3]; calciphylaxis is a disease of adults,
//! mostly on dialysis [S33] (domain notes, section 3: typical
//! age). Published cases over-represent rare and severe kinds, so these
//! priors are gentle on purpose: each band's counts are smoothed towards all the cases
//! together (`SMOOTHING` pseudo-cases), and a prior alone never makes a category likely
//! (`crate::assess` also demands evidence for it).
//!
//! `BETA` and `LIKELY_P` were chosen by `cargo run -p calcinosis-engine --bin calibrate`
//! on the same cases (set 1 and tuning): `BETA` is the value that gives the authors'
//! categories the highest probability overall; `LIKELY_P` the lowest threshold at which
//! "likely" is wrong for at most 2% of the cases of each part. A test re-runs that choice
//! and fails when these constants are not what it gives.

use super::Category;

/// The age bands of the priors.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AgeBand {
    /// Under 1 year.
    Infant,
    /// 1 to 17 years.
    Child,
    /// 18 to 59 years.
    Adult,
    /// 60 years and over.
    Older,
    /// Age not given: every case counts.
    Unknown,
}

impl AgeBand {
    pub const ALL: [AgeBand; 5] = [
        AgeBand::Infant,
        AgeBand::Child,
        AgeBand::Adult,
        AgeBand::Older,
        AgeBand::Unknown,
    ];

    /// The band of an age in years (`None`: not given or not plausible).
    pub fn of(age: Option<f64>) -> AgeBand {
        match age {
            None => AgeBand::Unknown,
            Some(a) if a < 1.0 => AgeBand::Infant,
            Some(a) if a < 18.0 => AgeBand::Child,
            Some(a) if a < 60.0 => AgeBand::Adult,
            Some(_) => AgeBand::Older,
        }
    }

    pub fn id(self) -> &'static str {
        match self {
            AgeBand::Infant => "under 1 year",
            AgeBand::Child => "1 to 17 years",
            AgeBand::Adult => "18 to 59 years",
            AgeBand::Older => "60 years and over",
            AgeBand::Unknown => "age not given",
        }
    }
}

/// The sources of the age pattern the counts follow.
pub const SOURCES: &[&str] = &["S2", "S3", "S18", "S5", "S29", "S33"];

/// Published cases per age band and category (in `Category::ALL` order), written by the
/// `calibrate` command from set 1 and the tuning part. Cases without an age count only in
/// `Unknown`, which counts every case.
pub const COUNTS: [(AgeBand, [u32; 8]); 5] = [
    (AgeBand::Infant, [0, 1, 7, 0, 0, 0, 0, 0]),
    (AgeBand::Child, [2, 2, 0, 5, 4, 10, 0, 0]),
    (AgeBand::Adult, [7, 5, 0, 9, 3, 5, 10, 12]),
    (AgeBand::Older, [2, 2, 2, 1, 1, 1, 0, 11]),
    (AgeBand::Unknown, [14, 11, 11, 15, 10, 17, 12, 23]),
];

/// Pseudo-cases by which each band's counts are pulled towards all the cases together.
pub const SMOOTHING: f64 = 8.0;

/// Natural-log odds per evidence point.
pub const BETA: f64 = 0.95;

/// The probability the first category needs to be called likely.
pub const LIKELY_P: f64 = 0.88;

/// A category with at least this probability is at least possible.
pub const POSSIBLE_P: f64 = 0.15;

/// The prior log probabilities of a band, from `counts` (in `Category::ALL` order).
pub fn log_prior_from(counts: &[(AgeBand, [u32; 8])], band: AgeBand) -> [f64; 8] {
    let all = counts
        .iter()
        .find(|(b, _)| *b == AgeBand::Unknown)
        .map_or([0; 8], |(_, c)| *c);
    let own = counts
        .iter()
        .find(|(b, _)| *b == band)
        .map_or([0; 8], |(_, c)| *c);
    let all_n: u32 = all.iter().sum();
    let own_n: u32 = own.iter().sum();
    let mut out = [0.0; 8];
    for (i, o) in out.iter_mut().enumerate() {
        // All the cases, themselves smoothed towards equal shares (one pseudo-case each).
        let pooled = (f64::from(all[i]) + 1.0) / (f64::from(all_n) + 8.0);
        let p = (f64::from(own[i]) + SMOOTHING * pooled) / (f64::from(own_n) + SMOOTHING);
        *o = p.ln();
    }
    out
}

/// The prior log probabilities of a band, from the committed counts.
pub fn log_prior(band: AgeBand) -> [f64; 8] {
    log_prior_from(&COUNTS, band)
}

/// Probabilities from evidence points and prior log probabilities, in `Category::ALL`
/// order.
pub fn probabilities(points: &[i32; 8], log_prior: &[f64; 8], beta: f64) -> [f64; 8] {
    let mut l = [0.0; 8];
    for i in 0..8 {
        l[i] = log_prior[i] + beta * f64::from(points[i]);
    }
    let max = l.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let mut p = [0.0; 8];
    let mut sum = 0.0;
    for i in 0..8 {
        p[i] = (l[i] - max).exp();
        sum += p[i];
    }
    for x in &mut p {
        *x /= sum;
    }
    p
}

/// The categories best first by probability (ties: `Category::ALL` order).
pub fn order(p: &[f64; 8]) -> [Category; 8] {
    let mut idx: [usize; 8] = [0, 1, 2, 3, 4, 5, 6, 7];
    idx.sort_by(|a, b| p[*b].total_cmp(&p[*a]).then(a.cmp(b)));
    idx.map(|i| Category::ALL[i])
}
