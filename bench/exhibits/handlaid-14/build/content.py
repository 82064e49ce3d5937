# -*- coding: utf-8 -*-
"""All texts of hand-laid set 14. Every generator reads from here, so document and gold share the same strings.

A section: label, title, paras (list of str), caps (list of dicts: text, position, credit, after = index of the
paragraph after which (or inside which) the picture is placed in the layout).  Extras (pull quotes, footnotes,
kickers, sidebars) that are not gold content are kept in separate keys.
"""

EXHIBITS = {}

# ---------------------------------------------------------------------------------------------------------------
EXHIBITS["rainhill_trials"] = dict(
    museum="Sankey Valley Railway Museum",
    kicker="Gallery 4 · The Birth of the Passenger Railway",
    title="Five Engines and a Prize: The Rainhill Trials of 1829",
    intro=("In October 1829 the directors of the Liverpool and Manchester Railway staged a public contest to decide "
           "how their new line would be worked. Thousands of spectators came to watch five very different machines "
           "run up and down a level stretch of track near the village of Rainhill."),
    sections=[
        dict(label="1", title="A Prize of Five Hundred Pounds", paras=[
            ("The railway between Liverpool and Manchester was nearly finished, but its directors had still not "
             "decided what should pull the trains. Some engineers favoured fixed steam engines hauling wagons on "
             "ropes, others horses, and a few the new travelling locomotives that George Stephenson had built for "
             "the collieries of the North East."),
            ("To settle the question the company offered a prize of £500 for the best locomotive. The rules were "
             "strict: an engine on six wheels could weigh no more than six tons, it had to draw three times its own "
             "weight at an average of at least ten miles an hour, and it had to consume its own smoke. Each entrant "
             "would make twenty runs over a course of a mile and a half, the distance of a return journey between "
             "the two towns."),
        ], caps=[dict(text=("Spectators’ stand at Rainhill on the opening day of the trials, 6 October 1829, from a "
                            "hand-coloured lithograph."), position="Above",
                      credit="Sankey Valley Railway Museum, Rowlands Bequest", after=0)]),
        dict(label="2", title="Five Challengers", paras=[
            ("Five machines came to the line. Rocket was built at Newcastle by Robert Stephenson and Company. "
             "Novelty, entered by John Braithwaite and John Ericsson of London, was light, low and quick, and the "
             "crowd took to her at once. Timothy Hackworth’s Sans Pareil was heavy and noisy, Timothy Burstall’s "
             "Perseverance had been damaged on the road from Scotland, and Thomas Brandreth’s Cycloped was driven by "
             "a horse walking on a moving belt."),
            ("Novelty ran faster than any of her rivals on her first trips, but her boiler feed pipe failed and she "
             "had to withdraw. Sans Pareil was found to be over the weight limit and then cracked a cylinder. "
             "Perseverance never reached more than about six miles an hour."),
        ], caps=[]),
        dict(label="3", title="The Secret of Rocket", paras=[
            ("Rocket was the only engine to complete the full trial. Her boiler was crossed by twenty-five copper "
             "tubes that carried the hot gases from the firebox through the water, so that she raised steam far "
             "more quickly than engines with a single flue. Exhaust steam was turned up the chimney through a blast "
             "pipe, drawing the fire harder the faster she ran."),
            ("Hauling her load of about thirteen tons she averaged some twelve miles an hour, and running light she "
             "touched nearly thirty. The judges, John Rastrick, Nicholas Wood and John Kennedy, awarded the prize to "
             "the Stephensons and their partner Henry Booth."),
        ], caps=[dict(text=("Working drawing of Rocket’s boiler, showing the copper fire tubes and the water jacket "
                            "round the firebox."), position="Right",
                      credit="Drawing lent by the Institution of Locomotive Engineers", after=1)]),
        dict(label="4", title="After Rainhill", paras=[
            ("The Liverpool and Manchester Railway opened on 15 September 1830, worked entirely by locomotives. The "
             "opening day ended in tragedy when the politician William Huskisson stepped into the path of Rocket "
             "at Parkside and died of his injuries that evening."),
            ("Within a few years nearly every new locomotive copied Rocket’s tubular boiler and blast pipe. The "
             "engine herself was rebuilt, sold to a colliery in Cumberland and finally given to the Patent Office "
             "Museum in London in 1862."),
        ], caps=[]),
    ],
    sidebar=dict(title="The Rules of the Contest", paras=[
        ("Each locomotive was weighed before the trial, loaded with carriages of stone, and timed over the course "
         "by judges standing at each end. Water and fuel had to be carried on the engine or its tender."),
    ]),
    footnotes=["The rules also set a maximum steam pressure of fifty pounds per square inch and required two safety valves."],
    pullquote="“The crowd took to Novelty at once.”",
)

