# -*- coding: utf-8 -*-
"""All texts of the set. Gold JSON is written from these same strings."""

DOCS = {}

DOCS["ur_royal_cemetery_1927"] = dict(
    kicker="GALLERY 4 · MESOPOTAMIA",
    title_lines=["Gold Beneath the Rubbish Heaps:", "The Royal Cemetery of Ur, 1927"],
    intro=("Outside the walls of an ancient Sumerian city, a British excavator found graves filled with gold, "
           "lapis lazuli and the bodies of dozens of attendants. The discovery made Ur as famous as the tomb of "
           "Tutankhamun."),
    running=["Ashgrove Museum of the Ancient World", "Panel 4.2"],
    sections=[
        dict(label="1", title="A Mound Called Tell al-Muqayyar", paras=[
            "In 1922 the British Museum and the University of Pennsylvania sent a joint expedition to a mound in the south of Iraq. Its director was Leonard Woolley, who had already dug at Carchemish before the war. The mound covered the city of Ur, which the Bible names as the home of Abraham.",
            "Woolley found a trench full of gold beads in his first season but stopped work there. He believed that his team of local workmen, and he himself, did not yet have the skill to dig delicate objects out of soft earth, so he waited four years before he returned to it.",
        ]),
        dict(label="2", title="The Great Death Pit", paras=[
            "From 1926 the diggers uncovered about eighteen hundred graves. Most were simple burials wrapped in mats, but sixteen were far richer, with stone chambers and ramps leading down into deep pits. Woolley called them the royal tombs.",
            "In one pit lay seventy-four bodies, most of them women in fine headdresses of gold leaves, laid out in neat rows. There were no signs of a struggle. Woolley thought that the attendants had walked down of their own will and drunk poison, but recent scans of two skulls suggest blows to the head.",
            "A cylinder seal found in one chamber bore the name Puabi. Her body lay on a wooden bier, covered with beads of gold, silver, carnelian and lapis, and beside her were cups of gold, a harp and the remains of a sledge once drawn by oxen.",
        ], caption=dict(text="A headdress of gold leaves and lapis beads, as worn by the women of the Great Death Pit.",
                         position="Right", credit="Replica: Ashgrove Museum of the Ancient World, AM 1931.207")),
        dict(label="3", title="Rebuilt from Fragments", paras=[
            "Much of the wood had rotted away. To save the shape of a harp, Woolley poured plaster into the hollow left in the soil, then lifted the cast with the gold and shell that still clung to it.",
            "The finds were divided between Baghdad, London and Philadelphia. The famous figure of a goat standing against a flowering bush was found crushed flat, and was rebuilt by the conservators into two figures, one for each of the foreign museums.",
        ]),
    ],
    sidebar=dict(title="A Flood Beneath the City", paras=[
        "Below the graves Woolley dug a deep shaft and struck a thick layer of clean silt with no pottery in it. He announced that he had found the flood of Genesis. Later work showed that the silt covered only part of the site, and most scholars now see it as the mark of a local river flood.",
    ]),
    pullquote="“The first sign was a row of gold heads, shining in the dirt.”",
    note="* The skulls were scanned in 2009 by a team from the University of Pennsylvania.",
)

