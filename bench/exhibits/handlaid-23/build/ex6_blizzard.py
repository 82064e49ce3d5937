# Great Blizzard of 1888: HTML page of a digitised-newspaper viewer with a curator's story around it.
import os, re, zlib, struct, html
import content

NAME = "great_blizzard_1888"
EX = content.EX[NAME]
IMG = os.path.join(content.OUT, "img")
os.makedirs(IMG, exist_ok=True)


def png(path, w, h, grey=190):
    raw = b"".join(b"\x00" + bytes([grey]) * w for _ in range(h))
    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0)) + \
        chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
    open(path, "wb").write(data)


imgs = {"logo.png": (120, 40, 90), "page1.png": (600, 840, 200), "thumb1.png": (60, 84, 200),
        "thumb2.png": (60, 84, 190), "thumb3.png": (60, 84, 185), "thumb4.png": (60, 84, 195),
        "drifts.png": (640, 420, 180), "reunion.png": (640, 400, 175)}
for n, (w, h, g) in imgs.items():
    png(os.path.join(IMG, "blizzard_" + n), w, h, g)

e = html.escape
T = content.title(EX)


def para(s):
    s = e(s)
    s = re.sub(r"\^1\^", '<sup class="fn"><a href="#note-1" id="ref-1">1</a></sup>', s)
    return "<p>%s</p>" % s


sec_html = []
for si, sec in enumerate(EX["sections"]):
    lab = sec["label"]
    if lab[0].isdigit():
        d = "1888-03-%02d" % int(lab.split()[0])
        lab_html = '<time class="chapter-date" datetime="%s">%s</time>' % (d, e(lab))
    else:
        lab_html = '<span class="chapter-date">%s</span>' % e(lab)
    parts = ['<section class="chapter" id="chapter-%d">' % (si + 1),
             '  <div class="chapter-head">%s<h2>%s</h2></div>' % (lab_html, e(sec["title"]))]
    c = sec.get("caption")
    for pi, p in enumerate(sec["paras"]):
        parts.append("  " + para(p))
        if si == 1 and pi == 0:
            parts.append('  <figure class="inline-figure"><img src="img/blizzard_drifts.png" width="640" height="420" '
                         'alt="Snow piled to the first-floor windows of a row of shops">'
                         '<figcaption><b>%s:</b> %s <span class="credit">%s</span></figcaption></figure>'
                         % (c["pos"], e(c["text"]), e(c["credit"])))
        if si == 0 and pi == 0:
            parts.append('  <blockquote class="clipping"><p class="clip-label">From the OCR text of page 1, '
                         'column 3 (uncorrected):</p><p>THE STORM KING&#39;S REIGN. Ncw York Isolated From '
                         'the Outer World. N0 Trains, No Mails, No Telegraph.</p></blockquote>')
    if si == 3:
        parts.append('  <figure class="inline-figure"><img src="img/blizzard_reunion.png" width="640" height="400" '
                     'alt="Men in evening dress around a long table">'
                     '<figcaption>%s <span class="credit">%s</span></figcaption></figure>'
                     % (e(c["text"]), e(c["credit"])))
    parts.append("</section>")
    sec_html.append("\n".join(parts))
    if si == 1:
        sec_html.append('<aside class="pullquote" aria-hidden="true"><p>%s</p></aside>' % e(EX["pullquote"]))

sb = EX["sidebar"]
ocr_blocks = [
    "THE EVENING LEDGER. NEW YORK, TUESDAY, MARCH 13, 1888. PRICE ONE CENT.",
    "THE BLIZZARD. Tho City Snowed Under and Cut Off. Business Suspended Everywhere.",
    "Never in the memory of the oldest inhabitant has such a storm visited this city. Since early yester- "
    "day morning the snow has fallen without ccasing, and the wind has piled it in drifts that in some "
    "streets reach to the second story windows.",
    "THE ELEVATED ROADS. Trains Stalled on the Third Avenue Line. Passengers Rescued by Ladders.",
    "COAL AND MILK SCARCE. Dealers Ask Double Prices.",
]
ocr_html = "\n".join('      <p class="ocr-line" data-conf="0.%d">%s</p>' % (62 + 7 * i, e(b)) for i, b in enumerate(ocr_blocks))

page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>The Evening Ledger, 13 March 1888, page 1 | Chronicling the Storm | Harrowgate Library Digital Archive</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{e(content.clean(EX['intro']))}">
<meta property="og:title" content="Chronicling the Storm – The Evening Ledger, 13 March 1888">
<script type="application/ld+json">
{{"@context": "https://schema.org", "@type": "PublicationIssue", "name": "The Evening Ledger, 13 March 1888",
  "datePublished": "1888-03-13", "isPartOf": {{"@type": "Periodical", "name": "The Evening Ledger"}},
  "about": "{e(T)}", "identifier": "HLDA-EL-18880313"}}
