//! `tpmdocs new`: a deliverable from its kind's template, named and numbered the way the
//! repository already does it.

use std::path::Path;

use tpmdocs::build::LoadOptions;
use tpmdocs::deliverable::date::Date;
use tpmdocs::deliverable::Kind;

use super::terminal::{error, shown};
use super::{load, Outcome};

/// The ADRs the new document relates to (`--supersedes`, `--depends-on`, `--amends`).
#[derive(Debug, Default)]
pub struct Relations {
    /// Superseded ADR numbers; their status is changed in place.
    pub supersedes: Vec<u32>,
    /// ADR numbers depended on.
    pub depends_on: Vec<u32>,
    /// ADR numbers amended.
    pub amends: Vec<u32>,
}

/// Creates a `kind` document titled `title` in the project in `dir`.
pub fn run(kind: &str, title: String, dir: &Path, relations: Relations, today: Date) -> anyhow::Result<Outcome> {
    let Some(kind) = Kind::from_id(kind).filter(|k| *k != Kind::Page) else {
        error(&format!("unknown kind `{kind}`; use adr, tech-spec, infra-plan, migration, runbook, postmortem, tech-roadmap, estimate or poc"));
        return Ok(Outcome::BadUsage);
    };
    let loaded = load(dir, LoadOptions::analyse(today))?;
    let request = tpmdocs::new::NewDocument {
        kind,
        title,
        supersedes: relations.supersedes,
        depends_on: relations.depends_on,
        amends: relations.amends,
        today,
    };
    let created = tpmdocs::new::create(&loaded.project, &loaded.site, &request)?;
    println!("created {}", shown(&created.path));
    for path in &created.edited {
        println!("marked as superseded: {}", shown(path));
    }
    Ok(Outcome::Clean)
}
