"""Check every gold string (title, running, labels, section titles, paragraphs, captions, credits,
positions) against the document text. PDFs: NAME.txt (pdftotext -raw); running-header/footer lines
are removed before matching paragraphs, line-end hyphens between letters may be dropped, and a line
break may follow a real hyphen. Markdown: front matter kept for the title, emphasis markers removed."""
import json, re, sys, os
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
def pattern(s):
    out = []
    for i, ch in enumerate(s):
        if ch.isspace():
            if out and out[-1] != r'\s+': out.append(r'\s+')
            continue
        out.append(re.escape(ch))
        if ch == '-': out.append(r'\s*')
        elif ch.isalpha() and i + 1 < len(s) and s[i + 1].isalpha(): out.append(r'(?:-\n)?')
    return ''.join(out)
ok = True
for name, ext in [('chappe_telegraph', 'pdf'), ('lewis_chessmen', 'pdf'), ('great_stink_sewers', 'pdf'), ('mary_rose', 'md')]:
    g = json.load(open(f'{D}/{name}.json'))
    if ext == 'pdf':
        raw = open(f'{D}/{name}.txt').read()
        run = set(g['running'])
        lines = [l for l in raw.split('\n') if l.strip() not in run and not re.fullmatch(r'(%s) \d+' % '|'.join(map(re.escape, run)) if run else 'x^', l.strip())]
        text = '\n'.join(lines)
        full = raw
    else:
        raw = open(f'{D}/{name}.md').read()
        text = re.sub(r'\*', '', raw); full = raw
    items = [('title', g['title'], full)] + [('running', r, full) for r in g['running']]
    words_missing = []
    for s in g['sections']:
        if s['label']: items.append(('label', s['label'], text))
        items.append(('section title', s['title'], text))
        for b in s['blocks']:
            items.append((b['kind'], b['text'], text))
            if b['kind'] == 'caption':
                if b['credit']: items.append(('credit', b['credit'], text))
                if b['position']: items.append(('position', b['position'] + ':', text))
            if b['kind'] == 'paragraph':
                joined = re.sub(r'(?<=[a-z])-\n(?=[a-z])', '', text)
                toks = set(re.findall(r"[\w’'-]+", joined))
                words_missing += [w for w in re.findall(r"[\w’'-]+", b['text']) if w not in toks]
    nbody = sum(len(b['text'].split()) for s in g['sections'] for b in s['blocks'] if b['kind'] == 'paragraph')
    bad = [(k, v) for k, v, t in items if not re.search(pattern(v), t)]
    print(f'{name}: {len(items)} strings checked, {len(bad)} not found; paragraph words missing: {len(words_missing)}; body words {nbody}; captions {sum(b["kind"]=="caption" for s in g["sections"] for b in s["blocks"])}')
    for k, v in bad: print('   MISSING', k, '|', v[:90]); ok = False
    if words_missing: print('   words:', words_missing[:20]); ok = False
print('ALL OK' if ok else 'PROBLEMS')
