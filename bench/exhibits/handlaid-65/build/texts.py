# -*- coding: utf-8 -*-
"""All exhibit texts (my own words). Gold = title, running, intro, sections, sidebar.
Everything under 'extra' is printed but is NOT gold (kickers, quotes, tables, notes, timelines).
PDF texts stay inside Latin-1 plus the curly single quotes (fig2dev/PostScript ISOLatin1Encoding)."""

EX = {}

# ---------------------------------------------------------------- 1. Tycho (A3 landscape wall panel)
EX["tycho_nova_1572"] = dict(
    title=["A Star Where None Had Been", "Tycho Brahe and the Nova of 1572"],
    running=["Hall of the Heavens · Panel 4", "Orrery House Museum of Astronomy, Kelbrook"],
    intro=("On a November evening in 1572 a young Danish nobleman looked up at the constellation of "
           "Cassiopeia and saw a bright star that had not been there before. His careful measurements of "
           "it helped to break an idea that had ruled astronomy for two thousand years."),
    sections=[
        dict(label="A", title="The Evening of 11 November", paras=[
            "Tycho Brahe was walking back to his uncle’s house at Herrevad Abbey in Scania, then part of "
            "Denmark, when he noticed a star brighter than any other in the sky. He knew the heavens well "
            "enough to be sure it was new, and he called his servants and some passing farmers to confirm "
            "that they could see it too.",
            "For some weeks the star outshone Venus and could be seen in daylight by anyone with good eyes. "
            "Over the following months it faded and changed colour, from white to yellow and then to a dull "
            "red, until by March 1574 it could no longer be seen at all. Observers across Europe noticed it, "
            "among them Thomas Digges in England and Jerónimo Muñoz in Valencia. Some took it for a comet without a "
            "tail, others for a sign of coming disaster, and preachers found in it a warning to sinners.",
        ]),
        dict(label="B", title="Measuring the Unchanging Sky", paras=[
            "According to Aristotle the region beyond the Moon was perfect and unchanging, so anything new in "
            "the sky, such as a comet, had to belong to the air below it. If the new star were that close, it "
            "would seem to shift against the background stars as the Earth turned through the night. Tycho "
            "measured its distance from the stars of Cassiopeia with a large sextant of walnut wood and found "
            "no shift at all.",
            "The star therefore lay far beyond the Moon, among the fixed stars themselves. Tycho set out his "
            "evidence in a small book, De nova stella, printed in Copenhagen in 1573. It made his name at the "
            "age of twenty-six and showed that the heavens could change. He was at first unsure whether a nobleman "
            "should publish a book at all, and friends had to persuade him that it was no disgrace.",
        ], caption=dict(position="Above",
                        text="Half-size copy of a sextant of the kind Tycho used in 1572, made for this gallery.",
                        credit="Orrery House Museum, OHM 2019.44")),
        dict(label="C", title="An Island for Astronomy", paras=[
            "King Frederick II was impressed enough to give Tycho the island of Hven in the Sound, with its "
            "rents, in 1576. There he built Uraniborg, a house and observatory, and later Stjerneborg, a set "
            "of instruments sunk into the ground to shelter them from the wind. For twenty years his "
            "assistants measured the planets with an accuracy of about one minute of arc, the best ever "
            "achieved without a telescope.",
            "Those records passed after his death in Prague in 1601 to Johannes Kepler, who used the orbit "
            "of Mars to show that the planets move in ellipses. The remnant of the 1572 star was found by "
            "radio astronomers in 1952, and it is now known to have been the explosion of a white dwarf "
            "star, a type of supernova.",
        ]),
    ],
    sidebar=dict(title="A Nose of Metal", paras=[
        "In 1566, as a student in Rostock, Tycho fought a duel with a fellow Dane, reportedly over a point of "
        "mathematics, and lost part of his nose. For the rest of his life he wore a false bridge. When his "
        "grave was opened in 2010, traces on the skull suggested it was made of brass rather than gold or "
        "silver."]),
    extra=dict(kicker="THE CHANGING SKY", panel_no="4",
               pull="‘The sky had changed, and a man with a wooden sextant had proved it.’",
               pull_by="Ingrid Halvorsen, curator",
               timeline=[("1546", "Tycho born at Knudstrup, Scania"), ("1566", "Duel at Rostock"),
                         ("1572", "New star seen, 11 November"), ("1573", "De nova stella printed"),
                         ("1576", "Hven granted by the king"), ("1601", "Dies in Prague")],
               fact_title="Did you know?",
               fact="Tycho’s star was about 8,000 light years away, so the explosion he saw had happened long before the pyramids were built."),
)

