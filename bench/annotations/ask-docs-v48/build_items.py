# Source list of items for ask_v48 (written by hand); build_set.py shuffles and writes the jsonl.
F = "000_beabee21081aa6a0"
A = []  # (question, answer, alternatives, document, citation, kind, tags)
def a(q, ans, alts, doc, cit, kind, tags=""):
    A.append(dict(question=q, answer=ans, alternatives=alts, document=doc, citation=cit, kind=kind, tags=tags))

# ---------------- FDR / Stalin exhibit (16) ----------------
a("How many Soviet soliders died on the battlefield in the war?", "some 8.7 million", ["8.7 million"], F,
  "The Soviets lost some 8.7 million soldiers on the battlefield; millions of civilians also perished on the brutal Eastern Front.", "how many/how much", "misspelt")
a("What did Roosevelt say about the Soviet government in 1940?", "a dictatorship as absolute as any other dictatorship in the world", [], F,
  "FDR understood that Stalin was an oppressive and even violent ruler, asserting in 1940 that the USSR was run by “a dictatorship as absolute as any other dictatorship in the world.”", "what", "quote")
a("Which nations did Roosevelt count on to keep order in the world after the war?", "the United States, the United Kingdom, China, and the USSR", [], F,
  "The president believed the future of the world depended to a large extent on the cooperation of what he called “the Four Policemen”—the United States, the United Kingdom, China, and the USSR.", "which", "list")
a("What were American companies and diplomats hoping to get out of restoring ties with Moscow during the Depression?", "to open Soviet markets to American goods", ["open Soviet markets to American goods"], F,
  "For the pragmatic FDR, the normalization of ties seemed a logical move, first, because in the midst of the Great Depression, the U.S. State Department and business community were anxious to open Soviet markets to American goods, and, second, because closer ties between Washington, DC, and Moscow might help deter further Japanese aggression in Asia and might even give pause to Adolf Hitler in Europe.", "what", "purpose")
a("Which leading democracy still hadn't acknowledged the Soviet government by the 1932 election?", "the United States", ["United States"], F,
  "By the time FDR was elected, the United States was the only major Western power that refused to recognize the Soviet Union.", "which", "exception")
a("What name was given to the 1933 deal that reopened diplomatic relations between Washington and the Soviets?", "the Roosevelt-Litvinov Agreement", ["Roosevelt-Litvinov Agreement"], F,
  "Indeed, the resulting accord, signed by FDR and Maxim Litvinov, the Soviet foreign minister, at the White House in November 1933, became known as the Roosevelt-Litvinov Agreement.", "what", "naming")
a("In what capacity did Harry Hopkins go to see Stalin in the summer of 1941?", "as his personal representative", ["his personal representative", "not in any official capacity but as his personal representative"], F,
  "Thus, in the summer of 1941, FDR sent his close advisor Harry Hopkins to Moscow to meet with Stalin, not in any official capacity but as his personal representative.", "what", "position")
a("What do historians call Hitler's June 1941 invasion of the USSR?", "Operation Barbarossa", [], F,
  "Code-named Operation Barbarossa, the surprise attack, which involved more than 3.5 million men, 3,600 tanks, and 2,700 aircraft, was the largest military assault in European history.", "what", "naming lowoverlap")
a("How did FDR respond in the first days after the Germans invaded Russia?", "he authorized emergency assistance to the Soviets", ["authorized emergency assistance to the Soviets", "emergency assistance"], F,
  "Within two days of the German attack, he authorized emergency assistance to the Soviets.", "how", "reaction")
a("What was the total value of the wartime supplies America shipped to Moscow?", "more than $11 billion", ["$11 billion"], F,
  "Over the next three and a half years, the United States would provide the Soviets with more than $11 billion in war supplies.", "how many/how much", "lowoverlap")
a("What was the point of the 'second front' Roosevelt promised Stalin?", "to relieve the embattled Russians", ["relieve the embattled Russians"], F,
  "This concern likewise contributed to FDR’s decision to invade North Africa in 1942, keeping his promise to Stalin that he would open a diverting “second front” against Germany to relieve the embattled Russians.", "why", "purpose")
