//! The command line of reports: the flags `serve` and `export` take, and the maintainers'
//! subcommands `reports list | show | close | prune`, against the server's database.

use std::io::Write;
use std::num::NonZeroU32;
use std::time::Duration;

use chrono::{DateTime, NaiveDate, Utc};
use clap::Subcommand;

use super::store::ListFilter;
use super::{KEEP_DAYS, Report, Reports, Store, Target};
use crate::clock::Clock;
use crate::layout::ReportMode;

/// Opens (and migrates) the reports database for `serve` on a runtime of its own, which
/// must outlive the server, and deletes reports older than [`KEEP_DAYS`] now and then
/// daily. `per_address` is the number of reports accepted per client address per 10
/// minutes. On SQLite, the write-ahead log is checkpointed every minute; [`stop`] empties
/// it when the server stops.
pub fn start(
    database: &str,
    per_address: NonZeroU32,
) -> Result<(tokio::runtime::Runtime, Reports), String> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .thread_name("reports-db")
        .enable_all()
        .build()
        .map_err(|e| e.to_string())?;
    let target = Target::parse(database);
    let store = runtime
        .block_on(Store::open(&target))
        .map_err(|e| format!("reports database {database}: {e}"))?;
    let clock = Clock::system();
    let reports = Reports::new(
        store.clone(),
        clock.clone(),
        per_address.get() as usize,
        runtime.handle().clone(),
    );
    runtime.spawn(async move {
        loop {
            let before = clock.now() - chrono::Duration::days(KEEP_DAYS);
            match store.prune(before).await {
                Ok(0) => {}
                Ok(n) => tracing::info!("deleted {n} reports older than {KEEP_DAYS} days"),
                Err(error) => tracing::error!("deleting old reports failed: {error}"),
            }
            tokio::time::sleep(Duration::from_secs(24 * 3600)).await;
        }
    });
    let checkpointed = reports.store.clone();
    runtime.spawn(async move {
        let mut every = tokio::time::interval(CHECKPOINT_EVERY);
        loop {
            every.tick().await;
            if let Err(error) = checkpointed.checkpoint().await {
                tracing::warn!("checkpointing the reports database: {error}");
            }
        }
    });
    tracing::info!(
        "reports are stored in {} ({})",
        match &target {
            Target::Sqlite(path) => path.display().to_string(),
            Target::Postgres(_) => "PostgreSQL".to_owned(),
        },
        reports.store.backend()
    );
    Ok((runtime, reports))
}

/// How often the server folds SQLite's write-ahead log into the database file, besides
/// SQLite's own checkpoint every 1,000 pages.
const CHECKPOINT_EVERY: Duration = Duration::from_secs(60);

/// After the server has stopped: every report in the database file, the write-ahead log
/// emptied (`TRUNCATE`), the connections closed, on the runtime [`start`] made.
pub fn stop(runtime: &tokio::runtime::Runtime, store: &Store) {
    match runtime.block_on(store.shut_down()) {
        Ok(()) => tracing::info!("reports database closed"),
        Err(error) => tracing::error!("closing the reports database: {error}"),
    }
}

/// What exported pages show where the form would be: a link to `report_url`, or nothing
/// (an export has no server behind it to take the form).
pub fn export_mode(report_url: Option<&str>) -> ReportMode {
    match report_url {
        Some(url) => ReportMode::Link(url.to_owned()),
        None => ReportMode::Off,
    }
}

#[derive(Subcommand, Clone, Debug, PartialEq, Eq)]
pub enum ReportsCommand {
    /// Reports, oldest first, as a table.
    List {
        /// Only reports not yet closed.
        #[arg(long)]
        open: bool,
        /// Only reports received on or after this day (YYYY-MM-DD, UTC).
        #[arg(long, value_parser = parse_date)]
        since: Option<NaiveDate>,
        /// One JSON array instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// One report in full.
    Show { id: i64 },
    /// Marks a report as dealt with.
    Close {
        id: i64,
        /// What was done, kept with the report.
        #[arg(long)]
        note: Option<String>,
    },
    /// Deletes reports older than a number of days (the server also does this daily).
    Prune {
        /// e.g. 365d: 1d to 36500d
        #[arg(long, default_value = "365d", value_parser = parse_days)]
        older_than: NonZeroU32,
    },
}

fn parse_date(text: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| format!("{text:?} is not YYYY-MM-DD"))
}

/// The most days `prune --older-than` takes: a hundred years, well inside what a date can
/// go back to.
pub const PRUNE_DAYS_MAX: u32 = 36_500;

/// `365d` → 365; from 1 day (0 would delete every report) to [`PRUNE_DAYS_MAX`].
fn parse_days(text: &str) -> Result<NonZeroU32, String> {
    let days: u64 = text
        .strip_suffix('d')
        .and_then(|days| days.parse().ok())
        .ok_or_else(|| format!("{text:?} is not a number of days such as 365d"))?;
    match NonZeroU32::new(u32::try_from(days).unwrap_or(u32::MAX)) {
        None => Err("0d would delete every report: give 1d or more".to_owned()),
        Some(days) if days.get() <= PRUNE_DAYS_MAX => Ok(days),
        Some(_) => Err(format!("{text} is more than {PRUNE_DAYS_MAX}d (100 years)")),
    }
}

