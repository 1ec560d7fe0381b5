//! Keeping a number through an absence: which top-ups keep its validity from ending before
//! the reader is back, and what they cost. Pure arithmetic on dates and the days each
//! amount buys (facts.toml); the view says it in words.
//!
//! Each top-up's days are counted from the day it is made, that day included: $1 for 8
//! days made on 31 January keeps the number valid through 7 February. If the company adds
//! them to the days left instead, the reader gets more, never less. Each top-up is planned
//! for its latest day, the last valid day before it, so the validity never lapses.

use chrono::{Days, NaiveDate};

use crate::content::{Facts, Operator, Value};

/// How a top-up is bought: its days per amount come from different tables.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Way {
    /// A scratch card (Smart's card table).
    Card,
    /// Online, PayGo or an ATM (Smart's online table).
    Online,
}

impl Way {
    pub fn slug(self) -> &'static str {
        match self {
            Way::Card => "card",
            Way::Online => "online",
        }
    }
}

/// An amount and the days of validity it buys.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Offer {
    /// US cents.
    pub cents: u32,
    pub days: u32,
    pub way: Way,
}

/// One planned top-up: its latest day, what to buy, and the validity's new last day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TopUp {
    pub latest: NaiveDate,
    pub offer: Offer,
    pub valid_until: NaiveDate,
}

/// The top-ups in order, with their total.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Schedule {
    pub top_ups: Vec<TopUp>,
    pub total_cents: u32,
}

/// The amounts `operator`'s facts give days for: each fact's `validity` table (scratch
/// cards) and its `from_N`/`days_N` rows (online: the lowest amount of each range).
/// Empty for a company whose days per amount are not known.
pub fn offers(facts: &Facts, operator: Operator) -> Vec<Offer> {
    let mut offers = Vec::new();
    for fact in facts
        .facts
        .iter()
        .filter(|f| f.single_operator() == Some(operator))
    {
        offers.extend(fact.validity.iter().filter_map(|row| {
            Some(Offer {
                cents: u32::try_from(row.usd).ok()?.checked_mul(100)?,
                days: u32::try_from(row.days).ok()?,
                way: Way::Card,
            })
        }));
        for n in 1.. {
            let (Some(Value::Text(from)), Some(Value::Number(days))) = (
                fact.values.get(&format!("from_{n}")),
                fact.values.get(&format!("days_{n}")),
            ) else {
                break;
            };
            if let (Some(cents), Ok(days)) = (cents_of(from), u32::try_from(*days)) {
                offers.push(Offer {
                    cents,
                    days,
                    way: Way::Online,
                });
            }
        }
    }
    offers
}

/// `"2.50"` → 250, `"1"` → 100.
pub fn cents_of(text: &str) -> Option<u32> {
    let (whole, part) = text.split_once('.').unwrap_or((text, ""));
    if whole.is_empty()
        || part.len() > 2
        || !(whole.chars().chain(part.chars())).all(|c| c.is_ascii_digit())
    {
        return None;
    }
    let whole: u32 = whole.parse().ok()?;
    let part: u32 = format!("{part:0<2}").parse().ok()?;
    whole.checked_mul(100)?.checked_add(part)
}

/// The day the first top-up is due: the last valid day, or today if that has passed.
pub fn first_due(ends: NaiveDate, today: NaiveDate) -> NaiveDate {
    ends.max(today)
}

/// How many days beyond [`first_due`] the validity must reach so that it lasts until
/// `back`; 0 when it already does.
pub fn days_needed(ends: NaiveDate, today: NaiveDate, back: NaiveDate) -> u32 {
    if ends >= today && ends >= back {
        return 0;
    }
    // A lapsed number needs a top-up whatever the return date.
    let need = (back - first_due(ends, today)).num_days().max(1);
    u32::try_from(need).unwrap_or(u32::MAX)
}

/// What a top-up adds past the day it is made (which its days include).
fn reach(offer: &Offer) -> usize {
    offer.days.saturating_sub(1) as usize
}

/// The fewest top-ups that reach `need` days, the cheapest such; `None` if no offer adds a
/// day.
pub fn fewest(offers: &[Offer], need: u32) -> Option<Vec<Offer>> {
    best(offers, need, |count, cents| (count, cents))
}

/// The lowest total cost that reaches `need` days, with the fewest top-ups at that cost.
pub fn cheapest(offers: &[Offer], need: u32) -> Option<Vec<Offer>> {
    best(offers, need, |count, cents| (cents, count))
}

