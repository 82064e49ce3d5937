# Texts of set 76 (my own words). Each exhibit: title lines, running strings, sections.
# A section: (label, title, [blocks]); block: ("p", text) or ("cap", text, position, credit).

EX = {}

EX["fresnel_lens_1823"] = dict(
    title=["Rings of Glass", "Augustin Fresnel and the Lighthouse Lens, 1823"],
    running=["Museum of the Northern Shore · Gallery 2: Lights on the Coast", "2.3"],
    sections=[
        (None, None, [
            ("p", "In the summer of 1823 a new kind of lens was lit in the lighthouse of Cordouan at the mouth of the Gironde. Built from rings of polished glass, it sent a beam far out to sea with a single oil lamp, and within fifty years it had changed lighthouses all over the world."),
        ]),
        ("I", "Mirrors and Smoke", [
            ("p", "Before Fresnel, most lighthouses relied on coal fires or on clusters of oil lamps set in front of polished metal reflectors. The reflectors wasted much of the light, they tarnished in the salt air, and keepers spent long hours scraping soot from the glass of the lantern."),
            ("p", "In 1819 the French Commission des Phares asked Augustin Fresnel, a young engineer of roads and bridges who had made his name with a wave theory of light, to find a better way. He was already convinced that light behaved like ripples on water rather than a stream of particles."),
            ("p", "Working with the physicist François Arago, he tested his first designs in a workshop in Paris and compared them with the best reflector lamps of the day. A single lens lit by one lamp turned out to be several times brighter than a whole bank of mirrors."),
        ]),
        ("II", "A Lens in Pieces", [
            ("p", "A single lens large enough to gather the light of a lamp would have been impossibly thick and heavy, and it would have cracked as it cooled. Fresnel cut away the useless bulk and kept only the curved surfaces, arranged as a central lens surrounded by concentric rings, each one shaped to bend the light in the same direction."),
            ("p", "Above and below the central band he later added prisms that caught the rays escaping upwards and downwards and turned them back towards the horizon. The whole apparatus was a cage of brass and glass taller than a man, and the lamp stood at its focus with several wicks burning colza oil."),
            ("p", "Making the glass was the hardest part. Early rings came from Saint-Gobain, and later makers in Paris and Birmingham learnt to grind and polish them with great accuracy. A lens was graded by order, from the large first order for major coastal lights down to small sixth-order lenses for harbours and piers."),
            ("cap", "A segment of a first-order lens with its brass frame, about 1850.", None, "Courtesy of the Lantern Room Trust, Harwick; LRT 1977.12"),
        ]),
        ("III", "Lights That Could Be Told Apart", [
            ("p", "Fresnel died of tuberculosis in 1827, aged only thirty-nine, but the Commission carried on his programme. By turning the lens on a clockwork drive, keepers could make a light flash at a fixed rhythm, and sailors could tell one lighthouse from another by counting the seconds between flashes."),
            ("p", "Britain, the United States and other countries adopted the design in the following decades. Many of the old lenses have now been replaced by electric beacons, yet a good number still turn in their lanterns, and others are treasured in museums along the coasts they once guarded. Their makers signed and numbered them like fine instruments."),
        ]),
        (None, "How Far Can a Light Be Seen?", [
            ("p", "The range of a light depends on its brightness and on the curve of the Earth. A lantern one hundred feet above the sea disappears below the horizon at about fifteen miles, so the tallest towers were built on the most dangerous headlands."),
        ]),
    ],
)

