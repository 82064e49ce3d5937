"""Ex6: Wright brothers -- HTML page exported from a museum CMS: skip link, site header with nav,
breadcrumbs, article meta line, 'Part One' eyebrow spans inside the h2, figure/figcaption with a credit
<small>, a pull-quote <aside> (decoration), a related-content <aside>, share links and a site footer."""
import os, sys, html, shutil
sys.path.insert(0, os.path.dirname(__file__))
from common import P, C, gold, write_gold, OUT, HERE, body_words, n_captions

NAME = "wright_brothers"
TITLE = "Twelve Seconds at Kitty Hawk: The Wright Brothers\u2019 First Flight"
RUNNING = []
LEDE = ("On the morning of 17 December 1903, on the windswept dunes of North Carolina\u2019s Outer Banks, a fragile "
        "machine of wood, wire and muslin lifted into the air under its own power and carried a man with it. The flight "
        "lasted twelve seconds.")
PULL = ("The greatest problem was not lifting a machine into the air but controlling it once it was there.")

SECTIONS = [
    (None, TITLE, [P(LEDE)]),
    ("Part One", "The Bicycle Makers", [
        P("Wilbur and Orville Wright ran a bicycle shop in Dayton, Ohio, where they designed, built and repaired "
          "bicycles. Neither brother had finished high school, but both were skilled mechanics, and the shop gave them "
          "the money and the tools to pursue an interest in flight."),
        P("They were inspired by the German glider pioneer Otto Lilienthal, who was killed in a crash in 1896. The "
          "brothers decided that the greatest problem was not lifting a machine into the air but controlling it once it "
          "was there."),
    ]),
    ("Part Two", "Learning to Steer", [
        P("Watching birds, Wilbur noticed that they twisted the tips of their wings to turn and to keep their balance. "
          "The brothers copied this with a system they called wing warping, in which wires twisted the wings of their "
          "glider."),
        P("From 1900 they tested gliders at Kitty Hawk, chosen for its steady winds and soft sand. When their early "
          "results were disappointing, they built a small wind tunnel in Dayton and tested some two hundred model wing "
          "shapes."),
        C("The brothers\u2019 1902 glider being flown as a kite on the dunes.", None,
          "Photo: Harriet Oyelaran / Dayton Flight Archive"),
    ]),
    ("Part Three", "The Flyer", [
        P("No engine maker could supply a motor that was both light and powerful enough, so their mechanic, Charlie "
          "Taylor, built one in six weeks. The brothers carved their own propellers, which they designed from their "
          "wind tunnel data."),
        P("On 17 December 1903 Orville made the first flight, covering about thirty-seven metres in twelve seconds, "
          "while five witnesses watched. The brothers took turns and made four flights that day; the last, with Wilbur "
          "at the controls, went 260 metres in fifty-nine seconds. Soon afterwards a gust of wind overturned the "
          "machine and damaged it beyond repair."),
        C("A replica of the 1903 Flyer suspended in the museum\u2019s main hall.", "Above",
          "Courtesy of the Miami Valley Aeronautical Society"),
    ]),
    ("Part Four", "A Slow Recognition", [
        P("Few newspapers reported the flight, and many people did not believe it. The brothers continued their work "
          "in a cow pasture near Dayton, and by 1905 they could stay in the air for more than half an hour."),
        P("Only in 1908, when Wilbur flew before astonished crowds in France and Orville demonstrated an aeroplane to "
          "the United States Army, were they recognised around the world. The original Flyer is now displayed at the "
          "Smithsonian Institution in Washington."),
    ]),
]

e = html.escape


