"""hindenburg_disaster: a museum 'online exhibition' web page, hand-templated HTML (a CMS-like theme), pictures
in img/."""
import os
from content import EXHIBITS, gold, write_gold
from common import OUT, esc, grey_png

NAME = "hindenburg_disaster"
EX = EXHIBITS[NAME]
IMGS = {("Chapter 1", 0): ("img/hindenburg_ticket.png", 640, 420), ("Chapter 2", 0): ("img/hindenburg_cover.png", 640, 480)}

PAGE = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%(title)s | Online exhibitions | %(museum)s</title>
<meta name="description" content="%(desc)s">
<meta property="og:title" content="%(title)s">
<link rel="canonical" href="https://www.pinelands-flight.example/exhibitions/online/hindenburg">
<style>
 body{margin:0;font:17px/1.6 Georgia,serif;color:#1d1d1d;background:#fff}
 .skip{position:absolute;left:-999px}
 .site-header{background:#0d2233;color:#fff;padding:.6rem 2rem;display:flex;justify-content:space-between;align-items:center}
 .site-header a{color:#fff;text-decoration:none;margin-left:1.2rem;font:600 14px/1 Arial,sans-serif}
 .brand{font:700 18px/1 Arial,sans-serif}
 .breadcrumb{font:13px Arial,sans-serif;padding:.5rem 2rem;background:#eef2f5}
 .breadcrumb ol{list-style:none;margin:0;padding:0;display:flex;gap:.4rem}
 .breadcrumb li+li:before{content:"›";margin-right:.4rem}
 .hero{background:#1d3b52;color:#fff;padding:3rem 2rem}
 .hero .eyebrow{font:700 13px Arial,sans-serif;letter-spacing:.12em;text-transform:uppercase;color:#f2b632}
 .hero h1{font-size:2.6rem;line-height:1.15;margin:.3rem 0 1rem;max-width:22em}
 .hero .standfirst{font-size:1.25rem;max-width:38em}
 .layout{display:grid;grid-template-columns:1fr 18rem;gap:3rem;max-width:70rem;margin:2rem auto;padding:0 2rem}
 .chapter-label{font:700 12px Arial,sans-serif;letter-spacing:.14em;text-transform:uppercase;color:#b8431f;margin:2.2rem 0 0}
 h2{font-size:1.7rem;margin:.2rem 0 .8rem}
 figure{margin:1.5rem 0}
 figure img{width:100%%;height:auto;display:block}
 figcaption{font:14px/1.45 Arial,sans-serif;color:#444;border-left:3px solid #b8431f;padding-left:.6rem;margin-top:.4rem}
 figcaption .credit{display:block;font-size:12px;color:#777;font-style:italic}
 aside.facts{background:#f4f1ea;padding:1rem 1.2rem;font:15px/1.5 Arial,sans-serif;align-self:start;position:sticky;top:1rem}
 aside.facts dt{font-weight:700}
 .audio{background:#0d2233;color:#fff;padding:1rem 1.2rem;margin:1.5rem 0;font:15px Arial,sans-serif}
 .cookie{position:fixed;bottom:0;left:0;right:0;background:#111;color:#eee;padding:1rem 2rem;font:14px Arial,sans-serif}
 .site-footer{background:#0d2233;color:#cfd8df;padding:2rem;font:14px/1.6 Arial,sans-serif}
 .site-footer a{color:#fff}
</style>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"ExhibitionEvent","name":"%(title)s","organizer":"%(museum)s"}</script>
</head>
<body class="page-template-online-exhibition">
<a class="skip" href="#main">Skip to main content</a>
<div class="cookie" id="cookie-banner" role="dialog" aria-label="Cookie consent">
 <p>We use cookies to understand how visitors use our website and to improve it. You can accept all cookies or choose
 which ones we may set. <a href="/privacy">Read our privacy notice</a>.</p>
 <button type="button" data-consent="all">Accept all cookies</button>
 <button type="button" data-consent="essential">Essential cookies only</button>
</div>
<header class="site-header">
 <a class="brand" href="/">%(museum)s</a>
 <nav aria-label="Main">
  <a href="/visit">Visit</a><a href="/whats-on">What’s on</a><a href="/collections">Collections</a>
  <a href="/learning">Learning</a><a href="/exhibitions/online">Online exhibitions</a><a href="/shop">Shop</a>
  <a href="/support" class="btn">Donate</a>
 </nav>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/exhibitions">Exhibitions</a></li>
<li><a href="/exhibitions/online">Online exhibitions</a></li><li aria-current="page">The Hindenburg disaster</li></ol></nav>
<main id="main">
 <header class="hero">
  <p class="eyebrow">%(kicker)s</p>
  <h1>%(title)s</h1>
  <p class="standfirst">%(intro)s</p>
 </header>
 <div class="layout">
  <article class="exhibition-body">
%(chapters)s
   <div class="share"><span>Share this story:</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a></div>
  </article>
  <aside class="facts" aria-labelledby="facts-h">
   <h3 id="facts-h">LZ 129 at a glance</h3>
   <dl>
    <dt>Length</dt><dd>245 m</dd>
    <dt>First flight</dt><dd>4 March 1936</dd>
    <dt>Lifting gas</dt><dd>Hydrogen</dd>
    <dt>Destroyed</dt><dd>6 May 1937, Lakehurst</dd>
   </dl>
   <p><a href="/visit/airship-hall">See our airship gallery in person</a></p>
  </aside>
 </div>
 <section class="related" aria-label="Related">
  <h3>You might also like</h3>
  <ul><li><a href="/exhibitions/online/r101">The R101 and the end of British airships</a></li>
  <li><a href="/exhibitions/online/graf-zeppelin">Around the world on the Graf Zeppelin</a></li></ul>
 </section>
</main>
<footer class="site-footer">
 <p>%(museum)s, Route 70, Lakewood Township. Open Tuesday to Sunday, 10:00–17:00.</p>
 <p><a href="/accessibility">Accessibility</a> · <a href="/privacy">Privacy</a> · <a href="/terms">Terms of use</a> ·
 <a href="/press">Press</a> · <a href="/jobs">Jobs</a></p>
 <p>© 2026 %(museum)s. Registered charity.</p>
</footer>
<script>
 document.querySelectorAll('#cookie-banner button').forEach(function (b) {
   b.addEventListener('click', function () { document.getElementById('cookie-banner').hidden = true; });
 });
</script>
</body>
</html>
"""


def chapters():
    out = []
    for s in EX["sections"]:
        slug = s["label"].lower().replace(" ", "-")
        out.append('   <section class="chapter" id="%s">' % slug)
        out.append('    <p class="chapter-label">%s</p>' % esc(s["label"]))
        out.append('    <h2>%s</h2>' % esc(s["title"]))
        for i, p in enumerate(s["paras"]):
            out.append('    <p>%s</p>' % esc(p))
            for c in s["caps"]:
                if c["after"] == i:
                    src, w, h = IMGS[(s["label"], s["caps"].index(c))]
                    out.append('    <figure class="wp-block-image">\n     <img src="%s" width="%d" height="%d" alt="" '
                               'loading="lazy">\n     <figcaption>%s <span class="credit">%s</span></figcaption>\n'
                               '    </figure>' % (src, w, h, esc(c["text"]), esc(c["credit"])))
        if s["label"] == "Chapter 3":
            out.append('    <div class="audio" role="region" aria-label="Audio">\n     <p><strong>Listen:</strong> '
                       'Herbert Morrison’s recording, 6 May 1937 (3 min 12 s). Contains distressing content.</p>\n'
                       '     <audio controls preload="none" src="/media/morrison-1937.mp3"></audio>\n    </div>')
        out.append('   </section>')
    return "\n".join(out)


def main():
    os.makedirs(os.path.join(OUT, "img"), exist_ok=True)
    for src, w, h in IMGS.values():
        grey_png(os.path.join(OUT, src), w, h)
    html = PAGE % dict(title=esc(EX["title"]), museum=esc(EX["museum"]), kicker=esc(EX["kicker"]),
                       intro=esc(EX["intro"]), desc=esc(EX["intro"][:150]), chapters=chapters())
    open(os.path.join(OUT, NAME + ".html"), "w", encoding="utf-8").write(html)
    write_gold(os.path.join(OUT, NAME + ".json"), gold(EX, running=[]))
    print(NAME, "ok")


if __name__ == "__main__":
    main()
