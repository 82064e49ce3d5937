# All exhibit texts for hand-laid set r23. Every document and every gold file is written from these strings.
# Marks: "|" inside a paragraph = the layout may interrupt the paragraph there (caption / box). "^*^" = a note mark
# glued to the word before it (printed, but not gold). gold_text() removes both.
import re


def gold_text(s):
    s = s.replace("|", " ")
    s = re.sub(r"\^[^^]*\^", "", s)
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- 1. school worksheet (PDF)
PENNY = dict(
    name="penny_black_1840",
    kicker="HISTORY DETECTIVES · WORKSHEET 4",
    title_lines=["A Stamp for a Penny:", "The Penny Black, 1840"],
    header="Wrenfield Postal Museum · Schools Programme",
    folios=["Page 1 of 2", "Page 2 of 2"],
    form="Name ____________________   Class ________   Date ____________",
    intro="Before 1840, sending a letter in Britain was slow, confusing and often very expensive. In this worksheet "
          "you will find out how one small piece of printed paper changed the way people kept in touch with each other.",
    sections=[
        dict(label="1", title="Letters Before 1840", paras=[
            "In the early nineteenth century the cost of a letter depended on how far it travelled and how many "
            "sheets of paper it used. A single sheet sent from London to Edinburgh could cost more than a shilling, "
            "which was a large part of a working person’s daily wage. Envelopes were rarely used, because a second "
            "sheet counted as a second letter.",
            "Usually the person who received the letter paid for it, not the sender. Many people refused letters they "
            "could not afford, and some families invented tricks, such as marking secret signs on the outside so that "
            "the receiver could read the message without paying and then hand the letter back to the postman.",
            "Members of Parliament could send letters free by signing the outside, a right called franking. It was "
            "widely abused: friends and relations of politicians often had their letters franked too, while ordinary "
            "people paid the full price.",
        ]),
        dict(label="2", title="Rowland Hill’s Idea", paras=[
            "Rowland Hill was a schoolmaster and reformer who had never worked for the Post Office. In 1837 he "
            "published a pamphlet called Post Office Reform: its Importance and Practicability. He worked out that the "
            "real cost of carrying a letter was tiny compared with the cost of the clerks who calculated charges and "
            "collected money at the door.",
            "Hill suggested a single low price of one penny for a letter weighing up to half an ounce, to be paid in "
            "advance by the sender, whatever the distance|inside Britain. To show that the fee had been paid, the "
            "sender would stick a small printed label on the letter. Many officials at the Post Office thought the "
            "plan would ruin them, but merchants and campaigners supported it, and Parliament agreed to try it.",
            "Uniform Penny Postage began on 10 January 1840. For the first few months letters still had to be paid "
            "for in cash at the post office, because the new stamps were not yet ready.",
        ], caption=dict(position="Right", text="A sheet of the first penny stamps, before they were cut apart.",
                        credit="Photo: Wrenfield Postal Museum, WPM 1983.211")),
        dict(label="3", title="The First Stamps", paras=[
            "The Penny Black went on sale on 1 May 1840 and could be used from 6 May. It showed the head of the young "
            "Queen Victoria, copied from a drawing made when she was a girl, printed in black ink. The stamps were "
            "printed in sheets of 240 by Perkins, Bacon and Petch, and had no perforations, so clerks and customers "
            "cut them apart with scissors.",
            "Each stamp had letters in its lower corners showing its place on the sheet, which made forgery harder. "
            "To stop people reusing stamps, post offices cancelled them with a red mark shaped like a Maltese cross. "
            "The red was hard to see on a black stamp and could be cleaned off, so in 1841 the penny stamp was printed "
            "in red instead and the cancelling ink became black.",
            "The number of letters sent in Britain more than doubled in the first year of the new system. Other "
            "countries soon copied the idea, starting with Switzerland and Brazil in 1843.",
        ]),
    ],
    sidebar=dict(title="Did you know?", paras=[
        "The Penny Black does not show the name of its country. Britain was the first nation to use postage stamps, "
        "and it still prints no country name on its stamps today: the head of the monarch is enough.",
    ]),
    table=dict(title="POSTAGE THEN AND NOW", rows=[
        ("Letter, London to Edinburgh, 1839", "1s 1½d"),
        ("Any letter in Britain, 1840", "1d"),
        ("Stamps printed on one sheet", "240"),
    ]),
    questions=[
        "1. Who usually paid for a letter before 1840?",
        "2. Why did people try not to use envelopes?",
        "3. What did Rowland Hill say was the real cost of the old system?",
        "4. Why was the colour of the penny stamp changed in 1841?",
        "5. Look at the table. How many times cheaper was the new rate for a letter to Edinburgh?",
    ],
)