# ---------------------------------------------------------------- 2. Napier (A4 catalogue pp. 58-59)
EX["napier_logarithms_1614"] = dict(
    title=["The Wonderful Canon", "John Napier’s Logarithms, 1614"],
    running=["Instruments of Calculation", "58", "59",
             "Ardnamurchan Library of Mathematics · Catalogue of Printed Books"],
    intro=("In 1614 a Scottish landowner published ninety pages of tables that halved the labour of every "
           "astronomer, navigator and surveyor in Europe. Logarithms turned long multiplications into "
           "additions, and for three and a half centuries they were the working tool of anyone who calculated."),
    sections=[
        dict(label="I", title="The Laird of Merchiston", paras=[
            "John Napier was born in 1550 at Merchiston Castle, then just outside Edinburgh, and was sent to "
            "St Andrews at the age of thirteen. He left without a degree, probably travelled on the "
            "Continent, and returned to manage the family estates. He experimented with manures for his "
            "fields, designed engines of war that were never built, and wrote a fierce commentary on the "
            "Book of Revelation that sold better in his lifetime than his mathematics.",
            "Calculation was his private passion. Astronomers of the day spent weeks multiplying and "
            "dividing numbers of seven or eight figures, mostly the sines of angles, and any slip spoiled "
            "the whole result. Napier spent some twenty years looking for a way to spare them that labour, working "
            "out his tables by hand, line by line, with no helper that we know of.",
        ]),
        dict(label="II", title="Numbers in Step", paras=[
            "His idea was to pair two sequences of numbers, one growing by equal additions and the other "
            "shrinking by equal proportions, so that multiplying two numbers of the second kind became "
            "adding their partners of the first. He described the pairing in terms of two points moving "
            "along lines, and coined the word logarithm from the Greek for ratio and number.",
            "The Mirifici Logarithmorum Canonis Descriptio appeared in Edinburgh in 1614, with a short "
            "explanation followed by tables of the logarithms of sines for every minute of arc. Napier’s "
            "logarithms were not those of today: they decreased as the sines increased, and their base was "
            "hidden in his construction. Copies reached London within months, and Edward Wright, a mathematician "
            "who taught navigation, made an English translation that was published in 1616, after his death.",
        ], caption=dict(position="Left",
                        text="A set of Napier’s rods in boxwood, Scotland, about 1680, for multiplying by sliding numbered strips.",
                        credit="Ardnamurchan Library, ALM R.117")),
        dict(label="III", title="Briggs Rides North", paras=[
            "Henry Briggs, professor of geometry at Gresham College in London, read the book in 1615 and "
            "rode to Edinburgh to meet its author. The two men agreed that logarithms would be easier to use "
            "if the logarithm of one were nought and that of ten were one. Napier died in 1617, and Briggs "
            "carried out the plan alone, publishing the logarithms of the numbers from 1 to 20,000 and from "
            "90,000 to 100,000 to fourteen places in 1624.",
            "Within a few years Edmund Gunter had marked logarithms on a wooden rule and William Oughtred "
            "had slid two such scales against each other, making the first slide rule. Kepler used the new "
            "tables for his Rudolphine Tables of 1627, and printed tables stayed on desks and in "
            "schoolrooms until the pocket calculator replaced them in the 1970s.",
        ]),
    ],
    sidebar=dict(title="Napier’s Bones", paras=[
        "Napier also invented a simpler aid, published in 1617 in his Rabdologiae: a set of rods carrying the "
        "multiplication table, laid side by side so that a product could be read off by adding the digits "
        "in the slanting cells. Sets in wood and ivory were made across Europe, and the rods were soon "
        "nicknamed his bones."]),
    extra=dict(kicker="CHAPTER 6 · TABLES AND RULES",
               footnote="* Merchiston Castle now stands inside the campus of Edinburgh Napier University.",
               table_title="Logarithms in step",
               table=[("Number", "Common logarithm"), ("1", "0"), ("10", "1"), ("100", "2"), ("1,000", "3"),
                      ("2", "0.30103"), ("3", "0.47712")],
               quote="‘Seeing there is nothing so troublesome to mathematical practice than the multiplications, divisions and extractions of great numbers ...’",
               quote_by="Morag Lindsay, keeper of printed books",
               facts_title="The book in brief",
               facts=[("Printed", "Edinburgh, Andrew Hart, 1614"), ("Pages", "57 of text, 90 of tables"),
                      ("Copy shown", "ALM 1614.2, in calf")]),
)

