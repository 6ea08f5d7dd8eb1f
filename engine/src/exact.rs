//! A number written so that it reads back as exactly the same `f64`, without Rust's float
//! formatting (`{}` / `{:.2}` on an `f64` pulls its digit-generation machinery, about
//! 15 KB, into the app's wasm). Used for the saved state and for the text of a number
//! field filled from a file. Reading back uses `str::parse::<f64>`, which the app has
//! anyway.

/// `value` as a decimal number (JSON syntax, `.` as the separator) that parses back to
/// exactly `value`: `6.8`, `0.005`, `120`, `-3.25`, and for values far from everyday ones
/// an exponent form such as `179769313486231570e291`. `None` when it is not finite.
pub fn exact(value: f64) -> Option<String> {
    if !value.is_finite() {
        return None;
    }
    // Everyday values: an integer over a power of ten. Both are exact in an f64 (below
    // 2^53 and 10^22), so the division is the correctly rounded value of the decimal, which
    // is what parsing it gives.
    let mut scale = 1.0;
    for decimals in 0..=17 {
        let m = (value * scale).round();
        if m.abs() < 9.0e15 && m / scale == value {
            return Some(decimal(m as i64, decimals));
        }
        scale *= 10.0;
    }
    // Otherwise 17 or 18 significant digits (always enough to name one f64) and an
    // exponent: the mantissa is found by bisection, reading each candidate back.
    let (sign, target) = if value < 0.0 {
        ("-", -value)
    } else {
        ("", value)
    };
    let mut e10 = 0i32;
    let mut x = target;
    while x >= 10.0 {
        x /= 10.0;
        e10 += 1;
    }
    while x < 1.0 {
        x *= 10.0;
        e10 -= 1;
    }
    let exp = e10 - 17;
    let read = |m: u64| format!("{m}e{exp}").parse::<f64>().unwrap_or(f64::NAN);
    // The smallest mantissa that reads back at least as large as the value.
    let (mut low, mut high) = (10u64.pow(16), 10u64.pow(19));
    while low < high {
        let mid = low + (high - low) / 2;
        if read(mid) >= target {
            high = mid;
        } else {
            low = mid + 1;
        }
    }
    (read(low) == target).then(|| format!("{sign}{low}e{exp}"))
}

/// `m / 10^decimals` written out: `decimal(68, 1)` is `6.8`, `decimal(-5, 3)` `-0.005`.
fn decimal(m: i64, decimals: usize) -> String {
    let digits = m.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() + decimals + 3);
    if m < 0 {
        out.push('-');
    }
    if decimals == 0 {
        out.push_str(&digits);
    } else if digits.len() > decimals {
        let (int, frac) = digits.split_at(digits.len() - decimals);
        out.push_str(int);
        out.push('.');
        out.push_str(frac);
    } else {
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', decimals - digits.len()));
        out.push_str(&digits);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn everyday_values_are_written_plainly() {
        for (v, text) in [
            (6.8, "6.8"),
            (0.005, "0.005"),
            (120.0, "120"),
            (-3.25, "-3.25"),
            (0.1, "0.1"),
            (2.45, "2.45"),
            (0.0, "0"),
            (1e15, "1000000000000000"),
        ] {
            assert_eq!(exact(v).as_deref(), Some(text), "{v}");
        }
        assert_eq!(exact(f64::NAN), None);
        assert_eq!(exact(f64::INFINITY), None);
    }

    #[test]
    fn every_value_reads_back_exactly() {
        let mut values = vec![
            f64::MAX,
            f64::MIN,
            f64::MIN_POSITIVE,
            5e-324,
            -5e-324,
            1e300,
            1.0 / 3.0,
            std::f64::consts::PI,
            9.007_199_254_740_993e15,
            123_456_789.123_456_78,
        ];
        // A fixed pseudo-random walk over bit patterns.
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..20_000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            values.push(f64::from_bits(seed));
        }
        for v in values.into_iter().filter(|v| v.is_finite()) {
            let text = exact(v);
            assert_eq!(
                text.as_deref().map(str::parse::<f64>),
                Some(Ok(v)),
                "{v:e} written as {text:?}"
            );
        }
    }
}
