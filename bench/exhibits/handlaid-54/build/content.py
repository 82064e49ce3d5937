"""All texts of exhibits set 54 and the gold JSON writer. Prose written for this set; museums, lenders,
credits and accession numbers are made up."""
import json, os

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def S(label, title, paras, caption=None):
    return {"label": label, "title": title, "paras": paras, "caption": caption}

def C(position, text, credit):
    return {"position": position, "text": text, "credit": credit}

EX = {}

# ---------------------------------------------------------------- Goddard (A3 wall panel, PDF)
EX["goddard_rocket_1926"] = dict(
    kicker="Gallery 3 · Pioneers of Spaceflight",
    title_lines=["Two and a Half Seconds", "Robert Goddard’s Liquid-Fuel Rocket, 1926"],
    intro="On a cold March afternoon in 1926 a spindly frame of pipes rose from a snowy cabbage field in Massachusetts, flew for two and a half seconds and crashed a short distance away. It was the first flight of a rocket burning liquid fuel, and almost nobody noticed.",
    running=["Westbrook Hall of Flight · Gallery 3", "Panel 3.4"],
    sections=[
        S("A", "A Boy in a Cherry Tree", [
            "Robert Hutchings Goddard was born in Worcester, Massachusetts, in 1882, a sickly child who spent long spells at home reading. On 19 October 1899, while trimming dead branches from a cherry tree behind his grandmother’s house, he imagined a machine that could climb from the meadow towards Mars. For the rest of his life he marked the date privately as his “anniversary day”.",
            "He studied physics at Worcester Polytechnic Institute and at Clark University, where he later taught. In 1914 he was granted two patents that contain much of the future of rocketry: one for a rocket fed with liquid fuel, the other for a rocket built in stages, each firing after the one below it had burned out.",
        ]),
        S("B", "Laughed At in Print", [
            "With a grant of five thousand dollars from the Smithsonian Institution, Goddard tested powder rockets and showed that a rocket’s exhaust could push it forward even in a vacuum. In 1919 the Smithsonian published his report, A Method of Reaching Extreme Altitudes. In its closing pages he suggested, almost in passing, that a large enough rocket might carry a charge of flash powder to the Moon, where its flare could be seen through a telescope.",
            "The newspapers seized on the Moon. In January 1920 an editorial in The New York Times declared that Goddard lacked the knowledge ladled out daily in high schools, since a rocket would have nothing to push against in space. The shy professor stopped talking to reporters and worked on in private. The paper printed a correction in July 1969, while Apollo 11 was on its way to the Moon.",
        ]),
        S("C", "Nell Leaves the Ground", [
            "Powder burned too quickly to be controlled, so Goddard turned to gasoline and liquid oxygen, fed into a small combustion chamber under pressure. His first liquid-fuel rocket, which the team later nicknamed Nell, looked nothing like the sleek shapes of later years: the motor sat at the top of a tall frame, with the fuel tanks below it, shielded by a cone.",
            "On 16 March 1926 Goddard, his assistant Henry Sachs, the physicist Percy Roope and Goddard’s wife Esther took the rocket to a farm at Auburn owned by a distant relative, Effie Ward. Sachs lit the igniter with a blowtorch on a long pole. For a while the motor simply roared on its stand; then the rocket climbed about twelve metres, turned over and came down in the frozen field some fifty-six metres away. The whole flight had lasted about two and a half seconds.",
            "Goddard recorded the event calmly in his diary. He did not announce it, and the wider world learned of it only in 1936, when he described it in a second Smithsonian report.",
        ], C("Right", "A reconstruction of the 1926 rocket frame, built for the museum from Goddard’s notebook drawings.", "Model: Westbrook Hall of Flight, WHF 1998.41")),
    ],
    sidebar=S(None, "From Auburn to Roswell", [
        "A noisier launch in 1929 brought police and ambulances to Auburn, and the state fire marshal banned further tests in Massachusetts. The newspaper stories caught the eye of Charles Lindbergh, who persuaded the Guggenheim family to fund the work. From 1930 Goddard tested in the open desert near Roswell, New Mexico, where his rockets, steered by gyroscopes, climbed above two kilometres. He died in 1945, and NASA’s Goddard Space Flight Center was named after him in 1959.",
    ]),
    pull="“It is difficult to say what is impossible, for the dream of yesterday is the hope of today and the reality of tomorrow.”",
    pull_attr="Goddard’s high-school graduation address, 1904",
    timeline=[("1899", "The cherry-tree daydream"), ("1914", "Patents for liquid fuel and stages"),
              ("1919", "Smithsonian report published"), ("1926", "First liquid-fuel flight, Auburn"),
              ("1929", "Noisy test brings police"), ("1930", "Moves to Roswell"), ("1945", "Dies in Baltimore")],
)

