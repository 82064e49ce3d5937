# -*- coding: utf-8 -*-
"""bessemer_converter_1856.html: a museum 'collections in focus' page, written by hand here.
Grey PNGs are written with zlib and struct."""
import html, os, struct, zlib
from content import BESSEMER as D, gold_text
from gold import make_gold, write_gold

def png(path, w, h, g=190):
    raw = b"".join(b"\x00" + bytes([g]) * w for _ in range(h))
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0)) + \
        chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
    open(path, "wb").write(data)

E = html.escape
SHY = {"metallurgy": "metal&shy;lurgy", "impurities": "impuri&shy;ties", "cementation": "cemen&shy;tation",
       "spiegeleisen": "spiegel&shy;eisen", "ironmasters": "iron&shy;masters", "open-hearth": "open-<wbr>hearth"}
NOTES = {"Mushet": "Mushet had patented the use of spiegeleisen in 1856, but let the patent lapse.",
         "Percy Gilchrist": "Percy Gilchrist was a chemist at the Blaenavon ironworks in Wales."}

def para_html(p, cls=None):
    s = E(p, quote=False)
    for w, rep in SHY.items():
        s = s.replace(w, rep, 1)
    s = s.replace("'", "’")
    for i, (w, n) in enumerate(NOTES.items(), 1):
        if w + " " in s and f'id="r{i}"' not in s:
            s = s.replace(w + " ", f'{w}<sup class="fn"><a href="#n{i}" id="r{i}">{i}</a></sup> ', 1)
    c = f' class="{cls}"' if cls else ""
    return f"<p{c}>{s}</p>"

