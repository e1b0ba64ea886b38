//! The accept loop: HTTP/1.1, or HTTPS with a TLS identity, over one axum
//! router. A connection is accepted only when a slot is free, closed when
//! its headers (or its TLS handshake) do not arrive in time, and on a stop
//! the requests in flight get a while to finish.

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::ConnectInfo;

/// What is held open at once and how long a client is waited for.
#[derive(Debug, Clone, Copy)]
pub struct ConnectionLimits {
    /// Connections served at once; more wait, unaccepted, in the listen backlog.
    pub max_connections: usize,
    /// Time for a request's headers to arrive whole, and for an idle
    /// connection's next request to start: a silent or trickling client is
    /// closed after it. A TLS handshake gets as long.
    pub header_timeout: Duration,
    /// How long requests in flight may take to finish once the server is
    /// asked to stop.
    pub drain: Duration,
}

/// Serves `app` (HTTPS with `tls`, when given) until `shutdown` completes;
/// then stops accepting, lets requests in flight finish for up to
/// [`ConnectionLimits::drain`], and returns. Each request carries the
/// client's address as `ConnectInfo<SocketAddr>`.
pub async fn serve_until(
    listener: tokio::net::TcpListener,
    app: Router,
    limits: ConnectionLimits,
    tls: Option<Arc<rustls::ServerConfig>>,
    shutdown: impl std::future::Future<Output = ()>,
) -> std::io::Result<()> {
    let acceptor = tls.map(tokio_rustls::TlsAcceptor::from);
    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    tokio::pin!(shutdown);
    tokio::select! {
        served = accept_loop(&listener, app, limits, acceptor, &graceful) => served?,
        () = &mut shutdown => {}
    }
    drop(listener);
    tracing::info!(
        connections = graceful.count(),
        "stopping: requests in flight finish first"
    );
    let _ = tokio::time::timeout(limits.drain, graceful.shutdown()).await;
    Ok(())
}

async fn accept_loop(
    listener: &tokio::net::TcpListener,
    app: Router,
    limits: ConnectionLimits,
    acceptor: Option<tokio_rustls::TlsAcceptor>,
    graceful: &hyper_util::server::graceful::GracefulShutdown,
) -> std::io::Result<()> {
    use hyper::server::conn::http1;
    use hyper_util::rt::{TokioIo, TokioTimer};
    use hyper_util::service::TowerToHyperService;
    use tower::ServiceExt as _;

    let slots = Arc::new(tokio::sync::Semaphore::new(limits.max_connections));
    loop {
        let Ok(slot) = Arc::clone(&slots).acquire_owned().await else {
            return Ok(());
        };
        let (stream, client) = match listener.accept().await {
            Ok(accepted) => accepted,
            // Out of file descriptors or a connection reset before it was
            // accepted: the listener itself still works.
            Err(error) if is_transient(&error) => {
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            }
            Err(error) => return Err(error),
        };
        let service = TowerToHyperService::new(app.clone().map_request(
            move |request: hyper::Request<hyper::body::Incoming>| {
                let mut request = request.map(axum::body::Body::new);
                request.extensions_mut().insert(ConnectInfo(client));
                request
            },
        ));
        let acceptor = acceptor.clone();
        let watcher = graceful.watcher();
        tokio::spawn(async move {
            let mut builder = http1::Builder::new();
            builder
                .timer(TokioTimer::new())
                .header_read_timeout(limits.header_timeout);
            // A connection that ends badly concerns only its client.
            let _ = match acceptor {
                None => {
                    let connection = builder.serve_connection(TokioIo::new(stream), service);
                    watcher.watch(connection).await
                }
                Some(acceptor) => {
                    let handshake = acceptor.accept(stream);
                    match tokio::time::timeout(limits.header_timeout, handshake).await {
                        Ok(Ok(stream)) => {
                            let connection =
                                builder.serve_connection(TokioIo::new(stream), service);
                            watcher.watch(connection).await
                        }
                        _ => Ok(()),
                    }
                }
            };
            drop(slot);
        });
    }
}

fn is_transient(error: &std::io::Error) -> bool {
    use std::io::ErrorKind as K;
    matches!(
        error.kind(),
        K::ConnectionAborted | K::ConnectionReset | K::Interrupted | K::WouldBlock
    ) || error
        .raw_os_error()
        .is_some_and(|code| code == 23 || code == 24)
}
