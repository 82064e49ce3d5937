# All texts of the round-34 hand-laid exhibit set, written for this set.
# A section: (label, title, [blocks]); a block is ("p", text) or ("cap", position, text, credit).
# Museums, lenders, credits and accession numbers are invented.

SHETLAND = dict(
    name="shetland_bus_1941",
    kicker="Trondra Sound Heritage Rooms · Gallery Booklet 3",
    title_lines=["The Shetland Bus", "Fishing Boats to Occupied Norway, 1941–1945"],
    intro="From a quiet harbour on the west side of Shetland, Norwegian fishermen sailed small wooden boats "
          "across the North Sea in the dark of winter, carrying agents, radios and weapons into occupied Norway "
          "and bringing refugees back.",
    sections=[
        (None, "Escape Across the North Sea", [
            ("p", "When Germany invaded Norway in April 1940, thousands of Norwegians decided to leave rather than "
                  "live under occupation. Many of them were fishermen, and they did the obvious thing: they took "
                  "their own boats west across the North Sea to Shetland, the nearest part of Britain, a crossing of "
                  "about two hundred miles."),
            ("p", "British intelligence soon saw that the traffic could run the other way. A boat that looked like "
                  "any other Norwegian fishing vessel could slip into the maze of islands and fjords on the "
                  "Norwegian coast, land men and equipment, and come home again without attracting much attention."),
        ]),
        (None, "A Secret Base", [
            ("p", "The operation was set up in 1941 by the Special Operations Executive together with Norwegian "
                  "forces in exile. Its first base was at Lunna, a remote farm in the north-east of Shetland, but "
                  "late in 1942 it moved to Scalloway, where a local engineering firm could repair the boats and a "
                  "slipway was built for them.^1^ The crews lodged in the town, and the islanders called the service "
                  "the Shetland Bus."),
            ("p", "Most of the men were volunteers from the fishing communities of western Norway. They were paid as "
                  "seamen, wore no uniform for much of the war, and knew that capture on the Norwegian coast would "
                  "mean torture and probably death."),
            ("cap", "Above", "The slipway at Scalloway, where the boats were hauled out for repair between crossings.",
             "Photo: Trondra Sound Heritage Rooms, TSHR 1987.112"),
        ]),
        (None, "Winter Crossings", [
            ("p", "The crossings were made in the long nights between autumn and spring, because in summer there was "
                  "almost no darkness to hide in. That meant sailing in the worst weather of the year. The fishing "
                  "boats were slow and overloaded, their few machine guns hidden in oil drums on deck, and storms, "
                  "ice and German aircraft all took their toll."),
            ("p", "Ten boats were lost, and forty-four men of the unit died. The best-known skipper, Leif Larsen, "
                  "called Shetlands-Larsen in Norway,^2^ made more than fifty trips and survived the loss of his boat "
                  "more than once. In October 1942 he tried to attack the battleship Tirpitz with two human "
                  "torpedoes towed beneath his fishing boat, but they broke loose in rough water a few miles short "
                  "of their target."),
        ]),
        (None, "The Submarine Chasers", [
            ("p", "By the autumn of 1943 the losses had become too heavy to go on with fishing boats. The United States "
                  "Navy provided three fast submarine chasers, which were given the Norwegian names Hessa, Hitra and "
                  "Vigra. With their speed and steel hulls they could make the crossing in a fraction of the time, "
                  "and from then on not a single trip was lost."),
            ("p", "By the end of the war the Shetland Bus had made some two hundred crossings, landing nearly two "
                  "hundred agents and close to four hundred tons of weapons and explosives, and bringing out more "
                  "than three hundred refugees. Hitra survives in Norway and has sailed back to Scalloway for "
                  "anniversaries, and a memorial on the harbour front lists the names of the men who did not come "
                  "home."),
            ("cap", "Left", "The submarine chaser Hitra leaving Scalloway in 1944, photographed from the slipway.",
             "Lent by the Hordaland Coastal Society, HCS 44/7"),
        ]),
        (None, "Why a Bus?", [
            ("p", "The name began as a joke among the islanders, who said that anyone who had gone missing from "
                  "Scalloway must have taken the bus to Norway. It stuck, and the men of the unit soon used it "
                  "themselves."),
        ]),
    ],
    notes={1: "The slipway was named after Crown Prince Olav, who came to open it.",
           2: "The nickname was given to him by the Norwegian press after the war."},
    lenders=[("Hordaland Coastal Society", "Photograph of Hitra"),
             ("Scalloway Boating Club", "Ship’s bell and log book"),
             ("Mrs A. Williamson, Lerwick", "Letters and ration cards"),
             ("Trondra Sound Heritage Rooms", "Photographs and models")],
)

