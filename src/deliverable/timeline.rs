//! An incident's start and end from its body, when its header gives no duration: the rows
//! of its timeline table whose event opens with "Impact start" / "Impact end" (Google's
//! `OUTAGE BEGINS` / `OUTAGE ENDS`, «Начало влияния» / «Конец влияния»), at the times in
//! their first cell; else the window its Impact section states in a sentence ("Impact
//! started at 13:52 UTC and full recovery was at 14:31 UTC", "blackholed for 26 minutes
//! (09:41–10:07 UTC)").

use std::sync::LazyLock;

use regex::Regex;

use super::lines::cells;
use super::measures::{time_of_day_at, time_range_minutes};
use super::meta::Field;
use super::outline::{Outline, Role};
use super::vocab::{fold, FieldKey};

/// Event words that mark where the impact starts.
const STARTS: [&str; 8] = [
    "impact start",
    "impact begins",
    "outage begins",
    "incident begins",
    "начало влияния",
    "начало инцидента",
    "начало сбоя",
    "начало простоя",
];

/// Event words that mark where it ends.
const ENDS: [&str; 9] = [
    "impact end",
    "impact ends",
    "outage ends",
    "incident ends",
    "конец влияния",
    "окончание влияния",
    "конец инцидента",
    "конец сбоя",
    "конец простоя",
];

/// The `Start` and `End` fields a timeline table marks, both or none.
pub(crate) fn impact_window(outline: &Outline<'_>) -> Option<[Field; 2]> {
    let mut start: Option<Field> = None;
    let mut end: Option<Field> = None;
    for (index, _, role) in outline.iter() {
        let Role::Row { header: false, text } = role else { continue };
        let row = cells(text);
        let (Some(time), Some(event)) = (row.first(), row.get(1..)) else { continue };
        let event = fold(&event.join(" "));
        let event = event.trim_start_matches(|c: char| !c.is_alphanumeric());
        let field = |key: FieldKey, marker: &str| {
            let label: String =
                marker.chars().take(1).flat_map(char::to_uppercase).chain(marker.chars().skip(1)).collect();
            Field { key: Some(key), label, value: time.clone(), line: index + 1 }
        };
        if start.is_none() {
            start =
                STARTS.iter().find(|marker| event.starts_with(*marker)).map(|marker| field(FieldKey::Start, marker));
        } else if end.is_none() {
            end = ENDS.iter().find(|marker| event.starts_with(*marker)).map(|marker| field(FieldKey::End, marker));
        }
    }
    Some([start?, end?])
}

/// Heading words of the section that says what the impact was and how long it lasted, or
/// that sums the incident up ("What you saw", «Коротко»).
const IMPACT_HEADINGS: [&str; 19] = [
    "impact",
    "обстоятельств",
    "влияни",
    "воздейств",
    "последстви",
    "duration",
    "длительн",
    "summary",
    "what happened",
    "what you saw",
    "what customers saw",
    "что произошло",
    "что видели",
    "кратко",
    "коротко",
    "резюме",
    "сводка",
    "tl;dr",
    "tldr",
];

/// Words before the first time of a sentence that make it the start of the impact.
const START_WORDS: [&str; 8] = ["start", "began", "begin", "начал", "с ", "from ", "between", "между"];

/// Words between the two times that make the second the end of the impact.
const END_WORDS: [&str; 16] = [
    " and ",
    " и ",
    "end",
    "recover",
    "resolv",
    "restor",
    "mitigat",
    "until",
    "till",
    " to ",
    "законч",
    "заверш",
    "восстанов",
    "устран",
    "до ",
    "по ",
];

/// The `Start` and `End` fields the first sentence of an Impact section states: a time range
/// (`09:41–10:07 UTC`) or a start and an end time in words. A line that opens with a time is
/// a timeline's entry, not the window.
pub(crate) fn impact_in_prose(outline: &Outline<'_>) -> Option<[Field; 2]> {
    let mut section: Option<(usize, bool)> = None;
    for (index, _, role) in outline.iter() {
        let text = match role {
            Role::Heading(heading) => {
                section = within_impact(section, heading.level, heading.text, is_russian(heading.text));
                continue;
            }
            _ => match block_text(outline, index, role) {
                Some(text) => text,
                None => continue,
            },
        };
        let Some((_, russian)) = section else { continue };
        if time_of_day_at(&text) == Some(0) {
            continue;
        }
        if let Some(window) = window_in(&text, index + 1, russian) {
            return Some(window);
        }
    }
    None
}

