//! The report part at the foot of every page: the form (templates/report_form.html), a
//! link instead, or nothing; the form's fields (what a reader can say is wrong, and the
//! form as filled in, to show again); and the two paths the form leads to. The reports
//! feature (`crate::reports`) checks and stores what the form sends.

use crate::lang::Lang;

/// What the reader says is wrong. The form shows one radio button each, labelled by the
/// message `report-kind-<slug>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Code,
    Days,
    Price,
    Link,
    Other,
}

impl Kind {
    pub const ALL: [Kind; 5] = [Kind::Code, Kind::Days, Kind::Price, Kind::Link, Kind::Other];

    pub fn slug(self) -> &'static str {
        match self {
            Kind::Code => "code",
            Kind::Days => "days",
            Kind::Price => "price",
            Kind::Link => "link",
            Kind::Other => "other",
        }
    }

    pub fn parse(slug: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.slug() == slug)
    }

    pub fn message_id(self) -> String {
        format!("report-kind-{}", self.slug())
    }
}

/// The form as the reader filled it in, to show it again after an error.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ReportInput {
    pub page: String,
    pub kind: String,
    pub details: String,
    pub contact: String,
}

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