# ---------------------------------------------------------------- 2. landscape wall panel (PDF)
IRON = dict(
    name="iron_bridge_1779",
    kicker="GALLERY 2 · PANEL 2.4",
    title_lines=["A Bridge of Iron:", "Coalbrookdale, 1779"],
    footer_left="Severn Gorge Ironworks Museum · Gallery 2",
    footer_right="Panel 2.4",
    intro="In the summer of 1779 the first large bridge in the world made of cast iron was raised across the River "
          "Severn in Shropshire. It still stands, and it gave its name to the town that grew up around it.",
    band_caption=dict(position="Above", text="The arch seen from the downstream bank in early morning light.",
                      credit="Photo: Hester Quaile / Severn Gorge Ironworks Museum"),
    sections=[
        dict(label="A", title="A River Full of Trade", paras=[
            "By the 1770s the Severn Gorge was one of the busiest industrial districts in Britain. Furnaces, forges "
            "and brick kilns lined its banks, and barges called trows carried coal, iron and pottery down the river "
            "towards Bristol. Yet the only way to cross between the villages on either side was by ferry, which was "
            "slow and could not run when the water was high.",
            "Local ironmasters and landowners formed a company to build a bridge. The architect Thomas Farnolls "
            "Pritchard^*^ proposed an arch of cast iron, a material that the works of the gorge produced in great "
            "quantity but which had never been used for a bridge of any real size.",
        ]),
        dict(label="B", title="Casting the Ribs", paras=[
            "Pritchard died in 1777, before building began, and the work was led by Abraham Darby III, grandson of "
            "the man who had first smelted iron with coke at Coalbrookdale in 1709. The five great ribs of the arch, "
            "each cast in two halves, were made nearby, probably in open sand moulds. Altogether the bridge used "
            "nearly 380 tons of iron, and it cost far more than the company had planned.",
            "Because no one had built such a thing before, the parts were joined with methods borrowed from "
            "carpentry: dovetails, mortise and tenon joints and wedges, rather than bolts or rivets. The main ribs "
            "were raised in the summer of 1779, apparently within a few months, while river traffic went on below. "
            "The span is a little over thirty metres.",
        ]),
        dict(label="C", title="A Wonder to Visit", paras=[
            "The bridge opened to traffic on New Year’s Day 1781. Travellers, painters and engravers came to see "
            "it, and prints of the arch were sold across Britain and Europe. Darby hoped that the fame of the bridge "
            "would bring his works new customers, and he paid for pictures of it himself.|Tolls were charged until "
            "1950, and a board listing the charges still hangs at the toll house.",
            "Later engineers learned from the bridge’s weaknesses as well as its strengths. When a great flood in "
            "1795 swept away several stone bridges on the Severn, the iron arch survived, which persuaded many "
            "builders that iron was the material of the future. Thomas Telford, who built a lighter iron bridge a "
            "short way upstream at Buildwas in 1796, was among those who studied it closely.",
        ], caption=dict(position="Left", text="A toll board of the kind once fixed beside the bridge.",
                        credit="Courtesy of the Madeley Turnpike Trust")),
        dict(label="D", title="Saving the Bridge", paras=[
            "The ground of the gorge is unstable, and over two centuries the abutments slowly crept towards each "
            "other, cracking parts of the structure. The bridge was closed to vehicles in 1934 and is now used only "
            "by people on foot. In the 1970s a concrete strut was laid under the river bed between the two banks to "
            "hold them apart.",
            "Today the gorge is a World Heritage Site, and the bridge is looked after by a national heritage body. "
            "Its ironwork was recently repaired and repainted in a reddish-brown close to the colour that paint "
            "samples suggest it wore when new. Visitors can still cross on foot and look down at the river from the "
            "same arch that astonished travellers more than two centuries ago.",
        ]),
    ],
    pullquote="“Iron, on a scale that no one had dared to try”",
    note="* Pritchard was a Shrewsbury architect known mainly for houses and church fittings.",
)

