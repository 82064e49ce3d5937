"""Builds ask_v56.jsonl and style_tags.json from the hand-written items below.
Order is shuffled with a fixed seed, then ids q001..q100 are assigned."""
import json, random, os
HERE = os.path.dirname(os.path.abspath(__file__))
D0 = "000_beabee21081aa6a0"
A = []  # (document, question, answer, alternatives, citation, kind, tags)
def add(doc, q, a, alts, cit, kind, tags):
    A.append(dict(document=doc, question=q, answer=a, alternatives=alts, citation=cit, kind=kind, tags=tags))

# ---------------- museum exhibit: Roosevelt and Stalin (16) ----------------
add(D0, "How did ordinary Americans respond to Stalin's bloody crackdown on dissenters in the mid-1930s?",
    "shocked", ["shocked the American public"],
    "Joseph Stalin’s initiation in the mid-1930s of great murderous purges of dissenters, which shocked the American public, led to a further deterioration in relations.",
    "how", ["reaction", "how"])
add(D0, "How did the British prime minister feel about FDR's wish for private dealings with the Kremlin leader?",
    "unnerved", ["unnerved Churchill"],
    "FDR’s desire to meet Stalin on his own terms unnerved Churchill, who feared that the rise of Soviet and American power would diminish Britain’s role in the war and in the peace that followed.",
    "how", ["reaction", "how"])
add(D0, "Which 1941 operation was the biggest assault ever launched in Europe?",
    "Operation Barbarossa", [],
    "Code-named Operation Barbarossa, the surprise attack, which involved more than 3.5 million men, 3,600 tanks, and 2,700 aircraft, was the largest military assault in European history.",
    "which", ["first", "naming", "broader word"])
add(D0, "How soon after Germany was beaten was the USSR supposed to enter the fight against Japan?",
    "within three months of Germany’s defeat", ["within three months", "three months"],
    "He also won Stalin’s promise to join the other Allies in the war against Japan within three months of Germany’s defeat.",
    "when", ["pronoun antecedent"])
add(D0, "What was Harry Hopkins sent to Moscow to do right after the German invasion?",
    "to assess the situation and meet with Joseph Stalin", ["assess the situation and meet with Joseph Stalin", "assess the situation"],
    "He then sent his trusted confidant Harry Hopkins to Moscow to assess the situation and meet with Joseph Stalin.",
    "what", ["purpose"])
add(D0, "What was the 1942 landing in North Africa meant to do for the Soviets?",
    "to relieve the embattled Russians", ["relieve the embattled Russians", "open a diverting “second front” against Germany to relieve the embattled Russians"],
    "This concern likewise contributed to FDR’s decision to invade North Africa in 1942, keeping his promise to Stalin that he would open a diverting “second front” against Germany to relieve the embattled Russians.",
    "what", ["purpose"])
add(D0, "Through which country did American truck convoys haul supplies to the Russians in 1943?",
    "Iran", [],
    "A U.S. Army truck convoy prepares to carry goods to Russia along a supply route through Iran, March 1943.",
    "which", ["from-to"])
add(D0, "Where was the final face-to-face encounter between FDR and the Soviet leader?",
    "Yalta", ["the seaside Ukrainian city of Yalta", "seaside Ukrainian city of Yalta"],
    "Little more than a year after the Tehran Conference, in the seaside Ukrainian city of Yalta, Franklin D. Roosevelt and Joseph Stalin met for the second and last time.",
    "where", ["first", "last"])
add(D0, "Roughly how many Red Army soldiers were killed in combat?",
    "some 8.7 million", ["8.7 million", "some 8.7 million soldiers"],
    "The Soviets lost some 8.7 million soldiers on the battlefield; millions of civilians also perished on the brutal Eastern Front.",
    "how many/how much", ["converse"])
add(D0, "What nickname did Roosevelt give the four great powers he expected to keep the peace?",
    "the Four Policemen", ["Four Policemen", "“the Four Policemen”"],
    "The president believed the future of the world depended to a large extent on the cooperation of what he called “the Four Policemen”—the United States, the United Kingdom, China, and the USSR.",
    "what", ["naming"])
