# -*- coding: utf-8 -*-
"""All texts of set 74 (my own words).  GOLD[name] is the gold structure;
EXTRA[name] holds printed material that is not gold (kickers, quotes, tables,
notes, colophons, timeline strips ...)."""

P = lambda t: {"kind": "paragraph", "text": t}


def C(text, position, credit):
    return {"kind": "caption", "text": text, "position": position, "credit": credit}


def S(label, title, *blocks):
    return {"label": label, "title": title, "blocks": list(blocks)}


GOLD = {}
EXTRA = {}

# ------------------------------------------------------------------ 1 Hamburg
GOLD["hamburg_fire_1842"] = {
    "title": "Four Days in May The Great Fire of Hamburg, 1842",
    "running": ["Elbufer Museum of the City · Cities That Burned", "2.4"],
    "sections": [
        S(None, "Four Days in May The Great Fire of Hamburg, 1842",
          P("In the small hours of 5 May 1842 a fire broke out in a cigar maker’s house on the Deichstraße. "
            "By the time it was put out, four days later, it had destroyed about a quarter of the old city of "
            "Hamburg and left some twenty thousand people without a home.")),
        S("1", "A City of Timber and Warehouses",
          P("Hamburg in 1842 was a crowded merchant city of narrow lanes, canals and tall half-timbered houses, "
            "many of them packed with goods waiting to be shipped. A long dry spell had left the timber brittle, "
            "and a steady wind was blowing when the first flames were seen shortly after midnight."),
          P("The city was defended by volunteer companies with hand-pumped engines. The crews worked bravely, "
            "but the water in the canals was low, the hoses were short, and the fire leapt from roof to roof "
            "faster than they could follow it. Church bells rang the alarm across the city all through the night.")),
        S("2", "Blowing Up the Town Hall",
          P("Before the first day was over, the tower of the Nikolaikirche had caught fire and crashed down into "
            "the nave. Warehouses full of rum, oil and spirits burned so fiercely that the heat could be felt "
            "across the water, and on the second day the church of St Peter was lost as well."),
          P("The senate decided to make firebreaks with gunpowder. Whole rows of houses were blown up, and on "
            "6 May even the old town hall was demolished in the hope of stopping the flames. Many citizens were "
            "furious at the destruction, but no other method offered any hope, and on 8 May the fire was finally "
            "held along the shore of the Alster."),
          P("Thousands of homeless people camped on open ground outside the old walls, and the senate opened "
            "churches, schools and empty warehouses at the edge of the town to shelter them. Neighbouring towns, "
            "among them Altona and Lübeck, sent engines, soldiers and food."),
          C("Leather fire bucket painted with the arms of a Hamburg guild, early nineteenth century.", "Left",
            "Lent by the Elbufer Maritime Collection, EMC 1911.204")),
        S("3", "Building a New Hamburg",
          P("Fifty-one people are thought to have died, and about 1,700 houses were destroyed. Help came from "
            "across Europe, and the city borrowed heavily to pay for the rebuilding. Within days a commission "
            "began to plan wider streets, new squares and a new town hall."),
          P("The English engineer William Lindley, who had helped to fight the fire, was asked to design a water "
            "supply and a system of sewers for the burned district. His underground drains, flushed with river "
            "water, were among the first of their kind on the Continent, and they made the rebuilt quarter far "
            "healthier than the old one. They were extended over the following decades until they served the "
            "whole city."),
          P("The Hamburger Feuerkasse, founded in 1676 and often called the oldest public fire insurer in the "
            "world, paid out so much that it came close to ruin. It survived with help from the state, and the "
            "disaster led other German cities to look again at their own insurance funds and building rules.")),
        S(None, "Did You Know?",
          P("Some streets of the burned district were never rebuilt on their old lines. The arcades along the "
            "Alster and the square in front of today’s town hall stand on ground that was cleared by the fire.")),
    ],
}
EXTRA["hamburg_fire_1842"] = {
    "kicker": "GALLERY 2 · CITIES THAT BURNED",
    "quote": "“We watched the church spire stand in the flames like a torch, and then it was gone.”",
    "quote_by": "— Letter of a Hamburg merchant’s clerk, May 1842",
    "timeline": [("1", "5 May, about 1 a.m.", "Fire seen in the Deichstraße"),
                 ("2", "5 May, evening", "Tower of the Nikolaikirche falls"),
                 ("3", "6 May", "Old town hall blown up; St Peter’s burns"),
                 ("4", "8 May", "Fire held at the Alster")],
    "timeline_head": "THE FIRE HOUR BY HOUR",
}

