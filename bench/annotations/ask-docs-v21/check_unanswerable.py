"""For each unanswerable question, count case-insensitive hits of its key terms in all_essays.json
and print up to 4 contexts per term (read by hand to confirm the answer is not stated)."""
import json,re
from items import U
a=json.load(open('/work/heldout/r20/all_essays.json'))
for q,terms in U:
    print('Q:',q)
    for t in terms:
        hits=[(k,m.start()) for k,v in a.items() for m in re.finditer(re.escape(t),v,flags=re.I)]
        docs=sorted({k for k,_ in hits})
        print(f'   {t!r}: {len(hits)} hits in {len(docs)} docs {docs[:8]}{" ..." if len(docs)>8 else ""}')
