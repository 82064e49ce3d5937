# Source list for ask_v22.jsonl. Each answerable item gives the citation as
# (first words of the sentence, last words of the sentence); build.py copies the
# exact sentence out of the document text between those two markers.
# Fields: question, answer, alternatives, document, (start, end), kind

A = [
# ---------------- seed (museum exhibit, Roosevelt and Stalin) ----------------
("How many troops did Russia lose in battle during the war?",
 "8.7 million", ["some 8.7 million soldiers", "8.7 million soldiers"], "seed",
 ("The Soviets lost some 8.7 million", "brutal Eastern Front."), "how many/how much"),
("How did Roosevelt describe the Soviet government back in 1940?",
 "a dictatorship as absolute as any other dictatorship in the world", [], "seed",
 ("FDR understood that Stalin was an oppressive", "dictatorship in the world.”"), "how"),
("Which four countries did FDR count as his 'Four Policemen'?",
 "the United States, the United Kingdom, China, and the USSR", [], "seed",
 ("The president believed the future of the world", "China, and the USSR."), "which"),
("Who was FDR writing to when he bragged he could handle Stalin better than the Foreign Office?",
 "Winston Churchill", ["British prime minister Winston Churchill", "Churchill"], "seed",
 ("Given his faith in personal diplomacy", "meet directly with Stalin."), "who"),
("What was the 1933 deal that reopened relations between Washington and Moscow called?",
 "the Roosevelt-Litvinov Agreement", ["Roosevelt-Litvinov Agreement"], "seed",
 ("Indeed, the resulting accord", "Roosevelt-Litvinov Agreement."), "what"),
("Why were American companies keen on normal ties with the Russians during the Depression?",
 "to open Soviet markets to American goods", ["anxious to open Soviet markets to American goods"], "seed",
 ("For the pragmatic FDR, the normalization", "might even give pause to Adolf Hitler in Europe."), "why"),
("what were americans living in the soviet union promised under the roosevelt litvinov deal",
 "religious freedom", ["to grant religious freedom to American citizens living in the Soviet Union"], "seed",
 ("Under its terms, the Soviet Union pledged", "living in the Soviet Union."), "what"),
("What did Stalin do in the mid-thirties that horrified Americans and made relations worse?",
 "great murderous purges of dissenters",
 ["Joseph Stalin’s initiation in the mid-1930s of great murderous purges of dissenters", "purges of dissenters"], "seed",
 ("Joseph Stalin’s initiation in the mid-1930s", "further deterioration in relations."), "what"),
("How many tanks did Hitler throw at Russia in 1941?",
 "3,600", ["3,600 tanks"], "seed",
 ("Code-named Operation Barbarossa", "largest military assault in European history."), "how many/how much"),
("Which ideologies did Roosevelt think were more dangerous than Soviet communism?",
 "Nazism and Japanese militarism", ["the adherents of Nazism and Japanese militarism"], "seed",
 ("Though concerned about the zealous rhetoric", "as far more dangerous."), "which"),
("What was the point of invading North Africa in 1942?",
 "keeping his promise to Stalin that he would open a diverting “second front” against Germany",
 ["to relieve the embattled Russians", "keeping his promise to Stalin"], "seed",
 ("This concern likewise contributed", "to relieve the embattled Russians."), "why"),
("Why did Churchill get nervous about Roosevelt wanting to meet Stalin on his own?",
 "the rise of Soviet and American power would diminish Britain’s role in the war and in the peace that followed",
 ["feared that the rise of Soviet and American power would diminish Britain’s role in the war and in the peace that followed",
  "the rise of Soviet and American power would diminish Britain’s role"], "seed",
 ("FDR’s desire to meet Stalin on his own terms", "in the peace that followed."), "why"),
("Through which country did American truck convoys haul goods to Russia?",
 "Iran", ["a supply route through Iran"], "seed",
 ("A U.S. Army truck convoy prepares", "through Iran, March 1943."), "which"),
("In what building did Stalin call on Roosevelt at Yalta?",
 "the Livadia Palace", ["Livadia Palace", "the Livadia Palace in Yalta"], "seed",
 ("Joseph Stalin calls on Franklin D. Roosevelt", "February 2, 1945."), "where"),
("How soon after Germany was beaten did Stalin say he'd fight Japan?",
 "within three months of Germany’s defeat", ["three months", "within three months"], "seed",
 ("He also won Stalin’s promise", "within three months of Germany’s defeat."), "when"),
("How do Russians remember FDR today?",
 "as one of their nation’s true heroes and greatest friends", ["one of their nation’s true heroes and greatest friends"], "seed",
 ("But his willingness to reach out to Stalin", "true heroes and greatest friends."), "how"),

# ---------------- Philippine-American War ----------------
("Who was the leader of the Philippine rebels?",
 "Emilio Aguinaldo", ["Aguinaldo"], "1899-1913-war",
 ("On February 4, 1899, just two days", "a change in colonial rulers."), "who"),
("when did the philippines get its independence",
 "1946", ["in 1946"], "1899-1913-war",
 ("The archipelago became an autonomous commonwealth", "granted independence in 1946."), "when"),

# ---------------- Chinese Revolution of 1949 ----------------
("Where did Chiang Kai-shek's army retreat to after loosing the mainland?",
 "Taiwan", ["to Taiwan"], "1945-1952-chinese-rev",
 ("In October of 1949, after a string of military victories", "to retake the mainland."), "where"),
("Which American general tried to make peace between Mao and Chiang?",
 "George Marshall", ["U.S. General George Marshall"], "1945-1952-chinese-rev",
 ("The truce was tenuous, however", "fighting an all-out civil war."), "who"),

# ---------------- Immigration and Nationality Act 1952 ----------------
("How many visas a year did each Asian country get under the 1952 law?",
 "100 visas", ["a minimum quota of 100 visas each year", "100"], "1945-1952-immigration-act",
 ("The law repealed the last of the existing measures", "naturalized American citizens."), "how many/how much"),
("Which New York congressman pushed to loosen the immigration rules?",
 "Emanuel Celler", ["Democrat Congressman from New York Emanuel Celler"], "1945-1952-immigration-act",
 ("The former group, led by individuals like", "liberalization of immigration laws."), "who"),

# ---------------- Torrijos-Carter ----------------
("Which Hollywood star backed the canal talks?",
 "John Wayne", ["Actor John Wayne"], "1977-1980-panama-canal",
 ("Actor John Wayne, both a conservative", "also endorsed the negotiations."), "who"),

# ---------------- Treaty of Paris 1783 ----------------
("Why was Benjamin West's picture of the peace negotiators never finished?",
 "British negotiators chose not to sit for their half of the portrait",
 ["because British negotiators chose not to sit for their half of the portrait"], "1776-1783-treaty",
 ("The sketch remains incomplete because", "its former American colonies."), "why"),

# ---------------- Chinese Revolution of 1911 ----------------
("Where was Sun Yat-sen when the uprising started?",
 "in the United States", ["the United States", "in the United States on a fundraising tour"], "1899-1913-chinese-rev",
 ("Dr. Sun was in the United States", "in its struggle."), "where"),
("When did the last Qing ruler step down?",
 "February of 1912", ["in February of 1912"], "1899-1913-chinese-rev",
 ("With the military position of the Qing weakening", "in February of 1912."), "when"),

# ---------------- Haiti 1915-34 ----------------
("Whom did Washington make Haiti's head of state after the 1915 invasion?",
 "Philippe Sudré Dartiguenave", ["a new pro-American President, Philippe Sudré Dartiguenave"], "1914-1920-haiti",
 ("The U.S. Government also forced the election", "in August 1915."), "who"),

# ---------------- Building the Panama Canal ----------------
("How many people died in the French effort to dig a canal in Panama?",
 "approximately 20,000", ["approximately 20,000 lives", "20,000"], "1899-1913-panama-canal",
 ("Malaria, yellow fever, and other tropical diseases", "the French attempt went bankrupt."), "how many/how much"),
("The man who led the French digging effort had earlier built which famous waterway?",
 "the Suez Canal", ["the Suez Canal in Egypt", "Suez Canal"], "1899-1913-panama-canal",
 ("Led by Ferdinand de Lesseps", "began excavating in 1880."), "what"),

# ---------------- Immigration Act 1924 ----------------
("Which census were the 1924 quotas based on?",
 "the 1890 national census", ["1890"], "1921-1936-immigration-act",
 ("The quota provided immigration visas", "1890 national census."), "which"),
("Why was Tokyo angry about America's 1924 immigration rules?",
 "a violation of the Gentlemen’s Agreement", ["which was a violation of the Gentlemen’s Agreement"], "1921-1936-immigration-act",
 ("Many in Japan were very offended", "Gentlemen’s Agreement."), "why"),

# ---------------- Roosevelt Corollary ----------------
("Which countries did Washington step into, citing the Roosevelt Corollary?",
 "Cuba, Nicaragua, Haiti, and the Dominican Republic", [], "1899-1913-roosevelt-and-monroe-doctrine",
 ("Over the long term the corollary", "the Dominican Republic."), "which"),

# ---------------- Continental Congress ----------------
("Which colony didn't send anyone to the first Continental Congres?",
 "Georgia", [], "1776-1783-continental-congress",
 ("The Congress first met in Philadelphia", "except Georgia."), "which"),
("How did King George react to the Olive Branch Petition?",
 "he refused to receive it", ["refused to receive it"], "1776-1783-continental-congress",
 ("Congress sent the petition to King George III", "refused to receive it."), "how"),

# ---------------- French Revolution ----------------
("Why was Tom Paine imprisoned in Paris?",
 "owing to his British birth", ["his British birth"], "1784-1800-french-rev",
 ("Under foreign invasion, the French Government declared", "owing to his British birth."), "why"),
("Which French secret agent toured the country looking at weak points on the frontier?",
 "Victor Collot", [], "1784-1800-french-rev",
 ("A French spy, Victor Collot", "its western border."), "who"),

# ---------------- Haitian Revolution ----------------
("What was the colony that became Haiti called under French rule?",
 "St. Domingue", [], "1784-1800-haitian-rev",
 ("Prior to its independence, Haiti was", "known as St. Domingue."), "what"),
("In which American harbor did French ships unload people fleeing the fighting in St. Domingue?",
 "Norfolk, Virginia", ["Norfolk"], "1784-1800-haitian-rev",
 ("The French navy deposited the refugees", "Norfolk, Virginia."), "where"),

# ---------------- XYZ Affair ----------------
("Who was agent Y in the XYZ affair?",
 "Pierre Bellamy", [], "1784-1800-xyz",
 ("The U.S. envoys were instead approached", "Lucien Hauteval (Z.)"), "who"),
("Under the 1799 law named after George Logan, what became a crime?",
 "unauthorized diplomatic negotiations", [], "1784-1800-xyz",
 ("The Logan Act criminalized", "diplomatic negotiations."), "what"),

# ---------------- Barbary Wars ----------------
("Who led the American fleet that went after Algiers in 1815?",
 "Commodore Stephen Decatur", ["Stephen Decatur", "Decatur"], "1801-1829-barbary-wars",
 ("The U.S. Navy, greatly increased in size", "to the Mediterranean."), "who"),
("How many vessels were ordered in America's first naval building program?",
 "6", ["the first 6 ships", "6 ships"], "1801-1829-barbary-wars",
 ("In 1794, in response to Algerian seizures", "of the U.S. Navy."), "how many/how much"),

# ---------------- Monroe Doctrine ----------------
("Which British minister wanted America to issue a joint statement with London?",
 "George Canning", ["British Foreign Minister George Canning"], "1801-1829-monroe",
 ("Earlier in 1823 British Foreign Minister", "Central and South America."), "who"),
("What are the three core ideas behind the Monroe Doctrine?",
 "separate spheres of influence for the Americas and Europe, non-colonization, and non-intervention", [], "1801-1829-monroe",
 ("The three main concepts of the doctrine", "autocratic realm of Europe."), "what"),

# ---------------- Rush-Bagot ----------------
("How many warships could each side keep on each of the Great Lakes?",
 "one to two", ["one to two vessels per country on each lake", "one to two vessels"], "1801-1829-rush-bagot",
 ("The agreement limited military navigation", "on each lake."), "how many/how much"),
("Where was the border between Missouri Territory and British North America set in 1818?",
 "at the forty-ninth parallel", ["the forty-ninth parallel"], "1801-1829-rush-bagot",
 ("The Convention of 1818 set the boundary", "at the forty-ninth parallel."), "where"),

# ---------------- Indian treaties ----------------
("Who lost the battle of Horse Shoe Bend?",
 "the Creeks", ["the Creek Indians", "Creeks"], "1830-1860-indian-treaties",
 ("In 1814, Major General Andrew Jackson led", "destroyed their military power."), "who"),
("How many Cherokees died on the trail of tears?",
 "between three and four thousand", [], "1830-1860-indian-treaties",
 ("The best evidence indicates", "“Trail of Tears.”"), "how many/how much"),

# ---------------- Blockade ----------------
("Where did Britain and France turn for cotton once Southern supplies dried up?",
 "Egypt and India", ["in Egypt and India"], "1861-1865-blockade",
 ("Although Confederate leaders were confident", "in Egypt and India."), "where"),

# ---------------- Burlingame-Seward ----------------
("The Burlingame treaty built on which earlier agreement with China?",
 "the Treaty of Tianjin of 1858", ["Treaty of Tianjin"], "1866-1898-burlingame-seward-treaty",
 ("China and the United States concluded", "the Treaty of Tianjin of 1858."), "which"),

# ---------------- Chinese Exclusion ----------------
("Why did Hayes reject the 1879 bill limiting Chinese passengers on each ship?",
 "because it violated U.S. treaty agreements with China", ["it violated U.S. treaty agreements with China"], "1866-1898-chinese-immigration",
 ("Republican President Rutherford B. Hayes vetoed", "treaty agreements with China."), "why"),
("when was the chinese exclusion act overturned",
 "1943", ["not repealed until 1943"], "1866-1898-chinese-immigration",
 ("The Chinese Exclusion Acts were not repealed", "during World War II."), "when"),

# ---------------- Portsmouth ----------------
("Where were the talks to end the Russo-Japanese War held?",
 "Portsmouth, New Hampshire", ["in Portsmouth, New Hampshire"], "1899-1913-portsmouth-treaty",
 ("The negotiations took place in August", "President Theodore Roosevelt."), "where"),

# ---------------- Paris Peace ----------------
("By how many votes did the Treaty of Versailles fail in the Senate?",
 "seven votes", ["by seven votes", "seven"], "1914-1920-paris-peace",
 ("In a final vote on March 19, 1920", "by seven votes."), "how many/how much"),
("Who was the head of the Reservationists?",
 "Henry Cabot Lodge", ["Senate Foreign Relations Committee Chairman, Henry Cabot Lodge", "Lodge"], "1914-1920-paris-peace",
 ("The opposition came from two groups", "before they would ratify the Treaty."), "who"),

# ---------------- Export-Import Bank ----------------
("Which country's commerce was the original Ex-Im Bank meant to fund?",
 "the newly-recognized Soviet Union", ["Soviet Union"], "1921-1936-export-import-bank",
 ("In February 1934, Roosevelt established the bank", "newly-recognized Soviet Union."), "which"),
("how many countries signed gatt in 1947",
 "23 countries", ["23"], "1921-1936-export-import-bank",
 ("After 1945, the tariff negotiating procedure", "in the post-WWII era."), "how many/how much"),

# ---------------- London Naval Conference ----------------
("What ratio did Japan want for auxilary ships?",
 "10:10:7", [], "1921-1936-london-naval-conf",
 ("As in 1927, Japan insisted", "the 5:5:3 ratio."), "what"),

# ---------------- Protectionism ----------------
("How much did global trade shrink between 1929 and 1934?",
 "some 66%", ["66%"], "1921-1936-protectionism",
 ("Overall, world trade declined", "between 1929 and 1934."), "how many/how much"),

# ---------------- Henry Luce ----------------
("What was the title of Luce's famous 1941 editorial in Life?",
 "The American Century", ["“The American Century,”"], "1937-1945-internationalism",
 ("Luce’s efforts to rally popular", "in February 1941."), "what"),
("When was Time magazine launched?",
 "March 3, 1923", ["on March 3, 1923"], "1937-1945-internationalism",
 ("Luce and a classmate from Yale", "cornerstone of his publishing empire."), "when"),

# ---------------- Mexican oil ----------------
("Who ended up buying most of Mexico's oil after the companies boycotted it?",
 "Nazi Germany", [], "1937-1945-mexican-oil",
 ("Mexican oil exports decreased by 50%", "became Nazi Germany."), "who"),

# ---------------- Pearl Harbor ----------------
("Which American ship did Japanese forces hit while it was getting people out of Nanjing?",
 "the U.S.S. Panay", ["U.S.S. Panay", "Panay"], "1937-1945-pearl-harbor",
 ("Tensions with Japan rose when", "killing three."), "which"),

# ---------------- Potsdam ----------------
("Who took Churchill's place at Potsdam partway through?",
 "Clement Attlee", ["Prime Minister Clement Attlee"], "1937-1945-potsdam-conf",
 ("The Big Three—Soviet leader Joseph Stalin", "to negotiate terms for the end of World War II."), "who"),
("What did the Potsdam Declaration warn would happen to Japan if it kept fighting?",
 "prompt and utter destruction", ["“prompt and utter destruction”"], "1937-1945-potsdam-conf",
 ("Furthermore, the United States, Great Britain, and China released", "to declare war on Japan)."), "what"),

# ---------------- US-Soviet alliance ----------------
("What did Roosevelt say he'd be willing to do to beat the Nazis?",
 "would hold hands with the devil", ["“would hold hands with the devil” if necessary", "hold hands with the devil"], "1937-1945-us-soviet",
 ("In order to defeat that threat", "if necessary."), "what"),
("How long did US military experts expect the Red Army to survive?",
 "six weeks", ["not last more than six weeks"], "1937-1945-us-soviet",
 ("Although the War Department had warned", "to assist the Soviets."), "how many/how much"),

# ---------------- Arab-Israeli war ----------------
("Which four countries' armies marched into Palestine after Israel declared independence?",
 "Lebanon, Syria, Iraq, and Egypt", [], "1945-1952-arab-israeli-war",
 ("This action was followed by the invasion", "Iraq, and Egypt."), "which"),
("What was the name of the Jewish underground militia?",
 "the Haganah", ["Haganah"], "1945-1952-arab-israeli-war",
 ("The Jewish forces were composed of the Haganah", "the Irgun, and LEHI."), "what"),

# ---------------- Creation of Israel ----------------
("Who announced the founding of Israel?",
 "David Ben-Gurion", ["David Ben-Gurion, the head of the Jewish Agency", "Ben-Gurion"], "1945-1952-creation-israel",
 ("On May 14, 1948, David Ben-Gurion", "the State of Israel."), "who"),
("How many refugees did Truman say should be let into Palestine in 1946?",
 "100,000", ["100,000 displaced persons"], "1945-1952-creation-israel",
 ("In May 1946, Truman announced his approval", "creation of a Jewish state."), "how many/how much"),

# ---------------- Bandung ----------------
("Which countries organized the Bandung meeting?",
 "Burma, India, Indonesia, Pakistan and Sri Lanka", [], "1953-1960-bandung-conf",
 ("The governments of Burma, India, Indonesia", "Africa and the Middle East."), "which"),
# ---------------- cause / consequence additions ----------------
("What led to the peasant uprising in Haiti in 1919?",
 "racial segregation, press censorship and forced labor",
 ["Some of the Gendarmerie’s more unpopular policies", "the Gendarmerie’s more unpopular policies"], "1914-1920-haiti",
 ("Some of the Gendarmerie’s more unpopular policies", "from 1919 to 1920."), "what"),
("What set off the 1964 riot in the Canal Zone?",
 "the right to fly the Panamanian flag in the Canal Zone", ["the right to fly the Panamanian flag"], "1977-1980-panama-canal",
 ("In 1964, a riot between U.S. residents", "between the two countries."), "what"),
("What happened in Japan's capital once the Portsmouth deal became public?",
 "a brief outbreak of protests and rioting", ["protests and rioting"], "1899-1913-portsmouth-treaty",
 ("There was a brief outbreak of protests", "were made public."), "what"),
("What pushed Mexico to finally take action against the oil firms?",
 "A strike by oil workers in 1937", ["A strike by oil workers"], "1937-1945-mexican-oil",
 ("A strike by oil workers in 1937", "Government to act."), "what"),
("How did Berlin react when America entered the war against Tokyo?",
 "declared war on the United States", ["stood by its ally and declared war on the United States"], "1937-1945-pearl-harbor",
 ("When Germany stood by its ally", "in both Europe and Asia."), "how"),
("What incident caused the Trent Affair?",
 "the arrest of Confederate commissioners", [], "1861-1865-blockade",
 ("The most important of these was the arrest", "one month later."), "what"),
("What unintended effect did the 1922 tariff have on Europe's war debts?",
 "it made it more difficult for European nations to export to the United States and so earn dollars to service their war debts",
 ["more difficult for European nations to export to the United States"], "1921-1936-protectionism",
 ("One unintended consequence of the Fordney-McCumber tariff", "service their war debts."), "what"),
("What good side effect did the navy's cruiser construction after 1930 have at home?",
 "helped to alleviate some unemployment caused by the Great Depression",
 ["alleviate some unemployment caused by the Great Depression"], "1921-1936-london-naval-conf",
 ("That building ultimately helped", "caused by the Great Depression."), "what"),
]