# ------------------------------------------------------------------ 2 Barbon
GOLD["barbon_fire_office_1680"] = {
    "title": "Insuring Against the Flames",
    "running": ["Insuring the City", "The First Fire Offices", "88", "89"],
    "sections": [
        S(None, "Insuring Against the Flames",
          P("The Great Fire of 1666 left London with thousands of houses in ashes and no way of sharing the "
            "loss. Within fifteen years a doctor turned builder had found one: he sold promises to rebuild.")),
        S(None, "A Builder with a Scheme",
          P("Nicholas Barbon, the son of the radical preacher Praisegod Barebone, trained as a physician in the "
            "Netherlands before he turned to property. In the years after the Great Fire he became one of "
            "London’s busiest speculative builders, putting up whole streets of brick houses on the edges of "
            "the city and often fighting his neighbours in the courts over unpaid bills and broken agreements."),
          P("Barbon saw that the owners of new houses feared a second fire more than anything else. Around 1680 "
            "he and several partners opened an office behind the Royal Exchange, offering to rebuild any insured "
            "house that burned in return for a yearly premium. The charge depended on the rent of the house and "
            "on whether it was built of brick or of timber."),
          P("Barbon was also an early writer on economics. In pamphlets on trade and money he argued that fashion "
            "and the spending of the rich kept the poor in work, an idea that later writers on the economy took "
            "seriously.")),
        S(None, "Rivals and Fire Marks",
          P("The idea was quickly copied. The City of London tried to run its own scheme for a few years, and in "
            "1684 the Friendly Society began to insure houses on a mutual basis. In 1696 the Amicable "
            "Contributors, later known as the Hand in Hand, was founded in a coffee house, and in 1710 the Sun "
            "Fire Office began to cover household goods as well as buildings."),
          P("Each office fixed a metal badge, or fire mark, to the front of the houses it insured. The marks, "
            "cast in lead and later stamped from copper or tin, showed the company’s emblem and often the "
            "number of the policy. They told everyone which office stood behind a building, and they were a "
            "cheap form of advertising in crowded streets. Surviving marks are now keenly collected."),
          C("Lead fire mark of the Sun Fire Office, painted gold and red, with the policy number below the sun.",
            None, "Lent by the Bowyer Insurance Archive, BIA M.117")),
        S(None, "Firemen in Livery",
          P("The offices soon learned that it was cheaper to put out a fire than to pay for a new house. Each "
            "hired its own men, usually Thames watermen, who were given bright coats, numbered badges and a "
            "hand-pumped engine. As servants of the companies the watermen were protected from being pressed "
            "into the navy, a privilege they valued highly."),
          P("Stories that these brigades let uninsured houses burn are mostly exaggerated, since a fire next "
            "door threatened their own policies. Still, the system was wasteful, with rival crews racing to the "
            "same blaze. In 1833 ten London offices merged their men into the London Fire Engine Establishment, "
            "the forerunner of the capital’s public fire brigade. Their engines and crews became the core of the "
            "new body, which was led by James Braidwood."),
          C("Policy of the Hand in Hand for a brick house in Southwark, written on parchment, 1722.",
            None, "Lent by the Bowyer Insurance Archive, BIA P.0419")),
        S(None, "Reading a Fire Mark",
          P("A clasped pair of hands stands for the Hand in Hand, a sun with a face for the Sun, and a figure of "
            "the building itself for the Royal Exchange Assurance. Many marks on old houses today are later copies fixed "
            "there as decoration.")),
    ],
}
EXTRA["barbon_fire_office_1680"] = {
    "kicker": "ESSAY 4",
    "pull": "“Barbon sold Londoners something new: the promise that a fire need not mean ruin.”",
    "byline": "Ruth Okonedo",
    "notes": {
        "1": "The first printed proposals of the office survive in only a handful of copies; one is shown as cat. 4.7.",
        "2": "Policy numbers help to date marks: the earliest Sun marks carry numbers in the low thousands.",
    },
    "table_head": "Yearly premium, about 1682",
    "table": [("House", "Per £100 of rent"), ("Brick", "£2 10s"), ("Timber", "£5")],
}

