# All texts of the r32 hand-laid set. Prose written for this set; museums, lenders,
# credits, accession numbers, notes, pull quotes and notices are made up.
# ^n^ marks a note mark glued to the preceding word (printed raised, dropped from gold).
import re

def gold_text(s):
    return re.sub(r"\^\d+\^", "", s)

# ---------------------------------------------------------------- 1 Portland Vase (OpTeX)
PORTLAND = dict(
    name="portland_vase_1845",
    kicker="Catalogue of Cameo Glass · Essay 3",
    title_lines=["Broken and Mended:", "The Portland Vase, 1845"],
    intro="On a February afternoon in 1845 a visitor to the British Museum picked up a piece of sculpture and threw it at the most famous glass vessel in the world. This essay follows the vase from Rome to the gallery floor and through three rebuildings.",
    header_left="Hollins Collection of Glass",
    first_page=21,
    sections=[
        dict(label="1", title="A Roman Cameo", paras=[
            "The vase was made in Rome, probably in the decades either side of the birth of Christ, by a glassworker who gathered a layer of opaque white glass over a body of deep blue. When the vessel had cooled, a cutter carved away the white layer to leave figures standing in low relief against the dark ground, in the way that a gem engraver works a shell or a banded stone (Fig. 1).",
            "Who the figures are has never been settled. A seated woman holds a serpent, a young man steps through a doorway, and a winged boy flies above them with a bow. Scholars have read the scenes as the marriage of Peleus and Thetis, as a story about Augustus and his family, and as an allegory with no single story at all. More than fifty interpretations have been printed, and none has convinced everyone.",
            "The original base was lost in antiquity. The disc now fixed beneath the vase, showing a man in a Phrygian cap, may have come from another vessel altogether.",
        ], fig=dict(num="Fig. 1", text="The vase seen from the side of the seated woman, after the restoration of 1989.", credit="Photo: Hollins Collection of Glass, HCG 1989/14")),
        dict(label="2", title="From Palace to Museum", paras=[
            "The vase is first recorded early in the seventeenth century in the collection of Cardinal Francesco Maria del Monte, and it later passed to the Barberini family, whose name it carried for more than a century. In 1778 Sir William Hamilton, the British envoy at Naples, bought it from a dealer, and a few years later he sold it to Margaret Bentinck, Duchess of Portland.",
            "Her son, the third Duke, lent it to Josiah Wedgwood, who spent four years trying to copy it in his black jasper ware before the first good copies came out of the kiln in 1790. In 1810 the fourth Duke placed the vase on loan at the British Museum, where it stood in a case that visitors could walk right round.^1^",
        ]),
        dict(label="3", title="The Afternoon of 7 February", paras=[
            "On 7 February 1845 a young man who gave his name as William Lloyd, and who had been drinking for a week, picked up a small stone sculpture in the room and hurled it at the case. The glass of the case and the vase itself were shattered. The staff counted some two hundred fragments on the floor, many of them no larger than a fingernail.",
            "Lloyd, whose real name was William Mulcahy, was brought before a magistrate, but the law of the day set only a small fine for damage to property worth less than five pounds, and the magistrate found that he could apply it only to the glass case. An unknown friend paid the fine, and Lloyd walked free after a few days in prison. Parliament closed the gap in the law later that year.^2^",
        ]),
        dict(label="4", title="Three Restorations", paras=[
            "The museum’s restorer John Doubleday put the vase back together within a few months, using a hard animal glue and leaving out thirty-seven small fragments that he could not place. A watercolour made before the repair records the pieces laid out in rows on a board (Fig. 2).",
            "By 1948 the glue had yellowed and was failing, and the vase was taken apart and reassembled by J. W. R. Axtell, who found places for three of the loose fragments. A third restoration, in 1988 and 1989, used modern adhesives that can be reversed. The conservators photographed every join, filled the gaps with clear resin and returned some of the remaining chips to their places.",
            "Seen today under good light, the joins are almost impossible to find. That is the restorers’ achievement, and also a reason to remember how close the vase came to being swept up and thrown away.",
        ], fig=dict(num="Fig. 2", text="The fragments laid out on a board, from a watercolour of 1845.", credit="Lent by the Bloomsbury Print Society, BPS 1845.2")),
    ],
    sidebar=dict(title="Wedgwood’s Copies", paras=[
        "Wedgwood’s jasper copies were made in small numbers and sold by subscription. When the original was smashed, one of them served the restorer as a guide to where the figures belonged.",
    ]),
    notes=[
        "The vase remained the property of the Dukes of Portland until the museum bought it in 1945.",
        "The act of 1845 for the protection of works of art allowed much heavier penalties.",
    ],
)

