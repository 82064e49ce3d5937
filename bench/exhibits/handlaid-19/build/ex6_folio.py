# first_folio_1623: a museum collection-site object page (HTML written by this script; grey PNGs in img/).
import os, sys, json, html
HERE = os.path.dirname(os.path.abspath(__file__))
VPY = os.path.join(HERE, 'venv/bin/python')
if sys.executable != VPY and os.path.exists(VPY):
    os.execv(VPY, [VPY] + sys.argv)
sys.path.insert(0, HERE)
from content import EX, write_gold
from layout import grey_png

NAME = 'first_folio_1623'
ex = EX[NAME]
OUT = os.path.dirname(HERE)
e = lambda s: html.escape(s, quote=False)
imgs = {'folio-hero.png': (160, 60), 'stick.png': (60, 45), 'paper.png': (60, 45), 'droeshout.png': (48, 60)}
for n, (w, h) in imgs.items():
    grey_png(os.path.join(OUT, 'img', n), w, h)
S = ex['sections']
fn_anchor, fn_text = ex['footnote']


def fig(src, alt, c, cls='figure'):
    pos = '<span class="pos">%s:</span> ' % e(c['position']) if c['position'] else ''
    return ('<figure class="%s"><a class="zoom" href="img/%s" aria-label="Enlarge image"><img src="img/%s" alt="%s" '
            'width="480" height="360" loading="lazy"></a><figcaption>%s%s <small class="credit">%s</small>'
            '</figcaption></figure>' % (cls, src, src, e(alt), pos, e(c['text']), e(c['credit'])))


def head(i):
    s = S[i]
    return ('<h2 id="ch%d"><span class="chapter">%s</span> %s</h2>' % (i + 1, e(s['label']), e(s['title'])))


P = lambda t: '<p>%s</p>' % e(t)
p31 = e(S[2]['paras'][0]).replace(fn_anchor, fn_anchor + '<sup class="fnref" id="r1"><a href="#n1">1</a></sup>', 1)
jsonld = json.dumps({'@context': 'https://schema.org', '@type': 'Book', 'name': ex['title'],
                     'description': ex['intro'], 'datePublished': '1623',
                     'author': {'@type': 'Person', 'name': 'William Shakespeare'},
                     'holdingArchive': {'@type': 'ArchiveOrganization', 'name': ex['museum']}}, ensure_ascii=False, indent=1)
