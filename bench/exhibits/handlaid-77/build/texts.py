# -*- coding: utf-8 -*-
"""All texts of set 77 (cocoa, chocolate and confectionery). Gold = title/running/sections;
extras (kickers, quotes, tables, notes, colophons) are printed but are not gold."""

P = lambda t: {"kind": "paragraph", "text": t}
def C(t, pos, credit):
    return {"kind": "caption", "text": t, "position": pos, "credit": credit}

DOCS = {}

# ---------------------------------------------------------------- 1
DOCS["van_houten_press_1828"] = dict(
    title="Pressing the Bean Coenraad van Houten and Cocoa Powder, 1828",
    title_lines=["Pressing the Bean", "Coenraad van Houten and Cocoa Powder, 1828"],
    running=["Museum of Sweet Trades · Gallery 3: From Bean to Bar", "3.2"],
    kicker="GALLERY 3 · FROM BEAN TO BAR",
    dateline="Amsterdam, 1815–1887",
    sections=[
        dict(label=None, title=None, blocks=[P(
            "For three centuries Europeans drank chocolate as a thick, oily brew that had to be stirred and "
            "skimmed before it could be enjoyed. A patent taken out in Amsterdam in 1828 changed that. By "
            "squeezing most of the fat out of roasted cacao, a father and son produced a light powder that "
            "mixed easily with water or milk, and opened the way to the chocolate we eat today.")]),
        dict(label="1", title="A Drink Full of Fat", blocks=[
            P("Roasted cacao nibs are more than half fat. When they were ground on a heated stone, the result was "
              "a dark paste that set hard as it cooled. Cooks broke pieces off the block, boiled them with water, "
              "sugar and spices, and whisked the pot until it frothed."),
            P("The drink was nourishing but heavy. A greasy film rose to the surface of every cup, and many "
              "recipes advised adding starch, flour or ground arrowroot to bind the fat, which made the chocolate "
              "cheaper but did nothing for its taste."),
            P("Casparus van Houten, a chemist, opened a small chocolate mill in Amsterdam in 1815. His son Coenraad "
              "Johannes grew up among the grinding stones and began to look for a way of separating the butter "
              "from the solid part of the bean."),
        ]),
        dict(label="2", title="The Hydraulic Press", blocks=[
            P("The answer was a screw press, later replaced by a hydraulic one, which squeezed warm cacao paste "
              "between heavy plates. Liquid cocoa butter ran out into pans, and a hard cake of cocoa was left "
              "behind, holding little more than a quarter of its original fat. Ground to a fine powder, the cake "
              "could be stirred into hot milk without leaving an oily scum."),
            P("Coenraad van Houten was granted a Dutch patent for the process in April 1828. A few years later he "
              "added a second step, treating the beans with alkaline salts such as potash. The powder turned "
              "darker, lost some of its sharpness and dispersed more evenly in liquid."),
            P("English makers called this Dutch cocoa, and the name is still used. Together, pressing and "
              "alkalising made cocoa a product that could be packed in tins, sold in grocery shops and prepared "
              "in a minute at home."),
            C("Screw press for cocoa, with a cast-iron frame and oak plates, about 1840.", "Above",
              "Lent by the Zaanstreek Mill Society, ZMS 2207"),
        ]),
        dict(label="3", title="Butter for the Bar", blocks=[
            P("Pressing left the makers with a growing store of cocoa butter, a pale fat that melts just below "
              "the temperature of the mouth. At first it was sold to chemists for ointments and soaps."),
            P("Then confectioners found that adding extra butter to ground cacao and sugar gave a paste soft "
              "enough to pour into moulds. Solid eating chocolate was born from the leftovers of the cocoa press, "
              "and the van Houten firm itself grew into an international company with a large factory at Weesp."),
        ]),
        dict(label=None, title="Did You Know?", blocks=[
            P("Alkalised cocoa is still called Dutch-process cocoa in recipes. It reacts differently with baking "
              "soda than natural cocoa does, so bakers are warned not to swap one for the other.")]),
    ],
    quote=("“A cup of cocoa that needs no skimming is a small revolution in every kitchen.”",
           "— Grocer’s advertisement, Leiden, 1838"),
)

