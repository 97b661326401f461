#!/usr/bin/env bash
# Fills fuzz/corpus/<target>/ with seeds from the demo (content/) and the fixture
# repositories (tests/fixtures/): documents, their file names, and the links they contain.
# The corpora are generated, not committed; crashes found become regression tests.
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p corpus/document corpus/classify corpus/urls
n=0
while IFS= read -r -d '' file; do
  n=$((n + 1))
  rel=${file#../}
  cp "$file" "corpus/document/doc-$n"
  printf '%s' "$(basename "$file")" > "corpus/classify/name-$n"
  printf '%s' "$rel" > "corpus/classify/path-$n"
  { grep -oE '\]\([^)]+\)' "$file" || true; } | sed -E 's/^\]\((.*)\)$/\1/' | head -20 | while IFS= read -r link; do
    printf '%s\n%s' "$rel" "$link" > "corpus/urls/link-$n-$(printf '%s' "$link" | cksum | cut -d' ' -f1)"
  done
done < <(find ../content ../tests/fixtures -name '*.md' -print0 | sort -z)
echo "seeded $n documents"
