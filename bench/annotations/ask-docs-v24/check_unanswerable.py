"""For every unanswerable item, run its recorded regex searches over all 206 documents of all_essays.json
and print every hit in context, so a person can confirm that none of them states the answer."""
import json, re
exec(open('/work/heldout/r23/ask24/items_unanswerable.py').read())
corpus = json.load(open('/work/heldout/r23/all_essays.json'))
for q, terms in U:
    print("=" * 100); print("Q:", q)
    for t in terms:
        hits = [(k, m.start()) for k, v in corpus.items() for m in re.finditer(t, v, re.I)]
        docs = sorted(set(k for k, _ in hits))
        print(f"  /{t}/  {len(hits)} hits in {len(docs)} docs")
        for k, p in hits[:40]:
            v = corpus[k]; print("     ", k, "|", v[max(0, p-110):p+110].replace("\n", " "))
