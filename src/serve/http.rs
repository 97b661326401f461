//! The HTTP side of `serve` (tiny_http): static files from the output folder only, live
//! reload by Server-Sent Events, and the problem overlay. The reload script and overlay are
//! added to pages as they are served; the files on disk stay exactly what `build` writes.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{channel, Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tiny_http::{Header, Method, Request, Response, StatusCode};

use crate::text::escape_html;

/// Path of the event stream.
pub(crate) const EVENTS_PATH: &str = "/__tpmdocs/events";

/// Which `Host` headers the server answers, against DNS rebinding: a page on
/// `evil.example` whose name is re-pointed at 127.0.0.1 reaches the server with
/// `Host: evil.example` and gets 403, so it cannot read the private portal. Allowed are
/// `localhost` (and `*.localhost`), IP literals such as `127.0.0.1` and `[::1]` (a
/// rebinding page cannot have one as its origin), the name the server is bound to, and the
/// names added with `--allowed-host` (`.example.com` allows its subdomains too). Any port.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct HostPolicy {
    names: Vec<String>,
}

impl HostPolicy {
    /// The policy for a server bound to `bound_host` with `extra` names allowed.
    pub(crate) fn new(bound_host: &str, extra: &[String]) -> Self {
        let names = std::iter::once(bound_host)
            .chain(extra.iter().map(String::as_str))
            .map(|name| name.trim().trim_end_matches('.').to_ascii_lowercase())
            .filter(|name| !name.is_empty())
            .collect();
        Self { names }
    }

    /// True when a request with this `Host` header may be answered (a request without one
    /// comes from no browser and is answered).
    pub(crate) fn allows(&self, host_header: Option<&str>) -> bool {
        let Some(header) = host_header else { return true };
        let host = host_without_port(header.trim()).trim_end_matches('.').to_ascii_lowercase();
        if host == "localhost" || host.ends_with(".localhost") || is_ip_literal(&host) {
            return true;
        }
        self.names.iter().any(|name| {
            name == &host
                || name.strip_prefix('.').is_some_and(|domain| host == domain || host.ends_with(name.as_str()))
        })
    }
}

/// `example.org:3000` → `example.org`; `[::1]:3000` → `[::1]`.
fn host_without_port(host: &str) -> &str {
    if host.starts_with('[') {
        return host.find(']').map_or(host, |end| &host[..=end]);
    }
    match host.rsplit_once(':') {
        Some((name, port)) if port.bytes().all(|b| b.is_ascii_digit()) => name,
        _ => host,
    }
}

fn is_ip_literal(host: &str) -> bool {
    host.parse::<std::net::Ipv4Addr>().is_ok()
        || host
            .strip_prefix('[')
            .and_then(|rest| rest.strip_suffix(']'))
            .is_some_and(|inner| inner.parse::<std::net::Ipv6Addr>().is_ok())
}

/// State shared between the HTTP workers and the rebuild loop.
#[derive(Debug)]
pub(crate) struct Shared {
    /// The folder pages are served from (canonical).
    pub root: PathBuf,
    hosts: HostPolicy,
    instance: u64,
    build: AtomicU64,
    problems: Mutex<Vec<String>>,
    clients: Mutex<Vec<Sender<String>>>,
}

impl Shared {
    /// State for serving `root` to requests whose `Host` the policy allows.
    pub(crate) fn new(root: &Path, hosts: HostPolicy) -> std::io::Result<Self> {
        // A per-process random number, so a page notices that the server restarted.
        let instance = {
            use std::hash::{BuildHasher, Hasher};
            std::collections::hash_map::RandomState::new().build_hasher().finish()
        };
        Ok(Self {
            root: root.canonicalize()?,
            hosts,
            instance,
            build: AtomicU64::new(1),
            problems: Mutex::new(Vec::new()),
            clients: Mutex::new(Vec::new()),
        })
    }

    /// The id every page and event carries: changes on every rebuild and every restart.
    pub(crate) fn build_id(&self) -> String {
        format!("{:x}-{}", self.instance, self.build.load(Ordering::SeqCst))
    }