add(D0, "What did Roosevelt tell Churchill in 1942 about his own ability to deal with Stalin?",
    "I think I can personally handle Stalin better than your Foreign Office or my State Department", [],
    "Given his faith in personal diplomacy—“I think I can personally handle Stalin better than your Foreign Office or my State Department,” he wrote British prime minister Winston Churchill in 1942—FDR was most anxious to meet directly with Stalin.",
    "what", ["quotation", "what did X say"])
add(D0, "What was the total value of the war materiel Washington shipped to Russia under Lend-Lease?",
    "more than $11 billion", ["$11 billion"],
    "Over the next three and a half years, the United States would provide the Soviets with more than $11 billion in war supplies.",
    "how many/how much", ["broader word"])
add(D0, "How did Republican critics later characterize Roosevelt's conduct at the Crimean summit?",
    "a betrayal of Eastern Europe", ["as a betrayal of Eastern Europe"],
    "But critics, especially Republican critics, would later condemn FDR’s actions at Yalta as a betrayal of Eastern Europe that permitted the Iron Curtain to enclose and darken that part of the world for decades to come.",
    "how", ["reaction", "how"])
add(D0, "What did Roosevelt regard as his biggest win at Yalta?",
    "bringing the Soviet Union into the United Nations largely on his own terms", ["bringing the Soviet Union into the United Nations"],
    "He succeeded in bringing the Soviet Union into the United Nations largely on his own terms, a feat he considered the crowning accomplishment of the conference.",
    "what", ["pronoun antecedent"])
add(D0, "What commercial motive lay behind Washington's 1933 move to establish ties with Moscow?",
    "to open Soviet markets to American goods", ["open Soviet markets to American goods", "the U.S. State Department and business community were anxious to open Soviet markets to American goods"],
    "For the pragmatic FDR, the normalization of ties seemed a logical move, first, because in the midst of the Great Depression, the U.S. State Department and business community were anxious to open Soviet markets to American goods, and, second, because closer ties between Washington, DC, and Moscow might help deter further Japanese aggression in Asia and might even give pause to Adolf Hitler in Europe.",
    "why", ["why", "cause"])
add(D0, "how close did the germans get to moscow",
    "within fifteen miles", ["fifteen miles", "within fifteen miles of Moscow"],
    "This was especially true in the first year of the conflict, when German forces drove deep into Russia, coming within fifteen miles of Moscow by December 1941.",
    "how many/how much", ["lowercase", "short"])

# ---------------- State Department essays (64) ----------------
add("1945-1952-baruch-plans", "What was the UN body set up at the December 1945 Moscow foreign ministers' meeting supposed to do?",
    "to advise on the destruction of all existing atomic weapons and to work toward using atomic energy for peaceful purposes",
    ["advise on the destruction of all existing atomic weapons and to work toward using atomic energy for peaceful purposes", "advise on the destruction of all existing atomic weapons"],
    "There representatives from the United States, Great Britain, and the Soviet Union created a United Nations commission to advise on the destruction of all existing atomic weapons and to work toward using atomic energy for peaceful purposes.",
    "what", ["purpose"])
add("1945-1952-baruch-plans", "Which countries held back their support, dooming the 1946 nuclear control plan at the UN?",
    "the Soviet Union and Poland", ["Soviet Union and Poland"],
    "The vote was held on December 30, with 10 of the UNAEC’s 12 members in favor, while the other two members (the Soviet Union and Poland) abstained.",
    "which", ["list", "converse"])
add("1961-1968-foreword", "Who did Kennedy pick to replace Allen Dulles as CIA director after the Bay of Pigs fiasko?",
    "John A. McCone", ["McCone"],
    "Though he took full responsibility for the failed operation, the CIA’s reputation was tarnished and Kennedy soon replaced DCI Allen W. Dulles with John A. McCone.",
    "who", ["replaced", "misspelt"])
add("1961-1968-foreword", "Who was the first Roman Catholic to become U.S. president?",
    "Kennedy", [],
    "The first Catholic president, Kennedy was also the second youngest to ever serve in the office.",
    "who", ["first"])
