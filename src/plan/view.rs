//! The plan, `/{lang}/plan/`: a form, and per request where a number stands today, its
//! timeline, what to do now from where the reader is, and how to keep it through an
//! absence; and the slip for someone in Cambodia (`/{lang}/plan/slip/`).

use askama::Template;
use chrono::{DateTime, NaiveDate, Utc};
use fluent_bundle::{FluentArgs, FluentValue};

use crate::address::Address;
use crate::content::{Channel, Column, Operator, Page, Value};
use crate::form::FormError;
use crate::i18n::{I18nError, Translator};
use crate::lang::Lang;
use crate::layout::base::{Layout, format_date, title_and_description};
use crate::layout::facts::{SourceLink, ask_operator_html, fact_view, source_links};
use crate::layout::qr::qr_svg;
use crate::layout::timeline::{Timeline, timeline_on};
use crate::layout::{RenderError, Renderer, template_error};
use crate::plan::absence::{self, Schedule, Way};
use crate::plan::slip::{self, SlipInput, SlipRequest};
use crate::plan::{
    self, Place, PlanInput, PlanRequest, StageKind, Standing, day_date, day_number, standing,
};

/// What the plan page shows.
pub enum PlanState {
    Blank,
    /// The blank form with the company chosen (`?operator=…` alone).
    Company(Operator),
    /// A number's plan at `now` (today is the date in Cambodia).
    Answer(PlanRequest, DateTime<Utc>),
    Refused(PlanInput, FormError),
}

/// "Today": where the number stands, and what to do.
pub struct TodayView {
    /// Days since the validity ended (negative before).
    pub day: i64,
    /// `valid`, a stage's slug (`outgoing`, …), or `past`.
    pub slug: &'static str,
    pub heading: String,
    /// The stage's name, after the end.
    pub stage: Option<String>,
    /// What still works, what to do now (and the stage's last day when no stage follows):
    /// one sentence each.
    pub lines: Vec<String>,
    /// What the next stage brings, from its first day.
    pub next: Option<NextView>,
    pub unconfirmed: bool,
    pub sources: Vec<SourceLink>,
}

/// The stage after today's, said as what changes on its first day.
pub struct NextView {
    pub html: String,
    /// The next stage rests on a reported source only.
    pub unconfirmed: bool,
}

/// One way to top up from where the reader is.
pub struct WayView {
    pub html: String,
    pub href: Option<String>,
    pub unconfirmed: bool,
    pub sources: Vec<SourceLink>,
}

/// What to do from one place.
pub struct PlaceView {
    pub slug: &'static str,
    pub heading: String,
    pub ways: Vec<WayView>,
    /// Nothing confirmed works from here: said plainly, pointing to the slip.
    pub none_confirmed: Option<String>,
}

/// One option of top-ups through an absence.
pub struct OptionView {
    pub heading: String,
    /// (top up by, amount and way, valid until)
    pub rows: Vec<(String, String, String)>,
    pub total: String,
}

pub struct AbsenceView {
    pub intro: String,
    /// Nothing to do before the return.
    pub enough: Option<String>,
    pub options: Vec<OptionView>,
    pub counting: Option<String>,
    pub year: Option<String>,
    /// Days per amount are not known: plan by end dates.
    pub unknown: Option<String>,
    pub sources: Vec<SourceLink>,
}

pub struct PlanAnswer {
    pub heading: String,
    pub today: TodayView,
    pub timeline: Timeline,
    /// No stage holds today: the marker comes after the last stage.
    pub today_after_all: bool,
    pub places: Vec<PlaceView>,
    pub absence: Option<AbsenceView>,
    /// `None` when every date has passed.
    pub calendar_href: Option<String>,
    /// The amount the slip's form suggests: the first planned top-up's.
    pub slip_amount: String,
}

