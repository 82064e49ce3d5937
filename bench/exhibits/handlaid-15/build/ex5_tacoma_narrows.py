"""Exhibit 5: the Tacoma Narrows Bridge as a DOCX exhibition script, written by the npm `docx` package (v9) in node
(build/tacoma_narrows.js). This script makes the grey PNGs, hands the strings to node and writes the gold."""
import json, os, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import content as C
from common import OUT, HERE, grey_png

NAME = "tacoma_narrows"
EX = C.TACOMA
HEAD_FIRST = "Puget Sound Engineering Museum · Bridges Gallery"
HEAD_DEFAULT = "Galloping Gertie — exhibition script"
FOOT = "Draft 3 for label production · not for display"


def main():
    grey_png(os.path.join(HERE, "img", "tacoma_tower.png"), 400, 500)
    grey_png(os.path.join(HERE, "img", "tacoma_film.png"), 760, 420)
    t1, t2 = EX["title"].split(": ")
    data = {"title": EX["title"], "t1": t1 + ": ", "t2": t2, "kicker": "Exhibition script · Room labels",
            "intro": EX["intro"], "sections": EX["sections"],
            "head_first": HEAD_FIRST, "head_default": HEAD_DEFAULT, "foot": FOOT,
            "notes": ["About 853 metres. The towers stood 425 feet above the water.",
                      "Coatsworth’s account appeared in the Tacoma News Tribune the next day."],
            "table_title": "The Bridge in Numbers", "table_head": ["Measure", "Value"],
            "table": [["Main span", "2,800 ft (853 m)"], ["Width of deck", "39 ft (11.9 m)"],
                      ["Depth of stiffening girders", "8 ft (2.4 m)"], ["Opened", "1 July 1940"],
                      ["Collapsed", "7 November 1940"]]}
    p = os.path.join(HERE, "tacoma_narrows_content.json")
    json.dump(data, open(p, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    subprocess.run(["node", os.path.join(HERE, "tacoma_narrows.js"), os.path.join(OUT, NAME + ".docx")], check=True)
    # The Title paragraph holds "…Bridge:" + line break + "The Fall…": the gold title joins the lines with a space.
    C.write_gold(os.path.join(OUT, NAME + ".json"), C.gold(EX, [HEAD_FIRST, HEAD_DEFAULT, FOOT]))


if __name__ == "__main__":
    main()
