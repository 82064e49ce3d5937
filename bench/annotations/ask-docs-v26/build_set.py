"""Builds ask_v26.jsonl from the hand-written items below (shuffled with a fixed seed, ids q001-q100)."""
import json, random

EX = "000_beabee21081aa6a0"
A = []  # answerable: (question, answer, alternatives, document, citation, kind)

def add(q, a, alts, doc, cit, kind):
    A.append(dict(question=q, answer=a, alternatives=alts, document=doc, citation=cit, kind=kind))

# ---------------- museum exhibit: Roosevelt and Stalin (16) ----------------
add("How many Red Army troops died fighting the Germans?",
    "some 8.7 million", ["8.7 million", "some 8.7 million soldiers"], EX,
    "The Soviets lost some 8.7 million soldiers on the battlefield; millions of civilians also perished on the brutal Eastern Front.",
    "how many/how much")
add("Which two ideologies did Roosevelt see as a far bigger danger than communism?",
    "Nazism and Japanese militarism", ["the adherents of Nazism and Japanese militarism"], EX,
    "Though concerned about the zealous rhetoric found in Soviet communism, FDR regarded the adherents of Nazism and Japanese militarism as far more dangerous.",
    "which")
add("What did FDR say in 1940 about the kind of regime running the Soviet Union?",
    "a dictatorship as absolute as any other dictatorship in the world", [], EX,
    "FDR understood that Stalin was an oppressive and even violent ruler, asserting in 1940 that the USSR was run by “a dictatorship as absolute as any other dictatorship in the world.”",
    "what")
add("What nickname did Roosevelt give the four powers he hoped would keep order after the war?",
    "the Four Policemen", ["Four Policemen"], EX,
    "The president believed the future of the world depended to a large extent on the cooperation of what he called “the Four Policemen”—the United States, the United Kingdom, China, and the USSR.",
    "what")
add("To whom did Roosevelt boast that he could manage Stalin better than the professional diplomats?",
    "Winston Churchill", ["British prime minister Winston Churchill", "Churchill"], EX,
    "Given his faith in personal diplomacy—“I think I can personally handle Stalin better than your Foreign Office or my State Department,” he wrote British prime minister Winston Churchill in 1942—FDR was most anxious to meet directly with Stalin.",
    "who")
add("What is the 1933 deal that restored diplomatic ties between Washington and Moscow known as?",
    "the Roosevelt-Litvinov Agreement", ["Roosevelt-Litvinov Agreement"], EX,
    "Indeed, the resulting accord, signed by FDR and Maxim Litvinov, the Soviet foreign minister, at the White House in November 1933, became known as the Roosevelt-Litvinov Agreement.",
    "what")
add("How do Russians still think of Roosevelt today?",
    "one of their nation’s true heroes and greatest friends", ["as one of their nation’s true heroes and greatest friends"], EX,
    "But his willingness to reach out to Stalin and the Soviet regime undoubtedly helped keep this powerful ally at America’s side during the bloodiest war in human history—and made a deep impression on the Russian people, who still regard FDR as one of their nation’s true heroes and greatest friends.",
    "how")
add("Why were American businesses keen on normal relations with the USSR during the Depression?",
    "to open Soviet markets to American goods", ["anxious to open Soviet markets to American goods"], EX,
    "For the pragmatic FDR, the normalization of ties seemed a logical move, first, because in the midst of the Great Depression, the U.S. State Department and business community were anxious to open Soviet markets to American goods, and, second, because closer ties between Washington, DC, and Moscow might help deter further Japanese aggression in Asia and might even give pause to Adolf Hitler in Europe.",
    "why")
add("What was the dollar value of American wartime shipments to the USSR?",
    "more than $11 billion", ["$11 billion", "more than $11 billion in war supplies"], EX,
    "Over the next three and a half years, the United States would provide the Soviets with more than $11 billion in war supplies.",
    "how many/how much")
add("By the end of 1941, how close had the Wehrmacht pushed to the Soviet capital?",
    "within fifteen miles", ["fifteen miles", "within fifteen miles of Moscow"], EX,
    "This was especially true in the first year of the conflict, when German forces drove deep into Russia, coming within fifteen miles of Moscow by December 1941.",
    "how many/how much")
