//! What an estimate document says about size: a three-point table (optimistic / most
//! likely / pessimistic, any of the usual names) gives the PERT expected value
//! `(O + 4M + P) / 6` and its σ; a single total («Итого: 35 чел.-дн.», a table's «Итого»
//! row) gives an expected value without a range; an actual («Факт: 40 чел.-дн.») gives the
//! accuracy. Units come from the table's header or the total's text.

use serde::Serialize;

use super::date::Date;
use super::lines::cells;
use super::measures::{is_total_label, number, opens_with_one_of, unit, Unit};
use super::outline::{Outline, Role};
use super::vocab::fold;

/// The size an estimate document states.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct Estimate {
    /// Expected effort: PERT over the three-point rows, or the written total.
    pub expected: Option<f64>,
    /// Σ optimistic … Σ pessimistic, with a three-point table.
    pub range: Option<(f64, f64)>,
    /// σ of the sum (√Σσᵢ²), with a three-point table.
    pub sigma: Option<f64>,
    /// What was actually spent, when written.
    pub actual: Option<f64>,
    /// The unit, when written.
    pub unit: Option<Unit>,
    /// 1-based line of the table or total the expectation comes from.
    pub line: usize,
}

impl Estimate {
    /// actual / expected, when both are known.
    pub fn accuracy(&self) -> Option<f64> {
        match (self.actual, self.expected) {
            (Some(actual), Some(expected)) if expected > 0.0 => Some(actual / expected),
            _ => None,
        }
    }

    /// Whether the actual landed within ±20% of the expectation.
    pub fn within_20_percent(&self) -> Option<bool> {
        self.accuracy().map(|ratio| (ratio - 1.0).abs() <= 0.2 + 1e-9)
    }
}

/// Reads the estimate of a normalised text; `None` when it states no size at all.
pub(crate) fn read(outline: &Outline<'_>) -> Option<Estimate> {
    let mut found = Found::default();
    let mut index = 0;
    // `## Total` over `**65 engineer-days** (52 estimated + 13 buffer)`: the section's first
    // figure is the author's final one.
    let mut under_total = false;
    while index < outline.len() {
        match outline.role(index) {
            Role::Heading(heading) => {
                let folded = fold(heading.text);
                let name = folded.trim_matches(|c: char| !c.is_alphanumeric());
                under_total = is_total_label(heading.text) || FINAL_LABELS.contains(&name);
                // `## Итого: 420 ч`: the total written as the heading itself.
                let written = heading.text.replace("**", "");
                let figure = written.split_once(':').filter(|(key, value)| {
                    is_total_label(key) && value.trim_start().starts_with(|c: char| c.is_ascii_digit())
                });
                if let Some((key, value)) = figure {
                    found.key_value(&fold(key), value, index + 1);
                    under_total = false;
                }
            }
            Role::Row { header: true, text } => {
                let end = outline.table_end(index);
                let mut rows: Vec<Vec<String>> = (index + 1..end)
                    .filter_map(|at| match outline.role(at) {
                        Role::Row { text, .. } => Some(cells(text)),
                        _ => None,
                    })
                    .collect();
                let mut header = cells(text);
                if let Some(second) = rows.first().and_then(|first| second_header_row(&header, first)) {
                    header = second;
                    rows.remove(0);
                }
                found.table(&header, &rows, index + 1);
                index = end;
                continue;
            }
            role @ (Role::Text | Role::Item(_)) => {
                // An item's own text: a paper's clause without its number (`3.1. Итого: …`).
                let written = match role {
                    Role::Item(item) => item.text,
                    _ => outline.content(index),
                };
                // (`==реалистичную оценку: 86 человеко-дней==`: Typora's and Obsidian's highlight.)
                let plain = written.trim().replace("**", "").replace("__", "").replace("==", "");
                if std::mem::take(&mut under_total) && plain.starts_with(|c: char| c.is_ascii_digit()) {
                    if let Some(value) = number(&plain).filter(|_| found.final_total.is_none()) {
                        // `211 часов (≈ 26 человеко-дней …)`: the unit beside the figure.
                        let figure = plain.split(['(', ',', ';']).next().unwrap_or(&plain);
                        found.final_total = Some((value, unit(figure), index + 1));
                    }
                }
                let plain = plain.trim_start_matches(['-', '*', '+', ' ']);
                found.commitment(plain, index + 1);
                // `… с 22:00 до 02:00`: a time of day's colon parts no key from its value.
                // `Оценка от 18.02.2026, planning poker (iOS: 2, Android: 2)`: a colon inside a
                // bracket, after a sentence's words, parts no key from its value either.
                let keyed = plain.split_once(':').filter(|(key, value)| {
                    let clock =
                        key.ends_with(|c: char| c.is_ascii_digit()) && value.starts_with(|c: char| c.is_ascii_digit());
                    let bracketed = key.matches('(').count() > key.matches(')').count();
                    !clock && !bracketed
                });
                match keyed {
                    // `Expected:: 11.5 engineer-weeks`: an outliner's attribute, two colons.
                    Some((key, value)) => {
                        found.key_value(&fold(key), value.strip_prefix(':').unwrap_or(value), index + 1)
                    }
                    None => found.total_phrase(plain, index + 1),
                }
            }
            _ => {}
        }
        index += 1;
    }
    found.estimate()
}

/// A header written over two rows, as Confluence exports a merged cell (`| Задача | Оценка,
/// чел.-дни | | | |` over `| | O | M | P | E |`): the second row's names, each under the
/// first row's words that span it. `None` when the first row is data (it has a figure) or
/// the header spans nothing.
fn second_header_row(header: &[String], first: &[String]) -> Option<Vec<String>> {
    let spans = header.iter().any(|cell| cell.trim().is_empty());
    let named = first.iter().filter(|cell| !cell.trim().is_empty()).count() >= 2;
    let no_figure = first.iter().all(|cell| number(cell).is_none());
    if !(spans && named && no_figure) {
        return None;
    }
    let mut spanning = String::new();
    let merged = (0..header.len().max(first.len()))
        .map(|column| {
            let plain = |cell: &String| cell.replace(['*', '_'], "").trim().to_owned();
            let over = header.get(column).map(plain).unwrap_or_default();
            if !over.is_empty() {
                spanning = over.clone();
            }
            let under = first.get(column).map(plain).unwrap_or_default();
            match (under.is_empty(), spanning.is_empty()) {
                (true, _) => over,
                (false, true) => under,
                (false, false) => format!("{under} ({spanning})"),
            }
        })
        .collect();
    Some(merged)
}

