import re, json
ABBR = {"U.S.","Jan.","Feb.","Mar.","Apr.","Aug.","Sept.","Sep.","Oct.","Nov.","Dec.","St.","No.","Mr.","Mrs.","Dr.","Gen.","Lt.","Col.","Sr.","Jr.","Co.","Inc.","vs.","Ft.","Mt.","U.N.","U.K.","e.g.","i.e.","a.m.","p.m."}
END = re.compile(r'[.!?][”"’\')\]]*(?=\s+[A-Z0-9“"‘(\[])')
def sentences(text):
    out = []
    for line in text.split("\n"):
        line = line.strip()
        if not line: continue
        start = 0
        for m in END.finditer(line):
            end = m.end()
            # word before
            w = line[:m.start()+1].split()[-1] if line[:m.start()+1].split() else ""
            wcore = w.lstrip('(“"‘')
            if wcore in ABBR or wcore.endswith("U.S.") or re.fullmatch(r'[A-Z]\.', wcore) or re.fullmatch(r'(?:[A-Z]\.){2,}', wcore) and wcore not in ("U.S.S.R.",):
                # U.S. at sentence end? allow if next word is typical sentence starter: keep simple, don't split
                continue
            s = line[start:end].strip()
            if s: out.append(s)
            start = end
        s = line[start:].strip()
        if s: out.append(s)
    return out
def load_docs():
    d = json.load(open('/work/heldout/r50/places/places_texts.json'))
    import glob, os
    for f in sorted(glob.glob('/work/heldout/r50/places/panel-*.txt')):
        d[os.path.basename(f)[:-4]] = open(f).read()
    return d
