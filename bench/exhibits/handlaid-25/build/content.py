# -*- coding: utf-8 -*-
"""All texts of hand-laid set r21.

Marks inside paragraph strings:
  |      where the layout interrupts the paragraph (caption, page/column break);
  ^x^    a note mark glued to the previous word (x is printed, not gold).
gold_text() removes both. Museums, lenders, photographers, accession numbers
are made up; the history is real, in my own words.
"""
import json
import re

# ---------------------------------------------------------------- 1 Bell Rock
BELL = dict(
    name="bell_rock_lighthouse_1810",
    museum="Lunan Bay Museum of Lights",
    header_right="Catalogue of the Stevenson Room",
    folios=["p. 32", "p. 33"],
    kicker="STEVENSON ROOM \u00b7 CATALOGUE 4",
    title_lines=["A Tower on the", "Inchcape Rock:", "The Bell Rock Light"],
    intro=("Eleven miles out from Arbroath, a reef that vanished under every high tide wrecked ships for "
           "centuries. Between 1807 and 1810 a team of masons and seamen raised a stone tower on it. The "
           "light has shone since February 1811, and the tower is now the oldest sea-washed lighthouse "
           "still standing."),
    sections=[
        dict(label="Entry 4.1", title="A Reef Without a Warning", paras=[
            "The Inchcape or Bell Rock lies in the approaches to the Firth of Tay and the Firth of Forth, where "
            "shipping bound for Dundee, Leith and the Baltic passed in great numbers. At low water a ridge of dark "
            "sandstone shows above the sea; at high water it lies some four metres under it, and the waves break "
            "over it only in rough weather.",
            "A legend, retold by Robert Southey in a well-known ballad, says that a medieval abbot of Arbroath hung a "
            "bell on the reef to warn sailors, and that a pirate cut it down and was later wrecked there himself. "
            "Whatever the truth of the story, by 1800 the rock was claiming several ships every winter, and a great "
            "storm in 1799 drove many vessels ashore along that coast.",
        ], record=[("Object", "Sailor\u2019s chart of the Tay approaches"), ("Date", "about 1795"),
                   ("Maker", "unknown, Dundee"), ("Acc. no.", "LBM 1974.118")]),
        dict(label="Entry 4.2", title="Stevenson and Rennie", paras=[
            "The young engineer to the Northern Lighthouse Board, Robert Stevenson, had studied the reef since 1800 "
            "and argued that a stone tower could stand on it. Parliament was slow to pay for so bold a scheme, and "
            "the Board brought in the eminent engineer John Rennie as chief engineer, with Stevenson as the man in "
            "charge on site.",
            "Rennie^*^ made changes to the design, including a steeper curve at the base, | but he rarely visited the "
            "rock, while Stevenson spent whole seasons there. The question of who deserved the credit soured "
            "relations between the two families for generations after both men had died.",
        ], caption=dict(position="Left", text="Stevenson\u2019s drawing of the tower in section, showing the solid lower courses.",
                        credit="Lent by the Tayport Drawing Collection"),
           note="* John Rennie (1761\u20131821) also designed Waterloo Bridge in London."),
        dict(label="Entry 4.3", title="Working Between the Tides", paras=[
            "Work began in August 1807. The masons could only stand on the rock for an hour or two around low "
            "water, so at first they lived aboard a moored ship, rowing across whenever the reef was uncovered. "
            "Later a wooden barrack on tall legs was built beside the tower, and the men lived there, high above "
            "the waves, through each working summer.",
            "The granite and sandstone blocks were cut and shaped in a yard at Arbroath, fitted together there "
            "course by course to check the joints, and then shipped out. Each stone was dovetailed to its "
            "neighbours and fixed with oak pins and wedges, so that every course locked into a single mass. The "
            "heavy stones were lifted into place by a crane that rose with the tower.",
        ], record=[("Object", "Mason\u2019s dovetail template, pine"), ("Date", "1808"),
                   ("Acc. no.", "LBM 2003.41.2")]),
        dict(label="Entry 4.4", title="A Light for Two Centuries", paras=[
            "The last stone was set in 1810, and the light was first shown on 1 February 1811. Oil lamps burned in "
            "front of polished silvered reflectors, and the frame carrying them turned slowly, so that ships saw "
            "the light flash red and white and could tell it from any other on the coast.",
            "Three keepers at a time lived in the tower, cut off for weeks by storms. The light was made automatic "
            "in 1988, and the last keepers left that year. The tower has survived two centuries of winter seas "
            "with only minor repairs, a tribute to the care with which its first stones were laid.",
        ], caption=dict(position="Above", text="A brass lamp reflector of the type first used in the lantern.",
                        credit="Photograph: Morag Lindsay"),
           record=[("Object", "Silvered copper reflector"), ("Date", "about 1830"), ("Acc. no.", "LBM 1961.7")]),
    ],
    sidebar=dict(title="Turner at the Bell Rock", paras=[
        "Stevenson wanted a striking picture for his published account of the work, and in 1819 he asked "
        "J. M. W. Turner to paint the lighthouse in a storm. Turner\u2019s watercolour shows the tower half hidden "
        "by spray, with a small boat struggling in the foreground. An engraving of it appeared in Stevenson\u2019s "
        "book in 1824."]),
    pullquote="Two hours a tide, four months a year: that was all the sea allowed.",
)

