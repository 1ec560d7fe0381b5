//! The translations on disk: they parse, match each other, and format cleanly.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_bundle::{FluentArgs, FluentValue};
use fluent_syntax::ast;
use keep_your_number::content::{Facts, Value};
use keep_your_number::i18n::{AREAS, FILES, I18nError, Locales};
use keep_your_number::lang::Lang;

type Messages = BTreeMap<String, BTreeSet<String>>;

/// Message ID → the variables it uses, for one file on disk. Fails on any syntax error.
fn messages_on_disk(lang: Lang, area: &str) -> Messages {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("locales/{lang}/{area}.ftl"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let resource = fluent_syntax::parser::parse(text.as_str())
        .unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", path.display()));
    let mut messages = Messages::new();
    for entry in &resource.body {
        match entry {
            ast::Entry::Message(m) => {
                let mut vars = BTreeSet::new();
                if let Some(value) = &m.value {
                    pattern_variables(value, &mut vars);
                }
                assert!(
                    m.value.is_some(),
                    "{}: {} has no value",
                    path.display(),
                    m.id.name
                );
                messages.insert(m.id.name.to_owned(), vars);
            }
            ast::Entry::Junk { content } => panic!("{}: junk {content:?}", path.display()),
            _ => {}
        }
    }
    messages
}

fn pattern_variables(pattern: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, vars);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, vars);
            for variant in variants {
                pattern_variables(&variant.value, vars);
            }
        }
        ast::Expression::Inline(inline) => inline_variables(inline, vars),
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, vars),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for arg in &arguments.positional {
                inline_variables(arg, vars);
            }
        }
        _ => {}
    }
}

#[test]
fn every_language_has_the_same_files() {
    for lang in Lang::ALL {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("locales")
            .join(lang.code());
        let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        on_disk.sort();
        let mut expected: Vec<String> = AREAS.iter().map(|a| format!("{a}.ftl")).collect();
        expected.sort();
        assert_eq!(
            on_disk, expected,
            "locales/{lang}/ (every file must also be in i18n::AREAS)"
        );
    }
}

/// Message ID → the variables its English comment marks "(optional)".
fn optional_variables(area: &str) -> Messages {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("locales/en/{area}.ftl"));
    let text = std::fs::read_to_string(&path).unwrap();
    let resource = fluent_syntax::parser::parse(text.as_str()).unwrap();
    let marked = regex::Regex::new(r"\$([a-z_]+) \([^)]*optional").unwrap();
    let mut optional = Messages::new();
    for entry in &resource.body {
        if let ast::Entry::Message(m) = entry
            && let Some(comment) = &m.comment
        {
            let vars = comment
                .content
                .iter()
                .flat_map(|line| marked.captures_iter(line).map(|c| c[1].to_owned()))
                .collect();
            optional.insert(m.id.name.to_owned(), vars);
        }
    }
    optional
}

#[test]
fn every_language_has_the_same_messages_with_the_same_variables() {
    for area in AREAS {
        let reference = messages_on_disk(Lang::En, area);
        assert!(!reference.is_empty(), "{area}.ftl is empty");
        for lang in [Lang::Zh, Lang::Km] {
            let other = messages_on_disk(lang, area);
            let missing: Vec<_> = reference
                .keys()
                .filter(|id| !other.contains_key(*id))
                .collect();
            let extra: Vec<_> = other
                .keys()
                .filter(|id| !reference.contains_key(*id))
                .collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "{lang}/{area}.ftl: missing {missing:?}, extra {extra:?}"
            );
            let optional = optional_variables(area);
            for (id, vars) in &reference {
                // The same variables, except that a language may leave out one the English
                // comment marks "(optional)" (a date range drops the year where its
                // language repeats no year).
                let theirs = &other[id];
                let may_skip = optional.get(id).cloned().unwrap_or_default();
                let allowed: BTreeSet<String> = vars.union(&may_skip).cloned().collect();
                assert!(
                    theirs.is_subset(&allowed)
                        && vars.difference(theirs).all(|v| may_skip.contains(v)),
                    "{lang}/{area}.ftl: variables of {id}: {theirs:?}, English has {vars:?}"
                );
            }
        }
    }
}

/// The compiled-in list (a macro in i18n.rs) names each language's file for each area of
/// `AREAS`, once: an area added to one and not the other is never loaded, or never checked.
#[test]
fn every_area_of_every_language_is_compiled_in_once() {
    let mut compiled: Vec<(&str, &str)> = FILES.iter().map(|&(l, a, _)| (l, a)).collect();
    compiled.sort_unstable();
    let mut expected: Vec<(&str, &str)> = Lang::ALL
        .iter()
        .flat_map(|lang| AREAS.iter().map(move |area| (lang.code(), *area)))
        .collect();
    expected.sort_unstable();
    assert_eq!(compiled, expected);
}

#[test]
fn every_message_formats_without_errors_or_isolation_marks() {
    let locales = Locales::built_in().unwrap();
    for lang in Lang::ALL {
        let t = locales.translator(lang);
        for area in AREAS {
            for (id, vars) in messages_on_disk(lang, area) {
                // Numbers exercise selectors (months, plurals); try a few of them.
                for n in [1, 2, 7, 12] {
                    let mut args = FluentArgs::new();
                    for var in &vars {
                        args.set(var.as_str(), FluentValue::from(n));
                    }
                    let text = t.format(&id, Some(&args)).unwrap_or_else(|e| panic!("{e}"));
                    // Separators may be a space, or nothing where a language puts none.
                    assert!(
                        id.ends_with("-separator") || !text.trim().is_empty(),
                        "{lang}: {id} is empty"
                    );
                    assert!(
                        !text.contains(['\u{2068}', '\u{2069}']),
                        "{lang}: {id} has isolation marks"
                    );
                }
            }
        }
    }
}

