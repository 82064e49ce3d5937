"""Re-run the key-term searches used to confirm the 20 unanswerable questions are not answered in all_essays.json.
Each line: regex (case-insensitive) || optional regex a document must contain to be searched. Prints hit counts and contexts."""
import json, re
A = json.load(open("/work/heldout/r37/all_essays.json", encoding="utf-8"))
SEARCHES = """
San Jacinto
Wilkes || Trent
Belgrano|submarine|sank|sunk || Falkland
killed|died|dead|deaths|casualt || Falkland
Robben|island|prison || Mandela
tons || Berlin
killed|died|crash|lives|accident || airlift
earthquake
ambassador|Nathaniel Davis || Allende
disappear|killed|tortur|executed || Pinochet
Just Cause
killed|died|casualt|soldiers || Noriega
\\$|million|money|paid || New Echota
signers|signed the Declaration|signatures|fifty-six
sword|Stalingrad|gift|present || Tehran
largest recipient|received|billion|Marshall Plan aid || Marshall Plan
circulation|copies|readers|Life magazine || Luce
gasoline|gas price|per gallon
Whitney|Government Section || .
draft|wrote|authored || MacArthur
legation|Boxer
command|\\bUSS\\b|U\\.S\\.S\\.|Chicago || Mahan
votes|percent|margin || Allende
"""
for line in SEARCHES.strip().splitlines():
    pat, _, filt = line.partition(" || ")
    pat, filt = pat.strip(), filt.strip() or None
    hits = []
    for k, v in A.items():
        if filt and not re.search(filt, v, re.I):
            continue
        for m in re.finditer(pat, v, re.I):
            hits.append((k, v[max(0, m.start() - 70):m.end() + 70].replace("\n", " ")))
    print(f"## /{pat}/ docs containing /{filt}/: {len(hits)} hits")
    for k, c in hits[:6]:
        print(f"   [{k}] ...{c}...")
