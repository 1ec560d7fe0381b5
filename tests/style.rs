//! The mechanical rules of ../shared/brief/style-zh.md and style-km.md, checked on the text
//! readers see: every page the site serves in Chinese and Khmer, its 404 page, and the
//! per-request answers. (What is not mechanical, a native reader checks.)

mod common;

use common::{day, get, site};
use regex::Regex;

/// The text of a page without its markup, tags removed (not replaced by spaces, so that a
/// bracket around a tag still counts as next to the text inside it), and without what is
/// not prose: `<code>` dialling codes, and the marks set apart by the layout (source
/// numbers, tags, the warning sign).
fn prose(body: &str) -> String {
    let code = Regex::new(
        r#"(?s)<code\b.*?</code>|<a class="ref"[^>]*>.*?</a>|<span class="(?:tag [^"]*|warning-icon)"[^>]*>.*?</span>"#,
    )
    .unwrap();
    let tags = Regex::new(r"(?s)<[^>]*>").unwrap();
    let body = body.split("<body>").nth(1).unwrap_or(body);
    let without_codes = code.replace_all(body, "CODE");
    let text = tags.replace_all(&without_codes, "");
    text.replace("&#39;", "'")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
}

/// Every page in `lang`, with the text readers see, by path.
async fn pages(lang: &str) -> Vec<(String, String)> {
    let mut paths: Vec<String> = site()
        .page_paths()
        .iter()
        .filter(|p| p.starts_with(&format!("/{lang}/")))
        .map(|p| p.to_string())
        .collect();
    assert!(paths.len() > 20, "{lang}: only {} pages", paths.len());
    paths.push(format!("/{lang}/no-such-page/"));
    paths.push(format!("/{lang}/which-operator/?number=012345678"));
    paths.push(format!("/{lang}/which-operator/?number=023123456"));
    // The reminder's answers (dates in one year and across two) and a refusal.
    for (operator, ends) in [
        ("smart", day(60)),
        ("metfone", day(20)),
        ("cellcard", day(400)),
    ] {
        paths.push(format!("/{lang}/plan/?operator={operator}&ends={ends}"));
    }
    paths.push(format!("/{lang}/plan/?operator=smart&ends=2027-02-30"));
    // The plan at each kind of answer: an absence (Smart's two options, Metfone's end
    // dates), a stage after the end, from abroad; the slip in each language and a refusal.
    paths.push(format!(
        "/{lang}/plan/?operator=smart&ends={}&away_until={}&where=abroad",
        day(10),
        day(200)
    ));
    paths.push(format!(
        "/{lang}/plan/?operator=metfone&ends=2026-08-01&away_until={}",
        day(300)
    ));
    paths.push(format!(
        "/{lang}/plan/?operator=cellcard&ends=2026-09-01&where=cambodia"
    ));
    for helper in ["zh", "en", "km"] {
        paths.push(format!(
            "/{lang}/plan/slip/?operator=smart&number=012345678&amount=2.50&for={helper}"
        ));
    }
    paths.push(format!(
        "/{lang}/plan/slip/?operator=smart&number=1&amount=5&for=km"
    ));
    let mut out = Vec::new();
    for path in paths {
        let answer = get(&path).await;
        assert!(
            answer.status.is_success() || answer.status == 400 || answer.status == 404,
            "{path}: {}",
            answer.status
        );
        out.push((path, prose(&answer.body)));
    }
    // The calendar files' text: the values of their text properties, unfolded (RFC 5545
    // folds long lines with CRLF and a space) and unescaped.
    for operator in ["smart", "cellcard"] {
        let path = format!(
            "/{lang}/plan/calendar.ics?operator={operator}&ends={}&away_until={}",
            day(30),
            day(400)
        );
        let answer = get(&path).await;
        assert_eq!(answer.status, 200, "{path}");
        let unfolded = answer.body.replace("\r\n ", "");
        let text: Vec<String> = unfolded
            .lines()
            .filter_map(|line| line.split_once(':'))
            .filter(|(name, _)| {
                let name = name.split(';').next().unwrap_or_default();
                ["SUMMARY", "DESCRIPTION", "NAME", "X-WR-CALNAME"].contains(&name)
            })
            .map(|(_, value)| {
                value
                    .replace("\\n", "\n")
                    .replace("\\,", ",")
                    .replace("\\;", ";")
                    .replace("\\\\", "\\")
            })
            .collect();
        assert!(text.len() >= 3, "{path}: {text:?}");
        out.push((path, text.join("\n")));
    }
    out
}

/// The places in `text` where `pattern` matches, with some context, for a failure message.
fn places(pattern: &Regex, text: &str) -> Vec<String> {
    pattern
        .find_iter(text)
        .map(|m| {
            let start = text[..m.start()]
                .char_indices()
                .rev()
                .nth(8)
                .map_or(0, |(i, _)| i);
            let end = text[m.end()..]
                .char_indices()
                .nth(8)
                .map_or(text.len(), |(i, _)| m.end() + i);
            text[start..end].replace('\n', " ")
        })
        .collect()
}