# ---------------------------------------------------------------------------------------------------------------
EXHIBITS["krakatoa_1883"] = dict(
    museum="Aldermoor Museum of the Earth",
    kicker="Hall of Volcanoes · Case 12",
    title="The Day the World Heard Krakatau",
    subtitle="The eruption of 26–27 August 1883",
    intro=("Krakatau was a small, wooded island in the Sunda Strait between Java and Sumatra. In the summer of "
           "1883 it tore itself apart in one of the most violent eruptions of modern times, and the sound, the "
           "waves and the dust reached every part of the globe."),
    sections=[
        dict(label="Display 1", title="Warning Signs", paras=[
            ("The volcano woke on 20 May 1883, when ash and pumice began to rise from Perboewatan, one of its three "
             "cones. Passing ships reported great columns of steam, and parties of curious visitors from Batavia "
             "sailed out to climb the island and look into the crater."),
            ("Through June and July the activity came and went. By the middle of August new vents had opened, the "
             "forests on the island had died, and a thick layer of ash lay over its slopes."),
        ], caps=[dict(text=("Pumice collected on the shore of Lampung Bay in 1884. Rafts of floating pumice "
                            "blocked harbours for months."), position="Left",
                      credit="Aldermoor Museum of the Earth, Geology Collection", after=1)]),
        dict(label="Display 2", title="Four Explosions", paras=[
            ("On the afternoon of Sunday 26 August the eruption grew into a continuous roar. Early the next morning "
             "came four enormous explosions. The last of them, shortly after ten o’clock, was heard on the island "
             "of Rodrigues in the Indian Ocean, nearly 4,800 kilometres away, where the police chief took it for "
             "the guns of a distant ship."),
            ("The pressure wave from the blast travelled round the world several times. Barometers in Europe and "
             "America recorded its passage, and a gauge at the Batavia gasworks was thrown off its scale. When the "
             "ash cleared, about two thirds of the island had disappeared into the sea."),
        ], caps=[dict(text=("Barograph trace recorded in Kew on 27 August 1883, showing the arrival of the "
                            "pressure wave."), position="Above",
                      credit="Lent by the Royal Meteorological Archive", after=0)]),
        dict(label="Display 3", title="The Sea Rises", paras=[
            ("Most of the victims died not from fire or ash but from water. The collapse of the volcano and the "
             "explosions sent tsunamis more than thirty metres high against the coasts of Java and Sumatra. The "
             "towns of Anjer and Merak and the port of Telok Betong were swept away, and the official count of the "
             "dead came to 36,417."),
            ("The steamer Berouw was carried from the harbour at Telok Betong and left stranded more than two "
             "kilometres inland."),
            ("The steamer Loudon, lying in Lampung Bay, survived by turning her bow into the waves, and her "
             "passengers watched the shore behind them disappear beneath the sea."),
        ], caps=[]),
        dict(label="Display 4", title="Red Skies and a New Island", paras=[
            ("Fine ash and gas rose high into the atmosphere and spread around the earth. For more than a year "
             "sunsets glowed an unusual red and purple. In November 1883 fire engines were called out in New York "
             "State and Connecticut because the evening sky looked as if a town were burning."),
            ("In 1927 a new volcano broke the surface where Krakatau had stood. It was named Anak Krakatau, the "
             "child of Krakatau, and it is still growing today."),
            ("Because the telegraph carried the news to Europe and America within hours, Krakatau was one of the "
             "first natural disasters that newspaper readers around the world could follow almost day by day."),
        ], caps=[]),
    ],
    sidebar=dict(title="How Far Did the Sound Travel?", paras=[
        ("Reports of distant booms were gathered by the Royal Society for its 1888 report. They came from Ceylon, "
         "from the Philippines and from across much of Australia."),
    ]),
)