# ---------------------------------------------------------------- 2 Quebec Bridge (bilingual)
QUEBEC = dict(
    name="quebec_bridge_1907",
    museum="Cap-Rouge River Museum \u00b7 Mus\u00e9e du fleuve de Cap-Rouge",
    header_right="Hall 3 \u00b7 Salle 3",
    folios=["1", "2", "3"],
    title="The Bridge That Fell Twice / Le pont tomb\u00e9 deux fois",
    intro_en=("On 29 August 1907 the south half of a great cantilever bridge being built over the St. Lawrence "
              "River, just upstream from Quebec City, fell into the water in about fifteen seconds. Seventy-five "
              "workers died. The bridge that stands here today was finished only in 1917, after a second fall."),
    intro_fr=("Le 29 ao\u00fbt 1907, la moiti\u00e9 sud d\u2019un immense pont cantilever en construction sur le "
              "Saint-Laurent, en amont de Qu\u00e9bec, s\u2019effondra dans le fleuve en une quinzaine de secondes. "
              "Soixante-quinze ouvriers y perdirent la vie. Le pont actuel ne fut achev\u00e9 qu\u2019en 1917, "
              "apr\u00e8s un second accident."),
    sections=[
        dict(label="1", title="The Longest Span / La plus longue trav\u00e9e",
             en=["A bridge at Quebec had been discussed for decades, since the river there is deep, fast and "
                 "choked with ice in winter. The Quebec Bridge Company chose a cantilever design from the Phoenix "
                 "Bridge Company of Pennsylvania, and the well-known American engineer Theodore Cooper was hired to "
                 "check its plans. Cooper lengthened the main span to 549 metres, which would make it the longest "
                 "of its kind in the world."],
             fr=["On parlait depuis des d\u00e9cennies d\u2019un pont \u00e0 Qu\u00e9bec, car le fleuve y est "
                 "profond, rapide et encombr\u00e9 de glaces en hiver. La Quebec Bridge Company retint un projet "
                 "cantilever de la Phoenix Bridge Company, de Pennsylvanie, et confia la v\u00e9rification des plans "
                 "au c\u00e9l\u00e8bre ing\u00e9nieur am\u00e9ricain Theodore Cooper. Celui-ci porta la trav\u00e9e "
                 "centrale \u00e0 549 m\u00e8tres, ce qui devait en faire la plus longue du monde."]),
        dict(label="2", title="Warnings Unheeded / Des avertissements ignor\u00e9s",
             note="McLure was a young engineer only a few years out of university. / McLure \u00e9tait un jeune "
                  "ing\u00e9nieur, dipl\u00f4m\u00e9 depuis peu.",
             en=["The weight of the steel had never been worked out again for the longer span, and it was far "
                 "heavier than the design allowed. During the summer of 1907 the inspector on site, Norman McLure,^1^ "
                 "found that plates in the lower chords of the south arm were bending. Cooper, who was elderly and "
                 "unwell, ran the work from New York.",
                 "On 29 August McLure went to New York to see him. Cooper telegraphed the builders to put no more "
                 "load on the bridge, but the message was not acted on in time. Late that afternoon, as the shift "
                 "was ending, the south arm buckled and fell, carrying the men on it into the river."],
             fr=["Le poids de l\u2019acier n\u2019avait jamais \u00e9t\u00e9 recalcul\u00e9 pour la trav\u00e9e "
                 "allong\u00e9e, et il d\u00e9passait de loin ce que pr\u00e9voyaient les plans. Au cours de "
                 "l\u2019\u00e9t\u00e9 1907, l\u2019inspecteur Norman McLure constata que des plaques des membrures "
                 "inf\u00e9rieures du bras sud se d\u00e9formaient. Cooper, \u00e2g\u00e9 et malade, dirigeait les "
                 "travaux depuis New York.",
                 "Le 29 ao\u00fbt, McLure se rendit \u00e0 New York pour le rencontrer. Cooper t\u00e9l\u00e9graphia "
                 "aux constructeurs de ne plus charger le pont, mais l\u2019ordre ne fut pas ex\u00e9cut\u00e9 \u00e0 "
                 "temps. En fin d\u2019apr\u00e8s-midi, \u00e0 la fin du quart de travail, le bras sud plia et "
                 "s\u2019\u00e9croula, entra\u00eenant dans le fleuve les hommes qui s\u2019y trouvaient."]),
        dict(label="3", title="Kahnawake Mourns / Le deuil de Kahnawake",
             en=["Thirty-three of the dead were Mohawk ironworkers from Kahnawake, near Montreal, whose skill high "
                 "on steel frames was famous across North America. Almost every family in the community lost "
                 "someone. Afterwards the women of Kahnawake asked that their men never again all work on the same "
                 "job, and crews from the community spread out to building sites in many cities."],
             fr=["Trente-trois des victimes \u00e9taient des monteurs de charpente mohawks de Kahnawake, pr\u00e8s de "
                 "Montr\u00e9al, r\u00e9put\u00e9s dans toute l\u2019Am\u00e9rique du Nord pour leur adresse sur les "
                 "structures d\u2019acier. Presque toutes les familles de la communaut\u00e9 furent touch\u00e9es. Par "
                 "la suite, les femmes de Kahnawake demand\u00e8rent que leurs hommes ne travaillent plus tous sur le "
                 "m\u00eame chantier, et les \u00e9quipes se dispers\u00e8rent dans de nombreuses villes."],
             captions=[dict(position="Above", text="Ironworkers on the south arm in the summer of 1907.",
                            credit="Photograph: Armand Lachance Collection"),
                       dict(position="Ci-dessus", text="Des monteurs sur le bras sud, \u00e0 l\u2019\u00e9t\u00e9 1907.",
                            credit="Photographie : fonds Armand-Lachance")]),
        dict(label="4", title="A Second Fall / Une seconde chute",
             en=["A royal commission blamed errors in the design and weak supervision. The bridge was redesigned "
                 "with much heavier members, but on 11 September 1916, as the new central span was being hoisted "
                 "from barges, a casting broke and the span dropped into the river, killing thirteen more men. A "
                 "new span was raised the next year, and the first trains crossed in 1917."],
             fr=["Une commission royale attribua la catastrophe \u00e0 des erreurs de conception et \u00e0 une "
                 "surveillance insuffisante. Le pont fut redessin\u00e9 avec des pi\u00e8ces beaucoup plus lourdes, "
                 "mais le 11 septembre 1916, pendant le levage de la nouvelle trav\u00e9e centrale, une pi\u00e8ce "
                 "de fonte c\u00e9da et la trav\u00e9e tomba dans le fleuve, tuant treize autres hommes. Une nouvelle "
                 "trav\u00e9e fut hiss\u00e9e l\u2019ann\u00e9e suivante, et les premiers trains pass\u00e8rent en 1917."]),
    ],
    sidebar=dict(title="The Iron Ring / L\u2019anneau de fer",
                 en=["Since 1925, new engineers in Canada have received an iron ring at a private ceremony, worn as a "
                     "reminder of their duty to the public. A popular story says the first rings were made from the "
                     "fallen bridge. It is not true, but the disaster is often recalled."],
                 fr=["Depuis 1925, les nouveaux ing\u00e9nieurs du Canada re\u00e7oivent un anneau de fer lors "
                     "d\u2019une c\u00e9r\u00e9monie priv\u00e9e, pour leur rappeler leur devoir envers le public. "
                     "Selon une histoire r\u00e9pandue, les premiers anneaux viendraient du pont effondr\u00e9. "
                     "C\u2019est faux, mais on \u00e9voque souvent la catastrophe."]),
    pullquote_en="Seventy-five men went to work that morning.",
    pullquote_fr="Soixante-quinze hommes partirent travailler ce matin-l\u00e0.",
)

