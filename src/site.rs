//! The whole site in memory: every page, 404 page and static file, rendered and ready to
//! send. The server answers from it and `export` writes it to disk, so both send the same
//! bytes.

use std::collections::HashMap;

use crate::address::Address;
use crate::asset::{Asset, Caching};
use crate::content::Facts;
use crate::i18n::Locales;
use crate::lang::Lang;
use crate::qr::qr_svg;
use crate::render::{RenderError, Renderer, SiteConfig, StaticPaths};

const HTML: &str = "text/html; charset=utf-8";
const SVG: &str = "image/svg+xml";

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
const SHARE_SCRIPT: StaticFile = StaticFile {
    name: "share.js",
    content_type: "text/javascript; charset=utf-8",
    body: include_bytes!("../static/share.js"),
};
const FAVICON: StaticFile = StaticFile {
    name: "favicon.svg",
    content_type: SVG,
    body: include_bytes!("../static/favicon.svg"),
};

pub struct Site {
    /// Everything served with 200, by path.
    files: HashMap<String, Asset>,
    not_found: HashMap<Lang, Asset>,
    /// The body of `/`'s redirect, and the export's `index.html`.
    language_chooser: Asset,
    statics: StaticPaths,
    // Kept to render what depends on the request (the reminder's answers).
    facts: Facts,
    locales: Locales,
    config: SiteConfig,
}

/// Adds `asset` as `/static/{stem}.{fingerprint}.{extension}` and returns that path.
fn add_fingerprinted(
    files: &mut HashMap<String, Asset>,
    stem: &str,
    extension: &str,
    asset: Asset,
) -> String {
    let path = format!("/static/{stem}.{}.{extension}", asset.fingerprint());
    files.insert(path.clone(), asset);
    path
}

impl Site {
    /// Renders every page in every language. Any missing message or bad template
    /// variable fails here, before the server listens, never in a response.
    pub fn build(facts: Facts, locales: Locales, config: SiteConfig) -> Result<Site, RenderError> {
        let mut files = HashMap::new();
        let mut add_static = |file: StaticFile| {
            let (stem, extension) = file.name.rsplit_once('.').expect("name.ext");
            let asset = Asset::new(file.content_type, None, Caching::Immutable, file.body);
            add_fingerprinted(&mut files, stem, extension, asset)
        };
        let mut statics = StaticPaths {
            stylesheet: add_static(STYLESHEET),
            share_script: add_static(SHARE_SCRIPT),
            favicon: add_static(FAVICON),
            qr_codes: HashMap::new(),
        };
        // Each page's QR code is an image of its own, loaded only when a reader scrolls to
        // it: drawn inline it would add a third to every page's weight.
        let shared_paths = Address::all()
            .map(|address| address.path())
            .chain(["/".to_owned()]);
        for path in shared_paths {
            let url = format!("{}{path}", config.origin);
            let svg = qr_svg(&url).ok_or(RenderError::QrCode(url))?;
            let asset = Asset::new(SVG, None, Caching::Immutable, svg);
            let image = add_fingerprinted(&mut files, "qr", "svg", asset);
            statics.qr_codes.insert(path, image);
        }

        let renderer = Renderer {
            facts: &facts,
            locales: &locales,
            config: &config,
            statics: &statics,
        };
        for address in Address::all() {
            let html = renderer.page(address)?;
            files.insert(
                address.path(),
                Asset::new(HTML, Some(address.lang), Caching::Page, html),
            );
        }
        let sitemap = renderer.sitemap()?;
        files.insert(
            "/sitemap.xml".into(),
            Asset::new(
                "application/xml; charset=utf-8",
                None,
                Caching::Page,
                sitemap,
            ),
        );
        let robots = format!(
            "User-agent: *\nAllow: /\n\nSitemap: {}/sitemap.xml\n",
            config.origin
        );
        files.insert(
            "/robots.txt".into(),
            Asset::new("text/plain; charset=utf-8", None, Caching::Page, robots),
        );
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
            statics,
            facts,
            locales,
            config,
        })
    }

    /// Renders what depends on the request, with the same facts and translations.
    pub fn renderer(&self) -> Renderer<'_> {
        Renderer {
            facts: &self.facts,
            locales: &self.locales,
            config: &self.config,
            statics: &self.statics,
        }
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
        &self.statics.stylesheet
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
