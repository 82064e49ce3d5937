"""Write the Starlight MDX page for the Cavendish exhibit, build the site with Astro and deploy the page."""
import os, re, shutil, subprocess, glob
import content as C
from mk_docx import grey_png

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")


def mdx():
    ex = C.CAVENDISH; X = ex["extra"]; S = ex["sections"]
    L = []
    L.append("---")
    L.append("title: %s" % ex["title_lines"][0])
    L.append("description: %s" % ex["intro"].split(". ")[0].replace(":", ""))
    L.append("hero:")
    L.append("  title: %s" % ex["title_lines"][0])
    L.append("  tagline: %s" % ex["title_lines"][1])
    L.append("---")
    L.append("import { Aside, Tabs, TabItem, Badge } from '@astrojs/starlight/components';")
    L.append("")
    L.append('<p class="kicker">%s</p>' % X["kicker"])
    L.append("")
    L.append('<p class="lede">%s</p>' % ex["intro"])
    L.append("")
    L.append('<Aside type="tip" title="Audio guide">Stop 14 on the audio guide. Ask at the desk for a headset.</Aside>')
    L.append("")
    L.append('<div class="exhibit">')
    L.append("")
    # the sidebar comes first in the DOM; CSS (order: 9) shows it last
    sb = S[3]
    L.append('<aside class="shed" aria-labelledby="shed-h">')
    L.append('<h3 id="shed-h">%s</h3>' % sb[1])
    L.append("<p>%s</p>" % sb[2][0][1])
    L.append("</aside>")
    L.append("")
    for i, (label, title, blocks) in enumerate(S[:3]):
        L.append('<section class="station station-%d">' % (i + 1))
        L.append("")
        L.append('## <span class="station-no">%s</span> %s' % (label, title))
        L.append("")
        ps = [b[1] for b in blocks if b[0] == "p"]
        c = [b for b in blocks if b[0] == "cap"]
        for k, t in enumerate(ps):
            if i == 2 and k == 0:
                t = t.replace("times as dense as water.", "times as dense as water.[^1]")
            L.append(t)
            L.append("")
            if c and k == 0:
                c = c[0]
                # caption as a sibling div placed before the picture ("Below:")
                L.append('<div class="figcap" id="cap-balance"><strong>%s:</strong> %s <span class="credit">%s</span></div>' % (c[2], c[1], c[3]))
                L.append('<figure aria-describedby="cap-balance"><img src="../../img/torsion_balance.png" alt="Grey placeholder for the model of the torsion balance" width="640" height="360" /></figure>')
                L.append("")
        L.append("</section>")
        L.append("")
        if i == 1:
            L.append('<blockquote class="pull" aria-hidden="true">%s</blockquote>' % X["pull"])
            L.append("")
    L.append('<div class="extras">')
    L.append("")
    L.append("<Tabs>")
    L.append('<TabItem label="Timeline">')
    L.append("")
    L.append("1. 1731: Cavendish born in Nice")
    L.append("2. 1766: paper on “factitious airs”")
    L.append("3. 1793: death of John Michell")
    L.append("4. 1797–1798: the Clapham measurements")
    L.append("5. 1810: Cavendish dies in London")
    L.append("")
    L.append("</TabItem>")
    L.append('<TabItem label="Glossary">')
    L.append("")
    L.append("**Torsion balance**: an instrument that measures a small force by the twist it gives to a fine wire.")
    L.append("")
    L.append("**Mean density**: the mass of a body divided by its volume.")
    L.append("")
    L.append("</TabItem>")
    L.append("</Tabs>")
    L.append("")
    L.append("</div>")
    L.append("")
    L.append("</div>")
    L.append("")
    L.append("[^1]: Cavendish’s own average; he also listed the result of each of the seventeen trials. Kept in the museum library, shelf mark TCS/L 14.")
    L.append("")
    return "\n".join(L)


if __name__ == "__main__":
    open(os.path.join(SITE, "src/content/docs/galleries/cavendish_experiment_1798.mdx"), "w", encoding="utf-8").write(mdx())
    grey_png(os.path.join(SITE, "public/img/torsion_balance.png"), 640, 360)
    subprocess.run(["npx", "astro", "build"], cwd=SITE, check=True)
    page = os.path.join(SITE, "dist/galleries/cavendish_experiment_1798/index.html")
    html = open(page, encoding="utf-8").read()
    out = C.OUT
    os.makedirs(os.path.join(out, "css"), exist_ok=True)
    os.makedirs(os.path.join(out, "img"), exist_ok=True)
    for href in sorted(set(re.findall(r'href="([^"]+\.css)"', html))):
        src = os.path.normpath(os.path.join(os.path.dirname(page), href)) if not href.startswith("/") else os.path.join(SITE, "dist", href.lstrip("/"))
        name = os.path.basename(src)
        shutil.copy(src, os.path.join(out, "css", name))
        html = html.replace('href="%s"' % href, 'href="css/%s"' % name)
    html = html.replace('src="../../img/torsion_balance.png"', 'src="img/torsion_balance.png"')
    shutil.copy(os.path.join(SITE, "public/img/torsion_balance.png"), os.path.join(out, "img/torsion_balance.png"))
    open(os.path.join(out, "cavendish_experiment_1798.html"), "w", encoding="utf-8").write(html)
    print("deployed", len(html), "bytes")
