# All exhibit texts of set 57 (own words). Gold is built from these structures by gold().
# Section: dict(label, title, paras=[...], caption=dict(text, position, credit) or None)
# A paragraph may be given as a list of pieces when a layout needs to split it; gold joins them with a space.

VERGINA = dict(
    name="vergina_tombs_1977",
    title_lines=["Gold Under", "the Great Mound"],
    subtitle="Manolis Andronikos at Vergina, 1977",
    intro="In the autumn of 1977 a Greek archaeologist cut into a vast earth mound at the edge of a village in "
          "northern Greece and found a royal tomb that robbers had never reached. Its gold chest, painted walls and "
          "burnt bones changed what we know of ancient Macedonia.",
    running=["Kingdom of Macedon Gallery · Panel 3", "Northgate Museum of Antiquity · Level 2"],
    sections=[
        dict(label="3.1", kicker="THE MOUND", title="A Hill Made by Hands", paras=[
            "The Great Tumulus at Vergina was more than a hundred metres across and twelve metres high, and for "
            "centuries the farmers who ploughed around it took it for a natural hill. A French expedition had "
            "mapped ruins nearby in the 1860s, and later digging uncovered a palace and a theatre on the slopes "
            "above the village, but the mound itself kept its secret.",
            ["Manolis Andronikos had first dug at Vergina as a student in the 1930s. He became convinced that the "
             "place was Aigai,* the old capital of the Macedonian kings, where they were still buried after the "
             "court had moved to Pella. Year after year he cut trenches into the",
             "tumulus, moving thousands of cubic metres of soil with small crews and very little money."],
        ]),
        dict(label="3.2", kicker="THE TOMBS", title="Two Doors in the Earth", paras=[
            "In November 1977 the trenches reached stone. The first building found had been looted in antiquity, "
            "although its walls still carried a painting of Hades carrying off Persephone, one of the few Greek "
            "wall paintings of that age to survive. A few metres away stood a larger vaulted tomb with a painted "
            "hunting scene across its facade and a marble door that was still shut.",
            "Rather than force the door, the team lifted a stone from the back of the vault, as robbers of other "
            "tombs had done, and climbed down by ladder. Inside lay armour, silver vessels, bronze and iron "
            "weapons and a marble sarcophagus. In it was a solid gold chest, or larnax, with a sixteen-pointed "
            "star on its lid, holding the burnt bones of a man wrapped in purple cloth with a wreath of golden "
            "oak leaves.",
        ]),
        dict(label="3.3", kicker="THE DEBATE", title="Whose Bones?", paras=[
            ["Andronikos argued that the tomb belonged to Philip II, the father of Alexander the Great, who was "
             "murdered in the theatre at Aigai in 336 BC. Small ivory heads found among the fittings of a couch "
             "seemed to show Philip and his family, and a gilded quiver, a pair of greaves of unequal length and "
             "the",
             "richness of the burial all pointed to a king."],
            "Not every scholar agreed. Some date the tomb a generation later and give it to Philip III "
            "Arrhidaeus, Alexander’s half-brother, who was killed in 317 BC and later reburied with honours. "
            "Studies of the bones have been read both ways, and the question is still open. Since 1993 the tombs "
            "have been shown inside the mound itself, in a museum built under a rebuilt cover of earth. A smaller tomb "
            "nearby held the bones of a boy of about fourteen, often thought to be Alexander IV, the son of "
            "Alexander the Great.",
        ], caption=dict(text="The gold larnax from the main chamber of Tomb II, with the star emblem on its lid.",
                        position="Left", credit="Replica, Northgate Museum of Antiquity, NMA 1998.41")),
    ],
    sidebar=dict(title="Why Were the Tombs Still Full?", paras=[
        "The mound was not built all at once. A later ruler seems to have heaped a huge cover of earth over the "
        "older graves, perhaps after mercenaries from Gaul plundered the royal cemetery in 274 BC. That cover hid "
        "the tombs so well that later robbers dug in the wrong places."]),
    quote="Twelve metres of earth kept the robbers out for more than two thousand years.",
    note="* Aigai is the ancient name of the site; Vergina is the name of the modern village beside it.",
    table=("The mound in figures", [("Diameter", "about 110 metres"), ("Height", "about 12 metres"),
                                    ("Tombs found", "four, 1977–1980"), ("Museum opened", "1993")]),
)

