"""HTML page with bakesite 0.7.2 (PyPI; markdown-it-py + Jinja2, its built-in 'basic' layout).
I write build/site/ (bakesite.yaml, content/NAME.md with raw HTML and Markdown), run `bakesite bake`,
and copy _site/NAME.html and the picture up."""
import os, sys, shutil, subprocess
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from texts import DOCS
from content import cur
from PIL import Image

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
NAME = "paris_pneumatic_post_1866"


def page():
    d = DOCS[NAME]
    s = d["sections"]
    L = ["---", "title: Letters Through the Tubes", "author: Wexcombe Museum of Communication", "---", ""]
    L.append('<p class="kicker">Online gallery \u00b7 Under the Streets</p>')
    L.append("")
    L.append('<h1 id="top">%s<br><span class="sub">%s</span></h1>' % (cur(d["title_lines"][0]), cur(d["title_lines"][1])))
    L.append("")
    # intro as Markdown; bakesite's markdown-it has breaks=True, so this soft line break becomes <br>
    intro = cur(d["intro"])
    cut = intro.index(" by dropping it")
    L.append(intro[:cut])
    L.append(intro[cut + 1:])
    L.append("")
    L.append('<nav class="panel-nav" aria-label="Stations on this page"><p>On this page</p><ol>')
    for k, sec in enumerate(s):
        L.append('<li><a href="#s%d">%s \u2013 %s</a></li>' % (k + 1, sec["label"], cur(sec["title"])))
    L.append('<li><a href="#more">%s</a></li>' % cur(d["sidebar"]["title"]))
    L.append("</ol></nav>")
    L.append("")
    for k, sec in enumerate(s):
        L.append('<section id="s%d" aria-labelledby="h-s%d">' % (k + 1, k + 1))
        L.append('<p class="station">%s</p>' % sec["label"])
        L.append('<h2 id="h-s%d">%s</h2>' % (k + 1, cur(sec["title"])))
        L.append("")
        for j, p in enumerate(sec["paras"]):
            L.append(cur(p))  # Markdown paragraph inside the section (blank lines around it)
            L.append("")
            if k == 1 and j == 0:
                c = sec["caption"]
                L.append('<figure class="object">')
                L.append('<figcaption>%s<br><small>%s</small></figcaption>' % (cur(c["text"]), cur(c["credit"])))
                L.append('<img src="img/carrier.png" alt="Carrier cylinder" width="480" height="280">')
                L.append("</figure>")
                L.append('<p class="print-only" aria-hidden="true">%s %s</p>' % (cur(c["text"]), cur(c["credit"])))
                L.append("")
            if k == 0 and j == 1:
                L.append('<blockquote class="pull"><p>\u201cMy little blue card left the Bourse at ten and was in her hands before the clock struck twelve.\u201d</p>'
                         '<p class="attrib">\u2014 from a stockbroker\u2019s diary, 1902</p></blockquote>')
                L.append("")
        L.append('<p class="top"><a href="#top">Back to top \u2191</a></p>')
        L.append("</section>")
        L.append("")
    sb = d["sidebar"]
    L.append('<aside id="more" class="box" aria-labelledby="h-more">')
    L.append('<h3 id="h-more">%s</h3>' % cur(sb["title"]))
    L.append("")
    for p in sb["paras"]:
        L.append(cur(p))
        L.append("")
    L.append("</aside>")
    L.append("")
    L.append('<style>.panel-nav{position:sticky;top:0;float:left;width:12rem}.print-only{display:none}'
             '@media print{.print-only{display:block}figcaption{display:none}.panel-nav{display:none}}'
             '.station{font:bold .8rem sans-serif;color:#a33;text-transform:uppercase}</style>')
    L.append("")
    return "\n".join(L)


if __name__ == "__main__":
    site = os.path.join(HERE, "site")
    if os.path.isdir(site):
        shutil.rmtree(site)
    os.makedirs(os.path.join(site, "content"))
    open(os.path.join(site, "bakesite.yaml"), "w").write(
        'base_path: "."\nsubtitle: "Wexcombe Museum of Communication"\nauthor: "Wexcombe Museum of Communication"\n'
        'site_url: "https://example.org"\ngithub_url: "https://example.org/code"\nlinkedin_url: "https://example.org/people"\n'
        'gtag_id: "G-0000000"\ncname: "example.org"\n')
    open(os.path.join(site, "content", NAME + ".md"), "w", encoding="utf-8").write(page())
    bake = os.path.join(os.path.dirname(sys.executable), "bakesite")
    subprocess.run([bake, "bake"], cwd=site, check=True, stdout=subprocess.DEVNULL)
    shutil.copy(os.path.join(site, "_site", NAME + ".html"), os.path.join(OUT, NAME + ".html"))
    os.makedirs(os.path.join(OUT, "img"), exist_ok=True)
    Image.new("RGB", (480, 280), (190, 190, 190)).save(os.path.join(OUT, "img", "carrier.png"))
    shutil.rmtree(os.path.join(site, "_site"))
    print("wrote", NAME + ".html")
