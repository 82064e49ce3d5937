"""Searches all_essays.json (all 206 documents) for the key terms of each unanswerable question and
writes every hit with context to unanswerable_search_log.txt for manual review.
Terms starting with 're:' are case-insensitive regular expressions, others case-insensitive substrings."""
import json
from search_terms import search

CHECKS = {
 "dog's name (Sputnik 2)": ["Laika", r"re:\bdogs?\b", "Sputnik-2", "Sputnik 2", "Sputnik II"],
 "where Aguinaldo was captured": ["Palanan", "Funston", "Isabela", r"re:captur[^.]{0,60}Aguinaldo", r"re:Aguinaldo[^.]{0,60}captur"],
 "US soldiers killed in Tet": [r"re:Tet[^.]{0,200}(killed|deaths|dead|died|casualt)", r"re:(killed|deaths|dead|died|casualt)[^.]{0,200}\bTet\b", r"re:\d[\d,]*\s+(American|U\.S\.)\s+(soldiers|troops|servicemen)[^.]{0,40}(killed|died)"],
 "cost of Operation Uphold Democracy": [r"re:Uphold Democracy[^.]*(\$|cost|million|billion)", r"re:Haiti[^.]{0,150}(\$\d|cost|million|billion)", r"re:(\$\d|cost|million|billion)[^.]{0,150}Haiti"],
 "troops in 1968 invasion of Czechoslovakia": [r"re:\d[\d,]{2,}[^.]{0,80}(Czech|Prague)", r"re:(Czech|Prague)[^.]{0,80}\d[\d,]{3,}"],
 "Bunker's previous post": ["Bunker"],
 "first human in space": ["Gagarin", "cosmonaut", "astronaut", "first human", r"re:first man\b(?!-)", "manned", r"re:man in space|human in space|into space"],
 "Pakistan's president in 1965": ["Ayub", "Pakistani President", "President of Pakistan", r"re:Pakistan[^.]{0,40}\bpresident"],
 "French PM at Suez": ["Mollet", "French Prime Minister", "Prime Minister of France", r"re:French (premier|prime minister)", r"re:Suez[^.]{0,200}prime minister"],
 "cause of FDR's death": ["hemorrhage", "haemorrhage", "stroke", "cerebral", "died of", "cause of death", r"re:Roosevelt[^.]{0,60}\b(died|death)", r"re:\b(died|death)[^.]{0,60}Roosevelt", "Warm Springs"],
 "name of Dubcek's reform plan": ["Action Program", "human face", r"re:Dubcek[^.]{0,200}(program|plan)", r"re:formal plan"],
 "city of Chiang's 1937 captivity": ["Xi'an", "Xi’an", "Xian", r"re:\bSian\b", r"re:abduct|kidnap"],
 "Haitian PM under Governors Island Accord": ["Malval", r"re:Haiti[^.]{0,120}prime minister", r"re:prime minister[^.]{0,120}Haiti", "Governors Island"],
 "Haitian boat refugees after 1991": [r"re:Haiti[^.]{0,150}(refugee|boat)", r"re:(refugee|boat)[^.]{0,150}Haiti"],
 "US troops in Lebanon 1958": [r"re:Lebanon[^.]{0,150}\d[\d,]{2,}", r"re:\d[\d,]{2,}[^.]{0,150}Lebanon", r"re:(troops|Marines)[^.]{0,80}Lebanon"],
 "deaths in 1964 Panama riot": [r"re:1964[^.]{0,200}(riot|killed|died|dead)", r"re:riots?[^.]{0,150}(killed|died|dead|deaths)", "Martyr"],
 "tons via Iran": [r"re:\btons\b[^.]{0,150}(Russia|Soviet|Iran)", "Persian Corridor", r"re:Iran[^.]{0,150}(supply|supplies|Lend)"],
 "override vote on 1952 act": ["override", "overrode", r"re:over (his|the president’s|Truman’s) veto", r"re:McCarran[^.]{0,200}\d"],
 "designer of Sputnik rocket": ["Korolev", r"re:design(ed|er)[^.]{0,80}(Sputnik|rocket|satellite)", r"re:(Sputnik|rocket)[^.]{0,80}design"],
 "city where Warsaw Pact dissolved": [r"re:(disband|dissol)[^.]{0,150}(Pact|Warsaw Treaty)", r"re:(Pact|Warsaw Treaty)[^.]{0,150}(disband|dissol)"],
}

with open("unanswerable_search_log.txt", "w", encoding="utf-8") as f:
    for topic, terms in CHECKS.items():
        f.write(f"=== {topic}\n")
        for t in terms:
            hits = search(t, ctx=120)
            f.write(f"  term {t!r}: {len(hits)} hit(s)\n")
            for k, s in hits:
                f.write(f"      {k} | {s}\n")
        print(topic, {t: len(search(t)) for t in terms})
