#!/usr/bin/env python3
"""Writes a synthetic corpus for the store's write-speed figures in the README: articles of
short wire sentences between random pairs of states on random dates, each coding to one or
two events, so that nearly every event is new to the store.

    python3 scripts/make-ingest-corpus.py [ARTICLES] > ingest.jsonl    # default 10,000

The text is made up and says nothing true; it only exercises the store.
"""
import json
import random
import sys

STATES = [
    "Russia", "the United States", "China", "Ukraine", "France", "Germany", "Britain", "Japan",
    "India", "Pakistan", "Iran", "Israel", "Turkey", "Greece", "Brazil", "Mexico", "Canada",
    "Egypt", "Nigeria", "South Africa", "Kenya", "Ethiopia", "Saudi Arabia", "Qatar", "Poland",
    "Italy", "Spain", "Sweden", "Norway", "Australia", "Indonesia", "Vietnam", "Thailand",
    "Argentina", "Chile", "Colombia", "Venezuela", "Cuba", "Syria", "Iraq",
]
ACTS = [
    "{a} expelled two diplomats of {b} on {d}.",
    "The foreign minister of {a} met his counterpart from {b} on {d}.",
    "{a} imposed new sanctions on {b} on {d}.",
    "{a} accused {b} of meddling in its elections on {d}.",
    "{a} praised {b} for its help on {d}.",
    "{a} signed a trade agreement with {b} on {d}.",
    "{a} sent humanitarian aid to {b} on {d}.",
    "{a} condemned {b} on {d}.",
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def article(number, rng):
    year = rng.randint(2000, 2024)
    month = rng.randint(1, 12)
    sentences = []
    for _ in range(20):
        a, b = rng.sample(STATES, 2)
        day = f"{MONTHS[month - 1]} {rng.randint(1, 28)}, {year}"
        text = rng.choice(ACTS).format(a=a, b=b, d=day)
        sentences.append(text[0].upper() + text[1:])
    return {
        "id": f"synthetic-{number:06d}",
        "date": f"{year}-{month:02d}-28",
        "title": f"Synthetic wire {number}",
        "text": " ".join(sentences),
    }


count = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
rng = random.Random(7)
for number in range(1, count + 1):
    print(json.dumps(article(number, rng)))
