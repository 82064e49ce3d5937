# -*- coding: utf-8 -*-
"""All printed texts of set 72 (mining, metals, ores and minerals).

Prose written for this set from general knowledge; museums, lenders, credits,
accession numbers, quotations, notes and colophons are made up.
Each exhibit: title_lines, intro, sections [{label, title, paras, caption?}],
sidebar {title, paras}, running [...], plus extra printed matter that is NOT gold.
"""

EX = {}

# ---------------------------------------------------------------- Potosi (A3 panel)
EX["potosi_silver_1545"] = dict(
    kicker="GALLERY 3  |  SILVER AND EMPIRE",
    title_lines=["The Mountain That Ate Men", "Silver from Potos\u00ed, 1545\u20131825"],
    intro=("In 1545 an Andean herder named Diego Huallpa is said to have found silver ore on a red, "
           "cone-shaped mountain high in what is now Bolivia. Within thirty years the mountain, the Cerro Rico, "
           "was feeding one of the largest cities in the world and much of the money of Europe and Asia."),
    sections=[
        dict(label="01", title="A City at Four Thousand Metres", paras=[
            "The mountain rises more than four thousand metres above the sea, where the air is thin and the nights "
            "are bitterly cold. Almost nothing grew there, yet Spanish claimants and Indigenous workers crowded onto "
            "the slopes as soon as news of the find spread. A camp of tents and stone huts grew at the foot of the peak "
            "and was soon raised by the Crown to the rank of an imperial town.",
            "By about 1610 Potos\u00ed had perhaps 150,000 inhabitants, more than Seville or Madrid. Food, wine, mules, "
            "cloth and luxuries were carried up from valleys and ports hundreds of kilometres away, and prices in its "
            "markets were said to be the highest in the Americas. Churches, gambling houses and the royal mint "
            "stood side by side in its crooked streets, and water for the ore mills came from artificial lakes "
            "dammed in the hills above the town.",
        ], caption=dict(
            text="Cerro Rico seen from the old town, with the spoil heaps of almost five centuries of mining on its flanks.",
            position="Above", credit="Photograph: Tom\u00e1s Arbeleche for the Halloran Museum, 2018")),
        dict(label="02", title="Mercury and the Mit\u2019a", paras=[
            "The rich ores near the surface were first smelted in small clay furnaces called huayras, which used the "
            "strong mountain winds to reach high temperatures. When those ores ran out in the 1560s, output collapsed. "
            "The answer was mercury: in the patio process, crushed ore was mixed with mercury, salt and other reagents "
            "and spread across stone yards, where the silver slowly formed an amalgam that could be washed out and heated.",
            "The mercury came from the mine of Huancavelica in Peru, itself a deadly place to work. Viceroy Francisco "
            "de Toledo, who reorganised the industry in the 1570s, also revived and enlarged the mit\u2019a, an Andean "
            "labour levy, so that thousands of men from highland villages had to serve at the mountain each year.",
            "These mitayos carried ore up ladders of rawhide and wood in the dark, breathed dust and mercury vapour, "
            "and were often paid too little to live on. Many villages lost men who never came home, and families who "
            "could afford it paid substitutes to go in their place.",
        ]),
        dict(label="03", title="Silver Around the World", paras=[
            "The silver was cast into bars and struck into coins, the famous pieces of eight, at the royal mint in the "
            "town. The Crown took a fifth of everything declared, and fleets carried the bullion up the Pacific coast "
            "to Panama and on across the Atlantic to Spain.",
            "Much of it did not stay there. Spanish debts sent it on to bankers in Genoa and Antwerp, and merchants in "
            "Manila exchanged it for Chinese silk and porcelain, because China needed silver to pay its taxes. "
            "Historians have called this the first truly global trade.",
            "Output peaked around 1600 and then declined slowly as the ore grew poorer. After independence in 1825 the "
            "mountain was worked for tin as much as for silver. Cooperatives still mine it today, and engineers warn "
            "that centuries of tunnels have weakened the summit.",
        ]),
    ],
    sidebar=dict(title="A Coin for the World", paras=[
        "The Spanish peso of eight reales, struck in large numbers from Potos\u00ed silver, circulated so widely that "
        "it became the model for the American dollar. It remained legal tender in the United States until 1857.",
    ]),
    quote="\u201cThe mountain gave the world its coins, and took the villages their sons.\u201d",
    quote_by="\u2014 Elena Quispe, mine guide, 2019",
    running=["Halloran Museum of Mining and Metals  |  Silver and Empire  |  Panel 3.1"],
)

