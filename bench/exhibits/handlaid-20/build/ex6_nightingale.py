# -*- coding: utf-8 -*-
"""Exhibit 6: Florence Nightingale at Scutari -- a museum online-exhibition page (scrolling story),
written by this script.  Grey PNGs in img/."""
import html, os, sys, json
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import content

NAME = "nightingale_scutari_1854"
OUT = content.OUT
EX = content.NIGHTINGALE
e = html.escape
os.makedirs(os.path.join(OUT, "img"), exist_ok=True)
for n, (w, h) in {"hero": (1200, 500), "lantern": (600, 400), "rose": (500, 500), "notebook": (500, 500),
                  "related1": (300, 300), "related2": (300, 300), "logo": (160, 60)}.items():
    content.grey_png(os.path.join(OUT, "img", "nightingale_%s.png" % n), w, h, 180 if n != "logo" else 120)


def ptext(p):
    parts = p.split("^")
    out = ""
    for i, part in enumerate(parts):
        out += e(part)
        if i < len(parts) - 1:
            out += '<sup class="fn"><a href="#note-1" id="ref-1">1</a></sup>'
    return content.clean(out)


S = EX["sections"]
toc = "\n".join('      <li><a href="#part-%d">%s</a></li>' % (i + 1, e(s["title"])) for i, s in enumerate(S))


def section(i, s):
    out = ['    <section class="chapter" id="part-%d">' % (i + 1),
           '      <p class="eyebrow">%s</p>' % e(s["label"]),
           '      <h2>%s</h2>' % e(s["title"])]
    paras = s["paras"]
    if s["label"] == "Part 2":
        c = s["captions"][0]
        out.append("      <p>%s</p>" % ptext(paras[0]))
        out.append('      <figure class="inline">\n        <img src="img/nightingale_lantern.png" alt="Brass lantern with pierced sides">\n'
                   '        <figcaption><span class="pos">%s:</span> %s <small class="credit">%s</small></figcaption>\n      </figure>'
                   % (e(c["pos"]), e(c["text"]), e(c["credit"])))
        for p in paras[1:]:
            out.append("      <p>%s</p>" % ptext(p))
    elif s["label"] == "Part 3":
        out.append("      <p>%s</p>" % ptext(paras[0]))
        out.append('      <blockquote class="pull"><p>%s</p><cite>%s</cite></blockquote>' % (e(EX["pullquote"]), e(EX["pullquote_by"])))
        out.append("      <p>%s</p>" % ptext(paras[1]))
        out.append('      <div class="audio"><button type="button">Listen to this section</button>\n'
                   '        <template id="transcript-3"><p>%s</p></template></div>' % e(content.clean(paras[0])))
    elif s["label"] == "Part 4":
        for p in paras:
            out.append("      <p>%s</p>" % ptext(p))
        out.append('      <div class="pair">')
        for c, img in zip(s["captions"], ("rose", "notebook")):
            out.append('        <figure>\n          <img src="img/nightingale_%s.png" alt="">\n'
                       '          <figcaption>%s <small class="credit">%s</small></figcaption>\n        </figure>'
                       % (img, e(c["text"]), e(c["credit"])))
        out.append("      </div>")
    else:
        for p in paras:
            out.append("      <p>%s</p>" % ptext(p))
    out.append("    </section>")
    return "\n".join(out)


sb = EX["sidebar"]
body_sections = [section(i, s) for i, s in enumerate(S)]
# the sidebar card is placed between Part 1 and Part 2 in the DOM
body_sections.insert(1, '    <aside class="card" aria-labelledby="seacole">\n      <h3 id="seacole">%s</h3>\n      <p>%s</p>\n    </aside>'
                     % (e(sb["title"]), e(content.clean(sb["paras"][0]))))
ld = {"@context": "https://schema.org", "@type": "ExhibitionEvent", "name": EX["title"],
      "description": content.clean(EX["intro"]), "organizer": {"@type": "Museum", "name": "Kingsway Museum of Medicine"}}