# ------------------------------------------------------------------ 3 Tooley Street
GOLD["tooley_street_fire_1861"] = {
    "title": "Fire on the Riverside Tooley Street, 1861",
    "running": [],
    "sections": [
        S(None, "Fire on the Riverside Tooley Street, 1861",
          P("On a hot Saturday afternoon in June 1861 a fire started in a warehouse at Cotton’s Wharf, just "
            "downstream of London Bridge. It burned for two weeks, killed the head of London’s fire brigade and "
            "changed the way the capital was protected from fire.")),
        S("1", "Cotton’s Wharf",
          P("The south bank of the Thames below London Bridge was lined with tall warehouses, often called the "
            "larder of London. They held tea, sugar, spices, cotton, hemp, tallow and oil, stacked floor upon "
            "floor behind iron doors that were meant to stop a fire spreading from one store to the next. Ships "
            "tied up alongside to load and unload straight from the warehouse cranes."),
          P("On 22 June smoke was seen rising from a stack of jute, which had probably caught fire by itself. The "
            "iron doors between the warehouses had been left open, and within an hour the fire had spread "
            "through the whole block. Barrels of tallow and oil burst and poured burning fat into the river, so "
            "that even the water seemed to be on fire."),
          C("Leather helmet worn by a fireman of the London Fire Engine Establishment, about 1850.", "Above",
            "Lent by the Hallam Fire Collection, HFC 77.3")),
        S("2", "The Death of James Braidwood",
          P("The fire was fought by the London Fire Engine Establishment, a brigade paid for by the insurance "
            "companies. Its superintendent, James Braidwood, had come from Edinburgh, where he had organised one "
            "of the first municipal fire services, and he was known for leading his men from the front. He had "
            "been in charge in London since 1833."),
          P("In the early evening, as he stopped to hand out brandy to his exhausted men, a wall of the warehouse "
            "collapsed on top of him. His body was not recovered until days later. Thousands lined the streets for "
            "his funeral, and the shops along the route closed as the procession passed."),
          P("Crowds came to watch the blaze for days, and boatmen rowed sightseers out onto the river to look at "
            "the burning wharves. The last flames were not put out for two weeks, and the loss was put at about "
            "two million pounds, an enormous sum at the time. The insurers’ claims took months to settle.")),
        S("3", "A Brigade for the Whole City",
          P("The insurance companies raised their premiums sharply after the fire and told the government that "
            "they could no longer protect the whole of London at their own expense. A committee of Parliament "
            "heard evidence, and an act of 1865 handed the task to the Metropolitan Board of Works."),
          P("The new Metropolitan Fire Brigade began work on 1 January 1866 under Captain Eyre Massey Shaw, "
            "Braidwood’s successor. It was paid for partly from the rates, partly by the insurers and partly by "
            "the Treasury, and it grew into the London Fire Brigade of today."),
          P("Even so, the new brigade had far too few men for a city of three million people, and the insurers "
            "kept their own salvage corps to protect goods from water and smoke. The London Salvage Corps, which "
            "they founded in 1866, remained in service until 1984.")),
        S(None, "Braidwood’s Memorial",
          P("A tablet in Tooley Street marks the place where James Braidwood died. He also wrote one of the first "
            "handbooks on firefighting, published in Edinburgh in 1830 and read by brigades for decades.")),
    ],
}
EXTRA["tooley_street_fire_1861"] = {
    "kicker": "RIVERSIDE WALKS · LEAFLET 6",
    "colophon": ["Printed for the Bermondsey Riverside Society by Grice & Mallory, Bermondsey.",
                 "Leaflet 6, second printing, April 2025. Free to visitors."],
    "back_title": "Fire on the Riverside",
    "cont_mark": "continued on the back »",
    "walk": "Start at London Bridge station and walk east along Tooley Street. The memorial is on the south side.",
    "walk_head": "Finding the place",
}

