//! Building the graph from a site: resolving relation targets and body links.

use crate::deliverable::adr_id::SeriesRef;
use crate::deliverable::meta::{RelationStatement, TargetRef};
use crate::deliverable::vocab::StatedRelation;
use crate::deliverable::Kind;
use crate::diagnostic::Diagnostic;
use crate::git::repository::View;
use crate::markdown::{Link, Mention};
use crate::site::{LinkTarget, Missing, Site};
use crate::urls;

use super::{EdgeType, KnowledgeGraph, LinkDestination};

/// Builds the graph of `site` and reports relation targets and links that do not resolve,
/// duplicate ADR numbers and supersession cycles.
pub(crate) fn build(site: &Site) -> (KnowledgeGraph, Vec<Diagnostic>) {
    let mut graph = KnowledgeGraph::with_pages(site.pages.len());
    let mut diagnostics = Vec::new();
    for (index, page) in site.pages.iter().enumerate() {
        for statement in &page.doc.relations {
            match resolve_target(site, index, &statement.target) {
                Some(target) => {
                    let (from, to, edge) = active_form(index, target, statement.relation);
                    graph.add_statement(from, to, edge, index, statement.line);
                }
                // `Связано с ADR-204` in a paragraph, another team's ADR: a mention.
                None if statement.in_prose => {}
                // `relates to: [DBA-233](https://jira.example.ru/browse/DBA-233)`: a ticket or
                // record in another system, linked where it lives; nothing here to find.
                None if statement.target.link.as_deref().is_some_and(urls::is_external) => {}
                // `| Supersedes | Rev A, 2025-06-02 |` in a specification's control table: its
                // own earlier revision, named by no link and no number, not a page here.
                None if names_nothing_here(&statement.target) && page.doc.kind() != Kind::Adr => {}
                // «Дополняет: схему таблицы payments»: words that may name a document by a title
                // nobody wrote, or only describe what the decision changes.
                None if names_nothing_here(&statement.target) => {
                    diagnostics.push(relation_to_words(site, index, statement));
                }
                None => diagnostics.push(unresolved_relation(site, index, statement)),
            }
        }
    }
    // A repository that numbers its decision records: a number none of them has is a slip.
    let numbered_records = site.pages.iter().any(|page| page.doc.kind() == Kind::Adr && page.doc.number.is_some());
    for (index, page) in site.pages.iter().enumerate() {
        for link in page.body.links.iter().filter(|_| !page.doc.template) {
            // A relation's own link (`Заменено: [ADR-1](…)`) is the relation: its edge is
            // typed and a missing target is reported as the relation's.
            let stated = page
                .doc
                .relations
                .iter()
                .any(|stated| stated.line == link.line && stated.target.link.as_deref() == Some(link.url.as_str()));
            let checked = check_link(site, index, link);
            if let Some(target) = checked.page.filter(|_| !stated) {
                if !graph.has_typed_edge(index, target) {
                    graph.add_edge(index, target, EdgeType::References);
                }
            }
            if let (Some(href), Some(destination), false) = (&link.href, checked.destination, link.in_front_matter) {
                graph.add_link(index, href, destination);
            }
            if !stated && !link.in_front_matter {
                diagnostics.extend(checked.finding.map(|finding| finding.at(&page.doc.id, link.line, link.column)));
            }
        }
        let mut named_nowhere: Vec<u32> = Vec::new();
        for mention in &page.body.mentions {
            let stated = page
                .doc
                .relations
                .iter()
                .any(|stated| stated.line == mention.line && stated.target.number == Some(mention.number));
            match site.resolve_adr(index, mention.number, &mention.series) {
                Some(target) if !stated && !graph.has_typed_edge(index, target) => {
                    graph.add_edge(index, target, EdgeType::References);
                }
                Some(_) => {}
                None if !stated
                    && !page.doc.template
                    && matches!(&mention.series, SeriesRef::Code(letters) if site.has_code_series(letters)) =>
                {
                    diagnostics.extend(code_of_no_record(site, index, mention));
                }
                None if !stated
                    && numbered_records
                    && !matches!(mention.series, SeriesRef::Article(_))
                    && !page.doc.template
                    && !named_nowhere.contains(&mention.number) =>
                {
                    if let Some(finding) = mention_of_no_record(site, index, mention) {
                        named_nowhere.push(mention.number);
                        diagnostics.push(finding);
                    }
                }
                None => {}
            }
        }
    }
    // GitLab's `#142` where the repository holds its exported issues (`issues/142-….md`); a
    // header field naming pages by their titles; the incident a follow-up record is for.
    let issues = issue_pages(site);
    let uids = pages_by_uid(site);
    for index in 0..site.pages.len() {
        let source = &site.pages[index].source;
        // `Supersedes #118` in an exported issue: a relation to the issue that is record 118.
        let related = if issues.is_empty() { Vec::new() } else { issue_relations(source, site.vocabulary()) };
        for (relation, number) in related {
            if let Some(&target) = issues.get(&number).filter(|&&target| target != index) {
                let (from, to, edge) = active_form(index, target, relation);
                if !graph.has_typed_edge(from, to) {
                    graph.add_edge(from, to, edge);
                }
            }
        }
        let numbers = if issues.is_empty() { Vec::new() } else { issue_numbers(source) };
        let numbered = numbers.into_iter().filter_map(|number| issues.get(&number).copied());
        let mentioned = if uids.is_empty() { Vec::new() } else { uid_mentions(source, &uids) };
        let named = pages_titled_in_header(site, index)
            .into_iter()
            .chain(follow_up_target(site, index))
            .chain(mentioned)
            .chain(path_mentions(site, source));
        for target in numbered.chain(named).filter(|&target| target != index) {
            if !graph.has_typed_edge(index, target) {
                graph.add_edge(index, target, EdgeType::References);
            }
        }
    }
    diagnostics.extend(duplicate_numbers(site));
    diagnostics.extend(cycles(site, &graph));
    (graph, diagnostics)
}

/// Turns a stated relation into its one stored edge.
fn active_form(page: usize, target: usize, relation: StatedRelation) -> (usize, usize, EdgeType) {
    match relation {
        StatedRelation::Supersedes => (page, target, EdgeType::Supersedes),
        StatedRelation::SupersededBy => (target, page, EdgeType::Supersedes),
        StatedRelation::Amends => (page, target, EdgeType::Amends),
        StatedRelation::AmendedBy => (target, page, EdgeType::Amends),
        StatedRelation::DependsOn => (page, target, EdgeType::DependsOn),
        StatedRelation::RelatesTo => (page, target, EdgeType::RelatesTo),
        StatedRelation::Clarifies => (page, target, EdgeType::Clarifies),
        StatedRelation::ClarifiedBy => (target, page, EdgeType::Clarifies),
    }
}

/// Resolves a target by linked file first, then by ADR number, then by title.
pub(crate) fn resolve_target(site: &Site, from: usize, target: &TargetRef) -> Option<usize> {
    let from_id = &site.pages[from].doc.id;
    let by_link = target.link.as_deref().and_then(|link| {
        let (path, _) = urls::split_fragment(link);
        let ours = link.starts_with("xref:") || crate::markdown::dialects::is_resolved_by_checker(link);
        if urls::is_external(link) && !ours || path.is_empty() {
            return site.page_at_address(link);
        }
        // As a link is followed: `0004-object-storage-worm` (Sphinx's {doc}), a site address,
        // a wiki page's escaped name, a wiki's own address (`:/<note id>`, `xref:uid`).
        match site.resolve_link(from, path) {
            LinkTarget::Page(page) => Some(page),
            _ => site.index_of(&urls::resolve_relative(from_id, path)?).or_else(|| {
                let followed = Link {
                    url: link.to_owned(),
                    line: 0,
                    column: 0,
                    is_image: false,
                    href: None,
                    wiki: None,
                    wiki_text: None,
                    in_front_matter: false,
                };
                check_link(site, from, &followed).page
            }),
        }
    });
    // «Опирается на DR-01»: a record named by the team's own code.
    let by_code = || {
        let (letters, number) = crate::deliverable::adr_id::record_code(target.text.trim())?;
        site.resolve_adr(from, number, &SeriesRef::Code(letters))
    };
    by_link
        .or_else(by_code)
        .or_else(|| target.number.and_then(|n| site.resolve_adr(from, n, &target.series)))
        .or_else(|| site.titled(&target.text))
        // A note's name (`[[Брокер MQTT]]`, «Заменяет: adr-0003-kafka»): its file's.
        .or_else(|| target.link.is_none().then(|| site.note_named(from, &target.text)).flatten())
        // Dendron's `[[Ключи идемпотентности|adr.0001.idempotency-keys]]`: the note after `|`.
        .or_else(|| target.alias.as_deref().and_then(|alias| site.note_named(from, alias)))
}

/// The pages a header field named for documents names by their whole titles, without a link
/// («Оценки: Внедрение СЭД в филиалах — оценка», «Инцидент: ИНЦ-027 Срыв релиза CRM 2.14»):
/// a table's export writes a linked record by its primary field. The whole value or one item
/// of its list; a one-word value («Бэкенд») names a team or a topic more often than a page,
/// and a field named for something else ("board", "visibility") names no document by it.
fn pages_titled_in_header(site: &Site, page: usize) -> Vec<usize> {
    let doc = &site.pages[page].doc;
    let mut named = Vec::new();
    let for_documents = doc.fields.iter().filter(|field| field.key.is_none() && names_documents(&field.label));
    for field in for_documents {
        let value = crate::deliverable::meta::strip_markup(&field.value);
        let items = std::iter::once(value.as_str()).chain(value.split([',', ';']));
        for item in items.map(str::trim).filter(|item| item.split_whitespace().nth(1).is_some()) {
            if let Some(target) = site.titled(item).filter(|target| !named.contains(target)) {
                named.push(target);
            }
        }
    }
    named
}

/// Exported issues by their number: pages in an `issues/` folder named by it (`142-….md`,
/// `142.md`), as GitLab's and GitHub's exporters write them.
fn issue_pages(site: &Site) -> std::collections::HashMap<u32, usize> {
    let mut issues = std::collections::HashMap::new();
    for (index, page) in site.pages.iter().enumerate() {
        let mut parts = page.doc.id.rsplit('/');
        let (Some(file), Some(folder)) = (parts.next(), parts.next()) else { continue };
        if !matches!(folder.to_lowercase().as_str(), "issues" | "issue") {
            continue;
        }
        let digits: String = file.chars().take_while(char::is_ascii_digit).collect();
        let named = file[digits.len()..].starts_with(['-', '_', '.']);
        if let (Ok(number), true) = (digits.parse::<u32>(), named) {
            issues.entry(number).or_insert(index);
        }
    }
    issues
}

/// The lines of `source` outside fenced code blocks (their fences too).
fn lines_outside_fences(source: &str) -> impl Iterator<Item = &str> {
    let mut fence = None;
    source.lines().filter(move |line| {
        let was_open = fence.is_some();
        fence = crate::markdown::fence_after(fence, line.trim_start());
        !was_open && fence.is_none()
    })
}

