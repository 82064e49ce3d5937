# All texts of handlaid-22. Gold files are built from these same strings by gold().
# Every name of a museum, lender, photographer and accession number here is made up.
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

# ---------------------------------------------------------------- 1 (Qt QPdfWriter)
VENUS = dict(
    name="transit_of_venus_1769",
    header_left="Halloran Museum of Navigation",
    header_right="Gallery 4 · Measuring the Heavens",
    folios=["Page 14", "Page 15"],
    kicker="OBSERVATORIES AT THE EDGE OF THE MAP",
    title_lines=["A Planet Crosses the Sun:", "Cook at Point Venus"],
    intro=("On 3 June 1769 three observers on a beach in Tahiti watched a small black disc creep across the face of "
           "the Sun. Their timings were meant to give the distance from the Earth to the Sun, and the voyage that "
           "carried them there became the first of James Cook’s three great Pacific expeditions."),
    sections=[
        dict(label="Panel A", title="A Rare Appointment",
             paras=["Transits of Venus come in pairs eight years apart, and then not again for more than a century. "
                    "Edmond Halley had shown that if the moment when the planet entered and left the Sun’s disc were "
                    "timed from places far apart on the Earth, simple geometry would give the scale of the whole solar "
                    "system.",
                    "The transit of 1761 had been watched from dozens of stations, but cloud, war and poor clocks "
                    "spoiled most of the results. The transit of 1769 was the last chance for a hundred and five "
                    "years, and the Royal Society asked King George III to pay for an expedition to the South Seas."]),
        dict(label="Panel B", title="The Endeavour Sails",
             paras=["The Admiralty bought a sturdy Whitby collier, renamed her Endeavour and gave the command to "
                    "James Cook, a navy master who had charted the St Lawrence River with great skill. The astronomer "
                    "Charles Green sailed with him, together with the young botanist Joseph Banks and a party of "
                    "naturalists and artists paid for by Banks himself.",
                    "Endeavour left Plymouth in August 1768, rounded Cape Horn and anchored in Matavai Bay in April "
                    "1769. Tahiti had been visited by a British ship only two years before, and its position was "
                    "known with unusual accuracy."],
             caption=dict(text="A brass Gregorian reflecting telescope of the type used at Point Venus.",
                          position="Above", credit="Lent by the Armitage Instrument Trust, AIT 62.7"),
             caption_at=(1, 18)),
        dict(label="Panel C", title="Fort Venus",
             paras=["Cook had a small fort built on the northern tip of the bay, with earth banks, a stockade and two "
                    "swivel guns. Inside it the observers set up their tents, a portable observatory, an astronomical "
                    "clock and telescopes. The point still carries the name Point Venus.",
                    "The morning of 3 June was perfectly clear. Cook, Green and the Swedish naturalist Daniel Solander "
                    "each timed the contacts, but their figures differed by as much as half a minute. Around the planet "
                    "they saw a dusky shadow, and at the moments of contact the black disc seemed to cling to the edge "
                    "of the Sun."]),
        dict(label="Panel D", title="What the Numbers Gave",
             paras=["When all the observations from around the world were combined, the astronomers arrived at a "
                    "distance to the Sun of roughly 150 million kilometres, within a few per cent of the modern "
                    "value. It was the best figure anyone had yet obtained, though it fell short of the precision "
                    "Halley had hoped for.",
                    "Cook then opened sealed orders from the Admiralty. He was to search the southern ocean for a "
                    "great continent, and the voyage went on to chart the coasts of New Zealand and the east coast of "
                    "Australia before Endeavour returned to England in July 1771. Green did not live to see it: he "
                    "died at sea in January 1771."],
             caption=dict(text="Cook’s own copy of the printed tables for the 1769 transit, open at the page for "
                               "the South Seas.",
                          position="Right", credit="Halloran Museum of Navigation, HMN 1930.118")),
    ],
    pullquote="Half a minute of doubt, across half the globe.",
    footnote_word="Solander", footnote_mark="*",
    footnote="* Solander had studied under Carl Linnaeus at Uppsala.",
    sidebar=dict(title="The Black Drop",
                 paras=["The clinging shadow that troubled Cook and Green is now called the black drop effect. It "
                        "is caused partly by the blurring of the telescope and the air, and partly by the darkening "
                        "of the Sun towards its edge. It made exact timing impossible, and observers of the transits "
                        "of 1874 and 1882 met the same problem."]),
)

