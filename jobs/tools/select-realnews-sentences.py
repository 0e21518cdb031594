#!/usr/bin/env python3
"""Draws the sentences of the real-news event evaluation set (jobs/eval/realnews/).

80 Reuters-21578 articles with two or more places (one of their first two sentences each), 50
news_cluster articles (one of their first four body sentences each) and every sentence of
PETRARCH2's GigaWord sample, with a fixed seed, so the draw is reproducible. Writes
annotations/sentences.tsv (id, date, category, text) for the annotators.

Usage: jobs/tools/select-realnews-sentences.py [SHARED_DATA_DIR]   (default ../shared/data)
"""
import gzip
import json
import os
import random
import re
import sys

data = sys.argv[1] if len(sys.argv) > 1 else os.path.join("..", "shared", "data")
out_path = os.path.join(os.path.dirname(__file__), "..", "eval", "realnews", "annotations", "sentences.tsv")
random.seed(20261127)
ABBREVIATION = re.compile(
    r"\b(U\.S|U\.K|Mr|Mrs|Dr|Gen|Sen|Rep|Inc|Corp|Co|Ltd|Jan|Feb|Aug|Sept|Oct|Nov|Dec|St|No)\.$")


def sentences(text):
    text = re.sub(r"\s+", " ", text).strip()
    out = []
    for part in re.split(r"(?:(?<=[.!?])|(?<=[.!?][\"']))\s+(?=[\"A-Z])", text):
        if out and ABBREVIATION.search(out[-1]):
            out[-1] += " " + part
        else:
            out.append(part)
    return out


def usable(s):
    return 50 <= len(s) <= 350 and not s.isupper()


records = []
with gzip.open(os.path.join(data, "reuters21578", "reuters21578.jsonl.gz"), "rt") as f:
    reuters = [json.loads(line) for line in f]
reuters = [r for r in reuters if r.get("text") and len(r.get("places") or []) >= 2 and r.get("date_publish")]
random.shuffle(reuters)
for r in reuters:
    candidates = [s for s in sentences(r["text"])[:2] if usable(s)]
    if candidates:
        records.append(("REUTERS", r["date_publish"][:10].replace("-", ""), random.choice(candidates)))
    if len(records) >= 80:
        break

clusters = os.path.join(data, "giveme5w1h", "news_cluster")
names = sorted(os.listdir(clusters))
random.shuffle(names)
drawn = 0
for name in names:
    with open(os.path.join(clusters, name)) as f:
        article = json.load(f)
    body = [s for para in article["text"].split("\n")[1:] for s in sentences(para)]
    candidates = [s for s in body[:4] if usable(s)]
    if not candidates or article.get("date_publish") in (None, "None"):
        continue
    records.append(("NEWS", article["date_publish"][:10].replace("-", ""), random.choice(candidates)))
    drawn += 1
    if drawn >= 50:
        break

with open(os.path.join(data, "petrarch", "GigaWord.sample.PETR.xml")) as f:
    gigaword = f.read()
for m in re.finditer(r"<Sentence([^>]*)>\s*<Text>(.*?)</Text>", gigaword, re.S):
    date = re.search(r'date\s*=\s*"([^"]+)"', m.group(1)).group(1)
    records.append(("GIGAWORD", date, re.sub(r"\s+", " ", m.group(2)).strip()))

with open(out_path, "w") as out:
    out.write("id\tdate\tcategory\ttext\n")
    for i, (category, date, text) in enumerate(records):
        out.write(f"RW-{i:03d}\t{date}\t{category}\t{text}\n")
print(f"{len(records)} sentences written to {out_path}")
