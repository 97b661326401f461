//! Follow-ups: every action item of every deliverable, as of the report's date — open, overdue or
//! done, whose, and by when.

use super::*;

/// An action item's state as of the report's date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ActionStatus {
    /// Open, due later or undated.
    Open,
    /// Open and past its due date.
    Overdue,
    /// Done.
    Done,
    /// Not going to be done.
    Dropped,
}

/// One action item, with where it is written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ActionRow {
    /// Source path of the document it is in.
    pub source: String,
    /// 1-based line.
    pub line: usize,
    /// What to do.
    pub text: String,
    /// Who, when written.
    pub owner: Option<String>,
    /// When, when written as a date.
    pub due: Option<Date>,
    /// Open, overdue, done or dropped.
    pub state: ActionStatus,
    /// Days past due, for overdue items.
    pub days_overdue: Option<i64>,
    /// The document it is a follow-up of, when it is written as a record of its own
    /// («Инцидент: ИНЦ-027 …» over its owner and due day): counted with that incident.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub follow_up_of: Option<String>,
}

pub(super) fn action_items(site: &Site, as_of: Date) -> Vec<ActionRow> {
    let mut rows: Vec<ActionRow> = site
        .pages
        .iter()
        .enumerate()
        .flat_map(|(index, page)| {
            let follow_up_of = crate::graph::follow_up_target(site, index).map(|target| &site.pages[target].doc.id);
            page.doc.actions.iter().map(move |item| (page, item, follow_up_of))
        })
        .map(|(page, item, follow_up_of)| {
            let overdue = item.state == ActionState::Open && item.due.is_some_and(|due| due < as_of);
            let state = match item.state {
                ActionState::Open if overdue => ActionStatus::Overdue,
                ActionState::Open => ActionStatus::Open,
                ActionState::Done => ActionStatus::Done,
                ActionState::Dropped => ActionStatus::Dropped,
            };
            ActionRow {
                source: page.doc.id.clone(),
                line: item.line,
                text: item.text.clone(),
                owner: item.owner.clone(),
                due: item.due,
                state,
                days_overdue: overdue.then(|| item.due.map(|due| as_of.days_after(due))).flatten(),
                follow_up_of: follow_up_of.cloned(),
            }
        })
        .collect();
    let rank = |row: &ActionRow| match row.state {
        ActionStatus::Overdue => 0,
        ActionStatus::Open => 1,
        ActionStatus::Done => 2,
        ActionStatus::Dropped => 3,
    };
    rows.sort_by(|a, b| {
        (rank(a), std::cmp::Reverse(a.days_overdue), a.due.is_none(), a.due, &a.source, a.line).cmp(&(
            rank(b),
            std::cmp::Reverse(b.days_overdue),
            b.due.is_none(),
            b.due,
            &b.source,
            b.line,
        ))
    });
    rows
}
