# All texts of set 45. Prose written for this set; museums, credits, numbers invented.
import json

def cap(pos, text, credit):
    return {"kind": "caption", "text": text, "position": pos, "credit": credit}

DOCS = {}

# ---------------------------------------------------------------- 1 Arkwright (A3 wall panel)
DOCS["cromford_mill_1771"] = dict(
    kicker="Gallery 2 · Water and Work",
    title_lines=["Spinning by Water:", "Arkwright’s Mill at Cromford, 1771"],
    intro="In a narrow Derbyshire valley a former wig-maker built a mill that ran day and night on the power of a stream. "
          "Cromford became the pattern for the factory system that spread across Britain and beyond.",
    running=["Derwent Valley Museum of Industry", "Panel 2.4"],
    sections=[
        dict(label="1", title="The Barber from Preston", paras=[
            "Richard Arkwright began his working life as a barber and a maker of wigs in Preston and Bolton. He travelled the "
            "country buying human hair, and on those journeys he heard again and again that spinners could not make yarn fast "
            "enough for the weavers.",
            "With the clockmaker John Kay he built a machine in which pairs of rollers, each pair turning faster than the last, "
            "drew out the cotton fibres before a spindle twisted them into a strong thread. He patented it in 1769, and because "
            "it was later driven by a water wheel it became known as the water frame.",
        ]),
        dict(label="2", title="A Stream That Never Froze", paras=[
            "Arkwright’s first mill, in Nottingham, was worked by horses. With his partners Jedediah Strutt and Samuel Need he "
            "looked for a better source of power, and in 1771 he leased land at Cromford, where the Bonsall Brook and the warm "
            "water draining from old lead mines ran all winter without freezing.",
            "The five-storey mill was lit by candles so that the machines could run through the night in two shifts. Arkwright "
            "wanted whole families: the men were few, and most of the workers were women and children, some only seven years "
            "old. He built rows of stone cottages for them, a chapel, an inn and a weekly market.",
        ], caption=cap("Left", "Cromford Mill from the mill yard, with the aqueduct that carried water to the wheel.",
                       "Photograph: Ellen Marsh, Derwent Valley Museum of Industry, DV 1994.31")),
        dict(label="3", title="Copied Everywhere", paras=[
            "The mill made Arkwright rich, and others were quick to copy it. He took out a second patent for carding in 1775 "
            "and spent years in the courts defending both, until in 1785 a jury decided that his patents were invalid and the "
            "machines became free for anyone to build.",
            "By then water-powered cotton mills stood on rivers across Lancashire, Derbyshire and Scotland. Arkwright was "
            "knighted in 1786 and died in 1792 as one of the wealthiest commoners in England. In 2001 the mills of the Derwent "
            "Valley, Cromford among them, were listed as a World Heritage Site.",
        ]),
    ],
    sidebar=dict(title="Carried Across the Atlantic", paras=[
        "Britain tried to stop the new machines from leaving the country, and skilled workers were forbidden to emigrate. "
        "Samuel Slater, who had served as an apprentice to Strutt, memorised the designs and sailed to America in 1789. "
        "At Pawtucket, in Rhode Island, he rebuilt the machinery from memory for a merchant named Moses Brown.",
    ]),
    pull="“The bell rang at six, morning and evening, and the whole valley moved to it.”",
    note="* The present mill buildings have been repaired several times since a fire in 1890.",
)

