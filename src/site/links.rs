//! Where a relative link written in a document leads, resolved the way GitHub resolves it:
//! a Markdown file is its page, a folder is its `README.md`/`index.md` page, a file copied
//! into the site is that file, and anything else that exists in the repository — source
//! code, `LICENSE`, a hidden folder, a file outside the source directory — is a file the
//! portal does not publish but the repository has. Only what exists nowhere is missing.

use std::collections::HashMap;
use std::path::{Component, Path, PathBuf};

use super::Site;
use crate::urls;

/// What a link's path leads to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkTarget {
    /// A page of the portal (for a folder: its `README.md`/`index.md`).
    Page(usize),
    /// A file copied into the site as it is.
    Asset,
    /// A file or folder of the repository that is not part of the portal.
    Elsewhere {
        /// Its absolute path.
        path: PathBuf,
        /// True for a folder.
        folder: bool,
    },
    /// Nothing there.
    Missing(Missing),
}

/// Why a link leads nowhere.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Missing {
    /// No such file or folder.
    NoFile,
    /// It leaves the repository (or, outside git, the source directory and the disk has no
    /// such file).
    OutsideRepository,
    /// An address from the site's root with no file extension (`/docs/adr/kafka`, `/tags/x`):
    /// a route of the site generator the repository is built with (Docusaurus, Jekyll,
    /// Hugo…), which no page or file answers to. It may still exist there, so it is not an
    /// error.
    UnknownRoute,
}

/// The names of the file that is a folder's page, in the order the portal prefers them
/// (`index.md` is the folder's page when it has both, see [`urls::page_path_among`]).
const FOLDER_PAGES: [&str; 10] = [
    "index.md",
    // Mintlify's and Nextra's home page beside the repository's README.
    "index.mdx",
    // A Hugo section's own page.
    "_index.md",
    "index.markdown",
    "INDEX.md",
    "README.md",
    "readme.md",
    "Readme.md",
    "README.markdown",
    "readme.markdown",
];

/// How a `#fragment` matched one of a page's anchors.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnchorMatch {
    /// The anchor as the page has it.
    pub anchor: String,
    /// False when it matched only in another case or with GitHub's `user-content-` prefix;
    /// the link is then pointed at the anchor as the page has it.
    pub exact: bool,
}

impl Site {
    /// Where the path part of a link written in page `from` leads (`path` as written,
    /// percent-escapes and all; empty for a link within the page).
    pub fn resolve_link(&self, from: usize, path: &str) -> LinkTarget {
        if path.is_empty() {
            return LinkTarget::Page(from);
        }
        let found = self.resolve_decoded(from, path);
        // An Azure DevOps wiki names the page «Post-mortem» `Post%2Dmortem.md` and links to it
        // as written: the escape is part of the file's name.
        match found {
            LinkTarget::Missing(_) if path.contains('%') => {
                match self.resolve_decoded(from, &path.replace('%', "%25")) {
                    LinkTarget::Missing(_) => found,
                    literal => literal,
                }
            }
            found => found,
        }
    }

    /// [`Site::resolve_link`] with `path`'s percent-escapes decoded.
    fn resolve_decoded(&self, from: usize, path: &str) -> LinkTarget {
        let found = self.resolve_as_file(from, path);
        let decoded = urls::percent_decode(path);
        match (found, decoded.strip_prefix('/')) {
            (LinkTarget::Missing(why), Some(address)) => self.resolve_site_address(address, why),
            // `[Главная](/)` in a Nextra site: the home page (`pages/index.mdx`), when the
            // repository's top folder is none of the portal's pages.
            (found @ LinkTarget::Elsewhere { folder: true, .. }, Some("")) => {
                self.route("").map_or(found, LinkTarget::Page)
            }
            (LinkTarget::Missing(why), None) => {
                self.resolve_from_page_address(from, &decoded).unwrap_or(LinkTarget::Missing(why))
            }
            (found, _) => found,
        }
    }

    /// `../b/` written in `posts/a.md`, which Hugo and MkDocs serve at `posts/a/`: a route
    /// relative to the page's own address rather than its file's folder.
    fn resolve_from_page_address(&self, from: usize, route: &str) -> Option<LinkTarget> {
        let last = route.trim_end_matches('/').rsplit('/').next().unwrap_or_default();
        if last.contains('.') || !route.starts_with("..") {
            return None;
        }
        let id = &self.pages[from].doc.id;
        let as_folder = format!("{}/index.md", stem_of(id));
        let in_source = urls::resolve_relative(&as_folder, route)?;
        self.route(&in_source).map(LinkTarget::Page)
    }

    /// The path of a link as a file: relative to the page, or from the repository's top
    /// folder when it starts with `/`.
    fn resolve_as_file(&self, from: usize, path: &str) -> LinkTarget {
        let from_id = &self.pages[from].doc.id;
        let decoded = urls::percent_decode(path);
        if let (Some(stripped), Some(repository)) = (decoded.strip_prefix('/'), &self.repository) {
            // GitHub reads `/docs/x.md` from the repository's top folder.
            return self.resolve_absolute(normalise(&repository.root.join(stripped)));
        }
        match urls::resolve_relative(from_id, path) {
            Some(in_source) => self.resolve_in_source(&in_source),
            None => {
                let folder = Path::new(from_id).parent().unwrap_or(Path::new(""));
                let absolute = normalise(&self.source_root.join(folder).join(decoded.trim_start_matches('/')));
                self.resolve_absolute(absolute)
            }
        }
    }

