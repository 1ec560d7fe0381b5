//! Shared links show an image of the page (issue 22): every page of the guide names a
//! 1200×630 PNG of at most 80 KB in `og:image`, made from the page's current title in its
//! language and script (static/previews/make.py, committed with the text it was made from),
//! served under a content-hashed name for a year, exported, and never in the sitemap.

mod common;

use std::collections::{BTreeMap, BTreeSet};

use keep_your_number::address::Address;
use keep_your_number::lang::Lang;
use keep_your_number::site::export::{export, file_for};
use keep_your_number::site::previews::{self, HEIGHT, PREVIEWS, WIDTH};
use keep_your_number::web::asset::Encoding;
use serde_json::Value;

const MAX_BYTES: usize = 80 * 1024;
const REMAKE: &str = "remake the images: python3 static/previews/make.py (README, Preview images)";

/// static/previews/manifest.json's entries, by page path.
fn manifest() -> BTreeMap<String, Value> {
    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("static/previews/manifest.json"),
    )
    .expect("static/previews/manifest.json");
    let json: Value = serde_json::from_str(&text).expect("the manifest is JSON");
    json["pages"]
        .as_array()
        .expect("a list of pages")
        .iter()
        .map(|entry| (entry["path"].as_str().unwrap().to_owned(), entry.clone()))
        .collect()
}

/// The `content` of the page's one `<meta property|name="{name}">`, entities decoded.
fn meta(html: &str, name: &str) -> String {
    let pattern = format!(
        r#"<meta (?:property|name)="{}" content="([^"]*)">"#,
        regex::escape(name)
    );
    let found: Vec<String> = regex::Regex::new(&pattern)
        .unwrap()
        .captures_iter(html)
        .map(|c| unescape(&c[1]))
        .collect();
    assert_eq!(found.len(), 1, "one {name}: {found:?}");
    found.into_iter().next().unwrap()
}