PEKING = dict(
    name="peking_paris_1907",
    kicker="Gallery 2 · Road and Rail",
    title_lines=["Peking to Paris", "by Motor Car, 1907"],
    it_title="Da Pechino a Parigi in automobile, 1907",
    intro="In 1907 a Paris newspaper challenged motorists to drive from Peking to Paris. Five cars accepted, and "
          "the winner crossed two continents in two months, at a time when much of the route had no roads at all.",
    it_intro="Nel 1907 un giornale di Parigi sfidò gli automobilisti a guidare da Pechino a Parigi. Cinque "
             "automobili accettarono, e la vincitrice attraversò due continenti in due mesi.",
    sections=[
        ("Leg 1", "A Challenge in Le Matin", [
            ("p", "On 31 January 1907 the newspaper Le Matin asked whether anyone would undertake to drive an "
                  "automobile from Peking to Paris that summer. The question was as much a stunt as a sporting "
                  "event: motor cars were still new, unreliable and rare, and most people thought the journey could "
                  "not be done."),
            ("p", "Five crews eventually set out: two De Dion-Boutons, a Dutch Spyker, a tiny three-wheeled Contal and "
                  "a heavy Italian Itala driven by Prince Scipione Borghese. There were no rules and no prize apart "
                  "from a magnum of champagne."),
        ]),
        ("Leg 2", "Through the Mountains and the Gobi", [
            ("p", "The cars left Peking on 10 June. In the mountain passes north of the city teams of men and mules "
                  "hauled them up tracks meant for carts, and in places the cars had to be carried. Beyond the Great "
                  "Wall lay the Gobi, where the drivers navigated by the line of telegraph poles that ran to Urga, "
                  "the Mongolian capital now called Ulaanbaatar."),
            ("p", "The Contal was soon stuck in the sand and abandoned, and its crew were lucky to be rescued. Fuel "
                  "had been sent ahead by camel caravan to depots along the way."),
            ("p", "After Urga the route turned north across the grasslands to Kiakhta on the Russian border, and from "
                  "there to Irkutsk and the shores of Lake Baikal, where the real difficulties of the Siberian roads "
                  "began."),
        ]),
        ("Leg 3", "Siberia", [
            ("p", "Borghese’s Itala quickly pulled ahead of the others. In Siberia the roads were often deep mud, and "
                  "once a wooden bridge gave way beneath the car, leaving it hanging with its rear wheels in the air. "
                  "Local people helped drag it out, and a village blacksmith made repairs. For long stretches the "
                  "prince drove along the track of the Trans-Siberian Railway, bumping over the sleepers, with "
                  "permission from the railway authorities."),
            ("p", "With him travelled his chauffeur and mechanic Ettore Guizzardi and the journalist Luigi Barzini, "
                  "who sent reports by telegraph from the towns along the route. His dispatches appeared in the "
                  "Corriere della Sera and the Daily Telegraph, and readers across Europe followed the race day by "
                  "day."),
            ("cap", "Left", "The Itala and its crew at a river crossing in Siberia, July 1907, from a lantern slide.",
             "Lantern slide lent by the Novara Motoring Circle, NMC 212"),
        ]),
        ("Leg 4", "Into Paris", [
            ("p", "The Itala crossed the Urals and reached Moscow. Borghese even had time for a detour north to St "
                  "Petersburg, where he was fêted by society, before driving on through Berlin. He arrived in Paris "
                  "on 10 August 1907, about three weeks ahead of the other cars, which drove in together on 30 "
                  "August."),
            ("p", "Barzini’s book of the journey was translated into many languages and became a best-seller. The "
                  "Itala itself survives in a museum in Turin, and the route has been driven again many times since "
                  "by enthusiasts in old cars."),
        ]),
        (None, "Who Was Borghese?", [
            ("p", "Prince Scipione Borghese came from one of the oldest noble families of Rome. He was a traveller and "
                  "mountaineer, and later sat in the Italian parliament. He prepared for the race with great care, "
                  "riding parts of the route on horseback beforehand to see where a car could pass."),
        ]),
    ],
    it_sections=[
        ("Tappa 1", "Una sfida su Le Matin", [
            "Il 31 gennaio 1907 il giornale Le Matin chiese se qualcuno fosse disposto a guidare un’automobile da "
            "Pechino a Parigi quell’estate. Le automobili erano ancora nuove, poco affidabili e rare, e quasi tutti "
            "pensavano che il viaggio fosse impossibile.",
            "Partirono cinque equipaggi: due De Dion-Bouton, una Spyker olandese, un piccolo triciclo Contal e una "
            "pesante Itala guidata dal principe Scipione Borghese. Il premio era una magnum di champagne.",
        ]),
        ("Tappa 2", "Le montagne e il Gobi", [
            "Le automobili lasciarono Pechino il 10 giugno. Sui passi di montagna uomini e muli le trainarono lungo "
            "sentieri per carri. Nel Gobi i piloti seguivano la linea del telegrafo fino a Urga, oggi Ulaanbaatar.",
            "Il Contal rimase insabbiato e fu abbandonato. La benzina era stata mandata avanti con le carovane di "
            "cammelli. Da Urga la strada piegava a nord verso Kiakhta e Irkutsk.",
        ]),
        ("Tappa 3", "La Siberia", [
            "L’Itala di Borghese passò presto in testa. In Siberia le strade erano spesso fango, e una volta un ponte "
            "di legno cedette sotto l’automobile. Per lunghi tratti il principe guidò sui binari della Transiberiana, "
            "con il permesso delle autorità ferroviarie.",
            "Con lui viaggiavano il meccanico Ettore Guizzardi e il giornalista Luigi Barzini, che mandava le sue "
            "corrispondenze per telegrafo al Corriere della Sera e al Daily Telegraph.",
        ]),
        ("Tappa 4", "L’arrivo a Parigi", [
            "L’Itala superò gli Urali, raggiunse Mosca e, dopo una deviazione a San Pietroburgo, proseguì per Berlino. "
            "Arrivò a Parigi il 10 agosto 1907, circa tre settimane prima delle altre automobili.",
            "Il libro di Barzini fu tradotto in molte lingue. L’Itala è conservata in un museo di Torino.",
        ]),
    ],
    quote=("“We had to take the car where no car had ever been, and often where no road had ever been.”",
           "— from a visitor’s letter, 1908"),
    footer_left="Ossola Museum of Motoring · Gallery 2",
    footer_right="Panel 2.4",
)

