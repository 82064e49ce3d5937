"""Sentence splitter: lines first, then . ! ? (+closing quotes/brackets) + whitespace + capital/digit/quote/bracket."""
import re
ABBR = {"U.S", "U.N", "Jan", "Feb", "Mar", "Apr", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "St", "No", "Mr", "Mrs",
        "Dr", "Gen", "Lt", "Col", "Capt", "Gov", "Sen", "Rep", "Ft", "Mt", "Jr", "Sr", "vs", "U.K", "D.C", "Pres", "Adm",
        "Maj", "Rev", "Co", "Corp", "Inc", "Bros", "cf", "e.g", "i.e", "S.S", "H.M.S", "Ltd", "ca", "c", "approx"}
END = re.compile(r'[.!?][\"\'”’)\]]*\s+(?=[A-Z0-9“"‘\'(\[À-ÖØ-Þ])')

def sentences(text):
    out = []
    for line in text.split("\n"):
        if not line.strip():
            continue
        start = 0
        for m in END.finditer(line):
            end = m.start()
            pre = line[start:end + 1]
            # word before the period
            w = re.search(r'(\S+)[.!?]$', line[start:end + 1])
            tok = w.group(1) if w else ""
            tok = tok.lstrip("(“\"'‘")
            if line[end] == "." and (tok in ABBR or re.fullmatch(r'[A-Z]', tok) or re.fullmatch(r'(?:[A-Z]\.)+[A-Z]', tok)):
                continue
            s = line[start:m.end()].strip()
            if s:
                out.append(s)
            start = m.end()
        s = line[start:].strip()
        if s:
            out.append(s)
    return out
