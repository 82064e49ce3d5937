"""Sentence splitter and document loader for pairs_v24 (stdlib only)."""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
ESSAYS = os.path.join(HERE, '..', 'all_essays.json')
ABBREV = {'U.S', 'U.N', 'St', 'Mr', 'Mrs', 'Dr', 'Gen', 'Adm', 'Sen', 'Rep', 'Gov', 'Lt', 'Col', 'Jr', 'Sr', 'No', 'vs', 'etc',
          'U.S.S', 'Co', 'Inc', 'Mt', 'Ft', 'U.K', 'E.U', 'Sec'}
CLOSERS = '"\'”’)]'
END_RE = re.compile(r'[.!?][' + re.escape(CLOSERS) + r']*\s+(?=[A-Z0-9"“‘(\[$])')


def load_docs():
    docs = {k: v for k, v in json.load(open(ESSAYS, encoding='utf-8')).items() if not k.startswith('000_')}
    for fn in sorted(os.listdir(HERE)):
        if fn.startswith('panel-') and fn.endswith('.txt'):
            docs[fn[:-4]] = open(os.path.join(HERE, fn), encoding='utf-8').read()
    return docs


def _is_prose(line):
    s = line.rstrip().rstrip(CLOSERS)
    return s.endswith(('.', '!', '?')) or len(line.split()) >= 40


def sentences(text):
    out = []
    for line in text.split('\n'):
        line = line.strip()
        if not line or not _is_prose(line):
            continue
        start = 0
        for m in END_RE.finditer(line):
            before = line[start:m.start() + 1]
            word = re.search(r'(\S+)\.$', line[:m.start() + 1])
            tok = word.group(1) if word else ''
            tok = tok.lstrip('(“"‘')
            if tok in ABBREV or re.fullmatch(r'(?:[A-Z]\.)*[A-Z]', tok):
                continue  # abbreviation or initial, not a sentence end
            out.append(line[start:m.end()].strip())
            start = m.end()
        rest = line[start:].strip()
        if rest:
            out.append(rest)
    return out
