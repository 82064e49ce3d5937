# -*- coding: utf-8 -*-
"""All exhibit texts. Markers inside paragraph strings (stripped for the gold):
  {*} {†} {1} {2}  note marks (rendered as superscripts / symbols)
  ¦                 a place where the document interrupts the paragraph (jump, column split, picture)
"""
import re

def clean(s):
    s = re.sub(r"\{[^}]*\}", "", s)
    s = s.replace("¦", "")
    return re.sub(r"\s+", " ", s).strip()

def parts(s):
    """split at ¦ into pieces, keeping note marks"""
    return [p.strip() for p in s.split("¦")]

# ---------------------------------------------------------------- phonograph (Prince, A3 wall panel)
PHONOGRAPH = dict(
    name="phonograph_1877",
    kicker="SOUND AND THE MACHINE · PANEL 4",
    title_lines=["Mary Had a Little Lamb:", "Edison’s Talking Machine, 1877"],
    intro="In the last weeks of 1877 a young inventor in New Jersey shouted a nursery rhyme into a mouthpiece, turned a crank, and heard his own voice come back out of a sheet of tinfoil. Nobody had recorded sound and played it back before.",
    sections=[
        dict(label="A", title="The Inventor of Menlo Park", paras=[
            "In 1876 Thomas Alva Edison, then twenty-nine, moved his workshop from Newark to the village of Menlo Park in New Jersey. He promised a minor invention every ten days and a big one every six months, and the long wooden laboratory he built there, with its machinists, glassblowers and chemists, was something new: a place set up to invent for a living.",
            "Much of the work there was on the telegraph and the telephone. Edison had been a telegraph operator as a young man and was partly deaf, and he was looking for a way to record the dots and dashes of a message on paper tape so that it could be sent again later at a higher speed.",
        ], caption=dict(position="Left", text="A tinfoil phonograph of the kind built at Menlo Park in 1878, with its brass cylinder and hand crank.", credit="Lent by the Grafton Collection of Scientific Instruments, GC 1878.4")),
        dict(label="B", title="Halloo into a Funnel", paras=[
            "In the summer of 1877, while working on a telephone transmitter, Edison noticed that a needle fixed to a vibrating diaphragm could prick a pattern into paper, and he wondered whether the pattern could be made to give back the sound. In late November he sketched a machine with a grooved cylinder wrapped in tinfoil and handed the drawing to his machinist John Kruesi, who built it in a few days.",
            "Edison turned the crank and shouted the rhyme about Mary and her little lamb into the mouthpiece. When the needle was set back to the start and the crank turned again, the machine spoke the words back, faintly but clearly. He said later that he had never been so taken aback in his life.",
            "In December he carried the machine to the offices of the Scientific American in New York, where it asked the editors how they were and bid them good night. The report that followed brought crowds of reporters to Menlo Park, ¦and the newspapers soon called Edison the wizard of the place.",
        ], caption=dict(position="Right", text="John Kruesi, the Swiss-born machinist who built the first phonograph, photographed about 1880.", credit="Photograph: Morristown Historical Society, MHS/P/2271")),
        dict(label="C", title="A Toy That Waited Ten Years", paras=[
            "Early in 1878 Edison formed a company to make the phonograph, and showmen took it on tours where audiences paid to hear their own voices. He listed ten uses for it, among them dictating letters, recording books for the blind, teaching languages, preserving the last words of the dying and making clocks that called out the time.",
            "Yet the tinfoil wore out after a few playings, and the sound was thin. The public soon lost interest, and Edison turned to the electric light. Only in the late 1880s, after Alexander Graham Bell’s associates had improved the idea with cylinders of wax, did he come back to it, and the gramophone of Emile Berliner, which played flat discs, followed soon after.",
        ], caption=None),
    ],
    sidebar=dict(title="How Did Tinfoil Hold a Voice?", paras=[
        "Sound is a rapid shaking of the air. In the phonograph the voice shook a thin diaphragm at the narrow end of a mouthpiece, and a steel needle fixed to the diaphragm pressed a groove of varying depth into the tinfoil wrapped round the turning cylinder. To play the sound back, a second needle and diaphragm followed the groove, and its little hills and hollows shook the diaphragm as the voice had once shaken it. The foil could be played only a few times before the needle flattened it.",
    ]),
    pullquote="A voice, for the first time, could be kept in a drawer and heard again next week.",
    footer_left="Hollins Street Museum of Sound · Gallery 2",
    footer_right="Panel 4",
)

