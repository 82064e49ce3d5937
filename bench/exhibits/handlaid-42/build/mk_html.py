"""Flask app + Frozen-Flask: freezes /exhibitions/altamira-cave-1879.html into build/site/build and copies it out."""
import os, shutil
from flask import Flask, render_template
from flask_frozen import Freezer
from PIL import Image
from content import DOCS, CUT

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SITE = os.path.join(HERE, "site")
d = DOCS["altamira_cave_1879"]
app = Flask(__name__, template_folder=os.path.join(SITE, "templates"))
app.config.update(FREEZER_DESTINATION=os.path.join(SITE, "build"), FREEZER_RELATIVE_URLS=True,
                  FREEZER_REMOVE_EXTRA_FILES=True)


@app.route("/exhibitions/altamira-cave-1879.html")
def exhibit():
    S = d["sections"]
    secs = [dict(id="chamber-%d" % (i + 1), label=s["label"], title=s["title"], paras=list(s["paras"]), figure=None,
                 after=[]) for i, s in enumerate(S)]
    # Chamber B: the figure (caption as a sibling div) after B-1; B-2 is cut by the article page break
    b = secs[1]
    b["figure"] = dict(S[1]["caption"], img="altamira-bison.png")
    b2a, carry = S[1]["paras"][1].split(CUT)
    b["paras"] = [S[1]["paras"][0]]
    b["after"] = [b2a]
    return render_template("exhibit.html", d=d, page1=secs[:2], page2=secs[2:], carry=carry,
                           page_title=" ".join(d["title_lines"]))


if __name__ == "__main__":
    Freezer(app, with_static_files=False).freeze()
    shutil.copy(os.path.join(SITE, "build", "exhibitions", "altamira-cave-1879.html"),
                os.path.join(OUT, "altamira_cave_1879.html"))
    Image.new("RGB", (800, 450), (187, 187, 187)).save(os.path.join(OUT, "img", "altamira-bison.png"))
    print("ok")
