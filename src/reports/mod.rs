//! Readers' reports of what is wrong or out of date on a page.
//!
//! - this module: what a report is, and reading the form (one function per rule)
//! - [`store`]: the database (SQLite by default, PostgreSQL for several replicas)
//! - [`limit`]: at most [`PER_ADDRESS`] reports per client address per [`WINDOW_MINUTES`]
//! - [`routes`]: `POST /{lang}/report/` and `GET /{lang}/report/thanks/`
//! - [`cli`]: `reports list/show/close/prune`, and the flags `serve` and `export` take
//!
//! What is stored: what the reader typed (`details`, `contact`), the page, the kind, the
//! language and the time; never the client's address, a cookie or a header.

pub mod cli;
pub mod limit;
pub mod routes;
pub mod store;
pub mod view;

use std::borrow::Cow;
use std::sync::Arc;

use chrono::{DateTime, Utc};
use serde::Deserialize;

use crate::clock::Clock;
use crate::form::{Form, FormError};
use crate::lang::Lang;

pub use crate::layout::report_form::{Kind, ReportInput};
pub use store::{Store, StoreError, Target};

/// The description must be this long, in characters, at least and at most.
pub const DETAILS_MIN: usize = 10;
pub const DETAILS_MAX: usize = 1000;
/// The optional contact, in characters.
pub const CONTACT_MAX: usize = 200;
/// Larger request bodies are answered 413 before they are read.
pub const MAX_BODY_BYTES: usize = 8 * 1024;
/// At most this many reports per client address…
pub const PER_ADDRESS: usize = 5;
/// …per this many minutes.
pub const WINDOW_MINUTES: i64 = 10;
/// Reports older than this are deleted by the server (at start-up, then daily) and by
/// `reports prune` without `--older-than`.
pub const KEEP_DAYS: i64 = 365;

/// A checked report, ready to store.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewReport {
    pub lang: Lang,
    /// One of the site's page paths, e.g. `/en/smart/kiosk/`.
    pub page: String,
    pub kind: Kind,
    pub details: String,
    pub contact: Option<String>,
}

/// A stored report, as the maintainers see it.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Report {
    pub id: i64,
    pub created_at: DateTime<Utc>,
    pub lang: String,
    pub page: String,
    pub kind: String,
    pub details: String,
    pub contact: Option<String>,
    pub closed_at: Option<DateTime<Utc>>,
    pub note: Option<String>,
}

/// What a valid form asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Submission {
    Report(NewReport),
    /// The hidden `website` field was filled in: a robot. Thanked like a reader (the same
    /// redirect, for the page it named), and not stored.
    Honeypot {
        page: String,
    },
}

/// Whether a `Content-Type` is a URL-encoded form (parameters such as a charset allowed).
pub fn is_form_content_type(content_type: Option<&str>) -> bool {
    content_type
        .and_then(|value| value.split(';').next())
        .is_some_and(|essence| {
            essence
                .trim()
                .eq_ignore_ascii_case("application/x-www-form-urlencoded")
        })
}

/// The body's fields as sent, each at most once, none other. serde's derive refuses an
/// unknown name as soon as it reads it and a field's second value when it comes, so a body
/// full of names costs one pass that stops at the first wrong one.
#[derive(Debug, Default, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
struct ReportFields {
    page: String,
    kind: String,
    details: String,
    contact: String,
    website: String,
}

/// A serde error that says which rule failed; serde_urlencoded does the same as
/// [`read_fields`] (form_urlencoded's pairs into serde's `MapDeserializer`) but its error is
/// a string, and an unknown field would have to be told from a repeated one by its text.
#[derive(Debug)]
struct FieldError(FormError);

impl std::fmt::Display for FieldError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0.message_id())
    }
}

impl std::error::Error for FieldError {}

impl serde::de::Error for FieldError {
    fn custom<T: std::fmt::Display>(_: T) -> Self {
        FieldError(FormError::BadEncoding)
    }
    fn unknown_field(_: &str, _: &'static [&'static str]) -> Self {
        FieldError(FormError::UnknownField)
    }
    fn duplicate_field(_: &'static str) -> Self {
        FieldError(FormError::RepeatedField(Form::Report))
    }
}

/// Percent-decoded, the body must be UTF-8 (form_urlencoded would replace what is not).
/// `&` and `=` are ASCII, so this holds for the whole body exactly when it holds for each
/// name and value.
fn check_encoding(body: &[u8]) -> Result<(), FormError> {
    match percent_encoding::percent_decode(body).decode_utf8() {
        Ok(_) => Ok(()),
        Err(_) => Err(FormError::BadEncoding),
    }
}

