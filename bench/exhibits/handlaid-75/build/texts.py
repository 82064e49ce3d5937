# All prose of set 75 (my own words). ASCII punctuation only (GMT fonts use ISOLatin1).
DOCS = {}

DOCS["palmer_mail_coach_1784"] = dict(
 title_lines=["Faster Than the Post-Boy", "John Palmer's Mail Coach, 1784"],
 running=["Wexcombe Museum of Communication - Letters on the Road", "4"],
 intro="On the evening of 2 August 1784 a coach left Bristol carrying the mail, a guard and four passengers, and it reached London early the next morning. The run was a trial, but within a few years coaches like it carried letters along every main road in Britain.",
 sections=[
  dict(label="4.1", title="Letters on Horseback", kicker="Before the coach", paras=[
   "For most of the eighteenth century the post travelled with boys on horseback. A rider took the bags from one post town to the next, handed them over and rode home, and the letters went on with another rider. The boys were badly paid, often very young, and easy targets for highwaymen on lonely stretches of road.",
   "Delays were common. A letter from Bath to London could take two days or more, and merchants who needed to move money or orders quickly had learned to send them by the passenger coaches instead, although that was strictly against the law. The Post Office was losing both trust and income.",
   "Palmer, who knew the roads well from his own travels, believed the fault lay less with the riders than with the system, which left every stage to the local postmaster and nobody in charge of the whole journey."]),
  dict(label="4.2", title="The Trial Run from Bristol", kicker="A theatre owner's plan", paras=[
   "John Palmer ran theatres in Bath and Bristol and travelled often between them and London. He noticed that the stage coaches which carried his actors were faster than the post, and he proposed that the mail should go by coach, with an armed guard, to a fixed timetable. The officials of the Post Office were doubtful, but William Pitt, the young prime minister, supported the idea.",
   "The first mail coach made the journey from Bristol to London in about sixteen hours, far quicker than the riders. The experiment was judged a success, and new routes were opened to Norwich, Liverpool, Manchester and the north within a year. Palmer was appointed Comptroller General of the Post Office in 1786, though his quarrels with his superiors led to his dismissal only a few years later."]),
  dict(label="4.3", title="Guards, Horns and Timetables", kicker="Running to the minute", paras=[
   "Each coach carried a guard in the Post Office's scarlet coat, armed with a blunderbuss and a pair of pistols. He sat alone at the back with the mail box under his feet and kept a timepiece locked in a case, so that every stage could be checked against the clock.",
   "As a coach approached a turnpike gate the guard blew his long horn, and the keeper had to open the gate at once, because mail coaches paid no tolls. Fresh horses waited at inns every ten miles or so, and teams could be changed in a couple of minutes.",
   "Passengers paid a high fare for the speed and safety of the mail, but the coaches carried only four inside and a few on the roof. Travellers complained of cramped seats, short stops for meals and drivers who would wait for nobody.",
   "By the 1830s the coaches had reached their peak, with better roads and lighter vehicles. Then the railways arrived, and the last London mail coach left for the country in 1846."],
   caption=dict(text="A mail guard's brass horn, made for the Bath road about 1790.", position="Above", credit="Lent by the Harrowby Coaching Trust, HCT 1972.31")),
 ],
 sidebar=dict(title="Did You Know?", paras=["Mail coaches were painted in the same colours across the country: maroon doors and lower panels, black upper panels and red wheels, with the royal arms on the doors."]),
 pullquote=("The horn was heard a mile off, and every gate on the road stood open before the horses reached it.", "- a Bath innkeeper, remembering the coaches in 1841"),
 table=[("Route", "By post-boy", "By mail coach"), ("Bristol to London", "about 38 hours", "about 16 hours"), ("London to Norwich", "about 30 hours", "about 13 hours")],
 table_title="Journey times, 1783 and 1785",
)

