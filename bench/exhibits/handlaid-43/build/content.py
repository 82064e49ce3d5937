# All texts of the six exhibits (round 40). Gold is written from these same strings.
# A paragraph that the layout interrupts is given as a list of parts; gold joins them with one space.
import json

DOCS = {}

DOCS["herculaneum_papyri_1752"] = dict(
    kicker="Catalogue essay · Room 4",
    title_lines=["Books Turned to Charcoal:", "The Herculaneum Papyri, 1752"],
    intro="In the autumn of 1752 workmen tunnelling through the volcanic rock above Herculaneum broke into a room "
          "lined with shelves of blackened lumps. They were books, and they make up the only library to survive "
          "from the ancient world with its shelves still in place.",
    running=["Buried Libraries: Essay 3", "Dunmore Library of Antiquities", "58", "59"],
    sections=[
        dict(label="Part One", title="The Villa of the Papyri", paras=[
            ["Herculaneum had been buried by the eruption of Vesuvius in AD 79, not under falling ash like Pompeii "
             "but under surges of scorching gas and debris that set into rock many metres deep. From 1738 the "
             "Bourbon king of Naples had engineers dig shafts and tunnels down to the town in search of statues "
             "for his palace at Portici."],
            ["Outside the town walls the Swiss engineer Karl Weber traced the plan of a huge seaside villa, "
             "probably built for Lucius Calpurnius Piso, the father-in-law of Julius Caesar. Its gardens and "
             "colonnades held more than eighty bronze and marble sculptures. In October 1752 the diggers reached a "
             "small room whose walls",
             "were lined with wooden cases, and on the floor lay hundreds of what they first took for lumps of "
             "charcoal or burnt loaves."],
        ], caption=dict(position="Above", text="Karl Weber’s plan of the villa, copied in ink for the exhibition from a later engraving.",
                        credit="Drawing: Molloy Collection, Dunmore Library of Antiquities, DL 412")),
        dict(label="Part Two", title="Unrolling the Unreadable", paras=[
            ["Some of the lumps were thrown away or broken open before anyone noticed the letters on them. Once it "
             "was understood that they were rolls of papyrus, carbonised by the heat, the court looked for a way to "
             "open them. Attempts to cut them lengthwise or to soak them destroyed many."],
            ["In 1753 the Vatican sent Antonio Piaggio, a priest skilled in restoring manuscripts, who built a "
             "wooden frame with silk threads and weights. Scraps of thin membrane were glued to the back of a roll, "
             "and the threads slowly drew each layer away as it was peeled, a few millimetres a day. It took him "
             "about four years to open the first roll, but the machine worked, and the opened columns were copied by hand."],
            ["What the rolls held was a disappointment to scholars who had hoped for lost plays or histories. Most "
             "were works of Epicurean philosophy, many by Philodemus of Gadara, a Greek teacher who lived in Italy "
             "in the first century BC and was a friend of the Piso family. The library seems to have been his, or "
             "built around his books."],
        ]),
        dict(label="Part Three", title="Reading Without Opening", paras=[
            ["Over the following two centuries the rolls were opened by many other methods, some careful and some "
             "ruinous. Around 1800 the Prince of Wales paid for a team to work in Naples, and a few rolls were sent",
             "to England as gifts. Since the 1990s photography in infrared light has made the black ink stand out "
             "from the black papyrus far better than the human eye can see it."],
            ["Hundreds of rolls are still unopened. Researchers have begun to scan them with X-rays, and in 2023 a "
             "prize competition showed that a computer model could pick out letters inside a closed roll, where the "
             "ink leaves a faint texture on the fibres. The first passages read in this way speak of music, food "
             "and pleasure, subjects close to the heart of an Epicurean writer."],
        ]),
    ],
    sidebar=dict(title="Is There More to Find?", paras=[
        "Only part of the villa has ever been dug. Excavations in the 1990s found that the building had lower "
        "floors on the slope towards the old shore, never reached by the Bourbon tunnels. Some scholars believe "
        "that a Latin library may still lie there, beside the Greek one, but digging under the modern town of "
        "Ercolano is slow and costly, and anything exposed to the air must then be protected."]),
    pull="Every scroll opened was also, in part, a scroll destroyed.",
    note="* The younger Pliny described the eruption in two letters to the historian Tacitus.",
    table=("The rolls in brief", [("Found", "1752–1754"), ("Unrolling machine", "from 1753"),
                                   ("Main author", "Philodemus of Gadara"), ("First letters read by X-ray", "2023")]),
)