    /// Records a finished rebuild and its problems, and tells every open page to reload.
    pub(crate) fn rebuilt(&self, problems: Vec<String>) {
        *self.problems.lock().unwrap_or_else(|e| e.into_inner()) = problems;
        self.build.fetch_add(1, Ordering::SeqCst);
        let id = self.build_id();
        self.clients.lock().unwrap_or_else(|e| e.into_inner()).retain(|client| client.send(id.clone()).is_ok());
    }

    /// Sets the problems without a rebuild (the first build).
    pub(crate) fn set_problems(&self, problems: Vec<String>) {
        *self.problems.lock().unwrap_or_else(|e| e.into_inner()) = problems;
    }

    fn subscribe(&self) -> Receiver<String> {
        let (sender, receiver) = channel();
        self.clients.lock().unwrap_or_else(|e| e.into_inner()).push(sender);
        receiver
    }
}

/// Answers one request.
pub(crate) fn handle(shared: &Arc<Shared>, request: Request) {
    let host = request.headers().iter().find(|h| h.field.equiv("Host")).map(|h| h.value.as_str().to_owned());
    if !shared.hosts.allows(host.as_deref()) {
        let message = format!(
            "403 Forbidden: tpmdocs serve does not answer requests for host `{}`. It answers localhost, 127.0.0.1 and [::1]; allow another name with `tpmdocs serve --allowed-host NAME`.\n",
            host.unwrap_or_default()
        );
        let _ = request.respond(
            Response::from_string(message)
                .with_status_code(403)
                .with_header(header("Content-Type", "text/plain; charset=utf-8")),
        );
        return;
    }
    if !matches!(request.method(), Method::Get | Method::Head) {
        let _ = request.respond(
            Response::from_string("method not allowed").with_status_code(405).with_header(header("Allow", "GET, HEAD")),
        );
        return;
    }
    let url = request.url().to_owned();
    let path = url.split(['?', '#']).next().unwrap_or("/");
    if path == EVENTS_PATH {
        let shared = Arc::clone(shared);
        std::thread::spawn(move || stream_events(&shared, request));
        return;
    }
    match resolve(&shared.root, path) {
        Some(file) => serve_file(shared, request, &file),
        None => not_found(shared, request),
    }
}

/// Maps a URL path to a file inside `root`, refusing anything that could leave it:
/// `..` (also percent-encoded), encoded slashes and backslashes, NUL, absolute paths, and
/// symlinks that point outside.
pub(crate) fn resolve(root: &Path, url_path: &str) -> Option<PathBuf> {
    let url_path = url_path.split(['?', '#']).next().unwrap_or_default();
    let lower = url_path.to_ascii_lowercase();
    if !url_path.starts_with('/')
        || url_path.starts_with("//")
        || lower.contains("%2f")
        || lower.contains("%5c")
        || lower.contains("%00")
    {
        return None;
    }
    let decoded = crate::urls::percent_decode(url_path);
    if decoded.contains('\\') || decoded.contains('\0') {
        return None;
    }
    let mut relative = PathBuf::new();
    for segment in decoded.split('/') {
        match segment {
            "" | "." => {}
            ".." => return None,
            other if other.contains(':') => return None,
            other => relative.push(other),
        }
    }
    let mut candidate = root.join(&relative);
    if candidate.is_dir() {
        candidate.push("index.html");
    }
    let canonical = candidate.canonicalize().ok()?;
    (canonical.starts_with(root) && canonical.is_file()).then_some(canonical)
}

fn serve_file(shared: &Shared, request: Request, file: &Path) {
    let Ok(bytes) = std::fs::read(file) else { return not_found(shared, request) };
    let content_type = content_type(file);
    let body = if content_type.starts_with("text/html") { inject(shared, bytes) } else { bytes };
    let response = Response::from_data(body)
        .with_header(header("Content-Type", content_type))
        .with_header(header("Cache-Control", "no-store"));
    let _ = request.respond(response);
}

fn not_found(shared: &Shared, request: Request) {
    let page = format!(
        "<!doctype html><html lang=\"ru\"><head><meta charset=\"utf-8\"><title>404</title></head><body><h1>404</h1><p>Страница {} не найдена. <a href=\"/\">На главную</a></p></body></html>",
        escape_html(request.url())
    );
    let body = inject(shared, page.into_bytes());
    let response = Response::from_data(body)
        .with_status_code(StatusCode(404))
        .with_header(header("Content-Type", "text/html; charset=utf-8"))
        .with_header(header("Cache-Control", "no-store"));
    let _ = request.respond(response);
}

