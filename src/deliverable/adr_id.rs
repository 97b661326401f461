//! ADR identity: the number a decision record carries and every way people write it — in
//! file names (`adr-0005-kafka.md`, adr-tools' and MADR's `0005-kafka.md`), in titles
//! (`ADR-0005: Kafka`, adr-tools' `5. Kafka`), in mentions (`ADR-5`, `ADR 0005`, `adr_005`,
//! `ADR#5`) and relation targets (`#5`, `0005`) — and how it is shown (`ADR-0005`, with the
//! digit width the file name uses).
//!
//! This is the only module that parses ADR numbers. It works on characters: every slice is
//! taken at an index the text itself produced (`find`, `strip_prefix`), never at a counted
//! byte offset, so Cyrillic and other multi-byte text cannot split a character.

/// An ADR's number, as the document writes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
pub struct AdrNumber {
    /// The number (`5` for `adr-0005-…`).
    pub value: u32,
    /// How many digits the file name writes it with (`adr-007-…` → 3); 0 when the number
    /// comes from somewhere else (a title), which shows it with four.
    pub digits: usize,
}

impl AdrNumber {
    /// The number as the portal shows it: `ADR-0005`, or `ADR-005` for `adr-005-….md`.
    pub fn label(self) -> String {
        label(self, None)
    }
}

/// An ADR's label with its series: `ADR-0005`, `ADR-Operator-0007`.
pub(crate) fn label(number: AdrNumber, series: Option<&str>) -> String {
    let width = if number.digits > 0 { number.digits } else { 4 };
    match series {
        Some(series) => format!("ADR-{series}-{:0width$}", number.value),
        None => format!("ADR-{:0width$}", number.value),
    }
}

/// What an ADR's file name says: `ODH-ADR-Operator-0007-auth-crd` → project `ODH`, series
/// `Operator`, number 7 (four digits), subject `auth-crd`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AdrFileName<'a> {
    /// The number, when the name has one (`adr-template` has none).
    pub number: Option<AdrNumber>,
    /// A series between `ADR` and the number (`Operator`), as written.
    pub series: Option<String>,
    /// A project key before `ADR` (`ODH`, `PROJ`), as written.
    pub project: Option<String>,
    /// What follows the number: the title's slug.
    pub subject: &'a str,
}

/// Reads an ADR file-name stem: `adr-0005-kafka`, `ADR_5`, `adr_0001_title`,
/// `ODH-ADR-0003-use-apache-2-0-licence`, `ODH-ADR-Operator-0007-auth-crd`,
/// `PROJ-ADR-12-title`, or a bare `adr-template`. `None` when the stem has no `ADR` word
/// (alone or after a short project key) at its start, or nothing after it.
pub(crate) fn file_name(stem: &str) -> Option<AdrFileName<'_>> {
    let mut rest = stem;
    let mut project = None;
    for _ in 0..3 {
        let (token, after) = split_token(rest);
        if token.eq_ignore_ascii_case("adr") {
            // `adr.md` alone is a page about ADRs, not one.
            return (!after.is_empty()).then(|| after_adr_token(after, project));
        }
        // `ar-001-obmen-1c-csv`: «АР-001» (архитектурное решение) in a transliterated name,
        // with its zero-padded number and a subject after it (`ar-3.md` is an anomaly
        // report's as often).
        if token.eq_ignore_ascii_case("ar") && project.is_none() {
            let (first, rest) = split_token(after);
            let (number, subject) = whole_number_token(first, rest)?;
            let padded = first.starts_with('0') && first.len() >= 2;
            return (padded && !subject.is_empty()).then_some(AdrFileName {
                number: Some(number),
                series: None,
                project: None,
                subject,
            });
        }
        // `decision-001-next-app-router` (Plane's and many wikis' pages), «Решение 012 — каталог
        // на OpenSearch» (a vault's note): the word in full, then the record's number and its
        // subject; `АР-002_Хранение_копий_полисов` (a Word library's file): «архитектурное
        // решение»'s letters, upper case, the same way.
        let worded = token.eq_ignore_ascii_case("decision") || token.to_lowercase() == "решение";
        if (worded || matches!(token, "АР" | "АДР")) && project.is_none() {
            let (first, rest) = split_token(after);
            let (number, subject) = whole_number_token(first, rest)?;
            return (!subject.is_empty()).then_some(AdrFileName {
                number: Some(number),
                series: None,
                project: None,
                subject,
            });
        }
        if after.is_empty() || !is_project_key(token) {
            return None;
        }
        project = Some(match project {
            Some(earlier) => format!("{earlier}-{token}"),
            None => token.to_owned(),
        });
        rest = after;
    }
    None
}