# ---------------------------------------------------------------- 3. Mason-Dixon (A4 landscape bi-fold leaflet)
EX["mason_dixon_line_1767"] = dict(
    title=["The Line", "Mason and Dixon in America, 1763 to 1767"],
    running=["Pendlebury Museum of Surveying and Maps"],
    intro=("Two Englishmen, an astronomer and a surveyor, spent almost four years cutting a straight line "
           "through the forests of colonial America to end a quarrel between two families. Their boundary "
           "still divides Pennsylvania from Maryland, and its name came to mean much more."),
    sections=[
        dict(label="Stage 1", title="A Quarrel over a Charter", paras=[
            "In 1632 King Charles I granted Maryland to the Calvert family, and in 1681 Charles II granted "
            "Pennsylvania to William Penn. The two charters described the border in words that could not "
            "both be true on the ground, and Philadelphia itself seemed to lie inside Maryland. For eighty "
            "years the families argued, farmers were driven from their land, and local surveyors failed to "
            "settle the matter.",
            "In 1760 the proprietors agreed terms and looked to London for men who could measure with the "
            "precision of astronomers. Charles Mason had been an assistant at the Royal Observatory at "
            "Greenwich, and Jeremiah Dixon was a surveyor from County Durham. Together they had observed the "
            "transit of Venus of 1761 at the Cape of Good Hope. The proprietors offered them a guinea a day each, "
            "with their expenses, and the promise of a long and difficult task.",
        ]),
        dict(label="Stage 2", title="Stars over the Forest", paras=[
            "They reached Philadelphia in November 1763 and first fixed the southernmost point of the city. "
            "With a zenith sector, a telescope six feet long hung from a vertical frame, they measured the "
            "positions of stars passing overhead night after night to find their latitude. A point fifteen "
            "miles further south, at about 39 degrees 43 minutes north, became the line’s starting parallel.",
            "The line had to follow a parallel of latitude, which curves, so they ran it in short straight "
            "lengths of about ten miles, checking each against the stars and correcting as they went. Axemen "
            "cleared a strip some eight yards wide ahead of the chain carriers, and wagons of instruments "
            "followed behind. In winter, when snow stopped the work, the two men returned to the town of Newark in "
            "Delaware or to the farm of John Harlan, where their observatory still stood.",
        ], caption=dict(position="Right",
                        text="A surveyor’s chain of one hundred links, English, about 1760.",
                        credit="Lent by the Worsley Land Agents’ Society, WLAS 31")),
        dict(label="Stage 3", title="The Warrior Path", paras=[
            "In 1765 and 1766 the party pushed west over the Allegheny ridges. In 1767 the Six Nations sent "
            "escorts to protect the survey, but in October, at a warpath near Dunkard Creek, the escorts "
            "would go no further. Mason and Dixon set their last mark 233 miles from the Delaware River, and "
            "the line was carried to its end only in 1784.",
            "Every mile was marked with a stone carved with P on one side and M on the other, and every fifth "
            "mile with a crownstone bearing the arms of the two families. In 1780 Pennsylvania began to "
            "abolish slavery, and in time the line became the popular boundary between the free North and "
            "the slave-holding South, a meaning its makers never intended.",
        ]),
    ],
    sidebar=dict(title="A Degree for the Royal Society", paras=[
        "Before sailing home in 1768 Mason and Dixon used the level ground of the Delmarva Peninsula to measure "
        "the length of one degree of latitude, a task paid for by the Royal Society. Their result, published in "
        "the Philosophical Transactions, was one of the first such measurements made in the Americas."]),
    extra=dict(kicker="A LEAFLET FOR GALLERY 2 · DRAWING LINES",
               facts_title="Visiting",
               facts=[("Gallery", "Ground floor, Gallery 2"), ("Open", "Tuesday to Sunday, 10 to 5"),
                      ("Tours", "Saturdays at 2, free")],
               quote="‘We set up the sector and waited for the clouds, as we did most nights.’",
               quote_by="Ellis Tranter, county surveyor",
               cont="continued »"),
)

