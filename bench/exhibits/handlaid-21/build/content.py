# -*- coding: utf-8 -*-
"""All texts of hand-laid set 21, and the gold built from them.

Each exhibit is a dict:
  title, title_lines (as printed), kicker, intro,
  sections: list of dicts(label, title, paras[list of str], caption or None)
      caption = dict(text, position, credit)
  sidebar: (title, text)
  pull: pull-quote text (never a body sentence)
  note: (mark, note text, word the mark is glued to)
  running: list of running strings for the gold
"""
import json

BATAVIA = dict(
    name="batavia_wreck_1629",
    kicker="Catalogue of the Wreck Gallery \u00b7 Case 7",
    title_lines=["Mutiny and Murder", "on the Abrolhos"],
    intro=("In June 1629 the Dutch East India Company\u2019s newest ship, the Batavia, ran onto a reef off the "
           "coast of Western Australia. What followed on the low coral islands was one of the darkest episodes "
           "in the history of the sea: a mutiny in which more than a hundred survivors were murdered by their "
           "own shipmates."),
    sections=[
        dict(label="1", title="The Company\u2019s Pride", paras=[
            "The Batavia was built in Amsterdam for the Dutch East India Company, the VOC, and left on her maiden "
            "voyage in October 1628. She carried about 340 people: sailors, soldiers, a few families, and chests "
            "of silver coin to buy spices in the East. The senior merchant, Francisco Pelsaert, was in charge of "
            "the fleet\u2019s business, while the skipper, Ariaen Jacobsz, sailed the ship.",
            "The two men despised each other. During the long passage round the Cape of Good Hope, Jacobsz began "
            "to talk of seizing the ship and her silver with the help of an under-merchant, Jeronimus Cornelisz, "
            "a bankrupt apothecary from Haarlem who had joined the Company to escape his debts.",
        ], caption=None),
        dict(label="2", title="Wrecked on Morning Reef", paras=[
            "Before dawn on 4 June 1629 the Batavia struck a reef in the Houtman Abrolhos, a chain of islands "
            "some sixty kilometres off the Australian coast. Most of the people aboard were ferried to two small "
            "islands that had no fresh water. Cornelisz stayed on the breaking ship for more than a week before "
            "he too came ashore.",
            "Pelsaert, Jacobsz and more than forty others set off in the ship\u2019s longboat to look for water "
            "on the mainland. Finding none, they sailed on for the Company\u2019s headquarters at Batavia, the "
            "port on Java that gave the ship her name. The voyage of nearly three thousand kilometres took them "
            "thirty-three days, and every one of them survived it.",
        ], caption=dict(text="A replica of the Batavia\u2019s longboat under sail off Geraldton.",
                        position="Left", credit="Photograph by Hanneke Vos, 2011")),
        dict(label="3", title="The Reign of Cornelisz", paras=[
            "Left in charge of the survivors, Cornelisz gathered a band of young men who would obey him. He sent "
            "a party of soldiers under Wiebbe Hayes to a larger island to search for water, expecting them to "
            "die there. Then he and his followers began to kill anyone who might resist, and later anyone who "
            "used up scarce supplies.",
            "Over the next two months some 110 men, women and children were drowned, strangled or hacked to "
            "death. A few women were kept alive as captives. The predikant, the ship\u2019s minister, was spared, "
            "but his wife and most of his children were murdered.",
        ], caption=None),
        dict(label="4", title="The Fort on West Wallabi", paras=[
            "Hayes and his soldiers had found water and birds on West Wallabi Island, and people who escaped the "
            "killings swam or rafted across to join them. They built low walls of coral stone, still standing "
            "today, and beat off several attacks with pikes and clubs. In September the mutineers attacked again "
            "just as a sail appeared on the horizon.",
            "It was Pelsaert, returning in the rescue ship Sardam. Hayes reached him first and warned him. The "
            "mutineers were captured and tried on the islands, and the worst of them were hanged; Cornelisz had "
            "both hands cut off before he died. Two of the others were instead set ashore on the mainland, and "
            "nothing more was ever heard of them.",
        ], caption=dict(text="Silver coins from the Batavia\u2019s cargo, recovered in the 1970s.",
                        position="Above", credit="Houtman Coast Maritime Museum, HCMM 72.114")),
    ],
    sidebar=("Raising the Wreck",
             "Divers found the remains of the Batavia in 1963. Over the following years archaeologists lifted "
             "part of the stern, a cargo of cut stone blocks for a gateway, and thousands of smaller objects. "
             "The timbers were reassembled and now stand in a museum in Fremantle. Skeletons of victims have "
             "also been excavated on Beacon Island, where much of the killing took place."),
    pull="\u201cThe worst crime in the long history of the Dutch East India Company.\u201d",
    note=("\u2020", "\u2020 Gijsbert Bastiaensz, a Dutch Reformed minister. His letter about the killings was "
          "later printed in the Netherlands.", "predikant"),
    running=["Houtman Coast Maritime Museum", "Catalogue of the Wreck Gallery", "112", "113"],
)