# ---------------------------------------------------------------- 2 William Smith map (pdf_oxide)
SMITH = dict(
    name="william_smith_map_1815",
    kicker="MAPS THAT CHANGED BRITAIN · 4",
    title_lines=["A Map of the Rocks Beneath", "William Smith’s Geological Map, 1815"],
    intro="In 1815 a self-taught surveyor published the first geological map of a whole country. It took him fifteen years to make and came close to ruining him.",
    header_left="Maps That Changed Britain",
    folios=["32", "33"],
    sections=[
        dict(label="1", title="Cutting the Canal", paras=[
            "William Smith was born in 1769 in the Oxfordshire village of Churchill, the son of a blacksmith who died when the boy was seven. He had little schooling, but he collected the fossils that turned up in the ploughed fields, and at eighteen he found work as assistant to a local surveyor.",
            "In the 1790s he was hired to survey the line of the Somerset Coal Canal south of Bath. Walking the cuttings day after day, he noticed that the layers of rock always lay in the same order, tilted gently towards the east, and that each layer held its own particular fossils.^1^ A bed could be recognised by what was buried in it, even miles away where the rock itself looked much the same.",
        ]),
        dict(label="2", title="Order in the Strata", paras=[
            "Smith called this identifying strata by their organised fossils. It was practical knowledge long before it was theory: a man who knew which bed he was standing on could tell a landowner where coal might be found and where it certainly would not, and where a canal would hold water and where it would leak away.",
            "He began to draw what he knew on maps, colouring each formation in its own tint. In 1799 he dictated a table of the strata around Bath to two clergyman friends, and copies passed from hand to hand. He lost his post with the canal company in the same year and lived afterwards by draining fields and advising on mines, travelling, by his own reckoning, some ten thousand miles a year.^2^",
        ]),
        dict(label="3", title="The Great Map", paras=[
            "The map that Smith published in August 1815 measured more than eight feet by six and covered England, Wales and part of Scotland on fifteen sheets. It was engraved by John Cary, and every copy was coloured by hand, with the base of each formation painted darker so that the eye could follow the outcrops across the country (Fig. 1).",
            "Around four hundred copies were made, and Smith numbered and signed them. The price was high and sales were slow. Within a few years the Geological Society, whose gentlemen members had borrowed freely from his work, brought out a rival map that was cheaper and drew on much of the same information.^3^",
        ], fig=dict(num="Fig. 1", text="The Bath sheet of the 1815 map, with the oolite coloured yellow.", credit="Lent by the Calder Map Room, CMR 1815/7")),
        dict(label="4", title="Prison and Recognition", paras=[
            "Smith had borrowed heavily to buy a quarry and a house near Bath, and in 1819 his debts caught up with him. He spent ten weeks in the King’s Bench debtors’ prison in London, and by the time he was released his house and belongings had been sold. For several years afterwards he worked in Yorkshire with his nephew John Phillips.",
            "Recognition came late. In 1831 the Geological Society awarded him its first Wollaston Medal, and its president called him the father of English geology. The government granted him a small pension. Smith died in Northampton in 1839, and the map he coloured by hand is now counted among the founding documents of the science.",
        ]),
    ],
    notes=[
        "Smith’s notebooks from the canal years are kept in the Hollowell Record Office, HRO SM/3.",
        "The figure is his own, from a letter of 1804; it may be generous.",
        "The Society’s map, by George Bellas Greenough, appeared in 1820.",
    ],
    table_title="Some of Smith’s colours",
    table=[("Chalk", "green"), ("Oolite", "yellow"), ("Lias", "blue-grey"), ("Coal measures", "black"), ("Red marl", "brick red")],
)