/// "Roughly 3.5 hours of delayed webhooks", «Около 40 минут задержки платежей»: a sentence of
/// an Impact section, or of the lead under the title (`SEV1. ~47 min of failed logins for all
/// users`), that opens with how long the impact lasted, as a `Duration` field on its line (a
/// span later in a sentence — "worst delay 52 minutes" — is a detail, not the span); or an
/// item of the section that opens with a window of clock times (`- 14:05 → 14:52 MSK: …`).
pub(crate) fn span_in_impact(outline: &Outline<'_>) -> Option<Field> {
    static OPENING_SPAN: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?:roughly|about|around|approximately|nearly|almost|over|~|около|примерно|порядка|почти|более)?\s*(\d[\d.,]*\s*(?:hours?|hrs?|h|minutes?|mins?|min|часа|часов|час|ч|минуты|минут|мин)\.?(?:\s*\d+\s*(?:minutes?|mins?|m|минуты|минут|мин))?)\s+(?:of\s|задержк|простоя|недоступност|деградац|сбоя|сбоев|ошибок)")
            .expect("valid regex")
    });
    let mut section: Option<(usize, ())> = None;
    let mut lead = true;
    for (index, _, role) in outline.iter() {
        if let Role::Heading(heading) = role {
            section = within_impact(section, heading.level, heading.text, ());
            lead &= heading.level == 1;
            continue;
        }
        let read = section.is_some() || lead;
        let Some(text) = read.then(|| block_text(outline, index, role)).flatten() else { continue };
        let plain = text.replace(['*', '_'], "");
        // `- 14:05 → 14:52 MSK: ~9% запросов получали 502` under «Impact»: the window an item
        // of the section opens with.
        let opening_window = || {
            let item = plain.trim_start_matches(['-', ' ']);
            let window = super::measures::lone_time_range(item.split(": ").next().unwrap_or(item))?;
            (section.is_some() && item.starts_with(&window)).then_some(window)
        };
        // `Rollout halted at 13:50 MSK — 3h 45m of impact …`: a clause after a dash opens so too.
        let found = plain
            .split(". ")
            .flat_map(|sentence| sentence.split(" — "))
            .find_map(|sentence| {
                let span = OPENING_SPAN.captures(sentence.trim_start_matches(['-', ' ']))?.get(1)?.as_str().trim();
                super::measures::duration_minutes(span).map(|_| span.to_owned())
            })
            .or_else(opening_window);
        if let Some(span) = found {
            return Some(Field {
                key: Some(FieldKey::Duration),
                label: "Duration".to_owned(),
                value: span,
                line: index + 1,
            });
        }
    }
    None
}

/// The window a paragraph, a list item or a table row anywhere states and confirms with its
/// length: in brackets right after it («30 марта с 12:05 до 13:10 (65 минут)», "between
/// 08:52 and 11:06 Eastern (2 hours 14 minutes)", `| Incorrect status shown | 10:42–11:33
/// MST (51 min) |`), after a dash («с 08:05 до 12:10 — 4 ч 05 мин») or right before it
/// («не уходили в ЛИС 2 ч 35 мин — с 09:40 до 12:15», «3 ч 10 мин (с 14:20 до 17:30)»).
/// The length agreeing with the times (within five minutes) says the two times are the
/// incident's, wherever the sentence stands.
pub(crate) fn confirmed_window(outline: &Outline<'_>) -> Option<[Field; 2]> {
    outline.iter().find_map(|(index, _, role)| {
        let text = block_text(outline, index, role).or_else(|| match role {
            Role::Row { header: false, text } => Some(cells(text).join(" | ")),
            _ => None,
        })?;
        let (first, second) = window_times(&text)?;
        let [start, end] = window_fields(&text, first, second, index + 1, is_russian(&text));
        let minutes = super::measures::minutes_between(&start.value, &end.value)?;
        let agrees = |stated: Option<u32>| stated.is_some_and(|stated| stated.abs_diff(minutes) <= 5);
        let rest = &text[time_end(&text, second)..];
        // `(2,5 часа, вечерний пик)`: the length before its note (a decimal comma is no note).
        // `B (22:00–06:00) into shift A (06:00–14:00)`: another span of the same length in
        // brackets is no length.
        let bracketed = rest.find('(').filter(|&at| at <= 24).and_then(|open| {
            let inside = rest[open + 1..].split(')').next()?.split(", ").next()?.split("; ").next()?;
            time_of_day_at(inside).is_none().then(|| super::measures::duration_minutes(inside.trim()))?
        });
        let dashed = rest
            .trim_start()
            .strip_prefix(['—', '–'])
            .and_then(|after| super::measures::duration_minutes(after.split([',', ';', '(']).next()?.trim()));
        (agrees(bracketed) || agrees(dashed) || agrees(length_before(&text[..first]))).then_some([start, end])
    })
}

