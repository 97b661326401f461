//! Building the index in shards: which page goes into which shard, and the workers that
//! index (or take from the cache) each shard and hand its files to the site.

use std::num::NonZeroUsize;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Mutex;

use pagefind::api::PagefindIndex;
use pagefind::options::PagefindServiceConfig;

use super::cache::ShardCache;
use super::{BundleFile, SearchError, SearchPage, BUNDLE_DIR};
use crate::cache::KeyHasher;
use crate::progress::Progress;

/// At most this many shards are indexed at once, whatever the core count: each one holds
/// its whole index in memory until it is written.
const MAX_WORKERS: usize = 4;

/// The Pagefind version the bundles are built with; part of every cache key.
const PAGEFIND_VERSION: &str = "1.6.0";

/// How a site's search index is split.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ShardPlan {
    count: usize,
}

impl ShardPlan {
    /// The plan for `pages` document pages with at least `pages_per_shard` in each shard
    /// (and fewer than twice that): one bundle below twice the size, else the largest power
    /// of two that keeps shards that full. Powers of two, so a page changes shard only when
    /// the site doubles in size and cached shards stay valid as documents come and go.
    pub fn for_pages(pages: usize, pages_per_shard: usize) -> Self {
        let ratio = pages / pages_per_shard.max(1);
        Self { count: if ratio < 2 { 1 } else { 1 << ratio.ilog2() } }
    }

    /// How many shards.
    pub fn count(self) -> usize {
        self.count
    }

    /// The shard a page belongs to: FNV-1a of its site path, so the same page is always in
    /// the same shard on every machine and run.
    pub fn shard_of(self, path: &str) -> usize {
        let hash = path
            .bytes()
            .fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3));
        // The remainder is below `count`, which is a usize.
        usize::try_from(hash % self.count as u64).unwrap_or(0)
    }

    /// The folder of shard `shard` inside the site: `pagefind` for the first (which also
    /// carries Pagefind's scripts and WebAssembly), `pagefind/shard-N` for the others.
    pub fn bundle_dir(shard: usize) -> String {
        if shard == 0 {
            BUNDLE_DIR.to_owned()
        } else {
            format!("{BUNDLE_DIR}/shard-{shard}")
        }
    }

    /// The shard whose folder holds a site file (`pagefind/shard-3/index/x.pf_index` → 3,
    /// `pagefind/pagefind.js` → 0); `None` outside the bundle.
    pub fn shard_of_file(path: &str) -> Option<usize> {
        let inside = path.strip_prefix(BUNDLE_DIR)?.strip_prefix('/')?;
        let Some(rest) = inside.strip_prefix("shard-") else { return Some(0) };
        let (number, _) = rest.split_once('/')?;
        number.parse().ok()
    }

    /// The folders the search page merges into the first shard (`pagefind/shard-1/`, …).
    pub fn merged_bundles(self) -> Vec<String> {
        (1..self.count).map(|shard| format!("{}/", Self::bundle_dir(shard))).collect()
    }

    /// `pages` split into shards, each keeping the pages' order.
    ///
    /// The first shard also gets the first page of every filter value (kind, status) that no
    /// page of its own carries. Pagefind lists the filters of merged indexes in the order the
    /// first index has them, adding other values at the end; with every value in the first
    /// shard, the filter list reads in the same order as a single bundle's.
    pub fn split(self, pages: Vec<SearchPage>) -> Vec<Vec<SearchPage>> {
        let mut shard_of: Vec<usize> = pages.iter().map(|page| self.shard_of(&page.path)).collect();
        let mut in_first: std::collections::HashSet<&(String, String)> =
            pages.iter().zip(&shard_of).filter(|(_, &shard)| shard == 0).flat_map(|(page, _)| &page.filters).collect();
        for (page, shard) in pages.iter().zip(shard_of.iter_mut()) {
            if page.filters.iter().any(|filter| !in_first.contains(filter)) {
                *shard = 0;
                in_first.extend(&page.filters);
            }
        }
        let mut shards: Vec<Vec<SearchPage>> = (0..self.count).map(|_| Vec::new()).collect();
        for (page, shard) in pages.into_iter().zip(shard_of) {
            shards[shard].push(page);
        }
        shards
    }
}

/// What building the index did.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct IndexOutcome {
    /// Shards in the index.
    pub shards: usize,
    /// Shards taken from the cache instead of being indexed.
    pub reused: usize,
    /// Shards left as they were, because the folder already held them (see `written`).
    pub unchanged: usize,
    /// Each shard's key (what identifies its contents), for the next call's `written`.
    pub keys: Vec<String>,
}

