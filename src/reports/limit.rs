//! At most N reports per client in a sliding window, counted in memory only, and which
//! client a request counts as.
//!
//! Hand-written rather than governor: governor refills a token bucket (GCRA), which lets
//! more than N through in some windows and answers the sixth report of a burst with a wait
//! of a fifth of the window; the rule here is exact, and reads the injected clock.
//!
//! **Bounded**: at most [`MAX_CLIENTS`] clients are held, each with at most N times. The
//! table is a [`DashMap`] (sharded locks, so a request locks one shard and looks up one
//! client: its cost does not grow with the number of clients); nothing on a request's path
//! scans it. Clients whose times have all expired are dropped by [`Limiter::sweep`], which
//! [`super::Reports::new`] runs every [`SWEEP_EVERY`]. While the table is full, a client not
//! in it is refused (429) until a sweep makes room: a flood of new addresses can hold back
//! reports for a window, never grow the memory. At the default 5 per window the table and
//! its times take under 3 MB ([`Limiter::heap_bytes`], [`Limiter::heap_bound`]).

use std::collections::VecDeque;
use std::net::IpAddr;
use std::sync::atomic::{AtomicUsize, Ordering};

use axum::http::HeaderMap;
use chrono::{DateTime, Duration, Utc};
use dashmap::DashMap;
use dashmap::mapref::entry::Entry;
use ipnet::IpNet;

/// The most clients the limiter holds at once.
pub const MAX_CLIENTS: usize = 16_384;
/// How often expired clients are dropped.
pub const SWEEP_EVERY: std::time::Duration = std::time::Duration::from_secs(60);

type Times = VecDeque<DateTime<Utc>>;

pub struct Limiter {
    per_window: usize,
    window: Duration,
    capacity: usize,
    clients: DashMap<IpAddr, Times>,
    /// `clients.len()`, kept here so that checking for room locks no other shard.
    held: AtomicUsize,
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
        Limiter::with_capacity(per_window, window, MAX_CLIENTS)
    }

    /// A limiter holding at most `capacity` clients.
    pub fn with_capacity(per_window: usize, window: Duration, capacity: usize) -> Limiter {
        Limiter {
            per_window,
            window,
            capacity,
            clients: DashMap::new(),
            held: AtomicUsize::new(0),
        }
    }

    /// Counts one report from `address` at `now`, or, past the limit (or while the table is
    /// full and `address` is not in it), says how many whole seconds to wait.
    pub fn try_acquire(&self, address: IpAddr, now: DateTime<Utc>) -> Result<(), u64> {
        let cutoff = now - self.window;
        let mut times = match self.clients.entry(client_key(address)) {
            Entry::Occupied(entry) => entry.into_ref(),
            Entry::Vacant(entry) => {
                let room = self
                    .held
                    .fetch_update(Ordering::AcqRel, Ordering::Acquire, |n| {
                        (n < self.capacity).then_some(n + 1)
                    });
                if room.is_err() {
                    return Err(SWEEP_EVERY.as_secs());
                }
                entry.insert(VecDeque::with_capacity(self.per_window.min(EXACT_UP_TO)))
            }
        };
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
        if let Some(mut times) = self.clients.get_mut(&client_key(address)) {
            times.pop_back();
        }
    }

    /// Drops the clients with no report in the window before `now`; run on a timer, never
    /// on a request's path.
    pub fn sweep(&self, now: DateTime<Utc>) {
        let cutoff = now - self.window;
        self.clients.retain(|_, times| {
            let keep = times.back().is_some_and(|t| *t > cutoff);
            if !keep {
                self.held.fetch_sub(1, Ordering::AcqRel);
            }
            keep
        });
    }

    /// How many clients are held.
    pub fn clients(&self) -> usize {
        self.held.load(Ordering::Acquire)
    }

    /// The bytes the table and its times hold (allocator overhead aside). Reads every
    /// client: for tests and diagnostics, not for a request.
    pub fn heap_bytes(&self) -> usize {
        let times: usize = self
            .clients
            .iter()
            .map(|entry| entry.value().capacity())
            .sum();
        self.clients.capacity() * SLOT_BYTES + times * TIME_BYTES
    }

    /// What [`Limiter::heap_bytes`] stays under: a full table that has grown to twice its
    /// clients (hash tables grow by doubling), each client with room for its `per_window`
    /// times (exactly up to [`EXACT_UP_TO`], grown by doubling past it, so under twice).
    pub fn heap_bound(&self) -> usize {
        let times = match self.per_window <= EXACT_UP_TO {
            true => self.per_window,
            false => 2 * self.per_window,
        };
        2 * self.capacity * SLOT_BYTES + self.capacity * times * TIME_BYTES
    }
}

