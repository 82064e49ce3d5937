# -*- coding: utf-8 -*-
"""All exhibit texts (my own words) and the gold JSON built from them.
Each doc: title_lines, running, intro, sections [(label, title, [paragraphs], caption|None)], sidebar (title, [paras]).
caption = (text, position, credit)."""

DOCS = {}

DOCS["pilkington_float_glass_1959"] = dict(
    title_lines=["Glass on a Bed of Tin", "Alastair Pilkington and the Float Process"],
    running=["Northgate Museum of Glass · Gallery 3: Clear as Day", "7/12"],
    intro=("For three hundred years every large, perfectly flat window had to be ground and polished by "
           "machines that wore away a fifth of the glass. In the 1950s a young engineer at a Lancashire "
           "glassworks found a way to let molten glass flatten itself, and the shop windows of the world "
           "changed for good."),
    sections=[
        ("7.1", "Two Kinds of Window", [
            "Before the float process there were two main ways to make flat glass. Sheet glass was drawn "
            "upwards from a tank as a continuous ribbon. It was cheap, but the surfaces rippled slightly, "
            "so anything seen through it at an angle seemed to waver.",
            "Plate glass was cast on an iron table, rolled flat and then ground and polished on both faces "
            "until it was clear. The result was superb and very expensive. The grinding lines in a works "
            "could stretch for hundreds of yards, and they used enormous amounts of power, sand and rouge.",
            ], ("A polishing head from a plate-glass grinding line, about 1930, with a strip of finished plate.",
                "Left", "Lent by the Cowley Hill Works Archive; CHW 1987.44")),
        ("7.2", "An Idea at the Sink", [
            "Alastair Pilkington joined Pilkington Brothers of St Helens in 1947 after serving in the army "
            "and studying engineering at Cambridge. He was no relation of the family that owned the firm. "
            "The story goes that the idea came to him in 1952 while he watched grease floating on the "
            "water in a washing-up bowl.",
            "His proposal was to pour a continuous stream of molten glass onto a long bath of molten tin. "
            "The glass would float, spread out and settle into a sheet whose two faces were both smooth "
            "and parallel, because one rested on a perfectly level liquid and the other was shaped only "
            "by gravity and heat. As the ribbon cooled along the bath it would harden enough to be "
            "lifted onto rollers without marking.",
            "Making it work took seven years and cost the company millions of pounds. The tin had to be "
            "kept from oxidising under a protective atmosphere of nitrogen and hydrogen, and for more "
            "than a year the pilot line produced nothing that could be sold.",
            ], None),
        ("7.3", "A Process Shared with the World", [
            "Pilkington announced the process in January 1959. Left to itself, floating glass settles at "
            "a thickness of about six millimetres, and much of the later work went into stretching and "
            "squeezing the ribbon with toothed rollers so that thinner and thicker sheets could be made "
            "on the same line.",
            "Rather than keep the method secret, the company licensed it to rival makers, beginning in "
            "North America in 1962. Within a few decades float glass had replaced polished plate almost "
            "everywhere, and the grinding halls fell silent.",
            "Pilkington was knighted in 1970. Nearly all the flat glass made today, from car windscreens to "
            "the towers of glass in city centres, begins as a ribbon sliding across molten tin.",
            ], None),
    ],
    sidebar=("Why Tin?", [
        "Tin melts at a low temperature but boils at a very high one, so it stays liquid across the whole "
        "range at which glass is worked. It is also denser than glass, which lets the glass float, and it "
        "does not mix with it, so the underside comes away clean and bright."]),
)