/// What follows the `ADR` word: an optional series word, then the number.
fn after_adr_token(after: &str, project: Option<String>) -> AdrFileName<'_> {
    let (first, rest) = split_token(after);
    if let Some((number, subject)) = whole_number_token(first, rest) {
        return AdrFileName { number: Some(number), series: None, project, subject };
    }
    let (second, rest_after_series) = split_token(rest);
    if is_series_word(first) {
        if let Some((number, subject)) = whole_number_token(second, rest_after_series) {
            return AdrFileName { number: Some(number), series: Some(first.to_owned()), project, subject };
        }
    }
    AdrFileName { number: None, series: None, project, subject: after }
}

/// The first `-`/`_`/`.`/space-separated token of `text` and the text after its separator
/// (`adr-0024.timescaledb-for-readings`: `adr`, `0024`, `timescaledb-for-readings`; a
/// vault's `ADR-003 Брокер MQTT`: `ADR`, `003`, `Брокер MQTT`).
fn split_token(text: &str) -> (&str, &str) {
    match text.find(['-', '_', '.', ' ']) {
        Some(at) => (&text[..at], &text[at + 1..]),
        None => (text, ""),
    }
}

/// `0007` (with what follows) as a number, when the token is all digits.
fn whole_number_token<'a>(token: &str, rest: &'a str) -> Option<(AdrNumber, &'a str)> {
    if token.is_empty() || token.len() > MAX_NAME_DIGITS || !token.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some((AdrNumber { value: token.parse().ok()?, digits: token.len() }, rest))
}

/// A project key such as `ODH` or `PROJ2`: short, upper-case ASCII letters and digits,
/// with a letter.
fn is_project_key(token: &str) -> bool {
    (2..=10).contains(&token.len())
        && token.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        && token.bytes().any(|b| b.is_ascii_alphabetic())
        && !token.eq_ignore_ascii_case("adr")
}

/// A series name such as `Operator` or `Frontend`: a word of letters.
fn is_series_word(token: &str) -> bool {
    (2..=30).contains(&token.chars().count()) && token.chars().all(char::is_alphabetic)
}

/// Digits read in a file name at most (a `u32` holds nine).
const MAX_NAME_DIGITS: usize = 9;
/// Digits read in a title, mention or target at most.
const MAX_MENTION_DIGITS: usize = 6;

/// The text after a leading `adr`, any case, plus an optional separator (whitespace, `-`
/// or `_`) and an optional `#`: `ADR-#5` → `5`.
fn after_adr_word(text: &str) -> Option<&str> {
    let rest = after_record_word(text)?;
    let rest = match rest.chars().next() {
        Some(separator) if separator.is_whitespace() || separator == '-' || separator == '_' => {
            &rest[separator.len_utf8()..]
        }
        _ => rest,
    };
    Some(rest.strip_prefix('#').unwrap_or(rest))
}

/// The words Russian teams write for a decision record instead of `ADR`: «АР-003»
/// (архитектурное решение), «АДР-12». Upper case only, and always with a separator before
/// the number, so words such as «АРМ» or «арка» are none.
const CYRILLIC_RECORD_WORDS: [&str; 2] = ["АДР", "АР"];

/// The text after a leading record word: `adr` in any case (`ADR5`, `adr-5`), or a
/// [`CYRILLIC_RECORD_WORDS`] word followed by a separator.
fn after_record_word(text: &str) -> Option<&str> {
    if let Some(word) = text.get(..3).filter(|word| word.eq_ignore_ascii_case("adr")) {
        return Some(&text[word.len()..]);
    }
    // «Решение № 4. …», "Decision #12: …": a register's own word, always with its sign.
    if let Some(rest) = numbered_decision_word(text) {
        return Some(rest);
    }
    CYRILLIC_RECORD_WORDS
        .iter()
        .filter_map(|word| text.strip_prefix(word))
        .find(|rest| rest.starts_with([' ', '-', '_', '#', '\u{a0}']))
}

/// Splits leading ASCII digits off `text`: (digits, rest).
fn split_digits(text: &str) -> (&str, &str) {
    text.split_at(text.find(|c: char| !c.is_ascii_digit()).unwrap_or(text.len()))
}

/// True when `c` continues a word (so a number right before it is not a whole number).
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// A file-name stem that starts with a number: `0003-use-kafka` → (3 written with four
/// digits, `use-kafka`). The number may be followed by `-`, `_`, `.` or nothing.
pub(crate) fn leading_number(stem: &str) -> Option<(AdrNumber, &str)> {
    let (digits, rest) = split_digits(stem);
    if digits.is_empty() || digits.len() > MAX_NAME_DIGITS {
        return None;
    }
    if !(rest.is_empty() || rest.starts_with(['-', '_', '.', ' '])) {
        return None;
    }
    let number = AdrNumber { value: digits.parse().ok()?, digits: digits.len() };
    Some((number, rest.trim_start_matches(['-', '_', '.', ' '])))
}

