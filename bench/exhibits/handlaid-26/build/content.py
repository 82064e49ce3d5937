# All texts of the r22 hand-laid set. Marks inside strings:
#   |      a place where the layout interrupts a paragraph (caption, column/page break, jump)
#   ^x^    a note mark glued to the preceding word (printed, not gold)
import re


def gold_text(s):
    s = s.replace("|", "")
    s = re.sub(r"\^[^^]*\^", "", s)
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------------------
# 1. great_eastern_1858 — heritage newspaper page (docugenr8-pdf)
# ---------------------------------------------------------------------------
GREAT_EASTERN = {
    "title_lines": ["Leviathan Sticks", "on the Slipway"],
    "title": "Leviathan Sticks on the Slipway",
    "masthead": "The Slipway Gazette",
    "masthead_sub": "Heritage news from the Millwall Iron Museum · Spring edition",
    "run_left": "The Slipway Gazette",
    "run_right": "Issue 14 · Free to visitors",
    "folios": ["Page 1", "Page 2"],
    "deck": "Brunel’s iron giant was six times larger than any ship afloat. Getting her into the river took three months, and the strain of it helped to end his life.",
    "byline": "By our heritage correspondent",
    "sections": [
        {"title": "Built for the Long Voyage", "paras": [
            "In the spring of 1854 work began at John Scott Russell’s yard at Millwall on a ship designed by Isambard Kingdom Brunel to sail to Australia and back without stopping for coal. She was to be nearly 700 feet long, with paddle wheels, a screw propeller and six masts, and room for some four thousand passengers.",
            "Her double iron hull, made of about thirty thousand wrought-iron plates held together by some three million rivets, was unlike anything built before. The Thames at Millwall was too narrow to launch so long a vessel stern first, so she was built parallel to the river, to be sent down the bank sideways on two great cradles.",
            "Russell’s firm ran short of money while the work was still under way, and for a time the directors and the engineer argued more with each other than with the iron. |Brunel took personal charge of the yard in 1856 and drove the men hard, often staying on the site late into the night.",
        ]},
        {"title": "An Inch at a Time", "paras": [
            "The first attempt to launch her was made on 3 November 1857, before a large paying crowd that the company had invited against Brunel’s wishes. The ship moved a few feet, a winch handle spun out of control and killed a labourer, and the cradles jammed fast on the slipway.",
            "Over the following weeks hydraulic rams, chains, capstans and steam tugs were used to edge her down towards the water, sometimes only an inch at a time, while crowds came back to watch and the newspapers made fun of the whole affair. |On 31 January 1858, on a high tide, she finally floated. The launch had cost the company a fortune, and before she ever sailed it had been reorganised and the ship renamed from Leviathan to Great Eastern.",
        ]},
        {"title": "An Unlucky Ship", "paras": [
            "Brunel, exhausted and ill, suffered a stroke on board in September 1859, a few days before her first trial trip. Soon afterwards a feed-water heater exploded as she steamed down the Channel off Hastings, and five stokers died of their injuries. Brunel died on 15 September 1859 without ever seeing his ship cross the Atlantic.",
            "She never ran to Australia. As a liner on the New York route she rarely carried more than a few hundred passengers, and the company that owned her failed. Her real career began in 1865, when her vast holds were filled with telegraph cable.",
            "Londoners never quite forgot the launch. For years afterwards the word leviathan was used in jokes about any scheme that was too large for its own good, and the failed first attempt was retold in music-hall songs.",
        ]},
    ],
    "caption": {"position": "Above", "text": "The hull on the launching ways at Millwall in late 1857, with the checking chains in place.", "credit": "Photograph: Redriff Collection, Rotherhithe"},
    "pull": "“Three months, and an inch at a time”",
    "jump_out": "Continued on page 2",
    "jump_in": "Continued from page 1",
    "table_title": "By the numbers",
    "table": [["Length", "692 feet"], ["Hull plates", "about 30,000"], ["Afloat", "31 January 1858"], ["Broken up", "1889–1890"]],
    "sidebar_title": "Where Is She Now?",
    "sidebar": "In 1866 the Great Eastern laid the first lasting telegraph cable across the Atlantic, and she went on to lay lines to India. She ended her days as a floating showboat and advertising hoarding on the Mersey, and was broken up at Rock Ferry in 1889 and 1890. Taking her apart took well over a year.",
    "notice": "Stand where the crowds stood: the timber launching ways are still visible at low tide. Guided walks leave the museum gate at 11 am on Saturdays.",
}

