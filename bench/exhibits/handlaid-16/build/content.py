"""All texts of hand-laid set 16. Every generator builds its document and its gold from these strings."""
import json, os

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def S(label, title, paras, captions=()):
    return dict(label=label, title=title, paras=list(paras), captions=[dict(position=p, text=t, credit=c) for p, t, c in captions])


def gold(ex, running):
    secs = [dict(label=None, title=ex["title"], blocks=[dict(kind="paragraph", text=ex["intro"])])]
    for s in ex["sections"]:
        b = [dict(kind="paragraph", text=p) for p in s["paras"]]
        b += [dict(kind="caption", text=c["text"], position=c["position"], credit=c["credit"]) for c in s["captions"]]
        secs.append(dict(label=s["label"], title=s["title"], blocks=b))
    if ex.get("sidebar"):
        t, ps = ex["sidebar"]
        secs.append(dict(label=None, title=t, blocks=[dict(kind="paragraph", text=p) for p in ps]))
    clean = lambda x: x.replace("\u00ad", "") if isinstance(x, str) else x
    def walk(o):
        if isinstance(o, dict):
            return {k: walk(v) for k, v in o.items()}
        if isinstance(o, list):
            return [walk(v) for v in o]
        return clean(o)
    return walk(dict(title=ex["title"], running=running, sections=secs))


def write_gold(name, ex, running):
    with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(gold(ex, running), f, ensure_ascii=False, indent=2)
        f.write("\n")


# ---------------------------------------------------------------- 1. pdfmake
CHICAGO = dict(
    title_lines=["Three Days of Fire:", "Chicago, October 1871"],
    title="Three Days of Fire: Chicago, October 1871",
    intro="On the night of 8 October 1871 a fire that began in a barn on the West Side of Chicago crossed the river "
          "twice and burned for more than a day. When rain at last helped to put it out, the heart of the fastest-growing "
          "city in America was gone.",
    sections=[
        S("Part I", "A City Built of Wood", [
            "Chicago in 1871 was a boom town of about 300,000 people. Most of its houses, barns and sheds were built of "
            "pine, and even many of its streets and sidewalks were made of planks laid over the mud. Grand stone and "
            "brick buildings stood in the business district, but many of them had wooden cornices and tar roofs.",
            "The summer and autumn had been very dry. Only a few inches of rain had fallen since July, and the city’s "
            "firemen were worn out after fighting a large fire on the West Side the night before. A strong, hot wind "
            "was blowing from the south-west.",
        ], [("Left", "A Chicago street of timber cottages and plank sidewalks, photographed a few years before the fire.",
             "Lakeshore Historical Society, Halvorsen Collection")]),
        S("Part II", "The O’Learys’ Barn", [
            "The fire started at about nine o’clock in the evening in a barn behind the cottage of Patrick and Catherine "
            "O’Leary on DeKoven Street. A newspaper story soon blamed Mrs O’Leary’s cow for kicking over a lantern. The "
            "reporter later admitted that he had made it up, and the real cause has never been found.",
            "A watchman saw the flames, but the alarm was sent to the wrong fire box, and the engines were slow to "
            "arrive. By then the wind was carrying burning boards and sparks from roof to roof. Shortly before "
            "midnight the fire jumped the south branch of the Chicago River.",
        ]),
        S("Part III", "Across the River", [
            "In the early hours of 9 October the flames reached the business district. The courthouse bell rang until "
            "the building itself caught fire, and the great bell crashed down through the burning tower. Banks, "
            "hotels, theatres and newspaper offices were destroyed one after another.",
            "Then the fire crossed the main river to the North Side. The pumping station of the waterworks, under a "
            "wooden roof, caught fire, and the pumps stopped. With no water in the mains, the firemen could do little "
            "more than watch. Tens of thousands of people fled to the lake shore, and some waded into the water to "
            "escape the heat.",
            "Rain began to fall late on the evening of 9 October, and by the next morning the fire had burned itself "
            "out at the northern edge of the city.",
        ], [("Right", "The stone Water Tower on Chicago Avenue, one of the few buildings in the burned district left standing.",
             "Photo: Emil Kroner, courtesy of the Prairie Rail and Lake Museum")]),
        S("Part IV", "Rebuilding", [
            "About 300 people died, and around 100,000, roughly a third of the city, were left homeless. Some 17,500 "
            "buildings had burned across an area more than four miles long. Money, food and clothing poured in from "
            "across the United States and from abroad.",
            "Chicago rebuilt at astonishing speed. New rules required brick or stone in the city centre, and within "
            "twenty years the population had more than tripled. Architects who came to work on the new downtown went "
            "on to design some of the world’s first skyscrapers.",
        ], [("Above", "Relief tents and wooden shelters on the lake front in the week after the fire.",
             "Courtesy of the Ward Family Papers")]),
    ],
    sidebar=("The Legend of the Cow", [
        "Catherine O’Leary told the official inquiry that she had been in bed when the fire began. The inquiry did not "
        "find a cause. In 1997 the Chicago City Council passed a resolution clearing her, and her cow, of blame."]),
    pullquote="“The fire jumped the south branch of the river shortly before midnight.”",
)

