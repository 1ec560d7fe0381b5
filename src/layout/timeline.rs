//! "How long you have": a number's stages after its validity ends, as a timeline of day
//! numbers ([`Facts::stages`], the one place they are computed).

use fluent_bundle::{FluentArgs, FluentValue};

use super::facts::{SourceNotes, fact_view};
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
        stages.push(TimelineStage {
            slug,
            days: t.format(days, Some(&args))?,
            title: t.format(&format!("stage-{slug}-title"), Some(&args))?,
            what: t.format(&format!("stage-{slug}-what"), Some(&args))?,
            confirmed: stage.confirmed,
        });
    }
    Ok(Timeline {
        stages,
        operator: name,
        notes,
    })
}
