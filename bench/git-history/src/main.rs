//! Reads, in one pass over the history of a git repository, for every file under a source
//! folder: the date of the last commit that touched it, the date of the first commit that
//! added it, and the de-duplicated names of the commits' authors. Two implementations:
//!
//! * `cli` spawns one `git log` and parses its output ([`cli`]);
//! * `gix` walks the commits with the gix crate and diffs each commit's tree against its first
//!   parent's (built only with the default `gix` cargo feature).
//!
//! Both follow the first-parent chain from HEAD only (commits on merged side branches are not
//! visited; a merge is credited with what it brought in relative to its first parent), ignore
//! renames (a renamed file is a deletion plus an addition), and use the *author* date in
//! seconds since the epoch. "Last" is the first commit met walking from HEAD, "first" the last
//! one met (on the first-parent chain that is also the order of the commits). Every path that
//! appears in a commit's changes is reported, including files deleted later.
//!
//! Usage: `tpmdocs-git-history-bench cli|gix REPO [SOURCE_FOLDER] [--dump FILE]`
//! (SOURCE_FOLDER defaults to `docs`). Prints the commits visited, the number of files and an
//! FNV-1a checksum of the sorted results, so the two implementations can be compared.

use std::collections::HashMap;
use std::io::Write;
use std::process::ExitCode;

/// What is known about one file.
struct FileInfo {
    /// Author date of the newest commit that touched the file (seconds since the epoch).
    last: i64,
    /// Author date of the oldest commit that touched the file.
    first: i64,
    /// Indices into [`History::authors`], de-duplicated.
    authors: Vec<u32>,
}

/// The result of one pass: path (relative to the repository root, as bytes) → info.
#[derive(Default)]
struct History {
    files: HashMap<Vec<u8>, FileInfo>,
    authors: Vec<Vec<u8>>,
    author_index: HashMap<Vec<u8>, u32>,
    commits: usize,
}

impl History {
    fn author(&mut self, name: &[u8]) -> u32 {
        if let Some(&i) = self.author_index.get(name) {
            return i;
        }
        let i = self.authors.len() as u32;
        self.authors.push(name.to_vec());
        self.author_index.insert(name.to_vec(), i);
        i
    }

    /// Records that a commit with author `author` and date `time` touched `path`. Commits must
    /// arrive newest first.
    fn touch(&mut self, path: &[u8], time: i64, author: u32) {
        match self.files.get_mut(path) {
            Some(info) => {
                info.first = time;
                if !info.authors.contains(&author) {
                    info.authors.push(author);
                }
            }
            None => {
                self.files.insert(path.to_vec(), FileInfo { last: time, first: time, authors: vec![author] });
            }
        }
    }

    /// Sorted lines `path \t last \t first \t author1, author2…` (authors sorted by name).
    fn lines(&self) -> Vec<Vec<u8>> {
        let mut paths: Vec<&Vec<u8>> = self.files.keys().collect();
        paths.sort();
        paths
            .into_iter()
            .map(|path| {
                let info = &self.files[path];
                let mut names: Vec<&[u8]> = info.authors.iter().map(|&a| self.authors[a as usize].as_slice()).collect();
                names.sort();
                let mut line = path.clone();
                line.extend_from_slice(format!("\t{}\t{}\t", info.last, info.first).as_bytes());
                line.extend_from_slice(&names.join(&b", "[..]));
                line.push(b'\n');
                line
            })
            .collect()
    }
}