# ---------------------------------------------------------------- kodak (Prince, A3 landscape newsletter, outer side: p.4 | p.1)
KODAK = dict(
    name="kodak_camera_1888",
    kicker="NEW IN THE CAMERA ROOM",
    title_lines=["You Press the Button,", "We Do the Rest:", "The Kodak Camera, 1888"],
    intro="In the summer of 1888 a small black box went on sale in New York. It cost twenty-five dollars, came loaded with film for a hundred pictures, and needed no skill at all. Its maker called it the Kodak.",
    sections=[
        dict(label="1", title="A Bank Clerk’s Hobby", paras=[
            "George Eastman was born in 1854 in the state of New York and left school at fourteen to support his widowed mother and his sisters. He was working as a junior clerk in a Rochester savings bank when he planned a holiday in 1877 and was advised to take photographs of it. The outfit he bought, with its tent, chemicals, glass plates and heavy tripod, was, he said, as big as a packhorse load.",
            "He never took the holiday, but he took up photography. Reading British journals, he learned of the new dry plates, which could be coated in advance and developed long after exposure, and he began to make them himself in his mother’s kitchen at night. By 1881 he had left the bank and founded a company to sell them.",
        ], caption=dict(position="Above", text="One of the first Kodak cameras, with its leather case and the string that set the shutter.", credit="Brindley Museum of Photography, BMP 1888.12, gift of Mrs Aileen Ostrow")),
        dict(label="2", title="One Hundred Pictures in a Box", paras=[
            "Glass was heavy and broke easily, so Eastman and his assistant William Walker designed a holder that carried a long roll of paper coated with emulsion. Professional photographers were not much interested. Eastman decided that the customers he needed were people who had never taken a photograph at all.",
            "The camera he put on sale in 1888 was a plain box about six inches long, with a fixed lens and no viewfinder; two lines on the top showed roughly where it was pointing. The owner pulled a string to set the shutter, pressed a button, and turned a key to wind on the film. When all hundred exposures had been used, the whole camera was posted back to the factory in Rochester, ¦where the film was developed and printed and the camera was reloaded and returned, with the prints, for ten dollars.{*}",
        ], caption=None),
        dict(label="3", title="Snapshots for Everyone", paras=[
            "Eastman chose the name himself. He liked the letter K, which he thought strong and incisive, and wanted a word that was short, could not be misspelled, and meant nothing in any language. The slogan, You press the button, we do the rest, appeared in the first advertisements.",
            "The prints were round, about two and a half inches across, because the lens gave a sharp picture only in the centre. Within a year Eastman was making film on a clear flexible base instead of paper, worked out by his young chemist Henry Reichenbach, and in 1900 his company brought out the Brownie, a cardboard box camera that sold for one dollar and was aimed at children. Taking pictures had become something that anyone could do.",
        ], caption=None),
    ],
    sidebar=dict(title="What Was Wrong with Glass Plates?", paras=[
        "Before the 1880s most photographers made their own wet plates. A sheet of glass was coated with collodion, dipped in silver nitrate and exposed while still wet, then developed at once, so a darkroom had to go wherever the camera went. Dry gelatine plates, which arrived around 1878, could be bought in boxes and kept for months, but they were still fragile, heavy and costly to carry in any number.",
    ]),
    note="* About two pounds at the time, roughly a week’s wages for a skilled worker.",
    table_title="The Kodak in 1888",
    table=[("Price", "$25, loaded"), ("Film", "100 exposures on a paper roll"), ("Prints", "round, 2½ inches across"), ("Reloading", "$10, with the prints")],
    head_left="Shutter & Lens",
    head_right="Members’ newsletter · Spring 2025",
    footer="Brindley Museum of Photography, Rochdale",
    jump_out="Continued on page 4",
    jump_in="Continued from page 1",
)