BRUNELLESCHI = dict(
    name="brunelleschi_dome_1436",
    kicker="CATALOGUE · BUILDING FLORENCE",
    title_lines=["The Dome", "Without a Frame"],
    subtitle="Filippo Brunelleschi in Florence, 1420–1436",
    intro="For half a century the cathedral of Florence stood with a hole in its roof wider than any vault built "
          "since antiquity. A goldsmith with no training as a builder found a way to close it, and the dome he "
          "raised is still the largest ever made of brick.",
    running=["Domes of the Renaissance", "Ardenza Collection · Catalogue of Architecture", "84", "85"],
    sections=[
        dict(label="1", title="A Hole in the Roof", paras=[
            "The new cathedral of Santa Maria del Fiore was begun in 1296, and in 1367 the city approved a design "
            "that called for an octagonal dome about forty-three metres across, springing from walls already more "
            "than fifty metres high. Nobody knew how it could be built. There was not enough timber in Tuscany to "
            "make the wooden centering that normally held up a vault while its mortar set, and the flying "
            "buttresses of the gothic north were out of favour in Florence.",
            "In 1418 the wool merchants’ guild, which ran the works, held a competition. Filippo Brunelleschi, a "
            "goldsmith who had lost an earlier contest for the baptistery doors to Lorenzo Ghiberti, proposed to "
            "build the dome with no centering at all. The judges were doubtful, and one story says he had to win "
            "them over by standing an egg on its end, but in 1420 they named him and Ghiberti joint supervisors "
            "of the work.",
        ], caption=dict(text="A wooden model of the kind Brunelleschi showed the judges, with one bay of the outer "
                             "shell left open.", position=None, credit="Made in 1974 for the Ardenza Collection, AC 74.2")),
        dict(label="2", title="Brick in a Spiral", paras=[
            "The dome has two shells, an inner one that carries most of the load and a thinner outer one that "
            "keeps off the rain,¹ with stairs running between them. Eight white marble ribs rise at the corners "
            "of the octagon, and sixteen hidden ribs lie between them. Rings of sandstone beams clamped with iron, "
            "and a ring of chestnut timber, bind the structure like the hoops of a barrel.",
            ["The real trick lay in how the bricks were laid. Brunelleschi set them in a herringbone pattern, with "
             "upright bricks at intervals locking each new course into the one below, so that every ring of "
             "masonry could stand on its own as soon as it was closed. The courses were also laid in curves that "
             "sag slightly between the corners, which kept the work stable",
             "as it leaned further inwards."],
        ]),
        dict(label="3", title="Machines on the Site", paras=[
            "Lifting some four million bricks and heavy stone beams to the top of the walls called for new "
            "machines. Brunelleschi designed an ox-driven hoist with a reversing gear, so that the animals never "
            "had to be turned round,² and later a tall revolving crane to set stones in place. Workers ate and "
            "drank up on the dome rather than climb down at midday, and their wine was watered to keep them steady.",
            "The dome was closed in 1436 and consecrated by Pope Eugenius IV that March. Brunelleschi won a "
            "second competition, for the marble lantern that crowns it, but died in 1446 when it had barely been "
            "started. It was completed by others, and in 1471 a gilded bronze ball was hoisted to its top by a "
            "crane from the workshop of Andrea del Verrocchio.",
        ], caption=dict(text="A working model of the ox hoist, with its great drum and reversing gear.",
                        position="Above", credit="Model by Tomas Veil, 1979; Ardenza Collection, AC 79.6")),
    ],
    sidebar=dict(title="A Boat on the Arno", paras=[
        "Brunelleschi also received what is often called the first patent for an invention, granted by Florence "
        "in 1421 for a boat meant to carry marble up the river. On one of its first voyages it sank with its "
        "cargo, and the privilege earned him nothing."]),
    notes=["1 Visitors still climb more than four hundred steps between the shells to reach the lantern.",
           "2 The oxen walked one way only; moving the gear reversed the drum."],
    quote="No timber frame and no flying buttress: only brick, and a new way of laying it.",
)