/// Labels of the author's final figure, folded.
const FINAL_LABELS: [&str; 25] = [
    "принимаем к планированию",
    "принимаем в план",
    "закладываем в план",
    "берем в план",
    "к планированию",
    "commit",
    // An AACE class estimate's single figure, beside its range.
    "point estimate",
    "agreed estimate",
    "plan",
    "согласованная оценка",
    "committed estimate",
    "committed",
    "final estimate",
    "final",
    "итоговая оценка",
    "финальная оценка",
    "оценка с резервом",
    // «**Итог: 64 чел.-дня**» under a three-point table: the figure taken, not its PERT.
    "итог",
    // "**Expected effort: 30 working days** for the team" over a table of story points.
    "expected effort",
    "ожидаемая трудоемкость",
    // «Планируем по «наиболее вероятно»: 42 чел.-дн.», "We plan against the most likely
    // figure: 14 engineer-weeks": the figure the plan takes.
    "планируем по",
    "планируем на",
    "we plan",
    // "**Planning figure: 39 SP** (≈ 3.5 sprints)": the figure the plan takes.
    "planning figure",
    // "🎯 **Bottom line:** plan for **14 engineer-weeks** (range 10–21)".
    "bottom line",
];

/// Labels of a line of text (not a table's row: `| оценка | 31% | 74% |` is a metric) that
/// states the estimate itself: "**Estimate: 280 h likely** (range 194–434 h)", «**Ожидаемая
/// оценка: 312 часов.** Её и берём в план», "**Most likely: 14.5 engineer-weeks.**".
const STATED_LABELS: [&str; 6] =
    ["ожидаемая оценка", "оценка", "estimate", "total estimate", "most likely", "наиболее вероятная оценка"];

/// `plan for **14 engineer-weeks**` → `**14 engineer-weeks**`: a figure after the words that
/// plan it («планируем 40 чел.-дн.»).
fn after_plan_words(value: &str) -> &str {
    const PLAN_WORDS: [&str; 5] = ["plan for ", "plan on ", "plan at ", "планируем ", "закладываем "];
    let trimmed = value.trim_start();
    PLAN_WORDS
        .iter()
        .find_map(|words| {
            let head = trimmed.get(..words.len())?;
            (head.to_lowercase() == *words).then(|| &trimmed[words.len()..])
        })
        .unwrap_or(value)
}

/// True for a label (folded) of the author's final figure: one of [`FINAL_LABELS`], alone or
/// before more words ("Agreed estimate (round 3)"), not a longer word ("planning").
fn is_final_label(label: &str) -> bool {
    opens_with_one_of(label, &FINAL_LABELS)
}

/// A label (folded) that names the expected total: «итого (ожидаемое)», "expected total",
/// "total expected", «ожидаемое значение», "expected (PERT)"; not "expected completion".
fn names_the_expected(label: &str) -> bool {
    let words: Vec<&str> = label.split(|c: char| !c.is_alphanumeric()).filter(|word| !word.is_empty()).collect();
    let expected = |word: &&str| word.starts_with("ожидаем") || *word == "expected";
    let total = |word: &&str| ["итого", "всего", "total", "sum", "значение", "итог", "pert", "value"].contains(word);
    match words.as_slice() {
        [only] => expected(only),
        [first, second] => expected(first) && total(second) || total(first) && expected(second),
        _ => false,
    }
}

/// `38–52`, `38 - 52`: a range at the start of `text`.
fn range(text: &str) -> Option<(f64, f64)> {
    let cleaned = text.replace(['*', '_'], "");
    let (low, high) = cleaned.trim().split_once(['–', '—', '-'])?;
    let low = number(low).filter(|_| low.trim().chars().all(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | ' ')))?;
    Some((low, number(high.trim_start())?))
}

/// The figure after «ожидаемое значение», «планируем по», "expected", "we commit to".
fn expected_in(text: &str) -> Option<f64> {
    let folded = text.to_lowercase();
    let at = ["ожидаем", "планируем", "expected", "commit", "берём", "закладываем"]
        .iter()
        .filter_map(|word| folded.find(word))
        .min()?;
    let after = folded.get(at..)?;
    let digits = after.find(|c: char| c.is_ascii_digit())?;
    number(&after[digits..])
}

/// What the text has stated so far: the first of each.
#[derive(Debug, Default)]
struct Found {
    /// A three-point table and its line.
    three_point: Option<(ThreePoint, usize)>,
    /// A total (a table's total row or `Итого: …`), its unit and line.
    total: Option<(f64, Option<Unit>, usize)>,
    /// The author's final figure (`Committed estimate: 15 engineer-weeks`, «Итоговая
    /// оценка: 108 чел.-дн.» after the table's sum and a reserve): it wins over sums.
    final_total: Option<(f64, Option<Unit>, usize)>,
    /// The figure the team commits to ("We commit to 100 engineer-days"): it wins over all
    /// but a total named as the expected one.
    committed: Option<(f64, Option<Unit>, usize)>,
    /// A total the text names as the expected one («Итого (ожидаемое): 47 чел.-дней», "Expected
    /// total: 46.5 engineer-days"): the expectation itself, whatever buffer is planned on top.
    named_expected: Option<(f64, Option<Unit>, usize)>,
    /// `Факт: …` / `Actual: …` and its unit.
    actual: Option<(f64, Option<Unit>)>,
    /// `Единицы: часы` / `Units: days`.
    stated_unit: Option<Unit>,
}

impl Found {
    /// A pipe table starting on 1-based `line`: a three-point table, or one with a total.
    fn table(&mut self, header: &[String], rows: &[Vec<String>], line: usize) {
        if self.three_point.is_none() {
            self.three_point = ThreePoint::read(header, rows).map(|table| (table, line));
        }
        if self.total.is_none() {
            self.total = table_total(header, rows).map(|(value, unit)| (value, unit, line));
        }
        // `| **Agreed estimate** | **96** |` under the rounds of a Delphi table.
        if self.final_total.is_none() {
            let row = rows.iter().find(|row| {
                row.iter().find(|cell| !cell.trim().is_empty()).is_some_and(|cell| is_final_label(&fold(cell)))
            });
            if let Some(value) = row.and_then(|row| row.iter().skip(1).rev().find_map(|cell| number(cell))) {
                self.final_total = Some((value, table_unit(header), line));
            }
        }
    }