HERSCHEL = dict(
    name="herschel_uranus_1781",
    kicker="The Enlightened City · Catalogue Essay 4",
    title_lines=["A Star That Moved:", "William Herschel and Uranus, 1781"],
    intro="On a March night in 1781, in the garden of a terraced house in Bath, a music teacher with a home-made "
          "telescope noticed that one of the stars he was looking at was not a star at all. It was the first "
          "planet to be discovered since antiquity.",
    sections=[
        ("01", "A Musician in Bath", [
            ("p", "Friedrich Wilhelm Herschel was born in Hanover in 1738 and followed his father into the band of the "
                  "Hanoverian Guards. In 1757 he moved to England, where he made a living copying music, teaching and "
                  "performing, and in 1766 he became organist of the Octagon Chapel in Bath, a fashionable post in a "
                  "fashionable city."),
            ("p", "His reading in harmony led him to mathematics and optics, and from there to astronomy. Unable to buy "
                  "a telescope powerful enough for what he wanted to see, he began to make his own, grinding and "
                  "polishing the metal mirrors by hand for hours at a time while his sister Caroline read to him and "
                  "fed him."),
        ]),
        ("02", "The Night of 13 March", [
            ("p", "Herschel was working through a systematic survey of the sky, examining every star above a certain "
                  "brightness. On 13 March 1781, from the garden of 19 New King Street, he found an object in the "
                  "constellation of Gemini that looked different. At higher magnifications it grew larger, as a star "
                  "would not, and over the following nights it moved against the background stars."),
            ("p", "He reported it to the Royal Society as a comet.^1^ Other astronomers, among them the Astronomer Royal "
                  "Nevil Maskelyne, followed it and worked out its path. Within months it was clear that the orbit "
                  "was nearly circular and lay far beyond Saturn. It was a planet, and the known solar system had "
                  "doubled in size at a stroke."),
            ("cap", "Left", "A replica of the seven-foot reflector with which Herschel found the planet, made in 1981 "
                            "for the bicentenary.", "Lent by the Avon Amateur Telescope Makers, AATM 3"),
        ]),
        ("03", "The Georgian Star", [
            ("p", "Herschel proposed to call the planet Georgium Sidus, the Georgian star, after King George III. The "
                  "name was popular in Britain and nowhere else. Astronomers on the Continent preferred Herschel, "
                  "after its discoverer, and the German astronomer Johann Bode suggested Uranus, the father of Saturn "
                  "in Greek myth, which was in general use by the middle of the nineteenth century."),
            ("p", "The king rewarded Herschel with a pension of two hundred pounds a year, on condition that he moved "
                  "near Windsor and showed the heavens to the royal family. He gave up music as a profession and "
                  "was an astronomer for the rest of his life."),
        ]),
        ("04", "Bigger Telescopes", [
            ("p", "At Slough he built larger and larger instruments, ending with a telescope whose tube was forty feet "
                  "long and whose mirror was four feet across, finished in 1789. With his telescopes he found two "
                  "moons of Uranus and two of Saturn, catalogued thousands of nebulae and double stars, and in 1800 "
                  "discovered infrared radiation."),
            ("p", "His house in New King Street is now a museum, and the garden where he made his discovery can still "
                  "be visited."),
            ("cap", "Above", "The forty-foot telescope at Slough, from an engraving of 1794.",
             "Engraving: Kingsmead Print Room, KPR 1794.2"),
        ]),
        (None, "Caroline Herschel", [
            ("p", "Caroline Herschel came to Bath in 1772 to keep house for her brother and to train as a singer. She "
                  "became his assistant in every part of his work, and then an astronomer in her own right. She "
                  "discovered eight comets, and in 1787 the king granted her a salary of fifty pounds a year, which "
                  "made her the first woman in Britain to be paid for scientific work. After William’s death she "
                  "went back to Hanover, where she lived to the age of ninety-seven."),
        ]),
    ],
    notes={1: "His paper was read to the Society on 26 April 1781 as an “Account of a Comet”."},
    running="The Enlightened City",
)

