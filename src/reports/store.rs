//! Where reports are kept: a SQLite file by default, PostgreSQL when several replicas
//! share one database. The same queries and the same schema (migrations/sqlite and
//! migrations/postgres, every file compiled in by `sqlx::migrate!` and run at start-up) for
//! both.
//!
//! sqlx, with both drivers and without TLS: the one well-kept crate that speaks both, async
//! on tokio like the server.

use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{DateTime, Utc};
use sqlx::migrate::Migrator;
use sqlx::postgres::{PgDatabaseError, PgPool, PgPoolOptions};
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteError, SqliteJournalMode, SqlitePool, SqlitePoolOptions,
    SqliteSynchronous,
};
use sqlx::{Error as SqlxError, Row};

use super::{NewReport, Report};

/// The database used when neither `--database` nor `DATABASE_URL` names one.
pub const DEFAULT_DATABASE: &str = "./data/reports.sqlite3";

/// How long a request waits for a free connection before it is answered 503.
const ACQUIRE_TIMEOUT: Duration = Duration::from_secs(5);

/// How long storing a report may take, waiting for a connection included; past it the
/// reader gets 503 with `Retry-After` (a write may still complete after that).
pub const WRITE_TIMEOUT: Duration = Duration::from_secs(5);

/// SQLite folds its write-ahead log into the database file every this many pages (its
/// default, said here), and cuts the log back to [`WAL_SIZE_LIMIT`] bytes after each time.
const WAL_AUTOCHECKPOINT_PAGES: u32 = 1000;
const WAL_SIZE_LIMIT: u64 = 16 * 1024 * 1024;

/// The schema, one folder per database: every `.sql` file there, compiled in.
static SQLITE_MIGRATOR: Migrator = sqlx::migrate!("./migrations/sqlite");
static POSTGRES_MIGRATOR: Migrator = sqlx::migrate!("./migrations/postgres");

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
    #[error("making {0} readable by its owner only: {1}")]
    Permissions(PathBuf, std::io::Error),
    #[error("the database did not store the report within {0:?}")]
    TimedOut(Duration),
    #[error("the {0} checkpoint could not finish: another connection was using the database")]
    CheckpointBusy(&'static str),
    #[error("the database task failed: {0}")]
    Task(String),
}

/// A database error in words an operator can act on, read the way the database that
/// raised it numbers its errors.
fn describe(error: &SqlxError) -> String {
    let what = match error {
        SqlxError::Database(db) => {
            if let Some(postgres) = db.try_downcast_ref::<PgDatabaseError>() {
                postgres_problem(postgres.code())
            } else if db.try_downcast_ref::<SqliteError>().is_some() {
                let code = db.code().and_then(|c| c.parse::<i32>().ok()).unwrap_or(1);
                sqlite_problem(code)
            } else {
                "database error"
            }
        }
        SqlxError::PoolTimedOut => "no database connection was free in time",
        SqlxError::PoolClosed => "the database connections are closed (stopping)",
        SqlxError::Io(_) | SqlxError::Tls(_) => "the database cannot be reached",
        _ => "database error",
    };
    format!("{what}: {error}")
}

/// A PostgreSQL error by its SQLSTATE: five characters, the first two its class.
fn postgres_problem(sqlstate: &str) -> &'static str {
    match sqlstate {
        "42501" => "the database user lacks a permission (permission denied)",
        "25006" => "the database is read-only",
        "53100" => "the disk (or the database) is full",
        "53200" => "the database server is out of memory",
        "53300" => "the database server has too many connections",
        "57P01" | "57P02" => "the database server is shutting down",
        "57P03" => "the database server is starting up or cannot take connections now",
        "57014" => "the database cancelled the statement",
        "55P03" => "the database is locked by another transaction",
        "40001" | "40P01" => "the write conflicted with another one",
        "3D000" => "the database does not exist",
        _ => match sqlstate.get(..2) {
            Some("08") => "the connection to the database failed",
            Some("28") => "the database refused the login",
            Some("53") => "the database server lacks resources",
            Some("57") => "the database server stopped the work (operator intervention)",
            Some("58") => "the database server had a system or I/O error",
            Some("23") => "the report broke a rule of the schema",
            Some("42") => "the schema or a query is wrong (migrations not run?)",
            _ => "database error",
        },
    }
}

