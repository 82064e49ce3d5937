# All texts of the r28 hand-laid exhibit set. Written for this set; museums, lenders,
# credits and accession numbers are invented. "^n^" marks a glued note mark (not gold).
import re


def gold_text(s):
    return re.sub(r"\^\d+\^", "", s)


# ---------------------------------------------------------------- 1 Matterhorn (newspaper)
MATTERHORN = {
    "name": "matterhorn_first_ascent_1865",
    "masthead": "The Alpine Courier",
    "dateline_left": "Exhibition broadsheet No. 4 · Hall of Mountaineering",
    "dateline_right": "Free to visitors · Take one",
    "inside": ["INSIDE", "The broken rope, page 2", "Who was to blame? page 2"],
    "title_lines": ["Summit and Fall:", "The First Ascent of the Matterhorn, 1865"],
    "intro": "On 14 July 1865 seven men stood on the top of the mountain that had turned back every earlier attempt. Within an hour of leaving the summit, four of them were dead, and the triumph became the most argued-over accident in the history of climbing.",
    "sections": [
        (None, "A Mountain Nobody Could Climb", [
            "By the early 1860s most of the great Alpine summits had been reached, many of them by British climbers with Swiss and French guides. The Matterhorn, rising alone above Zermatt on one side and Breuil on the other, was the obvious exception. Its faces looked impossibly steep from the valley, and local people said that spirits lived among its rocks.",
            "Edward Whymper, a young London wood engraver who had first come to the Alps to make illustrations for a publisher, tried the mountain again and again from the Italian side. He often climbed with Jean-Antoine Carrel, a guide from Breuil who wanted the first ascent to belong to Italy.",
        ]),
        (None, "A Race Between Two Ropes", [
            "In July 1865 Whymper learned that Carrel had set out from Breuil with a large, well-supplied Italian party. Left without a guide, he crossed to Zermatt and joined forces with the Reverend Charles Hudson, a strong amateur, who brought his inexperienced young companion Douglas Hadow. Lord Francis Douglas and the Zermatt guides Peter Taugwalder, father and son, completed the group, and the great Chamonix guide Michel Croz led it.",
            "They chose the north-east ridge above Zermatt, which turned out to be far easier than it looked from below. After a night in a tent on the ridge they reached the summit early in the afternoon. Whymper looked over the edge and saw the Italians several hundred metres below; he and Croz threw stones to make them notice that they had lost the race.",
        ]),
        (None, "Four Men Fall", [
            "The party began the descent roped together, with Croz in front and Hadow, who was slipping often, close behind him. On a steep slab Hadow lost his footing and struck Croz, and both fell, dragging Hudson and Douglas with them. The rope between Douglas and the elder Taugwalder snapped, and the four men fell nearly a kilometre down the north face.",
            "Whymper and the two Taugwalders, badly shaken, spent a second night on the mountain before coming down to Zermatt. Searchers later found three of the bodies on the glacier. Douglas was never found.",
        ]),
        (None, "Questions in Zermatt", [
            "A court of inquiry met in Zermatt within days. It cleared the surviving guides, but rumour said that old Taugwalder had cut the rope to save himself. The rope that broke was the thinnest and weakest the party carried, and nobody could say why it had been used between those two men. Whymper himself hinted at blame in print and never quite withdrew it, and the guide lived under the suspicion for the rest of his life.",
            "Newspapers across Europe asked whether climbing was worth such losses, and Queen Victoria is said to have wondered whether it should be forbidden. Three days after the accident Carrel reached the summit from the Italian side.",
        ]),
    ],
    "caption1": ("Above", "The Matterhorn seen from the meadows above Zermatt, with the north-east ridge on the left skyline.", "Photograph: Gornergrat Print Room, AC 1902.17"),
    "caption2": ("Below", "The broken length of rope, with its frayed end, as it was shown at the Zermatt inquiry.", "Lent by the Valais Guides’ Association, VGA 44"),
    "pull": "“From the top we could see the whole of the Alps, and not one of us spoke.”",
    "sidebar": ("The Rope in the Case", [
        "The rope that failed is still kept in Zermatt. It was far thinner than the two other ropes the party had with them, and climbers came to treat it as a warning to carry sound equipment and never to trust the weakest link in a chain of men.",
    ]),
    "notices_head": "AT THE HALL THIS SEASON",
    "notices": [
        ("Talks in the Rope Room", "Every Saturday at eleven, a curator shows how climbing ropes were made and tested in the nineteenth century. No booking needed."),
        ("Family trail", "Pick up a trail card at the desk and find the seven ice axes hidden around the hall. Children who finish it receive a paper summit badge."),
        ("Guided walk to the Hörnli path", "On Sundays in July and August a local guide leads a gentle walk to the first viewpoint on the old route. Stout shoes are essential."),
    ],
    "continued_out": "Continued on page 2",
    "continued_in": "Continued from page 1",
    "header2": ("The Alpine Courier", "Summit and Fall, 1865"),
}

