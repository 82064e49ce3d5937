"""All texts of set 56 and the gold JSON for each exhibit.

Every exhibit is a dict: title (printed lines), running, sections (label, title, blocks).
Blocks: ("p", text) or ("cap", text, position, credit).  Extra (non-gold) material is
kept next to the exhibit under "extra".  Running `python3 content.py` writes the gold JSONs.
"""
import json, os, sys

OUT = os.path.normpath(os.path.join(os.path.dirname(__file__), ".."))

# ---------------------------------------------------------------- Lister (PDF, catalogue pages 36-37, sidenotes)
LISTER = {
    "name": "lister_antisepsis_1867",
    "title_lines": ["Clean Hands, Clean Wounds", "Joseph Lister and Antiseptic Surgery, 1867"],
    "running": ["Medicine Before Microbes", "Hallam Museum of Surgery · Catalogue of the Permanent Collection", "36", "37"],
    "intro": "In the 1860s nearly half of the patients who had a limb amputated in some British hospitals died afterwards, most of them from infection. A Glasgow surgeon who had been reading about fermentation found a way to stop it, and changed what an operating theatre was for.",
    "sections": [
        ("1", "Hospital Disease", [
            ("p", "Surgeons of the mid-nineteenth century could operate without pain, thanks to ether and chloroform, but they could not operate safely. Wounds commonly turned septic, filled with pus and gave off a smell that visitors to surgical wards remembered for the rest of their lives. Gangrene, pyaemia and erysipelas were so common that they were grouped together as hospitalism."),
            ("p", "Most doctors blamed miasma, a poisonous vapour thought to rise from the wounds themselves and from dirty air. Windows were opened and wards were aired, yet surgeons still operated in old frock coats stiff with blood and went from one patient to the next without washing their hands."),
        ]),
        ("2", "A Lesson from Fermentation", [
            ("p", "Joseph Lister, born into a Quaker family in Essex in 1827, became professor of surgery at Glasgow in 1860 and took charge of wards in the Royal Infirmary. In 1865 a colleague, the chemist Thomas Anderson, drew his attention to the work of Louis Pasteur, who had shown that wine and milk spoil because of living organisms carried in the air, not because of the air itself."),
            ("p", "Lister reasoned that the same tiny organisms might be what turned wounds putrid. If they could be killed before they entered the wound, the wound might heal cleanly. He knew that the town of Carlisle had treated its sewage with carbolic acid, a coal-tar product that reduced the smell of the fields it was spread on and seemed to protect the cattle grazing there."),
            ("p", "In August 1865 he treated James Greenlees, an eleven-year-old boy whose leg had been broken by a cart wheel so badly that the bone stood through the skin. Such compound fractures usually ended in amputation or death. Lister dressed the wound with lint soaked in carbolic acid, and the boy walked out of the infirmary six weeks later."),
        ]),
        ("3", "The Antiseptic System", [
            ("p", "In 1867 Lister published his results in a series of articles in The Lancet, describing a method rather than a single remedy. Instruments, ligatures and the surgeon’s hands were washed in carbolic solution, dressings were soaked in it, and later a hand-cranked spray filled the air above the operating table with a fine carbolic mist."),
            ("p", "The results in his own wards were striking. Deaths after amputation fell from around forty-five in every hundred to about fifteen. Many surgeons nevertheless resisted, some because the acid burned and cracked their skin, others because they did not accept that invisible organisms caused disease at all."),
            ("p", "Lister gave up the spray in 1890, admitting that it had been unnecessary, but by then the principle had won. Surgeons in Germany had taken it up early, and it led in turn to aseptic surgery, in which steam-sterilised gowns, gloves and instruments keep organisms away from the wound in the first place."),
            ("cap", "Steam spray for carbolic acid, made in Edinburgh about 1875, with its brass boiler and spirit lamp.", "Above", "Hallam Museum of Surgery, HMS 1974.220"),
        ]),
        (None, "A Name on a Bottle", [
            ("p", "The mouthwash Listerine, first mixed in St Louis in 1879, was named after the surgeon without his permission. Lister himself was made a baron in 1897, the first medical man to sit in the House of Lords, and he died at Walmer in Kent in 1912."),
        ]),
    ],
    "extra": {
        "kicker": "CATALOGUE 36–37 · SURGERY",
        "notes": [
            "The word was used by the Edinburgh obstetrician James Young Simpson in a series of papers of 1869.",
            "The carbolic spread at Carlisle was a crude commercial grade, far less pure than the crystals Lister later ordered from Manchester.",
            "Lister’s ward notes give the boy’s age as eleven; some later accounts make him younger.",
        ],
        "pull": "Lister treated the air, the hands and the instruments as a single problem.",
    },
}