# ---------------------------------------------------------------- Falun (A4 catalogue pp. 212-213)
EX["falun_copper_1687"] = dict(
    kicker="CHAPTER 3",
    title_lines=["The Copper Mountain of Falun"],
    dateline="c. 1000\u20131992",
    intro=("For several centuries a single mine in the Swedish province of Dalarna produced most of Europe\u2019s "
           "copper. Its wealth paid for Sweden\u2019s wars in the seventeenth century, and its great open pit is still "
           "one of the most striking industrial landscapes in Europe."),
    sections=[
        dict(label="3.1", kicker="THE MASTERS", title="Fire-Setting and the Guild of Owners", paras=[
            "Copper was being dug at Falun before the end of the first millennium, and a charter of 1347 issued by King "
            "Magnus Eriksson already describes an organised community of mine owners.{1} Each master held a share in "
            "the mountain and ran his own small smelter, while the work underground was shared out and policed by the "
            "mine\u2019s own court.",
            "The ore was hard, and miners broke it by fire-setting: great stacks of wood were burned against the rock "
            "face overnight, and the heated stone cracked as it cooled. Smoke and sulphur fumes filled the workings, and "
            "the forests of Dalarna were felled for miles around to feed the fires and the smelting hearths.",
            "Broken ore was hoisted in leather buckets by horse whims and carried to roasting heaps, where it smouldered "
            "for weeks to drive off sulphur before it was smelted. The fumes killed the vegetation around the town, and "
            "travellers in the eighteenth century described a grey, bare landscape under plumes of smoke.",
        ]),
        dict(label="3.2", kicker="THE DISASTER", title="The Great Pit", paras=[
            "By the seventeenth century the mountain was riddled with chambers left by generations of fire-setting, "
            "often with little thought for the rock between them. Around 1650 the mine produced about two thirds of all "
            "the copper mined in Europe,{2} and the Swedish crown borrowed against its output to pay for its armies.",
            "On Midsummer Eve in 1687 the walls between the largest chambers gave way and a huge part of the mountain "
            "fell in. Because it was one of the few holidays of the year, almost no one was underground, and no one is "
            "known to have died. The collapse left the open crater, about a hundred metres deep, that visitors see today.",
            "Mining went on from the sides of the pit and through new shafts, but output never returned to its old level. "
            "By then the copper of Falun mattered less to Europe than to Sweden itself, where it was still struck into "
            "the huge copper plates that served as money.",
            "The crater itself became a sight for travellers. The young Carl Linnaeus, who toured the mine in 1734, "
            "admired its machinery but wrote that the workings below were as dreadful as any picture of hell.",
        ], caption=dict(
            text="Miner\u2019s fat lamp of hammered iron, with a hook for hanging it from the timbering. Falun, about 1700.",
            position=None, credit="Lent by the Stora H\u00e4stberg Collection, SH 1934.22", number="3.14")),
        dict(label="3.3", kicker="THE AFTERLIFE", title="A Body in the Water", paras=[
            "In 1719 miners found the body of a young man in a flooded shaft, preserved by the water, which was heavy "
            "with copper salts. An old woman recognised him as her betrothed, Mats Israelsson, who had vanished there "
            "forty-two years before. The story of \u201cFat Mats\u201d was retold by writers such as E. T. A. Hoffmann.{3}",
            "The company that ran the mine, Stora Kopparberg, is often described as one of the oldest limited companies "
            "in the world. It turned to iron, timber and paper as the copper dwindled, and the last ore was raised in "
            "December 1992. The pit and the town became a World Heritage Site in 2001.",
        ]),
    ],
    sidebar=dict(title="Falu Red", paras=[
        "The dark red paint of Swedish farmhouses is made from the iron-rich sludge left over from the copper ore. "
        "Pigment is still produced at the mine, long after the last copper was sold.",
    ]),
    notes={
        "1": "The charter survives in the archive of the mining company. It confirms privileges that the owners already held rather than creating new ones.",
        "2a": "Figures for early modern output are uncertain. Estimates rest on royal tax records, which the owners had every reason to understate, and on the books of foreign buyers in Amsterdam and L\u00fcbeck,",
        "2b": "which do not always separate Swedish copper from that of other sources. See the bibliography, section C.",
        "3": "Hoffmann\u2019s tale \u201cThe Mines of Falun\u201d appeared in 1819.",
    },
    running=["Metals of the North", "The Copper Mountain of Falun", "212", "213"],
)

