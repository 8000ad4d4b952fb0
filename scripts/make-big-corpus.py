#!/usr/bin/env python3
"""Writes big.jsonl for the speed figures in the README: every article of the evaluation
corpus (Corpus/dev and Corpus/test), its gold sentences joined again, repeated 25 times as
separate documents (about 25,600 sentences).

    python3 scripts/make-big-corpus.py > big.jsonl
"""
import glob
import json
import sys

ROUNDS = 25


def articles():
    """The articles of the gold files, in order: (id, date, title, sentences)."""
    found = []
    for path in sorted(glob.glob("Corpus/dev/*.jsonl")) + sorted(glob.glob("Corpus/test/*.jsonl")):
        with open(path, encoding="utf-8") as lines:
            for line in lines:
                gold = json.loads(line)
                if found and found[-1][0] == gold["doc"]:
                    found[-1][3].append(gold["text"])
                else:
                    found.append([gold["doc"], gold.get("date"), gold.get("title", ""), [gold["text"]]])
    return found


corpus = articles()
for round_number in range(1, ROUNDS + 1):
    for doc, date, title, sentences in corpus:
        record = {"id": f"{doc}-{round_number}", "date": date, "title": title, "text": " ".join(sentences)}
        sys.stdout.write(json.dumps(record) + "\n")
