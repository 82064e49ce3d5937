# -*- coding: utf-8 -*-
"""All prose of set 71 (clocks, calendars, timekeeping). Written for this set.

Straight apostrophes here; the gold uses the typographic apostrophe (U+2019),
which is what every producer prints (libplot's ISOLatin1 0x27 is quoteright).
Each exhibit: title (printed lines), running strings, sections (gold) and the
extra matter that is printed but is not gold (kickers, quotes, tables, notes).
"""

GREGORY = {
    "name": "gregorian_calendar_1582",
    "title_lines": ["Ten Days That Never Were", "The Gregorian Reform of the Calendar, 1582"],
    "running": ["Halloway Museum of Time \u00b7 Gallery 4: Counting the Days", "4"],
    "intro": "On the night of Thursday 4 October 1582, people in Rome, Madrid and Lisbon went to bed and woke on Friday 15 October. The missing days were the price of a reform that had been argued over for three centuries, and whose effects reached every country on earth.",
    "sections": [
        {"label": "4.1", "kicker": "The problem", "title": "A Year Too Long",
         "paras": [
             "The calendar that Julius Caesar introduced in 46 BC gave every fourth year an extra day, so that its average year lasted 365 and a quarter days. The year of the seasons is about eleven minutes shorter. The difference seems trivial, but it adds up to a whole day in roughly 128 years.",
             "For the Church the error mattered because of Easter. In 325 the Council of Nicaea had tied the feast to the spring equinox, which the computists placed on 21 March. By the sixteenth century the real equinox arrived around 11 March, and astronomers from Roger Bacon onwards had complained that the festival was drifting away from its proper season.",
             "Reform had been discussed at church councils in the fifteenth century, and in 1475 Pope Sixtus IV called the astronomer Regiomontanus to Rome to advise on it, but he died the following year. It was the Council of Trent that finally asked the papacy to act, leaving the details to Rome.",
         ]},
        {"label": "4.2", "kicker": "The remedy", "title": "The Papal Bull",
         "paras": [
             "The scheme finally adopted came from Aloysius Lilius, a physician and astronomer from Calabria who died before it was taken up. His brother presented the proposal in Rome, and a commission on which the Jesuit mathematician Christopher Clavius played the leading part refined it over several years.",
             "Pope Gregory XIII announced the result in the bull Inter gravissimas, dated 24 February 1582. Ten days were to be dropped at once to bring the equinox back to 21 March. To stop the drift returning, century years would no longer be leap years unless they could be divided by 400, so 1600 and 2000 kept their extra day while 1700, 1800 and 1900 lost it. New tables for finding the date of Easter followed.",
         ]},
        {"label": "4.3", "kicker": "The aftermath", "title": "A Continent Out of Step",
         "paras": [
             "Spain, Portugal, Poland and most Italian states changed in October 1582 as the bull required, and France followed in December. Protestant rulers were in no hurry to take orders from a pope, so for more than a century a traveller crossing from a Catholic to a Protestant territory in Germany moved ten days back in time. Most Protestant German states made the change in 1700.",
             "Britain and its colonies waited until 1752, by which time eleven days had to go: Wednesday 2 September was followed by Thursday 14 September. Japan adopted the new calendar in 1873, Russia only after the revolution, in 1918, and Greece in 1923. Several Orthodox churches still calculate Easter by the old Julian reckoning, which is why their festival often falls on a different Sunday. Countries that changed late lived with double dates for years, and letters of the period are often marked O.S. or N.S. for Old Style and New Style.",
         ]},
    ],
    "sidebar": {"title": "Did You Know?",
                "paras": ["The slogan \"Give us our eleven days\" appears on a placard in one of William Hogarth's election paintings. Historians have found little evidence that crowds ever rioted over the lost days of 1752."]},
    "caption": {"section": 1, "text": "A perpetual calendar wheel for finding Easter by the new Gregorian tables, engraved brass, about 1600.",
                "position": None, "credit": "Lent by the Ashcombe Collection, AC.214"},
    "pullquote": "The old year simply lost ten days in its autumn.",
    "timeline": [("325", "Council of Nicaea fixes the equinox"), ("1582", "Inter gravissimas: Catholic states change"),
                 ("1700", "Protestant German states follow"), ("1752", "Britain and its colonies drop eleven days"),
                 ("1918", "Russia changes after the revolution"), ("1923", "Greece is the last European state")],
}