# ---------------------------------------------------------------- Laennec (catalogue pages 112-113, PDF)
EX["laennec_stethoscope_1816"] = dict(
    kicker="Instruments of Diagnosis · Cat. 41–42",
    title_lines=["The Doctor’s Ear:", "Laennec and the First Stethoscope, 1816"],
    intro="Until the early nineteenth century a physician learned about a patient’s chest mostly by looking, asking and tapping. In 1816 a Paris doctor rolled up a few sheets of paper and found a way to listen instead, and within a generation the instrument he made from that idea hung around the necks of doctors everywhere.",
    running=["The Doctor’s Instruments", "Carrow Museum of Medicine · Collection Catalogue", "112", "113"],
    sections=[
        S("I", "A Quire of Paper", [
            "René-Théophile-Hyacinthe Laennec was born in 1781 in Quimper, in Brittany, and trained in Paris under the great clinicians of the post-revolutionary hospitals, who taught students to match what they found at the bedside with what they later saw at the autopsy table. Laennec was a gifted anatomist, a keen flute player and a devout Catholic, small and often unwell.",
            "In September 1816, at the Necker Hospital, he was asked to examine a young woman with symptoms of heart disease. She was plump, so tapping her chest told him little, and her age and sex made it improper to press his ear against her, as doctors sometimes did with men. Remembering children who sent scratching sounds along a wooden beam, he rolled a quire of paper into a tight tube, set one end on her chest and put his ear to the other. The heartbeat came through more clearly than he had ever heard it.",
        ]),
        S("II", "The Cylinder and the Book", [
            "Laennec spent the next three years listening. He tried tubes of glass, metal and different woods before settling on a cylinder of light wood about thirty centimetres long, with a narrow channel bored through its middle. It came apart in two pieces to fit a pocket, and a removable plug turned it from an instrument for the chest into one for the heart. He named it the stethoscope, from the Greek words for chest and for looking.",
            "In 1819 he published his findings in two volumes, De l’auscultation médiate. The book described the sounds of healthy and diseased lungs, gave them names that doctors still use, such as râles, and linked each sound to damage found after death. For an extra fee, buyers received a stethoscope with their copy.",
        ], C(None, "A wooden monaural stethoscope in two parts, French, about 1825.", "Lent by the Carrow Medical Society, CMS 77.3")),
        S("III", "Into Every Pocket", [
            "Some older physicians mocked the wooden tube, and some patients feared it, but students came from across Europe to learn the new method. Laennec’s own health was failing. He went home to Brittany to recover, came back to teach at the Collège de France, and died of tuberculosis in 1826, aged forty-five, of the disease he had described more precisely than anyone before him.",
            "The single-tube cylinder stayed in use for decades, especially among midwives and obstetricians. Flexible tubes of gutta-percha and rubber arrived in the middle of the century, and in 1852 the New York physician George Cammann made a practical model with two earpieces. The shape most doctors wear today descends from his design.",
        ], C(None, "Plate from the 1819 edition of De l’auscultation médiate showing the instrument taken apart.", "Sedley Library of Medicine, SLM Rare 1182")),
    ],
    sidebar=S(None, "Listening to Himself", [
        "In his last months Laennec is said to have asked his nephew Mériadec, also a doctor, to examine his chest with the stethoscope. The sounds the young man reported told Laennec what he already suspected. In his will he left his nephew his instruments, calling the stethoscope the best part of his legacy.",
    ]),
    footnote="The word râle, a rattle, was one Laennec avoided at the bedside, because patients took it for the death rattle; in front of them he preferred the Latin rhonchus.",
)