# ---------------------------------------------------------------- 2. XeLaTeX + multicol
KLONDIKE = dict(
    kicker="Northern Gallery · Temporary Display",
    title_lines=["Gold on the Klondike:", "The Stampede of 1896–1899"],
    title="Gold on the Klondike: The Stampede of 1896–1899",
    intro="In the summer of 1896 gold was found in a creek of the Yukon, far in the north-west of Canada. Within two years "
          "tens of thousands of people had set out for a place most of them could not have found on a map.",
    sections=[
        S("Stage 1", "Bonanza Creek", [
            "On 16 August 1896 George Carmack, his wife Kate Carmack and her brother Skookum Jim Mason, with their "
            "nephew Dawson Charlie, found rich gold on Rabbit Creek, a small stream that flows into the Klondike River. "
            "The creek was soon renamed Bonanza. Which of them saw the gold first is still argued about.",
            "Miners already working in the Yukon rushed to stake claims, and by the winter the best ground on "
            "Bonanza and the nearby Eldorado Creek had been taken. The outside world did not yet know.",
        ], [("Above", "A prospector’s gold pan, scales and poke (a small leather bag for gold dust).",
             "Courtesy of the Whitehorse Pioneer Families Trust")]),
        S("Stage 2", "A Ton of Gold", [
            "In July 1897 two steamers reached San Francisco and Seattle carrying miners from the Yukon with sacks and "
            "jars of gold. A Seattle newspaper spoke of a “ton of gold”. The country was deep in an economic "
            "depression, and the news set off a stampede.",
            "Clerks, farmers, policemen and even the mayor of Seattle left their jobs. Perhaps 100,000 people set out "
            "for the Klondike, but only about 30,000 to 40,000 of them ever reached it.",
        ]),
        S("Stage 3", "Over the Passes", [
            "Most stampeders landed at Skagway or Dyea in Alaska and crossed the coast mountains by the White Pass or "
            "the steeper Chilkoot Pass. The North-West Mounted Police at the border would let no one into Canada "
            "without about a year’s supply of food, so each person had to haul roughly a ton of goods to the summit.",
            "On the Chilkoot the last climb was cut into a staircase of ice, the “Golden Stairs”. A man carrying a "
            "heavy pack might need thirty or forty trips to move his outfit over the pass. On the White Pass "
            "thousands of overloaded pack horses died.",
            "Beyond the mountains the stampeders built boats at Lake Bennett and, when the ice broke in May 1898, set "
            "off down more than 800 kilometres of lakes and river to the gold fields.",
        ], [("Right", "Stampeders climbing the Golden Stairs to the summit of the Chilkoot Pass in the winter of 1897–1898.",
             "Photo: Anna Lindqvist, Coastal Range Photographic Archive")]),
        S("Stage 4", "Dawson City", [
            "Where the Klondike meets the Yukon River, a town of tents and log cabins grew into Dawson City, which by "
            "the summer of 1898 held some 30,000 people. Prices were enormous: eggs, nails and newspapers sold for "
            "many times their price in the south.",
            "Most newcomers found that every good claim had been staked long before. Many sold their outfits and went "
            "home. In 1899 news of gold on the beaches of Nome, Alaska, drew the crowds away, and the rush was over.",
        ]),
    ],
    sidebar=("Jack London on the Klondike", [
        "Among the stampeders of 1897 was the young Jack London. He found no gold and left with scurvy, but the stories "
        "he heard that winter became The Call of the Wild and many of his best-known tales."]),
)