SUSONG = {
    "name": "su_song_clock_tower_1088",
    "title_lines": ["The Cosmic Engine of Kaifeng"],
    "kicker": "Catalogue 27 \u00b7 Water-driven astronomical clock",
    "running": ["Coldwater Horological Museum", "Catalogue of the Eastern Time Gallery", "112", "113"],
    "intro": "Around 1090 a tower of timber and bronze rose in the palace grounds of Kaifeng, the capital of the Northern Song dynasty. Driven by water, it turned a bronze armillary sphere in step with the sky and announced the hours with bells, drums and moving figures.",
    "sections": [
        {"label": None, "title": "A Tower for the Emperor",
         "paras": [
             "The clock was the work of Su Song, a senior official and scholar who had served as an envoy to the Liao court and was known for his learning in medicine and astronomy. In 1086 he was asked to build a new instrument for the imperial observatory, and with the mathematician Han Gonglian he first made wooden working models before the full machine was built.",
             "The finished tower stood about twelve metres high. On its roof platform was an armillary sphere for sighting the stars, and inside the upper storey a celestial globe turned slowly so that its painted stars rose and set with the real ones. At the front, five tiers of doors opened to show small wooden figures that rang bells, struck drums and held up tablets naming the hours of the day and night.",
         ]},
        {"label": None, "title": "Water and the Escapement",
         "paras": [
             "The power came from a large wheel fitted with thirty-six scoops. A tank kept at a constant level filled each scoop in turn, and only when a scoop held enough water did it tip a balance and let the wheel move on by one step before the next scoop was locked in place. This stop-and-go regulation did the work that the escapement does in a mechanical clock.",
             "From the wheel a long vertical shaft and a train of gears carried the motion up through the tower, and an endless chain drove the armillary sphere on the roof. Attendants lifted the spent water back to the upper tank with hand-worked pumps, so the machine needed constant care. The historian Joseph Needham later argued that it was a missing link between ancient water clocks and the mechanical clocks of medieval Europe.",
             "The gearing was arranged so that the globe and the sphere made one full turn in a day. Small errors could be corrected by adjusting the flow from the tank, and the astronomers checked the machine against the stars on clear nights.",
         ]},
        {"label": None, "title": "A Book Outlives the Machine",
         "paras": [
             "Su Song described his clock in a treatise presented to the throne in the 1090s, usually known as the Xin Yixiang Fayao. Its detailed drawings of every part allowed later scholars to understand how the machine worked long after it had gone.",
             "The tower itself did not survive the fall of the dynasty in the north. When Jurchen armies took Kaifeng in 1127 they carried the clock away to their own capital, where no one could reassemble or maintain it, and it was eventually lost. Working reconstructions have since been built in Taiwan, Japan and Britain from the drawings in the book.",
         ]},
    ],
    "sidebar": {"title": "Stars on Paper",
                "paras": ["Su Song's treatise also contains a set of star maps drawn for the new instruments. Printed from wood blocks, they are among the oldest printed star charts to survive anywhere and show more than a thousand stars."]},
    "caption": {"section": 0, "text": "Working model of the clock tower at one-tenth scale, with the front panels removed to show the water wheel and the tiers of figures.",
                "position": "Above", "credit": "Coldwater Horological Museum, CHM 2004.17"},
    "notes": ["Joseph Needham, Wang Ling and Derek de Solla Price, Heavenly Clockwork (Cambridge, 1960).",
              "Kaifeng was then called Bianjing, the Eastern Capital of the Song."],
    "pullquote": "A clock that kept time with the stars, not only with the sun.",
    "tombstone": ["Working model of Su Song's clock tower", "Kaifeng design of 1088-1092; model made 2004", "Cedar, brass, lacquer and silk cord",
                  "Scale 1:10; height 124 cm", "Coldwater Horological Museum, CHM 2004.17"],
    "marks": {(1, 1): ("medieval Europe.", "medieval Europe.\u00b9"), (2, 1): ("took Kaifeng in 1127", "took Kaifeng in 1127\u00b2")},
}

