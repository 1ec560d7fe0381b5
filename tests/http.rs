//! The HTTP behaviour of every page, through `app().oneshot`.

mod common;

use common::{ORIGIN, get, links_in, request, site, visible_text};
use keep_your_number::{address::Address, i18n::Locales, lang::Lang};

#[tokio::test]
async fn every_page_in_every_language_and_filter_answers_200_in_its_language() {
    let addresses: Vec<Address> = Address::all().collect();
    assert_eq!(
        addresses.len(),
        96,
        "3 languages × (5 pages × (all + 5 operators) + 2 tools)"
    );
    for address in addresses {
        let path = address.path();
        let answer = get(&path).await;
        assert_eq!(answer.status, 200, "{path}");
        let tag = address.lang.tag();
        assert_eq!(answer.header("content-language"), tag, "{path}");
        assert!(
            answer.header("content-type").starts_with("text/html"),
            "{path}"
        );
        assert!(
            answer.body.contains(&format!("<html lang=\"{tag}\"")),
            "{path}"
        );
        assert!(
            answer
                .body
                .contains(&format!("<link rel=\"canonical\" href=\"{ORIGIN}{path}\">")),
            "{path} names itself as canonical"
        );
    }
}

#[tokio::test]
async fn no_page_shows_a_message_id_or_fluent_fallback() {
    let locales = Locales::built_in().unwrap();
    let site = site();
    let mut pages: Vec<String> = site.page_paths().iter().map(|p| p.to_string()).collect();
    pages.push("/".into());
    pages.push("/en/no-such-page/".into());
    pages.push("/zh/no-such-page/".into());
    pages.push("/km/no-such-page/".into());
    for path in pages {
        let body = get(&path).await.body;
        for id in locales.message_ids() {
            assert!(!body.contains(id.as_str()), "{path} shows message ID {id}");
        }
        let text = visible_text(&body);
        for leftover in ["{$", "{ $", "\u{2068}", "\u{2069}", "???"] {
            assert!(!text.contains(leftover), "{path} shows {leftover:?}");
        }
    }
}

#[tokio::test]
async fn language_switch_links_to_the_same_page_and_filter_in_each_language() {
    for address in Address::all() {
        let path = address.path();
        let body = get(&path).await.body;
        let links = links_in(&body, "<nav class=\"lang-switch\"");
        let expected: Vec<String> = Lang::ALL
            .iter()
            .map(|&l| address.in_lang(l).path())
            .collect();
        assert_eq!(links, expected, "{path}");
        let own = format!(
            "<a href=\"{path}\" lang=\"{0}\" hreflang=\"{0}\" aria-current=\"page\">",
            address.lang.tag()
        );
        assert!(
            body.contains(&own),
            "{path} marks its own language as current"
        );
        for link in links {
            assert_eq!(get(&link).await.status, 200, "{link} from {path}");
        }
    }
}

#[tokio::test]
async fn operator_filter_links_keep_language_and_page() {
    for address in Address::all().filter(|a| a.page.has_operator_filter()) {
        let path = address.path();
        let body = get(&path).await.body;
        let links = links_in(&body, "<nav class=\"operator-filter\"");
        assert_eq!(links.len(), 6, "{path}: All + 5 operators");
        for link in &links {
            let target = Address::parse(link).unwrap_or_else(|| panic!("{link} is a page"));
            assert_eq!(
                (target.lang, target.page),
                (address.lang, address.page),
                "{link}"
            );
        }
        assert!(links.contains(&address.with_operator(None).path()));
    }
}

