//! Calendar dates as deliverables write them: ISO, `10.02.2026`, `10/02/2026`,
//! `10 февраля 2026`, `February 10, 2026`.

use std::fmt;

use serde::{Serialize, Serializer};

/// A calendar date without time zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Year, e.g. 2026.
    pub year: u16,
    /// Month, 1–12.
    pub month: u8,
    /// Day of month, 1–31 (validated against the month).
    pub day: u8,
}

impl Date {
    /// A validated date.
    pub fn new(year: u16, month: u8, day: u8) -> Option<Self> {
        let valid = (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month) && year >= 1000;
        valid.then_some(Self { year, month, day })
    }

    /// Finds the first date in `text`, in any supported form.
    pub fn find(text: &str) -> Option<Date> {
        let tokens = tokenize(text);
        (0..tokens.len()).find_map(|start| parse_at(&tokens[start..]).or_else(|| short_year_at(&tokens, start)))
    }

    /// The date `text` is and nothing besides: `11 March 2025`, `2026-03-04`, «4 марта 2026
    /// г.», `_11 March 2025_` (emphasis and end punctuation aside). `None` when other words or
    /// numbers go with it ("Updated 11 March 2025", `11 March 2025 14:00`).
    pub fn alone(text: &str) -> Option<Date> {
        let tokens = tokenize(text.trim().trim_matches(['*', '_', '.', ' ', '«', '»', '"']));
        let mut month_words = 0;
        let mut numbers = 0;
        for token in &tokens {
            match token {
                Token::Word(word) if month_from_word(word).is_some() => month_words += 1,
                Token::Word(word) if matches!(word.as_str(), "г" | "года" | "год") => {}
                Token::Sep('.' | '-' | '/' | ',') => {}
                Token::Number(_) => numbers += 1,
                _ => return None,
            }
        }
        // A day, a month and a year: three numbers, or two and the month's name.
        // `17.03.26`: a two-figure year too, as [`Date::find`] reads one.
        (month_words <= 1 && numbers + month_words == 3)
            .then(|| parse_at(&tokens).or_else(|| short_year_at(&tokens, 0)))
            .flatten()
    }

    /// A date as [`Date::find`] reads it, or a day and month written without a year
    /// (`до 14.02`, «14 февраля», "Feb 14") in the first year that puts it on or after
    /// `reference` (a follow-up's due date after the incident it follows).
    pub fn find_on_or_after(text: &str, reference: Date) -> Option<Date> {
        if let Some(date) = Date::find(text) {
            return Some(date);
        }
        let (month, day) = day_and_month(text)?;
        // Day 0: «до конца марта», "by end of March": the month's last day.
        let on = |year: u16| match day {
            0 => (28..=31).rev().find_map(|last| Date::new(year, month, last)),
            day => Date::new(year, month, day),
        };
        match on(reference.year) {
            Some(date) if date >= reference => Some(date),
            _ => on(reference.year.checked_add(1)?),
        }
    }

    /// A day and month written without a year (`Разбор инцидента 14.03`, «7 октября») in the
    /// year that puts it on or before `reference` and at most `days` before it (an incident a
    /// review written on `reference` names); a date with its year as [`Date::find`] reads it.
    pub fn find_on_or_before(text: &str, reference: Date, days: i64) -> Option<Date> {
        if let Some(date) = Date::find(text) {
            return Some(date);
        }
        let (month, day) = day_and_month(text)?;
        let date = match Date::new(reference.year, month, day) {
            Some(date) if date <= reference => date,
            _ => Date::new(reference.year.checked_sub(1)?, month, day)?,
        };
        (reference.days_after(date) <= days).then_some(date)
    }

    /// True when `text` holds a date, or a day and month written without a year ("Dec 12",
    /// «14 февраля»), which [`Date::find_on_or_after`] reads.
    pub fn names_a_day(text: &str) -> bool {
        Date::find(text).is_some() || day_and_month(text).is_some()
    }

    /// True when `word` names a day of the week («пт», «вторник», "Fri", "Monday"), as
    /// written before a date («пт, 30 янв.», "Fri, Jan 23").
    pub fn is_weekday(word: &str) -> bool {
        const SHORT: [&str; 20] = [
            "пн", "вт", "ср", "чт", "пт", "сб", "вс", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri",
            "sat", "sun", "пон", "пят", "суб",
        ];
        const FULL: [&str; 14] = [
            "понедельник",
            "вторник",
            "среда",
            "четверг",
            "пятница",
            "суббота",
            "воскресенье",
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
        ];
        let word = word.trim_end_matches('.').to_lowercase();
        SHORT.contains(&word.as_str()) || FULL.contains(&word.as_str())
    }

