"""Sentence splitter: lines first, then . ! ? (+ closing quotes/brackets) + whitespace + capital/digit/quote/bracket."""
import re
ABBR = {"U.S.", "U.N.", "Jan.", "Feb.", "Mar.", "Apr.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.", "Jr.", "Sr.",
        "St.", "Dr.", "Mr.", "Mrs.", "Gen.", "Lt.", "Col.", "Capt.", "No.", "v.", "vs.", "e.g.", "i.e.", "H.W.", "Ft.", "Mt."}
END = re.compile(r'[.!?][\"”’)\]]*(?=\s+[\"“‘(\[A-Z0-9ÀÉÖŞ])')

def sentences(text):
    out = []
    for line in text.split("\n"):
        if not line.strip():
            continue
        start = 0
        for m in END.finditer(line):
            end = m.end()
            # word before the punctuation
            seg = line[start:m.start() + 1]
            last = seg.split()[-1] if seg.split() else ""
            if seg.endswith("War I."):
                pass
            elif last in ABBR or re.search(r"(?:^|[^A-Za-z])[A-Z]\.$", last) or re.fullmatch(r"(?:[A-Z]\.)+", last):
                continue
            s = line[start:end].strip()
            if s:
                out.append(s)
            start = end
        s = line[start:].strip()
        if s:
            out.append(s)
    return out
