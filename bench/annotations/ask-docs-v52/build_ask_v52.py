"""Build ask_v52.jsonl (held-out round 51). Questions written by hand; citations copied verbatim from ask_texts.json."""
import json, random
F = "000_beabee21081aa6a0"
Q = []
def a(q, ans, alts, doc, cit, kind, tags=""):
    Q.append(dict(question=q, answer=ans, alternatives=alts, document=doc, citation=cit, kind=kind, _tags=tags))
def u(q, tags=""):
    Q.append(dict(question=q, answer=None, alternatives=[], document=None, citation=None, kind="unanswerable", _tags=tags))

# ---------------- Roosevelt & Stalin exhibit (16) ----------------
a("What did Roosevelt call the four nations he counted on to keep order after the war?", "the Four Policemen", ["Four Policemen"], F,
  "The president believed the future of the world depended to a large extent on the cooperation of what he called “the Four Policemen”—the United States, the United Kingdom, China, and the USSR.", "what", "called")
a("How many Red Army men were killed in combat?", "8.7 million", ["some 8.7 million soldiers", "8.7 million soldiers"], F,
  "The Soviets lost some 8.7 million soldiers on the battlefield; millions of civilians also perished on the brutal Eastern Front.", "how many/how much", "")
a("What name was given to the 1933 accord that restored US–Soviet diplomatic ties?", "the Roosevelt-Litvinov Agreement", ["Roosevelt-Litvinov Agreement"], F,
  "Indeed, the resulting accord, signed by FDR and Maxim Litvinov, the Soviet foreign minister, at the White House in November 1933, became known as the Roosevelt-Litvinov Agreement.", "what", "called,abbrev")
a("What was the British prime minister afraid would happen if FDR dealt with Stalin one-on-one?", "the rise of Soviet and American power would diminish Britain’s role in the war and in the peace that followed", ["diminish Britain’s role in the war and in the peace that followed"], F,
  "FDR’s desire to meet Stalin on his own terms unnerved Churchill, who feared that the rise of Soviet and American power would diminish Britain’s role in the war and in the peace that followed.", "what", "role,abbrev")
a("What was the codename for Hitler's 1941 atack on Russia?", "Operation Barbarossa", ["Barbarossa"], F,
  "Code-named Operation Barbarossa, the surprise attack, which involved more than 3.5 million men, 3,600 tanks, and 2,700 aircraft, was the largest military assault in European history.", "what", "called,misspelt")
a("How much did the US send the USSR in war materiel under Lend-Lease?", "more than $11 billion", ["$11 billion"], F,
  "Over the next three and a half years, the United States would provide the Soviets with more than $11 billion in war supplies.", "how many/how much", "abbrev")
a("Was the final meeting between Roosevelt and Stalin at Tehran or at Yalta?", "Yalta", ["the seaside Ukrainian city of Yalta"], F,
  "Little more than a year after the Tehran Conference, in the seaside Ukrainian city of Yalta, Franklin D. Roosevelt and Joseph Stalin met for the second and last time.", "where", "either-or")
a("By what means did FDR hope to tame the Soviet dictator's behaviour after the war?", "through the United Nations and later U.S. policies", ["the United Nations"], F,
  "He had hoped that after the war, Stalin’s behavior might be modified through the United Nations and later U.S. policies.", "how", "means,role,abbrev")
a("Who went to Moscow in 1941 as the president's personal envoy to Stalin?", "Harry Hopkins", ["his close advisor Harry Hopkins"], F,
  "Thus, in the summer of 1941, FDR sent his close advisor Harry Hopkins to Moscow to meet with Stalin, not in any official capacity but as his personal representative.", "who", "")
a("What pledge to the Soviet leader was FDR honouring when he landed troops in North Africa in 1942?", "that he would open a diverting “second front” against Germany to relieve the embattled Russians", ["open a diverting “second front” against Germany"], F,
  "This concern likewise contributed to FDR’s decision to invade North Africa in 1942, keeping his promise to Stalin that he would open a diverting “second front” against Germany to relieve the embattled Russians.", "what", "role")
