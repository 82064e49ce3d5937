# -*- coding: utf-8 -*-
"""All texts of the round-41 hand-laid exhibit set.

Markers inside paragraph strings (removed for the gold, replaced by the generators):
  {FIG}      the place where a picture/caption/aside interrupts the paragraph
  {N1} {N2}  note marks
  {BREAK}    a forced break (column/page/aside) chosen by the generator
Museums, lenders, credits and accession numbers are invented.
"""
import re

EX = {}

# ---------------------------------------------------------------- 1 Linear B
EX["linear_b_1952"] = dict(
    kind="pdf",
    kicker="Catalogue essay 4",
    title_lines=["Reading Linear B:", "Michael Ventris and the Knossos Tablets, 1952"],
    intro=("For half a century the clay tablets from Knossos kept their secret. Then, in the summer of 1952, "
           "a young London architect announced on the radio that the language hidden in the signs was Greek, "
           "written some seven hundred years before Homer."),
    sections=[
        dict(label="Step 1", title="Tablets Without a Voice", paras=[
            ("When Arthur Evans began digging at Knossos in Crete in 1900, he soon found thousands of small clay "
             "tablets scratched with a script nobody could read. He called the commoner of two related scripts "
             "Linear B. The tablets had never been meant to last: they were unbaked clay, and they survived only "
             "because the fire that destroyed the palace had hardened them.{N1}"),
            ("Evans published only a small part of his finds, and he was sure that the language behind them was "
             "Minoan, unrelated to anything known. In 1936 he gave a lecture in London about his discoveries. "
             "In the audience was a fourteen-year-old schoolboy, Michael Ventris, who is said to have asked {FIG}"
             "whether the tablets had been deciphered. He never lost interest in the problem."),
        ], caption=dict(text="A tablet from Knossos listing chariot wheels, shown here as a plaster cast made in 1911.",
                        position="Above",
                        credit="Cast: Pellow Bequest, Greyfriars Museum of Writing, GMW 1911.40")),
        dict(label="Step 2", title="Patterns in the Signs", paras=[
            ("In 1939 the American archaeologist Carl Blegen found a second archive of Linear B tablets at Pylos, "
             "on the Greek mainland, and a script written in both places could hardly be the private property of "
             "Crete. Meanwhile Alice Kober, a classicist in Brooklyn, studied the words themselves. She showed that "
             "some groups of signs shared a stem and changed their endings, as words do in languages with "
             "grammatical cases."),
            ("Kober concluded that most signs stood for a syllable, a consonant followed by a vowel, and that "
             "signs sharing an ending must share a consonant or a vowel. She died in 1950, before she could go "
             "further, but her method gave Ventris the tool he needed."),
            ("Ventris had served as a navigator in the Royal Air Force and trained as an architect. He worked on "
             "the tablets in the evenings, sending duplicated work notes to a small circle of scholars. He arranged "
             "the signs in a grid, with rows for signs thought to share a consonant and columns for those "
             "thought to share a vowel, without yet giving any of them a sound."),
        ]),
        dict(label="Step 3", title="The Words Come Out Greek", paras=[
            ("Early in 1952 he tried a guess. Certain words appeared only on tablets from Crete, and he wondered "
             "whether they might be the names of Cretan towns. Reading them as Knossos, Amnisos and Tulissos gave "
             "sounds for a handful of signs, and the grid spread those sounds to many others. To his surprise the "
             "words that emerged looked like an early form of Greek, a result he had not expected."),
            ("On 1 July 1952 he explained his solution in a talk on BBC radio. The Cambridge philologist John "
             "Chadwick offered his help, and the two wrote a joint paper the next year. In 1953 Blegen cleaned a "
             "newly found tablet from Pylos that showed drawings of tripod cauldrons beside the word "
             "ti-ri-po-de, exactly as the new readings predicted.{N2} Ventris was killed in a road accident in "
             "1956, only weeks after he and Chadwick had finished their book on the documents."),
        ]),
    ],
    sidebar=dict(title="Who Wrote the Tablets?", paras=[
        ("The tablets are not letters or poems but the working files of palace clerks. They count sheep and "
         "wool, list bronze given to smiths, record rations for workers and note the wheels kept in store. "
         "Study of the handwriting suggests that a few dozen scribes wrote the tablets at Knossos, each with "
         "habits of his own."),
    ]),
    pull="“The grid did not read the tablets. It only told Ventris which guesses would cost him least.”",
    notes={"N1": "* Most tablets were filed in wicker baskets or wooden boxes; the seals of the boxes survive.",
           "N2": "† The tripod tablet is Pylos Ta 641. The cast shown in the next room was made in 1954."},
    table=[("Sign", "Sound", "Found in"), ("*08", "a", "a-mi-ni-so (Amnisos)"), ("*70", "ko", "ko-no-so (Knossos)"),
           ("*52", "no", "ko-no-so (Knossos)"), ("*69", "tu", "tu-ri-so (Tulissos)")],
    running=["Scripts Unlocked", "Greyfriars Museum of Writing", "Catalogue of the Exhibition", "24", "25"],
)

