//! Serving: worker threads, the connection loop (hyper's HTTP/1 with a header-read timeout
//! and a header-size limit, serving the axum application, with a cap on open connections,
//! a write timeout and a cap on requests per connection),
//! a graceful stop on SIGTERM or Ctrl-C that lets requests in flight finish, and a stop
//! with an error when a worker dies.

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::extract::ConnectInfo;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;
use tokio::sync::{Semaphore, watch};
use tokio_io_timeout::TimeoutStream;
use tower::ServiceExt;

use crate::http::{HttpOptions, app_with};
use crate::site::Site;

#[derive(Clone, Debug)]
pub struct ServerOptions {
    pub http: HttpOptions,
    /// A client that has not sent a request's headers within this time is disconnected
    /// (slow-loris defence); it also ends idle keep-alive connections.
    pub header_read_timeout: Duration,
    /// A response the client does not take, a write that makes no progress for this long,
    /// closes the connection: a client that sends requests and never reads the answers
    /// cannot hold a connection.
    pub write_timeout: Duration,
    /// Larger request headers are answered 431.
    pub max_header_bytes: usize,
    /// Requests answered on one connection; the last one's answer closes it. With the
    /// read buffer's size this bounds what one connection can queue by pipelining.
    pub requests_per_connection: usize,
    /// How long a stop waits for requests in flight before giving up on them.
    pub shutdown_grace: Duration,
    /// Open connections, process-wide; new ones past it are closed at once.
    pub connections: ConnectionLimit,
}

impl Default for ServerOptions {
    fn default() -> Self {
        ServerOptions {
            http: HttpOptions::default(),
            header_read_timeout: Duration::from_secs(5),
            write_timeout: Duration::from_secs(30),
            max_header_bytes: 16 * 1024,
            requests_per_connection: 100,
            shutdown_grace: Duration::from_secs(8),
            connections: ConnectionLimit::new(default_max_connections()),
        }
    }
}

/// The cap on open connections, shared by every worker (clones share it).
#[derive(Clone, Debug)]
pub struct ConnectionLimit {
    open: Arc<Semaphore>,
    max: usize,
}

impl ConnectionLimit {
    pub fn new(max: usize) -> ConnectionLimit {
        ConnectionLimit {
            open: Arc::new(Semaphore::new(max)),
            max,
        }
    }

    pub fn max(&self) -> usize {
        self.max
    }
}

/// Sized for the machine: the process's limit on open files (`ulimit -n`), less room for
/// the listening socket, logs and the like; 1024 where that limit cannot be read.
pub fn default_max_connections() -> usize {
    let mut limit = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: getrlimit only writes the struct it is given.
    let read = unsafe { libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit) } == 0;
    if !read || limit.rlim_cur == libc::RLIM_INFINITY {
        return 1024;
    }
    let files = usize::try_from(limit.rlim_cur).unwrap_or(usize::MAX);
    files.saturating_sub(64).clamp(16, 1 << 20)
}

