# -*- coding: utf-8 -*-
"""Writes the gold JSON of every exhibit from texts.py."""
import json, os
from texts import EX, gold
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for n in EX:
    with open(os.path.join(ROOT, n + ".json"), "w", encoding="utf-8") as f:
        json.dump(gold(n), f, ensure_ascii=False, indent=2)
        f.write("\n")
print("gold written:", ", ".join(EX))
