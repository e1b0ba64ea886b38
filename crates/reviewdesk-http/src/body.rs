//! Request bodies read within a size limit and a pace: a client that sends
//! too much is cut off at the limit, one that stalls or trickles its body
//! cannot hold a connection, and its slot, for ever.

use std::time::Duration;

use axum::body::{Body, Bytes};

/// Why a body was not read whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum BodyError {
    #[error("the request body is too large")]
    TooLarge,
    #[error("no part of the request body arrived for {} s", idle.as_secs())]
    Stalled { idle: Duration },
}

/// Reads a request body of at most `limit` bytes, giving up when no part of
/// it arrives for `idle`.
pub async fn read_body(body: Body, limit: usize, idle: Duration) -> Result<Bytes, BodyError> {
    use http_body_util::BodyExt as _;
    let mut body = http_body_util::Limited::new(body, limit);
    let mut collected = Vec::new();
    loop {
        match tokio::time::timeout(idle, body.frame()).await {
            Err(_) => return Err(BodyError::Stalled { idle }),
            Ok(None) => return Ok(Bytes::from(collected)),
            Ok(Some(Err(_))) => return Err(BodyError::TooLarge),
            Ok(Some(Ok(frame))) => {
                if let Ok(data) = frame.into_data() {
                    collected.extend_from_slice(&data);
                }
            }
        }
    }
}