# ---------------------------------------------------------------- 2 Bedford Level (Z-fold leaflet)
DOCS["bedford_level_1870"] = dict(
    kicker="Fenland Rooms · Free leaflet",
    title_lines=["Six Miles of Water:", "The Bedford Level Wager, 1870"],
    intro="A straight drainage channel in the Fens was twice used to test whether the surface of the Earth is curved. "
          "The second test ended in a bet, a referee’s verdict and years of bitter letters.",
    running=[],
    sections=[
        dict(label="A", title="A Telescope Above the River", paras=[
            "The Old Bedford River was cut across the Fens in the 1630s, a channel running in a straight line for about twenty "
            "miles. In 1838 a young man named Samuel Rowbotham waded into it near Welney and watched a boat with a flag row away "
            "from him along a stretch of six miles.",
            "Holding his telescope only eight inches above the water, he claimed that he could still see the boat when it reached "
            "the bridge at the far end. On a round Earth, he argued, it should have sunk out of sight behind the bulge of the "
            "water, so the Earth must be flat.",
        ]),
        dict(label="B", title="Five Hundred Pounds", paras=[
            "Rowbotham lectured for years under the name Parallax and published his ideas as Zetetic Astronomy. One of his "
            "followers, John Hampden, offered in 1870 to pay five hundred pounds to anyone who could show a convex railway, "
            "river, canal or lake. The naturalist Alfred Russel Wallace, who had trained as a surveyor, accepted the bet.",
            "In March 1870 Wallace set two markers and a telescope at the same height above the water, one on each bridge and "
            "one halfway between them. Looking along the line, the middle marker stood clearly above the far one, just as the "
            "curve of the Earth would make it. John Henry Walsh, editor of The Field, acted as referee and gave the stakes to "
            "Wallace.",
        ], caption=cap("Above", "Welney Bridge over the Old Bedford River, where Wallace set his telescope.",
                       "Photograph: Tom Ashby for the Welney Fen Heritage Centre, WF 2011.6")),
        dict(label="C", title="The Air Plays Tricks", paras=[
            "Hampden refused to accept the verdict. He wrote to Wallace’s neighbours and employers calling him a cheat and a "
            "thief, and he was sent to prison for libel more than once. Wallace spent years and much of his money in the courts "
            "and later said the bet was the most regrettable act of his life.",
            "Why had Rowbotham seen the boat? Air lying close to cool water bends light downwards, so that distant objects seem "
            "to rise into view. Surveyors call it refraction, and the level of the Fens makes it unusually strong.",
        ]),
    ],
    sidebar=dict(title="Walking the Level Today", paras=[
        "A path follows the bank of the Old Bedford River between Welney and Purls Bridge. In winter the land between the two "
        "rivers is flooded on purpose to hold back the water, and thousands of swans gather there.",
    ]),
    pull="“Look along the water and judge for yourself.”",
)

# ---------------------------------------------------------------- 3 Mendeleev (newsletter with jump)
DOCS["mendeleev_table_1869"] = dict(
    kicker="From the Collections",
    title_lines=["A Table with Gaps:", "Mendeleev’s Periodic System, 1869"],
    intro="In February 1869 a chemistry professor in St Petersburg wrote the known elements into rows and columns and left "
          "spaces for ones nobody had found. Three of them turned up within seventeen years.",
    running=["The Retort · Spring issue", "1", "4"],
    sections=[
        dict(label=None, title="A Textbook Problem", paras=[
            "Dmitri Mendeleev was writing a textbook, the Principles of Chemistry, and needed a sensible order in which to "
            "describe the sixty-three elements then known. He listed each on a card with its atomic weight and its chief "
            "properties and moved the cards about, looking for a pattern.",
            "When he set the elements in order of weight, similar ones came back at regular intervals: lithium, sodium and "
            "potassium, or fluorine, chlorine and bromine. On 1 March 1869, 17 February in the Russian calendar, he sent out "
            "a printed sheet headed An Attempt at a System of Elements.",
        ], caption=cap("Above", "Mendeleev in his study, from a photograph of about 1880.",
                       "Halbrook Museum of Chemistry, Photograph Collection HMC P.212")),
        dict(label=None, title="Trusting the Pattern", paras=[
            "Mendeleev’s boldness lay in putting the pattern first. Where an element did not fit, he swapped it with its "
            "neighbour or declared that its weight had been measured wrongly. Where the pattern needed an element that did "
            "not exist, he left a space and described what would one day fill it.",
            "He called these missing elements eka-aluminium, eka-boron and eka-silicon, and predicted their weights, their "
            "densities and the compounds they would form. Other chemists, among them Lothar Meyer in Germany and John Newlands "
            "in London, had seen parts of the same pattern, but none had dared to make predictions of this kind.",
        ]),
        dict(label=None, title="The Gaps Filled", paras=[
            "In 1875 the French chemist Paul-Émile Lecoq de Boisbaudran found gallium in a zinc ore. Mendeleev wrote at once "
            "to say that the measured density must be wrong; it was. Scandium followed in 1879 and germanium in 1886, each "
            "very close to the description in the table.",
            "The noble gases, discovered in the 1890s, at first seemed to threaten the system, but they simply formed a new "
            "column. Element 101, made in California in 1955, was named mendelevium in his honour.",
        ]),
    ],
    sidebar=dict(title="Did He Dream It?", paras=[
        "A story told after his death says that Mendeleev saw the whole table in a dream after days without sleep. "
        "Historians doubt it: his surviving notes show a long morning of crossings-out, and the first sheet still "
        "contained question marks.",
    ]),
    pull="“A space in the table was a promise.”",
)

