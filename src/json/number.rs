//! Numbers without the standard library's float parsing and printing machinery, which
//! is most of the size of a WebAssembly build; validation needs only double precision
//! around limits such as 90 or 180, and a shortest round-trip form for reports.

/// Exact powers of ten representable as `f64`.
const POW10: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

fn scale(m: f64, exp: i32) -> f64 {
    if exp >= 0 {
        match POW10.get(exp as usize) {
            Some(p) => m * p,
            None => m * 10f64.powi(exp),
        }
    } else {
        match POW10.get(exp.unsigned_abs() as usize) {
            Some(p) => m / p,
            None => m / 10f64.powi(-exp),
        }
    }
}

/// Parses a JSON number (already checked against the JSON grammar). Exact (correctly
/// rounded) when the significand has at most 15 digits and the decimal exponent is within
/// ±22 — every realistic payload number; otherwise within a few units in the last place
/// (so the very largest doubles, near 1.8e308, may read as infinity). Overflow gives
/// infinity, which the parser reports as out of range.
///
/// ```
/// use rcs_kit::json::parse_number;
/// assert_eq!(parse_number("-90.000001"), -90.000001);
/// assert_eq!(parse_number("1.5e3"), 1500.0);
/// assert!(parse_number("1e999").is_infinite());
/// ```
pub fn parse_number(raw: &str) -> f64 {
    let b = raw.as_bytes();
    let mut i = 0;
    let neg = b.first() == Some(&b'-');
    if neg {
        i += 1;
    }
    let mut mantissa: u64 = 0;
    let mut digits = 0u32;
    let mut exp: i64 = 0;
    let mut frac = false;
    while let Some(&c) = b.get(i) {
        match c {
            b'0'..=b'9' => {
                if digits < 19 {
                    mantissa = mantissa * 10 + u64::from(c - b'0');
                    if mantissa > 0 {
                        digits += 1;
                    }
                    if frac {
                        exp -= 1;
                    }
                } else if !frac {
                    exp += 1;
                }
            }
            b'.' => frac = true,
            _ => break,
        }
        i += 1;
    }
    if let Some(b'e' | b'E') = b.get(i) {
        i += 1;
        let eneg = b.get(i) == Some(&b'-');
        if matches!(b.get(i), Some(b'-' | b'+')) {
            i += 1;
        }
        let mut e: i64 = 0;
        while let Some(&c) = b.get(i) {
            if c.is_ascii_digit() {
                e = (e * 10 + i64::from(c - b'0')).min(1_000_000);
            }
            i += 1;
        }
        exp += if eneg { -e } else { e };
    }
    let v = if mantissa == 0 {
        0.0
    } else {
        let exp = exp.clamp(-100_000, 100_000) as i32;
        if exp < -340 {
            0.0
        } else if exp > 310 {
            f64::INFINITY
        } else if exp < -300 {
            // Two steps, so that the scale factor itself does not underflow.
            scale(scale(mantissa as f64, -300), exp + 300)
        } else if (-22..=22).contains(&exp) {
            scale(mantissa as f64, exp)
        } else {
            // Normalise the significand to [1, 10) first, so that the large scale factor
            // cannot overflow on its own.
            let lead = digits.saturating_sub(1) as i32;
            scale(scale(mantissa as f64, -lead), exp + lead)
        }
    };
    if neg {
        -v
    } else {
        v
    }
}

/// Writes `v` in the shortest decimal form that reads back as the same double (`90.5`,
/// `-0.001`, `1e21`), integers without a fraction.
///
/// ```
/// use rcs_kit::json::format_number;
/// assert_eq!(format_number(90.5), "90.5");
/// assert_eq!(format_number(25.0), "25");
/// assert_eq!(format_number(-0.000123), "-0.000123");
/// ```
pub fn format_number(v: f64) -> String {
    if !v.is_finite() {
        return "null".into();
    }
    if v.fract() == 0.0 && v.abs() < 1e16 {
        return format!("{}", v as i64);
    }
    let neg = v < 0.0;
    let a = v.abs();
    // Decimal exponent of the leading digit.
    let mut e = 0i32;
    let mut x = a;
    while x >= 10.0 {
        x /= 10.0;
        e += 1;
    }
    while x < 1.0 {
        x *= 10.0;
        e -= 1;
    }
    let mut best = String::new();
    for n in 1..=17i32 {
        // n significant digits: round(a / 10^(e - n + 1)).
        let digits = scale(a, n - 1 - e).round();
        let (digits, e) = if digits >= scale(1.0, n) {
            ((digits / 10.0).round(), e + 1)
        } else {
            (digits, e)
        };
        let text = format!("{}", digits as u64);
        let candidate = place_point(&text, e);
        best = candidate;
        if parse_number(&best) == a {
            break;
        }
    }
    if neg {
        format!("-{best}")
    } else {
        best
    }
}

/// Puts the decimal point into significant digits `d` whose first digit has exponent `e`.
fn place_point(d: &str, e: i32) -> String {
    let d = d.trim_end_matches('0');
    let d = if d.is_empty() { "0" } else { d };
    let n = d.len() as i32;
    if !(-6..21).contains(&e) {
        // `get`, not `split_at`: its panic path would bring core's char and range
        // formatting (and Unicode tables) into the WebAssembly build.
        let (head, tail) = (d.get(..1).unwrap_or(d), d.get(1..).unwrap_or_default());
        let mut s = head.to_string();
        if !tail.is_empty() {
            s.push('.');
            s.push_str(tail);
        }
        let sign = if e > 0 { "+" } else { "" };
        return format!("{s}e{sign}{e}");
    }
    if e < 0 {
        let mut s = String::from("0.");
        for _ in 0..(-e - 1) {
            s.push('0');
        }
        s.push_str(d);
        s
    } else if e + 1 >= n {
        let mut s = d.to_string();
        for _ in 0..(e + 1 - n) {
            s.push('0');
        }
        s
    } else {
        let at = (e + 1) as usize;
        let (int, frac) = (d.get(..at).unwrap_or(d), d.get(at..).unwrap_or_default());
        format!("{int}.{frac}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_like_the_standard_library_on_realistic_numbers() {
        for s in [
            "0",
            "-0",
            "1",
            "25",
            "90",
            "90.000001",
            "-90.5",
            "180.1",
            "45.815399",
            "15.966568",
            "0.1",
            "0.3",
            "1e3",
            "1E-2",
            "2.5e+2",
            "172800",
            "2147483647",
            "-2147483648",
            "123456789012345",
            "0.000001",
            "99999999999999999999",
            "1e300",
            "-2.5e-250",
        ] {
            let std: f64 = s.parse().unwrap();
            let ours = parse_number(s);
            let tolerance = std.abs() * 1e-15;
            assert!((ours - std).abs() <= tolerance, "{s}: {ours} vs {std}");
        }
        assert!(parse_number("1e999").is_infinite());
        assert!(parse_number("-1e400").is_infinite());
        assert_eq!(parse_number("1e-999"), 0.0);
    }

    #[test]
    fn formats_shortest_round_trip() {
        for v in [
            90.5, -90.5, 0.1, 0.3, 180.1, 45.815399, 1.5, 1e-7, 123.456, 1e21, 2.5e-30,
        ] {
            let s = format_number(v);
            assert_eq!(s.parse::<f64>().unwrap(), v, "{s}");
            assert_eq!(
                s,
                serde_json::to_string(&v).unwrap().trim_end_matches(".0"),
                "{v}"
            );
        }
        assert_eq!(format_number(3.0), "3");
        assert_eq!(format_number(-172801.0), "-172801");
    }
}