# ---------------------------------------------------------------- 3. family-history panel (PDF)
BRONTE = dict(
    name="bronte_sisters_1847",
    number="7",
    kicker="FAMILY HISTORY ROOM",
    title_lines=["Three Sisters,", "Three Novels:", "The Brontës, 1847"],
    header_left="Pennine Writers’ House Museum",
    header_right="The Family Room",
    folios=["12", "13"],
    intro="Between October 1847 and the summer of 1848, three sisters from a parsonage on the Yorkshire moors "
          "published four novels under invented names. This panel follows the family that produced them.",
    tree=[("Patrick Brontë", "1777–1861"), ("Maria Branwell", "1783–1821"),
          ("Maria", "1814–1825"), ("Elizabeth", "1815–1825"), ("Charlotte", "1816–1855"),
          ("Branwell", "1817–1848"), ("Emily", "1818–1848"), ("Anne", "1820–1849")],
    tree_title="THE FAMILY AT A GLANCE",
    sections=[
        dict(label="I", title="A Parsonage on the Moor", paras=[
            "Patrick Brontë was born in 1777 in County Down, in the north of Ireland, the son of a poor farming "
            "family. He won a place at St John’s College, Cambridge, became a clergyman in the Church of England, "
            "and in 1812 married Maria Branwell, who came from a merchant family in Penzance.",
            "In 1820 the family moved to Haworth, a hillside village of wool-combers and weavers near Keighley, "
            "where Patrick had been appointed perpetual curate. They had six children: Maria, Elizabeth, Charlotte, "
            "Branwell, Emily and Anne. Their mother died of cancer in 1821, and her sister Elizabeth Branwell came up "
            "from Cornwall to run the household.",
        ]),
        dict(label="II", title="Schools and Imaginary Worlds", paras=[
            "In 1824 the four eldest girls were sent to a school for the daughters of clergy at Cowan Bridge. "
            "Conditions there were harsh and the food poor, and in 1825 Maria and Elizabeth fell ill and were brought "
            "home, where both died of tuberculosis within weeks of each other. Charlotte later drew on the school for "
            "Lowood in Jane Eyre.",
            "At home the surviving children wrote constantly. A box of toy soldiers given to Branwell in 1826 grew "
            "into whole imaginary kingdoms, Angria for Charlotte and Branwell and Gondal for Emily and Anne, recorded "
            "in tiny handwritten books only a few centimetres high. The children also made their own magazines, in "
            "imitation of the periodicals their father read.",
        ]),
        dict(label="III", title="Currer, Ellis and Acton Bell", paras=[
            "As adults the sisters worked as teachers and governesses, jobs they mostly disliked, and in 1842 "
            "Charlotte and Emily studied in Brussels. A plan to open their own school at the parsonage attracted no "
            "pupils. In 1846 they paid to publish a book of poems under the names Currer, Ellis and Acton Bell, and "
            "it sold only two copies in its first year.",
            "They kept writing. Charlotte’s Jane Eyre appeared in October 1847 and was an immediate success. "
            "Emily’s Wuthering Heights and Anne’s Agnes Grey followed in December, and Anne’s The Tenant of Wildfell "
            "Hall in 1848. Reviewers argued over whether the Bells were men or women, and that summer Charlotte and "
            "Anne travelled to London to show their publisher that they were separate people.",
        ]),
        dict(label="IV", title="A House of Mourning", paras=[
            "The success was brief. Branwell, whose hopes as a painter and writer had come to nothing, died in "
            "September 1848. Emily died of tuberculosis that December, and Anne the following May at Scarborough, "
            "where she is buried. Charlotte went on to write Shirley and Villette, married her father’s curate "
            "Arthur Bell Nicholls in 1854, and died the next year during her pregnancy. Patrick outlived all his "
            "children and died at the parsonage in 1861. The first biography of Charlotte, by her friend the "
            "novelist Elizabeth Gaskell, appeared in 1857.",
        ], caption=dict(position="Above", text="The parsonage from the churchyard gate, with the moor rising behind.",
                        credit="Photo: Ansel Wharfe for the Pennine Writers’ House Museum")),
    ],
    sidebar=dict(title="Where Did the Papers Go?", paras=[
        "After Patrick’s death Arthur Bell Nicholls took many manuscripts and drawings home with him to Ireland. "
        "Collectors bought them up decades later, which is why the little books and letters of the family are now "
        "scattered between libraries and museums in Britain and the United States.",
    ]),
)

