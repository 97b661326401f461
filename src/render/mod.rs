//! Rendering: Markdown bodies ([`markdown`], [`highlight`]) and whole pages from minijinja
//! templates of the [`theme`]. Produces strings; writing them is [`crate::output`]'s job.

pub mod diagram;
pub mod highlight;
pub mod markdown;
pub mod pages;
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
