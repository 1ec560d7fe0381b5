//! Pages that are not part of the guide itself: the 404 page in each language, and the
//! language chooser that `/` sends (and a static export shows as its `index.html`).

use askama::Template;

use crate::address::Address;
use crate::content::Page;
use crate::i18n::{I18nError, Translator};
use crate::lang::Lang;
use crate::layout::base::{LangLink, Layout};
use crate::layout::{RenderError, Renderer, template_error};

#[derive(Template)]
#[template(path = "not_found.html")]
struct NotFoundPage<'a> {
    t: Translator<'a>,
    layout: Layout<'a>,
    /// (language, overview path, link text in that language)
    homes: Vec<(Lang, String, String)>,
}

#[derive(Template)]
#[template(path = "language_chooser.html")]
struct LanguageChooserPage<'a> {
    t: Translator<'a>,
    layout: Layout<'a>,
    /// The site's name in each language.
    names: Vec<String>,
    homes: Vec<(Lang, String, String)>,
}

impl Renderer<'_> {
    /// The 404 page in one language. It is not indexed, and links to every overview.
    pub fn not_found(&self, lang: Lang) -> Result<String, RenderError> {
        let t = self.locales.translator(lang);
        let title = (
            t.get("not-found-page-title")?,
            t.get("not-found-page-description")?,
        );
        let layout = Layout::new(self, lang, title, |l| {
            Address::new(l, Page::Overview, None).path()
        })?;
        let layout = Layout {
            indexable: false,
            report: crate::layout::report_form::ReportPart::Off,
            ..layout
        };
        NotFoundPage {
            t,
            layout,
            homes: self.homes()?,
        }
        .render()
        .map_err(template_error(format!("404 page ({lang})")))
    }

    /// What `/` shows: the three languages to choose from. The server redirects `/` by
    /// `Accept-Language` and sends this as the redirect's body; a static host shows it.
    pub fn language_chooser(&self) -> Result<String, RenderError> {
        let lang = Lang::DEFAULT;
        let t = self.locales.translator(lang);
        let names = Lang::ALL
            .iter()
            .map(|&l| self.locales.translator(l).get("site-name"))
            .collect::<Result<Vec<_>, _>>()?;
        let title = (names.join(" · "), t.get("overview-page-description")?);
        let full_title = title.0.clone();
        let layout = Layout::new(self, lang, title, |l| {
            Address::new(l, Page::Overview, None).path()
        })?;
        // Shared and indexed as `/`, which sends each reader to their language.
        let layout = Layout {
            canonical: layout.x_default.clone(),
            share_url: layout.x_default.clone(),
            share_qr: self.statics.qr_codes.get("/").map(String::as_str),
            // The three names are the title: no site name after them, no current language.
            full_title,
            report: crate::layout::report_form::ReportPart::Off,
            switch: layout
                .switch
                .into_iter()
                .map(|link| LangLink {
                    current: false,
                    ..link
                })
                .collect(),
            ..layout
        };
        LanguageChooserPage {
            t,
            layout,
            names,
            homes: self.homes()?,
        }
        .render()
        .map_err(template_error("language chooser"))
    }

    /// (language, overview path, "the guide in <language>" written in that language)
    fn homes(&self) -> Result<Vec<(Lang, String, String)>, I18nError> {
        Lang::ALL
            .into_iter()
            .map(|l| {
                let text = self.locales.translator(l).get("language-home-link")?;
                Ok((l, Address::new(l, Page::Overview, None).path(), text))
            })
            .collect()
    }
}
