//! The site model: every document parsed and converted once, looked up by id, number and
//! kind. The single source of truth for the graph, the checks and rendering.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use rayon::prelude::*;

use crate::config::Project;
use crate::deliverable::{self, Document, Kind, Vocabulary};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::discover::{self, FileRole, SourceFile};
use crate::render::markdown::{self, ConvertOptions, Converted};
use crate::urls;

/// Files larger than this are reported and skipped rather than parsed.
pub const MAX_DOCUMENT_BYTES: u64 = 16 * 1024 * 1024;

/// A parsed document together with its converted body and source text.
#[derive(Debug, Clone)]
pub struct Page {
    /// What the file says about itself.
    pub doc: Document,
    /// The body as HTML plus headings, links and mentions.
    pub body: Converted,
    /// Output path relative to the site root.
    pub path: String,
    /// The normalised source text, kept for quoting lines in diagnostics.
    pub source: String,
}

/// All documents and assets of a project.
#[derive(Debug)]
pub struct Site {
    /// Pages sorted by id.
    pub pages: Vec<Page>,
    /// Non-Markdown files to copy.
    pub assets: Vec<SourceFile>,
    /// Findings from discovery and parsing.
    pub diagnostics: Diagnostics,
    by_id: HashMap<String, usize>,
    by_number: BTreeMap<u32, Vec<usize>>,
}

impl Site {
    /// Discovers, reads, parses and converts every file of the project (in parallel).
    pub fn load(project: &Project) -> Site {
        Self::load_with(project, false)
    }

    /// Like [`Site::load`]; with `analyse_only` the bodies are analysed (headings, links,
    /// mentions) but not rendered to HTML, which is all `check` needs.
    pub fn load_with(project: &Project, analyse_only: bool) -> Site {
        let discovery = discover::discover(
            &project.source_dir,
            std::slice::from_ref(&project.build_dir),
            &project.config.tpmdocs.ignore,
        );
        let mut diagnostics = Diagnostics::new();
        diagnostics.extend(discovery.diagnostics);
        let tpm = &project.config.tpmdocs;
        let vocabulary = Vocabulary::with_overrides(&tpm.statuses, &tpm.relations);
        let options = ConvertOptions { allow_html: project.config.output.html.allow_html, analyse_only };
        let (markdown, assets): (Vec<SourceFile>, Vec<SourceFile>) =
            discovery.files.into_iter().partition(|file| file.role == FileRole::Markdown);
        let folder = source_folder_name(&project.source_dir);
        let loaded: Vec<(Option<Page>, Vec<Diagnostic>)> =
            markdown.par_iter().map(|file| load_page(file, &folder, &vocabulary, options)).collect();
        let mut pages = Vec::with_capacity(loaded.len());
        for (page, found) in loaded {
            diagnostics.extend(found);
            pages.extend(page);
        }
        Site::from_pages(pages, assets, diagnostics)
    }

    /// Builds the lookups over already loaded pages.
    pub fn from_pages(mut pages: Vec<Page>, assets: Vec<SourceFile>, diagnostics: Diagnostics) -> Site {
        pages.sort_by(|a, b| a.doc.id.cmp(&b.doc.id));
        let by_id = pages.iter().enumerate().map(|(i, page)| (page.doc.id.clone(), i)).collect();
        let mut by_number: BTreeMap<u32, Vec<usize>> = BTreeMap::new();
        for (index, page) in pages.iter().enumerate() {
            if let (Kind::Adr, Some(number)) = (page.doc.kind, page.doc.number) {
                by_number.entry(number).or_default().push(index);
            }
        }
        Site { pages, assets, diagnostics, by_id, by_number }
    }

    /// The index of the page with this source id.
    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    /// The ADRs with this number (more than one is a duplicate-number error).
    pub fn adrs_numbered(&self, number: u32) -> &[usize] {
        self.by_number.get(&number).map_or(&[], Vec::as_slice)
    }

