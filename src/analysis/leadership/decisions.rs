//! Decisions: ADRs waiting for a decision or due for revisit, and the ADRs incidents keep
//! coming back to.

use super::*;

/// A decision waiting to be taken.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AwaitingDecision {
    /// The document.
    #[serde(flatten)]
    pub document: DocumentRef,
    /// ADR number.
    pub number: Option<u32>,
    /// `proposed`, `draft` or `on-hold`.
    pub status: Status,
    /// Days since its date, when it has one.
    pub age_days: Option<i64>,
    /// Its `decide-by` date, when written.
    pub decide_by: Option<Date>,
    /// True when `decide-by` has passed.
    pub past_decide_by: bool,
}

/// A decision whose `review-by` date has passed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DecisionToRevisit {
    /// The document.
    #[serde(flatten)]
    pub document: DocumentRef,
    /// The `review-by` date.
    pub review_by: Date,
}

/// A document several incidents link to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HotSpot {
    /// The document.
    #[serde(flatten)]
    pub document: DocumentRef,
    /// Its kind.
    pub kind: Kind,
    /// The post-mortems that link to it.
    pub incidents: Vec<String>,
}

pub(super) fn decision(doc: &Document, as_of: Date, leadership: &mut Leadership) {
    let decide_by = doc.field(FieldKey::DecideBy).and_then(Date::find);
    if let Some(status @ (Status::Proposed | Status::Draft | Status::OnHold)) = doc.status() {
        leadership.decisions_awaiting.push(AwaitingDecision {
            document: DocumentRef::of(doc),
            number: doc.number_value(),
            status: status.clone(),
            age_days: doc.date().and_then(|date| age(as_of, date)),
            decide_by,
            past_decide_by: decide_by.is_some_and(|date| date < as_of),
        });
    }
    if let Some(review_by) = doc.field(FieldKey::ReviewBy).and_then(Date::find).filter(|date| *date < as_of) {
        if doc.status() == Some(&Status::Accepted) {
            leadership.decisions_to_revisit.push(DecisionToRevisit { document: DocumentRef::of(doc), review_by });
        }
    }
}

pub(super) fn hot_spots(site: &Site, graph: &KnowledgeGraph) -> Vec<HotSpot> {
    let mut linked: BTreeMap<usize, BTreeSet<usize>> = BTreeMap::new();
    for (index, page) in site.pages.iter().enumerate() {
        if page.doc.kind() != Kind::Postmortem || page.doc.template {
            continue;
        }
        for (target, _) in graph.outgoing(index) {
            if site.pages[target].doc.kind() != Kind::Postmortem {
                linked.entry(target).or_default().insert(index);
            }
        }
    }
    let mut spots: Vec<HotSpot> = linked
        .into_iter()
        .filter(|(_, incidents)| incidents.len() >= 2)
        .map(|(target, incidents)| {
            let doc = &site.pages[target].doc;
            HotSpot {
                document: DocumentRef::of(doc),
                kind: doc.kind(),
                incidents: incidents.into_iter().map(|i| site.pages[i].doc.id.clone()).collect(),
            }
        })
        .collect();
    spots.sort_by(|a, b| {
        (b.incidents.len(), a.kind != Kind::Adr, &a.document.id).cmp(&(
            a.incidents.len(),
            b.kind != Kind::Adr,
            &b.document.id,
        ))
    });
    spots
}
