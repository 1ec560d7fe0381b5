//! What every page shares: the head, the language switch, the operator filter, the footer.

use fluent_bundle::{FluentArgs, FluentValue};

use super::Renderer;

use crate::address::Address;
use crate::content::{Facts, Operator, Page, parse_iso_date};
use crate::i18n::{I18nError, Translator};
use crate::lang::Lang;
use crate::layout::StaticPaths;

/// What base.html needs: the head, the language switch and the footer.
pub struct Layout<'a> {
    pub lang: Lang,
    pub statics: &'a StaticPaths,
    /// The address readers share: this page's absolute URL.
    pub share_url: String,
    /// The path of a QR code image of `share_url`.
    pub share_qr: Option<&'a str>,
    /// The absolute URL of the page's preview image, for `og:image` (pages of the guide).
    pub preview: Option<String>,
    /// Links to the tool pages in this language: (href, message ID of the link text).
    pub tools: Vec<(String, &'static str)>,
    pub title: String,
    /// The `<title>`: the page's title and the site's name.
    pub full_title: String,
    pub description: String,
    /// The page needs a wider column (the comparison table).
    pub wide: bool,
    pub canonical: String,
    /// Error pages are not indexed and name no canonical URL or alternates.
    pub indexable: bool,
    pub x_default: String,
    /// (language, absolute URL) of this page in every language.
    pub alternates: Vec<(Lang, String)>,
    pub switch: Vec<LangLink>,
    /// The overview in this language, linked from the site name.
    pub home: String,
    /// The web app manifest of this language.
    pub manifest: String,
    pub checked_on: String,
    /// The report form (or link) at the foot of the page.
    pub report: crate::layout::report_form::ReportPart,
}

pub struct LangLink {
    pub lang: Lang,
    pub href: String,
    pub current: bool,
}

impl<'a> Layout<'a> {
    /// `path_in` gives the path of this same page in each language.
    pub(crate) fn new(
        r: &Renderer<'a>,
        lang: Lang,
        (title, description): (String, String),
        path_in: impl Fn(Lang) -> String,
    ) -> Result<Layout<'a>, I18nError> {
        let t = r.locales.translator(lang);
        let absolute = |path: String| format!("{}{}", r.config.origin, path);
        Ok(Layout {
            lang,
            statics: r.statics,
            share_url: absolute(path_in(lang)),
            share_qr: r.statics.qr_codes.get(&path_in(lang)).map(String::as_str),
            preview: r
                .statics
                .previews
                .get(&path_in(lang))
                .map(|p| absolute(p.clone())),
            tools: vec![
                (
                    Address::new(lang, Page::Plan, None).path(),
                    "tools-plan-link",
                ),
                (
                    Address::new(lang, Page::Compare, None).path(),
                    "tools-compare-link",
                ),
            ],
            full_title: t.with("title-full", "title", &title)?,
            title,
            description,
            wide: false,
            canonical: absolute(path_in(lang)),
            indexable: true,
            x_default: absolute("/".to_owned()),
            alternates: Lang::ALL
                .iter()
                .map(|&l| (l, absolute(path_in(l))))
                .collect(),
            switch: Lang::ALL
                .iter()
                .map(|&l| LangLink {
                    lang: l,
                    href: path_in(l),
                    current: l == lang,
                })
                .collect(),
            home: Address::new(lang, Page::Overview, None).path(),
            manifest: Address::manifest(lang),
            checked_on: long_date(&t, &r.facts.checked_on)?,
            report: crate::layout::report_form::ReportPart::new(
                &r.config.report,
                lang,
                &path_in(lang),
            ),
        })
    }

    /// The share address in pieces that each end in `/`, so that it wraps only after a
    /// slash and never leaves a lone `/` on a line.
    pub fn share_url_parts(&self) -> Vec<&str> {
        url_wrap_parts(&self.share_url)
    }

    /// The other languages' Open Graph locales.
    pub fn og_alternates(&self) -> impl Iterator<Item = &'static str> + '_ {
        Lang::ALL
            .into_iter()
            .filter(|l| *l != self.lang)
            .map(Lang::og_locale)
    }
}

/// A QR code of `url` as an SVG image, dark on light whatever the theme. None if the URL is
/// `2026-11-25` as the reader's language writes a date (message `date-long`).
fn long_date(t: &Translator, iso: &str) -> Result<String, I18nError> {
    // validate() has checked that the facts file's date is a date.
    format_date(t, parse_iso_date(iso).unwrap_or_default())
}

