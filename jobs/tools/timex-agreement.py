#!/usr/bin/env python3
"""Inter-annotator agreement of two TIMEX3 annotations of the same documents, scored as TempEval-3
Task A scores a system against a gold standard, the first directory standing for the gold.

Both directories hold TimeML files with the same names; only the TIMEX3 inside <TEXT> count (the
DCT and empty TIMEX3 do not). Spans are character offsets in the TEXT content; they are paired one
to one, identical spans first, then by largest overlap. Reported, micro-averaged over documents:
strict span P/R/F1 (identical spans), relaxed span P/R/F1 (overlap of one character or more), and
over the relaxed pairs the type and value accuracy and their F1 (accuracy x relaxed F1, as TE3
ranks Task A); also per document the TIMEX3 counts and matches. With --diff, every difference
(span, type, value, mod, or a TIMEX3 only one side has) is listed, for adjudication.

Usage: jobs/tools/timex-agreement.py DIR_A DIR_B [--diff]
"""
import os
import sys
import xml.etree.ElementTree as ET


def timexes(path):
    """(text, [(begin, end, type, value, mod)]) of the TIMEX3 inside <TEXT>."""
    text_elem = ET.parse(path).getroot().find("TEXT")
    spans, chunks = [], []

    def walk(elem):
        chunks.append(elem.text or "")
        for child in elem:
            begin = len("".join(chunks))
            walk(child)
            end = len("".join(chunks))
            if child.tag == "TIMEX3" and end > begin:
                spans.append((begin, end, child.get("type", ""), child.get("value", ""),
                              child.get("mod", "")))
            chunks.append(child.tail or "")

    walk(text_elem)
    return "".join(chunks), spans


def pair(ref, other):
    """One-to-one pairs (i, j, exact): identical spans first, then largest overlap."""
    cands = sorted((r[:2] != o[:2], -(min(r[1], o[1]) - max(r[0], o[0])), i, j)
                   for i, r in enumerate(ref) for j, o in enumerate(other)
                   if min(r[1], o[1]) > max(r[0], o[0]))
    used_i, used_j, pairs = set(), set(), []
    for inexact, _, i, j in cands:
        if i not in used_i and j not in used_j:
            used_i.add(i)
            used_j.add(j)
            pairs.append((i, j, not inexact))
    return pairs


def f1(matched, n_ref, n_other):
    p, r = (matched / n_other if n_other else 0.0), (matched / n_ref if n_ref else 0.0)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    dir_a, dir_b, diff = sys.argv[1], sys.argv[2], "--diff" in sys.argv[3:]
    names = sorted(n for n in os.listdir(dir_a) if n.endswith(".tml") and
                   os.path.exists(os.path.join(dir_b, n)))
    tot = dict.fromkeys(("a", "b", "strict", "relaxed", "type", "value"), 0)
    print("%-68s %4s %4s %6s %7s %5s %5s" % ("document", "A", "B", "strict", "relaxed", "type", "value"))
    for name in names:
        text, a = timexes(os.path.join(dir_a, name))
        text_b, b = timexes(os.path.join(dir_b, name))
        if text != text_b:
            sys.exit(name + ": the TEXT content differs between the two directories")
        pairs = pair(a, b)
        c = {"a": len(a), "b": len(b), "relaxed": len(pairs),
             "strict": sum(ex for _, _, ex in pairs),
             "type": sum(a[i][2] == b[j][2] for i, j, _ in pairs),
             "value": sum(a[i][3] == b[j][3] for i, j, _ in pairs)}
        for k in tot:
            tot[k] += c[k]
        print("%-68s %4d %4d %6d %7d %5d %5d" % (name, c["a"], c["b"], c["strict"], c["relaxed"],
                                                 c["type"], c["value"]))
        if diff:
            show = lambda s: "%r %s %s%s" % (text[s[0]:s[1]], s[2], s[3], " mod=" + s[4] if s[4] else "")
            for i, j, _ in pairs:
                if a[i] != b[j]:
                    print("    differ  A: %s\n            B: %s" % (show(a[i]), show(b[j])))
            for i in sorted(set(range(len(a))) - {i for i, _, _ in pairs}):
                print("    only A  %s" % show(a[i]))
            for j in sorted(set(range(len(b))) - {j for _, j, _ in pairs}):
                print("    only B  %s" % show(b[j]))
    print("\ndocuments %d; TIMEX3: %d in A (reference), %d in B" % (len(names), tot["a"], tot["b"]))
    for k in ("strict", "relaxed"):
        p, r, f = f1(tot[k], tot["a"], tot["b"])
        print("%-7s span  P %.3f  R %.3f  F1 %.3f" % (k, p, r, f))
    relaxed_f1 = f1(tot["relaxed"], tot["a"], tot["b"])[2]
    for k in ("type", "value"):
        acc = tot[k] / tot["relaxed"] if tot["relaxed"] else 0.0
        print("%-7s accuracy %.3f  F1 %.3f  (over %d relaxed matches)" % (k, acc, acc * relaxed_f1,
                                                                          tot["relaxed"]))


if __name__ == "__main__":
    main()