page = '''<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>%(title)s | Online exhibitions | Kingsway Museum of Medicine</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="description" content="%(intro)s">
  <style>
    body { font-family: Georgia, serif; margin: 0; color: #222; }
    .site-header, .site-footer { font-family: Arial, sans-serif; background: #1d2b3a; color: #fff; padding: 12px 24px; }
    .site-header a, .site-footer a { color: #fff; margin-right: 14px; }
    .progress { position: sticky; top: 0; background: #fff; border-bottom: 1px solid #ccc; font-family: Arial; font-size: 14px; }
    .progress ol { display: flex; list-style: none; gap: 18px; margin: 0; padding: 8px 24px; }
    .hero img { width: 100%%; display: block; }
    .story { max-width: 720px; margin: 0 auto; padding: 0 20px; }
    .eyebrow { font-family: Arial; text-transform: uppercase; letter-spacing: .1em; color: #9b2335; font-size: 13px; margin-bottom: 0; }
    .kicker { font-family: Arial; color: #9b2335; }
    .lede { font-size: 1.3em; font-style: italic; }
    figure.inline { float: right; width: 45%%; margin: 0 0 12px 18px; }
    figure img { width: 100%%; }
    figcaption { font-family: Arial; font-size: 13px; }
    .pos { font-weight: bold; }
    .credit { display: block; color: #666; }
    .pull { font-size: 1.6em; color: #9b2335; border-left: 4px solid #9b2335; padding-left: 16px; }
    .pull cite { display: block; font-size: .5em; color: #555; }
    .card { background: #f1ebe0; padding: 14px 18px; margin: 24px 0; font-family: Arial; }
    .pair { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }
    .related ul { display: flex; gap: 12px; list-style: none; padding: 0; }
    #cookie { position: fixed; bottom: 0; background: #000; color: #fff; padding: 10px; }
  </style>
  <script type="application/ld+json">%(ld)s</script>
</head>
<body>
  <div id="cookie" role="dialog" aria-label="Cookie consent">
    <p>We use cookies to understand how visitors use our online exhibitions. <button>Accept all</button> <button>Only essential</button></p>
  </div>
  <header class="site-header">
    <a href="/"><img src="img/nightingale_logo.png" alt="Kingsway Museum of Medicine"></a>
    <nav aria-label="Main"><a href="/visit">Visit</a><a href="/collections">Collections</a><a href="/exhibitions">Exhibitions</a><a href="/learn">Learn</a><a href="/shop">Shop</a></nav>
  </header>
  <main>
    <div class="hero"><img src="img/nightingale_hero.png" alt="The long corridor of a military hospital"></div>
    <div class="story">
      <p class="kicker">%(kicker)s</p>
      <h1>%(title)s</h1>
      <p class="lede">%(intro)s</p>
      <p class="share">Share this story: <a href="#">Facebook</a> <a href="#">Email</a> · 12 minute read</p>
    </div>
    <nav class="progress" aria-label="Chapters">
    <ol>
%(toc)s
    </ol>
    </nav>
    <article class="story">
%(sections)s
    </article>
    <section class="story notes" aria-labelledby="notes-h">
      <h2 id="notes-h">Notes</h2>
      <ol><li id="note-1">%(note)s <a href="#ref-1">Back to text</a></li></ol>
    </section>
    <section class="story related">
      <h2>Related objects</h2>
      <ul>
        <li><a href="/objects/KMM-1910-44"><img src="img/nightingale_related1.png" alt=""> Nurse’s cap, about 1870</a></li>
        <li><a href="/objects/KMM-1957-3"><img src="img/nightingale_related2.png" alt=""> Army medical chest, 1855</a></li>
      </ul>
    </section>
  </main>
  <footer class="site-footer">
    <p>Kingsway Museum of Medicine · 40 Kingsway Row · Registered charity no. 1099999</p>
    <p><a href="/privacy">Privacy</a><a href="/access">Accessibility</a><a href="/contact">Contact us</a></p>
  </footer>
  <script>document.querySelectorAll('#cookie button').forEach(b => b.onclick = () => document.getElementById('cookie').remove());</script>
</body>
</html>
''' % {"title": e(EX["title"]), "intro": e(content.clean(EX["intro"])), "kicker": e(EX["kicker"]),
       "ld": json.dumps(ld, ensure_ascii=False), "toc": toc, "sections": "\n".join(body_sections),
       "note": e(EX["notes"][0])}
open(os.path.join(OUT, NAME + ".html"), "w", encoding="utf-8").write(page)
content.write_gold(EX, NAME)
print("wrote", NAME)