FRAM = dict(
    name="fram_drift_1893",
    kicker="LEAFLET 5 \u00b7 POLAR VOYAGES",
    title_lines=["Frozen In on Purpose:", "The Drift of the Fram"],
    intro=("In 1893 the Norwegian scientist Fridtjof Nansen sailed a small, round-hulled ship into the Arctic "
           "pack ice north of Siberia and let it freeze in. He was betting that the ice itself would carry the "
           "ship across the top of the world. Three years later, every man came home."),
    sections=[
        dict(label="1890\u201393", title="A Ship Built to Be Squeezed", paras=[
            "In 1884 wreckage from the American ship Jeannette, crushed by the ice off Siberia three years "
            "before, was found on a floe near the south-west coast of Greenland. Nansen reasoned that a current "
            "must flow across the polar basin from east to west. A ship that could survive the pressure of the "
            "ice might ride that current, and perhaps pass close to the North Pole.",
            "The shipbuilder Colin Archer designed the Fram, whose name means \u201cForward\u201d. Her hull was "
            "short, thick and rounded, so that ice pressing against her sides would lift her up instead of "
            "crushing her. She carried food for five years and a windmill that drove a dynamo for electric "
            "light.",
        ], caption=None),
        dict(label="1893\u201395", title="Locked in the Pack", paras=[
            "The Fram left Christiania in June 1893 with thirteen men under Captain Otto Sverdrup. In September, "
            "north of the New Siberian Islands, she was steered into the pack and allowed to freeze fast. When "
            "the pressure came, the ice groaned and heaved against the hull, and the ship rose just as Archer "
            "had promised.",
            "The drift was slower and more winding than Nansen had hoped. Through two long polar nights the crew "
            "took soundings and weather readings, played cards and read in the saloon. By the end of 1894 it was "
            "clear that the ship would not pass near the Pole.",
        ], caption=dict(text="A model of the Fram\u2019s rounded hull, cut away to show the thick timbers.",
                        position="Right", credit="Lent by the Ris\u00f8r Boatbuilders\u2019 Guild")),
        dict(label="1895", title="Skis and Dogs", paras=[
            "In March 1895 Nansen and Hjalmar Johansen left the ship with dogs, sledges and kayaks to try for the "
            "Pole on skis. The ice was broken by ridges and open leads, and it was drifting south beneath their "
            "feet. On 8 April they turned back at a latitude of 86 degrees 14 minutes north, nearer to the Pole "
            "than anyone had come before.",
            "They could not hope to find the ship again, so they made for Franz Josef Land. After months of hard "
            "travel they built a hut of stones, moss and walrus hides and spent the winter in it, living on "
            "walrus and polar-bear meat and burning blubber for light and heat.",
        ], caption=None),
        dict(label="1896", title="Two Homecomings", paras=[
            "In June 1896 Nansen heard dogs barking and met the English explorer Frederick Jackson, whose "
            "expedition was camped at Cape Flora. Jackson\u2019s supply ship, the Windward, carried the two men "
            "south, and they landed at Vard\u00f8 in northern Norway on 13 August.",
            "On the same day, far to the north, the Fram broke free of the ice north-west of Spitsbergen with all "
            "her crew well. A week later a telegram reached Nansen, and ship and leader sailed into Christiania "
            "together in September to a hero\u2019s welcome.",
        ], caption=dict(text="Nansen and Johansen\u2019s winter hut, rebuilt for the centenary in 1996.",
                        position="Above", credit="Photograph \u00a9 Ingrid Solheim")),
    ],
    sidebar=("The Fram After Nansen",
             "Sverdrup took the Fram to the Canadian Arctic from 1898 to 1902, and Roald Amundsen sailed her "
             "south in 1910 on the expedition that reached the South Pole. No other wooden ship has sailed "
             "farther north and farther south. Since 1936 she has stood under cover in a museum building in "
             "Oslo, where visitors can walk her decks."),
    pull="\u201cThe ice would be our road, and the ship our house upon it.\u201d",
    note=("*", "* Now Oslo.", "Christiania"),
    running=["Kval\u00f8ya Polar Museum \u00b7 Troms\u00f8 \u2013 Leaflet 5"],
)

