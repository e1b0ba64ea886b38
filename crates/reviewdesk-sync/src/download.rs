//! Bundles come down resumably: every byte that arrives is kept — in memory
//! and, when the plan names a downloads folder, in `<call>.part` there with
//! the bundle's ETag beside it in `<call>.etag` — so a cut, a timeout or a
//! restart of the app resumes with `Range` from where the bytes end.
//! `If-Range` makes the server send the whole bundle instead when it has a
//! newer one, so two bundles' bytes are never spliced. The kept bytes are the
//! bundle as sealed: its content is encrypted to the expert.

use reviewdesk_domain::CallId;
use std::fs::{File, OpenOptions};
use std::io::Write as _;
use std::path::{Path, PathBuf};

use reqwest::header::{self, HeaderValue};
use reviewdesk_core::outbox::SyncPlan;

use crate::client::{Client, failure, retryable};
use crate::{SyncError, SyncPolicy, with_retries};

/// Downloads every bundle newer than the one installed, resuming a cut
/// download from the bytes already received. Returns (call, bundle bytes).
pub async fn fetch_bundles(
    plan: &SyncPlan,
    policy: SyncPolicy,
) -> Result<Vec<(CallId, Vec<u8>)>, SyncError> {
    let client = Client::new(plan, &policy)?;
    let listed: serde_json::Value = with_retries(&policy, || {
        client.json(reqwest::Method::GET, "/v1/calls", vec![])
    })
    .await?;
    let mut bundles = Vec::new();
    for entry in listed.as_array().into_iter().flatten() {
        let (Some(call), Some(sequence)) = (entry["call_id"].as_str(), entry["sequence"].as_u64())
        else {
            continue;
        };
        let call = CallId::from(call);
        let installed = plan.calls.iter().find(|(c, _)| *c == call).map(|(_, s)| *s);
        if installed.is_some_and(|s| s >= sequence) && sequence > 0 {
            continue;
        }
        let mut kept = Kept::resume(plan.downloads.as_deref(), &call);
        let bytes = download(&client, &policy, &call, &mut kept).await?;
        kept.forget();
        bundles.push((call, bytes));
    }
    Ok(bundles)
}

async fn download(
    client: &Client<'_>,
    policy: &SyncPolicy,
    call: &CallId,
    kept: &mut Kept,
) -> Result<Vec<u8>, SyncError> {
    let path = format!("/v1/calls/{call}/bundle");
    let mut attempt = 0;
    loop {
        let before = kept.bytes.len();
        match receive(client, &path, kept).await {
            Ok(true) => return Ok(std::mem::take(&mut kept.bytes)),
            Ok(false) | Err(SyncError::Retryable(_)) => {}
            Err(refused) => return Err(refused),
        }
        if kept.bytes.len() > before {
            // Bytes got through: the link works, only slowly or briefly.
            attempt = 0;
        }
        attempt += 1;
        if attempt >= policy.attempts {
            return Err(SyncError::Retryable(format!(
                "{path}: gave up after {attempt} attempts, {} bytes kept",
                kept.bytes.len()
            )));
        }
        tokio::time::sleep(policy.delay(attempt)).await;
    }
}

/// One request: asks for the bytes after those kept and keeps what arrives
/// until the answer ends or is cut. `Ok(true)` once the bundle is whole.
async fn receive(client: &Client<'_>, path: &str, kept: &mut Kept) -> Result<bool, SyncError> {
    let mut extra = Vec::new();
    if let (false, Some(etag)) = (kept.bytes.is_empty(), kept.etag.as_ref()) {
        let range = HeaderValue::from_str(&format!("bytes={}-", kept.bytes.len()));
        extra.push((header::RANGE, range.map_err(retryable)?));
        extra.push((header::IF_RANGE, etag.clone()));
    }
    let mut response = client
        .open(reqwest::Method::GET, path, vec![], &extra, false)
        .await?;
    let status = response.status().as_u16();
    let etag = response.headers().get(header::ETAG).cloned();
    let total = match status {
        200 => {
            kept.restart(etag);
            response.content_length()
        }
        206 => {
            let (start, total) = content_range(response.headers()).unwrap_or((u64::MAX, 0));
            if start != kept.bytes.len() as u64 {
                kept.restart(None);
                return Ok(false);
            }
            Some(total)
        }
        416 => {
            kept.restart(None);
            return Ok(false);
        }
        _ => {
            let body = response.bytes().await.map_err(retryable)?;
            return Err(failure(status, &body));
        }
    };
    while let Some(chunk) = response.chunk().await.map_err(retryable)? {
        kept.append(&chunk);
    }
    Ok(total.is_none_or(|t| kept.bytes.len() as u64 == t))
}

/// `Content-Range: bytes START-END/TOTAL` → (START, TOTAL).
fn content_range(headers: &header::HeaderMap) -> Option<(u64, u64)> {
    let value = headers.get(header::CONTENT_RANGE)?.to_str().ok()?;
    let (range, total) = value.strip_prefix("bytes ")?.split_once('/')?;
    let (start, _) = range.split_once('-')?;
    Some((start.parse().ok()?, total.parse().ok()?))
}

/// The bytes of one call's bundle received so far. The files are a cache:
/// when they cannot be written, the download goes on in memory.
struct Kept {
    bytes: Vec<u8>,
    etag: Option<HeaderValue>,
    /// `<call>.part` and `<call>.etag`, when there is a downloads folder.
    files: Option<(PathBuf, PathBuf)>,
    part: Option<File>,
}

impl Kept {
    /// What an earlier run kept for `call`, if anything.
    fn resume(folder: Option<&Path>, call: &CallId) -> Self {
        // Call ids are the agency's; keep only what is safe in a file name.
        let name: String = call
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || c == '-' {
                    c
                } else {
                    '_'
                }
            })
            .collect();
        let files = folder.map(|f| {
            (
                f.join(format!("{name}.part")),
                f.join(format!("{name}.etag")),
            )
        });
        let mut kept = Self {
            bytes: Vec::new(),
            etag: None,
            files,
            part: None,
        };
        if let Some((part, etag)) = &kept.files {
            let earlier = std::fs::read(part).ok();
            let tag = std::fs::read(etag)
                .ok()
                .and_then(|t| HeaderValue::from_bytes(&t).ok());
            if let (Some(bytes), Some(tag)) = (earlier, tag) {
                kept.bytes = bytes;
                kept.etag = Some(tag);
                kept.part = OpenOptions::new().append(true).open(part).ok();
            }
        }
        kept
    }

    /// Starts over for the bundle named `etag`.
    fn restart(&mut self, etag: Option<HeaderValue>) {
        self.bytes.clear();
        self.etag = etag;
        self.part = None;
        let Some((part, tag)) = &self.files else {
            return;
        };
        let written = std::fs::create_dir_all(part.parent().unwrap_or(Path::new(".")))
            .and_then(|()| {
                std::fs::write(
                    tag,
                    self.etag.as_ref().map_or(&[][..], HeaderValue::as_bytes),
                )
            })
            .and_then(|()| File::create(part));
        self.part = written.ok();
    }

    fn append(&mut self, chunk: &[u8]) {
        self.bytes.extend_from_slice(chunk);
        if let Some(file) = &mut self.part
            && file.write_all(chunk).is_err()
        {
            self.part = None;
        }
    }

    /// The bundle is whole: the files are no longer needed.
    fn forget(self) {
        if let Some((part, tag)) = &self.files {
            let _ = std::fs::remove_file(part);
            let _ = std::fs::remove_file(tag);
        }
    }
}