/// Every `#142` in `source` outside code: a `#` after no letter or digit (not
/// `platform/dispatch#131`, another project's), then digits that end the word.
fn issue_numbers(source: &str) -> Vec<u32> {
    let mut numbers = Vec::new();
    for line in lines_outside_fences(source) {
        for (at, _) in line.match_indices('#') {
            let before = &line[..at];
            let after = &line[at + 1..];
            let digits: String = after.chars().take_while(char::is_ascii_digit).collect();
            let glued = before.chars().next_back().is_some_and(|c| c.is_alphanumeric() || matches!(c, '&' | '#' | '/'));
            let ends = after[digits.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric());
            let in_code = before.matches('`').count() % 2 == 1;
            if let (Ok(number), false, true, false) = (digits.parse::<u32>(), glued, ends, in_code) {
                numbers.push(number);
            }
        }
    }
    numbers
}

/// `Supersedes #118`, «Заменяет #118»: lines that open with a relation to an issue by its
/// number, and nothing but the number after it.
fn issue_relations(source: &str, vocabulary: &crate::deliverable::Vocabulary) -> Vec<(StatedRelation, u32)> {
    lines_outside_fences(source)
        .filter(|line| line.contains('#'))
        .filter_map(|line| {
            let (relation, rest) = vocabulary.relation_prefix(line.trim().trim_start_matches(['-', '*', ' ']))?;
            let number = rest.trim_start_matches([':', ' ']).strip_prefix('#')?;
            let number = number.trim_end_matches(['.', ' ']);
            Some((relation, number.parse().ok()?))
        })
        .collect()
}

/// The pages `source` names by their site path written bare outside code («Cut-over plan is
/// here: /t/rabbitmq-to-kafka-cutover-plan/224», as a forum's readers paste it): a word that
/// opens with `/` after a space, two segments or more, that is a page's path. A path that is
/// no page's (`/etc/nginx/nginx.conf`, `/api/v1/orders`) names none.
fn path_mentions(site: &Site, source: &str) -> Vec<usize> {
    let mut pages = Vec::new();
    // Most pages hold no path opening a word: one look at the text says so before its lines
    // are walked.
    let opens_a_word = [" /", "(/", "«/", "\"/", "\n/"].iter().any(|opening| source.contains(opening));
    if !opens_a_word && !source.starts_with('/') {
        return pages;
    }
    for line in lines_outside_fences(source).filter(|line| line.contains('/')) {
        for (at, _) in line.match_indices('/') {
            let before = &line[..at];
            let opens_word =
                before.chars().next_back().is_none_or(|c| c.is_whitespace() || matches!(c, '«' | '"' | '('));
            let after = &line[at + 1..];
            if !opens_word || !after.starts_with(char::is_alphanumeric) || before.matches('`').count() % 2 == 1 {
                continue;
            }
            let end = after
                .find(|c: char| c.is_whitespace() || matches!(c, ')' | '»' | '"' | ',' | ';'))
                .unwrap_or(after.len());
            let path = after[..end].trim_end_matches(['.', ':', '!', '?']);
            if let Some(page) = site.page_at_site_path(path).filter(|page| !pages.contains(page)) {
                pages.push(page);
            }
        }
    }
    pages
}

/// The pages whose front matter states a DocFX `uid:`, by it.
fn pages_by_uid(site: &Site) -> std::collections::HashMap<String, usize> {
    let mut uids = std::collections::HashMap::new();
    for (index, page) in site.pages.iter().enumerate() {
        if let Some(uid) = stated_in_front_matter(page, "uid").next() {
            uids.entry(uid.to_owned()).or_insert(index);
        }
    }
    uids
}

/// The pages `source` names by DocFX's shorthand `@uid` («Written after
/// @fleet.incident.ota-4-12.», `@"uid with spaces"`) outside code. A word after `@` that is
/// no page's uid (a person's handle, an API's uid) names none; an address (`ops@x.ru`) has a
/// letter before its `@`.
fn uid_mentions(source: &str, uids: &std::collections::HashMap<String, usize>) -> Vec<usize> {
    let mut pages = Vec::new();
    for line in lines_outside_fences(source) {
        for (at, _) in line.match_indices('@') {
            let before = &line[..at];
            let glued = before.chars().next_back().is_some_and(|c| c.is_alphanumeric() || matches!(c, '.' | '_' | '-'));
            if glued || before.matches('`').count() % 2 == 1 {
                continue;
            }
            let after = &line[at + 1..];
            let uid = match after.strip_prefix('"') {
                Some(quoted) => quoted.split('"').next().unwrap_or(""),
                None => {
                    let end = after
                        .find(|c: char| !(c.is_alphanumeric() || matches!(c, '.' | '_' | '-' | ':' | '#' | '/')))
                        .unwrap_or(after.len());
                    after[..end].trim_end_matches(['.', ',', ':', ';', '-'])
                }
            };
            let uid = uid.split('#').next().unwrap_or(uid);
            if let Some(&page) = uids.get(uid).filter(|page| !pages.contains(*page)) {
                pages.push(page);
            }
        }
    }
    pages
}

/// A header label for documents of some kind («Оценки», "Related incident", «Связанная
/// спецификация», "Docs").
fn names_documents(label: &str) -> bool {
    const STEMS: [&str; 30] = [
        "оценк",
        "estimate",
        "инцидент",
        "incident",
        "решени",
        "decision",
        "adr",
        "спецификац",
        "spec",
        "план",
        "plan",
        "roadmap",
        "дорожн",
        "runbook",
        "регламент",
        "постмортем",
        "postmortem",
        "post-mortem",
        "разбор",
        "review",
        "poc",
        "пилот",
        "документ",
        "doc",
        "страниц",
        "page",
        "связан",
        "related",
        "linked",
        "см",
    ];
    let folded = crate::deliverable::vocab::fold(label);
    folded.split(|c: char| !c.is_alphanumeric() && c != '-').any(|word| STEMS.iter().any(|stem| word.starts_with(stem)))
}

/// The page a follow-up record is for: the one its «Инцидент» / "Incident" field names by a
/// link, a record's code or a title (`ИНЦ-027` alone: the page whose title opens with it).
pub(crate) fn follow_up_target(site: &Site, page: usize) -> Option<usize> {
    let field = site.pages[page].doc.follow_up_of()?;
    let value = crate::deliverable::meta::strip_markup(&field.value);
    let by_title = || site.titled(&value);
    let by_target =
        || crate::deliverable::meta::parse_targets(&value).iter().find_map(|target| resolve_target(site, page, target));
    let by_code = || {
        crate::deliverable::adr_id::record_code(&value)?;
        let opens_with = |title: &str| {
            title.strip_prefix(value.as_str()).is_some_and(|rest| rest.starts_with(|c: char| !c.is_alphanumeric()))
        };
        let mut titled = site.pages.iter().enumerate().filter(|(_, other)| opens_with(other.doc.title()));
        let (found, _) = titled.next()?;
        titled.next().is_none().then_some(found)
    };
    by_title().or_else(by_target).or_else(by_code).filter(|&target| target != page)
}

/// A target written as bare words: no link and no record number.
fn names_nothing_here(target: &TargetRef) -> bool {
    target.link.is_none() && target.number.is_none()
}

fn unresolved_relation(site: &Site, page: usize, statement: &RelationStatement) -> Diagnostic {
    let target = &statement.target;
    let written =
        target.link.as_deref().map_or_else(|| target.text.clone(), |link| format!("{} ({link})", target.text));
    Diagnostic::error("E0302", format!("relation target «{written}» not found"))
        .at(&site.pages[page].doc.id, statement.line, 1)
        .with_help("link the document's file, or write its number as ADR-N")
}

/// Words of a line that names a record of another team's, or one still to be written.
const ANOTHERS: [&str; 18] = [
    "team",
    "команд",
    // "repo", "repos", "repository" — not "reporting".
    "repo ",
    "repos",
    "repositor",
    "репозитор",
    "организац",
    "organization",
    "organisation",
    "другой",
    "tbd",
    "to be written",
    "will ",
    "upcoming",
    "future",
    "будет",
    "будущ",
    "предстоит",
];

/// How many words either side of a mentioned number still speak of it («будущий ADR-14»,
/// "ADR-12 in the platform repo").
const WORDS_NEAR_A_MENTION: usize = 6;

/// The lower-cased words of `line` in the sentence that names `number`, at most
/// [`WORDS_NEAR_A_MENTION`] either side, space-separated and ending in a space (so that
/// "repo " is the word and "reporting" is not): what may say the record is another team's or
/// still to come. «см. ADR-0006» in a sentence that speaks of the future elsewhere is not
/// excused by it. The whole line when the number is not found in it.
fn words_near_number(line: &str, number: u32) -> String {
    let lower = line.to_lowercase();
    let mut words: Vec<(usize, &str)> = Vec::new();
    let mut sentence = 0;
    let mut start = None;
    for (at, c) in lower.char_indices().chain([(lower.len(), ' ')]) {
        if c.is_alphanumeric() {
            start.get_or_insert(at);
            continue;
        }
        if let Some(from) = start.take() {
            words.push((sentence, &lower[from..at]));
        }
        if matches!(c, '.' | ';' | '!' | '?') && lower[at + c.len_utf8()..].starts_with(char::is_whitespace) {
            sentence += 1;
        }
    }
    let names_number = |word: &str| {
        let digits = word.trim_start_matches(|c: char| c.is_alphabetic());
        !digits.is_empty() && digits.parse::<u32>().ok() == Some(number)
    };
    let Some(at) = words.iter().position(|(_, word)| names_number(word)) else {
        return words.iter().map(|(_, word)| format!("{word} ")).collect();
    };
    let (of, from, to) = (words[at].0, at.saturating_sub(WORDS_NEAR_A_MENTION), at + WORDS_NEAR_A_MENTION);
    words[from..words.len().min(to + 1)].iter().filter(|(s, _)| *s == of).map(|(_, word)| format!("{word} ")).collect()
}

/// E0306: `ADR-16` in a body, in the repository's own numbering, where no record has that
/// number — a slip for another number, or a record deleted. Not `ADR-0` (a template's), a
/// named series (`ODH-ADR-3`, `ADR-Frontend-3`), nor a line that says the record is another
/// team's or repository's («ADR-0007 команды платежей», "ADR-12 in the platform repo") or
/// one still to be written ("ADR-0013 (to be written)", «будущий ADR-14»).
fn mention_of_no_record(site: &Site, page: usize, mention: &Mention) -> Option<Diagnostic> {
    if mention.number == 0 || mention.series != SeriesRef::Own {
        return None;
    }
    let source = &site.pages[page].source;
    let line = source.lines().nth(mention.line.saturating_sub(1)).unwrap_or_default();
    let near = words_near_number(line, mention.number);
    if ANOTHERS.iter().any(|word| near.contains(word)) {
        return None;
    }
    Some(
        Diagnostic::error("E0306", format!("ADR-{} is named, but no decision record has that number", mention.number))
            .at(&site.pages[page].doc.id, mention.line, 1)
            .with_help("fix the number, or link the record where it lives (another repository's ADR by its address)"),
    )
}

