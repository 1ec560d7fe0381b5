//! Readers' reports (issue 15): the form on every page, its answers, the database (SQLite,
//! and PostgreSQL when `POSTGRES_TEST_URL` names a server whose user may create
//! databases), the maintainers' subcommands, the export, and reliability under load, a
//! SIGKILL and a database that cannot be written.

mod common;

use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use axum::{
    body::Body,
    extract::ConnectInfo,
    http::{HeaderMap, Request, StatusCode},
};
use chrono::{DateTime, Utc};
use http_body_util::BodyExt;
use keep_your_number::address::Address;
use keep_your_number::clock::Clock;
use keep_your_number::i18n::Locales;
use keep_your_number::lang::Lang;
use keep_your_number::layout::{ReportMode, SiteConfig};
use keep_your_number::reports::cli::{ReportsCommand, execute};
use keep_your_number::reports::store::{ListFilter, default_sqlite_options};
use keep_your_number::reports::{Kind, NewReport, PER_ADDRESS, Reports, Store, Target};
use keep_your_number::{HttpOptions, app_with, build_site};
use tower::ServiceExt;

const FORM: &str = "application/x-www-form-urlencoded";

fn noon() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2031-03-04T05:00:00Z")
        .unwrap()
        .with_timezone(&Utc)
}

/// A fresh, empty folder under the system's temporary folder.
fn temp_dir(name: &str) -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "kyn-reports-{name}-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::SeqCst)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

/// The databases the storage tests run against: a SQLite file always, and a fresh
/// PostgreSQL database when `POSTGRES_TEST_URL` is set. Under `CI=true` PostgreSQL must be
/// there; elsewhere its tests say they are skipped.
async fn databases(name: &str) -> Vec<(String, Target)> {
    let sqlite = temp_dir(name).join("data/reports.sqlite3");
    let mut targets = vec![("sqlite".to_owned(), Target::Sqlite(sqlite))];
    match std::env::var("POSTGRES_TEST_URL") {
        Ok(url) => targets.push(("postgres".to_owned(), fresh_postgres(&url, name).await)),
        Err(_) if std::env::var("CI").as_deref() == Ok("true") => {
            panic!("CI=true but POSTGRES_TEST_URL is not set: PostgreSQL tests cannot run")
        }
        // Listed as ignored by `postgresql_is_there_for_the_storage_tests`.
        Err(_) => {}
    }
    targets
}

/// The storage tests above and below run against PostgreSQL only when `POSTGRES_TEST_URL`
/// is set. This test makes that visible: a plain `cargo test` lists it as ignored (not as
/// passed), and `--include-ignored` (what `.ci/run` runs, with its own PostgreSQL) fails
/// here when the server is missing.
#[tokio::test]
#[ignore = "needs PostgreSQL: set POSTGRES_TEST_URL (tests/with-postgres.sh does)"]
async fn postgresql_is_there_for_the_storage_tests() {
    let url = std::env::var("POSTGRES_TEST_URL")
        .expect("POSTGRES_TEST_URL is not set: the PostgreSQL storage tests did not run");
    let Target::Postgres(database) = fresh_postgres(&url, "presence").await else {
        unreachable!("fresh_postgres makes a PostgreSQL target")
    };
    use sqlx::Connection;
    let mut connection = sqlx::PgConnection::connect(&database)
        .await
        .expect("the test database accepts connections");
    let one: i32 = sqlx::query_scalar("SELECT 1")
        .fetch_one(&mut connection)
        .await
        .unwrap();
    assert_eq!(one, 1);
}

/// A new database on the server at `admin_url`, for one test.
async fn fresh_postgres(admin_url: &str, name: &str) -> Target {
    use sqlx::Connection;
    static N: AtomicUsize = AtomicUsize::new(0);
    let database = format!(
        "kyn_{}_{}_{}",
        name.replace('-', "_"),
        std::process::id(),
        N.fetch_add(1, Ordering::SeqCst)
    );
    let mut admin = sqlx::PgConnection::connect(admin_url)
        .await
        .expect("POSTGRES_TEST_URL connects");
    sqlx::raw_sql(&format!("DROP DATABASE IF EXISTS {database}"))
        .execute(&mut admin)
        .await
        .unwrap();
    sqlx::raw_sql(&format!("CREATE DATABASE {database}"))
        .execute(&mut admin)
        .await
        .unwrap();
    // postgres://user@host:port/name?options → the same with this test's database name.
    let (base, query) = admin_url.split_once('?').unwrap_or((admin_url, ""));
    let (server, _) = base.rsplit_once('/').expect("a URL with a database name");
    let query = if query.is_empty() {
        String::new()
    } else {
        format!("?{query}")
    };
    Target::Postgres(format!("{server}/{database}{query}"))
}

fn reports_with(store: Store, clock: Clock) -> Reports {
    Reports::new(store, clock, PER_ADDRESS, tokio::runtime::Handle::current())
}

fn app_for(reports: &Reports) -> keep_your_number::http::App {
    let options = HttpOptions {
        reports: Some(reports.clone()),
        ..HttpOptions::default()
    };
    app_with(common::site(), &options)
}

struct Answer {
    status: StatusCode,
    headers: HeaderMap,
    body: String,
}

impl Answer {
    fn header(&self, name: &str) -> &str {
        self.headers
            .get(name)
            .map_or("", |v| v.to_str().unwrap_or(""))
    }
}

/// Sends one request to `app` as if from `peer`.
async fn send(
    app: &keep_your_number::http::App,
    method: &str,
    uri: &str,
    headers: &[(&str, &str)],
    body: impl Into<Body>,
    peer: IpAddr,
) -> Answer {
    let mut builder = Request::builder().method(method).uri(uri);
    for (name, value) in headers {
        builder = builder.header(*name, *value);
    }
    let mut request = builder.body(body.into()).unwrap();
    request
        .extensions_mut()
        .insert(ConnectInfo(SocketAddr::new(peer, 40000)));
    let response = app.clone().oneshot(request).await.unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    Answer {
        status,
        headers,
        body: String::from_utf8_lossy(&bytes).into_owned(),
    }
}

fn peer(n: u8) -> IpAddr {
    IpAddr::from([192, 0, 2, n])
}

/// A form body from pairs, URL-encoded as a browser does.
fn form(pairs: &[(&str, &str)]) -> String {
    let mut serializer = form_urlencoded::Serializer::new(String::new());
    for (name, value) in pairs {
        serializer.append_pair(name, value);
    }
    serializer.finish()
}

fn valid(details: &str) -> String {
    form(&[
        ("page", "/en/smart/kiosk/"),
        ("kind", "code"),
        ("details", details),
        ("contact", ""),
        ("website", ""),
    ])
}

async fn post_form(
    app: &keep_your_number::http::App,
    lang: &str,
    body: String,
    from: IpAddr,
) -> Answer {
    send(
        app,
        "POST",
        &format!("/{lang}/report/"),
        &[("content-type", FORM)],
        body,
        from,
    )
    .await
}

fn message(lang: Lang, id: &str) -> String {
    let locales = Locales::built_in().unwrap();
    keep_your_number::i18n::escape(&locales.translator(lang).get(id).unwrap())
}

// ---- 1. The form ----------------------------------------------------------------------

#[tokio::test]
async fn every_guide_page_ends_with_the_form_in_its_language() {
    let site = common::site();
    for address in Address::all() {
        let path = address.path();
        let body = common::get(&path).await.body;
        let lang = address.lang;
        let start = body
            .find("<section class=\"report\"")
            .unwrap_or_else(|| panic!("{path} has no report form"));
        let part = &body[start..body.find("</main>").unwrap()];
        assert!(part.contains(&message(lang, "report-question")), "{path}");
        assert!(
            part.contains(&format!(
                "<form class=\"report-form\" method=\"post\" action=\"/{}/report/\">",
                lang.code()
            )),
            "{path}"
        );
        assert!(
            part.contains(&format!(
                "<input type=\"hidden\" name=\"page\" value=\"{path}\">"
            )),
            "{path}"
        );
        for kind in Kind::ALL {
            assert!(
                part.contains(&format!(
                    "name=\"kind\" value=\"{}\" required>",
                    kind.slug()
                )),
                "{path} {kind:?}"
            );
            assert!(part.contains(&message(lang, &kind.message_id())), "{path}");
        }
        assert!(part.contains("<textarea id=\"rp-details\" name=\"details\" rows=\"4\" required minlength=\"10\" maxlength=\"1000\""));
        assert!(part.contains("name=\"contact\" type=\"text\" maxlength=\"200\""));
        assert!(
            part.contains("<p class=\"report-website\" hidden>"),
            "{path}: honeypot hidden"
        );
        assert!(part.contains("name=\"website\""), "{path}");
        assert!(!part.contains("<script"), "{path}: no script needed");
    }
    // Not on the 404 pages nor the language chooser.
    for lang in Lang::ALL {
        let body = common::get(&format!("/{}/nowhere/", lang.code()))
            .await
            .body;
        assert!(!body.contains("report-form"));
    }
    let chooser = site
        .language_chooser()
        .body_exact(keep_your_number::web::asset::Encoding::Identity);
    assert!(!String::from_utf8_lossy(chooser).contains("report-form"));
}

