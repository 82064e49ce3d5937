# Builds ask_v53.jsonl from the hand-written items below (shuffled with a fixed seed).
import json, random
M = "000_beabee21081aa6a0"
A = []  # (question, answer, alternatives, document, citation, kind, tags)
def q(question, answer, alts, doc, cit, kind, tags=""):
    A.append(dict(question=question, answer=answer, alternatives=alts, document=doc, citation=cit, kind=kind, tags=tags))

# ---------------- museum exhibit (16) ----------------
q("Roughly how many Red Army soldiers were killed in combat against Germany?", "8.7 million", ["some 8.7 million soldiers", "8.7 million soldiers"], M,
  "The Soviets lost some 8.7 million soldiers on the battlefield; millions of civilians also perished on the brutal Eastern Front.", "how many/how much", "number")
q("Which four countries did Roosevelt count on to keep order in the world after the war?", "the United States, the United Kingdom, China, and the USSR", ["the Four Policemen"], M,
  "The president believed the future of the world depended to a large extent on the cooperation of what he called “the Four Policemen”—the United States, the United Kingdom, China, and the USSR.", "which", "list")
q("What did FDR tell Churchill in 1942 about dealing with Stalin himself?", "I think I can personally handle Stalin better than your Foreign Office or my State Department", [], M,
  "Given his faith in personal diplomacy—“I think I can personally handle Stalin better than your Foreign Office or my State Department,” he wrote British prime minister Winston Churchill in 1942—FDR was most anxious to meet directly with Stalin.", "what", "quote")
q("By whom was the 1933 accord restoring U.S.-Soviet relations signed?", "FDR and Maxim Litvinov", ["FDR and Maxim Litvinov, the Soviet foreign minister"], M,
  "Indeed, the resulting accord, signed by FDR and Maxim Litvinov, the Soviet foreign minister, at the White House in November 1933, became known as the Roosevelt-Litvinov Agreement.", "who", "passive")
q("After the Bolshevik revolution, which American president broke off diplomatic ties with Russia?", "Wilson", [], M,
  "Wilson had severed diplomatic relations with Russia in the aftermath of the revolution that saw the communists rise to power and establish a government that seized American property, refused to honor debts owed to the United States under the former czarist regime, and concluded a separate peace with Germany in the final months of World War I.", "who", "context")
q("How much help in dollars did the Soviets get through Lend-Lease?", "more than $11 billion", ["$11 billion", "more than $11 billion in war supplies"], M,
  "Over the next three and a half years, the United States would provide the Soviets with more than $11 billion in war supplies.", "how many/how much", "number")
q("Once Hitler had invaded Russia, whom did Roosevelt dispatch to Moscow to size things up?", "Harry Hopkins", ["his trusted confidant Harry Hopkins"], M,
  "He then sent his trusted confidant Harry Hopkins to Moscow to assess the situation and meet with Joseph Stalin.", "who", "context")
q("How near to the Soviet capital did the Wehrmacht get in 1941?", "within fifteen miles of Moscow", ["fifteen miles"], M,
  "This was especially true in the first year of the conflict, when German forces drove deep into Russia, coming within fifteen miles of Moscow by December 1941.", "how many/how much", "number")
q("What did Roosevelt proclaim at Casablanca?", "that the Allies would accept no peace without “unconditional surrender” by the Axis", ["unconditional surrender"], M,
  "FDR further bound the Soviets to the Allied coalition by announcing in January 1943 at the Casablanca Conference that the Allies would accept no peace without “unconditional surrender” by the Axis; the Soviets would not be left to fight on alone.", "what", "event")
q("Why did the Americans land in North Africa in 1942?", "keeping his promise to Stalin that he would open a diverting “second front” against Germany to relieve the embattled Russians", ["to relieve the embattled Russians"], M,
  "This concern likewise contributed to FDR’s decision to invade North Africa in 1942, keeping his promise to Stalin that he would open a diverting “second front” against Germany to relieve the embattled Russians.", "why", "")