# ---------------------------------------------------------------- typewriter (Prince, A4, side-heads in the margin)
TYPEWRITER = dict(
    name="typewriter_1868",
    kicker="CATALOGUE ESSAY 3",
    title_lines=["QWERTY:", "The Typewriter of Sholes and Glidden, 1868"],
    intro="The machine that fixed the order of the letters on almost every keyboard in the world was patented in 1868 by a printer, a lawyer and a machinist who worked together in a small shop in Milwaukee.",
    sections=[
        dict(label="1", title="A Machine Shop in Milwaukee", paras=[
            "Christopher Latham Sholes was a newspaper editor and printer who had also served in the Wisconsin senate. In 1866 he was working with Samuel Soule on a machine to number the pages of books when a friend, Carlos Glidden, suggested that a machine which printed numbers might print letters as well. The three men worked in the machine shop of Charles Kleinsteuber, a meeting place for the inventors of the town.",
            "Their first patent, granted in June 1868, described a machine built rather like a small piano, with a row of keys in a wooden frame. The type bars swung up in a circle and struck the underside of a roller, so that the typist could not see the line being written until the paper had moved on. Sholes went on building new models for years, dozens by some counts, and sent trial machines to stenographers and telegraph offices to be tested and criticised.",
        ], caption=dict(position="Right", text="A model of the 1868 machine, made for the Patent Office, with its piano-style keys.", credit="Lent by the Brule Collection of Patent Models, BC 68.117")),
        dict(label="2", title="Why Q, W, E, R, T, Y?", paras=[
            "Early models jammed when two type bars that lay next to each other in the circle were struck one after the other. Over the next five years Sholes rearranged the letters many times,{1} moving apart some of the pairs that occur together most often in English, though the story that the layout was meant to slow typists down is probably too simple. The order also owes something to telegraph operators, who tested the machines while copying Morse code.",
            "By 1873 the keyboard was close to the one used today. Sholes and his partners had spent their money and needed a manufacturer, and their backer James Densmore offered the rights to E. Remington and Sons of Ilion, New York, who made guns and sewing machines.",
        ], caption=None),
        dict(label="3", title="From Ilion to the Office", paras=[
            "Remington’s version went on sale in 1874 as the Sholes and Glidden Type-Writer. It was decorated with painted flowers like a sewing machine, typed only in capital letters and cost a hundred and twenty-five dollars, a great sum at the time. Few were sold, but Mark Twain bought one and later claimed to be among the first authors to hand a typed manuscript to a publisher.{2}",
            "A second model in 1878 added a shift key, so that the same bars could print both capitals and small letters. In the following decades the typewriter changed offices completely and gave work to thousands of young women as typists and clerks, who were themselves often called typewriters. The keyboard that Sholes left behind was carried on to computers, where nothing needs to be kept from jamming.",
        ], caption=dict(position="Right", text="A Sholes and Glidden Type-Writer of 1874, painted with flowers and gilt lines.", credit="Kettlewell Museum of Office Life, KM.T.0042")),
    ],
    sidebar=dict(title="Who Was Lillian Sholes?", paras=[
        "Sholes’s daughter Lillian tested her father’s machines, and a photograph taken in the early 1870s shows her seated at one of them. It is often described as the first picture of a woman at a typewriter. She is said to have typed many of the letters her father sent to possible backers, which would make her one of the first people anywhere to use a keyboard for daily work. She married and lived until 1939, long enough to see typing taught in every commercial school.",
    ]),
    notes=["1 Sholes sold his share in the patents in 1873 and died in Milwaukee in 1890.",
           "2 Twain’s claim is usually linked with Life on the Mississippi; it is hard to check."],
    pullquote="A printer’s idea, a lawyer’s patience and a machinist’s lathe.",
    table_title="The keyboard, then and now",
    table=[("1868 patent", "two rows of keys, roughly in alphabetical order"), ("1873", "four rows, close to today’s"), ("Top row today", "Q W E R T Y U I O P"), ("Shift key", "added in 1878")],
    head_left="Writing Machines",
    head_right="Catalogue of the Exhibition",
    footer="Kettlewell Museum of Office Life",
)

