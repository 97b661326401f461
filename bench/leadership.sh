#!/usr/bin/env bash
# Leadership stage benchmark: its share of a whole build (target < 5% at 10,000 documents).
# See bench/README.md. Environment:
#   N=10000            documents in the generated corpus
#   RUNS=5             measured runs (after one warm-up)
#   BENCH_DIR=/tmp/tpmdocs-bench   where the corpus is kept (shared with build.sh)
#   GEN_CORPUS=path    corpus generator (default ../shared/bench/gen_corpus.py beside the repo)
#   PYTHON=python3
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
PYTHON="${PYTHON:-python3}"
GEN_CORPUS="${GEN_CORPUS:-$ROOT/../shared/bench/gen_corpus.py}"
BENCH_DIR="${BENCH_DIR:-/tmp/tpmdocs-bench}"
N="${N:-10000}"
RUNS="${RUNS:-5}"

[ -f "$GEN_CORPUS" ] || { echo "FAIL: corpus generator not found: $GEN_CORPUS (set GEN_CORPUS)" >&2; exit 1; }
dir="$BENCH_DIR/corpus/tpmdocs-$N"
stamp="tpmdocs $N $(sha256sum "$GEN_CORPUS" | cut -c1-16)"
if [ "$(cat "$dir/.bench-stamp" 2>/dev/null || true)" != "$stamp" ]; then
    rm -rf "$dir"
    mkdir -p "$BENCH_DIR/corpus"
    "$PYTHON" "$GEN_CORPUS" --n "$N" --out "$dir" --flavor tpmdocs >&2
    echo "$stamp" > "$dir/.bench-stamp"
fi
cd "$ROOT"
cargo bench --bench leadership -- "$dir" "$RUNS"
