//! "How long you have": a number's stages after its validity ends, as a timeline of day
//! numbers ([`Facts::stages`], the one place they are computed).

use fluent_bundle::{FluentArgs, FluentValue};

use super::facts::{SourceNotes, fact_view};
use chrono::NaiveDate;

use super::base::{format_date, format_date_range};
use crate::content::{Facts, Operator};
use crate::i18n::{I18nError, Translator};

/// One stage: when it is, what it is called, and what works in it.
pub struct TimelineStage {
    /// `ends`, `outgoing`, …: names its messages and its CSS class.
    pub slug: &'static str,
    /// "Days 1–60", "Last day of validity", "From day 91".
    pub days: String,
    pub title: String,
    pub what: String,
    pub confirmed: bool,
    /// On a reader's plan: the stage's dates, and whether today falls in it.
    pub dates: Option<String>,
    pub today: bool,
    /// On a reader's plan: the stage ended before today.
    pub past: bool,
}

pub struct Timeline {
    pub stages: Vec<TimelineStage>,
    /// The company whose rule it is; `None`: the regulator's rule for every company.
    pub operator: Option<String>,
    pub notes: SourceNotes,
}

pub(crate) fn timeline(
    t: &Translator,
    facts: &Facts,
    operator: Option<Operator>,
) -> Result<Timeline, I18nError> {
    build(t, facts, operator, None)
}

/// The timeline of one number: each stage with its dates from `ends`, the validity's last
/// day, and a "today" marker on the stage that holds `day` (days since `ends`).
pub(crate) fn timeline_on(
    t: &Translator,
    facts: &Facts,
    operator: Operator,
    ends: NaiveDate,
    day: i64,
) -> Result<Timeline, I18nError> {
    build(t, facts, Some(operator), Some((ends, day)))
}

fn build(
    t: &Translator,
    facts: &Facts,
    operator: Option<Operator>,
    dated: Option<(NaiveDate, i64)>,
) -> Result<Timeline, I18nError> {
    let name = operator.map(|op| facts.contact(op).name.clone());
    let mut notes = SourceNotes::new("timeline");
    let mut stages = Vec::new();
    for stage in facts.stages(operator) {
        let fact = facts.fact(&stage.fact).expect("stages name their facts");
        notes.cite(&mut fact_view(t, facts, fact)?);
        let mut args = FluentArgs::new();
        args.set("from", FluentValue::from(stage.first_day));
        if let Some(last) = stage.last_day {
            args.set("until", FluentValue::from(last));
        }
        args.set("operator", name.clone().unwrap_or_default());
        let days = match stage.last_day {
            _ if stage.first_day == 0 => "stage-days-ends",
            Some(_) => "stage-days-range",
            None => "stage-days-from",
        };
        let slug = stage.kind.slug();
        // Day n of the stages is n days after the validity's last day.
        let on = |ends: NaiveDate, n: i64| ends + chrono::Duration::days(n);
        let dates = match (dated, stage.last_day) {
            (None, _) => None,
            (Some((ends, _)), Some(last)) if last > stage.first_day => Some(format_date_range(
                t,
                on(ends, stage.first_day),
                on(ends, last),
            )?),
            (Some((ends, _)), Some(_)) => Some(format_date(t, on(ends, stage.first_day))?),
            (Some((ends, _)), None) => Some(t.with(
                "timeline-date-from",
                "date",
                &format_date(t, on(ends, stage.first_day))?,
            )?),
        };
        let today = dated.is_some_and(|(_, day)| {
            let day = day.max(0);
            stage.first_day <= day && stage.last_day.is_none_or(|last| day <= last)
        });
        let past = dated.is_some_and(|(_, day)| stage.last_day.is_some_and(|last| last < day));
        // A past last valid day is no longer a day to top up by.
        let what = match slug {
            "ends" if past => "stage-ends-what-past".to_owned(),
            _ => format!("stage-{slug}-what"),
        };
        stages.push(TimelineStage {
            dates,
            today,
            past,
            slug,
            days: t.format(days, Some(&args))?,
            title: t.format(&format!("stage-{slug}-title"), Some(&args))?,
            what: t.format(&what, Some(&args))?,
            confirmed: stage.confirmed,
        });
    }
    Ok(Timeline {
        stages,
        operator: name,
        notes,
    })
}
