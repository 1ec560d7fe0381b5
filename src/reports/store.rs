//! Where reports are kept: a SQLite file by default, PostgreSQL when several replicas
//! share one database. The same queries and the same schema (migrations/sqlite and
//! migrations/postgres, embedded and run at start-up) for both.
//!
//! sqlx, with both drivers and without its compile-time macros or TLS: the one well-kept
//! crate that speaks both, async on tokio like the server.

use std::borrow::Cow;
use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{DateTime, Utc};
use sqlx::migrate::{Migration, MigrationSource, MigrationType, Migrator};
use sqlx::postgres::{PgPool, PgPoolOptions};
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous,
};
use sqlx::{Error as SqlxError, Row};

use super::{NewReport, Report};

/// The database used when neither `--database` nor `DATABASE_URL` names one.
pub const DEFAULT_DATABASE: &str = "./data/reports.sqlite3";

/// How long a request waits for a free connection before it is answered 503.
const ACQUIRE_TIMEOUT: Duration = Duration::from_secs(5);

/// Which database: `postgres://…` (or `postgresql://…`), `sqlite:PATH`, or a file path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    Sqlite(PathBuf),
    Postgres(String),
}

impl Target {
    pub fn parse(value: &str) -> Target {
        if value.starts_with("postgres://") || value.starts_with("postgresql://") {
            return Target::Postgres(value.to_owned());
        }
        let path = value
            .strip_prefix("sqlite://")
            .or_else(|| value.strip_prefix("sqlite:"))
            .unwrap_or(value);
        Target::Sqlite(PathBuf::from(path))
    }
}

/// Why a report could not be stored or read. The reader gets 503; the log gets `reason()`.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{}", describe(.0))]
    Database(#[from] SqlxError),
    #[error("migrating the database: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("creating the database's folder {0}: {1}")]
    Folder(PathBuf, std::io::Error),
    #[error("the database task failed: {0}")]
    Task(String),
}

/// A database error in words an operator can act on.
fn describe(error: &SqlxError) -> String {
    let code = match error {
        SqlxError::Database(db) => db.code().map(|c| c.into_owned()),
        _ => None,
    };
    let sqlite_primary = code
        .as_deref()
        .and_then(|c| c.parse::<u32>().ok())
        .map(|c| c & 0xff);
    let what = match (sqlite_primary, code.as_deref()) {
        (Some(8), _) | (_, Some("25006")) => "the database is read-only",
        (Some(13), _) | (_, Some("53100")) => "the disk (or the database) is full",
        (Some(10), _) => "the database file cannot be written (I/O error)",
        (Some(5), _) | (Some(6), _) => "the database is locked by another process",
        (Some(14), _) => "the database file cannot be opened",
        _ => match error {
            SqlxError::PoolTimedOut => "no database connection was free in time",
            SqlxError::Io(_) | SqlxError::Tls(_) => "the database cannot be reached",
            _ => "database error",
        },
    };
    format!("{what}: {error}")
}

/// The migrations of one database, compiled in.
#[derive(Debug)]
struct Embedded(&'static [(i64, &'static str, &'static str)]);

impl MigrationSource<'static> for Embedded {
    fn resolve(
        self,
    ) -> std::pin::Pin<
        Box<
            dyn std::future::Future<Output = Result<Vec<Migration>, sqlx::error::BoxDynError>>
                + Send,
        >,
    > {
        let migrations = self
            .0
            .iter()
            .map(|&(version, description, sql)| {
                Migration::new(
                    version,
                    Cow::Borrowed(description),
                    MigrationType::Simple,
                    Cow::Borrowed(sql),
                    false,
                )
            })
            .collect();
        Box::pin(std::future::ready(Ok(migrations)))
    }
}

const SQLITE_MIGRATIONS: Embedded = Embedded(&[(
    1,
    "reports",
    include_str!("../../migrations/sqlite/0001_reports.sql"),
)]);
const POSTGRES_MIGRATIONS: Embedded = Embedded(&[(
    1,
    "reports",
    include_str!("../../migrations/postgres/0001_reports.sql"),
)]);

