//! The report part at the foot of every page: the form (templates/report_form.html), a
//! link instead, or nothing; and the two paths the form leads to.

use crate::lang::Lang;
use crate::reports::{FormInput, Kind};

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
                &FormInput {
                    page: page.to_owned(),
                    ..FormInput::default()
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
    pub fn new(lang: Lang, input: &FormInput) -> ReportForm {
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
