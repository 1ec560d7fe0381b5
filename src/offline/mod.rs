//! Offline and installing: the web app manifest of each language, and the service worker
//! with the list of what it saves. `crate::site` serves them from memory like every other
//! file (and `export` writes them); the worker's code is `static/sw.js`, the offline page
//! `crate::layout::offline`.

use std::collections::BTreeMap;

pub mod view;

use serde_json::json;

use crate::address::Address;
use crate::content::Page;
use crate::i18n::{I18nError, Translator};
use crate::lang::Lang;
use crate::layout::StaticPaths;

/// The design's colours (static/site.css): the accent, for the browser's bar, and the page.
const THEME_COLOR: &str = "#0a6b4f";
const BACKGROUND_COLOR: &str = "#ffffff";

/// The worker's code, with two placeholders that [`service_worker`] fills in.
const SERVICE_WORKER_SOURCE: &str = include_str!("../../static/sw.js");
const VERSION_PLACEHOLDER: &str = "__VERSION__";
const SAVED_PLACEHOLDER: &str = "\"__SAVED__\"";

/// The guide's pages the service worker saves for a language: the overview and the four
/// channel pages, each for every operator filter, the comparison, and the plan's blank
/// form (its answers are worked out per request: offline, the offline page says so).
pub fn saved_pages(lang: Lang) -> impl Iterator<Item = Address> {
    Address::all().filter(move |address| {
        address.lang == lang
            && matches!(
                address.page,
                Page::Overview | Page::Channel(_) | Page::Compare | Page::Plan
            )
    })
}

/// Every path the service worker saves for a language when it installs: the saved pages,
/// the offline page, the manifest, the stylesheet, the script and the icons.
pub fn saved_paths(lang: Lang, statics: &StaticPaths) -> Vec<String> {
    saved_pages(lang)
        .map(|address| address.path())
        .chain([Address::offline(lang), Address::manifest(lang)])
        .chain(
            [
                &statics.stylesheet,
                &statics.share_script,
                &statics.favicon,
                &statics.icon_192,
                &statics.icon_512,
                &statics.icon_maskable,
            ]
            .map(String::clone),
        )
        .collect()
}

/// Saved forms whose address with a query is a question only the server answers (the
/// plan): offline, such an address gets the offline page, not the blank form.
pub fn asked_paths(lang: Lang) -> Vec<String> {
    vec![Address::new(lang, Page::Plan, None).path()]
}

/// The web app manifest of a language: its name and short name from `common.ftl`, its
/// overview as the start, the whole site as its scope.
pub fn manifest(lang: Lang, t: &Translator, statics: &StaticPaths) -> Result<String, I18nError> {
    let icon = |src: &str, size: &str, purpose: &str| json!({ "src": src, "sizes": size, "type": "image/png", "purpose": purpose });
    let manifest = json!({
        "id": Address::new(lang, Page::Overview, None).path(),
        "name": t.get("site-name")?,
        "short_name": t.get("app-short-name")?,
        "description": t.get("overview-page-description")?,
        "lang": lang.tag(),
        "dir": "ltr",
        "start_url": Address::new(lang, Page::Overview, None).path(),
        "scope": "/",
        "display": "standalone",
        "theme_color": THEME_COLOR,
        "background_color": BACKGROUND_COLOR,
        "icons": [
            icon(&statics.icon_192, "192x192", "any"),
            icon(&statics.icon_512, "512x512", "any"),
            icon(&statics.icon_maskable, "512x512", "maskable"),
        ],
    });
    Ok(manifest.to_string())
}

/// `static/sw.js` with its version (the site's content hash, which names its cache) and,
/// for each language, what it saves and its offline page.
pub fn service_worker(version: &str, statics: &StaticPaths) -> String {
    let saved: BTreeMap<&str, serde_json::Value> = Lang::ALL
        .into_iter()
        .map(|lang| {
            let entry = json!({
                "offline": Address::offline(lang),
                "paths": saved_paths(lang, statics),
                "asked": asked_paths(lang),
            });
            (lang.code(), entry)
        })
        .collect();
    assert!(
        SERVICE_WORKER_SOURCE.contains(VERSION_PLACEHOLDER)
            && SERVICE_WORKER_SOURCE.contains(SAVED_PLACEHOLDER),
        "static/sw.js keeps its placeholders"
    );
    SERVICE_WORKER_SOURCE
        .replace(VERSION_PLACEHOLDER, version)
        .replace(
            SAVED_PLACEHOLDER,
            &serde_json::to_string(&saved).expect("JSON"),
        )
}
