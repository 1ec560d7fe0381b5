//! The request log never holds a number a reader typed. In its own test binary, so that no
//! other test's requests run beside it while it captures the log.

mod common;

use common::request;

/// The request log line for a lookup, or for the plan's slip (which shows the whole
/// number), holds no digit of the number: once the status and latency fields (the only
/// numbers a log line has) are taken out, no digit is left.
#[tokio::test]
async fn the_log_line_of_a_lookup_or_a_slip_holds_no_digit_of_the_number() {
    let buffer = common::LogBuffer::default();
    let writer = buffer.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_writer(move || writer.clone())
        .with_ansi(false)
        .without_time()
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);

    let lookup = "/km/which-operator/";
    let slip = "/km/plan/slip/";
    let numbers = [
        (lookup, "number=%2B855+96+777+1234", 200),
        (lookup, "number=087+123+456", 200),
        (lookup, "number=023+987+654", 400),
        (
            slip,
            "operator=smart&number=096+777+1234&amount=5&for=zh",
            200,
        ),
        (
            slip,
            "operator=smart&number=023+987+654&amount=5&for=zh",
            400,
        ),
    ];
    for (path, query, _) in numbers {
        request("GET", &format!("{path}?{query}"), &[]).await;
    }

    let log = String::from_utf8(buffer.0.lock().unwrap().clone()).unwrap();
    let lines: Vec<&str> = log.lines().collect();
    assert_eq!(lines.len(), numbers.len(), "{log}");
    let fields = regex::Regex::new(r" status=(\d{3}) latency_us=\d+$").unwrap();
    for (line, (path, _, status)) in lines.iter().zip(numbers) {
        assert!(
            line.contains(&format!(r#"method=GET path="{path}""#)),
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
