//! Command line: `cargo run --release` serves the guide on http://127.0.0.1:3000;
//! `export DIR` writes it out for static hosting.

use std::{net::SocketAddr, path::PathBuf, process::ExitCode, sync::Arc};

use clap::{Parser, Subcommand};
use keep_your_number::server::{self, ServerOptions};
use keep_your_number::{build_site, export::export, render::SiteConfig, reports};
use tracing_subscriber::EnvFilter;

#[derive(Parser)]
#[command(
    version,
    about = "A guide to keeping a Cambodian prepaid number, in zh, en and km"
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    #[command(flatten)]
    serve: ServeArgs,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the guide over HTTP (what runs without a subcommand).
    Serve(ServeArgs),
    /// Check the translations and the facts file, as start-up does, and report.
    Check,
    /// Write every page and file, with .gz and .br forms, into DIR.
    Export {
        dir: PathBuf,
        #[arg(long, env = "PUBLIC_URL", default_value = "http://127.0.0.1:3000")]
        public_url: String,
        #[command(flatten)]
        report: reports::cli::ExportReportArgs,
    },
    /// Read, close and prune readers' reports (in the database `serve` uses).
    Reports(reports::cli::ReportsArgs),
}

#[derive(clap::Args)]
struct ServeArgs {
    /// Address to listen on. Defaults to 127.0.0.1:3000, or 0.0.0.0:$PORT when PORT is set.
    #[arg(long, env = "ADDR")]
    addr: Option<SocketAddr>,
    /// Port to listen on all interfaces, as platforms that set PORT expect.
    #[arg(long, env = "PORT", conflicts_with = "addr")]
    port: Option<u16>,
    /// Public origin used in canonical and share links, e.g. https://example.org.
    /// Defaults to http://<addr>.
    #[arg(long, env = "PUBLIC_URL")]
    public_url: Option<String>,
    /// Send Strict-Transport-Security: only when the site is served over HTTPS.
    #[arg(long, env = "HSTS")]
    hsts: bool,
    /// Worker threads, each with its own listening socket. Defaults to one per core.
    #[arg(long, env = "WORKERS", value_parser = clap::value_parser!(usize))]
    workers: Option<usize>,
    #[command(flatten)]
    reports: reports::cli::ServeReportArgs,
}

fn site_config(public_url: &str) -> SiteConfig {
    SiteConfig {
        origin: public_url.trim_end_matches('/').to_owned(),
        report: Default::default(),
    }
}

fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info")),
        )
        // Logs go to standard error, as README says; standard output is left for data.
        .with_writer(std::io::stderr)
        // Colours only on a terminal: log files and collectors get plain lines.
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .init();
    let cli = Cli::parse();
    let result = match cli.command {
        Some(Command::Export {
            dir,
            public_url,
            report,
        }) => run_export(&dir, &public_url, &report),
        Some(Command::Reports(args)) => reports::cli::run(args),
        Some(Command::Check) => build_site(&site_config("http://127.0.0.1:3000"))
            .map(|site| {
                println!(
                    "ok: {} pages in 3 languages render",
                    site.page_paths().len()
                )
            })
            .map_err(|e| e.to_string()),
        Some(Command::Serve(args)) => serve(args),
        None => serve(cli.serve),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run_export(
    dir: &std::path::Path,
    public_url: &str,
    report: &reports::cli::ExportReportArgs,
) -> Result<(), String> {
    let config = SiteConfig {
        report: report.mode(),
        ..site_config(public_url)
    };
    let site = build_site(&config).map_err(|e| e.to_string())?;
    let count = export(&site, dir).map_err(|e| format!("writing {}: {e}", dir.display()))?;
    println!("wrote {count} files to {}", dir.display());
    Ok(())
}

fn serve(args: ServeArgs) -> Result<(), String> {
    let addr = args.addr.unwrap_or_else(|| match args.port {
        Some(port) => SocketAddr::from(([0, 0, 0, 0], port)),
        None => SocketAddr::from(([127, 0, 0, 1], 3000)),
    });
    let origin = args.public_url.unwrap_or_else(|| format!("http://{addr}"));
    let mut options = ServerOptions::default();
    options.http.hsts = args.hsts;
    let site = Arc::new(build_site(&site_config(&origin)).map_err(|e| e.to_string())?);
    // The reports database lives on its own runtime, kept until the server stops.
    let (_reports_runtime, reports) = args.reports.start()?;
    options.http.reports = Some(reports);
    // Brotli at its best is slow: compress in the background so start-up is not held up.
    // Until it is done, brotli requests get gzip.
    let warm = Arc::clone(&site);
    std::thread::spawn(move || {
        let start = std::time::Instant::now();
        warm.warm_up();
        tracing::info!(
            "every file compressed in {:.1} s",
            start.elapsed().as_secs_f32()
        );
    });

    let workers = args
        .workers
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    server::run(site, addr, workers, options)
}