# ---------------------------------------------------------------- 4. Meridian conference (A3 portrait poster, 2 pages)
EX["meridian_conference_1884"] = dict(
    title=["One Meridian for the World", "The Washington Conference of 1884"],
    running=["One Meridian for the World · Elmhurst Museum of Time", "1", "2"],
    intro=("In October 1884 delegates from twenty-five countries met in Washington to choose a single prime "
           "meridian for the world, the line from which every longitude and every clock would be counted. "
           "They chose the meridian that passes through Greenwich, and the world has kept time by it ever since."),
    sections=[
        dict(label="1", title="Too Many Noons", paras=[
            "Before the railways, every town kept its own time by the Sun, so noon in Bristol came about ten "
            "minutes after noon in London. Trains made the difference matter, and in 1847 most British lines "
            "adopted London time. In North America, where dozens of local times were in use, the railway "
            "companies agreed on standard time zones, which came into force on 18 November 1883, the day of "
            "two noons.",
            "Navigators had a different problem. Every nation drew its sea charts from its own meridian, "
            "through Paris, Cadiz, Naples or Pulkovo, and longitudes had to be converted from one to another. "
            "By the 1880s, however, most of the world’s shipping already used charts counted from the "
            "Greenwich meridian. The British Nautical Almanac, published every year since 1767 and used by sailors "
            "of many nations, had made Greenwich the habit of the sea long before any treaty.",
        ]),
        dict(label="2", title="The Vote in Washington", paras=[
            "President Chester Arthur invited the nations to the International Meridian Conference, which "
            "opened on 1 October 1884 with forty-one delegates. The French delegation argued for a neutral "
            "meridian that passed through no great nation, perhaps through the Atlantic or the Bering Strait. "
            "Others answered that a meridian must run through an observatory where it could be measured.",
            "On 13 October the conference resolved by twenty-two votes to one, with France and Brazil "
            "abstaining and San Domingo voting against, that the prime meridian should pass through the "
            "centre of the transit instrument at the Royal Observatory, Greenwich. It also proposed a "
            "universal day beginning at midnight on that meridian. The delegates left the choice of local times to "
            "each government, and nothing in the resolutions created time zones for the whole world.",
        ], caption=dict(position="Right",
                        text="Pocket chronometer set to Greenwich time, London, 1883, carried by a delegate’s secretary.",
                        credit="Elmhurst Museum of Time, EMT 1884.3")),
        dict(label="3", title="A Slow Agreement", paras=[
            "The resolutions bound no one. France kept Paris time until 1911 and then adopted Greenwich time "
            "described as Paris mean time slowed by nine minutes and twenty-one seconds. Other countries "
            "joined the system of hourly time zones one by one over the following decades, and the universal "
            "day was not adopted by astronomers until 1925.",
            "The line itself has also moved. The transit circle set up by George Airy in 1851 still marks the "
            "meridian in the courtyard at Greenwich, but modern satellite positions place the zero of "
            "longitude about a hundred metres to the east, and visitors with phones find that the painted "
            "line is not quite at zero. The difference comes from the way modern systems define the direction of "
            "gravity and the shape of the Earth, not from any mistake by Airy.",
        ]),
    ],
    sidebar=dict(title="Sandford Fleming’s Missed Train", paras=[
        "The Canadian railway engineer Sandford Fleming, a delegate at Washington, was one of the loudest "
        "voices for world time. He liked to say that he first thought of it in 1876, after a printed timetable "
        "in Ireland sent him to a station twelve hours early for a train marked p.m. instead of a.m."]),
    extra=dict(kicker="THE STANDARD TIME GALLERY · PANEL 9",
               quote="‘A clock that agrees with no other clock is only an ornament.’",
               quote_by="— Hollis Vane, horologist, 1902",
               table_title="The vote of 13 October",
               table=[("For Greenwich", "22"), ("Against", "1, San Domingo"), ("Abstaining", "2, France and Brazil")],
               note="The numbers in the margin count the paragraphs of this panel."),
)

