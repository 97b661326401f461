#!/usr/bin/env python3
"""Scores tpmdocs on a held-out set of documentation repositories.

A held-out set is written by someone who has not read the readers, expectations first (the
layout and the JSON schema are in bench/README.md, "Held-out sets"). This script runs one
tpmdocs binary on every repository of the set — `graph --format json`, `report --format
json` and `check` — and prints, per figure, how many expected facts the output gets right.

    python3 bench/heldout.py BINARY SET_DIR [--label NAME] [--out DIR] [--verbose]

"Today" is fixed with SOURCE_DATE_EPOCH=1780000000 (2026-05-28), the date the sets are
written against. Raw outputs are kept in --out (default /tmp/heldout-LABEL) for a look.
"""

import argparse
import json
import os
import re
import subprocess
import sys
from pathlib import Path

SOURCE_DATE_EPOCH = "1780000000"


def run(binary, args, cwd):
    """Runs the binary; returns (exit code, stdout, stderr)."""
    env = dict(os.environ, SOURCE_DATE_EPOCH=SOURCE_DATE_EPOCH, NO_COLOR="1")
    done = subprocess.run([binary, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=600)
    return done.returncode, done.stdout, done.stderr


def load_json(text):
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return None


def same_path(expected, actual):
    """The tool names documents relative to the content root it found; the expectation relative
    to the repository root. They are the same document when one path ends with the other."""
    if actual is None:
        return False
    expected, actual = expected.strip("/"), actual.strip("/")
    return expected == actual or expected.endswith("/" + actual) or actual.endswith("/" + expected)


def find(items, path, key="id"):
    """The item naming `path`: exactly, else the longest path that ends the other (so
    `plans/x/index.md` is not taken for the root's `index.md`)."""
    matches = [item for item in items if same_path(path, item.get(key))]
    exact = [item for item in matches if item.get(key).strip("/") == path.strip("/")]
    return exact[0] if exact else max(matches, key=lambda item: len(item.get(key)), default=None)


def same_doc(expected, actual, ids):
    """`same_path`, with `expected` first resolved to the one id of the tool's it names."""
    node = find([{"id": i} for i in ids], expected)
    return actual is not None and node is not None and node["id"].strip("/") == actual.strip("/")


def norm_text(text):
    return re.sub(r"\W+", " ", (text or "").casefold()).strip()


def norm_name(name):
    """An owner compared loosely: case, punctuation and @ ignored; 'Ivan Petrov (SRE)' matches
    'Ivan Petrov'."""
    text = norm_text(re.sub(r"[@`*_]", " ", name or ""))
    return text


def names_match(expected, actual):
    if expected is None:
        return actual in (None, "")
    if not actual:
        return False
    e, a = norm_name(expected), norm_name(actual)
    return e == a or e in a or a in e


def severity_key(text):
    """'SEV-2', 'Sev 2', 'Severity 2' are one; 'P1' and 'P 1' are one; otherwise the words."""
    text = norm_text(text)
    digits = re.findall(r"\d+", text)
    family = re.sub(r"[\d\s]+", "", text)
    for long, short in (("severity", "sev"), ("priority", "p"), ("уровень", "ур"), ("level", "l")):
        family = family.replace(long, short)
    return (family, digits[0]) if digits else (family, None)


def severity_match(expected, actual):
    if expected is None:
        return actual in (None, "")
    if not actual:
        return False
    e, a = severity_key(expected), severity_key(actual)
    if e[1] is not None and e[1] == a[1]:
        return True
    return norm_text(expected) == norm_text(actual)


class Figure:
    """Right / expected for one figure, with what was missed."""

    def __init__(self, name):
        self.name, self.right, self.total, self.misses = name, 0, 0, []

    def score(self, ok, miss):
        self.total += 1
        if ok:
            self.right += 1
        else:
            self.misses.append(miss)

    def line(self):
        share = f"{100 * self.right / self.total:5.1f}%" if self.total else "    —"
        return f"{self.name:<28} {self.right:>4}/{self.total:<4} {share}"


FIGURES = [
    "kinds", "statuses", "dates", "relations", "severities", "durations", "reviews",
    "actions found", "action owners", "action dues", "action states", "roadmap items",
    "roadmap states", "estimates", "awaiting decision", "references", "references precision",
    "planted errors",
]


def score_repo(binary, set_dir, repo, expect, figures, extras, out_dir):
    root = set_dir / "repos" / repo
    out_dir.mkdir(parents=True, exist_ok=True)
    graph_rc, graph_out, graph_err = run(binary, ["graph", "--format", "json", "."], root)
    report_rc, report_out, report_err = run(binary, ["report", "--format", "json", "."], root)
    check_rc, check_out, check_err = run(binary, ["check", "."], root)
    for name, text in (("graph.json", graph_out), ("report.json", report_out), ("check.txt", check_out + check_err),
                       ("graph.err", graph_err), ("report.err", report_err)):
        (out_dir / f"{repo}.{name}").write_text(text)
    graph = load_json(graph_out) or {"nodes": [], "edges": []}
    report = load_json(report_out) or {}
    if graph_out.strip() == "" or report_out.strip() == "":
        extras.append(f"{repo}: no JSON output (graph exit {graph_rc}, report exit {report_rc})")
    nodes = graph.get("nodes", [])
    edges = graph.get("edges", [])
    documents = expect.get("documents", {})

    for path, doc in documents.items():
        node = find(nodes, path)
        figures["kinds"].score(node is not None and node.get("kind") == doc["kind"],
                               f"{repo}/{path}: kind {doc['kind']}, got {node and node.get('kind')}")
        if "references" in doc:
            score_references(repo, path, doc, edges, figures, {node.get("id") for node in nodes},
                             expect.get("navigation", []))
        if doc["kind"] == "page":
            continue
        if "status" in doc and (doc["status"] is not None or doc["kind"] == "adr"):
            got = node and node.get("status")
            figures["statuses"].score(got == doc["status"],
                                      f"{repo}/{path}: status {doc['status']}, got {got!r} ({node and node.get('status_text')!r})")
        if "date" in doc:
            got = node and node.get("date")
            figures["dates"].score(got == doc["date"], f"{repo}/{path}: date {doc['date']}, got {got}")
        for relation in doc.get("relations", []):
            ids = {node.get("id") for node in nodes}
            ok = any(same_doc(path, e["from"], ids) and same_doc(relation["to"], e["to"], ids) and e["type"] == relation["type"]
                     for e in edges)
            figures["relations"].score(ok, f"{repo}/{path}: {relation['type']} {relation['to']}")
        if doc["kind"] == "postmortem":
            score_incident(repo, path, doc, report, figures)
        if doc["kind"] == "runbook" and "last_reviewed" in doc:
            runbook = find(report.get("runbooks", []), path)
            got = runbook and runbook.get("last_reviewed")
            figures["reviews"].score(got == doc["last_reviewed"], f"{repo}/{path}: reviewed {doc['last_reviewed']}, got {got}")
        if doc.get("actions"):
            score_actions(repo, path, doc, report, figures, extras, {node.get("id") for node in nodes})
        if doc.get("roadmap_items"):
            score_roadmap(repo, path, doc, report, figures)
        if doc.get("estimate"):
            estimate = find(report.get("estimates", []), path)
            want = doc["estimate"]
            got = estimate and estimate.get("expected")
            ok = got is not None and abs(got - want["expected"]) <= 0.01 * max(1.0, abs(want["expected"]))
            figures["estimates"].score(ok, f"{repo}/{path}: estimate {want['expected']} {want.get('unit')}, got {got} {estimate and estimate.get('unit')}")

    awaiting = [item["id"] for item in report.get("decisions_awaiting", [])]
    for path in expect.get("awaiting_decision", []):
        figures["awaiting decision"].score(any(same_path(path, got) for got in awaiting), f"{repo}/{path}: awaiting")
    for got in awaiting:
        if not any(same_path(path, got) for path in expect.get("awaiting_decision", [])):
            extras.append(f"{repo}: awaiting decision but not expected: {got}")

    diagnostics = parse_diagnostics(check_out + check_err)
    planted = expect.get("planted_errors", [])
    for error in planted:
        ok = any(d["level"] == "error" and same_path(error["path"], d["path"]) and abs(d["line"] - error["line"]) <= 2
                 for d in diagnostics)
        figures["planted errors"].score(ok, f"{repo}/{error['path']}:{error['line']}: {error['what']}")
    for d in diagnostics:
        if d["level"] != "error":
            continue
        if not any(same_path(error["path"], d["path"]) and abs(d["line"] - error["line"]) <= 2 for error in planted):
            extras.append(f"{repo}: FALSE ERROR {d['code']} {d['path']}:{d['line']} {d['message']}")
    warnings = [d for d in diagnostics if d["level"] == "warning"]
    return check_rc, warnings


def score_references(repo, path, doc, edges, figures, ids, navigation=()):
    """Every expected pointer is an edge of any type from the document (a relation stated the
    other way round, "superseded by", is stored as the other document's edge). Precision: every
    `references` edge the tool draws from the document is one the expectation lists, or leads to
    a file the expectation lists as navigation (the schema's `references` name documents only).
    A path the tool names exactly is compared exactly (`README.md` is not `docs/README.md`)."""
    def same(expected, actual):
        # `content/runbooks/_index.md` is the tool's `runbooks/_index.md`, not the root's
        # `_index.md` that its path also ends with: the one id it names, when it names one.
        if any(same_path(expected, i) for i in ids):
            return same_doc(expected, actual, ids)
        return same_path(expected, actual)

    wanted = doc.get("references") or []
    for target in wanted:
        ok = any(same(path, e["from"]) and same(target, e["to"]) or
                 e["type"] != "references" and same(target, e["from"]) and same(path, e["to"])
                 for e in edges)
        figures["references"].score(ok, f"{repo}/{path}: points to {target}")
    related = [relation["to"] for relation in doc.get("relations", [])]
    for edge in edges:
        if edge["type"] == "references" and same(path, edge["from"]):
            ok = any(same(target, edge["to"]) for target in [*wanted, *related, *navigation])
            figures["references precision"].score(ok, f"{repo}/{path}: drawn but not expected: {edge['to']}")


def score_incident(repo, path, doc, report, figures):
    incident = find(report.get("incidents", []), path)
    if "severity" in doc:
        got = incident and incident.get("severity")
        figures["severities"].score(severity_match(doc["severity"], got), f"{repo}/{path}: severity {doc['severity']}, got {got}")
    if "duration_minutes" in doc:
        got = incident and incident.get("duration_minutes")
        figures["durations"].score(got == doc["duration_minutes"], f"{repo}/{path}: duration {doc['duration_minutes']}, got {got}")


def score_actions(repo, path, doc, report, figures, extras, ids):
    # A follow-up kept as a record of its own counts with the incident it names.
    items = [item for item in report.get("action_items", [])
             if same_doc(path, item.get("source"), ids) or same_doc(path, item.get("follow_up_of"), ids)]
    items.sort(key=lambda item: item.get("line") or 0)
    used = set()
    for want in doc["actions"]:
        needle = norm_text(want["text"])
        index = next((i for i, item in enumerate(items) if i not in used and needle in norm_text(item.get("text"))), None)
        label = f"{repo}/{path}: action «{want['text'][:50]}»"
        figures["actions found"].score(index is not None, label)
        if index is None:
            for key in ("action owners", "action dues", "action states"):
                figures[key].score(False, label + " (not found)")
            continue
        used.add(index)
        item = items[index]
        figures["action owners"].score(names_match(want.get("owner"), item.get("owner")),
                                       f"{label}: owner {want.get('owner')!r}, got {item.get('owner')!r}")
        figures["action dues"].score(want.get("due") == item.get("due"), f"{label}: due {want.get('due')}, got {item.get('due')}")
        got_state = "open" if item.get("state") == "overdue" else item.get("state")
        figures["action states"].score(want.get("state") == got_state,
                                       f"{label}: state {want.get('state')}, got {item.get('state')}")
    for i, item in enumerate(items):
        if i not in used:
            extras.append(f"{repo}/{path}: extra action «{(item.get('text') or '')[:60]}»")


def score_roadmap(repo, path, doc, report, figures):
    roadmap = find(report.get("roadmap", []), path)
    items = roadmap.get("items", []) if roadmap else []
    used = set()
    for want in doc["roadmap_items"]:
        needle = norm_text(want["title"])
        index = next((i for i, item in enumerate(items) if i not in used and
                      (needle in norm_text(item.get("title")) or norm_text(item.get("title")) in needle and item.get("title"))), None)
        label = f"{repo}/{path}: roadmap «{want['title'][:50]}»"
        figures["roadmap items"].score(index is not None, label)
        got = items[index].get("status") if index is not None else None
        if index is not None:
            used.add(index)
        figures["roadmap states"].score(got == want["status"], f"{label}: {want['status']} ({want.get('label')}), got {got}")


DIAGNOSTIC = re.compile(r"^(error|warning)\[(\w+)\]: (.*)$")
LOCATION = re.compile(r"^\s*--> (.+?):(\d+)(?::\d+)?\s*$")


def parse_diagnostics(text):
    """Reads rustc-style diagnostics: `error[E0301]: message` then `  --> path:line:col`."""
    diagnostics, pending = [], None
    for line in text.splitlines():
        head = DIAGNOSTIC.match(line)
        if head:
            pending = {"level": head.group(1), "code": head.group(2), "message": head.group(3), "path": None, "line": 0}
            diagnostics.append(pending)
            continue
        where = LOCATION.match(line)
        if where and pending is not None and pending["path"] is None:
            pending["path"], pending["line"] = where.group(1), int(where.group(2))
    return diagnostics


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("binary")
    parser.add_argument("set_dir")
    parser.add_argument("--label", default="run")
    parser.add_argument("--out")
    parser.add_argument("--verbose", action="store_true", help="list every miss and extra")
    args = parser.parse_args()
    binary = str(Path(args.binary).resolve())
    set_dir = Path(args.set_dir)
    out_dir = Path(args.out or f"/tmp/heldout-{args.label}")
    figures = {name: Figure(name) for name in FIGURES}
    extras, summary = [], []
    for expectation in sorted((set_dir / "expectations").glob("*.json")):
        expect = json.loads(expectation.read_text())
        repo = expect.get("repo") or expectation.stem
        check_rc, warnings = score_repo(binary, set_dir, repo, expect, figures, extras, out_dir)
        summary.append(f"{repo}: check exit {check_rc}, {len(warnings)} warnings")
    print(f"# {args.label}: {set_dir}")
    for line in summary:
        print(line)
    for figure in figures.values():
        print(figure.line())
    false_errors = [extra for extra in extras if "FALSE ERROR" in extra]
    print(f"{'false errors':<28} {len(false_errors):>4}")
    if args.verbose:
        print("\n## misses")
        for figure in figures.values():
            for miss in figure.misses:
                print(f"[{figure.name}] {miss}")
        print("\n## extras")
        for extra in extras:
            print(extra)
    return 0


if __name__ == "__main__":
    sys.exit(main())