#[derive(Template)]
#[template(path = "plan.html")]
struct PlanPage<'a> {
    t: Translator<'a>,
    layout: Layout<'a>,
    form: PlanInput,
    /// (slug, name, selected)
    operators: Vec<(&'static str, String, bool)>,
    /// (value, label, selected): both places (no value), Cambodia, abroad.
    places: Vec<(&'static str, String, bool)>,
    error: Option<String>,
    answer: Option<PlanAnswer>,
    slip_action: String,
    /// (code, name in its own language, selected)
    helpers: Vec<(&'static str, &'static str, bool)>,
}

impl Renderer<'_> {
    /// The plan page: blank, with a number's plan, or with what to fix in the form.
    pub fn plan(&self, lang: Lang, state: PlanState) -> Result<String, RenderError> {
        let t = self.locales.translator(lang);
        let address = Address::new(lang, Page::Plan, None);
        let query = match &state {
            PlanState::Blank => String::new(),
            PlanState::Company(op) => format!("?operator={op}"),
            PlanState::Answer(request, _) => request.query(),
            PlanState::Refused(input, _) => input.query(),
        };
        let title = title_and_description(&t, self.facts, "plan", None)?;
        let layout = Layout::new(self, lang, title, |l| {
            format!("{}{query}", address.in_lang(l).path())
        })?;
        // Answers and errors depend on what was typed: not pages to index.
        let layout = Layout {
            indexable: matches!(state, PlanState::Blank),
            ..layout
        };
        let (form, error, answer) = match state {
            PlanState::Blank => (PlanInput::default(), None, None),
            PlanState::Company(op) => (
                PlanInput {
                    operator: op.to_string(),
                    ..PlanInput::default()
                },
                None,
                None,
            ),
            PlanState::Answer(request, now) => (
                PlanInput::of(&request),
                None,
                Some(self.plan_answer(&t, lang, request, now)?),
            ),
            PlanState::Refused(input, error) => (input, Some(t.get(error.message_id())?), None),
        };
        let operators = self.operator_choices(&form.operator);
        // The two places first; "show both" (the default) last, as the answer to "where
        // are you now?" that is not a place.
        let places = [
            ("cambodia", "plan-where-cambodia"),
            ("abroad", "plan-where-abroad"),
            ("", "plan-where-both"),
        ]
        .into_iter()
        .map(|(slug, id)| Ok((slug, t.get(id)?, slug == form.place)))
        .collect::<Result<_, I18nError>>()?;
        PlanPage {
            t,
            layout,
            form,
            operators,
            places,
            error,
            answer,
            slip_action: format!("{}slip/", address.path()),
            helpers: helper_choices(lang.code()),
        }
        .render()
        .map_err(template_error(format!("plan page ({lang})")))
        .and_then(|html| crate::layout::base::with_legend(&t, html))
    }

    fn operator_choices(&self, chosen: &str) -> Vec<(&'static str, String, bool)> {
        Operator::ALL
            .iter()
            .map(|&op| {
                (
                    op.slug(),
                    self.facts.contact(op).name.clone(),
                    op.slug() == chosen,
                )
            })
            .collect()
    }

    fn plan_answer(
        &self,
        t: &Translator,
        lang: Lang,
        request: PlanRequest,
        now: DateTime<Utc>,
    ) -> Result<PlanAnswer, RenderError> {
        let today = now.with_timezone(&crate::clock::cambodia()).date_naive();
        let day = day_number(request.ends, today);
        let name = &self.facts.contact(request.operator).name;
        let timeline = timeline_on(t, self.facts, request.operator, request.ends, day)?;
        let today_after_all = !timeline.stages.iter().any(|s| s.today);
        let absence = match request.away_until {
            Some(back) => Some(self.absence(t, request, back, today)?),
            None => None,
        };
        let deadlines = plan::calendar::deadlines(self.facts, request, now);
        let calendar_href = (!deadlines.is_empty()).then(|| {
            format!(
                "{}calendar.ics{}",
                Address::new(lang, Page::Plan, None).path(),
                request.query()
            )
        });
        let slip_amount = request
            .away_until
            .and_then(|back| {
                let need = absence::days_needed(request.ends, today, back);
                let offers = absence::offers(self.facts, request.operator);
                absence::cheapest(&offers, need)?.first().map(|o| o.cents)
            })
            .map(slip::amount_text)
            .unwrap_or_default();
        Ok(PlanAnswer {
            heading: t.with("plan-answer-heading", "operator", name)?,
            today: self.today_view(t, request, today)?,
            timeline,
            today_after_all,
            places: self.places(t, lang, request)?,
            absence,
            calendar_href,
            slip_amount,
        })
    }

    /// "Today": the days left, or the stage the number is in and what to do.
    fn today_view(
        &self,
        t: &Translator,
        request: PlanRequest,
        today: NaiveDate,
    ) -> Result<TodayView, I18nError> {
        let day = day_number(request.ends, today);
        let op = request.operator;
        let name = self.facts.contact(op).name.clone();
        let mut args = FluentArgs::new();
        args.set("operator", name.clone());
        args.set("day", FluentValue::from(day));
        args.set("date", format_date(t, today)?);
        args.set("ends", format_date(t, request.ends)?);
        let heading = t.format("plan-today-heading", Some(&args))?;
        let ask = ask_operator_html(t, self.facts, op, "plan-ask")?;
        args.set("ask", ask);
        let codes_until = plan::last_code_day(self.facts, op);
        args.set("last", FluentValue::from(codes_until));
        args.set(
            "last_date",
            format_date(t, day_date(request.ends, codes_until))?,
        );
        let mut lines = Vec::new();
        let mut stage_name = None;
        let mut fact = None;
        let mut slug = "valid";
        let mut next = None;
        let mut next_fact = None;
        match standing(self.facts, op, day) {
            Standing::Valid { days_left: 0 } => {
                lines.push(t.format("plan-today-last-day", Some(&args))?);
            }
            Standing::Valid { days_left } => {
                args.set("days", FluentValue::from(days_left));
                lines.push(t.format("plan-today-left", Some(&args))?);
            }
            Standing::In(stage) => {
                slug = stage.kind.slug();
                stage_name =
                    Some(t.format(&format!("stage-{}-title", stage.kind.slug()), Some(&args))?);
                lines.push(t.format("plan-today-day", Some(&args))?);
                let (works, todo) = match stage.kind {
                    StageKind::OutgoingBlocked => ("plan-today-codes-until", "plan-today-top-up"),
                    StageKind::AllBlocked => ("plan-today-codes-stopped", "plan-today-top-up"),
                    StageKind::Resale => ("plan-today-codes-stopped", "plan-today-resale"),
                    StageKind::Restore => ("plan-today-codes-stopped", "plan-today-restore"),
                    StageKind::Deleted | StageKind::Ends => {
                        ("plan-today-codes-stopped", "plan-today-deleted")
                    }
                };
                lines.push(t.format(works, Some(&args))?);
                lines.push(t.format(todo, Some(&args))?);
                if let Some(last) = stage.last_day {
                    let following = self
                        .facts
                        .stages(Some(op))
                        .into_iter()
                        .find(|s| s.first_day == last + 1);
                    match following {
                        // What the next stage brings, from its first day: the reader sees
                        // how long this one lasts without a "last day of this stage" line.
                        Some(following) => {
                            args.set(
                                "date",
                                format_date(t, day_date(request.ends, following.first_day))?,
                            );
                            let until = following.last_day.map(|d| day_date(request.ends, d));
                            args.set(
                                "until",
                                match until {
                                    Some(date) => FluentValue::from(format_date(t, date)?),
                                    None => FluentValue::from("none"),
                                },
                            );
                            let html = t.format(
                                &format!("plan-next-{}", following.kind.slug()),
                                Some(&args),
                            )?;
                            if following.fact != stage.fact {
                                next_fact = Some(following.fact.clone());
                            }
                            next = Some(NextView {
                                html,
                                unconfirmed: !following.confirmed,
                            });
                        }
                        None => {
                            args.set("stage_end", format_date(t, day_date(request.ends, last))?);
                            lines.push(t.format("plan-today-stage-ends", Some(&args))?);
                        }
                    }
                }
                fact = Some((stage.fact, stage.confirmed));
            }
            Standing::Past { last_day } => {
                slug = "past";
                args.set("last", FluentValue::from(last_day));
                lines.push(t.format("plan-today-day", Some(&args))?);
                lines.push(t.format("plan-today-past", Some(&args))?);
                fact = self
                    .facts
                    .stages(Some(op))
                    .into_iter()
                    .last()
                    .map(|s| (s.fact, s.confirmed));
            }
        }
        let (mut sources, unconfirmed) = match fact {
            Some((id, confirmed)) => (
                self.facts
                    .fact(&id)
                    .map(|f| source_links(self.facts, &f.sources))
                    .unwrap_or_default(),
                !confirmed,
            ),
            None => (Vec::new(), false),
        };
        if let Some(f) = next_fact.and_then(|id| self.facts.fact(&id)) {
            for link in source_links(self.facts, &f.sources) {
                if !sources.iter().any(|s| s.label == link.label) {
                    sources.push(link);
                }
            }
        }
        Ok(TodayView {
            day,
            slug,
            heading,
            stage: stage_name,
            lines,
            next,
            unconfirmed,
            sources,
        })
    }

    /// What to do now, from where the reader is (both places without `where`, Cambodia
    /// first): only the ways that work there, each with its confidence.
    fn places(
        &self,
        t: &Translator,
        lang: Lang,
        request: PlanRequest,
    ) -> Result<Vec<PlaceView>, I18nError> {
        let op = request.operator;
        let name = &self.facts.contact(op).name;
        let places = match request.place {
            Some(place) => vec![place],
            None => Place::ALL.to_vec(),
        };
        places
            .into_iter()
            .map(|place| {
                let heading = t.get(&format!("plan-where-{}", place.slug()))?;
                let (ways, none_confirmed) = match place {
                    Place::Cambodia => (self.ways_in_cambodia(t, lang, op)?, None),
                    Place::Abroad => {
                        let ways = self
                            .facts
                            .facts
                            .iter()
                            .filter(|f| f.abroad.contains(&op))
                            .map(|f| {
                                let view = fact_view(t, self.facts, f)?;
                                Ok(WayView {
                                    html: view.html,
                                    href: None,
                                    unconfirmed: view.unconfirmed,
                                    sources: view.sources,
                                })
                            })
                            .collect::<Result<Vec<_>, I18nError>>()?;
                        // "Not known" only where no fact names a way: a reported way
                        // is shown with its tag, never contradicted by a summary line.
                        let none = ways
                            .is_empty()
                            .then(|| t.with("plan-abroad-none", "operator", name))
                            .transpose()?;
                        (ways, none)
                    }
                };
                Ok(PlaceView {
                    slug: place.slug(),
                    heading,
                    ways,
                    none_confirmed,
                })
            })
            .collect()
    }

    /// In Cambodia: the company's scratch-card code where one is known, and the four ways,
    /// each a link to its page for the company.
    fn ways_in_cambodia(
        &self,
        t: &Translator,
        lang: Lang,
        op: Operator,
    ) -> Result<Vec<WayView>, I18nError> {
        let mut ways = Vec::new();
        if let Some(card) = self.facts.compare_cell(op, Column::Card)
            && let Some(Value::Ussd { ussd }) = card.values.get("code")
        {
            let mut args = FluentArgs::new();
            args.set("code", t.ussd_html(ussd)?);
            ways.push(WayView {
                html: t.format("plan-card-code", Some(&args))?,
                href: None,
                unconfirmed: !card.confirms("code"),
                sources: source_links(self.facts, &card.sources),
            });
        }
        for channel in Channel::ALL {
            ways.push(WayView {
                html: crate::i18n::escape(&t.get(&format!("{}-heading", channel.slug()))?),
                href: Some(Address::new(lang, Page::Channel(channel), Some(op)).path()),
                unconfirmed: false,
                sources: Vec::new(),
            });
        }
        Ok(ways)
    }

    /// Keeping the number until `back`: the top-ups with their dates, amounts and totals
    /// where the days per amount are known, else the plan by end dates.
    fn absence(
        &self,
        t: &Translator,
        request: PlanRequest,
        back: NaiveDate,
        today: NaiveDate,
    ) -> Result<AbsenceView, I18nError> {
        let op = request.operator;
        let name = self.facts.contact(op).name.clone();
        let mut args = FluentArgs::new();
        args.set("operator", name.clone());
        args.set("back", format_date(t, back)?);
        args.set("ends", format_date(t, request.ends)?);
        let intro = t.format("plan-away-intro", Some(&args))?;
        let need = absence::days_needed(request.ends, today, back);
        let first_due = absence::first_due(request.ends, today);
        let offers = absence::offers(self.facts, op);
        let sources = self
            .facts
            .facts
            .iter()
            .filter(|f| {
                f.single_operator() == Some(op)
                    && (!f.validity.is_empty() || f.values.contains_key("days_1"))
            })
            .flat_map(|f| source_links(self.facts, &f.sources))
            .fold(Vec::<SourceLink>::new(), |mut all, s| {
                if !all.contains(&s) {
                    all.push(s);
                }
                all
            });
        let mut view = AbsenceView {
            intro,
            enough: None,
            options: Vec::new(),
            counting: None,
            year: None,
            unknown: None,
            sources,
        };
        if need == 0 {
            view.enough = Some(t.format("plan-away-enough", Some(&args))?);
            return Ok(view);
        }
        if offers.is_empty() {
            args.set("date", format_date(t, first_due)?);
            view.unknown = Some(t.format("plan-away-unknown", Some(&args))?);
            return Ok(view);
        }
        let fewest = absence::fewest(&offers, need);
        let cheapest = absence::cheapest(&offers, need);
        for (id, plan) in [
            ("plan-away-fewest", fewest),
            ("plan-away-cheapest", cheapest),
        ] {
            if let Some(plan) = plan {
                view.options
                    .push(self.option(t, id, &absence::schedule(first_due, &plan))?);
            }
        }
        view.counting = Some(t.format("plan-away-counting", Some(&args))?);
        if let Some(year) = absence::cheapest(&offers, absence::YEAR_DAYS) {
            args.set("amount", amount(t, year.iter().map(|o| o.cents).sum())?);
            view.year = Some(t.format("plan-away-year", Some(&args))?);
        }
        Ok(view)
    }

    fn option(
        &self,
        t: &Translator,
        heading: &str,
        schedule: &Schedule,
    ) -> Result<OptionView, I18nError> {
        let rows = schedule
            .top_ups
            .iter()
            .map(|top_up| {
                let mut args = FluentArgs::new();
                args.set("amount", amount(t, top_up.offer.cents)?);
                let way = match top_up.offer.way {
                    Way::Card => "plan-away-card",
                    Way::Online => "plan-away-online",
                };
                Ok((
                    format_date(t, top_up.latest)?,
                    t.format(way, Some(&args))?,
                    format_date(t, top_up.valid_until)?,
                ))
            })
            .collect::<Result<_, I18nError>>()?;
        let mut args = FluentArgs::new();
        args.set("amount", amount(t, schedule.total_cents)?);
        args.set("count", FluentValue::from(schedule.top_ups.len()));
        Ok(OptionView {
            heading: t.get(heading)?,
            rows,
            total: t.format("plan-away-total", Some(&args))?,
        })
    }
}

