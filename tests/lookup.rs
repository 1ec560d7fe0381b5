//! "Which company is my number?": `/{lang}/which-operator/?number=…` over HTTP, the form on
//! every overview, the comparison's prefixes, and a log line that never holds the number.

mod common;

use common::{Answer, get, request, site, visible_text};
use keep_your_number::content::{Facts, Operator};
use keep_your_number::i18n::Locales;
use keep_your_number::lang::Lang;

fn message(lang: Lang, id: &str) -> String {
    let locales = Locales::built_in().unwrap();
    locales.translator(lang).get(id).unwrap()
}

fn message_with(lang: Lang, id: &str, name: &str, value: &str) -> String {
    let locales = Locales::built_in().unwrap();
    locales.translator(lang).with(id, name, value).unwrap()
}

/// The headers every lookup answer carries, whatever its status.
fn assert_private(answer: &Answer, lang: Lang, uri: &str) {
    assert_eq!(answer.header("cache-control"), "no-store", "{uri}");
    assert_eq!(answer.header("referrer-policy"), "no-referrer", "{uri}");
    assert_eq!(
        answer.header("content-type"),
        "text/html; charset=utf-8",
        "{uri}"
    );
    assert_eq!(answer.header("content-language"), lang.tag(), "{uri}");
    assert!(
        answer
            .body
            .contains(r#"<meta name="robots" content="noindex">"#),
        "{uri}: answers are not indexed"
    );
    // The site's other headers are still there.
    assert!(
        answer
            .header("content-security-policy")
            .contains("default-src 'self'"),
        "{uri}"
    );
}

/// The number's form, as a reader sees it: its input element.
fn number_input(body: &str) -> String {
    let start = body
        .find(r#"<input id="lookup-number""#)
        .expect("the form's input");
    let end = start + body[start..].find('>').unwrap();
    body[start..=end].to_owned()
}

fn uri(lang: Lang, query: &str) -> String {
    format!("/{}/which-operator/?{query}", lang.code())
}

#[tokio::test]
async fn a_known_prefix_names_its_company_with_source_and_links_in_every_language() {
    let facts = Facts::built_in().unwrap();
    for lang in Lang::ALL {
        let code = lang.code();
        // Cellcard's 012, typed from abroad with spaces.
        let uri = uri(lang, "number=%2B855+12+987+654");
        let answer = get(&uri).await;
        assert_eq!(answer.status, 200, "{uri}");
        assert_private(&answer, lang, &uri);
        let text = visible_text(&answer.body);
        let locales = Locales::built_in().unwrap();
        let t = locales.translator(lang);
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("prefix", "012");
        args.set("operator", "Cellcard");
        let assigned = t.format("lookup-assigned", Some(&args)).unwrap();
        assert!(text.contains(&assigned), "{uri}: {assigned:?}");
        assert!(
            text.contains(&message_with(lang, "lookup-ask", "operator", "Cellcard")),
            "{uri}: if unsure, ask"
        );
        assert!(
            text.contains(&message(lang, "fact-unconfirmed")),
            "{uri}: the prefix data is medium: marked not confirmed"
        );
        // Every source of Cellcard's prefixes is linked.
        for id in &facts.prefixes[&Operator::Cellcard].sources {
            let url = facts.source(id).url.as_deref().unwrap();
            assert!(
                answer.body.contains(&format!(r#"href="{url}""#)),
                "{uri}: source {id}"
            );
        }
        // The company's filtered overview and its page for each way to top up.
        for href in [
            format!("/{code}/cellcard/"),
            format!("/{code}/cellcard/store/"),
            format!("/{code}/cellcard/kiosk/"),
            format!("/{code}/cellcard/online/"),
            format!("/{code}/cellcard/shop/"),
        ] {
            assert!(
                answer.body.contains(&format!(r#"href="{href}""#)),
                "{uri}: link to {href}"
            );
        }
        // The number itself is not in the page: the form to look up another is blank.
        assert!(
            !answer.body.contains("987 654") && !answer.body.contains("987654"),
            "{uri}"
        );
        assert!(number_input(&answer.body).contains(r#"value="""#), "{uri}");
    }
}

#[tokio::test]
async fn every_prefix_in_the_data_is_answered_with_its_company() {
    let facts = Facts::built_in().unwrap();
    for (&operator, entry) in &facts.prefixes {
        let name = &facts.contact(operator).name;
        for prefix in &entry.prefixes {
            let uri = uri(Lang::En, &format!("number={prefix}-123-456"));
            let answer = get(&uri).await;
            assert_eq!(answer.status, 200, "{uri}");
            let text = visible_text(&answer.body);
            assert!(
                text.contains(&format!(
                    "Numbers starting with {prefix} were assigned to {name}."
                )),
                "{uri}"
            );
            assert!(
                answer
                    .body
                    .contains(&format!(r#"href="/en/{}/""#, operator.slug())),
                "{uri}"
            );
        }
    }
}

#[tokio::test]
async fn a_prefix_not_in_the_list_says_so_and_links_to_the_comparison() {
    for lang in Lang::ALL {
        // 087 is only in low-confidence lists: not in the data.
        let uri = uri(lang, "number=087+123+456");
        let answer = get(&uri).await;
        assert_eq!(answer.status, 200, "{uri}");
        assert_private(&answer, lang, &uri);
        let text = visible_text(&answer.body);
        assert!(
            text.contains(&message_with(lang, "lookup-not-in-list", "prefix", "087")),
            "{uri}"
        );
        assert!(
            answer
                .body
                .contains(&format!(r#"href="/{}/compare/""#, lang.code())),
            "{uri}: links to the comparison"
        );
        // No company is named or guessed.
        for operator in Operator::ALL {
            assert!(
                !answer
                    .body
                    .contains(&format!(r#"href="/{}/{operator}/""#, lang.code())),
                "{uri}: names {operator}"
            );
        }
        assert!(!text.contains(&message(lang, "fact-unconfirmed")), "{uri}");
    }
}

#[tokio::test]
async fn input_that_is_not_a_cambodian_mobile_number_gets_400_with_the_form_refilled() {
    let cases = [
        ("023 123 456", "lookup-error-not-mobile"),
        ("012 345", "lookup-error-too-short"),
        ("012 345 678 901", "lookup-error-too-long"),
        ("012 ABC 678", "lookup-error-letters"),
        ("012 345 678 📱", "lookup-error-characters"),
        ("+86 138 0013 8000", "lookup-error-not-cambodian"),
        ("", "lookup-error-empty"),
    ];
    for lang in Lang::ALL {
        for (typed, error) in cases {
            let query = form_urlencoded::Serializer::new(String::new())
                .append_pair("number", typed)
                .finish();
            let uri = uri(lang, &query);
            let answer = get(&uri).await;
            assert_eq!(answer.status, 400, "{uri}");
            assert_private(&answer, lang, &uri);
            let text = visible_text(&answer.body);
            assert!(text.contains(&message(lang, error)), "{uri}: {error}");
            assert!(
                text.contains(&message(lang, "lookup-error-heading")),
                "{uri}"
            );
            let input = number_input(&answer.body);
            assert!(
                input.contains(&format!(
                    r#"value="{}""#,
                    keep_your_number::i18n::escape(typed)
                )),
                "{uri}: refilled: {input}"
            );
            assert!(input.contains(r#"aria-invalid="true""#), "{uri}");
            assert!(
                input.contains(r#"aria-describedby="lookup-error lookup-hint""#),
                "{uri}"
            );
        }
    }
}

#[tokio::test]
async fn a_missing_number_field_is_an_empty_one() {
    let answer = get("/en/which-operator/").await;
    assert_eq!(answer.status, 400);
    assert!(visible_text(&answer.body).contains(&message(Lang::En, "lookup-error-empty")));
}

#[tokio::test]
async fn unknown_query_fields_are_ignored_and_only_number_counts() {
    for lang in Lang::ALL {
        let plain = get(&uri(lang, "number=097+123+4567")).await;
        let tracked = get(&uri(
            lang,
            "utm_source=facebook&number=097+123+4567&fbclid=IwAR0xyz&utm_medium=social",
        ))
        .await;
        assert_eq!(plain.status, 200);
        assert_eq!(tracked.status, 200);
        assert_eq!(plain.body, tracked.body, "{lang}");
        assert!(
            tracked
                .body
                .contains(&format!(r#"href="/{}/metfone/""#, lang.code()))
        );
        // Tracking fields alone are not a number.
        let only_tracking = get(&uri(lang, "utm_source=facebook&fbclid=1")).await;
        assert_eq!(only_tracking.status, 400, "{lang}");
    }
}

#[tokio::test]
async fn head_answers_like_get_without_a_body() {
    let head = request("HEAD", "/en/which-operator/?number=012345678", &[]).await;
    assert_eq!(head.status, 200);
    assert_eq!(head.header("cache-control"), "no-store");
    assert_eq!(head.header("referrer-policy"), "no-referrer");
    assert!(head.body.is_empty());
}

#[tokio::test]
async fn other_pages_keep_the_site_referrer_policy() {
    for path in ["/en/", "/en/plan/", "/en/nowhere/"] {
        assert_eq!(
            get(path).await.header("referrer-policy"),
            "strict-origin-when-cross-origin",
            "{path}"
        );
    }
}

/// Issue 20: the form is in the company choice's panel, on the first screen: "Not sure?
/// Type your number".
#[tokio::test]
async fn every_overview_has_the_form_in_its_company_choice() {
    let site = site();
    let overviews = site
        .page_paths()
        .into_iter()
        .filter(|p| {
            keep_your_number::address::Address::parse(p)
                .is_some_and(|a| a.page == keep_your_number::content::Page::Overview)
        })
        .collect::<Vec<_>>();
    assert_eq!(overviews.len(), 3 * 6);
    for path in overviews {
        let body = get(path).await.body;
        let lang = keep_your_number::address::Address::lang_of(path).unwrap();
        let panel = body
            .find(r#"<div class="choose">"#)
            .expect("the choice's panel");
        let filter = body
            .find(r#"<nav class="operator-filter""#)
            .expect("filter");
        let form = body.find(r#"<form class="lookup-form""#).expect("form");
        let situations = body.find(r#"<ul class="situations">"#).expect("situations");
        let ways = body.find(r#"<section id="ways""#).expect("ways");
        assert!(
            panel < filter && filter < form && form < situations && situations < ways,
            "{path}: in the choice's panel, before the ways"
        );
        assert!(
            body[form..].starts_with(&format!(
                r#"<form class="lookup-form" id="which-operator" method="get" action="/{}/which-operator/""#,
                lang.code()
            )),
            "{path}"
        );
        let input = number_input(&body);
        for attribute in [
            r#"name="number""#,
            r#"type="tel""#,
            r#"inputmode="tel""#,
            r#"autocomplete="off""#,
        ] {
            assert!(input.contains(attribute), "{path}: {attribute} in {input}");
        }
        assert!(
            body[form..situations].contains(&format!(
                r#"<label for="lookup-number">{}</label>"#,
                message(lang, "lookup-not-sure")
            )),
            "{path}"
        );
        assert!(
            body[form..situations].contains(r#"<button type="submit">"#),
            "{path}"
        );
    }
}

#[tokio::test]
async fn the_comparison_shows_each_companys_prefixes_with_sources() {
    let facts = Facts::built_in().unwrap();
    for lang in Lang::ALL {
        let page = get(&format!("/{}/compare/", lang.code())).await.body;
        let heading = message(lang, "compare-column-prefixes");
        assert!(
            page.contains(&format!(r#"<th scope="col">{heading}</th>"#)),
            "{lang}"
        );
        let separator = message(lang, "symbol-separator");
        for operator in Operator::ALL {
            let row_start = page
                .find(&format!(r#"href="/{}/{operator}/""#, lang.code()))
                .unwrap();
            let row = &page[row_start..row_start + page[row_start..].find("</tr>").unwrap()];
            let entry = &facts.prefixes[&operator];
            let cell = format!(
                r#"<td data-label="{heading}">{}"#,
                entry.prefixes.join(&separator)
            );
            assert!(row.contains(&cell), "{lang} {operator}: {cell}");
            for id in &entry.sources {
                let url = facts.source(id).url.as_deref().unwrap();
                assert!(row.contains(url), "{lang} {operator}: source {id}");
            }
        }
    }
}

/// The answer's links to the ways to top up are named as their cards name them ("Top up
/// online"), not by the pages' longer titles.
#[tokio::test]
async fn ways_to_top_up_are_linked_by_their_short_names() {
    let path = "/en/which-operator/?number=012345678";
    let body = get(path).await.body;
    assert!(body.contains(">Top up online</a>"), "{path}");
    assert!(!body.contains("Top up online: "), "{path}");
}

/// The offline page names each saved page by its real title, as the reader will see it.
#[tokio::test]
async fn the_offline_page_links_saved_pages_by_their_titles() {
    let body = get("/en/offline/").await.body;
    let title = message(Lang::En, "online-page-title");
    assert!(body.contains(&format!(">{title}</a>")), "{title}");
    let plan = message(Lang::En, "plan-page-title");
    assert!(body.contains(&format!(">{plan}</a>")), "{plan}");
}
