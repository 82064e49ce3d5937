"""Write the gold JSON of every exhibit from texts.py."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from texts import DOCS, gold
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for name in DOCS:
    with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as fh:
        json.dump(gold(name), fh, ensure_ascii=False, indent=2)
        fh.write("\n")
print("gold written:", len(DOCS))
