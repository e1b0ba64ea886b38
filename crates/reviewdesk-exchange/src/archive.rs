//! The zip container of bundles and packages, read defensively. Nothing is
//! extracted to disk: entries are read into memory, and only after the whole
//! central directory has passed every check (names, links, duplicates,
//! overlapping data, counts, sizes, compression ratios). Sizes are enforced
//! while reading too, since headers can lie.
//!
//! Written archives are deterministic: entries stored uncompressed (their
//! content is already encrypted or small), in a fixed order, dated 1980-01-01.

use std::collections::BTreeMap;
use std::io::{Cursor, Read as _, Write as _};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipArchive, ZipWriter};

use crate::ExchangeError;

/// How much an archive may hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Size of the zip file itself.
    pub file_bytes: u64,
    /// Entries in the central directory.
    pub entries: usize,
    /// Uncompressed bytes of all entries together.
    pub total_bytes: u64,
    /// Uncompressed bytes over compressed bytes, per entry.
    pub ratio: u64,
}

impl Default for Limits {
    /// Room for a call of 500 applications with their attachments.
    fn default() -> Self {
        Self {
            file_bytes: 1 << 30,
            entries: 16,
            total_bytes: 1 << 30,
            ratio: 100,
        }
    }
}

pub(crate) fn write(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut writer = ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Stored)
        .last_modified_time(zip::DateTime::default())
        .unix_permissions(0o644);
    for (name, bytes) in entries {
        // Writing to memory fails only on allocation failure.
        writer
            .start_file(*name, options)
            .and_then(|()| writer.write_all(bytes).map_err(Into::into))
            .expect("write to memory");
    }
    writer.finish().expect("write to memory").into_inner()
}

/// Reads exactly the entries `names` from `bytes`, refusing anything else.
pub(crate) fn read(
    bytes: &[u8],
    kind: &'static str,
    names: &[&str],
    limits: Limits,
) -> Result<BTreeMap<String, Vec<u8>>, ExchangeError> {
    let malformed = |detail: String| ExchangeError::Malformed { kind, detail };
    if bytes.len() as u64 > limits.file_bytes {
        return Err(ExchangeError::TooLarge {
            size: bytes.len() as u64,
            limit: limits.file_bytes,
        });
    }
    let mut archive = ZipArchive::new(Cursor::new(bytes)).map_err(|e| malformed(e.to_string()))?;
    if archive.has_duplicate_names() {
        return Err(ExchangeError::DuplicateName);
    }
    if archive.len() > limits.entries {
        return Err(ExchangeError::TooManyEntries {
            count: archive.len(),
            limit: limits.entries,
        });
    }
    let mut ranges = Vec::with_capacity(archive.len());
    let mut total: u64 = 0;
    let mut wanted = Vec::with_capacity(names.len());
    for index in 0..archive.len() {
        let entry = archive
            .by_index_raw(index)
            .map_err(|e| malformed(e.to_string()))?;
        let name = String::from_utf8_lossy(entry.name_raw()).into_owned();
        if !is_plain_name(&name) {
            return Err(ExchangeError::UnsafePath { name });
        }
        if entry.is_symlink() {
            return Err(ExchangeError::Symlink { name });
        }
        if entry.is_dir() || !names.contains(&name.as_str()) {
            return Err(ExchangeError::UnexpectedEntry { name });
        }
        let (size, compressed) = (entry.size(), entry.compressed_size());
        total = total.saturating_add(size);
        if total > limits.total_bytes {
            return Err(ExchangeError::TooLarge {
                size: total,
                limit: limits.total_bytes,
            });
        }
        if size > compressed.saturating_mul(limits.ratio).max(4096) {
            return Err(ExchangeError::CompressionRatio {
                name,
                limit: limits.ratio,
            });
        }
        let start = entry.header_start();
        let end = entry
            .data_start()
            .ok_or_else(|| malformed("no data offset".into()))?
            .saturating_add(compressed);
        ranges.push((start, end));
        wanted.push((index, name, size));
    }
    ranges.sort_unstable();
    if ranges.windows(2).any(|pair| pair[1].0 < pair[0].1) {
        return Err(ExchangeError::OverlappingEntries);
    }
    let mut entries = BTreeMap::new();
    for (index, name, size) in wanted {
        let entry = archive
            .by_index(index)
            .map_err(|e| malformed(e.to_string()))?;
        // Read one byte more than declared, to catch a header that understates.
        let mut content = Vec::with_capacity(size as usize);
        entry
            .take(size + 1)
            .read_to_end(&mut content)
            .map_err(|e| malformed(format!("{name}: {e}")))?;
        if content.len() as u64 != size {
            return Err(malformed(format!("{name}: size differs from its header")));
        }
        entries.insert(name, content);
    }
    if let Some(missing) = names.iter().find(|n| !entries.contains_key(**n)) {
        return Err(malformed(format!("no {missing}")));
    }
    Ok(entries)
}

/// A name that stays inside the archive: relative, no `..` or `.` parts, no
/// empty parts, no backslashes or drive letters, no control characters.
fn is_plain_name(name: &str) -> bool {
    !name.is_empty()
        && !name.starts_with('/')
        && !name.contains('\\')
        && !name.contains(':')
        && !name.chars().any(char::is_control)
        && name
            .split('/')
            .all(|part| !part.is_empty() && part != "." && part != "..")
}

#[cfg(test)]
mod tests {
    use super::is_plain_name;

    #[test]
    fn plain_names_stay_inside() {
        for name in ["manifest.json", "a/b.txt"] {
            assert!(is_plain_name(name), "{name}");
        }
        for name in [
            "",
            "/etc/passwd",
            "../x",
            "a/../../x",
            "a//b",
            "./a",
            "C:\\x",
            "a\\..\\b",
            "c:x",
            "a\0b",
        ] {
            assert!(!is_plain_name(name), "{name:?}");
        }
    }
}