# ---------------------------------------------------------------- Kimberley (tri-fold leaflet)
EX["kimberley_big_hole_1871"] = dict(
    kicker="VISITOR LEAFLET 4",
    title_lines=["The Big Hole", "Diamonds at Kimberley, 1871\u20131914"],
    intro=("In 1871 diamonds were found on a low hill on a farm in the dry interior of southern Africa. Within months "
           "thousands of diggers had arrived, and the hill began to vanish into one of the largest hand-dug holes on Earth."),
    index=["In this leaflet", "1  The New Rush", "2  Claims, Ropes and Buckets", "3  One Company", "Back  Visiting the Hole"],
    sections=[
        dict(label="1", title="The New Rush", paras=[
            "Diamonds had already been picked up along the Vaal and Orange rivers, but the find on the Colesberg Kopje, "
            "on a farm that had belonged to the De Beer brothers, was different. The stones lay not in river gravel but "
            "in a pipe of soft yellow earth that went straight down into the ground.",
            "Prospectors poured in from the Cape Colony, Australia, Europe and the Americas, and Black workers came from "
            "across southern Africa to earn wages for cattle, guns and bridewealth. The camp, first called New Rush and "
            "then Kimberley after the British colonial secretary, grew into a town of tents and corrugated iron, and "
            "Britain annexed the diamond fields in 1871 over the protests of the Orange Free State.",
            "In the first years some Black and Griqua diggers held claims of their own, but new rules soon pushed most of "
            "them out and left them to work for wages.",
        ]),
        dict(label="2", title="Claims, Ropes and Buckets", paras=[
            "The kopje was divided into claims about nine metres square. As digging went deeper, the roadways left "
            "between the claims collapsed, and owners hauled their ground to the rim in buckets on a web of wire ropes. "
            "Seen from above, the pit looked like a vast spider\u2019s web.",
            "Below the yellow ground lay hard blue ground, which had to be left to weather in the open before it could be "
            "broken up. Floods, rock falls and mud rushes killed many workers. From the 1880s the companies housed their "
            "African workers in closed compounds, fenced and roofed with wire to stop theft, a system later copied across "
            "the mines of South Africa.",
        ], caption=dict(
            text="Diggers\u2019 buckets and ropes: a model made for the museum from photographs taken about 1875.",
            position="Above", credit="Brandvlei Mining Museum, BMM 1996.14")),
        dict(label="3", title="One Company", paras=[
            "Small claims could not pay for pumps and machinery, and they were bought up and merged. Cecil Rhodes and "
            "Charles Rudd built up the De Beers company, while Barney Barnato controlled the Kimberley Central company "
            "in the great pit itself. In 1888 Rhodes bought Barnato out, creating De Beers Consolidated Mines, which came "
            "to control most of the world\u2019s diamond supply.",
            "By the time digging from the surface stopped, the hole was about 240 metres deep, and shafts later went much "
            "further down. When the mine closed in 1914 it had yielded almost three tonnes of diamonds.",
            "The hole is now partly filled with water and forms the centre of a museum village of old buildings moved "
            "there from the town. Kimberley itself became a city of engineers, and in 1882 one of the first in the world "
            "to light its streets with electricity.",
        ]),
    ],
    sidebar=dict(title="What Is Kimberlite?", paras=[
        "The rock of the diamond pipe was named kimberlite after the town. It was brought up by volcanic eruptions "
        "from depths of more than 150 kilometres, far below the crust, carrying diamonds with it. Most pipes hold no "
        "diamonds at all, and even in a rich one a tonne of rock may yield less than a gram.",
    ]),
    back=["The Big Hole", "Visiting the Hole",
          "The viewing platform is open daily from 8 am to 5 pm. Allow an hour for the mine museum and the old town.",
          "Brandvlei Mining Museum  |  Leaflet 4  |  Printed by Karoo Press, March 2025"],
    running=[],
)

