# titanic_wreck_1985.html: Markdown + raw HTML page compiled by ikiwiki (Debian), web-component sections with slots.
import os, html, shutil, subprocess
from content import DOCS
B = os.path.dirname(os.path.abspath(__file__))
OUT = B + "/.."
E = html.escape
d = DOCS["titanic_wreck_1985"]
src, dst = B + "/wiki_src", B + "/wiki_out"
shutil.rmtree(src, ignore_errors=True); shutil.rmtree(dst, ignore_errors=True)
os.makedirs(src + "/img")
shutil.copy(OUT + "/img/grey.png", src + "/img/grey.png")
m = ['[[!meta title="' + " ".join(d["title_lines"]) + '"]]', "",
     '<p class="kicker">' + E(d["kicker"]) + '</p>', "",
     '<div class="lang">Read in: <a href="#" hreflang="fr">Français</a> · <a href="#" hreflang="de">Deutsch</a></div>', "",
     '<h1 class="exhibit-title">' + E(d["title_lines"][0]) + '<br/><span class="sub">' + E(d["title_lines"][1]) + '</span></h1>', "",
     '<p class="standfirst">' + E(d["intro"]) + '</p>', "",
     '<div class="tabs" role="tablist"><button role="tab">Story</button><button role="tab">Timeline</button><button role="tab">Visit</button></div>', ""]
for k, s in enumerate(d["sections"]):
    if k == 2:
        m += ['<nav class="pager"><span>Page 1 of 2</span> <a href="#page-2">Next page ›</a></nav>', '',
              '<section id="page-2" class="article-page">', '']
    m.append(f'<exhibit-panel id="p{k+1}">')
    m.append(f'<span slot="label">{E(s["label"])}</span>')
    m.append(f'<h2 slot="heading">{E(s["title"])}</h2>')
    for j, t in enumerate(s["paras"]):
        m.append(f'<p>{E(t)}</p>')
        if s.get("caption") and j == 0:
            c = s["caption"]
            m.append(f'<figure><img src="img/grey.png" alt="Grey placeholder for the camera sled" width="320" height="200"/></figure>')
            m.append(f'<div class="figcap"><strong>{c["position"]}:</strong> {E(c["text"])} <span class="credit">{E(c["credit"])}</span></div>')
    if k == 1:
        m.append(f'<blockquote class="pull">{E(d["pull"])}</blockquote>')
    m.append('</exhibit-panel>')
    m.append('')
m += ['<h2 class="tl">The search in dates</h2>', '<ol class="timeline"><li>1912 · The liner sinks</li>'
      '<li>1985 · Le Suroît and Knorr</li><li>1986 · Alvin dives</li><li>2012 · UNESCO protection</li></ol>', '']
sb = d["sidebar"]
m.append('<aside class="sidebar"><h2>' + E(sb["title"]) + '</h2>' + "".join(f'<p>{E(t)}</p>' for t in sb["paras"]) + '</aside>')
m += ['', '</section>', '',
      '<template id="exhibit-panel-tpl"><div class="panel"><span class="num"><slot name="label"></slot></span>'
      '<slot name="heading"></slot><slot></slot></div></template>',
      '<script>customElements.define("exhibit-panel",class extends HTMLElement{constructor(){super();'
      'this.attachShadow({mode:"open"}).appendChild(document.getElementById("exhibit-panel-tpl").content.cloneNode(true));}});</script>']
open(src + "/titanic_wreck_1985.mdwn", "w").write("\n".join(m) + "\n")
subprocess.run(["ikiwiki", "--disable-plugin", "htmlscrubber", "--plugin", "meta", "--url", "https://example.invalid/",
                src, dst], check=True)
shutil.copy(dst + "/titanic_wreck_1985/index.html", OUT + "/titanic_wreck_1985.html")
print("made html")