HUYGENS = {
    "name": "huygens_pendulum_clock_1656",
    "title_lines": ["The Swing of Time", "Christiaan Huygens and the Pendulum Clock"],
    "running": ["Vennestad Clock Museum"],
    "kicker": "A visitor leaflet",
    "intro": "On Christmas Day 1656 a young Dutch mathematician sketched a clock controlled by a swinging weight. Within a few years pendulum clocks were being made in The Hague, Paris and London, and the best of them kept time ten times better than anything before.",
    "sections": [
        {"label": "1", "title": "Clocks Before the Pendulum",
         "paras": [
             "Mechanical clocks had struck the hours in European towers since the end of the thirteenth century. Their rate was governed by a verge escapement and a swinging bar or wheel, the foliot or balance, which had no natural period of its own. A good household clock might gain or lose a quarter of an hour in a day and had to be reset often by a sundial.",
             "Galileo had noticed that a pendulum seems to take the same time for each swing whether it moves far or little. Late in life, blind and confined to his house near Florence, he designed a clock regulated by a pendulum, and his son Vincenzio began to build it, but it was never completed.",
         ]},
        {"label": "2", "title": "Huygens and Coster",
         "paras": [
             "Christiaan Huygens came at the problem independently. His design of 1656 let the pendulum control the verge through a light crutch, so that the clock's weight kept the pendulum swinging while the pendulum alone set the pace. In June 1657 the States General granted him a privilege, and the Hague clockmaker Salomon Coster began making clocks under licence.",
             "Huygens described the invention in a short book, Horologium, in 1658. His clocks erred by less than a minute a day, and a London maker, Ahasuerus Fromanteel, whose son John had worked in Coster's shop, was advertising pendulum clocks to Londoners within a year. Coster died in 1659, but the idea had already left his workshop for good.",
             "Owners of older clocks soon had them converted. Many surviving lantern and turret clocks show the marks of the change, where a verge and balance were taken out and a pendulum hung in their place, so that the new invention reached churches and country houses as well as the homes of the rich.",
         ]},
        {"label": "3", "title": "The Perfect Curve",
         "paras": [
             "A pendulum swinging along a circle is not quite regular: wide swings take slightly longer than narrow ones. Huygens proved that a weight moving along a curve called the cycloid would keep exactly the same time whatever its swing, and fitted curved metal cheeks beside the suspension to bend the cord into that path. He published the proof in his Horologium Oscillatorium of 1673.",
             "In practice the problem was solved another way. The anchor escapement, which appeared in England around 1670, let the pendulum swing through a much smaller arc, where the circle and the cycloid hardly differ. It also allowed a long pendulum beating seconds, about a metre in length, and the tall case that was built to protect it became the familiar longcase or grandfather clock.",
         ]},
    ],
    "sidebar": {"title": "A Clock for the Sea?",
                "paras": ["Huygens hoped that a pendulum clock could find longitude at sea. His marine clocks were tried on English and Dutch voyages in the 1660s, but the rolling of the ships upset the pendulums and the results could not be trusted. The problem of longitude at sea had to wait another century for the marine timekeepers of John Harrison."]},
    "caption": {"section": 2, "text": "Table clock with a short pendulum and a velvet dial, made in The Hague in about 1660 to the Coster pattern.",
                "position": "Right", "credit": "Vennestad Clock Museum, VK 88.12"},
    "pullquote": "For the first time a clock had a heartbeat of its own.",
    "colophon": ["Printed for the Vennestad Clock Museum by Holm & Dekker, Vennestad.", "Second printing, March 2026. Free to visitors."],
    "index": ["1  Clocks Before the Pendulum", "2  Huygens and Coster", "3  The Perfect Curve", "Back: A Clock for the Sea?"],
}

