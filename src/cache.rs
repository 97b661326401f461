//! Content-keyed file caches kept beside the build directory (`.tpmdocs-cache/<site>/…`):
//! one file per entry, named by the SHA-1 of everything that went into it, so a rebuild redoes
//! only the work whose inputs changed.
//!
//! A cache is a convenience, never a source of truth: a file that is missing, cut short or
//! damaged is a miss (the work is done again), and a cache that cannot be written is skipped.
//! Each folder carries a `.gitignore` that ignores it and a `CACHEDIR.TAG`, so git and backup
//! tools leave it alone, and it is safe to delete at any time.

use std::collections::HashSet;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use sha1::{Digest, Sha1};

/// Length of the integrity digest at the end of every cached file.
const DIGEST_LEN: usize = 20;

/// A folder of cached entries of one format.
#[derive(Debug, Clone)]
pub(crate) struct ContentCache {
    dir: PathBuf,
    /// Extension of the entry files (`shard`, `doc`).
    extension: &'static str,
    /// First bytes of every entry: the format and its version.
    magic: &'static [u8],
}

impl ContentCache {
    /// Opens (creating it when needed) the cache in `dir`, whose entries are `*.{extension}`
    /// files starting with `magic`; `None` when the folder cannot be made, and the caller then
    /// simply does all the work.
    pub(crate) fn open(dir: &Path, extension: &'static str, magic: &'static [u8]) -> Option<Self> {
        std::fs::create_dir_all(dir).ok()?;
        let gitignore = dir.join(".gitignore");
        if !gitignore.exists() {
            std::fs::write(&gitignore, "# written by tpmdocs: a build cache, safe to delete\n*\n").ok()?;
        }
        let tag = dir.join("CACHEDIR.TAG");
        if !tag.exists() {
            let text = "Signature: 8a477f597d28d172789f06886806bc55\n# tpmdocs build cache; safe to delete.\n";
            std::fs::write(&tag, text).ok()?;
        }
        Some(Self { dir: dir.to_path_buf(), extension, magic })
    }

    /// The folder.
    #[cfg(test)]
    pub(crate) fn dir(&self) -> &Path {
        &self.dir
    }

    fn file(&self, key: &str) -> PathBuf {
        self.dir.join(format!("{key}.{}", self.extension))
    }

    /// The payload stored under `key`, if a whole, undamaged copy is there.
    pub(crate) fn load(&self, key: &str) -> Option<Vec<u8>> {
        let mut data = std::fs::read(self.file(key)).ok()?;
        let body_len = data.len().checked_sub(DIGEST_LEN)?;
        let (body, digest) = data.split_at(body_len);
        if Sha1::digest(body).as_slice() != digest || !body.starts_with(self.magic) {
            return None;
        }
        data.truncate(body_len);
        data.drain(..self.magic.len());
        Some(data)
    }

    /// Stores `payload` under `key`. Written to a temporary file and renamed, so a reader
    /// never sees half a file; a failure only means the work is done again next time.
    pub(crate) fn store(&self, key: &str, payload: &[u8]) {
        let mut data = Vec::with_capacity(self.magic.len() + payload.len() + DIGEST_LEN);
        data.extend_from_slice(self.magic);
        data.extend_from_slice(payload);
        let digest = Sha1::digest(&data);
        data.extend_from_slice(&digest);
        let temporary = self.dir.join(format!("{key}.{}.tmp", std::process::id()));
        let written = std::fs::File::create(&temporary)
            .and_then(|mut file| file.write_all(&data))
            .and_then(|()| std::fs::rename(&temporary, self.file(key)));
        if written.is_err() {
            let _ = std::fs::remove_file(&temporary);
        }
    }

    /// Removes entries other than `keys` (those the build just used), so the cache holds one
    /// build's worth of files however many builds ran.
    pub(crate) fn keep_only<'k>(&self, keys: impl IntoIterator<Item = &'k str>) {
        let kept: HashSet<&str> = keys.into_iter().collect();
        let Ok(entries) = std::fs::read_dir(&self.dir) else { return };
        for entry in entries.filter_map(Result::ok) {
            let path = entry.path();
            let stem = path.file_stem().and_then(|stem| stem.to_str()).unwrap_or_default();
            let cached = path.extension().is_some_and(|extension| extension == self.extension);
            if cached && !kept.contains(stem) {
                let _ = std::fs::remove_file(&path);
            }
        }
    }
}

/// Builds a cache key from parts: each part is hashed with its length, so no two different
/// lists of parts give the same bytes to hash.
#[derive(Debug, Clone, Default)]
pub(crate) struct KeyHasher(Sha1);

impl KeyHasher {
    /// A key of the running tpmdocs binary: entries written by another build of tpmdocs
    /// (whose parser or indexer may differ) never match.
    pub(crate) fn for_this_binary() -> Self {
        Self::default().part(binary_fingerprint().as_bytes())
    }

