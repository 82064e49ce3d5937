# -*- coding: utf-8 -*-
"""All texts of the six exhibits (my own words). ' ¦ ' marks a place where the printed paragraph is
interrupted (page turn, column foot, caption); gold joins it with one space."""

CUT = " ¦ "

DOCS = {}

# ---------------------------------------------------------------- PDF 1: large-print guide (PlutoBook breaks lines)
DOCS["roentgen_xrays_1895"] = dict(
    kicker="Gallery 4 · Large print",
    title_lines=["The New Light:", "Wilhelm Röntgen and the X-rays, 1895"],
    intro="On a November evening in 1895 a physics professor in Würzburg noticed a faint glow on a screen across his "
          "darkened laboratory. Within weeks, pictures of the bones inside a living hand were being printed in "
          "newspapers around the world.",
    running=["Large print guide", "The New Light", "Halden Street Museum of Medicine", "Page 1 of 4", "Page 2 of 4",
             "Page 3 of 4", "Page 4 of 4"],
    sections=[
        dict(label="Room 1", title="A Glow in the Dark", paras=[
            "Wilhelm Conrad Röntgen was fifty years old in 1895 and the head of the physics institute at the "
            "University of Würzburg. He was a careful, private man who did most of his experiments alone. Like many "
            "physicists of the time, he was working with cathode-ray tubes, glass bulbs pumped almost empty of air, "
            "through which a high voltage was passed.",
            "On the evening of 8 November he had covered a tube with black card so that no light could escape. Yet a "
            "small screen painted with barium platinocyanide, lying on a bench some distance away, began to shine "
            "each time the current was switched on. Something invisible was leaving the tube, passing through the "
            "card and reaching the screen."],
         caption=dict(text="A gas-filled tube of the kind Röntgen used, with its electrodes sealed into the glass.",
                      position="Left", credit="Halden Street Museum of Medicine, HSM 1962.114")),
        dict(label="Room 2", title="Seven Weeks Alone", paras=[
            "For the next seven weeks Röntgen hardly left the laboratory, and he is said to have eaten and slept "
            "there. He tested the rays against paper, wood, a thick book and sheets of metal. Most materials let them "
            "through; lead stopped them. When he held a small lead disc in front of the screen, he saw the shadow of "
            "the disc and, around it, the faint outline of the bones of his own fingers.",
            "Because he did not know what the rays were, he called them X-rays, using the letter that mathematicians "
            "give to an unknown quantity. Just before Christmas he asked his wife, Anna Bertha, to rest her hand on "
            "a photographic plate for fifteen minutes. The picture showed her bones and her wedding ring. She is "
            "reported to have said that she had seen her own death."],
         caption=dict(text="A print made from a copy of the plate of Anna Bertha Röntgen’s hand, with her ring.",
                      position="Above", credit="Lent by the Ostler Collection, Bristol")),
        dict(label="Room 3", title="Round the World in a Month", paras=[
            "Röntgen sent his paper, On a New Kind of Rays, to the local scientific society on 28 December, and on "
            "New Year’s Day he posted printed copies, with pictures, to physicists across Europe. A Vienna newspaper "
            "had the story within days, and by the end of January 1896 it had been reported in London, New York "
            "and far beyond.",
            "Doctors saw the use at once. Within weeks X-rays were being used to find needles in hands and bullets "
            "in limbs, and to set broken bones. Fairground showmen offered to photograph the bones of paying "
            "customers, and a London firm advertised underwear that it claimed the rays could not see through.",
            "Nobody yet knew that the rays could harm. Early workers who tested tubes on their own hands suffered "
            "burns, and some later died of cancer. Röntgen himself took no patent, saying that the discovery belonged "
            "to everyone, and in 1901 he received the first Nobel Prize in Physics. He gave the prize money to his "
            "university."],
         caption=None),
    ],
    sidebar=dict(title="What Is an X-ray?", paras=[
        "X-rays are a form of light, like radio waves or the rays that tan the skin, but with a far shorter "
        "wavelength and far more energy. That is why they pass through flesh, which is made mostly of light "
        "elements, while bone, rich in calcium, and metals such as lead absorb them. In 1912 Max von Laue showed that "
        "crystals could scatter X-rays in regular patterns, which proved that they were waves, and the method he "
        "began is still used to work out the shapes of molecules."]),
    pullquote="“I did not think; I investigated.”",
    pullquote_by="Röntgen, asked what he thought when he saw the glow",
    note="Note: in German the rays are still usually called Röntgenstrahlen, a name Röntgen himself disliked.",
    table_title="The first report",
    table=[("Sent", "28 December 1895"), ("To", "Würzburg Physical-Medical Society"),
           ("Title", "On a New Kind of Rays"), ("Length", "Ten printed pages")],
)

