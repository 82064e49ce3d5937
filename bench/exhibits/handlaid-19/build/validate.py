# Checks the gold files of hand-laid set 19 against their documents. Writes validation_report.txt.
import json, os, re, sys, subprocess, unicodedata, zipfile
from html.parser import HTMLParser
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
POS = {None, 'Above', 'Below', 'Left', 'Right'}
HY = '\\-\u2010\u00ad'


def norm(s):
    return re.sub(r'\s+', ' ', unicodedata.normalize('NFKC', s)).strip()


class Vis(HTMLParser):
    SKIP = {'head', 'script', 'style', 'template', 'noscript'}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.out, self.details = [], [], []

    def handle_starttag(self, tag, a):
        a = dict(a)
        if tag in ('img', 'input', 'meta', 'link', 'br', 'hr', 'source'):
            if tag == 'img':
                self.imgs.append(a.get('src'))
            self.out.append('\n')
            return
        hidden = tag in self.SKIP or 'hidden' in a or (tag == 'dialog' and 'open' not in a)
        closed_details = tag == 'details' and 'open' not in a
        self.stack.append((tag, hidden, closed_details))
        self.out.append('\n')

    def handle_endtag(self, tag):
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                break
        self.out.append('\n')

    def handle_data(self, d):
        if any(h for _, h, _ in self.stack):
            return
        # inside a closed <details>, only the <summary> shows
        for i, (t, _, cd) in enumerate(self.stack):
            if cd and not any(t2 == 'summary' for t2, _, _ in self.stack[i + 1:]):
                return
        self.out.append(d)


def html_text(path):
    v = Vis(); v.imgs = []
    v.feed(open(path, encoding='utf-8').read())
    base = os.path.dirname(path)
    missing = [s for s in v.imgs if not os.path.exists(os.path.join(base, s))]
    return ''.join(v.out), missing


def docx_text(path):
    z = zipfile.ZipFile(path)
    parts = ['word/document.xml'] + sorted(n for n in z.namelist() if re.match(r'word/header\d*\.xml', n)) + \
        sorted(n for n in z.namelist() if re.match(r'word/footer\d*\.xml', n))
    lines = []
    for n in parts:
        x = z.read(n).decode('utf-8')
        # one line per w:p (textbox paragraphs nested in a run become their own lines)
        x = re.sub(r'<w:br/>', '\n', x); x = re.sub(r'<w:tab/>', '\t', x)
        x = re.sub(r'<w:p[ >]', '\n<w:p ', x); x = re.sub(r'</w:p>', '\n', x)
        x = re.sub(r'<w:instrText[^>]*>.*?</w:instrText>', '', x, flags=re.S)
        t = re.sub(r'<w:t(?: [^>]*)?>([^<]*)</w:t>', lambda m: '\x00' + m.group(1) + '\x01', x)
        t = re.sub(r'<[^>]+>', '', t)
        t = re.sub(r'[^\x00\x01\n\t]*?\x00([^\x01]*)\x01', r'\1', t)
        lines.append(re.sub(r'\n\s*\n+', '\n', t))
    import html as h
    return h.unescape('\n'.join(lines))


def variants(txt):
    a = norm(txt)
    b = norm(re.sub('[' + HY + r']\n', '', unicodedata.normalize('NFKC', txt)))
    c = norm(re.sub(r'\n', ' ', txt))
    return [a, b, c]


def tokens(s):
    s = re.sub(r'[\s' + HY + ']+', '', unicodedata.normalize('NFKC', s))
    return s


def words_in_order(needle, hay):
    # drop white space and hyphens on both sides; cut the needle into letter runs, digit runs, marks
    H = tokens(hay)
    parts = re.findall(r'[^\W\d_]+|\d+|[^\w\s]', unicodedata.normalize('NFKC', needle).replace('\u00ad', ''))
    parts = [p for p in parts if p not in '-\u2010\u00ad']
    best = None
    start = 0
    while True:
        i = H.find(parts[0], start)
        if i < 0:
            break
        pos, gap, ok = i + len(parts[0]), 0, True
        for p in parts[1:]:
            j = H.find(p, pos)
            if j < 0:
                ok = False; break
            gap = max(gap, j - pos); pos = j + len(p)
        if ok and (best is None or gap < best):
            best = gap
        start = i + 1
    return best


