# -*- coding: utf-8 -*-
"""All texts of set 81 (salt, salt-making, the salt trade). Written for this set.
Each exhibit: title lines, intro, sections (label, title, kicker, paras, caption), sidebar, running, extras.
Gold JSON is generated from these same strings by gold.py."""

EX = {}

EX["hallstatt_salt_mine_1734"] = dict(
    title=["The Salt Mountain", "Seven Thousand Years of Mining at Hallstatt"],
    running=["Gallery of Mines · The Salt Mountain", "4"],
    intro="High above a narrow lake in the Austrian Salzkammergut, people have dug salt out of the same mountain for longer than almost anywhere else on earth. The mine at Hallstatt is still worked today, and its tunnels have kept the tools, the clothes and even the food of miners who lived three thousand years ago.",
    sections=[
        dict(label="4.1", kicker="Bronze Age, about 1500 to 1000 BC", title="Shafts into the Dark", paras=[
            "Salt springs on the mountainside probably drew the first visitors, who boiled brine in clay pots. By the middle of the Bronze Age, miners had begun to follow the salt into the rock itself, sinking shafts more than a hundred metres deep.",
            "They broke the rock salt with bronze picks fitted to wooden handles bent at a sharp angle, and carried it up in leather sacks on their backs. Their excrement, preserved by the salt, shows that they ate a thick stew of barley and beans. Burning spills of pine wood, thousands of which still lie in the old galleries, gave them light.",
            "In 2002 archaeologists uncovered a wooden staircase in one of these shafts. Tree rings date its timbers to 1344 BC, which makes it the oldest known wooden staircase in Europe. Its treads and side boards could be taken apart and moved whenever the working face advanced.",
        ]),
        dict(label="4.2", kicker="Iron Age, about 800 to 400 BC", title="Wealth in the High Valley", paras=[
            "Salt meant wealth. It preserved meat through the winter, and the miners of Hallstatt cured pork on a large scale; the bones of thousands of pigs have been found. Their salt and salted meat were traded far along the rivers and over the Alpine passes.",
            "The profits can still be seen in the cemetery in the high valley above the lake, where more than a thousand graves were opened in the nineteenth century. Many held bronze vessels, amber from the Baltic, glass, ivory and long iron swords.",
            "Johann Georg Ramsauer, the manager of the mine, excavated the burial ground from 1846 and had watercolours made of each grave as it was opened. The finds were so distinctive that archaeologists later gave the name Hallstatt to the whole early Iron Age culture of central Europe.",
        ]),
        dict(label="4.3", kicker="From 1734", title="The Man in Salt", paras=[
            "In April 1734 miners working in a gallery called the Kilbwerk found the body of a man embedded in the salt, together with his clothes and tools. The salt had kept him from decay, and the mine record says that his flesh was still firm.",
            "Nobody then knew how old he was. The parish, treating him as a stranger of unknown faith, buried him at the edge of the churchyard, and the grave has never been found. Today he is thought to have been a prehistoric miner crushed by a fall of rock.",
            "Mining went on under the Habsburg salt office, which ran the whole Salzkammergut almost as a private state. Since 1595 brine from Hallstatt has flowed down to Ebensee along a wooden pipeline, later renewed in iron and plastic, which is often called the oldest pipeline in the world.",
        ], caption=dict(position=None, text="Leather cap and carrying sack of the kind found in the Bronze Age galleries, reconstructed from fragments.", credit="Kessler Salt Collection, Bad Mühlbach; KSC 88.14")),
    ],
    sidebar=dict(title="Did you know?", paras=[
        "Rock salt in the old workings creeps very slowly, like an extremely thick liquid. Over the centuries abandoned galleries close up, pressing wood, cloth and lost tools into the rock, where modern miners still come across them. Some of these finds are now on show in the museum by the lake.",
    ]),
    pull=("‘Every sack of salt left the mountain on somebody’s back.’", "Guide’s notebook, Hallstatt, 1998"),
)