EX["pharos_alexandria_280bc"] = dict(
    title=["The Tower on the Island", "The Pharos of Alexandria"],
    running=["Seven Wonders of the Ancient World", "56", "A Wonder of the Harbour", "57"],
    sections=[
        (None, None, [
            ("p", "For well over a thousand years a tower of pale stone stood at the entrance to the harbour of Alexandria. Ancient writers counted it among the wonders of the world, and its name, taken from the little island on which it was built, became the word for a lighthouse in several languages."),
        ]),
        (None, "A Harbour without Landmarks", [
            ("p", "Alexander the Great founded the city in 331 BC on a narrow strip of land between Lake Mareotis and the sea. The coast of the Nile delta is low and featureless, and its sandbanks and hidden rocks made the approach dangerous for ships coming in from the open Mediterranean."),
            ("p", "The island of Pharos lay just offshore, and a long causeway was built to join it to the mainland, creating two harbours on either side. Under Ptolemy I and his son Ptolemy II the city grew into the greatest port of the eastern Mediterranean, handling grain, papyrus and glass."),
            ("p", "Ships arriving from Rhodes, Crete or the coast of Syria needed a mark they could recognise from far out at sea, and a tall tower on the island could serve as a signpost by day as well as a light by night. It also told every visitor that they were approaching the capital of a rich and powerful kingdom."),
        ]),
        (None, "Building the Tower", [
            ("p", "The tower was probably completed around 280 BC, in the reign of Ptolemy II. An inscription named Sostratus of Cnidus as the person who dedicated it, although it is not certain whether he was the architect or a wealthy courtier who paid for the work."),
            ("p", "Later descriptions suggest three stages: a tall square base, an eight-sided middle section and a round top on which a statue stood. Estimates of its height range from about one hundred to one hundred and thirty metres, which would have made it one of the tallest buildings of the ancient world. A fire may have burned at the top at night, and some writers claimed that a great mirror reflected the sun by day."),
            ("p", "Images of the tower appear on coins struck at Alexandria under the Roman emperors, on lamps and glass vessels, and in a mosaic far away in Libya, which is why its general shape is known even though nothing of it stands above ground."),
            ("cap", "Bronze coin of Alexandria showing the tower with a statue on its summit, second century AD.", None, "Lent by the Kestrel Collection of Ancient Coins, KC 4471"),
        ]),
        (None, "Earthquakes and Ruin", [
            ("p", "The tower survived the Roman and Byzantine periods and the Arab conquest of 641. Travellers of the Middle Ages still described it, though by then the upper parts had fallen and been rebuilt on a smaller scale. A series of earthquakes in the fourteenth century brought down what remained, and when Ibn Battuta returned in 1349 he found it too ruined to enter."),
            ("p", "In 1480 the Mamluk sultan Qaitbay built a fortress on the site, probably reusing some of the old stones. Since the 1990s divers have recovered huge blocks and statues from the seabed nearby, and many of them are thought to have fallen from the tower itself."),
        ]),
        (None, "A Word in Many Languages", [
            ("p", "The Greek name of the island survives in the French phare, the Italian and Spanish faro and the Portuguese farol. Even the study of lighthouses is sometimes called pharology."),
        ]),
    ],
)

