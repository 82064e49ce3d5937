# All texts of the r31 hand-laid exhibit set. Written for this set; museums, lenders, credits and numbers are invented.
# ^n^ marks a glued note mark (drawn raised/small, dropped from the gold).

BIRKENHEAD = dict(
  name="birkenhead_wreck_1852",
  kicker="OCCASIONAL PAPERS · NO. 9",
  title_lines=["Standing Fast:", "The Loss of HMS Birkenhead, 1852"],
  intro="Before dawn on 26 February 1852 a troopship struck a rock off the South African coast. What her soldiers did in the next twenty minutes turned a shipwreck into a byword for discipline.",
  header_left="Cape Maritime Heritage Trust · Occasional Papers", folios=["14", "15"],
  sections=[
    ("1", "An Iron Troopship", [
      "The Birkenhead was one of the first iron-hulled ships ordered by the Royal Navy. Laird’s yard on the Mersey launched her in 1845 as a paddle frigate, but doubts about how iron would stand up to cannon fire led the Admiralty to turn her into a transport instead.",
      "In January 1852 she left Queenstown with drafts from a dozen regiments, young recruits for the most part, bound for the war on the eastern frontier of the Cape Colony. Some of the officers had brought their wives and children, and a number of horses were stabled on deck.",
    ]),
    ("2", "Danger Point", [
      "After calling at Simon’s Bay the ship steamed east on the evening of 25 February. Captain Robert Salmond had been told to make good time, and he kept close inshore to shorten the passage. Shortly before two in the morning, with the sea calm and the night clear, the hull ran onto a rock that is not marked on the charts of the day, off Danger Point.",
      "Water poured into the forward compartments and drowned many of the men asleep in their hammocks below. Salmond ordered the engines astern, which pulled the ship off the rock but let the sea tear open the hull further, and within minutes the bow had broken away.",
    ]),
    ("3", "Women and Children First", [
      "The senior army officer, Lieutenant-Colonel Alexander Seton, had the soldiers fall in on the deck. Some were sent to work the pumps, others to free the horses and drive them over the side, and the rest simply stood in their ranks while the women and children were lowered into the one cutter that could be launched.^1^",
      "Only three boats got away. When the ship began to break in two, Seton is said to have asked the men not to swim for the boats, since so many bodies in the water would swamp them. Hardly anyone moved. The funnel fell, the stern sank, and the men still on deck were thrown into the sea among sharks and floating wreckage.",
      "Of roughly six hundred and forty people on board, about four hundred and fifty died. Every woman and child survived. The boats were picked up by a schooner the next day, and a few men reached the shore by clinging to the tangled kelp.",
    ]),
    ("4", "A Byword", [
      "The story reached Britain in the spring and was retold in sermons, paintings and poems. The King of Prussia is said to have had the account read aloud to every regiment in his army. Long afterwards Rudyard Kipling wrote of the Birkenhead drill as the hardest order a soldier could obey: to stand still and wait.",
      "Whether those on the deck thought of it as a choice, nobody can now say. What the survivors remembered was the quiet.",
    ]),
  ],
  fig1=dict(pos="Right", text="The troopship as she looked after her conversion, from a lithograph of about 1848.", credit="Lent by the Laird Shipbuilders’ Archive, LSA 1848/12"),
  fig2=dict(pos="Above", text="Danger Point from the sea, where the reef still breaks in a swell.", credit="Photo: Overstrand Coastal Survey, OCS 77"),
  note="1. The cutter held the seven women and thirteen children listed by the survivors’ inquiry.",
  pullquote="Discipline, not seamanship, is what the world remembered.",
  timeline_head="The last night, hour by hour",
  timeline=[("25 Feb, 6 pm", "Leaves Simon’s Bay"), ("26 Feb, 1.50 am", "Strikes the rock"), ("about 2.10 am", "Bow breaks away"), ("about 2.20 am", "Ship goes down"), ("27 Feb", "Schooner Lioness picks up the boats")],
  sidebar_title="Gold in the Hold?",
  sidebar=[
    "Rumours soon spread that the ship had carried the army’s pay chest in gold coin. Divers have searched the wreck many times since the nineteenth century without any proof that it was ever on board.",
    "The site is now protected as a war grave, and anything raised from it must be declared.",
  ],
)