#[tokio::test]
async fn a_report_is_stored_then_answered_303_to_a_thanks_page_that_links_back() {
    for (backend, target) in databases("stored").await {
        let store = Store::open(&target).await.unwrap();
        let reports = reports_with(store.clone(), Clock::fixed(noon()));
        let app = app_for(&reports);
        for (lang, page) in [
            (Lang::En, "/en/smart/kiosk/"),
            (Lang::Zh, "/zh/"),
            (Lang::Km, "/km/compare/"),
        ] {
            let details = format!("The code on {page} changed.\r\nIt is different now.");
            let body = form(&[
                ("page", page),
                ("kind", "code"),
                ("details", &details),
                ("contact", "reader@example.org"),
                ("website", ""),
            ]);
            let answer = post_form(&app, lang.code(), body, peer(1)).await;
            assert_eq!(answer.status, StatusCode::SEE_OTHER, "{backend} {lang}");
            let location = format!(
                "/{}/report/thanks/?page={}",
                lang.code(),
                page.replace('/', "%2F")
            );
            assert_eq!(answer.header("location"), location, "{backend}");
            assert_eq!(answer.header("set-cookie"), "", "no cookies");

            let thanks = send(&app, "GET", &location, &[], Body::empty(), peer(1)).await;
            assert_eq!(thanks.status, StatusCode::OK);
            assert_eq!(thanks.header("content-language"), lang.tag());
            assert_eq!(thanks.header("cache-control"), "no-store");
            assert!(
                thanks
                    .body
                    .contains(&message(lang, "report-thanks-heading"))
            );
            assert!(
                thanks.body.contains(&format!(
                    "<a href=\"{page}\">{}</a>",
                    message(lang, "report-thanks-back")
                )),
                "{backend}: links back to {page}"
            );
            assert!(
                thanks
                    .body
                    .contains("<meta name=\"robots\" content=\"noindex\">")
            );
            assert!(
                !thanks.body.contains("report-form"),
                "no form on the thanks page"
            );
        }
        let stored = store.list(ListFilter::default()).await.unwrap();
        assert_eq!(stored.len(), 3, "{backend}");
        let first = &stored[0];
        assert_eq!(
            (
                first.lang.as_str(),
                first.page.as_str(),
                first.kind.as_str()
            ),
            ("en", "/en/smart/kiosk/", "code")
        );
        assert_eq!(
            first.details,
            "The code on /en/smart/kiosk/ changed.\nIt is different now."
        );
        assert_eq!(first.contact.as_deref(), Some("reader@example.org"));
        assert_eq!(
            first.created_at,
            noon(),
            "{backend}: the injected clock's time"
        );
        assert_eq!((first.closed_at, first.note.as_deref()), (None, None));
        store.close_pool().await;
    }
}

#[tokio::test]
async fn the_thanks_page_links_back_only_to_pages_of_the_site() {
    for page in [
        "https://evil.example/",
        "/en/nowhere/",
        "javascript:alert(1)",
    ] {
        let uri = format!(
            "/en/report/thanks/?page={}",
            form_urlencoded::byte_serialize(page.as_bytes()).collect::<String>()
        );
        let answer = common::get(&uri).await;
        assert_eq!(answer.status, StatusCode::OK);
        assert!(
            !answer
                .body
                .contains(&message(Lang::En, "report-thanks-back")),
            "{page}"
        );
        assert!(
            answer.body.contains("<a href=\"/en/\">"),
            "{page}: the overview instead"
        );
    }
}

// ---- 1 and 7. Bad input ------------------------------------------------------------------

#[tokio::test]
async fn bad_input_gets_400_with_the_problem_in_the_page_language_and_nothing_stored() {
    let dir = temp_dir("bad-input");
    let store = Store::open(&Target::Sqlite(dir.join("r.sqlite3")))
        .await
        .unwrap();
    let reports = reports_with(store.clone(), Clock::fixed(noon()));
    let app = app_for(&reports);
    let ok = [
        ("page", "/en/kiosk/"),
        ("kind", "days"),
        ("details", "It says 60 days, the shop said otherwise."),
        ("contact", ""),
        ("website", ""),
    ];
    let without = |name: &str| -> String {
        form(
            &ok.iter()
                .copied()
                .filter(|(n, _)| *n != name)
                .collect::<Vec<_>>(),
        )
    };
    let with = |name: &str, value: &str| -> String {
        form(
            &ok.iter()
                .map(|&(n, v)| (n, if n == name { value } else { v }))
                .collect::<Vec<_>>(),
        )
    };
    let long_details = "x".repeat(1001);
    let long_contact = "y".repeat(201);
    let cases: Vec<(&str, &str, Vec<u8>, &str)> = vec![
        (
            "missing page",
            FORM,
            without("page").into(),
            "report-error-unknown-page",
        ),
        (
            "missing kind",
            FORM,
            without("kind").into(),
            "report-error-missing-kind",
        ),
        (
            "missing details",
            FORM,
            without("details").into(),
            "report-error-missing-details",
        ),
        ("empty body", FORM, Vec::new(), "report-error-unknown-page"),
        (
            "details too short",
            FORM,
            with("details", "too short").into(),
            "report-error-details-too-short",
        ),
        (
            "details too long",
            FORM,
            with("details", &long_details).into(),
            "report-error-details-too-long",
        ),
        (
            "contact too long",
            FORM,
            with("contact", &long_contact).into(),
            "report-error-contact-too-long",
        ),
        (
            "kind not in the list",
            FORM,
            with("kind", "weather").into(),
            "report-error-unknown-kind",
        ),
        (
            "page not of the site",
            FORM,
            with("page", "/en/nowhere/").into(),
            "report-error-unknown-page",
        ),
        (
            "page elsewhere",
            FORM,
            with("page", "https://evil.example/").into(),
            "report-error-unknown-page",
        ),
        (
            "invalid UTF-8",
            FORM,
            b"page=%2Fen%2Fkiosk%2F&kind=days&details=%C3%28%FF%FE+is+wrong+here".to_vec(),
            "report-error-bad-encoding",
        ),
        (
            "raw invalid UTF-8",
            FORM,
            b"page=%2Fen%2Fkiosk%2F&kind=days&details=\xff\xfe is wrong here".to_vec(),
            "report-error-bad-encoding",
        ),
        (
            "control character",
            FORM,
            with("details", "bell \u{7} in the text").into(),
            "report-error-control-characters",
        ),
        (
            "wrong content type",
            "text/plain",
            valid("A body that is fine otherwise").into(),
            "report-error-not-a-form",
        ),
        (
            "no content type",
            "",
            valid("A body that is fine otherwise").into(),
            "report-error-not-a-form",
        ),
        (
            "JSON body",
            "application/json",
            br#"{"page":"/en/kiosk/","kind":"days","details":"a JSON body is refused"}"#.to_vec(),
            "report-error-not-a-form",
        ),
        (
            "multipart body",
            "multipart/form-data; boundary=x",
            b"--x\r\nContent-Disposition: form-data; name=\"page\"\r\n\r\n/en/kiosk/\r\n--x--\r\n"
                .to_vec(),
            "report-error-not-a-form",
        ),
        (
            "repeated field",
            FORM,
            format!("{}&kind=code", without("website")).into(),
            "report-error-repeated-field",
        ),
        (
            "repeated page",
            FORM,
            format!("{}&page=%2Fen%2F", valid("fine text here")).into(),
            "report-error-repeated-field",
        ),
        (
            "unknown field",
            FORM,
            format!("{}&admin=1", valid("fine text here")).into(),
            "report-error-unknown-field",
        ),
    ];
    for lang in Lang::ALL {
        for (what, content_type, body, id) in &cases {
            let headers: Vec<(&str, &str)> = if content_type.is_empty() {
                vec![]
            } else {
                vec![("content-type", content_type)]
            };
            let uri = format!("/{}/report/", lang.code());
            let answer = send(&app, "POST", &uri, &headers, body.clone(), peer(2)).await;
            assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{lang} {what}");
            assert_eq!(answer.header("content-language"), lang.tag(), "{what}");
            assert!(
                answer.body.contains(&message(lang, id)),
                "{lang} {what}: says {id}"
            );
            assert!(
                answer.body.contains(&message(lang, "report-error-heading")),
                "{what}"
            );
            assert!(
                answer.body.contains("<details open>"),
                "{lang} {what}: the form, unfolded"
            );
            assert_eq!(answer.header("set-cookie"), "");
        }
    }
    // The form comes back filled in as it was sent.
    let answer = post_form(&app, "km", with("details", "too short"), peer(2)).await;
    assert!(answer.body.contains(">too short</textarea>"));
    assert!(answer.body.contains("value=\"days\" required checked>"));
    assert!(answer.body.contains("name=\"page\" value=\"/en/kiosk/\">"));
    let answer = post_form(&app, "en", with("contact", &long_contact), peer(2)).await;
    assert!(answer.body.contains(&format!("value=\"{long_contact}\"")));
    // Script typed into the form is shown as text.
    let answer = post_form(
        &app,
        "en",
        with("details", "<script>alert(1)</script>"),
        peer(2),
    )
    .await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER);
    assert_eq!(
        store.count().await.unwrap(),
        1,
        "only the last one, which was valid"
    );
    let stored = &store.list(ListFilter::default()).await.unwrap()[0];
    assert_eq!(stored.details, "<script>alert(1)</script>");
    let answer = post_form(&app, "en", with("kind", "<script>x</script>"), peer(3)).await;
    assert!(!answer.body.contains("<script>x"), "escaped");
    assert_eq!(store.count().await.unwrap(), 1, "nothing else stored");
}