add("1945-1952-nsc68", "Who headed the group that wrote NSC-68?",
    "Paul Nitze", [],
    "Reeling from the recent victory of Communist forces in the Chinese Civil War and the successful detonation of an atomic weapon by the Soviet Union, Secretary of State Dean Acheson asked the Policy Planning Staff, led by Paul Nitze, to undertake a comprehensive review of U.S. national security strategy.",
    "who", [])
add("1945-1952-nsc68", "By how much did Truman's defense budget grow as a share of the economy between 1950 and 1953?",
    "almost tripled", ["from 5 to 14.2 percent", "almost tripled defense spending"],
    "While NSC-68 did not make any specific recommendations regarding the proposed increase in defense expenditures, the Truman Administration almost tripled defense spending as a percentage of the gross domestic product between 1950 and 1953 (from 5 to 14.2 percent).",
    "how many/how much", [])
add("1945-1952-chinese-rev", "Where did the defeated Nationalist leader and his troops flee in 1949?",
    "Taiwan", [],
    "In October of 1949, after a string of military victories, Mao Zedong proclaimed the establishment of the PRC; Chiang and his forces fled to Taiwan to regroup and plan for their efforts to retake the mainland.",
    "where", ["from-to", "converse"])
add("1945-1952-chinese-rev", "What name is given to the bloody 1927 purge in which the Nationalists turned on their Communist allies?",
    "the “White Terror”", ["White Terror", "“White Terror”"],
    "This collaboration lasted until the “White Terror” of 1927, when the Nationalists turned on the Communists, killing them or purging them from the party.",
    "what", ["naming"])
add("1981-1988-lebanon", "how many americans died when the marine barracks in beirut was bombed",
    "241", ["241 American servicemen"],
    "On October 23, suicide bombers attacked the barracks of the U.S. and French contingents of the MNF, killing 241 American servicemen.",
    "how many/how much", ["lowercase"])
add("1981-1988-lebanon", "To whom did Damascus release the American airman it had captured late in 1983?",
    "Jesse Jackson", ["Democratic presidential candidate Jesse Jackson"],
    "On December 4, the Syrians shot down two U.S. planes, and held one of the pilots, Lt. Robert Goodman, prisoner until releasing him to Democratic presidential candidate Jesse Jackson.",
    "who", ["from-to"])
add("1899-1913-chinese-rev", "Which two European capitals did Sun Yat-sen rush to after the Wuchang rising broke out?",
    "London and Paris", [],
    "Dr. Sun was in the United States on a fundraising tour at the time of the initial revolt; he hastened first to London and Paris to ensure that neither country would give financial or military support to the Qing government in its struggle.",
    "which", ["from-to", "list"])
add("1899-1913-chinese-rev", "What did Sun Yat-sen offer Yuan Shikai in return for backing a republic?",
    "the position of president", ["the position of president would be his"],
    "Sun Yat-sen telegrammed Yuan Shikai to promise that, should Yuan agree to the formation of a republic, the position of president would be his.",
    "what", ["exchange"])
add("1945-1952-atomic", "Which scholar argued that the atomic bombing of Japan was really aimed at gaining leverage over Moscow?",
    "Gar Alperovitz", ["historian Gar Alperovitz"],
    "In 1965, historian Gar Alperovitz published a book which argued that the use of nuclear weapons on the Japanese cities of Hiroshima and Nagasaki was intended to gain a stronger position for postwar diplomatic bargaining with the Soviet Union, as the weapons themselves were not needed to force the Japanese surrender.",
    "which", [])
add("1945-1952-atomic", "What was the point of Truman moving nuclear-capable bombers to Europe during the Berlin blockade?",
    "to signal to the Soviet Union that the United States was both capable of implementing a nuclear attack and willing to execute it if it became necessary",
    ["signal to the Soviet Union that the United States was both capable of implementing a nuclear attack and willing to execute it"],
    "During the Berlin Blockade of 1948–49, President Truman transferred several B-29 bombers capable of delivering nuclear bombs to the region to signal to the Soviet Union that the United States was both capable of implementing a nuclear attack and willing to execute it if it became necessary.",
    "why", ["purpose", "why"])