# ---------------------------------------------------------------- 2 Amundsen
EX["amundsen_pole_1911"] = dict(
    kind="pdf",
    kicker="Gallery 3 · The race for the South Pole",
    title_lines=["Ninety-Nine Days:", "Amundsen at the South Pole, 1911"],
    intro=("On 14 December 1911 five Norwegians and sixteen dogs stood at the southern end of the Earth. "
           "Their leader, Roald Amundsen, had planned the journey as carefully as a railway timetable, and "
           "almost everything went as he intended."),
    sections=[
        dict(label="Leg 1", title="A Change of Course", paras=[
            ("Amundsen had borrowed Fridtjof Nansen’s ship Fram for a long drift across the Arctic Ocean. When "
             "two Americans, Frederick Cook and Robert Peary, each claimed in 1909 to have reached the North "
             "Pole, the prize he wanted seemed to be gone, and he quietly turned south instead."),
            ("He told most of his crew only when the ship called at Madeira in September 1910. From there he sent "
             "a short telegram to Robert Falcon Scott, whose British expedition was already on its way to the "
             "Antarctic, telling him that Fram too was heading south."),
            ("The change of plan was kept from the newspapers and even from Nansen until the ship had sailed. "
             "Amundsen feared that the Norwegian government, or his creditors, might stop him, and he argued that "
             "a success in the south would pay for the Arctic drift later."),
        ], caption=dict(text="Fram in the ice of the Bay of Whales, from a glass negative taken in February 1911.",
                        position="Right",
                        credit="Photograph: Hovland Polar Archive, Tromsø, HPA 1911-017")),
        dict(label="Leg 2", title="Depots on the Barrier", paras=[
            ("In January 1911 the Norwegians built a hut they called Framheim on the ice of the Ross Barrier, "
             "at the Bay of Whales. It was a day’s march nearer the pole than Scott’s base,{N1} but it stood on "
             "floating ice that no one had dared to use before."),
            ("Before winter came they laid depots of seal meat and fuel at 80, 81 and 82 degrees south, marking "
             "each with a long line of flags set across the route so that a party returning in poor light could "
             "not miss it. A start in early September, when the cold fell below minus fifty degrees, ended in "
             "retreat and a bitter quarrel with the veteran Hjalmar Johansen, who was left out of the polar party."),
            ("The final party set out on 20 October with four sledges and fifty-two dogs. They climbed a glacier "
             "Amundsen named after Axel Heiberg to the high plateau. At a camp they called the Butcher’s Shop "
             "twenty-four dogs were killed, as planned, to feed the rest and the men."),
        ]),
        dict(label="Leg 3", title="Polheim and Home", paras=[
            ("On 14 December Amundsen, Olav Bjaaland, Helmer Hanssen, Sverre Hassel and Oscar Wisting reached the "
             "pole. They spent three days taking sights and skiing out in a square to be sure of the spot, and "
             "they left a small tent with a letter for King Haakon and a note asking Scott to forward it."),
            ("They were back at Framheim on 25 January 1912, ninety-nine days after leaving it, with eleven dogs. "
             "Scott’s party reached the pole on 17 January, found the tent, and died on the return march. The "
             "world heard of Amundsen’s success in March, when Fram reached Hobart and he sent his telegrams."),
        ], caption=dict(text="Snow goggles carved from wood, of the kind the Netsilik people showed Amundsen.",
                        position="Left",
                        credit="Lent by the Skaret Collection, Oslo, SK 44")),
    ],
    sidebar=dict(title="Why Dogs and Skis?", paras=[
        ("On his earlier voyage through the Northwest Passage Amundsen had spent two winters beside Netsilik "
         "families and learnt how they travelled and dressed. He chose fur clothing, dogs that could be fed on "
         "one another, and men who were expert skiers; Bjaaland had been a champion. Scott relied mostly on "
         "ponies, motor sledges and his men’s own strength."),
    ]),
    pull="“The pole was reached on a timetable, not by luck.”",
    notes={"N1": "† About 100 km nearer than Scott’s hut at Cape Evans on Ross Island."},
    running=["Nordkapp Hall of Polar Travel · Gallery 3", "Panel 7"],
)