# ---------------------------------------------------------------- Menai (PDF, A3 wall panel)
MENAI = {
    "name": "menai_bridge_1826",
    "title_lines": ["Chains over the Strait", "Thomas Telford’s Menai Suspension Bridge, 1826"],
    "running": ["Anglesey Crossings Gallery · Panel 4", "Strait House Museum of Engineering"],
    "intro": "Before 1826 every traveller bound for Holyhead and the Dublin packet had to cross the Menai Strait by open ferry. Thomas Telford’s suspension bridge carried the road across on iron chains high enough for sailing ships to pass beneath, and for a few years it had the longest span of any bridge in the world.",
    "sections": [
        ("Stage 1", "A Road to Ireland", [
            ("p", "After the Act of Union of 1800 brought Irish members to Westminster, the road from London to Holyhead became a matter of state. Mail coaches, cattle drovers and politicians all depended on the ferries across the Menai Strait, where fast tides and sudden squalls made crossings slow and sometimes fatal."),
            ("p", "In 1815 Parliament appointed commissioners to improve the route and chose Thomas Telford, a Scottish stonemason turned engineer, to rebuild it. He graded the road through Snowdonia so that coaches could keep up their speed, and he proposed to cross the strait at its narrowest point, between Bangor and the Anglesey shore."),
        ]),
        ("Stage 2", "A Span for Tall Ships", [
            ("p", "The Admiralty insisted that the bridge leave a clear height of one hundred feet above high water, so that warships could sail through under full rig. That ruled out stone arches and any temporary timber centring in the channel. Telford chose to hang the deck from chains, a new and largely untested form for so long a span."),
            ("p", "He tested the iron before trusting it. Each of the flat wrought-iron bars that make up the links was stretched in a testing machine at the ironworks at Upton in Shropshire, and the finished pieces were sent north by sea. Work on the masonry towers began in 1819, with limestone cut from quarries at Penmon on Anglesey."),
        ]),
        ("Stage 3", "Raising the Chains", [
            ("p", "On 26 April 1825 the first of sixteen chains was floated out on a raft, fixed to the Caernarfon side and hauled up to the top of the Anglesey tower by capstans worked by some 150 men, while a fife band played. When it was secured, workmen walked across its links to cheers from the shore."),
            ("p", "Each chain was made of five rows of flat bars bolted together, and the deck hung from them on vertical iron rods. The chains passed over cast-iron saddles on top of the towers and ran down into tunnels cut deep into the rock on each shore, so that the whole weight of the road pulled on the rock itself."),
            ("p", "The bridge opened on 30 January 1826, when the Irish mail coach crossed at half past one in the morning. Its central span measured 176 metres. The light timber deck twisted and swayed in gales and was damaged several times before it was stiffened and rebuilt, and between 1938 and 1940 the iron chains were replaced with steel without closing the road."),
            ("cap", "One of the original wrought-iron chain links, replaced in 1939 and kept at the museum ever since.", "Left", "Strait House Museum of Engineering, SHM 1939.2"),
        ]),
        (None, "Two Bridges over One Strait", [
            ("p", "Barely two kilometres away stands the Britannia Bridge, built by Robert Stephenson in 1850 to carry the railway inside iron tubes. It was gutted by fire in 1970 and rebuilt on arches, with a road deck above the track. Telford’s bridge still takes traffic across the strait, nearly two centuries after the first mail coach rattled over it."),
        ]),
    ],
    "extra": {
        "kicker": "04",
        "pull": "The chain went up to a fife band and came down only once, for steel.",
        "table": [("Opened", "30 January 1826"), ("Main span", "176 m"), ("Clearance", "100 ft at high water"),
                  ("Chains", "16, of wrought iron"), ("Engineer", "Thomas Telford")],
    },
}