fn unescape(text: &str) -> String {
    text.replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// Width and height of a PNG: bytes 16–23, in its IHDR chunk.
fn png_size(png: &[u8]) -> (u32, u32) {
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n", "a PNG signature");
    assert_eq!(&png[12..16], b"IHDR", "IHDR first");
    let number = |at: usize| u32::from_be_bytes(png[at..at + 4].try_into().unwrap());
    (number(16), number(20))
}

fn pages() -> Vec<String> {
    let site = common::site();
    let pages: Vec<String> = site.page_paths().into_iter().map(str::to_owned).collect();
    assert_eq!(pages.len(), Address::all().count());
    assert_eq!(
        pages.len(),
        3 * (5 * 6 + 2),
        "each language: 5 pages x 6 filters, 2 tools"
    );
    pages
}

/// The page's `og:image` path on this site, checked to be an absolute URL of the origin.
fn image_path(html: &str, page: &str) -> String {
    let url = meta(html, "og:image");
    let path = url
        .strip_prefix(common::ORIGIN)
        .unwrap_or_else(|| panic!("{page}: og:image {url} is not on {}", common::ORIGIN));
    assert!(
        regex::Regex::new(r"^/static/preview\.[0-9a-f]{12}\.png$")
            .unwrap()
            .is_match(path),
        "{page}: {path} is named by its content hash"
    );
    path.to_owned()
}

#[tokio::test]
async fn every_page_names_a_1200_by_630_png_under_80_kb() {
    let mut images = BTreeSet::new();
    for page in pages() {
        let html = common::get(&page).await.body;
        let path = image_path(&html, &page);
        assert_eq!(meta(&html, "og:image:type"), "image/png", "{page}");
        assert_eq!(meta(&html, "og:image:width"), WIDTH.to_string(), "{page}");
        assert_eq!(meta(&html, "og:image:height"), HEIGHT.to_string(), "{page}");
        assert_eq!(
            meta(&html, "og:image:alt"),
            meta(&html, "og:title"),
            "{page}"
        );
        assert_eq!(meta(&html, "twitter:card"), "summary_large_image", "{page}");

        let (status, headers, png) =
            common::raw_to(common::app(), &path, &[("accept-encoding", "gzip, br")]).await;
        assert_eq!(status, 200, "{page}: {path}");
        assert_eq!(headers["content-type"], "image/png", "{path}");
        assert_eq!(
            headers["cache-control"], "public, max-age=31536000, immutable",
            "{path}"
        );
        assert!(
            headers.get("content-encoding").is_none(),
            "{path}: a PNG is sent as it is"
        );
        assert_eq!(png_size(&png), (WIDTH, HEIGHT), "{path}");
        assert!(png.len() <= MAX_BYTES, "{path}: {} bytes", png.len());
        images.insert(path);
    }
    // One image per page of a language and filter: only the same title could share one.
    assert_eq!(images.len(), pages().len());
}

/// The image of each page was made from the page's title as it is now, in its language and
/// script: a changed title fails here until the images are made again.
#[tokio::test]
async fn each_image_was_made_from_its_page_s_current_title() {
    let site = common::site();
    let manifest = manifest();
    let listed: Vec<&String> = manifest.keys().collect();
    let mut expected = pages();
    expected.sort_unstable();
    assert_eq!(listed, expected.iter().collect::<Vec<_>>(), "{REMAKE}");

    // What previews-manifest prints now is what the images were made from.
    let now = previews::sources(&site.renderer()).unwrap();
    assert_eq!(now.len(), manifest.len());
    for source in &now {
        assert_eq!(
            serde_json::to_value(source).unwrap(),
            manifest[&source.path],
            "{}: {REMAKE}",
            source.path
        );
    }

    for (page, made_from) in &manifest {
        let html = common::get(page).await.body;
        let title = made_from["title"].as_str().unwrap();
        assert_eq!(title, meta(&html, "og:title"), "{page}: {REMAKE}");
        assert_eq!(
            made_from["site_name"].as_str().unwrap(),
            meta(&html, "og:site_name"),
            "{page}: {REMAKE}"
        );
        let address = Address::parse(page).unwrap();
        assert_eq!(made_from["lang"], address.lang.tag(), "{page}");
        assert!(
            html.contains(&format!("<html lang=\"{}\"", address.lang.tag())),
            "{page}"
        );
        // Filtered pages show their company's name; the others none.
        match (address.operator, made_from["company"].as_str()) {
            (None, None) => {}
            (Some(op), Some(company)) => {
                assert!(company.eq_ignore_ascii_case(op.slug()), "{page}: {company}");
                assert!(title.contains(company), "{page}: {title}");
            }
            (op, company) => panic!("{page}: filtered {op:?}, company {company:?}"),
        }
        // Set in the page's own script: Khmer and Chinese titles are in Khmer and Chinese
        // characters, which make.py checks the installed fonts cover before drawing.
        let in_script = |range: std::ops::RangeInclusive<char>| {
            title.chars().filter(|c| range.contains(c)).count()
        };
        match address.lang {
            Lang::Km => assert!(in_script('\u{1780}'..='\u{17FF}') >= 5, "{page}: {title}"),
            Lang::Zh => assert!(in_script('\u{4E00}'..='\u{9FFF}') >= 4, "{page}: {title}"),
            Lang::En => assert!(title.is_ascii(), "{page}: {title}"),
        }
        // The image served is the file the manifest names.
        let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("static/previews")
            .join(made_from["file"].as_str().unwrap());
        let committed = std::fs::read(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let path = image_path(&html, page);
        let served = site.file(&path).unwrap().body_exact(Encoding::Identity);
        assert!(
            served[..] == committed[..],
            "{page}: {path} is not {}",
            file.display()
        );
    }
}

/// Compiled in, the images are served from the binary's read-only data: neither copied nor
/// compressed at start-up or by the warm-up.
#[test]
fn images_are_served_from_the_binary_without_a_copy() {
    let site = common::site();
    assert_eq!(PREVIEWS.len(), pages().len());
    for preview in PREVIEWS {
        let path = format!("/static/preview.{}.png", &preview.hash[..12]);
        let asset = site.file(&path).unwrap_or_else(|| panic!("{path}"));
        assert_eq!(
            preview.hash,
            format!("{:032x}", xxhash_rust::xxh3::xxh3_128(preview.body)),
            "{}: the name is the content's hash",
            preview.path
        );
        assert!(!asset.compressible(), "{path}");
        for encoding in [Encoding::Identity, Encoding::Gzip, Encoding::Brotli] {
            let (sent, body) = asset.body(encoding);
            assert_eq!(sent, Encoding::Identity, "{path}");
            assert_eq!(body.as_ptr(), preview.body.as_ptr(), "{path}: not copied");
        }
    }
}

#[test]
fn the_export_holds_the_images_and_the_sitemap_names_none() {
    let site = common::site();
    let temp = common::TempDir::new("previews-export");
    let dir = temp.path().join("public");
    export(&site, &dir).unwrap();
    let sitemap = std::fs::read_to_string(dir.join("sitemap.xml")).unwrap();
    assert!(sitemap.contains("<loc>"), "the sitemap lists pages");
    for page in pages() {
        let html = std::fs::read_to_string(dir.join(file_for(&page))).unwrap();
        let path = image_path(&html, &page);
        let file = dir.join(file_for(&path));
        let exported = std::fs::read(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        assert_eq!(png_size(&exported), (WIDTH, HEIGHT), "{path}");
        assert!(
            exported[..] == site.file(&path).unwrap().body_exact(Encoding::Identity)[..],
            "{path}"
        );
        for suffix in [".gz", ".br"] {
            let mut compressed = file.clone().into_os_string();
            compressed.push(suffix);
            assert!(
                !std::path::Path::new(&compressed).exists(),
                "{path}: no {suffix} of a PNG"
            );
        }
        assert!(!sitemap.contains(&path), "{path} is in the sitemap");
    }
    assert!(!sitemap.contains("preview"), "no image in the sitemap");
    assert!(!sitemap.contains("/static/"), "no file in the sitemap");
}