add("1977-1980-central-america-carter", "Who briefly took Somoza's place as Nicaragua's leader in July 1979?",
    "Francisco Urcuyo", [],
    "The Nicaraguan Congress then elected Francisco Urcuyo.",
    "who", ["replaced"])
add("1977-1980-central-america-carter", "What did the Sandinistas get in return for freeing the hostages they seized at the National Palace?",
    "the release of prisoners, money, and safe passage out of country", [],
    "In August 1978, Sandinista guerrillas captured the National Palace and exchanged several hundred hostages for the release of prisoners, money, and safe passage out of country.",
    "what", ["exchange"])
add("1784-1800-french-rev", "How did Americans first feel about the news of upheaval in France in 1789?",
    "largely enthusiastic", ["enthusiastic"],
    "When the first rumors of political change in France reached American shores in 1789, the U.S. public was largely enthusiastic.",
    "how", ["reaction", "how"])
add("1784-1800-french-rev", "Why was Thomas Paine locked up during the Terror?",
    "owing to his British birth", ["his British birth"],
    "Under foreign invasion, the French Government declared a state of emergency, and many foreigners residing in France were arrested, including American revolutionary pamphleteer Thomas Paine, owing to his British birth.",
    "why", ["why"])
add("1801-1829-louisiana-purchase", "what did the us pay for the louisiana purchase",
    "$15 million", [],
    "The Louisiana Purchase encompassed 530,000,000 acres of territory in North America that the United States purchased from France in 1803 for $15 million.",
    "how many/how much", ["lowercase", "short"])
add("1801-1829-louisiana-purchase", "How did people out west feel when they heard Napoleon had sold them the territory?",
    "elated", [],
    "When news of the sale reached the United States, the West was elated.",
    "how", ["reaction", "how"])
add("1977-1980-china-policy", "What headgear did Deng sport at a rodeo during his U.S. visit?",
    "a ten-gallon hat", ["ten-gallon hat"],
    "Journalists depicted the Chinese leader as personable, famously photographing him at a rodeo wearing a ten-gallon hat.",
    "what", [])
add("1977-1980-china-policy", "What was Beijing's reason for planning a war on Hanoi in early 1979?",
    "in response to that country’s invasion of Cambodia", ["that country’s invasion of Cambodia"],
    "During Chinese Vice-Premier Deng Xiaoping’s goodwill visit to the United States in January 1979, he informed Carter of the People’s Republic of China’s intention to attack Vietnam in response to that country’s invasion of Cambodia.",
    "why", ["why", "cause"])
add("1937-1945-pearl-harbor", "What did the U.S. settle for from Japan after the gunboat Panay was hit?",
    "an apology and indemnity", ["apology and indemnity"],
    "The U.S. Government, however, continued to avoid conflict and accepted an apology and indemnity from the Japanese.",
    "what", ["exchange"])
add("1937-1945-pearl-harbor", "Which two countries did Japan join in an alliance in September 1940?",
    "Germany and Italy", [],
    "First, Japan signed the Tripartite Pact with Germany and Italy on September 27, 1940 and thereby linked the conflicts in Europe and Asia.",
    "which", ["list", "broader word"])
add("1993-2000-two-koreas", "Besides fuel oil, what were the U.S., Japan and South Korea to supply North Korea in return for shutting down Yongbyon?",
    "light water reactors", [],
    "In exchange, the United States, Japan, and South Korea would provide light water reactors, and the United States would provide interim energy supplies in the form of fuel-oil.",
    "what", ["exchange"])
add("1993-2000-two-koreas", "In what year did Seoul and Pyongyang both get seats at the UN?",
    "1991", [],
    "In 1991 both Koreas were simultaneously admitted into the U.N.",
    "when", [])
add("1945-1952-nato", "What was the first alliance the U.S. joined in peacetime outside the Americas?",
    "NATO", [],
    "NATO was the first peacetime military alliance the United States entered into outside of the Western Hemisphere.",
    "what", ["first"])
