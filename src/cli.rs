//! Command-line definitions (clap), one subcommand each. Parsing only; `main.rs` runs them.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

/// Turns a repository of Markdown deliverables into a searchable static portal.
#[derive(Debug, Parser)]
#[command(name = "tpmdocs", version, about, long_about = None)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build the portal into the build directory (default `book/`).
    Build {
        /// Project directory (holds book.toml, or content/).
        #[arg(default_value = ".")]
        dir: PathBuf,
        /// Output directory, overriding `[build] build-dir`.
        #[arg(short = 'd', long = "dest-dir")]
        dest: Option<PathBuf>,
        /// Print only errors (and the closing line).
        #[arg(short, long)]
        quiet: bool,
        /// Also say how long each stage took (parse, link, render, index, write).
        #[arg(long)]
        timings: bool,
    },
    /// Parse and link every document and report problems, writing nothing.
    Check {
        /// Project directory.
        #[arg(default_value = ".")]
        dir: PathBuf,
        /// How to print findings.
        #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
        format: CheckFormat,
        /// Treat warnings as errors for the exit code (`--deny warnings`).
        #[arg(long, value_enum)]
        deny: Option<Deny>,
    },
    /// Build, serve on 127.0.0.1 and rebuild on every save; open pages reload themselves.
    Serve {
        /// Project directory.
        #[arg(default_value = ".")]
        dir: PathBuf,
        /// Port to listen on (0 picks a free one).
        #[arg(short = 'p', long, default_value_t = 3000)]
        port: u16,
        /// Address to listen on. The default keeps the server private to this machine;
        /// `-n 0.0.0.0` exposes it to the network.
        #[arg(short = 'n', long, default_value = "127.0.0.1")]
        hostname: String,
        /// Also answer requests addressed to this host name (repeatable; `.example.com`
        /// allows its subdomains). localhost, 127.0.0.1 and [::1] are always answered;
        /// other names get 403, which stops DNS-rebinding pages from reading the portal.
        #[arg(long = "allowed-host", value_name = "NAME")]
        allowed_hosts: Vec<String>,
        /// Open the portal in the default browser.
        #[arg(long)]
        open: bool,
        /// Print only errors.
        #[arg(short, long)]
        quiet: bool,
    },
    /// Create a deliverable from the template of its kind, numbered and named the way the
    /// repository already does it.
    New {
        /// adr, tech-spec, infra-plan, migration, runbook, postmortem, tech-roadmap,
        /// estimate or poc.
        kind: String,
        /// The title, e.g. "Выбор очереди сообщений".
        title: String,
        /// Project directory.
        #[arg(default_value = ".")]
        dir: PathBuf,
        /// ADR numbers this document supersedes; their status is changed in place.
        #[arg(long, value_name = "N", value_delimiter = ',')]
        supersedes: Vec<u32>,
        /// ADR numbers this document depends on.
        #[arg(long = "depends-on", value_name = "N", value_delimiter = ',')]
        depends_on: Vec<u32>,
        /// ADR numbers this document amends.
        #[arg(long, value_name = "N", value_delimiter = ',')]
        amends: Vec<u32>,
    },
    /// Set a repository up: book.toml, content/, and the GitHub Pages workflow.
    Init {
        /// Directory to set up (created if missing).
        #[arg(default_value = ".")]
        dir: PathBuf,
        /// Portal title for book.toml (default: the folder name).
        #[arg(long)]
        title: Option<String>,
    },
    /// Print what leadership asks — decisions awaiting, overdue follow-ups, stale
    /// runbooks, roadmap, estimates — as JSON or as a Markdown status post.
    Report {
        /// Project directory.
        #[arg(default_value = ".")]
        dir: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value_t = ReportFormat::Markdown)]
        format: ReportFormat,
    },
    /// Print the knowledge graph.
    Graph {
        /// Project directory.
        #[arg(default_value = ".")]
        dir: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value_t = GraphFormat::Json)]
        format: GraphFormat,
        /// Which documents: ADRs only or all (default: all for JSON, adr for DOT and Mermaid).
        #[arg(long, value_enum)]
        kind: Option<GraphKind>,
        /// Only ID and everything that depends on or references it, transitively.
        #[arg(long, value_name = "ID", conflicts_with = "chain")]
        impact: Option<String>,
        /// Only the supersession chain from ID to the decision in force.
        #[arg(long, value_name = "ID")]
        chain: Option<String>,
    },
    /// Print a shell completion script.
    ///
    /// For example `tpmdocs completions bash > ~/.local/share/bash-completion/completions/tpmdocs`
    /// or `tpmdocs completions zsh > ~/.zfunc/_tpmdocs`.
    Completions {
        /// bash, zsh, fish, powershell or elvish.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page, or write one per command into a directory.
    ///
    /// For example `tpmdocs man --out-dir /usr/local/share/man/man1`, then `man tpmdocs-build`.
    Man {
        /// Write `tpmdocs.1` and `tpmdocs-<command>.1` here instead of printing `tpmdocs.1`.
        #[arg(long = "out-dir", value_name = "DIR")]
        out_dir: Option<PathBuf>,
    },
}

/// `graph --format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum GraphFormat {
    /// `{"nodes": [...], "edges": [...]}`.
    Json,
    /// Graphviz, as `adr generate graph` draws it.
    Dot,
    /// A Mermaid flowchart.
    Mermaid,
}

/// `report --format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    /// The numbers as JSON (a stable contract).
    Json,
    /// A weekly status post to paste into a chat.
    Markdown,
}

/// `check --format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    /// rustc-style text with the source line.
    Human,
    /// One JSON array on stdout.
    Json,
    /// GitHub Actions annotations (`::error file=…`) on stdout.
    Github,
}

/// `check --deny`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Deny {
    /// Warnings fail the check too.
    Warnings,
}

/// `graph --kind`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum GraphKind {
    /// ADRs only.
    Adr,
    /// Every document.
    All,
}