/// Reads `pairs` into the form's fields, pulling no pair past the first unknown or
/// repeated name.
fn read_fields<'a>(
    pairs: impl Iterator<Item = (Cow<'a, str>, Cow<'a, str>)>,
) -> Result<ReportFields, FormError> {
    let map = serde::de::value::MapDeserializer::<_, FieldError>::new(pairs);
    ReportFields::deserialize(map).map_err(|FieldError(error)| error)
}

/// The body's fields, decoded.
fn fields(body: &[u8]) -> Result<ReportFields, FormError> {
    check_encoding(body)?;
    read_fields(form_urlencoded::parse(body))
}

/// Line breaks as `\n` (browsers send a textarea's as `\r\n`), and no space around.
fn normalize(text: &str) -> String {
    text.replace("\r\n", "\n").trim().to_owned()
}

/// Refuses control characters; `multiline` allows line breaks and tabs.
fn check_characters(text: &str, multiline: bool) -> Result<(), FormError> {
    let allowed = |c: char| multiline && (c == '\n' || c == '\t');
    match text.chars().any(|c| c.is_control() && !allowed(c)) {
        true => Err(FormError::ControlCharacters),
        false => Ok(()),
    }
}

/// Refuses bidirectional controls (U+202A–U+202E, U+2066–U+2069), which make a text read
/// differently from what it holds.
fn check_bidi(text: &str) -> Result<(), FormError> {
    let bidi = |c: char| matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
    match text.chars().any(bidi) {
        true => Err(FormError::BidiControls),
        false => Ok(()),
    }
}

fn check_page(page: &str, is_page: impl Fn(&str) -> bool) -> Result<(), FormError> {
    match is_page(page) {
        true => Ok(()),
        false => Err(FormError::UnknownPage),
    }
}

fn check_kind(kind: &str) -> Result<Kind, FormError> {
    match kind {
        "" => Err(FormError::MissingKind),
        slug => Kind::parse(slug).ok_or(FormError::UnknownKind),
    }
}

fn check_details(details: &str) -> Result<(), FormError> {
    match details.chars().count() {
        0 => Err(FormError::MissingDetails),
        n if n < DETAILS_MIN => Err(FormError::DetailsTooShort),
        n if n > DETAILS_MAX => Err(FormError::DetailsTooLong),
        _ => check_characters(details, true),
    }
}

fn check_contact(contact: &str) -> Result<(), FormError> {
    match contact.chars().count() > CONTACT_MAX {
        true => Err(FormError::ContactTooLong),
        false => check_characters(contact, false),
    }
}

/// Reads the form of a report sent from a `lang` page. `is_page` says whether a path is
/// one of the site's pages. Errors come with what was typed, to fill the form again.
pub fn parse_form(
    lang: Lang,
    body: &[u8],
    is_page: impl Fn(&str) -> bool,
) -> Result<Submission, (ReportInput, FormError)> {
    let fields = fields(body).map_err(|e| (ReportInput::default(), e))?;
    let input = ReportInput {
        page: fields.page,
        kind: fields.kind,
        details: normalize(&fields.details),
        contact: normalize(&fields.contact),
    };
    // Robots are thanked whatever else they sent, so they learn nothing.
    if !fields.website.trim().is_empty() {
        return Ok(Submission::Honeypot { page: input.page });
    }
    let checked = (|| {
        for text in [&input.page, &input.kind, &input.details, &input.contact] {
            check_bidi(text)?;
        }
        check_page(&input.page, is_page)?;
        let kind = check_kind(&input.kind)?;
        check_details(&input.details)?;
        check_contact(&input.contact)?;
        Ok(kind)
    })();
    match checked {
        Ok(kind) => Ok(Submission::Report(NewReport {
            lang,
            page: input.page,
            kind,
            details: input.details,
            contact: Some(input.contact).filter(|c| !c.is_empty()),
        })),
        Err(error) => Err((input, error)),
    }
}

/// Everything the report routes need: where reports go, the rate limit and the time.
/// Cheap to clone.
#[derive(Clone)]
pub struct Reports {
    pub store: Store,
    pub limiter: Arc<limit::Limiter>,
    /// Proxies whose `Forwarded` / `X-Forwarded-For` name the client (`--trusted-proxy`).
    pub trusted_proxies: Arc<[ipnet::IpNet]>,
    pub clock: Clock,
    /// The runtime the database's connections live on. The server's workers each run their
    /// own single-threaded runtime; a connection must not move between them.
    pub runtime: tokio::runtime::Handle,
}