# ---------------------------------------------------------------------------------------------------------------
EXHIBITS["eyam_plague"] = dict(
    museum="Peakland Village Museum",
    title="The Plague Village: Eyam, 1665–1666",
    intro=("In the autumn of 1665 plague reached the lead-mining village of Eyam in Derbyshire. Rather than flee, "
           "its people agreed to shut themselves off from the world so that the disease would not spread to "
           "their neighbours."),
    sections=[
        dict(label="Part 1", title="A Parcel from London", paras=[
            ("The infection is said to have arrived in a bundle of cloth sent from London to the village tailor, "
             "Alexander Hadfield. His assistant, George Viccars, opened the damp cloth and hung it before the fire "
             "to dry. Within days he was ill, and he died on 7 September 1665."),
            ("Others in the same household and the cottages nearby soon followed. Through the winter the deaths "
             "slowed, but in the spring of 1666 they began to rise again."),
            ("Eyam was a busy village of lead miners, farmers and craftsmen. News of the great plague in London, "
             "which killed about a hundred thousand people that year, had reached it through carriers and "
             "travellers long before the disease itself arrived."),
        ], caps=[dict(text="The plague cottages beside the churchyard, where the first victims lived.",
                      position="Right", credit="Photo: Hannah Greatorex", after=1)]),
        dict(label="Part 2", title="Closing the Village", paras=[
            ("The young rector, William Mompesson, and his predecessor Thomas Stanley persuaded the villagers to "
             "accept a quarantine. From June 1666 no one was to leave and no one was to enter. The Earl of "
             "Devonshire at Chatsworth promised to send food and other supplies."),
            ("Mompesson sent his own two children away to relatives in Yorkshire before the cordon was set, but he "
             "and his wife Catherine stayed with their parishioners."),
            ("Goods were left at marker stones on the edge of the parish. Villagers paid with coins placed in "
             "holes cut in the stone and filled with vinegar, which they believed would clean the money."),
        ], caps=[dict(text="The Boundary Stone above the village, with the holes that held the coins.",
                      position="Left", credit="Photo: Hannah Greatorex", after=1)]),
        dict(label="Part 3", title="Burying Their Own", paras=[
            ("The church was closed, and Mompesson held services in the open air at Cucklett Delph, where families "
             "could stand apart from one another. The dead were buried by their relatives in gardens and fields "
             "instead of the churchyard."),
            ("In August 1666 Elizabeth Hancock buried her husband and six of her children in eight days near their "
             "farm. Catherine Mompesson, the rector’s wife, died on 25 August after nursing the sick."),
            ("Legend tells of Emmott Syddall, a young woman of the village, and Rowland Torre of neighbouring "
             "Stoney Middleton, who were to be married. For a time they are said to have met at the Delph, calling "
             "to each other across the valley, until one day Emmott did not come."),
        ], caps=[]),
        dict(label="Part 4", title="Remembering Eyam", paras=[
            ("The last death was recorded on 1 November 1666. The parish register lists about 260 victims, from a "
             "population usually estimated at between 350 and 800."),
            ("Whether the quarantine really saved the surrounding villages is still debated, but the sacrifice has "
             "never been forgotten. Each year on Plague Sunday, at the end of August, a service is held at "
             "Cucklett Delph."),
        ], caps=[dict(text="Page of the Eyam parish register for August 1666, facsimile.",
                      position="Below", credit="Courtesy of the Derwent Record Society", after=1)]),
    ],
)

