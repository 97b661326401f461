//! Action items — post-mortem follow-ups and any other tasks listed under a heading such as
//! «Задачи», «Корректирующие меры», "Action items" or "Follow-ups" — with their owner, due
//! date and state, read from task lists, plain lists and tables.
//!
//! What is written is read; what cannot be read stays unknown (an item without a due date
//! is undated, never overdue). Items in code blocks and HTML comments are not items.

use std::sync::LazyLock;

use regex::Regex;
use serde::Serialize;

use super::date::Date;
use super::lines::{cells, link_text, strip_bullet};
use super::meta::Field;
use super::outline::{Item, Outline, Role, TaskMark};
use super::roadmap::{self, RoadmapStatus};
use super::vocab::{fold, FieldKey};

/// Whether an action item still needs doing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ActionState {
    /// Not done yet.
    Open,
    /// Done: `[x]`, «Готово», «Сделано», Done, ✅.
    Done,
    /// Not going to be done: `[-]`, struck through, «Отменено», "Won't do".
    Dropped,
}

/// One action item as written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct ActionItem {
    /// What to do, without the owner/date annotation and Markdown link syntax.
    pub text: String,
    /// Who does it, when written.
    pub owner: Option<String>,
    /// When it is due, when written as a date.
    pub due: Option<Date>,
    /// A due "date" that is not one («перед каждой распродажей»), kept as written.
    pub due_unreadable: Option<String>,
    /// Open, done or dropped.
    pub state: ActionState,
    /// 1-based source line.
    pub line: usize,
}

impl ActionItem {
    /// An item on `line` in `state` with nothing read into it yet.
    fn blank(state: ActionState, line: usize) -> Self {
        ActionItem { text: String::new(), owner: None, due: None, due_unreadable: None, state, line }
    }
}

/// The one follow-up a follow-up record is («Инцидент: …» over «Ответственный», «Срок»,
/// «Статус»: a table's row exported as a page): its title is what to do, its header's owner,
/// due day and status are the item's. A status that is no action's state (`Новый`) leaves it
/// open.
pub(crate) fn of_record(title: &str, fields: &[Field], status: Option<&str>, line: usize) -> ActionItem {
    let field = |key: FieldKey| fields.iter().find(|field| field.key == Some(key)).map(|field| field.value.as_str());
    let mut item = ActionItem::blank(ActionState::Open, line);
    item.text = title.trim().to_owned();
    item.owner = field(FieldKey::Owner).and_then(owner_named);
    if let Some(due) = field(FieldKey::Due) {
        set_due(&mut item, due);
    }
    if let Some(status) = status {
        set_state(&mut item, status);
    }
    item
}

/// Heading words that introduce action items (folded, matched as whole words in order): how
/// teams say "what we do next" in both languages.
const ACTION_HEADINGS: [&str; 89] = [
    "work items",
    "improvement plan",
    "commitments",
    "what we changed",
    "что изменили",
    "safety actions",
    "кайдзен-газета",
    "corrective action",
    "commitment register",
    "обязательства",
    "что сделаем",
    "что мы сделаем",
    "what we are changing",
    "what we're changing",
    "what we will change",
    "what we'll change",
    "what we will do",
    "what we'll do",
    "what we are doing about it",
    "what we're doing about it",
    "changes we are making",
    "ais",
    "action points",
    "задачи",
    "действия",
    "корректирующие меры",
    "корректирующие действия",
    "fixes",
    "что дальше",
    "план устранения",
    "remedial actions",
    "remedial measures",
    "план действий",
    "меры",
    "поручения",
    "дальнейшие шаги",
    "следующие шаги",
    "дальнейшие действия",
    "что делаем дальше",
    // A wiki's short «## Дальше» over the tasks agreed after an incident.
    "дальше",
    "что делаем",
    "что исправляем",
    "что исправить",
    // «## Что улучшаем» over the review's tasks.
    "что улучшаем",
    "что улучшим",
    "что будем делать",
    "что мы будем делать",
    "что мы делаем",
    "план улучшений",
    "план исправлений",
    "профилактические меры",
    "превентивные меры",
    "профилактика",
    "профилактические действия",
    "меры по предотвращению",
    "предотвращение повторения",
    "action items",
    "actions",
    "action plan",
    "follow-ups",
    "follow ups",
    "followups",
    "follow-up",
    "corrective actions",
    "corrective measures",
    "preventative measures",
    "follow up",
    "next steps",
    "what's next",
    "remediation",
    "remediations",
    "preventive actions",
    "preventative actions",
    "preventive measures",
    "prevention",
    "tasks",
    "todo items",
    "open items",
    "open tasks",
    "открытые задачи",
    // An act's «Перечень мероприятий» / «План мероприятий».
    "перечень мероприятий",
    "план мероприятий",
    // «**Экшены:**», «Экшн-айтемы»: follow-ups in a team's chat slang.
    "экшены",
    "экшн-айтемы",
    "экшн айтемы",
    "корректирующие мероприятия",
    // «План корректирующих мероприятий»: the same, as the plan of them.
    "корректирующих мероприятий",
    "мероприятия по итогам",
    "мероприятия",
];

/// Heading words that introduce follow-ups only sometimes, with how sure they are: a memo's
/// «Предложения» are its proposed measures when they name an owner or a due date (a
/// decision's are its options); an open question is a tracked item when it names both whose
/// it is and by when (a bare `- [ ] Вопрос` is still a question).
const WEAK_ACTION_HEADINGS: [(&str, Weak); 25] = [
    ("предложения", Weak::Proposals),
    // What a review recommends or a meeting agreed: SBAR's «R — Рекомендации» with Кто /
    // Срок, "What we agreed after the interview" — or advice nobody took on.
    ("рекомендации", Weak::Proposals),
    ("recommendations", Weak::Proposals),
    ("agreed", Weak::Proposals),
    ("договорились", Weak::Proposals),
    // A meeting's resolutions: instructions with whose and by when, or decisions.
    ("постановили", Weak::Proposals),
    ("решили", Weak::Proposals),
    ("improvements", Weak::Proposals),
    // An A3's or a loss report's countermeasures: tracked when they name whose or by when,
    // a list of ideas when the plan that follows tracks them.
    ("countermeasures", Weak::Proposals),
    // A current reality tree's «Инъекции»: the changes it proposes, tracked when they name
    // whose and by when.
    ("инъекции", Weak::Proposals),
    ("контрмеры", Weak::Proposals),
    // An Apollo RCA's solutions, each checked against the causes it controls — or the
    // options a design weighs, which name no owner and no due date.
    ("solutions", Weak::Questions),
    // An interface control document's TBD / TBR list: what is still to be decided or
    // confirmed, tracked with whose it is and by when.
    ("tbd", Weak::Questions),
    ("tbr", Weak::Questions),
    ("решения", Weak::Questions),
    // An 8D's «D6. Внедрение», an A3's «План внедрения» — or a decision's rollout steps.
    ("внедрение", Weak::Proposals),
    ("план внедрения", Weak::Proposals),
    ("open points", Weak::Questions),
    ("open issues", Weak::Questions),
    ("open questions", Weak::Questions),
    ("открытые вопросы", Weak::Questions),
    // GOST 34's «Перечень нерешённых вопросов», with whose and by when.
    ("нерешенных вопросов", Weak::Questions),
    ("открытых вопросов", Weak::Questions),
    ("нерешенные вопросы", Weak::Questions),
    ("outstanding items", Weak::Questions),
];

/// What an item under a weak heading needs to be a follow-up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Weak {
    /// An owner or a due date.
    Proposals,
    /// An owner and a due date.
    Questions,
}

/// The items read under a weak heading: from which item on, and what they need.
struct WeakSection {
    from: usize,
    needs: Weak,
}

/// `Алерт на lag _(Дмитрий Петров, до 2026-01-23)_`: `text` with the emphasis around its
/// closing brackets taken off (`None` when it ends with none).
fn trailing_italic_brackets(text: &str) -> Option<String> {
    let trimmed = text.trim_end();
    let opening = if trimmed.ends_with(")_") {
        "_("
    } else if trimmed.ends_with(")*") {
        "*("
    } else {
        return None;
    };
    let open = trimmed.rfind(opening)?;
    let inner = &trimmed[open + 1..trimmed.len() - 1];
    Some(format!("{}{inner}", &trimmed[..open]))
}

/// A list of task boxes outside any follow-up section (a tracker's «Чеклист», a card's
/// checklist): a box with an owner or a due date is a follow-up wherever it stands, and so are
/// its unassigned siblings when most of the list is assigned
/// (`- [ ] Алерт на долю pending-джоб > 20 %` among boxes with their owners and due dates).
#[derive(Default)]
struct TaskRun {
    /// How many boxes of the list were assigned (or named their fields by key).
    assigned: usize,
    /// The boxes with neither owner nor due date, held until the list ends.
    unassigned: Vec<ActionItem>,
}

impl TaskRun {
    /// Reads one box of the list: a follow-up at once when it names its fields by key
    /// (`keyed`) or is assigned, else held until the list ends.
    fn add(&mut self, item: ActionItem, keyed: bool, items: &mut Vec<ActionItem>) {
        if keyed || is_assigned(&item) {
            self.assigned += 1;
            items.push(item);
        } else {
            self.unassigned.push(item);
        }
    }

    /// At the list's end: its unassigned boxes join the follow-ups when two or more of the
    /// list, and no fewer than they, were assigned.
    fn settle(&mut self, items: &mut Vec<ActionItem>) {
        let run = std::mem::take(self);
        if run.assigned >= 2 && run.assigned >= run.unassigned.len() {
            for item in run.unassigned {
                let at = items.iter().position(|known| known.line > item.line).unwrap_or(items.len());
                items.insert(at, item);
            }
        }
    }
}

impl WeakSection {
    /// Drops the items read under the heading that are not follow-ups.
    fn settle(self, items: &mut Vec<ActionItem>) {
        let mut index = 0;
        items.retain(|item| {
            index += 1;
            let at = index - 1;
            let due = item.due.is_some() || item.due_unreadable.is_some();
            at < self.from
                || match self.needs {
                    Weak::Proposals => item.owner.is_some() || due,
                    Weak::Questions => item.owner.is_some() && due,
                }
        });
    }
}

/// Heading words that name a runbook's procedure as often as follow-ups («Действия» are the
/// steps to take): in runbooks they do not introduce action items.
const PROCEDURE_HEADINGS: [&str; 15] = [
    "дальше",
    "remediation",
    "remediations",
    "устранение",
    "действия",
    "actions",
    "план действий",
    "action plan",
    "меры",
    "next steps",
    "следующие шаги",
    "дальнейшие шаги",
    "дальнейшие действия",
    "задачи",
    "tasks",
];

/// What kind of document the action items are read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reading {
    /// A deliverable whose «Действия» / "Actions" are follow-ups.
    FollowUps,
    /// A procedure or a breakdown of work (a runbook, an estimate): «Действия» / "Actions" /
    /// «Задачи» / "Tasks" are its steps or its parts, not follow-ups.
    Procedure,
    /// A plan over time (a roadmap): «Дальше» is its next horizon, not follow-ups.
    Plan,
    /// An incident's review: follow-ups, and its `TODO:` list too (elsewhere a to-do is
    /// work on the page itself).
    Incident,
}

/// Headings that introduce follow-ups only in an incident's review.
/// («**Сделать:**» over an incident note's checklist; a problem record's "Linked issues", the
/// tickets that fix it.)
const INCIDENT_HEADINGS: [&str; 15] = [
    // A Playbooks run's checklist «После инцидента» / "Post-incident" (its "Triage" and
    // "Mitigation" ones were done while it lasted).
    "после инцидента",
    "post-incident",
    "post incident",
    "after the incident",
    "todo",
    "to do",
    "to-do",
    "sub-tasks",
    "subtasks",
    "подзадачи",
    "сделать",
    // «### Чек-лист по итогам» closing a ticket's review.
    "чек-лист по итогам",
    "linked issues",
    "linked tickets",
    "связанные задачи",
];

/// «Триаж», "Mitigation", «Устранение»: a heading (folded) over the work done while an
/// incident lasted (a Playbooks run's checklists), whose tasks are no follow-ups.
fn is_in_incident_heading(folded: &str) -> bool {
    let heading = folded.trim_matches(|c: char| !c.is_alphanumeric());
    matches!(
        heading,
        "триаж"
            | "triage"
            | "mitigation"
            | "устранение"
            | "диагностика"
            | "stabilization"
            | "стабилизация"
            | "communication"
            | "коммуникация"
            | "оповещение"
    )
}

/// Heading words that name a roadmap's horizon as often as an incident's follow-ups
/// («## Сейчас / ## Дальше / ## Потом»): in a roadmap they do not introduce action items.
const HORIZON_HEADINGS: [&str; 1] = ["дальше"];

/// Reads the action items of a normalised text; `extra_headings` are more heading phrases
/// (from `book.toml`). In a [`Reading::Procedure`], headings such as «Действия» list steps
/// and are skipped.
pub(crate) fn read(outline: &Outline<'_>, extra_headings: &[String], reading: Reading) -> Vec<ActionItem> {
    let procedure = reading == Reading::Procedure;
    let extra: Vec<String> = extra_headings.iter().map(|heading| fold(heading)).collect();
    let mut items = Vec::new();
    let mut section: Option<usize> = None;
    let mut table: Option<TableColumns> = None;
    // The header row was blank: the next row names the columns.
    let mut named_below = false;
    // The items read that later ones may be nested in (index, depth), outermost first: a
    // nested `Key: value` bullet is a field of the item it is nested in.
    let mut open: Vec<(usize, usize)> = Vec::new();
    // A heading inside a follow-up section, which is an item when a paragraph of its fields
    // follows (`### 1. Rotate the key` / `Owner: Irina. Due: 10.04.2026. Status: done.`).
    let mut heading_item: Option<(&str, usize)> = None;
    // Lines already read as the fields of a heading item.
    let mut read_until = 0;
    // The items read under a weak heading («Предложения», "Open questions"), while in one.
    let mut weak: Option<WeakSection> = None;
    // A paragraph that introduces the list under it ("Corrective actions (tracked in Jira):")
    // stands for a heading until the next paragraph.
    let mut lead_in = false;
    // The lead-in is a callout's title: its tasks are quoted, and are the callout's own.
    let mut in_callout = false;
    let mut bold_section = false;
    let mut seen_heading = false;
    // Under «Триаж», "Mitigation": the tasks done while the incident lasted, not after it.
    let mut during_incident = false;
    // A board's column under a follow-up section (`### Сделано`): its level, its state and
    // the first item read under it.
    let mut column: Option<(usize, ActionState, usize)> = None;
    // The depth of a list item that names follow-ups (`- **Задачи**`), while in its branch.
    let mut branch: Option<usize> = None;
    let mut legend: Vec<(char, RoadmapStatus)> = Vec::new();
    // A table of tracked follow-ups outside any follow-up section, while in it.
    let mut loose_table: Option<TableColumns> = None;
    // The task boxes of the list being read outside any follow-up section.
    let mut task_run = TaskRun::default();
    for (index, _, role) in outline.iter() {
        if !matches!(role, Role::Item(_) | Role::Blank) {
            task_run.settle(&mut items);
        }
        if index < read_until {
            continue;
        }
        let opens_paragraph = role == Role::Text && (index == 0 || outline.role(index - 1) == Role::Blank);
        // `**11. Мероприятия по предотвращению повторения.**`: a bold line standing for a
        // heading opens a section until the next heading or the next such line.
        let line = outline.content(index);
        let bold_heading = opens_paragraph.then(|| bold_heading_text(line)).flatten();
        // «Подписи:» over the signatures' table: another lead-in ends a bold section too.
        // (`☐ Добавить брокер --- ответственный:` wrapped before its name is a task.)
        let other_lead_in =
            opens_paragraph && line.trim().ends_with(':') && !line.trim_start().starts_with(['☐', '☑', '☒', '✅']);
        // `Attachments:` over a Confluence page's files: the page's foot, not a follow-up.
        if opens_paragraph && is_attachments_footer(line) {
            section = None;
            lead_in = false;
            bold_section = false;
            continue;
        }
        if lead_in && opens_paragraph && !bold_section || bold_section && (bold_heading.is_some() || other_lead_in) {
            lead_in = false;
            bold_section = false;
            section = None;
        }
        if section.is_none() && opens_paragraph {
            let named = bold_heading.filter(|named| is_action_heading(&fold(named), &extra, reading));
            // `> [!todo] Что делаем` over its tasks: an Obsidian callout titled as follow-ups.
            let titled = callout_title(line).is_some_and(|title| is_action_heading(&fold(title), &extra, reading));
            // «Что делаем» right over its list (a plain-text note names its sections so).
            let over_list = matches!(outline.role(index + 1), Role::Item(_))
                && line.split_whitespace().count() <= 5
                && !line.trim_end().ends_with(['.', '!', '?', ','])
                && is_action_heading(&fold(line.trim()), &extra, reading);
            if named.is_some() || titled || over_list || is_lead_in(line, &extra, reading) {
                in_callout = titled;
                lead_in = true;
                bold_section = named.is_some();
                section = Some(LEAD_IN_LEVEL);
                continue;
            }
        }
        if let Role::Heading(heading) = role {
            open.clear();
            during_incident = is_in_incident_heading(&fold(heading.text));
            // `### Сделано` / `### В работе` on a board of follow-ups: the items under it
            // stand there unless they say otherwise.
            if let Some((level, state, from)) = column.take() {
                if heading.level > level {
                    column = Some((level, state, from));
                } else {
                    in_column(&mut items[from..], state);
                }
            }
            if section.is_some_and(|open| heading.level <= open) {
                section = None;
                if let Some(section) = weak.take() {
                    section.settle(&mut items);
                }
            }
            if let Some(state) = section.and_then(|_| column_state(heading.text)) {
                column = Some((heading.level, state, items.len()));
                continue;
            }
            // `### DONE Алерт на consumer lag :action:` over `DEADLINE: <2026-02-27 Пт>` and `-
            // OWNER: Саша`: an Org-mode task, exported with pandoc.
            if let Some((item, end)) = section.and_then(|_| org_task(outline, index, heading.text)) {
                items.push(item);
                read_until = end;
                continue;
            }
            heading_item = section.map(|_| (heading.text, index + 1));
            table = None;
            // "After-Action Report / Improvement Plan: …": the page's title names what the
            // page is, not a section of follow-ups.
            let title = heading.level == 1 && !seen_heading;
            seen_heading = true;
            if title || section.is_some() {
                continue;
            }
            let folded = fold(heading.text);
            if is_action_heading(&folded, &extra, reading) {
                section = Some(heading.level);
            } else if let Some(needs) = weak_action_heading(&folded) {
                section = Some(heading.level);
                weak = Some(WeakSection { from: items.len(), needs });
            }
            continue;
        }
        if section.is_none() {
            // `| Что делаем | Кто | Срок | Статус |` under a chat's pinned summary, with no
            // heading over it: in an incident's review, a table that tracks whose each task is,
            // by when and how it stands holds follow-ups wherever it stands.
            if reading == Reading::Incident {
                match role {
                    Role::Row { header: true, text } => {
                        loose_table = Some(TableColumns::of(&cells(text))).filter(TableColumns::tracks_follow_ups);
                    }
                    Role::Row { header: false, text } => {
                        if let Some(columns) = &loose_table {
                            items.extend(columns.item(&cells(text), index + 1));
                        }
                    }
                    Role::Delimiter => {}
                    _ => loose_table = None,
                }
            }
            if let Role::Item(item) = role {
                let text = outline.item_text(index, &item);
                // A mind map's `- **Задачи**` branch: the items nested in it are follow-ups,
                // a legend among them (`Легенда: 🟢 сделано · 🟡 в работе`) says their marks.
                if branch.is_some_and(|depth| item.depth <= depth) {
                    branch = None;
                }
                let named = bold_heading_text(&text).filter(|named| is_action_heading(&fold(named), &extra, reading));
                if named.is_some() && item.near_margin() {
                    branch = Some(item.depth);
                    continue;
                }
                if branch.is_some() {
                    if is_legend(&text) {
                        legend = roadmap::read_legend(&text);
                    } else {
                        items.extend(list_item(&item, &text, index + 1).map(|read| marked(read, &legend)));
                    }
                    continue;
                }
                // `1. **Проверять целостность записи** · owner @v.moroz · до 2026-03-20 · done`
                // on a retro's board: an item that names its owner and its due date by their
                // keys is a tracked follow-up wherever it is.
                if !procedure && !during_incident && item.near_margin() {
                    let task = item.mark.is_some() && reading != Reading::Plan;
                    if let Some(keyed) = keyed_item(&item, &text, index + 1) {
                        task_run.add(keyed, true, &mut items);
                    } else if let Some(read) = task.then(|| list_item(&item, &text, index + 1)).flatten() {
                        task_run.add(read, false, &mut items);
                    }
                }
            } else if role != Role::Blank {
                branch = None;
                // `☐ Подготовить предложение --- Петрова Е.` under a PoC's conclusion: a
                // task box with its owner is a follow-up wherever it stands.
                if opens_paragraph && !procedure && reading != Reading::Plan {
                    if let Some(item) = glyph_paragraph(outline, index).filter(is_assigned) {
                        items.push(item);
                        read_until = outline.paragraph_end(index);
                    }
                }
            }
            continue;
        }
        if role != Role::Blank {
            match (heading_item.take(), role) {
                (Some((heading, line)), Role::Text) => {
                    items.extend(heading_with_fields(heading, &outline.paragraph_text(index), line));
                }
                // `### AI-1: Reject wildcard silences` / `- **Owner:** Lena` / `- **Due:** …`
                (Some((heading, line)), Role::Item(_)) => {
                    if let Some((item, end)) = heading_with_field_list(outline, index, heading, line) {
                        items.push(item);
                        read_until = end;
                        continue;
                    }
                }
                _ => {}
            }
        }
        if role == Role::Text {
            // `- [ ] ~~Precompute scores~~ — dropped: they depend on the basket, so` /
            // `  precomputing is not possible`: the item's own text going on, read with it.
            if continues_item(outline, index) {
                continue;
            }
            if index == 0 || outline.role(index - 1) != Role::Text {
                if let Some((item, end)) = paragraph_with_field_list(outline, index) {
                    items.push(item);
                    read_until = end;
                    continue;
                }
                // A whole paragraph as one item: its fields a line each, a promise, a clause.
                let whole = glyph_paragraph(outline, index)
                    .or_else(|| field_paragraph_item(outline, index))
                    .or_else(|| promised(outline, index))
                    .or_else(|| numbered_paragraph(outline, index));
                if let Some(item) = whole {
                    items.push(item);
                    read_until = outline.paragraph_end(index);
                    continue;
                }
            }
            items.extend(definition_item(outline, index).or_else(|| numbered_line(outline.content(index), index + 1)));
            continue;
        }
        match role {
            Role::Row { header: true, text } => {
                let header = cells(text);
                // `| | | |` over `| Что | Кто | Срок |` (a note app's export flattens the
                // header into the first row): the names are in the row under it.
                named_below = header.iter().all(|cell| cell.trim().is_empty());
                // A key of what each state means (`| Status | Meaning |`) holds no tasks.
                table = (!super::roadmap::is_legend_header(&header)).then(|| TableColumns::of(&header));
            }
            Role::Row { header: false, text } if std::mem::take(&mut named_below) => {
                let header = cells(text);
                table = (!super::roadmap::is_legend_header(&header)).then(|| TableColumns::of(&header));
            }
            Role::Row { header: false, text } => {
                if let Some(columns) = &table {
                    items.extend(columns.item(&cells(text), index + 1));
                }
            }
            Role::Item(item) => {
                let text = outline.item_text(index, &item);
                // `> - [ ] task` in a callout, HackMD's `:::warning` box under a follow-up
                // heading: at the quote's margin.
                let quoted = in_callout && lead_in || outline.quote_depth(index) > 0;
                let item =
                    if quoted && item.depth == 0 { Item { at_line_start: true, indent: 0, ..item } } else { item };
                while open.last().is_some_and(|(_, depth)| *depth >= item.depth) {
                    open.pop();
                }
                // `- Owner: Bob` under an item is a field of that item, not an item; so is
                // `- Светлана Петрова, до 20.03.2026 — ✅ сделано`, its whole annotation.
                if let Some(parent) = open.last().and_then(|(at, _)| items.get_mut(*at)) {
                    if apply_field(parent, &text)
                        || item.mark.is_none()
                            && (apply_annotation_line(parent, &text) || apply_state_line(parent, &text))
                    {
                        continue;
                    }
                }
                // `- **Right-size the heap**` over `  Assignee: Alexey · Priority: High · Status:
                // Completed · PLAT-902` (incident.io): the item's fields on its next line.
                let (text, fields) = match field_lines_of(outline, index, &item) {
                    Some((own, fields)) => (std::borrow::Cow::Owned(own), fields),
                    None => (text, Vec::new()),
                };
                if let Some(mut read) = list_item(&item, &text, index + 1) {
                    for line in fields {
                        apply_field_line(&mut read, line);
                    }
                    items.push(read);
                    open.push((items.len() - 1, item.depth));
                }
            }
            _ => {}
        }
    }
    if let Some((_, state, from)) = column {
        in_column(&mut items[from..], state);
    }
    if let Some(section) = weak {
        section.settle(&mut items);
    }
    // A checklist that ends the page ends with it.
    task_run.settle(&mut items);
    bare_name_owners(&mut items);
    without_trailing_notes(outline, items)
}

/// The items without a plain line that follows a run of tasks (`- TODO …` / `- DONE …`,
/// `- [ ] …`) with no owner or day of its own: a note after the list (a Logseq day's `-
/// Вечером: …` block, read under the incident's follow-ups), not a task.
fn without_trailing_notes(outline: &Outline<'_>, items: Vec<ActionItem>) -> Vec<ActionItem> {
    let marked = |item: &ActionItem| {
        let line = strip_bullet(outline.content(item.line.saturating_sub(1)).trim());
        let boxed = ["[ ]", "[x]", "[X]", "[-]", "☐", "☑", "☒"].iter().any(|mark| line.starts_with(mark));
        boxed || super::lines::task_marker(line).is_some()
    };
    let flags: Vec<bool> = items.iter().map(marked).collect();
    items
        .into_iter()
        .enumerate()
        .filter(|(at, item)| {
            let tasks_before = flags[..*at].iter().rev().take_while(|marked| **marked).count();
            let task_after = flags.get(at + 1).copied().unwrap_or(false);
            flags[*at] || tasks_before < 2 || task_after || item.owner.is_some() || item.due.is_some()
        })
        .map(|(_, item)| item)
        .collect()
}

/// An Org-mode task heading (`DONE Алерт на consumer lag :action:`) and the lines under it up
/// to the next heading: its `DEADLINE: <2026-02-27 Пт>` and its `OWNER: Саша Белов` property.
/// The item and the line its lines end at.
fn org_task(outline: &Outline<'_>, index: usize, heading: &str) -> Option<(ActionItem, usize)> {
    static TAGS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\s+:[\p{L}\p{N}_@#%:]+:\s*$").expect("valid regex"));
    let (keyword, rest) = heading.trim().split_once(' ')?;
    let state = org_keyword_state(keyword)?;
    let text = TAGS.replace(rest, "");
    let mut item = ActionItem::blank(state, index + 1);
    item.text = clean(&text);
    let end = (index + 1..outline.len()).find(|&at| outline.heading(at).is_some()).unwrap_or(outline.len());
    for at in index + 1..end {
        let line = strip_bullet(outline.content(at).trim());
        if let Some(deadline) = line.split_once("DEADLINE:").map(|(_, after)| after) {
            item.due = item.due.or_else(|| Date::find(deadline));
        } else if let Some((key, value)) = line.split_once(':') {
            apply_field(&mut item, &format!("{}: {value}", key.to_lowercase()));
        }
    }
    Some((item, end))
}

/// The state an Org-mode keyword (`TODO`, `DONE`, `CANCELLED`…) opening a heading gives.
pub(crate) fn org_keyword_state(keyword: &str) -> Option<ActionState> {
    Some(match keyword {
        "TODO" | "NEXT" | "WAITING" | "STARTED" | "IN-PROGRESS" => ActionState::Open,
        "DONE" => ActionState::Done,
        "CANCELLED" | "CANCELED" => ActionState::Dropped,
        _ => return None,
    })
}

/// A task read outside any follow-up section counts when it names its owner (`- [ ] Обновить
/// runbook — @anna`); a checklist's bare boxes are steps, and a plan's dated ones
/// (`- [ ] Перевод производителей (до 19.06.2026)`) its schedule.
fn is_assigned(item: &ActionItem) -> bool {
    item.owner.is_some()
}

/// `- [x] purge only by prefix — Лёша` beside `- [ ] hit-ratio alert — Лёша`: a bare name
/// after the last dash is no owner on one item (it may be a product), but when two or more
/// items end that way it is the column of owners the list was written with.
fn bare_name_owners(items: &mut [ActionItem]) {
    let named = |item: &ActionItem| {
        let (before, after) = item.text.rsplit_once(" — ").or_else(|| item.text.rsplit_once(" – "))?;
        let name = after.trim().trim_matches(['*', '_']).trim();
        let bare = name.split_whitespace().count() <= 2 && !name.contains(|c: char| c.is_ascii_digit());
        (item.owner.is_none() && bare && looks_like_owner(name) && !before.trim().is_empty())
            .then(|| (before.trim_end().to_owned(), name.to_owned()))
    };
    if items.iter().filter_map(named).count() < 2 {
        return;
    }
    for item in items.iter_mut() {
        if let Some((text, owner)) = named(item) {
            item.text = text;
            item.owner = Some(owner);
        }
    }
}

/// Whether text line `index` goes on a list item's text: the lines above it, up to the first
/// that is not text, are the item's (no blank line between).
fn continues_item(outline: &Outline<'_>, index: usize) -> bool {
    let above = (index.saturating_sub(40)..index).rev().find(|&at| outline.role(at) != Role::Text);
    above.is_some_and(|at| matches!(outline.role(at), Role::Item(_)))
}

/// `[!todo] Что делаем` (a quote's first line, its `>` taken off): an Obsidian or GitHub
/// callout's title, without its type and fold mark.
pub(crate) fn callout_title(line: &str) -> Option<&str> {
    let rest = line.trim_start().strip_prefix("[!")?;
    let (_, title) = rest.split_once(']')?;
    let title = title.trim_start_matches(['+', '-']).trim();
    (!title.is_empty()).then_some(title)
}

/// `Attachments:`, «Вложения:»: the list of a wiki page's files at its foot.
fn is_attachments_footer(line: &str) -> bool {
    // Most lines are no label: fold (which allocates) only a short one ending in a colon.
    let line = line.trim();
    if !line.ends_with(':') || line.len() > 40 {
        return false;
    }
    let folded = fold(line);
    let label = folded.trim_end_matches(':').trim();
    ["attachments", "вложения", "attached files", "прикрепленные файлы"].contains(&label)
}

/// The state a board's column heading names: «Сделано», «В работе», «Не начато», "Done",
/// "Doing", "To do".
fn column_state(heading: &str) -> Option<ActionState> {
    let folded = fold(heading);
    let name = folded.trim_matches(|c: char| !c.is_alphanumeric());
    match name {
        "сделано" | "готово" | "выполнено" | "done" | "completed" => Some(ActionState::Done),
        "в работе" | "не начато" | "doing" | "in progress" | "to do" | "todo" | "backlog" | "open" => {
            Some(ActionState::Open)
        }
        "отменено" | "dropped" | "won't do" | "не будем делать" => Some(ActionState::Dropped),
        _ => None,
    }
}

/// The items read under a board's column take its state, unless they state their own.
fn in_column(items: &mut [ActionItem], state: ActionState) {
    for item in items.iter_mut().filter(|item| item.state == ActionState::Open) {
        item.state = state;
    }
}

/// The level a lead-in paragraph's list is read at: below every heading, so that any heading
/// ends it.
const LEAD_IN_LEVEL: usize = 7;

/// "Corrective actions (tracked in the CHGP Jira project):", «Задачи по итогам:»: a short
/// paragraph that names follow-ups and ends with a colon.
fn is_lead_in(line: &str, extra: &[String], reading: Reading) -> bool {
    let Some(named) = line.trim().strip_suffix(':') else { return false };
    let named = named.split(" (").next().unwrap_or(named);
    named.split_whitespace().count() <= 5 && is_action_heading(&fold(named), extra, reading)
}

/// `**11. Мероприятия по предотвращению повторения.**`: the words of a line that is bold
/// throughout, without its number and its full stop.
fn bold_heading_text(line: &str) -> Option<&str> {
    // `**11. Корректирующие мероприятия** *(что, кто, срок, отметка о выполнении)*`: a note
    // in brackets after the bold words is no part of them.
    let line = line.trim();
    let line = match line.strip_prefix("**").and_then(|rest| rest.split_once("**")) {
        Some((_, after))
            if after.trim().trim_matches(['*', '_']).starts_with('(')
                && after.trim().trim_matches(['*', '_']).ends_with(')') =>
        {
            &line[..line.len() - after.len()]
        }
        _ => line,
    };
    let inner = line.strip_prefix("**")?.strip_suffix("**")?;
    if inner.contains("**") || inner.split_whitespace().count() > 8 {
        return None;
    }
    let unnumbered = inner.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.').trim();
    Some(unnumbered.trim_end_matches(['.', ':']))
}

/// `**Action 1**` / `What: Transactional outbox` / `Who: Polina` / `By when: 2026-05-08` /
/// `Status: in progress`: a paragraph of an item's fields, one a line, the task among them.
fn field_paragraph_item(outline: &Outline<'_>, index: usize) -> Option<ActionItem> {
    let mut item = ActionItem::blank(ActionState::Open, index + 1);
    let mut fields = 0;
    for at in index..outline.paragraph_end(index) {
        let line = outline.content(at).trim().trim_end_matches('\\').trim();
        let bare = line.trim_matches(|c: char| c == '*' || c == '_');
        if line.starts_with("**") && !bare.contains("**") && !bare.contains(':') {
            continue; // `**Action 1**`: the item's label
        }
        let (key, value) =
            clean(line).split_once(':').map(|(key, value)| (fold(key.trim()), value.trim().to_owned()))?;
        if ["what", "что", "action", "task", "задача", "действие"].contains(&key.as_str()) {
            item.text = value;
        } else if apply_field(&mut item, line) {
            fields += 1;
        } else {
            return None;
        }
    }
    (!item.text.is_empty() && fields > 0).then_some(item)
}

/// `**Luca Moretti** will make the capture job … by 30 April. (Done.)`: a paragraph in which
/// somebody commits to the task.
fn promised(outline: &Outline<'_>, index: usize) -> Option<ActionItem> {
    static PROMISE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\*\*([^*]{2,60})\*\*\s+(?:will|shall|обязуется|должен|должна|берёт на себя)\s+(.+)$")
            .expect("valid regex")
    });
    let text = outline.paragraph_text(index);
    let caps = PROMISE.captures(&text)?;
    let who = caps[1].trim().to_owned();
    // The promise is the first sentence; what follows says how it went («(Done.)»).
    let promise = &caps[2];
    let end = promise
        .match_indices(". ")
        .find(|(at, _)| promise[at + 2..].starts_with(|c: char| c.is_uppercase() || c == '('))
        .map_or(promise.len(), |(at, _)| at);
    let (task, after) = (&promise[..end], fold(&promise[end..]));
    let mut item = annotated(task.trim_end_matches('.'), ActionState::Open, index + 1, false);
    let done =
        ["(done", "done.", "(сделано", "(выполнено", "сделано.", "выполнено."].iter().any(|mark| after.contains(mark));
    if done && item.state == ActionState::Open {
        item.state = ActionState::Done;
    }
    item.owner = item.owner.take().or(Some(who));
    Some(item)
}

