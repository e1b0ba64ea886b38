//! Packages uploaded in parts, so a large package on a link that keeps
//! dropping is not sent again from the start each time: the expert asks how
//! many bytes have arrived, sends the rest from there, and commits with the
//! SHA-256 of the whole. The committed bytes then go through
//! [`Agency::accept_package`] like a package sent in one request.

use crate::Denial;
use chrono::{DateTime, Utc};
use reviewdesk_domain::{ExpertId, PackageId};
use reviewdesk_exchange::receipt::Receipt;
use reviewdesk_exchange::timestamp;
use reviewdesk_exchange::upload::{UploadCommit, UploadStatus};
use sha2::{Digest as _, Sha256};

use crate::{Agency, ServerError};

/// The largest package accepted, whole or in parts.
pub const MAX_PACKAGE_BYTES: u64 = 64 << 20;

/// Parts of an upload untouched this long are forgotten.
const ABANDONED_AFTER: chrono::Duration = chrono::Duration::days(7);

/// How many packages an expert may have half uploaded at once, and how many
/// bytes of them: an honest app sends one package at a time, in order.
pub const UNFINISHED_UPLOADS: u64 = 4;
pub const UNFINISHED_UPLOAD_BYTES: u64 = 2 * MAX_PACKAGE_BYTES;

impl Agency {
    /// Refuses a part that would take the expert's unfinished uploads past
    /// [`UNFINISHED_UPLOADS`] packages or [`UNFINISHED_UPLOAD_BYTES`] bytes.
    async fn within_quota(
        &self,
        expert_id: &ExpertId,
        new: bool,
        length: u64,
    ) -> Result<(), ServerError> {
        let (packages, bytes) = self.store.unfinished_uploads(expert_id).await?;
        let packages = packages + u64::from(new);
        if packages > UNFINISHED_UPLOADS || bytes.saturating_add(length) > UNFINISHED_UPLOAD_BYTES {
            return Err(ServerError::refused(
                Denial::TooLarge,
                "upload-quota",
                format!(
                    "at most {UNFINISHED_UPLOADS} packages and {UNFINISHED_UPLOAD_BYTES} bytes may wait half uploaded; finish or abandon one first"
                ),
            ));
        }
        Ok(())
    }

    pub async fn upload_status(
        &self,
        expert_id: &ExpertId,
        package_id: &PackageId,
    ) -> Result<UploadStatus, ServerError> {
        let received = self
            .store
            .package(package_id)
            .await?
            .is_some_and(|p| p.expert_id == expert_id);
        Ok(UploadStatus {
            offset: self.store.upload_length(expert_id, package_id).await?,
            received,
        })
    }

    /// Adds the part of the package that starts at `offset`, which must be
    /// where the bytes received so far end.
    pub async fn append_upload(
        &self,
        expert_id: &ExpertId,
        package_id: &PackageId,
        offset: u64,
        part: &[u8],
        now: DateTime<Utc>,
    ) -> Result<UploadStatus, ServerError> {
        let status = self.upload_status(expert_id, package_id).await?;
        let elsewhere = |arrived: u64| {
            ServerError::later(
                "upload-offset",
                format!("this part starts at byte {offset}, but {arrived} bytes have arrived"),
            )
        };
        if status.offset != offset {
            return Err(elsewhere(status.offset));
        }
        let length = offset.saturating_add(part.len() as u64);
        if length > MAX_PACKAGE_BYTES {
            return Err(ServerError::refused(
                Denial::TooLarge,
                "package-too-large",
                format!("a package may hold at most {MAX_PACKAGE_BYTES} bytes"),
            ));
        }
        if !part.is_empty() {
            self.within_quota(expert_id, offset == 0, part.len() as u64)
                .await?;
            let added = self
                .store
                .add_upload_part(
                    expert_id,
                    package_id,
                    offset,
                    part,
                    &timestamp(now),
                    &timestamp(now - ABANDONED_AFTER),
                )
                .await?;
            if !added {
                // The same part, sent twice at once, arrived first.
                return Err(elsewhere(length));
            }
        }
        Ok(UploadStatus {
            offset: length,
            ..status
        })
    }

    /// Verifies and accepts the uploaded bytes as the package, answering as
    /// [`Agency::accept_package`] does; a commit repeated after its answer
    /// was lost gets the same receipt.
    pub async fn commit_upload(
        &self,
        expert_id: &ExpertId,
        package_id: &PackageId,
        commit: &UploadCommit,
        now: DateTime<Utc>,
    ) -> Result<Receipt, ServerError> {
        let bytes = self.store.upload_bytes(expert_id, package_id).await?;
        if bytes.is_empty() {
            return match self
                .earlier_answer(expert_id, package_id, &commit.sha256)
                .await?
            {
                Some(answer) => answer,
                None => Err(ServerError::later(
                    "upload-incomplete",
                    format!("no part of package {package_id} has arrived"),
                )),
            };
        }
        if hex::encode(Sha256::digest(&bytes)) != commit.sha256 {
            // Parts only join at the exact offset, so this is an upload of
            // other bytes under the same id: start it again.
            self.store.forget_upload(expert_id, package_id).await?;
            return Err(ServerError::later(
                "upload-mismatch",
                format!("the parts of package {package_id} do not make the package"),
            ));
        }
        let answer = self
            .accept_package(expert_id, package_id, &bytes, now)
            .await;
        // An earlier package still missing: keep the parts for the next commit.
        if !matches!(answer, Err(ServerError::Later { .. })) {
            self.store.forget_upload(expert_id, package_id).await?;
        }
        answer
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn an_expert_cannot_leave_more_than_the_quota_half_uploaded() {
        let dir = tempfile::tempdir().expect("tempdir");
        let database = crate::testing::database(dir.path()).await;
        let agency = Agency::open_or_init(&database, None, &crate::testing::unseal(dir.path()))
            .await
            .expect("server");
        let now = Utc::now();
        for n in 0..UNFINISHED_UPLOADS {
            agency
                .append_upload(&"E01".into(), &format!("p{n}").into(), 0, b"part", now)
                .await
                .expect("within the quota");
        }
        let refused = agency
            .append_upload(&"E01".into(), &"one-more".into(), 0, b"part", now)
            .await
            .expect_err("over the quota");
        assert_eq!(refused.code(), "upload-quota");
        agency
            .append_upload(&"E01".into(), &"p0".into(), 4, b"more", now)
            .await
            .expect("an upload under way goes on");
        agency
            .append_upload(&"E02".into(), &"q0".into(), 0, b"part", now)
            .await
            .expect("another expert has a quota of their own");
    }
}
