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

use std::sync::Arc;

use chrono::{DateTime, Utc};

use crate::clock::Clock;
use crate::lang::Lang;

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

/// What the reader says is wrong. The form shows one radio button each, labelled by the
/// message `report-kind-<slug>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Code,
    Days,
    Price,
    Link,
    Other,
}

impl Kind {
    pub const ALL: [Kind; 5] = [Kind::Code, Kind::Days, Kind::Price, Kind::Link, Kind::Other];

    pub fn slug(self) -> &'static str {
        match self {
            Kind::Code => "code",
            Kind::Days => "days",
            Kind::Price => "price",
            Kind::Link => "link",
            Kind::Other => "other",
        }
    }

    pub fn parse(slug: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.slug() == slug)
    }

    pub fn message_id(self) -> String {
        format!("report-kind-{}", self.slug())
    }
}

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

/// The form as the reader filled it in, to show it again after an error.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FormInput {
    pub page: String,
    pub kind: String,
    pub details: String,
    pub contact: String,
}

/// What is wrong with a submission; each has a message `report-error-<slug>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputError {
    /// Not `application/x-www-form-urlencoded` (JSON, multipart, none).
    NotAForm,
    /// Not UTF-8 once percent-decoded, or a malformed field.
    BadEncoding,
    RepeatedField,
    UnknownField,
    /// `page` missing, or not one of the site's pages.
    UnknownPage,
    MissingKind,
    UnknownKind,
    MissingDetails,
    DetailsTooShort,
    DetailsTooLong,
    ContactTooLong,
    /// Control characters other than line breaks and tabs.
    ControlCharacters,
}

impl InputError {
    pub fn message_id(self) -> &'static str {
        match self {
            InputError::NotAForm => "report-error-not-a-form",
            InputError::BadEncoding => "report-error-bad-encoding",
            InputError::RepeatedField => "report-error-repeated-field",
            InputError::UnknownField => "report-error-unknown-field",
            InputError::UnknownPage => "report-error-unknown-page",
            InputError::MissingKind => "report-error-missing-kind",
            InputError::UnknownKind => "report-error-unknown-kind",
            InputError::MissingDetails => "report-error-missing-details",
            InputError::DetailsTooShort => "report-error-details-too-short",
            InputError::DetailsTooLong => "report-error-details-too-long",
            InputError::ContactTooLong => "report-error-contact-too-long",
            InputError::ControlCharacters => "report-error-control-characters",
        }
    }
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

/// One `name=value` pair of a URL-encoded body, decoded; None if it is not UTF-8.
fn decode_component(raw: &[u8]) -> Option<String> {
    let plus_as_space: Vec<u8> = raw
        .iter()
        .map(|&b| if b == b'+' { b' ' } else { b })
        .collect();
    let bytes: Vec<u8> = percent_encoding::percent_decode(&plus_as_space).collect();
    String::from_utf8(bytes).ok()
}

/// The body's fields, decoded, each at most once. Unlike `form_urlencoded::parse`, invalid
/// UTF-8 is refused rather than replaced.
fn fields(body: &[u8]) -> Result<Vec<(String, String)>, InputError> {
    let mut fields: Vec<(String, String)> = Vec::new();
    for pair in body.split(|&b| b == b'&').filter(|p| !p.is_empty()) {
        let (name, value) = match pair.iter().position(|&b| b == b'=') {
            Some(at) => (&pair[..at], &pair[at + 1..]),
            None => (pair, &b""[..]),
        };
        let name = decode_component(name).ok_or(InputError::BadEncoding)?;
        let value = decode_component(value).ok_or(InputError::BadEncoding)?;
        if fields.iter().any(|(seen, _)| *seen == name) {
            return Err(InputError::RepeatedField);
        }
        fields.push((name, value));
    }
    Ok(fields)
}

/// Line breaks as `\n` (browsers send a textarea's as `\r\n`), and no space around.
fn normalize(text: &str) -> String {
    text.replace("\r\n", "\n").trim().to_owned()
}

/// Refuses control characters; `multiline` allows line breaks and tabs.
fn check_characters(text: &str, multiline: bool) -> Result<(), InputError> {
    let allowed = |c: char| multiline && (c == '\n' || c == '\t');
    match text.chars().any(|c| c.is_control() && !allowed(c)) {
        true => Err(InputError::ControlCharacters),
        false => Ok(()),
    }
}