# ---------------------------------------------------------------- Mohenjo-daro (quarter-fold card, PDF)
EX["mohenjo_daro_1924"] = dict(
    kicker="Self-guided card · Indus Gallery",
    title_lines=["City of Brick", "Mohenjo-daro Revealed, 1924"],
    intro="In September 1924 readers of a London weekly learned that archaeologists in India had found a civilisation nobody had known about: large planned cities of baked brick, as old as the earliest cities of Mesopotamia. One of them was Mohenjo-daro, the “mound of the dead”, on the right bank of the Indus in Sindh.",
    running=[],
    sections=[
        S("Part One", "A Stupa on the Mound", [
            "The highest point of the site was crowned by a ruined Buddhist stupa of the early centuries AD, and it was this later monument that first drew the attention of the Archaeological Survey of India. In 1922 the Indian archaeologist R. D. Banerji began to dig there and found, beneath the Buddhist levels, seals carved with animals and signs unlike any known writing.",
            "Similar seals had turned up at Harappa, some six hundred kilometres to the north-east in the Punjab, where Daya Ram Sahni had been digging since 1921. The Survey’s director, John Marshall, compared the finds from the two places and realised that they belonged to a single culture. His article in The Illustrated London News of 20 September 1924 announced it to the world, and scholars soon pointed out parallels with objects from Sumer, which placed the Indus cities in the third millennium BC.",
        ]),
        S("Part Two", "Streets and Drains", [
            "Large-scale excavation under Marshall and later Ernest Mackay uncovered a city laid out with remarkable care. Main streets ran roughly north to south and east to west, with lanes between blocks of houses. The bricks were baked in kilns and made to the same proportions, four units long, two wide and one thick, across the whole Indus region.",
            "Many houses had a bathing area and a latrine, and waste water ran into covered brick drains along the streets, with inspection holes for cleaning. Hundreds of wells supplied the town. On the raised western mound stood the so-called Great Bath, a watertight tank about twelve metres long, sealed with bitumen and reached by steps at each end, perhaps used for ritual washing.",
        ]),
        S("Part Three", "Seals Nobody Can Read", [
            "The small square seals, cut from steatite, show bulls, elephants, tigers and most often a single-horned animal that excavators called a unicorn, above a short row of signs. More than four thousand inscribed objects are now known from Indus sites, yet the texts are so short that the script has never been deciphered, and we do not know what language its writers spoke.",
            "Other finds hint at the people themselves: the bronze figure of a young woman known as the Dancing Girl, found in 1926, and the bearded stone bust nicknamed the Priest-King, found the following year. No palaces or royal tombs have been identified. Around 1900 BC the great cities declined, for reasons still debated, among them shifting rivers and changes in trade.",
        ], C("Above", "Impression of a steatite seal with a single-horned animal, made from a cast in the institute’s study collection.", "Cast: Calder Institute, CIA 31.208")),
    ],
    sidebar=S(None, "Salt in the Bricks", [
        "Excavation exposed the brickwork to air and to salty groundwater, which rises through the walls and crystallises, crumbling the surface. Since the 1960s engineers have tried pumping, drainage and protective coats of mud, and in 1980 the ruins were added to UNESCO’s World Heritage List. Much of the city remains unexcavated, which many archaeologists now regard as its best protection.",
    ]),
    table=[("Site", "First dug", "Where"), ("Harappa", "1921", "Punjab"), ("Mohenjo-daro", "1922", "Sindh"),
           ("Lothal", "1955", "Gujarat"), ("Dholavira", "1990", "Kutch")],
    address=["Calder Institute of Asian Archaeology", "7 Ferrier Lane, Ashcombe", "Open Tuesday to Sunday, 10.00–17.00",
             "Please return this card to the rack by the gallery door."],
)

