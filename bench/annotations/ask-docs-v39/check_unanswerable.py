"""Searches all_essays.json (all 206 documents) for the key terms of each unanswerable question.
For every question: 'absent' patterns must have zero hits anywhere (the specific fact/name/number would need them);
'context' patterns are printed with surrounding text so a human can confirm the topic is covered but the fact is not."""
import json, re, os
here=os.path.dirname(os.path.abspath(__file__))
A=json.load(open(os.path.join(here,'..','all_essays.json'),encoding='utf-8'))
CHECKS=[
 ("Dubcek's 1969 successor", [r'Hus[aá]k'], [r'forced Dubcek from power']),
 ("Gorbachev spokesman name", [r'Gerasimov'], [r'spokesman', r'staffers']),
 ("Sabra/Shatilla death toll", [r'Sabra.{0,300}\d{3}', r'Shatila'], [r'Sabra']),
 ("Perry's flagship", [r'flagship', r'Susquehanna', r'Powhatan'], [r'four ships', r'larger squadron']),
 ("day of week of Pearl Harbor", [r'Sunday'], [r'Pearl Harbor']),
 ("NZ prime minister 1984", [r'Lange\b(?!’s Migrant)', r'Muldoon', r'New Zealand.{0,80}prime minister', r'prime minister.{0,80}New Zealand'], [r'nuclear-free']),
 ("Soviet military deaths in Afghanistan", [r'15,000', r'Soviet (soldiers|troops).{0,80}(died|dead|lost)', r'Afghan.{0,200}\d\d,\d{3}'], [r'millions of lives']),
 ("troops in Operation Restore Hope", [r'Somalia.{0,300}\d\d,\d{3}', r'\d\d,\d{3}.{0,200}Somali'], [r'Restore Hope']),
 ("Slovene referendum percentage", [r'Sloven.{0,200}(percent|%)'], [r'overwhelmingly voted']),
 ("East German 1953 death toll", [r'1953.{0,300}(killed|dead|deaths)', r'(killed|dead|deaths).{0,300}June 17'], [r'martial law']),
 ("Eisenhower Doctrine appropriation", [r'Doctrine.{0,300}million', r'million.{0,300}Eisenhower Doctrine'], [r'Congress approved it']),
 ("Amistad captain", [r'captain.{0,300}Amistad', r'Amistad.{0,300}captain', r'Ferrer'], [r'mutinied']),
 ("Mukden blast casualties", [r'(railway|explosion).{0,200}(killed|injured|dead)'], [r'explosion destroyed']),
 ("place of Lumumba's death", [r'Lumumba.{0,200}(Katanga|Elisabethville|Thysville)', r'Elisabethville'], [r'ultimately killed']),
 ("Berlin Wall length", [r'wall.{0,150}(miles|kilomet)', r'(miles|kilomet).{0,150}wall'], []),
 ("Pearl Harbor U.S. deaths", [r'Pearl Harbor.{0,200}(killed|dead|\d,\d{3})', r'(killed|dead|\d,\d{3}).{0,200}Pearl Harbor', r'Pearl Harbor.{0,300}casualt'], []),
 ("Warsaw Pact troop numbers 1968", [r'Czechoslovakia.{0,300}\d{2,3},\d{3}', r'\d{2,3},\d{3}.{0,300}Czechoslovakia'], [r'limited numbers of troops']),
 ("Dragon Rouge hostage numbers", [r'Dragon Rouge.{0,80}\d[\d,]* (people|hostages|Westerners|civilians)', r'\d[\d,]* (hostages|Westerners)', r'(Congo|Stanleyville|Dragon Rouge).{0,400}(rescued|freed|saved) (some |about |over |more than )?\d'], [r'Dragon Rouge']),
 ("Soviet commander in Afghanistan", [r'Afghanistan.{0,300}(General|Marshal) [A-Z]'], [r'motorized divisions']),
 ("Tianjin tariff rate", [r'Tianjin.{0,300}(percent|%)', r'(Chin|Qing|Tianjin).{0,150}tariff.{0,60}(percent|%)'], [r'low tariff']),
]
ok=True
for name, absent, ctx in CHECKS:
    hits=[(k,m.start()) for pat in absent for k,v in A.items() for m in re.finditer(pat,v,re.I|re.S)]
    print(('OK   ' if not hits else 'HIT  ')+name, '| absent:', absent)
    for k,p in hits[:5]: print('      HIT',k,A[k][max(0,p-80):p+160].replace('\n',' ')); ok=False
    for pat in ctx:
        for k,v in A.items():
            for m in list(re.finditer(pat,v))[:1]:
                print('      context',k,'…'+v[max(0,m.start()-60):m.end()+80].replace('\n',' ')+'…')
print('ALL ABSENT' if ok else 'SOME HITS - review')
