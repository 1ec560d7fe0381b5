//! The guide's content model: its pages, channels and operators, and the facts file.
//!
//! Operator facts live in `src/facts.toml` (see the comment at its top); this module loads
//! and checks it, and answers which facts a page shows for an operator filter.

use std::{collections::BTreeMap, fmt, str::FromStr};

use serde::Deserialize;

/// A way of renewing a number; each has its own page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Channel {
    Store,
    Kiosk,
    Online,
    Shop,
}

impl Channel {
    pub const ALL: [Channel; 4] = [
        Channel::Store,
        Channel::Kiosk,
        Channel::Online,
        Channel::Shop,
    ];

    /// URL segment, Fluent message prefix and facts.toml topic, all in one.
    pub fn slug(self) -> &'static str {
        match self {
            Channel::Store => "store",
            Channel::Kiosk => "kiosk",
            Channel::Online => "online",
            Channel::Shop => "shop",
        }
    }
}

/// A mobile operator the guide covers. qb lost its licence in 2020 and is deliberately absent.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Operator {
    Smart,
    Metfone,
    Cellcard,
    Cootel,
    Seatel,
}

impl Operator {
    /// In the order the operator filter shows them.
    pub const ALL: [Operator; 5] = [
        Operator::Smart,
        Operator::Metfone,
        Operator::Cellcard,
        Operator::Cootel,
        Operator::Seatel,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            Operator::Smart => "smart",
            Operator::Metfone => "metfone",
            Operator::Cellcard => "cellcard",
            Operator::Cootel => "cootel",
            Operator::Seatel => "seatel",
        }
    }
}

/// A page of the guide, before language and operator filter are chosen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Page {
    Overview,
    Channel(Channel),
    /// The renewal timeline and calendar reminder for one number.
    Plan,
    /// All operators side by side.
    Compare,
}

impl Page {
    /// The tool pages, which cover every operator and take no operator filter.
    pub const TOOLS: [Page; 2] = [Page::Plan, Page::Compare];

    pub fn all() -> impl Iterator<Item = Page> {
        std::iter::once(Page::Overview)
            .chain(Channel::ALL.into_iter().map(Page::Channel))
            .chain(Page::TOOLS)
    }

    /// The Fluent message prefix of the page (`overview-…`, `store-…`), and for channels
    /// and tools its URL segment.
    pub fn slug(self) -> &'static str {
        match self {
            Page::Overview => "overview",
            Page::Channel(channel) => channel.slug(),
            Page::Plan => "plan",
            Page::Compare => "compare",
        }
    }

    /// Whether the page can be filtered to one operator.
    pub fn has_operator_filter(self) -> bool {
        !Page::TOOLS.contains(&self)
    }
}

macro_rules! slug_from_str {
    ($($t:ty => $all:expr),*) => {$(
        impl FromStr for $t {
            type Err = UnknownSlug;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                $all.into_iter().find(|x| x.slug() == s).ok_or(UnknownSlug)
            }
        }
        impl fmt::Display for $t {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.slug())
            }
        }
    )*};
}
slug_from_str!(Channel => Channel::ALL, Operator => Operator::ALL);

#[derive(Debug, PartialEq, Eq)]
pub struct UnknownSlug;

/// Where a fact appears: a channel page, or a section of the overview.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Topic {
    Store,
    Kiosk,
    Online,
    Shop,
    About,
    Lifecycle,
    Check,
    Watch,
    /// "Before you leave Cambodia".
    Leave,
    /// "My number was already cut off".
    Cutoff,
    /// "Registration can cut a number off too".
    Registration,
    /// The part on one company at the top of its overview (its prefix, its brand).
    Company,
}

impl Topic {
    /// The topic as the "not known: ask" messages select on (`$topic`).
    pub fn slug(self) -> &'static str {
        match self {
            Topic::Store => "store",
            Topic::Kiosk => "kiosk",
            Topic::Online => "online",
            Topic::Shop => "shop",
            Topic::About => "about",
            Topic::Lifecycle => "lifecycle",
            Topic::Check => "check",
            Topic::Watch => "watch",
            Topic::Leave => "leave",
            Topic::Cutoff => "cutoff",
            Topic::Registration => "registration",
            Topic::Company => "company",
        }
    }
}