add("Who did Roosevelt dispach to Moscow in 1941 as his own envoy to Stalin?",
    "Harry Hopkins", ["his close advisor Harry Hopkins", "Hopkins"], EX,
    "Thus, in the summer of 1941, FDR sent his close advisor Harry Hopkins to Moscow to meet with Stalin, not in any official capacity but as his personal representative.",
    "who")
add("Where did U.S. forces go ashore in 1942 so that FDR could keep his pledge of a diversion to help Stalin?",
    "North Africa", [], EX,
    "This concern likewise contributed to FDR’s decision to invade North Africa in 1942, keeping his promise to Stalin that he would open a diverting “second front” against Germany to relieve the embattled Russians.",
    "where")
add("where did fdr announce that only unconditional surrender would do",
    "the Casablanca Conference", ["Casablanca Conference", "at the Casablanca Conference", "Casablanca"], EX,
    "FDR further bound the Soviets to the Allied coalition by announcing in January 1943 at the Casablanca Conference that the Allies would accept no peace without “unconditional surrender” by the Axis; the Soviets would not be left to fight on alone.",
    "where")
add("Why did Churchill get nervous about Roosevelt dealing with Stalin one-on-one?",
    "the rise of Soviet and American power would diminish Britain’s role in the war and in the peace that followed",
    ["the rise of Soviet and American power would diminish Britain’s role"], EX,
    "FDR’s desire to meet Stalin on his own terms unnerved Churchill, who feared that the rise of Soviet and American power would diminish Britain’s role in the war and in the peace that followed.",
    "why")
add("How soon after Germany was beaten was the USSR supposed to join the fight in the Pacific?",
    "within three months", ["three months", "within three months of Germany’s defeat"], EX,
    "He also won Stalin’s promise to join the other Allies in the war against Japan within three months of Germany’s defeat.",
    "when")
add("Which two documents signed by the Big Three at Yalta promised liberated peoples a free choice of government?",
    "the Declaration of Liberated Europe and the Declaration on Poland",
    ["Declaration of Liberated Europe", "Declaration on Poland"], EX,
    "In fact, at Yalta all three leaders signed the Declaration of Liberated Europe and the Declaration on Poland, both of which proclaimed the right of all people in lands formerly taken by the Nazis to choose their own form of government and, in the case of the Poles, called for “the holding of free and unfettered elections as soon as possible on the basis of universal suffrage and secret ballot.”",
    "which")

# ---------------- Milestones essays (64) ----------------
add("On what date did Clinton give his second yearly address to Congress?",
    "Jan. 24, 1995", ["Tuesday, Jan. 24, 1995"], "1993-2000-foreword",
    "President Bill Clinton during his second State of the Union address on Tuesday, Jan. 24, 1995.",
    "when")
add("Who sold Alaska to the United States?",
    "the Russians", ["Russians"], "1866-1898-foreword",
    "In 1867, the U.S. nearly doubled its holdings with the purchase of the territory of Alaska from the Russians.",
    "who")
add("what canal got built while teddy roosevelt was president",
    "the Panama Canal", ["Panama Canal"], "1899-1913-foreword",
    "At the same time, President Theodore Roosevelt oversaw the construction of the Panama Canal, which would have profound economic implications for American trade, and engaged in great power diplomacy in the wake of the Russo-Japanese War.",
    "what")
add("Which two Americans bargained alongside Franklin to end the Revolutionary War?",
    "John Adams and John Jay", ["John Adams", "John Jay"], "1776-1783-treaty",
    "Joined by peace commissioners John Adams and John Jay, Franklin engaged the British in formal negotiations beginning on September 27, 1782.",
    "who")
add("Why was Benjamin West's picture of the peace delegates never finished?",
    "British negotiators chose not to sit for their half of the portrait",
    ["because British negotiators chose not to sit for their half of the portrait"], "1776-1783-treaty",
    "The sketch remains incomplete because British negotiators chose not to sit for their half of the portrait: it serves as a powerful symbol of the division between Great Britain and its former American colonies.",
    "why")
add("What held Americans back from confronting the fascist powers in the 1930s?",
    "the Great Depression", ["Great Depression"], "1921-1936-foreword",
    "During the 1930s, the rise of fascism as a threat to international peace sparked concern in the United States, but the Great Depression curtailed U.S. willingness to act.",
    "what")