/// What the weak heading `folded` is, if it is one: [`WEAK_ACTION_HEADINGS`].
fn weak_action_heading(folded: &str) -> Option<Weak> {
    /// The phrases split into words once.
    static PHRASES: LazyLock<Vec<(Vec<&'static str>, Weak)>> =
        LazyLock::new(|| WEAK_ACTION_HEADINGS.iter().map(|(phrase, weak)| (words(phrase), *weak)).collect());
    let heading = words(folded);
    PHRASES.iter().find_map(|(wanted, weak)| {
        heading.windows(wanted.len()).any(|window| window == wanted.as_slice()).then_some(*weak)
    })
}

/// `AI-1: Validate the header — owner Lena Tran, due 2026-04-17 ✅ done`: a line of a
/// paragraph that numbers its follow-up (`AI-1:`, `AR-2.`, `A3)`).
fn numbered_line(line: &str, number: usize) -> Option<ActionItem> {
    static NUMBERED: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^(?:AI|AR|A|FU|TODO)[- ]?\d{1,3}[:.)]\s+(\S.*)$").expect("valid regex"));
    let caps = NUMBERED.captures(line.trim())?;
    Some(annotated(caps.get(1)?.as_str(), ActionState::Open, number, false))
}

/// `11.1. Подключить сервер к ИБП.` / `Ответственный — Кравец И. П. Срок — 23.01.2026.`: a
/// paragraph numbered like a clause of an act, or coded like a tracked action (`RA-01 —
/// Re-enable the alarm.` / `Holder: Ravi Menon. Target: 27/02/2026. Closed 24/02/2026.`,
/// `R2. Ежедневная проверка XSD. Кто: Мухаметов Р. Р. Срок: 27.02.2026. ✔ сделано.`), with
/// its fields in the sentences after the task.
/// `☑ Включить алерт --- ответственный: Смирнов А., срок 23.05.2025` over its next line: a
/// paragraph a checkbox glyph opens (OneNote and Word tasks, converted by pandoc, whose `---`
/// is a dash) is one item, done when the box is ticked.
fn glyph_paragraph(outline: &Outline<'_>, index: usize) -> Option<ActionItem> {
    let text = outline.paragraph_text(index);
    let trimmed = text.trim_start();
    // `~~☐ Задача: … — Игорь Панов~~ — отказались 02.04`: a task struck through, box and all.
    let (struck, trimmed) = match trimmed.strip_prefix("~~") {
        Some(rest) => (true, rest),
        None => (false, trimmed),
    };
    let (state, rest) =
        [("☐", ActionState::Open), ("☑", ActionState::Done), ("☒", ActionState::Done), ("✅", ActionState::Done)]
            .iter()
            .find_map(|(glyph, state)| trimmed.strip_prefix(glyph).map(|rest| (*state, rest)))?;
    let body = rest.trim().replace(" --- ", " — ").replace("\\>", ">").replace("\\<", "<");
    let body = if struck { format!("~~{body}") } else { body };
    (!body.is_empty()).then(|| annotated(&body, state, index + 1, false))
}

fn numbered_paragraph(outline: &Outline<'_>, index: usize) -> Option<ActionItem> {
    static CLAUSE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:\d{1,2}\.\d{1,2}\.?|\**[A-ZА-Я]{1,4}(?:-?\d{1,4})(?:-\d{1,4})?\**\s*[—–:.)]\**)\s+(\S.*)$")
            .expect("valid regex")
    });
    // `. Ответственный — …`, `. Срок — …`, `. Closed 24/02/2026`: where a field's sentence
    // starts (not at an initial).
    static FIELD_SENTENCE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?:\.|[ \t]→)\s+\*?(?:Ответственн|Отв\.|Срок|Отметка|Исполнител|Статус|Кто|Owner|Holder|Action holder|Requested by|Due|Target|ETA|Status|Closed|Open\.|Done|Withdrawn|✔|✅|[Сс]делано|[Гг]отово|[Вв] работе|[Нн]е начато|[Nn]ot started)",
        )
        .expect("valid regex")
    });
    // `AI-1: …` / `AI-2: …`: a line each is an item each, read line by line.
    if (index + 1..outline.paragraph_end(index)).any(|at| CLAUSE.is_match(outline.content(at).trim())) {
        return None;
    }
    let text = outline.paragraph_text(index).replace("\\ ", " ");
    let body = CLAUSE.captures(text.trim())?.get(1)?.as_str().to_owned();
    let starts: Vec<usize> = FIELD_SENTENCE.find_iter(&body).map(|found| found.start()).collect();
    let Some(&first) = starts.first() else {
        return Some(annotated(&body, ActionState::Open, index + 1, false));
    };
    let mut item = annotated(&body[..first], ActionState::Open, index + 1, false);
    let ends = starts.iter().skip(1).copied().chain([body.len()]);
    for (start, end) in starts.iter().zip(ends) {
        // The dot that ended the sentence before: an initial's (`Кравец И. П.`) is the name's.
        // After `. ` or ` → ` (`… минуя сервер печати → Отв.: Гаврилов С. И., срок …`).
        let sentence = body[start + 1..(end + 1).min(body.len())].trim().trim_start_matches(['→', ' ']);
        let last_word = sentence.trim_end_matches('.').rsplit(' ').next().unwrap_or_default();
        let initial = last_word.chars().count() == 1 && last_word.chars().all(char::is_uppercase);
        let sentence = if initial { sentence } else { sentence.trim_end_matches('.') };
        if fold(sentence).starts_with("отметка о выполнении") {
            if fold(sentence).contains("выполнено") && item.state == ActionState::Open {
                item.state = ActionState::Done;
            }
        } else if OWNER_KEYS.iter().any(|key| fold(sentence).starts_with(key)) && sentence.contains(", ") {
            // `Отв. Коваль Д. С., срок 20.03.2026`, `Отв.: Гаврилов С. И., срок 10.04.2026 — в
            // работе`: an owner, then more fields, commas between.
            if !parted_fields(&mut item, sentence) {
                set_state(&mut item, sentence);
            }
        } else if !apply_field(&mut item, &sentence.replace('*', "").replacen(" — ", ": ", 1)) {
            // `Closed 24/02/2026.`, `✔ сделано 12.02.`, `Open.`: how it stands.
            set_state(&mut item, sentence);
        }
    }
    Some(item)
}

/// «Поручить Лебедеву А. В. добавить ключ…»: a meeting's instruction names whom it is
/// given to, as written (in the dative).
fn instructed(text: &str) -> Option<String> {
    let rest = text.strip_prefix("Поручить ")?;
    let words: Vec<&str> = rest
        .split_whitespace()
        .take_while(|word| word.chars().next().is_some_and(char::is_uppercase))
        .take(4)
        .collect();
    let surname = words.first()?;
    (surname.chars().count() > 2).then(|| words.join(" ").trim_end_matches(',').to_owned())
}

/// A definition-list entry: the task on line `index`, and `: ответственный @x; MOB-1610;
/// срок 10.06.2026; выполнено` on the next. Parts it does not know (a ticket) are left.
fn definition_item(outline: &Outline<'_>, index: usize) -> Option<ActionItem> {
    let opens = index == 0 || outline.role(index - 1) != Role::Text;
    let term = outline.content(index).trim();
    let definition = outline.content(index + 1).trim_start().strip_prefix(':')?;
    if !opens || term.is_empty() || term.starts_with(':') || outline.role(index + 1) != Role::Text {
        return None;
    }
    let mut item = annotated(term, ActionState::Open, index + 1, false);
    parted_fields(&mut item, definition);
    Some(item)
}

/// `Ответственный — Лебедев А. В., срок 30.04.2026, в работе`, `ответственный @x; MOB-1610;
/// срок 10.06.2026`: fields that `;`, `·` or commas part, keyed with or without a colon.
/// Parts it does not know (a ticket) are left. True when one was an owner or a due date.
fn parted_fields(item: &mut ActionItem, text: &str) -> bool {
    let parts: Vec<String> = text.split([';', '·', '•']).flat_map(annotation_parts).collect();
    // `срок 18.03.2026 — внедрено`: a state after the last field's dash is a part too.
    let parts: Vec<&str> = parts
        .iter()
        .flat_map(|part| match part.rsplit_once(" — ") {
            Some((field, state))
                if matches!(state_word(state), Some(stated) if stated != ActionState::Open) || is_open_word(state) =>
            {
                vec![field, state]
            }
            _ => vec![part.as_str()],
        })
        .collect();
    let mut keyed = false;
    for part in parts.iter().map(|part| part.trim()).filter(|part| !part.is_empty()) {
        if apply_field(item, part) {
            keyed = true;
        } else if let Some(owner) = keyed_value(part, &OWNER_KEYS) {
            item.owner = owner_named(owner).or(item.owner.take());
            keyed = true;
        } else if let Some(due) = keyed_value(part, &DUE_KEYS) {
            set_due(item, due);
            keyed = true;
        } else if state_word(part) != Some(ActionState::Open) || is_open_word(part) {
            set_state(item, part);
        }
    }
    keyed
}

/// A heading as an item when `fields` (the paragraph under it) is its owner, due date and
/// state and nothing else: `Owner: Irina. Due: 10.04.2026. Статус: в работе.`
fn heading_with_fields(heading: &str, fields: &str, line: usize) -> Option<ActionItem> {
    let mut item = annotated(unnumbered(heading), ActionState::Open, line, false);
    let mut rest = fields.to_owned();
    (field_starts(fields).first() == Some(&0) && read_keyed_fields(&mut item, &mut rest)).then_some(item)
}

/// A due date written without its year (`до 14.02`) is in the year that puts it on or
/// after `written_on`, the date of the document that sets it.
pub(crate) fn date_without_year(items: &mut [ActionItem], written_on: Date) {
    for item in items.iter_mut().filter(|item| item.due.is_none()) {
        if let Some(due) = item.due_unreadable.as_deref().and_then(|text| Date::find_on_or_after(text, written_on)) {
            item.due = Some(due);
            item.due_unreadable = None;
        }
    }
}

/// A heading's text without its number (`1. Rotate the key` → `Rotate the key`).
fn unnumbered(heading: &str) -> &str {
    let rest = heading.trim_start_matches(|c: char| c.is_ascii_digit());
    match rest.strip_prefix(['.', ')']) {
        Some(text) if rest.len() < heading.len() => text.trim(),
        _ => heading,
    }
}

/// A heading as an item when the list right under it (from line `start`) holds only its
/// fields (`- **Owner:** Lena Fischer`, `- **Status:** ✅ Done`): the item and the line
/// after the list.
fn heading_with_field_list(
    outline: &Outline<'_>,
    start: usize,
    heading: &str,
    line: usize,
) -> Option<(ActionItem, usize)> {
    let mut item = annotated(unnumbered(heading), ActionState::Open, line, false);
    let mut end = start;
    for index in start..outline.len() {
        match outline.role(index) {
            Role::Item(list_item) => {
                let field = outline.item_text(index, &list_item);
                if !apply_field(&mut item, &field) {
                    return None;
                }
                end = list_item.last.max(index) + 1;
            }
            Role::Text if index < end => {}
            _ => break,
        }
    }
    (end > start).then_some((item, end))
}

/// The paragraph opening on line `index` as an item when a list of only its fields follows
/// it with no blank line between (`PTASK-0911 Add an idempotency key` / `  - Owner: Tomás` /
/// `  - Due: …`): the item and the line after the list.
fn paragraph_with_field_list(outline: &Outline<'_>, index: usize) -> Option<(ActionItem, usize)> {
    let end = outline.paragraph_end(index);
    if end >= outline.len() || !matches!(outline.role(end), Role::Item(_)) {
        return None;
    }
    heading_with_field_list(outline, end, &outline.paragraph_text(index), index + 1)
}

/// True for a heading under which [`read`] takes action items, in a document read as
/// `reading`, with `extra_headings` from `book.toml`.
pub(crate) fn is_follow_up_heading(heading: &str, extra_headings: &[String], reading: Reading) -> bool {
    let extra: Vec<String> = extra_headings.iter().map(|heading| fold(heading)).collect();
    is_action_heading(&fold(heading), &extra, reading)
}

/// True for a heading (folded) under which follow-ups may stand, surely or only when they
/// name an owner or a due date («Предложения»).
pub(crate) fn names_follow_ups(folded: &str, extra_headings: &[String]) -> bool {
    let extra: Vec<String> = extra_headings.iter().map(|heading| fold(heading)).collect();
    is_action_heading(folded, &extra, Reading::FollowUps) || weak_action_heading(folded).is_some()
}

/// True for a heading that introduces action items.
fn is_action_heading(folded: &str, extra: &[String], reading: Reading) -> bool {
    let procedure = reading == Reading::Procedure;
    /// The built-in phrases split into words once.
    static PHRASES: LazyLock<Vec<(&'static str, Vec<&'static str>)>> =
        LazyLock::new(|| ACTION_HEADINGS.iter().map(|phrase| (*phrase, words(phrase))).collect());
    let heading = words(folded);
    let contains = |wanted: &[&str]| !wanted.is_empty() && heading.windows(wanted.len()).any(|window| window == wanted);
    let follow_up = |(phrase, wanted): &(&str, Vec<&str>)| {
        contains(wanted)
            && !(procedure && PROCEDURE_HEADINGS.contains(phrase) && !unambiguous(&heading))
            && !(reading == Reading::Plan && HORIZON_HEADINGS.contains(phrase))
    };
    // CAST's "unsafe control actions" are an analysis of what went wrong, not things to do;
    // "Tasks (in-incident)" were done while it lasted.
    let analysis = contains(&["unsafe"])
        || contains(&["control", "actions"])
        || contains(&["in-incident"])
        || contains(&["during"])
        || contains(&["в", "ходе"])
        || contains(&["во", "время"])
        // "Immediate actions taken", «Коррекция (немедленные действия)»: done on the spot.
        || contains(&["immediate"])
        || contains(&["taken"])
        || contains(&["немедленные"])
        || contains(&["коррекция"])
        // GOST 34's «Мероприятия по подготовке объекта к вводу системы»: a design's section.
        || contains(&["подготовке", "объекта"])
        // «Постановка задачи»: a memo's problem statement, not its tasks.
        || contains(&["постановка"]);
    let incident = reading == Reading::Incident && INCIDENT_HEADINGS.iter().any(|phrase| contains(&words(phrase)));
    // `## Next` closing a report or a review, as «Дальше» does (in a plan, the next horizon;
    // in a procedure, its next step).
    let next = heading == ["next"] && matches!(reading, Reading::FollowUps | Reading::Incident);
    !analysis && (PHRASES.iter().any(follow_up) || incident || next)
        || extra.iter().any(|phrase| contains(&words(phrase)))
}

/// A heading's or a phrase's words (letters, digits and hyphens), for matching whole words.
fn words(phrase: &str) -> Vec<&str> {
    phrase.split(|c: char| !(c.is_alphanumeric() || c == '-')).filter(|word| !word.is_empty()).collect()
}

/// A heading that names follow-ups outright: «Действия по итогам», "Corrective actions".
fn unambiguous(heading: &[&str]) -> bool {
    heading.iter().any(|word| {
        ["итогам", "итогу", "корректирующие", "corrective", "follow-up", "follow-ups", "followups", "items"]
            .contains(word)
    })
}

/// A list item: `- [ ] text`, `- [x] text`, `* [-] text`, `1. text`, its `text` over all
/// the lines of its paragraph. A task (with a checkbox) counts however deep it is nested; a
/// plain item only near the margin (deeper ones are notes on the item above).
fn list_item(item: &Item<'_>, text: &str, line_number: usize) -> Option<ActionItem> {
    if !(item.near_margin() || item.mark.is_some() && item.at_line_start) {
        return None;
    }
    let state = match item.mark {
        Some(TaskMark::Done) => ActionState::Done,
        Some(TaskMark::Dropped) => ActionState::Dropped,
        Some(TaskMark::Open) | None => ActionState::Open,
    };
    // `… _(Дмитрий Петров, до 2026-01-23)_`: the brackets of whose and by when, in italics.
    let plain;
    let text = match trailing_italic_brackets(text) {
        Some(unwrapped) => {
            plain = unwrapped;
            plain.as_str()
        }
        None => text,
    };
    // An Amplenote task: its attributes in an HTML comment at its end.
    let (text, attributes) = super::lines::trailing_comment_attributes(text);
    // A Logseq block: `DONE Task` over its `owner:: Nadia` / `deadline:: <2026-03-20 Fri>`.
    let (text, mut properties) = super::lines::block_properties(text);
    properties.extend(attributes);
    let (state, text) = match super::lines::task_marker(text) {
        Some(("DONE", rest)) => (ActionState::Done, rest),
        Some(("CANCELED" | "CANCELLED", rest)) => (ActionState::Dropped, rest),
        Some((_, rest)) => (state, rest),
        None => (state, text),
    };
    // Zim's exported checkboxes in a list: `* ☑ Алерт …` done, `* ☐ …` open, `* ☒ …` crossed
    // out (not done).
    let glyph = ['☐', '☑', '☒'].into_iter().find(|glyph| text.starts_with(*glyph)).filter(|_| item.mark.is_none());
    let (state, text) = match glyph {
        Some(glyph) => {
            let rest = text[glyph.len_utf8()..].trim_start();
            (
                match glyph {
                    '☑' => ActionState::Done,
                    '☒' => ActionState::Dropped,
                    _ => ActionState::Open,
                },
                rest,
            )
        }
        None => (state, text),
    };
    if text.is_empty() {
        return None;
    }
    let mut read = annotated(text, state, line_number, false);
    for (key, value) in properties {
        apply_field(&mut read, &format!("{key}: {value}"));
    }
    Some(read)
}

/// The text of list item `item` (at line `index`) without its lines of fields, and those
/// lines: `Assignee: Alexey Morozov · Priority: High · Status: Completed · PLAT-902` under
/// the item's own line. `None` when no line under it is parted as one is (most items).
fn field_lines_of<'t>(outline: &Outline<'t>, index: usize, item: &Item<'t>) -> Option<(String, Vec<&'t str>)> {
    if !(index + 1..=item.last).any(|line| outline.content(line).contains(['·', '|'])) {
        return None;
    }
    let mut own = item.text.trim_end().to_owned();
    let mut fields = Vec::new();
    for line in index + 1..=item.last {
        let content = outline.content(line).trim();
        if content.is_empty() {
            continue;
        }
        if apply_field_line(&mut ActionItem::blank(ActionState::Open, 0), content) {
            fields.push(content);
        } else {
            own.push(' ');
            own.push_str(content);
        }
    }
    (!fields.is_empty()).then_some((own, fields))
}

/// Reads a line of an item's fields parted by `·` (or `|`) into `item`: every part a
/// `Key: value` or a ticket (`PLAT-902`), one of them at least a field of ours (owner, due
/// date, state); a key of no meaning here (`Priority: High`) is passed over. False, and
/// `item` unchanged, for any other line.
fn apply_field_line(item: &mut ActionItem, line: &str) -> bool {
    // (A line of one field, `owner: TBD, due: TBD. *Open.*`, goes on the item's text, which
    // its annotation reader reads.)
    if !line.contains(['·', '|']) {
        return false;
    }
    let mut probe = item.clone();
    let mut known = false;
    for part in line.split(['·', '|']).map(str::trim) {
        if part.is_empty() || without_ticket(part).is_empty() {
            continue;
        }
        let keyed = part.split_once(':').is_some_and(|(key, value)| {
            let words = key.split_whitespace().count();
            (1..=3).contains(&words)
                && key.chars().all(|c| c.is_alphabetic() || c == ' ' || c == '*')
                && !value.trim().is_empty()
        });
        if !keyed {
            return false;
        }
        known |= apply_field(&mut probe, part);
    }
    if known {
        *item = probe;
    }
    known
}

/// Reads `Owner: Bob`, `**Срок:** 15.03.2026`, `Status: done` (a sub-bullet of `item`) into
/// `item`; false when `text` is not such a field. A placeholder (`TBD`, `—`, «пока нет») says
/// there is none.
/// Several on one line (`ответственный: Мария Ким, срок: 10.03.2026`) are each read.
fn apply_field(item: &mut ActionItem, text: &str) -> bool {
    let starts = field_starts(text);
    if starts.len() < 2 || !text[..starts[0]].trim_matches(['*', '_', ' ', '-']).is_empty() {
        return apply_one_field(item, text);
    }
    let ends = starts.iter().skip(1).copied().chain([text.len()]);
    let parts: Vec<&str> = starts
        .iter()
        .zip(ends)
        .map(|(&from, to)| text[from..to].trim().trim_end_matches([',', ';', '·', '|']))
        .collect();
    let mut probe = item.clone();
    if !parts.iter().all(|part| apply_one_field(&mut probe, part)) {
        return apply_one_field(item, text);
    }
    *item = probe;
    true
}

/// Reads a sub-bullet of `item` that is its annotation and nothing else — an owner and a
/// due date (or placeholders for them), then perhaps a state after a dash: `Светлана
/// Петрова, до 20.03.2026 — ✅ сделано`, `—, — — ❌ отменено`. False, and `item` unchanged,
/// for any other line, and for an item whose owner or due date is already read.
fn apply_annotation_line(item: &mut ActionItem, text: &str) -> bool {
    if item.owner.is_some() || item.due.is_some() || item.due_unreadable.is_some() {
        return false;
    }
    let plain = clean(text);
    let dashes = plain.match_indices([' ', '\u{a0}']).map(|(at, _)| at).filter(|&at| {
        plain[at + 1..].starts_with(['—', '–']) && plain[at + 1..].chars().nth(1).is_some_and(char::is_whitespace)
    });
    let splits = dashes.map(|at| (&plain[..at], Some(&plain[at..]))).chain([(plain.as_str(), None)]);
    for (head, tail) in splits {
        // Each part a name, a day or a placeholder: a few words, not a sentence.
        if head.split([',', ';']).any(|part| part.split_whitespace().count() > 4) {
            continue;
        }
        let mut probe = item.clone();
        if !read_parts(&mut probe, head.trim().trim_end_matches(','), Strictness::BesideDate) {
            continue;
        }
        let dated = probe.due.is_some() || probe.due_unreadable.is_some();
        let placeholders = head.split([',', ';']).any(|part| no_owner(part.trim()));
        let state = tail.map(|tail| tail.trim_start_matches(['—', '–', ' ', '\u{a0}']));
        let stated = state.is_none_or(|state| set_state(&mut probe, state));
        if (dated || placeholders) && stated {
            *item = probe;
            return true;
        }
    }
    false
}

/// `- ✔ выполнено`, `- открыто` under an item whose owner and due day its other sub-bullets
/// give: a state written alone, without its key. False, and `item` unchanged, for any other
/// line.
fn apply_state_line(item: &mut ActionItem, text: &str) -> bool {
    let plain = clean(text);
    let short = plain.split_whitespace().count() <= 2;
    let Some(state) = state_word(&plain).filter(|_| short && (item.owner.is_some() || item.due.is_some())) else {
        return false;
    };
    let spelled = ["открыт", "в работе", "open", "in progress"].iter().any(|word| fold(&plain).contains(word));
    if state == ActionState::Open && !spelled {
        return false;
    }
    item.state = state;
    true
}

/// One `Key: value` field of [`apply_field`].
fn apply_one_field(item: &mut ActionItem, text: &str) -> bool {
    let plain = clean(text);
    let Some((key, value)) = plain.split_once(':') else { return false };
    // `Owner:: [[Priya Nair]]`: a Roam or Logseq attribute's double colon.
    let (key, value) = (fold(key.trim()), value.strip_prefix(':').unwrap_or(value).trim());
    let is = |keys: &[&str]| keys.contains(&key.as_str());
    if is(&OWNER_KEYS) || is(&["assigned to", "ответственный за выполнение"]) {
        item.owner = owner_named(value).or(item.owner.take());
    } else if is(&FIELD_DUE_KEYS) || key == "by" && Date::find(value).is_some() {
        // `By: 29.05.2026`: "by" keys a date only (`By: Anna` names an author).
        set_due(item, value);
    } else if is(&STATUS_KEYS) {
        if item.state == ActionState::Open {
            item.state = state_word(value).unwrap_or(item.state);
        }
    } else if is(&["completed", "done", "выполнено", "готово"]) && answered(value).is_some() {
        // Asana's `Completed: No`: the answer says whether it is done.
        if item.state == ActionState::Open {
            item.state = answered(value).unwrap_or(item.state);
        }
    } else if is(&["stage", "стадия"]) && state_word(value).is_some_and(|state| state != ActionState::Open) {
        // `Stage: Won't do (catalog is being replaced)`: a custom field's settled state.
        item.state = state_word(value).unwrap_or(item.state);
    } else {
        return false;
    }
    true
}

/// An item's text with its `(Owner, 31.07.2026)`, `📅 2026-07-31`, `— owner: …, due: …` or
/// `due: …` annotation read off, and its state refined by what the text says (✅, an item
/// that begins ~~struck through~~). `columns` is true in a table with owner or due columns:
/// they say who and when, and the text is kept whole.
fn annotated(text: &str, state: ActionState, line: usize, columns: bool) -> ActionItem {
    let mut item = ActionItem::blank(state, line);
    let mut body = text.trim().to_owned();
    if let Some((state, rest)) = bracketed_state(&body).or_else(|| trailing_bracketed_state(&body)) {
        // (`- [x] [Won't do] …`: a box ticked to close it, the tag saying it was dropped.)
        if item.state == ActionState::Open || state == ActionState::Dropped {
            item.state = state;
        }
        body = rest;
    }
    // `Task (Исполнитель: Гришин А.В., Срок: 19.12.2025) — **выполнено**.`, `… (…) —
    // отменено: НСПК не меняет …`: where it stands, after its fields in brackets.
    if let Some(at) = [") — ", ") – "].iter().filter_map(|dash| body.rfind(dash)).max() {
        let tail = body[at + 5..].trim().trim_matches(['*', '_', '.', ' ']);
        let word = tail.split([':', ';', ',']).next().unwrap_or(tail).trim().trim_matches(['*', '_', '.']);
        // Only a state word or two (`выполнено`, «не выполнено», `отменено: …`), not a note
        // (`— blocked on the CDN contract`, `— due 2026-04-02`).
        let short = word.split_whitespace().count() <= 2;
        // («— не назначено, до 30.06.2026»: nobody yet, not a state.)
        let settled = |state: &ActionState| {
            matches!(state, ActionState::Done | ActionState::Dropped)
                || fold(word).starts_with("не ") && !no_owner(word)
        };
        if let Some(state) = state_word(word).filter(|state| short && settled(state)) {
            if item.state == ActionState::Open {
                item.state = state;
            }
            body.truncate(at + 1);
        }
    }
    // `Cap fan-out @tom due Feb 6 #done` (Workflowy, Dynalist): a state's tag at the end.
    if let Some((before, tag)) = body.trim_end().rsplit_once(" #") {
        let settled = state_word(tag).filter(|state| matches!(state, ActionState::Done | ActionState::Dropped));
        if let Some(state) = settled.filter(|_| !tag.contains(' ')) {
            if item.state == ActionState::Open {
                item.state = state;
            }
            // `Move auth config behind flags — @tom — #wontdo`: the dash before the tag too.
            body = before.trim_end().trim_end_matches(['—', '–']).trim_end().to_owned();
        }
    }
    // `~~@kirill-s move suggest to its own cluster~~ — won't do: …`: struck through, and
    // read like any other.
    if body.starts_with("~~") && body[2..].contains("~~") {
        item.state = ActionState::Dropped;
        body = body.replace("~~", "");
    }
    // HackMD's `[name=Олег Сафронов]` beside a task: who does it.
    if let Some((owner, rest)) = hackmd_name(&body) {
        item.owner = Some(owner);
        body = rest;
    }
    let leading_owner = leading_bracketed_owner(&body).map(|(owner, rest)| {
        body = rest;
        owner
    });
    if !columns {
        if let Some(text) = piped_fields(&mut item, &body)
            .or_else(|| arrowed_fields(&mut item, &body))
            .or_else(|| emoji_fields(&mut item, &body))
            .or_else(|| leading_fields(&mut item, &body))
            .or_else(|| fields_around_the_task(&mut item, &body))
        {
            body = text;
        }
    }
    // Obsidian Tasks' `✅ 2026-04-10` and `❌ 2026-01-15`: the day it was done or cancelled
    // goes with its mark.
    static DONE_ON: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"([✅❌])\s*\d{4}-\d{2}-\d{2}\s*$").expect("valid regex"));
    if let Some(found) = DONE_ON.captures(&body) {
        let (whole, mark) = (found.get(0).map_or(0, |m| m.start()), found[1].to_owned());
        body = format!("{} {mark}", body[..whole].trim_end());
    }
    for (marker, state) in
        [("✅", ActionState::Done), ("✔", ActionState::Done), ("✓", ActionState::Done), ("❌", ActionState::Dropped)]
    {
        if body.contains(marker) {
            if item.state == ActionState::Open {
                item.state = state;
            }
            // `— [[Tom Becker]] ✅ shipped 3/5`: the mark and what it says after it (the day
            // it was done) close the item.
            if let Some(at) = body.find(marker) {
                let after = body[at + marker.len()..].trim();
                let mut words = after.split_whitespace();
                let first = words.next().unwrap_or_default();
                let dated = words.next().is_some_and(|day| day.starts_with(|c: char| c.is_ascii_digit()));
                if dated && state_word(first) == Some(ActionState::Done) {
                    body.truncate(at);
                    let kept = body.trim_end().trim_end_matches(['—', '–', '·']).trim_end().len();
                    body.truncate(kept);
                    continue;
                }
            }
            // `… — отв. @petrov, до 15 июня 2026 — ✔`: the dash the mark stood after goes
            // with it (a dash of the text's own, `due: —`, stays).
            let unmarked = body.replace(marker, "");
            body = if body.trim_end().ends_with(marker) {
                unmarked.trim_end().trim_end_matches(['—', '–']).trim_end().to_owned()
            } else {
                unmarked
            };
        }
    }
    if !columns {
        sentence_of_fields(&mut item, &mut body);
        if read_keyed_fields(&mut item, &mut body) {
            // `Tune GC — assigned to Marco; target: end of March; status: done`: the owner
            // after the dash, before the fields.
            read_trailing_annotation(&mut item, &mut body);
        } else {
            read_dotted_fields(&mut item, &mut body);
            read_annotation(&mut item, &mut body);
        }
    }
    item.text = clean(&body);
    item.owner = item.owner.take().or(leading_owner.flatten()).or_else(|| instructed(&item.text));
    item
}

/// `Мониторинг архива. Ответственный — Павел Гришин, срок — 31.10.2025.`: the task, then a
/// sentence of its fields opening with the owner's key and a dash. Reads the fields into `item` and
/// leaves the task (and what follows the fields' sentence, such as `*Сделано 29.10.*`).
fn sentence_of_fields(item: &mut ActionItem, body: &mut String) {
    static OWNER_SENTENCE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\.\s+(?:Ответственн\w*|Исполнител\w*)\s*(?:—|–)\s").expect("valid regex"));
    let Some(found) = OWNER_SENTENCE.find(body) else { return };
    let rest = &body[found.start() + 1..];
    // The fields' sentence ends at the next full stop that ends a sentence (not an initial's).
    let end = rest
        .match_indices(". ")
        .map(|(at, _)| at)
        .find(|&at| {
            let word = rest[..at].rsplit(' ').next().unwrap_or_default();
            !(word.chars().count() == 1 && word.chars().all(char::is_uppercase))
        })
        .unwrap_or(rest.trim_end().len());
    let sentence = rest[..end].trim().trim_end_matches('.');
    let mut read = item.clone();
    let owner_stated = parted_fields(&mut read, sentence) || read.owner.is_some();
    if !owner_stated && read.due.is_none() && read.due_unreadable.is_none() {
        return;
    }
    *item = read;
    let after = rest[end..].trim_start_matches('.').trim();
    // `*Сделано 29.10.*`, `*В работе: автоматизировано для трёх кластеров*`: how it stands.
    let stands = after.trim_matches(['*', '_', '.', ' ']);
    let after = if !stands.is_empty() && set_state(item, stands) { "" } else { after };
    *body = format!("{} {after}", &body[..=found.start()]).trim().to_owned();
}

/// `CA-1 | Accept unknown enum values | owner: Tom | target: 2026-03-10 | state: done`: the
/// task and its fields parted by pipes. Reads the fields into `item` and gives the task's
/// text (without a leading ticket), or `None` when no part is a field.
fn piped_fields(item: &mut ActionItem, body: &str) -> Option<String> {
    let parts: Vec<&str> = body.split(" | ").map(str::trim).collect();
    if parts.len() < 3 {
        return None;
    }
    let mut read = item.clone();
    let mut text: Vec<&str> = Vec::new();
    for part in &parts {
        if !apply_field(&mut read, part) {
            text.push(part);
        }
    }
    if text.len() == parts.len() {
        return None;
    }
    // `CA-1`: a ticket alone in its part is no task.
    let task = text.iter().find(|part| !without_ticket(part).is_empty())?;
    *item = read;
    Some((*task).to_owned())
}

