# All exhibit texts (my own words). Apostrophes are typographic (’); the PDF painter maps them to ASCII.
DOCS = {}

DOCS["mccormick_reaper_1831"] = dict(
    kind="pdf",
    kicker="GALLERY 4 · MACHINES IN THE FIELD",
    number="4",
    title_lines=["The Reaper Comes", "to the Prairie"],
    intro="For thousands of years grain was cut by hand with a sickle or a scythe, and the size of a harvest was fixed by how many people could be found to swing them. In the summer of 1831 a young Virginian showed his neighbours a horse-drawn machine that could do the work of several men.",
    running=["Harlan Valley Museum of Rural Life · Gallery 4 · Panel 4"],
    sections=[
        dict(label=None, title="A Field in Virginia", paras=[
            "Cyrus Hall McCormick was twenty-two when he demonstrated his reaper on a farm near Steele’s Tavern in the Shenandoah Valley. His father Robert had tried for years to build such a machine and given up. The son’s version combined several ideas that would last: a reciprocating blade that cut like a row of shears, fingers to hold the stalks against it, a reel to push the grain back, and a platform where the cut stalks fell.",
            "A man still had to walk beside the machine and rake the grain off the platform, and other hands followed to bind it into sheaves. Even so, a reaper pulled by a single horse could cut as much wheat in a day as five or six men with cradle scythes. McCormick patented it in 1834, a few months after Obed Hussey of Ohio had patented a rival design, and the two men argued about priority for the rest of their lives.",
        ]),
        dict(label=None, title="Chicago and the Grain Belt", paras=[
            "For a decade McCormick sold only a handful of machines. The hilly fields of Virginia suited them badly, and the real market lay in the flat prairies of Illinois, Wisconsin and Iowa, where settlers had more land than they could ever harvest by hand. In 1847 he moved to Chicago, then a muddy town on the lake, and built a factory beside the river.",
            "He sold on credit, offered written guarantees, printed testimonials from satisfied farmers and sent agents from county to county to repair machines in the field. These habits were nearly as new as the reaper. By 1856 the factory was turning out more than four thousand machines a year, and the prairie states were growing wheat for the cities of the east and for export across the Atlantic.",
        ], caption=dict(position="Above", text="A reaper of the 1850s with its reel, cutter bar and raker’s seat, reconstructed from factory drawings.", credit="Lent by the Tillotson Farm Machinery Trust, TF 88.214")),
        dict(label=None, title="Fewer Hands at Harvest", paras=[
            "At the Great Exhibition in London in 1851 a McCormick reaper was laughed at when it was unpacked and praised once it had cut a field of wet English wheat. During the Civil War the machines allowed northern farms to keep up their harvests while many of their young men were in the army.",
            "Later inventors added self-raking platforms, then binders that tied the sheaves with wire and afterwards with twine. Each improvement meant fewer workers in the harvest field, and over the following century the combine harvester gathered cutting, threshing and cleaning into one machine. The company became part of International Harvester in 1902.",
        ]),
    ],
    sidebar=dict(title="Did You Know?", paras=[
        "A skilled worker with a sickle could cut about half an acre of wheat in a long day. With a cradle scythe he might manage two acres.",
        "Early reapers were sold with a printed card of instructions, and buyers were told to keep the knife sharp with a file carried in a box on the frame.",
    ]),
    quote=("‘It will cut a field while the dew is still on it, and ask no wages at the end of the week.’", "Advertisement, Prairie Farmer, 1849"),
)

