//! Rendering: turns (language, page, operator) into HTML with askama, once, at start-up.

use std::collections::{BTreeMap, HashMap};

use askama::Template;
use fluent_bundle::{FluentArgs, FluentValue};

use crate::address::Address;
use crate::content::{
    Channel, Column, Confidence, Fact, Facts, LifecycleEnd, Operator, Page, Topic, Value,
    parse_iso_date,
};
use crate::i18n::{I18nError, Locales, Translator};
use crate::lang::Lang;
use crate::reminder::{self, FormInput, InputError, ReminderRequest};

pub mod report;

/// Where the site is published; canonical and Open Graph URLs are absolute.
#[derive(Clone, Debug)]
pub struct SiteConfig {
    /// Scheme and host without a trailing slash, e.g. `https://example.org`.
    pub origin: String,
    /// The report form at each page's foot, a link instead, or nothing.
    pub report: report::ReportMode,
}

/// Fingerprinted paths of the static files pages refer to.
#[derive(Clone, Debug, Default)]
pub struct StaticPaths {
    /// e.g. `/static/site.0123abcd.css`
    pub stylesheet: String,
    /// The share button's script (progressive enhancement).
    pub share_script: String,
    pub favicon: String,
    /// Each page's QR code image, by the page's path.
    pub qr_codes: HashMap<String, String>,
}

/// Renders pages from the facts and the translations.
pub struct Renderer<'a> {
    pub facts: &'a Facts,
    pub locales: &'a Locales,
    pub config: &'a SiteConfig,
    pub statics: &'a StaticPaths,
}

#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    #[error("rendering {what}: {source}")]
    Template {
        what: String,
        #[source]
        source: askama::Error,
    },
    #[error(transparent)]
    I18n(#[from] I18nError),
    #[error("{0} is too long for a QR code")]
    QrCode(String),
}

fn template_error(what: impl Into<String>) -> impl FnOnce(askama::Error) -> RenderError {
    let what = what.into();
    move |source| RenderError::Template { what, source }
}

// ---- Views shared by every page ------------------------------------------------------

/// What base.html needs: the head, the language switch and the footer.
pub struct Layout<'a> {
    pub lang: Lang,
    pub statics: &'a StaticPaths,
    /// The address readers share: this page's absolute URL.
    pub share_url: String,
    /// The path of a QR code image of `share_url`.
    pub share_qr: Option<&'a str>,
    /// Links to the tool pages in this language: (href, message ID of the link text).
    pub tools: Vec<(String, &'static str)>,
    pub title: String,
    pub description: String,
    pub canonical: String,
    /// Error pages are not indexed and name no canonical URL or alternates.
    pub indexable: bool,
    pub x_default: String,
    /// (language, absolute URL) of this page in every language.
    pub alternates: Vec<(Lang, String)>,
    pub switch: Vec<LangLink>,
    /// The overview in this language, linked from the site name.
    pub home: String,
    pub checked_on: String,
    /// The report form (or link) at the foot of the page.
    pub report: report::ReportPart,
}

pub struct LangLink {
    pub lang: Lang,
    pub href: String,
    pub current: bool,
}

impl<'a> Layout<'a> {
    /// `path_in` gives the path of this same page in each language.
    fn new(
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
            tools: vec![
                (
                    Address::new(lang, Page::Reminder, None).path(),
                    "tools-reminder-link",
                ),
                (
                    Address::new(lang, Page::Compare, None).path(),
                    "tools-compare-link",
                ),
            ],
            title,
            description,
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
            checked_on: long_date(&t, &r.facts.checked_on)?,
            report: report::ReportPart::new(&r.config.report, lang, &path_in(lang)),
        })
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

/// `2026-11-25` as the reader's language writes a date (message `date-long`).
fn long_date(t: &Translator, iso: &str) -> Result<String, I18nError> {
    // validate() has checked that the facts file's date is a date.
    format_date(t, parse_iso_date(iso).unwrap_or_default())
}

/// A date as the reader's language writes it.
pub fn format_date(t: &Translator, date: chrono::NaiveDate) -> Result<String, I18nError> {
    use chrono::Datelike;
    let mut args = FluentArgs::new();
    args.set("year", FluentValue::from(date.year()));
    args.set("month", FluentValue::from(date.month()));
    args.set("day", FluentValue::from(date.day()));
    t.format("date-long", Some(&args))
}