# ---------------------------------------------------------------- Burke and Wills (Prince, A3 landscape route panel)
BURKE = dict(
    name="burke_wills_1861",
    kicker="ACROSS THE CONTINENT",
    title_lines=["Burke and Wills:", "The Race to the Gulf,", "1860–1861"],
    intro="The best-equipped expedition ever sent into the Australian interior set out from Melbourne to cross the continent from south to north. Its leaders reached the northern coast, but neither of them lived to see the south again.",
    sections=[
        dict(label="1", title="A Grand Start", paras=[
            "On 20 August 1860 some fifteen thousand people gathered in Royal Park, Melbourne, to see off the Victorian Exploring Expedition. Its task was to cross the continent from south to north, about three thousand kilometres, to the Gulf of Carpentaria, and to report on the unknown country in between.",
            "It left with nineteen men, more than twenty camels brought from India, horses, and wagons loaded with some twenty tonnes of stores, among them a cedar dining table and a Chinese gong. Its leader, Robert O’Hara Burke, was an Irish-born police superintendent with no experience of exploring. The surveyor William John Wills, aged twenty-six, later became his second-in-command.",
        ], caption=None, place="Royal Park, Melbourne", date="20 August 1860"),
        dict(label="2", title="Splitting the Party", paras=[
            "The wagons moved slowly over ground made soft by rain, and quarrels began almost at once. At Menindee on the Darling River Burke left most of the stores and some of the men ¦behind, and pressed on with a smaller party to Cooper Creek, where he set up a depot camp in November.",
            "Impatient to reach the coast before anyone else, Burke did not wait for the rest of his supplies. On 16 December he set out for the Gulf with Wills, John King and Charles Gray, six camels, a horse and food for three months, leaving William Brahe in charge at the creek with orders to wait for them.",
        ], caption=dict(position="Below", text="A camel saddle used on the expedition, made in Melbourne of leather, wood and felt.", credit="Lent by the Wimmera Historical Society, WHS 1860/4"), place="Menindee", date="October 1860"),
        dict(label="3", title="Nine Hours Too Late", paras=[
            "The four men reached the mangrove swamps near the mouth of the Flinders River in February 1861 but could not get through to the open sea. On the way back the rains and the heat wore them down. Gray died on the track, and the survivors lost a day burying him.",
            "They staggered into the depot at Cooper Creek on the evening of 21 April. Brahe, who had waited more than four months and had sick men of his own, had left that same morning. He had buried food at the foot of a coolibah tree and cut a message into its trunk.",
        ], caption=dict(position="Above", text="The depot at Cooper Creek, a sketch made by a member of the relief party in 1861.", credit="State Library Reserve, Bendigo, SLR.PIC.2219"), place="Gulf of Carpentaria", date="February 1861"),
        dict(label="4", title="Found by the Yandruwandha", paras=[
            "Too weak to catch up with Brahe, the three men tried to reach a police station at Mount Hopeless in South Australia and failed. The Yandruwandha people of the creek gave them fish and nardoo, a kind of seed cake, but Burke quarrelled with them, and by the end of June both he and Wills had died.",
            "King was looked after by the Yandruwandha until a search party under Alfred Howitt found him in September, thin and barely able to speak. The bodies of the two leaders were taken to Melbourne at the end of 1862 for a state funeral, watched by a crowd even larger than the one that had seen them off.",
        ], caption=None, place="Cooper Creek", date="April 1861"),
    ],
    sidebar=dict(title="What Was Carved on the Dig Tree?", paras=[
        "Brahe cut the word DIG into the coolibah with the date, and the box of food he had buried lay about a metre from the trunk. Burke’s party dug it up, ate, and buried it again with a note, but they did not change the message on the tree, so when Brahe came back a few weeks later he saw no sign that they had been there. The tree still stands beside Cooper Creek in Queensland.",
    ]),
    pullquote="Three of the four men who reached the Gulf never came home.",
    footer_left="Royal Park Museum of Exploration · Gallery 5",
    footer_right="Panel 2",
)

