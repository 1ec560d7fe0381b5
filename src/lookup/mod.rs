//! "Which company is my number?": reading a phone number as readers type it, and which
//! company its prefix was assigned to (`[prefixes]` in `src/facts.toml`).
//!
//! A Cambodian mobile number is `0`, a two-digit prefix and 6 or 7 more digits
//! (`012 345 678`, `097 123 4567`); from abroad `+855` replaces the `0`. Readers write it in
//! many ways, all accepted: spaces, dashes, dots, parentheses, `+855`, `00855`, `855`, with
//! or without the `0`. Digits typed as full-width forms (Chinese input methods: `０１２`) or in
//! Khmer script (`០១២`) are read as the same digits; any other character is refused.
//!
//! Privacy: only the prefix leaves this module. The number is not kept in any answer (a
//! refused input is kept only to fill the form in again), and the request log leaves the
//! query out.

use std::fmt;

pub mod routes;
pub mod view;

use crate::content::{Facts, Operator};

/// The query field the form sends; every other field is ignored (`utm_source`, `fbclid`).
pub const FIELD: &str = "number";

/// The two digits after the `0`: `12` for numbers starting `012`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Prefix(u8);

impl fmt::Display for Prefix {
    /// As numbers are written in Cambodia: `012`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "0{:02}", self.0)
    }
}

/// Why an input is not a Cambodian mobile number; each has a message `lookup-error-<slug>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumberError {
    Empty,
    Letters,
    /// Emoji, symbols, a `+` in the middle: anything but digits and separators.
    Characters,
    TooShort,
    TooLong,
    /// `+` or `00` followed by another country's code.
    NotCambodian,
    /// A landline area code (`023` …) or no mobile prefix at all.
    NotMobile,
}

impl NumberError {
    pub fn message_id(self) -> &'static str {
        match self {
            NumberError::Empty => "lookup-error-empty",
            NumberError::Letters => "lookup-error-letters",
            NumberError::Characters => "lookup-error-characters",
            NumberError::TooShort => "lookup-error-too-short",
            NumberError::TooLong => "lookup-error-too-long",
            NumberError::NotCambodian => "lookup-error-not-cambodian",
            NumberError::NotMobile => "lookup-error-not-mobile",
        }
    }
}

/// The answer to one lookup.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// The prefix was assigned to this company.
    Assigned { prefix: Prefix, operator: Operator },
    /// A mobile prefix the data does not list: never guessed.
    NotInList { prefix: Prefix },
    /// Not a Cambodian mobile number; `input` is what was typed, to fill the form again.
    Refused { input: String, error: NumberError },
}

/// Answers a query string such as `number=012%20345%20678&utm_source=x`: only the first
/// `number` field counts; a missing one is an empty field.
pub fn answer(facts: &Facts, query: &str) -> Outcome {
    let input = form_urlencoded::parse(query.as_bytes())
        .find(|(name, _)| name == FIELD)
        .map(|(_, value)| value.into_owned())
        .unwrap_or_default();
    match parse(&input) {
        Ok(prefix) => match operator_of(facts, prefix) {
            Some(operator) => Outcome::Assigned { prefix, operator },
            None => Outcome::NotInList { prefix },
        },
        Err(error) => Outcome::Refused { input, error },
    }
}

/// The mobile prefix of a number in any common form.
pub fn parse(input: &str) -> Result<Prefix, NumberError> {
    let normalised: String = input.chars().map(normalise).collect();
    let (international, digits) = digits_of(&normalised)?;
    let national = national_number(international, &digits)?;
    check_length(national)?;
    mobile_prefix(national)
}

/// The whole number as written in Cambodia, `0` and 8 or 9 digits, read like [`parse`]:
/// for the top-up slip, which shows it back to the reader who typed it. Nothing keeps it.
pub fn national(input: &str) -> Result<String, NumberError> {
    let normalised: String = input.chars().map(normalise).collect();
    let (international, digits) = digits_of(&normalised)?;
    let national = national_number(international, &digits)?;
    check_length(national)?;
    mobile_prefix(national)?;
    Ok(format!("0{national}"))
}

/// Which company `prefix` was assigned to, if the data lists it.
pub fn operator_of(facts: &Facts, prefix: Prefix) -> Option<Operator> {
    let written = prefix.to_string();
    facts
        .prefixes
        .iter()
        .find(|(_, entry)| entry.prefixes.contains(&written))
        .map(|(&operator, _)| operator)
}

