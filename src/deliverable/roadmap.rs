//! Roadmap items in a `tech-roadmap-*` document: rows of a table with an initiative and a
//! status (or quarter) column, task-list items under an initiatives/goals/status heading,
//! and `### Initiative` headings followed by a status line — with their status, owner,
//! quarter and the documents they link to.

use serde::Serialize;

use super::date::Quarter;
use super::kind::quarter_in_year;
use super::lines::{cells, link_text, strip_bullet};
use super::outline::{Item, Outline, Role, TaskMark};
use super::vocab::fold;

/// Where a roadmap item stands; serialised as its [`RoadmapStatus::id`].
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RoadmapStatus {
    /// Not started: «в плане», «запланировано», planned, `[ ]`.
    Planned,
    /// Under way: «в работе», in progress.
    InProgress,
    /// Late or blocked: «под угрозой», «риск», at risk, blocked.
    AtRisk,
    /// Finished: «сделано», «готово», done, `[x]`.
    Done,
    /// Not going to happen: «отменено», «снято», dropped, `[-]`.
    Dropped,
    /// Written in a way tpmdocs does not know; kept as written.
    Unknown(String),
}

impl RoadmapStatus {
    /// The id used in JSON and CSS (`at-risk`…), or the text as written when unknown.
    pub fn id(&self) -> &str {
        match self {
            RoadmapStatus::Planned => "planned",
            RoadmapStatus::InProgress => "in-progress",
            RoadmapStatus::AtRisk => "at-risk",
            RoadmapStatus::Done => "done",
            RoadmapStatus::Dropped => "dropped",
            RoadmapStatus::Unknown(text) => text,
        }
    }

    /// The known statuses, in the order work moves through them.
    pub const KNOWN: [RoadmapStatus; 5] = [
        RoadmapStatus::Planned,
        RoadmapStatus::InProgress,
        RoadmapStatus::AtRisk,
        RoadmapStatus::Done,
        RoadmapStatus::Dropped,
    ];

    /// True when nothing remains to do.
    pub fn is_closed(&self) -> bool {
        matches!(self, RoadmapStatus::Done | RoadmapStatus::Dropped)
    }

    /// A status word tpmdocs knows: [`RoadmapStatus::from_text`] without the unknown ones.
    pub fn known(text: &str) -> Option<RoadmapStatus> {
        Self::from_text(text).filter(|status| !matches!(status, RoadmapStatus::Unknown(_)))
    }

    /// A status column's cell, as [`RoadmapStatus::from_text`] reads it; there «План» or
    /// "Plan" alone is the state planned (elsewhere it names a document: `— [план](x.md)`).
    pub fn from_cell(text: &str) -> Option<RoadmapStatus> {
        let folded = fold(text);
        match folded.trim_matches(|c: char| !c.is_alphanumeric()) {
            "план" | "plan" => Some(RoadmapStatus::Planned),
            // A tracker's workflow state (Wrike's, Jira's `New` → `In Progress` → …): not
            // started yet.
            "new" | "новая" | "новый" | "новое" => Some(RoadmapStatus::Planned),
            _ => Self::from_text(text),
        }
    }

    /// A state that is one of these words or phrases only as the whole of what is written.
    fn whole_word_state(folded: &str) -> Option<RoadmapStatus> {
        match folded {
            "in qa" | "in dev" | "in review" => Some(RoadmapStatus::InProgress),
            "green" | "зеленый" | "now" | "сейчас" | "current" => Some(RoadmapStatus::InProgress),
            "amber" | "red" | "yellow" | "желтый" | "красный" => Some(RoadmapStatus::AtRisk),
            // Waiting on a decision as the whole state (`**ждёт решения** по ADR-09`): it
            // cannot go on until someone decides. After a state it is a note on it.
            "ждет решения"
            | "ждем решения"
            | "ожидает решения"
            | "awaiting decision"
            | "awaiting a decision"
            | "pending decision" => Some(RoadmapStatus::AtRisk),
            "achieved" | "достигнуто" => Some(RoadmapStatus::Done),
            // In use by the people it is for.
            "live" => Some(RoadmapStatus::Done),
            "next" | "later" | "следом" | "позже" | "дальше" | "потом" => {
                Some(RoadmapStatus::Planned)
            }
            _ => None,
        }
    }

    /// Reads a status word; `None` for an empty one.
    pub fn from_text(text: &str) -> Option<RoadmapStatus> {
        // `STATUS: DONE`: a Confluence status lozenge exported as text.
        let text = keyed_state(text.trim()).unwrap_or(text);
        // `:material-check-circle: Выполнено`: an icon's shortcode before the state.
        let text = crate::text::without_leading_icon(text.trim());
        let folded = fold(text);
        let folded = folded.trim_matches(|c: char| !c.is_alphanumeric());
        if folded.is_empty() {
            return None;
        }
        let starts = |words: &[&str]| words.iter().any(|word| folded.starts_with(word));
        // A key result's progress: `**65 %**` is under way, 100 % done, 0 % not started;
        // `**40%** (4 of 10 topics)` too, a note after it.
        let plain = fold(text).replace('*', "");
        let plain = plain.trim();
        let digits = plain.find(|c: char| !c.is_ascii_digit()).unwrap_or(plain.len());
        let after = plain[digits..].trim_start();
        let percent = after
            .strip_prefix('%')
            // A note in brackets or after a comma may follow; words ("68% burned") may not.
            .filter(|rest| {
                digits > 0 && rest.trim_start().chars().next().is_none_or(|c| matches!(c, '(' | ',' | ';' | '—' | '–'))
            })
            .map(|_| plain[..digits].to_owned());
        if let Some(number) = percent.and_then(|number| number.parse::<u32>().ok()) {
            return Some(match number {
                0 => RoadmapStatus::Planned,
                100.. => RoadmapStatus::Done,
                _ => RoadmapStatus::InProgress,
            });
        }
        // RAG colours and a board's columns, as whole words, or as the whole of a bold
        // opening (`**ждём решения** от Паши`: what follows is a note on it).
        let emphasised = text.trim().strip_prefix("**").and_then(|bold| bold.find("**").map(|end| fold(&bold[..end])));
        let whole_state = emphasised
            .as_deref()
            .and_then(|bold| Self::whole_word_state(bold.trim_matches(|c: char| !c.is_alphanumeric())))
            .or_else(|| Self::whole_word_state(folded));
        if whole_state.is_some() {
            return whole_state;
        }
        // «В работе (риск срыва)», "In progress (at risk)": under way, its note says at risk.
        if let Some((_, note)) = folded.split_once('(') {
            let note = note.trim_start();
            if ["риск", "at risk", "под угрозой", "отста"].iter().any(|word| note.starts_with(word))
            {
                return Some(RoadmapStatus::AtRisk);
            }
        }

        // A tracker's state of an item not yet begun: Targetprocess's "Open", Planfix's «Новая».
        if matches!(folded, "open" | "new" | "новая" | "новый") {
            return Some(RoadmapStatus::Planned);
        }
        Some(
            if starts(&[
                "в плане",
                "не наступил срок",
                "запланирован",
                "планируется",
                "не начат",
                // «не начинали, ждём решения по ADR-03»: not begun.
                "не начинали",
                "не стартовал",
                "planned",
                "todo",
                "to do",
                "not started",
                "backlog",
                "бэклог",
                "в очереди",
                // A tracker's ticket not yet taken: «Открыт».
                "открыт",
                "queued",
                "scheduled",
                // A stage-gate's "Awaiting gate": the work for the gate done, the item not
                // yet funded to start.
                "awaiting gate",
                "awaiting approval",
                // Jira Product Discovery's delivery states.
                "ready for delivery",
                "ready for development",
                "ready for dev",
                // Aha!'s feature workflow: "Under consideration" → "Ready to develop" → "In
                // development" → "Ready to ship" → "Shipped" (or "Will not implement").
                "ready to develop",
                "under consideration",
                "готово к разработке",
                "готов к разработке",
            ]) {
                RoadmapStatus::Planned
            } else if starts(&[
                "в работе",
                "в процессе",
                "идет",
                "выполняется",
                "in progress",
                "in-progress",
                "in flight",
                "in execution",
                "building",
                "on track",
                "on-track",
                "по плану",
                "ongoing",
                "wip",
                "started",
                "active",
                "в разработке",
                "in development",
                "в тестировании",
                "testing",
                // Targetprocess's states.
                "in testing",
                "in review",
                "rolling out",
                "раскатываем",
                "delivering",
                "in delivery",
                // monday.com's board states.
                "working on it",
                "ready to ship",
                // A hill chart's dot (Basecamp's): «в гору, 30%» still working out what to do,
                // «с горы, 80%» doing what is left; either way under way.
                "в гору",
                "на подъеме",
                "на вершине",
                "с горы",
                "на спуске",
                "uphill",
                "downhill",
                "over the hill",
                "at the top of the hill",
            ]) {
                RoadmapStatus::InProgress
            } else if starts(&[
                "под угрозой",
                "под риском",
                "в зоне риска",
                "есть риск",
                "риск",
                "отстает",
                // «**отстаём** ~2 нед»: behind, in the first person.
                "отстаем",
                "отстают",
                "отставание",
                "заблокирован",
                "блокер",
                "at risk",
                "at-risk",
                // An outliner's tag, `#atrisk`.
                "atrisk",
                "off track",
                "off-track",
                "blocked",
                "delayed",
                "late",
                "behind",
                "отложен",
                // «[ЗАДЕРЖКА]», «просрочено», «сдвинуто на июль»: late.
                "задерж",
                "просроч",
                "сдвинут",
                "приостановлен",
                "на паузе",
                "заморожен",
                "on hold",
                "paused",
                "parked",
                "deferred",
                "postponed",
                "slipped",
                "slipping",
                "сдвигается",
                "перенесен",
                "stuck",
                // A hill chart's dot that stopped moving: «застряло на подъёме».
                "застрял",
            ]) {
                RoadmapStatus::AtRisk
            } else if starts(&[
                "сделано",
                "исполнено",
                "готово",
                "выполнено",
                "завершено",
                // A tracker's task states: «Завершена», «Выполнена», «Закрыт» (Yandex
                // Tracker's «Решён» is a whole word, below: «решение отложено» is no state of it).
                "завершена",
                "выполнена",
                // Planfix's «Завершенная».
                "завершенная",
                "закрыт",
                "done",
                "completed",
                "complete",
                "shipped",
                "finished",
                "✅",
                "закрыто",
                "запущено",
                "внедрено",
                "released",
                "delivered",
                "launched",
                "in production",
                "в проде",
                // Productboard's «Выпущено» (released).
                "выпущен",
                "выпустили",
            ]) || matches!(
                folded.split(|c: char| !c.is_alphanumeric()).next(),
                Some("решен" | "решено" | "решена")
            ) {
                RoadmapStatus::Done
            } else if starts(&[
                "отменено",
                "отменена",
                "отменен",
                "снято",
                "снята",
                "не будем",
                "dropped",
                "cancelled",
                "canceled",
                "descoped",
                "not doing",
                "не делаем",
                "снято с плана",
                "снят",
                "shelved",
                "stopped",
                "killed",
                "won't do",
                "исключено",
                "исключена",
                "исключен",
                "убрано",
                "убрали",
                // «выкинули из квартала, переносим на Q3».
                "выкинули",
                "выкинуто",
                "removed",
                "deprioritized",
                "rejected",
                "отклонено",
                // A board's lane «Отказались» ("we turned it down").
                "отказались",
                "отказ",
                "will not implement",
                "won't implement",
                "will not do",
            ]) || folded == "cut"
                || folded.starts_with("cut ")
                || folded.starts_with("cut,")
            {
                RoadmapStatus::Dropped
            } else {
                RoadmapStatus::Unknown(text.trim().trim_matches('*').trim().to_owned())
            },
        )
    }
}

impl Serialize for RoadmapStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.id())
    }
}

/// Reads back what [`Serialize`] writes: a known id, else the text as written.
impl<'de> serde::Deserialize<'de> for RoadmapStatus {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        let known = RoadmapStatus::KNOWN.into_iter().find(|status| status.id() == text);
        Ok(known.unwrap_or(RoadmapStatus::Unknown(text)))
    }
}

/// One initiative of a roadmap.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct RoadmapItem {
    /// Its name, without Markdown link syntax.
    pub title: String,
    /// Where it stands.
    pub status: RoadmapStatus,
    /// Who owns it, when written.
    pub owner: Option<String>,
    /// Its quarter when written on the item; else the roadmap's own.
    pub quarter: Option<Quarter>,
    /// Relative links it makes (to specs, plans, ADRs), as written.
    pub links: Vec<String>,
    /// 1-based source line.
    pub line: usize,
}

/// Headings under which task lists are roadmap items.
const ITEM_HEADINGS: [&str; 12] = [
    "инициатив",
    "цели",
    "эпик",
    "статус",
    "план",
    "роадмап",
    "initiative",
    "goal",
    "epic",
    "status",
    "roadmap",
    "milestone",
];

/// Sections of a roadmap that talk about it rather than list it.
const ASIDE_HEADINGS: [&str; 22] = [
    "риск",
    "risk",
    "зависимост",
    "dependenc",
    "контекст",
    "context",
    "заметк",
    "notes",
    "комментари",
    "comment",
    "изменилось",
    "изменения",
    "changes",
    "changelog",
    "history",
    "истори",
    "not on this",
    "легенда",
    "legend",
    "ссылки",
    "links",
    "допущения",
];

