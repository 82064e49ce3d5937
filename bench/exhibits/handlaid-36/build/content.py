# All exhibit texts for hand-laid set r33. Every generator and every gold file reads these strings.
# Prose written for this set; museums, lenders, credits and accession numbers are invented.

# ---------------------------------------------------------------- 1. Halibut booklet
MAPPA = dict(
    name="hereford_mappa_mundi_1988",
    title="The World on a Calfskin: The Hereford Mappa Mundi",
    intro="Around the year 1300 a team of scribes and painters drew the whole known world on a single sheet of "
          "vellum. The map has hung in Hereford for most of the seven centuries since, and in 1988 it very nearly "
          "left the city for good.",
    sections=[
        dict(label="Part 1", title="A Single Skin", paras=[
            "The map is drawn on one calfskin, about a metre and a half high and a little more than a metre and a "
            "quarter wide. The neck of the animal forms the pointed gable at the top of the sheet, and the line of "
            "its backbone can still be traced running down the middle. Most of the writing is in black ink, with "
            "red and gold for the most important places and blue and green for seas and rivers, although the "
            "greens have darkened almost to brown.",
            "A note in one corner asks everyone who hears, reads or sees the history to pray for Richard of "
            "Haldingham and Lafford, who made it and laid it out. Historians have long argued about who this "
            "Richard was, and about whether the map was drawn at Lincoln, where a clerk of that name held office, "
            "or at Hereford itself, where it has been kept since at least the end of the Middle Ages.",
        ]),
        dict(label="Part 2", title="Reading the Map", paras=[
            "Like most medieval world maps it is drawn with east at the top, where Paradise appears as a round "
            "island ringed by a wall of fire, with Adam and Eve inside. Jerusalem lies at the exact centre, shown "
            "as a circular walled city. The Mediterranean runs up from the bottom edge of the sheet, and the British "
            "Isles are squeezed into the lower left corner, with Hereford marked beside the River Wye.",
            "It was never meant to guide a traveller from one town to the next. It is an encyclopedia in pictures, "
            "with some five hundred drawings of cities, rivers, animals and peoples taken from classical and "
            "Christian writers. There is a unicorn, a lynx that can see through walls, the pillars of Hercules and "
            "the labyrinth of Crete. Above the whole world Christ sits in judgement, the saved rising on one side "
            "and the damned being led away on the other.",
        ]),
        dict(label="Part 3", title="The Sale That Did Not Happen", paras=[
            "By the 1980s the cathedral needed several million pounds to repair its fabric and had no hope of "
            "raising the money. In 1988 the dean and chapter announced that they meant to sell the map at auction. "
            "The news caused an outcry. Letters filled the newspapers, questions were asked in Parliament, and "
            "many people feared that the treasure would leave the country for a private collection abroad.",
            "The sale never took place. The National Heritage Memorial Fund offered a large grant, and the "
            "philanthropist John Paul Getty Junior gave a further sum, so that a charitable trust could be set up "
            "to keep the map in Hereford. Part of the money paid for a new building to house it together with the "
            "cathedral's chained library.",
        ]),
        dict(label="Part 4", title="A New Home", paras=[
            "The new library building, designed by Whitfield Partners and built of local sandstone, was opened by "
            "the Queen in 1996. Inside, the air is kept at a steady temperature and humidity so that the vellum "
            "neither dries out nor cockles, and the map hangs in dim light in a room of its own.",
            "Scholars have gone on studying it. Close examination has shown where colours were retouched and where "
            "names were added or corrected, and digital imaging has let researchers read inscriptions too faint "
            "for the eye. It remains the largest medieval map of the world to survive complete.",
        ]),
    ],
    appendix=dict(label="Appendix A", title="The Chained Library", paras=[
        "The cathedral also keeps the largest chained library still in use. Each book is fastened by an iron chain "
        "to a rod on its bookcase, so that a reader could take it down and study it at the desk but could not walk "
        "away with it. More than two hundred of the volumes are manuscripts written before the invention of "
        "printing.",
    ]),
)

