//! The messages of a package uploaded in parts (`docs/formats.md`,
//! "Uploading in parts"): the server says how many bytes it holds, the
//! expert sends the rest from there and commits with the SHA-256 of the
//! whole package.

use serde::{Deserialize, Serialize};
use sha2::{Digest as _, Sha256};

/// Where an upload stands, as the server answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct UploadStatus {
    /// Bytes received so far; the next part starts here.
    pub offset: u64,
    /// The package was already received whole (the answer to its commit was
    /// lost): only the commit is left to do.
    pub received: bool,
}

/// The expert's word that the upload is whole.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UploadCommit {
    /// Lowercase hex SHA-256 of the whole package.
    pub sha256: String,
}

impl UploadCommit {
    pub fn of(package: &[u8]) -> Self {
        Self {
            sha256: hex::encode(Sha256::digest(package)),
        }
    }
}
