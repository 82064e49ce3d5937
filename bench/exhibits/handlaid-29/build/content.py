# All texts of the r25 exhibit set. '|' marks a planned interruption point; '^N^' a glued note mark.
import re

def gold_text(s):
    s = re.sub(r"\^\d+\^", "", s)
    return s.replace("|", "").replace("  ", " ").strip()

# ---------------------------------------------------------------- 1 poster (gofpdf)
ROYAL = dict(
  name="royal_charter_1859",
  kicker="STORMS THAT CHANGED THE WAY WE WATCH THE SKY",
  title="The Royal Charter Storm, 1859",
  deck="A steam clipper carrying gold home from Australia was driven onto the rocks of Anglesey within sight of the end of her voyage. The loss of life shocked the country, and it pushed a naval officer to build Britain’s first public weather warnings.",
  running=["Porth Eilian Maritime Gallery", "Poster 6 of 12"],
  pull="Fifty miles from home, and the glass was falling all night",
  sections=[
    ("A", "Homeward Bound", [
      "On the night of 25 October 1859 the Royal Charter was rounding the north-east corner of Anglesey on the last leg of a voyage from Melbourne to Liverpool. She was an iron ship with sails and an auxiliary steam engine, built for the Australian run, and she had made the passage in under sixty days.",
      "Aboard were about four hundred and fifty passengers and crew. Many of the passengers were miners returning from the Victorian goldfields, and between them they carried a great deal of gold, some in the ship’s strongroom and some sewn into belts and pockets. Passengers had already begun to talk of the welcome waiting for them on the quay.",
    ]),
    ("B", "The Hurricane", [
      "As darkness fell the wind rose to a force that sailors of the time had rarely met. It swung round to the north-east and drove the ship towards the shore.| The captain dropped both anchors and kept the engine running, but the chains parted one after the other in the early hours of the morning, and the engine alone could not hold her.",
      "She struck the rocks near the village of Moelfre, first on a sandbank and then on the ledges close in. The waves broke her iron hull in two within a few hours. A Maltese seaman, Joseph Rogers, swam ashore with a line, and villagers formed a human chain in the surf to haul people in, yet only about forty men survived. No woman or child was saved.",
      "The same storm wrecked or damaged more than two hundred other vessels around the coasts of Britain, and it killed about eight hundred people in all.",
    ]),
    ("C", "A Parish in Mourning", [
      "The rector of nearby Llanallgo, Stephen Roose Hughes, took charge of the dead. Bodies were laid out in his small church, and he and his brother wrote hundreds of letters to families who came to look for their relatives. The strain was said to have shortened his life.",
      "Charles Dickens travelled to Anglesey that winter and described the rector’s kindness in a piece he later included in The Uncommercial Traveller. Divers worked on the wreck for months and recovered much of the gold, although rumours of treasure still lying in the sand brought searchers back to the site well into the twentieth century.",
    ]),
    ("D", "Forecasting the Weather", [
      "Robert FitzRoy, once captain of the Beagle, was then head of a small meteorological department at the Board of Trade. He studied the storm in detail and concluded that its path could have been foreseen from reports sent by telegraph from stations around the coast.",
      "In 1860 he began collecting daily observations by wire, and in February 1861 his office started to issue storm warnings, shown at harbours by hoisting cones and drums on masts. That August The Times printed his first public forecasts. He called them forecasts because, as he explained, they were opinions rather than prophecies.",
      "Critics mocked the forecasts when they failed, and they were stopped for a time after his death in 1865, but the storm signals were soon restored at the insistence of shipowners and fishermen. The shipping forecast heard on the radio today grew out of that work.",
    ]),
  ],
  capA=("Above", "The anchor chain and capstan displayed on the clifftop at Moelfre.", "Photo: Gwenllian Parry / Porth Eilian Maritime Gallery"),
  capB=(None, "Storm cone and drum of the kind hoisted at harbours after 1861.", "Lent by the Holyhead Coastguard Association, HCA 1962.14"),
)

