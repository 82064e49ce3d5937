# -*- coding: utf-8 -*-
"""Write NAME.json (gold) for all six exhibits from content.gold()."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from content import ORDER, gold  # noqa: E402

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for name in ORDER:
    with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(gold(name), f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("gold", name)