# ---------------------------------------------------------------------------
# 2. micrographia_1665 — gallery guide with numbered stops (@peculiar/pdf-doc)
# ---------------------------------------------------------------------------
MICROGRAPHIA = {
    "kicker": "GALLERY GUIDE · ROOM 6",
    "title_lines": ["A World in", "a Drop of Light:", "Hooke’s Micrographia"],
    "title": "A World in a Drop of Light: Hooke’s Micrographia",
    "intro": "In January 1665 the Royal Society’s curator of experiments published a large book of drawings made through a microscope. Micrographia showed readers a world they had never seen, and it became one of the first scientific best sellers. This guide takes you to four stops in Room 6.",
    "run_left": "Hartwell House of Science",
    "run_right": "Gallery guide · Room 6",
    "folios": ["2", "3"],
    "stops": [
        {"n": "1", "audio": "Audio 41", "title": "Looking Through the Lens", "paras": [
            "Robert Hooke was born in 1635 at Freshwater on the Isle of Wight, the son of a curate. At Oxford he became the assistant of the chemist Robert Boyle^†^, and built for him the air pump with which Boyle studied the pressure of gases.",
            "In 1662 the new Royal Society made Hooke its curator of experiments, with the duty of showing several new demonstrations at every weekly meeting. His microscope, made by the London instrument maker Christopher Cock, had two lenses in a tube of leather and card, and he lit his specimens with an oil lamp whose light was focused through a glass globe filled with water.",
        ]},
        {"n": "2", "audio": "Audio 42", "title": "The Flea and the Louse", "paras": [
            "The book’s most famous plates fold out to several times the size of its pages. A flea, drawn about eighteen inches long, shows the armour-like plates of its body and the hairs on its legs. A louse clings to a human hair as if to the trunk of a tree.",
            "Living insects would not keep still under the lens, so Hooke dosed an ant with brandy to quiet it. He studied each specimen many times, in different lights, before he drew it, because the tiny surfaces looked different from every angle |and he wanted to show what was really there rather than what a single view suggested. The plates were engraved from his drawings, and readers who had never looked through a microscope were astonished by them.",
        ]},
        {"n": "3", "audio": "Audio 43", "title": "Naming the Cell", "paras": [
            "Hooke cut a very thin slice of cork with a sharp penknife and saw that it was made of tiny boxes, like a honeycomb. He called them cells, after the small rooms of a monastery, and estimated that a cubic inch of cork held more than a thousand million of them.",
            "What he saw were the empty walls of dead plant cells. Nobody yet understood that all living things are built of cells; that idea took almost two more centuries to develop. |But the word he chose is the one biologists still use.",
        ]},
        {"n": "4", "audio": "Audio 44", "title": "Beyond the Microscope", "paras": [
            "Micrographia ranges far beyond small things. Hooke wrote about the colours of thin films such as soap bubbles, argued that fossils were the remains of creatures that had once lived, and compared the craters of the Moon with bubbles in boiling plaster.",
            "After the Great Fire of 1666 he worked with Christopher Wren as a surveyor of the rebuilt City of London. He quarrelled bitterly with Isaac Newton over light and gravity, and no portrait of him is known to survive.",
        ]},
    ],
    "caption": {"position": "Below", "text": "A modern replica of the microscope shown in the book, made for the museum in 1965.", "credit": "Hartwell House of Science, inv. HS 6.118"},
    "note": "† Boyle paid Hooke’s wages for several years after the Royal Society took him on.",
    "pull": "“The most ingenious book that ever I read in my life.” — Samuel Pepys, 21 January 1665",
    "sidebar_title": "The Draper of Delft",
    "sidebar": "In Delft, the cloth merchant Antonie van Leeuwenhoek read Micrographia and began grinding tiny single lenses of his own. In the 1670s he reported living “animalcules” in drops of pond water, the first description of bacteria and single-celled creatures. The Royal Society asked Hooke to check the claims, and in 1677 he saw them too.",
}