/// E0306 for a team's own code (`АК-2025-11` where the committee's records are `АК-2025-03`,
/// `АК-2025-14`): named, but no record has it — unless the line says it is another team's
/// or still to come.
fn code_of_no_record(site: &Site, page: usize, mention: &Mention) -> Option<Diagnostic> {
    let SeriesRef::Code(letters) = &mention.series else { return None };
    let source = &site.pages[page].source;
    let line = source.lines().nth(mention.line.saturating_sub(1)).unwrap_or_default();
    let near = words_near_number(line, mention.number);
    if ANOTHERS.iter().any(|word| near.contains(word)) {
        return None;
    }
    let written = line
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '(' | ')' | '«' | '»' | '[' | ']'))
        .map(|word| word.trim_end_matches(['.', ':']))
        .find(|word| {
            crate::deliverable::adr_id::record_code(word).is_some_and(|(l, n)| &l == letters && n == mention.number)
        })
        .unwrap_or(letters.as_str());
    Some(
        Diagnostic::error("E0306", format!("{written} is named, but no record here has that code"))
            .at(&site.pages[page].doc.id, mention.line, 1)
            .with_help("fix the code, or link the record where it lives (another repository's by its address)"),
    )
}

/// W0309: a relation whose target is words that are no document's title (no link, no
/// number): reported, never an error, as the words may describe rather than name.
fn relation_to_words(site: &Site, page: usize, statement: &RelationStatement) -> Diagnostic {
    Diagnostic::warning(
        "W0309",
        format!("relation target «{}» is no document's title: no link and no ADR number", statement.target.text),
    )
    .at(&site.pages[page].doc.id, statement.line, 1)
    .with_help("link the document's file, or write its number as ADR-N, to draw the relation")
}

/// What checking one link found.
#[derive(Default)]
struct CheckedLink {
    /// The other document it references.
    page: Option<usize>,
    /// Where it leads in the site or on the web, for a relative link.
    destination: Option<LinkDestination>,
    /// What is wrong with it (without a place: the caller knows the line).
    finding: Option<Diagnostic>,
}

/// `[[Задержка статусов C2B|incidents/2025-12-05-Задержка-статусов-C2B]]` in a GitLab or
/// GitHub wiki (Gollum): the page after the `|`, the text before it — the other way round
/// from Obsidian's. Tried when the words before the `|` name no note.
fn gollum_page(site: &Site, from: usize, link: &Link) -> Option<usize> {
    let page = link.wiki_text.as_deref()?;
    let path = crate::markdown::wiki_destination(page);
    let (path, _) = urls::split_fragment(&path);
    match site.resolve_link(from, path) {
        LinkTarget::Page(found) => Some(found),
        _ => site.note_named(from, page),
    }
}

fn check_link(site: &Site, from: usize, link: &Link) -> CheckedLink {
    let url = link.url.as_str();
    if let Some(label) = url.strip_prefix(crate::markdown::dialects::REF_SCHEME) {
        return labelled(site, from, label);
    }
    if let Some(reference) = url.strip_prefix(crate::markdown::dialects::PAGE_SCHEME) {
        return hugo_reference(site, from, link, reference);
    }
    // Hugo's `ref` and Jekyll's `{% link %}`: the generator stops its build on one that names
    // no page (unless a Hugo site lowers `refLinksErrorLevel`), and so does `check`.
    if let Some(reference) = url.strip_prefix(crate::markdown::dialects::BUILT_PAGE_SCHEME) {
        let checked = hugo_reference(site, from, link, reference);
        if hugo_warns_on_broken_refs(site, from) {
            return checked;
        }
        let message = format!("reference `{reference}` names no page; the site generator stops its build on it");
        return stopping_the_build(
            checked,
            message,
            "fix the path: it names a file from the page or the content folder",
        );
    }
    // Zola's `@/ops/runbook.md` names a file from the content folder, as Hugo's `ref` does;
    // Zola stops the build on one that names no file, and so does `check`.
    if let Some(reference) = url.strip_prefix("@/") {
        let checked = hugo_reference(site, from, link, reference);
        let message = format!("internal link `@/{reference}` names no file of the content folder");
        return stopping_the_build(checked, message, "fix the path: Zola's `@/` links name a file from `content/`");
    }
    if let Some(uid) = url.strip_prefix("xref:") {
        return docfx_reference(site, from, uid);
    }
    // SiYuan's `siyuan://blocks/<id>` (and its `((id "text"))` references): the page holding
    // that block.
    // Logseq's `((uuid))` likewise: the page whose block carries `id:: uuid`.
    let block = [("siyuan://blocks/", "SiYuan"), ("logseq://blocks/", "Logseq")]
        .iter()
        .find_map(|(scheme, app)| url.strip_prefix(scheme).map(|id| (id, app)));
    if let Some((id, app)) = block {
        return match site.block_page(id.trim_end_matches('/')) {
            Some(page) => to_page(site, from, page, None),
            None => CheckedLink {
                finding: Some(
                    Diagnostic::warning("W0307", format!("{app} block `{id}` is in no document of this export"))
                        .with_help("export the notebook that holds the block, or fix the reference"),
                ),
                ..CheckedLink::default()
            },
        };
    }
    // ReadMe's `doc:slug`: the guide whose front matter states that `slug` (or its file's name).
    if let Some(slug) = url.strip_prefix("doc:") {
        return match page_stating(site, "slug", slug).or_else(|| page_named(site, slug)) {
            Some(page) => to_page(site, from, page, None),
            None => CheckedLink { finding: Some(unknown_route(url)), ..CheckedLink::default() },
        };
    }
    // Pelican's `{filename}/ops/runbook.md` (and `{static}`, `{attach}`, the older
    // `|filename|`): a file from the content folder, or from the page without the slash.
    if let Some(path) = ["{filename}", "{static}", "{attach}", "|filename|", "|static|"]
        .iter()
        .find_map(|marker| url.strip_prefix(marker))
    {
        return hugo_reference(site, from, link, path);
    }
    if urls::is_external(url) {
        // An export's link to the discussion or file it holds
        // (`https://github.com/org/repo/discussions/17`, `…/blob/main/docs/x.md`).
        return match site.page_at_address(url) {
            // (A OneNote link's fragment names the page, not a heading of it.)
            Some(page) if url.starts_with("onenote:") => to_page(site, from, page, None),
            Some(page) => to_page(site, from, page, urls::split_fragment(url).1.map(str::to_owned)),
            // A notebook's link to a page its export does not hold: it may be in another one.
            None if url.starts_with("onenote:") => CheckedLink {
                finding: Some(
                    Diagnostic::warning("W0307", "OneNote link to a page this export does not hold")
                        .with_help("export the notebook's section that holds it, or link the page's file"),
                ),
                ..CheckedLink::default()
            },
            None => CheckedLink::default(),
        };
    }
    let (path, fragment) = urls::split_fragment(url);
    // Docsify's `page.md?id=manual-refund`: the heading its `:id=` or its words name.
    let docsify_anchor = || {
        site.docsify_root(from)?;
        let query = url.split_once('?')?.1;
        query.split('&').find_map(|pair| pair.strip_prefix("id="))
    };
    let fragment = fragment.or_else(docsify_anchor).filter(|fragment| !fragment.is_empty());
    let target = match (site.resolve_link(from, path), &link.wiki) {
        // `[[Брокер MQTT]]` names a note wherever it is in the vault.
        (LinkTarget::Missing(_), Some(note)) => {
            // Zettlr's `[[20260305120000]]` to a note whose front matter states `id: …`.
            let by_id = || page_stating(site, "id", note.trim());
            match site.note_named(from, note).or_else(|| gollum_page(site, from, link)).or_else(by_id) {
                Some(page) => LinkTarget::Page(page),
                None => return unnamed_note(site, from, link, note),
            }
        }
        // Docsify resolves `ops/runbooks/db-failover` from its site's folder; wikis write their
        // own addresses (`/books/<book>/page/<slug>`, `:/<note id>`, `/ru/<page path>`).
        (LinkTarget::Missing(missing), None) => {
            let found = docsify_page(site, from, path)
                .or_else(|| bookstack_page(site, path))
                // YouTrack's `[text](MOB-A-12)`: an article by the id its file name opens with.
                .or_else(|| site.page_with_id(path))
                .or_else(|| techdocs_page(site, path))
                .or_else(|| joplin_note(site, path))
                // Outline's `/doc/<slug>-<urlId>`.
                .or_else(|| site.outline_document(path))
                .or_else(|| docfx_home_path(site, from, path))
                // ReadMe serves a guide at `/docs/<its slug>`.
                .or_else(|| {
                    path.strip_prefix("/docs/").and_then(|slug| page_stating(site, "slug", slug.trim_end_matches('/')))
                });
            match found {
                Some(page) => LinkTarget::Page(page),
                None if is_joplin_link(path) => return unnamed_joplin_note(path),
                None if bookstack_book_held(site, path) => {
                    let message = format!("BookStack link `{path}` names a page this export of the book does not hold");
                    let help = "fix the page's slug (its file's name in the export), or export the page";
                    return CheckedLink {
                        finding: Some(Diagnostic::error("E0301", message).with_help(help)),
                        ..CheckedLink::default()
                    };
                }
                None => match without_locale(site, url) {
                    Some(unlocalised) => return check_link(site, from, &Link { url: unlocalised, ..link.clone() }),
                    None => LinkTarget::Missing(missing),
                },
            }
        }
        (target, _) => target,
    };
    match target {
        LinkTarget::Page(target) => {
            let anchor = match fragment.map(|fragment| site.find_anchor(target, fragment)) {
                None => None,
                Some(Some(found)) => Some(found.anchor),
                // TiddlyWiki's `[text](#Tiddler%20Title)`: a fragment of the page itself that
                // no heading has, naming another page by its title.
                Some(None) => {
                    if let Some(tiddler) =
                        path.is_empty().then(|| site.tiddler(from, fragment.unwrap_or_default())).flatten()
                    {
                        return to_page(site, from, tiddler, None);
                    }
                    // The page is there and the link still points to it: the reader lands on
                    // its top, and the heading is reported.
                    let anchor = urls::percent_decode(fragment.unwrap_or_default());
                    return CheckedLink {
                        finding: Some(
                            Diagnostic::error("E0305", format!("link `{url}` points to a missing heading `#{anchor}`"))
                                .with_help("anchors are heading texts as GitHub makes them (lower case, punctuation removed, spaces as `-`), or an `id`/`name` in the page's HTML"),
                        ),
                        ..to_page(site, from, target, None)
                    };
                }
            };
            to_page(site, from, target, anchor.map(|anchor| urls::percent_encode(&anchor)))
        }
        LinkTarget::Asset => {
            let asset = urls::resolve_relative(&site.pages[from].doc.id, path).unwrap_or_default();
            // Source code and text files (`LICENSE`, `main.tf`, `pom.xml`) read better on the
            // forge, as GitHub shows them; pictures and documents are the site's own copy.
            let on_the_forge = (!link.is_image && !is_document_file(&asset))
                .then(|| site.repository.as_ref()?.link(&site.source_root().join(&asset), View::File))
                .flatten();
            let destination = match on_the_forge {
                Some(web) => LinkDestination::Web(with_fragment(web, fragment)),
                None => LinkDestination::Site { path: asset, fragment: fragment.map(str::to_owned) },
            };
            CheckedLink { destination: Some(destination), ..CheckedLink::default() }
        }
        LinkTarget::Elsewhere { path: file, folder } => {
            let view = match (folder, link.is_image) {
                (true, _) => View::Folder,
                (false, true) => View::Raw,
                (false, false) => View::File,
            };
            match site.repository.as_ref().and_then(|repository| repository.link(&file, view)) {
                Some(web) => CheckedLink {
                    destination: Some(LinkDestination::Web(with_fragment(web, fragment))),
                    ..CheckedLink::default()
                },
                None => CheckedLink { finding: Some(kept_as_written(url, folder)), ..CheckedLink::default() },
            }
        }
        LinkTarget::Missing(Missing::UnknownRoute) => {
            CheckedLink { finding: Some(unknown_route(url)), ..CheckedLink::default() }
        }
        LinkTarget::Missing(why) => {
            let message = match why {
                Missing::NoFile => format!("link to a missing file `{path}`"),
                Missing::OutsideRepository if site.repository.is_some() => {
                    format!("link `{url}` points outside the repository")
                }
                Missing::OutsideRepository | Missing::UnknownRoute => {
                    format!("link `{url}` points outside the source directory, to a file that does not exist")
                }
            };
            CheckedLink {
                finding: Some(
                    Diagnostic::error("E0301", message).with_help("fix the path, or create the missing file"),
                ),
                ..CheckedLink::default()
            }
        }
    }
}

