# -*- coding: utf-8 -*-
"""All exhibit texts (my own words) and the gold structure of each exhibit.
Sections: (label, title, [paragraphs], caption-or-None); caption = (position, text, credit)."""

DOCS = {}

DOCS["waldseemuller_map_1507"] = dict(
    title_lines=["The Map That Named America", "Martin Waldseemüller’s world map of 1507"],
    kicker="GALLERY 2  |  CHARTING A NEW WORLD",
    running=["Hollin Hall Map Museum  ·  Gallery 2  ·  Panel 7"],
    intro="In a small town in the Vosges mountains a group of scholars printed a huge map of the world in 1507. It showed a separate continent across the Atlantic and, for the first time, gave it a name. About a thousand copies may have been printed; only one is known to survive.",
    sections=[
        ("1", "A Workshop at Saint-Dié", [
            "Saint-Dié was a modest cathedral town in the duchy of Lorraine, but around 1500 it was home to a circle of humanists known as the Gymnasium Vosagense. Its patron, the canon Walter Lud, owned a printing press, and its members included the young cartographer Martin Waldseemüller and the poet and teacher Matthias Ringmann.",
            "The group was preparing a new edition of Ptolemy’s Geography, the second-century guide to mapping the known world that European scholars had rediscovered a century before. While they worked, printed letters describing the voyages of Amerigo Vespucci reached Lorraine, and these lively accounts changed the whole project.",
            "Ringmann, who wrote fine Latin and knew some Greek, probably composed most of the accompanying text, while Waldseemüller drew the maps. Both men died young, Ringmann in 1511 and Waldseemüller around 1520, and neither grew rich from the work.",
        ], None),
        ("2", "Twelve Sheets and a New Name", [
            "The map was printed from woodblocks on twelve sheets and measures about 1.3 by 2.4 metres when they are joined. It follows Ptolemy’s outline for Europe, Africa and Asia, but along its western edge it draws a long, narrow land surrounded by ocean and separate from Asia, several years before any European is known to have sailed into the Pacific.",
            "Across the southern part of that land Waldseemüller printed the word America. A small book issued with the map, the Cosmographiae Introductio, explains the choice: Europe, Asia and Africa bore women’s names, so the fourth part of the world could be named after Amerigo, who had recognised it as a new world. Portraits of Ptolemy and Vespucci look down from the top border.",
            "The name stuck only in part. In his later maps Waldseemüller replaced it with Terra Incognita, but other mapmakers kept it, and in 1538 Gerard Mercator applied it to both the northern and the southern continent.",
        ], ("Above", "Facsimile of sheet 9, where the name America appears across the southern continent beside a hilly, unexplored interior.", "Facsimile lent by the Ardlow Collection, AC 1990.14.9")),
        ("3", "The Only Copy", [
            "Wall maps were meant to be pinned up and used, so they wore out and were thrown away. The single surviving print was bound into a portfolio by the Nuremberg mathematician Johannes Schöner, and by the nineteenth century it lay forgotten in the castle library of the princes of Waldburg-Wolfegg in southern Germany.",
            "The Jesuit scholar Joseph Fischer identified it there in 1901. After long negotiations the Library of Congress in Washington bought it in 2003 for ten million dollars, and it went on permanent display in 2007, five hundred years after it was printed. It is kept in a sealed case filled with argon gas, which protects the old paper and ink from decay.",
        ], None),
    ],
    sidebar=("Did You Know?", ["Waldseemüller also printed globe gores, narrow strips meant to be cut out and pasted onto a ball, which made the first printed globe of the world. They carry the name America too, and only a few sets of them survive."]),
    quote=("“Europe and Asia took their names from women. I see no reason why anyone should forbid us to call this new part Amerige.”", "— after the Cosmographiae Introductio, 1507"),
    timeline=[("1503", "Vespucci’s letter Mundus Novus is printed"), ("1507", "Map and Introductio issued at Saint-Dié"), ("1513", "Strasbourg edition of Ptolemy"), ("1516", "Carta Marina drops the name"), ("1901", "Fischer finds the map at Wolfegg"), ("2003", "Bought by the Library of Congress")],
)

