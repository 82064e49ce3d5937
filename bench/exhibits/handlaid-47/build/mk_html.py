# HTML page compiled by txt2tags (Debian txt2tags 3.4) from a .t2t source written here.
import os, subprocess, shutil
from content import EX
from grey import grey_png
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
name = "laetoli_footprints_1978"; e = EX[name]; S = e["sections"]
os.makedirs(os.path.join(OUT, "img"), exist_ok=True); grey_png(os.path.join(OUT, "img", "laetoli_cast.png"), 640, 300)
src = os.path.join(HERE, "t2t_src"); os.makedirs(src, exist_ok=True)
L = []
L += [e["title_lines"][0], e["title_lines"][1], "Rift Valley Prehistory Collection · online exhibitions", ""]
L += ["%!target: html", "%!encoding: UTF-8", "%!style: css/laetoli.css", ""]
L += ["'''", '<nav class="lang">Language: <a href="#" aria-current="true">English</a> · <a href="#" hreflang="sw">Kiswahili</a> · <a href="#" hreflang="fr">Français</a></nav>',
      f'<p class="kicker">{e["kicker"]}</p>', "'''", ""]
L += ["**" + e["intro"] + "**", ""]
L += ["'''", '<template id="intro-sw"><p>Miaka milioni tatu na nusu iliyopita, watu wawili wa kale walitembea juu ya majivu.</p></template>',
      '<div class="tabs" role="tablist"><button role="tab">Story</button><button role="tab">Timeline</button><button role="tab">Visit</button></div>', "'''", ""]
for n, (lab, t, items) in enumerate(S):
    L += ["'''", f'<p class="step-label">{lab}</p>', "'''", "", f"== {t} ==[step{n+1}]", ""]
    cap = [i for i in items if isinstance(i, tuple)]
    for it in items:
        if isinstance(it, tuple): continue
        if "|" in it:
            a, b = it.split("|")
            c = cap[0]
            L += [a.rstrip(), "", "'''",
                  f'<div class="figcap"><b>{c[2]}:</b> {c[1]} <span class="credit">{c[3]}</span></div>',
                  '<figure class="cast"><img src="img/laetoli_cast.png" alt="" width="640" height="300"></figure>', "'''", "", b, ""]
        else:
            L += [it, ""]
    if n == 1:
        L += ["\t" + e["pull"], ""]
L += ["== Key dates ==", "", "|| Year | Event |", "| 1976 | Animal prints found |", "| 1978 | Hominin trail uncovered |",
      "| 1979 | Trail reburied |", "| 1995 | Conservation completed |", ""]
st, sp = e["sidebar"]
L += ["'''", '<aside class="sidebar">', f"<h3>{st}</h3>"] + [f"<p>{p}</p>" for p in sp] + ["</aside>", "'''", ""]
L += ["-------------------", "(c) Rift Valley Prehistory Collection. Page built with txt2tags.", ""]
# put the split marker where 2-1 breaks
t2t = os.path.join(src, name + ".t2t"); open(t2t, "w").write("\n".join(L))
subprocess.run(["txt2tags", "-t", "html", "-o", os.path.join(OUT, name + ".html"), t2t], check=True)
os.makedirs(os.path.join(OUT, "css"), exist_ok=True)
open(os.path.join(OUT, "css", "laetoli.css"), "w").write(
    "body{font-family:Georgia,serif;max-width:44em;margin:auto}.kicker{text-transform:uppercase;color:#8a5a2b}"
    ".step-label{font:bold .8em sans-serif;color:#8a5a2b;margin-bottom:0}.figcap{font-size:.85em}.credit{font-style:italic}"
    "blockquote{font-size:1.4em;color:#8a5a2b}.sidebar{background:#f3eadf;padding:1em}.lang{float:right;font-size:.8em}")
print("html ok")
