#!/usr/bin/env python3
"""Slow reference for the git-history benchmark: one `git diff-tree` per commit.

    python3 oracle.py REPO [SOURCE_FOLDER] [--dump FILE]

Walks `git rev-list --first-parent HEAD`, diffs every commit against its first parent (the
root commit against the empty tree) with `git diff-tree -r --name-only -z --no-renames`, and
prints the same line and checksum as the Rust harness, so both implementations can be checked
against plumbing that shares no parsing code with them. Only for small repositories.
"""
import subprocess
import sys

args = [a for a in sys.argv[1:]]
dump = None
if "--dump" in args:
    i = args.index("--dump")
    dump = args[i + 1]
    del args[i : i + 2]
repo = args[0]
source = (args[1] if len(args) > 1 else "docs").rstrip("/")


def git(*a):
    return subprocess.run(["git", "-C", repo, "--literal-pathspecs", *a], check=True, capture_output=True).stdout


files = {}  # path -> [last, first, set(authors)]
commits = 0
for line in git("rev-list", "--first-parent", "--parents", "HEAD").split(b"\n"):
    if not line:
        continue
    ids = line.split()
    commit, parent = ids[0], ids[1] if len(ids) > 1 else None
    diff_args = ["diff-tree", "-r", "--name-only", "-z", "--no-renames", "--no-commit-id"]
    diff_args += [parent.decode(), commit.decode()] if parent else ["--root", commit.decode()]
    paths = [p for p in git(*diff_args, "--", source).split(b"\0") if p]
    if not paths:
        continue
    commits += 1
    date, name = git("show", "-s", "--no-mailmap", "--format=%at%x00%an", commit.decode()).rstrip(b"\n").split(b"\0")
    for p in paths:
        info = files.setdefault(p, [int(date), int(date), set()])
        info[1] = int(date)
        info[2].add(name)

h = 0xCBF29CE484222325
lines = []
for p in sorted(files):
    last, first, names = files[p]
    line = p + "\t{}\t{}\t".format(last, first).encode() + b", ".join(sorted(names)) + b"\n"
    lines.append(line)
    for byte in line:
        h = ((h ^ byte) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
print("oracle: commits {} files {} checksum {:016x}".format(commits, len(files), h))
if dump:
    with open(dump, "wb") as f:
        f.writelines(lines)
