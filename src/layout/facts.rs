//! Facts as templates show them: a sentence with its sources and confidence, lists of them,
//! and whom to ask where nothing is confirmed.

use std::collections::BTreeMap;

use fluent_bundle::{FluentArgs, FluentValue};

use crate::content::{Confidence, Fact, Facts, Hotline, Operator, OperatorContact, Topic, Value};
use crate::i18n::{I18nError, Translator};

/// A fact, ready for a template: its sentence as HTML and where it comes from.
pub struct FactView {
    /// Its id in the facts file.
    pub id: String,
    pub html: String,
    pub sources: Vec<SourceLink>,
    /// The numbers of its sources in its section's list of sources.
    pub notes: Vec<usize>,
    pub unconfirmed: bool,
    /// Its coverage of the companies is not known: "check that it covers your company".
    pub check_coverage: bool,
    /// (amount as the reader writes it, days)
    pub validity: Vec<(String, i64)>,
}

#[derive(Clone, PartialEq)]
pub struct SourceLink {
    pub label: String,
    pub url: Option<String>,
    /// The same page in Chinese, linked for Chinese readers instead of `url`.
    pub zh: Option<String>,
}

/// A section's sources, numbered in the order its facts first cite them; facts refer to
/// them by number, so a section shows each source once, in a compact list at its end.
#[derive(Default)]
pub struct SourceNotes {
    /// The section's id: notes are `#<section>-src-<n>`.
    pub section: &'static str,
    pub list: Vec<SourceLink>,
}

impl SourceNotes {
    pub fn new(section: &'static str) -> SourceNotes {
        SourceNotes {
            section,
            list: Vec::new(),
        }
    }

    /// Numbers `fact`'s sources (1-based), adding the ones not cited yet.
    pub fn cite(&mut self, fact: &mut FactView) {
        fact.notes = fact
            .sources
            .iter()
            .map(
                |source| match self.list.iter().position(|s| s.same_source(source)) {
                    Some(i) => i + 1,
                    None => {
                        self.list.push(source.clone());
                        tell_apart(&mut self.list);
                        self.list.len()
                    }
                },
            )
            .collect();
    }
}

impl SourceLink {
    /// Where the link goes for a reader of `lang`: the page in the reader's language where
    /// the site has one (issue 21: Metfone's Chinese payment page only for Chinese readers).
    pub fn href(&self, lang: &crate::lang::Lang) -> Option<&str> {
        match (*lang, &self.zh) {
            (crate::lang::Lang::Zh, Some(zh)) => Some(zh),
            _ => self.url.as_deref(),
        }
    }

    /// The same page, whatever its label says (a label may have been lengthened).
    fn same_source(&self, other: &SourceLink) -> bool {
        match (&self.url, &other.url) {
            (Some(a), Some(b)) => a == b,
            (None, None) => self.label == other.label,
            _ => false,
        }
    }
}

/// Sources on one site would show the same host twice in a list ("smart.com.kh,
/// smart.com.kh"): those get the last part of their address as well
/// ("smart.com.kh/flexi1000", "smart.com.kh/share2talk").
fn tell_apart(list: &mut [SourceLink]) {
    // The site part of each label, whether or not it has been lengthened already.
    let site = |label: &str| label.split('/').next().unwrap_or_default().to_owned();
    let sites: Vec<String> = list.iter().map(|s| site(&s.label)).collect();
    for source in list.iter_mut() {
        let shared = sites.iter().filter(|s| **s == source.label).count() > 1;
        let last_part = source.url.as_deref().and_then(|url| {
            let path = url.split("://").nth(1)?.split(['?', '#']).next()?;
            path.split('/')
                .skip(1)
                .filter(|part| !part.is_empty())
                .last()
        });
        if let (true, Some(part)) = (shared, last_part) {
            source.label = format!("{}/{part}", source.label);
        }
    }
}

/// The facts of one section, plus a note for each operator the section has nothing
/// specific on, saying whom to ask.
pub struct FactList {
    /// Facts whose data names a company in the reader's filter.
    pub facts: Vec<FactView>,
    pub ask_operator: Vec<String>,
    /// Facts that name no company: rules for every company, and services whose coverage
    /// is not known. Shown apart, never under a company's heading.
    pub general: Vec<FactView>,
    pub notes: SourceNotes,
}

impl FactList {
    pub fn is_empty(&self) -> bool {
        self.facts.is_empty() && self.ask_operator.is_empty() && self.general.is_empty()
    }
}