# ---------------------------------------------------------------- 2 catalogue spread (gofpdf, page-layout style)
COEL = dict(
  name="coelacanth_1938",
  kicker="GALLERY 9 · FISHES THAT OUTLIVED THE DINOSAURS",
  title_lines=["A Fish Out of Time:", "The Coelacanth of East London"],
  label="9.3",
  running=["Kowie Natural History Collection", "Living Fossils", "46", "47"],
  intro="Until 1938 the coelacanths were known only from fossils, the youngest of them about sixty-six million years old. Then a curator in a small South African museum noticed a strange blue fish on a pile of sharks.",
  sections=[
    ("1", "A Blue Fin on the Quay", [
      "Marjorie Courtenay-Latimer was the curator of the East London Museum, and local fishermen often called her to look over their catch. On 22 December 1938 the trawler Nerine came in from the mouth of the Chalumna River, and among the sharks on deck she found a large steel-blue fish with silver flecks and fleshy, limb-like fins.",
      "It was about one and a half metres long and very heavy. With the help of a taxi driver who was reluctant to carry it, she took the fish back to the museum. The chairman of the museum board dismissed it as a rock cod, but she was sure it was something unusual.",
      'She searched the few reference books in the museum without finding anything like it. Its scales were thick and bony, its tail ended in a small extra lobe, and its fins looked more like stubby legs than the fins of any fish she knew. She tried to have it preserved, but no cold store in the town would take a fish of that size for long.',
    ]),
    ("2", "A Letter to Grahamstown", [
      "She made a rough sketch and posted it to James Leonard Brierley Smith, a chemistry lecturer at Rhodes University in Grahamstown who was also an expert on fishes. Smith was away for the Christmas holidays, and the letter did not reach him for some days.",
      "In the heat of the South African summer the fish could not be kept. A taxidermist mounted the skin, but the gills and internal organs were thrown away. When Smith finally arrived in February 1939 and saw the mounted specimen, he knew at once that it was a coelacanth, and he named it Latimeria chalumnae after the curator and the river.",
      'The announcement caused a sensation in newspapers around the world. Crowds queued to see the fish during the single day it was put on public display in East London, and scientists abroad asked for photographs and measurements.',
    ]),
    ("3", "Fourteen Years of Searching", [
      "Smith wanted a complete specimen, with its soft parts intact. He had leaflets printed in English, French and Portuguese offering a reward of one hundred pounds, and he distributed them in ports along the east coast of Africa.",
      "The war and its aftermath held up the search, and years passed without a result. Then, in December 1952, a fisherman in the Comoro Islands brought a second coelacanth to a local trader who had seen the leaflet. Smith persuaded the prime minister, Daniel Malan, to lend him a military aircraft to fetch it before it spoiled.",
      "Since then scientists have learned that coelacanths live in deep caves and ledges off the Comoros, and in 1998 a second species was recognised from Sulawesi in Indonesia. Both are protected, and the original mounted fish is still on show in East London.",
    ]),
  ],
  cap=(None, "The mounted type specimen, with the fleshy lobed fins that first caught the curator’s eye, shown alongside a cast of a Jurassic fossil coelacanth from the Solnhofen limestone.", "Photo: Thandiwe Mguni / Kowie Natural History Collection"),
  sidebar=("What Makes a Living Fossil?", [
    "The phrase was coined by Charles Darwin for creatures that seem to have changed little over great spans of time. Modern coelacanths are not identical to their fossil relatives, but their body plan, with paired fins carried on fleshy lobes, has altered remarkably little.",
  ]),
  table=("COELACANTH FACTS", [("Length", "up to 2 metres"), ("Depth", "150–700 metres"), ("Lifespan", "perhaps a century"), ("Young", "born live")]),
)

