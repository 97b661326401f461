#!/usr/bin/env python3
"""Runs the whole git-history comparison and prints every figure of RESULTS.md.

    python3 bench/git-history/run.py [--runs 10] [--build-runs 2] [--skip-build-times]

Steps (each measurement first waits until the machine is idle, see `wait_idle`):
 1. generates the repositories under $BENCH_DIR (default /tmp/tpmdocs-git-history) with
    make_repo.sh, unless they exist: 10,000 files × 2,000 commits (fresh deltas, and the same
    history with fast-import's deltas kept, REPACK=reuse) and 1,000 × 200;
 2. clean release builds, timed, of the three variants of the harness, each in its own target
    dir under target/ of this crate: no gix (`--no-default-features`), gix with the smallest
    feature set (default), gix plus its delta-base cache (`--features gix-pack-cache`);
 3. checks that cli, gix and gix-pack-cache give the same checksum on every repository, and
    that oracle.py (one `git diff-tree` per commit) agrees on the 1,000-file one;
 4. wall time with hyperfine (`-N`, 2 warm-ups, --runs measured runs, median reported) and peak
    RSS with /usr/bin/time -v (median of 3) of each implementation, and of the bare `git log`;
 5. crates: the brief's `cargo tree -e normal --prefix none | sort -u | wc -l` per variant, the
    same without cargo tree's "(*)" repeats, and how many of the gix variant's crates
    (name + version) tpmdocs' Cargo.lock does not already have.
Raw output goes to $BENCH_DIR/results.json and hyperfine's JSON files beside it.
"""
import argparse
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import time
import tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
PROJECT = os.path.dirname(os.path.dirname(HERE))
BENCH_DIR = os.environ.get("BENCH_DIR", "/tmp/tpmdocs-git-history")

REPOS = {
    "10k": (10000, 2000, "fresh"),
    "10k-reuse": (10000, 2000, "reuse"),
    "1k": (1000, 200, "fresh"),
}
VARIANTS = {
    # name: (cargo feature flags, target dir, implementations it can run)
    "nogix": (["--no-default-features"], "target/nogix", ["cli"]),
    "gix": ([], "target/gix", ["cli", "gix"]),
    "gix-pack-cache": (["--features", "gix-pack-cache"], "target/gix-pack-cache", ["gix"]),
}
# Exactly what `cli` runs (src/main.rs, mod cli), for timing git alone.
GIT_LOG = [
    "git", "-C", "REPO", "-c", "core.quotepath=off", "-c", "log.follow=false",
    "-c", "log.showSignature=false", "-c", "diff.relative=false", "--literal-pathspecs", "log",
    "--first-parent", "--diff-merges=first-parent", "--no-renames", "--name-only", "-z",
    "--no-color", "--no-mailmap", "--no-show-signature", "--format=%x00%at%x00%an", "HEAD", "--", "docs",
]


def cpu_busy(seconds=1.0):
    """Fraction of all CPU time that was busy over `seconds` (0..1)."""

    def sample():
        with open("/proc/stat") as f:
            fields = [int(x) for x in f.readline().split()[1:]]
        idle = fields[3] + fields[4]
        return idle, sum(fields)

    i0, t0 = sample()
    time.sleep(seconds)
    i1, t1 = sample()
    return 1 - (i1 - i0) / max(1, t1 - t0)


def wait_idle(label, limit=0.10, max_wait=900):
    """Waits until other processes use less than `limit` of the 2 cores for 2 s in a row."""
    start = time.time()
    while True:
        busy = max(cpu_busy(), cpu_busy())
        if busy < limit:
            return busy
        if time.time() - start > max_wait:
            print(f"WARNING: {label}: machine still {busy:.0%} busy after {max_wait} s; measuring anyway", flush=True)
            return busy
        print(f"  waiting: machine {busy:.0%} busy before {label}", flush=True)
        time.sleep(10)


class Foreign:
    """CPU seconds used by processes other than this script's children while the block ran:
    busy time of the whole machine (/proc/stat) minus the CPU time of the children waited for
    (getrusage RUSAGE_CHILDREN, which covers hyperfine, cargo, … and their descendants)."""

    @staticmethod
    def _busy():
        with open("/proc/stat") as f:
            fields = [int(x) for x in f.readline().split()[1:]]
        return (sum(fields) - fields[3] - fields[4]) / os.sysconf("SC_CLK_TCK")

    @staticmethod
    def _children():
        ru = resource.getrusage(resource.RUSAGE_CHILDREN)
        return ru.ru_utime + ru.ru_stime

    def __enter__(self):
        self.b0, self.c0, self.t0 = self._busy(), self._children(), time.monotonic()
        return self

    def __exit__(self, *exc):
        self.seconds = max(0.0, (self._busy() - self.b0) - (self._children() - self.c0))
        self.wall = time.monotonic() - self.t0
        return False


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, text=True, capture_output=True, **kw)


def binary(variant):
    return os.path.join(HERE, VARIANTS[variant][1], "release", "tpmdocs-git-history-bench")


