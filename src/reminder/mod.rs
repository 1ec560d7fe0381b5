//! The renewal reminder: reading the form, and a number's dates after its validity ends.

use chrono::{Days, NaiveDate};

pub mod calendar;
pub mod routes;
pub mod view;

pub use crate::content::StageKind;
use crate::content::{Facts, Operator};
use crate::form::{Form, FormError};

/// How far from today a validity date may be before the form refuses it as a typo.
pub const MAX_DAYS_PAST: u64 = 365;
pub const MAX_DAYS_AHEAD: u64 = 2 * 365;

/// What the reader asked for, checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ReminderRequest {
    pub operator: Operator,
    /// The last day of the balance's validity.
    pub ends: NaiveDate,
}

/// The form as the reader filled it in, to show it again after an error.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ReminderInput {
    pub operator: String,
    pub ends: String,
}

/// The reminder's query string, `?operator=…&ends=YYYY-MM-DD`, as typed. Other parameters
/// (`utm_source`, `fbclid` and the like, which shared links pick up) are ignored; a field
/// given twice fails to deserialize.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Deserialize)]
pub struct ReminderQuery {
    pub operator: Option<String>,
    pub ends: Option<String>,
}

impl ReminderQuery {
    /// Neither field: a link to the blank form, perhaps with a tracking parameter.
    pub fn is_blank(&self) -> bool {
        self.operator.is_none() && self.ends.is_none()
    }
}

/// Reads a query string the way the server does (`axum::extract::Query` uses the same
/// parser), then [`check`]s it.
pub fn parse_query(
    query: &str,
    today: NaiveDate,
) -> Result<ReminderRequest, (ReminderInput, FormError)> {
    match serde_urlencoded::from_str::<ReminderQuery>(query) {
        Ok(query) => check(query, today),
        Err(_) => Err((
            ReminderInput::default(),
            FormError::RepeatedField(Form::Reminder),
        )),
    }
}

/// Checks the form. A missing or unknown operator, a date that does not exist or one far
/// from `today` is refused, with the input kept to fill the form again.
pub fn check(
    query: ReminderQuery,
    today: NaiveDate,
) -> Result<ReminderRequest, (ReminderInput, FormError)> {
    let input = ReminderInput {
        operator: query.operator.unwrap_or_default(),
        ends: query.ends.unwrap_or_default(),
    };
    let fail = |input: ReminderInput, error| Err((input, error));
    let operator = match input.operator.as_str() {
        "" => return fail(input, FormError::MissingOperator),
        slug => match slug.parse::<Operator>() {
            Ok(operator) => operator,
            Err(_) => return fail(input, FormError::UnknownOperator),
        },
    };
    if input.ends.trim().is_empty() {
        return fail(input, FormError::MissingDate);
    }
    // HTML date inputs send YYYY-MM-DD; chrono refuses 2026-02-30 and friends.
    let well_formed = input.ends.len() == 10
        && input.ends.as_bytes()[4] == b'-'
        && input.ends.as_bytes()[7] == b'-';
    let Some(ends) = well_formed
        .then(|| NaiveDate::parse_from_str(&input.ends, "%Y-%m-%d").ok())
        .flatten()
    else {
        return fail(input, FormError::BadDate);
    };
    let earliest = today.checked_sub_days(Days::new(MAX_DAYS_PAST));
    let latest = today.checked_add_days(Days::new(MAX_DAYS_AHEAD));
    if earliest.is_none_or(|d| ends < d) || latest.is_none_or(|d| ends > d) {
        return fail(input, FormError::DateTooFar);
    }
    Ok(ReminderRequest { operator, ends })
}

/// One stage of a number's life, with its dates.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stage {
    pub kind: StageKind,
    pub from: NaiveDate,
    pub until: Option<NaiveDate>,
    /// The fact that states it (for its source).
    pub fact: String,
    /// Whether an official source confirms it.
    pub confirmed: bool,
}

/// A number's dates, from its last day of validity, by its operator's rule
/// ([`Facts::stages`] in dates).
pub fn timeline(facts: &Facts, request: ReminderRequest) -> Vec<Stage> {
    let day = |n: i64| {
        request
            .ends
            .checked_add_days(Days::new(n.max(0) as u64))
            .unwrap_or(NaiveDate::MAX)
    };
    facts
        .stages(Some(request.operator))
        .into_iter()
        .map(|stage| Stage {
            kind: stage.kind,
            from: day(stage.first_day),
            // The last day of validity is one day.
            until: stage
                .last_day
                .filter(|_| stage.kind != StageKind::Ends)
                .map(day),
            fact: stage.fact,
            confirmed: stage.confirmed,
        })
        .collect()
}

/// The days before validity ends on which the calendar file alerts the reader.
pub const ALERT_DAYS_BEFORE: [u64; 2] = [7, 1];