    /// A `key: value` line (`key` folded): a total, the unit, or the actual.
    fn key_value(&mut self, key: &str, value: &str, line: usize) {
        let label = key.trim_matches(|c: char| !c.is_alphanumeric());
        // `Итого к согласованию: 84` after a table summed to 70 with a buffer between them:
        // a total written out below the table is the author's final figure.
        let after_a_table = self.three_point.is_some() || self.total.is_some_and(|(_, _, at)| at < line);
        // `оценка: 74%` is a share, not an effort.
        let share = value.split_whitespace().next().is_some_and(|figure| figure.contains('%'));
        let stated = opens_with_one_of(label, &STATED_LABELS) && !share;
        let is_final = is_final_label(label) || stated || after_a_table && is_total_label(key);
        // `Bottom line: plan for 14 engineer-weeks`: the figure after the words that plan it.
        let value = after_plan_words(value);
        if is_final {
            if let Some(amount) = number(value) {
                // `42 чел.-дн., при двух инженерах — 5 недель`: the unit beside the figure.
                let figure = value.split([';', '(']).next().unwrap_or(value);
                let figure = figure.split(", ").next().unwrap_or(figure);
                let unit = unit(figure).or_else(|| unit(value)).or_else(|| unit(key));
                self.final_total = Some((amount, unit, line));
            }
        }
        if self.total.is_none() && is_total_label(key) {
            // `Итого: 38–52 чел.-дн. Планируем по ожидаемому значению — 44 чел.-дн.`: a range
            // is no figure; the expected value it names is.
            let amount = match range(value) {
                Some(_) => expected_in(value),
                None => number(value),
            };
            if let Some(amount) = amount {
                self.total = Some((amount, unit(value).or_else(|| unit(key)), line));
            }
        }
        if self.named_expected.is_none() && names_the_expected(label) {
            let figure = value.split(['(', ';']).next().unwrap_or(value);
            if let Some(amount) = number(figure).filter(|_| Date::find(figure).is_none() && !figure.contains('%')) {
                self.named_expected = Some((amount, unit(figure).or_else(|| unit(key)), line));
            }
        }
        if self.stated_unit.is_none() && UNIT_KEYS.contains(&key) {
            self.stated_unit = unit(value);
        }
        let is_actual = key.starts_with("факт") || key == "actual" || key.starts_with("actual ") || key == "spent";
        if self.actual.is_none() && is_actual {
            if let Some(amount) = number(value) {
                self.actual = Some((amount, unit(value)));
            }
        }
    }

    /// `Итого ≈ 19 чел.-нед.`, `Total — 46 person-days`: a total written without a colon.
    /// "We commit to 100 engineer-days (P90, rounded)", «Закладываем в план 140 чел.-дн.»: the
    /// figure a team commits to, with its unit, is its final one.
    fn commitment(&mut self, line: &str, line_number: usize) {
        const COMMITS: [&str; 22] = [
            // "**We're quoting the likely figure: 312 hours**".
            "we're quoting ",
            "we are quoting ",
            // «Для плана берём реалистичную оценку — **46 чел.-дн.**»
            "для плана берем ",
            "для планирования берем ",
            "в плане берем ",
            // «**реалистично ~6 недель**» over «оптимистично 4», «пессимистично 9».
            "реалистично ",
            "realistically ",
            // "**We're committing to the likely total: 23 engineer-weeks.**"
            "we're committing to ",
            "we are committing to ",
            "committing to ",
            // «**В план берём 9 чел.-нед.**»
            "в план берем ",
            "берем в план ",
            "в план закладываем ",
            "we commit to ",
            "commit to ",
            "we commit ",
            "we plan with ",
            "we plan for ",
            "we plan at ",
            "закладываем в план ",
            "закладываем ",
            "коммитимся на ",
        ];
        if self.committed.is_some() {
            return;
        }
        let folded = fold(line);
        let Some(rest) = COMMITS.iter().find_map(|phrase| {
            let at = folded.find(phrase)?;
            let starts_word = folded[..at].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
            starts_word.then(|| &folded[at + phrase.len()..])
        }) else {
            return;
        };
        // «В план закладываем реалистичную оценку — 36 чел.-дней»: a few words naming the
        // figure may come first.
        let Some(digit) = rest.find(|c: char| c.is_ascii_digit()) else { return };
        let named = rest[..digit].trim().trim_end_matches(['~', '≈', '—', '–', '-', ':']).trim();
        if named.split_whitespace().count() > 3 {
            return;
        }
        let figure = &rest[digit..];
        // «закладываем буфер 20 % → 36 чел.-дней»: a share put on top, not the figure taken.
        let digits_end = figure.find(|c: char| !(c.is_ascii_digit() || matches!(c, ',' | '.'))).unwrap_or(figure.len());
        if figure[digits_end..].trim_start().starts_with('%') {
            return;
        }
        let figure = figure.split(['(', ',', ';']).next().unwrap_or(figure);
        // `86 человеко-дней. При трёх разработчиках это 6–7 недель`: the sentence of the figure.
        let figure = figure.split(". ").next().unwrap_or(figure);
        if let (Some(value), Some(unit)) = (number(figure), unit(figure)) {
            self.committed = Some((value, Some(unit), line_number));
        }
    }

    fn total_phrase(&mut self, line: &str, line_number: usize) {
        let Some(first_word) = line.split_whitespace().next() else { return };
        if !is_total_label(first_word) {
            return;
        }
        let rest = &line[first_word.len()..];
        // «Итого по реалистичной оценке — 312 часов»: words that say which figure, a dash, and
        // the figure; under a three-point table it is the author's final one.
        let named = rest.split_once(['—', '–']).filter(|(words, after)| {
            !words.contains(|c: char| c.is_ascii_digit())
                && !words.trim().is_empty()
                && number(after.trim_start()).is_some()
        });
        let rest = named.map_or(rest, |(_, after)| after);
        let rest = rest.trim_start_matches(|c: char| c.is_whitespace() || "≈~=—–-".contains(c));
        // `Итого **64 часа**, то есть примерно 2 недели…`: the unit the figure itself is in.
        let figure = rest.split([',', ';', '(']).next().unwrap_or(rest);
        let Some(amount) = number(figure) else { return };
        if named.is_some() && self.three_point.is_some() {
            self.final_total.get_or_insert((amount, unit(figure), line_number));
        } else if self.total.is_none() {
            self.total = Some((amount, unit(figure), line_number));
        }
    }