/// The facts file's sources `ids`, as links a template shows.
pub(crate) fn source_links(facts: &Facts, ids: &[String]) -> Vec<SourceLink> {
    let mut links = ids
        .iter()
        .map(|id| {
            let source = facts.source(id);
            SourceLink {
                label: source.label().to_owned(),
                url: source.url.clone(),
                zh: source.zh.clone(),
            }
        })
        .collect::<Vec<_>>();
    tell_apart(&mut links);
    links
}

pub(crate) fn fact_view(t: &Translator, facts: &Facts, fact: &Fact) -> Result<FactView, I18nError> {
    let sources = source_links(facts, &fact.sources);
    let validity = fact
        .validity
        .iter()
        .map(|row| {
            let mut args = FluentArgs::new();
            args.set("usd", FluentValue::from(row.usd));
            Ok((t.format("fact-amount-usd", Some(&args))?, row.days))
        })
        .collect::<Result<_, I18nError>>()?;
    Ok(FactView {
        id: fact.id.clone(),
        html: t.rich(&fact.message_id(), &fact.values)?,
        sources,
        notes: Vec::new(),
        unconfirmed: fact.confidence == Confidence::Medium,
        check_coverage: fact.check_coverage,
        validity,
    })
}

/// The facts under `topic` for the reader's filter, leaving out those in `except` (facts a
/// page draws in its own way). With `ask_when_missing`, every operator in the filter that no
/// fact names gets a note with its website or hotline instead.
pub(crate) fn fact_list(
    t: &Translator,
    facts: &Facts,
    section: &'static str,
    topic: Topic,
    operator: Option<Operator>,
    except: &[&str],
    ask_when_missing: bool,
) -> Result<FactList, I18nError> {
    let shown: Vec<&Fact> = facts
        .for_topic(topic, operator)
        .filter(|fact| !except.contains(&fact.id.as_str()))
        .collect();
    let mut notes = SourceNotes::new(section);
    let mut view = |fact: &Fact| {
        let mut view = fact_view(t, facts, fact)?;
        notes.cite(&mut view);
        Ok::<_, I18nError>(view)
    };
    let views = shown
        .iter()
        .map(|fact| view(fact))
        .collect::<Result<_, _>>()?;
    let general = facts
        .general_for_topic(topic)
        .filter(|fact| !except.contains(&fact.id.as_str()))
        .map(&mut view)
        .collect::<Result<_, _>>()?;
    let mut ask_operator = Vec::new();
    if ask_when_missing {
        let in_filter: Vec<Operator> = operator.map_or(Operator::ALL.to_vec(), |op| vec![op]);
        for op in in_filter {
            if !shown.iter().any(|f| f.operators.contains(&op)) {
                ask_operator.push(ask_operator_about(t, facts, op, topic)?);
            }
        }
    }
    Ok(FactList {
        facts: views,
        ask_operator,
        general,
        notes,
    })
}

/// "X: <what> is not known; ask X", under a section on `topic` (the message says what is
/// not known: how to check the balance, the details of a way to top up).
pub(crate) fn ask_operator_about(
    t: &Translator,
    facts: &Facts,
    operator: Operator,
    topic: Topic,
) -> Result<String, I18nError> {
    let mut args = FluentArgs::new();
    args.set("operator", facts.contact(operator).name.clone());
    args.set("topic", topic.slug());
    let unknown = crate::i18n::escape(&t.format("ask-operator-unknown", Some(&args))?);
    ask_html(t, facts, operator, "ask-operator", Some(unknown))
}

/// "Nothing confirmed: ask X" with whatever contact facts.toml has for X. `family` is the
/// message family: `plan-ask` (in a plan's answer) or `compare-not-confirmed` (in a table
/// cell), each with the variants `-website-hotline`, `-website`, `-hotline` and `-store`.
pub(crate) fn ask_operator_html(
    t: &Translator,
    facts: &Facts,
    operator: Operator,
    family: &str,
) -> Result<String, I18nError> {
    ask_html(t, facts, operator, family, None)
}

/// The family's variant for X's contact details; `unknown` (HTML) is the `ask-operator`
/// family's opening sentence, what is not known.
fn ask_html(
    t: &Translator,
    facts: &Facts,
    operator: Operator,
    family: &str,
    unknown: Option<String>,
) -> Result<String, I18nError> {
    let contact = facts.contact(operator);
    let mut values = BTreeMap::from([("operator".to_owned(), Value::Text(contact.name.clone()))]);
    if let Some(unknown) = unknown {
        values.insert("unknown".into(), Value::Html(unknown));
    }
    if let Some(site) = &contact.website {
        values.insert(
            "website".into(),
            Value::Link {
                link: site.value.clone(),
                zh: None,
            },
        );
    }
    if let Some(hotline) = &contact.hotline {
        values.insert(
            "hotline".into(),
            Value::Html(hotline_html(t, contact, hotline)?),
        );
    }
    let variant = match (&contact.website, &contact.hotline) {
        (Some(_), Some(_)) => "website-hotline",
        (Some(_), None) => "website",
        (None, Some(_)) => "hotline",
        (None, None) => "store",
    };
    t.rich(&format!("{family}-{variant}"), &values)
}