/// A client's times are allocated for the whole limit up to this many; past it (a large
/// `--report-limit`) they grow only as the client sends reports.
const EXACT_UP_TO: usize = 8;

/// One table slot: the key, its times' header and the hash table's control byte.
const SLOT_BYTES: usize = std::mem::size_of::<(IpAddr, Times)>() + 1;
const TIME_BYTES: usize = std::mem::size_of::<DateTime<Utc>>();

/// The client a request counts as. The peer, unless the peer is one of the `trusted`
/// proxies: then the right-most address of `Forwarded` (its `for=`; RFC 7239) or, without
/// it, `X-Forwarded-For` that is not itself a trusted proxy. Each proxy appends the address
/// it received from, so everything left of that one could have been written by the client.
/// An entry that is not an address (`unknown`, an obfuscated `_name`) stops the walk at
/// the proxy that wrote it.
pub fn client_of(peer: IpAddr, headers: &HeaderMap, trusted: &[IpNet]) -> IpAddr {
    let is_trusted = |ip: IpAddr| trusted.iter().any(|net| net.contains(&unmapped(ip)));
    if !is_trusted(peer) {
        return peer;
    }
    let chain = forwarded_for(headers).unwrap_or_else(|| x_forwarded_for(headers));
    let mut client = peer;
    for hop in chain.iter().rev() {
        match hop {
            Some(ip) if is_trusted(*ip) => client = *ip,
            Some(ip) => return *ip,
            None => return client,
        }
    }
    client
}

/// An IPv4-mapped IPv6 address as the IPv4 address it is, so `10.0.0.0/8` covers it.
fn unmapped(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(ip, IpAddr::V4),
        v4 => v4,
    }
}

/// The `for=` of every `Forwarded` element, in order; None without the header.
fn forwarded_for(headers: &HeaderMap) -> Option<Vec<Option<IpAddr>>> {
    let mut values = headers.get_all("forwarded").iter().peekable();
    values.peek()?;
    let mut chain = Vec::new();
    for value in values {
        let Ok(value) = value.to_str() else {
            chain.push(None);
            continue;
        };
        for element in value.split(',') {
            let node = element.split(';').find_map(|pair| {
                let (name, value) = pair.split_once('=')?;
                name.trim().eq_ignore_ascii_case("for").then_some(value)
            });
            if let Some(node) = node {
                chain.push(forwarded_node(node));
            }
        }
    }
    Some(chain)
}

/// A `for=` node: `192.0.2.1`, `"192.0.2.1:4711"`, `"[2001:db8::1]:4711"`, `unknown`.
fn forwarded_node(node: &str) -> Option<IpAddr> {
    let node = node.trim().trim_matches('"');
    if let Some(rest) = node.strip_prefix('[') {
        return rest.split_once(']')?.0.parse().ok();
    }
    address_with_port(node)
}

/// Every address of every `X-Forwarded-For`, in order.
fn x_forwarded_for(headers: &HeaderMap) -> Vec<Option<IpAddr>> {
    headers
        .get_all("x-forwarded-for")
        .iter()
        .flat_map(|value| match value.to_str() {
            Ok(text) => text.split(',').map(address_with_port).collect(),
            Err(_) => vec![None],
        })
        .collect()
}