EX["french_gabelle_1341"] = dict(
    title=["The Most Hated Tax", "Salt and the French Gabelle, 1341-1790"],
    running=["54", "The Most Hated Tax", "Salt and Power: Catalogue", "55"],
    intro="For four and a half centuries the kings of France made their subjects pay heavily for something nobody could live without. The gabelle, the royal tax on salt, filled the treasury, fed a vast army of smugglers and guards, and became one of the grievances that helped to bring down the old monarchy.",
    sections=[
        dict(label="I", title="A Temporary Tax", paras=[
            "Taxes on salt were common in medieval Europe, because everybody needed it and it came from a few places that were easy to watch. In France, Philip VI made the sale of salt a royal monopoly in the 1340s to pay for the opening campaigns of what became the Hundred Years War.",
            "Like many wartime taxes, it was meant to be temporary. Instead it became permanent, and the word gabelle, which once meant any duty on goods, came to mean the tax on salt alone.",
            "Producers had to deliver their salt to royal storehouses, the greniers à sel, where officers added the duty before selling it on. In much of the north every household was also obliged to buy a fixed amount each year, the sel du devoir, whether it needed that much or not.",
        ]),
        dict(label="II", title="A Kingdom of Many Prices", paras=[
            "The burden was never shared equally. In the provinces of the grande gabelle around Paris, salt could cost more than twenty times as much as in Brittany,^1 which had kept its exemption when it joined the kingdom, or in the salt-making districts of the west.",
            "Such differences were an open invitation to smuggling. Faux-sauniers carried salt across the internal frontiers on their backs, on horses and even on trained dogs, and thousands were caught every year. Smugglers could be sent to the galleys, and members of armed bands were put to death.",
            "To fight them the tax farmers kept their own force of guards, the gabelous, who had the right to search houses and travellers. They were feared and detested, and their nickname became a common insult. Violent clashes between smugglers and guards were frequent on the borders of Brittany and Maine, where the difference in price was greatest.",
        ]),
        dict(label="III", title="The End of the Gabelle", paras=[
            "By the eighteenth century the collection of the gabelle was leased to the Ferme générale, a company of wealthy financiers who advanced money to the crown and kept whatever they could collect above it. Their profits, their walls and their customs posts made them deeply unpopular.",
            "Complaints about the salt tax fill the cahiers de doléances written for the Estates General in 1789. The National Assembly abolished the gabelle in March 1790, and many former tax farmers, among them the chemist Antoine Lavoisier, were guillotined in 1794.",
            "Napoleon brought back a tax on salt in 1806, although never on the old scale. It survived in a modest form in France until 1945.",
        ], caption=dict(position="Opposite", text="Brass salt measure stamped with the arms of a royal storehouse, eighteenth century.", credit="Lent by the Maison du Sel, Varennes-sur-Loue; MSV 1781.3")),
    ],
    sidebar=dict(title="Measured, Not Weighed", paras=[
        "Salt was sold by volume rather than by weight. The minot, the standard measure of the storehouses, held roughly fifty kilograms, and inspectors checked the wooden measures often, because a slightly shallow one could earn a dishonest seller a great deal. Officers who sold short measure could be fined or dismissed, and ordinary buyers learned to watch the levelling of the heap with great care.",
    ]),
    note="1 The exempt provinces were called pays rédimés or pays francs. Their exact limits changed over time, and historians still argue about where some of them lay, since villages on either side of a boundary often disputed which regime applied to them.",
    table=dict(head=["Region, about 1780", "Livres per quintal"], rows=[["Grande gabelle (Paris)", "about 60"], ["Petite gabelle (Lyon)", "about 33"], ["Salt-making districts", "about 10"], ["Quart-bouillon (Normandy)", "about 16"], ["Brittany (exempt)", "about 3"]], title="What a quintal of salt cost"),
)