/// Full-width forms (U+FF01–U+FF5E, U+3000) as their ASCII forms, Khmer digits as ASCII
/// digits; everything else unchanged.
fn normalise(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' => ' ',
        '\u{17E0}'..='\u{17E9}' => char::from(b'0' + (c as u32 - 0x17E0) as u8),
        _ => c,
    }
}

/// The digits, and whether the number starts with `+`. Spaces, dashes, dots, slashes and
/// parentheses are separators; a letter or any other character refuses the input.
fn digits_of(input: &str) -> Result<(bool, String), NumberError> {
    let input = input.trim();
    if input.is_empty() {
        return Err(NumberError::Empty);
    }
    if input.chars().any(char::is_alphabetic) {
        return Err(NumberError::Letters);
    }
    let (international, rest) = match input.strip_prefix('+') {
        Some(rest) => (true, rest),
        None => (false, input),
    };
    let mut digits = String::new();
    for c in rest.chars() {
        match c {
            '0'..='9' => digits.push(c),
            '-' | '.' | '/' | '(' | ')' => {}
            c if c.is_whitespace() => {}
            _ => return Err(NumberError::Characters),
        }
    }
    Ok((international, digits))
}

/// The number without country code and without the `0`: `12345678` for `+855 12 345 678`,
/// `012 345 678` or `12345678`. `855` without `+` counts as the country code only when a
/// whole number follows it, so `085 512 345` stays a number starting `085`.
fn national_number(international: bool, digits: &str) -> Result<&str, NumberError> {
    let after_code = if international {
        Some(
            digits
                .strip_prefix("855")
                .ok_or(NumberError::NotCambodian)?,
        )
    } else if let Some(rest) = digits.strip_prefix("00") {
        Some(rest.strip_prefix("855").ok_or(NumberError::NotCambodian)?)
    } else {
        digits
            .strip_prefix("855")
            .filter(|rest| (8..=9).contains(&rest.trim_start_matches('0').len()))
    };
    let national = after_code.unwrap_or(digits);
    // `+855 (0)12 …` keeps the 0 some people write after the country code.
    Ok(national.strip_prefix('0').unwrap_or(national))
}

/// A mobile number has 8 or 9 digits after the `0`: the prefix and 6 or 7 more.
fn check_length(national: &str) -> Result<(), NumberError> {
    match national.len() {
        0..=7 => Err(NumberError::TooShort),
        8..=9 => Ok(()),
        _ => Err(NumberError::TooLong),
    }
}