/// A SQLite error by its result code (an extended code's low byte is its primary code).
fn sqlite_problem(code: i32) -> &'static str {
    match code & 0xff {
        5 | 6 => "the database is locked by another process",
        8 => "the database is read-only",
        13 => "the disk (or the database) is full",
        10 => "the database file cannot be written (I/O error)",
        14 => "the database file cannot be opened",
        3 | 23 => "the system refused access to the database file",
        11 | 26 => "the database file is damaged or not a database",
        7 => "SQLite is out of memory",
        19 => "the report broke a rule of the schema",
        _ => "database error",
    }
}

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
    write_timeout: Duration,
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
            Target::Sqlite(path) => {
                let store = Store::sqlite(sqlite_options(path)?).await?;
                // A database made before files were created 0600 is made so now.
                owner_only(path);
                Ok(store)
            }
            Target::Postgres(url) => {
                let pool = PgPoolOptions::new()
                    .max_connections(8)
                    .acquire_timeout(ACQUIRE_TIMEOUT)
                    .connect(url)
                    .await?;
                // The migrator takes an advisory lock: replicas starting together are safe.
                POSTGRES_MIGRATOR.run(&pool).await?;
                Ok(Store {
                    pool: Pool::Postgres(pool),
                    write_timeout: WRITE_TIMEOUT,
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
        SQLITE_MIGRATOR.run(&pool).await?;
        Ok(Store {
            pool: Pool::Sqlite(pool),
            write_timeout: WRITE_TIMEOUT,
        })
    }

    /// The same database, with storing a report limited to `limit` instead of
    /// [`WRITE_TIMEOUT`] (tests use a short one).
    pub fn with_write_timeout(self, limit: Duration) -> Store {
        Store {
            write_timeout: limit,
            ..self
        }
    }

    /// `sqlite` or `postgres`, for logs.
    pub fn backend(&self) -> &'static str {
        match self.pool {
            Pool::Sqlite(_) => "sqlite",
            Pool::Postgres(_) => "postgres",
        }
    }

    /// Stores a report; returns its ID once the transaction is committed (with SQLite's
    /// `synchronous=FULL`, once it is on disk), or [`StoreError::TimedOut`] if that takes
    /// longer than the write timeout.
    ///
    /// The statement is run to its end (`fetch_all`, not `fetch_one`): SQLite commits an
    /// `INSERT … RETURNING` only when it ends, and checks whether its write-ahead log needs
    /// a checkpoint only then; a statement reset after its first row never ran that check,
    /// so the log grew without bound.
    pub async fn insert(&self, report: &NewReport, at: DateTime<Utc>) -> Result<i64, StoreError> {
        let sql = "INSERT INTO reports (created_at, lang, page, kind, details, contact) \
                   VALUES ($1, $2, $3, $4, $5, $6) RETURNING id";
        let write = async {
            let ids = on_pool!(self, |pool| sqlx::query_scalar::<_, i64>(sql)
                .bind(at.timestamp())
                .bind(report.lang.code())
                .bind(&report.page)
                .bind(report.kind.slug())
                .bind(&report.details)
                .bind(&report.contact)
                .fetch_all(pool)
                .await?);
            ids.first()
                .copied()
                .ok_or(StoreError::Database(SqlxError::RowNotFound))
        };
        tokio::time::timeout(self.write_timeout, write)
            .await
            .unwrap_or(Err(StoreError::TimedOut(self.write_timeout)))
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

    /// Folds SQLite's write-ahead log into the database file as far as readers allow,
    /// without waiting for any (`PASSIVE`); the server does it every minute. Nothing on
    /// PostgreSQL.
    pub async fn checkpoint(&self) -> Result<(), StoreError> {
        self.wal_checkpoint("PASSIVE").await
    }

    /// `PRAGMA wal_checkpoint(mode)` on SQLite; a checkpoint that could not finish (another
    /// connection busy) is an error.
    async fn wal_checkpoint(&self, mode: &'static str) -> Result<(), StoreError> {
        let Pool::Sqlite(pool) = &self.pool else {
            return Ok(());
        };
        let (busy, _, _): (i64, i64, i64) =
            sqlx::query_as(&format!("PRAGMA wal_checkpoint({mode})"))
                .fetch_one(pool)
                .await?;
        match busy {
            0 => Ok(()),
            _ => Err(StoreError::CheckpointBusy(mode)),
        }
    }

    /// For a clean stop: every report folded into the database file and the write-ahead
    /// log emptied (`TRUNCATE`), then every connection closed.
    pub async fn shut_down(&self) -> Result<(), StoreError> {
        let checkpoint = self.wal_checkpoint("TRUNCATE").await;
        self.close_pool().await;
        checkpoint
    }

    /// Closes every connection (SQLite then folds its write-ahead log into the file).
    pub async fn close_pool(&self) {
        on_pool!(self, |pool| pool.close().await)
    }
}

/// SQLite as the issue asks: created with its folder if missing, both for the owner only
/// (folder 0700, file 0600: the reports hold readers' contact details), write-ahead log
/// checkpointed and kept small, and `synchronous=FULL`.
fn sqlite_options(path: &Path) -> Result<SqliteConnectOptions, StoreError> {
    create_owner_only(path)?;
    Ok(SqliteConnectOptions::new()
        .filename(path)
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Wal)
        .synchronous(SqliteSynchronous::Full)
        .pragma("wal_autocheckpoint", WAL_AUTOCHECKPOINT_PAGES.to_string())
        .pragma("journal_size_limit", WAL_SIZE_LIMIT.to_string())
        .busy_timeout(Duration::from_secs(5)))
}