add("Why did Washington start paying for reconstruction abroad after 1945?",
    "avoiding another global war", ["In the interest of avoiding another global war"], "1945-1952-foreword",
    "In the interest of avoiding another global war, for the first time the United States began to use economic assistance as a strategic element of its foreign policy and offered significant assistance to countries in Europe and Asia struggling to rebuild their shattered economies.",
    "why")
add("What do historians call Ike's strategy of threatening overwhelming atomic force?",
    "massive retaliation", ["a doctrine of massive retaliation"], "1953-1960-foreword",
    "In order to counterbalance the Soviet threat, President Eisenhower supported a doctrine of massive retaliation, which called for the development of technology necessary to match and even surpass Soviet nuclear capability.",
    "what")
add("How did Lincoln's government try to strangle the rebel economy?",
    "a blockade of Confederate ports", ["blockade"], "1861-1865-foreword",
    "In an attempt to starve the Confederate economy and to cut it off from its international supporters, the Union engaged in a blockade of Confederate ports—a move that was of questionable legality in international law.",
    "how")
add("What crop did the South count on to win friends overseas?",
    "cotton", ["its cotton exports", "cotton exports"], "1861-1865-foreword",
    "During the Civil War the Confederacy repeatedly sought international support for its cause, often calling upon foreign reliance on its cotton exports to obtain it.",
    "what")
add("Who commanded the Filipino independence fighters against the Americans?",
    "Emilio Aguinaldo", ["Aguinaldo"], "1899-1913-war",
    "On February 4, 1899, just two days before the U.S. Senate ratified the treaty, fighting broke out between American forces and Filipino nationalists led by Emilio Aguinaldo who sought independence rather than a change in colonial rulers.",
    "who")
add("What name did Taft's effort to win over Filipino elites go by?",
    "policy of attraction", [], "1899-1913-war",
    "Even as the fighting went on, the colonial government that the United States established in the Philippines in 1900 under future President William Howard Taft launched a pacification campaign that became known as the “policy of attraction.”",
    "what")
add("When did the Philippines get full independence?",
    "1946", ["in 1946"], "1899-1913-war",
    "The archipelago became an autonomous commonwealth in 1935, and the U.S. granted independence in 1946.",
    "when")
add("Why did America stay out of the League of Nations?",
    "Article X of its charter",
    ["Article X", "due to Article X of its charter",
     "Article X of its charter that committed the United States to defend any League member in the event of an attack"],
    "1914-1920-foreword",
    "However, the United States ultimately declined membership in the League due to Article X of its charter that committed the United States to defend any League member in the event of an attack.",
    "why")
add("when was pearl harbor attacked",
    "December 7, 1941", ["On December 7, 1941"], "1937-1945-foreword",
    "On December 7, 1941, the Japanese attacked the U.S. naval installation at Pearl Harbor, and the United States formally entered the Second World War.",
    "when")
add("Name the laws lawmakers passed in the late 1930s to keep the country from being dragged into war.",
    "neutrality acts", ["a series of neutrality acts"], "1937-1945-foreword",
    "As the failure of disarmament, the peace movement, and the doctrine of appeasement became clear, Congress passed a series of neutrality acts designed to prevent the United States from being drawn into the widespread international conflict that the U.S. Government believed to be inevitable.",
    "what")
add("What was the name of the draft trade pact John Adams brought to the French?",
    "Model Treaty", [], "1776-1783-foreword",
    "John Adams approached the French with the “Model Treaty,” which protected neutral trade and shipping rights in the event of a war.",
    "what")
add("What condition did France attach to its 1778 alliance with the rebels?",
    "the Americans did not seek a separate peace with Great Britain",
    ["on the condition that the Americans did not seek a separate peace with Great Britain"], "1776-1783-foreword",
    "In 1778, France formally established its position as an ally with a treaty of alliance that committed the French to the war on the condition that the Americans did not seek a separate peace with Great Britain.",
    "what")
add("Who headed the Federalist faction in the early republic?",
    "Alexander Hamilton", ["the Secretary of the Treasury Alexander Hamilton", "Hamilton"], "1784-1800-foreword",
    "Differences over foreign policy became a basis for the founding of political parties in the new nation as the debate pitted the Federalists, led by the Secretary of the Treasury Alexander Hamilton, against the Jeffersonians, represented by Secretary of State Thomas Jefferson.",
    "who")
