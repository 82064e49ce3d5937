# Regex searches over all_essays.json used to confirm the 20 unanswerable questions are not answered anywhere.
import json, re
d = json.load(open("/work/heldout/r47/all_essays.json", encoding="utf-8"))
CHECKS = [
    ("Red Army tank losses in Barbarossa", [r"tanks", r"Barbarossa"]),
    ("captain of the Alabama", [r"Semmes", r"Alabama.{0,200}captain|captain.{0,200}Alabama"]),
    ("warship that sank the Alabama", [r"Kearsarge", r"Alabama"]),
    ("capital of Manchukuo", [r"Manchukuo", r"Hsinking|Changchun"]),
    ("number of Cuban troops in Angola", [r"Cuban (troops|soldiers|forces)", r"Cuban.{0,80}(thousand|[0-9],[0-9]{3})"]),
    ("interest rate of 1782 Dutch loan", [r"interest rate|percent interest", r"Adams.{0,100}(Dutch|Holland|Netherlands)"]),
    ("Saudi production cut 1973", [r"Saudi"]),
    ("Nasser on Eisenhower Doctrine", [r"Nasser.{0,300}[Dd]octrine|Eisenhower Doctrine.{0,300}Nasser"]),
    ("deaths in Stamp Act riots", [r"Stamp Act.{0,200}(killed|died|deaths)", r"Stamp Act"]),
    ("miles sailed by Ticonderoga", [r"Ticonderoga.{0,300}miles", r"Ticonderoga"]),
    ("Export-Import Bank capital 1935", [r"Export-Import Bank.{0,200}(\$|million)", r"Export-Import"]),
    ("name of Sputnik dog", [r"Laika|dog"]),
    ("APEC meeting 2001", [r"APEC", r"2001"]),
    ("FP Stalin absent from Yalta", [r"Stalin.{0,100}(absent|did not attend|refused to attend)", r"Yalta"]),
    ("FP Roosevelt at Potsdam", [r"Roosevelt.{0,60}Potsdam|Potsdam.{0,100}Roosevelt"]),
    ("FP Japan refusing Kellogg pact", [r"Japan.{0,100}(refus|declin).{0,60}(pact|Kellogg)", r"Kellogg"]),
    ("FP Albania signing Helsinki", [r"Albania.{0,150}(Helsinki|sign)"]),
    ("FP Stalin in Washington 1933", [r"Stalin.{0,80}Washington|Washington.{0,80}Stalin", r"Litvinov"]),
    ("FP Senate rejecting Oregon treaty", [r"Oregon.{0,200}(reject|voted down)", r"41-14"]),
    ("FP France signing NPT", [r"France.{0,100}(sign|join).{0,60}(Non-Proliferation|NPT)|(NPT|Non-Proliferation).{0,150}France"]),
]
for label, pats in CHECKS:
    print("##", label)
    for p in pats:
        hits = [(k, m.start()) for k, v in d.items() for m in re.finditer(p, v)]
        docs = sorted(set(k for k, _ in hits))
        print("   %-60s %3d hits in %s" % (p[:60], len(hits), docs[:8]))