def page():
    o = []
    o.append('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
             '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
             '<title>%s | Stillwater Flight Museum</title>\n'
             '<meta name="description" content="The story of the first powered flight, told through objects in our collection.">\n'
             '<meta property="og:title" content="Twelve Seconds at Kitty Hawk">\n'
             '<link rel="stylesheet" href="/static/css/site.min.css?v=4.12">\n'
             '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"Twelve Seconds at Kitty Hawk","author":{"@type":"Organization","name":"Stillwater Flight Museum"}}</script>\n'
             '</head>\n<body class="page-exhibition-story cms-node-4471">\n' % e(TITLE))
    o.append('<a class="skip-link" href="#main">Skip to main content</a>\n'
             '<header class="site-header">\n  <a class="logo" href="/">Stillwater Flight Museum</a>\n'
             '  <nav class="main-nav" aria-label="Main">\n    <ul>\n      <li><a href="/visit/">Visit</a></li>\n'
             '      <li><a href="/exhibitions/" aria-current="true">Exhibitions</a></li>\n'
             '      <li><a href="/collection/">Collection</a></li>\n      <li><a href="/learn/">Learn</a></li>\n'
             '      <li><a href="/support/">Support us</a></li>\n    </ul>\n  </nav>\n'
             '  <a class="button button--ticket" href="/tickets/">Book tickets</a>\n</header>\n')
    o.append('<nav class="breadcrumbs" aria-label="Breadcrumb">\n  <ol>\n    <li><a href="/">Home</a></li>\n'
             '    <li><a href="/exhibitions/">Exhibitions</a></li>\n    <li><a href="/exhibitions/first-flight/">Taking Off</a></li>\n'
             '    <li aria-current="page">Twelve Seconds at Kitty Hawk</li>\n  </ol>\n</nav>\n')
    o.append('<main id="main">\n<article class="story">\n  <header class="story__header">\n'
             '    <p class="story__kicker">Exhibition story</p>\n    <h1>%s</h1>\n'
             '    <p class="story__meta">Published <time datetime="2026-03-03">3 March 2026</time> \u00b7 6 min read</p>\n'
             '    <p class="story__lede">%s</p>\n  </header>\n' % (e(TITLE), e(LEDE)))
    for lab, tit, blocks in SECTIONS[1:]:
        o.append('  <section class="story__section">\n    <h2><span class="eyebrow">%s</span> %s</h2>\n' % (lab, e(tit)))
        for b in blocks:
            if b[0] == "p":
                o.append("    <p>%s</p>\n" % e(b[1]))
                if b[1].endswith("once it was there."):
                    o.append('    <aside class="pullquote" aria-hidden="true"><blockquote>\u201c%s\u201d</blockquote></aside>\n' % e(PULL))
            else:
                img = "glider.png" if b[2] is None else "flyer.png"
                pos = '<strong class="position">%s:</strong> ' % b[2] if b[2] else ""
                o.append('    <figure class="media media--wide">\n      <img src="img/%s" alt="" width="1200" height="800" loading="lazy">\n'
                         '      <figcaption>%s%s <small class="credit">%s</small></figcaption>\n    </figure>\n'
                         % (img, pos, e(b[1]), e(b[3])))
        o.append("  </section>\n")
    o.append('  <footer class="story__footer">\n    <ul class="tags"><li><a href="/tags/aviation/">Aviation</a></li>'
             '<li><a href="/tags/ohio/">Ohio</a></li></ul>\n'
             '    <div class="share">Share: <a href="#">Facebook</a> <a href="#">Email</a></div>\n  </footer>\n'
             '</article>\n')
    o.append('<aside class="related" aria-labelledby="rel-h">\n  <h2 id="rel-h">More from Taking Off</h2>\n  <ul>\n'
             '    <li><a href="/exhibitions/first-flight/huffman-prairie/">Circles over a cow pasture</a></li>\n'
             '    <li><a href="/exhibitions/first-flight/engine/">The engine Charlie built</a></li>\n  </ul>\n</aside>\n</main>\n')
    o.append('<footer class="site-footer">\n  <p>Stillwater Flight Museum \u00b7 2200 Prairie Road \u00b7 Open daily 10:00\u201317:00</p>\n'
             '  <p><a href="/privacy/">Privacy</a> \u00b7 <a href="/accessibility/">Accessibility</a></p>\n'
             '  <p>\u00a9 2026 Stillwater Flight Museum</p>\n</footer>\n</body>\n</html>\n')
    return "".join(o)


if __name__ == "__main__":
    open(os.path.join(OUT, NAME + ".html"), "w", encoding="utf-8").write(page())
    os.makedirs(os.path.join(OUT, "img"), exist_ok=True)
    shutil.copy(os.path.join(HERE, "grey.png"), os.path.join(OUT, "img", "glider.png"))
    shutil.copy(os.path.join(HERE, "grey_plate.png"), os.path.join(OUT, "img", "flyer.png"))
    write_gold(NAME, gold(TITLE, RUNNING, SECTIONS))
    print(NAME, "words", body_words(SECTIONS), "captions", n_captions(SECTIONS))
