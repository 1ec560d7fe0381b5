//! "Which company is my number?" (src/lookup.rs): the phone-number parser, with any text and
//! with numbers written the ways readers write them. What must hold:
//!
//! - nothing panics;
//! - an accepted number's prefix is written `0` and two digits, and is a mobile prefix;
//! - the form's query is read as typed: `answer` on `…&number=<text>&number=…` gives what
//!   `parse(text)` gives (only the first `number` counts), and a refused input is kept as is;
//! - round trip: every common writing of a number (with or without the `0`, `+855`, `00855`,
//!   `855`, `+855 (0)`, spaces, dashes, dots, slashes, parentheses, full-width forms, Khmer
//!   digits) gets the answer its plain form `0PPXXXXXX` gets, and the prefix `0PP`;
//! - the request log line of a lookup, through the real app, is the same whatever was
//!   typed: no digit of the number is logged.
#![no_main]

use std::sync::{Arc, Mutex, OnceLock};

use axum::body::Body;
use axum::http::Request;
use keep_your_number::lookup::{self, Outcome};
use keep_your_number::layout::SiteConfig;
use keep_your_number::site::Site;
use keep_your_number::{App, HttpOptions, app_with, build_site};
use libfuzzer_sys::arbitrary::{Result, Unstructured};
use libfuzzer_sys::fuzz_target;
use tower::ServiceExt;

fuzz_target!(|data: &[u8]| {
    let mut u = Unstructured::new(data);
    let Ok(text) = u.arbitrary::<&str>() else {
        return;
    };
    any_text(text);
    if let Ok(written) = Written::arbitrary(&mut u) {
        round_trip(&written);
        any_text(&written.text);
    }
});

/// What holds for any text typed into the form.
fn any_text(text: &str) {
    let parsed = lookup::parse(text);
    if let Ok(prefix) = parsed {
        let shown = prefix.to_string();
        assert!(
            shown.len() == 3 && shown.starts_with('0') && shown.bytes().all(|b| b.is_ascii_digit()),
            "{text:?} gave the prefix {shown:?}"
        );
        assert!(
            !matches!(shown.as_bytes()[1], b'0' | b'2' | b'4' | b'5'),
            "{text:?} gave {shown}, which is not a mobile prefix"
        );
    }
    let query = format!(
        "utm_source=x&number={}&number=012345678",
        percent_encoded(text)
    );
    match (lookup::answer(site().renderer().facts, &query), parsed) {
        (Outcome::Refused { input, error }, Err(expected)) => {
            assert_eq!(input, text, "a refused input is kept as typed");
            assert_eq!(error, expected, "{text:?}");
        }
        (Outcome::Assigned { prefix, operator }, Ok(expected)) => {
            assert_eq!(prefix, expected, "{text:?}");
            let facts = site().renderer().facts;
            assert_eq!(lookup::operator_of(facts, prefix), Some(operator));
        }
        (Outcome::NotInList { prefix }, Ok(expected)) => {
            assert_eq!(prefix, expected, "{text:?}");
            let facts = site().renderer().facts;
            assert_eq!(lookup::operator_of(facts, prefix), None);
        }
        (outcome, parsed) => panic!("{text:?}: answer {outcome:?}, parse {parsed:?}"),
    }
    let (line, status) = log_line(&query);
    let reference = if status == 200 { "012345678" } else { "x" };
    let (expected, expected_status) = log_line(&format!("number={reference}"));
    assert_eq!(status, expected_status, "{text:?}");
    assert_eq!(line, expected, "the log line of {text:?} differs");
}

/// A number and one way of writing it.
#[derive(Debug)]
struct Written {
    /// `0`, the two-digit prefix and 6 or 7 more digits, nothing else.
    plain: String,
    text: String,
}

