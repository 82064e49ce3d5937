# -*- coding: utf-8 -*-
"""Write a small Wintersmith site (build/wsite/) holding the exhibition page and build it with
Wintersmith 2.5.0 (npm; jade templates, marked for Markdown). The page is copied to
../tube_map_1933.html and the grey picture to ../img/."""
import html
import os
import re
import shutil
import struct
import subprocess
import sys
import zlib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from content import EX, clean  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SITE = os.path.join(HERE, "wsite")
WS = os.path.join(HERE, "node", "node_modules", ".bin", "wintersmith")
E = EX["tube_map_1933"]


def x(s):
    return html.escape(s, quote=False)


def grey_png(path, w=640, h=400):
    raw = b"".join(b"\x00" + b"\xbd" * w for _ in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
           + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))
    with open(path, "wb") as f:
        f.write(png)


def soft(s):
    # a soft hyphen and a <wbr> in two long words, as a CMS editor might have left them
    s = s.replace("interchanges", "inter&shy;changes")
    s = s.replace("draughtsman", "draughts<wbr>man")
    return s


def roundel(n):
    return (f'<svg class="roundel" viewBox="0 0 60 60" width="48" height="48" aria-hidden="true">'
            f'<circle cx="30" cy="30" r="24" fill="none" stroke="#dc241f" stroke-width="9"/>'
            f'<rect x="2" y="23" width="56" height="14" fill="#0019a8"/>'
            f'<text x="30" y="34.5" text-anchor="middle" font-size="12" font-family="sans-serif" fill="#fff">{n}</text></svg>')


TEMPLATE = """doctype html
html(lang="en-GB")
  head
    meta(charset="utf-8")
    meta(name="viewport", content="width=device-width, initial-scale=1")
    title= page.title + " · Greyhound Lane Transport Museum"
    meta(name="description", content=page.metadata.description)
    meta(name="generator", content="Wintersmith 2.5.0")
    link(rel="stylesheet", href="../../css/site.css")
  body
    a.skip-link(href="#main") Skip to main content
    header.site-header
      a.brand(href="/") Greyhound Lane Transport Museum
      nav(aria-label="Main")
        ul
          li: a(href="/visit/") Visit
          li: a(href="/exhibitions/") Exhibitions
          li: a(href="/collections/") Collections
          li: a(href="/shop/") Shop
    nav.breadcrumb(aria-label="Breadcrumb")
      ol
        li: a(href="/") Home
        li: a(href="/exhibitions/") Exhibitions
        li Design for Travel
    main#main
      != page.html
    footer.site-footer
      p Greyhound Lane Transport Museum, Greyhound Lane, London. Open daily 10:00–17:00.
      p
        a(href="/newsletter/") Sign up to our newsletter
        |  · 
        a(href="/accessibility/") Accessibility
      p.small Text © Greyhound Lane Transport Museum. Page built with Wintersmith.
"""

CSS = """body{font-family:Georgia,serif;max-width:64rem;margin:0 auto;padding:0 1rem;color:#1b1b1b;line-height:1.55}
.skip-link{position:absolute;left:-999px}.skip-link:focus{left:1rem}
.site-header{display:flex;justify-content:space-between;border-bottom:4px solid #dc241f;padding:.6rem 0}
.site-header ul{list-style:none;display:flex;gap:1rem;margin:0}.breadcrumb ol{list-style:none;display:flex;gap:.5rem;padding:0;font-size:.85rem}
.overline{font:700 .8rem/1 Arial,sans-serif;letter-spacing:.15em;text-transform:uppercase;color:#0019a8}
h1 small{display:block;font-size:.6em;font-weight:400;font-style:italic}
.standfirst{font-size:1.25rem}
.sidebar{float:right;width:18rem;margin:0 0 1rem 1.5rem;background:#eef1fb;padding:1rem}
.stop{clear:none;margin-top:2rem}.stop .roundel{display:block}
.h2{font:700 1.5rem/1.2 Arial,sans-serif;margin:.4rem 0 .8rem}
.fact{border-left:4px solid #0019a8;padding:.3rem .8rem;margin:1rem 0;font:.9rem Arial,sans-serif;background:#f6f6f6}
figure{margin:1.5rem 0}figure img{width:100%;height:auto}figcaption{font:.85rem Arial,sans-serif}figcaption cite{display:block;color:#555}
.pull{font-size:1.5rem;font-style:italic;color:#dc241f;border:0;margin:1.5rem 2rem}
table.dates th[scope=row]{text-align:left;background:#eef1fb;padding:.2rem .6rem}
dialog{max-width:40rem}
.share{font:.85rem Arial,sans-serif}
"""


