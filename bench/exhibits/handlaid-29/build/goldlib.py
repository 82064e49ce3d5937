import json, os
def write_gold(out, name, title, running, sections):
    g = {"title": title, "running": running, "sections": []}
    for s in sections:
        bl = []
        for b in s["blocks"]:
            if b["kind"] == "paragraph": bl.append({"kind": "paragraph", "text": b["text"]})
            else: bl.append({"kind": "caption", "text": b["text"], "position": b["position"], "credit": b["credit"]})
        g["sections"].append({"label": s["label"], "title": s["title"], "blocks": bl})
    with open(os.path.join(out, name + ".json"), "w") as f:
        json.dump(g, f, ensure_ascii=False, indent=2); f.write("\n")