DOCS["voyager_record_1977"] = dict(
    kicker="CATALOGUE · SECTION 5",
    title_lines=["A Message in a Bottle:", "The Voyager Golden Record, 1977"],
    intro=("Two spacecraft launched in the summer of 1977 each carry a copper disc covered in gold. It holds "
           "sounds, music and pictures chosen to tell a stranger what life on Earth was like."),
    running=["The Long Way Out: Catalogue", "Arden Hall Planetarium", "58", "59"],
    sections=[
        dict(label="5.1", title="A Committee in a Hurry", paras=[
            "When NASA prepared to send two Voyager probes past Jupiter and Saturn, it knew that both would leave the solar system for good. The astronomer Carl Sagan, who had helped design a small metal plaque for the earlier Pioneer craft, was asked to lead a committee that would choose a message.",
            "There was little time. The team had about six weeks to decide what should go on the record, to gain permission for the music and to have the master cut. Ann Druyan, the creative director, and the writer Timothy Ferris did much of the selecting.",
            "They chose a gramophone record because the technology was simple and long-lasting. A needle and a cartridge were packed with it, and the rest of the machine, the committee hoped, could be worked out from the drawings on the cover.",
        ]),
        dict(label="5.2", title="Greetings and Whale Song", paras=[
            "The record begins with spoken greetings in fifty-five languages, from ancient Sumerian to the Chinese dialect of Wu. There follow sounds of the Earth: wind, rain, surf, a chimpanzee, footsteps, a kiss and the song of humpback whales.",
            "Ninety minutes of music come next, ranging from Bach and Beethoven to a Navajo night chant, panpipes from the Solomon Islands and Chuck Berry’s Johnny B. Goode. One hundred and sixteen pictures are coded as sound signals in the grooves, the first of them a circle used to check that the images have been decoded correctly.",
        ], caption=dict(text="The cover of the record, with the instructions for playing it and the pulsar map.",
                         position="Above", credit="Photograph: Arden Hall Planetarium, AHP 2011.46")),
        dict(label="5.3", title="Forty Thousand Years", paras=[
            "The cover is engraved with diagrams showing how to play the disc and at what speed. A map of fourteen pulsars, each marked with its own rate of flashing, gives the position of the Sun, and a tiny sample of uranium lets anyone who finds the record work out how long it has travelled.",
            "Voyager 1 crossed into interstellar space in 2012, and its twin followed six years later. In some forty thousand years Voyager 1 will pass within a light year or two of a faint star in the constellation of the Giraffe. No one expects the record ever to be found, but Sagan pointed out that launching it said something about the people who sent it.",
        ]),
    ],
    sidebar=dict(title="The Beatles Said No", paras=[
        "The committee wanted to include Here Comes the Sun. The members of the band were willing, it is said, but the music company that held the rights was not, and the song was left off the record.",
    ]),
    pullquote="“Bottles cast into the cosmic ocean, with no address written on them.”",
    note="¹ The pictures can be drawn on any screen that counts lines, as a television does.",
)

DOCS["transistor_1947"] = dict(
    kicker="A GUIDE TO THE ELECTRONICS GALLERY",
    title_lines=["Two Wires", "and a Crystal:", "The Transistor, 1947"],
    intro=("Just before Christmas 1947 three physicists at a telephone laboratory in New Jersey made a tiny "
           "piece of germanium amplify a signal. Their invention is now made by the billion every second."),
    running=[],
    sections=[
        dict(label="A", title="Looking for a Better Valve", paras=[
            "In the 1940s the telephone network depended on vacuum tubes, or valves, to amplify voices on long lines. They were hot, fragile and hungry for power, and they burnt out. Bell Telephone Laboratories set up a team to look for a solid device that could do the same job.",
            "The team was led by William Shockley, a brilliant theorist with a difficult temper. His own design for an amplifier, which used an electric field to control a current in a semiconductor, simply did not work. Two colleagues, the theorist John Bardeen and the experimenter Walter Brattain, set out to find the reason.",
        ]),
        dict(label="B", title="A Point of Gold", paras=[
            "Bardeen guessed that electrons trapped at the surface of the crystal were blocking the field. Through the autumn of 1947 he and Brattain tried one arrangement after another, dipping the crystal in water and other liquids to weaken the surface effect.",
            "Their final device was a slab of germanium touched by two points of gold foil, very close together, pressed down by a plastic wedge and a spring. On 16 December a small signal fed into one contact came out of the other much larger. A week later they showed it to the managers of the laboratory.",
            "The name transistor, joining transfer and resistor, was chosen by a vote among the staff. The company announced the invention in June 1948, but the press paid it little attention.",
        ], caption=dict(text="A working copy of the first point-contact transistor, with its spring and plastic wedge.",
                         position="Left", credit="Model: Halloway Science Collection, HSC 88.114")),
        dict(label="C", title="The Prize and the Quarrel", paras=[
            "Shockley was furious at being left out of the breakthrough. Working alone, he designed a more reliable transistor made of layers of differently treated semiconductor, and it soon replaced the fragile point contacts. The first pocket radios using transistors went on sale in 1954.",
            "In 1956 the three men shared the Nobel Prize in Physics. Shockley then founded a company in California, but his manner drove away his best staff, who left to start their own firms nearby. The valley around them later became known as Silicon Valley.",
        ]),
    ],
    sidebar=dict(title="Why Germanium?", paras=[
        "During the war, radar sets used small crystal detectors, and laboratories learnt to make very pure germanium and silicon for them. Without that wartime skill, the team would not have had crystals clean enough to show the effect.",
    ]),
    pullquote="“It was a magnificent Christmas present.”",
    address=["Halloway Science Collection", "Mill Lane, Ferrisford", "Open Tuesday to Sunday, 10–5"],
)