    /// Adds one part.
    pub(crate) fn part(mut self, bytes: &[u8]) -> Self {
        self.0.update((bytes.len() as u64).to_le_bytes());
        self.0.update(bytes);
        self
    }

    /// The key, as 40 hex digits (a file name).
    pub(crate) fn finish(self) -> String {
        hex(&self.0.finalize())
    }
}

/// What identifies the running build of tpmdocs: the SHA-1 of its executable, read once per
/// process (a few milliseconds), else its version. The version alone would let a development
/// build reuse what an older build of the same version parsed; the executable's bytes are the
/// same wherever one released binary runs, so CI caches stay valid between runs.
pub(crate) fn binary_fingerprint() -> &'static str {
    static FINGERPRINT: OnceLock<String> = OnceLock::new();
    FINGERPRINT.get_or_init(|| {
        let executable = std::env::current_exe().and_then(std::fs::read);
        match executable {
            Ok(bytes) => format!("{} {}", crate::about::VERSION, hex(&Sha1::digest(bytes))),
            Err(_) => crate::about::VERSION.to_owned(),
        }
    })
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|byte| format!("{byte:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const MAGIC: &[u8] = b"tpmdocs test entry 1\n";

    fn cache(dir: &Path) -> ContentCache {
        ContentCache::open(dir, "entry", MAGIC).unwrap()
    }

    #[test]
    fn a_stored_payload_loads_back_and_the_folder_is_marked_as_a_cache() {
        let dir = tempfile::tempdir().unwrap();
        let cache = cache(&dir.path().join("c"));
        cache.store("k1", "пусто и не пусто".as_bytes());
        cache.store("k2", b"");
        assert_eq!(cache.load("k1").unwrap(), "пусто и не пусто".as_bytes());
        assert_eq!(cache.load("k2").unwrap(), b"");
        assert_eq!(cache.load("k3"), None);
        assert!(std::fs::read_to_string(cache.dir().join(".gitignore")).unwrap().lines().any(|l| l == "*"));
        assert!(std::fs::read_to_string(cache.dir().join("CACHEDIR.TAG")).unwrap().starts_with("Signature: 8a477f"));
    }

    #[test]
    fn a_damaged_truncated_or_foreign_entry_is_a_miss() {
        let dir = tempfile::tempdir().unwrap();
        let cache = cache(dir.path());
        cache.store("k", b"payload bytes");
        let file = dir.path().join("k.entry");
        let whole = std::fs::read(&file).unwrap();
        let mut flipped = whole.clone();
        flipped[MAGIC.len() + 2] ^= 1;
        for damaged in [flipped, whole[..whole.len() - 1].to_vec(), Vec::new(), b"short".to_vec()] {
            std::fs::write(&file, damaged).unwrap();
            assert_eq!(cache.load("k"), None);
        }
        let other = ContentCache::open(dir.path(), "entry", b"another format 1\n").unwrap();
        other.store("k", b"payload bytes");
        assert_eq!(cache.load("k"), None, "an entry of another format is never read as this one");
    }

    #[test]
    fn keep_only_removes_other_entries_and_nothing_else() {
        let dir = tempfile::tempdir().unwrap();
        let cache = cache(dir.path());
        for key in ["a", "b", "c"] {
            cache.store(key, key.as_bytes());
        }
        std::fs::write(dir.path().join("notes.txt"), "mine").unwrap();
        cache.keep_only(["b"]);
        assert_eq!(cache.load("a"), None);
        assert_eq!(cache.load("b").unwrap(), b"b");
        assert_eq!(cache.load("c"), None);
        assert!(dir.path().join("notes.txt").exists() && dir.path().join(".gitignore").exists());
    }

    #[test]
    fn keys_differ_with_any_part_and_with_how_parts_are_split() {
        let key = |parts: &[&str]| parts.iter().fold(KeyHasher::default(), |k, p| k.part(p.as_bytes())).finish();
        assert_eq!(key(&["ab", "c"]), key(&["ab", "c"]));
        assert_ne!(key(&["ab", "c"]), key(&["a", "bc"]));
        assert_ne!(key(&["ab", "c"]), key(&["ab", "d"]));
        assert_eq!(key(&["x"]).len(), 40);
        assert!(KeyHasher::for_this_binary().finish() != KeyHasher::default().finish());
        // The running executable's own bytes, not just the version: another build of the
        // same version never shares entries.
        let executable = std::fs::read(std::env::current_exe().unwrap()).unwrap();
        assert_eq!(binary_fingerprint(), format!("{} {}", crate::about::VERSION, hex(&Sha1::digest(executable))));
    }

    #[test]
    fn an_unwritable_cache_is_skipped() {
        let dir = tempfile::tempdir().unwrap();
        let cache = cache(&dir.path().join("c"));
        std::fs::remove_dir_all(cache.dir()).unwrap();
        std::fs::write(cache.dir(), "a file where the folder was").unwrap();
        cache.store("k", b"x");
        assert_eq!(cache.load("k"), None);
        assert!(ContentCache::open(&dir.path().join("c"), "entry", MAGIC).is_none());
    }
}