add("1945-1952-nato", "Which two countries were admited to the Atlantic alliance in 1952?",
    "Greece and Turkey", [],
    "In 1952, the members agreed to admit Greece and Turkey to NATO and added the Federal Republic of Germany in 1955.",
    "which", ["misspelt", "list"])
add("1784-1800-washington-farewell", "What was Washington's farewell message meant to announce?",
    "his decision not to seek a third term as President", ["not to seek a third term as President", "not to seek a third term"],
    "To announce his decision not to seek a third term as President, George Washington presented his Farewell Address in a newspaper article September 17, 1796.",
    "what", ["purpose"])
add("1784-1800-washington-farewell", "What did Washington say about a nation that harbors a lasting love or hatred for another?",
    "The nation which indulges toward another an habitual hatred or an habitual fondness is in some degree a slave",
    ["is in some degree a slave", "in some degree a slave"],
    "In his farewell address, Washington exhorted Americans to set aside their violent likes and dislikes of foreign nations, lest they be controlled by their passions: “The nation which indulges toward another an habitual hatred or an habitual fondness is in some degree a slave.”",
    "what", ["quotation", "what did X say"])
add("1977-1980-soviet-invasion-afghanistan", "Who did Moscow put in charge in Kabul after its troops killed Amin?",
    "Babrak Karmal", [],
    "Soviet troops killed Amin and installed Babrak Karmal as the Soviet’s puppet head of government.",
    "who", ["replaced"])
add("1977-1980-soviet-invasion-afghanistan", "What made the 1979 move into Afghanistan unique among Soviet military actions?",
    "the only time the Soviet Union invaded a country outside the Eastern Bloc", ["only time the Soviet Union invaded a country outside the Eastern Bloc"],
    "It was a watershed event of the Cold War, marking the only time the Soviet Union invaded a country outside the Eastern Bloc—a strategic decision met by nearly worldwide condemnation.",
    "what", ["first", "only"])
add("1953-1960-east-german-uprising", "What was inside the food parcels America handed out to East Germans in 1953?",
    "lard, peas, flour, and pasteurized milk", [],
    "The so called “Eisenhower packages” contained lard, peas, flour, and pasteurized milk.",
    "what", ["list"])
add("1953-1960-east-german-uprising", "How did Ulbricht's government react to the American food handouts?",
    "cut off rail and bus traffic to West Berlin", [],
    "In response, the East German Government cut off rail and bus traffic to West Berlin, which further heightened tensions.",
    "how", ["reaction", "how"])
add("1830-1860-territorial-expansion", "What was the only land the U.S. officially acquired in the 1850s?",
    "The Gadsden Purchase", ["Gadsden Purchase"],
    "The Gadsden Purchase was the only official territorial acquisition during the 1850s.",
    "what", ["first", "only"])
add("1830-1860-territorial-expansion", "What was the name of the 1854 document arguing that the U.S. should buy Cuba?",
    "the Ostend Manifesto", ["Ostend Manifesto"],
    "In 1854, Soulé met with other U.S. Ministers to draft a document known as the Ostend Manifesto, which outlined U.S. reasons for attempting to purchase Cuba from Spain.",
    "what", ["naming"])
add("1961-1968-india-pakistan-war", "In what city were the talks that settled the 1965 India-Pakistan war held?",
    "Tashkent", [],
    "Negotiations in Tashkent concluded in January 1966, with both sides giving up territorial claims, withdrawing their armies from the disputed territory.",
    "where", [])
add("1961-1968-soviet-invasion-czechoslavkia", "Who led the Czechoslovak Communist Party before Alexander Dubcek?",
    "Antonin Novotny", ["conservative leader Antonin Novotny"],
    "In early 1968, conservative leader Antonin Novotny was ousted as the head of the Communist Party of Czechoslovakia, and he was replaced by Alexander Dubcek.",
    "who", ["replaced", "converse"])
add("1961-1968-soviet-invasion-czechoslavkia", "What name did the Kremlin's 1968 justification for invading socialist allies come to be known by?",
    "the Brezhnev Doctrine", ["Brezhnev Doctrine"],
    "After the invasion, the Soviet leadership justified the use of force in Prague under what would become known as the Brezhnev Doctrine, which stated that Moscow had the right to intervene in any country where a communist government had been threatened.",
    "what", ["naming"])