    /// `/docs/runbooks/x/` in a Hugo site read from its repository's top: the page of that
    /// route in `content/`, or in a language's `content/ru/` (a multilingual site serves its
    /// default language at the top).
    fn content_route(&self, address: &str) -> Option<usize> {
        let folders = self.content_folders.get_or_init(|| {
            // (The source directory is the repository's top, or `content/` itself.)
            let (content, prefix) = match self.source_root.join("content") {
                content if content.is_dir() => (content, "content/"),
                _ => (self.source_root.clone(), ""),
            };
            let languages = std::fs::read_dir(&content).into_iter().flatten().filter_map(|entry| {
                let name = entry.ok()?.file_name().into_string().ok()?;
                let language = name.len() == 2 && name.bytes().all(|b| b.is_ascii_lowercase());
                language.then(|| format!("{prefix}{name}/"))
            });
            let mut folders: Vec<String> = std::iter::once(prefix.to_owned()).chain(languages).collect();
            // (`read_dir` lists in no set order: the languages in theirs, the top first.)
            folders[1..].sort();
            folders
        });
        let route = address.trim_matches('/');
        folders.iter().find_map(|folder| self.route(&urls::resolve_relative("", &format!("{folder}{route}/"))?))
    }

    /// `/address` that is no file of the repository, read as a site generator serves it: a
    /// page's route from the source directory's root (`/posts/kafka/` in a Hugo `content/`),
    /// or a file of the generator's static folder (`/img/x.png` from Docusaurus's `static/`).
    /// What answers to none of those is a route the generator may have and tpmdocs cannot
    /// see when it has no extension, else missing as `why` says.
    fn resolve_site_address(&self, address: &str, why: Missing) -> LinkTarget {
        if let Some(page) = urls::resolve_relative("", address).and_then(|in_source| self.route(&in_source)) {
            return LinkTarget::Page(page);
        }
        if let Some(page) = self.content_route(address) {
            return LinkTarget::Page(page);
        }
        let roots = std::iter::once(self.source_root.as_path())
            .chain(self.source_root.parent())
            .chain(self.repository.as_ref().map(|repository| repository.root.as_path()));
        for root in roots {
            for folder in STATIC_FOLDERS {
                let candidate = normalise(&root.join(folder).join(address));
                if candidate.starts_with(root) {
                    if let Some(found) = on_disk(candidate) {
                        return found;
                    }
                }
            }
        }
        let route = address.trim_matches('/');
        let last = route.rsplit('/').next().unwrap_or_default();
        // `/runbooks/webhook-replay` where `runbooks/` serves the site's runbooks: a page that
        // folder does not have is missing, not a route the generator makes up.
        let in_pages_folder = route.rsplit_once('/').is_some_and(|(folder, _)| {
            let prefix = format!("{folder}/");
            self.routes.keys().any(|known| known.starts_with(&prefix))
        });
        // `/2025/08/12/runbook-ci-autoscaler/` on a blog whose posts are served by their day: a
        // post it does not have.
        let missing_post = is_post_route(route) && self.routes.keys().any(|known| is_post_route(known));
        let in_pages_folder = in_pages_folder || missing_post;
        // An Azure DevOps wiki (`.order` files) has no routes but its pages' paths: a page it
        // does not have is missing, as a file is.
        if last.contains('.') || in_pages_folder || self.source_root.join(".order").is_file() {
            LinkTarget::Missing(why)
        } else {
            LinkTarget::Missing(Missing::UnknownRoute)
        }
    }

    /// The page a MyST label (`(incident-levels)=`) stands in, and the anchor of the heading
    /// it stands before (empty when none follows it).
    pub fn labelled(&self, label: &str) -> Option<(usize, &str)> {
        self.by_label.get(label).map(|(page, anchor)| (*page, anchor.as_str()))
    }

    /// The page a wikilink's note (`Брокер MQTT`, `Решения/Брокер MQTT#Контекст`) names, as
    /// Obsidian finds it: the file at that path from the vault's root, else the one of that
    /// name nearest to page `from` (in its folder, else the shortest path), else the page with
    /// that title.
    pub fn note_named(&self, from: usize, note: &str) -> Option<usize> {
        let name = note.split('#').next().unwrap_or(note).trim().trim_end_matches(".md").trim_matches('/');
        if name.is_empty() {
            return None;
        }
        if let Some(page) = self.index_of(&format!("{name}.md")) {
            return Some(page);
        }
        // DokuWiki: `[[ops:incidents:2025_11_03_x]]` is the page at that path of namespaces,
        // `[[ops:start]]` the namespace's start page; `[[ops:]]` too.
        if name.contains(':') && !name.contains(['/', ' ']) {
            let path = name.trim_start_matches(':').replace(':', "/");
            let path = if path.ends_with('/') { format!("{path}start") } else { path };
            if let Some(page) = self.index_of(&format!("{path}.md")) {
                return Some(page);
            }
        }
        let file_name = name.rsplit('/').next().unwrap_or(name).to_lowercase();
        let folder = folder_of(&self.pages[from].doc.id);
        self.by_name
            .get(&file_name)
            .into_iter()
            .flatten()
            .copied()
            .filter(|&page| {
                let id = &self.pages[page].doc.id;
                ends_with_path(stem_of(id), name)
                    || undated_post_name(id).is_some_and(|post| post.eq_ignore_ascii_case(name))
            })
            .min_by_key(|&page| {
                let id = &self.pages[page].doc.id;
                (folder_of(id) != folder, id.len())
            })
            // A note named by its title rather than its file, as a relation names it.
            .or_else(|| self.titled(name))
            .or_else(|| self.by_alias.get(&name.to_lowercase()).copied())
            .or_else(|| self.logseq_page(name))
            // Redmine: `[[Хранение сессий]]` is the page `Хранение_сессий`, and
            // `[[backend:Хранение_сессий]]` that page of the project `backend`; GitHub's,
            // Gitea's and Gollum's wikis: `[[Регламент дежурств]]` is `Регламент-дежурств`.
            .or_else(|| {
                let page = |joiner: &str| name.contains(' ').then(|| name.replace(' ', joiner));
                ["_", "-"].iter().find_map(|joiner| self.note_named(from, &page(joiner)?))
            })
            .or_else(|| name.split_once(':').and_then(|(_, page)| self.note_named(from, page)))
            // Zettlr: `[[202603041230]]` is the note whose file name opens with that id.
            .or_else(|| name.bytes().all(|b| b.is_ascii_digit()).then(|| self.page_with_id(name)).flatten())
    }

