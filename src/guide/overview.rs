//! The overview, `/{lang}/` and `/{lang}/{operator}/`: the reader's task first (which
//! company, which way to top up, how long they have), then the background.

use askama::Template;

use crate::address::Address;
use crate::content::{Channel, Page, Topic};
use crate::i18n::Translator;
use crate::layout::base::{Filter, Layout, title_and_description};
use crate::layout::facts::{FactList, fact_list};
use crate::layout::{RenderError, Renderer, template_error};

#[derive(Template)]
#[template(path = "overview.html")]
struct OverviewPage<'a> {
    t: Translator<'a>,
    layout: Layout<'a>,
    /// "Keep your Cambodian prepaid number", or "Keep your Smart number".
    heading: String,
    filter: Filter,
    /// The plan form, with the company filled in on a company's page.
    plan_href: String,
    /// What the lookup's script answers from (see `static/share.js`).
    lookup: LookupData,
    /// A company's page: its own facts, under the choice.
    company: Option<CompanyView>,
    /// "Topping up for someone else?": its first sentence, and the facts that apply.
    someone_intro: String,
    someone: FactList,
    channels: Vec<ChannelCard>,
    abroad: crate::layout::facts::Abroad,
    timeline: crate::layout::timeline::Timeline,
    /// The empty slip form, the company preselected on a company's page.
    slip_href: String,
    about: FactList,
    lifecycle: FactList,
    check: FactList,
    watch: FactList,
    leave: FactList,
    /// "Registration can cut a number off too": the rules on SIM registration.
    registration: FactList,
    cutoff: FactList,
}

impl OverviewPage<'_> {
    /// The numbered messages `<prefix>-1`, `-2`, …, for the reader's company.
    fn list(&self, prefix: &str) -> Result<Vec<String>, crate::i18n::I18nError> {
        self.t.numbered_with(prefix, Some(&self.filter.args()))
    }

    /// One message, for the reader's company (`$operator`, `$company`).
    fn message(&self, id: &str) -> Result<String, crate::i18n::I18nError> {
        self.t.format(id, Some(&self.filter.args()))
    }
}

/// The company's facts at the top of its page: how to check balance and validity, and its
/// hotline (what works from abroad is the page's `abroad`).
pub struct CompanyView {
    pub name: String,
    pub check: crate::layout::facts::CompareCellView,
    /// "Not known: ask", with the hotline or website, where no code is known.
    pub check_ask: Option<String>,
    pub hotline: Option<String>,
    pub hotline_sources: Vec<crate::layout::facts::SourceLink>,
    /// What the guide knows of the company itself (its prefix, its brand).
    pub facts: FactList,
}

/// The in-page lookup's data: the prefix table and its answers' sentences, each with the
/// placeholders `{p}` (the prefix) and `{o}` (the company) the script fills in.
pub struct LookupData {
    pub prefixes: String,
    pub assigned: String,
    pub not_in_list: String,
    pub abroad: String,
}

fn lookup_data(
    t: &Translator,
    facts: &crate::content::Facts,
) -> Result<LookupData, crate::i18n::I18nError> {
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("prefix", "{p}");
    args.set("operator", "{o}");
    Ok(LookupData {
        prefixes: crate::layout::facts::prefix_table(facts),
        assigned: t.format("lookup-assigned", Some(&args))?,
        not_in_list: t.format("lookup-not-in-list-heading", Some(&args))?,
        abroad: t.format("lookup-abroad-link", Some(&args))?,
    })
}

fn company(
    t: &Translator,
    facts: &crate::content::Facts,
    op: crate::content::Operator,
) -> Result<CompanyView, crate::i18n::I18nError> {
    let contact = facts.contact(op);
    let check = super::compare::column_cell(t, facts, op, crate::content::Column::Balance)?;
    let check_ask = check
        .ask
        .then(|| crate::layout::facts::ask_operator_about(t, facts, op, Topic::Check))
        .transpose()?;
    let hotline = contact
        .hotline
        .as_ref()
        .map(|h| crate::layout::facts::hotline_html(t, contact, h))
        .transpose()?;
    let hotline_sources = contact
        .hotline
        .as_ref()
        .map(|h| crate::layout::facts::source_links(facts, &h.sources))
        .unwrap_or_default();
    Ok(CompanyView {
        name: contact.name.clone(),
        check,
        check_ask,
        hotline,
        hotline_sources,
        facts: fact_list(t, facts, "company", Topic::Company, Some(op), &[], false)?,
    })
}

