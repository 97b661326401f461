//! tpmdocs turns a repository of technical project deliverables into a static portal.
//!
//! The pipeline, one module per stage:
//! [`config`] → [`discover`] → [`deliverable`] (parse) → [`site`] → [`graph`] →
//! [`render`] → [`output`], orchestrated by [`build`].

pub mod config;
pub mod deliverable;
pub mod diagnostic;
pub mod discover;
pub mod text;