WOTW = dict(
    name="war_of_the_worlds_1938",
    kicker="AUDIO TOUR STOP 7",
    title_lines=["Martians over New Jersey"],
    intro=("On the night before Halloween in 1938, a radio play about an invasion from Mars was told as a "
           "string of breaking news reports. Some listeners believed it. The newspapers said the whole country "
           "had panicked, and the story of that panic has been retold ever since."),
    sections=[
        dict(label="Track 1", title="A Halloween Play", paras=[
            "On the evening of 30 October 1938 the Mercury Theatre on the Air broadcast its weekly drama over "
            "the CBS radio network. The company was led by Orson Welles, then twenty-three years old, who had "
            "already made his name on the New York stage.",
            "That week\u2019s play was an adaptation of H. G. Wells\u2019s novel The War of the Worlds, written "
            "for radio by Howard Koch. To make an old story fresh, Koch moved the Martian landing from Victorian "
            "England to the village of Grover\u2019s Mill in New Jersey, and told it through a series of news "
            "bulletins.",
        ], caption=dict(text="A studio microphone of the type used by CBS in the 1930s.",
                        position="Right", credit="Lent by the Harlow Radio Collectors\u2019 Club")),
        dict(label="Track 2", title="Breaking News", paras=[
            "The programme began with an announcement that it was a play. It then seemed to become an ordinary "
            "evening of dance music from a hotel ballroom, which was interrupted more and more often by reports "
            "of explosions on Mars and of a strange object that had fallen on a farm.",
            "Actors played reporters, scientists, a general and a Secretary of the Interior who sounded much like "
            "President Roosevelt. A reporter at the scene described a creature crawling out of a metal cylinder, "
            "and then his microphone went dead. Within forty minutes of airtime the Martians had overrun New "
            "Jersey with heat rays and poison gas and were marching on New York.",
        ], caption=None),
        dict(label="Track 3", title="Panic, Real and Imagined", paras=[
            "Many listeners tuned in late, some of them after turning away from a rival comedy show, and missed "
            "the opening announcement. Frightened people telephoned the police, newspapers and radio stations. "
            "A few families left their homes or prayed together, and according to a local story, men in "
            "Grover\u2019s Mill fired shots at a wooden water tower in the dark.",
            "The next morning the newspapers reported a nation in terror. Historians now think those reports "
            "were much exaggerated: newspapers, which were losing advertising to radio, had good reason to show "
            "that the new medium was dangerous. A survey led by the psychologist Hadley Cantril later estimated "
            "that more than a million of some six million listeners had been frightened.",
        ], caption=dict(text="Front page of a New Jersey evening paper, 31 October 1938.",
                        position="Below", credit="Dellmore Museum of Broadcasting, DMB 1988.201")),
        dict(label="Track 4", title="After the Broadcast", paras=[
            "Welles faced reporters the next day and said he was sorry, though he also seemed pleased by the "
            "attention. The Federal Communications Commission looked into the broadcast but took no action, and "
            "broadcasters agreed to be more careful about fake news bulletins in their plays.",
            "The broadcast made Welles famous across the country. The next year he signed a contract with the "
            "RKO film studio, and in 1941 he released his first feature film, Citizen Kane. The script and "
            "recordings of the programme are still studied as a lesson in how easily a trusted voice can "
            "mislead.",
        ], caption=None),
    ],
    sidebar=("Did It Happen Again?",
             "Radio hoaxes of the same kind have caused real alarm since. In Quito, Ecuador, in February 1949, a "
             "Spanish-language version of the play moved the invasion to the city\u2019s own outskirts. When "
             "listeners learned the truth, an angry crowd set fire to the building that housed the radio "
             "station, and several people died in the blaze."),
    pull="\u201cFor one hour, fiction sounded exactly like the news.\u201d",
    note=("1", "1 Hadley Cantril, The Invasion from Mars, Princeton University Press, 1940.", "Cantril"),
    running=["Dellmore Museum of Broadcasting", "On Air: Radio and Its Listeners", "Page 1 of 4", "Page 2 of 4",
             "Page 3 of 4", "Page 4 of 4"],
)

