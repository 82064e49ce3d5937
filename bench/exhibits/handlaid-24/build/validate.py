"""Checks every gold string against the document text (PDF: the .txt, line-end hyphens also joined;
DOCX: w:t/w:br text of document.xml by paragraph; HTML: visible text)."""
import json, re, subprocess, sys, unicodedata, zipfile, html as H
from html.parser import HTMLParser
OUT = '..'
DOCS = ['lusitania_1915', 'jenner_vaccine_1796', 'marconi_signal_1901', 'everest_ascent_1953',
        'mallard_record_1938', 'domesday_book_1086']
norm = lambda s: re.sub(r'\s+', ' ', unicodedata.normalize('NFKC', s)).strip()


class Vis(HTMLParser):
    def __init__(self): super().__init__(); self.t = []; self.skip = 0; self.srcs = []
    def handle_starttag(self, tag, a):
        if tag in ('script', 'style', 'head'): self.skip += 1
        if tag == 'img': self.srcs.append(dict(a)['src'])
        if tag in ('p', 'h1', 'h2', 'h3', 'li', 'figcaption', 'br', 'section', 'aside'): self.t.append('\n')
    def handle_endtag(self, tag):
        if tag in ('script', 'style', 'head'): self.skip -= 1
    def handle_data(self, d):
        if not self.skip: self.t.append(d)


def doc_text(n):
    import os
    if os.path.exists(f'{OUT}/{n}.pdf'):
        fresh = subprocess.run(['pdftotext', '-raw', f'{OUT}/{n}.pdf', '-'], capture_output=True, text=True).stdout
        assert fresh == open(f'{OUT}/{n}.txt').read(), n + ': .txt differs from a fresh pdftotext -raw'
        return [re.sub(r'(\w)-\n(\w)', r'\1\2', fresh), fresh]
    if os.path.exists(f'{OUT}/{n}.docx'):
        z = zipfile.ZipFile(f'{OUT}/{n}.docx')
        x = ''.join(z.read(p).decode() for p in ['word/document.xml'] + sorted(
            q for q in z.namelist() if re.match(r'word/(header|footer)\d*\.xml', q)))
        paras = []
        for p in re.findall(r'<w:p[ >].*?</w:p>', x, re.S):
            paras.append(''.join(H.unescape(m) if not m.startswith('<w:br') else ' '
                                 for m in re.findall(r'<w:br[^>]*>|(?<=>)[^<]*(?=</w:t>)', p)))
        return ['\n'.join(paras)]
    v = Vis(); v.feed(open(f'{OUT}/{n}.html').read())
    import os.path
    for s in v.srcs: assert os.path.exists(f'{OUT}/{s}'), s
    return [''.join(v.t)]


def check(n):
    g = json.load(open(f'{OUT}/{n}.json')); texts = [norm(t) for t in doc_text(n)]
    errs, notv = [], []
    strings = [g['title']] + g['running']
    for s in g['sections']:
        strings += [s['title']] + ([s['label']] if s['label'] else [])
        for b in s['blocks']:
            strings.append(b['text'])
            if b['kind'] == 'caption':
                strings.append(b['credit'])
                if b['position']: strings.append(b['position'] + ':')
    for st in strings:
        st = norm(st)
        if any(st in t for t in texts): continue
        al = lambda u: re.sub(r'\s+', ' ', re.sub(r'[^\w ]', ' ', u))
        ws = al(st).split(); ok = False
        for t in map(al, texts):
            pos, gap, good = 0, 0, True
            for w in ws:
                k = t.find(w, pos)
                if k < 0: good = False; break
                gap = max(gap, k - pos) if pos else 0; pos = k + len(w)
            if good: ok = True; notv.append((st[:50], gap)); break
        if not ok: errs.append(st[:70])
    assert g['sections'][0]['label'] is None and g['sections'][-1]['label'] is None
    for s in g['sections']:
        for b in s['blocks'][:-1]: assert b['kind'] == 'paragraph'
    words = sum(len(b['text'].split()) for s in g['sections'] for b in s['blocks'])
    print(f'{n}: {words} words, {len(errs)} errors')
    for e in errs: print('   NOT FOUND:', e)
    for s, gap in notv: print(f'   not verbatim (words in order, largest gap {gap} chars): {s}…')
    return len(errs)


if __name__ == '__main__':
    sys.exit(1 if sum(check(n) for n in DOCS) else 0)