impl From<Channel> for Topic {
    fn from(channel: Channel) -> Topic {
        match channel {
            Channel::Store => Topic::Store,
            Channel::Kiosk => Topic::Kiosk,
            Channel::Online => Topic::Online,
            Channel::Shop => Topic::Shop,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Confidence {
    High,
    Medium,
}

/// Where a fact comes from. Shown next to the fact as a link to `url`.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub url: Option<String>,
    /// The same page in Chinese, for Chinese readers only (Metfone's payment site).
    #[serde(default)]
    pub zh: Option<String>,
    /// Shown instead of the URL's host when set, or when there is no URL to link.
    pub label: Option<String>,
}

impl Source {
    pub fn label(&self) -> &str {
        if let Some(label) = &self.label {
            return label;
        }
        let url = self.url.as_deref().unwrap_or_default();
        let host = url.split("://").nth(1).unwrap_or(url);
        let host = host.split('/').next().unwrap_or(host);
        host.strip_prefix("www.").unwrap_or(host)
    }
}

/// One value a fact's sentence needs (a Fluent variable).
#[derive(Clone, Debug, Deserialize, PartialEq)]
/// A `Text` or a `List` item written `@name` is a word with a form per language: the
/// message `value-<name>` (支付宝 for Alipay); anything else is shown as written.
#[serde(untagged)]
pub enum Value {
    Number(i64),
    Text(String),
    Ussd {
        ussd: String,
    },
    /// Names read as a list ("Visa, Mastercard and Alipay"), joined the reader's way.
    List {
        list: Vec<String>,
    },
    /// A link; `zh` is the same page in Chinese, where the site has one.
    Link {
        link: String,
        #[serde(default)]
        zh: Option<String>,
    },
    /// A phone number in `+855` form, callable from any phone: a `tel:` link.
    Tel {
        tel: String,
    },
    /// Markup the guide composed itself (a hotline with its short code); never read from
    /// the facts file.
    #[serde(skip)]
    Html(String),
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ValidityRow {
    pub usd: i64,
    pub days: i64,
}

/// One statement the guide makes, with the values it quotes and where they come from.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fact {
    /// Its sentence is the Fluent message `fact-<id>`.
    pub id: String,
    /// Operators it applies to; empty means all of them.
    #[serde(default)]
    pub operators: Vec<Operator>,
    pub topics: Vec<Topic>,
    pub confidence: Confidence,
    /// Values whose part of the sentence only medium-confidence sources support, in a fact
    /// that is otherwise high (the regulator's stages: 60 and 30 days high, 90 medium).
    #[serde(default)]
    pub medium_parts: Vec<String>,
    pub sources: Vec<String>,
    #[serde(default)]
    pub values: BTreeMap<String, Value>,
    /// A service whose coverage of the companies is not known (PayGo, TrueMoney, Pi Pay):
    /// pages show it in the general part with "check that it covers your company".
    #[serde(default)]
    pub check_coverage: bool,
    /// The companies for which this way of topping up is confirmed to work from abroad.
    #[serde(default)]
    pub abroad: Vec<Operator>,
    /// Top-up amount → days of validity, shown as a table under the sentence.
    #[serde(default)]
    pub validity: Vec<ValidityRow>,
    /// The cell of the comparison table this fact fills, and which of its values it shows.
    pub compare: Option<CompareCell>,
}

/// A column of the operator comparison.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Column {
    Balance,
    Card,
    /// How many days a top-up buys.
    Validity,
    App,
    Online,
}

impl Column {
    pub const ALL: [Column; 5] = [
        Column::Balance,
        Column::Card,
        Column::Validity,
        Column::App,
        Column::Online,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            Column::Balance => "balance",
            Column::Card => "card",
            Column::Validity => "validity",
            Column::App => "app",
            Column::Online => "online",
        }
    }
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CompareCell {
    pub column: Column,
    /// The name of the one value shown in the cell (message `compare-cell`)…
    pub value: Option<String>,
    /// …or a message that says the cell with the fact's values.
    pub message: Option<String>,
}

/// What happens to a number after its validity ends, for one operator: the regulator's
/// two blocked stages, then the operator's own end.
#[derive(Clone, Debug, PartialEq)]
pub struct Lifecycle {
    pub outgoing_days: i64,
    pub incoming_days: i64,
    pub end: LifecycleEnd,
    /// Facts the stages come from (blocked stages, end).
    pub stages_fact: String,
    pub end_fact: String,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum LifecycleEnd {
    /// The regulator's rule: the number may be resold within this many more days.
    Resale { within_days: i64 },
    /// Metfone: the number is closed, but can be restored for this many days.
    Restore { days: i64 },
    /// Cellcard: the number may be deleted once this many days have passed.
    Deleted { after_days: i64 },
}

/// One stage of a number's life around the end of its validity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StageKind {
    /// The last day of validity: top up before it ends.
    Ends,
    OutgoingBlocked,
    AllBlocked,
    /// The regulator's rule: within these days the number may be resold at any time.
    Resale,
    /// Metfone: closed, but the owner may ask to restore it until the last day.
    Restore,
    /// Cellcard: may be deleted or reassigned from the first day.
    Deleted,
}

impl StageKind {
    /// Its name in messages: `stage-<slug>-…` and CSS classes.
    pub fn slug(self) -> &'static str {
        match self {
            StageKind::Ends => "ends",
            StageKind::OutgoingBlocked => "outgoing",
            StageKind::AllBlocked => "incoming",
            StageKind::Resale => "resale",
            StageKind::Restore => "restore",
            StageKind::Deleted => "deleted",
        }
    }
}