# ---------------------------------------------------------------- PDF 2: A3 wall panel in bands
DOCS["davy_lamp_1815"] = dict(
    kicker="PANEL 5 · SAFETY UNDERGROUND",
    title_lines=["A Flame in a Cage:", "Humphry Davy’s Safety Lamp, 1815"],
    intro="In the coal pits of north-east England a single candle could set off an explosion that killed dozens of "
          "men. In 1815 a chemist in London found a way to let miners carry a light without firing the gas.",
    running=["Rainton Bridge Mining Museum · The Deep Pits", "Panel 5"],
    sections=[
        dict(label="A", title="Firedamp", paras=[
            "As mines went deeper in the years around 1800, miners met more and more firedamp, a gas given off by "
            "the coal itself and made mostly of methane. Mixed with air in the right amount, it exploded at the touch "
            "of a naked flame. Miners worked by candlelight, and some pits used a steel mill, a wheel that struck "
            "sparks from a flint, which gave a feeble light and was thought, wrongly, to be safe.",
            "In May 1812 an explosion at Felling Colliery near Gateshead killed ninety-two men and boys, the youngest "
            "of them eight years old. A local clergyman, John Hodgson, wrote an account of the disaster and helped to "
            "found a society to look for ways of preventing such accidents."],
         caption=None),
        dict(label="B", title="The Chemist at the Royal Institution", paras=[
            "In 1815 the society asked Humphry Davy, the most famous chemist in Britain, for help. Davy visited the "
            "pits, took bottles of firedamp back to his laboratory at the Royal Institution in London, and worked on "
            "the problem with his assistant, the young Michael Faraday.",
            "He found that a flame would not pass through a narrow tube or a fine metal mesh, because the metal drew "
            "away the heat so quickly that the gas on the far side never became hot enough to burn. His lamp "
            "surrounded the flame with a cylinder of iron gauze, with" + CUT + "about seven hundred holes to the "
            "square inch. When firedamp was present it burned harmlessly inside the gauze as a pale blue cap, which "
            "also warned the miner of danger.",
            "Davy took out no patent and would accept no payment from the mine owners, though in 1817 they "
            "presented him with a silver dinner service."],
         caption=dict(text="A brass and iron-gauze lamp of the Davy pattern, carried at a Durham colliery.",
                      position="Right", credit="Rainton Bridge Mining Museum, RB 1974.8, gift of the Lumley family")),
        dict(label="C", title="A Quarrel and a Mixed Blessing", paras=[
            "At almost the same time George Stephenson, then an enginewright at Killingworth Colliery, designed a "
            "lamp of his own with small holes at the top and bottom, and he tested it in the pit himself. Davy’s "
            "supporters accused him of copying, and his backers answered with a public subscription in his honour. "
            "In the north-east his lamp, called the Geordie, stayed in use for a century.",
            "The lamps saved many lives, but they also allowed owners to open seams that had been too dangerous to "
            "work, and explosions went on. The gauze could be damaged, and in a strong draught the flame could be "
            "driven through it. Safety lamps were still carried to test for gas long after electric lights had taken "
            "over the work of lighting the coal face."],
         caption=None),
    ],
    sidebar=dict(title="How Did a Deputy Test for Gas?", paras=[
        "A deputy inspecting a working turned down the wick of his lamp until the flame was small, then raised the "
        "lamp slowly towards the roof, where firedamp, being lighter than air, collects. A thin blue cap appearing "
        "over the flame showed that gas was present, and its height gave a rough measure of how much. Reading the "
        "cap took practice, and deputies were trained to judge it to within a part or two in a hundred."]),
    pullquote="The gauze cooled the flame before it could reach the gas outside.",
    note="* Davy left the service to be sold after his death; the money founded the Davy Medal of the Royal Society.",
    table_title="Two lamps of 1815",
    table=[("Lamp", "Davy", "Stephenson"), ("Guard", "iron gauze", "glass, perforated cap"),
           ("Known as", "the Davy", "the Geordie"), ("Patent", "none", "none")],
)