# ---------------------------------------------------------------- 3 Photo 51
EX["photo_51_1952"] = dict(
    kind="pdf",
    kicker="Case 2 · Label sheet",
    title_lines=["Photograph 51:", "Rosalind Franklin at King’s College, 1952"],
    intro=("In May 1952 an X-ray photograph of a thread of DNA showed a clear cross of dark spots. The objects in "
           "this case follow the picture from the laboratory where it was made to the model of the double "
           "helix, and to the argument about credit that followed."),
    sections=[
        dict(label="1", title="The Photograph", paras=[
            ("Photograph 51 was taken by Raymond Gosling, a research student, working under Rosalind Franklin. "
             "The thread of DNA was exposed to the X-ray beam for many hours. The cross of spots shows that the "
             "molecule is a helix, and the spacing of the spots gives its dimensions."),
            ("Franklin measured the pattern with great care. She was cautious about building models before the "
             "measurements allowed it, and she filed the photograph while she finished her analysis of the "
             "drier form."),
        ], tomb=("May 1952", "Gelatin silver print from the original negative", "Lent by the Aldous Trust")),
        dict(label="2", title="Two Forms of DNA", paras=[
            ("Franklin arrived at King’s College London in January 1951. By controlling how damp her samples were "
             "she found that DNA takes two forms, a drier crystalline form and a wetter one that gave the simpler "
             "pattern seen in Photograph 51."),
            ("Her notebook records the humidity, the exposure and the result of each attempt, with small sketches "
             "of the patterns."),
        ], tomb=("1951–1952", "Notebook, ink and pencil on paper", "Lent by the Aldous Trust")),
        dict(label="3", title="A Camera for Wet Fibres", paras=[
            ("This small camera held a single fibre in a stream of hydrogen kept at a chosen humidity. Franklin "
             "adapted it herself, and it allowed exposures lasting a whole weekend without the sample drying out."),
            ("The fibres were thinner than a human hair and had to be drawn out by hand under a microscope."),
        ], tomb=("1951", "Brass, steel and glass", "Gift of Dr E. Varley, 1987 (SG 1987.6)"),
           caption=dict(text="The camera opened to show the fibre holder.", position="Above",
                        credit="Photograph: Tom Ellery, Harwell Road Science Gallery")),
        dict(label="4", title="Shown Without Her Knowledge", paras=[
            ("In January 1953 Maurice Wilkins, who worked in the same laboratory, showed the photograph to James "
             "Watson of Cambridge. A report containing her measurements also reached Francis Crick. Neither "
             "Franklin nor Gosling was told."),
            ("Watson later wrote that the moment he saw the picture his mouth fell open. The model he and Crick "
             "built in the weeks that followed depended on it."),
        ], tomb=("1953", "Typescript report, carbon copy", "Harwell Road Science Gallery, SG 2003.11")),
        dict(label="5", title="Three Papers in Nature", paras=[
            ("On 25 April 1953 the journal Nature printed Watson and Crick’s short paper proposing the double "
             "helix. Two papers from King’s followed it in the same issue, one of them by Franklin and Gosling, "
             "whose photograph supported the model."),
            ("Read quickly, the order of the papers suggested that the King’s work merely confirmed the model, "
             "when in fact it had helped to shape it."),
        ], tomb=("25 April 1953", "Printed journal", "Harwell Road Science Gallery, SG 1999.2")),
        dict(label="6", title="After King’s", paras=[
            ("Franklin moved to Birkbeck College that spring and turned to the structure of viruses, where her "
             "work was widely admired. She died of cancer in 1958, aged thirty-seven, four years before the Nobel "
             "Prize was awarded to Watson, Crick and Wilkins."),
            ("The prize is never given after death, so she could not have shared it. Her part in the story was "
             "argued over for decades afterwards."),
        ], tomb=("about 1956", "Model of a virus, wood and plastic", "Lent by Birkbeck, University of London")),
    ],
    sidebar=dict(title="What Does an X-ray Pattern Show?", paras=[
        ("When X-rays pass through a regular structure they are scattered in some directions more than others. "
         "A photographic film records the result as a pattern of spots. It is not a picture of the molecule, and "
         "working back from the spots to the shape takes careful measurement and calculation."),
        ("Franklin had learnt the technique in Paris, where she spent three years studying the structure of coal "
         "and carbon before she came to London."),
    ]),
    running=["Harwell Road Science Gallery · Label copy", "Sheet 2"],
)