/// A company's hotline as HTML: its `+855` number as a `tel:` link, which any phone can
/// call, and the short code labelled as working from the company's own SIM.
pub(crate) fn hotline_html(
    t: &Translator,
    contact: &OperatorContact,
    hotline: &Hotline,
) -> Result<String, I18nError> {
    let Some(short) = &hotline.short else {
        return Ok(crate::i18n::tel_html(&hotline.tel));
    };
    let values = BTreeMap::from([
        (
            "tel".to_owned(),
            Value::Tel {
                tel: hotline.tel.clone(),
            },
        ),
        ("short".to_owned(), Value::Text(short.clone())),
        ("operator".to_owned(), Value::Text(contact.name.clone())),
    ]);
    t.rich("hotline-short", &values)
}

/// "From abroad", for the reader's filter: the ways confirmed to work from abroad for the
/// company (or for some company, unfiltered), then what someone in Cambodia can do.
pub struct Abroad {
    pub ways: FactList,
    /// Nothing online is confirmed for the filtered company: the message saying so.
    pub none_online: Option<String>,
    /// What someone in Cambodia can do, naming the filtered company (`abroad-someone`).
    pub someone: String,
    /// Smart's code for loading a card onto another number, where the page asks for it.
    pub relayed: FactList,
}

/// With `relayed`, Smart's code for someone in Cambodia loading a card is among the ways
/// (pages without a "someone else" part of their own).
pub(crate) fn abroad(
    t: &Translator,
    facts: &Facts,
    operator: Option<Operator>,
    relayed: bool,
) -> Result<Abroad, I18nError> {
    let online: Vec<&Fact> = facts
        .facts
        .iter()
        .filter(|f| operator.map_or(!f.abroad.is_empty(), |op| f.abroad.contains(&op)))
        .collect();
    // Someone in Cambodia loading a card they were sent: the one company whose code for it
    // is confirmed. Shown under "ask someone in Cambodia", after what anyone there can do.
    let relayed: Vec<&Fact> = facts
        .fact(SOMEONE_LOADS_A_CARD)
        .filter(|f| relayed && operator.is_none_or(|op| f.applies_to(op)))
        .into_iter()
        .collect();
    let list = |section: &'static str, shown: &[&Fact]| {
        let mut notes = SourceNotes::new(section);
        let facts = shown
            .iter()
            .map(|fact| {
                let mut view = fact_view(t, facts, fact)?;
                notes.cite(&mut view);
                Ok::<_, I18nError>(view)
            })
            .collect::<Result<_, _>>()?;
        Ok::<_, I18nError>(FactList {
            facts,
            ask_operator: Vec::new(),
            general: Vec::new(),
            notes,
        })
    };
    let none_online = match operator {
        Some(op) if !facts.facts.iter().any(|f| f.abroad.contains(&op)) => {
            Some(t.with("abroad-none-online", "operator", &facts.contact(op).name)?)
        }
        _ => None,
    };
    let company = operator.map_or_else(|| "all".to_owned(), |op| facts.contact(op).name.clone());
    Ok(Abroad {
        someone: t.with("abroad-someone", "company", &company)?,
        ways: list("abroad", &online)?,
        relayed: list("relayed", &relayed)?,
        none_online,
    })
}

/// What someone in Cambodia does to top up another person's number, besides a kiosk or a
/// shop (the cards above say how): their own bank app, and Smart's code for loading a card
/// onto another number.
pub(crate) const BANK_APP: &str = "aba-mobile";
const SOMEONE_ELSE: [&str; 2] = [BANK_APP, SOMEONE_LOADS_A_CARD];
/// Smart's code for loading a card onto another number.
const SOMEONE_LOADS_A_CARD: &str = "smart-card-code-other-number";