# ---------------------------------------------------------------- 2
DOCS["frys_chocolate_bar_1847"] = dict(
    title="A Bar to Eat Joseph Fry and the First Moulded Chocolate, 1847",
    title_lines=["A Bar to Eat", "Joseph Fry and the First Moulded Chocolate, 1847"],
    running=["The Chocolate Makers of Bristol", "14", "Eating Chocolate", "15"],
    kicker="CATALOGUE · SECTION 2",
    sections=[
        dict(label=None, title=None, blocks=[P(
            "In 1847 a Bristol firm of Quaker chocolate makers mixed cocoa butter, sugar and cocoa into a paste "
            "that could be pressed into a mould. What came out was a thin, brittle slab, and it is often called "
            "the first chocolate bar made for eating rather than for drinking.")]),
        dict(label=None, title="An Apothecary’s Trade", blocks=[
            P("Joseph Fry, a doctor and apothecary, began to make and sell chocolate in Bristol in the 1750s. "
              "Drinking chocolate was then thought of as a health food, and apothecaries were trusted to prepare "
              "it. After his death his widow Anna and their son Joseph Storrs Fry carried on the business."),
            P("In 1795 the son installed a steam engine of the Watt type to grind the beans, one of the first to "
              "be used for the purpose. Steam power allowed the firm to make more chocolate, more evenly, than "
              "rivals who relied on hand mills or horses."),
            P("Like the Cadbury and Rowntree families, the Frys were Quakers. Cocoa was promoted by Quaker "
              "businesses as a sober alternative to gin and beer, and the firm supported temperance causes as "
              "well as schools and charities in the city."),
        ]),
        dict(label=None, title="Paste in a Mould", blocks=[
            P("The new product relied on the cocoa butter left over from pressing. Mixed back into finely ground "
              "cacao and sugar, the extra fat made a paste that flowed when warm and set firm in a tin mould. "
              "Fry’s called it Chocolat Délicieux à Manger, a French name that suggested refinement to English "
              "shoppers."),
            P("The early bars were coarse and slightly gritty by modern standards, because neither the grinding "
              "nor the mixing was fine enough to hide the sugar crystals. They were sold wrapped in paper and "
              "eaten in small pieces as a treat rather than as a meal."),
            P("Within twenty years the firm was exhibiting chocolate at international exhibitions and winning "
              "medals. In 1866 it launched a bar filled with peppermint fondant, Fry’s Chocolate Cream, which was "
              "still on sale in Britain more than a century and a half later."),
            C("Tin mould for six tablets, with the maker’s name stamped on the rim, about 1870.", None,
              "Bristol Confectionery Archive, BCA 61/3"),
        ]),
        dict(label=None, title="The Largest Maker in Britain", blocks=[
            P("By the end of the nineteenth century Fry’s was the largest chocolate manufacturer in Britain, "
              "with several factories in the centre of Bristol and thousands of workers. Its advertisements, "
              "including a famous picture of a boy’s face passing from desperation to realisation, hung in "
              "railway stations across the country."),
            P("Competition from Cadbury was fierce, and in 1919 the two firms merged their interests. Fry’s "
              "moved its works to a green site at Somerdale, near Keynsham, where chocolate was made until the "
              "factory closed in 2011."),
        ]),
        dict(label=None, title="Five Boys", blocks=[
            P("The poster known as Five Boys, first used around 1902, showed the same child in five moods, from "
              "desperation to realisation that it was Fry’s. It was reprinted for decades and is still "
              "recognised by collectors.")]),
    ],
    notes=["1 The Fry firm traded under several partnership names before 1822.",
           "2 The Cadbury works at Bournville opened in 1879."],
    table=("The firm in dates", ["Year", "Event"],
           [["1761", "Shop and mill in Union Street"], ["1795", "Steam engine for grinding"],
            ["1847", "First moulded eating chocolate"], ["1866", "Chocolate Cream bar"],
            ["1919", "Merger with Cadbury"], ["1921", "Somerdale site bought"]]),
)

