//! Properties of the parsers that face the network: they never panic, and what they accept
//! is what the site serves. (The fuzz targets in fuzz/ explore the same functions longer.)

use chrono::NaiveDate;
use keep_your_number::address::Address;
use keep_your_number::form::FormError;
use keep_your_number::lang::Lang;
use keep_your_number::plan::{PlanRequest, parse_query};
use keep_your_number::web::asset::Encoding;
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn any_path_parses_to_nothing_or_to_a_page_with_that_very_path(
        path in "(/(en|zh|km|EN|fr|smart|metfone|cellcard|cootel|seatel|qb|store|kiosk|online|shop|reminder|plan|compare|overview|\\.\\.|%2e|)){0,4}/?"
    ) {
        if let Some(address) = Address::parse(&path) {
            prop_assert_eq!(address.path(), path);
            prop_assert!(Address::all().any(|a| a == address));
        }
    }

    #[test]
    fn arbitrary_text_never_breaks_path_parsing(path in any::<String>()) {
        let _ = Address::parse(&path);
        let _ = Address::lang_of(&path);
    }

    #[test]
    fn junk_before_a_supported_language_is_skipped(
        junk in proptest::collection::vec(junk_language(), 0..5),
        lang in proptest::sample::select(Lang::ALL.to_vec()),
        variant in any::<proptest::sample::Index>(),
        rest in proptest::collection::vec("(zh|en|km)(-[A-Z]{2})?;q=0\\.0[1-9]", 0..3),
    ) {
        // Forms of each language the guide serves as it (Chinese in any script or region:
        // the guide's Chinese is the nearest it has); the rest come after with lower q.
        let forms: &[&str] = match lang {
            Lang::Zh => &["zh", "zh-CN", "zh-cn", "zh-SG", "zh-Hans", "zh-Hans-CN", "zh;q=0.5", "zh-TW", "zh-Hant-HK"],
            Lang::En => &["en", "en-US", "en-GB", "EN-au", "en-KH", "en;q=0.8"],
            Lang::Km => &["km", "km-KH", "KM", "km;q=0.1"],
        };
        let mut tags = junk.clone();
        tags.push(variant.get(forms).to_string());
        tags.extend(rest);
        let header = tags.join(",");
        prop_assert_eq!(Lang::negotiate(&header), lang, "{}", header);
        // Junk alone: the default language.
        prop_assert_eq!(Lang::negotiate(&junk.join(",")), Lang::DEFAULT);
    }

    #[test]
    fn accept_language_lists_are_negotiated_in_order(
        tags in proptest::collection::vec("(zh|en|km|fr|de|ja|zh-CN|km-KH|en-GB|x-[a-z]{1,8})", 0..6)
    ) {
        let expected = tags.iter().find_map(|t| match t.split('-').next().unwrap() {
            "zh" => Some(Lang::Zh),
            "en" => Some(Lang::En),
            "km" => Some(Lang::Km),
            _ => None,
        }).unwrap_or(Lang::DEFAULT);
        prop_assert_eq!(Lang::negotiate(&tags.join(", ")), expected);
    }

    #[test]
    fn any_accept_encoding_is_handled(header in any::<String>()) {
        let _ = Encoding::negotiate(Some(&header));
    }

    #[test]
    fn arbitrary_text_never_breaks_the_reminder_form(query in any::<String>()) {
        let _ = parse_query(&query, today());
    }

    /// Generated forms, as typed and as shared: the answer is what the form's rules say.
    #[test]
    fn the_reminder_form_follows_its_rules(
        operator in proptest::option::of("(smart|metfone|cellcard|cootel|seatel|Smart|qb|)"),
        offset in -500i64..900,
        date_form in 0..4u8,
        extra in proptest::collection::vec("(utm_source|fbclid|x|operatorx|end)=[a-z0-9%]{0,6}", 0..3),
        shuffle in any::<proptest::sample::Index>(),
    ) {
        let day = today() + chrono::Duration::days(offset);
        let ends = match date_form {
            0 => day.format("%Y-%m-%d").to_string(),
            1 => day.format("%d/%m/%Y").to_string(),
            2 => String::new(),
            _ => "2027-02-30".to_owned(),
        };
        let mut fields: Vec<String> = extra;
        if let Some(operator) = &operator {
            fields.push(format!("operator={operator}"));
        }
        fields.push(format!("ends={ends}"));
        let at = shuffle.index(fields.len());
        fields.rotate_left(at);
        let query = fields.join("&");

        let known = operator
            .as_deref()
            .and_then(|o| o.parse::<keep_your_number::content::Operator>().ok());
        let in_range = (-365..=730).contains(&offset);
        let expected = match (operator.as_deref().unwrap_or(""), known, date_form) {
            ("", _, _) => Err(FormError::MissingOperator),
            (_, None, _) => Err(FormError::UnknownOperator),
            (_, Some(_), 2) => Err(FormError::MissingDate),
            (_, Some(_), 1 | 3) => Err(FormError::BadDate),
            (_, Some(_), _) if !in_range => Err(FormError::DateTooFar),
            (_, Some(operator), _) => Ok(PlanRequest { operator, ends: day, away_until: None, place: None }),
        };
        prop_assert_eq!(parse_query(&query, today()).map_err(|(_, e)| e), expected, "{}", query);
    }

    #[test]
    fn every_real_date_in_range_is_accepted(days in 0u64..(365 * 3)) {
        let ends = NaiveDate::from_ymd_opt(2025, 11, 25).unwrap() + chrono::Days::new(days);
        let query = format!("operator=seatel&ends={}", ends.format("%Y-%m-%d"));
        prop_assert_eq!(parse_query(&query, today()).map(|r| r.ends).ok(), Some(ends));
    }
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
}

/// A list item that names no language of the guide: another language, a malformed tag,
/// weights, spaces, nothing.
fn junk_language() -> impl Strategy<Value = String> {
    "[^,]{0,12}".prop_filter("names none of zh, en, km", |item| {
        let tag = item
            .split(';')
            .next()
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase();
        !["e", "k", "z", "*", "u", "i"]
            .iter()
            .any(|start| tag.starts_with(start))
    })
}