JEWELS = dict(
    name="irish_crown_jewels_1907",
    kicker="Unsolved \u00b7 Wall 4",
    title_lines=["Who Took", "the Irish", "Crown Jewels?"],
    intro=("Four days before King Edward VII arrived in Dublin in July 1907, the jewels of the Order of "
           "St Patrick were found to be missing from a locked safe in Dublin Castle. They have never been seen "
           "again, and the theft remains one of the great unsolved crimes of its age."),
    sections=[
        dict(label="Exhibit A", title="The Regalia of St Patrick", paras=[
            "The so-called Irish Crown Jewels were not a crown at all. They were the star and badge of the Grand "
            "Master of the Order of St Patrick, an order of knighthood founded in 1783, set with diamonds that "
            "had belonged to Queen Charlotte and with emeralds and rubies. Worn by the Lord Lieutenant on state "
            "occasions, they were worth a fortune.",
            "They were kept by the Office of Arms, whose head, Sir Arthur Vicars, held the title of Ulster King "
            "of Arms. In 1903 a new strongroom had been built for the office in the Bedford Tower of the castle, "
            "but the safe was too big to pass through its door, so it stood instead in Vicars\u2019s library.",
        ], caption=None),
        dict(label="Exhibit B", title="An Unlocked Safe", paras=[
            "On 6 July 1907 a messenger sent to put away a collar found the safe unlocked. The jewels were gone, "
            "together with the collars of five knights and some family jewels belonging to Vicars\u2019s mother. "
            "The safe had not been forced. Whoever opened it had used a key.",
            "There were only two keys, and Vicars kept both of them. He was known to carry them about with him, "
            "and to have fallen asleep after dinner with guests in the house. Earlier that week a cleaner had "
            "found the front door of the office unlocked, and the door of the strongroom standing open.",
        ], caption=dict(text="The Bedford Tower in the Upper Yard of Dublin Castle.", position="Left",
                        credit="Photograph \u00a9 Niamh Costigan, 2005")),
        dict(label="Exhibit C", title="A Scandal Hushed Up", paras=[
            "The king was furious, and the royal visit went ahead without the ceremony for which the jewels were "
            "needed. A Viceregal Commission that sat in private in January 1908 blamed Vicars for a lack of "
            "care. He refused to resign, protested that he was being made a scapegoat, and was dismissed.",
            "Rumours spread of drunken parties in the castle and of a circle of well-connected men whose private "
            "lives the government wished to keep out of the newspapers. Suspicion fell on Francis Shackleton, a "
            "herald in the office and a brother of the Antarctic explorer Ernest Shackleton, but he was never "
            "charged.",
        ], caption=None),
        dict(label="Exhibit D", title="Still Missing", paras=[
            "The Scotland Yard detective on the case, Chief Inspector John Kane, is said to have named the thief "
            "in his report, but the report has never been found. Shackleton was jailed in 1913 for cheating a "
            "woman out of her savings, and lived out his life under another name.",
            "Vicars retired to his family\u2019s house in County Kerry. In 1921, during the War of Independence, "
            "he was shot dead by the IRA and the house was burned. In his will he still protested his innocence. "
            "The jewels, if they survive, have never come to light.",
        ], caption=dict(text="A police notice offering a reward for the return of the jewels, 1907.",
                        position="Above", credit="Ormond Quay Museum, OQM 1990.7")),
    ],
    sidebar=("What the Jewels Looked Like",
             "The star was an eight-pointed burst of Brazilian diamonds. At its centre a shamrock of emeralds lay "
             "on a red cross of rubies, circled by blue enamel bearing the order\u2019s motto and the year of its "
             "founding. The badge repeated the design within an oval of diamonds. Only photographs survive, and "
             "the replica in this room was made from them."),
    pull="\u201cEveryone seemed to have a key except the thief.\u201d",
    note=("*", "* Of the Criminal Investigation Department, sent over from London.", "Kane"),
    running=["Ormond Quay Museum of Crime and Justice", "Unsolved: Ireland\u2019s Famous Mysteries", "\u2013 1 \u2013",
             "\u2013 2 \u2013"],
)

