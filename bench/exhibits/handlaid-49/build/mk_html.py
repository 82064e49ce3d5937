"""arecibo_message_1974.html: Markdown with raw HTML blocks (custom elements with slots, a declarative
shadow-root template, tabs, a figure with its caption in a sibling div) rendered by markdown-it-py
(commonmark preset, html enabled, mdit-py-plugins footnote); build/md_src/ keeps the source; the page
shell (head, language switcher, tab script) is a small wrapper written here."""
import os, shutil
from markdown_it import MarkdownIt
from mdit_py_plugins.footnote import footnote_plugin
from content import EX, CUT

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

SHADOW = ('<template shadowrootmode="open"><style>:host{display:block;margin:2em 0}'
          '.num{font:700 2em sans-serif;color:#0b5d7a}</style>'
          '<div class="num"><slot name="num"></slot></div><slot name="heading"></slot><slot></slot>'
          '<p class="top"><a href="#top">Back to top ↑</a></p></template>')

def build():
    e = EX["arecibo_message_1974"]
    md = []
    md.append(f'<p class="kicker">{e["kicker"]}</p>\n')
    md.append(f'<h1 id="top"><span class="t1">{e["title_lines"][0]}</span> <span class="t2">{e["title_lines"][1]}</span></h1>\n')
    md.append('<div class="tabs" role="tablist"><button role="tab" aria-selected="true">Story</button>'
              '<button role="tab">Timeline</button><button role="tab">Visit</button></div>\n')
    md.append('<div class="page" id="page-1">\n')
    md.append(f'<p class="intro">{e["intro"]}</p>\n')
    for i, s in enumerate(e["sections"]):
        if i == 2:
            md.append('<nav class="pager"><a href="#page-2">Next page: A Very Long Wait →</a></nav>\n</div>\n<div class="page" id="page-2">\n'
                      '<nav class="pager"><a href="#page-1">← Previous page</a></nav>\n')
        md.append(f'<exhibit-panel id="panel-{s["label"]}">{SHADOW}<span slot="num">{s["label"]}</span>'
                  f'<h2 slot="heading">{s["title"]}</h2>\n')
        for j, p in enumerate(s["paras"]):
            if s["label"] == "2" and j == 0:
                p = p.replace("1,679 binary digits.", "1,679 binary digits.[^bit]")
            if CUT in p:
                a, b = [x.strip() for x in p.split(CUT)]
                c = s["caption"]
                md.append(a + "\n")
                md.append(f'<figure class="right"><img src="img/grey.png" alt="" width="300" height="200"></figure>\n'
                          f'<div class="figcap"><b>{c["position"]}:</b> {c["text"]} <span class="credit">{c["credit"]}</span></div>\n')
                md.append(b + "\n")
            else:
                md.append(p + "\n")
        md.append("</exhibit-panel>\n")
        if i == 1:
            md.append(f'<aside class="pull"><p>{e["pullquote"]}</p></aside>\n')
    sb = e["sidebar"]
    md.append(f'<aside class="sidebar">\n<h2>{sb["title"]}</h2>\n')
    for p in sb["paras"]:
        md.append(p + "\n")
    md.append("</aside>\n</div>\n")
    md.append('<section class="tabpanel" hidden>\n<h2>Timeline</h2>\n\n1. 1963: the telescope opens\n2. 1974: the message is sent\n3. 1992: planets found around a pulsar\n4. 2020: the platform falls\n\n</section>\n')
    md.append(f'[^bit]: {e["note"]}\n')
    src = "\n".join(md)
    os.makedirs(os.path.join(HERE, "md_src"), exist_ok=True)
    open(os.path.join(HERE, "md_src", "arecibo_message_1974.md"), "w", encoding="utf-8").write(src)
    mdi = MarkdownIt("commonmark", {"html": True, "typographer": False}).use(footnote_plugin)
    body = mdi.render(src)
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>A Postcard to the Stars | Tallis Observatory</title>
<style>
body{{font:17px/1.5 Georgia,serif;max-width:46em;margin:auto;padding:1em}}
.kicker{{font:700 .8em sans-serif;letter-spacing:.1em;color:#0b5d7a}}
h1 .t1,h1 .t2{{display:block}} h1 .t2{{font-style:italic;font-weight:400}}
.intro{{font-weight:700}} .page+.page{{display:none}} .page:target{{display:block}}
figure.right{{float:right;margin:0 0 1em 1em}} .figcap{{clear:right;font:.85em sans-serif}} .credit{{display:block;color:#666}}
.pull{{font-size:1.5em;color:#0b5d7a;border-left:4px solid;padding-left:1em}}
.sidebar{{background:#eef4f6;padding:1em}}
</style>
</head>
<body>
<nav class="lang">Read in: <a href="#" aria-current="true">English</a> · <a href="#" lang="es">Español</a></nav>
<main>
{body}</main>
<footer><p>Tallis Observatory Museum · Visitor information · Accessibility</p></footer>
<script>
customElements.define('exhibit-panel', class extends HTMLElement {{}});
</script>
</body>
</html>
"""
    open(os.path.join(OUT, "arecibo_message_1974.html"), "w", encoding="utf-8").write(page)
    shutil.copy(os.path.join(HERE, "rst", "grey.png"), os.path.join(OUT, "img", "grey.png"))
    print("made arecibo_message_1974.html")

if __name__ == "__main__":
    build()