q("Who was unsettled by Roosevelt's wish to deal with Stalin one on one?", "Churchill", [], M,
  "FDR’s desire to meet Stalin on his own terms unnerved Churchill, who feared that the rise of Soviet and American power would diminish Britain’s role in the war and in the peace that followed.", "who", "")
q("Where did the Soviet leader call on the American president upon reaching Yalta?", "the Livadia Palace", ["Livadia Palace"], M,
  "Joseph Stalin calls on Franklin D. Roosevelt upon arriving at the Livadia Palace in Yalta, site of the wartime conference of Allied leaders, February 2, 1945.", "where", "place")
q("What did FDR regard as his biggest success at the Yalta meeting?", "bringing the Soviet Union into the United Nations largely on his own terms", [], M,
  "He succeeded in bringing the Soviet Union into the United Nations largely on his own terms, a feat he considered the crowning accomplishment of the conference.", "what", "event")
q("Which two declarations came out of Yalta with all three leaders' signatures?", "the Declaration of Liberated Europe and the Declaration on Poland", [], M,
  "In fact, at Yalta all three leaders signed the Declaration of Liberated Europe and the Declaration on Poland, both of which proclaimed the right of all people in lands formerly taken by the Nazis to choose their own form of government and, in the case of the Poles, called for “the holding of free and unfettered elections as soon as possible on the basis of universal suffrage and secret ballot.”", "which", "event list")
q("At the Tehran meeting, what did Roosevelt and Stalin see eye to eye on?", "that Anglo-American forces must open a Western Front against the Germans in 1944", [], M,
  "At the conference, FDR agreed with Stalin that Anglo-American forces must open a Western Front against the Germans in 1944.", "what", "event")
q("when did fdr recognize the ussr", "1933", [], M,
  "It is for this reason that FDR made the decision to recognize the Soviet Union in 1933, and, in the aftermath of Russia’s entry into World War II, to offer Stalin substantial American military and economic aid.", "when", "lower short")

# ---------------- essays ----------------
D = "1899-1913-foreword"
q("By whom was work on the Panama waterway supervised?", "President Theodore Roosevelt", ["Theodore Roosevelt"], D,
  "At the same time, President Theodore Roosevelt oversaw the construction of the Panama Canal, which would have profound economic implications for American trade, and engaged in great power diplomacy in the wake of the Russo-Japanese War.", "who", "passive")
q("Name the add-on to Monroe's doctrine that said America would use its armed forces to keep Europe out of the hemisphere.", "the Roosevelt Corollary", ["Roosevelt Corollary"], D,
  "These policies included the promotion of the “Open Door” policy in China and the attachment of the Roosevelt Corollary to the Monroe Doctrine that formally announced the intention to use military force to defend the Western Hemisphere against European incursions.", "what", "")
D = "1866-1898-blaine"
q("After Garfield was killed, who took over the top job?", "Chester Arthur", [], D,
  "President Garfield’s assassination in July 1881 elevated Chester Arthur to the presidency, and since Arthur belonged to a different wing of the Republican party Blaine’s days in the cabinet were numbered.", "who", "context")
q("What was Blaine's nickname?", "the man from Maine", [], D,
  "James G. Blaine, “the man from Maine,” died in January 1893 at age 63.", "what", "")
D = "1961-1968-pl-480"
q("The 1954 Agricultural Trade Development and Assistance Act was signed into law by which president?", "Dwight D. Eisenhower", ["President Dwight D. Eisenhower"], D,
  "President Dwight D. Eisenhower signed into law the Agricultural Trade Development and Assistance Act of 1954, commonly known as PL–480 or Food for Peace.", "who", "passive")
q("Who did JFK make the boss of the Food for Peace program?", "George McGovern", [], D,
  "Kennedy also appointed George McGovern as his Food for Peace Director—a position located within the Executive Office of the President—and tasked him with supervising and coordinating the functions of the various agencies administering the program, including AID, the Department of State, and the Department of Agriculture.", "who", "looser")