add("1981-1988-china-communique", "Whom did Reagan send to Beijing in May 1982 to revive the stalled arms-sales talks?",
    "George H.W. Bush", ["Vice President George H.W. Bush"],
    "In May 1982, with negotiations largely stalled due to these significant disagreements, Reagan suggested that Vice President George H.W. Bush travel to Beijing to meet with high-level officials.",
    "who", ["from-to"])
add("1830-1860-amistad", "Where had the two Spaniards bought the Africans found aboard the Amistad?",
    "Cuba", ["in Cuba"],
    "Officers of the United States survey ship Washington found the Amistad in a state of distress, bearing 53 Africans and the two Spaniards who purchased them in Cuba with the intention of trading them into slavery there.",
    "where", ["from-to"])
add("1945-1952-creation-israel", "How long did Truman wait after Ben-Gurion's proclamation before recognizing Israel?",
    "on the same day", ["the same day", "same day"],
    "U.S. President Harry S. Truman recognized the new nation on the same day.",
    "when", [])
add("1945-1952-creation-israel", "What status did the 1947 UN partition plan give to Jerusalem?",
    "a corpus separatum under international control administered by the United Nations", ["a corpus separatum", "corpus separatum"],
    "Under the resolution, the area of religious significance surrounding Jerusalem would remain a corpus separatum under international control administered by the United Nations.",
    "what", [])
add("1977-1980-human-rights", "Who held the human rights coordinator job before Patricia Derian?",
    "James Wilson", ["Coordinator James Wilson"],
    "Carter selected Patricia Murphy Derian, a civil rights activist, to serve as Coordinator, upon the retirement of Coordinator James Wilson.",
    "who", ["replaced"])
add("1977-1980-human-rights", "Why was the Human Rights Coordinating Group set up?",
    "To ensure that all bureaus engaged on human rights issues", ["to serve as an “internal mechanism” for decision-making"],
    "To ensure that all bureaus engaged on human rights issues, Vance tasked Deputy Secretary of State Warren Christopher with creating a Human Rights Coordinating Group (HRCG), consisting of Department of State officials at the deputy assistant secretary level, to serve as an “internal mechanism” for decision-making.",
    "why", ["purpose", "why"])
add("1921-1936-protectionism", "By roughly what share did global commerce shrink from 1929 to 1934?",
    "some 66%", ["66%"],
    "Overall, world trade declined by some 66% between 1929 and 1934.",
    "how many/how much", [])
add("1921-1936-protectionism", "In what year was the Smoot-Hawley tariff passed?",
    "1930", ["the Tariff Act of 1930"],
    "When the dust had settled, Congress had produced a piece of legislation, the Tariff Act of 1930, more commonly known as the Smoot-Hawley tariff, that entrenched the protectionism of the Fordney-McCumber tariff.",
    "when", [])
add("1953-1960-dien-bien-phu", "How did Britain respond when asked to help rescue the French at Dien Bien Phu?",
    "declined to participate", ["declined to participate in rescuing what they thought was a lost cause"],
    "Britain and other members of NATO declined to participate in rescuing what they thought was a lost cause.",
    "how", ["reaction", "how"])
add("1953-1960-dien-bien-phu", "What image did Eisenhower use to explain why Vietnam mattered to the rest of Southeast Asia?",
    "falling dominoes", ["the metaphor of falling dominoes"],
    "President Eisenhower explained the link between Vietnam’s status and that of the rest of Southeast Asia through the metaphor of falling dominoes: if one country fell to communism, the rest of them would follow.",
    "what", ["naming"])
add("1937-1945-potsdam-conf", "What did the Poles receive as compensation for the eastern lands taken by Moscow?",
    "a large swath of German territory", ["German territory"],
    "In exchange for the territory it lost to the Soviet Union following the readjustment of the Soviet-Polish border, Poland received a large swath of German territory and began to deport the German residents of the territories in question, as did other nations that were host to large German minority populations.",
    "what", ["exchange"])