SCHWEBEBAHN = dict(
    name="schwebebahn_1901",
    title_lines=["The Railway", "That Hangs"],
    subtitle="Wuppertal’s Schwebebahn, 1901",
    intro="Since 1901 the people of Wuppertal have travelled to work in cars that hang from a steel rail, gliding "
          "above the river Wupper for most of the way. This leaflet follows the line from its odd beginnings to "
          "the present day.",
    running=[],
    sections=[
        dict(label="Stop 1", title="A Valley Without Room", paras=[
            "At the end of the nineteenth century the towns of Barmen and Elberfeld filled a narrow valley in the "
            "Rhineland, crowded with textile mills and dye works. There was little level ground for a tramway or "
            "a railway, and the river itself took up much of the valley floor.",
            "The engineer Eugen Langen, who had worked on sugar refining and on early gas engines with Nicolaus "
            "Otto, proposed a suspended railway, first for goods and then for passengers. His single-rail system "
            "was tried on a test track in Cologne, and in 1894 the towns agreed to build a line that would run "
            "above the Wupper on a chain of steel supports. Critics feared that the cars would fall, and some "
            "residents complained that so much steel would darken the river.",
        ]),
        dict(label="Stop 2", title="Steel Legs in the River", paras=[
            "Construction began in 1898. About nineteen thousand tonnes of steel went into the supports and the "
            "track girders, which straddle the river on slanting legs. The first section opened on 1 March 1901, "
            "a few months after the emperor Wilhelm II had ridden in a test car, and the whole route of about "
            "thirteen kilometres was finished in 1903. The parts were riveted together on the spot, while the river "
            "went on flowing underneath.",
            ["The cars hang from wheeled bogies that run on top of a single rail and are driven by electric "
             "motors. On curves they swing outwards, a",
             "motion that many first-time riders find more unsettling than the height. Drivers sit at the front of "
             "each car, and the stations are steel halls that hang over the water."],
        ], caption=dict(text="A car crossing the Wupper at Kluse in the 1950s.", position="Right",
                        credit="Photograph: Ostmann Transport Archive, OTA 51-220")),
        dict(label="Stop 3", title="An Elephant and a Long Life", paras=[
            "In July 1950 a young circus elephant named Tuffi was taken on a publicity ride. Upset by the crowd, "
            "she broke through the side of the car and fell about ten metres into the river. She was only "
            "slightly hurt, and the story, retold on postcards and in advertisements, made the railway famous far "
            "beyond the town.",
            ["The line was damaged by bombing in the Second World War and rebuilt, and it has been renewed piece "
             "by piece ever since. New supports and stations replaced almost all the old steel between 1997 and "
             "2014, and a new generation of cars entered service in 2016. It is still a working railway,",
             "carrying tens of thousands of passengers on an ordinary weekday."],
            "The line has had only one serious accident with loss of life. In April 1999 a metal claw left on the "
            "track after night work derailed the first car of the morning, and five passengers died in the river.",
        ]),
    ],
    sidebar=dict(title="Why Not a Tram?", paras=[
        "A tramway needs a street, and in the Wupper valley the streets were already full. Building over the river "
        "used space that nobody owned, avoided level crossings and let the cars run without waiting for traffic, "
        "as they still do today."]),
    quote="Gliding over the water on the way to work: few cities can say as much.",
    table=("The line at a glance", [("Length", "13.3 km"), ("Stations", "20"), ("Opened", "1 March 1901"),
                                    ("Height", "about 12 m over the river")]),
    address=["Ostmann Transport Archive", "4 Hill Road, Lindenau", "Open Tuesday to Sunday, 10–17"],
)

