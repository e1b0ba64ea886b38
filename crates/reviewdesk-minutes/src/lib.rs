//! The agency's documents as PDF: the review minutes (评审会议纪要) and each
//! expert's opinion form (专家个人评审意见表). A4, Chinese with English,
//! names in every ASEAN script shaped right, fonts embedded and subset.
//!
//! - `fonts` — which font sets which script, and where it comes from;
//! - `text` — shaping, measuring and breaking text into lines;
//! - `layout` — headings, paragraphs and tables flowed onto pages, footers;
//! - `minutes` — the review minutes from the panel's results;
//! - `pdf` — pages of drawing operations into a file.

pub mod fonts;
pub mod layout;
pub mod minutes;
pub mod pdf;
pub mod text;
