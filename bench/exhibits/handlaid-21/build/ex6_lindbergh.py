# -*- coding: utf-8 -*-
"""Exhibit 6: lindbergh_flight_1927.html, a legacy collection-database record page (hand-written markup,
layout tables). Pictures are grey PNGs in img/."""
import common
common.ensure_venv()
import json, os
from html import escape as esc
import content

EX = content.LINDBERGH
NAME = EX["name"]
IMG = os.path.join(common.OUT, "img")
os.makedirs(IMG, exist_ok=True)
for fn, w, h, g in [("hfam_logo.png", 120, 40, 120), ("pennant_1987_44_2_main.png", 640, 300, 190),
                    ("pennant_thumb_1.png", 80, 60, 190), ("pennant_thumb_2.png", 80, 60, 175),
                    ("pennant_thumb_3.png", 80, 60, 160), ("spirit_model_1977.png", 560, 260, 180),
                    ("broadway_parade_1927.png", 560, 300, 170), ("related_1.png", 160, 120, 185),
                    ("related_2.png", 160, 120, 175)]:
    with open(os.path.join(IMG, fn), "wb") as f:
        f.write(common.grey_png(w, h, g))

T = content.title(EX)
secs = EX["sections"]
note_word = EX["note"][2]


def para(s):
    s = esc(s, quote=False)
    if esc(note_word) in s:
        s = s.replace(note_word, note_word + '<sup class="fn"><a href="#src-1" id="ref-1">1</a></sup>', 1)
    return "<p>%s</p>" % s


rows = []
for si, sec in enumerate(secs):
    cells = ['<h3>%s</h3>' % esc(sec["title"])]
    for pi, p in enumerate(sec["paras"]):
        cells.append(para(p))
        if si == 1 and pi == 0:
            c = sec["caption"]
            cells.append('<figure class="inline"><img src="img/spirit_model_1977.png" width="560" height="260" '
                         'alt="Silver monoplane model on a stand"><figcaption><b>%s:</b> %s <span class="credit">%s</span>'
                         '</figcaption></figure>' % (c["position"], esc(c["text"]), esc(c["credit"])))
    if si == 3:
        c = sec["caption"]
        cells.append('<figure class="inline"><img src="img/broadway_parade_1927.png" width="560" height="300" '
                     'alt="Crowds and paper streamers on a city street"><figcaption>%s <span class="credit">%s</span>'
                     '</figcaption></figure>' % (esc(c["text"]), esc(c["credit"])))
    rows.append('<tr class="part">\n<th scope="row" class="partno">%s</th>\n<td>\n%s\n</td>\n</tr>' %
                (esc(sec["label"]), "\n".join(cells)))
    if si == 2:
        rows.append('<tr class="quote"><td colspan="2"><blockquote class="pull"><p>%s</p></blockquote></td></tr>' %
                    esc(EX["pull"]))

fields = [("Object name", "Pennant"), ("Title", T), ("Maker", "Unknown maker, probably New York"),
          ("Date made", "May\u2013June 1927"), ("Materials", "Wool felt, printed in white and yellow; cotton tape"),
          ("Dimensions", "30 \u00d7 76 cm"), ("Object number", "1987.44.2"),
          ("Credit line", "Gift of Walter Brandt in memory of his aunt, Ruth Brandt, 1987"),
          ("On display", "Gallery 2, case 14")]
ftable = "\n".join('<tr><th scope="row">%s</th><td>%s</td></tr>' % (esc(a), esc(b)) for a, b in fields)
jsonld = json.dumps({"@context": "https://schema.org", "@type": "VisualArtwork", "name": T,
                     "identifier": "1987.44.2", "artMedium": "Wool felt", "dateCreated": "1927",
                     "description": EX["intro"],
                     "holdingArchive": {"@type": "Museum", "name": "Harrow Field Aviation Museum"}},
                    ensure_ascii=False, indent=1)