DOCS["ravenscroft_lead_crystal_1674"] = dict(
    title_lines=["Brighter Than Venice", "George Ravenscroft and English Lead Crystal"],
    running=["THE GLASS OF TWO CITIES", "112", "George Ravenscroft and English Lead Crystal", "113"],
    intro=("In the 1670s a London merchant set out to make a glass that could rival the clear cristallo of "
           "Venice. His experiments went wrong before they went right, and the heavy, brilliant glass that "
           "came out of them became the pride of English glasshouses for two centuries."),
    sections=[
        (None, "A Merchant Turns Chemist", [
            "George Ravenscroft was born in 1632 and spent years trading between England and Venice, "
            "where he came to know the glass of Murano at first hand. English buyers paid high prices for "
            "Venetian drinking glasses, and the London Glass Sellers’ Company wanted a home-made glass "
            "just as fine.",
            "In 1673 Ravenscroft set up a glasshouse at the Savoy in London and hired workmen who had "
            "learned their trade in Italy. The following year the Glass Sellers agreed to take his whole "
            "output, and he was granted a patent for a new sort of glass resembling rock crystal.",
            ], ("Posset pot with the raven’s head seal on the handle, about 1677.", None,
                "Lent by the Worshipful Company of Glass Sellers; GS 212")),
        (None, "A Glass That Clouded", [
            "The early glass was made with extra potash and flint from the river, and it soon showed a fault "
            "called crizzling. A web of tiny cracks spread through the body, the surface turned cloudy and "
            "damp, and glasses that had looked perfect in the shop decayed within months.",
            "To cure it, Ravenscroft’s workmen replaced part of the potash with oxide of lead. By about "
            "1676 the new glass was stable, and the Glass Sellers allowed him to mark his wares with a small "
            "seal showing a raven’s head, taken from his family’s coat of arms, as a promise that they would "
            "not crizzle.",
            "Ravenscroft withdrew from the business in 1678 and died in 1683, but his assistant Hawley "
            "Bishopp carried on, and other glasshouses soon copied the recipe.",
            ], None),
        (None, "Weight and Fire", [
            "Lead glass is heavier and softer than the Venetian kind, and it bends light more strongly. Thick "
            "English glasses with solid stems and air twists made the most of its weight, while later "
            "cutters gave it faceted surfaces that scattered candlelight.",
            "The same glass, known to opticians as flint glass, became important for lenses. In 1758 John "
            "Dollond paired it with ordinary crown glass to make lenses free of coloured fringes, and "
            "telescopes improved at once.",
            ], None),
    ],
    sidebar=("Why Lead Glass Sparkles", [
        "Lead raises the refractive index of glass, so light entering a cut surface is bent sharply and "
        "split into colours. A cut lead-glass drop flashes red and blue, while an ordinary soda glass cut "
        "the same way looks pale and grey beside it."]),
)

DOCS["murano_glassmakers_1291"] = dict(
    title_lines=["The Island of Glass", "Venice, Murano and the Furnaces of 1291"],
    running=[],
    intro=("For more than seven centuries the small island of Murano, a short boat ride across the lagoon "
           "from Venice, has been a town of glassmakers. This leaflet tells how the furnaces came to be "
           "there and how their secrets were guarded and lost."),
    sections=[
        ("I", "Fire in a Wooden City", [
            "Glass was being made in Venice by the tenth century, and by the thirteenth the glassmakers had "
            "their own guild with written rules. Their furnaces burned day and night among crowded houses "
            "built largely of timber.",
            "In 1291 the Great Council ordered the furnaces out of the city. Most moved to Murano, which "
            "already had a community of craftsmen, and within a generation the island had become the "
            "centre of the trade.",
            ], None),
        ("II", "Masters and Secrets", [
            "Glassmakers on Murano enjoyed privileges that few craftsmen had anywhere in Europe. Their "
            "daughters could marry into noble families without their children losing rank, and the "
            "leading masters were famous names.",
            "In return the Republic tried to keep their skills at home. Workers who left to set up furnaces "
            "abroad could be fined, and their families threatened, yet many still went, tempted by good "
            "pay in other countries.",
            "In the fifteenth century Angelo Barovier produced a clear, nearly colourless glass called "
            "cristallo by purifying the ash used as flux. It could be blown very thin and pulled into "
            "wings, stems and ribbons, and for two hundred years Venetian glass set the fashion on every "
            "rich table in Europe.",
            ], ("A goblet of cristallo with a winged stem, Murano, late sixteenth century.", "Below",
                "Lent by the Fondazione Calle dei Vetrai, Venice; FCV 77")),
        ("III", "Rivals and Revival", [
            "Venetian mirror makers were especially prized. In the 1660s agents of the French king persuaded "
            "a group of them to move to Paris, and French workshops soon began casting plates larger than "
            "Murano could make.",
            "By the eighteenth century Bohemian and English glass had taken much of the market, and the "
            "island’s furnaces declined. A revival began in the nineteenth century, when old techniques "
            "were studied again, a museum of glass opened on the island and firms began making mosaics, "
            "beads and chandeliers for visitors.",
            ], None),
    ],
    sidebar=("Beads by the Million", [
        "Not all of Murano’s glass was grand. Workshops drew hollow canes of coloured glass, chopped them "
        "into tiny pieces and rounded them in heated sand. These seed beads were traded across Africa and "
        "the Americas, where they were sewn into clothing and jewellery."]),
)

