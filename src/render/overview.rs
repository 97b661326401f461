//! The leadership overview: one page of tiles that answer "what needs me?" and a list page
//! behind each — decisions, incidents and follow-ups, roadmap, estimates, runbooks — with
//! build-time SVG charts that carry their numbers as text and a data table beside them.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use minijinja::{context, Value};
use serde::Serialize;

use super::context::{template_value, Renderer};
use crate::analysis::leadership::{ActionStatus, DocumentRef};
use crate::deliverable::date::Quarter;
use crate::deliverable::measures::Unit;
use crate::deliverable::roadmap::RoadmapStatus;
use crate::deliverable::Status;
use crate::text::escape_html;
use crate::urls::{self, OverviewView};

#[derive(Debug, Serialize)]
struct Tile {
    id: &'static str,
    label: String,
    value: String,
    detail: String,
    href: String,
    alert: bool,
}

#[derive(Debug, Serialize)]
struct Link {
    title: String,
    href: String,
    label: String,
}

#[derive(Debug, Serialize)]
struct Chart {
    svg: String,
    legend: Vec<(String, String)>,
    rows: Vec<(String, Vec<u32>)>,
    columns: Vec<String>,
}

impl Renderer<'_> {
    /// A link from the page at `from` to the document with source id `id`.
    fn link_to(&self, from: &str, id: &str, title: &str, label: Option<&str>) -> Link {
        let href =
            self.site.index_of(id).map(|i| urls::relative_href(from, &self.site.pages[i].path)).unwrap_or_default();
        Link { title: title.to_owned(), href, label: label.unwrap_or_default().to_owned() }
    }

    /// A link to a leadership row's document, labelled by its number when it has one.
    fn link_to_document(&self, from: &str, document: &DocumentRef) -> Link {
        self.link_to(from, &document.id, &document.title, document.label.as_deref())
    }

    fn days(&self, days: i64) -> String {
        format!("{days} {}", self.ui_text(if days.abs() == 1 { "day_short" } else { "days_short" }))
    }

    /// When the data is from: the date, and the commit (linked when the repository's URL is
    /// configured) with whether the sources had uncommitted changes.
    fn as_of_stamp(&self) -> Value {
        let revision = self.leadership.revision.as_ref();
        let commit_href = revision
            .zip(self.config.output.html.git_repository_url.as_deref())
            .map(|(revision, url)| format!("{}/commit/{}", url.trim_end_matches('/'), revision.commit));
        context! {
            date => self.leadership.as_of.to_string(),
            commit => revision.map(|revision| revision.commit.clone()),
            uncommitted => revision.is_some_and(|revision| revision.uncommitted_changes),
            commit_href => commit_href,
        }
    }

    /// A figure with nothing to read it from is not measured, never 0.
    fn measured_or(&self, has_sources: bool, value: usize) -> String {
        if has_sources {
            value.to_string()
        } else {
            self.ui_text("not_measured")
        }
    }

    /// The tiles of the overview's first page, each linking to its view from `path`.
    fn tiles(&self, path: &str) -> Vec<Tile> {
        let to = |view: OverviewView| urls::relative_href(path, view.path());
        vec![
            self.decisions_tile(to(OverviewView::Decisions)),
            self.actions_tile(to(OverviewView::Incidents)),
            self.runbooks_tile(to(OverviewView::Runbooks)),
            self.incidents_tile(to(OverviewView::Incidents)),
            self.roadmap_tile(to(OverviewView::Roadmap)),
            self.estimates_tile(to(OverviewView::Estimates)),
        ]
    }

    fn decisions_tile(&self, href: String) -> Tile {
        let answers = &self.leadership;
        let has_adrs = !self.site.pages_of_kind(crate::deliverable::Kind::Adr).is_empty();
        let oldest = answers.decisions_awaiting.iter().find_map(|d| d.age_days);
        Tile {
            id: "decisions",
            label: self.ui_text("ov_awaiting"),
            value: self.measured_or(has_adrs, answers.decisions_awaiting.len()),
            detail: oldest.map(|age| format!("{}: {}", self.ui_text("ov_oldest"), self.days(age))).unwrap_or_default(),
            href,
            alert: answers.decisions_awaiting.iter().any(|d| d.past_decide_by),
        }
    }

    fn actions_tile(&self, href: String) -> Tile {
        let answers = &self.leadership;
        let overdue = answers.overdue_actions().count();
        let open = answers.open_actions().count();
        let dated = answers.open_actions().filter(|row| row.due.is_some()).count();
        Tile {
            id: "actions",
            label: self.ui_text("ov_overdue_actions"),
            value: self.measured_or(!answers.action_items.is_empty(), overdue),
            detail: format!("{dated} {} {open} {}", self.ui_text("ov_of"), self.ui_text("ov_open_with_due")),
            href,
            alert: overdue > 0,
        }
    }

    fn runbooks_tile(&self, href: String) -> Tile {
        let answers = &self.leadership;
        let stale = answers.stale_runbooks().count();
        let reviewed = answers.runbooks.iter().filter(|r| r.last_reviewed.is_some()).count();
        Tile {
            id: "runbooks",
            label: self.ui_text("ov_stale_runbooks"),
            value: self.measured_or(!answers.runbooks.is_empty(), stale),
            detail: format!(
                "{reviewed} {} {} {}",
                self.ui_text("ov_of"),
                answers.runbooks.len(),
                self.ui_text("ov_with_review_date")
            ),
            href,
            alert: stale > 0,
        }
    }

    fn incidents_tile(&self, href: String) -> Tile {
        let answers = &self.leadership;
        let this_quarter = Quarter::of(answers.as_of);
        let incidents_now =
            answers.incidents.iter().filter(|i| i.date.is_some_and(|d| Quarter::of(d) == this_quarter)).count();
        Tile {
            id: "incidents",
            label: format!("{} {this_quarter}", self.ui_text("ov_incidents_in")),
            value: self.measured_or(!answers.incidents.is_empty(), incidents_now),
            detail: format!("{}: {}", self.ui_text("ov_all_incidents"), answers.incidents.len()),
            href,
            alert: false,
        }
    }

    fn roadmap_tile(&self, href: String) -> Tile {
        let answers = &self.leadership;
        let slipped = answers.slipped().count();
        let at_risk = answers.at_risk().count();
        let has_roadmap = answers.roadmap.iter().any(|map| !map.items.is_empty());
        Tile {
            id: "roadmap",
            label: self.ui_text("ov_roadmap_trouble"),
            value: self.measured_or(has_roadmap, slipped + at_risk),
            detail: format!("{}: {slipped}; {}: {at_risk}", self.ui_text("ov_slipped"), self.ui_text("ov_at_risk")),
            href,
            alert: slipped > 0,
        }
    }

    fn estimates_tile(&self, href: String) -> Tile {
        let answers = &self.leadership;
        let (within, measured) = answers.estimate_accuracy();
        Tile {
            id: "estimates",
            label: self.ui_text("ov_estimates_within"),
            value: if measured == 0 { self.ui_text("not_measured") } else { format!("{within}/{measured}") },
            detail: format!(
                "{measured} {} {} {}",
                self.ui_text("ov_of"),
                answers.estimates.len(),
                self.ui_text("ov_with_actual")
            ),
            href,
            alert: false,
        }
    }

    /// The overview's first page: its tiles and the documents incidents keep coming back to.
    pub(super) fn overview_context(&self, path: &str) -> Value {
        let tiles = self.tiles(path);
        let hot_spots = self.hot_spots(path);
        let base = self.base_context(path, None);
        context! {
            ..base,
            ..context! {
                view => "summary",
                as_of => self.as_of_stamp(),
                tiles => template_value(&tiles),
                hot_spots => template_value(&hot_spots),
                views => template_value(&self.view_links(path)),
            }
        }
    }

    fn view_links(&self, path: &str) -> Vec<(String, String, bool)> {
        OverviewView::ALL
            .iter()
            .map(|view| {
                (
                    self.ui_text(&format!("ov_view_{}", view.id())),
                    urls::relative_href(path, view.path()),
                    view.path() == path,
                )
            })
            .collect()
    }

    /// One list page of the overview.
    pub(super) fn overview_list_context(&self, path: &str, view: OverviewView) -> Value {
        let data = match view {
            OverviewView::Decisions => self.decisions_view(path),
            OverviewView::Incidents => self.incidents_view(path),
            OverviewView::Roadmap => self.roadmap_view(path),
            OverviewView::Estimates => self.estimates_view(path),
            OverviewView::Runbooks | OverviewView::Summary => self.runbooks_view(path),
        };
        let base = self.base_context(path, None);
        context! {
            ..base,
            ..context! {
                view => view.id(),
                title => self.ui_text(&format!("ov_view_{}", view.id())),
                as_of => self.as_of_stamp(),
                views => template_value(&self.views_links_without_summary(path)),
                data => data,
            }
        }
    }

    fn views_links_without_summary(&self, path: &str) -> Vec<(String, String, bool)> {
        self.view_links(path)
    }

    fn decisions_view(&self, path: &str) -> Value {
        let answers = &self.leadership;
        let outcomes = [
            Status::Accepted,
            Status::Proposed,
            Status::Draft,
            Status::OnHold,
            Status::Rejected,
            Status::Deprecated,
            Status::Superseded,
        ];
        let mut by_month: BTreeMap<String, Vec<u32>> = BTreeMap::new();
        let mut deciders: BTreeMap<String, usize> = BTreeMap::new();
        for page in &self.site.pages {
            let doc = &page.doc;
            if doc.kind() != crate::deliverable::Kind::Adr || doc.template {
                continue;
            }
            if let (Some(date), Some(status)) = (doc.date(), doc.status()) {
                let month = format!("{:04}-{:02}", date.year, date.month);
                let counts = by_month.entry(month).or_insert_with(|| vec![0; outcomes.len()]);
                if let Some(at) = outcomes.iter().position(|s| s == status) {
                    counts[at] += 1;
                }
            }
            if let Some(field) =
                doc.fields.iter().find(|f| f.key == Some(crate::deliverable::vocab::FieldKey::Deciders))
            {
                for name in field.value.split([',', ';']).map(str::trim).filter(|n| !n.is_empty()) {
                    *deciders.entry(name.to_owned()).or_default() += 1;
                }
            }
        }
        let series: Vec<(String, String)> =
            outcomes.iter().map(|s| (s.css_id().to_owned(), self.ui_text(&format!("status_{}", s.id())))).collect();
        let chart = chart(&self.ui_text("ov_chart_decisions"), &series, by_month.into_iter().collect());
        let awaiting: Vec<Value> = answers
            .decisions_awaiting
            .iter()
            .map(|d| {
                context! {
                    link => template_value(&self.link_to_document(path, &d.document)),
                    status => d.status.id(),
                    status_label => self.ui_text(&format!("status_{}", d.status)),
                    age => d.age_days.map(|age| self.days(age)),
                    decide_by => d.decide_by.map(|date| date.to_string()),
                    late => d.past_decide_by,
                }
            })
            .collect();
        let revisit: Vec<Value> = answers
            .decisions_to_revisit
            .iter()
            .map(|d| context! { link => template_value(&self.link_to_document(path, &d.document)), review_by => d.review_by.to_string() })
            .collect();
        let mut deciders: Vec<(String, usize)> = deciders.into_iter().collect();
        deciders.sort_by(|a, b| (b.1, &a.0).cmp(&(a.1, &b.0)));
        context! { chart => template_value(&chart), awaiting => awaiting, revisit => revisit, deciders => template_value(&deciders) }
    }

    fn incidents_view(&self, path: &str) -> Value {
        let answers = &self.leadership;
        let durations: Vec<u32> = answers.incidents.iter().filter_map(|i| i.duration_minutes).collect();
        let mttr = (!durations.is_empty()).then(|| durations.iter().sum::<u32>() / durations.len() as u32);
        let incidents: Vec<Value> = answers
            .incidents
            .iter()
            .map(|i| {
                context! {
                    link => template_value(&self.link_to_document(path, &i.document)),
                    date => i.date.map(|d| d.to_string()),
                    severity => i.severity.clone(),
                    duration => i.duration_minutes,
                    done => i.actions_done,
                    total => i.actions_total,
                    overdue => i.actions_overdue,
                }
            })
            .collect();
        let counted: Vec<_> = answers.action_items.iter().filter(|row| row.state != ActionStatus::Dropped).collect();
        let done = counted.iter().filter(|row| row.state == ActionStatus::Done).count();
        context! {
            chart => template_value(&self.incidents_chart()),
            incidents => incidents,
            mttr => mttr,
            measured_durations => durations.len(),
            owners => template_value(&self.open_actions_by_owner(path)),
            closure => if counted.is_empty() { None } else { Some(format!("{done}/{}", counted.len())) },
            hot_spots => template_value(&self.hot_spots(path)),
        }
    }

    /// Incidents per quarter, by severity: most severe first (SEV-1 / P0 / P1 before SEV-2 /
    /// P2…, then words as written), unrated last.
    fn incidents_chart(&self) -> Chart {
        let incidents = &self.leadership.incidents;
        let rank =
            |severity: &str| severity.chars().find(char::is_ascii_digit).and_then(|d| d.to_digit(10)).unwrap_or(9);
        let mut severities: Vec<String> = incidents.iter().filter_map(|i| i.severity.clone()).collect();
        severities.sort_by(|a, b| (rank(a), a).cmp(&(rank(b), b)));
        severities.dedup();
        let mut by_quarter: BTreeMap<Quarter, Vec<u32>> = BTreeMap::new();
        for incident in incidents {
            let Some(date) = incident.date else { continue };
            let counts = by_quarter.entry(Quarter::of(date)).or_insert_with(|| vec![0; severities.len() + 1]);
            let at = incident
                .severity
                .as_ref()
                .and_then(|s| severities.iter().position(|known| known == s))
                .unwrap_or(severities.len());
            counts[at] += 1;
        }
        let mut series: Vec<(String, String)> =
            severities.iter().map(|s| (format!("sev{}", rank(s).min(4)), s.clone())).collect();
        series.push(("unrated".to_owned(), self.ui_text("ov_no_severity")));
        chart(
            &self.ui_text("ov_chart_incidents"),
            &series,
            by_quarter.into_iter().map(|(quarter, counts)| (quarter.to_string(), counts)).collect(),
        )
    }

    /// Open follow-ups grouped by owner (in the order owners first appear), "no owner" for
    /// the unassigned.
    fn open_actions_by_owner(&self, path: &str) -> Vec<(String, Vec<Value>)> {
        let mut owners: Vec<(String, Vec<Value>)> = Vec::new();
        for row in self.leadership.open_actions() {
            let owner = row.owner.clone().unwrap_or_else(|| self.ui_text("ov_no_owner"));
            let linked = |id: &str| {
                let title = self.site.index_of(id).map_or(id, |i| self.site.pages[i].doc.title());
                template_value(&self.link_to(path, id, title, None))
            };
            // A follow-up kept as a record of its own: the record is the item, its incident
            // the source.
            let (record, source) = match &row.follow_up_of {
                Some(incident) => (Some(linked(&row.source)), linked(incident)),
                None => (None, linked(&row.source)),
            };
            let item = context! {
                text => row.text.as_str(),
                record => record,
                overdue => row.state == ActionStatus::Overdue,
                days_overdue => row.days_overdue.map(|d| self.days(d)),
                due => row.due.map(|d| d.to_string()),
                source => source,
            };
            match owners.iter_mut().find(|(name, _)| *name == owner) {
                Some((_, items)) => items.push(item),
                None => owners.push((owner, vec![item])),
            }
        }
        owners
    }

    /// The documents several incidents link to, each with how many.
    fn hot_spots(&self, path: &str) -> Vec<(Link, usize)> {
        let label = |spot: &crate::analysis::leadership::HotSpot| {
            self.link_to(path, &spot.document.id, &spot.document.title, Some(spot.document.label_or_title()))
        };
        self.leadership.hot_spots.iter().map(|spot| (label(spot), spot.incidents.len())).collect()
    }

    fn roadmap_view(&self, path: &str) -> Value {
        let maps: Vec<Value> = self
            .leadership
            .roadmap
            .iter()
            .map(|map| {
                let items: Vec<Value> = map
                    .items
                    .iter()
                    .map(|item| {
                        let known = !matches!(item.status, RoadmapStatus::Unknown(_));
                        context! {
                            title => item.title.as_str(),
                            status => if known { item.status.id() } else { "unknown" },
                            status_label => if known { self.ui_text(&format!("rm_{}", item.status.id().replace('-', "_"))) } else { item.status.id().to_owned() },
                            owner => item.owner.as_deref(),
                            slipped => item.slipped,
                        }
                    })
                    .collect();
                context! {
                    link => template_value(&self.link_to(path, &map.document.id, &map.document.title, map.quarter.map(|q| q.to_string()).as_deref())),
                    current => map.current,
                    items => items,
                }
            })
            .collect();
        context! { roadmaps => maps }
    }

    fn estimates_view(&self, path: &str) -> Value {
        let rows: Vec<Value> = self
            .leadership
            .estimates
            .iter()
            .map(|row| {
                let unit = row.unit.map(|unit| {
                    self.ui_text(match unit {
                        Unit::Hour => "unit_hour",
                        Unit::Day => "unit_day",
                        Unit::Week => "unit_week",
                        Unit::Point => "unit_point",
                    })
                });
                context! {
                    link => template_value(&self.link_to_document(path, &row.document)),
                    expected => row.expected.map(|v| format!("{v:.1}")),
                    range => row.range.map(|(low, high)| format!("{low:.1}–{high:.1}")),
                    actual => row.actual.map(|v| format!("{v:.1}")),
                    accuracy => row.accuracy.map(|ratio| format!("{:+.0}%", (ratio - 1.0) * 100.0)),
                    within => row.within_20_percent,
                    unit => unit,
                }
            })
            .collect();
        let (within, measured) = self.leadership.estimate_accuracy();
        context! { estimates => rows, within => within, measured => measured }
    }

    fn runbooks_view(&self, path: &str) -> Value {
        let rows: Vec<Value> = self
            .leadership
            .runbooks
            .iter()
            .map(|row| {
                context! {
                    link => template_value(&self.link_to_document(path, &row.document)),
                    owner => row.owner.as_deref(),
                    reviewed => row.last_reviewed.map(|d| d.to_string()),
                    age => row.age_days.map(|d| self.days(d)),
                    stale => row.stale == Some(true),
                }
            })
            .collect();
        context! { runbooks => rows }
    }
}