    /// The page a TiddlyWiki link's fragment (`#Tiddler%20Title`) names: another page of that
    /// title or file name, when page `from` has no heading of that name.
    pub fn tiddler(&self, from: usize, fragment: &str) -> Option<usize> {
        let name = urls::percent_decode(fragment);
        let name = name.trim();
        if name.is_empty() || name.contains('/') {
            return None;
        }
        self.titled(name)
            .or_else(|| self.by_name.get(&name.to_lowercase())?.first().copied())
            .filter(|&page| page != from)
    }

    /// The page whose file name opens with the id `id` (`MOB-A-12 Rich push.md` for
    /// `MOB-A-12`), as a knowledge base's export names its articles.
    pub fn page_with_id(&self, id: &str) -> Option<usize> {
        let id = urls::percent_decode(id.trim_matches('/'));
        if id.contains(['/', '.', ' ']) {
            return None;
        }
        self.by_leading_id.get(&id.to_lowercase()).copied()
    }

    /// The page a OneNote link names, as a notebook converted page by page keeps it:
    /// `onenote:https://…/Инциденты.one#Разбор%2014.03&section-id={…}&page-id={…}&end` or
    /// `onenote:#Разбор%2014.03&section-id={…}&end&base-path=https://…/Инциденты.one` — the
    /// page titled so (or its file named so), in its section's folder when pages elsewhere
    /// share the title.
    pub(crate) fn onenote_page(&self, reference: &str) -> Option<usize> {
        let (address, fragment) = reference.split_once('#')?;
        let mut parts = fragment.split('&');
        let title = crate::urls::percent_decode(parts.next()?);
        let base = parts.find_map(|part| part.strip_prefix("base-path=")).unwrap_or(address);
        let section = crate::urls::percent_decode(base.rsplit('/').next().unwrap_or_default());
        let section = section.strip_suffix(".one").unwrap_or(&section);
        // The pages whose file is named so, else the page titled so (indexed, not searched).
        let named = self.by_name.get(&title.trim().to_lowercase()).cloned().unwrap_or_default();
        let candidates = if named.is_empty() { self.titled(title.trim()).into_iter().collect() } else { named };
        let in_section = |page: &usize| folder_of(&self.pages[*page].doc.id).rsplit('/').next() == Some(section);
        candidates.iter().copied().find(in_section).or_else(|| candidates.first().copied())
    }

    /// The page an absolute web address leads to when it is one of the repository's own: the
    /// address a page states as its own (an export's `url:`), or a file of the forge
    /// repository the pages come from (`https://github.com/org/repo/blob/main/docs/x.md`,
    /// GitLab's `/-/blob/`, `tree` for a folder's page).
    pub fn page_at_address(&self, url: &str) -> Option<usize> {
        if let Some(reference) = url.strip_prefix("onenote:") {
            return self.onenote_page(reference);
        }
        let address = own_address(url)?;
        if let Some(page) = self.by_address.get(&address) {
            return Some(*page);
        }
        // An export's map of its documents' ids (`https://team.kaiten.ru/documents/<uid>`), or
        // a knowledge base's article id (`…/articles/MOB-A-12`).
        let last = address.rsplit('/').next().unwrap_or_default();
        if let Some(page) = self.by_export_id.get(&address).or_else(|| self.by_export_id.get(last)) {
            return Some(*page);
        }
        // Coda's `coda.io/d/_d<doc>/Команда-и-дежурства_suC7xK` and Notion's
        // `notion.so/Команда-и-дежурства-<32 hex>`: a page of the export by its name.
        if let Some(page) = self.exported_page_address(&address) {
            return Some(page);
        }
        // `…/articles/MOB-A-13/Razbor-incidenta`: the id before the article's slug, too.
        let mut segments = address.split('/').skip(3).collect::<Vec<_>>();
        segments.reverse();
        if let Some(page) = segments.iter().take(2).find_map(|segment| self.page_with_id(segment)) {
            return Some(page);
        }
        if let Some(page) = self.page_at_path(&address) {
            return Some(page);
        }
        let rest = self
            .repository_addresses
            .iter()
            .find_map(|base| address.strip_prefix(base.as_str())?.strip_prefix('/').map(str::to_owned))?;
        let rest = rest.strip_prefix("-/").unwrap_or(&rest);
        let (view, rest) = rest.split_once('/')?;
        if !["blob", "tree", "src", "raw"].contains(&view) {
            return None;
        }
        // The branch may hold slashes (`release/1.2`): the first split that names a page.
        let parts: Vec<&str> = rest.split('/').filter(|part| !part.is_empty()).collect();
        (1..parts.len()).find_map(|at| {
            let in_repository = urls::percent_decode(&parts[at..].join("/"));
            let in_source = match &self.repository {
                Some(repository) => {
                    let absolute = repository.root.join(&in_repository);
                    absolute.strip_prefix(&self.source_root).ok()?.to_str()?.to_owned()
                }
                None => in_repository,
            };
            match self.resolve_in_source(&in_source) {
                LinkTarget::Page(page) => Some(page),
                _ => None,
            }
        })
    }

