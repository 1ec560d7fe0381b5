//! The plan: reading its form, where a number stands today, its dates after its validity
//! ends, what to do now from where the reader is, and how to keep it through an absence.

use chrono::{Days, NaiveDate};

pub mod absence;
pub mod calendar;
pub mod routes;
pub mod slip;
pub mod view;

pub use crate::content::StageKind;
use crate::content::{Facts, Operator};
use crate::form::{Form, FormError};

/// How far from today a validity date may be before the form refuses it as a typo.
pub const MAX_DAYS_PAST: u64 = 365;
pub const MAX_DAYS_AHEAD: u64 = 2 * 365;
/// How far ahead a return date may be: an absence of up to three years is planned.
pub const MAX_AWAY_DAYS: u64 = 3 * 365;

/// Where the reader is now: what they can do differs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    Cambodia,
    Abroad,
}

impl Place {
    pub const ALL: [Place; 2] = [Place::Cambodia, Place::Abroad];

    /// The query's value and the message suffix.
    pub fn slug(self) -> &'static str {
        match self {
            Place::Cambodia => "cambodia",
            Place::Abroad => "abroad",
        }
    }
}

/// What the reader asked for, checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PlanRequest {
    pub operator: Operator,
    /// The last day of the balance's validity.
    pub ends: NaiveDate,
    /// The day the reader comes back, if they are away: the validity should last until then.
    pub away_until: Option<NaiveDate>,
    /// Where the reader is; `None`: both places, Cambodia first.
    pub place: Option<Place>,
}

impl PlanRequest {
    /// The query string that asks for this plan, `?operator=…&ends=…[&away_until=…][&where=…]`.
    pub fn query(&self) -> String {
        let mut query = form_urlencoded::Serializer::new(String::new());
        query
            .append_pair("operator", self.operator.slug())
            .append_pair("ends", &self.ends.format("%Y-%m-%d").to_string());
        if let Some(back) = self.away_until {
            query.append_pair("away_until", &back.format("%Y-%m-%d").to_string());
        }
        if let Some(place) = self.place {
            query.append_pair("where", place.slug());
        }
        format!("?{}", query.finish())
    }
}

/// The form as the reader filled it in, to show it again after an error.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PlanInput {
    pub operator: String,
    pub ends: String,
    pub away_until: String,
    pub place: String,
}

impl PlanInput {
    pub fn of(request: &PlanRequest) -> PlanInput {
        PlanInput {
            operator: request.operator.to_string(),
            ends: request.ends.to_string(),
            away_until: request
                .away_until
                .map(|d| d.to_string())
                .unwrap_or_default(),
            place: request
                .place
                .map(|p| p.slug().to_owned())
                .unwrap_or_default(),
        }
    }

    /// The query string that fills the form in again.
    pub fn query(&self) -> String {
        let mut query = form_urlencoded::Serializer::new(String::new());
        query
            .append_pair("operator", &self.operator)
            .append_pair("ends", &self.ends);
        if !self.away_until.is_empty() {
            query.append_pair("away_until", &self.away_until);
        }
        if !self.place.is_empty() {
            query.append_pair("where", &self.place);
        }
        format!("?{}", query.finish())
    }
}

/// The plan's query string, `?operator=…&ends=YYYY-MM-DD[&away_until=…][&where=…]`, as
/// typed. Other parameters (`utm_source`, `fbclid` and the like, which shared links pick
/// up) are ignored; a field given twice fails to deserialize.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Deserialize)]
pub struct PlanQuery {
    pub operator: Option<String>,
    pub ends: Option<String>,
    pub away_until: Option<String>,
    #[serde(rename = "where")]
    pub place: Option<String>,
}

impl PlanQuery {
    /// Only a known company: a link to the form with the company chosen (a company's
    /// pages link to it so), not a form sent without its date.
    pub fn company_only(&self) -> Option<Operator> {
        let only = self.ends.is_none() && self.away_until.is_none() && self.place.is_none();
        self.operator
            .as_deref()
            .filter(|_| only)
            .and_then(|slug| slug.parse().ok())
    }

    /// No field: a link to the blank form, perhaps with a tracking parameter.
    pub fn is_blank(&self) -> bool {
        self.operator.is_none()
            && self.ends.is_none()
            && self.away_until.is_none()
            && self.place.is_none()
    }
}

