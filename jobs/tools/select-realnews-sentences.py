#!/usr/bin/env python3
"""Draws the sentences of the real-news event evaluation sets (jobs/eval/realnews*/).

Batch 1 (jobs/eval/realnews/): 80 Reuters-21578 articles with two or more places (one of their
first two sentences each), 50 news_cluster articles (one of their first four body sentences each)
and every sentence of PETRARCH2's GigaWord sample.

Batch 2 (jobs/eval/realnews-2/): drawn later with another seed, from articles batch 1 did not
use: 80 Reuters-21578 articles as above, 50 news_cluster articles as above, and 60 Timeline17
articles of wire services and broadcasters (2009-2010; one of their first three sentences each,
PTB tokenisation undone).

Batch 3 (jobs/eval/realnews-3/): drawn after batch 2, sentences neither earlier batch drew, and
only sentences that name two or more different countries or international organisations
(names, adjectives and capitals of a fixed list below), where dyadic events are: 70
Reuters-21578 sentences (first three of an article), up to 40 news_cluster sentences (first eight
of the body; the unused articles give 30) and Timeline17 sentences (first five of an article) to
make 150; one sentence an article.

Each batch has a fixed seed, so the draw is reproducible. Writes annotations/sentences.tsv
(id, date, category, text) for the annotators.

Batches 4 to 20 (jobs/eval/realnews-4/ to realnews-20/) are drawn as batch 3, each with another
seed, from articles none of the earlier batches drew a sentence of
(news_cluster has none left: 70 Reuters-21578 and 80 Timeline17 sentences each; batch 10 found
51 Timeline17 articles left and batch 11 none, so batches 11 to 20 draw 150 Reuters-21578
sentences each).

Batch 21 (jobs/eval/realnews-21/) is drawn as batch 3 from a source no earlier batch used: the
TempEval-3 training documents (TimeBank and AQUAINT news, 1989-2000; one of the first eight
sentences of a document, TimeML tags removed), since Reuters-21578 has no unused article left.

Batch 22 (jobs/eval/realnews-22/) draws, as batch 3, from the Timeline17 articles (2009-2013)
beyond the sentences earlier batches could draw: one of the sixth to twentieth sentences of an
article, 100 sentences.

Batch 23 (jobs/eval/realnews-23/) draws, as batch 3, from the Reuters-21578 articles beyond the
leads earlier batches drew from: one of the fourth to tenth sentences of an article, 150
sentences.

Batch 24 (jobs/eval/realnews-24/) draws, as batch 3, 100 sentences as batch 23 did (one of the
fourth to tenth sentences of a Reuters-21578 article) and 50 from deep in the Timeline17 articles
(one of the 21st to 40th sentences), text no earlier batch could draw.

Batch 25 (jobs/eval/realnews-25/) draws, as batch 3, 75 sentences from later in the Reuters-21578
articles (one of the 11th to 20th sentences) and 75 from later in the Timeline17 articles (one of
the 41st to 70th sentences).

Batch 26 (jobs/eval/realnews-26/) draws, as batch 3, up to 50 sentences from each of three
sources, later in their texts than earlier batches drew: Reuters-21578 articles (the 21st to 40th
sentences; 50), Timeline17 articles (the 71st to 110th; only 42 articles have one) and TempEval-3
training documents (the 9th to 30th; 46).

Batch 27 (jobs/eval/realnews-27/) draws, as batch 3, from the news_cluster articles (2016-2017)
beyond the first eight body sentences earlier batches drew from (the 9th on; 41 articles have one),
and later still in the Timeline17 articles (the 111th to 300th; 45) and the TempEval-3 training
documents (the 31st on; 10): 96 sentences.

Batch 28 (jobs/eval/realnews-28/) draws, as batch 3, from articles no earlier batch drew a sentence
of among their first ten (Reuters-21578; 100) or their first 110 (Timeline17; 50): one of those
sentences each, mostly leads.

Batch 29 (jobs/eval/realnews-29/) draws, as batch 28, up to 150 sentences from Reuters-21578 articles
no earlier batch drew a sentence of among their first ten: one of those sentences each.

Usage: jobs/tools/select-realnews-sentences.py [--batch 1|2|...|29] [SHARED_DATA_DIR]
       (default batch 1, ../shared/data)
"""
import argparse
import functools
import gzip
import json
import os
import random
import re

