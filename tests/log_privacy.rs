//! The request log never holds a number a reader typed. In its own test binary, so that no
//! other test's requests run beside it while it captures the log.

mod common;

use common::request;

/// The request log line for a lookup holds no digit of the number: once the status and
/// latency fields (the only numbers a log line has) are taken out, no digit is left.
#[tokio::test]
async fn the_log_line_of_a_lookup_holds_no_digit_of_the_number() {
    let buffer = common::LogBuffer::default();
    let writer = buffer.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_writer(move || writer.clone())
        .with_ansi(false)
        .without_time()
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);

    let numbers = [
        ("%2B855+96+777+1234", 200),
        ("087+123+456", 200),
        ("023+987+654", 400),
    ];
    for (number, _) in numbers {
        request("GET", &format!("/km/which-operator/?number={number}"), &[]).await;
    }

    let log = String::from_utf8(buffer.0.lock().unwrap().clone()).unwrap();
    let lines: Vec<&str> = log.lines().collect();
    assert_eq!(lines.len(), numbers.len(), "{log}");
    let fields = regex::Regex::new(r" status=(\d{3}) latency_us=\d+$").unwrap();
    for (line, (_, status)) in lines.iter().zip(numbers) {
        assert!(
            line.contains(r#"method=GET path="/km/which-operator/""#),
            "{line}"
        );
        let found = fields
            .captures(line)
            .unwrap_or_else(|| panic!("{line}: status and latency last"));
        assert_eq!(found[1].parse::<u16>().unwrap(), status, "{line}");
        let rest = fields.replace(line, "");
        assert!(
            !rest.chars().any(|c| c.is_ascii_digit()),
            "a digit in the log line: {line}"
        );
    }
}