DOCS["ordnance_survey_1791"] = dict(
    title_lines=["Triangles across Britain"],
    kicker="CHAPTER 4",
    dateline="1747–1858",
    running=["34", "Measuring the Kingdom", "Triangles across Britain", "35"],
    intro="Great Britain’s national mapping agency began as an army project. Its first task was not to draw maps at all but to measure the country with chains, rods and a great theodolite, fixing thousands of points on a web of triangles.",
    sections=[
        ("4.1", "From the Highlands to Hounslow Heath", [
            "After the Jacobite rising of 1745 the government wanted reliable maps of the Scottish Highlands, where its troops had struggled to move. Between 1747 and 1755 a young surveyor, William Roy, led the parties that sketched the mainland of Scotland at a scale of about one inch to a thousand yards.",
            "Roy rose to become a general, and for years he argued that the whole of Britain should be mapped in the same way. His chance came in 1783, when the Royal Society proposed to link the observatories of Greenwich and Paris by a chain of triangles, so that the difference in longitude between them could be fixed.",
            "The first step was a baseline, measured with extreme care, from which every other distance would be calculated. In the summer of 1784 Roy’s men laid out a straight line of just over five miles across Hounslow Heath, west of London, first with wooden rods and then with glass tubes, which changed less in damp weather.",
        ], None),
        ("4.2", "The Great Theodolite", [
            "The angles were measured with a theodolite built by the instrument maker Jesse Ramsden. Its horizontal circle was three feet across and divided so finely that it could read angles to about a second of arc. It weighed some ninety kilograms, travelled in a sprung carriage and was hauled up church towers and hills in all weathers.",
            "Roy died in 1790, before the work with France was complete. The following year, on 21 June 1791, the Board of Ordnance, which supplied the army with guns and fortifications, bought a second Ramsden theodolite and formally began a national survey. That date is still treated as the birthday of the Ordnance Survey.",
            "The survey’s first printed map, covering Kent at one inch to the mile, appeared in 1801, when an invasion from France seemed likely. The southern counties were mapped first for the same reason.",
        ], (None, "Fig. 4.6  Surveyor’s chain of one hundred iron links, with brass tallies every ten links, as used by the field parties, about 1800.", "Lent by the Royal Corps Collection, Wexcombe, RC 771")),
        ("4.3", "The Principal Triangulation", [
            "Over the following decades the triangles were carried north and west until they covered the whole of Great Britain. Observers spent months on remote summits waiting for clear air, and to see across long distances they used lamps and, later, the brilliant limelight devised by Thomas Drummond.",
            "The Principal Triangulation was completed in 1853, and its results were published in 1858. A base measured on Salisbury Plain differed from the length calculated through the triangles by only a few inches over almost seven miles. The same framework served until the retriangulation of Great Britain began in 1936.",
            "The survey’s maps, drawn at one inch to the mile and later at much larger scales, rested on those triangles for more than eighty years.",
        ], None),
    ],
    sidebar=("The Trig Pillar", ["The concrete pillars on many British hilltops belong to that later retriangulation, not to Roy’s survey. More than six thousand were built, each with a brass mount on top for the theodolite, and most have been redundant since satellite positioning took over. Walkers still treat them as the true summit of a hill."]),
    notes=["1 The manuscript sheets of this Military Survey of Scotland are now in the British Library in London.", "2 Drummond’s light, made by heating a block of lime in a hot flame, was first used by the survey in Ireland in 1825 and could be seen from sixty miles away on a clear night."],
    table=("Base lines of the Principal Triangulation", [("Base", "Year", "Length"), ("Hounslow Heath", "1784", "5.19 miles"), ("Salisbury Plain", "1794", "6.93 miles"), ("Lough Foyle", "1827–28", "7.89 miles")]),
)

