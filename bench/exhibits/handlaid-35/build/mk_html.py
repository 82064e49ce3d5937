# Cheddar Man: HTML page in the shape a CMS (Drupal-like paragraphs module) produces: nested <section>s,
# h1 -> h3 (no h2 in the article) -> h5 in the sidebar, div.caption + p.credit, a slick-style carousel with
# cloned slides that repeat captions, and "read more" truncation markup. Images: grey PNGs in img/.
import json, os, sys, html
from content import CHEDDAR as EX, gold_for
from png import grey_png

out = sys.argv[1]
d = os.path.dirname(os.path.abspath(out))
os.makedirs(os.path.join(d, "img"), exist_ok=True)
imgs = ["cheddar_cave_entrance.png", "cheddar_skull_cast.png", "cheddar_head_model.png", "logo_mendip.png"]
for i, n in enumerate(imgs):
    grey_png(os.path.join(d, "img", n), 160 if n.startswith("logo") else 640, 60 if n.startswith("logo") else 400, 170 + i * 8)
e = lambda s: html.escape(s, quote=True)
title = " ".join(EX["title_lines"])
P = []
P.append(f"""<!DOCTYPE html>
<html lang="en-GB" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="description" content="{e(EX['intro'])}">
<title>{e(title)} | Mendip Caves Heritage Trust</title>
<style>
body{{font-family:Georgia,serif;margin:0;color:#222}} .visually-hidden{{position:absolute!important;clip:rect(1px,1px,1px,1px);overflow:hidden;height:1px;width:1px}}
.site-header{{background:#2b2b24;color:#fff;padding:8px 24px}} .site-header a{{color:#fff}}
main{{max-width:760px;margin:0 auto;padding:0 16px}} .field--name-field-kicker{{text-transform:uppercase;letter-spacing:.12em;color:#7a4b1c;font:bold 12px sans-serif}}
h1 .subtitle{{display:block;font-size:.6em;font-style:italic;font-weight:normal}}
.paragraph--type--chapter{{border-top:1px solid #ccc;margin-top:24px}} .chapter-label{{font:bold 12px sans-serif;color:#7a4b1c}}
.readmore{{max-height:5.2em;overflow:hidden;position:relative}} .readmore.is-open{{max-height:none}}
.readmore__toggle{{font:bold 13px sans-serif;background:none;border:0;color:#7a4b1c;cursor:pointer}}
.carousel{{position:relative;overflow:hidden}} .slick-track{{display:flex;transform:translate3d(-640px,0,0)}} .slick-slide{{flex:0 0 640px}}
.caption{{font:14px sans-serif;margin-top:4px}} .credit{{font:italic 12px sans-serif;color:#666;margin:0}}
.media--left{{display:flex;gap:12px}} .media--left .caption-wrap{{order:-1;flex:0 0 200px}}
aside.paragraph--type--factbox{{background:#f1ece2;padding:12px;margin:16px 0}}
</style>
</head>
<body class="path-node page-node-type-story">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<header class="site-header" role="banner">
  <a href="/" rel="home"><img src="img/logo_mendip.png" alt="Mendip Caves Heritage Trust home" width="160" height="60"></a>
  <nav role="navigation" aria-labelledby="block-main-menu"><h2 id="block-main-menu" class="visually-hidden">Main navigation</h2>
    <ul class="menu"><li><a href="/visit">Visit</a></li><li><a href="/explore">Explore</a></li><li><a href="/learn">Learn</a></li><li><a href="/support-us">Support us</a></li></ul></nav>
</header>
<main role="main"><a id="main-content" tabindex="-1"></a>
<div class="region region-content">
<div data-drupal-messages-fallback class="hidden"></div>
<article data-history-node-id="1903" class="node node--type-story node--view-mode-full">
  <div class="field field--name-field-kicker">{e(EX['kicker'])}</div>
  <h1 class="page-title"><span class="field field--name-title">{e(EX['title_lines'][0])}</span> <span class="subtitle">{e(EX['title_lines'][1])}</span></h1>
  <div class="node__meta"><span>Published 4 March 2024</span> · <span>6 minute read</span></div>
  <div class="field field--name-field-standfirst"><p>{e(EX['intro'])}</p></div>
  <div class="field field--name-field-chapters">""")

