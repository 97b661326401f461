#!/usr/bin/env bash
# Diagram rendering: the candidate Mermaid crates on the fixture set, and what diagrams add
# to a build of the demo. Usage: bash bench/diagrams.sh   (BENCH_DIR, default /tmp/tpmdocs-bench)
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$HERE")"
WORK="${BENCH_DIR:-/tmp/tpmdocs-bench}/diagrams"
mkdir -p "$WORK"

echo "== candidates on tests/fixtures/diagrams (release build of bench/diagrams)"
cargo build --release --quiet --manifest-path "$HERE/diagrams/Cargo.toml" --target-dir "$WORK/target"
"$WORK/target/release/tpmdocs-diagram-bench" "$ROOT/tests/fixtures/diagrams" "$WORK/svg"
for crate in "$WORK"/svg/*/; do
  name=$(basename "$crate")
  {
    echo "<html><head><meta charset=utf-8><style>body{font-family:sans-serif}.g{display:grid;grid-template-columns:repeat(4,1fr);gap:8px}.c{border:1px solid #ccc;padding:4px}.c svg{max-width:100%;height:auto;max-height:330px}</style></head><body><h2>$name</h2><div class=g>"
    for svg in "$crate"*.svg; do echo "<div class=c><h3>$(basename "$svg" .svg)</h3>$(sed 's/<?xml[^>]*>//' "$svg")</div>"; done
    echo "</div></body></html>"
  } > "$WORK/sheet-$name.html"
  if command -v chromium >/dev/null; then
    chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
      --disable-component-update --disable-sync --user-data-dir="$WORK/chromium-$name" --window-size=1600,800 \
      --screenshot="$WORK/sheet-$name.png" "file://$WORK/sheet-$name.html" 2>/dev/null || true
  fi
done
echo "contact sheets: $WORK/sheet-*.png"

echo
echo "== demo build with and without diagrams (median of 5, alternating)"
TPMDOCS="${TPMDOCS:-$ROOT/target/release/tpmdocs}"
[ -x "$TPMDOCS" ] || cargo build --release --quiet --manifest-path "$ROOT/Cargo.toml"
rm -rf "$WORK/plain" && mkdir -p "$WORK/plain" && cp -r "$ROOT/content" "$WORK/plain/" && cp "$ROOT/book.toml" "$WORK/plain/"
find "$WORK/plain/content" -name '*.md' -exec sed -i 's/^```mermaid$/```text/; s/^```dot$/```text/' {} +
python3 - "$TPMDOCS" "$ROOT" "$WORK/plain" "$WORK" <<'PY'
import os, statistics, subprocess, sys, time
tpmdocs, with_dir, without_dir, work = sys.argv[1:]
times = {"with diagrams": [], "without": []}
for _ in range(6):
    for name, src in (("with diagrams", with_dir), ("without", without_dir)):
        out = os.path.join(work, "out-" + name.replace(" ", "-"))
        subprocess.run(["rm", "-rf", out], check=True)
        started = time.monotonic()
        subprocess.run([tpmdocs, "build", src, "-d", out], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times[name].append(time.monotonic() - started)
for name, values in times.items():
    print(f"{name:>15}: {statistics.median(values[1:]) * 1000:.0f} ms")
PY