fn fnv1a(lines: &[Vec<u8>]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in lines.iter().flatten() {
        hash ^= u64::from(*byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash
}

/// `git log` implementation: one process for the whole history.
mod cli {
    use super::History;
    use std::io::{BufRead, BufReader};
    use std::process::{Command, Stdio};

    pub fn read(repo: &str, source: &str) -> Result<History, String> {
        let mut child = Command::new("git")
            .arg("-C")
            .arg(repo)
            .args([
                // Paths come out verbatim with -z anyway; set so a change of -z can't mangle them.
                "-c",
                "core.quotepath=off",
                // User configuration that would change what `git log` prints:
                "-c",
                "log.follow=false", // --follow for a single pathspec (it is one here)
                "-c",
                "log.showSignature=false", // GPG output between commits
                "-c",
                "diff.relative=false", // paths relative to the current directory
                // The pathspec is a literal folder name, never a glob.
                "--literal-pathspecs",
                "log",
                "--first-parent",             // walk HEAD's first-parent chain only
                "--diff-merges=first-parent", // a merge shows its diff to the first parent (implied by --first-parent since git 2.31; explicit here)
                "--no-renames",               // renames are a deletion and an addition (and no rename detection cost)
                "--name-only",                // only the paths of the changed files
                "-z",                         // NUL-terminated records and paths, no quoting
                "--no-color",
                "--no-mailmap", // raw author names, as gix reads them
                "--no-show-signature",
                "--format=%x00%at%x00%an", // NUL, author date (seconds), NUL, author name
                "HEAD",
                "--",
            ])
            .arg(source)
            .stdout(Stdio::piped())
            .spawn()
            .map_err(|e| format!("cannot run git: {e}"))?;
        let stdout = child.stdout.take().expect("piped");
        let result = parse(BufReader::with_capacity(1 << 16, stdout));
        let status = child.wait().map_err(|e| e.to_string())?;
        if !status.success() {
            return Err(format!("git log failed: {status}"));
        }
        result
    }

    /// The output is a sequence of NUL-terminated fields:
    /// `"" DATE NAME ["\n"PATH PATH …]` per commit. A path is never empty, so an empty field
    /// always starts a commit; the first path of a commit carries git's "\n" separator between
    /// the header and the diff output.
    fn parse(mut input: impl BufRead) -> Result<History, String> {
        let mut history = History::default();
        let mut field = Vec::with_capacity(256);
        let mut next = |field: &mut Vec<u8>| -> Result<bool, String> {
            field.clear();
            let n = input.read_until(0, field).map_err(|e| e.to_string())?;
            if n == 0 {
                return Ok(false);
            }
            if field.last() == Some(&0) {
                field.pop();
            }
            Ok(true)
        };
        if !next(&mut field)? {
            return Ok(history);
        }
        if !field.is_empty() {
            return Err("unexpected output from git log".into());
        }
        'commits: loop {
            if !next(&mut field)? {
                return Err("truncated output (date)".into());
            }
            let time: i64 = std::str::from_utf8(&field)
                .ok()
                .and_then(|s| s.parse().ok())
                .ok_or_else(|| format!("bad date {:?}", String::from_utf8_lossy(&field)))?;
            if !next(&mut field)? {
                return Err("truncated output (author)".into());
            }
            let author = history.author(&field);
            history.commits += 1;
            let mut first_path = true;
            loop {
                if !next(&mut field)? {
                    break 'commits;
                }
                if field.is_empty() {
                    continue 'commits;
                }
                let path = if first_path && field.first() == Some(&b'\n') { &field[1..] } else { &field[..] };
                first_path = false;
                history.touch(path, time, author);
            }
        }
        Ok(history)
    }
}

/// gix implementation: rev-walk HEAD's first parents, diff the source folder's subtree of each
/// commit against its first parent's.
#[cfg(feature = "gix")]
mod gitoxide {
    use super::History;
    use gix::diff::tree::recorder::Change;
    use gix::objs::TreeRefIter;
    use gix::ObjectId;

    type Error = Box<dyn std::error::Error + Send + Sync>;

    /// The object id of the tree at `source` (slash-separated) in the tree `root`, if any.
    fn subtree(repo: &gix::Repository, root: ObjectId, source: &[&[u8]]) -> Result<Option<ObjectId>, Error> {
        let mut id = root;
        for component in source {
            let tree = repo.find_tree(id)?;
            match tree.find_entry(*component) {
                Some(entry) if entry.mode().is_tree() => id = entry.object_id(),
                _ => return Ok(None),
            }
        }
        Ok(Some(id))
    }

    pub fn read(repo_path: &str, source: &str) -> Result<History, Error> {
        let mut repo = gix::open(repo_path)?;
        // Decoded objects are looked up again and again (a commit's trees are its parent's
        // trees at the next step); without a cache every tree is rebuilt from the pack, base
        // object and delta chain.
        let cache_bytes =
            std::env::var("GIX_OBJECT_CACHE_BYTES").ok().and_then(|v| v.parse().ok()).unwrap_or(OBJECT_CACHE_BYTES);
        repo.object_cache_size(cache_bytes);
        // With the `gix-pack-cache` feature: a delta-base cache for pack access, the one that
        // gix's `max-performance` feature would install (64 entries, 96 MB by default).
        #[cfg(feature = "gix-pack-cache")]
        repo.objects.set_pack_cache(|| Box::<gix::odb::pack::cache::lru::StaticLinkedList<64>>::default());
        let components: Vec<&[u8]> = source.split('/').filter(|c| !c.is_empty()).map(str::as_bytes).collect();
        let prefix: Vec<u8> = components.iter().flat_map(|c| c.iter().copied().chain([b'/'])).collect();
        let head = repo.head_id()?.detach();
        let hash_kind = repo.object_hash();

        let mut history = History::default();
        let mut state = gix::diff::tree::State::default();
        let walk = repo.rev_walk([head]).first_parent_only().all()?;
        for info in walk {
            let info = info?;
            let commit = info.object()?;
            let new_tree = subtree(&repo, commit.tree_id()?.detach(), &components)?;
            let old_tree = match info.parent_ids().next() {
                Some(parent) => subtree(&repo, parent.object()?.into_commit().tree_id()?.detach(), &components)?,
                None => None,
            };
            if old_tree == new_tree {
                continue; // the source folder is unchanged (git log's pathspec skips these too)
            }
            history.commits += 1;
            let (time, author) = {
                let signature = commit.author()?.trim();
                (signature.seconds(), history.author(signature.name))
            };
            let old = old_tree.map(|id| repo.find_tree(id)).transpose()?;
            let new = new_tree.map(|id| repo.find_tree(id)).transpose()?;
            let mut recorder = gix::diff::tree::Recorder::default();
            gix::diff::tree(
                TreeRefIter::from_bytes(old.as_ref().map_or(&[][..], |t| &t.data), hash_kind),
                TreeRefIter::from_bytes(new.as_ref().map_or(&[][..], |t| &t.data), hash_kind),
                &mut state,
                &repo.objects,
                &mut recorder,
            )?;
            let mut path = prefix.clone();
            for change in recorder.records {
                let (mode, relative) = match &change {
                    Change::Addition { entry_mode, path, .. }
                    | Change::Deletion { entry_mode, path, .. }
                    | Change::Modification { entry_mode, path, .. } => (entry_mode, path),
                };
                // Trees are reported too (added/removed/changed folders); git lists files only.
                if mode.is_tree() {
                    continue;
                }
                path.truncate(prefix.len());
                path.extend_from_slice(relative);
                history.touch(&path, time, author);
            }
        }
        Ok(history)
    }

    /// Object cache size: gix suggests about 10 MB per 10,000 files for tree diffs
    /// (`GIX_OBJECT_CACHE_BYTES` overrides it; 0 turns the cache off). Without the delta-base
    /// cache it cuts the time by ~40 %; with it, it costs ~5 % on a freshly packed repository and saves
    /// ~20 % on one with long delta chains to the newest trees, so it stays on in both builds.
    const OBJECT_CACHE_BYTES: usize = 16 * 1024 * 1024;
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut positional = Vec::new();
    let mut dump = None;
    let mut it = args.into_iter();
    while let Some(arg) = it.next() {
        if arg == "--dump" {
            dump = it.next();
        } else {
            positional.push(arg);
        }
    }
    let (mode, repo) = match (positional.first(), positional.get(1)) {
        (Some(m), Some(r)) => (m.as_str(), r.as_str()),
        _ => {
            eprintln!("usage: tpmdocs-git-history-bench cli|gix REPO [SOURCE_FOLDER] [--dump FILE]");
            return ExitCode::from(2);
        }
    };
    let source = positional.get(2).map_or("docs", String::as_str).trim_end_matches('/');
    let result = match mode {
        "cli" => cli::read(repo, source),
        #[cfg(feature = "gix")]
        "gix" => gitoxide::read(repo, source).map_err(|e| e.to_string()),
        #[cfg(not(feature = "gix"))]
        "gix" => Err("built without the `gix` feature".to_string()),
        other => Err(format!("unknown implementation {other:?} (cli or gix)")),
    };
    let history = match result {
        Ok(h) => h,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    let lines = history.lines();
    println!(
        "{mode}: commits {} files {} authors {} checksum {:016x}",
        history.commits,
        history.files.len(),
        history.authors.len(),
        fnv1a(&lines)
    );
    // This process alone (for `cli`, /usr/bin/time reports the larger of it and git).
    if let Some(hwm) = std::fs::read_to_string("/proc/self/status").ok().and_then(|s| {
        s.lines().find(|l| l.starts_with("VmHWM:")).map(|l| l.split_whitespace().nth(1).unwrap_or("?").to_string())
    }) {
        eprintln!("VmHWM of this process: {hwm} kB");
    }
    if let Some(file) = dump {
        let mut out = std::io::BufWriter::new(std::fs::File::create(&file).expect("create dump file"));
        for line in &lines {
            out.write_all(line).expect("write dump file");
        }
    }
    ExitCode::SUCCESS
}
