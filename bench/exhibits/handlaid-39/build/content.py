# -*- coding: utf-8 -*-
"""All texts of the round-36 hand-laid exhibit set.

Every document and every gold file is written from these strings.
A section is a dict: label, title, paras (list of str), caption (dict or None).
A caption is: position, text, credit.  The sidebar is the last section, label None.
Note marks (*, †, ‡) are kept out of the gold: generators add them where NOTE_AT says.
"""

# ---------------------------------------------------------------- 1 Bradshaw
BRADSHAW = dict(
    name="bradshaw_guide_1839",
    kicker="CASE 4 · TIMETABLES AND TRAVELLERS",
    title_lines=["Mr Bradshaw’s Little Book:", "Railway Timetables, 1839"],
    intro=("In October 1839 a Manchester engraver published a small cloth-bound book of train times for the "
           "new railways of the north of England. Within a few years his name had become the word that "
           "travellers used for any railway guide."),
    sections=[
        dict(label="1", title="Bradshaw’s Railway Time Tables",
             tombstone=["George Bradshaw (1801–1853), publisher", "Manchester, October 1839",
                        "Letterpress, cloth boards, 14 × 9 cm", "Lent by the Ardwick Library of Transport",
                        "ALT 1839.02"],
             paras=["The first edition was a slim volume of timetables for a handful of lines around Manchester "
                    "and Liverpool, bound in cloth like a pocket book. The railways had until then printed their "
                    "own notices, each in its own form, and a traveller who wished to change from one company’s "
                    "trains to another’s had to collect them all.",
                    "Bradshaw, a Quaker who had trained as an engraver and made canal maps, saw that the times "
                    "could be gathered into one book. Early copies are now very rare, because most were used "
                    "until they fell apart and then thrown away."],
             caption=dict(position="Above",
                          text="The 1839 guide open at the table of trains between Liverpool and Manchester.",
                          credit="Photograph: Ardwick Library of Transport")),
        dict(label="2", title="Bradshaw’s Monthly Railway Guide, No. 1",
             tombstone=["W. J. Adams, London agent", "December 1841", "Printed paper wrappers, 18 × 12 cm",
                        "Private collection", "L.2024.17"],
             paras=["From December 1841 the guide came out every month, at sixpence, so that changes in the "
                    "timetables could be printed as soon as the companies made them. It grew as the railway "
                    "network grew, from some thirty pages to more than nine hundred by the end of the century, "
                    "and it was published without a break until 1961.",
                    "Each number listed the trains of every company, the fares, and advertisements for hotels, "
                    "luggage labels and patent medicines. Its close columns of figures became famous for being "
                    "hard to read, and the comic papers joked that anyone who could understand it needed no "
                    "further education."],
             caption=None),
        dict(label="3", title="Railway Map of Great Britain",
             tombstone=["Engraved for Bradshaw & Blacklock", "About 1850",
                        "Hand-coloured engraving, folded into covers", "Lent by Mrs E. Pilling", "L.2024.21"],
             paras=["Bradshaw sold maps beside the guides, and this folding map shows the lines of each company "
                    "picked out in a different colour. It was meant to be read with the guide: a traveller found "
                    "a route on the map and then looked for its table of trains. Lines still being built are "
                    "drawn as dotted tracks, and several of them were never finished.",
                    "The map was sold folded into a cloth case the size of the guide, so that the two could be "
                    "carried together in a coat pocket, and a new edition came out whenever enough new lines had "
                    "opened to make the old one misleading."],
             caption=None),
        dict(label="4", title="Timetable broadsheet, Manchester and Leeds Railway",
             tombstone=["Printer unknown", "1840", "Letterpress on paper, 50 × 38 cm",
                        "Ardwick Library of Transport", "ALT 1840.11"],
             paras=["Before the guides, notices like this one were pasted up at stations and inns. Trains ran to "
                    "local time, which differed from town to town across the country, and the times printed on "
                    "a broadsheet were the times kept by the station clock. Only when the railways adopted London "
                    "time in the 1840s did a single timetable mean the same thing everywhere.",
                    "Passengers of the day complained that the times were often a guide to hope rather than to "
                    "fact."],
             caption=None),
        dict(label=None, title="Who Was George Bradshaw?",
             paras=["George Bradshaw was born in Salford in 1801 and apprenticed to an engraver. He was a devout "
                    "Quaker and gave much of his time to schools and charities in Manchester. In 1853 he "
                    "travelled to Norway and died there of cholera, in Christiania, at the age of fifty-two. His "
                    "guides went on under his name for more than a century, and a continental edition carried "
                    "it across Europe. From 1848 he also published a manual for railway shareholders, listing "
                    "the directors, capital and mileage of every company."],
             caption=None),
    ],
    # note marks: (section index, paragraph index, word after which the mark is glued, mark)
    notes_at=[(0, 0, "all.", "*"), (1, 1, "education.", "†"), (3, 0, "everywhere.", "‡")],
    notes=["* The Liverpool and Manchester Railway, the first to carry passengers by steam alone, opened in 1830.",
           "† The joke was repeated in many forms; one version had a man go mad trying to follow a single journey.",
           "‡ The Great Western Railway kept London time from 1840; most other companies had followed by 1848."],
)