    /// `https://forum.parcelhub.io/t/adr-011-kafka/212`: the site's own address of a page the
    /// export holds at that path (`t/adr-011-kafka/212.md`). Two segments or more, matched
    /// whole: a path that long names one of these pages, whatever the host serving them.
    fn page_at_path(&self, address: &str) -> Option<usize> {
        self.page_at_site_path(address.strip_prefix("https://")?.split_once('/')?.1)
    }

    /// `/t/rabbitmq-to-kafka-cutover-plan/224`, written bare in prose (its leading `/` or
    /// not): the page the site holds at that path (two segments or more, matched whole, as [`Self::page_at_path`] does for
    /// a full address).
    pub fn page_at_site_path(&self, path: &str) -> Option<usize> {
        let path = path.trim_start_matches('/');
        (path.split('/').filter(|segment| !segment.is_empty()).count() >= 2)
            .then(|| self.route(&urls::percent_decode(path)))
            .flatten()
    }

    /// The page a Coda or Notion address names by its words (`Команда-и-дежурства_suC7xK`,
    /// `Incident-review-1a2b…` with a 32-figure id): by its title, its file's name, or the
    /// folder an `index.md` stands in.
    fn exported_page_address(&self, address: &str) -> Option<usize> {
        let host = address.strip_prefix("https://")?.split('/').next()?;
        let last = urls::percent_decode(address.rsplit('/').next()?);
        let name = if host.ends_with("coda.io") {
            last.rsplit_once("_su")?.0.to_owned()
        } else if host.ends_with("notion.so") || host.ends_with("notion.site") {
            let (name, id) = last.rsplit_once('-')?;
            (id.len() == 32 && id.bytes().all(|b| b.is_ascii_hexdigit())).then(|| name.to_owned())?
        } else if host.ends_with("quip.com") {
            // Quip's `northwind.quip.com/Kq3vTn8RxW2p/Команда-платформы-и-дежурства`: the
            // document's id, then its title.
            let segments: Vec<&str> = address.split('/').skip(3).filter(|part| !part.is_empty()).collect();
            (segments.len() == 2).then(|| last.clone())?
        } else if ["hackmd", "hedgedoc", "codimd"].iter().any(|app| host.contains(app)) {
            // HackMD's `hackmd.io/@orders-core/adr-004-idempotency-keys` (a team's permalink)
            // and `hackmd.io/H1x7qPz4Ze` (a note's id): the note exported under that name.
            last.clone()
        } else {
            return None;
        };
        let names = self.by_spoken_name.get_or_init(|| {
            let mut names = HashMap::new();
            for (index, page) in self.pages.iter().enumerate() {
                let id = page.doc.id.as_str();
                let stem = stem_of(id).rsplit('/').next().unwrap_or_default();
                let folder = folder_of(id).rsplit('/').next().unwrap_or_default();
                for name in [page.doc.title(), stem, folder] {
                    names.entry(spoken_name(name)).or_insert(index);
                }
            }
            names
        });
        names.get(&spoken_name(&name)).copied()
    }

    /// Outline's `/doc/razbor-incidenta-14-marta-Xk3P9qLm2a`: the document whose title (or
    /// file name) transliterates to the slug before the address's ten-character id, whichever
    /// way of writing Cyrillic in Latin letters the slug used.
    pub fn outline_document(&self, path: &str) -> Option<usize> {
        let address = path.strip_prefix("/doc/")?.trim_end_matches('/');
        let (slug, id) = address.rsplit_once('-')?;
        if id.len() != 10 || !id.bytes().all(|b| b.is_ascii_alphanumeric()) || address.contains('/') {
            return None;
        }
        let skeletons = self.by_slug_skeleton.get_or_init(|| {
            let mut skeletons = HashMap::new();
            for (index, page) in self.pages.iter().enumerate() {
                let stem = stem_of(&page.doc.id).rsplit('/').next().unwrap_or_default();
                for name in [page.doc.title(), stem] {
                    skeletons.entry(slug_skeleton(&crate::slug::slugify(name, usize::MAX))).or_insert(index);
                }
            }
            skeletons
        });
        skeletons.get(&slug_skeleton(slug)).copied()
    }

    /// The page holding SiYuan block `id`: the one whose block attributes (`{: id="…" …}`
    /// after a block, the document's own at its end) state it, as the dialect pass keeps them;
    /// or Logseq block `id`, whose `id::` property states it.
    pub fn block_page(&self, id: &str) -> Option<usize> {
        let ids = self.by_block_id.get_or_init(|| {
            let mut ids = HashMap::new();
            for (index, page) in self.pages.iter().enumerate() {
                let stated = page.source.lines().filter_map(|line| {
                    crate::markdown::dialects::block_id_in_comment(line).or_else(|| logseq_block_id(line))
                });
                for block in stated {
                    ids.entry(block.to_owned()).or_insert(index);
                }
            }
            ids
        });
        ids.get(id).copied()
    }

    /// `[[adr/0004 matchmaking]]`, which Logseq stores as `pages/adr___0004 matchmaking.md`
    /// (older graphs: `adr%2F0004 …`, `adr.0004 …`), and `[[Mar 4th, 2026]]`, its journal
    /// page `journals/2026_03_04.md`.
    fn logseq_page(&self, name: &str) -> Option<usize> {
        let lower = name.to_lowercase();
        let namespaced = ["___", "%2f", "."].iter().find_map(|separator| {
            let file = lower.replace('/', separator);
            (file != lower).then(|| self.by_name.get(&file)?.first().copied()).flatten()
        });
        namespaced.or_else(|| {
            // Only a name that is a day and nothing else (`Mar 4th, 2026`, `2026-03-04`).
            let short = name.split_whitespace().count() <= 3 && name.chars().count() <= 20;
            let date = crate::deliverable::date::Date::find(name).filter(|_| short)?;
            let day = format!("{:04}_{:02}_{:02}", date.year, date.month, date.day);
            let dashed = day.replace('_', "-");
            [day, dashed].iter().find_map(|file| self.by_name.get(file)?.first().copied())
        })
    }