DOCS["taxis_imperial_post_1490"] = dict(
 title_lines=["Riders for the Emperor:", "The Taxis Post, 1490"],
 running=["Roads, Riders and Seals", "112", "The Imperial Post", "113"],
 intro="In 1490 the future emperor Maximilian I asked a family of couriers from northern Italy to link his lands with a chain of relay stations. Their service, run for centuries by the Taxis family, grew into the first regular postal network of Europe.",
 sections=[
  dict(label=None, title="A Relay for the Emperor", paras=[
   "Maximilian ruled scattered territories, from Austria and the Tyrol to the Low Countries, which he held through his marriage to Mary of Burgundy. To govern them he needed letters to travel quickly and reliably, and he turned to the Tasso family from Bergamo, who had already carried messages for the Venetian republic and for the papacy.",
   "Janetto and Francesco de Tassis set up a line of stations, each a day's ride or less apart, between Innsbruck and Mechelen. At every station a fresh rider and horse waited. The post bag was handed on, and its progress was written on an attached sheet, so that delays could be traced to a single stretch of road.",
   "The stations were kept by postmasters who received a fixed payment and the right to hire out horses to travellers. Many held the post for life and passed it on to their sons, and some of their inns still stand on the old routes."]),
  dict(label=None, title="Posts Along the Roads", paras=[
   "In 1505 Philip the Fair, Maximilian's son, signed a contract with Francesco that fixed delivery times between his court and the cities of the empire, France and Spain. A letter from Brussels was to reach Innsbruck in five and a half days in summer and a day longer in winter. Fines were set for late arrival.",
   "The service was meant for princes, but the riders soon carried letters for merchants and bankers as well, for a fee, which helped to pay for the stations. News sheets, bills of exchange and private letters began to move along the same roads, and towns on the route grew used to the sound of the post horn.",
   "Rival services run by cities, merchant guilds and butchers, who travelled widely to buy cattle, competed with the imperial riders, and the Taxis spent much of the next century trying to suppress them."],
   caption=dict(text="Leather courier's pouch with an iron clasp, south German, about 1550.", position=None, credit="Courtesy of the Lindenau Postal Archive, LPA 3.118")),
  dict(label=None, title="A Family Monopoly", paras=[
   "In 1595 Leonhard von Taxis was named imperial postmaster general, and in 1615 the office was made hereditary in his family. The Taxis, who later called themselves Thurn und Taxis, ran the imperial post from their headquarters for more than two hundred years and became one of the richest families in Germany.",
   "The end of the Holy Roman Empire in 1806 broke their monopoly, but the family went on running the post in many smaller German states. Only in 1867 did they sell their remaining rights to Prussia, and their archive, with its ledgers of routes and riders, still survives.",
   "The palace of the family in Regensburg, a former abbey, still holds many of their papers, and historians use them to trace how news moved through Europe in the age of the printing press and the Reformation."]),
 ],
 sidebar=dict(title="The Post Horn", paras=["The curled horn carried by riders of the Taxis post became a symbol of postal services across Europe. It still appears on the logos of the post offices of Germany, Austria, Switzerland and several other countries."]),
 sidenotes=["On the marriage of 1477 see chapter 3.", "Letters from Bergamo, 1489, Lindenau Archive, box 12.", "The contract is dated 18 January 1505.", "The title was confirmed by Rudolf II."],
)