# ---------------------------------------------------------------- 2 Sirius
SIRIUS = dict(
    name="sirius_atlantic_1838",
    kicker="STEAM ON THE OCEAN",
    title_left="The Race Across",
    title_right="the Atlantic, 1838",
    intro=("In April 1838 two steamships arrived in New York within a day of each other, both having crossed "
           "the Atlantic under steam. The race between them opened the age of the ocean liner."),
    sections=[
        dict(label="A", title="A Crossing Thought Impossible",
             paras=["In the 1830s steam was trusted on rivers and short sea routes, but many engineers doubted "
                    "that a ship could carry enough coal to cross the Atlantic. The writer Dionysius Lardner was "
                    "widely reported as saying that such a voyage was about as likely as a voyage to the Moon, "
                    "although he later insisted that he had only warned against the longest distances.",
                    "The argument was not only about engines. The owners of the sailing packets, which could take "
                    "a month or more on the westward passage against the prevailing winds, had every reason to "
                    "hope that steam would never pay, and newspapers on both sides of the ocean followed the "
                    "preparations closely.",
                    "Isambard Kingdom Brunel argued the opposite. A ship’s carrying capacity grows faster than "
                    "the resistance of the water against its hull, so a big enough ship would need "
                    "proportionally less fuel. Brunel, already building the railway from London to Bristol, is "
                    "said to have asked its directors why the line should not be made longer, with a steamship "
                    "going on from Bristol to New York."],
             caption=None),
        dict(label="B", title="The Great Western and the Sirius",
             paras=["Brunel’s Great Western, a wooden paddle steamer of about 1,340 tons, was launched at "
                    "Bristol in 1837. A rival company, the British and American Steam Navigation Company, had "
                    "ordered a larger ship of its own, but she was not ready in time. To be first, the company "
                    "chartered the Sirius, a small steamer built for the run between London and Cork, and sent "
                    "her out from Cork on 4 April 1838.",
                    "The Great Western was delayed by a fire in her engine room on the way down the Thames, in "
                    "which Brunel was badly hurt in a fall. The fire had started in the felt lagging around the "
                    "boilers and was put out before it did much damage. She left Bristol on 8 April, four days "
                    "behind her rival.",
                    "Neither ship sailed full. The Sirius carried about forty passengers and so much coal that "
                    "some of it was stowed on deck; the Great Western left with only seven passengers, because "
                    "many who had booked lost their nerve after the news of the fire."],
             caption=dict(position="Above",
                          text="Model of the Great Western as fitted out in 1838, with her four masts and the "
                               "housings of her two paddle wheels.",
                          credit="Lent by the Avonmouth Shipwrights’ Guild, ASG 112")),
        dict(label="C", title="Arrival in New York",
             paras=["The Sirius reached New York on 22 April after eighteen days at sea. Near the end of the "
                    "voyage her coal ran low and the crew burned cabin furniture and spare spars to keep up "
                    "steam. The story grew with the telling, but she had certainly come close to running out. "
                    "The Great Western arrived the next day, after fifteen days, with about two hundred tons of "
                    "coal still in her bunkers.",
                    "The smaller ship had won the race, but the larger ship had proved Brunel’s argument. Crowds "
                    "went out in boats to see them both, and the newspapers of New York spoke of a new age.",
                    "The figures for the coal burned each day on the Great Western were studied closely by "
                    "engineers who had doubted her designer."],
             caption=None),
        dict(label="D", title="The Liners That Followed",
             paras=["The Sirius made only one more round trip before returning to home waters, and she was "
                    "wrecked off the coast of County Cork in 1847. The Great Western sailed between Bristol and "
                    "New York until 1846, crossing the ocean dozens of times.",
                    "Within two years Samuel Cunard had won the contract to carry the mails between Liverpool "
                    "and North America, and his steamers began a regular service in 1840. Brunel turned to iron "
                    "and the screw propeller for his next ship, the Great Britain.",
                    "Paddle steamers held the Atlantic for another quarter of a century. The mail contracts, "
                    "rather than the speed of any one ship, made steam pay, because they gave the companies a "
                    "steady income whatever the number of passengers."],
             caption=None),
        dict(label=None, title="What Was a Paddle Steamer?",
             paras=["Early ocean steamers were driven by two large paddle wheels, one on each side, turned by a "
                    "steam engine in the middle of the hull. They also carried masts and sails, which helped "
                    "when the wind was fair and saved coal. Paddle wheels were easily damaged in heavy seas, and "
                    "the screw propeller had replaced them on most ocean ships by the 1860s."],
             caption=None),
    ],
    margin_quote="Isambard Kingdom Brunel argued the opposite.",
)