DOCS["clifton_bridge_1864"] = dict(
    kicker="Bridges of the West · 1754–1864",
    title_lines=["A Bridge Across the Gorge:", "Clifton, 1864"],
    intro="For more than a hundred years Bristol tried to span the Avon Gorge. The suspension bridge that opened in "
          "December 1864 was begun by a young engineer, halted for decades and finished by his friends after his "
          "death.",
    running=["Avon Gorge Museum of Engineering · Gallery 2", "Panel 6"],
    sections=[
        dict(label="1", title="A Legacy and a Competition", paras=[
            ["In 1754 a Bristol wine merchant, William Vick, left money in his will to be saved until it had grown "
             "large enough to build a stone bridge from Clifton Down to Leigh Woods. By the 1820s the fund had "
             "reached several thousand pounds, far short of the cost of stone, and the trustees decided that an "
             "iron suspension bridge was the answer."],
            ["A competition in 1829 drew many designs. The judge, Thomas Telford, the most famous engineer of the "
             "day, rejected them all and offered a design of his own, with tall Gothic towers rising from the "
             "bottom of the gorge. The trustees were not convinced, and a second competition was held."],
        ], caption=dict(position="Above", text="Side view of the finished bridge, drawn to scale for this panel.",
                        credit="Drawing: Gorge Works Design Studio")),
        dict(label="2", title="Brunel’s Design", paras=[
            ["The winner was Isambard Kingdom Brunel, still in his twenties and known until then mainly for his "
             "work on his father’s tunnel under the Thames. He proposed a single span of about 214 metres, longer "
             "than any yet built, hung from two towers on the cliff tops, with Egyptian decoration on the towers "
             "and sphinxes on top of them."],
            ["Work began in 1831 but stopped almost at once because of the riots that broke out in Bristol that "
             "autumn. It started again in 1836, and by 1843 the two towers were standing, but the money had run "
             "out. An iron bar was slung across the gorge, on which visitors could be hauled over in a basket, and "
             "the towers stood unfinished for twenty years. In 1853 the chains",
             "were sold to a railway company in Cornwall for another of Brunel’s bridges."],
        ]),
        dict(label="3", title="Finished by His Friends", paras=[
            ["Brunel died in 1859. Members of the Institution of Civil Engineers decided to complete the bridge "
             "as a memorial to him, and a new company was formed. By good fortune the chains of another of his "
             "bridges, the Hungerford footbridge in London, were for sale, as it was being taken down to make way "
             "for the railway into Charing Cross."],
            ["The engineers William Barlow and John Hawkshaw changed the design, using three chains on each side "
             "instead of two, a wider deck and plainer towers without the sphinxes. The bridge opened on 8 "
             "December 1864 with a procession, bands and a salute of guns."],
            ["The bridge has carried traffic ever since. Its chains hold up a deck that was always meant for "
             "horses and carriages rather than heavy lorries, so a weight limit applies, and a small toll is still "
             "charged to pay for its upkeep, as Vick’s trustees once intended."],
        ], caption=dict(position="Left", text="Crowds on the deck on the opening day, from a photograph.",
                        credit="Lent by the Redcliffe Photographic Society")),
    ],
    sidebar=dict(title="Why Not a Stone Bridge?", paras=[
        "A stone arch across a gap of more than two hundred metres was beyond the engineering of the eighteenth "
        "century, and even in Brunel’s time it would have cost far more than the trustees had. Hanging a road "
        "from chains kept the deck light, and the towers could stand on the rock at the top of the cliffs rather "
        "than at the bottom of the gorge, where the tide of the Avon rises and falls by more than twelve metres."]),
    pull="A road hung in the air, high above the river.",
    note="† The toll for a person on foot was one penny.",
    diagram=["Clifton tower", "Leigh Woods tower", "span about 214 m", "deck about 75 m above high water"],
)