# ---------------------------------------------------------------- 2. newsletter, three columns
PRIESTLEY = dict(
    name="priestley_oxygen_1774",
    kicker="Friends of the Bowden Hill Science Rooms \u00b7 Newsletter No. 47 \u00b7 Spring",
    title_lines=["Dephlogisticated Air", "Joseph Priestley and the Discovery of Oxygen, 1774"],
    intro="This spring\u2019s exhibition in the Library Room marks the experiment Joseph Priestley made in August "
          "1774, when a burning lens and a little red powder gave him a gas that made a candle blaze and kept a "
          "mouse alive twice as long as ordinary air.",
    sections=[
        dict(label="1", title="A Minister Among the Gases", paras=[
            "Joseph Priestley was born near Leeds in 1733 and trained for the ministry at a dissenting academy, "
            "since as a nonconformist he could not go to Oxford or Cambridge. He taught languages, wrote a grammar "
            "and a history of electricity, and preached wherever a congregation would have him.",
            "His interest in airs began beside a brewery in Leeds, where the vats gave off fixed air, the gas we "
            "now call carbon dioxide. He found that water shaken with it took on a pleasant sparkle, and in 1772 "
            "he published directions for making it, which is how soda water entered the world (Fig. 1).",
        ], caption=dict(num="Fig. 1", text="Glass vessels of the kind Priestley used for collecting airs over water "
                        "and mercury, about 1775.", credit="Lent by the Calne Philosophical Society, CPS 1911.4")),
        dict(label="2", title="The Burning Lens", paras=[
            "In 1773 Priestley became librarian and companion to the Earl of Shelburne at Bowood House in "
            "Wiltshire, which gave him a salary, a house and time for experiments. On 1 August 1774 he turned a "
            "large burning lens on a sample of mercurius calcinatus, the red calx of mercury, sealed in a vessel "
            "over mercury. The heat drove off a gas that made a candle flame burn with remarkable vigour.",
            "Over the following months he tested it further. A mouse shut in a jar of the new air lived far longer "
            "than one in the same quantity of common air, and when Priestley breathed it himself he felt his chest "
            "light and easy for some time afterwards. He wondered whether it might one day become a fashionable "
            "luxury (Fig. 2).",
        ], caption=dict(num="Fig. 2", text="The burning lens, a twelve-inch glass mounted on a stand that could be "
                        "tilted to follow the sun.", credit="Photo: Bowden Hill Science Rooms, BHSR 2004/31")),
        dict(label="3", title="Lavoisier Gives It a Name", paras=[
            "Priestley explained what he had seen in terms of phlogiston, the substance that chemists then believed "
            "escaped from anything that burned. His gas, he reasoned, must contain very little of it and so could "
            "soak up a great deal, and he called it dephlogisticated air.",
            "In October 1774 he travelled with Shelburne to Paris and described his experiment over dinner to "
            "Antoine Lavoisier. Lavoisier repeated it and came to a very different conclusion: the gas was an "
            "element in its own right, and burning was a combination with it, not a loss of anything. He named it "
            "oxyg\u00e8ne, the acid-maker. Priestley never accepted the new chemistry and defended phlogiston for "
            "the rest of his life.",
        ]),
        dict(label="4", title="Fire in Birmingham", paras=[
            "After leaving Shelburne in 1780 Priestley moved to Birmingham, where he joined the Lunar Society and "
            "preached at the New Meeting. His open support for the French Revolution made him enemies. On 14 July "
            "1791 a mob attacked the houses of dissenters, and his home, library and laboratory were burned.",
            "Three years later he sailed for America and settled at Northumberland in Pennsylvania, where he went "
            "on with his experiments until his death in 1804.",
        ]),
    ],
    sidebar=dict(title="Who Got There First?", paras=[
        "The Swedish apothecary Carl Wilhelm Scheele had made the same gas, which he called fire air, a year or "
        "two before Priestley. His book describing it was delayed at the printer and did not appear until 1777, "
        "by which time Priestley\u2019s account had been in print for two years.",
    ]),
    quote="\u201cThe feeling of it to my lungs was not sensibly different from that of common air.\u201d",
    header_left="Friends of the Bowden Hill Science Rooms",
    footer="Newsletter No. 47",
    table_label="Opening hours",
    table_rows=[("Tuesday to Saturday", "10.00\u201316.30"), ("Sunday", "13.00\u201316.30"), ("Monday", "closed")],
)

