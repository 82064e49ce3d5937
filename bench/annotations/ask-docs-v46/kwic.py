"""Keyword-in-context search over all_essays.json (used to check unanswerables)."""
import json, re, sys
d = json.load(open('/work/heldout/r45/all_essays.json'))
w = 150
for t in sys.argv[1:]:
    hits = [(k, m.start()) for k, v in d.items() for m in re.finditer(t, v, re.I)]
    print(f'## {t!r}: {len(hits)} hits')
    for k, i in hits[:15]:
        v = d[k]
        print('  ', k, '|', v[max(0, i - w):i + w].replace('\n', ' '))
