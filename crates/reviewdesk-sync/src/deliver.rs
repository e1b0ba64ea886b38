//! Delivering the outbox: packages go in sequence, each retried with backoff
//! while retrying can help; a large one goes up in parts that resume from the
//! server's offset; every receipt is checked against the pinned agency key
//! before the package counts as delivered.

use reviewdesk_core::outbox::{Delivery, QueuedPackage, SyncPlan};
use reviewdesk_core::{CoreError, ErrorCode, Problem};
use reviewdesk_exchange::receipt::{self, Receipt};
use reviewdesk_exchange::upload::{UploadCommit, UploadStatus};

use crate::client::{Client, failure, retryable};
use crate::{DeliveryReport, SyncError, SyncPolicy};

/// A refusal as the expert reads it. The server refusing one of this vault's
/// own packages as a fork means another copy of the vault — a restored
/// backup, or the same vault on another laptop — sent that place first.
fn as_the_expert_reads_it(refused: SyncError, package: &QueuedPackage) -> CoreError {
    let error = CoreError::from(refused);
    if error.code == ErrorCode::PackageFork {
        CoreError::new(
            ErrorCode::VaultCopyBehind,
            format!(
                "another copy of this vault already sent package {}",
                package.sequence
            ),
        )
        .with("sequence", package.sequence.to_string())
    } else {
        error
    }
}

/// Delivers the plan's packages in order. `record` is called as each ends
/// (delivered or refused), so progress survives a crash mid-run.
pub async fn deliver(
    plan: &SyncPlan,
    policy: SyncPolicy,
    mut record: impl FnMut(&QueuedPackage, &Delivery),
) -> DeliveryReport {
    let mut report = DeliveryReport::default();
    let client = match Client::new(plan, &policy) {
        Ok(client) => client,
        Err(refused) => {
            report.pending = plan.packages.len();
            report.stopped = Some(refused);
            return report;
        }
    };
    for (index, package) in plan.packages.iter().enumerate() {
        let mut attempt = 0;
        let in_parts = package.bytes.len() > policy.resumable_above;
        let outcome = loop {
            let mut advanced = false;
            let sent = if in_parts {
                upload_in_parts(&client, package, policy.part_bytes, &mut |_| {
                    advanced = true
                })
                .await
            } else {
                upload(&client, package).await
            };
            if advanced {
                // Bytes got through: the link works, only slowly or briefly.
                attempt = 0;
            }
            match sent {
                Ok(receipt) => break Some(Delivery::Delivered { receipt }),
                Err(refused @ SyncError::Refused { .. }) if !refused.is_key_revoked() => {
                    break Some(Delivery::Refused {
                        reason: Problem::from(&as_the_expert_reads_it(refused, package)),
                    });
                }
                // The connection itself is refused, or this vault is (its
                // key revoked): every package stays queued.
                Err(stopped @ (SyncError::Unsafe { .. } | SyncError::Refused { .. })) => {
                    report.pending = plan.packages.len() - index;
                    report.stopped = Some(stopped);
                    return report;
                }
                Err(SyncError::Retryable(why)) => {
                    report.last_error = Some(why);
                    attempt += 1;
                    if attempt >= policy.attempts {
                        break None;
                    }
                    tokio::time::sleep(policy.delay(attempt)).await;
                }
            }
        };
        match outcome {
            Some(delivery) => {
                if matches!(delivery, Delivery::Delivered { .. }) {
                    report.delivered += 1;
                } else {
                    report.refused += 1;
                }
                record(package, &delivery);
            }
            None => {
                report.pending = plan.packages.len() - index;
                return report;
            }
        }
    }
    report.last_error = None;
    report
}

/// Sends the package in one request; the answer is its receipt.
async fn upload(client: &Client<'_>, package: &QueuedPackage) -> Result<Receipt, SyncError> {
    let path = format!("/v1/packages/{}", package.package_id);
    let answer = client
        .send(reqwest::Method::PUT, &path, package.bytes.clone())
        .await?;
    if answer.status != 200 {
        return Err(failure(answer.status, &answer.body));
    }
    checked_receipt(client.plan, package, &answer.body)
}

/// One pass of a piecewise upload: asks the server where it stands, sends
/// the parts from there and commits. A cut ends the pass; the next pass
/// resumes from the server's offset. `progress` hears each offset the
/// server confirms.
async fn upload_in_parts(
    client: &Client<'_>,
    package: &QueuedPackage,
    part_bytes: usize,
    progress: &mut impl FnMut(u64),
) -> Result<Receipt, SyncError> {
    let base = format!("/v1/packages/{}/upload", package.package_id);
    let status: UploadStatus = client.json(reqwest::Method::GET, &base, vec![]).await?;
    let total = package.bytes.len();
    // More than the package: not parts of these bytes; the commit clears them.
    let mut offset = usize::try_from(status.offset)
        .unwrap_or(usize::MAX)
        .min(total);
    if !status.received {
        while offset < total {
            let end = offset.saturating_add(part_bytes.max(1)).min(total);
            let part = package.bytes[offset..end].to_vec();
            let path = format!("{base}?offset={offset}");
            let confirmed: UploadStatus = client.json(reqwest::Method::PATCH, &path, part).await?;
            offset = usize::try_from(confirmed.offset).unwrap_or(usize::MAX);
            progress(confirmed.offset);
        }
    }
    let commit = serde_json::to_vec(&UploadCommit::of(&package.bytes)).map_err(retryable)?;
    let answer = client
        .send(reqwest::Method::POST, &format!("{base}/commit"), commit)
        .await?;
    if answer.status != 200 {
        return Err(failure(answer.status, &answer.body));
    }
    checked_receipt(client.plan, package, &answer.body)
}

/// The receipt once it holds: signed by the pinned agency key, for
/// this package id and manifest. One that does not hold counts as no
/// answer, so the package is sent again.
fn checked_receipt(
    plan: &SyncPlan,
    package: &QueuedPackage,
    body: &[u8],
) -> Result<Receipt, SyncError> {
    let receipt: Receipt =
        serde_json::from_slice(body).map_err(|e| SyncError::Retryable(format!("receipt: {e}")))?;
    receipt::verify(
        &receipt,
        &plan.agency,
        &package.package_id,
        &package.manifest_digest,
    )
    .map_err(|e| SyncError::Retryable(format!("receipt: {e}")))?;
    Ok(receipt)
}