    /// The file copied into the site that a wikilink's embed (`![[схема.png]]`) names: the
    /// one at that path, else the first of that name.
    pub fn asset_named(&self, name: &str) -> Option<&str> {
        let name = name.trim().trim_matches('/');
        self.assets.iter().map(|asset| asset.rel_path.as_str()).find(|path| ends_with_path(path, name))
    }

    /// The page a site generator serves at `route` (a source-relative path without its
    /// `.md`, `other.html`, a stated `slug`…), if any.
    fn route(&self, route: &str) -> Option<usize> {
        self.routes.get(&route_key(route)).copied()
    }

    /// A path relative to the source directory.
    fn resolve_in_source(&self, in_source: &str) -> LinkTarget {
        if self.has_asset(in_source) {
            return LinkTarget::Asset;
        }
        if let Some(page) = self.index_of(in_source) {
            return LinkTarget::Page(page);
        }
        let folder = in_source.trim_end_matches('/');
        let beside = |name: &str| if folder.is_empty() { name.to_owned() } else { format!("{folder}/{name}") };
        if let Some(page) = FOLDER_PAGES.iter().find_map(|name| self.index_of(&beside(name))) {
            return LinkTarget::Page(page);
        }
        // `/Incidents` in a GitLab or Azure DevOps wiki: the page `Incidents.md`, whose
        // sub-pages live in the folder `Incidents/` beside it.
        if !folder.is_empty() && !folder.rsplit('/').next().unwrap_or_default().contains('.') {
            if let Some(page) = self.index_of(&format!("{folder}.md")) {
                return LinkTarget::Page(page);
            }
        }
        on_disk(self.source_root.join(in_source))
            .or_else(|| self.route(in_source).map(LinkTarget::Page))
            .unwrap_or(LinkTarget::Missing(Missing::NoFile))
    }

    /// An absolute path: a page or asset when it is inside the source directory, else a file
    /// of the repository.
    fn resolve_absolute(&self, absolute: PathBuf) -> LinkTarget {
        if let Ok(inside) = absolute.strip_prefix(&self.source_root) {
            let parts: Option<Vec<&str>> = inside.components().map(|part| part.as_os_str().to_str()).collect();
            if let Some(parts) = parts {
                return self.resolve_in_source(&parts.join("/"));
            }
        }
        if let Some(repository) = &self.repository {
            if !absolute.starts_with(&repository.root) {
                return LinkTarget::Missing(Missing::OutsideRepository);
            }
        }
        on_disk(absolute).unwrap_or(LinkTarget::Missing(if self.repository.is_some() {
            Missing::NoFile
        } else {
            Missing::OutsideRepository
        }))
    }

    /// The source directory, absolute where it exists.
    pub fn source_root(&self) -> &Path {
        &self.source_root
    }

    /// The anchor of page `page` that `fragment` (as written, percent-escapes and all) names:
    /// a heading's, the title's, or an `id`/`name` in its raw HTML; matched exactly, else
    /// without GitHub's `user-content-` prefix, else in any case.
    pub fn find_anchor(&self, page: usize, fragment: &str) -> Option<AnchorMatch> {
        let body = &self.pages[page].body;
        let anchors = || {
            body.headings
                .iter()
                .map(|heading| heading.anchor.as_str())
                .chain(body.title_anchor.as_deref())
                .chain(body.anchors.iter().map(String::as_str))
        };
        let wanted = urls::percent_decode(fragment);
        if anchors().any(|anchor| anchor == wanted) {
            return Some(AnchorMatch { anchor: wanted, exact: true });
        }
        let unprefixed = wanted.strip_prefix("user-content-").unwrap_or(&wanted);
        let folded = unprefixed.to_lowercase();
        anchors()
            .find(|anchor| *anchor == unprefixed)
            .or_else(|| anchors().find(|anchor| anchor.to_lowercase() == folded))
            .map(|anchor| AnchorMatch { anchor: anchor.to_owned(), exact: false })
    }
}

/// The folders whose files a site generator serves from the site's root: Docusaurus's and
/// Hugo's `static/`, VuePress's and Astro's `public/`.
const STATIC_FOLDERS: [&str; 2] = ["static", "public"];

/// The front matter keys that state where a generator serves a page: Docusaurus's `slug`
/// and `id`, Jekyll's `permalink`, Hugo's `slug`, `url` and `aliases`.
const ROUTE_KEYS: [&str; 5] = ["slug", "id", "permalink", "url", "aliases"];