# ---------------------------------------------------------------- 3. catalogue pages with a full-page picture
SOANE = dict(
    name="soane_sarcophagus_1824",
    kicker="Collection Highlights \u00b7 Lower Ground Floor",
    title_lines=["An Alabaster Coffin", "for a Pharaoh"],
    subtitle="Belzoni, Soane and the Sarcophagus of Seti I",
    intro="In 1824 an architect paid two thousand pounds for a king\u2019s coffin that the British Museum had "
          "turned down, and put it in his basement. The next spring he invited London to come and see it by "
          "lamplight.",
    sections=[
        dict(label="I", title="A Strongman in the Valley", paras=[
            "Giovanni Battista Belzoni was born in Padua in 1778 and came to England as a young man. He was well "
            "over six feet tall, and for some years he earned his living on the London stage as a strongman, "
            "carrying a dozen people on an iron frame strapped to his shoulders.",
            "He went to Egypt in 1815 hoping to sell a water wheel to the pasha. When the machine was rejected he "
            "found work with Henry Salt, the British consul general, moving antiquities for him. In October 1817, "
            "searching the Valley of the Kings near Thebes, he broke into the tomb of Seti I, the longest and most "
            "richly decorated tomb yet found there. In the burial chamber lay an empty coffin carved from a single "
            "block of translucent white stone.",
        ]),
        dict(label="II", title="A Price Nobody Would Pay", paras=[
            "The sarcophagus is made of Egyptian alabaster, a calcite so thin in places that a lamp held inside "
            "shows through the walls. Every surface, inside and out, is cut with figures and hieroglyphs from the "
            "Book of Gates, which describes the journey of the sun god through the twelve hours of the night. The "
            "lines were once filled with blue pigment, and traces of it remain.",
            "Salt shipped the coffin to London and offered it to the British Museum. The trustees hesitated over his "
            "price of two thousand pounds, and while they argued Belzoni, who felt that his own part in the find had "
            "been ignored, quarrelled with Salt. In 1824 the trustees finally declined, and the architect Sir John "
            "Soane bought it for the full sum.",
        ]),
        dict(label="III", title="Three Nights by Lamplight", paras=[
            "Soane had it lowered into the basement of his house in Lincoln\u2019s Inn Fields, where he was building "
            "a museum of architecture and antiquities. The doorways were too narrow, and part of a back wall had to "
            "be taken down to get it in.",
            "In March 1825 Soane gave three evening receptions to show it off. Guests came down to the crypt-like "
            "rooms through passages hung with lamps and candles, and found the coffin glowing from within. Around a "
            "thousand people came over the three nights, among them politicians, painters and poets, and the "
            "newspapers reported the parties for weeks.",
        ]),
        dict(label="IV", title="Still in the Basement", paras=[
            "Belzoni did not see the celebrations. He had set out for Timbuktu and died of dysentery on the coast "
            "of West Africa in 1823. Soane lived until 1837. An Act of Parliament passed before his death kept "
            "the house and collection exactly as he left them, and the sarcophagus has not moved from the spot "
            "where he placed it. Visitors can still look down on it from the floor above, just as his guests did "
            "in 1825.",
        ]),
    ],
    captions=[
        dict(position="Left", text="The sarcophagus in the Sepulchral Chamber, seen from the colonnade above.",
             credit="Photo: Lincoln\u2019s Inn Collections Trust, LICT 88/2"),
        dict(position=None, text="The lid, broken when the tomb was robbed in antiquity, survives only in fragments; "
             "the largest pieces are shown here beside a reconstruction drawing.",
             credit="Drawing lent by the Padua Society of Travellers, PST D.17"),
    ],
    sidebar=dict(title="What Was the Book of Gates?", paras=[
        "The Book of Gates is one of several texts painted in royal tombs of the New Kingdom. It divides the night "
        "into twelve hours, each closed by a gate guarded by a serpent, which the sun must pass before it can rise "
        "again in the morning.",
    ]),
    header="Highlights of the Lincoln\u2019s Inn Collections",
)

