//! Everything the server reads from a request: the path, Accept-Language, Accept-Encoding,
//! If-None-Match and the reminder's query. None of it may panic, an accepted path must be
//! one the site serves, and an accepted reminder query is in range and reads back the same.
#![no_main]

use keep_your_number::address::Address;
use keep_your_number::web::asset::{Encoding, if_none_match_matches};
use keep_your_number::lang::Lang;
use keep_your_number::plan::{MAX_DAYS_AHEAD, MAX_DAYS_PAST, parse_query};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Some(address) = Address::parse(text) {
        assert_eq!(address.path(), text);
    }
    let _ = Address::lang_of(text);
    assert!(Lang::ALL.contains(&Lang::negotiate(text)));
    let _ = Encoding::negotiate(Some(text));
    let _ = if_none_match_matches(text, &axum::http::HeaderValue::from_static("\"abc\""));
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
    // An accepted reminder query is within the dates the form allows, and reads back the
    // same from the form's own link.
    if let Ok(request) = parse_query(text, today) {
        assert!(
            request.ends >= today - chrono::Days::new(MAX_DAYS_PAST)
                && request.ends <= today + chrono::Days::new(MAX_DAYS_AHEAD),
            "{text:?}: {request:?}"
        );
        let link = format!(
            "operator={}&ends={}",
            request.operator.slug(),
            request.ends.format("%Y-%m-%d")
        );
        assert_eq!(parse_query(&link, today), Ok(request), "{text:?}");
    }
});
