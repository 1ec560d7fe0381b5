//! One thing the site serves (a page, a 404 page, a stylesheet), held in memory with its
//! compressed forms, its ETags and its caching rule.

use std::io::Write as _;
use std::sync::OnceLock;

use axum::http::HeaderValue;
use bytes::Bytes;

use crate::lang::Lang;

/// How long browsers and CDNs may keep a response.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Caching {
    /// HTML: short, and served stale while a cache revalidates, so fixes spread in minutes.
    Page,
    /// Fingerprinted files: the name changes with the content, so keep them a year.
    Immutable,
    /// Answers to what a reader typed: not worth keeping.
    NoStore,
    /// Chosen by the request's `Accept-Language` (`/`, a 404 outside a language's path):
    /// many CDNs ignore `Vary: Accept-Language` and would give every reader one language,
    /// so only the browser may keep it, and it asks again each time (a 304 when unchanged).
    Negotiated,
    /// Kept, but checked with the server before each use: the service worker, whose
    /// updates must be seen at once.
    Revalidate,
}

impl Caching {
    pub fn header(self) -> HeaderValue {
        HeaderValue::from_static(match self {
            Caching::Page => "public, max-age=300, stale-while-revalidate=86400",
            Caching::Immutable => "public, max-age=31536000, immutable",
            Caching::NoStore => "no-store",
            Caching::Negotiated => "private, no-cache",
            Caching::Revalidate => "no-cache",
        })
    }
}

/// A content coding the site can send.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    Identity = 0,
    Gzip = 1,
    Brotli = 2,
}

impl Encoding {
    /// The `Content-Encoding` value, if any.
    pub fn header(self) -> Option<&'static str> {
        match self {
            Encoding::Identity => None,
            Encoding::Gzip => Some("gzip"),
            Encoding::Brotli => Some("br"),
        }
    }

    /// The suffix of the exported file (`index.html.gz`).
    pub fn file_suffix(self) -> &'static str {
        match self {
            Encoding::Identity => "",
            Encoding::Gzip => ".gz",
            Encoding::Brotli => ".br",
        }
    }

    /// The best coding an `Accept-Encoding` header allows: brotli, then gzip, then none.
    pub fn negotiate(accept_encoding: Option<&str>) -> Encoding {
        let (brotli, gzip) = qualities(accept_encoding);
        if brotli > 0.0 && brotli >= gzip {
            Encoding::Brotli
        } else if gzip > 0.0 {
            Encoding::Gzip
        } else {
            Encoding::Identity
        }
    }

    /// Gzip if the header allows it at all, else none: for bodies made per request, where
    /// brotli would cost more to make than it saves.
    pub fn gzip_or_identity(accept_encoding: Option<&str>) -> Encoding {
        if qualities(accept_encoding).1 > 0.0 {
            Encoding::Gzip
        } else {
            Encoding::Identity
        }
    }
}

/// The qualities an `Accept-Encoding` header gives brotli and gzip (0 when not accepted).
fn qualities(accept_encoding: Option<&str>) -> (f32, f32) {
    let (mut brotli, mut gzip, mut any) = (None, None, None);
    for item in accept_encoding.unwrap_or_default().split(',') {
        let mut parts = item.split(';');
        let coding = parts.next().unwrap_or_default().trim().to_ascii_lowercase();
        let quality = parts
            .filter_map(|p| p.trim().strip_prefix("q="))
            .find_map(|q| q.trim().parse::<f32>().ok())
            .map_or(1.0, |q| q.clamp(0.0, 1.0));
        match coding.as_str() {
            "br" => brotli = Some(quality),
            "gzip" | "x-gzip" => gzip = Some(quality),
            "*" => any = Some(quality),
            _ => {}
        }
    }
    (brotli.or(any).unwrap_or(0.0), gzip.or(any).unwrap_or(0.0))
}