# ---------------------------------------------------------------- 3 Nellie Bly poster (tinypdf, Helvetica, ASCII)
BLY = dict(
    name="nellie_bly_1889",
    museum="Castle Point Museum of Travel",
    footer_right="Poster 3 of 6",
    display_quote="\"Seventy-two days, six hours, eleven minutes.\"",
    kicker="THE RACE AROUND THE WORLD",
    title_lines=["Around the World", "in Seventy-Two", "Days"],
    intro=("In November 1889 a young newspaper reporter set out from New York to travel around the globe faster "
           "than the hero of a famous novel. Her journey by steamer, train and rickshaw was followed by readers "
           "across America, and it made her a celebrity. This poster follows her route in four stops."),
    sections=[
        dict(label="14 November 1889", title="Leaving Hoboken", paras=[
            "Nellie Bly, a 25-year-old reporter for Joseph Pulitzer\u2019s New York World, boarded the steamer "
            "Augusta Victoria at Hoboken with a single small bag. Her editors had doubted that a woman could travel "
            "alone around the globe. She meant to beat the eighty days of Phileas Fogg, the fictional traveller "
            "created by Jules Verne.",
            "Bly was already known for going undercover. Two years earlier she had pretended to be insane to get "
            "herself sent to the women\u2019s asylum on Blackwell\u2019s Island, and her report on the cruelty she "
            "found there led to reforms. She wrote under a pen name; her real name was Elizabeth Cochrane."]),
        dict(label="22 November 1889", title="A Visit to Amiens", paras=[
            "After landing in England she hurried across to France, where Verne and his wife had invited her to "
            "their home at Amiens. The novelist told her he doubted she could do it in seventy-five days, then "
            "wished her luck. She caught the mail train to Brindisi with little time to spare.",
            "The visit cost her a night\u2019s sleep, but it gave her one of the best chapters of her later book. From Brindisi she sailed east on a steamer carrying the mails for India and the Far East."]),
        dict(label="December 1889", title="Through Suez to Hong Kong", paras=[
            "Steamers took her by way of Port Said, Aden, Colombo and Singapore, where she bought a monkey. In "
            "Colombo she waited five days for a delayed ship, fuming at every hour lost. In Hong "
            "Kong she learned for the first time that a rival, sent the other way by a magazine, was also racing "
            "round the world. Storms in the Pacific then put her behind her schedule.",
            "At home the World kept readers guessing with a contest: whoever came closest to her exact time would "
            "win a trip to Europe. Hundreds of thousands of entries arrived by post."]),
        dict(label="25 January 1890", title="Home by Special Train", paras=[
            "From San Francisco the World hired a special train to carry her across the continent, and crowds "
            "waited at stations along the way. | She stepped down at Jersey City seventy-two days, six hours and "
            "eleven minutes after leaving, a world record, and became one of the best-known women in America.",
            "Her book about the journey sold well, but the record stood only briefly. A few months later the "
            "promoter George Francis Train went round in sixty-seven days. Bly later ran a manufacturing "
            "company and reported from the Eastern Front in the First World War."],
             caption=dict(position="Right", text="A board game based on the journey, sold in 1890.",
                          credit="Lent by the Hallorann family")),
    ],
    sidebar=dict(title="The Other Racer", paras=[
        "On the day Bly sailed, the magazine Cosmopolitan sent its own writer, Elizabeth Bisland, west by train "
        "after giving her only a few hours\u2019 notice. She went first "
        "to San Francisco, and travelled the opposite way round, by Japan, Ceylon and Suez. Delayed by a "
        "missed connection in Britain, she reached New York four and a half days after Bly, and later wrote a "
        "book of her own about the trip."]),
)