/// Whether an accept error means the process or the system is out of file descriptors,
/// the one case where accepting again at once would only spin.
fn out_of_files(error: &std::io::Error) -> bool {
    matches!(error.raw_os_error(), Some(libc::EMFILE | libc::ENFILE))
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
        .max_header_size(options.max_header_bytes)
        // What one connection may have read ahead (pipelined requests), at most.
        .max_buf_size(2 * options.max_header_bytes);
    let graceful = GracefulShutdown::new();
    let mut refused = Refused::default();
    tokio::pin!(stop);
    // Accepted by hand rather than by `axum::serve` or hyper-util's auto server: neither
    // can cap open connections, close one at once past the cap, or give hyper a header-read
    // timeout; everything else a request needs is in the route table's layers.
    loop {
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                // Out of file descriptors: wait a little for some to close rather than spin.
                Err(error) if out_of_files(&error) => {
                    tracing::warn!("accept failed: {error}");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
                // A client that gave up before it was accepted, and the like: next one.
                Err(error) => {
                    tracing::debug!("accept failed: {error}");
                    continue;
                }
            },
            () = &mut stop => break,
        };
        let Ok(permit) = Arc::clone(&options.connections.open).try_acquire_owned() else {
            // Over the cap: close it at once, which costs less than anything it could ask.
            drop(stream);
            refused.count(options.connections.max);
            continue;
        };
        // Answers are small and sent whole: do not let Nagle's algorithm hold them back.
        let _ = stream.set_nodelay(true);
        // The client's address, for the report form's rate limit; after the last request
        // a connection may make, its answer closes it.
        let served = Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let last = options.requests_per_connection;
        let service = TowerToHyperService::new(
            app.clone()
                .map_request(
                    move |mut request: axum::http::Request<hyper::body::Incoming>| {
                        request.extensions_mut().insert(ConnectInfo(peer));
                        request
                    },
                )
                .map_response(move |mut response: axum::response::Response| {
                    let count = served.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
                    if count >= last {
                        response.headers_mut().insert(
                            axum::http::header::CONNECTION,
                            axum::http::HeaderValue::from_static("close"),
                        );
                    }
                    response
                }),
        );
        // hyper bounds how long a request's headers take; the body and the whole request
        // are bounded by the route table's layers. Writes are bounded here.
        let mut stream = TimeoutStream::new(stream);
        stream.set_write_timeout(Some(options.write_timeout));
        let connection = builder.serve_connection(TokioIo::new(Box::pin(stream)), service);
        let connection = graceful.watch(connection);
        tokio::spawn(async move {
            // Errors here are the client's (reset, timeout, bad request): nothing to report.
            let _ = connection.await;
            drop(permit);
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

/// Connections closed over the cap: logged at most every 10 s, with how many.
#[derive(Default)]
struct Refused {
    since_logged: u64,
    logged_at: Option<Instant>,
}

impl Refused {
    fn count(&mut self, max: usize) {
        self.since_logged += 1;
        if self
            .logged_at
            .is_none_or(|at| at.elapsed() >= Duration::from_secs(10))
        {
            tracing::warn!(
                "{} connections closed at once: {max} already open (--max-connections)",
                self.since_logged
            );
            self.since_logged = 0;
            self.logged_at = Some(Instant::now());
        }
    }
}

/// Serves `site` on `addr` with `workers` threads until SIGTERM or Ctrl-C, then stops
/// accepting, finishes requests in flight and returns. If a worker stops on its own
/// (an error or a panic), the others are stopped too and an error is returned, so the
/// process exits non-zero and a supervisor can restart it.
///
/// One single-threaded runtime per worker, all accepting on the one listening socket (each
/// holds a duplicate of its descriptor), as nginx runs its workers: no work-stealing or
/// cross-thread wake-ups on the request path. Per-request renders run on each runtime's
/// blocking pool, behind the one process-wide [`crate::http::WorkLimit`].
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
    let workers: Vec<Worker> = (0..workers.max(1))
        .map(|_| {
            let site = Arc::clone(&site);
            let options = options.clone();
            let listener = listener.try_clone().map_err(|e| e.to_string())?;
            let worker: Worker = Box::new(move |mut stopped| {
                let shutdown = async move {
                    let _ = stopped.changed().await;
                };
                run_worker(listener, site, options, shutdown)
            });
            Ok(worker)
        })
        .collect::<Result<_, String>>()?;
    // The workers hold their own descriptors; this one would keep the socket open (and
    // connections queueing) after they stop.
    drop(listener);
    tracing::info!(
        "serving the guide on http://{addr}/ with {} workers",
        workers.len()
    );
    supervise(workers, &signals, stop_signal.recv())
}

/// One worker thread's work, given a receiver that changes when it must stop.
type Worker = Box<dyn FnOnce(watch::Receiver<()>) -> Result<(), String> + Send>;

/// Runs each worker on a thread of its own until `stop` resolves (then stops them all and
/// waits for them), or until one of them ends on its own, an error or a panic: then it
/// stops the others too and returns that worker's error.
fn supervise(
    workers: Vec<Worker>,
    runtime: &tokio::runtime::Runtime,
    stop: impl Future<Output = ()>,
) -> Result<(), String> {
    let (stop_workers, stopped) = watch::channel(());
    let (ended, mut ended_early) = tokio::sync::mpsc::unbounded_channel();
    let handles = workers
        .into_iter()
        .enumerate()
        .map(|(index, work)| {
            let stopped = stopped.clone();
            // Sent when the thread ends, however it ends: a panic unwinds through it.
            let notice = EndNotice(index, ended.clone());
            std::thread::Builder::new()
                .name(format!("worker-{index}"))
                .spawn(move || {
                    let _notice = notice;
                    work(stopped)
                })
                .map_err(|e| e.to_string())
        })
        .collect::<Result<Vec<_>, String>>()?;
    drop(ended);
    let died = runtime.block_on(async {
        tokio::select! {
            () = stop => None,
            Some(index) = ended_early.recv() => Some(index),
        }
    });
    match died {
        None => tracing::info!("stopping: finishing requests in flight"),
        Some(index) => tracing::error!("worker {index} stopped on its own: stopping"),
    }
    let _ = stop_workers.send(());
    let mut first_error = None;
    for (index, handle) in handles.into_iter().enumerate() {
        let result = match handle.join() {
            Ok(result) => result,
            Err(_) => Err("panicked".to_owned()),
        };
        if let Err(error) = result {
            first_error.get_or_insert(format!("worker {index}: {error}"));
        }
    }
    match (died, first_error) {
        (_, Some(error)) => Err(error),
        (Some(index), None) => Err(format!("worker {index} stopped on its own")),
        (None, None) => Ok(()),
    }
}

/// Tells the supervisor which worker ended, when dropped.
struct EndNotice(usize, tokio::sync::mpsc::UnboundedSender<usize>);

impl Drop for EndNotice {
    fn drop(&mut self) {
        let _ = self.1.send(self.0);
    }
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
        // The blocking pool runs the per-request renders: below the connection loop's
        // priority, so a flood of renders cannot slow down the pages.
        .on_thread_start(lower_priority)
        .build()
        .map_err(|e| e.to_string())?;
    runtime.block_on(async {
        let listener = TcpListener::from_std(listener).map_err(|e| e.to_string())?;
        serve(listener, site, options, shutdown).await;
        Ok(())
    })
}

/// Lowers the calling thread's scheduling priority (nice 10). On Linux `setpriority` with
/// `PRIO_PROCESS` and 0 applies to the calling thread only; elsewhere it is left alone.
fn lower_priority() {
    #[cfg(target_os = "linux")]
    // SAFETY: setpriority takes plain integers; failing (e.g. not permitted) changes nothing.
    unsafe {
        libc::setpriority(libc::PRIO_PROCESS, 0, 10);
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn runtime() -> tokio::runtime::Runtime {
        tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap()
    }

    /// A worker that serves until told to stop.
    fn steady() -> Worker {
        Box::new(|mut stopped| {
            runtime().block_on(async move {
                let _ = stopped.changed().await;
            });
            Ok(())
        })
    }

    #[test]
    fn a_worker_that_panics_stops_the_others_and_is_an_error() {
        let dying: Worker = Box::new(|_| panic!("worker failure"));
        let result = supervise(vec![steady(), dying], &runtime(), std::future::pending());
        assert_eq!(result, Err("worker 1: panicked".to_owned()));
    }

    #[test]
    fn a_worker_that_returns_early_is_an_error_even_without_one() {
        let ending: Worker = Box::new(|_| Ok(()));
        let result = supervise(vec![ending, steady()], &runtime(), std::future::pending());
        assert_eq!(result, Err("worker 0 stopped on its own".to_owned()));
        let failing: Worker = Box::new(|_| Err("cannot listen".to_owned()));
        let result = supervise(vec![steady(), failing], &runtime(), std::future::pending());
        assert_eq!(result, Err("worker 1: cannot listen".to_owned()));
    }

    #[test]
    fn a_stop_stops_every_worker_cleanly() {
        let result = supervise(vec![steady(), steady()], &runtime(), async {});
        assert_eq!(result, Ok(()));
    }

    #[test]
    fn only_running_out_of_descriptors_backs_off() {
        let error = |code| std::io::Error::from_raw_os_error(code);
        assert!(out_of_files(&error(libc::EMFILE)));
        assert!(out_of_files(&error(libc::ENFILE)));
        assert!(!out_of_files(&error(libc::ECONNABORTED)));
        assert!(!out_of_files(&std::io::Error::other("x")));
    }
}