#[tokio::test]
async fn every_page_has_head_metadata_for_sharing() {
    for address in Address::all() {
        let path = address.path();
        let body = get(&path).await.body;
        for lang in Lang::ALL {
            let alt = format!(
                "<link rel=\"alternate\" hreflang=\"{}\" href=\"{ORIGIN}{}\">",
                lang.tag(),
                address.in_lang(lang).path()
            );
            assert!(body.contains(&alt), "{path} lacks {alt}");
        }
        for needle in [
            format!("hreflang=\"x-default\" href=\"{ORIGIN}/\""),
            format!("<meta property=\"og:url\" content=\"{ORIGIN}{path}\">"),
            format!(
                "<meta property=\"og:locale\" content=\"{}\">",
                address.lang.og_locale()
            ),
            "<meta property=\"og:type\" content=\"website\">".to_owned(),
            // A large image: every page has a preview (tests/previews.rs checks it).
            "<meta name=\"twitter:card\" content=\"summary_large_image\">".to_owned(),
            format!("<meta property=\"og:image\" content=\"{ORIGIN}/static/preview."),
            "<meta property=\"og:title\" content=\"".to_owned(),
            "<meta name=\"description\" content=\"".to_owned(),
        ] {
            assert!(body.contains(&needle), "{path} lacks {needle}");
        }
        assert_eq!(body.matches("og:locale:alternate").count(), 2, "{path}");
    }
}