add("What do Europeans call the conflict Americans know as the French and Indian War?",
    "the Seven Years’ War", ["Seven Years’ War"], "1750-1775-foreword",
    "Sometimes, as in the case of the French and Indian War (which in Europe was referred to as the Seven Years’ War), European politics regarding balances of power resulted in conflict in the colonies.",
    "what")
add("Why did the young republic take up arms against London in 1812?",
    "British actions threatened American neutrality and trading rights", [], "1801-1829-foreword",
    "The United States even went to war with Britain in 1812, when British actions threatened American neutrality and trading rights.",
    "why")
add("What was the name for the belief that Americans were fated to spread from coast to coast?",
    "manifest destiny", [], "1830-1860-foreword",
    "During this crucial period, the United States pursued a policy of expansion based on “manifest destiny,” the ideology that Americans were in fact destined to extend their nation across the continent.",
    "what")
add("Against which neighbor did the U.S. launch its first war of aggression?",
    "Mexico", [], "1830-1860-foreword",
    "While it managed to negotiate an agreement with Great Britain to secure the Oregon territory, acquiring the valuable territory south of it—including California and its important Pacific harbors—required the use of force, and, in 1845, the United States embarked on its first offensive war by invading Mexico.",
    "which")
add("Which of Carter's two main campaign advisers ended up running the State Department?",
    "Vance", [], "1977-1980-foreword",
    "Carter relied on Brzezinski and Vance to advise him during the 1976 presidential campaign and offered them the positions of National Security Adviser and Secretary of State, respectively, after he won election in November 1976.",
    "who")
add("Which Games did American athletes sit out after the Soviets moved into Afghanistan?",
    "1980 Moscow Summer Olympics", ["the upcoming 1980 Moscow Summer Olympics", "Moscow Summer Olympics"], "1977-1980-foreword",
    "Carter responded to the Soviet invasion by embargoing grain sales, banning technology exports, and prohibiting U.S. participation in the upcoming 1980 Moscow Summer Olympics.",
    "which")
add("Who did Jimmy Carter lose the White House to?",
    "Ronald Reagan",
    ["Republican presidential candidate Ronald Reagan", "Ronald Reagan and his vice presidential running mate George H.W. Bush", "Reagan"],
    "1977-1980-foreword",
    "Republican presidential candidate Ronald Reagan and his vice presidential running mate George H.W. Bush capitalized upon this dissatisfaction and, in November 1980, defeated Carter and Mondale.",
    "who")
add("What famous label did Reagan pin on the USSR in 1983?",
    "evil empire", [], "1981-1988-foreword",
    "In 1983, he famously characterized the Soviet Union as an “evil empire.”",
    "what")
add("By how much did Pentagon spending grow under Reagan?",
    "35%", ["by 35%"], "1981-1988-foreword",
    "During his two terms in office, Reagan successfully advocated increasing the Defense Department budget by 35%.",
    "how many/how much")
add("How did Reagan portray the rivalry with Moscow in his speeches?",
    "as a fundamental clash between good and evil", ["a fundamental clash between good and evil"], "1981-1988-foreword",
    "Often referred to as “the great communicator,” Reagan utilized his rhetorical skills to frame the Cold War contest as a fundamental clash between good and evil.",
    "how")
add("What did Bush call the big tax cuts back in the 1980 primary?",
    "voodoo economics", [], "1989-1992-foreword",
    "The massive tax cuts he himself had termed “voodoo economics” in the 1980 Republican primary had stimulated the U.S. economy but failed to increase tax revenues, while the 1985 Gramm-Rudman Deficit Reduction Act triggered automatic spending cuts.",
    "what")
add("What medal did the elder Bush earn as a Navy flier?",
    "Distinguished Flying Cross", ["a Distinguished Flying Cross"], "1989-1992-foreword",
    "He later served as a torpedo bomber pilot, earning a Distinguished Flying Cross; he was the last veteran of World War II to serve as president.",
    "what")
add("Who served as James Baker's number two at State?",
    "Lawrence Eagleburger", ["career foreign service officer Lawrence Eagleburger", "Eagleburger"], "1989-1992-foreword",
    "Bush appointed as Secretary of State his best friend, James A. Baker, who in turn chose career foreign service officer Lawrence Eagleburger as his deputy.",
    "who")
