//! Quantities deliverables write in words: an incident's severity (`SEV-1`, `P2`,
//! «Критический»), a duration («1 ч 20 мин», "47 min", `1:20`, «1,5 часа»), a time of day
//! (`19:40`), an amount with its unit («35 чел.-дн.», "120 h", «31,5 человеко-недель»).
//! What cannot be read is `None`, never a guess.

use serde::Serialize;

/// The unit of an estimate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Unit {
    /// Hours (часы, h).
    Hour,
    /// Days (дни, человеко-дни, person-days, d).
    Day,
    /// Weeks (недели, человеко-недели, w).
    Week,
    /// Story points (SP, «стори поинты»): a team's own scale, no time at all.
    #[serde(rename = "points")]
    Point,
}

/// A severity as the portal shows it: `SEV-1`, `P2`, or the word as written (short).
///
/// `sev1`, `SEV 1`, `Sev-1` → `SEV-1`; `P1`, `p1` → `P1`; `Критический` stays as written.
pub(crate) fn severity(text: &str) -> Option<String> {
    let cleaned: String = text.replace(['*', '`'], "");
    let trimmed = cleaned.trim().trim_end_matches(['.', ',']);
    // `[X hours Y minutes]`, `<SEV>`, `{severity}`: a template's blank.
    if trimmed.is_empty() || trimmed.starts_with(['[', '<', '{']) {
        return None;
    }
    let lower = trimmed.to_lowercase();
    // "Severity 2" is `SEV-2`.
    if let Some(rest) = lower.strip_prefix("severity").or_else(|| lower.strip_prefix("sev")) {
        let digits: String =
            rest.trim_start_matches([' ', '-', '_']).chars().take_while(char::is_ascii_digit).collect();
        if !digits.is_empty() {
            return Some(format!("SEV-{digits}"));
        }
    }
    let mut chars = lower.chars();
    if chars.next() == Some('p') {
        let digit = chars.next().filter(char::is_ascii_digit);
        let after = chars.next();
        if let (Some(digit), true) = (digit, after.is_none_or(|c| !c.is_alphanumeric())) {
            return Some(format!("P{digit}"));
        }
    }
    // «Высокий: массовые жалобы», "Critical — checkout down": the word, not the note.
    let word_end = trimmed.find([':', ',', ';', '(', '—', '–']).unwrap_or(trimmed.len());
    let first_words: Vec<&str> = trimmed[..word_end].split_whitespace().take(3).collect();
    Some(first_words.join(" ").trim_end_matches(['(', '—', '-', ',']).trim().to_owned()).filter(|s| !s.is_empty())
}

/// `00:00:40` under a label that says its clock counts days first (`Время влияния (дд:чч:мм)`,
/// a Playbooks run's metric): the minutes it holds; `None` for any other label or value.
pub(crate) fn day_clock_minutes(label: &str, value: &str) -> Option<u32> {
    let label = label.to_lowercase().replace(' ', "");
    if !["дд:чч:мм", "dd:hh:mm", "д:ч:м", "d:h:m"].iter().any(|form| label.contains(form)) {
        return None;
    }
    let parts: Vec<u32> = value.trim().split(':').map(|part| part.trim().parse().ok()).collect::<Option<_>>()?;
    let [days, hours, minutes] = parts[..] else { return None };
    (hours < 24 && minutes < 60).then(|| days * 1440 + hours * 60 + minutes)
}