/// A date as the reader's language writes it (message `date-long`). Every date on a page,
/// in an answer or in a calendar file comes from here or from [`format_date_range`].
pub fn format_date(t: &Translator, date: chrono::NaiveDate) -> Result<String, I18nError> {
    t.format("date-long", Some(&date_args(date)))
}

/// Two dates as the reader's language writes a range: `date-range`, or
/// `date-range-same-year`, which writes the year once (“1 February to 1 April 2027”,
/// “2027年2月1日至4月1日”).
pub fn format_date_range(
    t: &Translator,
    from: chrono::NaiveDate,
    until: chrono::NaiveDate,
) -> Result<String, I18nError> {
    use chrono::Datelike;
    let mut args = FluentArgs::new();
    args.set("from", format_date(t, from)?);
    args.set("until", format_date(t, until)?);
    if from.year() != until.year() {
        return t.format("date-range", Some(&args));
    }
    // The same month is written once (2026年12月1日至30日, 1 to 30 December 2026).
    if from.month() == until.month() {
        args.set("from_day", FluentValue::from(from.day()));
        args.set("until_day", FluentValue::from(until.day()));
        return t.format("date-range-same-month", Some(&args));
    }
    args.set(
        "from_short",
        t.format("date-short", Some(&date_args(from)))?,
    );
    args.set(
        "until_short",
        t.format("date-short", Some(&date_args(until)))?,
    );
    t.format("date-range-same-year", Some(&args))
}

fn date_args(date: chrono::NaiveDate) -> FluentArgs<'static> {
    use chrono::Datelike;
    let mut args = FluentArgs::new();
    args.set("year", FluentValue::from(date.year()));
    args.set("month", FluentValue::from(date.month()));
    args.set("day", FluentValue::from(date.day()));
    args
}

/// One entry of the operator filter.
pub struct FilterLink {
    pub label: String,
    pub href: String,
    pub current: bool,
}

/// The operator filter: "Which company is your SIM from?", with the current choice.
pub struct Filter {
    pub links: Vec<FilterLink>,
    /// The current choice's label ("All companies" or the company's name).
    pub current: String,
    /// Whether the page is filtered to one company.
    pub filtered: bool,
    /// The company's slug, or `all`.
    pub slug: &'static str,
}

impl Filter {
    /// What a message that depends on the company is given: `$operator`, the company's slug
    /// or `all`, for a select (“At Smart…” only where it is Smart's rule), and `$company`,
    /// its name.
    pub fn args(&self) -> FluentArgs<'static> {
        let mut args = FluentArgs::new();
        args.set("operator", self.slug);
        args.set("company", self.current.clone());
        args
    }

    pub(crate) fn new(
        t: &Translator,
        facts: &Facts,
        address: Address,
    ) -> Result<Filter, I18nError> {
        let links = std::iter::once(None)
            .chain(Operator::ALL.into_iter().map(Some))
            .map(|operator| {
                let label = match operator {
                    None => t.get("filter-all")?,
                    Some(op) => facts.contact(op).name.clone(),
                };
                Ok(FilterLink {
                    label,
                    href: address.with_operator(operator).path(),
                    current: operator == address.operator,
                })
            })
            .collect::<Result<Vec<_>, I18nError>>()?;
        let current = links
            .iter()
            .find(|l| l.current)
            .map(|l| l.label.clone())
            .unwrap_or_default();
        Ok(Filter {
            links,
            current,
            filtered: address.operator.is_some(),
            slug: address.operator.map_or("all", |op| op.slug()),
        })
    }
}

/// The title and description of a page, naming the operator when the page is filtered.
pub(crate) fn title_and_description(
    t: &Translator,
    facts: &Facts,
    slug: &str,
    operator: Option<Operator>,
) -> Result<(String, String), I18nError> {
    let title = t.get(&format!("{slug}-page-title"))?;
    let description = t.get(&format!("{slug}-page-description"))?;
    let Some(op) = operator else {
        return Ok((title, description));
    };
    let name = &facts.contact(op).name;
    let mut args = FluentArgs::new();
    args.set("operator", name.clone());
    args.set("title", title);
    args.set("description", description);
    // A company's overview is about that company from its title on ("Keep your Smart
    // number"); its other pages name the company after the page's own title.
    let title = match slug {
        "overview" => t.format("overview-page-title-operator", Some(&args))?,
        _ => t.format("title-for-operator", Some(&args))?,
    };
    Ok((title, t.format("description-for-operator", Some(&args))?))
}