FLOOD = dict(
    name="flood_tablet_1872",
    kicker="Room 3 \u00b7 Decipherment",
    title_lines=["The Flood Tablet:", "George Smith and the Epic of Gilgamesh"],
    intro=("In 1872 a self-taught assistant at the British Museum read a broken clay tablet and found a story of "
           "a great flood, written down long before the Bible. His discovery made headlines around the world "
           "and brought an ancient poem back to life."),
    sections=[
        dict(label="Tablet I", title="A Banknote Engraver", paras=[
            "George Smith was born in London in 1840 to a poor family and left school at fourteen to learn the "
            "trade of engraving banknotes. In his lunch hours he walked to the British Museum to study the clay "
            "tablets and carved reliefs that had been brought back from the ruins of Assyria.",
            "The museum\u2019s scholars noticed the young man who read everything he could find about cuneiform, "
            "the wedge-shaped script of ancient Mesopotamia. He proved so quick at sorting and joining broken "
            "tablets that in 1867 the museum gave him a post as an assistant.",
        ], caption=None),
        dict(label="Tablet II", title="A Story of a Flood", paras=[
            "Thousands of tablets had come from the library of King Ashurbanipal at Nineveh, excavated in the "
            "1850s. In 1872, reading a broken fragment, Smith found a story of a ship coming to rest on a "
            "mountain and a dove sent out to look for dry land. It was a Babylonian account of a great flood, "
            "older than the written Book of Genesis.",
            "According to a later account, Smith was so excited that he jumped up, rushed about the room and "
            "began to take off his clothes. The tale he had found belonged to a long poem about a king called "
            "Gilgamesh, and the tablet is now known as the eleventh tablet of the epic.",
        ], caption=dict(text="A plaster cast of the flood tablet, made about 1900.", position="Above",
                        credit="Lent by Pellingham College of Art")),
        dict(label="Tablet III", title="A Newspaper Expedition", paras=[
            "On 3 December 1872 Smith read his translation to the Society of Biblical Archaeology, with the "
            "prime minister, William Gladstone, in the audience. A large part of the story was missing, and the "
            "Daily Telegraph offered a thousand guineas to send him to Nineveh to look for it.",
            "In May 1873, after only a few days of digging among the old spoil heaps, Smith found a fragment "
            "that filled much of a gap in the flood story. The find was hailed as a marvel of luck, though "
            "scholars later showed that the piece came from a different version of the tale.",
        ], caption=dict(text="Smith\u2019s notebook from the 1873 season, open at a sketch of the mound.",
                        position="Left", credit="Cheyne Walk Museum of Writing, CWMW 2014.3")),
        dict(label="Tablet IV", title="Death on the Road", paras=[
            "Smith made two more journeys to the Near East, both for the British Museum. In the summer of 1876, "
            "worn out by heat and illness, he died of dysentery at Aleppo in Syria, aged thirty-six, leaving a "
            "wife and young children in London.",
            "His discovery changed the way people read the Bible. It showed that stories in Genesis drew on a far "
            "older tradition from Mesopotamia, and it brought the oldest surviving epic poem to a public that "
            "had never heard the name of Gilgamesh.",
        ], caption=None),
    ],
    sidebar=("How Cuneiform Works",
             "Cuneiform was written by pressing a cut reed into soft clay, which left wedge-shaped marks. Its "
             "signs could stand for whole words or for syllables, and one sign often had several values. "
             "Scholars first learned to read it in the 1850s, with the help of royal inscriptions carved in "
             "three languages. The last known tablets in cuneiform were written in the first century AD."),
    pull=None,
    note=("1", "A guinea was one pound and one shilling, so the offer came to 1,050 pounds.", "guineas"),
    running=["Cheyne Walk Museum of Writing \u00b7 Room 3: Decipherment", "Panel texts \u2013 draft 2 \u2013 page"],
)