# ---------------------------------------------------------------- 4 OED
EX["oxford_dictionary_1884"] = dict(
    kind="pdf",
    kicker="Readers and Words · No. 3",
    title_lines=["Every Word", "Has a History:", "The New English Dictionary, 1884"],
    intro=("In January 1884 a paper-bound volume of 352 pages went on sale in Oxford. It covered the words from A "
           "to Ant, and it was the first part of the largest dictionary of English ever attempted."),
    sections=[
        dict(label="A", title="A Plan from the Philological Society", paras=[
            ("In 1857 Richard Chenevix Trench read a paper to the Philological Society in London on the "
             "shortcomings of English dictionaries. He argued that a dictionary should record every word in the "
             "language, with quotations showing when each first appeared and how its meanings changed."),
            ("Earlier dictionaries, including Samuel Johnson’s, had chosen the words they thought worth keeping "
             "and defined them largely from their compilers’ own knowledge. Trench wanted a record of usage, not a "
             "judgement of taste."),
            ("The society took up the plan. Its first editor, Herbert Coleridge, died in 1861, and his successor, "
             "Frederick Furnivall, was better at starting projects than finishing them. For nearly twenty years "
             "the work went forward slowly, and many of the quotations collected were lost or damaged."),
        ], caption=dict(text="A reader’s slip for the word abandon, sent to Mill Hill in 1880.",
                        position="Below",
                        credit="Wrexham Street Library, Slip Collection no. 1442")),
        dict(label="B", title="The Scriptorium at Mill Hill", paras=[
            ("In 1879 the Oxford University Press agreed to publish the dictionary, with James Murray, a Scottish "
             "schoolmaster at Mill Hill School, as its editor. Murray built an iron shed in his garden and called "
             "it the Scriptorium. Inside, he and his assistants sorted slips into more than a thousand "
             "pigeonholes."),
            ("Murray issued an appeal for volunteer readers to copy out quotations on slips of paper of a standard "
             "size. Hundreds of people answered, and the slips arrived by the sackful. One of the most productive "
             "readers was William Chester Minor, an American army surgeon held at Broadmoor asylum, who sent "
             "thousands of quotations over many years."),
            ("Sorting was slow work. Every slip for a word had to be read, grouped by meaning and arranged by "
             "date before a definition could be written, and a single common word might need weeks."),
        ]),
        dict(label="C", title="A Long Way from A to Z", paras=[
            ("The publishers had hoped for a complete dictionary within about ten years. The first part showed how "
             "unrealistic that was, and in 1885 Murray moved to Oxford, where a second Scriptorium was built in "
             "his garden on the Banbury Road. Further editors, among them Henry Bradley and William Craigie, took "
             "charge of other letters."),
            ("Murray died in 1915 while working on the letter T. The last part was published in 1928, and the "
             "completed dictionary filled ten large volumes. In 1933 it was reissued under the title by which it "
             "is known today, the Oxford English Dictionary."),
            ("By then the dictionary held more than four hundred thousand words and phrases, illustrated by almost "
             "two million quotations chosen from the slips. Supplements have been added ever since."),
        ]),
    ],
    sidebar=dict(title="What Went on a Slip?", paras=[
        ("Each slip carried a headword at its top left, then the date, the author, the title of the book and the "
         "sentence in which the word was used. Readers were asked to look out for rare words but also for common "
         "ones, because the ordinary uses were the easiest to overlook."),
        ("Slips that arrived without a date or a page number could not be used, and Murray’s assistants spent "
         "many hours in libraries checking them."),
    ]),
    pull="“A dictionary written by its readers, one slip of paper at a time.”",
    notes={"N1": "* The slip shown is a modern copy; the original is too fragile to display."},
    table=[("Year", "Part published"), ("1884", "A – Ant"), ("1888", "volume one complete (A and B)"),
           ("1928", "the final part, V – Z")],
    running=["ABANDON — ANTIQUARY", "84"],
)

