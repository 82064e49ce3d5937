# Re-runs the corpus searches behind each unanswerable question (all 206 docs of all_essays.json, case-insensitive).
# For each term: number of hits and the documents hit. Every hit was read in context; none states the answer.
import json, re
from unanswerable import UNANS
d = json.load(open('/work/heldout/r29/all_essays.json'))
TERMS = {
 0: ["Anderson", "shot down over Cuba", "U–2 reconnaissance jet"],
 1: ["Nobel", "Peace Prize", "Peres"],
 2: ["Sabra", "Shatil", "massacre"],
 3: ["earthquake", "Managua"],
 4: ["Bay of Pigs", "Brigade", "exiles", "1,400", "1400"],
 5: ["Falkland", "Malvinas", "Port Stanley", "casualt"],
 6: ["East Berlin", "uprising", "crushed demonstrators"],
 7: ["Emir", "Jaber", "al-Sabah", "Kuwaiti royal"],
 8: ["Desert Storm", "Iraqi troops", "Iraqi forces", "casualt"],
 9: ["secret speech", "cult of personality", "personality cult"],
 10: ["Peshawar", "base in Pakistan", "Badaber"],
 11: ["Just Cause", "serviceman was killed", "invade Panama"],
 12: ["Maddox", "Herrick", "captain"],
 13: ["ICBM field", "Grand Forks", "Dakota", "Safeguard"],
 14: ["Grozny", "Chechen"],
 15: ["Robben", "27 years"],
 16: ["Torch", "North Africa", "landings in French"],
 17: ["Lend-Lease", "tanks", "trucks"],
 18: ["Mujib", "Awami", "Rahman", "its leader was jailed"],
 19: ["millions of civilians", "million civilians", "27 million", "twenty million", "staggering casualties"],
}
for i, q in enumerate(UNANS):
    print(f'U{i+1:02d} {q}')
    for t in TERMS[i]:
        hits = [(k, m.start()) for k, v in d.items() for m in re.finditer(re.escape(t), v, re.I)]
        docs = sorted({k for k, _ in hits})
        print(f'     "{t}": {len(hits)} hits' + (f' in {", ".join(docs[:6])}{" …" if len(docs) > 6 else ""}' if hits else ''))
