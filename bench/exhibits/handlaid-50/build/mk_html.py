"""Build the HTML page with Antora 3 (npm @antora/cli + @antora/site-generator).

Writes a content repository (git, one commit) with an AsciiDoc page, a UI directory of my own (Handlebars layout,
CSS, a custom element), a playbook, runs `antora`, and copies the page, its CSS and image up to the set folder."""
import os, re, shutil, subprocess
from content import EX
from grey_png import png

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(os.path.join(HERE, ".."))
A = os.path.join(HERE, "antora")
NAME = "polio_vaccine_1955"


def adoc():
    e = EX[NAME]
    L = ["= " + " ".join(e["title_lines"]),
         ":page-kicker: " + e["kicker"],
         ":sectnums:", ":sectnumlevels: 1", ":figure-caption!:", ":table-caption!:", ":sectanchors:", "",
         "[.lead]", e["intro"], ""]
    for s in e["sections"]:
        L += ["== " + s["title"], ""]
        for i, p in enumerate(s["paras"]):
            if s["label"] == "2" and i == 2:
                a, b = p.split(" either vaccine or ", 1)
                c = s["caption"]
                L += [a + " either vaccine or", "",
                      ".*%s:* %s [.credit]#%s#" % (c["position"], c["text"], c["credit"]),
                      "image::grey.png[Grey placeholder for the photograph of the trial kit,480,280]", "",
                      "[.continued]", b, ""]
                continue
            if s["label"] == "3" and i == 1:
                a, b = p.split(" in the early 1960s", 1)
                p = a + " in the early 1960sfootnote:[" + e["note"] + "]" + b
            L += [p, ""]
        if s["label"] == "2":
            L += ["[.pullquote]", "____", e["pullquote"], "____", "",
                  ".Results of the placebo-controlled areas",
                  '[cols="2h,1,1",options="header"]', "|===", "| Group | Children | Paralytic cases per 100,000",
                  "| Vaccinated | about 200,000 | 16", "| Given salt solution | about 200,000 | 57", "|===", ""]
        if s["label"] == "3":
            L += ["[discrete]", "=== Key dates", "",
                  ". 1921: Franklin Roosevelt falls ill with polio",
                  ". 1952: the worst epidemic year in the United States",
                  ". 1954: the field trial of the Salk vaccine",
                  ". 1955: the vaccine is licensed on 12 April", ""]
    sb = e["sidebar"]
    L += ["++++", "<fact-box>", '  <h2 slot="heading">%s</h2>' % sb["title"]]
    L += ["  <p>%s</p>" % p for p in sb["paras"]]
    L += ["</fact-box>", "++++", ""]
    return "\n".join(L)


LAYOUT = r"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{{{detag (or page.title 'Untitled')}}} | {{{site.title}}}</title>
<link rel="stylesheet" href="{{{uiRootPath}}}/css/exhibit.css">
</head>
<body class="article">
<a class="skip" href="#content">Skip to the exhibition text</a>
<header class="masthead">
  <a class="brand" href="{{{or site.url siteRootPath}}}">{{{site.title}}}</a>
  <nav class="lang" aria-label="Language"><a href="#" aria-current="true">English</a> <a href="#" hreflang="es" lang="es">Español</a> <a href="#" hreflang="fr" lang="fr">Français</a></nav>