# ---------------------------------------------------------------- Bathysphere (magazine pages 14-15, PDF)
EX["bathysphere_1934"] = dict(
    kicker="Feature · Deep-sea exploration",
    title_lines=["Half a Mile Down", "Beebe, Barton and the Bathysphere, 1934"],
    intro="In August 1934 two men folded themselves into a hollow steel ball, barely wider than a man is tall, and were lowered on a cable into the Atlantic off Bermuda. They came back from 923 metres, deeper than anyone had gone before, with descriptions of a world of darkness and living light.",
    running=["Soundings · Number 62", "Harbourside Maritime Society", "14", "15"],
    sections=[
        S("Dive 1", "A Ball of Steel", [
            "William Beebe was already famous as a naturalist and writer when he began to explore the waters around Nonsuch Island in Bermuda, first with a diving helmet and then with nets hauled up from great depths. The nets brought back battered, dead animals. He wanted to see them alive, where they lived.",
            "The means came from Otis Barton, a young engineer with a private fortune, who designed a sphere of cast steel about one and a half metres across, with walls more than three centimetres thick and three small windows of fused quartz. Barton paid for it himself. A sphere, he reasoned, would spread the pressure of the water evenly over its whole surface. The ball weighed more than two tonnes and was entered through a round hatch bolted shut from outside with heavy nuts.",
        ]),
        S("Dive 2", "A Voice on the Wire", [
            "The bathysphere hung from a single steel cable wound on a winch aboard the barge Ready, towed out to sea by a tug. A rubber hose beside the cable carried a telephone line and the electric wire for a searchlight. Inside, oxygen hissed from tanks, while trays of chemicals absorbed the carbon dioxide and the damp, and the men stirred the air with palm-leaf fans.",
            "On the surface Gloria Hollister, Beebe’s chief research assistant, wore the headphones and wrote down everything he described as he sank. In June 1930 the sphere reached 245 metres. In 1932 a descent was broadcast live on radio across the United States, and Beebe talked listeners down to about 670 metres.",
            "Every dive began at the hatch. The crew hammered the great bolts home while the two men inside sat curled on the cold steel floor. On one unmanned test the sphere came back up full of water under such pressure that a loosened bolt shot across the deck like a shell.",
        ]),
        S("Dive 3", "Below the Last Light", [
            "On 15 August 1934 Beebe and Barton went down once more, to 923 metres, a depth no human had reached. Below the last trace of daylight they saw lanternfish and shrimps that flashed and sparked, fish with glowing teeth, and long shapes that slid past beyond the reach of the searchlight. Beebe found the darkness blacker than anything he had imagined.",
            "His book Half Mile Down, published later that year, made the dives famous. The record stood until 1949, when Barton alone took a new craft, the benthoscope, to about 1,370 metres off California. By then the designers of the bathyscaphe had found a way to free a diving vessel from its cable altogether.",
        ], C("Above", "The bathysphere on the deck of the barge Ready before a dive, 1934.", "Photograph: Harbourside Maritime Society, HMS-P 4410")),
    ],
    sidebar=S(None, "The Fish No One Saw Again", [
        "Beebe named several new species from what he glimpsed through the window, among them a fish he called the five-lined constellation fish. None of them has been caught since, and some scientists of his day suspected that condensation on the quartz, or the excitement of the moment, had misled him. Others defended him: nets are slow, and many deep-sea animals avoid them.",
    ]),
    boxquote="“The only other place comparable to these marvellous nether regions must surely be naked space itself.”",
    boxquote_attr="William Beebe, Half Mile Down",
    table=[("Date", "Depth", "Note"), ("6 June 1930", "245 m", "first deep dive"), ("22 Sept. 1932", "670 m", "radio broadcast"),
           ("15 Aug. 1934", "923 m", "record descent")],
)

