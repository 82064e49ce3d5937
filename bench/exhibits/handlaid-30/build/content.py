# -*- coding: utf-8 -*-
"""All texts of the r26 hand-laid exhibit set. Written for this set.
Marks inside strings: ^x^ = a superscript note mark glued to the word before it
(printed, not gold).  gold_text() removes the marks."""
import re

def gold_text(s):
    s = re.sub(r"\^[^^]*\^", "", s)
    return re.sub(r"\s+", " ", s).strip()

# ---------------------------------------------------------------- 1 St Kilda
ST_KILDA = dict(
    name="st_kilda_evacuation_1930",
    museum="Hebridean Island Life Museum",
    recto_head="Leaving Hirta, 1930",
    kicker="CATALOGUE ESSAY · ISLANDS AT THE EDGE",
    title_lines=["The Last Boat from Hirta:", "St Kilda, 1930"],
    intro=("In the summer of 1930 the thirty-six people still living on Hirta, the main island of the St Kilda "
           "group, asked to be taken to the mainland. Their departure ended a settlement that had lasted for "
           "thousands of years on the farthest inhabited edge of the British Isles."),
    sections=[
        dict(label="1.", title="A Village on the Edge", paras=[
            ("Hirta lies more than sixty kilometres west of the Outer Hebrides, a steep green island rising out of "
             "the Atlantic beside the stacks of Boreray, where the largest colony of gannets in the world still "
             "breeds. The islanders lived in a single street of cottages above Village Bay, rebuilt in the 1860s "
             "with money from their landlord, the MacLeod of Dunvegan."),
            ("Their food came largely from the cliffs. Men climbed the rock faces on ropes of horsehair and hide "
             "to take fulmars, gannets and puffins, which were eaten fresh or salted for winter, and whose oil and "
             "feathers paid the rent. Sheep grazed even the outlying islands, and the women spun and wove tweed "
             "for sale to passing ships.^*^"),
        ]),
        dict(label="2.", title="A Community in Decline", paras=[
            ("Contact with the wider world brought visitors, money and sickness. From the 1870s tourist steamers "
             "called in summer, and the islanders sold tweed, eggs and birds' wings to passengers who came to "
             "stare at them. Each visit was followed by a wave of colds and influenza, which the islanders called "
             "the boat cough."),
            ("Young people began to leave for Glasgow and for Australia, and the population fell from over a "
             "hundred in the middle of the nineteenth century to fewer than forty by the 1920s. With so few "
             "able-bodied men, the boat could not always be manned and the cliffs could not be worked safely. "
             "After a young woman died of appendicitis in early 1930, when bad weather stopped any doctor from "
             "reaching her, the nurse and the missionary helped the islanders write a petition to the government "
             "asking to be moved."),
        ]),
        dict(label="3.", title="The Last Morning", paras=[
            ("The Scottish Office agreed, and the evacuation was arranged for the end of August. Most of the "
             "sheep were driven together and shipped off in the days before, and the islanders' dogs, which could "
             "not come with them, were drowned in the bay. Household goods were carried down to the jetty and "
             "loaded onto the fishery protection vessel that had been sent to collect them."),
            ("On the morning of 29 August 1930 each family left a Bible open on the table and a small heap of "
             "oats on the floor, an old custom for a house that was being shut up. Then they walked down to the "
             "landing place and were rowed out to the ship. Witnesses remembered that the islanders were calm "
             "until the island fell away astern, and that many of them wept as it disappeared."),
        ], caption=dict(position="Above",
                        text="Islanders, officials and crew gathered on the jetty at Village Bay on the last morning.",
                        credit="Photo: Kilbride Estate Papers, Hebridean Island Life Museum")),
        dict(label="4.", title="After the Evacuation", paras=[
            ("Most of the families were settled in Morvern and around Lochaline on the mainland, where the "
             "Forestry Commission gave the men work planting trees, a strange job for people who had grown up on "
             "an island without a single tree. Some found it hard to adapt, and a few returned to Hirta in later "
             "summers to stay for a few weeks in their old homes."),
            ("The islands were sold in 1931 to the Earl of Dumfries, who kept them as a bird sanctuary, and they "
             "passed to the National Trust for Scotland in 1957. Today St Kilda is a World Heritage Site, a "
             "military radar station stands near the old street, and the roofless cottages are kept in repair "
             "for the visitors who still cross the sea to see them."),
        ]),
    ],
    footnote=("* The islanders also sent letters by the St Kilda mailboat, a sealed tin tied to an inflated "
              "sheepskin and set adrift, which the currents usually carried to Orkney or Norway."),
    table_title="HIRTA IN NUMBERS",
    table=[("Population, 1851", "about 110"), ("Population, 1930", "36"),
           ("Distance from North Uist", "about 65 km"), ("Date of evacuation", "29 August 1930")],
)

