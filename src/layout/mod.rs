//! What every page's view shares, below the features that render pages: the [`Renderer`]
//! (facts, translations, the site's settings; each feature adds its pages to it with an
//! `impl Renderer` block in its own `view.rs`), [`base`] (the frame of every page: header,
//! language switch, footer, report part), [`facts`] (a fact with its numbered sources) and
//! [`timeline`] (how long a number lasts, shown by the overview and the reminder).

pub mod base;
pub mod facts;
pub mod qr;
pub mod report_form;
pub mod timeline;

use std::collections::HashMap;

use crate::content::Facts;
use crate::i18n::{I18nError, Locales};

pub use base::{format_date, format_date_range};
pub use report_form::ReportMode;

/// Where the site is published; canonical and Open Graph URLs are absolute.
#[derive(Clone, Debug)]
pub struct SiteConfig {
    /// Scheme and host without a trailing slash, e.g. `https://example.org`.
    pub origin: String,
    /// The report form at each page's foot, a link instead, or nothing.
    pub report: report_form::ReportMode,
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
    /// Each page's preview image for shared links (`og:image`), by the page's path.
    pub previews: HashMap<String, String>,
}

/// What pages are rendered from, owned: kept by the site for what is rendered per request.
pub struct Views {
    pub facts: Facts,
    pub locales: Locales,
    pub config: SiteConfig,
    pub statics: StaticPaths,
}

impl Views {
    pub fn renderer(&self) -> Renderer<'_> {
        Renderer {
            facts: &self.facts,
            locales: &self.locales,
            config: &self.config,
            statics: &self.statics,
        }
    }
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