# ---------------------------------------------------------------- 3 gallery guide with floor plan (Forme)
BLANC = dict(
  name="mont_blanc_1786",
  kicker="GALLERY GUIDE · ROOM 4",
  title_lines=["To the Roof of Europe:", "The First Ascent of", "Mont Blanc, 1786"],
  running=["Chamonix Valley Alpine Museum", "Gallery guide – Room 4"],
  intro="This room follows the first people to stand on the summit of Mont Blanc, the highest mountain in the Alps. Use the plan to find the numbered stops; each one has a case or a wall display.",
  stops=[
    ("1", "A Prize for the Summit", [
      "In 1760 a young Genevan scientist, Horace-Bénédict de Saussure, visited Chamonix and looked up at the great white dome above the valley. He offered a reward to anyone who could find a way to the top, hoping one day to carry his instruments there himself.",
      "For twenty-five years the prize went unclaimed. Local guides and crystal hunters tried several routes, but they were turned back by crevasses, storms and fear of spending a night on the glaciers, which many people believed would be fatal.",
    ]),
    ("2", "Paccard and Balmat", [
      "Michel-Gabriel Paccard was the village doctor in Chamonix and a keen amateur botanist who had studied the mountain for years. Jacques Balmat was a crystal hunter who had survived a night alone on the snow in June 1786 and had seen a possible line up the mountain.",
      "The two men set out on 7 August 1786 and slept on a rocky ridge above the glacier. The next day they crossed the broken ice of the Grands Mulets and climbed slowly towards the summit, their faces burned by the sun and their breath short in the thin air.",
      "At about half past six in the evening on 8 August they reached the top. Watchers in the valley, following them through a telescope, saw two tiny figures on the snow. They came down in the dark, and Paccard returned snow-blind and with frostbitten hands.",
    ]),
    ("3", "Saussure’s Own Climb", [
      "A year later, in August 1787, Saussure reached the summit himself with Balmat and a large party of guides and porters. He spent several hours on top, measuring the boiling point of water, the pressure of the air and the colour of the sky.",
      "His account of the ascent was widely read, and Chamonix began to attract travellers who came to look at the glaciers. Within a few decades a company of local guides was formed to regulate the growing trade.",
      'The instruments he carried were heavy and fragile, and porters carried them up in wooden boxes. Some of his readings were remarkably accurate, and his estimate of the height of the mountain was only a few dozen metres short of the modern figure.',
    ]),
    ("4", "Who Was First?", [
      "For more than a century the credit was unevenly shared. A version of events spread by the writer Alexandre Dumas, who had heard it from Balmat in old age, made the crystal hunter the hero and the doctor a hesitant passenger.",
      "Later historians, working from Paccard’s notes and the accounts of people who watched the climb, restored his part in it. Today the two men are remembered together, and statues of both stand in the centre of Chamonix.",
    ]),
  ],
  plan=["Entrance", "1", "2", "3", "4", "5", "Film room", "Lift"],
  side=("5", "Marie Paradis", [
    "In 1808 a Chamonix maidservant, Marie Paradis, became the first woman known to reach the summit, helped along by a party that included Balmat. She later ran a tea room at the foot of the mountain and told visitors the story for the rest of her life.",
  ]),
  cap=("Left", "Barometer of the kind carried to the summit in 1787, made in Geneva.", "Lent by the Société des Amis de Saussure"),
)

# ---------------------------------------------------------------- 4 booklet with endnotes (Forme)
PEAS = dict(
  name="peasants_revolt_1381",
  kicker="EXHIBITION BOOKLET",
  title_lines=["When Adam Delved:", "The Peasants’ Revolt of 1381"],
  label="3",
  running=["Essex Marshes Heritage Centre", "The Rising of 1381"],
  intro="In the early summer of 1381 villagers from Essex and Kent marched on London. For a few days the young king met rebels face to face and the government of England seemed to hang in the balance.",
  sections=[
    ("A.", "A Tax Too Many", [
      "The Black Death of 1348 had killed perhaps a third of the population of England. Labour became scarce, and many peasants hoped to earn higher wages or to shake off the duties they owed to their lords. Parliament answered with laws that tried to hold wages at their old levels.^1^",
      "The war with France was expensive, and in 1377, 1379 and 1380 the government raised poll taxes, charged on every adult rather than on property. The third was the heaviest. Many households hid their members from the collectors, and when commissioners were sent to find the missing taxpayers the anger boiled over.",
    ]),
    ("B.", "From Brentwood to Blackheath", [
      "At the end of May 1381 the villagers of Fobbing and Corringham, on the Thames marshes, drove a tax commissioner out of Brentwood. Within days the rising had spread through Essex and into Kent, where the rebels chose Wat Tyler as their leader and released the radical priest John Ball from prison in Maidstone.^2^",
      "Ball preached to the crowds at Blackheath on the feast of Corpus Christi. His sermon asked who had been the gentleman when Adam delved and Eve span, and it argued that all people had been created equal and that serfdom was the work of wicked men.",
      'The Kentish rebels had already taken Rochester Castle and Canterbury on their way. They were not a disorderly mob: many were substantial villagers, craftsmen and local officials, and they claimed to be loyal to the king while hunting down the advisers they blamed for misgovernment.',
    ]),
    ("C.", "London Opens its Gates", [
      "On 13 June the rebels entered London, helped by sympathisers inside the walls. They burned the Savoy, the palace of the king’s uncle John of Gaunt, and destroyed records and legal documents wherever they found them. Flemish merchants were hunted down and killed in the streets.",
      "Chroniclers who wrote in the following years were almost all churchmen or officials who feared and despised the rebels. Much of what we know about the rising comes from them, and historians have learned to read their accounts with care.",
      "The next day the fourteen-year-old Richard II met one band of rebels at Mile End and promised to free the serfs. While he was away another group broke into the Tower and beheaded the Archbishop of Canterbury, Simon Sudbury, who was also the chancellor, together with the treasurer.",
    ]),
    ("D.", "Smithfield and After", [
      "On 15 June the king met Wat Tyler at Smithfield, just outside the city walls. Accounts of the meeting differ, but a scuffle broke out and the Mayor of London, William Walworth, struck Tyler from his horse. Richard rode forward and called on the rebels to follow him, and the crowd dispersed.^3^",
      "The promises were soon withdrawn. Leaders including John Ball were tried and executed, and the king is said to have told one group of petitioners that they would remain in bondage. Yet no government tried a poll tax of that kind again for six centuries, and serfdom faded away in England over the following hundred years.",
    ]),
  ],
  notes=[
    "1 The Ordinance of Labourers of 1349 and the Statute of Labourers of 1351.",
    "2 Ball had been imprisoned several times by the Archbishop of Canterbury for preaching without licence.",
    "3 Walworth’s dagger is traditionally said to be the one shown on the arms of the City of London, although the arms are older.",
  ],
  table=("THE THREE POLL TAXES", [("Year", "Rate per head"), ("1377", "4 pence"), ("1379", "graded by rank"), ("1380", "12 pence")]),
  pull="Three weeks in June that the chroniclers never forgot",
  cap=("Right", "Seal matrix of a Fobbing landholder, found in the marsh in 1974.", "Courtesy of the Thurrock Metal Detecting Club"),
)

