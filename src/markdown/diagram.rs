//! Diagrams in fenced blocks, rendered to inline SVG at build time: ```` ```mermaid ```` with
//! the `mermaid-svg` crate (chosen by measurement, see `docs/adr/`) and ```` ```dot ```` /
//! ```` ```graphviz ```` with `layout-rs`. No JavaScript, no CDN, no second tool.
//!
//! A diagram that fails stays visible as code with a note, and the failure is returned so
//! the build can warn with file and line. Oversized sources are refused, a render that runs
//! too long is abandoned, and results are cached by content hash for the whole process, so
//! `serve` never renders an unchanged diagram twice.

use std::collections::hash_map::DefaultHasher;
use std::collections::HashMap;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::sync::mpsc::channel;
use std::sync::{Arc, LazyLock, Mutex};
use std::time::Duration;

use comrak::adapters::CodefenceRendererAdapter;
use comrak::nodes::Sourcepos;

use crate::text::escape_html;

/// Sources larger than this are not rendered.
pub(crate) const MAX_SOURCE_BYTES: usize = 64 * 1024;
/// Rendered SVG larger than this is dropped.
pub(crate) const MAX_SVG_BYTES: usize = 4 * 1024 * 1024;
/// A render that takes longer is abandoned (its thread is left to finish on its own).
pub(crate) const TIMEOUT: Duration = Duration::from_secs(5);

/// The diagram languages tpmdocs renders.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum DiagramLanguage {
    /// Mermaid.
    Mermaid,
    /// Graphviz DOT.
    Dot,
}

impl DiagramLanguage {
    /// The language of a fence info string, if it is a diagram.
    pub(crate) fn of_fence(info: &str) -> Option<Self> {
        match info.split_whitespace().next().unwrap_or_default().to_ascii_lowercase().as_str() {
            "mermaid" => Some(DiagramLanguage::Mermaid),
            "dot" | "graphviz" => Some(DiagramLanguage::Dot),
            _ => None,
        }
    }

    fn name(self) -> &'static str {
        match self {
            DiagramLanguage::Mermaid => "mermaid",
            DiagramLanguage::Dot => "dot",
        }
    }
}

type Rendered = Arc<Result<String, String>>;

/// Drawn diagrams by content, for the whole process: a diagram shown on several pages, or
/// drawn again by every rebuild of `serve`, is drawn once. Bounded, since `serve` runs for
/// days while the diagrams are edited: past [`CACHE_BYTES`] it starts again empty.
#[derive(Default)]
struct Cache {
    entries: HashMap<(DiagramLanguage, u64), Rendered>,
    bytes: usize,
}

/// How much drawn SVG the cache holds at most.
const CACHE_BYTES: usize = 64 << 20;

impl Cache {
    fn get(&self, key: &(DiagramLanguage, u64)) -> Option<Rendered> {
        self.entries.get(key).map(Arc::clone)
    }

    /// Keeps `rendered` under `key`, emptying the cache first when it would grow past `limit`.
    fn insert(&mut self, key: (DiagramLanguage, u64), rendered: &Rendered, limit: usize) {
        let size = rendered.as_ref().as_ref().map_or_else(String::len, String::len);
        if self.bytes + size > limit {
            self.entries.clear();
            self.bytes = 0;
        }
        if self.entries.insert(key, Arc::clone(rendered)).is_none() {
            self.bytes += size;
        }
    }
}

static CACHE: LazyLock<Mutex<Cache>> = LazyLock::new(|| Mutex::new(Cache::default()));

fn content_hash(language: DiagramLanguage, source: &str) -> u64 {
    let mut hasher = DefaultHasher::new();
    language.hash(&mut hasher);
    source.hash(&mut hasher);
    hasher.finish()
}