impl IndexOutcome {
    /// Shards indexed afresh.
    pub fn indexed(&self) -> usize {
        self.shards - self.reused - self.unchanged
    }
}

/// Where an index goes: a site folder being written (`write(path, bytes)` for each bundle file,
/// from several threads at once).
pub(crate) type Sink<'a> = dyn Fn(&str, &[u8]) -> Result<(), SearchError> + Sync + 'a;

/// Builds the index of `pages` (in a stable order) for a site in `language`, shard by shard,
/// and hands every bundle file to `sink`. A shard whose key is the same as in `written` (the
/// keys of the index the folder already holds, from the last call's [`IndexOutcome::keys`];
/// empty for a new folder) is left alone. Shards whose pages are unchanged come from `cache`
/// when there is one; the rest are indexed a few at a time (at most the cores, at most
/// [`MAX_WORKERS`]), each dropped once written, and stored in the cache. `progress` counts
/// the pages done.
pub(crate) fn write_index(
    language: &str,
    plan: ShardPlan,
    pages: Vec<SearchPage>,
    cache: Option<&ShardCache>,
    written: &[String],
    progress: &Progress,
    sink: &Sink<'_>,
) -> Result<IndexOutcome, SearchError> {
    let shards = plan.split(pages);
    // Each worker fills in its shards' keys: hashing a shard needs its synthetic pages, which
    // are made once, in the worker, and go on to the indexer when the shard is not cached.
    let keys: Mutex<Vec<String>> = Mutex::new(vec![String::new(); shards.len()]);
    let unchanged = AtomicUsize::new(0);
    let workers = std::thread::available_parallelism().map_or(1, NonZeroUsize::get).clamp(1, MAX_WORKERS);
    let next = AtomicUsize::new(0);
    let reused = AtomicUsize::new(0);
    let failed = AtomicBool::new(false);
    let first_error: Mutex<Option<SearchError>> = Mutex::new(None);
    std::thread::scope(|scope| {
        for _ in 0..workers.min(shards.len()) {
            scope.spawn(|| {
                while !failed.load(Ordering::Relaxed) {
                    let shard = next.fetch_add(1, Ordering::Relaxed);
                    let Some(pages) = shards.get(shard) else { break };
                    let html: Vec<String> = pages.iter().map(|page| page.to_html(language)).collect();
                    let key = shard_key(language, plan, shard, pages, &html);
                    if let Ok(mut keys) = keys.lock() {
                        keys[shard].clone_from(&key);
                    }
                    if written.get(shard) == Some(&key) {
                        unchanged.fetch_add(1, Ordering::Relaxed);
                        progress.indexed(pages.len());
                        continue;
                    }
                    let job = ShardJob { number: shard, pages, html, key };
                    // A panic inside Pagefind fails the index with a message, not the build.
                    let outcome = crate::guard::catch(|| write_shard(language, job, cache, progress, sink))
                        .unwrap_or_else(|panic| Err(SearchError::Pagefind(format!("the indexer panicked: {panic}"))));
                    match outcome {
                        Ok(from_cache) => {
                            reused.fetch_add(usize::from(from_cache), Ordering::Relaxed);
                        }
                        Err(err) => {
                            failed.store(true, Ordering::Relaxed);
                            if let Ok(mut first) = first_error.lock() {
                                first.get_or_insert(err);
                            }
                        }
                    }
                }
            });
        }
    });
    if let Some(err) = first_error.into_inner().ok().flatten() {
        return Err(err);
    }
    let keys = keys.into_inner().unwrap_or_default();
    if let Some(cache) = cache {
        cache.keep_only(&keys);
    }
    Ok(IndexOutcome { shards: shards.len(), reused: reused.into_inner(), unchanged: unchanged.into_inner(), keys })
}

/// One shard to write: its number, its pages and their synthetic HTML (in order), and its
/// key.
struct ShardJob<'a> {
    number: usize,
    pages: &'a [SearchPage],
    html: Vec<String>,
    key: String,
}

/// Writes one shard, from the cache when it holds it (true) or freshly indexed (false).
fn write_shard(
    language: &str,
    job: ShardJob<'_>,
    cache: Option<&ShardCache>,
    progress: &Progress,
    sink: &Sink<'_>,
) -> Result<bool, SearchError> {
    if let Some(files) = cache.and_then(|cache| cache.load(&job.key)) {
        for (path, bytes) in &files {
            sink(path, bytes)?;
        }
        progress.indexed(job.pages.len());
        return Ok(true);
    }
    let files = index_shard(language, job.number, job.pages, job.html, progress)?;
    for (path, bytes) in &files {
        sink(path, bytes)?;
    }
    if let Some(cache) = cache {
        cache.store(&job.key, &files);
    }
    Ok(false)
}

