"""Exhibit 6: Pompeii (HTML page as a museum website publishes it). Cookie
banner, skip link, site header + nav, breadcrumbs, in-article UI (reading
time, share bar, audio button, back-to-top), newsletter box and footer
boilerplate around <article>. Sections are <h2> with a kicker <span> label
("Gallery 1"). Figures use <figcaption> with the credit in <small>; one
figcaption comes BEFORE its <picture>. A <blockquote> paragraph is content.
The last paragraph of Gallery 3 sits inside <details> with a "Read more"
summary. Entities (&rsquo;, &nbsp;, &amp;) and a few &shy; in long words."""
import html, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import P, C, gold, write_gold, body_words, n_captions, OUT, HERE

NAME = "pompeii_rediscovery"
TITLE = "Buried by Vesuvius: The Rediscovery of Pompeii"
QUOTE = ("Ash was already falling, though not yet thickly. I looked back: a dense black cloud was rising behind us, "
         "pouring across the land like a flood.")

SECTIONS = [
    (None, TITLE, [
        P("In the year 79 the volcano Vesuvius buried the Roman town of Pompeii under several metres of ash and pumice. "
          "Forgotten for centuries, the town was slowly uncovered from the eighteenth century onwards, and it still offers the "
          "most complete picture we have of daily life in the Roman world."),
    ]),
    ("Gallery 1", "A Town on the Bay of Naples", [
        P("Pompeii stood near the mouth of the River Sarno, a few kilometres from the foot of Vesuvius. It was an old town "
          "that had become a Roman colony in 80 BC, and it was home to perhaps eleven thousand people. Its streets were lined "
          "with houses, shops, bakeries and bars, and it had a forum, temples, public baths and an amphitheatre."),
        P("In AD 62 a strong earthquake damaged many buildings. Seventeen years later some of them were still being repaired. "
          "Nobody realised that the mountain above the town was a volcano, because it had been quiet for centuries."),
        C("Painted election notices on a house wall, urging citizens to vote for local candidates.",
          None, "Photo: Lucilla Ferrante / Archivio Sarnese"),
    ]),
    ("Gallery 2", "Two Days of Darkness", [
        P("The eruption began around midday. A column of ash and pumice rose many kilometres into the sky, and for hours "
          "stones rained down on Pompeii until roofs collapsed under the weight. Many people fled, but others sheltered "
          "indoors. Early the next morning clouds of scorching gas and ash swept down the slopes and killed everyone still in "
          "the town."),
        P("Across the bay at Misenum, the young Pliny watched the disaster. His uncle, Pliny the Elder, commander of the Roman "
          "fleet, sailed towards the coast to help and died on the shore at Stabiae. Years later the nephew described the day "
          "in two letters to the historian Tacitus:"),
        P(QUOTE),
        C("Vesuvius seen from the ruins of the forum, with the line of the ancient shore far out in the plain.",
          "Below", "Courtesy of the Fondazione Castellani-Ruiz"),
    ]),
    ("Gallery 3", "Treasure Hunters and Archaeologists", [
        P("Workmen digging a well found the neighbouring town of Herculaneum in 1709, and in 1748 excavations began at "
          "Pompeii on the orders of the Bourbon king Charles of Naples. At first the diggers tunnelled in search of statues "
          "and paintings for the royal collection. Only in 1763 did an inscription prove that the site was Pompeii."),
        P("In 1863 the archaeologist Giuseppe Fiorelli noticed that the bodies of victims had decayed inside the hardened "
          "ash and left hollow spaces. He had plaster poured into them, and the casts that emerged preserved the last "
          "moments of men, women, children and animals."),
    ]),
    ("Gallery 4", "Pompeii Today", [
        P("About a third of the town has still not been excavated. The exposed ruins suffer from weather, plants and millions of "
          "visitors, and the collapse of the House of the Gladiators in 2010 caused an outcry. Since then a large conservation "
          "programme has stabilised many buildings, and new excavations have uncovered painted rooms, a fast-food counter "
          "and a charcoal inscription that suggests the eruption took place in October rather than in August."),
        C("Restorers cleaning a wall painting in a recently excavated house.", None,
          "\u00a9 Teodoro Villani for the Museo Civico di Boscoreale"),
    ]),
]

SHY_WORDS = ["amphitheatre", "excavations", "conservation", "archaeologist"]


def esc(s):
    e = html.escape(s, quote=False).replace("\u2019", "&rsquo;").replace("\u00a9", "&copy;")
    for w in SHY_WORDS:
        if w == "amphitheatre":
            e = e.replace(w, "amphi&shy;theatre")
        elif w == "excavations":
            e = e.replace(w, "exca&shy;va&shy;tions")
        elif w == "conservation":
            e = e.replace(w, "con&shy;ser&shy;va&shy;tion")
        elif w == "archaeologist":
            e = e.replace(w, "archae&shy;ologist")
    e = e.replace("80 BC", "80&nbsp;BC").replace("AD 62", "AD&nbsp;62")
    return e


def fig(b, n, before=False):
    cap = esc(b[1])
    if b[2]:
        cap = "<strong>%s:</strong> %s" % (b[2], cap)
    fc = '<figcaption>%s <small class="credit">%s</small></figcaption>' % (cap, esc(b[3]))
    if n == 3:
        fc = '<figcaption>%s<br>\n            <small class="credit">%s</small></figcaption>' % (cap, esc(b[3]))
    alts = {1: "Red painted letters on a plastered wall", 2: "A mountain behind broken columns",
            3: "Two people working on a painted wall"}
    pic = ('<picture><source srcset="img/pompeii_%d.webp" type="image/webp">'
           '<img src="img/pompeii_%d.png" alt="%s" loading="lazy" width="960" height="600"></picture>' % (n, n, alts[n]))
    inner = (fc + "\n          " + pic) if before else (pic + "\n          " + fc)
    return '        <figure class="exhibit-figure">\n          %s\n        </figure>' % inner


