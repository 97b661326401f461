//! Runbooks: when each was last reviewed and whether that is too long ago.

use super::*;
use crate::deliverable::actions::no_owner;

/// One runbook's freshness.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RunbookAge {
    /// The document.
    #[serde(flatten)]
    pub document: DocumentRef,
    /// Owner, when written.
    pub owner: Option<String>,
    /// Last review date, when written.
    pub last_reviewed: Option<Date>,
    /// Days since then.
    pub age_days: Option<i64>,
    /// Older than `runbook-max-age-days`; `None` (not measured) without a review date or
    /// with the limit turned off.
    pub stale: Option<bool>,
}

pub(super) fn runbook(doc: &Document, as_of: Date, max_age: Option<u32>) -> RunbookAge {
    let last_reviewed = doc.field(FieldKey::LastReviewed).and_then(Date::find);
    let age_days = last_reviewed.and_then(|date| age(as_of, date));
    RunbookAge {
        document: DocumentRef::of(doc),
        // `**Owner:** TBD` names nobody, as on an action item.
        owner: doc.field(FieldKey::Owner).filter(|owner| !no_owner(owner)).map(str::to_owned),
        last_reviewed,
        age_days,
        stale: age_days.zip(max_age).map(|(age, max)| age > i64::from(max)),
    }
}
