//! What comrak is told while it writes a body: each heading's id as GitHub gives it, and —
//! while raw HTML is being sanitised — the code blocks and diagrams tpmdocs draws, kept out
//! of the sanitiser.

use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt;
use std::sync::{Mutex, PoisonError};

use comrak::adapters::{CodefenceRendererAdapter, HeadingAdapter, HeadingMeta, SyntaxHighlighterAdapter};
use comrak::nodes::{AstNode, NodeValue, Sourcepos};

use super::diagram::DiagramFences;
use super::highlight::Highlighter;
use super::sanitize::Shelter;
use crate::slug::GithubSlugger;
use crate::text::escape_html;

/// The GitHub anchor of every heading of a body, and the ones comrak writes, in order.
#[derive(Debug, Default)]
pub(super) struct HeadingIds {
    /// (text as rendered, anchor) by heading node (its address in the arena).
    by_node: HashMap<usize, (String, String)>,
    /// The headings still in the tree: (comrak's text of it, anchor), in document order.
    written: Vec<(String, String)>,
    /// Where comrak is in `written`.
    progress: Mutex<Progress>,
}

/// Which headings comrak has written.
#[derive(Debug, Default)]
struct Progress {
    /// One flag per entry of [`HeadingIds::written`].
    taken: Vec<bool>,
    /// The first entry not taken.
    next: usize,
    /// The anchor of the heading being written.
    current: Option<String>,
}

fn address<'a>(node: &'a AstNode<'a>) -> usize {
    std::ptr::from_ref(node) as usize
}

impl HeadingIds {
    /// The anchors of every heading under `root`, numbered as GitHub numbers repeats.
    pub(super) fn of<'a>(root: &'a AstNode<'a>) -> Self {
        let mut slugger = GithubSlugger::new();
        let mut by_node = HashMap::new();
        for node in root.descendants() {
            if matches!(node.data.borrow().value, NodeValue::Heading(_)) {
                let mut text = String::new();
                crate::deliverable::inline::rendered_text(node, &mut text);
                let anchor = slugger.slug(&text);
                by_node.insert(address(node), (text, anchor));
            }
        }
        Self { by_node, ..Self::default() }
    }

    /// The anchor of heading `node`.
    pub(super) fn anchor_of<'a>(&self, node: &'a AstNode<'a>) -> Option<String> {
        self.by_node.get(&address(node)).map(|(_, anchor)| anchor.clone())
    }

    /// The text heading `node` shows (what its anchor was made from).
    pub(super) fn text_of<'a>(&self, node: &'a AstNode<'a>) -> Option<&str> {
        self.by_node.get(&address(node)).map(|(text, _)| text.as_str())
    }

    /// Notes which headings are still in the tree (hidden ones were detached), in the order
    /// comrak will write them.
    pub(super) fn keep_only_attached<'a>(&mut self, root: &'a AstNode<'a>) {
        self.written = root
            .descendants()
            .filter(|node| matches!(node.data.borrow().value, NodeValue::Heading(_)))
            .filter_map(|node| Some((node.collect_text(), self.anchor_of(node)?)))
            .collect();
        self.progress = Mutex::new(Progress { taken: vec![false; self.written.len()], ..Progress::default() });
    }

    /// The anchor of the next heading comrak writes: the first one not yet written with the
    /// same text (footnotes move their headings to the end of the body).
    fn take(&self, text: &str) -> String {
        let mut progress = self.progress.lock().unwrap_or_else(PoisonError::into_inner);
        let progress = &mut *progress;
        let start = progress.next;
        let found = (start..self.written.len())
            .find(|&i| !progress.taken[i] && self.written[i].0 == text)
            .or_else(|| (start..self.written.len()).find(|&i| !progress.taken[i]));
        let anchor = found.map_or_else(
            || crate::slug::github_slug(text),
            |i| {
                progress.taken[i] = true;
                self.written[i].1.clone()
            },
        );
        while progress.taken.get(progress.next) == Some(&true) {
            progress.next += 1;
        }
        progress.current = Some(anchor.clone());
        anchor
    }
}

impl HeadingAdapter for HeadingIds {
    fn enter(&self, output: &mut dyn fmt::Write, heading: &HeadingMeta, _: Option<Sourcepos>) -> fmt::Result {
        let anchor = self.take(&heading.content);
        write!(output, "<h{} id=\"{}\">", heading.level, escape_html(&anchor))
    }

    fn exit(&self, output: &mut dyn fmt::Write, heading: &HeadingMeta) -> fmt::Result {
        let anchor = self.progress.lock().unwrap_or_else(PoisonError::into_inner).current.take().unwrap_or_default();
        let text = escape_html(&heading.content);
        write!(
            output,
            "<a href=\"#{}\" aria-label=\"Link to heading '{text}'\" data-heading-content=\"{text}\" class=\"anchor\"></a></h{}>",
            crate::urls::percent_encode(&anchor),
            heading.level
        )
    }
}

/// The highlighter and the diagram renderer, with what they write kept in a [`Shelter`].
pub(super) struct Sheltered<'s> {
    pub highlighter: &'s Highlighter,
    pub diagrams: &'s DiagramFences,
    pub shelter: &'s Shelter,
}

impl Sheltered<'_> {
    fn sheltered(&self, output: &mut dyn fmt::Write, write: impl FnOnce(&mut String) -> fmt::Result) -> fmt::Result {
        let mut html = String::new();
        write(&mut html)?;
        output.write_str(&self.shelter.keep(html))
    }
}

impl SyntaxHighlighterAdapter for Sheltered<'_> {
    fn write_highlighted(&self, output: &mut dyn fmt::Write, lang: Option<&str>, code: &str) -> fmt::Result {
        self.sheltered(output, |html| self.highlighter.write_highlighted(html, lang, code))
    }

    fn write_pre_tag(
        &self,
        output: &mut dyn fmt::Write,
        attributes: HashMap<&'static str, Cow<'_, str>>,
    ) -> fmt::Result {
        self.highlighter.write_pre_tag(output, attributes)
    }

    fn write_code_tag(
        &self,
        output: &mut dyn fmt::Write,
        attributes: HashMap<&'static str, Cow<'_, str>>,
    ) -> fmt::Result {
        self.highlighter.write_code_tag(output, attributes)
    }
}

impl CodefenceRendererAdapter for Sheltered<'_> {
    fn write(
        &self,
        output: &mut dyn fmt::Write,
        lang: &str,
        meta: &str,
        code: &str,
        sourcepos: Option<Sourcepos>,
    ) -> fmt::Result {
        self.sheltered(output, |html| self.diagrams.write(html, lang, meta, code, sourcepos))
    }
}