DOCS["colossus_computer_1944"] = dict(
    kicker="ROOM 5 · BREAKING TUNNY",
    title_lines=["Colossus: The Codebreakers’", "Electronic Machine, 1944"],
    intro=("At a country house north of London, a Post Office engineer built a machine of some two thousand "
           "valves to help read the messages of the German high command. For decades almost no one knew it had existed."),
    running=["Marlow Common Museum of Computing", "Codebreakers", "5"],
    sections=[
        dict(label="Stage 1", title="A Cipher Called Tunny", paras=[
            "Besides the Enigma machine, the German army used a teleprinter cipher for messages between Hitler’s headquarters and his generals. The British called it Tunny. Each letter was turned into a pattern of five holes in paper tape and mixed with a stream of letters made by twelve wheels.",
            "In August 1941 an operator sent almost the same long message twice with the same wheel settings. From the two texts the codebreaker John Tiltman recovered the key, and the young mathematician Bill Tutte worked out from it, without ever seeing the machine, how it was built.",
        ]),
        dict(label="Stage 2", title="Tommy Flowers Builds a Machine", paras=[
            "Finding the wheel settings by hand took weeks. Max Newman proposed a machine to speed up the counting, but his first device, known as the Heath Robinson, kept two paper tapes running in step and often tore them.",
            "Tommy Flowers, an engineer from the Post Office research station at Dollis Hill, suggested holding the wheel patterns inside the machine with valves. Many experts thought that so many valves could never work together reliably, yet Flowers knew from telephone exchanges that valves rarely failed if they were never switched off.",
            "The first Colossus reached Bletchley Park in January 1944. It read the tape by light at five thousand characters a second. A second, improved machine was ready on 1 June, just days before the landings in Normandy, and by the end of the war ten were in use.",
        ], caption=dict(text="Wrens operating a Colossus machine in Block H, 1944.",
                         position="Above", credit="Reconstruction drawing: Peter Lomax, Marlow Common Museum of Computing")),
        dict(label="Stage 3", title="Broken Up and Forgotten", paras=[
            "After the war most of the machines were taken apart on orders from Churchill, and the drawings were burnt. Flowers could not tell anyone what he had done, and the first computers of the 1940s were credited to others.",
            "The story began to come out only in the 1970s. A team of volunteers led by Tony Sale later built a working copy from photographs and the memories of those who had served, and it can still be seen running today.",
        ]),
    ],
    sidebar=dict(title="Was It a Computer?", paras=[
        "Colossus was electronic and could be set up for different tasks with switches and plugs, but it could not store a program in its memory. Historians therefore call it the first large electronic digital machine built for a purpose, rather than the first computer in the modern sense.",
    ]),
    pullquote="“We had to keep quiet for thirty years.”",
    note="¹ Tutte’s work has been called one of the greatest intellectual feats of the war.",
    table=[("1941", "Tiltman recovers a key from a repeated message"), ("1942", "Tutte works out the wheel structure"),
           ("1943", "Heath Robinson enters service"), ("1944", "First Colossus at Bletchley Park")],
)