# ---------------------------------------------------------------- 4 Shinkansen (A4 panel)
DOCS["shinkansen_1964"] = dict(
    kicker="Hall of Transport · Case study",
    title_lines=["The Bullet Train:", "Tokyo to Osaka, 1964"],
    intro="Nine days before the Olympic Games opened in Tokyo, a new railway carried its first passengers between Japan’s "
          "two largest cities at speeds no train in regular service had reached before.",
    running=["Kestrel Bay Transport Museum", "Exhibition guide", "7"],
    sections=[
        dict(label="I", title="A Line of Its Own", paras=[
            "Japan’s railways had been built on a narrow gauge, with tight curves that kept trains slow. By the late 1950s the "
            "old Tokaido line between Tokyo and Osaka carried a quarter of the nation’s traffic and could take no more. "
            "The president of Japanese National Railways, Shinji Sogo, and his chief engineer, Hideo Shima, argued for an "
            "entirely new line built to the wider standard gauge.",
            "The new Tokaido Shinkansen, 515 kilometres long, had no level crossings and gentle curves. Signals were shown "
            "inside the driver’s cab, and the trains braked automatically if the driver went too fast. The World Bank lent "
            "eighty million dollars towards the cost.",
        ]),
        dict(label="II", title="Opening Day", paras=[
            "The first two trains left Tokyo and Osaka at six in the morning on 1 October 1964. The blue and ivory cars, with "
            "their rounded noses, could reach 210 kilometres an hour, and the fastest service took four hours for the whole "
            "journey, soon cut to three hours and ten minutes.",
            "The cost of the line had run far beyond the estimates. Sogo had taken responsibility and stepped down the year "
            "before, and neither he nor Shima was invited to the opening ceremony, although the line is remembered as their "
            "work.",
        ], caption=cap("Below", "A Series 0 train passing Mount Fuji, in a poster of 1965.",
                       "Kestrel Bay Transport Museum, Poster Archive KB 65.118")),
        dict(label="III", title="Fast and Safe", paras=[
            "Within three years the line had carried a hundred million passengers. New lines followed across the country, and "
            "France, Germany, Spain and China later built high-speed railways of their own.",
            "The network’s safety record is remarkable. In more than half a century no passenger has been killed in a "
            "derailment or collision on the Shinkansen, and sensors along the track stop the trains when they detect the "
            "first tremors of an earthquake.",
        ]),
    ],
    sidebar=dict(title="Why the Long Nose?", paras=[
        "Later trains grew long, flattened noses. When a train enters a tunnel at speed it pushes a wave of air ahead of it, "
        "which can leave the far end with a loud bang. The long nose lets the pressure build more gently.",
    ]),
    pull="“Tokyo to Osaka between breakfast and lunch.”",
    note="1 The first timetable ran thirty trains a day in each direction, in two kinds: Hikari (light) and Kodama (echo).",
)

# ---------------------------------------------------------------- 5 Ice trade (DOCX)
DOCS["ice_trade_1806"] = dict(
    kicker="Cold Rooms · Gallery Text",
    title_lines=["Frozen Water for Sale:", "Frederic Tudor and the Ice Trade, 1806"],
    intro="A Boston merchant laughed at by his neighbours made a fortune by shipping the winter ice of New England to the "
          "hot ports of the Caribbean, the American South and even India.",
    running=[],
    sections=[
        dict(label="Store 1", title="A Cargo That Melted", paras=[
            "In 1806 Frederic Tudor, the son of a wealthy Boston lawyer, sent a brig loaded with about 130 tons of pond ice to "
            "the island of Martinique. Newspapers mocked the plan. Much of the cargo melted, the islanders had no place to "
            "keep the rest and no idea what to do with it, and Tudor lost money.",
            "He tried again and again over the following years, and for a time his debts put him in prison. Slowly he learned "
            "what the trade needed: ice houses at each port, insulation of sawdust, and customers who had learned to want cold "
            "drinks.",
        ]),
        dict(label="Store 2", title="Cutting the Ponds", paras=[
            "The ice came from the ponds around Boston. In the 1820s Tudor’s supplier Nathaniel Wyeth introduced a cutter "
            "drawn by horses, which scored the frozen surface into a grid so that workers could saw out blocks of equal size "
            "and stack them tightly in the hold.",
            "Sawdust from the timber mills of Maine, until then a waste, packed the blocks on board. In the winter of 1846 the "
            "ice harvesters came to Walden Pond, and Henry David Thoreau watched from his cabin as they cut it away.",
        ], caption=cap("Below", "Workers cutting and stacking ice on a frozen pond, wood engraving, about 1850.",
                       "Ridley Hall Collection, Gift of the Amesbury family, RH 1977.40")),
        dict(label="Store 3", title="Ice for Calcutta", paras=[
            "In 1833 the ship Tuscany carried about 180 tons of ice more than sixteen thousand miles from Boston to Calcutta. "
            "After a voyage of four months around the Cape of Good Hope, roughly a hundred tons were unloaded. The ice sold "
            "well, and the trade to India lasted for decades.",
            "Tudor died in 1864 as the Ice King, a rich man. By the end of the century machines that made ice by refrigeration "
            "were spreading, and the trade in natural ice slowly died away.",
        ]),
    ],
    sidebar=dict(title="How Long Does Ice Last?", paras=[
        "A large block melts from the outside in, and the bigger it is, the smaller its surface for each pound of ice. "
        "Tightly stacked and packed in sawdust, a shipload could lose only a third of its weight on a voyage of months.",
    ]),
    pull="“He sold the winter to people who had never seen it.”",
)

