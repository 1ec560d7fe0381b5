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
    filter: Filter,
    channels: Vec<ChannelCard>,
    abroad: crate::layout::facts::Abroad,
    timeline: crate::layout::timeline::Timeline,
    reminder_href: String,
    about: FactList,
    lifecycle: FactList,
    check: FactList,
    watch: FactList,
    leave: FactList,
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

/// A way to top up, as a card linking to its page.
pub struct ChannelCard {
    pub slug: &'static str,
    pub href: String,
    /// The message of its "works from abroad" tag, where the facts support one.
    pub abroad: Option<&'static str>,
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
        .map(|ch| ChannelCard {
            slug: ch.slug(),
            href: Address {
                page: Page::Channel(ch),
                ..address
            }
            .path(),
            abroad: r.facts.works_from_abroad(ch, address.operator).then_some(
                if address.operator.is_some() {
                    "channel-abroad-tag"
                } else {
                    "channel-abroad-tag-some"
                },
            ),
        })
        .collect()
}

pub(crate) fn render(r: &Renderer<'_>, address: Address) -> Result<String, RenderError> {
    let (facts, lang, op) = (r.facts, address.lang, address.operator);
    let t = r.locales.translator(lang);
    let layout = Layout::new(
        r,
        lang,
        title_and_description(&t, facts, "overview", op)?,
        |l| address.in_lang(l).path(),
    )?;
    // The timeline draws the stages' facts, and the regulator's general rule they refine.
    let stages = facts.stages(op);
    let drawn: Vec<&str> = stages
        .iter()
        .map(|s| s.fact.as_str())
        .chain([crate::content::REGULATOR_STAGES])
        .collect();
    // "From abroad" comes first; the background does not repeat its facts.
    let abroad = crate::layout::facts::abroad(&t, facts, op)?;
    let shown_abroad: Vec<&str> = abroad.ways.facts.iter().map(|f| f.id.as_str()).collect();
    let about = fact_list(&t, facts, "about", Topic::About, op, &shown_abroad, false)?;
    let page = OverviewPage {
        filter: Filter::new(&t, facts, address)?,
        channels: channel_cards(r, address, |_| true),
        abroad,
        timeline: crate::layout::timeline::timeline(&t, facts, op)?,
        reminder_href: Address::new(lang, Page::Plan, None).path(),
        about,
        lifecycle: fact_list(&t, facts, "lifecycle", Topic::Lifecycle, op, &drawn, false)?,
        check: fact_list(&t, facts, "check", Topic::Check, op, &[], true)?,
        watch: fact_list(&t, facts, "watch", Topic::Watch, op, &[], false)?,
        leave: fact_list(&t, facts, "leave", Topic::Leave, op, &[], false)?,
        cutoff: fact_list(&t, facts, "cutoff", Topic::Cutoff, op, &[], false)?,
        t,
        layout,
    };
    page.render().map_err(template_error(address.path()))
}
