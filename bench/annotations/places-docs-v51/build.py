import sys, re, json
sys.path.insert(0, '/work/heldout/r50/places')
from split import sentences, load_docs
import lex, importlib
try:
    import overrides; OVR = overrides.OVR
except ImportError:
    OVR = []
ALL = {}
for s,k in lex.S.items(): ALL[s] = ('P', k)
for s,w in lex.NP.items(): ALL[s] = ('N', w)
for s,c in lex.PERS.items(): ALL[s] = ('H', c)
PAT0 = {s: re.compile(r'(?<![\w.\-])' + re.escape(s) + r'(?![\w])' if s.endswith('.') else r'(?<![\w])' + re.escape(s) + r'(?![\w])') for s in ALL}
PAT = dict(PAT0); PAT['U.S.'] = re.compile(r'(?<![\w.\-])U\.S\.(?!S\.)')
def override(doc, sent, surf, occ):
    for o in OVR:
        od, osub, osurf, act = o[:4]
        if (od is None or od == doc) and osurf == surf and osub in sent:
            return act
    return 'NONE'
def annotate(doc, sent):
    cands = []
    for s, p in PAT.items():
        if s not in sent: continue
        for m in p.finditer(sent):
            cands.append((m.start(), m.end(), s))
    # extra surfaces from overrides that are not in the lexicon
    for o in OVR:
        od, osub, osurf, act = o[:4]
        if (od is None or od == doc) and osub in sent and osurf not in ALL:
            for m in re.finditer(r'(?<![\w])' + re.escape(osurf) + r'(?![\w])', sent):
                cands.append((m.start(), m.end(), osurf))
    cands.sort(key=lambda c: (-(c[1]-c[0]), c[0]))
    taken = []
    for c in cands:
        if any(not (c[1] <= t[0] or c[0] >= t[1]) for t in taken): continue
        taken.append(c)
    taken.sort()
    out = []
    for st, en, s in taken:
        act = override(doc, sent, s, st)
        if act == 'NONE': act = ALL.get(s)
        if act is None or act == 'SKIP': continue
        out.append((st, en, s, act))
    return out
def run():
    docs = load_docs()
    res = []
    for doc, text in docs.items():
        for sent in sentences(text):
            for st, en, s, act in annotate(doc, sent):
                res.append((doc, sent, st, s, act))
    return docs, res
if __name__ == '__main__':
    docs, res = run()
    want = sys.argv[1:]
    from collections import defaultdict
    by = defaultdict(list)
    for doc, sent, st, s, act in res: by[(doc, sent)].append((st, s, act))
    for doc, text in docs.items():
        if want and not any(w in doc for w in want): continue
        print('#####', doc)
        for sent in sentences(text):
            marks = sorted(by.get((doc, sent), []))
            o = ''; pos = 0
            for st, s, act in marks:
                o += sent[pos:st]
                t = act[0]; v = act[1]
                if t == 'P': o += f'[{s}' + ('' if v == s else f'={v}') + ']'
                elif t == 'N': o += '{' + s + '}'
                else: o += '<' + s + '>'
                pos = st + len(s)
            o += sent[pos:]
            print(o)