D = "1830-1860-pacific-expansion"
q("What was the name of the pact the Americans made with China in the 1840s?", "the Treaty of Wangxia", ["Treaty of Wangxia"], D,
  "The resulting agreement, the Treaty of Wangxia, was ratified in 1844, and soon thereafter U.S. ministers and consuls took up residence in China’s capital and port cities.", "what", "looser")
q("Why did Commodore Perry sail to Japan in 1853?", "to establish a foothold that would strengthen the U.S. position for trade and diplomacy in the region", [], D,
  "Perhaps most significantly, when Commodore Matthew Perry sailed his ships to Japan in 1853, his primary motivation was to establish a foothold that would strengthen the U.S. position for trade and diplomacy in the region.", "why", "")
D = "1953-1960-berlin-crises"
q("When negotiations collapsed after the U-2 was shot down, what did Khrushchev seem prepared to do?", "wait for the U.S. presidential elections to take place so he could begin anew with the incoming administration", ["wait for the U.S. presidential elections to take place"], D,
  "At that point, talks ceased, and the Soviet premier appeared willing to wait for the U.S. presidential elections to take place so he could begin anew with the incoming administration.", "what", "context")
q("On whose orders was the barbed wire strung between East and West Berlin?", "Walter Ulbricht", ["East German leader Walter Ulbricht"], D,
  "On the morning of August 13, 1961, Berliners awoke to discover that on the orders of East German leader Walter Ulbricht , a barbed wire fence had gone up overnight separating West and East Berlin and preventing movement between the two sides.", "who", "passive")
q("when did the berlin wall come down", "November 9, 1989", [], D,
  "The Berlin Wall remained in place until November 9, 1989, when the border between East and West Berlin was reopened and the wall itself was finally dismantled.", "when", "lower short")
D = "1830-1860-oregon-territory"
q("What was the catchphrase of those who wanted all of Oregon?", "54 degrees 40 minutes or fight", [], D,
  "By 1843, increased American immigration on the Oregon Trail to the Territory made the border issue a burning one in Congress, where jingoists raised the slogan of “54 degrees 40 minutes or fight.”", "what", "")
q("Which island stayed entirely British in the 1846 Oregon compromise?", "Vancouver Island", ["the whole of Vancouver Island"], D,
  "With some minor modifications, which reserved the whole of Vancouver Island to Canada, Great Britain agreed to Polk’s suggestion.", "which", "")
D = "1784-1800-haitian-rev"
q("What was the old colonial name of Haiti?", "St. Domingue", [], D,
  "Prior to its independence, Haiti was a French colony known as St. Domingue.", "what", "")
q("In which U.S. state did the French navy put the refugees from Cap-Français ashore?", "Virginia", ["Norfolk, Virginia"], D,
  "The French navy deposited the refugees in Norfolk, Virginia.", "where", "place")
D = "1776-1783-articles"
q("After New Jersey and Delaware finally signed on, which state was still refusing to ratify the Articles?", "Maryland", [], D,
  "This left Maryland as the last remaining holdout.", "which", "context")
q("By whom was Robert R. Livingston elected Secretary of Foreign Affairs?", "The Continental Congress", ["Continental Congress"], D,
  "The Continental Congress voted on Jan 10, 1781, to establish a Department of Foreign Affairs; on Aug 10 of that year, it elected Robert R. Livingston as Secretary of Foreign Affairs.", "who", "passive")
D = "1945-1952-truman-doctrine"
q("How many dollars did Truman want for Greece and Turkey?", "$400,000,000", ["$400,000,000 worth of aid"], D,
  "Accordingly, in his speech, President Truman requested that Congress provide $400,000,000 worth of aid to both the Greek and Turkish Governments and support the dispatch of American civilian and military personnel and equipment to the region.", "how many/how much", "number")
