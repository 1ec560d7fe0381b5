//! How pages are sent: content codings, ETags and 304s, caching, HEAD, and the export.
//!
//! Every test here uses one site whose compressed forms are all made before its first
//! request ([`site`]), so no test sees a page's coding (and ETag) change under it.

mod common;

use std::io::Read as _;
use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

use axum::body::Body;
use axum::http::Request;
use common::{Answer, request_to};
use http_body_util::BodyExt;
use keep_your_number::lang::Lang;
use keep_your_number::site::Site;
use keep_your_number::site::export::{export, file_for, not_found_file};
use keep_your_number::web::asset::Encoding;
use keep_your_number::{App, app_with, build_site};
use tower::ServiceExt;

/// A site of its own for this file, with brotli and gzip made for everything.
fn site() -> Arc<Site> {
    static SITE: OnceLock<Arc<Site>> = OnceLock::new();
    SITE.get_or_init(|| {
        let site = build_site(&common::config()).expect("the site builds");
        site.warm_up();
        Arc::new(site)
    })
    .clone()
}

fn app() -> App {
    app_with(site(), &common::http_options())
}

async fn request(method: &str, uri: &str, headers: &[(&str, &str)]) -> Answer {
    request_to(app(), method, uri, headers).await
}

async fn get(uri: &str) -> Answer {
    request("GET", uri, &[]).await
}

/// Like `request`, but keeps the body as bytes (compressed bodies are not UTF-8).
async fn raw(uri: &str, headers: &[(&str, &str)]) -> (u16, axum::http::HeaderMap, Vec<u8>) {
    let mut builder = Request::builder().uri(uri);
    for (name, value) in headers {
        builder = builder.header(*name, *value);
    }
    let response = app()
        .oneshot(builder.body(Body::empty()).unwrap())
        .await
        .unwrap();
    let (parts, body) = response.into_parts();
    (
        parts.status.as_u16(),
        parts.headers,
        body.collect().await.unwrap().to_bytes().to_vec(),
    )
}

fn gunzip(data: &[u8]) -> String {
    let mut out = String::new();
    flate2::read::GzDecoder::new(data)
        .read_to_string(&mut out)
        .unwrap();
    out
}

fn gzip(data: &[u8]) -> Vec<u8> {
    use std::io::Write as _;
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(data).unwrap();
    encoder.finish().unwrap()
}

