"""Sentence splitter used by build_pairs.py (check.py has its own, written separately)."""
import re

ABBR = {"U.S.", "Mr.", "Mrs.", "Dr.", "St.", "Jr.", "Sr.", "Gen.", "Lt.", "Col.", "Capt.", "Gov.", "Sen.", "Rep.",
        "No.", "vs.", "v.", "a.m.", "p.m.", "U.K.", "U.N.", "D.C."}
END = re.compile(r'[.!?][\u201d"\u2019\')\]]*(?= +[A-Z0-9\u201c"\'(\[$])')

def is_prose(line):
    s = line.rstrip()
    t = s.rstrip('\u201d"\u2019\')]')
    if not t:
        return False
    return t[-1] in '.!?' or len(s.split()) >= 40

def sentences(text):
    out = []
    for line in text.split('\n'):
        if not is_prose(line):
            continue
        start = 0
        for m in END.finditer(line):
            chunk = line[start:m.end()]
            last = chunk.split()[-1] if chunk.split() else ''
            core = last.rstrip('\u201d"\u2019\')]')
            if core in ABBR or re.fullmatch(r'(?:[A-Z]\.)+', core) or re.fullmatch(r'[A-Z]\.[A-Z]\.?', core):
                continue
            out.append(chunk.strip())
            start = m.end()
        rest = line[start:].strip()
        if rest:
            out.append(rest)
    return out
