#![warn(missing_docs, unreachable_pub)]
//! tpmdocs turns a repository of technical project deliverables into a static portal.
//!
//! The pipeline, one module per stage; each stage uses only stages to its left (and the
//! shared helpers [`diagnostic`], [`text`], [`urls`], [`slug`], [`clock`]):
//!
//! ```text
//! config → discover → deliverable → markdown → site → graph → analysis → search → render → output
//! ```
//!
//! - [`config`]: `book.toml`, typed (it borrows the value type [`deliverable::date::Date`]
//!   for `as-of`); [`discover`]: the files of the source tree.
//! - [`deliverable`]: text in, [`deliverable::Document`] out — kind, ADR identity
//!   ([`deliverable::adr_id`]), metadata from front matter, inline lists and sections,
//!   dates, vocabulary. Pure: no disk, no HTML.
//! - [`markdown`]: a body to HTML with highlighting and diagrams, plus the headings, links
//!   and mentions later stages need.
//! - [`site`]: every document read, parsed and converted once; lookups by id, number, kind;
//!   where each page is written ([`urls`] holds the path rules).
//! - [`graph`]: typed relations between documents, queries and exports.
//! - [`analysis`]: the warnings `check` adds, the leadership answers per view, and the
//!   weekly status post.
//! - [`render`]: pages from the theme's templates, and the decision graph drawn as SVG;
//!   [`search`]: the Pagefind index; `output` (crate private): staged, atomic writing.
//! - [`build`] runs the pipeline; [`serve`] runs it again on every save and serves the
//!   result; [`new`] and [`init`] write sources. [`repository`] says where the sources are
//!   in git and how to link to a file of it on the web. [`clock`] is the one place that knows what
//!   day it is; [`diagnostic`] is how every stage reports a problem; [`text`], [`slug`] are
//!   small helpers shared by all.
//!
//! The binary (`src/main.rs`, `src/cmd/`) parses the command line, runs one command module
//! per subcommand and maps the outcome to an exit code.

pub mod about;
pub mod analysis;
pub mod build;
pub mod cache;
pub mod clock;
pub mod config;
pub mod contrast;
pub mod deliverable;
pub mod diagnostic;
pub mod discover;
pub mod graph;
pub(crate) mod guard;
pub mod history;
pub mod init;
pub mod markdown;
pub mod new;
pub(crate) mod output;
pub mod progress;
pub mod render;
pub mod repository;
pub mod search;
pub mod serve;
pub mod site;
pub mod slug;
pub mod text;
pub mod urls;