# ------------------------------------------------------------------ 4 Van der Heyden
GOLD["van_der_heyden_fire_hose_1672"] = {
    "title": "The Painter Who Invented the Fire Hose",
    "running": ["Keizersgracht Fire Museum · Object in Focus 12", "Page 1 of 2", "Page 2 of 2"],
    "sections": [
        S(None, "The Painter Who Invented the Fire Hose",
          P("Until the 1670s European towns fought fires with buckets and with pumps that threw a single jet "
            "from a fixed pipe. An Amsterdam painter, Jan van der Heyden, and his brother Nicolaas changed this "
            "with a simple idea: a long flexible hose.")),
        S(None, "A Painter in Amsterdam",
          P("Jan van der Heyden was born in Gorinchem in 1637 and grew up in Amsterdam, where he became known "
            "for painstaking views of streets, canals and churches. Painting was only one of his interests. He "
            "was also a gifted mechanic, and in 1669 he designed street lamps burning rapeseed oil that lit "
            "Amsterdam at night for more than a century."),
          P("As a young man he is said to have watched the old town hall of Amsterdam burn down in 1652. The "
            "engines of the day could do little once a fire had taken hold inside a building, because their water "
            "could not be carried close to the flames."),
          C("Street lamp of the kind Van der Heyden designed, with a glass hood and an oil reservoir (¶ 1).",
            None, "Lent by the Keizersgracht Fire Museum, KFM 0412")),
        S(None, "Hose and Engine",
          P("The brothers’ answer was a hose made of leather, sewn along its length and joined by brass "
            "couplings. It let firemen carry water into a burning house and up its stairs, and it could also "
            "draw water from a canal into the pump, so that long lines of people passing buckets were no longer "
            "needed."),
          P("The pump itself could now stay in the street or beside a canal while the hose took its water "
            "wherever it was needed, even round corners and through doorways. A single engine could now do the "
            "work of many. The first trials took place in "
            "1672, the city soon bought the new engines, and Van der Heyden was put in charge of its fire "
            "service."),
          P("Engines and hoses were kept in sheds across the city, each with a team of trained men paid by the "
            "town. The crews had to practise regularly, and the brothers wrote careful instructions on how the "
            "hoses were to be rolled, stored and mended.")),
        S(None, "A Book of Fires",
          P("In 1690 the brothers published a book describing their engines, illustrated with etchings of real "
            "fires in Amsterdam. The pictures compare the damage done before and after the new equipment was "
            "used, and they show burning houses, frozen canals and fallen roofs in remarkable detail. The book "
            "was partly an advertisement, since the family also sold engines and hoses to other towns."),
          P("According to the brothers’ own figures, losses from fire in Amsterdam fell sharply once the hoses "
            "were in use. Within a few decades engines of the Dutch type were being made across Europe, and the "
            "basic idea, a pump feeding a long flexible pipe, is still at the heart of firefighting."),
          P("Van der Heyden went on painting for the rest of his life, and his town views, with every brick and "
            "paving stone picked out, hang in museums across Europe. When he died in 1712 he left a large "
            "fortune, much of it earned from fire engines rather than from pictures."),
          C("Etching from the 1690 book of fires, showing a hose carried into a burning house (¶ 6).",
            None, "Amstel Print Room, APR 1690.8")),
        S(None, "Canvas and Rubber",
          P("Leather hoses were heavy and had to be greased to stay supple. Hoses woven from flax or cotton "
            "appeared in the nineteenth century, and rubber linings later made them watertight.")),
    ],
}
EXTRA["van_der_heyden_fire_hose_1672"] = {
    "kicker": "OBJECT IN FOCUS 12",
    "diagram_labels": ["A  suction hose from the canal", "B  pump worked by two handles", "C  coupling", "D  delivery hose"],
    "diagram_title": "How the hose engine worked",
    "table_head": ["Year", "Event"],
    "table": [("1637", "Jan van der Heyden born in Gorinchem"),
              ("1652", "Old town hall of Amsterdam burns"),
              ("1669", "Oil street lamps installed in Amsterdam"),
              ("1672", "First trials of the hose engine"),
              ("1673", "Van der Heyden made head of the city’s fire service"),
              ("1690", "Book of fires published"),
              ("1712", "Jan van der Heyden dies in Amsterdam")],
}