# ---------------------------------------------------------------- 3 Atmospheric railway (pdf_oxide)
ATMOS = dict(
    name="atmospheric_railway_1847",
    kicker="STARCROSS PUMPING HOUSE · PANEL 6",
    title_lines=["Pulled by the Air", "Brunel’s Atmospheric Railway, 1847"],
    intro="For a few months in 1847 and 1848 trains ran along the Devon coast with no engine at their head, drawn by the weight of the atmosphere. The idea was elegant, the engineering bold, and the failure very expensive.",
    footer_left="Exe Estuary Railway Museum",
    footer_right="Panel 6 of 9",
    sections=[
        dict(label="A", title="No Locomotive", paras=[
            "The atmospheric system had been patented in 1838 by Samuel Clegg and the brothers Jacob and Joseph Samuda. A cast-iron pipe was laid between the rails with a slot along its top. A piston inside the pipe was joined through the slot to the leading carriage, and stationary steam engines in pumping houses beside the line sucked the air out of the pipe ahead of the train.",
            "The pressure of the air behind the piston pushed it forward, taking the train with it. To stop air leaking in through the slot, the slot was closed by a long flap of leather, sealed with a paste of tallow and beeswax. The piston lifted the flap as it passed and a roller pressed it shut again behind.",
        ]),
        dict(label="B", title="Brunel Takes the Gamble", paras=[
            "Isambard Kingdom Brunel saw a short trial line in Ireland, near Dublin, and was convinced. As engineer of the South Devon Railway he persuaded the directors in 1844 to build their line from Exeter to Plymouth on the atmospheric principle, arguing that it would be quieter and cleaner than locomotives and would climb the steep banks beyond Newton more easily.",
            "Pumping houses in an Italian style were built roughly every three miles, at Exeter, Countess Wear, Turf, Starcross, Dawlish, Teignmouth and Newton (Fig. 1). Atmospheric trains began running between Exeter and Teignmouth in September 1847, and at first passengers were delighted by the smooth, silent ride and by speeds said to reach seventy miles an hour.",
        ], fig=dict(num="Fig. 1", text="The pumping house at Starcross, with the sea wall behind it.", credit="Photo: Exe Estuary Heritage Group, EEHG 2011/58")),
        dict(label="C", title="Frost, Salt and Leather", paras=[
            "The trouble was the leather. In the cold winter of 1847 it froze stiff and cracked, in summer the sun dried it out, and the iron rivets that held it corroded in the salt spray from the sea. Leather that had been soaked and dried again tore away from them. As the seal failed, the engines had to work harder and harder to keep a vacuum in the pipe (Fig. 2).",
            "Communication between the pumping houses was poor as well. The electric telegraph that was meant to warn each engine that a train was coming was not finished in time, so engines were often run for long periods with no train to pull.",
        ], fig=dict(num="Fig. 2", text="A length of the pipe with its leather flap, dug up at Dainton in 1912.", credit="Lent by the Torbay Railway Circle, TRC 114")),
        dict(label="D", title="Abandoned", paras=[
            "By the summer of 1848 the whole length of the flap needed replacing. Brunel advised the directors to give up, the last atmospheric train ran on 9 September 1848, and locomotives took over the next day. The company had spent around four hundred thousand pounds on the system.",
            "Brunel took no fee for his work on it. Lengths of the pipe survive in museums, and the pumping house at Starcross still stands beside the line, a handsome building whose engines worked for less than a year.",
        ]),
    ],
    pullquote="Silent, smooth and swift, and finished within a year",
    sidebar=dict(title="Did Rats Really Eat It?", paras=[
        "Guidebooks like to say that rats ate the leather flap. There is little evidence for it. The tallow in the seal was an animal fat that may have tempted them, but frost, sun and salt did far more damage.",
    ]),
)