/// US cents as the reader's language writes dollars: `$2.50`, `2.50美元`.
fn amount(t: &Translator, cents: u32) -> Result<String, I18nError> {
    t.with("fact-amount-usd", "usd", &slip::amount_text(cents))
}

/// The helper's language for the slip: each language named in itself.
fn helper_choices(chosen: &str) -> Vec<(&'static str, &'static str, bool)> {
    Lang::ALL
        .iter()
        .map(|l| (l.code(), l.native_name(), l.code() == chosen))
        .collect()
}

/// The slip, or its form again with what to fix.
pub enum SlipState {
    Slip(SlipRequest),
    /// The empty form, the company preselected when the link names one.
    Blank(SlipInput),
    Refused(SlipInput, slip::SlipError),
}

#[derive(Template)]
#[template(path = "slip.html")]
struct SlipPage<'a> {
    t: Translator<'a>,
    layout: Layout<'a>,
    /// The slip itself, in the helper's language.
    h: Translator<'a>,
    helper_lang: Lang,
    slip: Option<SlipView>,
    error: Option<String>,
    form: SlipInput,
    operators: Vec<(&'static str, String, bool)>,
    helpers: Vec<(&'static str, &'static str, bool)>,
    plan_href: String,
}

pub struct SlipView {
    pub number: String,
    pub operator: String,
    pub amount: String,
    /// One sentence each; HTML (dialling codes).
    pub steps: Vec<String>,
    pub qr_svg: String,
}