# ---------------------------------------------------------------- 2 Mold cape (label rail)
MOLD = {
    "name": "mold_gold_cape_1833",
    "kicker": "CASE 12 · BRONZE AGE GOLD",
    "title_lines": ["A Cape of Gold", "from the Goblins’ Hill, Mold 1833"],
    "intro": "In 1833 workmen looking for stone broke into an old burial mound near Mold in north-east Wales. Inside they found a skeleton wrapped in a sheet of beaten gold, crushed flat and torn. It took more than a century to understand what it was.",
    "labels": [
        ("12.1", "The Cape",
         "The cape was hammered from a single ingot of gold into a thin sheet, then decorated with rows of ribs and bosses pressed up from behind. It fitted closely around the shoulders and upper arms, coming down in front almost to the waist. Nothing else like it is known anywhere in Europe, and it is among the finest pieces of prehistoric sheet-gold work ever found. Traces suggest that it was once lined with leather or cloth.",
         ("Above", "The cape as restored, seen from the front.", "Lent by the Clwyd Valley Museum, CVM 1834.2")),
        ("12.2", "Found in a Stone Cist",
         "The mound stood in a field called Bryn yr Ellyllon, the hill of the goblins or fairies. When labourers removed its stones to mend a road they uncovered a cist, a box of stone slabs, holding the remains of one person, the crushed gold sheet and a quantity of amber beads. The bones crumbled and were not kept.",
         ("Above", "The field at Bryn yr Ellyllon from an estate plan of about 1840.", "Flintshire Record Office, FRO D/M/211")),
        ("12.3", "Shared Out and Scattered",
         "The finders divided much of the gold between them, and pieces went into private hands. The largest part reached the British Museum in 1836, but fragments kept turning up for years afterwards, and some are still missing. A local story told of a golden figure seen on the mound long before the discovery.",
         ("Above", "A small fragment returned by a family in Chester in 1912.", "Lent by a private collector, CVM L.2011.6")),
        ("12.4", "Putting the Pieces Together",
         "For a long time the crumpled sheet was thought to be part of a breastplate or a horse’s harness. Only careful work by conservators in the twentieth century showed that it was a cape for a person, and that it had been made around 1900 to 1600 BC, when bronze was new in Britain. The pieces were mounted on a shaped backing so that the missing areas could be seen for what they are.",
         ("Above", "Conservators laying the fragments on a shaped support.", "Photo: Museum Conservation Studio, CVM P.1967.3")),
        ("12.5", "Who Wore It?",
         "The cape is small and would have held the wearer’s arms tight against the body, so it could not have been worn for work or for fighting. Most scholars think it was used in ceremonies. Its size suggests a slender adult or a young person, perhaps a woman, though the lost bones can no longer settle the question.",
         ("Above", "A modern replica worn by a volunteer, showing how little the arms can move.", "Photo: Alun Pritchard for the museum, CVM P.2019.8")),
        ("12.6", "Amber from the Baltic",
         "Around two hundred amber beads were found with the body, though only one survives today. Amber in Bronze Age Britain usually came from the shores of the Baltic Sea, so the beads show that the people buried at Mold were linked to trading routes that reached far across northern Europe. Amber was prized for its warm colour and for the faint scent it gives off when rubbed.",
         ("Above", "The single surviving amber bead, shown larger than life.", "Lent by the Grosvenor Antiquarian Society, GAS 77")),
    ],
    "sidebar": ("Gold in Early Wales", [
        "Gold was panned from the rivers of Ireland and Wales in the Bronze Age and worked into neck rings, bracelets and ear ornaments. The Mold cape is unusual because it used so much metal in one piece and because of its size and shape.",
        "Sheet gold was worked cold with stone or bronze punches and smooth hammers, and it had to be heated gently again and again to keep it from splitting. A sheet as large as the cape shows great skill and patience.",
    ]),
    "footer": ("Clwyd Valley Museum · Gallery 3", "Label rail 12"),
}