/// What identifies a shard's bundle: everything that goes into it (`html[i]` is
/// `pages[i]`'s synthetic page). The same key means the same bytes, so a cached bundle can
/// stand in for indexing.
fn shard_key(language: &str, plan: ShardPlan, shard: usize, pages: &[SearchPage], html: &[String]) -> String {
    let header = format!(
        "pagefind {PAGEFIND_VERSION} language {language} shard {shard} of {} pages {}",
        plan.count(),
        pages.len()
    );
    let key = KeyHasher::for_this_binary().part(header.as_bytes());
    pages.iter().zip(html).fold(key, |key, (page, html)| key.part(page.path.as_bytes()).part(html.as_bytes())).finish()
}

/// Indexes one shard's pages with Pagefind and returns its bundle files under the shard's
/// folder. Shards after the first keep only their own index files: the scripts and the
/// WebAssembly come from the first.
fn index_shard(
    language: &str,
    shard: usize,
    pages: &[SearchPage],
    html: Vec<String>,
    progress: &Progress,
) -> Result<Vec<BundleFile>, SearchError> {
    let fail = |err: anyhow::Error| SearchError::Pagefind(format!("{err:#}"));
    let runtime =
        tokio::runtime::Builder::new_current_thread().build().map_err(|err| SearchError::Pagefind(err.to_string()))?;
    let config = PagefindServiceConfig::builder().force_language(language.to_owned()).keep_index_url(true).build();
    let mut index = PagefindIndex::new(Some(config)).map_err(fail)?;
    let dir = ShardPlan::bundle_dir(shard);
    runtime.block_on(async {
        for (page, html) in pages.iter().zip(html) {
            index.add_html_file(None, Some(format!("/{}", page.path)), html).await.map_err(fail)?;
            progress.indexed(1);
        }
        let files = index.get_files().await.map_err(fail)?;
        Ok(files
            .into_iter()
            .filter_map(|file| {
                let name = file.filename.to_string_lossy().replace('\\', "/");
                let name = name.trim_start_matches('/');
                let name = name.strip_prefix(&format!("{BUNDLE_DIR}/")).unwrap_or(name).to_owned();
                (shard == 0 || is_shard_file(&name)).then(|| (format!("{dir}/{name}"), file.contents))
            })
            .collect())
    })
}

