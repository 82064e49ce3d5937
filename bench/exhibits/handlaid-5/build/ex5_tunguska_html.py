# Exhibit 5: a museum website page (nav, header, footer, aside) with the exhibit in <article>.
import sys, os, html, textwrap
sys.path.insert(0, os.path.dirname(__file__))
from common import P, C, write_gold, body_words
OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
NAME = "tunguska_event"
TITLE = "The Day the Sky Split: The Tunguska Event of 1908"
sections = [
 {"label": None, "title": TITLE, "blocks": [
  P("Early on the morning of 30 June 1908, a huge explosion flattened the forest over an area of more than two thousand square kilometres near the Podkamennaya Tunguska River in central Siberia. It was the largest impact event in recorded history, yet because the region was so remote, almost no one went to look for nearly twenty years."),
 ]},
 {"label": None, "title": "The Morning of 30 June", "blocks": [
  P("At about a quarter past seven local time, Evenki herders and Russian settlers saw a column of bluish light moving across the sky, followed by a flash and a sound like artillery fire. At the trading post of Vanavara, some sixty-five kilometres from the centre of the blast, a man named Semenov was thrown from the porch where he was sitting and felt a heat so strong that he thought his shirt had caught fire. Windows broke hundreds of kilometres away."),
  P("Seismic stations across Eurasia recorded the shock, and barometers as far away as Britain registered the pressure wave. For several nights afterwards the sky over Europe and Asia glowed so brightly that people in London could read a newspaper outdoors at midnight."),
  C("Trees flattened by the blast, photographed during the expedition of 1927.", None, "Photo: Arkady Vetrov / Taiga Survey Collection"),
 ]},
 {"label": None, "title": "Kulik\u2019s Expeditions", "blocks": [
  P("The first scientific expedition reached the area only in 1927, led by the mineralogist Leonid Kulik of the Soviet Academy of Sciences. Kulik expected to find a large crater and a body of meteoritic iron. Instead he found a vast area of fallen trees, all pointing away from a central point. At the centre, strangely, many trees were still standing, stripped of their branches and bark like telegraph poles."),
  P("Kulik returned several times over the next decade and drained swamps in search of fragments, but he never found a crater or any large piece of the object. His photographs and surveys nonetheless gave the first clear picture of the damage, and later studies estimated that around eighty million trees had been knocked down."),
  C("A map of the fallen forest, with arrows showing the direction in which the trunks lay.", None, None),
 ]},
 {"label": None, "title": "Comet or Asteroid?", "blocks": [
  P("The absence of a crater is explained by an airburst. Most scientists now think that a stony asteroid or a fragment of a comet, perhaps fifty to sixty metres across, exploded in the air at a height of five to ten kilometres. The energy released has been estimated at between three and thirty megatons of TNT, many hundreds of times the energy of the bomb dropped on Hiroshima."),
  P("Microscopic spheres of melted rock and metal found in the soil and in tree resin support this view, although the exact nature of the object is still debated. The Tunguska event has become a reference point for studying the danger that smaller asteroids pose to the Earth, and 30 June is now marked each year as International Asteroid Day."),
 ]},
]
e = html.escape
body = []
imgs = ["img/fallen-trees-1927.png", "img/kulik-map.png"]
k = 0
for s in sections:
    if s["label"] is None and s["title"] == TITLE:
        pass
    else:
        body.append('    <h2>%s</h2>' % e(s["title"]))
    for b in s["blocks"]:
        if b["kind"] == "paragraph":
            body.append("    <p>%s</p>" % textwrap.fill(e(b["text"]), 96, subsequent_indent="      "))
        elif b["credit"]:
            body.append('    <figure class="exhibit-figure">\n      <img src="%s" alt="Fallen larch trunks in the taiga" width="640" height="420">\n      <figcaption>%s <span class="credit">%s</span></figcaption>\n    </figure>' % (imgs[k], e(b["text"]), e(b["credit"]))); k += 1
        else:
            body.append('    <img src="%s" alt="Map of the Tunguska treefall area" width="560" height="560">\n    <p class="caption">%s</p>' % (imgs[k], e(b["text"]))); k += 1

page = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>The Day the Sky Split | Online Exhibitions | Kovrin Museum of Natural Sciences</title>
  <link rel="stylesheet" href="/assets/css/site.css">
</head>
<body class="exhibition">
  <a class="skip-link" href="#main">Skip to content</a>
  <header class="site-header">
    <a class="logo" href="/">Kovrin Museum of Natural Sciences</a>
    <nav aria-label="Main">
      <ul>
        <li><a href="/visit/">Visit</a></li>
        <li><a href="/exhibitions/">Exhibitions</a></li>
        <li><a href="/collections/">Collections</a></li>
        <li><a href="/learn/">Learn</a></li>
        <li><a href="/shop/">Shop</a></li>
      </ul>
    </nav>
  </header>
  <nav class="breadcrumbs" aria-label="Breadcrumb">
    <a href="/">Home</a> &rsaquo; <a href="/exhibitions/">Exhibitions</a> &rsaquo; <span>Tunguska 1908</span>
  </nav>
  <main id="main">
  <article class="exhibit">
    <h1>%(h1)s</h1>
%(body)s
  </article>
  <aside class="related">
    <h3>Related exhibitions</h3>
    <ul>
      <li><a href="/exhibitions/iron-from-the-sky/">Iron from the Sky: Meteorites of the Urals</a></li>
      <li><a href="/exhibitions/northern-lights/">Northern Lights</a></li>
    </ul>
  </aside>
  </main>
  <footer class="site-footer">
    <p>Kovrin Museum of Natural Sciences &middot; 14 Embankment Lane &middot; Open Tuesday to Sunday, 10:00&ndash;18:00</p>
    <p><a href="/privacy/">Privacy</a> | <a href="/accessibility/">Accessibility</a> | <a href="/contact/">Contact</a></p>
    <p class="copyright">&copy; 2026 Kovrin Museum of Natural Sciences. All rights reserved.</p>
  </footer>
</body>
</html>
""" % {"h1": e(TITLE), "body": "\n".join(body)}
open(os.path.join(OUT, NAME + ".html"), "w").write(page)
from PIL import Image
os.makedirs(os.path.join(OUT, "img"), exist_ok=True)
Image.new("RGB", (640, 420), (185, 185, 185)).save(os.path.join(OUT, imgs[0]))
Image.new("RGB", (560, 560), (205, 205, 205)).save(os.path.join(OUT, imgs[1]))
write_gold(os.path.join(OUT, NAME + ".json"), TITLE, [], sections)
print("words", body_words(sections))