a("How did Roosevelt reassure Moscow that it would not be left to fight Germany by itself?", "by announcing in January 1943 at the Casablanca Conference that the Allies would accept no peace without “unconditional surrender” by the Axis", ["the Allies would accept no peace without “unconditional surrender” by the Axis"], F,
  "FDR further bound the Soviets to the Allied coalition by announcing in January 1943 at the Casablanca Conference that the Allies would accept no peace without “unconditional surrender” by the Axis; the Soviets would not be left to fight on alone.", "how", "means")
a("what did fdr say the soviet union was run by in 1940", "a dictatorship as absolute as any other dictatorship in the world", [], F,
  "FDR understood that Stalin was an oppressive and even violent ruler, asserting in 1940 that the USSR was run by “a dictatorship as absolute as any other dictatorship in the world.”", "what", "lowercase,abbrev")
a("How soon after Germany surrendered did Stalin pledge to join the fight against Japan?", "within three months of Germany’s defeat", ["three months"], F,
  "He also won Stalin’s promise to join the other Allies in the war against Japan within three months of Germany’s defeat.", "when", "")
a("Which two declarations came out of the Crimean summit with signatures from all the Big Three?", "the Declaration of Liberated Europe and the Declaration on Poland", [], F,
  "In fact, at Yalta all three leaders signed the Declaration of Liberated Europe and the Declaration on Poland, both of which proclaimed the right of all people in lands formerly taken by the Nazis to choose their own form of government and, in the case of the Poles, called for “the holding of free and unfettered elections as soon as possible on the basis of universal suffrage and secret ballot.”", "which", "list")
a("Who had broken off relations with Russia after the Bolsheviks took over?", "Wilson", [], F,
  "Wilson had severed diplomatic relations with Russia in the aftermath of the revolution that saw the communists rise to power and establish a government that seized American property, refused to honor debts owed to the United States under the former czarist regime, and concluded a separate peace with Germany in the final months of World War I.", "who", "")
a("How is FDR remembered in Russia nowadays?", "as one of their nation’s true heroes and greatest friends", ["one of their nation’s true heroes and greatest friends"], F,
  "But his willingness to reach out to Stalin and the Soviet regime undoubtedly helped keep this powerful ally at America’s side during the bloodiest war in human history—and made a deep impression on the Russian people, who still regard FDR as one of their nation’s true heroes and greatest friends.", "how", "")

# ---------------- Milestones essays (64) ----------------
D = "1899-1913-foreword"
a("Where were the overseas colonies the US picked up after beating Spain?", "in the Caribbean and the Pacific", ["the Caribbean and the Pacific"], D,
  "Following the defeat Spain in the Spanish-American War of 1898, the United States acquired overseas colonies in the Caribbean and the Pacific.", "where", "abbrev")
D = "1969-1976-south-asia"
a("when did bangladesh join the un", "1974", [], D, "Bangladesh was admitted to the United Nations in 1974.", "when", "lowercase,short,abbrev")
a("What naval force did Washington send toward South Asia as a signal during the India–Pakistan war of 1971?", "The U.S.S. Enterprise carrier group", ["U.S.S. Enterprise carrier group", "U.S.S. Enterprise"], D,
  "The U.S.S. Enterprise carrier group from Vietnam moved toward the Bay of Bengal, stopping in Singapore and eventually reaching Sri Lanka.", "which", "")
D = "1961-1968-limited-ban"
a("What phrase did JFK use on the campaign trail for the supposed Soviet lead in nuclear weapons?", "missile gap", [], D,
  "President Kennedy had even campaigned for office on a claim that President Dwight Eisenhower had allowed the Soviet Union to far out-produce the United States in nuclear technology, creating a “missile gap.”", "what", "called,abbrev")
a("How was the long impasse over checking for hidden nuclear explosions finally overcome?", "the decision to step back from the original idea of a comprehensive test ban treaty and work instead on a more limited arrangement", ["work instead on a more limited arrangement"], D,
  "Although the crisis provided the impetus for an agreement, its final negotiation was made possible by the decision to step back from the original idea of a comprehensive test ban treaty and work instead on a more limited arrangement.", "how", "means")
D = "1981-1988-lebanon"
a("What was the US death toll when the Marines' quarters in Beirut were blown up in 1983?", "241", ["241 American servicemen"], D,
  "On October 23, suicide bombers attacked the barracks of the U.S. and French contingents of the MNF, killing 241 American servicemen.", "how many/how much", "")
