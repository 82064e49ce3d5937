"""Sentence splitter: lines first, then split at . ! ? (plus closing quotes/brackets) followed by
whitespace and a capital, digit, opening quote or bracket; not after a single capital letter or an abbreviation, except 'War I.'."""
import re
ABBR = {"U.S.", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "St.", "Dr.", "No.", "Mr.", "Mrs.", "Gen.",
        "Col.", "Capt.", "Lt.", "Mt.", "Ft.", "U.N.", "U.K.", "D.C.", "i.e.", "e.g.", "Co.", "vs.", "Rev.", "Sgt."}
END = re.compile(r'([.!?]+["”’)\]]*)(\s+)(?=[A-Z0-9“"(\[‘ÁÉÍÓÚÅÄÖ])')

def split_line(line):
    out, start = [], 0
    for m in END.finditer(line):
        pre = line[start:m.end(1)]
        last = pre.split()[-1] if pre.split() else ""
        core = last.rstrip('"”’)]')
        if core == "I." and pre.rstrip().endswith("War I."):
            pass  # "World War I." ends a sentence
        elif core in ABBR or re.fullmatch(r'(?:[A-Z]\.)+', core.lstrip('(“"')) or re.search(r'\b[A-Z]\.$', core):
            continue
        out.append(line[start:m.end(1)].strip())
        start = m.end(2)
    if line[start:].strip():
        out.append(line[start:].strip())
    return out

def sentences(text):
    res = []
    for line in text.split("\n"):
        if line.strip():
            res.extend(split_line(line.strip()))
    return res