/// Reads the items of a normalised roadmap text. Items under a heading that names a quarter
/// (`## Q4 2026`, «## 3 кв. 2026») belong to that quarter unless they name their own.
pub(crate) fn read(outline: &Outline<'_>, year: Option<u16>) -> Vec<RoadmapItem> {
    let mut items = Vec::new();
    // Items straight under the title (a post that is the roadmap) count as under a heading
    // of items: a list there states its items' states or is passed over.
    let mut under_items_heading = true;
    let mut section_quarter: Option<(usize, Quarter)> = None;
    let mut table: Option<Columns> = None;
    // The header row was blank: the next row names the columns.
    let mut named_below = false;
    let mut headed: Option<(String, usize)> = None;
    // `## Done` / `## В работе`: the items under it stand there unless they say otherwise.
    let mut section_status: Option<(usize, RoadmapStatus)> = None;
    let mut legend: Vec<(char, RoadmapStatus)> = Vec::new();
    // A board laid out as a table whose columns are states (`| Сделано | Сейчас | Следом |`).
    let mut board: Option<Vec<RoadmapStatus>> = None;
    // A list item that names a quarter and holds its items: its depth and the quarter.
    let mut quarter_item: Option<(usize, Quarter)> = None;
    // An item's heading whose state is one of the fields listed under it: the other fields
    // (`- **Команда:** Platform`) are the item's, not items.
    let mut item_fields = false;
    // A run of items each a line of fields (an MDX page's `<RoadmapItem title="…" status="…" />`
    // components): one such line alone is a page's header.
    let mut fielded: std::collections::HashMap<usize, (Columns, Vec<String>)> = outline
        .iter()
        .filter(|(_, _, role)| *role == Role::Text)
        .filter_map(|(index, line, _)| fielded_row(line).map(|read| (index, read)))
        .collect();
    if fielded.len() < 2 {
        fielded.clear();
    }
    for (index, line, role) in outline.iter() {
        let quarter = || section_quarter.map(|(_, quarter)| quarter);
        match role {
            Role::Heading(heading) => {
                let (level, text) = (heading.level, heading.text);
                if section_quarter.as_ref().is_some_and(|(open, _)| level <= *open) {
                    section_quarter = None;
                }
                if section_status.as_ref().is_some_and(|(open, _)| level <= *open) {
                    section_status = None;
                }
                if let Some(quarter) = quarter_in_year(text, year) {
                    section_quarter = Some((level, quarter));
                }
                if let Some(status) = heading_status(text).filter(|_| level >= 2) {
                    section_status = Some((level, status));
                }
                let folded = fold(text);
                // A theme (`## Metrics storage`) holds items too; risks, dependencies and
                // notes do not. A plain bullet counts only when it states a status anyway.
                let aside = ASIDE_HEADINGS.iter().any(|word| folded.contains(word));
                under_items_heading = ITEM_HEADINGS.iter().any(|word| folded.contains(word))
                    || section_quarter.is_some()
                    || section_status.is_some()
                    || (level >= 2 && !aside);
                headed = (level >= 3).then(|| (text.trim().to_owned(), index + 1));
                item_fields = level >= 3 && state_field_under(outline, index);
                // `### Season 4 capacity — 🟠 At risk`: an item that is a heading, its state
                // after the dash.
                if let Some(item) = heading_item(text, index + 1, &legend).filter(|_| level >= 3) {
                    items.push(in_quarter(item, section_quarter.map(|(_, quarter)| quarter)));
                    headed = None;
                }
                table = None;
                continue;
            }
            Role::Row { header: true, text } => {
                // `| | | |` over `| **Инициатива** | **Статус** |` (OneNote through pandoc, a
                // note app's export): the names are in the row under the blank header.
                named_below = cells(text).iter().all(|cell| cell.trim().is_empty());
                table = Columns::of(&cells(text));
                board = board_columns(&cells(text)).filter(|_| table.is_none());
                continue;
            }
            Role::Row { header: false, text } if std::mem::take(&mut named_below) => {
                let header: Vec<String> = cells(text).iter().map(|cell| cell.replace("**", "")).collect();
                table = Columns::of(&header);
                board = board_columns(&header).filter(|_| table.is_none());
                continue;
            }
            Role::Row { header: false, text } => {
                let row = cells(text);
                if let Some(columns) = &board {
                    items.extend(board_items(columns, &row, index + 1));
                }
                if let Some(columns) = &table {
                    let item = columns.item(&row, index + 1, &legend, year);
                    items.extend(item.map(|item| in_quarter(item, quarter())));
                }
                continue;
            }
            Role::Delimiter | Role::Underline | Role::Code | Role::Html | Role::FrontMatter => continue,
            Role::Blank | Role::Text | Role::Item(_) => {}
        }
        table = None;
        board = None;
        if let Some((title, heading_line)) = headed.clone() {
            if let Some(status) = status_line(line.trim()) {
                items.push(RoadmapItem {
                    title: clean(&title),
                    status,
                    owner: None,
                    quarter: quarter(),
                    links: Vec::new(),
                    line: heading_line,
                });
                headed = None;
                continue;
            }
        }
        if let Some((columns, row)) = fielded.remove(&index) {
            items.extend(columns.item(&row, index + 1, &legend, year).map(|item| in_quarter(item, quarter())));
            continue;
        }
        if role == Role::Text && legend.is_empty() {
            legend = read_legend(line);
        }
        if let Role::Item(item) = role {
            if item_fields && is_field(item.text) {
                continue;
            }
            if under_items_heading {
                if quarter_item.is_some_and(|(depth, _)| item.depth <= depth) {
                    quarter_item = None;
                }
                let in_quarter_item = quarter_item.filter(|(depth, _)| item.depth == depth + 1).map(|(_, q)| q);
                let in_section = section_status.as_ref().map(|(_, status)| status);
                let text = outline.item_text(index, &item);
                let read = list_item(&item, &text, index + 1, in_section, &legend, in_quarter_item.is_some())
                    .or_else(|| item_with_state_under_it(outline, index, &item, &text));
                // `- Q1 2026 (январь — март)` over `- Maestro UI tests in CI — **Done**`: a
                // quarter's item holds the quarter's items, one level in.
                if read.is_none() && item.near_margin() {
                    quarter_item = quarter_in_year(&text, year)
                        .filter(|_| text.chars().count() <= QUARTER_ITEM_CHARS)
                        .map(|quarter| (item.depth, quarter));
                }
                items.extend(read.map(|item| in_quarter(item, in_quarter_item.or_else(quarter))));
            }
        }
    }
    items
}

/// `**Title:** Vault HA · **Quarter:** Q1 · **Status:** In progress · **Owner:** @sec`: a
/// line of fields, each bold under its name, that names an item and where it stands, read as
/// the row of a table whose header is the names.
fn fielded_row(line: &str) -> Option<(Columns, Vec<String>)> {
    let (header, row): (Vec<String>, Vec<String>) = line
        .split(" · ")
        .map(|part| {
            let (label, value) = part.trim().strip_prefix("**")?.split_once(":**")?;
            Some((label.trim().to_owned(), value.trim().to_owned()))
        })
        .collect::<Option<Vec<_>>>()?
        .into_iter()
        .unzip();
    let columns = Columns::of(&header).filter(|_| header.len() >= 2)?;
    columns.status.is_some().then_some((columns, row))
}

/// The states a board's columns stand for, when every one of its (three or more) column
/// names is a state: `| Done | Now | Next | Later | Dropped |`.
fn board_columns(header: &[String]) -> Option<Vec<RoadmapStatus>> {
    let states: Vec<RoadmapStatus> =
        header.iter().map(|cell| RoadmapStatus::known(&clean(cell))).collect::<Option<_>>()?;
    (states.len() >= 3).then_some(states)
}

/// The cards of one row of a board: each filled cell is an item in its column's state (`⚠`
/// marks one at risk, a struck-through one is dropped).
fn board_items(columns: &[RoadmapStatus], row: &[String], line: usize) -> Vec<RoadmapItem> {
    columns
        .iter()
        .zip(row)
        .filter_map(|(state, cell)| {
            let (text, marker) = status_marker(cell.trim());
            let status =
                if text.starts_with("~~") { RoadmapStatus::Dropped } else { marker.unwrap_or_else(|| state.clone()) };
            let title = clean(&text.replace("~~", ""));
            (!title.is_empty()).then(|| RoadmapItem {
                title,
                status,
                owner: None,
                quarter: None,
                links: links(cell),
                line,
            })
        })
        .collect()
}

/// The item with the section's quarter when it names none of its own.
fn in_quarter(mut item: RoadmapItem, section: Option<Quarter>) -> RoadmapItem {
    item.quarter = item.quarter.or(section);
    item
}

/// The line under an item's heading that says where it stands: `- Статус: в работе`,
/// `**Status:** at risk`, `*Where it stands:* **Shipped** — on track`, or one of its parts
/// parted by `·` (`Эпик MDLP-E-09 · выгорание 8/8 SP · **готово**`).
fn status_line(line: &str) -> Option<RoadmapStatus> {
    line.split(" · ").find_map(stated_part)
}

/// What its keys call an item's state.
const STATE_KEYS: [&str; 7] = ["статус", "status", "состояние", "state", "where it stands", "стадия", "stage"];

/// A part of a line that states a state: `статус: in progress — note`, `Status: Proposed to
/// Finance` (kept as written), or a known state in bold, `**готово** (после INC-0042)`.
fn stated_part(part: &str) -> Option<RoadmapStatus> {
    let part = part.trim();
    let text = part.trim_start_matches(['-', '*', '+', ' ']).replace("**", "");
    if let Some((key, value)) = text.split_once(':') {
        if STATE_KEYS.contains(&fold(key).trim_matches(|c: char| !c.is_alphanumeric())) {
            return RoadmapStatus::from_text(value);
        }
    }
    let bold = part.strip_prefix("**")?;
    let words = &bold[..bold.find("**")?];
    RoadmapStatus::from_text(words).filter(|status| !matches!(status, RoadmapStatus::Unknown(_)))
}

/// `Semantic search beta — **At risk** — security review open`: a part between dashes that
/// is a known state in bold and nothing else, and the title before it.
fn bold_dash_state(text: &str) -> Option<(RoadmapStatus, &str)> {
    let (title, rest) = text.split_once(" — ")?;
    let part = rest.split(" — ").next().unwrap_or(rest).trim();
    let inner = part.strip_prefix("**")?.strip_suffix("**")?;
    RoadmapStatus::known(inner).map(|status| (status, title.trim_end()))
}

/// `**Failover automation** — Tom Becker · due 2026-06-30 · Status: At risk`: a later part
/// parted by `·` that states a known state under its key, and the title before the parts.
fn keyed_part_status(text: &str) -> Option<(RoadmapStatus, &str)> {
    let (at, _) = text.match_indices(" · ").next()?;
    text[at..].split(" · ").find_map(|part| {
        let value = keyed_state(part.trim())?;
        RoadmapStatus::known(value.trim().trim_end_matches('.')).map(|status| (status, text[..at].trim_end()))
    })
}

/// `Status: Done` → `Done`: the value of a part written under a state's key.
fn keyed_state(part: &str) -> Option<&str> {
    let (key, value) = part.split_once(':')?;
    let key = fold(&key.replace(['*', '_'], ""));
    STATE_KEYS
        .contains(&key.trim_matches(|c: char| !c.is_alphanumeric()))
        .then(|| value.trim_start_matches(['*', '_', ' ']))
}

/// `Модуль уведомлений (SMS, e-mail). Срок: 30.06.2026. Статус: В работе.`: a plan's clause
/// whose state is a later sentence of its own, under its key; the title is its first.
fn sentenced_status(text: &str) -> Option<(RoadmapStatus, &str)> {
    let first_end = text.find(". ")?;
    text[first_end + 2..].split(". ").find_map(|sentence| {
        let value = keyed_state(sentence.trim())?.trim().trim_end_matches('.');
        RoadmapStatus::known(value).map(|status| (status, text[..first_end].trim_end()))
    })
}

/// `**Kafka event bus** (ADR-0021) · статус: in progress — note`: a state in a later part
/// of an item parted by `·`, and the title before it.
fn parted_status(text: &str) -> Option<(RoadmapStatus, &str)> {
    text.match_indices(" · ").find_map(|(at, separator)| {
        let rest = &text[at + separator.len()..];
        let part = rest.split(" · ").next().unwrap_or(rest);
        stated_part(part).map(|status| (status, text[..at].trim_end()))
    })
}