DOCS["paris_pigeon_post_1870"] = dict(
 title_lines=["Letters Over the Lines:", "Balloons and Pigeons in the", "Siege of Paris, 1870"],
 running=["The Franking Gazette - No. 38 - Spring", "1", "4"],
 intro="For four months in 1870 and 1871 Paris was cut off from the rest of France by the Prussian army. Its people kept in touch with the outside world by two remarkable means: letters flown out by balloon, and replies carried back by pigeons.",
 sections=[
  dict(label="A", title="Balloons Over the Lines", paras=[
   "The siege began on 19 September 1870, and the telegraph cables and roads out of the city were soon cut. Four days later the first balloon, the Neptune, rose from Montmartre with a pilot and bags of mail and landed safely beyond the enemy lines.",
   "Balloons were then built in the empty railway stations, with sailors from the fleet trained as pilots. About sixty-six flights left the city during the siege, carrying some two and a half million letters, written on thin paper to save weight. A few balloons came down in enemy territory, and one was carried all the way to Norway.",
   "The balloons also carried a few passengers. The most famous was Leon Gambetta, the minister of the interior, who escaped in October to organise new armies in the provinces and reached Tours after a dangerous flight over the Prussian positions."]),
  dict(label="B", title="The Pigeon Lofts", paras=[
   "Balloons could leave Paris but not return, because no one could steer them against the wind. The answer was the homing pigeon. Birds from Parisian lofts were taken out on the balloons, and at Tours, where part of the government was based, messages were fastened to their tails before they were released to fly home.",
   "The birds were often lost to cold, hawks and Prussian marksmen, and only a fraction of those released reached the city. Every message was therefore sent many times by different birds, and a loft keeper in Paris waited for each one to come home.",
   "Pigeon fanciers in Paris lent their birds to the government and were paid for every bird that returned. Some pigeons made the journey several times, and a few of the most faithful were honoured after the war."],
   caption=dict(text="Goose quill used to carry a film to Paris, tied to the tail feather of a pigeon.", position="Left", credit="Wexcombe Museum of Communication, WMC 2004.77")),
  dict(label="C", title="Dagron's Microfilms", paras=[
   "A single pigeon could carry very little. The photographer Rene Dagron, who had been flown out of Paris by balloon with his equipment, solved the problem by photographing pages of printed messages onto tiny sheets of film. One film, light enough for one bird, held thousands of messages.",
   "In Paris the films were unrolled, projected onto a wall with a magic lantern and copied out by clerks, who delivered the messages to their addressees. Private persons could send short messages at a fixed price per word, and these pigeongrams brought families news of soldiers and relatives in the provinces.",
   "The siege ended with the armistice of January 1871. In all, about a hundred and fifty thousand official and a million private messages reached the city by pigeon.",
   "Films and pigeongrams from the siege are now keenly collected, and the story inspired the military pigeon services that several armies set up in the following decades."]),
 ],
 sidebar=dict(title="The Boules de Moulins", paras=["Letters were also sealed inside hollow zinc balls and floated down the Seine towards the city. The river was closely watched, and none seem to have arrived in time; some balls were found in the mud many decades later, with the letters still inside."]),
 mapkey=["Montmartre, balloon launch", "Gare d'Orleans, balloon works", "Tours, government delegation", "Poitiers, pigeon releases"],
)

