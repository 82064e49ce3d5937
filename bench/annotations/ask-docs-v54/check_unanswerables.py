# Re-runs the key-term searches over all_essays.json used to confirm the 20 unanswerable questions.
# For each term: number of hits and the documents they are in (case-insensitive regex).
import json, re
d = json.load(open("/work/heldout/r53/all_essays.json", encoding="utf-8"))
SEARCHES = {
 "Stalin at Casablanca": [r"Stalin.{0,60}Casablanca", r"Casablanca"],
 "Roosevelt at Potsdam": [r"Potsdam.{0,80}Roosevelt|Roosevelt.{0,80}Potsdam", r"Potsdam"],
 "Senate & Kellogg-Briand": [r"Kellogg", r"85–1"],
 "Washington / Florida 1754": [r"Washington.{0,40}Florida", r"Fort Le Boeuf"],
 "troops Egypt 1958": [r"Lebanon.{0,100}troops|troops.{0,60}Lebanon", r"Egypt.{0,60}1958|1958.{0,60}Egypt"],
 "Gorbachev at Tiananmen": [r"Gorbachev.{0,100}(Beijing|Tiananmen|China)", r"May 18"],
 "Japan & the pact": [r"Pact of Paris", r"outlaw war"],
 "non-signers Kellogg": [r"Kellogg.{0,200}(Soviet|Russia)|(Soviet|Russia).{0,200}Kellogg"],
 "APEC Seattle": [r"Seattle", r"APEC"],
 "GATT non-signers": [r"GATT", r"Twenty-three nations|23 countries"],
 "Maddox captain": [r"Maddox", r"Herrick", r"commander of the"],
 "Keynes currency": [r"Keynes", r"bancor", r"clearing union"],
 "Gulbenkian nickname": [r"Gulbenkian", r"nickname", r"Mr\. Five"],
 "Peace Corps Latin America": [r"Peace Corps"],
 "tanks at Tiananmen": [r"tanks"],
 "Dutch loan rate": [r"Dutch bank", r"interest rate", r"1782"],
 "Texas population": [r"Texas.{0,80}population|population.{0,80}Texas", r"Texas.{0,60}(inhabitants|residents)"],
 "Cuban troops Angola": [r"Cuban troops", r"Cuban soldiers", r"Angola"],
 "Mahan birth": [r"Mahan", r"Mahan.{0,40}born"],
 "Ashburton ship": [r"Ashburton"],
}
for label, pats in SEARCHES.items():
    print("==", label)
    for p in pats:
        docs = {}
        for k, v in d.items():
            n = len(re.findall(p, v, re.I))
            if n: docs[k] = n
        print("   %-45s %3d hits in %s" % (p, sum(docs.values()), ", ".join(sorted(docs)) or "-"))