EX["rnli_founding_1824"] = dict(
    title=["Lives from the Sea", "William Hillary and the Lifeboat Institution, 1824"],
    running=[],
    sections=[
        (None, None, [
            ("p", "On 4 March 1824 a meeting at the London Tavern founded a national society to save lives from shipwreck. It was the idea of a man who lived on the Isle of Man and had watched ships break up within sight of his windows."),
        ]),
        ("1", "An Appeal to the Nation", [
            ("p", "Sir William Hillary had served in the army and spent a fortune before settling at Douglas in 1808. The Irish Sea was crowded with traders and packet boats, and in winter gales many of them were driven ashore in the bay below his house."),
            ("p", "Hillary himself took part in rescues from the Douglas shore, and he saw how often sailors died within a few hundred yards of land simply because no boat fit to reach them could be found and no one was responsible for launching it."),
            ("p", "In 1823 he published a pamphlet calling for a national institution with lifeboats stationed around the whole coast. Local boats already existed at a few harbours, paid for by merchants or by charities, but there was no body to organise them, train crews or reward rescuers."),
            ("p", "He sent copies of his appeal to the Admiralty, to members of parliament and to wealthy merchants in London, arguing that a maritime nation owed a duty to the sailors on whom its trade depended. Many readers admired the idea but doubted that anyone would pay for it."),
        ]),
        ("2", "The First Years", [
            ("p", "Hillary won the support of two London members of parliament, Thomas Wilson and George Hibbert, and the new Royal National Institution for the Preservation of Life from Shipwreck was launched with the king as patron. It built boats, offered money to crews and awarded gold and silver medals for bravery."),
            ("p", "Hillary did not simply write appeals. In 1830, at the age of fifty-nine, he joined the crew of the Douglas lifeboat that rescued the men of the packet St George when she struck a reef at the harbour mouth. He was washed overboard and injured, yet every man on board was saved."),
            ("cap", "Silver medal of the Institution awarded to a Manx boatman in 1831.", "Left", "Lent by the Douglas Harbour Society, DHS M.27"),
        ]),
        ("3", "Decline and Renewal", [
            ("p", "After its first enthusiasm the society ran short of money, and by the 1840s several of its boats were rotting in their sheds. A competition for a better self-righting lifeboat in 1851 revived interest, and in 1854 the institution took the name by which it is known today."),
            ("p", "Its crews are still mostly volunteers who leave their work when the pagers sound. The motto Hillary suggested, with courage nothing is impossible, is painted in many of its boathouses."),
            ("p", "Today its stations stretch from the Channel Islands to the Shetlands and across Ireland, and its boats are launched hundreds of times every year to fishermen, yachtsmen, swimmers and walkers cut off by the tide."),
            ("p", "Hillary died at Douglas in 1847. The service he founded has since saved well over a hundred thousand lives, and it is still paid for by gifts from the public rather than by the government."),
        ]),
        (None, "The Tower of Refuge", [
            ("p", "On a rock in Douglas Bay stands a small castle built at Hillary’s expense in 1832. It was meant as a shelter where shipwrecked sailors could wait for rescue, and it is lit up at night to this day."),
        ]),
    ],
)

EX["us_life_saving_service_1871"] = dict(
    title=["Surfmen on the Beach", "The United States Life-Saving Service, 1871–1915"],
    running=["Harbour Light Museum · Storm Coast Galleries", "Page 1 of 2", "Page 2 of 2"],
    sections=[
        (None, None, [
            ("p", "For more than forty years small crews of paid surfmen patrolled the beaches of the United States, watching for ships in trouble and rowing out into the breakers to bring the people on board ashore. Their service later became part of the Coast Guard. The service grew up slowly. Its first stations had boats and equipment but nobody paid to use them, and it took a run of disasters before the government accepted that rescue at sea was its responsibility."),
        ]),
        ("1", "Stations on Lonely Shores", [
            ("p", "The first government boathouses were built on the coast of New Jersey in 1848, but they had no paid crews and were often neglected. After a series of deadly wrecks in the winter of 1870 and 1871, Congress gave money to hire trained men for the stations and to keep them on duty through the stormy months."),
            ("p", "Sumner Kimball, a lawyer from Maine who ran the Revenue Marine Bureau, took charge of the new stations. He dismissed keepers who had been appointed for political reasons, wrote strict regulations and insisted on regular drills. In 1878 the Life-Saving Service became a separate bureau of the Treasury, and Kimball led it for its whole existence."),
        ]),
        ("2", "The Patrol and the Drill", [
            ("p", "Each station had a keeper and six or seven surfmen. At night and in bad weather pairs of men walked the beach towards the next station, carrying a lantern and red flares to warn a ship that was standing into danger or to tell her crew that help was coming."),
            ("p", "When a vessel stranded close to the shore, the crew fired a line over her rigging from a small bronze cannon invented by David Lyle. A heavier hawser was hauled out and made fast, and the sailors came ashore one by one in a breeches buoy, a ring of cork with canvas legs, hanging from a pulley on the rope."),
            ("p", "If the wreck lay too far out, the surfmen launched a pulling boat through the surf. Their motto was said to be that the regulations required them to go out but said nothing about coming back."),
            ("p", "Crews trained every day of the week: boat drill, signal drill, first aid and the resuscitation of the apparently drowned. Inspectors arrived without warning to time the beach apparatus drill, and a crew that was too slow could expect a sharp report."),
            ("cap", "Lyle gun with its shot and faking box of coiled line, about 1890.", "Right", "Lent by the Barnegat Inlet Historical Society, BIHS 1966.3"),
        ]),
        ("3", "Into the Coast Guard", [
            ("p", "By 1915 the service had almost three hundred stations on the Atlantic and Pacific coasts and the Great Lakes, and it was credited with saving well over one hundred thousand people. In that year it was joined with the Revenue Cutter Service to form the United States Coast Guard."),
            ("p", "The old stations were gradually replaced by motor lifeboats, radio and aircraft, and many of the wooden boathouses were sold or left to decay. A few have been restored as museums, where volunteers still stage the breeches buoy drill for visitors on summer afternoons."),
        ]),
        (None, "The Pea Island Crew", [
            ("p", "From 1880 the station at Pea Island in North Carolina was run by an African American keeper, Richard Etheridge, with an all-Black crew. In 1896 they carried the people of the schooner E. S. Newman ashore through the surf, and a century later the crew was honoured with a gold medal."),
        ]),
    ],
)