# ---------------------------------------------------------------- 2 (pdfrw leaflet)
AIRLIFT = dict(
    name="berlin_airlift_1948",
    running="Tempelhof Hangar Museum · Berlin – Visitor Leaflet 3",
    kicker="LEAFLET 3 · THE COLD WAR",
    title_lines=["Bread from the Sky:", "The Berlin Airlift,", "1948–1949"],
    intro=("For almost a year the western sectors of Berlin were cut off by land and water, and two million people "
           "lived on what could be flown in. This leaflet follows the airlift from the first blockade order to the "
           "reopening of the roads."),
    sections=[
        dict(label="01", title="A City Cut Off",
             paras=["After the Second World War Germany was divided into four zones of occupation, and Berlin, deep "
                    "inside the Soviet zone, was divided in the same way. In June 1948 the western powers introduced a "
                    "new currency, the Deutsche Mark, in their zones.",
                    "The Soviet answer came on 24 June. Road, rail and canal links to the western sectors were closed, "
                    "and power from the Soviet-controlled stations was cut. The city held stocks of food for about a "
                    "month and of coal for a little longer.",
                    "Few believed that a city of that size could be fed by air. The western allies had no wish to force "
                    "their way in along the roads, which might have started a war, and withdrawing from Berlin would have "
                    "abandoned its people. Flying was the only course left between the two."]),
        dict(label="02", title="Operation Vittles",
             paras=["Three air corridors, each thirty-two kilometres wide, had been guaranteed in writing. The "
                    "American and British commanders decided to supply the city through them. At first only small "
                    "Douglas C-47s were available, and the deliveries fell far short of the thousands of tonnes a day "
                    "the city needed.",
                    "The arrival of General William Tunner, an expert in mass air transport, changed the pace. Aircraft "
                    "flew in strict sequence at fixed heights and speeds, landing every few minutes at Tempelhof and "
                    "Gatow, and a new airfield at Tegel was built in under three months, largely by Berlin women."],
             caption=dict(text="A sack of flour stencilled for the airlift, carried into Gatow in 1948.",
                          position="Left", credit="Lent by the Family of Erika Vollmer"),
             caption_at=(0, 24)),
        dict(label="03", title="The Candy Bomber",
             paras=["Lieutenant Gail Halvorsen, an American pilot, began dropping sweets tied to small handkerchief "
                    "parachutes to children watching at the fence of Tempelhof. He waggled his wings so that they "
                    "would know his plane. Thousands of letters followed, and other crews joined in.",
                    "Coal was the heaviest need. Through the winter of 1948 electricity was rationed to a few hours a "
                    "day, and families burned furniture and the trees of the Tiergarten for warmth.",
                    "Coal was carried in army sacks that split and filled the cabins with black dust, and flour in sacks "
                    "that coated everything in white. Pilots learned to fly through fog with the help of ground radar, "
                    "and accidents claimed lives on both sides of the corridors."]),
        dict(label="04", title="The Easter Parade",
             paras=["On 16 April 1949, to show what the airlift could do, the crews flew almost thirteen thousand "
                    "tonnes into the city in twenty-four hours, with a landing roughly every minute. The record "
                    "convinced the Soviet leadership that the blockade had failed.",
                    "The roads and railways reopened just after midnight on 12 May 1949, and cars drove through "
                    "cheering crowds. Flights continued until September to build up stocks."],
             caption=dict(text="Halvorsen’s handkerchief parachutes, made by a Tempelhof seamstress in 1988.",
                          position="Above", credit="Photograph © Jonas Mertesacker")),
    ],
    pullquote="The sound of engines meant the city would live.",
    sidebar=dict(title="The Memorial at Tempelhof",
                 paras=["More than seventy people died during the airlift, among them British and American aircrew and "
                        "German civilians. The memorial outside Tempelhof, unveiled in 1951, has three prongs that "
                        "rise to the west, one for each of the air corridors."]),
    table_title="The airlift in figures",
    table=[("Duration", "15 months"), ("Flights", "about 278,000"), ("Cargo", "2.3 million tonnes"),
           ("Busiest day", "16 April 1949")],
    address=["Tempelhof Hangar Museum", "Hangar 7, Columbiadamm 11", "Open daily 10.00–18.00",
             "Closed on 24 and 25 December"],
)