DOCS["nazca_lines_1927"] = dict(
    kicker="Desert Drawings · Room 9",
    title_lines=["Pictures for the Sky?", "The Nazca Lines, 1927"],
    intro=("On a dry plateau in southern Peru, hundreds of straight lines and huge figures of animals are drawn "
           "on the ground. They were made some two thousand years ago, but their purpose is still argued over."),
    running=[],
    sections=[
        dict(label="Area 1", title="A Road Seen from the Air", paras=[
            "The Peruvian archaeologist Toribio Mejía Xesspe studied the lines on foot in 1927 and took them for sacred roads. Wider attention came after the first airline routes crossed the plateau in the 1930s, when pilots and passengers began to notice the strange marks below.",
            "The lines were made by removing the dark, iron-stained stones from the surface and piling them at the edges, so that the paler ground beneath showed through. Because it almost never rains there and the wind is gentle, the marks have lasted for centuries.",
        ]),
        dict(label="Area 2", title="The Lady of the Lines", paras=[
            "In 1941 the American historian Paul Kosok watched the sun set at the end of one line on the shortest day of the year, and called the plateau the largest astronomy book in the world. His German assistant Maria Reiche made the lines her life’s work.",
            "Reiche lived in a small house near the desert for decades, measuring the figures with tape and sextant and sweeping them clean with a broom. She paid guards from her own savings and fought to keep a road and new farms away from the drawings.",
            "Among the figures are a monkey with a curled tail, a hummingbird, a spider and a killer whale. Some are more than a hundred metres long, yet each was drawn with a single line that never crosses itself.",
        ], caption=dict(text="The hummingbird, one of the best known of the figures.",
                         position="Above", credit="Photograph: Ines Carmona, Colwick Museum of the Americas")),
        dict(label="Area 3", title="Many Explanations", paras=[
            "Reiche’s idea of a calendar has not held up well, because only a few lines point to the sun or the stars. Many archaeologists now link the lines to water, which was always scarce, and to rituals in which people walked along them.",
            "Broken pottery found along the lines supports that view. The plateau became a World Heritage Site in 1994, and drones have since revealed dozens of smaller figures that had never been seen before.",
        ]),
    ],
    sidebar=dict(title="How Were They Made?", paras=[
        "Experiments have shown that a small team with wooden stakes and string could lay out even the largest figure in a few days. There is no need to imagine any help from the sky.",
    ]),
    pullquote="“A book that can only be read from above.”",
    endnote="Kosok’s remark was made in a lecture and later repeated in print.",
)

