//! The whole site in memory: every page, 404 page and static file, rendered and ready to
//! send. The server answers from it and `export` writes it to disk, so both send the same
//! bytes.

use std::collections::HashMap;

use crate::address::Address;
use crate::asset::{Asset, Caching};
use crate::content::Facts;
use crate::i18n::Locales;
use crate::lang::Lang;
use crate::render::{RenderError, Renderer, SiteConfig};

const HTML: &str = "text/html; charset=utf-8";

/// A static file compiled into the binary and served under a fingerprinted name.
struct StaticFile {
    /// `site.css` is served as `/static/site.<fingerprint>.css`.
    name: &'static str,
    content_type: &'static str,
    body: &'static [u8],
}

const STYLESHEET: StaticFile = StaticFile {
    name: "site.css",
    content_type: "text/css; charset=utf-8",
    body: include_bytes!("../static/site.css"),
};

pub struct Site {
    /// Everything served with 200, by path.
    files: HashMap<String, Asset>,
    not_found: HashMap<Lang, Asset>,
    /// The body of `/`'s redirect, and the export's `index.html`.
    language_chooser: Asset,
    stylesheet_path: String,
}

impl Site {
    /// Renders every page in every language. Any missing message or bad template
    /// variable fails here, before the server listens, never in a response.
    pub fn build(
        facts: &Facts,
        locales: &Locales,
        config: &SiteConfig,
    ) -> Result<Site, RenderError> {
        let mut files = HashMap::new();
        let stylesheet = Asset::new(
            STYLESHEET.content_type,
            None,
            Caching::Immutable,
            STYLESHEET.body,
        );
        let (stem, extension) = STYLESHEET.name.rsplit_once('.').expect("name.ext");
        let stylesheet_path = format!("/static/{stem}.{}.{extension}", stylesheet.fingerprint());
        files.insert(stylesheet_path.clone(), stylesheet);

        let renderer = Renderer {
            facts,
            locales,
            config,
            stylesheet: &stylesheet_path,
        };
        for address in Address::all() {
            let html = renderer.page(address)?;
            files.insert(
                address.path(),
                Asset::new(HTML, Some(address.lang), Caching::Page, html),
            );
        }
        let not_found = Lang::ALL
            .into_iter()
            .map(|lang| {
                Ok((
                    lang,
                    Asset::new(HTML, Some(lang), Caching::Page, renderer.not_found(lang)?),
                ))
            })
            .collect::<Result<_, RenderError>>()?;
        let chooser = renderer.language_chooser()?;
        Ok(Site {
            files,
            not_found,
            language_chooser: Asset::new(HTML, Some(Lang::DEFAULT), Caching::Page, chooser),
            stylesheet_path,
        })
    }

    /// What the site serves at `path` with a 200, if anything.
    pub fn file(&self, path: &str) -> Option<&Asset> {
        self.files.get(path)
    }

    pub fn not_found(&self, lang: Lang) -> &Asset {
        &self.not_found[&lang]
    }

    pub fn language_chooser(&self) -> &Asset {
        &self.language_chooser
    }

    /// Every path served with a 200, sorted: pages end in `/`, files do not.
    pub fn paths(&self) -> Vec<&str> {
        let mut paths: Vec<&str> = self.files.keys().map(String::as_str).collect();
        paths.sort_unstable();
        paths
    }

    /// Paths of the guide's pages only, sorted.
    pub fn page_paths(&self) -> Vec<&str> {
        self.paths()
            .into_iter()
            .filter(|p| p.ends_with('/'))
            .collect()
    }

    /// The fingerprinted stylesheet's path.
    pub fn stylesheet_path(&self) -> &str {
        &self.stylesheet_path
    }

    /// Every asset, for the warm-up and the export.
    pub fn assets(&self) -> impl Iterator<Item = &Asset> {
        self.files
            .values()
            .chain(self.not_found.values())
            .chain([&self.language_chooser])
    }

    /// Compresses everything not yet compressed. Slow (brotli at its best), so the server
    /// runs it on a background thread after it starts listening.
    pub fn warm_up(&self) {
        for asset in self.assets() {
            asset.warm_up();
        }
    }
}