def make_repos():
    for name, (files, commits, repack) in REPOS.items():
        path = os.path.join(BENCH_DIR, f"repo-{name}")
        if os.path.isdir(os.path.join(path, ".git")):
            continue
        shutil.rmtree(path, ignore_errors=True)
        t = time.monotonic()
        run(["bash", os.path.join(HERE, "make_repo.sh"), str(files), str(commits), path], env={**os.environ, "REPACK": repack})
        print(f"generated {path} in {time.monotonic() - t:.1f} s", flush=True)


def build(variant, timed_runs):
    flags, target, _ = VARIANTS[variant]
    env = {**os.environ, "CARGO_TARGET_DIR": os.path.join(HERE, target)}
    run(["cargo", "fetch"], cwd=HERE)
    times = []
    for _ in range(max(1, timed_runs)):
        for attempt in range(3):
            run(["cargo", "clean"], cwd=HERE, env=env)  # only this variant's target dir
            if timed_runs:
                wait_idle(f"build {variant}")
            with Foreign() as foreign:
                out = subprocess.run(["cargo", "build", "--release", "--offline", *flags], cwd=HERE, env=env, text=True, capture_output=True)
            if out.returncode != 0:
                sys.exit(f"build {variant} failed:\n{out.stderr}")
            compiled = len(re.findall(r"^\s+Compiling ", out.stderr, re.M))
            print(f"build {variant}: {foreign.wall:.1f} s, {compiled} crates compiled, foreign CPU {foreign.seconds:.1f} s", flush=True)
            if not timed_runs or foreign.seconds < 0.05 * foreign.wall or attempt == 2:
                break
            print("  other processes used the CPU during the build: again", flush=True)
        times.append({"seconds": round(foreign.wall, 2), "crates_compiled": compiled, "foreign_cpu_s": round(foreign.seconds, 2)})
    return times if timed_runs else None


def crates(variant):
    flags = VARIANTS[variant][0]
    tree = run(["cargo", "tree", "-e", "normal", "--prefix", "none", *flags], cwd=HERE).stdout.splitlines()
    brief = len(set(tree))  # `| sort -u | wc -l`
    unique = {line.replace(" (*)", "").strip() for line in tree if line.strip()}
    own = {line for line in unique if line.startswith("tpmdocs-git-history-bench ")}
    deps = {tuple(line.split()[:2]) for line in unique - own}
    with open(os.path.join(PROJECT, "Cargo.lock"), "rb") as f:
        lock = {(p["name"], "v" + p["version"]) for p in tomllib.load(f)["package"]}
    new = sorted(d for d in deps if d not in lock)
    new_names = sorted({n for n, _ in deps} - {n for n, _ in lock})
    return {
        "cargo_tree_sort_u_wc_l": brief,
        "unique_crates_incl_itself": len(unique),
        "dependencies": len(deps),
        "not_in_tpmdocs_lock_name_version": len(new),
        "not_in_tpmdocs_lock_by_name": len(new_names),
        "new_crates": [f"{n} {v}" for n, v in new],
    }


def check(repo):
    sums = {}
    for variant, impl in [("gix", "cli"), ("gix", "gix"), ("gix-pack-cache", "gix")]:
        out = run([binary(variant), impl, repo]).stdout.strip()
        sums[f"{impl}@{variant}"] = out
    checksums = {v.split(": ", 1)[1] for v in sums.values()}
    return sums, len(checksums) == 1


def hyperfine(repo_name, commands, runs):
    out = os.path.join(BENCH_DIR, f"hyperfine-{repo_name}.json")
    names = []
    cmd = ["hyperfine", "-N", "--warmup", "2", "--runs", str(runs), "--export-json", out, "--style", "basic"]
    for name, argv in commands:
        cmd += ["-n", name, " ".join(argv)]
        names.append(name)
    for attempt in range(3):
        wait_idle(f"hyperfine {repo_name}")
        with Foreign() as foreign:
            subprocess.run(cmd, check=True)
        print(f"hyperfine {repo_name}: foreign CPU {foreign.seconds:.2f} s in {foreign.wall:.1f} s", flush=True)
        if foreign.seconds < 0.02 * foreign.wall or attempt == 2:
            break
        print("  other processes used the CPU during the measurement: again", flush=True)
    with open(out) as f:
        data = json.load(f)["results"]
    rows = {}
    for name, r in zip(names, data):
        rows[name] = {
            "median_s": round(r["median"], 3),
            "mean_s": round(r["mean"], 3),
            "stddev_s": round(r["stddev"], 3),
            "min_s": round(r["min"], 3),
            "max_s": round(r["max"], 3),
            "user_s": round(r["user"], 3),
            "system_s": round(r["system"], 3),
            "runs": len(r["times"]),
            "foreign_cpu_s_during_batch": round(foreign.seconds, 2),
        }
    return rows