DOCS["frankenstein_1818"] = dict(
    kicker="Handout · The Gothic Imagination",
    title_lines=["The Monster’s Birthplace:", "Mary Shelley’s Frankenstein, 1818"],
    intro="On a stormy night in June 1816, in a villa beside Lake Geneva, a group of friends agreed to write "
          "ghost stories. Only one of them turned her idea into a novel, and Frankenstein has never been out of "
          "print since it appeared in 1818.",
    running=["Reading Room Notes", "Hartwell Museum of Books and Letters", "1", "2"],
    sections=[
        dict(label="A", title="A Wet Summer by the Lake", paras=[
            ["Mary Wollstonecraft Godwin was eighteen. She had left England with the poet Percy Bysshe Shelley two "
             "years before, and in May 1816 they travelled to Switzerland with her stepsister Claire Clairmont and "
             "their baby son. There they met Lord Byron, who had rented the Villa Diodati above the lake, and his "
             "young doctor, John Polidori."],
            ["The eruption of Tambora in the Dutch East Indies the year before had filled the upper air with dust, "
             "and the summer was cold and wet. Kept indoors by thunderstorms, the company read German ghost stories "
             "aloud, and Byron proposed that each of them should write one."],
            ["Byron and Shelley soon lost interest in the game. Polidori began a tale about a lady with a skull for "
             "a head, and Byron wrote a fragment about a traveller who dies in a Turkish graveyard, but Mary went "
             "on brooding over the challenge long after the others had dropped it."],
        ]),
        dict(label="B", title="A Waking Dream", paras=[
            ["For days Mary could think of nothing. Then, as she later told it, after listening to Byron and "
             "Shelley talk about the nature of life and whether a corpse might be brought back by electricity, she "
             "lay awake and saw in her mind a pale student kneeling beside the thing he had put together, as it "
             "began to stir."],
            ["She began with what became the opening of the fifth chapter, the dreary night on which the creature "
             "opens its dull yellow eye, and over the next year, with Shelley reading and correcting, the story grew "
             "into a novel. Polidori also wrote a story that summer, The Vampyre, which was printed in 1819."],
        ], caption=dict(position="Below", text="The Villa Diodati above Lake Geneva, in a print of about 1830.",
                        credit="Hartwell Reading Room, print box 7, no. 22")),
        dict(label="C", title="An Anonymous Novel", paras=[
            ["Frankenstein; or, The Modern Prometheus was published in London on 1 January 1818 in three small "
             "volumes, in an edition of about five hundred copies. It carried no author’s name, only a dedication",
             "to William Godwin, Mary’s father, and a preface by Shelley, and many reviewers took Shelley for the "
             "author."],
            ["A stage version in 1823 made the story known to people who had never read it, and a second edition "
             "that year carried Mary Shelley’s name. In 1831 she revised the text for a cheap one-volume edition "
             "and added an introduction telling how the story began, which is where the tale of the ghost-story "
             "contest comes from."],
            ["By then the creature had taken on a life of its own. Cartoonists used him to stand for anything "
             "monstrous made by human hands, from machines to angry crowds, and his name, or rather his maker’s, "
             "had become a word in its own right."],
        ]),
    ],
    sidebar=dict(title="Is the Creature Called Frankenstein?", paras=[
        "No. Victor Frankenstein is the student who makes him. The creature is never given a name, and he compares "
        "himself to Adam and to the fallen angel. The mix-up began with the stage plays and grew with the films, "
        "above all the one of 1931 in which Boris Karloff wore heavy boots and a flat-topped head."]),
    note="* Most copies of the first edition were bought by circulating libraries.",
    table=("Three texts of the novel", [("1818", "three volumes, no author named"),
                                         ("1823", "two volumes, Mary Shelley named"),
                                         ("1831", "one volume, revised, with a new introduction")]),
)

