//! Load limits, for real, over sockets: work done per request runs off the connection
//! workers behind one limit, past which the real server answers 503 with `Retry-After`; open
//! connections are capped; a body that never arrives, a request that takes too long and a
//! client that never reads its answers each lose their connection, so they cannot shut
//! other readers out. Timings are not measured here (bench/ does that): each wait below is
//! a guard that fails a test that would otherwise hang.

mod common;

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::{Duration, Instant};

use axum::http::StatusCode;
use axum::response::IntoResponse;
use keep_your_number::http::WorkLimit;
use keep_your_number::server::{ConnectionLimit, ServerOptions, serve};
use keep_your_number::web::respond::blocking;
async fn start(options: ServerOptions) -> SocketAddr {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(serve(
        listener,
        common::site(),
        options,
        std::future::pending(),
    ));
    addr
}

/// One GET over a new connection: the status and the lower-cased head and body.
async fn fetch(addr: SocketAddr, target: &str) -> (u16, String) {
    let request = format!("GET {target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    tokio::task::spawn_blocking(move || {
        let mut stream = TcpStream::connect(addr).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(10)))
            .unwrap();
        stream.write_all(request.as_bytes()).unwrap();
        let mut answer = String::new();
        let _ = stream.read_to_string(&mut answer);
        let status = answer
            .split(' ')
            .nth(1)
            .and_then(|s| s.parse().ok())
            .unwrap_or(0);
        (status, answer.to_ascii_lowercase())
    })
    .await
    .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn past_the_work_limit_the_real_server_answers_503_with_retry_after() {
    let limit = WorkLimit::new(2);
    let mut options = common::server_options();
    options.http.work = limit.clone();
    let addr = start(options).await;
    let answer = format!("/en/plan/?operator=smart&ends={}", common::day(30));
    let calendar = format!(
        "/km/plan/calendar.ics?operator=smart&ends={}",
        common::day(30)
    );
    assert_eq!(fetch(addr, &answer).await.0, 200, "under the limit");

    // Both places taken, as two requests in progress would take them.
    let busy = [limit.try_hold().unwrap(), limit.try_hold().unwrap()];
    assert!(limit.try_hold().is_none());
    for target in [
        answer.as_str(),
        calendar.as_str(),
        "/en/plan/?operator=smart",
        "/zh/which-operator/?number=012345678",
        "/km/report/thanks/?page=/km/",
    ] {
        let (status, text) = fetch(addr, target).await;
        assert_eq!(status, 503, "{target}");
        assert!(text.contains("\r\nretry-after: 1\r\n"), "{target}: {text}");
        assert!(text.contains("\r\ncache-control: no-store\r\n"), "{target}");
        assert!(text.contains("\r\nx-content-type-options: nosniff\r\n"));
    }
    // Told to come back later, a keep-alive client's connection is closed, not kept for an
    // instant retry.
    let target = answer.clone();
    let (closed, text) = tokio::task::spawn_blocking(move || {
        let mut stream = TcpStream::connect(addr).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(5)))
            .unwrap();
        let request = format!("GET {target} HTTP/1.1\r\nHost: x\r\n\r\n");
        stream.write_all(request.as_bytes()).unwrap();
        let mut answer = String::new();
        let closed = stream.read_to_string(&mut answer).is_ok();
        (closed, answer.to_ascii_lowercase())
    })
    .await
    .unwrap();
    assert!(text.starts_with("http/1.1 503 "), "{text}");
    assert!(text.contains("\r\nconnection: close\r\n"), "{text}");
    assert!(closed, "the server kept the connection open");
    // What was rendered at start-up needs no place: pages, the blank form, files.
    for target in ["/en/", "/km/smart/kiosk/", "/en/plan/", "/sitemap.xml", "/"] {
        let status = fetch(addr, target).await.0;
        assert!(matches!(status, 200 | 302), "{target}: {status}");
    }
    // A place frees up: answers again.
    drop(busy);
    assert_eq!(fetch(addr, &answer).await.0, 200);
    assert_eq!(fetch(addr, &calendar).await.0, 200);
}

