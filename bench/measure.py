#!/usr/bin/env python3
"""Timing helper for bench/build.sh.

    measure.py pair   --size N --peer mdbook|hugo|hugo-pagefind --peer-bin BIN --peer-corpus DIR
                      [--tpmdocs BIN --tpmdocs-corpus DIR] --work DIR --runs R
                      [--warmup W] --results FILE.jsonl
    measure.py warm   --size N --tpmdocs BIN --tpmdocs-corpus DIR --work DIR --runs R
                      --results FILE.jsonl
    measure.py report --results FILE.jsonl --md OUT.md [--header TEXT] [--strict]

`pair` builds the same N-document corpus with tpmdocs and with one peer in alternating
pairs (tpmdocs, peer, tpmdocs, peer, ...), after W unmeasured warm-up builds of each
(they load the corpus into the page cache and catch a broken setup early). Before every
build the output directory is removed (build.sh puts the outputs on tmpfs: see
bench/README.md). Each build is one child process reaped with os.wait4(): wall time is
measured around it with a monotonic clock, peak RSS is the child's ru_maxrss (the
largest resident set of the child or of any descendant it waited for), and CPU time
(user + system) comes from the same rusage. A build fails loudly (exit 1, with the tail
of its log) if it exits non-zero or writes fewer HTML pages than there are documents.
Each measured build is appended to the results file as one JSON line.

Every tpmdocs build in `pair` is cold: its build cache (`.tpmdocs-cache/<out>/` beside the
output: parsed documents, the page manifest, index shards) is removed with the output. `warm` measures what a writer waits for after a save:
on a copy of the corpus, one cold build (not measured) fills the cache, then each measured
run appends a sentence to a different document and rebuilds into the same output with the
cache, as `tpmdocs build` does on a developer's machine; `--timings` says how many
documents, pages and index shards were reused.

The `hugo-pagefind` peer is a script (written by build.sh) that runs Hugo and then the
Pagefind command line on Hugo's output: what a team on Hugo runs to get search.

`report` prints the table (median wall time and median peak RSS per size and tool, and
the tpmdocs/peer ratios), checks the targets and writes the same text to --md.
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time

# Targets: (peer, what, limit, strict "<" or "<=", size the target is defined at or None = every size)
TARGETS = [
    ("mdbook", "wall ratio tpmdocs/mdBook", 0.5, "<=", 1000),
    ("hugo", "wall ratio tpmdocs/Hugo (Hugo writes no search index)", 1.5, "<=", 10000),
    ("hugo-pagefind", "wall ratio tpmdocs/(Hugo + Pagefind CLI)", 0.5, "<=", 10000),
    ("hugo-pagefind", "tpmdocs peak RSS MiB", 1024.0, "<", 10000),
    ("warm", "tpmdocs rebuild after one edit, wall s", 3.0, "<=", 10000),
]
PEERS = ["mdbook", "hugo", "hugo-pagefind"]


def command(tool, binary, corpus, out):
    if tool == "tpmdocs":
        return [binary, "build", corpus, "-d", out]
    if tool == "mdbook":
        return [binary, "build", corpus, "-d", out]
    if tool == "hugo":
        # --noBuildLock: no .hugo_build.lock written into the corpus
        return [binary, "--source", corpus, "--destination", out, "--quiet", "--noBuildLock"]
    if tool == "hugo-pagefind":
        return [binary, corpus, out]
    raise SystemExit(f"unknown tool {tool}")


def count_html(root):
    n = 0
    for _, _, files in os.walk(root):
        n += sum(1 for f in files if f.endswith(".html"))
    return n


def cache_of(out):
    """tpmdocs' build cache for a build into `out` (the default place, beside it)."""
    return os.path.join(os.path.dirname(out), ".tpmdocs-cache", os.path.basename(out))


def clean(tool, corpus, out):
    shutil.rmtree(out, ignore_errors=True)
    if os.path.exists(out):
        raise SystemExit(f"FAIL: could not remove {out}")
    if tool == "tpmdocs":
        # a cold build: no parsed documents, kept pages or index shards from an earlier run
        shutil.rmtree(cache_of(out), ignore_errors=True)
    if tool.startswith("hugo"):
        # Hugo keeps processed resources in <source>/resources: start every run from scratch
        shutil.rmtree(os.path.join(corpus, "resources"), ignore_errors=True)