# ------------------------------------------------------------------ 5 Meireki (DOCX)
GOLD["meireki_fire_1657"] = {
    "title": "The Fire of the Long Sleeves The Great Fire of Meireki, Edo, 1657",
    "running": [],
    "sections": [
        S(None, "The Fire of the Long Sleeves The Great Fire of Meireki, Edo, 1657",
          P("Early in 1657 a fire swept through Edo, the shogun’s capital, for three days. It destroyed much of "
            "the city, including the great keep of Edo Castle, and may have killed more than a hundred thousand "
            "people. Edo rebuilt itself, and in doing so it created one of the most remarkable firefighting "
            "systems of the pre-modern world.")),
        S("1", "The Furisode Fire",
          P("The fire began on the eighteenth day of the first month of the third year of the Meireki era, early "
            "March 1657 by the European calendar. A dry winter and a strong north-west wind drove the flames "
            "through streets of wooden houses roofed with boards and thatch."),
          P("A popular legend explains how it started. A long-sleeved kimono, a furisode, had belonged in turn to "
            "three young women who all died before they could wear it. When a priest tried to burn it at a "
            "temple, the wind lifted the burning robe into the air and set the temple roof alight. The story is "
            "almost certainly invented, but it gave the disaster its popular name."),
          P("Over the next two days new fires broke out in other districts, and the keep of the castle was "
            "lost. It was never rebuilt.")),
        S("2", "Firebreaks and Wider Streets",
          P("The shogunate used the disaster to reshape its capital. Temples and the mansions of feudal lords "
            "were moved away from the centre, and open spaces called hirokōji, broad alleys, were cleared to stop "
            "flames from spreading. Embankments planted with trees served the same purpose along the canals."),
          P("The Ryōgoku Bridge was built across the Sumida River, partly because many people had died trapped "
            "on the riverbank with no way across. The city also spread east of the river, and Edo grew larger "
            "after the fire than it had been before. Roofs of tiles and walls coated with thick plaster were "
            "encouraged, though many householders could not afford them."),
          C("Fireman’s coat of quilted cotton, with a painted tiger on the lining, nineteenth century.", "Above",
            "Lent by the Nishikawa Textile Trust, NTT 88.14")),
        S("3", "The Town Brigades",
          P("Before 1657 firefighting in Edo was mainly the duty of samurai brigades kept by feudal lords to "
            "protect the castle and their own estates. The year after the fire the shogunate created a standing "
            "force of its own, housed in fire stations with watchtowers, but the townspeople’s districts were "
            "still largely left to look after themselves."),
          P("In 1718 the city magistrate Ōoka Tadasuke organised brigades of townsmen, the machi-bikeshi. They "
            "were later grouped into units named after the syllables of the iroha poem, and many of their members "
            "were carpenters and scaffolders, who knew how houses were built and how to pull them down."),
          P("With little water and only hand pumps, their main method was demolition: they tore down buildings "
            "in the path of a fire to starve it. Each unit carried a tall standard, the matoi, and the man who "
            "held it stood on a roof near the flames to show where his brigade was working.")),
        S(None, "Standards on the Rooftops",
          P("A matoi was a heavy wooden pole topped with a shaped emblem and hung with strips of paper or leather "
            "that spun when it was twirled. Holding it on a burning roof was a point of honour, and the men who "
            "carried it became popular heroes in prints and plays.")),
    ],
}
EXTRA["meireki_fire_1657"] = {
    "kicker": "Exhibition guide · The Edo Room",
    "quote": "“Fires and quarrels are the flowers of Edo.”",
    "quote_by": "— Saying of the Edo townspeople",
    "table": [("Brigade", "Formed", "Maintained by"),
              ("Daimyō hikeshi", "1643", "feudal lords"),
              ("Jōbikeshi", "1658", "the shogunate"),
              ("Machi-bikeshi", "1718", "the town districts")],
    "table_intro": "Three kinds of brigade",
}