# ---------------------------------------------------------------- 3 (pypdf, three columns)
PRIAM = dict(
    name="priams_treasure_1873",
    header_left="Aldous Hall Museum of Antiquities",
    header_right="Digging for Homer",
    folios=["– 7 –", "– 8 –"],
    kicker="ROOM 12 · DIGGING FOR HOMER",
    title_lines=["Priam’s Treasure", "and the Hill", "of Hisarlik"],
    intro=("In 1873 Heinrich Schliemann announced that he had found the gold of King Priam of Troy. The hoard was "
           "real, but it was a thousand years too old for Homer’s war, and its story since has been one of "
           "smuggling, war and loss."),
    sections=[
        dict(label="Case 1", title="A Merchant’s Dream",
             paras=["Heinrich Schliemann made a fortune as a merchant in Russia and in the California gold rush, "
                    "and then turned to archaeology. He was convinced that the Iliad described real places, and that "
                    "Troy could be found.",
                    "The British consul Frank Calvert, who owned part of a mound called Hisarlik in north-west "
                    "Turkey, believed it hid the city. Schliemann took up the idea, and from 1871 he drove a huge "
                    "trench through the hill with gangs of local workmen."]),
        dict(label="Case 2", title="Layers of Cities",
             paras=["The mound turned out to hold the ruins of many settlements built one on top of another over "
                    "three thousand years. Schliemann was in a hurry to reach the bottom, and his great trench "
                    "destroyed much of the later levels, including parts of the city that was probably Homer’s "
                    "Troy.",
                    "He identified a burnt layer near the base, now called Troy II, as the city of Priam. Later work "
                    "showed that Troy II was older than the Trojan War by more than a thousand years.",
                    "Schliemann himself began to doubt his dating before his death in 1890. His assistant Wilhelm "
                    "Dörpfeld continued the work and argued that a higher level, Troy VI, with its massive walls, was a "
                    "better match for the Homeric city."],
             caption=dict(text="A plaster cast of a gold basket earring from the hoard.",
                          position="Left", credit="Aldous Hall Museum, AHM 1911.34"),
             caption_at=(1, 14)),
        dict(label="Case 3", title="The Find of May 1873",
             paras=["According to Schliemann, in May 1873 he saw the glint of gold near a wall, sent the workmen "
                    "away to rest and dug the objects out himself. There were cups of gold and silver, copper "
                    "vessels, thousands of small gold beads and two splendid diadems.",
                    "He photographed his wife Sophia wearing the jewels, and the picture travelled around the world. "
                    "His account changed over the years, and many scholars think the treasure was gathered from "
                    "several places in the trench.",
                    "Sophia herself was not at the site on the day he later described, which is one of several reasons "
                    "for doubt. Yet the objects are genuine Bronze Age work, and nothing like them had been seen from "
                    "the Aegean world before."]),
        dict(label="Case 4", title="Smuggled, Shown and Lost",
             paras=["Schliemann’s permit required him to share his finds with the Ottoman government, but he "
                    "smuggled the hoard to Athens. After a lawsuit he paid a settlement and kept it. In 1881 he gave "
                    "the collection to Berlin, where it was shown for sixty years.",
                    "At the end of the Second World War the treasure was packed into crates in a flak tower near "
                    "Berlin Zoo, and in 1945 it vanished. For decades its fate was unknown. In 1993 Russia confirmed "
                    "that it had been taken to Moscow, and it has been displayed at the Pushkin Museum since 1996."],
             caption=dict(text="Sophia Schliemann in the larger diadem, from a print of about 1874.",
                          position="Below", credit="Courtesy of the Venn Photographic Archive")),
    ],
    footnote_word="levels", footnote_mark="1",
    footnote="1 Archaeologists now count nine main cities, with many sub-phases.",
    pullquote="Gold, but from the wrong war.",
    sidebar=dict(title="Calvert’s Share",
                 paras=["Frank Calvert received little credit in Schliemann’s books, though he had pointed the way to "
                        "Hisarlik and owned the land where much of the digging began. Historians have since restored "
                        "his place in the story."]),
    table_title="Objects in this room",
    table=[("Cat. 12.1", "Gold diadem (cast)"), ("Cat. 12.2", "Basket earrings (casts)"),
           ("Cat. 12.3", "Excavation photograph")],
)