# ---------------------------------------------------------------- 5. Metre survey (DOCX, docmarq)
EX["metre_survey_1792"] = dict(
    title=["The Measure of the Earth", "Delambre, Méchain and the Metre, 1792 to 1798"],
    running=["Thornbury Museum of Weights and Measures · Gallery of Standards"],
    intro=("In 1792, as France descended into revolution, two astronomers set out from Paris in opposite "
           "directions to measure the distance from Dunkirk to Barcelona. From that arc of the meridian the "
           "Republic would define a new unit of length for all people and all time: the metre."),
    sections=[
        dict(label="Leg 1", title="A Unit from Nature", paras=[
            "Old France had hundreds of units of length, weight and volume, and they varied from town to "
            "town. In 1791 the Academy of Sciences proposed a unit taken from the Earth itself: one ten-millionth "
            "of the distance from the North Pole to the equator, measured along the meridian through Paris. "
            "Part of that meridian, between Dunkirk and Barcelona, could be surveyed on the ground and the rest "
            "worked out by calculation.",
            "Jean-Baptiste Delambre took the northern section from Dunkirk to Rodez, and Pierre Méchain the "
            "southern one from Rodez to Barcelona. Each carried a repeating circle designed by Jean-Charles de "
            "Borda, which measured an angle many times over so that small errors averaged out. The instrument "
            "makers of Paris were given barely a few months to finish them before the teams set out.",
        ]),
        dict(label="Leg 2", title="Triangles in a Time of Terror", paras=[
            "The method was triangulation: a chain of triangles joining church towers, hilltops and signals "
            "built for the purpose, with every angle measured and two baselines measured directly with rods. "
            "Surveyors climbing steeples with strange instruments looked like spies, and Delambre was arrested "
            "more than once. Signals were torn down, and in 1793 the government dismissed the commission’s "
            "leading members for their politics.",
            "Méchain was trapped in Spain when war broke out between the two countries. He also found that his "
            "measurements of the latitude of Barcelona, taken at two places in the city, did not agree. He "
            "told no one and spent the rest of his life tormented by the discrepancy. Delambre, meanwhile, worked "
            "steadily north, re-measuring old stations and building new towers where the old ones had fallen.",
        ], caption=dict(position="Above",
                        text="Repeating circle by Étienne Lenoir, Paris, about 1795, of the type used on the survey.",
                        credit="On loan from the Collège de Rives, CR-INS-212")),
        dict(label="Leg 3", title="The Metre of the Archives", paras=[
            "The two men met again in Paris in 1798, and an international commission checked their "
            "calculations. In 1799 a platinum bar of the agreed length was placed in the national archives as "
            "the standard. Méchain returned to Spain to extend the survey and died of yellow fever there in 1804.",
            "Later measurements showed that the Earth is less regular than the surveyors had assumed, and the "
            "metre of the archives is about a fifth of a millimetre short of its definition. It did not matter. "
            "The metre became compulsory in France in 1840 and spread across most of the world. In 1875 seventeen "
            "nations signed the Metre Convention, and new international prototypes of platinum and iridium were "
            "made in London and shared among them in 1889. Since 1983 the metre has been defined by the speed of "
            "light, and the meridian is no longer part of it.",
        ]),
    ],
    sidebar=dict(title="Metres on the Wall", paras=[
        "To teach Parisians the new unit, the government fixed marble metre standards to the walls of "
        "buildings in 1796 and 1797. Two survive in their original places, one under the arcade of the rue de "
        "Vaugirard opposite the Luxembourg Palace and one in the Place Vendôme."]),
    extra=dict(kicker="GALLERY OF STANDARDS · CASE 3",
               note="Méchain’s error, about three seconds of arc, was only understood after his papers were studied in the 1840s.",
               quote="‘For all people, for all time.’",
               quote_by="motto proposed for the metric system, 1790s"),
)