/// Every address the pages are served at by the site generators teams build their
/// repositories with, besides their file names: the source path without its extension
/// (`docs/intro` for `../intro`), a folder for its `index.md`/`README.md`/`_index.md`, the
/// same without Docusaurus's number prefixes (`docs/guide/intro` for `01-guide/02-intro.md`),
/// and the routes the front matter states. A stated route wins over a file name.
pub(super) fn page_routes(pages: &[super::Page]) -> HashMap<String, usize> {
    let mut routes = HashMap::new();
    for (index, page) in pages.iter().enumerate() {
        for route in stated_routes(&page.doc) {
            routes.entry(route).or_insert(index);
        }
    }
    for (index, page) in pages.iter().enumerate() {
        let stem = route_key(stem_of(&page.doc.id));
        let folder = folder_of(&stem);
        let name = stem.rsplit('/').next().unwrap_or_default();
        // Grav's `user/pages/02.komanda/default.md`: the file is named for its template, and
        // the folder is the page.
        let grav = stem.starts_with("user/pages/") || stem.contains("/user/pages/");
        let own = if grav || ["index", "readme", "_index"].contains(&name.to_lowercase().as_str()) {
            vec![folder.to_owned(), stem.clone()]
        } else {
            vec![stem.clone()]
        };
        // Docusaurus serves an older version's `versioned_docs/version-1.x/intro.md` at
        // `/docs/1.x/intro`.
        let versioned: Vec<String> = own.iter().filter_map(|route| versioned_doc_route(route)).collect();
        for route in own.into_iter().chain(versioned) {
            let unnumbered = without_number_prefixes(&route);
            routes.entry(route).or_insert(index);
            routes.entry(unnumbered).or_insert(index);
        }
    }
    // Served from the generator's own source folder: `/guide/start.html` for VuePress's
    // `docs/guide/start.md`, `/guides/setup/` for Starlight's `src/content/docs/guides/setup.md`.
    // Added last, so a route from the top folder wins.
    // Astro serves `src/content/docs/adr/x.md` at `/adr/x/` under Starlight and at
    // `/docs/adr/x/` from a site's own content collection: every folder that holds the page
    // gives it a route.
    let mut served: Vec<(String, usize)> = routes
        .iter()
        .flat_map(|(route, &index)| {
            // The folder's own index page (`pages/index.mdx`) is the site's home, `/`.
            SERVED_FOLDERS
                .iter()
                .filter_map(move |folder| match route.strip_prefix(folder)? {
                    "" => Some(""),
                    rest => rest.strip_prefix('/'),
                })
                .map(move |inner| (inner.to_owned(), index))
        })
        .collect();
    served.sort();
    for (route, index) in served {
        routes.entry(route).or_insert(index);
    }
    routes
}

/// The folders site generators serve pages from, at the site's root: MkDocs's, VuePress's and
/// Docusaurus's `docs/`, Astro Starlight's `src/content/docs/`, Hugo's `content/`, mdBook's
/// `src/`, Sphinx's `source/`, Nextra's (and Next.js's) `pages/`, Grav's `user/pages/`,
/// Astro's content collections (`src/content/`) and file routes (`src/pages/`). Longest first.
const SERVED_FOLDERS: [&str; 10] = [
    "src/content/docs",
    "website/docs",
    "src/content",
    "user/pages",
    "src/pages",
    "content",
    "source",
    "pages",
    "docs",
    "src",
];

/// `docs/1.x/intro` for `versioned_docs/version-1.x/intro`: where Docusaurus serves a page of
/// an older version of the docs.
fn versioned_doc_route(route: &str) -> Option<String> {
    // The Docusaurus site may sit in a folder of the repository (`website/`): its routes
    // start at the site's root all the same.
    let versioned = match route.split_once("/versioned_docs/version-") {
        Some((_, versioned)) => versioned,
        None => route.strip_prefix("versioned_docs/version-")?,
    };
    let (version, rest) = versioned.split_once('/')?;
    Some(format!("docs/{version}/{rest}"))
}

/// The routes a document's front matter states (`slug: /adr/kafka`, `id: kafka` in
/// `docs/adr/`), as keys of [`page_routes`].
fn stated_routes(doc: &crate::deliverable::Document) -> Vec<String> {
    let folder = folder_of(&doc.id);
    let in_folder = |name: &str| if folder.is_empty() { name.to_owned() } else { format!("{folder}/{name}") };
    let mut routes = post_routes(doc);
    for field in doc.fields.iter().filter(|field| field.line <= doc.front_matter_lines) {
        let key = field.label.trim().to_lowercase();
        if !ROUTE_KEYS.contains(&key.as_str()) {
            continue;
        }
        for value in field.value.split(',').map(|value| value.trim().trim_matches(['"', '\'', '[', ']'])) {
            // A permalink pattern (`/:year/:title/`) names no one page.
            if value.is_empty() || value.contains([':', '{', ' ']) {
                continue;
            }
            let route = match key.as_str() {
                "slug" | "id" if !value.starts_with('/') => in_folder(value),
                _ => value.to_owned(),
            };
            // Docusaurus serves a page of `docs/` with `slug: /incidents/x` at `/docs/incidents/x`
            // (the docs plugin's base path), and links are written either way.
            if key == "slug" && value.starts_with('/') && doc.id.split('/').any(|part| part == "docs") {
                routes.push(route_key(&format!("docs{route}")));
            }
            routes.push(route_key(&route));
        }
    }
    routes
}

/// `2025/06/24/postmortem-artifact-cache-outage` for a blog's post
/// `source/_posts/2025-06-24-postmortem-artifact-cache-outage.md` (Hexo's default permalink
/// `:year/:month/:day/:title/`, Jekyll's `/:year/:month/:day/:title.html`): its day from its
/// name and from its front matter's `date`, its name without the day.
fn post_routes(doc: &crate::deliverable::Document) -> Vec<String> {
    let Some((_, in_posts)) = doc.id.split_once("_posts/") else { return Vec::new() };
    let stem = stem_of(in_posts);
    let named = dated_name(stem);
    let slug = named.map_or(stem, |(_, rest)| rest);
    let stated = doc
        .fields
        .iter()
        .filter(|field| field.line <= doc.front_matter_lines && field.label.trim().eq_ignore_ascii_case("date"))
        .find_map(|field| crate::deliverable::date::Date::find(&field.value));
    let mut routes: Vec<String> = Vec::new();
    for day in named.map(|(day, _)| day).into_iter().chain(stated) {
        let route = format!("{:04}/{:02}/{:02}/{slug}", day.year, day.month, day.day);
        if !routes.contains(&route) {
            routes.push(route);
        }
    }
    routes
}