impl std::fmt::Debug for Reports {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Reports")
            .field("store", &self.store)
            .finish_non_exhaustive()
    }
}

impl Reports {
    /// Reports stored in `store`, at most `per_address` per client address per window,
    /// the database's work done on `runtime`, which also sweeps the rate limit's expired
    /// clients every [`limit::SWEEP_EVERY`].
    pub fn new(
        store: Store,
        clock: Clock,
        per_address: usize,
        runtime: tokio::runtime::Handle,
    ) -> Reports {
        let limiter = Arc::new(limit::Limiter::new(
            per_address,
            chrono::Duration::minutes(WINDOW_MINUTES),
        ));
        let (weak, sweep_clock) = (Arc::downgrade(&limiter), clock.clone());
        runtime.spawn(async move {
            let mut every = tokio::time::interval(limit::SWEEP_EVERY);
            loop {
                every.tick().await;
                // Stops once the last `Reports` holding this limiter is gone.
                let Some(limiter) = weak.upgrade() else { break };
                limiter.sweep(sweep_clock.now());
            }
        });
        Reports {
            store,
            limiter,
            trusted_proxies: Arc::from([]),
            clock,
            runtime,
        }
    }

    /// The same, reading the client's address from these proxies' forwarding headers.
    pub fn with_trusted_proxies(self, trusted: Vec<ipnet::IpNet>) -> Reports {
        Reports {
            trusted_proxies: trusted.into(),
            ..self
        }
    }

