# HTML exhibit page, written by hand-made templates in this script. Grey PNGs are written with zlib/struct.
import html, os, struct, zlib
import content as C
from goldlib import write_gold
B = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(B)
E = lambda s: html.escape(s, quote=False)

def png(path, w, h, g=190):
    raw = b"".join(b"\x00" + bytes([g]) * w for _ in range(h))
    def chunk(t, d): return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
    open(path, "wb").write(data)

def build():
    d = C.BLONDIN
    os.makedirs(os.path.join(OUT, "img"), exist_ok=True)
    for n, (w, h, g) in {"anchorage.png": (480, 320, 185), "guylines.png": (480, 320, 200), "pole.png": (360, 240, 175), "logo.png": (120, 40, 90)}.items():
        png(os.path.join(OUT, "img", n), w, h, g)
    title = " ".join(d["title_lines"])
    st, sp = d["sidebar"]
    h = []
    h.append('''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>%s – Niagara Frontier Circus Museum</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="%s">
<style>
body { margin: 0; font-family: Georgia, serif; color: #1c1c1c; }
.site { display: flex; align-items: center; justify-content: space-between; padding: 12px 32px; background: #20323f; color: #fff; }
.site nav a { color: #fff; margin-left: 18px; font-family: Arial, sans-serif; font-size: 14px; }
.layout { display: grid; grid-template-columns: minmax(0, 1fr) 300px; grid-template-areas: "main side"; gap: 40px; max-width: 1100px; margin: 32px auto; padding: 0 24px; }
.layout > aside { grid-area: side; }
.layout > main { grid-area: main; }
.side-box { background: #f1ece2; padding: 16px 18px; border-top: 4px solid #a0522d; margin-bottom: 24px; }
.visit { font-family: Arial, sans-serif; font-size: 13px; color: #555; }
h1 { font-size: 40px; line-height: 1.1; margin: 0 0 12px; }
.standfirst { font-size: 20px; font-style: italic; }
h2 small { display: block; font-family: Arial, sans-serif; font-size: 13px; letter-spacing: .15em; text-transform: uppercase; color: #a0522d; }
.pair { display: flex; gap: 12px; }
.pair img { width: 50%%; height: auto; }
figcaption { font-family: Arial, sans-serif; font-size: 13px; color: #444; }
.credit { color: #777; font-style: italic; }
.side-fig { display: flex; gap: 16px; align-items: flex-end; }
blockquote { font-size: 22px; border-left: 4px solid #a0522d; margin: 28px 0; padding-left: 18px; }
blockquote footer { font-size: 14px; font-family: Arial, sans-serif; }
table.timeline { border-collapse: collapse; width: 100%%; font-family: Arial, sans-serif; font-size: 14px; }
table.timeline th { text-align: left; background: #f1ece2; padding: 6px; }
table.timeline td { border-bottom: 1px solid #ddd; padding: 6px; }
</style>
</head>
<body>
<a class="skip" href="#story">Skip to the story</a>
<header class="site">
  <a href="/"><img src="img/logo.png" alt="Niagara Frontier Circus Museum" width="120" height="40"></a>
  <nav aria-label="Main"><a href="/visit">Visit</a><a href="/whats-on">What’s on</a><a href="/collections">Collections</a><a href="/shop">Shop</a></nav>
</header>
<div class="layout">
  <aside aria-label="Related information">
    <section class="side-box">
      <h2>%s</h2>
''' % (E(title), E(d["intro"]), E(st)))
    for p in sp: h.append('      <p>%s</p>\n' % E(p))
    h.append('''    </section>
    <p class="visit">%s</p>
  </aside>
  <main id="story">
    <article>
      <h1>%s<br>%s</h1>
      <p class="standfirst">%s</p>
''' % (E(d["visit"]), E(d["title_lines"][0]), E(d["title_lines"][1]), E(d["intro"])))
    for n, (lbl, t, paras) in enumerate(d["sections"], 1):
        h.append('      <section aria-labelledby="ch%d">\n        <h2 id="ch%d"><small>%s</small> %s</h2>\n' % (n, n, E(lbl), E(t)))
        for i, p in enumerate(paras):
            h.append('        <p>%s</p>\n' % E(C.gold_text(p)))
            if lbl == "Chapter 3" and i == 0:
                q, who = d["quote"]
                h.append('        <blockquote>\n          <p>%s</p>\n          <footer>— <cite>%s</cite></footer>\n        </blockquote>\n' % (E(q), E(who)))
        if lbl == "Chapter 2":
            pos, cap, cr = d["figure"]
            h.append('''        <figure>
          <div class="pair">
            <img src="img/anchorage.png" alt="Grey placeholder: rope anchorage" width="480" height="320">
            <img src="img/guylines.png" alt="Grey placeholder: guy lines over the river" width="480" height="320">
          </div>
          <figcaption>%s <span class="credit">%s</span></figcaption>
        </figure>
''' % (E(cap), E(cr)))
        if lbl == "Chapter 4":
            pos, cap, cr = d["figure2"]
            h.append('''        <figure class="side-fig">
          <img src="img/pole.png" alt="" width="360" height="240">
          <figcaption><b>%s:</b> %s<br><span class="credit">%s</span></figcaption>
        </figure>
''' % (pos, E(cap), E(cr)))
        h.append('      </section>\n')
    h.append('''      <table class="timeline">
        <caption>Blondin’s life at a glance</caption>
        <thead><tr><th scope="col">Year</th><th scope="col">Event</th></tr></thead>
        <tbody>
''')
    for y, e in d["timeline"]:
        h.append('          <tr><th scope="row">%s</th><td>%s</td></tr>\n' % (y, E(e)))
    h.append('''        </tbody>
      </table>
    </article>
  </main>
</div>
<footer class="site-footer"><p>Niagara Frontier Circus Museum · 14 Falls Street, Lewiston · © 2026</p></footer>
</body>
</html>
''')
    open(os.path.join(OUT, d["name"] + ".html"), "w").write("".join(h))
    secs = [dict(label=None, title=title, blocks=[dict(kind="paragraph", text=d["intro"])])]
    for lbl, t, paras in d["sections"]:
        bl = [dict(kind="paragraph", text=C.gold_text(p)) for p in paras]
        if lbl == "Chapter 2": bl.append(dict(kind="caption", text=d["figure"][1], position=d["figure"][0], credit=d["figure"][2]))
        if lbl == "Chapter 4": bl.append(dict(kind="caption", text=d["figure2"][1], position=d["figure2"][0], credit=d["figure2"][2]))
        secs.append(dict(label=lbl, title=t, blocks=bl))
    secs.append(dict(label=None, title=st, blocks=[dict(kind="paragraph", text=p) for p in sp]))
    write_gold(OUT, d["name"], title, [], secs)

if __name__ == "__main__":
    build()
