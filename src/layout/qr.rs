//! QR codes of addresses: each page's, served as an image beside it (`crate::site`), and the
//! helper slip's, drawn inside it (`crate::plan`).

/// How the codes are drawn: part of each image's name (with the address it encodes), so a
/// change to the drawing below, or to the `qrcode` crate's output, must change it.
pub const STYLE: &str = "qrcode-0.14 svg min148 quiet-zone";

/// The longest URL a code holds: version 40 at the error correction `QrCode::new` uses (M),
/// in byte mode, its least compact. Checked at start-up, so that drawing later cannot fail.
pub const MAX_URL_BYTES: usize = 2331;

/// Whether a code can hold `url`.
pub fn fits(url: &str) -> bool {
    url.len() <= MAX_URL_BYTES
}

/// A QR code of `url` as an SVG image, dark on light whatever the theme. None if the URL is
/// too long for a QR code.
pub fn qr_svg(url: &str) -> Option<String> {
    let code = qrcode::QrCode::new(url.as_bytes()).ok()?;
    Some(
        code.render::<qrcode::render::svg::Color>()
            .min_dimensions(148, 148)
            .quiet_zone(true)
            .build(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_url_that_fits_is_drawn_and_a_longer_one_is_refused() {
        let longest = format!("https://{}", "a".repeat(MAX_URL_BYTES - 8));
        assert!(fits(&longest) && qr_svg(&longest).is_some());
        let longer = format!("{longest}a");
        assert!(!fits(&longer) && qr_svg(&longer).is_none());
    }
}
