//! Load limits, for real: renders run off the connection workers behind one limit, past
//! which the real server answers 503 with `Retry-After`; a render that runs too long is
//! answered 503 too; open connections are capped.

mod common;

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::{Duration, Instant};

use axum::http::StatusCode;
use axum::response::IntoResponse;
use keep_your_number::http::RenderLimit;
use keep_your_number::server::{ConnectionLimit, ServerOptions, serve};

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
async fn past_the_render_limit_the_real_server_answers_503_with_retry_after() {
    let limit = RenderLimit::new(2, Duration::from_secs(10));
    let mut options = common::server_options();
    options.http.renders = limit.clone();
    let addr = start(options).await;
    let answer = format!("/en/reminder/?operator=smart&ends={}", common::day(30));
    let calendar = format!(
        "/km/reminder/calendar.ics?operator=smart&ends={}",
        common::day(30)
    );
    assert_eq!(fetch(addr, &answer).await.0, 200, "under the limit");

    // Both places taken, as two long renders would take them.
    let busy = [limit.try_hold().unwrap(), limit.try_hold().unwrap()];
    assert!(limit.try_hold().is_none());
    for target in [&answer, &calendar, "/en/reminder/?operator=smart"] {
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
    for target in ["/en/", "/km/smart/kiosk/", "/en/reminder/", "/sitemap.xml"] {
        assert_eq!(fetch(addr, target).await.0, 200, "{target}");
    }
    // A place frees up: answers again.
    drop(busy);
    assert_eq!(fetch(addr, &answer).await.0, 200);
    assert_eq!(fetch(addr, &calendar).await.0, 200);
}

#[tokio::test(flavor = "current_thread")]
async fn renders_run_off_the_connection_worker() {
    // One thread runs this test, as one runs each of the server's workers: if the render
    // ran on it, the timer below could not fire until the render was done.
    let limit = RenderLimit::new(1, Duration::from_secs(10));
    let render = limit.render_blocking(|| {
        std::thread::sleep(Duration::from_millis(600));
        StatusCode::OK.into_response()
    });
    let start = Instant::now();
    let mut render = Box::pin(render);
    tokio::select! {
        _ = &mut render => panic!("the render cannot be done yet"),
        () = tokio::time::sleep(Duration::from_millis(50)) => {}
    }
    assert!(
        start.elapsed() < Duration::from_millis(400),
        "the worker was blocked for {:?}",
        start.elapsed()
    );
    assert_eq!(render.await.status(), 200);
}

#[tokio::test(flavor = "current_thread")]
async fn a_render_that_runs_too_long_is_answered_503_and_keeps_its_place_until_done() {
    let limit = RenderLimit::new(1, Duration::from_millis(100));
    let (done, finished) = std::sync::mpsc::channel();
    let start = Instant::now();
    let response = limit
        .render_blocking(move || {
            std::thread::sleep(Duration::from_millis(700));
            done.send(()).unwrap();
            StatusCode::OK.into_response()
        })
        .await;
    assert_eq!(response.status(), 503);
    assert_eq!(response.headers()["retry-after"], "1");
    assert!(start.elapsed() < Duration::from_millis(600));
    // The thread still runs it: its place is still taken.
    let meanwhile = limit
        .render_blocking(|| StatusCode::OK.into_response())
        .await;
    assert_eq!(meanwhile.status(), 503);
    finished.recv().unwrap();
    // Freed just after the render returns.
    let deadline = Instant::now() + Duration::from_secs(2);
    while limit.try_hold().is_none() {
        assert!(Instant::now() < deadline, "the place was never freed");
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    let after = limit
        .render_blocking(|| StatusCode::OK.into_response())
        .await;
    assert_eq!(after.status(), 200);
}

#[tokio::test(flavor = "current_thread")]
async fn a_render_that_panics_is_a_500() {
    let limit = RenderLimit::new(1, Duration::from_secs(5));
    let response = limit.render_blocking(|| panic!("render defect")).await;
    assert_eq!(response.status(), 500);
    assert!(limit.try_hold().is_some(), "its place is free again");
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