def peak_rss(argv, runs=3, own=False):
    """Median peak RSS in MiB from /usr/bin/time -v; with `own`, the harness's own VmHWM."""
    values = []
    for _ in range(runs):
        out = subprocess.run(["/usr/bin/time", "-v", *argv], text=True, capture_output=True, check=True)
        pattern = r"VmHWM of this process: (\d+) kB" if own else r"Maximum resident set size \(kbytes\): (\d+)"
        values.append(int(re.search(pattern, out.stderr).group(1)))
    return round(statistics.median(values) / 1024, 1)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--build-runs", type=int, default=2)
    ap.add_argument("--skip-build-times", action="store_true", help="build without timing (no cargo clean)")
    args = ap.parse_args()
    for tool in ("hyperfine", "/usr/bin/time", "git", "cargo"):
        if not shutil.which(tool):
            sys.exit(f"{tool} is missing (apt-get install hyperfine time)")
    os.makedirs(BENCH_DIR, exist_ok=True)
    results = {
        "git": run(["git", "--version"]).stdout.strip(),
        "rustc": run(["rustc", "--version"]).stdout.strip(),
        "hyperfine": run(["hyperfine", "--version"]).stdout.strip(),
        "cpus": os.cpu_count(),
        "cpu_model": next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?"),
    }
    make_repos()
    repo = {name: os.path.join(BENCH_DIR, f"repo-{name}") for name in REPOS}
    for name in repo:
        results[f"repo_{name}"] = {
            "pack_bytes": sum(os.path.getsize(os.path.join(repo[name], ".git/objects/pack", f)) for f in os.listdir(os.path.join(repo[name], ".git/objects/pack"))),
            "head": run(["git", "-C", repo[name], "rev-parse", "HEAD"]).stdout.strip(),
        }

    results["build"] = {}
    for variant in VARIANTS:
        if args.skip_build_times and os.path.exists(binary(variant)):
            continue
        results["build"][variant] = build(variant, 0 if args.skip_build_times else args.build_runs)
    results["crates"] = {variant: crates(variant) for variant in VARIANTS}
    # For reference only (not built): what gix costs with its default features, and with
    # `max-performance` (the caches plus threads) on top of the smallest set.
    for extra, flags in [("gix default features", ["--features", "gix/default"]), ("gix + max-performance", ["--features", "gix/max-performance"])]:
        VARIANTS[extra] = (flags, None, [])
        results["crates"][extra] = crates(extra)
        del VARIANTS[extra]
    for variant, c in results["crates"].items():
        print(f"crates {variant}: {c['cargo_tree_sort_u_wc_l']} (brief's command), {c['dependencies']} dependencies, {c['not_in_tpmdocs_lock_name_version']} not in tpmdocs' Cargo.lock", flush=True)

    results["check"] = {}
    for name in repo:
        sums, ok = check(repo[name])
        results["check"][name] = {"outputs": sums, "agree": ok}
        print(f"check {name}: {'agree' if ok else 'DISAGREE'}: {sums}", flush=True)
        if not ok:
            sys.exit("implementations disagree")
    oracle = run([sys.executable, os.path.join(HERE, "oracle.py"), repo["1k"]]).stdout.strip()
    results["check"]["1k"]["oracle"] = oracle
    cli_1k = results["check"]["1k"]["outputs"]["cli@gix"]
    if oracle.split("checksum ")[1] != cli_1k.split("checksum ")[1]:
        sys.exit(f"oracle disagrees: {oracle} vs {cli_1k}")
    print(f"oracle 1k: {oracle}", flush=True)

    results["time"] = {}
    for name in ("10k", "10k-reuse", "1k"):
        commands = [
            ("cli", [binary("nogix"), "cli", repo[name]]),
            ("gix", [binary("gix"), "gix", repo[name]]),
            ("gix-pack-cache", [binary("gix-pack-cache"), "gix", repo[name]]),
            ("git log alone", [a if a != "REPO" else repo[name] for a in GIT_LOG]),
        ]
        results["time"][name] = hyperfine(name, commands, args.runs)

    results["rss_mib"] = {}
    for name in ("10k", "10k-reuse", "1k"):
        wait_idle(f"rss {name}")
        results["rss_mib"][name] = {
            "cli (/usr/bin/time: the larger of harness and git)": peak_rss([binary("nogix"), "cli", repo[name]]),
            "cli harness alone (VmHWM)": peak_rss([binary("nogix"), "cli", repo[name]], own=True),
            "git log alone": peak_rss([a if a != "REPO" else repo[name] for a in GIT_LOG]),
            "gix": peak_rss([binary("gix"), "gix", repo[name]]),
            "gix-pack-cache": peak_rss([binary("gix-pack-cache"), "gix", repo[name]]),
        }
    results["binary_bytes"] = {v: os.path.getsize(binary(v)) for v in VARIANTS}

    with open(os.path.join(BENCH_DIR, "results.json"), "w") as f:
        json.dump(results, f, indent=1, ensure_ascii=False)
    print(json.dumps({k: v for k, v in results.items() if k != "crates"}, indent=1, ensure_ascii=False))
    print(f"written {os.path.join(BENCH_DIR, 'results.json')}")


if __name__ == "__main__":
    main()
