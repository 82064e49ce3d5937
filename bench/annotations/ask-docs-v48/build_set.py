# Shuffle hand-written items and write ask_v48.jsonl (+ ask_v48_tags.json for README stats).
import json, random
from build_items import A, U
items = []
for x in A:
    items.append(dict(x))
for x in U:
    items.append(dict(question=x["question"], answer=None, alternatives=[], document=None, citation=None,
                      kind="unanswerable", tags=x["tags"]))
random.Random(4848).shuffle(items)
tags = {}
with open("ask_v48.jsonl", "w", encoding="utf-8") as f:
    for i, x in enumerate(items, 1):
        qid = "q%03d" % i
        tags[qid] = x.pop("tags")
        rec = {"id": qid, "question": x["question"], "answer": x["answer"], "alternatives": x["alternatives"],
               "document": x["document"], "citation": x["citation"], "kind": x["kind"]}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
json.dump(tags, open("ask_v48_tags.json", "w"), indent=0)
print(len(items))