# ---------------------------------------------------------------- 3. jsPDF (ASCII only: base-14 fonts)
STAFFORD = dict(
    title_lines=["Treasure in a Ploughed Field:", "The Staffordshire Hoard"],
    title="Treasure in a Ploughed Field: The Staffordshire Hoard",
    intro="In July 2009 a metal detectorist searching a farm field in Staffordshire found the largest hoard of "
          "Anglo-Saxon gold and silver ever discovered. This case shows some of the pieces, and asks why they were "
          "buried.",
    sections=[
        S("01", "The Find", [
            "On 5 July 2009 Terry Herbert, a metal detectorist, was searching a recently ploughed field near the village "
            "of Hammerwich, with the farmer's permission. Within days he had found so many gold objects that he called "
            "in the local Finds Liaison Officer.",
            "Archaeologists then excavated the field. They recovered more than 3,500 pieces, many of them tiny "
            "fragments, with about five kilograms of gold and one and a half kilograms of silver. In 2010 the hoard "
            "was valued at 3.285 million pounds, and two museums raised the money to buy it.",
            "The find was declared treasure at a coroner's inquest in September 2009. This meant that it belonged to "
            "the Crown and had to be offered to museums, and the reward was shared equally between the finder and "
            "the farmer.",
        ]),
        S("02", "Gold and Garnet", [
            "Almost everything in the hoard is war gear. There are more than seventy sword pommels and many hilt "
            "fittings, pieces of a silver helmet and small gold plates that were once fixed to weapons. There are no "
            "dress brooches or women's jewellery, and no coins.",
            "Much of the gold is set with cut garnets in tiny cells, a technique called cloisonne. Each garnet was "
            "cut to shape by hand and laid over gold foil that made it sparkle. Other pieces are covered with "
            "filigree, fine gold wire twisted into animal patterns.",
            "Conservators spent years fitting together hundreds of fragments of the silver helmet, using the "
            "patterns stamped on the pieces to work out where each one had belonged.",
        ]),
        S("03", "A Kingdom at War", [
            "The objects were made in the seventh century, when the field lay in the kingdom of Mercia. Mercia's "
            "kings fought their neighbours almost every year, and the fittings may have been stripped from the swords "
            "of defeated warriors.",
            "A folded gold cross and a strip of gold with a Latin quotation from the Bible show that Christianity was "
            "spreading among the Anglo-Saxons at this time. Why the hoard was buried, and by whom, remains unknown.",
            "Most pieces had been bent, broken or prised from their fittings before they were buried. In 2012, after "
            "the field was ploughed again, archaeologists recovered some ninety more pieces that belonged to the "
            "same hoard.",
        ]),
        S("04", "Selected Objects", [
            "The three objects below are shown in this case. Numbers refer to the labels beside each object.",
        ], [(None, "Sword pommel of gold with garnet cloisonne, 7th century.", "Photo: Gallery of the Mercian Kingdom, M.2010.14"),
            (None, "Folded gold cross, probably bent before burial.", "Photo: Gallery of the Mercian Kingdom, M.2010.27"),
            (None, "Gold strip with a Latin inscription from the Book of Numbers.", "Photo: Harlan Conservation Studio")]),
    ],
    sidebar=None,
)

