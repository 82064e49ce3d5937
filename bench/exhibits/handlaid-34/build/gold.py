import json
from layout import plain

def make_gold(d, running, captions, title=None):
    """captions: {section label: [fig dict, ...]} appended at the end of that section."""
    title = title or " ".join(d["title_lines"])
    secs = [{"label": None, "title": title, "blocks": [{"kind": "paragraph", "text": plain(d["intro"])}]}]
    for label, stitle, paras in d["sections"]:
        blocks = [{"kind": "paragraph", "text": plain(p)} for p in paras]
        for f in captions.get(label, []):
            blocks.append({"kind": "caption", "text": f["text"], "position": f["pos"], "credit": f["credit"]})
        secs.append({"label": label, "title": stitle, "blocks": blocks})
    secs.append({"label": None, "title": d["sidebar_title"],
                 "blocks": [{"kind": "paragraph", "text": plain(p)} for p in d["sidebar"]]})
    return {"title": title, "running": running, "sections": secs}

def write(path, g):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=2)
        f.write("\n")