# ---------------------------------------------------------------- 4. tri-fold leaflet, two voices (PDF)
FROST = dict(
    name="great_frost_1709",
    kicker="WINTER LEAFLET 3",
    title_lines=["The Great Frost:", "Europe’s Coldest", "Winter, 1709"],
    footer="Hollingbourne Weather and Farming Museum · Leaflet 3",
    address=["Hollingbourne Weather and Farming Museum", "The Old Granary, Upper Street",
             "Open Wednesday to Sunday, 10–4", "Free entry for under-16s"],
    intro="In the first months of 1709 a sudden and savage cold gripped most of Europe. Rivers froze, trees split, "
          "and the failed harvests that followed killed hundreds of thousands of people. In this leaflet our account "
          "runs alongside italic passages in the voice of a Kentish farmer, pieced together from letters, parish "
          "books and weather notes of that winter.",
    # each para: (voice, text)  voice "c" = curator (sans), "d" = diarist (italic serif)
    sections=[
        dict(label="CHAPTER ONE", title="The Cold Arrives", paras=[
            ("c", "The autumn of 1708 had been mild. Then, around the night of 5–6 January 1709, the temperature fell "
                  "abruptly across western Europe, and it stayed low, with short thaws, until the middle of March. In "
                  "Paris the readings fell well below minus fifteen degrees, and in England the clergyman William "
                  "Derham recorded at Upminster the lowest temperature he had ever measured."),
            ("d", "Tuesday. The ink froze in the pot this morning and I must write by the kitchen fire. The well rope "
                  "is stiff as a rod. Our neighbour’s ewes are in the barn with the cows, for the snow lies to the "
                  "hedge tops on the north side of the hill."),
        ]),
        dict(label="CHAPTER TWO", title="Frozen Rivers, Empty Markets", paras=[
            ("c", "Ice closed harbours along the North Sea and the Baltic, and parts of the lagoon at Venice froze. "
                  "Firewood ran short in the cities, carters could not travel, and the prices of bread and fuel rose "
                  "quickly. In London the poor burned furniture and fences to keep warm."),
            ("d", "Market day, and no market. The carrier did not come from Maidstone, and they say the river is "
                  "stopped with ice below Rochester. Corn is dear already, and my wife has put by what flour we have "
                  "in the loft where the rats cannot reach it."),
            ("c", "Many birds and wild animals died, and so did livestock left out in the fields. Fruit trees, vines "
                  "and walnut trees cracked open in the frost, and in the south of France whole olive groves were "
                  "killed to the ground."),
        ]),
        dict(label="CHAPTER THREE", title="Famine and Its Aftermath", paras=[
            ("c", "The worst came after the thaw. The winter wheat sown the previous autumn had died in the ground, "
                  "and in France above all there was little to harvest in the summer of 1709. Bread prices soared, "
                  "and hunger and disease followed. Historians estimate that several hundred thousand people died in "
                  "France in 1709 and 1710, at a time when the kingdom was also fighting a long and costly war."),
            ("d", "The thaw has come at last and the yard is a sea of mud. I walked the long field and the wheat is "
                  "black and dead in the rows. We shall sow barley where we can and pray for a kind summer."),
            ("c", "Governments and parishes tried to help. In France the king’s ministers ordered grain to be bought "
                  "abroad and forbade hoarding, and in England many parishes paid out more poor relief. Hard winters "
                  "came again later in the century, but none was remembered quite like 1709."),
        ], caption=dict(position="Below", text="A split walnut trunk of the kind described in letters of 1709.",
                        credit="Lent by Petham Estate Woodlands")),
    ],
    sidebar=dict(title="Measuring the Cold", paras=[
        "Thermometers were still new in 1709, and few were made or marked in the same way. Modern scientists have "
        "compared the surviving readings from Paris, London and elsewhere to estimate how cold it really was. They "
        "agree that it was the coldest European winter for at least five hundred years.",
    ]),
    pullquote="A whole continent held its breath for ten weeks",
    table=dict(title="THE WINTER IN NUMBERS", rows=[("Cold began", "6 January 1709"), ("Main thaw", "mid-March 1709"),
                                                    ("Deaths in France", "several hundred thousand")]),
)