DOCS["hubble_expansion_1929"] = dict(
    kicker="Online exhibition · Cosmos Room",
    title_lines=["Running Away From Us:", "Hubble and the Expanding Universe, 1929"],
    intro=("In 1929 an American astronomer showed that distant galaxies are rushing away, and that the farther "
           "away they are, the faster they go. The finding changed our picture of the universe."),
    running=[],
    sections=[
        dict(label="Chapter 1", title="A Yardstick of Stars", paras=[
            "Around 1912 Henrietta Swan Leavitt, who measured photographic plates at the Harvard College Observatory, noticed that certain stars in the Magellanic Clouds brighten and fade at a regular rhythm. The brighter the star, the longer its cycle.",
            "Her discovery gave astronomers a way to measure great distances. If two of these stars had the same cycle but one looked fainter, it had to be farther away, and by how much could be worked out.",
        ]),
        dict(label="Chapter 2", title="Island Universes", paras=[
            "In the early 1920s many astronomers still thought that the spiral nebulae were clouds inside our own galaxy. Edwin Hubble, working with the great telescope on Mount Wilson in California, found one of Leavitt’s stars in the Andromeda nebula in 1923.",
            "The star was far too faint to be a neighbour. Andromeda had to lie far outside the Milky Way, a galaxy in its own right, and the universe suddenly became enormously larger.",
            "Meanwhile Vesto Slipher in Arizona had measured the light of many nebulae and found it shifted towards the red end of the spectrum, a sign that most of them were moving away from us at great speed.",
        ], caption=dict(text="The 100-inch telescope on Mount Wilson, as it looked in the 1920s.",
                         position="Right", credit="Drawing: Selma Orrin, Northfield Observatory Trust")),
        dict(label="Chapter 3", title="The Law of Recession", paras=[
            "Hubble and his assistant Milton Humason combined distances with Slipher’s speeds. In 1929 Hubble published a graph showing that the speed of a galaxy grows in step with its distance. The Belgian priest Georges Lemaître had reached the same result two years earlier in a little-read journal.",
            "If everything is moving apart, then long ago everything must have been close together. That idea grew into the theory of the Big Bang, though Hubble himself was always careful about what his measurements meant.",
        ]),
    ],
    sidebar=dict(title="A Mistake in the Numbers", paras=[
        "Hubble’s first figure for the rate of expansion was about seven times too large, which made the universe seem younger than the Earth. Better measurements in the 1950s removed the puzzle.",
    ]),
    pullquote="“The history of astronomy is a history of receding horizons.”",
)


def gold(name):
    d = DOCS[name]
    title = " ".join(d["title_lines"])
    secs = [dict(label=None, title=title, blocks=[dict(kind="paragraph", text=d["intro"])])]
    for s in d["sections"]:
        blocks = [dict(kind="paragraph", text=p) for p in s["paras"]]
        if s.get("caption"):
            c = s["caption"]
            blocks.append(dict(kind="caption", text=c["text"], position=c["position"], credit=c["credit"]))
        secs.append(dict(label=s["label"], title=s["title"], blocks=blocks))
    sb = d["sidebar"]
    secs.append(dict(label=None, title=sb["title"], blocks=[dict(kind="paragraph", text=p) for p in sb["paras"]]))
    return dict(title=title, running=d["running"], sections=secs)