/// Runs a `reports` subcommand against `database`, printing to standard output.
pub fn run(database: &str, command: ReportsCommand) -> Result<(), String> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| e.to_string())?;
    runtime.block_on(async {
        let store = Store::open(&Target::parse(database))
            .await
            .map_err(|e| format!("reports database {database}: {e}"))?;
        let mut out = std::io::stdout().lock();
        let result = execute(&store, &Clock::system(), command, &mut out).await;
        store.close_pool().await;
        result
    })
}

/// Runs a subcommand against `store`, writing to `out`.
pub async fn execute(
    store: &Store,
    clock: &Clock,
    command: ReportsCommand,
    out: &mut impl Write,
) -> Result<(), String> {
    let io = |e: std::io::Error| e.to_string();
    match command {
        ReportsCommand::List { open, since, json } => {
            let filter = ListFilter {
                open_only: open,
                since: since.map(|day| day.and_hms_opt(0, 0, 0).unwrap_or_default().and_utc()),
            };
            let reports = store.list(filter).await.map_err(|e| e.to_string())?;
            if json {
                serde_json::to_writer_pretty(&mut *out, &reports).map_err(|e| e.to_string())?;
                writeln!(out).map_err(io)
            } else {
                write!(out, "{}", table(&reports)).map_err(io)
            }
        }
        ReportsCommand::Show { id } => match store.get(id).await.map_err(|e| e.to_string())? {
            Some(report) => write!(out, "{}", full(&report)).map_err(io),
            None => Err(format!("no report {id}")),
        },
        ReportsCommand::Close { id, note } => {
            let closed = store
                .close(id, clock.now(), note.as_deref())
                .await
                .map_err(|e| e.to_string())?;
            match closed {
                true => writeln!(out, "closed report {id}").map_err(io),
                false => Err(format!("no report {id}")),
            }
        }
        ReportsCommand::Prune { older_than } => {
            let before = clock
                .now()
                .checked_sub_signed(chrono::Duration::days(i64::from(older_than.get())))
                .ok_or_else(|| format!("{older_than} days before now is not a date"))?;
            let deleted = store.prune(before).await.map_err(|e| e.to_string())?;
            writeln!(
                out,
                "deleted {deleted} reports received before {}",
                when(before)
            )
            .map_err(io)
        }
    }
}

fn when(time: DateTime<Utc>) -> String {
    time.format("%Y-%m-%d %H:%M").to_string()
}

fn status(report: &Report) -> String {
    match report.closed_at {
        None => "open".to_owned(),
        Some(at) => format!("closed {}", when(at)),
    }
}

/// The first `width` characters of `text` on one line, with … if cut, made visible.
fn one_line(text: &str, width: usize) -> String {
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    match flat.char_indices().nth(width) {
        Some((cut, _)) => format!("{}…", visible(&flat[..cut])),
        None => visible(&flat),
    }
}

/// `text` with every character a terminal would not show as itself written as `\u{200B}`:
/// format characters (Unicode's category Cf: zero-width spaces and joiners, direction
/// marks and overrides, soft hyphens…) and control characters other than line breaks and
/// tabs. Reports keep them as typed (Khmer may carry zero-width spaces on purpose); only
/// what is printed for the maintainers shows them, so that a report cannot read differently
/// from what it holds.
pub fn visible(text: &str) -> String {
    use unicode_properties::{GeneralCategory, UnicodeGeneralCategory};
    let mut shown = String::with_capacity(text.len());
    for c in text.chars() {
        let hidden = c.general_category() == GeneralCategory::Format
            || (c.is_control() && c != '\n' && c != '\t');
        match hidden {
            true => shown.push_str(&format!("\\u{{{:04X}}}", u32::from(c))),
            false => shown.push(c),
        }
    }
    shown
}

/// `reports list`'s table: one report a line.
pub fn table(reports: &[Report]) -> String {
    let mut text = format!(
        "{:>5}  {:<16}  {:<4}  {:<5}  {:<6}  {:<24}  {}\n",
        "ID", "RECEIVED (UTC)", "LANG", "KIND", "STATUS", "PAGE", "DETAILS"
    );
    for r in reports {
        let state = if r.closed_at.is_some() {
            "closed"
        } else {
            "open"
        };
        text.push_str(&format!(
            "{:>5}  {:<16}  {:<4}  {:<5}  {:<6}  {:<24}  {}\n",
            r.id,
            when(r.created_at),
            r.lang,
            r.kind,
            state,
            visible(&r.page),
            one_line(&r.details, 60)
        ));
    }
    text.push_str(&format!("{} reports\n", reports.len()));
    text
}

/// `reports show`: every field.
pub fn full(r: &Report) -> String {
    format!(
        "Report {}\nReceived: {} UTC\nLanguage: {}\nPage:     {}\nKind:     {}\nContact:  {}\n\
         Status:   {}\nNote:     {}\n\n{}\n",
        r.id,
        when(r.created_at),
        r.lang,
        visible(&r.page),
        r.kind,
        r.contact.as_deref().map_or("-".into(), visible),
        status(r),
        r.note.as_deref().map_or("-".into(), visible),
        visible(&r.details)
    )
}
