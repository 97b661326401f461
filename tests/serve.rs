//! `tpmdocs serve` as a user meets it: a real server process on a free loopback port,
//! pages fetched over HTTP, an event stream held open while files are edited.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A running `tpmdocs serve` on a copy of the demo; killed when dropped.
struct Server {
    child: Child,
    address: String,
    project: tempfile::TempDir,
}

impl Server {
    fn start() -> Server {
        let project = tempfile::tempdir().unwrap();
        common::copy_tree(&common::repo_root().join("content"), &project.path().join("content"));
        std::fs::copy(common::repo_root().join("book.toml"), project.path().join("book.toml")).unwrap();
        Self::start_in(project)
    }

    fn start_in(project: tempfile::TempDir) -> Server {
        Self::start_with(project, &[])
    }

    fn start_with(project: tempfile::TempDir, extra: &[&str]) -> Server {
        let mut child = common::command()
            .args(["serve", project.path().to_str().unwrap(), "-p", "0"])
            .args(extra)
            .env("NO_COLOR", "1")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).unwrap();
        let url =
            line.split_whitespace().find(|w| w.starts_with("http://")).unwrap_or_else(|| panic!("no URL in {line:?}"));
        let address = url.trim_start_matches("http://").trim_end_matches('/').to_owned();
        assert!(address.starts_with("127.0.0.1:"), "loopback by default: {address}");
        Server { child, address, project }
    }

    fn content(&self, rel: &str) -> PathBuf {
        self.project.path().join("content").join(rel)
    }

    /// One request; returns (status, headers, body).
    fn request(&self, method: &str, path: &str) -> (u16, String, String) {
        self.request_as(method, path, &self.address)
    }

    /// One request with the given `Host` header.
    fn request_as(&self, method: &str, path: &str, host: &str) -> (u16, String, String) {
        let mut stream = TcpStream::connect(&self.address).unwrap();
        stream.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
        write!(stream, "{method} {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n").unwrap();
        let mut raw = Vec::new();
        stream.read_to_end(&mut raw).unwrap();
        let text = String::from_utf8_lossy(&raw).into_owned();
        let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
        let status = head.split_whitespace().nth(1).unwrap().parse().unwrap();
        (status, head.to_owned(), body.to_owned())
    }

    fn get(&self, path: &str) -> (u16, String) {
        let (status, _, body) = self.request("GET", path);
        (status, body)
    }

    /// Opens the event stream and returns it with the first build id.
    fn events(&self) -> (BufReader<TcpStream>, String) {
        let mut stream = TcpStream::connect(&self.address).unwrap();
        stream.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
        write!(stream, "GET /__tpmdocs/events HTTP/1.1\r\nHost: {}\r\nAccept: text/event-stream\r\n\r\n", self.address)
            .unwrap();
        let mut reader = BufReader::new(stream);
        let first = next_event(&mut reader);
        (reader, first)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Reads lines until the next `data:` line and returns its value.
fn next_event(reader: &mut BufReader<TcpStream>) -> String {
    let mut line = String::new();
    loop {
        line.clear();
        let read = reader.read_line(&mut line).expect("event stream stays open");
        assert!(read > 0, "event stream closed");
        if let Some(data) = line.strip_prefix("data: ") {
            return data.trim().to_owned();
        }
    }
}

fn append(path: &Path, text: &str) {
    let mut file = std::fs::OpenOptions::new().append(true).open(path).unwrap();
    file.write_all(text.as_bytes()).unwrap();
}

/// Polls until `check` holds or a few seconds pass.
fn eventually(mut check: impl FnMut() -> bool) -> bool {
    let started = Instant::now();
    while started.elapsed() < Duration::from_secs(10) {
        if check() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    false
}

#[test]
fn serves_pages_with_types_no_store_head_and_404() {
    let server = Server::start();
    let (status, head, body) = server.request("GET", "/");
    assert_eq!(status, 200);
    assert!(
        head.contains("Content-Type: text/html; charset=utf-8") && head.contains("Cache-Control: no-store"),
        "{head}"
    );
    assert!(body.contains("tpmdocs-live-reload"), "served pages reload themselves");
    let (status, head, _) = server.request("GET", "/static/tpmdocs.css");
    assert_eq!(status, 200);
    assert!(head.contains("text/css"));
    let (status, head, _) = server.request("GET", "/assets/architecture.svg");
    assert_eq!(status, 200);
    assert!(head.contains("image/svg+xml"));
    let (status, _, body) = server.request("HEAD", "/index.html");
    assert_eq!((status, body.as_str()), (200, ""));
    let (status, body) = server.get("/glossary/%D0%B3%D0%BB%D0%BE%D1%81%D1%81%D0%B0%D1%80%D0%B8%D0%B9.html");
    assert_eq!(status, 200, "Cyrillic paths");
    assert!(body.contains("Глоссарий"));
    let (status, body) = server.get("/no/such/page.html");
    assert_eq!(status, 404);
    assert!(body.contains("404"));
}

#[test]
fn traversal_attempts_get_nothing_from_outside_the_site() {
    let server = Server::start();
    std::fs::write(server.project.path().join("secret.txt"), "SECRET-CONTENT").unwrap();
    for path in [
        "/../secret.txt",
        "/%2e%2e/secret.txt",
        "/..%2fsecret.txt",
        "/static/../../secret.txt",
        "/%2E%2E%2Fsecret.txt",
        "//secret.txt",
        "/..\\secret.txt",
    ] {
        let (status, _, body) = server.request("GET", path);
        assert_ne!(status, 200, "{path}");
        assert!(!body.contains("SECRET-CONTENT"), "{path}");
    }
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(
            server.project.path().join("secret.txt"),
            server.project.path().join("book/leak.txt"),
        )
        .unwrap();
        let (status, _, body) = server.request("GET", "/leak.txt");
        assert_eq!(status, 404);
        assert!(!body.contains("SECRET-CONTENT"));
    }
}

#[test]
fn a_save_sends_a_reload_event_and_the_page_has_the_new_text() {
    let server = Server::start();
    let (mut events, first) = server.events();
    append(&server.content("adr/adr-0009-managed-kafka.md"), "\nПроверка живой перезагрузки: абзац добавлен.\n");
    let second = next_event(&mut events);
    assert_ne!(second, first, "a new build id after the save");
    let (_, page) = server.get("/adr/adr-0009-managed-kafka.html");
    assert!(page.contains("абзац добавлен"), "the page shows the saved text");
    assert!(page.contains(&format!("var id=\"{second}\"")), "pages carry the current build id");
    // An editor's atomic save: write beside, rename over.
    let path = server.content("adr/adr-0001-kubernetes-v-yandex-cloud.md");
    let text =
        std::fs::read_to_string(&path).unwrap().replace("Kubernetes в Yandex Cloud", "Kubernetes в Яндекс Облаке");
    let temporary = path.with_file_name(".adr-0001.md.swp-new");
    std::fs::write(&temporary, text).unwrap();
    std::fs::rename(&temporary, &path).unwrap();
    let third = next_event(&mut events);
    assert_ne!(third, second);
    assert!(eventually(|| server.get("/kind/adr.html").1.contains("Яндекс Облаке")), "the ADR log shows the new title");
}

#[test]
fn new_folders_deletions_and_renames_are_picked_up() {
    let server = Server::start();
    let (mut events, _) = server.events();
    let page_count = || {
        let (_, entry) = server.get("/pagefind/pagefind-entry.json");
        serde_json::from_str::<serde_json::Value>(&entry).ok().and_then(|e| e["languages"]["ru"]["page_count"].as_u64())
    };
    let indexed_before = page_count().expect("the demo is indexed");
    std::fs::create_dir_all(server.content("notes/2026")).unwrap();
    std::fs::write(server.content("notes/2026/встреча.md"), "# Встреча архитекторов\n\nСм. ADR-0009.\n").unwrap();
    next_event(&mut events);
    assert!(eventually(|| server.get("/notes/2026/%D0%B2%D1%81%D1%82%D1%80%D0%B5%D1%87%D0%B0.html").0 == 200));
    assert!(
        eventually(|| page_count() == Some(indexed_before + 1)),
        "the search index is rebuilt with the new document"
    );
    std::fs::rename(server.content("notes/2026/встреча.md"), server.content("notes/2026/meeting.md")).unwrap();
    assert!(eventually(|| server.get("/notes/2026/meeting.html").0 == 200), "renamed file served under its new name");
    assert!(
        eventually(|| server.get("/notes/2026/%D0%B2%D1%81%D1%82%D1%80%D0%B5%D1%87%D0%B0.html").0 == 404),
        "old name gone"
    );
    std::fs::remove_file(server.content("notes/2026/meeting.md")).unwrap();
    assert!(eventually(|| server.get("/notes/2026/meeting.html").0 == 404), "deleted file gone");
    // Assets: added, changed, removed.
    std::fs::write(server.content("assets/схема.svg"), "<svg>первая</svg>").unwrap();
    assert!(eventually(|| server.get("/assets/%D1%81%D1%85%D0%B5%D0%BC%D0%B0.svg").1.contains("первая")));
    std::fs::write(server.content("assets/схема.svg"), "<svg>вторая</svg>").unwrap();
    assert!(
        eventually(|| server.get("/assets/%D1%81%D1%85%D0%B5%D0%BC%D0%B0.svg").1.contains("вторая")),
        "a changed asset is copied again"
    );
    std::fs::remove_file(server.content("assets/схема.svg")).unwrap();
    assert!(eventually(|| server.get("/assets/%D1%81%D1%85%D0%B5%D0%BC%D0%B0.svg").0 == 404));
}

#[test]
fn a_broken_edit_shows_the_overlay_and_a_fix_removes_it() {
    let server = Server::start();
    let (mut events, _) = server.events();
    let path = server.content("adr/adr-0006-istio-service-mesh.md");
    let original = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, original.replacen("---\n", "---\ntags: [незакрытый\n", 1)).unwrap();
    next_event(&mut events);
    let (status, page) = server.get("/adr/adr-0006-istio-service-mesh.html");
    assert_eq!(status, 200, "the page is still served");
    assert!(page.contains("tpmdocs-overlay"), "the problem is shown in the browser");
    assert!(page.contains("E0201") && page.contains("adr-0006-istio-service-mesh.md"), "with code and file");
    std::fs::write(&path, original).unwrap();
    next_event(&mut events);
    let (_, page) = server.get("/adr/adr-0006-istio-service-mesh.html");
    assert!(!page.contains("tpmdocs-overlay"), "fixing it clears the message");
}

