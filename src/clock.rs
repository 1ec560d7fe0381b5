//! The time, injected: the server reads the system clock, tests set a fixed one, so that no
//! test depends on the day it runs.

use std::sync::Arc;

use chrono::{DateTime, FixedOffset, NaiveDate, Utc};

/// Cambodia keeps UTC+7 all year (no daylight saving), so a fixed offset is exact.
pub fn cambodia() -> FixedOffset {
    FixedOffset::east_opt(7 * 3600).expect("UTC+7 is a valid offset")
}

/// Where "now" comes from. Cheap to clone.
#[derive(Clone)]
pub struct Clock(Arc<dyn Fn() -> DateTime<Utc> + Send + Sync>);

impl Clock {
    /// The system clock.
    pub fn system() -> Clock {
        Clock(Arc::new(Utc::now))
    }

    /// A clock stopped at `at`.
    pub fn fixed(at: DateTime<Utc>) -> Clock {
        Clock(Arc::new(move || at))
    }

    /// A clock stopped at noon, Cambodian time, on `day`.
    pub fn fixed_on(day: NaiveDate) -> Clock {
        let noon = day
            .and_hms_opt(12, 0, 0)
            .expect("noon exists")
            .and_local_timezone(cambodia())
            .single()
            .expect("a fixed offset has one local time");
        Clock::fixed(noon.with_timezone(&Utc))
    }

    pub fn now(&self) -> DateTime<Utc> {
        (self.0)()
    }

    /// Today's date in Cambodia, where the number's validity is counted.
    pub fn today(&self) -> NaiveDate {
        self.now().with_timezone(&cambodia()).date_naive()
    }
}

impl Default for Clock {
    fn default() -> Self {
        Clock::system()
    }
}

impl std::fmt::Debug for Clock {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Clock({})", self.now())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn today_is_the_date_in_cambodia() {
        // 18:30 UTC on 31 Dec is already 1 Jan in Phnom Penh.
        let late = DateTime::parse_from_rfc3339("2030-12-31T18:30:00Z").unwrap();
        let clock = Clock::fixed(late.with_timezone(&Utc));
        assert_eq!(clock.today(), NaiveDate::from_ymd_opt(2031, 1, 1).unwrap());
        let early = DateTime::parse_from_rfc3339("2030-12-31T16:59:00Z").unwrap();
        assert_eq!(
            Clock::fixed(early.with_timezone(&Utc)).today(),
            NaiveDate::from_ymd_opt(2030, 12, 31).unwrap()
        );
    }

    #[test]
    fn fixed_on_gives_that_day() {
        let day = NaiveDate::from_ymd_opt(2029, 2, 28).unwrap();
        assert_eq!(Clock::fixed_on(day).today(), day);
    }
}