# ---------------------------------------------------------------- 5. DOCX
METRO = dict(
    name="metropolitan_railway_1863",
    header="Euston Road Transport Gallery · Panel texts",
    footer="Draft for the design team – not for display",
    kicker="NEW GALLERY · UNDERGROUND",
    title_lines=["Trains Under the Streets:", "London’s First Underground Railway, 1863"],
    intro="On 10 January 1863 the Metropolitan Railway opened between Paddington and Farringdon Street, the first "
          "underground railway in the world. These panels tell how it was built and what Londoners made of it.",
    sections=[
        dict(label=None, title="Too Much Traffic", style="Heading2", paras=[
            "By the middle of the nineteenth century London’s streets were choked with horse buses, cabs, carts and "
            "people on foot. The main-line railway companies had been kept out of the centre, so their stations at "
            "Paddington, Euston and King’s Cross stood on the edge of the city, and thousands of passengers a day "
            "struggled on through the traffic to reach their work.",
            "Charles Pearson, the solicitor to the City of London, campaigned for years for a railway that would run "
            "beneath the streets and join the stations to the City. After long arguments over money and route, the "
            "Metropolitan Railway was authorised by Parliament in 1854, though work did not begin until 1860.",
        ]),
        dict(label=None, title="Cut and Cover", style="boldNormal", paras=[
            "Most of the line was built by the cut-and-cover method. Workers dug a deep trench along the line of a "
            "road, built a brick-lined tunnel inside it, then covered it over and put the road back. It caused "
            "enormous disruption, and houses along the route had to be propped up or pulled down. Between King’s "
            "Cross and Farringdon the line followed the valley of the River Fleet, long since buried in a sewer.",
            "The engineer was John Fowler. In June 1862 the Fleet sewer burst into the works near Farringdon and "
            "flooded the cutting to a depth of several feet, delaying the opening by months. Before the line opened, "
            "Gladstone and other dignitaries made a trip through it in open wagons.^1^",
        ], caption=dict(position="Left", text="Workmen roofing over a cutting near King’s Cross in 1861, from an "
                                               "engraving published at the time.",
                        credit="Courtesy of the Marylebone Tram and Omnibus Society")),
        dict(label=None, title="The Opening Day", style="Heading2", paras=[
            "The line opened to the public on Saturday 10 January 1863. About 38,000 passengers travelled on it "
            "that day, and the company struggled to run enough trains. The carriages were lit by gas, and there were "
            "first, second and third classes, with early workmen’s trains at cheap fares.",
            "The railway was a success from the start, carrying more than nine million passengers in its first "
            "year. Within a few years it had been extended at both ends, and a second company, the Metropolitan "
            "District, began building the line that would later form much of the Circle.",
        ]),
        dict(label=None, title="From Steam to Tube", style="boldNormalLarge", paras=[
            "Deep-level tubes, bored through the clay far below the streets, came later. The City and South London "
            "Railway opened in 1890 and was worked by electric trains from the start. The Metropolitan’s own lines "
            "were electrified early in the twentieth century, and the stretch between Paddington and Farringdon is "
            "still used by Underground trains today.",
            "The opening of 1863 is usually counted as the birth of the London Underground. For its 150th "
            "anniversary in January 2013 a restored steam locomotive and Victorian carriages ran through the "
            "original tunnels again, watched by crowds on the platforms.",
        ]),
    ],
    sidebar=dict(title="Steam Below Ground", paras=[
        "The trains were pulled by steam locomotives. To limit the smoke, the engines were built to condense their "
        "steam and damp down their fires in the tunnels, but the stations still filled with sulphurous fumes. Some "
        "passengers complained about the air, while others claimed that it was good for their health.",
    ]),
    note="1 The trip took place in May 1862; the wagons had been fitted with seats for the occasion.",
    table=dict(title="The line at a glance", rows=[("Opened", "10 January 1863"), ("Length", "about 6 km"),
                                                  ("Stations", "7"), ("Passengers, first day", "about 38,000")]),
    pullquote="A railway in a drain, said the sceptics. Londoners queued to ride it.",
)