def build(out_html, out_json):
    os.makedirs("../img", exist_ok=True)
    png("../img/bessemer_logo.png", 120, 40, 120)
    png("../img/bessemer_converter_model.png", 640, 420)
    png("../img/bessemer_converter_model_small.png", 320, 210)
    png("../img/bessemer_sheffield.png", 900, 360, 170)
    secs = D["sections"]
    title_spans = "\n".join(f'<span class="w">{E(w).replace(chr(39), "’")}</span>' for w in D["title_words"])
    out = []
    A = out.append
    A('<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">')
    A(f'<title>{E(D["title"]).replace("&#x27;", "’")} | {D["museum"]}</title>')
    A(f'<meta name="description" content="{E(D["intro"])}">')
    A('<meta name="viewport" content="width=device-width, initial-scale=1">')
    A("""<style>
body{margin:0;font-family:Georgia,serif;color:#222;background:#fbfaf7}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px}
.site-head{display:flex;justify-content:space-between;align-items:center;padding:12px 32px;background:#1d1d1b;color:#fff;font-family:Arial,sans-serif}
.site-head nav a{color:#fff;margin-left:18px;text-decoration:none}
.ticker{overflow:hidden;white-space:nowrap;background:#c8491d;color:#fff;font:bold 13px Arial,sans-serif;padding:6px 0}
.ticker span{display:inline-block;padding-right:60px;animation:slide 30s linear infinite}
@keyframes slide{from{transform:translateX(0)}to{transform:translateX(-100%)}}
article{max-width:760px;margin:32px auto;padding:0 24px}
.kicker{font:bold 13px Arial,sans-serif;text-transform:uppercase;letter-spacing:.12em;color:#c8491d}
h1{font-size:44px;line-height:1.1;margin:8px 0 16px}
h1 .w{display:inline-block}
.standfirst{font-size:21px;font-style:italic;color:#444}
.step-head{display:flex;flex-direction:column-reverse;margin-top:36px}
.step-head h2{margin:2px 0 8px;font-size:28px}
.step-no{margin:0;font:bold 12px Arial,sans-serif;text-transform:uppercase;letter-spacing:.1em;color:#c8491d}
p{font-size:18px;line-height:1.6;margin:0 0 14px}
p.cont{margin-top:14px}
figure{margin:22px 0}figure img{width:100%;height:auto;display:block}
figcaption{font:14px/1.4 Arial,sans-serif;color:#555;margin-top:6px}
figcaption small{display:block;color:#888}
blockquote{margin:26px 0;padding:8px 24px;border-left:5px solid #c8491d;font-size:23px;font-style:italic}
blockquote footer{font:13px Arial,sans-serif;font-style:normal;color:#777}
aside.sidebar{background:#efe9df;border-top:4px solid #1d1d1b;padding:14px 20px;margin:30px 0}
aside.sidebar h3{margin-top:0;font-family:Arial,sans-serif}
sup.fn a{text-decoration:none;color:#c8491d;font-size:12px}
table.timeline{border-collapse:collapse;width:100%;font:15px Arial,sans-serif;margin-top:30px}
table.timeline th,table.timeline td{border-bottom:1px solid #ccc;padding:6px 8px;text-align:left}
ol.notes{font:14px Arial,sans-serif;color:#555;border-top:1px solid #ccc;padding-top:10px}
.related{max-width:760px;margin:0 auto 40px;padding:0 24px;font-family:Arial,sans-serif}
.site-foot{background:#1d1d1b;color:#bbb;padding:24px 32px;font:13px Arial,sans-serif}
</style>
</head>
<body>""")
    A('<a class="skip" href="#main">Skip to content</a>')
    A(f'<header class="site-head"><a href="/"><img src="img/bessemer_logo.png" alt="{D["museum"]}" width="120" height="40"></a>'
      '<nav aria-label="Main"><a href="/visit">Visit</a><a href="/collections">Collections</a>'
      '<a href="/learning">Learning</a><a href="/shop">Shop</a></nav></header>')
    A(f'<div class="ticker" aria-hidden="true"><span>{E(D["ticker"])}</span><span>{E(D["ticker"])}</span></div>')
    A('<main id="main">\n<article>')
    A(f'<p class="kicker">{E(D["kicker"])}</p>')
    A(f'<h1>{title_spans}</h1>')
    A(f'<p class="standfirst">{E(D["intro"], quote=False)}</p>')
    for si, s in enumerate(secs):
        A(f'<section id="step-{si+1}" aria-labelledby="h-{si+1}">')
        A(f'<header class="step-head"><h2 id="h-{si+1}">{E(s["title"])}</h2><p class="step-no">{E(s["label"])}</p></header>')
        for pi, p in enumerate(s["paras"]):
            if si == 1 and pi == 1:
                cut = p.index("through which") + len("through which")
                A(para_html(p[:cut]))
                c = s["caption"]
                A('<figure>\n<picture><source media="(max-width: 600px)" srcset="img/bessemer_converter_model_small.png">'
                  '<img src="img/bessemer_converter_model.png" alt="" width="640" height="420"></picture>')
                A(f'<figcaption><b>{E(c["position"])}:</b> {E(c["text"])} <small class="credit">{E(c["credit"])}</small></figcaption>\n</figure>')
                A(para_html(p[cut:].strip(), "cont"))
            else:
                A(para_html(p))
            if si == 2 and pi == 0:
                A(f'<blockquote><p>{E(D["pullquote"])}</p><footer>— <cite>{E(D["pullquote_cite"])}</cite></footer></blockquote>')
        A('</section>')
        if si == 2:
            sb = D["sidebar"]
            A(f'<aside class="sidebar" aria-labelledby="sb-h"><h3 id="sb-h">{E(sb["title"])}</h3>')
            for p in sb["paras"]:
                A(para_html(p))
            A('</aside>')
    A('<figure class="wide"><img src="img/bessemer_sheffield.png" alt="" width="900" height="360"></figure>')
    A('<table class="timeline"><caption>Key dates</caption><thead><tr><th scope="col">Year</th><th scope="col">Event</th></tr></thead><tbody>')
    for y, ev in D["timeline"]:
        A(f'<tr><th scope="row">{y}</th><td>{E(ev).replace("&#x27;", "’")}</td></tr>')
    A('</tbody></table>')
    A('<ol class="notes">')
    for i, (w, n) in enumerate(NOTES.items(), 1):
        A(f'<li id="n{i}">{E(n)} <a href="#r{i}" aria-label="Back to text">↩</a></li>')
    A('</ol>\n</article>\n</main>')
    A('<section class="related"><h2>More from the collection</h2><ul><li><a href="/c/crucible">The crucible furnace</a></li>'
      '<li><a href="/c/rails">Steel rails that crossed a continent</a></li></ul></section>')
    A(f'<footer class="site-foot"><p>{D["museum"]} · Kelham Road, Sheffield · Open Wednesday to Sunday</p>'
      '<p><a href="/privacy">Privacy</a> · <a href="/access">Accessibility</a></p></footer>')
    A('</body>\n</html>\n')
    open(out_html, "w", encoding="utf-8").write("\n".join(out))
    g = make_gold(D, [], extra_sidebar=D["sidebar"])
    # apostrophes are typographic on the page
    def fix(o):
        if isinstance(o, dict): return {k: fix(v) for k, v in o.items()}
        if isinstance(o, list): return [fix(v) for v in o]
        if isinstance(o, str): return o.replace("'", "’")
        return o
    write_gold(out_json, fix(g))

if __name__ == "__main__":
    build("../bessemer_converter_1856.html", "../bessemer_converter_1856.json")