# ---------------------------------------------------------------- 4. pdf-lib tri-fold
LISBON = dict(
    kicker="FOLHETO · VISITOR LEAFLET",
    title_lines=["All Saints’ Day, 1755:", "The Lisbon Earthquake"],
    title="All Saints’ Day, 1755: The Lisbon Earthquake",
    intro="On the morning of 1 November 1755 one of the largest earthquakes in recorded history struck Lisbon. "
          "Shaking, a tsunami and fire destroyed much of one of Europe’s richest capitals, and the disaster "
          "changed the way people thought about nature and about God.",
    sections=[
        S("1", "A Holy Morning", [
            "1 November was All Saints’ Day, and at about half past nine many of the city’s people were at Mass in "
            "its crowded churches, lit by hundreds of candles. The first shock came from under the Atlantic, far to "
            "the south-west of Cape St Vincent.",
            "There were three great shocks over about ten minutes. Churches, palaces and houses collapsed, and wide "
            "cracks opened in the streets of the lower town. Modern estimates put the size of the earthquake at "
            "around magnitude 8.5 or more.",
        ], [("Left", "Plan of the lower town of Lisbon before 1755, with its narrow and crooked streets.",
             "Arquivo Tavares Neto, Porto")]),
        S("2", "Water and Fire", [
            "Survivors ran to the open ground by the river Tagus. About forty minutes after the first shock the water "
            "drew back from the harbour, and then a tsunami swept over the quays and the new marble waterfront.",
            "Fires started by overturned candles and kitchen stoves joined into one great blaze that burned for five "
            "days. The royal palace was destroyed, with its library of some 70,000 books, and so was the new opera "
            "house that had opened only months before. Between 30,000 and 50,000 people may have died in Lisbon.",
        ]),
        S("3", "Pombal Rebuilds", [
            "King José I survived because the royal family had left the city that morning. He gave almost total "
            "power to his minister Sebastião José de Carvalho e Melo, later Marquis of Pombal. Pombal had the dead "
            "buried, stopped looting and fixed the price of food.",
            "The lower town was rebuilt on a grid of straight streets. Its buildings were framed with a flexible "
            "wooden cage, the gaiola, and a model is said to have been tested by troops marching around it. The "
            "palace square became the Praça do Comércio.",
            "Pombal also sent a list of questions to every parish, asking how long the shaking had lasted and what "
            "had happened to the wells. The answers make it one of the first earthquakes to be studied "
            "scientifically.",
        ], [("Above", "Houses of the rebuilt Baixa, with the timber cage exposed during restoration.",
             "Photo: Inês Barradas, Museu da Cidade Nova")]),
        S("4", "Shaking Europe", [
            "News of the disaster reached every court in Europe. Voltaire wrote a long poem on it, asking how such "
            "suffering could be part of a good plan, and returned to it in Candide. Others, among them the young "
            "Immanuel Kant, looked for natural causes.",
            "The disaster also led to new ideas about building safely and planning cities. Lisbon’s Baixa is now seen "
            "as one of the first districts in Europe designed to withstand earthquakes.",
        ]),
    ],
    sidebar=("Did You Know?", [
        "The earthquake was felt as far away as France and North Africa, and a tsunami crossed the Atlantic to the "
        "Caribbean many hours later."]),
    pullquote="“The whole city moved like the sea.”",
)

# ---------------------------------------------------------------- 5. pandoc DOCX
MOON = dict(
    kicker="Exhibition script · wall texts",
    title="The Great Moon Hoax of 1835",
    intro="In the last week of August 1835 a New York penny newspaper told its readers that the greatest astronomer of "
          "the age had seen life on the Moon. Thousands believed it, and the story made the paper famous.",
    sections=[
        S("Wall 1", "A Penny for the News", [
            "The Sun was founded in 1833 by Benjamin Day, a young printer. It cost one cent, a sixth of the price of "
            "most papers, and was sold on the street by newsboys. It filled its pages with crime, accidents and "
            "human-interest stories for working people.",
            "On 25 August 1835 the Sun began a series headed “Great Astronomical Discoveries”, said to be taken from "
            "a supplement to the Edinburgh Journal of Science. That journal had in fact stopped appearing some years "
            "before.",
        ]),
        S("Wall 2", "Sir John Herschel at the Cape", [
            "The articles claimed that Sir John Herschel, then really at the Cape of Good Hope to map the stars of the "
            "southern sky, had built a giant telescope that could show objects on the Moon only a few feet across.",
            "Over six instalments the Sun described forests and seas, herds of small bison, a blue goat with a single "
            "horn and beavers that walked on two legs and lived in huts. Finally it reported winged, human-like "
            "creatures, which the astronomers named Vespertilio-homo, or “man-bat”.",
        ], [("Right", "Page of the Sun for 28 August 1835, with the third instalment of the moon story.",
             "Hudson Valley Press Archive, Ferris Collection")]),
        S("Wall 3", "Who Wrote It?", [
            "The articles are usually credited to Richard Adams Locke, an English-born reporter on the Sun, though he "
            "never openly claimed them. Edgar Allan Poe believed the idea had been taken from his own story of a "
            "balloon voyage to the Moon, published a few weeks earlier.",
            "Herschel himself knew nothing of the story until it reached him at the Cape. He is said to have been "
            "amused at first, and annoyed later when he was asked about the man-bats again and again.",
            "Whoever wrote the articles knew enough astronomy to make them sound convincing. They were full of "
            "technical words, careful measurements and the names of real scientists, and this helped readers to "
            "believe them.",
        ]),
        S("Wall 4", "Believing the Newspaper", [
            "Other papers reprinted the series, and pamphlets and prints of the lunar creatures sold in large numbers. "
            "The Sun claimed a circulation of more than 19,000, the largest of any daily paper in the world.",
            "When rivals exposed the hoax, the Sun never printed a full confession. Its sales stayed high, and the "
            "success of the moon story showed how much a cheap paper could earn from a sensation.",
        ], [("Above", "Lithograph of the “lunar animals” sold in New York in the autumn of 1835.",
             "Courtesy of the Beaumont Library of Popular Print")]),
    ],
    sidebar=("How Big Was the Telescope?", [
        "The Sun said that Herschel’s lens was twenty-four feet across and weighed nearly seven tons. No lens even "
        "a tenth of that size had ever been made."]),
)