DOCS["haber_bosch_1909"] = dict(
    kind="pdf",
    kicker="CATALOGUE · FEEDING THE SOIL",
    title_lines=["Bread from the Air:", "The Making of Synthetic Ammonia"],
    intro="Plants need nitrogen, and for most of history farmers could only return it to their fields as manure, compost or the roots of clover and beans. Between 1909 and 1913 two German chemists found a way to draw it from the air itself.",
    running=["Wendover Museum of Agriculture · Catalogue of the Soil Gallery", "I · The Nitrogen Problem", "III · Half the World’s Bread", "58", "59"],
    sections=[
        dict(label="I", title="The Nitrogen Problem", paras=[
            "Four fifths of the air is nitrogen, but in that form it is useless to almost every living thing. Only certain bacteria, many of them living in swellings on the roots of peas, beans and clover, can turn it into compounds that plants can take up. Crop rotations that included these plants kept European fields fertile for centuries.",
            "During the nineteenth century farmers began to buy nitrogen instead. Ships brought guano, the dried droppings of seabirds, from islands off Peru, and when those deposits ran low they brought sodium nitrate from the deserts of northern Chile. In 1898 the chemist William Crookes warned the British Association that the world’s wheat supply would fail within a generation unless chemists learned to fix nitrogen from the atmosphere.",
        ], caption=dict(position=None, text="a steel reaction vessel of the kind used at Oppau, shown here as a cut-away model at one-twentieth scale.", credit="Courtesy of the Lindqvist Institute of Chemical Engineering, LI 1961.40", credit_first=True)),
        dict(label="II", title="From Laboratory to Factory", paras=[
            "Fritz Haber, working at Karlsruhe, showed in 1909 that nitrogen and hydrogen would combine into ammonia over a catalyst of osmium if the gases were pressed to about two hundred atmospheres and heated to some five hundred degrees. His apparatus stood on a laboratory bench and produced a trickle of liquid ammonia.",
            "The chemical firm BASF gave the task of scaling it up to Carl Bosch, an engineer. His team had to design steel vessels that would not crack under the hydrogen, and Alwin Mittasch tested thousands of substances before settling on a cheap catalyst of iron. The first plant opened at Oppau in 1913, and a second, much larger one at Leuna during the war.",
            "The same ammonia could be turned into nitric acid for explosives, and the process let Germany continue the war after the British blockade cut off Chilean nitrate. Haber, who also directed the German gas attacks, received the Nobel Prize for chemistry in 1918; Bosch shared another in 1931.",
        ]),
        dict(label="III", title="Half the World’s Bread", paras=[
            "After the war the method spread to Britain, France, the United States and Japan, and the nitrate trade of Chile collapsed. Cheap fertiliser changed farming more slowly, but after 1950 it became the foundation of high-yielding agriculture. Today the process consumes around one or two per cent of the world’s energy.",
            "Estimates suggest that roughly half the nitrogen in the average human body has passed through an ammonia plant. Much of what is spread on fields is never taken up by crops and washes into rivers and seas, where it feeds blooms of algae, or escapes into the air as nitrous oxide, a powerful greenhouse gas.",
            "Agronomists now try to match the dose to what each field needs, using soil tests, slower-release granules and sensors on tractors. The question of how to feed people without wasting nitrogen is as urgent as it was in 1898.",
        ]),
    ],
    sidebar=dict(title="Why Osmium?", paras=[
        "Haber chose osmium because it worked, not because it was practical. The whole world supply was only about a hundred kilograms, and BASF bought most of it before Mittasch’s iron catalyst made it unnecessary.",
    ]),
    notes=["W. Crookes, presidential address to the British Association, Bristol, 1898.", "Estimates of energy use vary with the method; see the bibliography, pp. 112-14."],
    table=dict(title="Fixed nitrogen, world output", head=("Year", "Tonnes"), rows=[("1913", "about 7,000"), ("1929", "about 350,000"), ("1960", "about 10 million"), ("2020", "over 150 million")]),
)

