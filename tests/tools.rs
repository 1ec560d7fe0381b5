//! The tools: the reminder's dates and calendar file, its form errors, and the sitemap.

mod common;

use chrono::NaiveDate;
use common::{decode_qr_svg, get, request, site, visible_text};
use keep_your_number::address::Address;
use keep_your_number::content::{Facts, Operator};
use keep_your_number::form::{Form, FormError};
use keep_your_number::plan::{PlanRequest, StageKind, parse_query, timeline};

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn dates(operator: Operator, ends: &str) -> Vec<(StageKind, NaiveDate, Option<NaiveDate>)> {
    let facts = Facts::built_in().unwrap();
    timeline(
        &facts,
        PlanRequest {
            operator,
            ends: date(ends),
            away_until: None,
            place: None,
        },
    )
    .into_iter()
    .map(|s| (s.kind, s.from, s.until))
    .collect()
}

#[test]
fn the_regulators_rule_across_a_leap_day() {
    // 2028 is a leap year: day 60 after 31 Dec 2027 is 29 Feb 2028.
    assert_eq!(
        dates(Operator::Smart, "2027-12-31"),
        vec![
            (StageKind::Ends, date("2027-12-31"), None),
            (
                StageKind::OutgoingBlocked,
                date("2028-01-01"),
                Some(date("2028-02-29"))
            ),
            (
                StageKind::AllBlocked,
                date("2028-03-01"),
                Some(date("2028-03-30"))
            ),
            (
                StageKind::Resale,
                date("2028-03-31"),
                Some(date("2028-06-28"))
            ),
        ]
    );
    // The same dates a year earlier, when February has 28 days.
    assert_eq!(
        dates(Operator::Cootel, "2026-12-31")[1].2,
        Some(date("2027-03-01"))
    );
    assert_eq!(
        dates(Operator::Seatel, "2026-12-31")[2].1,
        date("2027-03-02")
    );
}

#[test]
fn metfone_can_be_restored_for_90_days_after_the_blocked_stages() {
    assert_eq!(
        dates(Operator::Metfone, "2027-01-31"),
        vec![
            (StageKind::Ends, date("2027-01-31"), None),
            (
                StageKind::OutgoingBlocked,
                date("2027-02-01"),
                Some(date("2027-04-01"))
            ),
            (
                StageKind::AllBlocked,
                date("2027-04-02"),
                Some(date("2027-05-01"))
            ),
            (
                StageKind::Restore,
                date("2027-05-02"),
                Some(date("2027-07-30"))
            ),
        ]
    );
}

#[test]
fn cellcard_may_delete_after_90_days() {
    let stages = dates(Operator::Cellcard, "2027-11-30");
    assert_eq!(stages[3], (StageKind::Deleted, date("2028-02-29"), None));
    assert_eq!(
        stages[1],
        (
            StageKind::OutgoingBlocked,
            date("2027-12-01"),
            Some(date("2028-01-29"))
        )
    );
}

#[test]
fn the_form_is_read_strictly() {
    let today = date("2026-11-25");
    let ok = parse_query("operator=metfone&ends=2027-02-28", today).unwrap();
    assert_eq!(
        ok,
        PlanRequest {
            operator: Operator::Metfone,
            ends: date("2027-02-28"),
            away_until: None,
            place: None,
        }
    );
    let cases = [
        ("", FormError::MissingOperator),
        ("ends=2027-01-01", FormError::MissingOperator),
        ("operator=qb&ends=2027-01-01", FormError::UnknownOperator),
        ("operator=Smart&ends=2027-01-01", FormError::UnknownOperator),
        ("operator=smart", FormError::MissingDate),
        ("operator=smart&ends=", FormError::MissingDate),
        ("operator=smart&ends=2027-02-29", FormError::BadDate),
        ("operator=smart&ends=2027-13-01", FormError::BadDate),
        ("operator=smart&ends=31/01/2027", FormError::BadDate),
        ("operator=smart&ends=2027-1-5", FormError::BadDate),
        ("operator=smart&ends=%3Cscript%3E", FormError::BadDate),
        ("operator=smart&ends=1999-01-01", FormError::DateTooFar),
        ("operator=smart&ends=2030-01-01", FormError::DateTooFar),
        (
            "operator=smart&operator=cellcard&ends=2027-01-01",
            FormError::RepeatedField(Form::Plan),
        ),
        (
            "operator=smart&ends=2027-01-01&ends=2027-01-02",
            FormError::RepeatedField(Form::Plan),
        ),
    ];
    for (query, expected) in cases {
        assert_eq!(
            parse_query(query, today).map_err(|(_, e)| e),
            Err(expected),
            "{query}"
        );
    }
    // Parameters the form does not use, as shared links pick up, change nothing.
    for query in [
        "operator=metfone&ends=2027-02-28&utm_source=wechat",
        "fbclid=IwAR0abc&operator=metfone&ends=2027-02-28",
        "operator=metfone&x=&ends=2027-02-28&x=2",
    ] {
        assert_eq!(parse_query(query, today), Ok(ok), "{query}");
    }
    // What was typed comes back to fill the form again.
    let (input, _) = parse_query("operator=cellcard&ends=2027-02-30", today).unwrap_err();
    assert_eq!(
        (input.operator.as_str(), input.ends.as_str()),
        ("cellcard", "2027-02-30")
    );
}