DOCS["plimsoll_line_1876"] = dict(
    kicker="Gallery of the Sea",
    title_lines=["The Line That Saved Sailors:", "Samuel Plimsoll, 1876"],
    intro="Every cargo ship in the world carries a circle crossed by a line painted on its side. It shows how "
          "deep the ship may safely sit in the water, and it is there because of a campaigning member of "
          "Parliament from Derby.",
    running=["Eastquay Maritime Museum · Gallery of the Sea"],
    sections=[
        dict(label="1", title="Coffin Ships", paras=[
            ["In the middle of the nineteenth century hundreds of British merchant ships were lost every year, "
             "and with them many hundreds of seamen. Some were old and rotten, some were badly loaded, and many "
             "were simply overloaded, sitting so low that a heavy sea could sweep across their decks."],
            ["Owners could insure a ship for more than it was worth, so a wreck might cost them nothing. A sailor "
             "who signed on and then refused to sail in a ship he believed unsafe could be sent to prison for "
             "breaking his agreement."],
            ["A few reformers had argued for a fixed mark on the hull since the 1830s. Lloyd’s Register and some "
             "careful owners used rules of thumb for how much of the side should stand clear of the water, but "
             "nothing was required by law."],
        ]),
        dict(label="2", title="The Sailors’ Friend", paras=[
            ["Samuel Plimsoll, a coal merchant who became Liberal member for Derby in 1868, took up their cause. "
             "In 1873 he published Our Seamen, an angry book full of names, figures and accounts of lost ships, "
             "and he spent his own money on the campaign."],
            ["In July 1875, when the government dropped a bill that would have dealt with the problem, Plimsoll "
             "lost his temper in the House of Commons, called some shipowners villains and shook his fist at the "
             "Speaker. He was made to apologise, but the scene",
             "won him wide public support, and a temporary law was passed within weeks."],
            ["His wife, Eliza, worked with him throughout, answering letters and gathering evidence, and seamen "
             "across the country sent him their stories. Many shipowners hated him, and he faced lawsuits for "
             "libel over the charges in his book."],
        ]),
        dict(label="3", title="A Mark on Every Hull", paras=[
            ["The Merchant Shipping Act of 1876 made a load line compulsory on British ships but left the owners "
             "to decide where to paint it. Only in 1890 did the Board of Trade take over the task of fixing its "
             "height, using tables worked out for different kinds of ship."],
            ["Other countries followed, and in 1930 an international conference agreed on common rules. The mark "
             "now has a circle with a horizontal bar, and beside it a ladder of short lines for fresh and salt "
             "water, summer and winter, and tropical seas, because a ship floats at a different depth in each."],
            ["Plimsoll left Parliament in 1880 but went on campaigning for seamen, and later for the cattle "
             "carried across the Atlantic in crowded ships. He died in Folkestone in 1898."],
        ], caption=dict(position="Left", text="A load-line mark cut in a steel plate, with its lines for fresh water and for winter in the North Atlantic.",
                        credit="Harbour Trust Collection, HT 1977.40")),
    ],
    sidebar=dict(title="Where Is Plimsoll Remembered?", paras=[
        "A memorial with his bust stands in the Victoria Embankment Gardens in London, paid for by seafarers’ "
        "unions. His name also passed into everyday English: the rubber-soled canvas shoes called plimsolls are "
        "said to take their name from the band where the rubber meets the canvas, which looked like the mark on a "
        "ship’s side."]),
    pull="A line of paint, and a lifetime of campaigning.",
    sponsor="Supported by the Coastwise Trust and the Friends of Eastquay Maritime Museum",
    audio="Scan the code for the audio tour · Stop 12",
)