a("What terms did the Allies say they would demand of the Axis, as announced at Casablanca?", "unconditional surrender", ["“unconditional surrender”"], F,
  "FDR further bound the Soviets to the Allied coalition by announcing in January 1943 at the Casablanca Conference that the Allies would accept no peace without “unconditional surrender” by the Axis; the Soviets would not be left to fight on alone.", "what", "")
a("Why was Churchill uneasy about FDR wanting to deal with Stalin one-on-one?", "the rise of Soviet and American power would diminish Britain’s role in the war and in the peace that followed", ["who feared that the rise of Soviet and American power would diminish Britain’s role in the war and in the peace that followed", "feared that the rise of Soviet and American power would diminish Britain’s role in the war and in the peace that followed"], F,
  "FDR’s desire to meet Stalin on his own terms unnerved Churchill, who feared that the rise of Soviet and American power would diminish Britain’s role in the war and in the peace that followed.", "why", "lowoverlap")
a("How long after V-E Day did Stalin agree to go to war with Japan?", "within three months of Germany’s defeat", ["within three months", "three months"], F,
  "He also won Stalin’s promise to join the other Allies in the war against Japan within three months of Germany’s defeat.", "when", "")
a("What was Roosevelt trying to get from Stalin when they met in Crimea in 1945?", "to secure a commitment from Stalin that the Soviets would join the war against Japan and participate in the postwar United Nations", ["a commitment from Stalin that the Soviets would join the war against Japan and participate in the postwar United Nations"], F,
  "FDR’s objective was to secure a commitment from Stalin that the Soviets would join the war against Japan and participate in the postwar United Nations.", "what", "purpose lowoverlap")
a("How did Republicans later characterize what FDR did at Yalta?", "a betrayal of Eastern Europe", ["as a betrayal of Eastern Europe"], F,
  "But critics, especially Republican critics, would later condemn FDR’s actions at Yalta as a betrayal of Eastern Europe that permitted the Iron Curtain to enclose and darken that part of the world for decades to come.", "how", "")

# ---------------- Essays (64) ----------------
D = "1801-1829-war-of-1812"
a("Who stopped the Americans from taking Lower Canada?", "Canadians", [], D,
  "Canadians defeated an American invasion of Lower Canada.", "who", "converse")
a("What did many backers of the 1812 war hope the country would win out of it?", "British and Spanish territory in North America", ["British and Spanish territory in North America as potential prizes"], D,
  "Many who supported the call to arms saw British and Spanish territory in North America as potential prizes to be won by battle or negotiations after a successful war.", "what", "lowoverlap")

D = "1945-1952-truman-doctrine"
a("How much money did Truman ask lawmakers to send to Athens and Ankara?", "$400,000,000", [], D,
  "Accordingly, in his speech, President Truman requested that Congress provide $400,000,000 worth of aid to both the Greek and Turkish Governments and support the dispatch of American civilian and military personnel and equipment to the region.", "how many/how much", "lowoverlap")
a("What prompted Truman to go before Congress in March 1947?", "a recent announcement by the British Government that, as of March 31, it would no longer provide military and economic assistance to the Greek Government", ["a recent announcement by the British Government that, as of March 31, it would no longer provide military and economic assistance to the Greek Government in its civil war against the Greek Communist Party"], D,
  "The immediate cause for the speech was a recent announcement by the British Government that, as of March 31, it would no longer provide military and economic assistance to the Greek Government in its civil war against the Greek Communist Party.", "what", "cause lowoverlap")

D = "1830-1860-webster-treaty"
a("How many square miles of the contested northeastern land did Britain end up with?", "5,012", [], D,
  "Webster and Ashburton agreed on a division of disputed territory, giving 7,015 square miles to the United States and 5,012 to Great Britain; agreed on the boundary line through the Great Lakes to the Lake of the Woods; and agreed on provisions for open navigation in several bodies of water.", "how many/how much", "")
a("What was Webster unwilling to let the British do in the fight against the slave trade?", "British inspection of U.S. ships suspected of carrying slaves", ["inspection of U.S. ships suspected of carrying slaves"], D,
  "Secretary Webster would not agree to British inspection of U.S. ships suspected of carrying slaves, but did agree that U.S. warships would be maintained off the coast of Africa to search suspected slavers flying the American flag.", "what", "exception")

