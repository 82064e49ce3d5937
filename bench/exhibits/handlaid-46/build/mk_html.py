# -*- coding: utf-8 -*-
"""Writes a small Nanoc site (build/nanoc_site) and compiles it with Debian's nanoc; copies the page up."""
import os, shutil, subprocess, zlib, struct
from html import escape as e
from content import DOCS

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SITE = os.path.join(HERE, "nanoc_site")
d = DOCS["hubble_expansion_1929"]
S = d["sections"]


def png(path, w=8, h=6, grey=189):
    raw = b"".join(b"\x00" + bytes([grey, grey, grey]) * w for _ in range(h))
    def chunk(t, b): return struct.pack(">I", len(b)) + t + b + struct.pack(">I", zlib.crc32(t + b) & 0xffffffff)
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) +
                chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def section(i, s):
    sid = "chapter-%d" % (i + 1)
    out = ['<div class="acc-item">',
           '<h2 class="acc-head"><button type="button" aria-expanded="%s" aria-controls="%s-body" id="%s-btn">'
           '<span class="acc-label">%s</span> <span class="acc-title">%s</span></button></h2>'
           % ("true" if i == 0 else "false", sid, sid, e(s["label"]), e(s["title"])),
           '<div class="acc-body" id="%s-body" role="region" aria-labelledby="%s-btn"%s>'
           % (sid, sid, "" if i == 0 else ' hidden="until-found"')]
    for pi, p in enumerate(s["paras"]):
        if i == 1 and pi == 2:
            a, b = p.split("a sign that most of them", 1)
            c = s["caption"]
            out.append('<p>%s</p>' % e(a.rstrip()))
            out.append('<figure class="fig-right"><img src="img/mount-wilson.png" alt="Grey placeholder for a drawing of the telescope" width="320" height="240" loading="lazy">'
                       '<figcaption><strong>%s:</strong> %s <small class="credit">%s</small></figcaption></figure>'
                       % (e(c["position"]), e(c["text"]), e(c["credit"])))
            out.append('<p class="continued">a sign that most of them%s</p>' % e(b))
        elif i == 0 and pi == 0:
            out.append('<p>%s<sup class="fn"><a href="#fn1" id="fnref1">1</a></sup></p>' % e(p))
        else:
            out.append('<p>%s</p>' % e(p))
        if i == 2 and pi == 0:
            out.append('<blockquote class="pull"><p>%s</p><footer>Edwin Hubble, 1936</footer></blockquote>' % e(d["pullquote"]))
    if i == 2:
        out.append('<table class="data"><caption>Four nebulae in the 1929 paper (rounded)</caption>'
                   '<thead><tr><th scope="col">Nebula</th><th scope="col">Distance (million light years)</th><th scope="col">Speed (km/s)</th></tr></thead><tbody>'
                   '<tr><th scope="row">NGC 6822</th><td>0.7</td><td>−130</td></tr>'
                   '<tr><th scope="row">M 31</th><td>0.9</td><td>−300</td></tr>'
                   '<tr><th scope="row">NGC 4649</th><td>6.5</td><td>1,090</td></tr>'
                   '<tr><th scope="row">NGC 7619</th><td>6.5</td><td>3,780</td></tr></tbody></table>')
    out.append('</div></div>')
    return "\n".join(out)


page = """---
title: "%s"
kind: exhibition
description: "%s"
---
<p class="kicker">%s</p>
<nav class="lang" aria-label="Language"><a href="#" lang="en" aria-current="true">English</a> · <a href="#" lang="es" hreflang="es">Español</a> · <a href="#" lang="fr" hreflang="fr">Français</a></nav>
<h1>%s<br>
<span class="sub">%s</span></h1>
<p class="standfirst">%s</p>
<template id="intro-es"><p class="standfirst" lang="es">En 1929 un astrónomo estadounidense mostró que las galaxias lejanas se alejan de nosotros.</p></template>
<div class="accordion" data-accordion>
%s
</div>
<section class="key-dates" aria-labelledby="kd"><h2 id="kd">Key dates</h2>
<ol class="timeline"><li><time>1912</time> Leavitt’s period–brightness rule</li><li><time>1923</time> A variable star in Andromeda</li><li><time>1927</time> Lemaître’s paper</li><li><time>1929</time> Hubble’s graph of speed and distance</li></ol></section>
<aside class="sidebar" aria-labelledby="sb"><h2 id="sb">%s</h2>
%s
</aside>
<section class="footnotes" aria-label="Notes"><ol><li id="fn1">The stars are now called Cepheid variables, after the first one found, Delta Cephei. <a href="#fnref1">↩</a></li></ol></section>
<script>
document.querySelectorAll('[data-accordion] button').forEach(function (b) {
  b.addEventListener('click', function () {
    var r = document.getElementById(b.getAttribute('aria-controls'));
    var open = b.getAttribute('aria-expanded') === 'true';
    b.setAttribute('aria-expanded', String(!open)); if (open) { r.setAttribute('hidden', 'until-found'); } else { r.removeAttribute('hidden'); }
  });
});
</script>
""" % (d["title_lines"][0].rstrip(":"), d["intro"], e(d["kicker"]), e(d["title_lines"][0]), e(d["title_lines"][1]), e(d["intro"]),
       "\n".join(section(i, s) for i, s in enumerate(S)), e(d["sidebar"]["title"]),
       "\n".join("<p>%s</p>" % e(p) for p in d["sidebar"]["paras"]))

