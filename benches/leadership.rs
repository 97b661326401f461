//! What the leadership view costs: the share of a whole build spent reading action items,
//! roadmaps, estimates and verdicts, computing the answers and rendering the overview pages
//! and the feed. Target: under 5% of a 10,000-document build.
//!
//! `bench/leadership.sh` generates the corpus and runs this; by hand:
//! `cargo bench --bench leadership -- <corpus dir> [runs]`.
//!
//! The generated corpus has no action items, roadmap tables or estimate tables, so each
//! post-mortem, roadmap, estimate and PoC first gets a section of the kind real ones have
//! (deterministically), written to a copy: the stage must have something to read. Both
//! figures are medians over the same runs on the same copy, so their ratio does not depend
//! on the machine.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use tpmdocs::build::{self, LoadOptions};
use tpmdocs::deliverable::date::Date;

/// The leadership stage's share of a build must stay under this.
const TARGET_SHARE: f64 = 0.05;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).filter(|arg| !arg.starts_with("--")).collect();
    let Some(corpus) = args.first().map(PathBuf::from) else {
        eprintln!("usage: cargo bench --bench leadership -- <corpus dir from gen_corpus.py> [runs]");
        eprintln!("(bench/leadership.sh generates the corpus and runs this)");
        return;
    };
    let runs: usize = args.get(1).and_then(|runs| runs.parse().ok()).unwrap_or(5).max(1);
    let work = tempfile::Builder::new().prefix("tpmdocs-leadership-bench").tempdir_in(scratch()).expect("temp dir");
    let project = work.path().join("project");
    let documents = copy_with_facts(&corpus, &project);
    let out = work.path().join("out");
    let today = Date::new(2026, 12, 1).expect("valid date");

    let mut builds = Vec::new();
    let mut stages = Vec::new();
    for run in 0..=runs {
        let _ = std::fs::remove_dir_all(&out);
        let build_time = time(|| whole_build(&project, &out, today));
        let stage_time = build::bench::leadership_stage(&project, today);
        // The first run warms the page cache and is not counted.
        if run > 0 {
            builds.push(build_time);
            stages.push(stage_time);
        }
    }
    let build = median(&mut builds);
    let stage = median(&mut stages);
    let share = stage.as_secs_f64() / build.as_secs_f64();
    println!("documents: {documents}, runs: {runs} (after one warm-up)");
    println!("whole build (load, link, render, search index, write): median {:.3} s", build.as_secs_f64());
    println!("leadership stage (readers, answers, overview pages, feed): median {:.4} s", stage.as_secs_f64());
    println!(
        "share: {:.2}% (target < {:.0}%) {}",
        share * 100.0,
        TARGET_SHARE * 100.0,
        if share < TARGET_SHARE { "PASS" } else { "FAIL" }
    );
}

/// Where temporary copies go: tmpfs when there is one (see bench/README.md on ext4).
fn scratch() -> PathBuf {
    let shm = Path::new("/dev/shm");
    if shm.is_dir() {
        shm.to_path_buf()
    } else {
        std::env::temp_dir()
    }
}

fn time(work: impl FnOnce()) -> Duration {
    let start = Instant::now();
    work();
    start.elapsed()
}

fn median(times: &mut [Duration]) -> Duration {
    times.sort();
    times[times.len() / 2]
}

/// What `tpmdocs build` does.
fn whole_build(project: &Path, out: &Path, today: Date) {
    let mut loaded = build::load(project, LoadOptions::render(today)).expect("the corpus loads");
    loaded.project.build_dir = out.to_path_buf();
    build::write_site(&loaded).expect("the corpus builds");
}

/// Copies the corpus to `to`, giving post-mortems action items, roadmaps initiative tables,
/// estimates three-point tables with an actual, and PoCs a recommendation. Returns the
/// number of Markdown documents.
fn copy_with_facts(from: &Path, to: &Path) -> usize {
    let mut documents = 0;
    for entry in walkdir::WalkDir::new(from).sort_by_file_name() {
        let entry = entry.expect("the corpus is readable");
        let target = to.join(entry.path().strip_prefix(from).expect("inside the corpus"));
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).expect("create folder");
            continue;
        }
        let name = entry.file_name().to_string_lossy().into_owned();
        if !name.ends_with(".md") {
            std::fs::copy(entry.path(), &target).expect("copy file");
            continue;
        }
        let mut text = std::fs::read_to_string(entry.path()).expect("UTF-8 corpus");
        documents += 1;
        let seed = documents;
        if name.starts_with("postmortem-") {
            text.push_str(&action_items(seed));
        } else if name.starts_with("tech-roadmap-") {
            text.push_str(&roadmap_table(seed));
        } else if name.starts_with("estimate-") {
            text.push_str(&estimate_table(seed));
        } else if name.starts_with("poc-") {
            text.push_str("\n## Рекомендация\n\nРекомендуем внедрять после нагрузочного теста.\n");
        }
        std::fs::write(&target, text).expect("write file");
    }
    documents
}

const OWNERS: [&str; 5] = ["Мария Орлова", "Павел Соколов", "Елена Кузнецова", "команда SRE", "Игорь Белов"];

fn action_items(seed: usize) -> String {
    let mut section = String::from("\n## Задачи по итогам\n\n");
    for item in 0..8 {
        let mark = if (seed + item) % 3 == 0 { 'x' } else { ' ' };
        let owner = OWNERS[(seed + item) % OWNERS.len()];
        let _ = writeln!(
            section,
            "- [{mark}] Исправить алерт №{item} для сервиса ({owner}, {:02}.{:02}.2026)",
            1 + (seed + item) % 28,
            1 + (seed * 7 + item) % 12
        );
    }
    section.push_str(
        "\n| Действие | Ответственный | Срок | Статус |\n|---|---|---|---|\n| Провести учения | команда SRE | 2026-09-30 | В работе |\n| Обновить runbook | Мария Орлова | 2026-07-15 | Готово |\n",
    );
    section
}

fn roadmap_table(seed: usize) -> String {
    const STATUSES: [&str; 5] = ["В плане", "В работе", "Под угрозой", "Сделано", "Отменено"];
    let mut section =
        String::from("\n## Инициативы\n\n| Инициатива | Квартал | Статус | Владелец |\n|---|---|---|---|\n");
    for item in 0..8 {
        let _ = writeln!(
            section,
            "| Инициатива {item} | Q{} 2026 | {} | {} |",
            1 + (seed + item) % 4,
            STATUSES[(seed + item) % STATUSES.len()],
            OWNERS[item % OWNERS.len()]
        );
    }
    section
}

fn estimate_table(seed: usize) -> String {
    let mut section = String::from(
        "\n## Оценка трудозатрат\n\n| Задача | Оптимистично | Реалистично | Пессимистично |\n|---|---|---|---|\n",
    );
    let (mut o, mut m, mut p) = (0, 0, 0);
    for item in 0..6 {
        let base = 2 + (seed + item) % 9;
        let _ = writeln!(section, "| Этап {item} | {base} | {} | {} |", base + 2, base * 2 + 3);
        (o, m, p) = (o + base, m + base + 2, p + base * 2 + 3);
    }
    let _ = writeln!(section, "| **Итого** | {o} | {m} | {p} |\n\nЕдиница: дни.\n\n**Факт:** {} дней", m + seed % 7);
    section
}