add("1937-1945-potsdam-conf", "How did the Soviet leader conduct himself in the negotiations, knowing of the bomb through espionage?",
    "held firm in his positions", [],
    "Stalin, however, was already well-informed about the U.S. nuclear program thanks to the Soviet intelligence network; so he also held firm in his positions.",
    "how", ["reaction", "how"])
add("1945-1952-japan-reconstruction", "What was the land reform imposed on occupied Japan designed to do?",
    "benefit the majority tenant farmers and reduce the power of rich landowners", [],
    "In the economic field, SCAP introduced land reform, designed to benefit the majority tenant farmers and reduce the power of rich landowners, many of whom had advocated for war and supported Japanese expansionism in the 1930s.",
    "what", ["purpose"])
add("1945-1952-japan-reconstruction", "How many countries put their names to the 1951 San Francisco peace treaty with Japan?",
    "forty-nine", [],
    "In September of 1951, fifty-two nations met in San Francisco to discuss the treaty, and ultimately, forty-nine of them signed it.",
    "how many/how much", [])
add("1953-1960-taiwan-strait-crises", "What did Chiang get in return for pulling his troops off the Dachen Islands?",
    "a private promise to defend Jinmen and Mazu", [],
    "In exchange for a private promise to defend Jinmen and Mazu, however, Chiang Kai-shek agreed to withdraw his troops from Dachen, which was strategically ambiguous and difficult to defend.",
    "what", ["exchange"])
add("1953-1960-taiwan-strait-crises", "Why was the Seventh Fleet ordered into the Taiwan Strait in June 1950?",
    "to prevent the Korean conflict from spreading south", [],
    "In late 1949 and early 1950, American officials were prepared to let PRC forces cross the Strait and defeat Chiang, but after the outbreak of the Korean War in June 1950, the United States sent its Seventh Fleet into the Taiwan Strait to prevent the Korean conflict from spreading south.",
    "why", ["purpose", "why"])
add("1953-1960-seato", "Where was SEATO based?",
    "Bangkok, Thailand", ["Bangkok"],
    "Headquartered in Bangkok, Thailand, SEATO had only a few formal functions.",
    "where", ["short"])
add("1953-1960-seato", "Why did Pakistan quit SEATO in 1973?",
    "the organization had failed to provide it with assistance in its ongoing conflict against India", [],
    "Pakistan formally left SEATO in 1973, because the organization had failed to provide it with assistance in its ongoing conflict against India.",
    "why", ["why", "short"])
add("1801-1829-florida", "What did Madrid get in return for giving up Florida?",
    "no compensation", [],
    "Spain received no compensation, but the United States agreed to assume liability for $5 million in damage done by American citizens who rebelled against Spain.",
    "what", ["exchange", "converse"])
add("1899-1913-panama-canal", "Why did Bogotá's legislature turn down the canal treaty Hay signed with Herrán?",
    "The financial terms were unacceptable", ["The financial terms were unacceptable to Colombia’s congress"],
    "The financial terms were unacceptable to Colombia’s congress, and it rejected the offer.",
    "why", ["why"])
add("1899-1913-panama-canal", "Which two harbors did TR dispatch naval vessels to when Panama broke away?",
    "Panama City (on the Pacific) and Colón (on the Atlantic)", ["Panama City (on the Pacific) and Colón"],
    "President Roosevelt responded by dispatching U.S. warships to Panama City (on the Pacific) and Colón (on the Atlantic) in support of Panamanian independence.",
    "where", ["from-to", "list"])
add("1921-1936-great-depression", "Which country was the first to abandon the gold standard during the Depression?",
    "Great Britain", [],
    "Great Britain, which had long underwritten the global financial system and had led the return to the gold standard, was unable to play its former role and became the first to drop off the standard in 1931.",
    "which", ["first"])
add("1921-1936-great-depression", "What finally pulled America out of the Great Depresion?",
    "World War II", [],
    "Ironically, it was World War II, which had arisen in part out of the Great Depression, that finally pulled the United States out of its decade-long economic crisis.",
    "what", ["misspelt", "cause"])