/// `Легенда: 🟢 сделано · 🟡 в работе`, "Legend: ✅ done, 🔄 in progress".
fn is_legend(text: &str) -> bool {
    let folded = fold(text);
    ["легенда", "legend", "обозначения"].iter().any(|word| folded.starts_with(word))
}

/// The item with the state its leading mark stands for in `legend` (`🟢 Принимать COPARN…`
/// under `🟢 сделано`), the mark taken off its text.
fn marked(mut item: ActionItem, legend: &[(char, RoadmapStatus)]) -> ActionItem {
    let Some(first) = item.text.chars().next() else { return item };
    let Some((_, status)) = legend.iter().find(|(mark, _)| *mark == first) else { return item };
    if item.state == ActionState::Open {
        item.state = match status {
            RoadmapStatus::Done => ActionState::Done,
            RoadmapStatus::Dropped => ActionState::Dropped,
            _ => ActionState::Open,
        };
    }
    item.text = item.text[first.len_utf8()..].trim_start_matches('\u{fe0f}').trim_start().to_owned();
    item
}

/// A list item outside a follow-up section that is one all the same: its owner and its due
/// date written after their keys (`owner @x · до 2026-03-20`, "Owner: Ann, due 2026-04-01").
fn keyed_item(item: &Item<'_>, text: &str, line: usize) -> Option<ActionItem> {
    static OWNER_KEY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(?:^|[\s(·;,*_])(?:owner|assignee|ответственн\w*|отв\.|исполнител\w*)(?:\s|:)")
            .expect("valid regex")
    });
    static DUE_KEY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(?:^|[\s(·;,*_])(?:до|due|срок\w*|deadline|by)(?:\s|:)").expect("valid regex")
    });
    // Most items name no due date: no digit, no need to look for keys.
    if !(text.bytes().any(|b| b.is_ascii_digit()) && OWNER_KEY.is_match(text) && DUE_KEY.is_match(text)) {
        return None;
    }
    // `owner ? · до 2026-03-31`: whose it is may be open; when it is due may not.
    let read = list_item(item, text, line)?;
    read.due.is_some().then_some(read)
}

/// `Alert on outbox age → Kwame Mensah → 2026-01-20 → done`: what → who → by when (→ state),
/// parted by arrows. Reads the fields into `item` and gives the task's text, or `None` when
/// the parts after the task are not a name and a due date.
fn arrowed_fields(item: &mut ActionItem, body: &str) -> Option<String> {
    let parts: Vec<&str> = body.split(" → ").map(str::trim).collect();
    if parts.len() < 3 {
        return None;
    }
    let mut read = item.clone();
    let mut last = parts.len() - 1;
    let state = parts[last];
    if state_word(state) != Some(ActionState::Open) || is_open_word(state) {
        set_state(&mut read, state);
        last -= 1;
    }
    let (who, when) = (parts[last - 1], parts[last]);
    let dated = Date::find(when).is_some() || when.split_whitespace().count() <= 3 && when.contains(char::is_numeric);
    if last < 2 || !dated || !(looks_like_owner(who) || no_owner(who) || fold(who).starts_with("unassigned")) {
        return None;
    }
    set_due(&mut read, when);
    read.owner = owner_named(who);
    *item = read;
    Some(parts[..last - 1].join(" → "))
}

/// `Алерт на списания. 👤 Гусева М. · 📅 06.03.2026 · ⏳ в работе`: fields marked by emoji
/// after the task. Reads them into `item` and gives the task's text.
fn emoji_fields(item: &mut ActionItem, body: &str) -> Option<String> {
    let (text, fields) = body.split_once('👤')?;
    let mut parts = fields.split('·').map(str::trim);
    let owner = parts.next().unwrap_or_default();
    item.owner = owner_named(owner);
    for part in parts {
        if let Some(due) = part.strip_prefix('📅') {
            item.due = Date::find(due).or(item.due);
        } else if part.starts_with(['✅', '✔']) {
            item.state = ActionState::Done;
        } else if part.starts_with('❌') {
            item.state = ActionState::Dropped;
        }
    }
    Some(text.trim().trim_end_matches('.').to_owned())
}

/// `**Owner:** Dana — *Add consumer autoscaling* — **Due** 2026-03-01 — **Status:** done`:
/// an item that opens with a keyed field, its parts parted by dashes, one of them the task.
/// Reads the fields into `item` and gives the task's text.
fn fields_around_the_task(item: &mut ActionItem, body: &str) -> Option<String> {
    let parts: Vec<&str> = body.split(" — ").flat_map(|part| part.split(" – ")).map(str::trim).collect();
    if parts.len() < 2 {
        return None;
    }
    let unmarked = |part: &str| clean(part).trim_matches(['*', '_']).trim().to_owned();
    let mut read = item.clone();
    let mut task = None;
    for (position, part) in parts.iter().enumerate() {
        let part = unmarked(part);
        let mut field = read.clone();
        // `Алерт, если к 06:00 … — @owner`: before the task, a part is fields only when it
        // opens with a field's key; after it, the usual `— @owner, до …` annotation.
        let keyed_here = task.is_some() || opens_with_field_key(&part);
        if keyed_here && read_parts(&mut field, &part, Strictness::Keyed) {
            read = field;
        } else if position == 0 || task.is_some() {
            return None;
        } else {
            task = Some(part);
        }
    }
    let task = task.filter(|task| !task.is_empty())?;
    *item = read;
    Some(task)
}

/// Whether `part` opens with an owner's, a due date's or a status's key (`**Owner:** Dana`).
fn opens_with_field_key(part: &str) -> bool {
    let first = annotation_parts(part).into_iter().next().unwrap_or_default();
    [&OWNER_KEYS[..], &DUE_KEYS[..], &STATUS_KEYS[..]]
        .iter()
        .any(|keys| keyed_value(&first, keys).is_some_and(|value| !value.is_empty()))
}

/// `(Kirill Orlov · 2026-02-20 · done) Shard queue positions by event`: whose, by when and
/// how it stands, in brackets before the task.
fn leading_fields(item: &mut ActionItem, body: &str) -> Option<String> {
    let inside = body.strip_prefix('(')?;
    let (fields, text) = inside.split_once(')')?;
    let parts: Vec<&str> = fields.split('·').map(str::trim).collect();
    let [owner, due, state] = parts.as_slice() else { return None };
    if !(no_owner(owner) || looks_like_owner(owner)) || text.trim().is_empty() {
        return None;
    }
    item.owner = owner_named(owner);
    item.due = Date::find(due);
    if let Some(state) = state_word(state).filter(|_| !state.is_empty()) {
        item.state = state;
    }
    Some(text.trim().to_owned())
}

/// `[Петров О.] Проверить версию`, `[не назначен] Запросить загрузчик`: whose the item is,
/// in brackets before its text (`Some(None)` for nobody), and the text after them. Not a
/// ticket (`[PAY-12]`) nor a one-letter mark.
fn leading_bracketed_owner(body: &str) -> Option<(Option<String>, String)> {
    // `@**Кирилл Соболев** — MAXLEN для всех stream'ов, до 20.09.2025`: Zulip's mention of a
    // person (`@_**…**` a silent one) opening the task.
    let zulip = body.strip_prefix("@**").or_else(|| body.strip_prefix("@_**"));
    if let Some((name, rest)) = zulip.and_then(|mention| mention.split_once("**")) {
        let rest = rest.trim_start().trim_start_matches(['—', '–', '-', ':']).trim_start();
        let named = looks_like_owner(name) && !name.trim().is_empty();
        return (named && !rest.is_empty()).then(|| (Some(name.trim().to_owned()), rest.to_owned()));
    }
    // `@kirill-s add request hedging … (due 2025-12-10)`: a handle opening the task.
    if let Some(handle) = body.strip_prefix('@') {
        let (name, rest) = handle.split_once(' ')?;
        // `@a.belov — перенести ключи …`: a dash after the handle.
        let rest = rest.trim_start().trim_start_matches(['—', '–']).trim_start();
        let handle_like = !name.is_empty() && name.chars().all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'));
        let task_follows = rest.starts_with(|c: char| c.is_alphabetic()) && rest.split_whitespace().count() >= 2;
        return (handle_like && task_follows)
            .then(|| (Some(format!("@{}", name.trim_end_matches('.'))), rest.to_owned()));
    }
    let inside = body.strip_prefix('[')?;
    let (who, rest) = inside.split_once(']')?;
    if rest.starts_with('(') || !rest.starts_with(' ') || who.chars().count() < 2 {
        return None;
    }
    // `[~orlova] ограничить пул`: a Confluence user's mention (through pandoc) opening it.
    let mentioned = who.strip_prefix('~').filter(|user| !user.is_empty() && !user.contains(char::is_whitespace));
    let owner = if let Some(user) = mentioned {
        Some(user.to_owned())
    } else if no_owner(who) || fold(who).starts_with("не назначен") {
        None
    } else if looks_like_owner(who) {
        Some(who.trim().to_owned())
    } else {
        return None;
    };
    Some((owner, rest.trim_start().to_owned()))
}

/// `Add an alert. Owner: Marcus · Due: 2026-02-06 · Status: Done (merged)`, `Owner: Irina.
/// Due: 10.04.2026. Статус: готово.`: `Key: value` fields after the text (after its sentence
/// or on a line of their own), each running to the next key. Read, and cut off the text, only
/// when every one of them is understood.
fn read_keyed_fields(item: &mut ActionItem, body: &mut String) -> bool {
    let starts = field_starts(body);
    let Some(&first) = starts.first() else { return false };
    let before = body[..first].trim_end();
    // After a dash (`— срок: 15.12, ответственный Анна Ким`) it is an annotation, read apart;
    // capitalised keys on the item's next line (`State: Closed · Assigned To: Mei Lin`) are
    // fields after the text all the same.
    let capitalised =
        (starts.len() >= 2 || body[first..].contains('·')) && body[first..].starts_with(char::is_uppercase);
    if !before.is_empty() && !before.ends_with(['.', '!', '?', ';', ')', '·', '•', '|']) && !capitalised {
        return false;
    }
    let mut read = item.clone();
    for part in body[first..].split(['·', '•', '|']) {
        let part_starts = field_starts(part);
        let mut fields: Vec<&str> = Vec::new();
        let mut end = part.len();
        for &at in part_starts.iter().rev() {
            fields.push(&part[at..end]);
            end = at;
        }
        let leading = part[..end].trim();
        if !leading.is_empty() {
            fields.push(leading);
        }
        for field in fields {
            // `*Owner: X · ETA 2026-01-30 · Status: shipped*`: the fields in italics.
            let field = field.trim().trim_end_matches(['.', ';', ',', ' ', '*', '_']).trim_start_matches(['*', '_']);
            // `· сделано, регламент в Confluence`: a status on its own between the fields.
            let is_status = state_word(field) != Some(ActionState::Open) || is_open_word(field);
            // `· Reason: out of scope`, `· Iteration: Sprint 33`: a field of the tracker's own.
            let other_field = field.split_once(':').is_some_and(|(key, _)| {
                key.starts_with(char::is_uppercase) && key.split_whitespace().count() <= 2 && key.chars().count() <= 24
            });
            let understood = apply_field(&mut read, field) || keyless_due(&mut read, field);
            if !(understood || is_status && set_state(&mut read, field) || other_field) {
                return false;
            }
        }
    }
    *item = read;
    *body = before.trim_end_matches(['·', '•', ';', '|']).trim_end().to_owned();
    true
}

/// `ETA 2026-01-30`, `by 14.03.2026`, `ETA Q2`: a due date after its key without a colon,
/// among fields parted by `·`. Read into `item`; false when `field` is no such thing.
fn keyless_due(item: &mut ActionItem, field: &str) -> bool {
    let Some((key, value)) = field.split_once(' ') else { return false };
    let key = fold(key);
    let short = value.split_whitespace().count() <= 3;
    if !(FIELD_DUE_KEYS.contains(&key.as_str()) || DUE_KEYS.contains(&key.as_str())) || !short {
        return false;
    }
    set_due(item, value);
    true
}

/// Where each `Owner:`, `Due:`, `Статус:` field (a key we read, then a colon) begins in `text`.
fn field_starts(text: &str) -> Vec<usize> {
    let keys = OWNER_KEYS.iter().chain(&FIELD_DUE_KEYS).chain(&STATUS_KEYS).chain(&["by"]);
    text.char_indices()
        .filter(|&(at, c)| {
            let word_start =
                text[..at].chars().next_back().is_none_or(|before| !before.is_alphanumeric() && before != '*');
            word_start && (c.is_alphabetic() || c == '*' || c == '_')
        })
        .filter(|&(at, _)| {
            let rest = text[at..].trim_start_matches(['*', '_']);
            let head: String = rest.chars().take(32).flat_map(char::to_lowercase).collect();
            keys.clone().any(|key| {
                head.strip_prefix(key).is_some_and(|after| after.trim_start_matches([' ', '*', '_']).starts_with(':'))
            })
        })
        .map(|(at, _)| at)
        .collect()
}

/// `Сверка остатков · Владелец: Артём Лаптев · Срок: 06.03.2026 · в работе`: fields after the
/// text separated by `·` (or `•`), each a `Key: value` field or a status. Read only when every
/// part after the text is one of those.
fn read_dotted_fields(item: &mut ActionItem, body: &mut String) {
    // `Gateway watchdog. *Erin Halvorsen · by 13 Mar 2026 · complete*`: the fields on the
    // item's next line, in italics after the task's full stop.
    let italic = body.find(". *").or_else(|| body.find(". _")).filter(|&at| body[at..].contains('·'));
    let joined = italic.map(|at| format!("{} · {}", &body[..=at], body[at + 2..].trim_matches(['*', '_', ' '])));
    let with_fields: std::borrow::Cow<'_, str> = joined.map_or(std::borrow::Cow::Borrowed(body.as_str()), Into::into);
    let parts: Vec<&str> = with_fields.split(['·', '•']).map(str::trim).collect();
    if parts.len() < 2 {
        return;
    }
    // `OP-1 · Confirm the CDN capacity · Gareth Lloyd · by 10 April 2026 · open`: a ticket
    // alone first, then the task, then its owner where a key would be.
    let ticket = without_ticket(parts[0]).is_empty() && parts.len() >= 3;
    let (text, fields) = if ticket { (parts[1], &parts[2..]) } else { (parts[0], &parts[1..]) };
    let mut read = item.clone();
    // `**Task** (note) · 🗳 7 · owner @v.moroz · до 2026-03-20 · done`: parts before the
    // first field are the text's (a vote, a note); after it every part must be a field.
    let mut text_parts = vec![text];
    let mut in_fields = false;
    // `**EXAM-812** Raise the pool · Igor Tkachenko · due 2026-02-21 · ✅ Done`: a name in
    // the owner's place, before a due date.
    let due_follows = |from: usize| {
        fields[from..].iter().any(|part| {
            let mut probe = item.clone();
            keyless_due(&mut probe, part) || apply_field(&mut probe, part) && probe.due.is_some() || says_no_due(part)
        })
    };
    for (at, part) in fields.iter().enumerate() {
        let is_status = state_word(part) != Some(ActionState::Open) || is_open_word(part);
        let placed = ticket || due_follows(at + 1);
        let positional_owner = placed && read.owner.is_none() && !in_fields && looks_like_owner(part);
        if positional_owner {
            read.owner = owner_named(part);
        }
        let understood = positional_owner
            || apply_field(&mut read, part)
            || spaced_owner(&mut read, part)
            || keyless_due(&mut read, part)
            || says_no_due(part)
            || is_status && set_state(&mut read, part);
        match (understood, in_fields) {
            (true, _) => in_fields = true,
            (false, false) => text_parts.push(part),
            (false, true) => return,
        }
    }
    if in_fields {
        *item = read;
        let text = text_parts.join(" · ");
        *body = text;
    }
}

/// "no due date", «без срока»: a part in a due date's place that says there is none.
fn says_no_due(part: &str) -> bool {
    matches!(
        fold(part.trim()).as_str(),
        "no due date" | "no due" | "no date" | "без срока" | "срок не задан" | "срока нет"
    )
}

/// `owner @v.moroz`, `ответственный Анна Ким`: an owner after its key without a colon.
fn spaced_owner(item: &mut ActionItem, part: &str) -> bool {
    let Some(who) = keyed_value(part, &OWNER_KEYS).filter(|who| !who.is_empty() && !part.contains(':')) else {
        return false;
    };
    if !(looks_like_owner(who) || no_owner(who) || who == "?") {
        return false;
    }
    item.owner = owner_named(who);
    true
}

/// «в работе», «не начато», "open", "in progress", "todo": a status saying the work is open.
fn is_open_word(text: &str) -> bool {
    let folded = fold(text);
    // incident.io's follow-up states: "Outstanding", "Not started".
    let words = [
        "в работе",
        "не начат",
        "открыт",
        "open",
        "in progress",
        "todo",
        "to do",
        "planned",
        "запланирован",
        "outstanding",
        "not started",
        "backlog",
        "бэклог",
    ];
    words.iter().any(|word| folded.trim_start_matches(|c: char| !c.is_alphanumeric()).starts_with(word))
}

/// Sets the state a status word gives, when the item is still open; true when it is a status.
fn set_state(item: &mut ActionItem, text: &str) -> bool {
    let without_marks = text.replace(['✅', '✔'], " ");
    let state =
        if text.contains('✅') || text.contains('✔') { Some(ActionState::Done) } else { state_word(&without_marks) };
    match state {
        Some(state) => {
            if item.state == ActionState::Open {
                item.state = state;
            }
            true
        }
        None => false,
    }
}

/// `**[DONE]** text`, `[TODO] text`, `[WONTFIX] text` → (the state, the text).
fn bracketed_state(body: &str) -> Option<(ActionState, String)> {
    let unmarked = body.trim_start_matches(['*', '_']).trim_start();
    let inner = unmarked.strip_prefix('[')?;
    // (`[ВЫПОЛНЕНО]`: sixteen letters, not bytes.)
    let close = inner.find(']').filter(|&at| at > 0 && inner[..at].chars().count() <= 16)?;
    let word = fold(&inner[..close]);
    let state = match word.trim() {
        "todo" | "to do" | "open" | "wip" | "in progress" | "blocked" | "не начато" | "в работе" => {
            ActionState::Open
        }
        "done" | "fixed" | "closed" | "resolved" | "готово" | "сделано" | "выполнено" => {
            ActionState::Done
        }
        "wontfix" | "won't fix" | "wont fix" | "won't do" | "cancelled" | "canceled" | "dropped" | "отменено" => {
            ActionState::Dropped
        }
        _ => return None,
    };
    let rest = inner[close + 1..].trim_start_matches(['*', '_']).trim();
    Some((state, rest.to_owned()))
}

/// `… (Owner: Kofi Mensah, due 2026-03-27) [DONE]`: a state tag at the end instead.
fn trailing_bracketed_state(body: &str) -> Option<(ActionState, String)> {
    let trimmed = body.trim_end().trim_end_matches(['*', '_']);
    let open = trimmed.strip_suffix(']').and_then(|inner| inner.rfind('['))?;
    let (state, _) = bracketed_state(&trimmed[open..])?;
    Some((state, trimmed[..open].trim_end().to_owned()))
}

/// Reads owner and due date off the end of `body`, shortening it to the task itself.
fn read_annotation(item: &mut ActionItem, body: &mut String) {
    // `… - @nikhil - due 2025-10-24 → see [Runbook - search reindex](…)`: a pointer at the
    // end is kept in the text, and the annotation before it read.
    if let Some((before, pointer)) = trailing_pointer(body) {
        *body = before;
        read_annotation(item, body);
        body.push(' ');
        body.push_str(&pointer);
        return;
    }
    // `(@Григорьева) 📅 2026-04-30`: the date after the owner in brackets.
    if let Some((before, date)) = split_calendar_marker(body).filter(|(before, _)| before.ends_with(')')) {
        item.due = item.due.or(Some(date));
        *body = before;
    }
    // `… — отв. @x, к концу июня — в работе`: a state after the last dash, then the rest.
    let mut stated = false;
    if let Some((before, tail)) = trailing_dash_segment(body) {
        if state_word(&tail) != Some(ActionState::Open) || is_open_word(&tail) {
            // `— снято, проблему не решает (Морозов)`: who settled it, in brackets after why.
            if let Some((_, inside)) = trailing_parenthetical(&tail).filter(|_| item.owner.is_none()) {
                let mut read = item.clone();
                if read_parts(&mut read, &inside, Strictness::Parenthetical) {
                    item.owner = read.owner;
                }
            }
            set_state(item, &tail);
            *body = before;
            stated = true;
        }
    }
    // `(owner: Marcus, due Feb 27, 2026) — blocked on disk quota`: a note after the
    // annotation stays in the text.
    if let Some((before, note)) = trailing_dash_segment(body) {
        if let Some((text, inside)) = trailing_parenthetical(&before) {
            let mut read = item.clone();
            if read_parts(&mut read, &inside, Strictness::Keyed) {
                // `#123 Add rate limiter (@alice) — due 2026-04-02`: what follows is more of
                // the annotation, not a note.
                let mut noted = read.clone();
                if read_parts(&mut noted, &note, Strictness::Keyed) {
                    *item = noted;
                    *body = text;
                } else {
                    *item = read;
                    *body = format!("{text} — {note}");
                }
                return;
            }
        }
    }
    // A trailing `(SEC-77)` that is no annotation (a ticket, a note) stays in the text, and
    // the annotation before it is read: `— @trent, due Nov 29, 2026 (SEC-79)`.
    let mut kept = String::new();
    if let Some((before, inside)) = trailing_parenthetical(body) {
        // `— Priya Nair — due Jun 12, 2026 (In Progress)`: the item's state, not its owner.
        if state_word(&inside) != Some(ActionState::Open) || is_open_word(&inside) {
            set_state(item, &inside);
            *body = before;
        } else if read_parts(item, &inside, Strictness::Parenthetical) {
            *body = before;
        } else if let Some(open) = body.rfind('(') {
            kept = body[open..].to_owned();
            body.truncate(open);
            let trimmed = body.trim_end().len();
            body.truncate(trimmed);
        }
    }
    read_annotation_beside(item, body, stated);
    if !kept.is_empty() {
        body.push(' ');
        body.push_str(&kept);
    }
}

/// The 📅 date, the `— owner, due` tail and a `due:` phrase at the end of `body`.
fn read_trailing_annotation(item: &mut ActionItem, body: &mut String) {
    read_annotation_beside(item, body, false);
}

/// [`read_trailing_annotation`], after a state read off the end (`— Priya — dropped, …`) when
/// `stated`: a bare name beside a state is its owner, as beside a date.
fn read_annotation_beside(item: &mut ActionItem, body: &mut String, stated: bool) {
    // `… @Ирина Левченко 20 Feb 2026`: a Confluence task's mention of a person, then its date.
    if let Some((before, owner, after)) = spaced_mention(body) {
        item.owner = item.owner.take().or(Some(owner));
        match Date::find(&after) {
            Some(date) => item.due = item.due.or(Some(date)),
            // "Due Dec 12": the year comes from the day the page was written.
            None if Date::names_a_day(&after) => item.due_unreadable = Some(after),
            None => {
                set_state(item, after.trim_start_matches(['—', '–', '-', ' ']));
            }
        }
        *body = before;
    }
    // NotePlan's `… @marat >2026-02-20`: the day the task is scheduled for, then whose it is.
    if let Some((before, day)) = scheduled_day(body) {
        item.due = item.due.or(Some(day));
        *body = before;
        if let Some((before, handle)) = trailing_handle(body).filter(|_| item.owner.is_none()) {
            item.owner = Some(handle);
            *body = before;
        }
    }
    // Dropbox Paper's `[x] Add a panel @Tom Becker  Sep 24, 2025`: a mention of a person by
    // name, then the task's day after two spaces.
    if let Some((before, owner, day)) = paper_assignment(body).filter(|_| item.owner.is_none()) {
        item.owner = Some(owner);
        item.due = item.due.or(day);
        *body = before;
    }
    // `* [-] Купить сертификат @dvolkov` over its note: a NotePlan task with no day.
    let notes_app_task = body.contains(" @") && !body.contains(" — ") && !body.contains(" - ");
    if let Some((before, handle)) = trailing_handle(body).filter(|_| notes_app_task && item.owner.is_none()) {
        item.owner = Some(handle);
        *body = before;
    }
    // `Cap fan-out per tenant @tom due Feb 6` (an outliner's task): a handle, then its day.
    if let Some((before, handle, day)) = handle_and_day(body).filter(|_| item.owner.is_none()) {
        item.owner = Some(handle);
        match Date::find(&day) {
            Some(date) => item.due = item.due.or(Some(date)),
            None => item.due_unreadable = Some(day),
        }
        *body = before;
    }
    let mut calendar = false;
    if let Some((before, date)) = split_calendar_marker(body) {
        item.due = item.due.or(Some(date));
        *body = before;
        calendar = true;
    }
    // `… — @k.ivanov — #402`, `— !1852`: the issue or merge request the item is tracked in,
    // last, is no part of its annotation and stands in the way of the rest. (`— ADR-0014`
    // names the decision the item carries out: it stays in the text.)
    if let Some((before, _)) = trailing_dash_segment(body).filter(|(_, tail)| is_tracker_reference(tail.trim())) {
        *body = before;
    }
    // `— @a.mehta — 2026-10-30`: after a date, the dash before it may hold a bare name.
    let mut dated = calendar || stated;
    while let Some((before, tail)) = trailing_dash_segment(body) {
        // `— Анна Ким 📅 2026-07-31`: a bare name is the owner only beside its date; so is one
        // in italics after the text's own (`…, до 20.09.2025 — _Артём Кузнецов_`).
        let emphasised = {
            let name = tail.trim();
            name.len() > 2
                && (name.starts_with('_') && name.ends_with('_') || name.starts_with('*') && name.ends_with('*'))
        };
        let beside = dated || emphasised && split_due_phrase(&before).is_some();
        let strictness = if beside { Strictness::BesideDate } else { Strictness::Keyed };
        let mut read = item.clone();
        let tail = if emphasised { tail.trim().trim_matches(['_', '*']).to_owned() } else { tail };
        if !read_parts(&mut read, &tail, strictness) {
            break;
        }
        // `— Dmitri — TBD`: a blank day is the due date's place all the same.
        dated |= read.due.is_some() || read.due_unreadable.is_some() || no_owner(&tail);
        *item = read;
        *body = before;
        done_mark_after(item, &tail);
    }
    // `Add pool alerts, owned by Priya Nair, due 2026-04-01`: the annotation after a comma,
    // opened by its owner's key.
    if let Some((before, tail)) = comma_annotation(body) {
        let mut read = item.clone();
        if read_parts(&mut read, &tail, Strictness::Keyed) {
            *item = read;
            *body = before;
        }
    }
    // `… идемпотентности. Срок — 27.03.2026`: the key the date was written after.
    for key in ["срок", "due", "deadline", "дедлайн"] {
        let folded = fold(body);
        let keyed = folded.ends_with(key) && folded[..folded.len() - key.len()].ends_with([' ', '.']);
        if let Some(kept) = body.get(..body.len().saturating_sub(key.len())).filter(|_| keyed) {
            *body = kept.trim_end().trim_end_matches('.').to_owned();
            break;
        }
    }
    if let Some((before, written)) = split_due_phrase(body) {
        done_mark_after(item, &written);
        match Date::find(&written) {
            Some(date) => item.due = item.due.or(Some(date)),
            // `срок: ?`: no date yet.
            None if no_owner(&written) => {}
            None => item.due_unreadable = Some(written),
        }
        *body = before;
    }
    // `DPLAT-377 Gate every wave on a canary [Priya Nair]`: the assignee in square brackets
    // closing the task (`[TBD]`: none yet).
    // `… — [[Tom Becker]]`: a note app's page of the person, after a dash.
    let trimmed = body.trim_end();
    let paged = trimmed.strip_suffix("]]").and_then(|inner| inner.rfind("[[").map(|at| (at, inner, 2)));
    let bracketed = || trimmed.strip_suffix(']').and_then(|inner| inner.rfind('[').map(|at| (at, inner, 1)));
    if let Some((at, inner, width)) = paged.or_else(bracketed) {
        let name = inner[at + width..].trim();
        let before = trimmed[..at].trim_end();
        let before = if width == 2 { before.trim_end_matches(['—', '–']).trim_end() } else { before }.to_owned();
        if !before.is_empty() && (no_owner(name) || looks_like_owner(name)) {
            if item.owner.is_none() && !no_owner(name) {
                item.owner = Some(name.to_owned());
            }
            *body = before;
        }
    }
}

/// `Task @Ирина Левченко 20 Feb 2026`, `Task @Олег Ким — отменено`: the last mention of a
/// person written with their full name (two or three capitalised words after `@`), as
/// Confluence exports one, with what comes after it (a date, or a note after a dash). The
/// text before it, the name and the rest.
fn spaced_mention(body: &str) -> Option<(String, String, String)> {
    let at = body.rfind(" @")?;
    let after = &body[at + 2..];
    // `@Ольга Смирнова. Отказались: …`: a name may end its sentence.
    let mut words: Vec<&str> = Vec::new();
    let mut sentence_ends = false;
    for word in after.split_whitespace().take(3) {
        let bare = word.strip_suffix('.').unwrap_or(word);
        // "@Maxim Belov Due Dec 12": the due date's word ends the name.
        let due_word = ["due", "by", "до", "срок"].contains(&bare.to_lowercase().as_str());
        if !name_word(bare) || bare.contains(['.', ',']) || due_word {
            break;
        }
        words.push(bare);
        if bare.len() < word.len() {
            sentence_ends = true;
            break;
        }
    }
    if words.len() < 2 {
        return None;
    }
    let name_end = after.find(words[words.len() - 1])? + words[words.len() - 1].len();
    let rest = after[name_end..].trim_start_matches('.').trim();
    // `@Денис Яковлев 📅 21.11.2025` (a Lark task): the calendar's mark before the day.
    let day = rest.trim_start_matches(['📅', '🗓', '\u{fe0f}', ' ']);
    let dated = Date::find(day).is_some_and(|_| day.starts_with(|c: char| c.is_ascii_digit()));
    // `@Игорь Лебедев до 29.05.2026`, "@Ana Ruiz by 2026-06-01": the due date after its word;
    // Dropbox Paper's "@Maxim Belov Due Dec 12" without its year (read from the page's day).
    let due = ["до ", "by ", "due "]
        .iter()
        .find_map(|word| {
            rest.get(..word.len()).filter(|head| head.eq_ignore_ascii_case(word)).map(|_| &rest[word.len()..])
        })
        .filter(|date| Date::names_a_day(date));
    let noted = rest.starts_with(['—', '–']);
    let stated = sentence_ends && (state_word(rest) != Some(ActionState::Open) || is_open_word(rest));
    let rest = due.unwrap_or(rest);
    (rest.is_empty() || dated || due.is_some() || noted || stated)
        .then(|| (body[..at].trim_end().to_owned(), words.join(" "), rest.to_owned()))
}

/// `… @tom due Feb 6`, `… @raj 2026-01-30`, `… @anna до 15.03`: the text before a handle of
/// one word, the handle, and the day after it (its due word dropped), when the day is all
/// that follows.
fn handle_and_day(body: &str) -> Option<(String, String, String)> {
    let is_handle = |word: &str| {
        word.len() > 1
            && word.starts_with('@')
            && word[1..].chars().all(|c| c.is_alphanumeric() || matches!(c, '.' | '_' | '-'))
    };
    let last = body.rfind(" @")?;
    // `… p3 @k.orlova @backend 📅 2026-06-01` (Todoist's labels): a run of handles, the first
    // whose the task is, the others its labels.
    let mut at = last;
    while let Some(earlier) = body[..at].rfind(' ').filter(|&earlier| is_handle(&body[earlier + 1..at])) {
        at = earlier;
    }
    let handle = body[at + 1..].split_whitespace().next()?;
    let (_, rest) = body[last + 1..].split_once(' ')?;
    let named = is_handle(handle);
    // `… @pnovak — by 2026-04-24`, `… @dkuznetsov — до 12.12.2025`: a dash between them;
    // `… @t.zaitsev 📅 2025-12-15`: the calendar's mark.
    let rest = rest.trim().trim_start_matches(['—', '–', '-', '📅', '🗓', '\u{fe0f}', ' ']).trim_start();
    let keyed = ["due ", "by ", "до ", "срок "].iter().find_map(|word| {
        rest.get(..word.len()).filter(|head| head.eq_ignore_ascii_case(word)).map(|_| &rest[word.len()..])
    });
    let day = keyed.unwrap_or(rest).trim();
    let only_a_day = (keyed.is_some() || day.starts_with(|c: char| c.is_ascii_digit()))
        && day.split_whitespace().count() <= 4
        && Date::names_a_day(day);
    // `… - @nikhil - due …`: a handle between dashes is the annotation's part, read there.
    let before = body[..at].trim_end();
    let parted = before.ends_with(['-', '—', '–', ',', ';', ':', '(']);
    // `Идемпотентный ключ на списание p1 @r.akhmedov`: Todoist's priority before it.
    let before = match before.rsplit_once(' ') {
        Some((text, "p1" | "p2" | "p3" | "p4")) => text.trim_end(),
        _ => before,
    };
    (named && only_a_day && !parted).then(|| (before.to_owned(), handle.to_owned(), day.to_owned()))
}

/// `… @Tom Becker  Sep 24, 2025` (Dropbox Paper's mention and its due day, parted by two
/// spaces) → (text before, the person's name, the day). The name is one to three capitalised
/// words; a day must follow.
fn paper_assignment(body: &str) -> Option<(String, String, Option<Date>)> {
    let trimmed = body.trim_end();
    let at = trimmed.rfind(" @")?;
    let (name, day) = trimmed[at + 2..].split_once("  ")?;
    let words: Vec<&str> = name.split_whitespace().collect();
    let named = (1..=3).contains(&words.len()) && words.iter().all(|word| word.starts_with(char::is_uppercase));
    let day = Date::find(day.trim())?;
    let before = trimmed[..at].trim_end();
    (named && !before.is_empty()).then(|| (before.to_owned(), words.join(" "), Some(day)))
}