/// `- [x] Item`, `- [ ] Item — в работе`, `- [-] Item`; a plain `- Item — at risk` or
/// `- ✅ Item` when it says where it stands (a plain bullet without a status is prose).
fn list_item(
    item: &Item<'_>,
    text: &str,
    line_number: usize,
    section_status: Option<&RoadmapStatus>,
    legend: &[(char, RoadmapStatus)],
    in_quarter_item: bool,
) -> Option<RoadmapItem> {
    // `\t- DOING Leaderboards v2` under a Logseq heading block: a task marker is the state,
    // however deep the block is.
    let (text, properties) = super::lines::block_properties(text);
    if let Some((marker, rest)) = super::lines::task_marker(text) {
        // `- NOW Переход на Grafana OnCall` over `статус:: под угрозой`: a state stated in
        // words says more than the marker.
        let stated = properties.iter().find_map(|(key, value)| {
            let key = fold(key);
            matches!(key.as_str(), "статус" | "status" | "state" | "состояние")
                .then(|| RoadmapStatus::known(value.trim()))
                .flatten()
        });
        let status = stated.unwrap_or(match marker {
            "DONE" => RoadmapStatus::Done,
            "DOING" | "NOW" | "IN-PROGRESS" | "STARTED" => RoadmapStatus::InProgress,
            "WAITING" | "WAIT" => RoadmapStatus::AtRisk,
            "CANCELED" | "CANCELLED" => RoadmapStatus::Dropped,
            _ => RoadmapStatus::Planned,
        });
        let title = clean(section_item_title(&link_text(rest)));
        return Some(RoadmapItem { title, status, owner: None, quarter: None, links: links(rest), line: line_number });
    }
    if !item.near_margin() && !in_quarter_item {
        return None;
    }
    // The status is read from the words the reader sees: a link's target has brackets too
    // (`— Dropped, superseded by [ADR-0012](adr-0012-x.md)`).
    let linked = links(text);
    let (text, marker) = status_marker(link_text(text).trim());
    // `✅ **Shipped** — LaunchDarkly rollout — Tom Becker`: the state's word first, then the item.
    let (text, marker) = match leading_state(&text) {
        Some((status, rest)) => (rest.to_owned(), Some(status)),
        None => (text, marker),
    };
    // `- 🔨 **Leaderboards on ScyllaDB**` under `Legend: … 🔨 in progress …`.
    let (text, marker) = match (marker, text.chars().next()) {
        (None, Some(first)) => match legend_status(legend, first) {
            Some(status) => {
                let rest = text[first.len_utf8()..].trim_start_matches('\u{fe0f}').trim_start().to_owned();
                (rest, Some(status))
            }
            None => (text, None),
        },
        (marker, _) => (text, marker),
    };
    // `- Voice chat relay (self-hosted) #cut`: a Foam or Obsidian state tag.
    if let Some((status, rest)) = hashtag_status(&text) {
        let title = clean(section_item_title(&rest));
        return Some(RoadmapItem { title, status, owner: None, quarter: None, links: linked, line: line_number });
    }
    // `**Delta OTA updates** — ship deltas … `[at risk]``: a tag at the end says where it stands.
    if let Some((status, rest)) = trailing_tag_status(&text) {
        let title = clean(section_item_title(rest));
        return Some(RoadmapItem { title, status, owner: None, quarter: None, links: linked, line: line_number });
    }
    // `[IN PROGRESS] **HTTP/3 on all PoPs** — 14 of 23`: a tag before the title says where
    // it stands, and what follows the dash is a note.
    if let Some((status, rest)) = bracketed_status(&text) {
        let title = clean(section_item_title(rest));
        return Some(RoadmapItem { title, status, owner: None, quarter: None, links: linked, line: line_number });
    }
    // Under `## Planned` the words after a dash are a note («— blocked on Finance, but not
    // needed before Q4»): the section says where the item stands.
    let marked = marker.is_some();
    // (`— **At risk** — security review still open` under `## Now`: a state set apart in
    // bold is the item's own, over its section's.)
    let written = if section_status.is_some() {
        // (`— Tom Becker · due 2026-06-30 · Status: At risk`: a state under its key too.)
        bold_dash_state(&text).or_else(|| keyed_part_status(&text))
    } else {
        parted_status(&text).or_else(|| sentenced_status(&text)).or_else(|| written_status(&text))
    };
    let struck = text.starts_with("~~");
    // `**Edge refresh** — ⚠ at risk: …` under `## [Unreleased] — in progress`: flagged apart.
    let flagged = section_status.is_some() && text.contains('⚠');
    let status = match item.mark {
        Some(TaskMark::Done) => RoadmapStatus::Done,
        Some(TaskMark::Dropped) => RoadmapStatus::Dropped,
        _ if struck => RoadmapStatus::Dropped,
        _ if flagged => RoadmapStatus::AtRisk,
        // `- [ ] Item` in a board's `## Сейчас` lane: an open box is only "not done yet"; the
        // lane says where it stands.
        Some(_) => written
            .as_ref()
            .map(|(status, _)| status.clone())
            .or(marker)
            .or_else(|| section_status.cloned())
            .unwrap_or(RoadmapStatus::Planned),
        // `1. **Iceberg everywhere** — ✅ Готово.`: a numbered item states its own state (a
        // numbered list without one is steps).
        None if item.ordered => written.as_ref().map(|(status, _)| status.clone()).or(marker)?,
        None => written.as_ref().map(|(status, _)| status.clone()).or(marker).or_else(|| section_status.cloned())?,
    };
    let title = match &written {
        Some((_, title)) => title,
        // `Iceberg for the curated layer (Q1) — all 86 tables migrated`: the title, then a note.
        // `🔨 **Leaderboards on ScyllaDB** — PoC passed`: a marked item's note, too.
        None if section_status.is_some() || marked => section_item_title(&text),
        None => text.as_str(),
    };
    // `**MSK upgrade** — Tomasz — Status: Done`: whose it is, between the title and the state.
    let (title, owner) = match title.rsplit_once(" — ") {
        Some((before, who)) if written.is_some() && crate::deliverable::actions::looks_like_owner(who) => {
            (before, Some(clean(who)))
        }
        _ => (title, None),
    };
    Some(RoadmapItem { title: clean(title), status, owner, quarter: None, links: linked, line: line_number })
}

/// `- Polaris catalog cutover` over `- Status:: Done` (an outliner's block and its
/// attribute, a list item and its fields): an item at the margin whose state is a field
/// one level under it.
fn item_with_state_under_it(outline: &Outline<'_>, index: usize, item: &Item<'_>, text: &str) -> Option<RoadmapItem> {
    const LINES_LOOKED_AT: usize = 8;
    if !item.near_margin() || text.contains(':') {
        return None;
    }
    let status = (index + 1..outline.len())
        .take(LINES_LOOKED_AT)
        .map_while(|at| match outline.role(at) {
            Role::Item(child) if child.depth > item.depth => Some(Some(child)),
            Role::Blank | Role::Text => Some(None),
            _ => None,
        })
        .flatten()
        .filter(|child| child.depth == item.depth + 1)
        .find_map(|child| keyed_state(child.text).and_then(|_| stated_part(child.text)))?;
    let title = clean(&link_text(text));
    (!title.is_empty()).then(|| RoadmapItem {
        title,
        status,
        owner: None,
        quarter: None,
        links: links(text),
        line: index + 1,
    })
}

/// `### Ролевая модель v2` over `- **Статус:** В работе` and `- **Команда:** Platform` (a
/// product board's card): a state under its key among the lines under the heading.
fn state_field_under(outline: &Outline<'_>, heading: usize) -> bool {
    (heading + 1..outline.len()).map_while(|at| (!matches!(outline.role(at), Role::Heading(_))).then_some(at)).any(
        |at| {
            matches!(outline.role(at), Role::Item(_) | Role::Text)
                && keyed_state(strip_bullet(outline.line(at))).is_some()
        },
    )
}

/// `**Команда:** Growth + Platform`, `Insights: 23 заметки`: a field under its key of a few
/// words.
fn is_field(text: &str) -> bool {
    const KEY_WORDS: usize = 3;
    text.split_once(':').is_some_and(|(key, value)| {
        let key = key.replace(['*', '_'], "");
        let words = key.split_whitespace().count();
        (1..=KEY_WORDS).contains(&words) && !key.contains(|c: char| c.is_ascii_digit()) && !value.trim().is_empty()
    })
}

/// `Login queue autoscaling #now`, `#done Redis 7 upgrade`, `#in-progress`: a hashtag on
/// the item's first line that names a state (the last such one), and the text without it.
/// Tags that name no state (`#infra`, `#123`) stay part of the text.
fn hashtag_status(text: &str) -> Option<(RoadmapStatus, String)> {
    let first_line = text.lines().next().unwrap_or(text);
    let (at, tag, status) = first_line
        .match_indices('#')
        .filter(|(at, _)| first_line[..*at].chars().next_back().is_none_or(char::is_whitespace))
        .filter_map(|(at, _)| {
            let word_end = first_line[at + 1..]
                .find(|c: char| !(c.is_alphanumeric() || c == '-' || c == '_'))
                .map_or(first_line.len(), |end| at + 1 + end);
            let tag = &first_line[at..word_end];
            let words = tag[1..].replace(['-', '_'], " ");
            RoadmapStatus::known(&words).map(|status| (at, tag, status))
        })
        .next_back()?;
    let rest = format!("{}{}", &first_line[..at], &first_line[at + tag.len()..]);
    Some((status, rest.split_whitespace().collect::<Vec<_>>().join(" ")))
}

/// `Title — note. `[at risk]``, `Title [done]`: a status tag closing the item, and the text
/// before it.
fn trailing_tag_status(text: &str) -> Option<(RoadmapStatus, &str)> {
    // `` `[at risk]` `` in code anywhere in the item (a note may follow on its next lines).
    let coded = text.match_indices("`[").find_map(|(at, _)| {
        let inner = &text[at + 2..];
        let close = inner.find("]`").filter(|&close| close > 0 && close <= 20)?;
        RoadmapStatus::known(&inner[..close]).map(|status| (status, text[..at].trim_end()))
    });
    if coded.is_some() {
        return coded;
    }
    let trimmed = text.trim_end().trim_end_matches('`').trim_end();
    let inner_end = trimmed.strip_suffix(']')?;
    let open = inner_end.rfind('[')?;
    let tag = &inner_end[open + 1..];
    if tag.is_empty() || tag.len() > 20 {
        return None;
    }
    RoadmapStatus::known(tag).map(|status| (status, inner_end[..open].trim_end().trim_end_matches('`').trim_end()))
}

/// `[DONE] Title`, `[AT RISK] Title`: a status tag and the text after it.
fn bracketed_status(text: &str) -> Option<(RoadmapStatus, &str)> {
    let inner = text.strip_prefix('[')?;
    let close = inner.find(']').filter(|&at| at > 0 && at <= 20)?;
    RoadmapStatus::known(&inner[..close]).map(|status| (status, inner[close + 1..].trim()))
}

/// A heading that is a status and nothing more: `## Done`, `## ✅ Сделано`, `## At risk`,
/// `## Not doing`. «## Риски» (a list of risks) and «## Статус» are not.
fn heading_status(text: &str) -> Option<RoadmapStatus> {
    let (unmarked, marker) = status_marker(text);
    let folded = fold(&unmarked);
    let words = folded.trim_matches(|c: char| !c.is_alphanumeric());
    // «Исключено из квартала», "Done in Q1", «Отложено на Q3»: the state, and where or when.
    let qualified = |phrase: &str| {
        words.strip_prefix(phrase).and_then(|rest| rest.strip_prefix(' ')).is_some_and(|rest| {
            ["из ", "с ", "на ", "в ", "до ", "from ", "for ", "in ", "until "]
                .iter()
                .any(|word| rest.starts_with(word))
        })
    };
    let named = HEADING_STATUSES
        .iter()
        .find(|(phrase, _)| *phrase == words || qualified(phrase))
        .map(|(_, status)| status.clone());
    named.or(marker.filter(|_| words.is_empty())).or_else(|| labelled_heading_status(text))
}

/// `**Shipped** — LaunchDarkly rollout`, `In progress: Saved carts`: a state's words opening
/// an item, and the item after the dash or colon.
fn leading_state(text: &str) -> Option<(RoadmapStatus, &str)> {
    // `📅 **Planned** — …`: a mark no list knows before the words.
    let text = text.trim_start_matches(|c: char| !c.is_alphanumeric() && !matches!(c, '*' | '[' | '~' | '_' | '`'));
    let (head, rest) = [" — ", " – ", ": ", ":** "].iter().find_map(|separator| text.split_once(separator))?;
    let head = head.trim().trim_matches('*').trim_end_matches(':').trim();
    let rest = rest.trim_start_matches(['*', ' ']).trim();
    if head.split_whitespace().count() > 3 || rest.is_empty() || head.contains(['[', '*']) {
        return None;
    }
    // The state's words alone (`Shipped`, «В работе»), as a status section is named.
    heading_status(head).map(|status| (status, rest))
}

/// `### Season 4 capacity — 🟠 At risk` (a mark of the page's legend), `### Matchmaker v3 —
/// in flight`: a heading naming an item, with where it stands after a dash.
fn heading_item(text: &str, line: usize, legend: &[(char, RoadmapStatus)]) -> Option<RoadmapItem> {
    let (title, state) = [" — ", " – "].iter().find_map(|dash| text.rsplit_once(dash))?;
    let status = cell_status(state.trim(), legend)?;
    let title = clean(title);
    (!title.is_empty() && !title.starts_with('[')).then(|| RoadmapItem {
        title,
        status,
        owner: None,
        quarter: None,
        links: links(text),
        line,
    })
}

/// `## [Unreleased] — in progress`, `## [2026.03] — released 2026-03-24`: a changelog's
/// section, labelled in brackets, with where its items stand after the dash.
fn labelled_heading_status(text: &str) -> Option<RoadmapStatus> {
    let (label, state) = text.split_once(" — ").or_else(|| text.split_once(" – "))?;
    let label = label.trim();
    if !(label.starts_with('[') && label.ends_with(']')) {
        return None;
    }
    RoadmapStatus::known(state)
}