a("To whom did Syria eventually hand over the American pilot it had captured?", "Jesse Jackson", ["Democratic presidential candidate Jesse Jackson"], D,
  "On December 4, the Syrians shot down two U.S. planes, and held one of the pilots, Lt. Robert Goodman, prisoner until releasing him to Democratic presidential candidate Jesse Jackson.", "who", "role")
D = "1899-1913-panama-canal"
a("Did Bogotá's congress approve or turn down the canal treaty Hay signed with Herrán?", "rejected", ["it rejected the offer"], D,
  "The financial terms were unacceptable to Colombia’s congress, and it rejected the offer.", "what", "either-or")
a("How did TR help the Panamanians split off from Colombia?", "by dispatching U.S. warships to Panama City (on the Pacific) and Colón (on the Atlantic)", ["dispatching U.S. warships"], D,
  "President Roosevelt responded by dispatching U.S. warships to Panama City (on the Pacific) and Colón (on the Atlantic) in support of Panamanian independence.", "how", "means,abbrev")
D = "1989-1992-fall-of-communism"
a("What did Reagan urge the Soviet general secretary to do in his 1987 Berlin address?", "tear down this wall", [], D,
  "Not even the most optimistic observer of President’s Ronald Reagan’s 1987 Berlin speech calling on Soviet General Secretary Mikhail Gorbachev to “tear down this wall” would have imagined that two years later the communist regimes of Eastern Europe would collapse like dominoes.", "what", "role")
a("What do historians call the Soviet habit of using force to keep satellite governments in line?", "the Brezhnev Doctrine", ["Brezhnev Doctrine"], D,
  "Gorbachev also made clear—at first secretly to the Eastern European leaders, then increasingly more public—that the Soviet Union had abandoned the policy of military intervention in support of communist regimes (the Brezhnev Doctrine).", "what", "called")
D = "1989-1992-collapse-soviet-union"
a("What body did Yeltsin and the Ukrainian and Belarusian leaders set up at Brest in December 1991?", "the Commonwealth of Independent States", ["Commonwealth of Independent States", "CIS", "the Commonwealth of Independent States (CIS)"], D,
  "In early December, Yeltsin and the leaders of Ukraine and Belarus met in Brest to form the Commonwealth of Independent States (CIS), effectively declaring the demise of the Soviet Union.", "what", "")
a("How did the American president show his backing for the embattled Soviet leader in July 1991?", "signed the START treaty at the Moscow Summit", ["Bush signed the START treaty at the Moscow Summit in July 1991"], D,
  "To balance U.S. interests in relation to events in the Soviet Union, and in order to demonstrate support for Gorbachev, Bush signed the START treaty at the Moscow Summit in July 1991.", "how", "means,role")
D = "1921-1936-foreword"
a("What did new laws in the mid-1920s sharply curtail, especially from Asia?", "immigration to the United States", ["immigration"], D,
  "By the mid-1920s, however, a general feeling of economic uncertainty reinforced isolationist tendencies and encouraged new legislation that placed severe limits on immigration to the United States, particularly from Asia.", "what", "")
D = "1953-1960-china-talks"
a("Was it the British or the Indian embassy that looked after Americans held in China?", "the British Embassy", ["British Embassy"], D,
  "For Americans detained in China, the third party was the British Embassy, and for Chinese in the United States, the Indian Embassy acted as the intermediary.", "which", "either-or")
a("How many sessions did the US–China ambassadorial talks hold in all?", "136", ["136 total meetings"], D,
  "After the initial agreement on repatriation in the autumn of 1955, the talks continued for sixteen years and 136 total meetings without making further progress.", "how many/how much", "abbrev")
D = "1921-1936-geneva"
a("Which two countries turned down the invitation to the 1927 naval talks at Geneva?", "France and Italy", [], D,
  "France and Italy declined the invitation to participate in the conference.", "which", "list")
a("What did America do after the Geneva negotiations collapsed?", "passed a bill to build fifteen new cruisers and an aircraft carrier", ["build fifteen new cruisers and an aircraft carrier"], D,
  "In the wake of the failed talks at Geneva, the United States passed a bill to build fifteen new cruisers and an aircraft carrier, and thereby joined the naval arms race.", "what", "consequence")