parser = argparse.ArgumentParser()
parser.add_argument("--batch", type=int, choices=range(1, 30), default=1)
parser.add_argument("data", nargs="?", default=os.path.join("..", "shared", "data"))
args = parser.parse_args()
data = args.data
here = os.path.dirname(__file__)
folder = "realnews" if args.batch == 1 else f"realnews-{args.batch}"
out_path = os.path.join(here, "..", "eval", folder, "annotations", "sentences.tsv")
prefix = {1: "RW", 2: "RX", 3: "RY", 4: "RZ", 5: "RV", 6: "RU", 7: "RT", 8: "RS", 9: "RR", 10: "RQ", 11: "RP", 12: "RO", 13: "RN", 14: "RM", 15: "RL", 16: "RK", 17: "RJ", 18: "RI", 19: "RH", 20: "RG", 21: "RF", 22: "RE", 23: "RD", 24: "RC", 25: "RB", 26: "RA", 27: "QZ", 28: "QY", 29: "QX"}[args.batch]
random.seed({1: 20261127, 2: 20261128, 3: 20261130, 4: 20261201, 5: 20261202, 6: 20261203, 7: 20261204, 8: 20261205, 9: 20261206, 10: 20261207, 11: 20261208, 12: 20261209, 13: 20261210, 14: 20261211, 15: 20261212, 16: 20261213, 17: 20261214, 18: 20261215, 19: 20261216, 20: 20261217, 21: 20261218, 22: 20261219, 23: 20261220, 24: 20261221, 25: 20261222, 26: 20261223, 27: 20261224, 28: 20261225, 29: 20261226}[args.batch])
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


def detokenise(ptb):
    """Undoes Penn Treebank tokenisation well enough for reading."""
    s = ptb.replace("\\/", "/").replace("-LRB-", "(").replace("-RRB-", ")").replace("``", '"').replace("''", '"')
    s = re.sub(r"\s+([.,;:!?%)])", r"\1", s)
    s = re.sub(r"([($])\s+", r"\1", s)
    s = re.sub(r"\s+('s|'re|'ve|'ll|'d|n't|')\b", r"\1", s)
    s = re.sub(r'"\s+(.*?)\s+"', r'"\1"', s)
    return s


used = set()
for earlier in range(1, args.batch):
    name = "realnews" if earlier == 1 else f"realnews-{earlier}"
    with open(os.path.join(here, "..", "eval", name, "annotations", "sentences.tsv")) as f:
        used |= {line.rstrip("\n").split("\t")[3] for line in list(f)[1:]}

# Batch 3's filter: the parties a sentence names, by a fixed list of names, adjectives and
# capitals of the states and organisations most in the news (one key per party).
PARTIES = {
    "USA": "United States|U\\.S\\.|US|America|American|Americans|Washington",
    "SUN": "Soviet Union|Soviet|Soviets|USSR|Kremlin",
    "RUS": "Russia|Russian|Russians|Moscow",
    "GBR": "Britain|British|U\\.K\\.|UK|London",
    "FRA": "France|French|Paris",
    "DEU": "Germany|West Germany|German|West German|Bonn|Berlin",
    "JPN": "Japan|Japanese|Tokyo",
    "CHN": "China|Chinese|Beijing|Peking",
    "TWN": "Taiwan|Taiwanese|Taipei",
    "KOR": "South Korea|South Korean|Seoul",
    "PRK": "North Korea|North Korean|Pyongyang",
    "IND": "India|Indian|New Delhi",
    "PAK": "Pakistan|Pakistani|Islamabad",
    "IRN": "Iran|Iranian|Tehran",
    "IRQ": "Iraq|Iraqi|Baghdad",
    "ISR": "Israel|Israeli|Jerusalem",
    "PSE": "Palestinian|Palestinians|Gaza|West Bank",
    "SYR": "Syria|Syrian|Damascus",
    "LBN": "Lebanon|Lebanese|Beirut",
    "EGY": "Egypt|Egyptian|Cairo",
    "SAU": "Saudi Arabia|Saudi|Riyadh",
    "KWT": "Kuwait|Kuwaiti",
    "TUR": "Turkey|Turkish|Ankara",
    "GRC": "Greece|Greek|Athens",
    "ITA": "Italy|Italian|Rome",
    "ESP": "Spain|Spanish|Madrid",
    "NLD": "Netherlands|Dutch|The Hague",
    "BEL": "Belgium|Belgian|Brussels",
    "CHE": "Switzerland|Swiss|Bern",
    "SWE": "Sweden|Swedish|Stockholm",
    "CAN": "Canada|Canadian|Ottawa",
    "MEX": "Mexico|Mexican",
    "BRA": "Brazil|Brazilian|Brasilia",
    "ARG": "Argentina|Argentine|Buenos Aires",
    "CUB": "Cuba|Cuban|Havana",
    "HTI": "Haiti|Haitian|Port-au-Prince",
    "AUS": "Australia|Australian|Canberra",
    "ZAF": "South Africa|South African|Pretoria",
    "NGA": "Nigeria|Nigerian",
    "LBY": "Libya|Libyan|Tripoli",
    "AFG": "Afghanistan|Afghan|Kabul",
    "UKR": "Ukraine|Ukrainian|Kiev|Kyiv",
    "POL": "Poland|Polish|Warsaw",
    "PHL": "Philippines|Philippine|Manila",
    "IDN": "Indonesia|Indonesian|Jakarta",
    "VNM": "Vietnam|Vietnamese|Hanoi",
    "IGOUNO": "United Nations|U\\.N\\.|UN",
    "IGOEUREEC": "European Community|European Union|EC|EU|EEC|European Commission",
    "IGOWSTNAT": "NATO",
    "IGOBUSIMF": "International Monetary Fund|IMF",
    "IGOBUSOPC": "OPEC",
    "IGOWBK": "World Bank",
    "IGOBUSWTO": "World Trade Organization|GATT",
}
PARTY_PATTERNS = {k: re.compile(r"(?<![\w.])(?:" + v + r")(?![\w])") for k, v in PARTIES.items()}


