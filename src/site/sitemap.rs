//! `sitemap.xml`: every page, with its language alternates.

use askama::Template;

use crate::address::Address;
use crate::lang::Lang;
use crate::layout::{RenderError, Renderer, template_error};

#[derive(Template)]
#[template(path = "sitemap.xml")]
struct Sitemap {
    /// (URL, [(hreflang, URL)])
    urls: Vec<(String, Vec<(&'static str, String)>)>,
}

impl Renderer<'_> {
    /// `sitemap.xml`: every page, with its other two languages as alternates.
    pub fn sitemap(&self) -> Result<String, RenderError> {
        let absolute = |address: Address| format!("{}{}", self.config.origin, address.path());
        let urls = Address::all()
            .map(|address| {
                let alternates = Lang::ALL
                    .iter()
                    .map(|&l| (l.tag(), absolute(address.in_lang(l))))
                    .collect();
                (absolute(address), alternates)
            })
            .collect();
        Sitemap { urls }
            .render()
            .map_err(template_error("sitemap.xml"))
    }
}
