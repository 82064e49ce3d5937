# -*- coding: utf-8 -*-
"""Writes the Eddystone online-exhibition page (HTML by hand, inline CSS) and its gold."""
import json
import os
from html import escape

import content as C
import png

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(HERE + "/..")
ex = C.EDDYSTONE

CSS = """
body{margin:0;font:17px/1.6 Georgia,'Liberation Serif',serif;color:#1b1b1b;background:#fbfaf7}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px}
.site{display:flex;justify-content:space-between;align-items:center;padding:12px 32px;background:#123247;color:#fff}
.site a{color:#fff;text-decoration:none}.logo{font:700 18px/1.2 Arial,sans-serif}
.site ul{display:flex;gap:20px;list-style:none;margin:0;padding:0;font:14px Arial,sans-serif}
.crumbs ol{display:flex;gap:8px;list-style:none;padding:8px 32px;margin:0;font:13px Arial,sans-serif}
.crumbs li+li::before{content:"/";margin-right:8px;color:#888}
article{max-width:760px;margin:0 auto;padding:0 24px 48px}
.hero img{width:100%;height:auto;display:block}
.kicker{font:700 13px Arial,sans-serif;letter-spacing:.18em;text-transform:uppercase;color:#a8321e;margin:28px 0 4px}
h1{font-size:42px;line-height:1.1;margin:0 0 12px}
.standfirst{font-size:21px;font-style:italic;color:#333}
.panel{margin-top:40px}
.panel hgroup{display:flex;flex-direction:column-reverse;margin-bottom:8px}
.panel-no{font:700 13px Arial,sans-serif;text-transform:uppercase;letter-spacing:.12em;color:#a8321e;margin:0}
.panel h2{margin:0;font-size:28px}
.initial{float:left;font-size:64px;line-height:.9;padding:4px 8px 0 0;color:#123247}
p.cont{margin-top:0}
aside.note{float:right;width:190px;margin:0 0 12px 20px;font:13px/1.4 Arial,sans-serif;color:#555;border-top:2px solid #a8321e;padding-top:4px}
figure.side{display:flex;gap:16px;margin:20px 0}
figure.side figcaption{flex:1;font:14px/1.45 Arial,sans-serif}
figure.side img{width:55%;height:auto}
figcaption small{display:block;color:#666;margin-top:6px}
blockquote.pull{font-size:26px;font-style:italic;color:#a8321e;border-top:3px solid #a8321e;border-bottom:3px solid #a8321e;margin:20px 0;padding:10px 0}
aside.sidebar{background:#eef3f6;border-left:6px solid #123247;padding:8px 20px;margin:36px 0}
aside.sidebar h2{font:700 20px Arial,sans-serif}
.timeline{margin:36px 0;font:15px Arial,sans-serif}
.timeline h2{font-size:16px;text-transform:uppercase;letter-spacing:.1em}
.timeline ol{list-style:none;padding:0;border-left:3px solid #123247}
.timeline li{padding:2px 0 6px 14px}.timeline time{font-weight:700;margin-right:10px}
.foot{background:#222;color:#ddd;padding:24px 32px;font:14px Arial,sans-serif}.foot a{color:#fff}
"""


def para(p, cls=None):
    c = f' class="{cls}"' if cls else ""
    return f"<p{c}>{p}</p>"