# ---------------------------------------------------------------------------
# 3. cheapside_hoard_1912 — exhibit label sheet (docugenr8-pdf)
# ---------------------------------------------------------------------------
CHEAPSIDE = {
    "kicker": "CASE 7 · THE JEWELLERS’ STREET",
    "title_lines": ["Treasure in", "the Cellar"],
    "title": "Treasure in the Cellar",
    "intro": "In 1912 workmen demolishing an old building in the City of London broke into a buried hoard of Elizabethan and Stuart jewellery. Nearly five hundred pieces were found, and nobody knows for certain who hid them. Four of them are shown in this case.",
    "run_left": "Friday Street Museum of the City",
    "run_right": "Label sheet 7 · final copy",
    "sections": [
        {"label": None, "title": "The Pickaxe Find", "paras": [
            "In June 1912 labourers were clearing cellars at the corner of Cheapside and Friday Street when a pickaxe broke through into a decayed wooden box packed with jewels. The men carried the finds away in their pockets, caps and handkerchiefs.",
            "Many of them took what they had found to George Fabian Lawrence, a dealer in Wandsworth who had long bought antiquities |from navvies on building sites. Lawrence quietly gathered most of the hoard and passed it to the new London Museum. Its trustees paid the workmen rewards so that more pieces would not be sold elsewhere.",
        ]},
        {"label": None, "title": "Who Hid It?", "paras": [
            "Cheapside had been the street of the goldsmiths for centuries. The hoard was probably a jeweller’s stock, hidden between about 1640 and the Great Fire of 1666, perhaps during the Civil War, and for some reason never recovered.",
            "The stones came from all over the world: emeralds from Colombia, rubies and spinels from Asia, diamonds from India, and cameos that were already ancient when they were buried. Together they show how far London’s trade reached in the early seventeenth century.",
        ]},
        {"label": None, "title": "From Sacks to Showcases", "paras": [
            "The London Museum put the jewels on display in 1914, and they have rarely been shown all together since then. Some pieces went to other collections, and a few were sold or lost before the museum had even heard of the find.",
        ]},
    ],
    "objects": [
        {"n": "14", "title": "Emerald Watch", "date": "Geneva, about 1600 · emerald, gold, enamel",
         "paras": ["A small watch whose case is carved from a single large emerald from Colombia. The hinged lid is cut from the same stone, so that the dial shows through green. Watches were new and costly luxuries in 1600, and this one may have been made to show off the stone rather than to keep good time."],
         "credit": "Lent by the Aldermanbury Trust · CH 1912.014"},
        {"n": "15", "title": "Salamander Brooch", "date": "About 1600 · gold, enamel, emeralds, diamonds",
         "paras": ["A lizard-like salamander, a creature once believed to live in fire, set with emeralds along its back. It was meant to be worn on a hat or pinned to a sleeve, where it would catch the candlelight."],
         "credit": "CH 1912.015"},
        {"n": "16", "title": "Stafford Intaglio", "date": "About 1640 · carved red stone, gold mount",
         "paras": ["A seal stone cut with the arms of William Howard, Viscount Stafford.",
                   "Howard took that title in 1640, so the hoard cannot have been buried before then. It is the best single clue to the date of the whole find."],
         "credit": "Lent by a private collector · CH 1912.016"},
        {"n": "17", "title": "Enamelled Chains", "date": "Late 1500s · gold, enamel, pearls",
         "paras": ["Lengths of chain made of small enamelled links in the shape of flowers and bows, worn looped across the body or twisted into the hair. Several were still tangled together when they were found, and the museum’s conservators took weeks to separate them without breaking the fragile enamel."],
         "credit": "CH 1912.017"},
    ],
    "caption": {"position": "Left", "text": "Workmen on the Cheapside site in the summer of 1912.", "credit": "Photograph: Bow Lane Archive"},
    "sidebar_title": "Stony Jack",
    "sidebar": "George Fabian Lawrence was known to London’s building workers as Stony Jack. For years he paid them small sums for coins, pots and pieces of metal turned up by their shovels, and in this way he saved thousands of objects that would otherwise have been lost or melted down. He later became an inspector of excavations for the London Museum.",
}