# ---------------------------------------------------------------- 2 Scarp rocket mail
SCARP = dict(
    name="scarp_rocket_mail_1934",
    museum="Lewis and Harris Postal Heritage Room",
    panel="Panel 5 of 9",
    kicker="MAIL BY ANY MEANS",
    title_lines=["Fire the Mail!", "Rocket Post on Scarp, 1934"],
    intro=("In the summer of 1934 a German inventor came to a small island off the west coast of Harris to "
           "prove that letters could be fired across the sea by rocket. The experiment was a spectacular "
           "failure, but it left behind some of the strangest covers in the history of the post."),
    sections=[
        dict(label=None, title="Why Fire Letters from a Rocket?", paras=[
            ("In the early 1930s rockets were the great new technology, and several inventors in Europe dreamed "
             "of using them to carry mail over mountains and stretches of water that boats and aircraft found "
             "difficult. Gerhard Zucker, a young engineer from Hasselfelde in the Harz, had already fired small "
             "mail rockets in Germany and came to Britain looking for backers."),
            ("He found one in Dombrowski, a London stamp dealer, who saw that rocket covers would be valuable "
             "to collectors whether or not the rockets worked. Scarp was chosen because its few families were cut "
             "off from Harris by a narrow sound, and the post boat often could not cross it in winter storms. "
             "A rocket, the promoters argued, could cross in seconds whatever the weather, and the Post Office "
             "agreed to let the trial go ahead."),
        ]),
        dict(label=None, title="What Happened on the Day?", paras=[
            ("A crowd of islanders, officials and reporters gathered on the beach for the first attempt, which "
             "was made on 28 July 1934. The rocket, a metal tube packed with about a thousand letters, was "
             "set on its launching frame and aimed across the sound towards Harris."),
            ("When the fuse was lit the rocket exploded on the spot. The case burst open and letters were "
             "scattered over the sand, some of them scorched at the edges. Helpers gathered them up, and they "
             "were later sent on by the ordinary post, each stamped to show that it had been damaged in the "
             "rocket experiment. A second firing from Harris a few days later failed in the same way."),
            ("The reporters enjoyed the day more than the organisers did. Newspapers across Britain carried "
             "photographs of the smoke and the scattered envelopes, and the islanders, who had been promised a "
             "faster post, went on waiting for the boat as before."),
        ], caption=dict(position="Above",
                        text="A cover from the failed firing, with its rocket-post label and a scorched corner.",
                        credit="Lent by Mrs Morag Tolmie, Tarbert")),
        dict(label=None, title="What Became of the Idea?", paras=[
            ("Zucker blamed damp in the powder charge, but the Post Office was not persuaded, and the experiment "
             "was not repeated. When he returned to Germany he was arrested, suspected of having shared secrets "
             "about rockets with the British, though he was soon released. He never again found "
             "official support for his rockets in Germany."),
            ("Rocket post never became a regular service anywhere, although enthusiasts in India, Australia and "
             "the United States made further trials. The Scarp covers, by contrast, became eagerly collected, "
             "and the story was retold in a comic film made in 2004 and shot partly on the islands."),
        ]),
        dict(label=None, title="Who Lived on Scarp?", sidebar=True, paras=[
            ("Scarp is a hilly island of about ten square kilometres lying just off the north-west coast of "
             "Harris. In the 1930s around a hundred people lived there, crofting and fishing, with their own "
             "school and a post office in a croft house. The last families left in 1971, and the island is now "
             "used only in summer."),
        ]),
    ],
    pullquote="“A bang, a cloud of smoke, and letters all over the beach”",
    artefact=["WESTERN ISLES ROCKET POST", "SCARP – HARRIS", "28 JULY 1934", "DAMAGED BY FIRST FIRING"],
)