q("What prompted Truman to go before Congress in March 1947?", "a recent announcement by the British Government that, as of March 31, it would no longer provide military and economic assistance to the Greek Government in its civil war against the Greek Communist Party", ["it would no longer provide military and economic assistance to the Greek Government"], D,
  "The immediate cause for the speech was a recent announcement by the British Government that, as of March 31, it would no longer provide military and economic assistance to the Greek Government in its civil war against the Greek Communist Party.", "why", "")
D = "1937-1945-un"
q("In which city did American, British, Soviet and Chinese delegates draft the UN charter in 1944?", "Washington", ["Dumbarton Oaks in Washington"], D,
  "U.S., British, Soviet, and Chinese representatives met at Dumbarton Oaks in Washington in August and September 1944 to draft the charter of a postwar international organization based on the principle of collective security.", "where", "place")
D = "1866-1898-alaska-purchase"
q("For how much did the United States get Alaska from Russia?", "$7.2 million", [], D,
  "The looming U.S. Civil War delayed the sale, but after the war, Secretary of State William Seward quickly took up a renewed Russian offer and on March 30, 1867, agreed to a proposal from Russian Minister in Washington, Edouard de Stoeckl, to purchase Alaska for $7.2 million.", "how many/how much", "number looser")
q("why did russia offer alaska to the us", "believing the United States would off-set the designs of Russia’s greatest rival in the Pacific, Great Britain", ["the United States would off-set the designs of Russia’s greatest rival in the Pacific, Great Britain"], D,
  "Russia offered to sell Alaska to the United States in 1859, believing the United States would off-set the designs of Russia’s greatest rival in the Pacific, Great Britain.", "why", "lower")
D = "1937-1945-tehran-conf"
q("What was the code name for the cross-Channel landing the Allies settled on at Tehran?", "Operation Overlord", [], D,
  "Roosevelt, Churchill, and Stalin engaged in discussions concerning the terms under which the British and Americans finally committed to launching Operation Overlord, an invasion of northern France, to be executed by May of 1944.", "what", "")
q("What did the Big Three settle at Tehran regarding where Germany would end and Poland begin?", "to move the German-Polish border to the Oder and Neisse rivers", ["the Oder and Neisse rivers"], D,
  "In order to compensate Poland for the resulting loss of territory, the three leaders agreed to move the German-Polish border to the Oder and Neisse rivers.", "what", "event")
D = "1937-1945-internationalism"
q("Which publications did Luce launch?", "Time, Life, and Fortune", [], D,
  "The founder of Time, Life, and Fortune magazines, Luce presented a powerful vision of the United States leading and transforming the world.", "which", "looser list")
q("Where was the founder of Time magazine born?", "China", [], D,
  "Born in China in 1898 to missionary parents, from a young age Henry Luce developed a strong faith in the transformative power of U.S. ideals.", "where", "")
D = "1784-1800-washington-farewell"
q("What did the first president warn about nations that love or hate other nations?", "The nation which indulges toward another an habitual hatred or an habitual fondness is in some degree a slave.", ["is in some degree a slave"], D,
  "In his farewell address, Washington exhorted Americans to set aside their violent likes and dislikes of foreign nations, lest they be controlled by their passions: “The nation which indulges toward another an habitual hatred or an habitual fondness is in some degree a slave.”", "what", "quote")
D = "1953-1960-bandung-conf"
q("By which five governments was the Bandung Conference sponsored?", "Burma, India, Indonesia, Pakistan and Sri Lanka", [], D,
  "The governments of Burma, India, Indonesia, Pakistan and Sri Lanka co-sponsored the Bandung Conference, and they brought together an additional twenty-four nations from Asia, Africa and the Middle East.", "which", "passive list")
q("Which country was host to the Asia-Africa summit of 1955?", "Indonesia", [], D,
  "In April, 1955, representatives from twenty-nine governments of Asian and African nations gathered in Bandung, Indonesia to discuss peace and the role of the Third World in the Cold War, economic development, and decolonization.", "where", "place")
