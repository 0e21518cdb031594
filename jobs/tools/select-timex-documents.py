#!/usr/bin/env python3
"""Draws the documents of the news temporal-expression gold (jobs/eval/timex-news/).

12 Reuters-21578 articles of prose (1987) and 12 news_cluster articles (2016-2017, many outlets;
their first paragraphs, up to about 2,000 characters), with a fixed seed, so the draw is
reproducible. Writes one TimeML skeleton per document to annotations/input/: DOCID, the creation
time (DCT) from the article's publication date, and the plain text, for annotators to mark up with
TIMEX3 as TempEval-3 does.

Batch 2 (jobs/eval/timex-news-2/) is drawn the same way with another seed from the articles
batch 1 did not use.

Usage: jobs/tools/select-timex-documents.py [--batch 1|2] [SHARED_DATA_DIR]
       (default batch 1, ../shared/data)
"""
import argparse
import gzip
import json
import os
import random
import re
from xml.sax.saxutils import escape

parser = argparse.ArgumentParser()
parser.add_argument("--batch", type=int, choices=(1, 2), default=1)
parser.add_argument("data", nargs="?", default=os.path.join("..", "shared", "data"))
args = parser.parse_args()
data = args.data
eval_dir = os.path.join(os.path.dirname(__file__), "..", "eval")
folder = "timex-news" if args.batch == 1 else f"timex-news-{args.batch}"
out_dir = os.path.join(eval_dir, folder, "annotations", "input")
random.seed(20261129 if args.batch == 1 else 20261131)
used = set()
if args.batch > 1:
    used = {os.path.splitext(n)[0] for n in os.listdir(os.path.join(eval_dir, "timex-news", "annotations", "input"))}


def prose(text):
    """Most lines end in words, not in figures: an article of sentences, not a table."""
    lines = [line for line in text.splitlines() if line.strip()]
    tabular = sum(1 for line in lines if re.search(r"\d[\d.,]*\s*$", line) or "..." in line)
    return len(lines) > 0 and tabular / len(lines) < 0.2


def skeleton(doc_id, dct, text):
    return (f'<?xml version="1.0" ?>\n<TimeML>\n\n<DOCID>{doc_id}</DOCID>\n\n'
            f'<DCT><TIMEX3 tid="t0" type="DATE" value="{dct}" temporalFunction="false" '
            f'functionInDocument="CREATION_TIME">{dct}</TIMEX3></DCT>\n\n'
            f"<TEXT>\n{escape(text)}\n</TEXT>\n\n</TimeML>\n")


documents = []
with gzip.open(os.path.join(data, "reuters21578", "reuters21578.jsonl.gz"), "rt") as f:
    reuters = [json.loads(line) for line in f]
reuters = [r for r in reuters
           if r.get("text") and r.get("date_publish") and 800 <= len(r["text"]) <= 2500 and prose(r["text"])]
random.shuffle(reuters)
for r in [r for r in reuters if r["id"] not in used][:12]:
    text = re.sub(r"\s*REUTERS?\s*$", "", r["text"].strip(), flags=re.I)
    text = re.sub(r"[ \t]*\n[ \t]*", "\n", text)
    text = re.sub(r"(?<![.\n])\n(?=[a-z0-9(])", " ", text)
    documents.append((r["id"], r["date_publish"][:10], text))

clusters = os.path.join(data, "giveme5w1h", "news_cluster")
names = sorted(os.listdir(clusters))
random.shuffle(names)
for name in names:
    with open(os.path.join(clusters, name)) as f:
        article = json.load(f)
    if article.get("date_publish") in (None, "None") or f"news-{os.path.splitext(name)[0]}" in used:
        continue
    paragraphs, size = [], 0
    for para in article["text"].split("\n")[1:]:
        para = para.strip()
        if not para:
            continue
        if size + len(para) > 2000 and paragraphs:
            break
        paragraphs.append(para)
        size += len(para)
    if size < 600:
        continue
    documents.append((f"news-{os.path.splitext(name)[0]}", article["date_publish"][:10], "\n".join(paragraphs)))
    if len(documents) >= 24:
        break

os.makedirs(out_dir, exist_ok=True)
for doc_id, dct, text in documents:
    with open(os.path.join(out_dir, doc_id + ".tml"), "w") as out:
        out.write(skeleton(doc_id, dct, text))
print(f"{len(documents)} documents written to {out_dir}")