AKROTIRI = dict(
    name="akrotiri_1967",
    title_lines=["A Town Under Ash"],
    subtitle="Akrotiri on Thera, 1967",
    intro="About 3,600 years ago a volcanic eruption buried a Bronze Age town on the island now called Santorini. "
          "When Spyridon Marinatos began to dig there in 1967, he found streets, houses two and three storeys high "
          "and painted rooms, all sealed under the pumice.",
    running=["Aegean Bronze Age · Wall 7", "Halcyon Museum of Archaeology"],
    sections=[
        dict(label="Sector A", title="The Island Explodes", paras=[
            "In the seventeenth or sixteenth century BC the volcano at the centre of Thera erupted in one of the "
            "largest blasts of the last ten thousand years. Pumice and ash fell metres deep over the whole island, "
            "and the heart of the volcano collapsed into the sea, leaving the ring of cliffs that cruise ships "
            "sail into today. Some scholars link the disaster with the waves and ash that reached the coasts of Crete, "
            "about 110 kilometres to the south.",
            "Quarrymen digging volcanic ash for cement in the nineteenth century had struck ancient walls, and "
            "French scholars made small soundings in the 1860s and 1870s. But no one had looked for a whole town "
            "until Marinatos, who believed that the eruption might explain the fall of Minoan Crete. He began with a "
            "small team and little equipment, backed by the Archaeological Society at Athens.",
        ]),
        dict(label="Sector B", title="Streets and Houses", paras=[
            ["Marinatos chose a ravine near the village of Akrotiri,¹ where rain had cut through the ash. Within "
             "weeks his trenches hit the upper floors of buildings still standing to their full height. Over the "
             "next seasons the team traced paved streets with drains beneath them, a small",
             "square and houses with stone staircases, storerooms of big clay jars and workshops."],
            "Unlike Pompeii,² Akrotiri has given up almost no bodies and no gold or silver. Earthquakes seem to "
            "have warned the people in time; they had begun to repair damaged walls and then left, taking their "
            "valuables with them. Where they went, and whether they escaped the later blasts, is not known.",
            "The houses tell a good deal about daily life. Ground floors held stores and workshops, with grinding "
            "stones, loom weights and hundreds of clay pots, while the painted rooms lay upstairs. Clay pipes "
            "carried waste water from indoor toilets into the drains under the street, a comfort that few towns of "
            "the age could offer.",
        ]),
        dict(label="Sector C", title="Painted Rooms", paras=[
            "The greatest finds were the wall paintings. In the building known as the West House a long frieze "
            "shows a fleet of ships sailing between harbour towns, and in other rooms there are young fishermen "
            "carrying their catch, boxing boys, swallows among red lilies and blue monkeys climbing over rocks. "
            "They were painted on wet plaster in bright mineral colours.",
            "Marinatos died at the site in 1974 after a fall, and he is buried in one of the streets he uncovered. "
            "A roof now covers the excavation, and the work goes on under his successors, who have also found "
            "the hollow shapes of wooden beds and stools that rotted away inside the ash.",
        ], caption=dict(text="Swallows and red lilies from a room in Sector Delta, copied at full size.",
                        position="Above", credit="Copy by Anna Ghica, 2004; Halcyon Museum of Archaeology, HMA 2004.9")),
    ],
    sidebar=dict(title="How Old Is the Ash?", paras=[
        "Radiocarbon dates from an olive branch buried alive by the eruption point to the late seventeenth century "
        "BC, while pottery styles linked to Egypt suggest a date a century later. The gap has not yet been closed."]),
    caption_el="Χελιδόνια και κόκκινα κρίνα από δωμάτιο του Τομέα Δέλτα, αντίγραφο σε φυσικό μέγεθος.",
    caption_de="Schwalben und rote Lilien aus einem Raum im Sektor Delta, in voller Größe kopiert.",
    notes=["1 Akrotiri means “cape”; the village stands near the southern tip of the island.",
           "2 Pompeii was buried by Vesuvius in AD 79, more than 1,600 years later."],
    table=("Dating the eruption", [("Radiocarbon", "late 17th century BC"), ("Egyptian links", "about 1530–1500 BC"),
                                   ("Ice cores", "still disputed")]),
)