    /// Stores a report, stamped with the clock's time; returns once it is committed.
    pub async fn store(&self, report: NewReport) -> Result<i64, StoreError> {
        let (store, at) = (self.store.clone(), self.clock.now());
        match self
            .runtime
            .spawn(async move { store.insert(&report, at).await })
            .await
        {
            Ok(result) => result,
            Err(join) => Err(StoreError::Task(join.to_string())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(body: &str) -> Result<Submission, (ReportInput, FormError)> {
        parse_form(Lang::En, body.as_bytes(), |p| p == "/en/kiosk/")
    }

    #[test]
    fn a_complete_form_is_a_report() {
        let body = "page=%2Fen%2Fkiosk%2F&kind=code&details=The+code+changed+%E2%80%94+50%25+off&contact=&website=";
        assert_eq!(
            parse(body),
            Ok(Submission::Report(NewReport {
                lang: Lang::En,
                page: "/en/kiosk/".into(),
                kind: Kind::Code,
                details: "The code changed — 50% off".into(),
                contact: None,
            }))
        );
    }

    #[test]
    fn each_rule_names_its_error() {
        let ok = "page=/en/kiosk/&kind=days&details=0123456789";
        assert!(parse(ok).is_ok());
        for (body, error) in [
            (
                "page=/en/kiosk/&kind=days&details=%ff%fe0123456789",
                FormError::BadEncoding,
            ),
            (
                &format!("{ok}&kind=code"),
                FormError::RepeatedField(Form::Report),
            ),
            (&format!("{ok}&x=1"), FormError::UnknownField),
            ("kind=days&details=0123456789", FormError::UnknownPage),
            (
                "page=/etc/passwd&kind=days&details=0123456789",
                FormError::UnknownPage,
            ),
            ("page=/en/kiosk/&details=0123456789", FormError::MissingKind),
            (
                "page=/en/kiosk/&kind=weather&details=0123456789",
                FormError::UnknownKind,
            ),
            ("page=/en/kiosk/&kind=days", FormError::MissingDetails),
            (
                "page=/en/kiosk/&kind=days&details=+++",
                FormError::MissingDetails,
            ),
            (
                "page=/en/kiosk/&kind=days&details=short",
                FormError::DetailsTooShort,
            ),
            (&format!("{ok}%00"), FormError::ControlCharacters),
            (&format!("{ok}&contact=a%0Ab"), FormError::ControlCharacters),
        ] {
            assert_eq!(parse(body).map_err(|e| e.1), Err(error), "{body}");
        }
        let long = "é".repeat(DETAILS_MAX + 1);
        let body = format!("page=/en/kiosk/&kind=days&details={long}");
        assert_eq!(
            parse(&body).map_err(|e| e.1),
            Err(FormError::DetailsTooLong)
        );
        let body = format!("{ok}&contact={}", "x".repeat(CONTACT_MAX + 1));
        assert_eq!(
            parse(&body).map_err(|e| e.1),
            Err(FormError::ContactTooLong)
        );
    }

    #[test]
    fn limits_count_characters_not_bytes() {
        let body = format!(
            "page=/en/kiosk/&kind=other&details={}&contact={}",
            "ល".repeat(DETAILS_MAX),
            "你".repeat(CONTACT_MAX)
        );
        assert!(parse(&body).is_ok());
        // A textarea's CRLF counts as one character.
        let body = format!(
            "page=/en/kiosk/&kind=other&details={}",
            "a%0D%0A".repeat(500)
        );
        assert!(parse(&body).is_ok(), "1,000 characters with line breaks");
    }

    #[test]
    fn a_filled_honeypot_wins_over_everything() {
        assert_eq!(
            parse("website=http://spam"),
            Ok(Submission::Honeypot {
                page: String::new()
            })
        );
        assert_eq!(
            parse("page=/en/kiosk/&kind=code&details=0123456789&website=x"),
            Ok(Submission::Honeypot {
                page: "/en/kiosk/".into()
            })
        );
    }

    #[test]
    fn each_field_given_twice_is_refused_as_repeated() {
        let ok = "page=/en/kiosk/&kind=days&details=0123456789&contact=me&website=";
        for field in ["page", "kind", "details", "contact", "website"] {
            let body = format!("{ok}&{field}=again");
            assert_eq!(
                parse(&body).map_err(|e| e.1),
                Err(FormError::RepeatedField(Form::Report)),
                "{body}"
            );
        }
    }

    /// 8 KiB of distinct names the form does not use: refused at the first, without
    /// reading the rest (the old parser compared every name with every earlier one).
    #[test]
    fn a_body_of_unknown_names_is_refused_at_the_first() {
        let body: String = (0..1024).map(|n| format!("f{n:05}=&")).collect();
        assert_eq!(body.len(), MAX_BODY_BYTES);
        let pulled = std::cell::Cell::new(0);
        let pairs =
            form_urlencoded::parse(body.as_bytes()).inspect(|_| pulled.set(pulled.get() + 1));
        assert_eq!(read_fields(pairs).map(|_| ()), Err(FormError::UnknownField));
        assert_eq!(pulled.get(), 1, "pairs read before the refusal");
        // After known fields, the first unknown one stops it too.
        let body = format!("page=/en/kiosk/&kind=days&{body}");
        let pulled = std::cell::Cell::new(0);
        let pairs =
            form_urlencoded::parse(body.as_bytes()).inspect(|_| pulled.set(pulled.get() + 1));
        assert_eq!(read_fields(pairs).map(|_| ()), Err(FormError::UnknownField));
        assert_eq!(pulled.get(), 3);
        assert_eq!(parse(&body).map_err(|e| e.1), Err(FormError::UnknownField));
    }

    #[test]
    fn bidirectional_controls_in_any_field_are_refused() {
        let fields = [
            ("page", "/en/kiosk/"),
            ("kind", "days"),
            ("details", "The code is *888#, not *1200#"),
            ("contact", "me@example.org"),
        ];
        for control in [
            '\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}', '\u{2066}', '\u{2067}',
            '\u{2068}', '\u{2069}',
        ] {
            for at in 0..fields.len() {
                let mut serializer = form_urlencoded::Serializer::new(String::new());
                for (n, (name, value)) in fields.iter().enumerate() {
                    match n == at {
                        true => serializer.append_pair(name, &format!("{value}{control}x")),
                        false => serializer.append_pair(name, value),
                    };
                }
                let body = serializer.finish();
                assert_eq!(
                    parse(&body).map_err(|e| e.1),
                    Err(FormError::BidiControls),
                    "U+{:04X} in {}",
                    control as u32,
                    fields[at].0
                );
            }
        }
        // Other format characters are kept: Khmer may carry zero-width spaces on purpose.
        let body = "page=/en/kiosk/&kind=days&details=%E1%9E%9B%E1%9E%81%E2%80%8B%E1%9E%80%E1%9E%BC%E1%9E%8A+*888%23";
        assert!(parse(body).is_ok());
    }

    #[test]
    fn errors_keep_what_was_typed() {
        let (input, error) =
            parse("page=/en/kiosk/&kind=code&details=short&contact=me").unwrap_err();
        assert_eq!(error, FormError::DetailsTooShort);
        assert_eq!(input.details, "short");
        assert_eq!(input.contact, "me");
        assert_eq!(input.kind, "code");
    }

    #[test]
    fn content_types() {
        assert!(is_form_content_type(Some(
            "application/x-www-form-urlencoded"
        )));
        assert!(is_form_content_type(Some(
            "Application/X-WWW-Form-Urlencoded; charset=UTF-8"
        )));
        for other in [
            None,
            Some("application/json"),
            Some("multipart/form-data; boundary=x"),
        ] {
            assert!(!is_form_content_type(other), "{other:?}");
        }
    }
}
