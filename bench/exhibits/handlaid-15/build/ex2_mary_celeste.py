"""Exhibit 2: the Mary Celeste as a newspaper-style broadsheet (A3 portrait, four columns), drawn by PDFKit in
node (build/mary_celeste.js). This script hands the strings to node and writes the gold from the same strings."""
import json, os, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import content as C
from common import OUT, HERE, pdftotext

NAME = "mary_celeste"
EX = C.CELESTE
RUN_LEFT = "Spencer’s Island Maritime Museum · Exhibition Broadsheet No. 3"
RUN_RIGHT = "Free · Please take one"
FOOT = "Printed for the exhibition “Found Adrift”, Gallery 2, 2026 · Spencer’s Island, Nova Scotia"


def main():
    data = {
        "title": EX["title"], "run_left": RUN_LEFT, "run_right": RUN_RIGHT, "foot": FOOT,
        "masthead": "The Brigantine Gazette", "pull": "“For nine days she had sailed on alone.”",
        "dateline": "NEW YORK · THE AZORES · GIBRALTAR · GENOA  —  NOVEMBER 1872 TO MARCH 1873",
        "head1": "Found Adrift:", "head2": "The Mystery of the Mary Celeste",
        "intro": EX["intro"][0],
        "sections": EX["sections"], "sidebar": EX["sidebar"],
        "ad": ["THE MUSEUM SHOP", "Ship models, charts, postcards and books on the Fundy shore. Open daily in the "
               "summer season."],
    }
    p = os.path.join(HERE, "mary_celeste_content.json")
    json.dump(data, open(p, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    subprocess.run(["node", os.path.join(HERE, "mary_celeste.js"), os.path.join(OUT, NAME + ".pdf")], check=True)
    pdftotext(NAME)
    C.write_gold(os.path.join(OUT, NAME + ".json"), C.gold(EX, [RUN_LEFT, RUN_RIGHT, FOOT]))


if __name__ == "__main__":
    main()