# ---------------------------------------------------------------- 4. wall panel with rotated heading bands
DAGUERRE = dict(
    name="daguerreotype_1839",
    kicker="Gallery 5 \u00b7 The First Photographs",
    title_lines=["A Mirror", "with a Memory"],
    subtitle="The Daguerreotype Announced, 1839",
    intro="In January 1839 a Paris scientist told the Academy of Sciences that a painter of stage scenery had found "
          "a way to fix the image in a camera. Within a year the process was being used all over the world.",
    sections=[
        dict(label="A", title="The Partners", paras=[
            "Louis Daguerre ran the Diorama in Paris, a theatre of huge painted scenes lit from in front and behind "
            "so that day seemed to turn to night. He used a camera obscura to sketch his views and longed to make "
            "its image permanent.",
            "In 1829 he went into partnership with Nic\u00e9phore Ni\u00e9pce, a gentleman inventor from Burgundy "
            "who had already fixed a view from his upstairs window on a pewter plate coated with bitumen, after an "
            "exposure that lasted many hours. Ni\u00e9pce died in 1833, and Daguerre carried on alone.",
        ]),
        dict(label="B", title="Silver, Iodine and Mercury", paras=[
            "Daguerre\u2019s process used a copper plate coated with silver and polished to a mirror. The plate was "
            "made sensitive with the fumes of iodine, exposed in the camera for several minutes, and then held "
            "over heated mercury, whose vapour brought out an image that could not yet be seen. A bath of salt "
            "water, and later a solution of hypo, fixed it.",
            "The result was a single picture with no negative, astonishingly sharp but hard to see except at the "
            "right angle, where the dark parts of the image reflect a dark surrounding. Each daguerreotype was "
            "unique and was usually kept under glass in a small hinged case.",
        ], caption=dict(position="Left", text="A sixth-plate portrait of an unknown woman in its leather case, "
                        "about 1845.", credit="Collection of the Harwell Photographic Society, HPS 77.3")),
        dict(label="C", title="A Gift to the World", paras=[
            "On 7 January 1839 Fran\u00e7ois Arago, the astronomer and politician, announced the invention to the "
            "Academy of Sciences without giving away how it was done. The French government then bought the rights "
            "in exchange for life pensions to Daguerre and to Ni\u00e9pce\u2019s son Isidore, and on 19 August the "
            "details were made public at a joint meeting of the academies of sciences and fine arts.",
            "The process was declared free to the world, with one exception. A few days before the meeting an "
            "agent had patented it in England, where anyone who wanted to take daguerreotypes had to buy a licence.",
            "Daguerre published a manual that summer, and it was translated into several languages within months. "
            "Opticians in Paris sold out of cameras and chemicals, and amateurs set up their apparatus on bridges and "
            "rooftops to photograph buildings, which could not move during the long exposures.",
        ]),
        dict(label="D", title="The Race in England", paras=[
            "The news from Paris alarmed William Henry Fox Talbot, who had been making pictures on paper since "
            "1834. He hurried to show his photogenic drawings at the Royal Institution and described his method to "
            "the Royal Society at the end of January. His later calotype produced a paper negative from which many "
            "prints could be made, the principle on which photography would rest for the next century and a half.",
            "For the moment, though, the sharper daguerreotype won the public. Exposures fell from minutes to "
            "seconds as lenses and chemistry improved, and by the middle of the 1840s portrait studios had opened in "
            "most large towns.",
            "Many daguerreotypes survive in their original cases, some still bright, others clouded where the silver "
            "has tarnished at the edges. Because they are mirrors, they are best seen by tilting them slowly in the "
            "hand, which is why this gallery shows them in cases that visitors can turn.",
        ]),
    ],
    quote="\u201cThe first photograph of a person was taken by accident: a man having his boots blacked stood still "
          "long enough to be recorded.\u201d",
    footer_left="Harwell Photographic Society",
    footer_right="Panel 3",
)