# ---- additional paragraphs (kept separate so the main texts above stay readable) ----
_EXTRA = {
    ("ur_royal_cemetery_1927", 0): "The work was slow and careful by the standards of the day. Woolley trained a foreman from Jerablus, Sheikh Hamoudi, and paid his diggers a small reward for every object they handed in, so that finds would not vanish into the markets of Baghdad.",
    ("ur_royal_cemetery_1927", 2): "Woolley was also a gifted writer. His popular books and his lectures, illustrated with photographs of the gold, drew large crowds, and the novelist Agatha Christie, who visited the dig, later married his young assistant Max Mallowan.",
    ("ur_royal_cemetery_1927", "sb"): "The real importance of the find lay elsewhere: the graves showed a rich and skilled society in Sumer some four and a half thousand years ago.",
    ("voyager_record_1977", 0): "A copy of the record was fixed to the side of each spacecraft in an aluminium case.",
    ("voyager_record_1977", 2): "Both spacecraft are still sending faint signals home, although their power is slowly running out and their instruments are being switched off one by one to save what is left.",
    ("voyager_record_1977", "sb"): "Other choices caused arguments too. A picture of a naked man and woman was refused by NASA, which feared complaints, and a drawing in outline was sent instead.",
    ("transistor_1947", 0): "The laboratory already knew that some crystals, such as silicon and germanium, conducted electricity in unusual ways that depended on tiny amounts of impurity. These materials are called semiconductors.",
    ("transistor_1947", 2): "Bardeen left Bell Laboratories, moved to a university and won a second Nobel Prize in 1972 for his work on superconductivity. He is still the only person to have won the physics prize twice.",
    ("transistor_1947", "sb"): "Today most transistors are made of silicon, which copes better with heat, and billions of them fit on a single chip no bigger than a fingernail.",
    ("colossus_computer_1944", 0): "Tunny carried the most secret messages of the war, including orders about the defence of France. Reading them quickly mattered far more than reading them perfectly.",
    ("colossus_computer_1944", 2): "Two machines were kept and moved to the new intelligence headquarters at Cheltenham, where they worked into the 1950s.",
    ("colossus_computer_1944", "sb"): "Its designers never claimed more for it. Flowers said only that it did the job for which it was built, and that was enough.",
    ("nazca_lines_1927", 0): "Most of the lines are straight and run for kilometres across the plateau, crossing hills and dry valleys without turning aside. Others form triangles, spirals and long trapezoids that look like runways.",
    ("nazca_lines_1927", 2): "The greatest danger today comes from people. Lorries have left tracks across the figures, and in 2014 activists damaged the ground beside the hummingbird when they laid out a banner.",
    ("nazca_lines_1927", "sb"): "Some visitors still argue that the figures can only have been planned from above, but the straight lines need no more than sight along a row of poles.",
    ("hubble_expansion_1929", 0): "Leavitt was paid a few cents an hour and was never allowed to choose her own research. She died in 1921, before anyone understood how much her careful work would matter.",
    ("hubble_expansion_1929", 2): "Albert Einstein had added a term to his equations to keep the universe still. After visiting Mount Wilson in 1931 he gave it up, and later called it his greatest mistake.",
    ("hubble_expansion_1929", "sb"): "Since 2018 astronomers have recommended calling the result the Hubble–Lemaître law, to give the Belgian his due.",
}
for (_n, _i), _p in _EXTRA.items():
    if _i == "sb":
        DOCS[_n]["sidebar"]["paras"].append(_p)
    else:
        DOCS[_n]["sections"][_i]["paras"].append(_p)

_EXTRA2 = {
    ("voyager_record_1977", 1): "A whole section is given to pictures of people at work and at home: a woman in a supermarket, a family at dinner and children at school.",
    ("transistor_1947", 1): "The two men worked side by side, Bardeen suggesting what to try next and Brattain building it with great skill at his bench, often on the same afternoon.",
    ("colossus_computer_1944", 1): "Operators, most of them young women of the Women’s Royal Naval Service, set the switches, loaded the tape loops and worked in shifts through the day and night.",
    ("nazca_lines_1927", 1): "Reiche died in 1998 and was buried near the lines. Her house is now a small museum, where her tools and notebooks are on show.",
    ("nazca_lines_1927", 0): "The people who made them, known to archaeologists as the Nazca culture, also left fine painted pottery and clever underground channels that still carry water to the fields.",
    ("hubble_expansion_1929", 0): "Leavitt published her result in a short note signed by the director of the observatory. The relation she found is still in use, refined by later measurements made from space.",
    ("hubble_expansion_1929", 1): "Humason had started at the observatory as a mule driver and a janitor, and had no formal schooling beyond the age of fourteen, yet he became one of the most skilled observers of his time.",
    ("hubble_expansion_1929", 2): "The Hubble Space Telescope, launched in 1990 and named in his honour, was built partly to pin down the rate of expansion, and it has measured the distances of Leavitt’s stars in faraway galaxies.",
}
for (_n, _i), _p in _EXTRA2.items():
    DOCS[_n]["sections"][_i]["paras"].append(_p)
DOCS["colossus_computer_1944"]["sidebar"]["paras"][-1] += " Its real legacy was the men and women who learnt electronics there."
# the Voyager caption (the record's cover) belongs with section 5.3, which describes the cover
DOCS["voyager_record_1977"]["sections"][2]["caption"] = DOCS["voyager_record_1977"]["sections"][1].pop("caption")
