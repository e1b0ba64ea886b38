//! The zip container of bundles and packages, read defensively. Nothing is
//! extracted to disk: entries are read into memory, and only after the whole
//! central directory has passed every check (names, links, duplicates,
//! overlapping data, counts, sizes, compression ratios). Sizes are enforced
//! while reading too, since headers can lie.
//!
//! Written archives are deterministic: entries stored uncompressed (their
//! content is already encrypted or small), in a fixed order, dated 1980-01-01.

use std::io::{Cursor, Write as _};

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

/// Most bytes a manifest may have: it lists one entry, so a few hundred
/// suffice; anything larger is refused before it is parsed.
pub(crate) const MANIFEST_LIMIT: u64 = 64 * 1024;

/// The three entries of a container, borrowed from the file's own bytes: a
/// stored entry is its bytes, so nothing is inflated or copied to read it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Container<'a> {
    pub manifest: &'a [u8],
    pub signature: &'a [u8],
    pub content: &'a [u8],
}

/// Reads a bundle or package: exactly the entries `names`, in that order,
/// each stored. Only the central directory and local headers are parsed;
/// the entries themselves are returned as slices of `bytes`, so the cost of
/// a refused file is the file itself.
pub(crate) fn read<'a>(
    bytes: &'a [u8],
    kind: &'static str,
    names: &[&str; 3],
    limits: Limits,
) -> Result<Container<'a>, ExchangeError> {
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
    let mut total: u64 = 0;
    let mut slices: Vec<Slice> = Vec::with_capacity(names.len());
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
        let Some(position) = names
            .iter()
            .position(|n| *n == name)
            .filter(|_| !entry.is_dir())
        else {
            return Err(ExchangeError::UnexpectedEntry { name });
        };
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
        // Stored entries only: then what is signed is what lies in the file,
        // and no entry can grow in memory beyond the file's own size.
        if entry.compression() != CompressionMethod::Stored {
            return Err(ExchangeError::NotStored { name });
        }
        if size != compressed {
            return Err(malformed(format!("{name}: size differs from its header")));
        }
        let start = entry
            .data_start()
            .ok_or_else(|| malformed("no data offset".into()))?;
        let end = start
            .checked_add(size)
            .filter(|end| *end <= bytes.len() as u64)
            .ok_or_else(|| malformed(format!("{name}: runs past the end of the file")))?;
        // Both within the file, as just checked, so they fit in usize.
        let (header, start, end) = (entry.header_start() as usize, start as usize, end as usize);
        slices.push(Slice {
            position,
            header,
            data: start..end,
        });
    }
    if let Some(missing) = names
        .iter()
        .enumerate()
        .find(|(i, _)| !slices.iter().any(|s| s.position == *i))
    {
        return Err(malformed(format!("no {}", missing.1)));
    }
    let mut by_offset: Vec<&Slice> = slices.iter().collect();
    by_offset.sort_unstable_by_key(|s| s.header);
    if by_offset
        .windows(2)
        .any(|pair| pair[1].header < pair[0].data.end)
    {
        return Err(ExchangeError::OverlappingEntries);
    }
    // The documented order, in the directory and in the file alike.
    let in_order = slices.iter().enumerate().all(|(i, s)| s.position == i)
        && slices
            .windows(2)
            .all(|pair| pair[0].header < pair[1].header);
    if !in_order {
        return Err(ExchangeError::EntryOrder);
    }
    let manifest = slices[0].data.clone();
    if manifest.len() as u64 > MANIFEST_LIMIT {
        return Err(ExchangeError::TooLarge {
            size: manifest.len() as u64,
            limit: MANIFEST_LIMIT,
        });
    }
    Ok(Container {
        manifest: &bytes[manifest],
        signature: &bytes[slices[1].data.clone()],
        content: &bytes[slices[2].data.clone()],
    })
}

/// Where one entry lies in the file.
struct Slice {
    /// Its place in the documented order.
    position: usize,
    header: usize,
    data: std::ops::Range<usize>,
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