def parties(sentence):
    return {k for k, p in PARTY_PATTERNS.items() if p.search(sentence)}


def dyadic(window):
    """The usable sentences of an article's window that name two parties and that no earlier
    batch drew; from batch 4 on, none when an earlier batch drew any sentence of the window."""
    if args.batch >= 4 and any(s in used for s in window):
        return []
    return [s for s in window if usable(s) and s not in used and len(parties(s)) >= 2]


def unused(candidates):
    return not any(s in used for s in candidates)


def load_reuters():
    with gzip.open(os.path.join(data, "reuters21578", "reuters21578.jsonl.gz"), "rt") as f:
        return [json.loads(line) for line in f]


def cluster_names():
    return sorted(os.listdir(os.path.join(data, "giveme5w1h", "news_cluster")))


@functools.lru_cache(maxsize=None)
def cluster_article(name):
    with open(os.path.join(data, "giveme5w1h", "news_cluster", name)) as f:
        return json.load(f)


def body_sentences(article):
    return [s for para in article["text"].split("\n")[1:] for s in sentences(para)]


def timeline_articles():
    timeline = os.path.join(data, "timeline17")
    articles = []
    for topic in sorted(os.listdir(timeline)):
        path = os.path.join(timeline, topic, "articles.json")
        if os.path.exists(path):
            with open(path) as f:
                articles += json.load(f)
    return articles


def day(value):
    return value[:10].replace("-", "")


def tempeval_documents():
    """(creation date, text) of each TempEval-3 training document, its TimeML tags removed."""
    documents = []
    for corpus in ("timebank", "aquaint"):
        folder = os.path.join(data, "tempeval3", corpus)
        for name in sorted(os.listdir(folder)):
            with open(os.path.join(folder, name)) as f:
                tml = f.read()
            value = re.search(r'<DCT>.*?value="([^"]+)"', tml, re.S)
            body = re.search(r"<TEXT>(.*?)</TEXT>", tml, re.S)
            if value and body:
                text = re.sub(r"<[^>]+>", "", body.group(1)).replace("``", '"').replace("''", '"')
                documents.append((day(value.group(1)), text))
    return documents


records = []


def draw(items, category, window, date_of, limit, keep=lambda item: True):
    """Shuffles the items, then takes one dyadic sentence at random from the window of each item
    that has one (and that keep accepts) until the records number limit."""
    random.shuffle(items)
    for item in items:
        candidates = dyadic(window(item))
        if candidates and keep(item):
            records.append((category, date_of(item), random.choice(candidates)))
        if len(records) >= limit:
            break


def reuters_date(r):
    return day(r["date_publish"])


def dated_reuters():
    return [r for r in load_reuters() if r.get("text") and r.get("date_publish")]


def timeline_window(first, last):
    return lambda article: sentences(detokenise(article["text"]))[first:last]


if args.batch == 29:
    draw(dated_reuters(), "REUTERS", lambda r: sentences(r["text"])[:10], reuters_date, 150)
elif args.batch == 28:
    draw(dated_reuters(), "REUTERS", lambda r: sentences(r["text"])[:10], reuters_date, 100)
    draw(timeline_articles(), "TIMELINE17", timeline_window(0, 110), lambda a: day(a["dct"]), 150)