/// The length a sentence states right before its window: `2 ч 35 мин — с `, `3 ч 10 мин (с `.
fn length_before(before: &str) -> Option<u32> {
    let trimmed = before.trim_end();
    let trimmed = ["с", "from", "between"].iter().find_map(|word| trimmed.strip_suffix(word)).unwrap_or(trimmed);
    let trimmed = trimmed.trim_end().strip_suffix(['—', '–', '(']).unwrap_or(trimmed).trim_end();
    // The length is the last words: from the last number run that ends the text.
    let start = trimmed.char_indices().rev().take(24).last().map_or(0, |(at, _)| at);
    let tail = &trimmed[start..];
    let from = tail.find(|c: char| c.is_ascii_digit())?;
    super::measures::duration_minutes(&tail[from..])
}

/// The text of the block line `index` opens: a paragraph (from its first line) or a list
/// item, its lines joined. `None` for a paragraph's later line and for anything else.
fn block_text(outline: &Outline<'_>, index: usize, role: Role<'_>) -> Option<String> {
    match role {
        Role::Text if index > 0 && outline.role(index - 1) == Role::Text => None,
        // `- 01:30 — восстановлено …` / `  RTG за 23:25–01:30.`: an item's later line is
        // the item's.
        Role::Text if index > 0 && matches!(outline.role(index - 1), Role::Item(item) if item.last >= index) => None,
        Role::Text => Some(outline.paragraph_text(index)),
        Role::Item(item) => Some(outline.item_text(index, &item).into_owned()),
        _ => None,
    }
}

/// Whether `text` is written in Russian (has a Cyrillic letter): the labels follow it.
fn is_russian(text: &str) -> bool {
    text.chars().any(|c| matches!(c, 'а'..='я' | 'А'..='Я'))
}

/// The start and end one sentence of an Impact section states, as fields on `line`.
fn window_in(text: &str, line: usize, russian: bool) -> Option<[Field; 2]> {
    let (first, second) = window_times(text)?;
    Some(window_fields(text, first, second, line, russian))
}

/// Where the two times of a window stand in `text` (byte offsets), when they are a range
/// (`09:41–10:07`) or start and end words surround them ("started at 13:52 … recovery at
/// 14:31", «с 23:40 … до 00:25»).
fn window_times(text: &str) -> Option<(usize, usize)> {
    let first = time_of_day_at(text)?;
    let first_end = time_end(text, first);
    let second = first_end + time_of_day_at(text.get(first_end..)?)?;
    // Padded, so that " to " and " and " match the words alone between the times.
    let between = format!(" {} ", fold(&text[first_end..second]));
    // Padded too: `fold` trims the space after «с» in «продолжалось с 23:50».
    let before = format!("{} ", fold(&text[..first]));
    let ranged = time_range_minutes(&text[first..]).is_some();
    // «Процесс упал в 02:40»: a start word opens a word («с », "began"), it does not end one.
    let worded = START_WORDS.iter().any(|word| opens_a_word_in(&before, word))
        && END_WORDS.iter().any(|word| between.contains(word));
    // "… from 08:31. The lift opened to the public at 08:30": two sentences, two moments.
    let sentences = text[first_end..second].contains(". ");
    (ranged || worded).then_some((first, second)).filter(|_| !sentences)
}

/// The Impact section (its heading's level, and what the caller keeps of it) that a heading
/// at `level` titled `text` leaves the reader in: a subsection stays inside the current one,
/// any other heading opens an Impact section or ends it.
fn within_impact<T>(current: Option<(usize, T)>, level: usize, text: &str, kept: T) -> Option<(usize, T)> {
    match current {
        Some((open, kept)) if level > open => Some((open, kept)),
        _ => {
            let folded = fold(text);
            IMPACT_HEADINGS.iter().any(|word| folded.contains(word)).then_some((level, kept))
        }
    }
}

/// Whether `word` stands in `text` where a word begins (after a space or at the start).
fn opens_a_word_in(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(at, _)| text[..at].chars().next_back().is_none_or(|c| !c.is_alphanumeric()))
}

