//! "Ask someone in Cambodia to top up for you": the slip's form,
//! `/{lang}/plan/slip/?operator=…&number=…&amount=…&for=zh|en|km`. The number is read with
//! the lookup's parser and lives only in the link the reader shares: nothing keeps it.

use crate::content::Operator;
use crate::lang::Lang;
use crate::lookup::{self, NumberError};
use crate::plan::absence::cents_of;

/// The smallest and largest amount the slip asks for, in US cents.
pub const MIN_CENTS: u32 = 100;
pub const MAX_CENTS: u32 = 100 * 100;

/// The slip's query string as typed; other parameters are ignored, a field given twice
/// fails to deserialize.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Deserialize)]
pub struct SlipQuery {
    pub operator: Option<String>,
    pub number: Option<String>,
    pub amount: Option<String>,
    #[serde(rename = "for")]
    pub helper: Option<String>,
}

/// What the slip shows, checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SlipRequest {
    pub operator: Operator,
    /// `0` and 8 or 9 digits.
    pub number: String,
    pub cents: u32,
    /// The language of the person who tops up.
    pub helper: Lang,
}

impl SlipRequest {
    /// The slip's own query string.
    pub fn query(&self) -> String {
        let query = form_urlencoded::Serializer::new(String::new())
            .append_pair("operator", self.operator.slug())
            .append_pair("number", &self.number)
            .append_pair("amount", &amount_text(self.cents))
            .append_pair("for", self.helper.code())
            .finish();
        format!("?{query}")
    }
}

/// The form as the reader filled it in.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SlipInput {
    pub operator: String,
    pub number: String,
    pub amount: String,
    pub helper: String,
}

/// What is wrong with the slip's form; each has its message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SlipError {
    RepeatedField,
    MissingOperator,
    UnknownOperator,
    Number(NumberError),
    Amount,
    Helper,
}

impl SlipError {
    pub fn message_id(self) -> &'static str {
        match self {
            SlipError::RepeatedField => "slip-error-repeated-field",
            SlipError::MissingOperator => "plan-error-missing-operator",
            SlipError::UnknownOperator => "plan-error-unknown-operator",
            SlipError::Number(error) => error.message_id(),
            SlipError::Amount => "slip-error-amount",
            SlipError::Helper => "slip-error-for",
        }
    }
}

/// A link to the empty form (`?operator=smart` at most, from a company's overview): the
/// company to preselect, if it is one the guide knows. `None` for anything else.
pub fn blank_form(query: &str) -> Option<SlipInput> {
    let query = serde_urlencoded::from_str::<SlipQuery>(query).ok()?;
    let only_operator = query.number.is_none() && query.amount.is_none() && query.helper.is_none();
    let operator = query.operator.unwrap_or_default();
    let known = operator.is_empty() || operator.parse::<Operator>().is_ok();
    (only_operator && known).then(|| SlipInput {
        operator,
        ..SlipInput::default()
    })
}

/// Reads and checks the slip's query string.
pub fn parse_query(query: &str) -> Result<SlipRequest, (SlipInput, SlipError)> {
    match serde_urlencoded::from_str::<SlipQuery>(query) {
        Ok(query) => check(query),
        Err(_) => Err((SlipInput::default(), SlipError::RepeatedField)),
    }
}

pub fn check(query: SlipQuery) -> Result<SlipRequest, (SlipInput, SlipError)> {
    let input = SlipInput {
        operator: query.operator.unwrap_or_default(),
        number: query.number.unwrap_or_default(),
        amount: query.amount.unwrap_or_default(),
        helper: query.helper.unwrap_or_default(),
    };
    match checked(&input) {
        Ok(request) => Ok(request),
        Err(error) => Err((input, error)),
    }
}

fn checked(input: &SlipInput) -> Result<SlipRequest, SlipError> {
    let operator = match input.operator.as_str() {
        "" => return Err(SlipError::MissingOperator),
        slug => slug
            .parse::<Operator>()
            .map_err(|_| SlipError::UnknownOperator)?,
    };
    let number = lookup::national(&input.number).map_err(SlipError::Number)?;
    let amount = input.amount.trim();
    let cents = cents_of(amount.strip_prefix('$').unwrap_or(amount).trim())
        .filter(|c| (MIN_CENTS..=MAX_CENTS).contains(c))
        .ok_or(SlipError::Amount)?;
    let helper = input
        .helper
        .parse::<Lang>()
        .map_err(|_| SlipError::Helper)?;
    Ok(SlipRequest {
        operator,
        number,
        cents,
        helper,
    })
}

/// `500` → `"5"`, `250` → `"2.50"`: the amount as the form and the slip write it.
pub fn amount_text(cents: u32) -> String {
    match cents % 100 {
        0 => (cents / 100).to_string(),
        part => format!("{}.{part:02}", cents / 100),
    }
}

/// `012345678` → `012 345 678`, `0971234567` → `097 123 4567`: read aloud in threes, as
/// numbers are written in Cambodia.
pub fn grouped(number: &str) -> String {
    let (prefix, rest) = number.split_at(3.min(number.len()));
    let (middle, end) = rest.split_at(3.min(rest.len()));
    [prefix, middle, end]
        .iter()
        .filter(|part| !part.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_number_is_read_like_the_lookup_reads_it() {
        let ok = parse_query("operator=smart&number=%2B855%2010%20234%20567&amount=%245&for=km")
            .unwrap();
        assert_eq!(ok.number, "010234567");
        assert_eq!(ok.cents, 500);
        assert_eq!(ok.helper, Lang::Km);
        assert_eq!(parse_query(&ok.query()[1..]), Ok(ok));
        assert_eq!(grouped("010234567"), "010 234 567");
        assert_eq!(grouped("0971234567"), "097 123 4567");
        assert_eq!(amount_text(250), "2.50");
    }

    #[test]
    fn bad_input_names_what_to_fix() {
        let blank = |q: &str| blank_form(q).map(|input| input.operator);
        assert_eq!(blank(""), Some(String::new()));
        assert_eq!(blank("operator=cellcard"), Some("cellcard".to_owned()));
        assert_eq!(blank("operator=qb"), None);
        assert_eq!(blank("operator=smart&number=012345678"), None);
        assert_eq!(blank("operator=smart&operator=smart"), None);
        let error = |q: &str| parse_query(q).unwrap_err().1;
        assert_eq!(
            error("operator=smart&number=023%20123%20456&amount=5&for=zh"),
            SlipError::Number(NumberError::NotMobile)
        );
        assert_eq!(
            error("operator=smart&number=012345678&amount=0.5&for=zh"),
            SlipError::Amount
        );
        assert_eq!(
            error("operator=smart&number=012345678&amount=5&for=fr"),
            SlipError::Helper
        );
        assert_eq!(
            error("number=012345678&amount=5&for=en"),
            SlipError::MissingOperator
        );
        assert_eq!(
            error("operator=smart&operator=smart&number=012345678&amount=5&for=en"),
            SlipError::RepeatedField
        );
    }
}