/// NotePlan's scheduling mark closing a task: `… >2026-02-20` → (text before, the day).
fn scheduled_day(body: &str) -> Option<(String, Date)> {
    let trimmed = body.trim_end();
    let at = trimmed.rfind(" >")?;
    let day = &trimmed[at + 2..];
    let iso = day.len() == 10 && day.as_bytes()[4] == b'-' && day.as_bytes()[7] == b'-';
    let date = Date::find(day).filter(|_| iso)?;
    Some((trimmed[..at].trim_end().to_owned(), date))
}

/// `… @dvolkov` closing a task (NotePlan's mention of whose it is), or before the task's note
/// on the next line (`@dvolkov Отказались: …`) → (text before, handle).
fn trailing_handle(body: &str) -> Option<(String, String)> {
    let trimmed = body.trim_end();
    let at = trimmed.rfind(" @")?;
    let (handle, note) = trimmed[at + 1..].split_once(' ').unwrap_or((&trimmed[at + 1..], ""));
    let named = handle.len() > 2 && handle[1..].chars().all(|c| c.is_alphanumeric() || matches!(c, '.' | '_' | '-'));
    let noted = note.is_empty() || note.starts_with(char::is_uppercase);
    let before = trimmed[..at].trim_end();
    (named && noted && !before.is_empty()).then(|| (before.to_owned(), handle.trim_end_matches('.').to_owned()))
}

/// `13.03.2026. _Отметка: выполнено 12.03.2026._`: a mark of completion after a due date.
fn done_mark_after(item: &mut ActionItem, annotation: &str) {
    let mark = annotation.split_once(". ").map(|(_, mark)| fold(mark));
    // «Пока не сделано.», "Not done yet.": a negated mark leaves it open.
    let negated = |mark: &str| mark.split(|c: char| !c.is_alphanumeric()).any(|word| ["не", "not"].contains(&word));
    let done = mark
        .is_some_and(|mark| ["выполнено", "сделано", "done"].iter().any(|word| mark.contains(word)) && !negated(&mark));
    if done && item.state == ActionState::Open {
        item.state = ActionState::Done;
    }
}

/// How sure an annotation must be before it is read off the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Strictness {
    /// `(…)` at the end: any part read counts (`(Кирилл)`, `(Maria, before every sale)`).
    Parenthetical,
    /// After a dash: every part must be read, and a bare name counts only beside a 📅 date.
    BesideDate,
    /// After a dash: every part must be read, and at least one must say what it is
    /// (`owner:`, `срок:`) or be a date.
    Keyed,
}

/// What one comma-separated part of an annotation says.
enum Part {
    /// `status: done` inside the annotation.
    State(ActionState),
    /// `owner: TBD`, `unassigned`, `срок: ?`: read, and it names nobody and no day.
    Nobody,
    /// A ticket on its own (`#415`, `PAY-1184`): no annotation, but no obstacle to one.
    Ticket,
    Owner(String),
    /// A name after the owner's (`Зайцев П.` after `сетевой отдел`): owners share the item.
    CoOwner(String),
    Due(Date),
    DueUnreadable(String),
    Name(String),
    Unread,
}

/// Reads the parts of `text` (split at commas and semicolons) into `item`; true when the
/// annotation was read (see [`Strictness`]) and the text should lose it.
fn read_parts(item: &mut ActionItem, text: &str, strictness: Strictness) -> bool {
    let mut read: Vec<Part> = Vec::new();
    // `→ **@lena.k**, Mar 20`: a bold handle is a handle; `— *Зуева М.*, до 17.04.2026`: an
    // italic name is a name.
    for part in annotation_parts(&text.replace('*', "")) {
        // `(MLP-502, @dkovalenko)`: a ticket takes no place of its own.
        let position = read.iter().filter(|part| !matches!(part, Part::Ticket)).count();
        let named_before = matches!(read.last(), Some(Part::Name(_) | Part::Owner(_) | Part::CoOwner(_)));
        let read_part = match part_of(&part, position, item) {
            // `[сетевой отдел, Зайцев П., до 20.03.2026]`: a second name beside the first.
            Part::DueUnreadable(_) if named_before && !is_period(&part) && looks_like_owner(&part) => {
                Part::CoOwner(clean(&part))
            }
            // `(включая внешние, через blackbox exporter)`: after words that name no owner, a
            // part that names no day is no due date either; the brackets hold a note.
            Part::DueUnreadable(_)
                if matches!(read.last(), Some(Part::Unread)) && !Date::names_a_day(&part) && !is_period(&part) =>
            {
                Part::Unread
            }
            read_part => read_part,
        };
        read.push(read_part);
    }
    // `— @ana.r`: a handle says who it is as plainly as `owner:` does.
    let keyed = read.iter().any(|part| {
        matches!(
            part,
            Part::Owner(_) | Part::Due(_) | Part::DueUnreadable(_) | Part::State(_) | Part::Nobody | Part::CoOwner(_)
        ) || matches!(part, Part::Name(name) if name.starts_with('@') || initialed_name(name))
    });
    let all_read = read.iter().all(|part| !matches!(part, Part::Unread));
    let accepted = match strictness {
        Strictness::Parenthetical => read.iter().any(|part| !matches!(part, Part::Unread | Part::Ticket)),
        Strictness::BesideDate => all_read,
        Strictness::Keyed => all_read && keyed,
    };
    if !accepted {
        return false;
    }
    for part in read {
        match part {
            Part::Owner(owner) | Part::Name(owner) => item.owner = item.owner.take().or(Some(owner)),
            Part::CoOwner(name) => {
                item.owner = Some(match item.owner.take() {
                    Some(first) => format!("{first}, {name}"),
                    None => name,
                })
            }
            Part::Due(date) => item.due = item.due.or(Some(date)),
            Part::DueUnreadable(written) => item.due_unreadable = item.due_unreadable.take().or(Some(written)),
            Part::State(state) if item.state == ActionState::Open => item.state = state,
            Part::State(_) | Part::Nobody | Part::Ticket => {}
            Part::Unread => {}
        }
    }
    true
}

/// The parts of an annotation parted by commas, semicolons or `·`, keeping `Dec 10, 2026` whole,
/// and a day with its weekday before it (`пт, 30 янв.`, `до вт, 24 мар.`, "Fri, Jan 23").
fn annotation_parts(text: &str) -> Vec<String> {
    let mut parts: Vec<String> = Vec::new();
    for part in text.split([',', ';', '·']).map(str::trim).filter(|part| !part.is_empty()) {
        let a_year = part.len() == 4 && part.bytes().all(|b| b.is_ascii_digit());
        let after_weekday = |previous: &str| {
            previous.split_whitespace().next_back().is_some_and(Date::is_weekday) && Date::names_a_day(part)
        };
        match parts.last_mut() {
            Some(previous) if a_year || after_weekday(previous) => {
                previous.push_str(", ");
                previous.push_str(part);
            }
            _ => parts.push(part.to_owned()),
        }
    }
    parts
}

/// The keys of a due-date field (`Due: …`, «Срок: …»).
const FIELD_DUE_KEYS: [&str; 18] = [
    "due",
    // Basecamp's to-do: "Assigned to: Priya Nair · Due on: Fri, Jan 23, 2026".
    "due on",
    // Bitrix24's task field.
    "крайний срок",
    // Targetprocess's entity field.
    "planned end date",
    "requested by",
    "eta",
    "плановая дата",
    "плановый срок",
    "due date",
    "deadline",
    "target date",
    "target",
    "срок",
    "срок выполнения",
    "дедлайн",
    "до",
    "by when",
    "когда",
];
/// The keys of a state field (`Status: done`); a register's «Отметка: выполнено, …» (the
/// mark of its execution).
/// Targetprocess's "Entity State".
const STATUS_KEYS: [&str; 8] = [
    "status",
    "state",
    "entity state",
    "статус",
    "состояние",
    "отметка",
    "отметка о выполнении",
    "отметка об исполнении",
];

/// Words that introduce an owner or a due date in an annotation.
const OWNER_KEYS: [&str; 21] = [
    "assigned to",
    // «— отвечает Дарья Сидорова, срок до 30.06.2026»: who answers for it, as a verb.
    "отвечает",
    "отвечают",
    "owned by",
    "закреплено за",
    "назначено",
    "owner",
    "owners",
    "responsible",
    "who",
    "ответственные лица",
    "assignee",
    "ответственный",
    "ответственная",
    "ответственные",
    "отв.",
    "владелец",
    "исполнитель",
    "кто",
    "holder",
    "action holder",
];
const DUE_KEYS: [&str; 6] = ["due", "срок", "дедлайн", "deadline", "до", "by"];

fn part_of(part: &str, position: usize, item: &ActionItem) -> Part {
    // `#414 @m.keller`, `PAY-1184 Гусев`: the ticket is no owner; what follows may be.
    let part = without_ticket(part);
    if part.is_empty() {
        return Part::Ticket;
    }
    // `done 2026-07-06`: when it was done, not when it is due.
    let first_word = part.split_whitespace().next().unwrap_or_default();
    if let Some(state @ (ActionState::Done | ActionState::Dropped)) = state_word(first_word) {
        // `dropped, the contract isn't signed`: the state, then why after its comma.
        let noted = first_word.ends_with([',', ':', ';']);
        if Date::find(part).is_some() || part == first_word || noted {
            return Part::State(state);
        }
    }
    if let Some(value) = keyed_value(part, &STATUS_KEYS).filter(|value| part.contains(':') && !value.is_empty()) {
        return state_word(value).map_or(Part::Unread, Part::State);
    }
    if let Some(value) = keyed_value(part, &OWNER_KEYS) {
        return match value {
            "" => Part::Unread,
            _ if no_owner(value) => Part::Nobody,
            _ => Part::Owner(clean(value)),
        };
    }
    if let Some(value) = keyed_value(part, &DUE_KEYS) {
        // `до 15 апреля`, `due Q4`: a due date in words (its year may come from the document);
        // after a bare `by` it must be written with a colon (`by the platform team` is no date).
        // `by Jul 24` is a date without its year all the same.
        let dated = Date::find_on_or_after(value, Date { year: 2000, month: 1, day: 1 }).is_some();
        let stated = part.contains(':') || !fold(part).starts_with("by ") || dated;
        return match Date::find(value) {
            Some(date) => Part::Due(date),
            // `срок: ?`, `due: TBD`: no date yet.
            None if no_owner(value) => Part::Nobody,
            None if stated => Part::DueUnreadable(clean(value)),
            None => Part::Unread,
        };
    }
    if let Some(date) = Date::find(part) {
        return Part::Due(date);
    }
    if is_period(part) {
        return Part::DueUnreadable(clean(part)); // `W45`, `Q4`, «конец мая»
    }
    // `— 13.03 — done`, `— 15 june`: a day without its year (the document's year gives it).
    if day_alone(part) {
        return Part::DueUnreadable(clean(part));
    }
    if position == 0 && no_owner(part) {
        return Part::Nobody; // `— unassigned, end of Q3`
    }
    // `— me — end of april` in a note its author keeps: the author.
    let author = matches!(fold(part).trim(), "me" | "я" | "myself");
    if position == 0 && item.owner.is_none() && (looks_like_owner(part) || author) {
        return Part::Name(clean(part));
    }
    if position > 0 && item.due.is_none() && item.due_unreadable.is_none() {
        return Part::DueUnreadable(clean(part));
    }
    Part::Unread
}

/// `13.03`, `15 june`, «20 марта»: a part that is a day and its month and nothing more.
fn day_alone(part: &str) -> bool {
    let words = part.split_whitespace().count();
    words <= 2 && part.chars().any(|c| c.is_ascii_digit()) && Date::names_a_day(part)
}

/// `#412`, and GitLab's merge request `!1852` and epic `&12`: an issue tracker's reference
/// by number, and nothing else.
fn is_tracker_reference(token: &str) -> bool {
    token.strip_prefix(['#', '!', '&']).is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// `part` without a leading ticket (`#412`, `!1852`, `PAY-1184`, `[OPS-502]`).
fn without_ticket(part: &str) -> &str {
    let trimmed = part.trim();
    let Some(first) = trimmed.split_whitespace().next() else { return trimmed };
    let bare = first.trim_matches(['[', ']', '(', ')']);
    let numbered = is_tracker_reference(bare);
    let keyed = bare.split_once('-').is_some_and(|(key, n)| {
        !key.is_empty()
            && key.bytes().all(|b| b.is_ascii_uppercase())
            && !n.is_empty()
            && n.bytes().all(|b| b.is_ascii_digit())
    });
    if numbered || keyed {
        trimmed[first.len()..].trim()
    } else {
        trimmed
    }
}

/// A time that is no date: a week (`W45`, `2026-W14`), a quarter or half (`Q4`, `H2 2026`),
/// the end of a month ("end of May", «конец мая», «к концу июня»).
fn is_period(part: &str) -> bool {
    let folded = fold(part);
    let folded = folded.trim();
    let week_or_quarter = |token: &str| {
        let token = token.rsplit('-').next().unwrap_or(token);
        let mut chars = token.chars();
        matches!(chars.next(), Some('w' | 'q' | 'h')) && {
            let digits: String = chars.collect();
            (1..=2).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit())
        }
    };
    let tokens: Vec<&str> = folded.split_whitespace().collect();
    let periodic = tokens.first().is_some_and(|token| week_or_quarter(token))
        && tokens.iter().skip(1).all(|token| token.len() == 4 && token.bytes().all(|b| b.is_ascii_digit()));
    periodic || ["end of ", "конец ", "к концу ", "в конце ", "до конца "].iter().any(|start| folded.starts_with(start))
}

/// `owner: Pavel Lee` / `ответственный Анна Ким` → `Pavel Lee` when `part` starts with one
/// of `keys` followed by a colon or a space.
fn keyed_value<'a>(part: &'a str, keys: &[&str]) -> Option<&'a str> {
    let folded = fold(part);
    keys.iter().find_map(|key| {
        let rest = folded.strip_prefix(key)?;
        // `(who issued, where used)`: a question word is a key only with its colon.
        let colon_only = matches!(*key, "who" | "кто");
        if !(rest.starts_with(':') || rest.starts_with(' ') && !colon_only) {
            return None;
        }
        // (`fold` drops markup and spaces: the value starts where the folded key ends.)
        let value = part.get(super::vocab::unfolded_offset(part, folded.len() - rest.len())..)?;
        // (`**Срок:** 16.05.2026`: the bold that closes the key goes with it.)
        let value =
            value.trim_start_matches(['*', '_']).trim_start_matches([':', ' ']).trim_start_matches(['*', '_']).trim();
        // `Ответственный — Лебедев А. В.`: a dash between key and value; `due: —` is a blank.
        let after_dash = value.strip_prefix(['—', '–']).map(str::trim).filter(|rest| !rest.is_empty());
        Some(after_dash.unwrap_or(value))
    })
}

/// `task, owned by X, due D` → (task, annotation), at the first comma or semicolon followed
/// by an owner's key.
fn comma_annotation(text: &str) -> Option<(String, String)> {
    text.match_indices([',', ';']).map(|(at, _)| at).find_map(|at| {
        let tail = text[at + 1..].trim();
        let keyed = keyed_value(tail, &OWNER_KEYS).is_some_and(|value| !value.is_empty());
        (keyed && at > 0).then(|| (text[..at].trim_end().to_owned(), tail.to_owned()))
    })
}

/// `… → see Runbook`, `… — см. регламент`, `… → details: PAY-12`: a pointer to where more
/// is written, at the end of an item → (text before, the pointer with its arrow or dash).
fn trailing_pointer(text: &str) -> Option<(String, String)> {
    const POINTERS: [&str; 8] = ["see ", "см. ", "см ", "details", "подробнее", "смотри ", "refer to ", "ref: "];
    [" → ", " -> ", " — ", " – "].iter().find_map(|arrow| {
        text.match_indices(arrow).find_map(|(at, _)| {
            let after = &text[at + arrow.len()..];
            let folded = fold(after.trim_start());
            let pointing = POINTERS.iter().any(|pointer| folded.starts_with(pointer));
            (pointing && at > 0).then(|| (text[..at].trim_end().to_owned(), text[at + 1..].trim().to_owned()))
        })
    })
}

/// `task — annotation` → (task, annotation), at the last spaced dash.
fn trailing_dash_segment(text: &str) -> Option<(String, String)> {
    // `… → @i.morozov, by 2026-01-16`: an arrow hands the task over as a dash does.
    // An arrow to a result (`→ [готов](…)`) is no annotation: only one to a handle or a date.
    let handed_over =
        |after: &str| after.trim_start().trim_start_matches(['*', '_']).starts_with('@') || Date::find(after).is_some();
    let dashes = [(" — ", false), (" – ", false), (" - ", false), (" → ", true), (" -> ", true)];
    let at = dashes
        .iter()
        .filter_map(|&(dash, arrow)| {
            let at = text.rfind(dash)?;
            (!arrow || handed_over(&text[at + dash.len()..])).then_some((at, dash.len()))
        })
        .max()?;
    let (before, after) = (&text[..at.0], &text[at.0 + at.1..]);
    // `— Зуева А. А.`: the dot after an initial is the name's.
    let after = after.trim();
    let initial = after
        .trim_end_matches('.')
        .rsplit(' ')
        .next()
        .is_some_and(|last| last.chars().count() == 1 && last.chars().all(char::is_uppercase));
    let after = if initial { after } else { after.trim_end_matches('.') };
    (!before.trim().is_empty()).then(|| (before.trim_end().to_owned(), after.to_owned()))
}

/// `… 📅 2026-07-31` → (text before, date).
fn split_calendar_marker(text: &str) -> Option<(String, Date)> {
    let at = text.find('📅')?;
    let date = Date::find(&text[at..])?;
    Some((text[..at].trim_end().to_owned(), date))
}

/// `… due: 31.07.2026`, `… срок: …`, `… до 31.07.2026` → (text before, what was written).
fn split_due_phrase(text: &str) -> Option<(String, String)> {
    let folded = text.to_lowercase();
    for marker in ["due:", "срок:", "срок —", "срок –", "дедлайн:", "deadline:", " до ", " by "]
    {
        if let Some(at) = folded.rfind(marker) {
            // `folded` may differ in length from `text` only for letters that change size
            // when lower-cased; fall back to no split then.
            let (before, after) = (text.get(..at)?, text.get(at + marker.len()..)?);
            if marker == " до " && Date::find(after).is_none() {
                continue;
            }
            // `… by 30 April 2026`: "by" right before a date, not "signed by Anna".
            let dated_next = || Date::find(&after.split_whitespace().take(3).collect::<Vec<_>>().join(" ")).is_some();
            if marker == " by " && !dated_next() {
                continue;
            }
            let written = after.trim().trim_end_matches(['.', ')']).trim();
            return Some((before.trim_end_matches([' ', '—', '-', ',', '(']).to_owned(), written.to_owned()));
        }
    }
    None
}

/// `text (inside)` or `text [inside]` at the very end → (text, inside).
fn trailing_parenthetical(text: &str) -> Option<(String, String)> {
    // `…(отв. Никитина О. В., срок до 27.02.2026);`: an item of an enumeration ends with `;`.
    let trimmed = text.trim_end().trim_end_matches(['.', ';']);
    // `— [[Tom Becker]]` is a note app's page of the person, no bracketed note.
    let (inner, open_mark) = match trimmed.strip_suffix(')') {
        Some(inner) => (inner, '('),
        None if trimmed.ends_with("]]") => return None,
        None => (trimmed.strip_suffix(']')?, '['),
    };
    let open = inner.rfind(open_mark)?;
    if open_mark == '(' && inner[..open].ends_with(']') {
        return None; // `[ADR-7](x.md)` ends with a link's target, not with an annotation
    }
    let before = inner[..open].trim_end().trim_end_matches([' ', '—', '-', ',']);
    Some((before.to_owned(), inner[open + 1..].to_owned()))
}

/// A name (`Мария Орлова`, `Bob`, `А. Б. Иванова`), a team (`команда Mobile`) or a handle
/// (`@maria`): short, and in capitalised words unless it says team/команда. Technical names
/// (`NodeLocal DNSCache`, `SLO`) are not people.
pub(crate) fn looks_like_owner(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let lower = text.to_lowercase();
    // «сетевой отдел», "Platform team", «группа эксплуатации».
    let team = lower.starts_with("команда")
        || lower.starts_with("team")
        || lower.starts_with("отдел")
        || words.len() <= 3
            && lower.split_whitespace().any(|word| ["команда", "team", "отдел", "группа", "squad"].contains(&word));
    let named = words.first().is_some_and(|word| name_word(word))
        && words.iter().all(|word| name_word(word) || is_particle(word));
    (1..=5).contains(&words.len())
        && text.chars().count() <= 60
        && (team || named && !is_bare_state(text) || text.starts_with('@'))
}

/// `Done`, `In Progress`, `Backlog`, `Canceled`: a tracker's state alone, capitalised as a
/// name is (`@Денис Лаптев · Done · срок 20.02.2026`), and no one's name.
fn is_bare_state(text: &str) -> bool {
    let words = text.split_whitespace().count();
    words <= 2 && (state_word(text).is_some_and(|state| state != ActionState::Open) || is_open_word(text))
}

/// `Мария`, `Anna-Maria`, `А.`: capitalised, with no capital right after another letter
/// (`NodeLocal`, `DNS`).
fn name_word(word: &str) -> bool {
    let chars: Vec<char> = word.chars().collect();
    chars.first().is_some_and(|c| c.is_uppercase())
        && chars.windows(2).all(|pair| !(pair[0].is_alphabetic() && pair[1].is_uppercase()))
}

/// «Смирнов А.», «Лебедев А. В.», «А.В. Лебедев», "Chen W.": a surname with initials, which
/// names a person as plainly as a handle does.
fn initialed_name(text: &str) -> bool {
    static INITIALED: LazyLock<Regex> = LazyLock::new(|| {
        let surname = r"\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?";
        let initials = r"\p{Lu}\.(?:\s?\p{Lu}\.)?";
        Regex::new(&format!(r"^(?:{surname}\s+{initials}|{initials}\s?{surname})$")).expect("valid regex")
    });
    INITIALED.is_match(text.trim())
}

/// `van`, `de`, `фон`: lower-case words inside a name.
fn is_particle(word: &str) -> bool {
    ["van", "von", "de", "der", "da", "фон", "де", "ван"].contains(&word)
}

/// HackMD's name annotation in `text` (`… [name=Олег Сафронов] до 15.10.2025`): the name,
/// and the text without it.
fn hackmd_name(text: &str) -> Option<(String, String)> {
    let at = text.find("[name=")?;
    let close = at + text[at..].find(']')?;
    let name = text[at + "[name=".len()..close].trim();
    let rest = format!("{} {}", text[..at].trim_end(), text[close + 1..].trim_start());
    (!name.is_empty()).then(|| (name.to_owned(), rest.trim().to_owned()))
}

/// Who `text` names as the owner: `None` for a placeholder (`TBD`, `—`, `?`, «пока нет»).
fn owner_named(text: &str) -> Option<String> {
    if let Some((name, _)) = hackmd_name(text).filter(|(_, rest)| rest.is_empty()) {
        return Some(name);
    }
    // `[~petrov]`: a Confluence user's mention, by the user's name.
    let cleaned = clean(text);
    let mentioned = cleaned.strip_prefix("[~").and_then(|rest| rest.strip_suffix(']'));
    // `[[Priya Nair]]`: a Roam or Obsidian page of the person, by its name.
    let paged = || {
        let inner = cleaned.strip_prefix("[[")?.strip_suffix("]]")?;
        (!inner.contains(['[', ']'])).then(|| inner.rsplit('|').next().unwrap_or(inner))
    };
    Some(mentioned.or_else(paged).map_or(cleaned.clone(), str::to_owned)).filter(|owner| !no_owner(owner))
}

/// Reads a written due date into `item`: the date, else the words as written unless they
/// stand for none (`TBD`, `—`: no date yet).
fn set_due(item: &mut ActionItem, text: &str) {
    // `Due: ~~Apr 10, 2026~~ Apr 17, 2026`: the day struck out was moved.
    let kept = without_struck(text);
    let text = if kept.trim().is_empty() { text } else { kept.as_str() };
    match Date::find(text) {
        Some(date) => item.due = Some(date),
        None if !no_owner(text) => item.due_unreadable = Some(clean(text)),
        None => {}
    }
}

/// `text` without its `~~struck~~` spans.
fn without_struck(text: &str) -> String {
    let mut kept = String::with_capacity(text.len());
    let mut rest = text;
    while let Some((before, after)) = rest.split_once("~~") {
        let Some((_, next)) = after.split_once("~~") else { break };
        kept.push_str(before);
        rest = next;
    }
    kept.push_str(rest);
    kept
}

/// A value that names nobody and no date: `—`, `-`, `n/a`, `нет`, `TBD`, «пока нет».
pub(crate) fn no_owner(text: &str) -> bool {
    // `[Name]`, `{owner}`, `<owner>`: a template's blank, not filled in.
    let trimmed = text.trim();
    // (`[~petrov]` is a Confluence user's mention, not a blank.)
    let blank = [('[', ']'), ('{', '}'), ('<', '>')].iter().any(|(open, close)| {
        trimmed.starts_with(*open)
            && trimmed.ends_with(*close)
            && !trimmed.contains("](")
            && !trimmed.starts_with("[~")
            && !trimmed.starts_with("[[")
    });
    if blank {
        return true;
    }
    // `TBD (confirm)`: what is in brackets is a note on the placeholder; `Claims Finance
    // (unassigned)`: a note that nobody in the team has it yet.
    let bracketed = text.split_once(" (").filter(|(_, rest)| rest.ends_with(')'));
    let (bare, note) = bracketed.map_or((text, None), |(bare, rest)| (bare, Some(rest.trim_end_matches(')'))));
    // `TBD — needs someone from CX`: the placeholder, then a note on it after a dash.
    let bare = bare.split(" — ").next().unwrap_or(bare);
    placeholder(bare)
        || note.is_some_and(|note| {
            matches!(
                fold(note).trim(),
                "unassigned" | "not assigned" | "не назначен" | "не назначено" | "нет ответственного"
            )
        })
}

/// A word that stands for nobody or for nothing yet: `—`, `n/a`, `TBD`, «пока нет».
fn placeholder(text: &str) -> bool {
    // `@unassigned`, `@nobody`: a mention of no one.
    matches!(
        fold(text)
            .trim_matches(|c: char| c == '*' || c == '_' || c == '.' || c.is_whitespace())
            .trim_start_matches('@'),
        "" | "-"
            | "—"
            | "–"
            | "n/a"
            | "na"
            | "none"
            | "нет"
            | "tbd"
            | "tba"
            | "тбд"
            | "?"
            | "не назначен"
            | "не назначено"
            // «Исполнитель | не назначена» (a task's, «задача», assignee).
            | "не назначена"
            | "не назначены"
            | "пока нет"
            | "нет ответственного"
            | "unassigned"
            | "unknown"
            | "not assigned"
            | "null"
            | "??"
            | "не указан"
            | "не указано"
            | "не указана"
            // Huly's, Jira's «без исполнителя» ("no assignee").
            | "без исполнителя"
            | "без ответственного"
            | "no assignee"
            | "не установлен"
            | "не задан"
            | "не задана"
            | "отсутствует"
            | "уточнить"
            | "требует уточнения"
            | "возьмет"
            | "кто возьмет"
            | "не решили"
            | "nobody"
            | "nobody yet"
            | "no one"
            | "no one yet"
            | "никто"
            | "пока никто"
            | "not assigned yet"
            | "unassigned yet"
            | "пока не назначен"
            | "еще не назначен"
            // «— без срока —», «кто? не назначили пока».
            | "без срока"
            | "не назначили"
            | "не назначили пока"
            | "пока не назначили"
            | "кто? не назначили пока"
    )
}

/// Without Markdown emphasis and link syntax, trimmed.
/// `(green) готово`, `(grey) к выполнению` (folded): a Confluence status lozenge as pandoc
/// writes it, without its colour.
fn without_lozenge_colour(folded: &str) -> &str {
    const COLOURS: [&str; 6] = ["(green)", "(blue)", "(grey)", "(gray)", "(red)", "(yellow)"];
    let trimmed = folded.trim_start();
    COLOURS.iter().find_map(|colour| trimmed.strip_prefix(colour)).map_or(folded, str::trim_start)
}

fn clean(text: &str) -> String {
    // `… на уровне адаптера (` once its `Исполнитель: …, Срок: …)` was read: no open bracket
    // is left dangling.
    link_text(text)
        .replace("**", "")
        .replace("__", "")
        .trim()
        .trim_end_matches([',', ';', '—', '-', '('])
        .trim()
        .to_owned()
}

/// What each column of an action table holds.
#[derive(Debug, Clone, Default)]
struct TableColumns {
    text: Option<usize>,
    owner: Option<usize>,
    due: Option<usize>,
    status: Option<usize>,
    /// `Факт`, `Actual`: the day it was done, beside the planned one.
    done_on: Option<usize>,
    /// `Responsibility / target`: the owner and the due date in one cell.
    owner_and_due: Option<usize>,
    /// `Evidence of completion`: filled in once the action is done, empty while it is open.
    evidence: Option<usize>,
    /// The status column asks a question (`Done?`, «Готово?»): ❌ or «нет» there is not yet
    /// done, not dropped.
    answers: bool,
    /// `| Задача | Название |` with `PLAT-232` under Задача: the column naming the task, after
    /// a column of its tickets.
    title: Option<usize>,
}

impl TableColumns {
    /// A task's column, its owner's, its due date's and its state's: a table that tracks
    /// follow-ups whatever section it stands in.
    fn tracks_follow_ups(&self) -> bool {
        self.text.is_some() && self.owner.is_some() && self.due.is_some() && self.status.is_some()
    }

    fn of(header: &[String]) -> Self {
        let mut columns = TableColumns::default();
        let has_done_on = header.iter().any(|cell| matches!(fold(cell).as_str(), "факт" | "actual" | "done on"));
        for (index, cell) in header.iter().enumerate() {
            // `Срок<br>план`: a header cell on two lines is one name.
            let name = fold(&cell.replace("<br>", " ").replace("<br/>", " ").replace("<br />", " "));
            let is = |words: &[&str]| words.iter().any(|word| name == *word || name.starts_with(&format!("{word} ")));
            if is(&["responsibility / target", "owner / due", "кто / когда", "ответственный / срок"])
            {
                // `Yuki Tanaka / 20 Mar`: whose and by when in one cell.
                columns.owner_and_due.get_or_insert(index);
            } else if is(&["poc", "point of contact"]) {
                // An improvement plan's point of contact is the person, beside the
                // organisation primarily responsible.
                columns.owner = Some(index);
            } else if is(&["факт", "actual", "done on"]) {
                columns.done_on.get_or_insert(index);
            } else if has_done_on && is(&["план", "plan", "planned"]) {
                columns.due.get_or_insert(index);
            } else if is(&["primary responsible", "r", "кому"]) {
                // RACI's R is who does it; «Кому» a question is put to.
                columns.owner.get_or_insert(index);
            } else if is(&["к какому сроку"]) {
                columns.due.get_or_insert(index);
            } else if is(&[
                "ответственный",
                "ответственные",
                "владелец",
                "кто",
                "исполнитель",
                "owner",
                "owners",
                "assignee",
                // Wrike's and Asana's "Assignees", «Исполнители».
                "assignees",
                "assigned to",
                // Planner's «Назначено» (assigned); Opsgenie's "Responder".
                "responder",
                "responders",
                "назначено",
                "назначен",
                "assigned",
                "исполнители",
                "who",
                "отв.",
                "ответственная",
                "responsible",
                "accountable",
                "кто отвечает",
                "action owner",
                "action holder",
                // A work-management board's person column: "People", «Люди», "Person".
                "people",
                "person",
                "люди",
            ]) || name.ends_with(" owner")
            {
                columns.owner.get_or_insert(index);
            } else if is(&[
                "срок",
                "дедлайн",
                "due",
                "due date",
                "deadline",
                "когда",
                "до",
                "target date",
                "target",
                "eta",
                "целевая дата",
                "срок выполнения",
                "when",
                "by",
                "completion",
                "by when",
                "need date",
                "need-by date",
                "required by",
                "planned completion",
                // Planfix's subtask table: «Дата завершения» is the day it is to be done by.
                "дата завершения",
                "planned end date",
                "planned date",
                "commit date",
                "committed date",
                "close by",
                "плановая дата",
                "плановый срок",
                "крайний срок",
            ]) {
                columns.due.get_or_insert(index);
            } else if is(&[
                "статус",
                "status",
                "state",
                "состояние",
                "done?",
                "done",
                // Asana's `Completed | Yes`.
                "completed",
                "completed?",
                "готово?",
                "сделано?",
                // Pyrus's «Выполнено | Да».
                "выполнено",
                "выполнено?",
                "resolution",
                "результат",
                "action taken",
                "verification",
                "где сейчас",
            ]) || name.ends_with(" state")
                || name.ends_with(" status")
            {
                // "CAR state", "Action status": the state of what the row tracks.
                if columns.status.is_none() {
                    columns.answers = name.ends_with('?')
                        || matches!(name.as_str(), "done" | "готово" | "сделано" | "completed" | "выполнено");
                }
                columns.status.get_or_insert(index);
            } else if is(&["отметка о выполнении", "отметка об исполнении", "отметка"])
            {
                // «Отметка о выполнении»: a register's column of «Выполнено 03.12.2025» /
                // «Не выполнено», the state in words.
                columns.status.get_or_insert(index);
            } else if is(&["evidence of completion", "completion evidence", "evidence", "подтверждение выполнения"])
            {
                // A CAP's evidence: an action is closed once its evidence is filed.
                columns.evidence.get_or_insert(index);
            } else if is(&[
                "задача",
                "действие",
                "мера",
                "что",
                "что делаем",
                "мероприятие",
                "action",
                "action item",
                "item",
                "task",
                "description",
                "описание",
                "what",
                "summary",
                "title",
                "название",
                "follow-up",
                "corrective action",
                "recommended action",
                "improvement",
                "commitment",
                "safety action",
                "вопрос",
            ]) {
                columns.text.get_or_insert(index);
            }
        }
        // `| Item | Description | Owner |` with `TBR-1` under Item: the description says the task.
        let named = |index: usize, words: &[&str]| words.contains(&fold(&header[index]).as_str());
        if columns.text.is_some_and(|text| named(text, &["item"])) {
            if let Some(described) = (0..header.len()).find(|&index| named(index, &["description", "описание"]))
            {
                columns.text = Some(described);
            }
        }
        // `| Задача | Название | Исполнитель |` (a tracker's sub-issues): the ticket, then
        // what it is called.
        let titled = |index: usize| {
            named(
                index,
                &[
                    "название",
                    "title",
                    "summary",
                    "тема",
                    "description",
                    "описание",
                    "мероприятие",
                    "действие",
                    "action",
                    // `| Задача | Что делаем |` with `NOC-4131` under Задача.
                    "что делаем",
                    "что сделать",
                    "что",
                    "what",
                ],
            )
        };
        if let Some(text) = columns.text.filter(|&text| named(text, &["задача", "task", "issue", "key", "ключ", "id"]))
        {
            columns.title = (0..header.len()).find(|&index| index != text && titled(index));
        }
        if columns.text.is_none() {
            // Not `№` / `#`: a number is no task.
            let numbered = |i: usize| matches!(header[i].trim(), "№" | "#" | "No" | "N" | "No." | "п/п");
            columns.text = (0..header.len()).find(|i| {
                ![columns.owner, columns.due, columns.status, columns.done_on].contains(&Some(*i)) && !numbered(*i)
            });
        }
        columns
    }

