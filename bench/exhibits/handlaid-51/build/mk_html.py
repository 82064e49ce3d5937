"""Write the Hakyll source (Markdown with raw HTML, template, CSS), build it with the compiled Hakyll site, copy out."""
import os, shutil, subprocess
from content import EX, OUT
B = os.path.dirname(os.path.abspath(__file__)); Hk = os.path.join(B, "hakyll"); n = "grand_banks_1929"; e = EX[n]
for d in ("pages", "templates", "css", "img"): os.makedirs(os.path.join(Hk, d), exist_ok=True)
shutil.copy(os.path.join(B, "docx_src", "grey.png"), os.path.join(Hk, "img", "cable.png"))
S = {lab: (tit, bl) for lab, tit, bl in e["sections"]}
def paras(lab): return [b["text"] for b in S[lab][1] if b["kind"] == "paragraph"]
def head(lab): return f'<header class="sec-head"><span class="sec-no">{lab}</span><h2>{S[lab][0]}</h2></header>\n\n'
md = ['---\ntitle: "%s"\nkicker: "%s"\n---\n\n' % (e["title_lines"][0], e["kicker"]),
      '<div class="standfirst">\n\n%s\n\n</div>\n\n' % e["intro"],
      '<div class="article-page" id="page-1" data-page="1">\n\n',
      '<section class="exhibit-section" id="s01">\n\n', head("01")]
md += [p + "\n\n" for p in paras("01")]
md += ['</section>\n\n<section class="exhibit-section" id="s02">\n\n', head("02")]
p1, p2 = paras("02")
md.append(p1.replace("Twenty-eight people died,", "Twenty-eight people died,[^1]") + "\n\n")
md.append('<blockquote class="pull">\n\nThree waves, twenty-eight lives, and no telegraph to tell the world.\n\n</blockquote>\n\n')
a, b = [x.strip() for x in p2.split("|")]
md.append(a + "\n\n")
md.append('</section>\n\n<nav class="pager" aria-label="Article pages">Page 1 of 2 · <a href="#page-2" data-goto="2">Continue reading →</a></nav>\n\n</div>\n\n')
md.append('<div class="article-page" id="page-2" data-page="2">\n\n<p class="jump">Continued from page 1</p>\n\n')
md.append('<section class="exhibit-section continued" id="s02-cont">\n\n<div class="para-cont">\n\n' + b + "\n\n</div>\n\n</section>\n\n")
md += ['<section class="exhibit-section" id="s03">\n\n', head("03")]
ps = paras("03"); c = [x for x in S["03"][1] if x["kind"] == "caption"][0]
md.append(ps[0] + "\n\n")
md.append('<div class="figure"><img src="img/cable.png" alt="" width="600" height="360" loading="lazy"></div>\n<div class="figure-caption"><strong>%s:</strong> %s <small class="credit">%s</small></div>\n\n' % (c["position"], c["text"], c["credit"]))
md += [p + "\n\n" for p in ps[1:]]
md.append('</section>\n\n<nav class="pager" aria-label="Article pages"><a href="#page-1" data-goto="1">← Previous page</a> · Page 2 of 2</nav>\n\n</div>\n\n')
sbt, sbb = S[None]
md.append('<div class="explore">\n<div class="tabs" role="tablist">\n<button role="tab" id="t-time" aria-controls="tab-time" aria-selected="true">Timeline</button>\n<button role="tab" id="t-mend" aria-controls="tab-mend" aria-selected="false">%s</button>\n</div>\n\n' % sbt)
md.append('<div role="tabpanel" id="tab-time" aria-labelledby="t-time">\n<ol class="timeline">\n<li><b>18 Nov 1929, 17:02</b> Earthquake under the continental slope</li>\n<li><b>17:05–18:00</b> Cables nearest the centre fail</li>\n<li><b>19:30</b> Tsunami reaches the Burin Peninsula</li>\n<li><b>19 Nov, 06:00</b> Last cable break, far down the slope</li>\n<li><b>21 Nov</b> SS Portia brings news to St. John’s</li>\n</ol>\n</div>\n\n')
md.append('<div role="tabpanel" id="tab-mend" aria-labelledby="t-mend" class="inactive">\n\n' + "".join(x["text"] + "\n\n" for x in sbb) + '</div>\n\n</div>\n\n')
md.append('[^1]: Counts differ slightly between accounts; some victims died of their injuries weeks later.\n')
open(os.path.join(Hk, "pages", n + ".md"), "w", encoding="utf-8").write("".join(md))
open(os.path.join(Hk, "templates", "exhibit.html"), "w", encoding="utf-8").write("""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>$title$ | Port Hallam Maritime Museum</title>
<link rel="stylesheet" href="/css/exhibit.css">
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="site-head">
<p class="brand">Port Hallam Maritime Museum</p>
<nav class="site-nav"><a href="/">Visit</a> <a href="/">Exhibitions</a> <a href="/">Collections</a> <a href="/">Learning</a></nav>
<div class="lang" role="navigation" aria-label="Language"><a href="#" aria-current="true">English</a> · <a href="#" lang="fr" hreflang="fr">Français</a></div>
</header>
<main id="main">
<article class="exhibit">
<p class="kicker">$kicker$</p>
<h1>$title$</h1>
$body$
</article>
</main>
<footer class="site-foot"><p>Port Hallam Maritime Museum · Harbour Road · Open daily 10–5</p></footer>
<script>
document.querySelectorAll('[role=tab]').forEach(function (t) {
  t.addEventListener('click', function () {
    document.querySelectorAll('[role=tab]').forEach(function (u) { u.setAttribute('aria-selected', u === t); });
    document.querySelectorAll('[role=tabpanel]').forEach(function (p) { p.classList.toggle('inactive', p.id !== t.getAttribute('aria-controls')); });
  });
});
</script>
</body>
</html>
""")
open(os.path.join(Hk, "css", "exhibit.css"), "w").write("""body{font:17px/1.6 Georgia,serif;margin:0;color:#1d2530}
.skip{position:absolute;left:-999px}.site-head,.site-foot{background:#0e3047;color:#fff;padding:10px 24px}
.site-head a,.site-foot a{color:#cfe3f2}.exhibit{max-width:46em;margin:2em auto;padding:0 1em}
.kicker{text-transform:uppercase;letter-spacing:.12em;color:#2a6f97;font:600 13px sans-serif}
.standfirst{font-size:1.2em;font-style:italic}.sec-head{display:flex;gap:.6em;align-items:baseline}
.sec-no{font:700 2em sans-serif;color:#2a6f97}.pull{font-size:1.5em;border-left:6px solid #2a6f97;margin:1em 0;padding-left:1em}
.jump{font:italic 14px sans-serif;color:#666}.pager{font:14px sans-serif;border-top:1px solid #ccc;padding-top:.5em}
.figure img{width:100%;height:auto;background:#bebebe}.figure-caption{font:14px sans-serif}.credit{display:block;color:#555}
.tabs button{font:600 14px sans-serif}.inactive{display:none}.explore{background:#eef4f8;padding:1em}
""")
subprocess.run(["./site", "rebuild"], cwd=Hk, check=True, capture_output=True)
site = os.path.join(Hk, "_site")
html = open(os.path.join(site, n + ".html"), encoding="utf-8").read().replace('href="/css/', 'href="css/')
open(os.path.join(OUT, n + ".html"), "w", encoding="utf-8").write(html)
for d in ("img", "css"):
    shutil.rmtree(os.path.join(OUT, d), ignore_errors=True); shutil.copytree(os.path.join(site, d), os.path.join(OUT, d))
print("made", n)