EX["greathead_lifeboat_1790"] = dict(
    title=["The Original", "Henry Greathead and the First Lifeboats on the Tyne"],
    running=["Tyne Mouth Maritime Rooms · The Lifeboat Collection"],
    sections=[
        (None, None, [
            ("p", "In 1790 a boat built at South Shields rowed out through the breakers at the mouth of the Tyne to reach a stranded ship. She was called simply the Original, and she is often described as the first boat built for saving lives at sea. Her story is also a quarrel about who deserved the credit, and it shows how much the safety of a busy river depended on the generosity and pride of the people who lived beside it."),
        ]),
        ("A", "The Wreck of the Adventure", [
            ("p", "In March 1789 the collier Adventure ran aground on the Herd Sand, a bank at the entrance to the river. Crowds on the shore watched as her crew fell one by one from the rigging into the surf, and no local boat dared to go out to them."),
            ("p", "The gentlemen of the Lawe House, a club of shipowners at South Shields, offered a prize for the design of a boat that could survive such seas. The two best proposals came from William Wouldhave, a parish clerk, and Henry Greathead, a boatbuilder."),
            ("p", "Wouldhave brought a small model made of tin, and he explained that a boat shaped like a slice of orange would come upright again if she overturned. Greathead proposed a larger boat with a curved keel, which he claimed would handle better in broken water."),
        ]),
        ("B", "A Boat with a Curved Keel", [
            ("p", "Neither entry won outright. The committee took ideas from both, including Wouldhave’s use of cork for buoyancy, and asked Greathead to build the boat. She was about thirty feet long, pointed at both ends, with a strongly curved keel and a lining of cork along her sides."),
            ("p", "Ten oarsmen pulled her and a steersman guided her with a long oar. She could be rowed in either direction without turning round, which mattered greatly among the shoals, and she rode over breaking waves instead of being swamped by them."),
            ("p", "Her first rescue came on 30 January 1790, when she brought off the crew of a ship stranded on the same sands that had claimed the Adventure. After that day the men of the river, who had been doubtful at first, were proud to serve in her."),
            ("p", "Boats of the same pattern were soon ordered for Sunderland, Whitby, Montrose and ports across the North Sea. Lloyd’s, the insurers, paid for several of them, and the Admiralty sent an officer to inspect one and report on her seaworthiness."),
            ("cap", "Builder’s half model of a Greathead lifeboat, about 1800.", "Above", "Lent by the South Shields Marine Club, SSMC 14"),
        ]),
        ("C", "Greathead’s Reward", [
            ("p", "The Original served at the Tyne for forty years and is said to have saved hundreds of lives before she was wrecked in 1830. Greathead built more than thirty similar boats for harbours in Britain and abroad, and in 1802 Parliament voted him a grant of twelve hundred pounds."),
            ("p", "Supporters of Wouldhave argued for the rest of their lives that the credit was his, and both men are commemorated in South Shields today. The argument mattered less than the result, and the lifeboat had become a familiar sight on the coast."),
        ]),
        (None, "A Memorial on the Sea Front", [
            ("p", "A clock tower on the sea front at South Shields, raised in 1890, honours both men. Beside it rests the Tyne, a lifeboat of 1833 that served into the 1890s and was later preserved under a canopy."),
        ]),
    ],
)