#[tokio::test]
async fn titles_and_descriptions_are_distinct_per_page() {
    let title = regex::Regex::new(r"<title>([^<]+)</title>").unwrap();
    let description = regex::Regex::new(r#"<meta name="description" content="([^"]+)">"#).unwrap();
    let mut titles = std::collections::HashSet::new();
    let mut descriptions = std::collections::HashSet::new();
    for address in Address::all() {
        let body = get(&address.path()).await.body;
        assert!(
            titles.insert(title.captures(&body).unwrap()[1].to_owned()),
            "{}",
            address.path()
        );
        assert!(descriptions.insert(description.captures(&body).unwrap()[1].to_owned()));
    }
}

#[tokio::test]
async fn root_redirects_to_the_negotiated_language() {
    let cases = [
        (None, "/en/"),
        (Some("zh"), "/zh/"),
        (Some("zh-CN,zh;q=0.9,en;q=0.8"), "/zh/"),
        (Some("zh-SG"), "/zh/"),
        (Some("zh-Hans"), "/zh/"),
        (Some("km-KH,km;q=0.9"), "/km/"),
        (Some("km"), "/km/"),
        (Some("en-US,en;q=0.9"), "/en/"),
        (Some("fr-FR,fr;q=0.9"), "/en/"),
        (Some("fr, km;q=0.5"), "/km/"),
        (Some("de, zh-CN;q=0.5, en;q=0.3"), "/zh/"),
        (Some(""), "/en/"),
        (Some("*"), "/en/"),
        (Some(";;;,,,q=x"), "/en/"),
    ];
    for (accept, expected) in cases {
        let headers: Vec<(&str, &str)> =
            accept.map(|a| ("accept-language", a)).into_iter().collect();
        let answer = request("GET", "/", &headers).await;
        assert_eq!(answer.status, 302, "{accept:?}");
        assert_eq!(answer.header("location"), expected, "{accept:?}");
        assert!(
            answer.header("vary").contains("Accept-Language"),
            "{accept:?}"
        );
    }
}

#[tokio::test]
async fn unknown_paths_answer_a_404_in_the_right_language() {
    let cases = [
        ("/km/nowhere/", None, Lang::Km),
        ("/zh/qb/", None, Lang::Zh),
        ("/en/smart/atm/", None, Lang::En),
        ("/en/kiosk/smart/", None, Lang::En),
        ("/zh/smart/kiosk/extra/", None, Lang::Zh),
        ("/fr/", Some("km"), Lang::Km),
        ("/nowhere", Some("zh-CN"), Lang::Zh),
        ("/nowhere", None, Lang::En),
        ("/static/missing.css", Some("km"), Lang::Km),
        ("/EN/", None, Lang::En),
    ];
    for (path, accept, lang) in cases {
        let headers: Vec<(&str, &str)> =
            accept.map(|a| ("accept-language", a)).into_iter().collect();
        let answer = request("GET", path, &headers).await;
        assert_eq!(answer.status, 404, "{path}");
        assert_eq!(answer.header("content-language"), lang.tag(), "{path}");
        assert!(
            answer
                .body
                .contains(&format!("<html lang=\"{}\"", lang.tag())),
            "{path}"
        );
        assert!(
            answer
                .body
                .contains("<meta name=\"robots\" content=\"noindex\">"),
            "{path}"
        );
        // Links to the overview in all three languages, each of which works.
        for home in Lang::ALL {
            let href = format!("<a href=\"/{}/\" lang=\"{}\"", home.code(), home.tag());
            assert!(answer.body.contains(&href), "{path} lacks {href}");
            assert_eq!(get(&format!("/{}/", home.code())).await.status, 200);
        }
    }
}

#[tokio::test]
async fn a_missing_trailing_slash_redirects_to_the_page() {
    let answer = get("/km/smart/kiosk").await;
    assert_eq!(answer.status, 308);
    assert_eq!(answer.header("location"), "/km/smart/kiosk/");
    let answer = get("/en").await;
    assert_eq!(
        (answer.status.as_u16(), answer.header("location")),
        (308, "/en/")
    );
}

#[tokio::test]
async fn stylesheet_is_served_under_its_fingerprint_and_linked() {
    let site = site();
    let path = site.stylesheet_path();
    assert!(
        path.starts_with("/static/site.") && path.ends_with(".css"),
        "{path}"
    );
    let answer = get(path).await;
    assert_eq!(answer.status, 200);
    assert!(answer.header("content-type").starts_with("text/css"));
    assert!(answer.body.contains(":lang(km)"));
    for page in site.page_paths() {
        let link = format!("<link rel=\"stylesheet\" href=\"{path}\">");
        assert!(get(page).await.body.contains(&link), "{page}");
    }
    assert_eq!(
        get("/static/site.css").await.status,
        404,
        "only the fingerprinted name"
    );
}

#[tokio::test]
async fn only_get_and_head_are_answered() {
    let head = request("HEAD", "/en/", &[]).await;
    assert_eq!(head.status, 200);
    let post = request("POST", "/en/", &[]).await;
    assert_eq!(post.status, 405);
    assert_eq!(post.header("allow"), "GET, HEAD");
}

#[tokio::test]
async fn pages_show_only_the_chosen_operators_facts() {
    // Smart's scratch-card code is on Smart's and the unfiltered shop page, not on Cellcard's.
    let smart_code = "<code class=\"ussd\">*888*<var>";
    assert!(get("/en/shop/").await.body.contains(smart_code));
    assert!(get("/en/smart/shop/").await.body.contains(smart_code));
    let cellcard = get("/en/cellcard/shop/").await.body;
    assert!(!cellcard.contains(smart_code));
    assert!(cellcard.contains("<code class=\"ussd\">*123*<var>"));
    // With nothing specific, the page says so and points to the operator.
    let cootel = visible_text(&get("/en/cootel/online/").await.body);
    assert!(
        cootel.contains("CooTel: its online top-up is not known."),
        "{cootel}"
    );
    let cellcard_kiosk = get("/en/cellcard/kiosk/").await.body;
    assert!(cellcard_kiosk.contains("href=\"https://www.cellcard.com.kh\""));
    assert!(cellcard_kiosk.contains("812"));
}

#[tokio::test]
async fn every_fact_shown_links_its_source() {
    let reference = regex::Regex::new(r##"<a class="ref" href="#([a-z]+-src-[0-9]+)">"##).unwrap();
    let mut facts_seen = 0;
    for path in site().page_paths() {
        let body = get(path).await.body;
        for item in body.split("<ul class=\"facts\">").skip(1) {
            let list = &item[..item.find("</ul>").unwrap()];
            for fact in list.split("<li data-fact=").skip(1) {
                facts_seen += 1;
                let targets: Vec<&str> = reference
                    .captures_iter(fact)
                    .map(|c| c.get(1).unwrap().as_str())
                    .collect();
                assert!(!targets.is_empty(), "{path}: a fact has no source: {fact}");
                for target in targets {
                    // The note exists on the page, and names a source.
                    let note = body
                        .split(&format!("<li id=\"{target}\">"))
                        .nth(1)
                        .unwrap_or_else(|| panic!("{path}: no source note {target}"));
                    let note = &note[..note.find("</li>").unwrap()];
                    assert!(!note.trim().is_empty(), "{path}: note {target} is empty");
                }
            }
        }
    }
    assert!(facts_seen > 100, "only {facts_seen} facts seen");
}

/// The part of `body` from the element that starts with `start` to its closing `end`.
fn part<'a>(body: &'a str, start: &str, end: &str) -> &'a str {
    let from = body
        .find(start)
        .unwrap_or_else(|| panic!("no {start} in page"));
    let rest = &body[from..];
    &rest[..rest.find(end).unwrap_or(rest.len())]
}