/// Minutes in a written duration: «1 ч 20 мин», «1ч20м», "47 min", "2h 5m", `1:20`,
/// «1,5 часа», «90 минут», "2 hours", «сутки», «2 дня». `None` when no unit is recognised.
pub(crate) fn duration_minutes(text: &str) -> Option<u32> {
    let text = text.to_lowercase().replace(',', ".");
    // `00:42 (чч:мм)`: a clock with a note on how to read it.
    let before_note = text.split(" (").next().unwrap_or_default();
    if let Some(minutes) = clock_duration(&text).or_else(|| clock_duration(before_note)) {
        return Some(minutes);
    }
    let mut total = 0.0_f64;
    let mut found = false;
    let mut rest = text.as_str();
    while let Some(start) = rest.find(|c: char| c.is_ascii_digit()) {
        let after_start = &rest[start..];
        let number_end = after_start.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(after_start.len());
        let Ok(value) = after_start[..number_end].trim_end_matches('.').parse::<f64>() else { break };
        let after = after_start[number_end..].trim_start();
        let unit: String = after.chars().take_while(|c| c.is_alphabetic()).collect();
        // «1С:УТ» (a product's name, its module right after a colon) holds no second; «25 мин:
        // API недоступен» is a span before what it was.
        let attached = after.len() == after_start[number_end..].len();
        let named =
            attached && after[unit.len()..].strip_prefix(':').is_some_and(|rest| rest.starts_with(char::is_alphabetic));
        let minutes_per = match unit.as_str() {
            _ if named => None,
            "ч" | "час" | "часа" | "часов" | "h" | "hr" | "hrs" | "hour" | "hours" => Some(60.0),
            "м" | "мин" | "минут" | "минуты" | "минута" | "m" | "min" | "mins" | "minute" | "minutes" => {
                Some(1.0)
            }
            "д" | "дн" | "день" | "дня" | "дней" | "сут" | "суток" | "сутки" | "d" | "day" | "days" => {
                Some(1440.0)
            }
            "с" | "сек" | "s" | "sec" | "secs" => Some(1.0 / 60.0),
            _ => None,
        };
        if let Some(per) = minutes_per {
            total += value * per;
            found = true;
        }
        rest = &after[unit.len()..];
    }
    if !found && (text.contains("сутки") || text.contains("сутк")) {
        return Some(1440);
    }
    if !found {
        // «14:05–15:47 MSK», "from 02:10 to 03:45 UTC", `11.03.2026 23:40 – 12.03.2026 01:15`.
        return time_range_minutes(&text);
    }
    ((0.0..1.0e7).contains(&total)).then(|| total.round() as u32)
}

/// Minutes from a start to an end written separately (`Начало: 14:05` … `Окончание: 15:20`,
/// or `2026-11-28 23:40` … `2026-11-29 00:25`): whole days between their dates count, and
/// an end before the start without dates is after midnight.
pub(crate) fn minutes_between(start_text: &str, end_text: &str) -> Option<u32> {
    let (start, end) = (time_of_day(start_text)?, time_of_day(end_text)?);
    match (super::date::Date::find(start_text), super::date::Date::find(end_text)) {
        (Some(from), Some(to)) => {
            let minutes = to.days_after(from) * 24 * 60 + i64::from(end) - i64::from(start);
            u32::try_from(minutes).ok()
        }
        _ => Some(if end >= start { end - start } else { end + 24 * 60 - start }),
    }
}

/// The minutes a time range spans: two times of day joined by a dash, «до», "to" or an
/// arrow (`14:05–15:47`, «с 09:10 до 09:50», `23:40 → 01:15`), each perhaps after a date.
pub(crate) fn time_range_minutes(text: &str) -> Option<u32> {
    let at = time_of_day_at(text)?;
    let first_end = at + text[at..].find(':')? + 3;
    let rest = text.get(first_end..)?;
    let second = time_of_day_at(rest)?;
    let between = rest[..second].trim().to_lowercase();
    let joined = ["–", "—", "-", "до", "по", "to", "till", "until", "→", "->", "—>", "~", "до ~", "– ~", "- ~"];
    let joiner_and_date = |joiner: &&str| {
        between.strip_prefix(*joiner).is_some_and(|after| {
            let after = after.trim();
            after.is_empty() || after == "~" || super::date::Date::find(after).is_some() && after.len() <= 24
        })
    };
    if !joined.iter().any(joiner_and_date) {
        return None;
    }
    minutes_between(&text[..first_end], rest)
}

/// `деградировала 09:20–11:05.`: the window of clock times in `text`, as written, when it
/// holds exactly two times of day and they make a range.
pub(crate) fn lone_time_range(text: &str) -> Option<String> {
    let first = time_of_day_at(text)?;
    let after_first = first + text[first..].find(':')? + 3;
    let second = after_first + time_of_day_at(&text[after_first..])?;
    let end = second + text[second..].find(':')? + 3;
    if time_of_day_at(&text[end..]).is_some() {
        return None;
    }
    let window = text.get(first..end)?;
    time_range_minutes(window).map(|_| window.to_owned())
}