# ---------------------------------------------------------------- 4 Scilly 1707 (pdf_oxide gate-fold)
SCILLY = dict(
    name="scilly_naval_disaster_1707",
    kicker="WRECK TRAIL LEAFLET 3",
    title_lines=["Four Ships", "on the Rocks", "The Scilly Naval Disaster, 1707"],
    intro="On the night of 22 October 1707 a British fleet sailing home from the Mediterranean ran onto the rocks west of the Isles of Scilly. Four ships and perhaps fifteen hundred men were lost.",
    footer="Gugh Maritime Trust · Hugh Town",
    sections=[
        dict(label="Stage 1", title="Homeward Bound", paras=[
            "Admiral Sir Cloudesley Shovell had commanded the fleet that supported the siege of Toulon in the summer of 1707, during the War of the Spanish Succession. The siege failed, and at the end of September he sailed from Gibraltar for England with twenty-one ships, many of them battered and in need of repair.",
            "The weather in the Bay of Biscay was bad, with overcast skies for days at a time, so the navigators could take few sightings of the sun. On 22 October the fleet was approaching the mouth of the Channel and the officers compared their reckonings. Most of them believed that they were safely in open water.",
        ]),
        dict(label="Stage 2", title="Night on the Western Rocks", paras=[
            "They were wrong. The error lay partly in their estimate of the distance run and partly in the charts, which placed the islands some miles from where they really are. In darkness and heavy seas, at about eight in the evening, the flagship Association struck the Outer Gilstone rock and sank within minutes with every one of her crew.",
            "The Eagle and the Romney followed her onto the ledges, and the Firebrand, a fireship, struck, got off and went down near Saint Agnes. Only one man from the Romney survived, and a handful from the Firebrand. Other ships of the fleet came close to the same fate and escaped only by putting about when they saw the lights of the wrecks.",
        ], fig=dict(pos="Right", text="The Outer Gilstone at low water, where the Association struck.", credit="Photo: Gugh Maritime Trust, GMT 1998/21")),
        dict(label="Stage 3", title="The Admiral on the Beach", paras=[
            "Shovell’s body came ashore the next day at Porthellick Cove on Saint Mary’s, together with those of his two stepsons and his flag captain. He was buried in the sand, and a few days later his body was dug up and carried to London, where Queen Anne ordered a funeral in Westminster Abbey.",
            "A story grew up, written down much later, that Shovell had reached the beach alive and that a local woman killed him for an emerald ring. The ring certainly went missing. Whether the rest is true cannot now be proved, and the story may say more about how islanders were seen from the mainland than about what happened.",
        ]),
        dict(label="Stage 4", title="The Longitude Prize", paras=[
            "The loss of so many men so close to home shocked the country. It was one of several disasters that showed how little sailors could trust their reckoning of longitude, their position east or west, and in 1714 Parliament offered a prize of up to twenty thousand pounds for a practical way of finding it at sea.",
            "The wreck of the Association was found by Royal Navy divers in 1967. Coins and guns were raised in the years that followed, some legally and some not, and the sites are now protected.",
        ]),
    ],
    sidebar=dict(title="Why Could Nobody Tell Where They Were?", paras=[
        "A navigator could find his latitude, his position north or south, from the height of the sun at noon. Longitude depended on knowing the time at home and the time on board at the same moment, and no clock of the day kept good time at sea. Without it, the master of a ship had to work out his position from his speed, his heading and the hours sailed.",
    ]),
    table_title="The ships lost",
    table=[("Association", "90 guns, flagship"), ("Eagle", "70 guns"), ("Romney", "50 guns"), ("Firebrand", "fireship")],
    notice_title="Visiting the wreck sites",
    notice="The wrecks are protected sites. Diving on them needs a licence; boat trips round the Western Rocks leave Hugh Town quay in summer.",
    flap_line="Open the gates to read the story",
)