/// The impact's `Duration`, `Start` and `End` stated as fields in a post-mortem's body: a
/// line that opens with a bold key anywhere («**Длительность влияния:** 2 ч 15 мин — с 04:10
/// до 06:25», usually under «Что произошло»), or a `Key: value` item of an Impact section
/// (`- Start: 09:40 MSK (first user reports)` / `- End: 15:05 MSK`). A duration, or a start
/// and an end, or none.
pub(crate) fn impact_fields(outline: &Outline<'_>, vocabulary: &super::vocab::Vocabulary) -> Vec<Field> {
    let mut section: Option<(usize, ())> = None;
    let mut found: Vec<Field> = Vec::new();
    for (index, _, role) in outline.iter() {
        let text = match role {
            Role::Heading(heading) => {
                section = within_impact(section, heading.level, heading.text, ());
                continue;
            }
            Role::Item(item) => outline.item_text(index, &item).into_owned(),
            Role::Text if index == 0 || outline.role(index - 1) != Role::Text => outline.paragraph_text(index),
            _ => continue,
        };
        let text = text.trim();
        let bold = text.starts_with("**") || text.starts_with("__");
        if !bold && section.is_none() {
            continue;
        }
        let Some((label, value)) =
            super::meta::strip_markup(text).split_once(':').map(|(l, v)| (l.to_owned(), v.trim().to_owned()))
        else {
            continue;
        };
        // `**Customer impact:** 10:12–13:40 UTC (3 h 28 min).`: an impact stated as a window or
        // a span.
        let spanned = || {
            let head = value.split(['(', ',', ';']).next().unwrap_or_default().trim();
            let span = time_range_minutes(head).is_some()
                || head.split_whitespace().count() <= 4 && super::measures::duration_minutes(head).is_some();
            (super::meta::names_impact(&fold(&label)) && span).then_some(FieldKey::Duration)
        };
        let key = vocabulary
            .field(&label)
            .filter(|key| matches!(key, FieldKey::Duration | FieldKey::Start | FieldKey::End))
            .or_else(spanned);
        let Some(key) = key.filter(|_| label.chars().count() <= 40 && !value.is_empty()) else { continue };
        if found.iter().all(|field| field.key != Some(key)) {
            found.push(Field { key: Some(key), label: label.trim().to_owned(), value, line: index + 1 });
        }
    }
    let has = |key: FieldKey| found.iter().any(|field| field.key == Some(key));
    if has(FieldKey::Duration) {
        found.retain(|field| field.key == Some(FieldKey::Duration));
    } else if !(has(FieldKey::Start) && has(FieldKey::End)) {
        found.clear();
    }
    found
}

/// Where the time of day at `at` (`09:41`) ends.
fn time_end(text: &str, at: usize) -> usize {
    at + text[at..].find(':').unwrap_or(0) + 3
}

