//! Incidents: one row per post-mortem — when, how bad, how long, how many follow-ups done.

use super::*;

/// One post-mortem.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Incident {
    /// The document.
    #[serde(flatten)]
    pub document: DocumentRef,
    /// When it happened.
    pub date: Option<Date>,
    /// `SEV-1`, `P2`, or as written.
    pub severity: Option<String>,
    /// How long it lasted, when written.
    pub duration_minutes: Option<u32>,
    /// Its action items, not counting dropped ones.
    pub actions_total: usize,
    /// Of those, done.
    pub actions_done: usize,
    /// Of those, open and overdue.
    pub actions_overdue: usize,
}

/// Follow-up counts by the incident they are for: (not dropped, done, overdue).
pub(super) type FollowUpCounts = std::collections::HashMap<String, (usize, usize, usize)>;

/// Counts every action row once, under the page it is on and under the incident a record of
/// its own names (a row's source page is never that incident), so each incident's figures are
/// a lookup rather than a pass over all rows.
pub(super) fn follow_up_counts(action_items: &[ActionRow]) -> FollowUpCounts {
    let mut counts = FollowUpCounts::new();
    for row in action_items.iter().filter(|row| row.state != ActionStatus::Dropped) {
        for id in std::iter::once(&row.source).chain(row.follow_up_of.as_ref().filter(|of| **of != row.source)) {
            let (total, done, overdue) = counts.entry(id.clone()).or_default();
            *total += 1;
            *done += usize::from(row.state == ActionStatus::Done);
            *overdue += usize::from(row.state == ActionStatus::Overdue);
        }
    }
    counts
}

pub(super) fn incident(doc: &Document, follow_ups: &FollowUpCounts) -> Incident {
    // Its own follow-ups and those kept as records of their own that name it.
    let (actions_total, actions_done, actions_overdue) = follow_ups.get(&doc.id).copied().unwrap_or_default();
    Incident {
        document: DocumentRef::of(doc),
        date: doc.date(),
        severity: doc.severity(),
        duration_minutes: doc.incident_minutes(),
        actions_total,
        actions_done,
        actions_overdue,
    }
}