# ---------------------------------------------------------------- 3
DOCS["bournville_village_1879"] = dict(
    title="Bournville A Factory in a Garden, 1879",
    title_lines=["Bournville", "A Factory in a Garden, 1879"],
    running=[],
    kicker="A WALKING GUIDE",
    sections=[
        dict(label=None, title=None, blocks=[P(
            "In 1879 two brothers moved their chocolate works from the smoky centre of Birmingham to green "
            "fields four miles south of the town. Around the new factory they later built a village of cottages, "
            "parks and schools that is still lived in today.")]),
        dict(label="1", title="Out of Bridge Street", blocks=[
            P("John Cadbury opened a grocer’s shop in Bull Street, Birmingham, in 1824, selling tea, coffee and "
              "drinking chocolate that he ground himself. His sons Richard and George took over the manufacturing "
              "side in 1861, when the business was small and losing money."),
            P("The brothers turned it round with a pure cocoa essence, made with a Dutch press, that contained "
              "nothing but cacao. They advertised it as absolutely pure, and at a time when much cocoa was "
              "bulked out with flour and starch the claim brought them customers and a reputation for honesty."),
        ]),
        dict(label="2", title="A Factory in a Garden", blocks=[
            P("The old works in Bridge Street were cramped and dark. In 1878 the brothers bought land beside "
              "the Bourn brook, close to a railway and a canal, and the new factory opened in the following "
              "year. They gave it a French-sounding name, Bournville, because French chocolate was then thought "
              "the finest in the world."),
            P("Workers found playing fields, gardens and a swimming bath, unusual luxuries for factory hands in "
              "the 1880s. Women and men worked in separate departments and entered by separate gates, and the "
              "day began with a short reading from the Bible."),
            P("George Cadbury believed that decent housing would make healthier and happier workers. From 1893 "
              "he bought more land around the factory and had cottages built, each with a front garden and a "
              "long back garden planted with fruit trees, on wide roads lined with grass."),
            P("In 1900 he handed the estate to the Bournville Village Trust, so that it could never be sold for "
              "profit. The houses were not reserved for Cadbury employees, and rents were set so that ordinary "
              "working families could afford them."),
            C("Cottages on Linden Road, photographed soon after they were finished, about 1897.", None,
              "Courtesy of the Selly Oak Local History Circle, SOLHC P/118"),
        ]),
        dict(label="3", title="A Model for Others", blocks=[
            P("Visitors came from all over the world to study the village. Its mix of low density, green space "
              "and good sanitation influenced the garden city movement, and Letchworth and many suburban "
              "estates borrowed its ideas."),
            P("The trust still manages the estate, which has grown to several thousand homes. There are no pubs "
              "in the old village, a reminder of the Quaker founders’ views on drink."),
        ]),
        dict(label=None, title="Visiting Today", blocks=[P(
            "The village green, the Rest House of 1914 and the carillon of the junior school can be seen on a "
            "short walk from Bournville station. Please respect the privacy of residents.")]),
    ],
    index=["In this leaflet:", "1  Out of Bridge Street", "2  A Factory in a Garden", "3  A Model for Others"],
    colophon="Printed for the Friends of Selly Oak by Hollybank Press, March 2027. Free.",
)