D = "1953-1960-suez"
q("By whom was the takeover of the Suez Canal Company announced in July 1956?", "Gamal Abdel Nasser", ["Egyptian President Gamal Abdel Nasser"], D,
  "On July 26, 1956, Egyptian President Gamal Abdel Nasser announced the nationalization of the Suez Canal Company, the joint British-French enterprise which had owned and operated the Suez Canal since its construction in 1869.", "who", "passive")
q("What new U.S. policy for the Middle East came out of the Suez crisis?", "the Eisenhower Doctrine", ["Eisenhower Doctrine"], D,
  "Concurrently, U.S. worries about the continued viability of European (particularly British) political and military power in the Middle East in the aftermath of the Suez Crisis prompted the creation of the Eisenhower Doctrine, which gave the administration increased power to aid countries in the region.", "what", "event")
D = "1830-1860-liberia"
q("Which president is Liberia's capitol, Monrovia, named after?", "President James Monroe", ["James Monroe"], D,
  "In that same year, the settlement was named Liberia and its capital Monrovia, in honor of President James Monroe who had procured more U.S. Government money for the project.", "who", "misspelt")
q("Which Navy man forced a tribal chief to hand over territory to the colonists?", "Lieutenant Robert Stockton", ["Robert Stockton"], D,
  "This time, the Navy officer in charge, Lieutenant Robert Stockton, coerced a local ruler to sell a strip of land to the Society.", "who", "")
D = "1953-1960-sputnik"
q("How much did Sputnik weigh?", "184 pounds", [], D,
  "At 184 pounds, the Russian satellite was much heavier than anything the United States was developing at the time, and its successful launch was quickly followed by the launch of two additional satellites, including one that carried a dog into space.", "how many/how much", "number")
q("Who lost the 1960 presidential race that was fought partly over the missile gap?", "Richard Nixon", ["Eisenhower’s vice president, Richard Nixon"], D,
  "Eventually, lawmakers and political campaigners in the United States successfully exploited the fear of a “missile gap” developing between U.S. and Soviet nuclear arsenals in the 1960 presidential election, which brought John F. Kennedy to power over Eisenhower’s vice president, Richard Nixon.", "who", "converse")
D = "1776-1783-model-treaty"
q("When did Congress aprove the Model Treaty?", "September 17, 1776", [], D,
  "Congress approved the treaty on September 17, 1776.", "when", "misspelt")
q("Which agreement brought the undeclared Quasi-War with France to an end?", "the Convention of 1800", ["Convention of 1800"], D,
  "The treaty also served as a model for future trade compacts, especially the Convention of 1800 between France and the United States that terminated the undeclared Quasi-War with France and restored peace between the two countries.", "which", "looser")
D = "1921-1936-foreword"
q("what held america back from acting against fascism in the 1930s", "the Great Depression", ["Great Depression"], D,
  "During the 1930s, the rise of fascism as a threat to international peace sparked concern in the United States, but the Great Depression curtailed U.S. willingness to act.", "what", "lower")
D = "1866-1898-commodore-shufeldt"
q("What did Liberia gain as a result of Shufeldt's arbitration of its dispute with Sierra Leone?", "the lands east of the Sugaree River", [], D,
  "Shufeldt successfully arbitrated the boundary dispute with Sierra Leone, and the lands east of the Sugaree River were awarded to Liberia.", "what", "event")
q("Anjouan, where Shufeldt signed a trade treaty with a sultan, belongs to which modern country?", "Comoros", ["the present-day Comoros"], D,
  "Rounding the Cape of Good Hope, Shufeldt then sailed up the eastern coast of Africa, stopping at Madagascar, and then heading to the island of Anjouan (also known as Johanna or Nzwane) in the present-day Comoros, where he successfully negotiated a commercial treaty with its ruler, Sultan Abdallah, on October 4, 1879.", "where", "place")