# ---------------------------------------------------------------- Hall-Heroult (A3 landscape panel)
EX["hall_heroult_aluminium_1886"] = dict(
    title_lines=["Silver from Clay", "The Making of Cheap Aluminium"],
    intro=("Aluminium is the most common metal in the Earth\u2019s crust, yet until the 1880s it was rarer in daily life "
           "than silver. In 1886 two young men, one in Ohio and one in France, found independently how to make it "
           "cheaply with electricity."),
    sections=[
        dict(label="1", kicker="BEFORE 1886", title="A Metal for Emperors", paras=[
            "Chemists knew that clay and alum contained an unknown metal long before anyone could isolate it, and Humphry "
            "Davy, who had failed to extract it, had already given it a name. "
            "Hans Christian \u00d8rsted produced a few impure grains in 1825, and Friedrich W\u00f6hler made small amounts two "
            "years later by heating aluminium chloride with potassium.",
            "In the 1850s Henri Sainte-Claire Deville improved the method by using sodium, and with the backing of "
            "Napoleon III produced ingots that were shown at the Paris Exposition of 1855 as \u201csilver from clay\u201d. "
            "The emperor is said to have served his most honoured guests with aluminium cutlery while the others made do "
            "with gold. As late as 1884 a small pyramid of the metal was set on top of the Washington Monument, where it "
            "still forms the tip of the lightning conductor.",
        ]),
        dict(label="2", kicker="1886", title="Two Inventors, One Process", paras=[
            "Charles Martin Hall, a young graduate of Oberlin College, set out to find a cheap method after hearing his "
            "teacher say that whoever did so would make a fortune. Working in a woodshed behind the family house, helped "
            "by his sister Julia, he dissolved alumina in molten cryolite and passed a current through it. On 23 "
            "February 1886 he found small globules of aluminium on the cathode.",
            "In France, Paul H\u00e9roult arrived at the same idea and patented it a few weeks later. Both men were born in "
            "1863 and both died in 1914. Their method, now called the Hall\u2013H\u00e9roult process, is still the only way "
            "aluminium is made on a large scale.",
            "Both inventors passed a strong current through a bath of cryolite at close to a thousand degrees. The oxygen "
            "of the alumina combined with the carbon anodes, which burned slowly away and had to be replaced, while "
            "liquid aluminium gathered at the bottom of the cell.",
        ], caption=dict(
            text="Replica of the crucible and carbon rods that Hall used in the woodshed at Oberlin, 1886.",
            position=None, credit="Courtenay Museum of Industry, CMI 2004.7")),
        dict(label="3", kicker="AFTER 1886", title="Cheap Metal, Heavy Power", paras=[
            "Hall\u2019s backers founded the Pittsburgh Reduction Company, later Alcoa, and H\u00e9roult\u2019s process was taken "
            "up in Switzerland and France. Karl Josef Bayer\u2019s method of refining alumina from bauxite, patented in 1888, "
            "completed the chain, and within a few years the price of the metal fell to a small fraction of its old level.",
            "Smelters need enormous amounts of electricity, so they were built beside waterfalls and later wherever power "
            "was cheap, from Niagara to Norway and Iceland. Aluminium made possible airships, aircraft and lighter cars. "
            "Today about a third of it comes from scrap, which needs only a twentieth of the energy to remelt.",
            "Hall became vice-president of the company he had helped to found and left much of his fortune to Oberlin "
            "College, where a statue of him cast in aluminium now stands.",
        ]),
    ],
    sidebar=dict(title="Cryolite from Greenland", paras=[
        "The molten salt in which alumina is dissolved was at first a rare mineral, cryolite, dug at Ivittuut in "
        "south-west Greenland. The deposit was almost worked out by the 1980s, and smelters now use synthetic cryolite.",
    ]),
    quote="\u201cThe metal lay under every field, and in nobody\u2019s hand.\u201d",
    quote_by="\u2014 Margaret Lowry, historian of industry",
    table=dict(title="Two inventors, born months apart", head=["", "Charles Martin Hall", "Paul H\u00e9roult"],
               rows=[["Born", "1863, Thompson, Ohio", "1863, Thury-Harcourt"],
                     ["Success", "February 1886, Oberlin", "1886, Gentilly"],
                     ["Died", "1914", "1914"]]),
    running=["Courtenay Museum of Industry  |  Light Metals Hall  |  Panel 12"],
)