DOCS["gin_lane_1751"] = dict(
    kicker="Prints and Protest · Print Room",
    title_lines=["Mother’s Ruin:", "Hogarth’s Gin Lane, 1751"],
    intro="In February 1751 William Hogarth published two prints, Beer Street and Gin Lane, to support a campaign "
          "against cheap spirits. Gin Lane, with its drunken mother and crumbling houses, became the best-known "
          "image of London’s gin craze.",
    running=[],
    sections=[
        dict(label="Case 1", title="A City Awash with Gin", paras=[
            ["Gin, flavoured with juniper, came to England from the Low Countries. After 1689 the government "
             "encouraged distilling from English grain and taxed French brandy, and anyone could set up a still. "
             "By the 1720s spirits were sold from thousands of shops, stalls and barrows across London, often by "
             "the dram for a penny."],
            ["Most of the drinkers were poor. Gin was cheap, strong and easy to buy, and it offered a few hours of "
             "warmth and forgetting to people living in crowded rooms. Many of the sellers were poor too, often "
             "women working from their own doorways."],
            ["Magistrates and doctors blamed gin for crime, idleness and the deaths of infants. Parliament passed "
             "a string of Gin Acts. The act of 1736 imposed a heavy licence fee and was so widely evaded, and so "
             "hated, that informers who reported illegal sellers were attacked in the street."],
        ]),
        dict(label="Case 2", title="Two Prints for the Price of One", paras=[
            ["Hogarth worked alongside his friend Henry Fielding, the novelist and Bow Street magistrate, who "
             "published a pamphlet on the recent increase of robbers in January 1751. The prints were sold cheaply, "
             "at a shilling each, so that they could reach the people they were meant to warn."],
            ["In Beer Street the citizens are plump, busy and cheerful, and only the pawnbroker’s shop is falling "
             "down. In Gin Lane everything is reversed: the pawnbroker thrives, a carpenter pawns his saw, a "
             "ballad-seller wastes away, and in the foreground a woman with sores on her legs lets her baby fall "
             "over a railing."],
            ["Hogarth filled the background with detail for buyers to puzzle over: an undertaker’s coffin, a "
             "barber who has hanged himself in his ruined shop, and a sign over a cellar promising that customers "
             "could be drunk for a penny and dead drunk for twopence."],
        ], caption=dict(position="Above", text="Gin Lane, etching and engraving, 1751.",
                        credit="Lent by the Tennant Print Room, TPR 88.3")),
        dict(label="Case 3", title="The Act of 1751", paras=[
            ["Later that year Parliament passed a new Gin Act, which stopped distillers from selling to "
             "unlicensed traders and raised the duty again. Together with dearer grain in the years that followed, "
             "it brought the craze to an end, and the amount of spirits drunk in England fell sharply during the "
             "1750s."],
            ["Historians still argue about how much the prints themselves achieved. They were one part of a wider "
             "campaign, but their pictures of ruin have shaped the way the gin craze has been remembered ever "
             "since."],
            ["Hogarth sold impressions of both prints for the rest of his life, and in later years he issued a "
             "reworked plate of Gin Lane. Copies were pinned up in taverns and schoolrooms long after the gin "
             "shops had closed."],
        ]),
    ],
    sidebar=dict(title="Where Is Gin Lane?", paras=[
        "The scene is set in the parish of St Giles, a poor district just north of Covent Garden, and the spire "
        "of its church rises in the background. The slum known as the Rookery stood there until new streets, "
        "among them New Oxford Street, were cut through it in the 1840s."]),
    pull="Beer for strength, gin for ruin: Hogarth put the choice in black and white.",
    notes=["Juniper berries are called genever in Dutch, which gave the drink its English name.",
           "The act is often called the Tippling Act."],
    table=("The Gin Acts at a glance", [("1729", "first licence duty on compound spirits"),
                                        ("1736", "fifty-pound licence; widely evaded"),
                                        ("1743", "lower duties and cheaper licences"),
                                        ("1751", "sales by distillers to unlicensed traders banned")]),
)