D = "1830-1860-oregon-territory"
a("What was the rallying cry of the hawks in Congress over the Oregon border?", "54 degrees 40 minutes or fight", ["“54 degrees 40 minutes or fight.”"], D,
  "By 1843, increased American immigration on the Oregon Trail to the Territory made the border issue a burning one in Congress, where jingoists raised the slogan of “54 degrees 40 minutes or fight.”", "what", "lowoverlap")
a("Which island went entirely to the British side in the 1846 settlement?", "Vancouver Island", ["the whole of Vancouver Island"], D,
  "With some minor modifications, which reserved the whole of Vancouver Island to Canada, Great Britain agreed to Polk’s suggestion.", "which", "lowoverlap")

D = "1861-1865-confederacy"
a("What was Charles Francis Adams's diplomatic post during the Civil War?", "Minister to England", [], D,
  "Sensitive to any further international recognition of the Confederates as statesmen rather than rebels, Secretary of State William H. Seward instructed Charles Francis Adams, Minister to England and the son of former Secretary of State and President John Quincy Adams, to warn the British not to “fraternize with our domestic enemy,” whether officially or unofficially, or risk an Anglo-American war.", "what", "position")
a("What did Lord John Russell say about the South's belligerent rights?", "The question of belligerent rights is one, not of principle, but of fact.", ["one, not of principle, but of fact"], D,
  "The Union was greatly angered by European recognition of Southern belligerency, fearing that is was a first step toward diplomatic recognition, but as British Foreign Secretary Lord John Russell said, “The question of belligerent rights is one, not of principle, but of fact.”", "what", "quote")

D = "1953-1960-suez"
a("when did nasser take over the suez canal company", "July 26, 1956", ["On July 26, 1956"], D,
  "On July 26, 1956, Egyptian President Gamal Abdel Nasser announced the nationalization of the Suez Canal Company, the joint British-French enterprise which had owned and operated the Suez Canal since its construction in 1869.", "when", "lowercase")
a("What was the Suez Canal Users' Association that Dulles proposed supposed to do?", "to operate the Canal", ["operate the Canal"], D,
  "On September 9, U.S. Secretary of State John Foster Dulles proposed the creation of a Suez Canal Users’ Association (SCUA), an international consortium of 18 of the world’s leading maritime nations, to operate the Canal.", "what", "purpose")

D = "1969-1976-helsinki"
a("Which European state refused to put its name to the Helsinki Final Act?", "Albania", [], D,
  "Every European country except Albania signed the Act, in addition to the United States and Canada.", "which", "exception")
a("Why did activists form the Helsinki Monitoring Groups?", "To follow the progress of the USSR in implementing the human rights stipulations established in the Act", ["follow the progress of the USSR in implementing the human rights stipulations established in the Act"], D,
  "To follow the progress of the USSR in implementing the human rights stipulations established in the Act, human rights activists set up Helsinki Monitoring Groups in the Soviet Union and across Europe.", "why", "purpose")

D = "1750-1775-parliamentary-taxation"
a("How did London react when Gage advised suspending the Intolerable Acts?", "by removing him from his post", ["removing him from his post"], D,
  "British ministers responded to Gage’s suggestions by removing him from his post.", "how", "reaction")
a("What job was General Gage given in 1774 to tighten British control?", "military governor of Massachusetts", [], D,
  "British control was further solidified by the appointment of General Thomas Gage as military governor of Massachusetts.", "what", "position")

D = "1784-1800-loans"
a("Which official was in charge of the country's debts once the Constitution took effect?", "Secretary of the Treasury Alexander Hamilton", ["Alexander Hamilton", "Hamilton"], D,
  "Responsibility for managing debts fell to Secretary of the Treasury Alexander Hamilton.", "who", "")
a("Why did the young republic focus on repaying the Dutch rather than Spain?", "because Amsterdam remained the most likely source of future loans", ["Amsterdam remained the most likely source of future loans"], D,
  "The United States also owed money to the Spanish Government and private Dutch investors, but focused on paying off the Dutch because Amsterdam remained the most likely source of future loans, which the United States successfully obtained in 1787 and 1788, despite its precarious financial state.", "why", "")