fn check_page(page: &str, is_page: impl Fn(&str) -> bool) -> Result<(), InputError> {
    match is_page(page) {
        true => Ok(()),
        false => Err(InputError::UnknownPage),
    }
}

fn check_kind(kind: &str) -> Result<Kind, InputError> {
    match kind {
        "" => Err(InputError::MissingKind),
        slug => Kind::parse(slug).ok_or(InputError::UnknownKind),
    }
}

fn check_details(details: &str) -> Result<(), InputError> {
    match details.chars().count() {
        0 => Err(InputError::MissingDetails),
        n if n < DETAILS_MIN => Err(InputError::DetailsTooShort),
        n if n > DETAILS_MAX => Err(InputError::DetailsTooLong),
        _ => check_characters(details, true),
    }
}

fn check_contact(contact: &str) -> Result<(), InputError> {
    match contact.chars().count() > CONTACT_MAX {
        true => Err(InputError::ContactTooLong),
        false => check_characters(contact, false),
    }
}

/// Reads the form of a report sent from a `lang` page. `is_page` says whether a path is
/// one of the site's pages. Errors come with what was typed, to fill the form again.
pub fn parse_form(
    lang: Lang,
    body: &[u8],
    is_page: impl Fn(&str) -> bool,
) -> Result<Submission, (FormInput, InputError)> {
    let fields = fields(body).map_err(|e| (FormInput::default(), e))?;
    let mut input = FormInput::default();
    let mut website = String::new();
    let mut unknown = false;
    for (name, value) in fields {
        match name.as_str() {
            "page" => input.page = value,
            "kind" => input.kind = value,
            "details" => input.details = normalize(&value),
            "contact" => input.contact = normalize(&value),
            "website" => website = value,
            _ => unknown = true,
        }
    }
    // Robots are thanked whatever else they sent, so they learn nothing.
    if !website.trim().is_empty() {
        return Ok(Submission::Honeypot { page: input.page });
    }
    let checked = (|| {
        if unknown {
            return Err(InputError::UnknownField);
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
    /// the database's work done on `runtime`.
    pub fn new(
        store: Store,
        clock: Clock,
        per_address: usize,
        runtime: tokio::runtime::Handle,
    ) -> Reports {
        Reports {
            store,
            limiter: Arc::new(limit::Limiter::new(
                per_address,
                chrono::Duration::minutes(WINDOW_MINUTES),
            )),
            clock,
            runtime,
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

    fn parse(body: &str) -> Result<Submission, (FormInput, InputError)> {
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
                InputError::BadEncoding,
            ),
            (&format!("{ok}&kind=code"), InputError::RepeatedField),
            (&format!("{ok}&x=1"), InputError::UnknownField),
            ("kind=days&details=0123456789", InputError::UnknownPage),
            (
                "page=/etc/passwd&kind=days&details=0123456789",
                InputError::UnknownPage,
            ),
            (
                "page=/en/kiosk/&details=0123456789",
                InputError::MissingKind,
            ),
            (
                "page=/en/kiosk/&kind=weather&details=0123456789",
                InputError::UnknownKind,
            ),
            ("page=/en/kiosk/&kind=days", InputError::MissingDetails),
            (
                "page=/en/kiosk/&kind=days&details=+++",
                InputError::MissingDetails,
            ),
            (
                "page=/en/kiosk/&kind=days&details=short",
                InputError::DetailsTooShort,
            ),
            (&format!("{ok}%00"), InputError::ControlCharacters),
            (
                &format!("{ok}&contact=a%0Ab"),
                InputError::ControlCharacters,
            ),
        ] {
            assert_eq!(parse(body).map_err(|e| e.1), Err(error), "{body}");
        }
        let long = "é".repeat(DETAILS_MAX + 1);
        let body = format!("page=/en/kiosk/&kind=days&details={long}");
        assert_eq!(
            parse(&body).map_err(|e| e.1),
            Err(InputError::DetailsTooLong)
        );
        let body = format!("{ok}&contact={}", "x".repeat(CONTACT_MAX + 1));
        assert_eq!(
            parse(&body).map_err(|e| e.1),
            Err(InputError::ContactTooLong)
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
    fn errors_keep_what_was_typed() {
        let (input, error) =
            parse("page=/en/kiosk/&kind=code&details=short&contact=me").unwrap_err();
        assert_eq!(error, InputError::DetailsTooShort);
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
