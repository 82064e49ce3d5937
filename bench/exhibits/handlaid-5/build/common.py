import json, re
def P(t): return {"kind": "paragraph", "text": t}
def C(t, pos=None, credit=None): return {"kind": "caption", "text": t, "position": pos, "credit": credit}
def write_gold(path, title, running, sections):
    json.dump({"title": title, "running": running, "sections": sections}, open(path, "w"), ensure_ascii=False, indent=2)
def body_words(sections):
    n = 0
    for s in sections:
        for b in s["blocks"]:
            if b["kind"] == "paragraph": n += len(b["text"].split())
    return n
