"""Exhibit 4: the Lisbon earthquake of 1755 - pdf-lib (node), A4 landscape roll-fold tri-fold leaflet."""
import json, os, subprocess
from content import LISBON as EX, OUT, write_gold
from common import grey_png, to_txt

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "lisbon_earthquake_1755"
FOOT = "Museum of the New City · Earthquake Room · Rua dos Fanqueiros 12, Lisbon"
for f, w, h in (("lisbon_plan.png", 300, 220), ("lisbon_cage.png", 420, 260), ("lisbon_cover.png", 420, 300)):
    grey_png(os.path.join(HERE, "img", f), w, h)
spec = dict(EX, out=os.path.join(OUT, NAME + ".pdf"), img=os.path.join(HERE, "img"), foot=FOOT,
            visit=["Visit the Earthquake Room", "Museum of the New City", "Rua dos Fanqueiros 12", "1100-231 Lisbon",
                   "Open Tuesday to Sunday, 10.00–18.00", "Free on the first Sunday of the month"])
json.dump(spec, open(os.path.join(HERE, NAME + "_content.json"), "w"), ensure_ascii=False, indent=1)
subprocess.run(["node", os.path.join(HERE, NAME + ".js")], check=True)
to_txt(NAME)
write_gold(NAME, EX, [FOOT])