impl Renderer<'_> {
    /// The slip for someone in Cambodia, in their language, or the form with what to fix
    /// in the reader's language.
    pub fn slip(&self, lang: Lang, state: SlipState) -> Result<String, RenderError> {
        let t = self.locales.translator(lang);
        let address = Address::new(lang, Page::Plan, None);
        let query = match &state {
            SlipState::Slip(request) => request.query(),
            SlipState::Blank(input) if input.operator.is_empty() => String::new(),
            SlipState::Blank(input) => format!("?operator={}", input.operator),
            SlipState::Refused(input, _) => format!(
                "?{}",
                form_urlencoded::Serializer::new(String::new())
                    .append_pair("operator", &input.operator)
                    .append_pair("number", &input.number)
                    .append_pair("amount", &input.amount)
                    .append_pair("for", &input.helper)
                    .finish()
            ),
        };
        let title = (t.get("slip-page-title")?, t.get("slip-page-description")?);
        let path_in = |l: Lang| format!("{}slip/{query}", address.in_lang(l).path());
        let layout = Layout::new(self, lang, title, path_in)?;
        // A report from the slip is about the plan's facts: the plan is the page reported.
        let layout = Layout {
            indexable: false,
            report: crate::layout::report_form::ReportPart::new(
                &self.config.report,
                lang,
                &address.path(),
            ),
            ..layout
        };
        let (slip, error, form, helper_lang) = match state {
            SlipState::Slip(request) => {
                let url = format!("{}{}", self.config.origin, path_in(lang));
                let form = SlipInput {
                    operator: request.operator.to_string(),
                    number: slip::grouped(&request.number),
                    amount: slip::amount_text(request.cents),
                    helper: request.helper.code().to_owned(),
                };
                let helper = request.helper;
                (Some(self.slip_view(&request, &url)?), None, form, helper)
            }
            SlipState::Blank(input) => {
                let form = SlipInput {
                    helper: lang.code().to_owned(),
                    ..input
                };
                (None, None, form, lang)
            }
            SlipState::Refused(input, error) => {
                (None, Some(t.get(error.message_id())?), input, lang)
            }
        };
        let operators = self.operator_choices(&form.operator);
        let helpers = helper_choices(&form.helper);
        SlipPage {
            h: self.locales.translator(helper_lang),
            t,
            layout,
            helper_lang,
            slip,
            error,
            form,
            operators,
            helpers,
            plan_href: address.path(),
        }
        .render()
        .map_err(template_error(format!("slip page ({lang})")))
        .and_then(|html| crate::layout::base::with_legend(&t, html))
    }

    fn slip_view(&self, request: &SlipRequest, url: &str) -> Result<SlipView, RenderError> {
        let h = self.locales.translator(request.helper);
        let op = request.operator;
        let name = self.facts.contact(op).name.clone();
        let mut args = FluentArgs::new();
        args.set("operator", name.clone());
        args.set("number", slip::grouped(&request.number));
        args.set("amount", amount(&h, request.cents)?);
        let mut steps = vec![
            crate::i18n::escape(&h.format("slip-step-kiosk", Some(&args))?),
            crate::i18n::escape(&h.format("slip-step-shop", Some(&args))?),
        ];
        if let Some(fact) = self
            .facts
            .fact(OTHER_NUMBER_CODE)
            .filter(|f| f.applies_to(op))
            && let Some(Value::Ussd { ussd }) = fact.values.get("code")
        {
            let mut code_args = FluentArgs::new();
            code_args.set("operator", name.clone());
            code_args.set("number", slip::grouped(&request.number));
            code_args.set("amount", amount(&h, request.cents)?);
            code_args.set(
                "code",
                h.ussd_html(&ussd.replace("<number>", &request.number))?,
            );
            steps.push(h.format("slip-step-card-code", Some(&code_args))?);
        }
        let qr = qr_svg(url).ok_or_else(|| RenderError::QrCode(url.to_owned()))?;
        // The SVG goes inside the page: without its XML declaration.
        let qr_svg = match qr.find("<svg") {
            Some(start) => qr[start..].to_owned(),
            None => qr,
        };
        Ok(SlipView {
            number: slip::grouped(&request.number),
            operator: name,
            amount: amount(&h, request.cents)?,
            steps,
            qr_svg,
        })
    }
}

/// Smart's code for loading a card onto another number: the one confirmed way for someone
/// else to load a card they bought.
const OTHER_NUMBER_CODE: &str = "smart-card-code-other-number";
