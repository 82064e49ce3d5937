"""Check the gold files against the documents.

- schema and key order as in the format references; title section first; captions last in their section;
  sidebar (label null) last; 500-900 gold paragraph words; no note marks in the gold;
- each .txt equals a fresh `pdftotext -raw`;
- every word of every gold paragraph, title, label, caption text, credit and position occurs in the
  document text (PDF: the .txt; DOCX: w:t text of document.xml; HTML: text outside head/script/style);
  line-end hyphens are tried both joined and kept;
- paragraphs that are not verbatim in the text (after joining hyphens) are listed as notes.
"""
import html.parser
import json
import os
import re
import subprocess
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
DOCS = ['cleopatras_needle_1878', 'caxton_press_1476', 'birr_leviathan_1845', 'wimbledon_championship_1877',
        'lindisfarne_gospels_715', 'sloane_museum_1753']
errors, notes = [], []


def words(s):
    return [w for w in re.findall(r"[\w’'.-]+", s.lower().replace('’', "'")) if re.search(r'\w', w)]


def norm_word(w):
    return w.strip(".-'")


class Text(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.skip = 0
        self.out = []

    def handle_starttag(self, tag, attrs):
        if tag in ('head', 'script', 'style'):
            self.skip += 1
        if tag in ('p', 'div', 'li', 'h1', 'h2', 'h3', 'br', 'section', 'figure', 'nav'):
            self.out.append('\n')

    def handle_endtag(self, tag):
        if tag in ('head', 'script', 'style'):
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def doc_text(name):
    pdf = os.path.join(OUT, name + '.pdf')
    if os.path.exists(pdf):
        fresh = subprocess.run(['pdftotext', '-raw', pdf, '-'], capture_output=True, text=True).stdout
        saved = open(os.path.join(OUT, name + '.txt'), encoding='utf-8').read()
        if fresh != saved:
            errors.append(f'{name}: .txt differs from a fresh pdftotext -raw')
        return saved
    docx = os.path.join(OUT, name + '.docx')
    if os.path.exists(docx):
        x = zipfile.ZipFile(docx).read('word/document.xml').decode('utf-8')
        paras = re.findall(r'<w:p[ >].*?</w:p>', x, flags=re.S)
        return '\n'.join(''.join(re.findall(r'<w:t[^>]*>([^<]*)</w:t>', p)) for p in paras)
    p = Text()
    p.feed(open(os.path.join(OUT, name + '.html'), encoding='utf-8').read())
    for src in re.findall(r'<img[^>]+src="([^"]+)"', open(os.path.join(OUT, name + '.html'), encoding='utf-8').read()):
        if not os.path.exists(os.path.join(OUT, src)):
            errors.append(f'{name}: missing image {src}')
    return html.unescape(''.join(p.out))


def variants(text):
    """Word sets of the text with line-end hyphens joined and kept."""
    t = re.sub(r'[*†‡¹²³]', '', text.replace('\u00ad', ''))  # note marks glued to words
    joined = re.sub(r'(\w)-\n(\w)', r'\1\2', t)
    joined = re.sub(r'(\w)-(?=[a-z])', lambda m: m.group(0), joined)
    # inside DOCX paragraphs pdf2docx keeps the printed line-end hyphen with no newline ("mon-astery")
    return joined, t


for name in DOCS:
    gold = json.load(open(os.path.join(OUT, name + '.json'), encoding='utf-8'))
    if list(gold) != ['title', 'running', 'sections']:
        errors.append(f'{name}: top-level keys {list(gold)}')
    secs = gold['sections']
    if secs[0]['label'] is not None or secs[0]['title'] != gold['title'] or len(secs[0]['blocks']) != 1:
        errors.append(f'{name}: title section')
    if secs[-1]['label'] is not None:
        errors.append(f'{name}: sidebar not last')
    n = 0
    for s in secs:
        if list(s) != ['label', 'title', 'blocks']:
            errors.append(f'{name}: section keys {list(s)}')
        seen_cap = False
        for b in s['blocks']:
            if b['kind'] == 'paragraph':
                if list(b) != ['kind', 'text']:
                    errors.append(f'{name}: paragraph keys')
                if seen_cap:
                    errors.append(f'{name}: paragraph after caption in {s["title"]}')
                if re.search(r'[*†‡¹²³]', b['text']):
                    errors.append(f'{name}: note mark in gold')
                n += len(b['text'].split())
            elif b['kind'] == 'caption':
                seen_cap = True
                if list(b) != ['kind', 'text', 'position', 'credit']:
                    errors.append(f'{name}: caption keys')
                if b['position'] and b['position'].endswith(':'):
                    errors.append(f'{name}: position with colon')
    if not 500 <= n <= 900:
        errors.append(f'{name}: {n} gold paragraph words')
    text = doc_text(name)
    joined, kept = variants(text)
    flat = re.sub(r'\s+', ' ', joined)
    vocab = set(norm_word(w) for w in words(joined)) | set(norm_word(w) for w in words(kept))
    # words split by a kept hyphen inside a DOCX paragraph: add both halves joined
    for a, b in re.findall(r'(\w+)-(\w+)', joined):
        vocab.add((a + b).lower())
    for a, b in re.findall(r'(\w+)-\s*\n\s*(\w+)', kept):
        vocab.add((a + b).lower())
    vocab |= set(norm_word(p) for w in words(joined) for p in w.split('-'))

    def check(s, where):
        for w in words(s):
            w = norm_word(w)
            if w and w not in vocab:
                errors.append(f'{name}: word "{w}" of {where} not in the document text')

    check(gold['title'], 'title')
    for s in secs:
        check(s['title'], 'section title')
        if s['label']:
            check(s['label'], 'label')
        for b in s['blocks']:
            check(b['text'], s['title'])
            if b['kind'] == 'caption':
                check(b['credit'] or '', 'credit')
                check(b['position'] or '', 'position')
            if b['kind'] == 'paragraph':
                flat2 = re.sub(r'(\w)- ?(?=[a-z])', r'\1', flat)  # kept hyphens joined too
                t2 = re.sub(r'(\w)-(?=[a-z])', r'\1', b['text'])
                if b['text'] not in flat and t2 not in flat2:
                    notes.append(f'{name}: paragraph not verbatim: "{b["text"][:60]}…"')
    for r in gold['running']:
        for w in words(r):
            if norm_word(w) not in vocab:
                notes.append(f'{name}: running "{r}" word {w} not found')
    print(f'{name}: {n} gold paragraph words, {len(secs)} sections')

print(f'{len(errors)} errors')
for e in errors:
    print('ERROR', e)
for x in notes:
    print('note', x)
sys.exit(1 if errors else 0)