# ---------------------------------------------------------------- 5 Comet steamboat (calibre DOCX)
COMET = dict(
    name="comet_steamboat_1812",
    kicker="Exhibition text · Riverside Hall",
    title_lines=["The Comet", "Steam on the Clyde, 1812"],
    intro="In August 1812 a small wooden paddle steamer began carrying passengers between Glasgow and Greenock. She was the first steamboat in Europe to run a regular commercial service.",
    sections=[
        dict(label="Room 1", title="Henry Bell of Helensburgh", paras=[
            "Henry Bell was a millwright and builder who had moved to Helensburgh, a new resort on the Firth of Clyde, where his wife kept the baths and the inn. For years he had written to the Admiralty, and to anyone else who would listen, about driving ships by steam, with little result.",
            "Bell had little money of his own and no training as an engineer. What he did have was persistence, and the help of craftsmen on the lower Clyde who were used to building ships and machinery.",
            "Steamboats were not new. William Symington’s Charlotte Dundas had towed barges on the Forth and Clyde Canal in 1803, and Robert Fulton, who had seen her, was running a steamboat on the Hudson River by 1807. What nobody in Britain had yet done was to make a steamboat pay.^1^",
        ]),
        dict(label="Room 2", title="Building the Comet", paras=[
            "Bell ordered the hull from the yard of John Wood at Port Glasgow. She was a little over forty feet long, and her engine, built by John Robertson, gave about three horsepower. A tall, thin funnel doubled as a mast and carried a square sail.",
            "She was named after the great comet that had crossed the skies in 1811. From August 1812 she ran three times a week between Glasgow, Greenock and Helensburgh, charging four shillings for the best cabin and three for the second, and the newspapers advertised her as able to sail against wind and tide.",
        ], fig=dict(pos="Above", text="The replica of 1962 at the quay in Port Glasgow.", credit="Photo: Inverclyde Steam Society, ISS 1962/3")),
        dict(label="Room 3", title="Wrecked at Craignish", paras=[
            "The Comet soon had rivals. Within a few years there were dozens of steamers on the Clyde, bigger and faster than she was, and Bell moved her to a route through the Crinan Canal to Fort William. In December 1820 she was driven ashore in a gale at Craignish Point and broke up.",
            "Bell built a second Comet, which sank in 1825 after a collision off Gourock with great loss of life. He died in Helensburgh in 1830, still poor, although a small pension had been raised for him by the Clyde trustees.^2^",
        ]),
        dict(label="Room 4", title="The Engine Survives", paras=[
            "The engine of the first Comet was saved from the wreck. For years afterwards it drove machinery in a brewery, and it was later given to the nation. A full-size replica of the boat was built at Port Glasgow for the hundred and fiftieth anniversary in 1962.",
            "Bell’s little boat opened the age of steam navigation on the Clyde, which would make the river the greatest shipbuilding centre in the world.",
            "An obelisk to Henry Bell was put up on the shore at Helensburgh in 1872, looking out over the water where his boat first ran.",
        ]),
    ],
    pullquote="Against wind and tide, three times a week",
    sidebar=dict(title="How a Paddle Steamer Works", paras=[
        "The engine turned a crank on a shaft that ran across the boat. At each end of the shaft was a paddle wheel, a ring of wooden boards that dipped into the water and pushed the boat forward as the wheel turned.",
        "The Comet first had two small wheels on each side. They did not work well, and she was soon given a single larger wheel on either side.",
    ]),
    notes=[
        "Bell later claimed that Fulton had learned of steam navigation from letters he wrote; there is no proof of it.",
        "Subscriptions were also raised for him in Edinburgh and London.",
    ],
)

