//! Views of readers' reports: the form at the foot of every page (templates/report_form.html),
//! the page that shows it again with what to fix (report_refused.html), and the thanks page
//! (report_thanks.html).

use askama::Template;
use fluent_bundle::FluentArgs;

use super::layout::Layout;
use super::{RenderError, Renderer, template_error};
use crate::address::Address;
use crate::content::Page;
use crate::i18n::Translator;
use crate::lang::Lang;
use crate::reports::{Kind, ReportInput};

/// What the foot of each page offers readers who found something wrong.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum ReportMode {
    /// The form, posting to this server (what the server renders).
    #[default]
    Form,
    /// A link to this URL (an export whose host cannot take a form).
    Link(String),
    /// Nothing (an export without `--report-url`).
    Off,
}

/// The report part of one page.
pub enum ReportPart {
    Form(ReportForm),
    Link(String),
    Off,
}

impl ReportPart {
    /// The part for the page at `page` in `lang` (a query, as on the reminder's answers,
    /// is not part of the page reported).
    pub fn new(mode: &ReportMode, lang: Lang, page: &str) -> ReportPart {
        let page = page.split('?').next().unwrap_or_default();
        match mode {
            ReportMode::Form => ReportPart::Form(ReportForm::new(
                lang,
                &ReportInput {
                    page: page.to_owned(),
                    ..ReportInput::default()
                },
            )),
            ReportMode::Link(url) => ReportPart::Link(url.clone()),
            ReportMode::Off => ReportPart::Off,
        }
    }

    pub fn form(&self) -> Option<&ReportForm> {
        match self {
            ReportPart::Form(form) => Some(form),
            _ => None,
        }
    }

    pub fn link(&self) -> Option<&str> {
        match self {
            ReportPart::Link(url) => Some(url),
            _ => None,
        }
    }
}

/// The form, blank or filled in again.
pub struct ReportForm {
    /// `/{lang}/report/`
    pub action: String,
    pub page: String,
    /// (slug, message ID of the label, checked)
    pub kinds: Vec<(&'static str, String, bool)>,
    pub details: String,
    pub contact: String,
    /// Shown unfolded (when filled in again).
    pub open: bool,
}

impl ReportForm {
    pub fn new(lang: Lang, input: &ReportInput) -> ReportForm {
        ReportForm {
            action: action(lang),
            page: input.page.clone(),
            kinds: Kind::ALL
                .into_iter()
                .map(|k| (k.slug(), k.message_id(), k.slug() == input.kind))
                .collect(),
            details: input.details.clone(),
            contact: input.contact.clone(),
            open: false,
        }
    }
}

/// Where the form posts: `/{lang}/report/`.
pub fn action(lang: Lang) -> String {
    format!("/{}/report/", lang.code())
}

/// Where a sent report leads: `/{lang}/report/thanks/`.
pub fn thanks_path(lang: Lang) -> String {
    format!("/{}/report/thanks/", lang.code())
}

#[derive(Template)]
#[template(path = "report_refused.html")]
struct RefusedPage<'a> {
    t: Translator<'a>,
    layout: Layout<'a>,
    problem: String,
}

#[derive(Template)]
#[template(path = "report_thanks.html")]
struct ThanksPage<'a> {
    t: Translator<'a>,
    layout: Layout<'a>,
    /// The page reported, if it is one of the site's.
    back: Option<String>,
    home: String,
}

impl Renderer<'_> {
    /// A layout for the report pages at `path_in(lang)`: not indexed, and no form unless
    /// the page sets one.
    fn report_layout(
        &self,
        lang: Lang,
        title: (&str, &str),
        path_in: impl Fn(Lang) -> String,
    ) -> Result<Layout<'_>, RenderError> {
        let t = self.locales.translator(lang);
        let layout = Layout::new(self, lang, (t.get(title.0)?, t.get(title.1)?), path_in)?;
        Ok(Layout {
            indexable: false,
            report: ReportPart::Off,
            ..layout
        })
    }

    /// The form again, with `input` and the problem (message `problem_id`) stated.
    pub fn report_refused(
        &self,
        lang: Lang,
        input: &ReportInput,
        problem_id: &str,
        args: Option<&FluentArgs>,
    ) -> Result<String, RenderError> {
        let t = self.locales.translator(lang);
        let layout = self.report_layout(
            lang,
            ("report-page-title", "report-page-description"),
            action,
        )?;
        let mut form = ReportForm::new(lang, input);
        form.open = true;
        RefusedPage {
            problem: t.format(problem_id, args)?,
            t,
            layout: Layout {
                report: ReportPart::Form(form),
                ..layout
            },
        }
        .render()
        .map_err(template_error(format!("report form ({lang})")))
    }

    /// The thanks page, linking back to `page` when it is one of the site's pages.
    pub fn report_thanks(&self, lang: Lang, page: Option<&str>) -> Result<String, RenderError> {
        let t = self.locales.translator(lang);
        let layout = self.report_layout(
            lang,
            ("report-thanks-title", "report-thanks-description"),
            thanks_path,
        )?;
        ThanksPage {
            t,
            layout,
            back: page
                .filter(|p| Address::parse(p).is_some())
                .map(str::to_owned),
            home: Address::new(lang, Page::Overview, None).path(),
        }
        .render()
        .map_err(template_error(format!("report thanks page ({lang})")))
    }
}
