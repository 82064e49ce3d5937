"""Search all_essays.json for the key terms behind each unanswerable question.
Prints, per question, each search term and the documents it occurs in (case-insensitive regex)."""
import json, re
d = json.load(open('/work/heldout/r21/all_essays.json'))
CHECKS = [
 ("Japanese delegation at Portsmouth", [r"Komura", r"Portsmouth", r"Japanese negotiator", r"delegat"]),
 ("sea battle / Russian Baltic fleet", [r"Tsushima", r"Baltic Sea", r"Baltic fleet"]),
 ("Americans killed at Pearl Harbor", [r"Pearl Harbor", r"2,403", r"2,400"]),
 ("US ambassador in Mexico 1938", [r"Josephus", r"Daniels", r"Ambassador in Mexico", r"ambassador to Mexico"]),
 ("size of Talleyrand bribe", [r"bribe", r"douceur", r"£", r"50,000 pounds", r"250,000 livres"]),
 ("length of Panama Canal", [r"miles long", r"\b5[01] miles", r"\b48 miles", r"length of the canal"]),
 ("deaths in US canal construction", [r"5,600", r"Goethals", r"Gorgas", r"lives"]),
 ("Aguinaldo after capture", [r"Aguinaldo", r"allegiance"]),
 ("Indonesian president at Bandung", [r"Sukarno", r"Soekarno", r"president of Indonesia", r"Indonesian president"]),
 ("deaths in 1964 Panama riots", [r"1964", r"riot", r"Martyrs"]),
 ("number of Marines into Haiti 1915", [r"Marines", r"\b330\b", r"2,000 Marines"]),
 ("captain of USS Panay", [r"Panay", r"Hughes"]),
 ("author of Olive Branch Petition", [r"Olive Branch", r"Dickinson"]),
 ("veto override vote McCarran-Walter", [r"over his veto", r"override", r"278", r"McCarran"]),
 ("Cherokee chief at New Echota", [r"New Echota", r"Ridge", r"Boudinot"]),
 ("ransom paid to Tripoli 1805", [r"ransom", r"60,000"]),
 ("US payment to Colombia for Panama", [r"Thomson", r"Urrutia", r"\$25 million", r"Colombia"]),
 ("Palestinian Arabs who fled 1948", [r"refugee", r"fled", r"700,000", r"Nakba"]),
 ("Chinese railroad workers count", [r"railroad", r"transcontinental", r"Central Pacific"]),
 ("FDR illness at Yalta", [r"polio", r"stroke", r"hemorrhage", r"illness", r"\bill\b", r"health"]),
]
for label, terms in CHECKS:
    print('==', label)
    for t in terms:
        docs = sorted({k for k, v in d.items() if re.search(t, v, re.I)})
        print('   %-22s %2d  %s' % (t, len(docs), ', '.join(docs[:8]) + (' ...' if len(docs) > 8 else '')))
