import json, sys
from rdflib import Graph
d = json.load(open(sys.argv[1]))
def strip(o):
    if isinstance(o, dict): return {k: strip(v) for k, v in o.items() if k != "@context"}
    if isinstance(o, list): return [strip(x) for x in o]
    return o
print("top @context:", d.get("@context"))
doc = strip(d)
doc["@context"] = {"@vocab": "http://www.w3.org/ns/oa#", "id": "@id", "type": "@type", "as": "http://www.w3.org/ns/activitystreams#"}
g = Graph().parse(data=json.dumps(doc), format="json-ld")
print("rdf triples", len(g))
items = d.get("items") or d.get("first", {}).get("items", [])
import collections
print("target kinds", collections.Counter(type(a.get("target")).__name__ for a in items))
print(json.dumps(items[0], indent=1)[:900])