DOCS["potato_blight_1845"] = dict(
    kind="pdf",
    kicker="THE HUNGRY YEARS",
    title_lines=["A Crop That Failed", "Potato Blight in Ireland, 1845-1852"],
    intro="In the autumn of 1845 the leaves of potato plants across Ireland turned black, and the tubers rotted in the ground or in store within days. For millions of people the potato was almost the only food they had.",
    running=["Ballinure Famine Museum", "Page 1", "Page 2"],
    sections=[
        dict(label="1", title="One Field, One Food", paras=[
            "By the 1840s about three million people in Ireland, most of them labourers and small tenants in the west and south, lived largely on potatoes. A single acre of lazy beds, ridges of soil built up with spade and seaweed, could feed a family for most of the year, and the crop grew where grain would not. Rent was paid by growing oats or raising a pig for sale, and the potato fed the household.",
            "Nearly all the plants were of one or two varieties, above all the heavy-cropping Lumper, grown from pieces of the previous year’s tubers. Every plant in a district was in effect a copy of every other, and none of them had any resistance to the disease that arrived from across the Atlantic.",
            "Potatoes could not be stored for much more than a year, so there was never a large reserve. Each summer, before the new crop was dug, poor families passed through the hungry months of June and July, living on cabbage, nettles or meal bought on credit at high prices.",
        ]),
        dict(label="2", title="The Blight", paras=[
            "The cause was a water mould, later named Phytophthora infestans, which had probably travelled from the Americas to Belgium and spread through northern Europe in the summer of 1845. Its spores were carried on the wind and washed by rain into the soil, where they rotted the tubers. Contemporary scientists argued about wet weather, electricity and bad air; the Reverend Miles Berkeley was among the few who blamed a living organism.",
            "About a third of the 1845 crop was lost. In 1846 the failure was almost total, and in the following years blight returned whenever the summer was warm and damp. Farmers had no remedy. The copper sprays that would eventually control the disease were discovered in France only in the 1880s.",
        ], caption=dict(position="Right", text="Potato leaves and tubers modelled in wax for a teaching collection in Dublin, showing the dark patches of blight.", credit="Lent by the Corcoran Botanical Teaching Collection, CB 1/77")),
        dict(label="3", title="Hunger and Departure", paras=[
            "Relief came slowly and under rules that made it hard to reach. Public works paid wages too low to buy food at famine prices, soup kitchens opened in 1847 and closed within months, and the workhouses filled with the sick. Grain and cattle continued to be shipped from Irish ports throughout the crisis.",
            "About a million people died of hunger and disease, and more than a million emigrated to Britain, Canada and the United States. The population of Ireland, over eight million in 1841, continued to fall for a century. The lazy beds can still be seen as ridges in the grass of abandoned hillsides.",
            "Historians still argue over how far the deaths were caused by the blight and how far by the policies of the government and the landlords. What is not in doubt is that a disease of one crop became a catastrophe because so many people depended on it alone.",
        ]),
    ],
    sidebar=dict(title="Lazy Beds", paras=[
        "The name is misleading. Building the ridges meant turning the sod with a narrow spade, piling it over manure or seaweed and digging trenches on either side for drainage, which was hard and careful work.",
    ]),
    sidenotes=["The Lumper was introduced early in the century and spread because of its yield, not its taste.", "Berkeley published his view in the Journal of the Horticultural Society in 1846.", "Blight did not vanish: new strains reached Europe in the 1980s."],
    blockquote=("The earth had nothing left to give, and the people nothing left to give for it.", "— Letter from a Mayo curate, 1847"),
)

DOCS["borlaug_wheat_1944"] = dict(
    kind="pdf",
    kicker="GALLERY 7",
    title_lines=["Short Wheat, Long Harvest"],
    dateline="1944-1970",
    intro="In 1944 a young plant pathologist arrived in Mexico to help farmers whose wheat was being destroyed by rust. The work that followed produced dwarf wheats that doubled and tripled yields, first in Mexico and then in South Asia.",
    running=["Oakhurst Centre for Food and Farming · Gallery 7 · Panel 2"],
    sections=[
        dict(label="A", title="Rust in the Bajío", paras=[
            "Norman Borlaug grew up on a farm in Iowa and trained as a forester and plant pathologist. He joined a programme funded by the Rockefeller Foundation and the Mexican government whose aim was to raise the country’s harvests of wheat and maize. Stem rust, a fungus that spreads by windborne spores, was ruining wheat crops year after year.",
            "Breeding a resistant variety normally took ten years or more. Borlaug shortened the wait by growing two generations a year, one in the highlands near Toluca in summer and another in the Yaqui Valley of Sonora in winter. Experts warned that seed had to rest after harvest, but the plants grew well in both places and, because they had faced both climates, were suited to many latitudes.",
        ]),
        dict(label="B", title="Dwarf Plants", paras=[
            "Fertiliser could make wheat grow more grain, but the tall traditional varieties then grew so heavy that they fell over before harvest. In the 1950s Borlaug obtained seed descended from Norin 10, a short Japanese wheat that American scientists had collected after the war. Crossed with Mexican lines, it gave plants with stiff, short stems that could carry a heavy head of grain.",
            "By 1963 almost all the wheat grown in Mexico came from the new varieties, and the country’s yield per hectare had roughly trebled since 1944. Teams of young Mexican scientists, trained in the programme, ran much of the work in the experimental fields.",
            "The same approach was later applied to rice at the International Rice Research Institute in the Philippines, founded in 1960. Its short variety IR8, released in 1966, was nicknamed miracle rice by the farmers who first grew it.",
        ], caption=dict(position="Below", text="Sheaves of a tall traditional wheat and a semi-dwarf variety, grown side by side in the museum garden in 2019.", credit="Oakhurst Centre for Food and Farming, OC 2019.58")),
        dict(label="C", title="India and Pakistan", paras=[
            "In the mid-1960s India and Pakistan faced drought and the threat of famine. Both governments imported thousands of tonnes of Mexican seed, shipped in 1965 through ports disrupted by war between them. Together with irrigation wells and fertiliser, the seed raised the Punjab’s harvest so fast that schools were closed to store the grain.",
            "Borlaug received the Nobel Peace Prize in 1970. Critics pointed out that the new wheats needed water, fertiliser and credit that richer farmers could buy more easily, that they narrowed the range of varieties in the fields, and that heavy irrigation lowered the water table. Both the praise and the criticism are still debated.",
            "In 1966 the Mexican programme became CIMMYT, the International Maize and Wheat Improvement Center, which still sends seed and breeding lines to scientists around the world. Rust has not gone away: a new strain found in Uganda in 1999 attacked many of the resistant varieties, and breeders are again racing to keep ahead of it.",
        ]),
    ],
    sidebar=dict(title="Shuttle Breeding", paras=[
        "The two stations lay about two thousand kilometres apart. Seed harvested in one place in spring or autumn was packed and driven north or south to be sown within weeks.",
    ]),
    blockquote=("We were in a race against time, and the rust did not wait for the seasons.", "— remembered by a field assistant, 1952"),
    table=dict(title="Wheat yield in Mexico", head=("Year", "Tonnes per hectare"), rows=[("1944", "0.75"), ("1956", "1.4"), ("1963", "2.3")]),
)