D = "1921-1936-export-import-bank"
a("What was the original Export-Import Bank created for in February 1934?", "to finance U.S. trade with the newly-recognized Soviet Union", ["finance U.S. trade with the newly-recognized Soviet Union"], D,
  "In February 1934, Roosevelt established the bank as an institution designed to finance U.S. trade with the newly-recognized Soviet Union.", "what", "purpose")
a("How did Roosevelt respond to the currency stabilization plan at the 1933 London conference?", "rejected such an agreement", ["Roosevelt rejected such an agreement as “a purely artificial and temporary experiment,”", "rejected such an agreement as “a purely artificial and temporary experiment,”"], D,
  "The chances for success were already slim when, on July 3, Roosevelt rejected such an agreement as “a purely artificial and temporary experiment,” asserting that a “sound internal economic situation” was more important to a country’s prosperity than the external value of its currency.", "how", "reaction")

D = "1784-1800-jay-treaty"
a("What position did John Jay hold when Washington sent him to negotiate in London?", "Chief Justice", ["pro-British Chief Justice"], D,
  "Fearing the repercussions of a war with Britain, President George Washington sided with Hamilton and sent pro-British Chief Justice John Jay to negotiate with the British Government.", "what", "position")
a("What did Hamilton's private assurances to London do to Jay's bargaining position?", "left Jay with little leverage", ["little leverage", "left Jay with little leverage to force the British to comply with U.S. demands"], D,
  "Hamilton’s actions left Jay with little leverage to force the British to comply with U.S. demands.", "what", "consequence")

D = "1921-1936-foreword"
a("What did Washington mostly aim for abroad in the Depression years of the 1930s?", "keeping the nation out of the brewing tension in Europe and Asia", [], D,
  "In this environment, keeping the nation out of the brewing tension in Europe and Asia became an important foreign policy goal.", "what", "lowoverlap")

D = "1989-1992-apec"
a("In which country was APEC founded?", "Australia", ["in Australia"], D,
  "Asia Pacific Economic Cooperation, or APEC, was formed in 1989 in Australia as an informal forum in which member nations could discuss free trade and economic cooperation along the Pacific Rim.", "where", "")
a("Which president hosted the first yearly leaders' gathering of the Pacific Rim trade forum?", "President Bill Clinton", ["Bill Clinton", "Clinton"], D,
  "In 1993 in Seattle, Washington, President Bill Clinton hosted what became the first annual meeting of member economies—ministers and economic leaders.", "which", "")

D = "1921-1936-kellogg"
a("By what other name is the Kellog-Briand Pact known?", "the Pact of Paris", ["Pact of Paris"], D,
  "Sometimes called the Pact of Paris for the city in which it was signed, the pact was one of many international efforts to prevent another World War, but it had little effect in stopping the rising militarism of the 1930s or preventing World War II.", "what", "misspelt")
a("What office did Aristide Briand hold when he suggested the peace pact?", "French Minister of Foreign Affairs", ["Minister of Foreign Affairs"], D,
  "With the influence and assistance of Shotwell and Butler, French Minister of Foreign Affairs Aristide Briand proposed a peace pact as a bilateral agreement between the United States and France to outlaw war between them.", "what", "position")

D = "1899-1913-roosevelt-and-monroe-doctrine"
a("Which countries did Washington use the Roosevelt Corollary to justify going into?", "Cuba, Nicaragua, Haiti, and the Dominican Republic", [], D,
  "Over the long term the corollary had little to do with relations between the Western Hemisphere and Europe, but it did serve as justification for U.S. intervention in Cuba, Nicaragua, Haiti, and the Dominican Republic.", "which", "list")

D = "1937-1945-chinese-exclusion-act-repeal"
a("How many Chinese were allowed to immigrate each year after the 1943 repeal?", "around 105 visas per year", ["around 105", "105"], D,
  "In 1943, Congress passed a measure to repeal the discriminatory exclusion laws against Chinese immigrants and to establish an immigration quota for China of around 105 visas per year.", "how many/how much", "")
a("What was Tokyo's propaganda about American exclusion of the Chinese meant to achieve?", "to weaken the ties between the United States and its ally, the Republic of China", ["in order to weaken the ties between the United States and its ally, the Republic of China"], D,
  "The repeal of this act was a decision almost wholly grounded in the exigencies of World War II, as Japanese propaganda made repeated reference to Chinese exclusion from the United States in order to weaken the ties between the United States and its ally, the Republic of China.", "what", "purpose")