/// A stage in day numbers: day 0 is the last day of validity, day 1 the day after it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stage {
    pub kind: StageKind,
    pub first_day: i64,
    /// The stage's last day; `None` when it has no end.
    pub last_day: Option<i64>,
    /// The fact that states it, for its source.
    pub fact: String,
    /// Whether an official source confirms it; if not, pages mark it as unconfirmed.
    pub confirmed: bool,
}

/// Facts the lifecycle is read from; `validate` makes sure they are there.
/// The regulator's stages, which every operator follows unless it has its own.
pub const REGULATOR_STAGES: &str = "trc-stages";
const METFONE_STAGES: &str = "metfone-stages";
const CELLCARD_RECYCLING: &str = "cellcard-recycling";

impl Fact {
    pub fn message_id(&self) -> String {
        format!("fact-{}", self.id)
    }

    pub fn applies_to(&self, operator: Operator) -> bool {
        self.operators.is_empty() || self.operators.contains(&operator)
    }

    /// Whether an official source confirms the part of the fact that states `value`.
    pub fn confirms(&self, value: &str) -> bool {
        self.confidence == Confidence::High && !self.medium_parts.iter().any(|v| v == value)
    }

    /// A number among its values.
    pub fn number(&self, name: &str) -> Option<i64> {
        match self.values.get(name) {
            Some(Value::Number(n)) => Some(*n),
            _ => None,
        }
    }

    /// The one operator this fact is about, if it is about exactly one.
    pub fn single_operator(&self) -> Option<Operator> {
        match self.operators.as_slice() {
            [only] => Some(*only),
            _ => None,
        }
    }
}

/// A contact value with its source.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sourced {
    pub value: String,
    pub sources: Vec<String>,
}

/// A company's hotline, with where it comes from: the number as written in Cambodia, the
/// same number in `+855` form (what a phone abroad, or any phone, dials) and the short code
/// that works only from the company's own SIM.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Hotline {
    /// `097 9097 097`
    pub number: String,
    /// `+855 97 9097 097`: the number without its `0`, after the country code.
    pub tel: String,
    /// `1777`, from the company's SIM only.
    pub short: Option<String>,
    pub sources: Vec<String>,
}