/// The `Start` and `End` fields of the times at `first` and `second`, labelled in the
/// text's language.
fn window_fields(text: &str, first: usize, second: usize, line: usize, russian: bool) -> [Field; 2] {
    let field = |key: FieldKey, label: &str, at: usize| Field {
        key: Some(key),
        label: label.to_owned(),
        value: text[at..time_end(text, at)].to_owned(),
        line,
    };
    let (start, end) = if russian {
        ("Начало влияния", "Конец влияния")
    } else {
        ("Impact start", "Impact end")
    };
    [field(FieldKey::Start, start, first), field(FieldKey::End, end, second)]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deliverable::measures::minutes_between;

    #[test]
    fn the_rows_that_mark_the_impact() {
        let text = "## Timeline (UTC)\n\n| Time | Event |\n|---|---|\n| 2026-09-02 08:51 | Rebalance starts |\n| 09:14 | Impact start: `SLOW_OPS` on 37 OSDs |\n| 09:20 | Alert fires |\n| 10:02 | Impact end: slow ops gone |\n";
        let [start, end] = impact_window(&Outline::read(text, 0)).unwrap();
        assert_eq!((start.value.as_str(), start.line, end.value.as_str(), end.line), ("09:14", 6, "10:02", 8));
        assert_eq!(minutes_between(&start.value, &end.value), Some(48));
        let google =
            "| Time | Event |\n|---|---|\n| 23:50 | **OUTAGE BEGINS** — search down |\n| 00:40 | OUTAGE ENDS |\n";
        let [start, end] = impact_window(&Outline::read(google, 0)).unwrap();
        assert_eq!(minutes_between(&start.value, &end.value), Some(50), "across midnight");
        let half = "| Time | Event |\n|---|---|\n| 09:14 | Impact start |\n";
        assert!(impact_window(&Outline::read(half, 0)).is_none(), "a start without an end is no window");
    }

    fn prose_minutes(text: &str) -> Option<(u32, usize)> {
        let [start, end] = impact_in_prose(&Outline::read(text, 0))?;
        Some((minutes_between(&start.value, &end.value)?, start.line))
    }

    #[test]
    fn the_window_an_impact_section_states() {
        let worded = "# X\n\n## Impact\n\n- Impact started at 13:52 UTC and full recovery was at 14:31 UTC.\n- Time to mitigate was 24 minutes.\n";
        assert_eq!(prose_minutes(worded), Some((39, 5)));
        let ranged = "## Impact\n\nTraffic was blackholed for 26 minutes (09:41–10:07 UTC).\nOther PoPs were fine.\n";
        assert_eq!(prose_minutes(ranged), Some((26, 3)));
        let russian = "## Влияние на пользователей\n\nСбой начался в 23:40 и закончился в 00:25 по Москве.\n";
        let [start, _] = impact_in_prose(&Outline::read(russian, 0)).unwrap();
        assert_eq!((prose_minutes(russian), start.label.as_str()), (Some((45, 3)), "Начало влияния"));
        let window =
            "## Impact window\n\n### Details\n\nImpact started at 09:14 UTC and ended at 11:02 UTC (1 h 48 min).\n";
        assert_eq!(prose_minutes(window), Some((108, 5)), "in a subsection of the Impact section");
        let saw = "## What you saw\n\nBetween 08:52 and 11:06 Eastern (2 hours 14 minutes), claims got no number.\n";
        assert_eq!(prose_minutes(saw), Some((134, 3)), "a summing-up section, a window between two times");
        let short = "## Коротко\n\nМежду 02:10 и 03:30 концентраторы не передавали показания.\n";
        assert_eq!(prose_minutes(short), Some((80, 3)));
        let tldr = "## TL;DR\nС 19:40 до 21:05 часть пользователей получала двойное списание. 37 человек.\n";
        assert_eq!(prose_minutes(tldr), Some((85, 2)));
        let act = "## 3. Обстоятельства\n\n- 01:30 — дислокация восстановлена из снимка на 23:25 и актуализирована\n  по журналу за 23:25–01:30.\n- 02:05 — возобновлена.\n\nТаким образом, нарушение продолжалось с 23:50 11.02.2026 до 02:05 12.02.2026.\n";
        assert_eq!(prose_minutes(act), Some((135, 7)), "an item's later line is no paragraph of its own");
    }

    #[test]
    fn a_window_its_length_in_brackets_confirms_anywhere() {
        let confirmed = |text: &str| {
            let [start, end] = confirmed_window(&Outline::read(text, 0))?;
            Some((minutes_between(&start.value, &end.value)?, start.line))
        };
        let a3 = "# A3\n\n## 2. Текущее состояние\n\n30 марта с 12:05 до 13:10 (65 минут) доля пополнений выросла.\n";
        assert_eq!(confirmed(a3), Some((65, 5)));
        let lead = "# X\n\n**Коротко.** 16.02.2026 с 17:40 до 20:10 (2,5 часа, вечерний пик) часть пассажиров\nполучила два списания.\n";
        assert_eq!(confirmed(lead), Some((150, 3)));
        let unconfirmed = "# X\n\n## Notes\n\nThe job ran from 10:00 to 11:00 (see the log).\n";
        assert_eq!(confirmed(unconfirmed), None, "no length to confirm the times");
        let other = "# X\n\n## Notes\n\nFrom 10:00 to 11:00 (5 minutes of it degraded).\n";
        assert_eq!(confirmed(other), None, "a length that does not agree");
        let row = "# OR-7\n\n| | |\n|---|---|\n| Date | 24 JAN 2026 |\n| Incorrect status shown to guests | 10:42–11:33 MST (51 min) |\n";
        assert_eq!(confirmed(row), Some((51, 6)), "a table row");
        let before = "# Разбор\n\n> Результаты не уходили в ЛИС 2 ч 35 мин — с 09:40 до 12:15\n";
        assert_eq!(confirmed(before).map(|(minutes, _)| minutes), Some(155), "the length right before");
        let bracketed = "# Разбор\n\nОшибочные результаты были видны 3 ч 10 мин (с 14:20 до 17:30).\n";
        assert_eq!(confirmed(bracketed).map(|(minutes, _)| minutes), Some(190));
        let dashed = "# Дерево\n\n- Печать этикеток не работала с 08:05 до 12:10 — 4 ч 05 мин\n";
        assert_eq!(confirmed(dashed).map(|(minutes, _)| minutes), Some(245), "the length after a dash");
        let shifts = "# Loss report\n\n| | |\n|---|---|\n| Shift | B (22:00–06:00) into shift A (06:00–14:00) |\n\n## Loss accounting\n\n| Item | Minutes |\n|---|---|\n| Planned production time | 480 |\n| **Downtime booked** | **172 min (06:18–09:10)** |\n";
        assert_eq!(
            confirmed(shifts).map(|(minutes, _)| minutes),
            Some(172),
            "two shifts of one length confirm nothing"
        );
        let wrong = "# X\n\nIt took 2 h — from 10:00 to 10:30.\n";
        assert_eq!(confirmed(wrong), None, "a length before that does not agree");
    }

    #[test]
    fn the_span_an_impact_sentence_opens_with() {
        let span = |text: &str| span_in_impact(&Outline::read(text, 0)).map(|field| (field.value, field.line));
        let english = "# X\n\n## Impact\n\nWebhooks were delayed for all customers.\nRoughly 3.5 hours of delayed webhooks, worst delay 52 minutes at 16:40 ET.\n";
        assert_eq!(span(english), Some(("3.5 hours".to_owned(), 5)));
        let russian = "# X\n\n## Влияние\n\n- Около 40 минут задержки платежей у всех клиентов.\n";
        assert_eq!(span(russian), Some(("40 минут".to_owned(), 5)));
        let lead = "# Incident 2026-04-02 — login outage\nSEV1. ~47 min of failed logins for all users (08:13–09:00 UTC). Author @priya\n## Summary\n\nx\n";
        assert_eq!(span(lead), Some(("47 min".to_owned(), 2)), "the lead under the title");
        let later = "# X\n\n## Timeline\n\n47 min of failed logins after the deploy.\n";
        assert_eq!(span(later), None, "a section that is not the impact");
        let detail = "# X\n\n## Impact\n\nAll customers saw delays; the worst was 52 minutes of waiting.\n";
        assert_eq!(span(detail), None, "a span inside the sentence is a detail");
        let elsewhere = "# X\n\n## Root cause\n\n3 hours of retries piled up.\n";
        assert_eq!(span(elsewhere), None, "only an Impact section states the span");
        let after = "# X\n\n## Impact\n\n3 hours after the deploy the queue filled.\n";
        assert_eq!(span(after), None, "a span before other words is no span of the impact");
        let window = "# X\n\n## Impact\n\n- 14:05 → 14:52 MSK: ~9% of requests got 502\n- mobile: login errors\n";
        assert_eq!(span(window), Some(("14:05 → 14:52".to_owned(), 5)), "the window an item opens with");
        let clause = "# X\n\n## Summary\n\nRollout halted at 13:50 MSK — **3h 45m** of impact for ~20% of users.\n";
        assert_eq!(span(clause), Some(("3h 45m".to_owned(), 5)), "a clause after a dash");
        let moments = "# X\n\n## Impact\n\n- 14:05 alert, 14:52 recovered, 15:10 all clear\n";
        assert_eq!(span(moments), None, "three times are a timeline, not a window");
    }

    #[test]
    fn two_sentences_are_two_moments_not_a_window() {
        let summary =
            "## Summary\n\nAll six lanes rejected every pass from 08:31. The lift opened to the public at 08:30.\n";
        assert_eq!(prose_minutes(summary), None);
    }

    #[test]
    fn times_that_are_not_the_window() {
        let timeline = "## Impact\n\n- 09:14–09:20 errors rising\n";
        assert_eq!(prose_minutes(timeline), None, "a line that opens with a time is a timeline entry");
        let elsewhere = "## Timeline\n\nStarted at 10:00, ended at 11:00.\n";
        assert_eq!(prose_minutes(elsewhere), None, "only the Impact section states the window");
        let unrelated = "## Impact\n\nThe 10:00 batch and the 11:00 batch were late.\n";
        assert_eq!(prose_minutes(unrelated), None, "two times without start and end words");
        let after = "## Impact\n\nNone.\n\n## Root cause\n\nStarted at 10:00 and ended at 11:00.\n";
        assert_eq!(prose_minutes(after), None, "the section ends at the next heading");
    }
}