#[test]
fn book_toml_and_theme_edits_rebuild_everything() {
    let server = Server::start();
    let (mut events, _) = server.events();
    let config = server.project.path().join("book.toml");
    let text = std::fs::read_to_string(&config)
        .unwrap()
        .replace("Северный Маркет — технический портал", "Портал после правки");
    std::fs::write(&config, text).unwrap();
    next_event(&mut events);
    assert!(eventually(|| server
        .get("/adr/adr-0002-rabbitmq-dlya-sobytiy-zakazov.html")
        .1
        .contains("Портал после правки")));
    let templates = server.project.path().join("themes/default/templates");
    std::fs::create_dir_all(&templates).unwrap();
    let footer = std::fs::read_to_string(common::repo_root().join("themes/default/templates/base.html"))
        .unwrap()
        .replace("</footer>", "<p>своя тема</p></footer>");
    std::fs::write(templates.join("base.html"), footer).unwrap();
    assert!(eventually(|| server.get("/index.html").1.contains("своя тема")), "theme override picked up");
}

#[test]
fn the_build_output_on_disk_has_no_reload_script() {
    let server = Server::start();
    let (_, page) = server.get("/index.html");
    assert!(page.contains("tpmdocs-live-reload"));
    for entry in walkdir::WalkDir::new(server.project.path().join("book")).into_iter().filter_map(Result::ok) {
        if entry.path().extension().is_some_and(|e| e == "html") {
            let html = std::fs::read_to_string(entry.path()).unwrap();
            assert!(!html.contains("tpmdocs-live-reload") && !html.contains("__tpmdocs"), "{}", entry.path().display());
        }
    }
}