# ---------------------------------------------------------------- 4 (R pdf device)
TRAIN = dict(
    name="great_train_robbery_1963",
    header_left="Crown Court Museum of Policing",
    header_right="Gallery 2: Famous Cases",
    folios=["21", "22"],
    kicker="CASE FILE 1963/08",
    title_lines=["The Great Train Robbery"],
    intro=("In the early hours of 8 August 1963 a gang stopped the night mail train from Glasgow to London at a "
           "bridge in Buckinghamshire and took more than two and a half million pounds. It was the largest robbery "
           "Britain had ever seen."),
    sections=[
        dict(label="Part One", title="A Red Light at Sears Crossing",
             paras=["The Travelling Post Office train carried registered mail and, in one coach, the used banknotes "
                    "that banks were sending to London for destruction. Its value was highest after a bank holiday, "
                    "and the gang had learned of this from an inside source who was never identified.",
                    "At about three in the morning the driver, Jack Mills, saw a red signal at Sears Crossing and "
                    "stopped. The robbers had covered the green lamp with a glove and lit the red one with a battery. "
                    "When the fireman walked to a lineside telephone he found the wires had been cut."]),
        dict(label="Part Two", title="Bridego Bridge",
             paras=["The gang uncoupled the engine and the front coaches and made Mills drive them a short distance "
                    "to Bridego Bridge, where a lorry waited on the road below. Mills had been struck on the head "
                    "during the struggle and never fully recovered.",
                    "In about half an hour the robbers formed a chain and passed 120 mailbags down the embankment. "
                    "They left behind a few bags because time was running short, and drove off along back lanes. "
                    "No guns were carried, and apart from the blow to Mills nobody was badly hurt."],
             caption=dict(text="A mailbag of the type unloaded at Bridego Bridge.",
                          position="Left", credit="Lent by the Postal Heritage Circle, PHC 1999.4"),
             caption_at=(0, 31)),
        dict(label="Part Three", title="Leatherslade Farm",
             paras=["The gang hid at Leatherslade Farm, an isolated house about forty kilometres away, where they "
                    "counted the money, shared it out in agreed portions and played Monopoly with real banknotes. Word of a search spread quickly, and "
                    "they left in a hurry.",
                    "The police found the farm on 13 August. The man paid to clean it had not done so, and "
                    "fingerprints on a ketchup bottle and on the Monopoly board helped to identify most of the gang.",
                    "Within weeks several members were under arrest, and bundles of notes were turned up by members of "
                    "the public. Detectives of the Flying Squad under Tommy Butler spent years tracing the rest."]),
        dict(label="Part Four", title="Trial and Escape",
             paras=["The trial at Aylesbury in 1964 ended in sentences of up to thirty years, far longer than many "
                    "expected. Most of the money was never recovered.",
                    "The judge said that the crime was one of violence and greed, and that leniency would encourage others. "
                    "Critics noted that the sentences were heavier than those given for many killings at the time.",
                    "Two of the robbers later escaped. Charles Wilson was freed from Winson Green prison in 1964, and "
                    "Ronnie Biggs climbed a wall at Wandsworth in 1965 and eventually reached Brazil. He returned to "
                    "Britain of his own accord in 2001 and was sent back to prison. He was released on grounds of ill "
                    "health in 2009."]),
    ],
    footnote_word="source", footnote_mark="†",
    footnote="† Sometimes called “the Ulsterman” in later accounts.",
    pullquote="A glove, a battery and a cut wire.",
    sidebar=dict(title="The Money Today",
                 paras=["The stolen sum was worth more than forty million pounds in today’s money. Only a small part of "
                        "it was ever found, some of it in a telephone box and some in bags dumped in a wood."]),
)

