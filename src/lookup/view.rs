//! "Which company is my number?", `/{lang}/which-operator/?number=…`: the answer page,
//! rendered per request (the form itself is `templates/which_operator_form.html`, on every
//! overview too), and the comparison's column of prefixes.

use askama::Template;
use fluent_bundle::FluentArgs;

use crate::address::Address;
use crate::content::{Channel, Operator, Page};
use crate::i18n::{I18nError, Translator};
use crate::lang::Lang;
use crate::layout::base::Layout;
use crate::layout::facts::SourceLink;
use crate::layout::{RenderError, Renderer, template_error};
use crate::lookup::{Outcome, Prefix};

/// A link with its text.
pub struct LinkView {
    pub href: String,
    pub text: String,
}

/// What the page answers, when it answers.
pub struct AnswerView {
    pub heading: String,
    pub text: String,
    /// Known prefixes only: their sources (always medium: the page marks them unconfirmed).
    pub sources: Vec<SourceLink>,
    pub ask: Option<String>,
    /// The company's overview, or the comparison for a prefix not in the list.
    pub next: LinkView,
    /// What works from abroad for the company, and the plan with the company filled in.
    pub abroad: Option<crate::layout::facts::Abroad>,
    pub plan: Option<LinkView>,
    /// The company's page for each way to top up.
    pub channels_heading: Option<String>,
    pub channels: Vec<LinkView>,
}

#[derive(Template)]
#[template(path = "which_operator.html")]
struct WhichOperatorPage<'a> {
    t: Translator<'a>,
    layout: Layout<'a>,
    /// What the form shows: the refused input, or nothing.
    value: String,
    /// The error message, when the input was refused.
    error: Option<String>,
    answer: Option<AnswerView>,
}

impl Renderer<'_> {
    /// The answer page for one lookup: never indexed, and it links to other languages' forms
    /// rather than carrying the number into links.
    pub fn which_operator(&self, lang: Lang, outcome: &Outcome) -> Result<String, RenderError> {
        let t = self.locales.translator(lang);
        let title = (
            t.get("lookup-page-title")?,
            t.get("lookup-page-description")?,
        );
        let layout = Layout::new(self, lang, title, |l| {
            format!(
                "{}#which-operator",
                Address::new(l, Page::Overview, None).path()
            )
        })?;
        let layout = Layout {
            indexable: false,
            ..layout
        };
        let (value, error, answer) = match outcome {
            Outcome::Assigned { prefix, operator } => (
                String::new(),
                None,
                Some(self.assigned(&t, *prefix, *operator)?),
            ),
            Outcome::NotInList { prefix } => (String::new(), None, Some(not_in_list(&t, *prefix)?)),
            Outcome::Refused { input, error } => {
                (input.clone(), Some(t.get(error.message_id())?), None)
            }
        };
        WhichOperatorPage {
            t,
            layout,
            value,
            error,
            answer,
        }
        .render()
        .map_err(template_error(format!("which-operator page ({lang})")))
        .and_then(|html| crate::layout::base::with_legend(&t, html))
    }

    fn assigned(
        &self,
        t: &Translator,
        prefix: Prefix,
        operator: Operator,
    ) -> Result<AnswerView, I18nError> {
        let lang = t.lang;
        let name = self.facts.contact(operator).name.clone();
        let mut args = FluentArgs::new();
        args.set("prefix", prefix.to_string());
        args.set("operator", name.clone());
        let channels = Channel::ALL
            .into_iter()
            .map(|channel| {
                Ok(LinkView {
                    href: Address::new(lang, Page::Channel(channel), Some(operator)).path(),
                    text: t.get(&format!("{}-heading", channel.slug()))?,
                })
            })
            .collect::<Result<_, I18nError>>()?;
        Ok(AnswerView {
            heading: t.format("lookup-assigned-heading", Some(&args))?,
            text: t.format("lookup-assigned", Some(&args))?,
            sources: crate::layout::facts::prefix_sources(self.facts, operator),
            ask: Some(t.with("lookup-ask", "operator", &name)?),
            next: LinkView {
                href: Address::new(lang, Page::Overview, Some(operator)).path(),
                text: t.with("lookup-operator-link", "operator", &name)?,
            },
            abroad: Some(crate::layout::facts::abroad(
                t,
                self.facts,
                Some(operator),
                true,
            )?),
            plan: Some(LinkView {
                href: Address::plan(lang, Some(operator)),
                text: t.with("lookup-plan-link", "operator", &name)?,
            }),
            channels_heading: Some(t.with("lookup-channels-heading", "operator", &name)?),
            channels,
        })
    }
}

fn not_in_list(t: &Translator, prefix: Prefix) -> Result<AnswerView, I18nError> {
    let prefix = prefix.to_string();
    Ok(AnswerView {
        heading: t.with("lookup-not-in-list-heading", "prefix", &prefix)?,
        text: t.with("lookup-not-in-list", "prefix", &prefix)?,
        sources: Vec::new(),
        ask: None,
        next: LinkView {
            href: Address::new(t.lang, Page::Compare, None).path(),
            text: t.get("lookup-compare-link")?,
        },
        abroad: None,
        plan: None,
        channels_heading: None,
        channels: Vec::new(),
    })
}