/// Exact minimisation over days (an unbounded covering knapsack): `best[c]` is the best set
/// of top-ups reaching at least `c` days, by `key` of (count, cents).
fn best(offers: &[Offer], need: u32, key: impl Fn(u64, u64) -> (u64, u64)) -> Option<Vec<Offer>> {
    let usable: Vec<&Offer> = offers.iter().filter(|o| reach(o) > 0).collect();
    if usable.is_empty() {
        return None;
    }
    let need = need as usize;
    // (count, cents, the offer taken last, the days covered before it)
    let mut table: Vec<Option<(u64, u64, usize, usize)>> = vec![None; need + 1];
    table[0] = Some((0, 0, usize::MAX, 0));
    for covered in 1..=need {
        for (i, offer) in usable.iter().enumerate() {
            let before = covered.saturating_sub(reach(offer));
            let Some((count, cents, _, _)) = table[before] else {
                continue;
            };
            let candidate = (count + 1, cents + u64::from(offer.cents), i, before);
            let better =
                table[covered].is_none_or(|(c, p, _, _)| key(candidate.0, candidate.1) < key(c, p));
            if better {
                table[covered] = Some(candidate);
            }
        }
    }
    let mut chosen = Vec::new();
    let mut at = need;
    while at > 0 {
        let (_, _, i, before) = table[at]?;
        chosen.push(*usable[i]);
        at = before;
    }
    // The longest first: fewer dates to keep in mind early on.
    chosen.sort_by(|a, b| b.days.cmp(&a.days).then(a.way.cmp(&b.way)));
    Some(chosen)
}

/// The top-ups' dates: each on the last valid day the one before it leaves.
pub fn schedule(first_due: NaiveDate, top_ups: &[Offer]) -> Schedule {
    let mut latest = first_due;
    let mut planned = Vec::new();
    for offer in top_ups {
        let valid_until = latest
            .checked_add_days(Days::new(reach(offer) as u64))
            .unwrap_or(NaiveDate::MAX);
        planned.push(TopUp {
            latest,
            offer: *offer,
            valid_until,
        });
        latest = valid_until;
    }
    Schedule {
        total_cents: top_ups.iter().map(|o| o.cents).sum(),
        top_ups: planned,
    }
}

