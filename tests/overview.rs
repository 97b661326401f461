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