    /// The estimate: a three-point table wins over a total; an actual alone is kept too.
    fn estimate(self) -> Option<Estimate> {
        if let Some((value, unit, line)) = self.named_expected.or(self.committed).or(self.final_total) {
            let (range, sigma) =
                self.three_point.as_ref().map_or((None, None), |(table, _)| (Some(table.range), Some(table.sigma)));
            let unit =
                unit.or_else(|| self.three_point.as_ref().and_then(|(table, _)| table.unit)).or(self.stated_unit);
            let actual = self.actual.map(|(value, _)| value);
            return Some(Estimate { expected: Some(value), range, sigma, actual, unit, line });
        }
        let (expected, range, sigma, unit_found, line) = match (self.three_point, self.total) {
            (Some((table, line)), _) => (Some(table.expected), Some(table.range), Some(table.sigma), table.unit, line),
            (None, Some((value, unit, line))) => (Some(value), None, None, unit, line),
            (None, None) if self.actual.is_some() => (None, None, None, None, 0),
            (None, None) => return None,
        };
        let unit = unit_found.or(self.stated_unit).or_else(|| self.actual.and_then(|(_, unit)| unit));
        Some(Estimate { expected, range, sigma, actual: self.actual.map(|(value, _)| value), unit, line })
    }
}

/// Keys that name the unit the estimate is in.
const UNIT_KEYS: [&str; 8] =
    ["units", "unit", "единицы", "единица", "единицы измерения", "единица измерения", "в чем", "оценка в"];

/// A table's optimistic, likely and pessimistic columns, summed.
#[derive(Debug, Clone, PartialEq)]
struct ThreePoint {
    expected: f64,
    range: (f64, f64),
    sigma: f64,
    unit: Option<Unit>,
}

/// Headers of the optimistic column (folded).
const OPTIMISTIC: [&str; 15] = [
    "о",
    "o",
    "low",
    "opt",
    "optimistic",
    "оптимистично",
    "оптимистичная",
    "оптимистичный",
    "оптимистическая",
    "оптимист",
    "min",
    "мин",
    "минимум",
    "best case",
    "best",
];

/// Headers of the most likely column (folded).
const LIKELY: [&str; 25] = [
    // `Мин. | Реалист. | Макс.`: shortened.
    "реалист",
    "вероятн",
    "н",
    "в",
    "m",
    "expected",
    "ml",
    "most likely",
    "likely",
    "realistic",
    "реалистично",
    "реалистичная",
    "реалистичный",
    "наиболее вероятно",
    "вероятно",
    "вероятная",
    "ожидаемо",
    "норм",
    "nominal",
    "наиболее вероятная",
    "avg",
    "average",
    "mid",
    "среднее",
    "средняя",
];

/// Headers of the pessimistic column (folded).
const PESSIMISTIC: [&str; 14] = [
    "п",
    "p",
    "high",
    "pes",
    "pessimistic",
    "пессимистично",
    "пессимистичная",
    "пессимистичный",
    "пессимист",
    "max",
    "макс",
    "максимум",
    "worst case",
    "worst",
];

impl ThreePoint {
    /// A table with optimistic, likely and pessimistic columns: its rows summed (PERT), or
    /// its total row when it has one.
    fn read(header: &[String], rows: &[Vec<String>]) -> Option<Self> {
        let columns = (column(header, &OPTIMISTIC)?, column(header, &LIKELY)?, column(header, &PESSIMISTIC)?);
        let mut table = Self::sum(header, rows, columns)?;
        // `Low | Expected | High`: the middle column is the author's expected figure already.
        if column(header, &STATED_EXPECTED) == Some(columns.1) {
            table.expected = stated_expected(rows, columns.1)?;
        }
        Some(table)
    }

    /// The rows' (optimistic, likely, pessimistic) in `columns`, summed.
    fn sum(header: &[String], rows: &[Vec<String>], columns: (usize, usize, usize)) -> Option<Self> {
        let (mut o_sum, mut p_sum, mut expected, mut variance) = (0.0, 0.0, 0.0, 0.0);
        let mut counted = 0;
        for row in rows {
            let is_total = is_total_row(row);
            let value = |column: usize| row.get(column).and_then(|cell| number(cell));
            let (Some(o), Some(m), Some(p)) = (value(columns.0), value(columns.1), value(columns.2)) else { continue };
            if is_total {
                // A written total row is what the author summed: trust it over ours.
                return Some(Self {
                    expected: (o + 4.0 * m + p) / 6.0,
                    range: (o, p),
                    sigma: (p - o) / 6.0,
                    unit: table_unit(header),
                });
            }
            o_sum += o;
            p_sum += p;
            expected += (o + 4.0 * m + p) / 6.0;
            variance += ((p - o) / 6.0).powi(2);
            counted += 1;
        }
        (counted > 0).then(|| Self {
            expected,
            range: (o_sum, p_sum),
            sigma: variance.sqrt(),
            unit: table_unit(header),
        })
    }
}

/// The column whose header is one of `names` (folded; `O (дни)`, `Max, ч` count too).
/// The sum of an `Expected` column: its total row, or its rows added up.
fn stated_expected(rows: &[Vec<String>], column: usize) -> Option<f64> {
    let value = |row: &Vec<String>| row.get(column).and_then(|cell| number(cell));
    match rows.iter().rev().find(|row| is_total_row(row)) {
        Some(total) => value(total),
        None => rows.iter().filter_map(value).reduce(|sum, value| sum + value),
    }
}

/// A middle column that holds the expected figure itself rather than the most likely one.
const STATED_EXPECTED: [&str; 5] = ["expected", "ожидаемо", "ожидаемая", "ожидаемое", "ожидаемый"];

fn column(header: &[String], names: &[&str]) -> Option<usize> {
    header.iter().position(|cell| {
        let name = fold(cell);
        let name = name.trim_matches(|c: char| !c.is_alphanumeric());
        names.iter().any(|wanted| {
            name == *wanted
                || name.starts_with(&format!("{wanted} "))
                || name.starts_with(&format!("{wanted},"))
                || name.starts_with(&format!("{wanted}("))
        })
    })
}

