"""Exhibit 6: mayflower_1620 -- an online-exhibition page ("scrollytelling" stops with a sticky timeline rail),
written by this script as plain HTML with inline CSS; grey PNGs in img/."""
import html, json, os, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
common.ensure_venv()
import content

ex = content.MAYFLOWER
e = lambda t: html.escape(t, quote=False)
a = lambda t: html.escape(t, quote=True)
imgdir = os.path.join(common.OUT, "img")
os.makedirs(imgdir, exist_ok=True)
for n, w, h in (("mf_hero.png", 960, 360), ("mf_model.png", 720, 300), ("mf_jack.png", 240, 200),
                ("mf_cradle.png", 320, 240), ("mf_maize.png", 320, 240)):
    shutil.copy(common.grey_png(n, w, h), os.path.join(imgdir, n))
S = ex["sections"]
NOTE_AFTER = "On 11 November"   # footnote link after these words in stop 3, paragraph 2


def p(t):
    return f"        <p>{e(t)}</p>\n"


def stop_open(i, s):
    return (f'    <section class="stop" id="stop-{i}" data-step="{i}" aria-labelledby="stop-{i}-h">\n'
            f'      <header class="stop-head"><p class="stop-no">{e(s["label"])}</p>'
            f'<h2 id="stop-{i}-h">{e(s["title"])}</h2></header>\n      <div class="stop-body">\n')


def fig(img, c, cls, w, h):
    pos = f'<span class="pos">{e(c["position"])}:</span> ' if c["position"] else ""
    return (f'        <figure class="{cls}"><button class="zoom" aria-controls="lightbox" data-src="img/{img}">'
            f'<img src="img/{img}" alt="" width="{w}" height="{h}" loading="lazy"></button>\n'
            f'          <figcaption>{pos}{e(c["text"])} <cite class="credit">{e(c["credit"])}</cite></figcaption></figure>\n')

out = []
# stop 1: paragraphs, then a wide figure ("Above:")
out.append(stop_open(1, S[0]) + "".join(p(t) for t in S[0]["paras"]) +
           fig("mf_model.png", S[0]["captions"][0], "wide", 720, 300) + "      </div>\n    </section>\n")
# stop 2: P1, a side figure (picture left of its caption: "Left:"), P2; the pull quote
out.append(stop_open(2, S[1]) + p(S[1]["paras"][0]) +
           fig("mf_jack.png", S[1]["captions"][0], "side", 240, 200) + p(S[1]["paras"][1]) +
           '        <blockquote class="pull"><p>“A young servant was washed overboard and saved by a trailing rope.”</p></blockquote>\n'
           "      </div>\n    </section>\n")
# the sidebar sits between stops 2 and 3 in the source
sb = ex["sidebar"]
out.append(f'    <aside class="sidebar" aria-label="Did you know"><h3>{e(sb["title"])}</h3>\n' +
           "".join(f"      <p>{e(t)}</p>\n" for t in sb["paras"]) + "    </aside>\n")
# stop 3 with a footnote link in P2
p2 = S[2]["paras"][1]; k = p2.index(NOTE_AFTER) + len(NOTE_AFTER)
out.append(stop_open(3, S[2]) + p(S[2]["paras"][0]) +
           f'        <p>{e(p2[:k])}<sup class="fn"><a href="#note-1" id="ref-1" aria-describedby="notes-h">1</a></sup>{e(p2[k:])}</p>\n'
           "      </div>\n    </section>\n")
# stop 4 with a two-figure grid (no position words)
out.append(stop_open(4, S[3]) + "".join(p(t) for t in S[3]["paras"]) +
           '        <div class="grid">\n' + fig("mf_cradle.png", S[3]["captions"][0], "cell", 320, 240) +
           fig("mf_maize.png", S[3]["captions"][1], "cell", 320, 240) + "        </div>\n      </div>\n    </section>\n")

jsonld = {"@context": "https://schema.org", "@type": "ExhibitionEvent", "name": ex["title"],
          "description": ex["intro"], "organizer": {"@type": "Museum", "name": "Brixham Harbour Museum"},
          "location": {"@type": "VirtualLocation", "url": "https://example.org/exhibitions/mayflower"}}