#[test]
fn a_busy_port_is_a_clear_error() {
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port().to_string();
    let project = tempfile::tempdir().unwrap();
    std::fs::write(project.path().join("a.md"), "# A\n").unwrap();
    let output = common::tpmdocs(&["serve", project.path().to_str().unwrap(), "-p", &port]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = common::stderr(&output);
    assert!(stderr.contains("already in use") && stderr.contains("-p"), "{stderr}");
}

#[cfg(unix)]
#[test]
fn ctrl_c_stops_the_server_cleanly() {
    let mut server = Server::start();
    let pid = server.child.id().to_string();
    assert!(Command::new("kill").args(["-INT", &pid]).status().unwrap().success());
    let started = Instant::now();
    let status = loop {
        if let Some(status) = server.child.try_wait().unwrap() {
            break status;
        }
        assert!(started.elapsed() < Duration::from_secs(5), "server did not stop");
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(status.success(), "{status:?}");
}

#[test]
fn foreign_host_headers_get_403_so_dns_rebinding_cannot_read_the_portal() {
    let project = tempfile::tempdir().unwrap();
    common::copy_tree(&common::repo_root().join("content"), &project.path().join("content"));
    let server = Server::start_with(project, &["--allowed-host", "docs.example.org"]);
    let port = server.address.rsplit(':').next().unwrap().to_owned();
    for host in [
        format!("localhost:{port}"),
        format!("127.0.0.1:{port}"),
        format!("[::1]:{port}"),
        "docs.example.org".to_owned(),
    ] {
        let (status, _, body) = server.request_as("GET", "/", &host);
        assert_eq!(status, 200, "{host}");
        assert!(body.contains("<html"), "{host}");
    }
    for path in ["/", "/adr/adr-0001-kubernetes-v-yandex-cloud.html", "/__tpmdocs/events", "/nothing-here"] {
        for host in ["evil.example", "evil.example:80", "localhost.evil.example"] {
            let (status, _, body) = server.request_as("GET", path, host);
            assert_eq!(status, 403, "{host} {path}");
            assert!(!body.contains("<html") && body.contains("--allowed-host"), "{body}");
        }
    }
    let (status, _, _) = server.request_as("HEAD", "/", "evil.example");
    assert_eq!(status, 403);
}

/// A demo copy with its search index forced into eight shards: a save indexes only the shard
/// of the saved page again, and `serve` says when the search reflects the save.
#[test]
fn a_save_re_indexes_only_its_search_shard_and_says_so() {
    let project = common::sharded_demo();
    let mut server = Server::start_in(project);
    let stderr = server.child.stderr.take().unwrap();
    let (sender, lines) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            let _ = sender.send(line);
        }
    });
    assert_eq!(server.get("/pagefind/shard-7/pagefind-entry.json").0, 200, "eight shards served");
    let (mut events, _) = server.events();
    append(&server.content("adr/adr-0009-managed-kafka.md"), "\nШардирование индекса проверено.\n");
    next_event(&mut events);
    let deadline = Instant::now() + Duration::from_secs(120);
    let updated = loop {
        let left = deadline.saturating_duration_since(Instant::now());
        let line = lines.recv_timeout(left).expect("serve says when the search index is updated");
        if line.contains("search index updated in") {
            break line;
        }
    };
    assert!(updated.ends_with("(1 of 8 shards indexed again)"), "{updated}");
}