D = "1899-1913-hay-and-china"
a("Who first came up with the idea behind the Open Door Notes?", "Alfred E. Hippisley and William W. Rockhill", [], D,
  "The idea behind the Open Door Notes originated with British and American China experts, Alfred E. Hippisley and William W. Rockhill.", "who", "list")
a("Why were the Boxers given that name?", "the martial artists that led the movement", ["named for the martial artists that led the movement"], D,
  "An anti-foreign movement known as the Boxer Rebellion, named for the martial artists that led the movement, gathered strength, and began attacking foreign missionaries and Chinese converts to Christianity.", "why", "short")
D = "1945-1952-berlin-airlift"
a("What code name did Britain give to its share of the airlift?", "Operation Plainfare", ["Plainfare"], D,
  "The United States launched “Operation Vittles” on June 26, with the United Kingdom following suit two days later with “Operation Plainfare.”", "what", "called")
a("How frequently did aircraft arrive at the Berlin airfield at the airlift's peak?", "every 45 seconds", ["one plane landed every 45 seconds"], D,
  "At the height of the campaign, one plane landed every 45 seconds at Tempelhof Airport.", "how many/how much", "")
D = "1914-1920-wwi"
a("What did the German chancellor think renewed U-boat attacks would lead to?", "draw the United States into the war on behalf of the Allies", ["would draw the United States into the war"], D,
  "German Chancellor Theobald von Bethmann-Hollweg protested this decision, believing that resuming submarine warfare would draw the United States into the war on behalf of the Allies.", "what", "role")
a("How did Wilson get guns onto merchant vessels after the filibuster blocked him?", "by executive order", ["by executive order, citing an old anti-piracy law"], D,
  "As a result of this setback, President Wilson decided to arm U.S. merchant ships by executive order, citing an old anti-piracy law that gave him the authority to do so.", "how", "means")
D = "1801-1829-florida"
a("What else is the 1819 agreement that gave Florida to the US called?", "the Transcontinental Treaty", ["Transcontinental Treaty"], D,
  "Under the Onís-Adams Treaty of 1819 (also called the Transcontinental Treaty and ratified in 1821) the United States and Spain defined the western limits of the Louisiana Purchase and Spain surrendered its claims to the Pacific Northwest.", "what", "called")
a("What land did Washington acknowlege as Spain's under the 1819 deal?", "Texas", [], D,
  "In return, the United States recognized Spanish sovereignty over Texas.", "which", "misspelt")
D = "1981-1988-south-atlantic"
a("Why was the US ambassador to the UN reluctant to side with Britain over the Falklands?", "did not want to alienate the Argentines", ["not want to alienate the Argentines"], D,
  "Ambassador to the United Nations Jeane Kirkpatrick did not want to alienate the Argentines, regarded by the administration as key partners in halting the perceived expansion of Soviet-directed communist influence in the Western Hemisphere.", "why", "role,abbrev")
a("Who headed Argentina's military goverment when it seized the Falklands?", "Leopoldo Galtieri", ["General Leopoldo Galtieri", "Galtieri"], D,
  "In subsequent days, the military junta led by General Leopoldo Galtieri formalized Argentine control over the territory (as well as over other British South Atlantic possessions in South Georgia and the South Sandwich Islands) and expelled the British administration.", "who", "misspelt")
D = "1937-1945-yalta-conf"
a("At Yalta, was it France or China that the Big Three agreed to bring into the postwar running of Germany?", "France", [], D,
  "Roosevelt, Churchill, and Stalin agreed not only to include France in the postwar governing of Germany, but also that Germany should assume some, but not all, responsibility for reparations following the war.", "which", "either-or")
a("What was the USSR promised in exchange for entering the Pacific war?", "a sphere of influence in Manchuria", ["a sphere of influence in Manchuria following Japan’s surrender"], D,
  "At Yalta, Roosevelt and Churchill discussed with Stalin the conditions under which the Soviet Union would enter the war against Japan and all three agreed that, in exchange for potentially crucial Soviet participation in the Pacific theater, the Soviets would be granted a sphere of influence in Manchuria following Japan’s surrender.", "what", "abbrev")
D = "1921-1936-naval-conference"
a("Which senator pushed Congress to demand naval disarmament talks with Japan and Britain?", "William E. Borah", ["Senator William E. Borah"], D,
  "Senator William E. Borah (R–Idaho) led a congressional effort to demand that the United States engage its two principal competitors in the naval arms race, Japan and the United Kingdom, in negotiations for disarmament.", "who", "")