# ---------------------------------------------------------------- Wegener (PDF, tri-fold leaflet, vertical title)
WEGENER = {
    "name": "wegener_drift_1912",
    "title_lines": ["The Drifting Continents", "Alfred Wegener, 1912"],
    "running": [],
    "intro": "In January 1912 a young German meteorologist told a meeting in Frankfurt that the continents had once been joined and had slowly moved apart. Most geologists thought the idea absurd. Half a century later it became the foundation of modern earth science.",
    "sections": [
        ("Clue 1", "Coastlines That Fit", [
            ("p", "Alfred Wegener was born in Berlin in 1880 and trained in astronomy before turning to the weather. He flew balloons to study the upper air and, with his brother Kurt, stayed aloft for more than fifty-two hours in 1906, then a record. The same year he joined his first expedition to Greenland."),
            ("p", "Like many before him, he noticed how neatly the bulge of South America would tuck into the bend of the west coast of Africa. Wegener took the match further, comparing the edges of the continental shelves rather than the shorelines, and found that the fit was better still."),
            ("p", "He first put the idea to the Geological Association in Frankfurt on 6 January 1912 and spoke again in Marburg four days later. Two papers followed that year, but further work had to wait, first for a crossing of the Greenland ice cap in 1912 and 1913 and then for the war."),
        ]),
        ("Clue 2", "Fossils Across the Oceans", [
            ("p", "In 1911 he came across a paper listing identical fossils found on continents now separated by oceans. The small reptile Mesosaurus, which lived in fresh water, was known from both Brazil and southern Africa, and leaves of the seed fern Glossopteris turned up in India, Australia, Africa, South America and later Antarctica."),
            ("p", "The usual explanation was that land bridges had once linked the continents and then sunk beneath the sea. Wegener pointed out that light continental rock could not simply sink into the denser floor of the ocean. It was simpler to suppose that the continents themselves had moved."),
            ("p", "Living animals pointed the same way. Earthworms, garden snails and some freshwater fish had close relatives on continents far apart, which was hard to explain if each landmass had always stood where it stands now."),
        ]),
        ("Clue 3", "Ice in the Tropics", [
            ("p", "Rocks told the same story. Scratches left by ancient glaciers were found in India and southern Africa, close to the equator, while coal seams formed in tropical swamps lay under Spitsbergen. Put back together into a single landmass, which he later called Pangaea, the old ice sheets and forests fell into sensible bands of climate."),
            ("p", "His book The Origin of Continents and Oceans appeared in 1915, while he was recovering from a war wound. Its weak point was the mechanism. Wegener could not explain what force pushed whole continents through solid rock, and the causes he suggested were easily shown to be far too feeble. At a meeting in New York in 1926 most of the speakers rejected his theory outright."),
            ("cap", "Wegener’s sketch of the continents joined together, redrawn for this leaflet.", "Above", "Map: Lindqvist Institute of Earth Sciences"),
        ]),
        (None, "Proof from the Sea Floor", [
            ("p", "Wegener died on the Greenland ice cap in November 1930, returning from a camp he had helped to supply. In the 1950s and 1960s surveys of the ocean floor found a chain of ridges where new crust forms, with stripes of reversed magnetism on either side. Plate tectonics, accepted by the end of the 1960s, explained what Wegener could not."),
        ]),
    ],
    "extra": {
        "kicker": "A FREE GUIDE FOR VISITORS",
        "table": [("Coastlines", "South America and Africa"), ("Fossils", "Mesosaurus, Glossopteris"),
                  ("Climate", "glacial scratches in India"), ("Mechanism", "not found until the 1960s")],
        "address": ["Lindqvist Institute of Earth Sciences", "Gallery of the Moving Earth, Level 2", "Open daily 10.00–17.00 · Free entry"],
    },
}