EX["cordouan_lighthouse_1611"] = dict(
    title=["The King of Lighthouses", "Cordouan at the Mouth of the Gironde"],
    running=[],
    sections=[
        (None, None, [
            ("p", "On a rocky shoal seven kilometres out in the estuary of the Gironde stands a lighthouse that looks more like a palace than a tower. Cordouan was begun in the reign of Henry III and finished under Henry IV, and it has guided ships towards Bordeaux for more than four hundred years."),
        ]),
        ("Part I", "A Dangerous Estuary", [
            ("p", "The wide mouth of the Gironde is swept by strong currents and Atlantic swells, and its shifting banks of sand wrecked many ships carrying wine and salt. Since the Middle Ages a small tower with a fire had stood on the rock, kept by a hermit who collected a toll from passing vessels."),
            ("p", "The estuary mattered to the whole kingdom. The wine trade of Bordeaux earned large sums in taxes, and the loss of a single merchant ship could ruin the families who owned her cargo."),
            ("p", "The estuary mattered again in the nineteenth century, when steamships began to call at the new docks of Bordeaux and the old signals of the river were redrawn on the charts of every navy."),
            ("p", "By the sixteenth century that old tower was close to collapse. In 1584 the architect and engineer Louis de Foix signed a contract to build a new one, promising to finish it in two years. The work was to take more than a quarter of a century."),
        ]),
        ("Part II", "A Palace in the Sea", [
            ("p", "De Foix planned a monument rather than a simple beacon. A massive circular platform protected the base from the waves, and above it rose a richly carved tower with apartments for the king, a royal chapel with a domed roof and statues of the two kings who paid for it."),
            ("p", "Building on a rock that was covered at every high tide proved slow and costly, and storms repeatedly destroyed the work. De Foix died before the tower was finished, and his assistant François Beuscher completed it in 1611. A fire of wood, and later of coal and whale oil, burned in a lantern at the top."),
            ("p", "Masons and carpenters lived on the rock for months at a time, and stone was shipped out from quarries along the river whenever the weather allowed. The accounts of the work record long arguments over money between the builder and the royal treasurers."),
            ("cap", "Engraved elevation of the tower before it was raised, after a drawing of 1727.", None, "Bibliothèque de l’Estuaire, Royan; Est. 1143"),
        ]),
        ("Part III", "Raised and Relit", [
            ("p", "In the 1780s the engineer Joseph Teulère raised the tower by about twenty metres, adding a plainer upper stage in stone so that the light could be seen from further away. The lantern received rotating reflectors, and in 1823 it became the first lighthouse to be fitted with a Fresnel lens."),
            ("p", "Cordouan was declared a historic monument in 1862, at the same time as Notre-Dame in Paris. Its light was automated in 2006, and in 2021 it became the first lighthouse to be placed on the World Heritage List. Visitors can reach it by boat at low tide and climb the three hundred steps to the top."),
        ]),
        (None, "The Last Keepers", [
            ("p", "Until 2012 a small team of keepers still lived on the rock in turns, looking after the building rather than the light. Their rooms were in the old ring of lodgings around the base."),
        ]),
    ],
)
