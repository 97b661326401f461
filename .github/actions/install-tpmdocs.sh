#!/usr/bin/env bash
# Installs tpmdocs on a GitHub Actions runner; the steps of action.yml (repository root)
# call it. Usage: install-tpmdocs.sh [plan|install|all] (default all).
#   plan     work out the version, the runner's target and the install folder; write them
#            to $GITHUB_OUTPUT (version, target, dir) for the cache step
#   install  download the release archive for the target, verify its SHA-256 against the
#            checksum file published beside it, unpack tpmdocs into the folder; where no
#            binary is published, build it with `cargo install --locked`
# Inputs (environment): TPMDOCS_VERSION (empty: the version in this checkout's Cargo.toml,
# i.e. the release the Action's tag points at; "latest": the newest release), RUNNER_OS,
# RUNNER_ARCH, RUNNER_TOOL_CACHE; for tests: TPMDOCS_DOWNLOAD_BASE, TPMDOCS_INSTALL_DIR,
# TPMDOCS_NO_CARGO_FALLBACK=1. Where tpmdocs lives comes from Cargo.toml, nowhere else.
set -euo pipefail

mode="${1:-all}"
action_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

# The first `key = "value"` line of Cargo.toml: the [package] table comes first.
manifest_field() {
  sed -n "s/^$1 = \"\(.*\)\"\$/\1/p" "$action_root/Cargo.toml" | head -n 1
}

repository="$(manifest_field repository)"
slug="${repository#https://github.com/}"

resolve_version() {
  local wanted="${TPMDOCS_VERSION:-}"
  wanted="${wanted#v}"
  if [ -z "$wanted" ]; then
    manifest_field version
  elif [ "$wanted" = "latest" ]; then
    local auth=()
    if [ -n "${GH_TOKEN:-}" ]; then auth=(-H "Authorization: Bearer $GH_TOKEN"); fi
    curl -fsSL "${auth[@]}" "https://api.github.com/repos/$slug/releases/latest" |
      sed -n 's/.*"tag_name": *"v\{0,1\}\([^"]*\)".*/\1/p' | head -n 1
  else
    echo "$wanted"
  fi
}

runner_target() {
  case "${RUNNER_OS:-}/${RUNNER_ARCH:-}" in
    Linux/X64) echo x86_64-unknown-linux-musl ;;
    Linux/ARM64) echo aarch64-unknown-linux-musl ;;
    macOS/X64) echo x86_64-apple-darwin ;;
    macOS/ARM64) echo aarch64-apple-darwin ;;
    Windows/X64) echo x86_64-pc-windows-msvc ;;
    *) echo unsupported ;;
  esac
}

version="$(resolve_version)"
if [ -z "$version" ]; then
  echo "::error::could not tell which tpmdocs version to install (input version: '${TPMDOCS_VERSION:-}')" >&2
  exit 1
fi
target="$(runner_target)"
dir="${TPMDOCS_INSTALL_DIR:-${RUNNER_TOOL_CACHE:-$HOME/.cache}/tpmdocs/$version/$target}"

plan() {
  echo "tpmdocs $version for $target into $dir"
  if [ -n "${GITHUB_OUTPUT:-}" ]; then
    { echo "version=$version"; echo "target=$target"; echo "dir=$dir"; } >>"$GITHUB_OUTPUT"
  fi
}

sha256_of() {
  if command -v sha256sum >/dev/null 2>&1; then sha256sum "$1"; else shasum -a 256 "$1"; fi | cut -d' ' -f1
}

archive_name() {
  echo "tpmdocs-$target-v$version"
}

archive_ext() {
  if [ "$target" = "x86_64-pc-windows-msvc" ]; then echo .zip; else echo .tar.gz; fi
}

# Downloads the release archive and its checksum file into $work; fails when either is
# not published (a 404 from GitHub, or a target with no binary).
download() {
  local file base url
  file="$(archive_name)$(archive_ext)"
  base="${TPMDOCS_DOWNLOAD_BASE:-$repository/releases/download}"
  url="$base/v$version/$file"
  echo "downloading $url"
  [ "$target" != "unsupported" ] &&
    curl -fsSL --retry 3 -o "$work/$file" "$url" &&
    curl -fsSL --retry 3 -o "$work/$file.sha256" "$url.sha256"
}

# Checks the archive against the published SHA-256 and unpacks the binary into $dir.
verify_and_unpack() {
  local name file expected actual exe=""
  name="$(archive_name)"
  file="$name$(archive_ext)"
  expected="$(cut -d' ' -f1 <"$work/$file.sha256" | tr -d '\r\n')"
  actual="$(sha256_of "$work/$file")"
  if [ "$expected" != "$actual" ]; then
    echo "::error::checksum mismatch for $file: published $expected, downloaded $actual" >&2
    exit 1
  fi
  echo "checksum verified: $actual"
  case "$file" in
    *.zip) (cd "$work" && unzip -q "$file"); exe=".exe" ;;
    *) tar -xzf "$work/$file" -C "$work" ;;
  esac
  mkdir -p "$dir"
  mv "$work/$name/tpmdocs$exe" "$dir/tpmdocs$exe"
}

install_with_cargo() {
  if [ -n "${TPMDOCS_NO_CARGO_FALLBACK:-}" ]; then
    echo "::error::no release binary of tpmdocs $version for $target, and the cargo fallback is off" >&2
    exit 1
  fi
  echo "building tpmdocs $version with cargo install (no release binary for $target)"
  local root
  root="$(mktemp -d)"
  cargo install --locked --root "$root" --version "$version" tpmdocs
  mkdir -p "$dir"
  mv "$root"/bin/tpmdocs* "$dir/"
  rm -rf "$root"
}

install() {
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
  if download; then
    verify_and_unpack
  else
    echo "no release binary of tpmdocs $version for $target" >&2
    install_with_cargo
  fi
  "$dir/tpmdocs" --version
}

case "$mode" in
  plan) plan ;;
  install) install ;;
  all) plan && install ;;
  *) echo "usage: $0 [plan|install|all]" >&2; exit 2 ;;
esac
