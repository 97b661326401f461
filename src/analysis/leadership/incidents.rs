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

pub(super) fn incident(doc: &Document, as_of: Date) -> Incident {
    let counted = doc.actions.iter().filter(|item| item.state != ActionState::Dropped);
    Incident {
        document: DocumentRef::of(doc),
        date: doc.date(),
        severity: doc.severity(),
        duration_minutes: doc.incident_minutes(),
        actions_total: counted.clone().count(),
        actions_done: counted.clone().filter(|item| item.state == ActionState::Done).count(),
        actions_overdue: counted
            .filter(|item| item.state == ActionState::Open && item.due.is_some_and(|due| due < as_of))
            .count(),
    }
}
