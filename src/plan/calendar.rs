//! The plan's calendar file (RFC 5545): an event at 09:00 Cambodia time on each deadline
//! still ahead (each planned top-up's latest day, the validity's last day, the last day
//! codes arrive), each with alerts 7 days and 1 day before, never one in the past.

use chrono::{DateTime, Days, NaiveDate, Utc};
use fluent_bundle::{FluentArgs, FluentValue};

use crate::address::Address;
use crate::content::{Channel, Column, Facts, Page, Value};
use crate::lang::Lang;
use crate::layout::{RenderError, Renderer, format_date};
use crate::plan::absence;
use crate::plan::{self, PlanRequest, day_date};

/// Events start at 09:00 in Cambodia (UTC+7, no daylight saving): 02:00 UTC.
pub const EVENT_HOUR_UTC: u32 = 2;

/// What a deadline is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DeadlineKind {
    /// A planned top-up's latest day, with its amount in cents.
    TopUp { cents: u32 },
    /// The validity's last day.
    ValidityEnds,
    /// The last day codes (SMS) still arrive.
    LastCodes,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Deadline {
    pub date: NaiveDate,
    pub kind: DeadlineKind,
}

/// When a deadline's event starts: 09:00 in Cambodia on its day.
pub fn event_start(date: NaiveDate) -> DateTime<Utc> {
    date.and_hms_opt(EVENT_HOUR_UTC, 0, 0)
        .expect("02:00 exists")
        .and_utc()
}

/// The deadlines still ahead of `now`, in date order: the top-ups of the plan with the
/// fewest (after the first, which is due on the validity's last day), the validity's last
/// day and the last day codes arrive.
pub fn deadlines(facts: &Facts, request: PlanRequest, now: DateTime<Utc>) -> Vec<Deadline> {
    let today = now.with_timezone(&crate::clock::cambodia()).date_naive();
    let mut all = vec![
        Deadline {
            date: request.ends,
            kind: DeadlineKind::ValidityEnds,
        },
        Deadline {
            date: day_date(request.ends, plan::last_code_day(facts, request.operator)),
            kind: DeadlineKind::LastCodes,
        },
    ];
    if let Some(back) = request.away_until {
        let need = absence::days_needed(request.ends, today, back);
        let offers = absence::offers(facts, request.operator);
        if let Some(top_ups) = absence::fewest(&offers, need) {
            let first = absence::first_due(request.ends, today);
            all.extend(
                absence::schedule(first, &top_ups)
                    .top_ups
                    .iter()
                    .filter(|t| t.latest != request.ends)
                    .map(|t| Deadline {
                        date: t.latest,
                        kind: DeadlineKind::TopUp {
                            cents: t.offer.cents,
                        },
                    }),
            );
        }
    }
    all.retain(|d| event_start(d.date) > now);
    all.sort_by_key(|d| d.date);
    all
}

impl Renderer<'_> {
    /// A calendar file with the plan's deadlines still ahead of `now`, in `lang`; `None`
    /// when every one has passed.
    pub fn calendar(
        &self,
        lang: Lang,
        request: PlanRequest,
        now: DateTime<Utc>,
    ) -> Result<Option<String>, RenderError> {
        use icalendar::{Alarm, Calendar, Component, EventLike, Trigger};
        let deadlines = deadlines(self.facts, request, now);
        if deadlines.is_empty() {
            return Ok(None);
        }
        let t = self.locales.translator(lang);
        let name = &self.facts.contact(request.operator).name;
        let mut calendar = Calendar::new();
        calendar.name(&t.get("site-name")?);
        let ways = self.ways_text(lang, request)?;
        let plan_url = format!(
            "{}{}{}",
            self.config.origin,
            Address::new(lang, Page::Plan, None).path(),
            request.query()
        );
        for deadline in deadlines {
            let mut args = FluentArgs::new();
            args.set("operator", name.clone());
            args.set("date", format_date(&t, deadline.date)?);
            let (id, slug) = match deadline.kind {
                DeadlineKind::TopUp { cents } => {
                    args.set(
                        "amount",
                        t.with("fact-amount-usd", "usd", &plan::slip::amount_text(cents))?,
                    );
                    ("plan-ics-top-up", "top-up")
                }
                DeadlineKind::ValidityEnds => ("plan-ics-ends", "ends"),
                DeadlineKind::LastCodes => ("plan-ics-codes", "codes"),
            };
            let start = event_start(deadline.date);
            let mut event = icalendar::Event::new();
            event
                .uid(&format!(
                    "{}-{}-{slug}@keep-your-number",
                    request.operator,
                    deadline.date.format("%Y%m%d")
                ))
                .timestamp(now)
                .summary(&t.format(&format!("{id}-summary"), Some(&args))?)
                .description(&format!(
                    "{}\n{ways}",
                    t.format(&format!("{id}-description"), Some(&args))?
                ))
                .url(&plan_url)
                .starts(start)
                .ends(start + chrono::Duration::minutes(30));
            for days in plan::ALERT_DAYS_BEFORE {
                let Some(alert_at) = deadline
                    .date
                    .checked_sub_days(Days::new(days))
                    .map(event_start)
                else {
                    continue;
                };
                if alert_at <= now {
                    continue;
                }
                let mut alert_args = FluentArgs::new();
                alert_args.set("operator", name.clone());
                alert_args.set("days", FluentValue::from(days));
                let text = t.format("plan-ics-alert", Some(&alert_args))?;
                event.alarm(Alarm::display(
                    &text,
                    Trigger::before_start(chrono::Duration::days(days as i64)),
                ));
            }
            calendar.push(event.done());
        }
        Ok(Some(calendar.done().to_string()))
    }

    /// The ways to top up, as lines of the events' descriptions.
    fn ways_text(&self, lang: Lang, request: PlanRequest) -> Result<String, RenderError> {
        let t = self.locales.translator(lang);
        let mut lines = Vec::new();
        if let Some(card) = self.facts.compare_cell(request.operator, Column::Card)
            && let Some(Value::Ussd { ussd }) = card.values.get("code")
        {
            let mut code_args = FluentArgs::new();
            code_args.set("code", t.ussd_text(ussd)?);
            let mut line = t.format("plan-ics-card-code", Some(&code_args))?;
            if !card.confirms("code") {
                line.push_str(&t.get("plan-ics-unconfirmed")?);
            }
            lines.push(line);
        }
        lines.push(t.get("plan-ics-channels")?);
        for channel in Channel::ALL {
            let page = Address::new(lang, Page::Channel(channel), Some(request.operator));
            let mut line = FluentArgs::new();
            line.set("title", t.get(&format!("{}-heading", channel.slug()))?);
            line.set("url", format!("{}{}", self.config.origin, page.path()));
            lines.push(t.format("plan-ics-channel-line", Some(&line))?);
        }
        Ok(lines.join("\n"))
    }
}