JODRELL = dict(
    name="jodrell_bank_1957",
    kicker="Sky over Cheshire · Panel 4",
    title_lines=["The Dish", "That Caught a Rocket", "Jodrell Bank, 1957"],
    intro="In October 1957 a giant steerable radio telescope in the Cheshire countryside, not yet finished and "
          "deep in debt, became the only instrument in the West that could track the rocket that had put "
          "Sputnik into orbit.",
    sections=[
        ("A", "Radar Echoes in a Field", [
            ("p", "Jodrell Bank began in December 1945 as a temporary home for some army radar equipment. Bernard "
                  "Lovell, a physicist at the University of Manchester who had worked on airborne radar during the "
                  "war, wanted to detect cosmic rays by their echoes, and the trams of Manchester made too much "
                  "electrical noise. The university’s botanical station at Jodrell Bank, south of the city, was "
                  "quiet."),
            ("p", "The echoes he found turned out to come from meteors, and the work grew. By the early 1950s Lovell "
                  "was planning a steerable dish large enough to study faint radio sources anywhere in the sky."),
            ("p", "Much of the early equipment was war surplus, set up in wooden huts and trailers in the open field, "
                  "and the scientists often built their own aerials from wire and poles."),
        ]),
        ("B", "Building the Giant", [
            ("p", "The telescope was designed with the engineer Charles Husband. Its bowl was 250 feet across, and to "
                  "swing it in elevation Husband used the gun-turret racks and gears of two battleships that were "
                  "being broken up, HMS Royal Sovereign and HMS Revenge. Construction began in 1952."),
            ("p", "Steel prices rose, the design was changed to give a solid surface that could work at shorter "
                  "wavelengths, and the cost climbed far beyond the first estimate. By 1957 the project owed a large "
                  "sum, and Lovell faced questions from the Public Accounts Committee and, he feared, prosecution."),
            ("cap", "Above", "The bowl under construction in 1955, seen from the control building.",
             "Photo: Goostrey Village Archive, GVA 55/18"),
        ]),
        ("C", "Sputnik", [
            ("p", "On 4 October 1957 the Soviet Union launched Sputnik 1. The telescope had only just begun to move "
                  "under its own power, but within days it was fitted with radar equipment and used to detect the "
                  "rocket that had carried the satellite into orbit. It was the only instrument outside the Soviet "
                  "Union able to do so, and pictures of the great dish at work appeared in newspapers around the "
                  "world."),
            ("p", "Almost overnight the telescope that had been an embarrassment became a national asset. In the "
                  "years that followed it tracked American and Soviet space probes, and in 1966 it picked up pictures "
                  "sent back by the Soviet lander Luna 9 from the surface of the Moon, which a British newspaper "
                  "published before the Soviet authorities had released them."),
        ]),
        ("D", "Paying the Debt", [
            ("p", "The remaining debt was cleared in 1960 by the Nuffield Foundation and the motor manufacturer Lord "
                  "Nuffield, and the laboratory was later named after him. In 1987, on its thirtieth anniversary, "
                  "the telescope was renamed the Lovell Telescope."),
            ("p", "Lovell remained director of the observatory until 1980 and lived nearby for the rest of his life. He "
                  "died in 2012 at the age of ninety-eight."),
            ("p", "It is still used for research, and the observatory is now part of a World Heritage Site."),
        ]),
        (None, "How Big Is the Bowl?", [
            ("p", "The bowl is 76 metres across, wider than the wingspan of a jumbo jet, and the whole telescope "
                  "weighs more than three thousand tonnes. It can be pointed at any part of the sky above the "
                  "horizon."),
        ]),
    ],
    quote=("“It was the only thing in the West that could see the rocket.”", "— a Goostrey resident, 2007"),
    figures=[("Bowl diameter", "250 ft (76 m)"), ("Weight", "3,200 tonnes"),
             ("Gun racks from", "HMS Royal Sovereign, HMS Revenge"), ("First moved", "1957")],
    lenders=[("Goostrey Village Archive", "Photographs, 1952–1957"),
             ("Holmes Chapel Radio Society", "Receiver and chart recorder"),
             ("Mr and Mrs D. Pownall", "Newspaper cuttings"),
             ("Cheshire Plain Engineering Trust", "Model of the bowl")],
    footer_left="Sky over Cheshire · Holmes Chapel Science Barn",
    footer_right="4 / 9",
)