/// An address, with or without a port (`192.0.2.1:4711`, `[2001:db8::1]:4711`).
fn address_with_port(text: &str) -> Option<IpAddr> {
    let text = text.trim();
    text.parse::<IpAddr>()
        .ok()
        .or_else(|| text.parse::<std::net::SocketAddr>().ok().map(|s| s.ip()))
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

    fn client(n: u32) -> IpAddr {
        IpAddr::from(std::net::Ipv4Addr::from(0x0A00_0000 + n))
    }

    /// 20,000 clients, more than the table holds: it stops at [`MAX_CLIENTS`], its bytes
    /// under the stated bound (3 MB at the default 5), and a new client waits for a sweep.
    #[test]
    fn twenty_thousand_clients_stay_within_the_stated_bound() {
        let limiter = Limiter::new(5, Duration::minutes(10));
        assert!(
            limiter.heap_bound() < 3 * 1024 * 1024,
            "{}",
            limiter.heap_bound()
        );
        let mut refused = 0;
        for n in 0..20_000 {
            for _ in 0..5 {
                if limiter.try_acquire(client(n), at(0, 0)).is_err() {
                    refused += 1;
                }
            }
        }
        assert_eq!(limiter.clients(), MAX_CLIENTS);
        assert_eq!(limiter.clients.len(), MAX_CLIENTS);
        assert_eq!(refused, (20_000 - MAX_CLIENTS) * 5);
        assert_eq!(
            limiter.try_acquire(client(19_999), at(1, 0)),
            Err(SWEEP_EVERY.as_secs())
        );
        assert!(
            limiter.heap_bytes() <= limiter.heap_bound(),
            "{} > {}",
            limiter.heap_bytes(),
            limiter.heap_bound()
        );
        // A client already held is still counted as before.
        assert_eq!(limiter.try_acquire(client(0), at(1, 0)), Err(9 * 60));
    }

    /// A request looks up its own client only: clients whose times have all expired stay
    /// until the sweep, however many requests come (the old limiter scanned the whole
    /// map on a request once it held 10,000).
    #[test]
    fn a_request_does_not_scan_the_table_the_sweep_does() {
        let limiter = Limiter::with_capacity(1, Duration::minutes(10), 30_000);
        for n in 0..20_000 {
            assert_eq!(limiter.try_acquire(client(n), at(0, 0)), Ok(()));
        }
        assert_eq!(limiter.clients(), 20_000);
        // Eleven minutes later every time has expired; requests leave the others alone.
        for n in 20_000..20_100 {
            assert_eq!(limiter.try_acquire(client(n), at(11, 0)), Ok(()));
        }
        assert_eq!(limiter.try_acquire(client(7), at(11, 0)), Ok(()));
        assert_eq!(limiter.clients(), 20_100);
        limiter.sweep(at(11, 0));
        assert_eq!(limiter.clients(), 101, "the 100 new clients and client 7");
        assert_eq!(limiter.clients.len(), 101);
        assert_eq!(limiter.try_acquire(client(7), at(11, 1)), Err(10 * 60 - 1));
        limiter.sweep(at(30, 0));
        assert_eq!(limiter.clients(), 0);
    }

    /// A large limit (`--report-limit 100000`) costs a client only what it has sent.
    #[test]
    fn a_large_limit_is_not_allocated_up_front() {
        let limiter = Limiter::new(100_000, Duration::minutes(10));
        for n in 0..1000 {
            assert_eq!(limiter.try_acquire(client(n), at(0, 0)), Ok(()));
        }
        for _ in 0..100 {
            assert_eq!(limiter.try_acquire(client(0), at(0, 0)), Ok(()));
        }
        let times: usize = limiter.clients.iter().map(|e| e.value().capacity()).sum();
        assert!(
            times <= 999 * EXACT_UP_TO + 2 * 101,
            "{times} times allocated"
        );
        assert!(limiter.heap_bytes() <= limiter.heap_bound());
    }

    /// A full table makes room once its clients expire and are swept.
    #[test]
    fn a_full_table_takes_new_clients_after_a_sweep() {
        let limiter = Limiter::with_capacity(5, Duration::minutes(10), 3);
        for n in 0..3 {
            assert_eq!(limiter.try_acquire(client(n), at(0, 0)), Ok(()));
        }
        assert_eq!(
            limiter.try_acquire(client(3), at(0, 0)),
            Err(SWEEP_EVERY.as_secs())
        );
        limiter.sweep(at(10, 0));
        assert_eq!(limiter.try_acquire(client(3), at(10, 0)), Ok(()));
    }

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.append(*name, axum::http::HeaderValue::from_static(value));
        }
        map
    }

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    #[test]
    fn forwarding_headers_count_only_from_trusted_proxies() {
        let trusted: Vec<IpNet> = vec![
            "10.0.0.0/8".parse().unwrap(),
            "2001:db8:ffff::/48".parse().unwrap(),
        ];
        let proxy = ip("10.1.2.3");
        let xff = headers(&[("x-forwarded-for", "203.0.113.9")]);
        // From anyone else, the headers are ignored.
        assert_eq!(
            client_of(ip("198.51.100.1"), &xff, &trusted),
            ip("198.51.100.1")
        );
        assert_eq!(client_of(proxy, &xff, &[]), proxy);
        // From a trusted proxy: the right-most address that is not a trusted proxy.
        assert_eq!(client_of(proxy, &xff, &trusted), ip("203.0.113.9"));
        for (pairs, expected) in [
            // What the client wrote itself (left) is not believed.
            (
                vec![("x-forwarded-for", "6.6.6.6, 203.0.113.9, 10.9.9.9")],
                "203.0.113.9",
            ),
            (
                vec![
                    ("x-forwarded-for", "6.6.6.6"),
                    ("x-forwarded-for", "203.0.113.9:51000"),
                ],
                "203.0.113.9",
            ),
            (
                vec![(
                    "forwarded",
                    "for=6.6.6.6, for=\"[2001:db8:1::7]:4711\";proto=https",
                )],
                "2001:db8:1::7",
            ),
            (
                vec![
                    ("forwarded", "for=6.6.6.6;by=10.0.0.1"),
                    ("forwarded", "For=\"203.0.113.9:80\", for=10.2.2.2"),
                ],
                "203.0.113.9",
            ),
            // Forwarded wins over X-Forwarded-For.
            (
                vec![
                    ("x-forwarded-for", "6.6.6.6"),
                    ("forwarded", "for=203.0.113.9"),
                ],
                "203.0.113.9",
            ),
            // A hidden client: the proxy that wrote it counts.
            (
                vec![("forwarded", "for=6.6.6.6, for=unknown, for=10.3.3.3")],
                "10.3.3.3",
            ),
            (vec![("forwarded", "for=_hidden")], "10.1.2.3"),
            // Only proxies: the farthest of them.
            (vec![("x-forwarded-for", "10.5.5.5, 10.6.6.6")], "10.5.5.5"),
            (vec![], "10.1.2.3"),
        ] {
            assert_eq!(
                client_of(proxy, &headers(&pairs), &trusted),
                ip(expected),
                "{pairs:?}"
            );
        }
        // A trusted IPv6 proxy, and an IPv4 proxy seen as an IPv4-mapped address.
        assert_eq!(
            client_of(ip("2001:db8:ffff::1"), &xff, &trusted),
            ip("203.0.113.9")
        );
        assert_eq!(
            client_of(ip("::ffff:10.0.0.1"), &xff, &trusted),
            ip("203.0.113.9")
        );
    }
}
