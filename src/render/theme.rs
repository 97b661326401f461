//! The theme: templates, static files and UI strings embedded in the binary, each
//! overridable by a file of the same name in the project's theme folder.

use std::path::{Path, PathBuf};

use crate::diagnostic::Diagnostic;

/// Templates of the default theme, by name.
const TEMPLATES: [(&str, &str); 11] = [
    ("base.html", include_str!("../../themes/default/templates/base.html")),
    ("macros.html", include_str!("../../themes/default/templates/macros.html")),
    ("home.html", include_str!("../../themes/default/templates/home.html")),
    ("kind.html", include_str!("../../themes/default/templates/kind.html")),
    ("adr-log.html", include_str!("../../themes/default/templates/adr-log.html")),
    ("document.html", include_str!("../../themes/default/templates/document.html")),
    ("graph.html", include_str!("../../themes/default/templates/graph.html")),
    ("search.html", include_str!("../../themes/default/templates/search.html")),
    ("404.html", include_str!("../../themes/default/templates/404.html")),
    ("overview.html", include_str!("../../themes/default/templates/overview.html")),
    ("overview-list.html", include_str!("../../themes/default/templates/overview-list.html")),
];

/// Static files of the default theme, by path under `static/`.
const STATIC_FILES: [(&str, &str); 2] = [
    ("tpmdocs.css", include_str!("../../themes/default/static/tpmdocs.css")),
    ("tpmdocs.js", include_str!("../../themes/default/static/tpmdocs.js")),
];

const STRINGS: &str = include_str!("../../themes/default/strings.toml");

/// The embedded theme plus an optional folder of overrides.
#[derive(Debug, Clone, Default)]
pub(crate) struct Theme {
    dir: Option<PathBuf>,
}

impl Theme {
    /// A theme that reads overrides from `dir` when given.
    pub(crate) fn new(dir: Option<&Path>) -> Self {
        Self { dir: dir.map(Path::to_path_buf) }
    }

    /// The names of all templates the renderer loads.
    pub(crate) fn template_names() -> impl Iterator<Item = &'static str> {
        TEMPLATES.iter().map(|(name, _)| *name)
    }

    /// A template's source: `DIR/templates/NAME` if present, else the embedded one.
    pub(crate) fn template(&self, name: &str) -> Option<String> {
        self.read_override(&format!("templates/{name}"))
            .or_else(|| TEMPLATES.iter().find(|(n, _)| *n == name).map(|(_, text)| (*text).to_owned()))
    }

    /// Every static file (path under `static/`, contents), overrides applied, plus any
    /// extra files in the override folder's `static/`.
    pub(crate) fn static_files(&self) -> Vec<(String, Vec<u8>)> {
        let mut files: Vec<(String, Vec<u8>)> = STATIC_FILES
            .iter()
            .map(|(name, text)| {
                let bytes =
                    self.read_override_bytes(&format!("static/{name}")).unwrap_or_else(|| text.as_bytes().to_vec());
                ((*name).to_owned(), bytes)
            })
            .collect();
        if let Some(dir) = &self.dir {
            let extra = dir.join("static");
            for entry in
                walkdir::WalkDir::new(&extra).into_iter().filter_map(Result::ok).filter(|e| e.file_type().is_file())
            {
                let Ok(rel) = entry.path().strip_prefix(&extra) else {
                    continue;
                };
                let rel = rel.to_string_lossy().replace('\\', "/");
                if files.iter().any(|(name, _)| *name == rel) {
                    continue;
                }
                if let Ok(bytes) = std::fs::read(entry.path()) {
                    files.push((rel, bytes));
                }
            }
        }
        files
    }

    /// The UI strings table (`[ru]`, `[en]`): the override file's keys on top of the
    /// embedded ones, so a partial override file works.
    pub(crate) fn strings(&self, language: &str) -> toml::Table {
        let mut table = language_table(STRINGS, language);
        if let Some(text) = self.read_override("strings.toml") {
            table.extend(language_table(&text, language));
        }
        table
    }

    /// What in the override folder cannot be used, so the default theme's file would be used
    /// in its place without a word: a `strings.toml` that is not valid TOML or not UTF-8, or
    /// a template override that cannot be read (E0005); a file in `templates/` that is not a
    /// template tpmdocs loads, such as a misspelt name (W0005).
    pub(crate) fn problems(&self) -> Vec<Diagnostic> {
        let Some(dir) = &self.dir else { return Vec::new() };
        let mut found = Vec::new();
        let strings = dir.join("strings.toml");
        if strings.exists() {
            match std::fs::read(&strings).map(String::from_utf8) {
                Ok(Ok(text)) => {
                    if let Err(err) = text.parse::<toml::Table>() {
                        let (line, column) = err.span().map_or((1, 1), |span| crate::text::line_col(&text, span.start));
                        found.push(unusable(&strings, line, column, &format!("is not valid TOML: {}", err.message())));
                    }
                }
                Ok(Err(_)) => found.push(unusable(&strings, 1, 1, "is not UTF-8")),
                Err(err) => found.push(unusable(&strings, 0, 0, &format!("cannot be read: {err}"))),
            }
        }
        let templates = dir.join("templates");
        for entry in std::fs::read_dir(&templates).into_iter().flatten().flatten() {
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            if !path.is_file() || name.starts_with('.') {
                continue;
            }
            if !Self::template_names().any(|known| known == name) {
                found.push(
                    Diagnostic::warning(
                        "W0005",
                        format!("theme file templates/{name} is not a template tpmdocs uses; it is ignored"),
                    )
                    .at(&path, 0, 0)
                    .with_help(format!("the templates are {}", Self::template_names().collect::<Vec<_>>().join(", "))),
                );
            } else if let Err(reason) = std::fs::read(&path)
                .map_err(|err| err.to_string())
                .and_then(|bytes| String::from_utf8(bytes).map(|_| ()).map_err(|_| "it is not UTF-8".to_owned()))
            {
                found.push(unusable(&path, 0, 0, &format!("cannot be read ({reason})")));
            }
        }
        found
    }

    fn read_override(&self, rel: &str) -> Option<String> {
        self.read_override_bytes(rel).and_then(|bytes| String::from_utf8(bytes).ok())
    }

    fn read_override_bytes(&self, rel: &str) -> Option<Vec<u8>> {
        std::fs::read(self.dir.as_ref()?.join(rel)).ok()
    }
}