add("Which general ousted Aristide in 1991?",
    "Raoul Cedras", ["Lieutenant General Raoul Cedras", "Cedras"], "1993-2000-haiti",
    "On September 30, 1991, a military coup under the leadership of Lieutenant General Raoul Cedras overthrew the government of Jean-Bertrand Aristide, the first popularly elected president in Haitian history.",
    "who")
add("What was the code name of the 1994 mission to put Haiti's elected leader back in power?",
    "Operation Uphold Democracy", ["Uphold Democracy"], "1993-2000-haiti",
    "In early September planning and preparation for the invasion was completed under the code name Operation Uphold Democracy.",
    "what")
add("How did the standoff with Haiti's military rulers end?",
    "capitulated in time to avoid bloodshed", ["The Haitian leadership capitulated in time to avoid bloodshed"], "1993-2000-haiti",
    "The Haitian leadership capitulated in time to avoid bloodshed.",
    "how")
add("Which former car company boss ran the Pentagon under Kennedy?",
    "Robert S. McNamara", ["McNamara"], "1961-1968-foreword",
    "Kennedy selected Robert S. McNamara, the president of Ford Motor Company, as his Secretary of Defense.",
    "who")
add("Who took over the CIA after the Bay of Pigs fiasco?",
    "John A. McCone", ["McCone"], "1961-1968-foreword",
    "Though he took full responsibility for the failed operation, the CIA’s reputation was tarnished and Kennedy soon replaced DCI Allen W. Dulles with John A. McCone.",
    "who")
add("how long did the cuban missile crisis last",
    "thirteen days", ["The tense thirteen days"], "1961-1968-foreword",
    "The tense thirteen days of the Cuban Missile Crisis tested the mettle of the Kennedy administration and his team of trusted advisers.",
    "how many/how much")
add("What was Nixon's plan of handing the ground war over to Saigon's army called?",
    "Vietnamization", [], "1969-1976-foreword",
    "He and Kissinger turned to a dual strategy: pursuing a negotiated settlement, while building up South Vietnamese forces and withdrawing U.S. troops, a process known as “Vietnamization” of the war.",
    "what")
add("When were the Helsinki Acords signed?",
    "August 1975", ["in August 1975"], "1969-1976-foreword",
    "He also worked with Kissinger in securing the Helsinki Accords, which were signed in August 1975, and a second Egyptian-Israeli Disengagement Agreement, which was signed in September 1975.",
    "when")
add("What report did Truman's team put out in 1949 to defend its record on China?",
    "China White Paper", ["the “China White Paper"], "1945-1952-chinese-rev",
    "In August of 1949, the Truman administration published the “China White Paper,” which explained past U.S. policy toward China based upon the principle that only Chinese forces could determine the outcome of their civil war.",
    "what")
add("Where did Chiang's government retreat after losing the mainland?",
    "Taiwan", ["fled to Taiwan"], "1945-1952-chinese-rev",
    "In October of 1949, after a string of military victories, Mao Zedong proclaimed the establishment of the PRC; Chiang and his forces fled to Taiwan to regroup and plan for their efforts to retake the mainland.",
    "where")
add("How did Truman respond when Congress sent him the McCarran-Walter bill?",
    "he vetoed it", ["vetoed it"], "1945-1952-immigration-act",
    "He thought the new law was discriminatory, and he vetoed it, but the law had enough support in Congress to pass over his veto.",
    "how")
add("What fraction of the yearly entry permits were reserved for people with roots in the north and west of Europe?",
    "85 percent", [], "1945-1952-immigration-act",
    "As a result, 85 percent of the 154,277 visas available annually were allotted to individuals of northern and western European lineage.",
    "how many/how much")
add("What did Strom Thurmond say giving up the canal would do to the country?",
    "The loss of this canal would contribute to the encirclement of the United States",
    ["contribute to the encirclement of the United States"], "1977-1980-panama-canal",
    "“The loss of this canal would contribute to the encirclement of the United States,” he stated in a 1978 debate.",
    "what")
add("Which Hollywood star backed the canal treaty talks?",
    "John Wayne", ["Actor John Wayne"], "1977-1980-panama-canal",
    "Actor John Wayne, both a conservative and a friend of Torrijos, also endorsed the negotiations.",
    "who")
