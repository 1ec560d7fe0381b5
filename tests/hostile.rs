//! Hostile requests over a real socket, and a graceful stop with a request in flight.
//!
//! The corpus is sent raw, byte for byte, to the real connection loop (hyper plus the app),
//! so requests that the `http` crate would refuse to even build are covered too.

mod common;

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use keep_your_number::server::{ServerOptions, serve};

async fn start() -> SocketAddr {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(serve(
        listener,
        common::site(),
        ServerOptions::default(),
        std::future::pending(),
    ));
    addr
}

/// Sends raw bytes, returns (status, headers and body as text).
fn exchange(addr: SocketAddr, raw: &[u8]) -> (u16, String) {
    let mut stream = TcpStream::connect(addr).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(5)))
        .unwrap();
    let _ = stream.write_all(raw);
    let mut answer = Vec::new();
    let _ = stream.read_to_end(&mut answer);
    let text = String::from_utf8_lossy(&answer).into_owned();
    let status = text
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    (status, text)
}

fn get(target: &str, extra_headers: &str) -> Vec<u8> {
    format!(
        "GET {target} HTTP/1.1\r\nHost: guide.example\r\n{extra_headers}Connection: close\r\n\r\n"
    )
    .into_bytes()
}

/// At least 100 hostile requests: (what, raw request, payload that must not come back raw).
fn corpus() -> Vec<(String, Vec<u8>, Option<&'static str>)> {
    let routes = [
        "/",
        "/en/",
        "/km/smart/",
        "/zh/kiosk/",
        "/en/cellcard/online/",
        "/en/reminder/",
        "/en/compare/",
        "/static/",
        "/sitemap.xml",
        "/healthz",
    ];
    let traversals = [
        "../../../../etc/passwd",
        "%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "%252e%252e%252f%252e%252e%252fetc%252fpasswd",
        "..\\..\\..\\windows\\win.ini",
        "..%5c..%5c..%5cwindows%5cwin.ini",
        "%00../../etc/passwd",
        "%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
        "..;/..;/etc/passwd",
    ];
    let mut cases = Vec::new();
    for route in routes {
        for traversal in traversals {
            cases.push((
                format!("traversal {route}{traversal}"),
                get(&format!("{route}{traversal}"), ""),
                None,
            ));
        }
    }
    let raw_targets = [
        ("invalid UTF-8", "/en/%ff%fe%fd/"),
        ("overlong UTF-8", "/en/%c3%28/"),
        ("lone surrogate", "/en/%ed%a0%80/"),
        ("encoded CRLF in path", "/en/%0d%0aSet-Cookie:%20x=1/"),
        (
            "encoded CRLF in query",
            "/en/reminder/?operator=smart%0d%0aSet-Cookie:%20x=1&ends=2027-01-01",
        ),
        ("null byte", "/en/%00/"),
        ("double slash host", "//evil.example/"),
        ("double slash page", "//evil.example/en"),
        ("backslash host", "/\\evil.example/"),
        ("encoded slash", "/en%2fsmart%2f"),
        ("absolute form", "http://evil.example/en/"),
        ("script in path", "/en/<script>alert(1)</script>/"),
        (
            "encoded script in path",
            "/en/%3Cscript%3Ealert(1)%3C/script%3E/",
        ),
        ("script in query", "/en/?q=<script>alert(1)</script>"),
        (
            "script in form field",
            "/en/reminder/?operator=%3Cscript%3Ealert(1)%3C/script%3E&ends=2027-01-01",
        ),
        (
            "script in date field",
            "/en/reminder/?operator=smart&ends=%22%3E%3Cscript%3Ealert(1)%3C/script%3E",
        ),
        (
            "script as field name",
            "/en/reminder/?%3Cscript%3Ealert(1)%3C/script%3E=1",
        ),
        (
            "calendar with script",
            "/km/reminder/calendar.ics?operator=smart&ends=<script>alert(1)</script>",
        ),
        ("dot segments", "/en/./smart/../kiosk/"),
        (
            "very long path",
            &*Box::leak(format!("/en/{}/", "a".repeat(10_000)).into_boxed_str()),
        ),
        (
            "very long query",
            &*Box::leak(format!("/en/reminder/?operator={}", "x".repeat(5_000)).into_boxed_str()),
        ),
        (
            "many slashes",
            &*Box::leak("/".repeat(3000).into_boxed_str()),
        ),
    ];
    for (what, target) in raw_targets {
        let payload = if target.contains("script") {
            Some("<script>alert(1)")
        } else {
            None
        };
        cases.push((what.to_owned(), get(target, ""), payload));
    }
    let headers = [
        (
            "huge Accept-Language",
            format!("Accept-Language: {}\r\n", "zh-CN;q=0.9,".repeat(1000)),
        ),
        (
            "malformed Accept-Language",
            "Accept-Language: ;;;q=,,=;q=2,*;q=-1,en-US-x-Ω\r\n".to_owned(),
        ),
        (
            "script in Accept-Language",
            "Accept-Language: <script>alert(1)</script>\r\n".to_owned(),
        ),
        (
            "huge header",
            format!("X-Fill: {}\r\n", "a".repeat(64 * 1024)),
        ),
        (
            "many headers",
            (0..200).map(|i| format!("X-{i}: 1\r\n")).collect(),
        ),
        (
            "malformed Accept-Encoding",
            "Accept-Encoding: br;q=NaN, gzip;q=-5, *;q=\r\n".to_owned(),
        ),
        (
            "If-None-Match junk",
            format!("If-None-Match: {}\r\n", "\"x\",".repeat(500)),
        ),
        ("evil Host", "X-Forwarded-Host: evil.example\r\n".to_owned()),
    ];
    for (what, header) in headers {
        let payload = if header.contains("script") {
            Some("<script>alert(1)")
        } else {
            None
        };
        cases.push((what.to_owned(), get("/", &header), payload));
        cases.push((
            format!("{what} on a 404"),
            get("/nowhere", &header),
            payload,
        ));
    }
    let raw = [
        ("raw CRLF in path", b"GET /en/\r\nSet-Cookie: x=1 HTTP/1.1\r\nHost: x\r\n\r\n".to_vec()),
        ("bare LF", b"GET /en/ HTTP/1.1\nHost: x\n\n".to_vec()),
        ("no version", b"GET /en/\r\n\r\n".to_vec()),
        ("binary garbage", vec![0x16, 0x03, 0x01, 0x00, 0xff, 0x00, 0x00, 0x0d, 0x0a, 0x0d, 0x0a]),
        ("header without colon", b"GET /en/ HTTP/1.1\r\nHost x\r\n\r\n".to_vec()),
        ("invalid UTF-8 in header", b"GET /en/ HTTP/1.1\r\nHost: x\r\nAccept-Language: \xff\xfe\r\nConnection: close\r\n\r\n".to_vec()),
        ("body on GET", b"GET /en/ HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello".to_vec()),
        ("chunked GET", b"GET /en/ HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n0\r\n\r\n".to_vec()),
        ("request smuggling", b"GET /en/ HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n".to_vec()),
    ];
    for (what, bytes) in raw {
        cases.push((what.to_owned(), bytes, None));
    }
    for method in [
        "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "CONNECT", "PROPFIND", "FOO", "get",
    ] {
        let request = format!(
            "{method} /en/ HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
        );
        cases.push((format!("method {method}"), request.into_bytes(), None));
    }
    cases
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hostile_requests_get_a_4xx_or_a_local_redirect_and_never_their_payload_back() {
    let addr = start().await;
    let corpus = corpus();
    assert!(corpus.len() >= 100, "{} cases", corpus.len());
    let results = tokio::task::spawn_blocking(move || {
        corpus
            .into_iter()
            .map(|(what, raw, payload)| {
                let (status, answer) = exchange(addr, &raw);
                (what, status, answer, payload)
            })
            .collect::<Vec<_>>()
    })
    .await
    .unwrap();
    let mut problems = Vec::new();
    for (what, status, answer, payload) in &results {
        let location = answer
            .lines()
            .find_map(|l| {
                l.strip_prefix("location: ")
                    .or_else(|| l.strip_prefix("Location: "))
            })
            .unwrap_or("");
        let ok = match status {
            // A closed connection without an answer is fine for garbage that is not HTTP.
            0 => {
                what.contains("garbage") || what.contains("raw CRLF") || what.contains("no version")
            }
            400..=499 => true,
            // The only redirects: `/` to a language, or a missing trailing slash, on this host.
            301..=308 => {
                location.starts_with('/') && !location.starts_with("//") && !location.contains('\\')
            }
            // Requests that are odd but harmless get the page they name.
            200 => [
                "method get",
                "Accept-",
                "If-None",
                "Host",
                "dot segments",
                "encoded slash",
                "absolute form",
                "bare LF",
                "invalid UTF-8 in header",
            ]
            .iter()
            .any(|harmless| what.contains(harmless)),
            _ => false,
        };
        if !ok {
            problems.push(format!("{what}: {status} {location}"));
        }
        if let Some(payload) = payload
            && answer.contains(payload)
        {
            problems.push(format!("{what}: the payload came back unescaped"));
        }
        if (500..=599).contains(status) {
            problems.push(format!("{what}: server error {status}"));
        }
    }
    assert!(
        problems.is_empty(),
        "{} of {} cases:\n{}",
        problems.len(),
        results.len(),
        problems.join("\n")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_response_carries_the_security_headers() {
    let addr = start().await;
    let long_target = format!("/en/{}/", "a".repeat(3000));
    let mut requests: Vec<(String, Vec<u8>)> = [
        "/",
        "/en/",
        "/static/qr.0.svg",
        "/nowhere",
        "/en/reminder/?operator=x",
        "/en/reminder/?operator=smart&ends=2026-12-20",
        "/healthz",
        "/sitemap.xml",
        "/en",
        &long_target,
    ]
    .into_iter()
    .map(|target| (target.chars().take(40).collect(), get(target, "")))
    .collect();
    requests.push((
        "POST".into(),
        b"POST /en/ HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".to_vec(),
    ));
    requests.push((
        "a body".into(),
        b"GET /en/ HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nConnection: close\r\n\r\nhi"
            .to_vec(),
    ));
    for (target, raw) in requests {
        let (status, answer) = tokio::task::spawn_blocking(move || exchange(addr, &raw))
            .await
            .unwrap();
        assert!(status >= 200, "{target}: no answer");
        let answer = answer.to_ascii_lowercase();
        for header in [
            "content-security-policy: default-src 'self'",
            "x-content-type-options: nosniff",
            "referrer-policy: strict-origin-when-cross-origin",
            "x-frame-options: deny",
            "permissions-policy: ",
            "cross-origin-opener-policy: same-origin",
        ] {
            assert!(answer.contains(header), "{target} lacks {header}");
        }
        assert!(!answer.contains("unsafe-inline"), "{target}");
        assert!(
            !answer.contains("strict-transport-security"),
            "HSTS is off unless asked for"
        );
    }
}

/// The binary: SIGTERM with a request in flight lets it finish, then exits 0 within 10 s.
#[test]
fn sigterm_finishes_the_request_in_flight_and_exits_cleanly() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut server = Command::new(env!("CARGO_BIN_EXE_keep-your-number"))
        .args(["--addr", &format!("127.0.0.1:{port}"), "--workers", "2"])
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let addr: SocketAddr = format!("127.0.0.1:{port}").parse().unwrap();
    let deadline = Instant::now() + Duration::from_secs(10);
    let mut stream = loop {
        match TcpStream::connect(addr) {
            Ok(stream) => break stream,
            Err(_) if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(20)),
            Err(e) => panic!("server did not start: {e}"),
        }
    };
    // A slow client: half of its request now, the rest after the stop signal.
    stream
        .write_all(b"GET /km/ HTTP/1.1\r\nHost: x\r\n")
        .unwrap();
    std::thread::sleep(Duration::from_millis(300));
    let stop = Instant::now();
    assert!(
        Command::new("kill")
            .args(["-TERM", &server.id().to_string()])
            .status()
            .unwrap()
            .success()
    );
    std::thread::sleep(Duration::from_millis(500));
    // New connections are no longer accepted…
    let refused = TcpStream::connect_timeout(&addr, Duration::from_secs(1)).is_err();
    // …but the request in flight is answered.
    stream.write_all(b"Connection: close\r\n\r\n").unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(5)))
        .unwrap();
    let mut answer = String::new();
    let _ = stream.read_to_string(&mut answer);
    assert!(
        answer.starts_with("HTTP/1.1 200"),
        "in-flight request: {answer:.80}"
    );
    let status = loop {
        if let Some(status) = server.try_wait().unwrap() {
            break status;
        }
        assert!(
            stop.elapsed() < Duration::from_secs(10),
            "still running 10 s after SIGTERM"
        );
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(status.success(), "exit status {status}");
    assert!(refused, "a new connection was accepted after SIGTERM");
}

#[tokio::test]
async fn over_the_in_flight_limit_requests_are_shed_with_503_and_retry_after() {
    use tower::ServiceExt;
    let options = keep_your_number::HttpOptions {
        max_in_flight: 0,
        ..Default::default()
    };
    let app = keep_your_number::app_with(common::site(), &options);
    let get = |uri: &str| {
        axum::http::Request::builder()
            .uri(uri)
            .body(axum::body::Body::empty())
            .unwrap()
    };
    // The reminder's answers are rendered per request: they are the ones limited.
    let response = app
        .clone()
        .oneshot(get("/en/reminder/?operator=smart&ends=2026-12-20"))
        .await
        .unwrap();
    assert_eq!(response.status(), 503);
    assert_eq!(response.headers()["retry-after"], "1");
    assert_eq!(response.headers()["x-content-type-options"], "nosniff");
    // Pages come from memory at once and never wait, so they are still answered.
    let response = app.oneshot(get("/en/")).await.unwrap();
    assert_eq!(response.status(), 200);
}