#[derive(Clone, Debug)]
enum Pool {
    Sqlite(SqlitePool),
    Postgres(PgPool),
}

/// One query, written once, run on whichever pool this is.
macro_rules! on_pool {
    ($store:expr, |$pool:ident| $body:expr) => {
        match &$store.pool {
            Pool::Sqlite($pool) => $body,
            Pool::Postgres($pool) => $body,
        }
    };
}

/// The reports database. Cheap to clone (a connection pool).
#[derive(Clone, Debug)]
pub struct Store {
    pool: Pool,
}

/// Which reports `list` shows.
#[derive(Clone, Copy, Debug, Default)]
pub struct ListFilter {
    pub open_only: bool,
    pub since: Option<DateTime<Utc>>,
}

const COLUMNS: &str = "id, created_at, lang, page, kind, details, contact, closed_at, note";

fn time(seconds: i64) -> DateTime<Utc> {
    DateTime::from_timestamp(seconds, 0).unwrap_or_default()
}

/// A row of `SELECT {COLUMNS}`, from either database.
fn report_from<R>(row: &R) -> Result<Report, SqlxError>
where
    R: Row,
    for<'a> &'a str: sqlx::ColumnIndex<R>,
    for<'r> i64: sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
    for<'r> String: sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
{
    Ok(Report {
        id: row.try_get("id")?,
        created_at: time(row.try_get("created_at")?),
        lang: row.try_get("lang")?,
        page: row.try_get("page")?,
        kind: row.try_get("kind")?,
        details: row.try_get("details")?,
        contact: row.try_get("contact")?,
        closed_at: row.try_get::<Option<i64>, _>("closed_at")?.map(time),
        note: row.try_get("note")?,
    })
}

impl Store {
    /// Opens (creating it and its folder if needed) and migrates the database.
    pub async fn open(target: &Target) -> Result<Store, StoreError> {
        match target {
            Target::Sqlite(path) => Store::sqlite(sqlite_options(path)?).await,
            Target::Postgres(url) => {
                let pool = PgPoolOptions::new()
                    .max_connections(8)
                    .acquire_timeout(ACQUIRE_TIMEOUT)
                    .connect(url)
                    .await?;
                // The migrator takes an advisory lock: replicas starting together are safe.
                Migrator::new(POSTGRES_MIGRATIONS).await?.run(&pool).await?;
                Ok(Store {
                    pool: Pool::Postgres(pool),
                })
            }
        }
    }

    /// A SQLite database opened with these options (tests use it to make the file
    /// read-only or full), migrated.
    pub async fn sqlite(options: SqliteConnectOptions) -> Result<Store, StoreError> {
        let pool = SqlitePoolOptions::new()
            .max_connections(4)
            .acquire_timeout(ACQUIRE_TIMEOUT)
            .connect_with(options)
            .await?;
        Migrator::new(SQLITE_MIGRATIONS).await?.run(&pool).await?;
        Ok(Store {
            pool: Pool::Sqlite(pool),
        })
    }

