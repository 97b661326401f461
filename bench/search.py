#!/usr/bin/env python3
"""What search costs: build time, index size, and bytes a browser fetches per query.

    python3 bench/search.py [--sizes 1000 10000] [--runs 3] [--mdbook-sizes 1000]

For each size, in one run: `tpmdocs build` with search and with `[output.html] search =
false` in alternating pairs (the difference is the time search adds), the size of the
`pagefind/` bundle on disk, the bytes Chromium fetches from `pagefind/` for one two-word
query typed into the search page (tests/browser/search.mjs, needs chromium and `npm ci`
in tests/browser), and the Pagefind command line (`pip install pagefind-bin`) indexing the
same search-less output, with its wall time and peak RSS. With `--mdbook-sizes`, the size
of mdBook's search index for the same documents (mdBook loads the whole index for any
query). Targets at 10,000 documents: a query fetches under 500 KB; search adds less time
than the Pagefind command line takes.
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
QUERY = "миграция кластера"


def run(argv, cwd=None):
    started = time.monotonic()
    with open(os.devnull, "wb") as null:
        child = subprocess.Popen(argv, stdout=null, stderr=null, cwd=cwd)
        _, status, usage = os.wait4(child.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"FAIL: {' '.join(argv)}")
    return time.monotonic() - started, usage.ru_maxrss / 1024


def size_of(path):
    total = 0
    for folder, _, files in os.walk(path):
        total += sum(os.path.getsize(os.path.join(folder, f)) for f in files)
    return total


def corpus(work, n, flavor="tpmdocs"):
    gen = os.environ.get("GEN_CORPUS", os.path.join(ROOT, "..", "shared", "bench", "gen_corpus.py"))
    path = os.path.join(work, "corpus", f"{flavor}-{n}")
    if not os.path.exists(os.path.join(path, "book.toml")):
        shutil.rmtree(path, ignore_errors=True)
        subprocess.run([sys.executable, gen, "--n", str(n), "--out", path, "--flavor", flavor], check=True, stdout=subprocess.DEVNULL)
    return path


def without_search(work, source, n):
    path = os.path.join(work, "corpus", f"tpmdocs-nosearch-{n}")
    if not os.path.exists(path):
        shutil.copytree(source, path)
        with open(os.path.join(path, "book.toml"), "a", encoding="utf-8") as f:
            f.write("\n[output.html]\nsearch = false\n")
    return path


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--mdbook-sizes", type=int, nargs="*", default=[1000])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--tpmdocs", default=os.path.join(ROOT, "target/release/tpmdocs"))
    ap.add_argument("--work", default=os.environ.get("BENCH_DIR", "/tmp/tpmdocs-bench"))
    a = ap.parse_args()
    if not os.path.exists(a.tpmdocs):
        subprocess.run(["cargo", "build", "--release"], cwd=ROOT, check=True)
    out_root = "/dev/shm" if os.path.isdir("/dev/shm") else a.work
    pagefind_cli = shutil.which("pagefind") or os.path.join(
        os.path.dirname(sys.executable), "..", "lib", f"python3.{sys.version_info.minor}", "site-packages", "pagefind_bin", "pagefind")
    rows = []
    for n in a.sizes:
        with_search = corpus(a.work, n)
        plain = without_search(a.work, with_search, n)
        out_with, out_plain = os.path.join(out_root, f"search-bench-{n}"), os.path.join(out_root, f"search-bench-plain-{n}")
        timings = {"with": [], "without": []}
        for round_no in range(a.runs + 1):
            for name, src, out in (("with", with_search, out_with), ("without", plain, out_plain)):
                shutil.rmtree(out, ignore_errors=True)
                wall, rss = run([a.tpmdocs, "build", src, "-d", out])
                if round_no:
                    timings[name].append((wall, rss))
        med = {k: (statistics.median(w for w, _ in v), statistics.median(r for _, r in v)) for k, v in timings.items()}
        bundle = size_of(os.path.join(out_with, "pagefind"))
        fetched = None
        script = os.path.join(ROOT, "tests", "browser", "search.mjs")
        if os.path.isdir(os.path.join(ROOT, "tests", "browser", "node_modules")):
            result = subprocess.run(["node", script, out_with, QUERY], capture_output=True, text=True, cwd=os.path.dirname(script))
            if result.returncode == 0:
                data = json.loads(result.stdout)
                fetched = (data[f"_bytes:{QUERY}"], len(data[QUERY]))
        cli = None
        if os.path.exists(pagefind_cli):
            shutil.rmtree(os.path.join(out_plain, "pf-cli"), ignore_errors=True)
            cli = run([pagefind_cli, "--site", out_plain, "--output-subdir", "pf-cli", "--force-language", "ru"])
        rows.append((n, med, bundle, fetched, cli))
        shutil.rmtree(out_with, ignore_errors=True)
        shutil.rmtree(out_plain, ignore_errors=True)
    print("| docs | build with search | without | search adds | peak RSS with | bundle on disk | fetched for «%s» | Pagefind CLI (same pages) |" % QUERY)
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    for n, med, bundle, fetched, cli in rows:
        added = med["with"][0] - med["without"][0]
        fetched_text = f"{fetched[0] / 1024:.0f} KB ({fetched[1]} results shown)" if fetched else "n/a (no browser)"
        cli_text = f"{cli[0]:.2f} s, {cli[1]:.0f} MiB" if cli else "n/a"
        print(f"| {n} | {med['with'][0]:.2f} s | {med['without'][0]:.2f} s | {added:.2f} s | {med['with'][1]:.0f} MiB | {bundle / 1024:.0f} KB | {fetched_text} | {cli_text} |")
    for n in a.mdbook_sizes:
        mdbook = shutil.which("mdbook") or os.path.join(os.path.dirname(sys.executable), "mdbook")
        if not os.path.exists(mdbook):
            continue
        out = os.path.join(out_root, f"mdbook-search-{n}")
        shutil.rmtree(out, ignore_errors=True)
        run([mdbook, "build", corpus(a.work, n, "mdbook"), "-d", out])
        index = sum(os.path.getsize(os.path.join(out, f)) for f in os.listdir(out) if f.startswith("searchindex"))
        print(f"\nmdBook at {n} documents: search index {index / 1024:.0f} KB, all of it fetched for any query")
        shutil.rmtree(out, ignore_errors=True)
    for n, med, bundle, fetched, cli in rows:
        if n == 10000:
            added = med["with"][0] - med["without"][0]
            if fetched:
                print(f"\nquery fetch at 10,000: {fetched[0] / 1024:.0f} KB (target < 500 KB) → {'PASS' if fetched[0] < 500 * 1024 else 'FAIL'}")
            if cli:
                print(f"search adds {added:.2f} s vs Pagefind CLI {cli[0]:.2f} s → {'PASS' if added < cli[0] else 'FAIL'}")


if __name__ == "__main__":
    main()
