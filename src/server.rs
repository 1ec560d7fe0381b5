//! The connection loop: hyper's HTTP/1 with a header-read timeout and a header-size limit,
//! serving the axum application, and a graceful stop that lets requests in flight finish.

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;

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
        let stream = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => stream,
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
        let service = TowerToHyperService::new(app.clone());
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