DOCS["chinampas_tenochtitlan_1325"] = dict(
    kind="docx",
    kicker="Lake Gardens of the Valley of Mexico",
    title_lines=["Gardens on the Water", "The Chinampas of Tenochtitlan"],
    intro="When the Mexica founded their city on an island in Lake Texcoco, traditionally in 1325, they fed it in part from fields built in the shallow water. These narrow raised gardens, the chinampas, were among the most productive farms of the pre-industrial world.",
    running=["Rosmarin Museum of World Farming · Room 9"],
    sections=[
        dict(label="Part One", title="Building a Field in a Lake", paras=[
            "A chinampa began with a frame of stakes driven into the bed of the lake, often willow cuttings that later took root. Between them farmers piled layers of reeds, water plants and rich mud scooped from the bottom, until a long rectangle of soil stood just above the surface. Canals were left between the plots, so that each was surrounded on most sides by water.",
            "The farmers did not need to water their crops. Moisture rose through the soil from below, and the mud dredged from the canals each year was spread on the beds as fertiliser. Seedlings were raised in small blocks of mud in nurseries and planted out as soon as space allowed, so a bed was rarely empty.",
            "Archaeologists have found traces of chinampa farming in the southern basin that are older than the Mexica city itself. The newcomers adopted a technique already practised by the towns around the lakes and extended it on a far greater scale.",
        ]),
        dict(label="Part Two", title="Feeding a City", paras=[
            "By the early sixteenth century Tenochtitlan and its neighbouring towns held perhaps two hundred thousand people. Chinampas covered much of the southern lakes of Xochimilco and Chalco, which had fresh water fed by springs, while dikes built under the rulers of the city kept the salty water of Lake Texcoco well away from the gardens.",
            "Maize, beans, squash, chillies, tomatoes and amaranth grew on the beds, together with flowers for temples and markets. Canoes carried the harvest along the canals to the great market at Tlatelolco, which Spanish soldiers later described with astonishment.",
            "Farming families held their plots through their neighbourhood, the calpolli, and paid part of the harvest as tribute. Estimates of what a hectare of chinampa could feed vary, but several crops a year on constantly renewed soil made it far more productive than a dry field on the slopes.",
        ], caption=dict(position="Above", text="Model of a chinampa bed with its willow stakes, canal and nursery blocks, made for the museum in 1988.", credit="Rosmarin Museum of World Farming, RM 1988.301")),
        dict(label="Part Three", title="After the Conquest", paras=[
            "The Spanish conquest of 1521 brought epidemics that killed most of the farming population, and colonial engineers later drained much of the lake system to protect Mexico City from floods. Cattle, wheat and new systems of land ownership replaced many of the old gardens.",
            "Chinampas survive in Xochimilco and a few other places on the edge of the modern city. Their canals are visited by tourists in painted boats, and farmers and researchers are working to keep the remaining beds productive as the water supply grows scarcer and more polluted. Some beds now supply organic vegetables to restaurants in the city, and a few families still raise their seedlings in mud blocks cut by hand, as their ancestors did five centuries ago on the same canals.",
        ]),
    ],
    sidebar=dict(title="Floating Gardens?", paras=[
        "Visitors often call chinampas floating gardens. They never floated: they were anchored to the lake bed by stakes and by the roots of the trees planted along their edges.",
    ]),
    quote=("Every canal was a road and every garden a granary.", "— from a modern guide to Xochimilco"),
    notes=["Estimates of the population range widely, from about 150,000 to over 250,000."],
)

