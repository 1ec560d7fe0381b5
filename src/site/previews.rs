//! The image a shared link shows (Open Graph `og:image`): one 1200×630 PNG for each page of
//! the guide, with the page's title in its language and script, the company when the page
//! is filtered, and the guide's name, mark and colours.
//!
//! The images are made by `static/previews/make.py` from [`sources`] (printed by
//! `keep-your-number previews-manifest`) with headless Chromium, and committed with
//! `static/previews/manifest.json`, which records the text each was made from. build.rs
//! compiles them in as read-only data with their content hashes ([`PREVIEWS`]), so start-up
//! neither reads, copies nor compresses them. tests/previews.rs fails when a page's title no
//! longer matches the text its image was made from.

use serde::Serialize;

use crate::address::Address;
use crate::layout::{RenderError, Renderer, base::page_title};

/// The size every preview image is made at (Open Graph's `og:image:width` and `height`).
pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 630;

/// One committed preview image, compiled in by build.rs.
pub struct EmbeddedPreview {
    /// The page it shows, e.g. `/km/smart/kiosk/`.
    pub path: &'static str,
    /// The image's 128-bit xxh3 in hex, made at build time (as `Asset::new` would).
    pub hash: &'static str,
    pub body: &'static [u8],
}

/// Every committed preview image, as static/previews/manifest.json lists them.
pub static PREVIEWS: &[EmbeddedPreview] = include!(concat!(env!("OUT_DIR"), "/previews.rs"));

/// What one page's image shows: what `make.py` renders and the manifest records.
#[derive(Debug, Serialize)]
pub struct PreviewSource {
    pub path: String,
    /// The BCP 47 tag the card is set in (`zh-Hans`, `en`, `km`).
    pub lang: &'static str,
    /// The page's title, as its `og:title` says it.
    pub title: String,
    /// The company's name when the page is filtered to one.
    pub company: Option<String>,
    /// The guide's name in the page's language.
    pub site_name: String,
    /// The image's file name in static/previews/.
    pub file: String,
}

/// The file name of a page's image: `/km/smart/kiosk/` → `km-smart-kiosk.png`.
pub fn file_name(path: &str) -> String {
    let stem: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    format!("{}.png", stem.join("-"))
}

/// What each page of the guide (every [`Address`]) has its image made from.
pub fn sources(r: &Renderer) -> Result<Vec<PreviewSource>, RenderError> {
    Address::all()
        .map(|address| {
            let t = r.locales.translator(address.lang);
            let path = address.path();
            Ok(PreviewSource {
                lang: address.lang.tag(),
                title: page_title(&t, r.facts, address)?,
                company: address.operator.map(|op| r.facts.contact(op).name.clone()),
                site_name: t.get("site-name")?,
                file: file_name(&path),
                path,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn each_page_has_its_own_file() {
        assert_eq!(super::file_name("/km/smart/kiosk/"), "km-smart-kiosk.png");
        assert_eq!(super::file_name("/zh/"), "zh.png");
    }
}