U = [
"Who headed the Japanese delegation at the Portsmouth peace talks?",
"What is the name of the sea battle where Japan wrecked the Russian fleet that had sailed from the Baltic?",
"How many Americans were killed in the attack on Pearl Harbor?",
"Who was the American ambassador in Mexico when Cárdenas seized the oil companies?",
"How big a bribe did Talleyrand's go-betweens ask the American envoys for?",
"How long is the Panama Canal from one ocean to the other?",
"How many workers died building the canal after the Americans took over?",
"What happened to Aguinaldo after the Americans captured him?",
"Who was Indonesia's president when Bandung hosted the Asian-African Conference?",
"How many people died in the 1964 flag riots in Panama?",
"How many Marines did Wilson send into Haiti in 1915?",
"Who was the captain of the USS Panay when the Japanese bombed it?",
"Who wrote the Olive Branch Petition?",
"By what vote did Congress override Truman's veto of the McCarran-Walter Act?",
"Which Cherokee chief signed the Treaty of New Echota?",
"How much ransom did the US pay Tripoli to free the American prisoners in 1805?",
"How much did the United States eventually pay Colombia for losing Panama?",
"How many Palestinian Arabs fled their homes during the 1948 war?",
"How many Chinese laborers worked on the transcontinental railroad?",
"What illness was FDR suffering from at the Yalta Conference?",
]