ALCOCK = dict(
  name="alcock_brown_flight_1919",
  kicker="FLIGHT GALLERY · PANEL F2",
  title_lines=["Sixteen Hours", "over the Atlantic"],
  intro="In June 1919 two airmen in a converted bomber flew from Newfoundland to Ireland without stopping, and won the prize that had been waiting since before the war.",
  footer_left="Clifden Air Heritage Centre", footer_right="F2",
  sections=[
    ("A", "The Prize", [
      "In 1913 the Daily Mail offered ten thousand pounds to the first crew to fly the Atlantic without a stop, in either direction, within seventy-two hours. The war put the contest aside, and when it was opened again in 1919 several teams shipped their aircraft to Newfoundland, where the westerly winds would be behind them.",
      "One crew, Harry Hawker and Kenneth Mackenzie-Grieve, set off in May but came down in the sea and were rescued by a passing ship. An American navy flying boat crossed the same month, but in stages by way of the Azores, which did not count.",
    ]),
    ("B", "A Bomber with Extra Tanks", [
      "Vickers sent a Vimy, a twin-engined bomber built too late to fight, with its bomb gear taken out and fuel tanks fitted in its place. Its pilot was John Alcock, who had flown bombers in the war and spent months as a prisoner in Turkey. His navigator, Arthur Whitten Brown, had been shot down over France and had studied air navigation while held captive.",
      "They took off from a rough field near St John’s on the afternoon of 14 June, so heavily loaded that the Vimy barely cleared the trees at the end of the field.",
      "Both men wore electrically heated flying suits, plugged into a small generator driven by the wind, and sat side by side in an open cockpit with nothing but a windscreen to protect them from the weather for the whole of the night.",
    ]),
    ("C", "Fog, Ice and a Bog", [
      "Almost everything went wrong. The wireless failed soon after take-off, an exhaust pipe split and roared beside them all night, and for hours they flew blind in fog and cloud. Brown could fix their position only when he caught sight of the sun, the moon or a star through a gap, using a sextant on his knees.",
      "At one point the aircraft fell into a spin and Alcock pulled out only just above the waves. Later, flying through snow and sleet, ice built up on the engines, and Brown’s own account has him climbing out along the wing to clear it, although some historians doubt this part of the story.",
      "On the morning of 15 June they saw the coast of Galway. Alcock chose what looked like a green field near Clifden and put the Vimy down in it, but it was a bog, and the aircraft tipped onto its nose. Neither man was hurt. They had been in the air for just under sixteen hours.",
      "Within days both were knighted by the King. Alcock did not enjoy his fame for long: he was killed that December when a new Vickers aircraft he was delivering to an air show crashed in fog in Normandy.",
    ]),
  ],
  fig=dict(pos="Below", text="The Vimy nose-down in the bog at Derrygimlagh, a few hours after landing.", credit="Photo: Connemara County Library, CCL 1919/06"),
  pullquote="Two men, one open cockpit, no radio after the first hours.",
  sidebar_title="What They Carried",
  sidebar=[
    "Besides sandwiches, chocolate and coffee in flasks, the crew carried a small bag of letters, the first mail to cross the ocean by air. Each man also had a toy black cat tucked into the cockpit for luck.",
    "The Vimy itself was repaired and given to the nation, and it still hangs in a museum in London.",
  ],
  table_head="The crossing in figures",
  table=[("Distance flown", "about 3,000 km"), ("Time in the air", "15 h 57 min"), ("Average speed", "about 190 km/h"), ("Engines", "two Rolls-Royce Eagle VIII")],
)

