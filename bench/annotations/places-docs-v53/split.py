import re
ABBR = {'U.S.', 'U.N.', 'U.S.S.R.', 'St.', 'Mr.', 'Mrs.', 'Dr.', 'Gen.', 'No.', 'Jan.', 'Feb.', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.', 'Lt.', 'Col.', 'Capt.', 'H.W.', 'Sr.', 'Jr.', 'vs.', 'Mt.'}
END = re.compile(r'[.!?][”"’)\]]*(?=\s+[A-Z0-9“"‘(\[])')
def sentences(text):
    out = []
    pos = 0
    for line in text.split('\n'):
        start = 0
        for m in END.finditer(line):
            # token before the punctuation
            tok = line[:m.start() + 1].split()[-1] if line[:m.start() + 1].split() else ''
            tok = tok.lstrip('(“"‘')
            nxt = line[m.end():].split()[0] if line[m.end():].split() else ''
            if tok == 'U.N.' and nxt in ('These', 'In'):
                pass
            elif tok in ABBR or re.fullmatch(r'[A-Z]\.', tok) or re.fullmatch(r'(?:[A-Z]\.){2,}', tok):
                continue
            s = line[start:m.end()].strip()
            if s: out.append(s)
            start = m.end()
        s = line[start:].strip()
        if s: out.append(s)
    return out