/// `tel:+855979097097` for `+855 97 9097 097`.
pub fn tel_uri(tel: &str) -> String {
    let digits: String = tel.chars().filter(|c| c.is_ascii_digit()).collect();
    format!("tel:+{digits}")
}

/// A phone number in `+855` form: `+855 `, then digits and spaces, with no leading `0`.
fn check_tel(tel: &str) -> Result<(), String> {
    let rest = tel
        .strip_prefix("+855 ")
        .ok_or_else(|| format!("{tel:?} must start with \"+855 \""))?;
    if rest.starts_with('0') || !rest.chars().all(|c| c.is_ascii_digit() || c == ' ') {
        return Err(format!("{tel:?}: digits after +855, without the 0"));
    }
    Ok(())
}

/// What the guide can tell a reader to contact when it has nothing specific.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OperatorContact {
    pub name: String,
    pub website: Option<Sourced>,
    pub hotline: Option<Hotline>,
}

/// The mobile prefixes a company was assigned, with where that comes from (medium
/// confidence: the pages mark them "not confirmed").
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Prefixes {
    /// `0` and two digits, as a number is written in Cambodia: `012`.
    pub prefixes: Vec<String>,
    pub sources: Vec<String>,
}

/// The whole of `src/facts.toml`.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Facts {
    pub checked_on: String,
    pub sources: BTreeMap<String, Source>,
    operators: BTreeMap<Operator, OperatorContact>,
    /// Which company each mobile prefix was assigned to (see `crate::lookup`).
    pub prefixes: BTreeMap<Operator, Prefixes>,
    pub facts: Vec<Fact>,
}

/// What is wrong with a facts file; it names the file and the offending entry.
#[derive(Debug, thiserror::Error)]
pub enum FactsError {
    #[error("{file}: {source}")]
    Parse {
        file: String,
        #[source]
        source: Box<toml::de::Error>,
    },
    #[error("{file}: {problem}")]
    Invalid { file: String, problem: String },
}

impl Facts {
    /// The facts file compiled into the binary.
    pub const BUILT_IN: &'static str = include_str!("facts.toml");
    pub const BUILT_IN_PATH: &'static str = "src/facts.toml";

    pub fn built_in() -> Result<Facts, FactsError> {
        Facts::parse(Self::BUILT_IN, Self::BUILT_IN_PATH)
    }

    /// Parses a facts file and checks that it is complete and consistent.
    pub fn parse(text: &str, file: &str) -> Result<Facts, FactsError> {
        let facts: Facts = toml::from_str(text).map_err(|e| FactsError::Parse {
            file: file.to_owned(),
            source: Box::new(e),
        })?;
        facts.validate().map_err(|problem| FactsError::Invalid {
            file: file.to_owned(),
            problem,
        })?;
        Ok(facts)
    }