D = "1945-1952-korean-war"
q("By whom was the Treaty of San Francisco mainly negotiated?", "John Foster Dulles", [], D,
  "Negotiated primarily by John Foster Dulles in 1950 and 1951, the Treaty of San Francisco ended the state of war between Japan and 47 of the Allies (most nations allied with the Soviet Union refused to sign), concluded the American Occupation, and excused the Japanese from reparations for the war.", "who", "passive")
q("Where was Korea split?", "at the 38th parallel", ["the 38th parallel", "38th parallel"], D,
  "During World War II the United States and the Soviet Union agreed to temporarily divide Korea at the 38th parallel in order to oversee the removal of Japanese forces.", "where", "short")
D = "1993-2000-evolution-of-nato"
q("Which three former Warsaw Pact states did NATO ask to become members in 1997?", "the Czech Republic, Poland, and Hungary", [], D,
  "With Russia’s concerns somewhat mollified, NATO invited the Czech Republic, Poland, and Hungary to join the Alliance, projecting an accession date in 1999.", "which", "list")
q("What did the Alliance create at its 1994 meeting in Belgium to work with non-members?", "the Partnership for Peace (PfP)", ["Partnership for Peace", "the Partnership for Peace"], D,
  "Most significantly, the Brussels Summit addressed the issue of enlargement—reconfirming that the Alliance remained open to NATO expansion, and establishing the Partnership for Peace (PfP) to strengthen practical working relations between the Alliance and participating nations from across the CSCE.", "what", "event")
D = "1866-1898-spanish-american-war"
q("How did Hay sum up the fighting with Spain?", "splendid little war", ["a “splendid little war.”"], D,
  "The future Secretary of State John Hay described the ensuing conflict as a “splendid little war.”", "how", "")
q("Who was beaten in the opening battle of the war at Manila Bay?", "the Spanish naval force defending the Philippines", ["the Spanish naval force"], D,
  "The first battle was fought on May 1, in Manila Bay, where Commodore George Dewey’s Asiatic Squadron defeated the Spanish naval force defending the Philippines.", "who", "converse")
D = "1861-1865-confederacy"
q("How did the British react when the Union blockaded Southern ports?", "with a proclamation of neutrality", [], D,
  "In May, Britain responded to the blockade with a proclamation of neutrality, which the other European powers followed.", "how", "")
q("What did Lord John Russel say about belligerent rights?", "The question of belligerent rights is one, not of principle, but of fact.", ["not of principle, but of fact"], D,
  "The Union was greatly angered by European recognition of Southern belligerency, fearing that is was a first step toward diplomatic recognition, but as British Foreign Secretary Lord John Russell said, “The question of belligerent rights is one, not of principle, but of fact.”", "what", "quote misspelt")
D = "1899-1913-war"
q("Who led the Filipinos who fought the Americans?", "Emilio Aguinaldo", [], D,
  "On February 4, 1899, just two days before the U.S. Senate ratified the treaty, fighting broke out between American forces and Filipino nationalists led by Emilio Aguinaldo who sought independence rather than a change in colonial rulers.", "who", "")
q("While the fighting was still going on, what did people call the campaign Taft's colonial government launched to win Filipinos over?", "policy of attraction", ["the “policy of attraction.”"], D,
  "Even as the fighting went on, the colonial government that the United States established in the Philippines in 1900 under future President William Howard Taft launched a pacification campaign that became known as the “policy of attraction.”", "what", "context")
D = "1945-1952-national-security-act"
q("Which two old departments were folded together by the 1947 law?", "The War Department and Navy Department", ["War Department and Navy Department"], D,
  "The War Department and Navy Department merged into a single Department of Defense under the Secretary of Defense, who also directed the newly created Department of the Air Force.", "which", "list")
q("Who was the boss of the NSC staff under Nixon?", "Henry A. Kissinger", [], D,
  "Under President Richard M. Nixon, the NSC staff, then headed by Henry A. Kissinger, was transformed from a coordinating body into an organization that actively engaged in negotiations with foreign leaders and implementing the President’s decisions.", "who", "looser")