def caption_html(f):
    pos = f"<strong>{e(f['pos'])}:</strong> " if f.get("pos") else ""
    return f'<div class="caption">{pos}{e(f["text"])}</div>\n<p class="credit">{e(f["credit"])}</p>'

for si, s in enumerate(EX["sections"]):
    P.append(f'''  <section class="paragraph paragraph--type--chapter" id="chapter-{si+1}">
   <section class="paragraph__header"><p class="chapter-label">{e(s['label'])}</p>
    <h3>{e(s['title'])}</h3></section>
   <section class="paragraph__body">''')
    paras = s["paras"]
    if si == 2:     # read-more truncation: both paragraphs inside a clipped wrapper, toggle after it
        P.append('    <div class="readmore" data-readmore aria-expanded="false" id="rm-3">')
        for p in paras:
            P.append(f"     <p>{e(p)}</p>")
        P.append('    </div><span class="readmore__ellipsis" aria-hidden="true">…</span>\n    <button class="readmore__toggle" aria-controls="rm-3" data-less="Read less">Read more</button>')
    else:
        for p in paras:
            P.append(f"    <p>{e(p)}</p>")
    P.append("   </section>")
    figs = s.get("figs", [])
    if si == 0:
        # slick carousel: real slides 0..1 plus cloned slides (aria-hidden) repeating their captions
        slides = [(f, i, n) for i, (f, n) in enumerate(zip(figs, imgs[:2]))]
        def slide(f, idx, n, cloned):
            cls = "slick-slide slick-cloned" if cloned else "slick-slide"
            hid = ' aria-hidden="true" tabindex="-1"' if cloned else ""
            return (f'     <div class="{cls}" data-slick-index="{idx}"{hid}><figure class="media">\n'
                    f'      <img src="img/{n}" alt="" width="640" height="400">\n      {caption_html(f)}\n     </figure></div>')
        P.append('   <section class="paragraph paragraph--type--gallery"><h4 class="visually-hidden">Gallery</h4>\n    <div class="carousel slick-initialized" role="region" aria-label="Image carousel">\n    <div class="slick-track">')
        P.append(slide(figs[1], -1, imgs[1], True))
        for f, i, n in slides:
            P.append(slide(f, i, n, False))
        P.append(slide(figs[0], 2, imgs[0], True))
        P.append('    </div>\n    <button class="slick-prev" aria-label="Previous">Previous</button><button class="slick-next" aria-label="Next">Next</button>\n    <ul class="slick-dots" role="tablist"><li><button role="tab">1 of 2</button></li><li><button role="tab">2 of 2</button></li></ul>\n    </div>\n   </section>')
    if si == 3:
        f = figs[0]
        P.append(f'''   <section class="paragraph paragraph--type--image media--left">
    <img src="img/{imgs[2]}" alt="Grey placeholder for a photograph" width="640" height="400">
    <div class="caption-wrap">{caption_html(f)}</div>
   </section>''')
    if si == 1:
        sb = EX["sidebar"]
        P.append(f'''   <aside class="paragraph paragraph--type--factbox" role="complementary">
    <h5>{e(sb['title'])}</h5>
    {''.join(f"<p>{e(p)}</p>" for p in sb['paras'])}
   </aside>''')
    P.append("  </section>")
P.append("""  </div>
  <footer class="node__footer"><div class="field--name-field-tags"><span>Tags:</span> <a href="/tags/prehistory">Prehistory</a>, <a href="/tags/caves">Caves</a></div>
  <div class="share"><a href="#">Share on social media</a> · <a href="#" onclick="window.print()">Print</a></div></footer>
</article>
</div>
<section class="views-element-container related"><h2>You might also like</h2><ul><li><a href="/stories/stalactites">How a stalactite grows</a></li><li><a href="/stories/cave-diving-1930s">Cave diving in the 1930s</a></li></ul></section>
</main>
<footer class="site-footer" role="contentinfo"><p>Mendip Caves Heritage Trust is a registered charity. © 2024</p></footer>
</div>
<script>document.querySelectorAll('[data-readmore]').forEach(function(el){var b=el.parentNode.querySelector('.readmore__toggle');b.addEventListener('click',function(){el.classList.toggle('is-open');});});</script>
</body>
</html>""")
open(out + ".html", "w").write("\n".join(P))
g = gold_for(EX)
json.dump(g, open(out + ".json", "w"), ensure_ascii=False, indent=2)