# ---------------------------------------------------------------- Agricola (DOCX)
EX["agricola_de_re_metallica_1556"] = dict(
    kicker="Reading Room exhibition  \u00b7  Rare Books of the Earth Sciences",
    title_lines=["The Book of Metals", "Georgius Agricola\u2019s De re metallica, 1556"],
    intro=("Printed in Basel a year after its author\u2019s death, De re metallica was the first thorough account of mining "
           "and metalworking to appear in print. For nearly two centuries it remained the standard handbook, and its "
           "woodcuts are still the best picture we have of a sixteenth-century mine."),
    sections=[
        dict(label="Case 1", title="A Doctor among Miners", paras=[
            "Georg Bauer, who wrote under the Latin name Georgius Agricola, was born in Saxony in 1494. He studied "
            "classics and medicine, and in 1527 became town physician in Joachimsthal, a booming silver town in the "
            "mountains of Bohemia whose coins, the thalers, later gave their name to the dollar.",
            "He spent his free hours with miners and smelters, asking how they found veins, drained shafts and tested "
            "ore. Later he settled in Chemnitz, where he served as burgomaster, and wrote several books on minerals and "
            "on the rocks of the mountains. His De natura fossilium of 1546, which sorted minerals by colour, taste, "
            "hardness and other properties, is sometimes called the first handbook of mineralogy.",
            "He worked on De re metallica for about twenty years. When he died in 1555 the book was still with the "
            "printer, and it appeared the following year with a dedication to the dukes of Saxony.",
        ]),
        dict(label="Case 2", title="Twelve Books and Nearly Three Hundred Pictures", paras=[
            "The work is divided into twelve books. The first ones defend mining as an honourable calling and explain "
            "how to choose a site and follow a vein; the later ones deal with surveying, machines, assaying, smelting and "
            "the making of salt, sulphur and glass.",
            "More than 270 woodcuts show the machinery in remarkable detail: water wheels turning chains of buckets, "
            "horse-driven whims, bellows, piston pumps and ventilating fans. The Froben press in Basel paid artists and "
            "cutters for years to prepare the blocks, one reason the book took so long to appear.",
            "Agricola also wrote about the dangers of the work. He noted that in some Carpathian mines women had buried "
            "seven husbands one after another, because the dust destroyed the men\u2019s lungs. He recommended veils over "
            "the face and long gloves for those who worked in the dustiest places.",
        ], caption=dict(
            text="A woodcut from Book VI showing a pump driven by a water wheel, which lifts water from a deep shaft.",
            position="Above", credit="Lent by the Ferrier Library, FL Inc. 1556/2")),
        dict(label="Case 3", title="Translated by a President", paras=[
            "Latin limited its readers, so a German translation followed in 1557 and an Italian one in 1563, each with the "
            "original woodcuts. Mining "
            "schools in Saxony still used the book in the eighteenth century.",
            "The first English translation appeared only in 1912. It was made by Herbert Hoover, then a mining engineer "
            "and later President of the United States, and his wife Lou Henry Hoover, a geologist who read Latin. They "
            "spent five years on it, working out the meaning of the Latin words Agricola had invented for machines the "
            "Romans never had.",
            "Their edition reproduced all the woodcuts and added long notes on the history of mining. The couple paid "
            "for the printing themselves and gave copies to mining engineers and libraries.",
        ]),
    ],
    sidebar=dict(title="The Forked Twig", paras=[
        "Agricola described prospectors searching for veins with a forked hazel twig held in both hands. He reported "
        "the practice fairly but doubted it, and advised miners to study the rocks and springs instead. The same twig "
        "appears in one of the woodcuts, in the hands of a man walking across a wooded hillside.",
    ]),
    quote="\u201cA mine without pictures is a locked room.\u201d",
    quote_by="\u2014 Ilse Marquardt, librarian, 1961",
    editions=["Basel, Froben, 1556 (first edition, Latin)", "Basel, 1557 (German, Vom Bergkwerck)",
              "London, The Mining Magazine, 1912 (English, translated by H. C. and L. H. Hoover)"],
    running=["Ferrier Library  \u00b7  Rare Books of the Earth Sciences"],
)

