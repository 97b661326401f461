//! The git repository the sources live in, for links that lead to files that are not pages
//! of the portal (source code, `LICENSE`, a hidden folder, a file outside the source
//! directory): GitHub shows such a file, so the portal links to the repository's web view of
//! it — `…/blob/main/LICENSE` on GitHub, `…/-/blob/main/LICENSE` on GitLab.
//!
//! The web address comes from `[output.html] git-repository-url`, else from the `origin`
//! remote (`git@github.com:org/repo.git` → `https://github.com/org/repo`), with any
//! credentials in it dropped. Outside git, without `git` or without a remote there is no web
//! address, and such links are kept as written.

use std::path::{Path, PathBuf};
use std::process::Command;

/// Where the sources are in git, and how to link to a file of the repository on the web.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Repository {
    /// The work tree's top folder.
    pub root: PathBuf,
    /// The repository's web address, without a trailing `/`.
    pub web_url: Option<String>,
    /// The branch checked out; `HEAD` (the default branch, to the forge) when detached.
    pub reference: String,
}

/// What kind of link to make to a file or folder of the repository.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    /// A file as the forge shows it (`blob`).
    File,
    /// A folder's listing (`tree`).
    Folder,
    /// A file's bytes (`raw`), for images.
    Raw,
}

impl Repository {
    /// The repository holding `source_dir`, with `configured_url` (`git-repository-url`)
    /// as its web address when given; `None` outside a git work tree or without `git`.
    pub fn find(source_dir: &Path, configured_url: Option<&str>) -> Option<Repository> {
        let top = git(source_dir).args(["rev-parse", "--show-toplevel"]).output().ok()?;
        if !top.status.success() {
            return None;
        }
        let root = PathBuf::from(String::from_utf8(top.stdout).ok()?.trim_end_matches(['\n', '\r']));
        let branch = git(source_dir).args(["symbolic-ref", "--quiet", "--short", "HEAD"]).output().ok();
        let reference = branch
            .filter(|output| output.status.success())
            .and_then(|output| String::from_utf8(output.stdout).ok())
            .map(|name| name.trim().to_owned())
            .filter(|name| !name.is_empty())
            .unwrap_or_else(|| "HEAD".to_owned());
        let web_url = match configured_url {
            Some(url) => Some(url.trim_end_matches('/').to_owned()),
            None => remote_url(source_dir).as_deref().and_then(web_address),
        };
        let root = root.canonicalize().unwrap_or(root);
        Some(Repository { root, web_url, reference })
    }

    /// The web address of `path` (absolute) shown as `view`, when it is inside the
    /// repository and the repository's address is known.
    pub fn link(&self, path: &Path, view: View) -> Option<String> {
        let base = self.web_url.as_deref()?;
        let relative = path.strip_prefix(&self.root).ok()?;
        let parts: Option<Vec<&str>> = relative.components().map(|part| part.as_os_str().to_str()).collect();
        let encoded = parts?.iter().map(|part| crate::urls::percent_encode(part)).collect::<Vec<_>>().join("/");
        let reference = crate::urls::percent_encode_path(&self.reference);
        let route = Forge::of(base).route(view);
        Some(format!("{base}/{route}/{reference}/{encoded}").trim_end_matches('/').to_owned())
    }
}

/// The kind of forge a web address belongs to, which decides the shape of its file links.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Forge {
    GitHub,
    GitLab,
    Bitbucket,
}

impl Forge {
    /// GitHub and Bitbucket by their host names; anything else is taken for a GitLab, which
    /// is what a self-hosted forge on its own domain most often is.
    fn of(web_url: &str) -> Forge {
        let host = web_url.split("://").nth(1).unwrap_or(web_url).split('/').next().unwrap_or_default().to_lowercase();
        if host.contains("github") {
            Forge::GitHub
        } else if host.contains("bitbucket") {
            Forge::Bitbucket
        } else {
            Forge::GitLab
        }
    }

    fn route(self, view: View) -> &'static str {
        match (self, view) {
            (Forge::GitHub, View::File) => "blob",
            (Forge::GitHub, View::Folder) => "tree",
            (Forge::GitHub, View::Raw) => "raw",
            (Forge::GitLab, View::File) => "-/blob",
            (Forge::GitLab, View::Folder) => "-/tree",
            (Forge::GitLab, View::Raw) => "-/raw",
            (Forge::Bitbucket, View::File | View::Folder) => "src",
            (Forge::Bitbucket, View::Raw) => "raw",
        }
    }
}

/// The URL of the `origin` remote, else of the first remote git lists.
fn remote_url(source_dir: &Path) -> Option<String> {
    let output = git(source_dir).args(["config", "--get-regexp", r"^remote\..*\.url$"]).output().ok()?;
    let text = String::from_utf8(output.stdout).ok()?;
    let remotes: Vec<(&str, &str)> = text.lines().filter_map(|line| line.split_once(' ')).collect();
    remotes
        .iter()
        .find(|(key, _)| *key == "remote.origin.url")
        .or_else(|| remotes.first())
        .map(|(_, url)| url.trim().to_owned())
}