# ---------------------------------------------------------------- 3 Tower Subway
TOWER = dict(
    name="tower_subway_1870",
    museum="Bermondsey Riverside Museum",
    header_right="Under the River",
    kicker="TRAIL SHEET · STOP 6",
    title_lines=["A Tube Beneath", "the Tower:", "The Tower Subway, 1870"],
    intro=("Long before the Underground went deep, a tiny iron tube was pushed under the Thames beside the "
           "Tower of London. It carried a cable railway for a few months, then walkers for a quarter of a "
           "century, and it is still there today."),
    sections=[
        dict(label="01", title="A Shortcut Under the Thames", paras=[
            ("By the 1860s London Bridge was choked with traffic, and the only other crossing nearby was by "
             "ferry or by the old Thames Tunnel further downstream. The engineer Peter Barlow, who had studied "
             "the building of tunnels through clay, proposed a narrow tube driven through the riverbed between "
             "Tower Hill and Vine Street on the south bank."),
            ("Parliament approved the scheme in 1868. The tube was to be only about two metres across, far "
             "smaller than any railway tunnel, and it was meant to show that a deep tunnel could be built "
             "quickly and cheaply through the London clay."),
        ]),
        dict(label="02", title="Built in Less Than a Year", paras=[
            ("Barlow's pupil, the young engineer James Henry Greathead, took charge of the work in 1869. He "
             "used a cylindrical shield pushed forward by screw jacks, while miners dug out the clay in front "
             "of it and the iron rings of the tunnel lining were bolted together behind. Because the clay was "
             "firm and almost watertight, the tunnel advanced several feet a day."),
            ("The whole tube, some four hundred metres long, was finished in under a year. Not a single worker "
             "was killed, which was remarkable for tunnelling at the time. "
             "The total cost was also modest, around twenty thousand pounds."),
        ], caption=dict(position="Above",
                        text="A cast-iron segment of the kind used to line the subway, recovered in 1926.",
                        credit="Photo: Ines Okafor / Bermondsey Riverside Museum")),
        dict(label="03", title="A Railway That Failed", paras=[
            ("The subway opened in August 1870 with a small carriage holding a dozen passengers, hauled "
             "through the tube on a cable by a stationary steam engine at one end. The ride took little more "
             "than a minute, but passengers had to go down and up by lift at each end, and the company could "
             "not earn enough from the fares."),
            ("Within a few months it went bankrupt. The engine and carriage were removed, gas lamps were put "
             "in, and the tube was reopened as a footpath. Walkers paid a halfpenny toll, and in its busiest "
             "years around a million people a year went through it, stooping under the low iron roof."),
        ]),
        dict(label="04", title="Pipes Instead of People", paras=[
            ("Tower Bridge opened in 1894 a short way downstream, and it was free to cross. Traffic in the "
             "subway collapsed, and it closed to the public soon after. It was sold to a water company and "
             "has carried water mains, and later telecommunication cables, ever since."),
            ("The small round entrance building on Tower Hill, put up in the 1920s, is the only part that can "
             "be seen today, a short walk from the ticket office of the Tower. Greathead's shield, improved over the following decades, became the basis of the "
             "deep tube lines under London and of tunnels all over the world."),
        ]),
        dict(label=None, title="The Greathead Shield", sidebar=True, paras=[
            ("A tunnelling shield is a strong cylinder that protects the miners at the face while the lining is "
             "built behind them. Greathead later added compressed air to keep water out and hydraulic jacks to "
             "push the shield forward, which made tunnels possible in wet ground as well as in clay."),
        ]),
    ],
)

