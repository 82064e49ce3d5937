"""Search all_essays.json (206 docs) for the key terms of each unanswerable question.
For each term: number of hits and the documents; with -v, the context of each hit."""
import json, re, sys
A = json.load(open('/work/heldout/r50/all_essays.json'))
V = '-v' in sys.argv
CHECKS = [
 ("Lend-Lease tanks to USSR", [r"tanks?\b", r"Lend-Lease.{0,200}(tank|aircraft|planes|trucks)"]),
 ("warship that carried FDR to Yalta", [r"Quincy", r"cruiser.{0,100}(Yalta|Roosevelt)|(Yalta|Roosevelt).{0,100}cruiser", r"(sailed|voyage|aboard).{0,80}Yalta|Yalta.{0,80}(sailed|voyage|aboard)"]),
 ("captain of USS Chesapeake", [r"Chesapeake", r"Barron"]),
 ("hotel of Bretton Woods conference", [r"hotel", r"Mount Washington"]),
 ("deaths in 1972 Managua earthquake", [r"earthquake", r"Managua.{0,150}(killed|dead|death)"]),
 ("Soviet soldiers killed in Afghanistan", [r"Afghan.{0,150}(killed|dead|died|casualt|deaths)", r"(killed|dead|died|casualt|deaths).{0,150}Afghan"]),
 ("Pakistani base Powers took off from", [r"Peshawar", r"base in Pakistan", r"Badaber"]),
 ("vote overriding Truman veto of McCarran-Walter", [r"McCarran", r"override|overrode|over his veto"]),
 ("Nuremberg defendant who killed himself before trial", [r"suicide", r"Robert Ley|\bLey\b"]),
 ("name of Japanese scholar at Tokyo trial", [r"Okawa|Ōkawa", r"Japanese scholar"]),
 ("number of US troops in Restore Hope", [r"Restore Hope", r"UNITAF", r"\d[\d,]* (U\.S\. )?(troops|Marines|soldiers).{0,80}Somalia"]),
 ("who presided over the Albany Congress", [r"Albany", r"DeLancey|De Lancey|Delancey"]),
 ("number of Union blockade ships", [r"Union Navy", r"blockad.{0,100}\d[\d,]* (ships|vessels)|\d[\d,]* (ships|vessels).{0,100}blockad"]),
 ("Blaine's cause of death", [r"Blaine.{0,200}(died|death|illness|disease)"]),
 ("FALSE PREMISE: Stalin refused Tehran", [r"Tehran.{0,200}Stalin|Stalin.{0,200}Tehran", r"Stalin.{0,60}(refused|declined) to attend"]),
 ("FALSE PREMISE: Truman at Yalta", [r"Truman.{0,200}Yalta|Yalta.{0,200}Truman"]),
 ("FALSE PREMISE: Portsmouth, England", [r"Portsmouth", r"Portsmouth, England"]),
 ("FALSE PREMISE: indemnity Russia paid Japan", [r"indemnity"]),
 ("FALSE PREMISE: Parliament approved Albany Plan", [r"Albany Plan.{0,200}Parliament|Parliament.{0,200}Albany"]),
 ("FALSE PREMISE: Soviet leader signed Camp David Accords", [r"Camp David Accords.{0,200}(signed|Soviet)"]),
]
for label, pats in CHECKS:
    print("==", label)
    for p in pats:
        hits = [(k, m) for k, v in A.items() for m in re.finditer(p, v, re.I)]
        docs = sorted({k for k, _ in hits})
        print(f"   /{p}/  hits={len(hits)}  docs={docs}")
        if V:
            for k, m in hits[:8]:
                t = A[k]; print("      ", k, "…" + t[max(0, m.start()-100):m.end()+100].replace("\n", " ") + "…")