/// True for file names in the `adr-{number}-{title}.md` form (any case, `-` or `_`, with or
/// without a project key), as opposed to adr-tools' bare `0001-title.md`.
pub(crate) fn has_file_prefix(file: &str) -> bool {
    let stem = file.rsplit_once('.').map_or(file, |(stem, _)| stem);
    self::file_name(stem).is_some()
}

/// The number a title starts with: `ADR-0005: Kafka`, `ADR 7 — Kafka`, `adr_12`.
pub(crate) fn title_number(title: &str) -> Option<u32> {
    let (digits, rest) = split_digits(after_adr_word(crate::text::without_leading_icon(title.trim()))?);
    let whole = !rest.chars().next().is_some_and(is_word_char);
    (!digits.is_empty() && digits.len() <= MAX_MENTION_DIGITS && whole).then(|| digits.parse().ok()).flatten()
}

/// adr-tools' numbered title: `3. A better idea` → 3.
pub(crate) fn adr_tools_number(title: &str) -> Option<u32> {
    let (digits, rest) = split_digits(title);
    (!digits.is_empty() && rest.starts_with(". ")).then(|| digits.parse().ok()).flatten()
}

/// The title without a leading `ADR-0005:` / `ADR 7 —` (for showing beside the number);
/// `None` when there is no such prefix or nothing after it.
pub(crate) fn strip_title_prefix(title: &str) -> Option<&str> {
    let (digits, rest) = split_digits(after_adr_word(crate::text::without_leading_icon(title))?);
    if digits.is_empty() {
        return None;
    }
    let rest = rest.trim_start().strip_prefix([':', '.', '—', '–', '-'])?.trim_start();
    (!rest.is_empty()).then_some(rest)
}

/// A relation's target named by the word and its number: `Decision 001`, `Decision #1`,
/// «Решение № 7», «решение 12» (as a relation's target only: in prose «решение 2» may be a
/// count).
pub(crate) fn worded_decision_number(text: &str) -> Option<u32> {
    let word_end = text.find(|c: char| !c.is_alphabetic()).unwrap_or(text.len());
    let word = text[..word_end].to_lowercase();
    if !(word.starts_with("решени") || word == "decision") {
        return None;
    }
    let rest = text[word_end..].trim_start();
    let rest = ["№", "#", "No.", "no."].iter().find_map(|sign| rest.strip_prefix(sign)).unwrap_or(rest).trim_start();
    let (digits, after) = split_digits(rest);
    let whole = !after.chars().next().is_some_and(is_word_char);
    (!digits.is_empty() && digits.len() <= MAX_MENTION_DIGITS && whole).then(|| digits.parse().ok()).flatten()
}

/// The text after `Решение № ` / `Decision #` / `Decision No. ` at the start of `text`
/// (the word in any case; «Решением №», «Решения №» as prose inflects it).
fn numbered_decision_word(text: &str) -> Option<&str> {
    let word_end = text.find(|c: char| !c.is_alphabetic()).unwrap_or(text.len());
    let word = text[..word_end].to_lowercase();
    let decision = word.starts_with("решени") || word == "decision";
    let rest = text[word_end..].trim_start();
    let rest = ["№", "#", "No.", "no."].iter().find_map(|sign| rest.strip_prefix(sign))?;
    let rest = rest.trim_start();
    (decision && rest.starts_with(|c: char| c.is_ascii_digit())).then_some(rest)
}

/// Every `Решение № 7` / `решением № 7` / `Decision #12` in `text`: a decision named by
/// its number in a register that numbers them that way. Found from each `№` or `#` sign
/// (rare in prose), looking back for the word.
pub(crate) fn numbered_decision_references(text: &str) -> impl Iterator<Item = AdrRef> + '_ {
    let signed = text.match_indices(['№', '#']).filter_map(move |(at, _)| {
        let before = text[..at].trim_end();
        let word_start = before
            .rfind(|c: char| !c.is_alphabetic())
            .map_or(0, |at| at + before[at..].chars().next().map_or(1, char::len_utf8));
        let rest = numbered_decision_word(&text[word_start..])?;
        let (digits, after) = split_digits(rest);
        let whole = !after.chars().next().is_some_and(is_word_char);
        let number = digits.parse().ok().filter(|_| whole && digits.len() <= MAX_MENTION_DIGITS)?;
        Some(AdrRef { number, series: SeriesRef::Own })
    });
    signed.chain(padded_decision_references(text))
}