a("Which earlier alliance between London and Tokyo did the Four-Power Treaty do away with?", "the Anglo-Japanese Treaty of 1902", ["Anglo-Japanese Treaty of 1902", "Anglo-Japanese Treaty"], D,
  "This treaty replaced the Anglo-Japanese Treaty of 1902, which had been a source of some concern for the United States.", "which", "")
D = "1801-1829-monroe"
a("What did the British foreign minister propose to the Americans in 1823?", "that two nations issue a joint declaration to deter any other power from intervening in Central and South America", ["a joint declaration to deter any other power from intervening in Central and South America"], D,
  "Earlier in 1823 British Foreign Minister George Canning suggested to Americans that two nations issue a joint declaration to deter any other power from intervening in Central and South America.", "what", "role")
a("Why was John Quincy Adams against teaming up with London on the statement?", "a statement of bilateral nature could limit United States expansion in the future", ["could limit United States expansion in the future"], D,
  "Secretary of State John Quincy Adams, however, vigorously opposed cooperation with Great Britain, contending that a statement of bilateral nature could limit United States expansion in the future.", "why", "")
D = "1961-1968-congo-decolonization"
a("What was the joint US-Belgian hostage rescue at Stanleyville called?", "Operation Dragon Rouge", ["Dragon Rouge"], D,
  "A joint U.S.-Belgian effort to rescue the hostages in late November, Operation Dragon Rouge, succeeded but severely damaged Prime Minister Tshombe, who was viewed as ineffectual by both Kasavubu and Mobutu.", "what", "called")
a("By what means did Washington try to install a stable pro-Western government in the Congo?", "through vote buying and financial support for pro-Western candidates", ["vote buying"], D,
  "Over the next four years, as the Republic of the Congo installed a series of prime ministers, the United States repeatedly attempted to create a stable, pro-Western regime through vote buying and financial support for pro-Western candidates.", "how", "means")
D = "1801-1829-rush-bagot"
a("Which line of latitude did the 1818 agreement fix as the frontier with British North America?", "the forty-ninth parallel", ["forty-ninth parallel"], D,
  "The Convention of 1818 set the boundary between the Missouri Territory in the United States and British North America (later Canada) at the forty-ninth parallel.", "which", "")
a("How did London put the Great Lakes disarmament deal into effect?", "a diplomatic exchange of letters between Rush and Bagot", ["exchange of letters"], D,
  "The British Government considered a diplomatic exchange of letters between Rush and Bagot sufficient to make the agreement effective.", "how", "means")
D = "1945-1952-asia-and-africa"
a("How many countries belonged to the UN by 1970?", "127", [], D,
  "In 1946, there were 35 member states in the United Nations; as the newly independent nations of the “third world” joined the organization, by 1970 membership had swelled to 127.", "how many/how much", "abbrev")
a("What was the name of the grouping of new states that kept out of the Cold War blocs?", "nonaligned movement", [], D,
  "Many of the new nations resisted the pressure to be drawn into the Cold War, joined in the “nonaligned movement,” which formed after the Bandung conference of 1955, and focused on internal development.", "what", "called")
D = "1969-1976-allende"
a("What was the secret US plan to organize a coup and keep Allende from taking office called?", "Track II", [], D,
  "The report found that the United States had carried out covert actions in Chile during these years and had even considered a proposal for Track II, a covert action meant to organize a military coup to prevent Allende coming to power.", "what", "called")
a("What did Allende shout in his last radio address?", "Long live Chile! Long live the people! Long live the workers!", ["Long live Chile!"], D,
  "At 9:10 a.m., Allende made his final broadcast from the presidential palace, announcing that he would not resign the presidency and rallying his supporters with the cry, “Long live Chile! Long live the people! Long live the workers!”", "what", "")
D = "1866-1898-chinese-immigration"
a("Did President Hayes sign or veto the 1879 bill capping Chinese arrivals?", "vetoed", [], D,
  "Republican President Rutherford B. Hayes vetoed the bill because it violated U.S. treaty agreements with China.", "what", "either-or")