# ---------------------------------------------------------------- 5 DOCX (Apache POI)
KINDER = dict(
  name="kinder_trespass_1932",
  kicker="PEAK MOORLANDS MUSEUM – PANEL TEXTS",
  title_lines=["Right to Roam:", "The Kinder Scout Mass Trespass"],
  running=["Peak Moorlands Museum · Exhibition copy", "Version 2 – not for print"],
  intro="On a Sunday in April 1932 several hundred young walkers set out from Hayfield to climb onto Kinder Scout, a high moorland plateau closed to the public. The day ended in scuffles, arrests and prison sentences, and it became a turning point in the long campaign for access to the countryside.",
  sections=[
    ("Panel 1", "Moors Behind Locked Gates", [
      "In the early 1930s the moorland tops between Manchester and Sheffield were almost entirely private. They were kept for grouse shooting, and keepers patrolled them to turn walkers away. Only a few narrow rights of way crossed the high ground.",
      "Millions of people lived within a short train ride of the hills. For young factory and office workers, a day on the moors was a cheap escape from smoke and crowded streets, and rambling clubs had grown rapidly since the end of the war.",
      'Walkers who strayed from the paths risked being threatened by keepers or taken to court. Older rambling federations had lobbied Parliament for years for an access bill, but every attempt had failed, and some younger walkers felt that polite campaigning would never open the moors.',
    ]),
    ("Panel 2", "Sunday 24 April 1932", [
      "The trespass was organised by members of the British Workers’ Sports Federation, and one of its leaders was a young Manchester mechanic, Benny Rothman. Police tried to stop him speaking in Hayfield, so the meeting moved to a quarry outside the village.",
      "From there the walkers climbed up William Clough^1^ towards the edge of the plateau. Near the top they met a line of gamekeepers, and there was pushing and some fighting. One keeper was injured. The walkers pressed on and met a group from Sheffield who had crossed from the other side.",
      "On the way back to Hayfield the police were waiting. Six men were arrested, and five of them were later sent to prison for terms of up to six months for riotous assembly and related charges.",
      'The trial took place at Derby Assizes that summer. The jury was made up largely of country gentlemen and retired army officers, and the prosecution made much of the fact that some of the defendants were Jewish and had read communist newspapers.',
    ]),
    ("Panel 3", "From Protest to National Park", [
      "The sentences caused widespread anger and brought large crowds to access rallies in the Peak District in the following months. Many established rambling groups had disapproved of the trespass, but the case for opening the moors gained new support.",
      "Campaigners kept up the pressure through the rest of the decade, and a limited access law was passed in 1939, though walkers’ groups thought it so weak that they called for its repeal.",
      "After the Second World War the National Parks and Access to the Countryside Act of 1949 was passed, and in 1951 the Peak District became the first national park in Britain. The Pennine Way, a long-distance footpath, was opened in 1965.",
      "Wider rights came with the Countryside and Rights of Way Act of 2000,^2^ which opened mapped mountain, moor and heath to walkers on foot. Benny Rothman lived to see the bill introduced and spoke at the celebrations for the sixtieth anniversary of the trespass in 1992.",
    ]),
  ],
  footnotes=[
    "The clough is a steep-sided valley running up to Kinder’s western edge.",
    "The Act was passed in 2000, but most of the new access land in England opened between 2004 and 2005.",
  ],
  pull="A plateau seen from every town, and walked by almost no one",
  cap=("Above", "Walkers gathering at Bowden Bridge quarry before the climb.", "Photo: Hayfield Civic Trust Archive"),
)

