#![warn(missing_docs, unreachable_pub)]
//! tpmdocs turns a repository of technical project deliverables into a static portal.
//!
//! The pipeline, one module per stage; each stage uses only stages to its left and the
//! infrastructure below:
//!
//! ```text
//! config → discover → deliverable → markdown → site → graph → analysis → search → render → output
//! ```
//!
//! - [`config`]: `book.toml`, typed (it borrows the value type [`deliverable::date::Date`]
//!   for `as-of`); `discover`: the files of the source tree.
//! - [`deliverable`]: text in, [`deliverable::Document`] out — kind, ADR identity
//!   ([`deliverable::adr_id`]), metadata from front matter, inline lists and sections,
//!   dates, vocabulary. Pure: no disk, no HTML. It holds the one reading of Markdown:
//!   comrak parses a body once, the readers take what each line is from that tree
//!   (`deliverable::outline`), and the page is rendered from the same tree.
//! - `markdown`: a parsed body to HTML with highlighting and diagrams, plus the headings,
//!   links and mentions later stages need.
//! - [`site`]: every document read, parsed and converted once; lookups by id, number, kind;
//!   where each page is written (`urls` holds the path rules).
//! - [`graph`]: typed relations between documents, queries and exports.
//! - [`analysis`]: the warnings `check` adds, the leadership answers per view, and the
//!   weekly status post.
//! - `search`: the Pagefind index; `render`: pages from the theme's templates, and the
//!   decision graph drawn as SVG; `output`: staged, atomic writing.
//!
//! Around the pipeline: [`build`] runs it (and keeps the pages of the last build that
//! nothing changed); [`serve`](mod@serve) runs it again on every save and serves the result; [`new`]
//! writes sources (and [`new::init`] sets a repository up).
//!
//! Infrastructure every stage may use: `git` (where the sources are in git, web links to a
//! file, each file's history), `cache` (content-keyed cache files; each stage keeps its own
//! entries in its `cache.rs`), [`clock`] (the one place that knows what day it is),
//! [`diagnostic`] (how every stage reports a problem), `text`, `slug`, `contrast`,
//! [`progress`] and `about`.
//!
//! # The façade
//!
//! What a caller of the library needs is re-exported here: [`load`] a project (parsed,
//! linked and checked: [`Loaded`] holds the site, the [`KnowledgeGraph`] and every
//! [`Diagnostic`]), [`write_site`] to build it, [`serve`](fn@serve) it, print the weekly
//! status post ([`Loaded::status_post`]) or the graph ([`graph::export`]), write a new
//! deliverable ([`new`]), and read the model — [`Document`] with its [`Located`] values,
//! [`Kind`], [`Status`] — and the [`Leadership`] answers ([`Loaded::leadership`]). The
//! binary uses nothing else. The modules named without a link above are crate-private: how
//! the pipeline is built, free to change.
//!
//! The binary (`src/main.rs`, `src/cmd/`) parses the command line, runs one command module
//! per subcommand and maps the outcome to an exit code.

pub(crate) mod about;
pub mod analysis;
pub mod build;
pub(crate) mod cache;
pub mod clock;
pub mod config;
pub(crate) mod contrast;
pub mod deliverable;
pub mod diagnostic;
pub(crate) mod discover;
#[cfg(fuzzing)]
pub mod fuzz_checks;
#[cfg(all(test, not(fuzzing)))]
mod fuzz_checks;
pub(crate) mod git;
pub mod graph;
pub(crate) mod guard;
pub(crate) mod markdown;
pub mod new;
pub(crate) mod output;
pub mod progress;
pub(crate) mod render;
pub(crate) mod search;
pub mod serve;
pub mod site;
pub(crate) mod slug;
pub(crate) mod text;
pub(crate) mod urls;

pub use analysis::leadership::Leadership;
pub use build::{load, write_site, BuildError, LoadOptions, Loaded};
pub use deliverable::{Document, Kind, Located, Origin, Status};
pub use diagnostic::{Diagnostic, Severity};
pub use graph::KnowledgeGraph;
pub use serve::{serve, ServeOptions};