#[tokio::test]
async fn a_filled_honeypot_is_thanked_the_same_way_and_not_stored() {
    let dir = temp_dir("honeypot");
    let store = Store::open(&Target::Sqlite(dir.join("r.sqlite3")))
        .await
        .unwrap();
    let app = app_for(&reports_with(store.clone(), Clock::fixed(noon())));
    let mut body = valid("A robot fills in every field it finds.");
    body = body.replace("website=", "website=http%3A%2F%2Fspam.example");
    let robot = post_form(&app, "en", body, peer(4)).await;
    let reader = post_form(
        &app,
        "en",
        valid("A reader leaves the hidden field empty."),
        peer(5),
    )
    .await;
    assert_eq!(robot.status, StatusCode::SEE_OTHER);
    assert_eq!(robot.header("location"), reader.header("location"));
    assert_eq!(
        robot.header("location"),
        "/en/report/thanks/?page=%2Fen%2Fsmart%2Fkiosk%2F"
    );
    let stored = store.list(ListFilter::default()).await.unwrap();
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].details, "A reader leaves the hidden field empty.");
}

#[tokio::test]
async fn other_methods_get_405_with_allow() {
    let app = app_for(&reports_with(
        Store::open(&Target::Sqlite(temp_dir("methods").join("r.sqlite3")))
            .await
            .unwrap(),
        Clock::fixed(noon()),
    ));
    for method in ["GET", "HEAD", "PUT", "DELETE", "PATCH"] {
        let answer = send(&app, method, "/en/report/", &[], Body::empty(), peer(6)).await;
        assert_eq!(answer.status, StatusCode::METHOD_NOT_ALLOWED, "{method}");
        assert_eq!(answer.header("allow"), "POST", "{method}");
        assert_eq!(answer.header("x-content-type-options"), "nosniff");
    }
    let answer = send(
        &app,
        "POST",
        "/en/report/thanks/",
        &[("content-type", FORM)],
        valid("x x x x x x"),
        peer(6),
    )
    .await;
    assert_eq!(answer.status, StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(answer.header("allow"), "GET,HEAD");
    // Another language code is not a report URL.
    let answer = send(
        &app,
        "POST",
        "/fr/report/",
        &[("content-type", FORM)],
        valid("x x x x x x"),
        peer(6),
    )
    .await;
    assert_eq!(answer.status, StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(answer.header("allow"), "GET, HEAD");
}

// ---- 3. Abuse and privacy -----------------------------------------------------------------

#[tokio::test]
async fn a_post_from_another_site_gets_403() {
    let dir = temp_dir("cross-site");
    let store = Store::open(&Target::Sqlite(dir.join("r.sqlite3")))
        .await
        .unwrap();
    let app = app_for(&reports_with(store.clone(), Clock::fixed(noon())));
    for headers in [
        vec![("origin", "https://evil.example")],
        vec![("origin", "null")],
        vec![("sec-fetch-site", "cross-site")],
        vec![("sec-fetch-site", "same-site")],
        vec![("origin", common::ORIGIN), ("sec-fetch-site", "cross-site")],
        vec![
            ("origin", "https://evil.example"),
            ("host", "guide.example"),
        ],
    ] {
        let mut all = headers.clone();
        all.push(("content-type", FORM));
        let answer = send(
            &app,
            "POST",
            "/zh/report/",
            &all,
            valid("Sent from a page elsewhere."),
            peer(7),
        )
        .await;
        assert_eq!(answer.status, StatusCode::FORBIDDEN, "{headers:?}");
        assert_eq!(answer.header("content-language"), "zh-Hans");
        assert!(
            answer
                .body
                .contains(&message(Lang::Zh, "report-error-cross-site"))
        );
    }
    assert_eq!(store.count().await.unwrap(), 0);
    for headers in [
        vec![
            ("origin", common::ORIGIN),
            ("sec-fetch-site", "same-origin"),
        ],
        vec![("origin", "HTTPS://Guide.Example:443")],
        vec![("sec-fetch-site", "none")],
    ] {
        let mut all = headers.clone();
        all.push(("content-type", FORM));
        let answer = send(
            &app,
            "POST",
            "/zh/report/",
            &all,
            valid("Sent from this site's page."),
            IpAddr::from([198, 51, 100, 1]),
        )
        .await;
        assert_eq!(answer.status, StatusCode::SEE_OTHER, "{headers:?}");
    }
    assert_eq!(store.count().await.unwrap(), 3);
}

#[tokio::test]
async fn bodies_over_8_kib_get_413_whether_announced_or_streamed() {
    let dir = temp_dir("too-large");
    let store = Store::open(&Target::Sqlite(dir.join("r.sqlite3")))
        .await
        .unwrap();
    let app = app_for(&reports_with(store.clone(), Clock::fixed(noon())));
    let big = valid(&"z".repeat(9000));
    assert!(big.len() > 8 * 1024);
    let announced = post_form(&app, "km", big.clone(), peer(8)).await;
    assert_eq!(announced.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(
        announced
            .body
            .contains(&message(Lang::Km, "report-error-too-large"))
    );
    // Streamed in chunks, with no Content-Length.
    let chunks: Vec<Result<bytes::Bytes, std::io::Error>> = big
        .as_bytes()
        .chunks(1000)
        .map(|c| Ok(bytes::Bytes::copy_from_slice(c)))
        .collect();
    let streamed = Body::from_stream(futures_util::stream::iter(chunks));
    let answer = send(
        &app,
        "POST",
        "/km/report/",
        &[("content-type", FORM)],
        streamed,
        peer(8),
    )
    .await;
    assert_eq!(answer.status, StatusCode::PAYLOAD_TOO_LARGE);
    // 8 KiB exactly is read (and refused only for its content).
    let exact = format!(
        "{}&x={}",
        valid("fine text here"),
        "a".repeat(8 * 1024 - valid("fine text here").len() - 3)
    );
    assert_eq!(exact.len(), 8 * 1024);
    assert_eq!(
        post_form(&app, "en", exact, peer(8)).await.status,
        StatusCode::BAD_REQUEST
    );
    assert_eq!(store.count().await.unwrap(), 0);
}

#[tokio::test]
async fn the_sixth_report_in_ten_minutes_from_one_address_gets_429_with_retry_after() {
    let dir = temp_dir("rate-limit");
    let store = Store::open(&Target::Sqlite(dir.join("r.sqlite3")))
        .await
        .unwrap();
    let reports = reports_with(store.clone(), Clock::fixed(noon()));
    let app = app_for(&reports);
    for n in 0..5 {
        let answer = post_form(
            &app,
            "en",
            valid(&format!("Report number {n} from one reader")),
            peer(9),
        )
        .await;
        assert_eq!(answer.status, StatusCode::SEE_OTHER, "report {n}");
    }
    // Bad input does not count, and is still answered 400.
    let answer = post_form(&app, "en", valid("short"), peer(9)).await;
    assert_eq!(answer.status, StatusCode::BAD_REQUEST);
    for lang in Lang::ALL {
        let answer = post_form(
            &app,
            lang.code(),
            valid("The sixth report in ten minutes"),
            peer(9),
        )
        .await;
        assert_eq!(answer.status, StatusCode::TOO_MANY_REQUESTS);
        assert_eq!(answer.header("retry-after"), "600");
        assert_eq!(answer.header("content-language"), lang.tag());
        assert!(answer.body.contains(&message(lang, "report-error-heading")));
        assert!(
            answer
                .body
                .contains(">The sixth report in ten minutes</textarea>"),
            "kept"
        );
    }
    let zh = post_form(
        &app,
        "zh",
        valid("The sixth report in ten minutes"),
        peer(9),
    )
    .await;
    assert!(
        zh.body.contains("请等10分钟后再发送。"),
        "the wait, in minutes, in Chinese"
    );
    // Another address is not affected.
    assert_eq!(
        post_form(&app, "en", valid("From someone else entirely"), peer(10))
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    // Nine minutes later one more minute to wait; ten minutes later, allowed again.
    let later = |minutes| Reports {
        clock: Clock::fixed(noon() + chrono::Duration::minutes(minutes)),
        ..reports.clone()
    };
    let answer = post_form(
        &app_for(&later(9)),
        "en",
        valid("Nine minutes later"),
        peer(9),
    )
    .await;
    assert_eq!(answer.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(answer.header("retry-after"), "60");
    let answer = post_form(
        &app_for(&later(10)),
        "en",
        valid("Ten minutes later"),
        peer(9),
    )
    .await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER);
    assert_eq!(store.count().await.unwrap(), 5 + 1 + 1);
}

#[tokio::test]
async fn only_what_the_reader_typed_the_page_kind_language_and_time_are_stored() {
    let dir = temp_dir("privacy");
    let path = dir.join("r.sqlite3");
    let store = Store::open(&Target::Sqlite(path.clone())).await.unwrap();
    let app = app_for(&reports_with(store.clone(), Clock::fixed(noon())));
    let answer = send(
        &app,
        "POST",
        "/en/report/",
        &[
            ("content-type", FORM),
            ("user-agent", "SecretAgent/1.0"),
            ("cookie", "session=secret-cookie"),
            ("x-forwarded-for", "203.0.113.99"),
        ],
        valid("Only this text is kept."),
        IpAddr::from([203, 0, 113, 77]),
    )
    .await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER);
    assert_eq!(answer.header("set-cookie"), "");
    store.close_pool().await;
    // Nothing but the report's own fields is anywhere in the database's files.
    let mut bytes = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        bytes.extend(std::fs::read(entry.unwrap().path()).unwrap());
    }
    let text = String::from_utf8_lossy(&bytes);
    assert!(text.contains("Only this text is kept."));
    for secret in ["203.0.113", "SecretAgent", "secret-cookie"] {
        assert!(!text.contains(secret), "{secret} stored");
    }
}

// ---- 2. Storage ---------------------------------------------------------------------------

#[tokio::test]
async fn sqlite_is_created_with_its_folder_in_wal_mode_with_synchronous_full() {
    let dir = temp_dir("sqlite-setup");
    let path = dir.join("nested/data/reports.sqlite3");
    assert!(!dir.exists());
    let store = Store::open(&Target::Sqlite(path.clone())).await.unwrap();
    assert!(path.exists(), "file and folders created");
    assert_eq!(
        store.sqlite_settings().await.unwrap(),
        Some(("wal".to_owned(), 2)),
        "journal_mode=WAL, synchronous=FULL (2)"
    );
    store.close_pool().await;
    // Opening again runs no migration twice and keeps the data.
    let store = Store::open(&Target::Sqlite(path)).await.unwrap();
    assert_eq!(store.count().await.unwrap(), 0);
}

#[test]
fn database_targets() {
    assert_eq!(
        Target::parse("postgres://u:p@127.0.0.1:5432/db"),
        Target::Postgres("postgres://u:p@127.0.0.1:5432/db".into())
    );
    assert_eq!(
        Target::parse("postgresql://h/db"),
        Target::Postgres("postgresql://h/db".into())
    );
    assert_eq!(
        Target::parse("sqlite:///tmp/r.db"),
        Target::Sqlite("/tmp/r.db".into())
    );
    assert_eq!(Target::parse("sqlite:r.db"), Target::Sqlite("r.db".into()));
    assert_eq!(
        Target::parse("./data/reports.sqlite3"),
        Target::Sqlite("./data/reports.sqlite3".into())
    );
}

// ---- 4. The maintainers' subcommands ------------------------------------------------------

async fn run(store: &Store, clock: &Clock, command: ReportsCommand) -> Result<String, String> {
    let mut out = Vec::new();
    execute(store, clock, command, &mut out).await?;
    Ok(String::from_utf8(out).unwrap())
}

fn days(n: u32) -> std::num::NonZeroU32 {
    std::num::NonZeroU32::new(n).unwrap()
}

fn report(page: &str, kind: Kind, details: &str) -> NewReport {
    NewReport {
        lang: Address::parse(page).unwrap().lang,
        page: page.into(),
        kind,
        details: details.into(),
        contact: None,
    }
}

#[tokio::test]
async fn list_show_close_and_prune_work_on_both_databases() {
    for (backend, target) in databases("cli").await {
        let store = Store::open(&target).await.unwrap();
        let day = |d: u32| {
            chrono::NaiveDate::from_ymd_opt(2031, 3, d)
                .unwrap()
                .and_hms_opt(9, 30, 0)
                .unwrap()
                .and_utc()
        };
        let old = day(1) - chrono::Duration::days(400);
        let a = store
            .insert(
                &report("/en/kiosk/", Kind::Code, "Old report about the kiosk code"),
                old,
            )
            .await
            .unwrap();
        let b = store
            .insert(
                &report("/zh/smart/", Kind::Price, "价格变了，现在不一样。"),
                day(2),
            )
            .await
            .unwrap();
        let c = store
            .insert(
                &report("/km/compare/", Kind::Link, "តំណភ្ជាប់នេះខូចហើយ។\nពិនិត្យម្តងទៀត។"),
                day(3),
            )
            .await
            .unwrap();
        let clock = Clock::fixed(day(4));

        let table = run(
            &store,
            &clock,
            ReportsCommand::List {
                open: false,
                since: None,
                json: false,
            },
        )
        .await
        .unwrap();
        let lines: Vec<&str> = table.lines().collect();
        assert_eq!(
            lines.len(),
            1 + 3 + 1,
            "{backend}: heading, 3 reports, count\n{table}"
        );
        assert!(lines[0].contains("ID") && lines[0].contains("DETAILS"));
        assert!(
            lines[2].contains("2031-03-02 09:30")
                && lines[2].contains("/zh/smart/")
                && lines[2].contains("price")
                && lines[2].contains("open")
        );
        assert!(
            lines[3].contains("តំណភ្ជាប់នេះខូចហើយ។ ពិនិត្យម្តងទៀត។"),
            "one line per report"
        );
        assert_eq!(lines[4], "3 reports");

        let shown = run(&store, &clock, ReportsCommand::Show { id: c })
            .await
            .unwrap();
        assert!(shown.starts_with(&format!("Report {c}\nReceived: 2031-03-03 09:30 UTC\nLanguage: km\nPage:     /km/compare/\nKind:     link\nContact:  -\nStatus:   open\n")), "{shown}");
        assert!(shown.ends_with("តំណភ្ជាប់នេះខូចហើយ។\nពិនិត្យម្តងទៀត។\n"));
        assert_eq!(
            run(&store, &clock, ReportsCommand::Show { id: 999 }).await,
            Err("no report 999".into())
        );

        let closed = run(
            &store,
            &clock,
            ReportsCommand::Close {
                id: b,
                note: Some("Price corrected in facts.toml".into()),
            },
        )
        .await
        .unwrap();
        assert_eq!(closed, format!("closed report {b}\n"));
        assert_eq!(
            run(
                &store,
                &clock,
                ReportsCommand::Close {
                    id: 999,
                    note: None
                }
            )
            .await,
            Err("no report 999".into())
        );
        let b_now = store.get(b).await.unwrap().unwrap();
        assert_eq!(b_now.closed_at, Some(day(4)));
        assert_eq!(b_now.note.as_deref(), Some("Price corrected in facts.toml"));

        let open = run(
            &store,
            &clock,
            ReportsCommand::List {
                open: true,
                since: None,
                json: true,
            },
        )
        .await
        .unwrap();
        let open: serde_json::Value = serde_json::from_str(&open).unwrap();
        let ids: Vec<i64> = open
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["id"].as_i64().unwrap())
            .collect();
        assert_eq!(
            ids,
            vec![a, c],
            "{backend}: --open leaves out the closed one"
        );
        assert_eq!(open[1]["page"], "/km/compare/");
        assert_eq!(open[1]["created_at"], "2031-03-03T09:30:00Z");
        assert_eq!(open[1]["closed_at"], serde_json::Value::Null);

        let since = chrono::NaiveDate::from_ymd_opt(2031, 3, 2);
        let recent = run(
            &store,
            &clock,
            ReportsCommand::List {
                open: false,
                since,
                json: true,
            },
        )
        .await
        .unwrap();
        let recent: Vec<serde_json::Value> = serde_json::from_str(&recent).unwrap();
        assert_eq!(
            recent
                .iter()
                .map(|r| r["id"].as_i64().unwrap())
                .collect::<Vec<_>>(),
            vec![b, c]
        );

        let pruned = run(
            &store,
            &clock,
            ReportsCommand::Prune {
                older_than: days(365),
            },
        )
        .await
        .unwrap();
        assert_eq!(
            pruned,
            "deleted 1 reports received before 2030-03-04 09:30\n"
        );
        assert_eq!(store.get(a).await.unwrap(), None, "{backend}");
        assert_eq!(store.count().await.unwrap(), 2);
        store.close_pool().await;
    }
}

#[test]
fn the_subcommands_parse_as_the_readme_shows_them() {
    use clap::Parser;
    #[derive(Parser)]
    struct Cli {
        #[command(subcommand)]
        command: ReportsCommand,
    }
    let parse =
        |args: &[&str]| Cli::try_parse_from([&["reports"], args].concat()).map(|c| c.command);
    assert_eq!(
        parse(&["list", "--open", "--since", "2031-01-31", "--json"]).unwrap(),
        ReportsCommand::List {
            open: true,
            since: chrono::NaiveDate::from_ymd_opt(2031, 1, 31),
            json: true
        }
    );
    assert_eq!(
        parse(&["prune"]).unwrap(),
        ReportsCommand::Prune {
            older_than: days(365)
        }
    );
    assert_eq!(
        parse(&["prune", "--older-than", "30d"]).unwrap(),
        ReportsCommand::Prune {
            older_than: days(30)
        }
    );
    assert!(parse(&["prune", "--older-than", "30"]).is_err());
    assert!(parse(&["prune", "--older-than", "0d"]).is_err());
    assert!(parse(&["prune", "--older-than", "36501d"]).is_err());
    assert!(parse(&["prune", "--older-than", "4000000000d"]).is_err());
    assert_eq!(
        parse(&["prune", "--older-than", "36500d"]).unwrap(),
        ReportsCommand::Prune {
            older_than: days(36500)
        }
    );
    assert!(parse(&["list", "--since", "31/01/2031"]).is_err());
    assert_eq!(
        parse(&["close", "7", "--note", "fixed"]).unwrap(),
        ReportsCommand::Close {
            id: 7,
            note: Some("fixed".into())
        }
    );
}

// ---- 5. The static export -------------------------------------------------------------------

#[test]
fn exported_pages_link_to_the_report_url_or_leave_the_part_out() {
    let config = |report| SiteConfig {
        origin: common::ORIGIN.into(),
        report,
    };
    let linked = build_site(&config(ReportMode::Link(
        "https://forms.example/guide".into(),
    )))
    .unwrap();
    let bare = build_site(&config(ReportMode::Off)).unwrap();
    for path in linked.page_paths() {
        let body = |site: &keep_your_number::site::Site| {
            String::from_utf8(
                site.file(path)
                    .unwrap()
                    .body_exact(keep_your_number::web::asset::Encoding::Identity)
                    .to_vec(),
            )
            .unwrap()
        };
        let (with_link, without) = (body(&linked), body(&bare));
        let lang = Address::parse(path).unwrap().lang;
        for page in [&with_link, &without] {
            assert!(
                !page.contains("<form class=\"report-form\""),
                "{path}: no form that cannot work"
            );
            assert!(
                !page.contains("/report/"),
                "{path}: nothing posts to the server"
            );
        }
        assert!(
            with_link.contains(&format!(
                "<p class=\"report-elsewhere\"><a href=\"https://forms.example/guide\">{}</a></p>",
                message(lang, "report-link")
            )),
            "{path}"
        );
        assert!(
            !without.contains("report-elsewhere")
                && !without.contains(&message(lang, "report-question")),
            "{path}"
        );
    }
}

// ---- 6. Reliability -------------------------------------------------------------------------

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_hundred_reports_from_fifty_concurrent_clients_are_stored_exactly_once() {
    for (backend, target) in databases("concurrent").await {
        let store = Store::open(&target).await.unwrap();
        let app = app_for(&reports_with(store.clone(), Clock::fixed(noon())));
        let clients: Vec<_> = (0..50u8)
            .map(|client| {
                let app = app.clone();
                tokio::spawn(async move {
                    let mut statuses = Vec::new();
                    for n in 0..4 {
                        let body = valid(&format!("client {client} report {n}: the code changed"));
                        statuses.push(
                            post_form(&app, "en", body, IpAddr::from([10, 0, 0, client]))
                                .await
                                .status,
                        );
                    }
                    statuses
                })
            })
            .collect();
        for client in clients {
            assert_eq!(
                client.await.unwrap(),
                vec![StatusCode::SEE_OTHER; 4],
                "{backend}"
            );
        }
        let stored = store.list(ListFilter::default()).await.unwrap();
        assert_eq!(stored.len(), 200, "{backend}");
        let mut details: Vec<String> = stored.into_iter().map(|r| r.details).collect();
        details.sort();
        details.dedup();
        let mut expected: Vec<String> = (0..50)
            .flat_map(|c| (0..4).map(move |n| format!("client {c} report {n}: the code changed")))
            .collect();
        expected.sort();
        assert_eq!(details, expected, "{backend}: each exactly once");
        store.close_pool().await;
    }
}

/// Sends a valid report to a store that cannot take it: 503 in the page's language, the
/// text kept in the form, one clear log line, nothing stored; pages still served.
async fn assert_refused_with_503(store: Store, expected_log: &str) {
    let buffer = common::LogBuffer::default();
    let writer = buffer.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_writer(move || writer.clone())
        .with_ansi(false)
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);
    let app = app_for(&reports_with(store, Clock::fixed(noon())));
    let answer = post_form(
        &app,
        "km",
        valid("This must not be lost silently."),
        peer(11),
    )
    .await;
    assert_eq!(answer.status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(answer.header("retry-after"), "60");
    assert_eq!(answer.header("content-language"), "km");
    assert!(
        answer
            .body
            .contains(&message(Lang::Km, "report-error-unavailable"))
    );
    assert!(
        answer
            .body
            .contains(">This must not be lost silently.</textarea>"),
        "the text is kept"
    );
    let log = String::from_utf8(buffer.0.lock().unwrap().clone()).unwrap();
    let line = log
        .lines()
        .find(|l| l.contains("report not stored, answered 503"))
        .unwrap_or_else(|| panic!("no log line in {log}"));
    assert!(
        line.contains("ERROR") && line.contains(expected_log),
        "{line}"
    );
    // A refused report does not use up the reader's allowance: five more are still let
    // through to the database (and refused there again).
    for _ in 0..5 {
        let again = post_form(&app, "en", valid("Trying again after the error."), peer(11)).await;
        assert_eq!(again.status, StatusCode::SERVICE_UNAVAILABLE);
    }
    for path in ["/km/", "/en/smart/kiosk/", "/zh/compare/"] {
        let page = send(&app, "GET", path, &[], Body::empty(), peer(11)).await;
        assert_eq!(
            page.status,
            StatusCode::OK,
            "{path}: pages do not depend on the database"
        );
    }
}

#[tokio::test]
async fn a_read_only_database_gives_503_and_a_clear_log_line() {
    let dir = temp_dir("read-only");
    let path = dir.join("r.sqlite3");
    let store = Store::open(&Target::Sqlite(path.clone())).await.unwrap();
    store.close_pool().await;
    // As SQLite opens a file the process may not write (root may write any file, so the
    // file's mode alone would not do in CI).
    let read_only = Store::sqlite(default_sqlite_options(&path).unwrap().read_only(true))
        .await
        .unwrap();
    assert_refused_with_503(read_only.clone(), "the database is read-only").await;
    assert_eq!(read_only.count().await.unwrap(), 0);
}

#[tokio::test]
async fn a_full_disk_gives_503_and_a_clear_log_line() {
    let dir = temp_dir("full");
    let path = dir.join("r.sqlite3");
    let store = Store::open(&Target::Sqlite(path.clone())).await.unwrap();
    store.close_pool().await;
    // The database may not grow by a single page (what a full disk does to a write), and
    // the room left in its last pages is filled first.
    let pages = std::fs::metadata(&path).unwrap().len() / 4096;
    let full = Store::sqlite(
        default_sqlite_options(&path)
            .unwrap()
            .pragma("max_page_count", pages.to_string()),
    )
    .await
    .unwrap();
    let mut filled = 0;
    for size in [1000, 100, 10] {
        let filler = report("/en/", Kind::Other, &"f".repeat(size));
        while full.insert(&filler, noon()).await.is_ok() {
            filled += 1;
            assert!(filled < 2000, "the database never filled up");
        }
    }
    let before = full.count().await.unwrap();
    assert_refused_with_503(full.clone(), "the disk (or the database) is full").await;
    assert_eq!(full.count().await.unwrap(), before, "nothing more stored");
}

/// The server binary, listening on a free loopback port, with its reports in `database`.
struct Server {
    child: std::process::Child,
    addr: SocketAddr,
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn start_server(database: &Path) -> Server {
    let addr = SocketAddr::from(([127, 0, 0, 1], free_port()));
    let child = std::process::Command::new(env!("CARGO_BIN_EXE_keep-your-number"))
        .args([
            "--addr",
            &addr.to_string(),
            "--workers",
            "2",
            "--report-limit",
            "100000",
        ])
        .arg("--database")
        .arg(database)
        .env_remove("DATABASE_URL")
        .env("RUST_LOG", "warn")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while std::net::TcpStream::connect(addr).is_err() {
        assert!(
            std::time::Instant::now() < deadline,
            "the server did not start"
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    Server { child, addr }
}

/// POSTs one report over a new connection; true when the server answered 303.
fn post_raw(addr: SocketAddr, details: &str) -> bool {
    use std::io::{Read, Write};
    let Ok(mut stream) = std::net::TcpStream::connect(addr) else {
        return false;
    };
    let _ = stream.set_read_timeout(Some(std::time::Duration::from_secs(10)));
    let body = valid(details);
    let request = format!(
        "POST /en/report/ HTTP/1.1\r\nHost: {addr}\r\nContent-Type: {FORM}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    if stream.write_all(request.as_bytes()).is_err() {
        return false;
    }
    let mut answer = String::new();
    let _ = stream.read_to_string(&mut answer);
    answer.starts_with("HTTP/1.1 303 ")
}

/// What this proves: a report the server answered `303` had been committed before the
/// answer, so it survives a crash of the process (SIGKILL: no clean stop, no checkpoint),
/// and nothing is stored twice. What it cannot prove: that it survives a power cut or a
/// crash of the machine. A commit in SQLite's write-ahead log sits in the system's page
/// cache, which a killed process does not lose, so this passes with `synchronous=NORMAL`
/// or `OFF` too; only `synchronous=FULL` (an fsync at every commit, checked by
/// `sqlite_is_created_with_its_folder_in_wal_mode_with_synchronous_full`) adds that.
#[test]
fn a_server_killed_mid_stream_loses_no_acknowledged_report() {
    const KILL_AFTER: usize = 40;
    let dir = temp_dir("sigkill");
    let database = dir.join("data/reports.sqlite3");
    let mut server = start_server(&database);
    let addr = server.addr;
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let answered = std::sync::Arc::new(AtomicUsize::new(0));
    // Four writers send reports as fast as they are answered until the server dies.
    let writers: Vec<_> = (0..4)
        .map(|w| {
            let (stop, answered) = (stop.clone(), answered.clone());
            std::thread::spawn(move || {
                let mut acknowledged = Vec::new();
                for n in 0..5000 {
                    if stop.load(Ordering::SeqCst) {
                        break;
                    }
                    let details = format!("writer {w} report {n} before the kill");
                    if post_raw(addr, &details) {
                        acknowledged.push(details);
                        answered.fetch_add(1, Ordering::SeqCst);
                    } else if n > 0 {
                        break;
                    }
                }
                acknowledged
            })
        })
        .collect();
    // Killed once KILL_AFTER reports are acknowledged, while the writers go on.
    while answered.load(Ordering::SeqCst) < KILL_AFTER {
        assert!(
            !writers.iter().all(|w| w.is_finished()),
            "the writers stopped after {} acknowledged reports",
            answered.load(Ordering::SeqCst)
        );
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    server.child.kill().unwrap(); // SIGKILL on Unix
    server.child.wait().unwrap();
    stop.store(true, Ordering::SeqCst);
    let acknowledged: Vec<String> = writers
        .into_iter()
        .flat_map(|w| w.join().unwrap())
        .collect();
    assert!(acknowledged.len() >= KILL_AFTER);

    // Restarted, the server takes reports again; the subcommand counts what was stored.
    let mut server = start_server(&database);
    assert!(post_raw(server.addr, "the first report after the restart"));
    let _ = server.child.kill();
    let _ = server.child.wait();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_keep-your-number"))
        .args(["reports", "list", "--json", "--database"])
        .arg(&database)
        .env_remove("DATABASE_URL")
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let stored: Vec<serde_json::Value> = serde_json::from_slice(&output.stdout).unwrap();
    let details: std::collections::HashSet<&str> = stored
        .iter()
        .map(|r| r["details"].as_str().unwrap())
        .collect();
    let lost: Vec<&String> = acknowledged
        .iter()
        .filter(|d| !details.contains(d.as_str()))
        .collect();
    assert!(
        lost.is_empty(),
        "{} acknowledged reports lost, e.g. {:?}",
        lost.len(),
        lost.first()
    );
    assert!(details.contains("the first report after the restart"));
    // At most the reports in flight at the kill were stored without an answer.
    assert!(
        stored.len() <= acknowledged.len() + 1 + 4,
        "{} stored, {} acknowledged",
        stored.len(),
        acknowledged.len()
    );
    assert_eq!(details.len(), stored.len(), "none stored twice");
}

// ---- 8. Storage and the command line, bounded (issue 19) ------------------------------------

/// The versions of the `.sql` files in `migrations/{backend}/`, from their names
/// (`0001_reports.sql` is 1).
fn migration_files(backend: &str) -> Vec<i64> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("migrations")
        .join(backend);
    let mut versions: Vec<i64> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().into_string().unwrap())
        .filter(|name| name.ends_with(".sql"))
        .map(|name| name.split('_').next().unwrap().parse().unwrap())
        .collect();
    versions.sort();
    versions
}

/// The migrations a database has recorded, and whether each succeeded.
async fn applied_migrations(target: &Target) -> Vec<(i64, bool)> {
    use sqlx::Connection;
    let sql = "SELECT version, success FROM _sqlx_migrations ORDER BY version";
    match target {
        Target::Sqlite(path) => {
            let options = sqlx::sqlite::SqliteConnectOptions::new().filename(path);
            let mut connection = sqlx::SqliteConnection::connect_with(&options)
                .await
                .unwrap();
            sqlx::query_as(sql)
                .fetch_all(&mut connection)
                .await
                .unwrap()
        }
        Target::Postgres(url) => {
            let mut connection = sqlx::PgConnection::connect(url).await.unwrap();
            sqlx::query_as(sql)
                .fetch_all(&mut connection)
                .await
                .unwrap()
        }
    }
}

#[tokio::test]
async fn every_file_in_migrations_is_applied_on_both_databases() {
    let files = migration_files("sqlite");
    assert!(!files.is_empty());
    assert_eq!(
        files,
        migration_files("postgres"),
        "one schema: the same versions in both folders"
    );
    for (backend, target) in databases("migrations").await {
        let store = Store::open(&target).await.unwrap();
        store.close_pool().await;
        let expected: Vec<(i64, bool)> = files.iter().map(|&v| (v, true)).collect();
        assert_eq!(applied_migrations(&target).await, expected, "{backend}");
    }
}

/// The migrations as the server listed them by hand before `sqlx::migrate!`: version 1,
/// `reports`, the file's text.
#[derive(Debug)]
struct OldRunner(&'static str);

impl sqlx::migrate::MigrationSource<'static> for OldRunner {
    fn resolve(
        self,
    ) -> futures_util::future::BoxFuture<
        'static,
        Result<Vec<sqlx::migrate::Migration>, sqlx::error::BoxDynError>,
    > {
        let migration = sqlx::migrate::Migration::new(
            1,
            "reports".into(),
            sqlx::migrate::MigrationType::Simple,
            self.0.into(),
            false,
        );
        Box::pin(std::future::ready(Ok(vec![migration])))
    }
}

#[tokio::test]
async fn a_database_made_by_the_old_migration_runner_opens_and_keeps_its_reports() {
    use sqlx::migrate::Migrator;
    let before = "INSERT INTO reports (created_at, lang, page, kind, details) \
                  VALUES (1900000000, 'en', '/en/', 'code', 'Stored before the upgrade')";
    for (backend, target) in databases("old-runner").await {
        match &target {
            Target::Sqlite(path) => {
                let pool = sqlx::SqlitePool::connect_with(default_sqlite_options(path).unwrap())
                    .await
                    .unwrap();
                let old = OldRunner(include_str!("../migrations/sqlite/0001_reports.sql"));
                Migrator::new(old).await.unwrap().run(&pool).await.unwrap();
                sqlx::query(before).execute(&pool).await.unwrap();
                pool.close().await;
            }
            Target::Postgres(url) => {
                let pool = sqlx::PgPool::connect(url).await.unwrap();
                let old = OldRunner(include_str!("../migrations/postgres/0001_reports.sql"));
                Migrator::new(old).await.unwrap().run(&pool).await.unwrap();
                sqlx::query(before).execute(&pool).await.unwrap();
                pool.close().await;
            }
        }
        let store = Store::open(&target)
            .await
            .unwrap_or_else(|e| panic!("{backend}: {e}"));
        let stored = store.list(ListFilter::default()).await.unwrap();
        assert_eq!(stored.len(), 1, "{backend}");
        assert_eq!(stored[0].details, "Stored before the upgrade");
        store
            .insert(
                &report("/en/", Kind::Other, "Stored after the upgrade"),
                noon(),
            )
            .await
            .unwrap();
        assert_eq!(store.count().await.unwrap(), 2, "{backend}");
        store.close_pool().await;
        let expected: Vec<(i64, bool)> = migration_files(&backend)
            .into_iter()
            .map(|v| (v, true))
            .collect();
        assert_eq!(applied_migrations(&target).await, expected, "{backend}");
    }
}

#[tokio::test]
async fn postgresql_errors_are_named_by_their_sqlstate_not_as_sqlite_codes() {
    use sqlx::Connection;
    let Some((_, target)) = databases("pg-errors")
        .await
        .into_iter()
        .find(|(backend, _)| backend == "postgres")
    else {
        return; // databases() said PostgreSQL is skipped (and fails under CI=true).
    };
    let Target::Postgres(url) = &target else {
        unreachable!()
    };
    let store = Store::open(&target).await.unwrap();
    let mut admin = sqlx::PgConnection::connect(url).await.unwrap();
    // A trigger raises each error as PostgreSQL itself would, through the real driver.
    let fail_with = |sqlstate: &str| {
        format!(
            "CREATE OR REPLACE FUNCTION kyn_fail() RETURNS trigger LANGUAGE plpgsql AS \
             $$ BEGIN RAISE EXCEPTION 'injected' USING ERRCODE = '{sqlstate}'; END $$"
        )
    };
    sqlx::raw_sql(&fail_with("42501"))
        .execute(&mut admin)
        .await
        .unwrap();
    sqlx::raw_sql(
        "CREATE TRIGGER kyn_fail BEFORE INSERT ON reports FOR EACH ROW EXECUTE FUNCTION kyn_fail()",
    )
    .execute(&mut admin)
    .await
    .unwrap();
    for (sqlstate, says) in [
        ("42501", "permission denied"),
        ("53100", "the disk (or the database) is full"),
        ("53300", "too many connections"),
        ("57P01", "shutting down"),
        ("08006", "the connection to the database failed"),
    ] {
        sqlx::raw_sql(&fail_with(sqlstate))
            .execute(&mut admin)
            .await
            .unwrap();
        let error = store
            .insert(&report("/en/", Kind::Other, "Refused by a trigger"), noon())
            .await
            .unwrap_err()
            .to_string();
        assert!(error.contains(says), "{sqlstate}: {error}");
        assert!(!error.contains("locked"), "{sqlstate}: {error}");
    }
    sqlx::raw_sql(&fail_with("42501"))
        .execute(&mut admin)
        .await
        .unwrap();
    assert_refused_with_503(store.clone(), "permission denied").await;
    assert_eq!(store.count().await.unwrap(), 0);
}

#[tokio::test]
async fn a_locked_sqlite_database_is_said_to_be_locked() {
    use sqlx::Connection;
    let path = temp_dir("locked").join("r.sqlite3");
    Store::open(&Target::Sqlite(path.clone()))
        .await
        .unwrap()
        .close_pool()
        .await;
    // Another process's write transaction; this store does not wait for it.
    let mut holder = sqlx::SqliteConnection::connect_with(&default_sqlite_options(&path).unwrap())
        .await
        .unwrap();
    sqlx::raw_sql("BEGIN IMMEDIATE")
        .execute(&mut holder)
        .await
        .unwrap();
    let impatient = Store::sqlite(
        default_sqlite_options(&path)
            .unwrap()
            .busy_timeout(std::time::Duration::ZERO),
    )
    .await
    .unwrap();
    assert_refused_with_503(impatient, "the database is locked").await;
}

/// Another connection holding the lock every write to `reports` needs, until dropped.
async fn hold_write_lock(target: &Target) -> Box<dyn std::any::Any + Send> {
    use sqlx::Connection;
    match target {
        Target::Sqlite(path) => {
            let mut connection =
                sqlx::SqliteConnection::connect_with(&default_sqlite_options(path).unwrap())
                    .await
                    .unwrap();
            sqlx::raw_sql("BEGIN IMMEDIATE")
                .execute(&mut connection)
                .await
                .unwrap();
            Box::new(connection)
        }
        Target::Postgres(url) => {
            let mut connection = sqlx::PgConnection::connect(url).await.unwrap();
            sqlx::raw_sql("BEGIN; LOCK TABLE reports IN EXCLUSIVE MODE")
                .execute(&mut connection)
                .await
                .unwrap();
            Box::new(connection)
        }
    }
}

#[tokio::test]
async fn a_write_held_up_past_its_time_limit_gets_503_with_retry_after() {
    for (backend, target) in databases("write-timeout").await {
        let store = Store::open(&target).await.unwrap();
        let holder = hold_write_lock(&target).await;
        // The write waits for the lock (SQLite's busy timeout is longer than this limit;
        // PostgreSQL waits for ever): only the time limit answers.
        let limit = std::time::Duration::from_millis(300);
        let held_up = store.clone().with_write_timeout(limit);
        assert_refused_with_503(
            held_up,
            "the database did not store the report within 300ms",
        )
        .await;
        drop(holder);
        // The lock gone, the same database takes a report at once.
        let app = app_for(&reports_with(store.clone(), Clock::fixed(noon())));
        let answer = post_form(&app, "en", valid("Sent once the lock is gone."), peer(12)).await;
        assert_eq!(answer.status, StatusCode::SEE_OTHER, "{backend}");
        store.close_pool().await;
    }
}

#[tokio::test]
async fn the_sqlite_folder_is_created_0700_and_its_files_0600() {
    use std::os::unix::fs::PermissionsExt;
    let mode = |path: &Path| std::fs::metadata(path).unwrap().permissions().mode() & 0o777;
    let with = |path: &Path, suffix: &str| {
        let mut name = path.as_os_str().to_owned();
        name.push(suffix);
        PathBuf::from(name)
    };
    let dir = temp_dir("modes");
    let path = dir.join("data/reports.sqlite3");
    let store = Store::open(&Target::Sqlite(path.clone())).await.unwrap();
    store
        .insert(
            &report("/en/", Kind::Other, "My number is private."),
            noon(),
        )
        .await
        .unwrap();
    assert_eq!(mode(&dir), 0o700, "every folder created");
    assert_eq!(mode(&dir.join("data")), 0o700);
    // The write-ahead log and shared memory appear once written to.
    for suffix in ["", "-wal", "-shm"] {
        let file = with(&path, suffix);
        assert!(file.exists(), "{}", file.display());
        assert_eq!(mode(&file), 0o600, "{}", file.display());
    }
    store.close_pool().await;
    // A database an earlier version made 0644 is made 0600 when opened.
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    let store = Store::open(&Target::Sqlite(path.clone())).await.unwrap();
    store
        .insert(
            &report("/en/", Kind::Other, "Another private note."),
            noon(),
        )
        .await
        .unwrap();
    for suffix in ["", "-wal", "-shm"] {
        let file = with(&path, suffix);
        assert_eq!(mode(&file), 0o600, "{} reopened", file.display());
    }
    store.close_pool().await;
}

/// How many reports a copy of the database file alone holds, without its write-ahead log:
/// what a checkpoint has written into the file.
async fn reports_in_the_file_alone(path: &Path) -> i64 {
    use sqlx::Connection;
    let copy = path.with_extension("copy");
    std::fs::copy(path, &copy).unwrap();
    let options = sqlx::sqlite::SqliteConnectOptions::new().filename(&copy);
    let mut connection = sqlx::SqliteConnection::connect_with(&options)
        .await
        .unwrap();
    let count = sqlx::query_scalar("SELECT COUNT(*) FROM reports")
        .fetch_one(&mut connection)
        .await
        .unwrap();
    connection.close().await.unwrap();
    count
}

#[tokio::test]
async fn ten_thousand_reports_leave_a_small_wal_and_are_in_the_database_file() {
    let path = temp_dir("wal").join("reports.sqlite3");
    let store = Store::open(&Target::Sqlite(path.clone())).await.unwrap();
    let long = report("/km/compare/", Kind::Other, &"ល".repeat(300));
    for _ in 0..10_000 {
        store.insert(&long, noon()).await.unwrap();
    }
    let wal = std::fs::metadata(path.with_extension("sqlite3-wal")).map_or(0, |m| m.len());
    assert!(wal < 64 << 20, "the write-ahead log is {wal} bytes");
    // SQLite's own checkpoints (every 1,000 pages, a few hundred reports) have run...
    let in_file = reports_in_the_file_alone(&path).await;
    assert!(
        in_file >= 9_000,
        "only {in_file} of 10,000 reports in the file"
    );
    // ...and the server's periodic one leaves none out.
    store.checkpoint().await.unwrap();
    assert_eq!(reports_in_the_file_alone(&path).await, 10_000);
    store.close_pool().await;
}

#[test]
fn a_clean_stop_folds_the_wal_into_the_database_file() {
    let database = temp_dir("clean-stop").join("data/reports.sqlite3");
    let mut server = start_server(&database);
    for n in 0..20 {
        assert!(post_raw(
            server.addr,
            &format!("report {n} before the stop")
        ));
    }
    let wal = database.with_extension("sqlite3-wal");
    assert!(
        std::fs::metadata(&wal).map_or(0, |m| m.len()) > 0,
        "while serving, the last reports are in the write-ahead log"
    );
    let pid = i32::try_from(server.child.id()).unwrap();
    // SAFETY: kill(2) with a valid signal on the child this test started.
    assert_eq!(unsafe { libc::kill(pid, libc::SIGTERM) }, 0);
    assert!(server.child.wait().unwrap().success());
    assert_eq!(
        std::fs::metadata(&wal).map_or(0, |m| m.len()),
        0,
        "the write-ahead log is emptied at a clean stop"
    );
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    assert_eq!(runtime.block_on(reports_in_the_file_alone(&database)), 20);
}

/// The binary with `args` and its own `--database`, none of the variables that would
/// change what it reads.
fn binary(args: &[&str], database: &Path) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_keep-your-number"))
        .args(args)
        .arg("--database")
        .arg(database)
        .env_remove("DATABASE_URL")
        .env_remove("REPORT_LIMIT")
        .env("RUST_LOG", "warn")
        .output()
        .unwrap()
}

#[test]
fn prune_older_than_out_of_range_is_refused_with_exit_2_not_a_panic() {
    let database = temp_dir("prune-range").join("reports.sqlite3");
    for days in ["4000000000d", "99999999999999999999d", "36501d", "0d"] {
        let output = binary(&["reports", "prune", "--older-than", days], &database);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{days}: {stderr}");
        assert!(
            stderr.contains("--older-than") && !stderr.contains("panicked"),
            "{days}: {stderr}"
        );
    }
    assert!(
        stderr_of(&binary(
            &["reports", "prune", "--older-than", "0d"],
            &database
        ))
        .contains("0d would delete every report")
    );
    let output = binary(&["reports", "prune", "--older-than", "36500d"], &database);
    assert!(output.status.success(), "{}", stderr_of(&output));
    assert!(
        String::from_utf8_lossy(&output.stdout).starts_with("deleted 0 reports received before ")
    );
}

fn stderr_of(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn a_report_limit_of_0_or_out_of_range_is_refused_with_exit_2() {
    let database = temp_dir("report-limit").join("reports.sqlite3");
    for limit in ["0", "100000001", "4294967296", "five"] {
        let output = binary(
            &["--addr", "127.0.0.1:0", "--report-limit", limit],
            &database,
        );
        let stderr = stderr_of(&output);
        assert_eq!(output.status.code(), Some(2), "{limit}: {stderr}");
        assert!(stderr.contains("--report-limit"), "{limit}: {stderr}");
    }
    let output = binary(&["--addr", "127.0.0.1:0", "--report-limit", "0"], &database);
    assert!(stderr_of(&output).contains("0 would refuse every report"));
    assert!(!database.exists(), "refused before the database is opened");
}

#[tokio::test]
async fn list_and_show_print_invisible_characters_escaped_and_keep_them_stored() {
    let store = Store::open(&Target::Sqlite(temp_dir("invisible").join("r.sqlite3")))
        .await
        .unwrap();
    // A Khmer zero-width space between words, a right-to-left override that would show
    // "*888#" as "#888*", a zero-width joiner and a byte-order mark.
    let typed = "លេខ\u{200B}កូដ dial \u{202E}*888# then\u{200D}\u{FEFF} stop";
    let id = store
        .insert(
            &NewReport {
                contact: Some("me\u{200F}@example.org".into()),
                ..report("/km/", Kind::Code, typed)
            },
            noon(),
        )
        .await
        .unwrap();
    let clock = Clock::fixed(noon());
    let table = run(
        &store,
        &clock,
        ReportsCommand::List {
            open: false,
            since: None,
            json: false,
        },
    )
    .await
    .unwrap();
    let shown = run(&store, &clock, ReportsCommand::Show { id })
        .await
        .unwrap();
    for printed in [&table, &shown] {
        for hidden in ['\u{200B}', '\u{202E}', '\u{200D}', '\u{FEFF}', '\u{200F}'] {
            assert!(
                !printed.contains(hidden),
                "{hidden:?} printed raw:\n{printed}"
            );
        }
        assert!(
            printed.contains("លេខ\\u{200B}កូដ dial \\u{202E}*888# then\\u{200D}\\u{FEFF} stop"),
            "{printed}"
        );
    }
    assert!(
        shown.contains("Contact:  me\\u{200F}@example.org"),
        "{shown}"
    );
    assert_eq!(
        store.get(id).await.unwrap().unwrap().details,
        typed,
        "stored as typed"
    );
    // JSON is for programs: the text exactly as stored.
    let json = run(
        &store,
        &clock,
        ReportsCommand::List {
            open: false,
            since: None,
            json: true,
        },
    )
    .await
    .unwrap();
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(json[0]["details"], typed);
}

// ---- Issue 19: cross-site, bidirectional controls, the rate limit's clients ------------

#[tokio::test]
async fn an_origin_that_only_matches_its_own_host_header_gets_403() {
    let dir = temp_dir("rebinding");
    let store = Store::open(&Target::Sqlite(dir.join("r.sqlite3")))
        .await
        .unwrap();
    let app = app_for(&reports_with(store.clone(), Clock::fixed(noon())));
    // A DNS-rebinding page posts with its own name as both Origin and Host; the site's
    // public origin is https://guide.example.
    for (origin, host) in [
        ("http://rebind.example", "rebind.example"),
        ("http://127.0.0.1:3000", "127.0.0.1:3000"),
        ("http://guide.example", "guide.example"),
        ("https://guide.example:8443", "guide.example:8443"),
    ] {
        let answer = send(
            &app,
            "POST",
            "/en/report/",
            &[("origin", origin), ("host", host), ("content-type", FORM)],
            valid("Sent from a rebinding page."),
            peer(20),
        )
        .await;
        assert_eq!(answer.status, StatusCode::FORBIDDEN, "{origin}");
        assert!(
            answer
                .body
                .contains(&message(Lang::En, "report-error-cross-site"))
        );
    }
    assert_eq!(store.count().await.unwrap(), 0);
}

#[tokio::test]
async fn bidirectional_controls_get_400_that_says_so_in_each_language() {
    let dir = temp_dir("bidi");
    let store = Store::open(&Target::Sqlite(dir.join("r.sqlite3")))
        .await
        .unwrap();
    let app = app_for(&reports_with(store.clone(), Clock::fixed(noon())));
    for lang in Lang::ALL {
        for body in [
            valid("The code is *888#\u{202E}#999* here"),
            form(&[
                ("page", "/en/smart/kiosk/"),
                ("kind", "code"),
                ("details", "The code on this page changed"),
                ("contact", "me\u{2066}@example.org"),
            ]),
        ] {
            let answer = post_form(&app, lang.code(), body, peer(21)).await;
            assert_eq!(answer.status, StatusCode::BAD_REQUEST);
            assert!(
                answer
                    .body
                    .contains(&message(lang, "report-error-bidi-controls")),
                "{lang:?}"
            );
        }
    }
    assert_eq!(store.count().await.unwrap(), 0);
}

#[tokio::test]
async fn behind_a_trusted_proxy_each_forwarded_client_is_limited_alone() {
    let dir = temp_dir("trusted-proxy");
    let store = Store::open(&Target::Sqlite(dir.join("r.sqlite3")))
        .await
        .unwrap();
    let reports = reports_with(store.clone(), Clock::fixed(noon()))
        .with_trusted_proxies(vec!["192.0.2.0/28".parse().unwrap()]);
    let app = app_for(&reports);
    let proxy = peer(1);
    let post = |forwarded: &'static str, from: IpAddr, n: usize| {
        let app = app.clone();
        async move {
            send(
                &app,
                "POST",
                "/en/report/",
                &[("content-type", FORM), ("x-forwarded-for", forwarded)],
                valid(&format!("Report {n} through the proxy")),
                from,
            )
            .await
            .status
        }
    };
    // Two readers behind the proxy: five each, then the sixth of each is refused.
    for reader in ["203.0.113.1", "203.0.113.2"] {
        for n in 0..PER_ADDRESS {
            assert_eq!(
                post(reader, proxy, n).await,
                StatusCode::SEE_OTHER,
                "{reader} {n}"
            );
        }
        assert_eq!(
            post(reader, proxy, 9).await,
            StatusCode::TOO_MANY_REQUESTS,
            "{reader}"
        );
    }
    // A reader cannot pose as another by writing the header itself: the proxy appends.
    assert_eq!(
        post("203.0.113.3, 203.0.113.1", proxy, 10).await,
        StatusCode::TOO_MANY_REQUESTS
    );
    // From a peer that is not a trusted proxy the header is ignored: the peer is counted.
    let untrusted = peer(100);
    for n in 0..PER_ADDRESS {
        let forwarded = [
            "198.51.100.1",
            "198.51.100.2",
            "198.51.100.3",
            "198.51.100.4",
            "198.51.100.5",
        ][n];
        assert_eq!(post(forwarded, untrusted, n).await, StatusCode::SEE_OTHER);
    }
    assert_eq!(
        post("198.51.100.6", untrusted, 11).await,
        StatusCode::TOO_MANY_REQUESTS
    );
    assert_eq!(store.count().await.unwrap(), 3 * PER_ADDRESS as i64);
}

/// The server binary with `--report-limit 1`; killed when dropped.
struct LimitedServer(Server);

impl Drop for LimitedServer {
    fn drop(&mut self) {
        let _ = self.0.child.kill();
        let _ = self.0.child.wait();
    }
}

/// One report over a new connection from the loopback address `source`; the status.
async fn post_from(source: std::net::Ipv4Addr, server: SocketAddr, details: String) -> u16 {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let socket = tokio::net::TcpSocket::new_v4().unwrap();
    socket.bind(SocketAddr::from((source, 0))).unwrap();
    let mut stream = socket.connect(server).await.unwrap();
    let body = valid(&details);
    let request = format!(
        "POST /en/report/ HTTP/1.1\r\nHost: {server}\r\nContent-Type: {FORM}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).await.unwrap();
    let answer = String::from_utf8_lossy(&answer);
    answer
        .strip_prefix("HTTP/1.1 ")
        .and_then(|rest| rest.get(..3))
        .and_then(|code| code.parse().ok())
        .unwrap_or_else(|| panic!("not an HTTP answer: {answer:?}"))
}

/// Over real sockets: 300 source addresses in 127.0.0.0/8 (all loopback) are 300 clients,
/// each with its own limit of one report. (The limiter's own test takes 20,000 clients.)
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn three_hundred_loopback_addresses_are_three_hundred_clients() {
    let dir = temp_dir("many-clients");
    let database = dir.join("reports.sqlite3");
    let addr = SocketAddr::from(([127, 0, 0, 1], free_port()));
    let child = std::process::Command::new(env!("CARGO_BIN_EXE_keep-your-number"))
        .args([
            "--addr",
            &addr.to_string(),
            "--workers",
            "2",
            "--report-limit",
            "1",
        ])
        .arg("--database")
        .arg(&database)
        .env_remove("DATABASE_URL")
        .env_remove("TRUSTED_PROXY")
        .env("RUST_LOG", "warn")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let _server = LimitedServer(Server { child, addr });
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while std::net::TcpStream::connect(addr).is_err() {
        assert!(
            std::time::Instant::now() < deadline,
            "the server did not start"
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let sources: Vec<std::net::Ipv4Addr> = (0..300u32)
        .map(|n| std::net::Ipv4Addr::new(127, 0, 1 + (n / 200) as u8, 1 + (n % 200) as u8))
        .collect();
    // Each source's first report is stored, its second refused; 20 at a time.
    for round in ["first", "second"] {
        let mut statuses = Vec::new();
        for chunk in sources.chunks(20) {
            let sends = chunk.iter().map(|&source| {
                post_from(source, addr, format!("The {round} report from {source}"))
            });
            statuses.extend(futures_util::future::join_all(sends).await);
        }
        let expected = if round == "first" { 303 } else { 429 };
        let wrong: Vec<_> = sources
            .iter()
            .zip(&statuses)
            .filter(|(_, status)| **status != expected)
            .collect();
        assert!(
            wrong.is_empty(),
            "{round}: {} answered otherwise, e.g. {:?}",
            wrong.len(),
            wrong.first()
        );
    }
    let store = Store::open(&Target::Sqlite(database)).await.unwrap();
    assert_eq!(store.count().await.unwrap(), 300);
}