def check(name, kind, rep):
    errs = 0
    g = json.load(open(os.path.join(OUT, name + '.json'), encoding='utf-8'))
    def err(m):
        nonlocal errs; errs += 1; rep.append('  ERROR ' + m)
    if list(g) != ['title', 'running', 'sections']:
        err('top-level keys %s' % list(g))
    secs = g['sections']
    if secs[0]['label'] is not None or secs[0]['title'] != g['title']:
        err('title section')
    if secs[-1]['label'] is not None:
        err('sidebar not last')
    words = 0
    strings = [('title', g['title'])] + [('running', r) for r in g['running']]
    for s in secs:
        if list(s) != ['label', 'title', 'blocks']:
            err('section keys')
        seen_cap = False
        if s['label']:
            strings.append(('label', s['label']))
        strings.append(('section title', s['title']))
        for b in s['blocks']:
            if b['kind'] == 'paragraph':
                if list(b) != ['kind', 'text'] or seen_cap:
                    err('paragraph block / order in %s' % s['title'])
                words += len(b['text'].split())
                strings.append(('paragraph', b['text']))
            elif b['kind'] == 'caption':
                seen_cap = True
                if list(b) != ['kind', 'text', 'position', 'credit'] or b['position'] not in POS:
                    err('caption block in %s' % s['title'])
                strings.append(('caption', b['text'])); strings.append(('credit', b['credit']))
                if b['position']:
                    strings.append(('position', b['position'] + ':'))
            else:
                err('block kind')
    for k, v in strings:
        if v != v.strip() or '  ' in v or '\u00ad' in v:
            err('unclean string %r' % v)
    rep.append('  body words: %d' % words)
    if not 420 <= words <= 550:
        err('body words %d' % words)
    if kind == 'pdf':
        txtp = os.path.join(OUT, name + '.txt')
        txt = open(txtp, encoding='utf-8').read()
        fresh = subprocess.run(['pdftotext', '-raw', os.path.join(OUT, name + '.pdf'), '-'], capture_output=True, text=True).stdout
        if fresh != txt:
            err('.txt differs from a fresh pdftotext -raw')
        rep.append('  visible words in .txt: %d' % len(txt.split()))
    elif kind == 'docx':
        txt = docx_text(os.path.join(OUT, name + '.docx'))
    else:
        txt, missing = html_text(os.path.join(OUT, name + '.html'))
        for m in missing:
            err('missing image %s' % m)
    V = variants(txt)
    last = -1
    for r in g['running']:
        m = re.search(r'(?<!\w)' + re.escape(norm(r)) + r'(?!\w)', V[0])
        if not m:
            err('running %r not found' % r)
        elif m.start() < last:
            err('running %r out of order' % r)
        else:
            last = m.start()
    for k, v in strings:
        nv = norm(v)
        if any(nv in x for x in V):
            continue
        gap = words_in_order(v, txt)
        if gap is None:
            err('%s not found: %r' % (k, v[:70]))
        elif gap > 1000:
            err('%s words in order but gap %d: %r' % (k, gap, v[:70]))
        else:
            rep.append('  not verbatim, words in order (largest gap %d): %s %r' % (gap, k, v[:60]))
    return errs


if __name__ == '__main__':
    rep, total = [], 0
    for name, kind in [('essex_whaleship_1820', 'pdf'), ('cottingley_fairies_1917', 'pdf'), ('stone_of_scone_1950', 'pdf'),
                       ('dreadnought_hoax_1910', 'pdf'), ('tichborne_claimant_1866', 'docx'), ('first_folio_1623', 'html')]:
        rep.append(name)
        total += check(name, kind, rep)
    rep.append('errors: %d' % total)
    open(os.path.join(HERE, 'validation_report.txt'), 'w').write('\n'.join(rep) + '\n')
    print('\n'.join(rep))
    sys.exit(1 if total else 0)