# ---------------------------------------------------------------- 4 Pluto
PLUTO = dict(
    name="pluto_discovery_1930",
    museum="Coconino Sky Museum",
    footer_right="Storyboard 3 · Hall of Planets",
    kicker="HOW WE FOUND IT · A STORY IN SIX FRAMES",
    title_lines=["Planet X:", "The Discovery of Pluto, 1930"],
    intro=("For twenty-five years astronomers searched for a planet beyond Neptune. It was finally found by a "
           "young farm boy from Kansas, comparing photographs of the night sky one star at a time."),
    sections=[
        dict(label="1", title="The Search for Planet X", paras=[
            ("Percival Lowell, a wealthy Boston businessman who built his own observatory in Arizona, believed "
             "that small wobbles in the orbit of Uranus were caused by an unknown world. He called it Planet X "
             "and spent the last years of his life hunting for it, without success. He died in 1916."),
            ("A legal quarrel over his will with his widow held up the search for years. It began again "
             "only in 1929, when his brother paid for a new wide-field camera telescope."),
        ]),
        dict(label="2", title="A Farm Boy with a Telescope", paras=[
            ("In 1928 Clyde Tombaugh, a twenty-two-year-old from a farm in Kansas, sent the observatory drawings "
             "of Jupiter and Mars made with telescopes he had built himself. The director was impressed and "
             "offered him a job as an assistant, to take photographs with a new telescope bought for the "
             "renewed search."),
            ("He worked through the freezing nights in an unheated dome, guiding the telescope by hand for "
             "an hour at a time."),
        ]),
        dict(label="3", title="Blinking the Plates", paras=[
            ("Tombaugh photographed each patch of sky twice, a few nights apart. He then placed the two plates "
             "in a blink comparator, a machine that showed first one and then the other in quick succession. "
             "Stars stayed still, but anything that had moved between the two nights seemed to jump back and "
             "forth. Each pair of plates held tens of thousands of stars."),
            ("It was slow and tiring work. Tombaugh could examine only a small strip of a plate at a time, "
             "and a single pair might take him several days."),
        ], caption=dict(position="Left and right",
                        text="The discovery plates of 23 and 29 January 1930, with the moving dot marked.",
                        credit="Courtesy of the Coconino Sky Museum archive, CSM 1930.2")),
        dict(label="4", title="A Dot That Moved", paras=[
            ("On the afternoon of 18 February 1930, examining plates taken in January, Tombaugh saw a faint "
             "dot jump. He checked it against other plates for almost an hour before walking into the "
             "director's office to say that he had found Planet X. The observatory made further checks for "
             "several weeks and announced the discovery on 13 March."),
            ("The date was chosen with care. It was Percival Lowell's birthday, and the anniversary of the "
             "discovery of Uranus by William Herschel in 1781."),
        ]),
        dict(label="5", title="A Name from an Oxford Schoolgirl", paras=[
            ("Hundreds of names were suggested. In Oxford an eleven-year-old girl, Venetia Burney, proposed "
             "Pluto, the Roman god of the underworld, to her grandfather over breakfast. He passed the idea to "
             "an astronomer friend, who sent it to Arizona. The staff voted for it, partly because its first "
             "two letters were Percival Lowell's initials. Venetia was given a five-pound note by her grandfather as a reward."),
        ]),
        dict(label="6", title="Planet or Dwarf Planet?", paras=[
            ("Pluto turned out to be far smaller than Lowell had expected, too small to disturb Uranus at all. "
             "As more icy bodies were found beyond Neptune, astronomers debated what a planet was, and in 2006 "
             "the International Astronomical Union classed Pluto as a dwarf planet. In 2015 the New Horizons "
             "spacecraft flew past it, carrying some of Tombaugh's ashes."),
            ("Its photographs showed mountains of water ice, wide plains of frozen nitrogen and a pale "
             "heart-shaped region that was named after Tombaugh."),
        ]),
    ],
    bubble="“Why not call it Pluto?”",
)

