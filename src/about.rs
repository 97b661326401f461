//! Which tpmdocs this is and where it lives, read from `Cargo.toml` at compile time. Every
//! place that writes the version or the repository (the workflow `init` writes, the
//! generator `<meta>`, the footer, the feed, `--version`) takes it from here, so a release
//! changes one file.

/// The version of this build, e.g. `0.1.0`.
pub(crate) const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The repository tpmdocs is developed and released from (`package.repository`).
pub(crate) const REPOSITORY: &str = env!("CARGO_PKG_REPOSITORY");

/// `owner/name` of [`REPOSITORY`] on GitHub, as `uses:` in a workflow wants it; `None` when
/// the repository is not on GitHub.
pub(crate) fn github_slug() -> Option<&'static str> {
    let slug = REPOSITORY.strip_prefix("https://github.com/")?.trim_end_matches('/');
    let slug = slug.strip_suffix(".git").unwrap_or(slug);
    (slug.split('/').count() == 2 && !slug.starts_with('/')).then_some(slug)
}

/// The tag of the Action's major version (`v0` for 0.x, `v1` for 1.x), which the release
/// workflow moves to each new release: what a workflow pins to get fixes without edits.
pub(crate) fn action_major_tag() -> String {
    format!("v{}", VERSION.split('.').next().unwrap_or("0"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_repository_is_a_github_slug() {
        let slug = github_slug().expect("package.repository points at GitHub");
        assert_eq!(REPOSITORY, format!("https://github.com/{slug}"));
        assert_eq!(slug.split('/').count(), 2);
    }

    #[test]
    fn the_major_tag_follows_the_version() {
        assert_eq!(action_major_tag(), format!("v{}", VERSION.split('.').next().unwrap()));
        assert!(action_major_tag().starts_with('v'));
    }
}
