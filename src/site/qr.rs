//! QR codes of page addresses, served as images beside the pages.

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
