"""All texts of set 53 and the gold JSON writer.

Each exhibit: title_lines, running, sections (label, title, paras, caption), sidebar,
plus non-gold extras used by the generators (kicker, quote, table, note, ...).
"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

def cap(text, position, credit):
    return {"text": text, "position": position, "credit": credit}

EX = {}

# ---------------------------------------------------------------- 1. Uluburun
EX["uluburun_shipwreck_1982"] = dict(
    kind="pdf",
    kicker="Catalogue · Chapter 7",
    title_lines=["A Cargo for Kings", "The Uluburun Shipwreck, Found 1982"],
    running=["Ships and Cargoes of the Ancient Sea", "Harbourside Museum of Underwater Archaeology", "112", "113"],
    intro="Some time around 1300 BC a merchant ship sank off a rocky cape on the southern coast of what is now Turkey. "
          "Its cargo, spread down a steep slope as much as sixty metres under the surface, is the richest group of goods "
          "ever recovered from the Bronze Age Mediterranean, and it gives a rare picture of trade between the great "
          "kingdoms of the time.",
    sections=[
        dict(label="7.1", title="A Sponge Diver’s Report", paras=[
            "In the summer of 1982 a young sponge diver named Mehmet Çakır came up near the cape of Uluburun, not far "
            "from the town of Kaş, and told his captain that he had seen metal “biscuits with ears” lying on the seabed. "
            "Archaeologists had shown the sponge boats drawings of such objects and asked the crews to report any they "
            "found, and his description was passed on to the museum of underwater archaeology at Bodrum.",
            "The biscuits were copper ingots of the so-called oxhide shape, flat slabs with a projecting handle at each "
            "corner that made them easier to carry on the shoulder. Divers from the Institute of Nautical Archaeology "
            "soon confirmed that they belonged to a wreck far older than any then known on that coast."]),
        dict(label="7.2", title="Eleven Seasons on the Slope", paras=[
            "Excavation began in 1984 under George Bass and was continued by Cemal Pulak, who directed the work until "
            "1994. The wreck lay between 44 and 61 metres down, deep enough that each diver could spend only about "
            "twenty minutes on the bottom twice a day, breathing compressed air and fighting the dulling effect of "
            "nitrogen narcosis. Over eleven seasons the team made more than twenty-two thousand dives.",
            "Everything was drawn and measured before it was lifted. The surviving timbers of the hull, cedar planks "
            "joined edge to edge with tenons locked into slots, showed how ships of the period were built, and the tree "
            "rings of a piece of firewood suggested that the vessel went down at the very end of the fourteenth century "
            "BC."]),
        dict(label="7.3", title="What the Ship Carried", paras=[
            "The main cargo was about ten tonnes of copper, most of it in more than three hundred and fifty oxhide "
            "ingots, and about a tonne of tin. Mixed in the usual proportion of ten to one, the two metals would have "
            "made some eleven tonnes of bronze, enough to equip a large army with weapons and armour.",
            "Alongside the metal lay discs of glass coloured cobalt blue and turquoise, logs of African blackwood, "
            "elephant and hippopotamus ivory, ostrich eggshells and nearly a tonne of terebinth resin packed in "
            "Canaanite jars. Smaller finds included gold jewellery, stone weights for a merchant’s balance and a folding "
            "wooden writing board whose wax surface has long since vanished.",
            "The objects came from at least seven cultures, from Egypt and Syria to Mycenaean Greece and Cyprus, and "
            "even the Baltic, the likely source of amber beads found aboard. Where the ship was bound is still argued "
            "over, but many scholars think it was sailing west towards the Aegean with a royal consignment."],
            caption=cap("Copper oxhide ingot from the wreck, one of more than 350 recovered, weighing about 24 kilograms.",
                        "Left", "Photograph: Harbourside Museum of Underwater Archaeology, HMUA 1987.44")),
    ],
    sidebar=dict(title="A Queen’s Name in Gold", paras=[
        "Among the small finds was a gold scarab inscribed with the name of Nefertiti, wife of the pharaoh Akhenaten. "
        "The name is written in a form she used only in the early years of his reign, so the scarab was probably "
        "carried as scrap gold long after it was made. It helps to fix the earliest possible date of the sinking."]),
    quote="The ship carried enough metal to arm a small kingdom, and a little of everything else.",
    note="Dive totals from the excavation reports published by the Institute between 1986 and 1997.",
    table=("The cargo at a glance", [("Copper", "about 10 tonnes"), ("Tin", "about 1 tonne"),
                                     ("Glass", "about 175 discs"), ("Resin", "nearly 1 tonne")]),
)

# ---------------------------------------------------------------- 2. Iguanodon
EX["iguanodon_1825"] = dict(
    kind="pdf",
    kicker="The First Dinosaurs",
    title_lines=["Teeth Like an Iguana’s", "Gideon Mantell and Iguanodon, 1825"],
    running=["Wealden Hall of Natural History · Deep Time Gallery", "Panel 3.1"],
    intro="In 1825 a country doctor from Sussex described a giant plant-eating reptile from a handful of worn teeth. "
          "Iguanodon was only the second extinct reptile of its kind to be given a name, and the way it was pieced "
          "together, and rebuilt again and again, shows how far a few fossils can mislead.",
    sections=[
        dict(label="A", title="Stones from a Sussex Quarry", paras=[
            "Gideon Mantell practised as a surgeon in Lewes and spent every spare hour collecting fossils from the "
            "quarries of the Weald. According to a story he told later, his wife Mary Ann found the first of the "
            "strange teeth in 1822, lying in a heap of road stone, while he was visiting a patient. Whether or not it "
            "happened exactly like that, Mantell soon had several such teeth, bought from quarrymen at Cuckfield.",
            "The teeth were flat-sided and ridged, and their crowns were worn down like those of a grazing animal. "
            "Mantell became convinced that they belonged to a large reptile that ate plants, something no naturalist "
            "had yet described.",
            "The clays and sandstones of the Weald were laid down by rivers and lakes in a warm, low-lying country "
            "some 130 million years ago. No one in Mantell’s day could give their age in years, but he knew they were "
            "older than the chalk of the Downs that rises above them."]),
        dict(label="B", title="Doubt in London and Paris", paras=[
            "The experts were not persuaded. At a meeting of the Geological Society the teeth were put down as those "
            "of a fish or of a mammal from much younger rocks, and the great French anatomist Georges Cuvier at first "
            "took them for the incisors of a rhinoceros. Mantell kept collecting and kept writing letters.",
            "The turn came at the Hunterian Museum in London, where the young Samuel Stutchbury showed him the "
            "skeleton of an iguana from Central America. Its teeth were tiny, but they had the same shape. Mantell’s "
            "paper of 1825 used the name Iguanodon, iguana tooth, which the clergyman geologist William Conybeare had "
            "suggested, and by scaling up from the lizard he gave his animal a length of up to sixty metres."]),
        dict(label="C", title="From Nose Horn to Thumb", paras=[
            "In 1834 quarrymen near Maidstone in Kent blasted apart a block of stone holding much of a single "
            "skeleton. Friends bought it for Mantell for twenty-five pounds, and from it he sketched the animal as a "
            "vast lizard with a pointed horn on its nose.",
            "In 1842 Richard Owen grouped Iguanodon with Megalosaurus and Hylaeosaurus in a new order, the Dinosauria, "
            "and imagined them as heavy creatures standing on four pillar-like legs. Life-size models built on those "
            "lines by Benjamin Waterhouse Hawkins still stand in the park at Sydenham in south London.",
            "The picture changed again in 1878, when coal miners at Bernissart in Belgium broke into a fissure holding "
            "dozens of nearly complete skeletons. Louis Dollo, who studied them in Brussels, showed that the supposed "
            "horn was a spike on the thumb and mounted the animals upright like kangaroos. Today they are seen as "
            "animals about ten metres long that walked mostly on all fours."],
            caption=cap("Cast of an Iguanodon thumb spike, long mistaken for a horn on the animal’s nose.",
                        "Above", "Cast: Wealden Hall of Natural History, WH.P 2290")),
    ],
    sidebar=dict(title="The Price of a Collection", paras=[
        "Fossil hunting cost Mantell dearly. His practice dwindled as his collection grew, in 1838 he sold the "
        "collection to the British Museum for four thousand pounds, and his wife left him the following year. He "
        "died in 1852, still at odds with Owen."]),
    quote="A few worn teeth were enough to imagine a giant, and to get it wrong.",
    timeline=[("1", "1822", "First teeth found near Cuckfield"), ("2", "1825", "Iguanodon named"),
              ("3", "1834", "The Maidstone skeleton"), ("4", "1842", "Owen coins Dinosauria"),
              ("5", "1854", "Sydenham models unveiled"), ("6", "1878", "Bernissart skeletons found")],
)

# ---------------------------------------------------------------- 3. Ozone
EX["ozone_hole_1985"] = dict(
    kind="pdf",
    kicker="Ice and Air · Table card",
    title_lines=["A Hole in the Sky", "Measuring the Antarctic Ozone Loss, 1985"],
    running=["Northgate Science Centre · Ice and Air"],
    intro="In May 1985 three scientists of the British Antarctic Survey reported that each spring the ozone over "
          "their Antarctic base was thinning dramatically. Their short paper changed the politics of the atmosphere "
          "within little more than two years.",
    sections=[
        dict(label="I", title="Readings at Halley", paras=[
            "Ozone high in the stratosphere absorbs most of the sun’s ultraviolet light before it reaches the ground. "
            "The British had measured it at Halley, their station on an ice shelf beside the Weddell Sea, since the "
            "International Geophysical Year of 1957, using a Dobson spectrophotometer, an instrument that compares "
            "the brightness of sunlight at different wavelengths.",
            "In the early 1980s Joe Farman, Brian Gardiner and Jonathan Shanklin noticed that the October readings "
            "were falling year after year. At first they suspected their instrument, so a new one was sent south, and "
            "they checked the figures from a second station farther north. Both told the same story: the spring "
            "ozone had dropped by around a third since the 1960s."],
            caption=cap("Dobson spectrophotometer of the type used at Halley, with its crank handle and eyepiece.",
                        "Right", "Lent by the Polar Instrument Trust, PIT 0451")),
        dict(label="II", title="Why Nobody Had Seen It", paras=[
            "NASA’s Nimbus 7 satellite had been mapping ozone over the whole globe since 1978. Its processing, however, "
            "set aside values so low that they looked like errors, and the collapse over Antarctica had been stored "
            "without anyone noticing. When the data were examined again after the British paper appeared, they showed "
            "a hole the size of the continent.",
            "The likely cause had been named more than a decade before. In 1974 Mario Molina and Sherwood Rowland "
            "argued that chlorofluorocarbons, the gases used in aerosol cans and refrigerators, would drift up into the "
            "stratosphere and release chlorine there, which destroys ozone. What nobody had predicted was a loss so "
            "fast and so concentrated over the pole."]),
        dict(label="III", title="From Ice Clouds to a Treaty", paras=[
            "The missing piece was chemistry on ice. Susan Solomon and others proposed that the thin clouds that form "
            "in the extreme cold of the polar winter give chlorine compounds a surface on which to react, so that when "
            "sunlight returns in spring the chlorine is set free all at once. Aircraft flying into the hole from Chile "
            "in 1987 found chlorine monoxide exactly where the ozone was missing.",
            "Governments moved unusually fast. The Montreal Protocol, signed in September 1987 and later tightened, "
            "phased out the worst of the gases. Molina, Rowland and Paul Crutzen shared the Nobel Prize in Chemistry in "
            "1995, and the ozone over Antarctica is expected to recover during the second half of this century.",
            "The hole still opens every spring, larger or smaller with the cold of each winter, but the chlorine in "
            "the stratosphere has been falling slowly since around the turn of the century."]),
    ],
    sidebar=dict(title="Dobson Units", paras=[
        "Ozone is counted in Dobson units, after the Oxford physicist Gordon Dobson, who designed the instrument in "
        "the 1920s. If all the ozone above a place were brought down to the pressure at sea level, a hundred units "
        "would make a layer just one millimetre thick. Over Halley in October the total fell from about three hundred "
        "units to well below two hundred.",
        "Readings are still taken at Halley today, and the series begun by hand in the 1950s is the longest of its "
        "kind from the Antarctic."]),
    quote="The instrument was not broken. The sky had changed.",
    table=("Who saw what", [("Halley", "ground readings from 1957"), ("Nimbus 7", "satellite maps from 1978"),
                            ("ER-2", "aircraft samples, 1987")]),
    flap="Fold on the dashed lines and glue the flap under face B · Northgate Science Centre, Quay Road · Table card 12",
)

# ---------------------------------------------------------------- 4. Mohenjo-daro
EX["mohenjo_daro_1922"] = dict(
    kind="pdf",
    kicker="Chapter 5",
    title_lines=["Streets Without Palaces", "Mohenjo-daro and the Indus Cities, 1922"],
    running=["Cities of the Bronze Age", "Vale Institute of Asian Archaeology", "64", "65"],
    intro="In the 1920s archaeologists working in the Indus valley uncovered a civilisation that had been entirely "
          "forgotten. Its cities were as old as those of Egypt and Mesopotamia and larger than most of them, yet they "
          "have left no royal tombs, no great temples and no inscription that anyone can read.",
    sections=[
        dict(label="§1", title="A Stupa on a Mound", paras=[
            "Mohenjo-daro, a name usually translated as the mound of the dead, lies on the right bank of the Indus in "
            "Sindh, in present-day Pakistan. In 1922 the Indian archaeologist Rakhal Das Banerji went there to study a "
            "Buddhist stupa of about the second century AD that crowned the mound. Digging beneath it, he found seals "
            "and bricks far older than anything Buddhist.",
            "Similar seals had already turned up at Harappa, more than five hundred kilometres to the north-east, where "
            "Daya Ram Sahni had begun to dig in 1921. In September 1924 John Marshall, director-general of the "
            "Archaeological Survey of India, announced in a London weekly that the two sites belonged to a single "
            "unknown civilisation, which he placed in the third millennium BC."]),
        dict(label="§2", title="A Planned City", paras=[
            "Large excavations followed under Marshall and his successors. The city proved to have been laid out in "
            "blocks, with main streets running north to south and east to west, and houses of fired brick of standard "
            "proportions, many with a well, a bathing floor and a latrine. Some had stairs leading to an upper floor "
            "or a flat roof. Covered drains of brick ran along the "
            "streets, with openings where they could be cleaned (a).",
            "On a raised mound to the west stood the so-called Great Bath, a tank about twelve metres long sealed with "
            "gypsum mortar and a layer of bitumen and reached by steps at both ends. Its purpose is unknown, though "
            "most writers suppose it was used for ritual washing. Next to it stood a massive brick platform that "
            "Mortimer Wheeler, who dug there in 1950, called a granary."],
            ),
        dict(label="§3", title="Seals and Silence", paras=[
            "Thousands of small square seals of carved steatite have been found across the Indus region, most showing "
            "an animal, often a one-horned bull, beneath a short row of signs (b). The same signs appear on pots and "
            "tablets, but no inscription is longer than a few dozen characters and no text in two languages has been "
            "found, so the script remains undeciphered.",
            "The best-known figures from the city are a small bronze of a dancing girl and a steatite bust of a bearded "
            "man in a patterned robe, nicknamed the priest-king (c). Nothing else suggests kings. From about 1900 BC "
            "the city was slowly abandoned, for reasons still debated, among them shifting rivers, failing trade and a "
            "changing climate."]),
    ],
    captions_keyed=[
        ("a", "§2", cap("Covered street drain in the lower town, with its brick lid partly lifted.", None,
                        "Photograph: Vale Institute archive, VI/MD/212")),
        ("b", "§3", cap("Steatite stamp seal with a one-horned animal before a standard, about three centimetres square.",
                        None, "Cast: Vale Institute, VI 1931.8")),
        ("c", "§3", cap("Plaster cast of the so-called priest-king, from the institute’s study collection.", None,
                        "Cast made in 1934; Vale Institute, VI 1934.2")),
    ],
    sidebar=dict(title="Saving the Bricks", paras=[
        "Once uncovered, the walls began to decay as salt drawn up from the groundwater crystallised in the bricks. "
        "Mohenjo-daro was added to the World Heritage List in 1980, and much of the conservation since then has aimed "
        "at lowering the water table and protecting what was dug out a century ago. Visitors now keep to marked "
        "paths, and some exposed walls have been covered over again with earth to protect them."]),
    quote="A city of drains and doorways, and not a single throne.",
    note="Marshall’s announcement appeared in the Illustrated London News of 20 September 1924.",
)

# ---------------------------------------------------------------- 5. Taung (DOCX)
EX["taung_child_1924"] = dict(
    kind="docx",
    kicker="Hall of Human Origins · Case 14",
    title_lines=["The Child from Taung", "Raymond Dart and Australopithecus, 1924"],
    running=[],
    intro="In the spring of 1924 a crate of limestone from a quarry on the edge of the Kalahari reached an anatomy "
          "professor in Johannesburg. Inside it was the face of a young child, and the claim Raymond Dart made for it "
          "took a quarter of a century to win acceptance.",
    sections=[
        dict(label="Part 1", title="A Crate of Rocks", paras=[
            "Raymond Dart, an Australian-born anatomist, had joined the new medical school of the University of the "
            "Witwatersrand in 1923. One of his students, Josephine Salmons, showed him a fossil baboon skull from the "
            "lime works at Buxton, near Taung, some four hundred kilometres south-west of Johannesburg, and Dart asked the quarry company to send on any other bones its "
            "blasting turned up.",
            "Two crates arrived late in 1924, by Dart’s own account as he was dressing to be best man at a wedding in "
            "his house. In one of them lay a natural cast of the inside of a skull and, fitting against it, a block of "
            "stone in which part of a face could be made out. Dart spent weeks freeing the face, partly with his wife’s "
            "knitting needles, until the milk teeth of a child of about three stood clear."],
            caption=cap("Plaster cast of the Taung skull, showing the face, the lower jaw and the natural brain cast "
                        "behind them.", "Left", "Cast: Carrow Museum, CM.H 1961.12")),
        dict(label="Part 2", title="Man-Ape of South Africa", paras=[
            "Dart’s paper appeared in Nature in February 1925 under the title Australopithecus africanus: the man-ape "
            "of South Africa. He argued that the skull combined an ape-sized brain with human-like teeth, and that the "
            "forward position of the opening for the spinal cord showed that the child had walked upright. Africa, he "
            "suggested, not Asia, was where humans had first evolved, as Darwin had guessed.",
            "The leading anatomists in London were unconvinced. Arthur Keith and others thought the skull was that of a "
            "young ape related to the chimpanzee or the gorilla, and pointed out that the features of any infant can "
            "mislead. Many of them also believed that a large brain had come first in human evolution, as the Piltdown "
            "skull from England seemed to show."]),
        dict(label="Part 3", title="Proved Right", paras=[
            "Dart found a loyal ally in the Scottish-born doctor Robert Broom, who from 1936 searched the caves of "
            "Sterkfontein, Kromdraai and Swartkrans near Johannesburg and found adult skulls of the same kind. Keith "
            "admitted in print in 1947 that Dart had been right, and in 1953 the Piltdown skull was exposed as a "
            "forgery.",
            "Australopithecus is now known from many sites in southern and eastern Africa, between about four million "
            "and two million years old. The Taung skull is still the type specimen of its species and is kept at the "
            "university where Dart first cleaned it."]),
    ],
    sidebar=dict(title="Who Killed the Child?", paras=[
        "In 1995 Lee Berger and Ron Clarke suggested that the animal bones found with the Taung skull had been "
        "gathered by a large bird of prey. In 2006 Berger added that damage at the floor of the eye sockets matches "
        "the marks left by modern crowned eagles, which grip the heads of monkeys with their talons. The child, it "
        "seems, was carried off by an eagle.",
        "Dart himself lived to see the child accepted into the human family tree. He died in Johannesburg in 1988, "
        "at the age of ninety-five."]),
    quote="It took a quarter of a century, two world wars and a forgery to settle the argument.",
    note="Dart later said that the block was cleared enough to show the face by 23 December 1924.",
    table=("The skull in figures", [("Age at death", "about three years"), ("Brain size", "about 400 cubic centimetres"),
                                    ("Found", "Buxton lime works, 1924")]),
)

# ---------------------------------------------------------------- 6. Mauretania (HTML)
EX["mauretania_1907"] = dict(
    kind="html",
    kicker="Tyne and Sea Gallery",
    title_lines=["Greyhound of the Atlantic", "RMS Mauretania, 1907"],
    running=[],
    intro="When she entered service in November 1907 the Cunard liner Mauretania was the largest and fastest ship "
          "afloat. She went on to hold the record for the quickest Atlantic crossing for twenty years, longer than any "
          "ship before or since.",
    sections=[
        dict(label="Deck A", title="A Loan and a Race", paras=[
            "At the start of the twentieth century the fastest liners on the North Atlantic were German, and the "
            "American financier J. P. Morgan was buying up British shipping lines. To keep Cunard in British hands, "
            "the government lent the company £2.6 million at a low rate of interest and paid it a yearly subsidy, on "
            "condition that two new express liners could be taken over as armed cruisers in time of war.",
            "The two ships were Lusitania, built on the Clyde, and Mauretania, built by Swan Hunter and Wigham "
            "Richardson at Wallsend on the Tyne. Mauretania was launched in September 1906 and measured about 240 "
            "metres from bow to stern, with four tall funnels painted in Cunard red and black. Her name came from the "
            "Roman province in north-west Africa, after the company’s habit of naming its ships after provinces of "
            "the Roman Empire."]),
        dict(label="Deck B", title="Turbines and Walnut", paras=[
            "Both ships were driven by steam turbines of the kind Charles Parsons had shown off with his little launch "
            "Turbinia at the naval review of 1897. Four turbines turned four propellers, and the boilers burned around a "
            "thousand tonnes of coal a day, shovelled into the furnaces by stokers working in shifts far below the "
            "passenger decks.",
            "In September 1909 Mauretania crossed from Ireland to New York at an average of more than 26 knots and "
            "took the Blue Riband, the unofficial prize for the fastest crossing. She kept it until 1929, when the new "
            "German liner Bremen finally beat her.",
            "Her first-class rooms were panelled in walnut, mahogany and other fine woods, with a grand staircase and "
            "electric lifts between the decks, while emigrants in third class travelled in plainer quarters that were "
            "still comfortable by the standards of the day."],
            caption=cap("Builder’s half model of Mauretania’s hull, made at Wallsend for the owners’ boardroom.",
                        "Right", "Lent by the Tyneside Maritime Trust, TMT 0719")),
        dict(label="Deck C", title="War Service and Old Age", paras=[
            "In the First World War Mauretania served as a troopship to Gallipoli, then as a hospital ship, and later, "
            "painted in dazzle camouflage, carried American soldiers to France. After the war she was converted to burn "
            "oil, which sharply cut the number of men needed in her engine rooms.",
            "By the early 1930s she was outclassed, and Cunard, soon to merge with the White Star Line during the "
            "Depression, had no more use for her. She was sold for scrap in 1935 and made her last voyage to the "
            "breakers at Rosyth, less than a year after her last crossing from New York. Much of her panelling was auctioned, and some of it still lines a bar in Bristol."]),
    ],
    sidebar=dict(title="Her Sister’s Fate", paras=[
        "Lusitania did not survive the war. On 7 May 1915 she was torpedoed by a German submarine off the Old Head of "
        "Kinsale in Ireland and sank in about eighteen minutes, with the loss of almost twelve hundred lives.",
        "The sinking turned American opinion against Germany, although the United States did not enter the war for "
        "almost two more years. Mauretania, faster and luckier, came home from every voyage."]),
    quote="For twenty years no ship on the Atlantic could catch her.",
    timeline=[("1906", "Launched at Wallsend"), ("1907", "Maiden voyage to New York"), ("1909", "Takes the Blue Riband"),
              ("1915", "Troopship and hospital ship"), ("1929", "Record lost to Bremen"), ("1935", "Broken up at Rosyth")],
)


def gold(name):
    e = EX[name]
    title = " ".join(e["title_lines"])
    secs = [{"label": None, "title": title, "blocks": [{"kind": "paragraph", "text": e["intro"]}]}]
    keyed = {}
    for key, sec, c in e.get("captions_keyed", []):
        keyed.setdefault(sec, []).append(c)
    for s in e["sections"]:
        blocks = [{"kind": "paragraph", "text": p} for p in s["paras"]]
        caps = ([s["caption"]] if s.get("caption") else []) + keyed.get(s["label"], [])
        for c in caps:
            blocks.append({"kind": "caption", "text": c["text"], "position": c["position"], "credit": c["credit"]})
        secs.append({"label": s["label"], "title": s["title"], "blocks": blocks})
    sb = e["sidebar"]
    secs.append({"label": None, "title": sb["title"], "blocks": [{"kind": "paragraph", "text": p} for p in sb["paras"]]})
    return {"title": title, "running": e["running"], "sections": secs}


def para_words(name):
    g = gold(name)
    return sum(len(b["text"].split()) for s in g["sections"] for b in s["blocks"] if b["kind"] == "paragraph")


if __name__ == "__main__":
    for name in EX:
        with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold(name), f, ensure_ascii=False, indent=2)
            f.write("\n")
        print(name, para_words(name))
