#!/usr/bin/env python3
"""`tpmdocs check` against `tpmdocs build` on the same generated corpus.

    python3 bench/check.py [--n 10000] [--runs 5] [--tpmdocs target/release/tpmdocs]

Generates (or reuses) a corpus with ../shared/bench/gen_corpus.py, then runs check and
build in alternating pairs after one warm-up of each, each as one child reaped with
os.wait4() (wall time from a monotonic clock, peak RSS from ru_maxrss). Diagnostics go to
/dev/null so terminal speed is not measured. Prints the medians and the check/build wall
ratio; the target is below 0.25. Build output goes to tmpfs when available.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def run(argv):
    start = time.monotonic()
    with open(os.devnull, "wb") as null:
        child = subprocess.Popen(argv, stdout=null, stderr=null)
        _, status, usage = os.wait4(child.pid, 0)
    wall = time.monotonic() - start
    code = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_maxrss / 1024, code


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=10000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--tpmdocs", default=os.path.join(ROOT, "target/release/tpmdocs"))
    ap.add_argument("--work", default=os.environ.get("BENCH_DIR", "/tmp/tpmdocs-bench"))
    a = ap.parse_args()
    if not os.path.exists(a.tpmdocs):
        subprocess.run(["cargo", "build", "--release"], cwd=ROOT, check=True)
    gen = os.environ.get("GEN_CORPUS", os.path.join(ROOT, "..", "shared", "bench", "gen_corpus.py"))
    corpus = os.path.join(a.work, "corpus", f"tpmdocs-{a.n}")
    if not os.path.exists(os.path.join(corpus, "book.toml")):
        subprocess.run([sys.executable, gen, "--n", str(a.n), "--out", corpus], check=True)
    out_root = "/dev/shm" if os.path.isdir("/dev/shm") else a.work
    out = os.path.join(out_root, "tpmdocs-check-bench-out")
    commands = {
        "check": [a.tpmdocs, "check", corpus],
        "build": [a.tpmdocs, "build", corpus, "-d", out],
    }
    results = {"check": [], "build": []}
    for round_no in range(a.runs + 1):
        for name, argv in commands.items():
            shutil.rmtree(out, ignore_errors=True)
            # a cold build: nothing from the build cache of the run before
            shutil.rmtree(os.path.join(os.path.dirname(out), ".tpmdocs-cache", os.path.basename(out)), ignore_errors=True)
            wall, rss, code = run(argv)
            # check exits 1 when the corpus has errors; the generated corpus has none.
            if code != 0:
                raise SystemExit(f"FAIL: {' '.join(argv)} exited {code}")
            if round_no > 0:
                results[name].append((wall, rss))
                print(f"{a.n:>7} {name:<6} run{round_no} {wall:7.3f} s {rss:8.1f} MiB", flush=True)
    shutil.rmtree(out, ignore_errors=True)
    shutil.rmtree(os.path.join(os.path.dirname(out), ".tpmdocs-cache"), ignore_errors=True)
    med = {k: (statistics.median(w for w, _ in v), statistics.median(r for _, r in v)) for k, v in results.items()}
    ratio = med["check"][0] / med["build"][0]
    print(f"\n| docs | command | median wall s | median peak RSS MiB |\n|---:|---|---:|---:|")
    for name in ("check", "build"):
        print(f"| {a.n} | {name} | {med[name][0]:.3f} | {med[name][1]:.1f} |")
    print(f"\ncheck/build wall ratio: {ratio:.2f} (target < 0.25) → {'PASS' if ratio < 0.25 else 'FAIL'}")


if __name__ == "__main__":
    main()