# ---------------------------------------------------------------- 6. HTML
MARATHON = dict(
    name="olympic_marathon_1908",
    site="Shepherd’s Bush Museum of Sport",
    title="Carried Over the Line: The 1908 Olympic Marathon",
    title_lines=["Carried Over the Line:", "The 1908 Olympic Marathon"],
    intro="On a hot July afternoon in 1908 an Italian confectioner collapsed five times in the last few hundred "
          "metres of the Olympic marathon in London. He lost the race, and became the most famous athlete of the "
          "Games.",
    sections=[
        dict(label="Stage 1", title="From Windsor to the White City", paras=[
            "The 1908 Olympic Games came to London after Italy gave up hosting them following the eruption of "
            "Vesuvius in 1906. A new stadium was built at Shepherd’s Bush, beside a great exhibition ground known as "
            "the White City, with room for tens of thousands of spectators.",
            "The route ran east from Windsor through Eton, Slough, Uxbridge, Pinner, Harrow and Wembley before "
            "turning in towards the stadium, and people stood along much of its length to watch the runners pass.",
            "The marathon was planned to start below the windows of Windsor Castle, where royal children could "
            "watch, and to finish in front of the royal box inside the stadium. The distance that resulted was 26 "
            "miles and 385 yards, or 42.195 kilometres. It was not fixed as the official marathon distance until "
            "the 1920s, but it has been used ever since.",
        ]),
        dict(label="Stage 2", title="A Race in the Heat", paras=[
            "Fifty-five runners started on 24 July. The day was unusually warm and close, and many set off far too "
            "quickly. Charles Hefferon of South Africa led for much of the second half, while Dorando Pietri, a "
            "small runner from Carpi in northern Italy, worked his way steadily through the field.",
            "Pietri passed Hefferon with only a couple of miles to go. By then he was exhausted and badly "
            "dehydrated, and when he came into the stadium he turned the wrong way on the track.",
            "Hefferon, who had led from about halfway, had begun to struggle in the last few miles. By some "
            "accounts he had accepted a drink of champagne from a spectator, which left him with cramp.",
        ], caption=dict(position="Below", text="Spectators on the stand roof, from a lantern slide of the day.",
                        credit="Lantern slide: Askew Family Collection")),
        dict(label="Stage 3", title="Helped to the Finish", paras=[
            "In front of a huge crowd Pietri fell, got up and fell again. Officials and a doctor gathered round "
            "him, and in the end two of them held him up and guided him across the line. He finished first, but "
            "John Hayes of the United States, who came in about half a minute behind him, protested at once.",
            "The protest was upheld, Pietri was disqualified and Hayes was given the gold medal. The crowd’s "
            "sympathy was with the Italian, and the next day Queen Alexandra presented him with a gilded silver cup "
            "of his own. Hefferon was given the silver medal, and Joseph Forshaw of the United States the bronze.",
            "Arthur Conan Doyle, who had watched the finish as a reporter for the Daily Mail, wrote about Pietri’s "
            "courage and started a collection that raised money for him to open a bakery at home.",
        ], caption=dict(position=None, text="A copy of the official programme for the marathon, with a pencilled "
                                             "list of runners.",
                        credit="© Shepherd’s Bush Museum of Sport, SBMS 2004.17")),
    ],
    sidebar=dict(title="A Song and a Rematch", paras=[
        "The story made Pietri a celebrity. Irving Berlin wrote a song called Dorando, and in the following months "
        "Pietri and Hayes raced each other in professional marathons in New York, the first of which Pietri won. "
        "He gave up racing in 1911 and went home to Italy, where his name is still honoured in Carpi, the town "
        "where he grew up.",
    ]),
    pullquote="The crowd wanted a winner, and chose the man who lost.",
)

ALL = [PENNY, IRON, BRONTE, FROST, METRO, MARATHON]
