//! Files carried inside a PDF (its embedded files, which PDF readers list as
//! attachments and `pdfdetach` extracts): the signed minutes carry their
//! content and the agency's seal this way, so the PDF itself can be checked.
//!
//! Reading takes a PDF from anywhere — an e-mail, a USB stick — so it is
//! bounded before it is parsed: the file's size, how many files it names,
//! and how far each may expand.

use lopdf::{Dictionary, Document, Object, Stream};

/// The largest PDF read for its attachments.
pub const MAX_PDF_BYTES: usize = 64 << 20;
/// The most attachments read from one PDF.
const MAX_ATTACHMENTS: usize = 16;

/// Why a PDF's attachments could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AttachmentError {
    #[error("{size} bytes; at most {limit} are read")]
    TooLarge { size: usize, limit: usize },
    #[error("not a readable PDF: {0}")]
    Unreadable(String),
}

fn unreadable(error: impl std::fmt::Display) -> AttachmentError {
    AttachmentError::Unreadable(error.to_string())
}

/// `pdf` with `files` (name, MIME type, bytes) embedded, as the document's
/// attachments.
pub fn attach(pdf: &[u8], files: &[(&str, &str, &[u8])]) -> Result<Vec<u8>, AttachmentError> {
    let mut document = Document::load_mem(pdf).map_err(unreadable)?;
    let mut names: Vec<(&str, Object)> = Vec::new();
    for (name, mime, bytes) in files {
        let mut stream_dict = Dictionary::new();
        stream_dict.set("Type", Object::Name(b"EmbeddedFile".to_vec()));
        stream_dict.set("Subtype", Object::Name(mime.as_bytes().to_vec()));
        let stream = document.add_object(Stream::new(stream_dict, bytes.to_vec()));
        let mut embedded = Dictionary::new();
        embedded.set("F", stream);
        let mut spec = Dictionary::new();
        spec.set("Type", Object::Name(b"Filespec".to_vec()));
        spec.set("F", Object::string_literal(*name));
        spec.set("UF", Object::string_literal(*name));
        spec.set("EF", embedded);
        spec.set("AFRelationship", Object::Name(b"Data".to_vec()));
        names.push((name, Object::Reference(document.add_object(spec))));
    }
    // A name tree's keys are in order.
    names.sort_by(|a, b| a.0.cmp(b.0));
    let references: Vec<Object> = names.iter().map(|(_, r)| r.clone()).collect();
    let mut tree = Dictionary::new();
    tree.set(
        "Names",
        names
            .into_iter()
            .flat_map(|(name, reference)| [Object::string_literal(name), reference])
            .collect::<Vec<_>>(),
    );
    let mut name_dict = Dictionary::new();
    name_dict.set("EmbeddedFiles", tree);
    let catalog = document.catalog_mut().map_err(unreadable)?;
    catalog.set("Names", name_dict);
    catalog.set("AF", references);
    let mut out = Vec::new();
    document.save_to(&mut out).map_err(unreadable)?;
    Ok(out)
}

/// The attachment named `name` of `pdf`, at most `limit` bytes once
/// expanded; `None` when the PDF has no such attachment.
pub fn attachment(
    pdf: &[u8],
    name: &str,
    limit: usize,
) -> Result<Option<Vec<u8>>, AttachmentError> {
    if pdf.len() > MAX_PDF_BYTES {
        return Err(AttachmentError::TooLarge {
            size: pdf.len(),
            limit: MAX_PDF_BYTES,
        });
    }
    // The parser is not ours: a PDF it cannot take is refused, never a crash.
    let document = std::panic::catch_unwind(|| Document::load_mem(pdf))
        .map_err(|_| unreadable("the PDF's structure"))?
        .map_err(unreadable)?;
    let Some(tree) = embedded_files(&document) else {
        return Ok(None);
    };
    let Ok(entries) = tree.get(b"Names").and_then(|n| document.dereference(n)) else {
        return Ok(None);
    };
    let entries = entries.1.as_array().map_err(unreadable)?;
    for pair in entries.chunks(2).take(MAX_ATTACHMENTS) {
        let [key, spec] = pair else { break };
        if key.as_str().ok() != Some(name.as_bytes()) {
            continue;
        }
        let stream = document
            .dereference(spec)
            .and_then(|(_, spec)| spec.as_dict())
            .and_then(|spec| spec.get(b"EF"))
            .and_then(|ef| document.dereference(ef))
            .and_then(|(_, ef)| ef.as_dict())
            .and_then(|ef| ef.get(b"F"))
            .and_then(|f| document.dereference(f))
            .and_then(|(_, f)| f.as_stream())
            .map_err(unreadable)?;
        return plain_content(stream, limit).map(Some);
    }
    Ok(None)
}

fn embedded_files(document: &Document) -> Option<&Dictionary> {
    let names = document.catalog().ok()?.get(b"Names").ok()?;
    let names = document.dereference(names).ok()?.1.as_dict().ok()?;
    let files = names.get(b"EmbeddedFiles").ok()?;
    document.dereference(files).ok()?.1.as_dict().ok()
}

/// A stream's bytes, expanded if compressed, refused past `limit`.
fn plain_content(stream: &Stream, limit: usize) -> Result<Vec<u8>, AttachmentError> {
    let too_large = |size| AttachmentError::TooLarge { size, limit };
    if stream.filters().map(|f| f.is_empty()).unwrap_or(true) {
        if stream.content.len() > limit {
            return Err(too_large(stream.content.len()));
        }
        return Ok(stream.content.clone());
    }
    // Expanding stops at the limit: a small stream cannot become gigabytes.
    stream
        .get_plain_content_with_limit(limit)
        .map_err(|_| too_large(limit.saturating_add(1)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn empty_pdf() -> Vec<u8> {
        crate::pdf::write("t", &crate::text::Fonts::new(Vec::new()), vec![Vec::new()])
    }

    #[test]
    fn attached_files_are_read_back_by_name_and_bounded() {
        let pdf = attach(
            &empty_pdf(),
            &[
                ("b.json", "application/json", b"{\"b\":1}"),
                ("a.json", "application/json", b"{\"a\":1}"),
            ],
        )
        .expect("attached");
        assert_eq!(
            attachment(&pdf, "a.json", 100).expect("read"),
            Some(b"{\"a\":1}".to_vec())
        );
        assert_eq!(
            attachment(&pdf, "b.json", 100).expect("read"),
            Some(b"{\"b\":1}".to_vec())
        );
        assert_eq!(attachment(&pdf, "c.json", 100).expect("read"), None);
        assert!(matches!(
            attachment(&pdf, "a.json", 3),
            Err(AttachmentError::TooLarge { .. })
        ));
        assert_eq!(attachment(&empty_pdf(), "a.json", 100).expect("read"), None);
        assert!(matches!(
            attachment(b"%PDF-1.7 not really", "a.json", 100),
            Err(AttachmentError::Unreadable(_))
        ));
    }
}