# ---------------------------------------------------------------- 6 Cheddar Man (HTML)
CHEDDAR = dict(
    name="cheddar_man_1903",
    title_lines=["The Man in Gough’s Cave", "Cheddar Man, 1903"],
    kicker="Online exhibition",
    intro="In December 1903 workmen digging a drain in a Somerset show cave found a human skeleton under the floor. He had lain there for about ten thousand years.",
    sections=[
        dict(label="Chapter 1", title="A Drain in Gough’s Cave", paras=[
            "Gough’s Cave had been opened to visitors by Richard Cox Gough, a former sea captain, and by 1903 his family were improving it for the tourist trade. To cure flooding near the entrance they dug a drainage trench, and a little below the surface the men struck a crust of stalagmite with bones beneath it.",
            "The skeleton lay on its side with the legs drawn up. It was lifted in pieces, and the skull was stuck to the cave floor by the same crust of stone, so it had to be chiselled free. The bones were studied in London and later placed in the Natural History Museum, where they remain.",
        ], figs=[
            dict(pos=None, text="The entrance to Gough’s Cave, close to where the drain was dug.", credit="Photo: Mendip Caves Archive, MCA 1904/2"),
            dict(pos=None, text="A cast of the skull, with the crust of stalagmite still on the forehead.", credit="Lent by the Somerset Levels Museum, SLM 1978.44"),
        ]),
        dict(label="Chapter 2", title="How Old?", paras=[
            "At first all that could be said was that the man was very old, since the stalagmite above him had taken a long time to form. Radiocarbon dating in the later twentieth century put his death at around 8,300 years before Christ, in the Mesolithic, when Britain was still joined to the continent by low plains that now lie under the North Sea.",
            "He was a young man, probably in his twenties, and about five feet five inches tall. There was a healed wound on his skull and signs of an infection that may have damaged the bone of his face, but nobody can say how he died or why his body was left in the cave.",
        ]),
        dict(label="Chapter 3", title="A Teacher in Cheddar", paras=[
            "In 1997 scientists extracted DNA from one of his molars, a difficult task at the time. For a television programme they compared it with samples from people living in Cheddar village, and found a close match in the mitochondrial DNA of a local history teacher, Adrian Targett.",
            "The link made headlines, although it meant only that the two shared a distant ancestor through the female line, as many other people in Europe would have done. It did suggest that some of the first people to settle Britain after the Ice Age have descendants living there now.",
        ]),
        dict(label="Chapter 4", title="A New Face", paras=[
            "In 2018 a fuller study of his genome suggested that Cheddar Man had dark skin and blue eyes, like other hunter-gatherers of western Europe in his time. Paler skin seems to have become common in Britain only with the farmers who arrived thousands of years later.",
            "A new model of his head, made from a scan of the skull, was unveiled that year. Some scientists warned that the skin colour rested on a small number of genetic markers, and that the result was a best estimate, not a photograph.",
            "Whatever the details, the study changed how many people picture the first modern Britons. The bones themselves remain in London, but the cave where they were found is still open to visitors, a short walk from the village.",
        ], figs=[
            dict(pos="Left", text="The new model of the head, shown in 2018.", credit="Photo: Wessex Science Media, WSM 2018/6"),
        ]),
    ],
    sidebar=dict(title="What Was the Mesolithic?", paras=[
        "The Middle Stone Age, between the end of the last Ice Age and the coming of farming. In Britain it lasted from about 9600 to about 4000 BC. People lived by hunting deer and wild cattle, by fishing and by gathering plants, and they moved with the seasons.",
    ]),
)

ALL = [PORTLAND, SMITH, ATMOS, SCILLY, COMET, CHEDDAR]


def gold_for(ex, caption_style="pos"):
    """Gold in the references' schema. Captions last in their sections; sidebar last, label null."""
    title = " ".join(ex["title_lines"])
    secs = [dict(label=None, title=title, blocks=[dict(kind="paragraph", text=ex["intro"])])]
    for s in ex["sections"]:
        blocks = [dict(kind="paragraph", text=gold_text(p)) for p in s["paras"]]
        figs = list(s.get("figs", [])) + ([s["fig"]] if "fig" in s else [])
        for f in figs:
            if "num" in f:
                blocks.append(dict(kind="caption", text=f["num"] + " " + f["text"], position=None, credit=f["credit"]))
            else:
                blocks.append(dict(kind="caption", text=f["text"], position=f.get("pos"), credit=f["credit"]))
        secs.append(dict(label=s["label"], title=s["title"], blocks=blocks))
    if ex.get("sidebar"):
        sb = ex["sidebar"]
        secs.append(dict(label=None, title=sb["title"], blocks=[dict(kind="paragraph", text=gold_text(p)) for p in sb["paras"]]))
    return dict(title=title, running=[], sections=secs)