/// E0005: a theme override that cannot be used.
fn unusable(path: &Path, line: usize, column: usize, reason: &str) -> Diagnostic {
    let name = path.file_name().map_or_else(String::new, |name| name.to_string_lossy().into_owned());
    Diagnostic::error("E0005", format!("theme override {name} {reason}; the default theme's file is used instead"))
        .at(path, line, column)
        .with_help("fix the file, or remove it to use the default")
}

fn language_table(text: &str, language: &str) -> toml::Table {
    let Ok(table) = text.parse::<toml::Table>() else {
        return toml::Table::new();
    };
    match table.get(language) {
        Some(toml::Value::Table(strings)) => strings.clone(),
        _ => toml::Table::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_strings_have_the_same_keys_in_both_languages() {
        let theme = Theme::default();
        let ru = theme.strings("ru");
        let en = theme.strings("en");
        assert!(!ru.is_empty());
        let mut ru_keys: Vec<_> = ru.keys().collect();
        let mut en_keys: Vec<_> = en.keys().collect();
        ru_keys.sort();
        en_keys.sort();
        assert_eq!(ru_keys, en_keys);
    }

    #[test]
    fn an_override_that_cannot_be_used_is_reported() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("templates")).unwrap();
        std::fs::write(dir.path().join("strings.toml"), "[ru]\nhome = \"Главная\"\nsearch = \"Поиск\n").unwrap();
        std::fs::write(dir.path().join("templates/document.html"), b"\xff\xfe").unwrap();
        std::fs::write(dir.path().join("templates/documnet.html"), "опечатка").unwrap();
        let found = Theme::new(Some(dir.path())).problems();
        let codes: Vec<(&str, String, usize)> = found
            .iter()
            .map(|d| {
                (d.code.as_str(), d.file.as_ref().unwrap().file_name().unwrap().to_string_lossy().into_owned(), d.line)
            })
            .collect();
        assert!(codes.contains(&("E0005", "strings.toml".to_owned(), 3)), "{codes:?}");
        assert!(codes.contains(&("E0005", "document.html".to_owned(), 0)), "{codes:?}");
        assert!(codes.contains(&("W0005", "documnet.html".to_owned(), 0)), "{codes:?}");
        assert_eq!(codes.len(), 3);
        assert!(
            Theme::default().problems().is_empty() && Theme::new(Some(&dir.path().join("none"))).problems().is_empty()
        );
    }

    #[test]
    fn a_file_in_the_theme_folder_overrides_one_template() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("templates")).unwrap();
        std::fs::write(dir.path().join("templates/home.html"), "свой шаблон").unwrap();
        let theme = Theme::new(Some(dir.path()));
        assert_eq!(theme.template("home.html").unwrap(), "свой шаблон");
        assert!(theme.template("base.html").unwrap().contains("<html"));
    }
}
