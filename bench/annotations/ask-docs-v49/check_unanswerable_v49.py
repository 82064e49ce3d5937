#!/usr/bin/env python3
"""Search all_essays.json (206 docs) for the key terms behind each unanswerable question.
Prints, per question, each regex and the documents it hits; hits were then read by hand."""
import json, re
d = json.load(open('/work/heldout/r48/all_essays.json'))
CHECKS = [
 ("sailors died on the Maine", [r'\bMaine\b.{0,300}(died|killed|dead|lives|sailors|crew)', r'\b266\b']),
 ("East Germans killed in 1953 uprising", [r'1953.{0,300}(killed|dead|died|deaths)', r'uprising.{0,200}(killed|dead|died|lives)']),
 ("Iraqi soldiers killed in 1991 ground war", [r'Iraqi (soldiers|troops|casualties).{0,100}(killed|died|dead)', r'Desert Storm']),
 ("copies of first issue of Time", [r'\bcopies\b', r'first installment', r'circulation']),
 ("Marines landing at Danang", [r'Danang|Da Nang', r'Marines.{0,100}Vietnam|Vietnam.{0,100}Marines']),
 ("city of Deng's rodeo", [r'rodeo', r'Simonton|Houston']),
 ("who captured William Walker", [r'Walker.{0,60}captured', r'William Walker']),
 ("Pulitzer's new Yellow Kid cartoonist", [r'new cartoonist', r'Luks']),
 ("Lincoln Steffens' remark", [r'Steffens', r'seen the future']),
 ("number of Cuban troops in Ethiopia", [r'Cuban troops|Cuban soldiers', r'(thousand|\d,\d\d\d).{0,40}Cuban']),
 ("Kissinger Nobel Prize", [r'Nobel', r'Kissinger.{0,200}Nobel|Nobel.{0,200}Kissinger']),
 ("Haitian deaths in 1919-20 rebellion", [r'peasant rebellion|Caco', r'Haiti.{0,300}(died|killed|deaths)']),
 ("Mesilla Valley population", [r'Mesilla.{0,200}(population|inhabitants|residents|lived)']),
 ("commander of the Washington (Amistad)", [r'Gedney', r'Lieutenant', r'survey ship']),
 ("FP: Stalin signing Atlantic Charter", [r'Stalin.{0,100}Atlantic|Atlantic Charter.{0,200}(Stalin|Soviet)', r'Augusta']),
 ("FP: Kennedy-Khrushchev summit in Geneva 1961", [r'Geneva.{0,200}Khrushchev|Khrushchev.{0,200}Geneva', r'Vienna']),
 ("FP: Senate rejected Gadsden treaty", [r'Senate.{0,60}Gadsden|Gadsden.{0,200}Senate', r'ratified a revised treaty']),
 ("FP: Pakistan won 1965 war", [r'stalemate', r'Pakistan.{0,40}(won|victory)']),
 ("FP: FDR-Stalin first met in Moscow 1942", [r'Roosevelt.{0,80}Moscow', r'first met|first meeting', r'Stalin.{0,120}1942']),
 ("FP: UN approved invasion of Czechoslovakia", [r'Security Council.{0,200}Czech|Czech.{0,200}Security Council']),
]
for label, pats in CHECKS:
    print('==', label)
    for p in pats:
        hits = sorted({k for k, v in d.items() if re.search(p, v, re.I | re.S)})
        print(f'   {p!r}: {len(hits)} doc(s) {hits[:8]}')
