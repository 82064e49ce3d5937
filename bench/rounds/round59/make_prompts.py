"""Round 59's writers' prompts, made from round 58's committed prompts by exact replacements.

Run with plain ``python3 bench/rounds/round59/make_prompts.py`` on the work machine (paths below); every replacement
must find its phrase (``sub`` stops otherwise), so a prompt that changed is noticed. Edit the replacements, the new
question styles, topics and roles for the next round.
"""

from pathlib import Path


def read(path: str) -> str:
    return Path(path).read_text(encoding="utf-8")


def write(path: str, text: str) -> None:
    Path(path).write_text(text, encoding="utf-8")


B = '/work/main/bench'
OUT = '/work/heldout/r59/prompts'
def sub(t, pairs):
    for a, b in pairs:
        if a not in t:
            raise SystemExit(f'missing: {a[:60]!r}')
        t = t.replace(a, b)
    return t
common = [('/work/heldout/r58/', '/work/heldout/r59/'), ('round 58', 'round 59')]
# independence
t = read(f'{B}/annotations/ask-docs-v59/INDEPENDENCE.md')
write('/work/heldout/r59/INDEPENDENCE.md', sub(t, [('(round 58)', '(round 59)'), ('/work/heldout/r58/', '/work/heldout/r59/')]))
# ask
t = read(f'{B}/annotations/ask-docs-v59/PROMPT.md')
head, tail = t.split('This round, also include')
head = sub(head, common + [('ask_v59', 'ask_v60'), ('ask59/', 'ask60/'), ('ask_v58.jsonl', 'ask_v59.jsonl')])
tail = ('This round, also include (within the 80 answerable): about 7 asking what someone wanted or demanded ("What did X want from…", "What were the demands of…", "What did Y insist on?"); '
 'about 7 asking where something came from or where it went ("Where did the money come from?", "Where were the prisoners sent?", "From which port did…"); '
 'about 6 asking what happened right before or right after something ("What happened just after the treaty was signed?", "What preceded the invasion?"); '
 'about 6 asking for the reason someone gave, in their own words or reported ("What reason did X give for…", "How did Y justify…"); '
 'about 6 asking what someone failed to do or what did not happen ("What did the conference fail to achieve?", "Which country refused to sign?"); '
 'and about 6 asking for a part, a member or one item of a group or list ("Which country was one of the three…", "Name one of the conditions…", "Who else was in the delegation besides X?"). '
 'Within the 20 unanswerable, about 6 false-premise questions that presuppose something the texts contradict or never say (a wrong year, a wrong place, a wrong demand, a refusal that did not happen, a person who was not there), and about 3 that ask for a detail just beyond what a sentence says (the exact date where only the year is given, the second item where only one is named, the reason where only the act is stated).\n'
 'Also write style_tags.json next to the set: {id: [tags]} naming the styles each question has (tags: "wanted", "source/destination", "before/after", "reason given", "failed", "member", "unanswerable", "false premise", "beyond", "lowercase", "misspelt", "short", "naming", "converse", "why", "how", and any other you used).\n')
write(f'{OUT}/ask.md', head + tail)
# places
t = read(f'{B}/annotations/places-docs-v59/PROMPT.md')
t = sub(t, common + [('places_v59', 'places_v60'), ('persons_v58.jsonl', 'persons_v60.jsonl'),
    ('the founding of Singapore 1819).', 'the founding of Singapore 1819, the Canadian Pacific\'s last spike 1885, the Lancashire cotton famine 1862, the Congo Free State 1885).')])
write(f'{OUT}/places.md', t)
# pairs
t = read(f'{B}/annotations/pairs-docs-v40/PROMPT.md')
t = sub(t, common + [('pairs_v40', 'pairs_v41'), ('pairs_v39.jsonl', 'pairs_v40.jsonl'), ('pairs-docs-v39/README.md', 'pairs-docs-v40/README.md'),
    ('Greece, Europe and the security state).', 'Greece, Europe and the security state, Suez and the Six-Day War, Tripoli and New Orleans, Peking and Paris).')])