# ---------------------------------------------------------------- PDF 3: catalogue entry with numbered paragraphs
DOCS["venus_de_milo_1820"] = dict(
    kicker="Cat. 23 · Plaster cast",
    number="23",
    title_lines=["The Venus de Milo:", "Found on Melos, 1820"],
    intro="In April 1820 a farmer on the Aegean island of Melos dug up the upper half of a marble woman near the "
          "ruins of an ancient theatre. Within a year she was in Paris, and she has been one of the most famous "
          "statues in the world ever since.",
    tombstone=["Plaster cast after the marble original in the Louvre, Paris", "Cast about 1890 · Height 204 cm",
               "Charterhouse Gallery of Casts, CGC 118"],
    running=["Casts and Originals", "Catalogue of the Exhibition", "46", "47"],
    sections=[
        dict(label="I", title="A Find in a Field", paras=[
            "The farmer, Yorgos Kentrotas, was taking stone from an old wall when he came upon a niche holding the "
            "statue in two large pieces, with several smaller fragments. A young French naval officer, Olivier "
            "Voutier, who had come ashore to look for antiquities, saw the find and urged him to keep digging. "
            "Voutier made a sketch, and the news reached the French consular agent on the island.",
            "Another officer, Jules Dumont d’Urville, later famous as an explorer of the Pacific and the Antarctic, "
            "saw the statue a few days afterwards and described it in a report that reached the French ambassador "
            "in Constantinople, the Marquis de Rivière. The ambassador sent his secretary to buy it."],
         caption=None),
        dict(label="II", title="A Contested Purchase", paras=[
            "By the time the secretary arrived, the island’s notables, anxious not to offend the Ottoman authorities, "
            "had agreed to sell the statue to a Greek priest acting for a powerful official, and it had been carried "
            "down to the shore. What happened next is told differently by different witnesses. Some French accounts "
            "speak of a scuffle on the beach in which the arms were broken off; most historians now doubt this and "
            "think that the arms were already missing when the statue was found.",
            "In the end the French paid, the statue was shipped, and early in 1821 the Marquis de Rivière presented "
            "it to King Louis XVIII, who gave it to the Louvre."],
         caption=None),
        dict(label="III", title="Who Is She?", paras=[
            "The statue is usually called Aphrodite, the goddess the Romans knew as Venus, although nothing on it "
            "names her. A fragment of a plinth found with it carried the name of a sculptor, Alexandros of Antioch on "
            "the Maeander, and its lettering dated the work to the late second century BC, much later than the "
            "classical age the French had hoped for. That fragment was later lost, and some have suspected that it "
            "was allowed to disappear.",
            "The missing arms have been restored on paper many times. She may have held an apple, the prize of "
            "Paris, or a shield or a mirror, or rested an arm on a pillar. France had lately been obliged to return "
            "the Medici Venus to Florence after the fall of Napoleon, and the new statue was welcomed as a "
            "replacement. Plaster casts of her were soon sent to art schools across Europe and America, and the cast "
            "in this room was made for one of them."],
         caption=dict(text="The cast in the gallery’s sculpture hall in 1911, with students drawing from it.",
                      position="Left", credit="Photograph: Charterhouse Gallery of Casts archive, P 311")),
    ],
    sidebar=dict(title="Why Were the Arms Never Replaced?", paras=[
        "Restorers in the eighteenth century usually gave ancient statues new arms, heads and noses, often in the "
        "taste of their own day. By 1820 opinion had begun to change, and the Louvre decided to show the Venus as "
        "she had been found. A marble hand holding an apple, dug up at the same place, is kept in the museum, but "
        "whether it belongs to the statue is still argued over."]),
    notes=["1 The officers’ letters and memoirs were written down years, in some cases decades, after the event.",
           "2 The cast was bought in 1891 for £14 from a Paris workshop; the invoice survives."],
    pullquote="“She came to Paris as the answer to a loss.”",
)

