"""For each unanswerable question, search all_essays.json (case-insensitive) for its key terms; print hit counts,
the documents hit and a short context for each hit, so a human can confirm the answer is not stated anywhere."""
import json, re, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from items import UNANSWERABLE
here = os.path.dirname(os.path.abspath(__file__))
allx = json.load(open(os.path.join(here, '..', 'all_essays.json')))
verbose = "-v" in sys.argv
for q, terms in UNANSWERABLE:
    print("Q:", q)
    for t in terms:
        hits = [(k, m.start()) for k, v in allx.items() for m in re.finditer(re.escape(t), v, flags=re.I)]
        docs = sorted({k for k, _ in hits})
        print(f"   {t!r}: {len(hits)} hits in {len(docs)} docs {docs[:6]}{' ...' if len(docs) > 6 else ''}")
        if verbose:
            for k, p in hits[:8]:
                print("       ", k, "|", allx[k][max(0, p - 90):p + 90].replace("\n", " "))