add("1969-1976-shuttle-diplomacy", "Who coined the phrase 'shuttle diplomacy'?",
    "the members of the media who followed Kissinger", ["members of the media"],
    "In January and May 1974, Secretary of State Henry Kissinger engaged in “shuttle diplomacy,” a term coined by the members of the media who followed Kissinger on his various short flights among Middle East capitals as he sought to deal with the fallout of the October 1973 war.",
    "who", ["short", "naming"])
add("1969-1976-shuttle-diplomacy", "who took over when nixon resigned",
    "Gerald Ford", ["Vice-President Gerald Ford"],
    "On August 9, Nixon resigned the presidency, and Vice-President Gerald Ford assumed the office while keeping Kissinger on board as both Secretary of State and National Security Adviser.",
    "who", ["replaced", "lowercase", "short"])

# ---------------- unanswerable (20) ----------------
U = []
def un(q, tags):
    U.append(dict(document=None, question=q, answer=None, alternatives=[], citation=None, kind="unanswerable", tags=["unanswerable"] + tags))
un("What did Truman and Stalin agree on at the Tehran Conference in 1943?", ["false premise"])
un("Why did Stalin refuse to attend the Yalta Conference?", ["false premise"])
un("How many British troops were flown in to relieve the French garrison at Dien Bien Phu?", ["false premise"])
un("Why did Truman wait a full year before recognizing the State of Israel?", ["false premise"])
un("When were the Amistad Africans shipped back to Cuba?", ["false premise"])
un("How did Congress vote on the constitutional amendment Jefferson put forward to approve the Louisiana Purchase?", ["false premise"])
un("Who replaced Lawrence Pezzullo as U.S. ambassador in Managua after he left in July 1979?", ["beyond", "replaced"])
un("Why did Weinberger refuse to let U.S. forces join the French strike on the Iranian barracks in the Biqa?", ["beyond", "why"])
un("Which conservative leader took over from Dubcek when the Soviets pushed him out in April 1969?", ["beyond", "replaced"])
un("How many Soviet soldiers were killed in Afghanistan before Moscow pulled out?", [])
un("How many East Germans died when Soviet forces crushed the June 1953 uprising?", [])
un("How much did it cost the United States to build the Panama Canal?", [])
un("How many Palestinians were killed in the Sabra and Shatilla massacre?", [])
un("What was the name of the ship that carried the Amistad Africans home?", ["naming"])
un("How many people lived in the Louisiana Territory when the United States bought it?", [])
un("Who interpreted for Roosevelt during his private talks with Stalin at Tehran?", [])
un("How many light water reactors was North Korea promised under the 1994 Agreed Framework?", [])
un("Which Soviet diplomat cast the Soviet abstention on the Baruch Plan?", [])
un("How many Marines did Reagan send to Beirut with the first multinational force in 1982?", [])
un("How many American ships took part in resupplying the Jinmen garrison in 1958?", [])

items = A + U
rng = random.Random(5656)
rng.shuffle(items)
out, tags = [], {}
import re
STOP = set("a an the of to in on at for by with from and or but is was were are be been did do does what which who whom whose when where why how many much that this these those it its his her their he she they as into after before about than then during over under up out not no s us one".split())
def cw(s):
    return {w for w in re.findall(r"[a-z0-9]+", s.lower().replace("’", "'")) if w not in STOP and len(w) > 1}
for i, it in enumerate(items, 1):
    qid = "q%03d" % i
    tags[qid] = it.pop("tags")
    if it["citation"] and len(cw(it["question"]) & cw(it["citation"])) <= 1:
        tags[qid].append("low-overlap")
    out.append({"id": qid, "question": it["question"], "answer": it["answer"], "alternatives": it["alternatives"],
                "document": it["document"], "citation": it["citation"], "kind": it["kind"]})
with open(os.path.join(HERE, "ask_v56.jsonl"), "w", encoding="utf-8") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(os.path.join(HERE, "style_tags.json"), "w", encoding="utf-8") as f:
    json.dump(tags, f, ensure_ascii=False, indent=1)
print(len(out), "written")
