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

pub(super) fn incident(doc: &Document, action_items: &[ActionRow]) -> Incident {
    // Its own follow-ups and those kept as records of their own that name it.
    let counted = action_items.iter().filter(|row| {
        (row.source == doc.id || row.follow_up_of.as_ref() == Some(&doc.id)) && row.state != ActionStatus::Dropped
    });
    Incident {
        document: DocumentRef::of(doc),
        date: doc.date(),
        severity: doc.severity(),
        duration_minutes: doc.incident_minutes(),
        actions_total: counted.clone().count(),
        actions_done: counted.clone().filter(|row| row.state == ActionStatus::Done).count(),
        actions_overdue: counted.filter(|row| row.state == ActionStatus::Overdue).count(),
    }
}