# ---------------------------------------------------------------- PDF 4: A3 landscape with a depth scale
DOCS["trieste_dive_1960"] = dict(
    kicker="THE DEEP OCEAN · PANEL 3",
    title_lines=["Seven Miles Down:", "The Trieste in the Challenger Deep,", "23 January 1960"],
    intro="On a January morning in 1960 two men sealed themselves inside a steel ball hung beneath a float full of "
          "petrol and sank to the deepest known point of the ocean. For more than fifty years nobody went there "
          "again.",
    running=["Hallam Quay Museum of the Deep · Gallery 3", "3"],
    sections=[
        dict(label="Stage 1", title="A Balloon for the Sea", paras=[
            "The Trieste was designed by the Swiss physicist Auguste Piccard, who in the 1930s had taken balloons "
            "higher into the sky than anyone before him. He saw that the same idea could work upside down. A "
            "bathyscaphe, or deep boat, had a large float filled with petrol, which is lighter than water and hardly "
            "squeezed by pressure, and beneath it a small steel sphere for the crew, just large enough for two people to sit in.",
            "To sink, the crew let sea water into tanks at the ends of the float; to rise, they dropped tons of iron "
            "shot held in hoppers by electromagnets. If the power failed, the magnets let go and the boat rose by "
            "itself. The Trieste was built in Italy and launched in 1953, and Piccard and his son Jacques took it "
            "to more than three thousand metres. In 1958 the United States Navy bought it."],
         caption=dict(text="A builder’s model of the Trieste, with the crew sphere slung beneath the float.",
                      position="Above", credit="Hallam Quay Museum of the Deep, HQ 1988.31")),
        dict(label="Stage 2", title="Five Hours in the Dark", paras=[
            "For the deepest dive the navy fitted a new, thicker sphere, made by Krupp in Germany, with walls about "
            "thirteen centimetres thick. The crew were Jacques Piccard and a young navy lieutenant, Don Walsh. The "
            "dive began a little after eight in the morning, some two hundred miles south-west of Guam, above the "
            "Challenger Deep in the Mariana Trench.",
            "The sphere was cold and damp, and the two men sat cramped together, watching the depth gauge and the "
            "dark water through a small window of acrylic plastic. At about nine thousand metres they heard a loud "
            "crack; it was found later that a window in the entrance" + CUT + "tunnel had split. They decided to go "
            "on. Just after one in the afternoon, nearly five hours after leaving the surface, they settled gently "
            "onto a floor of soft pale ooze."],
         caption=dict(text="Piccard and Walsh in the sphere before the dive, a photograph lent to the museum.",
                      position="Below", credit="Lent by the Fennick family")),
        dict(label="Stage 3", title="Twenty Minutes on the Bottom", paras=[
            "Through the window Piccard reported seeing a flat fish, like a sole, moving away across the floor. If "
            "he was right, it showed that animals with backbones could live even at that pressure, but many "
            "biologists now doubt that it was a fish. The stirred-up ooze soon clouded the water, and no photographs "
            "could be taken.",
            "After about twenty minutes they released ballast and rose, reaching the surface a little before five in "
            "the afternoon. The next people to reach the bottom of the Challenger Deep were the film director James "
            "Cameron, alone, in 2012, and a string of explorers in the years after him."],
         caption=None),
    ],
    sidebar=dict(title="How Great Is the Pressure?", paras=[
        "At the bottom of the Challenger Deep, almost eleven kilometres down, the water presses on every square "
        "centimetre with a weight of more than a tonne, over a thousand times the pressure of the air at sea level. "
        "The sphere of the Trieste shrank very slightly as it went down, and its window was a cone of plastic that "
        "pressed more tightly into its seat the deeper it sank. Every joint and seal had been tested in a pressure tank before the dive."]),
    pullquote="Five hours down. Twenty minutes on the floor. Three hours back.",
    note="† Depths are given as measured in 1960; later surveys put the deepest point a few metres lower.",
    scale=["0 m", "1,000 m", "2,000 m", "3,000 m", "4,000 m", "5,000 m", "6,000 m", "7,000 m", "8,000 m",
           "9,000 m", "10,000 m", "10,900 m"],
)