    /// Days since 1970-01-01, for ages and sorting.
    pub fn days_since_epoch(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let (y, m, d) = (i64::from(self.year), i64::from(self.month), i64::from(self.day));
        let y = if m <= 2 { y - 1 } else { y };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` after 1970-01-01 (Howard Hinnant's civil_from_days); `None` outside
    /// the years 1000–9999 that [`Date::new`] accepts.
    pub fn from_days_since_epoch(days: i64) -> Option<Date> {
        // Outside ±3,000,000 days the year is out of range anyway; this keeps the
        // arithmetic below far from overflow.
        if !(-3_000_000..=3_000_000).contains(&days) {
            return None;
        }
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = u8::try_from(doy - (153 * mp + 2) / 5 + 1).ok()?;
        let month = u8::try_from(if mp < 10 { mp + 3 } else { mp - 9 }).ok()?;
        let year = yoe + era * 400 + i64::from(month <= 2);
        let year = u16::try_from(year).ok().filter(|year| *year <= 9999)?;
        Date::new(year, month, day)
    }

    /// Whole days from `earlier` to `self` (negative when `earlier` is later).
    pub fn days_after(self, earlier: Date) -> i64 {
        self.days_since_epoch() - earlier.days_since_epoch()
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// Reads back what [`Serialize`] writes: `YYYY-MM-DD`.
impl<'de> serde::Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        let mut parts = text.splitn(3, '-').map(str::parse::<u32>);
        let mut next = || parts.next().and_then(Result::ok);
        let (year, month, day) = (next(), next(), next());
        year.zip(month)
            .zip(day)
            .and_then(|((year, month), day)| {
                Date::new(u16::try_from(year).ok()?, u8::try_from(month).ok()?, u8::try_from(day).ok()?)
            })
            .ok_or_else(|| serde::de::Error::custom(format!("not a YYYY-MM-DD date: {text}")))
    }
}

/// A calendar quarter (`2026-Q3`): ordered by year, then number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Quarter {
    /// Year, e.g. 2026.
    pub year: u16,
    /// 1–4.
    pub number: u8,
}

impl Quarter {
    /// A validated quarter.
    pub fn new(year: u16, number: u8) -> Option<Quarter> {
        ((1..=4).contains(&number) && year >= 1000).then_some(Quarter { year, number })
    }

    /// The quarter `date` falls in.
    pub fn of(date: Date) -> Quarter {
        Quarter { year: date.year, number: (date.month - 1) / 3 + 1 }
    }

    /// Its last day.
    pub fn last_day(self) -> Date {
        let month = self.number * 3;
        Date { year: self.year, month, day: days_in_month(self.year, month) }
    }

    /// Reads `2026-Q3` back (what [`fmt::Display`] writes).
    pub fn from_id(text: &str) -> Option<Quarter> {
        let (year, number) = text.split_once("-Q")?;
        Quarter::new(year.parse().ok()?, number.parse().ok()?)
    }
}

impl fmt::Display for Quarter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-Q{}", self.year, self.number)
    }
}

impl Serialize for Quarter {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// Reads back what [`Serialize`] writes: `YYYY-Qn`.
impl<'de> serde::Deserialize<'de> for Quarter {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        Quarter::from_id(&text).ok_or_else(|| serde::de::Error::custom(format!("not a YYYY-Qn quarter: {text}")))
    }
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

#[derive(Debug, PartialEq)]
enum Token<'t> {
    Number(&'t str),
    Word(String),
    Sep(char),
}

fn tokenize(text: &str) -> Vec<Token<'_>> {
    let mut tokens = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((start, ch)) = chars.next() {
        if ch.is_ascii_digit() {
            let mut end = start + 1;
            while let Some(&(i, c)) = chars.peek() {
                if !c.is_ascii_digit() {
                    break;
                }
                end = i + c.len_utf8();
                chars.next();
            }
            tokens.push(Token::Number(&text[start..end]));
            // `Mar 4th, 2026` (Logseq's journal names): an ordinal's suffix is no word.
            let suffix = text[end..].get(..2).filter(|two| ["st", "nd", "rd", "th"].contains(two));
            let alone = text[end..].chars().nth(2).is_none_or(|c| !c.is_alphabetic());
            if suffix.is_some() && alone && end - start <= 2 {
                chars.next();
                chars.next();
            }
        } else if ch.is_alphabetic() {
            let mut word: String = ch.to_lowercase().collect();
            while let Some(&(_, c)) = chars.peek() {
                if !c.is_alphabetic() {
                    break;
                }
                word.extend(c.to_lowercase());
                chars.next();
            }
            tokens.push(Token::Word(word.replace('ё', "е")));
        } else if ch == '«' && text[start + ch.len_utf8()..].trim_start().starts_with(|c: char| c.is_ascii_digit())
            || ch == '»' && text[..start].trim_end().ends_with(|c: char| c.is_ascii_digit())
        {
            // «20» марта 2025 г., « 12 » марта 2026 г.: the day in quotes, as an official paper
            // writes it.
        } else if !ch.is_whitespace() {
            tokens.push(Token::Sep(ch));
        }
    }
    tokens
}

fn parse_at(tokens: &[Token<'_>]) -> Option<Date> {
    let number = |i: usize, len: std::ops::RangeInclusive<usize>| match tokens.get(i) {
        Some(Token::Number(n)) if len.contains(&n.len()) => n.parse::<u16>().ok(),
        _ => None,
    };
    let sep = |i: usize, set: &[char]| matches!(tokens.get(i), Some(Token::Sep(c)) if set.contains(c));
    let month_word = |i: usize| match tokens.get(i) {
        Some(Token::Word(word)) => month_from_word(word),
        _ => None,
    };
    let small = |n: u16| u8::try_from(n).ok();
    // 2026-02-10
    if let (Some(y), true, Some(m), true, Some(d)) =
        (number(0, 4..=4), sep(1, &['-']), number(2, 1..=2), sep(3, &['-']), number(4, 1..=2))
    {
        return Date::new(y, small(m)?, small(d)?);
    }
    // 2026/02/10, 2026.02.10: a year first is never a day; written in full, unlike a
    // version (`2024.1.2`).
    if let (Some(y), true, Some(m), true, Some(d)) =
        (number(0, 4..=4), sep(1, &['/', '.']), number(2, 2..=2), sep(3, &['/', '.']), number(4, 2..=2))
    {
        return Date::new(y, small(m)?, small(d)?);
    }
    // 10.02.2026 and 10/02/2026 (day first, as written in Russia); `3/24/2026` with slashes,
    // whose second number cannot be a month, is an American month first.
    if let (Some(d), true, Some(m), true, Some(y)) =
        (number(0, 1..=2), sep(1, &['.', '/']), number(2, 1..=2), sep(3, &['.', '/']), number(4, 4..=4))
    {
        if m > 12 && d <= 12 && sep(1, &['/']) {
            return Date::new(y, small(d)?, small(m)?);
        }
        return Date::new(y, small(m)?, small(d)?);
    }
    // 20-03-2026 (a notes app's export stamp): day first, as above; `03-24-2026`, whose
    // second number cannot be a month, month first.
    if let (Some(d), true, Some(m), true, Some(y)) =
        (number(0, 2..=2), sep(1, &['-']), number(2, 2..=2), sep(3, &['-']), number(4, 4..=4))
    {
        if m > 12 && d <= 12 {
            return Date::new(y, small(d)?, small(m)?);
        }
        return Date::new(y, small(m)?, small(d)?);
    }
    // 10 февраля 2026, 10 February 2026
    if let (Some(d), Some(m), Some(y)) = (number(0, 1..=2), month_word(1), number(2, 4..=4)) {
        return Date::new(y, m, small(d)?);
    }
    // 15 апр. 2026, 10 Feb. 2026: a short month with its dot.
    if let (Some(d), Some(m), true, Some(y)) = (number(0, 1..=2), month_word(1), sep(2, &['.']), number(3, 4..=4)) {
        return Date::new(y, m, small(d)?);
    }
    // 10-Feb-2026, as a register exports it
    if let (Some(d), true, Some(m), true, Some(y)) =
        (number(0, 1..=2), sep(1, &['-']), month_word(2), sep(3, &['-']), number(4, 4..=4))
    {
        return Date::new(y, m, small(d)?);
    }
    // February 10, 2026
    if let (Some(m), Some(d)) = (month_word(0), number(1, 1..=2)) {
        let year_at = if sep(2, &[',']) { 3 } else { 2 };
        if let Some(y) = number(year_at, 4..=4) {
            return Date::new(y, m, small(d)?);
        }
        // `Mar 11 14:02:10 2025` (git's and ctime's): the time of day between the day and the
        // year.
        let timed = number(2, 2..=2).is_some()
            && sep(3, &[':'])
            && number(4, 2..=2).is_some()
            && sep(5, &[':'])
            && number(6, 2..=2).is_some();
        return if timed { Date::new(number(7, 4..=4)?, m, small(d)?) } else { None };
    }
    None
}

/// `04.03.26` at `start`: day, month and a year of this century, each in two figures and
/// joined by dots, as Russian paperwork shortens a date. Not when more numbers go on around
/// it (an address `10.11.12.13`, a version `1.10.11.12` or `v10.11.12`).
fn short_year_at(tokens: &[Token<'_>], start: usize) -> Option<Date> {
    let two = |i: usize| match tokens.get(i) {
        Some(Token::Number(n)) if n.len() == 2 => n.parse::<u8>().ok(),
        _ => None,
    };
    // Jira's `16/Jan/26`: a day, a month's name and a two-digit year between slashes.
    let slash = |i: usize| matches!(tokens.get(i), Some(Token::Sep('/')));
    let day = match tokens.get(start) {
        Some(Token::Number(n)) if (1..=2).contains(&n.len()) => n.parse::<u8>().ok(),
        _ => None,
    };
    let month_named = |i: usize| match tokens.get(i) {
        Some(Token::Word(word)) => month_from_word(word),
        _ => None,
    };
    let named = month_named(start + 2);
    if let (Some(day), Some(month), true, true, Some(year)) =
        (day, named, slash(start + 1), slash(start + 3), two(start + 4))
    {
        return Date::new(2000 + u16::from(year), month, day);
    }
    // «набросал 1 апр 26»: a day, a month's short name and a two-digit year of this century's
    // twenties or thirties (not «5 мая 10 человек»).
    let spaced_year = two(start + 2).filter(|year| {
        (20..40).contains(year)
            && tokens.get(start + 3).is_none_or(|t| !matches!(t, Token::Number(_) | Token::Sep(':')))
    });
    if let (Some(day), Some(month), Some(year)) = (day, month_named(start + 1), spaced_year) {
        return Date::new(2000 + u16::from(year), month, day);
    }
    let dot = |i: usize| matches!(tokens.get(i), Some(Token::Sep('.')));
    let versioned = start > 0
        && match &tokens[start - 1] {
            Token::Sep(c) => matches!(c, '.' | '-' | '/'),
            Token::Word(word) => matches!(word.as_str(), "v" | "version" | "версия" | "ver"),
            Token::Number(_) => true,
        };
    // ClickUp's and Excel's `4/30/26`: a month first, as the second number cannot be one
    // (an ambiguous `4/5/26` is not read).
    let short = |i: usize| match tokens.get(i) {
        Some(Token::Number(n)) if (1..=2).contains(&n.len()) => n.parse::<u8>().ok(),
        _ => None,
    };
    if let (Some(month), true, Some(day), true, Some(year)) =
        (short(start), slash(start + 1), short(start + 2), slash(start + 3), two(start + 4))
    {
        let goes_on = matches!(tokens.get(start + 5), Some(Token::Sep('/' | '.')) | Some(Token::Number(_)));
        if day > 12 && month <= 12 && !versioned && !goes_on {
            return Date::new(2000 + u16::from(year), month, day);
        }
    }
    let (day, month, year) = (two(start)?, two(start + 2)?, two(start + 4)?);
    // `12.03.25`, and `20/04/26` as a day first (as the dotted form is).
    if !(dot(start + 1) && dot(start + 3) || slash(start + 1) && slash(start + 3)) {
        return None;
    }
    let goes_on = dot(start + 5) && matches!(tokens.get(start + 6), Some(Token::Number(_)));
    if versioned || goes_on {
        return None;
    }
    Date::new(2000 + u16::from(year), month, day)
}

/// The first day and month in `text` written without a year, as [`day_and_month_at`] reads
/// one: (month, day).
fn day_and_month(text: &str) -> Option<(u8, u8)> {
    let tokens = tokenize(text);
    (0..tokens.len()).find_map(|start| day_and_month_at(&tokens, start))
}

/// `14.02` (not part of `14.02.2026` or a version `3.7.1`), `14 февраля`, `Feb 14` at
/// `start`, without a year after it: (month, day); «конца марта», "end of March": (month, 0),
/// the month's last day.
fn day_and_month_at(tokens: &[Token<'_>], start: usize) -> Option<(u8, u8)> {
    let number = |i: usize| match tokens.get(i) {
        Some(Token::Number(n)) if (1..=2).contains(&n.len()) => n.parse::<u8>().ok(),
        _ => None,
    };
    let is_sep = |i: usize, set: &[char]| matches!(tokens.get(i), Some(Token::Sep(c)) if set.contains(c));
    let is_number = |i: usize| matches!(tokens.get(i), Some(Token::Number(_)));
    let month_word = |i: usize| match tokens.get(i) {
        Some(Token::Word(word)) => month_from_word(word),
        _ => None,
    };
    let word = |i: usize| match tokens.get(i) {
        Some(Token::Word(word)) => Some(word.as_str()),
        _ => None,
    };
    let month_end = match word(start) {
        Some("конца" | "конец" | "концу") => month_word(start + 1),
        Some("end") if word(start + 1) == Some("of") => month_word(start + 2),
        _ => None,
    };
    if let Some(month) = month_end {
        return Some((month, 0));
    }
    let after_separator = start > 0 && is_sep(start - 1, &['.', '/', ':']) && start >= 2 && is_number(start - 2);
    if after_separator {
        return None;
    }
    if let (Some(day), true, Some(month)) = (number(start), is_sep(start + 1, &['.', '/']), number(start + 2)) {
        let goes_on = is_sep(start + 3, &['.', '/', ':']) && is_number(start + 4) || is_number(start + 3);
        return (!goes_on && (1..=12).contains(&month)).then_some((month, day));
    }
    if let (Some(day), Some(month)) = (number(start), month_word(start + 1)) {
        return (!is_number(start + 2)).then_some((month, day));
    }
    if let (Some(month), Some(day)) = (month_word(start), number(start + 1)) {
        return (!is_number(start + 2) && !is_sep(start + 2, &[','])).then_some((month, day));
    }
    None
}

fn month_from_word(word: &str) -> Option<u8> {
    const RU: [&str; 12] =
        ["январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр"];
    const EN: [&str; 12] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    if word.is_ascii() {
        let index = EN.iter().position(|prefix| word.starts_with(prefix))?;
        return u8::try_from(index + 1).ok();
    }
    // "ма" would match "март"; test the exact May forms first.
    if matches!(word, "мая" | "май" | "мае") {
        return Some(5);
    }
    // Coda's and Google's short forms: «15 апр. 2026», «9 дек. 2025».
    const SHORT: [(&str, u8); 14] = [
        ("янв", 1),
        ("фев", 2),
        ("февр", 2),
        ("мар", 3),
        ("апр", 4),
        ("июн", 6),
        ("июл", 7),
        ("авг", 8),
        ("сен", 9),
        ("сент", 9),
        ("окт", 10),
        ("ноя", 11),
        ("нояб", 11),
        ("дек", 12),
    ];
    if let Some((_, month)) = SHORT.iter().find(|(short, _)| *short == word) {
        return Some(*month);
    }
    let index = RU.iter().position(|stem| *stem != "ма" && word.starts_with(stem))?;
    u8::try_from(index + 1).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn example_find() {
        use crate::deliverable::date::Date;
        let expected = Date::new(2026, 2, 10);
        assert_eq!(Date::find("2026-02-10"), expected);
        assert_eq!(Date::find("10.02.2026"), expected);
        assert_eq!(Date::find("10/02/2026"), expected);
        assert_eq!(Date::find("10 февраля 2026 г."), expected);
        assert_eq!(Date::find("10 февр. 2026"), expected, "a short month with its dot");
        assert_eq!(Date::find("15 апр. 2026"), Date::new(2026, 4, 15));
        assert_eq!(Date::find("February 10, 2026"), expected);
        assert_eq!(Date::find("10-Feb-2026, 13:06 CST"), expected);
        assert_eq!(Date::find("Tue Feb 10 14:02:10 2026 +0000"), expected, "git's");
        assert_eq!(Date::find("Feb 10 14:02 2026"), None);
        assert_eq!(Date::find("[[Feb 10th, 2026]]"), expected, "a Logseq journal's name");
        assert_eq!(Date::find("March 1st, 2026"), Date::new(2026, 3, 1));
        assert_eq!(Date::find("10thousand 2026"), None);
        assert_eq!(Date::find("16/Jan/26 10:02 AM"), Date::new(2026, 1, 16), "Jira's dates");
        assert_eq!(Date::find("набросал 1 апр 26, перед планированием"), Date::new(2026, 4, 1));
        assert_eq!(Date::find("написал 20/04/26"), Date::new(2026, 4, 20));
        assert_eq!(Date::find("| Olga | 4/30/26 | TO DO |"), Date::new(2026, 4, 30), "ClickUp's month first");
        assert_eq!(Date::find("— @Roman — 5/20/26"), Date::new(2026, 5, 20));
        assert_eq!(Date::find("due 3/24/2026"), Date::new(2026, 3, 24));
        assert_eq!(Date::find("Decided 4/5/26"), None, "a month or a day first: not guessed");
        assert_eq!(Date::find("updated_at: 20-03-2026 10:48 AM"), Date::new(2026, 3, 20), "a notes app's stamp");
        assert_eq!(Date::find("03-24-2026"), Date::new(2026, 3, 24), "month first when the day cannot be one");
        assert_eq!(Date::find("port 8-10-2026"), None, "single figures with dashes are no date");
        assert_eq!(Date::find("path a/3/24/26"), None);
        assert_eq!(Date::find("10/02/2026"), Date::new(2026, 2, 10), "a day first");
        assert_eq!(Date::find("решили на архкомитете 12.03.25, были я"), Date::new(2025, 3, 12));
        assert_eq!(Date::find("в команде 5 мая 10 человек"), None, "a count after a day is no year");
        assert!(Date::is_weekday("пт") && Date::is_weekday("Fri.") && Date::is_weekday("вторник"));
        let written = Date::new(2025, 3, 15).unwrap();
        assert_eq!(Date::find_on_or_before("Разбор инцидента 14.03 — списания", written, 30), Date::new(2025, 3, 14));
        assert_eq!(
            Date::find_on_or_before("Разбор 28.12", Date::new(2026, 1, 3).unwrap(), 30),
            Date::new(2025, 12, 28)
        );
        assert_eq!(Date::find_on_or_before("Разбор 14.05", written, 30), None, "a year before is no incident of it");
        assert_eq!(Date::find_on_or_before("Релиз 4.18", written, 30), None);
        assert!(!Date::is_weekday("Артём") && !Date::is_weekday("до") && !Date::is_weekday("sunday-ish"));
        assert_eq!(Date::find("«10» февраля 2026 г."), expected, "an official paper's quoted day");
        assert_eq!(Date::alone("«10» февраля 2026 г."), expected);
    }

    #[test]
    fn example_from_days_since_epoch() {
        use crate::deliverable::date::Date;
        assert_eq!(Date::from_days_since_epoch(0), Date::new(1970, 1, 1));
        assert_eq!(Date::from_days_since_epoch(-1), Date::new(1969, 12, 31));
        assert_eq!(Date::from_days_since_epoch(i64::MAX), None);
    }

    #[test]
    fn a_day_and_month_without_a_year_after_a_reference_date() {
        let incident = Date::new(2026, 2, 3).unwrap();
        let winter = Date::new(2026, 12, 20).unwrap();
        for (text, reference, expected) in [
            ("до 14.02", incident, Date::new(2026, 2, 14)),
            ("14 февраля", incident, Date::new(2026, 2, 14)),
            ("Feb 14", incident, Date::new(2026, 2, 14)),
            ("до 15.01", winter, Date::new(2027, 1, 15)),
            ("2026-03-01", winter, Date::new(2026, 3, 1)),
            ("версия 3.7.1", incident, None),
            ("в 14:30", incident, None),
            ("31.02", incident, None),
            ("перед релизом", incident, None),
            ("до конца марта", incident, Date::new(2026, 3, 31)),
            ("by end of February", incident, Date::new(2026, 2, 28)),
            ("к концу января", incident, Date::new(2027, 1, 31)),
            ("в конце концов", incident, None),
        ] {
            assert_eq!(Date::find_on_or_after(text, reference), expected, "{text}");
        }
    }

    #[test]
    fn every_form_and_month_case() {
        let cases = [
            ("Дата: 2026-02-10T12:00:00Z", (2026, 2, 10)),
            ("1 января 2026", (2026, 1, 1)),
            ("3 марта 2026", (2026, 3, 3)),
            ("15 мая 2026", (2026, 5, 15)),
            ("31 декабря 2025", (2025, 12, 31)),
            ("9.3.2026", (2026, 3, 9)),
            ("10 Feb 2026", (2026, 2, 10)),
            ("29.02.2028", (2028, 2, 29)),
            ("Created: 2026/03/04 10:15", (2026, 3, 4)),
            ("2026.03.04", (2026, 3, 4)),
            ("Дата: 04.03.26", (2026, 3, 4)),
            ("до 15.05.26 (Орлов)", (2026, 5, 15)),
            ("«20» марта 2025 г.", (2025, 3, 20)),
            ("Версия проекта: 0.4 от « 12 » марта 2026 г.", (2026, 3, 12)),
            ("г. Северогорск         « 20 » февраля 2026 г.", (2026, 2, 20)),
        ];
        for (text, (y, m, d)) in cases {
            assert_eq!(Date::find(text), Date::new(y, m, d), "{text}");
        }
    }

    #[test]
    fn a_two_figure_year_only_where_no_version_or_address_goes_on() {
        for text in ["v10.11.12", "версия 10.11.12", "1.10.11.12", "10.11.12.13", "4.3.26", "04.03.6", "31.02.26"]
        {
            assert_eq!(Date::find(text), None, "{text}");
        }
    }

    #[test]
    fn a_date_alone_and_nothing_else() {
        let march_11 = Date::new(2025, 3, 11);
        for text in
            ["11 March 2025", "_11 March 2025_", "*2025-03-11*", "11.03.2025", "«11 марта 2025 г.»", "March 11, 2025."]
        {
            assert_eq!(Date::alone(text), march_11, "{text}");
        }
        for text in ["Updated 11 March 2025", "11 March 2025 14:00", "11.03.2025 – 12.03.2025", "v11.03.2025.1"] {
            assert_eq!(Date::alone(text), None, "{text}");
        }
    }

    #[test]
    fn impossible_dates_are_rejected() {
        assert_eq!(Date::find("31.02.2026"), None);
        assert_eq!(Date::find("2026-13-01"), None);
        assert_eq!(Date::find("скоро"), None);
        assert_eq!(Date::find("v1.2.3"), None);
        assert_eq!(Date::find("IntelliJ IDEA 2024.1.2"), None);
    }

    #[test]
    fn days_round_trip() {
        for date in [Date::new(1970, 1, 1), Date::new(2026, 11, 26), Date::new(2028, 2, 29), Date::new(2000, 3, 1)] {
            let date = date.unwrap();
            assert_eq!(Date::from_days_since_epoch(date.days_since_epoch()), Some(date));
        }
        assert_eq!(Date::new(2026, 3, 1).unwrap().days_after(Date::new(2026, 2, 28).unwrap()), 1);
    }

    #[test]
    fn days_since_epoch_orders_dates() {
        assert_eq!(Date::new(1970, 1, 2).unwrap().days_since_epoch(), 1);
        assert_eq!(
            Date::new(2026, 3, 1).unwrap().days_since_epoch() - Date::new(2026, 2, 28).unwrap().days_since_epoch(),
            1
        );
    }

    #[test]
    fn quarters_end_on_their_last_day_and_read_back() {
        let third = Quarter::of(Date::new(2026, 8, 3).unwrap());
        assert_eq!((third.to_string(), third.last_day()), ("2026-Q3".to_owned(), Date::new(2026, 9, 30).unwrap()));
        assert_eq!(Quarter::new(2024, 1).unwrap().last_day(), Date::new(2024, 3, 31).unwrap());
        assert_eq!(Quarter::from_id("2026-Q3"), Some(third));
        assert_eq!(Quarter::from_id("2026-Q5"), None);
        assert!(Quarter::new(2025, 4) < Quarter::new(2026, 1));
    }
}
