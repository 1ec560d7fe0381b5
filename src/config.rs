//! The command line and the environment, read once into a checked [`Config`].
//!
//! clap reads the flags only; the environment variables are read here, after parsing, so
//! that a flag always overrides its variable (`PORT=8080 … --addr 127.0.0.1:9000` listens
//! on 9000) and a variable never counts as a flag given. The serving flags are global: they
//! may come before or after `serve`; given with `check` or `export`, which do not use them,
//! they are an error rather than ignored.

use std::ffi::OsString;
use std::net::{IpAddr, SocketAddr};
use std::num::{NonZeroU32, NonZeroU64};
use std::path::PathBuf;
use std::time::Duration;

use clap::{Parser, Subcommand};
use ipnet::IpNet;
use url::Url;

use crate::reports::cli::ReportsCommand;

#[derive(Parser, Debug)]
#[command(
    name = "keep-your-number",
    version,
    about = "A guide to keeping a Cambodian prepaid number, in zh, en and km"
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// Address to listen on [env: ADDR]. Default 127.0.0.1:3000, or 0.0.0.0:$PORT when PORT
    /// is set.
    #[arg(long, global = true, value_name = "IP:PORT")]
    addr: Option<SocketAddr>,
    /// Port to listen on, on all interfaces, as platforms that set PORT expect [env: PORT].
    #[arg(long, global = true)]
    port: Option<u16>,
    /// The address readers use, e.g. https://example.org, for canonical and share links,
    /// the sitemap and QR codes [env: PUBLIC_URL]. Needed to listen on a non-loopback
    /// address, and by `export`.
    #[arg(long, global = true, value_name = "URL")]
    public_url: Option<String>,
    /// Send Strict-Transport-Security: only when the site is served over HTTPS [env: HSTS].
    #[arg(long, global = true)]
    hsts: bool,
    /// Worker threads, all accepting on the one listening socket [env: WORKERS]. Default:
    /// one per core.
    #[arg(long, global = true)]
    workers: Option<usize>,
    /// Open connections at most; new ones past it are closed at once [env: MAX_CONNECTIONS].
    /// Default: the limit on open files (ulimit -n) less 64.
    #[arg(long, global = true)]
    max_connections: Option<usize>,
    /// Seconds a request body may take to arrive whole; past it, 408 and the connection is
    /// closed [env: BODY_TIMEOUT]. Default 10.
    #[arg(long, global = true, value_name = "SECONDS")]
    body_timeout: Option<NonZeroU64>,
    /// Seconds a request may take, from its headers to its answer; past it, 408 and the
    /// connection is closed [env: REQUEST_TIMEOUT]. Default 30.
    #[arg(long, global = true, value_name = "SECONDS")]
    request_timeout: Option<NonZeroU64>,
    /// Where readers' reports are kept, for `serve` and `reports`: a SQLite file (created
    /// with its folder) or postgres://user:password@host/database [env: DATABASE_URL].
    /// Default ./data/reports.sqlite3.
    #[arg(long, global = true, value_name = "URL_OR_FILE")]
    database: Option<String>,
    /// Reports accepted per client address per 10 minutes; behind a proxy every reader has
    /// the proxy's address, so raise it there [env: REPORT_LIMIT]. Default 5; 1 to
    /// 100,000,000.
    #[arg(long, global = true, value_name = "N", value_parser = parse_report_limit)]
    report_limit: Option<NonZeroU32>,
    /// A reverse proxy or load balancer in front of the server (a CIDR such as 10.0.0.0/8,
    /// or one address), repeatable or comma-separated: from these peers only, the rate
    /// limit reads the reader's address from Forwarded or X-Forwarded-For
    /// [env: TRUSTED_PROXY].
    #[arg(long = "trusted-proxy", global = true, value_name = "CIDR", value_delimiter = ',', value_parser = parse_cidr)]
    trusted_proxy: Vec<IpNet>,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Serve the guide over HTTP (what runs without a subcommand).
    Serve,
    /// Check the translations and the facts file, as start-up does, and report.
    Check,
    /// Write every page and file, with .gz and .br forms, into DIR (needs --public-url).
    Export {
        dir: PathBuf,
        /// Exported pages cannot hold the report form (no server behind them): with this,
        /// they link to this URL instead; without it, they have no report part.
        #[arg(long, value_name = "URL")]
        report_url: Option<String>,
    },
    /// Print as JSON what each page's preview image shows (for static/previews/make.py).
    PreviewsManifest,
    /// Read, close and prune readers' reports, in the database `serve` uses.
    Reports {
        #[command(subcommand)]
        command: ReportsCommand,
    },
}