D = "1977-1980-north-south-dialogue"
a("when was unctad set up", "1964", ["in 1964"], D,
  "The sudden influx of new countries changed the balance of power in the General Assembly and made possible the establishment of the United Nations Conference on Trade and Development, or UNCTAD, in 1964.", "when", "short lowercase")
a("What eventually killed the momentum of the North-South talks at the end of the 1970s?", "the increasing conflicts between the United States and the Soviet Union", ["increasing conflicts between the United States and the Soviet Union"], D,
  "Late in the 1970s, the increasing conflicts between the United States and the Soviet Union finally served to sour the prospects for continuing North-South discussions, as the industrialized nations renewed their focus and redirected their resources to the Cold War and paid less attention to development issues.", "what", "cause")

D = "1914-1920-fourteen-points"
a("What did Wilson call the panel of specialists who helped him plan the peace?", "The Inquiry", [], D,
  "He then appointed a committee of experts known as The Inquiry to help him refine his ideas for peace.", "what", "naming lowoverlap")
a("How did Lenin react to Wilson's speech on war aims?", "as a landmark of enlightenment in international relations", ["a landmark of enlightenment in international relations"], D,
  "The address was immediately hailed in the United States and Allied nations, and even by Bolshevik leader Vladimir Lenin, as a landmark of enlightenment in international relations.", "how", "reaction")

D = "1953-1960-warsaw-treaty"
a("when was the warsaw pact created", "May 14, 1955", ["on May 14, 1955"], D,
  "The Warsaw Treaty Organization (also known as the Warsaw Pact) was a political and military alliance established on May 14, 1955 between the Soviet Union and several Eastern European countries.", "when", "lowercase short")
a("Which Eastern bloc state had no bilateral treaty with Moscow before 1955?", "East Germany", [], D,
  "Following World War II, the Soviet Union had concluded bilateral treaties with each of the East European states except for East Germany, which was still part of the Soviet occupied-territory of Germany.", "which", "exception")

D = "1801-1829-louisiana-purchase"
a("What disease was wiping out Napoleon's troops in the Caribbean sugar colony?", "yellow fever", [], D,
  "Meanwhile, the French Army in St. Domingue was being decimated by yellow fever, and war between France and England still threatened.", "what", "lowoverlap")

D = "1866-1898-alaska-purchase"
a("What did critics mockingly call the purchase of Russian America?", "Seward’s Folly", ["“Seward’s Folly,”"], D,
  "Skeptics had dubbed the purchase of Alaska “Seward’s Folly,” but the former Secretary of State was vindicated when a major gold deposit was discovered in the Yukon in 1896, and Alaska became the gateway to the Klondike gold fields.", "what", "naming lowoverlap")
a("when did alaska become a state", "January 3, 1959", ["on January 3, 1959"], D,
  "Alaska became a state on January 3, 1959.", "when", "lowercase short")

D = "1969-1976-angola"
a("How did Fidel Castro answer South Africa's drive toward Luanda?", "sent Cuban Special Forces to halt the South African advance", ["Cuban Special Forces"], D,
  "In response, Castro sent Cuban Special Forces to halt the South African advance and succeeded in drawing attention to the fact that the United States had provided support to a group that now accepted assistance from an Apartheid government.", "how", "reaction")
a("How did Congress respond to Ford's request for more money for the Angola operation?", "rejected the President’s request for additional funds", ["rejected", "Congress rejected the President’s request for additional funds"], D,
  "In the end, Congress rejected the President’s request for additional funds.", "how", "reaction")

D = "1921-1936-good-neighbor"
a("Who was Roosevelt's top diplomat at the Montevideo meeting in 1933?", "Cordell Hull", ["Roosevelt’s Secretary of State, Cordell Hull"], D,
  "Roosevelt’s Secretary of State, Cordell Hull, participated in the Montevideo Conference of December 1933, where he backed a declaration favored by most nations of the Western Hemisphere: “No state has the right to intervene in the internal or external affairs of another”.", "who", "lowoverlap")