/// Renders (or fetches from the cache) one diagram: SVG markup, or why it failed.
pub(crate) fn render(language: DiagramLanguage, source: &str) -> Rendered {
    let key = (language, content_hash(language, source));
    if let Some(hit) = CACHE.lock().unwrap_or_else(|e| e.into_inner()).get(&key) {
        return hit;
    }
    let result = Arc::new(render_guarded(language, source, key.1));
    CACHE.lock().unwrap_or_else(|e| e.into_inner()).insert(key, &result, CACHE_BYTES);
    result
}

fn render_guarded(language: DiagramLanguage, source: &str, hash: u64) -> Result<String, String> {
    if source.len() > MAX_SOURCE_BYTES {
        return Err(format!(
            "diagram source is {} KiB, over the {} KiB limit",
            source.len() / 1024,
            MAX_SOURCE_BYTES / 1024
        ));
    }
    let (sender, receiver) = channel();
    let owned = source.to_owned();
    std::thread::Builder::new()
        .name("tpmdocs-diagram".into())
        .spawn(move || {
            let result = crate::guard::catch(|| render_unguarded(language, &owned))
                .unwrap_or_else(|panic| Err(format!("the renderer crashed on this diagram ({panic})")));
            let _ = sender.send(result);
        })
        .map_err(|err| err.to_string())?;
    let svg = match receiver.recv_timeout(TIMEOUT) {
        Ok(result) => result?,
        Err(_) => return Err(format!("rendering took longer than {} s and was abandoned", TIMEOUT.as_secs())),
    };
    if svg.len() > MAX_SVG_BYTES {
        return Err(format!("rendered SVG is {} MiB, over the {} MiB limit", svg.len() >> 20, MAX_SVG_BYTES >> 20));
    }
    // Inline SVG needs no XML prolog or doctype; keep from the <svg> element on.
    let svg = svg.find("<svg").map_or(svg.as_str(), |start| &svg[start..]).trim_end();
    Ok(namespace_ids(svg, &format!("d{:08x}-", hash as u32)))
}

fn render_unguarded(language: DiagramLanguage, source: &str) -> Result<String, String> {
    match language {
        DiagramLanguage::Mermaid => mermaid_svg::render(&without_clock(source)).map_err(|err| err.to_string()),
        DiagramLanguage::Dot => render_dot(source),
    }
}

/// A Gantt chart without its today marker: `mermaid-svg` places it by the machine's clock,
/// which would make two builds of the same sources differ (and contradict `as-of`). Other
/// diagrams are returned as they are.
fn without_clock(source: &str) -> std::borrow::Cow<'_, str> {
    let mut lines = source.lines().map(str::trim).filter(|line| !line.is_empty() && !line.starts_with("%%"));
    let is_gantt = lines.next().is_some_and(|line| line.split_whitespace().next() == Some("gantt"));
    if !is_gantt {
        return source.into();
    }
    let mut unclocked = String::with_capacity(source.len() + 20);
    let mut marked = false;
    for line in source.lines() {
        if line.trim_start().starts_with("todayMarker") {
            continue;
        }
        unclocked.push_str(line);
        unclocked.push('\n');
        if !marked && line.split_whitespace().next() == Some("gantt") {
            unclocked.push_str("todayMarker off\n");
            marked = true;
        }
    }
    unclocked.into()
}

fn render_dot(source: &str) -> Result<String, String> {
    let source = quote_unicode_ids(source);
    let mut parser = layout::gv::DotParser::new(&source);
    let graph = parser.process().map_err(|err| format!("DOT syntax error: {err}"))?;
    let mut builder = layout::gv::GraphBuilder::new();
    builder.visit_graph(&graph);
    let mut visual = builder.get();
    if visual.num_nodes() == 0 {
        return Err("the graph has no nodes".to_owned());
    }
    let mut writer = layout::backends::svg::SVGWriter::new();
    visual.do_it(false, false, false, &mut writer);
    Ok(writer.finalize())
}