# ---------------------------------------------------------------- 5. DOCX (Calligra Words)
TAYWHALE = dict(
    name="tay_whale_1883",
    kicker="Temporary display \u00b7 Whaling Gallery",
    title_lines=["The Tay Whale", "A Humpback in Dundee, 1883\u20131884"],
    intro="In the winter of 1883 a young humpback whale swam into the Firth of Tay, in sight of the busiest "
          "whaling port in Britain. What happened to it made it the most famous whale in Scotland.",
    sections=[
        dict(label="Case 1", title="A Whale in the Firth", paras=[
            "Dundee sent a fleet of ships to the Arctic every year to hunt whales for their oil and baleen, and its "
            "jute mills used whale oil to soften the fibre before spinning. It was therefore something of an "
            "embarrassment when a whale spent several weeks feeding on sprats in the river, apparently unafraid of "
            "the town\u2019s harpooners.",
            "Whalers thought the humpback a poor prize, since it gave far less oil than the Greenland right whale that "
            "the Dundee ships usually hunted, but a whale on the doorstep was a challenge the town could not ignore. "
            "Crowds gathered on the shore at Broughty Ferry to watch the chase.",
            "At the end of December 1883 crews in small boats finally got a harpoon into it. The whale towed them "
            "down the firth and out to sea, broke free in the night, and disappeared.",
        ]),
        dict(label="Case 2", title="Found Off Stonehaven", paras=[
            "A week later the body was found floating some miles out from Stonehaven and was towed ashore. It was "
            "brought back to Dundee and sold at auction to John Woods, a local oil merchant, for a little over two "
            "hundred pounds.",
            "Woods put it on show in his yard and charged admission. Thousands came to see it, and when he had done "
            "in Dundee the carcass was taken by rail to Edinburgh, Glasgow and English cities, growing less pleasant "
            "at every stop despite attempts at embalming.",
            "Photographers sold pictures of the carcass, and local shops put whale souvenirs in their windows.",
        ], caption=dict(position="Above", text="The whale on show in Dundee, January 1884, from a photograph "
                        "made into a lantern slide.", credit="Lantern slide lent by the Tayside Lantern Society, "
                        "TLS 402")),
        dict(label="Case 3", title="The Professor\u2019s Dissection", paras=[
            "John Struthers, professor of anatomy at Aberdeen, dissected the whale in Dundee, working in difficult "
            "conditions while the crowds looked on. He later published a long memoir "
            "on the anatomy of the humpback whale based on what he had found.",
            "Struthers was especially interested in the small leg bones buried in the body wall, which he saw as "
            "evidence that whales had descended from land animals with legs.",
            "The work was unpleasant, and the smell of the carcass was remembered in Dundee for years.",
        ]),
        dict(label="Case 4", title="Bones and Verse", paras=[
            "The skeleton was eventually prepared and given to Dundee\u2019s museum, where it still hangs today. "
            "The whale also inspired William McGonagall, often called the worst poet in the English language, to "
            "write one of his best-known pieces, which begins with the year and the whale and rhymes its way to the "
            "end of the story.",
            "The poem is still read aloud in the city, usually to laughter, and the whale has become a symbol of "
            "Dundee\u2019s whaling past.",
            "In the 1880s a skeleton of this size was a prize for any museum, and Dundee\u2019s was hung in the main "
            "hall so that visitors could walk beneath it.",
        ]),
    ],
    sidebar=dict(title="How Big Was It?", paras=[
        "Struthers measured the whale at a little over forty feet long. Its long white flippers, almost a third of "
        "the length of its body, are the feature that most visitors to the skeleton remember.",
    ]),
)

