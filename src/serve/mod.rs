//! `tpmdocs serve`: build, serve the site on loopback, watch the sources and rebuild what a
//! save touches, and make open pages reload.
//!
//! This module reports through [`Event`]s and never prints; the binary decides how they
//! look.

pub(crate) mod http;
pub(crate) mod incremental;
pub(crate) mod search_refresh;
pub(crate) mod watch;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{channel, RecvTimeoutError};
use std::sync::Arc;
use std::time::Duration;

use crate::build::BuildError;
use crate::diagnostic::Diagnostics;
pub use incremental::{LiveSite, Update};

/// How to serve.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// Project directory.
    pub root: PathBuf,
    /// Address to bind (default `127.0.0.1`: nothing outside the machine can connect).
    pub host: String,
    /// Port; 0 picks a free one.
    pub port: u16,
    /// Host names answered besides localhost and IP literals (see `http::HostPolicy`).
    pub allowed_hosts: Vec<String>,
    /// What day it is ([`crate::clock::today`]).
    pub today: crate::deliverable::date::Date,
}

/// What happens while serving, for the caller to show.
#[derive(Debug)]
pub enum Event<'a> {
    /// The first build finished, with its findings.
    Built(&'a LiveSite),
    /// The server listens at this URL.
    Listening(&'a str),
    /// The search index could not be refreshed after a change; the previous one is kept.
    SearchFailed(&'a str),
    /// The search index was refreshed, but files the old one used could not be removed.
    SearchLeftovers(&'a str),
    /// The search index reflects a change: (shards, shards taken from the cache), and the
    /// time from the change's rebuild to the index being written.
    SearchRefreshed(crate::search::IndexOutcome, Duration),
    /// A change was rebuilt.
    Rebuilt {
        /// What was done.
        update: &'a Update,
        /// The changed paths.
        changed: &'a [PathBuf],
        /// Every finding after the change.
        diagnostics: &'a Diagnostics,
        /// A failure that kept the previous site.
        fatal: Option<&'a str>,
    },
}

/// Why serving could not start.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    /// The first build failed.
    #[error(transparent)]
    Build(#[from] BuildError),
    /// The address is taken or not allowed.
    #[error("cannot listen on {address}: {reason}")]
    Bind {
        /// `host:port`.
        address: String,
        /// What went wrong, with advice.
        reason: String,
    },
    /// The file watcher could not start.
    #[error("cannot watch the sources: {0}")]
    Watch(#[from] notify::Error),
    /// Other I/O.
    #[error(transparent)]
    Io(#[from] std::io::Error),
}

/// Number of threads answering plain requests (event streams get their own).
const WORKERS: usize = 8;

/// Serves until `stop` becomes true (the binary sets it on Ctrl-C).
pub fn serve(
    options: &ServeOptions,
    stop: Arc<AtomicBool>,
    report: &mut dyn FnMut(Event<'_>),
) -> Result<(), ServeError> {
    let project = crate::config::Project::load(&options.root).map_err(BuildError::from)?;
    let output_dir = project.build_dir.clone();
    let mut live = LiveSite::start(&options.root, &output_dir, options.today)?;
    report(Event::Built(&live));
    let server = bind(&options.host, options.port)?;
    let port = server.server_addr().to_ip().map_or(options.port, |addr| addr.port());
    let host = if options.host.contains(':') { format!("[{}]", options.host) } else { options.host.clone() };
    let url = format!("http://{host}:{port}/");
    let shared =
        Arc::new(http::Shared::new(&output_dir, http::HostPolicy::new(&options.host, &options.allowed_hosts))?);
    shared.set_problems(live.problems());
    let server = Arc::new(server);
    let workers: Vec<_> = (0..WORKERS)
        .map(|_| {
            let (server, shared, stop) = (Arc::clone(&server), Arc::clone(&shared), Arc::clone(&stop));
            std::thread::spawn(move || {
                while !stop.load(Ordering::SeqCst) {
                    if let Ok(Some(request)) = server.recv_timeout(Duration::from_millis(200)) {
                        http::handle(&shared, request);
                    }
                }
            })
        })
        .collect();
    let search = search_refresh::SearchRefresher::start(
        &output_dir,
        live.loaded.project.config.book.language.code(),
        live.loaded.project.search_cache_dir(),
    );
    let (sender, changes) = channel();
    let mut watching = watched_paths(&live);
    let mut watcher = watch::watch(&watching, sender.clone())?;
    report(Event::Listening(&url));
    while !stop.load(Ordering::SeqCst) {
        for finished in search.finished() {
            match finished {
                Ok((outcome, took, leftovers)) => {
                    report(Event::SearchRefreshed(outcome, took));
                    if let Some(leftovers) = &leftovers {
                        report(Event::SearchLeftovers(leftovers));
                    }
                }
                Err(failure) => report(Event::SearchFailed(&failure)),
            }
        }
        let mut batch = match watch::next_batch(&changes, Duration::from_millis(100)) {
            Ok(batch) => batch,
            Err(RecvTimeoutError::Timeout) => continue,
            Err(RecvTimeoutError::Disconnected) => break,
        };
        let history_changed = batch.iter().any(|path| is_history_change(&live, path));
        batch.retain(|path| is_relevant(&live, path));
        if batch.is_empty() && !history_changed {
            continue;
        }
        let mut update = if history_changed { live.history_changed() } else { live.apply(&batch) };
        let now_watching = watched_paths(&live);
        if now_watching != watching {
            // A theme folder appeared (or moved): watch it, and rebuild once more in case
            // files were written into it before the watch existed.
            drop(watcher);
            watcher = watch::watch(&now_watching, sender.clone())?;
            watching = now_watching;
            update = live.apply(&watching);
        }
        shared.rebuilt(live.problems());
        // Full rebuilds wrote a fresh index already; incremental ones refresh it in the
        // background so the reload is not held up by indexing.
        if update.full {
            search.rebuilt_elsewhere();
        }
        if let Some(pages) = update.search_pages.take() {
            search.refresh(pages);
        }
        report(Event::Rebuilt {
            update: &update,
            changed: &batch,
            diagnostics: &live.loaded.diagnostics,
            fatal: live.fatal.as_deref(),
        });
    }
    for worker in workers {
        let _ = worker.join();
    }
    Ok(())
}

fn bind(host: &str, port: u16) -> Result<tiny_http::Server, ServeError> {
    let address = if host.contains(':') { format!("[{host}]:{port}") } else { format!("{host}:{port}") };
    tiny_http::Server::http(&address).map_err(|err| {
        let busy = err.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::AddrInUse);
        let reason = if busy {
            format!("port {port} is already in use; choose another with `-p PORT` (or `-p 0` for any free port)")
        } else {
            err.to_string()
        };
        ServeError::Bind { address, reason }
    })
}

/// The source folder, the theme folder and `book.toml`'s folder.
fn watched_paths(live: &LiveSite) -> Vec<PathBuf> {
    let project = incremental::project(live);
    let mut paths = vec![project.source_dir.clone()];
    if let Some(theme) =
        project.theme_dir.as_ref().filter(|theme| theme.is_dir() && !theme.starts_with(&project.source_dir))
    {
        paths.push(theme.clone());
    }
    if project.source_dir != project.root {
        // book.toml, and a themes/ folder created while serving.
        paths.push(project.root.join(crate::config::CONFIG_FILE));
    }
    if let Some(git_dir) = live.loaded.site.git_dir() {
        // Its own files (HEAD, index, COMMIT_EDITMSG) change on every commit.
        paths.push(git_dir.join("HEAD"));
    }
    paths
}

/// True for the files git writes when history moves: a commit (`COMMIT_EDITMSG`), a
/// checkout (`HEAD`), a reset, merge, rebase or pull (`ORIG_HEAD`, `FETCH_HEAD`), a gc
/// (`packed-refs`). Not `index`, which editors' `git status` touches all the time.
fn is_history_change(live: &LiveSite, path: &Path) -> bool {
    let Some(git_dir) = live.loaded.site.git_dir() else { return false };
    path.parent() == Some(git_dir)
        && path
            .file_name()
            .and_then(|name| name.to_str())
            .is_some_and(|name| matches!(name, "HEAD" | "ORIG_HEAD" | "COMMIT_EDITMSG" | "FETCH_HEAD" | "packed-refs"))
}

/// Ignores our own output and hidden files (`.git`, editor temporaries).
fn is_relevant(live: &LiveSite, path: &Path) -> bool {
    let project = incremental::project(live);
    if path.starts_with(&live.output_dir) || path.starts_with(&project.build_dir) {
        return false;
    }
    if path.starts_with(project.cache_root()) {
        return false;
    }
    let relative = path.strip_prefix(&project.root).unwrap_or(path);
    let hidden = relative.components().any(|c| c.as_os_str().to_str().is_some_and(crate::discover::is_hidden_name));
    let staging = relative.to_str().is_some_and(|s| s.contains(".tmp-"));
    !hidden && !staging
}