    /// A status word standing on its own (`DONE`, `WONTFIX`, «Готово») in a column that is
    /// neither the task, the owner nor the due date.
    fn state_in_other_cells(&self, row: &[String]) -> Option<ActionState> {
        let own = [self.text, self.owner, self.due];
        row.iter().enumerate().filter(|(index, _)| !own.contains(&Some(*index))).find_map(|(_, cell)| {
            let folded = fold(cell);
            let tokens: Vec<&str> = folded.split(|c: char| !(c.is_alphanumeric() || c == '\'')).collect();
            let has = |words: &[&str]| tokens.iter().any(|token| words.contains(token));
            // «Не выполнено», "not done": a state word after a negation is still open.
            let negated = has(&["не", "not", "nicht"]);
            if negated && has(&["done", "fixed", "closed", "resolved", "completed", "готово", "сделано", "выполнено"])
            {
                Some(ActionState::Open)
            } else if has(&["done", "fixed", "closed", "resolved", "completed", "готово", "сделано", "выполнено"])
            {
                Some(ActionState::Done)
            } else if has(&["wontfix", "won't", "cancelled", "canceled", "dropped", "отменено"]) {
                Some(ActionState::Dropped)
            } else {
                None
            }
        })
    }

    fn item(&self, row: &[String], line: usize) -> Option<ActionItem> {
        let cell =
            |column: Option<usize>| column.and_then(|i| row.get(i)).map(String::as_str).filter(|c| !c.is_empty());
        let text = cell(self.text)?;
        if super::measures::is_total_label(&clean(text)) {
            return None; // `| | **Итого** | 80 |`: the table's sum, not a task
        }
        // `PLAT-232` under Задача, «Включить репликацию» under Название: the ticket and its title.
        let ticket = !text.trim().contains(char::is_whitespace) && text.contains(|c: char| c.is_ascii_digit());
        let titled = cell(self.title).filter(|_| ticket).map(|title| format!("{} {title}", text.trim()));
        let text = titled.as_deref().unwrap_or(text);
        let columns = self.owner.is_some() || self.due.is_some() || self.owner_and_due.is_some();
        let mut item = annotated(text, ActionState::Open, line, columns);
        if let Some(owner) = cell(self.owner) {
            item.owner = owner_named(owner);
        }
        if let Some((owner, due)) = cell(self.owner_and_due).and_then(|both| both.split_once(" / ")) {
            item.owner = owner_named(owner);
            set_due(&mut item, due);
        }
        if let Some(due) = cell(self.due) {
            set_due(&mut item, due);
        }
        // `| Увеличить пул соединений (до 06.03.2026) | Выполнено | Петров |` with no due column.
        if self.due.is_none() && self.owner_and_due.is_none() && item.due.is_none() {
            if let Some((before, due)) = bracketed_due(&item.text) {
                let before = before.to_owned();
                set_due(&mut item, &due);
                item.text = before;
            }
        }
        if let Some(status) = cell(self.status) {
            let answer = self.answers.then(|| answered(status)).flatten();
            item.state = answer.or_else(|| state_word(status)).unwrap_or(item.state);
        } else if cell(self.done_on).is_some_and(|done| Date::find(done).is_some()) {
            item.state = ActionState::Done;
        } else if self.evidence.is_some() {
            let filed = cell(self.evidence).is_some_and(|evidence| !placeholder(evidence));
            item.state = if filed { ActionState::Done } else { ActionState::Open };
        } else if let Some(state) = self.state_in_other_cells(row) {
            // No status column, but `OPS-101 **DONE**` in a ticket column says it.
            item.state = state;
        }
        Some(item)
    }
}

/// `Нагрузочный тест (до 15.04.2026)`, `Add an alert (due 2026-02-27)`: the text before a
/// day in brackets at its end, under its due word, and the day.
fn bracketed_due(text: &str) -> Option<(&str, String)> {
    let inside = text.trim_end().strip_suffix(')')?;
    let (before, due) = inside.rsplit_once('(')?;
    let day = ["до ", "due ", "by ", "срок "].iter().find_map(|word| {
        due.get(..word.len()).filter(|head| head.eq_ignore_ascii_case(word)).map(|_| due[word.len()..].trim())
    })?;
    (Date::names_a_day(day) && !before.trim().is_empty()).then(|| (before.trim_end(), day.to_owned()))
}

/// The answer in a `Done?` cell: yes (✅, «да», `x`) is done, no (❌, «нет», `-`) still open.
fn answered(cell: &str) -> Option<ActionState> {
    match fold(cell).trim_matches(|c: char| c.is_whitespace() || c == '.') {
        "✅" | "✔" | "✓" | "☑" | "x" | "+" | "yes" | "y" | "да" => Some(ActionState::Done),
        "❌" | "✗" | "✘" | "-" | "—" | "no" | "n" | "нет" | "not yet" | "ещё нет" | "еще нет" => {
            Some(ActionState::Open)
        }
        _ => None,
    }
}

