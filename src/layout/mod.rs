//! Rendering: turns (language, page, operator) into HTML with askama, once, at start-up.
//!
//! One module per page kind, each with its view struct and its template in `templates/`:
//! [`overview`], [`channel`], [`reminder`], [`compare`], [`errors`] (404 page and the language
//! chooser), [`which_operator`] (a number's company, per request), [`offline`] (what the
//! service worker shows for a page it has not saved). [`layout`] is what every
//! page shares, [`facts`] how a fact is shown. The calendar file, the sitemap and QR codes
//! are not pages: see `crate::calendar`, `crate::sitemap` and `crate::qr`.

pub mod channel;
pub mod compare;
pub mod errors;
pub mod facts;
pub mod layout;
pub mod offline;
pub mod overview;
pub mod reminder;
pub mod timeline;
pub mod which_operator;

use std::collections::HashMap;

use crate::address::Address;
use crate::content::{Facts, Page};
use crate::i18n::{I18nError, Locales};

pub use layout::{format_date, format_date_range};
pub use reminder::ReminderState;

pub mod report;

/// Where the site is published; canonical and Open Graph URLs are absolute.
#[derive(Clone, Debug)]
pub struct SiteConfig {
    /// Scheme and host without a trailing slash, e.g. `https://example.org`.
    pub origin: String,
    /// The report form at each page's foot, a link instead, or nothing.
    pub report: report::ReportMode,
}

/// Fingerprinted paths of the static files pages refer to.
#[derive(Clone, Debug, Default)]
pub struct StaticPaths {
    /// e.g. `/static/site.0123abcd.css`
    pub stylesheet: String,
    /// The share button's script (progressive enhancement).
    pub share_script: String,
    pub favicon: String,
    /// Home-screen icons, for the web app manifests: 192 and 512 px, and a maskable 512 px.
    pub icon_192: String,
    pub icon_512: String,
    pub icon_maskable: String,
    /// Each page's QR code image, by the page's path.
    pub qr_codes: HashMap<String, String>,
}

/// Renders pages from the facts and the translations.
pub struct Renderer<'a> {
    pub facts: &'a Facts,
    pub locales: &'a Locales,
    pub config: &'a SiteConfig,
    pub statics: &'a StaticPaths,
}

#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    #[error("rendering {what}: {source}")]
    Template {
        what: String,
        #[source]
        source: askama::Error,
    },
    #[error(transparent)]
    I18n(#[from] I18nError),
    #[error("{0} is too long for a QR code")]
    QrCode(String),
}

pub(crate) fn template_error(what: impl Into<String>) -> impl FnOnce(askama::Error) -> RenderError {
    let what = what.into();
    move |source| RenderError::Template { what, source }
}

impl Renderer<'_> {
    /// One page of the guide.
    pub fn page(&self, address: Address) -> Result<String, RenderError> {
        match address.page {
            Page::Overview => overview::render(self, address),
            Page::Channel(channel) => channel::render(self, address, channel),
            Page::Reminder => self.reminder(address.lang, ReminderState::Blank),
            Page::Compare => compare::render(self, address.lang),
        }
    }
}