# ---------------------------------------------------------------- Hoover Dam (DOCX)
EX["hoover_dam_1936"] = dict(
    kicker="Gallery of Water · Western Engineering",
    title_lines=["Concrete Across the Colorado", "Building Hoover Dam, 1931–1936"],
    intro="Between 1931 and 1936 thousands of men working in shifts around the clock built a wall of concrete across Black Canyon on the border of Nevada and Arizona. It was the highest dam in the world when it was finished, and it changed how water and power were shared across the American Southwest.",
    running=[],
    sections=[
        S("Panel 1", "Dividing a River", [
            "The Colorado River flooded the farms of California’s Imperial Valley in wet years and dwindled in dry ones. In 1922 seven states that drew on it signed the Colorado River Compact, which divided its water between the upper and lower basins. Six years later Congress passed the Boulder Canyon Project Act, which allowed a great dam to be built and paid for by selling its electricity.",
            "The contract went to Six Companies, a group of Western construction firms that had joined forces because no single one could raise the bond. Their bid, about 49 million dollars, was the lowest, and their superintendent, Frank Crowe, had spent years planning the job in his head.",
            "The engineers chose Black Canyon, a few kilometres downstream of the original Boulder Canyon site, because its walls of hard volcanic rock stood close together and were sound enough to carry the thrust of a curved wall.",
        ]),
        S("Panel 2", "Tunnels and High Scalers", [
            "Before any concrete could be poured, the river had to be moved. Crews blasted four tunnels, each about fifteen metres across, through the canyon walls, two on each side, and in November 1932 the Colorado was turned into them. Earth and rock cofferdams then kept the dam site dry.",
            "High scalers, lowered on ropes down the canyon faces, pried loose rock with crowbars and drilled holes for dynamite. It was the most dangerous and best-paid job on the site. The work began at the low point of the Depression, and men queued for jobs from a camp of tents and shacks nicknamed Ragtown until the government built Boulder City, a town with strict rules and no alcohol. In the summer of 1931, when temperatures rose above 45 degrees, workers struck over conditions; the strike was broken within a week.",
        ], C("Above", "High scalers at work on the Nevada wall of Black Canyon, 1932.", "Photograph: Basin and Range Museum of Engineering, BRM 1932.06.14")),
        S("Panel 3", "Cooling the Concrete", [
            "Concrete gives off heat as it sets. Poured in one piece, the dam would have taken more than a century to cool and would have cracked as it did so. The engineers instead built it as a series of interlocking columns, like giant blocks, and threaded them with steel pipes through which river water and then refrigerated water was pumped.",
            "By 1935 the pouring was done, two years ahead of schedule. The dam stands 221 metres high and contains about 2.5 million cubic metres of concrete. President Franklin Roosevelt dedicated it on 30 September 1935, and the first generator began producing electricity in October 1936. Behind the wall, Lake Mead slowly filled. The official record lists 96 men who died in industrial accidents during construction.",
        ]),
    ],
    sidebar=S(None, "Boulder or Hoover?", [
        "The project was called Boulder Dam long after the site moved from Boulder Canyon to Black Canyon. In 1930 the Secretary of the Interior announced that it would be named after President Herbert Hoover, but the next administration went back to Boulder Dam. Congress settled the question in 1947 by restoring the name Hoover Dam.",
    ]),
    pull="“This morning I came, I saw and I was conquered.”",
    pull_attr="Franklin D. Roosevelt at the dedication, 1935",
    table=[("Key figures", ""), ("Height", "221 metres"), ("Concrete", "about 2.5 million cubic metres"),
           ("Workers at the peak", "about 5,200"), ("Contract price", "about 49 million dollars")],
)

