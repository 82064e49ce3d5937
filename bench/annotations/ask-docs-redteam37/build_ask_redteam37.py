"""Round 37 (helper redask): the red team's 72 questions over its own collection as a judged ask group.

The expected answer of each question is the first alternative of the red team's regex, taken as a span of the
sentence that states it: the sentence the red team's run cited when it matches, else the matching sentence sharing
most words with the question (a few chosen by hand, ``OVER`` and ``ANS``). Lists, very short and multi-part
questions are left out (``skip``); questions the red team accepted "the sources don't say" for are unanswerable.

    PYTHONPATH=src python build_ask_redteam37.py COLL.db RED_TEAM_LOGS_DIR > ask_redteam37.jsonl
"""
import csv
import json
import re
import sys
from pathlib import Path

from vitrina.store import connect_readonly
from vitrina.store.read import as_knowledge_base

HERE = Path(__file__).resolve().parent
kb = as_knowledge_base(connect_readonly(sys.argv[1]))
LOGS = Path(sys.argv[2])
sents = []
for d in kb.document_ids():
    for h in kb.sentences(d):
        sents.append((d, h.text if hasattr(h, "text") else None, h))
print(len(sents), file=sys.stderr)
OVER = {"Q03": ("01_founding", "Anna Kessler founded the Kessler Glassworks in Bratislava in 1887."),
        "Q49": ("02-strike", "On 3 March 1912 the glassblowers of the Kessler Glassworks went on strike."),
        "Q36": ("07_closure_v2", "The museum was opened by the mayor, Peter Novák, on 2 May 1995."),
        "Q34": (None, "The Kessler Glassworks closed in 1968, after eighty-one years of production.")}
ANS = {"Q40": ("Assicurazioni Generali", ["Generali"]), "Q41": ("Štefan Kováč", ["Kováč"]), "Q19": ("Ernst Kessler", ["Ernst"]), "Q32": ("the army requisitioned the furnaces", ["soldiers came to the works and the army requisitioned the furnaces"]),
       "Q36": ("2 May 1995", ["1995", "1994"]), "Q49": ("3 March 1912", ["1912"])}
skip = {"Q15", "Q50", "Q51", "Q52", "Q53", "Q62"}
out = []
for row in csv.reader(open(HERE / "questions.tsv"), delimiter="\t", quoting=csv.QUOTE_NONE):
    if len(row) < 4: print("SHORT", row, file=sys.stderr); continue
    qid, q, exp, note = row[:4]
    if qid in skip: continue
    alts = exp.split("|")
    if "NONE" in alts:
        out.append({"id": qid.lower(), "question": q, "answer": None, "alternatives": [], "document": None, "citation": None, "kind": note}); continue
    try:
        cited = json.load(open(LOGS / f"{qid}.out"))["citations"]
    except (OSError, ValueError):
        cited = []
    pat = re.compile(alts[0])
    chosen = None
    for c in cited:
        if pat.search(c["text"]): chosen = (c["document"], c["text"]); break
    if chosen is None:
        words = {w.lower() for w in re.findall(r"\w+", q) if len(w) > 3}
        cands = [(len(words & {w.lower() for w in re.findall(r"\w+", t)}), d, t) for d, t, _h in sents if t and pat.search(t)]
        cands.sort(key=lambda x: -x[0])
        if not cands: print("NOFIND", qid, q, file=sys.stderr); continue
        chosen = (cands[0][1], cands[0][2])
        print("PICK", qid, q, "->", chosen, [c[1:] for c in cands[1:3]], file=sys.stderr)
    chosen = OVER.get(qid, chosen)
    if qid in ANS:
        out.append({"id": qid.lower(), "question": q, "answer": ANS[qid][0], "alternatives": ANS[qid][1], "document": chosen[0], "citation": chosen[1], "kind": note}); continue
    m = pat.search(chosen[1])
    others = [m2.group(0) for a in alts[1:] for m2 in [re.search(a, chosen[1])] if m2]
    out.append({"id": qid.lower(), "question": q, "answer": m.group(0), "alternatives": others, "document": chosen[0], "citation": chosen[1], "kind": note})
for o in out:
    print(json.dumps(o, ensure_ascii=False))
print(len(out), sum(o["answer"] is None for o in out), file=sys.stderr)
