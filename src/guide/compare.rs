//! The comparison, `/{lang}/compare/`: every company side by side, each cell with its
//! source or whom to ask.

use std::collections::BTreeMap;

use askama::Template;
use fluent_bundle::{FluentArgs, FluentValue};

use crate::address::Address;
use crate::content::{Column, Operator, Page};
use crate::i18n::{I18nError, Translator};
use crate::lang::Lang;
use crate::layout::base::{Layout, title_and_description};
use crate::layout::facts::{CompareCellView, ask_operator_html, fact_view, source_links};
use crate::layout::{RenderError, Renderer, template_error};

pub struct CompareRow {
    pub name: String,
    pub href: String,
    /// Whom to ask, said once for the row, where any of its cells has nothing confirmed.
    pub ask: Option<String>,
    pub cells: Vec<CompareCellView>,
}

#[derive(Template)]
#[template(path = "compare.html")]
struct ComparePage<'a> {
    t: Translator<'a>,
    layout: Layout<'a>,
    /// Message IDs of the column headings after the operator's.
    columns: Vec<String>,
    rows: Vec<CompareRow>,
}

pub(crate) fn render(r: &Renderer<'_>, lang: Lang) -> Result<String, RenderError> {
    let t = r.locales.translator(lang);
    let address = Address::new(lang, Page::Compare, None);
    let layout = Layout::new(
        r,
        lang,
        title_and_description(&t, r.facts, "compare", None)?,
        |l| address.in_lang(l).path(),
    )?;
    r.compare(
        lang,
        Layout {
            wide: true,
            ..layout
        },
    )
}

/// One cell of the comparison: the company's fact for `column` in words, with its sources
/// and confidence, or "unknown" (the overview of one company shows its balance cell too).
pub(crate) fn column_cell(
    t: &Translator,
    facts: &crate::content::Facts,
    op: Operator,
    column: Column,
) -> Result<CompareCellView, I18nError> {
    let Some(fact) = facts.compare_cell(op, column) else {
        return Ok(CompareCellView {
            html: crate::i18n::escape(&t.get("compare-unknown")?),
            sources: Vec::new(),
            ask: true,
            unconfirmed: false,
        });
    };
    let cell = fact.compare.as_ref().expect("compare_cell has one");
    let (html, unconfirmed) = match (&cell.value, &cell.message) {
        (Some(name), _) => {
            let value = BTreeMap::from([("value".to_owned(), fact.values[name].clone())]);
            (t.rich("compare-cell", &value)?, !fact.confirms(name))
        }
        (None, message) => {
            let message = message.as_deref().expect("validated");
            let sure = fact.values.keys().all(|v| fact.confirms(v));
            (t.rich(message, &fact.values)?, !sure)
        }
    };
    Ok(CompareCellView {
        html,
        sources: fact_view(t, facts, fact)?.sources,
        ask: false,
        unconfirmed,
    })
}

impl Renderer<'_> {
    /// Every operator side by side, each cell with its source or whom to ask.
    fn compare(&self, lang: Lang, layout: Layout<'_>) -> Result<String, RenderError> {
        let t = self.locales.translator(lang);
        let rows = Operator::ALL
            .into_iter()
            .map(|op| {
                let mut cells = Column::ALL
                    .into_iter()
                    .map(|column| column_cell(&t, self.facts, op, column))
                    .collect::<Result<Vec<_>, I18nError>>()?;
                cells.push(self.hotline_cell(&t, op)?);
                cells.push(self.lifecycle_cell(&t, op)?);
                cells.push(crate::layout::facts::prefixes_cell(&t, self.facts, op)?);
                let ask = cells
                    .iter()
                    .any(|c| c.ask)
                    .then(|| ask_operator_html(&t, self.facts, op, "compare-not-confirmed"))
                    .transpose()?;
                Ok(CompareRow {
                    ask,
                    name: self.facts.contact(op).name.clone(),
                    href: Address::new(lang, Page::Overview, Some(op)).path(),
                    cells,
                })
            })
            .collect::<Result<_, I18nError>>()?;
        let columns = Column::ALL
            .iter()
            .map(|c| format!("compare-column-{}", c.slug()))
            .chain([
                "compare-column-hotline".to_owned(),
                "compare-column-days".to_owned(),
                "compare-column-prefixes".to_owned(),
            ])
            .collect();
        ComparePage {
            t,
            layout,
            columns,
            rows,
        }
        .render()
        .map_err(template_error(format!("compare page ({lang})")))
        .and_then(|html| crate::layout::base::with_legend(&t, html))
    }

    /// The company's hotline with its source, or whom to ask.
    fn hotline_cell(
        &self,
        t: &Translator,
        operator: Operator,
    ) -> Result<CompareCellView, I18nError> {
        let contact = self.facts.contact(operator);
        Ok(match &contact.hotline {
            Some(hotline) => CompareCellView {
                html: crate::layout::facts::hotline_html(t, contact, hotline)?,
                sources: source_links(self.facts, &hotline.sources),
                ask: false,
                unconfirmed: false,
            },
            None => CompareCellView {
                html: crate::i18n::escape(&t.get("compare-unknown")?),
                sources: Vec::new(),
                ask: true,
                unconfirmed: false,
            },
        })
    }

    /// "Days from validity end until the number may be lost", by the operator's rule: the
    /// last of its stages.
    fn lifecycle_cell(
        &self,
        t: &Translator,
        operator: Operator,
    ) -> Result<CompareCellView, I18nError> {
        let last = self
            .facts
            .stages(Some(operator))
            .pop()
            .expect("every rule has stages");
        let mut args = FluentArgs::new();
        args.set("from", FluentValue::from(last.first_day));
        if let Some(until) = last.last_day {
            args.set("until", FluentValue::from(until));
        }
        let fact = self
            .facts
            .fact(&last.fact)
            .expect("stages name their facts");
        Ok(CompareCellView {
            html: crate::i18n::escape(
                &t.format(&format!("compare-days-{}", last.kind.slug()), Some(&args))?,
            ),
            sources: fact_view(t, self.facts, fact)?.sources,
            ask: false,
            unconfirmed: !last.confirmed,
        })
    }
}
