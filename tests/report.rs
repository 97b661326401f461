//! `tpmdocs report` on a repository written for it (`tests/fixtures/leadership`), with today
//! pinned to 2026-12-01: every number the leadership views rest on.

mod common;

use serde_json::Value;

fn report(format: &str) -> (String, Value) {
    let dir = common::fixture("leadership");
    let output = common::tpmdocs(&["report", dir.to_str().unwrap(), "--format", format]);
    assert!(output.status.success(), "{}", common::stderr(&output));
    let text = String::from_utf8(output.stdout).unwrap();
    let json = if format == "json" { serde_json::from_str(&text).expect("valid JSON") } else { Value::Null };
    (text, json)
}

fn file(value: &Value) -> &str {
    value.as_str().unwrap().rsplit('/').next().unwrap()
}

#[test]
fn the_json_report_carries_every_number() {
    let (_, report) = report("json");
    assert_eq!(report["as_of"], "2026-12-01");
    let actions: Vec<(&str, &str)> = report["action_items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| (a["state"].as_str().unwrap(), a["owner"].as_str().unwrap_or("-")))
        .collect();
    assert_eq!(
        actions,
        vec![
            ("overdue", "Мария Орлова"),
            ("overdue", "Natalia Belova"),
            ("open", "Павел Соколов"),
            ("open", "команда Checkout"),
            ("done", "Мария Орлова"),
            ("done", "Natalia Belova"),
            ("dropped", "Игорь Лебедев"),
            ("dropped", "-"),
        ],
        "overdue first (most overdue first); undated is open, never overdue"
    );
    let first = &report["action_items"][0];
    assert_eq!((first["due"].as_str(), first["days_overdue"].as_i64()), (Some("2026-11-15"), Some(16)));

    let awaiting: Vec<(&str, i64, &str)> = report["decisions_awaiting"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| (file(&d["id"]), d["age_days"].as_i64().unwrap(), d["status"].as_str().unwrap()))
        .collect();
    assert_eq!(awaiting, vec![("adr-0003-clickhouse.md", 61, "proposed"), ("adr-0004-service-mesh.md", 10, "on-hold")]);
    assert_eq!(report["decisions_awaiting"][0]["past_decide_by"], true);
    assert_eq!(report["decisions_awaiting"][0]["number"], 3);
    assert_eq!(file(&report["decisions_to_revisit"][0]["id"]), "adr-0001-kafka.md");

    let incidents: Vec<(&str, &str, u64, u64, u64)> = report["incidents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            (
                file(&i["id"]),
                i["severity"].as_str().unwrap(),
                i["duration_minutes"].as_u64().unwrap(),
                i["actions_total"].as_u64().unwrap(),
                i["actions_done"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        incidents,
        vec![
            ("postmortem-2026-11-05-search-lag.md", "P2", 105, 2, 1),
            ("postmortem-2026-10-02-checkout-down.md", "SEV-1", 80, 4, 1),
        ],
        "durations from «1 ч 20 мин» and from Start/End; dropped actions not counted"
    );

    let runbooks: Vec<(&str, i64, bool)> = report["runbooks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (file(&r["id"]), r["age_days"].as_i64().unwrap(), r["stale"].as_bool().unwrap()))
        .collect();
    assert_eq!(runbooks, vec![("runbook-legacy.md", 303, true), ("runbook-payments.md", 30, false)]);

    let estimates: Vec<(&str, &str, f64, f64, bool)> = report["estimates"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                file(&e["id"]),
                e["unit"].as_str().unwrap(),
                (e["expected"].as_f64().unwrap() * 10.0).round() / 10.0,
                e["actual"].as_f64().unwrap(),
                e["within_20_percent"].as_bool().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        estimates,
        vec![("estimate-checkout-v2.md", "day", 23.7, 26.0, true), ("estimate-search.md", "day", 40.0, 60.0, false)]
    );

    let roadmap = report["roadmap"].as_array().unwrap();
    assert_eq!((roadmap[0]["quarter"].as_str(), roadmap[1]["quarter"].as_str()), (Some("2026-Q3"), Some("2026-Q4")));
    let slipped: Vec<&str> = roadmap
        .iter()
        .flat_map(|map| map["items"].as_array().unwrap())
        .filter(|item| item["slipped"] == true)
        .map(|item| item["title"].as_str().unwrap())
        .collect();
    assert_eq!(slipped, vec!["Checkout v2 на 50%"], "Q3 is over; done and dropped items do not slip");
    assert_eq!(roadmap[1]["items"][1]["status"], "at-risk");
    assert_eq!(roadmap[1]["current"], true);

    let pocs: Vec<(&str, bool)> =
        report["pocs"].as_array().unwrap().iter().map(|p| (file(&p["id"]), p["go"].as_bool().unwrap())).collect();
    assert_eq!(pocs, vec![("poc-pgvector-2026-06-03.md", false), ("poc-clickhouse-2026-04-20.md", true)]);
    assert_eq!(report["hot_spots"][0]["label"], "ADR-0002", "linked from both post-mortems");
}

#[test]
fn the_markdown_report_is_a_status_post() {
    let (text, _) = report("markdown");
    for line in [
        "# Статус — 2026-12-01",
        "- ждут решения: 2 (дольше всех: ADR-0003 «ClickHouse для аналитики», 61 дн.)",
        "- срок решения прошёл: 1",
        "- открытых задач: 4, просрочено: 2",
        "- у открытых задач есть срок: 3 из 4, ответственный: 4 из 4",
        "(SEV-1) — задач выполнено: 1 из 4",
        "- **Мария Орлова**",
        "- не успели в свой квартал: 1",
        "- в пределах ±20% от факта: 1 / 2",
        "- ADR-0002 «PgBouncer в режиме транзакций» — разборов ссылаются: 2",
    ] {
        assert!(text.contains(line), "{line} in:\n{text}");
    }
}

#[test]
fn the_demo_report_reads_the_same_on_any_day() {
    let root = common::repo_root();
    let mut seen = Vec::new();
    for epoch in ["1796126400", "1924992000"] {
        let output = common::command()
            .env("SOURCE_DATE_EPOCH", epoch)
            .args(["report", root.to_str().unwrap(), "--format", "json"])
            .output()
            .unwrap();
        assert!(output.status.success(), "{}", common::stderr(&output));
        seen.push(output.stdout);
    }
    assert_eq!(seen[0], seen[1], "the demo is evaluated as of its own date");
    let report: Value = serde_json::from_slice(&seen[0]).unwrap();
    assert_eq!(report["as_of"], "2026-08-03");
    assert!(report["action_items"].as_array().unwrap().iter().any(|a| a["state"] == "overdue"));
    assert_eq!(
        report["hot_spots"][0]["id"], "infra/infra-plan-observability.md",
        "the demo shows a hot spot: the observability plan is linked from two post-mortems"
    );
}
