//! Integration tests for the `numerals` crate's Roman numeral conversions.
//!
//! These cover the documented contract of `to_roman` / `from_roman`:
//! the valid range is 1..=3999, output is upper-case canonical form,
//! and parsing rejects non-canonical input such as `IIII` or `VX`.

use numerals::roman::{from_roman, to_roman, RomanError};

/// Pairs of (value, canonical numeral) that every implementation must agree on.
const KNOWN_PAIRS: &[(u16, &str)] = &[
    (1, "I"),
    (4, "IV"),
    (9, "IX"),
    (14, "XIV"),
    (40, "XL"),
    (90, "XC"),
    (400, "CD"),
    (944, "CMXLIV"),
    (1994, "MCMXCIV"),
    (2024, "MMXXIV"),
    (3999, "MMMCMXCIX"),
];

#[test]
fn to_roman_matches_known_values() {
    for &(value, expected) in KNOWN_PAIRS {
        assert_eq!(to_roman(value).as_deref(), Ok(expected), "to_roman({value})");
    }
}

#[test]
fn from_roman_matches_known_values() {
    for &(expected, numeral) in KNOWN_PAIRS {
        assert_eq!(from_roman(numeral), Ok(expected), "from_roman({numeral:?})");
    }
}

#[test]
fn round_trip_covers_entire_range() {
    for value in 1..=3999u16 {
        let numeral = to_roman(value).expect("value in range");
        assert_eq!(from_roman(&numeral), Ok(value), "round trip failed for {value}");
    }
}

#[test]
fn to_roman_rejects_out_of_range() {
    assert_eq!(to_roman(0), Err(RomanError::OutOfRange(0)));
    assert_eq!(to_roman(4000), Err(RomanError::OutOfRange(4000)));
}

#[test]
fn from_roman_accepts_lowercase() {
    assert_eq!(from_roman("mcmxciv"), Ok(1994));
}

#[test]
fn from_roman_rejects_empty_input() {
    assert_eq!(from_roman(""), Err(RomanError::Empty));
}

#[test]
fn from_roman_rejects_invalid_characters() {
    assert!(matches!(from_roman("XIZ"), Err(RomanError::InvalidChar { ch: 'Z', .. })));
    assert!(matches!(from_roman("12"), Err(RomanError::InvalidChar { .. })));
}

#[test]
fn from_roman_rejects_non_canonical_forms() {
    for bad in ["IIII", "VV", "IC", "VX", "XXXX", "MMMM", "IIV"] {
        assert_eq!(
            from_roman(bad),
            Err(RomanError::NonCanonical),
            "{bad:?} should be rejected as non-canonical"
        );
    }
}

#[test]
fn errors_have_readable_messages() {
    let msg = to_roman(0).unwrap_err().to_string();
    assert!(msg.contains("1..=3999"), "unexpected message: {msg}");
}
