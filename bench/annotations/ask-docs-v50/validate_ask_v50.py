"""Validate ask_v50.jsonl against ask_texts.json. Run: python3 validate_ask_v50.py"""
import json, os, re, collections
HERE = os.path.dirname(os.path.abspath(__file__))
T = json.load(open(os.path.join(HERE, 'ask_texts.json')))
ALL = json.load(open(os.path.join(HERE, '..', 'all_essays.json')))
rows = [json.loads(l) for l in open(os.path.join(HERE, 'ask_v50.jsonl'), encoding='utf-8')]
EX = '000_beabee21081aa6a0'
KINDS = {"who", "what", "when", "where", "why", "how", "how many/how much", "which", "unanswerable"}
STOP = set("""a an the of to in on at by for from with and or but is was were are be been being do does did done
has have had it its this that these those he she they them his her their what which who whom whose when where why how
many much as into about after before during over under than then there here not no yes can could would should will
shall may might must if so such also only just up out off all any some each other own same one two three four five
i you we us our your me my s t d ll re ve don didn wasn weren isn aren""".split())
err = []
def check(c, msg):
    if not c: err.append(msg)

check(len(rows) == 100, "need 100 rows, got %d" % len(rows))
ids = [r["id"] for r in rows]
check(len(set(ids)) == len(ids), "duplicate ids")
check(ids == ["q%03d" % i for i in range(1, 101)], "ids must be q001..q100 in order")
for r in rows:
    check(set(r) == {"id", "question", "answer", "alternatives", "document", "citation", "kind"}, r["id"] + " fields")
    check(r["kind"] in KINDS, r["id"] + " bad kind")
    if r["kind"] == "unanswerable":
        check(r["answer"] is None and r["document"] is None and r["citation"] is None and r["alternatives"] == [], r["id"] + " unanswerable must have nulls")
        continue
    check(r["document"] in T, r["id"] + " unknown document")
    doc = T.get(r["document"], "")
    check(r["citation"] in doc, r["id"] + " citation not an exact substring of its document")
    check(r["citation"] in ALL.get(r["document"], ""), r["id"] + " citation not in all_essays.json copy")
    check("\n" not in r["citation"], r["id"] + " citation spans lines")
    check(r["answer"] and r["answer"] in r["citation"], r["id"] + " answer not in citation")
    for a in r["alternatives"]:
        check(a in r["citation"], r["id"] + " alternative not in citation: " + a)
        check(a != r["answer"], r["id"] + " alternative equals answer")
    check(len(set(r["alternatives"])) == len(r["alternatives"]), r["id"] + " duplicate alternatives")

ans = [r for r in rows if r["kind"] != "unanswerable"]
una = [r for r in rows if r["kind"] == "unanswerable"]
check(len(ans) == 80, "need 80 answerable, got %d" % len(ans))
check(len(una) == 20, "need 20 unanswerable, got %d" % len(una))
bydoc = collections.Counter(r["document"] for r in ans)
check(14 <= bydoc[EX] <= 18, "exhibit count %d not ~16" % bydoc[EX])
essays = [d for d in bydoc if d != EX]
check(len(essays) >= 30, "only %d essays covered" % len(essays))
# not grouped: no run of 3+ consecutive rows on the same document
run = 1
for a, b in zip(rows, rows[1:]):
    run = run + 1 if (a["document"] and a["document"] == b["document"]) else 1
    check(run < 3, "3 consecutive rows on " + str(b["document"]))
# yes/no questions not allowed
for r in rows:
    first = r["question"].split()[0].lower()
    check(first not in {"is", "was", "were", "did", "does", "do", "are", "can", "could", "has", "had", "will"}, r["id"] + " looks like yes/no")

def cw(s):
    return {w for w in re.findall(r"[a-z0-9]+", s.lower().replace("\u2019", "'")) if w not in STOP and len(w) > 1}
low_overlap = [r["id"] for r in ans if len(cw(r["question"]) & cw(r["citation"])) <= 1]
check(len(low_overlap) >= 30, "only %d questions share <=1 content word with citation" % len(low_overlap))
lower = [r["id"] for r in rows if r["question"] == r["question"].lower()]
check(len(lower) == 4, "all-lowercase questions: %d" % len(lower))

print("rows:", len(rows), "answerable:", len(ans), "unanswerable:", len(una))
print("kinds:", dict(collections.Counter(r["kind"] for r in rows)))
print("exhibit questions:", bydoc[EX], "essays covered:", len(essays), "of", len(T) - 1, "documents covered:", len(bydoc))
print("low-overlap (<=1 shared content word):", len(low_overlap))
print("all-lowercase:", lower)
if err:
    print("FAILED"); [print("  -", e) for e in err]; raise SystemExit(1)
print("OK: all checks passed")