# ---------------------------------------------------------------- Foucault (PDF, catalogue spread 58-59)
FOUCAULT = {
    "name": "foucault_pendulum_1851",
    "title_lines": ["The Earth Turns Beneath It", "Léon Foucault’s Pendulum, 1851"],
    "running": ["Orrery Hall · Instruments of Proof", "58", "59"],
    "intro": "In the spring of 1851 crowds in Paris watched a heavy ball swing on a long wire under the dome of the Panthéon. Over the hours its path slowly turned, and for the first time anyone could see with their own eyes that the Earth rotates.",
    "sections": [
        ("I", "A Physicist Without a Degree", [
            ("p", "Léon Foucault was born in Paris in 1819. He began to study medicine but could not bear the sight of blood, and turned instead to photography and optics, working with Hippolyte Fizeau on early daguerreotypes of the Sun and on the speed of light. He held no university post and earned part of his living writing science reports for a newspaper."),
            ("p", "Astronomers had accepted for two centuries that the Earth spins on its axis, but the proof was indirect, drawn from the motions of the planets and the flattening of the globe at the poles. Foucault looked for an experiment on the ground that would show the rotation directly, something a visitor could watch without a telescope or a table of figures."),
            ("cap", "A brass pendulum bob of the kind hung in lecture halls after 1851; it weighs about 28 kilograms.", None, "Orrery Hall Museum of Science, OHM 1902.17"),
        ]),
        ("II", "A Weight in the Cellar", [
            ("p", "A pendulum, once set swinging, keeps its plane of swing fixed in space unless something pushes it. Foucault reasoned that if the Earth turned beneath a freely hung pendulum, the floor would move while the swing did not, and the path traced on the floor would seem to rotate. At the North Pole the turn would take one day; in Paris it should take longer, about thirty-two hours."),
            ("p", "On 3 January 1851, in the cellar of his house in the rue d’Assas, he hung a five-kilogram weight from a steel wire two metres long. After some failures he saw the plane of swing turn, and about a month later he repeated the experiment with an eleven-metre wire in the Meridian Room of the Paris Observatory."),
        ]),
        ("III", "Under the Dome", [
            ("p", "Louis-Napoléon Bonaparte, then President of the Republic, asked for a public version. In March 1851 a 28-kilogram ball was hung from a wire 67 metres long beneath the dome of the Panthéon. A stylus under the ball cut a mark in a ridge of sand at each swing, and visitors could watch the marks creep round within a few minutes."),
            ("p", "The experiment became a sensation. Pendulums were hung in churches and lecture halls across Europe and America, and the mathematicians who had overlooked so simple a test were left to explain the theory afterwards. In 1852 Foucault built a gyroscope that showed the same effect in a case small enough to stand on a table."),
            ("p", "Foucault was made physicist to the Paris Observatory in 1855 and received the Copley Medal of the Royal Society in the same year. He died in 1868, aged forty-eight, and is buried in the cemetery of Montmartre."),
            ("cap", "The Panthéon pendulum as it hangs today, seen from the gallery beneath the dome.", None, "Photograph: Claire Moreau for Orrery Hall"),
        ]),
        (None, "A Pendulum Near You", [
            ("p", "Foucault pendulums still swing in many museums and universities, usually kept going by a small electromagnet that replaces the energy lost to the air. The Panthéon pendulum was put back in 1995 after years in storage, and the original bob, dented when its wire snapped in 2010, is kept at the Musée des Arts et Métiers."),
        ]),
    ],
    "extra": {
        "kicker": "INSTRUMENTS OF PROOF · 7",
        "footnote": "* The time for one full turn is a sidereal day divided by the sine of the latitude. At Paris, about 48.85 degrees north, this gives close to 31 hours 50 minutes; Foucault’s own trials came within a few per cent of it.",
    },
}

