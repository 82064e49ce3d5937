# -*- coding: utf-8 -*-
import json, os
import content as C
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RUNNING = {
    "phonograph_1877": [C.PHONOGRAPH["footer_left"], C.PHONOGRAPH["footer_right"]],
    "kodak_camera_1888": [C.KODAK["head_left"], C.KODAK["head_right"], C.KODAK["footer"], "1", "4"],
    "typewriter_1868": [C.TYPEWRITER["head_left"], C.TYPEWRITER["head_right"], C.TYPEWRITER["footer"], "1", "2"],
    "burke_wills_1861": [C.BURKE["footer_left"], C.BURKE["footer_right"]],
    "elgin_marbles_1816": [],
    "telephone_1876": [],
}
for e in C.ALL:
    g = C.gold(e, RUNNING[e["name"]])
    with open(os.path.join(OUT, e["name"] + ".json"), "w") as f:
        json.dump(g, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("gold", e["name"])