/// One entry of the operator filter.
pub struct FilterLink {
    pub label: String,
    pub href: String,
    pub current: bool,
}

fn filter_links(
    t: &Translator,
    facts: &Facts,
    address: Address,
) -> Result<Vec<FilterLink>, I18nError> {
    std::iter::once(None)
        .chain(Operator::ALL.into_iter().map(Some))
        .map(|operator| {
            let label = match operator {
                None => t.get("filter-all")?,
                Some(op) => facts.contact(op).name.clone(),
            };
            let href = address.with_operator(operator).path();
            Ok(FilterLink {
                label,
                href,
                current: operator == address.operator,
            })
        })
        .collect()
}

/// A fact, ready for a template: its sentence as HTML and where it comes from.
pub struct FactView {
    pub html: String,
    pub sources: Vec<SourceLink>,
    pub unconfirmed: bool,
    /// (amount as the reader writes it, days)
    pub validity: Vec<(String, i64)>,
}

#[derive(Clone)]
pub struct SourceLink {
    pub label: String,
    pub url: Option<String>,
}

/// The facts of one section, plus a note for each operator the section has nothing
/// specific on, saying whom to ask.
pub struct FactList {
    pub facts: Vec<FactView>,
    pub ask_operator: Vec<String>,
}

impl FactList {
    pub fn is_empty(&self) -> bool {
        self.facts.is_empty() && self.ask_operator.is_empty()
    }
}

fn fact_view(t: &Translator, facts: &Facts, fact: &Fact) -> Result<FactView, I18nError> {
    let sources = fact
        .sources
        .iter()
        .map(|id| {
            let source = facts.source(id);
            SourceLink {
                label: source.label().to_owned(),
                url: source.url.clone(),
            }
        })
        .collect();
    let validity = fact
        .validity
        .iter()
        .map(|row| {
            let mut args = FluentArgs::new();
            args.set("usd", FluentValue::from(row.usd));
            Ok((t.format("fact-amount-usd", Some(&args))?, row.days))
        })
        .collect::<Result<_, I18nError>>()?;
    Ok(FactView {
        html: t.rich(&fact.message_id(), &fact.values)?,
        sources,
        unconfirmed: fact.confidence == Confidence::Medium,
        validity,
    })
}

/// The facts under `topic` for the reader's filter, leaving out `except` (facts a page
/// draws in its own way). With `ask_when_missing`, every operator in the filter that no
/// fact names gets a note with its website or hotline instead.
fn fact_list(
    t: &Translator,
    facts: &Facts,
    topic: Topic,
    operator: Option<Operator>,
    except: Option<&str>,
    ask_when_missing: bool,
) -> Result<FactList, I18nError> {
    let shown: Vec<&Fact> = facts
        .for_topic(topic, operator)
        .filter(|fact| Some(fact.id.as_str()) != except)
        .collect();
    let views = shown
        .iter()
        .map(|fact| fact_view(t, facts, fact))
        .collect::<Result<_, _>>()?;
    let mut ask_operator = Vec::new();
    if ask_when_missing {
        let in_filter: Vec<Operator> = operator.map_or(Operator::ALL.to_vec(), |op| vec![op]);
        for op in in_filter {
            if !shown.iter().any(|f| f.operators.contains(&op)) {
                ask_operator.push(ask_operator_html(t, facts, op, "ask-operator")?);
            }
        }
    }
    Ok(FactList {
        facts: views,
        ask_operator,
    })
}

/// "Nothing confirmed: ask X" with whatever contact facts.toml has for X. `family` is the
/// message family: `ask-operator` (under a section) or `compare-not-confirmed` (in a table
/// cell), each with the variants `-website-hotline`, `-website`, `-hotline` and `-store`.
fn ask_operator_html(
    t: &Translator,
    facts: &Facts,
    operator: Operator,
    family: &str,
) -> Result<String, I18nError> {
    let contact = facts.contact(operator);
    let mut values = BTreeMap::from([("operator".to_owned(), Value::Text(contact.name.clone()))]);
    if let Some(site) = &contact.website {
        values.insert(
            "website".into(),
            Value::Link {
                link: site.value.clone(),
            },
        );
    }
    if let Some(hotline) = &contact.hotline {
        values.insert("hotline".into(), Value::Text(hotline.value.clone()));
    }
    let variant = match (&contact.website, &contact.hotline) {
        (Some(_), Some(_)) => "website-hotline",
        (Some(_), None) => "website",
        (None, Some(_)) => "hotline",
        (None, None) => "store",
    };
    t.rich(&format!("{family}-{variant}"), &values)
}

