"""Writes the six gold files from the same strings the documents are made from."""
import json
import os
import content as C

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
g = C.gold_text


def P(s):
    return {"kind": "paragraph", "text": g(s)}


def CAP(c):
    return {"kind": "caption", "text": g(c["text"]), "position": c["position"], "credit": c["credit"]}


def S(label, title, blocks):
    return {"label": label, "title": title, "blocks": blocks}


def write(name, title, running, sections):
    with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
        json.dump({"title": title, "running": running, "sections": sections}, f, ensure_ascii=False, indent=2)
        f.write("\n")


def main():
    D = C.GREAT_EASTERN
    secs = [S(None, D["title"], [P(D["deck"])])]
    for i, s in enumerate(D["sections"]):
        b = [P(p) for p in s["paras"]]
        if i == 1:
            b.append(CAP(D["caption"]))
        secs.append(S(None, s["title"], b))
    secs.append(S(None, D["sidebar_title"], [P(D["sidebar"])]))
    write("great_eastern_1858", D["title"], [D["run_left"], D["run_right"]] + D["folios"], secs)

    D = C.MICROGRAPHIA
    secs = [S(None, D["title"], [P(D["intro"])])]
    for s in D["stops"]:
        b = [P(p) for p in s["paras"]]
        if s["n"] == "2":
            b.append(CAP(D["caption"]))
        secs.append(S(s["n"], s["title"], b))
    secs.append(S(None, D["sidebar_title"], [P(D["sidebar"])]))
    write("micrographia_1665", D["title"], [D["run_left"], D["run_right"]] + D["folios"], secs)

    D = C.CHEAPSIDE
    secs = [S(None, D["title"], [P(D["intro"])])]
    for i, s in enumerate(D["sections"]):
        b = [P(p) for p in s["paras"]]
        if i == 0:
            b.append(CAP(D["caption"]))
        secs.append(S(None, s["title"], b))
    for o in D["objects"]:
        secs.append(S(o["n"], o["title"], [P(p) for p in o["paras"]]))
    secs.append(S(None, D["sidebar_title"], [P(D["sidebar"])]))
    write("cheapside_hoard_1912", D["title"], [D["run_left"], D["run_right"]], secs)

    D = C.LAKI
    secs = [S(None, D["title"], [P(D["intro"])])]
    for s in D["panels"]:
        b = [P(p) for p in s["paras"]]
        if s["label"] == "D":
            b.append(CAP(D["caption"]))
        secs.append(S(s["label"], s["title"], b))
    secs.append(S(None, D["sidebar_title"], [P(D["sidebar"])]))
    write("laki_eruption_1783", D["title"], [D["footer"]], secs)

    D = C.DALE_DYKE
    secs = [S(None, D["title"], [P(D["intro"])])]
    for s in D["sections"]:
        b = [P(p) for p in s["paras"]]
        if s["label"] == "IV":
            b.append(CAP(D["caption"]))
        secs.append(S(s["label"], s["title"], b))
    secs.append(S(None, D["sidebar_title"], [P(D["sidebar"])]))
    write("dale_dyke_flood_1864", D["title"], [D["header"], D["footer"]], secs)

    D = C.FA_CUP
    secs = [S(None, D["title"], [P(D["intro"])])]
    for i, s in enumerate(D["sections"]):
        b = [P(p) for p in s["paras"]]
        if i == 1:
            b.append(CAP(D["figure_mid"]))
        if i == 3:
            b.append(CAP(D["figure_end"]))
        secs.append(S(s["label"], s["title"], b))
    secs.append(S(None, D["sidebar_title"], [P(D["sidebar"])]))
    write("fa_cup_final_1872", D["title"], [], secs)


if __name__ == "__main__":
    main()