/// Adds the reload script (and the overlay when there are problems) before `</body>`.
fn inject(shared: &Shared, html: Vec<u8>) -> Vec<u8> {
    let Ok(mut text) = String::from_utf8(html) else { return Vec::new() };
    let problems = shared.problems.lock().unwrap_or_else(|e| e.into_inner()).clone();
    let mut addition = String::new();
    if !problems.is_empty() {
        addition.push_str(&overlay(&problems));
    }
    addition.push_str(&reload_script(&shared.build_id()));
    match text.rfind("</body>") {
        Some(at) => text.insert_str(at, &addition),
        None => text.push_str(&addition),
    }
    text.into_bytes()
}

fn overlay(problems: &[String]) -> String {
    let items: String = problems
        .iter()
        .map(|p| {
            format!(
                "<pre style=\"white-space:pre-wrap;margin:0 0 12px;font:13px/1.45 ui-monospace,monospace\">{}</pre>",
                escape_html(p)
            )
        })
        .collect();
    format!(
        "<div id=\"tpmdocs-overlay\" role=\"alert\" style=\"position:fixed;left:16px;right:16px;bottom:16px;max-height:45vh;overflow:auto;z-index:2147483647;background:#fff5f5;color:#3b0a0a;border:2px solid #c62828;border-radius:8px;padding:14px 16px;box-shadow:0 8px 30px rgba(0,0,0,.25)\"><strong style=\"display:block;margin-bottom:8px;font:600 14px system-ui,sans-serif\">tpmdocs: {} — исправьте и сохраните, страница обновится сама</strong>{items}</div>",
        problems.len()
    )
}

fn reload_script(build_id: &str) -> String {
    format!(
        "<script id=\"tpmdocs-live-reload\">(function(){{var id=\"{build_id}\";if(!window.EventSource)return;var es=new EventSource(\"{EVENTS_PATH}\");es.onmessage=function(e){{if(e.data&&e.data!==id){{es.close();location.reload();}}}};}})();</script>"
    )
}

/// Holds the event stream open: sends the current build id at once (a page that missed a
/// rebuild or a restart reloads), then each new one, with a heartbeat to notice closed tabs.
fn stream_events(shared: &Arc<Shared>, request: Request) {
    let receiver = shared.subscribe();
    let mut writer = request.into_writer();
    let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream; charset=utf-8\r\nCache-Control: no-store\r\nConnection: keep-alive\r\nX-Accel-Buffering: no\r\n\r\n";
    let first = format!("{head}retry: 500\ndata: {}\n\n", shared.build_id());
    if writer.write_all(first.as_bytes()).and_then(|()| writer.flush()).is_err() {
        return;
    }
    loop {
        let message = match receiver.recv_timeout(Duration::from_secs(15)) {
            Ok(id) => format!("data: {id}\n\n"),
            Err(RecvTimeoutError::Timeout) => ": ping\n\n".to_owned(),
            Err(RecvTimeoutError::Disconnected) => return,
        };
        if writer.write_all(message.as_bytes()).and_then(|()| writer.flush()).is_err() {
            return;
        }
    }
}

fn header(name: &str, value: &str) -> Header {
    Header::from_bytes(name.as_bytes(), value.as_bytes()).expect("static header is valid")
}