#[tokio::test(flavor = "current_thread")]
async fn work_runs_off_the_connection_worker() {
    // One thread runs this test, as one runs each of the server's workers. The work waits
    // for a message that this thread sends only after the work has started: if the work
    // ran on this thread, the message could never be sent, and the work gives up (500).
    let (tell, told) = std::sync::mpsc::channel::<()>();
    let (started, has_started) = tokio::sync::oneshot::channel();
    let work = tokio::spawn(blocking(move || {
        started.send(()).unwrap();
        match told.recv_timeout(Duration::from_secs(10)) {
            Ok(()) => StatusCode::OK.into_response(),
            Err(_) => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
        }
    }));
    has_started.await.unwrap();
    tell.send(()).unwrap();
    assert_eq!(work.await.unwrap().status(), 200);
}

#[tokio::test(flavor = "current_thread")]
async fn work_that_panics_is_a_500() {
    let response = blocking(|| panic!("render defect")).await;
    assert_eq!(response.status(), 500);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn past_the_connection_cap_new_connections_are_closed_at_once() {
    let mut options = common::server_options();
    options.connections = ConnectionLimit::new(2);
    let addr = start(options).await;
    // Two idle keep-alive connections take both places.
    let held: Vec<TcpStream> = (0..2).map(|_| TcpStream::connect(addr).unwrap()).collect();
    // The server has accepted them once an answer comes on another connection… which is
    // refused: wait until a third connection is closed without an answer.
    let refused = tokio::task::spawn_blocking(move || {
        let deadline = Instant::now() + Duration::from_secs(5);
        loop {
            let mut third = TcpStream::connect(addr).unwrap();
            third
                .set_read_timeout(Some(Duration::from_secs(2)))
                .unwrap();
            let _ = third.write_all(b"GET /en/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
            let mut answer = Vec::new();
            let read = third.read_to_end(&mut answer);
            if read.is_ok() && answer.is_empty() || read.is_err() {
                return true;
            }
            if Instant::now() > deadline {
                return false;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    })
    .await
    .unwrap();
    assert!(refused, "a third connection was served");
    // The held connections are served.
    let mut first = &held[0];
    first
        .write_all(b"GET /en/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        .unwrap();
    let mut answer = String::new();
    first.read_to_string(&mut answer).unwrap();
    assert!(answer.starts_with("HTTP/1.1 200 "), "{answer:.40}");
    // Once it is closed, its place is free: a new connection is served.
    drop(held);
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        let (status, _) = fetch(addr, "/en/").await;
        if status == 200 {
            break;
        }
        assert!(Instant::now() < deadline, "no place freed");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// Opens a connection that sends a report's headers, promising a body, and never sends it.
fn stalled_body(addr: SocketAddr) -> TcpStream {
    let mut stream = TcpStream::connect(addr).unwrap();
    stream
        .write_all(
            b"POST /en/report/ HTTP/1.1\r\nHost: x\r\n\
              Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 100\r\n\r\n",
        )
        .unwrap();
    stream
}

/// Everything the server sends until it closes the connection, lower-cased; panics if it
/// is still open after `guard` (the test would otherwise hang).
fn until_closed(mut stream: TcpStream, guard: Duration) -> String {
    stream.set_read_timeout(Some(guard)).unwrap();
    let mut answer = Vec::new();
    stream
        .read_to_end(&mut answer)
        .expect("the server closed the connection");
    String::from_utf8_lossy(&answer).to_ascii_lowercase()
}

/// A GET on a new connection, retried while the connection cap refuses it, until `guard`.
async fn get_within(addr: SocketAddr, target: &str, guard: Duration) -> u16 {
    let deadline = Instant::now() + guard;
    loop {
        let (status, _) = fetch(addr, target).await;
        if status != 0 || Instant::now() > deadline {
            return status;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bodies_that_never_arrive_are_answered_408_and_free_their_connections() {
    let timeout = Duration::from_secs(1);
    let mut options = common::server_options();
    options.connections = ConnectionLimit::new(4);
    options.http.body_timeout = timeout;
    let addr = start(options).await;
    let stalled: Vec<TcpStream> = (0..4).map(|_| stalled_body(addr)).collect();
    // Every place is taken: each stalled body gets 408 and its connection is closed.
    let answers = tokio::task::spawn_blocking(move || {
        stalled
            .into_iter()
            .map(|stream| until_closed(stream, timeout + Duration::from_secs(1)))
            .collect::<Vec<_>>()
    })
    .await
    .unwrap();
    for answer in answers {
        assert!(answer.starts_with("http/1.1 408 "), "{answer:.200}");
        assert!(
            answer.contains("\r\nconnection: close\r\n"),
            "{answer:.400}"
        );
        // The report's own page, in English, says what happened.
        assert!(answer.contains("did not reach us in time"), "{answer}");
    }
    // And a reader is served.
    assert_eq!(get_within(addr, "/en/", Duration::from_secs(1)).await, 200);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_request_that_takes_too_long_is_answered_408() {
    let timeout = Duration::from_secs(1);
    let mut options = common::server_options();
    options.http.request_timeout = timeout;
    options.http.body_timeout = Duration::from_secs(60);
    let addr = start(options).await;
    let stream = stalled_body(addr);
    let answer =
        tokio::task::spawn_blocking(move || until_closed(stream, timeout + Duration::from_secs(1)))
            .await
            .unwrap();
    assert!(answer.starts_with("http/1.1 408 "), "{answer:.200}");
    assert!(answer.contains("\r\nconnection: close\r\n"), "{answer}");
    // The route table's limit, not the report's page: the body limit was not reached.
    assert!(!answer.contains("did not reach us in time"), "{answer}");
}

/// Opens a connection that pipelines `count` requests for the longest page and reads
/// nothing, with a small receive window so that the server's writes stall.
fn pipeline_without_reading(addr: SocketAddr, count: usize) -> TcpStream {
    let socket = socket2::Socket::new(socket2::Domain::IPV4, socket2::Type::STREAM, None).unwrap();
    socket.set_recv_buffer_size(4096).unwrap();
    socket.connect(&addr.into()).unwrap();
    let mut stream = TcpStream::from(socket);
    let request = "GET /km/ HTTP/1.1\r\nHost: x\r\n\r\n".repeat(count);
    // The server reads a bounded buffer's worth ahead; the rest waits in the socket.
    stream
        .set_write_timeout(Some(Duration::from_secs(5)))
        .unwrap();
    let _ = stream.write_all(request.as_bytes());
    stream
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn clients_that_never_read_their_answers_lose_their_connections() {
    let timeout = Duration::from_secs(1);
    let mut options = common::server_options();
    options.connections = ConnectionLimit::new(4);
    options.write_timeout = timeout;
    let addr = start(options).await;
    let greedy = tokio::task::spawn_blocking(move || {
        (0..4)
            .map(|_| pipeline_without_reading(addr, 400))
            .collect::<Vec<_>>()
    })
    .await
    .unwrap();
    // Every place is taken by a connection whose answers are not read: once its writes
    // have made no progress for the write timeout, each is closed, and a reader is served.
    assert_eq!(
        get_within(addr, "/en/", timeout + Duration::from_secs(1)).await,
        200
    );
    drop(greedy);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_connection_is_answered_a_bounded_number_of_requests() {
    let options = common::server_options();
    let last = options.requests_per_connection;
    let addr = start(options).await;
    let answers = tokio::task::spawn_blocking(move || {
        let mut stream = TcpStream::connect(addr).unwrap();
        let request = "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n".repeat(last + 50);
        stream.write_all(request.as_bytes()).unwrap();
        until_closed(stream, Duration::from_secs(10))
    })
    .await
    .unwrap();
    assert_eq!(answers.matches("http/1.1 200 ").count(), last);
    assert_eq!(answers.matches("\r\nconnection: close\r\n").count(), 1);
}
