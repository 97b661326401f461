//! A decision taken in a discussion thread: a GitHub Discussion or issue exported to Markdown
//! (`### Comment by @login — 2026-02-11`, `#### ↳ Reply by …`, `**@login** commented on …`)
//! whose post states «Статус: предложено» and whose comments then decide — «Принято.»,
//! «Статус — **принято**, 19.09.2025», "Status: rejected", «Решение заменено ADR-03». The
//! last comment that states a status is the record's status now; the comment that first
//! took it to a decision dates it.

use super::date::Date;
use super::outline::{Outline, Role};
use super::vocab::{fold, Status, Vocabulary};

/// What the comments of a thread decided.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ThreadDecision {
    /// The status the last deciding comment states.
    pub status: Status,
    /// The words that state it, as written.
    pub as_written: String,
    /// 1-based line of that statement.
    pub line: usize,
    /// The day of the comment that first accepted or rejected it, when its heading has one.
    pub decided_on: Option<(Date, usize)>,
}

/// One comment: its heading's level, day and line (0-based), and the lines of its body.
struct Comment {
    level: usize,
    day: Option<Date>,
    heading_line: usize,
    body: std::ops::Range<usize>,
}

/// What the comments of `outline` decided, when it is a thread and one of them states a
/// status.
pub(crate) fn read(outline: &Outline<'_>, vocabulary: &Vocabulary) -> Option<ThreadDecision> {
    let comments = comments(outline);
    let mut decision: Option<ThreadDecision> = None;
    for comment in &comments {
        let Some((status, as_written, line)) = stated_in(outline, comment, vocabulary) else { continue };
        let first_decision = matches!(status, Status::Accepted | Status::Rejected)
            && decision.as_ref().is_none_or(|earlier| earlier.decided_on.is_none());
        let decided_on = match (&decision, first_decision) {
            (_, true) => comment.day.map(|day| (day, comment.heading_line + 1)),
            (Some(earlier), false) => earlier.decided_on,
            (None, false) => None,
        };
        decision = Some(ThreadDecision { status, as_written, line: line + 1, decided_on });
    }
    decision
}

/// The comments of a thread: headings that say who commented (and when), each up to the
/// next heading at its level or above; or, in a forum's export, bylines (`**@d.petrov** ·
/// 2025-07-03 08:47`), each up to the next.
fn comments(outline: &Outline<'_>) -> Vec<Comment> {
    let headed = headed_comments(outline);
    if !headed.is_empty() {
        return headed;
    }
    let bylines: Vec<(usize, Date)> = outline
        .iter()
        .filter(|(index, _, role)| *role == Role::Text && outline.quote_depth(*index) == 0)
        .filter_map(|(index, line, _)| byline_day(line).map(|day| (index, day)))
        .collect();
    bylines
        .iter()
        .enumerate()
        .map(|(at, &(index, day))| {
            let end = bylines.get(at + 1).map_or(outline.len(), |(next, _)| *next);
            Comment { level: 2, day: Some(day), heading_line: index, body: index + 1..end }
        })
        .collect()
}

/// `**@d.petrov** · 2025-07-03 08:47`, `@anna — 4 March 2026`, a chat's `**Кирилл Соболев**
/// · 2025-03-03 11:04` (Zulip's, YouGile's): a line that is a reply's author and day, and its
/// day.
fn byline_day(line: &str) -> Option<Date> {
    let line = line.trim();
    if let Some(day) = named_byline_day(line) {
        return Some(day);
    }
    let handle = line.strip_prefix("**@").or_else(|| line.strip_prefix('@'))?;
    let end = handle.find(|c: char| !(c.is_alphanumeric() || matches!(c, '.' | '-' | '_')))?;
    let after = handle[end..].trim_start_matches('*').trim_start();
    let day = after.strip_prefix(['·', '—', '–', '-', ',', '|'])?;
    (line.chars().count() <= 80).then(|| Date::find(day)).flatten()
}