/// What a roadmap's status sections are called.
const HEADING_STATUSES: [(&str, RoadmapStatus); 52] = [
    ("done", RoadmapStatus::Done),
    ("completed", RoadmapStatus::Done),
    ("shipped", RoadmapStatus::Done),
    ("delivered", RoadmapStatus::Done),
    ("сделано", RoadmapStatus::Done),
    ("готово", RoadmapStatus::Done),
    ("завершено", RoadmapStatus::Done),
    ("выполнено", RoadmapStatus::Done),
    ("in progress", RoadmapStatus::InProgress),
    ("ongoing", RoadmapStatus::InProgress),
    ("now", RoadmapStatus::InProgress),
    ("в работе", RoadmapStatus::InProgress),
    ("в процессе", RoadmapStatus::InProgress),
    ("at risk", RoadmapStatus::AtRisk),
    ("blocked", RoadmapStatus::AtRisk),
    ("под риском", RoadmapStatus::AtRisk),
    ("под угрозой", RoadmapStatus::AtRisk),
    ("planned", RoadmapStatus::Planned),
    ("next", RoadmapStatus::Planned),
    ("later", RoadmapStatus::Planned),
    ("backlog", RoadmapStatus::Planned),
    ("бэклог", RoadmapStatus::Planned),
    ("запланировано", RoadmapStatus::Planned),
    ("в плане", RoadmapStatus::Planned),
    ("в планах", RoadmapStatus::Planned),
    ("dropped", RoadmapStatus::Dropped),
    ("not doing", RoadmapStatus::Dropped),
    ("cancelled", RoadmapStatus::Dropped),
    ("отменено", RoadmapStatus::Dropped),
    ("снято с плана", RoadmapStatus::Dropped),
    ("не делаем", RoadmapStatus::Dropped),
    ("исключено", RoadmapStatus::Dropped),
    ("отказались", RoadmapStatus::Dropped),
    ("on hold", RoadmapStatus::AtRisk),
    ("отложено", RoadmapStatus::AtRisk),
    ("заблокировано", RoadmapStatus::AtRisk),
    ("сейчас", RoadmapStatus::InProgress),
    ("далее", RoadmapStatus::Planned),
    ("потом", RoadmapStatus::Planned),
    ("позже", RoadmapStatus::Planned),
    ("not started", RoadmapStatus::Planned),
    ("up next", RoadmapStatus::Planned),
    ("to do", RoadmapStatus::Planned),
    ("не начато", RoadmapStatus::Planned),
    ("не начинали", RoadmapStatus::Planned),
    ("doing", RoadmapStatus::InProgress),
    ("delayed", RoadmapStatus::AtRisk),
    ("paused", RoadmapStatus::AtRisk),
    ("cut", RoadmapStatus::Dropped),
    ("descoped", RoadmapStatus::Dropped),
    ("won't do", RoadmapStatus::Dropped),
    ("не будем делать", RoadmapStatus::Dropped),
];

/// An item's title in a status section: up to its note after a dash, without a trailing
/// `(Q1)` / `(Q2–Q3)`.
fn section_item_title(text: &str) -> &str {
    let title = [" — ", " – ", " - "].iter().filter_map(|dash| text.find(dash)).min().map_or(text, |at| &text[..at]);
    let title = title.trim_end().trim_end_matches('~').trim_start_matches('~');
    match title.rfind(" (") {
        Some(at) if title.ends_with(')') && is_quarter_label(&title[at + 2..title.len() - 1]) => title[..at].trim_end(),
        _ => title,
    }
}

/// The longest list item read as a quarter's group of items (`Q1 2026 (январь — март)`).
const QUARTER_ITEM_CHARS: usize = 40;

/// `Q1`, `Q2–Q3`, `H2`, «3 кв.», `Q4 2026`: when, in a roadmap.
fn is_quarter_label(text: &str) -> bool {
    let folded = fold(text);
    let tokens: Vec<&str> = folded.split(|c: char| !c.is_alphanumeric()).filter(|token| !token.is_empty()).collect();
    !tokens.is_empty()
        && tokens.iter().all(|token| {
            let quarter = token.len() == 2
                && (token.starts_with('q') || token.starts_with('h'))
                && token[1..].bytes().all(|b| (b'1'..=b'4').contains(&b));
            let year = token.len() == 4 && token.bytes().all(|b| b.is_ascii_digit());
            quarter
                || year
                || token.starts_with("кв")
                || (token.len() == 1 && token.bytes().all(|b| (b'1'..=b'4').contains(&b)))
        })
}

/// The header of a table that explains what each state means, one per row: "Status |
/// Meaning", «Отметка | Что значит». Its rows are a key, neither items nor follow-ups.
pub(crate) fn is_legend_header(header: &[String]) -> bool {
    const MEANING: [&str; 7] = ["meaning", "means", "definition", "что значит", "значение", "смысл", "расшифровка"];
    header.len() == 2 && MEANING.contains(&fold(&header[1]).as_str())
}

/// A legend of status marks (`Обозначения: ✔ — сделано, ▶ — в работе, ○ — запланировано`):
/// each mark and the status its words name; empty when the line is no legend.
pub(crate) fn read_legend(line: &str) -> Vec<(char, RoadmapStatus)> {
    let body = line.split_once(':').map_or(line, |(_, rest)| rest);
    let entries: Vec<(char, RoadmapStatus)> = body
        .split([',', ';', '·', '|'])
        .filter_map(|part| {
            let part = part.trim().trim_end_matches('.');
            // (`**Сделано** · **В работе**` names the states in bold: emphasis is no mark.)
            let markup = |c: &char| matches!(c, '*' | '_' | '`' | '[' | '(' | '"' | '«' | '~');
            let mark = part.chars().next().filter(|c| !c.is_alphanumeric() && !c.is_whitespace() && !markup(c))?;
            let words = part[mark.len_utf8()..]
                .trim_start_matches('\u{fe0f}')
                .trim_start()
                .trim_start_matches(['—', '–', '-', '=']);
            RoadmapStatus::known(words).map(|status| (mark, status))
        })
        .collect();
    if entries.len() >= 2 {
        entries
    } else {
        Vec::new()
    }
}

/// The status `mark` stands for in a legend.
fn legend_status(legend: &[(char, RoadmapStatus)], mark: char) -> Option<RoadmapStatus> {
    legend.iter().find(|(known, _)| *known == mark).map(|(_, status)| status.clone())
}

/// The status a cell marks: a mark of the legend, a known status mark, or status words.
fn cell_status(cell: &str, legend: &[(char, RoadmapStatus)]) -> Option<RoadmapStatus> {
    let from_legend = cell.chars().find_map(|c| legend_status(legend, c));
    from_legend.or_else(|| status_marker(cell).1).or_else(|| RoadmapStatus::known(cell))
}

/// The text without a status emoji (✅ done, ⚠️ at risk, ❌ dropped, 🚧/🔄 in progress) and
/// the status it stood for.
fn status_marker(text: &str) -> (String, Option<RoadmapStatus>) {
    const MARKERS: [(&str, RoadmapStatus); 13] = [
        ("✅", RoadmapStatus::Done),
        ("✔", RoadmapStatus::Done),
        ("⚠", RoadmapStatus::AtRisk),
        ("❌", RoadmapStatus::Dropped),
        ("✖", RoadmapStatus::Dropped),
        ("🚧", RoadmapStatus::InProgress),
        ("🔄", RoadmapStatus::InProgress),
        ("▶", RoadmapStatus::InProgress),
        ("⏳", RoadmapStatus::InProgress),
        ("🟢", RoadmapStatus::InProgress),
        ("🟡", RoadmapStatus::AtRisk),
        ("🔴", RoadmapStatus::AtRisk),
        ("○", RoadmapStatus::Planned),
    ];
    let mut found = None;
    let mut text = text.replace('\u{fe0f}', "");
    for (marker, status) in MARKERS {
        if text.contains(marker) {
            found.get_or_insert(status);
            text = text.replace(marker, "");
        }
    }
    (text.trim().to_owned(), found)
}

/// A status word written after a dash or in brackets, and the text before it:
/// `Item — в работе`, `Item (под угрозой)`, `Item; at risk` → (status, `Item`).
/// The separator nearest the end whose words are a status wins: `Item — сделано (3.7.1)`,
/// `Item — In progress (68% burned)`.
/// After a dash, a comma parts the note too: `Item — target 2026-05-29, in progress` →
/// (in progress, `Item`).
fn written_status(text: &str) -> Option<(RoadmapStatus, &str)> {
    // `— в процессе, сделано примерно 60%`: the state after a dash, before its note, first.
    let after_dash = |(at, separator): (usize, &str)| {
        let written = text[at + separator.len()..].trim();
        let mut parts = written.split(", ");
        let candidate = parts.next().unwrap_or(written).trim_end_matches(['.', ')']);
        // `— в работе, под угрозой: нет второго инженера`: under way, and at risk.
        let refined = parts.next().map(|next| next.split([':', '.', ';']).next().unwrap_or(next).trim());
        let at_risk = refined.and_then(known_state) == Some(RoadmapStatus::AtRisk);
        known_state(candidate).map(|known| match known {
            RoadmapStatus::InProgress if at_risk => (RoadmapStatus::AtRisk, text[..at].trim_end()),
            known => (known, text[..at].trim_end()),
        })
    };
    if let Some(found) = text.match_indices(['—', '–']).find_map(after_dash) {
        return Some(found);
    }
    let dash = text.find(['—', '–']);
    // `**Lift status feed v2** → live`: an impact map's deliverable, an arrow to its state;
    // `(in progress)`, `; done`, `, dropped` after a dash.
    text.match_indices(['(', ';', ',', '→']).rev().find_map(|(at, separator)| {
        if separator == "," && dash.is_none_or(|dash| dash > at) {
            return None;
        }
        let candidate = text[at..].trim_start_matches(['(', ';', ',', '→']).trim().trim_end_matches(')');
        // `→ awaiting decision — COO, by 10 April`: the state, then a note after a dash.
        let candidate =
            if separator == "→" { candidate.split(" — ").next().unwrap_or(candidate) } else { candidate };
        let before = if separator == "," { dash.unwrap_or(at) } else { at };
        known_state(candidate).map(|known| (known, text[..before].trim_end()))
    })
}

/// A known state as written, or under its key (`**MSK upgrade** — Tomasz — Status: Done`).
fn known_state(candidate: &str) -> Option<RoadmapStatus> {
    RoadmapStatus::known(keyed_state(candidate).unwrap_or(candidate))
}

fn links(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find("](") {
        let after = &rest[at + 2..];
        let end = after.find(')').unwrap_or(after.len());
        let url = after[..end].trim();
        if !url.is_empty() && !url.contains("://") {
            found.push(url.to_owned());
        }
        rest = &after[end..];
    }
    found
}

/// Without Markdown link syntax, emphasis and strike-through, trimmed.
fn clean(text: &str) -> String {
    link_text(text).replace(['*', '`'], "").replace("~~", "").trim().to_owned()
}

/// What each column of a roadmap table holds.
#[derive(Debug, Clone)]
struct Columns {
    title: usize,
    status: Option<usize>,
    owner: Option<usize>,
    quarter: Option<usize>,
    /// `| Инициатива | Q1 | Q2 | Q3 | Q4 |`: a column per quarter, its cells marked.
    quarter_columns: Vec<usize>,
    /// `| Эпик | Что | …` with `&21` under Эпик: the column that names the item, after a
    /// column of its tracker's references.
    named: Option<usize>,
    /// `| Item | Owner | Label |` (a Loop or Notion board's labels) with no status column:
    /// a label that is a state (`🔵 In progress`) says where the item stands; other labels
    /// (`backend`) say nothing of it.
    label: Option<usize>,
    /// `| Status | Health |` (Linear's, Jira Align's): a project's health beside its state —
    /// "At risk" or "Off track" says an item in progress is at risk.
    health: Option<usize>,
}