# ---------------------------------------------------------------------------
# 4. laki_eruption_1783 — Z-fold leaflet (@peculiar/pdf-doc)
# ---------------------------------------------------------------------------
LAKI = {
    "kicker": "LEAFLET 5 · FIRE AND ICE",
    "title_lines": ["The Summer", "of Haze:", "Laki, 1783"],
    "title": "The Summer of Haze: Laki, 1783",
    "intro": "In June 1783 a fissure opened in the highlands of southern Iceland and poured out lava and poisonous gas for eight months. The eruption brought famine to Iceland and a strange, stinking fog to much of Europe.",
    "footer": "Skaftá Valley Volcano Centre · Leaflet 5",
    "panels": [
        {"label": "A", "title": "A Row of Fire", "paras": [
            "On 8 June 1783 the ground split open near the mountain called Laki. Over the following months more than a hundred craters formed along a crack some twenty-seven kilometres long, and rivers of lava flowed down the valleys of the Skaftá and the Hverfisfljót towards the farms of the lowlands.",
            "It was one of the largest lava eruptions of the last thousand years. By the time it ended, in February 1784, the lava covered about six hundred square kilometres. Farms that had been worked for centuries disappeared under rough black rock, and their families had to flee to neighbouring districts that were already short of food.",
        ]},
        {"label": "B", "title": "The Fire Sermon", "paras": [
            "On 20 July, as the lava advanced towards the village of Kirkjubæjarklaustur, the pastor Jón Steingrímsson gathered his people in the church and preached to them while the building shook. When they came out, the flow had stopped a short distance away. |The service became known as the fire sermon, and the place where the lava halted can still be seen.",
            "Jón later wrote a long account of the eruption, describing the noise, the falling ash and the suffering of his parishioners. It is still one of the most important sources for what happened.",
        ]},
        {"label": "C", "title": "The Haze Famine", "paras": [
            "The worst damage came not from the lava but from the gas. Fluorine settled on the grass, and cattle, sheep and horses that grazed on it sickened and died in huge numbers. Without their animals, families had no milk, meat or wool. The haze also stunted the summer grass, so there was little hay to keep the surviving livestock alive through the winter.",
            "In the famine that followed, known in Iceland as the Móðuharðindin, about a fifth of the island’s people died. For a time the Danish government even considered moving the survivors to Denmark.",
        ]},
        {"label": "D", "title": "Fog over Europe", "paras": [
            "Through the summer of 1783 a dry, sulphurous haze hung over Britain and much of the Continent. The sun rose blood red, leaves withered, and people complained of headaches and breathing troubles. In Hampshire the naturalist Gilbert White wrote that the noonday sun looked as dull as the Moon.",
            "Parish records show that deaths in England rose sharply that summer, and the winter that followed was one of the coldest for many years. Scientists today think the gas cloud may have cooled the northern hemisphere for a year or more, and they study Laki to understand what a similar eruption might do now.",
        ]},
    ],
    "caption": {"position": "Above", "text": "The row of craters at Laki, seen from the air.", "credit": "Photograph: Kötlutangi Aerial Survey"},
    "pull": "Eight months of fire, two years of hunger",
    "sidebar_title": "Franklin’s Guess",
    "sidebar": "In Paris the American envoy Benjamin Franklin noticed that the summer sun was too weak to burn paper through a magnifying glass. In 1784 he suggested that the fog might have come from a volcano in Iceland, one of the first attempts to link an eruption to the weather far away. He also mentioned a second possible culprit, a meteor that had passed over Europe that summer.",
    "table_title": "Laki in figures",
    "table": [["Began", "8 June 1783"], ["Ended", "7 February 1784"], ["Craters", "about 140"], ["Lava", "about 15 km³"]],
    "address": ["Skaftá Valley Volcano Centre", "Klausturvegur 4, 880 Kirkjubæjarklaustur", "Open daily 10–17 · skaftavolcano.example"],
}