/// The web address of a remote URL: `https://host/path` without `.git`, a user or a token.
/// `None` for what has no web address (a local path).
pub(crate) fn web_address(remote: &str) -> Option<String> {
    let remote = remote.trim();
    let (host, path) = if let Some((scheme, rest)) = remote.split_once("://") {
        if !matches!(scheme, "https" | "http" | "ssh" | "git" | "git+ssh" | "ssh+git") {
            return None;
        }
        let (authority, path) = rest.split_once('/')?;
        let host = authority.rsplit_once('@').map_or(authority, |(_, host)| host);
        // A port belongs to the ssh or git daemon, not to the web server (but keep an http one).
        let host = if scheme.starts_with("http") { host } else { host.split(':').next().unwrap_or(host) };
        let scheme = if scheme == "http" { "http" } else { "https" };
        (format!("{scheme}://{host}"), path)
    } else {
        // scp-like: `git@github.com:org/repo.git`
        let (authority, path) = remote.split_once(':')?;
        if authority.contains('/') || path.starts_with("//") {
            return None;
        }
        let host = authority.rsplit_once('@').map_or(authority, |(_, host)| host);
        (format!("https://{host}"), path)
    };
    let path = path.trim_matches('/');
    let path = path.strip_suffix(".git").unwrap_or(path);
    if host.ends_with("://") || path.is_empty() {
        return None;
    }
    Some(format!("{host}/{path}"))
}

fn git(dir: &Path) -> Command {
    let mut command = Command::new("git");
    command.arg("-C").arg(dir).args(["-c", "core.quotepath=off"]);
    command
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn example_web_address() {
        use crate::git::repository::web_address;
        assert_eq!(web_address("git@github.com:acme/infra.git").as_deref(), Some("https://github.com/acme/infra"));
    }

    #[test]
    fn remotes_become_web_addresses_without_credentials() {
        for (remote, web) in [
            ("https://github.com/acme/infra.git", Some("https://github.com/acme/infra")),
            ("https://x-access-token:ghs_secret@github.com/acme/infra", Some("https://github.com/acme/infra")),
            ("ssh://git@gitlab.example.com:2222/platform/docs.git", Some("https://gitlab.example.com/platform/docs")),
            ("git@gitlab.example.com:group/sub/docs.git", Some("https://gitlab.example.com/group/sub/docs")),
            ("http://git.local:8080/a/b.git", Some("http://git.local:8080/a/b")),
            ("/srv/git/docs.git", None),
            ("file:///srv/git/docs.git", None),
            ("../docs", None),
        ] {
            assert_eq!(web_address(remote).as_deref(), web, "{remote}");
        }
    }

    #[test]
    fn links_have_each_forges_shape() {
        let repository = |url: &str| Repository {
            root: PathBuf::from("/repo"),
            web_url: Some(url.to_owned()),
            reference: "main".to_owned(),
        };
        let github = repository("https://github.com/acme/infra");
        assert_eq!(
            github.link(Path::new("/repo/LICENSE"), View::File).as_deref(),
            Some("https://github.com/acme/infra/blob/main/LICENSE")
        );
        assert_eq!(
            github.link(Path::new("/repo/examples"), View::Folder).as_deref(),
            Some("https://github.com/acme/infra/tree/main/examples")
        );
        assert_eq!(
            github.link(Path::new("/repo/.github/logo.png"), View::Raw).as_deref(),
            Some("https://github.com/acme/infra/raw/main/.github/logo.png")
        );
        let gitlab = repository("https://git.example.ru/platform/docs");
        assert_eq!(
            gitlab.link(Path::new("/repo/src/Главный класс.java"), View::File).as_deref(),
            Some("https://git.example.ru/platform/docs/-/blob/main/src/%D0%93%D0%BB%D0%B0%D0%B2%D0%BD%D1%8B%D0%B9%20%D0%BA%D0%BB%D0%B0%D1%81%D1%81.java")
        );
        assert_eq!(github.link(Path::new("/elsewhere/x"), View::File), None, "outside the repository");
        assert_eq!(Repository { web_url: None, ..github }.link(Path::new("/repo/LICENSE"), View::File), None);
    }

    #[test]
    fn a_work_tree_with_a_remote_is_found() {
        let dir = tempfile::tempdir().unwrap();
        let run = |args: &[&str]| {
            let status = Command::new("git").arg("-C").arg(dir.path()).args(args).output().unwrap().status;
            assert!(status.success(), "git {args:?}");
        };
        run(&["init", "-q", "-b", "trunk"]);
        run(&["remote", "add", "origin", "git@github.com:acme/docs.git"]);
        std::fs::create_dir(dir.path().join("docs")).unwrap();
        let found = Repository::find(&dir.path().join("docs"), None).expect("a repository");
        assert_eq!(found.root, dir.path().canonicalize().unwrap());
        assert_eq!(
            (found.web_url.as_deref(), found.reference.as_str()),
            (Some("https://github.com/acme/docs"), "trunk")
        );
        let configured = Repository::find(dir.path(), Some("https://git.example.ru/a/b/")).unwrap();
        assert_eq!(configured.web_url.as_deref(), Some("https://git.example.ru/a/b"));
        let outside = tempfile::tempdir().unwrap();
        assert_eq!(Repository::find(outside.path(), None), None);
    }
}