/// A stacked bar chart: one bar per category (month, quarter), one segment per series, its
/// total written above it, with a title and description for screen readers; the template
/// shows the same numbers as a table.
fn chart(title: &str, series: &[(String, String)], categories: Vec<(String, Vec<u32>)>) -> Chart {
    let (bar, gap, height, top, bottom) = (44.0, 16.0, 140.0, 22.0, 34.0);
    let highest = categories.iter().map(|(_, counts)| counts.iter().sum::<u32>()).max().unwrap_or(0).max(1);
    let width = 24.0 + categories.len() as f64 * (bar + gap);
    let mut svg = String::new();
    let description: Vec<String> = categories
        .iter()
        .map(|(category, counts)| {
            let parts: Vec<String> = series
                .iter()
                .zip(counts)
                .filter(|(_, n)| **n > 0)
                .map(|((_, label), n)| format!("{label}: {n}"))
                .collect();
            format!("{category} — {}", if parts.is_empty() { "0".to_owned() } else { parts.join(", ") })
        })
        .collect();
    let _ = write!(
        svg,
        r#"<svg class="chart" viewBox="0 0 {width:.0} {total:.0}" width="{width:.0}" height="{total:.0}" role="img" aria-labelledby="chart-title chart-desc"><title id="chart-title">{title}</title><desc id="chart-desc">{desc}</desc>"#,
        total = height + top + bottom,
        title = escape_html(title),
        desc = escape_html(&description.join("; ")),
    );
    for (index, (category, counts)) in categories.iter().enumerate() {
        let x = 16.0 + index as f64 * (bar + gap);
        let mut y = top + height;
        for ((id, _), count) in series.iter().zip(counts) {
            if *count == 0 {
                continue;
            }
            let segment = height * f64::from(*count) / f64::from(highest);
            y -= segment;
            let _ = write!(
                svg,
                r#"<rect class="chart-seg chart-{id}" x="{x:.1}" y="{y:.1}" width="{bar}" height="{segment:.1}"/>"#,
                id = escape_html(id)
            );
        }
        let sum: u32 = counts.iter().sum();
        let _ = write!(
            svg,
            r#"<text class="chart-value" x="{cx:.1}" y="{ty:.1}" text-anchor="middle">{sum}</text><text class="chart-label" x="{cx:.1}" y="{ly:.1}" text-anchor="middle">{label}</text>"#,
            cx = x + bar / 2.0,
            ty = y - 5.0,
            ly = top + height + 16.0,
            label = escape_html(category),
        );
    }
    svg.push_str("</svg>");
    let used: Vec<bool> =
        (0..series.len()).map(|i| categories.iter().any(|(_, counts)| counts.get(i).is_some_and(|n| *n > 0))).collect();
    Chart {
        svg,
        legend: series
            .iter()
            .zip(&used)
            .filter(|(_, used)| **used)
            .map(|((id, label), _)| (id.clone(), label.clone()))
            .collect(),
        columns: series.iter().zip(&used).filter(|(_, used)| **used).map(|((_, label), _)| label.clone()).collect(),
        rows: categories
            .into_iter()
            .map(|(category, counts)| {
                (category, counts.into_iter().zip(&used).filter(|(_, used)| **used).map(|(n, _)| n).collect())
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn series() -> Vec<(String, String)> {
        [("sev-1", "SEV-1"), ("sev-2", "SEV-2"), ("none", "без оценки")]
            .into_iter()
            .map(|(id, label)| (id.to_owned(), label.to_owned()))
            .collect()
    }

    #[test]
    fn bars_are_scaled_to_the_highest_total_and_carry_their_numbers_as_text() {
        let drawn = chart(
            "Инциденты <по кварталам>",
            &series(),
            vec![("2026-Q2".to_owned(), vec![1, 1, 0]), ("2026-Q3".to_owned(), vec![4, 0, 0])],
        );
        // The highest bar (4) is the full 140 px; a single incident is a quarter of it.
        assert!(drawn.svg.contains(r#"class="chart-seg chart-sev-1" x="76.0" y="22.0" width="44" height="140.0""#));
        assert!(drawn.svg.contains(r#"class="chart-seg chart-sev-1" x="16.0" y="127.0" width="44" height="35.0""#));
        assert!(drawn.svg.contains(">2</text>") && drawn.svg.contains(">4</text>"), "totals above the bars");
        assert!(drawn.svg.contains("<title id=\"chart-title\">Инциденты &lt;по кварталам&gt;</title>"), "escaped");
        assert!(drawn.svg.contains("<desc id=\"chart-desc\">2026-Q2 — SEV-1: 1, SEV-2: 1; 2026-Q3 — SEV-1: 4</desc>"));
        assert_eq!(drawn.columns, vec!["SEV-1", "SEV-2"], "a series with no incidents is left out");
        assert_eq!(drawn.legend.len(), 2);
        assert_eq!(drawn.rows, vec![("2026-Q2".to_owned(), vec![1, 1]), ("2026-Q3".to_owned(), vec![4, 0])]);
    }

    #[test]
    fn an_empty_chart_draws_no_bars_and_divides_by_nothing() {
        let drawn = chart("Пусто", &series(), vec![("2026-Q1".to_owned(), vec![0, 0, 0])]);
        assert!(!drawn.svg.contains("chart-seg") && drawn.svg.contains(">0</text>"));
        assert!(drawn.svg.contains("2026-Q1 — 0") && drawn.columns.is_empty());
    }
}