# ---------------------------------------------------------------- 4 Suez booklet
SUEZ = dict(
    name="suez_canal_1869",
    museum="Lake Timsah Maritime Collection",
    footer="Lake Timsah Maritime Collection \u00b7 Visitor booklet",
    folios=["2", "3"],
    kicker="VISITOR BOOKLET \u00b7 THE CANAL YEARS",
    title_lines=["Between Two Seas:", "The Suez Canal", "1859\u20131869"],
    intro=("For thousands of years travellers between Europe and Asia had to sail round Africa or cross the "
           "desert of Suez on land. In ten years of digging, a French company and many thousands of Egyptian "
           "labourers cut a waterway a hundred miles long between the Mediterranean and the Red Sea. This "
           "booklet follows the work year by year."),
    sections=[
        dict(label="1854", title="A Concession from the Pasha", paras=[
            "The former French diplomat Ferdinand de Lesseps had no training as an engineer, but he had known "
            "Egypt\u2019s new ruler, Said Pasha, since Said was a boy. In November 1854 Said granted him the right "
            "to form a company to cut a canal across the isthmus, with Egypt supplying most of the labour.",
            "Britain opposed the plan, fearing French influence over the route to India, and British investors "
            "refused to buy shares when they went on sale in 1858. Lesseps sold most of them to small savers in France, and Said took up the "
            "rest, leaving Egypt with a heavy debt."]),
        dict(label="1859", title="The First Spadeful", paras=[
            "Work began on 25 April 1859 on a strip of sand where the town of Port Said would grow. In the early "
            "years the digging was done largely by hand. Tens of thousands of Egyptian peasants were called up in "
            "turn under the old system of forced labour, the corv\u00e9e,^1^ and worked in great heat, carrying the "
            "sand away in baskets.",
            "Fresh water had to be brought by camel until a channel from the Nile reached the works. | Cholera and "
            "other diseases killed many workers, and their exact number has never been known."],
             caption=dict(position="Left", text="A worker\u2019s water jar found near Lake Timsah.",
                          credit="Photograph: Samir Haddad"),
             note="1 The corv\u00e9e obliged peasants to give unpaid work to the state for part of each year."),
        dict(label="1864", title="Machines Take Over", paras=[
            "Said died in 1863, and his successor, Ismail, agreed with Britain that forced labour should end. After "
            "the French emperor was asked to settle the dispute, the company was paid compensation, and the corv\u00e9e "
            "was abolished in 1864. The company turned to steam dredgers and excavators designed for the job. Thousands of paid "
            "workers, many from Europe, stayed on to run them.",
            "Some of these machines had long chutes that carried the spoil well away from the banks, and by 1867 "
            "the work was moving faster than ever. New towns grew up along the route, among them Ismailia, built "
            "halfway along on the shore of Lake Timsah."]),
        dict(label="1869", title="Opening Day", paras=[
            "The canal opened on 17 November 1869 with celebrations on which Ismail spent a fortune. The French "
            "imperial yacht L\u2019Aigle, carrying the Empress Eug\u00e9nie, led a procession of ships from Port "
            "Said, and two days later they reached the Red Sea at Suez.",
            "The guests included princes, writers and painters from across Europe. Yet the canal was at first too "
            "shallow for some large ships, and it took years for traffic to grow enough to make the company pay. Most "
            "of that traffic, in the end, was British."],
             caption=dict(position="Above", text="A model of a steam dredger of the kind used after 1864.",
                          credit="Lent by the Port Tewfik Engineering Society")),
    ],
    sidebar=dict(title="Who Owned the Canal?", paras=[
        "Egypt\u2019s debts kept growing, and in 1875 Ismail sold his shares in the company. The British prime "
        "minister, Benjamin Disraeli, bought them for Britain with money borrowed from the Rothschild bank, and "
        "the canal that Britain had opposed became a vital British interest. Egypt took over the company in 1956, and the crisis that followed brought "
        "British, French and Israeli forces to the canal."]),
    table=[("Length", "164 km"), ("Begun", "25 April 1859"), ("Opened", "17 November 1869"),
           ("Sold to Britain", "1875 (Egypt\u2019s shares)")],
    address=["Lake Timsah Maritime Collection", "Canal Quay, Building 4", "Open daily 9.00\u201317.00"],
    pullquote="A hundred miles of sand, moved first by hand and then by steam.",
)