/// What to do, checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Config {
    Serve(ServeConfig),
    /// Render everything once and report; the origin only shapes the links.
    Check {
        origin: String,
    },
    Export {
        dir: PathBuf,
        origin: String,
        report_url: Option<String>,
    },
    Reports {
        database: String,
        command: ReportsCommand,
    },
    /// Print what each page's preview image is made from.
    PreviewsManifest,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ServeConfig {
    pub addr: SocketAddr,
    /// Scheme, host and port readers use, without a trailing slash.
    pub origin: String,
    pub hsts: bool,
    /// None: one per core.
    pub workers: Option<usize>,
    /// None: sized for the machine.
    pub max_connections: Option<usize>,
    /// How long a request body may take to arrive.
    pub body_timeout: Duration,
    /// How long a request may take, headers to answer.
    pub request_timeout: Duration,
    /// The reports database (a SQLite path or a postgres:// URL).
    pub database: String,
    /// Reports accepted per client address per 10 minutes.
    pub report_limit: NonZeroU32,
    /// Peers whose `Forwarded` / `X-Forwarded-For` name the client, for the rate limit.
    pub trusted_proxies: Vec<IpNet>,
}

/// What `check` renders links with when no public URL is given.
const CHECK_ORIGIN: &str = "http://127.0.0.1:3000";

impl Config {
    /// Reads the process's arguments and environment. On `--help`, `--version` or a
    /// malformed command line, clap prints and exits.
    pub fn from_process() -> Result<Config, String> {
        Config::resolve(Cli::parse(), &|name| std::env::var(name).ok())
    }

    /// Reads `args` (the program name first) and the variables `env` gives; a command line
    /// clap refuses is an error with clap's message.
    pub fn from_sources(
        args: impl IntoIterator<Item = impl Into<OsString> + Clone>,
        env: impl Fn(&str) -> Option<String>,
    ) -> Result<Config, String> {
        let cli = Cli::try_parse_from(args).map_err(|error| error.to_string())?;
        Config::resolve(cli, &env)
    }

    fn resolve(cli: Cli, env: &dyn Fn(&str) -> Option<String>) -> Result<Config, String> {
        // A flag is what was typed; each variable is read only where no flag was given.
        let public_url = match &cli.public_url {
            Some(url) => Some(("--public-url", url.clone())),
            None => env("PUBLIC_URL")
                .filter(|url| !url.is_empty())
                .map(|url| ("PUBLIC_URL", url)),
        };
        let origin = public_url
            .map(|(name, url)| parse_public_url(&url).map_err(|e| format!("{name}: {e}")))
            .transpose()?;
        match cli.command {
            None | Some(Command::Serve) => Ok(Config::Serve(serve_config(&cli, env, origin)?)),
            Some(Command::Check) => {
                no_serving_flags(&cli, "check")?;
                if cli.database.is_some() {
                    return Err(
                        "--database is for serving and reports; check does not use it".to_owned(),
                    );
                }
                Ok(Config::Check {
                    origin: origin.unwrap_or_else(|| CHECK_ORIGIN.to_owned()),
                })
            }
            Some(Command::PreviewsManifest) => {
                no_serving_flags(&cli, "previews-manifest")?;
                if cli.database.is_some() || cli.public_url.is_some() {
                    return Err("previews-manifest takes no --database or --public-url: \
                         the images do not depend on them"
                        .to_owned());
                }
                Ok(Config::PreviewsManifest)
            }
            Some(Command::Reports { ref command }) => {
                no_serving_flags(&cli, "reports")?;
                Ok(Config::Reports {
                    database: database(&cli, env),
                    command: command.clone(),
                })
            }
            Some(Command::Export {
                ref dir,
                ref report_url,
            }) => {
                no_serving_flags(&cli, "export")?;
                if cli.database.is_some() {
                    return Err(
                        "--database is for serving and reports; export does not use it".to_owned(),
                    );
                }
                let origin = origin.ok_or(
                    "export needs the address the site will be published at: \
                     --public-url https://your.domain (or PUBLIC_URL)",
                )?;
                Ok(Config::Export {
                    dir: dir.clone(),
                    origin,
                    report_url: report_url.clone(),
                })
            }
        }
    }
}

