#!/usr/bin/env bash
# make_repo.sh N_FILES N_COMMITS DIR — deterministically creates a git repository of Markdown
# files for the git-history benchmark (see RESULTS.md beside this file).
#
# The same N_FILES and N_COMMITS always give the same commits, byte for byte (same commit ids).
# The history is written as one `git fast-import` stream (no working-tree commits), so
# 10,000 files × 2,000 commits takes about 15 s on 2 cores.
#
# Layout: 5/6 of the files under docs/ (docs/adr, docs/specs/v0..v2, docs/runbooks,
# "docs/заметки встреч" — Cyrillic with a space —, docs/руководства), 1/6 under drafts/, and a
# README.md at the root; only docs/ is the "source folder" the benchmark reads.
#
# History:
#   * commit 1 adds half of the files (an initial import);
#   * every other non-merge commit adds its share of the remaining files (so files get different
#     "first commit" dates) and modifies 3 files already present;
#   * every 50 commits: a commit on a side branch (refs/heads/feature), a commit on main, and a
#     --no-ff-style merge of the side branch into main (2 parents; the merge's tree is main's
#     plus the side commit's changes). N_COMMITS counts all of them, merges included.
#   * 7 author identities (6 names: "Иван Петров" commits with two e-mail addresses), author dates
#     3 h apart from 2022-01-01 09:00 +0300 plus a fixed jitter, committer date = author date +
#     1–10 min (so the two dates differ and an implementation reading the wrong one shows up).
#
# Dates are written into the fast-import stream (`author NAME <MAIL> SECONDS +0300`), which is
# what GIT_AUTHOR_DATE / GIT_COMMITTER_DATE do for porcelain commits.
set -euo pipefail

if [ $# -ne 3 ]; then
    echo "usage: $0 N_FILES N_COMMITS DIR" >&2
    exit 2
fi
n_files=$1
n_commits=$2
dir=$3
case "$n_files$n_commits" in
    *[!0-9]*) echo "N_FILES and N_COMMITS must be numbers" >&2; exit 2 ;;
esac
if [ "$n_files" -lt 2 ] || [ "$n_commits" -lt 1 ]; then
    echo "need N_FILES >= 2 and N_COMMITS >= 1" >&2
    exit 2
fi
if [ -e "$dir" ] && [ -n "$(ls -A "$dir" 2>/dev/null)" ]; then
    echo "$dir exists and is not empty" >&2
    exit 2
fi

mkdir -p "$dir"
git init -q -b main "$dir"
# No user/system config may change what gets written.
export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null

python3 - "$n_files" "$n_commits" <<'PY' | git -C "$dir" fast-import --quiet --done
import sys

n_files, n_commits = int(sys.argv[1]), int(sys.argv[2])
out = sys.stdout.buffer

state = (n_files * 1_000_003 + n_commits) & 0xFFFFFFFFFFFFFFFF


def rnd(n):
    """Deterministic PCG-style LCG, independent of Python's random module."""
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
    return (state >> 33) % n


AUTHORS = [
    ("Анна Смирнова", "anna@example.org"),
    ("Иван Петров", "ivan@example.org"),
    ("John Doe", "john@example.com"),
    ("Ольга Кузнецова", "olga@example.org"),
    ("Maria García", "maria@example.com"),
    ("Dmitry Ivanov", "dmitry@example.com"),
    ("Иван Петров", "i.petrov@corp.example"),  # same name, second address
]

FOLDERS = [
    ("docs/adr", "adr-{:05d}-решение.md"),
    ("docs/specs/v{v}", "spec-{:05d}.md"),
    ("docs/runbooks", "runbook-{:05d}.md"),
    ("docs/заметки встреч", "заметка-{:05d}.md"),
    ("docs/руководства", "руководство-{:05d}.md"),
    ("drafts", "draft-{:05d}.md"),
]

paths = ["README.md"]
for i in range(1, n_files):
    folder, name = FOLDERS[i % len(FOLDERS)]
    paths.append(folder.format(v=i % 3) + "/" + name.format(i))