write(f'{OUT}/pairs.md', t)
# exhibits
E = f'{B}/exhibits'
done_add = ("Hikaru HTML page. set 79 jgraph PDFs laid out by the writer (Ghostscript, pdfunite); an mddocx-native DOCX; an Engrave HTML page. "
            "set 80 @napi-rs/canvas PDFs with the writer's own breaker; an @habibrosyad/docx-extractor DOCX; a mikel-press HTML page.")
refs = [('/work/main/bench/exhibits/handlaid-78/README.md\n(and the -76, -77 READMEs), /work/main/bench/exhibits/handlaid-78/halley_diving_bell_1691.json and\n/work/main/bench/exhibits/handlaid-78/phips_treasure_1687.json',
         '/work/main/bench/exhibits/handlaid-80/README.md\n(and the -78, -79 READMEs), /work/main/bench/exhibits/handlaid-80/torricelli_barometer_1643.json and\n/work/main/bench/exhibits/handlaid-80/beaufort_scale_1805.json'),
        ('sets 46–78 are committed', 'sets 46–80 are committed'), ('do not redo sets 75–78', 'do not redo sets 77–80'),
        ('Hikaru HTML page.', done_add)]
extra = ("\n\nAnd this round: a panel whose caption sits directly under a numbered key or legend (the key is NOT the caption's text); "
         "a caption that carries a cross-reference to a paragraph or panel (\"see panel 3\") inside it; a catalogue page whose object entries "
         "run as a two-column table with the description spanning both cells on the next row; a panel whose first paragraph is set as a "
         "larger standfirst under the title and the rest in two columns; a leaflet whose back panel holds a map key and opening hours that are NOT panels; "
         "a DOCX whose panel headings are in the header of each section and whose captions follow the picture in the same paragraph after a line break; "
         "an HTML page whose panels are <details open> elements with the heading in <summary>, or whose captions are in <figcaption> with the credit in a nested <span class=credit>.\n")
t = read(f'{E}/handlaid-79/PROMPT.md')
t = sub(t, common + refs + [
    ('and dpic (set 77),', 'and dpic (set 77) and jgraph (set 79),'),
    ('(NOT docx-plus, bayoo-docx, docwow, Markdown2docx or paradocx;', '(NOT docx-plus, bayoo-docx, docwow, Markdown2docx, paradocx or mddocx-native;'),
    ('bakesite or pagegen)', 'bakesite, pagegen or Engrave)'),
    ('(set 80, folder exhibits80)', '(set 82, folder exhibits82)'),
    ('(they write about weather, meteorology and forecasting; you write about glass, glassmaking and windows)', '(they write about bells, bell-founding and carillons; you write about salt, salt-making and the salt trade)'),
    ('/work/heldout/r59/exhibits79/', '/work/heldout/r59/exhibits81/')]) + extra
write(f'{OUT}/exhibits81.md', t)
t = read(f'{E}/handlaid-80/PROMPT.md')
t = sub(t, common + refs + [
    ('@progress/kendo-drawing, rupdf …;', '@progress/kendo-drawing, rupdf, @napi-rs/canvas …;'),
    ('or @eigenpal/docx-js-editor, all used;', 'or @eigenpal/docx-js-editor or @habibrosyad/docx-extractor, all used;'),
    ('nanogen or Hikaru, all used)', 'nanogen, Hikaru or mikel-press, all used)'),
    ('(set 79, folder exhibits79)', '(set 81, folder exhibits81)'),
    ('(they write about glass, glassmaking and windows; you write about weather, meteorology and forecasting)', '(they write about salt, salt-making and the salt trade; you write about bells, bell-founding and carillons)'),
    ('/work/heldout/r59/exhibits80/', '/work/heldout/r59/exhibits82/')]) + extra