def main():
    os.makedirs(OUT + "/img", exist_ok=True)
    png.grey_png(OUT + "/img/eddystone_hero.png", 760, 300)
    png.grey_png(OUT + "/img/eddystone_section.png", 420, 520)
    e = lambda s: escape(s, quote=False)
    t1, t2 = ex["title_lines"]
    h = []
    h.append('<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n'
             f'<title>{e(t1.rstrip(":"))} | {e(ex["site"])}</title>\n'
             f'<meta name="description" content="{escape(ex["intro"])}">\n'
             '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
             f"<style>{CSS}</style>\n</head>\n<body>\n")
    h.append('<a class="skip" href="#main">Skip to main content</a>\n')
    h.append('<header class="site"><a class="logo" href="/">' + e(ex["site"]) + '</a>\n<nav aria-label="Main">'
             '<ul><li><a href="/visit">Visit</a></li><li><a href="/collections">Collections</a></li>'
             '<li><a href="/exhibitions">Online exhibitions</a></li><li><a href="/learning">Learning</a></li>'
             '<li><a href="/shop">Shop</a></li></ul></nav></header>\n')
    h.append('<nav class="crumbs" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li>'
             '<li><a href="/exhibitions">Online exhibitions</a></li><li aria-current="page">'
             + e(t1.rstrip(":")) + "</li></ol></nav>\n")
    h.append('<main id="main">\n<article>\n<header class="hero">\n'
             '<img src="img/eddystone_hero.png" alt="" width="760" height="300">\n'
             f'<p class="kicker">{e(ex["kicker"])}</p>\n<h1>{e(t1)}<br>\n{e(t2)}</h1>\n'
             f'<p class="standfirst">{e(ex["intro"])}</p>\n</header>\n')
    cap = ex["caption"]
    notes = ex["notes"]
    for k, (lab, head, paras) in enumerate(ex["sections"]):
        h.append(f'<section class="panel" id="part-{k + 1}" aria-labelledby="h-{k + 1}">\n'
                 f'<hgroup><h2 id="h-{k + 1}">{e(head)}</h2><p class="panel-no">{e(lab)}</p></hgroup>\n')
        for pi, p in enumerate(paras):
            p = e(p).replace("16 October", "16&nbsp;October")
            if k == 0 and pi == 0:
                # a raised initial in its own span, glued to the rest of the word
                p = f'<span class="initial">{p[0]}</span>{p[1:]}'
                h.append(para(p) + "\n")
                h.append(f'<aside class="note" role="note"><p><b>Note.</b> {e(notes[0])}</p></aside>\n')
                continue
            if k == 2 and pi == 1:
                h.append(f'<aside class="note" role="note"><p><b>Note.</b> {e(notes[1])}</p></aside>\n')
            if k == 3 and pi == 1:
                # the paragraph is split around the pull quote
                cut = p.index("the people of") + len("the people of")
                h.append(para(p[:cut]) + "\n")
                h.append(f'<blockquote class="pull"><p>\u201cA tower that outlived the rock it stood on.\u201d</p></blockquote>\n')
                h.append(para(p[cut:].lstrip(), "cont") + "\n")
                continue
            h.append(para(p) + "\n")
            if k == cap["section"] and pi == 0:
                h.append('<figure class="side">\n<figcaption><b>' + e(cap["position"]) + ":</b> " + e(cap["text"])
                         + ' <small class="credit">' + e(cap["credit"]) + "</small></figcaption>\n"
                         '<img src="img/eddystone_section.png" alt="Cut-away drawing of the stone tower" '
                         'width="420" height="520">\n</figure>\n')
        h.append("</section>\n")
        if k == 1:
            h.append('<section class="timeline" aria-labelledby="tl"><h2 id="tl">Four lights on one reef</h2>\n<ol>\n'
                     + "".join(f'<li><time datetime="{y}">{y}</time>{e(t)}</li>\n' for y, t in ex["timeline"])
                     + "</ol>\n</section>\n")
        if k == 2:
            st, sp = ex["sidebar"]
            h.append(f'<aside class="sidebar" aria-labelledby="sb">\n<h2 id="sb">{e(st)}</h2>\n'
                     + "".join(para(e(p)) + "\n" for p in sp) + "</aside>\n")
    h.append("</article>\n</main>\n")
    h.append('<footer class="foot"><h2>More from the collection</h2><ul><li><a href="/exhibitions/bell-rock">'
             'Lights of the Western Approaches</a></li><li><a href="/exhibitions/breakwater">Building the '
             'Breakwater</a></li></ul><p>' + e(ex["site"]) + ", The Barbican Quay, Plymouth. Registered charity "
             "no. 1094431.</p></footer>\n</body>\n</html>\n")
    with open(OUT + f"/{ex['name']}.html", "w", encoding="utf-8") as f:
        f.write("".join(h))
    g = C.make_gold(ex, [])
    with open(OUT + f"/{ex['name']}.json", "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
    print("made html")