/// "Anyone in Cambodia can top up someone else's number at a kiosk or a shop", and in their
/// own bank app where the facts say it covers the company (`$app` is its name, or "none").
fn someone_intro(
    t: &Translator,
    facts: &crate::content::Facts,
    op: Option<crate::content::Operator>,
) -> Result<String, crate::i18n::I18nError> {
    let app = facts
        .fact(crate::layout::facts::BANK_APP)
        .filter(|f| op.is_none_or(|op| f.applies_to(op)))
        .and_then(|f| match f.values.get("app") {
            Some(crate::content::Value::Text(name)) => Some(name.as_str()),
            _ => None,
        })
        .unwrap_or("none");
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("app", app);
    args.set(
        "company",
        op.map_or_else(|| "all".to_owned(), |op| facts.contact(op).name.clone()),
    );
    t.format("someone-intro", Some(&args))
}

/// A way to top up, as a card linking to its page.
pub struct ChannelCard {
    pub slug: &'static str,
    pub href: String,
    /// The message of its "works from abroad" tag, where the facts support one.
    pub abroad: Option<&'static str>,
    /// Only a reported (medium) fact supports that tag: it carries the "reported" tag too.
    pub abroad_reported: bool,
}

/// Cards for the channels `keep` lets through, keeping the reader's language and filter.
pub(crate) fn channel_cards(
    r: &Renderer<'_>,
    address: Address,
    keep: impl Fn(Channel) -> bool,
) -> Vec<ChannelCard> {
    Channel::ALL
        .into_iter()
        .filter(|&ch| keep(ch))
        .map(|ch| {
            let certainty = r.facts.works_from_abroad(ch, address.operator);
            ChannelCard {
                slug: ch.slug(),
                href: Address {
                    page: Page::Channel(ch),
                    ..address
                }
                .path(),
                abroad: certainty.map(|_| {
                    if address.operator.is_some() {
                        "channel-abroad-tag"
                    } else {
                        "channel-abroad-tag-some"
                    }
                }),
                abroad_reported: certainty == Some(crate::content::Confidence::Medium),
            }
        })
        .collect()
}

pub(crate) fn render(r: &Renderer<'_>, address: Address) -> Result<String, RenderError> {
    let (facts, lang, op) = (r.facts, address.lang, address.operator);
    let t = r.locales.translator(lang);
    // A company's page is about that company from its title on.
    let (title, description) = title_and_description(&t, facts, "overview", op)?;
    let heading = match op {
        Some(op) => t.with(
            "overview-heading-operator",
            "operator",
            &facts.contact(op).name,
        )?,
        None => t.get("overview-heading")?,
    };
    let layout = Layout::new(r, lang, (title, description), |l| address.in_lang(l).path())?;
    // The timeline draws the stages' facts, and the regulator's general rule they refine.
    let stages = facts.stages(op);
    let drawn: Vec<&str> = stages
        .iter()
        .map(|s| s.fact.as_str())
        .chain([crate::content::REGULATOR_STAGES])
        .collect();
    // "From abroad" comes first; the background does not repeat its facts.
    let abroad = crate::layout::facts::abroad(&t, facts, op, false)?;
    let shown_abroad: Vec<&str> = abroad.ways.facts.iter().map(|f| f.id.as_str()).collect();
    let about = fact_list(&t, facts, "about", Topic::About, op, &shown_abroad, false)?;
    let someone = crate::layout::facts::someone_else(&t, facts, op, &shown_abroad)?;
    let page = OverviewPage {
        heading,
        plan_href: Address::plan(lang, op),
        lookup: lookup_data(&t, facts)?,
        company: op.map(|op| company(&t, facts, op)).transpose()?,
        someone,
        someone_intro: someone_intro(&t, facts, op)?,
        filter: Filter::new(&t, facts, address)?,
        channels: channel_cards(r, address, |_| true),
        abroad,
        timeline: crate::layout::timeline::timeline(&t, facts, op)?,
        slip_href: Address::slip_form(lang, op),
        about,
        lifecycle: fact_list(&t, facts, "lifecycle", Topic::Lifecycle, op, &drawn, false)?,
        check: fact_list(&t, facts, "check", Topic::Check, op, &[], true)?,
        watch: fact_list(&t, facts, "watch", Topic::Watch, op, &[], false)?,
        leave: fact_list(&t, facts, "leave", Topic::Leave, op, &[], false)?,
        registration: fact_list(
            &t,
            facts,
            "registration",
            Topic::Registration,
            op,
            &[],
            false,
        )?,
        cutoff: fact_list(&t, facts, "cutoff", Topic::Cutoff, op, &[], false)?,
        t,
        layout,
    };
    page.render()
        .map_err(template_error(address.path()))
        .and_then(|html| crate::layout::base::with_legend(&t, html))
}