/// 20 days after the tests' today.
fn soon() -> String {
    common::day(20)
}

#[tokio::test]
async fn the_reminder_answers_with_dates_in_the_readers_language() {
    let ends = soon();
    let zh = get(&format!("/zh/plan/?operator=metfone&ends={ends}")).await;
    assert_eq!(zh.status, 200);
    assert_eq!(zh.header("content-language"), "zh-Hans");
    let text = visible_text(&zh.body);
    assert!(text.contains("Metfone 号码的关键日期"), "{text}");
    assert!(
        text.contains('年') && text.contains("月") && !text.contains(&ends),
        "dates are written out"
    );
    // askama writes & in attributes as &#38;
    assert!(
        zh.body
            .contains(&format!("calendar.ics?operator=metfone&#38;ends={ends}"))
    );
    // The language switch keeps the answer.
    let km = format!("/km/plan/?operator=metfone&#38;ends={ends}");
    assert!(zh.body.contains(&km), "switch keeps the query");
    let km = get(&format!("/km/plan/?operator=metfone&ends={ends}")).await;
    assert!(visible_text(&km.body).contains("ខែ"));
}

#[tokio::test]
async fn bad_input_answers_400_in_the_readers_language_with_the_form_refilled() {
    let cases = [
        (
            "/en/plan/?operator=smart&ends=2027-02-30",
            "en",
            "That date does not exist",
        ),
        (
            "/zh/plan/?operator=&ends=2027-01-01",
            "zh-Hans",
            "请选择你的运营商",
        ),
        ("/km/plan/?operator=smart&ends=", "km", "សូមវាយថ្ងៃផុតសុពលភាព"),
        (
            "/en/plan/?operator=smart&ends=1990-01-01",
            "en",
            "more than a year ago",
        ),
        (
            "/en/plan/?operator=qb&ends=2027-01-01",
            "en",
            "from the list",
        ),
        (
            "/en/plan/?operator=smart&ends=2027-01-01&operator=metfone&utm=x",
            "en",
            "gives a field more than once",
        ),
        (
            "/km/plan/calendar.ics?operator=smart&operator=smart&ends=2027-01-01",
            "km",
            "ច្រើនជាងមួយដង",
        ),
        (
            "/en/plan/calendar.ics?operator=smart",
            "en",
            "Enter the date",
        ),
    ];
    for (uri, lang, message) in cases {
        let answer = get(uri).await;
        assert_eq!(answer.status, 400, "{uri}");
        assert_eq!(answer.header("content-language"), lang, "{uri}");
        assert!(visible_text(&answer.body).contains(message), "{uri}");
        assert!(answer.body.contains("<form class=\"plan-form\""), "{uri}");
    }
    let refilled = get("/en/plan/?operator=cellcard&ends=2027-02-30")
        .await
        .body;
    assert!(refilled.contains("value=\"2027-02-30\""));
    assert!(refilled.contains("<option value=\"cellcard\" selected>"));
}

