#!/usr/bin/env python3
"""What a sharded search index costs the reader: bytes per query and ranking.

    python3 bench/query.py [--size 10000] [--per-shard 1250 625] [--tpmdocs BIN]

Builds the same generated corpus with the index in one bundle (`search-pages-per-shard`
above the page count) and with each `--per-shard` setting, then runs queries in headless
Chromium through the search page (tests/browser/search.mjs; needs chromium and `npm ci` in
tests/browser), served under a sub-path:

- cold: bytes fetched from `pagefind/` for «миграция кластера» on a fresh page (scripts,
  WebAssembly, every shard's entry and metadata, the index chunks, the result fragments);
- warm: bytes fetched for it on a page that has already searched for something else;
- ranking: for each query of QUERIES, the first 50 results from Pagefind's API (shards
  merged, in score order) against the single bundle's: is the first result the same
  document; is it as good (its score in the single bundle within 5 % of the best score
  there); how many of the first 5 and 10 are the same documents; and how many of the first
  5 are as good as the single bundle's fifth (score within 5 %). Each shard weighs words by
  its own statistics (BM25's document frequencies, page count, mean length), so documents
  that score almost the same in one bundle can swap places.

Targets (goal 4 of issue #14): at 10,000 documents a cold query < 500 KB, a warm one < 100 KB.
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
WARM_AFTER = "инцидент"
# Held-out queries in the corpus' vocabulary: services, technologies, and the generator's
# phrases, one to three words, in different inflections.
QUERIES = [QUERY, "откат релиза", "orders Prometheus", "payments Redis", "инцидент Kafka",
           "резервное копирование PostgreSQL", "окно обслуживания", "gateway Istio", "трудозатраты",
           "масштабирование базы данных", "notifications ClickHouse", "репликации"]


def corpus(work, n):
    gen = os.environ.get("GEN_CORPUS", os.path.join(ROOT, "..", "shared", "bench", "gen_corpus.py"))
    path = os.path.join(work, "corpus", f"tpmdocs-{n}")
    if not os.path.exists(os.path.join(path, "book.toml")):
        shutil.rmtree(path, ignore_errors=True)
        subprocess.run([sys.executable, gen, "--n", str(n), "--out", path, "--flavor", "tpmdocs"], check=True,
                       stdout=subprocess.DEVNULL)
    return path


def build(binary, source, work, n, per_shard, out_root):
    """Builds `source` with `per_shard` pages per shard; returns (site dir, shards, seconds)."""
    project = os.path.join(work, "corpus", f"query-{n}-{per_shard}")
    shutil.rmtree(project, ignore_errors=True)
    shutil.copytree(source, project)
    with open(os.path.join(project, "book.toml"), "a", encoding="utf-8") as f:
        f.write(f"\n[output.html]\nsearch-pages-per-shard = {per_shard}\n")
    out = os.path.join(out_root, f"query-bench-{per_shard}")
    shutil.rmtree(out, ignore_errors=True)
    shutil.rmtree(os.path.join(out_root, ".tpmdocs-cache", os.path.basename(out)), ignore_errors=True)
    started = time.monotonic()
    subprocess.run([binary, "build", project, "-d", out, "-q"], check=True)
    took = time.monotonic() - started
    shards = 1 + sum(1 for d in os.listdir(os.path.join(out, "pagefind")) if d.startswith("shard-"))
    shutil.rmtree(project, ignore_errors=True)
    return out, shards, took


def search(site):
    script = os.path.join(ROOT, "tests", "browser", "search.mjs")
    env = dict(os.environ, WARM_AFTER=WARM_AFTER)
    result = subprocess.run(["node", script, site, *QUERIES], capture_output=True, text=True,
                            cwd=os.path.dirname(script), env=env)
    if result.returncode != 0:
        raise SystemExit(f"FAIL: search.mjs: {result.stderr[-2000:]}")
    return json.loads(result.stdout)


def documents(found, query):
    return [url.split("#")[0] for url in found[f"_all:{query}"]]


def size_of(path):
    return sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(path) for f in fs)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size", type=int, default=10000)
    ap.add_argument("--per-shard", type=int, nargs="+", default=[1250, 625])
    ap.add_argument("--tpmdocs", default=os.path.join(ROOT, "target/release/tpmdocs"))
    ap.add_argument("--work", default=os.environ.get("BENCH_DIR", "/tmp/tpmdocs-bench"))
    a = ap.parse_args()
    if not os.path.isdir(os.path.join(ROOT, "tests", "browser", "node_modules", "playwright-core")):
        raise SystemExit("FAIL: run `npm ci` in tests/browser (and apt-get install chromium)")
    if not os.path.exists(a.tpmdocs):
        subprocess.run(["cargo", "build", "--release"], cwd=ROOT, check=True)
    out_root = "/dev/shm" if os.path.isdir("/dev/shm") else a.work
    source = corpus(a.work, a.size)
    settings = [10 ** 9] + a.per_shard  # one bundle first: the reference
    rows = []
    reference = None
    for per_shard in settings:
        site, shards, took = build(a.tpmdocs, source, a.work, a.size, per_shard, out_root)
        found = search(site)
        bundle = size_of(os.path.join(site, "pagefind"))
        shutil.rmtree(site, ignore_errors=True)
        if reference is None:
            reference = found
        same_first, good_first, top5, top10, good5 = 0, 0, [], [], []
        for query in QUERIES:
            ours, theirs = documents(found, query), documents(reference, query)
            score = dict(zip(theirs, reference[f"_scores:{query}"]))  # single-bundle scores
            best = max(score.values(), default=0)
            fifth = sorted(score.values(), reverse=True)[min(4, len(score) - 1)] if score else 0
            same_first += bool(ours and theirs and ours[0] == theirs[0])
            good_first += bool(ours and score.get(ours[0], 0) >= 0.95 * best)
            top5.append(len(set(ours[:5]) & set(theirs[:5])) / max(1, min(5, len(theirs))))
            top10.append(len(set(ours[:10]) & set(theirs[:10])) / max(1, min(10, len(theirs))))
            good5.append(sum(score.get(url, 0) >= 0.95 * fifth for url in ours[:5]) / max(1, min(5, len(ours))))
        rows.append({
            "per_shard": "one bundle" if per_shard == 10 ** 9 else per_shard, "shards": shards, "build_s": took,
            "bundle_kb": bundle / 1024, "cold_kb": found[f"_bytes:{QUERY}"] / 1024,
            "warm_kb": found[f"_warmBytes:{QUERY}"] / 1024, "same_first": same_first, "good_first": good_first,
            "top5": 100 * sum(top5) / len(top5), "top10": 100 * sum(top10) / len(top10),
            "good5": 100 * sum(good5) / len(good5),
            "spread": statistics.median(
                1 - sorted(reference[f"_scores:{q}"], reverse=True)[min(9, len(reference[f"_scores:{q}"]) - 1)]
                / max(reference[f"_scores:{q}"]) for q in QUERIES if reference[f"_scores:{q}"]),
        })
    print(f"Query cost and ranking at {a.size} documents; cold/warm: «{QUERY}» (warm: after «{WARM_AFTER}»); "
          f"ranking over {len(QUERIES)} queries against one bundle\n")
    print("| pages per shard | shards | build s | bundle on disk | cold query | warm query | same first result | first result as good | top-5 same | top-10 same | top-5 as good |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    n = len(QUERIES)
    for r in rows:
        print(f"| {r['per_shard']} | {r['shards']} | {r['build_s']:.1f} | {r['bundle_kb']:.0f} KB | {r['cold_kb']:.0f} KB | "
              f"{r['warm_kb']:.0f} KB | {r['same_first']}/{n} | {r['good_first']}/{n} | {r['top5']:.0f} % | {r['top10']:.0f} % | {r['good5']:.0f} % |")
    print(f"\nIn one bundle the tenth result scores within {100 * rows[0]['spread']:.1f} % of the first (median over the queries).\n")
    failed = 0
    for r in rows[1:]:
        for what, value, limit in (("cold", r["cold_kb"], 500), ("warm", r["warm_kb"], 100)):
            ok = value < limit
            failed += not ok
            print(f"{r['per_shard']} pages per shard: {what} query {value:.0f} KB (target < {limit} KB) → {'PASS' if ok else 'FAIL'}")
    sys.exit(3 if failed and os.environ.get("STRICT") == "1" else 0)


if __name__ == "__main__":
    main()