    fn validate(&self) -> Result<(), String> {
        for operator in Operator::ALL {
            if !self.operators.contains_key(&operator) {
                return Err(format!("[operators.{operator}] is missing"));
            }
        }
        let mut cited: Vec<(&str, &String)> = Vec::new();
        for (operator, contact) in &self.operators {
            if let Some(hotline) = &contact.hotline {
                check_tel(&hotline.tel)?;
                if hotline.number.strip_prefix('0') != hotline.tel.strip_prefix("+855 ") {
                    return Err(format!(
                        "[operators.{operator}] hotline: {:?} is not {:?} in +855 form",
                        hotline.tel, hotline.number
                    ));
                }
            }
            let hotline_sources = contact.hotline.iter().flat_map(|h| &h.sources);
            let website_sources = contact.website.iter().flat_map(|w| &w.sources);
            cited.extend(
                website_sources
                    .chain(hotline_sources)
                    .map(|s| (operator.slug(), s)),
            );
        }
        self.validate_prefixes()?;
        for (operator, entry) in &self.prefixes {
            cited.extend(entry.sources.iter().map(|s| (operator.slug(), s)));
        }
        let mut ids = std::collections::BTreeSet::new();
        for fact in &self.facts {
            if !ids.insert(fact.id.as_str()) {
                return Err(format!("fact id {:?} appears twice", fact.id));
            }
            if fact.sources.is_empty() || fact.topics.is_empty() {
                return Err(format!("fact {:?} needs sources and topics", fact.id));
            }
            if let Some(part) = fact
                .medium_parts
                .iter()
                .find(|v| !fact.values.contains_key(*v))
            {
                return Err(format!(
                    "fact {:?}: medium_parts names {part:?}, which is not among its values",
                    fact.id
                ));
            }
            if fact.abroad.iter().any(|op| !fact.applies_to(*op)) {
                return Err(format!(
                    "fact {:?}: abroad names a company the fact does not apply to",
                    fact.id
                ));
            }
            for value in fact.values.values() {
                if let Value::Tel { tel } = value {
                    check_tel(tel).map_err(|e| format!("fact {:?}: {e}", fact.id))?;
                }
            }
            cited.extend(fact.sources.iter().map(|s| (fact.id.as_str(), s)));
        }
        for (by, source) in cited {
            if !self.sources.contains_key(source) {
                return Err(format!(
                    "{by:?} cites source {source:?}, which [sources] lacks"
                ));
            }
        }
        for (id, source) in &self.sources {
            if source.url.is_none() && source.label.is_none() {
                return Err(format!("source {id:?} needs a url or a label"));
            }
        }
        for operator in std::iter::once(None).chain(Operator::ALL.map(Some)) {
            if self.try_lifecycle(operator).is_none() {
                return Err(format!(
                    "the lifecycle facts for {operator:?} lack a number of days"
                ));
            }
        }
        for fact in &self.facts {
            if let Some(cell) = &fact.compare
                && (fact.single_operator().is_none()
                    || cell.value.is_some() == cell.message.is_some()
                    || cell
                        .value
                        .as_ref()
                        .is_some_and(|v| !fact.values.contains_key(v)))
            {
                return Err(format!(
                    "fact {:?}: compare needs one operator, and a value it has or a message",
                    fact.id
                ));
            }
        }
        if parse_iso_date(&self.checked_on).is_none() {
            return Err(format!(
                "checked_on {:?} is not a YYYY-MM-DD date",
                self.checked_on
            ));
        }
        Ok(())
    }

    /// `[prefixes]`: each prefix is `0` and two digits, under one company only, and each
    /// company's prefixes have a source (that the sources exist is checked with the rest).
    fn validate_prefixes(&self) -> Result<(), String> {
        let mut owner: BTreeMap<&str, Operator> = BTreeMap::new();
        for (&operator, entry) in &self.prefixes {
            if entry.prefixes.is_empty() || entry.sources.is_empty() {
                return Err(format!("[prefixes] {operator} needs prefixes and sources"));
            }
            for prefix in &entry.prefixes {
                let well_formed = prefix.len() == 3
                    && prefix.starts_with('0')
                    && prefix.bytes().all(|b| b.is_ascii_digit());
                if !well_formed {
                    return Err(format!(
                        "[prefixes] {operator}: {prefix:?} is not 0 and two digits"
                    ));
                }
                if let Some(other) = owner.insert(prefix, operator) {
                    return Err(format!(
                        "[prefixes] {prefix:?} is under both {other} and {operator}"
                    ));
                }
            }
        }
        Ok(())
    }

    /// What happens after validity ends for `operator`'s numbers (`None`: the regulator's
    /// rule, which every operator follows unless it has its own).
    pub fn lifecycle(&self, operator: Option<Operator>) -> Lifecycle {
        self.try_lifecycle(operator)
            .expect("validate() checked the lifecycle facts")
    }

