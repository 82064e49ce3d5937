"""Sentence splitter: lines first, then . ! ? (plus closing quotes/brackets) + whitespace + capital/digit/quote/bracket."""
import re
ABBR = {"U.S.", "U.N.", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "St.", "No.", "Dr.", "Mr.", "Mrs.",
        "Lt.", "Gen.", "Jr.", "H.W.", "U.S.S.R.", "Col.", "Capt."}
END = re.compile(r'[.!?]["”’)\]]*(?=\s+["“‘(\[A-Z0-9ÉÈ])')

def sentences(text):
    out = []
    for line in text.split("\n"):
        if not line.strip():
            continue
        start = 0
        for m in END.finditer(line):
            cut = m.end()
            head = line[start:cut]
            last = head.split()[-1] if head.split() else ""
            tok = last.rstrip('"”’)]')
            if tok in ABBR or re.fullmatch(r"[A-Z]\.", tok) or re.search(r"(^|\s)[A-Z]\.$", head):
                if not (tok == "Jr." and False):
                    continue
            s = line[start:cut].strip()
            if s:
                out.append(s)
            start = cut
        s = line[start:].strip()
        if s:
            out.append(s)
    return out

def spans(text):
    """(sentence, offset) pairs."""
    res, pos = [], 0
    for s in sentences(text):
        i = text.index(s, pos)
        res.append((s, i))
        pos = i + len(s)
    return res
