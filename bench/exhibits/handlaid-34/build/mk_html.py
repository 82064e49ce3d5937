"""london_necropolis_railway_1854.html: a museum online-exhibition page written by this script."""
import sys, html
sys.path.insert(0, "build")
from content import NECROPOLIS as D
from gold import make_gold, write
from png import grey_png
OUT = sys.argv[1]
e = html.escape
grey_png("img/necropolis_platform.png", 480, 300)
grey_png("img/necropolis_logo.png", 60, 60)
secs = []
for k, (label, title, paras) in enumerate(D["sections"]):
    body = []
    for i, p in enumerate(paras):
        if label == "Platform 2" and D["split_at"][0] in p:
            a, b = p.split(D["split_at"][0] + " ")
            a = a + D["split_at"][0]
            F = D["fig"]
            # the CMS put the figure inside the paragraph's text: the paragraph is split in two <p>
            body.append(f'<p>{e(a)}</p>')
            body.append(f'''<figure class="figure figure--wide">
        <figcaption><span class="pos">{e(F["pos"])}:</span> {e(F["text"])}</figcaption>
        <img src="img/necropolis_platform.png" width="480" height="300" alt="">
        <p class="figure__credit">{e(F["credit"])}</p>
      </figure>''')
            body.append(f'<p class="continues">{e(b)}</p>')
        else:
            body.append(f"<p>{e(p)}</p>")
        if label == "Platform 1" and i == 0:
            body.append(f'<blockquote class="pullquote" aria-hidden="true"><p>{e(D["pullquote"])}</p></blockquote>')
        if label == "Platform 2" and i == 1:
            sb = "".join(f"<p>{e(x)}</p>" for x in D["sidebar"])
            body.append(f'''<aside class="boxout" aria-labelledby="boxout-title">
        <h3 id="boxout-title">{e(D["sidebar_title"])}</h3>
        {sb}
      </aside>''')
        if label == "Platform 1" and i == 1:
            body.append('''<div class="newsletter" role="complementary">
        <p class="newsletter__title">Enjoying this story?</p>
        <p>Sign up for our monthly newsletter and be the first to hear about new online exhibitions.</p>
        <form><label for="em">Email address</label> <input id="em" type="email"> <button type="submit">Sign up</button></form>
      </div>''')
    if label == "Platform 3":
        rows = "".join(f'<tr><th scope="row">{y}</th><td>{e(t)}</td></tr>' for y, t in D["timeline"])
        body.append(f'''<table class="timeline">
        <caption>Key dates</caption>
        <tbody>{rows}</tbody>
      </table>
      <p class="note"><sup>*</sup> {e(D["note"])}</p>''')
    secs.append(f'''    <section class="chapter" id="ch{k+1}">
      <p class="chapter__label">{e(label)}</p>
      <h2>{e(title)}</h2>
      {chr(10).join("      " + b for b in body)}
    </section>''')
page = f'''<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(D["title"])} | {e(D["site"])}</title>
<meta name="description" content="{e(D["intro"])}">
<meta property="og:title" content="{e(D["title"])}">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"Article","headline":"{e(D["title"])}","publisher":"{e(D["site"])}"}}</script>
<style>
body {{ font: 17px/1.6 Georgia, serif; margin: 0; color: #222; }}
.site-header, .site-footer {{ background: #1d1d1b; color: #eee; padding: 1rem 2rem; }}
.site-header a, .site-footer a {{ color: #eee; }}
main {{ max-width: 42rem; margin: 0 auto; padding: 1rem; }}
.hero__kicker, .chapter__label {{ font: bold 0.75rem/1 Arial, sans-serif; letter-spacing: .15em; text-transform: uppercase; color: #7a1f1f; }}
.chapter__label {{ margin: 2.5rem 0 0; }}
.chapter h2 {{ margin-top: .2rem; }}
.figure figcaption {{ font: 0.85rem/1.4 Arial, sans-serif; }}
.figure img {{ width: 100%; height: auto; background: #ccc; }}
.figure__credit {{ font: italic 0.75rem Arial, sans-serif; text-align: right; color: #555; }}
.continues {{ text-indent: 0; }}
.pullquote {{ font-size: 1.5rem; font-style: italic; border-left: 4px solid #7a1f1f; margin: 1.5rem 0; padding-left: 1rem; }}
.boxout {{ background: #f1ece2; padding: .5rem 1.2rem; margin: 1.5rem 0; }}
.newsletter {{ border: 1px dashed #999; padding: .5rem 1rem; font-family: Arial, sans-serif; }}
.timeline th {{ text-align: left; background: #eee; padding: .3rem .6rem; }}
.note {{ font-size: .8rem; color: #555; }}
.visually-hidden {{ position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }}
</style>
</head>
<body>
<a class="visually-hidden" href="#main">Skip to content</a>
<header class="site-header">
  <a href="/" class="logo"><img src="img/necropolis_logo.png" width="60" height="60" alt="{e(D["site"])} home"></a>
  <nav aria-label="Main"><ul><li><a href="/visit">Visit</a></li><li><a href="/collections">Collections</a></li><li><a href="/stories">Stories</a></li><li><a href="/shop">Shop</a></li></ul></nav>
</header>
<main id="main">
  <article class="story">
    <header class="hero">
      <p class="hero__kicker">{e(D["kicker"])}</p>
      <h1>{e(D["title"])}</h1>
      <p class="hero__standfirst">{e(D["intro"])}</p>
      <p class="hero__meta">By the Collections Team · <time datetime="2024-04-16">16 April 2024</time> · <a href="#" onclick="window.print()">Print this page</a></p>
    </header>
{chr(10).join(secs)}
    <footer class="story__footer"><p>Share: <a href="#">Email</a> · <a href="#">Copy link</a></p><p>Tags: <a href="#">railways</a>, <a href="#">Victorian London</a></p></footer>
  </article>
  <aside class="more" aria-label="More stories">
    <h2>More stories</h2>
    <ul><li><a href="#">The tramway under the river</a></li><li><a href="#">Signal boxes of south London</a></li><li><a href="#">A day at the Lambeth goods yard</a></li></ul>
  </aside>
</main>
<footer class="site-footer">
  <p>{e(D["site"])}, 121 Lower Marsh, London SE1. Registered charity no. 1098765.</p>
  <p><a href="/accessibility">Accessibility</a> · <a href="/privacy">Privacy</a> · <a href="/contact">Contact us</a></p>
</footer>
<noscript><p>Some features of this site need JavaScript.</p></noscript>
</body>
</html>
'''
open(OUT + ".html", "w", encoding="utf-8").write(page)
D2 = dict(D, title_lines=[D["title"]])
write(OUT + ".json", make_gold(D2, [], {"Platform 2": [D["fig"]]}))