# ---------------------------------------------------------------- 6 Titanic (HTML, ikiwiki)
DOCS["titanic_wreck_1985"] = dict(
    kicker="Deep Ocean Gallery",
    title_lines=["Found in the Dark:", "The Titanic Wreck, 1985"],
    intro="Seventy-three years after the liner sank, a French and American team found it nearly four kilometres down on "
          "the floor of the North Atlantic. Their search changed the way the deep ocean is explored.",
    running=[],
    sections=[
        dict(label="Part 1", title="A Search in Two Halves", paras=[
            "The Titanic sank on 15 April 1912 after striking an iceberg, and more than fifteen hundred people died. Several "
            "expeditions had hunted for the wreck without success, partly because the position sent by the ship’s radio "
            "operators was several miles wrong.",
            "In the summer of 1985 the French research ship Le Suroît swept a large area with sonar, a strip at a time, but "
            "found nothing. The American ship Knorr then took over, carrying the oceanographer Robert Ballard and the French "
            "engineer Jean-Louis Michel.",
        ]),
        dict(label="Part 2", title="A Boiler on the Screen", paras=[
            "Instead of sonar, the Knorr towed a camera sled called Argo a few metres above the sea floor, sending live "
            "pictures up a long cable. Ballard looked for the trail of debris that a sinking ship scatters, which is far wider "
            "than the wreck itself.",
            "Shortly before one in the morning on 1 September 1985 the watch saw wreckage on the screens, and then the round "
            "shape of one of the ship’s boilers. The bow and stern lay about six hundred metres apart, at a depth of some 3,800 "
            "metres.",
        ], caption=cap("Above", "The Argo camera sled on the deck of a research ship, as rebuilt for this gallery.",
                       "Model: Harwick Ocean Centre, HOC 2004.22")),
        dict(label="Part 3", title="Protecting the Grave", paras=[
            "Ballard returned in 1986 with the crewed submersible Alvin and a small robot, Jason Junior, which went inside the "
            "wreck. He left a plaque asking that the site be left undisturbed.",
            "His wish was not kept. From 1987 salvage expeditions raised thousands of objects, which later went on display. "
            "Since 2012 the wreck has been protected by a UNESCO convention, while bacteria slowly eat the steel away.",
        ]),
    ],
    sidebar=dict(title="Why Was It a Secret?", paras=[
        "Ballard later revealed that the search had been paid for by the United States Navy. He was first sent to survey the "
        "wrecks of two lost nuclear submarines, Thresher and Scorpion, and was allowed to use only the time left over to look "
        "for the Titanic.",
    ]),
    pull="“We had found the grave, not the ship.”",
)


from extra import EXTRA, SIDEBAR_EXTRA
for _n, _p in SIDEBAR_EXTRA.items():
    DOCS[_n]["sidebar"]["paras"].append(_p)
for _n, _e in EXTRA.items():
    for _i, _p in _e.items():
        DOCS[_n]["sections"][_i]["paras"].append(_p)


def title(d):
    return " ".join(d["title_lines"])


def gold(name):
    d = DOCS[name]
    t = title(d)
    secs = [{"label": None, "title": t, "blocks": [{"kind": "paragraph", "text": d["intro"]}]}]
    for s in d["sections"]:
        blocks = [{"kind": "paragraph", "text": p} for p in s["paras"]]
        if s.get("caption"):
            blocks.append(dict(s["caption"]))
        secs.append({"label": s["label"], "title": s["title"], "blocks": blocks})
    sb = d["sidebar"]
    secs.append({"label": None, "title": sb["title"], "blocks": [{"kind": "paragraph", "text": p} for p in sb["paras"]]})
    return {"title": t, "running": list(d["running"]), "sections": secs}


def words(name):
    g = gold(name)
    return sum(len(b["text"].split()) for s in g["sections"] for b in s["blocks"] if b["kind"] == "paragraph")


if __name__ == "__main__":
    for n in DOCS:
        print(n, words(n))