/// A Hugo `{{< ref "path" >}}`: the page at `path` from the page, else from the content root,
/// else the page of that name anywhere (as a wikilink finds a note); a page with no
/// extension written is its `.md`. One that names no page is W0307, shown as its words.
fn hugo_reference(site: &Site, from: usize, link: &Link, reference: &str) -> CheckedLink {
    let (path, fragment) = urls::split_fragment(reference);
    // `/docs/ops`: a section, whose page is its folder's `_index.md`.
    let as_written = check_link(site, from, &Link { url: reference.to_owned(), ..link.clone() });
    if as_written.page.is_some() {
        return as_written;
    }
    // `/docs/architecture/decisions` from `content/en/docs/_index.md`: from the content folder
    // (any folder above the page), a page, or a section's `_index.md`.
    if let Some(page) = from_a_content_folder(site, from, path) {
        let destination = LinkDestination::Site {
            path: site.pages[page].path.clone(),
            fragment: fragment.filter(|fragment| !fragment.is_empty()).map(str::to_owned),
        };
        return CheckedLink { page: (page != from).then_some(page), destination: Some(destination), finding: None };
    }
    let last = path.rsplit('/').next().unwrap_or(path);
    let file = if path.is_empty() || last.contains('.') { path.to_owned() } else { format!("{path}.md") };
    let url = match fragment {
        Some(fragment) => format!("{file}#{fragment}"),
        None => file,
    };
    let as_note = Link { url, wiki: Some(path.to_owned()), ..link.clone() };
    let mut checked = check_link(site, from, &as_note);
    if checked.destination == Some(LinkDestination::Unwritten) {
        checked.finding = Some(
            Diagnostic::warning("W0307", format!("page reference `{reference}` names no page here"))
                .with_help("write the page's path from the content folder, or its file's name"),
        );
    }
    checked
}

/// A reference that names no page, as E0301 with `message` and `help`: the site generator
/// stops its build on it.
fn stopping_the_build(mut checked: CheckedLink, message: String, help: &str) -> CheckedLink {
    if checked.page.is_none() && checked.finding.as_ref().is_some_and(|finding| finding.code == "W0307") {
        checked.finding = Some(Diagnostic::error("E0301", message).with_help(help));
    }
    checked
}

/// True when the Hugo site that page `from` is in sets `refLinksErrorLevel = "WARNING"` in its
/// configuration (`hugo.toml`, `config.toml`, their YAML and JSON forms, or
/// `config/_default/`), next to the `content/` folder the page is in.
fn hugo_warns_on_broken_refs(site: &Site, from: usize) -> bool {
    let id = site.path_in_project(&site.pages[from].doc.id);
    let Some(at) = id.find("content/").filter(|&at| at == 0 || id[..at].ends_with('/')) else { return false };
    let site_root = &id[..at];
    let names = ["hugo", "config"];
    let folders = ["", "config/_default/"];
    let extensions = ["toml", "yaml", "yml", "json"];
    folders.iter().flat_map(|folder| names.iter().map(move |name| (folder, name))).any(|(folder, name)| {
        extensions.iter().any(|extension| {
            let text = site.project_file_text(&format!("{site_root}{folder}{name}.{extension}")).unwrap_or_default();
            text.lines().any(|line| {
                let folded = line.to_ascii_lowercase();
                folded.trim_start().trim_start_matches('"').starts_with("reflinkserrorlevel") && folded.contains("warn")
            })
        })
    })
}

/// The page a Hugo path from the content folder names, trying each folder above page `from`
/// as that folder (`content/`, `content/en/`): the file, its `.md`, or a section's
/// `_index.md` / `index.md`.
fn from_a_content_folder(site: &Site, from: usize, path: &str) -> Option<usize> {
    let path = path.trim_matches('/');
    if path.is_empty() {
        return None;
    }
    let id = &site.pages[from].doc.id;
    let folders = std::iter::successors(Some(id.as_str()), |at| at.rsplit_once('/').map(|(folder, _)| folder)).skip(1);
    folders.chain([""]).find_map(|folder| {
        let base = if folder.is_empty() { path.to_owned() } else { format!("{folder}/{path}") };
        [base.clone(), format!("{base}.md"), format!("{base}/_index.md"), format!("{base}/index.md")]
            .iter()
            .find_map(|candidate| site.index_of(candidate))
    })
}

/// A link to an address of the site that no page or file here answers to: kept as written.
fn unknown_route(url: &str) -> Diagnostic {
    Diagnostic::warning(
        "W0307",
        format!(
            "link `{url}` is an address of the site, and no page or file here answers to it; it is kept as written"
        ),
    )
    .with_help("link the Markdown file instead (`../adr/0002-kafka.md`), which every site generator and GitHub follow")
}

/// The link from page `from` to page `page` (its `fragment`, if any).
fn to_page(site: &Site, from: usize, page: usize, fragment: Option<String>) -> CheckedLink {
    let destination = if page == from {
        LinkDestination::Here { fragment }
    } else {
        LinkDestination::Site { path: site.pages[page].path.clone(), fragment }
    };
    CheckedLink { page: (page != from).then_some(page), destination: Some(destination), finding: None }
}

/// The page whose file is named `name` (without its extension), anywhere.
fn page_named(site: &Site, name: &str) -> Option<usize> {
    site.pages.iter().position(|page| {
        let file = page.doc.id.rsplit('/').next().unwrap_or_default();
        file.rsplit_once('.').map_or(file, |(stem, _)| stem) == name
    })
}

/// `/docs/default/component/ledger-service/runbooks/x/`: a Backstage TechDocs address, as
/// the page at `runbooks/x` of the `docs/` folder of the component's folder (`…/ledger-service/
/// docs/runbooks/x.md`, or its folder's `index.md`).
fn techdocs_page(site: &Site, path: &str) -> Option<usize> {
    let rest = path.strip_prefix("/docs/")?;
    let mut parts = rest.splitn(4, '/');
    let (_namespace, _kind, name) = (parts.next()?, parts.next()?, parts.next()?);
    let page = parts.next().unwrap_or_default().trim_matches('/');
    let marker = format!("{name}/docs/");
    let docs = site.pages.iter().find_map(|candidate| {
        let id = &candidate.doc.id;
        let at = id.find(&marker).filter(|&at| at == 0 || id[..at].ends_with('/'))?;
        Some(id[..at + marker.len()].to_owned())
    })?;
    let candidates = if page.is_empty() {
        vec![format!("{docs}index.md"), format!("{docs}README.md")]
    } else {
        vec![format!("{docs}{page}.md"), format!("{docs}{page}/index.md"), format!("{docs}{page}/README.md")]
    };
    candidates.iter().find_map(|id| site.index_of(id))
}

/// `/books/<book>/page/<slug>`, `/books/<book>/chapter/<slug>`: a BookStack address, as the
/// exported page (or chapter folder) of that slug, the one in the book's folder first.
fn bookstack_page(site: &Site, path: &str) -> Option<usize> {
    let (book, what, slug) = bookstack_address(path)?;
    let named = |page: &&crate::site::Page| {
        let id = page.doc.id.as_str();
        let stem = id.rsplit('/').next().unwrap_or(id).trim_end_matches(".md");
        match what {
            "page" => stem == slug,
            "chapter" => {
                id.split('/').rev().nth(1) == Some(slug)
                    && ["index", "readme", "_index"].contains(&stem.to_lowercase().as_str())
            }
            _ => false,
        }
    };
    let candidates: Vec<usize> =
        site.pages.iter().enumerate().filter(|(_, page)| named(page)).map(|(index, _)| index).collect();
    let in_book =
        candidates.iter().copied().find(|&index| site.pages[index].doc.id.split('/').any(|part| part == book));
    in_book.or_else(|| candidates.first().copied())
}

/// Whether `path` is a BookStack address (`/books/<book>/page/<slug>`) into a book this
/// export holds (a folder named as the book), so that a page of it not here is a broken link.
fn bookstack_book_held(site: &Site, path: &str) -> bool {
    let Some((book, "page" | "chapter", _)) = bookstack_address(path) else { return false };
    site.pages.iter().any(|page| page.doc.id.split('/').rev().skip(1).any(|folder| folder == book))
}

/// `/books/<book>/page/<slug>` → (book, `page`, slug): a BookStack address's parts.
fn bookstack_address(path: &str) -> Option<(&str, &str, &str)> {
    let mut parts = path.strip_prefix("/books/")?.split('/');
    Some((parts.next()?, parts.next()?, parts.next()?))
}

