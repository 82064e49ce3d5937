"""Sentence splitter: lines first, then . ! ? (+closing quotes/brackets) + whitespace + capital/digit/quote/bracket."""
import re
ABBR = {'U.S.', 'U.N.', 'D.C.', 'St.', 'No.', 'Jan.', 'Feb.', 'Mar.', 'Apr.', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.',
        'Mr.', 'Mrs.', 'Dr.', 'Gen.', 'Lt.', 'Col.', 'Capt.', 'H.M.S.', 'U.S.S.', 'U.S.S.R.', 'H.C.', 'Jr.', 'Sr.', 'vs.', 'etc.'}
END = re.compile(r'[.!?][”’"\')\]]*\s+(?=[A-Z0-9“"‘(\[À-Þ])')

def sentences(text):
    out = []
    for line in text.split('\n'):
        line = line.strip()
        if not line:
            continue
        start = 0
        for m in END.finditer(line):
            seg = line[start:m.end()].rstrip()
            last = seg.split()[-1] if seg.split() else ''
            core = last.rstrip('”’"\')]').lstrip('(“"‘[').split('-')[-1]
            if core in ABBR or re.fullmatch(r'(?:[A-Z]\.)+', core):
                continue
            out.append(seg)
            start = m.end()
        tail = line[start:].strip()
        if tail:
            out.append(tail)
    return out