/// The first two digits, if they can be a mobile prefix. Cambodia's numbering plan (as in
/// libphonenumber's metadata for KH) gives the landline area codes 23–26, 32–36, 42–44,
/// 52–55, 62–65 and 72–75, and no mobile prefix starts with 0, 2, 4 or 5.
fn mobile_prefix(national: &str) -> Result<Prefix, NumberError> {
    let bytes = national.as_bytes();
    let (first, second) = (bytes[0] - b'0', bytes[1] - b'0');
    let landline = match first {
        2 => (3..=6).contains(&second),
        3 => (2..=6).contains(&second),
        4 => (2..=4).contains(&second),
        5..=7 => (2..=5).contains(&second),
        _ => false,
    };
    if landline || matches!(first, 0 | 2 | 4 | 5) {
        return Err(NumberError::NotMobile);
    }
    Ok(Prefix(first * 10 + second))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts() -> Facts {
        Facts::built_in().unwrap()
    }

    /// Every way a reader may write a number, and what it is read as.
    #[test]
    fn number_forms() {
        use NumberError::*;
        let ok = |p: &str| Ok(p.to_owned());
        let cases: &[(&str, Result<String, NumberError>)] = &[
            // The forms the issue names.
            ("012 345 678", ok("012")),
            ("012-345-678", ok("012")),
            ("+855 12 345 678", ok("012")),
            ("85512345678", ok("012")),
            ("12345678", ok("012")),
            // Dots, parentheses, slashes, mixed spacing, surrounding space.
            ("012.345.678", ok("012")),
            ("(012) 345 678", ok("012")),
            ("012/345/678", ok("012")),
            ("  0 1 2  3 4 5  6 7 8\t", ok("012")),
            ("+855 (0)12 345 678", ok("012")),
            ("+855-97-123-4567", ok("097")),
            ("00855 97 123 4567", ok("097")),
            ("855971234567", ok("097")),
            ("8550971234567", ok("097")),
            // 6 and 7 digits after the prefix, with and without the 0.
            ("097 123 456", ok("097")),
            ("097 123 4567", ok("097")),
            ("97123456", ok("097")),
            ("971234567", ok("097")),
            // 085 followed by 5…: not mistaken for +855.
            ("085 512 345", ok("085")),
            ("85512345", ok("085")),
            ("855123456", ok("085")),
            // A mobile-looking prefix that the data does not list still parses.
            ("087 123 456", ok("087")),
            ("031 234 5678", ok("031")),
            // Full-width digits and punctuation (Chinese input methods), Khmer digits.
            ("０１２　３４５　６７８", ok("012")),
            ("＋８５５ １２ ３４５ ６７８", ok("012")),
            ("០១២ ៣៤៥ ៦៧៨", ok("012")),
            // Refused.
            ("", Err(Empty)),
            ("   ", Err(Empty)),
            ("012 345", Err(TooShort)),
            ("0123456", Err(TooShort)),
            ("+855 12 345", Err(TooShort)),
            ("---", Err(TooShort)),
            ("012 345 678 901", Err(TooLong)),
            ("+855 12 345 678 90", Err(TooLong)),
            ("012 ABC 678", Err(Letters)),
            ("O12 345 678", Err(Letters)),
            ("ｔｅｌ ０１２３４５６７８", Err(Letters)),
            ("012 345 678 📱", Err(Characters)),
            ("😀", Err(Characters)),
            ("012+345+678", Err(Characters)),
            ("012_345_678", Err(Characters)),
            ("٠١٢٣٤٥٦٧٨", Err(Characters)),
            ("+86 138 0013 8000", Err(NotCambodian)),
            ("0086 138 0013 8000", Err(NotCambodian)),
            ("023 123 456", Err(NotMobile)),
            ("+855 23 123 456", Err(NotMobile)),
            ("063 123 456", Err(NotMobile)),
            ("042 123 456", Err(NotMobile)),
            ("020 123 456", Err(NotMobile)),
            ("0 0 1 2 3 4 5 6 7", Err(NotCambodian)),
        ];
        for (input, expected) in cases {
            let got = parse(input).map(|p| p.to_string());
            assert_eq!(&got, expected, "{input:?}");
        }
    }

    /// Every prefix in the data, in every form, is found under its company.
    #[test]
    fn every_prefix_in_the_data_finds_its_company() {
        let facts = facts();
        let mut count = 0;
        for (&operator, entry) in &facts.prefixes {
            for prefix in &entry.prefixes {
                let two = &prefix[1..];
                for number in [
                    format!("{prefix} 123 456"),
                    format!("{prefix}-123-4567"),
                    format!("+855 {two} 123 456"),
                    format!("855{two}1234567"),
                    format!("{two}123456"),
                ] {
                    let parsed = parse(&number).unwrap_or_else(|e| panic!("{number}: {e:?}"));
                    assert_eq!(parsed.to_string(), *prefix, "{number}");
                    assert_eq!(operator_of(&facts, parsed), Some(operator), "{number}");
                }
                count += 1;
            }
        }
        // facts.md's medium rows: 10 Smart, 13 Cellcard, 8 Metfone, CooTel, Seatel.
        assert_eq!(count, 33);
    }

    #[test]
    fn prefixes_only_in_low_confidence_lists_are_not_in_the_list() {
        let facts = facts();
        for number in ["031 234 567", "039 234 567", "079 234 567", "087 234 567"] {
            let outcome = answer(&facts, &format!("number={}", number.replace(' ', "+")));
            assert!(
                matches!(outcome, Outcome::NotInList { .. }),
                "{number}: {outcome:?}"
            );
        }
    }

    #[test]
    fn only_the_first_number_field_counts() {
        let facts = facts();
        assert_eq!(
            answer(
                &facts,
                "utm_source=x&number=%2B855%2012%20345%20678&fbclid=1&number=023"
            ),
            Outcome::Assigned {
                prefix: Prefix(12),
                operator: Operator::Cellcard
            }
        );
        assert_eq!(
            answer(&facts, "utm_source=x"),
            Outcome::Refused {
                input: String::new(),
                error: NumberError::Empty
            }
        );
        assert_eq!(
            answer(&facts, "number=023+123+456"),
            Outcome::Refused {
                input: "023 123 456".into(),
                error: NumberError::NotMobile
            }
        );
    }
}
