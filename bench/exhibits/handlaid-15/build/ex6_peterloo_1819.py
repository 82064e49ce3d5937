"""Exhibit 6: Peterloo as a museum CMS "online exhibition" page (hand-written HTML template + inline CSS),
pictures as grey PNGs in img/. The gold is written from the same strings."""
import html, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import content as C
from common import OUT, grey_png

NAME = "peterloo_1819"
EX = C.PETERLOO


def e(s):
    return html.escape(C.clean(s), quote=False)


CSS = """
:root{--ink:#1d1b1a;--red:#9b1c1c;--paper:#f7f4ee;--grey:#6b6b6b}
*{box-sizing:border-box}body{margin:0;font:17px/1.6 Georgia,'Times New Roman',serif;color:var(--ink);background:#fff}
a{color:var(--red)}.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px;background:#fff;padding:6px}
.site-header{display:flex;justify-content:space-between;align-items:center;padding:14px 32px;border-bottom:4px solid var(--red)}
.logo{font:700 20px/1.1 Arial,sans-serif;text-decoration:none;color:var(--ink)}.logo span{display:block;font-weight:400;font-size:13px}
.main-nav ul{list-style:none;display:flex;gap:22px;margin:0;padding:0;font:15px Arial,sans-serif}
.breadcrumb{font:13px Arial,sans-serif;padding:10px 32px;color:var(--grey)}.breadcrumb ol{list-style:none;display:flex;gap:8px;padding:0;margin:0}
.breadcrumb li+li:before{content:"›";margin-right:8px}
.hero{background:var(--paper);padding:40px 32px 28px}.hero .eyebrow{font:700 13px Arial,sans-serif;letter-spacing:.12em;text-transform:uppercase;color:var(--red)}
.hero h1{font-size:44px;line-height:1.1;margin:.2em 0 .4em;max-width:18em}.standfirst{font-size:21px;max-width:34em;font-style:italic}
.hero-img img{width:100%;height:auto;display:block}
.layout{display:grid;grid-template-columns:minmax(0,1fr) 300px;gap:48px;max-width:1180px;margin:0 auto;padding:32px}
.chapter{margin-bottom:48px}.chapter header .num{font:700 13px Arial,sans-serif;letter-spacing:.1em;color:var(--red)}
.chapter h2{font-size:30px;margin:.1em 0 .5em}
figure{margin:24px 0}figure img{width:100%;height:auto}figcaption{font:14px/1.45 Arial,sans-serif;color:#333;border-left:3px solid var(--red);padding-left:10px}
figcaption .credit{display:block;color:var(--grey);font-size:12px;margin-top:2px}
figure.inline-right{float:right;width:45%;margin:4px 0 12px 24px}
.quote{font-size:24px;font-style:italic;color:var(--red);border-top:2px solid;border-bottom:2px solid;padding:12px 0;margin:32px 0}
.quote cite{display:block;font:13px Arial,sans-serif;color:var(--grey);font-style:normal}
.sidebar section{background:var(--paper);padding:18px;margin-bottom:24px;font:15px/1.5 Arial,sans-serif}
.share{display:flex;gap:12px;font:14px Arial,sans-serif;padding:0;list-style:none}
.related{max-width:1180px;margin:0 auto;padding:0 32px 32px}.cards{display:grid;grid-template-columns:repeat(3,1fr);gap:20px;list-style:none;padding:0}
.site-footer{background:var(--ink);color:#ddd;padding:32px;font:14px Arial,sans-serif}.site-footer a{color:#fff}
.cookie{position:fixed;bottom:0;left:0;right:0;background:#222;color:#fff;padding:16px 32px;font:14px Arial,sans-serif;display:flex;gap:16px;align-items:center}
"""


def figure(cap, src, cls=""):
    return ('<figure%s>\n  <img src="img/%s" alt="" width="800" height="500" loading="lazy">\n'
            '  <figcaption>%s <span class="credit">%s</span></figcaption>\n</figure>'
            % (' class="%s"' % cls if cls else "", src, e(cap["text"]), e(cap["credit"])))


def main():
    imgs = {"peterloo_hero.png": (1200, 420), "peterloo_shuttle.png": (800, 500), "peterloo_banner_pole.png": (800, 500),
            "peterloo_card1.png": (400, 260), "peterloo_card2.png": (400, 260), "peterloo_card3.png": (400, 260)}
    for n, (w, h) in imgs.items():
        grey_png(os.path.join(OUT, "img", n), w, h)
    t1, t2 = EX["title"].split(": ")
    S = EX["sections"]
    chapters = []
    for i, s in enumerate(S):
        parts = ['<section class="chapter" id="chapter-%d" aria-labelledby="ch%d-title">' % (i + 1, i + 1),
                 '  <header><span class="num">%s</span>\n  <h2 id="ch%d-title">%s</h2></header>' % (s["label"], i + 1, e(s["title"]))]
        for j, p in enumerate(s["paras"]):
            txt = e(p)
            txt = txt.replace("15th Hussars", "15th&nbsp;Hussars")
            txt = txt.replace("The Masque of Anarchy", "<em>The Masque of Anarchy</em>")
            txt = txt.replace("The Manchester Observer", "The <i>Manchester Observer</i>")
            if i == 0 and j == 0:
                # the figure is written before the first paragraph and floated right
                parts.append(figure(s["captions"][0], "peterloo_shuttle.png", "inline-right"))
            parts.append("  <p>%s</p>" % txt)
            if i == 2 and j == 0:
                parts.append(figure(s["captions"][0], "peterloo_banner_pole.png"))
        if i == 1:
            parts.append('<aside class="quote" aria-label="Quotation"><p>“Ye are many — they are few.”</p>'
                         '<cite>Percy Bysshe Shelley, The Masque of Anarchy (1819)</cite></aside>')
        parts.append("</section>")
        chapters.append("\n".join(parts))

    page = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(EX["title"])} | Online exhibitions | Irwell Museum of People and Protest</title>
