import sys, json, os, glob
from lxml import etree
kind, path = sys.argv[1], sys.argv[2]
if kind == "json":
    d = json.load(open(path)); print("json ok", {k: len(v) for k, v in d.items()})
    try:
        import jsonschema
        s = json.load(open(glob.glob("/work/redteam49/venv/lib/python3*/site-packages/vitrina/schemas/export.schema.json")[0]))
        errs = list(jsonschema.Draft202012Validator(s).iter_errors(d))
        print("schema errors:", len(errs)); [print(" ", e.message[:200], list(e.path)[:6]) for e in errs[:5]]
    except Exception as e: print("schema check failed:", e)
elif kind == "annotations":
    from pyld import jsonld
    d = json.load(open(path))
    items = d if isinstance(d, list) else d.get("items") or d.get("first", {}).get("items") or [d]
    print("annotation container type:", d.get("type") if isinstance(d, dict) else "list", "items", len(items))
    # expand offline with the W3C anno context? avoid network: check fields
    bad = [a for a in items if not (a.get("type") == "Annotation" and a.get("target") and "id" in a)]
    print("bad annotations", len(bad))
    from rdflib import Graph
    ctx = {"@context": {"@vocab": "http://www.w3.org/ns/oa#", "id": "@id", "type": "@type"}}
    doc = dict(d) if isinstance(d, dict) else {"@graph": d}
    doc["@context"] = ctx["@context"]
    g = Graph().parse(data=json.dumps(doc), format="json-ld"); print("rdf triples", len(g))
elif kind == "geojson":
    d = json.load(open(path)); fs = d["features"]
    print("type", d["type"], "features", len(fs))
    for f in fs:
        g = f.get("geometry")
        if g:
            lon, lat = g["coordinates"][:2] if g["type"] == "Point" else (0, 0)
            if not (-180 <= lon <= 180 and -90 <= lat <= 90): print("BAD coords", f.get("properties", {}).get("title"), g)
    print([ (f["properties"].get("title"), f.get("geometry") and f["geometry"].get("coordinates")) for f in fs][:40])
elif kind == "timelinejs":
    d = json.load(open(path)); ev = d["events"]; print("events", len(ev))
    for e in ev:
        sd = e["start_date"]; y = int(sd["year"])
        if "month" in sd and not 1 <= int(sd["month"]) <= 12: print("bad month", e)
    print([ (e["start_date"], e["text"].get("headline", "")[:40]) for e in ev[:5]])
elif kind == "csl":
    d = json.load(open(path)); print("items", len(d)); print([ (i.get("id"), i.get("type"), i.get("title"), i.get("issued")) for i in d][:20])
    bad = [i for i in d if "id" not in i or "type" not in i]; print("missing id/type", len(bad))
elif kind == "tei":
    n = 0
    for f in sorted(glob.glob(path + "/*.xml")):
        try: etree.parse(f, etree.XMLParser(resolve_entities=False)); n += 1
        except Exception as e: print("INVALID", f, e)
    print("tei files parsed", n, "of", len(glob.glob(path + "/*")))
elif kind == "csv":
    import pandas as pd
    for f in sorted(glob.glob(path + "/*.csv")):
        df = pd.read_csv(f); print(os.path.basename(f), df.shape)