# ---------------------------------------------------------------- Iron lung (DOCX)
IRONLUNG = {
    "name": "iron_lung_1928",
    "title_lines": ["Breathing for Others", "The Drinker Respirator, 1928"],
    "running": [],
    "intro": "For children paralysed by polio, the muscles that work the lungs could fail within hours. In 1928 two Harvard researchers built a machine that breathed for them, and for the next thirty years the iron lung was the most feared and most hoped-for object on a hospital ward.",
    "sections": [
        ("1", "Paralysis That Stops the Breath", [
            ("p", "Poliomyelitis is caused by a virus that usually brings no more than a fever. In a small share of cases it attacks the nerve cells of the spinal cord, and when it reaches those that control the diaphragm and the muscles between the ribs, the patient can no longer breathe. Epidemics struck the cities of Europe and North America almost every summer in the early twentieth century."),
            ("p", "Philip Drinker, an engineer teaching industrial hygiene at the Harvard School of Public Health, was studying how gases affect breathing when he saw children die of respiratory paralysis in a Boston hospital. With the physiologist Louis Agassiz Shaw he set out to build a machine that would keep such a patient alive until the muscles recovered. The two men first tried the idea on cats paralysed with curare, sealed in a box with only their heads outside."),
        ]),
        ("2", "Negative Pressure", [
            ("p", "Their design worked by lowering the air pressure around the body rather than forcing air into the lungs. The patient lay in a sealed metal cylinder with only the head outside and a rubber collar round the neck. Pumps drew air out of the tank, the chest expanded and air flowed in through the nose and mouth; when the pressure returned, the chest fell and the breath went out."),
            ("p", "The first model was built with two blowers taken from vacuum cleaners and a tank of sheet iron. It was first used on a polio patient in October 1928 at the Children’s Hospital in Boston, an eight-year-old girl who was unconscious from lack of oxygen. She revived within minutes, though she died some days later of pneumonia."),
            ("cap", "A Drinker-type respirator made by Warren E. Collins of Boston about 1931, with its portholes and rubber collar.", "Left", "Lent by the Penrose Hospital Trust, PHT 77/3"),
        ]),
        ("3", "Rows of Tanks", [
            ("p", "Iron lungs were expensive, costing about as much as a small house, and hospitals hired them out or shared them. In 1931 John Haven Emerson of Cambridge, Massachusetts, built a quieter and cheaper version, and in Britain the car maker William Morris, Lord Nuffield, paid in 1938 for more than 1,700 wooden respirators to be built at his Cowley works and given to hospitals across the Empire."),
            ("p", "During the great epidemics of the early 1950s hospitals set up wards with dozens of tanks side by side. In Copenhagen in 1952, where there were far too few machines, medical students took turns squeezing rubber bags by hand to push air through a tube in the throat, an emergency that led to the modern intensive care unit. The Salk vaccine, licensed in 1955, ended the need for most of the tanks."),
        ]),
        (None, "Living in the Lung", [
            ("p", "A few people who survived polio depended on negative-pressure respirators for the rest of their lives. The American lawyer Paul Alexander, paralysed in 1952, used his iron lung for more than seventy years, earned a law degree and wrote a memoir before his death in 2024. Others needed a tank only at night and spent their days in lighter chest shells or on rocking beds."),
        ]),
    ],
    "extra": {
        "kicker": "WARD 3 · MACHINES THAT KEEP US ALIVE",
        "pull": "A whole ward could sound like one slow machine breathing.",
        "table": [("1928", "first clinical use, Boston"), ("1931", "Emerson’s cheaper tank"), ("1938", "Nuffield’s gift of Both respirators"),
                  ("1952", "Copenhagen epidemic"), ("1955", "Salk vaccine licensed")],
        "footnote": "The tank cost about 1,500 dollars in 1930, at a time when an average new house cost a few thousand.",
        "colophon": "Penrose Museum of Medicine · Ward 3 · Text set 12",
    },
}