BENZ = dict(
    name="bertha_benz_1888",
    kicker="FAMILY TRAIL · WHEELS GALLERY",
    title_lines=["The First Long Drive", "Bertha Benz, August 1888"],
    intro="Early one August morning in 1888 a woman and her two teenage sons pushed a motor car out of a workshop "
          "in Mannheim and drove it more than a hundred kilometres to her mother’s house. It was the first long "
          "journey ever made in a car, and it was made without the inventor’s knowledge.",
    running=["Hollin Museum of Transport · Wheels Gallery", "Family Trail 3"],
    sections=[
        dict(label="Leg 1", title="A Car Nobody Wanted", paras=[
            "Carl Benz had patented his three-wheeled Motorwagen in January 1886. It had a single-cylinder petrol "
            "engine lying flat at the back, a large flywheel, belt drive and a tiller for steering. He had shown it "
            "on short runs around Mannheim, but buyers stayed away, and the newspapers treated it as a noisy "
            "curiosity.",
            "Bertha Benz, born Bertha Ringer, had put her dowry into her husband’s business years before, and as "
            "a married woman she could not hold a patent herself. She believed the car needed to be seen doing "
            "something useful, far from home. The firm was short of money, and Carl, a careful and anxious man, kept "
            "making small improvements instead of selling what he had built.",
        ]),
        dict(label="Leg 2", title="Fuel from the Pharmacy", paras=[
            "On 5 August she set off with her sons Eugen and Richard, aged fifteen and thirteen, leaving a note on "
            "the kitchen table. The route ran south through Heidelberg and Wiesloch on roads made for carts and "
            "horses. The car’s small tank held only a few litres, and there were no filling stations anywhere. They "
            "took turns at the tiller and kept to the valleys, where the roads were flattest, even though this made "
            "the trip longer.",
            "At Wiesloch she bought ligroin, a light petroleum solvent, from the town pharmacy, which now calls "
            "itself the first filling station in the world. Along the way she cleared a blocked fuel line with a "
            "hatpin, used a garter to insulate a wire, and had a cobbler nail new leather to the wooden brake "
            "blocks. Each repair was made with whatever she could find or buy along the road.",
        ], caption=dict(text="The town pharmacy at Wiesloch, where the car took on fuel.", position="Below",
                        credit="Postcard, about 1900. Lent by the Dorsch family")),
        dict(label="Leg 3", title="Home by Another Road", paras=[
            "On the steep hills the two boys had to get out and push, and Bertha later suggested a lower gear for "
            "climbing. She reached Pforzheim after dark and sent a telegram to Carl to say they had arrived "
            "safely. The leather on the brakes had worn through on the long descents, and the chain needed oil at "
            "almost every stop. A few days later they drove back by a different route.",
            "The journey of about 106 kilometres each way drew crowds in every village and gave the firm the "
            "notice it needed. Benz added the extra gear, and sales began to grow. Since 2008 the route has been "
            "signposted as the Bertha Benz Memorial Route.",
            "Bertha Benz lived until 1944, long enough to see motor traffic fill the roads she had once driven "
            "alone. On her ninety-fifth birthday, in May 1944, the technical university at Karlsruhe made her an honorary "
            "senator.",
        ]),
    ],
    sidebar=dict(title="Why Pforzheim?", paras=[
        "Bertha’s mother lived in Pforzheim, the town where Bertha grew up. A visit to family gave the trip an "
        "ordinary reason, and the long road there gave the car a real test."]),
    quote="She did not ask for permission. She left a note on the table.",
    table=("The journey in figures", [("Distance", "about 106 km each way"), ("Fuel", "ligroin from pharmacies"),
                                      ("Top speed", "about 16 km/h"), ("On board", "three people")]),
    colophon="Family trail written by the Learning Team, Hollin Museum of Transport. Large-print copies are at the desk.",
)