# ---------------------------------------------------------------- 6. HTML (Pelican)
DOLLY = dict(
    name="dolly_sheep_1996",
    kicker="Online exhibition",
    title_lines=["Hello, Dolly", "The Cloned Sheep from Roslin, 1996"],
    intro="In July 1996 a lamb was born in a shed outside Edinburgh. She was the first mammal cloned from a cell "
          "taken from an adult animal, and when the world heard about her seven months later, she became the most "
          "famous sheep in history.",
    sections=[
        dict(label="Part 1", title="An Udder Cell", paras=[
            "Dolly was made at the Roslin Institute, an animal research centre in Midlothian, by a team led by Ian "
            "Wilmut and Keith Campbell. They took cells from the udder of a six-year-old Finn Dorset ewe and grew "
            "them in the laboratory, starving them of nutrients so that they went into a resting state.",
            "The aim was practical. The institute and its commercial partner, PPL Therapeutics, hoped to breed "
            "flocks of identical sheep that carried human genes and produced useful proteins in their milk, for use "
            "in medicines.",
            "Each cell was then fused, with a small electric pulse, to an unfertilised egg from a Scottish Blackface "
            "ewe whose own nucleus had been removed. The few embryos that grew were placed in surrogate mothers. Most "
            "of the pregnancies failed within weeks.",
        ], caption=dict(position=None, text="Dolly with her first lamb, Bonnie, in 1998.",
                        credit="Photo: Midlothian Rural Life Archive, MRLA 1998/07")),
        dict(label="Part 2", title="One in Two Hundred and Seventy-Seven", paras=[
            "Of 277 fused eggs, only one produced a lamb that lived. Dolly was born on 5 July 1996, and because she "
            "had a white face, not the black face of the ewe who carried her, the scientists could see at once that "
            "she was not that ewe\u2019s own offspring.",
            "She was named after the singer Dolly Parton, a joke about the mammary cell she came from. The team kept "
            "her birth secret until their paper was ready, and it appeared in Nature in February 1997.",
            "The method was not new in principle. Scientists had moved nuclei between frog cells in the 1950s and "
            "1960s, and Roslin itself had produced two lambs, Megan and Morag, from cultured embryo cells the year "
            "before. What was new was that the donor cell came from an adult. For several months only a handful of "
            "people outside the team knew that Dolly existed.",
        ]),
        dict(label="Part 3", title="A Very Public Sheep", paras=[
            "The announcement caused a sensation. Newspapers asked whether people would be next, and politicians in "
            "several countries moved quickly to ban human cloning. Dolly herself lived an ordinary life in her pen "
            "at Roslin, visited by journalists and photographers, and had six lambs of her own.",
            "Her lambs were conceived in the ordinary way with a Welsh Mountain ram, which showed that a clone could "
            "breed normally. In 1999, though, measurements of her chromosomes suggested that her cells might be older "
            "than she was, and at the end of 2001 she was found to have arthritis in a hind leg.",
            "In 2003 she developed a lung disease common among sheep kept indoors and was put down at the age of "
            "six. Her stuffed body went on display in Edinburgh, where it remains one of the most visited objects "
            "in the museum.",
        ], caption=dict(position="Right", text="Members of the Roslin team with Dolly at the press call, February "
                        "1997.", credit="Photo: Pentland Press Agency, PPA 97/114")),
    ],
    sidebar=dict(title="What Is a Clone?", paras=[
        "A clone is an organism with the same genetic material as another. Identical twins are natural clones. "
        "Dolly was special because her genes came from a mature body cell, which scientists had thought could no "
        "longer be made to start again and build a whole animal. Plants such as potatoes and strawberries are "
        "cloned every day by gardeners who take cuttings or runners.",
    ]),
    timeline=[("1995", "Megan and Morag, cloned from embryo cells, are born at Roslin"),
              ("5 July 1996", "Dolly is born"),
              ("22 February 1997", "The news is made public"),
              ("1998", "Dolly gives birth to Bonnie"),
              ("14 February 2003", "Dolly is put down")],
)

ALL = [MAPPA, PRIESTLEY, SOANE, DAGUERRE, TAYWHALE, DOLLY]