# ---------------------------------------------------------------- 3 Semmelweis (justified, run-in heads)
SEMMELWEIS = {
    "name": "semmelweis_handwashing_1847",
    "kicker": "MEDICINE GALLERY · PANEL TEXT",
    "title_lines": ["Wash Your Hands:", "Ignaz Semmelweis in Vienna, 1847"],
    "intro": "In the 1840s many women who gave birth in hospital died a few days later of a fever that nobody could explain. A young doctor in Vienna found a way to prevent most of those deaths, but he could not persuade his colleagues that he was right.",
    "sections": [
        ("1", "Two Clinics, Two Fates", [
            "The Vienna General Hospital ran one of the largest maternity wards in Europe. It was divided into two clinics that admitted women on alternate days. The First Clinic trained medical students; the Second Clinic trained midwives.^1^ Together they delivered several thousand babies a year.",
            "Ignaz Semmelweis, a Hungarian doctor who became an assistant in the First Clinic in 1846, noticed that its death rate from childbed fever was far higher than in the Second. Women knew it too and begged not to be sent there, and some preferred to give birth in the street on the way to hospital rather than risk it. Strangely, those street births rarely ended in fever.",
        ]),
        ("2", "A Death in the Dissecting Room", [
            "Semmelweis ruled out overcrowding, the weather and the shame of being examined by men, since none of these differed between the clinics. He even changed the route of the priest who walked through the wards ringing a bell for the dying, in case the sound frightened patients. In 1847 his friend Jakob Kolletschka, a professor of forensic medicine, was cut by a student’s knife during a post-mortem examination and died of an illness that looked exactly like childbed fever.",
            "Semmelweis concluded that the students and doctors, who came straight from dissecting corpses to examine women in labour, were carrying some “cadaverous particles” on their hands. The midwives did no dissections.",
        ]),
        ("3", "Chlorine in a Basin", [
            "In May 1847 he ordered everyone entering the First Clinic to scrub their hands in a solution of chlorinated lime until the smell of the dissecting room was gone.^2^ Within months the death rate fell to about the same level as in the midwives’ clinic, and in some months nobody died at all. Later he required instruments to be washed as well.",
            "Senior doctors were not convinced. Semmelweis’s explanation did not fit the accepted idea that disease came from bad air and imbalances in the body, and it implied that the doctors themselves had been killing their patients. He published little, and his position in Vienna was not renewed. In 1850 he left the city suddenly, without telling even his friends.",
        ]),
        ("4", "Proved Right Too Late", [
            "He moved to Pest, where he cut deaths in the maternity ward of the St Rochus Hospital in the same way, and in 1861 he finally published a book setting out his findings. His open letters to critics grew angry and bitter. In 1865 he was taken to an asylum near Vienna and died there within two weeks.",
            "The work of Louis Pasteur on germs and of Joseph Lister on antiseptic surgery soon made sense of what Semmelweis had seen. Today he is remembered in Hungary as the saviour of mothers, and washing hands between patients is one of the first rules of medicine.",
        ]),
    ],
    "sidebar": ("What Was Childbed Fever?", [
        "Puerperal or childbed fever is an infection of the womb after birth, usually caused by streptococcus bacteria. Before antiseptics and antibiotics it could spread quickly through a ward and kill a large share of new mothers.",
    ]),
    "caption": ("Left", "A washbasin and jug of the kind set out at the clinic door.", "Lent by the Pest Medical History Collection, PMHC 1905.22"),
    "table": ("Deaths in the two clinics", [("", "Births", "Deaths"), ("First Clinic, 1846", "4,010", "459"), ("Second Clinic, 1846", "3,754", "105"), ("First Clinic, 1848", "3,556", "45")]),
    "notes": [
        "1 The clinics took turns admitting patients every twenty-four hours.",
        "2 Chlorinated lime is calcium hypochlorite, the bleaching powder of the day.",
    ],
    "header": ("Josephinum Museum of Medicine", "Medicine Gallery"),
    "folios": ("14", "15"),
}