fn table_unit(header: &[String]) -> Option<Unit> {
    header.iter().find_map(|cell| unit(cell))
}

/// Headers (folded, in part) of a column of notes, whose figures are asides.
const NOTE_COLUMNS: [&str; 8] = ["note", "comment", "примечан", "комментар", "remark", "замечан", "пояснен", "why"];

/// A table's total row: `| **Итого** | 80 |`, `| | Итого с буфером | 312 |` (after a
/// number column left empty).
fn is_total_row(row: &[String]) -> bool {
    row.iter().filter(|cell| !cell.trim().is_empty()).take(1).any(|cell| is_total_label(cell))
}

/// The last total row's figure (`Итого без буфера` 260, then `Итого с буфером` 312: the
/// figure with the buffer is the estimate), from the column that holds the estimate: one
/// headed as a total or an estimate (`Оценка, ч`) rather than what was spent (`Факт, ч`),
/// else the last column with a figure.
fn table_total(header: &[String], rows: &[Vec<String>]) -> Option<(f64, Option<Unit>)> {
    let total_row = rows.iter().rev().find(|row| is_total_row(row))?;
    let figures: Vec<(usize, f64)> =
        total_row.iter().enumerate().filter_map(|(column, cell)| Some((column, number(cell)?))).collect();
    let heading = |column: usize| header.get(column).map(|cell| fold(cell)).unwrap_or_default();
    let names = |column: usize, words: &[&str]| words.iter().any(|word| heading(column).contains(word));
    // `| **Total** | | **31.5** | ≈ 6.5 weeks for one engineer |`: what was spent and a
    // note's figure are not the estimate.
    let planned: Vec<&(usize, f64)> = figures
        .iter()
        .filter(|(column, _)| !names(*column, &["факт", "actual", "spent", "потрачено"]))
        .filter(|(column, _)| !names(*column, &NOTE_COLUMNS))
        .collect();
    let (column, value) = planned
        .iter()
        .find(|(column, _)| is_total_label(&heading(*column)))
        .or_else(|| {
            planned.iter().find(|(column, _)| names(*column, &["оценк", "estimate", "expected", "план", "plan"]))
        })
        .or_else(|| planned.last())
        .copied()
        .copied()?;
    let unit = unit(&heading(column)).or_else(|| header.iter().rev().find_map(|cell| unit(cell)));
    Some((value, unit))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Option<Estimate> {
        super::read(&Outline::read(text, 0))
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 0.05
    }

    #[test]
    fn a_class_estimate_s_point_estimate_beside_its_range() {
        let text = "## 6. Result\n\nBase 32.0 + contingency 3.7 = 35.7, rounded up.\n\n**Point estimate: 36 engineer-weeks.**\n\nRange 29–47 engineer-weeks.\n";
        let estimate = read(text).unwrap();
        assert_eq!((estimate.expected, estimate.unit), (Some(36.0), Some(Unit::Week)));
    }

    #[test]
    fn three_point_tables_give_pert_and_sigma() {
        let text = "## Разбивка, человеко-дни\n\n| № | Задача | O | M | P | E (PERT) |\n|---|---|---|---|---|---|\n| 1 | Каркас | 4 | 6 | 10 | 6,3 |\n| 2 | Модель | 6 | 9 | 15 | 9,5 |\n\n**Факт:** 17 чел.-дн.\n";
        let estimate = read(text).unwrap();
        assert!(close(estimate.expected.unwrap(), 6.33 + 9.5), "{estimate:?}");
        assert_eq!(estimate.range, Some((10.0, 25.0)));
        assert!(close(estimate.sigma.unwrap(), (1.0f64 + 2.25).sqrt()));
        assert_eq!((estimate.actual, estimate.unit, estimate.line), (Some(17.0), Some(Unit::Day), 3));
        assert_eq!(estimate.within_20_percent(), Some(true));
        let names = "| Задача | Оптимистично | Реалистично | Пессимистично |\n|---|---|---|---|\n| A | 1 | 2 | 3 |\n| **Итого** | 10 | 20 | 40 |\n";
        let estimate = read(names).unwrap();
        assert!(close(estimate.expected.unwrap(), (10.0 + 80.0 + 40.0) / 6.0), "a written total row wins");
        let english = "| Task | Min | Likely | Max (hours) |\n|---|---|---|---|\n| A | 2 | 4 | 12 |\n\nActual: 9 h\n";
        let estimate = read(english).unwrap();
        assert_eq!((estimate.unit, estimate.actual), (Some(Unit::Hour), Some(9.0)));
        assert_eq!(estimate.within_20_percent(), Some(false), "9 against 5 is 80% over");
        let average = "| Task | Min | Avg | Max |\n|---|---|---|---|\n| A | 10 | 16 | 26 |\n";
        assert!(close(read(average).unwrap().expected.unwrap(), (10.0 + 64.0 + 26.0) / 6.0), "Min/Avg/Max");
        let low_high = "| Workstream | Low | Expected | High |\n|---|---|---|---|\n| A | 5 | 7 | 10 |\n| B | 4 | 6 | 8 |\n| **Total** | **34** | **46** | **63** |\n";
        let estimate = read(low_high).unwrap();
        assert_eq!(
            (estimate.expected, estimate.range),
            (Some(46.0), Some((34.0, 63.0))),
            "an Expected column is the expectation"
        );
        let stated = "Units: weeks.\n\n| Task | O | M | P |\n|---|---|---|---|\n| A | 2 | 4 | 8 |\n";
        assert_eq!(read(stated).unwrap().unit, Some(Unit::Week), "a stated unit line");
        let russian = "**Единицы:** часы\n\n| Задача | O | M | P |\n|---|---|---|---|\n| A | 2 | 4 | 8 |\n";
        assert_eq!(read(russian).unwrap().unit, Some(Unit::Hour));
    }

    #[test]
    fn the_figure_a_team_commits_to() {
        let text = "**1. Parts** — O 8, M 12, P 22 → expected 13.0.\n\n- Sum of the most likely: 95 engineer-days.\n- Sum of expected values: **91.7 engineer-days**.\n\n**We commit to 100 engineer-days** (P90, rounded). About 8.5 calendar weeks.\n";
        let estimate = read(text).unwrap();
        assert_eq!((estimate.expected, estimate.unit), (Some(100.0), Some(Unit::Day)));
        let plan = "| Task | Days |\n|---|---|\n| **Total** | **59** |\n\nWe plan at that 70th percentile: 118.8 × 1.18 = 140.2.\n\n**We plan with 140 engineer-days** (two engineers).\n";
        assert_eq!(read(plan).unwrap().expected, Some(140.0));
        let keyed =
            "| Task | Days |\n|---|---|\n| **Total** | **80** |\n\n**Commit: 90 person-days** (округлили вверх).\n";
        assert_eq!(read(keyed).unwrap().expected, Some(90.0));
        let taken = "| # | Блок | O | M | P |\n|---|---|---:|---:|---:|\n| 1 | Модель | 1 | 1,5 | 2,5 |\n| | **Итого** | **5,5** | **9** | **14,5** |\n\n**В план берём 9 чел.-нед.** (реалистичная оценка).\n";
        assert_eq!((read(taken).unwrap().expected, read(taken).unwrap().unit), (Some(9.0), Some(Unit::Week)));
        let points = "::: tip Bottom line\n**Expected effort: 30 working days** for the team — 63 story points.\n:::\n\n| Epic | SP |\n|---|---:|\n| **Total** | **63** |\n";
        assert_eq!((read(points).unwrap().expected, read(points).unwrap().unit), (Some(30.0), Some(Unit::Day)));
        let named = "| # | Работа | Мин. | Реалист. | Макс. |\n|---|---|---:|---:|---:|\n| 1 | Каркас | 2 | 3 | 5 |\n| | **Итого** | **25** | **36** | **56** |\n\n**В план закладываем реалистичную оценку — 36 чел.-дней.** При двух разработчиках это месяц.\n";
        assert_eq!((read(named).unwrap().expected, read(named).unwrap().unit), (Some(36.0), Some(Unit::Day)));
        let hours = "| Работа | Оценка, ч |\n|----|----|\n| Стенд | 8 |\n| **Итого** | **64** |\n\nИтого **64 часа**, то есть примерно 2 недели. Переключение с 22:00 до 02:00.\n";
        assert_eq!(
            (read(hours).unwrap().expected, read(hours).unwrap().unit),
            (Some(64.0), Some(Unit::Hour)),
            "no key in a time"
        );
        let quoted = "| Work | Low | Likely | High |\n|---|---:|---:|---:|\n| A | 248 | 312 | 426 |\n\n**We're quoting the likely figure: 312 hours** (≈ 8 weeks).\n";
        assert_eq!((read(quoted).unwrap().expected, read(quoted).unwrap().unit), (Some(312.0), Some(Unit::Hour)));
        let promise = "Итого: 120 чел.-дн.\n\nМы не коммитим сроки до пилота: commit to the pilot first.\n";
        assert_eq!(read(promise).unwrap().expected, Some(120.0), "no figure after the word");
    }

    #[test]
    fn a_total_named_as_the_expected_one_beats_the_buffered_plan() {
        let share = "| Работа | O | M | P | E |\n|---|---:|---:|---:|---:|\n| A | 17 | 28 | 51 | 30,0 |\n\n**Ожидаемая трудоёмкость: 30 чел.-дней.** Для планирования закладываем буфер 20 % → 36 чел.-дней.\n";
        assert_eq!(read(share).unwrap().expected, Some(30.0), "a buffer's share is no figure");
        let buffered = "| Пакет | O | M | P | E |\n|---|---|---|---|---|\n| A | 30 | 45 | 70 | 46.7 |\n\n**Итого (ожидаемое): 47 чел.-дней.**\n\nС буфером на неизвестное (+20 %) закладываем в план ~56 чел.-дней.\n";
        assert_eq!((read(buffered).unwrap().expected, read(buffered).unwrap().unit), (Some(47.0), Some(Unit::Day)));
        let stated = "| # | Package | Expected |\n|---|---|---|\n| | **Total** | **46.0** |\n\n**Expected total: 46.5 engineer-days** (about 11 weeks).\n";
        assert_eq!((read(stated).unwrap().expected, read(stated).unwrap().unit), (Some(46.5), Some(Unit::Day)));
        let completion = "Итого: 120 чел.-дн.\n\nExpected completion: 12.03.2026\n";
        assert_eq!(read(completion).unwrap().expected, Some(120.0), "a day is no figure");
        assert!(!names_the_expected("expected completion"));
        assert!(names_the_expected("итого (ожидаемое)"));
    }

    #[test]
    fn the_figure_a_total_section_opens_with() {
        let text = "| Item | Size | Days |\n|---|---|---|\n| A | L | 12 |\n| B | XL | 40 |\n| **Sum** | | **52** |\n\n52 × 1.25 = 65.\n\n## Total\n\n**65 engineer-days** (52 estimated + 13 buffer). About 10 weeks.\n";
        assert_eq!(read(text).unwrap().expected, Some(65.0), "the total section's figure, not the sum");
        let prose =
            "| Item | Days |\n|---|---|\n| A | 5 |\n| **Total** | **5** |\n\n## Total\n\nWe think the table holds.\n";
        assert_eq!(read(prose).unwrap().expected, Some(5.0), "a total section without a figure changes nothing");
        let heading = "| № | Задача | Часы |\n|---|---|---|\n| 1 | API | 40 |\n| | Сумма по задачам | 365 |\n\n\
                       Резерв на риски — 15% (≈ 55 ч).\n\n## Итого: 420 ч\n\n## Не входит в оценку\n\n* Фронтенд.\n";
        let estimate = read(heading).unwrap();
        assert_eq!((estimate.expected, estimate.unit), (Some(420.0), Some(Unit::Hour)), "a total heading's figure");
        let hours = "## Итого\n\n**211 часов** (≈ 26 человеко-дней по 8 часов).\n";
        let estimate = read(hours).unwrap();
        assert_eq!((estimate.expected, estimate.unit), (Some(211.0), Some(Unit::Hour)), "the unit beside the figure");
        let cocomo = "| Module | KSLOC |\n|---|---|\n| Rules | 2.1 |\n| **Total size** | **4.2** |\n\nPM ≈ **12.3 person-months** (model output)\n\n**Final: 11.5 person-months.**\n";
        assert_eq!(read(cocomo).unwrap().expected, Some(11.5), "the final figure, not the size table's total");
        let delphi = "| # | Task | R3 agreed |\n|---|---|---|\n| 1 | PKI | 20 |\n| | **Round totals** | **79** |\n\n| Item | Days |\n|---|---|\n| Agreed tasks (round 3) | 79 |\n| Contingency | 17 |\n| **Agreed estimate** | **96** |\n";
        assert_eq!(read(delphi).unwrap().expected, Some(96.0), "the agreed row");
        let forecast = "| Percentile | Weeks |\n|---|---|\n| 50 % | 11 |\n| 85 % | 13 |\n\n**Plan: 13 weeks of the pricing squad (85th percentile).**\n";
        assert_eq!(read(forecast).unwrap().expected, Some(13.0));
        let planning = "Planning poker: 5 rounds.\n\n**Итого:** 35 чел.-дн.\n";
        assert_eq!(read(planning).unwrap().expected, Some(35.0), "«Planning» is no plan");
    }

    #[test]
    fn a_header_over_two_rows_and_a_column_of_notes() {
        let merged = "| **Задача** | **Оценка, чел.-дни** |  |  |  |\n|---|---|---|---|---|\n|  | **O** | **M** | **P** | **E** |\n| Схема | 2 | 3 | 4 | 3,0 |\n| API | 3 | 5 | 13 | 6,0 |\n| **Итого** | **5** | **8** | **17** | **9,0** |\n";
        let estimate = read(merged).unwrap();
        assert!(close(estimate.expected.unwrap(), 9.0), "{estimate:?}");
        assert_eq!((estimate.range, estimate.unit), (Some((5.0, 17.0)), Some(Unit::Day)));
        let noted = "| # | Task | Size | Days | Notes |\n|---|---|---|---:|---|\n| 1 | Audit | S | 1 | |\n| 2 | Nodes | XL | 10 | nights only |\n| | **Total** | | **11** | ≈ 2.5 weeks for one engineer |\n";
        assert_eq!(read(noted).unwrap().expected, Some(11.0), "the note's figure is an aside");
        let data = "| Task | Days | |\n|---|---|---|\n| Setup | 3 | |\n| **Total** | **3** | |\n";
        assert_eq!(read(data).unwrap().expected, Some(3.0), "a first row with a figure is data");
    }

    #[test]
    fn single_totals_and_total_rows() {
        let estimate = read("Оценка.\n\n**Итого:** 35 чел.-дн.\n").unwrap();
        assert_eq!((estimate.expected, estimate.range, estimate.unit), (Some(35.0), None, Some(Unit::Day)));
        let table = "| Домен | Схема | Итого, человеко-недель |\n|---|---|---|\n| Заказы | 2 | 6 |\n| **Итого** | | **31,5** |\n";
        let estimate = read(table).unwrap();
        assert_eq!((estimate.expected, estimate.unit), (Some(31.5), Some(Unit::Week)));
        assert_eq!(read("Просто текст без чисел.\n"), None);
        let buffered = "| № | Блок | Оценка, ч |\n|---|---|---|\n| 1 | Модель | 24 |\n| | **Итого без буфера** | **260** |\n| | Буфер на риски, 20% | 52 |\n| | **Итого с буфером** | **312** |\n";
        let estimate = read(buffered).unwrap();
        assert_eq!(
            (estimate.expected, estimate.unit),
            (Some(312.0), Some(Unit::Hour)),
            "the last total, with the buffer"
        );
        let spent = "| № | Задача | Оценка, ч | Факт, ч | Комментарий |\n|---|---|---|---|---|\n| 1 | A | 30 | 32 | |\n| | **Итого** | **80** | **82** | факт без п. 5 |\n";
        assert_eq!(read(spent).unwrap().expected, Some(80.0), "the estimate's column, not the actual's");
        let committed = "| Work package | Size | Estimate (ew) |\n|---|---|---|\n| A | M | 6 |\n| **Subtotal** | | **18** |\n| Contingency (25%) | | 4.5 |\n| **Committed estimate** | | **22.5** |\n";
        assert_eq!(read(committed).unwrap().expected, Some(22.5), "the committed figure");
        let reserve = "| Задача | iOS | Итого |\n|---|---|---|\n| A | 30 | 94 |\n| **Итого** | **30** | **94** |\n\nРезерв на риски — 15 %.\n\n**Итоговая оценка: 108 чел.-дн.**\n";
        assert_eq!(read(reserve).unwrap().expected, Some(108.0), "the final figure after the reserve");
        let agreed = "| Блок | Итого |\n|---|---|\n| A | 70 |\n| **Сумма** | **70** |\n\nБуфер 20 %.\n\n**Итого к согласованию: 84 чел.-дн.**\n";
        assert_eq!(read(agreed).unwrap().expected, Some(84.0), "a total written out below the table");
        let pert = "| Task | O | M | P |\n|---|---|---|---|\n| A | 2 | 4 | 8 |\n\n> **Committed estimate: 15 engineer-weeks** (two engineers)\n";
        let estimate = read(pert).unwrap();
        assert_eq!(
            (estimate.expected, estimate.range, estimate.unit),
            (Some(15.0), Some((2.0, 8.0)), Some(Unit::Week))
        );
        let likely = "| Work | Best | Likely | Worst |\n|---|---|---|---|\n| A | 9.5 | 14.5 | 26 |\n\n**Most likely: 14.5 engineer-weeks.** With two engineers.\n";
        assert_eq!(read(likely).unwrap().expected, Some(14.5));
        let named = "| Задача | О | Р | П |\n|---|---|---|---|\n| A | 224 | 312 | 480 |\n\n**Итого по реалистичной оценке — 312 часов** (≈ 2 месяца).\n";
        assert_eq!(read(named).unwrap().expected, Some(312.0), "the figure the total names");
        let metric = "| Показатель | Сейчас | Цель |\n|---|---|---|\n| оценка | 31% | 74% |\n";
        assert_eq!(read(metric), None, "a metric's row named «оценка» is no estimate");
        let stated = "| Work item | Low | Likely | High |\n|---|---|---|---|\n| A | 194 | 280 | 434 |\n\n**Estimate: 280 h likely** (range 194–434 h). Two people at ~50% allocation.\n";
        assert_eq!(read(stated).unwrap().expected, Some(280.0), "the figure stated as the estimate, not its PERT");
        let phrase = read("- Запуск: 1 чел.-нед.\n\n**Итого ≈ 19 чел.-нед.** (около 10 календарных недель)\n").unwrap();
        assert_eq!((phrase.expected, phrase.unit), (Some(19.0), Some(Unit::Week)), "a total without a colon");
        assert_eq!(read("Итоговая оценка будет позже, 5 команд.\n"), None);
        let ranged = read("**Итого: 38–52 чел.-дн.** Планируем по ожидаемому значению — 44 чел.-дн.\n").unwrap();
        assert_eq!((ranged.expected, ranged.unit), (Some(44.0), Some(Unit::Day)), "a range names its expected value");
        assert_eq!(read("Итого: 38–52 чел.-дн.\n").map(|e| e.expected), None, "a range alone is no figure");
        let roam = read("- Total\n    - Expected:: 11.5 engineer-weeks (11.58 summed)\n    - Range:: 7.5 – 18 weeks\n")
            .unwrap();
        assert_eq!((roam.expected, roam.unit), (Some(11.5), Some(Unit::Week)), "an outliner's attribute");
        let clause = read("## 3. ИТОГО\n\n- 3.1. Итого (наиболее вероятная оценка): 312 чел.-ч.\n- 3.2. Оптимистичная — 260 чел.-ч.\n").unwrap();
        assert_eq!((clause.expected, clause.unit), (Some(312.0), Some(Unit::Hour)), "a paper's numbered clause");
        let three = "| Работа | O | M | P |\n|---|---|---|---|\n| A | 20 | 30 | 60 |\n| **Итого** | **26** | **42** | **67** |\n\n- Планируем по «наиболее вероятно»: **42 чел.-дн.**, при двух инженерах — 5 недель.\n";
        assert_eq!(
            read(three).map(|e| (e.expected, e.unit)),
            Some((Some(42.0), Some(Unit::Day))),
            "the figure planned by"
        );
        let taken = "| Работа | O | M | P |\n|---|---|---|---|\n| **Итого** | **38** | **46** | **61** |\n\nДля плана берём реалистичную оценку — **46 чел.-дн.** Пессимистичный вариант — если …\n";
        let found = read(taken).expect("an estimate");
        assert_eq!((found.expected, found.unit), (Some(46.0), Some(super::Unit::Day)));
        let notes =
            "- интеграция — 2 нед\n- мобилки — 1,5 нед\n\n**реалистично ~6 недель**\nоптимистично 4\nпессимистично 9\n";
        let found = read(notes).expect("an estimate");
        assert_eq!((found.expected, found.unit), (Some(6.0), Some(super::Unit::Week)));
        let committing = "| # | Work | Low | Likely | High |\n|---|---|---:|---:|---:|\n| 1 | A | 2 | 3 | 5 |\n| | **Total** | **14** | **23** | **38** |\n\n**We're committing to the likely total: 23 engineer-weeks.** With three engineers.\n";
        let found = read(committing).expect("an estimate");
        assert_eq!((found.expected, found.unit), (Some(23.0), Some(super::Unit::Week)));
        let highlighted = "| Пакет | O | M | P |\n|---|---|---|---|\n| | **Итого** | **58** | **86** | **131** |\n\nДля планирования берём ==реалистичную оценку: 86 человеко-дней==. При трёх разработчиках это 6–7 недель.\n";
        let highlighted = read(highlighted).unwrap();
        assert_eq!((highlighted.expected, highlighted.unit), (Some(86.0), Some(Unit::Day)), "a highlighted figure");
        let bottom_line = "> 🎯 **Bottom line:** plan for **14 engineer-weeks** (range 10–21).\n\n| Work item | Low | Likely | High |\n|---|---:|---:|---:|\n| A | 2 | 3 | 5 |\n| **Total** | **10** | **14** | **21** |\n";
        let bottom_line = read(bottom_line).unwrap();
        assert_eq!(
            (bottom_line.expected, bottom_line.unit),
            (Some(14.0), Some(Unit::Week)),
            "the figure the page leads with"
        );
        let english = "| Item | O | M | P |\n|---|---|---|---|\n| **Total** | **10** | **14** | **22** |\n\nWe plan against the most likely figure: **14 engineer-weeks**, i.e. 7 weeks.\n";
        assert_eq!(read(english).map(|e| (e.expected, e.unit)), Some((Some(14.0), Some(Unit::Week))));
        let points = "## Оценка (груминг 12.02.2026)\n\nШкала — story points.\n\n| Story | Что делаем | SP |\n|---|---|---|\n| PLAT-1208 | Аудит | 5 |\n| PLAT-1212 | Репликация | 13 |\n\n*Итого: 55 SP.* При текущей скорости — три спринта.\n";
        assert_eq!(
            read(points).map(|e| (e.expected, e.unit)),
            Some((Some(55.0), Some(Unit::Point))),
            "a team's points"
        );
        let only_actual = read("Факт: 12 дней\n").unwrap();
        assert_eq!(
            (only_actual.expected, only_actual.actual, only_actual.within_20_percent()),
            (None, Some(12.0), None)
        );
    }

    #[test]
    fn cyrillic_three_point_letters_and_the_figure_taken_into_the_plan() {
        let table = "| № | Работа | О | Н | П |\n|---|---|---|---|---|\n| 1 | Сервис | 12 | 18 | 30 |\n| 2 | Загрузка | 8 | 12 | 20 |\n";
        let pert = read(table).unwrap();
        assert!(close(pert.expected.unwrap(), (12.0 + 72.0 + 30.0 + 8.0 + 48.0 + 20.0) / 6.0), "{pert:?}");
        let planned = format!("{table}| | **Итого** | **20** | **30** | **50** |\n\n**Принимаем к планированию: 31 чел.-дн.** (наиболее вероятная).\n");
        assert!(close(read(&planned).unwrap().expected.unwrap(), 31.0));
        let summed = format!(
            "{table}| | **Итого** | **20** | **30** | **50** |\n\n**Итог: 30 чел.-дней** (берём реалистичную).\n"
        );
        let summed = read(&summed).unwrap();
        assert_eq!((summed.expected, summed.range), (Some(30.0), Some((20.0, 50.0))), "{summed:?}");
    }
}