/// `**Кирилл Соболев** · 2025-03-03 11:04`, `**И. Белова** — 14.05.2026`: a person's name
/// (two or three capitalised words) in bold, then after a separator a day and nothing but its
/// time.
fn named_byline_day(line: &str) -> Option<Date> {
    let (name, after) = line.strip_prefix("**")?.split_once("**")?;
    let words: Vec<&str> = name.split_whitespace().collect();
    let named = (2..=3).contains(&words.len())
        && words.iter().all(|word| {
            word.starts_with(char::is_uppercase) && word.chars().all(|c| c.is_alphabetic() || matches!(c, '.' | '-'))
        });
    // Element's export: `**Maria Petrova** (@maria:matrix.example.ru) — 10.02.2026 11:00`.
    let after = after.trim_start();
    let after = match after.strip_prefix("(@").and_then(|handle| handle.split_once(')')) {
        Some((handle, rest)) if !handle.contains(char::is_whitespace) => rest,
        _ => after,
    };
    let stamp = after.trim_start().strip_prefix(['·', '—', '–', '|'])?.trim();
    let dated_only = stamp.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | '/' | ':' | ' '));
    (named && dated_only).then(|| Date::find(stamp)).flatten()
}

/// The comments of a thread whose comments are headings.
fn headed_comments(outline: &Outline<'_>) -> Vec<Comment> {
    let headings: Vec<(usize, usize, &str)> = outline
        .iter()
        .filter_map(|(index, _, role)| match role {
            Role::Heading(heading) => Some((index, heading.level, heading.text)),
            _ => None,
        })
        .collect();
    headings
        .iter()
        .enumerate()
        .filter(|(_, (_, _, text))| is_comment_heading(text))
        .map(|(at, &(index, level, text))| {
            let end = headings[at + 1..]
                .iter()
                .find(|(_, next_level, next_text)| *next_level <= level || is_comment_heading(next_text))
                .map_or(outline.len(), |(next, _, _)| *next);
            Comment { level, day: Date::find(text), heading_line: index, body: index + 1..end }
        })
        .filter(|comment| comment.level >= 2)
        .collect()
}

/// `Comment by @login — 2026-02-11`, `↳ Reply by @login`, `@login commented on 4 Mar 2026`,
/// «Комментарий @login, 11.02.2026», «Ответ от @login».
fn is_comment_heading(text: &str) -> bool {
    let folded = fold(text.trim_start_matches(|c: char| !c.is_alphanumeric() && c != '@'));
    // GitLab's `#### Note by @a.belov on 2025-10-07 16:30`.
    let opens =
        ["comment by", "comment from", "reply by", "reply from", "note by", "комментарий", "ответ от", "ответ @"]
            .iter()
            .any(|opener| folded.starts_with(opener));
    // `### @vtkachenko — 2025-09-19 08:47 UTC`: an issue exporter's comment, by its author and day.
    let dated_handle = || byline_day(text).is_some();
    opens || folded.starts_with('@') && (folded.contains(" commented") || folded.contains(" replied") || dated_handle())
}

/// The status a comment states, its words and its line: a `Статус — принято` / "Status:
/// rejected" / «Статус оставляем «предложено»» anywhere in it, a comment that opens with a
/// decision («Принято.», «Принимаем.», "Approved."), or «заменено ADR-03» / "superseded by".
fn stated_in(outline: &Outline<'_>, comment: &Comment, vocabulary: &Vocabulary) -> Option<(Status, String, usize)> {
    let mut found = None;
    let mut opening = true;
    for index in comment.body.clone() {
        if outline.quote_depth(index) > 0 {
            continue; // a quote of an earlier comment
        }
        let (text, is_text) = match outline.role(index) {
            Role::Text => (outline.content(index), true),
            Role::Item(item) => (item.text, true),
            _ => ("", false),
        };
        if !is_text || text.trim().is_empty() {
            continue;
        }
        let plain = text.replace("**", "").replace(['«', '»', '"', '✅', '❌'], "");
        let stated = scoped_label(text, vocabulary)
            .or_else(|| status_after_label(&plain, vocabulary))
            .or_else(|| opening.then(|| opening_decision(&plain, vocabulary)).flatten())
            .or_else(|| superseded(&plain));
        opening = false;
        if let Some((status, words)) = stated {
            found = Some((status, words, index));
        }
    }
    found
}