#[tokio::test]
async fn links_that_picked_up_other_parameters_still_work() {
    let ends = soon();
    let tracked = get(&format!(
        "/en/plan/?utm_source=wechat&operator=smart&ends={ends}&fbclid=IwAR0"
    ))
    .await;
    assert_eq!(tracked.status, 200);
    let plain = get(&format!("/en/plan/?operator=smart&ends={ends}")).await;
    assert_eq!(tracked.body, plain.body, "the same answer");
    let calendar = get(&format!(
        "/en/plan/calendar.ics?operator=smart&ends={ends}&utm_medium=share"
    ))
    .await;
    assert_eq!(calendar.status, 200);
    assert!(calendar.body.starts_with("BEGIN:VCALENDAR"));
    // A link to the blank form, or to a page, with only a tracking parameter: the page.
    for (path, query) in [
        ("/km/plan/", "?fbclid=IwAR0"),
        ("/zh/plan/", "?utm_source=wechat&utm_medium=share"),
        ("/en/smart/kiosk/", "?fbclid=IwAR0"),
        ("/en/", "?operator=smart&ends=2027-01-01"),
    ] {
        let answer = get(&format!("{path}{query}")).await;
        assert_eq!(answer.status, 200, "{path}{query}");
        assert_eq!(answer.body, get(path).await.body, "{path}{query}");
    }
}

#[tokio::test]
async fn answers_rendered_per_request_are_not_stored_and_compressed_fast() {
    use std::io::Read as _;
    let uri = format!("/zh/plan/?operator=cellcard&ends={}", soon());
    let plain = get(&uri).await;
    assert_eq!(plain.status, 200);
    assert_eq!(plain.header("cache-control"), "no-store");
    assert_eq!(plain.headers.get("etag"), None, "no hash of a one-off body");
    assert_eq!(plain.headers.get("content-encoding"), None);
    let gz = common::raw_to(common::app(), &uri, &[("accept-encoding", "br, gzip")]).await;
    assert_eq!(gz.0, 200);
    // Brotli is not made per request: gzip, at its fastest level.
    assert_eq!(gz.1["content-encoding"], "gzip");
    let mut body = String::new();
    flate2::read::GzDecoder::new(&gz.2[..])
        .read_to_string(&mut body)
        .unwrap();
    assert_eq!(body, plain.body);
    assert_eq!(gz.2[8], 4, "gzip's XFL byte: 4 is the fastest level");
    // Only gzip-or-nothing: a client that takes brotli alone gets the plain body.
    let br_only = common::raw_to(common::app(), &uri, &[("accept-encoding", "br")]).await;
    assert_eq!(br_only.1.get("content-encoding"), None);
}

#[tokio::test]
async fn nothing_typed_comes_back_unescaped() {
    let payload = "%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E";
    for (uri, status) in [
        (format!("/en/plan/?operator={payload}&ends=2027-01-01"), 400),
        (format!("/en/plan/?operator=smart&ends={payload}"), 400),
        // An unknown parameter is ignored: the blank form.
        (format!("/en/plan/?{payload}=1"), 200),
        (
            format!("/en/plan/?operator=smart&ends=2027-01-01&{payload}=1"),
            200,
        ),
    ] {
        let answer = get(&uri).await;
        assert_eq!(answer.status, status, "{uri}");
        assert!(!answer.body.contains("<script>alert(1)"), "{uri}");
        assert!(!answer.body.contains("\"><script"), "{uri}");
    }
}

#[tokio::test]
async fn the_comparison_has_a_row_per_operator_with_sources_or_whom_to_ask() {
    let body = get("/en/compare/").await.body;
    for op in Operator::ALL {
        assert!(
            body.contains(&format!("<th scope=\"row\"><a href=\"/en/{op}/\">")),
            "{op}"
        );
    }
    assert!(body.contains("<code class=\"ussd\">#124#</code>"));
    // Whom to ask is said once per company; its cells say only "Not known".
    assert_eq!(
        body.matches("For cells marked “Not known”, ask at a CooTel store.")
            .count(),
        1
    );
    assert!(body.contains("<td data-label=\"Official app\" class=\"ask\">Not known"));
    assert!(body.contains("Closed from day 91; can be restored until day 180."));
}

