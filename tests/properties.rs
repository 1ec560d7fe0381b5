//! Properties of the parsers that face the network: they never panic, and what they accept
//! is what the site serves. (The fuzz targets in fuzz/ explore the same functions longer.)

use chrono::NaiveDate;
use keep_your_number::address::Address;
use keep_your_number::asset::Encoding;
use keep_your_number::lang::Lang;
use keep_your_number::reminder::parse_query;
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn any_path_parses_to_nothing_or_to_a_page_with_that_very_path(
        path in "(/(en|zh|km|EN|fr|smart|metfone|cellcard|cootel|seatel|qb|store|kiosk|online|shop|reminder|compare|overview|\\.\\.|%2e|)){0,4}/?"
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
    fn any_accept_language_picks_one_of_the_three(header in any::<String>()) {
        prop_assert!(Lang::ALL.contains(&Lang::negotiate(&header)));
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
    fn the_reminder_form_never_panics(query in any::<String>()) {
        let today = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
        if let Ok(request) = parse_query(&query, today) {
            prop_assert!(request.ends >= NaiveDate::from_ymd_opt(2025, 11, 25).unwrap());
        }
    }

    #[test]
    fn every_real_date_in_range_is_accepted(days in 0u64..(365 * 3)) {
        let today = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
        let ends = NaiveDate::from_ymd_opt(2025, 11, 25).unwrap() + chrono::Days::new(days);
        let query = format!("operator=seatel&ends={}", ends.format("%Y-%m-%d"));
        prop_assert_eq!(parse_query(&query, today).map(|r| r.ends).ok(), Some(ends));
    }
}
