//! Serving: worker threads, the connection loop (hyper's HTTP/1 with a header-read timeout
//! and a header-size limit, serving the axum application), and a graceful stop on SIGTERM
//! or Ctrl-C that lets requests in flight finish.

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::extract::ConnectInfo;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;
use tower::ServiceExt;

use crate::http::{HttpOptions, app_with};
use crate::site::Site;

#[derive(Clone, Debug)]
pub struct ServerOptions {
    pub http: HttpOptions,
    /// A client that has not sent a request's headers within this time is disconnected
    /// (slow-loris defence); it also ends idle keep-alive connections.
    pub header_read_timeout: Duration,
    /// Larger request headers are answered 431.
    pub max_header_bytes: usize,
    /// How long a stop waits for requests in flight before giving up on them.
    pub shutdown_grace: Duration,
}

impl Default for ServerOptions {
    fn default() -> Self {
        ServerOptions {
            http: HttpOptions::default(),
            header_read_timeout: Duration::from_secs(5),
            max_header_bytes: 16 * 1024,
            shutdown_grace: Duration::from_secs(8),
        }
    }
}

/// Serves `site` on `listener` until `stop` resolves, then stops accepting, lets requests
/// in flight finish (up to `shutdown_grace`), and returns.
pub async fn serve(
    listener: TcpListener,
    site: Arc<Site>,
    options: ServerOptions,
    stop: impl Future<Output = ()>,
) {
    let app = app_with(site, &options.http);
    let mut builder = hyper::server::conn::http1::Builder::new();
    builder
        .timer(TokioTimer::new())
        .header_read_timeout(options.header_read_timeout)
        .max_headers(100)
        .max_header_size(options.max_header_bytes);
    let graceful = GracefulShutdown::new();
    tokio::pin!(stop);
    loop {
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                // Out of file descriptors and the like: wait a little rather than spin.
                Err(error) => {
                    tracing::warn!("accept failed: {error}");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut stop => break,
        };
        // Answers are small and sent whole: do not let Nagle's algorithm hold them back.
        let _ = stream.set_nodelay(true);
        // The client's address, for the report form's rate limit.
        let service = TowerToHyperService::new(app.clone().map_request(
            move |mut request: axum::http::Request<hyper::body::Incoming>| {
                request.extensions_mut().insert(ConnectInfo(peer));
                request
            },
        ));
        let connection = builder.serve_connection(TokioIo::new(stream), service);
        let connection = graceful.watch(connection);
        tokio::spawn(async move {
            // Errors here are the client's (reset, timeout, bad request): nothing to report.
            let _ = connection.await;
        });
    }
    drop(listener);
    if tokio::time::timeout(options.shutdown_grace, graceful.shutdown())
        .await
        .is_err()
    {
        tracing::warn!(
            "stopped with requests still in flight after {:?}",
            options.shutdown_grace
        );
    }
}

/// Serves `site` on `addr` with `workers` threads until SIGTERM or Ctrl-C, then stops
/// accepting, finishes requests in flight and returns.
///
/// One single-threaded runtime per worker, all accepting on the one listening socket, as
/// nginx runs its workers: no work-stealing or cross-thread wake-ups on the request path.
pub fn run(
    site: Arc<Site>,
    addr: SocketAddr,
    workers: usize,
    options: ServerOptions,
) -> Result<(), String> {
    let listener =
        std::net::TcpListener::bind(addr).map_err(|e| format!("cannot listen on {addr}: {e}"))?;
    listener.set_nonblocking(true).map_err(|e| e.to_string())?;
    let addr = listener.local_addr().map_err(|e| e.to_string())?;

    // Signals are caught here, once, and passed on to every worker: a worker that had not
    // yet set up its own handler when a signal came would otherwise never stop.
    let signals = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| e.to_string())?;
    let mut stop_signal = signals
        .block_on(async { StopSignal::new() })
        .map_err(|e| e.to_string())?;
    let (stop, stopped) = tokio::sync::watch::channel(());

    let handles: Vec<_> = (0..workers.max(1))
        .map(|worker| {
            let site = Arc::clone(&site);
            let options = options.clone();
            let listener = listener.try_clone().map_err(|e| e.to_string())?;
            let mut stopped = stopped.clone();
            let shutdown = async move {
                let _ = stopped.changed().await;
            };
            std::thread::Builder::new()
                .name(format!("worker-{worker}"))
                .spawn(move || run_worker(listener, site, options, shutdown))
                .map_err(|e| e.to_string())
        })
        .collect::<Result<_, String>>()?;
    // The workers hold their own handles; this one would keep accepting after a stop.
    drop(listener);
    tracing::info!("serving the guide on http://{addr}/ with {workers} workers");
    signals.block_on(stop_signal.recv());
    tracing::info!("stopping: finishing requests in flight");
    let _ = stop.send(());
    for handle in handles {
        handle
            .join()
            .map_err(|_| "a worker panicked".to_owned())??;
    }
    Ok(())
}

/// Serves on one thread until `shutdown` resolves, then finishes requests in flight.
fn run_worker(
    listener: std::net::TcpListener,
    site: Arc<Site>,
    options: ServerOptions,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> Result<(), String> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| e.to_string())?;
    runtime.block_on(async {
        let listener = TcpListener::from_std(listener).map_err(|e| e.to_string())?;
        serve(listener, site, options, shutdown).await;
        Ok(())
    })
}

/// Ctrl-C or SIGTERM, listened for from the moment it is made.
struct StopSignal {
    #[cfg(unix)]
    interrupt: tokio::signal::unix::Signal,
    #[cfg(unix)]
    terminate: tokio::signal::unix::Signal,
}

impl StopSignal {
    fn new() -> std::io::Result<StopSignal> {
        #[cfg(unix)]
        {
            use tokio::signal::unix::{SignalKind, signal};
            Ok(StopSignal {
                interrupt: signal(SignalKind::interrupt())?,
                terminate: signal(SignalKind::terminate())?,
            })
        }
        #[cfg(not(unix))]
        Ok(StopSignal {})
    }

    async fn recv(&mut self) {
        #[cfg(unix)]
        tokio::select! {
            _ = self.interrupt.recv() => {},
            _ = self.terminate.recv() => {},
        }
        #[cfg(not(unix))]
        let _ = tokio::signal::ctrl_c().await;
    }
}
