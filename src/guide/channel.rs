//! A way to top up, `/{lang}/{channel}/` and `/{lang}/{operator}/{channel}/`: what you need,
//! the steps, then the details for the reader's company.

use askama::Template;

use super::overview::{ChannelCard, channel_cards};
use crate::address::Address;
use crate::content::{Channel, Page};
use crate::i18n::{I18nError, Translator};
use crate::layout::base::{Filter, Layout, title_and_description};
use crate::layout::facts::{FactList, fact_list};
use crate::layout::{RenderError, Renderer, template_error};

#[derive(Template)]
#[template(path = "channel.html")]
struct ChannelPage<'a> {
    t: Translator<'a>,
    layout: Layout<'a>,
    filter: Filter,
    slug: &'static str,
    overview_href: String,
    /// This channel's card: its "works from abroad" tag.
    this: ChannelCard,
    details: FactList,
    /// "From abroad", on the online page only.
    abroad: Option<crate::layout::facts::Abroad>,
    others: Vec<ChannelCard>,
}

impl ChannelPage<'_> {
    /// This channel's message `<slug>-<part>`.
    fn text(&self, part: &str) -> Result<String, I18nError> {
        self.t.get(&format!("{}-{part}", self.slug))
    }

    /// This channel's numbered messages `<slug>-<part>-1`, `-2`, …
    fn list(&self, part: &str) -> Result<Vec<String>, I18nError> {
        self.t
            .numbered_with(&format!("{}-{part}", self.slug), Some(&self.filter.args()))
    }
}

pub(crate) fn render(
    r: &Renderer<'_>,
    address: Address,
    channel: Channel,
) -> Result<String, RenderError> {
    let (facts, lang, op) = (r.facts, address.lang, address.operator);
    let t = r.locales.translator(lang);
    let layout = Layout::new(
        r,
        lang,
        title_and_description(&t, facts, channel.slug(), op)?,
        |l| address.in_lang(l).path(),
    )?;
    let this = channel_cards(r, address, |ch| ch == channel)
        .pop()
        .expect("the channel itself");
    let abroad = (channel == Channel::Online)
        .then(|| crate::layout::facts::abroad(&t, facts, op, true))
        .transpose()?;
    // What "From abroad" shows is not repeated among the details.
    let shown_abroad: Vec<&str> = abroad
        .iter()
        .flat_map(|a| a.ways.facts.iter().map(|f| f.id.as_str()))
        .collect();
    let details = fact_list(
        &t,
        facts,
        "details",
        channel.into(),
        op,
        &shown_abroad,
        true,
    )?;
    let page = ChannelPage {
        filter: Filter::new(&t, facts, address)?,
        details,
        abroad,
        slug: channel.slug(),
        overview_href: Address {
            page: Page::Overview,
            ..address
        }
        .path(),
        this,
        others: channel_cards(r, address, |ch| ch != channel),
        t,
        layout,
    };
    page.render()
        .map_err(template_error(address.path()))
        .and_then(|html| crate::layout::base::with_legend(&t, html))
}