    /// Every ADR number used by more than one ADR, with the pages using it.
    pub fn duplicate_numbers(&self) -> impl Iterator<Item = (u32, &[usize])> {
        self.by_number.iter().filter(|(_, pages)| pages.len() > 1).map(|(n, pages)| (*n, pages.as_slice()))
    }

    /// True when an asset with this source path exists.
    pub fn has_asset(&self, rel_path: &str) -> bool {
        self.assets.binary_search_by(|asset| asset.rel_path.as_str().cmp(rel_path)).is_ok()
    }

    /// Pages of one kind in log order: by number, then date, then title.
    pub fn pages_of_kind(&self, kind: Kind) -> Vec<usize> {
        let mut indices: Vec<usize> = (0..self.pages.len()).filter(|i| self.pages[*i].doc.kind == kind).collect();
        indices.sort_by(|a, b| {
            let (a, b) = (&self.pages[*a].doc, &self.pages[*b].doc);
            (a.number, std::cmp::Reverse(a.date), &a.title).cmp(&(b.number, std::cmp::Reverse(b.date), &b.title))
        });
        indices
    }

    /// The root `index.md`/`README.md`, whose text introduces the home page.
    pub fn root_index(&self) -> Option<usize> {
        self.pages.iter().position(|page| page.path == "index.html")
    }
}

/// The name of the source directory itself (`adr` for `doc/adr`), which tells whether its
/// numbered files are ADRs.
fn source_folder_name(source_dir: &Path) -> String {
    let absolute = source_dir.canonicalize().unwrap_or_else(|_| source_dir.to_path_buf());
    absolute.file_name().and_then(|name| name.to_str()).unwrap_or_default().to_owned()
}

/// Reads, decodes, parses and converts one Markdown file.
fn load_page(
    file: &SourceFile,
    folder: &str,
    vocabulary: &Vocabulary,
    options: ConvertOptions,
) -> (Option<Page>, Vec<Diagnostic>) {
    let text = match read_text(&file.abs_path, &file.rel_path) {
        Ok(text) => text,
        Err(diagnostic) => return (None, vec![diagnostic]),
    };
    let mut doc = deliverable::parse_in(folder, &file.rel_path, &text, vocabulary);
    let body = markdown::convert(&text, doc.front_matter_lines, doc.header_lines, options);
    let diagnostics = std::mem::take(&mut doc.diagnostics);
    let path = urls::page_path(&doc.id);
    (Some(Page { doc, body, path, source: text }), diagnostics)
}

/// Reads a file as UTF-8 text (BOM and CRLF normalised), or explains why it cannot.
pub fn read_text(path: &Path, rel_path: &str) -> Result<String, Diagnostic> {
    let size = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
    if size > MAX_DOCUMENT_BYTES {
        return Err(Diagnostic::error(
            "E0104",
            format!("file is {} MiB, larger than the {} MiB limit; skipped", size >> 20, MAX_DOCUMENT_BYTES >> 20),
        )
        .at(rel_path, 0, 0)
        .with_help("split the document or add it to [tpmdocs] ignore in book.toml"));
    }
    let bytes = std::fs::read(path)
        .map_err(|err| Diagnostic::error("E0102", format!("cannot read file: {err}")).at(rel_path, 0, 0))?;
    match String::from_utf8(bytes) {
        Ok(text) => Ok(crate::text::normalize(&text)),
        Err(err) => {
            let valid = err.utf8_error().valid_up_to();
            let bytes = err.as_bytes();
            let line = bytes[..valid].iter().filter(|b| **b == b'\n').count() + 1;
            let line_start = bytes[..valid].iter().rposition(|b| *b == b'\n').map_or(0, |i| i + 1);
            let column = String::from_utf8_lossy(&bytes[line_start..valid]).chars().count() + 1;
            Err(Diagnostic::error("E0103", "file is not valid UTF-8; skipped")
                .at(rel_path, line, column)
                .with_help("re-save the file as UTF-8 (e.g. `iconv -f cp1251 -t utf-8`)"))
        }
    }
}