DOCS["mauritius_post_office_1847"] = dict(
 title_lines=["The Post Office Stamps", "of Mauritius"],
 dateline="1847",
 running=["Islands of Paper - The First Issue", "1", "Islands of Paper - Rarity and Legend", "2"],
 intro="In September 1847 the small British colony of Mauritius issued its own postage stamps, only the second part of the Empire to do so after Britain itself. Fewer than thirty of them are known today, and they are among the most valuable objects in the world of stamp collecting.",
 sections=[
  dict(label="I", title="A Colony Orders Stamps", paras=[
   "Britain had introduced prepaid adhesive stamps in 1840, and the idea spread quickly. In 1846 the government of Mauritius passed an ordinance setting up a postal service with stamps, and an order was placed for plates to print a one penny and a two pence value.",
   "The work was given to Joseph Barnard, a watchmaker and engraver living in Port Louis. He engraved both designs side by side on a single small copper plate, copying the profile of Queen Victoria from the stamps used in Britain, and printed the stamps one at a time.",
   "The plate was small and the press was simple, so each sheet had to be inked, printed and dried separately. Shades and small flaws vary from one copy to the next, and experts can often tell which impressions came early and which came late in the printing."]),
  dict(label="II", title="Post Office or Post Paid", paras=[
   "Barnard's stamps carried the words POST OFFICE down the left side, where the later issue read POST PAID. Whether this was a slip or a deliberate choice is still argued over. Only five hundred of each value were printed, and most were used within a few days.",
   "Many of them went on invitations sent out by Lady Gomm, the wife of the governor, for a ball at Government House. Others paid for letters to Bordeaux and Bombay, and the earliest covers were carried by sailing ships to Europe and India.",
   "Letters of the period were usually charged by the number of sheets and the distance, and the new stamps made it simpler to prepay them at the post office in Port Louis, which was then open only a few hours each day."],
   caption=dict(text="A printer's copper plate of the kind used on the island, with two engraved heads, about 1848.", position="Below", credit="Lent by the Port Louis Philatelic Circle, PLPC 88")),
  dict(label="III", title="From Errors to Legend", paras=[
   "The stamps were noticed in Europe only in the 1860s, when a French collector found a used example in a dealer's stock. The story that the words POST OFFICE were an engraver's mistake made them famous, and prices rose with each new discovery.",
   "By the end of the century wealthy collectors, among them the Prince of Wales, later King George V, competed for them. An envelope bearing both values, found in India, has been called the most important item in philately, and single stamps have sold for more than a million pounds.",
   "Forgeries appeared almost as soon as the high prices did, and several of the copies once shown in famous collections have since been rejected. Each surviving genuine stamp is now recorded, with its history of owners, in the specialist literature."]),
 ],
 sidebar=dict(title="Telling the Issues Apart", paras=["On the first stamps the inscription at the left reads POST OFFICE. The stamps of the next printing, made from a new plate in 1848, read POST PAID and show a slightly different portrait. Both kinds were printed in orange-red for the penny and deep blue for the twopence."]),
 footnote="Counts of surviving copies differ between catalogues; the figure here follows the 2020 census of the Port Louis Philatelic Circle.",
)

DOCS["universal_postal_union_1874"] = dict(
 title_lines=["One Postal Territory", "The Treaty of Bern and the Universal Postal Union, 1874"],
 running=[],
 intro="Until the 1870s a letter sent abroad was charged according to a tangle of separate agreements between pairs of countries. In 1874 twenty-two states met in Bern and agreed to treat their lands, for the purpose of letters, as a single postal territory.",
 sections=[
  dict(label="1", title="A Tangle of Tariffs", paras=[
   "Before the union, the cost of posting a letter from one country to another depended on the route it took and on the treaties between every state it crossed. A letter from the United States to Australia could be charged at several different rates, and clerks needed thick books of tables to work out the postage.",
   "The senders often paid only part of the cost, and the rest was collected from the person who received the letter. Each country kept detailed accounts of the letters it carried for others, and the settling of these accounts took time and caused frequent disputes.",
   "Rates could change from one month to the next as treaties were renegotiated, and a letter might be delayed while its postage was questioned. Businesses trading overseas employed clerks whose whole work was to keep track of these charges."]),
  dict(label="2", title="Stephan's Conference", paras=[
   "Heinrich von Stephan, a senior official of the North German postal service, drew up a plan for a general postal union. The Swiss government invited delegates to Bern, and on 9 October 1874 they signed a treaty that set up the General Postal Union, renamed the Universal Postal Union four years later.",
   "The delegates came from most of Europe, from Russia and the Ottoman Empire, from Egypt and from the United States. They reached agreement in little more than three weeks, which surprised many observers who had expected long quarrels over money.",
   "The treaty fixed one rate for a letter of a given weight between all member countries. Each country kept the postage it collected, on the reasoning that every letter is usually answered by another, so that the flows would roughly balance. Mail in transit through a third country was to be carried freely."],
   caption=dict(text="Brass letter scale with weights in grams, used at a Swiss border post office, about 1880.", position="Above", credit="Lent by the Aarberg Postal Collection, APC 1959.4")),
  dict(label="3", title="A Union of the World", paras=[
   "Membership grew quickly. France joined in 1876, and British India and many colonies followed, until by the end of the century nearly every country sending international mail belonged to the union. An international bureau in Bern collected statistics and settled questions between members.",
   "The union introduced reply coupons, which allow a writer to pay in advance for an answer from abroad, and agreed common rules for parcels and registered letters. In 1948 it became a specialised agency of the United Nations, and its congresses still meet every few years to set the rules for mail that crosses borders.",
   "The principle agreed in Bern, that a letter should cost the same to send whatever its route, made cheap correspondence across the world possible. It was later adjusted with payments between countries, because the flows of mail did not, after all, balance as neatly as Stephan had hoped."]),
 ],
 sidebar=dict(title="World Post Day", paras=["The anniversary of the treaty, 9 October, is celebrated as World Post Day. Since 1969 many post offices have used it to show their work to the public, and the union holds a letter-writing competition for young people every year."]),
)