# ---------------------------------------------------------------- 3 Edinburgh
EDINBURGH = dict(
    name="edinburgh_fire_1824",
    kicker="PANEL 3 · THE BURNING CITY",
    title_lines=["Fire on the High Street:", "Edinburgh, November 1824"],
    intro=("For three days in November 1824 fire burned through the tall tenements of Edinburgh’s Old Town. "
           "The city had just formed the first municipal fire brigade in Britain, and its young master learned "
           "his trade in the flames."),
    sections=[
        dict(label="Part 1", title="A City Built Upwards",
             paras=["The Old Town ran down the spine of rock between the castle and Holyrood, and its houses "
                    "were built upwards because there was little room to build outwards. Tenements of ten "
                    "storeys or more stood along narrow closes, with families, workshops and shops stacked one "
                    "above another, and wooden stairs and floors joined them all. Some of the closes were so "
                    "narrow that a man could touch the walls on both sides with his arms outstretched.",
                    "Fires were common, and until 1824 they were fought by the separate engines of insurance "
                    "companies, each of which protected only the buildings it insured. Water came from wells and "
                    "from carts, and in a dry season there was little of it."],
             caption=None),
        dict(label="Part 2", title="Three Days of Fire",
             paras=["On the night of 15 November a fire broke out in an engraver’s workshop in Old Assembly "
                    "Close, off the High Street. It spread from building to building across the closes, and by "
                    "morning it had destroyed a row of tenements down to the Cowgate. On the following day the "
                    "steeple of the Tron Kirk caught fire from flying sparks and its timber spire burned away; the "
                    "melted bell ran down into the street.",
                    "A second outbreak on the night of the sixteenth destroyed the tall buildings on the south "
                    "side of Parliament Square, and for a time it seemed that the whole of the High Street might "
                    "go. Heavy rain helped at last to bring the fire under control on the morning of the "
                    "seventeenth. More than four hundred households had lost their homes, and several people "
                    "had died.",
                    "Crowds gathered in the streets below to watch, and people carried their furniture and "
                    "papers out of the threatened houses and piled them in the open."],
             caption=dict(position="Right",
                          text="The ruins of Parliament Square on the morning of 17 November, from a print sold "
                               "in the streets a week later.",
                          credit="Canongate Print Room, CPR 1824/6")),
        dict(label="Part 3", title="James Braidwood",
             paras=["Only weeks before, the city had set up a single fire engine establishment under a master of "
                    "engines, James Braidwood, then twenty-four years old and trained as a builder. He had chosen "
                    "his men from slaters, carpenters and plumbers, because they knew how houses were made and "
                    "were not afraid of heights, and he drilled them at night.",
                    "The fire taught him that water had to be carried to the heart of a fire rather than thrown "
                    "at it from the street. His book on fire engines and how to use them, published in 1830, was "
                    "read across Europe. Many of his rules, such as going into a burning building low down, "
                    "where the air is clearest, are still taught. In 1833 he went to London to lead its new fire engine establishment, "
                    "and he was killed in 1861 when a wall fell on him at a warehouse fire in Tooley Street."],
             caption=None),
        dict(label=None, title="Why Did the Tron Kirk Survive?",
             paras=["The church itself was saved because firemen and townspeople kept its roof wet while the "
                    "steeple burned above them. A new stone spire was finished in 1828, and the church still "
                    "stands on the High Street, although it has not held services for many years."],
             caption=None),
    ],
    chronology=[("1800", "James Braidwood is born in Edinburgh, the son of a cabinetmaker."),
                ("1824", "The Edinburgh Fire Engine Establishment is formed in October; the Great Fire burns "
                         "from 15 to 17 November."),
                ("1828", "The new stone spire of the Tron Kirk is completed."),
                ("1830", "Braidwood publishes his book on fire engines."),
                ("1833", "Braidwood leaves to command the London Fire Engine Establishment."),
                ("1861", "Braidwood is killed at the Tooley Street fire.")],
    pull_quote="“They knew how houses were made, and they were not afraid of heights.”",
)