D = "1969-1976-helsinki"
q("How many governments put their signature on the Helsinki accords?", "35 nations", ["35"], D,
  "The Helsinki Final Act was an agreement signed by 35 nations that concluded the Conference on Security and Cooperation in Europe, held in Helsinki, Finland.", "how many/how much", "number")
q("Which was the only nation in Europe that didn't sign at Helsinki?", "Albania", [], D,
  "Every European country except Albania signed the Act, in addition to the United States and Canada.", "which", "")
D = "1989-1992-foreword"
q("What decoration did George H.W. Bush win as a Navy flier?", "a Distinguished Flying Cross", ["Distinguished Flying Cross"], D,
  "He later served as a torpedo bomber pilot, earning a Distinguished Flying Cross; he was the last veteran of World War II to serve as president.", "what", "")
q("Who became George H.W. Bush's top diplomat?", "James A. Baker", ["his best friend, James A. Baker"], D,
  "Bush appointed as Secretary of State his best friend, James A. Baker, who in turn chose career foreign service officer Lawrence Eagleburger as his deputy.", "who", "")
D = "1921-1936-good-neighbor"
q("What did FDR say about the good neighbor in his 1933 inaugural address?", "In the field of world policy I would dedicate this nation to the policy of the good neighbor—the neighbor who resolutely respects himself and, because he does so, respects the rights of others.", ["the neighbor who resolutely respects himself and, because he does so, respects the rights of others"], D,
  "In his inaugural address on March 4, 1933, Roosevelt stated: “In the field of world policy I would dedicate this nation to the policy of the good neighbor—the neighbor who resolutely respects himself and, because he does so, respects the rights of others.”", "what", "quote")
q("What principle did Cordell Hull endorse at the Montevideo Conference?", "No state has the right to intervene in the internal or external affairs of another", [], D,
  "Roosevelt’s Secretary of State, Cordell Hull, participated in the Montevideo Conference of December 1933, where he backed a declaration favored by most nations of the Western Hemisphere: “No state has the right to intervene in the internal or external affairs of another”.", "what", "event")
D = "1750-1775-parliamentary-taxation"
q("Where did the fighting of the Revolution first break out?", "at Lexington and Concord", ["Lexington and Concord"], D,
  "The opportunity for peaceful negotiation came to an end, and the war for American Independence began on April 19, 1775 when British troops and American colonists clashed at Lexington and Concord.", "where", "looser")
q("After news of the Tea Party reached London, what was done to Boston's harbor?", "the closure of the port of Boston until the East India Company was compensated for the destroyed tea", ["ordered the closure of the port of Boston"], D,
  "The British Government ordered the closure of the port of Boston until the East India Company was compensated for the destroyed tea.", "what", "context")
D = "1977-1980-north-south-dialogue"
q("How big had UN membership grown by the end of the seventies?", "150", [], D,
  "Membership in the United Nations had risen from 51 countries in 1945 to 100 in 1960 and 150 by 1979.", "how many/how much", "number")
D = "1993-2000-foreword"
q("On what date did Clinton deliver his second State of the Union speech?", "Tuesday, Jan. 24, 1995", ["Jan. 24, 1995"], D,
  "President Bill Clinton during his second State of the Union address on Tuesday, Jan. 24, 1995.", "when", "")
D = "1776-1783-secret-committee"
q("As its diplomatic work grew in 1777, what new name did Congress give the committee?", "the Committee for Foreign Affairs", ["Committee for Foreign Affairs"], D,
  "The Committee's diplomatic duties grew, and Congress renamed it the Committee for Foreign Affairs on April 17, 1777.", "what", "context")
q("Who was the mysterious Frenchman who turned up in Philadelphia in late 1775?", "Achard de Bonvouloir", [], D,
  "In late 1775, a mysterious French traveler named Achard de Bonvouloir appeared in Philadelphia.", "who", "")