# ---------------------------------------------------------------- DOCX: docxtpl
DOCS["mendel_peas_1866"] = dict(
    kicker="Garden Gallery · Case 2",
    title_lines=["Round or Wrinkled?", "Gregor Mendel’s Peas, 1866"],
    intro="In a monastery garden in Brno, a friar spent eight years crossing pea plants and counting their seeds. "
          "The paper he published in 1866 was hardly read in his lifetime, but it laid the foundation of genetics.",
    running=[],
    sections=[
        dict(label="Bed 1", title="The Friar and the Garden", paras=[
            "Johann Mendel was born in 1822 into a farming family in Silesia, then part of the Austrian empire. Short "
            "of money for his studies, he entered the Augustinian abbey of St Thomas in Brno in 1843 and took the "
            "name Gregor. The abbey was a centre of learning, and the abbot later sent him to the University of "
            "Vienna, where he studied physics, mathematics and botany.",
            "He twice failed the examination to become a fully qualified teacher, but he taught at a school in Brno "
            "for many years as a substitute. In a strip of the abbey garden about thirty-five metres long, he began "
            "around 1856 to grow peas. He also kept bees and recorded the weather for the town."],
         caption=None),
        dict(label="Bed 2", title="Counting Peas", paras=[
            "Mendel chose the garden pea because it was easy to grow, had many varieties that bred true, and "
            "usually fertilised itself, so that he could control its crosses by hand. He covered the flowers with small bags of paper or cloth so that insects could not bring stray pollen. He followed seven characters, "
            "each in two forms: round or wrinkled seeds, yellow or green seeds, tall or short stems, and four "
            "more." + CUT + "Over about eight years he grew and examined some twenty-eight thousand plants.",
            "When he crossed round-seeded plants with wrinkled ones, all the offspring had round seeds. But when "
            "those plants fertilised themselves, wrinkled seeds came back in the next generation, in about one seed "
            "out of four. In one experiment he counted 5,474 round seeds and 1,850 wrinkled ones, a ratio of almost "
            "exactly three to one. The other six characters gave much the same result."],
         caption=dict(text="Dried seeds of the round and wrinkled forms, from a pea variety grown in the museum "
                           "garden.", position="Left", credit="Kingsmead Botanic Museum, KBM 2015.40")),
        dict(label="Bed 3", title="Forgotten and Found", paras=[
            "Mendel explained his numbers by supposing that each plant carried two factors for each character, one "
            "from each parent, and that one form could hide the other. He read his paper to the natural history "
            "society of Brno in February and March 1865, and it was printed in the society’s proceedings in 1866. "
            "Copies went to libraries across Europe, but few readers saw its importance. He sent a copy to Carl Nägeli, one of the leading botanists of the day, who replied but was not convinced.",
            "In 1868 Mendel was elected abbot, and his duties left little time for the garden. He died in 1884. In "
            "1900 three botanists working separately, Hugo de Vries, Carl Correns and Erich von Tschermak, reached "
            "similar results and found that Mendel had been there first. Within a few years his factors had a new "
            "name: genes."],
         caption=None),
    ],
    sidebar=dict(title="Why Did the Hawkweed Fail Him?", paras=[
        "On Nägeli’s advice Mendel tried to repeat his work with hawkweed, a common "
        "yellow flower of meadows. The results made no sense: the offspring did not split in the way his peas had, "
        "and Mendel began to doubt that his rules held generally. It is now known that hawkweed often sets seed "
        "without fertilisation, so that its offspring are copies of the mother plant."]),
    pullquote="“My time will come.”",
    pullquote_by="Words attributed to Mendel by a friend",
    footnotes=["The paper’s title in English is Experiments on Plant Hybrids.",
               "The two numbers give a ratio of 2.96 to 1."],
    glossary=[("Hybrid", "the offspring of two different varieties"),
              ("Dominant", "the form that shows in the first cross"),
              ("Recessive", "the form that is hidden, then returns")],
)

