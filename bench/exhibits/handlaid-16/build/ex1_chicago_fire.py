"""Exhibit 1: the Great Chicago Fire - pdfmake (node), A4 gallery guide."""
import json, os, subprocess
from content import CHICAGO as EX, OUT, write_gold
from common import grey_png, to_txt

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "chicago_fire_1871"
for f, w, h in (("chicago_street.png", 360, 240), ("chicago_tower.png", 240, 320), ("chicago_tents.png", 600, 220)):
    grey_png(os.path.join(HERE, "img", f), w, h)
spec = dict(EX, out=os.path.join(OUT, NAME + ".pdf"), img=os.path.join(HERE, "img"),
            header=["Lakeshore Historical Society", "Three Days of Fire"],
            footer="Gallery guide · Fire and the City", kicker="LAKESHORE HISTORICAL SOCIETY · GALLERY 3")
json.dump(spec, open(os.path.join(HERE, NAME + "_content.json"), "w"), ensure_ascii=False, indent=1)
subprocess.run(["node", os.path.join(HERE, NAME + ".js")], check=True)
to_txt(NAME)
# order of first appearance in the .txt: page 1 has only the footer; the page-2 header is drawn after the body
write_gold(NAME, EX, ["Gallery guide · Fire and the City", "Page 1 of 2", "Lakeshore Historical Society",
                      "Three Days of Fire", "Page 2 of 2"])
