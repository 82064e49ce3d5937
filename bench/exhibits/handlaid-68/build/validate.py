"""Checks of set 68: gold JSON == content.py output; structure; word counts; .txt == fresh pdftotext -raw;
every gold string's words found contiguously in the document text (NOTE when only in pieces, ERROR when missing)."""
import json, os, re, subprocess, sys, zipfile, html
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from content import gold, words
from texts import DOCS

errors, notes, lines = [], [], []

def norm_words(s):
    s = s.lower().replace('’', '').replace("'", '').replace('‘', '')
    s = re.sub(r'(?<=\w)-(?=\w)', '', s)
    s = re.sub(r'[^\w]+', ' ', s)
    return s.split()

def pdf_text(path):
    t = open(path, encoding='utf-8').read()
    t = re.sub(r'-\n(?=[a-z])', '', t)          # line-end hyphens before a lower-case letter
    return t

def docx_text(path):
    z = zipfile.ZipFile(path)
    out = []
    for n in ['word/document.xml'] + sorted(x for x in z.namelist() if re.match(r'word/footer\d+\.xml', x)):
        x = z.read(n).decode('utf-8')
        x = re.sub(r'<w:instrText[^>]*>.*?</w:instrText>', ' ', x)
        x = re.sub(r'</w:p>', '\n', x)
        out.append(html.unescape(re.sub(r'<[^>]+>', '', x)))
    return '\n'.join(out)

def html_text(path):
    x = open(path, encoding='utf-8').read()
    x = re.sub(r'(?s)<(head|script|style|template|svg|sup)\b.*?</\1>', ' ', x)
    x = re.sub(r'<br\s*/?>', ' ', x)
    return html.unescape(re.sub(r'<[^>]+>', ' ', x))

def find(hay, needle):
    n = len(needle)
    for i in range(len(hay) - n + 1):
        if hay[i:i + n] == needle:
            return True
    return False

def pieces(hay, needle):
    """greedy cover of needle by the longest runs found anywhere; returns (count, in_order)"""
    i, cnt, pos, order = 0, 0, [], True
    while i < len(needle):
        best, bpos = 0, -1
        for j in range(len(hay)):
            k = 0
            while i + k < len(needle) and j + k < len(hay) and hay[j + k] == needle[i + k]:
                k += 1
            if k > best:
                best, bpos = k, j
        if best == 0:
            return None, False
        if pos and bpos < pos[-1]:
            order = False
        pos.append(bpos); cnt += 1; i += best
    return cnt, order

for name, d in DOCS.items():
    g = gold(name, d)
    jpath = os.path.join(OUT, name + '.json')
    if json.load(open(jpath)) != g:
        errors.append('%s: JSON differs from content.py' % name)
    secs = g['sections']
    if secs[0]['label'] is not None or secs[0]['title'] != g['title']:
        errors.append('%s: title section not first' % name)
    if secs[-1]['label'] is not None:
        errors.append('%s: sidebar not last' % name)
    for s in secs:
        kinds = [b['kind'] for b in s['blocks']]
        if 'caption' in kinds and kinds.index('caption') != len(kinds) - 1:
            errors.append('%s: caption not last in %s' % (name, s['title']))
    wc = words(g)
    if not 500 <= wc <= 900:
        errors.append('%s: %d paragraph words' % (name, wc))
    kind = d['kind']
    if kind == 'pdf':
        pdf = os.path.join(OUT, name + '.pdf')
        fresh = subprocess.run(['pdftotext', '-raw', pdf, '-'], capture_output=True, text=True).stdout
        if fresh != open(os.path.join(OUT, name + '.txt'), encoding='utf-8').read():
            errors.append('%s: .txt is not a fresh pdftotext -raw' % name)
        text = pdf_text(os.path.join(OUT, name + '.txt'))
    elif kind == 'docx':
        text = docx_text(os.path.join(OUT, name + '.docx'))
    else:
        text = html_text(os.path.join(OUT, name + '.html'))
    hay = norm_words(text)
    strings = [('title', g['title'])] + [('running', r) for r in g['running']]
    for s in secs:
        if s['label']:
            strings.append(('label', s['label']))
        strings.append(('section title', s['title']))
        for b in s['blocks']:
            strings.append((b['kind'], b['text']))
            if b['kind'] == 'caption':
                if b['position']:
                    strings.append(('position', b['position']))
                strings.append(('credit', b['credit']))
    found = 0
    for what, sv in strings:
        nw = norm_words(sv)
        if find(hay, nw):
            found += 1
            continue
        cnt, order = pieces(hay, nw)
        if cnt is None:
            errors.append('%s: %s not found: %s' % (name, what, sv[:70]))
        else:
            notes.append('%s: %s in %d pieces%s: %s' % (name, what, cnt, '' if order else ' (NOT in text order)', sv[:60]))
    lines.append('%s: %d paragraph words, %d/%d strings contiguous' % (name, wc, found, len(strings)))

rep = '\n'.join(lines + ['', 'ERRORS (%d):' % len(errors)] + errors + ['', 'NOTES (%d):' % len(notes)] + notes) + '\n'
open(os.path.join(HERE, 'validation_report.txt'), 'w').write(rep)
print(rep)
sys.exit(1 if errors else 0)