# ---------------------------------------------------------------- 5 Great Wave (DOCX)
EX["great_wave_1831"] = dict(
    kind="docx",
    kicker="Room 6 · Prints from Edo",
    title_lines=["Under the Wave off Kanagawa:", "Hokusai’s Great Wave, about 1831"],
    intro=("The most famous image in Japanese art was made to be sold cheaply in a shop in Edo. It shows three "
           "boats in a rising sea, and Mount Fuji, very small, waiting calmly behind them."),
    sections=[
        dict(label="Print 1", title="A Series of Views of Fuji", paras=[
            ("Katsushika Hokusai was about seventy when the publisher Nishimuraya Yohachi began to issue his "
             "Thirty-six Views of Mount Fuji, around 1830. The mountain was a sacred place and a popular goal for "
             "pilgrims, and views of it sold well. The series proved so successful that ten more designs were "
             "added to the original thirty-six."),
            ("The Great Wave was probably among the first designs to be printed. Hokusai signed it with one of the "
             "many names he used during his long career, adding that he had formerly been called Hokusai."),
            ("The design is read from right to left, as a Japanese reader would read a page. Seen that way, the "
             "boats are rowing into the wave rather than being swept away by it, and the eye travels across the "
             "sea to the mountain."),
        ]),
        dict(label="Print 2", title="Carved, Inked and Printed", paras=[
            ("Like all such prints, the Great Wave was the work of several hands. Hokusai drew the design, a "
             "carver cut it into a block of cherry wood, and a printer inked the block and rubbed sheets of "
             "paper against it by hand. Each colour needed a block of its own, and the sheets had to be laid "
             "with care so that the colours met their outlines."),
            ("The deep blue of the wave came from Prussian blue,{N1} a synthetic pigment imported through the Dutch "
             "{BREAK}trading post at Nagasaki and newly cheap in the late 1820s. Unlike the plant blues used before, it "
             "did not fade quickly, and the publisher advertised the series for its blue."),
            ("Thousands of impressions were printed until the blocks wore down. Early impressions have crisp lines "
             "and a pale pink sky at the top; in late ones the lines of the boats are broken and the colours "
             "are laid more carelessly."),
        ], caption=dict(text="An early impression, with the pink sky still visible at the top of the sheet.",
                        position="Right",
                        credit="Lent by the Harrow Vale Collection of Japanese Prints, HV 212")),
        dict(label="Print 3", title="A Wave Goes West", paras=[
            ("After Japan opened its ports to foreign trade in the 1850s, prints by Hokusai reached Europe in "
             "large numbers. Painters in Paris collected them eagerly, and Vincent van Gogh wrote to his brother "
             "about the claws of Hokusai’s wave."),
            ("The flattened space, the bold outlines and the cropped forms of such prints encouraged artists to "
             "break with the rules of perspective that had been taught in European academies for centuries."),
            ("In 1905 the composer Claude Debussy chose the wave for the cover of his orchestral work La Mer. "
             "Since then the image has been copied on everything from posters to tea towels, and the boatmen are "
             "still bending to their oars."),
        ]),
    ],
    sidebar=dict(title="How Many Survive?", paras=[
        ("No one knows exactly how many impressions of the Great Wave were printed, but estimates run to several "
         "thousand. Cheap prints were pasted on walls and thrown away when they faded, and perhaps a hundred "
         "or so are now kept in public collections around the world."),
        ("Because the paper and the blue are both sensitive to light, a print is shown for only a few months and "
         "then rests in the dark for several years."),
    ]),
    pull="“A view of Fuji in which the mountain is the smallest thing in the picture.”",
    notes={"N1": "1 Prussian blue was first made in Berlin early in the eighteenth century."},
    running=[],
)