/// Graphviz accepts unquoted non-ASCII identifiers (`заказы -> оплата`); layout-rs's lexer
/// does not, so such identifiers are quoted first. Strings, HTML labels and comments are
/// left alone.
fn quote_unicode_ids(source: &str) -> String {
    let mut out = String::with_capacity(source.len() + 16);
    let mut chars = source.chars().peekable();
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        if word.is_empty() {
            return;
        }
        if word.is_ascii() {
            out.push_str(word);
        } else {
            out.push('"');
            out.push_str(word);
            out.push('"');
        }
        word.clear();
    };
    while let Some(ch) = chars.next() {
        if ch.is_alphanumeric()
            || ch == '_'
            || ch == '.' && word.chars().all(|c| c.is_ascii_digit()) && !word.is_empty()
        {
            word.push(ch);
            continue;
        }
        flush(&mut word, &mut out);
        out.push(ch);
        let closing = match ch {
            '"' => Some('"'),
            '<' => Some('>'),
            '/' if chars.peek() == Some(&'/') => Some('\n'),
            '/' if chars.peek() == Some(&'*') => Some('/'),
            '#' => Some('\n'),
            _ => None,
        };
        if let Some(closing) = closing {
            let mut escaped = false;
            for inner in chars.by_ref() {
                out.push(inner);
                if inner == closing && !escaped {
                    break;
                }
                escaped = inner == '\\' && !escaped;
            }
        }
    }
    flush(&mut word, &mut out);
    out
}