DOCS["catalan_atlas_1375"] = dict(
    title_lines=["The Catalan Atlas"],
    kicker="MAJORCA, ABOUT 1375",
    running=["Hollin Hall Map Museum  ·  Sea Charts and World Pictures  ·  Panel 3"],
    intro="Made on the island of Majorca in about 1375, the Catalan Atlas is one of the richest maps to survive from the Middle Ages. It joins the exact coastlines of sailors’ charts to a picture of the world filled with kings, caravans and cities, gathered from merchants, pilgrims and travellers’ books.",
    sections=[
        ("A", "A Chart for Sailors", [
            "Its western half grows out of the portolan chart, the working map of Mediterranean seamen. Such charts were drawn on vellum over a web of lines radiating from compass roses, and they traced coasts and harbours with an accuracy that no other map of the time could match.",
            "Names of ports are written at right angles to the shore, so that the chart had to be turned as it was read. Important harbours are marked in red and lesser ones in black, and islands are painted in bright colours to make them stand out.",
            "Chartmaking was a Majorcan speciality. The island lay on the sea routes between Italy, Spain and North Africa, and its workshops sold charts to captains and merchants from all over the western Mediterranean.",
        ], None),
        ("B", "The World on Twelve Panels", [
            "The atlas is made of six large sheets of vellum, folded down the middle and mounted on wooden boards. The first two carry texts and diagrams about the calendar, the tides and the stars; the last four form a map of the known world running from the Atlantic to China.",
            "In West Africa sits Mansa Musa, the ruler of Mali, holding up a golden nugget while a rider on a camel approaches him. Further east a caravan crosses Central Asia, and the lands of the Great Khan are drawn from the account of Marco Polo, with the cities of Cathay named much as he recorded them.",
            "The map is crowded with such figures: the Queen of Sheba, the Three Kings on their way to Bethlehem, and pearl divers in the Indian Ocean. It is both a chart for navigation and an encyclopedia of what Christian Europe knew, or believed, about the rest of the world.",
        ], None),
        ("C", "A Royal Gift", [
            "The atlas is usually credited to the workshop of Cresques Abraham, a Jewish master of maps and compasses in Palma, who worked with his son Jafuda. The crown of Aragon valued their skill, and the atlas is probably the map of the world that was sent from Aragon to the young Charles VI of France in 1381.",
            "It has stayed in the French royal collections ever since and is now in the Bibliothèque nationale de France in Paris. After the attacks on the Jewish quarter of Palma in 1391, Jafuda converted to Christianity and took the name Jaume Ribes.",
            "No other map from the Cresques workshop survives with the same wealth of pictures and text, and nothing quite like it was made again.",
        ], ("Left", "Mansa Musa of Mali, enthroned and holding a gold nugget, in a detail from the third map panel.", "Reproduction courtesy of the Consell Cartographic Society, Palma")),
    ],
    sidebar=("Reading a Compass Rose", ["The lines that cross a portolan chart are not lines of latitude or longitude. They run out from compass roses in sixteen or thirty-two directions, and a pilot used them with a pair of dividers to find the bearing from one harbour to the next. The roses were often painted in gold and colour and became a favourite ornament of later maps."]),
    boxquote="Here the sailor’s chart meets the storyteller’s world.",
    places=["1  Palma", "2  Timbuktu", "3  Sarai", "4  Hormuz", "5  Khanbaliq"],
)

DOCS["piri_reis_map_1513"] = dict(
    title_lines=["A Fragment of the World", "Piri Reis and his map of 1513"],
    kicker="ROOM 5  ·  MAPS OF THE OTTOMAN SEAS",
    running=["Piri Reis and the Map of 1513", "Page 1 of 2", "Page 2 of 2"],
    intro="In 1929, while the Topkapı Palace in Istanbul was being turned into a museum, scholars found a piece of painted gazelle skin showing the coasts of the Atlantic Ocean. It was part of a world map drawn in 1513 by an Ottoman sea captain, and it preserves one of the earliest pictures of the Caribbean to survive.",
    sections=[
        ("I", "The Admiral’s Nephew", [
            "Piri Reis was born around 1470 in Gallipoli and went to sea as a young man with his uncle Kemal Reis, a corsair who became one of the leading admirals of the Ottoman fleet. For years they raided and fought across the western Mediterranean, and Piri learned its coasts, harbours and currents at first hand. He fought in the naval battles against Venice at the turn of the century.",
            "After his uncle’s death in 1511 he went home to Gallipoli and turned to making maps. The map of 1513 was his first major work. He presented a second world map in 1528, of which a smaller fragment also survives, showing the coasts of the North Atlantic.",
        ], ("Left", "Lodestone in a brass mount, used to stroke and magnetise compass needles on board ship.", "Ottoman, 16th century. Lent by the Demirhan Foundation, Bodrum, DF 62/8")),
        ("II", "Twenty Sources on One Skin", [
            "In notes written on the map itself, Piri Reis explains that he compiled it from about twenty older charts and maps, among them Arab and Portuguese charts, maps from the time of Alexander the Great and a map drawn by Columbus. He says that he reduced them all to a single scale. Only about a third of the map survives; the rest, which probably showed Asia, has never been found.",
            "The surviving fragment, about ninety centimetres by sixty, shows Spain and the bulge of West Africa on one side and the coast of South America on the other, with the islands of the Caribbean between them. The notes repeat stories of the voyages that came from a Spanish sailor who had sailed with Columbus and was later captured by Kemal Reis.",
            "Columbus’s own chart of the Indies is lost, so the map is valued as an indirect witness to how the admiral himself pictured his discoveries. It also shows how quickly an Ottoman captain could gather the newest Spanish and Portuguese information, within about twenty years of the first voyage.",
        ], ("Right", "The surviving fragment of the 1513 world map, painted on gazelle parchment, in a full-size photographic copy.", "Facsimile lent by the Karaköy Institute of Navigation, KIN F.1513")),
        ("III", "The Book of the Sea", [
            "Piri Reis is best known for the Kitab-ı Bahriye, or Book of the Sea, a guide to the Mediterranean for navigators. Its first version was finished in 1521, and an enlarged copy, presented to Sultan Suleiman in 1526, held more than two hundred charts of islands, harbours and coasts.",
            "He went on serving at sea into old age and commanded the Ottoman fleet in the Indian Ocean. After a failed campaign against the Portuguese at Hormuz he was executed in Egypt, around 1553, when he was well over eighty.",
            "Copies of the Book of the Sea went on being made long after his death, many of them richly painted, and dozens of manuscripts survive in libraries today.",
        ], None),
    ],
    sidebar=("Gazelle Parchment", ["Parchment is animal skin that has been soaked, scraped and dried under tension. Skins of gazelle were prized for their thin, even surface, which took ink and colour well and survived being rolled and unrolled on board ship. The map is painted in several colours, with ships, animals and rulers filling the empty lands."]),
    quote=("“The map is a ship’s log of other people’s journeys, copied out by a man who had made many of his own.”", "— Selin Aydoğan, historian of navigation, 2011"),
    notes=["* The palace became a museum in 1924; the map was found in its library during cataloguing work led by the German scholar Gustav Adolf Deissmann, who was looking for Greek and Latin manuscripts and recognised the importance of the painted skin."],
)

