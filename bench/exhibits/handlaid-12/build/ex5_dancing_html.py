# Dancing plague: CMS-like HTML page (Drupal-style field wrappers), cookie banner first in <body>,
# sections as <li> of an <ol> (the number is the list marker), aside "Related items", a pull quote.
import os, html
from PIL import Image
from content import DANCING as EX, write_gold, OUT

NAME = "dancing_plague"
e = html.escape


def fig(b, cls, credit_tag):
    return ('<figure class="%s">\n  <img src="img/grey.png" width="640" height="420" alt="">\n'
            '  <figcaption>%s <%s class="credit">%s</%s></figcaption>\n</figure>\n'
            % (cls, e(b[1]), credit_tag, e(b[3]), credit_tag))


def build():
    os.makedirs(os.path.join(OUT, "img"), exist_ok=True)
    Image.new("RGB", (640, 420), (185, 185, 185)).save(os.path.join(OUT, "img", "grey.png"))
    secs = EX["sections"]
    t1, t2 = EX["title"].split(": ", 1)
    H = []
    H.append("""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Dancing in the Streets | Exhibitions | Rhine Valley Museum of Everyday Life</title>
<meta name="description" content="In the summer of 1518 dozens of people in Strasbourg began to dance and could not stop.">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{margin:0;font-family:Georgia,serif;color:#222;background:#fbfaf7}
.cookie{background:#222;color:#fff;padding:12px 20px;font-family:Arial,sans-serif;font-size:14px}
.cookie button{margin-left:10px}
.site-header{display:flex;justify-content:space-between;align-items:center;padding:14px 24px;border-bottom:3px solid #7a2d2d}
.site-header nav ul{list-style:none;display:flex;gap:18px;margin:0;padding:0;font-family:Arial,sans-serif}
.layout{display:grid;grid-template-columns:220px 1fr 260px;gap:32px;max-width:1200px;margin:24px auto;padding:0 24px}
.exhibit-toc{font-family:Arial,sans-serif;font-size:14px}
.breadcrumb{font-family:Arial,sans-serif;font-size:13px;color:#666}
h1.page-title{font-size:40px;line-height:1.1;margin:.3em 0}
h1 .subtitle{display:block;font-size:26px;font-weight:normal}
.field--name-field-standfirst{font-size:20px;font-style:italic}
ol.stations{padding-left:2.2em}
ol.stations>li{font-size:30px;font-weight:bold;color:#7a2d2d;margin-top:1.2em}
ol.stations>li>*{font-size:17px;font-weight:normal;color:#222}
ol.stations>li>h2{font-size:26px;font-weight:bold;color:#222;margin-top:0}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
figure img{max-width:100%;height:auto;background:#bbb}
figcaption{font-family:Arial,sans-serif;font-size:13px;color:#444}
figcaption .credit{display:block;color:#888;font-style:italic}
blockquote.pullquote{font-size:24px;border-left:4px solid #7a2d2d;padding-left:16px;margin:1em 0}
aside.related{font-family:Arial,sans-serif;font-size:14px;background:#eee;padding:16px}
footer.site-footer{border-top:1px solid #ccc;padding:24px;font-family:Arial,sans-serif;font-size:13px}
</style>
</head>
<body class="path-node page-node-type-exhibition">
<div class="cookie" role="dialog" aria-label="Cookie consent">
  We use cookies to understand how visitors use our website. <a href="/privacy">Read our privacy policy</a>.
  <button type="button">Accept all</button><button type="button">Only necessary</button>
</div>
<a class="skip-link" href="#main-content">Skip to main content</a>
<header class="site-header" role="banner">
  <a class="logo" href="/">Rhine Valley Museum of Everyday Life</a>
  <nav aria-label="Main"><ul>
    <li><a href="/visit">Visit</a></li><li><a href="/exhibitions">Exhibitions</a></li>
    <li><a href="/collection">Collection</a></li><li><a href="/learn">Learn</a></li>
    <li><a href="/support">Support us</a></li></ul></nav>
</header>
<div class="layout">
<nav class="exhibit-toc" aria-label="In this exhibition">
  <h2>In this exhibition</h2>
  <ul>
""")
    for label, title, _ in secs[1:]:
        H.append('    <li><a href="#station-%s">%s</a></li>\n' % (label, e(title)))
    H.append("""  </ul>
  <p><a href="/exhibitions/past">All past exhibitions</a></p>
</nav>
<main id="main-content" role="main">
<div class="breadcrumb"><a href="/">Home</a> › <a href="/exhibitions">Exhibitions</a> › Online exhibitions</div>
<article class="node node--type-exhibition">
  <header class="node__header">
""")
    H.append('    <h1 class="page-title"><span class="field field--name-title">%s:</span> <span class="subtitle">%s</span></h1>\n' % (e(t1), e(t2)))
    H.append('    <div class="node__meta">Online exhibition · Updated 3 March 2026</div>\n  </header>\n')
    for b in secs[0][2]:
        H.append('  <div class="field field--name-field-standfirst"><p>%s</p></div>\n' % e(b[1]))
    H.append('  <div class="field field--name-field-sections">\n  <ol class="stations">\n')
    for i, (label, title, blocks) in enumerate(secs[1:], start=1):
        H.append('  <li id="station-%s" class="paragraph paragraph--type--station">\n' % label)
        H.append('    <h2><span class="sr-only">Station %s: </span>%s</h2>\n' % (label, e(title)))
        paras = [b for b in blocks if b[0] == "p"]
        caps = [b for b in blocks if b[0] == "c"]
        for j, b in enumerate(paras):
            H.append('    <p>%s</p>\n' % e(b[1]))
            if i == 2 and j == 0:
                H.append('    <blockquote class="pullquote"><p>“The dancers should dance it out.”</p></blockquote>\n')
        for b in caps:
            if i == 1:
                H.append("    " + fig(b, "media media--wide", "span"))
            else:
                H.append("    " + fig(b, "media media--right", "small"))
        H.append('  </li>\n')
    H.append("""  </ol>
  </div>
  <footer class="node__footer">
    <p class="share">Share: <a href="#">Email</a> <a href="#">Facebook</a> <a href="#">Bluesky</a></p>
    <p class="tags">Topics: <a href="/topics/medicine">Medicine</a>, <a href="/topics/strasbourg">Strasbourg</a></p>
  </footer>
</article>
</main>
<aside class="related" aria-labelledby="related-title">
  <h2 id="related-title">Related items</h2>
  <ul>
    <li><a href="/collection/obj/4411"><img src="img/grey.png" width="80" height="53" alt=""> Pilgrim badge of Saint Vitus</a></li>
    <li><a href="/exhibitions/famine-years">Hungry Years: Famine on the Upper Rhine</a></li>
    <li><a href="/learn/talks/dancing-mania">Talk: What was dancing mania?</a></li>
  </ul>
  <p class="newsletter">Get our newsletter for new exhibitions and events. <a href="/newsletter">Sign up</a></p>
</aside>
</div>
<footer class="site-footer" role="contentinfo">
  <p>Rhine Valley Museum of Everyday Life · Open Tuesday to Sunday, 10:00–18:00</p>
  <p><a href="/accessibility">Accessibility</a> · <a href="/privacy">Privacy</a> · © 2026</p>
</footer>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"page":"exhibition","title":"Dancing in the Streets"});</script>
</body>
</html>
""")
    with open(os.path.join(OUT, NAME + ".html"), "w", encoding="utf-8") as f:
        f.write("".join(H))
    write_gold(NAME, EX)


if __name__ == "__main__":
    build()
