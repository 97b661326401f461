//! The leadership overview pages on `tests/fixtures/leadership` (today pinned to
//! 2026-12-01): reachable from the navigation, every tile a link to its list, the numbers of
//! `tpmdocs report` on the pages, charts with their numbers as text.

mod common;

fn built() -> tempfile::TempDir {
    let (out, output) = common::build(&common::fixture("leadership"));
    assert!(output.status.success(), "{}", common::stderr(&output));
    out
}

#[test]
fn the_overview_answers_from_the_main_navigation() {
    let out = built();
    let home = common::page(&out, "index.html");
    assert!(home.contains("href=\"overview/index.html\">Обзор</a>"), "in the main navigation");
    let overview = common::page(&out, "overview/index.html");
    assert!(overview.contains("Данные на <time datetime=\"2026-12-01\">"), "an as-of stamp");
    for (tile, value) in
        [("decisions", "2"), ("actions", "2"), ("runbooks", "1"), ("roadmap", "2"), ("estimates", "1/2")]
    {
        let at = overview.find(&format!("tile tile-{tile}")).unwrap_or_else(|| panic!("tile {tile}"));
        assert!(overview[at..].contains(&format!("<span class=\"tile-value\">{value}</span>")), "{tile} = {value}");
    }
    assert!(overview.contains("требует внимания"), "alerts are said in words, not only in colour");
    for page in ["decisions", "incidents", "roadmap", "estimates", "runbooks"] {
        assert!(overview.contains(&format!("href=\"{page}.html\"")), "a link to {page}");
        assert!(out.path().join(format!("site/overview/{page}.html")).is_file());
    }
    assert!(overview.contains("ADR-0002"), "the hot spot");
}

#[test]
fn the_lists_show_who_is_late_what_slipped_and_how_good_estimates_were() {
    let out = built();
    let incidents = common::page(&out, "overview/incidents.html");
    assert!(incidents.contains("Мария Орлова") && incidents.contains("просрочено на 16 дн."), "overdue by owner");
    assert!(incidents.contains("Закрыто задач по итогам разборов: 2/6"));
    assert!(
        incidents.contains("Среднее время восстановления: 92 мин (2/2)"),
        "MTTR and how many incidents measured it"
    );
    assert!(
        incidents.contains("role=\"img\"") && incidents.contains("<title id=\"chart-title\">"),
        "an accessible chart"
    );
    assert!(incidents.contains("Те же данные таблицей"), "and its data as a table");
    let decisions = common::page(&out, "overview/decisions.html");
    assert!(decisions.contains("61 дн.") && decisions.contains("срок прошёл"), "age and a passed decide-by");
    assert!(decisions.contains("Пора пересмотреть") && decisions.contains("ADR-0001"));
    let roadmap = common::page(&out, "overview/roadmap.html");
    assert!(roadmap.contains("Checkout v2 на 50%") && roadmap.contains("не успели в свой квартал"));
    assert!(roadmap.contains("текущий квартал"), "the current quarter is marked");
    let estimates = common::page(&out, "overview/estimates.html");
    assert!(estimates.contains("+10%") && estimates.contains("+50%") && estimates.contains("вне ±20%"));
    let runbooks = common::page(&out, "overview/runbooks.html");
    assert!(runbooks.contains("303 дн.") && runbooks.contains("устарел"));
}

/// A developer-docs repository (in English, so is its portal): no decisions, runbooks, post-mortems or roadmaps, and a
/// how-to whose «Disable GitHub actions» steps are not follow-ups. Every tile says it has
/// nothing to measure instead of a reassuring 0, and `report` agrees.
#[test]
fn with_nothing_to_read_the_overview_says_not_measured_not_zero() {
    let project = common::repo(&[
        ("README.md", "# Payments engine\n\nSee [contributing](docs/contributing.md).\n"),
        (
            "docs/contributing.md",
            "# Contributing\n\n## Disable GitHub actions\n\n1. Open the settings.\n2. Turn actions off (@maintainer, 01.02.2026).\n",
        ),
    ]);
    let (out, output) = common::build(project.path());
    assert!(output.status.success(), "{}", common::stderr(&output));
    assert!(!common::stderr(&output).contains("W070"), "a how-to has no action items: {}", common::stderr(&output));
    let overview = common::page(&out, "overview/index.html");
    for tile in ["decisions", "actions", "runbooks", "incidents", "roadmap", "estimates"] {
        let at = overview.find(&format!("tile tile-{tile}")).unwrap_or_else(|| panic!("tile {tile}"));
        let value = &overview[at..];
        let value = &value[value.find("tile-value\">").unwrap() + 12..];
        assert!(value.starts_with("not measured</span>"), "{tile}: {}", &value[..40.min(value.len())]);
    }
    let report = common::tpmdocs(&["report", project.path().to_str().unwrap()]);
    let report = String::from_utf8_lossy(&report.stdout);
    assert!(!report.contains("overdue: 0"), "{report}");
    assert!(report.contains("not measured"), "{report}");
}

/// A team that sizes its work in story points: the estimates list shows the figure in points,
/// in the portal's words, not hours or days and not a missing string's key.
#[test]
fn an_estimate_in_story_points_is_listed_in_points() {
    let project = common::repo(&[(
        "estimates/estimate-pg16.md",
        "# Оценка: перевод route-planner на PostgreSQL 16\n\n## Оценка (груминг 12.02.2026)\n\n\
         | Story | Что делаем | SP |\n|---|---|---|\n| PLAT-1208 | Аудит расширений | 5 |\n| PLAT-1212 | Репликация | 13 |\n\n\
         *Итого: 55 SP.*\n",
    )]);
    let (out, output) = common::build(project.path());
    assert!(output.status.success(), "{}", common::stderr(&output));
    let estimates = common::page(&out, "overview/estimates.html");
    assert!(estimates.contains("55.0 SP"), "{estimates}");
    assert!(!estimates.contains("unit_point"), "the unit's words, not its key");
}