</header>
<div class="body">
<nav class="nav" aria-label="Exhibitions">
  <h3 class="nav-title">{{{page.component.title}}}</h3>
  {{#each page.navigation}}<ul>{{#each ./items}}<li><a href="{{{relativize ./url}}}">{{{./content}}}</a></li>{{/each}}</ul>{{/each}}
</nav>
<main id="content">
  <nav class="breadcrumbs" aria-label="Breadcrumbs"><ul>{{#each page.breadcrumbs}}<li>{{{./content}}}</li>{{/each}}</ul></nav>
  <article class="doc">
    <p class="kicker">{{{page.attributes.kicker}}}</p>
    <h1 class="page">{{{page.title}}}</h1>
{{{page.contents}}}
  </article>
  <nav class="pagination"><span class="prev">Previous: The Iron Lung Ward</span> <span class="next">Next: Penicillin for the Troops</span></nav>
</main>
</div>
<footer class="footer"><p>Castleford Museum of Health · Online exhibitions are edited by the Learning Department.</p></footer>
<template id="fact-box-template">
  <style>aside{background:#eef4f8;border-left:4px solid #2b6a94;padding:1rem 1.25rem;margin:2rem 0} .badge{font:600 .75rem sans-serif;letter-spacing:.1em;text-transform:uppercase;color:#2b6a94}</style>
  <aside><span class="badge">Did you know?</span><slot name="heading"></slot><slot></slot></aside>
</template>
<script>
customElements.define("fact-box", class extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const t = document.getElementById("fact-box-template");
    this.attachShadow({ mode: "open" }).appendChild(t.content.cloneNode(true));
  }
});
</script>
</body>
</html>
"""

CSS = """body{margin:0;font:17px/1.6 Georgia,serif;color:#222}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem}
.masthead{display:flex;justify-content:space-between;padding:.75rem 1.5rem;background:#17324d;color:#fff}
.masthead a{color:#fff}.lang a{margin-left:.75rem;font:14px sans-serif}
.body{display:flex}.nav{width:15rem;padding:1rem;font:14px sans-serif;background:#f4f4f2}
main{max-width:44rem;padding:1rem 2rem}.breadcrumbs ul{list-style:none;padding:0;display:flex;gap:.5rem;font:13px sans-serif}
.breadcrumbs li+li::before{content:"/ "}
.kicker{font:600 13px sans-serif;letter-spacing:.12em;text-transform:uppercase;color:#2b6a94;margin:0}
h1.page{font-size:2.2rem;line-height:1.15;margin:.2rem 0 1rem}
.lead{font-size:1.15rem;font-style:italic}
.imageblock{float:right;width:45%;margin:0 0 1rem 1.5rem}.imageblock img{width:100%;height:auto}
.imageblock .title{font:13px/1.4 sans-serif}.credit{display:block;color:#666;font-style:italic}
.continued p{margin-top:0}
.pullquote blockquote{font-size:1.4rem;font-style:italic;border-top:2px solid #c44;border-bottom:2px solid #c44;margin:1.5rem 0;padding:.5rem 0}
table th{text-align:left}.footnotes{font-size:14px;border-top:1px solid #ccc}
"""


def main():
    if os.path.exists(A):
        shutil.rmtree(A)
    c = os.path.join(A, "content")
    pages = os.path.join(c, "modules", "ROOT", "pages")
    os.makedirs(pages)
    os.makedirs(os.path.join(c, "modules", "ROOT", "images"))
    png(os.path.join(c, "modules", "ROOT", "images", "grey.png"), 480, 280)
    with open(os.path.join(c, "antora.yml"), "w") as f:
        f.write("name: exhibitions\ntitle: Online Exhibitions\nversion: ~\nnav:\n- modules/ROOT/nav.adoc\n")
    with open(os.path.join(c, "modules", "ROOT", "nav.adoc"), "w") as f:
        f.write("* xref:index.adoc[Medicine and the Public]\n** xref:%s.adoc[The Polio Vaccine Trial]\n" % NAME)
    with open(os.path.join(pages, "index.adoc"), "w") as f:
        f.write("= Medicine and the Public\n\nOnline exhibitions of the Castleford Museum of Health.\n")
    with open(os.path.join(pages, NAME + ".adoc"), "w", encoding="utf-8") as f:
        f.write(adoc())
    git = ["git", "-c", "user.name=exhibits50", "-c", "user.email=exhibits50@example.invalid"]
    subprocess.run(git + ["init", "-q", "-b", "main"], cwd=c, check=True)
    subprocess.run(git + ["add", "-A"], cwd=c, check=True)
    subprocess.run(git + ["commit", "-q", "-m", "exhibition page"], cwd=c, check=True)
    ui = os.path.join(A, "ui")
    os.makedirs(os.path.join(ui, "layouts"))
    os.makedirs(os.path.join(ui, "css"))
    with open(os.path.join(ui, "layouts", "default.hbs"), "w") as f:
        f.write(LAYOUT)
    with open(os.path.join(ui, "layouts", "404.hbs"), "w") as f:
        f.write("<!DOCTYPE html><html><head><title>Not found</title></head><body><p>Not found</p></body></html>\n")
    with open(os.path.join(ui, "css", "exhibit.css"), "w") as f:
        f.write(CSS)
    os.makedirs(os.path.join(ui, "helpers"))
    with open(os.path.join(ui, "helpers", "or.js"), "w") as f:
        f.write("'use strict'\nmodule.exports = (...args) => { const n = args.length - 1; for (let i = 0; i < n; i++) if (args[i]) return args[i]; return args[n - 1] }\n")
    with open(os.path.join(ui, "helpers", "detag.js"), "w") as f:
        f.write("'use strict'\nmodule.exports = (html) => html && html.replace(/<[^>]+>/g, '')\n")
    with open(os.path.join(A, "antora-playbook.yml"), "w") as f:
        f.write("site:\n  title: Castleford Museum of Health\n  start_page: exhibitions::index.adoc\n"
                "content:\n  sources:\n  - url: ./content\n    branches: HEAD\n"
                "ui:\n  bundle:\n    url: ./ui\n    snapshot: true\n"
                "output:\n  dir: ./site\nruntime:\n  fetch: false\n  quiet: true\n")
    subprocess.run([os.path.join(HERE, "node", "node_modules", ".bin", "antora"), "--stacktrace", "antora-playbook.yml"],
                   cwd=A, check=True)
    site = os.path.join(A, "site", "exhibitions")
    with open(os.path.join(site, NAME + ".html"), encoding="utf-8") as f:
        page = f.read()
    # move the page up to the set folder: _/css -> css/, _images -> img/
    page = page.replace("../_/css/", "css/").replace("_images/", "img/")
    with open(os.path.join(OUT, NAME + ".html"), "w", encoding="utf-8") as f:
        f.write(page)
    os.makedirs(os.path.join(OUT, "css"), exist_ok=True)
    os.makedirs(os.path.join(OUT, "img"), exist_ok=True)
    shutil.copy(os.path.join(A, "site", "_", "css", "exhibit.css"), os.path.join(OUT, "css", "exhibit.css"))
    shutil.copy(os.path.join(site, "_images", "grey.png"), os.path.join(OUT, "img", "grey.png"))


if __name__ == "__main__":
    main()