LOREM = (
    "Модуль доверенной платформы хранит ключи в защищённой памяти.\n"
    "The attestation service verifies the quote before releasing secrets.\n"
    "Перед миграцией кластера проверьте журнал измерений PCR.\n"
)

revision = [0] * n_files


def blob(i, k):
    revision[i] += 1
    text = "# {}\n\nРевизия {}, коммит {}.\n\n{}".format(paths[i], revision[i], k, LOREM * (1 + i % 4))
    return text.encode()


def w(s):
    out.write(s.encode() if isinstance(s, str) else s)


def data(b):
    w("data {}\n".format(len(b)))
    w(b)
    w("\n")


T0 = 1640995200 + 6 * 3600  # 2022-01-01 09:00 +0300


def header(ref, mark, k, author, msg):
    t = T0 + k * 3 * 3600 + rnd(3600)
    name, mail = AUTHORS[author]
    w("commit {}\nmark :{}\n".format(ref, mark))
    w("author {} <{}> {} +0300\n".format(name, mail, t))
    w("committer {} <{}> {} +0300\n".format(name, mail, t + 60 + rnd(541)))
    data(msg.encode())


# Which commits are what: side-branch commit, main commit, merge — every 50 commits.
kinds = []
for k in range(n_commits):
    phase = k % 50
    if k >= 50 and phase == 47 and k + 2 < n_commits:
        kinds.append("side")
    elif k >= 50 and phase == 49 and kinds[k - 2] == "side":
        kinds.append("merge")
    else:
        kinds.append("normal")

content = [k for k in range(n_commits) if kinds[k] != "merge"]
initial = n_files if n_commits == 1 else n_files // 2
rest = n_files - initial
# Files added by the i-th content commit after the first: an even share of the rest.
adds = {content[0]: range(0, initial)}
others = content[1:]
for j, k in enumerate(others):
    lo = initial + j * rest // len(others)
    hi = initial + (j + 1) * rest // len(others)
    adds[k] = range(lo, hi)

present = 0  # files 0..present-1 exist on main
main_mark = None
side_mark = None
side_changes = []  # (path index, blob bytes) of the pending side commit

for k in range(n_commits):
    mark = k + 1
    kind = kinds[k]
    author = rnd(len(AUTHORS))
    if kind == "merge":
        header("refs/heads/main", mark, k, author, "Merge branch 'feature'\n")
        w("from :{}\nmerge :{}\n".format(main_mark, side_mark))
        for i, b in side_changes:
            w("M 100644 inline {}\n".format(paths[i]))
            data(b)
        side_changes = []
        main_mark = mark
        continue

    added = adds[k]
    changes = [(i, blob(i, k)) for i in added]
    if present > 0:
        for _ in range(3):
            i = rnd(present)
            if all(i != c for c, _ in changes):
                changes.append((i, blob(i, k)))
    ref = "refs/heads/feature" if kind == "side" else "refs/heads/main"
    header(ref, mark, k, author, "Commit {}: {} files\n".format(k, len(changes)))
    if main_mark is not None:
        w("from :{}\n".format(main_mark))
    for i, b in changes:
        w("M 100644 inline {}\n".format(paths[i]))
        data(b)
    if len(added):
        present = max(present, added.stop)
    if kind == "side":
        side_mark = mark
        side_changes = changes
    else:
        main_mark = mark

w("done\n")
PY

# One pack, as in a fresh clone. By default the deltas are computed anew (`repack -f`, git's
# default window 10 / depth 50), as `git pack-objects` does when a server sends a clone: newer
# versions tend to be stored whole and older ones as deltas against them. REPACK=reuse keeps
# fast-import's deltas instead (every version a delta against the one before, so the newest
# trees sit at the end of chains up to 50 deep) — the two layouts read very differently.
case "${REPACK:-fresh}" in
    fresh) git -C "$dir" -c pack.threads=1 repack -a -d -f -q ;; # one thread: the same pack every time
    reuse) git -C "$dir" repack -a -d -q ;;
    *) echo "REPACK must be fresh or reuse" >&2; exit 2 ;;
esac
git -C "$dir" reset -q --hard
echo "$dir: $(git -C "$dir" rev-list --count --all) commits, $(git -C "$dir" ls-files | wc -l) files"