    /// `sqlite` or `postgres`, for logs.
    pub fn backend(&self) -> &'static str {
        match self.pool {
            Pool::Sqlite(_) => "sqlite",
            Pool::Postgres(_) => "postgres",
        }
    }

    /// Stores a report; returns its ID once the transaction is committed (with SQLite's
    /// `synchronous=FULL`, once it is on disk).
    pub async fn insert(&self, report: &NewReport, at: DateTime<Utc>) -> Result<i64, StoreError> {
        let sql = "INSERT INTO reports (created_at, lang, page, kind, details, contact) \
                   VALUES ($1, $2, $3, $4, $5, $6) RETURNING id";
        Ok(on_pool!(self, |pool| sqlx::query_scalar::<_, i64>(sql)
            .bind(at.timestamp())
            .bind(report.lang.code())
            .bind(&report.page)
            .bind(report.kind.slug())
            .bind(&report.details)
            .bind(&report.contact)
            .fetch_one(pool)
            .await?))
    }

    /// Reports, oldest first.
    pub async fn list(&self, filter: ListFilter) -> Result<Vec<Report>, StoreError> {
        let sql = format!(
            "SELECT {COLUMNS} FROM reports WHERE created_at >= $1 \
             AND ($2 = 0 OR closed_at IS NULL) ORDER BY id"
        );
        let since = filter.since.map_or(i64::MIN, |t| t.timestamp());
        let open_only = i64::from(filter.open_only);
        Ok(on_pool!(self, |pool| sqlx::query(&sql)
            .bind(since)
            .bind(open_only)
            .fetch_all(pool)
            .await?
            .iter()
            .map(report_from)
            .collect::<Result<Vec<_>, SqlxError>>()?))
    }

    pub async fn get(&self, id: i64) -> Result<Option<Report>, StoreError> {
        let sql = format!("SELECT {COLUMNS} FROM reports WHERE id = $1");
        Ok(on_pool!(
            self,
            |pool| match sqlx::query(&sql).bind(id).fetch_optional(pool).await? {
                None => None,
                Some(row) => Some(report_from(&row)?),
            }
        ))
    }

    /// Marks a report closed at `at`, with an optional note (kept if none is given). False
    /// if there is no such report.
    pub async fn close(
        &self,
        id: i64,
        at: DateTime<Utc>,
        note: Option<&str>,
    ) -> Result<bool, StoreError> {
        let sql = "UPDATE reports SET closed_at = $1, note = COALESCE($2, note) WHERE id = $3";
        let done = on_pool!(self, |pool| sqlx::query(sql)
            .bind(at.timestamp())
            .bind(note)
            .bind(id)
            .execute(pool)
            .await?
            .rows_affected());
        Ok(done == 1)
    }

    /// Deletes every report made before `before`; returns how many.
    pub async fn prune(&self, before: DateTime<Utc>) -> Result<u64, StoreError> {
        let sql = "DELETE FROM reports WHERE created_at < $1";
        Ok(on_pool!(self, |pool| sqlx::query(sql)
            .bind(before.timestamp())
            .execute(pool)
            .await?
            .rows_affected()))
    }

    pub async fn count(&self) -> Result<i64, StoreError> {
        let sql = "SELECT COUNT(*) FROM reports";
        Ok(on_pool!(self, |pool| sqlx::query_scalar::<_, i64>(sql)
            .fetch_one(pool)
            .await?))
    }

    /// SQLite's `journal_mode` and `synchronous` as a connection sees them (`synchronous`
    /// 2 is FULL); None for PostgreSQL.
    pub async fn sqlite_settings(&self) -> Result<Option<(String, i64)>, StoreError> {
        let Pool::Sqlite(pool) = &self.pool else {
            return Ok(None);
        };
        let mut connection = pool.acquire().await?;
        let journal: String = sqlx::query_scalar("PRAGMA journal_mode")
            .fetch_one(&mut *connection)
            .await?;
        let synchronous: i64 = sqlx::query_scalar("PRAGMA synchronous")
            .fetch_one(&mut *connection)
            .await?;
        Ok(Some((journal, synchronous)))
    }

    /// Closes every connection (SQLite then folds its write-ahead log into the file).
    pub async fn close_pool(&self) {
        on_pool!(self, |pool| pool.close().await)
    }
}

/// SQLite as the issue asks: created with its folder if missing, write-ahead log, and
/// `synchronous=FULL` so that a committed report survives a power cut.
fn sqlite_options(path: &Path) -> Result<SqliteConnectOptions, StoreError> {
    if let Some(folder) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(folder).map_err(|e| StoreError::Folder(folder.into(), e))?;
    }
    Ok(SqliteConnectOptions::new()
        .filename(path)
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Wal)
        .synchronous(SqliteSynchronous::Full)
        .busy_timeout(Duration::from_secs(5)))
}

/// The options [`Store::open`] uses for a SQLite file, for tests that change one.
pub fn default_sqlite_options(path: &Path) -> Result<SqliteConnectOptions, StoreError> {
    sqlite_options(path)
}