/// «ротация по решению 003», "see decision 007": the word, then a number padded with
/// zeros as a register numbers its files (`003-oncall-weekly-rotation.md`); a plain «решение
/// 2» may be a count, and is not read.
fn padded_decision_references(text: &str) -> impl Iterator<Item = AdrRef> + '_ {
    // (Every text of every page is read for mentions: a padded number, a space then a zero,
    // is looked for byte by byte before any word is.)
    let padded = text.as_bytes().windows(2).any(|pair| pair == b" 0");
    let words = if padded { ["решени", "Решени", "decision ", "Decision "].as_slice() } else { &[] };
    words.iter().flat_map(move |word| {
        text.match_indices(word).filter_map(move |(at, _)| {
            let starts_word = !text[..at].chars().next_back().is_some_and(char::is_alphabetic);
            let after = &text[at..];
            let word_end = after.find(|c: char| !c.is_alphabetic()).unwrap_or(after.len());
            let rest = after[word_end..].strip_prefix(' ')?;
            let (digits, tail) = split_digits(rest);
            let padded = digits.starts_with('0') && (3..=4).contains(&digits.len());
            let whole = !tail.chars().next().is_some_and(is_word_char);
            let number = digits.parse().ok().filter(|_| starts_word && padded && whole)?;
            Some(AdrRef { number, series: SeriesRef::Worded })
        })
    })
}

/// Which series an ADR reference means.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
pub enum SeriesRef {
    /// `ADR-7`: the referring document's own series first.
    #[default]
    Own,
    /// `ODH-ADR-0007`: qualified by the project, so the ADR without a series.
    Unnamed,
    /// `ADR-Operator-0007`: that series.
    Named(String),
    /// `DR-02`: a record named by the team's own code (`DR-02 Почасовые тарифы.md`), which
    /// is no ADR number; the code's letters, upper case.
    Code(String),
    /// `MOB-A-8`: a knowledge base's article id (YouTrack's `MOB-A-8 Постмортем.md`), any
    /// page's and never an error when no page has it; the letters before the number.
    Article(String),
    /// «по решению 003», "Decision 0008": a decision named by the word and a padded number —
    /// the record of that number here, as `Own` finds it, and never an error when there is
    /// none (prose names other projects' decisions so too: "MADR decision 0012").
    Worded,
}

/// A reference to an ADR by number, with the series it means.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct AdrRef {
    /// The number.
    pub number: u32,
    /// The series.
    pub series: SeriesRef,
}

/// `DR-02 Почасовые тарифы` → (`DR`, 2): the code a record's name opens with, as teams
/// key their decision logs (2–6 capital letters, a hyphen, digits), not `ADR`.
pub(crate) fn record_code(name: &str) -> Option<(String, u32)> {
    let (letters, number, rest) = code_parts(name)?;
    // `DR-02.` ends a sentence; `DR-02.md` is a file's name, `DR-2x` no code.
    let mut after = rest.chars();
    let ends = match after.next() {
        None => true,
        Some('.') => after.next().is_none_or(char::is_whitespace),
        Some(c) => !c.is_alphanumeric() && c != '-',
    };
    ends.then(|| (letters.to_owned(), number))
}

/// A code's capitals, its number and the text after it: `ТР-2026-03` is (`ТР`, 202603), its
/// year and number read as one figure, so that `ТР-2026-03` and `ТР-2026-05` differ. Only
/// the name's first few characters are looked at: this runs at every capital that opens a
/// word of every body.
fn code_parts(name: &str) -> Option<(&str, u32, &str)> {
    let hyphen = name.char_indices().take(7).find(|(_, c)| *c == '-').map(|(at, _)| at)?;
    let (letters, mut rest) = (&name[..hyphen], &name[hyphen + 1..]);
    let count = letters.chars().count();
    let capitals =
        (2..=6).contains(&count) && letters.chars().all(|c| c.is_ascii_uppercase() || ('А'..='Я').contains(&c));
    if !capitals || ["ADR", "АДР", "АР"].contains(&letters) {
        return None;
    }
    let mut figure = String::new();
    loop {
        let digits = rest.char_indices().take(6).find(|(_, c)| !c.is_ascii_digit()).map_or(rest.len(), |(at, _)| at);
        if !(1..=5).contains(&digits) || figure.len() + digits > 9 {
            return None;
        }
        figure.push_str(&rest[..digits]);
        rest = &rest[digits..];
        // `2026-03`: a year, then the number within it.
        match rest.strip_prefix('-') {
            Some(more) if more.starts_with(|c: char| c.is_ascii_digit()) => rest = more,
            _ => break,
        }
    }
    Some((letters, figure.parse().ok()?, rest))
}