/// `adr-001-remote-build-cache` for a blog's post `_posts/2025-02-11-adr-001-remote-build-cache.md`:
/// the name Hexo's `post_link` knows it by.
pub(super) fn undated_post_name(id: &str) -> Option<&str> {
    let (_, in_posts) = id.split_once("_posts/")?;
    dated_name(stem_of(in_posts).rsplit('/').next()?).map(|(_, rest)| rest)
}

/// `2025-06-24-postmortem-x`: a post's name, its day first (as Jekyll and Hexo write it); the
/// day and the rest.
fn dated_name(stem: &str) -> Option<(crate::deliverable::date::Date, &str)> {
    let (written, date, rest) = crate::deliverable::kind::date_prefix(stem)?;
    let dashed = written.len() == 10 && written.contains('-') && stem[written.len()..].starts_with('-');
    (dashed && !rest.is_empty()).then_some((date, rest))
}

/// `2025/08/12/runbook-ci-autoscaler`: a blog post's dated route.
fn is_post_route(route: &str) -> bool {
    let mut parts = route.split('/');
    let digits = |part: Option<&str>, length: usize| {
        part.is_some_and(|part| part.len() == length && part.bytes().all(|b| b.is_ascii_digit()))
    };
    digits(parts.next(), 4) && digits(parts.next(), 2) && digits(parts.next(), 2) && parts.next().is_some()
}

/// A route as looked up: without the slashes around it, an `.html` (or Markdown: Hugo's
/// `ref "/decisions/x.md"`) ending or a trailing `/index`.
fn route_key(route: &str) -> String {
    let route = route.trim().trim_matches('/');
    let route = [".html", ".htm", ".md", ".mdx", ".markdown"]
        .iter()
        .find_map(|extension| route.strip_suffix(extension))
        .unwrap_or(route);
    let route = route.strip_suffix("/index").unwrap_or(route);
    route.to_owned()
}

/// `# ADR-004. Kafka для трекинга {#adr-004}`, which a page's source holds as the dialects
/// rewrote it (`# <a id="adr-004"></a>ADR-004. …`, a bookdown part's divider blanked): the id
/// the page's title (its first H1 in the first 200 lines) sets.
pub(crate) fn title_attribute_id(source: &str) -> Option<&str> {
    let title = source.lines().take(200).find(|line| line.starts_with("# "))?;
    let id = title.strip_prefix("# <a id=\"")?.split_once('"')?.0;
    (!id.is_empty() && id.chars().all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | ':' | '.'))).then_some(id)
}

/// `route` without the number prefixes Docusaurus drops from each part (`01-guide/02-intro`
/// → `guide/intro`).
fn without_number_prefixes(route: &str) -> String {
    route
        .split('/')
        .map(|part| {
            let digits = part.len() - part.trim_start_matches(|c: char| c.is_ascii_digit()).len();
            let rest = part[digits..].trim_start_matches(['-', '_', '.', ' ']);
            if digits > 0 && rest.len() < part.len() - digits && !rest.is_empty() {
                rest
            } else {
                part
            }
        })
        .collect::<Vec<_>>()
        .join("/")
}

/// A page id without its extension (`docs/adr/0002-kafka` for `docs/adr/0002-kafka.md`).
pub(super) fn stem_of(id: &str) -> &str {
    id.rsplit_once('.').filter(|(_, extension)| !extension.contains('/')).map_or(id, |(stem, _)| stem)
}

/// The folder of a page id (`docs/adr`; empty at the top).
pub(super) fn folder_of(id: &str) -> &str {
    id.rsplit_once('/').map_or("", |(folder, _)| folder)
}

/// Whether `path` is `tail` or ends with `/tail`, in any case (`Решения/ADR-3 Брокер` ends
/// with `adr-3 брокер`).
fn ends_with_path(path: &str, tail: &str) -> bool {
    let (path, tail) = (path.to_lowercase(), tail.to_lowercase());
    path == tail || path.ends_with(&format!("/{tail}"))
}

/// What is at `path` on disk, if anything.
fn on_disk(path: PathBuf) -> Option<LinkTarget> {
    let metadata = std::fs::metadata(&path).ok()?;
    Some(LinkTarget::Elsewhere { folder: metadata.is_dir(), path })
}