/// A status cell: done, dropped, or (anything else) open.
fn state_word(text: &str) -> Option<ActionState> {
    let folded = fold(text);
    let folded = without_lozenge_colour(&folded);
    let folded = folded.trim_matches(|c: char| !c.is_alphanumeric() && !['✅', '❌', '✔', '✓', '☑'].contains(&c));
    // «закрыта как неактуальная», "closed as not planned" (GitHub's, GitVerse's): closed without
    // being done.
    let closed_undone = ["как неактуальн", "как дубл", "as not planned", "as duplicate", "won't fix", "wontfix"];
    if ["закрыт", "closed"].iter().any(|word| folded.starts_with(word))
        && closed_undone.iter().any(|why| folded.contains(why))
    {
        return Some(ActionState::Dropped);
    }
    let done = [
        "готово",
        "сделано",
        "выполнено",
        "выполнена",
        // Bitrix24's «Завершена» (not «завершение»: a prefix of these reads no noun); Planfix's
        // «Завершенная».
        "завершено",
        "завершена",
        "завершенная",
        "закрыто",
        "закрыта",
        "закрыт",
        "✔",
        "✓",
        "☑",
        "done",
        "closed",
        "completed",
        "complete",
        "fixed",
        "resolved",
        "shipped",
        "delivered",
        "implemented",
        "решен",
        "внедрено",
        "внедрена",
        "исполнено",
        "исполнен",
        "verified",
        // YouTrack's «Исправлена» / «Проверена».
        "исправлен",
        "проверена",
        "✅",
    ];
    let dropped = [
        "отменено",
        "отменена",
        "отменен",
        "не будем делать",
        "не делаем",
        "не будем",
        // YouTrack's «Не будет исправлена», «Дубликат».
        "не будет",
        "дубликат",
        "duplicate",
        "won't do",
        "wont do",
        "won't fix",
        "wont fix",
        "wontfix",
        // An outliner's tag, `#wontdo`; Amplenote's dismissed task.
        "wontdo",
        "dismissed",
        "dropped",
        "removed",
        "cancelled",
        "canceled",
        "rejected",
        // «Отклонена: бизнес не согласен», «Отклонено».
        "отклонен",
        // An investigation act's «Исключено решением комиссии».
        "исключено",
        "исключена",
        "исключен",
        // «— отменили, стенд отдали под миграцию»: we called it off.
        "отменили",
        // «решили не делать, не связано с причиной».
        "решили не делать",
        "не будем делать",
        "descoped",
        // «Не актуально (бюджет перенесён)».
        "не актуальн",
        "неактуальн",
        "снято",
        "снята",
        "снят",
        // «Отказались: не решает проблему», "Abandoned", "Not doing".
        "отказались",
        "отказано",
        "abandoned",
        "not doing",
        "❌",
    ];
    // `Closed—Reconsidered`, "Withdrawn": closed without being done.
    let withdrawn = ["reconsidered", "withdrawn", "отозвано"].iter().any(|word| folded.contains(word));
    if withdrawn {
        Some(ActionState::Dropped)
    } else if done.iter().any(|word| folded.starts_with(word)) {
        Some(ActionState::Done)
    } else if dropped.iter().any(|word| folded.starts_with(word)) || text.contains("~~") {
        Some(ActionState::Dropped)
    } else {
        Some(ActionState::Open)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str, extra_headings: &[String], reading: Reading) -> Vec<ActionItem> {
        super::read(&Outline::read(text, 0), extra_headings, reading)
    }

    /// Each item's text, owner, due date (ISO) and state, for comparing with a table.
    fn summaries(items: &[ActionItem]) -> Vec<(&str, Option<&str>, Option<String>, ActionState)> {
        items
            .iter()
            .map(|item| (item.text.as_str(), item.owner.as_deref(), item.due.map(|d| d.to_string()), item.state))
            .collect()
    }

    /// The follow-ups of `text` as (text, owner, due, state).
    fn follow_ups(text: &str) -> Vec<(String, Option<String>, Option<Date>, ActionState)> {
        let items = read(text, &[], Reading::FollowUps);
        items.into_iter().map(|item| (item.text, item.owner, item.due, item.state)).collect()
    }

    fn date(y: u16, m: u8, d: u8) -> Option<Date> {
        Date::new(y, m, d)
    }

    #[test]
    fn a_key_s_value_is_read_whole_after_markup_later_in_the_part() {
        assert_eq!(keyed_value("до 16.05.2026. _В работе._", &DUE_KEYS), Some("16.05.2026. _В работе._"));
        assert_eq!(keyed_value("**Срок:** 16.05.2026", &DUE_KEYS), Some("16.05.2026"));
    }

    #[test]
    fn paper_tasks_with_a_mention_and_a_day() {
        let text = "## Action items\n\n- [x] Add a saturation panel @Tom Becker  Sep 24, 2025\n- [ ] Write a runbook section\n";
        let items = read(text, &[], Reading::Incident);
        assert_eq!(
            summaries(&items)[0],
            ("Add a saturation panel", Some("Tom Becker"), Some("2025-09-24".to_owned()), ActionState::Done)
        );
    }

    #[test]
    fn noteplan_tasks_with_a_mention_and_a_scheduled_day() {
        let text = "## Что делаем дальше\n* [x] Алерт на срок сертификатов @marat >2026-02-20\n* [ ] Проверка в чек-листе >2026-06-15\n* [-] Купить сертификат у другого CA @dvolkov\n\tОтказались: проблема не в CA.\n";
        let items = read(text, &[], Reading::Incident);
        assert_eq!(
            summaries(&items),
            vec![
                ("Алерт на срок сертификатов", Some("@marat"), Some("2026-02-20".to_owned()), ActionState::Done),
                ("Проверка в чек-листе", None, Some("2026-06-15".to_owned()), ActionState::Open),
                ("Купить сертификат у другого CA", Some("@dvolkov"), None, ActionState::Dropped),
            ]
        );
    }

    #[test]
    fn a_plain_line_after_a_run_of_tasks_is_a_note_not_a_task() {
        let text = "## Follow-ups\n- TODO alert on db size\n  owner:: [[Marina]]\n- DONE update the runbook\n- LATER defrag cronjob\n- Evening: read about etcd 3.6\n";
        let texts: Vec<String> = follow_ups(text).into_iter().map(|item| item.0).collect();
        assert_eq!(texts, ["alert on db size", "update the runbook", "defrag cronjob"]);
        // A list of plain items, or a plain one with its owner, stays whole.
        let plain = "## Follow-ups\n- [ ] alert — Marina\n- [x] runbook — Ildar\n- cronjob — Oleg\n";
        assert_eq!(follow_ups(plain).len(), 3);
    }

    #[test]
    fn a_subtask_closed_with_its_reason_in_brackets() {
        let text = "## Follow-ups\n\n- [x] [Won't do] Move tax calculation client-side · Hannah Okafor · no due date\n- [ ] Alert on tax-service p99 · Marcus Lee · due 2026-06-12\n- [ ] Customer-care macro (owner TBD — needs someone from CX) · Unassigned · no due date\n";
        assert_eq!(
            summaries(&read(text, &[], Reading::Incident)),
            vec![
                ("Move tax calculation client-side", Some("Hannah Okafor"), None, ActionState::Dropped),
                ("Alert on tax-service p99", Some("Marcus Lee"), Some("2026-06-12".to_owned()), ActionState::Open),
                ("Customer-care macro", None, None, ActionState::Open),
            ]
        );
    }

    #[test]
    fn a_card_s_checklist_with_its_owner_and_day_in_italic_brackets() {
        let text = "## Чек-лист «Действия после разбора» (3/5)\n\n- [x] Алерт на consumer lag > 50 000 _(Дмитрий Петров, до 2026-01-23)_\n- [x] ~~Перевести на cooperative-sticky~~ — отменено, см. комментарий _(Ильдар Хасанов)_\n- [ ] Нагрузочный тест трекинга\n";
        assert_eq!(
            summaries(&read(text, &[], Reading::Incident)),
            vec![
                (
                    "Алерт на consumer lag > 50 000",
                    Some("Дмитрий Петров"),
                    Some("2026-01-23".to_owned()),
                    ActionState::Done
                ),
                ("Перевести на cooperative-sticky", Some("Ильдар Хасанов"), None, ActionState::Dropped),
                ("Нагрузочный тест трекинга", None, None, ActionState::Open),
            ]
        );
    }

    #[test]
    fn a_register_s_yes_or_no_done_column_and_a_tracker_s_assignees() {
        let pyrus = "## Меры\n\n| № | Мера | Ответственный | Срок | Выполнено |\n|---|---|---|---|---|\n| 1 | Мониторинг отказов | Гришин Павел | 12.09.2025 | Да |\n| 4 | Описать переключение | — | — | Нет |\n";
        assert_eq!(
            summaries(&read(pyrus, &[], Reading::Incident)),
            vec![
                ("Мониторинг отказов", Some("Гришин Павел"), Some("2025-09-12".to_owned()), ActionState::Done),
                ("Описать переключение", None, None, ActionState::Open),
            ]
        );
        let wrike = "## Subtasks (2)\n\n| Title | Status | Assignees | Due date |\n|---|---|---|---|\n| Pin CoreDNS | Completed | Jonas Weber | Jan 30, 2026 |\n| Chaos test | Active | Unassigned | — |\n";
        assert_eq!(
            summaries(&read(wrike, &[], Reading::Incident)),
            vec![
                ("Pin CoreDNS", Some("Jonas Weber"), Some("2026-01-30".to_owned()), ActionState::Done),
                ("Chaos test", None, None, ActionState::Open),
            ]
        );
    }

    #[test]
    fn a_tracker_s_checklist_keeps_its_unassigned_box_among_assigned_ones() {
        let text = "# PLATFORM-231\n\n## Чеклист\n\n- [x] Зафиксировать версию образа (исполнитель: Олег Васильев, дедлайн: 2026-02-06)\n- [ ] Канареечная выкатка (исполнитель: Марина Кузнецова, дедлайн: 2026-03-13)\n- [ ] Алерт на долю pending-джоб > 20 %\n\n## Шаги\n\n- [ ] Проверить логи\n- [ ] Перезапустить раннер\n";
        let texts: Vec<String> = read(text, &[], Reading::Incident).into_iter().map(|item| item.text).collect();
        assert_eq!(
            texts,
            ["Зафиксировать версию образа", "Канареечная выкатка", "Алерт на долю pending-джоб > 20 %"],
            "a list of unassigned boxes is no follow-up list"
        );
        let last = text.split("\n\n## Шаги").next().unwrap_or_default();
        let texts: Vec<String> = read(last, &[], Reading::Incident).into_iter().map(|item| item.text).collect();
        assert_eq!(texts.len(), 3, "a checklist that ends the page: {texts:?}");
    }

    #[test]
    fn a_table_of_tracked_follow_ups_under_a_chat_s_pinned_summary() {
        let text = "# Лаг Kafka\n\n**Ксения** [18:45]\nТопик — 12 партиций.\n\n| Время | Кто | Что |\n|---|---|---|\n| 18:53 | Глеб | выключил ретраи |\n\n📌 **Закреплённое сообщение** — Николай, 07.05.2026\n\n| Что делаем | Кто | Срок | Статус |\n|---|---|---|---|\n| Увеличить число партиций | Ксения Лаврова | 20.05.2026 | сделано |\n| Ревизия ретраев | TBD | TBD | не начато |\n";
        let items = read(text, &[], Reading::Incident);
        assert_eq!(
            summaries(&items),
            vec![
                ("Увеличить число партиций", Some("Ксения Лаврова"), Some("2026-05-20".to_owned()), ActionState::Done),
                ("Ревизия ретраев", None, None, ActionState::Open),
            ],
            "not the timeline's rows"
        );
        assert!(read(text, &[], Reading::FollowUps).is_empty(), "only in an incident's review");
    }

    #[test]
    fn a_board_card_s_subtasks_with_their_due_days_in_brackets_and_a_planner_s_assignees() {
        let kanboard = "## Задачи\n\n| # | Подзадача | Статус | Исполнитель |\n|---|---|---|---|\n\
                        | 1 | Увеличить пул соединений (до 06.03.2026) | Выполнено | Петров Денис |\n\
                        | 2 | Согласовать уведомления | К выполнению | — |\n\
                        | 3 | Инструктаж подрядчика | Исключено решением комиссии | — |\n";
        let items = read(kanboard, &[], Reading::FollowUps);
        assert_eq!(
            summaries(&items),
            vec![
                ("Увеличить пул соединений", Some("Петров Денис"), Some("2026-03-06".to_owned()), ActionState::Done),
                ("Согласовать уведомления", None, None, ActionState::Open),
                ("Инструктаж подрядчика", None, None, ActionState::Dropped)
            ]
        );
        let planner = "## Задачи\n\n| Задача | Назначено | Срок | Статус |\n|---|---|---|---|\n| Прогрев кеша CDN | Марина Колесникова | 15.02.2026 | Выполнено |\n";
        assert_eq!(only(planner).owner.as_deref(), Some("Марина Колесникова"));
        let opsgenie = "## Action items\n\n| Jira key | Action | Responder | Due date | Status |\n|---|---|---|---|---|\n| SRE-456 | Дашборд возраста сообщений | Анна Лебедева | 2026-04-30 | Done |\n";
        assert_eq!(only(opsgenie).owner.as_deref(), Some("Анна Лебедева"));
        let improved =
            "## Что улучшаем\n\n- [ ] Мониторинг длины очереди\n  - Owner: Олеся Гарипова\n  - Due: 2026-03-06\n";
        let item = only(improved);
        assert_eq!((item.owner.as_deref(), item.due), (Some("Олеся Гарипова"), Date::new(2026, 3, 6)));
    }

    #[test]
    fn a_tracker_s_sub_issues_with_a_mention_a_state_and_a_day() {
        let text = "## Подзадачи\n\n- [x] PLAT-142 Алерт на лаг консьюмера > 5 мин — @Денис Лаптев · Done · срок 20.02.2026\n- [ ] PLAT-143 Ограничить max_ack_pending — @Анна Ковригина · In Progress · срок 06.03.2026\n- [ ] PLAT-144 Нагрузочный тест — без исполнителя · Backlog · срок 30.04.2026\n- [ ] ~~PLAT-145 Вернуть fallback~~ — @Сергей Мухин · Canceled\n";
        assert_eq!(
            follow_ups(text),
            vec![
                (
                    "PLAT-142 Алерт на лаг консьюмера > 5 мин".to_owned(),
                    Some("Денис Лаптев".to_owned()),
                    date(2026, 2, 20),
                    ActionState::Done
                ),
                (
                    "PLAT-143 Ограничить max_ack_pending".to_owned(),
                    Some("Анна Ковригина".to_owned()),
                    date(2026, 3, 6),
                    ActionState::Open
                ),
                ("PLAT-144 Нагрузочный тест".to_owned(), None, date(2026, 4, 30), ActionState::Open),
                ("PLAT-145 Вернуть fallback".to_owned(), Some("Сергей Мухин".to_owned()), None, ActionState::Dropped),
            ]
        );
    }

    fn only(text: &str) -> ActionItem {
        let items = read(text, &[], Reading::FollowUps);
        assert_eq!(items.len(), 1, "{text:?}: {items:?}");
        items.into_iter().next().unwrap()
    }

    #[test]
    fn a_struck_through_item_keeps_its_leading_owner() {
        let item = only("### Action items\n\n- [ ] ~~@kirill-s move suggest to a dedicated cluster (due 2026-02-15)~~ — won't do: enough headroom\n");
        assert_eq!(
            (item.owner.as_deref(), item.due, item.state),
            (Some("@kirill-s"), date(2026, 2, 15), ActionState::Dropped)
        );
    }

    #[test]
    fn a_struck_through_item_s_owner_between_dashes_and_its_state_with_a_note() {
        let item = only("## Follow-ups\n\n- [ ] ~~Fail over to the secondary acquirer~~ — Priya — dropped, the contract isn't signed\n");
        assert_eq!(
            (item.text.as_str(), item.owner.as_deref(), item.state),
            ("Fail over to the secondary acquirer", Some("Priya"), ActionState::Dropped)
        );
    }

    #[test]
    fn amplenote_task_attributes_in_a_trailing_comment() {
        let note = "## Follow-up tasks\n- [x] Add a pool saturation alert on checkout-api (owner: Priya) <!-- {\"uuid\":\"c39f\",\"startAt\":1770163200,\"deadline\":1770681600,\"completedAt\":1770595200,\"important\":true} -->\n- [ ] Move the payment provider timeout behind a feature flag (owner: Dev) — dismissed, provider SDK v3 has its own circuit breaker <!-- {\"uuid\":\"af68\",\"deadline\":1772236800,\"dismissedAt\":1771545600} -->\n- [ ] Write a push pipeline runbook — owner TBD <!-- {\"uuid\":\"f1e6\"} -->\n- [ ] Calendar reminder, owner Marcus <!-- a note -->\n";
        let items = read(note, &[], Reading::Incident);
        let found: Vec<_> =
            items.iter().map(|item| (item.text.as_str(), item.owner.as_deref(), item.due, item.state)).collect();
        assert_eq!(
            found,
            vec![
                ("Add a pool saturation alert on checkout-api", Some("Priya"), date(2026, 2, 10), ActionState::Done),
                (
                    "Move the payment provider timeout behind a feature flag",
                    Some("Dev"),
                    date(2026, 2, 28),
                    ActionState::Dropped
                ),
                ("Write a push pipeline runbook", None, None, ActionState::Open),
                ("Calendar reminder", Some("Marcus"), None, ActionState::Open),
            ]
        );
    }

    #[test]
    fn a_done_mark_with_the_day_it_was_done_after_the_owner() {
        let plain = only("Follow-ups:\n- [x] Cap webhook concurrency — [[Tom Becker]]\n");
        assert_eq!((plain.text.as_str(), plain.owner.as_deref()), ("Cap webhook concurrency", Some("Tom Becker")));
        let item = only("Follow-ups:\n- [x] Cap webhook worker concurrency per merchant (max 10% of pool) — [[Tom Becker]] ✅ shipped 3/5\n");
        assert_eq!(
            (item.text.as_str(), item.owner.as_deref(), item.state),
            ("Cap webhook worker concurrency per merchant (max 10% of pool)", Some("Tom Becker"), ActionState::Done)
        );
    }

    #[test]
    fn a_moved_due_day_and_a_word_processor_s_apostrophe() {
        let moved = only("## Action items\n\n* Alert on duplicate refunds\n    * Owner: Tom Becker\n    * Due: ~~Apr 10, 2026~~ Apr 17, 2026\n    * Status: In progress\n");
        assert_eq!((moved.due, moved.state), (date(2026, 4, 17), ActionState::Open));
        let curly = only("## Action items\n\n| Action | Owner | Status |\n|---|---|---|\n| Evaluate a second acquirer | Marcus | Won\u{2019}t do (covered) |\n");
        assert_eq!(curly.state, ActionState::Dropped);
    }

    #[test]
    fn a_report_s_next_section_holds_its_follow_ups() {
        let poc = "# PoC\n\n## Verdict\n\nGo.\n\n## Next\n- [ ] iOS image prefetch spike — Tom <!-- {\"uuid\":\"2d4f\",\"startAt\":1777852800} -->\n- [ ] Android module catalogue — Lena\n";
        let items = read(poc, &[], Reading::FollowUps);
        let found: Vec<_> = items.iter().map(|item| (item.text.as_str(), item.owner.as_deref())).collect();
        assert_eq!(found, vec![("iOS image prefetch spike", Some("Tom")), ("Android module catalogue", Some("Lena"))]);
        let plan = "# Roadmap\n\n## Next\n- [ ] Offline order history\n";
        assert!(read(plan, &[], Reading::Plan).is_empty(), "a plan's next horizon");
    }

    #[test]
    fn a_review_s_closing_checklist_holds_its_follow_ups() {
        let ticket = "### Чек-лист по итогам\n\n- [x] Добавить circuit breaker — @Морозов А., до 19.12.2025\n- [ ] Провести учения по отказу брокера — исполнитель не назначен, срок —\n- [ ] ~~Пересмотреть SLA с НСПК~~ — отменено: не в зоне ответственности платформы\n";
        let items = read(ticket, &[], Reading::Incident);
        let found: Vec<_> = items.iter().map(|item| (item.text.as_str(), item.owner.as_deref(), item.state)).collect();
        assert_eq!(
            found,
            vec![
                ("Добавить circuit breaker", Some("@Морозов А."), ActionState::Done),
                ("Провести учения по отказу брокера", None, ActionState::Open),
                ("Пересмотреть SLA с НСПК", None, ActionState::Dropped),
            ]
        );
        // A Playbooks run's checklists: triage done while it lasted, «После инцидента» after.
        let run = "## Чек-листы\n\n### Триаж\n\n- [x] Назначить владельца — @v.tarasov · без срока\n\n### После инцидента\n\n- [ ] Партиционировать таблицу — @a.gromov · срок 2026-02-27\n- [ ] Дашборд лага в Grafana — не назначен · срок 2026-03-15\n";
        let items = read(run, &[], Reading::Incident);
        let found: Vec<_> = items.iter().map(|item| (item.text.as_str(), item.owner.as_deref())).collect();
        assert_eq!(found, vec![("Партиционировать таблицу", Some("@a.gromov")), ("Дашборд лага в Grafana", None)]);
    }

    #[test]
    fn a_problem_record_s_linked_issues_are_its_follow_ups() {
        let problem = "# PRB-131 Payout batch stalls\n\n## Linked issues\n\n| Issue | Summary | Assignee | Due | Status |\n|---|---|---|---|---|\n| PAY-5124 | Migrate payout jobs to Kafka | Marco Bellini | 30/Apr/26 | In Progress |\n| PAY-5140 | Cap consumer prefetch | Sara Lindqvist | 13/Feb/26 | Done |\n";
        let items = read(problem, &[], Reading::Incident);
        let found: Vec<_> =
            items.iter().map(|item| (item.text.as_str(), item.owner.as_deref(), item.due, item.state)).collect();
        assert_eq!(
            found,
            vec![
                ("Migrate payout jobs to Kafka", Some("Marco Bellini"), date(2026, 4, 30), ActionState::Open),
                ("Cap consumer prefetch", Some("Sara Lindqvist"), date(2026, 2, 13), ActionState::Done),
            ]
        );
        assert!(read(problem, &[], Reading::FollowUps).is_empty(), "a decision's linked issues are its own");
    }

    #[test]
    fn an_incident_note_s_checklist_with_placeholders_and_a_settled_item() {
        let note = "# Инцидент 27.08.2025\n\n**Сделать:**\n- [x] Второй аплинк — Сидоров, до 15.09.2025\n- [ ] ~~Обновиться на Ceph Squid~~ — снято, проблему не решает (Морозов)\n- [ ] Запасной коммутатор на складе ЦОД — кто: ?, срок: ?\n";
        let items = read(note, &[], Reading::Incident);
        let found: Vec<_> = items
            .iter()
            .map(|item| (item.text.as_str(), item.owner.as_deref(), item.due_unreadable.as_deref(), item.state))
            .collect();
        assert_eq!(
            found,
            vec![
                ("Второй аплинк", Some("Сидоров"), None, ActionState::Done),
                ("Обновиться на Ceph Squid", Some("Морозов"), None, ActionState::Dropped),
                ("Запасной коммутатор на складе ЦОД", None, None, ActionState::Open),
            ]
        );
        assert!(
            read("# Заметка\n\n**Сделать:**\n- [ ] дописать раздел\n", &[], Reading::FollowUps).is_empty(),
            "a page's own to-do"
        );
    }

    #[test]
    fn a_mention_before_the_calendar_mark_and_a_state_s_tag_at_the_end() {
        let lark = only("## Задачи\n\n- [x] Добавить алерт на отставание @Денис Яковлев 📅 21.11.2025\n");
        assert_eq!((lark.owner.as_deref(), lark.due), (Some("Денис Яковлев"), date(2025, 11, 21)));
        let outline = only("## Follow-ups\n\n- [ ] Runbook for draining the DLQ @raj due 2026-01-30 #dropped\n");
        assert_eq!(
            (outline.text.as_str(), outline.owner.as_deref(), outline.due, outline.state),
            ("Runbook for draining the DLQ", Some("@raj"), date(2026, 1, 30), ActionState::Dropped)
        );
        let dashed = only("## Action items\n- Move auth config behind feature flags — @tom — #wontdo\n  > we agreed this adds more risk\n");
        assert_eq!(
            (dashed.text.as_str(), dashed.owner.as_deref(), dashed.state),
            ("Move auth config behind feature flags", Some("@tom"), ActionState::Dropped)
        );
    }

    #[test]
    fn an_owner_who_answers_for_it_and_a_negated_mark_after_the_due_date() {
        let text = "## Что сделаем\n\n- Перевести события на Kafka —\n  отвечает Дарья Сидорова, срок до 30.06.2026. Пока в работе.\n- Включить `pause_minority` —\n  Кирилл Ананьев, до 12.12.2025. Сделано.\n- Дописать раздел в runbook —\n  Кирилл Ананьев, до 19.12.2025. Пока не сделано.\n";
        let items = read(text, &[], Reading::Incident);
        assert_eq!(
            summaries(&items),
            vec![
                ("Перевести события на Kafka", Some("Дарья Сидорова"), Some("2026-06-30".into()), ActionState::Open),
                ("Включить `pause_minority`", Some("Кирилл Ананьев"), Some("2025-12-12".into()), ActionState::Done),
                ("Дописать раздел в runbook", Some("Кирилл Ананьев"), Some("2025-12-19".into()), ActionState::Open),
            ]
        );
    }

    #[test]
    fn a_state_after_fields_in_brackets() {
        let text = "## 6. Меры по предотвращению повторения\n\n1. Ввести ограничение числа запросов к АБС на уровне\n   адаптера (Исполнитель: Гришин А.В., Срок: 19.12.2025) — **выполнено**.\n2. Согласовать увеличение таймаута (Исполнитель: не назначен, Срок: —) —\n   отменено: НСПК не меняет регламентное время.\n3. Провести учения (Исполнитель:\n   Мухаметшин Р.Р., Срок: 27.02.2026) — не выполнено.\n";
        let items = read(text, &[], Reading::Incident);
        assert_eq!(
            summaries(&items),
            vec![
                (
                    "Ввести ограничение числа запросов к АБС на уровне адаптера",
                    Some("Гришин А.В"),
                    Some("2025-12-19".to_owned()),
                    ActionState::Done
                ),
                ("Согласовать увеличение таймаута", None, None, ActionState::Dropped),
                ("Провести учения", Some("Мухаметшин Р.Р"), Some("2026-02-27".to_owned()), ActionState::Open),
            ]
        );
    }

    #[test]
    fn who_will_take_it_is_no_owner() {
        let text = "## Что делаем\n\n- Прогнать chaos-тест на стейдже — кто возьмёт, не решили\n";
        assert_eq!(follow_ups(text)[0].1, None);
    }

    #[test]
    fn a_handle_opening_the_task() {
        let text = "## Follow-ups\n\n- [x] @kirill-s add request hedging to the client (due 2025-12-10)\n- [ ] @m.petrova pre-warm the cache before the sale\n- [ ] @ops\n";
        let items = read(text, &[], Reading::Incident);
        assert_eq!(
            summaries(&items)[..2],
            [
                (
                    "add request hedging to the client",
                    Some("@kirill-s"),
                    Some("2025-12-10".to_owned()),
                    ActionState::Done
                ),
                ("pre-warm the cache before the sale", Some("@m.petrova"), None, ActionState::Open),
            ]
        );
    }

    #[test]
    fn a_handle_opening_the_task_before_a_dash() {
        let text = "## Что делаем\n\n- [ ] @a.belov — перенести ключи в PostgreSQL — срок 2026-05-15\n- [x] Add alert on queue depth — @k.ivanov — #402\n- [ ] Canary с откатом — ADR-0014 (Дмитрий Волков, 30.09.2026)\n";
        let items = read(text, &[], Reading::Incident);
        assert_eq!(
            summaries(&items),
            [
                ("перенести ключи в PostgreSQL", Some("@a.belov"), Some("2026-05-15".to_owned()), ActionState::Open),
                ("Add alert on queue depth", Some("@k.ivanov"), None, ActionState::Done),
                (
                    "Canary с откатом — ADR-0014",
                    Some("Дмитрий Волков"),
                    Some("2026-09-30".to_owned()),
                    ActionState::Open
                ),
            ]
        );
    }

    #[test]
    fn a_handle_closing_the_task_before_a_dash_and_its_day() {
        let text = "### Follow-ups\n\n- [x] Raise ES heap to 31g @pnovak — by 2026-04-24\n- [ ] Алерт на replication lag @dkuznetsov — до 12.12.2025\n- [ ] Capacity review (unassigned, due 2026-06-30)\n";
        let items = read(text, &[], Reading::Incident);
        assert_eq!(
            summaries(&items),
            [
                ("Raise ES heap to 31g", Some("@pnovak"), Some("2026-04-24".to_owned()), ActionState::Done),
                ("Алерт на replication lag", Some("@dkuznetsov"), Some("2025-12-12".to_owned()), ActionState::Open),
                ("Capacity review", None, Some("2026-06-30".to_owned()), ActionState::Open),
            ]
        );
    }

    #[test]
    fn an_assignee_in_square_brackets() {
        let text = "## Remediation items\n\n- [x] DPLAT-377 Gate every OTA wave on a canary [Priya Nair] — due 2025-10-31\n- [ ] DPLAT-434 Alarm on broker connection rate [Tomasz Wilk] (due 2026-02-27)\n- [ ] DPLAT-436 Load-test reconnects [TBD]\n- [ ] Read the [spec] first\n";
        let items = read(text, &[], Reading::Incident);
        assert_eq!(
            summaries(&items),
            vec![
                (
                    "DPLAT-377 Gate every OTA wave on a canary",
                    Some("Priya Nair"),
                    Some("2025-10-31".to_owned()),
                    ActionState::Done
                ),
                (
                    "DPLAT-434 Alarm on broker connection rate",
                    Some("Tomasz Wilk"),
                    Some("2026-02-27".to_owned()),
                    ActionState::Open
                ),
                ("DPLAT-436 Load-test reconnects", None, None, ActionState::Open),
                ("Read the [spec] first", None, None, ActionState::Open),
            ]
        );
    }

    #[test]
    fn tasks_in_a_callout_titled_as_follow_ups() {
        let text = "## Инцидент\n\nТекст.\n\n> [!todo] Что делаем\n> - [ ] Ретрай печати — Кравец, до 15.05.2026\n> - [x] Очередь печати на дашборд — Кравец, до 24.04.2026\n\n> [!note] Заметки\n> - [ ] не задача\n";
        let items = read(text, &[], Reading::Incident);
        let texts: Vec<&str> = items.iter().map(|item| item.text.as_str()).collect();
        assert_eq!(texts, vec!["Ретрай печати", "Очередь печати на дашборд"]);
    }

    #[test]
    fn logseq_blocks_with_markers_and_properties() {
        let text = "- ## Follow-ups\n\t- DONE Exponential backoff on login retries\n\t  owner:: Nadia\n\t  deadline:: <2026-03-20 Fri>\n\t- TODO Queue-depth panel\n\t  owner:: Jo\n\t  DEADLINE: <2026-03-27 Fri>\n\t- CANCELED Switch the auth provider\n\t  owner:: TBD\n\t- LATER Storm test\n";
        let items = read(text, &[], Reading::Incident);
        assert_eq!(
            summaries(&items),
            vec![
                (
                    "Exponential backoff on login retries",
                    Some("Nadia"),
                    Some("2026-03-20".to_owned()),
                    ActionState::Done
                ),
                ("Queue-depth panel", Some("Jo"), Some("2026-03-27".to_owned()), ActionState::Open),
                ("Switch the auth provider", None, None, ActionState::Dropped),
                ("Storm test", None, None, ActionState::Open),
            ]
        );
    }

    #[test]
    fn confluence_tasks_mention_people_by_full_name() {
        let text = "## Задачи по итогам\n\n- [x] Кэшировать ответы на 30 секунд @Ирина Левченко 20 Feb 2026\n- [ ] Нагрузочный тест @Сергей Баранов 15 Jun 2026\n- [ ] ~~Резервный провайдер~~ @Олег Ким — отменено решением архкомитета\n\nAttachments:\n\n- errors-2026-02-14.png (image/png)\n";
        let items = read(text, &[], Reading::Incident);
        assert_eq!(
            summaries(&items),
            vec![
                (
                    "Кэшировать ответы на 30 секунд",
                    Some("Ирина Левченко"),
                    Some("2026-02-20".to_owned()),
                    ActionState::Done
                ),
                ("Нагрузочный тест", Some("Сергей Баранов"), Some("2026-06-15".to_owned()), ActionState::Open),
                ("Резервный провайдер", Some("Олег Ким"), None, ActionState::Dropped),
            ]
        );
    }

    #[test]
    fn a_terse_write_up_s_todo_list() {
        let text = "# 03.04.2025 — отвалился кэш (P3)\n\nЧто сделали: перезапустили.\n\nTODO:\n- [x] лимит на purge — Вика\n- [ ] алерт на hit ratio — ?\n- [ ] дашборд по origin — Вика\n- [ ] runbook — _nobody yet_\n";
        let items = read(text, &[], Reading::Incident);
        let items: Vec<_> = items.iter().map(|item| (item.text.as_str(), item.owner.as_deref(), item.state)).collect();
        assert_eq!(
            items,
            vec![
                ("лимит на purge", Some("Вика"), ActionState::Done),
                ("алерт на hit ratio", None, ActionState::Open),
                ("дашборд по origin", Some("Вика"), ActionState::Open),
                ("runbook", None, ActionState::Open),
            ]
        );
        assert!(follow_ups(text).is_empty(), "elsewhere a to-do is work on the page");
        let one = "## Action items\n\n- [ ] move dashboards — Grafana\n- [ ] page on lag (@ops)\n";
        assert_eq!(follow_ups(one)[0].1, None, "one bare name after a dash may be a product");
    }

    #[test]
    fn task_lists_with_owner_and_due_in_every_form() {
        for (line, text, owner, due, state) in [
            (
                "- [ ] Алерты по burn rate (Мария Орлова, 31.07.2026)",
                "Алерты по burn rate",
                Some("Мария Орлова"),
                date(2026, 7, 31),
                ActionState::Open,
            ),
            (
                "- [x] Runbook по лагу (Кирилл Андреев, 01.06.2026)",
                "Runbook по лагу",
                Some("Кирилл Андреев"),
                date(2026, 6, 1),
                ActionState::Done,
            ),
            ("* [X] Done thing (Anna; 2026-07-31).", "Done thing", Some("Anna"), date(2026, 7, 31), ActionState::Done),
            ("- [-] Не будем (Павел, 01.02.2026)", "Не будем", Some("Павел"), date(2026, 2, 1), ActionState::Dropped),
            ("- [ ] ~~Старый план~~", "Старый план", None, None, ActionState::Dropped),
            ("- [ ] Ship it 📅 2026-07-31", "Ship it", None, date(2026, 7, 31), ActionState::Open),
            ("- [ ] Ship it ✅", "Ship it", None, None, ActionState::Done),
            ("- [ ] Write tests, due: 2026-08-15", "Write tests", None, date(2026, 8, 15), ActionState::Open),
            (
                "- [ ] Настроить алерт — срок: 15 июля 2026",
                "Настроить алерт",
                None,
                date(2026, 7, 15),
                ActionState::Open,
            ),
            ("- [ ] Настроить алерт до 15.07.2026", "Настроить алерт", None, date(2026, 7, 15), ActionState::Open),
            (
                "- [ ] Окно релизов — [ADR-0010](../adr/x.md) (Ольга Никитина, 20.03.2026)",
                "Окно релизов — ADR-0010",
                Some("Ольга Никитина"),
                date(2026, 3, 20),
                ActionState::Open,
            ),
            ("1. Обновить runbook (Кирилл)", "Обновить runbook", Some("Кирилл"), None, ActionState::Open),
            ("- Без скобок", "Без скобок", None, None, ActionState::Open),
            (
                "- [ ] ~~Переписать ретраи~~ — покрыто ADR-0012",
                "Переписать ретраи — покрыто ADR-0012",
                None,
                None,
                ActionState::Dropped,
            ),
            ("4. ~~Перейти на MinIO~~ — отказались", "Перейти на MinIO", None, None, ActionState::Dropped),
            (
                "- [ ] Задача Y (owner: Pavel Lee, due: 2026-11-01)",
                "Задача Y",
                Some("Pavel Lee"),
                date(2026, 11, 1),
                ActionState::Open,
            ),
            (
                "- [ ] Add checksum validation — owner: Pavel Lee, due: 2026-11-27",
                "Add checksum validation",
                Some("Pavel Lee"),
                date(2026, 11, 27),
                ActionState::Open,
            ),
            (
                "- [ ] Алерт на промахи — срок: 15.12.2026, ответственный Анна Ким",
                "Алерт на промахи",
                Some("Анна Ким"),
                date(2026, 12, 15),
                ActionState::Open,
            ),
            (
                "2. Бюджетные алерты в AWS Budgets — Анна Ким 📅 2026-07-31",
                "Бюджетные алерты в AWS Budgets",
                Some("Анна Ким"),
                date(2026, 7, 31),
                ActionState::Open,
            ),
            ("- [ ] Reindex check — due 2027-01-15", "Reindex check", None, date(2027, 1, 15), ActionState::Open),
            (
                "- [ ] Вторичный резолвер (NodeLocal DNSCache)",
                "Вторичный резолвер (NodeLocal DNSCache)",
                None,
                None,
                ActionState::Open,
            ),
            ("- [ ] Перейти на Kafka — Stage Two", "Перейти на Kafka — Stage Two", None, None, ActionState::Open),
            ("- [ ] Сверка — `catalog-indexer`", "Сверка — `catalog-indexer`", None, None, ActionState::Open),
            ("- [ ] Алерты (А. Б. Иванова)", "Алерты", Some("А. Б. Иванова"), None, ActionState::Open),
            (
                "- **[DONE]** Rotate keys — @alice, due Oct 15, 2026",
                "Rotate keys",
                Some("@alice"),
                date(2026, 10, 15),
                ActionState::Done,
            ),
            (
                "* [TODO] Enforce MFA — @bob, due 2026-11-29",
                "Enforce MFA",
                Some("@bob"),
                date(2026, 11, 29),
                ActionState::Open,
            ),
            ("- [WONTFIX] Old idea", "Old idea", None, None, ActionState::Dropped),
            (
                "3. **[TODO]** Add the IdP — @trent, due Nov 29, 2026 (SEC-79)",
                "Add the IdP (SEC-79)",
                Some("@trent"),
                date(2026, 11, 29),
                ActionState::Open,
            ),
            ("- [see ADR-5] Not a state", "[see ADR-5] Not a state", None, None, ActionState::Open),
        ] {
            let item = only(&format!("## Задачи по итогам\n\n{line}\n"));
            assert_eq!(
                (item.text.as_str(), item.owner.as_deref(), item.due, item.state),
                (text, owner, due, state),
                "{line}"
            );
            assert_eq!(item.line, 3, "{line}");
        }
        let undated = only("## Action items\n\n- [ ] Load test (Maria, before every sale)\n");
        assert_eq!(only("## Задачи\n\n- [ ] X — срок: до релиза\n").due_unreadable.as_deref(), Some("до релиза"));
        assert_eq!((undated.due, undated.due_unreadable.as_deref()), (None, Some("before every sale")));
    }

    #[test]
    fn a_status_word_in_a_ticket_column_counts_when_there_is_no_status_column() {
        let text = "## Action Items\n\n| Action Item | Type | Priority | Owner | Bug | Due |\n|---|---|---|---|---|---|\n| Add alert | mitigate | P1 | @alice | OPS-101 **DONE** | 2026-10-15 |\n| Cache warmup | prevent | P2 | @bob | OPS-104 | 2026-11-01 |\n| Rewrite client | prevent | P3 | @carol | OPS-105 WONTFIX | |\n";
        let states: Vec<ActionState> = read(text, &[], Reading::FollowUps).iter().map(|item| item.state).collect();
        assert_eq!(states, vec![ActionState::Done, ActionState::Open, ActionState::Dropped]);
    }

    #[test]
    fn a_corrective_action_plan_closed_by_its_evidence_and_a_fault_tree_s_measures() {
        let plan = "## Part E — Corrective action plan\n\n| CA | Corrective action | Accountable | Planned completion | Evidence of completion |\n|---|---|---|---|---|\n| CA-1 | Fix the failover | Marcus Oyelaran | January 23, 2026 | Failover test record FT-0126 |\n| CA-4 | Hot standby pair | Hannah Kowalczyk | June 30, 2026 | |\n";
        let seen: Vec<_> = follow_ups(plan);
        assert_eq!(
            seen,
            vec![
                ("Fix the failover".into(), Some("Marcus Oyelaran".into()), date(2026, 1, 23), ActionState::Done),
                ("Hot standby pair".into(), Some("Hannah Kowalczyk".into()), date(2026, 6, 30), ActionState::Open),
            ]
        );
        let measures = "## 5. Меры по разрыву сечений\n\n**М1.** Запрет закрывать приёмку без влажности.\nОтв. Коваль Д. С., срок 20.03.2026. Сделано.\n\n**М6.** Повторить анализ на остальных ХПП.\nОтв. не назначен, срок — II квартал 2026. Не начато.\n";
        let seen: Vec<_> = follow_ups(measures);
        assert_eq!(
            seen,
            vec![
                (
                    "Запрет закрывать приёмку без влажности".into(),
                    Some("Коваль Д. С.".into()),
                    date(2026, 3, 20),
                    ActionState::Done
                ),
                ("Повторить анализ на остальных ХПП".into(), None, None, ActionState::Open),
            ]
        );
        let requests = "## 5. Corrective action requests (CAR)\n\n| CAR | Corrective action | Assignee | Commit date | CAR state |\n|---|---|---|---|---|\n| CAR-1 | Admission control | Vera | 2026-02-06 | Closed (verified) |\n\n## Commitment register\n\n| Party | # | Commitment | Owner | Due | Status |\n|---|---|---|---|---|---|\n| SimFlux | V1 | Check every rotation | Marta | 2026-03-15 | Delivered |\n";
        let seen: Vec<_> =
            read(requests, &[], Reading::FollowUps).into_iter().map(|item| (item.text, item.due, item.state)).collect();
        assert_eq!(
            seen,
            vec![
                ("Admission control".into(), date(2026, 2, 6), ActionState::Done),
                ("Check every rotation".into(), date(2026, 3, 15), ActionState::Done),
            ]
        );
        let icd = "## 9. TBD / TBR list\n\n| Item | Description | Owner | Close by | State |\n|---|---|---|---|---|\n| TBR-1 | Confirm the threshold with ERCOT | Luis | 2026-04-03 | Open |\n| TBD-3 | Ramp rate default | Luis | 2026-03-06 | Closed |\n\n## Verification\n\n| Item | Description | Method |\n|---|---|---|\n| V-1 | Heartbeat | test |\n";
        let seen: Vec<_> =
            read(icd, &[], Reading::FollowUps).into_iter().map(|item| (item.text, item.due, item.state)).collect();
        assert_eq!(
            seen,
            vec![
                ("Confirm the threshold with ERCOT".into(), date(2026, 4, 3), ActionState::Open),
                ("Ramp rate default".into(), date(2026, 3, 6), ActionState::Done),
            ],
            "what is to be decided, whose and by when; a verification matrix is none"
        );
        let opened = only("## Что делаем дальше\n\n- [x] [~orlova] ограничить пул соединений — до 13.03.2026\n");
        assert_eq!((opened.owner.as_deref(), opened.text.as_str()), (Some("orlova"), "ограничить пул соединений"));
        let confluence = "## Корректирующие мероприятия\n\n| Задача | Мероприятие | Ответственный | Срок | Статус |\n|---|---|---|---|---|\n| DBO-4411 | Добавить алерт | [~petrov] | 17.10.2025 | (green) ГОТОВО |\n| DBO-4433 | Выделить пул | [~petrov] | — | (red) ОТКЛОНЕНО |\n";
        assert_eq!(
            summaries(&read(confluence, &[], Reading::Incident)),
            vec![
                ("DBO-4411 Добавить алерт", Some("petrov"), Some("2025-10-17".to_owned()), ActionState::Done),
                ("DBO-4433 Выделить пул", Some("petrov"), None, ActionState::Dropped),
            ],
            "a Confluence page through pandoc: mentions and status lozenges"
        );
        let huly = "## Подзадачи\n\n| Задача | Название | Исполнитель | Срок | Статус |\n|---|---|---|---|---|\n| PLAT-232 | Включить репликацию Harbor | @Игорь Лебедев | 15 дек. 2025 | Done |\n| PLAT-235 | Политика retention | Не назначен | — | Backlog |\n| PLAT-236 | Перевести Harbor на PostgreSQL | @Игорь Лебедев | 1 мар. 2026 | Canceled |\n";
        assert_eq!(
            summaries(&read(huly, &[], Reading::Incident)),
            vec![
                (
                    "PLAT-232 Включить репликацию Harbor",
                    Some("@Игорь Лебедев"),
                    Some("2025-12-15".to_owned()),
                    ActionState::Done
                ),
                ("PLAT-235 Политика retention", None, None, ActionState::Open),
                (
                    "PLAT-236 Перевести Harbor на PostgreSQL",
                    Some("@Игорь Лебедев"),
                    Some("2026-03-01".to_owned()),
                    ActionState::Dropped
                ),
            ],
            "a tracker's sub-issues: the ticket, then its title"
        );
        let broken = "## Мероприятия\n\n| № | Мероприятие | Ответственный | Срок<br>план | Статус |\n|---|---|---|---|---|\n| 1 | Замена контроллера | Смирнов А. | 24.10.2025 | Выполнено |\n";
        assert_eq!(
            summaries(&read(broken, &[], Reading::Incident)),
            vec![("Замена контроллера", Some("Смирнов А."), Some("2025-10-24".to_owned()), ActionState::Done)],
            "a header cell on two lines"
        );
        let noc = "## Корректирующие мероприятия\n\n| Задача | Что делаем | Исполнитель | Срок | Статус |\n| --- | --- | --- | --- | --- |\n| NOC-4131 | Включить BFD на стыках | Самойлов К. | 29.08.2025 | Закрыта |\n| NOC-4135 | Описать ручное гашение | не назначен | — | Открыта |\n";
        assert_eq!(
            summaries(&read(noc, &[], Reading::Incident)),
            vec![
                (
                    "NOC-4131 Включить BFD на стыках",
                    Some("Самойлов К."),
                    Some("2025-08-29".to_owned()),
                    ActionState::Done
                ),
                ("NOC-4135 Описать ручное гашение", None, None, ActionState::Open),
            ],
            "«Что делаем» beside the tickets"
        );
        let safety = "## Section D — Safety actions\n\n| SA | Safety action | Action owner | Target date | Status |\n|---|---|---|---|---|\n| SA-1 | Publish HOLD as a state | Jess Okafor | 06 FEB 2026 | Implemented |\n\n## Immediate actions taken\n\n- The lift was closed by hand.\n\n## 2. Коррекция (немедленные действия)\n\n- 04:10 — партии заблокированы.\n\n## 5. Контрмеры\n\n- Короткий таймаут к банку.\n- Пулы по каналам — Иванов, до 01.05.2026\n";
        let seen: Vec<_> =
            read(safety, &[], Reading::FollowUps).into_iter().map(|item| (item.text, item.owner, item.state)).collect();
        assert_eq!(
            seen,
            vec![
                ("Publish HOLD as a state".into(), Some("Jess Okafor".into()), ActionState::Done),
                ("Пулы по каналам".into(), Some("Иванов".into()), ActionState::Open),
            ],
            "what was done on the spot is no follow-up; a countermeasure is one with whose or by when"
        );
        let tree = "## Инъекции\n\n**И-1.** Обновления Windows только через окно изменений\n→ Отв.: Оганесян А. Г., срок 18.03.2026 — внедрено.\n\n**И-2.** Резервная печать из ЛИС\n→ Отв.: Гаврилов С. И., срок 10.04.2026 — в работе.\n\n## 5. Перечень нерешённых вопросов\n\n| № | Вопрос | Ответственный | Срок | Состояние |\n|---|---|---|---|---|\n| 1 | Согласовать формат штрихкода | Сафина Л. Р. | 27.03.2026 | решён |\n";
        let seen: Vec<_> = follow_ups(tree);
        assert_eq!(
            seen,
            vec![
                (
                    "Обновления Windows только через окно изменений".into(),
                    Some("Оганесян А. Г.".into()),
                    date(2026, 3, 18),
                    ActionState::Done
                ),
                ("Резервная печать из ЛИС".into(), Some("Гаврилов С. И.".into()), date(2026, 4, 10), ActionState::Open),
                (
                    "Согласовать формат штрихкода".into(),
                    Some("Сафина Л. Р.".into()),
                    date(2026, 3, 27),
                    ActionState::Done
                ),
            ]
        );
        let flash = "## Actions\n\n1. Gateway watchdog: guns go to SAFE STOP after 10 minutes.\n   *Erin Halvorsen · by 13 Mar 2026 · complete*\n2. Keep 14 days of gateway logs.\n   *Tomás Lindqvist · by 20 Mar 2026 · open*\n";
        let seen: Vec<_> =
            read(flash, &[], Reading::FollowUps).into_iter().map(|item| (item.owner, item.due, item.state)).collect();
        assert_eq!(
            seen,
            vec![
                (Some("Erin Halvorsen".into()), date(2026, 3, 13), ActionState::Done),
                (Some("Tomás Lindqvist".into()), date(2026, 3, 20), ActionState::Open),
            ],
            "the fields in italics on the item's next line, the owner in its place"
        );
        let solutions = "## 3. Solutions\n\n| # | Solution | Controls cause | Owner | Due | Status |\n|---|---|---|---|---|---|\n| S1 | Heater alarm | heater failure | Grace Liu | 2026-03-27 | done |\n\n## Options\n\n## Solutions\n\n| Solution | Cost |\n|---|---|\n| Buy | 10 |\n";
        let seen: Vec<_> = read(solutions, &[], Reading::FollowUps).into_iter().map(|item| item.text).collect();
        assert_eq!(
            seen,
            vec!["Heater alarm"],
            "an RCA's solutions with whose and by when; a design's options are none"
        );
    }

    #[test]
    fn a_named_owner_between_dashes_a_pointer_at_the_end_and_tasks_outside_a_section() {
        let struck = only("**Задачи**\n\n☐ ~~Вынести логи на отдельный том~~ --- Смирнов А. --- отменено,\nлоги и так уходят в Loki\n");
        assert_eq!((struck.owner.as_deref(), struck.state), (Some("Смирнов А."), ActionState::Dropped));
        let pointer = only("## Follow-ups\n\n- [x] WEB-123 Add rollback steps - @nikhil - due 2025-10-24 → see [Runbook - search reindex](./r.md)\n");
        assert_eq!(
            (pointer.owner.as_deref(), pointer.due, pointer.text.as_str()),
            (Some("@nikhil"), date(2025, 10, 24), "WEB-123 Add rollback steps → see Runbook - search reindex")
        );
        let outside = "# PoC Trino\n\n**Вывод**\n\nНе внедрять.\n\n☐ Подготовить предложение по архиву --- Петрова Е.\n\n- [ ] Обновить runbook — @anna\n- [ ] Поддержка оффлайна\n- [ ] Перевод производителей (до 19.06.2026)\n\n☐ Прочитать отчёт\n";
        assert_eq!(
            summaries(&read(outside, &[], Reading::FollowUps)),
            vec![
                ("Подготовить предложение по архиву", Some("Петрова Е."), None, ActionState::Open),
                ("Обновить runbook", Some("@anna"), None, ActionState::Open)
            ],
            "a box without an owner is a checklist's or a schedule's"
        );
        assert!(read(outside, &[], Reading::Plan).is_empty(), "a roadmap's boxes are its items");
        assert!(initialed_name("Лебедев А. В.") && initialed_name("А.В. Лебедев") && !initialed_name("Loki"));
    }

    #[test]
    fn a_question_word_in_brackets_and_an_owner_not_assigned_yet() {
        let inventory = only(
            "## Action items\n\n- [ ] Inventory of all TLS certs (who issued, where used) — owner: TBD, due: TBD\n",
        );
        assert_eq!(inventory.owner, None, "{inventory:?}");
        let game_day =
            only("## Action items\n\n- [ ] Game day: checkout under Redis failover — owner not assigned yet\n");
        assert_eq!(game_day.owner, None, "{game_day:?}");
    }

    #[test]
    fn basecamp_to_dos_with_their_assignee_and_due_day_on_the_next_line() {
        let list = "### To-do list: Follow-ups\n\n- [x] **Add alert on FCM token-refresh failures**\n  Assigned to: Priya Nair · Due on: Fri, Jan 23, 2026\n- [ ] **Move push credentials to Vault**\n  Assigned to: Tom Becker · Due on: Fri, Feb 6, 2026\n";
        assert_eq!(
            summaries(&read(list, &[], Reading::Incident)),
            vec![
                (
                    "Add alert on FCM token-refresh failures",
                    Some("Priya Nair"),
                    Some("2026-01-23".to_owned()),
                    ActionState::Done
                ),
                (
                    "Move push credentials to Vault",
                    Some("Tom Becker"),
                    Some("2026-02-06".to_owned()),
                    ActionState::Open
                ),
            ]
        );
    }

    #[test]
    fn asana_tasks_completed_or_not_and_a_stage_that_settles_one() {
        let list = "## Follow-ups\n\n- [ ] **Game day: Redis primary loss**\n  Assignee: Unassigned · Due date: — · Completed: No\n- [ ] **Document failover**\n  Assignee: Jordan Blake · Due date: Oct 15, 2025 · Completed: No · Stage: Won't do (replaced)\n\n## Tasks\n\n| Task | Assignee | Due date | Completed |\n|---|---|---|---|\n| Disk alert | Priya Nair | Jan 30, 2026 | Yes |\n| Tiered storage | TBD | TBD | No |\n";
        let states: Vec<ActionState> = read(list, &[], Reading::Incident).iter().map(|item| item.state).collect();
        assert_eq!(states, vec![ActionState::Open, ActionState::Dropped, ActionState::Done, ActionState::Open]);
    }

    #[test]
    fn org_mode_task_headings_with_their_deadline_and_owner() {
        let notes = "## Задачи\n\n### DONE Алерт на consumer lag    :action:\nCLOSED: \\[2026-02-26 Чт\\] DEADLINE: <2026-02-27 Пт>\n\n-   OWNER: Саша Белов\n\n### TODO Увеличить retention :action:\nDEADLINE: <2026-03-13 Пт>\n\n### CANCELLED Второй шлюз\n\n### Заметки\n\nx\n";
        assert_eq!(
            summaries(&read(notes, &[], Reading::Incident)),
            vec![
                ("Алерт на consumer lag", Some("Саша Белов"), Some("2026-02-27".to_owned()), ActionState::Done),
                ("Увеличить retention", None, Some("2026-03-13".to_owned()), ActionState::Open),
                ("Второй шлюз", None, None, ActionState::Dropped),
            ]
        );
    }

    #[test]
    fn paragraphs_opened_by_a_checkbox_glyph() {
        let text = "**Задачи**\n\n☑ Включить алерт на диски брокеров \\> 75 % --- ответственный:\nСмирнов А., срок 23.05.2025\n\n☐ Добавить брокер --- ответственный: Кузнецов Д.,\nсрок 30.06.2025\n";
        let items = read(text, &[], Reading::FollowUps);
        assert_eq!(
            summaries(&items),
            vec![
                (
                    "Включить алерт на диски брокеров > 75 %",
                    Some("Смирнов А."),
                    Some("2025-05-23".to_owned()),
                    ActionState::Done
                ),
                ("Добавить брокер", Some("Кузнецов Д."), Some("2025-06-30".to_owned()), ActionState::Open)
            ]
        );
        // A task struck through, its box and all, with why after it.
        let struck = "**Задачи по итогам**\n\n~~☐ Задача: Перевести рекурренты на синхронный вызов — Игорь Панов~~ — отказались 02.04: не выдержим пик\n";
        let items = read(struck, &[], Reading::FollowUps);
        assert_eq!(items.len(), 1, "{items:?}");
        assert_eq!((items[0].owner.as_deref(), items[0].state), (Some("Игорь Панов"), ActionState::Dropped));
    }

    #[test]
    fn a_chat_s_mention_of_a_person_opening_the_task() {
        let list = "**Задачи:**\n- [x] @**Кирилл Соболев** — MAXLEN ~ 1 млн для всех stream'ов, до 20.09.2025 ✅\n- [ ] @_**Тимур Валиев** — чек-лист запуска сезона, до 31.10.2025\n";
        let items = read(list, &[], Reading::FollowUps);
        assert_eq!(
            summaries(&items),
            vec![
                (
                    "MAXLEN ~ 1 млн для всех stream'ов",
                    Some("Кирилл Соболев"),
                    Some("2025-09-20".to_owned()),
                    ActionState::Done
                ),
                ("чек-лист запуска сезона", Some("Тимур Валиев"), Some("2025-10-31".to_owned()), ActionState::Open)
            ]
        );
    }

    #[test]
    fn a_todoist_task_s_priority_labels_and_day() {
        let list = "## Задачи\n\n- [ ] Довести вынос тарификации до 100% трафика p2 @t.zaitsev 📅 2025-12-15\n\
                    - [ ] Чек в CI на дедупликацию p3 @k.orlova @backend 📅 2026-06-01\n\
                    - [x] Идемпотентный ключ на списание p1 @r.akhmedov 📅 2025-09-19 ✅ 2025-09-18\n";
        let items = read(list, &[], Reading::FollowUps);
        assert_eq!(
            summaries(&items),
            vec![
                (
                    "Довести вынос тарификации до 100% трафика",
                    Some("@t.zaitsev"),
                    Some("2025-12-15".to_owned()),
                    ActionState::Open
                ),
                ("Чек в CI на дедупликацию", Some("@k.orlova"), Some("2026-06-01".to_owned()), ActionState::Open),
                (
                    "Идемпотентный ключ на списание",
                    Some("@r.akhmedov"),
                    Some("2025-09-19".to_owned()),
                    ActionState::Done
                )
            ]
        );
    }

    #[test]
    fn a_mention_of_a_person_then_a_due_date_or_a_state() {
        let list = "## Задачи\n\n- [ ] Нагрузочный тест пика — @Игорь Лебедев до 29.05.2026\n- [ ] Обновить прошивку ТСД — @Ольга Смирнова. Отказались: вендор не поддерживает\n";
        let items = read(list, &[], Reading::FollowUps);
        assert_eq!(
            summaries(&items),
            vec![
                ("Нагрузочный тест пика", Some("Игорь Лебедев"), Some("2026-05-29".to_owned()), ActionState::Open),
                ("Обновить прошивку ТСД", Some("Ольга Смирнова"), None, ActionState::Dropped)
            ]
        );
        let paper = only("## Action items\n\n- [x] Add p99 latency alert @Maxim Belov Due Dec 12\n");
        assert_eq!(
            (paper.text.as_str(), paper.owner.as_deref(), paper.due_unreadable.as_deref()),
            ("Add p99 latency alert", Some("Maxim Belov"), Some("Dec 12")),
            "the year comes from the page's day"
        );
    }

    #[test]
    fn a_sub_bullet_that_is_the_item_s_annotation() {
        // A Joplin note: each follow-up's owner, due date and state on a line under it.
        let list = "## Что делаем дальше\n\n1. cert-manager: алерт на сертификаты (включая внешние, через blackbox exporter)\n   - Светлана Петрова, до 20.03.2026 — ✅ сделано\n2. Перевести сертификат на cert-manager\n   - Макс Орлов, до 30.04.2026 — в работе (ждём CA)\n3. Календарь ручных продлений\n   - —, — — ❌ отменено, не нужно после п.1\n4. Проверить ingress\n   - Сначала staging, потом prod\n";
        let items = read(list, &[], Reading::FollowUps);
        assert_eq!(
            summaries(&items),
            vec![
                (
                    "cert-manager: алерт на сертификаты (включая внешние, через blackbox exporter)",
                    Some("Светлана Петрова"),
                    Some("2026-03-20".to_owned()),
                    ActionState::Done
                ),
                (
                    "Перевести сертификат на cert-manager",
                    Some("Макс Орлов"),
                    Some("2026-04-30".to_owned()),
                    ActionState::Open
                ),
                ("Календарь ручных продлений", None, None, ActionState::Dropped),
                ("Проверить ingress", None, None, ActionState::Open),
                ("Сначала staging, потом prod", None, None, ActionState::Open),
            ],
            "a sub-step is no annotation"
        );
        // A task under a toggle is an item of its own, its annotation its own.
        let toggle =
            "## Action items\n\n- Action items (toggle)\n    - [x] Rotate the key — Owner: Igor K. — Due: 2026-03-27\n";
        let items = read(toggle, &[], Reading::FollowUps);
        let seen = summaries(&items);
        assert!(
            seen.contains(&("Rotate the key", Some("Igor K."), Some("2026-03-27".to_owned()), ActionState::Done)),
            "{seen:?}"
        );
    }

    #[test]
    fn an_incident_tool_s_follow_ups_and_a_wiki_s_checkboxes() {
        // incident.io: the item in bold, its fields on the next line parted by `·`.
        let tool = "## Follow-ups\n\n- **Right-size the heap**\n  Assignee: Alexey Morozov · Priority: High · Status: Completed · PLAT-902\n- **Evaluate OpenSearch**\n  Assignee: — · Priority: Low · Status: Not doing · PLAT-904\n  (licence renewed for 2 years)\n- [ ] **Разнести vhost** — Кирилл Васильев — срок 28.02.2026 — Outstanding\n";
        let items = read(tool, &[], Reading::Incident);
        assert_eq!(
            summaries(&items),
            vec![
                ("Right-size the heap", Some("Alexey Morozov"), None, ActionState::Done),
                ("Evaluate OpenSearch (licence renewed for 2 years)", None, None, ActionState::Dropped),
                ("Разнести vhost", Some("Кирилл Васильев"), Some("2026-02-28".to_owned()), ActionState::Open),
            ]
        );
        // One field on the item's next line, no `·`: read with the item's own text.
        let wrapped =
            "## Action items\n\n4. Add the store flow to synthetic checks —\n   owner: TBD, due: TBD. *Open.*\n";
        let items = read(wrapped, &[], Reading::Incident);
        assert_eq!((items[0].owner.as_deref(), items[0].due), (None, None), "{items:?}");
        // Zim's checkboxes as a list exports them: ☑ done, ☐ open, ☒ crossed out.
        let zim = "## Задачи\n\n* ☑ Алерт на диск — П. Рябов [d: 2026-02-13]\n* ☐ Перенести TTL — Е. Кузьмина [d: 2026-03-01]\n* ☒ Tiered storage на S3\n";
        let states: Vec<_> =
            read(zim, &[], Reading::Incident).iter().map(|item| (item.text.clone(), item.state)).collect();
        assert_eq!(
            states,
            vec![
                ("Алерт на диск".to_owned(), ActionState::Done),
                ("Перенести TTL".to_owned(), ActionState::Open),
                ("Tiered storage на S3".to_owned(), ActionState::Dropped)
            ]
        );
    }

    #[test]
    fn a_day_without_its_year_after_its_weekday() {
        // An Apple Notes incident: «(Артём, пт, 30 янв.)», «— Лёша, до вт, 24 мар.».
        let list = "Что делаем:\n- мониторинг доли пушей (Артём, пт, 30 янв.) — ✓ сделано\n- [ ] Памятка дежурному — Лёша, до вт, 24 мар.\n";
        let items = read(list, &["Что делаем".to_owned()], Reading::FollowUps);
        let unread: Vec<_> = items.iter().map(|item| (item.owner.as_deref(), item.due_unreadable.as_deref())).collect();
        assert_eq!(unread, vec![(Some("Артём"), Some("пт, 30 янв.")), (Some("Лёша"), Some("вт, 24 мар"))]);
        let mut items = items;
        date_without_year(&mut items, Date::new(2026, 1, 21).unwrap());
        let dues: Vec<_> = items.iter().map(|item| item.due.map(|due| due.to_string())).collect();
        assert_eq!(dues, vec![Some("2026-01-30".to_owned()), Some("2026-03-24".to_owned())]);
    }

    #[test]
    fn a_state_in_brackets_after_the_annotation() {
        let list = "## Action items\n\n- [ ] ENG-1690 Fall back to ACH when RTP is degraded — Priya Nair — due Jun 12, 2026 (In Progress)\n";
        let items = read(list, &[], Reading::FollowUps);
        let seen = summaries(&items);
        assert_eq!(seen[0].1, Some("Priya Nair"), "{seen:?}");
        assert_eq!(seen[0].2.as_deref(), Some("2026-06-12"), "{seen:?}");
    }

    #[test]
    fn an_item_s_text_over_two_lines_then_its_fields() {
        let list = "## Follow-ups\n\n- [ ] Load-test\n  - Owner: unassigned\n- [ ] ~~Precompute fraud scores in batch~~ — dropped: scores depend on the basket, so\n  precomputing is not possible\n  - Owner: @sasha.k\n";
        assert_eq!(
            summaries(&read(list, &[], Reading::FollowUps)),
            vec![
                ("Load-test", None, None, ActionState::Open),
                ("Precompute fraud scores in batch", Some("@sasha.k"), None, ActionState::Dropped)
            ]
        );
    }

    #[test]
    fn bitrix24_tasks_with_deadlines() {
        let table = "## Задачи\n\n| № | Задача | Ответственный | Крайний срок | Статус |\n|---|---|---|---|---|\n| 1 | Мониторинг диска | Кирилл | 30.09.2025 | Завершена |\n| 2 | Радиообследование | Артём | 30.04.2026 | Выполняется |\n| 3 | Дисковая полка | Артём | 20.12.2025 | Не актуально (бюджет перенесён) |\n";
        let seen: Vec<_> = read(table, &[], Reading::FollowUps).iter().map(|i| (i.due, i.state)).collect();
        assert_eq!(
            seen,
            vec![
                (date(2025, 9, 30), ActionState::Done),
                (date(2026, 4, 30), ActionState::Open),
                (date(2025, 12, 20), ActionState::Dropped)
            ]
        );
        let list = "## Задачи\n\n- [ ] Включить dead-letter очередь\n  - Ответственный: Денис Попов\n  - Крайний срок: 13.02.2026\n";
        let items = read(list, &[], Reading::FollowUps);
        let seen: Vec<_> = items.iter().map(|i| (i.text.as_str(), i.owner.as_deref(), i.due)).collect();
        assert_eq!(seen, vec![("Включить dead-letter очередь", Some("Денис Попов"), date(2026, 2, 13))]);
    }

    #[test]
    fn tables_with_owner_due_and_status_columns() {
        let text = "## Корректирующие меры\n\n| Мера | Ответственный | Срок | Статус |\n|---|---|---|---|\n| Алерт на лаг | Кирилл Андреев | 24.05.2026 | Готово |\n| Нагрузочный тест | Павел Соколов | 30.06.2026 | В работе |\n| Отказ от RabbitMQ | — | — | Отменено |\n| ~~Старое~~ | Анна | | ~~да~~ |\n| Резолвер (Олег Ким, 10.11.2026) | Олег | 10.11.2026 | Сделано |\n";
        let items = read(text, &[], Reading::FollowUps);
        let seen: Vec<_> =
            items.iter().map(|i| (i.text.as_str(), i.owner.as_deref(), i.due, i.state, i.line)).collect();
        assert_eq!(
            seen,
            vec![
                ("Алерт на лаг", Some("Кирилл Андреев"), date(2026, 5, 24), ActionState::Done, 5),
                ("Нагрузочный тест", Some("Павел Соколов"), date(2026, 6, 30), ActionState::Open, 6),
                ("Отказ от RabbitMQ", None, None, ActionState::Dropped, 7),
                ("Старое", Some("Анна"), None, ActionState::Dropped, 8),
                ("Резолвер (Олег Ким, 10.11.2026)", Some("Олег"), date(2026, 11, 10), ActionState::Done, 9),
            ]
        );
        let english = read("### Follow-ups\n\n| Action | Owner | Due | Status |\n|:--|:--|:--|:--|\n| Add alert | Bob | 2026-07-01 | Done ✅ |\n| Fix retry | Ann | July 3, 2026 | Won't do |\n", &[], Reading::FollowUps);
        assert_eq!(english.iter().map(|i| i.state).collect::<Vec<_>>(), vec![ActionState::Done, ActionState::Dropped]);
        assert_eq!(english[1].due, date(2026, 7, 3));
        let placeholders = read("## Action items\n\n| Action | Owner | Due |\n|---|---|---|\n| Drill | TBD | TBD |\n| Alert | Ann | before the sale |\n", &[], Reading::FollowUps);
        let dues: Vec<_> = placeholders.iter().map(|i| (i.owner.as_deref(), i.due_unreadable.as_deref())).collect();
        assert_eq!(
            dues,
            vec![(None, None), (Some("Ann"), Some("before the sale"))],
            "TBD is no date, as in a sub-item"
        );
        let asked = read("## Follow-up tasks\n\n| # | Task | Who | When | Done? |\n|---|---|---|---|---|\n| 1 | Pin resolver | Max | 2026-03-30 | ✅ |\n| 2 | Add DNS SLO | Kim | 2026-06-30 | ❌ |\n| 3 | Drop old zone | Kim | 2026-07-30 | won't do |\n", &[], Reading::FollowUps);
        assert_eq!(
            asked.iter().map(|i| i.state).collect::<Vec<_>>(),
            vec![ActionState::Done, ActionState::Open, ActionState::Dropped],
            "❌ answers «Done?» with no"
        );
    }

    #[test]
    fn fields_on_both_sides_of_the_task() {
        let text = "## Corrective and preventive actions\n\n* **Owner:** Dana — *Add consumer autoscaling* — **Due** 2026-03-01 — **Status:** in progress\n* **Owner:** Eli — *Alert on lag* — **Due** 2026-02-28 — **Status:** done\n* **Note** — the queue was drained by hand\n";
        let items = read(text, &[], Reading::FollowUps);
        let seen: Vec<_> = items.iter().map(|i| (i.text.as_str(), i.owner.as_deref(), i.due, i.state)).collect();
        assert_eq!(
            seen[..2],
            [
                ("Add consumer autoscaling", Some("Dana"), date(2026, 3, 1), ActionState::Open),
                ("Alert on lag", Some("Eli"), date(2026, 2, 28), ActionState::Done),
            ]
        );
    }

    #[test]
    fn an_owner_in_italics_after_the_dash() {
        let text = "## План действий\n\n- [x] Переключение на резервный шлюз — *Орлова Т.*, до 17.04.2026\n- [ ] Второй канал — *ответственный не назначен*, срок не определён\n";
        let items = read(text, &[], Reading::FollowUps);
        let seen: Vec<_> = items.iter().map(|i| (i.owner.as_deref(), i.due)).collect();
        assert_eq!(seen, vec![(Some("Орлова Т."), date(2026, 4, 17)), (None, None)]);
    }

    #[test]
    fn a_task_opening_with_a_capitalised_word_and_a_comma_is_no_owner() {
        let text = "## Action items\n\n- [ ] Отчёт, если к 07:00 нет выгрузки — @Павел Гуров, до 10.05.2026\n";
        let items = read(text, &[], Reading::FollowUps);
        let seen: Vec<_> = items.iter().map(|i| (i.text.as_str(), i.owner.as_deref(), i.due)).collect();
        assert_eq!(seen, vec![("Отчёт, если к 07:00 нет выгрузки", Some("@Павел Гуров"), date(2026, 5, 10))]);
    }

    #[test]
    fn the_due_date_after_an_owner_in_brackets() {
        let text = "## Action items\n\n- [ ] #123 Add rate limiter (@alice) — due 2026-04-02\n- [ ] Cache warm-up (@bob) — blocked on the CDN contract\n";
        let items = read(text, &[], Reading::FollowUps);
        let seen: Vec<_> = items.iter().map(|i| (i.text.as_str(), i.owner.as_deref(), i.due)).collect();
        assert_eq!(
            seen,
            vec![
                ("#123 Add rate limiter", Some("@alice"), date(2026, 4, 2)),
                ("Cache warm-up — blocked on the CDN contract", Some("@bob"), None),
            ]
        );
    }

    #[test]
    fn only_under_action_headings_and_never_in_code_or_comments() {
        let text = "# Разбор\n\n- [ ] Не задача: это хронология\n\n## Задачи\n\n- [ ] Первая\n\n```\n- [ ] В коде\n```\n\n<!--\n- [ ] В комментарии\n-->\n<!-- - [ ] тоже -->\n\n### Подробности\n\n- [ ] Вторая (в подразделе)\n\n## Уроки\n\n- [ ] Не задача\n\n## Next steps\n\n- [ ] Третья\n";
        let texts: Vec<String> = read(text, &[], Reading::FollowUps).into_iter().map(|item| item.text).collect();
        assert_eq!(texts, vec!["Первая", "Вторая (в подразделе)", "Третья"]);
        assert!(read("## Поручения руководства\n\n- [ ] X\n", &[], Reading::FollowUps).len() == 1);
        assert!(read("## Todo\n\n- [ ] X\n", &[], Reading::FollowUps).is_empty());
        assert_eq!(
            read("## Todo\n\n- [ ] X\n", &["todo".to_owned()], Reading::FollowUps).len(),
            1,
            "configured headings"
        );
        assert!(read("## Задачи\n\n    - [ ] indented code\n", &[], Reading::FollowUps).is_empty());
        let steps = "## Действия\n\n1. Если пул исчерпан — увеличить DB_POOL_SIZE\n";
        assert_eq!(read(steps, &[], Reading::FollowUps).len(), 1, "«Действия» in a post-mortem are follow-ups");
        assert!(read(steps, &[], Reading::Procedure).is_empty(), "in a runbook they are the procedure");
        let follow_ups = "## Действия по итогам\n\n- [ ] Алерт\n\n## Action items\n\n- [ ] Alert\n";
        assert_eq!(read(follow_ups, &[], Reading::Procedure).len(), 2, "a runbook's own follow-ups still count");
    }

    #[test]
    fn a_short_next_heading_is_follow_ups_but_a_roadmap_s_next_horizon() {
        let text = "# Разбор\n\n## Дальше\n\n- [ ] Ретраи в адаптере — @p.orlov, до 15.05.2026\n- [x] Дашборд задержки — @v.egorova, 24.04.2026\n- [ ] Разобраться с дублями — не назначено, без срока\n";
        let items: Vec<(String, Option<String>, Option<String>, ActionState)> = read(text, &[], Reading::FollowUps)
            .into_iter()
            .map(|item| (item.text, item.owner, item.due.map(|due| due.to_string()), item.state))
            .collect();
        let owned = |text: &str, owner: Option<&str>, due: Option<&str>, state| {
            (text.to_owned(), owner.map(str::to_owned), due.map(str::to_owned), state)
        };
        assert_eq!(
            items,
            vec![
                owned("Ретраи в адаптере", Some("@p.orlov"), Some("2026-05-15"), ActionState::Open),
                owned("Дашборд задержки", Some("@v.egorova"), Some("2026-04-24"), ActionState::Done),
                owned("Разобраться с дублями", None, None, ActionState::Open),
            ]
        );
        assert!(read(text, &[], Reading::Plan).is_empty(), "a roadmap's «Дальше» is its next horizon");
        assert!(read(text, &[], Reading::Procedure).is_empty(), "a runbook's «Дальше» is its next steps");
        let what_next = "## Что дальше\n\n- [ ] Алерт — @a, до 01.05.2026\n";
        assert_eq!(read(what_next, &[], Reading::Plan).len(), 1, "a heading that asks is no horizon");
    }

    #[test]
    fn an_item_goes_on_over_its_paragraph_and_tasks_count_however_deep() {
        let text = "## Action items\n\n* [ ] Contract test against the sandbox\n  (owner: Priya, due: 2026-02-27)\n- [ ] Добавить алерт на рост доли повторных списаний\nс одной карты за 5 минут — @orlov, до 01.03.2026\n* [ ] Add a circuit breaker (owner: Dana, due: 2026-03-20)\n    * [ ] define fallback to cached coordinates\n    * just a note deep down\n";
        let items = read(text, &[], Reading::FollowUps);
        let read: Vec<(&str, Option<&str>, Option<String>, usize)> = items
            .iter()
            .map(|item| (item.text.as_str(), item.owner.as_deref(), item.due.map(|d| d.to_string()), item.line))
            .collect();
        assert_eq!(
            read,
            vec![
                ("Contract test against the sandbox", Some("Priya"), Some("2026-02-27".to_owned()), 3),
                (
                    "Добавить алерт на рост доли повторных списаний с одной карты за 5 минут",
                    Some("@orlov"),
                    Some("2026-03-01".to_owned()),
                    5
                ),
                ("Add a circuit breaker", Some("Dana"), Some("2026-03-20".to_owned()), 7),
                ("define fallback to cached coordinates", None, None, 8),
            ],
            "a plain item four spaces in is a note, a task there is a task"
        );
    }

    #[test]
    fn a_tracker_s_resolutions_as_states() {
        let text = "## Корректирующие меры\n\n| # | Действие | Задача | Ответственный | Срок | Статус |\n|---|---|---|---|---|---|\n| 1 | Smoke-тест | MOB-1432 | Игорь Лаптев | 31.01.2026 | Исправлена |\n| 2 | Вынести правила | MOB-1441 | — | — | Не будет исправлена |\n";
        let states: Vec<ActionState> = follow_ups(text).into_iter().map(|item| item.3).collect();
        assert_eq!(states, [ActionState::Done, ActionState::Dropped]);
    }

    #[test]
    fn several_fields_on_one_sub_bullet() {
        let text = "## Что будем делать\n\n- [ ] Разбить монорепозиторий\n    - ответственный: Антон Серов, срок: 30.04.2026\n- [ ] Алерт на очередь\n    - ответственный: TBD, срок: TBD\n";
        let items = follow_ups(text);
        assert_eq!(items.len(), 2, "{items:?}");
        assert_eq!((items[0].1.as_deref(), items[0].2), (Some("Антон Серов"), date(2026, 4, 30)));
        assert_eq!((items[1].1.as_deref(), items[1].2), (None, None));
    }

    #[test]
    fn fields_as_sub_bullets_and_placeholders_for_none() {
        let text = "## Next steps\n\n- Add a retry budget to the client\n  - Owner: Priya Nair\n  - Due: 2026-04-10\n  - Status: In progress (CDN covered, VPNs remaining)\n- [ ] Перевести алерты на SLO\n  - **Срок:** 15.03.2026\n  - **Ответственный:** пока нет\n- Drop the legacy queue\n  - Status: Won't do, decided against in ADR-0012\n  - Owner: не указан\n  - [ ] a real sub-task\n    - Owner: Dana\n";
        let items = read(text, &[], Reading::FollowUps);
        let read = summaries(&items);
        assert_eq!(
            read,
            vec![
                (
                    "Add a retry budget to the client",
                    Some("Priya Nair"),
                    Some("2026-04-10".to_owned()),
                    ActionState::Open
                ),
                ("Перевести алерты на SLO", None, Some("2026-03-15".to_owned()), ActionState::Open),
                ("Drop the legacy queue", None, None, ActionState::Dropped),
                ("a real sub-task", Some("Dana"), None, ActionState::Open),
            ]
        );
        assert!(no_owner("Claims Finance systems (unassigned)"), "a team that has not given it to anybody");
        assert!(!no_owner("Claims Finance (Hannah Brooks)"));
        assert!(no_owner("не назначена"), "a task's assignee, in the feminine");
    }

    #[test]
    fn fields_after_the_items_sentence_and_items_as_headings() {
        let continued = "## Follow-up work\n\n1. Add consumer-lag alert per partition.\n   Owner: Marcus Chen · Due: 2026-02-06 · Status: Done (merged in #431)\n2. Run a replay drill once per quarter.\n   Owner: TBD · Due: TBD · Status: Open\n3. Keep the v2 API: Owner: nobody reads this as a field\n";
        assert_eq!(
            summaries(&read(continued, &[], Reading::FollowUps)),
            vec![
                (
                    "Add consumer-lag alert per partition.",
                    Some("Marcus Chen"),
                    Some("2026-02-06".to_owned()),
                    ActionState::Done
                ),
                ("Run a replay drill once per quarter.", None, None, ActionState::Open),
                ("Keep the v2 API: Owner: nobody reads this as a field", None, None, ActionState::Open),
            ]
        );
        let headings = "## Профилактика\n\n### 1. Ротация APNs-ключа\nOwner: Ирина Соколова. Due: 10.04.2026. Статус: в работе, ждём ревью.\n\n### 2. Алерт на долю неуспешных push\n**Owner:** Ирина Соколова. **Due:** 03.04.2026. Статус: готово.\n\n### Контекст\nЭто не задача, а пояснение.\n\n### 3. Общий календарь ключей\nOwner: TBD. Due: TBD. Статус: —\n\n## Ссылки\n\n### Not an item\nOwner: Someone.\n";
        assert_eq!(
            summaries(&read(headings, &[], Reading::FollowUps)),
            vec![
                ("Ротация APNs-ключа", Some("Ирина Соколова"), Some("2026-04-10".to_owned()), ActionState::Open),
                (
                    "Алерт на долю неуспешных push",
                    Some("Ирина Соколова"),
                    Some("2026-04-03".to_owned()),
                    ActionState::Done
                ),
                ("Общий календарь ключей", None, None, ActionState::Open),
            ]
        );
    }

    #[test]
    fn definition_items_marks_after_dashes_and_tables_in_any_column_order() {
        let definitions = "## Меры\n\nТаймаут авторизации 15 секунд\n: ответственный @i.gromov; MOB-1610; срок 10.06.2026; выполнено\n\nПерейти на SDK 4.x\n: ответственный @i.gromov; MOB-1615; срок Q3; заблокировано, ждём банк\n\n~~Дублировать платёж~~\n: отменено — юристы против\n";
        assert_eq!(
            summaries(&read(definitions, &[], Reading::FollowUps)),
            vec![
                ("Таймаут авторизации 15 секунд", Some("@i.gromov"), Some("2026-06-10".to_owned()), ActionState::Done),
                ("Перейти на SDK 4.x", Some("@i.gromov"), None, ActionState::Open),
                ("Дублировать платёж", None, None, ActionState::Dropped),
            ]
        );
        let dashed = "## Что делаем дальше\n\nПовторы с задержкой в `semd-sender`\n: Ответственный — Лебедев А. В., срок 30.04.2026, в работе\n\nОтдельная очередь\n: Ответственный — не назначен, срок — TBD\n";
        assert_eq!(
            summaries(&read(dashed, &[], Reading::FollowUps)),
            vec![
                (
                    "Повторы с задержкой в `semd-sender`",
                    Some("Лебедев А. В."),
                    Some("2026-04-30".to_owned()),
                    ActionState::Open
                ),
                ("Отдельная очередь", None, None, ActionState::Open),
            ],
            "a key, a dash, its value; parts after commas"
        );
        let dashes = "## Действия\n\n* [OPS-502] Ингрессы через cert-manager — отв. @petrov, до 15 июня 2026 — ✔\n* [OPS-507] Инвентаризация — отв. @s.ivanova, к концу июня — в работе\n";
        assert_eq!(
            summaries(&read(dashes, &[], Reading::FollowUps)),
            vec![
                (
                    "[OPS-502] Ингрессы через cert-manager",
                    Some("@petrov"),
                    Some("2026-06-15".to_owned()),
                    ActionState::Done
                ),
                ("[OPS-507] Инвентаризация", Some("@s.ivanova"), None, ActionState::Open),
            ]
        );
        let columns = "## Follow-ups\n\n| Status | Ticket | What | Who | When |\n|---|---|---|---|---|\n| ✔ | OPS-431 | Deploy NodeLocal DNSCache | @alex.t | 2026-03-06 |\n| Won't fix | OPS-441 | Replace CoreDNS | — | — |\n\n| Owner | Due | Action | Done? |\n|---|---|---|---|\n| @arun.p | 2026-07-15 | Run three replicas | ✔ |\n| @tom.w | 2026-W32 | Monthly chaos test | |\n";
        assert_eq!(
            summaries(&read(columns, &[], Reading::FollowUps)),
            vec![
                ("Deploy NodeLocal DNSCache", Some("@alex.t"), Some("2026-03-06".to_owned()), ActionState::Done),
                ("Replace CoreDNS", None, None, ActionState::Dropped),
                ("Run three replicas", Some("@arun.p"), Some("2026-07-15".to_owned()), ActionState::Done),
                ("Monthly chaos test", Some("@tom.w"), None, ActionState::Open),
            ]
        );
    }

    #[test]
    fn a_status_inside_the_annotation_and_more_owner_words() {
        let text = "## Action items\n\n- Do X — owner: Anna Kim, due: 2026-04-10, status: done\n- Do Y — responsible: Bob Lee, due: 2026-04-11\n- Do Z\n  - Who: Dana\n- Do W — owner: TBD (confirm), due: 2026-04-12\n";
        assert_eq!(
            summaries(&read(text, &[], Reading::FollowUps)),
            vec![
                ("Do X", Some("Anna Kim"), Some("2026-04-10".to_owned()), ActionState::Done),
                ("Do Y", Some("Bob Lee"), Some("2026-04-11".to_owned()), ActionState::Open),
                ("Do Z", Some("Dana"), None, ActionState::Open),
                ("Do W", None, Some("2026-04-12".to_owned()), ActionState::Open),
            ]
        );
        let blank = read(
            "## Action items\n\n| Action | Owner | Due |\n|---|---|---|\n| Do U | [Name] | 2026-06-10 |\n",
            &[],
            Reading::FollowUps,
        );
        assert_eq!(blank[0].owner, None, "a template's blank names nobody");
        let dash = read("## Action items\n\n- [ ] Do V — owner: Anna Kim, due: —\n", &[], Reading::FollowUps);
        assert_eq!(summaries(&dash), vec![("Do V", Some("Anna Kim"), None, ActionState::Open)], "a dash for no date");
    }

    #[test]
    fn headings_with_a_list_of_fields_and_dashes_in_a_row() {
        let headed = "## Action Items\n\n### AI-1: Reject wildcard silences\n\n- **Owner:** Lena Fischer\n- **Due:** 2026-04-30\n- **Status:** ✅ Done\n\n### AI-3: External dead man's switch\n\n- **Owner:** Lena Fischer\n- **Due:** end of May\n\nTracked on the roadmap.\n\n### Context\n\n- a note, not a field\n";
        let items = read(headed, &[], Reading::FollowUps);
        assert_eq!(
            summaries(&items)[..2],
            [
                (
                    "AI-1: Reject wildcard silences",
                    Some("Lena Fischer"),
                    Some("2026-04-30".to_owned()),
                    ActionState::Done
                ),
                ("AI-3: External dead man's switch", Some("Lena Fischer"), None, ActionState::Open),
            ]
        );
        assert_eq!(items[1].due_unreadable.as_deref(), Some("end of May"));
        let dashes = "## Follow-ups\n\n0. Agree granularity with Product — @ana.r\n1. Add loop detection — @a.mehta — 2026-10-30\n2. Pin the cookie — @l.fischer — 2026-10-21 — done ✔\n3. Agree alerts with IAM — @i.petrova — W45\n4. Add a dry-run mode — @osidorov, до 15 апреля\n";
        let items = read(dashes, &[], Reading::FollowUps);
        assert_eq!(
            summaries(&items),
            vec![
                ("Agree granularity with Product", Some("@ana.r"), None, ActionState::Open),
                ("Add loop detection", Some("@a.mehta"), Some("2026-10-30".to_owned()), ActionState::Open),
                ("Pin the cookie", Some("@l.fischer"), Some("2026-10-21".to_owned()), ActionState::Done),
                ("Agree alerts with IAM", Some("@i.petrova"), None, ActionState::Open),
                ("Add a dry-run mode", Some("@osidorov"), None, ActionState::Open),
            ]
        );
        assert_eq!(items[4].due_unreadable.as_deref(), Some("15 апреля"), "its year comes from the document");
    }

    #[test]
    fn tickets_nobody_dates_without_a_year_and_when_it_was_done() {
        let text = "## Corrective actions\n\n- [ ] Blackhole probe for every PoP — #413 @n.ivanova, due 2026-11-13\n- [ ] Pre-maintenance checklist — #415, due 2026-11-30\n\n## Follow-up tasks\n\n1. Move the audit log to a separate volume — Ankit, by Jul 24\n2. Revisit backup policy — unassigned, end of Q3\n3. Alert on inode usage — Tomasz, done 2026-07-06 ✅\n\n## 6. Корректирующие мероприятия\n\n| № | Мероприятие | Ответственный | Срок | Статус |\n|---|---|---|---|---|\n| 1 | Увеличить таймаут СБП | Петров И. | 21.03.2026 | Выполнено |\n";
        let items = read(text, &[], Reading::FollowUps);
        assert_eq!(
            summaries(&items),
            vec![
                ("Blackhole probe for every PoP", Some("@n.ivanova"), Some("2026-11-13".to_owned()), ActionState::Open),
                ("Pre-maintenance checklist", None, Some("2026-11-30".to_owned()), ActionState::Open),
                ("Move the audit log to a separate volume", Some("Ankit"), None, ActionState::Open),
                ("Revisit backup policy", None, None, ActionState::Open),
                ("Alert on inode usage", Some("Tomasz"), None, ActionState::Done),
                ("Увеличить таймаут СБП", Some("Петров И."), Some("2026-03-21".to_owned()), ActionState::Done),
            ]
        );
        assert_eq!(items[2].due_unreadable.as_deref(), Some("Jul 24"), "the year comes from the document");
    }

    #[test]
    fn annotations_in_square_brackets_and_jira_tables() {
        let text = "## Меры\n\n1. Включить подтверждение доставки [Петров И., до 31.03.2026]\n2. Обновить дашборд [Орлова М., 25.03.2026] — сделано ✔\n3. См. [ADR-7](adr-007.md)\n\n## Action items\n\n| Jira | Summary | Assignee | Due | Resolution |\n|---|---|---|---|---|\n| DEVP-2210 | Rehearse registry failover | Marek Novak | 2026-04-30 | Open |\n| DEVP-2214 | Replace Harbor | Lin Chen | — | Won't Do |\n";
        assert_eq!(
            summaries(&read(text, &[], Reading::FollowUps)),
            vec![
                (
                    "Включить подтверждение доставки",
                    Some("Петров И."),
                    Some("2026-03-31".to_owned()),
                    ActionState::Open
                ),
                ("Обновить дашборд", Some("Орлова М."), Some("2026-03-25".to_owned()), ActionState::Done),
                ("См. ADR-7", None, None, ActionState::Open),
                ("Rehearse registry failover", Some("Marek Novak"), Some("2026-04-30".to_owned()), ActionState::Open),
                ("Replace Harbor", Some("Lin Chen"), None, ActionState::Dropped),
            ]
        );
    }

    #[test]
    fn numbered_lines_work_items_and_a_meetings_instructions() {
        let lines = "## Action items\n\nAI-1: Validate the header — owner Lena Tran, due 2026-04-17 ✅ done\nAI-2: Block pushes — owner Jonas Weber, due 2026-04-24, in progress\nAI-4: ~~Move LCR~~ — dropped, depends on ADR-0016\n";
        assert_eq!(
            summaries(&read(lines, &[], Reading::FollowUps)),
            vec![
                ("Validate the header", Some("Lena Tran"), Some("2026-04-17".to_owned()), ActionState::Done),
                ("Block pushes", Some("Jonas Weber"), Some("2026-04-24".to_owned()), ActionState::Open),
                ("Move LCR", None, None, ActionState::Dropped),
            ]
        );
        let arrows = "## Follow-ups\n\n- Lease back to 15 s → @i.morozov, by 2026-01-16 ✅\n- [x] Написать ранбук — @dkim, 24.03.2026 → [готов](x.md)\n";
        assert_eq!(
            summaries(&read(arrows, &[], Reading::FollowUps)),
            vec![
                ("Lease back to 15 s", Some("@i.morozov"), Some("2026-01-16".to_owned()), ActionState::Done),
                ("Написать ранбук", Some("@dkim"), Some("2026-03-24".to_owned()), ActionState::Done),
            ],
            "an arrow to a handle hands the task over; one to a result does not"
        );
        let work_items = "## Work items\n\n- **User Story 48210** — Add auth to the checklist\n  State: Closed · Assigned To: Mei Lin · Target Date: 2026-04-03\n- **Task 48214** — Move token store\n  State: Removed · Reason: out of scope\n";
        let items = read(work_items, &[], Reading::FollowUps);
        assert_eq!((items[0].owner.as_deref(), items[0].state), (Some("Mei Lin"), ActionState::Done), "{items:?}");
        assert_eq!(items[0].due, Date::new(2026, 4, 3));
        assert_eq!(items[1].state, ActionState::Dropped);
        let protocol = "## 3. ПОСТАНОВИЛИ\n\n1. Поручить Лебедеву А. В. добавить ключ идемпотентности. Срок — 27.03.2026.\n2. Поручить Гарипову Р. И. перевести сервисы на VIP. Срок — 13.03.2026.\n   _Отметка: выполнено 12.03.2026._\n";
        assert_eq!(
            summaries(&read(protocol, &[], Reading::FollowUps)),
            vec![
                (
                    "Поручить Лебедеву А. В. добавить ключ идемпотентности",
                    Some("Лебедеву А. В."),
                    Some("2026-03-27".to_owned()),
                    ActionState::Open
                ),
                (
                    "Поручить Гарипову Р. И. перевести сервисы на VIP",
                    Some("Гарипову Р. И."),
                    Some("2026-03-13".to_owned()),
                    ActionState::Done
                ),
            ]
        );
    }

    #[test]
    fn a_team_and_a_name_share_an_item_and_a_ticket_takes_no_place() {
        let text = "## Follow-ups\n\n1. Настроить роуминг [сетевой отдел, Зайцев П., до 20.03.2026] — сделано ✔\n2. Automate checks (MLP-502, @dkovalenko)\n3. Rotate keys (Maria, before every sale)\n4. Offer TOTP (Сидоров, Q3)\n";
        let items = read(text, &[], Reading::FollowUps);
        assert_eq!(
            summaries(&items),
            vec![
                (
                    "Настроить роуминг",
                    Some("сетевой отдел, Зайцев П."),
                    Some("2026-03-20".to_owned()),
                    ActionState::Done
                ),
                ("Automate checks", Some("@dkovalenko"), None, ActionState::Open),
                ("Rotate keys", Some("Maria"), None, ActionState::Open),
                ("Offer TOTP", Some("Сидоров"), None, ActionState::Open),
            ]
        );
        assert_eq!(items[3].due_unreadable.as_deref(), Some("Q3"), "a quarter is no second owner");
        assert_eq!(items[2].due_unreadable.as_deref(), Some("before every sale"), "a note in words is no second owner");
    }

    #[test]
    fn a_note_after_the_annotation_stays_in_the_text() {
        let dotted = "## Что исправляем\n\n- Договориться со складом · Владелец: Ксения Мельник (TPM) · Срок: 27.02.2026 · сделано, регламент в Confluence\n";
        assert_eq!(
            summaries(&read(dotted, &[], Reading::FollowUps)),
            vec![(
                "Договориться со складом",
                Some("Ксения Мельник (TPM)"),
                Some("2026-02-27".to_owned()),
                ActionState::Done
            )]
        );
        let text = "## Remediation items\n\n- [ ] Staging catalog refreshed weekly\n      (owner: Marcus Chen, due Feb 27, 2026) — blocked on disk quota\n- [ ] Move the cache (see ADR-13) — in review\n";
        assert_eq!(
            summaries(&read(text, &[], Reading::FollowUps)),
            vec![
                (
                    "Staging catalog refreshed weekly — blocked on disk quota",
                    Some("Marcus Chen"),
                    Some("2026-02-27".to_owned()),
                    ActionState::Open
                ),
                ("Move the cache (see ADR-13) — in review", None, None, ActionState::Open),
            ]
        );
    }

    #[test]
    fn follow_ups_under_the_headings_teams_use() {
        for heading in [
            "Дальнейшие шаги",
            "Что делаем дальше",
            "План улучшений",
            "Следующие шаги",
            "Remediation",
            "Remediation items",
            "Preventive actions",
            "What's next",
            "Corrective and preventative measures",
            "Follow up tasks",
            "7. Что мы будем делать",
        ] {
            let text = format!("## {heading}\n\n- [ ] Добавить алерт (Иван Петров, 01.03.2026)\n");
            assert_eq!(read(&text, &[], Reading::FollowUps).len(), 1, "{heading}");
        }
        for heading in ["Что можно улучшить", "Open questions", "Todo", "Извлечённые уроки", "2. Постановка задачи"]
        {
            let text = format!("## {heading}\n\n- [ ] Вопрос\n");
            assert!(read(&text, &[], Reading::FollowUps).is_empty(), "{heading} lists no follow-ups");
        }
        let steps = "## Следующие шаги\n\n1. Перезапустить под\n";
        assert!(read(steps, &[], Reading::Procedure).is_empty(), "in a runbook the next steps are the procedure");
    }

    #[test]
    fn an_estimates_breakdown_and_a_total_row_are_not_follow_ups() {
        let table =
            "## Задачи\n\n| # | Задача | Оценка, ч |\n|---|---|---|\n| 1 | Установка | 8 |\n| | **Итого** | **80** |\n";
        assert!(read(table, &[], Reading::Procedure).is_empty(), "an estimate's «Задачи» are its breakdown");
        let follow_ups = read(table, &[], Reading::FollowUps);
        assert_eq!(follow_ups.iter().map(|item| item.text.as_str()).collect::<Vec<_>>(), vec!["Установка"]);
    }

    #[test]
    fn coded_paragraphs_and_italic_or_keyless_fields() {
        let text = "## Engineering commitments\n\n1. Page the streaming on-call for Zendesk escalations.\n   *Owner: Marisol Vega · ETA 2026-01-30 · Status: shipped*\n2. Ask the DRM vendor.\n   *Owner: Dmitri Volkov · ETA Q2 · Status: raised with vendor*\n\n## Remedial actions\n\nRA-01 — Re-enable the alarm.\nHolder: Gwen Price. Target: 06/03/2026. Closed 04/03/2026.\n\nRA-02 — Show tests.\nHolder: Eilidh Fraser. Target: 13/03/2026. Open.\n\n## R — Рекомендации\n\nR1. Подписаться на рассылку. Кто: Гусева Т. Н.\nСрок: 13.02.2026. ✔ сделано 12.02.\n\nR6. Обсудить контур. Кто: не\nназначен. Срок: II квартал. не начато.\n";
        let items = read(text, &[], Reading::FollowUps);
        assert_eq!(
            summaries(&items),
            vec![
                (
                    "Page the streaming on-call for Zendesk escalations.",
                    Some("Marisol Vega"),
                    Some("2026-01-30".to_owned()),
                    ActionState::Done
                ),
                ("Ask the DRM vendor.", Some("Dmitri Volkov"), None, ActionState::Open),
                ("Re-enable the alarm", Some("Gwen Price"), Some("2026-03-06".to_owned()), ActionState::Done),
                ("Show tests", Some("Eilidh Fraser"), Some("2026-03-13".to_owned()), ActionState::Open),
                ("Подписаться на рассылку", Some("Гусева Т. Н."), Some("2026-02-13".to_owned()), ActionState::Done),
                ("Обсудить контур", None, None, ActionState::Open),
            ]
        );
        assert_eq!(items[1].due_unreadable.as_deref(), Some("Q2"), "ETA Q2: a due date as written");
        let handed = read(
            "## Next steps\n\n1. Port the trim-to-break guard to the HLS path → **@lena.k**, Mar 20, 2026 ✓\n2. Social team → ops channel escalation path → **@eilidh.f**, Mar 13, 2026\n",
            &[],
            Reading::FollowUps,
        );
        assert_eq!(
            summaries(&handed),
            vec![
                (
                    "Port the trim-to-break guard to the HLS path",
                    Some("@lena.k"),
                    Some("2026-03-20".to_owned()),
                    ActionState::Done
                ),
                (
                    "Social team → ops channel escalation path",
                    Some("@eilidh.f"),
                    Some("2026-03-13".to_owned()),
                    ActionState::Open
                ),
            ]
        );
        let arrowed = read(
            "## Follow-ups\n\nFormat: what → who → by when → state.\n\n- Alert on outbox age above 10 minutes → Kwame Mensah → 2026-01-20 → done\n- Partner notices go to a monitored alias → unassigned → 2026-02-15 → open\n- Review whether Red is right → Owen Gallagher → Q2 → open\n",
            &[],
            Reading::FollowUps,
        );
        assert_eq!(
            summaries(&arrowed),
            vec![
                (
                    "Alert on outbox age above 10 minutes",
                    Some("Kwame Mensah"),
                    Some("2026-01-20".to_owned()),
                    ActionState::Done
                ),
                ("Partner notices go to a monitored alias", None, Some("2026-02-15".to_owned()), ActionState::Open),
                ("Review whether Red is right", Some("Owen Gallagher"), None, ActionState::Open),
            ]
        );
        let plan = read(
            "## План улучшений\n\n- **IP-1.** LTE-резервный роутер. Owner: Тимур Галиев. By: 29.05.2026. State: open.\n- **IP-3.** Smart PDU. Owner: Anna Belova. By: 06.03.2026. State: done.\n",
            &[],
            Reading::FollowUps,
        );
        assert_eq!(
            plan.iter()
                .map(|item| (item.owner.as_deref(), item.due.map(|d| d.to_string()), item.state))
                .collect::<Vec<_>>(),
            vec![
                (Some("Тимур Галиев"), Some("2026-05-29".to_owned()), ActionState::Open),
                (Some("Anna Belova"), Some("2026-03-06".to_owned()), ActionState::Done)
            ]
        );
        let tracked = read(
            "## Follow-ups\n\n- **EXAM-812** Raise the pgbouncer pool · Igor Tkachenko · due 2026-02-21 · ✅ Done\n- **EXAM-821** Status page component · Unassigned · due 2026-02-28 · ⏳ Open\n- Kafka · Redis · Postgres\n",
            &[],
            Reading::FollowUps,
        );
        assert_eq!(
            summaries(&tracked),
            vec![
                (
                    "EXAM-812 Raise the pgbouncer pool",
                    Some("Igor Tkachenko"),
                    Some("2026-02-21".to_owned()),
                    ActionState::Done
                ),
                ("EXAM-821 Status page component", None, Some("2026-02-28".to_owned()), ActionState::Open),
                ("Kafka · Redis · Postgres", None, None, ActionState::Open),
            ]
        );
        let map = read(
            "# Карта\n\n- **Что сработало**\n  - Диспетчер сразу позвонил\n- **Задачи**\n  - Легенда: 🟢 сделано · 🟡 в работе · ⚪ не начато\n  - 🟢 Принимать COPARN — Зуева А. А. — 03.04.2026\n  - ⚪ Перевести приём EDI на потоковую схему — Бойко Н. Ю. — после решения по ADR-12\n- **Уроки**\n  - Не ждать\n",
            &[],
            Reading::FollowUps,
        );
        assert_eq!(
            summaries(&map),
            vec![
                ("Принимать COPARN", Some("Зуева А. А."), Some("2026-04-03".to_owned()), ActionState::Done),
                (
                    "Перевести приём EDI на потоковую схему — Бойко Н. Ю. — после решения по ADR-12",
                    None,
                    None,
                    ActionState::Open
                ),
            ]
        );
        let kanban = read(
            "## План устранения\n\n### Сделано\n\n- Обходное решение — Гаврилова Е. С., срок 06.03.2026\n\n### В работе\n\n- Обновить драйвер — Соловьёв И. П., срок 27.03.2026\n\n## Связанные\n\n- не задача\n",
            &[],
            Reading::FollowUps,
        );
        assert_eq!(
            kanban.iter().map(|item| (item.text.as_str(), item.state)).collect::<Vec<_>>(),
            vec![("Обходное решение", ActionState::Done), ("Обновить драйвер", ActionState::Open)]
        );
        let pir = read(
            "## Lessons and actions\n\n1. Rehearse the backout on staging\n   (Owner: Kofi Mensah, due 2026-03-27) [DONE]\n2. Split the upgrade\n   (Owner: Kofi Mensah, due 2026-04-17) [OPEN]\n",
            &[],
            Reading::FollowUps,
        );
        assert_eq!(
            summaries(&pir),
            vec![
                (
                    "Rehearse the backout on staging",
                    Some("Kofi Mensah"),
                    Some("2026-03-27".to_owned()),
                    ActionState::Done
                ),
                ("Split the upgrade", Some("Kofi Mensah"), Some("2026-04-17".to_owned()), ActionState::Open),
            ]
        );
        let ntsb = read(
            "## 4. Recommendations\n\n#### To Flight Dynamics\n\n**GS-26-05**: Reject any OEM file in the wrong frame. *Action holder:* Priya Natarajan. *Requested by:* 13 March 2026.\n*Status:* Closed—Acceptable Action.\n\n**GS-26-11**: Buy a second licence. *Status:* Closed—Reconsidered\n(see 2.4; withdrawn).\n",
            &[],
            Reading::FollowUps,
        );
        assert_eq!(
            summaries(&ntsb),
            vec![(
                "Reject any OEM file in the wrong frame",
                Some("Priya Natarajan"),
                Some("2026-03-13".to_owned()),
                ActionState::Done
            )],
            "a recommendation withdrawn names nobody and no date: not a follow-up"
        );
        let act = read(
            "**11. Корректирующие мероприятия** *(что, кто, срок, отметка о выполнении)*\n\n1) Мониторинг очереди — Кузнецов А. В., до 30.01.2026 — выполнено\n",
            &[],
            Reading::FollowUps,
        );
        assert_eq!(
            summaries(&act),
            vec![("Мониторинг очереди", Some("Кузнецов А. В."), Some("2026-01-30".to_owned()), ActionState::Done)]
        );
        let table = read(
            "## 5. Corrective actions\n\n| CA | Corrective action | Responsible | Need date | Verification |\n|---|---|---|---|---|\n| CA-1 | Monitor the ACU clock | Ingrid Solberg | 06 FEB 2026 | Verified 05 FEB 2026 (J. Okafor) |\n| CA-3 | Pre-pass check | Mei Tanaka | 20 MAR 2026 | Open |\n",
            &[],
            Reading::FollowUps,
        );
        assert_eq!(
            summaries(&table),
            vec![
                ("Monitor the ACU clock", Some("Ingrid Solberg"), Some("2026-02-06".to_owned()), ActionState::Done),
                ("Pre-pass check", Some("Mei Tanaka"), Some("2026-03-20".to_owned()), ActionState::Open),
            ]
        );
        let board = read(
            "# Ретро\n\n## Голосование\n\n### 🟢 Start\n\n1. **Проверять целостность записи** (размер) · 🗳 7 · owner @v.moroz · до 2026-03-20 · done\n2. **Уведомлять школы** · 🗳 2 · owner ? · до 2026-03-31 · todo\n\n### 🔵 Continue\n\n- Continue: дежурный методист — 🗳 4\n\n## Timeline\n\n- 10:05 — @ivan restarted the agent (owner of the shift)\n",
            &[],
            Reading::FollowUps,
        );
        assert_eq!(
            summaries(&board),
            vec![
                (
                    "Проверять целостность записи (размер) · 🗳 7",
                    Some("@v.moroz"),
                    Some("2026-03-20".to_owned()),
                    ActionState::Done
                ),
                ("Уведомлять школы · 🗳 2", None, Some("2026-03-31".to_owned()), ActionState::Open),
            ]
        );
        let open_points = read(
            "## 6. Open points\n\n- OP-1 · Confirm the second CDN's capacity in writing · Gareth Lloyd · by 10 April 2026 · open\n- OP-3 · Second DRM vendor account · Anjali Rao · by 3 April 2026 · done\n",
            &[],
            Reading::FollowUps,
        );
        assert_eq!(
            summaries(&open_points),
            vec![
                (
                    "Confirm the second CDN's capacity in writing",
                    Some("Gareth Lloyd"),
                    Some("2026-04-10".to_owned()),
                    ActionState::Open
                ),
                ("Second DRM vendor account", Some("Anjali Rao"), Some("2026-04-03".to_owned()), ActionState::Done),
            ]
        );
        let fixes = read(
            "## Detection\n\nText.\n\n**Detection fixes**\n\n- Shorten the window (@dilyara.kh, Feb 6, 2026) — done\n",
            &[],
            Reading::FollowUps,
        );
        assert_eq!(
            summaries(&fixes),
            vec![("Shorten the window", Some("@dilyara.kh"), Some("2026-02-06".to_owned()), ActionState::Done)]
        );
        let next = read(
            "## Что дальше\n\n- Запрос оператору про частоту синхронизации (ответственный — Никифорова Е. В.,\n  до 20.03.2026)\n",
            &[],
            Reading::FollowUps,
        );
        assert_eq!(
            summaries(&next),
            vec![(
                "Запрос оператору про частоту синхронизации",
                Some("Никифорова Е. В."),
                Some("2026-03-20".to_owned()),
                ActionState::Open
            )]
        );
        assert_eq!(items[5].due_unreadable.as_deref(), Some("II квартал"));
    }

    #[test]
    fn under_a_weak_heading_only_items_with_an_owner_or_a_due_date() {
        let memo = "### 4. Предложения\n\nПрошу согласовать:\n\n1) перевести хранение квитанций в объектное хранилище\n   (отв. Хасанов Р. М., срок до 20.02.2026) — выполнено 18.02.2026;\n2) подготовить шаблон уведомления (отв. не назначен, срок до 15.03.2026).\n\n## Итог\n\n- not an item\n";
        let items = read(memo, &[], Reading::FollowUps);
        assert_eq!(items.len(), 2, "{items:?}");
        assert_eq!((items[0].owner.as_deref(), items[0].state), (Some("Хасанов Р. М."), ActionState::Done));
        assert_eq!(
            (items[1].owner.as_deref(), items[1].due.map(|d| d.to_string())),
            (None, Some("2026-03-15".to_owned()))
        );
        let enumerated = read("## Предложения\n\n1) добавить проверку шлюза (5-е, 20-е число)\n   дежурной сменой (отв. Никитина О. В., срок до 27.02.2026);\n", &[], Reading::FollowUps);
        assert_eq!(
            summaries(&enumerated),
            vec![(
                "добавить проверку шлюза (5-е, 20-е число) дежурной сменой",
                Some("Никитина О. В."),
                Some("2026-02-27".to_owned()),
                ActionState::Open
            )]
        );
        let agreed = read(
            "## What we agreed after the interview\n\n| Who | What | By | Done |\n|---|---|---|---|\n| Olga Vlasova | Daily limit per card | 20.03.2026 | ✔ |\n",
            &[],
            Reading::FollowUps,
        );
        assert_eq!(agreed.len(), 1, "{agreed:?}");
        assert_eq!((agreed[0].owner.as_deref(), agreed[0].state), (Some("Olga Vlasova"), ActionState::Done));
        let advice = read("## Рекомендации\n\n- Обновить драйверы.\n- Читать документацию.\n", &[], Reading::FollowUps);
        assert!(advice.is_empty(), "advice nobody took on: {advice:?}");
        let options = read("## Предложения\n\n1. Взять Kafka\n2. Взять NATS\n", &[], Reading::FollowUps);
        assert!(options.is_empty(), "a decision's options: {options:?}");
        let questions = read(
            "## 6. Open issues\n\n- [ ] Confirm register codes — Oleg Petrov, 2026-03-06\n- Is the format stable?\n- [ ] Decide where late readings go — owner TBD\n- [ ] Вопрос\n",
            &[],
            Reading::FollowUps,
        );
        assert_eq!(
            summaries(&questions),
            vec![("Confirm register codes", Some("Oleg Petrov"), Some("2026-03-06".to_owned()), ActionState::Open)],
            "a task with whose it is and by when"
        );
        let asked = read("## Открытые вопросы\n\n1. Нужен ли лимит? — ответственный: Ольга Смирнова.\n2. Передача перерасчётов через API — Зайцев К. А., до 29.05.2026.\n- Can LI forks be taken? (answer due 2026-04-20.)\n", &[], Reading::FollowUps);
        assert_eq!(asked.len(), 1, "a question with whose it is and by when: {asked:?}");
        assert_eq!(asked[0].owner.as_deref(), Some("Зайцев К. А."));
        let changes = read(
            "## What we are changing\n\n1. Cut the timeout — owner: Tomás Ortega, due 2026-01-15 (done).\n",
            &[],
            Reading::FollowUps,
        );
        assert_eq!(
            summaries(&changes),
            vec![("Cut the timeout", Some("Tomás Ortega"), Some("2026-01-15".to_owned()), ActionState::Done)]
        );
        let russian = read(
            "## Что сделаем\n\n1. [Петров О.] Проверка версии прошивки — до 13.03.2026 ✔\n",
            &[],
            Reading::FollowUps,
        );
        assert_eq!(
            summaries(&russian),
            vec![("Проверка версии прошивки", Some("Петров О."), Some("2026-03-13".to_owned()), ActionState::Done)]
        );
    }

    #[test]
    fn lead_ins_piped_fields_field_paragraphs_and_promises() {
        let appendix = "## Internal appendix\n\nCorrective actions (tracked in the CHGP Jira project):\n\n- CA-1 | Accept unknown enum values | owner: Tom Verbeek | target: 2026-03-10 | state: done\n- CA-2 | Contract tests | owner: Tom Verbeek | target: 2026-04-10 | state: in progress\n\nThe hub was told.\n\n- not an item\n";
        assert_eq!(
            summaries(&read(appendix, &[], Reading::FollowUps)),
            vec![
                ("Accept unknown enum values", Some("Tom Verbeek"), Some("2026-03-10".to_owned()), ActionState::Done),
                ("Contract tests", Some("Tom Verbeek"), Some("2026-04-10".to_owned()), ActionState::Open),
            ]
        );
        let blocks = "## What we changed\n\n**Action 1**  \nWhat: Transactional outbox in `seatmap`  \nWho: Polina Rudneva  \nBy when: 2026-05-08  \nStatus: in progress\n\n**Action 2**  \nWhat: Consistency check  \nWho: Timur Nasyrov  \nBy when: 2026-04-24  \nStatus: done\n";
        assert_eq!(
            summaries(&read(blocks, &[], Reading::FollowUps)),
            vec![
                (
                    "Transactional outbox in `seatmap`",
                    Some("Polina Rudneva"),
                    Some("2026-05-08".to_owned()),
                    ActionState::Open
                ),
                ("Consistency check", Some("Timur Nasyrov"), Some("2026-04-24".to_owned()), ActionState::Done),
            ]
        );
        let commitments = "## Commitments\n\n**Luca Moretti** will make the capture job treat every session the same way, by\n30 April 2026. (Done — shipped in 2.9.2.)\n\n**Aisha Rahman** will find an owner for the report. No date yet.\n";
        let promised = read(commitments, &[], Reading::FollowUps);
        assert_eq!(promised.len(), 2, "{promised:?}");
        assert_eq!(
            (promised[0].owner.as_deref(), promised[0].due.map(|d| d.to_string()), promised[0].state),
            (Some("Luca Moretti"), Some("2026-04-30".to_owned()), ActionState::Done)
        );
        assert_eq!(promised[1].owner.as_deref(), Some("Aisha Rahman"));
        let plan_and_actual = "## D6. Внедрение\n\n| № | Действие | Ответственный | План | Факт |\n|---|---|---|---|---|\n| 1 | Вернуть подпись | Ершов П. В. | 30.01.2026 | 29.01.2026 |\n| 2 | Раздавать поэтапно | Ершов П. В. | 27.02.2026 | |\n";
        assert_eq!(
            summaries(&read(plan_and_actual, &[], Reading::FollowUps)),
            vec![
                ("Вернуть подпись", Some("Ершов П. В."), Some("2026-01-30".to_owned()), ActionState::Done),
                ("Раздавать поэтапно", Some("Ершов П. В."), Some("2026-02-27".to_owned()), ActionState::Open),
            ]
        );
        let matrix = "## Appendix A: Improvement plan\n\n| # | Capability | Corrective action | Primary responsible | POC | Start | Completion | Status |\n|---|---|---|---|---|---|---|---|\n| 1 | Release | Roll pods one zone at a time | Platform | Felix Brandt | 2026-01-28 | 2026-02-13 | Complete |\n";
        assert_eq!(
            summaries(&read(matrix, &[], Reading::FollowUps)),
            vec![(
                "Roll pods one zone at a time",
                Some("Felix Brandt"),
                Some("2026-02-13".to_owned()),
                ActionState::Done
            )]
        );
    }

    #[test]
    fn fields_marked_by_emoji_or_in_brackets_before_the_task() {
        let emoji = "## Что делаем\n\n- Алерт: больше трёх списаний за час. 👤 Гусева М. · 📅 06.03.2026 · ⏳ в работе\n- Идемпотентный ключ. 👤 Мартынов С. · 📅 27.02.2026 · ✅ сделано\n- Договориться с эквайером. 👤 ? · 📅 как договоримся · ⏳\n";
        assert_eq!(
            summaries(&read(emoji, &[], Reading::FollowUps)),
            vec![
                (
                    "Алерт: больше трёх списаний за час",
                    Some("Гусева М."),
                    Some("2026-03-06".to_owned()),
                    ActionState::Open
                ),
                ("Идемпотентный ключ", Some("Мартынов С."), Some("2026-02-27".to_owned()), ActionState::Done),
                ("Договориться с эквайером", None, None, ActionState::Open),
            ]
        );
        let first = "## Actions\n\n1. (Kirill Orlov · 2026-02-20 · done) Shard queue positions by event\n2. (Kirill Orlov · Q2 · open) Waiting room tokens in signed URLs\n3. (? · — · open) Real-time queue dashboard\n";
        assert_eq!(
            summaries(&read(first, &[], Reading::FollowUps)),
            vec![
                (
                    "Shard queue positions by event",
                    Some("Kirill Orlov"),
                    Some("2026-02-20".to_owned()),
                    ActionState::Done
                ),
                ("Waiting room tokens in signed URLs", Some("Kirill Orlov"), None, ActionState::Open),
                ("Real-time queue dashboard", None, None, ActionState::Open),
            ]
        );
        let raci = "## Задачи\n\n| Действие | R | A | Срок | Статус |\n|---|---|---|---|---|\n| Отдельный SSID | Ekaterina Belyaeva | Timur Nasyrov | 2026-04-15 | в работе |\n";
        assert_eq!(read(raci, &[], Reading::FollowUps)[0].owner.as_deref(), Some("Ekaterina Belyaeva"));
        let titled = "# After-Action Report / Improvement Plan: storm\n\n| Incident overview | |\n|---|---|\n| **Incident name** | storm |\n\n## Appendix: Improvement plan\n\n- [ ] Roll pods — owner: Felix, due 2026-02-13\n";
        assert_eq!(read(titled, &[], Reading::FollowUps).len(), 1, "the title opens no section");
        let fmea = "## Recommended actions\n\n| # | Recommended action | Responsibility / target | Action taken | RPN |\n|---|---|---|---|---|\n| 1 | Retry the encode once | Yuki Tanaka / 20 Mar 2026 | Done 18 Mar | 30 |\n| 2 | Pin the firmware | Daniel Okafor / 11 Apr 2026 | | 81 |\n";
        assert_eq!(
            summaries(&read(fmea, &[], Reading::FollowUps)),
            vec![
                ("Retry the encode once", Some("Yuki Tanaka"), Some("2026-03-20".to_owned()), ActionState::Done),
                ("Pin the firmware", Some("Daniel Okafor"), Some("2026-04-11".to_owned()), ActionState::Open),
            ]
        );
        let bow_tie = "## Barrier improvements\n\n| # | Barrier | Improvement | Owner | Target | Status |\n|---|---|---|---|---|---|\n| 1 | B3 | Reject allotment edits | Yuki Tanaka | 2026-02-20 | Done |\n";
        assert_eq!(read(bow_tie, &[], Reading::FollowUps).len(), 1);
        let cast = "## Controllers and unsafe control actions\n\n| Controller | UCA |\n|---|---|\n| seatmap | swap |\n";
        assert!(read(cast, &[], Reading::FollowUps).is_empty());
    }

    #[test]
    fn clauses_of_an_act_under_a_bold_heading() {
        let act = "# Акт\n\n**10. Причины.**\n\nТекст.\n\n**11. Мероприятия по предотвращению повторения.**\n\n11.1. Подключить сервер к ИБП.\\\nОтветственный — Кравец И. П. Срок — 23.01.2026. Отметка о выполнении: выполнено 22.01.2026.\n\n11.2. Перенести логи OCR в ELK.\\\nОтветственный — Лаптева О. С. Срок — 06.02.2026.\n\n**12. Подписи.**\n\n12.1. Начальник смены — подпись.\n";
        let items = read(act, &[], Reading::FollowUps);
        assert_eq!(items.len(), 2, "{items:?}");
        assert_eq!(
            (items[0].text.as_str(), items[0].owner.as_deref()),
            ("Подключить сервер к ИБП", Some("Кравец И. П."))
        );
        assert_eq!(
            (items[0].due.map(|d| d.to_string()), items[0].state),
            (Some("2026-01-23".to_owned()), ActionState::Done)
        );
        assert_eq!(items[1].due.map(|d| d.to_string()), Some("2026-02-06".to_owned()));
        let marked = "**5. Мероприятия по предотвращению повторения.**\n\n5.1. Вести реестр сертификатов ЭП.\\\nОтветственный: Сидоренко Е.Н. Срок: до 01.03.2026.\\\n*Отметка: выполнено, реестр размещён в разделе ИБ.*\n";
        let marked = read(marked, &[], Reading::FollowUps);
        assert_eq!(
            marked.iter().map(|item| (item.owner.as_deref(), item.state)).collect::<Vec<_>>(),
            [(Some("Сидоренко Е.Н"), ActionState::Done)],
            "«Отметка: выполнено» on its own line"
        );
        let signed = "**11. Мероприятия.**\n\n11.1. Подключить ИБП. Ответственный — Кравец И. П. Срок — 23.01.2026.\n\nПодписи:\n\n| Роль | ФИО |\n|---|---|\n| Составил | Мухаметов Р. Р. |\n";
        assert_eq!(read(signed, &[], Reading::FollowUps).len(), 1, "the signatures are no follow-ups");
        let in_incident = "## Tasks (in-incident)\n\n- [x] Scale the worker — Ruslan\n";
        assert!(read(in_incident, &[], Reading::FollowUps).is_empty());
        let decided = "### РЕШИЛИ\n\n1. Принять вариант 1.\n2. Поручить Бойко Н. Ю. подготовить RFC до 30.04.2026.\n";
        assert_eq!(read(decided, &[], Reading::FollowUps).len(), 1, "a decision is no follow-up; an instruction is");
        let memo = "## 8. Предложения\n\n8.1. Запретить выпуски в часы операций — отв. Лаптева О. С., срок 27.02.2026; исполнено.\n";
        let proposed = read(memo, &[], Reading::FollowUps);
        assert_eq!((proposed[0].owner.as_deref(), proposed[0].state), (Some("Лаптева О. С."), ActionState::Done));
    }

    #[test]
    fn obsidian_tasks_with_the_owner_in_brackets() {
        let text = "## Задачи\n\n- [x] Хотфикс 3.41.2: отключить ветку (@Фёдоров) ✅ 2026-04-10\n- [ ] Добавить сотрудников с вычетами (@Григорьева) 📅 2026-04-30\n- [ ] Автоматическая сверка (исполнитель не назначен)\n";
        assert_eq!(
            summaries(&read(text, &[], Reading::FollowUps)),
            vec![
                ("Хотфикс 3.41.2: отключить ветку", Some("@Фёдоров"), None, ActionState::Done),
                (
                    "Добавить сотрудников с вычетами",
                    Some("@Григорьева"),
                    Some("2026-04-30".to_owned()),
                    ActionState::Open
                ),
                ("Автоматическая сверка", None, None, ActionState::Open),
            ]
        );
    }

    #[test]
    fn a_paragraph_with_a_list_of_its_fields_under_it() {
        let text = "## Problem tasks\n\nPTASK-0911 Add a per-instruction idempotency key and persist it\nbefore transmission\n  - Owner: Tomás Ortega\n  - Due: 2026-03-20\n  - State: Work in progress\n\nPTASK-0912 Reuse the sequence number\n  - Owner: Tomás Ortega\n  - Due: 2026-03-06\n  - State: Closed complete\n\nPTASK-0916 Switch payouts\n  - Owner: Tomás Ortega\n  - State: Cancelled — out of scope\n";
        let items = read(text, &[], Reading::FollowUps);
        assert_eq!(
            summaries(&items),
            vec![
                (
                    "PTASK-0911 Add a per-instruction idempotency key and persist it before transmission",
                    Some("Tomás Ortega"),
                    Some("2026-03-20".to_owned()),
                    ActionState::Open
                ),
                (
                    "PTASK-0912 Reuse the sequence number",
                    Some("Tomás Ortega"),
                    Some("2026-03-06".to_owned()),
                    ActionState::Done
                ),
                ("PTASK-0916 Switch payouts", Some("Tomás Ortega"), None, ActionState::Dropped),
            ]
        );
        let notes =
            read("## Next steps\n\nWe will look at these:\n- Rotate the key\n- Owner: Ann\n", &[], Reading::FollowUps);
        assert_eq!(notes.len(), 2, "a list that is not only fields is a list of items");
    }

    #[test]
    fn fields_after_the_text_separated_by_dots() {
        let text = "## Что исправляем\n\n- Сверка остатков каждые 15 минут · Владелец: Артём Лаптев · Срок: 06.03.2026 · ✅ сделано\n- Ретраи с backoff для вебхуков WMS; сейчас\n  теряет пачку · Владелец: Мария Гусева · Срок: 13.03.2026 · в работе\n- Алерт на расхождение > 0,5% SKU · Владелец: — · Срок: TBD · не начато\n- Выбор · между двумя · словами\n";
        let items = read(text, &[], Reading::FollowUps);
        let read = summaries(&items);
        assert_eq!(
            read,
            vec![
                (
                    "Сверка остатков каждые 15 минут",
                    Some("Артём Лаптев"),
                    Some("2026-03-06".to_owned()),
                    ActionState::Done
                ),
                (
                    "Ретраи с backoff для вебхуков WMS; сейчас теряет пачку",
                    Some("Мария Гусева"),
                    Some("2026-03-13".to_owned()),
                    ActionState::Open
                ),
                ("Алерт на расхождение > 0,5% SKU", None, None, ActionState::Open),
                ("Выбор · между двумя · словами", None, None, ActionState::Open),
            ],
            "dots that do not separate fields stay in the text"
        );
    }

    #[test]
    fn a_register_s_mark_of_completion_and_a_negated_state() {
        let text = "## Корректирующие мероприятия\n\n| № | Мероприятие | Исполнитель | Срок | Отметка о выполнении |\n|---|---|---|---|---|\n| 1 | Заменить модем | Горелов Н. | 05.12.2025 | Выполнено 03.12.2025 |\n| 2 | Обследовать КНС | Горелов Н. | 28.02.2026 | Не выполнено |\n";
        let states: Vec<ActionState> = follow_ups(text).into_iter().map(|item| item.3).collect();
        assert_eq!(states, [ActionState::Done, ActionState::Open]);
        let other = "## Action items\n\n| Action | Owner | Note |\n|---|---|---|\n| Patch the relay | Ana | not done yet |\n| Rotate keys | Bo | done |\n";
        let states: Vec<ActionState> = follow_ups(other).into_iter().map(|item| item.3).collect();
        assert_eq!(states, [ActionState::Open, ActionState::Done]);
    }

    #[test]
    fn an_owner_after_a_comma_or_before_keyed_fields_is_read() {
        let text = "## Follow-up actions\n\n\
                    - Add connection pool alerts, owned by Priya Nair, due 2026-04-01\n\
                    - Tune GC settings — assigned to Marco; target: 2026-03-31; status: done\n\
                    - Пересобрать образ, ответственный Пётр Ильин, срок 10.04.2026\n\
                    - Split the queue, then the workers, if the load grows\n";
        assert_eq!(
            follow_ups(text),
            vec![
                (
                    "Add connection pool alerts".to_owned(),
                    Some("Priya Nair".to_owned()),
                    date(2026, 4, 1),
                    ActionState::Open
                ),
                ("Tune GC settings".to_owned(), Some("Marco".to_owned()), date(2026, 3, 31), ActionState::Done),
                ("Пересобрать образ".to_owned(), Some("Пётр Ильин".to_owned()), date(2026, 4, 10), ActionState::Open),
                ("Split the queue, then the workers, if the load grows".to_owned(), None, None, ActionState::Open),
            ]
        );
        let lozenge = "## Мероприятия\n\n- **[ВЫПОЛНЕНО]** Добавить алерт на рост очереди. Ответственный: Павел Орлов. Срок: 10.02.2026.\n";
        assert_eq!(follow_ups(lozenge)[0].3, ActionState::Done, "a Confluence lozenge of more than sixteen bytes");
        let sentences = "## 7. Что мы будем делать\n\n\
                         1. Мониторинг архива. Ответственный — Павел Гришин, срок — 31.10.2025. *Сделано 29.10.*\n\
                         2. Пересмотреть политику хранения. Ответственный — не назначен, срок — не определён.\n";
        assert_eq!(
            follow_ups(sentences),
            vec![
                (
                    "Мониторинг архива.".to_owned(),
                    Some("Павел Гришин".to_owned()),
                    date(2025, 10, 31),
                    ActionState::Done
                ),
                ("Пересмотреть политику хранения.".to_owned(), None, None, ActionState::Open),
            ]
        );
    }
}