HOXNE = dict(
    name="hoxne_hoard_1992",
    kicker="Late Roman Suffolk · Display Texts",
    title_lines=["A Hammer, a Field and a Treasure", "The Hoxne Hoard, 1992"],
    intro="In November 1992 a retired gardener went looking for a lost hammer in a Suffolk field and found the "
          "largest hoard of late Roman gold and silver ever discovered in Britain.",
    sections=[
        ("Display 1", "The Lost Hammer", [
            ("p", "Eric Lawes had been given a metal detector as a retirement present. On 16 November 1992 a farmer at "
                  "Hoxne, near Eye in Suffolk, asked him to help find a hammer that had been lost in one of his "
                  "fields. Lawes found the hammer, but his detector also picked up a strong signal nearby, and when "
                  "he dug he brought up silver spoons and gold coins.^1^"),
            ("p", "He stopped digging and told the landowner and the police, and the next day archaeologists from the "
                  "county’s archaeological unit excavated the rest of the hoard, much of it in a single block of "
                  "soil. Because it had been left undisturbed, they could record how the objects had been packed."),
        ]),
        ("Display 2", "A Chest in the Ground", [
            ("p", "The treasure had been buried in a wooden chest, perhaps of oak, which had rotted away, leaving its "
                  "iron fittings and its lock. Inside, smaller boxes and bags had held the coins and objects, some "
                  "of them wrapped in cloth or packed in straw. The hoard contained nearly fifteen thousand gold, "
                  "silver and bronze coins, together with about two hundred objects of gold and silver."),
            ("cap", "Above", "Silver spoons from the hoard, some engraved with the names of their owners.",
             "Photo: Waveney Valley Camera Club, WVCC 1993/04"),
            ("p", "The latest coins were struck in the reign of the emperor Honorius, which means that the chest was "
                  "buried no earlier than about AD 408, in the years when Roman rule in Britain was coming to an "
                  "end."),
            ("p", "Many of the silver coins had been clipped, with slivers of metal trimmed from their edges, a "
                  "practice that seems to have been common in Britain at the time."),
        ]),
        ("Display 3", "Pepper Pots and Bracelets", [
            ("p", "Among the objects were silver spoons and ladles, toilet implements and four silver pepper pots, one "
                  "of them in the shape of the bust of an aristocratic woman, known today as the Empress. There were "
                  "also gold necklaces and bracelets, among them one inscribed UTERE FELIX DOMINA IULIANE, wishing "
                  "good fortune to its owner, the Lady Juliana.^2^"),
            ("p", "A gold body chain, worn across the chest and back, is one of the finest pieces. Together the "
                  "objects give a picture of the wealth of one family at the very end of Roman Britain, and of the "
                  "fears that led them to hide it."),
        ]),
        ("Display 4", "Treasure Trove", [
            ("p", "Under the law of the time, an inquest decided that the hoard was treasure trove, which meant that it "
                  "belonged to the Crown. The British Museum acquired it, and Lawes and the farmer shared the reward "
                  "of £1.75 million that was paid at its valuation."),
            ("p", "Lawes was praised for leaving the find in the ground and calling in the archaeologists. The way "
                  "the hoard was handled helped to change the law, and the Treasure Act of 1996 replaced the old "
                  "rules of treasure trove."),
            ("p", "The coins are the largest collection of gold and silver coins of the fourth and fifth centuries "
                  "found anywhere in the former Roman Empire, and the hoard is now on show in the British Museum."),
        ]),
        (None, "What Happened to the Hammer?", [
            ("p", "The hammer that started it all was later given to the British Museum as well, and it has been shown "
                  "beside the hoard it led to."),
        ]),
    ],
    notes={1: "The farmer had lost the hammer while putting up a fence.",
           2: "The name is spelled IULIANE on the bracelet, in the Latin vocative."},
    quote="“He put the spade down and went to telephone. That decision is the reason we know so much.”",
    contents=[("Gold coins (solidi)", "569"), ("Silver coins", "about 14,270"), ("Bronze coins", "24"),
              ("Objects of gold and silver", "about 200")],
)