a("Why did lawmakers finally scrap the ban on Chinese immigrants during WW2?", "aiding the morale of a wartime ally", ["in the interests of aiding the morale of a wartime ally during World War II"], D,
  "The Chinese Exclusion Acts were not repealed until 1943, and then only in the interests of aiding the morale of a wartime ally during World War II.", "why", "abbrev")
D = "1750-1775-french-indian-war"
a("Who commanded the colonial troops the French beat in 1754?", "George Washington", ["Lieutenant Colonel George Washington"], D,
  "British colonial forces, led by Lieutenant Colonel George Washington, attempted to expel the French in 1754, but were outnumbered and defeated by the French.", "who", "converse")
a("What was the 1761 pact between the Spanish and French kings called?", "the Family Compact", ["Family Compact"], D,
  "After these negotiations failed, Spanish King Charles III offered to come to the aid of his cousin, French King Louis XV, and their representatives signed an alliance known as the Family Compact on August 15, 1761.", "what", "called")
D = "1953-1960-khrushchev-20th-congress"
a("What nickname did Khrushchev's secret speech earn?", "Stalin’s Second Funeral", [], D,
  "Because it reconsidered Stalin’s legacy, the address became known as “Stalin’s Second Funeral.”", "what", "called")
a("What did the head of the CIA wonder when he read Khrushchev's speech?", "if Khrushchev had been drunk and speaking extemporaneously", ["Khrushchev had been drunk"], D,
  "U.S. CIA chief, Allen Dulles, struck by the unexpected reversal in policy espoused in the speech, wondered if Khrushchev had been drunk and speaking extemporaneously.", "what", "role")
D = "1921-1936-great-depression"
a("Which left the gold standard first, Britain or the US?", "Great Britain", [], D,
  "Great Britain, which had long underwritten the global financial system and had led the return to the gold standard, was unable to play its former role and became the first to drop off the standard in 1931.", "which", "either-or,abbrev")
a("what got the us out of the great depression", "World War II", [], D,
  "Ironically, it was World War II, which had arisen in part out of the Great Depression, that finally pulled the United States out of its decade-long economic crisis.", "what", "lowercase,short,abbrev")
D = "1830-1860-indian-treaties"
a("How many Cherokees died on the Trail of Tears?", "between three and four thousand", ["three and four thousand"], D,
  "The best evidence indicates that between three and four thousand out of the fifteen to sixteen thousand Cherokees died en route from the brutal conditions of the “Trail of Tears.”", "how many/how much", "short")
a("Who lost the Battle of Horseshoe Bend?", "the Creeks", ["Creeks", "the Creek Indians"], D,
  "In 1814, Major General Andrew Jackson led an expedition against the Creek Indians climaxing in the Battle of Horse Shoe Bend (in present day Alabama near the Georgia border), where Jackson’s force soundly defeated the Creeks and destroyed their military power.", "who", "converse,short")
D = "1921-1936-mukden-incident"
a("What did Japan name the puppet state it set up in Manchuria?", "Manchukuo", [], D,
  "The Japanese declared the area to be the new autonomous state of Manchukuo, though the new nation was in fact under the control of the local Japanese Army.", "what", "called")
a("What did Japan's delegates do once the League endorsed the Lytton Report?", "walked out and never returned to the League Council", ["walked out"], D,
  "When the Lytton Report was ratified by the League in 1933, the Japanese delegation walked out and never returned to the League Council.", "what", "consequence")
D = "1784-1800-citizen-genet"
a("Why did the French envoy go by the title 'Citizen'?", "to emphasize his pro-revolutionary stance", [], D,
  "Genêt arrived in Charleston, South Carolina on April 8, 1793—calling himself “Citizen Genêt” to emphasize his pro-revolutionary stance.", "why", "role")
a("Why was Genet allowed to stay in America instead of being sent home?", "Genêt’s return to France would almost certainly result in his execution", ["result in his execution"], D,
  "President Washington and Attorney General Edmund Randolph, aware that Genêt’s return to France would almost certainly result in his execution, allowed Genêt to remain in the United States.", "why", "")
D = "1914-1920-foreword"
a("Why did the US stay out of the League of Nations?", "Article X of its charter", ["due to Article X of its charter that committed the United States to defend any League member in the event of an attack"], D,
  "However, the United States ultimately declined membership in the League due to Article X of its charter that committed the United States to defend any League member in the event of an attack.", "why", "abbrev")