elif args.batch == 27:
    draw(cluster_names(), "NEWS", lambda n: body_sentences(cluster_article(n))[8:],
         lambda n: day(cluster_article(n)["date_publish"]), 60,
         keep=lambda n: cluster_article(n).get("date_publish") not in (None, "None"))
    draw(timeline_articles(), "TIMELINE17", timeline_window(110, 300), lambda a: day(a["dct"]), 105)
    draw(tempeval_documents(), "TEMPEVAL3", lambda d: sentences(d[1])[30:], lambda d: d[0], 150)
elif args.batch == 26:
    draw(dated_reuters(), "REUTERS", lambda r: sentences(r["text"])[20:40], reuters_date, 50)
    draw(timeline_articles(), "TIMELINE17", timeline_window(70, 110), lambda a: day(a["dct"]), 100)
    draw(tempeval_documents(), "TEMPEVAL3", lambda d: sentences(d[1])[8:30], lambda d: d[0], 150)
elif args.batch == 25:
    draw(dated_reuters(), "REUTERS", lambda r: sentences(r["text"])[10:20], reuters_date, 75)
    draw(timeline_articles(), "TIMELINE17", timeline_window(40, 70), lambda a: day(a["dct"]), 150)
elif args.batch == 24:
    draw(dated_reuters(), "REUTERS", lambda r: sentences(r["text"])[3:10], reuters_date, 100)
    draw(timeline_articles(), "TIMELINE17", timeline_window(20, 40), lambda a: day(a["dct"]), 150)
elif args.batch == 23:
    draw(dated_reuters(), "REUTERS", lambda r: sentences(r["text"])[3:10], reuters_date, 150)
elif args.batch == 22:
    draw(timeline_articles(), "TIMELINE17", timeline_window(5, 20), lambda a: day(a["dct"]), 100)
elif args.batch == 21:
    draw(tempeval_documents(), "TEMPEVAL3", lambda d: sentences(d[1])[:8], lambda d: d[0], 120)
elif args.batch >= 3:
    draw(dated_reuters(), "REUTERS", lambda r: sentences(r["text"])[:3], reuters_date,
         150 if args.batch >= 11 else 70)
    draw(cluster_names(), "NEWS", lambda n: body_sentences(cluster_article(n))[:8],
         lambda n: day(cluster_article(n)["date_publish"]), 110,
         keep=lambda n: cluster_article(n).get("date_publish") not in (None, "None"))
    draw(timeline_articles(), "TIMELINE17", timeline_window(0, 5), lambda a: day(a["dct"]), 150)
else:
    reuters = [r for r in load_reuters()
               if r.get("text") and len(r.get("places") or []) >= 2 and r.get("date_publish")]
    random.shuffle(reuters)
    for r in reuters:
        lead = sentences(r["text"])[:2]
        candidates = [s for s in lead if usable(s)]
        if candidates and unused(lead):
            records.append(("REUTERS", day(r["date_publish"]), random.choice(candidates)))
        if len(records) >= 80:
            break
    names = cluster_names()
    random.shuffle(names)
    drawn = 0
    for name in names:
        article = cluster_article(name)
        body = body_sentences(article)
        candidates = [s for s in body[:4] if usable(s)]
        if not candidates or article.get("date_publish") in (None, "None") or not unused(body[:4]):
            continue
        records.append(("NEWS", day(article["date_publish"]), random.choice(candidates)))
        drawn += 1
        if drawn >= 50:
            break

if args.batch == 1:
    with open(os.path.join(data, "petrarch", "GigaWord.sample.PETR.xml")) as f:
        gigaword = f.read()
    for m in re.finditer(r"<Sentence([^>]*)>\s*<Text>(.*?)</Text>", gigaword, re.S):
        date = re.search(r'date\s*=\s*"([^"]+)"', m.group(1)).group(1)
        records.append(("GIGAWORD", date, re.sub(r"\s+", " ", m.group(2)).strip()))
elif args.batch == 2:
    articles = timeline_articles()
    random.shuffle(articles)
    drawn = 0
    for article in articles:
        candidates = [s for s in sentences(detokenise(article["text"]))[:3] if usable(s)]
        if not candidates:
            continue
        records.append(("TIMELINE17", day(article["dct"]), random.choice(candidates)))
        drawn += 1
        if drawn >= 60:
            break

os.makedirs(os.path.dirname(out_path), exist_ok=True)
with open(out_path, "w") as out:
    out.write("id\tdate\tcategory\ttext\n")
    for i, (category, date, text) in enumerate(records):
        out.write(f"{prefix}-{i:03d}\t{date}\t{category}\t{text}\n")
print(f"{len(records)} sentences written to {out_path}")