fn check(failures: &mut Vec<String>, path: &str, what: &str, pattern: &str, text: &str) {
    let pattern = Regex::new(pattern).unwrap();
    let found = places(&pattern, text);
    if !found.is_empty() {
        failures.push(format!("{path}: {what}: {found:?}"));
    }
}

fn report(failures: Vec<String>) {
    assert!(
        failures.is_empty(),
        "{} problems:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[tokio::test]
async fn chinese_text_follows_the_chinese_style() {
    let mut failures = Vec::new();
    for (path, text) in pages("zh").await {
        let ascii_next_to_cjk = r"\p{Han}[,:;()?!\[\]]|[,:;()?!\[\]]\p{Han}";
        check(
            &mut failures,
            &path,
            "ASCII punctuation next to Chinese",
            ascii_next_to_cjk,
            &text,
        );
        check(&mut failures, &path, "「」 quotes", "[「」]", &text);
        // One space around Latin words and codes, none next to full-width punctuation.
        check(
            &mut failures,
            &path,
            "a space next to full-width punctuation",
            "[，。：；？！（）、] | [，。：；？！（）、]",
            &text,
        );
        // Digits with Chinese units stay tight: 60天, 2027年2月1日.
        check(
            &mut failures,
            &path,
            "a space between a number and its unit",
            r"\d [天年月日号]|[第至] \d",
            &text,
        );
        // One word per concept (style-zh.md).
        for (avoid, why) in [
            ("充值码|充值代码", "充值密码 is the card's code"),
            ("查询代码|代码", "拨号指令 is a code to dial"),
            ("应用程序", "App"),
            ("到期日(?:期)?|最后有效日|截止日", "有效期到期日"),
            ("Alipay|WeChat Pay|UnionPay", "支付宝、微信支付、银联"),
            ("您", "你"),
        ] {
            // 有效期到期日 itself contains 到期日.
            let text = text.replace("有效期到期日", "有效期");
            check(
                &mut failures,
                &path,
                &format!("avoid ({why})"),
                avoid,
                &text,
            );
        }
        // 续费 only in the site's name (the seed phrase 保号卡续费).
        check(
            &mut failures,
            &path,
            "续费 outside 保号卡续费",
            "续费",
            &text.replace("保号卡续费", ""),
        );
    }
    report(failures);
}

#[tokio::test]
async fn khmer_text_follows_the_khmer_style() {
    let mut failures = Vec::new();
    for (path, text) in pages("km").await {
        check(&mut failures, &path, "a semicolon", ";", &text);
        check(
            &mut failures,
            &path,
            "a bare កាបូប (a purse)",
            "កាបូប(?:អេឡិចត្រូនិក)?",
            &text.replace("កាបូបអេឡិចត្រូនិក", ""),
        );
        check(
            &mut failures,
            &path,
            "ស៊ីម without កាត",
            "ស៊ីម(?:[^ក]|$)",
            &text,
        );
        check(
            &mut failures,
            &path,
            "បញ្ចូល for «type» (use វាយ)",
            "បញ្ចូល(?:លេខ|កាលបរិច្ឆេទ|ថ្ងៃ)",
            &text,
        );
        for (avoid, why) in [
            ("ថ្ងៃចុងក្រោយនៃសុពលភាព", "ថ្ងៃផុតសុពលភាព"),
            ("លុយបង្ហាញក្នុងសមតុល្យ", "លុយចូលសមតុល្យ"),
            ("គម្រោង", "កញ្ចប់"),
            ("អ្នកនៅកម្ពុជា", "នរណាម្នាក់ / សាច់ញាតិ ឬមិត្តភក្តិនៅកម្ពុជា"),
            ("ដាក់ជាមួយគ្នា", "a calque of “side by side”"),
        ] {
            check(
                &mut failures,
                &path,
                &format!("avoid ({why})"),
                avoid,
                &text,
            );
        }
        check(&mut failures, &path, "bare និយ័តករ", "និយ័តករ(?:[^ទ]|$)", &text);
        // Dates: ថ្ងៃទី 25 ខែវិច្ឆិកា ឆ្នាំ 2026, spaced around the numbers.
        check(
            &mut failures,
            &path,
            "an unspaced date",
            r"ថ្ងៃទី\d|ឆ្នាំ\d",
            &text,
        );
    }
    report(failures);
}

/// Every date on a language's pages has that language's one shape.
#[tokio::test]
async fn every_date_has_its_languages_shape() {
    let months_en =
        "January|February|March|April|May|June|July|August|September|October|November|December";
    for (lang, shape, loose) in [
        (
            "zh",
            r"\d{4}年\d{1,2}月\d{1,2}日".to_owned(),
            r"\d{4} ?年 ?\d{1,2} ?月 ?\d{1,2} ?日",
        ),
        (
            "km",
            r"ថ្ងៃទី \d{1,2} ខែ\S+ ឆ្នាំ \d{4}".to_owned(),
            r"ថ្ងៃទី ?\d{1,2} ?ខែ ?\S+ ?ឆ្នាំ ?\d{4}",
        ),
        (
            "en",
            // A range writes the year once: “25 January to 25 March 2027”.
            format!(r"\d{{1,2}} (?:{months_en})(?: \d{{4}})?"),
            r"(?:January|February|March|April|May|June|July|August|September|October|November|December),? \d{1,2},? \d{4}|\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December)",
        ),
    ] {
        let shape = Regex::new(&shape).unwrap();
        let loose = Regex::new(loose).unwrap();
        let mut seen = 0;
        for (path, text) in pages(lang).await {
            for found in loose.find_iter(&text) {
                // Every date-like string is exactly the one shape.
                let around = &text[found.start()..];
                assert!(
                    shape.find(around).is_some_and(|m| m.start() == 0),
                    "{path}: {:?} is not written the {lang} way",
                    &around[..around.len().min(40)]
                );
                seen += 1;
            }
        }
        assert!(seen > 20, "{lang}: only {seen} dates seen");
    }
}

/// The terms in the "avoid" column of a glossary's tables (locales/glossary-zh.md,
/// glossary-km.md) that are written wholly in `script`: the words to find on pages, leaving
/// out the notes in English around them.
fn avoided_terms(glossary: &str, script: &Regex) -> Vec<String> {
    let path = format!("{}/locales/{glossary}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap();
    let mut terms = Vec::new();
    let mut avoid_column = None;
    for line in text.lines().filter(|l| l.starts_with('|')) {
        let cells: Vec<&str> = line.trim_matches('|').split('|').map(str::trim).collect();
        if matches!(cells.first(), Some(&"concept" | &"state" | &"pattern")) {
            // Only a column headed exactly "avoid" is binding everywhere ("notes / avoid"
            // columns name words to avoid in one context only).
            avoid_column = cells.iter().position(|c| *c == "avoid");
            continue;
        }
        let Some(cell) = avoid_column.and_then(|i| cells.get(i)) else {
            continue;
        };
        for term in cell.split(['、', ',']).map(str::trim) {
            if script.is_match(term) {
                terms.push(term.to_owned());
            }
        }
    }
    terms
}

/// Issue 21: each glossary's "avoid" terms appear on no page of its language, and the
/// glossaries name the one phrase for each state of certainty.
#[tokio::test]
async fn no_page_uses_a_term_its_glossary_avoids() {
    let zh = avoided_terms("glossary-zh.md", &Regex::new(r"^[\p{Han}]+$").unwrap());
    let km = avoided_terms("glossary-km.md", &Regex::new(r"^[\p{Khmer}]+$").unwrap());
    assert!(zh.len() >= 8, "zh: {zh:?}");
    assert!(km.len() >= 8, "km: {km:?}");
    assert!(
        zh.contains(&"未经官方确认".to_owned()) && km.contains(&"មិនទាន់មានប្រភពផ្លូវការបញ្ជាក់".to_owned())
    );
    let mut failures = Vec::new();
    for (lang, terms) in [("zh", &zh), ("km", &km)] {
        for (path, text) in pages(lang).await {
            for term in terms {
                check(
                    &mut failures,
                    &path,
                    "a term the glossary avoids",
                    &regex::escape(term),
                    &text,
                );
            }
        }
    }
    report(failures);
}

/// Issue 21: Khmer lists and sentences have no Latin comma (digit groups such as 5,000 are
/// numbers, not lists); Chinese amounts are not grouped (5000瑞尔, not 5,000瑞尔).
#[tokio::test]
async fn no_latin_comma_in_khmer_text_and_no_grouped_chinese_amounts() {
    let mut failures = Vec::new();
    let khmer = Regex::new(r"\p{Khmer}").unwrap();
    for (path, text) in pages("km").await {
        let chars: Vec<char> = text.chars().collect();
        let digit = |j: Option<usize>| {
            j.and_then(|j| chars.get(j))
                .is_some_and(char::is_ascii_digit)
        };
        for i in (0..chars.len()).filter(|&i| chars[i] == ',') {
            if digit(i.checked_sub(1)) && digit(Some(i + 1)) {
                continue;
            }
            // A comma in the Khmer text, not in a part in another language (the slip).
            let around: String = chars[i.saturating_sub(30)..(i + 30).min(chars.len())]
                .iter()
                .collect();
            if khmer.is_match(&around) {
                failures.push(format!("{path}: a Latin comma: {around:?}"));
            }
        }
    }
    for (path, text) in pages("zh").await {
        check(&mut failures, &path, "a grouped amount", r"\d,\d{3}", &text);
    }
    report(failures);
}