# ---------------------------------------------------------------- 6 HTML
BLONDIN = dict(
  name="blondin_niagara_1859",
  title_lines=["Over the Falls on a Rope:", "Blondin at Niagara, 1859"],
  intro="In the summer of 1859 a French acrobat strung a rope across the gorge below Niagara Falls and walked over it in front of many thousands of spectators. He crossed again and again for two seasons, each time with a new trick.",
  sections=[
    ("Chapter 1", "A Boy from the Pas-de-Calais", [
      "Jean-François Gravelet was born in 1824 at Hesdin in northern France. He was sent to an acrobatics school in Lyon as a small child and was performing on the tightrope by the age of five, under the stage name the Little Wonder.",
      "As a young man he took the name Charles Blondin and toured with a troupe of acrobats. In 1855 he went to the United States with the Ravel family company and saw Niagara Falls for the first time. He resolved to cross it.",
    ]),
    ("Chapter 2", "The Rope Across the Gorge", [
      "The crossing needed the permission of landowners on both banks, and Blondin chose a site about a mile below the falls, where the gorge is narrower. His rope was a manila cable about three inches thick and some eleven hundred feet long, steadied by guy lines running to both banks.",
      "On 30 June 1859 he stepped out from the American side, carrying a long balancing pole. Halfway across he lowered a line to the tourist steamer Maid of the Mist, drew up a bottle and drank from it. He reached Canada in about twenty minutes and came back with a camera strapped to his back.",
    ]),
    ("Chapter 3", "Tricks for the Crowds", [
      "Through that summer and the next Blondin crossed blindfold, inside a sack, on stilts and pushing a wheelbarrow. On one crossing he carried a small stove, stopped in the middle and cooked an omelette, which he lowered to the passengers on the boat below.",
      "His most famous feat was to carry his manager, Harry Colcord, across on his back. Colcord had to climb down and stand on the rope several times while Blondin rested, and he later said it was the most frightening day of his life.",
      'The crowds were enormous. Special trains ran from Buffalo and other cities, and spectators paid to sit on stands built along both banks of the gorge.',
      "In September 1860 the Prince of Wales, on a tour of North America, watched one of the crossings. Blondin offered to carry him over too, and the offer was politely declined.",
    ]),
    ("Chapter 4", "A Long Career", [
      "Blondin left Niagara a famous man. He performed at the Crystal Palace in London in 1861 and went on to tour Europe, Australia and South America, repeating many of the tricks on ropes stretched across halls and parks.",
      'Imitators soon appeared at Niagara, among them the Canadian William Hunt, who called himself the Great Farini and tried to outdo Blondin with ever stranger stunts. Newspapers reported on the rivalry, but Blondin’s name was the one people remembered, and for years afterwards any daring balancing act was called a Blondin.',
      "He settled in Ealing, west London, and named his house Niagara Villa. He gave his last performance in 1896, at the age of seventy-two, and died at home the following year.",
    ]),
  ],
  sidebar=("The Gorge in 1859", ["Below the falls the Niagara River runs through a gorge with walls around fifty metres high. In 1859 there were no bridges at the crossing point Blondin chose, and the water beneath his rope was fast, deep and full of eddies. Anyone who fell would have had little hope of being pulled out alive."]),
  visit="Gallery 2 · Niagara Frontier Circus Museum · open daily except Mondays",
  quote=("The gorge was never the danger. The danger was that people came to expect a miracle every afternoon.", "Ada Morrow, centenary lecture at the Niagara Frontier Circus Museum, 1959"),
  figure=(None, "Two views of the 1859 rope: the anchorage on the American bank, and the guy lines seen from the Maid of the Mist landing.", "Courtesy of the Lewiston Historical Print Room"),
  figure2=("Left", "Blondin’s balancing pole, nearly nine metres long, in the museum’s store.", "© Niagara Frontier Circus Museum, NFCM 1971.3"),
  timeline=[("1824", "Born at Hesdin, France"), ("1855", "Arrives in the United States"), ("1859", "First crossing of the Niagara gorge"), ("1860", "Crossing watched by the Prince of Wales"), ("1861", "Performs at the Crystal Palace"), ("1897", "Dies at Ealing")],
)