<meta name="description" content="How a peaceful meeting for the vote in Manchester ended in bloodshed on 16 August 1819.">
<meta property="og:title" content="{e(EX["title"])}">
<style>{CSS}</style>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"Article","headline":"{e(EX["title"])}","publisher":{{"@type":"Museum","name":"Irwell Museum of People and Protest"}},"datePublished":"2026-08-16"}}</script>
</head>
<body class="page-exhibition">
<a class="skip" href="#main">Skip to main content</a>
<div class="cookie" role="dialog" aria-label="Cookie consent" id="cookie">
  <p>We use cookies to count visits and to remember your settings. Some are essential; others help us improve the site.</p>
  <button type="button" data-consent="all">Accept all cookies</button>
  <button type="button" data-consent="essential">Essential only</button>
  <a href="/cookies">Cookie policy</a>
</div>
<header class="site-header">
  <a class="logo" href="/">Irwell Museum <span>of People and Protest</span></a>
  <nav class="main-nav" aria-label="Main">
    <ul><li><a href="/visit">Visit</a></li><li><a href="/whats-on">What’s on</a></li><li><a href="/collections">Collections</a></li>
    <li><a href="/learning">Learning</a></li><li><a href="/online" aria-current="page">Online exhibitions</a></li>
    <li><a href="/support">Support us</a></li><li><a href="/search">Search</a></li></ul>
  </nav>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/online">Online exhibitions</a></li><li>Peterloo</li></ol></nav>
<main id="main">
<article class="exhibition">
  <header class="hero">
    <p class="eyebrow">Online exhibition · 1819</p>
    <h1>{e(t1)}:<br>
    {e(t2)}</h1>
    <p class="standfirst">{e(EX["intro"][0])}</p>
    <p class="meta">Published 16 August 2026 · 8 minute read</p>
  </header>
  <div class="hero-img"><img src="img/peterloo_hero.png" alt="" width="1200" height="420"></div>
  <div class="layout">
    <div class="content">
{chr(10).join(chapters)}
      <ul class="share" aria-label="Share this page"><li><a href="#">Share on Facebook</a></li><li><a href="#">Share on X</a></li><li><a href="#">Email a friend</a></li></ul>
    </div>
    <div class="sidebar">
      <section aria-labelledby="visit-title"><h2 id="visit-title">See it in the gallery</h2>
        <p>The Peterloo banner and the shuttle are on show in Gallery 2, Radical Manchester. Free entry, open daily 10.00–17.00.</p>
        <p><a href="/visit">Plan your visit</a></p></section>
      <section aria-labelledby="ed-title"><h2 id="ed-title">For schools</h2>
        <p>Key Stage 3 workshop: “What happened at St Peter’s Field?” Book through our learning team.</p></section>
    </div>
  </div>
</article>
<section class="related" aria-labelledby="rel-title">
  <h2 id="rel-title">More online exhibitions</h2>
  <ul class="cards">
    <li><a href="/online/chartists"><img src="img/peterloo_card1.png" alt="" width="400" height="260"><span>The Chartists’ Petition</span></a></li>
    <li><a href="/online/cotton-famine"><img src="img/peterloo_card2.png" alt="" width="400" height="260"><span>Lancashire and the Cotton Famine</span></a></li>
    <li><a href="/online/suffragettes"><img src="img/peterloo_card3.png" alt="" width="400" height="260"><span>Deeds Not Words in Manchester</span></a></li>
  </ul>
</section>
</main>
<footer class="site-footer">
  <p>Irwell Museum of People and Protest, 40 Bridge Street, Manchester. Registered charity no. 1099999.</p>
  <p><a href="/accessibility">Accessibility</a> · <a href="/privacy">Privacy</a> · <a href="/cookies">Cookies</a> · <a href="/contact">Contact us</a></p>
  <form class="newsletter" action="/newsletter" method="post"><label for="nl">Sign up for our newsletter</label>
  <input id="nl" type="email" name="email" placeholder="Your email address"><button type="submit">Sign up</button></form>
  <p>© 2026 Irwell Museum of People and Protest</p>
</footer>
<script>
document.querySelectorAll('#cookie button').forEach(function (b) {{
  b.addEventListener('click', function () {{ document.getElementById('cookie').hidden = true; }});
}});
</script>
</body>
</html>
"""
    open(os.path.join(OUT, NAME + ".html"), "w", encoding="utf-8").write(page)
    C.write_gold(os.path.join(OUT, NAME + ".json"), C.gold(EX, []))


if __name__ == "__main__":
    main()