/// Minutes after midnight of the first `HH:MM` in `text`.
/// `5:20 PM` is 17:20 and `12:05 AM` 00:05, as Jira and US-style tools write them.
pub(crate) fn time_of_day(text: &str) -> Option<u32> {
    let at = time_of_day_at(text)?;
    let (hours, after) = text[at..].split_once(':')?;
    let hours: u32 = hours.parse().ok()?;
    let minutes: u32 = after.get(..2)?.parse().ok()?;
    let meridiem = after.get(2..).map(|rest| rest.trim_start().to_ascii_lowercase()).unwrap_or_default();
    let hours = match hours {
        1..=11 if meridiem.starts_with("pm") || meridiem.starts_with("p.m.") => hours + 12,
        12 if meridiem.starts_with("am") || meridiem.starts_with("a.m.") => 0,
        _ => hours,
    };
    Some(hours * 60 + minutes)
}

/// Where the first `HH:MM` in `text` starts: one or two digits (no more) before a colon,
/// exactly two after it, within 23:59. One pass over the colons.
pub(crate) fn time_of_day_at(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    text.match_indices(':').find_map(|(colon, _)| {
        let hour_digits = bytes[..colon].iter().rev().take_while(|b| b.is_ascii_digit()).count();
        let minutes = bytes.get(colon + 1..colon + 3)?;
        let more_digits = bytes.get(colon + 3).is_some_and(u8::is_ascii_digit);
        if !(1..=2).contains(&hour_digits) || !minutes.iter().all(u8::is_ascii_digit) || more_digits {
            return None;
        }
        let start = colon - hour_digits;
        let (hours, minutes): (u32, u32) = (text[start..colon].parse().ok()?, text[colon + 1..colon + 3].parse().ok()?);
        (hours < 24 && minutes < 60).then_some(start)
    })
}

/// A severity written without its key, as one part of a header line: `SEV-2`, `P1`, `S2`,
/// «Уровень 2», "Level 3", «Критичный», "High". A longer phrase is not one.
pub(crate) fn is_severity(text: &str) -> bool {
    let cleaned = text.replace(['*', '_', '`'], "").trim().trim_end_matches(['.', ',']).to_lowercase();
    let words: Vec<&str> = cleaned.split([' ', '-']).filter(|w| !w.is_empty()).collect();
    let numbered = |word: &str, prefix: &str| {
        word.strip_prefix(prefix).is_some_and(|digits| digits.len() == 1 && digits.bytes().all(|b| b.is_ascii_digit()))
    };
    match words.as_slice() {
        [word] => {
            ["sev", "p", "s"].iter().any(|prefix| numbered(word, prefix))
                || SEVERITY_STEMS.iter().any(|stem| word.starts_with(stem))
                || ["critical", "major", "minor", "high", "medium", "low", "blocker"].contains(word)
        }
        [name, number] => {
            ["sev", "severity", "уровень", "level", "приоритет", "priority"].contains(name)
                && number.len() == 1
                && number.bytes().all(|b| b.is_ascii_digit())
        }
        _ => false,
    }
}

/// The stems of Russian severity words («Критичный», «Высокий», «Низкая», «Существенный»).
const SEVERITY_STEMS: [&str; 9] =
    ["критичн", "критическ", "высок", "средн", "низк", "блокирующ", "существенн", "значительн", "незначительн"];

/// `1:20` (hours:minutes) on its own.
fn clock_duration(text: &str) -> Option<u32> {
    let trimmed = text.trim();
    // `1:20:00`: seconds round to the minute.
    let trimmed = match trimmed.rsplit_once(':') {
        Some((clock, seconds))
            if clock.contains(':') && seconds.len() == 2 && seconds.bytes().all(|b| b.is_ascii_digit()) =>
        {
            clock
        }
        _ => trimmed,
    };
    let (hours, minutes) = trimmed.split_once(':')?;
    let hours: u32 = hours.trim().parse().ok()?;
    let minutes: u32 = minutes.trim().parse().ok().filter(|m| *m < 60)?;
    Some(hours * 60 + minutes)
}

/// `Итого`, `**Total**`, «Всего, ч», `Сумма:`: a label that names a total (a table's total
/// row, an estimate's `Итого: …` line). «Итоговая проверка» is not one.
pub(crate) fn is_total_label(text: &str) -> bool {
    let folded = super::vocab::fold(text);
    opens_with_one_of(
        &folded,
        &["итого", "всего", "total", "сумма", "sum", "committed", "grand total", "итоговая оценка"],
    )
}

