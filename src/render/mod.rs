//! Rendering whole pages: minijinja templates of the [`theme`] filled by [`pages`], and the
//! decision graph drawn as SVG (`layout`, `svg`). Bodies arrive already converted by
//! [`crate::markdown`]. Produces strings; writing them is `output`'s job.

mod feed;
pub(crate) mod layout;
pub mod overview;
pub mod pages;
pub(crate) mod reuse;
pub(crate) mod svg;
pub mod theme;

pub use pages::{PageJob, Renderer};

/// Why a page could not be rendered.
#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    /// A template failed to compile or render (usually a theme override).
    #[error("template {name}: {source}")]
    Template {
        /// Template name.
        name: String,
        /// The minijinja error.
        #[source]
        source: minijinja::Error,
    },
}