DOCS["window_tax_1696"] = dict(
    title_lines=["Taxing the Light", "England’s Window Tax, 1696–1851"],
    running=["Riverside House of Glass and Light · The Taxed Window", "Panel 4"],
    intro=("For a century and a half the number of windows in a house decided part of its owner’s tax bill. "
           "The duty was easy to count and hard to hide, and its marks can still be seen in the blocked "
           "openings of old buildings across the country."),
    sections=[
        ("A", "A Tax You Could Count", [
            "The window tax began in 1696, in the reign of William III, when the government needed money to "
            "replace the worn and clipped silver coinage. It took the place of an unpopular hearth tax, "
            "which had allowed officials to enter houses to count fireplaces.",
            "Windows could be counted from the street. Every house paid a flat sum, and those with ten or more "
            "windows paid extra, so the burden fell most heavily on larger homes.",
            ], ("Sash window with three blocked openings, from a farmhouse near Ludlow, about 1750.", None,
                "Photograph: Margaret Ellery for the Riverside House")),
        ("B", "Bricks and Paint", [
            "The rates were raised several times during the eighteenth century, above all to pay for wars. "
            "Owners responded by bricking up openings they could spare. Some painted false windows on the "
            "blocked panels so that a front would still look balanced.",
            "Landlords of crowded town houses had every reason to keep windows few, and tenants in the "
            "poorest lodgings often lived in dark, airless rooms.",
            ], None),
        ("C", "Light and Health", [
            "By the 1840s doctors and reformers blamed the tax for making disease worse. Cholera and fever "
            "spread fastest in rooms where no fresh air could reach, and campaigners argued that light and "
            "air should not be taxed at all.",
            "Parliament finally abolished the duty in 1851 and replaced it with a tax on the value of houses. "
            "A separate tax on glass itself had been removed a few years earlier, and the cheaper panes that "
            "followed helped fill new houses with light.",
            ], ("Excise officer’s window book for the parish of Clunbury, 1784.", None,
                "Lent by the Shropshire Records Trust; SRT 5521/3")),
    ],
    sidebar=("Daylight Robbery?", [
        "It is often said that the phrase daylight robbery comes from the window tax. There is no good "
        "evidence for this, and the expression is first recorded long after the tax was repealed, but "
        "the story remains a favourite with guides."]),
)

DOCS["owens_bottle_machine_1903"] = dict(
    title_lines=["Bottles Without Breath", "Michael Owens and the Automatic Bottle Machine, 1903"],
    running=["Lakeside Glass Heritage Centre · Made by Machine"],
    intro=("At the start of the twentieth century nearly every bottle was still blown by a team of men and "
           "boys working around a furnace. In 1903 a glassworker from West Virginia patented a machine that "
           "gathered, shaped and blew bottles by itself, and within twenty years the old bottle shops had "
           "almost disappeared."),
    sections=[
        ("Part 1", "A Boy at the Glory Hole", [
            "Michael Joseph Owens was born in 1859 and went to work in a glassworks in Wheeling at the age of "
            "ten. His first job was stoking the small furnace called the glory hole, where half-made pieces "
            "were reheated.",
            "Boys were everywhere in the bottle houses. They carried finished bottles to the cooling ovens, "
            "opened and closed the moulds, and ran errands through the heat at all hours, often for very "
            "little pay.",
            "Owens became a skilled blower and a union man. In 1888 he joined the glass company of Edward "
            "Drummond Libbey in Toledo, Ohio, where his talent for improving machinery was quickly noticed.",
            ], None),
        ("Part 2", "Glass Drawn by Suction", [
            "Owens first made partly mechanical machines for lamp chimneys and light bulbs. His great "
            "invention went further. A revolving frame carried a ring of moulds, and each mould dipped into "
            "a pot of molten glass and drew up exactly enough glass by suction.",
            "The mould then closed, compressed air blew the glass into shape, and the finished bottle was "
            "dropped onto a conveyor that carried it to the annealing oven. No one had to gather glass on a "
            "pipe or blow into it.",
            "Libbey and Owens formed a company in 1903 to license the machine, and the first large models "
            "were turning out bottles at a pace no team of blowers could match.",
            ], ("Model of an early rotary suction bottle machine, made for the patent office about 1905.", None,
                "Lent by the Toledo Works Collection; TWC 1905.3")),
        ("Part 3", "The End of the Bottle Shop", [
            "Cheap, identical bottles changed what people bought. Milk, beer, soft drinks and medicines "
            "could be sold in standard containers, filled by other machines and shipped across the country.",
            "The machine also cut the need for child labour, which reformers had photographed and "
            "condemned in glassworks across several states. By the 1920s the hand-blowing of ordinary "
            "bottles was a dying craft.",
            "Owens died in 1923. His company later merged with another maker to form Owens-Illinois, still "
            "one of the largest producers of glass containers.",
            ], None),
    ],
    sidebar=("How Many Bottles?", [
        "A hand shop of six or seven workers might make a few thousand bottles in a long shift. A single "
        "large machine of the 1910s could make many times that number in a day, with only a few men to "
        "watch it and keep the glass flowing."]),
)