# ---------------------------------------------------------------- 4
DOCS["lindt_conche_1879"] = dict(
    title="The Melting Bar Rodolphe Lindt and the Conche, 1879",
    title_lines=["The Melting Bar", "Rodolphe Lindt and the Conche, 1879"],
    running=["Chocolate Makers of Switzerland · Rodolphe Lindt", "Chocolate Makers of Switzerland · The Smooth Bar",
             "The Melting Bar · Rodolphe Lindt and the Conche, 1879", "Page 1 of 2", "Page 2 of 2"],
    kicker="BERNE, 1879",
    sections=[
        dict(label=None, title=None, blocks=[P(
            "Until the 1870s a chocolate bar snapped with a dull crack and felt sandy on the tongue. A young "
            "confectioner in Berne found that if the paste was stirred for days on end it became glossy and "
            "smooth, and melted in the mouth. His machine, the conche, is still at the heart of chocolate making.")]),
        dict(label="4.1", title="A Rough Beginning", blocks=[
            P("Rodolphe Lindt was born in Berne in 1855, the son of a pharmacist, and trained as a confectioner "
              "in Lausanne. In 1879 he set up a small factory in two old buildings beside the river Aare, using "
              "second-hand machines that had been damaged by fire."),
            P("His first chocolate was hard, dry and sometimes mouldy, and Lindt complained that he could not "
              "sell it. Like other makers of the time, he ground the roasted beans with sugar and then rolled the "
              "paste, but the result still felt gritty."),
        ]),
        dict(label="4.2", title="Stirred for Days", blocks=[
            P("The conche was a granite trough in which a heavy roller moved backwards and forwards over the warm "
              "chocolate paste. Its curved ends reminded people of a shell, which is the meaning of the Spanish "
              "word concha. Lindt ran the machine for hours and then for whole days."),
            P("A story in the firm says that he discovered the effect by accident, after leaving a machine "
              "running over a weekend. Whether or not that is true, the long stirring did several things at "
              "once. It broke the particles down further, drove off moisture and sour flavours, and coated every "
              "grain with fat."),
            P("Lindt also added extra cocoa butter to the paste. The finished chocolate could be poured into "
              "moulds as a liquid, and when it set it had a shine and a smooth texture that customers called "
              "fondant chocolate."),
            C("Granite roller from a longitudinal conche, with its iron axle, about 1890.", "Right",
              "On loan from the Aare Valley Industrial Collection, AVIC 3319"),
        ]),
        dict(label="4.3", title="From Berne to Kilchberg", blocks=[
            P("For years Lindt guarded his method and produced only modest quantities. In 1899 he sold the "
              "business and the secret of the conche to Johann Rudolf Sprüngli, whose family made chocolate near "
              "Zurich, for one and a half million francs."),
            P("The merged company took the name Lindt & Sprüngli. The new factory at Kilchberg, on the shore of "
              "Lake Zurich, became its home, and other makers soon built conches of their own once the idea was "
              "known."),
            P("Modern conches are steel tanks with rotating arms rather than stone troughs, and they work in "
              "hours rather than days. The principle, however, is the one that Rodolphe Lindt found in his "
              "riverside workshop, and fine chocolate is still judged by how cleanly it melts."),
        ]),
        dict(label=None, title="Why Chocolate Shines", blocks=[P(
            "Cocoa butter can set in several crystal forms. Careful heating and cooling, called tempering, "
            "makes the right form grow, so that the bar snaps cleanly, shines and does not turn grey.")]),
    ],
    quote=("“Melting chocolate, smoother than anything made before.”", "— Berne shop notice, about 1885"),
    table=("Conching then and now", ["", "Lindt, 1880s", "Modern"],
           [["Time", "up to 72 hours", "6–24 hours"], ["Vessel", "granite trough", "steel tank"],
            ["Motion", "roller to and fro", "rotating arms"]]),
    footnote=("* Lindt’s machine is sometimes dated to 1880; the firm’s own accounts give 1879 for the first "
              "batch, and the first sales followed in the next spring."),
)

# ---------------------------------------------------------------- 5 DOCX
DOCS["peter_milk_chocolate_1875"] = dict(
    title="Milk and Chocolate Daniel Peter in Vevey, 1875",
    title_lines=["Milk and Chocolate", "Daniel Peter in Vevey, 1875"],
    running=["Lake Geneva Museum of Food · Milk Chocolate Room"],
    kicker="TEMPORARY DISPLAY",
    sections=[
        dict(label=None, title=None, blocks=[P(
            "Milk and chocolate had been drunk together for two hundred years, but no one had managed to make a "
            "solid bar of the two that kept well. The problem was water. It took a candle maker turned "
            "chocolatier in the Swiss town of Vevey eight years of trials before he had a recipe he could sell.")]),
        dict(label="1", title="A Candle Maker’s Change of Trade", blocks=[
            P("Daniel Peter was born in 1836 and worked with his brother in a candle business in Vevey, on the "
              "northern shore of Lake Geneva. When paraffin lamps began to replace candles in the 1860s, the "
              "trade declined and Peter looked for another living."),
            P("He married Fanny Cailler, whose family ran one of the oldest chocolate firms in Switzerland, and "
              "learned the craft from them. In 1867 he opened his own small chocolate works in Vevey."),
        ]),
        dict(label="2", title="The Trouble with Water", blocks=[
            P("Fresh milk is mostly water, and water and cocoa butter do not mix. A bar made with ordinary milk "
              "went soft, turned mouldy and soon tasted rancid, so earlier attempts had been abandoned."),
            P("Peter’s neighbour in Vevey was Henri Nestlé, a chemist who had developed a milk food for babies. "
              "The dried and condensed milk products that Nestlé and others were making gave Peter a way of "
              "adding milk with most of the water already taken out."),
            P("Peter experimented for years with the proportions and with the timing of each step. By 1875 he "
              "was selling a milk chocolate for drinking, and in 1887 he launched the solid bar that he named "
              "Gala Peter, after the Greek word for milk."),
            C("Printed tin for Gala Peter chocolate, about 1900.", "Left",
              "Lent by a private collector, Montreux"),
        ]),
        dict(label="3", title="Milk Chocolate Conquers Europe", blocks=[
            P("The new bar was milder and sweeter than plain chocolate, and it appealed to children and to "
              "walkers in the Alps, who carried it as a light, energy-giving food. Exports grew quickly, "
              "especially to Britain."),
            P("In 1904 Peter’s firm joined with the makers Kohler and agreed to sell its chocolate through "
              "Nestlé’s worldwide network. Cailler joined the group in 1911, the business became part of Nestlé "
              "in 1929, and Swiss milk chocolate became famous far beyond the lake."),
        ]),
        dict(label=None, title="A Taste for the Alps", blocks=[P(
            "Swiss makers used pictures of mountains, cows and herdsmen on their wrappers from the start. The "
            "images suggested pure air and rich pasture, although the milk came from many valleys.")]),
    ],
    quote=("“The difficulty was always the water in the milk.”", "— attributed to Daniel Peter"),
    footnote="Cailler, founded in 1819 near Vevey, is often named as the oldest Swiss chocolate brand still in use.",
    hidden="[Check date of Gala Peter launch against the firm’s ledger before printing.]",
)

