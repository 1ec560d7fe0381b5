//! At most N reports per client address in a sliding window, counted in memory only.
//!
//! Hand-written rather than a rate-limiting crate: those (governor and the like) refill a
//! token bucket, which lets more than N through in some windows; the rule here is exact.
//! Each address keeps at most N times, and addresses whose times have all expired are
//! dropped, so memory stays bounded by the traffic of one window.

use std::collections::{HashMap, VecDeque};
use std::net::IpAddr;
use std::sync::Mutex;

use chrono::{DateTime, Duration, Utc};

pub struct Limiter {
    per_window: usize,
    window: Duration,
    seen: Mutex<HashMap<IpAddr, VecDeque<DateTime<Utc>>>>,
}

/// The address a limit counts: IPv6 clients usually hold a whole /64, so it counts as one.
pub fn client_key(address: IpAddr) -> IpAddr {
    match address {
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => {
                let mut segments = v6.segments();
                segments[4..].fill(0);
                IpAddr::V6(segments.into())
            }
        },
        v4 => v4,
    }
}

impl Limiter {
    pub fn new(per_window: usize, window: Duration) -> Limiter {
        Limiter {
            per_window,
            window,
            seen: Mutex::new(HashMap::new()),
        }
    }

    /// Counts one report from `address` at `now`, or, past the limit, says how many whole
    /// seconds until the next one is allowed.
    pub fn try_acquire(&self, address: IpAddr, now: DateTime<Utc>) -> Result<(), u64> {
        let key = client_key(address);
        let mut seen = self
            .seen
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let cutoff = now - self.window;
        if seen.len() > 10_000 {
            seen.retain(|_, times| times.back().is_some_and(|t| *t > cutoff));
        }
        let times = seen.entry(key).or_default();
        while times.front().is_some_and(|t| *t <= cutoff) {
            times.pop_front();
        }
        if times.len() >= self.per_window {
            let oldest = times.front().copied().unwrap_or(now);
            let wait = (oldest + self.window - now).num_milliseconds().max(0) as u64;
            return Err(wait.div_ceil(1000).max(1));
        }
        times.push_back(now);
        Ok(())
    }

    /// Gives back the last report counted for `address` (it could not be stored).
    pub fn release(&self, address: IpAddr) {
        let mut seen = self
            .seen
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some(times) = seen.get_mut(&client_key(address)) {
            times.pop_back();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(minutes: i64, seconds: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(1_900_000_000, 0).unwrap()
            + Duration::minutes(minutes)
            + Duration::seconds(seconds)
    }

    #[test]
    fn five_per_ten_minutes_then_a_wait_until_the_oldest_expires() {
        let limiter = Limiter::new(5, Duration::minutes(10));
        let ip: IpAddr = "192.0.2.1".parse().unwrap();
        for minute in 0..5 {
            assert_eq!(limiter.try_acquire(ip, at(minute, 0)), Ok(()));
        }
        assert_eq!(limiter.try_acquire(ip, at(5, 0)), Err(5 * 60));
        assert_eq!(limiter.try_acquire(ip, at(9, 59)), Err(1));
        // Another address is not affected.
        assert_eq!(
            limiter.try_acquire("192.0.2.2".parse().unwrap(), at(5, 0)),
            Ok(())
        );
        // The first report leaves the window at 10:00.
        assert_eq!(limiter.try_acquire(ip, at(10, 0)), Ok(()));
        assert_eq!(limiter.try_acquire(ip, at(10, 1)), Err(60 - 1));
    }

    #[test]
    fn a_released_report_does_not_count() {
        let limiter = Limiter::new(1, Duration::minutes(10));
        let ip: IpAddr = "192.0.2.1".parse().unwrap();
        assert_eq!(limiter.try_acquire(ip, at(0, 0)), Ok(()));
        limiter.release(ip);
        assert_eq!(limiter.try_acquire(ip, at(0, 1)), Ok(()));
    }

    #[test]
    fn an_ipv6_slash_64_is_one_client() {
        let limiter = Limiter::new(1, Duration::minutes(10));
        let first: IpAddr = "2001:db8:1:2::1".parse().unwrap();
        let same_64: IpAddr = "2001:db8:1:2:ffff::9".parse().unwrap();
        let other_64: IpAddr = "2001:db8:1:3::1".parse().unwrap();
        assert_eq!(limiter.try_acquire(first, at(0, 0)), Ok(()));
        assert!(limiter.try_acquire(same_64, at(0, 0)).is_err());
        assert_eq!(limiter.try_acquire(other_64, at(0, 0)), Ok(()));
        let mapped: IpAddr = "::ffff:192.0.2.7".parse().unwrap();
        assert_eq!(client_key(mapped), "192.0.2.7".parse::<IpAddr>().unwrap());
    }
}