# ---------------------------------------------------------------------------------------------------------------
EXHIBITS["franklin_expedition"] = dict(
    museum="Northgate Polar Museum",
    kicker="Arctic Hall · Temporary exhibition",
    title="Lost in the Ice: The Franklin Expedition",
    intro=("In May 1845 two Royal Navy ships left the Thames to find the Northwest Passage. Neither ship came "
           "home, and for more than a century and a half the fate of their 129 men remained one of the great "
           "mysteries of exploration."),
    sections=[
        dict(label="1845", title="Into the Arctic", paras=[
            ("Sir John Franklin, a veteran of earlier Arctic journeys, commanded HMS Erebus, with Francis Crozier "
             "in command of HMS Terror. Both ships had been strengthened with iron and fitted with steam engines "
             "taken from railway locomotives, and they carried tinned food for three years."),
            ("The Admiralty expected the voyage to take two or three years. Franklin’s orders were to sail west "
             "through Lancaster Sound and then find a way south and west towards the Bering Strait."),
            ("Whalers met the ships in Baffin Bay in late July 1845. It was the last time Europeans saw them."),
        ], caps=[dict(text="Model of HMS Erebus as fitted out for the expedition in 1845.",
                      position="Right", credit="Northgate Polar Museum, Admiralty Loan Collection", after=0)]),
        dict(label="1846–1848", title="Beset", paras=[
            ("The expedition spent its first winter at Beechey Island, where three men died and were buried. In "
             "September 1846 the ships were caught by the ice off King William Island and never broke free. "
             "Franklin died on board on 11 June 1847."),
            ("A note left in a stone cairn at Victory Point tells the rest. On 22 April 1848 the ships were "
             "deserted, and 105 survivors under Crozier set out on foot for the Back River, hundreds of miles to "
             "the south. None of them reached it."),
            ("Searchers later found that the men had hauled heavy boats loaded with books, silver cutlery and "
             "other possessions across the ice, a sign of how desperate and disordered the march had become."),
        ], caps=[dict(text="The Victory Point note, written on a printed Admiralty form. Copy.",
                      position="Below", credit="Courtesy of the Hydrographic Office Archive", after=1)]),
        dict(label="1854–1859", title="The Search", paras=[
            ("Dozens of expeditions went looking for the missing men, many of them paid for by Franklin’s widow, "
             "Jane. In 1854 the explorer John Rae heard from Inuit hunters that a party of starving white men had "
             "died near the mouth of a great river, and that some had eaten the bodies of their companions."),
            ("Rae’s report shocked Victorian Britain. Five years later Francis McClintock’s search on the yacht Fox "
             "found relics, skeletons and the Victory Point note."),
            ("In the 1980s the anthropologist Owen Beattie examined the men buried on Beechey Island. High levels "
             "of lead in their hair and bones suggested that poisoning, perhaps from the solder of the tins or "
             "from the ships’ water systems, had weakened the crews."),
        ], caps=[]),
        dict(label="2014–2016", title="The Ships Found", paras=[
            ("Inuit oral history had always placed a wrecked ship in the waters south of King William Island. "
             "Guided in part by the research of the Inuk historian Louie Kamookak, a Canadian search team found "
             "Erebus in September 2014."),
            ("Two years later Terror was found in Terror Bay, after a tip from Sammy Kogvik, an Inuk crew member "
             "who remembered seeing a mast in the ice. Both wrecks are now a protected national historic site."),
        ], caps=[dict(text="Ship’s bell of HMS Erebus, raised by divers in 2014. Replica.",
                      position="Left", credit="Replica made for the Northgate Polar Museum", after=1)]),
    ],
    pullquote="“Neither ship came home.”",
    sidebar=dict(title="Listening to Inuit Testimony", paras=[
        ("Inuit families around King William Island handed down detailed accounts of the strangers, their ships "
         "and their deaths. For many years these stories were dismissed in Britain. Today they are recognised as "
         "one of the most reliable guides to what happened, and they led the searchers to both wrecks."),
    ]),
)