# ---------------------------------------------------------------- 5 Tristan da Cunha (DOCX)
TRISTAN = dict(
    name="tristan_da_cunha_1961",
    header="Calshot Spit Heritage Centre \u00b7 South Atlantic Room",
    footer="Panel texts \u2013 second draft",
    kicker="SOUTH ATLANTIC ROOM",
    title_lines=["Exiles from the Volcano:", "Tristan da Cunha, 1961"],
    intro=("In October 1961 a volcano erupted beside the only village on Tristan da Cunha, one of the most "
           "remote inhabited islands in the world. All of its people were taken to England. Two years later most "
           "of them chose to go back. This room tells their story with objects lent by families who lived "
           "through it."),
    sections=[
        dict(label="A", title="The Loneliest Settlement", paras=[
            "Tristan da Cunha is a volcanic island in the South Atlantic, more than two thousand kilometres from "
            "the nearest inhabited land, St Helena. In 1961 some 264 people lived in its only village, Edinburgh of "
            "the Seven Seas, growing potatoes, keeping cattle and sheep, and fishing from boats made of canvas "
            "stretched over wooden frames. The island is named after the Portuguese sailor who sighted it in 1506.",
            "The islanders were descended from a handful of soldiers, sailors and settlers who arrived in the "
            "nineteenth century. They spoke a distinctive English and ran most of their affairs by themselves. The island had no "
            "airstrip, and ships called only a few times a year."]),
        dict(label="B", title="The Mountain Wakes", paras=[
            "In August and September 1961 the islanders felt earth tremors, at first faint and then stronger, and "
            "rocks fell from the cliffs behind the village. In early October the ground close to the houses split "
            "open, and a new cone began to grow only a short walk from the village. Nobody living had ever seen "
            "the mountain erupt.",
            "The administrator decided that everyone must leave. The families spent a night in the open at the "
            "potato patches a few miles away, then crossed to nearby Nightingale Island. The next day the Dutch "
            "liner Tjisadane, diverted to help, took them all on board | and sailed for Cape Town."],
             caption=dict(position="Left", text="Boats drawn up on the shore below the village, photographed in 1959.",
                          credit="Lent by the Shackleford Collection")),
        dict(label="C", title="Winter in England", paras=[
            "From Cape Town the islanders sailed on to Southampton, arriving in November to a blaze of newspaper "
            "attention. They were housed first at an army camp in Surrey and then in former air force quarters at "
            "Calshot,^1^ on Southampton Water, where many of the men found work in local factories.",
            "The change was hard. Several of the older islanders died in their first English winter, and colds "
            "and influenza, almost unknown on Tristan, spread quickly. Many found the traffic, the crowds and the "
            "pace of work bewildering."],
             note="1 The buildings had housed the flying-boat crews of the Royal Air Force."),
        dict(label="D", title="The Vote to Go Home", paras=[
            "In 1962 a scientific expedition found that the lava had stopped short of the village, although it had "
            "buried the landing beach and the fish canning factory. Most of the houses still stood.",
            "When the islanders voted on their future, almost all chose to return. An advance party went back in "
            "1962, and the main group followed in 1963. Asked why, many said simply that Tristan was home, and "
            "that life there was quieter and freer than anything England could offer."],
             caption=dict(position="Above", text="A knitted woollen cap brought from the island in 1961.",
                          credit="Photograph: Helen Marchbank")),
    ],
    sidebar=dict(title="The Volcano Today", paras=[
        "The vent that opened in 1961 built a new hill of lava and ash at the eastern edge of the village plain. It "
        "has been quiet for more than sixty years, but scientists keep instruments on the island, and the "
        "islanders have a plan for leaving quickly should the ground begin to shake again. About two hundred "
        "and fifty people live on Tristan today."]),
    pullquote="A whole people, moved in a single day.",
    table=[("Population, October 1961", "264"), ("Distance to St Helena", "about 2,400 km"),
           ("Eruption began", "10 October 1961"), ("Main return", "1963")],
)