    /// The stages of a number's life from its last day of validity, by `operator`'s rule.
    /// The one place they are computed: the overview's timeline, the reminder's dates, the
    /// comparison and the calendar file all read them from here.
    pub fn stages(&self, operator: Option<Operator>) -> Vec<Stage> {
        let life = self.lifecycle(operator);
        let stage = |kind, first_day, last_day, fact: &str, value: &str| Stage {
            kind,
            first_day,
            last_day,
            fact: fact.to_owned(),
            confirmed: self.fact(fact).is_some_and(|f| f.confirms(value)),
        };
        let outgoing_end = life.outgoing_days;
        let blocked_end = outgoing_end + life.incoming_days;
        let stages_fact = life.stages_fact.as_str();
        let end_fact = life.end_fact.as_str();
        vec![
            stage(StageKind::Ends, 0, Some(0), stages_fact, "outgoing_days"),
            stage(
                StageKind::OutgoingBlocked,
                1,
                Some(outgoing_end),
                stages_fact,
                "outgoing_days",
            ),
            stage(
                StageKind::AllBlocked,
                outgoing_end + 1,
                Some(blocked_end),
                stages_fact,
                "incoming_days",
            ),
            match life.end {
                LifecycleEnd::Resale { within_days } => stage(
                    StageKind::Resale,
                    blocked_end + 1,
                    Some(blocked_end + within_days),
                    end_fact,
                    "resale_days",
                ),
                LifecycleEnd::Restore { days } => stage(
                    StageKind::Restore,
                    blocked_end + 1,
                    Some(blocked_end + days),
                    end_fact,
                    "restore_days",
                ),
                LifecycleEnd::Deleted { after_days } => {
                    stage(StageKind::Deleted, after_days + 1, None, end_fact, "days")
                }
            },
        ]
    }

    fn try_lifecycle(&self, operator: Option<Operator>) -> Option<Lifecycle> {
        let regulator = self.fact(REGULATOR_STAGES)?;
        let (stages, end, end_fact) = match operator {
            Some(Operator::Metfone) => {
                let metfone = self.fact(METFONE_STAGES)?;
                (
                    metfone,
                    LifecycleEnd::Restore {
                        days: metfone.number("restore_days")?,
                    },
                    metfone,
                )
            }
            Some(Operator::Cellcard) => {
                let cellcard = self.fact(CELLCARD_RECYCLING)?;
                (
                    regulator,
                    LifecycleEnd::Deleted {
                        after_days: cellcard.number("days")?,
                    },
                    cellcard,
                )
            }
            _ => (
                regulator,
                LifecycleEnd::Resale {
                    within_days: regulator.number("resale_days")?,
                },
                regulator,
            ),
        };
        Some(Lifecycle {
            outgoing_days: stages.number("outgoing_days")?,
            incoming_days: stages.number("incoming_days")?,
            end,
            stages_fact: stages.id.clone(),
            end_fact: end_fact.id.clone(),
        })
    }

    /// How sure the facts are that `channel` works from abroad for `operator` (`None`: for
    /// at least one company): `High` if a high-confidence fact says so, `Medium` if only a
    /// reported one does, nothing if no fact does.
    pub fn works_from_abroad(
        &self,
        channel: Channel,
        operator: Option<Operator>,
    ) -> Option<Confidence> {
        let mut supporting = self.facts.iter().filter(|f| {
            f.topics.contains(&channel.into())
                && operator.map_or(!f.abroad.is_empty(), |op| f.abroad.contains(&op))
        });
        let first = supporting.next()?.confidence;
        Some(
            if first == Confidence::High || supporting.any(|f| f.confidence == Confidence::High) {
                Confidence::High
            } else {
                Confidence::Medium
            },
        )
    }

    /// The fact that fills `column` for `operator` in the comparison, if any.
    pub fn compare_cell(&self, operator: Operator, column: Column) -> Option<&Fact> {
        self.facts.iter().find(|f| {
            f.single_operator() == Some(operator)
                && f.compare.as_ref().is_some_and(|c| c.column == column)
        })
    }

    pub fn contact(&self, operator: Operator) -> &OperatorContact {
        // validate() guarantees every operator is present.
        &self.operators[&operator]
    }

    pub fn source(&self, id: &str) -> &Source {
        &self.sources[id]
    }

    pub fn fact(&self, id: &str) -> Option<&Fact> {
        self.facts.iter().find(|f| f.id == id)
    }