fn unbrotli(data: &[u8]) -> String {
    let mut out = Vec::new();
    brotli::BrotliDecompress(&mut &data[..], &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

#[tokio::test]
async fn pages_are_sent_in_the_coding_the_client_accepts() {
    let plain = get("/km/smart/kiosk/").await.body;
    let (_, headers, gz) = raw("/km/smart/kiosk/", &[("accept-encoding", "gzip")]).await;
    assert_eq!(headers["content-encoding"], "gzip");
    assert_eq!(gunzip(&gz), plain);
    let (_, headers, br) = raw(
        "/km/smart/kiosk/",
        &[("accept-encoding", "gzip, deflate, br")],
    )
    .await;
    assert_eq!(headers["content-encoding"], "br");
    assert_eq!(unbrotli(&br), plain);
    let (_, headers, _) = raw("/km/smart/kiosk/", &[("accept-encoding", "identity")]).await;
    assert!(headers.get("content-encoding").is_none());
    for (_, headers, _) in [
        raw("/km/smart/kiosk/", &[]).await,
        raw(site().stylesheet_path(), &[("accept-encoding", "br")]).await,
        raw("/km/nowhere/", &[("accept-encoding", "gzip")]).await,
    ] {
        assert_eq!(headers["vary"], "Accept-Encoding");
    }
}

#[tokio::test]
async fn brotli_falls_back_to_gzip_until_it_is_made() {
    let fresh = Arc::new(build_site(&common::config()).unwrap());
    let request = Request::builder()
        .uri("/en/")
        .header("accept-encoding", "br, gzip");
    let response = app_with(fresh.clone(), &common::http_options())
        .oneshot(request.body(Body::empty()).unwrap())
        .await
        .unwrap();
    assert_eq!(response.headers()["content-encoding"], "gzip");
    fresh.warm_up();
    let request = Request::builder()
        .uri("/en/")
        .header("accept-encoding", "br, gzip");
    let response = app_with(fresh, &common::http_options())
        .oneshot(request.body(Body::empty()).unwrap())
        .await
        .unwrap();
    assert_eq!(response.headers()["content-encoding"], "br");
}

#[tokio::test]
async fn a_matching_etag_answers_304_without_a_body() {
    for (path, accept) in [("/zh/online/", "gzip"), ("/en/", ""), ("/km/seatel/", "br")] {
        let (status, headers, _) = raw(path, &[("accept-encoding", accept)]).await;
        assert_eq!(status, 200);
        let etag = headers["etag"].to_str().unwrap().to_owned();
        assert!(
            etag.starts_with('"') && etag.ends_with('"'),
            "strong ETag: {etag}"
        );
        let (status, headers, body) = raw(
            path,
            &[("accept-encoding", accept), ("if-none-match", &etag)],
        )
        .await;
        assert_eq!(status, 304, "{path}");
        assert!(body.is_empty());
        assert_eq!(headers["etag"].to_str().unwrap(), etag);
        let (status, _, _) = raw(
            path,
            &[("accept-encoding", accept), ("if-none-match", "\"stale\"")],
        )
        .await;
        assert_eq!(status, 200);
    }
    // Each coding is its own representation, with its own tag.
    let (_, plain, _) = raw("/en/", &[]).await;
    let (_, gz, _) = raw("/en/", &[("accept-encoding", "gzip")]).await;
    assert_ne!(plain["etag"], gz["etag"]);
}

#[tokio::test]
async fn caching_is_short_for_pages_and_a_year_for_fingerprinted_files() {
    for path in ["/en/store/", "/km/nowhere/", "/sitemap.xml"] {
        let page = get(path).await;
        assert_eq!(
            page.header("cache-control"),
            "public, max-age=300, stale-while-revalidate=86400",
            "{path}"
        );
        assert_eq!(page.header("vary"), "Accept-Encoding", "{path}");
    }
    let css = get(site().stylesheet_path()).await;
    assert_eq!(
        css.header("cache-control"),
        "public, max-age=31536000, immutable"
    );
}

#[tokio::test]
async fn answers_chosen_by_accept_language_are_kept_by_the_browser_only() {
    // Many CDNs ignore `Vary: Accept-Language`: a shared cache must not keep these.
    let root = request("GET", "/", &[("accept-language", "km")]).await;
    assert_eq!(root.header("location"), "/km/");
    for (path, status) in [("/", 302), ("/nowhere", 404), ("/static/missing.css", 404)] {
        let answer = request("GET", path, &[("accept-language", "km")]).await;
        assert_eq!(answer.status, status, "{path}");
        assert_eq!(
            answer.header("cache-control"),
            "private, no-cache",
            "{path}"
        );
        assert_eq!(
            answer.header("vary"),
            "Accept-Encoding, Accept-Language",
            "{path}"
        );
    }
    let not_found = request("GET", "/nowhere", &[("accept-language", "km")]).await;
    assert_eq!(not_found.header("content-language"), "km");
}

#[tokio::test]
async fn a_head_that_matches_the_etag_gets_a_304_without_content_length() {
    let (_, headers, _) = raw("/en/", &[("accept-encoding", "gzip")]).await;
    let etag = headers["etag"].to_str().unwrap().to_owned();
    let head = request(
        "HEAD",
        "/en/",
        &[("accept-encoding", "gzip"), ("if-none-match", &etag)],
    )
    .await;
    assert_eq!(head.status, 304);
    assert_eq!(head.headers.get("content-length"), None);
    assert_eq!(head.header("etag"), etag);
}

/// What hyper writes for a 304, GET and HEAD, on a real socket: no `Content-Length: 0`.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn over_the_wire_a_304_carries_no_content_length() {
    use std::io::{Read, Write};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(keep_your_number::server::serve(
        listener,
        site(),
        common::server_options(),
        std::future::pending(),
    ));
    let (_, headers, body) = raw("/en/", &[]).await;
    let etag = headers["etag"].to_str().unwrap().to_owned();
    for method in ["GET", "HEAD"] {
        let request = format!(
            "{method} /en/ HTTP/1.1\r\nHost: x\r\nIf-None-Match: {etag}\r\nConnection: close\r\n\r\n"
        );
        let answer = tokio::task::spawn_blocking(move || {
            let mut stream = std::net::TcpStream::connect(addr).unwrap();
            stream.write_all(request.as_bytes()).unwrap();
            let mut answer = String::new();
            stream.read_to_string(&mut answer).unwrap();
            answer.to_ascii_lowercase()
        })
        .await
        .unwrap();
        assert!(answer.starts_with("http/1.1 304 "), "{method}: {answer}");
        assert!(!answer.contains("content-length"), "{method}: {answer}");
    }
    // A HEAD without the tag gets the GET's length.
    let request = "HEAD /en/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
    let answer = tokio::task::spawn_blocking(move || {
        let mut stream = std::net::TcpStream::connect(addr).unwrap();
        stream.write_all(request.as_bytes()).unwrap();
        let mut answer = String::new();
        stream.read_to_string(&mut answer).unwrap();
        answer.to_ascii_lowercase()
    })
    .await
    .unwrap();
    assert!(
        answer.contains(&format!("content-length: {}\r\n", body.len())),
        "{answer}"
    );
}

#[tokio::test]
async fn head_answers_like_get_without_the_body() {
    let get_answer = raw("/zh/cellcard/shop/", &[("accept-encoding", "gzip")]).await;
    let head = request("HEAD", "/zh/cellcard/shop/", &[("accept-encoding", "gzip")]).await;
    assert_eq!(head.status, 200);
    assert!(head.body.is_empty());
    for name in [
        "content-type",
        "content-encoding",
        "etag",
        "content-language",
        "cache-control",
    ] {
        assert_eq!(head.headers[name], get_answer.1[name], "{name}");
    }
}

#[tokio::test]
async fn the_export_holds_exactly_the_bytes_the_server_sends() {
    let site = site();
    let temp = common::TempDir::new("export-test");
    let dir: PathBuf = temp.path().join("public");
    let written = export(&site, &dir).unwrap();
    // Every path once, and most with .gz and .br beside them (checked one by one below).
    assert!(written > site.paths().len() * 2, "{written} files written");
    let read = |file: PathBuf| {
        std::fs::read(dir.join(&file)).unwrap_or_else(|e| panic!("{}: {e}", file.display()))
    };
    let mut checked = 0;
    for path in site.paths() {
        for (accept, suffix) in [("identity", ""), ("gzip", ".gz"), ("br", ".br")] {
            let (status, headers, body) = raw(path, &[("accept-encoding", accept)]).await;
            assert_eq!(status, 200);
            let mut file = file_for(path).into_os_string();
            file.push(suffix);
            if !suffix.is_empty() && headers.get("content-encoding").is_none() {
                // An image compressed already (PNG) is sent as it is and exported once.
                assert_eq!(headers["content-type"], "image/png", "{path} ({accept})");
                assert!(
                    body == read(file_for(path)),
                    "{path} differs from the export"
                );
                assert!(!dir.join(&file).exists(), "{path}: no {suffix} of a PNG");
                checked += 1;
                continue;
            }
            assert!(
                body == read(PathBuf::from(file)),
                "{path} ({accept}) differs from the export"
            );
            checked += 1;
        }
    }
    for lang in Lang::ALL {
        let (status, _, body) = raw(&format!("/{}/nowhere/", lang.code()), &[]).await;
        assert_eq!(status, 404);
        assert_eq!(body, read(not_found_file(lang)));
    }
    let (status, _, body) = raw("/", &[("accept-encoding", "gzip")]).await;
    assert_eq!(status, 302);
    assert_eq!(body, read(PathBuf::from("index.html.gz")));
    assert_eq!(
        raw("/nowhere", &[]).await.2,
        read(PathBuf::from("404.html"))
    );
    assert!(checked >= 3 * 91);
}

/// Offline and installing (issue 14): the worker at the root, revalidated on every update
/// check; each language's manifest linked from its pages; the export holds them all.
#[tokio::test]
async fn the_service_worker_and_manifests_are_served_and_exported() {
    let worker = get("/sw.js").await;
    assert_eq!(worker.status, 200);
    assert_eq!(
        worker.header("content-type"),
        "text/javascript; charset=utf-8"
    );
    assert_eq!(worker.header("cache-control"), "no-cache");
    assert!(worker.body.contains(&format!("\"{}\"", site().version())));
    let csp = worker.header("content-security-policy").to_owned();
    assert!(csp.contains("worker-src 'self'") && csp.contains("manifest-src 'self'"));
    for lang in Lang::ALL {
        let code = lang.code();
        let manifest = get(&format!("/{code}/manifest.webmanifest")).await;
        assert_eq!(manifest.status, 200);
        assert_eq!(manifest.header("content-type"), "application/manifest+json");
        let offline = get(&format!("/{code}/offline/")).await;
        assert_eq!(offline.status, 200);
        assert_eq!(offline.header("content-language"), lang.tag());
        assert!(
            offline
                .body
                .contains("<meta name=\"robots\" content=\"noindex\">")
        );
        let link = format!("<link rel=\"manifest\" href=\"/{code}/manifest.webmanifest\">");
        for path in site().html_paths() {
            if path.starts_with(&format!("/{code}/")) {
                assert!(get(path).await.body.contains(&link), "{path}");
            }
        }
        assert!(get(&format!("/{code}/nowhere/")).await.body.contains(&link));
    }

    let temp = common::TempDir::new("export-sw");
    let dir: PathBuf = temp.path().join("public");
    export(&site(), &dir).unwrap();
    assert_eq!(
        std::fs::read_to_string(dir.join("sw.js")).unwrap(),
        worker.body
    );
    for lang in Lang::ALL {
        for path in site().saved_paths(lang) {
            assert!(dir.join(file_for(&path)).is_file(), "{path} exported");
        }
    }
}

#[test]
fn pages_load_nothing_from_other_hosts_and_need_no_script() {
    let site = site();
    let css = String::from_utf8(
        site.file(site.stylesheet_path())
            .unwrap()
            .body_exact(Encoding::Identity)
            .to_vec(),
    )
    .unwrap();
    assert!(
        !css.contains("@import") && !css.contains("url("),
        "the stylesheet loads nothing"
    );
    // Without scripting, the share button (which needs the script) is not shown.
    assert!(
        css.contains("@media (scripting: none) { .share-action { display: none; } }"),
        "the share button hides without scripting"
    );
    let loads =
        regex::Regex::new(r#"<(script|img|iframe|link|source|video|audio|embed|object)\b[^>]*>"#)
            .unwrap();
    for path in site.html_paths() {
        let body = String::from_utf8(
            site.file(path)
                .unwrap()
                .body_exact(Encoding::Identity)
                .to_vec(),
        )
        .unwrap();
        for tag in loads.find_iter(&body) {
            let tag = tag.as_str();
            assert!(!tag.starts_with("<iframe"), "{path}: {tag}");
            let local = tag.contains("href=\"/") || tag.contains("src=\"/static/");
            let reference = tag.contains("rel=\"alternate\"") || tag.contains("rel=\"canonical\"");
            assert!(local || reference, "{path} loads {tag}");
        }
        // The one script is external and only adds a share button and registers the service
        // worker: no inline script.
        assert_eq!(body.matches("<script").count(), 1, "{path}");
        assert!(
            body.contains("></script>") && !body.contains("<script>"),
            "{path}"
        );
        // The offline pages have no share part.
        assert!(
            body.contains("class=\"share-action\"") || path.ends_with("/offline/"),
            "{path}: the share button"
        );
    }
}

#[tokio::test]
async fn every_request_logs_one_line_with_method_path_status_and_latency() {
    let buffer = common::LogBuffer::default();
    let writer = buffer.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_writer(move || writer.clone())
        .with_ansi(false)
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);

    for (method, uri) in [
        ("GET", "/km/smart/kiosk/"),
        ("HEAD", "/en/"),
        ("GET", "/en/plan/?operator=smart&ends=2026-12-20&fbclid=x"),
        ("GET", "/zh/nowhere/"),
        ("POST", "/en/"),
    ] {
        request(method, uri, &[]).await;
    }

    let log = String::from_utf8(buffer.0.lock().unwrap().clone()).unwrap();
    let lines: Vec<&str> = log.lines().collect();
    assert_eq!(lines.len(), 5, "{log}");
    for (line, (request, status)) in lines.iter().zip([
        ("method=GET path=\"/km/smart/kiosk/\"", "status=200"),
        ("method=HEAD path=\"/en/\"", "status=200"),
        ("method=GET path=\"/en/plan/\"", "status=200"),
        ("method=GET path=\"/zh/nowhere/\"", "status=404"),
        ("method=POST path=\"/en/\"", "status=405"),
    ]) {
        assert!(line.contains(request), "{line:?} lacks {request:?}");
        assert!(
            line.contains(&format!(" {status} ")),
            "{line:?} lacks {status:?}"
        );
        assert!(line.contains(" latency_us="), "{line:?} has no latency");
    }
    // What a reader typed into the reminder form stays out of the log.
    assert!(!log.contains("2026-12-20"), "{log}");
}

/// The budget for every page: its HTML and the stylesheet, gzip-compressed as the server
/// sends them, at most 14 KB (bench/run.sh prints the largest page's figure for
/// BENCHMARKS.md). Every page: the guide's and the offline pages, each language's 404 page,
/// the language chooser of the export, and the pages rendered per request (the reminder's
/// answers, the number lookup's answers and refilled form, the report's thanks page).
#[tokio::test]
async fn every_page_with_its_stylesheet_is_at_most_14_kb_compressed() {
    let accept_gzip = [("accept-encoding", "gzip")];
    let stylesheet = regex::Regex::new(r#"<link rel="stylesheet" href="([^"]+)">"#).unwrap();
    let first = get("/en/").await.body;
    let css_path = stylesheet.captures(&first).unwrap()[1].to_owned();
    let (_, headers, css) = raw(&css_path, &accept_gzip).await;
    assert_eq!(headers["content-encoding"], "gzip");

    let mut pages: Vec<(String, u16)> = site()
        .html_paths()
        .into_iter()
        .map(|p| (p.to_owned(), 200))
        .collect();
    let guide_pages = pages.len();
    pages.push(("/nowhere/".into(), 404));
    for lang in Lang::ALL {
        let code = lang.code();
        pages.push((format!("/{code}/nowhere/"), 404));
        for operator in ["smart", "metfone", "cellcard", "cootel", "seatel"] {
            let ends = common::day(30);
            pages.push((
                format!("/{code}/plan/?operator={operator}&ends={ends}"),
                200,
            ));
        }
        pages.push((format!("/{code}/plan/?operator=smart&ends=2027-02-30"), 400));
        // The plan's longest answers: Smart's two options over a long absence, from both
        // places, at a stage after the end; and the slip with its QR code.
        pages.push((
            format!(
                "/{code}/plan/?operator=smart&ends={}&away_until={}",
                common::day(3),
                common::day(3 * 365)
            ),
            200,
        ));
        pages.push((
            format!("/{code}/plan/?operator=metfone&ends=2026-07-01&away_until=2027-07-01"),
            200,
        ));
        for helper in ["zh", "en", "km"] {
            pages.push((
                format!(
                    "/{code}/plan/slip/?operator=smart&number=0961234567&amount=2.50&for={helper}"
                ),
                200,
            ));
        }
        pages.push((format!("/{code}/plan/slip/?operator=smart"), 200));
        pages.push((format!("/{code}/plan/slip/?operator=smart&amount=2"), 400));
        pages.push((format!("/{code}/which-operator/?number=096+777+1234"), 200));
        pages.push((format!("/{code}/which-operator/?number=099+777+1234"), 200));
        pages.push((format!("/{code}/which-operator/?number=12"), 400));
        pages.push((format!("/{code}/report/thanks/?page=/{code}/"), 200));
    }

    let mut largest = (0, String::new());
    for (path, expected) in &pages {
        let (status, headers, html) = raw(path, &accept_gzip).await;
        assert_eq!(status, *expected, "{path}");
        assert!(
            headers["content-type"]
                .to_str()
                .unwrap()
                .starts_with("text/html"),
            "{path}"
        );
        // Pages rendered per request under 1,400 bytes, and the report's pages, are sent
        // uncompressed: the budget counts them gzipped as any other.
        let gzipped = match headers.get("content-encoding") {
            Some(coding) => {
                assert_eq!(coding, "gzip", "{path}");
                html.len()
            }
            None => gzip(&html).len(),
        };
        largest = largest.max((gzipped + css.len(), path.clone()));
    }
    let chooser = site().language_chooser().body_exact(Encoding::Gzip).len();
    largest = largest.max((chooser + css.len(), "the language chooser".into()));
    // The site's own list holds the guide and the offline pages of every language.
    for lang in Lang::ALL {
        for page in [
            format!("/{}/", lang.code()),
            format!("/{}/offline/", lang.code()),
        ] {
            assert!(pages[..guide_pages].iter().any(|p| p.0 == page), "{page}");
        }
    }
    assert!(
        largest.0 <= 14 * 1024,
        "{} is {} B with the stylesheet",
        largest.1,
        largest.0
    );
}

/// QR codes cost nothing at start-up and no memory until asked for: the site is built and
/// warmed up without drawing one; the first request draws it (off the connection worker)
/// and it is then kept.
#[tokio::test]
async fn qr_codes_are_drawn_when_first_asked_for() {
    let site = Arc::new(build_site(&common::config()).unwrap());
    let qr = site
        .paths()
        .into_iter()
        .find(|path| path.starts_with("/static/qr."))
        .expect("QR codes are served")
        .to_owned();
    assert!(site.file(&qr).unwrap().is_unmade(), "drawn at start-up");
    site.warm_up();
    assert!(site.file(&qr).unwrap().is_unmade(), "drawn by the warm-up");
    let app = app_with(Arc::clone(&site), &common::http_options());
    let (status, headers, body) = common::raw_to(app, &qr, &[]).await;
    assert_eq!(status, 200);
    assert_eq!(headers["content-type"], "image/svg+xml");
    assert!(String::from_utf8(body).unwrap().contains("<svg"));
    assert!(!site.file(&qr).unwrap().is_unmade(), "not kept once drawn");
}