# ---------------------------------------------------------------- 6 Tube map (HTML)
EX["tube_map_1933"] = dict(
    kind="html",
    kicker="Online exhibition · Design for Travel",
    title_lines=["Straight Lines Under London:", "Harry Beck’s Tube Map, 1933"],
    intro=("In 1933 London Underground gave its passengers a pocket map that ignored the real shape of the city. "
           "It was drawn in an engineer’s spare time, and its plan of straight lines and even spaces is still "
           "copied by transport systems across the world."),
    sections=[
        dict(label="1", title="Maps That Followed the Streets", paras=[
            ("The first maps of the Underground railways were drawn over ordinary street plans. As the lines "
             "stretched out into the suburbs in the 1920s, the problem grew worse: stations in the centre were "
             "crowded together, while those at the ends of the lines lay far apart, and the map had to be shrunk "
             "to fit on a single sheet."),
            ("Some designers had already squeezed the outer areas to make room, but the lines still twisted as "
             "the tunnels did. For a passenger who only needed to know where to change trains, most of that "
             "detail was of no use at all."),
            ("The Underground was run by a company that cared a great deal about design. Its posters, its lettering "
             "and its station buildings were commissioned from leading artists and architects, and the map was "
             "expected to match them."),
        ]),
        dict(label="2", title="A Draughtsman’s Diagram", paras=[
            ("Harry Beck was an engineering draughtsman who had worked for the Underground’s signal office. In "
             "1931, while he was out of regular work, he drew a new plan in his own time. He kept only three "
             "directions for the lines, horizontal, vertical and diagonal, spaced the stations more evenly and "
             "enlarged the crowded centre."),
            ("The publicity department at first thought the design too radical. In 1932 it agreed to a trial "
             "printing of a small folding edition, which was handed out early in 1933. Passengers liked it "
             "so much that {FIG}a far larger printing soon followed, and Beck was paid a fee of a few guineas."),
        ], caption=dict(text="The first pocket edition of Beck’s diagram, unfolded.",
                        position="Above",
                        credit="Greyhound Lane Transport Collection, GL 1933/7")),
        dict(label="3", title="Revisions and Disputes", paras=[
            ("For more than twenty-five years Beck kept redrawing the map as lines were extended and stations "
             "opened or closed. He tried several ways of showing interchanges before settling on linked circles."),
            ("He also drew versions for posters on station walls and a diagram of the Paris Métro that was never "
             "adopted. Each new edition was checked by the Underground’s own staff, and some of his changes were "
             "made against his wishes."),
            ("In 1960 the Underground published a version drawn by someone else, and Beck, who believed the "
             "design was his to revise, was left out. He protested for years without success and died in 1974. "
             "Since 1997 the pocket map has carried a line saying that its design comes from his original of "
             "1931, and a plaque marks the house in Leyton where he was born."),
        ]),
    ],
    sidebar=dict(title="Was It Really Like a Circuit Diagram?", paras=[
        ("It is often said that Beck based his design on the wiring diagrams he drew at work. He never put it "
         "quite that way himself, and the straight lines may owe as much to earlier railway diagrams. What is "
         "certain is that he treated the map as a problem of connections rather than distances."),
        ("Beck’s own explanation was simpler: he thought that a passenger underground did not care where the "
         "train was, only where it would stop."),
    ]),
    pull="“A passenger underground needs to know the order of the stations, not the bends of the tunnels.”",
    notes={},
    running=[],
)

ORDER = ["linear_b_1952", "amundsen_pole_1911", "photo_51_1952", "oxford_dictionary_1884",
         "great_wave_1831", "tube_map_1933"]

MARK = re.compile(r"\{(FIG|N\d|BREAK)\}")


def clean(s):
    return re.sub(r"\s+", " ", MARK.sub("", s)).strip()


def gold(name):
    e = EX[name]
    title = " ".join(e["title_lines"])
    secs = [dict(label=None, title=title, blocks=[dict(kind="paragraph", text=clean(e["intro"]))])]
    for s in e["sections"]:
        blocks = [dict(kind="paragraph", text=clean(p)) for p in s["paras"]]
        c = s.get("caption")
        if c:
            blocks.append(dict(kind="caption", text=c["text"], position=c["position"], credit=c["credit"]))
        secs.append(dict(label=s["label"], title=s["title"], blocks=blocks))
    sb = e["sidebar"]
    secs.append(dict(label=None, title=sb["title"], blocks=[dict(kind="paragraph", text=clean(p)) for p in sb["paras"]]))
    return dict(title=title, running=list(e["running"]), sections=secs)


def para_words(name):
    g = gold(name)
    return sum(len(b["text"].split()) for s in g["sections"] for b in s["blocks"] if b["kind"] == "paragraph")


if __name__ == "__main__":
    for n in ORDER:
        print(n, para_words(n))
