//! Slugs: file names from titles, and heading anchors as GitHub makes them.
//!
//! File-name slugs ([`slugify`]) transliterate Cyrillic by ICAO Doc 9303 (the standard of
//! Russian international passports since 2013: й → i, ц → ts, х → kh, щ → shch, ю → iu,
//! я → ia, ъ → ie, ь dropped), so «Выбор очереди сообщений» becomes
//! `vybor-ocheredi-soobshchenii`.
//!
//! Heading anchors ([`GithubSlugger`]) follow github-slugger, the reference implementation
//! of the ids GitHub gives headings: lower case; every character in the Unicode categories
//! of punctuation (but `-` and connector punctuation such as `_`), symbols, other numbers,
//! separators (but the space), controls, format and private-use characters removed unless
//! it is alphabetic; each space becomes `-`; a repeated slug gets `-1`, `-2`… So a link
//! copied from GitHub (`file.md#план-отката-1`) lands on the same heading in the portal.

use std::collections::HashMap;

use unicode_properties::{GeneralCategory, UnicodeGeneralCategory};

/// ICAO Doc 9303 transliteration of one lower-case Cyrillic letter.
fn icao(letter: char) -> Option<&'static str> {
    Some(match letter {
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' => "g",
        'д' => "d",
        'е' | 'ё' | 'э' => "e",
        'ж' => "zh",
        'з' => "z",
        'и' | 'й' => "i",
        'к' => "k",
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' => "u",
        'ф' => "f",
        'х' => "kh",
        'ц' => "ts",
        'ч' => "ch",
        'ш' => "sh",
        'щ' => "shch",
        'ъ' => "ie",
        'ы' => "y",
        'ь' => "",
        'ю' => "iu",
        'я' => "ia",
        _ => return None,
    })
}

/// A lower-case ASCII slug: letters and digits, words joined by `-`, at most `max_len`
/// bytes (cut at a word boundary).
pub(crate) fn slugify(title: &str, max_len: usize) -> String {
    let mut slug = String::with_capacity(title.len());
    for ch in title.chars().flat_map(char::to_lowercase) {
        if ch.is_ascii_alphanumeric() {
            slug.push(ch);
        } else if let Some(latin) = icao(ch) {
            slug.push_str(latin);
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    let mut slug = slug.trim_matches('-').to_owned();
    if slug.len() > max_len {
        let cut = slug[..max_len].rfind('-').unwrap_or(max_len);
        slug.truncate(cut);
    }
    if slug.is_empty() {
        slug.push_str("untitled");
    }
    slug
}

/// The anchor GitHub gives a heading whose text is `text`, before de-duplication.
pub(crate) fn github_slug(text: &str) -> String {
    let mut slug = String::with_capacity(text.len());
    for ch in text.chars() {
        if ch.is_ascii() {
            // Most of a heading: no Unicode tables needed.
            match ch {
                ' ' => slug.push('-'),
                'A'..='Z' => slug.push(ch.to_ascii_lowercase()),
                'a'..='z' | '0'..='9' | '-' | '_' => slug.push(ch),
                _ => {}
            }
            continue;
        }
        for lower in ch.to_lowercase() {
            if kept_in_anchor(lower) {
                slug.push(lower);
            }
        }
    }
    slug
}

/// True for a (lower-cased, non-ASCII) character github-slugger keeps.
fn kept_in_anchor(ch: char) -> bool {
    if ch.is_ascii() {
        return ch.is_ascii_alphanumeric() || ch == '-' || ch == '_';
    }
    if matches!(ch, '\u{0400}'..='\u{04FF}') {
        // Cyrillic: letters and combining marks, but for the thousands sign ҂.
        return ch != '\u{0482}';
    }
    if ch.is_alphabetic() {
        return true;
    }
    use GeneralCategory as Category;
    !matches!(
        ch.general_category(),
        Category::OtherNumber
            | Category::ClosePunctuation
            | Category::FinalPunctuation
            | Category::InitialPunctuation
            | Category::OpenPunctuation
            | Category::OtherPunctuation
            | Category::DashPunctuation
            | Category::MathSymbol
            | Category::CurrencySymbol
            | Category::ModifierSymbol
            | Category::OtherSymbol
            | Category::Control
            | Category::PrivateUse
            | Category::Format
            | Category::Unassigned
            | Category::SpaceSeparator
            | Category::LineSeparator
            | Category::ParagraphSeparator
    )
}

/// Unique heading anchors within one document, as GitHub gives them: the second heading
/// whose slug is `plan` gets `plan-1`, the third `plan-2`; a heading whose own slug is
/// `plan-1` then gets `plan-1-1`.
#[derive(Debug, Default, Clone)]
pub(crate) struct GithubSlugger {
    /// How many times each base slug has been repeated so far.
    occurrences: HashMap<String, usize>,
}

impl GithubSlugger {
    /// A slugger that has seen no heading yet.
    pub(crate) fn new() -> Self {
        Self::default()
    }

    /// The unique anchor of the next heading, whose text is `text`.
    pub(crate) fn slug(&mut self, text: &str) -> String {
        let base = github_slug(text);
        let mut slug = base.clone();
        while self.occurrences.contains_key(&slug) {
            let count = self.occurrences.entry(base.clone()).or_default();
            *count += 1;
            slug = format!("{base}-{count}");
        }
        self.occurrences.insert(slug.clone(), 0);
        slug
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn github_anchors() {
        for (text, expected) in [
            ("Choosing a task ", "choosing-a-task-"),
            ("План отката", "план-отката"),
            ("Ёлка и «ёжик»: 2026 — план", "ёлка-и-ёжик-2026--план"),
            ("input_foo", "input_foo"),
            ("C++ & Rust (v1.2)!", "c--rust-v12"),
            ("Deploy 🚀 now", "deploy--now"),
            ("Ⓐ circled", "ⓐ-circled"),
            ("x² and ½", "x-and-"),
            ("Tab\there", "tabhere"),
            ("Über naïve café", "über-naïve-café"),
        ] {
            assert_eq!(github_slug(text), expected, "{text:?}");
        }
    }

    #[test]
    fn repeated_headings_are_numbered_like_github() {
        let mut slugger = GithubSlugger::new();
        let slugs: Vec<String> =
            ["Example", "Example", "Example-1", "Example", ""].iter().map(|t| slugger.slug(t)).collect();
        assert_eq!(slugs, vec!["example", "example-1", "example-1-1", "example-2", ""]);
        assert_eq!(slugger.slug(""), "-1", "an empty heading repeated");
    }

    #[test]
    fn example_slugify() {
        use crate::slug::slugify;
        assert_eq!(slugify("Выбор очереди сообщений", 60), "vybor-ocheredi-soobshchenii");
        assert_eq!(slugify("Переход на NATS (JetStream) — v2.10", 60), "perekhod-na-nats-jetstream-v2-10");
        assert_eq!(slugify("Щука, ёж и подъезд", 60), "shchuka-ezh-i-podieezd");
    }
}