/// `:/0a1b…` (32 hexadecimal figures): a Joplin note's link by its id.
fn is_joplin_link(path: &str) -> bool {
    path.strip_prefix(":/").is_some_and(|id| id.len() == 32 && id.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// The note a Joplin link names: the file named by its id (a raw export), or the page whose
/// front matter states that `id`.
fn joplin_note(site: &Site, path: &str) -> Option<usize> {
    if !is_joplin_link(path) {
        return None;
    }
    let id = &path[2..];
    let named = site.pages.iter().position(|page| {
        let stem = page.doc.id.rsplit('/').next().unwrap_or_default().trim_end_matches(".md");
        stem.eq_ignore_ascii_case(id)
    });
    named.or_else(|| page_stating(site, "id", id))
}

/// DocFX's `~/articles/runbooks/x.md`: a path from the folder of `docfx.json`, the page's own
/// folder or one above it (the nearest from which the file is there).
fn docfx_home_path(site: &Site, from: usize, path: &str) -> Option<usize> {
    let rest = path.strip_prefix("~/")?;
    let depth = site.pages[from].doc.id.matches('/').count();
    (0..=depth).find_map(|up| match site.resolve_link(from, &format!("{}{rest}", "../".repeat(up))) {
        LinkTarget::Page(page) => Some(page),
        _ => None,
    })
}

/// The page whose front matter states `key: value` (`uid: adr-0006`, `id: 0a1b…`).
fn page_stating(site: &Site, key: &str, value: &str) -> Option<usize> {
    site.pages.iter().position(|page| stated_in_front_matter(page, key).any(|stated| stated == value))
}

/// The values page `page`'s front matter states for `key` (any case), without quotes.
fn stated_in_front_matter<'p>(page: &'p crate::site::Page, key: &'p str) -> impl Iterator<Item = &'p str> {
    let fields = page.doc.fields.iter();
    fields
        .filter(move |field| field.line <= page.doc.front_matter_lines && field.label.eq_ignore_ascii_case(key))
        .map(|field| field.value.trim().trim_matches(['"', '\'']))
}

/// `xref:adr-0006`, `<xref:adr-0006#context>`: a DocFX cross-reference, to the page whose
/// front matter states that `uid`. Another uid (an API's, `System.String`) is DocFX's own to
/// resolve from its xref maps: kept as written, with a warning.
fn docfx_reference(site: &Site, from: usize, reference: &str) -> CheckedLink {
    let reference = reference.split('?').next().unwrap_or(reference);
    let (uid, fragment) = urls::split_fragment(reference);
    let uid = urls::percent_decode(uid);
    match page_stating(site, "uid", &uid) {
        Some(page) => to_page(site, from, page, fragment.filter(|fragment| !fragment.is_empty()).map(str::to_owned)),
        None => CheckedLink {
            finding: Some(
                Diagnostic::warning("W0307", format!("DocFX cross-reference `xref:{uid}` names no page here"))
                    .with_help(
                        "state `uid: …` in the page's front matter; an API's uid is resolved by DocFX's xref map",
                    ),
            ),
            ..CheckedLink::default()
        },
    }
}

/// A Joplin link to a note the export does not hold (another notebook's): shown as its words.
fn unnamed_joplin_note(path: &str) -> CheckedLink {
    CheckedLink {
        destination: Some(LinkDestination::Unwritten),
        finding: Some(
            Diagnostic::warning("W0308", format!("Joplin link `{path}` names no note of this export"))
                .with_help("export the notebook that holds the note, or link its file"),
        ),
        ..CheckedLink::default()
    }
}

/// `/ru/ops/runbooks/kafka` in a wiki (Wiki.js) whose pages are not kept in a `ru/` folder:
/// the address without its language, when the site has no folder of that name.
fn without_locale(site: &Site, url: &str) -> Option<String> {
    let rest = url.strip_prefix('/')?;
    let (locale, after) = rest.split_once('/')?;
    let (language, region) = locale.split_once('-').unwrap_or((locale, "ab"));
    let code = |part: &str| part.len() == 2 && part.bytes().all(|b| b.is_ascii_lowercase());
    let a_folder = site.pages.iter().any(|page| page.doc.id.split('/').next() == Some(locale));
    (code(language) && code(&region.to_ascii_lowercase()) && !a_folder && !after.is_empty())
        .then(|| format!("/{after}"))
}

/// The page a link names from the folder of the Docsify site `from` is in (Docsify's
/// default, without `relativePath`): `ops/x`, `/ops/x.md`, `ops/` (its README).
fn docsify_page(site: &Site, from: usize, path: &str) -> Option<usize> {
    let root = site.docsify_root(from)?;
    if path.starts_with("./") || path.starts_with("../") {
        return None;
    }
    let path = urls::percent_decode(path.trim_start_matches('/'));
    let base = if root.is_empty() { path } else { format!("{root}/{path}") };
    let base = base.trim_end_matches('/');
    [base.to_owned(), format!("{base}.md"), format!("{base}/README.md")]
        .iter()
        .find_map(|candidate| site.index_of(candidate))
}

/// A MyST `` {ref}`label` ``: the heading the label stands before, on its page or another;
/// a label no page sets is W0310, and the reference is shown as its words.
fn labelled(site: &Site, from: usize, label: &str) -> CheckedLink {
    match site.labelled(label) {
        Some((page, anchor)) => to_page(site, from, page, (!anchor.is_empty()).then(|| urls::percent_encode(anchor))),
        None => CheckedLink {
            destination: Some(LinkDestination::Unwritten),
            finding: Some(
                Diagnostic::warning("W0310", format!("cross-reference `{label}` names no label of the repository"))
                    .with_help(
                        "set the label on a heading (`## Title {#label}`, or `(label)=` on the line before it), or fix its name",
                    ),
            ),
            ..CheckedLink::default()
        },
    }
}

/// A wikilink whose note no page is: an attachment (`![[схема.png]]`) wherever the vault
/// keeps it; else a note nobody has written yet (W0308; Obsidian lets one wait), shown as its
/// words — unless its name says it is a deliverable (`[[Runbook - Ledger failover]]`,
/// `[[Ранбуки/Kafka]]`, `[[ADR-007 Kafka]]`) and its line does not say it is still to be
/// written: a reader follows that one to a page that is not there (E0308).
fn unnamed_note(site: &Site, from: usize, link: &Link, note: &str) -> CheckedLink {
    if let Some(path) = site.asset_named(note) {
        return CheckedLink {
            destination: Some(LinkDestination::Site { path: path.to_owned(), fragment: None }),
            ..CheckedLink::default()
        };
    }
    // `[[ADR-004]]` where the record's note is named `ADR-004 Выбор брокера`: the record of
    // that number, when the repository has one.
    let only_a_number = note.trim().split(['-', ' ', '_']).filter(|part| !part.is_empty()).count() == 2;
    let numbered = crate::deliverable::adr_id::title_number(note.trim()).filter(|_| only_a_number);
    if let Some(page) = numbered.and_then(|number| site.resolve_adr(from, number, &SeriesRef::Own)) {
        return to_page(site, from, page, None);
    }
    // `[[20251130120000]]`: a Zettelkasten's note by its ID, which only a written note has.
    if note.len() >= 12 && note.bytes().all(|b| b.is_ascii_digit()) {
        let finding = Diagnostic::error(
            "E0308",
            format!("wikilink `[[{note}]]` names a note by an ID no note of the repository has"),
        )
        .with_help("fix the ID (a note's ID is in its file name or its front matter's `id`)");
        return CheckedLink {
            destination: Some(LinkDestination::Unwritten),
            finding: Some(finding),
            ..CheckedLink::default()
        };
    }
    let finding = match names_a_deliverable(note) {
        Some(kind) if !says_still_to_write(site, from, link.line) => {
            Diagnostic::error("E0308", format!(
                "wikilink `[[{note}]]` names no note of the repository; by its name it is a document of kind `{}` readers follow it to",
                kind.id()
            ))
                .with_help("fix the note's name (or its folder), or write the note; if it is still to be written, say so on the line («ещё пишем», TBD)")
        }
        _ => Diagnostic::warning("W0308", format!("wikilink `[[{note}]]` names no note of the repository"))
            .with_help("create the note, or fix its name; until then it shows as its words, leading nowhere"),
    };
    CheckedLink { destination: Some(LinkDestination::Unwritten), finding: Some(finding), ..CheckedLink::default() }
}

/// The kind a note's name says it is (`Runbook - Ledger failover`, «Ранбук — восстановление
/// etcd», `runbook.clickhouse-merges`), or its folder (`Ранбуки/Kafka`); `None` for a person,
/// a topic, a plain page.
fn names_a_deliverable(note: &str) -> Option<Kind> {
    use crate::deliverable::kind::{classify, kind_of_title};
    let name = note.rsplit('/').next().unwrap_or(note).trim();
    // A Gollum or Gitea wiki's `[[Ранбук-Ручной-перевыпуск-сертификата]]`: dashes for spaces.
    let spaced;
    let name = if !name.contains(' ') && name.matches('-').count() >= 2 {
        spaced = name.replace('-', " ");
        spaced.as_str()
    } else {
        name
    };
    // `[[Runbook]]`, `[[Tech Spec]]` (Roam's `Type:: [[Runbook]]`): a type's page, not a
    // document's; a document's name says what it is about too.
    // Dendron's `runbook.clickhouse-merges`: a hierarchy, its subject after the dot.
    let hierarchy = !name.contains(' ') && name.split_once('.').is_some_and(|(_, rest)| !rest.is_empty());
    let with_subject = name.split_whitespace().count() >= 3 || name.contains(|c: char| c.is_ascii_digit()) || hierarchy;
    let by_name = kind_of_title(name).filter(|_| with_subject);
    let by_folder = || note.contains('/').then(|| classify(&format!("{}.md", note.trim())).kind).flatten();
    // TiddlyWiki's `[[ADR-004]]`: a decision record by its number.
    let numbered = || crate::deliverable::adr_id::title_number(name).map(|_| Kind::Adr);
    by_name.or_else(by_folder).or_else(numbered).filter(|kind| *kind != Kind::Page)
}

/// Words on a line that say what it names is still to be written (or elsewhere).
const STILL_TO_WRITE: [&str; 22] = [
    "tbd",
    "todo",
    "to be written",
    "to write",
    "not yet",
    "not written",
    "will ",
    "upcoming",
    "future",
    "later",
    "будет",
    "будущ",
    "предстоит",
    "еще пишут",
    "еще пишем",
    "пишется",
    "не написан",
    "пока нет",
    "напишем",
    "написать",
    "позже",
    "в планах",
];

/// True when line `line` of page `from` says what it names is still to be written.
fn says_still_to_write(site: &Site, from: usize, line: usize) -> bool {
    let source = &site.pages[from].source;
    let text = crate::deliverable::vocab::fold(source.lines().nth(line.saturating_sub(1)).unwrap_or_default());
    STILL_TO_WRITE.iter().any(|words| text.contains(words))
}

/// `url` with `#fragment` when there is one (a line in a file on the forge: `#L10`).
fn with_fragment(url: String, fragment: Option<&str>) -> String {
    match fragment {
        Some(fragment) => format!("{url}#{fragment}"),
        None => url,
    }
}

/// Pictures, PDFs, media and office documents: files a reader opens from the site itself.
fn is_document_file(path: &str) -> bool {
    const DOCUMENTS: [&str; 24] = [
        "png", "jpg", "jpeg", "gif", "svg", "webp", "avif", "bmp", "ico", "pdf", "mp4", "webm", "mp3", "ogg", "wav",
        "docx", "xlsx", "pptx", "odt", "ods", "odp", "drawio", "html", "htm",
    ];
    let file = path.rsplit('/').next().unwrap_or(path);
    file.rsplit_once('.').is_some_and(|(_, extension)| DOCUMENTS.contains(&extension.to_ascii_lowercase().as_str()))
}

/// W0306: a link to a file or folder the portal does not publish, while the repository's web
/// address is unknown.
fn kept_as_written(url: &str, folder: bool) -> Diagnostic {
    let what = if folder { "a folder" } else { "a file" };
    Diagnostic::warning(
        "W0306",
        format!("link `{url}` leads to {what} that is not a page of the portal; it is kept as written, since the repository's web address is unknown"),
    )
    .with_help("set `git-repository-url` under [output.html] in book.toml (or add a git remote), and the link goes to the file in the repository")
}

fn duplicate_numbers(site: &Site) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    for (number, pages) in site.duplicate_numbers() {
        let first = &site.pages[pages[0]].doc.id;
        for &page in &pages[1..] {
            found.push(
                Diagnostic::error("E0303", format!("ADR number {number} is also used by {first}"))
                    .at(&site.pages[page].doc.id, 1, 1)
                    .with_help("give each ADR its own number"),
            );
        }
    }
    found
}

fn cycles(site: &Site, graph: &KnowledgeGraph) -> Vec<Diagnostic> {
    graph
        .supersession_cycles()
        .into_iter()
        .map(|cycle| {
            let names: Vec<&str> = cycle.iter().map(|&p| site.pages[p].doc.id.as_str()).collect();
            let first = &site.pages[cycle[0]].doc;
            // On the line that states the step to the next record (`supersedes:: [[itself]]`),
            // else on the status.
            let next = cycle.get(1).copied().unwrap_or(cycle[0]);
            let stated = first.relations.iter().find(|stated| {
                matches!(stated.relation, StatedRelation::Supersedes | StatedRelation::SupersededBy)
                    && resolve_target(site, cycle[0], &stated.target) == Some(next)
            });
            let line = stated.map(|stated| stated.line).or_else(|| first.status_line()).unwrap_or(1);
            Diagnostic::error("E0304", format!("supersession cycle: {}", names.join(" → ")))
                .at(&first.id, line, 1)
                .with_help("a decision cannot, directly or through others, supersede itself")
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site(files: &[(&str, &str)]) -> Site {
        crate::site::of_texts(files, crate::deliverable::date::Date::new(2026, 12, 1).unwrap())
    }

    /// Every edge as (from id, to id, type).
    fn edges(site: &Site, graph: &KnowledgeGraph) -> Vec<(String, String, EdgeType)> {
        let id = |page: usize| site.pages[page].doc.id.clone();
        let mut edges: Vec<_> = graph.edges().map(|(from, to, edge)| (id(from), id(to), edge)).collect();
        edges.sort();
        edges
    }

    fn codes(diagnostics: &[Diagnostic]) -> Vec<(&str, String, usize)> {
        diagnostics
            .iter()
            .map(|d| (d.code.as_str(), d.file.as_ref().map(|f| f.display().to_string()).unwrap_or_default(), d.line))
            .collect()
    }

    #[test]
    fn only_the_words_of_a_mention_s_own_sentence_may_excuse_it() {
        let near = |line: &str, number| words_near_number(line, number);
        assert!(near("Это будет будущий ADR-14.", 14).contains("будущ"));
        assert!(near("Limits are ADR-12 in the platform repo.", 12).contains("repo "));
        let elsewhere = "Подробности — см. ADR-0006. Раздел о будущих лимитах допишем потом.";
        assert!(!near(elsewhere, 6).contains("будущ"), "{}", near(elsewhere, 6));
        let far = "Мы опираемся на ADR-0006 и на то, как нагрузка вырастет за три квартала в будущем";
        assert!(!near(far, 6).contains("будущ"), "{}", near(far, 6));
        assert_eq!(near("нет номера, но будет", 6), "нет номера но будет ");
    }

    fn edge(from: &str, to: &str, edge: EdgeType) -> (String, String, EdgeType) {
        (from.to_owned(), to.to_owned(), edge)
    }

    #[test]
    fn an_entity_s_number_field_is_the_code_a_mention_names() {
        let site = site(&[
            (
                "Продукт/Decisions/Единый BFF.md",
                "# Единый BFF для iOS и Android\n\n- **Номер:** DEC-27\n- **State:** На рассмотрении\n",
            ),
            ("Продукт/Decisions/Push.md", "# Отказ от push-сервиса\n\n- **Номер:** DEC-21\n- **State:** Принято\n"),
            (
                "Продукт/Documents/Роадмап.md",
                "# Роадмап\n\n| Фича | State | Комментарий |\n|---|---|---|\n| Единый BFF | Planned | ждёт DEC-27 |\n",
            ),
        ]);
        let (graph, diagnostics) = build(&site);
        assert!(
            edges(&site, &graph).contains(&edge(
                "Продукт/Documents/Роадмап.md",
                "Продукт/Decisions/Единый BFF.md",
                EdgeType::References
            )),
            "{:?} {diagnostics:?}",
            edges(&site, &graph)
        );
    }

    #[test]
    fn a_dendron_relation_names_its_note_after_the_bar() {
        // The bar in a table's cell escaped, as the dialect rewriter leaves it.
        let site = site(&[
            ("vault/adr.0001.idempotency-keys.md", "# 0001. Ключи идемпотентности\n\n**Статус:** Принято\n"),
            (
                "vault/adr.0004.outbox.md",
                "# 0004. Outbox\n\n| | |\n|---|---|\n| Статус | Принято |\n| Зависит от | [[Ключи\\|adr.0001.idempotency-keys]] |\n",
            ),
        ]);
        let (graph, diagnostics) = build(&site);
        assert!(
            edges(&site, &graph).contains(&edge(
                "vault/adr.0004.outbox.md",
                "vault/adr.0001.idempotency-keys.md",
                EdgeType::DependsOn
            )),
            "{:?} {diagnostics:?}",
            edges(&site, &graph)
        );
    }

    #[test]
    fn a_docfx_uid_mention_is_a_reference() {
        let site = site(&[
            ("articles/incidents/ota.md", "---\nuid: fleet.incident.ota-4-12\n---\n# Постмортем OTA\n"),
            ("articles/adr/0001.md", "---\nuid: \"fleet adr 1\"\n---\n# ADR-0001\n"),
            (
                "articles/runbooks/halt.md",
                "# Halt\n\nWritten after @fleet.incident.ota-4-12. See @\"fleet adr 1\" too.\n",
            ),
            (
                "articles/people.md",
                "# People\n\nAsk @ivanov, mail ops@fleet.incident.ota-4-12, `@fleet.incident.ota-4-12`.\n\n```\n@fleet.incident.ota-4-12\n```\n",
            ),
        ]);
        let (graph, _) = build(&site);
        assert_eq!(
            edges(&site, &graph),
            vec![
                edge("articles/runbooks/halt.md", "articles/adr/0001.md", EdgeType::References),
                edge("articles/runbooks/halt.md", "articles/incidents/ota.md", EdgeType::References),
            ]
        );
    }

    #[test]
    fn an_exported_issue_is_found_by_its_number() {
        let site = site(&[
            ("issues/142-zaderzhka.md", "# Инцидент: задержка статусов\n\nСм. также #157 и platform/other#163.\n"),
            ("issues/157-dubli.md", "# Инцидент: дубли\n\n- **Issue:** platform/dispatch#157\n\nПохоже на #142.\n"),
            ("issues/163-etrn.md", "# Оценка ЭТрН\n"),
            ("wiki/home.md", "# Главная\n\n- #142 — задержка\n- шаг #2, `#163` в коде\n\n```\n#157\n```\n"),
        ]);
        let (graph, _) = build(&site);
        assert_eq!(
            edges(&site, &graph),
            vec![
                edge("issues/142-zaderzhka.md", "issues/157-dubli.md", EdgeType::References),
                edge("issues/157-dubli.md", "issues/142-zaderzhka.md", EdgeType::References),
                edge("wiki/home.md", "issues/142-zaderzhka.md", EdgeType::References),
            ],
            "another project's issue, the issue itself, a number no issue has and code are none"
        );
    }

    #[test]
    fn bookdown_s_cross_references_lead_to_the_labelled_chapter_and_section() {
        let chapters = [
            (
                "01-adr-001.md",
                "# (PART) Решения {-}\n\n# ADR-001. RabbitMQ {#adr-001}\n\n## Статус {-}\n\n**Заменено** решением ADR-004 (см. главу \\@ref(adr-004)).\n",
            ),
            ("04-adr-004.md", "# ADR-004. Kafka {#adr-004}\n\n## Статус\n\nПринято.\n"),
            ("12-runbook.md", "# Ранбук: лаг\n\n## Лаг консьюмера {#sec-lag}\n\nx\n"),
            ("06-incident.md", "# Разбор\n\nШаги — в разделе \\@ref(sec-lag); решение — глава \\@ref(adr-004); \\@ref(nowhere) нет.\n"),
        ];
        // As a site reads its files: the dialects rewritten first.
        let read: Vec<(&str, String)> = chapters
            .iter()
            .map(|(path, text)| (*path, crate::markdown::dialects::as_commonmark(text).into_owned()))
            .collect();
        let site = site(&read.iter().map(|(path, text)| (*path, text.as_str())).collect::<Vec<_>>());
        let (graph, diagnostics) = build(&site);
        let drawn = edges(&site, &graph);
        assert!(drawn.contains(&edge("06-incident.md", "12-runbook.md", EdgeType::References)), "{drawn:?}");
        assert!(drawn.contains(&edge("04-adr-004.md", "01-adr-001.md", EdgeType::Supersedes)), "{drawn:?}");
        assert!(drawn.contains(&edge("06-incident.md", "04-adr-004.md", EdgeType::References)), "a title's label");
        let unlabelled: Vec<_> = codes(&diagnostics).into_iter().filter(|(code, ..)| *code == "W0310").collect();
        assert_eq!(unlabelled.len(), 1, "only the label no chapter sets: {unlabelled:?}");
    }

    #[test]
    fn a_notes_app_s_link_with_spaces_leads_to_its_note_or_is_reported_broken() {
        let note = "# Разбор\n\nСм. [Ранбук](./Ранбук- Redis-кластер.md) и [чек-лист](./Чек-лист выкладки.md).\n";
        let note = crate::markdown::dialects::as_commonmark(note).into_owned();
        let site = site(&[("Разбор.md", note.as_str()), ("Ранбук- Redis-кластер.md", "# Ранбук\n\nx\n")]);
        let (graph, diagnostics) = build(&site);
        assert_eq!(edges(&site, &graph), vec![edge("Разбор.md", "Ранбук- Redis-кластер.md", EdgeType::References)]);
        let broken: Vec<_> = codes(&diagnostics).into_iter().filter(|(code, ..)| *code == "E0301").collect();
        assert_eq!(broken.len(), 1, "the missing note: {broken:?}");
    }

    #[test]
    fn a_tracker_task_numbered_in_its_file_holds_the_record_its_title_numbers() {
        let decision = "# Задача №1187. АР-001: Единый API-шлюз на Kong\n\n- **Статус:** Принято\n- **Шаблон:** Архитектурное решение\n\n## Описание\n\n**Контекст.** x\n\n**Решение.** Kong.\n";
        let site = site(&[
            ("Задачи/1187.md", decision),
            ("Справочник/Команда.md", "# Команда\n\nШлюз — по ADR-1 (АР-001).\n"),
        ]);
        assert_eq!(
            (site.pages[0].doc.kind(), site.pages[0].doc.number.as_ref().map(|number| number.value.value)),
            (Kind::Adr, Some(1))
        );
        let (graph, diagnostics) = build(&site);
        assert!(codes(&diagnostics).iter().all(|(code, ..)| *code != "E0306"), "{:?}", codes(&diagnostics));
        assert!(edges(&site, &graph).contains(&edge("Справочник/Команда.md", "Задачи/1187.md", EdgeType::References)));
    }

    #[test]
    fn a_help_center_s_article_address_by_its_id_alone() {
        let site = site(&[
            ("planning/4416904411125-sre-roadmap-h1-2026.md", "# SRE roadmap H1 2026\n\nx\n"),
            (
                "planning/4417730055218-estimate-failover.md",
                "# Estimate\n\nBacks a line of the [SRE roadmap](https://brightcart.zendesk.com/hc/en-us/articles/4416904411125).\n",
            ),
            ("daily/20260302-standup.md", "# Standup\n\n[x](https://example.org/a/20260302)\n"),
        ]);
        let (graph, _) = build(&site);
        assert_eq!(
            edges(&site, &graph),
            vec![edge(
                "planning/4417730055218-estimate-failover.md",
                "planning/4416904411125-sre-roadmap-h1-2026.md",
                EdgeType::References
            )],
            "a day before a slug is no article's id"
        );
    }

    #[test]
    fn a_relation_to_a_ticket_in_another_system_is_no_error() {
        let site = site(&[
            (
                "ARCH/ARCH-71.md",
                "# ARCH-71: PgBouncer\n\nСтатус: Принято\nСвязи:\n- relates to: [DBA-233](https://jira.example.ru/browse/DBA-233)\n- relates to: [ARCH-99](ARCH-99.md)\n\n## Контекст\n\nx\n",
            ),
        ]);
        let (_, diagnostics) = build(&site);
        let codes: Vec<(&str, String, usize)> = codes(&diagnostics);
        assert_eq!(codes.len(), 1, "{codes:?}");
        assert!(codes[0].1.contains("ARCH-71") && codes[0].2 == 6, "the missing file is still one: {codes:?}");
    }

    #[test]
    fn a_page_s_site_path_written_bare_in_prose_references_it() {
        let site = site(&[
            (
                "t/adr-011-kafka/212.md",
                "# ADR-011 Kafka\n\nCut-over plan is here: /t/cutover-plan/224.\n\nNot /etc/nginx/nginx.conf, not `/t/runbook/246`, not a/t/runbook/246.\n",
            ),
            ("t/cutover-plan/224.md", "# Cut-over plan\n\nx\n"),
            ("t/runbook/246.md", "# Runbook\n\nSee (/t/adr-011-kafka/212) and «/t/cutover-plan/224»\n"),
        ]);
        let (graph, _) = build(&site);
        assert_eq!(
            edges(&site, &graph),
            vec![
                edge("t/adr-011-kafka/212.md", "t/cutover-plan/224.md", EdgeType::References),
                edge("t/runbook/246.md", "t/adr-011-kafka/212.md", EdgeType::References),
                edge("t/runbook/246.md", "t/cutover-plan/224.md", EdgeType::References),
            ],
            "a path in code, glued to a word or of no page is none"
        );
    }

    #[test]
    fn a_header_field_naming_a_page_by_its_whole_title_references_it() {
        let site = site(&[
            (
                "roadmap.md",
                "# Портфель 2026 Q2\n\n**Оценки:** Внедрение СЭД в филиалах — оценка, Прочее\n**Команда:** Платформа\n",
            ),
            ("estimates/sed.md", "# Внедрение СЭД в филиалах — оценка\n\nТекст.\n"),
            ("teams.md", "# Платформа\n\nКоманда.\n"),
            ("actions/cert.md", "# Мониторинг\n\n**Инцидент:** ИНЦ-031\n**Срок:** 2026-04-30\n"),
            ("incidents/inc-031.md", "# ИНЦ-031 Недоступность портала\n\n**Серьёзность:** SEV-2\n"),
        ]);
        let (graph, _) = build(&site);
        assert_eq!(
            edges(&site, &graph),
            vec![
                edge("actions/cert.md", "incidents/inc-031.md", EdgeType::References),
                edge("roadmap.md", "estimates/sed.md", EdgeType::References),
            ],
            "a one-word value («Платформа») names a team, not its page"
        );
    }

    #[test]
    fn each_relation_is_stored_once_in_its_active_voice() {
        let cases: [(&str, EdgeType, bool); 8] = [
            ("Заменяет", EdgeType::Supersedes, false),
            ("Заменено", EdgeType::Supersedes, true),
            ("Дополняет", EdgeType::Amends, false),
            ("Дополнено", EdgeType::Amends, true),
            ("Зависит от", EdgeType::DependsOn, false),
            ("Связано с", EdgeType::RelatesTo, false),
            ("Уточняет", EdgeType::Clarifies, false),
            ("Уточнено", EdgeType::Clarifies, true),
        ];
        for (written, expected, passive) in cases {
            let text = format!("# Б\n\n**Статус:** Принято\n**{written}:** ADR-0001\n");
            let site = site(&[("adr/adr-0001-a.md", "# А\n"), ("adr/adr-0002-b.md", &text)]);
            let (graph, diagnostics) = build(&site);
            assert!(diagnostics.is_empty(), "{written}: {diagnostics:?}");
            let (from, to) = if passive {
                ("adr/adr-0001-a.md", "adr/adr-0002-b.md")
            } else {
                ("adr/adr-0002-b.md", "adr/adr-0001-a.md")
            };
            assert_eq!(edges(&site, &graph), vec![edge(from, to, expected)], "{written}");
            let stated_by = site.index_of("adr/adr-0002-b.md").unwrap();
            let (from, to) = (site.index_of(from).unwrap(), site.index_of(to).unwrap());
            assert_eq!(graph.statement_line(from, to, expected, stated_by), Some(4), "{written}: who said it, where");
        }
    }

    #[test]
    fn targets_resolve_by_file_then_number_then_title() {
        let site = site(&[
            ("adr/adr-0001-a.md", "# Первое решение\n"),
            ("adr/adr-0002-b.md", "# Второе\n"),
            ("adr/adr-0003-c.md", "# Третье\n\n- Зависит от: [ADR-0002](adr-0001-a.md)\n"),
            ("adr/adr-0004-d.md", "# Четвёртое\n\n- Зависит от: ADR 2\n"),
            ("adr/adr-0005-e.md", "# Пятое\n\n- Связано с: Первое  решение\n"),
            ("specs/tech-spec-x.md", "# Спека\n\n- Зависит от: [решение](../adr/adr-0002-b.md#контекст)\n"),
        ]);
        let (graph, diagnostics) = build(&site);
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        assert_eq!(
            edges(&site, &graph),
            vec![
                edge("adr/adr-0003-c.md", "adr/adr-0001-a.md", EdgeType::DependsOn),
                edge("adr/adr-0004-d.md", "adr/adr-0002-b.md", EdgeType::DependsOn),
                edge("adr/adr-0005-e.md", "adr/adr-0001-a.md", EdgeType::RelatesTo),
                edge("specs/tech-spec-x.md", "adr/adr-0002-b.md", EdgeType::DependsOn),
            ],
            "the linked file wins over the number in its text; a title matches in any case and spacing"
        );
    }

    #[test]
    fn body_links_and_mentions_are_references_unless_a_typed_edge_exists() {
        let site = site(&[
            ("adr/adr-0001-a.md", "# А\n\n## Контекст\n\nТекст.\n"),
            ("adr/adr-0002-b.md", "# Б\n\n**Заменяет:** ADR-0001\n\nСм. ADR-0001 и [А](adr-0001-a.md).\n"),
            (
                "notes/n.md",
                "# Заметка\n\nПро ADR-1, [контекст](../adr/adr-0001-a.md#контекст), [ниже](#раздел) и [сайт](https://x.org).\n\n## Раздел\n",
            ),
            ("index.md", "# Главная\n\n[заметки](notes/) и ADR-9.\n"),
            ("notes/README.md", "# Заметки\n"),
        ]);
        let (graph, diagnostics) = build(&site);
        let found: Vec<(String, &str)> = diagnostics.iter().map(|d| (d.code.to_string(), d.message.as_str())).collect();
        assert_eq!(found, vec![("E0306".to_owned(), "ADR-9 is named, but no decision record has that number")]);
        assert_eq!(
            edges(&site, &graph),
            vec![
                edge("adr/adr-0002-b.md", "adr/adr-0001-a.md", EdgeType::Supersedes),
                edge("index.md", "notes/README.md", EdgeType::References),
                edge("notes/n.md", "adr/adr-0001-a.md", EdgeType::References),
            ],
            "a folder link finds its README; a mention of a missing ADR is no edge; anchors on the page itself are fine"
        );
    }

    #[test]
    fn a_paragraph_that_opens_with_a_relation_is_an_edge_and_a_missing_target_a_mention() {
        let site = site(&[
            ("adr/adr-0101-a.md", "# А\n\n**Статус:** Принято\n\n## Контекст\n\nСвязано с ADR-0104: ретраи.\n\nЗависит от ADR-0299, это решение другой команды.\n"),
            ("adr/adr-0104-b.md", "# Б\n\n**Статус:** Предложено\n"),
        ]);
        let (graph, diagnostics) = build(&site);
        assert!(codes(&diagnostics).is_empty(), "{diagnostics:?}");
        assert_eq!(edges(&site, &graph), vec![edge("adr/adr-0101-a.md", "adr/adr-0104-b.md", EdgeType::RelatesTo)]);
    }

    #[test]
    fn broken_links_unresolved_targets_duplicates_and_cycles_are_errors_with_lines() {
        let site = site(&[
            ("adr/adr-0001-a.md", "# А\n\n**Статус:** Заменено ADR-0002\n\n[нет](missing.md)\n"),
            ("adr/adr-0002-b.md", "# Б\n\n**Статус:** Заменено ADR-0001\n\n[якорь](adr-0001-a.md#нет-такого)\n"),
            (
                "adr/adr-0003-c.md",
                "# В\n\n- Зависит от: [пропавшее](adr-0099-x.md)\n- Связано с: Несуществующее решение\n",
            ),
            ("decisions/0003-c.md", "# В снова\n\n[вне](../../etc/passwd)\n"),
        ]);
        let (_, diagnostics) = build(&site);
        let mut found = codes(&diagnostics);
        found.sort();
        assert_eq!(
            found,
            vec![
                ("E0301", "adr/adr-0001-a.md".to_owned(), 5),
                ("E0301", "decisions/0003-c.md".to_owned(), 3),
                ("E0302", "adr/adr-0003-c.md".to_owned(), 3),
                ("E0303", "decisions/0003-c.md".to_owned(), 1),
                ("E0304", "adr/adr-0001-a.md".to_owned(), 3),
                ("E0305", "adr/adr-0002-b.md".to_owned(), 5),
                ("W0309", "adr/adr-0003-c.md".to_owned(), 4),
            ]
        );
        let anchored = super::tests::site(&[("a.md", "# A\n"), ("b.md", "# B\n\n[якорь](a.md#нет-такого)\n")]);
        let (graph, anchor_findings) = build(&anchored);
        assert_eq!(codes(&anchor_findings), vec![("E0305", "b.md".to_owned(), 3)]);
        assert_eq!(
            edges(&anchored, &graph),
            vec![edge("b.md", "a.md", EdgeType::References)],
            "it still leads to its page"
        );
        let outside = diagnostics.iter().find(|d| d.message.contains("outside")).expect("a link out of the tree");
        assert_eq!(outside.code, "E0301");
        let itself = site_of_one("adr/adr-0005-e.md", "# Д\n\n**Статус:** Принято\n**Заменяет:** ADR-0005\n");
        let (_, diagnostics) = build(&itself);
        assert_eq!(codes(&diagnostics), vec![("E0304", "adr/adr-0005-e.md".to_owned(), 4)], "on the relation's line");
    }

    fn site_of_one(id: &str, text: &str) -> Site {
        site(&[(id, text)])
    }

    #[test]
    fn a_specification_superseding_its_own_revision_names_no_page() {
        let site = site(&[
            ("roc/ppc_icd.md", "# ICD-ROC-PPC-002\n\n| | |\n|---|---|\n| Status | Approved for design |\n| Supersedes | Rev A, 2025-06-02 |\n\n## 1. Scope\n"),
            ("specs/spec-x.md", "# Spec\n\n- Supersedes: [old spec](spec-old.md)\n"),
        ]);
        let (_, diagnostics) = build(&site);
        assert_eq!(
            codes(&diagnostics),
            vec![("E0302", "specs/spec-x.md".to_owned(), 3)],
            "a link that leads nowhere still is one"
        );
    }

    #[test]
    fn links_and_mentions_in_the_header_are_checked_and_count() {
        let site = site(&[
            ("adr/adr-0001-a.md", "# А\n\n**Статус:** Принято  \n**Ранбук:** [ранбук](../runbooks/runbook-x.md)  \n**Связано:** ADR-0002\n"),
            ("adr/adr-0002-b.md", "# Б\n\n**Статус:** Принято\n"),
        ]);
        let (graph, diagnostics) = build(&site);
        let found: Vec<(&str, usize)> = diagnostics.iter().map(|d| (d.code.as_str(), d.line)).collect();
        assert_eq!(found, vec![("E0301", 4)], "the header's broken link is reported on its line");
        // «Связано:» states the relation the mention is.
        assert_eq!(edges(&site, &graph), vec![edge("adr/adr-0001-a.md", "adr/adr-0002-b.md", EdgeType::RelatesTo)]);
    }

    #[test]
    fn links_written_as_a_site_generators_routes_lead_to_their_pages() {
        let docusaurus_adr = "---\nid: kafka\nslug: /decisions/kafka\n---\n# Kafka\n";
        let hugo_post = "---\naliases: [/old/outage]\n---\n# Outage\n";
        let linking = "# Links\n\n\
            [intro](../intro) [by id](/docs/adr/kafka) [by slug](/decisions/kafka/)\n\
            [numbered](/docs/guide/setup) [html](../intro.html) [folder](/docs/guide/) [alias](/old/outage)\n\
            [from the page's address](../0002-kafka/)\n";
        let site = site(&[
            ("docs/adr/0002-kafka.md", docusaurus_adr),
            ("docs/adr/0003-links.md", linking),
            ("docs/intro.md", "# Intro\n"),
            ("docs/guide/_index.md", "# Guide\n"),
            ("docs/guide/01-setup.md", "# Setup\n"),
            ("posts/outage.md", hugo_post),
        ]);
        let (graph, diagnostics) = build(&site);
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        let from = site.index_of("docs/adr/0003-links.md").unwrap();
        let mut linked: Vec<&str> =
            graph.outgoing(from).into_iter().map(|(to, _)| site.pages[to].doc.id.as_str()).collect();
        linked.sort_unstable();
        linked.dedup();
        assert_eq!(
            linked,
            [
                "docs/adr/0002-kafka.md",
                "docs/guide/01-setup.md",
                "docs/guide/_index.md",
                "docs/intro.md",
                "posts/outage.md"
            ]
        );
    }

    #[test]
    fn a_route_from_the_generator_s_source_folder_leads_to_its_page() {
        // VuePress serves `docs/guide/start.md` at `/guide/start.html`; Starlight serves
        // `src/content/docs/guides/setup.md` at `/guides/setup/`.
        let site = site(&[
            ("docs/README.md", "# Home\n\n[start](/guide/start.html)\n"),
            ("docs/guide/start.md", "# Start\n"),
            ("src/content/docs/index.md", "# Payments\n\n[setup](/guides/setup/) [gone](/guides/gone.html)\n"),
            ("src/content/docs/guides/setup.md", "# Setup\n"),
        ]);
        let (graph, diagnostics) = build(&site);
        let found: Vec<(&str, usize)> = diagnostics.iter().map(|d| (d.code.as_str(), d.column)).collect();
        assert_eq!(found, vec![("E0301", 25)], "only the missing page is reported: {diagnostics:?}");
        assert_eq!(
            edges(&site, &graph),
            vec![
                edge("docs/README.md", "docs/guide/start.md", EdgeType::References),
                edge("src/content/docs/index.md", "src/content/docs/guides/setup.md", EdgeType::References),
            ]
        );
    }

    #[test]
    fn a_wikilink_by_an_adr_number_leads_to_the_record_of_that_number() {
        let site = site(&[
            ("ADR-004 Выбор брокера.md", "# ADR-004 Выбор брокера\n\n**Статус:** Принято\n"),
            ("Разбор.md", "# Разбор\n\nСм. [[ADR-004]] и [[ADR-009]].\n"),
        ]);
        let (graph, diagnostics) = build(&site);
        assert_eq!(codes(&diagnostics), vec![("E0308", "Разбор.md".to_owned(), 3)], "only the number no record has");
        assert!(edges(&site, &graph).contains(&edge("Разбор.md", "ADR-004 Выбор брокера.md", EdgeType::References)));
    }

    #[test]
    fn a_decision_named_by_its_padded_number_leads_to_it_and_is_never_an_error() {
        let site = site(&[
            (
                "decisions/003-oncall-weekly-rotation.md",
                "# 003. Недельная ротация

Статус: Принято
",
            ),
            (
                "runs/2025-11-12-timeouts.md",
                "# Таймауты

Дежурный (ротация по решению 003) узнал из поддержки.
",
            ),
            (
                "notes.md",
                "# Заметки

MADR decision 0012 chose a badge; Decision 0008 weighed a table.
",
            ),
        ]);
        let (graph, diagnostics) = build(&site);
        assert!(codes(&diagnostics).iter().all(|(code, _, _)| *code != "E0306"), "{diagnostics:?}");
        let drawn = edges(&site, &graph);
        let rotation = "decisions/003-oncall-weekly-rotation.md";
        assert!(drawn.contains(&edge("runs/2025-11-12-timeouts.md", rotation, EdgeType::References)), "{drawn:?}");
    }

    #[test]
    fn a_zettlr_link_by_the_id_a_note_s_front_matter_states() {
        let site = site(&[
            ("20250110120000 Указатель.md", "# Указатель\n\n- [[20260305120000]] — план второго ЦОДа\n"),
            (
                "Исследования/План второго ЦОДа.md",
                "---\ntitle: План второго ЦОДа\nid: 20260305120000\n---\n\n# План второго ЦОДа\n",
            ),
        ]);
        let (graph, diagnostics) = build(&site);
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        assert!(edges(&site, &graph).contains(&edge(
            "20250110120000 Указатель.md",
            "Исследования/План второго ЦОДа.md",
            EdgeType::References
        )));
    }

    #[test]
    fn an_unknown_route_is_a_warning_and_a_missing_file_an_error() {
        let text = "# Links\n\n[route](/tags/nowhere) [file](/docs/nowhere.md) [relative](../gone)\n";
        let site = site(&[("docs/a.md", text)]);
        let (_, diagnostics) = build(&site);
        let found: Vec<(&str, usize)> = diagnostics.iter().map(|d| (d.code.as_str(), d.column)).collect();
        assert_eq!(found, vec![("W0307", 1), ("E0301", 24), ("E0301", 49)], "{diagnostics:?}");
        // `/docs/nowhere` where `docs/` serves the site's pages: a page it does not have.
        let in_pages = site_of_one("docs/a.md", "# Links\n\n[page](/docs/nowhere)\n");
        let (_, diagnostics) = build(&in_pages);
        assert_eq!(codes(&diagnostics), vec![("E0301", "docs/a.md".to_owned(), 3)]);
    }

    #[test]
    fn an_obsidian_vault_s_wikilinks_name_notes_wherever_they_are() {
        let old = "# Брокер MQTT\n\nСтатус: Заменено\n\n## Контекст\n\nx\n";
        let new = "# Брокер EMQX\n\nСтатус: Принято\nЗаменяет: [[ADR-003 Брокер MQTT]]\n\n## Контекст\n\n\
                   См. [[Глоссарий]], [[Решения/ADR-003 Брокер MQTT#Контекст|контекст]] и [[Нет такой]].\n";
        let site = site(&[
            ("Решения/ADR-003 Брокер MQTT.md", old),
            ("Решения/ADR-004 Брокер EMQX.md", new),
            ("Справка/Глоссарий.md", "# Глоссарий\n"),
        ]);
        let (graph, diagnostics) = build(&site);
        let found: Vec<(&str, usize)> = diagnostics.iter().map(|d| (d.code.as_str(), d.line)).collect();
        assert_eq!(found, vec![("W0308", 8)], "only the note nobody wrote: {diagnostics:?}");
        // A note named as a deliverable leads a reader to a page that is not there, unless the
        // line says it is still to be written.
        let broken = site_of_one(
            "Инциденты/Разбор.md",
            "# Разбор\n\nСм. [[Runbook - Ledger failover]], [[Ранбуки/Kafka]], [[runbook.clickhouse-merges]], [[Ранбук-Ручной-перевыпуск-сертификата]], [[ADR-004]].\n\nЕщё [[Ранбук — переключение БД]] — напишем после учений; [[Priya Nair]], [[Runbook]].\n\nЗаметка [[20251130120000]].\n",
        );
        let (_, diagnostics) = build(&broken);
        let found: Vec<(&str, usize)> = diagnostics.iter().map(|d| (d.code.as_str(), d.line)).collect();
        assert_eq!(
            found,
            vec![
                ("E0308", 3),
                ("E0308", 3),
                ("E0308", 3),
                ("E0308", 3),
                ("E0308", 3),
                ("W0308", 5),
                ("W0308", 5),
                ("W0308", 5),
                ("E0308", 7)
            ],
            "a type's page (`[[Runbook]]`) is no document: {diagnostics:?}"
        );
        assert_eq!(site.pages[site.index_of("Решения/ADR-003 Брокер MQTT.md").unwrap()].doc.number_value(), Some(3));
        let edges = edges(&site, &graph);
        assert!(edges.contains(&edge(
            "Решения/ADR-004 Брокер EMQX.md",
            "Решения/ADR-003 Брокер MQTT.md",
            EdgeType::Supersedes
        )));
        assert!(edges.contains(&edge("Решения/ADR-004 Брокер EMQX.md", "Справка/Глоссарий.md", EdgeType::References)));
    }
}
