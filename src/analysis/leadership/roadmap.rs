//! The roadmap: where each item stands in its quarter, and what slipped.

use super::*;

/// One roadmap item as of the report's date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RoadmapRow {
    /// Its name.
    pub title: String,
    /// `planned`, `in-progress`, `at-risk`, `done`, `dropped`, or as written.
    pub status: RoadmapStatus,
    /// Owner, when written.
    pub owner: Option<String>,
    /// Its quarter (or the roadmap's).
    pub quarter: Option<Quarter>,
    /// Its quarter is over and it is neither done nor dropped.
    pub slipped: bool,
    /// 1-based line.
    pub line: usize,
}

/// One roadmap document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Roadmap {
    /// The document.
    #[serde(flatten)]
    pub document: DocumentRef,
    /// Its quarter (`2026-Q3`), when the name or title says.
    pub quarter: Option<Quarter>,
    /// True when `as_of` falls in that quarter.
    pub current: bool,
    /// Its items.
    pub items: Vec<RoadmapRow>,
}

pub(super) fn roadmap(doc: &Document, as_of: Date) -> Roadmap {
    let quarter = doc.quarter.or_else(|| crate::deliverable::kind::quarter_in(doc.title()));
    let items = doc
        .roadmap
        .iter()
        .map(|item| {
            let item_quarter = item.quarter.or(quarter);
            let over = item_quarter.is_some_and(|quarter| quarter.last_day() < as_of);
            RoadmapRow {
                title: item.title.clone(),
                status: item.status.clone(),
                owner: item.owner.clone(),
                slipped: over && !item.status.is_closed() && !matches!(item.status, RoadmapStatus::Unknown(_)),
                quarter: item_quarter,
                line: item.line,
            }
        })
        .collect();
    Roadmap { document: DocumentRef::of(doc), current: quarter == Some(Quarter::of(as_of)), quarter, items }
}