/// Labels that open a comment's statement of the outcome: «Итог обсуждения: принято»,
/// "Decision: accepted at the sync", "Decision (ops review 2025-10-30): Accepted".
/// A deciding body's word too: «Архкомитет: принято.», "Architecture board: accepted".
const OUTCOME_LABELS: [&str; 12] = [
    "итог обсуждения",
    "итог",
    "решение",
    "decision",
    "resolution",
    "outcome",
    "архкомитет",
    "архитектурный комитет",
    "техкомитет",
    "architecture board",
    "architecture review board",
    "arch review",
];

/// What follows an outcome's label in `folded` (a note in brackets after the label
/// passed over, then the colon).
fn after_outcome_label(folded: &str) -> Option<&str> {
    OUTCOME_LABELS.iter().find_map(|label| {
        let at = folded.find(label)?;
        let mut rest = folded[at + label.len()..].trim_start();
        if let Some(inside) = rest.strip_prefix('(') {
            rest = inside.split_once(')')?.1.trim_start();
        }
        rest.strip_prefix(':').map(str::trim_start)
    })
}

/// `Статус — принято`, "Status: rejected", «статус оставляем предложено», «статус меняю на
/// принято»: the status after the word «статус» / "status" in a sentence, or after a label
/// that opens the outcome (`Decision: accepted`).
fn status_after_label(text: &str, vocabulary: &Vocabulary) -> Option<(Status, String)> {
    let folded = fold(text);
    if let Some(rest) = after_outcome_label(&folded) {
        if let Some((status, after_status)) = vocabulary.status_prefix(rest) {
            return Some((status, rest[..rest.len() - after_status.len()].trim().to_owned()));
        }
    }
    let at = ["статус", "status"].iter().filter_map(|label| folded.find(label).map(|at| (at, label.len()))).min()?;
    let after = folded[at.0 + at.1..].trim_start_matches(|c: char| c.is_alphabetic()); // «статуса», "statuses"
    let mut rest = after.trim_start_matches([' ', ':', '—', '–', '-', '→']).trim_start();
    for filler in
        ["оставляем ", "оставляю ", "меняем на ", "меняю на ", "теперь ", "is now ", "is ", "to ", "changed to "]
    {
        rest = rest.strip_prefix(filler).unwrap_or(rest);
    }
    let (status, after_status) = vocabulary.status_prefix(rest)?;
    let words = rest[..rest.len() - after_status.len()].trim().to_owned();
    Some((status, words))
}

/// `/label ~"decision::accepted"` (a quick action), `added ~"decision::superseded" label` (a
/// system note): a GitLab scoped label that states the decision's status.
fn scoped_label(text: &str, vocabulary: &Vocabulary) -> Option<(Status, String)> {
    let at = text.find("~\"decision::").or_else(|| text.find("~decision::"))?;
    let label = &text[at..];
    let value = label.split("::").nth(1)?.split(['"', ' ']).next()?;
    if text[..at].contains("removed") {
        return None;
    }
    let (status, rest) = vocabulary.status_prefix(value)?;
    rest.trim().is_empty().then(|| (status, value.to_owned()))
}

/// A comment that opens with its decision: «Принято.», «Принимаем.», "Approved.",
/// «Отклоняем.» — one to three words before the first full stop.
fn opening_decision(text: &str, vocabulary: &Vocabulary) -> Option<(Status, String)> {
    let sentence = text.split(['.', '!', '\n']).next().unwrap_or(text).trim();
    let words: Vec<&str> = sentence.split_whitespace().collect();
    if words.is_empty() || words.len() > 3 || sentence.len() == text.trim().len() && !text.trim().ends_with(['.', '!'])
    {
        return None;
    }
    let folded = fold(sentence);
    let verb = match folded.as_str() {
        "принимаем" | "принимаю" | "принимается" | "approve" | "approving" | "accepting" | "lgtm, accepting" => {
            Some(Status::Accepted)
        }
        "отклоняем" | "отклоняю" | "отклоняется" | "declining" => Some(Status::Rejected),
        _ => None,
    };
    let status = verb.or_else(|| {
        let (status, rest) = vocabulary.status_prefix(&folded)?;
        rest.trim().is_empty().then_some(status)
    })?;
    Some((status, sentence.to_owned()))
}

