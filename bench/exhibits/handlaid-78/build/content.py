import json
from texts import EX, gold, words
out = {}
for n in EX:
    g = gold(n)
    json.dump(g, open("../%s.json" % n, "w"), ensure_ascii=False, indent=2)
    out[n] = dict(EX[n]); out[n]["gold"] = g
json.dump(out, open("texts.json", "w"), ensure_ascii=False, indent=1)
print({n: words(n) for n in EX})
