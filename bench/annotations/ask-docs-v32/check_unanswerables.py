"""For each unanswerable question, search all_essays.json (206 docs) for the key terms (regex, case-insensitive)
and print every hit with context, so a human can confirm the answer is not stated anywhere."""
import json, re
D = json.load(open('/work/heldout/r31/all_essays.json'))
CHECKS = {
 "How many tanks did the United States ship to the Soviet Union under Lend-Lease?": [r"tanks", r"Lend-Lease[^.]*\d"],
 "What gift did Churchill present to Stalin at the Tehran Conference?": [r"sword", r"gift", r"Stalingrad[^.]*(present|gave)"],
 "Where was Roosevelt staying when he died in April 1945?": [r"Warm Springs", r"(Roosevelt|FDR)[^.]{0,100}(died|death)"],
 "How many hours did Roosevelt and Stalin spend in private talks at Tehran?": [r"Tehran[^.]*\bhours?\b", r"\bhours?\b[^.]*Tehran", r"private (meetings|talks)[^.]*Stalin"],
 "What was the name of the fort Washington threw up before surrendering on July 3, 1754?": [r"Necessity", r"Great Meadows", r"Washington[^.]{0,80}\bfort\b"],
 "How many soldiers did General Braddock bring from Britain?": [r"Braddock[^.]*"],
 "Which Cherokee leaders signed the Treaty of New Echota?": [r"New Echota", r"Ridge\b", r"Boudinot"],
 "What was the name of the Spanish captain killed in the Amistad mutiny?": [r"Amistad[^.]*", r"Ferrer", r"mutin[^.]*"],
 "What was the name of Commodore Perry's flagship?": [r"flagship", r"Susquehanna", r"Perry[^.]{0,120}(ship|steam|frigate)"],
 "How many sailors died when the Maine exploded?": [r"\bMaine\b[^.]{0,150}(killed|died|lives|dead|crew|sailors)", r"\b266\b"],
 "Who was the captain of the Maine when it sank?": [r"Sigsbee", r"captain[^.]*Maine"],
 "Who commanded the Confederate raider Alabama?": [r"Semmes", r"Alabama[^.]{0,150}(captain|commander|commanded)"],
 "Which businessman organized the laying of the 1866 Atlantic telegraph cable?": [r"Cyrus", r"\bField\b", r"\bcable"],
 "What ship did Mason and Slidell take from Charleston to Cuba?": [r"Theodora", r"Gordon", r"Mason[^.]{0,150}(ship|steamer|vessel)"],
 "How many followers did William Walker bring to Nicaragua in 1855?": [r"Walker[^.]*"],
 "How many Chinese immigrants were living in the United States when the Exclusion Act passed?": [r"Chinese[^.]{0,80}\d{2,3},\d{3}", r"\d{2,3},\d{3}[^.]{0,60}Chinese"],
 "By what vote did the Senate approve the Alaska treaty?": [r"Alaska[^.]{0,200}(vote|Senate)"],
 "How many people lived in Liberia when it declared independence?": [r"Liberia[^.]{0,150}(population|inhabitants|people)", r"20,000 people"],
 "How many foreigners died in the siege of the Beijing legations?": [r"Boxer[^.]*", r"legations[^.]*"],
 "How many Soviet civilians died in World War II?": [r"civilians", r"(Soviet|Russian)[^.]{0,120}(million|died|dead|deaths|casualties)"],
}
rows = [json.loads(l) for l in open('/work/heldout/r31/ask32/ask_v32.jsonl')]
unans = [r["question"] for r in rows if r["kind"] == "unanswerable"]
assert sorted(unans) == sorted(CHECKS), set(unans) ^ set(CHECKS)
for q, pats in CHECKS.items():
    print("##", q)
    for p in pats:
        hits = [(k, m.group(0)) for k, v in D.items() for m in re.finditer(p, v, re.I)]
        print("   /%s/ -> %d hit(s)" % (p, len(hits)))
        for k, s in hits[:8]:
            print("      ", k, "|", s[:160].replace("\n", " "))