# ---------------------------------------------------------------- 4 Mechanical Turk (out-of-order columns)
TURK = {
    "name": "mechanical_turk_1770",
    "kicker": "GALLERY OF ILLUSIONS",
    "title_lines": ["The Chess Player", "Who Was Not There:", "The Mechanical Turk, 1770–1854"],
    "intro": "For more than eighty years a wooden figure in a turban beat chess players across Europe and America. Audiences argued about how it worked. The answer was simple, but the secret was kept remarkably well.",
    "sections": [
        ("01", "A Gift for an Empress", [
            "In 1770 Wolfgang von Kempelen, an engineer and official at the Habsburg court, presented a new marvel to the Empress Maria Theresa in Vienna. A life-size figure dressed as a Turk sat behind a large wooden cabinet with a chessboard on top. Its left arm moved the pieces, its head turned, and it could take on any challenger in the room.",
            "Before each game Kempelen opened the doors of the cabinet one after another and shone a candle inside, showing wheels, cogs and levers. The audience was meant to believe that the machinery itself was playing.",
        ]),
        ("02", "Across Europe", [
            "Kempelen treated the machine as a distraction from his serious work and took it on tour only reluctantly. In the 1780s it played in Paris and London, where crowds paid to watch and writers published pamphlets guessing at the trick. Benjamin Franklin is said to have played it in Paris. In London the engineer Edmund Cartwright watched it and began to wonder whether a machine could also weave cloth.",
            "After Kempelen’s death in 1804 the Turk was bought by Johann Maelzel, a showman and maker of musical machines. In 1809, at Schönbrunn Palace, it played Napoleon, who is reported to have made illegal moves on purpose until the figure swept the pieces off the board.",
        ]),
        ("03", "The Turk in America", [
            "Maelzel shipped the Turk to the United States in 1826 and toured it from Boston to New Orleans. In 1836 the writer Edgar Allan Poe published an essay arguing that a hidden person must be directing it, although several of his reasons were wrong.",
            "After Maelzel died at sea in 1838 the machine was sold, and it ended up in the Chinese Museum in Philadelphia. In July 1854 a fire spread through the building and the Turk was destroyed. Its owner, the physician John Kearsley Mitchell, had restored it and shown it to friends, and his son later wrote down what the family knew of its workings.",
        ]),
        ("04", "Inside the Cabinet", [
            "The secret was a strong chess player hidden in the cabinet, who slid along a seat as the doors were opened so that he was always behind whichever part was closed. Magnets under the board showed him the moves, and a lever linked to the arm let him make his own by candlelight.",
            "The Turk is remembered now as a clever hoax, but it also made people ask whether a machine could ever really think, a question that later computer chess programs would answer in their own way. Several strong players took turns inside it over the years, among them Johann Allgaier in Vienna and William Schlumberger in America.",
        ]),
    ],
    "caption": ("Left", "An engraving of 1783 showing the cabinet with its doors open and the machinery on view.", "Museum of Automata and Play, MAP 1911.40"),
    "pull": "“The wooden player never blinked. Its opponents often did.”",
    "table": ("Famous opponents", [("Year", "Place", "Opponent"), ("1783", "Paris", "Benjamin Franklin (reputed)"), ("1809", "Vienna", "Napoleon Bonaparte"), ("1819", "London", "many amateurs")]),
    "sidebar": ("Kempelen’s Talking Machine", [
        "Kempelen himself was prouder of another invention. For more than twenty years he worked on a machine with bellows, a reed and a leather mouth that could pronounce short words and phrases, and in 1791 he published a book describing how it imitated the human voice.",
    ]),
    "footer": ("Museum of Automata and Play", "Gallery of Illusions · Panel 9"),
}