/// Whether `label` (folded), without the marks around it, opens with one of `words` as a
/// whole word or phrase: "Agreed estimate (round 3)" opens with "agreed estimate",
/// "planning" does not open with "plan".
pub(crate) fn opens_with_one_of(label: &str, words: &[&str]) -> bool {
    let label = label.trim_matches(|c: char| !c.is_alphanumeric());
    // (`final-approach controller` is no "final": a hyphen joins the words into another.)
    let compound = |rest: &str| rest.strip_prefix('-').is_some_and(|after| after.starts_with(char::is_alphanumeric));
    words.iter().any(|word| {
        label
            .strip_prefix(word)
            .is_some_and(|rest| rest.chars().next().is_none_or(|c| !c.is_alphanumeric()) && !compound(rest))
    })
}

/// A number written with `,` or `.` as the decimal separator, and spaces between thousands:
/// `6,3`, `1 200`, `31.5`. Markdown emphasis and a trailing unit are ignored.
pub(crate) fn number(text: &str) -> Option<f64> {
    let cleaned: String = text.replace(['*', '_', '`', '\u{a0}', '\u{202f}'], "").trim().to_owned();
    let start = cleaned.find(|c: char| c.is_ascii_digit())?;
    let prefix = &cleaned[..start];
    if !prefix.trim().is_empty() && !matches!(prefix.trim(), "~" | "≈" | "около") {
        return None;
    }
    let digits: String = cleaned[start..]
        .chars()
        .take_while(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | ' '))
        .filter(|c| *c != ' ')
        .collect();
    digits.trim_end_matches(['.', ',']).replace(',', ".").parse().ok()
}