# ---------------------------------------------------------------- 6 HTML
DOCS["tetteh_quarshie_cocoa_1879"] = dict(
    title="Seeds from Fernando Po Tetteh Quarshie and Cocoa on the Gold Coast, 1879",
    title_lines=["Seeds from Fernando Po", "Tetteh Quarshie and Cocoa on the Gold Coast, 1879"],
    running=[],
    kicker="Online exhibition",
    sections=[
        dict(label=None, title=None, blocks=[P(
            "Ghana is one of the largest producers of cocoa in the world, yet the crop has been grown there for "
            "less than a century and a half. Its story begins with a blacksmith who came home from an island "
            "plantation with a handful of pods.")]),
        dict(label="1", title="A Blacksmith Abroad", blocks=[
            P("Tetteh Quarshie was born in 1842 in the Ga town of Osu, near Accra, and learned the trade of a "
              "blacksmith at a mission workshop. Like many skilled men of the coast, he travelled in search of "
              "work."),
            P("He spent several years on Fernando Po, the island now called Bioko, in the Gulf of Guinea. Spanish "
              "planters there grew cacao on volcanic soil, and Quarshie saw how the trees were raised from seed "
              "and shaded while young."),
        ]),
        dict(label="2", title="The Farm at Mampong", blocks=[
            P("In 1879 he returned to the Gold Coast with cacao pods, and he planted the seeds on land at "
              "Mampong in the Akuapem hills. The trees bore fruit a few years later, and he began to sell pods to "
              "other farmers who wanted to try the new crop."),
            P("The colonial botanical garden at Aburi, opened in 1890, also raised and distributed seedlings, "
              "and historians still debate how much credit belongs to the gardens and how much to African "
              "farmers. What is clear is that the expansion was driven by local people rather than by "
              "plantation companies."),
            P("Families bought forest land, often in groups, and cleared it for cacao, moving further inland as "
              "the old farms aged. They used their own savings and labour, and they shared the profits among "
              "relatives and workers."),
            C("Cacao pods ripening on the trunk of a young tree.", None,
              "Photograph: Akuapem Heritage Project"),
        ]),
        dict(label="3", title="The Cocoa Coast", blocks=[
            P("Exports rose from a few bags in the early 1890s to tens of thousands of tons by 1911, when the "
              "Gold Coast became the largest cocoa exporter in the world. Railways and roads were built to carry "
              "the beans to the ports."),
            P("Quarshie did not live to see most of this. He died in 1892, and he is remembered today by a "
              "hospital at Mampong, a busy roundabout in Accra and the trees that still grow on the site of his "
              "first farm."),
        ]),
        dict(label=None, title="From Pod to Bean", blocks=[P(
            "Each pod holds thirty to fifty seeds in a sweet white pulp. The seeds are left to ferment under "
            "banana leaves for about a week and then dried in the sun before they are sold.")]),
    ],
)

