//! Deliverables written in house styles the readers were not first shown: header lines
//! whose parts carry no key, follow-ups as headings with a line of fields, a runbook's
//! review history, estimates with a buffer, a team's own metadata labels mapped in
//! `book.toml`, and a warning for each fact that could not be read.

mod common;

use serde_json::Value;

const BOOK: &str =
    "[book]\nsrc = \"content\"\n\n[tpmdocs]\nas-of = 2026-06-01\n\n[tpmdocs.fields]\n\"Окно влияния\" = \"duration\"\n";

const KEYLESS_HEADER: &str = "# Разбор: рассинхрон остатков\n\nУровень 2 · 17.02.2026 · 14:05–15:47 MSK · статус: закрыт\nВедущий: Артём Лаптев\n\n## Что случилось\n\nWMS отвечала с задержкой.\n\n## Профилактика\n\n### 1. Сверка остатков каждые 15 минут\nOwner: Артём Лаптев. Due: 06.03.2026. Статус: готово.\n\n### 2. Ретраи с backoff для вебхуков\nOwner: Мария Гусева. Due: 13.03.2026. Статус: в работе.\n\n### 3. Алерт на расхождение остатков\nOwner: TBD. Due: TBD. Статус: —\n";

const OWN_LABEL: &str = "# Incident review: search timeouts\n\n**Severity:** P2  \n**Окно влияния:** 10:12–13:32 UTC  \n\n## Follow-up work\n\n1. Add consumer-lag alert per partition.\n   Owner: Marcus Chen · Due: 2026-02-06 · Status: Done (merged in #431)\n2. Cap bulk request size at 15 MB.\n   Owner: Lena Vogt · Due: до 13.02 · Status: In progress\n";

const UNREAD: &str =
    "# Разбор: отказ CDN\n\n**Окно:** с утра до обеда\n\n## Что было\n\nCDN отдавал 503.\n\n## Итоги\n\n- Второй CDN\n";

const RUNBOOK: &str = "# Runbook: ночной расчёт\n\n**Владелец:** команда «Платежи»\n\n## Что делает\n\nСчитает.\n\n## История проверок\n\n| Дата | Кто | Результат |\n|---|---|---|\n| 14.11.2025 | Анна | учения |\n| 27.02.2026 | Анна | падение SFTP |\n";

const ESTIMATE: &str = "# Оценка: рекуррентные платежи\n\n| № | Блок работ | Оценка, ч | Факт, ч |\n|---|---|---|---|\n| 1 | Модель | 24 | 30 |\n| | **Итого без буфера** | **260** | |\n| | Буфер на риски, 20% | 52 | |\n| | **Итого с буфером** | **312** | |\n";

fn project() -> tempfile::TempDir {
    let dir = common::repo(&[
        ("postmortems/postmortem-2026-02-17-warehouse.md", KEYLESS_HEADER),
        ("postmortems/postmortem-2026-02-10-search.md", OWN_LABEL),
        ("postmortems/postmortem-2026-03-01-cdn.md", UNREAD),
        ("runbooks/runbook-settlement.md", RUNBOOK),
        ("estimates/estimate-recurring.md", ESTIMATE),
    ]);
    std::fs::write(dir.path().join("book.toml"), BOOK).unwrap();
    dir
}

fn json(dir: &std::path::Path, command: &str) -> Value {
    let output = common::tpmdocs(&[command, dir.to_str().unwrap(), "--format", "json"]);
    let text = String::from_utf8(output.stdout).unwrap();
    serde_json::Deserializer::from_str(&text).into_iter::<Value>().next().expect("JSON").expect("valid JSON")
}

fn of<'v>(rows: &'v Value, file: &str) -> &'v Value {
    rows.as_array().unwrap().iter().find(|row| row["id"].as_str().unwrap().ends_with(file)).unwrap()
}