BALTIMORE = dict(
  name="sack_of_baltimore_1631",
  kicker="A HARBOUR WALK",
  title_lines=["The Stolen Village", "Baltimore, June 1631"],
  intro="On a summer night in 1631 corsairs from North Africa landed at a fishing village in West Cork and carried off more than a hundred of its people. Almost none of them ever came home.",
  footer="Roaringwater Bay Heritage Society",
  sections=[
    ("Stop 1", "A Pilchard Town", [
      "In the early seventeenth century Baltimore was a new settlement. The O’Driscoll lords had leased the land to Sir Thomas Crooke, who brought in English families to work a profitable pilchard fishery. Their cottages stood by the water at the Cove, below the older village on the hill.",
      "The fish were pressed for oil and salted in barrels for export. Boats from France and Spain called regularly, and strangers in the harbour were nothing unusual.",
      "The settlement was not popular with everyone. Crooke was accused of trading with pirates himself, and the Cove lay outside the walls of any town, with no fort or garrison within easy reach. The nearest naval ship on the coast was often away hunting for raiders elsewhere.",
    ]),
    ("Stop 2", "The Raid", [
      "Two ships arrived off the harbour mouth on the night of 19 June. They were commanded by a Dutch seaman from Haarlem who had turned corsair in North Africa and was known there as Murat Reis. A fisherman from Dungarvan, captured at sea a few days before, is said to have guided them in.",
      "Before dawn on 20 June armed men came ashore at the Cove and broke into the cottages with iron bars and fire. About a hundred and seven people were taken, most of them women and children, and two villagers were killed who tried to resist. The raiders then climbed towards the upper village, but a drummer raised the alarm there and they turned back to their ships.",
      "The corsairs had already seized two fishing boats and their crews on the way in. By the time word reached the authorities in Cork the ships were far out to sea and heading south.",
    ]),
    ("Stop 3", "Sold in Algiers", [
      "The captives were taken to Algiers, where they were sold at the slave market. Men were set to work in the galleys or in building and quarrying, and some of the women were taken into households. A French priest who visited the city described the sale of the Baltimore prisoners in a book he published a few years later.",
      "Ransoms were costly and slow to arrange, and as far as is known only two or three of those carried off ever saw Ireland again. Others accepted Islam and made lives in North Africa. The fisherman who was accused of guiding the ships was tried and hanged in Cork.",
      "Many of the settlers who had escaped left the Cove for good and moved inland to Skibbereen. In 1844 the poet Thomas Davis wrote a ballad about the raid, which kept its memory alive long after the village had recovered.",
    ]),
  ],
  fig=dict(pos="Left", text="The Cove at low tide, where the cottages of the settlers once stood.", credit="Photo: Ardagh Camera Club, ACC 2014/3"),
  pullquote="One summer night, and a village was emptied.",
  sidebar_title="Corsairs of the Barbary Coast",
  sidebar=[
    "From the sixteenth century ships sailing from Algiers, Tunis and Salé raided shipping and coasts as far north as Iceland, where Murat Reis had led an attack four years before Baltimore.",
    "Captives were valuable both as labour and for the ransoms their families or governments might pay.",
  ],
  back_title="Visiting the Cove",
  back_text="The harbour walk begins at the square and takes about forty minutes. Steps lead down to the Cove; the path can be slippery at high tide.",
  table_head="Counting the captives",
  table=[("Taken at the Cove", "about 107"), ("Killed in the raid", "2"), ("Known to return", "2 or 3")],
)

COOK = dict(
  name="thomas_cook_excursion_1841",
  kicker="TRAVEL FOR EVERYONE",
  title_lines=["A Shilling to Loughborough:", "Thomas Cook’s First Excursion, 1841"],
  intro="A temperance preacher hired a train to take his supporters to a rally. It was a small outing, but it started the business of selling journeys to ordinary people.",
  footer_left="Soar Valley Museum of Travel", footer_right="Wall panel 1",
  sections=[
    ("1", "An Idea on the Road", [
      "Thomas Cook was a cabinet maker and Baptist preacher from Market Harborough who had taken the pledge never to drink alcohol. In the summer of 1841, walking the fifteen miles to a temperance meeting in Leicester, he read in a newspaper that the Midland Counties Railway had opened a line nearby, and it struck him that a train could carry a whole crowd to a meeting for very little.",
      "He put the idea to the meeting that same day. The railway agreed to run a special train to Loughborough and back, and Cook set about selling the tickets.",
      "Railways were still new in the Midlands, and few of the working families he hoped to reach had ever ridden on one. A trip by train was an adventure in itself, and a cheap one could fill the carriages.",
    ]),
    ("2", "The Day Out", [
      "On Monday 5 July about five hundred people gathered at the Leicester station. The fare was one shilling, there and back, and for that they rode eleven miles in open carriages, most of them without seats, with a brass band playing on the way. Crowds lined the track and cheered as the train went by.",
      "At Loughborough the passengers marched behind the band to a park where a temperance fête was held, with speeches, games and a large tea of ham and bread, before the train brought them home in the evening. No drink was served, and nobody came to harm.",
      "Cook made nothing from the day himself. What he had discovered was that a railway company would sell seats cheaply if someone else could promise to fill a whole train, and that people who had never travelled for pleasure were eager to try.",
    ]),
    ("3", "From Outing to Industry", [
      "For some years Cook arranged trips for temperance societies and Sunday schools without taking a profit. In 1845 he ran his first commercial tour, to Liverpool, and printed a handbook for the passengers. During the Great Exhibition of 1851 he brought many thousands of visitors from the Midlands and the North to London.",
      "Tours to the Continent followed in the 1850s, then to Egypt and the Nile, and in 1872 Cook himself led a party around the world. His son John Mason Cook built the firm into a worldwide company, with its own hotel coupons and, later, traveller’s cheques.",
      "The company carried his name for almost two hundred years, until it collapsed in 2019.",
      "The first excursion is remembered with a plaque at Leicester station, and the idea it proved, that ordinary people would pay for a day out if someone arranged it for them, shaped the way the world now takes its holidays.",
    ]),
  ],
  fig=dict(pos="Above", text="A handbill for one of Cook’s early temperance trains, about 1842.", credit="Lent by the Leicestershire Temperance Collection, LTC 42/7"),
  pullquote="“All this for a shilling,” one passenger remembered.",
  sidebar_title="Why Temperance?",
  sidebar=[
    "In the 1830s and 1840s many working people spent their only free day in public houses. Temperance campaigners believed that drink kept families poor, and they looked for healthy amusements to take its place.",
    "Cheap railway outings, with tea instead of beer, fitted that purpose well.",
  ],
  timeline_head="Milestones",
  timeline=[("1841", "Leicester to Loughborough"), ("1845", "First tour for profit, to Liverpool"), ("1851", "Visitors to the Great Exhibition"), ("1855", "First tour to the Continent"), ("1872", "Round-the-world tour")],
)