DOCS["sainte_chapelle_glass_1248"] = dict(
    title_lines=["Walls of Coloured Light", "The Windows of the Sainte-Chapelle, 1248"],
    running=[],
    intro=("In the middle of Paris stands a royal chapel whose walls seem to be made almost entirely of "
           "glass. Built for King Louis IX and consecrated in 1248, the Sainte-Chapelle holds one of the "
           "greatest collections of medieval stained glass anywhere."),
    sections=[
        ("Panel 1", "A Shrine for a Relic", [
            "Louis IX bought the Crown of Thorns from the Latin emperor of Constantinople in 1239, paying a "
            "sum far greater than the cost of the building that would house it. The chapel was raised "
            "inside the royal palace on the Île de la Cité in only a few years.",
            "Its builders reduced the stone walls of the upper chapel to slender piers and filled the space "
            "between them with fifteen tall windows, so that the whole room became a kind of glass "
            "reliquary.",
            ], None),
        ("Panel 2", "More Than a Thousand Scenes", [
            "The windows tell the story of the Bible from Genesis onwards in over a thousand small scenes. "
            "They are read from bottom to top and from left to right, and the Passion of Christ is shown in "
            "the apse, behind the place where the relics were kept.",
            "The colours came from metal oxides added to the molten glass. Cobalt gave a deep blue and copper "
            "a red so dark that it was made as a thin layer on clear glass. Faces and folds of cloth were "
            "painted in brown enamel and fired, and strips of lead held the pieces together.",
            ], ("A panel of blue and red glass from a Paris workshop, about 1250, shown in a light box.", None,
                "Lent by the Institut Verrier de la Seine; IVS 48.102")),
        ("Panel 3", "Fire, Revolution and Repair", [
            "The great rose window in the west was remade around 1490 with scenes of the Apocalypse. During "
            "the Revolution the chapel was used as an archive, and cupboards hid the lower parts of some "
            "windows.",
            "In the nineteenth century restorers cleaned and releaded the glass and replaced missing pieces "
            "in the medieval style. The windows were taken down for safety during both world wars, and "
            "a long campaign of conservation finished in 2015 added protective outer glazing.",
            ], None),
    ],
    sidebar=("Pot Metal and Flashed Glass", [
        "Most medieval coloured glass was pot metal, coloured all the way through. Red was the exception: "
        "glass coloured with copper was so dense that light could hardly pass, so glaziers dipped clear "
        "glass into it to make a thin red skin."]),
)