RAILWAY = {
    "name": "railway_time_1847",
    "title_lines": ["One Time for the Nation:", "How the Railways Set Britain's Clocks"],
    "kicker": "Gallery notes",
    "running": ["Linthorpe Railway Museum \u00b7 The Timetable Room", "Gallery notes | Stops 1-2", "Gallery notes | Stops 2-3", "Page 1 of 2", "Page 2 of 2"],
    "intro": "Before the railways, every British town kept its own time by the sun. Within a few years of the first trunk lines, the clocks of the whole country were set by a single observatory in Greenwich. The change took less than a decade on the railways and more than thirty years in law.",
    "sections": [
        {"label": "Stop 1", "title": "Every Town Its Own Noon",
         "paras": [
             "Noon was the moment the sun stood highest over a place, and because the earth turns from west to east, noon came later the further west you went. Bristol kept time about ten minutes behind London, Exeter fourteen and Plymouth sixteen, while Norwich ran a few minutes ahead. When a journey by coach took days, nobody minded.",
             "The railways changed that. A timetable printed in London but read in Bristol invited confusion and, on single lines, danger. In November 1840 the Great Western Railway began to run all its trains by London time, and station clocks along its line showed a time that no longer matched the town clock in the square outside.",
         ]},
        {"label": "Stop 2", "title": "The Clearing House Decides",
         "paras": [
             "The Railway Clearing House, which settled accounts between the many railway companies, recommended in 1847 that all its members adopt Greenwich time. By the end of 1848 nearly every line in Britain had done so, and the timetables of the country were printed in a single time.",
             "Keeping that time accurate was another matter. From 1852 the Royal Observatory sent electrical time signals along the telegraph lines, driven by a new master clock made by Charles Shepherd. Signals went out at fixed hours to telegraph offices and railway stations, and guards set their watches by the clock at the station.",
             "The change reached beyond the railways. The Post Office and the telegraph companies worked to the same time, and by the middle of the 1850s most public clocks in Britain, though not all, showed Greenwich time.",
         ]},
        {"label": "Stop 3", "title": "Two Minute Hands",
         "paras": [
             "Some towns held out. The clock on the Corn Exchange in Bristol was given a second minute hand so that it could show both local and railway time, and some cathedral clocks kept local time for years. In 1858 a case at Dorchester turned on whether a man who reached the court on time by the town clock, but late by the railway clock, had arrived in time.",
             "Parliament settled the matter in 1880. The Statutes (Definition of Time) Act made Greenwich mean time the legal time of Great Britain, and Dublin mean time that of Ireland, which kept its own twenty-five minute difference until 1916. The time that engineers had chosen for the convenience of timetables had become the time of the law.",
             "Railway time did not stop at the coast. As lines spread across other countries, each faced the same choice between local and national time, and the search for a common system led in the end to the standard time zones of the world.",
         ]},
    ],
    "sidebar": {"title": "Setting Your Watch",
                "paras": ["Until wireless time signals arrived in the twentieth century, many people set their watches by the railway. Clerks and shopkeepers would walk to the station each morning to check the clock there. In many places the station was the most reliable clock in town."]},
    "caption": {"section": 0, "text": "Station clock with a single dial and a brass plate reading London Time, from a Great Western station in Somerset (see \u00b6 2).",
                "position": "Left", "credit": "Linthorpe Railway Museum, LRM 1971.88"},
    "quote": ["The station clock says one thing and the church clock another, and the trains go by neither when it suits them.", "- a passenger's letter to a Bristol newspaper, 1851"],
    "table": {"title": "Local time against Greenwich, in minutes", "head": ["Town", "Minutes"],
              "rows": [["Norwich", "5 ahead"], ["Oxford", "5 behind"], ["Birmingham", "7 behind"], ["Bristol", "10 behind"],
                       ["Cardiff", "13 behind"], ["Exeter", "14 behind"], ["Plymouth", "16 behind"], ["Penzance", "22 behind"]]},
}

