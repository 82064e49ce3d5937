# Re-runs the searches used to confirm the 20 unanswerable questions are not answered anywhere in all_essays.json.
# Prints one markdown table row per question: each search term and the documents it hits.
import json,re
d=json.load(open('/work/heldout/r42/all_essays.json'))
U=[("Union warship that sank the Alabama",["Kearsarge","Alabama","sunk in June 1864"]),
("Japan's delegation head at Portsmouth",["Komura","Witte","Takahira","Japanese negotiator","Japanese delegation"]),
("Pakistani city Powers took off from",["Peshawar","base in Pakistan","Badaber"]),
("Venezuela's president in 1895",["Crespo","Venezuelan President","President of Venezuela"]),
("US ambassador to UN in Cuban Missile Crisis",["Stevenson","Zorin","Security Council.{0,200}Cuba"]),
("East Pakistani party that won 1970 elections",["Awami","Mujib","political party that advocated autonomy"]),
("State where Deng attended rodeo",["rodeo","Texas","Houston","Simonton"]),
("Norwegian hosts of Oslo talks",["Norweg","Holst","Larsen","Norway"]),
("Company that built the U-2",["Lockheed","Kelly Johnson","Skunk"]),
("Henry Luce's wife",["Clare Boothe","Luce.{0,100}wife","wife.{0,100}Luce"]),
("Number of Grand Council delegates",["Grand Council","forty-eight","\\b48\\b"]),
("Tons delivered by Berlin airlift",["tons","tonnage"]),
("US soldiers killed in Tet",["Tet.{0,400}(killed|casualt|dead)","Tet Offensive"]),
("Deaths in Falklands War",["Falkland.{0,400}(killed|casualt|dead|lives)","Falkland"]),
("Dollar devaluation % in Smithsonian Agreement",["Smithsonian","devalu"]),
("Fuel oil tonnage under Agreed Framework",["fuel.oil","heavy fuel","500,000"]),
("Allende's profession",["physician","doctor","Allende.{0,60}(medic|surgeon)"]),
("Refugees from East Pakistan",["refugee movement","Pakistan.{0,300}million","ten million|10 million"]),
("First SEATO secretary-general",["secretary.general","Sarasin"]),
("British debt from Seven Years' War",["heavy debts","enormously expensive","debt.{0,120}(\\d|million)","£","pounds sterling"]),
]
for q,terms in U:
    row=[]
    for t in terms:
        hits=sorted({k for k,v in d.items() if re.search(t,v,flags=re.I)})
        row.append(f"`{t}` → {len(hits)} doc(s)" + (f" ({', '.join(hits[:4])}{'…' if len(hits)>4 else ''})" if hits else ""))
    print(f"| {q} | " + "; ".join(row) + " |")