</script>
<style>
body {{ font-family: Georgia, serif; margin: 0; color: #222; }}
.site-header, .site-footer {{ background: #20303c; color: #fff; padding: .5em 1em; }}
.viewer {{ display: grid; grid-template-columns: 90px 1fr 320px; gap: 1em; }}
.thumbs img {{ display: block; margin-bottom: .5em; }}
.ocr-panel {{ font-family: monospace; font-size: .85em; background: #f6f3ea; padding: .5em; }}
.chapter-date {{ display: block; text-transform: uppercase; letter-spacing: .1em; color: #8a3b12; }}
.pullquote {{ font-size: 1.5em; font-style: italic; border-left: 4px solid #8a3b12; padding-left: .5em; }}
.sidebar {{ background: #e8eef2; padding: 1em; }}
.clipping {{ font-family: monospace; background: #f6f3ea; }}
.credit {{ display: block; font-size: .8em; color: #666; }}
</style>
</head>
<body>
<a class="skip-link" href="#main">Skip to main content</a>
<div class="cookie-banner" role="dialog"><p>We use cookies to remember your viewer settings.</p><button>Accept</button> <button>Settings</button></div>
<header class="site-header">
  <a href="/" class="logo"><img src="img/blizzard_logo.png" width="120" height="40" alt="Harrowgate Library Digital Archive"></a>
  <nav aria-label="Main"><ul><li><a href="/newspapers">Newspapers</a></li><li><a href="/maps">Maps</a></li><li><a href="/photographs">Photographs</a></li><li><a href="/stories">Stories</a></li><li><a href="/help">Help</a></li></ul></nav>
  <form role="search" action="/search"><label for="q">Search 2.1 million pages</label> <input id="q" name="q"> <button>Search</button></form>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/stories">Stories</a></li><li><a href="/newspapers/evening-ledger">The Evening Ledger</a></li><li><a href="/newspapers/evening-ledger/1888">1888</a></li><li aria-current="page">13 March 1888, page 1</li></ol></nav>
<main id="main">
<article class="story">
  <p class="story-type">Story from the newspapers</p>
  <h1>{e(T)}</h1>
  <p class="byline">Curated by the Digital Archive team · Updated 4 March 2024</p>
  <p class="lede">{e(content.clean(EX['intro']))}</p>

  <section class="viewer" aria-label="Newspaper page viewer">
    <div class="thumbs">
      <a href="?page=1" aria-current="true"><img src="img/blizzard_thumb1.png" width="60" height="84" alt="Page 1"></a><span>Page 1</span>
      <a href="?page=2"><img src="img/blizzard_thumb2.png" width="60" height="84" alt="Page 2"></a><span>Page 2</span>
      <a href="?page=3"><img src="img/blizzard_thumb3.png" width="60" height="84" alt="Page 3"></a><span>Page 3</span>
      <a href="?page=4"><img src="img/blizzard_thumb4.png" width="60" height="84" alt="Page 4"></a><span>Page 4</span>
    </div>
    <div class="page-image">
      <div class="toolbar"><button>Zoom in</button> <button>Zoom out</button> <button>Rotate</button> <a href="/download/HLDA-EL-18880313-01.pdf">Download page (PDF)</a> <span>Page 1 of 4</span></div>
      <img src="img/blizzard_page1.png" width="600" height="840" alt="Front page of The Evening Ledger, 13 March 1888">
    </div>
    <div class="side-panel">
      <div role="tablist"><button role="tab" aria-selected="true">Text</button><button role="tab">Details</button></div>
      <div class="ocr-panel" role="tabpanel">
      <h3>Text of this page (OCR, uncorrected)</h3>
{ocr_html}
      <p class="ocr-more"><a href="?page=1&amp;text=full">Show all 412 lines</a></p>
      </div>
      <div class="details" role="tabpanel">
        <h3>Details</h3>
        <dl>
          <dt>Title</dt><dd>The Evening Ledger</dd>
          <dt>Date</dt><dd>Tuesday, 13 March 1888</dd>
          <dt>Edition</dt><dd>Late city</dd>
          <dt>Place</dt><dd>New York, N.Y.</dd>
          <dt>Pages</dt><dd>4</dd>
          <dt>Identifier</dt><dd>HLDA-EL-18880313-01</dd>
          <dt>Rights</dt><dd>No known copyright restrictions</dd>
        </dl>
      </div>
      <aside class="sidebar">
        <h3>{e(sb['title'])}</h3>
        <p>{e(sb['paras'][0])}</p>
      </aside>
    </div>
  </section>

{chr(10).join(sec_html)}

  <section class="notes"><h2>Notes</h2><ol><li id="note-1">{e(EX['notes'][0])} <a href="#ref-1">Back</a></li></ol></section>
  <section class="cite"><h2>Cite this page</h2><p>“The Evening Ledger, 13 March 1888, page 1.” Harrowgate Library Digital Archive, HLDA-EL-18880313-01.</p></section>
  <section class="related"><h2>More stories from the newspapers</h2><ul><li><a href="/stories/ice-bridge-1875">The Ice Bridge of 1875</a></li><li><a href="/stories/heat-wave-1896">The Heat Wave of 1896</a></li></ul></section>
</article>
</main>
<footer class="site-footer"><p>Harrowgate Library Digital Archive · 14 Pell Street · Accessibility · Privacy</p><p>Text produced by optical character recognition may contain errors.</p></footer>
<script>document.querySelectorAll('[role=tab]').forEach(function (t) {{ t.addEventListener('click', function () {{}}); }});</script>
</body>
</html>
"""
open(os.path.join(content.OUT, NAME + ".html"), "w", encoding="utf-8").write(page)
content.write_gold(NAME, running=[])
print("ok", NAME)