# ---------------------------------------------------------------- 6. Ramanujan (HTML, flamingo)
EX["ramanujan_letter_1913"] = dict(
    title=["A Letter from Madras", "Ramanujan and Hardy, 1913"],
    running=[],
    intro=("In January 1913 a Cambridge mathematician opened a letter from a clerk in Madras. It contained "
           "page after page of formulas without proofs, some already known, some wrong, and some unlike "
           "anything he had seen. The correspondence that followed changed both men’s lives."),
    sections=[
        dict(label="Notebook 1", title="A Clerk with a Notebook", paras=[
            "Srinivasa Ramanujan was born in 1887 in Erode in southern India and grew up in Kumbakonam. As a "
            "schoolboy he borrowed a copy of George Carr’s Synopsis of Elementary Results, a list of several "
            "thousand theorems with the briefest of proofs, and began to fill notebooks with results of his "
            "own. He won a scholarship to college but lost it because he neglected every subject except "
            "mathematics.",
            "By 1912 he was married and working as a clerk in the accounts section of the Madras Port Trust, "
            "where his superiors encouraged his research. Indian mathematicians urged him to write to "
            "English ones, and at least two Cambridge professors returned his letters without comment. A friend "
            "helped him to polish his English, and the next letter went to a younger man.",
        ]),
        dict(label="Notebook 2", title="Hardy Reads the Formulas", paras=[
            "Godfrey Harold Hardy received the letter on 16 January 1913. Its nine pages held around "
            "a hundred and twenty statements about series, integrals and prime numbers. Hardy first suspected "
            "a hoax, then spent the evening going through it with his colleague John Littlewood. He decided "
            "that the formulas must be true, because no one would have had the imagination to invent them.",
            "Hardy arranged for Ramanujan to come to Cambridge, and in March 1914, after overcoming his family’s "
            "objection to crossing the sea, Ramanujan sailed for England. At Trinity College the two men worked "
            "together on the partition of numbers, counting the ways a whole number can be written as a sum, "
            "and produced a formula of astonishing accuracy. Hardy supplied the rigour that Ramanujan had never "
            "been taught, and Ramanujan supplied ideas that Hardy said he could never have imagined.",
        ], caption=dict(position="Left",
                        text="Slate of the kind Ramanujan used for his working, south India, early twentieth century.",
                        credit="Lent by the Kaveri Educational Trust, KET 1908.2")),
        dict(label="Notebook 3", title="Fellow of the Royal Society", paras=[
            "The war years were hard for a strict vegetarian far from home. Ramanujan fell seriously ill in "
            "1917, but in 1918 he became one of the youngest Fellows of the Royal Society and the first Indian "
            "Fellow of Trinity. He sailed home in 1919 and died at Kumbakonam in April 1920, aged thirty-two.",
            "In his last year he wrote about a new kind of function, which he called mock theta functions. In "
            "1976 the American mathematician George Andrews found a bundle of his late pages in the library of "
            "Trinity College. This so-called lost notebook is still being studied, and its ideas have turned up "
            "in the physics of black holes. Ramanujan’s three earlier notebooks, "
            "kept in Madras, were published in facsimile in 1957 and took decades to edit with proofs.",
        ]),
    ],
    sidebar=dict(title="The Taxi-Cab Number", paras=[
        "Visiting Ramanujan in hospital, Hardy remarked that his taxi had the dull number 1729. Ramanujan at "
        "once replied that it was very interesting: the smallest number that can be written as the sum of two "
        "cubes in two different ways, 1 cubed plus 12 cubed and 9 cubed plus 10 cubed. Such numbers are still "
        "called taxi-cab numbers in his honour."]),
    extra=dict(kicker="Online exhibition · Numbers and Their Makers",
               note="Hardy later said that his discovery of Ramanujan was the one romantic incident in his life.",
               timeline=[("1887", "Born in Erode, 22 December"), ("1913", "First letter to Hardy"),
                         ("1914", "Arrives in Cambridge"), ("1918", "Fellow of the Royal Society"),
                         ("1920", "Dies in Kumbakonam"), ("1976", "The lost notebook found")]),
)