CSS = """
body{margin:0;font:17px/1.6 Georgia,serif;color:#1d1d1d;background:#fbfaf7}
.skip{position:absolute;left:-999px}.skip:focus{left:8px}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
.site-head{display:flex;justify-content:space-between;align-items:center;padding:10px 28px;background:#0f2f4a;color:#fff;font-family:Arial,sans-serif}
.site-head a{color:#fff;margin-left:18px;text-decoration:none;font-size:14px}
.lang{font-size:12px}
.hero{position:relative}.hero img{width:100%;height:auto;display:block}
.hero .titles{position:absolute;left:40px;bottom:32px;color:#fff;max-width:640px}
.eyebrow{font:600 12px Arial,sans-serif;letter-spacing:.2em;text-transform:uppercase}
h1{font:700 46px/1.1 Arial,sans-serif;margin:.2em 0}
.layout{display:grid;grid-template-columns:180px 1fr;gap:40px;max-width:1040px;margin:0 auto;padding:30px}
.rail{position:sticky;top:20px;align-self:start;font:13px Arial,sans-serif}.rail ol{list-style:none;padding:0}
.rail li{padding:6px 0;border-left:3px solid #c9d3dc;padding-left:10px}
.intro{font-size:21px;font-style:italic}
.stop-no{font:700 12px Arial,sans-serif;letter-spacing:.15em;text-transform:uppercase;color:#a0441c;margin:2.2em 0 0}
h2{font:700 28px Arial,sans-serif;margin:.15em 0 .5em}
figure{margin:1.2em 0}figure img{background:#bbb}
figure.side{display:flex;gap:14px;align-items:flex-end}figure.side figcaption{max-width:260px}
figcaption{font:13px/1.4 Arial,sans-serif;color:#333}.pos{font-weight:700}
cite.credit{display:block;font-style:normal;font-size:11px;color:#777}
.grid{display:grid;grid-template-columns:1fr 1fr;gap:18px}
.pull{font-size:24px;font-style:italic;color:#a0441c;border-left:4px solid #a0441c;margin:1.5em 0;padding-left:18px}
.sidebar{background:#e9eef2;padding:16px 20px;margin:2em 0;border-radius:4px}
.notes{font-size:14px;border-top:1px solid #ccc;margin-top:3em}
.audio{font:14px Arial,sans-serif;background:#fff;border:1px solid #ddd;padding:10px;margin:1em 0}
dialog{max-width:90vw}
.site-foot{background:#0f2f4a;color:#cfd8e0;font:13px Arial,sans-serif;padding:24px 28px}
"""
page = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(ex["title"])} – Online exhibition – Brixham Harbour Museum</title>
  <meta name="description" content="{a(ex["intro"])}">
  <meta property="og:title" content="{a(ex["title"])}">
  <script type="application/ld+json">{json.dumps(jsonld, ensure_ascii=False)}</script>
  <style>{CSS}</style>
</head>
<body>
  <a class="skip" href="#main">Skip to content</a>
  <noscript><p class="noscript">Some features of this exhibition, such as the image viewer, need JavaScript.</p></noscript>
  <header class="site-head">
    <a class="logo" href="/">Brixham Harbour Museum</a>
    <nav aria-label="Main"><a href="/visit">Visit</a><a href="/whats-on">What’s on</a><a href="/collections">Collections</a><a href="/exhibitions" aria-current="page">Online exhibitions</a><a href="/shop">Shop</a></nav>
    <div class="lang"><a href="?lang=en" aria-current="true">EN</a> · <a href="?lang=nl">NL</a></div>
  </header>
  <div class="hero"><img src="img/mf_hero.png" alt="" width="960" height="360">
    <div class="titles"><p class="eyebrow">{e(ex["kicker"])}</p><h1>{e(ex["title"])}</h1></div></div>
  <div class="layout">
    <nav class="rail" aria-label="Exhibition stops"><h2 class="sr-only">Exhibition stops</h2><ol>
{"".join(f'      <li><a href="#stop-{i + 1}">{e(s["label"])} · {e(s["title"])}</a></li>{chr(10)}' for i, s in enumerate(S))}    </ol><p>6 September – 11 November 1620</p></nav>
  <main id="main">
    <p class="intro">{e(ex["intro"])}</p>
    <div class="audio"><button type="button">▶ Listen to this exhibition</button> <span>Audio guide, 9 min · narrated by museum volunteers</span></div>
{"".join(out)}    <section class="notes" aria-labelledby="notes-h"><h2 id="notes-h">Notes</h2><ol>
      <li id="note-1">{e(ex["footnote"])} <a href="#ref-1" aria-label="Back to text">↩</a></li></ol></section>
    <section class="share"><h2>Share this exhibition</h2><p><a href="#">Email</a> · <a href="#">Copy link</a></p></section>
    <section class="next"><h2>More online exhibitions</h2><ul><li><a href="/exhibitions/pilchards">Pilchards and Press Gangs</a></li><li><a href="/exhibitions/trawlers">The Sailing Trawlers of Brixham</a></li></ul></section>
  </main>
  </div>
  <dialog id="lightbox" aria-label="Image viewer"><img src="img/mf_model.png" alt="" width="720" height="300"><p>Use the arrow keys to move between pictures.</p><button type="button">Close</button></dialog>
  <template id="stop-card"><article class="card"><h3>Stop title</h3><p>Stop summary goes here.</p></article></template>
  <footer class="site-foot"><p>Brixham Harbour Museum · The Quay, Brixham · Registered charity 1100021</p><p><a href="/privacy">Privacy</a> · <a href="/accessibility">Accessibility</a> · © 2026</p></footer>
  <script>document.querySelectorAll('.zoom').forEach(function (b) {{ b.addEventListener('click', function () {{ var d = document.getElementById('lightbox'); d.querySelector('img').src = b.dataset.src; d.showModal(); }}); }});</script>
</body>
</html>
"""
open(os.path.join(common.OUT, "mayflower_1620.html"), "w", encoding="utf-8").write(page)
content.write_gold(ex, [])
print("mayflower_1620 done")
