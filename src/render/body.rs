//! A document's body as a page shows it: the HTML converted once per build
//! ([`crate::markdown`]) with what depends on where it is shown and in which portal — each
//! relative link pointed where it leads from that page, task boxes named and alert titles
//! in the portal's language, quotes in another language marked with their `lang`.

use std::borrow::Cow;

use super::context::Renderer;
use crate::graph::LinkDestination;

impl<'s> Renderer<'s> {
    /// Page `index`'s body as shown on the page at `path`: each relative link pointed where
    /// it leads from there (a folder's page, the repository's view of a file that is not a
    /// page, a heading's anchor as the page has it), task boxes named, alert titles in the
    /// portal's language.
    pub(super) fn body_at(&self, index: usize, path: &str) -> Cow<'s, str> {
        let mut html: Cow<'s, str> = Cow::Borrowed(&self.site.pages[index].body.html);
        if let Cow::Owned(changed) = relinked(&html, self.graph.links(index), path) {
            html = Cow::Owned(changed);
        }
        if let Cow::Owned(changed) = self.localised_alerts(&html) {
            html = Cow::Owned(changed);
        }
        if let Cow::Owned(changed) = self.labelled_tasks(&html) {
            html = Cow::Owned(changed);
        }
        html
    }

    /// `html` with GitHub's alert titles (`Warning`, as comrak writes them) in the portal's
    /// language.
    fn localised_alerts<'h>(&self, html: &'h str) -> Cow<'h, str> {
        const TITLE: &str = r#"<p class="markdown-alert-title">"#;
        if !html.contains(TITLE) {
            return Cow::Borrowed(html);
        }
        let mut out = html.to_owned();
        for (written, key) in [
            ("Note", "alert_note"),
            ("Tip", "alert_tip"),
            ("Important", "alert_important"),
            ("Warning", "alert_warning"),
            ("Caution", "alert_caution"),
        ] {
            let shown = crate::text::escape_html(&self.ui_text(key)).into_owned();
            out = out.replace(&format!("{TITLE}{written}</p>"), &format!("{TITLE}{shown}</p>"));
        }
        Cow::Owned(out)
    }

    /// A document's HTML with each task-list checkbox named by its state in the page's
    /// language («выполнено» / «не выполнено»): a form control needs a name (WCAG 4.1.2).
    fn labelled_tasks<'h>(&self, html: &'h str) -> Cow<'h, str> {
        const BOX: &str = r#"<input type="checkbox" class="task-list-item-checkbox""#;
        if !html.contains(BOX) {
            return Cow::Borrowed(html);
        }
        let (done, open) = (self.ui_text("task_done"), self.ui_text("task_open"));
        let checked = format!(r#"{BOX} aria-label="{}" checked="""#, crate::text::escape_html(&done));
        let unchecked = format!(r#"{BOX} aria-label="{}""#, crate::text::escape_html(&open));
        Cow::Owned(
            html.replace(&format!(r#"{BOX} checked="""#), &checked)
                .replace(&format!("{BOX} disabled"), &format!("{unchecked} disabled")),
        )
    }

    /// The anchor GitHub gives the H1 of page `index`, which the page header shows (so a link
    /// to `README.md#payments-engine` lands on it); `None` when it would clash with the
    /// portal's own ids.
    pub(super) fn title_anchor(&self, index: usize) -> Option<&'s str> {
        let anchor = self.site.pages[index].body.title_anchor.as_deref()?;
        (!anchor.is_empty()
            && !anchor.starts_with("tpm-")
            && !anchor.starts_with("dg-")
            && !["main", "site-search"].contains(&anchor))
        .then_some(anchor)
    }
}

/// `html` with each link in `links` ((its `href` there, where it leads)) pointed where it
/// leads from the page at `path`; borrowed when every link already does.
fn relinked<'h>(html: &'h str, links: &[(String, LinkDestination)], path: &str) -> Cow<'h, str> {
    let changes: Vec<(&str, String)> = links
        .iter()
        .filter_map(|(href, destination)| Some((href.as_str(), destination.href_from(path, href)?)))
        .collect();
    let unwritten: Vec<&str> = links
        .iter()
        .filter(|(_, destination)| *destination == LinkDestination::Unwritten)
        .map(|(href, _)| href.as_str())
        .collect();
    if changes.is_empty() && unwritten.is_empty() {
        return Cow::Borrowed(html);
    }
    let mut out = html.to_owned();
    // An `<a>` without `href` is a placeholder: its words, no link, out of the tab order.
    for written in unwritten {
        out = out.replace(&format!("<a href=\"{written}\">"), r#"<a class="tpm-unwritten">"#);
    }
    for (written, href) in changes {
        let href = crate::text::escape_html(&href);
        for attribute in ["href", "src"] {
            out = out.replace(&format!("{attribute}=\"{written}\""), &format!("{attribute}=\"{href}\""));
        }
    }
    Cow::Owned(out)
}

/// `html` with a `lang` on each top-level `<blockquote>` written in another language than
/// `around` (an English quote in a Russian document), so screen readers switch voice.
pub(super) fn quotes_with_their_language(html: &str, around: crate::config::Language) -> Cow<'_, str> {
    const OPEN: &str = "<blockquote>";
    const CLOSE: &str = "</blockquote>";
    if !html.contains(OPEN) {
        return Cow::Borrowed(html);
    }
    let mut out = String::with_capacity(html.len() + 32);
    let mut rest = html;
    while let Some(start) = rest.find(OPEN) {
        out.push_str(&rest[..start]);
        let inner_start = start + OPEN.len();
        let Some(length) = rest[inner_start..].find(CLOSE) else {
            rest = &rest[start..];
            break;
        };
        let inner = &rest[inner_start..inner_start + length];
        let text: String = inner.split('<').map(|part| part.split_once('>').map_or(part, |(_, text)| text)).collect();
        match crate::site::Letters::count(&text).language().filter(|lang| *lang != around) {
            Some(lang) => out.push_str(&format!(r#"<blockquote lang="{}">"#, lang.code())),
            None => out.push_str(OPEN),
        }
        out.push_str(inner);
        out.push_str(CLOSE);
        rest = &rest[inner_start + length + CLOSE.len()..];
    }
    out.push_str(rest);
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::quotes_with_their_language;
    use crate::config::Language;

    #[test]
    fn a_quote_in_another_language_carries_its_lang() {
        let english = "<blockquote>\n<p>You build it, you run it: the team that writes a service operates it in production.</p>\n</blockquote>";
        let russian =
            "<blockquote><p>Команда, которая пишет сервис, сама эксплуатирует его в продакшене.</p></blockquote>";
        let html = format!("<p>Текст</p>{english}<p>ещё</p>{russian}<blockquote><p>ok</p>");
        let out = quotes_with_their_language(&html, Language::Ru);
        assert!(out.contains("<blockquote lang=\"en\">\n<p>You build it"), "{out}");
        assert!(out.contains("<blockquote><p>Команда"), "same language: no attribute");
        assert!(out.ends_with("<blockquote><p>ok</p>"), "an unclosed quote is kept as it was: {out}");
        assert_eq!(out.replace(" lang=\"en\"", ""), html, "nothing else changes");
        assert_eq!(quotes_with_their_language(english, Language::En), english);
    }
}