# ---------------------------------------------------------------- 6 Stockton & Darlington (HTML audio trail)
STOCKTON = dict(
    name="stockton_darlington_1825",
    site="Skerne Bridge Railway Heritage Centre",
    kicker="AUDIO TRAIL \u00b7 GALLERY 2",
    title="Coals by Steam: The Stockton and Darlington Railway",
    intro=("In September 1825 a steam locomotive pulled a train of coal wagons and passengers from the "
           "Durham coalfield to the river port of Stockton. The line was built to carry coal cheaply, but it "
           "showed the world what a public railway could do. This trail follows the story in four short tracks."),
    sections=[
        dict(label="Track 12", title="A Quaker\u2019s Railway", paras=[
            "In the early 1800s coal from the pits of south-west Durham reached the port of Stockton by packhorse "
            "and cart along poor roads, and its price rose steeply on the way. Local merchants had long talked of "
            "a canal. Edward Pease, a Quaker wool merchant of Darlington, backed a railway instead, and in 1821 "
            "Parliament gave permission for one.",
            "At first the promoters expected horses to pull the wagons. George Stephenson, the self-taught engineer "
            "from Killingworth colliery, persuaded Pease to consider steam locomotives, and he was appointed the "
            "company\u2019s engineer. He and his son Robert opened a works in Newcastle to build engines for the line."]),
        dict(label="Track 13", title="Building the Line", paras=[
            "Stephenson surveyed a new route of about twenty-five miles, with branches to collieries and quarries. "
            "Stationary steam engines hauled wagons up and down two steep inclines near the western end, and "
            "elsewhere the line ran on wrought-iron and cast-iron rails laid on stone blocks.",
            "At Darlington the line crossed the River Skerne on a stone bridge designed by a local architect, "
            "Ignatius Bonomi, which still carries trains today. It is often called the oldest railway "
            "bridge in the world still in use."],
             caption=dict(position="Right", text="A stone sleeper block with the holes for its rail chair.",
                          credit="Photograph: Ruth Appleby")),
        dict(label="Track 14", title="Opening Day", paras=[
            "On 27 September 1825 the engine Locomotion No. 1, driven by Stephenson himself, set off from near "
            "Shildon with a long train of wagons loaded with coal and flour and a single covered coach for the "
            "directors. The engine had been built at the Stephensons\u2019 works in Newcastle and brought to the "
            "line by road. Hundreds of people climbed onto the wagons for the ride. A man on horseback carrying a "
            "flag rode ahead at first, but the train soon left him behind.",
            "On a good stretch the engine reached about fifteen miles an hour. The train stopped at Darlington, "
            "where some wagons were left and others added, and reached Stockton in the afternoon to the sound of "
            "cannon and cheering crowds."]),
        dict(label="Track 15", title="Horses and Engines", paras=[
            "For years much of the traffic on the line was still hauled by horses, and anyone could run their own "
            "wagons or coaches on it on payment of a toll. The early engines often broke down, and in 1828 the "
            "boiler of Locomotion exploded, killing its driver. Passengers rode in coaches drawn by horses "
            "until 1833.",
            "The railway nevertheless proved that a public line carrying goods and people could pay. Coal prices "
            "at Stockton fell sharply, the line was extended to a new port at Middlesbrough in 1830, and within a "
            "few years steam had taken over completely."],
             caption=dict(position=None, text="A ticket for the horse-drawn coach Experiment, about 1826.",
                          credit="Lent by the Pease Street Chapel")),
    ],
    sidebar=dict(title="Where Is Locomotion Now?", paras=[
        "Locomotion No. 1 was taken out of service in 1841 and later stood for many years on a plinth at "
        "Darlington\u2019s stations. It is still on display in County Durham, while a working copy built in 1975, "
        "for the railway\u2019s 150th anniversary, gives rides on special days."]),
    pullquote="The engine was faster than the horse, and everyone on the wagons knew it.",
)