/// The Content-Type for a file, by extension.
pub(crate) fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).as_deref() {
        Some("html" | "htm") => "text/html; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("js" | "mjs") => "text/javascript; charset=utf-8",
        Some("json") => "application/json",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("jpg" | "jpeg") => "image/jpeg",
        Some("gif") => "image/gif",
        Some("webp") => "image/webp",
        Some("ico") => "image/x-icon",
        Some("pdf") => "application/pdf",
        Some("txt" | "md") => "text/plain; charset=utf-8",
        Some("woff2") => "font/woff2",
        Some("woff") => "font/woff",
        Some("wasm") => "application/wasm",
        Some("xml") => "application/xml",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn example_allows() {
        use crate::serve::http::HostPolicy;
        let policy = HostPolicy::new("127.0.0.1", &["docs.internal".to_owned()]);
        assert!(policy.allows(Some("localhost:3000")) && policy.allows(Some("[::1]:3000")));
        assert!(policy.allows(Some("127.0.0.1")) && policy.allows(Some("DOCS.internal:80")));
        assert!(!policy.allows(Some("evil.example")) && !policy.allows(Some("localhost.evil.example")));
    }

    #[test]
    fn traversal_attempts_resolve_to_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("site");
        std::fs::create_dir_all(root.join("adr")).unwrap();
        std::fs::write(root.join("index.html"), "x").unwrap();
        std::fs::write(root.join("adr/a.html"), "x").unwrap();
        std::fs::write(dir.path().join("secret.txt"), "x").unwrap();
        let root = root.canonicalize().unwrap();
        assert_eq!(resolve(&root, "/"), Some(root.join("index.html")));
        assert_eq!(resolve(&root, "/adr/a.html?x=1"), Some(root.join("adr/a.html")));
        assert_eq!(resolve(&root, "/adr/%61.html"), Some(root.join("adr/a.html")));
        for bad in [
            "/../secret.txt",
            "/adr/../../secret.txt",
            "/%2e%2e/secret.txt",
            "/adr%2f..%2f..%2fsecret.txt",
            "//etc/passwd",
            "/..%5csecret.txt",
            "/%00",
            "/C:/x",
        ] {
            assert_eq!(resolve(&root, bad), None, "{bad}");
        }
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(dir.path().join("secret.txt"), root.join("link.txt")).unwrap();
            assert_eq!(resolve(&root, "/link.txt"), None, "a symlink out of the site");
        }
    }

    #[test]
    fn pages_get_the_reload_script_and_overlay_only_when_served() {
        let dir = tempfile::tempdir().unwrap();
        let shared = Shared::new(dir.path(), HostPolicy::default()).unwrap();
        let page = String::from_utf8(inject(&shared, b"<html><body><p>x</p></body></html>".to_vec())).unwrap();
        assert!(page.contains("tpmdocs-live-reload") && page.contains(EVENTS_PATH));
        assert!(!page.contains("tpmdocs-overlay"));
        shared.set_problems(vec!["error[E0201]: <bad>".into()]);
        let page = String::from_utf8(inject(&shared, b"<html><body></body></html>".to_vec())).unwrap();
        assert!(page.contains("tpmdocs-overlay") && page.contains("&lt;bad&gt;"));
    }

    #[test]
    fn only_local_and_named_hosts_are_answered() {
        let policy = HostPolicy::new("127.0.0.1", &["docs.example.org".to_owned(), ".corp.example".to_owned()]);
        for allowed in [
            None,
            Some("localhost"),
            Some("localhost:3000"),
            Some("LOCALHOST."),
            Some("app.localhost:8080"),
            Some("127.0.0.1:3000"),
            Some("[::1]:3000"),
            Some("[::1]"),
            Some("192.168.1.20:3000"),
            Some("docs.example.org"),
            Some("docs.example.org:443"),
            Some("corp.example"),
            Some("wiki.corp.example"),
        ] {
            assert!(policy.allows(allowed), "{allowed:?}");
        }
        for refused in [
            Some("evil.example"),
            Some("evil.example:3000"),
            Some("localhost.evil.example"),
            Some("127.0.0.1.nip.io"),
            Some("docs.example.org.evil.example"),
            Some("notcorp.example"),
            Some(""),
            Some("[::1"),
        ] {
            assert!(!policy.allows(refused), "{refused:?}");
        }
        assert!(HostPolicy::new("0.0.0.0", &[]).allows(Some("10.0.0.5:3000")));
        assert!(HostPolicy::new("devbox", &[]).allows(Some("devbox:3000")));
    }

    #[test]
    fn every_rebuild_changes_the_build_id() {
        let dir = tempfile::tempdir().unwrap();
        let shared = Shared::new(dir.path(), HostPolicy::default()).unwrap();
        let first = shared.build_id();
        let events = shared.subscribe();
        shared.rebuilt(Vec::new());
        assert_ne!(shared.build_id(), first);
        assert_eq!(events.recv().unwrap(), shared.build_id());
    }
}