D = "1953-1960-warsaw-treaty"
a("why did east germany leave the warsaw pact", "in preparation for reunification with West Germany", ["reunification with West Germany"], D,
  "In September 1990, East Germany left the Pact in preparation for reunification with West Germany.", "why", "lowercase,short")
D = "1899-1913-roosevelt-and-monroe-doctrine"
a("What nickname is used for TR's forceful approach to Latin America?", "Big Stick", [], D,
  "President Theodore Roosevelt’s assertive approach to Latin America and the Caribbean has often been characterized as the “Big Stick,” and his policy came to be known as the Roosevelt Corollary to the Monroe Doctrine.", "what", "called,abbrev")
a("Which four countries did the corollary end up being used to justify intervening in?", "Cuba, Nicaragua, Haiti, and the Dominican Republic", [], D,
  "Over the long term the corollary had little to do with relations between the Western Hemisphere and Europe, but it did serve as justification for U.S. intervention in Cuba, Nicaragua, Haiti, and the Dominican Republic.", "which", "list")
D = "1914-1920-fourteen-points"
a("What was the panel of experts that helped Wilson work out his peace plan called?", "The Inquiry", ["Inquiry"], D,
  "He then appointed a committee of experts known as The Inquiry to help him refine his ideas for peace.", "what", "called")
a("How did Wilson hope to keep the Russians fighting?", "by convincing the Bolsheviks that they would receive a better peace from the Allies", [], D,
  "He hoped to keep Russia in the war by convincing the Bolsheviks that they would receive a better peace from the Allies, to bolster Allied morale, and to undermine German war support.", "how", "means")
D = "1861-1865-victory"
a("Who sold Alaska to the United States?", "the Russian Government", ["Russian Government"], D,
  "In 1867, Seward succeeded in purchasing Alaska from the Russian Government.", "who", "converse,short")
a("Which 1867 law brought Ontario, Quebec, Nova Scotia and New Brunswick together?", "the British North America Act of 1867", ["British North America Act of 1867"], D,
  "This resulted in the British North America Act of 1867, which united Ontario, Quebec, Nova Scotia and New Brunswick.", "which", "")

# ---------------- Unanswerable near misses (20; 6 false-premise) ----------------
u("How many tanks did the US ship to the Soviet Union through Lend-Lease?")
u("How many Palestinian civilians were killed in the Sabra and Shatilla massacre?")
u("How much did it cost the United States to build the Panama Canal?")
u("How many tons of food and coal did the Berlin Airlift deliver altogether?")
u("What was the name of the East German spokesman whose remarks opened the Berlin Wall?")
u("Who commanded the British task force that retook the Falklands?")
u("How long did Khrushchev's secret speech last?")
u("How many Chinese immigrants were living in the US when the Exclusion Act passed in 1882?")
u("How many hostages were freed in Operation Dragon Rouge?")
u("How many votes did Allende get when the Chilean Congress chose him in October 1970?")
u("What was the name of the German ambassador in Mexico City who received the Zimmermann Telegram?")
u("How many people were killed in the railway explosion near Mukden in 1931?")
u("How much money did Genêt ask the Americans to pay in advance on their debts to France?")
u("By what vote did the Senate approve the Limited Test Ban Treaty?")
u("Why did Churchill refuse to attend the Yalta Conference?", "false-premise")
u("What did Roosevelt and Stalin agree on at the Potsdam Conference in July 1945?", "false-premise")
u("Why did France walk out of the 1927 Geneva Naval Conference?", "false-premise")
u("Why did Bush and Gorbachev pick Reykjavik for their December 1989 summit?", "false-premise")
u("How many Marines died when Israeli jets bombed the Beirut barracks in October 1983?", "false-premise")
u("Why did Japan refuse to sign the Five-Power Treaty in 1922?", "false-premise")

random.seed(52051)
random.shuffle(Q)
tags = {}
with open("/work/heldout/r51/ask52/ask_v52.jsonl", "w", encoding="utf-8") as f:
    for i, q in enumerate(Q, 1):
        qid = f"q{i:03d}"
        tags[qid] = q.pop("_tags")
        rec = {"id": qid, **q}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
json.dump(tags, open("/work/heldout/r51/ask52/ask_v52_tags.json", "w"), indent=1)
print(len(Q))
