//! The offline page, `/{lang}/offline/`: what the service worker shows, without a
//! connection, for a page the device has not saved. It links to the pages it has saved and
//! says what needs a connection (the reminder) and what the reader may already have (the
//! calendar file). Not indexed, no share or report part: it only ever shows offline.

use askama::Template;

use crate::address::Address;
use crate::content::Page;
use crate::i18n::Translator;
use crate::lang::Lang;
use crate::layout::base::Layout;
use crate::layout::{RenderError, Renderer, template_error};

#[derive(Template)]
#[template(path = "offline.html")]
struct OfflinePage<'a> {
    t: Translator<'a>,
    layout: Layout<'a>,
    /// (path, title) of each saved page, unfiltered; their filtered versions are saved too.
    saved: Vec<(String, String)>,
}

impl Renderer<'_> {
    pub fn offline(&self, lang: Lang) -> Result<String, RenderError> {
        let t = self.locales.translator(lang);
        let title = (
            t.get("offline-page-title")?,
            t.get("offline-page-description")?,
        );
        let layout = Layout::new(self, lang, title, Address::offline)?;
        let layout = Layout {
            indexable: false,
            report: crate::layout::report_form::ReportPart::Off,
            ..layout
        };
        let saved = crate::offline::saved_pages(lang)
            .filter(|address| address.operator.is_none())
            .map(|address| {
                // Each saved page is named by its <title>, as the reader will see it.
                let name = match address.page {
                    Page::Channel(channel) => format!("{}-page-title", channel.slug()),
                    page => format!("{}-page-title", page.slug()),
                };
                let title = t.get(&name)?;
                Ok((address.path(), title))
            })
            .collect::<Result<_, RenderError>>()?;
        OfflinePage { t, layout, saved }
            .render()
            .map_err(template_error(format!("offline page ({lang})")))
    }
}