/// "Topping up for someone else?": the facts of [`SOMEONE_ELSE`] that apply to the reader's
/// company (all of them, unfiltered), each with its confidence and sources; those the page
/// shows already under "From abroad" (`shown`: ABA Mobile) are not repeated.
pub(crate) fn someone_else(
    t: &Translator,
    facts: &Facts,
    operator: Option<Operator>,
    shown: &[&str],
) -> Result<FactList, I18nError> {
    let mut notes = SourceNotes::new("someone");
    let facts_shown = SOMEONE_ELSE
        .iter()
        .filter_map(|id| facts.fact(id))
        .filter(|f| operator.is_none_or(|op| f.applies_to(op)))
        .filter(|f| !shown.contains(&f.id.as_str()))
        .map(|fact| {
            let mut view = fact_view(t, facts, fact)?;
            notes.cite(&mut view);
            Ok(view)
        })
        .collect::<Result<_, I18nError>>()?;
    Ok(FactList {
        facts: facts_shown,
        ask_operator: Vec::new(),
        general: Vec::new(),
        notes,
    })
}

/// The prefix table the page's script answers "Which company is my number?" from, without
/// sending the number anywhere: `smart:Smart:010 015|cellcard:Cellcard:011 …`, generated
/// from `[prefixes]` (never a second, hand-written table).
pub(crate) fn prefix_table(facts: &Facts) -> String {
    facts
        .prefixes
        .iter()
        .map(|(op, entry)| {
            format!(
                "{}:{}:{}",
                op.slug(),
                facts.contact(*op).name,
                entry.prefixes.join(" ")
            )
        })
        .collect::<Vec<_>>()
        .join("|")
}

/// One cell of the comparison (also the lookup's answer): a fact in words, with its
/// sources.
pub struct CompareCellView {
    pub html: String,
    pub sources: Vec<SourceLink>,
    /// Nothing is known: the cell says whom to ask.
    pub ask: bool,
    /// Only a medium-confidence source states it: the cell carries the "not confirmed" tag.
    pub unconfirmed: bool,
}

/// The sources of `operator`'s prefixes.
pub(crate) fn prefix_sources(facts: &Facts, operator: Operator) -> Vec<SourceLink> {
    facts
        .prefixes
        .get(&operator)
        .map(|entry| source_links(facts, &entry.sources))
        .unwrap_or_default()
}

/// The comparison's cell of `operator`'s prefixes, joined the language's way, with their
/// sources and the "not confirmed" mark; whom to ask if the data has none.
pub(crate) fn prefixes_cell(
    t: &Translator,
    facts: &Facts,
    operator: Operator,
) -> Result<CompareCellView, I18nError> {
    let Some(entry) = facts.prefixes.get(&operator) else {
        return Ok(CompareCellView {
            html: ask_operator_html(t, facts, operator, "compare-not-confirmed")?,
            sources: Vec::new(),
            ask: true,
            unconfirmed: false,
        });
    };
    Ok(CompareCellView {
        html: crate::i18n::escape(&entry.prefixes.join(&t.get("symbol-separator")?)),
        sources: prefix_sources(facts, operator),
        ask: false,
        unconfirmed: true,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn link(url: &str) -> SourceLink {
        SourceLink {
            zh: None,
            label: url
                .split('/')
                .nth(2)
                .unwrap()
                .trim_start_matches("www.")
                .to_owned(),
            url: Some(url.to_owned()),
        }
    }

    fn fact(sources: Vec<SourceLink>) -> FactView {
        FactView {
            id: String::new(),
            html: String::new(),
            sources,
            notes: Vec::new(),
            unconfirmed: false,
            check_coverage: false,
            validity: Vec::new(),
        }
    }

    /// However many pages of one site a section cites, and in whatever order, each is named
    /// by its address's end, and a page cited again keeps its number.
    #[test]
    fn pages_of_one_site_are_told_apart_as_they_are_cited() {
        let mut notes = SourceNotes::new("s");
        let a = link("https://www.smart.com.kh/plans/flexi1000/");
        let b = link("https://www.smart.com.kh/km/top-up/?x=1");
        let c = link("https://www.smart.com.kh/share2talk");
        let other = link("https://trc.gov.kh/en/news/");
        let numbers: Vec<Vec<usize>> = [vec![a.clone(), other], vec![b], vec![c, a]]
            .into_iter()
            .map(|sources| {
                let mut view = fact(sources);
                notes.cite(&mut view);
                view.notes
            })
            .collect();
        assert_eq!(numbers, [vec![1, 2], vec![3], vec![4, 1]]);
        let labels: Vec<&str> = notes.list.iter().map(|s| s.label.as_str()).collect();
        assert_eq!(
            labels,
            [
                "smart.com.kh/flexi1000",
                "trc.gov.kh",
                "smart.com.kh/top-up",
                "smart.com.kh/share2talk"
            ]
        );
    }
}
