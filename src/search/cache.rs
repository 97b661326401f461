//! The persistent cache of index shards: one [`ContentCache`] entry per shard, named by the
//! hash of everything that went into it, so a rebuild indexes only the shards whose pages
//! changed. A missing or damaged entry is a miss: the shard is indexed again.

use std::path::Path;

use crate::cache::ContentCache;

use super::BundleFile;

/// First bytes of a cached shard file, with the format's version.
const MAGIC: &[u8] = b"tpmdocs search shard 1\n";

/// Extension of cached shard files.
const EXTENSION: &str = "shard";

/// A folder of cached index shards.
#[derive(Debug, Clone)]
pub(crate) struct ShardCache {
    files: ContentCache,
}

impl ShardCache {
    /// Opens (creating it when needed) the cache in `dir`; `None` when the folder cannot be
    /// made, and the build then simply indexes everything.
    pub(crate) fn open(dir: &Path) -> Option<Self> {
        ContentCache::open(dir, EXTENSION, MAGIC).map(|files| Self { files })
    }

    /// The folder.
    #[cfg(test)]
    pub(crate) fn dir(&self) -> &Path {
        self.files.dir()
    }

    /// The bundle files cached under `key`, if a whole, undamaged copy is there.
    pub(crate) fn load(&self, key: &str) -> Option<Vec<BundleFile>> {
        decode(&self.files.load(key)?)
    }

    /// Stores a shard's bundle files under `key`; a failure only means the next build
    /// indexes it again.
    pub(crate) fn store(&self, key: &str, files: &[BundleFile]) {
        self.files.store(key, &encode(files));
    }

    /// Removes cached shards other than `keys` (those of the index just built), so the cache
    /// holds one index's worth of files however many builds ran.
    pub(crate) fn keep_only(&self, keys: &[String]) {
        self.files.keep_only(keys.iter().map(String::as_str));
    }
}

/// The file count, then each file as (path length, path, length, bytes).
fn encode(files: &[BundleFile]) -> Vec<u8> {
    let size: usize = files.iter().map(|(path, bytes)| 12 + path.len() + bytes.len()).sum();
    let mut out = Vec::with_capacity(4 + size);
    out.extend_from_slice(&(files.len() as u32).to_le_bytes());
    for (path, bytes) in files {
        out.extend_from_slice(&(path.len() as u32).to_le_bytes());
        out.extend_from_slice(path.as_bytes());
        out.extend_from_slice(&(bytes.len() as u64).to_le_bytes());
        out.extend_from_slice(bytes);
    }
    out
}

/// The files of an encoded shard; `None` for anything that is not exactly what [`encode`]
/// wrote.
fn decode(data: &[u8]) -> Option<Vec<BundleFile>> {
    let mut rest = data;
    let count = u32::from_le_bytes(take(&mut rest, 4)?.try_into().ok()?);
    let mut files = Vec::new();
    for _ in 0..count {
        let path_len = u32::from_le_bytes(take(&mut rest, 4)?.try_into().ok()?);
        let path = std::str::from_utf8(take(&mut rest, usize::try_from(path_len).ok()?)?).ok()?.to_owned();
        let len = u64::from_le_bytes(take(&mut rest, 8)?.try_into().ok()?);
        let bytes = take(&mut rest, usize::try_from(len).ok()?)?.to_vec();
        files.push((path, bytes));
    }
    rest.is_empty().then_some(files)
}

/// The next `n` bytes of `rest`, advancing it.
fn take<'a>(rest: &mut &'a [u8], n: usize) -> Option<&'a [u8]> {
    let (head, tail) = rest.split_at_checked(n)?;
    *rest = tail;
    Some(head)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files() -> Vec<BundleFile> {
        vec![
            ("pagefind/pagefind-entry.json".into(), b"{\"version\":\"1.6.0\"}".to_vec()),
            ("pagefind/index/ru_1.pf_index".into(), vec![0, 1, 2, 255]),
            ("pagefind/fragment/пусто.pf_fragment".into(), Vec::new()),
        ]
    }

    #[test]
    fn a_stored_shard_loads_back_whole() {
        let dir = tempfile::tempdir().unwrap();
        let cache = ShardCache::open(&dir.path().join("nested/cache")).unwrap();
        cache.store("abc", &files());
        assert_eq!(cache.load("abc"), Some(files()));
        assert_eq!(cache.load("other"), None);
    }

    #[test]
    fn the_cache_ignores_itself_in_git_and_is_tagged_for_backup_tools() {
        let dir = tempfile::tempdir().unwrap();
        let cache = ShardCache::open(dir.path()).unwrap();
        let gitignore = std::fs::read_to_string(cache.dir().join(".gitignore")).unwrap();
        assert!(gitignore.lines().any(|line| line == "*"), "{gitignore}");
        let tag = std::fs::read_to_string(cache.dir().join("CACHEDIR.TAG")).unwrap();
        assert!(tag.starts_with("Signature: 8a477f597d28d172789f06886806bc55"));
    }

    #[test]
    fn a_damaged_or_truncated_file_is_a_miss_not_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let cache = ShardCache::open(dir.path()).unwrap();
        cache.store("abc", &files());
        let path = cache.dir().join("abc.shard");
        let whole = std::fs::read(&path).unwrap();
        for cut in [0, 5, MAGIC.len() + 3, whole.len() / 2, whole.len() - 1] {
            std::fs::write(&path, &whole[..cut]).unwrap();
            assert_eq!(cache.load("abc"), None, "cut at {cut}");
        }
        let mut flipped = whole.clone();
        flipped[MAGIC.len() + 10] ^= 1;
        std::fs::write(&path, &flipped).unwrap();
        assert_eq!(cache.load("abc"), None);
        std::fs::write(&path, &whole).unwrap();
        assert!(cache.load("abc").is_some());
    }

    #[test]
    fn keep_only_drops_other_shards_and_nothing_else() {
        let dir = tempfile::tempdir().unwrap();
        let cache = ShardCache::open(dir.path()).unwrap();
        cache.store("old", &files());
        cache.store("new", &files());
        cache.keep_only(&["new".to_owned()]);
        assert_eq!(cache.load("old"), None);
        assert!(cache.load("new").is_some());
        assert!(dir.path().join(".gitignore").exists() && dir.path().join("CACHEDIR.TAG").exists());
    }

    #[test]
    fn an_unwritable_cache_is_no_cache() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a-file");
        std::fs::write(&file, "not a folder").unwrap();
        assert!(ShardCache::open(&file.join("cache")).is_none());
    }
}
