"""Writes NAME.json gold for all six exhibits from texts.py."""
import json, os, sys
from texts import ALL, gold
out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for d in ALL:
    with open(os.path.join(out, d["name"] + ".json"), "w", encoding="utf-8") as fh:
        json.dump(gold(d), fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    print("gold", d["name"])