/// The code a record's file is named with (`DR-02 Почасовые тарифы.md`,
/// `dr-008-iceberg-table-format.md`, `ТР-2026-03_Технические_решения.md`): [`record_code`]
/// of its upper-cased name, where the name's words may follow the number after a hyphen too.
pub(crate) fn record_code_of_file(name: &str) -> Option<(String, u32)> {
    let upper = name.to_uppercase();
    let (letters, number, rest) = code_parts(&upper)?;
    let ends = rest.is_empty() || rest.starts_with(['-', '_', ' ', '.']);
    ends.then(|| (letters.to_owned(), number))
}

/// Every record code (`DR-02`, `RFC-7`) standing on its own in `text`: [`record_code`] at a
/// word's start. Whether it names a record here is known only once every page is read. This
/// runs over every text node of every body: it looks only around each hyphen followed by a
/// digit, and back from it for the capitals.
pub(crate) fn code_references(text: &str) -> impl Iterator<Item = AdrRef> + '_ {
    let bytes = text.as_bytes();
    text.match_indices('-').filter_map(move |(hyphen, _)| {
        if !bytes.get(hyphen + 1).is_some_and(u8::is_ascii_digit) {
            return None;
        }
        let before = &text[..hyphen];
        let letters = before.chars().rev().take_while(|c| c.is_ascii_uppercase() || ('А'..='Я').contains(c));
        let length: usize = letters.take(7).map(char::len_utf8).sum();
        let start = hyphen - length;
        let opens_word =
            text[..start].chars().next_back().is_none_or(|c| !(c.is_alphanumeric() || c == '-' || c == '_'));
        let (letters, number) = record_code(&text[start..]).filter(|_| opens_word)?;
        Some(AdrRef { number, series: SeriesRef::Code(letters) })
    })
}

/// `MOB-A-8`, `KB-OPS-12`: ids of two or more groups of capitals and a number, as a
/// knowledge base names its articles. Only looked for around each hyphen before a digit.
pub(crate) fn article_references(text: &str) -> impl Iterator<Item = AdrRef> + '_ {
    let bytes = text.as_bytes();
    text.match_indices('-').filter_map(move |(hyphen, _)| {
        let digits = bytes[hyphen + 1..].iter().take_while(|b| b.is_ascii_digit()).count();
        let ends_word = bytes.get(hyphen + 1 + digits).is_none_or(|b| !b.is_ascii_alphanumeric());
        if digits == 0 || digits > 6 || !ends_word {
            return None;
        }
        let prefix_length = bytes[..hyphen].iter().rev().take_while(|b| b.is_ascii_uppercase() || **b == b'-').count();
        let prefix = &text[hyphen - prefix_length..hyphen];
        let opens_word = text[..hyphen - prefix_length].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
        let groups = prefix.split('-').collect::<Vec<_>>();
        let shaped = groups.len() >= 2 && groups.iter().all(|group| !group.is_empty());
        let number = text[hyphen + 1..hyphen + 1 + digits].parse().ok()?;
        (opens_word && shaped).then(|| AdrRef { number, series: SeriesRef::Article(prefix.to_owned()) })
    })
}

/// Every `ADR-5` / `ADR 0005` / `adr_005` / `ADR#5` in `text` that stands on its own (not
/// `KADR-1`, not `ADR-5x`), as numbers.
pub(crate) fn mentions(text: &str) -> impl Iterator<Item = u32> + '_ {
    references(text).map(|reference| reference.number)
}

/// Every ADR reference in `text`, as [`mentions`] finds them, with its series:
/// `ADR-Operator-0007` names one, `ODH-ADR-0003` means the one without a series. This runs
/// over every text node of every body, so it is a scanner rather than a Unicode-aware regex.
pub(crate) fn references(text: &str) -> impl Iterator<Item = AdrRef> + '_ {
    let mut chars = text.char_indices().peekable();
    let mut previous: Option<char> = None;
    std::iter::from_fn(move || {
        while let Some((at, ch)) = chars.next() {
            let before = previous.replace(ch);
            // Only an `a`/`A` (or a Cyrillic `А`) can start a mention; ask whether it starts a
            // word only then (the Unicode letter lookup is the costly part of scanning every body).
            if !(ch.eq_ignore_ascii_case(&'a') || ch == 'А') || before.is_some_and(char::is_alphanumeric) {
                continue;
            }
            if let Some((number, series, end)) = mention_at(&text[at..]) {
                while let Some(&(next_at, next)) = chars.peek() {
                    if next_at >= at + end {
                        break;
                    }
                    previous = Some(next);
                    chars.next();
                }
                let series = match series {
                    Some(series) => SeriesRef::Named(series.to_owned()),
                    None if after_project_key(&text[..at]) => SeriesRef::Unnamed,
                    None => SeriesRef::Own,
                };
                return Some(AdrRef { number, series });
            }
        }
        None
    })
}

