//! `export DIR`: the whole site as files, for any static host or CDN.
//!
//! Each page `/en/smart/kiosk/` becomes `en/smart/kiosk/index.html` with `.gz` and `.br`
//! beside it (for nginx's `gzip_static`, or a CDN that serves precompressed files); the
//! stylesheet keeps its fingerprinted name, and PNG images (compressed already) are written
//! alone; `/` is the language chooser as `index.html`;
//! each language's 404 page is `{lang}/404.html`, and `404.html` is the default one.

use std::io;
use std::path::{Path, PathBuf};

use crate::lang::Lang;
use crate::site::Site;
use crate::web::asset::{Asset, Encoding};

const ENCODINGS: [Encoding; 3] = [Encoding::Identity, Encoding::Gzip, Encoding::Brotli];

/// The file, relative to the export folder, that holds what the server sends at `path`.
pub fn file_for(path: &str) -> PathBuf {
    let relative = path.trim_start_matches('/');
    if relative.is_empty() || relative.ends_with('/') {
        PathBuf::from(format!("{relative}index.html"))
    } else {
        PathBuf::from(relative)
    }
}

/// The 404 page file of a language.
pub fn not_found_file(lang: Lang) -> PathBuf {
    PathBuf::from(format!("{}/404.html", lang.code()))
}

/// Writes the site into `dir` (created if needed) and returns how many files it wrote.
pub fn export(site: &Site, dir: &Path) -> io::Result<usize> {
    let mut written = 0;
    let mut write = |file: PathBuf, asset: &Asset| -> io::Result<()> {
        // An image compressed already is written once, as the server sends it.
        let encodings = if asset.compressible() {
            &ENCODINGS[..]
        } else {
            &ENCODINGS[..1]
        };
        for &encoding in encodings {
            let mut target = dir.join(&file).into_os_string();
            target.push(encoding.file_suffix());
            let target = PathBuf::from(target);
            if let Some(parent) = target.parent() {
                std::fs::create_dir_all(parent)?;
            }
            std::fs::write(&target, asset.body_exact(encoding))?;
            written += 1;
        }
        Ok(())
    };
    for path in site.paths() {
        write(file_for(path), site.file(path).expect("listed path"))?;
    }
    for lang in Lang::ALL {
        write(not_found_file(lang), site.not_found(lang))?;
    }
    write(PathBuf::from("404.html"), site.not_found(Lang::DEFAULT))?;
    write(file_for("/"), site.language_chooser())?;
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_map_to_files() {
        assert_eq!(file_for("/"), PathBuf::from("index.html"));
        assert_eq!(
            file_for("/km/smart/kiosk/"),
            PathBuf::from("km/smart/kiosk/index.html")
        );
        assert_eq!(
            file_for("/static/site.abc.css"),
            PathBuf::from("static/site.abc.css")
        );
    }
}
