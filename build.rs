//! `sqlx::migrate!` compiles in the files of migrations/ it sees at build time; this makes
//! cargo rebuild when a file is added there, not only when a known one changes.
//!
//! The preview images (static/previews/, made by its make.py and committed) are compiled in
//! as read-only data: this writes `$OUT_DIR/previews.rs`, one `include_bytes!` per entry of
//! static/previews/manifest.json with the image's content hash, so the server names each
//! image without reading it at start (read-only data stays out of memory until sent).

use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=migrations");
    println!("cargo:rerun-if-changed=static/previews");
    let root = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let folder = Path::new(&root).join("static/previews");
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("previews.rs");
    std::fs::write(out, previews_source(&folder)).expect("writing previews.rs");
}

/// `[EmbeddedPreview { … }, …]` for every image the manifest lists; empty when there is no
/// manifest yet (before the first `make.py`).
fn previews_source(folder: &Path) -> String {
    let manifest = folder.join("manifest.json");
    let entries = match std::fs::read_to_string(&manifest) {
        Ok(text) => {
            let json: serde_json::Value = serde_json::from_str(&text)
                .unwrap_or_else(|e| panic!("{}: {e}", manifest.display()));
            json["pages"].as_array().cloned().unwrap_or_default()
        }
        Err(_) => Vec::new(),
    };
    let mut source = String::from("&[\n");
    for entry in entries {
        let field = |name: &str| {
            entry[name]
                .as_str()
                .unwrap_or_else(|| panic!("{}: an entry without {name}", manifest.display()))
                .to_owned()
        };
        let (path, file) = (field("path"), field("file"));
        let image = folder.join(&file);
        let bytes = std::fs::read(&image).unwrap_or_else(|e| panic!("{}: {e}", image.display()));
        // The same hash `Asset::new` makes (128-bit xxh3, hex), so names and ETags agree.
        let hash = format!("{:032x}", xxhash_rust::xxh3::xxh3_128(&bytes));
        // The path is completed when the crate compiles, so that another checkout sharing
        // this target directory includes its own files, not this one's.
        let relative = format!("/static/previews/{file}");
        source.push_str(&format!(
            "    EmbeddedPreview {{ path: {path:?}, hash: {hash:?}, \
             body: include_bytes!(concat!(env!(\"CARGO_MANIFEST_DIR\"), {relative:?})) }},\n",
        ));
    }
    source.push(']');
    source
}