# ---------------------------------------------------------------- 5 (Apache POI DOCX)
APOLLO = dict(
    name="apollo_13_1970",
    header="Orrin Flight and Space Centre · Mission Hall",
    footer="Label copy – Apollo 13 – for checking",
    kicker="MISSION HALL · CASE 13",
    title_lines=["“We’ve Had a Problem”:", "The Return of Apollo 13"],
    intro=("In April 1970 an explosion crippled the spacecraft of Apollo 13 more than three hundred thousand "
           "kilometres from Earth. The three astronauts survived by using their lunar module as a lifeboat, and the "
           "flight became known as a successful failure."),
    sections=[
        dict(label="Day 1", title="A Routine Launch",
             paras=["Apollo 13 lifted off from Florida on 11 April 1970 carrying James Lovell, John Swigert and Fred "
                    "Haise. Swigert had joined the crew only days before, replacing Ken Mattingly, who had been "
                    "exposed to German measles by a member of the backup crew.",
                    "The mission was to be the third landing on the Moon, in the hilly Fra Mauro region. During the "
                    "climb to orbit the centre engine of the second stage shut down early, but the other engines "
                    "burned longer to make up for it."]),
        dict(label="Day 3", title="The Explosion",
             paras=["Nearly fifty-six hours into the flight, the crew were asked to stir the oxygen tanks in the "
                    "service module, a routine chore done several times on every flight. Damaged wiring inside tank number two sparked, and the tank burst. Swigert and "
                    "then Lovell reported to Houston that they had a problem.",
                    "Both oxygen tanks were soon empty or failing, and with them went the command module’s main "
                    "supply of power, water and air. The landing was abandoned.",
                    "Flight director Gene Kranz and his team in Mission Control had to decide within minutes how to keep "
                    "the crew alive. They ordered the command module shut down to save its batteries for the return "
                    "through the atmosphere at the very end of the flight."],
             caption=dict(text="Replica of the lithium hydroxide canister adapter built in flight.",
                          position="Above", credit="Lent by the Reade County Astronomical Society")),
        dict(label="Day 4", title="The Lifeboat",
             paras=["The crew moved into the lunar module Aquarius, which was built to keep two men alive for about "
                    "two days, not three men for four. Power and water were rationed, the cabin grew very cold, and engineers on the ground "
                    "worked out new procedures for every step.",
                    "Carbon dioxide soon became dangerous, because the square filters of the command module would not "
                    "fit the round openings in the lunar module. Following instructions radioed from Houston, the "
                    "crew built an adapter from plastic bags, cardboard and tape.",
                    "Haise developed a fever from an infection, and none of the men slept much in the cold. Water was "
                    "so short that they drank very little, and Lovell lost several kilograms by the end."]),
        dict(label="Day 7", title="Splashdown",
             paras=["Aquarius’s engine was fired to swing the spacecraft around the Moon and speed the journey "
                    "home. Shortly before re-entry the crew cast off the damaged service module and saw for the first "
                    "time that one whole side panel had been blown away.",
                    "The command module Odyssey splashed down in the Pacific on 17 April 1970, and the astronauts were "
                    "lifted aboard the USS Iwo Jima. Crowds around the world had followed the return on television. A review board traced the accident to a thermostat switch that "
                    "had not been changed when the tank heater voltage was raised."],
             caption=dict(text="A flight controller’s console headset, Houston, 1970.",
                          position="Left", credit="Orrin Flight and Space Centre, OFS 2004.61")),
    ],
    footnote_word="Mattingly", footnote_mark="1",
    footnote="1 Mattingly never caught the illness, and flew to the Moon on Apollo 16.",
    pullquote="Failure was never on the checklist.",
    sidebar=dict(title="Lovell’s Second Trip",
                 paras=["Jim Lovell had already flown around the Moon on Apollo 8 at Christmas 1968. Apollo 13 was "
                        "his fourth and last spaceflight, and he never walked on the lunar surface."]),
    table_title="Mission at a glance",
    table=[("Launch", "11 April 1970"), ("Explosion", "13 April 1970"), ("Splashdown", "17 April 1970")],
)

