"""Texts of set 61 and the gold JSON.  Every document generator imports this module.

The gold is written by gold(); everything that is printed but is not gold (kickers, pull quotes,
fact boxes, timelines, tables, notes) lives in the EXTRA dicts beside each exhibit.
"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)


def P(text):
    return {"kind": "paragraph", "text": text}


def C(text, position, credit):
    return {"kind": "caption", "text": text, "position": position, "credit": credit}


def S(label, title, *blocks):
    return {"label": label, "title": title, "blocks": list(blocks)}


EX = {}

# ---------------------------------------------------------------- 1 Ribblehead (A4 catalogue pp. 18-19)
EX["ribblehead_viaduct_1875"] = dict(
    title_lines=["Twenty-Four Arches", "Ribblehead Viaduct, 1875"],
    running=["Railways of the North", "Moorside Railway Museum · Exhibition Catalogue", "18", "19"],
    sections=[
        S(None, None, P(
            "Ribblehead Viaduct carries the Settle–Carlisle railway across the bleak moor of Batty Moss in "
            "North Yorkshire. Built by the Midland Railway between 1870 and 1874, its twenty-four stone arches "
            "stand up to about thirty-two metres high and have become the best-known sight on one of the most "
            "difficult lines ever laid in England.")),
        S("2.1", "A Line of Its Own",
          P("In the 1860s the Midland Railway could reach Scotland only by running its trains over the tracks "
            "of the rival London and North Western Railway, which had little reason to hurry them. The Midland "
            "therefore asked Parliament for a route of its own from Settle to Carlisle, and the act was passed "
            "in 1866. When money grew tight a year later the company tried to abandon the scheme, but its "
            "partners in Scotland objected and Parliament refused to let it go."),
          P("The line had to cross the high Pennines. The young surveyor Charles Sharland walked the route "
            "through the hills and is said to have been snowed in at a moorland inn for almost two weeks. The "
            "chief engineer, John Crossley, chose a line of steady gradients so that express trains could keep "
            "up their speed, which meant long tunnels, deep cuttings and more than twenty viaducts.")),
        S("2.2", "Building the Arches",
          P("Work at Ribblehead started in 1870. The foundations of the piers were dug down through peat and "
            "clay to solid rock, and the piers were built of dark limestone quarried close by, with the arches "
            "turned in brick. Every sixth pier was made thicker than the others, so that if one arch ever fell "
            "it would not pull the whole row down with it."),
          P("At the height of the work more than two thousand men were employed on this part of the line. "
            "They lived with their families in shanty towns of wooden huts on the moor, which they named after "
            "battles and faraway places such as Sebastopol, Inkerman and Jericho. Smallpox, accidents and "
            "fights killed about a hundred of them, and many are buried in the churchyard at Chapel-le-Dale, "
            "where a memorial tablet was paid for by their fellow workers and the railway company."),
          C("Piers of the viaduct seen from the north side, with the moor and Whernside beyond.", "Above",
            "Photograph: Dales Railway Heritage Trust, DRHT 1431")),
        S("2.3", "Trains over the Moor",
          P("Goods trains began to run in 1875 and passenger services followed in May 1876. The climb from "
            "Settle to the summit at Ais Gill was soon known to railwaymen as the Long Drag, and the wind on "
            "the viaduct could be strong enough to halt a slow train or blow coal off a tender. Express trains "
            "to Glasgow and Edinburgh used the line for a century."),
          P("By the 1980s the viaduct was badly worn, and British Rail proposed to close the whole line rather "
            "than pay for repairs. A long campaign by passengers, local councils and railway societies won a "
            "reprieve in 1989. The viaduct was repaired, and today freight trains and steam specials cross it "
            "again, watched by walkers from the moor below.")),
        S(None, "Counting the Cost",
          P("The Settle–Carlisle line cost about three and a half million pounds, nearly double the first "
            "estimate. Its seventy-two miles include fourteen tunnels and more than twenty viaducts, and the "
            "work took seven years. Some of the navvies’ huts stood on the moor for years after the railway "
            "opened.")),
    ],
    extra=dict(
        kicker="THE SETTLE–CARLISLE LINE · CASE 2",
        kickers={"2.1": "WHY BUILD IT?", "2.2": "ON BATTY MOSS", "2.3": "THE LONG DRAG"},
        fact=["Did you know?", "The viaduct is about 400 metres long. Its deepest", "foundations go down almost eight metres", "below the turf of the moor."],
        footnote="† Sharland died of consumption in 1871, before the line was finished.",
        pull="“Every sixth pier was built stout enough to stand alone.”",
        overleaf="continued overleaf ›",
    ),
)

# ---------------------------------------------------------------- 2 Gotthard (A3 wall panel)
EX["gotthard_tunnel_1882"] = dict(
    title_lines=["Through the Mountain", "The Gotthard Railway Tunnel, 1882"],
    running=["Alpine Railways Gallery · Lucerne Hall of Transport · Panel 7"],
    sections=[
        S(None, None, P(
            "For centuries travellers crossed the Gotthard Pass on foot or by mule. In 1882 a railway opened "
            "beneath it, with a tunnel fifteen kilometres long that was then the longest in the world and gave "
            "northern Europe its most direct route to Italy. The tunnel is still in use, and the story of its building "
            "is one of ambition, skill and great human cost.")),
        S("A", "A Railway across the Alps",
          P("Switzerland, Italy and the new German Empire agreed in 1869 and 1871 to share the cost of a railway "
            "through the central Alps. The Gotthard Railway Company, led by the Zurich politician and banker "
            "Alfred Escher, raised the rest of the money, and in 1872 the contract for the great tunnel went to "
            "the Geneva contractor Louis Favre, who promised to finish it in eight years."),
          P("Favre’s terms were harsh. He had to pay a penalty for every day of delay and could lose his whole "
            "deposit if he missed the deadline. Work began from both ends at once, at Göschenen in the north "
            "and Airolo in the south, and the two headings were driven towards each other through granite and "
            "gneiss.")),
        S("B", "Drills, Dynamite and Water",
          P("At first the miners drilled by hand, but drills driven by compressed air soon took over. The air "
            "was compressed by machines powered by mountain streams and sent into the tunnel through long "
            "pipes, where it also gave the workers a little fresh air. Holes were charged with dynamite, then "
            "a new and dangerous explosive, and after each blast the broken rock was cleared by horses and "
            "small trains."),
          P("Conditions were terrible. Temperatures inside rose above thirty degrees, the air was full of dust "
            "and fumes, and water burst from faults in the rock. Many men suffered from a hookworm infection "
            "that came to be called miners’ anaemia. In 1875 workers at Göschenen went on strike over pay and "
            "conditions, and soldiers called in to end the protest shot four of them dead."),
          C("Miners with a compressed-air drilling carriage at the Airolo heading, about 1878.", None,
            "Uri Tunnel Archive, UTA 2207")),
        S("C", "The Breakthrough",
          P("Favre never saw the end of his work. He collapsed and died inside the tunnel in July 1879, and "
            "his firm was later ruined by the penalties. On 29 February 1880 the two headings met, and the "
            "survey proved so accurate that the error in line was less than a third of a metre."),
          P("The railway opened in 1882. On the ramps up to the tunnel the engineers built spiral tunnels that "
            "turn the line through a full circle inside the mountain to gain height, so that passengers near "
            "Wassen see the same church three times from different levels. At least one hundred and "
            "ninety-nine workers died building the main tunnel; a bronze relief after Vincenzo Vela at Airolo "
            "shows miners carrying away a dead comrade.")),
        S(None, "The Base Tunnel",
          P("In 2016 a new Gotthard Base Tunnel opened far below the old one. At fifty-seven kilometres it is "
            "the longest railway tunnel in the world, and it lets trains pass under the Alps without climbing "
            "at all. Its builders dug it with giant boring machines, and the crews met in 2010 after eleven years "
            "of work. The tunnel of 1882 is still used by regional trains and some freight.")),
    ],
    extra=dict(
        number="7",
        kicker="ALPINE CROSSINGS",
        quote=["“The mountain was opened from both", "sides at once, and the two crews", "met in the dark.”"],
        quote_by="— Guide to the Gotthard Gallery, 1982",
        timeline=[("1869", "Treaty with Italy"), ("1872", "Favre wins the contract"), ("1875", "Strike at Göschenen"),
                  ("1879", "Favre dies in the tunnel"), ("1880", "Headings meet"), ("1882", "Line opens")],
    ),
)

# ---------------------------------------------------------------- 3 Pontcysyllte (A4, 2 pages, one column, floats)
EX["pontcysyllte_aqueduct_1805"] = dict(
    title_lines=["A River in the Sky", "Pontcysyllte Aqueduct, 1805"],
    running=["A River in the Sky · Pontcysyllte Aqueduct", "1", "2"],
    sections=[
        S(None, None, P(
            "Pontcysyllte Aqueduct carries the Llangollen Canal across the valley of the River Dee in north-east "
            "Wales. Opened in 1805, it is the longest and highest navigable aqueduct in Britain, a cast-iron "
            "trough held almost forty metres above the river on slender stone piers.")),
        S("1", "The Ellesmere Canal A scheme to join three rivers",
          P("In the 1790s a group of landowners and ironmasters promoted the Ellesmere Canal, which was meant "
            "to link the Mersey, the Dee and the Severn and to carry coal, iron and limestone from the hills of "
            "north Wales to the growing towns of England. The act was passed in 1793, and William Jessop was "
            "appointed engineer, with the young Thomas Telford as general agent in charge of the works."),
          P("The route had to cross two deep valleys, the Ceiriog at Chirk and the Dee at Pontcysyllte. An "
            "early plan would have taken the canal down into the Dee valley by locks and up again on the other "
            "side, but that would have wasted both water and time. Instead the engineers decided to keep the "
            "canal level and carry it straight across the valley on a high aqueduct. It was a bold choice for its "
            "day.")),
        S("2", "Iron on Stone How the trough was built",
          P("The aqueduct has eighteen stone piers and nineteen spans, and it is just over three hundred metres "
            "long. The piers are hollow towards the top to save weight, and the masons bonded the stone with a "
            "mortar said to contain ox blood. The trough itself was made of cast-iron plates from William "
            "Hazledine’s foundry near Ruabon, bolted together and sealed with flannel dipped in white lead and "
            "boiled sugar."),
          P("The towpath is cantilevered out over the water on one side, so that horses could pull the boats "
            "across, while on the other side only the edge of the trough stands between a boater and a long "
            "drop. Building began in 1795 and took ten years. The aqueduct opened on 26 November 1805 with a "
            "procession of boats and a gun salute from the valley below."),
          C("Cast-iron trough plates seen from below, with their bolted flanges.", "Left",
            "Photograph: Clwyd Canal Society, CCS 0915")),
        S("3", "After the Canal Age From coal boats to pleasure cruises",
          P("The Ellesmere Canal was never finished to the Mersey and the Severn as planned, and its traffic "
            "fell away after the railways arrived. The line through Pontcysyllte survived mainly because it "
            "fed water from the Dee at Llangollen to the rest of the network, and by the Second World War its "
            "carrying trade had almost disappeared, although the water kept flowing."),
          P("Pleasure boating brought the canal back to life in the later twentieth century, and the aqueduct "
            "is now crossed by thousands of narrowboats every year. In 2009 it became a World Heritage Site "
            "together with eleven miles of the canal. Telford went on to build roads, bridges and harbours "
            "across Britain and became the first president of the Institution of Civil Engineers."),
          C("A horse-drawn pleasure boat on the aqueduct, about 1905.", "Right",
            "Lent by the Vale of Dee Museum, VDM 88.4")),
        S(None, "Walking Across",
          P("Visitors may cross on foot along the towpath, which has railings on its outer side. The trough is "
            "only a little wider than a narrowboat, so boats cross one at a time. The crossing takes about ten "
            "minutes and is not advised in high winds. On the far side a short walk leads to the village of Trevor, "
            "where the canal turns towards Llangollen.")),
    ],
    extra=dict(
        kicker="Canals of the Welsh Borders · Leaflet 3",
        box=["A canal set on stilts", "above a Welsh river"],
        note="* Tests on samples of the mortar have not confirmed the story.",
    ),
)

# ---------------------------------------------------------------- 4 Home Insurance (catalogue pp. 46-47)
EX["home_insurance_building_1885"] = dict(
    title_lines=["The Frame Goes Up", "The Home Insurance Building, Chicago, 1885"],
    running=["The Tall Office", "Lakeside Architecture Library · Catalogue of the Collection", "46", "47"],
    sections=[
        S(None, None, P(
            "The Home Insurance Building in Chicago, finished in 1885, is often called the first skyscraper. It "
            "was only ten storeys high, but its architect, William Le Baron Jenney, carried much of its weight "
            "on a skeleton of iron and steel instead of on thick masonry walls, an idea that changed the shape "
            "of cities.")),
        S("I", "After the Fire",
          P("The Great Fire of 1871 destroyed much of the centre of Chicago, and the city was rebuilt at "
            "speed. Land in the business district became so valuable that owners wanted taller buildings, and "
            "the new passenger elevator made upper floors easy to reach. But a brick building needed thicker "
            "walls as it grew taller, and at a dozen storeys the lower walls swallowed much of the ground "
            "floor. Offices on the lower floors became dark and cramped."),
          P("In 1884 the Home Insurance Company of New York held a competition for a new office building at "
            "the corner of LaSalle and Adams Streets. It asked for a fireproof building with plenty of daylight "
            "in every office. Jenney, an engineer trained in Paris who had served in the Union army during the "
            "Civil War, won the commission.")),
        S("II", "A Skeleton of Metal",
          P("Jenney’s design used columns of cast iron, with beams of wrought iron for the lower floors and, "
            "from the sixth floor up, beams of the new Bessemer steel supplied by a Carnegie company. The outer "
            "walls still rested partly on their own masonry, but much of their load passed to the frame at "
            "each floor. City officials were so worried that the building might not stand that they halted "
            "work until they were satisfied."),
          P("The frame made the building lighter, reportedly about a third of the weight of a masonry building "
            "of the same size, and let the architect open the walls with large windows. Fireproof clay tiles "
            "protected the metal, since the fire of 1871 had shown that bare iron softens and bends in great "
            "heat."),
          C("Section of a Bessemer steel floor beam of the kind used above the sixth floor.", None,
            "Lent by the Midwest Iron and Steel Society, MISS 27")),
        S("III", "First or Not?",
          P("Two more storeys were added in 1890, and the building stood until 1931, when it was demolished "
            "to make way for the Field Building. A committee that examined it during demolition reported that "
            "its frame had carried much of the load as Jenney intended, and a plaque now marks the site. Its iron and steel went for scrap, "
            "but a few pieces were kept and are now in museum collections."),
          P("Historians still argue about the title of first skyscraper. Other buildings in New York and "
            "Chicago were taller or used iron earlier, and the Home Insurance Building was not fully framed. "
            "Yet many of the architects who shaped the Chicago School, among them Louis Sullivan, Daniel "
            "Burnham and William Holabird, had worked in Jenney’s office, and their steel-framed towers "
            "carried his idea across the world."),
          C("The Home Insurance Building after its two upper storeys were added, about 1891.", None,
            "Lakeside Architecture Library, LAL 3310")),
        S(None, "Rising Higher",
          P("Within a decade of the Home Insurance Building, office towers of fifteen and twenty storeys rose "
            "along Chicago’s streets, among them the Monadnock, the Reliance and the Masonic Temple. By 1913 "
            "the Woolworth Building in New York stood fifty-seven storeys high. Each of these towers depended on "
            "the same mixture of metal frames, elevators and fireproofing that Jenney had used.")),
    ],
    extra=dict(
        kicker="CHAPTER 3 · THE TALL OFFICE",
        table=[("Architect", "William Le Baron Jenney"), ("Client", "Home Insurance Company of New York"),
               ("Built", "1884–1885; two storeys added 1890"), ("Height", "42 m (ten storeys as built)"),
               ("Demolished", "1931")],
        notes=["1 The company’s head office stayed in New York; Chicago was a regional branch.",
               "2 Jenney had studied at the École Centrale in Paris in the 1850s."],
    ),
)

# ---------------------------------------------------------------- 5 Tower Bridge (DOCX)
EX["tower_bridge_1894"] = dict(
    title_lines=["Raise the Bascules", "Tower Bridge, 1894"],
    running=["River Crossings · Gallery 5", "Thameside Museum of Engineering"],
    sections=[
        S(None, None, P(
            "Tower Bridge crosses the Thames beside the Tower of London. Opened in 1894, it combined a suspension "
            "bridge with two huge lifting leaves, so that tall ships could still reach the Pool of London while "
            "road traffic crossed the river downstream of London Bridge. It soon became a symbol of London.")),
        S("Panel 1", "A Bridge below London Bridge",
          P("By the 1870s the East End had grown so crowded that people and carts queued for hours to cross "
            "London Bridge, then the lowest crossing on the river. A new bridge further downstream was badly "
            "needed, but ships still unloaded at the wharves of the Pool of London, so any bridge there had to "
            "let their masts pass. A tunnel under the river, the Tower Subway, had opened in 1870 but could carry "
            "only people on foot."),
          P("More than fifty designs were sent to a special committee of the City of London Corporation. In "
            "1884 it chose a plan by the City Architect, Horace Jones, with the engineer John Wolfe Barry. An "
            "act of Parliament in 1885 required the bridge to leave a clear opening of two hundred feet and to "
            "be built in a style that suited the Tower next door.")),
        S("Panel 2", "Steel in a Stone Coat",
          P("Building began in 1886 with two great piers sunk into the riverbed. Five main contractors and "
            "more than four hundred workers took eight years to finish the job. The towers are frames of "
            "steel, over eleven thousand tons in all, clad in Cornish granite and Portland stone to protect the "
            "metal and to give the bridge its Gothic look."),
          P("Horace Jones died in 1887, soon after the foundations were begun, and the architect George Daniel "
            "Stevenson took over the design of the towers. He replaced the brick facing that Jones had planned "
            "with stone and added much of the Victorian Gothic detail seen today. Some architects criticised the "
            "change, arguing that the stone hid an honest steel structure.")),
        S("Panel 3", "Steam and Water",
          P("The two bascules, each weighing about a thousand tons, are raised by hydraulic power. Steam "
            "engines pumped water at high pressure into large accumulators, which stored the energy so that "
            "the leaves could be lifted in about a minute whenever a ship signalled. A watchman in each tower kept a lookout for approaching vessels. The "
            "bridge was opened by "
            "the Prince of Wales on 30 June 1894."),
          P("The high walkways between the towers were meant for people on foot while the bridge was open, but "
            "most preferred to wait, and the walkways were closed in 1910. In 1976 the steam system was "
            "replaced by oil and electricity, though parts of the old engines can still be seen. The bascules "
            "are still raised around eight hundred times a year."),
          C("The north bascule raised for a sailing barge, about 1900.", "Below",
            "Tower Hamlets Photographic Society, THPS 4471")),
        S(None, "The Bus That Jumped",
          P("In December 1952 a London bus was on the bridge when the bascules began to rise. The driver, "
            "Albert Gunter, accelerated and jumped the widening gap, landing on the other leaf as it dropped. "
            "Several passengers were hurt, and he was given a reward of ten pounds. The engine rooms and walkways are now open to visitors, and a "
            "glass floor in each walkway looks down on the traffic below.")),
    ],
    extra=dict(
        kicker="RIVER CROSSINGS · GALLERY 5",
        quote="“Half suspension bridge, half drawbridge, and all of it dressed for the Tower.”",
        footnote="The 1885 act also fixed a clear height of 135 feet under the raised walkways.",
        hidden="EDITOR’S NOTE: check the tonnage figure against the 1894 engineers’ report before printing.",
    ),
)

# ---------------------------------------------------------------- 6 Golden Gate (HTML, pyssg)
EX["golden_gate_bridge_1937"] = dict(
    title_lines=["The Bridge at the Gate", "Golden Gate Bridge, 1937"],
    running=[],
    sections=[
        S(None, None, P(
            "The Golden Gate Bridge spans the strait between San Francisco Bay and the Pacific Ocean. When it "
            "opened in 1937 its main span of 4,200 feet was the longest of any suspension bridge in the world, "
            "and its orange towers soon became one of the best-known sights in America.")),
        S("Chapter 1", "Bridging the Strait",
          P("San Francisco grew on a peninsula, and for decades the only way north to Marin County was by "
            "ferry. Engineers had long said that a bridge across the Golden Gate was impossible, because of the "
            "strong tides, the deep water, the fog and the winds that blow in from the ocean. In 1921 the "
            "Chicago engineer Joseph Strauss nonetheless offered a design, a heavy and awkward mix of "
            "cantilever and suspension bridge."),
          P("Over the next years the design was rethought. Leon Moisseiff, an expert on suspension bridges, "
            "and Charles Ellis, a structural engineer in Strauss’s office, worked out a slender suspension "
            "bridge, though Ellis was later dismissed and his part went unrecognised for decades. Local voters "
            "approved a bond issue of thirty-five million dollars in 1930 to pay for the work. Strauss took most of the public credit for the bridge.")),
        S("Chapter 2", "Towers in the Tide",
          P("Construction began in January 1933. The south tower stood in open water, and divers had to build "
            "its foundation inside a huge concrete fender while tides and storms swept through the strait. "
            "Each main cable was spun on site from more than twenty-seven thousand wires, squeezed together "
            "into a cable nearly a metre thick. The deck was then hung from the cables in sections, working "
            "outwards from both towers at once."),
          P("Strauss insisted on safety measures that were unusual at the time, including hard hats and a net "
            "slung under the deck. The net saved the lives of nineteen men, who called themselves the Halfway "
            "to Hell Club. In February 1937, however, a scaffold fell through it and ten workers were killed."),
          C("Spinning the main cable over the north tower, 1936.", None,
            "Bay Area Bridge Archive, BABA 1936.112")),
        S("Chapter 3", "International Orange",
          P("The consulting architect Irving Morrow shaped the towers, lamps and railings in a clean Art Deco "
            "style and chose the colour, a warm red-orange that stands out in fog and suits the hills around "
            "it. The navy had wanted the bridge painted in black and yellow stripes so that ships could see "
            "it. Morrow also designed the railings so that drivers could still enjoy the view."),
          P("The bridge opened to people on foot on 27 May 1937, when some two hundred thousand walked across, "
            "and to cars the next day. It kept the record for the longest main span until 1964. Painters still "
            "work on it all year round, touching up the steel against the salt air. In 1987 a fiftieth-anniversary walk drew so many people "
            "that the deck visibly flattened under their weight.")),
        S(None, "Fog Signals",
          P("Foghorns mounted on the bridge warn ships when the strait is hidden. They sound most often in "
            "summer, when cool fog pours in through the Gate in the afternoon and can hide the deck while the "
            "tops of the towers stay in sunshine. Walkers and cyclists share the pavements on either side of the deck.")),
    ],
    extra={},
)


def gold(name):
    ex = EX[name]
    title = " ".join(ex["title_lines"])
    secs = []
    for s in ex["sections"]:
        t = s["title"] if s["title"] is not None else title
        blocks = [dict(b) for b in s["blocks"]]
        secs.append({"label": s["label"], "title": t, "blocks": blocks})
    return {"title": title, "running": ex["running"], "sections": secs}


def write_gold():
    for name in EX:
        with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold(name), f, ensure_ascii=False, indent=2)
            f.write("\n")


def words(name):
    return sum(len(b["text"].split()) for s in EX[name]["sections"] for b in s["blocks"] if b["kind"] == "paragraph")


if __name__ == "__main__":
    write_gold()
    for n in EX:
        print(n, words(n))
