//! Shared by the integration tests: the site built once, a clock stopped on one day, and
//! one-shot requests to the app.

#![allow(dead_code)] // each test file uses a different part of this module

use std::sync::{Arc, OnceLock};

use axum::{
    body::Body,
    http::{HeaderMap, Request, StatusCode},
};
use chrono::{Days, NaiveDate};
use http_body_util::BodyExt;
use keep_your_number::clock::Clock;
use keep_your_number::server::ServerOptions;
use keep_your_number::{App, HttpOptions, app_with, build_site, layout::SiteConfig, site::Site};
use tower::ServiceExt;

pub const ORIGIN: &str = "https://guide.example";

/// "Today" for every test: no test depends on the real date.
pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
}

/// `today()` plus `days`, as the reminder's form writes it (YYYY-MM-DD).
pub fn day(days: u64) -> String {
    (today() + Days::new(days)).format("%Y-%m-%d").to_string()
}

/// The app's options, with the clock stopped on `today()`.
pub fn http_options() -> HttpOptions {
    HttpOptions {
        clock: Clock::fixed_on(today()),
        ..HttpOptions::default()
    }
}

/// The server's options, with the clock stopped on `today()`.
pub fn server_options() -> ServerOptions {
    ServerOptions {
        http: http_options(),
        ..ServerOptions::default()
    }
}

/// The site, rendered once for the whole test binary.
pub fn site() -> Arc<Site> {
    static SITE: OnceLock<Arc<Site>> = OnceLock::new();
    SITE.get_or_init(|| Arc::new(build_site(&config()).expect("the site builds")))
        .clone()
}

pub fn config() -> SiteConfig {
    SiteConfig {
        origin: ORIGIN.to_owned(),
        report: Default::default(),
    }
}

/// The app over [`site()`], with the clock stopped on `today()`.
pub fn app() -> App {
    app_with(site(), &http_options())
}

pub struct Answer {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: String,
}

impl Answer {
    pub fn header(&self, name: &str) -> &str {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }
}

/// Sends one request through the real router, no socket involved.
pub async fn request(method: &str, uri: &str, headers: &[(&str, &str)]) -> Answer {
    request_to(app(), method, uri, headers).await
}

/// Sends one request to `app`, no socket involved.
pub async fn request_to(app: App, method: &str, uri: &str, headers: &[(&str, &str)]) -> Answer {
    let mut builder = Request::builder().method(method).uri(uri);
    for (name, value) in headers {
        builder = builder.header(*name, *value);
    }
    let response = app
        .oneshot(builder.body(Body::empty()).unwrap())
        .await
        .expect("the router never fails");
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    Answer {
        status,
        headers,
        body: String::from_utf8(bytes.to_vec()).expect("UTF-8 body"),
    }
}

/// A GET to `app` whose body is kept as bytes (compressed bodies are not UTF-8).
pub async fn raw_to(app: App, uri: &str, headers: &[(&str, &str)]) -> (u16, HeaderMap, Vec<u8>) {
    let mut builder = Request::builder().uri(uri);
    for (name, value) in headers {
        builder = builder.header(*name, *value);
    }
    let response = app
        .oneshot(builder.body(Body::empty()).unwrap())
        .await
        .expect("the router never fails");
    let (parts, body) = response.into_parts();
    let bytes = body.collect().await.unwrap().to_bytes();
    (parts.status.as_u16(), parts.headers, bytes.to_vec())
}

pub async fn get(uri: &str) -> Answer {
    request("GET", uri, &[]).await
}

/// The `href`s of the links inside the first element that starts with `opening`.
pub fn links_in(body: &str, opening: &str) -> Vec<String> {
    let start = body
        .find(opening)
        .unwrap_or_else(|| panic!("no {opening} in page"));
    let end = start + body[start..].find("</nav>").expect("closed nav");
    let href = regex::Regex::new(r#"href="([^"]*)""#).unwrap();
    href.captures_iter(&body[start..end])
        .map(|c| c[1].to_owned())
        .collect()
}

/// The text a reader sees: tags removed, entities for quotes and ampersands decoded.
pub fn visible_text(body: &str) -> String {
    let tags = regex::Regex::new(r"(?s)<[^>]*>").unwrap();
    tags.replace_all(body, " ")
        .replace("&#39;", "'")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
}

/// Collects what a log subscriber writes, for the tests that read the log.
#[derive(Clone, Default)]
pub struct LogBuffer(pub Arc<std::sync::Mutex<Vec<u8>>>);

impl std::io::Write for LogBuffer {
    fn write(&mut self, data: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(data);
        Ok(data.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// A folder of the test's own under the system's temporary folder (unique per process and
/// call), deleted with what is in it when dropped, also when the test fails.
pub struct TempDir(std::path::PathBuf);

impl TempDir {
    pub fn new(name: &str) -> TempDir {
        static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("kyn-{name}-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
        TempDir(dir)
    }

    pub fn path(&self) -> &std::path::Path {
        &self.0
    }

    /// A reports database of its own, inside this folder (not created yet).
    pub fn database(&self) -> String {
        self.0.join("reports.sqlite3").to_str().unwrap().to_owned()
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Every environment variable the binary reads its configuration from (src/config.rs).
pub const CONFIG_VARIABLES: &[&str] = &[
    "ADDR",
    "PORT",
    "PUBLIC_URL",
    "HSTS",
    "WORKERS",
    "MAX_CONNECTIONS",
    "DATABASE_URL",
    "REPORT_LIMIT",
    "TRUSTED_PROXY",
    "BODY_TIMEOUT",
    "REQUEST_TIMEOUT",
];

/// The server binary, with none of the configuration variables of the environment the tests
/// run in (a developer's `DATABASE_URL` must not decide where a test writes) and
/// `RUST_LOG=warn`. A test that means to test a variable sets it again.
pub fn binary() -> std::process::Command {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_keep-your-number"));
    for name in CONFIG_VARIABLES {
        command.env_remove(name);
    }
    command.env("RUST_LOG", "warn");
    command
}

/// The dark modules of a QR code SVG (`M{x} {y}h{w}v{h}…` squares), decoded.
pub fn decode_qr_svg(svg: &str) -> String {
    let size: usize = regex::Regex::new(r#"viewBox="0 0 (\d+) \d+""#)
        .unwrap()
        .captures(svg)
        .unwrap()[1]
        .parse()
        .unwrap();
    let mut dark = vec![false; size * size];
    let square = regex::Regex::new(r"M(\d+) (\d+)h(\d+)v(\d+)").unwrap();
    for c in square.captures_iter(svg) {
        let [x, y, w, h] = [1, 2, 3, 4].map(|i| c[i].parse::<usize>().unwrap());
        for row in y..y + h {
            dark[row * size + x..row * size + x + w].fill(true);
        }
    }
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(size, size, |x, y| {
        if dark[y * size + x] { 0 } else { 255 }
    });
    let grids = image.detect_grids();
    assert_eq!(grids.len(), 1, "one QR code");
    grids[0].decode().expect("a readable QR code").1
}
