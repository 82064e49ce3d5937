#!/usr/bin/env python3
"""Print every sentence with its annotations: {text|P:key} {text|N:why} {text|H:person}.  python3 view.py [doc-substring]"""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import build
docs = build.load_docs()
pat = sys.argv[1] if len(sys.argv) > 1 else ''
for doc, text in docs.items():
    if pat not in doc:
        continue
    print('=====', doc)
    for s in build.split_sentences(text):
        res, _ = build.annotate(doc, s)
        out, last = [], 0
        for pos, t, val in res:
            out.append(s[last:pos]); v = val if not val.startswith('H:') else 'H'
            if val.startswith('P:'):
                v = 'P:' + val[2:] if val[2:] != t else 'P'
            out.append('{' + t + '|' + v + '}'); last = pos + len(t)
        out.append(s[last:])
        print(' *', ''.join(out))