/// True when `before` ends with a project key and a separator (`ODH-`).
fn after_project_key(before: &str) -> bool {
    let Some(key_and_more) = before.strip_suffix(['-', '_']) else { return false };
    let key_start = key_and_more
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_ascii_uppercase() || c.is_ascii_digit())
        .last()
        .map_or(key_and_more.len(), |(at, _)| at);
    let (head, key) = key_and_more.split_at(key_start);
    is_project_key(key) && !head.chars().next_back().is_some_and(char::is_alphanumeric)
}

/// A mention at the start of `text`: (number, series if written, length in bytes).
fn mention_at(text: &str) -> Option<(u32, Option<&str>, usize)> {
    let rest = after_record_word(text)?;
    let rest = rest.strip_prefix([' ', '-', '_', '#', '\t', '\u{a0}']).unwrap_or(rest);
    let (series, rest) = match rest.find(['-', '_']) {
        Some(at)
            if at > 0 && is_series_word(&rest[..at]) && rest[at + 1..].starts_with(|c: char| c.is_ascii_digit()) =>
        {
            (Some(&rest[..at]), &rest[at + 1..])
        }
        _ => (None, rest),
    };
    let (digits, after) = split_digits(rest);
    if digits.is_empty() || digits.len() > MAX_MENTION_DIGITS || after.chars().next().is_some_and(char::is_alphanumeric)
    {
        return None;
    }
    Some((digits.parse().ok()?, series, text.len() - after.len()))
}

/// The number a link label names: a mention (`ADR-0005`) or adr-tools' `3. Use X` /
/// `3: …` / `3 …`.
pub(crate) fn label_number(label: &str) -> Option<u32> {
    mentions(label).next().or_else(|| {
        let (digits, rest) = split_digits(label);
        (!digits.is_empty() && rest.starts_with(['.', ':', ' '])).then(|| digits.parse().ok()).flatten()
    })
}

/// A bare relation target: `5`, `0005`, `#5`.
pub(crate) fn bare_number(text: &str) -> Option<u32> {
    let digits = text.strip_prefix('#').unwrap_or(text);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let significant = digits.trim_start_matches('0');
    let significant = if significant.is_empty() { "0" } else { significant };
    (significant.len() <= MAX_MENTION_DIGITS).then(|| significant.parse().ok()).flatten()
}

/// The number a user typed to name an ADR: `ADR-5`, `adr 0005`, `#5`, `5`.
pub(crate) fn query_number(query: &str) -> Option<u32> {
    let digits = query.trim().trim_start_matches(|c: char| c.is_alphabetic() || matches!(c, '-' | ' ' | '_' | '#'));
    digits.parse().ok()
}

#[cfg(test)]
mod tests {

    #[test]
    fn article_ids_of_two_or_more_capital_groups() {
        let found: Vec<(u32, SeriesRef)> =
            article_references("См. MOB-A-8, KB-OPS-12; не MOB-1432, не x-MOB-A-3b, не mob-a-4.")
                .map(|reference| (reference.number, reference.series))
                .collect();
        assert_eq!(found, [(8, SeriesRef::Article("MOB-A".to_owned())), (12, SeriesRef::Article("KB-OPS".to_owned()))]);
    }

    use super::*;

    #[test]
    fn a_register_s_numbered_decisions() {
        assert_eq!(title_number("Решение № 4. Почасовая тарификация"), Some(4));
        assert_eq!(title_number("Decision #12: queues"), Some(12));
        assert_eq!(title_number("Решение задачи 4"), None);
        let found: Vec<u32> = numbered_decision_references(
            "По Решению № 7 баланс; см. [Решение № 11](x) и Решением №4. Не «решение 5», не «пункт № 3», не #12.",
        )
        .map(|reference| reference.number)
        .collect();
        assert_eq!(found, vec![7, 11, 4]);
        let padded: Vec<u32> = numbered_decision_references(
            "Дежурный (ротация по решению 003, неделя @k) и see Decision 007. Не «решение 5», не «решение 2026», не нерешение 004.",
        )
        .map(|reference| reference.number)
        .collect();
        assert_eq!(padded, vec![3, 7], "a register's padded number");
        let series: Vec<SeriesRef> = numbered_decision_references("по решению 003").map(|found| found.series).collect();
        assert_eq!(series, [SeriesRef::Worded], "never an error when no record has it");
    }