D = "1776-1783-secret-committee"
a("Why was the Committee of Secret Correspondence set up?", "to communicate with sympathetic Britons and other Europeans", ["communicate with sympathetic Britons and other Europeans"], D,
  "The Continental Congress established the Committee of Secret Correspondence to communicate with sympathetic Britons and other Europeans early in the American Revolution.", "why", "purpose")
a("What role did Thomas Paine have in Congress's foreign affairs committee?", "secretary of the Committee", [], D,
  "Thomas Paine, who had become secretary of the Committee, sympathized with Lee.", "what", "position")

D = "1953-1960-eisenhower-doctrine"
a("How did Ike answer the Lebanese president's appeal for help in 1958?", "by sending U.S. troops into Lebanon to help maintain order", ["sending U.S. troops into Lebanon"], D,
  "Eisenhower responded to Chamoun’s request by sending U.S. troops into Lebanon to help maintain order.", "how", "reaction")
a("What did Eisenhower believe the Suez war had left behind in the Middle East?", "a power vacuum", [], D,
  "President Eisenhower believed that, as a result of the Suez conflict, a power vacuum had formed in the Middle East due to the loss of prestige of Great Britain and France.", "what", "consequence")

D = "1921-1936-mukden-incident"
a("What name did Japan give its new state in Manchuria?", "Manchukuo", [], D,
  "The Japanese declared the area to be the new autonomous state of Manchukuo, though the new nation was in fact under the control of the local Japanese Army.", "what", "naming")
a("What did the Japanese delegates do after the League approved the Lytton findings?", "walked out and never returned to the League Council", ["walked out"], D,
  "When the Lytton Report was ratified by the League in 1933, the Japanese delegation walked out and never returned to the League Council.", "what", "reaction")

D = "1866-1898-commodore-shufeldt"
a("Why did Shufeldt want the United States to get Fernando Po?", "in order to secure access to palm oil", ["to secure access to palm oil", "palm oil"], D,
  "Shufeldt also recommended that the United States acquire the Spanish-controlled island of Fernando Po (present-day Bioko in Equatorial Guinea) in order to secure access to palm oil.", "why", "purpose")
a("What naval rank had Shufeldt reached by the time the Korea treaty was signed?", "Rear Admiral", [], D,
  "However, the voyage did lay the necessary groundwork for the 1883 Korean treaty which was signed on May 22, 1883 after Shufeldt had been promoted to Rear Admiral and had secured a diplomatic post in China.", "what", "position")

D = "1953-1960-sputnik"
a("How much did the first Sputnick weigh?", "184 pounds", [], D,
  "At 184 pounds, the Russian satellite was much heavier than anything the United States was developing at the time, and its successful launch was quickly followed by the launch of two additional satellites, including one that carried a dog into space.", "how many/how much", "misspelt")
a("What was the name of the American satellite that blew up on the pad in late 1957?", "Vanguard", [], D,
  "The U.S. Government suffered a severe setback in December of 1957 when its first artificial satellite, named Vanguard, exploded on the launch pad, serving as a very visible reminder of how much the country had yet to accomplish to be able to compete militarily with the Soviets.", "what", "naming")

D = "1861-1865-alabama"
a("How many Union merchant vessels did the Alabama seize?", "58", [], D,
  "It captured 58 Northern merchant ships before it was sunk in June 1864 by a U.S. warship off the coast of France.", "how many/how much", "")
a("How much did the arbitrators make Britain pay over the Alabama claims?", "$15.5 million", [], D,
  "The arbitration commission, which issued its decision in September 1872, rejected American claims for indirect damages, but did order Britain to pay the United States $15.5 million as compensation for the Alabama claims.", "how many/how much", "")

D = "1921-1936-immigration-act"
a("Which Asians were exempted from the 1917 Asiatic Barred Zone?", "Japanese and Filipinos", [], D,
  "Finally, the Act excluded from entry anyone born in a geographically defined “Asiatic Barred Zone” except for Japanese and Filipinos.", "which", "exception")
a("Which president killed Dillingham's quota bill with a pocket veto?", "President Wilson", ["Wilson"], D,
  "President Wilson opposed the restrictive act, preferring a more liberal immigration policy, so he used the pocket veto to prevent its passage.", "which", "")