# ---------------------------------------------------------------- Wieliczka (HTML, HonKit)
EX["wieliczka_salt_mine_1368"] = dict(
    kicker="Underground galleries",
    title_lines=["Salt Beneath Krak\u00f3w", "The Wieliczka Mine"],
    intro=("For more than seven hundred years miners dug rock salt from beneath the town of Wieliczka, south-east of "
           "Krak\u00f3w. The salt paid a large share of the Polish kings\u2019 income, and the miners left behind a maze of "
           "chambers, chapels and brine lakes that now draws visitors from all over the world."),
    sections=[
        dict(label="Level I", title="Royal Salt", paras=[
            "Salt had been boiled from brine springs in the area since the Neolithic, but in the thirteenth century "
            "diggers struck solid rock salt underground. Shafts were sunk, and the mines at Wieliczka and nearby Bochnia "
            "were run together as a single royal enterprise, the Krak\u00f3w Saltworks, with its own officials and courts.",
            "In 1368 King Casimir the Great issued a statute that laid down how the mines were to be run, how the miners "
            "were paid and how the salt was sold. For long periods the saltworks supplied as much as a third of the "
            "royal revenue.",
            "Salt was sold across Poland and far beyond, and the miners, many of them skilled freemen, were among the "
            "best-paid workers in the kingdom. From 1772, when this part of Poland passed to Austria in the first "
            "partition, the mine was run by the Habsburg state.",
        ]),
        dict(label="Level II", title="Horses, Winches and Fire", paras=[
            "Blocks of salt were cut by hand with picks and wedges, shaped into barrel-sized cylinders and hauled to the "
            "surface by horse-driven winches. Some horses lived underground for years, stabled in chambers cut from the "
            "salt itself. Smaller lumps were ground and packed into barrels for sale.",
            "The greatest danger was methane. Before safety lamps, a worker known as the penitent crawled through the "
            "passages wrapped in wet rags, holding a burning torch on a long pole to burn off the gas gathered under the roof.",
            "Water was the other enemy, since it dissolves the rock. Miners lined the passages with timber and pumped "
            "out the brine, and a serious inflow of water in 1992 showed how fragile the old workings remain.",
        ], caption=dict(
            text="A horse-driven winch of the Hungarian type, rebuilt in a worked-out chamber on the second level.",
            position=None, credit="Photograph: Marta Zieli\u0144ska, Wawel Salt Trust, WST 2011.88")),
        dict(label="Level III", title="Chapels in Salt", paras=[
            "Miners carved shrines and figures into the walls of worked-out chambers. The largest, the Chapel of St "
            "Kinga, was begun in 1896 and carved over several decades by a few miner-sculptors; even its chandeliers "
            "are made from crystals of salt. Other chambers hold statues of kings and saints and a monument to Copernicus.",
            "Mining of rock salt ended in 1996, although brine is still pumped out to keep the workings dry. The mine was "
            "among the first twelve places entered on the World Heritage List in 1978.",
            "Tourists have come since at least the fifteenth century, and today more than a million people a year walk "
            "the route through the upper levels, which descends to about 135 metres. The mine also runs an underground "
            "health resort for people with breathing problems.",
        ]),
    ],
    sidebar=dict(title="Kinga\u2019s Ring", paras=[
        "A legend tells that Princess Kinga of Hungary threw her engagement ring into a salt mine in her homeland "
        "before travelling to Poland, and that it turned up in the first lump of salt dug at Wieliczka. She became the "
        "patron saint of salt miners, and her feast day in July is still kept in the chapel that bears her name.",
    ]),
    quote="\u201cWe walked for an hour and never left the salt.\u201d",
    quote_by="\u2014 Visitors\u2019 book, 1912",
    running=[],
)
