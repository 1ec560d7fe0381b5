//! A trilingual guide to keeping a Cambodian prepaid SIM number alive.
//!
//! - [`config`]: the command line and environment, checked
//! - [`clock`]: "now" and "today in Cambodia", injected so tests can fix them
//! - [`lang`]: the three languages and `Accept-Language` negotiation
//! - [`content`]: pages, channels, operators and the facts file
//! - [`address`]: the URL scheme
//! - [`lookup`]: "Which company is my number?": reading a number, finding its prefix's company
//! - [`i18n`]: Fluent messages
//! - [`render`]: askama views of each page
//! - [`asset`]: a response body with its compressed forms, ETags and caching
//! - [`site`]: every page and file rendered once, in memory
//! - [`http`]: the web application: an axum router, pages from memory as its fallback
//! - [`server`]: worker threads, the connection loop, stopping
//! - [`offline`]: the web app manifests and the service worker (offline and installing)
//! - [`export`]: the site written to a folder for static hosting
//! - [`form`]: what can be wrong with a form (the reminder's, a report's), one error type
//! - [`reports`]: readers' reports of what is wrong: the form's rules, the database, the CLI

pub mod address;
pub mod asset;
pub mod calendar;
pub mod clock;
pub mod config;
pub mod content;
pub mod export;
pub mod form;
pub mod http;
pub mod i18n;
pub mod lang;
pub mod lookup;
pub mod offline;
pub mod qr;
pub mod reminder;
pub mod render;
pub mod reports;
pub mod server;
pub mod site;
pub mod sitemap;

pub use http::{App, HttpOptions, app, app_with};

/// Why the site could not be built; the server does not start.
#[derive(Debug, thiserror::Error)]
pub enum StartupError {
    #[error(transparent)]
    Facts(#[from] content::FactsError),
    #[error(transparent)]
    I18n(#[from] i18n::I18nError),
    #[error(transparent)]
    Render(#[from] render::RenderError),
}

/// Loads the built-in facts and translations and renders every page.
pub fn build_site(config: &render::SiteConfig) -> Result<site::Site, StartupError> {
    let facts = content::Facts::built_in()?;
    let locales = i18n::Locales::built_in()?;
    Ok(site::Site::build(facts, locales, config.clone())?)
}
