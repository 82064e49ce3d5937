import json,re
a=json.load(open('/work/heldout/r43/all_essays.json'))
checks={
"U1 Lend-Lease tanks":["tanks","Lend-Lease","Lend Lease"],
"U2 Perry flagship":["flagship","Susquehanna","Mississippi (ship)","Perry"],
"U3 Managua earthquake":["earthquake"],
"U4 Tehran interpreter":["interpret","Bohlen","Tehran"],
"U5 XYZ bribe":["bribe","£","livres","50,000","250,000"],
"U6 ambassador Mexico 1938":["Josephus","Daniels","Ambassador in Mexico","ambassador to Mexico"],
"U7 Wall spokesman":["Schabowski","spokesman"],
"U8 Somali famine deaths":["famine","starv","Somali"],
"U9 Formosa Resolution vote":["Formosa Resolution","Formosa"],
"U10 Marines MNF numbers":["Marines","multinational force"],
"U11 Toussaint age":["Toussaint","L’Ouverture","L'Ouverture"],
"U12 Kabul delegation leader":["delegation","Pavlovsk"],
"U13 Quasi-War ships seized":["Quasi-War","merchant ships","seiz"],
"U14 Restore Hope cost":["Restore Hope"],
"FP1 US join League":["joined the League","member of the League","League of Nations"],
"FP2 Potsdam Declaration signers":["Potsdam Declaration"],
"FP3 declare war France":["declare war on France","declared war on France","declaration of war"],
"FP4 Monroe-Pinkney treaty":["Pinkney","impressment"],
"FP5 ITO":["International Trade Organization","ITO"],
"FP6 Stalin Atlantic Charter":["Atlantic Charter","Placentia"],
}
for name,terms in checks.items():
    print('=====',name)
    for t in terms:
        hits=[(k,m.start()) for k,v in a.items() for m in re.finditer(re.escape(t),v, 0 if t!='ITO' else 0)]
        docs=sorted({k for k,_ in hits})
        print(f'  {t!r}: {len(hits)} hits in {len(docs)} docs: {docs[:12]}')
