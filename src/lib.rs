#![warn(missing_docs, unreachable_pub)]
//! tpmdocs turns a repository of technical project deliverables into a static portal.
//!
//! The pipeline, one module per stage:
//! [`config`] → [`discover`] → [`deliverable`] (parse) → [`site`] → [`graph`] →
//! [`render`] → [`output`], orchestrated by [`build`].

pub mod build;
pub(crate) mod check;
pub mod clock;
pub mod config;
pub mod deliverable;
pub mod diagnostic;
pub mod discover;
pub mod graph;
pub(crate) mod guard;
pub mod init;
pub mod markdown;
pub mod new;
pub(crate) mod output;
pub mod render;
pub mod search;
pub mod serve;
pub mod site;
pub mod slug;
pub mod text;
pub mod urls;