FRENCH = {
    "name": "french_republican_calendar_1793",
    "title_lines": ["Year One of Liberty", "The French Republican Calendar"],
    "running": ["Musée Marchetaux of Measures and Time \u00b7 Room 7"],
    "lender": "With loans from the Bibliothèque Vernaison and the Delorme Family Collection",
    "intro": "For twelve years France counted its days in a calendar of its own making, with months named after the weather and a week of ten days. It was meant to free time itself from the Church and the kings.",
    "sections": [
        {"label": "First Décade", "title": "A Calendar Without Saints",
         "paras": [
             "In 1793 the National Convention asked a committee led by the deputy Gilbert Romme to design a calendar fit for a republic. Mathematicians and astronomers including Lagrange and Monge advised on the details. The new era was counted from 22 September 1792, the day after the monarchy was abolished, which happened also to fall on the autumn equinox.",
             "The year was divided into twelve months of thirty days, each split into three décades of ten days. Five extra days, six in leap years, closed the year as national festivals. The calendar became law in October 1793, and official papers were dated in the Year II of the Republic.",
             "Supporters argued that the system was rational as well as patriotic, since its regular months and ten-day weeks matched the decimal measures being prepared at the same time, which gave the world the metre and the gram. Critics pointed out that the start of each year still had to be fixed by observing the equinox, which made future dates hard to calculate in advance.",
         ]},
        {"label": "Second Décade", "title": "Mist, Frost and Harvest",
         "paras": [
             "The poet and playwright Fabre d'Églantine gave the months their names, chosen to sound like the seasons they described. Autumn brought Vendémiaire, Brumaire and Frimaire, the months of the grape harvest, mist and frost; winter had Nivôse, Pluviôse and Ventôse for snow, rain and wind. Germinal, Floréal and Prairial followed in spring, and Messidor, Thermidor and Fructidor in summer.",
             "Even the single days lost their saints. Each was dedicated instead to a plant, an animal or a farming tool, so that a child might be born on the day of the turnip, the goat or the plough. Fabre did not live to see much of his work in use: he was guillotined in April 1794.",
         ]},
        {"label": "Third Décade", "title": "Decimal Hours and the Return of Sunday",
         "paras": [
             "The reformers also divided the day into ten hours of a hundred minutes, each of a hundred seconds. Watchmakers produced dials with the new hours, sometimes beside the old ones, but decimal time was never popular and its compulsory use was suspended in 1795.",
             "The ten-day week proved unpopular too, since workers now had one day of rest in ten instead of one in seven. After Napoleon made peace with the Church, Sunday returned in 1802, and the calendar itself was abolished from 1 January 1806. It was revived briefly by the Paris Commune in 1871, and its month names live on in phrases such as the coup of 18 Brumaire.",
             "Dual dating was common in the last years, and many printed almanacs gave both calendars side by side so that merchants could settle their accounts with partners abroad.",
         ]},
    ],
    "sidebar": {"title": "Reading a Republican Date",
                "paras": ["Archivists convert republican dates with printed tables. A letter dated 9 Thermidor Year II was written on 27 July 1794, the day Robespierre fell. Dates near the end of a year need particular care, because leap years were fixed by astronomical observation rather than by a simple rule."]},
    "caption": {"section": 2, "text": "Pocket watch with a dial for ten decimal hours inside the usual twelve, made in Paris around 1795.",
                "position": "Below", "credit": "Delorme Family Collection, on loan, DF 31"},
    "table": {"head": ["Season", "Months"],
              "rows": [["Autumn", "Vendémiaire, Brumaire, Frimaire"], ["Winter", "Nivôse, Pluviôse, Ventôse"],
                       ["Spring", "Germinal, Floréal, Prairial"], ["Summer", "Messidor, Thermidor, Fructidor"]]},
}