/// The unit a text names: «часы», «чел.-дн.», «человеко-недель», "person-days", "h", "d".
pub(crate) fn unit(text: &str) -> Option<Unit> {
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).collect();
    let has = |stems: &[&str]| words.iter().any(|word| stems.iter().any(|stem| word.starts_with(stem)));
    if has(&["недел", "week", "нед"]) || words.contains(&"w") {
        Some(Unit::Week)
    } else if has(&["дн", "день", "дня", "day"]) || words.contains(&"d") {
        Some(Unit::Day)
    } else if has(&["час", "hour"]) || words.iter().any(|w| matches!(*w, "h" | "ч" | "hrs" | "hr")) {
        Some(Unit::Hour)
    } else if words.iter().any(|w| matches!(*w, "sp" | "сп" | "storypoints" | "sps"))
        || has(&["story", "стори"]) && has(&["point", "поинт"])
    {
        Some(Unit::Point)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_label_opens_with_a_word_not_a_compound() {
        assert!(opens_with_one_of("final (round 3)", &["final"]));
        assert!(opens_with_one_of("final", &["final"]));
        assert!(!opens_with_one_of("final-approach controller (last 0.5 m)", &["final"]), "a compound word");
        assert!(!opens_with_one_of("finally", &["final"]));
    }

    #[test]
    fn a_product_s_name_is_no_unit_and_a_lone_window_is_found() {
        assert_eq!(duration_minutes("06:15–11:45 — данные не попали в 1С:УТ"), Some(330));
        assert_eq!(duration_minutes("45 с"), Some(1));
        assert_eq!(duration_minutes("1 ч 25 мин: API недоступен"), Some(85));
        assert_eq!(lone_time_range("деградировала 09:20–11:05. БД целы").as_deref(), Some("09:20–11:05"));
        assert_eq!(lone_time_range("ошибки в 09:20 и 10:40, 11:05–11:10"), None);
    }

    #[test]
    fn a_clock_whose_label_says_it_counts_days_first() {
        assert_eq!(day_clock_minutes("Время влияния на клиентов (дд:чч:мм)", "00:00:40"), Some(40));
        assert_eq!(day_clock_minutes("Time to resolve (dd:hh:mm)", "01:02:05"), Some(1440 + 125));
        assert_eq!(day_clock_minutes("Длительность", "00:00:40"), None, "hours first, as a clock is read");
        assert_eq!(day_clock_minutes("Время (дд:чч:мм)", "—"), None);
    }

    #[test]
    fn twelve_hour_clock_times() {
        assert_eq!(time_of_day("15/Jan/26 5:20 PM (MSK)"), Some(17 * 60 + 20));
        assert_eq!(time_of_day("12:05 AM"), Some(5));
        assert_eq!(time_of_day("12:30 PM"), Some(12 * 60 + 30));
        assert_eq!(time_of_day("09:40 МСК"), Some(9 * 60 + 40));
        assert_eq!(minutes_between("15/Jan/26 5:20 PM", "15/Jan/26 6:10 PM"), Some(50));
    }

    #[test]
    fn severities() {
        for (text, expected) in [
            ("SEV-1", Some("SEV-1")),
            ("sev1", Some("SEV-1")),
            ("**SEV 2** (частичная деградация)", Some("SEV-2")),
            ("P1", Some("P1")),
            ("p3 — minor", Some("P3")),
            ("Критический", Some("Критический")),
            ("Priority high", Some("Priority high")),
            ("", None),
            ("[X hours Y minutes]", None),
            ("Высокий: массовые жалобы", Some("Высокий")),
            ("Severity 2", Some("SEV-2")),
            ("severity-3", Some("SEV-3")),
        ] {
            assert_eq!(severity(text).as_deref(), expected, "{text}");
        }
    }

    #[test]
    fn severities_written_without_their_key() {
        for text in ["SEV-2", "sev1", "P1", "S2", "Уровень 2", "Level 3", "**Критичный**", "высокая", "High", "Sev 2"]
        {
            assert!(is_severity(text), "{text}");
        }
        for text in ["17.02.2026", "Highlights", "Уровень сервиса", "P10", "статус: закрыт", "Platform team"]
        {
            assert!(!is_severity(text), "{text}");
        }
        assert_eq!(minutes_between("2026-11-28 23:40", "2026-11-29 00:25"), Some(45));
        assert_eq!(minutes_between("23:40", "00:25"), Some(45), "an end before the start is after midnight");
        assert_eq!(minutes_between("вечером", "00:25"), None);
    }

    #[test]
    fn total_labels_and_words_that_only_begin_like_one() {
        for label in [
            "Итого",
            "**Итого**",
            "итого, ч",
            "Итого:",
            "Всего (дни)",
            "Total",
            "total hours",
            "Сумма",
            "**Committed estimate**",
        ] {
            assert!(is_total_label(label), "{label}");
        }
        for label in ["Итоговая проверка", "Totally new", "Установка", ""] {
            assert!(!is_total_label(label), "{label}");
        }
    }

    #[test]
    fn durations_in_every_form() {
        for (text, expected) in [
            ("1 ч 20 мин", Some(80)),
            ("1ч20м", Some(80)),
            ("47 min", Some(47)),
            ("2h 5m", Some(125)),
            ("1:20", Some(80)),
            ("1:20:00", Some(80)),
            ("1,5 часа", Some(90)),
            ("90 минут", Some(90)),
            ("2 hours", Some(120)),
            ("сутки", Some(1440)),
            ("2 дня", Some(2880)),
            ("около 40 минут (по алертам)", Some(40)),
            ("долго", None),
            ("14:05–15:47 MSK", Some(102)),
            ("10:12–13:32 UTC", Some(200)),
            ("from 02:10 to 03:45 UTC", Some(95)),
            ("с 09:10 до ~09:50", Some(40)),
            ("23:40 – 01:15", Some(95)),
            ("11.03.2026 23:40 – 12.03.2026 01:15", Some(95)),
            ("2h (detected 08:50 UTC, resolved 10:50 UTC)", Some(120)),
            ("14:05, потом 15:47", None),
            ("версия 1:20 и 1:30", None),
            ("1 200", None),
        ] {
            assert_eq!(duration_minutes(text), expected, "{text}");
        }
    }

    #[test]
    fn times_numbers_and_units() {
        assert_eq!(time_of_day("19:40 MSK"), Some(19 * 60 + 40));
        assert_eq!(time_of_day("14.03.2026 21:05"), Some(21 * 60 + 5));
        assert_eq!(time_of_day("версия 1:200"), None);
        assert_eq!(time_of_day("25:00"), None);
        for (text, expected) in [
            ("6,3", Some(6.3)),
            ("**31,5**", Some(31.5)),
            ("1 200", Some(1200.0)),
            ("~12", Some(12.0)),
            ("n/a", None),
            ("E3", None),
        ] {
            assert_eq!(number(text), expected, "{text}");
        }
        for (text, expected) in [
            ("чел.-дн.", Some(Unit::Day)),
            ("Итого, человеко-недель", Some(Unit::Week)),
            ("Итого: 55 SP.", Some(Unit::Point)),
            ("Story Points (сумма)", Some(Unit::Point)),
            ("часы", Some(Unit::Hour)),
            ("person-days", Some(Unit::Day)),
            ("120 h", Some(Unit::Hour)),
            ("O", None),
        ] {
            assert_eq!(unit(text), expected, "{text}");
        }
    }
}
