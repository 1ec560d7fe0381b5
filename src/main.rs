//! Command line: `cargo run --release` serves the guide on http://127.0.0.1:3000;
//! `export DIR --public-url URL` writes it out for static hosting. Flags and environment
//! variables are read and checked in `config`.

use std::{process::ExitCode, sync::Arc};

use keep_your_number::config::{Config, ServeConfig};
use keep_your_number::server::{self, ConnectionLimit, ServerOptions};
use keep_your_number::site::{export::export, previews};
use keep_your_number::{build_site, layout::SiteConfig, reports};
use tracing_subscriber::EnvFilter;

fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info")),
        )
        // Logs go to standard error, as README says; standard output is left for data.
        // One write per line: measured, a background writer thread (tracing-appender)
        // cost more CPU per request than it saved (BENCHMARKS.md).
        .with_writer(std::io::stderr)
        // Colours only on a terminal: log files and collectors get plain lines.
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .init();
    let result = Config::from_process().and_then(|config| match config {
        Config::Serve(config) => serve(config),
        Config::Check { origin } => build_site(&SiteConfig {
            origin,
            report: Default::default(),
        })
        .map(|site| {
            println!(
                "ok: {} pages in 3 languages render",
                site.page_paths().len()
            )
        })
        .map_err(|e| e.to_string()),
        Config::Reports { database, command } => reports::cli::run(&database, command),
        Config::PreviewsManifest => previews_manifest(),
        Config::Export {
            dir,
            origin,
            report_url,
        } => {
            let site = build_site(&SiteConfig {
                origin,
                report: reports::cli::export_mode(report_url.as_deref()),
            })
            .map_err(|e| e.to_string())?;
            let count =
                export(&site, &dir).map_err(|e| format!("writing {}: {e}", dir.display()))?;
            println!("wrote {count} files to {}", dir.display());
            Ok(())
        }
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

/// Prints, for static/previews/make.py, what each page's preview image shows.
fn previews_manifest() -> Result<(), String> {
    let site = build_site(&SiteConfig {
        origin: "http://127.0.0.1:3000".to_owned(),
        report: Default::default(),
    })
    .map_err(|e| e.to_string())?;
    let sources = previews::sources(&site.renderer()).map_err(|e| e.to_string())?;
    let json = serde_json::to_string_pretty(&sources).map_err(|e| e.to_string())?;
    println!("{json}");
    Ok(())
}

fn serve(config: ServeConfig) -> Result<(), String> {
    let mut options = ServerOptions::default();
    options.http.hsts = config.hsts;
    options.http.body_timeout = config.body_timeout;
    options.http.request_timeout = config.request_timeout;
    if let Some(max) = config.max_connections {
        options.connections = ConnectionLimit::new(max);
    }
    let site = Arc::new(
        build_site(&SiteConfig {
            origin: config.origin,
            report: Default::default(),
        })
        .map_err(|e| e.to_string())?,
    );
    // The reports database lives on its own runtime, kept until the server stops.
    let (reports_runtime, reports) = reports::cli::start(&config.database, config.report_limit)?;
    let store = reports.store.clone();
    options.http.reports = Some(reports.with_trusted_proxies(config.trusted_proxies));
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
    let workers = config
        .workers
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let served = server::run(site, config.addr, workers, options);
    reports::cli::stop(&reports_runtime, &store);
    served
}