# ---------------------------------------------------------------- Cavendish (HTML, Starlight)
CAVENDISH = {
    "name": "cavendish_experiment_1798",
    "title_lines": ["Weighing the World", "Henry Cavendish and the Density of the Earth, 1798"],
    "running": [],
    "intro": "In the summer of 1797 a reclusive aristocrat shut himself in an outbuilding of his house in Clapham and watched, through a telescope set in the wall, two small lead balls being pulled by two large ones. From that tiny movement he worked out how dense the Earth is.",
    "sections": [
        ("Station 1", "A Shy Experimenter", [
            ("p", "Henry Cavendish, born in 1731 into one of the richest families in England, avoided company so completely that he ordered his meals by leaving notes for his servants. He spent his fortune on instruments and books and his time on experiments, publishing only a fraction of what he found. He had already shown that water is made of two gases when he turned to gravity. Fellows of the Royal Society learned that the best way to talk to him was to address their remarks to the air near him."),
            ("p", "Isaac Newton’s law said that every piece of matter attracts every other, but the pull between everyday objects is so small that nobody had measured it. Measuring it would reveal how much matter the Earth holds, and so its mean density, a figure that astronomers needed to work out the masses of the Sun and the planets."),
        ]),
        ("Station 2", "The Torsion Balance", [
            ("p", "The apparatus had been designed by the clergyman and geologist John Michell, who died in 1793 before he could use it. Cavendish rebuilt most of it. A wooden rod nearly two metres long, with a small lead ball at each end, hung from a thin wire. Two much larger lead balls, each weighing about 158 kilograms, could be swung close to the small ones from outside the room."),
            ("p", "The attraction of the large balls twisted the wire by a tiny angle, and the rod swung slowly back and forth, taking about seven minutes for each swing. Because the slightest draught or difference in temperature would spoil the result, Cavendish sealed the room and read the scales by lamplight through telescopes set in the wall."),
            ("cap", "A quarter-size model of the torsion balance, with the large balls swung into position.", "Below", "Model: Thornbury Collection of Scientific Instruments, TCS 2011.8"),
        ]),
        ("Station 3", "A Number for the Earth", [
            ("p", "He published his results in the Philosophical Transactions in June 1798. From seventeen sets of measurements he concluded that the Earth is about 5.48 times as dense as water. A small slip in his arithmetic was noticed later; corrected, his figure becomes 5.45, within about one per cent of the value accepted today."),
            ("p", "Cavendish never calculated the gravitational constant, the number that later textbooks attach to his name. That quantity was defined only in the late nineteenth century, when physicists began to write Newton’s law in modern units. It can be worked out from his data, however, and his experiment is still repeated, with refinements, in laboratories around the world."),
            ("p", "The experiment also gave the first reliable figure for the mass of the Earth, about six thousand million million million tonnes, and from it the masses of the Sun, the Moon and the planets could be worked out in turn."),
        ]),
        (None, "What Is Left of the Shed", [
            ("p", "The house on Clapham Common where Cavendish worked was demolished in 1905. His original apparatus has not survived, and the instruments shown as his are later copies. His name lives on in the Cavendish Laboratory at Cambridge, founded in 1874 with money from a relative, the seventh Duke of Devonshire."),
        ]),
    ],
    "extra": {
        "kicker": "Gallery of Measurement",
        "pull": "A movement smaller than the width of a hair told him the weight of the planet.",
    },
}

ALL = [LISTER, MENAI, WEGENER, FOUCAULT, IRONLUNG, CAVENDISH]


def gold(ex):
    title = " ".join(ex["title_lines"])
    secs = [{"label": None, "title": title, "blocks": [{"kind": "paragraph", "text": ex["intro"]}]}]
    for label, stitle, blocks in ex["sections"]:
        bl = []
        for b in blocks:
            if b[0] == "p":
                bl.append({"kind": "paragraph", "text": b[1]})
            else:
                bl.append({"kind": "caption", "text": b[1], "position": b[2], "credit": b[3]})
        secs.append({"label": label, "title": stitle, "blocks": bl})
    return {"title": title, "running": ex["running"], "sections": secs}


def para_words(ex):
    n = len(ex["intro"].split())
    for _, _, blocks in ex["sections"]:
        for b in blocks:
            if b[0] == "p":
                n += len(b[1].split())
    return n


if __name__ == "__main__":
    for ex in ALL:
        with open(os.path.join(OUT, ex["name"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold(ex), f, ensure_ascii=False, indent=2)
            f.write("\n")
        print(ex["name"], para_words(ex), "paragraph words")
