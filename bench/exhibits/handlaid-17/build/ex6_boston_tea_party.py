"""Exhibit 6: boston_tea_party_1773 - a collection-website story page written by this script.

Layout (different from set 16's online-exhibition page): cookie banner first in <body>, utility bar, main nav
with a search form, breadcrumb, an article whose story sits in the first of four ARIA tab panels (the other
three are `hidden`), chapters as <details> accordion items whose <summary> holds the chapter label and the
<h2> (chapter 4 is collapsed), a floated figure, a two-figure grid with <figcaption> + credit, a footnote link,
a newsletter box inside the story, an <aside> sidebar in the middle of the story, endnotes, related-story
cards, the site footer, JSON-LD in <head> and a script at the end.
"""
import html
import json
import os
import shutil

import common
import content

ex = content.TEA
NAME = ex["name"]
E = html.escape
OUT_IMG = os.path.join(common.OUT, "img")
os.makedirs(OUT_IMG, exist_ok=True)
for fn, w, h, g in [("tea_hero.png", 1200, 420, 0xA9), ("tea_canister.png", 360, 460, 0xB8),
                    ("tea_chest.png", 560, 400, 0xBE), ("tea_bottle.png", 560, 400, 0xB2)]:
    common.grey_png(os.path.join(OUT_IMG, fn), w, h, grey=g)

S = ex["sections"]
FN_AFTER = "within twenty days"


def p(text, cls=None):
    return f'<p{" class=" + json.dumps(cls) if cls else ""}>{E(text, quote=False)}</p>'


def chapter(i, sec, inner, is_open=True):
    return (f'<details class="chapter" id="chapter-{i}"{" open" if is_open else ""}>\n'
            f'  <summary><span class="chapter-no">{E(sec["label"])}</span>\n'
            f'    <h2>{E(sec["title"])}</h2></summary>\n'
            f'  <div class="chapter-body">\n{inner}\n  </div>\n</details>\n')


# chapter 1
ch1 = "\n".join(p(x) for x in S[0]["paras"])
# chapter 2: the figure is written before paragraph 2-1 and floated right; the caption starts "Right:"
c2 = S[1]["caption"]
ch2 = (f'<figure class="float-right">\n  <img src="img/tea_canister.png" width="180" height="230" '
       f'alt="Grey placeholder image">\n  <figcaption><b>{E(c2["pos"])}:</b> {E(c2["text"], quote=False)}\n'
       f'    <span class="credit">{E(c2["credit"])}</span></figcaption>\n</figure>\n'
       + "\n".join(p(x) for x in S[1]["paras"]))
# chapter 3: footnote link in 3-1, then a grid of two figures without position words
p31 = S[2]["paras"][0]
assert FN_AFTER in p31
a, b = p31.split(FN_AFTER, 1)
p31_html = (f'<p>{E(a + FN_AFTER, quote=False)}<sup class="fnref"><a href="#fn-1" id="fnref-1" '
            f'aria-describedby="notes-title">1</a></sup>{E(b, quote=False)}</p>')
grid = '<div class="figure-grid">\n'
for card, img in zip(S[2]["cards"], ("tea_chest.png", "tea_bottle.png")):
    grid += (f'  <figure>\n    <img src="img/{img}" width="280" height="200" alt="">\n'
             f'    <figcaption>{E(card["text"], quote=False)}\n'
             f'      <small class="credit">{E(card["credit"])}</small></figcaption>\n  </figure>\n')
grid += '</div>'
ch3 = p31_html + "\n" + p(S[2]["paras"][1]) + "\n" + grid
ch4 = "\n".join(p(x) for x in S[3]["paras"])

sb = ex["sidebar"]
aside = (f'<aside class="sidebar" aria-labelledby="sb-title">\n  <h3 id="sb-title">{E(sb["title"])}</h3>\n'
         + "\n".join("  " + p(x) for x in sb["paras"]) + "\n</aside>\n")

newsletter = '''<div class="newsletter" role="complementary">
  <h3>Harbourside News</h3>
  <p>New stories from the collection, once a month. No spam.</p>
  <form action="#" method="post"><label for="nl-email">Email address</label>
    <input id="nl-email" type="email" name="email" placeholder="you@example.org">
    <button type="submit">Sign up</button></form>
</div>
'''

jsonld = {
    "@context": "https://schema.org",
    "@graph": [
        {"@type": "Article", "headline": content.title(ex), "description": ex["intro"][0],
         "author": {"@type": "Organization", "name": "Harbourside Collections"},
         "datePublished": "2023-12-16", "dateModified": "2024-05-03", "image": "img/tea_hero.png"},
        {"@type": "BreadcrumbList", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Home", "item": "/"},
            {"@type": "ListItem", "position": 2, "name": "Stories", "item": "/stories/"},
            {"@type": "ListItem", "position": 3, "name": "Tea in the Harbour"}]},
    ],
}

