#!/usr/bin/env python3
"""Prints the events two dyad binaries code differently on gold files: the quickest way to
see what a coder change does to the evaluation corpus, sentence by sentence.

    cp .build/release/dyad /tmp/dyad-before    # before the change
    swift build -c release --product dyad      # after it
    python3 scripts/diff-coders.py /tmp/dyad-before .build/release/dyad Corpus/dev/*.jsonl Corpus/test/*.jsonl

Lines start with '-' (coded before only) or '+' (coded after only):
(document, sentence index, source, code, target, factuality, sentence start).
"""
import json
import subprocess
import sys


def articles(path):
    """The gold file's sentences joined back into JSON Lines articles for `dyad code -`."""
    docs = {}
    for line in open(path, encoding="utf-8"):
        if line.strip():
            gold = json.loads(line)
            doc = docs.setdefault(gold["doc"], {"id": gold["doc"], "date": gold.get("date"), "text": []})
            doc["text"].append(gold["text"])
    return "\n".join(json.dumps({"id": d["id"], "date": d["date"], "text": "\n\n".join(d["text"])}) for d in docs.values())


def events(binary, text):
    out = subprocess.run([binary, "code", "-", "--format", "tsv"], input=text.encode(), capture_output=True, check=True)
    lines = out.stdout.decode().split("\n")
    header = lines[0].split("\t")
    rows = [dict(zip(header, line.split("\t"))) for line in lines[1:] if line]
    fields = ("doc", "sentence_index", "source", "code", "target", "factuality")
    return {tuple(r[f] for f in fields) + (r["sentence"][:120],) for r in rows}


if len(sys.argv) < 4:
    sys.exit(__doc__)
before, after = sys.argv[1], sys.argv[2]
for path in sys.argv[3:]:
    text = articles(path)
    old, new = events(before, text), events(after, text)
    for event in sorted(old - new):
        print("-", event)
    for event in sorted(new - old):
        print("+", event)