DOCS["paris_pneumatic_post_1866"] = dict(
 title_lines=["Letters Through the Tubes", "The Pneumatic Post of Paris, 1866"],
 running=[],
 intro="For more than a century, Parisians could send a message across the city in under two hours by dropping it into a tube. The pneumatic post began in 1866 and closed only in 1984, after carrying many millions of small blue letter cards under the streets.",
 sections=[
  dict(label="Station 1", title="Air Under the Streets", paras=[
   "Sending written messages through pipes by air pressure was tried in London in the 1850s, and Paris opened its first line in 1866 to carry telegrams between the central telegraph office and the stock exchange. Telegrams arriving from the provinces could then be passed across the city without a messenger in the crowded streets.",
   "The first line was short, little more than a kilometre, but it worked well enough for the administration to extend it. Within twenty years a ring of tubes linked the main post and telegraph offices of the city, with branches reaching out towards the suburbs.",
   "The tubes were laid in the sewers, which Baron Haussmann's engineers had just rebuilt, so no new trenches were needed. Steam engines, and later electric motors, pumped air into the pipes or drew it out, pushing the carriers from one station to the next.",
   "The pipes were mostly of cast iron, with an inside width of a few centimetres, and they had to be carefully cleaned and kept dry. A carrier stuck in a bend could block a line for hours until workmen found it by listening at the joints."]),
  dict(label="Station 2", title="Carriers and Stations", paras=[
   "Messages travelled in metal cylinders with leather rings, sent in trains of several carriers at once. At each station a clerk sorted them and sent them on along the right line, and a messenger on foot or by bicycle took them to the final address.",
   "In 1879 the service was opened to the public. Anyone could buy a special letter card, fill it in, and post it at a post office, where it joined the official traffic. The cards were folded and sealed, and their colour gave them the popular name of petit bleu.",
   "The price was higher than that of an ordinary letter but far lower than a telegram, and there was no limit on the number of words. A card posted in the morning could be answered by the afternoon, and writers used the service to arrange meetings, send news of births and deaths or cancel a dinner."],
   caption=dict(text="Steel carrier cylinder with leather sealing rings, about 1910.", position=None, credit="Lent by the Wexcombe Museum of Communication, WMC 1987.12")),
  dict(label="Station 3", title="The Last Petit Bleu", paras=[
   "At its largest, in the 1930s, the network had more than four hundred kilometres of tubes and served well over a hundred offices. Lovers, journalists and businessmen all used it, and the petit bleu appears in many French novels and films as a sign of urgent news.",
   "The telephone and later the fax machine took away most of its traffic. The pneumatic post of Paris was closed in March 1984, and most of the tubes were left where they lay, beneath the pavements of the city.",
   "Some stations kept their machinery, and a few pieces are still on display. Collectors prize the blue cards, which often carry the stamps of two or three offices with the times at which they passed through."]),
 ],
 sidebar=dict(title="Other Cities, Other Tubes", paras=["Berlin, Vienna, Prague and Rome all built similar networks. The pneumatic post of Prague, opened in 1889, was the last of these city systems to work, until floods damaged it in 2002."]),
)