CSS = """
body{margin:0;font:17px/1.55 Georgia,'Times New Roman',serif;color:#1d1d1d;background:#fbfaf7}
a{color:#0b4f6c}
.cookie{background:#1d2b36;color:#fff;padding:14px 24px;font:14px/1.4 Arial,sans-serif;display:flex;gap:16px;align-items:center}
.cookie p{margin:0;flex:1}.cookie button{font:inherit;padding:6px 14px}
.utility{background:#e9e4da;font:13px Arial,sans-serif;padding:6px 24px;text-align:right}
.utility a{margin-left:14px}
header.site{display:flex;align-items:center;gap:30px;padding:14px 24px;border-bottom:1px solid #ddd;background:#fff}
header.site .logo{font:bold 20px Arial,sans-serif;color:#0b4f6c;text-decoration:none}
nav.main ul{list-style:none;display:flex;gap:22px;margin:0;padding:0;font:15px Arial,sans-serif}
header.site form{margin-left:auto}
.breadcrumb{font:13px Arial,sans-serif;padding:10px 24px}
.breadcrumb ol{list-style:none;margin:0;padding:0;display:flex;gap:6px}
.breadcrumb li+li::before{content:"/";margin-right:6px;color:#888}
main{max-width:880px;margin:0 auto;padding:0 24px 40px}
.eyebrow{font:bold 13px Arial,sans-serif;letter-spacing:.12em;text-transform:uppercase;color:#9a3b19}
h1{font:bold 42px/1.1 Arial,sans-serif;margin:.2em 0 .3em}
h1 .sub{display:block;font-size:28px;font-weight:normal;color:#444}
.standfirst{font-size:21px;font-style:italic}
.meta{font:13px Arial,sans-serif;color:#666}
.hero img{width:100%;height:auto;display:block}
[role=tablist]{display:flex;gap:4px;border-bottom:2px solid #0b4f6c;margin:28px 0 18px}
[role=tab]{font:15px Arial,sans-serif;padding:8px 16px;border:1px solid #ccc;border-bottom:none;background:#eee}
[role=tab][aria-selected=true]{background:#0b4f6c;color:#fff}
details.chapter{border-top:1px solid #d7d0c2;padding:6px 0}
details.chapter summary{cursor:pointer;list-style:none}
.chapter-no{display:block;font:bold 12px Arial,sans-serif;letter-spacing:.1em;text-transform:uppercase;color:#9a3b19;margin-top:10px}
details.chapter h2{display:inline;font:bold 26px Arial,sans-serif}
.float-right{float:right;width:180px;margin:6px 0 12px 22px}
figure img{display:block;background:#bbb}
figcaption{font:13px/1.4 Arial,sans-serif;margin-top:6px}
.credit{display:block;font-size:11px;color:#6b6b6b;margin-top:3px}
.figure-grid{display:grid;grid-template-columns:1fr 1fr;gap:20px;clear:both}
.figure-grid figure{margin:0}
.figure-grid img{width:100%;height:auto}
.sidebar{background:#eef3f6;border-left:5px solid #0b4f6c;padding:10px 18px;margin:22px 0;font:15px/1.5 Arial,sans-serif}
.sidebar h3{margin:.3em 0}
.newsletter{background:#f3eadb;padding:14px 18px;margin:24px 0;font:14px Arial,sans-serif}
.newsletter h3{margin:0 0 4px}
.notes{font-size:14px;border-top:1px solid #ccc;margin-top:30px}
.related{display:grid;grid-template-columns:repeat(3,1fr);gap:16px;font:14px Arial,sans-serif}
.related article{background:#fff;border:1px solid #ddd;padding:12px}
footer.site{background:#1d2b36;color:#ddd;padding:24px;font:13px Arial,sans-serif}
footer.site a{color:#fff}
"""

SCRIPT = """
document.querySelectorAll('[role=tab]').forEach(function (tab) {
  tab.addEventListener('click', function () {
    document.querySelectorAll('[role=tab]').forEach(function (t) { t.setAttribute('aria-selected', 'false'); });
    document.querySelectorAll('[role=tabpanel]').forEach(function (p) { p.hidden = true; });
    tab.setAttribute('aria-selected', 'true');
    document.getElementById(tab.getAttribute('aria-controls')).hidden = false;
  });
});
document.getElementById('cookie-ok').addEventListener('click', function () {
  document.getElementById('cookie-banner').remove();
});
"""

page = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tea in the Harbour | Stories | Harbourside Collections</title>
<meta name="description" content="{E(ex['intro'][0])}">
<meta property="og:title" content="Tea in the Harbour">
<meta property="og:type" content="article">
<script type="application/ld+json">
{json.dumps(jsonld, ensure_ascii=False, indent=1)}
</script>
<style>{CSS}</style>
</head>
<body>
<div class="cookie" id="cookie-banner" role="region" aria-label="Cookie consent">
  <p>We use cookies to count visits and remember your preferences. You can change your choice at any time
  on our <a href="#">cookie page</a>.</p>
  <button id="cookie-ok" type="button">Accept all</button> <button type="button">Only necessary</button>