# ---------------------------------------------------------------- 6. HTML
BEAGLE = dict(
    eyebrow="Online exhibition · Voyages of discovery",
    title_lines=["Five Years Round the World:", "Darwin and the Beagle"],
    title="Five Years Round the World: Darwin and the Beagle",
    intro="In December 1831 a small naval survey ship left Plymouth with a 22-year-old naturalist on board. The voyage "
          "of HMS Beagle lasted almost five years, and what Charles Darwin saw on it led him, slowly, to the theory "
          "of evolution by natural selection.",
    sections=[
        S("Leg 1", "A Place on the Ship", [
            "The Beagle’s task was to survey the coasts of South America for the Admiralty. Her captain, Robert "
            "FitzRoy, wanted an educated companion on the long voyage, and Darwin, just out of Cambridge, was offered "
            "the place. His father at first refused to pay, but his uncle Josiah Wedgwood changed his mind.",
            "The Beagle sailed on 27 December 1831. Darwin was seasick for much of the voyage and spent as much time "
            "as he could on land, riding, walking and collecting while the ship charted the coast.",
        ], [(None, "A naturalist’s travelling microscope of the 1830s, of the kind Darwin took on board.",
             "© Marlowe Museum of Science, Caldwell Bequest")]),
        S("Leg 2", "Bones and Earthquakes", [
            "In Argentina Darwin dug the fossil bones of giant ground sloths and other extinct animals out of the "
            "cliffs at Punta Alta. They looked like larger relatives of animals still living in South America.",
            "In February 1835 he felt a great earthquake in Chile and saw that the coast near Concepción had been "
            "lifted by several feet. High in the Andes he found fossil seashells, and began to think that the earth "
            "changes slowly over immense periods of time.",
            "All along the way Darwin packed crates of plants, insects, birds and rocks and sent them home on passing "
            "ships to his old teacher John Stevens Henslow, who read parts of his letters to scientists in Cambridge. "
            "Darwin was becoming known before he came home.",
        ]),
        S("Leg 3", "The Galápagos Islands", [
            "In September 1835 the Beagle reached the Galápagos, a group of volcanic islands on the equator. Darwin "
            "spent about five weeks there. The vice-governor told him that he could tell which island a giant "
            "tortoise came from by the shape of its shell.",
            "Darwin noticed that the mockingbirds differed from island to island. Only after he was home did "
            "experts tell him that his finches, too, were many separate species. The question of how they came to be "
            "different stayed with him for the rest of his life.",
        ], [("Left", "Skins of Galápagos mockingbirds, labelled by island.",
             "Courtesy of the Thornbury Natural History Collection")]),
        S("Leg 4", "Home", [
            "The Beagle returned by way of Tahiti, New Zealand, Australia and the Cape of Good Hope, and reached "
            "Falmouth on 2 October 1836. Darwin never left Britain again.",
            "On the way he had wondered at the strange animals of Australia, and in the Cocos (Keeling) Islands he "
            "worked out how coral reefs and atolls form, an idea that later proved largely right.",
            "His account of the voyage, published in 1839, made his name as a writer. More than twenty years later, "
            "in 1859, he published On the Origin of Species.",
        ]),
    ],
    sidebar=None,
)