def run_once(tool, binary, corpus, out, size, log_path, extra=(), keep=False):
    if not keep:
        clean(tool, corpus, out)
    cmd = command(tool, binary, corpus, out) + list(extra)
    with open(log_path, "wb") as log:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT)
        _, status, ru = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)  # already reaped: keep Popen quiet
    rss_mib = ru.ru_maxrss / 1024.0  # Linux: KiB
    pages = count_html(out) if os.path.isdir(out) else 0
    if proc.returncode != 0 or pages < size:
        why = f"exit code {proc.returncode}" if proc.returncode != 0 else f"only {pages} HTML pages for {size} documents"
        sys.stderr.write(f"\nFAIL: {tool} at {size} documents: {why}\n  command: {' '.join(cmd)}\n  log: {log_path}\n")
        with open(log_path, "rb") as log:
            tail = log.read()[-3000:].decode("utf-8", "replace")
        sys.stderr.write("  --- last lines of the log ---\n" + tail + "\n")
        sys.exit(1)
    return {"size": size, "tool": tool, "wall_s": round(wall, 4), "rss_mib": round(rss_mib, 1),
            "html_pages": pages, "cpu_s": round(ru.ru_utime + ru.ru_stime, 3)}


def cmd_pair(a):
    tools = []
    if a.tpmdocs:
        tools.append(("tpmdocs", a.tpmdocs, a.tpmdocs_corpus))
    tools.append((a.peer, a.peer_bin, a.peer_corpus))
    os.makedirs(os.path.join(a.work, "logs"), exist_ok=True)

    def one(tool, binary, corpus, label):
        out = os.path.join(a.out_root or os.path.join(a.work, "out"), f"{tool}-{a.size}")
        log = os.path.join(a.work, "logs", f"{tool}-{a.size}-{label}.log")
        r = run_once(tool, binary, corpus, out, a.size, log)
        print(f"  {a.size:>6}  {tool:<8} {label:<8} {r['wall_s']:8.3f} s  {r['cpu_s']:8.3f} s  {r['rss_mib']:8.1f} MiB  "
              f"{r['html_pages']:>6} HTML pages", flush=True)
        return r

    for w in range(a.warmup):
        for tool, binary, corpus in tools:
            one(tool, binary, corpus, f"warmup{w + 1}")
    with open(a.results, "a", encoding="utf-8") as res:
        for i in range(a.runs):
            for tool, binary, corpus in tools:
                r = one(tool, binary, corpus, f"run{i + 1}")
                r["peer"] = a.peer
                r["run"] = i + 1
                res.write(json.dumps(r) + "\n")


def cmd_warm(a):
    """One cold build, then RUNS edits of one document each, rebuilt with the cache."""
    corpus = os.path.join(a.work, "corpus", f"warm-{a.size}")
    shutil.rmtree(corpus, ignore_errors=True)
    shutil.copytree(a.tpmdocs_corpus, corpus)
    docs = sorted(os.path.join(d, f) for d, _, fs in os.walk(os.path.join(corpus, "content")) for f in fs if f.endswith(".md"))
    out = os.path.join(a.out_root or os.path.join(a.work, "out"), f"tpmdocs-warm-{a.size}")
    os.makedirs(os.path.join(a.work, "logs"), exist_ok=True)
    log = os.path.join(a.work, "logs", f"tpmdocs-warm-{a.size}-cold.log")
    r = run_once("tpmdocs", a.tpmdocs, corpus, out, a.size, log)
    print(f"  {a.size:>6}  tpmdocs  cold     {r['wall_s']:8.3f} s  {r['cpu_s']:8.3f} s  {r['rss_mib']:8.1f} MiB  (fills the cache)", flush=True)
    with open(a.results, "a", encoding="utf-8") as res:
        for i in range(a.runs):
            doc = docs[(i * 7919) % len(docs)]  # spread over the corpus, the same every run
            with open(doc, "a", encoding="utf-8") as f:
                f.write(f"\nПравка {i + 1}: уточнение по миграции кластера.\n")
            log = os.path.join(a.work, "logs", f"tpmdocs-warm-{a.size}-run{i + 1}.log")
            r = run_once("tpmdocs", a.tpmdocs, corpus, out, a.size, log, extra=["--timings"], keep=True)
            with open(log, encoding="utf-8", errors="replace") as f:
                timing = next((l.strip() for l in f if "index " in l and "parse " in l), "")
            r.update({"peer": "warm", "run": i + 1, "timings": timing})
            print(f"  {a.size:>6}  tpmdocs  edit{i + 1:<4} {r['wall_s']:8.3f} s  {r['cpu_s']:8.3f} s  {r['rss_mib']:8.1f} MiB  {timing}", flush=True)
            res.write(json.dumps(r) + "\n")
    shutil.rmtree(corpus, ignore_errors=True)


def fmt_ratio(x):
    return "—" if x is None else f"{x:.2f}"