</div>
<div class="utility"><a href="#">Opening times</a><a href="#">Shop</a><a href="#">Donate</a><a href="#">Log in</a></div>
<header class="site">
  <a class="logo" href="/">Harbourside Collections</a>
  <nav class="main" aria-label="Main"><ul>
    <li><a href="#">Visit</a></li><li><a href="#">Collections</a></li><li><a href="#" aria-current="page">Stories</a></li>
    <li><a href="#">Learning</a></li><li><a href="#">Support us</a></li></ul></nav>
  <form role="search" action="#"><label for="q" class="visually-hidden">Search the collection</label>
    <input id="q" type="search" placeholder="Search 40,000 objects"> <button>Search</button></form>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb"><ol>
  <li><a href="/">Home</a></li><li><a href="/stories/">Stories</a></li><li aria-current="page">Tea in the Harbour</li>
</ol></nav>
<main id="content">
<article>
  <p class="eyebrow">{E(ex['kicker'])}</p>
  <h1>{E(ex['title_lines'][0])}
    <span class="sub">{E(ex['title_lines'][1])}</span></h1>
  <p class="standfirst">{E(ex['intro'][0], quote=False)}</p>
  <p class="meta">By the Learning Team · 6 min read · Updated 3 May 2024</p>
  <div class="hero"><img src="img/tea_hero.png" width="1200" height="420"
    alt="Grey placeholder for a view of Griffin’s Wharf"></div>

  <div role="tablist" aria-label="Story sections">
    <button role="tab" id="tab-story" aria-controls="panel-story" aria-selected="true">The story</button>
    <button role="tab" id="tab-objects" aria-controls="panel-objects" aria-selected="false">Objects (3)</button>
    <button role="tab" id="tab-timeline" aria-controls="panel-timeline" aria-selected="false">Timeline</button>
    <button role="tab" id="tab-visit" aria-controls="panel-visit" aria-selected="false">See them in the museum</button>
  </div>

  <div role="tabpanel" id="panel-story" aria-labelledby="tab-story">
{chapter(1, S[0], ch1)}{chapter(2, S[1], ch2)}{aside}{chapter(3, S[2], ch3)}{newsletter}{chapter(4, S[3], ch4, is_open=False)}
    <section class="notes" aria-labelledby="notes-title">
      <h2 id="notes-title">Notes</h2>
      <ol><li id="fn-1">{E(ex['footnote'])} <a href="#fnref-1" aria-label="Back to text">↩</a></li></ol>
    </section>
  </div>

  <div role="tabpanel" id="panel-objects" aria-labelledby="tab-objects" hidden>
    <ul>
      <li>Tea canister, tin-glazed earthenware, Liverpool, about 1770 (1958.211)</li>
      <li>Tea chest, pine with iron fittings (lent)</li>
      <li>Glass bottle with tea leaves (1883.4.2)</li>
    </ul>
  </div>
  <div role="tabpanel" id="panel-timeline" aria-labelledby="tab-timeline" hidden>
    <ol>
      <li>10 May 1773: the Tea Act becomes law.</li>
      <li>28 November 1773: the Dartmouth arrives in Boston.</li>
      <li>16 December 1773: the tea is destroyed.</li>
      <li>31 March 1774: the Boston Port Act is passed.</li>
    </ol>
  </div>
  <div role="tabpanel" id="panel-visit" aria-labelledby="tab-visit" hidden>
    <p>The tea canister is on show in Gallery 4, Colonial Trade. The tea chest and the bottle of tea leaves are
    shown from time to time; please ask at the information desk.</p>
  </div>

  <footer class="article-footer">
    <p>Topics: <a href="#">Revolution</a>, <a href="#">Trade</a>, <a href="#">Boston</a></p>
    <p>Share: <a href="#">Email</a> · <a href="#">Facebook</a> · <a href="#">Copy link</a></p>
  </footer>
</article>

<section class="related" aria-label="Related stories">
  <article><h3><a href="#">The Liberty Tree</a></h3><p>Where Boston’s protesters met.</p></article>
  <article><h3><a href="#">A Merchant’s Ledger</a></h3><p>Reading the accounts of a tea smuggler.</p></article>
  <article><h3><a href="#">Paul Revere’s Ride</a></h3><p>Silver, engravings and a famous night.</p></article>
</section>
</main>
<footer class="site">
  <p>Harbourside Collections · 12 Long Wharf Row · Open Tuesday to Sunday, 10:00–17:00</p>
  <p><a href="#">Accessibility</a> · <a href="#">Privacy</a> · <a href="#">Terms</a> · © 2024 Harbourside Collections</p>
</footer>
<script>{SCRIPT}</script>
</body>
</html>
"""

with open(os.path.join(common.OUT, NAME + ".html"), "w", encoding="utf-8") as f:
    f.write(page)
content.write_gold(ex, [], os.path.join(common.OUT, NAME + ".json"))
print("wrote", NAME + ".html")