# ---------------------------------------------------------------- Elgin (DOCX, docx-mailmerge2 on a hand-written template)
ELGIN = dict(
    name="elgin_marbles_1816",
    kicker="CASTS AND COLLECTORS · BAY TEXTS",
    title_lines=["Stone from the Acropolis:", "Lord Elgin’s Marbles, 1816"],
    intro="In 1816 Parliament paid thirty-five thousand pounds for a collection of sculpture taken from the Parthenon in Athens. The purchase made the marbles public property in London, and it has been argued over ever since.",
    sections=[
        dict(label="Bay A", title="The Ambassador’s Permit", paras=[
            "Thomas Bruce, seventh Earl of Elgin, became British ambassador to the Ottoman sultan in 1799. Athens was then a small provincial town of the Ottoman Empire, and the Parthenon, built in the fifth century BC as a temple of Athena, stood on the Acropolis inside a garrison fort, badly damaged by a Venetian bombardment in 1687.",
            "Elgin first meant only to have drawings and plaster casts made, and he hired an Italian painter, Giovanni Battista Lusieri, to lead the work. In 1801 his agents obtained a document from the Ottoman authorities, which survives only in an Italian translation,{1} allowing them to take away pieces of stone with inscriptions or figures. Whether it allowed what followed is still disputed.",
        ], caption=dict(position="Above", text="A plaster cast of a horseman from the west frieze, made in 1802 from the block then still on the building.", credit="Hallam Cast Gallery, HCG 1802.19")),
        dict(label="Bay B", title="Shipping the Sculpture", paras=[
            "Between 1801 and 1805 Elgin’s workmen removed about half of the surviving sculpture from the Parthenon: slabs of the frieze, metopes from above the columns and figures from the pediments. Some blocks were sawn to make them lighter, and a caryatid was taken from the nearby Erechtheion.",
            "The crates went by sea, and in 1802 one of Elgin’s ships, the Mentor, sank off the island of Kythera. Divers from the Greek islands spent two years bringing the cargo up. Elgin himself was arrested in France on his way home in 1803 and held there for three years, and by the time he reached London he was deeply in debt.",
            "Not everyone in Britain approved. The poet Lord Byron attacked Elgin in verse as a plunderer, and when the sculptures were first shown some visitors thought the broken and weathered figures hardly worth the cost of bringing them home.",
        ], caption=None),
        dict(label="Bay C", title="Bought for the Nation", paras=[
            "Elgin showed the marbles in a shed behind his house in Park Lane, where artists came to draw them, and then offered them to the government. Some critics said they were Roman copies of little worth, but the painter Benjamin Robert Haydon and the sculptor Antonio Canova praised them as the finest works of the Greek age.",
            "In 1816 a committee of the House of Commons heard witnesses on how the sculptures had been acquired and what they were worth, and Parliament bought them for thirty-five thousand pounds, less than half of what Elgin said he had spent.{2} They went to the British Museum, where a gallery was later built for them.",
        ], caption=dict(position="Above", text="Visitors drawing in the temporary Elgin Room at the British Museum, from an oil sketch of 1819.", credit="Photograph: Ashworth Fine Art Archive, AFA 1819/07")),
    ],
    sidebar=dict(title="Why Do People Still Argue About Them?", paras=[
        "Greece became independent in the 1830s, and since the early 1980s its governments have asked for the sculptures to be returned. The British Museum answers that they were acquired lawfully and that in London they can be seen beside the art of other ancient peoples. In 2009 a new museum opened at the foot of the Acropolis, with a gallery that leaves spaces for the pieces that are in London. The question has since been raised in Parliament, in the press and at UNESCO, but the sculptures have not moved.",
    ]),
    pullquote="Sawn, crated and shipped, a temple came to London in pieces.",
    endnotes=["The Italian text was copied for Elgin’s chaplain, Philip Hunt, and is the only version known today.",
              "Elgin put his costs at about seventy-four thousand pounds."],
    header="Casts and Collectors",
    footer="Hallam Cast Gallery · Bay texts",
)

