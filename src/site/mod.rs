//! The whole site in memory: every page, 404 page and static file, rendered and ready to
//! send. The server answers from it and `export` writes it to disk, so both send the same
//! bytes.

pub mod export;
pub mod previews;
pub mod sitemap;

use std::collections::HashMap;
use std::sync::Arc;

use crate::address::{Address, SERVICE_WORKER};
use crate::content::Facts;
use crate::content::Page;
use crate::guide;
use crate::i18n::Locales;
use crate::lang::Lang;
use crate::layout::qr::{self, qr_svg};
use crate::layout::{RenderError, Renderer, SiteConfig, StaticPaths, Views};
use crate::plan::view::PlanState;
use crate::web::asset::{Asset, Caching};

const HTML: &str = "text/html; charset=utf-8";
const SVG: &str = "image/svg+xml";
const PNG: &str = "image/png";
const JAVASCRIPT: &str = "text/javascript; charset=utf-8";
const MANIFEST: &str = "application/manifest+json";

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
    body: include_bytes!("../../static/site.css"),
};
const SHARE_SCRIPT: StaticFile = StaticFile {
    name: "share.js",
    content_type: JAVASCRIPT,
    body: include_bytes!("../../static/share.js"),
};
const FAVICON: StaticFile = StaticFile {
    name: "favicon.svg",
    content_type: SVG,
    body: include_bytes!("../../static/favicon.svg"),
};
// Home-screen icons, made once from the logo by static/icons/make.sh and committed.
const ICON_192: StaticFile = StaticFile {
    name: "icon-192.png",
    content_type: PNG,
    body: include_bytes!("../../static/icons/icon-192.png"),
};
const ICON_512: StaticFile = StaticFile {
    name: "icon-512.png",
    content_type: PNG,
    body: include_bytes!("../../static/icons/icon-512.png"),
};
const ICON_MASKABLE: StaticFile = StaticFile {
    name: "icon-maskable-512.png",
    content_type: PNG,
    body: include_bytes!("../../static/icons/icon-maskable-512.png"),
};

pub struct Site {
    /// Everything served with 200, by path.
    files: HashMap<String, Asset>,
    not_found: HashMap<Lang, Asset>,
    /// The body of `/`'s redirect, and the export's `index.html`.
    language_chooser: Asset,
    /// The hash of everything served but the service worker, which carries it.
    version: String,
    /// Kept to render what depends on the request (the reminder's answers and the like).
    views: Arc<Views>,
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

/// `work` done on every item, the items shared out over the machine's cores (each thread
/// takes the next item not yet taken); the results in the items' order.
fn in_parallel<T: Sync, R: Send>(
    items: &[T],
    work: impl Fn(&T) -> Result<R, RenderError> + Sync,
) -> Vec<Result<R, RenderError>> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let next = std::sync::atomic::AtomicUsize::new(0);
    let take = || {
        let mut done = Vec::new();
        loop {
            let index = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let Some(item) = items.get(index) else {
                return done;
            };
            done.push((index, work(item)));
        }
    };
    let mut results: Vec<(usize, Result<R, RenderError>)> = std::thread::scope(|scope| {
        let others: Vec<_> = (1..threads.min(items.len()))
            .map(|_| scope.spawn(take))
            .collect();
        let mut results = take();
        for other in others {
            match other.join() {
                Ok(done) => results.extend(done),
                Err(panic) => std::panic::resume_unwind(panic),
            }
        }
        results
    });
    results.sort_unstable_by_key(|(index, _)| *index);
    results.into_iter().map(|(_, result)| result).collect()
}

/// One hash of every path the site serves and its content (pages, files, 404 pages, the
/// language chooser), short enough for a cache name.
fn content_hash(
    files: &HashMap<String, Asset>,
    not_found: &HashMap<Lang, Asset>,
    language_chooser: &Asset,
) -> String {
    let mut parts: Vec<(String, &str)> = files
        .iter()
        .map(|(path, asset)| (path.clone(), asset.content_hash()))
        .chain(
            not_found
                .iter()
                .map(|(lang, asset)| (format!("404 {}", lang.code()), asset.content_hash())),
        )
        .chain([("/ chooser".to_owned(), language_chooser.content_hash())])
        .collect();
    parts.sort_unstable();
    let mut hasher = xxhash_rust::xxh3::Xxh3::new();
    for (path, hash) in parts {
        hasher.update(path.as_bytes());
        hasher.update(b"\0");
        hasher.update(hash.as_bytes());
        hasher.update(b"\n");
    }
    format!("{:016x}", hasher.digest())
}

