//! What every page is rendered with: the [`Renderer`] (templates, the site, its graph, the
//! configuration, UI strings, the leadership answers) and the context all pages share —
//! the navigation, the site's title and root, the UI strings as `t`. Each kind of page adds
//! its own context in its own module (`pages`, `overview`, `feed`); `super` dispatches.

use std::collections::BTreeMap;

use minijinja::value::Serde;
use minijinja::{context, Environment, Value};
use serde::Serialize;

use super::theme::Theme;
use super::RenderError;
use crate::analysis::leadership::Leadership;
use crate::config::Config;
use crate::deliverable::{Kind, Status};
use crate::graph::KnowledgeGraph;
use crate::site::Site;
use crate::urls::{self, kind_path, OverviewView, GRAPH_PATH, OVERVIEW_FOLDER};

/// Renders the pages of one site with one theme.
pub(crate) struct Renderer<'s> {
    pub(super) env: Environment<'static>,
    pub(super) site: &'s Site,
    pub(super) graph: &'s KnowledgeGraph,
    pub(super) config: &'s Config,
    pub(super) strings: toml::Table,
    /// `strings` as the templates' `t`, converted once rather than on every page.
    pub(super) strings_value: Value,
    /// Each kind's documents in log order.
    pub(super) kind_orders: BTreeMap<Kind, Vec<usize>>,
    /// The leadership answers the overview pages show.
    pub(super) leadership: &'s Leadership,
}

#[derive(Debug, Serialize)]
pub(super) struct NavItem {
    pub(super) label: String,
    pub(super) href: String,
    pub(super) count: usize,
    pub(super) active: bool,
}

impl<'s> Renderer<'s> {
    /// Compiles the theme's templates; the overview pages show `leadership` (computed once
    /// by the caller, [`crate::analysis::leadership::compute`]).
    pub(crate) fn new(
        site: &'s Site,
        graph: &'s KnowledgeGraph,
        config: &'s Config,
        theme: &Theme,
        leadership: &'s Leadership,
    ) -> Result<Self, RenderError> {
        let mut env = Environment::new();
        env.set_formatter(escape_without_slash);
        env.add_global(
            "tpmdocs",
            minijinja::context! { version => crate::about::VERSION, repository => crate::about::REPOSITORY },
        );
        for name in Theme::template_names() {
            let source = theme.template(name).unwrap_or_default();
            env.add_template_owned(name, source)
                .map_err(|source| RenderError::Template { name: name.to_owned(), source })?;
        }
        let kind_orders = Kind::ALL.iter().map(|kind| (*kind, site.pages_of_kind(*kind))).collect();
        let strings = theme.strings(config.book.language.code());
        let strings_value = template_value(&strings);
        Ok(Self { env, site, graph, config, strings, strings_value, kind_orders, leadership })
    }

    /// The UI string `key` in the portal's language (the key itself when the theme lacks it).
    pub(super) fn ui_text(&self, key: &str) -> String {
        match self.strings.get(key) {
            Some(toml::Value::String(text)) => text.clone(),
            _ => key.to_owned(),
        }
    }

    pub(super) fn kind_label(&self, kind: Kind, plural: bool) -> String {
        let prefix = if plural { "kind_" } else { "kind1_" };
        self.ui_text(&format!("{prefix}{}", kind.id().replace('-', "_")))
    }

    pub(super) fn status_label(&self, status: &Status) -> String {
        match status {
            Status::Unknown(text) => text.clone(),
            known => self.ui_text(&format!("status_{}", known.id())),
        }
    }

    pub(super) fn base_context(&self, path: &str, active: Option<Kind>) -> Value {
        self.site_context(
            Some(path),
            &urls::root_prefix(path),
            &|target: &str| urls::relative_href(path, target),
            active,
        )
    }

    /// `site` and `t` for a page at `path` (`None` for the 404 page, which has no place),
    /// whose links to other pages are made by `link`.
    pub(super) fn site_context(
        &self,
        path: Option<&str>,
        root: &str,
        link: &dyn Fn(&str) -> String,
        active: Option<Kind>,
    ) -> Value {
        let mut nav = vec![
            NavItem {
                label: self.ui_text("home"),
                href: link("index.html"),
                count: 0,
                active: path == Some("index.html"),
            },
            NavItem {
                label: self.ui_text("overview"),
                href: link(OverviewView::Summary.path()),
                count: 0,
                active: path.is_some_and(|path| path.starts_with(OVERVIEW_FOLDER)),
            },
        ];
        for (kind, pages) in &self.kind_orders {
            if pages.is_empty() {
                continue;
            }
            let label = if *kind == Kind::Adr { self.ui_text("adr_log") } else { self.kind_label(*kind, true) };
            nav.push(NavItem {
                label,
                href: link(&kind_path(*kind)),
                count: pages.len(),
                active: active == Some(*kind) && path != Some(GRAPH_PATH),
            });
            if *kind == Kind::Adr {
                nav.push(NavItem {
                    label: self.ui_text("decision_graph"),
                    href: link(GRAPH_PATH),
                    count: 0,
                    active: path == Some(GRAPH_PATH),
                });
            }
        }
        let book = &self.config.book;
        context! {
            site => context! {
                title => book.title.as_str(),
                description => book.description.as_str(),
                language => book.language.code(),
                root => root,
                nav => template_value(&nav),
                search => self.config.output.html.search,
                mermaid_js => self.config.output.html.mermaid_js.as_deref().map(|p| p.trim_start_matches('/')),
                repository_url => self.config.output.html.git_repository_url.as_deref(),
                feed => urls::FEED_PATH,
            },
            t => self.strings_value.clone(),
        }
    }
}

/// minijinja's HTML escaping also escapes `/` (`&#x2f;`), which is valid but bloats every
/// URL; escape only what HTML needs.
fn escape_without_slash(
    out: &mut minijinja::Output,
    state: &mut minijinja::State,
    value: &Value,
) -> Result<(), minijinja::Error> {
    match (state.auto_escape(), value.as_str()) {
        (minijinja::AutoEscape::Html, Some(text)) if !value.is_safe() => {
            let escaped = crate::text::escape_html(text);
            out.write_str(&escaped)
                .map_err(|_| minijinja::Error::new(minijinja::ErrorKind::WriteFailure, "cannot write"))
        }
        _ => minijinja::escape_formatter(out, state, value),
    }
}

/// Any serialisable value as a template value.
pub(super) fn template_value<T: Serialize>(value: &T) -> Value {
    Value::from(Serde(value))
}