# ---------------------------------------------------------------- telephone (HTML, staticjinja)
TELEPHONE = dict(
    name="telephone_1876",
    kicker="Voices on the Wire",
    title_lines=["Mr Watson, Come Here:", "Bell’s Telephone, 1876"],
    intro="In March 1876 a teacher of the deaf spoke into a cup of acid water in a Boston lodging house and was heard by his assistant in the next room. The telephone grew out of years of work on speech, sound and the telegraph.",
    sections=[
        dict(label="Zone 1", title="A Family of Speech Teachers", paras=[
            "Alexander Graham Bell was born in Edinburgh in 1847 into a family that taught speech. His father, Alexander Melville Bell, invented Visible Speech, a set of symbols showing how the mouth and throat shape each sound, and the son used it to teach deaf children. After two of his brothers died of tuberculosis, the family moved to Canada in 1870 for the sake of their health. Deaf pupils and their teachers remained part of his life, and his wife, Mabel Hubbard, had once been one of his pupils.",
            "In 1871 Bell went to Boston to teach at a school for the deaf, and he later became a professor of vocal physiology at Boston University. In the evenings he experimented with a harmonic telegraph, a way of sending several telegraph messages along one wire at once, each on a different musical note.",
        ], caption=None),
        dict(label="Zone 2", title="Two Papers on One Day", paras=[
            "The harmonic telegraph led Bell to wonder whether a wire could carry the continuous changes of the human voice. With the help of a young electrician, Thomas Watson, he built instruments in a workshop in Boston, and his patent application was filed on 14 February 1876.",
            "On the same day Elisha Gray of Chicago filed a caveat, a notice that he intended to patent a similar idea using a liquid transmitter. Which paper reached the office first was argued over in the courts for years, but Bell was granted his patent on 7 March 1876, and it became one of the most valuable ever issued.",
            "Gray’s supporters later claimed that Bell had been shown the caveat and had borrowed the idea of the liquid transmitter from it, a charge that was never proved.",
        ], caption=dict(position="Left", text="A replica of the liquid transmitter Bell used on 10 March 1876, with its cup of acid water.", credit="Photograph: Hollow Lane Museum of Communication, HL 1976.3")),
        dict(label="Zone 3", title="Come Here, I Want to See You", paras=[
            "Three days after the patent was granted, Bell spoke into a transmitter in which a needle dipped into acid water, and Watson heard him in the next room: Mr Watson, come here, I want to see you. That summer Bell showed the telephone at the Centennial Exhibition in Philadelphia, where the emperor of Brazil is said to have exclaimed in surprise when he heard it.",
            "In 1877 the Bell Telephone Company was founded, and within ten years more than a hundred and fifty thousand people in the United States had telephones. Bell himself soon moved on to other work, on sound recording, flying machines and fast boats, and he is said to have kept no telephone in his study, because it interrupted him.",
        ], caption=None),
    ],
    sidebar=dict(title="Who Was Thomas Watson?", paras=[
        "Thomas Augustus Watson was a young machinist at a Boston electrical shop when Bell began to work with him in 1875. He built most of the early instruments and later did well from his shares in the telephone company. In 1915, at the opening of the first telephone line across the United States, Bell in New York repeated his famous words to Watson in San Francisco, who answered that it would now take him a week to get there. By then Watson had built ships, studied geology and toured as an actor.",
    ]),
    pullquote="The wire had carried Morse code for thirty years. Could it carry a whisper?",
)

ALL = [PHONOGRAPH, KODAK, TYPEWRITER, BURKE, ELGIN, TELEPHONE]

def title(e):
    return " ".join(e["title_lines"])

def gold(e, running):
    secs = [dict(label=None, title=title(e), blocks=[dict(kind="paragraph", text=clean(e["intro"]))])]
    for s in e["sections"]:
        b = [dict(kind="paragraph", text=clean(p)) for p in s["paras"]]
        c = s.get("caption")
        if c:
            b.append(dict(kind="caption", text=c["text"], position=c["position"], credit=c["credit"]))
        secs.append(dict(label=s["label"], title=s["title"], blocks=b))
    sb = e["sidebar"]
    secs.append(dict(label=None, title=sb["title"], blocks=[dict(kind="paragraph", text=clean(p)) for p in sb["paras"]]))
    return dict(title=title(e), running=running, sections=secs)

if __name__ == "__main__":
    for e in ALL:
        g = gold(e, [])
        n = sum(len(b["text"].split()) for s in g["sections"] for b in s["blocks"] if b["kind"] == "paragraph")
        print(e["name"], n)
