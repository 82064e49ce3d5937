"""Helper: find the full sentence of a document that contains a snippet (used to copy citations exactly)."""
import re

ABBR = {"u.s", "h.w", "h", "jan", "feb", "aug", "sept", "oct", "nov", "dec", "lt", "gen", "dr", "mr", "mrs",
        "st", "sec", "blvd", "u.n", "u.s.s.r", "no", "vs", "etc"}

def boundaries(text):
    """Yield end offsets of sentences (exclusive)."""
    for m in re.finditer(r'[.!?][”"’)]*(?=\s+[“"(A-Z0-9])|\n', text):
        if m.group().startswith('\n'):
            yield m.start()
            continue
        # word before the period
        pre = re.search(r'([A-Za-z.]+)$', text[:m.start()])
        w = pre.group(1).lower() if pre else ''
        if len(w.replace('.', '')) == 1 or w in ABBR:
            continue
        yield m.end()

def sentence_of(text, snippet):
    i = text.find(snippet)
    assert i >= 0, snippet
    assert text.find(snippet, i + 1) < 0, 'snippet not unique: ' + snippet
    start = 0
    for b in boundaries(text):
        if b <= i:
            start = b
        else:
            end = b
            if b >= i + len(snippet):
                break
    else:
        end = len(text)
    return text[start:end].strip()
