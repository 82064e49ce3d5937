"""Writes domesday_book_1086.html: an online-exhibition 'scrolly' page, and its grey pictures."""
import html, zlib, struct
from content import EX, gold
e = EX['domesday_book_1086']; H = html.escape


def png(path, w, h):
    raw = b''.join(b'\x00' + b'\xbf' * w for _ in range(h))
    ch = lambda t, d: struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    open(path, 'wb').write(b'\x89PNG\r\n\x1a\n' + ch(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 0, 0, 0, 0))
                           + ch(b'IDAT', zlib.compress(raw)) + ch(b'IEND', b''))


for n in ('hero', 'wiltshire', 'chest', 'thumb1', 'thumb2'):
    png(f'../img/domesday_{n}.png', 120, 80)
S = e['sections']
nav = ''.join(f'<li><a href="#ch{i+1}">{H(s["label"].split()[1])}. {H(s["title"])}</a></li>' for i, s in enumerate(S))


def chapter(i, s):
    out = [f'<section class="chapter" id="ch{i+1}" data-step="{i+1}">',
           f'<p class="eyebrow">{H(s["label"])}</p>', f'<h2>{H(s["title"])}</h2>']
    for k, p in enumerate(s['paras']):
        out.append(f'<p>{H(p)}</p>')
        c = s.get('caption')
        if i == 1 and k == 0:    # figure between II-1 and II-2; the sidebar follows it in the DOM
            out.append(f'<figure class="float-right"><img src="img/domesday_wiltshire.png" alt="Facsimile page" width="360" height="240">'
                       f'<figcaption><strong>{c["pos"]}:</strong> {H(c["text"])} <span class="credit">{H(c["credit"])}</span></figcaption></figure>')
            sb = e['sidebar']
            out.append(f'<aside class="explainer"><h3>{H(sb["title"])}</h3>' + ''.join(f'<p>{H(x)}</p>' for x in sb['paras']) + '</aside>')
        if i == 2 and k == 0:
            out[-1] = out[-1][:-4] + '<sup class="fn"><a href="#fn1" id="r1">1</a></sup></p>'
    if i == 3:
        c = s['caption']
        out.append(f'<figure><img src="img/domesday_chest.png" alt="Chest" width="640" height="420">'
                   f'<figcaption>{H(c["text"])} <span class="credit">{H(c["credit"])}</span></figcaption></figure>')
    if i == 1:
        out.append(f'<blockquote class="pull"><p>{H(e["pull"])}</p><cite>Anglo-Saxon Chronicle, 1085</cite></blockquote>')
    out.append('</section>')
    return '\n'.join(out)


page = f'''<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>Every Hide and Every Pig – Online Exhibitions – Wardour Abbey Library</title>
<meta name="description" content="{H(e['intro'])}">
<meta property="og:title" content="Every Hide and Every Pig: The Domesday Survey">
<link rel="stylesheet" href="/static/exhibit.css">
</head><body class="exhibition scrolly">
<a class="skip" href="#main">Skip to content</a>
<header class="site"><a href="/" class="logo">Wardour Abbey Library</a>
<nav><a href="/visit">Visit</a> <a href="/collections">Collections</a> <a href="/exhibitions/online">Online exhibitions</a> <a href="/support">Support us</a></nav>
<form role="search"><input type="search" placeholder="Search the library"></form></header>
<div class="progress" aria-hidden="true"><span style="width:0%"></span></div>
<main id="main">
<div class="hero"><img src="img/domesday_hero.png" alt="Opening of Great Domesday" width="1200" height="500">
<p class="kicker">{H(e['kicker'])}</p>
<h1>{H(e['title'][0])}<br>{H(e['title'][1])}</h1>
<p class="standfirst">{H(e['intro'])}</p>
<p class="meta">Curated by Dr Hester Vane · 12 minute read</p></div>
<nav class="chapters" aria-label="Chapters"><h2 class="visually-hidden">In this exhibition</h2><ol>{nav}</ol></nav>
{chr(10).join(chapter(i, s) for i, s in enumerate(S))}
<section class="notes"><h2>Notes</h2><ol><li id="fn1">Entries were cited as evidence of ancient rights, for example to markets and fisheries. <a href="#r1">↩</a></li></ol></section>
<section class="more"><h2>Explore further</h2><ul>
<li><a href="/exhibitions/online/magna-carta"><img src="img/domesday_thumb1.png" alt="">Sealed at Runnymede</a></li>
<li><a href="/exhibitions/online/chronicles"><img src="img/domesday_thumb2.png" alt="">Monks Who Wrote History</a></li></ul></section>
</main>
<footer class="site"><p>Wardour Abbey Library, Close Gate, Wardour. Registered charity 1100427.</p><p>© 2026 Wardour Abbey Library</p></footer>
<script>document.querySelectorAll('.chapter').forEach(c => c.classList.add('ready'));</script>
</body></html>
'''
open('../domesday_book_1086.html', 'w').write(page)
gold('domesday_book_1086')
