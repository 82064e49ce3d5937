# Re-runs the key-term searches over ../all_essays.json used to confirm the 20 unanswerable questions.
# For each question: regexes searched (case-insensitive) and the documents that match.
import json, re, os
HERE = os.path.dirname(os.path.abspath(__file__))
a = json.load(open(os.path.join(HERE, "..", "all_essays.json"), encoding="utf-8"))
CHECKS = [
 ("Which company built the U-2 spy plane?", [r"Lockheed", r"Kelly Johnson", r"U-2.{0,80}(built|design|manufactur)"]),
 ("How many Cuban exiles landed at the Bay of Pigs?", [r"Brigade 2506", r"exiles", r"1,[0-9]00"]),
 ("How many Soviet military advisors did Sadat kick out of Egypt in 1972?", [r"Soviet (military )?advisors", r"expel"]),
 ("What was the name of the Army intelligence officer who traveled to Russia with Bullitt?", [r"Bullitt", r"Pettit", r"intelligence officer"]),
 ("Who was Japan's chief negotiator at the Portsmouth peace talks?", [r"Portsmouth", r"Komura", r"Witte", r"Japanese negotiator"]),
 ("Which president vetoed the Comprehensive Anti-Apartheid Act?", [r"Anti-Apartheid", r"veto", r"Reagan.{0,150}South Africa|South Africa.{0,150}Reagan"]),
 ("How many foreigners were killed in the Boxer Rebellion altogether?", [r"Boxer", r"missionaries"]),
 ("How many Australian troops served in Vietnam?", [r"Australia.{0,60}Vietnam|Vietnam.{0,60}Australia"]),
 ("What did Anson Burlingame die of?", [r"Burlingame", r"Burlingame.{0,60}(died|death)"]),
 ("How many American soldiers died during the Tet Offensive?", [r"\bTet\b", r"Tet.{0,200}(killed|casualt|dead|died)"]),
 ("Which country did New Zealand turn to for protection after the U.S. suspended its ANZUS obligations?", [r"New Zealand", r"ANZUS"]),
 ("What did Roosevelt and Stalin agree on at the Potsdam Conference?", [r"Potsdam", r"Roosevelt.{0,80}Potsdam|Potsdam.{0,80}Roosevelt"]),
 ("Why did Khrushchev apologize to Eisenhower over the U-2 affair?", [r"apolog", r"Khrushchev.{0,60}apolog|apolog.{0,60}Khrushchev"]),
 ("Why did President Jefferson ask Congress to declare war on Britain in 1812?", [r"declaration of war", r"Jefferson.{0,100}1812|1812.{0,150}(Jefferson|Madison)"]),
 ("Why did Britain join the ANZUS Treaty in 1951?", [r"ANZUS", r"not invited"]),
 ("Why did Japan refuse to sign the Nine-Power Treaty?", [r"Nine-Power"]),
 ("In what year did the Senate finally ratify the Treaty of Versailles?", [r"ratif.{0,80}(League|Versailles)", r"Versailles.{0,100}Senate|Senate.{0,100}Versailles"]),
 ("How many tanks did the United States ship to the Soviet Union under Lend-Lease?", [r"Lend-Lease", r"tanks"]),
 ("Who was the captain of the British mail ship Trent?", [r"Trent", r"mail ship"]),
 ("How many supporters heard Mandela speak in Cape Town after his release?", [r"Cape Town", r"throngs"]),
]
for qtext, pats in CHECKS:
    print("Q:", qtext)
    for p in pats:
        docs = sorted({k for k, v in a.items() if re.search(p, v, flags=re.I)})
        print("   /%s/ -> %d docs %s" % (p, len(docs), docs[:8]))