# ---------------------------------------------------------------- 5 Lynmouth (DOCX)
LYNMOUTH = dict(
    name="lynmouth_flood_1952",
    header="Exmoor Rivers Museum · Panel texts for review",
    footer="Version 3 – circulated 4 March",
    watermark="DRAFT",
    kicker="EXMOOR IN FLOOD",
    title_lines=["One Night in August:", "The Lynmouth Flood, 1952"],
    intro=("On the night of 15 August 1952 floodwater from Exmoor swept through the small harbour village of "
           "Lynmouth in north Devon. Thirty-four people died, and the village had to be largely rebuilt."),
    sections=[
        dict(label="Evening, 15 August", title="Rain on the Moor", paras=[
            ("August 1952 had already been wet, and the peat of Exmoor was soaked through. On the afternoon of "
             "the fifteenth a storm settled over the high moor and stayed there. In a few hours more than two "
             "hundred millimetres of rain fell on the hills above Lynmouth, one of the heaviest falls ever "
             "measured in Britain."),
            ("The water had nowhere to go but down the steep valleys of the East and West Lyn rivers, which "
             "meet in the village just above the harbour. Both rivers rose very fast as darkness fell. "
             "Holidaymakers filled the hotels and guest houses, and few of them had any idea of the danger."),
        ]),
        dict(label="Night, 15 August", title="The Torrent", paras=[
            ("By nine o'clock the West Lyn was carrying trees and huge boulders, which jammed against the "
             "bridges and then broke through them in surges. Houses built close to the river were torn open, "
             "and cars were swept out to sea. Survivors spoke of the roar of the water and of the grinding of "
             "rocks rolling along the river bed."),
            ("Many people spent the night in upper rooms or on the hillside in the rain. In the morning the "
             "main street was buried under mud and boulders, and about a hundred buildings had been destroyed "
             "or badly damaged."),
        ], caption=dict(position="Left",
                        text="Boulders brought down by the West Lyn, piled against the harbour wall on 16 August.",
                        credit="Photo: Lyn Valley Camera Club collection")),
        dict(label="The days after", title="Rescue and Rebuilding", paras=[
            ("Soldiers, police and volunteers came from across the West Country to search for the missing and "
             "clear the roads. A relief fund opened by the Lord Mayor of London raised well over a million "
             "pounds, and offers of help arrived from all over the world. "
             "Some families who had lost everything were never to return, and several damaged houses were not "
             "rebuilt at all."),
            ("When the village was rebuilt, the course of the river was widened and straightened so that it "
             "could carry a flood of the same size safely to the sea. The new channel and bridges, and the "
             "memorial hall that now holds the story of the flood, can be visited on the "
             "Lynmouth village trail."),
        ], link=("Lynmouth village trail", "https://example.org/exmoor-rivers/trail")),
        dict(label="Later years", title="Questions About the Cause", paras=[
            ("The official explanation was a freak storm on saturated ground. Decades later, journalists "
             "found papers showing that experiments in making rain by seeding clouds had taken place over "
             "southern England that August, and some people in Lynmouth came to believe that the flood was "
             "made worse by them."),
            ("Most meteorologists doubt that cloud seeding could have produced a storm of such size, and "
             "floods of similar force had struck the Lyn valleys before, in 1769 and in the seventeenth "
             "century. The question is still argued over in the village today, "
             "especially when the anniversary of the flood comes round each August."),
        ], footnote=("Records of the 1952 trials are held in the national archives; most of them were released "
                     "in the 2000s.")),
    ],
    sidebar=dict(title="Why Did the Water Rise So Fast?", paras=[
        ("The East and West Lyn fall about four hundred metres in a few kilometres, through narrow wooded "
         "valleys. Rain that falls on the moor reaches the village within hours, and there is no flood plain "
         "where the water can spread out and slow down."),
    ]),
    comment=("C. Yeo", "Check the death toll against the inquest list before printing."),
    table_title="The flood in figures",
    table=[("Rain in 24 hours", "about 230 mm"), ("Lives lost", "34"),
           ("Buildings destroyed or damaged", "about 100"), ("Bridges swept away", "28")],
)