/// A page's title as its `<h1>` and `og:title` give it (and its preview image shows).
pub fn page_title(t: &Translator, facts: &Facts, address: Address) -> Result<String, I18nError> {
    title_and_description(t, facts, address.page.slug(), address.operator).map(|(title, _)| title)
}

/// `https://example.org/km/smart/` → `https://example.org/`, `km/`, `smart/`: the origin whole,
/// then each path segment with its slash.
fn url_wrap_parts(url: &str) -> Vec<&str> {
    let origin_end = url.find("://").map_or(0, |i| i + 3);
    let path_start = url[origin_end..]
        .find('/')
        .map_or(url.len(), |i| origin_end + i + 1);
    std::iter::once(&url[..path_start])
        .chain(url[path_start..].split_inclusive('/'))
        .filter(|part| !part.is_empty())
        .collect()
}

/// The class of the "reported" tag (`fact-unconfirmed`), which a medium-confidence fact
/// carries wherever it is shown.
pub const REPORTED_TAG: &str = r#"class="tag tag-unconfirmed""#;

/// A page that shows the "reported" tag gets the tag's one-line legend at the top of its
/// footer (or, without a footer, at its end); a page without the tag is left as it is.
pub fn with_legend(t: &Translator, html: String) -> Result<String, crate::layout::RenderError> {
    if !html.contains(REPORTED_TAG) {
        return Ok(html);
    }
    let tag = format!(
        r#"<span {REPORTED_TAG}>{}</span>"#,
        crate::i18n::escape(&t.get("fact-unconfirmed")?)
    );
    let legend = format!(
        r#"<p class="legend">{}</p>"#,
        t.rich(
            "certainty-legend",
            &std::collections::BTreeMap::from([(
                "tag".to_owned(),
                crate::content::Value::Html(tag)
            )])
        )?
    );
    // In the footer, beside "information checked on": it explains the page's marks without
    // pushing the task down on a phone.
    let at = html.find(r#"<footer class="site-footer">"#).map(|footer| {
        html[footer..]
            .find("</nav>")
            .map_or(footer + r#"<footer class="site-footer">"#.len(), |nav| {
                footer + nav + "</nav>".len()
            })
    });
    let mut html = html;
    match at {
        Some(at) => html.insert_str(at, &legend),
        None => html.push_str(&legend),
    }
    Ok(html)
}

#[cfg(test)]
mod tests {
    use crate::i18n::Locales;
    use crate::lang::Lang;

    /// Issue 21: a range within one month writes the month and year once, in each
    /// language's shape; across months or years, as before.
    #[test]
    fn a_range_in_one_month_writes_the_month_once() {
        let locales = Locales::built_in().unwrap();
        let day = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap();
        let range = |lang, from, until| {
            super::format_date_range(&locales.translator(lang), from, until).unwrap()
        };
        let (first, last) = (day(2026, 12, 1), day(2026, 12, 30));
        assert_eq!(range(Lang::Zh, first, last), "2026年12月1日至30日");
        assert_eq!(range(Lang::En, first, last), "1 to 30 December 2026");
        assert_eq!(range(Lang::Km, first, last), "ពីថ្ងៃទី 1 ដល់ថ្ងៃទី 30 ខែធ្នូ ឆ្នាំ 2026");
        assert_eq!(
            range(Lang::Zh, day(2027, 2, 1), day(2027, 4, 1)),
            "2027年2月1日至4月1日"
        );
    }

    /// Issue 21: amounts as each language writes them.
    #[test]
    fn amounts_follow_each_languages_style() {
        use crate::i18n::format_amount;
        assert_eq!(format_amount(Lang::Zh, 5000), "5000");
        assert_eq!(format_amount(Lang::Zh, 10000), "1万");
        assert_eq!(format_amount(Lang::Zh, 12500), "12500");
        assert_eq!(format_amount(Lang::En, 5000), "5,000");
        assert_eq!(format_amount(Lang::Km, 1_000_000), "1,000,000");
        assert_eq!(format_amount(Lang::En, 100), "100");
    }

    #[test]
    fn a_url_wraps_only_after_a_path_slash() {
        let parts = super::url_wrap_parts("https://example.org/km/smart/kiosk/");
        assert_eq!(parts, ["https://example.org/", "km/", "smart/", "kiosk/"]);
        assert_eq!(
            super::url_wrap_parts("http://127.0.0.1:3000/"),
            ["http://127.0.0.1:3000/"]
        );
    }
}