#[test]
fn incidents_follow_ups_reviews_and_estimates_in_unfamiliar_shapes() {
    let dir = project();
    let report = json(dir.path(), "report");
    let warehouse = of(&report["incidents"], "postmortem-2026-02-17-warehouse.md");
    assert_eq!(
        (warehouse["severity"].as_str(), warehouse["duration_minutes"].as_u64()),
        (Some("Уровень 2"), Some(102))
    );
    assert_eq!((warehouse["actions_total"].as_u64(), warehouse["actions_done"].as_u64()), (Some(3), Some(1)));
    let search = of(&report["incidents"], "postmortem-2026-02-10-search.md");
    assert_eq!(search["duration_minutes"].as_u64(), Some(200), "«Окно влияния» is a duration by book.toml");
    let items: Vec<(&str, Option<&str>, Option<&str>, &str)> = report["action_items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|item| item["source"].as_str().unwrap().ends_with("search.md"))
        .map(|item| {
            (
                item["text"].as_str().unwrap(),
                item["owner"].as_str(),
                item["due"].as_str(),
                item["state"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        items,
        vec![
            ("Cap bulk request size at 15 MB.", Some("Lena Vogt"), Some("2026-02-13"), "overdue"),
            ("Add consumer-lag alert per partition.", Some("Marcus Chen"), Some("2026-02-06"), "done"),
        ],
        "a due date without its year is in the incident's year"
    );
    let runbook = of(&report["runbooks"], "runbook-settlement.md");
    assert_eq!(runbook["last_reviewed"], "2026-02-27", "the latest row of the review history");
    let estimate = of(&report["estimates"], "estimate-recurring.md");
    assert_eq!(estimate["expected"].as_f64(), Some(312.0), "the total with the buffer, from the estimate's column");
}

#[test]
fn what_could_not_be_read_is_named_per_document() {
    let dir = project();
    let findings = json(dir.path(), "check");
    let unread: Vec<(String, &str)> = findings
        .as_array()
        .unwrap()
        .iter()
        .filter(|finding| {
            finding["code"].as_str().unwrap().starts_with("W070")
                && finding["code"] != "W0701"
                && finding["code"] != "W0702"
        })
        .map(|finding| {
            let file = finding["file"].as_str().unwrap().rsplit('/').next().unwrap().to_owned();
            (file, finding["message"].as_str().unwrap())
        })
        .collect();
    assert_eq!(
        unread,
        vec![
            (
                "postmortem-2026-03-01-cdn.md".to_owned(),
                "post-mortem has no follow-up section I know (its sections: «Что было», «Итоги»)"
            ),
            ("postmortem-2026-03-01-cdn.md".to_owned(), "post-mortem states no severity and no duration I can read"),
        ],
        "only the document written in words the readers do not know"
    );
}

#[test]
fn an_unknown_field_in_book_toml_is_reported() {
    let dir = project();
    std::fs::write(dir.path().join("book.toml"), format!("{BOOK}\"Тяжесть\" = \"heaviness\"\n")).unwrap();
    let output = common::tpmdocs(&["check", dir.path().to_str().unwrap()]);
    let stderr = common::stderr(&output);
    assert!(stderr.contains("unknown field `heaviness` for «Тяжесть» in [tpmdocs.fields] is ignored"), "{stderr}");
}

/// A table's export: each incident a page, each follow-up a page of its own naming its
/// incident by title (an Airtable-style linked record), with owner, due day and status.
#[test]
fn follow_ups_kept_as_records_of_their_own_count_with_their_incident() {
    let incident = "# ИНЦ-027 Срыв релиза CRM\n\n**Дата:** 2026-01-29\n**Критичность:** Средняя\n**Длительность:** 3:30\n\n## Описание\n\nМиграция упала.\n\n## Итоги разбора\n\nМероприятия заведены в таблице.\n";
    let record = |title: &str, owner: &str, due: &str, status: &str| {
        format!("# {title}\n\n**Инцидент:** ИНЦ-027 Срыв релиза CRM\n**Ответственный:** {owner}\n**Срок:** {due}\n**Статус:** {status}\n**Приоритет:** Высокий\n")
    };
    let freeze = record("Заморозка изменений перед релизом", "Анна Лебедева", "2026-02-15", "Выполнено");
    let tests = record("Автотесты миграций в конвейере", "Павел Русаков", "2026-03-31", "В работе");
    let checklist = record("Чек-лист готовности релиза", "Анна Лебедева", "2026-03-01", "Отменено");
    let dir = common::repo(&[
        ("Инциденты/ИНЦ-027 Срыв релиза CRM.md", incident),
        ("Мероприятия/Заморозка изменений перед релизом.md", &freeze),
        ("Мероприятия/Автотесты миграций в конвейере.md", &tests),
        ("Мероприятия/Чек-лист готовности релиза.md", &checklist),
    ]);
    std::fs::write(dir.path().join("book.toml"), "[book]\nsrc = \"content\"\n\n[tpmdocs]\nas-of = 2026-06-01\n")
        .unwrap();
    let report = json(dir.path(), "report");
    let counts = of(&report["incidents"], "ИНЦ-027 Срыв релиза CRM.md");
    assert_eq!(
        (counts["actions_total"].as_u64(), counts["actions_done"].as_u64(), counts["actions_overdue"].as_u64()),
        (Some(2), Some(1), Some(1))
    );
    let items: Vec<(&str, &str, &str)> = report["action_items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|row| {
            (row["text"].as_str().unwrap(), row["state"].as_str().unwrap(), row["follow_up_of"].as_str().unwrap())
        })
        .collect();
    let of_incident = "Инциденты/ИНЦ-027 Срыв релиза CRM.md";
    assert_eq!(
        items,
        vec![
            ("Автотесты миграций в конвейере", "overdue", of_incident),
            ("Заморозка изменений перед релизом", "done", of_incident),
            ("Чек-лист готовности релиза", "dropped", of_incident),
        ]
    );
    assert_eq!(report["runbooks"], Value::Array(Vec::new()), "«Чек-лист…» is a follow-up, not a runbook");
    let findings = json(dir.path(), "check");
    let codes: Vec<&str> = findings.as_array().unwrap().iter().filter_map(|f| f["code"].as_str()).collect();
    assert!(codes.is_empty(), "no missing follow-up section, no unknown status: {findings}");
    let (out, _) = common::build(dir.path());
    let overview = common::page(&out, "overview/incidents.html");
    assert!(overview.contains("Автотесты миграций в конвейере</a>"), "the record is linked: {overview}");
}