#[tokio::test]
async fn the_sitemap_lists_exactly_the_pages_served() {
    let answer = get("/sitemap.xml").await;
    assert_eq!(answer.status, 200);
    let loc = regex::Regex::new(r"<loc>([^<]+)</loc>").unwrap();
    let mut listed: Vec<String> = loc
        .captures_iter(&answer.body)
        .map(|c| c[1].strip_prefix(common::ORIGIN).unwrap().to_owned())
        .collect();
    listed.sort();
    let mut pages: Vec<String> = site().page_paths().iter().map(|p| p.to_string()).collect();
    pages.sort();
    assert_eq!(listed, pages);
    assert_eq!(pages.len(), Address::all().count());
    assert_eq!(
        answer.body.matches("<xhtml:link rel=\"alternate\"").count(),
        pages.len() * 3
    );
    let robots = get("/robots.txt").await.body;
    assert!(robots.contains(&format!("Sitemap: {}/sitemap.xml", common::ORIGIN)));
    let head = request("HEAD", "/sitemap.xml", &[]).await;
    assert_eq!(head.status, 200);
}

#[tokio::test]
async fn every_page_has_a_qr_code_of_its_own_address_with_alt_text_in_its_language() {
    let canonical = regex::Regex::new(r#"<link rel="canonical" href="([^"]+)">"#).unwrap();
    let qr = regex::Regex::new(r#"<img src="(/static/qr\.[0-9a-f]+\.svg)" alt="([^"]+)""#).unwrap();
    let mut alt_texts = std::collections::HashMap::new();
    let mut paths: Vec<String> = site().page_paths().iter().map(|p| p.to_string()).collect();
    paths.push("/".into());
    for path in paths {
        let page = get(&path).await;
        let url = &canonical
            .captures(&page.body)
            .unwrap_or_else(|| panic!("{path}"))[1];
        let found = qr
            .captures(&page.body)
            .unwrap_or_else(|| panic!("{path} has no QR code"));
        alt_texts.insert(
            page.header("content-language").to_owned(),
            found[2].to_owned(),
        );

        let image = get(&found[1]).await;
        assert_eq!(image.status, 200, "{path}");
        assert_eq!(image.header("content-type"), "image/svg+xml");
        assert_eq!(
            image.header("cache-control"),
            "public, max-age=31536000, immutable"
        );
        assert_eq!(decode_qr_svg(&image.body), url, "{path}");
    }
    // One alt text per language, each its own.
    let distinct: std::collections::HashSet<_> = alt_texts.values().collect();
    assert_eq!((alt_texts.len(), distinct.len()), (3, 3), "{alt_texts:?}");
}

/// Two sources on one site are told apart by the end of their address, so no list of
/// sources (a section's notes, a comparison cell) names the same site twice.
#[tokio::test]
async fn no_list_of_sources_shows_the_same_label_twice() {
    let lists = regex::Regex::new(
        r#"(?s)<div class="sources">.*?</div>|<span class="source-note">.*?</span>"#,
    )
    .unwrap();
    let labels = regex::Regex::new(r#"rel="external">([^<]*)</a>"#).unwrap();
    let mut seen_told_apart = false;
    for path in site().page_paths() {
        let body = get(path).await.body;
        for list in lists.find_iter(&body) {
            let names: Vec<&str> = labels
                .captures_iter(list.as_str())
                .map(|c| c.get(1).unwrap().as_str())
                .collect();
            let distinct: std::collections::BTreeSet<&&str> = names.iter().collect();
            assert_eq!(distinct.len(), names.len(), "{path}: {names:?}");
            seen_told_apart |= names.contains(&"smart.com.kh/flexi1000");
        }
    }
    assert!(
        seen_told_apart,
        "two smart.com.kh pages are cited in one list somewhere"
    );
}

/// A page states each fact once: "From abroad" draws some of the background's facts, and
/// the background then leaves them out.
#[tokio::test]
async fn no_page_states_a_fact_twice() {
    let facts = regex::Regex::new(r#"data-fact="([^"]*)""#).unwrap();
    for path in site().page_paths() {
        let body = get(path).await.body;
        let mut seen = std::collections::BTreeSet::new();
        for id in facts
            .captures_iter(&body)
            .map(|c| c.get(1).unwrap().as_str())
        {
            assert!(seen.insert(id), "{path}: {id} twice");
        }
    }
    let overview = get("/en/metfone/").await.body;
    assert!(overview.contains(r#"data-fact="metfone-portal""#));
}