# ---------------------------------------------------------------------------------------------------------------
EXHIBITS["year_without_summer"] = dict(
    museum="Hollins Museum of Weather and Climate",
    kicker="Exhibition text — Room 2",
    title="The Year Without a Summer, 1816",
    intro=("In April 1815 Mount Tambora, a volcano on the island of Sumbawa in what is now Indonesia, exploded "
           "in the largest eruption in recorded history. A year later the people of Europe and North America, "
           "who had never heard of it, lived through a summer that never came."),
    sections=[
        dict(label="Section 1", title="The Mountain That Blew Apart", paras=[
            ("Tambora rumbled for days before its climax on the evening of 10 April 1815. Explosions were heard "
             "more than 2,000 kilometres away, and the mountain lost well over a kilometre of its height. "
             "Thousands died at once and tens of thousands more from the hunger and disease that followed on "
             "Sumbawa and the neighbouring island of Lombok."),
            ("The eruption threw an immense amount of sulphur into the stratosphere. There it formed a thin veil "
             "that spread around the world and reflected part of the sunlight back into space."),
        ], caps=[dict(text="Core of Greenland ice containing the sulphate layer of 1815–1816.",
                      position="Right", credit="Loan from the Polar Ice Core Store", after=0)]),
        dict(label="Section 2", title="Snow in June", paras=[
            ("In New England the summer of 1816 brought snow in early June and killing frosts in July and August. "
             "Farmers lost their maize and hay again and again, and later called the year eighteen hundred and "
             "froze to death."),
            ("Western Europe had one of its coldest and wettest summers on record. Harvests failed, grain prices "
             "doubled, and there were food riots in England and France. Switzerland and southern Germany suffered "
             "famine in the winter that followed."),
            ("In Ireland the rain rotted the potato and grain crops, and an epidemic of typhus followed that lasted "
             "until 1819."),
        ], caps=[]),
        dict(label="Section 3", title="A Ghost Story on Lake Geneva", paras=[
            ("At the Villa Diodati near Geneva, Lord Byron and his guests were kept indoors for days by storms. "
             "Byron proposed that each of them write a ghost story. Mary Godwin, later Mary Shelley, began the "
             "tale that became Frankenstein, and John Polidori wrote The Vampyre."),
            ("Byron and Percy Shelley soon gave up their own stories, but Mary worked on hers for months and "
             "turned it into a full novel."),
            ("Byron’s own poem Darkness, written that summer, imagines a world in which the sun has gone out."),
        ], caps=[dict(text="First edition of Frankenstein, published anonymously in three volumes in 1818.",
                      position="Left", credit="Hollins Museum, Pritchard Library", after=1)]),
        dict(label="Section 4", title="The Long Shadow", paras=[
            ("The cold years drove thousands of families from New England to the new lands of the Ohio valley, and "
             "many Europeans sailed for America. In Yunnan in southern China the rice harvest failed for three "
             "years running."),
            ("Only in the twentieth century did scientists connect the strange weather of 1816 with a volcano on "
             "the other side of the world."),
            ("Painters of the time recorded unusually vivid skies. Scientists have even studied the sunsets in "
             "J. M. W. Turner’s pictures from these years for traces of volcanic dust in the air."),
        ], caps=[]),
    ],
    table_title="Key dates",
    table=[("10 April 1815", "Climax of the Tambora eruption"), ("6 June 1816", "Snow falls in Vermont and Maine"),
           ("16 June 1816", "Byron proposes the ghost story contest"), ("1818", "Frankenstein is published")],
    footnotes=["The phrase “eighteen hundred and froze to death” is recorded from Vermont in the nineteenth century.",
               "Some historians have also linked the shortage of oats for horses to Karl Drais’s running machine of 1817."],
)