DOCS["magna_carta_1215"] = dict(
    kicker="Charters and Chronicles · Room 2",
    title_lines=["The Great Charter:", "Magna Carta at Runnymede, 1215"],
    intro="In June 1215 King John met his rebellious barons in a meadow beside the Thames and agreed to a long "
          "list of promises. The charter failed within weeks, yet it became one of the most famous documents in "
          "the history of law.",
    running=[],
    sections=[
        dict(label="1", title="A King in Trouble", paras=[
            ["John had lost Normandy and most of his family’s lands in France to the French king, Philip Augustus, "
             "by 1204. To raise money for a war to win them back he squeezed his barons with heavy payments, fines "
             "and taxes, and he was quick to seize the lands of those who displeased him."],
            ["When his allies were beaten at the battle of Bouvines in 1214, his plans collapsed. A group of "
             "barons renounced their loyalty early in 1215, and in May the rebels entered London, which opened its "
             "gates to them."],
            ["The barons were not asking for a new kind of government. They wanted the king to keep to the customs "
             "they believed older kings had kept, and to stop treating justice as a source of income."],
        ]),
        dict(label="2", title="The Meadow at Runnymede", paras=[
            ["Negotiations took place at Runnymede, a meadow between the royal castle at Windsor and the rebel camp "
             "at Staines. On or about 15 June the king accepted a draft known as the Articles of the Barons, and in "
             "the days that followed the agreed text was written out in Latin and copies were sent around the "
             "kingdom."],
            ["Most of the charter dealt with the practical grievances of the barons: payments on inheritance, the "
             "rights of widows, the royal forests, weights and measures, and fish weirs on the Thames. Its most "
             "famous clauses promised that no free man would be imprisoned or stripped of his property except by "
             "the lawful judgement of his peers or by the law of the land, and that justice would not be sold, "
             "denied or delayed."],
        ], caption=dict(position="Above", text="A Victorian facsimile of the charter, with a cast of the king’s seal.",
                        credit="Fenwick Hall Library, FH MS 1215.2")),
        dict(label="3", title="Failure and Revival", paras=[
            ["Neither side trusted the other. In August Pope Innocent III declared the charter null and void, and "
             "by the autumn the country was at war again, with the barons inviting the French prince Louis to take "
             "the throne. John died in October 1216, in the middle of the fighting."],
            ["The men governing for his nine-year-old son, Henry III, reissued the charter in 1216 and 1217 to win "
             "back support, leaving out some clauses, and a final version was issued in 1225. That text was "
             "confirmed many times and entered the statute book, and three of its clauses are still law in England "
             "and Wales today."],
            ["Much later, in the seventeenth century, lawyers opposing the Stuart kings read the charter as a "
             "statement of the liberties of every English subject, and settlers carried that reading across the "
             "Atlantic to the American colonies."],
        ]),
    ],
    sidebar=dict(title="How Many Copies Survive?", paras=[
        "Four original copies of the 1215 charter are known. Two are in the British Library, one of them badly "
        "damaged by fire in 1731, and the others belong to the cathedrals of Lincoln and Salisbury. Many more "
        "copies of the later reissues survive, among them a copy of the 1297 text that was sold at auction in 2007 "
        "and is now shown in Washington."]),
    pull="A peace treaty that failed, and a promise that lasted.",
    notes=["Runnymede is now cared for by the National Trust.", "Clause 39 in the usual numbering."],
    timeline=[("1204", "Normandy lost to the French king"), ("1214", "defeat of John’s allies at Bouvines"),
              ("1215", "the charter agreed at Runnymede"), ("1216", "death of King John"),
              ("1225", "the final reissue under Henry III")],
)


def ptext(p):
    return " ".join(p)


def gold(name):
    d = DOCS[name]
    title = " ".join(d["title_lines"])
    secs = [dict(label=None, title=title, blocks=[dict(kind="paragraph", text=d["intro"])])]
    for s in d["sections"]:
        blocks = [dict(kind="paragraph", text=ptext(p)) for p in s["paras"]]
        c = s.get("caption")
        if c:
            blocks.append(dict(kind="caption", text=c["text"], position=c["position"], credit=c["credit"]))
        secs.append(dict(label=s["label"], title=s["title"], blocks=blocks))
    sb = d["sidebar"]
    secs.append(dict(label=None, title=sb["title"], blocks=[dict(kind="paragraph", text=t) for t in sb["paras"]]))
    return dict(title=title, running=d["running"], sections=secs)


def write_gold(outdir):
    import os
    for name in DOCS:
        with open(os.path.join(outdir, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold(name), f, ensure_ascii=False, indent=2)
            f.write("\n")


if __name__ == "__main__":
    import sys
    write_gold(sys.argv[1] if len(sys.argv) > 1 else "..")
    for n in DOCS:
        g = gold(n)
        w = sum(len(b["text"].split()) for s in g["sections"] for b in s["blocks"] if b["kind"] == "paragraph")
        print(n, w)