    #[test]
    fn a_team_s_own_record_codes() {
        assert_eq!(record_code("DR-02 Почасовые тарифы c3f8.md"), Some(("DR".to_owned(), 2)));
        assert_eq!(record_code("РЕШ-7.md"), None, "an extension right after is no code of a name");
        assert_eq!(record_code("RFC-12"), Some(("RFC".to_owned(), 12)));
        assert_eq!(record_code_of_file("dr-008-iceberg-table-format.md"), Some(("DR".to_owned(), 8)));
        assert_eq!(record_code_of_file("DR-02 Почасовые тарифы.md"), Some(("DR".to_owned(), 2)));
        assert_eq!(record_code_of_file("adr-0004-x.md"), None);
        assert_eq!(record_code_of_file("ТР-2026-03_Технические_решения.md"), Some(("ТР".to_owned(), 202603)));
        assert_eq!(record_code("ТР-2026-05, п. 4.3"), Some(("ТР".to_owned(), 202605)));
        for name in ["ADR-3 x", "Dr-2 x", "DR-2x", "D-2 x", "DR- 2"] {
            assert_eq!(record_code(name), None, "{name}");
        }
        let found: Vec<(u32, SeriesRef)> =
            code_references("см. DR-02 и (RFC-7), не xDR-3, не GEO-1187-a, ADR-5. Опирается на DR-01.")
                .map(|reference| (reference.number, reference.series))
                .collect();
        assert_eq!(
            found,
            vec![
                (2, SeriesRef::Code("DR".to_owned())),
                (7, SeriesRef::Code("RFC".to_owned())),
                (1, SeriesRef::Code("DR".to_owned())),
            ],
        );
    }

    #[test]
    fn labels_keep_the_file_names_width() {
        assert_eq!(AdrNumber { value: 5, digits: 3 }.label(), "ADR-005");
        assert_eq!(AdrNumber { value: 5, digits: 0 }.label(), "ADR-0005");
        assert_eq!(AdrNumber { value: 12345, digits: 0 }.label(), "ADR-12345");
    }

    #[test]
    fn file_name_numbers() {
        let cases = [
            ("0003-use-kafka", Some((3, 4, "use-kafka"))),
            ("007_x", Some((7, 3, "x"))),
            ("12", Some((12, 2, ""))),
            ("0001.md", Some((1, 4, "md"))),
            ("3a-x", None),
            ("use-kafka", None),
            ("1234567890-x", None),
            ("0042-кафка", Some((42, 4, "кафка"))),
        ];
        for (stem, expected) in cases {
            let found = leading_number(stem).map(|(n, rest)| (n.value, n.digits, rest));
            assert_eq!(found, expected, "{stem}");
        }
        assert!(has_file_prefix("ADR-001-x.md") && !has_file_prefix("0001-x.md") && !has_file_prefix("ад"));
        let lettered = file_name("АР-002_Хранение_копий_полисов").and_then(|named| named.number);
        assert_eq!(lettered.map(|number| (number.value, number.digits)), Some((2, 3)));
        let worded = file_name("Решение 012 — каталог на OpenSearch").and_then(|named| named.number);
        assert_eq!(worded.map(|number| (number.value, number.digits)), Some((12, 3)));
        assert!(file_name("Решение о переезде").is_none());
    }

    #[test]
    fn file_names_with_prefixes_projects_and_series() {
        let read = |stem: &str| {
            file_name(stem).map(|name| {
                (name.number.map(|n| (n.value, n.digits)), name.series, name.project, name.subject.to_owned())
            })
        };
        let some = |number: Option<(u32, usize)>, series: Option<&str>, project: Option<&str>, subject: &str| {
            Some((number, series.map(str::to_owned), project.map(str::to_owned), subject.to_owned()))
        };
        let cases = [
            ("adr-0005-kafka", some(Some((5, 4)), None, None, "kafka")),
            ("ADR-001", some(Some((1, 3)), None, None, "")),
            ("adr_0001_title", some(Some((1, 4)), None, None, "title")),
            ("ADR_5-x", some(Some((5, 1)), None, None, "x")),
            ("ODH-ADR-0003-use-apache-2-0-licence", some(Some((3, 4)), None, Some("ODH"), "use-apache-2-0-licence")),
            ("ODH-ADR-Operator-0007-auth-crd", some(Some((7, 4)), Some("Operator"), Some("ODH"), "auth-crd")),
            ("PROJ-ADR-12-выбор-кэша", some(Some((12, 2)), None, Some("PROJ"), "выбор-кэша")),
            ("adr-template", some(None, None, None, "template")),
            ("adr-use-kafka", some(None, None, None, "use-kafka")),
            ("adr", None),
            ("0003-use-kafka", None),
            ("runbook-adr-5", None),
            ("MY-PROJ-ADR-5", some(Some((5, 1)), None, Some("MY-PROJ"), "")),
            ("a-very-long-project-key-adr-5", None),
            ("кафка-adr-5", None),
            ("adr-", None),
        ];
        for (stem, expected) in cases {
            assert_eq!(read(stem), expected, "{stem}");
        }
        assert!(has_file_prefix("ODH-ADR-0003-x.md") && has_file_prefix("adr_0001_x.md"));
    }