add("Where were the U.S.-China ambassadorial meetings held after the fall of 1958?",
    "Warsaw", ["in Warsaw"], "1953-1960-china-talks",
    "In September of 1958, the U.S. Government appointed its Ambassador to Poland, Jacob Beam, as its representative and the talks continued, on and off, in Warsaw.",
    "where")
add("Which country's embassy looked after Chinese nationals in America who wanted to go home?",
    "the Indian Embassy", ["Indian Embassy"], "1953-1960-china-talks",
    "For Americans detained in China, the third party was the British Embassy, and for Chinese in the United States, the Indian Embassy acted as the intermediary.",
    "which")
add("In which country did Ike's 1957 Middle East policy face its first real trial?",
    "Lebanon", ["in Lebanon"], "1953-1960-eisenhower-doctrine",
    "The first real test of the Eisenhower Doctrine came in 1958 in Lebanon, where the threat was not armed aggression or a direct Soviet incursion.",
    "where")
add("Why did Ike think the region was left without a dominant outside power once the 1956 canal war was over?",
    "the loss of prestige of Great Britain and France", ["due to the loss of prestige of Great Britain and France"],
    "1953-1960-eisenhower-doctrine",
    "President Eisenhower believed that, as a result of the Suez conflict, a power vacuum had formed in the Middle East due to the loss of prestige of Great Britain and France.",
    "why")
add("How much did Sputnik weigh?",
    "184 pounds", ["At 184 pounds"], "1953-1960-sputnik",
    "At 184 pounds, the Russian satellite was much heavier than anything the United States was developing at the time, and its successful launch was quickly followed by the launch of two additional satellites, including one that carried a dog into space.",
    "how many/how much")
add("What was the name of the first American satelite that blew up on the launch pad?",
    "Vanguard", [], "1953-1960-sputnik",
    "The U.S. Government suffered a severe setback in December of 1957 when its first artificial satellite, named Vanguard, exploded on the launch pad, serving as a very visible reminder of how much the country had yet to accomplish to be able to compete militarily with the Soviets.",
    "what")
add("Which Egyptian leader seized the company that ran the canal in 1956?",
    "Gamal Abdel Nasser", ["Egyptian President Gamal Abdel Nasser", "Nasser"], "1953-1960-suez",
    "On July 26, 1956, Egyptian President Gamal Abdel Nasser announced the nationalization of the Suez Canal Company, the joint British-French enterprise which had owned and operated the Suez Canal since its construction in 1869.",
    "who")
add("Which London premier stepped down in early 1957, partly because of Washington's rebuke?",
    "Anthony Eden", ["British Prime Minister Anthony Eden", "Eden"], "1953-1960-suez",
    "Washington’s public censure of two of its most important allies temporarily soured relations with London and Paris and helped contribute to the resignation of British Prime Minister Anthony Eden in January 1957.",
    "who")
add("What is another name for the island of Jinmen?",
    "Quemoy", [], "1953-1960-taiwan-strait-crises",
    "Jinmen (Quemoy), two miles from the mainland Chinese city of Xiamen, and Mazu, ten miles from the city of Fuzhou, are located approximately one hundred miles west of Taiwan.",
    "what")
add("How did Beijing and Taipei end up carrying on their artillery duel after the 1958 crisis?",
    "they shelled each other’s garrisons on alternate days", ["on alternate days"], "1953-1960-taiwan-strait-crises",
    "Eventually, the PRC and ROC came to an arrangement in which they shelled each other’s garrisons on alternate days.",
    "how")
add("Why did Moscow set up the Warsaw Pact?",
    "a counterbalance to the North Atlantic Treaty Organization",
    ["as a counterbalance to the North Atlantic Treaty Organization", "a counterbalance to the North Atlantic Treaty Organization (NATO)"],
    "1953-1960-warsaw-treaty",
    "The Soviet Union formed this alliance as a counterbalance to the North Atlantic Treaty Organization (NATO), a collective security alliance concluded between the United States, Canada and Western European nations in 1949.",
    "why")
add("Which Eastern bloc state had no separate treaty of its own with the Kremlin before 1955?",
    "East Germany", [], "1953-1960-warsaw-treaty",
    "Following World War II, the Soviet Union had concluded bilateral treaties with each of the East European states except for East Germany, which was still part of the Soviet occupied-territory of Germany.",
    "which")