# ---------------------------------------------------------------- HTML: Frozen-Flask
DOCS["altamira_cave_1879"] = dict(
    kicker="Exhibition · Painted Caves",
    title_lines=["The Painted Ceiling:", "Altamira, 1879"],
    intro="In the summer of 1879 a girl exploring a cave in northern Spain looked up and saw bison painted across "
          "the rock above her. It took more than twenty years for the experts to believe that the paintings were "
          "really ancient.",
    running=[],
    sections=[
        dict(label="Chamber A", title="A Girl with a Lamp", paras=[
            "Marcelino Sanz de Sautuola was a landowner and amateur naturalist from Santander. Some years earlier a "
            "hunter had come upon the entrance of a cave on land near the village of Santillana del Mar, and in "
            "1879, inspired by the prehistoric tools he had seen at the Paris Exposition the year before, Sautuola "
            "began to dig in its floor for flints and bones.",
            "His eight-year-old daughter, María, came with him. While he dug near the entrance, she wandered with a "
            "lamp into a low side chamber and, according to the family story, called out to her father that there "
            "were painted oxen on the ceiling. The roof was so low that a grown man had to crouch to see it."],
         caption=None),
        dict(label="Chamber B", title="The Bison on the Ceiling", paras=[
            "The chamber holds more than twenty large animals, most of them bison, painted in red and black, with a "
            "few horses and deer and a great hind nearly two metres long. The painters used the natural bulges of "
            "the rock to give the animals bodies that seem to swell out of the stone, and many are shown curled up "
            "or standing with their heads lowered. The colours were made from ochre and charcoal, and some were blown onto the rock.",
            "Sautuola, with the geologist Juan Vilanova y Piera of Madrid, argued that the paintings were as old as "
            "the stone tools on the floor, and in 1880 he published a short account with a drawing of the" + CUT +
            "ceiling. He sent copies to scholars in Spain and abroad and waited for them to agree."],
         caption=dict(text="A copy of a curled-up bison from the painted ceiling, in chalk and charcoal on paper.",
                      position="Above", credit="Linhope Museum of Early Art, LM 1935.21")),
        dict(label="Chamber C", title="Too Good to Be True", paras=[
            "Most French prehistorians, led by Émile Cartailhac, refused to believe it. The paintings were too "
            "skilful, too fresh and too well preserved, they said, to be the work of ice-age hunters, and some "
            "hinted that Sautuola had hired a painter. The paintings were dismissed at an international congress of prehistorians held in Lisbon in 1880. Sautuola died in 1888, still under suspicion.",
            "In the 1890s and 1900s paintings and engravings were found in caves in south-west France, some sealed "
            "behind deposits that could not have been disturbed. In 1902 Cartailhac published an article admitting "
            "that he had been wrong, and he travelled to Altamira to meet María. Most of the painted ceiling is now "
            "thought to be between about twenty thousand and fourteen thousand years old, and some marks in the cave "
            "are older still."],
         caption=None),
    ],
    sidebar=dict(title="Why Is the Cave Closed?", paras=[
        "After the Second World War Altamira drew so many visitors that by the 1970s more than a hundred thousand "
        "people a year were walking through it. Their breath and warmth changed the air of the cave, and green mould "
        "began to grow on the walls. The cave was closed in 1977, reopened to small numbers, and closed again in "
        "2002. Most visitors now see a full-size copy in the museum nearby, and a handful, chosen by lot, are let in "
        "each week."]),
    timeline=[("1868", "A hunter finds the cave entrance"), ("1879", "María sees the painted ceiling"),
              ("1880", "Sautuola publishes his account"), ("1902", "Cartailhac admits his mistake"),
              ("1977", "The cave is closed to the public")],
)


def clean(t):
    return t.replace(CUT, " ")


def gold(name):
    d = DOCS[name]
    title = " ".join(d["title_lines"])
    secs = [dict(label=None, title=title, blocks=[dict(kind="paragraph", text=d["intro"])])]
    for s in d["sections"]:
        blocks = [dict(kind="paragraph", text=clean(p)) for p in s["paras"]]
        if s.get("caption"):
            c = s["caption"]
            blocks.append(dict(kind="caption", text=c["text"], position=c["position"], credit=c["credit"]))
        secs.append(dict(label=s["label"], title=s["title"], blocks=blocks))
    sb = d["sidebar"]
    secs.append(dict(label=None, title=sb["title"], blocks=[dict(kind="paragraph", text=p) for p in sb["paras"]]))
    return dict(title=title, running=list(d["running"]), sections=secs)