# ---------------------------------------------------------------- Iguanodon (HTML)
EX["iguanodon_1825"] = dict(
    kicker="Wealden Gallery · Founders of Palaeontology",
    title_lines=["The Iguana Tooth", "Gideon Mantell and Iguanodon, 1825"],
    intro="In 1825 a country doctor from Sussex gave a name to a giant reptile he knew only from a handful of worn teeth and broken bones. Iguanodon was only the second dinosaur ever named, and the way people pictured it changed again and again over the following half century.",
    running=[],
    sections=[
        S("Case 1", "Teeth by the Roadside", [
            "Gideon Algernon Mantell was a surgeon in Lewes, busy delivering babies and setting bones, who spent every spare hour collecting fossils from the quarries of the Weald. Around 1822 he obtained some large teeth from the sandstone of Tilgate Forest. Family legend says that his wife, Mary Ann, spotted the first of them in a heap of stones left for road repairs while he was visiting a patient, though Mantell’s own notes tell a less tidy story.",
            "The teeth were strange: flattened, with ridged edges like a saw, and worn down at the tips by chewing. No meat-eater had teeth like these, yet the rock that held them was far older than any known large plant-eating mammal.",
        ], C("Left", "A cast of one of the Tilgate Forest teeth, shown beside the skull of a modern green iguana.", "Cast: Wealden Museum of Natural History, WMNH G.118")),
        S("Case 2", "An Iguana Grown Huge", [
            "Mantell took the teeth to the Geological Society in London. William Buckland, who was about to name the meat-eating Megalosaurus, was unimpressed, and the French anatomist Georges Cuvier at first thought they might belong to a rhinoceros from much younger rocks. Mantell kept searching for a match in museum drawers.",
            "The breakthrough came at the Hunterian Museum of the Royal College of Surgeons, where the assistant curator Samuel Stutchbury showed him the skeleton of an iguana. Its small teeth had the same shape. Mantell concluded that his animal was a plant-eating reptile like the iguana, but many times larger, and in 1825 he described it in the Philosophical Transactions of the Royal Society under the name Iguanodon, meaning iguana tooth. Cuvier, for his part, changed his mind.",
            "Mantell went on collecting and writing until his death in 1852, but he paid dearly for his passion. His medical practice suffered, his marriage broke down, and in 1838 he sold his collection to the British Museum to pay his debts.",
        ]),
        S("Case 3", "A Spike in the Wrong Place", [
            "In 1834 quarrymen at Maidstone in Kent blasted out a slab holding part of a skeleton, which Mantell bought with money raised by friends. Among the bones was a conical spike. He placed it on the animal’s nose, like the horn of a rhinoceros, and imagined a sprawling reptile tens of metres long.",
            "Richard Owen, who coined the word dinosaur in 1842, pictured it instead as a bulky, four-legged beast, and that is how the sculptor Benjamin Waterhouse Hawkins built his life-size concrete model for the Crystal Palace park at Sydenham in 1854. Only in 1878, when miners at Bernissart in Belgium found dozens of complete skeletons in a coal seam, did the spike move to its proper place: it was a thumb.",
        ]),
    ],
    sidebar=S(None, "Dinner in a Dinosaur", [
        "On New Year’s Eve 1853 Waterhouse Hawkins held a dinner for about twenty scientists and backers inside the mould of his half-finished Iguanodon at Sydenham. Owen sat at the head of the table, in the animal’s head end. The models still stand in the park, and in 2007 they were given the highest grade of protection as listed buildings.",
    ]),
    timeline=[("1822", "First teeth from Tilgate Forest"), ("1825", "Iguanodon named"), ("1834", "The Maidstone slab"),
              ("1842", "Owen coins “dinosaur”"), ("1854", "Crystal Palace models"), ("1878", "Bernissart skeletons")],
)

ORDER = ["goddard_rocket_1926", "laennec_stethoscope_1816", "mohenjo_daro_1924", "bathysphere_1934",
         "hoover_dam_1936", "iguanodon_1825"]


def gold(name):
    e = EX[name]
    title = " ".join(e["title_lines"])
    secs = [{"label": None, "title": title, "blocks": [{"kind": "paragraph", "text": e["intro"]}]}]
    for s in e["sections"] + [e["sidebar"]]:
        blocks = [{"kind": "paragraph", "text": p} for p in s["paras"]]
        if s.get("caption"):
            c = s["caption"]
            blocks.append({"kind": "caption", "text": c["text"], "position": c["position"], "credit": c["credit"]})
        secs.append({"label": s["label"], "title": s["title"], "blocks": blocks})
    return {"title": title, "running": e["running"], "sections": secs}


def write_gold():
    for n in ORDER:
        with open(os.path.join(OUT, n + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold(n), f, ensure_ascii=False, indent=2)
            f.write("\n")


def words(name):
    g = gold(name)
    return sum(len(b["text"].split()) for s in g["sections"] for b in s["blocks"] if b["kind"] == "paragraph")


if __name__ == "__main__":
    write_gold()
    for n in ORDER:
        print(n, words(n))
