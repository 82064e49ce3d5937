#!/usr/bin/env python3
"""Checks the set: gold JSON == texts.mjs, 500-900 paragraph words, .txt == fresh pdftotext -raw,
and every gold string's words occur contiguously in the document text (NOTE if only in order, in pieces)."""
import json, re, subprocess, zipfile, html, sys, os
os.chdir(os.path.dirname(os.path.abspath(__file__)))
OUT = '..'
gold = json.load(open('texts.json'))
errors, notes, lines = [], [], []

def words(s):
    s = s.replace('\u2019', "'").replace('\u2018', "'").lower()
    s = s.replace("'", '')
    s = re.sub(r'(?<=\w)[-\u2010\u2011](?=\w)', '', s)
    return re.findall(r'[^\W_]+', s)

def find(hay, needle):
    n = len(needle)
    if n == 0: return 'ok'
    for i in range(len(hay) - n + 1):
        if hay[i:i + n] == needle: return 'ok'
    # in order, allowing a word split into pieces by furniture (drop capital, jump line, note)
    j, k = 0, 0
    while k < len(hay) and j < n:
        w, h = needle[j], hay[k]
        if h == w or (h.startswith(w) and h[len(w):].isdigit()): j += 1; k += 1; continue  # glued note mark
        if len(h) < len(w) and w.startswith(h):
            rest = w[len(h):]
            for m in range(k + 1, min(k + 200, len(hay))):
                if hay[m] == rest or (rest.startswith(hay[m]) and hay[m + 1:m + 2] and rest == hay[m] + hay[m + 1]):
                    j += 1; k = m + 1; break
            else: k += 1
            continue
        k += 1
    return 'note' if j == n else 'missing'

def doc_text(name):
    if os.path.exists(f'{OUT}/{name}.pdf'):
        t = open(f'{OUT}/{name}.txt', encoding='utf-8').read()
        fresh = subprocess.run(['pdftotext', '-raw', f'{OUT}/{name}.pdf', '-'], capture_output=True, text=True).stdout
        if fresh != t: errors.append(f'{name}: .txt differs from a fresh pdftotext -raw')
        return re.sub(r'-\n(?=[a-z])', '', t)
    if os.path.exists(f'{OUT}/{name}.docx'):
        x = zipfile.ZipFile(f'{OUT}/{name}.docx').read('word/document.xml').decode()
        paras = re.findall(r'(?s)<w:p>(.*?)</w:p>', x)
        return html.unescape('\n'.join(''.join(re.findall(r'(?s)<w:t(?: [^>]*)?>(.*?)</w:t>', p)) for p in paras))
    h = open(f'{OUT}/{name}.html', encoding='utf-8').read()
    h = re.sub(r'(?is)<(head|script|style|template|svg|noscript)\b.*?</\1>', ' ', h)
    return html.unescape(re.sub(r'<[^>]+>', ' ', h))

for name, g in gold.items():
    on_disk = json.load(open(f'{OUT}/{name}.json'))
    if on_disk != g: errors.append(f'{name}: JSON differs from texts.mjs')
    pw = sum(len(b['text'].split()) for s in g['sections'] for b in s['blocks'] if b['kind'] == 'paragraph')
    if not 500 <= pw <= 900: errors.append(f'{name}: {pw} paragraph words')
    hay = words(doc_text(name))
    checks = [('title', g['title'])] + [('running', r) for r in g['running']]
    for s in g['sections']:
        if s['label']: checks.append(('label', s['label']))
        checks.append(('section title', s['title']))
        for b in s['blocks']:
            checks.append((b['kind'], b['text']))
            if b['kind'] == 'caption':
                if b['position']: checks.append(('position', b['position']))
                if b['credit']: checks.append(('credit', b['credit']))
    for kind, text in checks:
        r = find(hay, words(text))
        if r == 'missing': errors.append(f'{name}: {kind} missing: {text[:70]}')
        elif r == 'note': notes.append(f'{name}: {kind} only in order, in pieces: {text[:70]}')
    lines.append(f'{name}: {pw} paragraph words, {len(checks)} strings checked')

rep = '\n'.join(lines + [''] + ['ERROR ' + e for e in errors] + ['NOTE ' + n for n in notes] + ['', f'{len(errors)} errors, {len(notes)} notes'])
open('validation_report.txt', 'w').write(rep + '\n'); print(rep)
sys.exit(1 if errors else 0)