/// Whether a bundle file (path inside the bundle) belongs to one index, rather than being
/// Pagefind's scripts, styles or WebAssembly, which every shard shares with the first.
fn is_shard_file(name: &str) -> bool {
    name == "pagefind-entry.json"
        || name.ends_with(".pf_meta")
        || ["index/", "fragment/", "filter/"].iter().any(|folder| name.starts_with(folder))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(path: &str, text: &str) -> SearchPage {
        SearchPage {
            path: path.into(),
            title: format!("Документ {path}"),
            body_html: format!("<h2 id=\"контекст\">Контекст</h2><p>{text}</p>").into(),
            filters: vec![("kind".into(), "ADR".into())],
            meta: Vec::new(),
        }
    }

    #[test]
    fn small_sites_have_one_shard_and_large_ones_a_power_of_two() {
        assert_eq!(ShardPlan::for_pages(0, 625).count(), 1);
        assert_eq!(ShardPlan::for_pages(1249, 625).count(), 1, "one bundle below twice the shard size");
        assert_eq!(ShardPlan::for_pages(1250, 625).count(), 2);
        assert_eq!(ShardPlan::for_pages(3000, 625).count(), 4);
        assert_eq!(ShardPlan::for_pages(10_000, 625).count(), 16);
        assert_eq!(ShardPlan::for_pages(10_001, 625).count(), 16, "no jump just past a boundary");
        assert_eq!(ShardPlan::for_pages(19_999, 625).count(), 16);
        assert_eq!(ShardPlan::for_pages(20_000, 625).count(), 32);
        assert_eq!(ShardPlan::for_pages(5, 0).count(), 4, "a zero size counts as one page per shard");
    }

    #[test]
    fn a_page_keeps_its_shard_and_pages_spread_over_all_shards() {
        let plan = ShardPlan::for_pages(10_000, 1250);
        assert_eq!(plan.count(), 8);
        // FNV-1a of the path, not a per-process random hash: fixed across runs and machines.
        assert_eq!(plan.shard_of("adr/adr-0005-kafka.html"), plan.shard_of("adr/adr-0005-kafka.html"));
        let mut sizes = [0_usize; 8];
        for n in 0..10_000 {
            sizes[plan.shard_of(&format!("adr/adr-{n:04}-решение.html"))] += 1;
        }
        assert!(sizes.iter().all(|&size| (1000..1500).contains(&size)), "{sizes:?}");
        let single = ShardPlan::for_pages(10, 1250);
        assert_eq!(single.shard_of("anything.html"), 0);
    }

    #[test]
    fn the_first_shard_is_the_main_bundle_and_the_others_are_merged_into_it() {
        let plan = ShardPlan::for_pages(3000, 625);
        assert_eq!(ShardPlan::bundle_dir(0), "pagefind");
        assert_eq!(ShardPlan::bundle_dir(3), "pagefind/shard-3");
        assert_eq!(plan.merged_bundles(), ["pagefind/shard-1/", "pagefind/shard-2/", "pagefind/shard-3/"]);
        assert!(ShardPlan::for_pages(10, 1250).merged_bundles().is_empty());
    }

    #[test]
    fn a_bundle_file_tells_its_shard() {
        assert_eq!(ShardPlan::shard_of_file("pagefind/pagefind.js"), Some(0));
        assert_eq!(ShardPlan::shard_of_file("pagefind/index/ru_1.pf_index"), Some(0));
        assert_eq!(ShardPlan::shard_of_file("pagefind/shard-12/fragment/ru_2.pf_fragment"), Some(12));
        assert_eq!(ShardPlan::shard_of_file("pagefind/shard-x/a"), None);
        assert_eq!(ShardPlan::shard_of_file("adr/index.html"), None);
        assert_eq!(ShardPlan::shard_of_file("pagefinder/a"), None);
    }

    #[test]
    fn split_keeps_each_shards_pages_in_order() {
        let plan = ShardPlan::for_pages(40, 10);
        let pages: Vec<SearchPage> = (0..40).map(|n| page(&format!("p{n:02}.html"), "текст")).collect();
        let shards = plan.split(pages);
        assert_eq!(shards.iter().map(Vec::len).sum::<usize>(), 40);
        for (shard, pages) in shards.iter().enumerate() {
            // These pages share one filter value, which the first shard has already.
            assert!(pages.iter().all(|p| plan.shard_of(&p.path) == shard));
            assert!(pages.windows(2).all(|pair| pair[0].path < pair[1].path), "order kept");
        }
    }

    #[test]
    fn the_first_shard_has_every_filter_value_so_merged_filters_keep_their_order() {
        let plan = ShardPlan::for_pages(40, 5);
        let pages: Vec<SearchPage> = (0..40)
            .map(|n| {
                let mut page = page(&format!("p{n:02}.html"), "текст");
                page.filters = vec![("status".into(), format!("status-{}", n % 7))];
                page
            })
            .collect();
        let shards = plan.split(pages.clone());
        let first: std::collections::BTreeSet<&String> = shards[0].iter().map(|p| &p.filters[0].1).collect();
        assert_eq!(first.len(), 7, "{first:?}");
        assert!(shards[0].windows(2).all(|pair| pair[0].path < pair[1].path), "order kept");
        let moved = shards[0].iter().filter(|p| plan.shard_of(&p.path) != 0).count();
        assert!(moved <= 7, "only one page per missing value moves: {moved}");
        assert_eq!(shards.iter().map(Vec::len).sum::<usize>(), 40);
    }

    #[test]
    fn a_shard_key_changes_with_any_page_text_and_only_then() {
        let plan = ShardPlan::for_pages(2, 1);
        let pages = vec![page("a.html", "миграция"), page("b.html", "кластер")];
        let shard_key = |language: &str, plan: ShardPlan, shard: usize, pages: &[SearchPage]| {
            let html: Vec<String> = pages.iter().map(|page| page.to_html(language)).collect();
            super::shard_key(language, plan, shard, pages, &html)
        };
        let key = shard_key("ru", plan, 0, &pages);
        assert_eq!(key, shard_key("ru", plan, 0, &pages.clone()));
        assert_eq!(key.len(), 40);
        let mut edited = pages.clone();
        edited[1].body_html = "<p>кластеры</p>".into();
        assert_ne!(key, shard_key("ru", plan, 0, &edited));
        assert_ne!(key, shard_key("en", plan, 0, &pages));
        assert_ne!(key, shard_key("ru", plan, 1, &pages));
        assert_ne!(key, shard_key("ru", ShardPlan::for_pages(8, 1), 0, &pages));
    }

    fn build(pages: Vec<SearchPage>, plan: ShardPlan, cache: Option<&ShardCache>) -> (Vec<BundleFile>, IndexOutcome) {
        let written = Mutex::new(Vec::new());
        let progress = Progress::default();
        let outcome = write_index("ru", plan, pages, cache, &[], &progress, &|path: &str, bytes: &[u8]| {
            written.lock().unwrap().push((path.to_owned(), bytes.to_vec()));
            Ok(())
        })
        .unwrap();
        let mut files = written.into_inner().unwrap();
        files.sort();
        (files, outcome)
    }

    #[test]
    fn every_shard_has_its_own_index_and_only_the_first_the_scripts() {
        let pages: Vec<SearchPage> = (0..16).map(|n| page(&format!("doc-{n}.html"), "миграция кластера")).collect();
        let plan = ShardPlan::for_pages(16, 4);
        assert_eq!(plan.count(), 4);
        let (files, outcome) = build(pages, plan, None);
        assert_eq!((outcome.shards, outcome.reused, outcome.indexed()), (4, 0, 4));
        let names: Vec<&str> = files.iter().map(|(name, _)| name.as_str()).collect();
        for dir in ["pagefind", "pagefind/shard-1", "pagefind/shard-2", "pagefind/shard-3"] {
            assert!(names.contains(&format!("{dir}/pagefind-entry.json").as_str()), "{dir}: {names:?}");
            assert!(names.iter().any(|n| n.starts_with(&format!("{dir}/fragment/"))), "{dir}");
        }
        assert!(names.contains(&"pagefind/pagefind.js") && names.contains(&"pagefind/pagefind-ui.js"));
        assert!(names.iter().any(|n| n.starts_with("pagefind/wasm.ru")), "Russian stemmer: {names:?}");
        let shared = names.iter().filter(|n| n.starts_with("pagefind/shard-")).filter(|n| n.ends_with(".js"));
        assert_eq!(shared.count(), 0, "the scripts are not copied into the other shards: {names:?}");
    }

    #[test]
    fn a_cached_shard_gives_the_same_bytes_and_only_changed_shards_are_indexed_again() {
        let dir = tempfile::tempdir().unwrap();
        let cache = ShardCache::open(dir.path()).unwrap();
        let pages: Vec<SearchPage> = (0..16).map(|n| page(&format!("doc-{n}.html"), "миграция кластера")).collect();
        let plan = ShardPlan::for_pages(16, 4);
        let (fresh, first) = build(pages.clone(), plan, Some(&cache));
        assert_eq!(first.reused, 0);
        let (again, second) = build(pages.clone(), plan, Some(&cache));
        assert_eq!((second.shards, second.reused, second.indexed()), (4, 4, 0));
        assert_eq!(fresh, again, "a cached shard is byte-identical to an indexed one");
        let mut edited = pages;
        edited[0].body_html = "<p>совсем другой текст</p>".into();
        let (_, third) = build(edited, plan, Some(&cache));
        assert_eq!((third.reused, third.indexed()), (3, 1), "only the edited page's shard is indexed");
    }

    #[test]
    fn shards_the_folder_already_holds_are_left_alone() {
        let pages: Vec<SearchPage> = (0..16).map(|n| page(&format!("doc-{n}.html"), "миграция кластера")).collect();
        let plan = ShardPlan::for_pages(16, 4);
        let (_, first) = build(pages.clone(), plan, None);
        let mut edited = pages;
        edited[5].body_html = "<p>совсем другой текст</p>".into();
        let edited_shard = plan.split(edited.clone()).iter().position(|s| s.iter().any(|p| p.path == "doc-5.html"));
        let written = Mutex::new(Vec::new());
        let outcome = write_index("ru", plan, edited, None, &first.keys, &Progress::default(), &|path, _| {
            written.lock().unwrap().push(path.to_owned());
            Ok(())
        })
        .unwrap();
        assert_eq!((outcome.unchanged, outcome.indexed()), (3, 1));
        let written = written.into_inner().unwrap();
        assert!(!written.is_empty() && written.iter().all(|path| ShardPlan::shard_of_file(path) == edited_shard));
        assert_ne!(outcome.keys, first.keys);
    }
}
