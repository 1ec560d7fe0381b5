//! Hostile requests over a real socket, and a graceful stop with a request in flight.
//!
//! The corpus is sent raw, byte for byte, to the real connection loop (hyper plus the app),
//! so requests that the `http` crate would refuse to even build are covered too.

mod common;

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use keep_your_number::server::serve;

async fn start() -> SocketAddr {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(serve(
        listener,
        common::site(),
        common::server_options(),
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

/// One hostile request and the exact status it must get.
struct Case {
    what: String,
    raw: Vec<u8>,
    status: u16,
    /// Must not come back unescaped.
    payload: Option<&'static str>,
}

fn case(what: impl Into<String>, raw: Vec<u8>, status: u16) -> Case {
    let what = what.into();
    let payload = String::from_utf8_lossy(&raw)
        .contains("script")
        .then_some("<script>alert(1)");
    Case {
        what,
        raw,
        status,
        payload,
    }
}

/// Over 100 hostile requests. Statuses: 404 for any path that names no page (the path is
/// never resolved against a file system); 400 from hyper for a request it cannot parse or
/// a raw character a request target may not hold; 414 over 2 KiB of target; 431 over
/// 16 KiB or 100 headers; 413 for a GET with a body; 405 for other methods.
fn corpus() -> Vec<Case> {
    let routes = [
        "/",
        "/en/",
        "/km/smart/",
        "/zh/kiosk/",
        "/en/cellcard/online/",
        "/en/plan/",
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
            let target = format!("{route}{traversal}");
            cases.push(case(format!("traversal {target}"), get(&target, ""), 404));
        }
    }
    let long_path = format!("/en/{}/", "a".repeat(10_000));
    let long_query = format!("/en/plan/?operator={}", "x".repeat(5_000));
    let many_slashes = "/".repeat(3000);
    let raw_targets: [(&str, &str, u16); 22] = [
        ("invalid UTF-8", "/en/%ff%fe%fd/", 404),
        ("overlong UTF-8", "/en/%c3%28/", 404),
        ("lone surrogate", "/en/%ed%a0%80/", 404),
        ("encoded CRLF in path", "/en/%0d%0aSet-Cookie:%20x=1/", 404),
        // The operator is then not one the form knows: the form's 400.
        (
            "encoded CRLF in query",
            "/en/plan/?operator=smart%0d%0aSet-Cookie:%20x=1&ends=2027-01-01",
            400,
        ),
        ("null byte", "/en/%00/", 404),
        ("double slash host", "//evil.example/", 404),
        ("double slash page", "//evil.example/en", 404),
        ("backslash host", "/\\evil.example/", 404),
        ("encoded slash", "/en%2fsmart%2f", 404),
        // The path is /en/ whatever host the target names.
        ("absolute form", "http://evil.example/en/", 200),
        ("script in path", "/en/<script>alert(1)</script>/", 400),
        (
            "encoded script in path",
            "/en/%3Cscript%3Ealert(1)%3C/script%3E/",
            404,
        ),
        ("script in query", "/en/?q=<script>alert(1)</script>", 400),
        (
            "script in form field",
            "/en/plan/?operator=%3Cscript%3Ealert(1)%3C/script%3E&ends=2027-01-01",
            400,
        ),
        (
            "script in date field",
            "/en/plan/?operator=smart&ends=%22%3E%3Cscript%3Ealert(1)%3C/script%3E",
            400,
        ),
        // A parameter the form does not use is ignored: the blank form.
        (
            "script as field name",
            "/en/plan/?%3Cscript%3Ealert(1)%3C/script%3E=1",
            200,
        ),
        (
            "calendar with script",
            "/km/plan/calendar.ics?operator=smart&ends=<script>alert(1)</script>",
            400,
        ),
        // Not resolved: no page has this path.
        ("dot segments", "/en/./smart/../kiosk/", 404),
        ("very long path", &long_path, 414),
        ("very long query", &long_query, 414),
        ("many slashes", &many_slashes, 414),
    ];
    for (what, target, status) in raw_targets {
        cases.push(case(what, get(target, ""), status));
    }
    let headers = [
        (
            "huge Accept-Language",
            format!("Accept-Language: {}\r\n", "zh-CN;q=0.9,".repeat(1000)),
            None,
        ),
        (
            "malformed Accept-Language",
            "Accept-Language: ;;;q=,,=;q=2,*;q=-1,en-US-x-Ω\r\n".to_owned(),
            None,
        ),
        (
            "script in Accept-Language",
            "Accept-Language: <script>alert(1)</script>\r\n".to_owned(),
            None,
        ),
        (
            "huge header",
            format!("X-Fill: {}\r\n", "a".repeat(64 * 1024)),
            Some(431),
        ),
        (
            "many headers",
            (0..200).map(|i| format!("X-{i}: 1\r\n")).collect(),
            Some(431),
        ),
        (
            "malformed Accept-Encoding",
            "Accept-Encoding: br;q=NaN, gzip;q=-5, *;q=\r\n".to_owned(),
            None,
        ),
        (
            "If-None-Match junk",
            format!("If-None-Match: {}\r\n", "\"x\",".repeat(500)),
            None,
        ),
        (
            "evil Host",
            "X-Forwarded-Host: evil.example\r\n".to_owned(),
            None,
        ),
    ];
    for (what, header, refused) in headers {
        // Harmless headers change nothing: `/` redirects, `/nowhere` is a 404.
        cases.push(case(what, get("/", &header), refused.unwrap_or(302)));
        cases.push(case(
            format!("{what} on a 404"),
            get("/nowhere", &header),
            refused.unwrap_or(404),
        ));
    }
    let raw: [(&str, &[u8], u16); 9] = [
        ("raw CRLF in path", b"GET /en/\r\nSet-Cookie: x=1 HTTP/1.1\r\nHost: x\r\n\r\n", 400),
        // hyper reads a bare LF as a line end: the request is fine.
        ("bare LF", b"GET /en/ HTTP/1.1\nHost: x\nConnection: close\n\n", 200),
        ("no version", b"GET /en/\r\n\r\n", 400),
        ("binary garbage", &[0x16, 0x03, 0x01, 0x00, 0xff, 0x00, 0x00, 0x0d, 0x0a, 0x0d, 0x0a], 400),
        ("header without colon", b"GET /en/ HTTP/1.1\r\nHost x\r\n\r\n", 400),
        ("invalid UTF-8 in header", b"GET /en/ HTTP/1.1\r\nHost: x\r\nAccept-Language: \xff\xfe\r\nConnection: close\r\n\r\n", 200),
        ("body on GET", b"GET /en/ HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello", 413),
        ("chunked GET", b"GET /en/ HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n0\r\n\r\n", 413),
        // hyper lets Transfer-Encoding win over Content-Length: a GET with a body, refused.
        ("request smuggling", b"GET /en/ HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", 413),
    ];
    for (what, bytes, status) in raw {
        cases.push(case(what, bytes.to_vec(), status));
    }
    // Methods are case-sensitive: `get` is not GET.
    for method in [
        "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "CONNECT", "PROPFIND", "FOO", "get",
    ] {
        let request = format!(
            "{method} /en/ HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
        );
        cases.push(case(format!("method {method}"), request.into_bytes(), 405));
    }
    cases
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hostile_requests_get_exactly_their_status_and_never_their_payload_back() {
    let addr = start().await;
    let corpus = corpus();
    assert!(corpus.len() >= 100, "{} cases", corpus.len());
    let results = tokio::task::spawn_blocking(move || {
        corpus
            .into_iter()
            .map(|case| {
                let (status, answer) = exchange(addr, &case.raw);
                (case, status, answer)
            })
            .collect::<Vec<_>>()
    })
    .await
    .unwrap();
    let mut problems = Vec::new();
    for (case, status, answer) in &results {
        if *status != case.status {
            problems.push(format!("{}: {status}, expected {}", case.what, case.status));
        }
        if let Some(payload) = case.payload
            && answer.contains(payload)
        {
            problems.push(format!("{}: the payload came back unescaped", case.what));
        }
        // The only redirects: `/` to a language, on this host.
        if (300..400).contains(status) {
            let location = answer
                .lines()
                .find_map(|l| l.strip_prefix("location: "))
                .unwrap_or("");
            if !["/zh/", "/en/", "/km/"].contains(&location) {
                problems.push(format!("{}: redirects to {location:?}", case.what));
            }
        }
        // 405s say what is allowed.
        if *status == 405 && !answer.contains("allow: GET, HEAD") {
            problems.push(format!("{}: 405 without Allow", case.what));
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
    let reminder = format!("/en/plan/?operator=smart&ends={}", common::day(25));
    let mut requests: Vec<(String, Vec<u8>, u16)> = [
        ("/", 302),
        ("/en/", 200),
        ("/static/qr.0.svg", 404),
        ("/nowhere", 404),
        ("/en/plan/?operator=x", 400),
        (reminder.as_str(), 200),
        ("/healthz", 200),
        ("/sitemap.xml", 200),
        ("/en", 308),
        (long_target.as_str(), 414),
    ]
    .into_iter()
    .map(|(target, status)| (target.chars().take(40).collect(), get(target, ""), status))
    .collect();
    requests.push((
        "POST".into(),
        b"POST /en/ HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".to_vec(),
        405,
    ));
    requests.push((
        "POST to the reminder".into(),
        b"POST /en/plan/ HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
            .to_vec(),
        405,
    ));
    requests.push((
        "a body".into(),
        b"GET /en/ HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nConnection: close\r\n\r\nhi"
            .to_vec(),
        413,
    ));
    for (target, raw, expected) in requests {
        let (status, answer) = tokio::task::spawn_blocking(move || exchange(addr, &raw))
            .await
            .unwrap();
        assert_eq!(status, expected, "{target}");
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

/// The binary: SIGTERM with a request in flight lets it finish, then exits 0 (a test still
/// waiting after 10 s fails as hung). It listens where `--addr` says although `PORT` is set,
/// and keeps reports in the database it is given.
#[test]
fn sigterm_finishes_the_request_in_flight_and_exits_cleanly() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let data = common::TempDir::new("sigterm");
    let mut server = common::binary()
        .args(["--addr", &format!("127.0.0.1:{port}"), "--workers", "2"])
        .args(["--database", &data.database()])
        // The flag wins over the platform's variable.
        .env("PORT", "1")
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
    // New connections are soon no longer accepted (the 10 s only stops a hung test)…
    let refused = (0..500).any(|_| {
        let refused = TcpStream::connect_timeout(&addr, Duration::from_secs(1)).is_err();
        if !refused {
            std::thread::sleep(Duration::from_millis(20));
        }
        refused
    });
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
            "hung: still running 10 s after SIGTERM"
        );
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(status.success(), "exit status {status}");
    assert!(refused, "a new connection was accepted after SIGTERM");
    assert!(
        std::path::Path::new(&data.database()).exists(),
        "the server used the test's own database"
    );
}