/// The stylesheet as served: without its comments (notes for whoever edits it) and the lines
/// they leave empty, which takes about a fifth off its compressed weight, counted in every
/// page's budget. Quoted strings are kept as they are.
fn without_css_comments(css: &str) -> String {
    let mut kept = String::with_capacity(css.len());
    let mut chars = css.chars().peekable();
    let mut quote = None;
    while let Some(c) = chars.next() {
        match quote {
            Some(q) => {
                kept.push(c);
                if c == '\\' {
                    kept.extend(chars.next());
                } else if c == q {
                    quote = None;
                }
            }
            None if c == '/' && chars.peek() == Some(&'*') => {
                chars.next();
                let mut last = ' ';
                for c in chars.by_ref() {
                    if last == '*' && c == '/' {
                        break;
                    }
                    last = c;
                }
            }
            None => {
                if c == '"' || c == '\'' {
                    quote = Some(c);
                }
                kept.push(c);
            }
        }
    }
    kept.lines()
        .filter(|line| !line.trim().is_empty())
        .map(|line| format!("{}\n", line.trim_end()))
        .collect()
}

impl Site {
    /// Renders every page in every language. Any missing message or bad template
    /// variable fails here, before the server listens, never in a response.
    pub fn build(facts: Facts, locales: Locales, config: SiteConfig) -> Result<Site, RenderError> {
        let mut files = HashMap::new();
        let css = std::str::from_utf8(STYLESHEET.body).expect("site.css is UTF-8");
        let stylesheet = Asset::new(
            STYLESHEET.content_type,
            None,
            Caching::Immutable,
            without_css_comments(css),
        );
        let stylesheet = add_fingerprinted(&mut files, "site", "css", stylesheet);
        let mut add_static = |file: StaticFile| {
            let (stem, extension) = file.name.rsplit_once('.').expect("name.ext");
            let asset = Asset::new(file.content_type, None, Caching::Immutable, file.body);
            add_fingerprinted(&mut files, stem, extension, asset)
        };
        let mut statics = StaticPaths {
            stylesheet,
            share_script: add_static(SHARE_SCRIPT),
            favicon: add_static(FAVICON),
            icon_192: add_static(ICON_192),
            icon_512: add_static(ICON_512),
            icon_maskable: add_static(ICON_MASKABLE),
            qr_codes: HashMap::new(),
            previews: HashMap::new(),
        };
        // Preview images: compiled in, hashed at build time, never compressed (PNG).
        for preview in previews::PREVIEWS {
            let asset = Asset::embedded(PNG, preview.hash, preview.body);
            let image = add_fingerprinted(&mut files, "preview", "png", asset);
            statics.previews.insert(preview.path.to_owned(), image);
        }
        // Each page's QR code is an image of its own, loaded only when a reader scrolls to
        // it (drawn inline it would add a third to every page's weight). Drawing them was
        // most of the start-up's work: each is now drawn when first asked for, by a reader,
        // the export or the background warm-up, and named by what it encodes.
        for path in Address::all()
            .map(|address| address.path())
            .chain(["/".to_owned()])
        {
            let url = format!("{}{path}", config.origin);
            if !qr::fits(&url) {
                return Err(RenderError::QrCode(url));
            }
            let seed = format!("{}\0{url}", qr::STYLE);
            let asset = Asset::deferred(SVG, &seed, move || {
                qr_svg(&url).expect("qr::fits checked it").into()
            });
            let image = add_fingerprinted(&mut files, "qr", "svg", asset);
            statics.qr_codes.insert(path, image);
        }

        let renderer = Renderer {
            facts: &facts,
            locales: &locales,
            config: &config,
            statics: &statics,
        };
        let addresses: Vec<Address> = Address::all().collect();
        let pages = in_parallel(&addresses, |address| {
            let html = render_page(&renderer, *address)?;
            Ok(Asset::new(HTML, Some(address.lang), Caching::Page, html))
        });
        for (address, page) in addresses.iter().zip(pages) {
            files.insert(address.path(), page?);
        }
        for lang in Lang::ALL {
            let offline = renderer.offline(lang)?;
            files.insert(
                Address::offline(lang),
                Asset::new(HTML, Some(lang), Caching::Page, offline),
            );
            let t = locales.translator(lang);
            let manifest = crate::offline::manifest(lang, &t, &statics)?;
            files.insert(
                Address::manifest(lang),
                Asset::new(MANIFEST, Some(lang), Caching::Page, manifest),
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
        let language_chooser = Asset::new(HTML, Some(Lang::DEFAULT), Caching::Page, chooser);
        // Last, as it names everything else: the service worker, whose cache is named after
        // the hash of all the site serves, so any change to the site replaces its cache.
        let version = content_hash(&files, &not_found, &language_chooser);
        let worker = crate::offline::service_worker(&version, &statics);
        files.insert(
            SERVICE_WORKER.into(),
            Asset::new(JAVASCRIPT, None, Caching::Revalidate, worker),
        );
        Ok(Site {
            files,
            not_found,
            language_chooser,
            version,
            views: Arc::new(Views {
                facts,
                locales,
                config,
                statics,
            }),
        })
    }

    /// Renders what depends on the request, with the same facts and translations.
    pub fn renderer(&self) -> Renderer<'_> {
        self.views.renderer()
    }

    /// What per-request pages are rendered from, for the routes.
    pub fn views(&self) -> Arc<Views> {
        Arc::clone(&self.views)
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

    /// Paths of the guide's pages only (each an [`Address`]), sorted. Not the offline
    /// pages: see [`Site::html_paths`].
    pub fn page_paths(&self) -> Vec<&str> {
        self.paths()
            .into_iter()
            .filter(|p| Address::parse(p).is_some())
            .collect()
    }

    /// The hash of everything the site serves (the service worker's cache is
    /// `kyn-<version>`).
    pub fn version(&self) -> &str {
        &self.version
    }

    /// What the service worker saves for a language (see `crate::offline`).
    pub fn saved_paths(&self, lang: Lang) -> Vec<String> {
        crate::offline::saved_paths(lang, &self.views.statics)
    }

    /// Every page served as HTML with a 200: the guide's pages and the offline pages.
    pub fn html_paths(&self) -> Vec<&str> {
        self.paths()
            .into_iter()
            .filter(|p| p.ends_with('/'))
            .collect()
    }

    /// The fingerprinted stylesheet's path.
    pub fn stylesheet_path(&self) -> &str {
        &self.views.statics.stylesheet
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

/// One page of the guide, whichever feature renders it.
fn render_page(renderer: &Renderer, address: Address) -> Result<String, RenderError> {
    match address.page {
        Page::Overview => guide::overview::render(renderer, address),
        Page::Channel(channel) => guide::channel::render(renderer, address, channel),
        Page::Plan => renderer.plan(address.lang, PlanState::Blank),
        Page::Compare => guide::compare::render(renderer, address.lang),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_stylesheet_is_served_without_its_comments_and_keeps_its_strings() {
        let css = "/* note */\na { color: red; } /* x */\n\n  /* line */\nb::after { content: \" (/* kept */) \"; }\n";
        assert_eq!(
            super::without_css_comments(css),
            "a { color: red; }\nb::after { content: \" (/* kept */) \"; }\n"
        );
        let served =
            super::without_css_comments(std::str::from_utf8(super::STYLESHEET.body).unwrap());
        assert!(!served.contains("/*") && served.contains("@media print"));
    }

    use super::*;
    use crate::web::asset::Encoding;

    fn site(origin: &str) -> Site {
        let config = SiteConfig {
            origin: origin.into(),
            report: Default::default(),
        };
        crate::build_site(&config).expect("the site builds")
    }

    fn text(asset: &Asset) -> String {
        String::from_utf8(asset.body_exact(Encoding::Identity).to_vec()).unwrap()
    }

    /// The worker's list for a language is exactly the overview and channel pages of that
    /// language for every operator filter, its comparison and offline page, and the files
    /// those pages load; every one is served with 200 and may be stored.
    #[test]
    fn the_worker_saves_exactly_the_pages_the_server_serves_for_a_language() {
        let site = site("https://guide.example");
        let worker = text(site.file(SERVICE_WORKER).unwrap());
        for lang in Lang::ALL {
            let saved = site.saved_paths(lang);
            let listed: Vec<&str> = saved.iter().map(String::as_str).collect();
            let json = serde_json::to_string(&listed).unwrap();
            assert!(worker.contains(&json), "sw.js lists {lang:?}'s paths");

            let expected_pages: Vec<&str> = site
                .page_paths()
                .into_iter()
                .filter(|path| Address::parse(path).unwrap().lang == lang)
                .collect();
            assert_eq!(
                expected_pages.len(),
                5 * 6 + 2,
                "overview and channels x 6, compare, the plan's form"
            );
            let mut saved_pages: Vec<&str> = listed
                .iter()
                .copied()
                .filter(|p| Address::parse(p).is_some())
                .collect();
            saved_pages.sort_unstable();
            assert_eq!(saved_pages, expected_pages);

            let offline = Address::offline(lang);
            let manifest = Address::manifest(lang);
            let overview = text(site.file(&format!("/{}/", lang.code())).unwrap());
            for path in &listed {
                let asset = site
                    .file(path)
                    .unwrap_or_else(|| panic!("{path} is listed but not served"));
                assert_ne!(asset.caching, Caching::NoStore, "{path}");
                let is_page = Address::parse(path).is_some() || *path == offline;
                let loaded_by_pages = overview.contains(&format!("\"{path}\""));
                let named_by_manifest =
                    text(site.file(&manifest).unwrap()).contains(&format!("\"{path}\""));
                assert!(
                    is_page || *path == manifest || loaded_by_pages || named_by_manifest,
                    "{path}: why is it saved?"
                );
            }
            assert!(listed.contains(&offline.as_str()));
            assert!(listed.contains(&manifest.as_str()));
            assert!(listed.contains(&site.stylesheet_path()));
            // Nothing per request: no plan answer, calendar, slip, lookup or report.
            for path in &listed {
                for never in ["slip", "calendar", "which-operator", "report", "?"] {
                    assert!(!path.contains(never), "{path}");
                }
            }
        }
    }

    #[test]
    fn the_manifest_names_the_guide_in_its_language_with_cacheable_icons() {
        let site = site("https://guide.example");
        for lang in Lang::ALL {
            let asset = site.file(&Address::manifest(lang)).unwrap();
            assert_eq!(asset.content_type, "application/manifest+json");
            let manifest: serde_json::Value = serde_json::from_str(&text(asset)).unwrap();
            let t = site.views.locales.translator(lang);
            assert_eq!(manifest["name"], t.get("site-name").unwrap());
            assert_eq!(manifest["short_name"], t.get("app-short-name").unwrap());
            assert_eq!(manifest["lang"], lang.tag());
            assert_eq!(manifest["start_url"], format!("/{}/", lang.code()));
            assert_eq!(manifest["scope"], "/");
            assert_eq!(manifest["display"], "standalone");
            assert_eq!(manifest["theme_color"], "#0a6b4f");
            assert_eq!(manifest["background_color"], "#ffffff");
            let icons = manifest["icons"].as_array().unwrap();
            let mut kinds = Vec::new();
            for icon in icons {
                let src = icon["src"].as_str().unwrap();
                let png = site.file(src).unwrap_or_else(|| panic!("{src}"));
                assert_eq!(png.caching, Caching::Immutable, "{src}");
                assert!(src.contains(png.fingerprint()), "{src} is fingerprinted");
                let body = png.body_exact(Encoding::Identity);
                assert_eq!(&body[1..4], b"PNG", "{src}");
                // The PNG's width and height (IHDR) are the size the manifest states.
                let side = |at: usize| u32::from_be_bytes(body[at..at + 4].try_into().unwrap());
                assert_eq!(
                    format!("{}x{}", side(16), side(20)),
                    icon["sizes"].as_str().unwrap(),
                    "{src}"
                );
                kinds.push(format!("{} {}", icon["sizes"], icon["purpose"]));
            }
            assert_eq!(
                kinds,
                [
                    "\"192x192\" \"any\"",
                    "\"512x512\" \"any\"",
                    "\"512x512\" \"maskable\""
                ]
            );
        }
    }

    #[test]
    fn the_worker_is_named_after_the_content_and_revalidated() {
        let one = site("https://guide.example");
        let again = site("https://guide.example");
        let other = site("https://other.example");
        assert_eq!(one.version(), again.version(), "same content, same version");
        assert_ne!(one.version(), other.version(), "any change, a new version");
        let worker = one.file(SERVICE_WORKER).unwrap();
        assert_eq!(worker.caching, Caching::Revalidate);
        let code = text(worker);
        assert!(code.contains(&format!("var VERSION = \"{}\";", one.version())));
        assert!(!code.contains("__"), "placeholders filled in");
    }
}
