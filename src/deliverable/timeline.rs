//! An incident's start and end from its timeline table, when its header gives no duration:
//! the rows whose event opens with "Impact start" / "Impact end" (Google's `OUTAGE BEGINS` /
//! `OUTAGE ENDS`, «Начало влияния» / «Конец влияния»), at the times in their first cell.

use super::lines::cells;
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
}