FALLINGWATER = dict(
    name="fallingwater_1937",
    title_lines=["A House Over the Falls", "Fallingwater, 1937"],
    intro="In the 1930s a Pittsburgh department-store owner asked Frank Lloyd Wright for a weekend house near a "
          "waterfall his family loved. Wright put the house on top of the falls instead, and it became the most "
          "famous private home in American architecture.",
    running=[],
    sections=[
        dict(label="Part A", title="A Client and a Stream", paras=[
            "Edgar J. Kaufmann ran one of the largest department stores in Pittsburgh. His family had a summer "
            "camp on Bear Run, a stream in the wooded hills south-east of the city, where the water drops over a "
            "ledge of sandstone. Their son Edgar junior had joined Wright’s circle of apprentices, and in 1934 the "
            "Kaufmanns invited the architect to visit.",
            "Wright was sixty-seven and had built little for years. According to the story his apprentices told, "
            "he drew nothing for months and then, when Kaufmann telephoned to say he was on his way, produced the "
            "plans in a single morning. Whatever the truth, the design was ready when the client arrived, and it "
            "placed the house directly over the falls rather than facing them. The drawings showed the terraces "
            "stacked above the water and even the stair that would drop to the pool below.",
        ]),
        dict(label="Part B", title="Concrete Trays in the Air", paras=[
            "The house is built around a stone chimney anchored in the boulders of the stream bed. From it, "
            "terraces of reinforced concrete reach out over the water in layers, with no posts under their outer "
            "edges. Walls of local sandstone are laid in rough horizontal courses, so that the house seems to grow "
            "out of the cliff. Inside, the same stone is used for the floors, which are waxed but left uneven, so that "
            "they look like the rocks of the stream bed.",
            ["Kaufmann’s engineers doubted the cantilevers, and the builders quietly added extra steel to the main "
             "terrace. When the wooden formwork came down, the concrete sagged, and",
             "the sag grew slowly for more than sixty years. In 2002 the terraces were strengthened with steel "
             "cables threaded through the floors and tightened from inside."],
        ], caption=dict(text="The main terrace seen from below the falls, with the stair that leads down to the water.",
                        position="Right", credit="Photograph: Ridley Studio, 1962 · Hollin Centre for Architecture, HCA P-1140")),
        dict(label="Part C", title="A House for Visitors", paras=[
            "Inside, the rooms are low and dim towards the hill and open to the light over the water. Glass meets "
            "stone without frames at the corners, and a hatch in the living-room floor opens onto a hanging stair "
            "down to the stream. The Kaufmanns used the house at weekends from 1937, and a guest house was added "
            "on the slope above in 1939. Much of the furniture was designed by Wright for the house and built into "
            "the walls.",
            "Edgar junior gave the house and its land to a conservation trust in 1963. It has been open to the "
            "public since 1964, and millions of people have made the trip to see it. In 2019 it was inscribed as "
            "a World Heritage Site together with seven other buildings by Wright. Restorers are still at work on the "
            "house, which suffers from damp and from the sheer number of its visitors.",
        ]),
    ],
    sidebar=dict(title="Why Build on the Rock?", paras=[
        "Wright wanted the family to live with the waterfall, not to look at it from across the stream. The sound "
        "of water is heard in every room, and the boulder on which the Kaufmanns used to sunbathe became the "
        "hearth of the living room."]),
    quote="Not a house beside the falls, but a house that belongs to them.",
)

ALL = [VERGINA, BRUNELLESCHI, SCHWEBEBAHN, AKROTIRI, BENZ, FALLINGWATER]


def ptext(p):
    return " ".join(p) if isinstance(p, list) else p


def clean(t):
    """gold text: note marks are not part of the text"""
    for m in ["*", "¹", "²", "³"]:
        t = t.replace(m, "")
    return t


def gold(d):
    title = " ".join(d["title_lines"] + ([d["subtitle"]] if d.get("subtitle") else []))
    secs = [dict(label=None, title=title, blocks=[dict(kind="paragraph", text=d["intro"])])]
    for s in d["sections"]:
        blocks = [dict(kind="paragraph", text=clean(ptext(p))) for p in s["paras"]]
        if s.get("caption"):
            c = s["caption"]
            blocks.append(dict(kind="caption", text=c["text"], position=c["position"], credit=c["credit"]))
        secs.append(dict(label=s["label"], title=s["title"], blocks=blocks))
    sb = d["sidebar"]
    secs.append(dict(label=None, title=sb["title"], blocks=[dict(kind="paragraph", text=p) for p in sb["paras"]]))
    return dict(title=title, running=d["running"], sections=secs)