fn serve_config(
    cli: &Cli,
    env: &dyn Fn(&str) -> Option<String>,
    origin: Option<String>,
) -> Result<ServeConfig, String> {
    let addr = match (cli.addr, cli.port) {
        (Some(_), Some(_)) => return Err("give --addr or --port, not both".to_owned()),
        (Some(addr), None) => addr,
        (None, Some(port)) => SocketAddr::from(([0, 0, 0, 0], port)),
        (None, None) => match (
            env_value::<SocketAddr>(env, "ADDR")?,
            env_value(env, "PORT")?,
        ) {
            (Some(addr), _) => addr,
            (None, Some(port)) => SocketAddr::from(([0, 0, 0, 0], port)),
            (None, None) => SocketAddr::from(([127, 0, 0, 1], 3000)),
        },
    };
    let origin = match origin {
        Some(origin) => origin,
        None if addr.ip().is_loopback() => format!("http://{addr}"),
        None => {
            return Err(format!(
                "listening on {addr}, which other machines can reach, needs the address \
                 readers use for links and QR codes: set --public-url https://your.domain \
                 (or PUBLIC_URL)"
            ));
        }
    };
    let hsts = cli.hsts || env_flag(env, "HSTS")?;
    let workers = cli
        .workers
        .map_or_else(|| env_value(env, "WORKERS"), |n| Ok(Some(n)))?;
    let max_connections = cli
        .max_connections
        .map_or_else(|| env_value(env, "MAX_CONNECTIONS"), |n| Ok(Some(n)))?;
    if workers == Some(0) {
        return Err("--workers (or WORKERS) must be at least 1".to_owned());
    }
    if max_connections == Some(0) {
        return Err("--max-connections (or MAX_CONNECTIONS) must be at least 1".to_owned());
    }
    let report_limit = match cli.report_limit {
        Some(limit) => limit,
        None => match env("REPORT_LIMIT").filter(|v| !v.is_empty()) {
            Some(value) => parse_report_limit(value.trim())
                .map_err(|e| format!("REPORT_LIMIT={value}: {e}"))?,
            None => DEFAULT_REPORT_LIMIT,
        },
    };
    let seconds = |flag: Option<NonZeroU64>, name, default: Duration| {
        flag.map_or_else(|| env_value::<NonZeroU64>(env, name), |n| Ok(Some(n)))
            .map(|n| n.map_or(default, |n| Duration::from_secs(n.get())))
    };
    let body_timeout = seconds(
        cli.body_timeout,
        "BODY_TIMEOUT",
        crate::http::DEFAULT_BODY_TIMEOUT,
    )?;
    let request_timeout = seconds(
        cli.request_timeout,
        "REQUEST_TIMEOUT",
        crate::http::DEFAULT_REQUEST_TIMEOUT,
    )?;
    Ok(ServeConfig {
        addr,
        origin,
        hsts,
        workers,
        max_connections,
        body_timeout,
        request_timeout,
        database: database(cli, env),
        report_limit,
        trusted_proxies: trusted_proxies(cli, env)?,
    })
}

/// `reports::PER_ADDRESS`, checked when compiling to be 1 or more.
const DEFAULT_REPORT_LIMIT: NonZeroU32 = match NonZeroU32::new(crate::reports::PER_ADDRESS as u32) {
    Some(limit) => limit,
    None => panic!("PER_ADDRESS must be at least 1"),
};

/// The most reports per address per window `--report-limit` takes: a bound that no real
/// site needs to pass, far below where counting them would overflow.
pub const REPORT_LIMIT_MAX: u32 = 100_000_000;

/// `--report-limit` and `REPORT_LIMIT`: a whole number from 1 (0 would refuse every report)
/// to [`REPORT_LIMIT_MAX`].
pub fn parse_report_limit(text: &str) -> Result<NonZeroU32, String> {
    let limit: u64 = text
        .parse()
        .map_err(|_| format!("{text:?} is not a whole number of reports"))?;
    match NonZeroU32::new(u32::try_from(limit).unwrap_or(u32::MAX)) {
        Some(limit) if limit.get() <= REPORT_LIMIT_MAX => Ok(limit),
        None => Err("0 would refuse every report: give 1 or more".to_owned()),
        Some(_) => Err(format!(
            "{text} is more than {REPORT_LIMIT_MAX} reports per address per 10 minutes"
        )),
    }
}