EX["saline_royale_1775"] = dict(
    title=["The King’s", "Saltworks"],
    subtitle="Arc-et-Senans, 1775-1895",
    running=[],
    intro="Between the villages of Arc and Senans in eastern France stands a half-circle of stone buildings that once boiled brine into salt for the crown. Only part of it was ever built. Its architect, Claude-Nicolas Ledoux, meant it to be the heart of an ideal town.",
    sections=[
        dict(label="1", title="Brine from Salins", paras=[
            "Salt had been made at Salins, in the Jura, since the Middle Ages, from brine drawn out of deep wells beneath the town. By the eighteenth century the forests around it had been cut back so far that there was no longer enough wood to fire the pans, which burned enormous quantities of fuel.",
            "The answer was to take the brine to the wood. In 1773 the royal council approved a new saltworks beside the great forest of Chaux, about twenty kilometres away, and a pipeline of bored fir trunks was laid to carry the brine downhill to it.",
            "The pipes leaked badly, and a great deal of brine was lost on the way. The salt makers also complained that the water reaching the new works was weaker than the brine at Salins, so that more fuel was needed to boil it down, which defeated the purpose of the whole scheme.",
        ]),
        dict(label="2", title="An Architect’s Half-Circle", paras=[
            "Ledoux, architect to the tax farmers, laid out the saltworks as a semicircle. The director’s house stands at the centre, flanked by the two long boiling sheds, while the workers’ lodgings and the workshops of the cooper and the blacksmith curve around the edge.",
            "From his windows the director could see every building, an arrangement that suited the strict discipline of a royal monopoly. Workers lived inside the walls with their families, and each household had a plot in the kitchen gardens.",
            "The gatehouse is built like a grotto, with carved stone urns that seem to pour petrified brine over their lips. Ledoux later published a far larger plan for an ideal city of Chaux, with the saltworks at its centre, but it never left the page.",
        ], caption=dict(position=None, text="Engraved view of the saltworks from the gatehouse, from Ledoux’s book of 1804.", credit="Courtesy of the Amaury Print Room, Besançon")),
        dict(label="3", title="Decline and Rescue", paras=[
            "The works began producing in 1779 but never lived up to its promise. Competition from cheaper sea salt and from newer works in Lorraine, together with the leaking pipeline, made it unprofitable, and it closed in 1895. Its last owners were private companies.",
            "In the following decades the buildings were stripped, and the director’s house was damaged by fire in 1918 and by dynamite in 1926. The department of the Doubs bought the site in 1927 and restoration began.",
            "In 1982 UNESCO listed the saltworks as a World Heritage Site, and in 2009 the listing was extended to include the older works at Salins. Today the saltworks holds exhibitions, gardens and a hotel, and visitors can walk through the boiling sheds where the pans once stood.",
        ]),
    ],
    sidebar=dict(title="A Pipeline of Fir Trunks", paras=[
        "The brine pipe from Salins was made of thousands of fir trunks, each bored through and joined to the next with iron collars. Guards walked the line to stop people tapping it for salt water, and a second pipe was laid in the 1780s. Traces of the wooden pipes have been found in the fields along the old route.",
    ]),
)

