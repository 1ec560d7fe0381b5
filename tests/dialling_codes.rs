//! Every dialling code a reader can see is one that the project's fact sheet states.

mod common;

use std::collections::BTreeSet;

use common::{get, site};
use regex::Regex;

/// The project's fact sheet, copied into the repository with its checked date on the first
/// line; .ci/run checks that the copy still matches ../shared/brief/facts.md when it is there.
const FACTS_MD: &str = include_str!("data/facts.md");

/// The codes tests/data/facts.md states, placeholders written `<>`.
const STATED: &[&str] = &[
    "*1200#",
    "*888*<>#",
    "*888*11*<>*<>#",
    "*888#",
    "*767#",
    "#124#",
    "#823#",
    "*123*<>#",
    // Metfone's 4Ever plan: join by dialling it (facts.md, medium).
    "*115*1#",
    // Metfone's i-Share credit transfer: stated so that it can be recognised, never
    // recommended (facts.md: it is not a way to keep a number).
    "*1537*<>*<>*<>#",
];

fn normalize(code: &str) -> String {
    Regex::new(r"<[^>]*>")
        .unwrap()
        .replace_all(code, "<>")
        .replace(' ', "")
}

#[test]
fn the_list_is_exactly_the_codes_facts_md_states() {
    let header = FACTS_MD.lines().next().unwrap_or_default();
    let checked = Regex::new(r"facts checked \d{4}-\d{2}-\d{2}").unwrap();
    assert!(
        header.contains("../shared/brief/facts.md") && checked.is_match(header),
        "tests/data/facts.md starts with where it comes from and the facts' checked date: {header}"
    );
    let code = Regex::new(r"[*#][0-9][0-9*]*(?:<[^>]*>[0-9*]*)*#").unwrap();
    let stated: BTreeSet<String> = code
        .find_iter(FACTS_MD)
        .map(|m| normalize(m.as_str()))
        .collect();
    let copied: BTreeSet<String> = STATED.iter().map(|c| c.to_string()).collect();
    assert_eq!(
        copied, stated,
        "STATED must list exactly the codes tests/data/facts.md states"
    );
}

#[tokio::test]
async fn every_code_on_every_page_is_stated() {
    let var = Regex::new(r"<var>[^<]*</var>").unwrap();
    let tag = Regex::new(r"<[^>]*>").unwrap();
    // A dialling code: starts with * or #, digits, *, # and placeholders, ends with #.
    let code = Regex::new(r"[*#][0-9*#]*(?:\x00[0-9*#]*)*#").unwrap();
    let mut seen = BTreeSet::new();
    // Every text the site serves (the home-screen icons are images).
    let mut paths: Vec<String> = site()
        .paths()
        .iter()
        .filter(|p| !p.ends_with(".png"))
        .map(|p| p.to_string())
        .collect();
    paths.push("/en/nowhere/".into());
    for path in paths {
        let body = get(&path).await.body;
        let marked = var.replace_all(&body, "\x00");
        let text = tag.replace_all(&marked, "");
        for found in code.find_iter(&text) {
            let found = found.as_str().replace('\x00', "<>");
            if found.len() < 3 || !found[1..].contains(|c: char| c.is_ascii_digit()) {
                continue; // a lone "#" or "##" is not a code
            }
            assert!(
                STATED.contains(&found.as_str()),
                "{path} shows {found}, which tests/data/facts.md does not state"
            );
            seen.insert(found);
        }
    }
    // The pages really do show codes: otherwise this test would pass vacuously.
    assert!(seen.len() >= 5, "only saw {seen:?}");
}