# ---------------------------------------------------------------- 6 Bessemer (HTML)
BESSEMER = dict(
    name="bessemer_converter_1856",
    museum="Don Valley Steel Museum",
    kicker="Collections in focus",
    title_words=["Blowing", "Air", "Through", "Iron:", "Bessemer's", "Converter,", "1856"],
    title="Blowing Air Through Iron: Bessemer's Converter, 1856",
    intro=("In 1856 an inventor with no training in metallurgy announced a way to make steel in minutes "
           "rather than days. His converter made cheap steel possible and changed railways, shipbuilding and "
           "engineering across the world."),
    sections=[
        dict(label="Step 1", title="An Inventor Looks at Iron", paras=[
            ("Henry Bessemer was a prolific inventor who had made his fortune from a machine for producing the "
             "bronze powder used in gold paint. During the Crimean War he turned to artillery, and found that "
             "the cast iron of the day was too brittle for the guns he wanted to make."),
            ("Steel was far stronger, but it was made slowly and in small batches, in crucibles or by "
             "cementation, and it was expensive. Wrought iron was tough but had to be worked by hand in "
             "puddling furnaces, an exhausting job for the men who stirred the molten metal. "
             "A cheaper way to make a strong metal in bulk was very badly needed."),
        ]),
        dict(label="Step 2", title="A Blast of Cold Air", paras=[
            ("Bessemer's discovery was that blowing cold air through molten pig iron made it hotter, not "
             "colder. The oxygen in the air burned away the carbon and other impurities, and the heat of "
             "that burning kept the metal liquid without any fuel at all."),
            ("He built a tilting vessel lined with fireclay, with holes in the bottom through which air was "
             "forced. A charge of several tons was converted in around twenty minutes, while a roaring shower "
             "of sparks and flame poured from the mouth."),
        ], caption=dict(position="Above",
                        text="A working model of a tilting converter, made for teaching around 1880.",
                        credit="Don Valley Steel Museum, DVSM 1962.40")),
        dict(label="Step 3", title="Failure and a Fix", paras=[
            ("He described the process to the British Association at Cheltenham in August 1856, and "
             "ironmasters rushed to buy licences. Many were soon disappointed. Their steel was brittle, because "
             "British ores contained phosphorus, which the process did not remove, and because too much oxygen "
             "was left in the metal."),
            ("Robert Mushet found that adding spiegeleisen, an iron containing manganese, put the problem of "
             "the oxygen right. Bessemer used ore free of phosphorus and opened his own works in Sheffield in "
             "1858, where he sold steel far more cheaply than his rivals."),
        ]),
        dict(label="Step 4", title="The Age of Cheap Steel", paras=[
            ("Within twenty years Bessemer steel was being used for rails, which lasted many times longer than "
             "iron ones, and for ships, boilers, bridges and machines. In 1879 Sidney Gilchrist Thomas and his "
             "cousin Percy Gilchrist found a way to remove phosphorus with a basic lining, opening up the "
             "phosphoric ores of Europe to the process."),
            ("Bessemer was knighted in 1879. His converters were gradually replaced in the twentieth century "
             "by the open-hearth furnace and then by oxygen steelmaking, which works on the same principle of "
             "blowing through the molten metal."),
            ("The last Bessemer converter in Britain, at Workington in Cumbria, stopped work in 1974. One "
             "of the Sheffield converters stands today outside the museum as a monument to the industry that "
             "once filled the valley with smoke and light."),
        ]),
    ],
    sidebar=dict(title="Did Anyone Get There First?", paras=[
        ("In Kentucky an ironmaster named William Kelly had experimented with blowing air through iron some "
         "years earlier, and he was later granted an American patent, which the Patent Office preferred to Bessemer's own American application. Kelly's claim was real, but it was "
         "Bessemer's work that made the process into an industry."),
    ]),
    pullquote="“The metal was boiling with a fury I had never seen before.”",
    pullquote_cite="Attributed to a Sheffield works foreman, 1858",
    ticker="Now open · Collections in focus · Bessemer's converter",
    timeline=[("1856", "Bessemer reads his paper at Cheltenham"), ("1858", "Bessemer's Sheffield works opens"),
              ("1879", "Thomas and Gilchrist solve the phosphorus problem"), ("1974", "Last Bessemer converter in Britain stops")],
)

ALL = [ST_KILDA, SCARP, TOWER, PLUTO, LYNMOUTH, BESSEMER]