/// The trusted proxies: the flags, else TRUSTED_PROXY (comma-separated), else none.
fn trusted_proxies(cli: &Cli, env: &dyn Fn(&str) -> Option<String>) -> Result<Vec<IpNet>, String> {
    if !cli.trusted_proxy.is_empty() {
        return Ok(cli.trusted_proxy.clone());
    }
    let value = env("TRUSTED_PROXY").unwrap_or_default();
    value
        .split(',')
        .map(str::trim)
        .filter(|part| !part.is_empty())
        .map(|part| parse_cidr(part).map_err(|e| format!("TRUSTED_PROXY={value}: {e}")))
        .collect()
}

/// A network in CIDR form (`10.0.0.0/8`, `2001:db8::/32`) or one address (`10.0.0.5`, as
/// a /32 or /128).
pub fn parse_cidr(text: &str) -> Result<IpNet, String> {
    let text = text.trim();
    text.parse::<IpNet>()
        .or_else(|_| text.parse::<IpAddr>().map(IpNet::from))
        .map_err(|_| format!("{text:?} is not an address or a network such as 10.0.0.0/8"))
}

/// The reports database: the flag, else DATABASE_URL, else the embedded default file.
fn database(cli: &Cli, env: &dyn Fn(&str) -> Option<String>) -> String {
    cli.database
        .clone()
        .or_else(|| env("DATABASE_URL").filter(|v| !v.is_empty()))
        .unwrap_or_else(|| crate::reports::store::DEFAULT_DATABASE.to_owned())
}

/// `check` and `export` serve nothing: a serving flag given with them is a mistake.
fn no_serving_flags(cli: &Cli, command: &str) -> Result<(), String> {
    let given = [
        ("--addr", cli.addr.is_some()),
        ("--port", cli.port.is_some()),
        ("--hsts", cli.hsts),
        ("--workers", cli.workers.is_some()),
        ("--max-connections", cli.max_connections.is_some()),
        ("--body-timeout", cli.body_timeout.is_some()),
        ("--request-timeout", cli.request_timeout.is_some()),
        ("--report-limit", cli.report_limit.is_some()),
        ("--trusted-proxy", !cli.trusted_proxy.is_empty()),
    ];
    match given.iter().find(|(_, given)| *given) {
        Some((flag, _)) => Err(format!("{flag} is for serving; {command} does not use it")),
        None => Ok(()),
    }
}

/// A variable's value parsed, None when unset or empty.
fn env_value<T: std::str::FromStr>(
    env: &dyn Fn(&str) -> Option<String>,
    name: &str,
) -> Result<Option<T>, String>
where
    T::Err: std::fmt::Display,
{
    match env(name).filter(|v| !v.is_empty()) {
        None => Ok(None),
        Some(value) => value
            .trim()
            .parse()
            .map(Some)
            .map_err(|e| format!("{name}={value}: {e}")),
    }
}

/// A yes/no variable: true, 1, yes, on; false, 0, no, off or empty.
fn env_flag(env: &dyn Fn(&str) -> Option<String>, name: &str) -> Result<bool, String> {
    match env(name)
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase()
        .as_str()
    {
        "" | "false" | "0" | "no" | "off" => Ok(false),
        "true" | "1" | "yes" | "on" => Ok(true),
        other => Err(format!("{name}={other}: expected true or false")),
    }
}

/// The public URL as an origin, `https://example.org` or `http://host:8080`: http or https,
/// a host, no user, path, query or fragment.
pub fn parse_public_url(text: &str) -> Result<String, String> {
    let url = Url::parse(text).map_err(|e| format!("{text:?} is not a URL ({e})"))?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(format!("{text:?} must start with https:// or http://"));
    }
    if url.host().is_none() {
        return Err(format!("{text:?} has no host"));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(format!("{text:?} must not hold a user name or password"));
    }
    if url.path() != "/" {
        return Err(format!(
            "{text:?} has a path: the guide is served from the root of its host"
        ));
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(format!(
            "{text:?} must not have a query (?…) or fragment (#…)"
        ));
    }
    Ok(url.origin().ascii_serialization())
}
