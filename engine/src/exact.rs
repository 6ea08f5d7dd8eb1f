//! A number written so that it reads back as exactly the same `f64`, without Rust's float
//! formatting (`{}` / `{:.2}` on an `f64` pulls its digit-generation machinery, about
//! 15 KB, into the app's wasm; so would `str::parse::<f64>`, which the app avoids as well).
//! Used for the saved state and for the text of a number field filled from a file.

/// `value` as a decimal number (JSON syntax, `.` as the separator) that parses back to
/// exactly `value`: `6.8`, `0.005`, `120`, `-3.25`; for values far from everyday ones, the
/// binary value's exact decimal with an exponent (long, but exact). `None` when it is not
/// finite.
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
    // Otherwise the binary value's own decimal, which is exact and so reads back as it:
    // value = m * 2^e is m * 2^e when e >= 0 and m * 5^-e * 10^e when e < 0, an integer
    // (in base 10^9 limbs) and an exponent. Long for extreme values, which nobody types.
    let bits = value.to_bits();
    let sign = if bits >> 63 == 1 { "-" } else { "" };
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let fraction = bits & ((1 << 52) - 1);
    let (mut m, mut e) = match biased {
        0 => (fraction, -1074),
        _ => (fraction | 1 << 52, biased - 1075),
    };
    while m != 0 && m % 2 == 0 {
        m /= 2;
        e += 1;
    }
    const LIMB: u64 = 1_000_000_000;
    let mut limbs = vec![m % LIMB, m / LIMB % LIMB, m / LIMB / LIMB];
    let (factor, times) = if e >= 0 { (2, e) } else { (5, -e) };
    for _ in 0..times {
        let mut carry = 0;
        for limb in limbs.iter_mut() {
            let x = *limb * factor + carry;
            *limb = x % LIMB;
            carry = x / LIMB;
        }
        if carry > 0 {
            limbs.push(carry);
        }
    }
    let mut digits = String::new();
    for limb in limbs.iter().rev() {
        let part = limb.to_string();
        if !digits.is_empty() {
            digits.extend(std::iter::repeat_n('0', 9 - part.len()));
        }
        if !digits.is_empty() || *limb != 0 {
            digits.push_str(&part);
        }
    }
    let mut exp = e.min(0);
    while digits.len() > 1 && digits.ends_with('0') {
        digits.pop();
        exp += 1;
    }
    Some(format!("{sign}{digits}e{exp}"))
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