add("In what city did the Soviet-brokered peace talks between India and Pakistan take place?",
    "Tashkent", ["in Tashkent"], "1961-1968-india-pakistan-war",
    "Negotiations in Tashkent concluded in January 1966, with both sides giving up territorial claims, withdrawing their armies from the disputed territory.",
    "where")
add("When did Pakistan agree to stop fighting in 1965?",
    "September 22", ["on September 22"], "1961-1968-india-pakistan-war",
    "India accepted the ceasefire on September 21 and Pakistan on September 22.",
    "when")
add("What do historians call Moscow's claimed right to step in wherever communist rule was in danger?",
    "the Brezhnev Doctrine", ["Brezhnev Doctrine"], "1961-1968-soviet-invasion-czechoslavkia",
    "After the invasion, the Soviet leadership justified the use of force in Prague under what would become known as the Brezhnev Doctrine, which stated that Moscow had the right to intervene in any country where a communist government had been threatened.",
    "what")
add("Why were the Soviets confident America would only protest rather than act?",
    "the escalating U.S. involvement in the conflict in Vietnam as well as past U.S. pronouncements on non-intervention in the East Bloc",
    ["the escalating U.S. involvement in the conflict in Vietnam"], "1961-1968-soviet-invasion-czechoslavkia",
    "Given the escalating U.S. involvement in the conflict in Vietnam as well as past U.S. pronouncements on non-intervention in the East Bloc, the Soviets guessed correctly that the United States would condemn the invasion but refrain from intervening.",
    "why")
add("Why did North Vietnam's leaders time their big 1968 attack for the new year festival?",
    "it was traditionally a time of truce",
    ["because it was traditionally a time of truce", "traditionally a time of truce"], "1961-1968-tet",
    "Hanoi selected the Tet holiday to strike because it was traditionally a time of truce, and because Vietnamese traveling to spend the festival with their relatives provided cover for the movement of South Vietnamese National Liberation Forces (NLF) who supported the communist forces.",
    "why")
add("Which American compound in Saigon did the guerrillas manage to break into?",
    "the U.S. Embassy in Saigon", ["U.S. Embassy in Saigon", "the U.S. Embassy"], "1961-1968-tet",
    "The NLF even managed to breach the outer walls of the U.S. Embassy in Saigon.",
    "which")

# ---------------- unanswerable near misses (20) ----------------
U = [
    "What was the name of the dog the Soviets sent into orbit soon after Sputnik-1?",
    "Where exactly was Emilio Aguinaldo captured in 1901?",
    "How many American soldiers were killed during the Tet Offensive?",
    "How much did Operation Uphold Democracy cost the United States?",
    "How many Warsaw Pact troops crossed into Czechoslovakia in August 1968?",
    "What post did Ellsworth Bunker hold before Nixon put him in charge of the canal talks?",
    "Who was the first human to travel into space after Sputnik kicked off the space race?",
    "Who was Pakistan's president during the 1965 war with India?",
    "Who was France's prime minister during the Suez Crisis?",
    "What was the medical cause of Franklin Roosevelt's death in 1945?",
    "What was the official name of Dubcek's April 1968 reform plan?",
    "In which city did the rebel generals hold Chiang Kai-shek after abducting him in 1937?",
    "Who became Haiti's prime minister under the Governors Island Accord?",
    "How many Haitian refugees fled by boat to the United States after the 1991 coup?",
    "How many American troops did Eisenhower land in Lebanon in 1958?",
    "How many people were killed in the 1964 flag riots in the Panama Canal Zone?",
    "How many tons of Lend-Lease supplies reached Russia by the route through Iran?",
    "What was the vote when Congress overrode Truman's veto of the McCarran-Walter Act?",
    "Which Soviet engineer designed the rocket that put Sputnik into orbit?",
    "In which city was the Warsaw Pact formally dissolved in 1991?",
]

items = [dict(d) for d in A] + [dict(question=q, answer=None, alternatives=[], document=None, citation=None, kind="unanswerable") for q in U]
random.seed(2026)
random.shuffle(items)
with open("ask_v26.jsonl", "w", encoding="utf-8") as f:
    for i, it in enumerate(items, 1):
        rec = {"id": f"q{i:03d}", "question": it["question"], "answer": it["answer"], "alternatives": it["alternatives"],
               "document": it["document"], "citation": it["citation"], "kind": it["kind"]}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(len(A), "answerable,", len(U), "unanswerable ->", len(items), "lines")