LINDBERGH = dict(
    name="lindbergh_flight_1927",
    kicker="Collection record",
    title_lines=["Souvenir Pennant for Lindbergh\u2019s Flight to Paris, 1927"],
    intro=("A felt pennant sold to the crowds who greeted Charles Lindbergh after his solo flight across the "
           "Atlantic in May 1927. The flight turned a shy airmail pilot into the most famous man in the world "
           "almost overnight, and souvenirs like this one were made by the thousand."),
    sections=[
        dict(label="Part 1", title="The Orteig Prize", paras=[
            "In 1919 the New York hotel owner Raymond Orteig offered 25,000 dollars to the first aviator to fly "
            "without stopping between New York and Paris. For years no aircraft could carry enough fuel, and by "
            "1927 several well-funded teams had tried and failed. Six men had died in the attempts.",
            "Charles Lindbergh, a twenty-five-year-old airmail pilot, found backers in St. Louis and ordered a "
            "plane from the small Ryan company of San Diego. He insisted on a single engine and on flying alone, "
            "to save weight for fuel. He had learned to fly only five years before, and had trained as an army "
            "reserve pilot.",
        ], caption=None),
        dict(label="Part 2", title="A Flying Fuel Tank", paras=[
            "The Spirit of St. Louis was built in about two months. Its main fuel tank sat in front of the "
            "pilot, so Lindbergh had no forward window and looked ahead through a small periscope or by turning "
            "to peer out of a side window. He carried no radio and no parachute.",
            "He flew the plane from San Diego to New York in record time, with one stop at St. Louis. Early on "
            "the morning of 20 May 1927 he took off from Roosevelt Field on Long Island, the overloaded plane "
            "barely clearing the telephone wires at the end of the muddy runway.",
        ], caption=dict(text="A model of the Spirit of St. Louis, built by a museum volunteer in 1977.",
                        position="Above", credit="Gift of the Kessler family")),
        dict(label="Part 3", title="Thirty-Three Hours", paras=[
            "Over the ocean Lindbergh fought fog, ice on the wings and, above all, sleep. He had hardly slept the "
            "night before. He flew low over the waves, sometimes only a few metres above them, and later wrote "
            "that he had felt ghostly presences riding with him in the cabin.",
            "On the afternoon of 21 May he sighted the coast of Ireland, very close to where he had planned to "
            "reach it. He followed the coasts of England and France to Paris and landed at Le Bourget at 10.22 "
            "in the evening, after thirty-three and a half hours in the air.",
        ], caption=None),
        dict(label="Part 4", title="The Most Famous Man Alive", paras=[
            "A crowd of more than 100,000 people broke through the fences to reach the plane, and soldiers had to "
            "rescue the pilot. In the weeks that followed he was honoured in Paris, Brussels and London, and New "
            "York greeted him with a ticker-tape parade.",
            "The flight set off a boom in aviation. Applications for pilot\u2019s licences soared and investors "
            "poured money into airlines. Lindbergh\u2019s later life held tragedy and controversy, but for the "
            "generation that cheered him in 1927 he stood for daring and modesty.",
        ], caption=dict(text="The ticker-tape parade on Broadway, 13 June 1927.", position=None,
                        credit="\u00a9 Metro Press Archive")),
    ],
    sidebar=("About This Pennant",
             "Pennants like this one were sold on the streets of New York and St. Louis within days of the "
             "landing. This example was kept by a schoolgirl who watched the parade on Broadway in June 1927. "
             "She pinned it above her bed, and the fading on one side shows where the sun reached it for half a "
             "century. Her nephew gave it to the museum in 1987, together with her ticket for the parade stand."),
    pull="\u201cOne man, one engine, and an ocean nobody had crossed alone.\u201d",
    note=("1", "Charles A. Lindbergh, The Spirit of St. Louis, New York, 1953.", "presences"),
    running=[],
)

ALL = [BATAVIA, FRAM, WOTW, JEWELS, FLOOD, LINDBERGH]


def title(ex):
    return " ".join(ex["title_lines"])


def gold(ex):
    t = title(ex)
    secs = [dict(label=None, title=t, blocks=[dict(kind="paragraph", text=ex["intro"])])]
    for s in ex["sections"]:
        blocks = [dict(kind="paragraph", text=p) for p in s["paras"]]
        c = s.get("caption")
        if c:
            blocks.append(dict(kind="caption", text=c["text"], position=c["position"], credit=c["credit"]))
        secs.append(dict(label=s["label"], title=s["title"], blocks=blocks))
    st, stext = ex["sidebar"]
    secs.append(dict(label=None, title=st, blocks=[dict(kind="paragraph", text=stext)]))
    return dict(title=t, running=list(ex["running"]), sections=secs)


def write_gold(ex, outdir, running=None):
    g = gold(ex)
    if running is not None:
        g["running"] = running
    with open(f"{outdir}/{ex['name']}.json", "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return g


def body_words(ex):
    n = len(ex["intro"].split())
    for s in ex["sections"]:
        n += sum(len(p.split()) for p in s["paras"])
    n += len(ex["sidebar"][1].split())
    return n


if __name__ == "__main__":
    for ex in ALL:
        print(ex["name"], body_words(ex))
