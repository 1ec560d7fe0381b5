//! The reminder, `/{lang}/reminder/`: a form, and per request a number's dates.

use askama::Template;
use fluent_bundle::FluentArgs;

use crate::address::Address;
use crate::content::{Operator, Page};
use crate::form::FormError;
use crate::i18n::{I18nError, Translator};
use crate::lang::Lang;
use crate::layout::base::{Layout, format_date, format_date_range, title_and_description};
use crate::layout::facts::{SourceLink, fact_view};
use crate::layout::{RenderError, Renderer, template_error};
use crate::reminder::{self, ReminderInput, ReminderRequest};

/// What the reminder page shows.
pub enum ReminderState {
    Blank,
    Answer(ReminderRequest),
    Refused(ReminderInput, FormError),
}

pub struct StageView {
    /// `ends`, `outgoing`, …, as in the overview's timeline.
    pub slug: &'static str,
    pub text: String,
    pub sources: Vec<SourceLink>,
    pub confirmed: bool,
}

pub struct ReminderAnswer {
    pub heading: String,
    pub stages: Vec<StageView>,
    pub calendar_href: String,
}

#[derive(Template)]
#[template(path = "reminder.html")]
struct ReminderPage<'a> {
    t: Translator<'a>,
    layout: Layout<'a>,
    form: ReminderInput,
    /// (slug, name, selected)
    operators: Vec<(&'static str, String, bool)>,
    error: Option<String>,
    answer: Option<ReminderAnswer>,
}

impl Renderer<'_> {
    /// The reminder page: blank, with a number's dates, or with what to fix in the form.
    pub fn reminder(&self, lang: Lang, state: ReminderState) -> Result<String, RenderError> {
        let t = self.locales.translator(lang);
        let address = Address::new(lang, Page::Reminder, None);
        let query = match &state {
            ReminderState::Blank => String::new(),
            ReminderState::Answer(request) => {
                format!(
                    "?operator={}&ends={}",
                    request.operator,
                    request.ends.format("%Y-%m-%d")
                )
            }
            ReminderState::Refused(input, _) => format!(
                "?{}",
                form_urlencoded::Serializer::new(String::new())
                    .append_pair("operator", &input.operator)
                    .append_pair("ends", &input.ends)
                    .finish()
            ),
        };
        let title = title_and_description(&t, self.facts, "reminder", None)?;
        let layout = Layout::new(self, lang, title, |l| {
            format!("{}{query}", address.in_lang(l).path())
        })?;
        // Answers and errors depend on what was typed: not pages to index.
        let layout = Layout {
            indexable: matches!(state, ReminderState::Blank),
            ..layout
        };
        let (form, error, answer) = match state {
            ReminderState::Blank => (ReminderInput::default(), None, None),
            ReminderState::Answer(request) => {
                let form = ReminderInput {
                    operator: request.operator.to_string(),
                    ends: request.ends.to_string(),
                };
                (
                    form,
                    None,
                    Some(self.reminder_answer(&t, address, request)?),
                )
            }
            ReminderState::Refused(input, error) => (input, Some(t.get(error.message_id())?), None),
        };
        let operators = Operator::ALL
            .iter()
            .map(|&op| {
                (
                    op.slug(),
                    self.facts.contact(op).name.clone(),
                    op.slug() == form.operator,
                )
            })
            .collect();
        ReminderPage {
            t,
            layout,
            form,
            operators,
            error,
            answer,
        }
        .render()
        .map_err(template_error(format!("reminder page ({lang})")))
    }

    fn reminder_answer(
        &self,
        t: &Translator,
        address: Address,
        request: ReminderRequest,
    ) -> Result<ReminderAnswer, RenderError> {
        let name = &self.facts.contact(request.operator).name;
        let stages = reminder::timeline(self.facts, request)
            .into_iter()
            .map(|stage| {
                let mut args = FluentArgs::new();
                args.set("operator", name.clone());
                args.set("from", format_date(t, stage.from)?);
                if let Some(until) = stage.until {
                    args.set("dates", format_date_range(t, stage.from, until)?);
                }
                let fact = self.facts.fact(&stage.fact).expect("lifecycle facts exist");
                Ok(StageView {
                    slug: stage.kind.slug(),
                    text: t.format(
                        &format!("reminder-stage-{}", stage.kind.slug()),
                        Some(&args),
                    )?,
                    sources: fact_view(t, self.facts, fact)?.sources,
                    confirmed: stage.confirmed,
                })
            })
            .collect::<Result<_, I18nError>>()?;
        let mut args = FluentArgs::new();
        args.set("operator", name.clone());
        Ok(ReminderAnswer {
            heading: t.format("reminder-answer-heading", Some(&args))?,
            stages,
            calendar_href: format!(
                "{}calendar.ics?operator={}&ends={}",
                address.path(),
                request.operator,
                request.ends.format("%Y-%m-%d")
            ),
        })
    }
}