# ---------------------------------------------------------------- 4 Penny-farthing
ARIEL = dict(
    name="ariel_bicycle_1870",
    kicker="ON TWO WHEELS · GALLERY POSTER",
    title_lines=["High Wheels:", "The Ariel Bicycle", "and the Ordinary, 1870"],
    intro=("In 1870 two Coventry engineers patented a bicycle with a front wheel nearly as tall as its rider. "
           "For twenty years the high wheeler was the fastest thing on an English road that did not run on "
           "rails."),
    sections=[
        dict(label="i", title="From Boneshaker to High Wheel",
             paras=["The first pedal bicycles, built in Paris in the 1860s, had iron tyres and wooden wheels of "
                    "nearly equal size, and riders in England called them boneshakers. Because the pedals turned "
                    "the front wheel directly, one turn of the pedals moved the machine only as far as the "
                    "circumference of that wheel. The only way to go faster was to make the wheel bigger.",
                    "James Starley and William Hillman, who worked for the Coventry Sewing Machine Company, "
                    "patented their Ariel in 1870. It had a large front wheel, a small rear one, solid rubber "
                    "tyres and wire spokes held in tension, which made the wheels both light and strong.",
                    "Starley went on to build tricycles and patented a differential gear that let the two driving "
                    "wheels of a tricycle turn at different speeds on a corner. He is often called the father of "
                    "the cycle industry, and Coventry became its capital."],
             caption=dict(position="Above",
                          text="The front wheel of an Ariel of about 1872, fifty inches across, with its "
                               "original solid tyre.",
                          credit="Lent by the Foleshill Cycle Club, FCC 1872/3")),
        dict(label="ii", title="Riding the Ordinary",
             paras=["The rider sat almost directly above the front hub, with the saddle five feet or more from "
                    "the ground. Mounting meant a hop from a small step on the frame, and a stone or a rut could "
                    "throw the rider over the handlebars head first, a fall known as a header. Even so, the "
                    "machines were light, fast and comfortable on the rough roads of the time. A rider learned "
                    "to get down by swinging a leg over the back of the wheel as it slowed.",
                    "Riding clubs were formed in many towns, and their members rode out together in uniform "
                    "behind a captain who signalled with a bugle. Racing men reached speeds of more than twenty "
                    "miles an hour. Most riders were young men with money and nerve; older and more cautious "
                    "people rode tricycles."],
             caption=None),
        dict(label="iii", title="The Safety Bicycle",
             paras=["In 1885 Starley’s nephew John Kemp Starley built the Rover, with two wheels of nearly equal "
                    "size and a chain driving the rear wheel. It was as fast as the high wheeler and much safer, "
                    "and once John Boyd Dunlop’s air-filled tyre came into use a few years later the old machines "
                    "quickly went out of fashion.",
                    "Only then did people begin to call them penny-farthings, after the largest and the smallest "
                    "coins in a pocket. Those who had ridden them had called them ordinaries.",
                    "A few riders kept to the high wheel for years out of loyalty, and clubs of enthusiasts still "
                    "ride them today, in tweed caps and knee breeches, at shows and on anniversary runs."],
             caption=None),
        dict(label=None, title="How Big Was the Wheel?",
             paras=["A high wheel was sold by its diameter in inches, and each rider bought the largest his legs "
                    "could reach, usually between fifty and sixty inches. Each turn of the pedals carried a "
                    "bigger wheel further, so in a race long legs were a real advantage. Makers offered every "
                    "model in several sizes, a few inches apart, and the very largest wheels were built for "
                    "racing."],
             caption=None),
    ],
    note="* The Ariel was also sold with a lever to tighten all the spokes at once.",
    note_after=(0, 1, "strong."),
)

