//! One process at a time on a vault. SQLite lets several processes write one
//! database, so two app windows, or the app and the command line, could
//! interleave their changes to one vault; and Windows keeps another
//! process's open file from being replaced. The first process to open a
//! vault holds a lock on a file beside it (`<vault>-lock`) until its last
//! handle on that vault closes; any other process is refused at once with
//! `VaultError::InUse`, without waiting. Within one process, every handle on
//! the same vault shares the lock: unlocking again, proving the passphrase
//! before changing it and taking a backup all open a second connection.
//!
//! The lock file stays behind, empty: removing it on release could let two
//! processes each lock a different file of the same name.

use std::collections::BTreeMap;
use std::fs::{File, OpenOptions, TryLockError};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError, Weak};

use crate::VaultError;
use crate::key::sibling;

/// The lock on one vault, held while any handle on it in this process lives.
#[derive(Debug)]
pub(crate) struct Held {
    _file: File,
}

/// The vaults this process holds, by canonical path.
static HELD: Mutex<BTreeMap<PathBuf, Weak<Held>>> = Mutex::new(BTreeMap::new());

/// Takes (or shares) this process's lock on the vault at `vault`, which
/// exists.
pub(crate) fn hold(vault: &Path) -> Result<Arc<Held>, VaultError> {
    let canonical = std::fs::canonicalize(vault)?;
    let mut held = HELD.lock().unwrap_or_else(PoisonError::into_inner);
    held.retain(|_, handle| handle.strong_count() > 0);
    if let Some(handle) = held.get(&canonical).and_then(Weak::upgrade) {
        return Ok(handle);
    }
    let mut options = OpenOptions::new();
    options.create(true).truncate(false).write(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        options.mode(0o600);
    }
    let file = options.open(sibling(vault, "-lock"))?;
    match file.try_lock() {
        Ok(()) => {}
        Err(TryLockError::WouldBlock) => return Err(VaultError::InUse(vault.to_owned())),
        // A file system without locks (some network shares) cannot tell:
        // the vault opens as it did before locks.
        Err(TryLockError::Error(e)) if e.kind() == std::io::ErrorKind::Unsupported => {}
        Err(TryLockError::Error(e)) => return Err(e.into()),
    }
    let handle = Arc::new(Held { _file: file });
    held.insert(canonical, Arc::downgrade(&handle));
    Ok(handle)
}