impl Columns {
    /// A roadmap table has an item column and a status or quarter column.
    fn of(header: &[String]) -> Option<Self> {
        let find = |words: &[&str]| {
            header.iter().position(|cell| {
                let name = fold(cell);
                // "Delivery status", «Текущий статус»: the state named last.
                words.iter().any(|word| name == *word || name.starts_with(word) || name.ends_with(&format!(" {word}")))
            })
        };
        let title = find(&[
            // A hill chart's scopes: «Область | Положение на холме».
            "область",
            // Fibery's view of features: «Фича | Команда | Owner | State».
            "фича",
            "фичи",
            "scope",
            "инициатива",
            "инициативы",
            "цель",
            "эпик",
            "задача",
            "проект",
            "название",
            "направление",
            "initiative",
            "goal",
            "epic",
            "item",
            "project",
            "name",
            "objective",
            // «№ | Работа | Исполнитель | Срок | Состояние»; a GitHub Projects export's
            // "Title | Status | Iteration | Assignees".
            "работа",
            "наименование работ",
            "title",
            // An OKR table's "Key result | Owner | Progress | State".
            "key result",
            "ключевой результат",
            "milestone",
            "веха",
            "мероприятие",
            // An application portfolio's rows (TIME, Gartner), a map's deliverables.
            "приложение",
            "application",
            "deliverable",
            "feature",
            // A product discovery board's ideas (Jira Product Discovery's "Idea | Key | …").
            "idea",
            "идея",
            // A tracker project's list of tasks (Wrike's "Task | Status | Assignees | Due date").
            "task",
            // A note's own table: «Что | Кто | Статус | Комментарий».
            "что",
            "what",
        ])?;
        // «Отметка об исполнении»: a government-style plan's column for where each item stands.
        // A key result's progress (`40%`) says where it stands when no column states it.
        let status =
            find(&["статус", "status", "состояние", "state", "rag", "отметка об исполнении", "отметка о выполнении"])
                // «Положение на холме», "Position on the hill".
                .or_else(|| find(&["положение на холме", "position on the hill", "hill position"]))
                .or_else(|| find(&["progress", "прогресс", "готовность"]));
        let label = find(&["label", "labels", "метка", "метки", "лейбл", "лейблы"]).filter(|_| status.is_none());
        let quarter = find(&["квартал", "quarter", "срок", "когда", "when", "target"]);
        let quarter_columns: Vec<usize> =
            (0..header.len()).filter(|&column| column != title && is_quarter_label(&header[column])).collect();
        let by_quarter = quarter_columns.len() >= 2;
        // «Задача | Что делаем | Статус» under PLAT-150: the words in a column that says what is
        // done.
        let named = (0..header.len()).find(|&column| {
            let name = fold(&header[column]);
            column != title
                && (matches!(name.as_str(), "что" | "название" | "title" | "name" | "summary" | "описание" | "what")
                    || ["что ", "what "].iter().any(|opening| name.starts_with(opening)))
        });
        (status.is_some() || label.is_some() || quarter.is_some() || by_quarter).then(|| Columns {
            named,
            title,
            status,
            owner: find(&[
                "владелец",
                "ответственный",
                "owner",
                "лид",
                "lead",
                "исполнитель",
                "assignee",
                "assignees",
                // Aha!'s "Assigned to".
                "assigned to",
            ]),
            quarter,
            quarter_columns: if by_quarter && status.is_none() { quarter_columns } else { Vec::new() },
            label,
            health: find(&["health", "здоровье", "самочувствие"]).filter(|column| Some(*column) != status),
        })
    }

    /// In a table by quarter, the status where the item stands: the first of its marked
    /// cells that is not done (`✔ этап 1 | ▶ этап 2 | ○ этап 3` is in progress), or done.
    fn quarter_status(&self, row: &[String], legend: &[(char, RoadmapStatus)]) -> Option<RoadmapStatus> {
        let marked: Vec<RoadmapStatus> =
            self.quarter_columns.iter().filter_map(|&column| cell_status(row.get(column)?, legend)).collect();
        marked.iter().find(|status| **status != RoadmapStatus::Done).or(marked.first()).cloned()
    }