    #[test]
    fn title_numbers() {
        for (title, expected) in [
            ("ADR-0005: Kafka", Some(5)),
            ("ADR 7 — Kafka", Some(7)),
            ("adr_12", Some(12)),
            ("ADR#3 x", Some(3)),
            ("  ADR-0042: Что-то", Some(42)),
            ("ADR-0005x", None),
            ("ADR-0005а", None),
            ("ADR-1234567", None),
            ("KADR-1", None),
            ("Kafka", None),
            ("АДР-5", Some(5)),
            ("АДР5", None),
        ] {
            assert_eq!(title_number(title), expected, "{title}");
        }
        assert_eq!(adr_tools_number("3. A better idea"), Some(3));
        assert_eq!(adr_tools_number("3 A better idea"), None);
    }

    #[test]
    fn title_prefixes_are_stripped_only_when_something_follows() {
        assert_eq!(strip_title_prefix("ADR-0005: Kafka вместо RabbitMQ"), Some("Kafka вместо RabbitMQ"));
        assert_eq!(strip_title_prefix("ADR 7 — Kafka"), Some("Kafka"));
        assert_eq!(strip_title_prefix("adr-3. Use X"), Some("Use X"));
        assert_eq!(strip_title_prefix("ADR-0005"), None);
        assert_eq!(strip_title_prefix("ADR-0005: "), None);
        assert_eq!(strip_title_prefix("3. A better idea"), None);
        assert_eq!(strip_title_prefix("ADR-кафка: x"), None);
    }

    #[test]
    fn mentions_stand_on_their_own() {
        let found: Vec<u32> = mentions("см. ADR-0003, adr 7 и ADR#12; не KADR-1 и не ADR-5x, adr_005.").collect();
        assert_eq!(found, vec![3, 7, 12, 5]);
        let found: Vec<u32> = mentions("ёADR-1 ADR-1234567 ADR-2ADR-3 (ADR-4)ADR-5 аADR-6").collect();
        assert_eq!(found, vec![4, 5]);
        assert_eq!(mentions("ADR-").count(), 0);
        assert_eq!(mentions("ad").count(), 0);
        assert_eq!(mentions("ADR-9999999999999").count(), 0);
    }

    #[test]
    fn russian_teams_write_ar_for_a_decision_record() {
        let found: Vec<u32> = mentions("Связано с АР-004 и [АР-003](x.md); АДР-12, АР 7.").collect();
        assert_eq!(found, vec![4, 3, 12, 7]);
        let none: Vec<u32> = mentions("АРМ-5, ар-5, АР5, КАР-3, ПАР-2, АРКА-1").collect();
        assert_eq!(none, Vec::<u32>::new(), "a word, lower case, no separator or inside a word");
        assert_eq!(title_number("АР-003. Шина событий"), Some(3));
        assert_eq!(strip_title_prefix("АР-003. Шина событий"), Some("Шина событий"));
        assert_eq!(title_number("АРМ-3 оператора"), None);
    }

    #[test]
    fn references_carry_their_series() {
        let found: Vec<(u32, SeriesRef)> =
            references("ADR-7, ADR-Operator-0007, ODH-ADR-0003, see ADR_Frontend_12 and x-ADR-2")
                .map(|r| (r.number, r.series))
                .collect();
        assert_eq!(
            found,
            vec![
                (7, SeriesRef::Own),
                (7, SeriesRef::Named("Operator".into())),
                (3, SeriesRef::Unnamed),
                (12, SeriesRef::Named("Frontend".into())),
                (2, SeriesRef::Own),
            ]
        );
        assert_eq!(references("ADR-approved-x").count(), 0);
    }

    #[test]
    fn targets_and_queries() {
        assert_eq!(label_number("3. Use X"), Some(3));
        assert_eq!(label_number("ADR-0007"), Some(7));
        assert_eq!(label_number("Use X"), None);
        for (text, expected) in [("5", Some(5)), ("#0005", Some(5)), ("0", Some(0)), ("000", Some(0)), ("", None)] {
            assert_eq!(bare_number(text), expected, "{text}");
        }
        assert_eq!(bare_number("1234567"), None);
        assert_eq!(bare_number("5a"), None);
        assert_eq!(query_number("ADR-5"), Some(5));
        assert_eq!(query_number(" adr 0005 "), Some(5));
        assert_eq!(query_number("Kafka"), None);
    }
}