# ---------------------------------------------------------------------------
# 5. dale_dyke_flood_1864 — DOCX (docx4j for Python)
# ---------------------------------------------------------------------------
DALE_DYKE = {
    "header": "Loxley Valley Heritage Trail · Malin Bridge Room",
    "footer": "Exhibition text – for checking by the trail committee",
    "kicker": "MALIN BRIDGE ROOM",
    "title_lines": ["The Night the Dam Broke:", "Sheffield, 1864"],
    "title": "The Night the Dam Broke: Sheffield, 1864",
    "intro": "Just before midnight on 11 March 1864 a newly built reservoir dam above Sheffield gave way. The water tore down the Loxley valley and through the town, killing some two hundred and forty people. This room remembers them and the long fight for compensation that followed.",
    "sections": [
        {"label": "I", "title": "A Reservoir for a Growing Town", "paras": [
            "By the 1850s Sheffield’s steel and cutlery works were growing fast, and so was its need for clean water. The Sheffield Waterworks Company began building a chain of reservoirs in the hills to the west, among them a large one at Dale Dyke, near the village of Bradfield.",
            "Its earth embankment, with a core of puddled clay, was almost thirty metres high. In early 1864, with the work nearly finished, the reservoir was being filled for the first time. Nobody living in the valley below was warned that anything could go wrong, and most had never thought about the dam at all.",
        ]},
        {"label": "II", "title": "A Crack in the Bank", "paras": [
            "On the evening of 11 March, in a strong gale, a workman crossing the embankment noticed a crack along its face, wide enough to put his fingers into. Engineers were called out from Sheffield, and they tried to lower the water by opening the outlet valves and then by blasting a channel through the overflow weir.",
            "At about half past eleven the centre of the embankment gave way. Some three million cubic metres of water burst out in a wall that swept down the narrow valley towards Low Bradfield, Damflask and Malin Bridge.",
        ]},
        {"label": "III", "title": "Malin Bridge and Hillsborough", "paras": [
            "The flood reached Malin Bridge within about half an hour. Whole houses were carried away with the families asleep inside them, and some of the worst losses of the night were here, among them almost all of the Trickett household at the farm beside the river.",
            "The water went on through Hillsborough and along the River Don into the crowded lower parts of the town, wrecking mills, bridges and hundreds of houses before it spread out and slowed. |In the morning people searched the mud for the dead, and sightseers came from miles around to stare at the damage. Enterprising photographers sold prints of the ruins, and the railway ran extra trains for visitors.",
        ]},
        {"label": "IV", "title": "Counting the Cost", "paras": [
            "An inquest jury decided that the company had not taken enough care in building the dam. Parliament passed an act that allowed the company to raise its water rates, but obliged it to pay for the damage.",
            "Commissioners heard more than seven thousand claims, for everything from lost lives and ruined workshops to a single pair of boots. Their records survive and tell us much about ordinary lives in Victorian Sheffield. A smaller dam was built at Dale Dyke, further up the valley, and it was finished in 1875. A memorial stone now stands near the site of the old embankment.",
        ]},
    ],
    "note_mark_after": "jury",
    "note": "1 The jury also called for government inspection of all large reservoir dams.",
    "caption": {"position": "Above", "text": "Ruined cottages at Malin Bridge, drawn for a London weekly in March 1864.", "credit": "Courtesy of the Rivelin Print Room"},
    "pull": "“The water came down the valley like a moving wall”",
    "sidebar_title": "A Flood of Claims",
    "sidebar": "The claims commissioners sat for months in Sheffield. Each claimant filled in a printed form, and some added letters explaining exactly what had been lost. Today the papers are used by family historians looking for ancestors who lived and worked along the river in 1864.",
    "comment": "Check the figure of 240 against the memorial list before printing.",
    "table_title": "The flood at a glance",
    "table": [["Date", "11–12 March 1864"], ["Dam height", "about 29 metres"], ["Claims", "over 7,000"], ["Rebuilt", "1875"]],
}