GREAT_BRITAIN = dict(
  name="ss_great_britain_1843",
  kicker="Harbourside Galleries · exhibition text, final",
  title_lines=["Brunel’s Iron Giant", "The SS Great Britain, 1843"],
  intro="When she was floated out in Bristol in July 1843 the Great Britain was the largest ship in the world, and the first to cross an ocean with both an iron hull and a screw propeller.",
  sections=[
    ("Part One", "Building the Ship", [
      "Isambard Kingdom Brunel designed her for the Great Western Steamship Company, which already ran his wooden paddle steamer Great Western between Bristol and New York. The new ship was to be bigger and faster, and as the plans grew Brunel made two bold choices: an iron hull instead of timber, and a propeller instead of paddle wheels.",
      "She was built in a dry dock dug specially for her beside the Floating Harbour. Prince Albert came to Bristol for the naming ceremony in July 1843, but the ship was so broad that she could not pass through the locks to the river, and the stonework had to be cut back before she finally reached the sea at the end of 1844.",
    ]),
    ("Part Two", "Aground in Dundrum Bay", [
      "Her maiden voyage to New York in the summer of 1845 took fourteen days. Passengers admired her saloons, but she carried few of them, and in September 1846 a navigation error put her ashore in Dundrum Bay on the coast of County Down.",
      "Her captain later blamed a new lighthouse at St John’s Point that was missing from his chart, and which he had mistaken for a light on the Isle of Man.",
      "She lay there for almost a year while engineers protected her from the winter storms with timber and sandbags. Her iron hull came through remarkably well, but the cost of getting her off ruined the company, and she was sold.",
      "The stranding did show one thing clearly. A wooden ship left on the rocks for a winter would have broken up, and shipbuilders who had doubted iron began to take it seriously.",
    ]),
    ("Part Three", "To Australia and Back", [
      "Her new owners refitted her for the long run to Melbourne, where gold had just been found. Between 1852 and 1875 she carried many thousands of emigrants to Australia, and she also served as a troopship in the Crimean War. Later she was turned into a sailing cargo ship.",
      "In 1886, damaged by storms off Cape Horn, she limped into the Falkland Islands and was sold there as a floating store for coal and wool. In 1937 she was towed to a quiet cove and scuttled, and for more than thirty years her rusting hull lay in shallow water.",
      "In 1970 she was raised onto a pontoon and towed across the Atlantic to Bristol. On 19 July, exactly one hundred and twenty-seven years after her naming, she came back into the dock where she had been built.",
      "Crowds lined the banks of the Avon to watch her pass under the Clifton Suspension Bridge, another of Brunel’s works, on the last stage of the journey home.",
    ]),
  ],
  pb_split=("In 1937 she was towed to a quiet cove and", "scuttled"),
  fig=dict(pos="Above", text="Floated out: the ship in the Great Western Dock, from a watercolour of 1844.", credit="Lent by the Avon Maritime Society, AMS 1844/2"),
  pullquote="The stonework had to be cut back before she could leave.",
  sidebar_title="Keeping the Iron Dry",
  sidebar=[
    "Salt left in the iron keeps it rusting long after a ship comes out of the sea. Today a glass plate at the level of the waterline seals off the dock, and dry air is pumped around the lower hull to hold the corrosion in check.",
    "Visitors can walk beneath the glass and look up at the propeller and keel.",
  ],
  table_head="Particulars",
  table=[("Length", "98 m"), ("Launched", "19 July 1843"), ("Engines", "Four-cylinder steam engine"), ("Propeller", "Six blades")],
  note="She was 322 feet long, about 98 metres.",
  header="Harbourside Galleries · Dock Gallery",
  footer="Exhibition text: SS Great Britain",
)