def build():
    out = []
    n = 0
    for label, title, blocks in SECTIONS:
        if label is None:
            out.append('      <p class="lede">%s</p>' % esc(blocks[0][1]))
            continue
        out.append('      <section id="%s">' % label.lower().replace(" ", "-"))
        out.append('        <h2><span class="kicker">%s</span> %s</h2>' % (label, esc(title)))
        for b in blocks:
            if b[0] == "p":
                if b[1] == QUOTE:
                    out.append('        <blockquote><p>%s</p></blockquote>' % esc(b[1]))
                elif b[1].startswith("In 1863"):
                    out.append('        <details class="more"><summary>Read more</summary>\n          <p>%s</p>\n        </details>' % esc(b[1]))
                else:
                    out.append("        <p>%s</p>" % esc(b[1]))
            else:
                n += 1
                out.append(fig(b, n, before=(n == 2)))
        out.append('        <p class="back"><a href="#top">Back to top &uarr;</a></p>')
        out.append("      </section>")
    article = "\n".join(out)
    return PAGE.replace("%ARTICLE%", article).replace("%TITLE%", esc(TITLE))


PAGE = """<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>%TITLE% | Online exhibitions | Vesper Hall Museum of Antiquity</title>
  <meta name="description" content="An online exhibition about the eruption of Vesuvius and the excavation of Pompeii.">
  <link rel="stylesheet" href="/static/css/site.min.css">
  <script defer src="/static/js/analytics.js"></script>
</head>
<body id="top">
  <div class="cookie-banner" role="dialog" aria-label="Cookie consent">
    <p>We use cookies to make this website work and to understand how visitors use it. You can accept all cookies or choose which ones to allow.</p>
    <button type="button">Accept all</button> <button type="button">Manage preferences</button>
  </div>
  <a class="skip-link" href="#main">Skip to main content</a>
  <header class="site-header">
    <a class="logo" href="/">Vesper Hall Museum of Antiquity</a>
    <nav aria-label="Main">
      <ul>
        <li><a href="/visit">Visit</a></li>
        <li><a href="/exhibitions">Exhibitions</a></li>
        <li><a href="/collection">Collection</a></li>
        <li><a href="/learn">Learn</a></li>
        <li><a href="/shop">Shop</a></li>
        <li><a href="/support" class="button">Donate</a></li>
      </ul>
    </nav>
    <form role="search" action="/search"><label for="q">Search</label> <input id="q" name="q" type="search"></form>
  </header>
  <nav class="breadcrumbs" aria-label="Breadcrumb">
    <ol>
      <li><a href="/">Home</a></li>
      <li><a href="/exhibitions">Exhibitions</a></li>
      <li><a href="/exhibitions/online">Online exhibitions</a></li>
      <li aria-current="page">Buried by Vesuvius</li>
    </ol>
  </nav>
  <main id="main">
    <article class="online-exhibition">
      <header class="article-header">
        <p class="eyebrow">Online exhibition</p>
        <h1>%TITLE%</h1>
        <p class="meta"><span>Reading time: 6 minutes</span> &middot; <time datetime="2026-03-14">14 March 2026</time></p>
        <div class="share" aria-label="Share this page">Share: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a> <button type="button" onclick="window.print()">Print</button></div>
        <button class="audio" type="button">&#9654; Listen to this page</button>
      </header>
%ARTICLE%
      <footer class="article-footer">
        <p>Tags: <a href="/tags/roman">Roman world</a>, <a href="/tags/volcanoes">Volcanoes</a>, <a href="/tags/archaeology">Archaeology</a></p>
      </footer>
    </article>
    <aside class="related" aria-label="Related content">
      <h3>You might also like</h3>
      <ul>
        <li><a href="/exhibitions/online/roman-glass">Roman glass: light in the ancient world</a></li>
        <li><a href="/exhibitions/online/herculaneum-papyri">The burnt library of Herculaneum</a></li>
      </ul>
      <h3>Plan your visit</h3>
      <p>Our Roman gallery is open every day from 10.00 to 17.30. Entry is free.</p>
    </aside>
    <section class="newsletter">
      <h3>Sign up to our newsletter</h3>
      <form action="/newsletter"><label for="email">Email address</label> <input id="email" type="email"> <button>Subscribe</button></form>
    </section>
  </main>
  <footer class="site-footer">
    <p>Vesper Hall Museum of Antiquity, 12 Orchard Row, Marlow SL7 2QH</p>
    <ul><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy">Privacy &amp; cookies</a></li><li><a href="/contact">Contact us</a></li></ul>
    <p>&copy; 2026 Vesper Hall Museum of Antiquity. Registered charity no. 1123456.</p>
  </footer>
</body>
</html>
"""


def main():
    from PIL import Image
    os.makedirs(os.path.join(OUT, "img"), exist_ok=True)
    for i in (1, 2, 3):
        Image.new("RGB", (960, 600), (160, 160, 160)).save(os.path.join(OUT, "img", "pompeii_%d.png" % i))
    open(os.path.join(OUT, NAME + ".html"), "w", encoding="utf-8").write(build())
    write_gold(NAME, gold(TITLE, [], SECTIONS))
    print(NAME, "words", body_words(SECTIONS), "captions", n_captions(SECTIONS))


if __name__ == "__main__":
    main()