# ---------------------------------------------------------------- 5 London Bridge (DOCX)
BRIDGE = dict(
    name="london_bridge_sale_1968",
    kicker="RIVER CROSSINGS · GALLERY TEXT",
    title_lines=["A Bridge for Sale:", "London Bridge Goes to Arizona, 1968"],
    intro=("In 1968 the City of London sold its Thames bridge to an American businessman, who had it taken "
           "apart, shipped across the world and rebuilt in the Arizona desert. It still stands there, carrying "
           "traffic over a channel of water that was dug beneath it."),
    sections=[
        dict(label="Stage 1", title="A Bridge That Was Sinking",
             paras=["The bridge in question was not the medieval bridge with houses on it but its replacement, "
                    "designed by John Rennie, built by his son and opened in 1831 a little upstream of the old "
                    "one. Built of granite on five arches, it carried some of the heaviest traffic in London for "
                    "more than a century. The medieval bridge, with its nineteen narrow arches, had held back the "
                    "river so much that the Thames above it froze in hard winters; Rennie’s wider arches let the "
                    "tide run freely.",
                    "By the 1960s it was sinking unevenly into the clay of the river bed, about an inch every "
                    "eight years, and it was too narrow for the traffic of a modern city. The Corporation of "
                    "London decided to replace it, and a member of its council, Ivan Luckin, proposed that the "
                    "old bridge should be sold rather than broken up. Many in the City thought the idea "
                    "ridiculous."],
             caption=None),
        dict(label="Stage 2", title="The Sale",
             paras=["The bridge was advertised for sale in the United States, and the winning bid, of 2,460,000 "
                    "dollars, came from Robert P. McCulloch, a manufacturer of chainsaws and outboard motors. He "
                    "had bought land on the shore of Lake Havasu in Arizona and was building a new town there, "
                    "and he wanted something that would make people come to see a place that few of them had "
                    "ever heard of.",
                    "It is often said that McCulloch believed he was buying Tower Bridge. He always denied it, "
                    "and the story seems to have begun as a joke told by people who thought the whole scheme "
                    "absurd."],
             caption=dict(position="Right",
                          text="Numbered granite blocks from the outer face of the bridge awaiting shipment at "
                               "Surrey Docks, 1968.",
                          credit="Photograph: Havasu Bridge Society archive, HBS 68/114")),
        dict(label="Stage 3", title="Rebuilt in the Desert",
             paras=["Only the outer granite facing was shipped; the bridge was rebuilt around a new core of "
                    "reinforced concrete. Each block was numbered before it was taken down, and the stones went "
                    "by ship through the Panama Canal to California and on by lorry to Lake Havasu City. The "
                    "first stone was laid again, by the Lord Mayor of London, in September 1968.",
                    "The bridge was built over dry land, and a channel was then dug beneath it, turning a point "
                    "of land into an island. It was opened in October 1971 and has become one of the most "
                    "visited sights in Arizona.",
                    "McCulloch’s gamble paid off. Visitors came in their thousands, and the town, which had a few "
                    "hundred people when the bridge was bought, now has more than fifty thousand."],
             caption=None),
        dict(label=None, title="What Happened to the Rest?",
             paras=["Many of the stones that were not shipped were sold or given away, and pieces of Rennie’s "
                    "bridge can be found in gardens and buildings across England. The new London Bridge, a plain "
                    "concrete structure of three spans, was opened by the Queen in 1973. The lamp posts went to "
                    "Arizona with the stones, and they are said to have been cast from the metal of French cannon "
                    "taken in the Napoleonic Wars."],
             caption=None),
    ],
)

