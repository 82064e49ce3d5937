import json, os
import content
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for n in content.DOCS:
    with open(os.path.join(OUT, n + ".json"), "w", encoding="utf-8") as f:
        json.dump(content.gold(n), f, ensure_ascii=False, indent=2)
        f.write("\n")
print("gold written")