ALL = [BELL, QUEBEC, BLY, SUEZ, TRISTAN, STOCKTON]

MARK_RE = re.compile(r"\^([^^]+)\^")


def gold_text(s):
    s = MARK_RE.sub("", s)
    s = s.replace(" | ", " ").replace("|", "")
    return re.sub(r"\s+", " ", s).strip()


def para_blocks(paras):
    return [{"kind": "paragraph", "text": gold_text(p)} for p in paras]


def cap_block(c):
    return {"kind": "caption", "text": c["text"], "position": c["position"], "credit": c["credit"]}


def gold(ex):
    """Gold JSON for one exhibit (schema of the references)."""
    n = ex["name"]
    secs = []
    if n == "quebec_bridge_1907":
        title = ex["title"]
        running = [ex["museum"], ex["header_right"]] + ex["folios"]
        secs.append({"label": None, "title": title,
                     "blocks": para_blocks([ex["intro_en"], ex["intro_fr"]])})
        for s in ex["sections"]:
            blocks = para_blocks(s["en"] + s["fr"])
            blocks += [cap_block(c) for c in s.get("captions", [])]
            secs.append({"label": s["label"], "title": s["title"], "blocks": blocks})
        sb = ex["sidebar"]
        secs.append({"label": None, "title": sb["title"], "blocks": para_blocks(sb["en"] + sb["fr"])})
    else:
        title = ex.get("title") or " ".join(ex["title_lines"])
        if n == "bell_rock_lighthouse_1810":
            running = [ex["museum"], ex["header_right"]] + ex["folios"]
        elif n == "nellie_bly_1889":
            running = [ex["museum"], ex["footer_right"]]
        elif n == "suez_canal_1869":
            running = [ex["footer"]] + ex["folios"]
        elif n == "tristan_da_cunha_1961":
            running = [ex["header"], ex["footer"]]
        else:
            running = []
        secs.append({"label": None, "title": title, "blocks": para_blocks([ex["intro"]])})
        for s in ex["sections"]:
            blocks = para_blocks(s["paras"])
            if s.get("caption"):
                blocks.append(cap_block(s["caption"]))
            secs.append({"label": s["label"], "title": s["title"], "blocks": blocks})
        sb = ex["sidebar"]
        secs.append({"label": None, "title": sb["title"], "blocks": para_blocks(sb["paras"])})
    return {"title": title, "running": running, "sections": secs}


def write_gold(ex, outdir, transform=None):
    g = gold(ex)
    if transform:
        g = transform(g)
    with open(f"{outdir}/{ex['name']}.json", "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return g


def body_words(g):
    n = 0
    for s in g["sections"]:
        for b in s["blocks"]:
            if b["kind"] == "paragraph":
                n += len(b["text"].split())
    return n


if __name__ == "__main__":
    for ex in ALL:
        g = gold(ex)
        print(ex["name"], body_words(g))
