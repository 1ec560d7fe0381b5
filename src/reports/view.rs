//! Views of readers' reports: the form at the foot of every page (templates/report_form.html),
//! the page that shows it again with what to fix (report_refused.html), and the thanks page
//! (report_thanks.html).

use askama::Template;
use fluent_bundle::FluentArgs;

use crate::address::Address;
use crate::content::Page;
use crate::i18n::Translator;
use crate::lang::Lang;
use crate::layout::base::Layout;
use crate::layout::report_form::{ReportForm, ReportPart, action, thanks_path};
use crate::layout::{RenderError, Renderer, template_error};
use crate::reports::ReportInput;

#[derive(Template)]
#[template(path = "report_refused.html")]
struct RefusedPage<'a> {
    t: Translator<'a>,
    layout: Layout<'a>,
    problem: String,
}

#[derive(Template)]
#[template(path = "report_thanks.html")]
struct ThanksPage<'a> {
    t: Translator<'a>,
    layout: Layout<'a>,
    /// The page reported, if it is one of the site's.
    back: Option<String>,
    home: String,
}

impl Renderer<'_> {
    /// A layout for the report pages at `path_in(lang)`: not indexed, and no form unless
    /// the page sets one.
    fn report_layout(
        &self,
        lang: Lang,
        title: (&str, &str),
        path_in: impl Fn(Lang) -> String,
    ) -> Result<Layout<'_>, RenderError> {
        let t = self.locales.translator(lang);
        let layout = Layout::new(self, lang, (t.get(title.0)?, t.get(title.1)?), path_in)?;
        Ok(Layout {
            indexable: false,
            report: ReportPart::Off,
            ..layout
        })
    }

    /// The form again, with `input` and the problem (message `problem_id`) stated.
    pub fn report_refused(
        &self,
        lang: Lang,
        input: &ReportInput,
        problem_id: &str,
        args: Option<&FluentArgs>,
    ) -> Result<String, RenderError> {
        let t = self.locales.translator(lang);
        let layout = self.report_layout(
            lang,
            ("report-page-title", "report-page-description"),
            action,
        )?;
        let mut form = ReportForm::new(lang, input);
        form.open = true;
        RefusedPage {
            problem: t.format(problem_id, args)?,
            t,
            layout: Layout {
                report: ReportPart::Form(form),
                ..layout
            },
        }
        .render()
        .map_err(template_error(format!("report form ({lang})")))
    }

    /// The thanks page, linking back to `page` when it is one of the site's pages.
    pub fn report_thanks(&self, lang: Lang, page: Option<&str>) -> Result<String, RenderError> {
        let t = self.locales.translator(lang);
        let layout = self.report_layout(
            lang,
            ("report-thanks-title", "report-thanks-description"),
            thanks_path,
        )?;
        ThanksPage {
            t,
            layout,
            back: page
                .filter(|p| Address::parse(p).is_some())
                .map(str::to_owned),
            home: Address::new(lang, Page::Overview, None).path(),
        }
        .render()
        .map_err(template_error(format!("report thanks page ({lang})")))
    }
}