D = "1921-1936-protectionism"
a("What is the formal name of the Smoot-Hawley law?", "the Tariff Act of 1930", ["Tariff Act of 1930"], D,
  "When the dust had settled, Congress had produced a piece of legislation, the Tariff Act of 1930, more commonly known as the Smoot-Hawley tariff, that entrenched the protectionism of the Fordney-McCumber tariff.", "what", "naming")
a("How far did international trade drop in the early Depression years?", "some 66%", ["66%"], D,
  "Overall, world trade declined by some 66% between 1929 and 1934.", "how many/how much", "lowoverlap")

D = "1945-1952-nsc68"
a("Who headed the State Department team that drafted NSC-68?", "Paul Nitze", [], D,
  "Reeling from the recent victory of Communist forces in the Chinese Civil War and the successful detonation of an atomic weapon by the Soviet Union, Secretary of State Dean Acheson asked the Policy Planning Staff, led by Paul Nitze, to undertake a comprehensive review of U.S. national security strategy.", "who", "")
a("What finally tipped Washington toward adopting the NSC-68 recommendations?", "the invasion of South Korea by Soviet and Chinese-backed North Korean forces in June 1950", ["the invasion of South Korea"], D,
  "However, the invasion of South Korea by Soviet and Chinese-backed North Korean forces in June 1950, and continuing charges by Congressional critics that the Administration was soft on Communism, quickly settled matters in favor of the report’s recommendations.", "what", "cause")

D = "1969-1976-oil-embargo"
a("Apart from the U.S., which three countries did the Arab oil producers target?", "the Netherlands, Portugal, and South Africa", ["Netherlands, Portugal, and South Africa"], D,
  "Arab OPEC members also extended the embargo to other countries that supported Israel including the Netherlands, Portugal, and South Africa.", "which", "list")
a("What was Nixon's Project Independence meant to do?", "to promote domestic energy independence", ["promote domestic energy independence"], D,
  "Partly in response to these developments, on November 7 the Nixon administration announced Project Independence to promote domestic energy independence.", "what", "purpose")

D = "1961-1968-npt"
a("Which two countries with the bomb stayed out of the NPT?", "France and the People’s Republic of China", ["France", "the People’s Republic of China"], D,
  "Still, it had one major drawback in that two nuclear powers, France and the People’s Republic of China, did not sign the agreement, nor did a number of non-nuclear states.", "which", "exception list")
a("Which country first called at the UN for a ban on passing nuclear technology to others?", "Ireland", [], D,
  "A ban on the distribution of nuclear technology was first proposed by Ireland in a meeting of the General Assembly of the United Nations in 1961.", "which", "")

# ---------------- Unanswerable (20) ----------------
U = []  # (question, tags)
def u(q, tags=""):
    U.append(dict(question=q, tags=tags))
u("How many tanks did the Red Army lose in the first weeks of Operation Barbarossa?")
u("Who was the captain of the Confederate raider Alabama?")
u("What was the name of the U.S. warship that sank the Alabama off France?")
u("Which city did Japan make the capital of Manchukuo?")
u("How many Cuban soldiers did Castro send to Angola in 1975?")
u("What interest rate did the Dutch bankers charge on John Adams's 1782 loan?")
u("By how much did Saudi Arabia cut its oil production during the 1973 embargo?")
u("What did Nasser say publicly about the Eisenhower Doctrine?")
u("How many people were killed in the Boston riots against the Stamp Act?")
u("How many miles did the Ticonderoga sail on Shufeldt's voyage?")
u("How much capital did Congress give the Export-Import Bank when the two banks were merged in 1935?")
u("What was the name of the dog carried into orbit by the second Sputnik?")
u("Which city hosted the APEC leaders' meeting in 2001?")
u("Why did Stalin refuse to attend the Yalta Conference?", "falsepremise")
u("What did Roosevelt and Stalin agree on at the Potsdam Conference?", "falsepremise")
u("Why did Japan refuse to sign the Kellogg-Briand Pact in 1928?", "falsepremise")
u("Why did Albania agree to sign the Helsinki Final Act?", "falsepremise")
u("When did Stalin travel to the White House to sign the 1933 recognition agreement?", "falsepremise")
u("Why did the Senate vote down the Oregon treaty in 1846?", "falsepremise")
u("Why did France sign the Nuclear Non-Proliferation Treaty in 1968?", "falsepremise")