def cmd_report(a):
    rows = [json.loads(l) for l in open(a.results, encoding="utf-8") if l.strip()]
    groups = {}  # (peer, size) -> tool -> [runs]
    for r in rows:
        groups.setdefault((r["peer"], r["size"]), {}).setdefault(r["tool"], []).append(r)
    lines = []
    if a.header:
        lines += [a.header.rstrip(), ""]
    lines += ["| docs | tool | runs | median wall s | median CPU s | median peak RSS MiB | HTML pages | wall ratio tpmdocs/peer | RSS ratio tpmdocs/peer |",
              "|---:|---|---:|---:|---:|---:|---:|---:|---:|"]
    summary = {}
    peer_order = {"mdbook": 0, "hugo": 1, "hugo-pagefind": 2, "warm": 3}
    for (peer, size) in sorted(groups, key=lambda k: (peer_order.get(k[0], 9), k[1])):
        g = groups[(peer, size)]
        med = {t: (statistics.median(x["wall_s"] for x in runs), statistics.median(x["rss_mib"] for x in runs),
                   max(x["html_pages"] for x in runs), len(runs), statistics.median(x["cpu_s"] for x in runs))
               for t, runs in g.items()}
        wr = rr = None
        if "tpmdocs" in med and peer in med:
            wr = med["tpmdocs"][0] / med[peer][0]
            rr = med["tpmdocs"][1] / med[peer][1]
        summary[(peer, size)] = {"wall_ratio": wr, "rss_ratio": rr,
                                 "tpmdocs_rss": med["tpmdocs"][1] if "tpmdocs" in med else None,
                                 "tpmdocs_wall": med["tpmdocs"][0] if "tpmdocs" in med else None}
        for t in ("tpmdocs", peer):
            if t not in med:
                continue
            w, m, p, n, c = med[t]
            if peer == "warm":
                t = "tpmdocs, one document edited, rebuilt with the cache"
            ratio = (fmt_ratio(wr), fmt_ratio(rr)) if t == "tpmdocs" else ("", "")
            lines.append(f"| {size} | {t} | {n} | {w:.3f} | {c:.3f} | {m:.1f} | {p} | {ratio[0]} | {ratio[1]} |")
    lines += ["", "Targets:"]
    failed = 0
    for peer, what, limit, op, at in TARGETS:
        sizes = sorted(s for (p, s) in summary if p == peer)
        if not sizes:
            lines.append(f"- {what} {op} {limit:g}{f' at {at} docs' if at else ''}: NOT RUN (no {peer} sizes)")
            continue
        for s in sizes:
            key = "tpmdocs_rss" if "RSS MiB" in what else "tpmdocs_wall" if "wall s" in what else "wall_ratio"
            v = summary[(peer, s)][key]
            note = f" (target defined at {at} docs; informational)" if at and s != at else ""
            if v is None:
                lines.append(f"- {what} {op} {limit:g} at {s} docs: N/A (tpmdocs not run){note}")
                continue
            ok = v < limit if op == "<" else v <= limit
            if not ok and not note:
                failed += 1
            lines.append(f"- {what} {op} {limit:g} at {s} docs: {v:.2f} → {'PASS' if ok else 'FAIL'}{note}")
    text = "\n".join(lines) + "\n"
    sys.stdout.write(text)
    with open(a.md, "w", encoding="utf-8") as f:
        f.write(text)
    if failed and a.strict:
        sys.exit(3)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("pair")
    p.add_argument("--size", type=int, required=True)
    p.add_argument("--peer", choices=PEERS, required=True)
    p.add_argument("--peer-bin", required=True)
    p.add_argument("--peer-corpus", required=True)
    p.add_argument("--tpmdocs", default="", help="tpmdocs binary; empty = run the peer only")
    p.add_argument("--tpmdocs-corpus", default="")
    p.add_argument("--work", required=True, help="logs go to WORK/logs")
    p.add_argument("--out-root", default="", help="build outputs go here (default WORK/out)")
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--warmup", type=int, default=1)
    p.add_argument("--results", required=True)
    w = sub.add_parser("warm")
    w.add_argument("--size", type=int, required=True)
    w.add_argument("--tpmdocs", required=True)
    w.add_argument("--tpmdocs-corpus", required=True)
    w.add_argument("--work", required=True)
    w.add_argument("--out-root", default="")
    w.add_argument("--runs", type=int, default=3)
    w.add_argument("--results", required=True)
    r = sub.add_parser("report")
    r.add_argument("--results", required=True)
    r.add_argument("--md", required=True)
    r.add_argument("--header", default="")
    r.add_argument("--strict", action="store_true")
    a = ap.parse_args()
    {"pair": cmd_pair, "warm": cmd_warm, "report": cmd_report}[a.cmd](a)


if __name__ == "__main__":
    main()
