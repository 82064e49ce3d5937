"""Sentence splitter: lines first, then . ! ? (plus closing quotes/brackets) + whitespace + capital/digit/opening quote/bracket."""
import re
ABBR = {'U.S.', 'Jan.', 'Feb.', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.', 'St.', 'No.', 'Mr.', 'Mrs.', 'Dr.', 'Gen.',
        'Col.', 'Lt.', 'Capt.', 'Rev.', 'U.S.S.', 'H.W.', 'vs.', 'e.g.', 'i.e.', 'Co.', 'Jr.', 'Sr.'}
END = re.compile(r'[.!?][\"”’\')\]]*(?=\s+[\"“‘(\[A-Z0-9ÀÁÂÉÍÓÚÜÅÖÄ])')

def sentences(text):
    out = []
    pos = 0
    for line in text.split('\n'):
        start = 0
        if line.strip():
            for m in END.finditer(line):
                # token before the punctuation
                tok = line[:m.start() + 1].split()[-1] if line[:m.start() + 1].split() else ''
                tok = tok.lstrip('(“"‘')
                if tok in ABBR:
                    continue
                if re.fullmatch(r'[A-Z]\.', tok):
                    continue
                s = line[start:m.end()].strip()
                if s:
                    out.append(s)
                start = m.end()
            s = line[start:].strip()
            if s:
                out.append(s)
    return out