/// Prefixes every `id` (and its references) so several diagrams on one page never share
/// marker or gradient ids.
fn namespace_ids(svg: &str, prefix: &str) -> String {
    static ID: LazyLock<regex::Regex> =
        LazyLock::new(|| regex::Regex::new(r#"(\sid=")([^"]+)""#).expect("valid regex"));
    static REFERENCE: LazyLock<regex::Regex> =
        LazyLock::new(|| regex::Regex::new(r##"(url\(#|href="#)([^)"]+)"##).expect("valid regex"));
    let with_ids = ID.replace_all(svg, |caps: &regex::Captures<'_>| format!("{}{prefix}{}\"", &caps[1], &caps[2]));
    REFERENCE
        .replace_all(&with_ids, |caps: &regex::Captures<'_>| format!("{}{prefix}{}", &caps[1], &caps[2]))
        .into_owned()
}

/// Writes diagram fences into the HTML: the SVG in a figure, or, on failure, the code with
/// a note (or a block for `mermaid.js` to draw in the browser when the site supplies it).
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct DiagramFences {
    /// Unrendered Mermaid goes to `mermaid.js` in the browser instead of the fallback.
    pub mermaid_in_browser: bool,
}

impl CodefenceRendererAdapter for DiagramFences {
    fn write(
        &self,
        output: &mut dyn fmt::Write,
        lang: &str,
        _meta: &str,
        code: &str,
        _sourcepos: Option<Sourcepos>,
    ) -> fmt::Result {
        let Some(language) = DiagramLanguage::of_fence(lang) else {
            return write!(output, "<pre><code>{}</code></pre>", escape_html(code));
        };
        match render(language, code).as_ref() {
            Ok(svg) => write!(output, "<figure class=\"diagram diagram-{}\">{svg}</figure>", language.name()),
            Err(_) if language == DiagramLanguage::Mermaid && self.mermaid_in_browser => {
                write!(output, "<pre class=\"mermaid\">{}</pre>", escape_html(code))
            }
            Err(reason) => write!(
                output,
                "<div class=\"diagram-failed\"><p class=\"diagram-note\">Диаграмма не отрисована: {}</p><pre><code class=\"language-{}\">{}</code></pre></div>",
                escape_html(reason),
                language.name(),
                escape_html(code)
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_gantt_chart_around_today_is_drawn_without_the_clock() {
        let chart = "%% plan\ngantt\n  dateFormat YYYY-MM-DD\n  todayMarker stroke:red\n  section Всё\n  Век : 2000-01-01, 36500d\n";
        let clocked = mermaid_svg::render(chart).expect("rendered");
        assert!(clocked.contains(">today<"), "the crate draws the marker by the clock");
        let svg = render_unguarded(DiagramLanguage::Mermaid, chart).expect("rendered");
        assert!(svg.contains("Век") && !svg.contains(">today<"), "{svg}");
        assert_eq!(without_clock("graph TD\n  A --> B\n"), "graph TD\n  A --> B\n", "not a gantt chart");
    }

    #[test]
    fn the_cache_stays_within_its_bound() {
        let mut cache = Cache::default();
        let svg = |n: usize| Arc::new(Ok::<String, String>("x".repeat(n)));
        cache.insert((DiagramLanguage::Dot, 1), &svg(60), 100);
        cache.insert((DiagramLanguage::Dot, 1), &svg(60), 100);
        assert_eq!(cache.bytes, 60, "the same diagram is counted once");
        cache.insert((DiagramLanguage::Dot, 2), &svg(30), 100);
        assert_eq!((cache.entries.len(), cache.bytes), (2, 90));
        cache.insert((DiagramLanguage::Mermaid, 3), &svg(20), 100);
        assert_eq!((cache.entries.len(), cache.bytes), (1, 20), "past the bound it starts again");
        assert!(cache.get(&(DiagramLanguage::Mermaid, 3)).is_some() && cache.get(&(DiagramLanguage::Dot, 1)).is_none());
    }

    #[test]
    fn fences_are_recognised() {
        assert_eq!(DiagramLanguage::of_fence("mermaid"), Some(DiagramLanguage::Mermaid));
        assert_eq!(DiagramLanguage::of_fence("Graphviz"), Some(DiagramLanguage::Dot));
        assert_eq!(DiagramLanguage::of_fence("dot {.wide}"), Some(DiagramLanguage::Dot));
        assert_eq!(DiagramLanguage::of_fence("rust"), None);
    }

    #[test]
    fn dot_renders_with_cyrillic_labels() {
        let svg = render(DiagramLanguage::Dot, "digraph { заказы -> оплата [label=\"событие\"]; }");
        let svg = svg.as_ref().as_ref().unwrap();
        assert!(svg.contains("<svg") && svg.contains("заказы") && svg.contains("оплата"), "{svg}");
        assert!(render(DiagramLanguage::Dot, "digraph { a -> ").as_ref().is_err());
    }

    #[test]
    fn unicode_identifiers_are_quoted_outside_strings() {
        assert_eq!(
            quote_unicode_ids("digraph { заказы -> b [label=\"ё x\"]; }"),
            "digraph { \"заказы\" -> b [label=\"ё x\"]; }"
        );
        assert_eq!(quote_unicode_ids("a -> b // комментарий\n"), "a -> b // комментарий\n");
    }

    #[test]
    fn ids_are_namespaced_with_their_references() {
        let svg =
            r##"<svg><defs><marker id="arrow"/></defs><path marker-end="url(#arrow)"/><use href="#arrow"/></svg>"##;
        assert_eq!(
            namespace_ids(svg, "d1-"),
            r##"<svg><defs><marker id="d1-arrow"/></defs><path marker-end="url(#d1-arrow)"/><use href="#d1-arrow"/></svg>"##
        );
    }

    #[test]
    fn oversized_sources_are_refused() {
        let huge = format!("flowchart LR\n{}", "A --> B\n".repeat(10_000));
        let result = render(DiagramLanguage::Mermaid, &huge);
        assert!(result.as_ref().as_ref().unwrap_err().contains("limit"));
    }

    #[test]
    fn results_are_cached_by_content() {
        let source = "flowchart LR\n  кэш[Кэш] --> проверка[Проверка]\n";
        let first = render(DiagramLanguage::Mermaid, source);
        let second = render(DiagramLanguage::Mermaid, source);
        assert!(Arc::ptr_eq(&first, &second), "the second render comes from the cache");
    }
}
