# Checks the set: gold JSON = content.py, structure, word counts, .txt = fresh pdftotext -raw,
# and that every gold string occurs contiguously in the document text.
import json, os, re, sys, subprocess, zipfile, html.parser, unicodedata
B = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(B)
sys.path.insert(0, B)
from content import gold
from texts import EX
errors, notes = [], []

def norm(s):
    s = unicodedata.normalize('NFKC', s).lower().replace('’', "'").replace('‘', "'")
    s = re.sub(r"(?<=\w)['\-](?=\w)", '', s)
    s = re.sub(r"[^\w]+", ' ', s)
    return s.split()

def pdf_text(n):
    t = open(os.path.join(OUT, n + '.txt'), encoding='utf-8').read()
    return re.sub(r'-\n(?=[a-z])', '', t)

def docx_text(n):
    z = zipfile.ZipFile(os.path.join(OUT, n + '.docx'))
    out = []
    for part in ['word/document.xml'] + [p for p in z.namelist() if re.match(r'word/footer\d*\.xml', p)]:
        x = z.read(part).decode('utf-8')
        x = re.sub(r'<w:instrText[^>]*>.*?</w:instrText>', '', x)
        x = re.sub(r'<w:(br|tab)/>', ' ', x)
        x = re.sub(r'</w:p>', ' ', x)
        out.append(re.sub(r'<[^>]+>', '', x))
    return html.unescape(' '.join(out)) if hasattr(html, 'unescape') else ' '.join(out)

class HP(html.parser.HTMLParser):
    SKIP = {'head', 'script', 'style', 'template', 'svg', 'sup'}
    def __init__(self):
        super().__init__(); self.depth = 0; self.out = []
    def handle_starttag(self, tag, a):
        if tag in self.SKIP: self.depth += 1
        self.out.append(' ')
    def handle_endtag(self, tag):
        if tag in self.SKIP: self.depth -= 1
        self.out.append(' ')
    def handle_data(self, d):
        if self.depth == 0: self.out.append(d)

def html_text(n):
    p = HP(); p.feed(open(os.path.join(OUT, n + '.html'), encoding='utf-8').read()); return ''.join(p.out)

import html as _h
html.unescape = _h.unescape

def check(n, kind):
    g = gold(n)
    on_disk = json.load(open(os.path.join(OUT, n + '.json'), encoding='utf-8'))
    if on_disk != g: errors.append(f'{n}: JSON differs from content.py')
    S = g['sections']
    if S[0]['label'] is not None or S[0]['title'] != g['title']: errors.append(f'{n}: title section')
    if S[-1]['label'] is not None: errors.append(f'{n}: sidebar not last')
    for s in S:
        kinds = [b['kind'] for b in s['blocks']]
        if 'caption' in kinds and kinds.index('caption') != len(kinds) - 1: errors.append(f'{n}: caption not last in {s["title"]}')
    wc = sum(len(b['text'].split()) for s in S for b in s['blocks'] if b['kind'] == 'paragraph')
    if not 500 <= wc <= 900: errors.append(f'{n}: {wc} paragraph words')
    if kind == 'pdf':
        fresh = subprocess.run(['pdftotext', '-raw', os.path.join(OUT, n + '.pdf'), '-'], capture_output=True, text=True).stdout
        if fresh != open(os.path.join(OUT, n + '.txt'), encoding='utf-8').read(): errors.append(f'{n}: .txt is stale')
        text = pdf_text(n)
    elif kind == 'docx':
        text = docx_text(n)
    else:
        text = html_text(n)
    D = norm(text); Ds = ' ' + ' '.join(D) + ' '
    strings = [('title', g['title'])] + [('running', r) for r in g['running']]
    for s in S:
        if s['label']: strings.append(('label', s['label']))
        strings.append(('section title', s['title']))
        for b in s['blocks']:
            strings.append((b['kind'], b['text']))
            if b['kind'] == 'caption':
                if b['position']: strings.append(('position', b['position']))
                strings.append(('credit', b['credit']))
    for what, st in strings:
        w = norm(st)
        if ' ' + ' '.join(w) + ' ' in Ds:
            continue
        # in order but interrupted?
        pos, ok = 0, True
        for t in w:
            try: pos = D.index(t, pos) + 1
            except ValueError: ok = False; break
        if not ok:   # a note mark glued to its word ("journal2")
            D2 = [re.sub(r'(?<=[a-z])\d+$', '', t) for t in D]
            if ' ' + ' '.join(w) + ' ' in ' ' + ' '.join(D2) + ' ':
                notes.append(f'{n}: {what} found with a note mark glued to a word: {st[:60]}…'); continue
            pos, ok = 0, True
            for t in w:
                try: pos = D2.index(t, pos) + 1
                except ValueError: ok = False; break
        if ok: notes.append(f'{n}: {what} found only in pieces (in text order): {st[:60]}…')
        elif all(t in D for t in w): notes.append(f'{n}: {what} found only in pieces (NOT in text order): {st[:60]}…')
        else: errors.append(f'{n}: {what} missing words: {st[:60]}… {[t for t in w if t not in D][:5]}')
    return wc

if __name__ == '__main__':
    rep = []
    for n, kind in [('sax_saxophone_1846', 'pdf'), ('cristofori_piano_1700', 'pdf'), ('fisk_jubilee_singers_1871', 'pdf'),
                    ('berliner_gramophone_1887', 'pdf'), ('silent_night_1818', 'docx'), ('theremin_1920', 'html')]:
        rep.append(f'{n}: {check(n, kind)} paragraph words')
    rep += ['ERROR ' + e for e in errors] + ['NOTE ' + x for x in notes]
    rep.append(f'{len(errors)} errors, {len(notes)} notes')
    open(os.path.join(B, 'validation_report.txt'), 'w').write('\n'.join(rep) + '\n')
    print('\n'.join(rep))
    sys.exit(1 if errors else 0)
