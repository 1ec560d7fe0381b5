//! The report form's parser (`POST /{lang}/report/` bodies): it must not panic, and what it
//! accepts must keep every rule the form states.
#![no_main]

use keep_your_number::address::Address;
use keep_your_number::lang::Lang;
use keep_your_number::reports::{
    CONTACT_MAX, DETAILS_MAX, DETAILS_MIN, Submission, parse_form,
};
use libfuzzer_sys::fuzz_target;

fn bidi(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

fuzz_target!(|data: &[u8]| {
    let is_page = |path: &str| Address::parse(path).is_some();
    if let Ok(Submission::Report(report)) = parse_form(Lang::En, data, is_page) {
        assert!(is_page(&report.page));
        let details = report.details.chars().count();
        assert!((DETAILS_MIN..=DETAILS_MAX).contains(&details));
        assert!(!report.details.chars().any(bidi));
        let contact = report.contact.unwrap_or_default();
        assert!(contact.chars().count() <= CONTACT_MAX);
        assert!(!contact.chars().any(|c| c.is_control() || bidi(c)));
    }
});
