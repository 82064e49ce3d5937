"""Helper used to check the unanswerable questions: searches all_essays.json.
Usage: python3 search_terms.py TERM [TERM ...]
A TERM starting with 're:' is a regular expression (case-insensitive); otherwise a plain
case-insensitive substring search. Prints hit counts and the first hits with context."""
import json, re, sys
D = json.load(open('/work/heldout/r25/all_essays.json'))

def search(term, ctx=90):
    pat = term[3:] if term.startswith('re:') else re.escape(term)
    hits = []
    for k, t in D.items():
        for m in re.finditer(pat, t, flags=re.I):
            hits.append((k, t[max(0, m.start()-ctx):m.end()+ctx].replace('\n', ' ')))
    return hits

if __name__ == '__main__':
    for term in sys.argv[1:]:
        h = search(term)
        print(f'### {term!r}: {len(h)} hits')
        for k, s in h[:8]:
            print('   ', k, '|', s)