/// The title and description of a page, naming the operator when the page is filtered.
fn title_and_description(
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
    Ok((
        t.format("title-for-operator", Some(&args))?,
        t.format("description-for-operator", Some(&args))?,
    ))
}

// ---- Pages ---------------------------------------------------------------------------

#[derive(Template)]
#[template(path = "overview.html")]
struct OverviewPage<'a> {
    t: Translator<'a>,
    layout: Layout<'a>,
    filter: Vec<FilterLink>,
    operator_name: Option<String>,
    stages_lead: Option<FactView>,
    stages: Vec<String>,
    about: FactList,
    lifecycle: FactList,
    check: FactList,
    watch: FactList,
    channels: Vec<ChannelCard>,
}

pub struct ChannelCard {
    pub slug: &'static str,
    pub href: String,
}

#[derive(Template)]
#[template(path = "channel.html")]
struct ChannelPage<'a> {
    t: Translator<'a>,
    layout: Layout<'a>,
    filter: Vec<FilterLink>,
    operator_name: Option<String>,
    slug: &'static str,
    overview_href: String,
    details: FactList,
    others: Vec<ChannelCard>,
}

impl ChannelPage<'_> {
    /// This channel's message `<slug>-<part>`.
    fn text(&self, part: &str) -> Result<String, I18nError> {
        self.t.get(&format!("{}-{part}", self.slug))
    }

    /// This channel's numbered messages `<slug>-<part>-1`, `-2`, …
    fn list(&self, part: &str) -> Result<Vec<String>, I18nError> {
        self.t.numbered(&format!("{}-{part}", self.slug))
    }
}

#[derive(Template)]
#[template(path = "not_found.html")]
struct NotFoundPage<'a> {
    t: Translator<'a>,
    layout: Layout<'a>,
    /// (language, overview path, link text in that language)
    homes: Vec<(Lang, String, String)>,
}

/// What the reminder page shows.
pub enum ReminderState {
    Blank,
    Answer(ReminderRequest),
    Refused(FormInput, InputError),
}

pub struct StageView {
    pub text: String,
    pub sources: Vec<SourceLink>,
}

pub struct ReminderAnswer {
    pub heading: String,
    pub stages: Vec<StageView>,
    pub calendar_href: String,
}

#[derive(Template)]
#[template(path = "reminder.html")]
struct ReminderPage<'a> {
    t: Translator<'a>,
    layout: Layout<'a>,
    form: FormInput,
    /// (slug, name, selected)
    operators: Vec<(&'static str, String, bool)>,
    error: Option<String>,
    answer: Option<ReminderAnswer>,
}

pub struct CompareCellView {
    pub html: String,
    pub sources: Vec<SourceLink>,
    pub confirmed: bool,
}