/// An asset's uncompressed body: made already, or made once when first needed.
enum Body {
    Ready(Bytes),
    Deferred {
        made: OnceLock<Bytes>,
        make: Box<dyn Fn() -> Bytes + Send + Sync>,
    },
}

impl Body {
    fn get(&self) -> &Bytes {
        match self {
            Body::Ready(bytes) => bytes,
            Body::Deferred { made, make } => made.get_or_init(|| exact(make())),
        }
    }
}

/// A response body the site serves, in every coding.
pub struct Asset {
    pub content_type: &'static str,
    /// The page's language, for `Content-Language`; None for files such as CSS.
    pub lang: Option<Lang>,
    pub caching: Caching,
    identity: Body,
    hash: String,
    /// ETags of the identity, gzip and brotli bodies, made once.
    etags: [HeaderValue; 3],
    gzip: OnceLock<Bytes>,
    brotli: OnceLock<Bytes>,
    /// False for images that are compressed already (PNG): always sent and exported as
    /// they are, never gzipped or brotlied, not even by the warm-up.
    compressible: bool,
}

impl Asset {
    pub fn new(
        content_type: &'static str,
        lang: Option<Lang>,
        caching: Caching,
        body: impl Into<Bytes>,
    ) -> Asset {
        let identity = exact(body.into());
        let hash = format!("{:032x}", xxhash_rust::xxh3::xxh3_128(&identity));
        Asset::with_hash(content_type, lang, caching, Body::Ready(identity), hash)
    }

    /// A file drawn when it is first asked for (a request, the export or the background
    /// warm-up), not before the server listens: `make` must be a pure function of what
    /// `seed` names, since the file's name and ETags are made from `seed`, not from the
    /// content. Cached for a year.
    pub fn deferred(
        content_type: &'static str,
        seed: &str,
        make: impl Fn() -> Bytes + Send + Sync + 'static,
    ) -> Asset {
        let hash = format!("{:032x}", xxhash_rust::xxh3::xxh3_128(seed.as_bytes()));
        let body = Body::Deferred {
            made: OnceLock::new(),
            make: Box::new(make),
        };
        Asset::with_hash(content_type, None, Caching::Immutable, body, hash)
    }

    /// An already compressed image compiled into the binary, with its content hash made at
    /// build time (see build.rs): neither read, copied nor compressed here, so it stays out
    /// of memory until a request or the export reads it. Cached for a year.
    pub fn embedded(content_type: &'static str, hash: &str, body: &'static [u8]) -> Asset {
        let asset = Asset::with_hash(
            content_type,
            None,
            Caching::Immutable,
            Body::Ready(Bytes::from_static(body)),
            hash.to_owned(),
        );
        Asset {
            compressible: false,
            ..asset
        }
    }

    fn with_hash(
        content_type: &'static str,
        lang: Option<Lang>,
        caching: Caching,
        identity: Body,
        hash: String,
    ) -> Asset {
        // Each coding is its own representation, so each gets its own strong tag.
        let etag = |suffix: &str| {
            HeaderValue::from_str(&format!("\"{}{suffix}\"", &hash[..20]))
                .expect("hex is a valid header")
        };
        Asset {
            content_type,
            lang,
            caching,
            etags: [etag(""), etag("-gz"), etag("-br")],
            hash,
            identity,
            gzip: OnceLock::new(),
            brotli: OnceLock::new(),
            compressible: true,
        }
    }

    /// Whether the body is one drawn when first asked for ([`Asset::deferred`]) and not drawn
    /// yet: the server draws it on the blocking pool before answering.
    pub fn is_unmade(&self) -> bool {
        matches!(&self.identity, Body::Deferred { made, .. } if made.get().is_none())
    }

    /// Draws the body now if it is drawn when first asked for.
    pub fn make(&self) {
        self.identity.get();
    }

    /// Whether the asset has gzip and brotli forms (false: sent as it is in any case).
    pub fn compressible(&self) -> bool {
        self.compressible
    }