st, stext = EX["sidebar"]
html = f'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>1987.44.2 | {esc(T)} | Harrow Field Aviation Museum Collections</title>
<meta name="description" content="{esc(EX["intro"])}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{{font-family:Georgia,serif;margin:0;color:#222;background:#fafafa}}
#site-header{{background:#1d2b3a;color:#fff;padding:8px 24px}} #site-header a{{color:#fff}}
nav.main ul{{list-style:none;display:flex;gap:18px;padding:0}}
.crumbs ol{{list-style:none;display:flex;gap:6px;padding:0;font:13px Arial,sans-serif}}
.crumbs li+li:before{{content:"\\203A  "}}
main{{max-width:980px;margin:0 auto;padding:0 24px}}
.objnum{{font:13px Arial,sans-serif;color:#666}}
table.fields th{{text-align:left;font:bold 13px Arial,sans-serif;padding:3px 12px 3px 0;vertical-align:top}}
table.fields td{{font:13px Arial,sans-serif}}
table.narrative{{border-collapse:collapse;width:100%}}
table.narrative th.partno{{width:70px;vertical-align:top;text-align:left;font:bold 12px Arial,sans-serif;
 color:#a3401a;padding-top:22px}}
table.narrative td{{padding:0 0 12px 0}}
figure.inline{{margin:12px 0}} figcaption{{font:13px Arial,sans-serif}} .credit{{color:#777;font-size:11px}}
blockquote.pull{{font-size:22px;font-style:italic;color:#a3401a;border-left:4px solid #a3401a;padding-left:16px}}
aside.note{{background:#f1ead8;padding:12px 18px;margin:18px 0;border-top:3px solid #a3401a}}
.pager{{font:13px Arial,sans-serif}} .sr{{position:absolute;left:-9999px}}
</style>
<script type="application/ld+json">
{jsonld}
</script>
</head>
<body>
<a class="sr" href="#record">Skip to record</a>
<header id="site-header">
<a href="/"><img src="img/hfam_logo.png" width="120" height="40" alt="Harrow Field Aviation Museum"></a>
<nav class="main" aria-label="Main"><ul><li><a href="/visit">Visit</a></li><li><a href="/whats-on">What&#8217;s on</a></li>
<li><a href="/collections">Collections</a></li><li><a href="/learn">Learn</a></li><li><a href="/support">Support us</a></li></ul></nav>
<form class="search" action="/collections/search" role="search"><label for="q">Search the collection</label>
<input id="q" name="q" type="search" value="Lindbergh"><button type="submit">Search</button></form>
</header>
<main id="record">
<div class="crumbs"><ol><li><a href="/">Home</a></li><li><a href="/collections">Collections</a></li>
<li><a href="/collections/search?q=Lindbergh">Search results</a></li><li aria-current="page">Record 3 of 12</li></ol></div>
<div class="pager"><a href="/collections/1987.44.1" rel="prev">&#8249; Previous record</a> | <a href="/collections/1988.2.7" rel="next">Next record &#8250;</a></div>
<h1>{esc(T)}</h1>
<p class="objnum">Object number 1987.44.2 &#183; Record last updated 14 March 2019</p>
<div class="viewer">
<img src="img/pennant_1987_44_2_main.png" width="640" height="300" alt="Long triangular felt pennant with lettering and an aeroplane">
<p class="viewcount">View 1 of 3</p>
<ul class="thumbs"><li><img src="img/pennant_thumb_1.png" width="80" height="60" alt="Front"></li>
<li><img src="img/pennant_thumb_2.png" width="80" height="60" alt="Back"></li>
<li><img src="img/pennant_thumb_3.png" width="80" height="60" alt="Detail of fading"></li></ul>
<p class="rights">Image &#169; Harrow Field Aviation Museum. <a href="/rights">Request a high-resolution copy</a></p>
</div>
<h2>Record details</h2>
<table class="fields">
{ftable}
</table>
<aside class="note" aria-labelledby="note-h">
<h2 id="note-h">{esc(st)}</h2>
<p>{esc(stext)}</p>
</aside>
<h2>Narrative</h2>
<p class="lede">{esc(EX["intro"])}</p>
<table class="narrative" role="presentation">
{chr(10).join(rows)}
</table>
<section class="sources"><h2>Sources</h2>
<ol><li id="src-1">{esc(EX["note"][1])} <a href="#ref-1">&#8617;</a></li>
<li>Museum object file 1987.44, letters from the donor, 1986&#8211;87.</li></ol></section>
<div hidden id="provenance-full"><h2>Full provenance</h2><p>Bought on Broadway by Ruth Brandt, June 1927; by descent to her nephew Walter Brandt; given to the museum in 1987.</p></div>
<section class="exhibitions"><h2>Exhibition history</h2>
<ul><li>Wings over the Atlantic, Harrow Field Aviation Museum, 1997</li><li>Souvenir! Flight and the Public, Harrow Field Aviation Museum, 2012&#8211;13</li></ul></section>
<section class="related"><h2>Related records</h2>
<ul><li><a href="/collections/1987.44.1"><img src="img/related_1.png" width="160" height="120" alt=""> Ticket for the parade stand, 1927</a></li>
<li><a href="/collections/1991.3.12"><img src="img/related_2.png" width="160" height="120" alt=""> Sheet music, &#8220;Lucky Lindy!&#8221;, 1927</a></li></ul></section>
<section class="cite"><h2>Cite this record</h2>
<p>Harrow Field Aviation Museum, &#8220;{esc(T)}&#8221;, object number 1987.44.2, online collection record.</p></section>
<noscript><p>Turn on JavaScript to zoom into the images.</p></noscript>
</main>
<footer id="site-footer"><p>Harrow Field Aviation Museum &#183; Aerodrome Road, Harrow Field &#183; Registered charity 1100427</p>
<p><a href="/privacy">Privacy</a> &#183; <a href="/accessibility">Accessibility</a> &#183; <a href="/contact">Contact</a></p></footer>
<script>document.querySelectorAll('.thumbs img').forEach(function(t,i){{t.addEventListener('click',function(){{
document.querySelector('.viewcount').textContent='View '+(i+1)+' of 3';}});}});</script>
</body>
</html>
'''
with open(os.path.join(common.OUT, NAME + ".html"), "w", encoding="utf-8") as f:
    f.write(html)
content.write_gold(EX, common.OUT)
print("wrote", NAME)
