//! Files from outside the vault: a score package or a key file someone
//! brought on a stick or by e-mail is hostile until checked, so it is refused
//! by its size before a byte of it is read.

use std::io::Read as _;
use std::path::Path;

use crate::{CoreError, ErrorCode};

/// The most a package or key file may hold: what the agency server takes in
/// one package.
pub const EXCHANGE_FILE_LIMIT: u64 = 64 << 20;

/// Reads a package or key file, refusing one over [`EXCHANGE_FILE_LIMIT`]
/// by its size before reading it (and again if it grew meanwhile).
pub fn read_exchange_file(path: &Path) -> Result<Vec<u8>, CoreError> {
    let file = std::fs::File::open(path)?;
    let size = file.metadata()?.len();
    let too_large = |size: u64| {
        CoreError::new(ErrorCode::ExchangeTooLarge, format!("{size} bytes"))
            .with("size", size.to_string())
            .with("limit", EXCHANGE_FILE_LIMIT.to_string())
    };
    if size > EXCHANGE_FILE_LIMIT {
        return Err(too_large(size));
    }
    let mut bytes = Vec::new();
    file.take(EXCHANGE_FILE_LIMIT + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > EXCHANGE_FILE_LIMIT {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(bytes)
}