write(f'{OUT}/exhibits82.md', t)
# red team
t = read(f'{B}/redteam/round58/PROMPT.md')
t = t.replace('/work/redteam58', '/work/redteam59').replace('(independent, round 58)', '(independent, round 59)')
a = t.index('- This round, spend at least half')
b = t.index('Earlier testers concentrated on')
new = ("- This round, spend at least half of the attacks on AN ASTRONOMICAL OBSERVATORY ARCHIVE AND ON A COOKERY / RECIPE MANUSCRIPT ARCHIVE:\n"
"  (a) write your own collection where you know every fact (at least 12 documents) about one subject of your choice — NOT American diplomacy, NOT natural history, NOT newspapers, NOT oral history, NOT museum object provenance, NOT performing arts, NOT court records, NOT ship's logbooks, NOT hospital records, NOT maps, NOT architecture, NOT photographs/film, NOT company records, NOT university/school records, NOT sports clubs, NOT regimental/military records, NOT town-council records, NOT police/prison records, NOT emigration/naturalisation records, NOT land/property records, NOT diaries/personal papers, NOT missionary society records, NOT elections/political campaigns, NOT expeditions/exploration, NOT world's fairs/exhibitions, NOT a canal, shipwreck, parish/family, strike or correspondence circle: "
"(1) as an observatory archivist: observing logs, director's annual reports, letters and circulars with telescopes, domes and instruments named after donors and makers (\"the Lick refractor\", \"the Yerkes 40-inch\", \"the Great Melbourne Telescope\"), comets, craters, asteroids and stars named after people and places (\"Halley's Comet\", \"Barnard's Star\", \"(1000) Piazzia\", \"crater Copernicus\"), observers with initials and titles (\"Prof. E. E. Barnard\", \"Miss A. J. Cannon\", \"the Director\"), times and dates in observers' forms (Julian dates \"JD 2415020.5\", \"1882 Dec. 6, 14h 3m U.T.\", \"the night of the 6th–7th\", \"Greenwich mean noon\"), right ascensions, declinations, magnitudes, plate numbers and wavelengths (\"RA 5h 35m\", \"Dec. -5° 23'\", \"mag. 9.4\", \"plate 1904\", \"4861 Å\") that are not dates or quantities of money, an observatory moved to a new site and renamed, an instrument list as a CSV, plates and drawings (JPEG/PNG/TIFF, some with EXIF/IPTC/XMP captions and dates, one huge, one corrupt) and a ZIP of all of it; "
"(2) as a cookery-manuscript archivist: handwritten receipt books transcribed, printed cookery books, menus and household accounts with dishes named after people, places and battles (\"Peach Melba\", \"Beef Wellington\", \"Chicken Marengo\", \"Bath buns\", \"Eccles cakes\", \"Victoria sponge\"), cooks and owners under married and maiden names and as \"Mrs B.\" or \"Cook\", feast days and seasons as dates (\"Michaelmas\", \"Twelfth Night\", \"Shrove Tuesday 1788\", \"in the strawberry season\"), old measures and prices (\"a gill of cream\", \"3 lb. of flour\", \"a peck of peas\", \"1s. 6d.\", \"oven at gas mark 4\") that are not dates, a recipe copied from one book into another with a credit, a dinner guest quoted in a letter, a menu list as a CSV, as plain text, Markdown, HTML, DOCX, TEI (with <persName>, <orgName>, <placeName>, <date when=…>) and a PDF you make with a tool you install; "
"(b) build it and check whether the knowledge base keeps instruments, comets, stars, dishes, firms, people and places apart (a telescope, comet, crater or dish named after a person or place is not that person or place; an observer under initials, or a cook under a married and a maiden name, is one person only where the papers say so), does not invent dates or places out of right ascensions, declinations, magnitudes, plate numbers, wavelengths, Julian dates given as numbers, measures and prices, maps historic and renamed place names to the right place, keeps uncertain and seasonal dates uncertain, attributes quotations to the right speaker, and joins spellings of one person only when right; export it in every format offered and check each with an independent tool (rdflib/pyld, pandas/csvkit, an XML parser); ask at least 40 questions a historian of astronomy or of cookery would ask (who discovered X, with which telescope was Y seen, when was plate Z taken, who wrote the receipt for W, what did a dish cost in V, what did U say of the dinner, where did the instrument go afterwards), with at least 10 false-premise and 8 unanswerable ones, recording answer, truth, citation and confidence; (c) rebuild after editing the CSV and one record, renaming an image and removing one document — do identifiers, citations and exports stay stable and correct, is anything stale left behind? Serve it and check the pages and JSON twins of instruments, comets, dishes, people, places and documents, search, and the map/timeline for what you planted. ")
t = t[:a] + new + t[b:]
t = t.replace('and (last two rounds) an elections and campaigns archivist.', 'an elections and campaigns archivist, and (last round) an expedition archivist and a world\'s fair archivist.')
assert "last round) an expedition" in t
write(f'{OUT}/redteam.md', t)