pub struct CompareRow {
    pub name: String,
    pub href: String,
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

#[derive(Template)]
#[template(path = "sitemap.xml")]
struct Sitemap {
    /// (URL, [(hreflang, URL)])
    urls: Vec<(String, Vec<(&'static str, String)>)>,
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
    /// One page of the guide.
    pub fn page(&self, address: Address) -> Result<String, RenderError> {
        let (facts, t) = (self.facts, self.locales.translator(address.lang));
        let layout = Layout::new(
            self,
            address.lang,
            title_and_description(&t, facts, address.page.slug(), address.operator)?,
            |lang| address.in_lang(lang).path(),
        )?;
        let filter = filter_links(&t, facts, address)?;
        let operator_name = address.operator.map(|op| facts.contact(op).name.clone());
        let what = address.path();
        let op = address.operator;
        match address.page {
            Page::Overview => {
                let stages_fact = facts.fact(STAGES_FACT);
                let page = OverviewPage {
                    stages_lead: stages_fact.map(|f| fact_view(&t, facts, f)).transpose()?,
                    stages: overview_stages(&t, stages_fact)?,
                    about: fact_list(&t, facts, Topic::About, op, None, false)?,
                    // The regulator's stages are drawn as a timeline; the list has the rest.
                    lifecycle: fact_list(
                        &t,
                        facts,
                        Topic::Lifecycle,
                        op,
                        Some(STAGES_FACT),
                        false,
                    )?,
                    check: fact_list(&t, facts, Topic::Check, op, None, true)?,
                    watch: fact_list(&t, facts, Topic::Watch, op, None, false)?,
                    channels: channel_cards(address, |_| true),
                    t,
                    layout,
                    filter,
                    operator_name,
                };
                page.render().map_err(template_error(what))
            }
            Page::Channel(channel) => {
                let page = ChannelPage {
                    details: fact_list(&t, facts, channel.into(), op, None, true)?,
                    slug: channel.slug(),
                    overview_href: Address {
                        page: Page::Overview,
                        ..address
                    }
                    .path(),
                    others: channel_cards(address, |ch| ch != channel),
                    t,
                    layout,
                    filter,
                    operator_name,
                };
                page.render().map_err(template_error(what))
            }
            Page::Reminder => self.reminder(address.lang, ReminderState::Blank),
            Page::Compare => self.compare(address.lang, layout),
        }
    }

    /// The reminder page: blank, with a number's dates, or with what to fix in the form.
    pub fn reminder(&self, lang: Lang, state: ReminderState) -> Result<String, RenderError> {
        let t = self.locales.translator(lang);
        let address = Address::new(lang, Page::Reminder, None);
        let query = match &state {
            ReminderState::Blank => String::new(),
            ReminderState::Answer(request) => {
                format!(
                    "?operator={}&ends={}",
                    request.operator,
                    request.ends.format("%Y-%m-%d")
                )
            }
            ReminderState::Refused(input, _) => format!(
                "?{}",
                form_urlencoded::Serializer::new(String::new())
                    .append_pair("operator", &input.operator)
                    .append_pair("ends", &input.ends)
                    .finish()
            ),
        };
        let title = title_and_description(&t, self.facts, "reminder", None)?;
        let layout = Layout::new(self, lang, title, |l| {
            format!("{}{query}", address.in_lang(l).path())
        })?;
        // Answers and errors depend on what was typed: not pages to index.
        let layout = Layout {
            indexable: matches!(state, ReminderState::Blank),
            ..layout
        };
        let (form, error, answer) = match state {
            ReminderState::Blank => (FormInput::default(), None, None),
            ReminderState::Answer(request) => {
                let form = FormInput {
                    operator: request.operator.to_string(),
                    ends: request.ends.to_string(),
                };
                (
                    form,
                    None,
                    Some(self.reminder_answer(&t, address, request)?),
                )
            }
            ReminderState::Refused(input, error) => (input, Some(t.get(error.message_id())?), None),
        };
        let operators = Operator::ALL
            .iter()
            .map(|&op| {
                (
                    op.slug(),
                    self.facts.contact(op).name.clone(),
                    op.slug() == form.operator,
                )
            })
            .collect();
        ReminderPage {
            t,
            layout,
            form,
            operators,
            error,
            answer,
        }
        .render()
        .map_err(template_error(format!("reminder page ({lang})")))
    }

    fn reminder_answer(
        &self,
        t: &Translator,
        address: Address,
        request: ReminderRequest,
    ) -> Result<ReminderAnswer, RenderError> {
        let name = &self.facts.contact(request.operator).name;
        let stages = reminder::timeline(self.facts, request)
            .into_iter()
            .map(|stage| {
                let mut args = FluentArgs::new();
                args.set("operator", name.clone());
                args.set("from", format_date(t, stage.from)?);
                if let Some(until) = stage.until {
                    args.set("until", format_date(t, until)?);
                }
                let fact = self.facts.fact(&stage.fact).expect("lifecycle facts exist");
                Ok(StageView {
                    text: t.format(stage.kind.message_id(), Some(&args))?,
                    sources: fact_view(t, self.facts, fact)?.sources,
                })
            })
            .collect::<Result<_, I18nError>>()?;
        let mut args = FluentArgs::new();
        args.set("operator", name.clone());
        Ok(ReminderAnswer {
            heading: t.format("reminder-answer-heading", Some(&args))?,
            stages,
            calendar_href: format!(
                "{}calendar.ics?operator={}&ends={}",
                address.path(),
                request.operator,
                request.ends.format("%Y-%m-%d")
            ),
        })
    }

    /// A calendar file (RFC 5545) with the validity date and alerts before it, in `lang`.
    pub fn calendar(&self, lang: Lang, request: ReminderRequest) -> Result<String, RenderError> {
        use icalendar::{Alarm, Calendar, Component, EventLike, Trigger};
        let t = self.locales.translator(lang);
        let name = &self.facts.contact(request.operator).name;
        let mut args = FluentArgs::new();
        args.set("operator", name.clone());
        args.set("date", format_date(&t, request.ends)?);
        let mut description = vec![t.format("reminder-ics-description", Some(&args))?];
        if let Some(card) = self.facts.compare_cell(request.operator, Column::Card)
            && let Some(Value::Ussd { ussd }) = card.values.get("code")
        {
            let mut code_args = FluentArgs::new();
            code_args.set("code", t.ussd_text(ussd)?);
            description.push(t.format("reminder-ics-card-code", Some(&code_args))?);
        }
        description.push(t.get("reminder-ics-channels")?);
        for channel in Channel::ALL {
            let page = Address::new(lang, Page::Channel(channel), Some(request.operator));
            let title = t.get(&format!("{}-heading", channel.slug()))?;
            description.push(format!("{title}: {}{}", self.config.origin, page.path()));
        }
        let reminder_page = Address::new(lang, Page::Reminder, None).path();
        let mut event = icalendar::Event::new();
        event
            .uid(&format!(
                "{}-{}@keep-your-number",
                request.operator,
                request.ends.format("%Y%m%d")
            ))
            .summary(&t.format("reminder-ics-summary", Some(&args))?)
            .description(&description.join("\n"))
            .url(&format!("{}{reminder_page}", self.config.origin))
            // An all-day event ends, exclusively, on the next day (RFC 5545 3.6.1).
            .starts(request.ends)
            .ends(request.ends.succ_opt().unwrap_or(request.ends));
        for days in reminder::ALERT_DAYS_BEFORE {
            let mut alert_args = FluentArgs::new();
            alert_args.set("operator", name.clone());
            alert_args.set("days", FluentValue::from(days));
            let text = t.format("reminder-ics-alert", Some(&alert_args))?;
            event.alarm(Alarm::display(
                &text,
                Trigger::before_start(chrono::Duration::days(days as i64)),
            ));
        }
        let mut calendar = Calendar::new();
        calendar.name(&t.get("site-name")?).push(event.done());
        Ok(calendar.done().to_string())
    }

    /// Every operator side by side, each cell with its source or whom to ask.
    fn compare(&self, lang: Lang, layout: Layout<'_>) -> Result<String, RenderError> {
        let t = self.locales.translator(lang);
        let rows = Operator::ALL
            .into_iter()
            .map(|op| {
                let mut cells = Column::ALL
                    .into_iter()
                    .map(|column| match self.facts.compare_cell(op, column) {
                        Some(fact) => {
                            let cell = fact.compare.as_ref().expect("compare_cell has one");
                            let value = BTreeMap::from([(
                                "value".to_owned(),
                                fact.values[&cell.value].clone(),
                            )]);
                            Ok(CompareCellView {
                                html: t.rich("compare-cell", &value)?,
                                sources: fact_view(&t, self.facts, fact)?.sources,
                                confirmed: true,
                            })
                        }
                        None => Ok(CompareCellView {
                            html: ask_operator_html(&t, self.facts, op, "compare-not-confirmed")?,
                            sources: Vec::new(),
                            confirmed: false,
                        }),
                    })
                    .collect::<Result<Vec<_>, I18nError>>()?;
                cells.push(self.lifecycle_cell(&t, op)?);
                Ok(CompareRow {
                    name: self.facts.contact(op).name.clone(),
                    href: Address::new(lang, Page::Overview, Some(op)).path(),
                    cells,
                })
            })
            .collect::<Result<_, I18nError>>()?;
        let columns = Column::ALL
            .iter()
            .map(|c| format!("compare-column-{}", c.slug()))
            .chain(["compare-column-days".to_owned()])
            .collect();
        ComparePage {
            t,
            layout,
            columns,
            rows,
        }
        .render()
        .map_err(template_error(format!("compare page ({lang})")))
    }

    /// "Days from validity end until the number may be lost", by the operator's rule.
    fn lifecycle_cell(
        &self,
        t: &Translator,
        operator: Operator,
    ) -> Result<CompareCellView, I18nError> {
        let life = self.facts.lifecycle(operator);
        let blocked = life.outgoing_days + life.incoming_days;
        let mut args = FluentArgs::new();
        let id = match life.end {
            LifecycleEnd::Resale { within_days } => {
                args.set("from", FluentValue::from(blocked + 1));
                args.set("until", FluentValue::from(blocked + within_days));
                "compare-days-resale"
            }
            LifecycleEnd::Restore { days } => {
                args.set("from", FluentValue::from(blocked + 1));
                args.set("until", FluentValue::from(blocked + days));
                "compare-days-restore"
            }
            LifecycleEnd::Deleted { after_days } => {
                args.set("from", FluentValue::from(after_days + 1));
                "compare-days-deleted"
            }
        };
        let fact = self
            .facts
            .fact(&life.end_fact)
            .expect("lifecycle facts exist");
        Ok(CompareCellView {
            html: crate::i18n::escape(&t.format(id, Some(&args))?),
            sources: fact_view(t, self.facts, fact)?.sources,
            confirmed: true,
        })
    }

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
            report: report::ReportPart::Off,
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
        let layout = Layout::new(self, lang, title, |l| {
            Address::new(l, Page::Overview, None).path()
        })?;
        // Shared and indexed as `/`, which sends each reader to their language.
        let layout = Layout {
            canonical: layout.x_default.clone(),
            share_url: layout.x_default.clone(),
            share_qr: self.statics.qr_codes.get("/").map(String::as_str),
            report: report::ReportPart::Off,
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

/// Links to channel pages, keeping the reader's language and operator filter.
fn channel_cards(address: Address, keep: impl Fn(Channel) -> bool) -> Vec<ChannelCard> {
    Channel::ALL
        .into_iter()
        .filter(|&ch| keep(ch))
        .map(|ch| ChannelCard {
            slug: ch.slug(),
            href: Address {
                page: Page::Channel(ch),
                ..address
            }
            .path(),
        })
        .collect()
}

/// The fact whose numbers the overview draws as the number's timeline.
const STAGES_FACT: &str = "trc-stages";

/// The regulator's stages after validity ends, one sentence each, from fact `trc-stages`.
fn overview_stages(t: &Translator, fact: Option<&Fact>) -> Result<Vec<String>, I18nError> {
    let Some(fact) = fact else {
        return Ok(Vec::new());
    };
    let days = |name: &str| match fact.values.get(name) {
        Some(Value::Number(n)) => *n,
        _ => 0,
    };
    let (outgoing, incoming, resale) = (
        days("outgoing_days"),
        days("incoming_days"),
        days("resale_days"),
    );
    let mut args = FluentArgs::new();
    args.set("outgoing_days", FluentValue::from(outgoing));
    args.set("incoming_days", FluentValue::from(incoming));
    args.set("resale_days", FluentValue::from(resale));
    // Day numbers counted from the day after validity ends.
    args.set("outgoing_end", FluentValue::from(outgoing));
    args.set("incoming_start", FluentValue::from(outgoing + 1));
    args.set("incoming_end", FluentValue::from(outgoing + incoming));
    args.set("resale_start", FluentValue::from(outgoing + incoming + 1));
    args.set(
        "resale_end",
        FluentValue::from(outgoing + incoming + resale),
    );
    [
        "overview-stage-valid",
        "overview-stage-outgoing",
        "overview-stage-incoming",
        "overview-stage-resale",
    ]
    .into_iter()
    .map(|id| t.format(id, Some(&args)))
    .collect()
}