layout = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Nanoc <%= Nanoc::VERSION %>">
<meta name="description" content="<%= @item[:description] %>">
<title><%= @item[:title] %> | Northfield Observatory Trust</title>
<link rel="stylesheet" href="css/site.css">
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="site"><a class="brand" href="/">Northfield Observatory Trust</a>
<nav aria-label="Main"><ul><li><a href="/visit/">Visit</a></li><li><a href="/exhibitions/" aria-current="page">Exhibitions</a></li><li><a href="/learn/">Learn</a></li><li><a href="/support/">Support us</a></li></ul></nav></header>
<nav class="crumbs" aria-label="Breadcrumb"><a href="/">Home</a> › <a href="/exhibitions/">Exhibitions</a> › <span>Cosmos Room</span></nav>
<main id="main"><article class="exhibit">
<%= yield %>
</article></main>
<footer class="site"><p>Northfield Observatory Trust, Hill Road, Northfield. Registered charity 1180442.</p><p>Site built with Nanoc.</p></footer>
</body>
</html>
"""
css = """body{font:17px/1.55 Georgia,serif;margin:0;color:#222}header.site,footer.site{background:#182235;color:#fff;padding:12px 32px}
header.site a{color:#fff}nav ul{display:inline-flex;gap:18px;list-style:none}.crumbs{padding:8px 32px;font:13px sans-serif}
article{max-width:760px;margin:0 auto;padding:0 20px 40px}.kicker{font:13px sans-serif;text-transform:uppercase;letter-spacing:.1em;color:#a33}
.lang{float:right;font:13px sans-serif}h1 .sub{display:block;font-size:.65em;font-weight:normal}.standfirst{font-size:1.2em;font-style:italic}
.acc-head button{all:unset;cursor:pointer;display:block;width:100%;border-top:2px solid #182235;padding:10px 0;font:bold 22px sans-serif}
.acc-label{display:block;font:12px sans-serif;text-transform:uppercase;color:#a33}.fig-right{float:right;width:320px;margin:0 0 10px 16px}
.fig-right img{width:100%;height:auto;background:#bdbdbd}figcaption{font:13px sans-serif}.credit{display:block;color:#666;font-style:italic}
.pull{font-size:1.4em;color:#a33;border-left:4px solid #a33;margin:24px 0;padding-left:16px}.data th,.data td{border-bottom:1px solid #ccc;padding:4px 8px}
.sidebar{background:#eef0f5;padding:12px 20px;margin-top:24px}.timeline{font:14px sans-serif}.footnotes{font-size:13px;border-top:1px solid #ccc}
.skip{position:absolute;left:-999px}
"""
rules = """#!/usr/bin/env ruby
compile '/**/*.html' do
  layout '/default.*'
  write item.identifier.without_ext + '.html'
end
compile '/**/*' do
  write item.identifier.to_s
end
layout '/**/*', :erb
"""
if os.path.exists(SITE): shutil.rmtree(SITE)
for sub in ("content/css", "content/img", "layouts"):
    os.makedirs(os.path.join(SITE, sub))
open(os.path.join(SITE, "nanoc.yaml"), "w").write("string_pattern_type: glob\noutput_dir: output\nprune:\n  auto_prune: true\n")
open(os.path.join(SITE, "Rules"), "w").write(rules)
open(os.path.join(SITE, "layouts", "default.html"), "w", encoding="utf-8").write(layout)
open(os.path.join(SITE, "content", "hubble_expansion_1929.html"), "w", encoding="utf-8").write(page)
open(os.path.join(SITE, "content", "css", "site.css"), "w").write(css)
png(os.path.join(SITE, "content", "img", "mount-wilson.png"))
subprocess.run(["nanoc", "compile"], cwd=SITE, check=True)
shutil.copy(os.path.join(SITE, "output", "hubble_expansion_1929.html"), os.path.join(OUT, "hubble_expansion_1929.html"))
for sub in ("img", "css"):
    dst = os.path.join(OUT, sub)
    if os.path.exists(dst): shutil.rmtree(dst)
    shutil.copytree(os.path.join(SITE, "output", sub), dst)