# ------------------------------------------------------------------ 6 Rome (HTML)
GOLD["great_fire_rome_64"] = {
    "title": "Rome Burns The Fire of AD 64",
    "running": [],
    "sections": [
        S(None, "Rome Burns The Fire of AD 64",
          P("On the night of 18 July AD 64 a fire broke out among the shops at one end of the Circus Maximus in "
            "Rome. It burned for six days, flared up again, and left only four of the city’s fourteen districts "
            "untouched.")),
        S("I", "Six Days in July",
          P("The shops around the Circus sold oil and other goods that burned easily, and the wind carried the "
            "flames along the length of the stadium and into the narrow streets between the Palatine and Caelian "
            "hills. The historian Tacitus, who was a boy at the time, later described crowds trapped between the "
            "fire in front of them and the fire behind."),
          P("Three districts were destroyed completely and seven were badly damaged. Temples, ancient shrines and "
            "the houses of great families were lost along with thousands of crowded apartment blocks, the insulae, "
            "in which most Romans lived."),
          P("The fire was stopped on the sixth day at the foot of the Esquiline Hill, where a wide belt of "
            "buildings had been pulled down. Then it broke out again on an estate belonging to Tigellinus, the "
            "commander of the guard, and burned for several more days.")),
        S("II", "The Watchmen of Rome",
          P("Rome did have a fire service. In AD 6 the emperor Augustus had created the vigiles, a corps of "
            "several thousand freedmen divided into seven cohorts, each responsible for two districts. They "
            "patrolled the streets at night with buckets, axes, ropes and mats soaked in vinegar, and they were "
            "also expected to watch for burglars."),
          P("The vigiles had force pumps of the kind described by ancient engineers, with two cylinders and a "
            "rocking handle, but against a fire of this size they could do little except pull down buildings in "
            "its path. Some Romans even claimed that men had been seen spreading the flames and saying that they "
            "were acting on orders."),
          C("Bronze nozzle from a Roman force pump, found in the bed of the Tiber, first century AD.", None,
            "Lent by the Aventine Museum of Daily Life, AMDL 3306")),
        S("III", "Rebuilding with Rules",
          P("Nero opened his own gardens and public buildings to the homeless and had grain brought in to keep "
            "prices down. Rumours spread that he had started the fire himself to clear land for a new palace, and "
            "he looked for someone else to blame, choosing the small Christian community of the city. Ships that "
            "brought grain up the Tiber carried rubble back down to the marshes near Ostia."),
          P("His new building rules were among the most sensible measures of his reign. Streets were to be wider "
            "and straighter, buildings limited in height, and houses built partly of fireproof stone, with porches "
            "along the front from which fires could be fought. No two buildings were to share a wall, and water "
            "was to be kept ready in every courtyard."),
          P("Nero also began his vast Golden House on land cleared by the fire, and after his death much of it "
            "was buried or built over. The vigiles remained, and the remains of their barracks have been found "
            "in the city and at Ostia, the port of Rome.")),
        S(None, "Did Nero Fiddle?",
          P("The story that Nero played music while Rome burned comes from later writers. He was at Antium, on "
            "the coast, when the fire began, and the fiddle had not yet been invented.")),
    ],
}
EXTRA["great_fire_rome_64"] = {
    "kicker": "Ancient Cities · Room 5",
    "quote": "“A city built of timber and crowded lanes did not need an arsonist to burn.”",
    "quote_by": "— Marta Vellani, curator, 2021",
    "timeline": ["18 July AD 64: fire breaks out by the Circus Maximus",
                 "24 July: the fire is stopped below the Esquiline",
                 "Late July: a second fire starts on the estate of Tigellinus",
                 "AD 64–68: the Golden House is built"],
}