/// Creates the database's missing folders 0700 and, if it is missing, the file 0600 (an
/// empty file is an empty SQLite database). SQLite gives the `-wal` and `-shm` files it
/// makes later the database file's mode.
fn create_owner_only(path: &Path) -> Result<(), StoreError> {
    use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
    if let Some(folder) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(folder)
            .map_err(|e| StoreError::Folder(folder.into(), e))?;
    }
    match std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
    {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(StoreError::Permissions(path.into(), e)),
    }
}

/// Makes the database file and its `-wal` and `-shm` files, those that exist, 0600; says
/// so in the log if it cannot (a file another user owns, as the operator chose).
fn owner_only(path: &Path) {
    use std::os::unix::fs::PermissionsExt;
    for suffix in ["", "-wal", "-shm"] {
        let mut file = path.as_os_str().to_owned();
        file.push(suffix);
        let file = PathBuf::from(file);
        let Ok(metadata) = std::fs::metadata(&file) else {
            continue;
        };
        if metadata.permissions().mode() & 0o777 == 0o600 {
            continue;
        }
        if let Err(error) = std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600))
        {
            tracing::warn!(
                "{}",
                StoreError::Permissions(file, error).to_string() + ": other users may read it"
            );
        }
    }
}

/// The options [`Store::open`] uses for a SQLite file, for tests that change one.
pub fn default_sqlite_options(path: &Path) -> Result<SqliteConnectOptions, StoreError> {
    sqlite_options(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn postgres_errors_are_read_by_their_sqlstate() {
        for (sqlstate, says) in [
            ("42501", "permission denied"),
            ("25006", "read-only"),
            ("53100", "full"),
            ("53300", "too many connections"),
            ("53400", "lacks resources"),
            ("57P01", "shutting down"),
            ("08006", "connection to the database failed"),
            ("08001", "connection to the database failed"),
            ("28P01", "refused the login"),
            ("55P03", "locked"),
        ] {
            let what = postgres_problem(sqlstate);
            assert!(what.contains(says), "{sqlstate}: {what}");
        }
        // Read as SQLite's numbers, 42501 & 0xff is 5 (SQLITE_BUSY), and 53300 & 0xff is 20.
        assert!(!postgres_problem("42501").contains("locked"));
        assert_eq!(postgres_problem("XX000"), "database error");
    }

    #[test]
    fn sqlite_errors_are_read_by_their_result_code() {
        for (code, says) in [
            (5, "locked"),   // SQLITE_BUSY
            (517, "locked"), // SQLITE_BUSY_SNAPSHOT
            (6, "locked"),   // SQLITE_LOCKED
            (8, "read-only"),
            (1032, "read-only"), // SQLITE_READONLY_DBMOVED
            (13, "full"),
            (10, "I/O error"),
            (3338, "I/O error"), // SQLITE_IOERR_FSYNC
            (14, "cannot be opened"),
            (26, "not a database"),
        ] {
            let what = sqlite_problem(code);
            assert!(what.contains(says), "{code}: {what}");
        }
        assert_eq!(sqlite_problem(1), "database error");
    }
}