    /// A short hash of the content, for fingerprinted file names.
    pub fn fingerprint(&self) -> &str {
        &self.hash[..12]
    }

    /// The whole hash of the content (128-bit xxh3, in hex).
    pub fn content_hash(&self) -> &str {
        &self.hash
    }

    /// The body in `encoding`. Gzip is made on first use if the warm-up has not made it
    /// yet (about a millisecond); brotli is slow to make, so until the warm-up has made it
    /// a brotli request gets gzip instead. Returns the coding actually used.
    pub fn body(&self, encoding: Encoding) -> (Encoding, &Bytes) {
        if !self.compressible {
            return (Encoding::Identity, self.identity.get());
        }
        match encoding {
            Encoding::Identity => (Encoding::Identity, self.identity.get()),
            Encoding::Brotli if self.brotli.get().is_some() => {
                (Encoding::Brotli, self.brotli.get().unwrap())
            }
            Encoding::Brotli | Encoding::Gzip => (
                Encoding::Gzip,
                self.gzip.get_or_init(|| gzip(self.identity.get())),
            ),
        }
    }

    /// The body in exactly `encoding`, making it now if needed (for the export).
    pub fn body_exact(&self, encoding: Encoding) -> &Bytes {
        match encoding {
            Encoding::Identity => self.identity.get(),
            Encoding::Gzip => self.gzip.get_or_init(|| gzip(self.identity.get())),
            Encoding::Brotli => self.brotli.get_or_init(|| brotli(self.identity.get())),
        }
    }

    /// Makes every compressed form now; the server calls this off the request path. A body
    /// drawn when first asked for is left alone: drawing and keeping every QR code (about
    /// 1 MB in all forms) would cost memory for images most readers never load.
    pub fn warm_up(&self) {
        if !self.compressible || matches!(self.identity, Body::Deferred { .. }) {
            return;
        }
        self.body_exact(Encoding::Gzip);
        self.body_exact(Encoding::Brotli);
    }

    /// The strong ETag of one coding of the body.
    pub fn etag(&self, encoding: Encoding) -> &HeaderValue {
        &self.etags[encoding as usize]
    }
}

/// Bodies rendered per request are sent uncompressed below this size: under a packet or
/// so, compressing saves no round trip and costs CPU.
pub const COMPRESS_RENDERED_ABOVE: usize = 1400;

/// A body rendered for one request (the reminder's answers), in the coding to send: gzip at
/// its fastest level when `accept` (see [`Encoding::gzip_or_identity`]) is gzip and the
/// body is over [`COMPRESS_RENDERED_ABOVE`] bytes, else as it is. No hash or ETag is made:
/// such answers are `no-store`.
pub fn compress_rendered(body: Bytes, accept: Encoding) -> (Encoding, Bytes) {
    if accept != Encoding::Gzip || body.len() <= COMPRESS_RENDERED_ABOVE {
        return (Encoding::Identity, body);
    }
    (Encoding::Gzip, gzip_at(&body, flate2::Compression::fast()))
}

fn gzip(data: &[u8]) -> Bytes {
    exact(gzip_at(data, flate2::Compression::best()))
}

/// `body` in an allocation of its own length: a `String` or `Vec` grown while rendering or
/// compressing can hold nearly twice its length, and a `Bytes` made from it keeps all of
/// it, for as long as the server runs. Static bodies are not copied.
fn exact(body: Bytes) -> Bytes {
    if !body.is_unique() {
        return body;
    }
    let mut bytes = Vec::from(body);
    bytes.shrink_to_fit();
    bytes.into()
}

fn gzip_at(data: &[u8], level: flate2::Compression) -> Bytes {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), level);
    encoder.write_all(data).expect("writing to memory");
    encoder.finish().expect("writing to memory").into()
}