#[tokio::test]
async fn works_from_abroad_only_where_the_facts_say_so() {
    for path in ["/en/cootel/", "/en/cootel/online/"] {
        let body = get(path).await.body;
        assert!(
            !body.contains("tag-abroad"),
            "{path} says it works from abroad"
        );
    }
    // Issue 21: the tag says exactly what the rows under it say. Metfone's own site is
    // confirmed; for the others only ABA Mobile is named, by a traveller's report, for every
    // company its menu lists (Seatel included): their tag carries "reported".
    for (op, reported) in [
        ("metfone", false),
        ("smart", true),
        ("cellcard", true),
        ("seatel", true),
    ] {
        let body = get(&format!("/en/{op}/")).await.body;
        let online = part(
            &body,
            &format!("<a class=\"card\" href=\"/en/{op}/online/\""),
            "</a>",
        );
        assert!(online.contains("Works from abroad"), "{op}: {online}");
        assert_eq!(
            online.contains("tag-unconfirmed"),
            reported,
            "{op}: {online}"
        );
        for channel in ["store", "kiosk", "shop"] {
            let card = part(
                &body,
                &format!("<a class=\"card\" href=\"/en/{op}/{channel}/\""),
                "</a>",
            );
            assert!(!card.contains("tag-abroad"), "{op} {channel}: {card}");
        }
    }
    let all = get("/en/").await.body;
    let online = part(&all, "<a class=\"card\" href=\"/en/online/\"", "</a>");
    assert!(
        online.contains("Works from abroad for some companies"),
        "{online}"
    );
}

#[tokio::test]
async fn the_timeline_marks_only_its_unconfirmed_stage() {
    // The regulator's 60 and 30 days are confirmed; the up-to-90-day stage is not.
    for path in ["/en/", "/en/smart/", "/zh/cootel/", "/km/seatel/"] {
        let body = get(path).await.body;
        let resale = part(&body, "<li class=\"stage stage-resale\">", "</li>");
        assert!(resale.contains("tag-unconfirmed"), "{path}: {resale}");
        for stage in ["ends", "outgoing", "incoming"] {
            let li = part(
                &body,
                &format!("<li class=\"stage stage-{stage}\">"),
                "</li>",
            );
            assert!(!li.contains("tag-unconfirmed"), "{path} {stage}: {li}");
        }
    }
    // Metfone's own rule (all high) replaces the regulator's.
    let metfone = get("/en/metfone/").await.body;
    let restore = part(&metfone, "<li class=\"stage stage-restore\">", "</li>");
    assert!(restore.contains("Days 91–180"), "{restore}");
    assert!(!restore.contains("tag-unconfirmed"), "{restore}");
    assert!(!metfone.contains("stage-resale"));
}

