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
pub const fn log_prior_from(counts: &[(AgeBand, [u32; 8])], band: AgeBand) -> [f64; 8] {
    let (mut all, mut own) = ([0u32; 8], [0u32; 8]);
    let mut k = 0;
    while k < counts.len() {
        if matches!(counts[k].0, AgeBand::Unknown) {
            all = counts[k].1;
        }
        if counts[k].0 as u8 == band as u8 {
            own = counts[k].1;
        }
        k += 1;
    }
    let (mut all_n, mut own_n) = (0u32, 0u32);
    let mut i = 0;
    while i < 8 {
        all_n += all[i];
        own_n += own[i];
        i += 1;
    }
    let mut out = [0.0; 8];
    let mut i = 0;
    while i < 8 {
        // All the cases, themselves smoothed towards equal shares (one pseudo-case each).
        let pooled = (all[i] as f64 + 1.0) / (all_n as f64 + 8.0);
        let p = (own[i] as f64 + SMOOTHING * pooled) / (own_n as f64 + SMOOTHING);
        out[i] = ln(p);
        i += 1;
    }
    out
}

/// The prior log probabilities of every band (in `AgeBand::ALL` order), computed when
/// the program is compiled.
const LOG_PRIORS: [[f64; 8]; 5] = [
    log_prior_from(&COUNTS, AgeBand::Infant),
    log_prior_from(&COUNTS, AgeBand::Child),
    log_prior_from(&COUNTS, AgeBand::Adult),
    log_prior_from(&COUNTS, AgeBand::Older),
    log_prior_from(&COUNTS, AgeBand::Unknown),
];

/// The prior log probabilities of a band, from the committed counts.
pub fn log_prior(band: AgeBand) -> [f64; 8] {
    LOG_PRIORS[band as usize]
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
        p[i] = exp_nonpositive(l[i] - max);
        sum += p[i];
    }
    for x in &mut p {
        *x /= sum;
    }
    p
}

/// The categories best first by probability (ties: `Category::ALL` order).
pub fn order(p: &[f64; 8]) -> [Category; 8] {
    // Stable: ties keep `Category::ALL` order. Probabilities are finite and not negative,
    // so their bits order as they do.
    let mut out = Category::ALL;
    crate::reason::sort_small(&mut out, |c| core::cmp::Reverse(p[*c as usize].to_bits()));
    out
}

/// e^x for x <= 0, with + - * / only: the same bits on every platform (the app's
/// WebAssembly and the native tests agree), and no maths library in the download.
/// Relative error below 1e-13.
pub fn exp_nonpositive(x: f64) -> f64 {
    if x.is_nan() || x < -700.0 {
        return 0.0;
    }
    let x = x.min(0.0);
    // x = k ln 2 + r with 0 <= r < ln 2; e^x = 2^k e^r.
    let k = (x / core::f64::consts::LN_2).floor();
    let r = x - k * core::f64::consts::LN_2;
    let k = k as i32;
    let mut term = 1.0;
    let mut sum = 1.0;
    for n in 1..=20 {
        term *= r / f64::from(n);
        sum += term;
    }
    // 2^k for -1022 <= k <= 0, as an exact power of two.
    let two_k = f64::from_bits(((1023 + i64::from(k)) as u64) << 52);
    sum * two_k
}

/// The natural logarithm of x > 0 (0 and below give a very negative number), with
/// + - * / only (see `exp_nonpositive`). Absolute error below 1e-14.
pub const fn ln(x: f64) -> f64 {
    if x.is_nan() || x <= 0.0 {
        return -745.0;
    }
    // x = m 2^e with 1 <= m < 2.
    let mut m = x;
    let mut e = 0i32;
    while m >= 2.0 {
        m /= 2.0;
        e += 1;
    }
    while m < 1.0 {
        m *= 2.0;
        e -= 1;
    }
    // ln m = 2 atanh(z), z = (m - 1) / (m + 1) <= 1/3.
    let z = (m - 1.0) / (m + 1.0);
    let z2 = z * z;
    let mut power = z;
    let mut sum = 0.0;
    let mut n = 0;
    while n < 30 {
        sum += power / (2 * n + 1) as f64;
        power *= z2;
        n += 1;
    }
    e as f64 * core::f64::consts::LN_2 + 2.0 * sum
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exp_and_ln_agree_with_the_maths_library() {
        for i in 0..=2000 {
            let x = -f64::from(i) * 0.05;
            let (mine, lib) = (exp_nonpositive(x), x.exp());
            assert!(
                (mine - lib).abs() <= 1e-13 * lib.max(1e-300),
                "exp({x}): {mine} vs {lib}"
            );
        }
        for i in 1..=2000 {
            let x = f64::from(i) * 0.0007;
            assert!((ln(x) - x.ln()).abs() < 1e-13, "ln({x})");
        }
        assert_eq!(exp_nonpositive(0.0), 1.0);
        assert_eq!(exp_nonpositive(f64::NAN), 0.0);
        assert!(ln(0.0) < -700.0);
    }

    #[test]
    fn the_compiled_priors_are_each_bands_own() {
        for band in AgeBand::ALL {
            assert_eq!(log_prior(band), log_prior_from(&COUNTS, band), "{band:?}");
            let total: f64 = log_prior(band).iter().map(|l| l.exp()).sum();
            assert!((total - 1.0).abs() < 1e-9, "{band:?}: {total}");
        }
        assert_ne!(log_prior(AgeBand::Infant), log_prior(AgeBand::Older));
    }
}