/// `path` with `.` and `..` resolved by name (the file need not exist).
fn normalise(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// Front-matter keys an export writes the page's own web address under.
const ADDRESS_KEYS: [&str; 6] = ["url", "html_url", "source_url", "original_url", "canonical_url", "source"];

/// The absolute web addresses a document's front matter states as its own.
pub(crate) fn stated_addresses(doc: &crate::deliverable::Document) -> Vec<String> {
    doc.fields
        .iter()
        .filter(|field| field.line <= doc.front_matter_lines)
        .filter(|field| ADDRESS_KEYS.iter().any(|key| field.label.trim().eq_ignore_ascii_case(key)))
        .filter_map(|field| own_address(field.value.trim().trim_matches(['"', '\''])))
        .collect()
}

/// An `http(s)` address as it is compared: without its fragment, query and last slash,
/// its scheme and host in lower case. `None` for anything else.
pub(crate) fn own_address(url: &str) -> Option<String> {
    let url = url.split(['#', '?']).next().unwrap_or(url).trim().trim_end_matches('/');
    let (scheme, rest) = url.split_once("://")?;
    let scheme = scheme.to_ascii_lowercase();
    if !matches!(scheme.as_str(), "http" | "https") || rest.contains(char::is_whitespace) {
        return None;
    }
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    Some(format!("https://{}/{path}", host.to_ascii_lowercase()).trim_end_matches('/').to_owned())
}

/// The forge repository an address on GitHub or a GitLab is under: `https://github.com/org/
/// repo` of `…/org/repo/discussions/41`, `https://gitlab.x/group/sub/repo` of
/// `…/group/sub/repo/-/issues/7`.
pub(crate) fn forge_repository(address: &str) -> Option<String> {
    let (host, path) = address.strip_prefix("https://")?.split_once('/')?;
    if let Some((repository, _)) = path.split_once("/-/") {
        return Some(format!("https://{host}/{repository}"));
    }
    let mut parts = path.split('/');
    let (owner, name, section) = (parts.next()?, parts.next()?, parts.next()?);
    let sections = ["discussions", "issues", "pull", "wiki", "blob", "tree"];
    (host.contains("github") && sections.contains(&section)).then(|| format!("https://{host}/{owner}/{name}"))
}

/// The id a file name opens with, lower case: `mob-a-12` of `MOB-A-12 Rich push`,
/// `proj-123` of `PROJ-123 — Title` (letters, a dash, and digits last; a title after a space).
pub(crate) fn leading_id(stem: &str) -> Option<String> {
    // A help center's article, `4416904411125-sre-roadmap-h1-2026` (Zendesk Guide): its id
    // (nine figures or more, not a day) before its slug.
    if let Some((id, slug)) = stem.split_once('-') {
        if id.len() >= 9 && id.bytes().all(|b| b.is_ascii_digit()) && !slug.is_empty() {
            return Some(id.to_owned());
        }
    }
    let (id, rest) = stem.split_once(' ')?;
    let parts: Vec<&str> = id.split('-').collect();
    let shaped = parts.len() >= 2
        && parts.last().is_some_and(|last| !last.is_empty() && last.bytes().all(|b| b.is_ascii_digit()))
        && parts[..parts.len() - 1].iter().all(|part| !part.is_empty() && part.chars().all(|c| c.is_ascii_uppercase()));
    // A Zettelkasten's note (Zettlr, The Archive): `202603041230 Разбор дублей.md`.
    let zettel = (12..=14).contains(&id.len()) && id.bytes().all(|b| b.is_ascii_digit());
    ((shaped || zettel) && !rest.trim().is_empty()).then(|| id.to_lowercase())
}

/// An export's map of its documents (Kaiten's `_links.json`, a wiki export's manifest, a
/// workspace's `{"id": …, "file": …}` list): each object with a `path` (or `file`) to a
/// page, known by its key and its `id` / `uid` / `url` values.
pub(crate) fn export_ids(map: &serde_json::Value, page_of: &dyn Fn(&str) -> Option<usize>) -> Vec<(String, usize)> {
    let mut found = Vec::new();
    let mut stack: Vec<(Option<&str>, &serde_json::Value)> = vec![(None, map)];
    while let Some((key, value)) = stack.pop() {
        match value {
            serde_json::Value::Object(fields) => {
                let path = fields.get("path").or_else(|| fields.get("file"));
                let page = path.and_then(serde_json::Value::as_str).and_then(page_of);
                match page {
                    Some(page) => {
                        let named = ["id", "uid", "url", "href", "link"]
                            .iter()
                            .filter_map(|name| fields.get(*name).and_then(serde_json::Value::as_str));
                        for id in key.into_iter().chain(named) {
                            found.push((own_address(id).unwrap_or_else(|| id.to_owned()), page));
                        }
                    }
                    None => stack.extend(fields.iter().map(|(key, value)| (Some(key.as_str()), value))),
                }
            }
            serde_json::Value::Array(items) => stack.extend(items.iter().map(|item| (None, item))),
            _ => {}
        }
    }
    found
}

/// A Latin slug's consonants, the same whichever scheme wrote its Cyrillic (`migraciya` and
/// `migratsiia`, `sobytij` and `sobytii`, `khranenie` and `hranenie` agree): digraphs taken as
/// one letter, vowels, `y`, `j` and `h` left out, words run together.
pub(crate) fn slug_skeleton(slug: &str) -> String {
    let lower = slug.to_ascii_lowercase();
    let joined =
        [("shch", "w"), ("sch", "w"), ("zh", "z"), ("kh", "h"), ("ts", "c"), ("tz", "c"), ("ch", "q"), ("sh", "x")]
            .iter()
            .fold(lower, |text, (digraph, letter)| text.replace(digraph, letter));
    joined.chars().filter(|c| c.is_ascii_alphanumeric() && !"aeiouyjh".contains(*c)).collect()
}

/// A page's name as a Coda, Notion or Quip address spells it, folded to its letters and
/// digits: dashes stand for spaces and punctuation is left out (`Runbook — продление
/// cert-manager` is `Runbook-продление-cert-manager`, `17.04.2026` is `17042026`), the same
/// way on both sides.
pub(crate) fn spoken_name(name: &str) -> String {
    crate::deliverable::vocab::fold(name).chars().filter(|c| c.is_alphanumeric()).collect()
}

/// A Logseq block's own `id:: 6613a2f4-8c1e-4b7a-9d55-2f0e7c3b1a90` property line: the id.
fn logseq_block_id(line: &str) -> Option<&str> {
    let id = line.trim().trim_start_matches("- ").strip_prefix("id::")?.trim();
    (id.len() == 36 && id.bytes().all(|b| b.is_ascii_hexdigit() || b == b'-')).then_some(id)
}
