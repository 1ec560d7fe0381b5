//! A trilingual guide to keeping a Cambodian prepaid SIM number alive.
//!
//! Folders import downwards only: the serving assembly ([`http`], [`site`], [`server`]) uses
//! the features, the features use [`layout`] and [`web`], and everything uses the core.
//!
//! - core: [`config`] (the command line and environment, checked), [`clock`] ("today in
//!   Cambodia", injected), [`lang`] (the three languages), [`content`] (pages, channels,
//!   operators, the facts file), [`address`] (the URL scheme), [`i18n`] (Fluent messages),
//!   [`form`] (what can be wrong with a form: one error type)
//! - [`web`]: what routes share: responses, the `Lang` extractor, assets with their codings
//! - [`layout`]: what every page's view shares: the `Renderer`, the page frame, facts shown
//!   with their sources, the timeline
//! - features, one folder each (model, view, routes): [`guide`] (the pages rendered at
//!   start-up), [`plan`] (a number's dates and the calendar file), [`lookup`] ("Which
//!   company is my number?"), [`reports`] (readers' reports: form, database, CLI),
//!   [`offline`] (the web app manifests, the service worker and its offline page)
//! - assembly: [`site`] (every page and file rendered once, in memory; export, sitemap, QR
//!   codes), [`http`] (the route table and its layers), [`server`] (worker threads, the
//!   connection loop, stopping)

pub mod address;
pub mod clock;
pub mod config;
pub mod content;
pub mod form;
pub mod guide;
pub mod http;
pub mod i18n;
pub mod lang;
pub mod layout;
pub mod lookup;
pub mod offline;
pub mod plan;
pub mod reports;
pub mod server;
pub mod site;
pub mod web;

pub use http::{App, HttpOptions, app, app_with};

/// Why the site could not be built; the server does not start.
#[derive(Debug, thiserror::Error)]
pub enum StartupError {
    #[error(transparent)]
    Facts(#[from] content::FactsError),
    #[error(transparent)]
    I18n(#[from] i18n::I18nError),
    #[error(transparent)]
    Render(#[from] layout::RenderError),
}

/// Loads the built-in facts and translations and renders every page.
pub fn build_site(config: &layout::SiteConfig) -> Result<site::Site, StartupError> {
    let facts = content::Facts::built_in()?;
    let locales = i18n::Locales::built_in()?;
    Ok(site::Site::build(facts, locales, config.clone())?)
}