# ---------------------------------------------------------------------------------------------------------------
EXHIBITS["hindenburg_disaster"] = dict(
    museum="Pinelands Museum of Flight",
    kicker="Online exhibition",
    title="Thirty-Four Seconds at Lakehurst: The Hindenburg Disaster",
    intro=("On the evening of 6 May 1937 the German airship Hindenburg caught fire as it came in to land at "
           "Lakehurst, New Jersey. The disaster, filmed and broadcast within hours, brought the age of the great "
           "passenger airships to a sudden end."),
    sections=[
        dict(label="Chapter 1", title="The Largest Aircraft Ever Flown", paras=[
            ("LZ 129 Hindenburg was 245 metres long, more than three times the length of a modern jumbo jet. It "
             "carried between fifty and seventy passengers in cabins inside the hull, with a dining room, a lounge "
             "that in its first season held a lightweight aluminium piano, and a pressurised smoking room."),
            ("It was designed to be lifted by helium, but the United States, the only large producer, would not "
             "sell the gas to Germany. The ship was filled instead with hydrogen, which is lighter but burns "
             "fiercely."),
        ], caps=[dict(text="Passenger ticket for the first flight of the 1937 season, Frankfurt to Lakehurst.",
                      position=None, credit="Pinelands Museum of Flight, gift of the Adler family", after=1)]),
        dict(label="Chapter 2", title="The Last Landing", paras=[
            ("The Hindenburg left Frankfurt on 3 May 1937 on its first North American trip of the year. Head winds "
             "and thunderstorms over Lakehurst delayed its arrival until the evening of 6 May."),
            ("At about 7:25 pm, as the landing ropes were dropped to the ground crew, flames appeared near the "
             "tail. Within seconds the fire ran the length of the ship, and in little more than half a minute the "
             "burning frame had settled to the ground."),
            ("Of the 97 people on board, 35 died, along with one member of the ground crew. Sixty-two survived, "
             "many by jumping from the windows as the ship came down."),
        ], caps=[dict(text="Fragment of the outer cover, recovered from the wreck site by a sailor of the ground crew.",
                      position=None, credit="Lent by a private collector", after=1)]),
        dict(label="Chapter 3", title="Oh, the Humanity", paras=[
            ("The radio reporter Herbert Morrison was recording the arrival for a station in Chicago. His anguished "
             "description of the fire was broadcast the next day, and newsreel film of the burning ship was shown "
             "in cinemas across the world."),
            ("Because cameramen from several newsreel companies had gathered to film a routine landing, the "
             "disaster became one of the first that the public could watch almost as it happened."),
            ("American and German inquiries concluded that leaking hydrogen had most likely been ignited by a "
             "discharge of static electricity. Other theories, including sabotage, have never been proved."),
        ], caps=[]),
        dict(label="Chapter 4", title="The End of an Era", paras=[
            ("Public trust in airships never recovered. The older Graf Zeppelin was retired soon afterwards, and "
             "the Hindenburg’s sister ship never carried paying passengers. By 1940 both had been broken up."),
            ("Lakehurst is still an active military airfield. A memorial now marks the spot where the burning "
             "ship came to rest, and visitors can see the great hangar in which it had been housed between "
             "flights."),
        ], caps=[]),
    ],
)


def words(ex):
    n = len(ex["intro"].split())
    for s in ex["sections"]:
        n += sum(len(p.split()) for p in s["paras"])
    if ex.get("sidebar"):
        n += sum(len(p.split()) for p in ex["sidebar"]["paras"])
    return n


def gold(ex, title=None, running=(), label_map=None, title_map=None, sidebar_last=False, sidebar_title=None,
         cap_position=lambda c: c["position"]):
    """Builds the gold dict. The intro is the title section. Captions go last in their section."""
    t = title or ex["title"]
    secs = [dict(label=None, title=t, blocks=[dict(kind="paragraph", text=ex["intro"])])]
    for s in ex["sections"]:
        blocks = [dict(kind="paragraph", text=p) for p in s["paras"]]
        for c in s["caps"]:
            blocks.append(dict(kind="caption", text=c["text"], position=cap_position(c), credit=c["credit"]))
        secs.append(dict(label=(label_map(s) if label_map else s["label"]),
                         title=(title_map(s) if title_map else s["title"]), blocks=blocks))
    if sidebar_last and ex.get("sidebar"):
        sb = ex["sidebar"]
        secs.append(dict(label=None, title=sidebar_title or sb["title"],
                         blocks=[dict(kind="paragraph", text=p) for p in sb["paras"]]))
    return dict(title=t, running=list(running), sections=secs)


def write_gold(path, g):
    import json
    with open(path, "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=2)
        f.write("\n")