ESSEN = {
    "name": "atomic_clock_1955",
    "title_lines": ["The Second, Redefined", "Louis Essen's Caesium Clock, 1955"],
    "running": [],
    "intro": "In June 1955 two physicists at a government laboratory in Teddington switched on a clock that measured time by the vibrations of atoms. It was the first atomic clock good enough to serve as a standard, and within twelve years it had changed the meaning of the second itself.",
    "sections": [
        {"label": "Chapter 1", "title": "Quartz and a Wobbling Earth",
         "paras": [
             "For most of history the second was simply a fraction of the day, and the day was set by the turning of the earth. The first quartz clocks, built in the late 1920s, used the steady vibration of a crystal in an electric circuit and were far more regular than any pendulum.",
             "They were so regular that they exposed the earth itself. Astronomers comparing quartz clocks with the stars found that the planet's rotation speeds up and slows down by small amounts from season to season and year to year. A standard of time based on the day could no longer be trusted to stay the same.",
             "In 1956 the international committee responsible for weights and measures defined a new second based on the earth's orbit around the sun in the year 1900, the ephemeris second. It was stable in principle, but it could only be realised by years of astronomical observation.",
         ]},
        {"label": "Chapter 2", "title": "Caesium at Teddington",
         "paras": [
             "Physicists had suggested that atoms would make better timekeepers, since every atom of a given kind absorbs radiation at exactly the same frequency. In 1949 an American team at the National Bureau of Standards built a clock around a molecule of ammonia, but it was not much better than quartz.",
             "At the National Physical Laboratory, Louis Essen and Jack Parry chose caesium. Their apparatus sent a beam of caesium atoms through a microwave field and tuned the microwaves until the atoms changed state most strongly. In 1955 it kept time to about one second in three hundred years. Over the next three years Essen worked with astronomers at the United States Naval Observatory to measure the caesium frequency against the astronomical second.",
         ]},
        {"label": "Chapter 3", "title": "Counting by Atoms",
         "paras": [
             "In 1967 an international conference defined the second as 9,192,631,770 periods of the radiation from the caesium atom, the very figure Essen had measured. Since 1972 the world's civil time has been kept by atomic clocks, with leap seconds inserted now and then to keep it close to the turning earth.",
             "Today's time scale is built from an average of several hundred atomic clocks in national laboratories around the world, compared by satellite links and published each month by the International Bureau of Weights and Measures near Paris.",
             "Caesium clocks now fly in navigation satellites, and a receiver on the ground works out its position from tiny differences in the time signals it hears. Newer clocks using light rather than microwaves are more stable still, and the world's metrologists are preparing to redefine the second once more.",
         ]},
    ],
    "sidebar": {"title": "Why Caesium?",
                "paras": ["Caesium has only one stable isotope, so every atom in the beam is alike. It is heavy, boils easily into a beam, and its natural frequency falls in the microwave range that electronics of the 1950s could measure. A clock needs only a few grams of the metal for years of running."]},
    "caption": {"section": 1, "text": "The first caesium beam standard, its long vacuum tube mounted on a laboratory bench.",
                "position": None, "credit": "Teddington Science Trust, TST 1955.02"},
    "pullquote": "The atom does not wear out, and it does not wobble.",
    "timeline": [("1927", "First quartz clock"), ("1949", "Ammonia clock in the United States"), ("1955", "Essen and Parry's caesium clock runs"),
                 ("1967", "Second redefined by caesium"), ("1972", "Atomic time and leap seconds")],
}

ALL = [GREGORY, SUSONG, HUYGENS, RAILWAY, FRENCH, ESSEN]
