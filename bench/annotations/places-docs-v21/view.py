#!/usr/bin/env python3
"""Inline view: python3 view.py DOC  -> each sentence with [name|place] {text|NP why} <text|person>"""
import sys
from build import docs, sentences, matches
for doc in sys.argv[1:]:
    for s in sentences(docs[doc]):
        out, pos = [], 0
        for a, b, surf, (k, v) in matches(doc, s):
            out.append(s[pos:a]); pos = b
            out.append({'PL': f'[{surf}|{v}]', 'NP': f'{{{surf}|{v[:6]}}}', 'PE': f'<{surf}|{v.split(" (")[0]}>'}[k])
        out.append(s[pos:])
        print('-', ''.join(out))