/// Reads a query string the way the server does (`axum::extract::Query` uses the same
/// parser), then [`check`]s it.
pub fn parse_query(query: &str, today: NaiveDate) -> Result<PlanRequest, (PlanInput, FormError)> {
    match serde_urlencoded::from_str::<PlanQuery>(query) {
        Ok(query) => check(query, today),
        Err(_) => Err((PlanInput::default(), FormError::RepeatedField(Form::Plan))),
    }
}

/// `YYYY-MM-DD`, as HTML date inputs send it; chrono refuses 2026-02-30 and friends.
fn iso_date(text: &str) -> Option<NaiveDate> {
    let bytes = text.as_bytes();
    let well_formed = text.len() == 10 && bytes[4] == b'-' && bytes[7] == b'-';
    well_formed
        .then(|| NaiveDate::parse_from_str(text, "%Y-%m-%d").ok())
        .flatten()
}

/// Checks the form. A missing or unknown operator, a date that does not exist or one far
/// from `today`, a return date that has passed or is far ahead, an unknown place: refused,
/// with the input kept to fill the form again.
pub fn check(query: PlanQuery, today: NaiveDate) -> Result<PlanRequest, (PlanInput, FormError)> {
    let input = PlanInput {
        operator: query.operator.unwrap_or_default(),
        ends: query.ends.unwrap_or_default(),
        away_until: query.away_until.unwrap_or_default(),
        place: query.place.unwrap_or_default(),
    };
    match checked(&input, today) {
        Ok(request) => Ok(request),
        Err(error) => Err((input, error)),
    }
}

fn checked(input: &PlanInput, today: NaiveDate) -> Result<PlanRequest, FormError> {
    let operator = match input.operator.as_str() {
        "" => return Err(FormError::MissingOperator),
        slug => slug
            .parse::<Operator>()
            .map_err(|_| FormError::UnknownOperator)?,
    };
    if input.ends.trim().is_empty() {
        return Err(FormError::MissingDate);
    }
    let ends = iso_date(&input.ends).ok_or(FormError::BadDate)?;
    if !within(ends, today, MAX_DAYS_PAST, MAX_DAYS_AHEAD) {
        return Err(FormError::DateTooFar);
    }
    let away_until = match input.away_until.trim() {
        "" => None,
        text => {
            let back = iso_date(text).ok_or(FormError::BadReturnDate)?;
            if back <= today || !within(back, today, 0, MAX_AWAY_DAYS) {
                return Err(FormError::ReturnDateOutOfRange);
            }
            Some(back)
        }
    };
    let place = match input.place.as_str() {
        "" => None,
        slug => Some(
            Place::ALL
                .into_iter()
                .find(|p| p.slug() == slug)
                .ok_or(FormError::UnknownPlace)?,
        ),
    };
    Ok(PlanRequest {
        operator,
        ends,
        away_until,
        place,
    })
}

/// Whether `date` lies from `past` days before `today` to `ahead` days after it.
fn within(date: NaiveDate, today: NaiveDate, past: u64, ahead: u64) -> bool {
    let earliest = today.checked_sub_days(Days::new(past));
    let latest = today.checked_add_days(Days::new(ahead));
    earliest.is_some_and(|d| date >= d) && latest.is_some_and(|d| date <= d)
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
pub fn timeline(facts: &Facts, request: PlanRequest) -> Vec<Stage> {
    facts
        .stages(Some(request.operator))
        .into_iter()
        .map(|stage| Stage {
            kind: stage.kind,
            from: day_date(request.ends, stage.first_day),
            // The last day of validity is one day.
            until: stage
                .last_day
                .filter(|_| stage.kind != StageKind::Ends)
                .map(|n| day_date(request.ends, n)),
            fact: stage.fact,
            confirmed: stage.confirmed,
        })
        .collect()
}

/// The date of day `n` (day 0: the last day of validity).
pub fn day_date(ends: NaiveDate, n: i64) -> NaiveDate {
    let moved = if n >= 0 {
        ends.checked_add_days(Days::new(n as u64))
    } else {
        ends.checked_sub_days(Days::new(n.unsigned_abs()))
    };
    moved.unwrap_or(NaiveDate::MAX)
}

/// Days since the validity ended: negative before its last day, 0 on it, 1 the day after.
pub fn day_number(ends: NaiveDate, today: NaiveDate) -> i64 {
    (today - ends).num_days()
}

/// Where a number stands on a day, by its company's stages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Standing {
    /// Still valid: days left after today (0: today is the last day).
    Valid { days_left: i64 },
    /// In a stage after the end (day ≥ 1).
    In(crate::content::Stage),
    /// Past the last stage that has an end: the number may be gone.
    Past { last_day: i64 },
}

