//! Deliverables: what a Markdown file is (kind, number), what it says about itself
//! (status, date, relations) and the pure function that reads it.
//!
//! Nothing here touches the disk or knows about HTML: [`parse::parse`] takes text and returns
//! a [`Document`], so every metadata form is unit-tested on strings.

pub mod actions;
pub mod adr_id;
pub mod date;
pub mod estimate;
pub(crate) mod frontmatter;
pub(crate) mod inline;
mod journal;
pub mod kind;
pub(crate) mod lines;
mod located;
pub mod measures;
pub mod meta;
pub(crate) mod outline;
pub mod parse;
mod review;
pub mod roadmap;
mod shape;
mod thread;
mod timeline;
mod unread;
pub mod verdict;
pub mod vocab;

pub use kind::Kind;
pub use located::{LineSpan, Located, Origin};
pub use parse::{parse, parse_in, Document};
pub use vocab::{Status, Vocabulary};