# ---------------------------------------------------------------- 5 Lindow Man (DOCX)
LINDOW = {
    "name": "lindow_man_1984",
    "kicker": "PEATLAND GALLERY",
    "title_lines": ["Found in the Peat:", "Lindow Man, 1984"],
    "intro": "In August 1984 a piece of leg turned up on a conveyor belt at a peat works in Cheshire. Archaeologists went back to the bog and found the rest of a man who had lain there for nearly two thousand years.",
    "sections": [
        ("Bay 1", "A Foot on the Conveyor", [
            "Lindow Moss, near Wilmslow, had been cut for peat for centuries. In 1983 workers there had found part of a human skull, and a local man, thinking it was the remains of his murdered wife, confessed to killing her. Tests later showed that the skull was ancient, but he was convicted all the same.",
            "The following year one of the same workers, Andy Mould, saw what he took to be a piece of wood fall from the machinery and threw it aside. It was a human foot. The police were called again, and this time archaeologists carefully lifted a block of peat containing the upper body of a man. It took weeks of patient work in a laboratory to free him from the peat around him.",
        ]),
        ("Bay 2", "A Body Preserved by a Bog", [
            "Acid, cold water and the lack of oxygen in the bog had dissolved most of the man’s bones but kept his skin, hair, nails and stomach. He was in his mid-twenties, about 1.7 metres tall, with a trimmed beard and moustache and well-kept fingernails, which suggests he did not do hard manual work. His hair and beard had been cut with shears not long before he died.",
            "Radiocarbon dating placed his death in the first century AD, around the time the Romans reached north-west England, though the dates have been debated. Scientists used X-rays, scans and microscopes to study him without cutting the body open more than necessary.",
        ]),
        ("Bay 3", "How Did He Die?", [
            "The body showed several injuries. He had been hit hard on the head, a thin cord was tight around his neck and may have strangled him, and there was a wound at his throat. Some researchers see this as a ritual killing, perhaps a sacrifice to the gods; others argue that some of the damage happened after death, under the weight of the peat.",
            "His last meal was a piece of griddle bread made from wheat and barley. Traces of mistletoe pollen in his gut caught the imagination because Roman writers linked mistletoe with the druids.",
        ]),
        ("Bay 4", "Pete Marsh Goes to London", [
            "The newspapers nicknamed him Pete Marsh. Freeze-dried to stop him decaying further, he went on display at the British Museum, where he is one of the best-known bog bodies in the world. He has returned to Manchester on loan more than once, and some people in Cheshire would like him to stay there.",
            "Further remains found at Lindow Moss in 1987 and 1988 may belong to other bodies, or to the lower half of the same man. Peat cutting there has now stopped, and the moss is being allowed to grow wet again.",
        ]),
    ],
    "caption": ("Above", "The peat block containing the body, photographed in the laboratory soon after it was lifted.", "Photo: Wilmslow Heritage Archive, WHA 1984/112"),
    "pull": "“A face that had not seen daylight since the Romans came north.”",
    "sidebar": ("What Is a Bog Body?", [
        "A bog body is a human body preserved in a peat bog. Hundreds are known from northern Europe, especially Denmark, Ireland, Germany and the Netherlands, and many of them seem to have been deliberately placed in the water.",
    ]),
    "dates": [("1983", "Part of a skull found at Lindow Moss"), ("1 August 1984", "A foot found on the conveyor"), ("1984–1985", "Body studied and freeze-dried"), ("1987", "Lindow Man displayed in London")],
    "header": "Cheshire Mosses Museum · Peatland Gallery draft",
    "footer": "Text panels for Bays 1–4",
}