def page_md():
    S = E["sections"]
    d = clean(E["intro"])
    t1, t2 = E["title_lines"]
    fm = ("---\n"
          f"title: {t1[:-1]}\n"
          f"description: \"{d}\"\n"
          "template: exhibit.jade\n"
          "---\n\n")
    h = ['<article class="exhibition">',
         f'<p class="overline">{x(E["kicker"])}</p>',
         f'<h1>{x(t1)}\n<small>{x(t2)}</small></h1>',
         f'<p class="standfirst">{x(E["intro"])}</p>',
         '<p class="share"><a href="#print" onclick="window.print()">Print this page</a> · <a href="/audio/beck/">Listen to the audio guide</a></p>']
    sb = E["sidebar"]
    h.append(f'<aside class="sidebar" aria-labelledby="sb-h"><h2 id="sb-h">{x(sb["title"])}</h2>'
             + "".join(f"<p>{x(p)}</p>" for p in sb["paras"]) + "</aside>")
    # section 1: a legacy rich-text block, paragraphs separated only by <br><br>
    s = S[0]
    h.append(f'<section class="stop" aria-labelledby="stop-1">{roundel(s["label"])}<h2 id="stop-1">{x(s["title"])}</h2>'
             '<div class="rte">' + "<br><br>\n".join(soft(x(p)) for p in s["paras"]) + "</div></section>")
    # section 2: heading is a div with role=heading; paragraph 2-2 split by a fact box; figure after it
    s = S[1]
    c = s["caption"]
    p1 = soft(x(s["paras"][0]))
    a, b = s["paras"][1].split("{FIG}")
    fact = ('<aside class="fact"><strong>Did you know?</strong> The diagram was first printed as a folding card '
            'small enough for a waistcoat pocket.</aside>')
    fig = (f'<figure><img src="../../img/tube_map_1933_grey.png" alt="A folded pocket map of the Underground" width="640" height="400" loading="lazy">'
           f'<figcaption><b>Above:</b> {x(c["text"])} <cite>{x(c["credit"])}</cite></figcaption></figure>'
           f'<dialog id="lightbox"><img src="../../img/tube_map_1933_grey.png" alt=""><p>{x(c["text"])}</p>'
           '<form method="dialog"><button>Close</button></form></dialog>')
    h.append(f'<section class="stop" aria-labelledby="stop-2">{roundel(s["label"])}'
             f'<div class="h2" role="heading" aria-level="2" id="stop-2">{soft(x(s["title"]))}</div>'
             f'<p>{p1}</p><p>{soft(x(a.rstrip()))}</p>{fact}<p class="cont">{soft(x(b))}</p>{fig}</section>')
    # section 3: an h3 by mistake, pull quote between the paragraphs, key dates table
    s = S[2]
    h.append(f'<section class="stop" aria-labelledby="stop-3">{roundel(s["label"])}<h3 class="h2" id="stop-3">{x(s["title"])}</h3>'
             f'<p>{soft(x(s["paras"][0]))}</p><blockquote class="pull"><p>{x(E["pull"])}</p></blockquote>'
             + "".join(f"<p>{soft(x(p))}</p>" for p in s["paras"][1:]) + "</section>")
    h.append('<section class="key-dates" aria-label="Key dates"><table class="dates"><caption>Key dates</caption>'
             '<tr><th scope="row">1931</th><td>Beck draws his first diagram</td></tr>'
             '<tr><th scope="row">1933</th><td>First pocket edition</td></tr>'
             '<tr><th scope="row">1960</th><td>A new version drawn without Beck</td></tr></table></section>')
    h.append("</article>")
    return fm + "".join(h) + "\n"


def build():
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    pg = os.path.join(SITE, "contents", "exhibitions", "tube-map-1933")
    os.makedirs(pg)
    os.makedirs(os.path.join(SITE, "contents", "css"))
    os.makedirs(os.path.join(SITE, "contents", "img"))
    os.makedirs(os.path.join(SITE, "templates"))
    with open(os.path.join(SITE, "config.json"), "w") as f:
        f.write('{\n  "locals": {"url": "http://localhost:8080", "name": "Greyhound Lane Transport Museum"},\n'
                '  "plugins": [],\n  "output": "./build_out"\n}\n')
    with open(os.path.join(SITE, "templates", "exhibit.jade"), "w") as f:
        f.write(TEMPLATE)
    with open(os.path.join(SITE, "contents", "css", "site.css"), "w") as f:
        f.write(CSS)
    with open(os.path.join(pg, "index.md"), "w", encoding="utf-8") as f:
        f.write(page_md())
    grey_png(os.path.join(SITE, "contents", "img", "tube_map_1933_grey.png"))
    subprocess.run([WS, "build", "--chdir", SITE], check=True)
    built = os.path.join(SITE, "build_out", "exhibitions", "tube-map-1933", "index.html")
    with open(built, encoding="utf-8") as f:
        page = f.read()
    page = page.replace("../../img/", "img/").replace("../../css/site.css", "css/site.css")
    with open(os.path.join(OUT, "tube_map_1933.html"), "w", encoding="utf-8") as f:
        f.write(page)
    os.makedirs(os.path.join(OUT, "img"), exist_ok=True)
    shutil.copy(os.path.join(SITE, "contents", "img", "tube_map_1933_grey.png"), os.path.join(OUT, "img"))
    os.makedirs(os.path.join(OUT, "css"), exist_ok=True)
    shutil.copy(os.path.join(SITE, "contents", "css", "site.css"), os.path.join(OUT, "css"))
    print("built tube_map_1933.html")


if __name__ == "__main__":
    build()