/// Where the number stands on `day` (see [`day_number`]).
pub fn standing(facts: &Facts, operator: Operator, day: i64) -> Standing {
    if day <= 0 {
        return Standing::Valid { days_left: -day };
    }
    let stages = facts.stages(Some(operator));
    match stages
        .iter()
        .find(|s| s.first_day <= day && s.last_day.is_none_or(|last| day <= last))
    {
        Some(stage) => Standing::In(stage.clone()),
        None => Standing::Past {
            last_day: stages.iter().filter_map(|s| s.last_day).max().unwrap_or(0),
        },
    }
}

/// The last day on which codes still arrive: the end of the outgoing-blocked stage.
pub fn last_code_day(facts: &Facts, operator: Operator) -> i64 {
    facts
        .stages(Some(operator))
        .iter()
        .find(|s| s.kind == StageKind::OutgoingBlocked)
        .and_then(|s| s.last_day)
        .unwrap_or(0)
}

/// The days before a deadline on which the calendar file alerts the reader.
pub const ALERT_DAYS_BEFORE: [u64; 2] = [7, 1];

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn day_numbers_count_from_the_last_valid_day() {
        let ends = date("2027-02-28");
        assert_eq!(day_number(ends, date("2027-02-28")), 0);
        assert_eq!(day_number(ends, date("2027-03-01")), 1);
        assert_eq!(day_number(ends, date("2027-01-29")), -30);
        assert_eq!(day_date(ends, 60), date("2027-04-29"));
        assert_eq!(day_date(ends, -30), date("2027-01-29"));
    }

    #[test]
    fn standing_follows_each_companys_stages() {
        let facts = Facts::built_in().unwrap();
        let kind = |op, day| match standing(&facts, op, day) {
            Standing::In(stage) => Some(stage.kind),
            _ => None,
        };
        assert_eq!(
            standing(&facts, Operator::Smart, -3),
            Standing::Valid { days_left: 3 }
        );
        assert_eq!(kind(Operator::Smart, 60), Some(StageKind::OutgoingBlocked));
        assert_eq!(kind(Operator::Smart, 61), Some(StageKind::AllBlocked));
        assert_eq!(kind(Operator::Smart, 180), Some(StageKind::Resale));
        assert_eq!(
            standing(&facts, Operator::Smart, 181),
            Standing::Past { last_day: 180 }
        );
        assert_eq!(kind(Operator::Metfone, 91), Some(StageKind::Restore));
        assert_eq!(kind(Operator::Cellcard, 181), Some(StageKind::Deleted));
        assert_eq!(last_code_day(&facts, Operator::Cootel), 60);
    }

    #[test]
    fn the_return_date_and_place_are_checked() {
        let today = date("2026-11-25");
        let ok = parse_query(
            "operator=smart&ends=2026-12-01&away_until=2028-02-29&where=abroad",
            today,
        )
        .unwrap();
        assert_eq!(ok.away_until, Some(date("2028-02-29")));
        assert_eq!(ok.place, Some(Place::Abroad));
        assert_eq!(
            parse_query(&ok.query()[1..], today),
            Ok(ok),
            "the query reads back"
        );
        let error = |q: &str| parse_query(q, today).unwrap_err().1;
        assert_eq!(
            error("operator=smart&ends=2026-12-01&away_until=2027-02-29"),
            FormError::BadReturnDate
        );
        assert_eq!(
            error("operator=smart&ends=2026-12-01&away_until=2026-11-25"),
            FormError::ReturnDateOutOfRange
        );
        assert_eq!(
            error("operator=smart&ends=2026-12-01&away_until=2030-01-01"),
            FormError::ReturnDateOutOfRange
        );
        assert_eq!(
            error("operator=smart&ends=2026-12-01&where=mars"),
            FormError::UnknownPlace
        );
    }
}