DOCS["ortelius_theatrum_1570"] = dict(
    title_lines=["Theatre of the World", "Abraham Ortelius and the first modern atlas, 1570"],
    kicker="Keverne Library  ·  Treasures of the Map Room",
    running=["Keverne Library  ·  Theatre of the World  ·  page"],
    intro="Before 1570 anyone who wanted a set of up-to-date maps had to buy single sheets from many printers, in different sizes and styles. Abraham Ortelius of Antwerp gathered them into one uniform book, and in doing so he created the kind of book we still call an atlas.",
    sections=[
        ("Bay 1", "A Dealer in Maps", [
            "Ortelius was born in Antwerp in 1527, when the city was the busiest port and one of the greatest printing centres in northern Europe. He trained as a colourist, tinting printed maps by hand, and built up a trade in books, prints and maps that took him to the Frankfurt fairs and across the Low Countries.",
            "His friends included the mapmaker Gerard Mercator, who travelled with him in France, and the printer Christophe Plantin. Ortelius was a collector as well as a dealer, gathering coins, antiquities and manuscripts, and he corresponded with scholars all over Europe.",
            "In 1564 he published a large world map of his own on eight sheets, and maps of Egypt and Asia followed, so by 1570 he was known as a mapmaker as well as a merchant.",
        ], None),
        ("Bay 2", "Fifty-Three Maps in One Book", [
            "The Theatrum Orbis Terrarum was published in Antwerp in May 1570. Its fifty-three maps were engraved on copper to a common size, most of them by Frans Hogenberg, and each was backed by a page of text describing the region it showed.",
            "Ortelius surveyed no land himself. Instead he redrew the best maps he could find and, unusually for his time, printed a list of the authors he had used, naming more than eighty mapmakers in the first edition. Historians of cartography still rely on that catalogue of sources.",
            "The book was expensive, but it sold well. Four Latin printings appeared in the first year, and over the next forty years there were editions in Dutch, German, French, Spanish, Italian and English, with new maps added as they became available. The last edition appeared in 1612, fourteen years after the author’s death, by which time the atlas had grown to well over a hundred maps.",
        ], ("Left", "The world map from a Theatrum of 1570, coloured by hand, with a great southern continent along the foot of the sheet.", "Lent by the Keverne Library, KL Atl. 1570/1")),
        ("Bay 3", "Continents Adrift", [
            "Ortelius also wrote on the history of geography and compiled a dictionary of ancient place names. In its 1596 edition he suggested that the Americas had been torn away from Europe and Africa by earthquakes and floods, an early guess at what is now understood as continental drift.",
            "He died in Antwerp in 1598 and was buried in the abbey of St Michael. By then his atlas had rivals, above all the volumes that Mercator’s heirs published under the title Atlas, the name that stuck to all such books.",
            "Many of his letters survive, and they show a generous, curious man who shared information freely, even with his rivals.",
        ], None),
    ],
    sidebar=("The Colourist’s Trade", ["Most copies of the Theatrum were sold uncoloured, and buyers paid extra for colour added by hand, so the quality varies from copy to copy. Ortelius’s own early work as a colourist taught him how much a careful wash could add to the price of a map. Colour also helped the reader, who could follow a border or a river more easily when it was tinted."]),
    quote=("“A map read with its text beside it is worth ten hung on a wall.”", "— Marjolein de Vries, curator"),
    notes=["Contemporaries called him the Ptolemy of his age, a phrase repeated on his tombstone."],
)