#[test]
fn lists_are_joined_the_way_each_language_writes_them() {
    let locales = Locales::built_in().unwrap();
    let names = |list: &[&str]| list.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    let cases = [
        (
            Lang::En,
            &["Visa", "Mastercard", "@alipay"][..],
            "Visa, Mastercard and Alipay",
        ),
        (
            Lang::Km,
            &["Visa", "Mastercard", "@alipay"][..],
            // Issue 21: no Latin comma inside a Khmer list: a middle dot keeps Latin names apart.
            "Visa · Mastercard និង Alipay",
        ),
        // A space beside a Latin name, none between two Chinese words.
        (
            Lang::Zh,
            &["Visa", "Mastercard", "@alipay"][..],
            "Visa、Mastercard 和支付宝",
        ),
        (Lang::Zh, &["@alipay", "Visa"][..], "支付宝和 Visa"),
        (Lang::Zh, &["@alipay", "@unionpay"][..], "支付宝和银联"),
        (Lang::Zh, &["Smart", "Seatel"][..], "Smart 和 Seatel"),
        (Lang::Zh, &["Smart"][..], "Smart"),
    ];
    for (lang, list, expected) in cases {
        assert_eq!(
            locales.translator(lang).list(&names(list)).unwrap(),
            expected,
            "{lang}: {list:?}"
        );
    }
}

#[test]
fn chinese_and_khmer_use_only_the_other_plural_category() {
    for lang in [Lang::Zh, Lang::Km] {
        for area in AREAS {
            let path =
                Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("locales/{lang}/{area}.ftl"));
            let text = std::fs::read_to_string(path).unwrap();
            for category in ["[zero]", "[one]", "[two]", "[few]", "[many]"] {
                assert!(
                    !text.contains(category),
                    "{lang}/{area}.ftl uses {category}"
                );
            }
        }
    }
}

#[test]
fn every_fact_has_a_sentence_that_uses_only_its_values() {
    let facts = Facts::built_in().unwrap();
    let sentences = messages_on_disk(Lang::En, "facts");
    for fact in &facts.facts {
        let id = fact.message_id();
        let vars = sentences
            .get(&id)
            .unwrap_or_else(|| panic!("facts.ftl lacks {id}"));
        let values: BTreeSet<String> = fact.values.keys().cloned().collect();
        assert!(
            vars.is_subset(&values),
            "{id} uses {vars:?}, facts.toml gives {values:?}"
        );
    }
    for id in sentences.keys() {
        let fact_id = id.strip_prefix("fact-").unwrap_or(id);
        let is_fact = facts.fact(fact_id).is_some();
        let is_ui = ["fact-source", "fact-unconfirmed", "fact-amount-usd"].contains(&id.as_str())
            || id.starts_with("fact-validity-");
        assert!(
            is_fact || is_ui,
            "facts.ftl has {id}, which no fact in facts.toml uses"
        );
    }
    // Every dialling code's placeholders have a name in every language.
    let locales = Locales::built_in().unwrap();
    for fact in &facts.facts {
        for value in fact.values.values() {
            if let Value::Ussd { ussd } = value {
                for lang in Lang::ALL {
                    locales.translator(lang).ussd_html(ussd).unwrap();
                }
            }
        }
    }
}

#[test]
fn a_message_missing_in_one_language_stops_loading() {
    let files = FILES.iter().map(|&(l, a, t)| {
        let text = if l == "km" && a == "errors" {
            t.replace("not-found-heading =", "# removed\nnot-found-heading-x =")
        } else {
            t.to_owned()
        };
        (l, a, text)
    });
    let error = match Locales::from_files(files) {
        Err(error @ I18nError::Missing { lang: Lang::Km, .. }) => error,
        Err(other) => panic!("wrong error: {other}"),
        Ok(_) => panic!("loaded with a message missing"),
    };
    // The message names the file, the message ID and where the reference defines it.
    let english = FILES
        .iter()
        .find(|f| f.0 == "en" && f.1 == "errors")
        .unwrap()
        .2;
    let line = english
        .lines()
        .position(|l| l.starts_with("not-found-heading ="))
        .unwrap()
        + 1;
    assert_eq!(
        error.to_string(),
        format!(
            "locales/km/errors.ftl: message \"not-found-heading\" is missing (see locales/en/errors.ftl:{line})"
        )
    );
}

#[test]
fn a_syntax_error_names_file_and_line() {
    let files = FILES.iter().map(|&(l, a, t)| {
        let text = if l == "zh" && a == "common" {
            format!("{t}\nbroken = {{ $x\n")
        } else {
            t.to_owned()
        };
        (l, a, text)
    });
    let error = Locales::from_files(files)
        .err()
        .expect("a broken file fails")
        .to_string();
    let lines = FILES
        .iter()
        .find(|f| f.0 == "zh" && f.1 == "common")
        .unwrap()
        .2
        .lines()
        .count();
    assert!(error.starts_with("locales/zh/common.ftl:"), "{error}");
    let line: usize = error.split(':').nth(1).unwrap().parse().unwrap();
    assert!(line > lines, "{error} points at the broken line");
}
