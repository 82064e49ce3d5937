"""Sentence splitter: lines first, then . ! ? (+ closing quotes/brackets) followed by whitespace and a
capital, digit, opening quote or bracket; not after a single capital letter or listed abbreviations."""
import re
ABBR = {"U.S.", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "St.", "No.", "Mr.", "Dr.", "Gen.",
        "Lt.", "Col.", "Capt.", "U.N.", "J.P.", "H.W.", "F.W.", "P.W.", "U.S.S.", "Mt."}
END = re.compile(r"[.!?][\"”’)\]]*(?=\s+[\"“‘(\[A-Z0-9À-Ý])")

def split_line(line):
    out, start = [], 0
    for m in END.finditer(line):
        end = m.end()
        seg = line[start:end]
        mtok = re.search(r"(\S+)$", line[:m.start() + 1])
        tok = mtok.group(1) if mtok else ""
        tok = re.split(r"[/(“\"‘]", tok)[-1]
        if m.group(0) == "." or m.group(0)[0] == ".":
            if re.fullmatch(r"[A-Z]\.", tok) or tok in ABBR:
                continue
        s = seg.strip()
        if s:
            out.append(s)
        start = end
    s = line[start:].strip()
    if s:
        out.append(s)
    return out

def sentences(text):
    res = []
    for line in text.split("\n"):
        if line.strip():
            res.extend(split_line(line))
    return res