# ---------------------------------------------------------------- 6 (HTML blog)
CUP = dict(
    name="world_cup_theft_1966",
    title="The Dog Who Found the World Cup",
    kicker="From the Archive",
    intro=("In March 1966, four months before England hosted the World Cup, the trophy itself was stolen from an "
           "exhibition in London. A week later a black-and-white mongrel called Pickles found it under a hedge. Our "
           "curator of sporting life tells the story behind the collar now in our collection."),
    sections=[
        dict(label="1", title="A Trophy on Show",
             paras=["The trophy the teams played for in 1966 was the Jules Rimet Cup, a small gilded statuette of "
                    "the winged goddess of victory holding up a cup. It had been made in Paris and first presented "
                    "in 1930.",
                    "In March 1966 the Football Association lent it to a stamp exhibition at the Methodist Central "
                    "Hall in Westminster, on condition that it was guarded day and night. It stood in a glass cabinet, and although the hall had guards, the cabinet "
                    "was not watched every minute."]),
        dict(label="2", title="Stolen on a Sunday",
             paras=["On Sunday 20 March, while a service was being held elsewhere in the building, someone forced a "
                    "back door and the cabinet and took the trophy, leaving the valuable stamps behind.",
                    "The next day the chairman of the Football Association received a telephone call and then a "
                    "parcel containing part of the trophy’s lining, with a demand for fifteen thousand pounds. A "
                    "police officer posing as a go-between met the man, a former soldier named Edward Betchley, who "
                    "was arrested. He said he was only a middleman, and the cup was still missing."],
             caption=dict(text="The display cabinet from the 1966 stamp exhibition, before restoration.",
                          position="Above", credit="Photograph: Marlow Street Museum of Everyday Life")),
        dict(label="3", title="Pickles Takes a Walk",
             paras=["On the evening of 27 March a Thames lighterman named David Corbett took his dog Pickles out in "
                    "Beulah Hill, in south London. Pickles began sniffing at a bundle wrapped in newspaper beside a "
                    "parked car. Corbett tore the paper and saw the names of Germany, Uruguay and Brazil.",
                    "He took it to the local police station, where at first he was treated as a suspect. The trophy "
                    "was soon confirmed as genuine, and the dog became a national celebrity, appearing on television "
                    "and in a film.",
                    "Nobody was ever charged with the theft itself. Many theories have been offered since, from a "
                    "gang of professional thieves to a prank that went too far, but the name of the person who left "
                    "the cup beside the road in Beulah Hill remains unknown."]),
        dict(label="4", title="After the Final",
             paras=["England beat West Germany four goals to two at Wembley on 30 July, and Pickles was invited to "
                    "the celebration dinner. Corbett received a share of the reward money, which he later said paid for a "
                    "house in the country.",
                    "Pickles died the following year. His collar was kept by the family and is now on display in our "
                    "Sporting Life gallery, beside a replica of the trophy.",
                    "The Football Association had a copy made in secret, and for some years the replica was shown in "
                    "place of the original at public events, so that the real trophy would never again be at risk."],
             caption=dict(text="Pickles’s collar and lead, with a newspaper of 28 March 1966.",
                          position=None, credit="Lent by a private collector")),
    ],
    footnote_word="Betchley", footnote_mark="1",
    footnote="He was later convicted of demanding money with menaces.",
    pullquote="Pickles did what Scotland Yard could not.",
    sidebar=dict(title="Where Is the Cup Now?",
                 paras=["Brazil won the Jules Rimet Cup outright in 1970 after their third victory. It was stolen "
                        "again in Rio de Janeiro in 1983 and has never been recovered."]),
)

ALL = [VENUS, AIRLIFT, PRIAM, TRAIN, APOLLO, CUP]


def title_of(ex):
    return ex.get("title") or " ".join(ex["title_lines"])


def gold(ex, running):
    t = title_of(ex)
    secs = [dict(label=None, title=t, blocks=[dict(kind="paragraph", text=ex["intro"])])]
    for s in ex["sections"]:
        blocks = [dict(kind="paragraph", text=p) for p in s["paras"]]
        c = s.get("caption")
        if c:
            blocks.append(dict(kind="caption", text=c["text"], position=c["position"], credit=c["credit"]))
        secs.append(dict(label=s["label"], title=s["title"], blocks=blocks))
    sb = ex["sidebar"]
    secs.append(dict(label=None, title=sb["title"], blocks=[dict(kind="paragraph", text=p) for p in sb["paras"]]))
    g = dict(title=t, running=running, sections=secs)
    with open(os.path.join(OUT, ex["name"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return g


def body_words(ex):
    n = len(ex["intro"].split())
    for s in ex["sections"]:
        n += sum(len(p.split()) for p in s["paras"])
        if s.get("caption"):
            n += len(s["caption"]["text"].split())
    n += sum(len(p.split()) for p in ex["sidebar"]["paras"])
    return n


if __name__ == "__main__":
    for ex in ALL:
        print(ex["name"], body_words(ex))