NEVIS = dict(
    name="ben_nevis_observatory_1883",
    kicker="Online exhibition",
    title="Weather on the Summit: The Ben Nevis Observatory, 1883–1904",
    intro="For twenty years a small stone observatory on the summit of Ben Nevis, the highest mountain in Britain, "
          "recorded the weather every hour of every day and night.",
    sections=[
        ("1", "Mr Wragge’s Daily Climb", [
            ("p", "The Scottish Meteorological Society had long wanted a station on a high summit, to compare "
                  "conditions at the top of a mountain with those at sea level. In the summer of 1881 the "
                  "meteorologist Clement Wragge offered to show what could be done. Every day from June to October "
                  "he climbed Ben Nevis from Fort William, taking readings at stations on the way up, while his wife "
                  "made observations at the same times near sea level.^1^"),
            ("p", "His persistence in all weathers earned him the nickname Inclement Wragge, and his results "
                  "persuaded the society to build a permanent observatory."),
        ]),
        ("2", "Building on the Summit", [
            ("p", "Money came from a public appeal, supported by newspapers and by donations from across the country, "
                  "including one from Queen Victoria. A pony track was built up the mountain to carry materials, and "
                  "the observatory, with thick stone walls and a tower that served as an entrance when snow buried "
                  "the door, was opened on 17 October 1883."),
            ("cap", "Above", "The observatory in winter, with the tower rising above the drifts.",
             "Photo: Lochaber Mountain Photographic Society, LMPS 1890.3"),
            ("p", "A small staff of observers lived there all year round. In winter they were often cut off for weeks, "
                  "and on the worst nights they went out roped together to read the instruments in hurricane-force "
                  "winds."),
            ("p", "A telegraph line linked the observatory with the post office in Fort William, so that readings "
                  "could be sent down the mountain every day and printed in the newspapers."),
        ]),
        ("3", "Clouds, Glories and Ghosts", [
            ("p", "The observers recorded temperature, pressure, rainfall, wind, sunshine and cloud every hour. Their "
                  "records showed how often the summit was in cloud and how much more rain fell there than in Fort "
                  "William. The observatory also drew visiting scientists. The young physicist C. T. R. Wilson spent "
                  "a fortnight there in 1894 and was so struck by the glories and coronas he saw around the summit "
                  "that he tried to make clouds in his laboratory, work that led to the cloud chamber.^2^"),
            ("p", "The observers also kept careful notes of unusual sights, such as St Elmo’s fire on the instruments "
                  "and the shadow of the mountain thrown on to the clouds below."),
            ("p", "Wilson’s cloud chamber became one of the most important instruments of particle physics, and he "
                  "shared the Nobel Prize for it in 1927."),
        ]),
        ("4", "Closing the Doors", [
            ("p", "Running costs were a constant worry. The government would not provide enough money, and in October "
                  "1904 the observatory closed. A small hotel that had been built beside it carried on for some years, "
                  "but the observatory itself soon fell into ruin. Its walls still stand on the summit, where "
                  "climbers shelter beside them."),
            ("p", "The observations were published in full and have recently been transcribed by volunteers, so that "
                  "the hourly readings from the summit can be compared with the weather of today."),
            ("p", "Some of the instruments survive in museum collections, together with photographs of the "
                  "snow-covered building and the men who worked in it."),
        ]),
        (None, "The Ben Nevis Race", [
            ("p", "The pony track built for the observatory is the route of the Ben Nevis Race, first run in 1895 from "
                  "Fort William to the summit and back. The fastest runners now take well under an hour and a half."),
        ]),
    ],
    notes={1: "Mrs Wragge’s readings were taken at Fort William.",
           2: "Wilson later described the summit visit in his Nobel lecture."},
)

ALL = [SHETLAND, PEKING, HERSCHEL, JODRELL, HOXNE, NEVIS]
