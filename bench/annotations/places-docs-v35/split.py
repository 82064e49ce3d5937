"""Sentence splitter: lines first, then . ! ? (+ closing quotes/brackets) followed by space and a capital,
digit, opening quote or bracket; not after initials (single capitals, U.S., H.W.) or common abbreviations."""
import re
ABBR = {"St.", "Jan.", "Feb.", "Mar.", "Apr.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.", "Dr.", "Mr.",
        "Mrs.", "Gen.", "Sec.", "No.", "Lt.", "Col.", "Capt.", "Sen.", "Rep.", "Gov.", "Jr.", "Sr.", "vs.", "i.e.", "e.g."}
END = re.compile(r'[.!?][”"’)\]]*(?=\s+[“"‘(\[A-Z0-9])')
def is_abbr(tok):
    tok = re.split(r'[/\-–—]', tok)[-1].lstrip('(“"‘[')
    if tok in ABBR:
        return True
    return bool(re.fullmatch(r'(?:[A-Z]\.)+', tok))   # initials, U.S., H.W., D.C.
def split_line(line):
    out, start = [], 0
    for m in END.finditer(line):
        if line[m.start()] == '.':
            tok = line[:m.start() + 1].split()[-1] if line[:m.start() + 1].split() else ''
            if is_abbr(tok):
                continue
        s = line[start:m.end()].strip()
        if s:
            out.append(s)
        start = m.end()
    s = line[start:].strip()
    if s:
        out.append(s)
    return out
def sentences(text):
    res = []
    for line in text.split('\n'):
        if line.strip():
            res.extend(split_line(line.strip()))
    return res