# ---------------------------------------------------------------------------
# 6. fa_cup_final_1872 — HTML story page
# ---------------------------------------------------------------------------
FA_CUP = {
    "site": "Kennington Sporting History Museum",
    "doc_title": "The First Cup Final – Stories – Kennington Sporting History Museum",
    "kicker": "STORY · FOOTBALL GALLERY",
    "title": "The Little Tin Idol: The First FA Cup Final, 1872",
    "h1_lines": ["The Little Tin Idol:", "The First FA Cup Final, 1872"],
    "intro": "On a March afternoon in 1872 two teams of gentlemen amateurs met at the Kennington Oval in the first final of the oldest national football competition in the world. Only about two thousand people came to watch, but the competition they saw has been played almost every year since.",
    "sections": [
        {"label": "Part one", "title": "An Idea at the Sportsman", "paras": [
            "In July 1871 a small committee of the Football Association met in the offices of the Sportsman newspaper in London. Its secretary, Charles Alcock, proposed a knockout cup open to all member clubs, like the house competition he had known as a schoolboy at Harrow. The committee agreed, and a subscription was opened to pay for a trophy.",
            "Fifteen clubs entered the first season, most of them from London and the home counties. Some withdrew rather than travel, one of the semi-finals was played out in a draw, and a Scottish club, Queen’s Park, scratched because it could not afford a second trip to London.",
        ]},
        {"label": "Part two", "title": "Wanderers and Engineers", "paras": [
            "The final was played on 16 March 1872 between the Wanderers, a club of former public schoolboys captained by Alcock himself, and the Royal Engineers, a team of army officers from Chatham who were favourites to win.",
            "The Engineers lost one of their players, Lieutenant Creswell, to a broken collarbone early in the game, but he stayed on the field because no substitutes were allowed. He spent the rest of the afternoon limping on the wing, more a spectator than a player.",
        ]},
        {"label": "Part three", "title": "One Goal by a Chequer", "paras": [
            "The only goal came after about fifteen minutes, scored by Morton Betts. He played under the name A. H. Chequer, short for “a Harrow Chequer”, a nod to the old boys’ club he had belonged to. The crowd of about two thousand had each paid a shilling to watch.",
            "The Wanderers were presented with the trophy some weeks later, at a dinner. They won the cup again the following year, when as holders they went straight to the final.",
            "The Engineers had their revenge in 1875, when they beat the Old Etonians after a replay. It remains the only time an army team has won the cup.",
        ]},
        {"label": "Part four", "title": "The Stolen Cup", "paras": [
            "The first trophy was a small silver cup that had cost about twenty pounds. Players called it the little tin idol. In 1895, while it was held by Aston Villa, it was put on show in the window of a Birmingham shoemaker’s shop, and it was stolen overnight.",
            "It was never recovered. Many years later an elderly man claimed that he had melted it down to make counterfeit coins, but his story has never been proved.",
            "A copy of the original trophy was made and used until 1910. In 1911 it was presented to Lord Kinnaird, the association’s president, who had played in nine finals, and the cup that replaced it was designed and made by a firm of silversmiths in Bradford.",
        ]},
    ],
    "figure_mid": {"position": "Left", "text": "A match at the Oval drawn for an illustrated weekly in the early 1870s.", "credit": "Image: Vauxhall Walk Picture Library"},
    "figure_end": {"position": None, "text": "The FA Cup trophy made to replace the stolen one, photographed in the 1900s.", "credit": "Image: Durning Road Photographic Trust"},
    "pull": "“A little tin idol” — the players’ name for the first cup",
    "sidebar_title": "Football Before the Rules Settled",
    "sidebar": "In 1872 the rules were still young. Teams changed ends after every goal, there was no crossbar but a tape between the posts, and most players charged forward in a pack, dribbling the ball, while only one or two stayed back to defend their goal.",
}