    /// The company facts under `topic` for the reader's filter: facts whose data names a
    /// company, and with a filter only those that name that company.
    pub fn for_topic(
        &self,
        topic: Topic,
        operator: Option<Operator>,
    ) -> impl Iterator<Item = &Fact> {
        self.facts.iter().filter(move |f| {
            f.topics.contains(&topic)
                && !f.operators.is_empty()
                && operator.is_none_or(|op| f.operators.contains(&op))
        })
    }

    /// The facts under `topic` that name no company: the regulator's rules for every
    /// company, and services whose coverage is not known.
    pub fn general_for_topic(&self, topic: Topic) -> impl Iterator<Item = &Fact> {
        self.facts
            .iter()
            .filter(move |f| f.topics.contains(&topic) && f.operators.is_empty())
    }
}

/// `YYYY-MM-DD` as a date, if it is one.
pub fn parse_iso_date(s: &str) -> Option<chrono::NaiveDate> {
    chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_in_facts_load() {
        let facts = Facts::built_in().unwrap();
        assert!(facts.fact("trc-stages").is_some());
    }

    #[test]
    fn a_missing_source_is_reported_with_the_fact() {
        let text = Facts::BUILT_IN.replace("sources = [\"paygo-terms\"]", "sources = [\"nope\"]");
        let err = Facts::parse(&text, "x.toml").unwrap_err().to_string();
        assert!(
            err.contains("x.toml") && err.contains("paygo-kiosk") && err.contains("nope"),
            "{err}"
        );
    }

    #[test]
    fn a_prefix_under_two_companies_is_refused() {
        let text = Facts::BUILT_IN.replace(r#"["038"]"#, r#"["038", "012"]"#);
        let err = Facts::parse(&text, "x.toml").unwrap_err().to_string();
        assert!(err.contains("\"012\" is under both"), "{err}");
    }

    #[test]
    fn a_prefix_must_be_zero_and_two_digits() {
        for bad in ["38", "0381", "+85538", "0a8"] {
            let text = Facts::BUILT_IN.replace(r#"["038"]"#, &format!("[{bad:?}]"));
            let err = Facts::parse(&text, "x.toml").unwrap_err().to_string();
            assert!(err.contains("is not 0 and two digits"), "{bad}: {err}");
        }
    }

    #[test]
    fn a_prefix_source_must_exist() {
        let text = Facts::BUILT_IN.replace(
            r#"sources = ["libphonenumber-018", "seatel-blog"]"#,
            r#"sources = ["libphonenumber-018", "nope"]"#,
        );
        let err = Facts::parse(&text, "x.toml").unwrap_err().to_string();
        assert!(err.contains("seatel") && err.contains("nope"), "{err}");
    }

    /// A hotline's +855 form is its number without the 0, and a fact's `tel` is in +855 form.
    #[test]
    fn a_hotline_is_its_own_number_in_plus_855_form() {
        for (from, to, expected) in [
            (
                r#"tel = "+855 97 9097 097""#,
                r#"tel = "+855 97 9097 098""#,
                "+855 form",
            ),
            (
                r#"tel = "+855 12 812 812""#,
                r#"tel = "012 812 812""#,
                "must start with",
            ),
            (
                r#"hotline = { tel = "+855 18 8800 800" }"#,
                r#"hotline = { tel = "+855 018 8800 800" }"#,
                "mpay-hotline",
            ),
        ] {
            let text = Facts::BUILT_IN.replace(from, to);
            assert_ne!(text, Facts::BUILT_IN, "{from}");
            let err = Facts::parse(&text, "x.toml").unwrap_err().to_string();
            assert!(err.contains(expected), "{to}: {err}");
        }
        assert_eq!(tel_uri("+855 97 9097 097"), "tel:+855979097097");
    }

    #[test]
    fn source_label_is_the_host() {
        let s = Source {
            url: Some("https://www.smart.com.kh/a/b".into()),
            zh: None,
            label: None,
        };
        assert_eq!(s.label(), "smart.com.kh");
    }
}