fn brotli(data: &[u8]) -> Bytes {
    // Quality 10, not 11: 11 also keeps every match of every position (32 bytes per byte
    // of input, 1.6 MB for a 50 KB page), the largest part of the server's peak memory;
    // measured, 10's files are 3 % larger (497 KB against 481 KB for the whole site) and
    // made in half the time. The compressor's memory also grows with its window: one
    // just large enough for the file finds the same matches with less.
    let params = brotli::enc::BrotliEncoderParams {
        quality: 10,
        lgwin: window_for(data.len()),
        ..Default::default()
    };
    let mut out = Vec::new();
    brotli::BrotliCompress(&mut &data[..], &mut out, &params).expect("writing to memory");
    exact(out.into())
}

/// The smallest brotli window (log2 of its size, 10 to 24) that holds `len` bytes; a
/// window holds its size less 16 bytes.
fn window_for(len: usize) -> i32 {
    (10..24)
        .find(|&bits| (1usize << bits) - 16 >= len)
        .unwrap_or(24)
}

/// Whether an `If-None-Match` value matches `etag` (weak comparison, as RFC 9110 asks).
pub fn if_none_match_matches(if_none_match: &str, etag: &HeaderValue) -> bool {
    let etag = etag.to_str().unwrap_or_default();
    if_none_match.trim() == "*"
        || if_none_match
            .split(',')
            .map(|tag| tag.trim().trim_start_matches("W/"))
            .any(|tag| tag == etag)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_encoding_prefers_brotli_then_gzip() {
        let cases = [
            (None, Encoding::Identity),
            (Some(""), Encoding::Identity),
            (Some("gzip"), Encoding::Gzip),
            (Some("gzip, deflate, br"), Encoding::Brotli),
            (Some("br;q=0.5, gzip"), Encoding::Gzip),
            (Some("br;q=0, gzip;q=0"), Encoding::Identity),
            (Some("*"), Encoding::Brotli),
            (Some("*;q=0.1, br;q=0"), Encoding::Gzip),
            (Some("identity"), Encoding::Identity),
            (Some("GZIP"), Encoding::Gzip),
            (Some("gzip;q=nonsense"), Encoding::Gzip),
            (Some(";;;,,br;;q="), Encoding::Brotli),
        ];
        for (header, expected) in cases {
            assert_eq!(Encoding::negotiate(header), expected, "{header:?}");
        }
    }

    #[test]
    fn compressed_bodies_decompress_to_the_original() {
        use std::io::Read as _;
        let asset = Asset::new("text/plain", None, Caching::Page, "hello ".repeat(100));
        let mut out = String::new();
        flate2::read::GzDecoder::new(&asset.body_exact(Encoding::Gzip)[..])
            .read_to_string(&mut out)
            .unwrap();
        assert_eq!(out, "hello ".repeat(100));
        let mut out = Vec::new();
        brotli::BrotliDecompress(&mut &asset.body_exact(Encoding::Brotli)[..], &mut out).unwrap();
        assert_eq!(out, "hello ".repeat(100).as_bytes());
    }

    #[test]
    fn the_brotli_window_is_the_smallest_that_holds_the_file() {
        assert_eq!(window_for(0), 10);
        assert_eq!(window_for(1008), 10);
        assert_eq!(window_for(1009), 11);
        assert_eq!(window_for(200 * 1024), 18);
        assert_eq!(window_for(usize::MAX), 24);
    }

    #[test]
    fn etags_differ_per_coding_and_match_weakly() {
        let asset = Asset::new("text/plain", None, Caching::Page, "x");
        let plain = asset.etag(Encoding::Identity);
        assert_ne!(plain, asset.etag(Encoding::Gzip));
        let quoted = plain.to_str().unwrap().to_owned();
        assert!(if_none_match_matches(&quoted, plain));
        assert!(if_none_match_matches(
            &format!("\"other\", W/{quoted}"),
            plain
        ));
        assert!(if_none_match_matches("*", plain));
        assert!(!if_none_match_matches("\"other\"", plain));
    }
}
