//! Packages uploaded in parts, so a large package on a link that keeps
//! dropping is not sent again from the start each time: the expert asks how
//! many bytes have arrived, sends the rest from there, and commits with the
//! SHA-256 of the whole. The committed bytes then go through
//! [`Agency::accept_package`] like a package sent in one request.

use crate::Denial;
use chrono::{DateTime, Utc};
use reviewdesk_exchange::receipt::Receipt;
use reviewdesk_exchange::timestamp;
use reviewdesk_exchange::upload::{UploadCommit, UploadStatus};
use sha2::{Digest as _, Sha256};

use crate::{Agency, ServerError};

/// The largest package accepted, whole or in parts.
pub const MAX_PACKAGE_BYTES: u64 = 64 << 20;

/// Parts of an upload untouched this long are forgotten.
const ABANDONED_AFTER: chrono::Duration = chrono::Duration::days(7);

impl Agency {
    pub fn upload_status(
        &self,
        expert_id: &str,
        package_id: &str,
    ) -> Result<UploadStatus, ServerError> {
        let received = self
            .store
            .package(package_id)?
            .is_some_and(|p| p.expert_id == expert_id);
        Ok(UploadStatus {
            offset: self.store.upload_length(expert_id, package_id)?,
            received,
        })
    }

    /// Adds the part of the package that starts at `offset`, which must be
    /// where the bytes received so far end.
    pub fn append_upload(
        &self,
        expert_id: &str,
        package_id: &str,
        offset: u64,
        part: &[u8],
        now: DateTime<Utc>,
    ) -> Result<UploadStatus, ServerError> {
        let status = self.upload_status(expert_id, package_id)?;
        if status.offset != offset {
            return Err(ServerError::later(
                "upload-offset",
                format!(
                    "this part starts at byte {offset}, but {} bytes have arrived",
                    status.offset
                ),
            ));
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
            self.store.add_upload_part(
                expert_id,
                package_id,
                offset,
                part,
                &timestamp(now),
                &timestamp(now - ABANDONED_AFTER),
            )?;
        }
        Ok(UploadStatus {
            offset: length,
            ..status
        })
    }

    /// Verifies and accepts the uploaded bytes as the package, answering as
    /// [`Agency::accept_package`] does; a commit repeated after its answer
    /// was lost gets the same receipt.
    pub fn commit_upload(
        &mut self,
        expert_id: &str,
        package_id: &str,
        commit: &UploadCommit,
        now: DateTime<Utc>,
    ) -> Result<Receipt, ServerError> {
        let bytes = self.store.upload_bytes(expert_id, package_id)?;
        if bytes.is_empty() {
            return match self.earlier_answer(expert_id, package_id, &commit.sha256)? {
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
            self.store.forget_upload(expert_id, package_id)?;
            return Err(ServerError::later(
                "upload-mismatch",
                format!("the parts of package {package_id} do not make the package"),
            ));
        }
        let answer = self.accept_package(expert_id, package_id, &bytes, now);
        // An earlier package still missing: keep the parts for the next commit.
        if !matches!(answer, Err(ServerError::Later { .. })) {
            self.store.forget_upload(expert_id, package_id)?;
        }
        answer
    }
}