# ---------------------------------------------------------------- 6 Ashes (HTML)
ASHES = {
    "name": "ashes_urn_1882",
    "site": "Kennington Cricket Heritage Trust",
    "kicker": "Online exhibition",
    "title_lines": ["Seven Runs Short:", "The Birth of the Ashes, 1882"],
    "intro": "At the Oval in August 1882 England lost a Test match at home to Australia for the first time. A joke in a sporting paper turned the defeat into one of the oldest rivalries in sport, and a small pottery urn became its symbol.",
    "sections": [
        ("Innings 1", "A Low-Scoring Game", [
            "The match began on 28 August 1882 on a damp pitch that made batting difficult. Australia were bowled out for 63 in their first innings, and England, captained by Albert Hornby, managed only 101 in reply. Australia did better at their second attempt, thanks largely to an innings of 55 by the opening batsman Hugh Massie, and England needed just 85 runs to win. Few spectators expected a contest.",
            "Rain the day before had left the surface soft, so the ball kept low and turned sharply. Twenty wickets fell on the first day alone, and neither side could be sure what a good score would be.",
        ]),
        ("Innings 2", "The Demon Bowls", [
            "Fred Spofforth, the fast bowler known as the Demon, had been angered by what he saw as sharp practice when England ran out an Australian batsman who had left his crease to pat down the pitch. He told his team-mates that the match could be won.",
            "He took seven wickets in the second innings. England collapsed from a strong start, and the tension in the crowd was so great that one spectator is said to have died of a heart attack and another to have gnawed through the handle of his umbrella. The last England batsman was out with the score on 77, and Australia won by seven runs.",
        ]),
        ("Innings 3", "A Mock Obituary", [
            "A few days later the Sporting Times printed a notice in memory of English cricket, which had died at the Oval. The body, it said, would be cremated and the ashes taken to Australia. The writer was the journalist Reginald Shirley Brooks.",
            "That winter the Honourable Ivo Bligh led an English team to Australia, promising to bring the ashes back. Australian newspapers took up the joke, and crowds came to see the young captain and his team. After England won the series, a group of ladies in Melbourne is said to have given him a small terracotta urn, probably once a perfume jar, as a joke.",
        ]),
        ("Innings 4", "The Urn at Lord’s", [
            "Bligh married one of those women, Florence Morphy, and kept the urn at his home. She later became Countess of Darnley when he inherited the family title. After his death in 1927 his widow gave it to the Marylebone Cricket Club, and it has been shown at Lord’s ever since. What exactly it contains, whether burnt bails, a ball or something else, has never been settled.",
            "Because the urn is so fragile, it has travelled to Australia only twice. Since 1999 the winners of a series have received a larger crystal trophy in the same shape. The little urn stays in London whoever wins, and visitors can see it in the museum at Lord’s.",
        ]),
    ],
    "caption": ("Right", "The Oval scorecard for the second innings, with Spofforth’s figures circled in pencil by a spectator.", "Kennington Cricket Heritage Trust, KCHT 1882.09"),
    "pull": "“Eighty-five to win, and every run felt like a hundred.”",
    "sidebar": ("Why Is It Called a Test?", [
        "Matches between England and Australia came to be called Test matches because they tested the strength of the two sides. The first one recognised today was played in Melbourne in March 1877, and Australia won it.",
    ]),
}

ALL = [MATTERHORN, MOLD, SEMMELWEIS, TURK, LINDOW, ASHES]