sb = ex['sidebar']
doc = f'''<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(ex['title'])} | Collection highlights | {e(ex['museum'])}</title>
<meta name="description" content="{e(ex['intro'])}">
<style>
body{{font-family:Georgia,serif;margin:0;color:#222;background:#fbfaf7}}
.cookie{{position:fixed;bottom:0;left:0;right:0;background:#222;color:#fff;padding:1em;font-family:Arial,sans-serif;z-index:9}}
.site-head{{display:flex;justify-content:space-between;align-items:center;padding:.6em 2em;background:#3b2b1a;color:#fff;font-family:Arial,sans-serif}}
.site-head a{{color:#fff;margin-left:1em}}
.crumbs{{font:13px Arial,sans-serif;padding:.5em 2em}}
.crumbs ol{{list-style:none;display:flex;gap:.5em;margin:0;padding:0}}
.crumbs li+li:before{{content:"\\203A  "}}
.object-head{{padding:0 2em}} .object-head h1{{font-size:2.6em;margin:.2em 0}}
.lede{{font-size:1.25em;font-style:italic;max-width:46em}}
[role=tablist]{{display:flex;gap:.3em;padding:0 2em;border-bottom:2px solid #3b2b1a}}
[role=tab]{{font:14px Arial,sans-serif;padding:.5em 1em;border:1px solid #3b2b1a;border-bottom:0;background:#eee}}
[role=tab][aria-selected=true]{{background:#3b2b1a;color:#fff}}
.layout{{display:grid;grid-template-columns:1fr 18em;gap:2em;padding:1em 2em}}
.layout > aside.sidebar{{grid-column:2;grid-row:1;background:#efe6d2;padding:1em;align-self:start}}
.layout > article{{grid-column:1;grid-row:1}}
.chapter{{display:block;font:bold 12px Arial,sans-serif;letter-spacing:.15em;text-transform:uppercase;color:#8c2f1b}}
.grid{{display:grid;grid-template-columns:1fr 1fr;gap:1em}}
figure img{{width:100%;height:auto;background:#aaa}} figcaption{{font:13px Arial,sans-serif}}
.credit{{display:block;color:#666}} .pos{{font-weight:bold}}
blockquote.pull{{font-size:1.5em;color:#8c2f1b;border-left:4px solid #8c2f1b;margin:1em 0;padding-left:1em}}
.notes{{font-size:.85em}} .newsletter{{background:#e7ecef;padding:1em;margin:2em;font-family:Arial,sans-serif}}
</style>
<script type="application/ld+json">
{jsonld}
</script>
</head>
<body>
<div class="cookie" role="dialog" aria-label="Cookie consent">
<p>We use cookies to understand how visitors use our collection pages. You can accept all cookies or choose only the essential ones.</p>
<button type="button">Accept all</button> <button type="button">Essential only</button>
</div>
<header class="site-head">
<a class="logo" href="/">Cotton Lane Library &amp; Museum</a>
<nav aria-label="Main"><a href="/visit">Visit</a><a href="/collections">Collections</a><a href="/learn">Learn</a><a href="/support">Support us</a></nav>
<form role="search" action="/search"><label for="q">Search the collection</label> <input id="q" name="q" type="search"></form>
</header>
<nav class="crumbs" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/collections">Collections</a></li><li><a href="/collections/highlights">Highlights</a></li><li aria-current="page">First Folio</li></ol></nav>
<div class="object-head">
<p class="object-no">Object number CLL F.1623.1 · Rare Books Room</p>
<h1>{e(ex['title'])}</h1>
<p class="lede">{e(ex['intro'])}</p>
<img class="hero" src="img/folio-hero.png" alt="The open First Folio in its display case" width="960" height="360">
</div>
<div role="tablist" aria-label="About this object">
<button role="tab" id="tab-story" aria-selected="true" aria-controls="panel-story">Story</button>
<button role="tab" id="tab-details" aria-selected="false" aria-controls="panel-details" tabindex="-1">Object details</button>
<button role="tab" id="tab-visit" aria-selected="false" aria-controls="panel-visit" tabindex="-1">See it</button>
</div>
<section role="tabpanel" id="panel-story" aria-labelledby="tab-story">
<div class="layout">
<aside class="sidebar" aria-labelledby="sb-title">
<h2 id="sb-title">{e(sb['title'])}</h2>
{''.join(P(p) for p in sb['paras'])}
</aside>
<article>
<section aria-labelledby="ch1">
{head(0)}
{P(S[0]['paras'][0])}
{P(S[0]['paras'][1])}
<details><summary>Transcribe the title page</summary>
<p>Mr. William Shakespeares Comedies, Histories, &amp; Tragedies. Published according to the True Originall Copies. London, printed by Isaac Iaggard and Ed. Blount, 1623.</p>
</details>
</section>
<section aria-labelledby="ch2">
{head(1)}
{P(S[1]['paras'][0])}
{P(S[1]['paras'][1])}
<div class="grid">
{fig('stick.png', 'A wooden composing stick', S[1]['captions'][0], 'figure small')}
{fig('paper.png', 'A cream-coloured sheet of paper', S[1]['captions'][1], 'figure small')}
</div>
</section>
<blockquote class="pull"><p>{e(ex['pullquote'])}</p><footer>— Ben Jonson, 1623</footer></blockquote>
<section aria-labelledby="ch3">
{head(2)}
<p>{p31}</p>
{fig('droeshout.png', 'Engraved portrait of Shakespeare', S[2]['captions'][0])}
{P(S[2]['paras'][1])}
</section>
<section aria-labelledby="ch4">
{head(3)}
{P(S[3]['paras'][0])}
<details open><summary>Marks left by readers</summary>
{P(S[3]['paras'][1])}
</details>
</section>
<section class="notes" aria-labelledby="notes-h">
<h2 id="notes-h">Notes</h2>
<ol><li id="n1">{e(fn_text)} <a href="#r1" aria-label="Back to text">↩</a></li></ol>
</section>
</article>
</div>
</section>
<section role="tabpanel" id="panel-details" aria-labelledby="tab-details" hidden>
<h2>Object details</h2>
<dl><dt>Date</dt><dd>1623</dd><dt>Printers</dt><dd>William and Isaac Jaggard, Edward Blount</dd><dt>Format</dt><dd>Folio, about 34 × 22 cm</dd></dl>
</section>
<section role="tabpanel" id="panel-visit" aria-labelledby="tab-visit" hidden>
<h2>See it</h2>
<p>The Folio is shown open in the Rare Books Room. The page is turned every month.</p>
</section>
<aside class="newsletter" aria-labelledby="nl-h">
<h2 id="nl-h">Stories from the stacks</h2>
<p>Sign up for our monthly email about new discoveries in the collection.</p>
<form action="/newsletter"><label for="em">Email address</label> <input id="em" type="email" name="email"> <button>Sign up</button></form>
</aside>
<footer class="site-foot">
<p>Cotton Lane Library &amp; Museum, 14 Cotton Lane, London SE1 9XX · Registered charity no. 1000000</p>
<p><a href="/privacy">Privacy</a> · <a href="/accessibility">Accessibility</a> · <a href="/contact">Contact</a></p>
</footer>
<script>
document.querySelectorAll('[role=tab]').forEach(function (t) {{
  t.addEventListener('click', function () {{
    document.querySelectorAll('[role=tab]').forEach(function (u) {{
      u.setAttribute('aria-selected', u === t);
      document.getElementById(u.getAttribute('aria-controls')).hidden = u !== t;
    }});
  }});
}});
</script>
</body>
</html>
'''
with open(os.path.join(OUT, NAME + '.html'), 'w', encoding='utf-8') as f:
    f.write(doc)
write_gold(NAME, [])
