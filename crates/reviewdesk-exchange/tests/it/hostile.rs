//! Hostile zip files, written byte by byte (local headers, central directory,
//! end record) so that they can hold what no zip library would write: unsafe
//! names, links, duplicates, overlapping data, lying sizes, bombs.

use std::io::{Cursor, Read as _, Write as _};

use reviewdesk_exchange::{ExchangeError, KeyPair, Limits};

use crate::{Parties, open_with, refusal};

/// One entry of a hand-made zip.
pub(crate) struct Raw {
    pub name: String,
    pub data: Vec<u8>,
    /// 0 stored, 8 deflated.
    pub method: u16,
    /// The uncompressed size the headers declare.
    pub size: u32,
    /// Unix mode in the external attributes.
    pub mode: u32,
    /// Point at the local header of an earlier entry instead of writing one.
    pub shares_data_with: Option<usize>,
}

impl Raw {
    pub fn stored(name: &str, data: &[u8]) -> Self {
        Self {
            name: name.to_owned(),
            data: data.to_vec(),
            method: 0,
            size: data.len() as u32,
            mode: 0o100644,
            shares_data_with: None,
        }
    }
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for byte in bytes {
        crc ^= u32::from(*byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

pub(crate) fn raw_zip(entries: &[Raw]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut offsets: Vec<u32> = Vec::new();
    for entry in entries {
        if let Some(earlier) = entry.shares_data_with {
            offsets.push(offsets[earlier]);
            continue;
        }
        offsets.push(out.len() as u32);
        out.extend_from_slice(&0x0403_4b50u32.to_le_bytes());
        out.extend_from_slice(&20u16.to_le_bytes()); // version needed
        out.extend_from_slice(&0u16.to_le_bytes()); // flags
        out.extend_from_slice(&entry.method.to_le_bytes());
        out.extend_from_slice(&0u16.to_le_bytes()); // time
        out.extend_from_slice(&0x21u16.to_le_bytes()); // date: 1980-01-01
        out.extend_from_slice(&checksum(entry).to_le_bytes());
        out.extend_from_slice(&(entry.data.len() as u32).to_le_bytes());
        out.extend_from_slice(&entry.size.to_le_bytes());
        out.extend_from_slice(&(entry.name.len() as u16).to_le_bytes());
        out.extend_from_slice(&0u16.to_le_bytes()); // extra length
        out.extend_from_slice(entry.name.as_bytes());
        out.extend_from_slice(&entry.data);
    }
    let directory_start = out.len() as u32;
    for (entry, offset) in entries.iter().zip(&offsets) {
        let source = entry.shares_data_with.map_or(entry, |i| &entries[i]);
        out.extend_from_slice(&0x0201_4b50u32.to_le_bytes());
        out.extend_from_slice(&((3u16 << 8) | 20).to_le_bytes()); // made by: Unix
        out.extend_from_slice(&20u16.to_le_bytes());
        out.extend_from_slice(&0u16.to_le_bytes());
        out.extend_from_slice(&source.method.to_le_bytes());
        out.extend_from_slice(&0u16.to_le_bytes());
        out.extend_from_slice(&0x21u16.to_le_bytes());
        out.extend_from_slice(&checksum(source).to_le_bytes());
        out.extend_from_slice(&(source.data.len() as u32).to_le_bytes());
        out.extend_from_slice(&source.size.to_le_bytes());
        out.extend_from_slice(&(entry.name.len() as u16).to_le_bytes());
        out.extend_from_slice(&[0; 8]); // extra, comment, disk, internal attributes
        out.extend_from_slice(&(entry.mode << 16).to_le_bytes());
        out.extend_from_slice(&offset.to_le_bytes());
        out.extend_from_slice(entry.name.as_bytes());
    }
    let directory_size = out.len() as u32 - directory_start;
    out.extend_from_slice(&0x0605_4b50u32.to_le_bytes());
    out.extend_from_slice(&[0; 4]); // disk numbers
    out.extend_from_slice(&(entries.len() as u16).to_le_bytes());
    out.extend_from_slice(&(entries.len() as u16).to_le_bytes());
    out.extend_from_slice(&directory_size.to_le_bytes());
    out.extend_from_slice(&directory_start.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out
}

/// The CRC the headers carry: right for stored entries; deflated ones here
/// are refused before their data is read, so theirs is never checked.
fn checksum(entry: &Raw) -> u32 {
    if entry.method == 0 {
        crc32(&entry.data)
    } else {
        0
    }
}

/// The entries of a well-formed zip, in order.
pub(crate) fn entries_of(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).expect("zip");
    (0..archive.len())
        .map(|i| {
            let mut file = archive.by_index(i).expect("entry");
            let mut content = Vec::new();
            file.read_to_end(&mut content).expect("read");
            (file.name().expect("name").into_owned(), content)
        })
        .collect()
}

pub(crate) fn stored_zip(entries: &[(String, Vec<u8>)]) -> Vec<u8> {
    raw_zip(
        &entries
            .iter()
            .map(|(name, data)| Raw::stored(name, data))
            .collect::<Vec<_>>(),
    )
}

/// A bundle whose manifest is `manifest`, properly signed by `agency`.
pub(crate) fn resigned(agency: &KeyPair, manifest: &[u8], content: &[u8]) -> Vec<u8> {
    let signature = sign_with(agency, manifest);
    raw_zip(&[
        Raw::stored("manifest.json", manifest),
        Raw::stored("manifest.sig", &signature),
        Raw::stored("content.age", content),
    ])
}

/// Signs like the agency does, through a package-free route: the secret text.
fn sign_with(keys: &KeyPair, message: &[u8]) -> Vec<u8> {
    use ed25519_dalek::Signer as _;
    let text = keys.to_secret_text();
    let seed: [u8; 32] = hex::decode(text.split('\n').next().expect("seed"))
        .expect("hex")
        .try_into()
        .expect("32 bytes");
    ed25519_dalek::SigningKey::from_bytes(&seed)
        .sign(message)
        .to_bytes()
        .to_vec()
}

/// A good bundle's entries with `change` applied, as a hand-made zip.
fn altered(parties: &Parties, change: impl FnOnce(&mut Vec<Raw>)) -> Vec<u8> {
    let mut raws: Vec<Raw> = entries_of(&parties.bundle(1))
        .iter()
        .map(|(name, data)| Raw::stored(name, data))
        .collect();
    change(&mut raws);
    raw_zip(&raws)
}

#[test]
fn the_hand_made_zip_of_a_good_bundle_opens() {
    let parties = Parties::new();
    assert!(open_with(&parties, &altered(&parties, |_| {}), |_| {}).is_ok());
}

#[test]
fn absolute_and_escaping_names_are_refused() {
    let parties = Parties::new();
    for name in [
        "/content.age",
        "../content.age",
        "x/../../content.age",
        "C:\\content.age",
    ] {
        let bytes = altered(&parties, |raws| raws[2].name = name.into());
        assert_eq!(
            refusal(open_with(&parties, &bytes, |_| {})),
            ExchangeError::UnsafePath { name: name.into() },
            "{name}"
        );
    }
}

#[test]
fn a_symbolic_link_is_refused() {
    let parties = Parties::new();
    let bytes = altered(&parties, |raws| raws[2].mode = 0o120777);
    assert_eq!(
        refusal(open_with(&parties, &bytes, |_| {})),
        ExchangeError::Symlink {
            name: "content.age".into()
        }
    );
}

#[test]
fn duplicate_names_are_refused() {
    let parties = Parties::new();
    let bytes = altered(&parties, |raws| {
        raws.push(Raw::stored("content.age", b"second copy"));
    });
    assert_eq!(
        refusal(open_with(&parties, &bytes, |_| {})),
        ExchangeError::DuplicateName
    );
}

#[test]
fn entries_sharing_their_bytes_are_refused() {
    let parties = Parties::new();
    let bytes = altered(&parties, |raws| {
        let mut alias = Raw::stored("content.age", b"");
        alias.shares_data_with = Some(1);
        raws[2] = alias;
    });
    assert_eq!(
        refusal(open_with(&parties, &bytes, |_| {})),
        ExchangeError::OverlappingEntries
    );
}

#[test]
fn too_many_entries_are_refused() {
    let parties = Parties::new();
    let bytes = altered(&parties, |raws| {
        for i in 0..20 {
            raws.push(Raw::stored(&format!("extra-{i}"), b"x"));
        }
    });
    assert_eq!(
        refusal(open_with(&parties, &bytes, |_| {})),
        ExchangeError::TooManyEntries {
            count: 23,
            limit: 16
        }
    );
}

#[test]
fn an_unknown_entry_is_refused() {
    let parties = Parties::new();
    let bytes = altered(&parties, |raws| raws.push(Raw::stored("run-me.sh", b"x")));
    assert_eq!(
        refusal(open_with(&parties, &bytes, |_| {})),
        ExchangeError::UnexpectedEntry {
            name: "run-me.sh".into()
        }
    );
}

#[test]
fn files_and_contents_over_the_limits_are_refused() {
    let parties = Parties::new();
    let bytes = parties.bundle(1);
    let small = Limits {
        file_bytes: 100,
        ..Limits::default()
    };
    assert_eq!(
        refusal(open_with(&parties, &bytes, |o| o.limits = small)),
        ExchangeError::TooLarge {
            size: bytes.len() as u64,
            limit: 100
        }
    );
    let little_content = Limits {
        total_bytes: 300,
        ..Limits::default()
    };
    assert!(matches!(
        refusal(open_with(&parties, &bytes, |o| o.limits = little_content)),
        ExchangeError::TooLarge { limit: 300, .. }
    ));
}

#[test]
fn a_zip_bomb_is_refused_before_it_expands() {
    let parties = Parties::new();
    // 64 MiB of zeros deflate to about 64 KiB: a ratio near 1000.
    let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    writer.start_file("bomb", options).expect("start");
    let zeros = vec![0u8; 1 << 20];
    for _ in 0..64 {
        writer.write_all(&zeros).expect("write");
    }
    let bomb = entries_raw_deflated(&writer.finish().expect("finish").into_inner());
    let bytes = altered(&parties, |raws| {
        raws[2] = Raw {
            name: "content.age".into(),
            data: bomb,
            method: 8,
            size: 64 << 20,
            mode: 0o100644,
            shares_data_with: None,
        };
    });
    assert_eq!(
        refusal(open_with(&parties, &bytes, |_| {})),
        ExchangeError::CompressionRatio {
            name: "content.age".into(),
            limit: 100
        }
    );
}

/// `chunk` repeated `times`, as a raw deflate stream.
pub(crate) fn deflate_chunks(chunk: &[u8], times: usize) -> Vec<u8> {
    let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .large_file(true);
    writer.start_file("entry", options).expect("start");
    for _ in 0..times {
        writer.write_all(chunk).expect("write");
    }
    entries_raw_deflated(&writer.finish().expect("finish").into_inner())
}

/// The raw deflate stream of the only entry of a zip.
fn entries_raw_deflated(zip_bytes: &[u8]) -> Vec<u8> {
    let mut archive = zip::ZipArchive::new(Cursor::new(zip_bytes)).expect("zip");
    let mut raw = Vec::new();
    archive
        .by_index_raw(0)
        .expect("entry")
        .read_to_end(&mut raw)
        .expect("read");
    raw
}

#[test]
fn a_header_that_understates_its_entry_is_refused() {
    let parties = Parties::new();
    let bytes = altered(&parties, |raws| raws[0].size -= 1);
    assert_eq!(
        refusal(open_with(&parties, &bytes, |_| {})).code(),
        "exchange-malformed"
    );
}

#[test]
fn garbage_is_refused_as_malformed() {
    let parties = Parties::new();
    assert_eq!(
        refusal(open_with(&parties, b"PK\x03\x04 not really", |_| {})).code(),
        "exchange-malformed"
    );
}
