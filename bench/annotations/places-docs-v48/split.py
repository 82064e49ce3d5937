"""Sentence splitter: lines first, then . ! ? (+closing quotes/brackets) + whitespace + capital/digit/quote/bracket,
not after a single capital letter or a listed abbreviation."""
import re
ABBR = {"U.S.", "U.N.", "U.K.", "St.", "Jan.", "Feb.", "Oct.", "Nov.", "Dec.", "Aug.", "Sept.", "Mt.", "Dr.", "Gen.",
        "Mr.", "Mrs.", "No.", "Lt.", "Col.", "Capt.", "Gov.", "Sen.", "U.S.S.R.", "Jr.", "Sr."}
END = re.compile(r'[.!?][”’"\')\]]*(?=\s+[A-Z0-9“"‘(\[À-Þ])')

def split_line(line):
    out, start = [], 0
    for m in END.finditer(line):
        tok = re.search(r'[\w.]*$', line[:m.start() + 1]).group(0)
        if tok in ABBR or re.fullmatch(r'[A-Z]\.', tok) or re.fullmatch(r'(?:[A-Z]\.)+', tok) and tok not in ("I.",):
            continue
        out.append(line[start:m.end()].strip())
        start = m.end()
    rest = line[start:].strip()
    if rest:
        out.append(rest)
    return out

def sentences(text):
    res = []
    for line in text.split('\n'):
        line = line.strip()
        if line:
            res.extend(split_line(line))
    return res