/// The days in a year, for "the cheapest cost for a year".
pub const YEAR_DAYS: u32 = 365;

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn card(usd: u32, days: u32) -> Offer {
        Offer {
            cents: usd * 100,
            days,
            way: Way::Card,
        }
    }

    /// Smart's card table, as facts.toml has it.
    fn smart_cards() -> Vec<Offer> {
        [(1, 8), (2, 15), (5, 40), (10, 70), (20, 100), (50, 200)]
            .map(|(usd, days)| card(usd, days))
            .to_vec()
    }

    #[test]
    fn smarts_tables_are_read_from_the_facts() {
        let facts = Facts::built_in().unwrap();
        let offers = offers(&facts, Operator::Smart);
        for offer in smart_cards() {
            assert!(offers.contains(&offer), "{offer:?}");
        }
        let online = |cents, days| Offer {
            cents,
            days,
            way: Way::Online,
        };
        for offer in [online(100, 8), online(200, 15), online(250, 16)] {
            assert!(offers.contains(&offer), "{offer:?}");
        }
        assert_eq!(offers.len(), 9);
        for op in [
            Operator::Metfone,
            Operator::Cellcard,
            Operator::Cootel,
            Operator::Seatel,
        ] {
            assert!(super::offers(&facts, op).is_empty(), "{op}");
        }
    }

    #[test]
    fn amounts_read_as_cents() {
        assert_eq!(cents_of("2.50"), Some(250));
        assert_eq!(cents_of("1"), Some(100));
        assert_eq!(cents_of("1.5"), Some(150));
        assert_eq!(cents_of("1.999"), None);
        assert_eq!(cents_of("x"), None);
        assert_eq!(cents_of(".5"), None);
    }

    #[test]
    fn days_are_counted_from_the_day_of_the_top_up_across_month_and_year_ends() {
        // $1 for 8 days on 31 January: valid through 7 February.
        let plan = schedule(date("2027-01-31"), &[card(1, 8)]);
        assert_eq!(plan.top_ups[0].valid_until, date("2027-02-07"));
        // Across the year's end.
        let plan = schedule(date("2026-12-28"), &[card(1, 8), card(1, 8)]);
        assert_eq!(plan.top_ups[0].valid_until, date("2027-01-04"));
        assert_eq!(plan.top_ups[1].latest, date("2027-01-04"));
        assert_eq!(plan.top_ups[1].valid_until, date("2027-01-11"));
        assert_eq!(plan.total_cents, 200);
    }

    #[test]
    fn the_29th_of_february_is_a_day_like_any_other() {
        // 2028 is a leap year: 22 February + 7 days is 29 February, + 14 is 7 March.
        let plan = schedule(date("2028-02-22"), &[card(1, 8), card(1, 8)]);
        assert_eq!(plan.top_ups[0].valid_until, date("2028-02-29"));
        assert_eq!(plan.top_ups[1].valid_until, date("2028-03-07"));
        assert_eq!(
            days_needed(date("2028-02-28"), date("2028-02-01"), date("2028-03-01")),
            2
        );
        // In 2027 the same dates are a day apart more.
        assert_eq!(
            days_needed(date("2027-02-28"), date("2027-02-01"), date("2027-03-01")),
            1
        );
    }

    #[test]
    fn nothing_is_needed_when_the_validity_outlasts_the_absence() {
        let today = date("2026-11-25");
        assert_eq!(
            days_needed(date("2027-01-10"), today, date("2027-01-10")),
            0
        );
        assert_eq!(
            days_needed(date("2027-01-10"), today, date("2027-01-11")),
            1
        );
        // A lapsed number is topped up today, whatever the return date.
        assert_eq!(
            days_needed(date("2026-11-01"), today, date("2026-11-26")),
            1
        );
        assert_eq!(first_due(date("2026-11-01"), today), today);
    }

    #[test]
    fn an_absence_longer_than_a_year() {
        let today = date("2026-11-25");
        let need = days_needed(date("2026-12-01"), today, date("2028-03-01"));
        assert_eq!(need, 456);
        let plan = fewest(&smart_cards(), need).unwrap();
        // 199 days each: three $50 cards reach 597 ≥ 456, two reach 398 < 456.
        assert_eq!(plan.len(), 3);
        let schedule = schedule(date("2026-12-01"), &plan);
        let last = schedule.top_ups.last().unwrap();
        assert!(last.valid_until >= date("2028-03-01"));
        assert_eq!(schedule.top_ups[1].latest, schedule.top_ups[0].valid_until);
    }

    #[test]
    fn fewest_and_cheapest_differ_and_each_is_optimal() {
        let offers = smart_cards();
        let cheap = cheapest(&offers, YEAR_DAYS).unwrap();
        let few = fewest(&offers, YEAR_DAYS).unwrap();
        let cost = |p: &[Offer]| p.iter().map(|o| o.cents).sum::<u32>();
        let reach_of = |p: &[Offer]| p.iter().map(|o| o.days - 1).sum::<u32>();
        assert!(reach_of(&cheap) >= YEAR_DAYS && reach_of(&few) >= YEAR_DAYS);
        assert_eq!(few.len(), 2, "two $50 cards");
        assert!(cost(&cheap) <= cost(&few));
        assert!(few.len() <= cheap.len());
    }

    /// Every multiset of up to `max` top-ups, by brute force: the best cost and count.
    fn brute(offers: &[Offer], need: u32, max: usize) -> (u32, usize) {
        fn go(offers: &[Offer], need: i64, left: usize, from: usize) -> Option<(u32, usize)> {
            if need <= 0 {
                return Some((0, 0));
            }
            if left == 0 {
                return None;
            }
            (from..offers.len())
                .filter_map(|i| {
                    let o = offers[i];
                    go(offers, need - i64::from(o.days - 1), left - 1, i)
                        .map(|(c, n)| (c + o.cents, n + 1))
                })
                .min()
        }
        go(offers, i64::from(need), max, 0).unwrap()
    }

    #[test]
    fn the_cheapest_plan_is_exact() {
        let mut offers = smart_cards();
        offers.extend([(100, 8), (200, 15), (250, 16)].map(|(cents, days)| Offer {
            cents,
            days,
            way: Way::Online,
        }));
        for need in [1, 6, 7, 8, 14, 15, 30, 64, 100, 150] {
            let plan = cheapest(&offers, need).unwrap();
            let cost: u32 = plan.iter().map(|o| o.cents).sum();
            assert_eq!(
                (cost, plan.len()),
                brute(&offers, need, 12),
                "need {need}: {plan:?}"
            );
        }
    }

    #[test]
    fn an_offer_of_one_day_adds_nothing() {
        assert_eq!(fewest(&[card(1, 1)], 5), None);
    }
}
