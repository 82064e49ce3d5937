import re
ABBR = {'U.S.', 'U.N.', 'Jan.', 'Feb.', 'Mar.', 'Apr.', 'Aug.', 'Sept.', 'Sep.', 'Oct.', 'Nov.', 'Dec.', 'St.', 'No.',
        'Mr.', 'Mrs.', 'Dr.', 'Lt.', 'Gen.', 'Col.', 'Capt.', 'Jr.', 'Sr.', 'vs.', 'U.S.S.', 'H.W.', 'Ft.', 'Mt.'}
BOUND = re.compile(r'([.!?][”"’)\]]*)(\s+)(?=[A-Z0-9“"‘(\[ÉÀ])')

def sentences(text):
    out = []
    for line in text.split('\n'):
        line = line.strip()
        if not line:
            continue
        start = 0
        for m in BOUND.finditer(line):
            end = m.end(1)
            piece = line[start:end]
            toks = piece.split()
            last = toks[-1] if toks else ''
            lastw = last.rstrip('”"’)]')
            if lastw in ABBR or re.fullmatch(r'(?:[A-Z]\.)+', lastw):
                if not line[start:end].endswith('War I.'):
                    continue
            out.append(line[start:end].strip())
            start = m.end()
        rest = line[start:].strip()
        if rest:
            out.append(rest)
    return out