# ---------------------------------------------------------------- additions (second drafting pass)
def _add(doc, sec, text, at=None):
    blocks = DOCS[doc]["sections"][sec]["blocks"]
    pos = at if at is not None else (len(blocks) - 1 if blocks[-1]["kind"] == "caption" else len(blocks))
    blocks.insert(pos, P(text))

_add("van_houten_press_1828", 3,
     "Cheap cocoa powder also changed who drank chocolate. Once a luxury of courts and coffee houses, a "
     "warm cup of cocoa became an everyday drink for clerks, factory workers and children, and makers in "
     "Britain, France and Germany bought presses of their own to keep up with the Dutch.")
_add("van_houten_press_1828", 1,
     "Customers also complained that the drink lay heavily on the stomach, and doctors who recommended it "
     "for invalids often told them to take only a small cup at a time.")
_add("frys_chocolate_bar_1847", 1,
     "The works grew from a single shop into a cluster of buildings around Union Street and Pithay, where "
     "roasting, grinding and packing were carried on in rooms that had once been houses and warehouses. "
     "Much of the labour was done by young women, who were supervised closely and kept apart from the men.")
_add("frys_chocolate_bar_1847", 3,
     "The family kept control of the firm for generations, but the old city site could no longer be "
     "extended, and the directors began to look for open land outside Bristol.")
_add("bournville_village_1879", 1,
     "Both brothers were Quakers who taught at an adult school on Sunday mornings, and they saw how many of "
     "their pupils lived in overcrowded courts without clean water or light. That experience shaped the way "
     "they would later treat their own workers.")
_add("bournville_village_1879", 3,
     "The factory itself kept growing. Dairy Milk, launched in 1905 with a higher proportion of milk than its "
     "rivals, became the best-selling bar in Britain, and by the 1920s Bournville employed around ten thousand "
     "people, many of whom walked to work along the tree-lined roads of the village.")
_add("lindt_conche_1879", 1,
     "Switzerland had few raw materials for the trade. Cacao came from overseas and sugar had to be imported, "
     "but the country had water power, skilled mechanics and a growing tourist market for small luxuries.")
_add("lindt_conche_1879", 3,
     "Lindt himself retired soon afterwards and died in 1909. His brother August and other relatives were "
     "involved in long legal disputes with the new company over the use of the family name.")
_add("peter_milk_chocolate_1875", 1,
     "The Vevey region already had a tradition of chocolate making, and its mills stood on streams that ran "
     "down from the hills to the lake. Peter rented space in one of them and learned to roast, winnow and "
     "grind the beans, but he knew that he would have to offer something new to compete with the older firms.")
_add("peter_milk_chocolate_1875", 2,
     "Powdered milk was not yet a practical ingredient, and sweetened condensed milk brought its own water "
     "and sugar into the mixture. Peter found that the paste had to be mixed slowly and dried for a long time "
     "before it could be pressed, and many batches spoiled in the moulds.")
_add("peter_milk_chocolate_1875", 3,
     "Rival firms soon brought out milk bars of their own. Cadbury in England and Hershey in the United States "
     "both developed recipes in the first years of the twentieth century, and each produced a flavour that "
     "its own customers came to think of as the taste of milk chocolate.")
_add("tetteh_quarshie_cocoa_1879", 1,
     "Fernando Po drew labourers and craftsmen from all along the West African coast. Wages were higher than "
     "at home, but the work was hard and the climate unhealthy, and many men returned after a few seasons with "
     "savings, tools and new ideas about farming.")
_add("tetteh_quarshie_cocoa_1879", 3,
     "The boom had a cost. Forest was cleared on a vast scale, prices rose and fell with the world market, and "
     "in the 1930s farmers held back their crops in protest against the low prices paid by European buying "
     "firms. Disease also struck, and swollen shoot virus destroyed millions of trees after 1936.")
_add("tetteh_quarshie_cocoa_1879", 2,
     "Farmers also learned to ferment and dry the beans carefully, because buyers paid more for a clean, "
     "well-cured product. Gold Coast cocoa soon had a reputation for quality that it has kept ever since.")
DOCS["lindt_conche_1879"]["sections"][4]["blocks"][0]["text"] += (
    " Makers in Lindt’s day tempered by hand on a cool marble slab.")
DOCS["bournville_village_1879"]["sections"][4]["blocks"][0]["text"] += (
    " Guided walks leave the green on summer Saturdays.")