impl Written {
    fn arbitrary(u: &mut Unstructured) -> Result<Written> {
        // The national number: a prefix not starting with 0 (`00` would be a call abroad),
        // then 6 or 7 digits.
        let length = u.int_in_range(8..=9usize)?;
        let mut national = vec![u.int_in_range(b'1'..=b'9')?];
        while national.len() < length {
            national.push(u.int_in_range(b'0'..=b'9')?);
        }
        let national = String::from_utf8(national).unwrap();
        let plain = format!("0{national}");

        let mut text = String::new();
        text.push_str(u.choose(&["", " ", "\t", "\u{3000}"])?);
        text.push_str(u.choose(&[
            "0", "", "+855", "+855(0)", "+855 (0)", "00855", "855", "855 0",
        ])?);
        text.push_str(u.choose(&["", " ", "-", "."])?);
        // The digits in groups of 1 to 4, the first perhaps in parentheses.
        let mut rest = national.as_str();
        let mut first = true;
        while !rest.is_empty() {
            let take = u.int_in_range(1..=4usize)?.min(rest.len());
            let (group, after) = rest.split_at(take);
            if first && u.ratio(1, 4)? {
                text.push_str(&format!("({group})"));
            } else {
                text.push_str(group);
            }
            first = false;
            rest = after;
            if !rest.is_empty() {
                text.push_str(u.choose(&["", " ", "  ", "-", ".", "/", " - ", "\u{3000}"])?);
            }
        }
        text.push_str(u.choose(&["", " ", "\n"])?);
        // Each printable ASCII character perhaps as its full-width form, each digit perhaps
        // as a Khmer digit, as input methods type them.
        let mut typed = String::new();
        for c in text.chars() {
            let form = u.int_in_range(0..=2u8)?;
            typed.push(match (form, c) {
                (1, '!'..='~') => char::from_u32(c as u32 + 0xFEE0).unwrap(),
                (2, '0'..='9') => char::from_u32(c as u32 - '0' as u32 + 0x17E0).unwrap(),
                _ => c,
            });
        }
        Ok(Written { plain, text: typed })
    }
}

/// A number written any common way is read as its plain form.
fn round_trip(written: &Written) {
    let expected = lookup::parse(&written.plain);
    assert_eq!(lookup::parse(&written.text), expected, "{written:?}");
    if let Ok(prefix) = expected {
        assert_eq!(prefix.to_string(), written.plain[..3], "{written:?}");
    }
}

/// Every byte percent-encoded, as a form may send it.
fn percent_encoded(text: &str) -> String {
    text.bytes().map(|b| format!("%{b:02X}")).collect()
}

fn site() -> &'static Arc<Site> {
    static SITE: OnceLock<Arc<Site>> = OnceLock::new();
    SITE.get_or_init(|| {
        let config = SiteConfig {
            origin: "https://guide.example".into(),
            report: Default::default(),
        };
        Arc::new(build_site(&config).expect("the site builds"))
    })
}

/// The log lines the app writes for one lookup in English, without the latency field (the
/// one number that varies), and the answer's status.
fn log_line(query: &str) -> (String, u16) {
    struct Logged {
        runtime: tokio::runtime::Runtime,
        app: App,
        buffer: Arc<Mutex<Vec<u8>>>,
    }
    static LOGGED: OnceLock<Logged> = OnceLock::new();
    let Logged {
        runtime,
        app,
        buffer,
    } = LOGGED.get_or_init(|| {
        let buffer = Arc::new(Mutex::new(Vec::new()));
        let writer = Arc::clone(&buffer);
        tracing_subscriber::fmt()
            .with_writer(move || Writer(Arc::clone(&writer)))
            .with_ansi(false)
            .without_time()
            .init();
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        let app = app_with(Arc::clone(site()), &HttpOptions::default());
        Logged {
            runtime,
            app,
            buffer,
        }
    });
    buffer.lock().unwrap().clear();
    let request = Request::builder()
        .uri(format!("/en/which-operator/?{query}"))
        .body(Body::empty())
        .unwrap();
    let status = runtime.block_on(async {
        let answer = app.clone().oneshot(request).await.unwrap();
        answer.status().as_u16()
    });
    let log = String::from_utf8(buffer.lock().unwrap().clone()).unwrap();
    let latency = log.find(" latency_us=");
    let line = match latency {
        Some(at) => {
            let end = log[at + 1..]
                .find(|c: char| c.is_whitespace())
                .map_or(log.len(), |n| at + 1 + n);
            format!("{}{}", &log[..at], &log[end..])
        }
        None => log,
    };
    (line, status)
}

struct Writer(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Writer {
    fn write(&mut self, data: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(data);
        Ok(data.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}
