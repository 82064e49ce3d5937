"""Sentence splitter: paragraphs (lines) first, then sentence ends not preceded by an abbreviation."""
import re
ABBR = {"U.S.", "U.K.", "U.N.", "U.S.S.", "U.S.S.R.", "St.", "Mr.", "Mrs.", "Dr.", "Jr.", "Sr.", "Gen.", "Lt.",
        "Col.", "Capt.", "No.", "Vol.", "D.C.", "vs.", "Ft.", "Mt.", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.",
        "Nov.", "Dec.", "H.W.", "W.", "M.", "A.", "B.", "D.", "E.", "F.", "G.", "H.", "J.", "K.", "L.", "N.",
        "P.", "R.", "S.", "T.", "V.", "Y.", "Z.x", "J.M.W.", "ca.", "c."}
END = re.compile(r'([.!?])(["”’)]?)(\s+)(?=["“‘(]?[A-Z0-9])')

def sentences(text):
    out = []
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        start = 0
        for m in END.finditer(line):
            # word before the punctuation
            pre = line[start:m.start() + 1].split()
            last = pre[-1] if pre else ""
            last = last.lstrip("(“\"‘")
            if last in ABBR:
                continue
            out.append(line[start:m.end(2)].strip())
            start = m.end()
        rest = line[start:].strip()
        if rest:
            out.append(rest)
    return out