NECROPOLIS = dict(
  name="london_necropolis_railway_1854",
  site="Lambeth Railway Heritage",
  kicker="Online exhibition",
  title="The Railway to the Dead",
  intro="From 1854 a private railway ran funeral trains from central London to a vast new cemetery in Surrey. For almost ninety years coffins and mourners travelled together, each on a ticket of their own class.",
  sections=[
    ("Platform 1", "A City Running out of Room", [
      "By the middle of the nineteenth century London’s churchyards were full to overflowing. Graves were reopened and reused, bones were dug up and scattered, and many people believed that the smell of the burial grounds spread disease. After cholera killed thousands in 1848 and 1849, Parliament passed laws that closed most of the old graveyards in the city.",
      "The dead would have to be buried further out. A group of businessmen formed the London Necropolis Company, bought a great stretch of heathland at Brookwood, near Woking, and laid out a cemetery that was meant to serve London for centuries to come.",
      "At its opening it was said to be the largest cemetery in the world. Its planners filled it with trees and shrubs from many countries, so that visitors would find a garden rather than a field of stones.",
    ]),
    ("Platform 2", "Funeral Trains", [
      "Brookwood was about twenty-five miles from the capital, too far for a horse-drawn procession. The answer was the railway. The company built its own station beside the line out of Waterloo, and from November 1854 a train left for the cemetery each morning, carrying coffins in special hearse carriages and mourners in the coaches behind.",
      "Tickets were sold in three classes, for the living and the dead alike. A first-class funeral bought a private grave and the choice of its place, while the poorest were buried in shared graves. The trains were also divided by religion, and inside the cemetery a branch line ran to two stations, one for Anglican funerals and one for everyone else.",
      "Each station had a chapel and a refreshment room, where mourners could eat and drink before the train took them home in the afternoon.",
      "Londoners soon gave the service grim nicknames, and music-hall comedians joked about it, but for many poor families it offered a decent burial at a price they could afford, with the journey included.",
    ]),
    ("Platform 3", "The Last Train", [
      "The company never buried as many Londoners as it had hoped, since other cemeteries soon opened closer to the city. When the track by Waterloo was widened, it moved in 1902 to a handsome new terminus on Westminster Bridge Road, with its own chapel of rest.",
      "On the night of 16 April 1941 German bombs wrecked the station and the trains. The company decided not to rebuild, and the railway to the dead never ran again. The office block on Westminster Bridge Road still stands, and the cemetery at Brookwood is now a peaceful woodland.",
      "Among those buried there are soldiers of two world wars, in a military cemetery of its own, and the painter John Singer Sargent.",
    ]),
  ],
  split_at=("The company built its own station beside the line out of Waterloo, and from November 1854", "a train left for the cemetery each morning"),
  fig=dict(pos="Below", text="Mourners on the platform at Brookwood’s south station, about 1905.", credit="Courtesy of the Surrey Heath Photographic Archive, SHPA 1905.14"),
  pullquote="A single ticket for the coffin; a return for the mourner.",
  sidebar_title="A Different Kind of Ticket",
  sidebar=[
    "Coffin tickets were printed like any other railway ticket, with the class and the date of travel. Collectors prize the few that survive.",
    "Mourners bought ordinary return tickets, and rumour has it that golfers sometimes travelled on them to reach a course near the cemetery.",
  ],
  timeline=[("1852", "The Necropolis Company founded by Act of Parliament"), ("1854", "Brookwood Cemetery and the funeral line open"), ("1902", "New terminus on Westminster Bridge Road"), ("1941", "Station bombed; service ends")],
  note="Figures are from the company’s annual reports, which survive only in part.",
)