DOCS["dujiangyan_irrigation_256"] = dict(
    kind="html",
    kicker="Water and the Plain",
    title_lines=["The River Divided", "Dujiangyan and the Chengdu Plain"],
    intro="Around 256 BC the governor of the newly conquered province of Shu set out to tame the Min River where it leaves the mountains of Sichuan. The system his workers built still waters more than half a million hectares of farmland.",
    running=[],
    sections=[
        dict(label="Station 1", title="A River Out of the Mountains", paras=[
            "The Min River carries snowmelt and summer rain from the Tibetan plateau. Where it reaches the Chengdu Plain it slows abruptly, and for centuries it dropped its gravel there, flooding the eastern side of the plain in summer while leaving the land beside it dry for much of the year.",
            "The state of Qin had conquered Shu in 316 BC and wanted the province as a source of grain and soldiers for its long wars. Li Bing, appointed governor some decades later, is credited with designing the works, helped, according to legend, by his son.",
            "Earlier rulers of Shu had tried to cut channels through the plain, but the floods kept returning. Li Bing’s engineers studied the river through a full cycle of seasons before deciding where to divide it, a story that later writers told as a lesson in patience.",
        ]),
        dict(label="Station 2", title="Fish Mouth and Flying Sand", paras=[
            "Instead of a dam, the builders placed a long artificial island in the middle of the river. Its pointed head, the Fish Mouth, splits the water into an outer channel, which carries floods and most of the gravel onward, and an inner channel leading to the plain. In the dry season the inner channel, being deeper, takes the greater share of the flow.",
            "Further down, a low spillway called the Flying Sand Weir lets excess water and sediment spill back into the outer river. The inner channel then passes through the Bottle Neck, a gap cut through a hillside. The hard rock was split by heating it with fire and drenching it with cold water.",
        ], caption=dict(position=None, text="Bamboo baskets filled with river stones, the traditional material for the dikes, in a reconstruction made for the exhibition.", credit="Lent by the Qingcheng Hydraulic History Society, QH 2016.12")),
        dict(label="Station 3", title="Two Thousand Years of Maintenance", paras=[
            "The system survived because it was maintained. Each winter the channels were closed in turn with wooden tripods and mats, and the accumulated gravel was dug out to a depth marked by iron bars laid in the riverbed. The rule handed down for the work was to dig the bed deep and keep the weirs low.",
            "Modern concrete has replaced many of the baskets, and a dam built upstream in the 2000s changed the river once again. The works came through the Wenchuan earthquake of 2008 with only minor damage and were inscribed as a World Heritage Site in 2000.",
            "The plain it watered became known as the Land of Abundance. Its rice, silk and salt helped the Qin unify China in 221 BC, and its harvests supported later dynasties through wars and famines in other provinces. A temple to Li Bing and his son stands above the Fish Mouth, and a festival at the start of the irrigation season still marks the opening of the channels each spring.",
        ]),
    ],
    sidebar=dict(title="The Stone Men", paras=[
        "Li Bing is said to have set up stone figures in the river to measure its level. A statue of him, found in the riverbed in 1974, carries an inscription dating it to AD 168.",
    ]),
    quote=("Dig the bed deep, keep the weir low.", "— maxim of the river keepers"),
    notes=["The area figure is for irrigated land today; the ancient system served a smaller area."],
)