# ---------------- unanswerable (20) ----------------
U = []
def u(question, searched, fp=False):
    U.append(dict(question=question, searched=searched, fp=fp))
u("What was the name of the dog that the Soviets sent into space after Sputnik-1?", "Laika; \\bdog\\b (only 'carried a dog into space', no name)")
u("Who was the chief designer behind the Sputnik satellite?", "Korolev; designer; engineer; Sputnik.{0,300}(built|design|team)")
u("How much did the Berlin Airlift cost the United States?", "airlift+cost; airlift+$ (none)")
u("How many people were killed trying to get over the Berlin Wall?", "Wall near killed/died/shot/deaths; Berlin Wall (11 hits, none with a toll)")
u("At which Egyptian port did the British and French troops come ashore in 1956?", "Port Said; paratroop; Suez (23 hits); 'landed troops' has no place")
u("Why did the Senate vote down the treaty that ended the Spanish-American War?", "Treaty of Paris near reject/defeat; essay says the Senate ratified it by one vote", True)
u("What did Roosevelt and Stalin agree about German reparations at the Potsdam Conference?", "Potsdam (20 hits): Truman, not Roosevelt, attended", True)
u("Why did Canada refuse to sign the Helsinki Final Act?", "Canada near Helsinki: Canada signed", True)
u("Why did Woodrow Wilson recognize the Bolshevik government in 1918?", "Wilson near recogni: Wilson withheld/severed recognition", True)
u("How much did the United States pay Britain for the Oregon Territory?", "Oregon near $ (none); settled by treaty, no payment", True)
u("What did Roosevelt and Stalin decide at their 1944 summit in Moscow?", "Moscow near 1944 (none); exhibit says they met only twice, at Tehran and Yalta", True)
u("How many copies did the first issue of Time magazine sell?", "copies; circulation; subscri; Luce (19 hits)")
u("What job did George McGovern have before Kennedy made him Food for Peace Director?", "McGovern (2 hits, both about the appointment)")
u("What illness made Blaine step down as Secretary of State in 1892?", "Blaine near illness/disease/sick/health (none; only 'deteriorating health')")
u("How many of the 1820 settlers died of malaria on Scherbo Island?", "Scherbo|Sherbro (2 hits; 'many died', no number)")
u("What was the name of the ship that took the first free black settlers to Africa in 1820?", "Elizabeth; ship near Liberia (none)")
u("How many tons of food were shipped abroad under Food for Peace in the 1960s?", "tons near Food for Peace/PL-480 (none)")
u("Who commanded the Soviet tanks at the Berlin checkpoint standoff in 1961?", "Konev; Checkpoint Charlie; checkpoint (4 hits, no commander)")
u("Who was the first U.S. minister sent to Liberia after Washington recognized it in 1862?", "minister to Liberia; Liberia near minister/envoy/commissioner (none)")
u("How did Stalin react when he heard that Roosevelt had died?", "Roosevelt near death/died; Stalin near grief/mourn/condolence/news of")

items = []
for a in A:
    items.append(dict(question=a["question"], answer=a["answer"], alternatives=a["alternatives"], document=a["document"], citation=a["citation"], kind=a["kind"], _tags=a["tags"]))
for x in U:
    items.append(dict(question=x["question"], answer=None, alternatives=[], document=None, citation=None, kind="unanswerable", _tags="falsepremise" if x["fp"] else "", _searched=x["searched"]))
random.Random(53).shuffle(items)
with open("/work/heldout/r52/ask53/ask_v53.jsonl", "w") as f:
    tags = {}
    for i, it in enumerate(items, 1):
        qid = "q%03d" % i
        tags[qid] = {"tags": it.pop("_tags"), "searched": it.pop("_searched", None)}
        rec = {"id": qid, **it}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    # (tags/searched notes were written out once and folded into README.md)
print(len(A), len(U))