/// «Решение заменено ADR-03», "Superseded by ADR-7": the record replaced by another.
fn superseded(text: &str) -> Option<(Status, String)> {
    let folded = fold(text);
    let phrase = ["заменено adr", "заменен adr", "заменена adr", "superseded by adr", "superseded by"]
        .iter()
        .find(|phrase| folded.contains(*phrase))?;
    Some((Status::Superseded, phrase.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decided(text: &str) -> Option<ThreadDecision> {
        let outline = Outline::read(text, 0);
        read(&outline, &Vocabulary::default())
    }

    const POST: &str = "# [ADR-02] Хранение 90 дней\n\nСтатус: на обсуждении\n\n## Контекст\n\nТекст.\n\n";

    #[test]
    fn the_last_comment_that_states_a_status_decides_and_the_first_decision_dates_it() {
        let text = format!(
            "{POST}### Comment by @dkoval — 2025-10-08\n\nПоддерживаю. Статус пусть решит архитектор.\n\n\
             ### Comment by @n-belova — 2025-10-15\n\nПринято. 90 дней для всех сырых событий.\n\n\
             ### Comment by @n-belova — 2026-02-11\n\nРешение заменено ADR-03, закрываю.\n"
        );
        let decision = decided(&text).unwrap();
        assert_eq!(decision.status, Status::Superseded);
        assert_eq!(decision.decided_on.map(|(day, _)| day), Date::new(2025, 10, 15));
    }

    #[test]
    fn a_status_stated_mid_comment_and_one_kept_as_it_was() {
        let text = format!(
            "{POST}### Comment by @n-belova — 2025-09-19\n\nПодвожу итог.\n\nСтатус — **принято**, 19.09.2025.\n\n\
             #### ↳ Reply by @s-orlov — 2025-09-20\n\n> Статус — принято\n\nОк.\n"
        );
        let decision = decided(&text).unwrap();
        assert_eq!((decision.status, decision.line), (Status::Accepted, 13));
        let kept =
            format!("{POST}### Comment by @n-belova — 2026-05-12\n\nПока не готова. Статус оставляем «предложено».\n");
        let decision = decided(&kept).unwrap();
        assert_eq!((decision.status, decision.decided_on), (Status::Proposed, None));
    }

    #[test]
    fn a_forum_topic_s_replies_under_bylines_and_an_issue_s_comments_by_author() {
        let topic =
            "---\ntitle: \"ADR-012: Read-модель\"\n---\n\n**Статус:** предложено\n\n### Решение\n\nMongoDB.\n\n\
                     ---\n\n**@d.petrov** · 2025-07-03 08:47\n\nА что с обновлением статуса задним числом?\n\n---\n\n\
                     **@a.kuznetsova** · 2025-07-15 17:40\n\nИтог обсуждения: **принято** (архсинк).\n\n---\n\n\
                     **@a.kuznetsova** · 2025-12-09 15:22\n\nClosing: superseded by ADR-015 — https://forum/t/x/265\n";
        let decision = decided(topic).unwrap();
        assert_eq!(decision.status, Status::Superseded);
        assert_eq!(decision.decided_on.map(|(day, _)| day), Date::new(2025, 7, 15));
        let english = "# ADR-011\n\n**Status:** Proposed\n\n---\n\n**@v.sokolov** · 2025-06-17 16:21\n\nPoll closed: 9 for Kafka.\n\n\
                       ---\n\n**@a.k** · 2025-06-24 11:05\n\nDecision: **accepted** at the architecture sync on 24 June 2025.\n";
        let decision = decided(english).unwrap();
        assert_eq!(
            (decision.status, decision.decided_on.map(|(day, _)| day)),
            (Status::Accepted, Date::new(2025, 6, 24))
        );
        let issue = "# Use Grafana OnCall\n\n### Status\n\nProposed\n\n## Comments\n\n### @mlinden — 2025-10-30 11:30 UTC\n\nApproved.\n\n\
                     ### @vt — 2025-11-02 14:20 UTC\n\n**Decision (ops review 2025-11-02): Accepted.** Rollout owner @a.\n";
        let decision = decided(issue).unwrap();
        assert_eq!((decision.status, decision.line), (Status::Accepted, 15), "the label's note passed over");
        let quoted = "# ADR\n\nStatus: proposed\n\n**@x** · 2025-01-01\n\n> Decision: accepted\n\nNot yet.\n";
        assert_eq!(decided(quoted), None, "a quote of another post decides nothing");
    }

    #[test]
    fn a_chat_topic_s_messages_under_their_authors_names() {
        let topic = "# #arch › ADR-002: шардирование\n\n*Поток `#arch` · 9 сообщений · 02.06.2025 — 18.06.2025*\n\n---\n\n\
                     **Тимур Валиев** · 2025-06-02 14:20\n\nПредлагаю шардировать.\n\n---\n\n\
                     **Вера Ким** · 2025-06-04 12:48\n\nЭто лечится репликой.\n\n---\n\n\
                     **Кирилл Соболев** · 2025-06-18 11:00\n\n**Итог: отклонено.** Шардирование не делаем.\nСтатус: отклонено (18.06.2025).\n";
        let decision = decided(topic).unwrap();
        assert_eq!(
            (decision.status, decision.decided_on.map(|(day, _)| day)),
            (Status::Rejected, Date::new(2025, 6, 18))
        );
        // A bold label and a day is no one's message.
        assert_eq!(named_byline_day("**Дата решения** · 27.03.2025"), None, "a label, its later words in lower case");
        assert_eq!(named_byline_day("**Итог** · 20.11.2025"), None);
        assert_eq!(named_byline_day("**Кирилл Соболев** · 2025-06-18, на архсинке"), None);
        let element = "**Maria Petrova** (@maria:matrix.example.ru) — 10.02.2026 11:00";
        assert_eq!(named_byline_day(element), Date::new(2026, 2, 10), "an Element export's handle after the name");
        assert_eq!(named_byline_day("**Maria Petrova** (см. выше) — 10.02.2026"), None);
        let room = "# #arch-decisions — выгрузка комнаты\n\n**Anna Smirnova** (@anna:matrix.example.ru) — 03.02.2026 10:12\n\
                    Предлагаю NATS. Статус: предложено.\n\n**Maria Petrova** (@maria:matrix.example.ru) — 10.02.2026 11:00\n\
                    Архкомитет: принято.\n";
        let decision = decided(room).unwrap();
        assert_eq!(
            (decision.status, decision.decided_on.map(|(day, _)| day)),
            (Status::Accepted, Date::new(2026, 2, 10)),
            "a deciding body's word in an Element room"
        );
    }

    #[test]
    fn a_gitlab_issue_s_notes_and_scoped_labels() {
        let issue = "# ADR-001: Keys in Redis (#377)\n\n- **State:** closed\n\n## Description\n\nText.\n\n\
                     #### Note by @a.belov on 2025-10-07 16:30\n\nAccepted at the architecture review.\n\n/label ~\"decision::accepted\"\n\n\
                     #### Note by @a.belov on 2026-04-02 15:10 (system)\n\nadded ~\"decision::superseded\" label and removed ~\"decision::accepted\" label\n";
        let decision = decided(issue).unwrap();
        assert_eq!(decision.status, Status::Superseded);
        assert_eq!(decision.decided_on.map(|(day, _)| day), Date::new(2025, 10, 7));
    }

    #[test]
    fn english_threads_and_documents_without_comments() {
        let text =
            "# RFC: queues\n\nStatus: proposed\n\n## Comments\n\n### @ana commented on 2026-03-04\n\nApproved.\n";
        assert_eq!(decided(text).map(|d| d.status), Some(Status::Accepted));
        assert_eq!(decided(POST), None);
        let chatter = format!("{POST}### Comment by @x — 2026-01-01\n\nПринято к сведению, посмотрю позже.\n");
        assert_eq!(decided(&chatter), None, "a long sentence is no decision");
    }
}