EX["cheshire_rock_salt_1670"] = dict(
    title=["Under the Cheshire Plain", "Rock Salt and Brine at Northwich since 1670"],
    running=["The Brine Line · Issue 14 · Spring", "1", "2"],
    intro="Salt has been made in the towns of central Cheshire since Roman times. The discovery of rock salt near Northwich in 1670 turned a local trade into a national industry, and changed the shape of the land above it. This issue follows the salt from the first brine pits to the last open pan works.",
    sections=[
        dict(label="Part 1", title="Wiches and Brine Pits", paras=[
            "The Roman and medieval salt towns of Cheshire, Northwich, Middlewich and Nantwich, grew up around natural brine springs. The ending wich probably marks them as places of salt making, and Domesday Book^1 records their boiling houses and the tolls paid on salt carried away.",
            "Brine was drawn from shallow pits and boiled in lead pans over wood fires; later the makers changed to iron pans and coal. Medieval rules fixed the hours during which each house could boil. Packhorses carried the salt along routes that are still known as saltways. By the seventeenth century the three towns together made thousands of tons of white salt a year, most of it sold in north-west England and Wales.",
        ]),
        dict(label="Part 2", title="A Rock under Marbury", paras=[
            "In 1670 men searching for coal on the Marbury estate of the Smith-Barry family, near Northwich, struck a thick bed of solid rock salt^2 instead. Mines were soon sunk into it, and lumps of rock salt were shipped to the coast, where they were dissolved in sea water to make a stronger brine.",
            "The River Weaver was made navigable to Winsford in the 1730s, so that salt could go by water to the Mersey and on to Liverpool. From there it travelled all over the world, much of it to preserve the catch of the fishing fleets.",
            "Pumping also brought problems. As brine was taken out, the ground above the salt sank, swallowing roads and fields and leaving houses leaning at strange angles. In Northwich many buildings were given timber frames that could be jacked up and levelled again. Some of these buildings still stand in the town centre.",
        ], caption=dict(position="Right", text="Timber-framed shop front of the kind built to be raised after subsidence, Northwich, about 1900.", credit="Photograph: Weaverdale Local Studies Library, WLS/P/1187")),
        dict(label="Part 3", title="Works and Flashes", paras=[
            "The industry grew quickly in the nineteenth century. Open pan works lined the river and the canal, and the flooded hollows left by subsidence, known locally as flashes, became lakes that still mark the landscape. Canal boats called flats carried the salt away.",
            "In 1873 John Brunner and Ludwig Mond founded a works at Winnington to make soda ash from brine, the start of a chemical industry that later became part of ICI. The Salt Union brought most of the old salt makers together in 1888, and its brine pipes soon ran for miles across the district.",
            "The Lion Salt Works at Marston, one of the last open pan works in Britain, stopped boiling in 1986 and has since been restored as a museum, with its pans, stove houses and warehouses beside the Trent and Mersey Canal.",
        ]),
    ],
    sidebar=dict(title="Salt Mining Today", paras=[
        "Rock salt is still mined at Winsford, in workings that stretch for many kilometres under the fields. Most of it is spread on British roads in winter, and some of the empty galleries are used to store documents. It is the largest salt mine in Britain, and its roads are wide enough for lorries.",
    ]),
    notes=["1 Domesday Book (1086) lists the three wiches among the revenues of the king and the earl.", "2 The top of the Marbury bed lies roughly thirty metres below the surface."],
)

EX["dandi_salt_march_1930"] = dict(
    title=["A Handful of Salt", "Gandhi’s March to Dandi, 1930"],
    running=["Room 6 · The Salt Satyagraha", "Hartwell Museum of Commerce"],
    intro="In the spring of 1930 Mohandas Gandhi walked from his ashram near Ahmedabad to the sea at Dandi and picked up a lump of natural salt. The gesture broke a law of British India and set off a campaign of civil disobedience across the country.",
    sections=[
        dict(label="Stage 1", title="The Salt Law", paras=[
            "Under British rule the making and selling of salt in India was a government monopoly. The Salt Act of 1882 made it an offence for Indians to collect or make their own salt, even along coasts where it formed naturally, and a tax was added to every sack.",
            "The tax was small for the well-off but heavy for the poor, for whom salt was a daily necessity in a hot climate. It also raised a large share of the government’s revenue, and nationalists had protested against it for decades.",
            "When the Indian National Congress declared for full independence in January 1930, it asked Gandhi to lead a campaign of civil disobedience. Many of his colleagues were puzzled when he chose salt as its target. Gandhi saw that every Indian, rich or poor, Hindu or Muslim, could understand a tax on salt.",
        ]),
        dict(label="Stage 2", title="Twenty-Four Days on the Road", paras=[
            "Gandhi first wrote to the Viceroy, Lord Irwin, setting out his grievances and warning him of the plan. The reply merely regretted that he intended to break the law. Irwin did not think a campaign about salt was a serious threat, and he chose not to arrest Gandhi before the march began.",
            "On 12 March he set out from the Sabarmati Ashram with seventy-eight chosen followers. The route of about 385 kilometres passed through dozens of villages, where Gandhi spoke each evening about untouchability, homespun cloth and drink as well as the salt tax.",
            "Reporters and newsreel cameramen followed the column, and the crowds grew at every halt. By the time the marchers reached the coast on 5 April, the march had become news around the world.",
        ]),
        dict(label="Stage 3", title="Breaking the Law", paras=[
            "Early on 6 April, after prayers and a bathe in the sea, Gandhi picked up a handful of salty mud from the shore at Dandi. Across India people began to make salt illegally, to sell it openly and to boycott foreign cloth.",
            "The government answered with mass arrests. Gandhi himself was detained in May, and by the end of the year tens of thousands of people were in prison; Gandhi was released in January 1931. At the Dharasana salt works, volunteers who walked up to the gates in disciplined rows were beaten down by police, as the American journalist Webb Miller reported.",
            "The campaign did not end the salt tax at once, but the Gandhi-Irwin Pact of March 1931 allowed people on the coast to make salt for their own use. The tax itself was abolished only in 1946.",
        ], caption=dict(position=None, text="Brass water pot of the kind carried by the marchers, Gujarat, about 1930.", credit="Lent by the Narmada Textile Trust, Surat; NTT 30.112")),
    ],
    sidebar=dict(title="Women at the Salt Pans", paras=[
        "Gandhi at first asked only men to march, but women soon led many of the salt protests. Sarojini Naidu took charge of the raid on the Dharasana works after his arrest, and Kamaladevi Chattopadhyay was arrested for selling packets of salt near the Bombay High Court. Thousands of other women sold salt in the streets and picketed shops selling foreign cloth and liquor.",
    ]),
)