    fn item(
        &self,
        row: &[String],
        line: usize,
        legend: &[(char, RoadmapStatus)],
        year: Option<u16>,
    ) -> Option<RoadmapItem> {
        let cell =
            |column: Option<usize>| column.and_then(|i| row.get(i)).map(String::as_str).filter(|c| !c.is_empty());
        let written = cell(Some(self.title))?;
        // `&21` (a GitLab epic), `PLAT-12`: a reference, and the item's name in its own column.
        let reference = !written.trim().contains(char::is_whitespace) && written.contains(|c: char| c.is_ascii_digit());
        let written = cell(self.named).filter(|_| reference).unwrap_or(written);
        let title = clean(written);
        if title.is_empty() || title.chars().all(|c| c.is_ascii_digit()) {
            return None;
        }
        // A status word wins; a status emoji (🟢, ⚠️, ✅) stands in for an unknown or missing one.
        let known = |status: &RoadmapStatus| !matches!(status, RoadmapStatus::Unknown(_));
        let labelled = cell(self.label).and_then(RoadmapStatus::from_text).filter(known);
        let worded = cell(self.status).and_then(RoadmapStatus::from_cell).or(labelled);
        let marked = cell(self.status.or(self.label)).and_then(|text| status_marker(text).1);
        let by_quarter = self.quarter_status(row, legend);
        // "In Progress" with health "Off track": at risk.
        let unhealthy = cell(self.health).and_then(RoadmapStatus::known) == Some(RoadmapStatus::AtRisk);
        let worded = match worded {
            Some(RoadmapStatus::InProgress) if unhealthy => Some(RoadmapStatus::AtRisk),
            worded => worded,
        };
        let status = match (worded, marked) {
            _ if !self.quarter_columns.is_empty() && written.contains("~~") => RoadmapStatus::Dropped,
            _ if !self.quarter_columns.is_empty() => by_quarter?,
            (Some(RoadmapStatus::Unknown(_)), Some(marked)) | (None, Some(marked)) => marked,
            (Some(status), _) => status,
            (None, None) if written.contains("~~") => RoadmapStatus::Dropped,
            (None, None) => RoadmapStatus::Planned,
        };
        Some(RoadmapItem {
            title,
            status,
            owner: cell(self.owner).map(clean).filter(|owner| !matches!(owner.as_str(), "—" | "-" | "")),
            quarter: cell(self.quarter).and_then(|written| quarter_in_year(written, year)),
            links: row.iter().flat_map(|cell| links(cell)).collect(),
            line,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Vec<RoadmapItem> {
        super::read(&Outline::read(text, 0), None)
    }

    type Row<'a> = (&'a str, &'a str, Option<&'a str>, Option<Quarter>);

    fn summary(items: &[RoadmapItem]) -> Vec<Row<'_>> {
        items.iter().map(|i| (i.title.as_str(), i.status.id(), i.owner.as_deref(), i.quarter)).collect()
    }

    /// Expected rows, their quarters written as `2026-Q4`.
    fn rows<'a>(written: Vec<(&'a str, &'a str, Option<&'a str>, Option<&str>)>) -> Vec<Row<'a>> {
        written.into_iter().map(|(t, s, o, q)| (t, s, o, q.and_then(Quarter::from_id))).collect()
    }

    #[test]
    fn a_hill_chart_s_scopes_and_a_page_of_item_components() {
        let hill = "| № | Область | Положение на холме | Комментарий |\n|---|---|---|---|\n| 1 | Маршрутизация | в гору, 30% | ждём |\n| 2 | GPS | ⚠ застряло на подъёме | после сбоя |\n| 3 | Приложение v2 | с горы, 80% | тест |\n| 4 | ЭТрН | готово | с марта |\n| 5 | Свой модуль | снято | решением |\n| 6 | ЦОД | не начато | план |\n";
        assert_eq!(
            summary(&read(hill)),
            rows(vec![
                ("Маршрутизация", "in-progress", None, None),
                ("GPS", "at-risk", None, None),
                ("Приложение v2", "in-progress", None, None),
                ("ЭТрН", "done", None, None),
                ("Свой модуль", "dropped", None, None),
                ("ЦОД", "planned", None, None)
            ])
        );
        // MDX's `<RoadmapItem title="…" status="…" />`, as the MDX pass leaves it: a line of
        // fields per item; one such line alone is a header.
        let components = "**Title:** Vault HA · **Quarter:** Q1 · **Status:** In progress · **Owner:** @sec\n**Title:** Edge cache · **Status:** Cancelled\n";
        assert_eq!(
            summary(&read(components)),
            rows(vec![("Vault HA", "in-progress", Some("@sec"), None), ("Edge cache", "dropped", None, None)])
        );
        assert!(read("**Проект:** Платформа · **Статус:** Черновик\n\n## Q1\n\nx\n").is_empty());
    }

    #[test]
    fn a_product_board_s_cards_with_their_fields_and_an_aha_release_s_features() {
        let board = "## Now\n\n### Онбординг\n- **Статус:** Выпущено\n- **Команда:** Growth\n\n### Ролевая модель v2\n- **Команда:** Platform\n- **Статус:** В работе\n\n## Later\n\n### Мобильное приложение\n- **Статус:** Не будем делать\n- **Причина:** веб закрывает сценарии\n";
        assert_eq!(
            summary(&read(board)),
            rows(vec![
                ("Онбординг", "done", None, None),
                ("Ролевая модель v2", "in-progress", None, None),
                ("Мобильное приложение", "dropped", None, None)
            ]),
            "a card's other fields are no items"
        );
        let aha = "| Reference | Name | Status | Assigned to |\n|---|---|---|---|\n| PLAT-112 | SSO | Shipped | Павел Никитин |\n| PLAT-121 | Экспорт | Ready to develop | Ольга Ким |\n| PLAT-127 | EU | Under consideration | — |\n| PLAT-133 | Тёмная тема | Will not implement | — |\n";
        assert_eq!(
            summary(&read(aha)),
            rows(vec![
                ("SSO", "done", Some("Павел Никитин"), None),
                ("Экспорт", "planned", Some("Ольга Ким"), None),
                ("EU", "planned", None, None),
                ("Тёмная тема", "dropped", None, None)
            ])
        );
        let material = "| Инициатива | Статус |\n|---|---|\n| ClickHouse | :material-check-circle: Выполнено |\n| Второй ЦОД | :material-progress-clock: В работе |\n";
        assert_eq!(
            summary(&read(material)),
            rows(vec![("ClickHouse", "done", None, None), ("Второй ЦОД", "in-progress", None, None)])
        );
        let backlog = "## Бэклог\n\n- **ВТР-250** Переход на PostgreSQL 17\n";
        assert_eq!(summary(&read(backlog)), rows(vec![("ВТР-250 Переход на PostgreSQL 17", "planned", None, None)]));
    }

    #[test]
    fn statuses_in_both_languages() {
        for (text, expected) in [
            ("в плане", "planned"),
            ("В работе", "in-progress"),
            ("**Под угрозой**", "at-risk"),
            ("Сделано", "done"),
            ("Отменено", "dropped"),
            ("At risk", "at-risk"),
            ("In progress", "in-progress"),
            ("Done ✅", "done"),
            ("On track", "in-progress"),
            ("Off track", "at-risk"),
            ("По плану", "in-progress"),
            ("Пилот", "Пилот"),
            ("исключено (решение продукта)", "dropped"),
            ("On hold", "at-risk"),
            ("Отложено до Q3", "at-risk"),
            ("В разработке", "in-progress"),
            ("Released", "done"),
        ] {
            assert_eq!(RoadmapStatus::from_text(text).unwrap().id(), expected, "{text}");
        }
    }

    #[test]
    fn a_state_tag_closing_the_item() {
        let text = "## Now\n\n- **Delta OTA updates** — ship deltas ([ADR 12](d.md)). `[at risk]`\n  ADR is still open.\n- **Backoff with jitter** in 4.6.2 (DPLAT-431, from the\n  [debriefing](pm.md)). `[done]`\n- **Bootloader fallback** (DPLAT-392). `[blocked]`\n\n## Later\n\n- **LwM2M transport** — dropped after the PoC. [cut]\n";
        let items = read(text);
        let found: Vec<(&str, &str)> = items.iter().map(|item| (item.title.as_str(), item.status.id())).collect();
        assert_eq!(
            found,
            vec![
                ("Delta OTA updates", "at-risk"),
                ("Backoff with jitter in 4.6.2 (DPLAT-431, from the debriefing).", "done"),
                ("Bootloader fallback (DPLAT-392).", "at-risk"),
                ("LwM2M transport", "dropped"),
            ]
        );
    }

    #[test]
    fn key_results_with_a_state_or_a_progress() {
        let text = "# Data OKRs — H1 2026\n\n## O1. Fresh data\n\n| Key result | Owner | Progress | State |\n|---|---|---|---|\n| KR1.1 Lag under 2 minutes | tomasz | 70% | On track |\n| KR1.2 Pre-scaling | aiko | 100% | Done |\n\n## O2. Cheaper lake\n\n| Key result | Progress |\n|---|---|\n| KR2.0 Cost dashboard | 15% |\n\n- **KR2.1** Tiered storage on all topics — **40%** (4 of 10 topics)\n- **KR2.3** Cold partitions to Glacier — **0%**, starts after KR2.1\n- **KR3.1** Dagster PoC — Done. See the [PoC report](poc.md).\n";
        let items = read(text);
        let found: Vec<(&str, &str)> = items.iter().map(|item| (item.title.as_str(), item.status.id())).collect();
        assert_eq!(
            found,
            vec![
                ("KR1.1 Lag under 2 minutes", "in-progress"),
                ("KR1.2 Pre-scaling", "done"),
                ("KR2.0 Cost dashboard", "in-progress"),
                ("KR2.1 Tiered storage on all topics", "in-progress"),
                ("KR2.3 Cold partitions to Glacier", "planned"),
                ("KR3.1 Dagster PoC", "done"),
            ]
        );
        assert_eq!(RoadmapStatus::from_text("50 percent"), Some(RoadmapStatus::Unknown("50 percent".to_owned())));
    }

    #[test]
    fn an_item_that_opens_with_its_state() {
        let text = "Status key: ✅ Shipped · 🚧 In progress · ⚠️ At risk · 📅 Planned · ❌ Cut\n\n## 🏗️ Developer platform\n\n- ✅ **Shipped** — LaunchDarkly rollout to all services (after the [PoC](poc.md)) — Tom Becker\n- 🚧 **In progress** — Jenkins to GitHub Actions (17 of 23) — Tom Becker\n- 📅 **Planned** — Mobile BFF consolidation\n- ❌ **Cut** — Self-serve staging — too costly\n\n## Notes\n\n- Anything at risk gets a slot.\n";
        let items = read(text);
        let found: Vec<(&str, &str)> = items.iter().map(|item| (item.title.as_str(), item.status.id())).collect();
        assert_eq!(
            found,
            vec![
                ("LaunchDarkly rollout to all services (after the PoC)", "done"),
                ("Jenkins to GitHub Actions (17 of 23)", "in-progress"),
                ("Mobile BFF consolidation", "planned"),
                ("Self-serve staging", "dropped"),
            ]
        );
    }

    #[test]
    fn headings_that_are_items_with_their_state_after_a_dash() {
        let text = "*Last updated 11 May 2026.*\n\nLegend: 🟢 Shipped · 🔵 In flight · 🟠 At risk · ⚪ Not started · ✂️ Cut\n\n## Season 4\n\n### Season 4 capacity — 🟠 At risk\nNodes are late.\n\n### Matchmaker v3 (skill buckets) — 🔵 In flight\nBehind a flag.\n\n## Cut\n\n### GraphQL gateway — ✂️ Cut\nRejected.\n\n### Notes — what we learned\nText.\n";
        let items = read(text);
        let found: Vec<(&str, &str)> = items.iter().map(|item| (item.title.as_str(), item.status.id())).collect();
        assert_eq!(
            found,
            vec![
                ("Season 4 capacity", "at-risk"),
                ("Matchmaker v3 (skill buckets)", "in-progress"),
                ("GraphQL gateway", "dropped"),
            ]
        );
    }

    #[test]
    fn logseq_task_markers_are_states_at_any_depth() {
        let text = "type:: roadmap\n\n- Markers = state: DONE shipped, NOW in progress.\n- ## Matchmaking\n\t- DONE Open Match upgrade to 1.8\n\t- LATER Regional pools for LATAM\n\t  note:: needs a region first\n\t- DOING Leaderboards v2 — decision pending in [[adr/0006 leaderboards]]\n\t  owner:: Sven\n\t- WAITING PS5 certification\n\t- CANCELED Inventory on event sourcing — not worth it\n\t- NOW Cross-play linking\n\t  статус:: под угрозой\n\t- TODO Agones rollout\n";
        let items = read(text);
        let found: Vec<(&str, &str)> = items.iter().map(|item| (item.title.as_str(), item.status.id())).collect();
        assert_eq!(
            found,
            vec![
                ("Open Match upgrade to 1.8", "done"),
                ("Regional pools for LATAM", "planned"),
                ("Leaderboards v2", "in-progress"),
                ("PS5 certification", "at-risk"),
                ("Inventory on event sourcing", "dropped"),
                ("Cross-play linking", "at-risk"),
                ("Agones rollout", "planned"),
            ]
        );
    }

    #[test]
    fn a_kanban_board_s_lanes_with_open_boxes() {
        let text = "---\n\nkanban-plugin: basic\n\n---\n\n## Сейчас\n\n- [ ] Москва на VROOM @{2026-06-10}\n\n## Далее\n\n- [ ] Зоны на H3\n\n## Заблокировано\n\n- [ ] Интеграция с ТМС\n\n## Готово\n\n**Complete**\n- [x] Лимит волны\n\n## Не делаем\n\n- [ ] Своё приложение\n";
        let items = read(text);
        let states: Vec<&str> = items.iter().map(|item| item.status.id()).collect();
        assert_eq!(states, vec!["in-progress", "planned", "at-risk", "done", "dropped"]);
        let declined = "---\n\nkanban-plugin: basic\n\n---\n\n## Отказались\n\n- [ ] Service mesh (Linkerd) #mesh<br>не окупается\n";
        assert_eq!(read(declined)[0].status, RoadmapStatus::Dropped);
    }

    #[test]
    fn state_hashtags_of_a_knowledge_base() {
        let text = "# Roadmap 2027\n\nEvery item has one tag: `#now`, `#next`, `#later`, `#done`, `#cut`, `#slipping`.\n\n## Billing\n\n- Invoice preview — [[spec.preview]] #slipping\n  - waits on the PDF engine\n- Tax engine swap #now\n- Dunning emails #infra #next\n- Ledger export (#42 in the tracker) #done\n- Old PDF renderer #cut\n- Multi-currency #later\n- Новый биллинг #в-работе\n- Refunds API #infra\n";
        assert_eq!(
            summary(&read(text)),
            rows(vec![
                ("Invoice preview", "at-risk", None, None),
                ("Tax engine swap", "in-progress", None, None),
                ("Dunning emails #infra", "planned", None, None),
                ("Ledger export (#42 in the tracker)", "done", None, None),
                ("Old PDF renderer", "dropped", None, None),
                ("Multi-currency", "planned", None, None),
                ("Новый биллинг", "in-progress", None, None),
            ])
        );
    }

    #[test]
    fn items_whose_state_is_one_part_of_a_line() {
        let newsletter = "# Dispatch\n\n## Packaging\n\n### CMAF single packaging\nOne set of segments.\n*Where it stands:* **Shipped**\n\n### 4K HDR for the final\nNo rights.\n*Where it stands:* **Shelved** until the 2027 season\n";
        assert_eq!(
            summary(&read(newsletter)),
            rows(vec![("CMAF single packaging", "done", None, None), ("4K HDR for the final", "dropped", None, None)])
        );
        let epics = "# Карта\n\n## Шлюз\n\n### Переход на True API\nЭпик MDLP-E-12 · выгорание 21/55 SP · **в работе** — оценка\n\n### Тиражирование\nЭпик MDLP-E-16 · выгорание 0/40 SP · **ждёт решения** по ADR-09\n";
        assert_eq!(
            summary(&read(epics)),
            rows(vec![("Переход на True API", "in-progress", None, None), ("Тиражирование", "at-risk", None, None)])
        );
        let rocks = "# Roadmap\n\n## Big rocks\n\n- **Kafka event bus** (ADR-0021) · статус: in progress — `mq-bridge` в проде\n- ~~**Own broker**~~ · статус: dropped — вместо этого идемпотентность\n- **Plain** · 12 SP · owner: Ann\n";
        assert_eq!(
            summary(&read(rocks)),
            rows(vec![
                ("Kafka event bus (ADR-0021)", "in-progress", None, None),
                ("Own broker", "dropped", None, None)
            ])
        );
        let changelog = "# Roadmap\n\n## [Unreleased] — in progress\n\n### Added\n- **Stop-list sync v3** — после инцидента.\n\n### Changed\n- **Edge refresh** — ⚠ at risk: поставщик сдвинул.\n\n## [2026.03] — released 2026-03-24\n\n### Added\n- **Aggregator webhooks** — по ADR-11.\n\n## [Yanked] — dropped\n\n- **Own courier app** — дорого.\n";
        assert_eq!(
            summary(&read(changelog)),
            rows(vec![
                ("Stop-list sync v3", "in-progress", None, None),
                ("Edge refresh", "at-risk", None, None),
                ("Aggregator webhooks", "done", None, None),
                ("Own courier app", "dropped", None, None),
            ])
        );
        let plan = "# План мероприятий\n\n| № п/п | Мероприятие | Ответственный | Срок | Отметка об исполнении |\n|---|---|---|---|---|\n| 2 | Мониторинг DCS | Кузнецов А. В. | февраль 2026 | исполнено |\n| 10 | Электронная очередь | Гаврилова Е. С. | III квартал 2026 | не наступил срок |\n";
        let plan = read(plan);
        assert_eq!(
            plan.iter().map(|item| (item.title.as_str(), item.status.id())).collect::<Vec<_>>(),
            vec![("Мониторинг DCS", "done"), ("Электронная очередь", "planned")]
        );
        let noted = "# Roadmap\n\n## H2\n\n- ⏳ **Passkeys** — запланировано, ждёт решения по ADR-0006\n";
        assert_eq!(summary(&read(noted)), rows(vec![("Passkeys", "planned", None, None)]), "a note after the state");
    }

    #[test]
    fn a_project_s_health_beside_its_state() {
        let text = "# Q2 roadmap\n\n| Project | Lead | Status | Health | Target |\n|---|---|---|---|---|\n| Payment flow | Maria | In Progress | At risk | Jun 12 |\n| Pricing | Sergey | In Progress | On track | Jun 30 |\n| Autocomplete | Kate | In Progress | Off track | May 29 |\n| Promo v2 | Nik | Canceled | — | — |\n";
        let states: Vec<String> = read(text).into_iter().map(|item| item.status.id().to_owned()).collect();
        assert_eq!(states, ["at-risk", "in-progress", "at-risk", "dropped"]);
    }

    #[test]
    fn a_table_whose_names_are_in_the_row_under_a_blank_header() {
        // OneNote through pandoc: the header row blank, the names bold in the first row.
        let text = "# Роадмап Q2 2026\n\n| | | |\n|---|---|---|\n| **Инициатива** | **Ответственный** | **Статус** |\n| Автосверка | Денис | Готово |\n| 3DS 2.2 | — | Запланировано |\n";
        let items: Vec<(String, String)> =
            read(text).into_iter().map(|item| (item.title, item.status.id().to_owned())).collect();
        assert_eq!(
            items,
            vec![("Автосверка".to_owned(), "done".to_owned()), ("3DS 2.2".to_owned(), "planned".to_owned())]
        );
    }

    #[test]
    fn a_note_s_table_of_what_who_and_state() {
        let text = "# План на Q2 2026\n\n| Что | Кто | Статус | Комментарий |\n|---|---|---|---|\n| Перевести cron-джобы на Temporal | Олег | 🔄 в работе | 4 из 7 |\n| Убрать легаси-админку | Артём | ❌ отказались | продакт попросил |\n";
        let items: Vec<(String, String)> =
            read(text).into_iter().map(|item| (item.title, item.status.id().to_owned())).collect();
        assert_eq!(
            items,
            vec![
                ("Перевести cron-джобы на Temporal".to_owned(), "in-progress".to_owned()),
                ("Убрать легаси-админку".to_owned(), "dropped".to_owned()),
            ]
        );
    }

    #[test]
    fn a_tracker_project_s_tasks_with_their_workflow_states() {
        let text = "# Platform Roadmap H1 2026\n\n## Tasks in this project (3)\n\n| Task | Status | Assignees | Due date |\n|---|---|---|---|\n| Kafka 3.7 upgrade | Completed | Priya Nair | Feb 20, 2026 |\n| Service mesh decision | New | Elena Marsh | Jun 5, 2026 |\n| Preview environments | Cancelled | — | — |\n";
        let items: Vec<(String, String, Option<String>)> =
            read(text).into_iter().map(|item| (item.title, item.status.id().to_owned(), item.owner)).collect();
        assert_eq!(
            items,
            vec![
                ("Kafka 3.7 upgrade".to_owned(), "done".to_owned(), Some("Priya Nair".to_owned())),
                ("Service mesh decision".to_owned(), "planned".to_owned(), Some("Elena Marsh".to_owned())),
                ("Preview environments".to_owned(), "dropped".to_owned(), None),
            ]
        );
    }

    #[test]
    fn a_keyed_state_among_an_item_s_parts_over_its_lane() {
        let text = "# Roadmap\n\n## In progress\n\n- [ ] **Idempotency keys** — rollout per Decision 4 — Marcus Lee · due 2026-06-15 · Status: On track\n- [ ] **Failover automation** — Tom Becker · due 2026-06-30 · Status: At risk\n- [ ] **Queue-based capture** — Marcus Lee · due 2026-06-30 · Status: Off track\n";
        let items: Vec<(String, String, Option<String>)> =
            read(text).into_iter().map(|item| (item.title, item.status.id().to_owned(), item.owner)).collect();
        assert_eq!(
            items,
            vec![
                (
                    "Idempotency keys — rollout per Decision 4".to_owned(),
                    "in-progress".to_owned(),
                    Some("Marcus Lee".to_owned())
                ),
                ("Failover automation".to_owned(), "at-risk".to_owned(), Some("Tom Becker".to_owned())),
                ("Queue-based capture".to_owned(), "at-risk".to_owned(), Some("Marcus Lee".to_owned())),
            ]
        );
    }

    #[test]
    fn a_bold_state_between_dashes_over_its_lane() {
        let text = "# Roadmap\n\n## Now\n- Semantic search beta (k-NN) — **At risk** — security review still open\n- Throttling — **In progress** — follow-up\n- Synonyms API — blocked on Finance, but not needed before Q4\n";
        let items: Vec<(String, String)> =
            read(text).into_iter().map(|item| (item.title, item.status.id().to_owned())).collect();
        assert_eq!(
            items,
            vec![
                ("Semantic search beta (k-NN)".to_owned(), "at-risk".to_owned()),
                ("Throttling".to_owned(), "in-progress".to_owned()),
                ("Synonyms API".to_owned(), "in-progress".to_owned()),
            ],
            "a note in plain words is the lane's"
        );
    }

    #[test]
    fn a_tracker_key_beside_a_column_of_what_is_done() {
        let text = "# Роадмап\n\n| Задача | Что делаем | Статус |\n|---|---|---|\n| PLAT-150 | Алертинг на лаг консьюмеров | Done |\n| PLAT-158 | Шардирование Redis | Canceled |\n";
        let items: Vec<(String, String)> =
            read(text).into_iter().map(|item| (item.title, item.status.id().to_owned())).collect();
        assert_eq!(
            items,
            vec![
                ("Алертинг на лаг консьюмеров".to_owned(), "done".to_owned()),
                ("Шардирование Redis".to_owned(), "dropped".to_owned())
            ]
        );
    }

    #[test]
    fn tables_task_lists_and_headed_items() {
        let text = "# Роадмап\n\n## Инициативы\n\n| Инициатива | Владелец | Квартал | Статус |\n|---|---|---|---|\n| Монолит в Kubernetes | Дмитрий Волков | Q3 2026 | В работе |\n| [Checkout v2](../specs/tech-spec-checkout-v2.md) | Ольга | 2026-Q4 | Под угрозой |\n| ~~ClickHouse~~ | — | Q3 2026 | |\n\n## Статус\n\n- [x] Пилот Argo Rollouts\n- [ ] Перенос монолита — [план](../infra/x.md)\n- [ ] SLO первой волны — под угрозой\n- [-] Старое\n\n## Цели без статуса\n\n| # | Цель | Владелец |\n|---|---|---|\n| 1 | Не элемент | Кто-то |\n\n### Поиск без простоя\n\n- Статус: сделано\n\n```\n- [ ] в коде\n```\n";
        let items = read(text);
        assert_eq!(
            summary(&items),
            rows(vec![
                ("Монолит в Kubernetes", "in-progress", Some("Дмитрий Волков"), Some("2026-Q3")),
                ("Checkout v2", "at-risk", Some("Ольга"), Some("2026-Q4")),
                ("ClickHouse", "dropped", None, Some("2026-Q3")),
                ("Пилот Argo Rollouts", "done", None, None),
                ("Перенос монолита — план", "planned", None, None),
                ("SLO первой волны", "at-risk", None, None),
                ("Старое", "dropped", None, None),
                ("Поиск без простоя", "done", None, None),
            ])
        );
        assert_eq!(items[1].links, vec!["../specs/tech-spec-checkout-v2.md"]);
        assert_eq!(items[4].links, vec!["../infra/x.md"]);
    }

    #[test]
    fn a_status_after_the_title_is_not_part_of_the_title() {
        let text = "## Status\n\n- [ ] Search reindex (at risk)\n- [ ] Кеш каталога – в работе\n- [ ] Шлюз; done\n- [ ] Тире — не статус\n- Лимит батчей — сделано (3.7.1)\n- **Vector search GA** — 🟡 In progress (68% burned)\n- Второй провайдер — Под риском: договор не подписан\n- [ ] Migrate open claims — target 2026-05-29, in progress\n- [ ] Reserving projection — target 2026-07-31, at risk\n      (depends on the sign-off; two sessions slipped)\n- [ ] Payments, refunds and disputes — target Q3\n";
        let items = read(text);
        assert_eq!(
            summary(&items),
            rows(vec![
                ("Search reindex", "at-risk", None, None),
                ("Кеш каталога", "in-progress", None, None),
                ("Шлюз", "done", None, None),
                ("Тире — не статус", "planned", None, None),
                ("Лимит батчей", "done", None, None),
                ("Vector search GA", "in-progress", None, None),
                ("Второй провайдер", "at-risk", None, None),
                ("Migrate open claims", "in-progress", None, None),
                ("Reserving projection", "at-risk", None, None),
                ("Payments, refunds and disputes — target Q3", "planned", None, None),
            ])
        );
    }

    #[test]
    fn status_emoji_in_a_table_cell() {
        let text = "| Initiative | Status |\n|---|---|\n| A | 🟢 |\n| B | 🟡 Watch |\n| C | 🔴 Off track |\n| D | ✅ |\n| E | Пилот |\n";
        let items = read(text);
        let statuses: Vec<&str> = items.iter().map(|item| item.status.id()).collect();
        assert_eq!(statuses, vec!["in-progress", "at-risk", "at-risk", "done", "Пилот"]);
    }

    #[test]
    fn a_discovery_board_s_ideas_and_their_delivery_status() {
        let jpd = "## Now\n\n| Idea | Key | Delivery status | Notes |\n|---|---|---|---|\n| Usage alerts | PD-118 | Delivering | x |\n| SSO | PD-096 | Ready for delivery | |\n| PDF | PD-071 | Won't do | |\n| Dunning | PD-079 | Shipped | |\n";
        let items = read(jpd);
        let seen: Vec<(&str, &str)> = items.iter().map(|item| (item.title.as_str(), item.status.id())).collect();
        assert_eq!(
            seen,
            vec![("Usage alerts", "in-progress"), ("SSO", "planned"), ("PDF", "dropped"), ("Dunning", "done")]
        );
    }

    #[test]
    fn a_gitlab_epic_s_scoped_label() {
        let wiki = "| Эпик | Что | Лейбл | Комментарий |\n|---|---|---|---|\n| &21 | Обновление Agones | ~\"status::done\" | x |\n| &23 | Матчмейкинг | ~\"status::blocked\" | |\n";
        let items = read(wiki);
        let seen: Vec<(&str, &str)> = items.iter().map(|item| (item.title.as_str(), item.status.id())).collect();
        assert_eq!(seen, vec![("Обновление Agones", "done"), ("Матчмейкинг", "at-risk")]);
    }

    #[test]
    fn a_board_s_label_that_is_a_state() {
        let loop_page = "| Item | Owner | Label | Target |\n|---|---|---|---|\n| A | Ilya | 🔵 In progress | Q2 |\n| B | Ilya | ⚫ Cut | — |\n| C | Olga | 🟢 Done | Q1 |\n";
        let items = read(loop_page);
        let statuses: Vec<&str> = items.iter().map(|item| item.status.id()).collect();
        assert_eq!(statuses, vec!["in-progress", "dropped", "done"]);
        let tags = "| Item | Labels | Target |\n|---|---|---|\n| A | backend | Q2 |\n";
        assert_eq!(read(tags)[0].status.id(), "planned", "a label that names no state says nothing");
    }

    #[test]
    fn sections_named_by_status() {
        let text = "# Roadmap\n\n## Done\n\n- Iceberg for the curated layer (Q1) — all 86 tables migrated.\n\n## In progress\n\n- Airflow → Dagster migration (Q2–Q3) — about 30% ported\n\n## Planned\n\n- Chargeback of credits (Q4) — blocked on Finance, but not needed before Q4.\n- ✅ Lineage pilot\n\n## Not doing\n\n- ~~Feature store (Q4)~~ — dropped in May.\n\n## Риски\n\n- Нет людей\n";
        assert_eq!(
            summary(&read(text)),
            rows(vec![
                ("Iceberg for the curated layer", "done", None, None),
                ("Airflow → Dagster migration", "in-progress", None, None),
                ("Chargeback of credits", "planned", None, None),
                ("Lineage pilot", "done", None, None),
                ("Feature store", "dropped", None, None),
            ])
        );
    }

    #[test]
    fn sections_named_not_started_and_cut() {
        let text = "# Roadmap H1\n\n## Not started\n\n- **OTA delta updates** — waiting for ADR-0004.\n\n## Cut\n\n\
                    - **Kafka tiered storage** — deprioritised.\n\n## Не начинали\n\n- **Ротация сертификатов** — после июня.\n\n\
                    ### Исключено из квартала\n\n* Токенизация PAN в HSM — решение отклонено (ADR-02)\n";
        assert_eq!(
            summary(&read(text)),
            rows(vec![
                ("OTA delta updates", "planned", None, None),
                ("Kafka tiered storage", "dropped", None, None),
                ("Ротация сертификатов", "planned", None, None),
                ("Токенизация PAN в HSM", "dropped", None, None),
            ])
        );
    }

    #[test]
    fn themes_hold_items_and_asides_do_not() {
        let text = "# Roadmap H2\n\n## Reliability of alerting / Надёжность алертинга\n\n- **Wildcard silence guard** — `DONE` — rejects silences\n- **External dead man's switch** — `IN PROGRESS` — pilot\n\n## Metrics storage\n\n- **Mimir migration** — `DROPPED` — staying on Thanos\n- **Payments reconciliation** — In flight\n- **Dunning service** — Cut\n\n## Риски\n\n- Нет второго инженера — под угрозой сдвиг\n";
        assert_eq!(
            summary(&read(text)),
            rows(vec![
                ("Wildcard silence guard", "done", None, None),
                ("External dead man's switch", "in-progress", None, None),
                ("Mimir migration", "dropped", None, None),
                ("Payments reconciliation", "in-progress", None, None),
                ("Dunning service", "dropped", None, None),
            ])
        );
    }

    #[test]
    fn a_board_of_state_columns_and_rag_words() {
        let board = "## Доска\n\n| Сделано | Сейчас | Следом | Позже | Снято |\n|---|---|---|---|---|\n| Раздача | Списания | Пилот ABT | Открытый API | ~~Эквайринг~~ |\n| | ⚠ Откат валидатора | | | |\n";
        assert_eq!(
            summary(&read(board)),
            rows(vec![
                ("Раздача", "done", None, None),
                ("Списания", "in-progress", None, None),
                ("Пилот ABT", "planned", None, None),
                ("Открытый API", "planned", None, None),
                ("Эквайринг", "dropped", None, None),
                ("Откат валидатора", "at-risk", None, None),
            ])
        );
        let rag = "## Theme\n\n| # | Milestone | Target | RAG | Commentary |\n|---|---|---|---|---|\n| M1 | Admission control | Feb 2026 | Complete | |\n| M2 | Back-off | Mar 2026 | Amber | |\n| M3 | Async boot | Apr 2026 | Green | |\n| M4 | EMS | Q4 | Descoped | |\n| M5 | PnC | Q3 | Not started | |\n";
        let statuses: Vec<String> = read(rag).iter().map(|item| item.status.id().to_owned()).collect();
        assert_eq!(statuses, vec!["done", "at-risk", "in-progress", "dropped", "planned"]);
        let okr = "## Цель 1\n\n- **КР 1.1.** Приём EDI без потерь — **100 %**\n- **КР 1.2.** Алерты по линиям — **40 %**\n- **КР 1.3.** Потоковый приём — **0 %**\n- Release train — in QA\n";
        let statuses: Vec<String> = read(okr).iter().map(|item| item.status.id().to_owned()).collect();
        assert_eq!(statuses, vec!["done", "in-progress", "planned", "in-progress"]);
        assert_eq!(RoadmapStatus::known("отстаём ~2 нед"), Some(RoadmapStatus::AtRisk), "behind, in the first person");
        assert_eq!(
            RoadmapStatus::known("ждём решения"),
            Some(RoadmapStatus::AtRisk),
            "waits for a decision, as «ждёт решения»"
        );
        assert_eq!(RoadmapStatus::known("Pending decision"), Some(RoadmapStatus::AtRisk));
        assert_eq!(
            RoadmapStatus::known("**ждём решения** от Паши"),
            Some(RoadmapStatus::AtRisk),
            "a bold state, then a note on it"
        );
        assert_eq!(RoadmapStatus::known("ждём решения от Паши"), None, "a phrase, not a state");
        assert_eq!(
            RoadmapStatus::from_text("Reduced scope"),
            Some(RoadmapStatus::Unknown("Reduced scope".to_owned())),
            "a word that opens with a colour"
        );
    }

    #[test]
    fn a_status_tag_before_the_title() {
        let text = "# Roadmap\n\n## Now (Q3–Q4)\n\n- [IN PROGRESS] **HTTP/3 on all PoPs** — 14 of 23 PoPs;\n  details in the [spec](spec.md)\n- [DONE] **Envoy** — see [ADR](adr/x.md)\n- [AT RISK] **ACME for every certificate** — blocked\n- [CUT] **Own anycast DNS** — managed DNS instead\n- [link](x.md) is no tag\n";
        assert_eq!(
            summary(&read(text)),
            rows(vec![
                ("HTTP/3 on all PoPs", "in-progress", None, None),
                ("Envoy", "done", None, None),
                ("ACME for every certificate", "at-risk", None, None),
                ("Own anycast DNS", "dropped", None, None),
            ])
        );
    }

    #[test]
    fn an_impact_map_s_deliverables_and_an_application_portfolio_s_rows() {
        let map = "# Impact map 2026/27\n\n## Actor: day guests\n\n### Impact: buy a ticket without a window\n\n\
                   - **Pay-and-go web shop** → live\n- **Dynamic pricing** → building\n\
                   - **Validation platform (ADR-0023)** → awaiting decision — COO, by 10 April\n";
        let seen: Vec<_> = read(map).into_iter().map(|item| (item.title, item.status)).collect();
        assert_eq!(
            seen,
            vec![
                ("Pay-and-go web shop".to_owned(), RoadmapStatus::Done),
                ("Dynamic pricing".to_owned(), RoadmapStatus::InProgress),
                ("Validation platform (ADR-0023)".to_owned(), RoadmapStatus::AtRisk),
            ]
        );
        let time = "## Invest\n\n| Приложение / задача | Что делаем в 2026 | Срок | Статус |\n|---|---|---|---|\n| ЛИС «Квант» 7.4 | Новая версия | февраль | выполнено |\n| Отчётная база на Access | Не трогаем | — | заморожено |\n";
        let seen: Vec<_> = read(time).into_iter().map(|item| (item.title, item.status)).collect();
        assert_eq!(
            seen,
            vec![
                ("ЛИС «Квант» 7.4".to_owned(), RoadmapStatus::Done),
                ("Отчётная база на Access".to_owned(), RoadmapStatus::AtRisk),
            ]
        );
    }

    #[test]
    fn a_plan_s_clauses_with_their_state_in_a_sentence() {
        let plan = "# План-график работ на II квартал\n\n## 1. РАЗВИТИЕ\n\n- 1.1. Переход на Astra Linux SE (по ТР-03). Срок: июнь 2026. Статус: Не начато.\n- 1.2. Модуль уведомлений. Срок: 30.06.2026. Статус: Под угрозой срыва — нет данных.\n- 1.3. Кэш на Tarantool. Статус: Исключено (по результатам макетирования).\n- 1.4. Примечание без статуса. Срок: май.\n";
        let seen: Vec<_> = read(plan).into_iter().map(|item| (item.title, item.status)).collect();
        assert_eq!(
            seen,
            vec![
                ("Переход на Astra Linux SE (по ТР-03)".to_owned(), RoadmapStatus::Planned),
                ("Модуль уведомлений".to_owned(), RoadmapStatus::AtRisk),
                ("Кэш на Tarantool".to_owned(), RoadmapStatus::Dropped),
            ]
        );
    }

    #[test]
    fn a_stage_gate_s_and_a_rice_table_s_states() {
        for (text, status) in [
            ("In execution", RoadmapStatus::InProgress),
            ("building", RoadmapStatus::InProgress),
            ("Awaiting gate", RoadmapStatus::Planned),
            ("Stopped", RoadmapStatus::Dropped),
            ("killed", RoadmapStatus::Dropped),
            ("parked", RoadmapStatus::AtRisk),
            // A work-management board's columns and a tracker's task states.
            ("Working on it", RoadmapStatus::InProgress),
            ("Stuck", RoadmapStatus::AtRisk),
            ("Завершена", RoadmapStatus::Done),
            ("Выполнена", RoadmapStatus::Done),
            ("Решён", RoadmapStatus::Done),
            ("Решено (2026-03-01)", RoadmapStatus::Done),
            ("Открыт", RoadmapStatus::Planned),
            ("Отменён", RoadmapStatus::Dropped),
        ] {
            assert_eq!(RoadmapStatus::from_text(text), Some(status), "{text}");
        }
        assert_eq!(RoadmapStatus::from_text("live"), Some(RoadmapStatus::Done));
        assert_eq!(RoadmapStatus::from_cell("**План**"), Some(RoadmapStatus::Planned), "a badge's word for planned");
        assert_eq!(
            written_status("dbt для трансформаций — в работе, под угрозой: нет второго инженера"),
            Some((RoadmapStatus::AtRisk, "dbt для трансформаций")),
            "under way, and at risk"
        );
        assert_eq!(
            written_status("Отчёт — в работе, сделано примерно 60%"),
            Some((RoadmapStatus::InProgress, "Отчёт")),
            "a note after the comma"
        );
        assert_eq!(RoadmapStatus::from_cell("План B"), Some(RoadmapStatus::Unknown("План B".to_owned())));
        assert_eq!(RoadmapStatus::known("план"), None, "outside a status column, a plan is a document");
        assert_eq!(RoadmapStatus::known("решение отложено до Q3"), None, "a decision is no state");
        assert_eq!(
            written_status("Отчёт по простоям для логистов — в процессе, сделано примерно 60%")
                .map(|(status, _)| status),
            Some(RoadmapStatus::InProgress),
            "the state after the dash, not its note"
        );
        assert_eq!(RoadmapStatus::from_text("заморожено"), Some(RoadmapStatus::AtRisk));
        // Trackers' own words: Targetprocess's, Planfix's.
        assert_eq!(RoadmapStatus::from_text("Open"), Some(RoadmapStatus::Planned));
        assert_eq!(RoadmapStatus::from_text("Новая"), Some(RoadmapStatus::Planned));
        assert_eq!(RoadmapStatus::from_text("In Testing"), Some(RoadmapStatus::InProgress));
        assert_eq!(RoadmapStatus::from_text("Завершенная"), Some(RoadmapStatus::Done));
        assert_eq!(RoadmapStatus::from_text("В работе (риск срыва)"), Some(RoadmapStatus::AtRisk));
        assert_eq!(RoadmapStatus::from_text("In progress (CDN covered)"), Some(RoadmapStatus::InProgress));
        let not_begun = RoadmapStatus::from_text("не начинали, ждём решения по ADR-03");
        assert_eq!(not_begun, Some(RoadmapStatus::Planned));
        let thrown_out = RoadmapStatus::from_text("выкинули из квартала, переносим на Q3");
        assert_eq!(thrown_out, Some(RoadmapStatus::Dropped));
        assert!(is_legend_header(&["Отметка".to_owned(), "Что значит".to_owned()]));
        assert!(!is_legend_header(&["Status".to_owned(), "Owner".to_owned()]));
    }

    #[test]
    fn states_named_in_bold_are_no_legend_of_marks() {
        assert!(read_legend(
            "Статусы: **Сделано** · **В работе** · **Под угрозой** (срок под вопросом) · **Отменено**"
        )
        .is_empty());
        let text = "# Роадмап 2026\n\nСтатусы: **Сделано** · **В работе** · **Отменено**\n\n## Снято с плана\n\n- **Свой service mesh** (#501) — Отменено\n";
        assert_eq!(summary(&read(text)), rows(vec![("Свой service mesh (#501)", "dropped", None, None)]));
    }

    #[test]
    fn a_table_by_quarter_with_a_legend_of_marks() {
        let text = "# Дорожная карта\n\nОбозначения в ячейках: ✔ — сделано, ▶ — в работе, ○ — запланировано, ⚠ — под риском, ✖ — снято с плана.\n\n| Инициатива | Q1 | Q2 | Q3 | Q4 |\n|---|---|---|---|---|\n| Офлайн-корзина | ✔ | | | |\n| Каталог на Compose | ✔ этап 1 | ▶ этап 2 | ○ этап 3 | |\n| Платёжный SDK | | ⚠ | | |\n| Виджеты iOS | | | | ✖ |\n| Поднять minSdk | | | | ○ |\n| Пустая строка | | | | |\n";
        assert_eq!(
            summary(&read(text)),
            rows(vec![
                ("Офлайн-корзина", "done", None, None),
                ("Каталог на Compose", "in-progress", None, None),
                ("Платёжный SDK", "at-risk", None, None),
                ("Виджеты iOS", "dropped", None, None),
                ("Поднять minSdk", "planned", None, None),
            ])
        );
        assert_eq!(read_legend("Статус: ✔ — готово"), vec![], "one mark is no legend");
        let listed = "# Roadmap\n\nLegend:\n✅ done · 🔨 в работе / in progress · ⚠️ at risk · 📋 planned · 🗑️ dropped\n\n## Foundation\n\n- 🔨 **Leaderboards on ScyllaDB** — PoC passed\n- 📋 **Launch checklist as code** — planned for Sprint 34\n- ✅ **Kafka pipeline** — done\n";
        assert_eq!(
            summary(&read(listed)),
            rows(vec![
                ("Leaderboards on ScyllaDB", "in-progress", None, None),
                ("Launch checklist as code", "planned", None, None),
                ("Kafka pipeline", "done", None, None),
            ]),
            "a list's marks from the legend"
        );
    }

    #[test]
    fn lists_under_quarter_headings_take_the_quarter() {
        let text = "# Tech roadmap 2027\n\n## Q4 2026\n\n- [x] Observability: OpenTelemetry — done\n- Rate limiting v2 — in progress\n- Zero-downtime deploys — at risk ⚠️\n- A plain note without a status\n\n### Details\n\n- ✅ Alerts on burn rate\n\n## 1 кв. 2027\n\n- Реплики в двух регионах — в плане\n- ~~GraphQL-шлюз~~\n- 🚧 Vault для всех сервисов\n\n## 2026-Q2 (перенесено)\n\n- [ ] Secrets in [Vault](../infra/vault.md) — in progress\n\n## Риски\n\n- Команда занята — в работе над инцидентами\n";
        let items = read(text);
        assert_eq!(
            summary(&items),
            rows(vec![
                ("Observability: OpenTelemetry", "done", None, Some("2026-Q4")),
                ("Rate limiting v2", "in-progress", None, Some("2026-Q4")),
                ("Zero-downtime deploys", "at-risk", None, Some("2026-Q4")),
                ("Alerts on burn rate", "done", None, Some("2026-Q4")),
                ("Реплики в двух регионах", "planned", None, Some("2027-Q1")),
                ("GraphQL-шлюз", "dropped", None, Some("2027-Q1")),
                ("Vault для всех сервисов", "in-progress", None, Some("2027-Q1")),
                ("Secrets in Vault", "in-progress", None, Some("2026-Q2")),
            ])
        );
        assert_eq!(items[7].links, vec!["../infra/vault.md"]);
    }

    #[test]
    fn quarters_without_a_year_are_of_the_year_the_roadmap_plans() {
        let text = "# Tech roadmap 2026\n\n## Q1\n\n- [x] Migrate to PG 16\n\n## 2 кв.\n\n| Initiative | Status | Target |\n|---|---|---|\n| Service mesh | 🟢 On track | |\n| SSO | ⚪ Not started | Q3 |\n\n## Q4 (stretch goals)\n\n- Cell architecture — planned\n";
        let items = super::read(&Outline::read(text, 0), Some(2026));
        assert_eq!(
            summary(&items),
            rows(vec![
                ("Migrate to PG 16", "done", None, Some("2026-Q1")),
                ("Service mesh", "in-progress", None, Some("2026-Q2")),
                ("SSO", "planned", None, Some("2026-Q3")),
                ("Cell architecture", "planned", None, Some("2026-Q4")),
            ])
        );
        let noted = super::read(&Outline::read("## Plans for Q3 and beyond\n\n- Mesh — planned\n", 0), Some(2026));
        assert_eq!(noted[0].quarter, None, "a heading that only mentions a quarter");
        assert!(read(text).iter().all(|item| item.quarter.is_none()), "no year, no quarter");
    }

    #[test]
    fn a_confluence_status_lozenge_in_a_cell() {
        for (cell, expected) in
            [("STATUS: DONE", "done"), ("STATUS: NOT STARTED", "planned"), ("Статус: в работе", "in-progress")]
        {
            assert_eq!(
                RoadmapStatus::from_text(cell).map(|status| status.id().to_owned()),
                Some(expected.to_owned()),
                "{cell}"
            );
        }
    }

    #[test]
    fn items_that_name_their_owner_and_key_their_state() {
        let text = "# Platform roadmap — H2 2026\n\n## Q3\n\n- **Redis 7 upgrade** — Oskar — Status: Done\n\
                    - **Backup restore drills** ([runbook](rb.md)) — Ines Vidal — Status: In progress\n\
                    - **Legacy FTP feed** — Oskar — **Status:** Dropped\n    - one partner still uses it\n\n\
                    ## Q4\n\n- **Queue for webhooks** — after the [March outage](pm.md) — team Core — Status: At risk\n\n\
                    ## Summary\n\n| Status | Count |\n|---|---:|\n| Done | 1 |\n";
        let items = super::read(&Outline::read(text, 0), Some(2026));
        assert_eq!(
            summary(&items),
            rows(vec![
                ("Redis 7 upgrade", "done", Some("Oskar"), Some("2026-Q3")),
                ("Backup restore drills (runbook)", "in-progress", Some("Ines Vidal"), Some("2026-Q3")),
                ("Legacy FTP feed", "dropped", Some("Oskar"), Some("2026-Q3")),
                ("Queue for webhooks — after the March outage", "at-risk", Some("team Core"), Some("2026-Q4")),
            ])
        );
    }

    #[test]
    fn a_quarter_s_item_holds_the_quarter_s_items() {
        let text = "# Roadmap H1 2026\n\nStatuses: Done / In progress / Planned.\n\n\
                    - Q1 2026 (январь — март)\n    - Maestro UI tests in CI — **Done**. Results: [PoC](poc.md)\n\
                    \x20   - KMP networking layer — **Dropped for H1**, решение отложено\n\
                    - Q2 2026 (апрель — июнь)\n    - Offline cart — **In progress**\n\
                    \x20   - Accessibility audit (VoiceOver) — **Не начато**, ждём подрядчика\n\
                    \x20       - a note under the item, no item of its own — **Done**\n\n\
                    ## Notes\n\n- Offline cart — the quarter's main priority.\n";
        let items = super::read(&Outline::read(text, 0), Some(2026));
        assert_eq!(
            summary(&items),
            rows(vec![
                ("Maestro UI tests in CI", "done", None, Some("2026-Q1")),
                ("KMP networking layer", "dropped", None, Some("2026-Q1")),
                ("Offline cart", "in-progress", None, Some("2026-Q2")),
                ("Accessibility audit (VoiceOver)", "planned", None, Some("2026-Q2")),
            ])
        );
    }

    #[test]
    fn a_status_before_a_link_on_the_next_line() {
        let text = "## Initiatives\n\n- **pgvector as the vector store** — Dropped, superseded by\n  [ADR-0012](adr-0012-vector-store.md)\n";
        let items = read(text);
        assert_eq!(items.len(), 1);
        assert_eq!(
            (items[0].title.as_str(), &items[0].status),
            ("pgvector as the vector store", &RoadmapStatus::Dropped)
        );
        assert_eq!(items[0].links, vec!["adr-0012-vector-store.md".to_owned()]);
    }
}