/// Scope and confidence follow the data, on every page in every language: a fact shown as a
/// company's names that company (on a filtered page, the filter's company); a fact that names
/// no company is shown apart; every medium fact carries the "reported" tag, and every page
/// that shows the tag explains it once (issue 21); the old, mixed words for certainty are gone.
#[tokio::test]
async fn facts_show_exactly_as_scoped_and_as_sure_as_their_data() {
    use keep_your_number::address::Address;
    use keep_your_number::content::{Confidence, Facts};
    let facts = Facts::built_in().unwrap();
    let item = regex::Regex::new(
        r#"(?s)<li data-fact="([a-z0-9-]+)" data-scope="(company|general)">(.*?)</li>"#,
    )
    .unwrap();
    let mut checked = 0;
    for address in Address::all() {
        let path = address.path();
        let body = get(&path).await.body;
        for found in item.captures_iter(&body) {
            let (id, scope, html) = (&found[1], &found[2], &found[3]);
            let fact = facts
                .fact(id)
                .unwrap_or_else(|| panic!("{path}: unknown fact {id}"));
            match scope {
                "company" => {
                    assert!(!fact.operators.is_empty(), "{path}: {id} names no company");
                    if let Some(op) = address.operator {
                        assert!(fact.operators.contains(&op), "{path}: {id} is not {op}'s");
                    }
                }
                _ => assert!(fact.operators.is_empty(), "{path}: {id} is a company's"),
            }
            assert_eq!(
                html.contains("tag-unconfirmed"),
                fact.confidence == Confidence::Medium,
                "{path}: {id}'s mark"
            );
            assert_eq!(
                html.contains("class=\"check-note\""),
                fact.check_coverage,
                "{path}: {id}'s coverage note"
            );
            checked += 1;
        }
        // Issue 21: a page that shows the "reported" tag explains it once, in one line; a
        // page without it has no legend.
        let tags = body.matches(r#"class="tag tag-unconfirmed""#).count();
        let legends = body.matches(r#"<p class="legend">"#).count();
        if tags > 0 {
            assert_eq!(legends, 1, "{path}: {tags} tags, {legends} legends");
        } else {
            assert_eq!(legends, 0, "{path}: a legend without a tag");
        }
        // One phrase per state of certainty: the words the guide used to mix are gone.
        let text = visible_text(&body);
        for old in [
            "not confirmed by an official source",
            "no confirmed details",
            "Nothing online is confirmed",
            "未经官方确认",
            "未核实",
            "还没有核实",
            "核实过的办法",
            "已核实",
            "មិនទាន់មានប្រភពផ្លូវការបញ្ជាក់",
            "យើងមិនទាន់មានព័ត៌មានអំពីចំណុចនេះទេ",
        ] {
            assert!(!text.contains(old), "{path} still says {old:?}");
        }
    }
    assert!(checked > 300, "only {checked} facts checked");
}

/// A rule that is one company's is stated as that company's: on a page filtered to another
/// company, Smart's amount-to-days rule does not appear; on Smart's and unfiltered pages it
/// is Smart's.
#[tokio::test]
async fn smarts_rule_is_stated_only_as_smarts() {
    for path in [
        "/en/metfone/",
        "/en/cootel/",
        "/en/cellcard/shop/",
        "/en/seatel/shop/",
    ] {
        let text = visible_text(&get(path).await.body);
        assert!(
            !text.contains("At Smart") && !text.contains("With a Smart top-up card"),
            "{path}"
        );
        // Shared credit not keeping a number is Smart's Share2Talk rule.
        assert!(!text.contains("shared by a friend"), "{path}");
        assert!(
            text.contains("how many days"),
            "{path}: the question to ask is there"
        );
    }
    for path in ["/en/", "/en/smart/", "/en/shop/"] {
        let text = visible_text(&get(path).await.body);
        if path != "/en/shop/" {
            assert!(text.contains("credit shared by a friend"), "{path}");
        }
        assert!(
            text.contains("At Smart")
                || text.contains("Smart's figures")
                || text.contains("With a Smart top-up card, its value decides the days"),
            "{path}"
        );
    }
}

/// Issue 20: a hotline is a `tel:` link in +855 form, which a phone abroad can call, and its
/// short code is labelled as working from the company's own SIM; never a `tel:` short code.
#[tokio::test]
async fn hotlines_are_tel_links_in_plus_855_form_with_the_short_code_labelled() {
    let cases = [
        (
            "/en/metfone/",
            r#"<a class="tel" href="tel:+855979097097">+855 97 9097 097</a> (1777 from a Metfone SIM)"#,
        ),
        (
            "/en/compare/",
            r#"<a class="tel" href="tel:+85512812812">+855 12 812 812</a> (812 from a Cellcard SIM)"#,
        ),
        (
            "/en/cellcard/",
            r#"<a class="tel" href="tel:+85512812812">+855 12 812 812</a> (812 from a Cellcard SIM)"#,
        ),
        (
            "/en/seatel/online/",
            r#"<a class="tel" href="tel:+855188800800">+855 18 8800 800</a>"#,
        ),
        (
            "/zh/metfone/",
            r#"<a class="tel" href="tel:+855979097097">+855 97 9097 097</a>（用 Metfone 的 SIM 卡可直接拨 1777）"#,
        ),
        (
            "/km/cellcard/",
            r#"<a class="tel" href="tel:+85512812812">+855 12 812 812</a> (ឬហៅលេខ 812 ពីលេខ Cellcard)"#,
        ),
    ];
    for (path, expected) in cases {
        let body = get(path).await.body;
        assert!(body.contains(expected), "{path} lacks {expected}");
    }
    let tel = regex::Regex::new(r#"href="tel:([^"]*)""#).unwrap();
    let mut seen = 0;
    for path in site().html_paths() {
        let body = get(path).await.body;
        for found in tel.captures_iter(&body) {
            let number = &found[1];
            assert!(
                number.starts_with("+855") && number.len() >= 12,
                "{path}: tel:{number} is not a full +855 number"
            );
            seen += 1;
        }
        // The short codes are never shown alone as the number to call.
        for short in ["hotline 1777.", "hotline 812."] {
            assert!(!body.contains(short), "{path}: {short}");
        }
    }
    assert!(seen > 10, "only {seen} tel: links on the whole site");
}

/// Issue 20: a company's overview is about that company from its title on.
#[tokio::test]
async fn a_company_overview_is_titled_with_its_company_in_every_language() {
    let names = [
        ("smart", "Smart"),
        ("metfone", "Metfone"),
        ("cellcard", "Cellcard"),
        ("cootel", "CooTel"),
        ("seatel", "Seatel"),
    ];
    for (slug, name) in names {
        let expected = [
            ("en", format!("<h1>Keep your {name} number</h1>")),
            ("zh", format!("<h1>保住你的 {name} 号码</h1>")),
            ("km", format!("<h1>រក្សាលេខ {name} របស់អ្នកកុំឱ្យបាត់</h1>")),
        ];
        for (lang, heading) in expected {
            let path = format!("/{lang}/{slug}/");
            let body = get(&path).await.body;
            assert!(body.contains(&heading), "{path} lacks {heading}");
            let title = body
                .split("<title>")
                .nth(1)
                .and_then(|t| t.split("</title>").next())
                .unwrap();
            assert!(title.contains(name), "{path}: title {title:?}");
            // Right under the choice: how to check, what works from abroad.
            let company = body
                .split(r#"<section id="company""#)
                .nth(1)
                .unwrap_or_else(|| panic!("{path} has no company part"));
            let company = company.split("</section>").next().unwrap();
            assert!(company.contains(r#"<h3 id="abroad">"#), "{path}");
            assert!(company.contains("<dt>"), "{path}");
        }
    }
    // Metfone's balance code is not known: the page says whom to ask, with the hotline.
    let body = get("/en/metfone/").await.body;
    let company = body.split(r#"<section id="company""#).nth(1).unwrap();
    assert!(
        company.contains("Metfone: how to check the balance and validity is not known.")
            && company.contains("tel:+855979097097"),
        "{company}"
    );
    // Cellcard's codes, with the hotline in its own row.
    let body = get("/en/cellcard/").await.body;
    let company = body.split(r#"<section id="company""#).nth(1).unwrap();
    assert!(
        company.contains(r#"<code class="ussd">#124#</code>"#)
            && company.contains("<dt>Hotline</dt>"),
        "{company}"
    );
    // The overview of all companies keeps its general title.
    assert!(
        get("/en/")
            .await
            .body
            .contains("<h1>Keep your Cambodian prepaid number</h1>")
    );
}

/// Issue 20: a dialling code is an element of its own, never broken inside (no break
/// opportunities in it), and the stylesheet puts it on its own line, unwrapped.
#[tokio::test]
async fn dialling_codes_are_elements_of_their_own_never_broken() {
    let code = regex::Regex::new(r#"<code class="ussd">(.*?)</code>"#).unwrap();
    let mut seen = 0;
    for path in site().html_paths() {
        let body = get(path).await.body;
        for found in code.captures_iter(&body) {
            let inner = &found[1];
            assert!(!inner.contains("<wbr"), "{path}: {inner}");
            seen += 1;
        }
    }
    assert!(seen > 50, "only {seen} codes");
    let css =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/static/site.css")).unwrap();
    let rule = css
        .split("code.ussd {")
        .nth(1)
        .and_then(|r| r.split('}').next())
        .expect("a code.ussd rule");
    assert!(rule.contains("display: block;"), "{rule}");
    assert!(rule.contains("white-space: nowrap;"), "{rule}");
    assert!(
        !css.contains("white-space: normal"),
        "no rule lets a code wrap again"
    );
}

/// Issue 20: the first screen's links: the plan form (with the company on a company's
/// page), "Already cut off?" to the part right after the timeline, "Topping up for someone
/// else?"; and the lookup's field in the choice's panel, with the prefix table made from
/// src/facts.toml.
#[tokio::test]
async fn the_overview_leads_to_each_situation_and_carries_the_prefix_table() {
    let facts = keep_your_number::content::Facts::built_in().unwrap();
    for lang in ["zh", "en", "km"] {
        for (slug, plan) in [
            ("", format!("/{lang}/plan/")),
            ("smart/", format!("/{lang}/plan/?operator=smart")),
            ("seatel/", format!("/{lang}/plan/?operator=seatel")),
        ] {
            let path = format!("/{lang}/{slug}");
            let body = get(&path).await.body;
            let choose = body
                .split(r#"<div class="choose">"#)
                .nth(1)
                .and_then(|c| c.split(r#"<ul class="situations">"#).next())
                .unwrap_or_else(|| panic!("{path}: no choice panel"));
            assert!(choose.contains(r#"<nav class="operator-filter""#), "{path}");
            assert!(choose.contains(r#"name="number""#), "{path}");
            assert!(choose.contains(r#"<button type="submit">"#), "{path}");
            let table = choose
                .split(r#"data-prefixes=""#)
                .nth(1)
                .and_then(|t| t.split('"').next())
                .unwrap();
            for (op, entry) in &facts.prefixes {
                let row = table
                    .split('|')
                    .find(|r| r.starts_with(&format!("{op}:")))
                    .unwrap_or_else(|| panic!("{path}: {op} not in {table}"));
                assert_eq!(
                    row.rsplit(':').next().unwrap(),
                    entry.prefixes.join(" "),
                    "{path}"
                );
            }
            let situations = body.split(r#"<ul class="situations">"#).nth(1).unwrap();
            let situations = situations.split("</ul>").next().unwrap();
            assert!(situations.contains(&format!(r#"href="{plan}""#)), "{path}");
            assert!(situations.contains(r##"href="#cut-off""##), "{path}");
            assert!(situations.contains(r##"href="#someone""##), "{path}");
            let time = body.find(r#"<section id="time""#).unwrap();
            let cut_off = body.find(r#"<section id="cut-off""#).unwrap();
            let between = &body[time..cut_off];
            assert_eq!(
                between.matches("<section").count(),
                1,
                "{path}: right after the timeline"
            );
            assert!(body.contains(r#"<h3 id="someone">"#), "{path}");
        }
    }
}

/// Issue 21: a company's site opens in the reader's language where it has one: Metfone's
/// payment site in Chinese for Chinese readers only (its sentence and its source alike);
/// English and Khmer readers get its plain address.
#[tokio::test]
async fn metfones_chinese_payment_page_is_linked_for_chinese_readers_only() {
    let chinese = r#"href="https://pay.metfone.com.kh/?lang=cn""#;
    let zh = get("/zh/metfone/online/").await.body;
    assert!(zh.matches(chinese).count() >= 2, "sentence and source");
    assert!(visible_text(&zh).contains("有中文界面"));
    for path in ["/en/metfone/online/", "/km/metfone/online/"] {
        let body = get(path).await.body;
        assert!(!body.contains("lang=cn"), "{path}");
        assert!(
            body.contains(r#"href="https://pay.metfone.com.kh"#),
            "{path}"
        );
    }
    for path in site().html_paths() {
        if !path.starts_with("/zh/") {
            assert!(!get(path).await.body.contains("lang=cn"), "{path}");
        }
    }
}
