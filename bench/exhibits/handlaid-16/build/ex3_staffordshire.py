"""Exhibit 3: the Staffordshire Hoard - jsPDF (node), A4 catalogue sheet with a grid of object cards."""
import json, os, subprocess
from content import STAFFORD as EX, OUT, write_gold
from common import grey_png, to_txt

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "staffordshire_hoard"
RUN = ["Gallery of the Mercian Kingdom", "Case 12 - The Staffordshire Hoard", "Catalogue sheet - please leave in the gallery"]
for i in range(3):
    grey_png(os.path.join(HERE, "img", "hoard_%d.png" % (i + 1)), 300, 300, shade=150 + 15 * i)
spec = dict(EX, out=os.path.join(OUT, NAME + ".pdf"), img=os.path.join(HERE, "img"), run=RUN,
            kicker="CATALOGUE OF THE EXHIBITION")
for s in json.dumps(spec):
    assert ord(s) < 128, "jsPDF base-14 exhibit must be ASCII"
json.dump(spec, open(os.path.join(HERE, NAME + "_content.json"), "w"), indent=1)
subprocess.run(["node", os.path.join(HERE, NAME + ".js")], check=True)
to_txt(NAME)
# order of first appearance in the .txt: page 1 has only the footer line; page 2 adds the header
write_gold(NAME, EX, [RUN[2], "p. 1", RUN[0], RUN[1], "p. 2"])