DOCS["tabula_rogeriana_1154"] = dict(
    title_lines=["The Book of Roger", "Al-Idrisi’s map of the world for the King of Sicily, 1154"],
    kicker="Online exhibition · Maps between Faiths",
    running=[],
    intro="In 1154 the geographer Muhammad al-Idrisi finished a description of the world for Roger II, the Norman king of Sicily. Its maps, drawn with south at the top, summed up what the scholars of Palermo could learn about the lands between the Atlantic and China. The book was finished only weeks before the king died.",
    sections=[
        ("Leaf 1", "A Scholar at a Norman Court", [
            "Al-Idrisi was born around 1100, probably in Ceuta on the North African coast, into a family that traced its descent from the Prophet. He studied in Córdoba and travelled widely as a young man, through Spain, North Africa and Asia Minor, before Roger II invited him to Palermo.",
            "Roger ruled a kingdom where Latin, Greek and Arabic were all spoken at court. He wanted a complete account of the world, and for some fifteen years he and al-Idrisi questioned the travellers, merchants and sailors who passed through Sicily, checking their reports against each other and against older books.",
            "Palermo had been under Muslim rule for more than two centuries before the Normans took it in 1072, and many of its officials and craftsmen still spoke Arabic and followed Islam.",
        ], None),
        ("Leaf 2", "Seventy Sections", [
            "The result was a book whose Arabic title means The Pleasure of Him Who Longs to Cross the Horizons; in Europe it is known as the Book of Roger. It divides the inhabited world into seven climates, bands running from west to east, and each climate into ten sections, giving seventy regional maps, each with its own written description.",
            "Laid side by side, the sectional maps form a picture of Europe, Asia and North Africa far more detailed than anything then available in Latin Europe. South is at the top, as was usual on Arabic maps, so the Mediterranean looks upside down to a modern eye. Readers are often surprised to find Sicily drawn large, a compliment to the king who paid for the work.",
            "A small round map of the world accompanied the text. No copy from al-Idrisi’s lifetime survives, but around ten later manuscripts of the book are known, and several of them preserve the maps.",
        ], (None, "The round world map, with south at the top, as copied in a later manuscript of the Book of Roger.", "Reproduction courtesy of the Hallam Oriental Library, HOL MS 212")),
        ("Leaf 3", "The Silver Disc", [
            "According to the preface, Roger also had a great disc of silver engraved with the map of the world. It was said to weigh about four hundred Roman pounds, and it is thought to have been broken up soon after the king’s death, during the unrest in Palermo in 1160 and 1161.",
            "Al-Idrisi later wrote a second geographical work for Roger’s son, William I, and he seems to have returned to North Africa before his death around 1165. His maps went on being copied in the Islamic world for centuries.",
            "In 1928 the German scholar Konrad Miller joined the seventy sections into one large map, and his version, known as the Tabula Rogeriana, is the one most often reproduced.",
        ], None),
    ],
    sidebar=("Upside Down?", ["Putting north at the top is a convention, not a law of nature. Many medieval Islamic maps placed south at the top, while Christian world maps of the same period often put east there, towards the Garden of Eden. Turning a map round can make a familiar coastline look strange and new."]),
    quote=("“To draw the world you must first learn to listen to those who have crossed it.”", "— Yusuf Haddad, lecture at the Hallam, 2018"),
)


def gold(name):
    d = DOCS[name]
    title = " ".join(d["title_lines"])
    secs = [{"label": None, "title": title, "blocks": [{"kind": "paragraph", "text": d["intro"]}]}]
    for label, head, paras, cap in d["sections"]:
        blocks = [{"kind": "paragraph", "text": p} for p in paras]
        if cap:
            blocks.append({"kind": "caption", "text": cap[1], "position": cap[0], "credit": cap[2]})
        secs.append({"label": label, "title": head, "blocks": blocks})
    st, sp = d["sidebar"]
    secs.append({"label": None, "title": st, "blocks": [{"kind": "paragraph", "text": p} for p in sp]})
    return {"title": title, "running": d["running"], "sections": secs}
