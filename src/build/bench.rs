//! The leadership stage timed on its own, for `benches/leadership.rs` (a bench is a crate of
//! its own and cannot reach the stages): not part of the library's API.

use std::path::Path;
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::deliverable::date::Date;
use crate::deliverable::outline::Outline;
use crate::deliverable::{actions, estimate, roadmap, verdict};
use crate::render::theme::Theme;
use crate::render::{PageJob, Renderer};

/// Time spent on everything the leadership view adds to a build: the readers over every
/// text, the answers, and the overview pages and feed. Loading the site and compiling the
/// theme happen in any build, so they are done here first, untimed.
pub fn leadership_stage(project: &Path, today: Date) -> Duration {
    let loaded = super::load(project, crate::site::LoadOptions::render(today)).expect("the corpus loads");
    let texts: Vec<String> = loaded
        .site
        .pages()
        .iter()
        .map(|page| std::fs::read_to_string(loaded.project.source_dir.join(&page.doc.id)).unwrap_or_default())
        .collect();
    // What each line is comes from the comrak tree the page is rendered from, made in any
    // build: outlined here, untimed; the readers over it are timed.
    let outlines: Vec<Outline<'_>> = texts.iter().map(|text| Outline::read(text, 0)).collect();
    let config = &loaded.project.config;
    let theme = Theme::new(None);
    let leadership = loaded.leadership();
    let renderer = Renderer::new(&loaded.site, &loaded.graph, config, &theme, &leadership).expect("the theme compiles");
    let jobs: Vec<(String, PageJob)> =
        renderer.jobs().into_iter().filter(|(_, job)| matches!(job, PageJob::Overview(_) | PageJob::Feed)).collect();

    let started = Instant::now();
    let found: usize = outlines
        .par_iter()
        .map(|outline| {
            actions::read(outline, &config.tpmdocs.action_headings, actions::Reading::FollowUps).len()
                + roadmap::read(outline, None).len()
                + usize::from(estimate::read(outline).is_some())
                + usize::from(verdict::read(outline, None).is_some())
        })
        .sum();
    let answers = crate::analysis::leadership::compute(&loaded.site, &loaded.graph, config, loaded.as_of);
    let written: usize = jobs.par_iter().map(|(path, job)| renderer.render(path, *job).expect("renders").len()).sum();
    let elapsed = started.elapsed();

    assert!(found > 0 && !answers.action_items.is_empty(), "the readers found nothing: the corpus has no facts");
    assert!(written > 0 && jobs.len() == 7, "six overview pages and the feed");
    elapsed
}
