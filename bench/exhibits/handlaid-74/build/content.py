"""Writes the gold JSON of every exhibit (../NAME.json) and texts.json for the Node scripts."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from texts import GOLD, EXTRA

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)


def gold_json(name):
    return json.dumps(GOLD[name], ensure_ascii=False, indent=2) + "\n"


if __name__ == "__main__":
    for name in GOLD:
        with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as fh:
            fh.write(gold_json(name))
    with open(os.path.join(HERE, "texts.json"), "w", encoding="utf-8") as fh:
        json.dump({"gold": GOLD, "extra": EXTRA}, fh, ensure_ascii=False, indent=1)
    print("wrote", len(GOLD), "gold files")