# ---------------------------------------------------------------- 6 Dodo (HTML)
DODO = dict(
    name="oxford_dodo_1683",
    kicker="Natural History · Online Exhibition",
    title_main="The Oxford Dodo:",
    title_sub="A Bird in the Museum, 1683",
    intro=("The most famous dodo in the world is not a complete bird but a head and a foot, kept in Oxford for "
           "more than three hundred years. They are the only soft remains of the species anywhere."),
    sections=[
        dict(label="Case 1", title="A Bird from Mauritius",
             paras=["The dodo was a large flightless pigeon that lived only on the island of Mauritius in the "
                    "Indian Ocean. Dutch sailors first described it in 1598. It had no reason to fear people, and "
                    "within a lifetime of their arrival it was gone, killed by hunting and above all by the rats, "
                    "pigs and monkeys that ships brought to the island. The last sighting that most naturalists "
                    "accept was made in 1662.",
                    "A few live birds were carried to Europe, and in the 1630s a visitor to London recorded "
                    "paying to see one that was kept in a house in the city and fed on pebbles."],
             caption=None),
        dict(label="Case 2", title="Tradescant’s Ark",
             paras=["The gardener John Tradescant and his son, also John, gathered a great collection of plants, "
                    "shells, weapons and curiosities at their house in Lambeth, which visitors called the Ark. "
                    "Its printed catalogue of 1656 lists a dodo from the island of Mauritius among the birds.",
                    "The collection passed to Elias Ashmole, who gave it to the University of Oxford. In 1683 it "
                    "went on show in a new building on Broad Street, the first public museum of its kind in "
                    "Britain, and the dodo went with it."],
             caption=dict(position="Above",
                          text="The head and left foot, with the cast of the skull made for study in the 1840s.",
                          credit="Photographs: Broad Street Natural History Rooms, BSR/DODO/1–3")),
        dict(label="Case 3", title="Saved from the Fire",
             paras=["Stuffed skins decay, and by 1755 the dodo had rotted so badly that the museum’s visitors, "
                    "the university officers who inspected it, ordered it to be thrown out. Someone cut off the "
                    "head and one foot and kept them, and they are all that remains. The story that the rest went "
                    "on a bonfire has been told ever since, although it may simply have been thrown away.",
                    "In the 1840s the naturalists Hugh Strickland and Alexander Melville studied the head and "
                    "showed that the dodo was related to pigeons, a surprising answer for a bird that had often "
                    "been drawn as a kind of vulture or ostrich."],
             caption=None),
        dict(label="Case 4", title="Alice and After",
             paras=["Charles Dodgson, who taught mathematics at Christ Church, knew the museum well, and in "
                    "Alice’s Adventures in Wonderland he gave the bird a part to play in the caucus race. He had "
                    "a stammer, and the dodo is often read as a joke against himself.",
                    "The head and foot are now too fragile to travel. Scans of the head made in recent years "
                    "found lead shot embedded in it, which suggests that the bird was killed by a gun rather "
                    "than dying of old age in a menagerie. In the galleries visitors see a painting and casts; "
                    "the real remains are kept in a store and brought out only for study."],
             caption=None),
        dict(label=None, title="Why Did the Dodo Vanish So Fast?",
             paras=["Dodos nested on the ground and laid a single egg, so animals brought by ships could destroy "
                    "a generation in a season. Island birds that have never met a predator have no instinct to "
                    "flee, and a species that breeds slowly cannot recover from heavy losses. The clearing of the "
                    "forests for plantations took away what cover remained."],
             caption=None),
    ],
)

ALL = [BRADSHAW, SIRIUS, EDINBURGH, ARIEL, BRIDGE, DODO]


def title_of(doc):
    if "title_lines" in doc:
        return " ".join(doc["title_lines"])
    if "title_left" in doc:
        return doc["title_left"] + " " + doc["title_right"]
    return doc["title_main"] + " " + doc["title_sub"]


def gold(doc, running):
    """Gold JSON in the references' key order."""
    t = title_of(doc)
    secs = [dict(label=None, title=t, blocks=[dict(kind="paragraph", text=doc["intro"])])]
    for s in doc["sections"]:
        blocks = [dict(kind="paragraph", text=p) for p in s["paras"]]
        c = s.get("caption")
        if c:
            blocks.append(dict(kind="caption", text=c["text"], position=c["position"], credit=c["credit"]))
        secs.append(dict(label=s["label"], title=s["title"], blocks=blocks))
    return dict(title=t, running=running, sections=secs)


def write_gold(doc, running, path):
    import json
    with open(path, "w", encoding="utf-8") as f:
        json.dump(gold(doc, running), f, ensure_ascii=False, indent=2)
        f.write("\n")
