"""Re-run the key-term searches over all_essays.json used to confirm the 20 unanswerable questions.
For each term: total hits in the 206 documents, and which documents hold them (the hits were read by hand)."""
import json, re
D = json.load(open('/work/heldout/r36/all_essays.json'))
CHECKS = {
 'Soviet agent who approached Scali': ['Fomin', 'Feklisov', 'Soviet agent', 'Scali'],
 'Russian negotiator at Portsmouth': ['Witte', 'Russian negotiator', 'Russian delegation'],
 'Japanese negotiator at Portsmouth': ['Komura', 'Takahira', 'Japanese negotiator'],
 'warship that sank the Alabama': ['Kearsarge', 'U.S. warship', 'Alabama'],
 'number of Jupiter missiles in Turkey': ['Jupiter'],
 'Powers take-off base': ['Peshawar', 'Badaber', 'base in Pakistan'],
 'first USAID administrator': ['Fowler Hamilton', 'USAID', 'International Development', 'administrator'],
 'Smithsonian gold price': ['Smithsonian', '$38', 'per ounce'],
 'Cuban troops sent to Angola': ['Cuban Special Forces', 'Cuban troops', 'Cuban soldiers', 'Cuban withdrawal'],
 'Australian PM who proposed APEC': ['Hawke', 'APEC'],
 'Tiananmen "tank man" name': ['Tank Man', 'Wang Weilin', 'line of tanks'],
 'US deaths in Tet': ['Tet Offensive', 'killed in action'],
 'Senate vote on LTBT': ['80–19', '80-19', 'Test Ban'],
 'newspaper of Farewell Address': ['Daily Advertiser', 'Claypoole', 'newspaper article'],
 'Madrid conference venue': ['Royal Palace', 'Palacio', 'Madrid Conference', 'Madrid Peace Conference'],
 'Union blockade ship count': ['Union Navy', 'blockade runner', 'blockading'],
 'number of Helsinki monitoring groups': ['Monitoring Group', 'Helsinki Group', 'Orlov'],
 'where Rabin was shot': ['Kings of Israel', 'Rabin was assassinated', 'assassinated by Yigal'],
 'Kong Le rank': ['Kong Le', 'Captain Kong'],
 'deaths in Tel Aviv air raid': ['Tel Aviv'],
}
for q, terms in CHECKS.items():
    print(q)
    for t in terms:
        docs = sorted({k for k, v in D.items() if t.lower() in v.lower()})
        n = sum(v.lower().count(t.lower()) for v in D.values())
        print(f'   {t!r}: {n} hits in {docs}')