EX["luneburg_saltworks_956"] = dict(
    title=["White Gold of the North", "The Lüneburg Saltworks, 956–1980"],
    running=[],
    intro="For a thousand years the town of Lüneburg lived on the brine beneath its streets. Its salt preserved the herring of the Baltic and made the town one of the richest members of the Hanseatic League. The last pans were fired within living memory.",
    sections=[
        dict(label="Room 1", title="A Spring Beneath the Town", paras=[
            "A charter of 956, in which Emperor Otto I granted the salt toll of Lüneburg to a monastery, is the first written record of the saltworks. The brine came from a salt dome that rises close to the surface under the town, and it was unusually strong, about a quarter salt by weight.",
            "It was lifted from a central well and shared among fifty-four boiling houses, each with four lead pans. Every pan was owned in shares, and monasteries, churches and wealthy citizens across northern Germany drew an income from them. Owning a pan share was a sign of standing in the town.",
            "The salt boilers worked round the clock in shifts. An official called the Sodmeister watched over the well and saw that the brine was divided fairly between the houses. The boiling season was split into periods, and the pans were fired again and again until the lead wore through.",
        ], caption=dict(position=None, text="Lead boiling pan, restored from fragments found near the old well.", credit="Weidemann Salt Collection, Celle; WSC 1122")),
        dict(label="Room 2", title="Salt for the Herring", paras=[
            "Lüneburg salt travelled by cart and barge to Lübeck, after 1398 along the Stecknitz Canal, one of the first summit canals in Europe. From Lübeck ships took it to the herring fisheries off Scania, at the southern tip of Sweden.",
            "Each autumn great shoals of herring gathered in the Sound, and merchants from the Hanseatic towns set up seasonal stations on the beaches to gut, salt and pack the fish in barrels. Salted herring fed much of Europe during Lent and on the many other fast days of the year.",
            "The trade made the salt-owning families of Lüneburg rich, and their brick houses with stepped gables still line the square called Am Sande. The old road that carried the salt to Lübeck is now a signposted tourist route. Lüneburg was wealthy enough to lend money to princes.",
        ]),
        dict(label="Room 3", title="Sinking Streets and a Long Decline", paras=[
            "In the sixteenth century the herring grew scarcer off Scania, and cheaper sea salt from the Bay of Biscay and Portugal competed in the Baltic markets. The saltworks slowly lost its importance, though it never stopped producing. Its owners invested little in new methods.",
            "Centuries of pumping also weakened the ground. In the old quarter near the saltworks, walls cracked, church towers leaned and whole streets sank as the rock beneath them was dissolved. Some houses lost their upper floors, and a few had to be pulled down.",
            "The saltworks closed in 1980. Its buildings now house a museum of salt, and brine from the spring still fills a spa bath in the town. The old pan house still stands, with one of the last pans in place.",
        ]),
    ],
    sidebar=dict(title="The Salt Sow", paras=[
        "A local legend says the spring was found by hunters who saw a wild sow wallowing in a pool and noticed that her bristles dried white with salt. A ham said to come from the sow was kept for centuries in the town hall. The story is still told to every school class that visits the museum.",
    ]),
)
