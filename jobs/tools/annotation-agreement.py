#!/usr/bin/env python3
"""Agreement of two PETRARCH-format annotations of the same sentences, at the level annals is
scored at: (source country, target country, CAMEO root). Prints F1 of one against the other, the
event/no-event agreement, and with a third argument writes the sentences they disagree on (TSV),
for adjudication.

Usage: jobs/tools/annotation-agreement.py A.xml B.xml [DISAGREEMENTS.tsv]
"""
import re
import sys

ROLES = set("GOV MIL BUS COP JUD OPP REB MED LEG CVL EDU HLH LAB AGR REF ELI IGO NGO CRM SPY UAF "
            "IMG RAD MOD ENV HRI JEW MUS CHR".split())
ORGANISATIONS = ("IGO", "NGO", "NGM", "MNC", "IMG")


def level(code):
    """The country, or the organisation for non-state actors, as org.annals.timeline.CountryLevel."""
    code = code.strip().upper()
    if len(code) < 3 or not code[:3].isalpha():
        return None
    if code[:3] in ORGANISATIONS:
        while len(code) > 6 and code[-3:] in ROLES:
            code = code[:-3]
        return code
    return code[:3]


def attribute(attrs, name):
    m = re.search(name + r'\s*=\s*"([^"]*)"', attrs)
    return m.group(1) if m else ""


def read(path):
    with open(path) as f:
        xml = f.read()
    events, texts = {}, {}
    for m in re.finditer(r"<Sentence(\s[^>]*)>(.*?)</Sentence>", xml, re.S):
        sid, body = attribute(m.group(1), r"\bid"), m.group(2)
        coded = set()
        for c in re.finditer(r"<EventCoding([^>]*)>", body):
            a = c.group(1)
            if "noevents" not in a:
                coded.add((level(attribute(a, "sourcecode")), level(attribute(a, "targetcode")),
                           attribute(a, "eventcode")[:2]))
        events[sid] = coded
        texts[sid] = re.sub(r"\s+", " ", re.search(r"<Text>(.*?)</Text>", body, re.S).group(1)).strip()
    return events, texts


a, texts = read(sys.argv[1])
b, _ = read(sys.argv[2])
ids = [i for i in a if i in b]
tp = sum(len(a[i] & b[i]) for i in ids)
na, nb = sum(len(a[i]) for i in ids), sum(len(b[i]) for i in ids)
p, r = (tp / nb if nb else 0), (tp / na if na else 0)
f1 = 2 * p * r / (p + r) if p + r else 0
print(f"sentences {len(ids)}; events {na} and {nb}; agreement F1 {f1:.3f} (P {p:.3f} R {r:.3f})")
same_kind = sum(1 for i in ids if bool(a[i]) == bool(b[i]))
print(f"event/no-event agreement {same_kind / len(ids):.3f}; identical codings {sum(1 for i in ids if a[i] == b[i])}")
if len(sys.argv) > 3:
    with open(sys.argv[3], "w") as out:
        for i in ids:
            if a[i] != b[i]:
                out.write(f"{i}\t{sorted(a[i], key=str)}\t{sorted(b[i], key=str)}\t{texts[i]}\n")