# Further paragraphs, appended to the sections named (doc, section index).
EXTRA = {
    ("pilkington_float_glass_1959", 0): [
        "Glassmakers had long known that a liquid surface is perfectly flat, but no one had found a way to "
        "use one without spoiling the glass or the bath."],
    ("ravenscroft_lead_crystal_1674", 0): [
        "Ravenscroft was not a glassmaker himself. He worked with a small team, paid for materials out of "
        "his own pocket and reported his progress to the Glass Sellers, who sent back lists of the shapes "
        "and sizes their customers wanted."],
    ("ravenscroft_lead_crystal_1674", 1): [
        "Glasses with the seal were sold at a higher price than ordinary wares, and the Company kept a "
        "careful eye on quality, sending back any batch that showed a flaw."],
    ("ravenscroft_lead_crystal_1674", 2): [
        "Taxes on glass, charged by weight from 1746, pushed English makers towards lighter and more "
        "delicate shapes, and many of the finest cut pieces of the following century were made in "
        "Ireland, where the tax did not yet apply."],
    ("murano_glassmakers_1291", 0): [
        "Moving the furnaces also made the industry easier to watch. Officials could count the workshops, "
        "check the quality of their wares and make sure that raw materials and skills stayed inside the "
        "Republic."],
    ("murano_glassmakers_1291", 2): [
        "Today the island still has working furnaces, though many of the souvenirs sold in Venice are made "
        "elsewhere. Local makers have fought back with a trademark that guarantees glass made on Murano."],
    ("murano_glassmakers_1291", 1): [
        "The masters were organised in a strict order of rank. Apprentices spent years learning to prepare "
        "the batch and tend the fires before they were allowed to gather glass, and only a few ever became "
        "masters with furnaces of their own."],
    ("window_tax_1696", 0): [
        "Assessors went from house to house once a year and wrote the number of windows in their books. "
        "Disputes were common, because owners argued about whether a small opening in a cellar or a "
        "skylight in the roof should count."],
    ("window_tax_1696", 1): [
        "Rules about what counted as a window changed over time. A single frame divided by a thick mullion "
        "could be charged as two, and some builders designed houses around the rules, grouping lights "
        "together to keep the count low.",
        "The tax also reached Scotland after the union of 1707, and in the 1790s William Pitt the Younger "
        "raised the rates sharply again to help pay for the war with revolutionary France."],
    ("window_tax_1696", 2): [
        "Many of the blocked windows were never opened again. Some were left as they were for reasons of "
        "cost, and others became part of the look of a street, admired by later owners who no longer knew "
        "why they were there."],
    ("owens_bottle_machine_1903", 1): [
        "The machine needed a steady supply of glass at an even temperature, so furnaces had to be redesigned "
        "as well, and the first installations were watched anxiously by their owners for breakdowns."],
    ("owens_bottle_machine_1903", 2): [
        "Skilled blowers did not vanish overnight. Some found work making special shapes and short runs "
        "that were not worth setting up a machine for, and others learned to run the machines themselves."],
    ("sainte_chapelle_glass_1248", 0): [
        "The chapel has two storeys. The lower chapel served the people of the palace, while the upper "
        "chapel, reached by a narrow stair, was reserved for the king, his family and the relics, which "
        "were shown to the faithful on great feast days."],
    ("sainte_chapelle_glass_1248", 1): [
        "Several teams of glaziers worked on the windows at the same time, and experts can tell their "
        "hands apart by the way they drew faces and hands. The work was finished with remarkable speed, "
        "probably in less than ten years."],
    ("sainte_chapelle_glass_1248", 2): [
        "About two thirds of the glass is still original. Visitors who climb the stair on a bright morning "
        "see the blues and reds at their strongest, when the sun from the east lights up the windows of the "
        "apse first."],
}
for (_n, _i), _ps in EXTRA.items():
    DOCS[_n]["sections"][_i][2].extend(_ps)

# Second sidebar paragraphs.
SIDE_EXTRA = {
    "ravenscroft_lead_crystal_1674": "That is why chandeliers and the prisms hung from them were so often made of lead glass.",
    "murano_glassmakers_1291": "Beads were also used as money in some trading regions, and a ship could carry them by the barrel. Museums today hold sample cards on which merchants once showed buyers hundreds of colours and sizes.",
    "window_tax_1696": "A similar tale is told in France, which had its own tax on doors and windows from 1798 until 1926. There, too, owners blocked up openings, and the habit left its mark on farmhouses and town houses alike.",
    "owens_bottle_machine_1903": "The same principle of feeding measured gobs of glass to moulds is still used in bottle plants today, although modern machines drop the glass into the moulds from above instead of drawing it up by suction.",
    "sainte_chapelle_glass_1248": "Blue glass coloured with cobalt lets more light through, which is why the chapel seems to glow blue and violet rather than red. In dull weather the effect is softer, and the painted details are easier to read.",
}
for _n, _p in SIDE_EXTRA.items():
    DOCS[_n]["sidebar"][1].append(_p)


def gold(name):
    d = DOCS[name]
    title = " ".join(d["title_lines"])
    secs = [dict(label=None, title=title, blocks=[dict(kind="paragraph", text=d["intro"])])]
    for label, stitle, paras, cap in d["sections"]:
        blocks = [dict(kind="paragraph", text=p) for p in paras]
        if cap:
            blocks.append(dict(kind="caption", text=cap[0], position=cap[1], credit=cap[2]))
        secs.append(dict(label=label, title=stitle, blocks=blocks))
    st, sp = d["sidebar"]
    secs.append(dict(label=None, title=st, blocks=[dict(kind="paragraph", text=p) for p in sp]))
    return dict(title=title, running=d["running"], sections=secs)


def para_words(name):
    g = gold(name)
    return sum(len(b["text"].split()) for s in g["sections"] for b in s["blocks"] if b["kind"] == "paragraph")


if __name__ == "__main__":
    import json, os, sys
    out = sys.argv[1] if len(sys.argv) > 1 else ".."
    for n in DOCS:
        with open(os.path.join(out, n + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold(n), f, ensure_ascii=False, indent=2)
            f.write("\n")
        print(n, para_words(n))
