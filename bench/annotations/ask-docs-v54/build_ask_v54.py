# Builds ask_v54.jsonl from the hand-written items below (shuffled with a fixed seed).
import json, random
B = "000_beabee21081aa6a0"
A = []  # (style tags, question, answer, alternatives, document, citation, kind)
def q(tags, question, answer, alts, doc, cit, kind):
    A.append(dict(tags=tags, question=question, answer=answer, alternatives=alts, document=doc, citation=cit, kind=kind))

# ---------------- exhibit: Roosevelt and Stalin (16) ----------------
q([], "About how many Soviet troops died in combat during the war?", "some 8.7 million", ["8.7 million", "some 8.7 million soldiers"], B,
  "The Soviets lost some 8.7 million soldiers on the battlefield; millions of civilians also perished on the brutal Eastern Front.", "how many/how much")
q(["say"], "How did Roosevelt characterize the Kremlin's regime at the start of the 1940s?", "a dictatorship as absolute as any other dictatorship in the world", [], B,
  "FDR understood that Stalin was an oppressive and even violent ruler, asserting in 1940 that the USSR was run by “a dictatorship as absolute as any other dictatorship in the world.”", "how")
q(["list"], "Which four countries did Roosevelt expect to keep order in the postwar world?", "the United States, the United Kingdom, China, and the USSR", [], B,
  "The president believed the future of the world depended to a large extent on the cooperation of what he called “the Four Policemen”—the United States, the United Kingdom, China, and the USSR.", "which")
q(["how long"], "For how long did America keep sending war materiel to Moscow?", "the next three and a half years", ["three and a half years"], B,
  "Over the next three and a half years, the United States would provide the Soviets with more than $11 billion in war supplies.", "how many/how much")
q(["job"], "What post did Litvinov hold in Moscow's government?", "the Soviet foreign minister", ["Soviet foreign minister", "foreign minister"], B,
  "Indeed, the resulting accord, signed by FDR and Maxim Litvinov, the Soviet foreign minister, at the White House in November 1933, became known as the Roosevelt-Litvinov Agreement.", "what")
q([], "What right did the Kremlin guarantee U.S. citizens residing in Russia under the 1933 deal?", "religious freedom", ["to grant religious freedom to American citizens living in the Soviet Union"], B,
  "Under its terms, the Soviet Union pledged to participate in future talks aimed at settling its outstanding debts to the United States, to refrain from interfering in U.S. domestic affairs, and to grant religious freedom to American citizens living in the Soviet Union.", "what")
q(["wanted"], "During the Depression, what were U.S. firms eager to do in Russia?", "to open Soviet markets to American goods", ["open Soviet markets to American goods"], B,
  "For the pragmatic FDR, the normalization of ties seemed a logical move, first, because in the midst of the Great Depression, the U.S. State Department and business community were anxious to open Soviet markets to American goods, and, second, because closer ties between Washington, DC, and Moscow might help deter further Japanese aggression in Asia and might even give pause to Adolf Hitler in Europe.", "what")
q(["lowercase"], "what was the code name for hitler's 1941 attack on the soviet union", "Operation Barbarossa", ["Barbarossa"], B,
  "Code-named Operation Barbarossa, the surprise attack, which involved more than 3.5 million men, 3,600 tanks, and 2,700 aircraft, was the largest military assault in European history.", "what")
q(["wanted"], "What was Churchill afraid would happen if Roosevelt dealt with Stalin on his own?", "that the rise of Soviet and American power would diminish Britain’s role in the war and in the peace that followed", ["the rise of Soviet and American power would diminish Britain’s role in the war and in the peace that followed"], B,
  "FDR’s desire to meet Stalin on his own terms unnerved Churchill, who feared that the rise of Soviet and American power would diminish Britain’s role in the war and in the peace that followed.", "what")
q(["how long"], "How long after Germany was beaten did Stalin agree to enter the fight against Japan?", "within three months of Germany’s defeat", ["within three months", "three months"], B,
  "He also won Stalin’s promise to join the other Allies in the war against Japan within three months of Germany’s defeat.", "when")
q(["kind"], "What sort of vote was Poland promised at the Crimean summit?", "free and unfettered elections", ["the holding of free and unfettered elections as soon as possible on the basis of universal suffrage and secret ballot"], B,
  "In fact, at Yalta all three leaders signed the Declaration of Liberated Europe and the Declaration on Poland, both of which proclaimed the right of all people in lands formerly taken by the Nazis to choose their own form of government and, in the case of the Poles, called for “the holding of free and unfettered elections as soon as possible on the basis of universal suffrage and secret ballot.”", "what")
q(["whose"], "Whose wish to expand the Mediterranean campaign did Roosevelt decline to endorse at Tehran?", "Churchill", ["Churchill’s desire"], B,
  "For example, FDR refused to back Churchill’s desire to beef up Anglo-American operations then underway in Italy and the eastern Mediterranean.", "who")
q(["kind"], "What kind of power did Roosevelt take the USSR to be?", "a continental power largely devoid of colonial ambitions", ["a continental power"], B,
  "Never one to accord ideology much weight, Franklin D. Roosevelt tended to regard the Union of Soviet Socialist Republics (USSR), a federation of communist republics dominated by Russia and formed in 1922 after a three-year Russian civil war, the same way he viewed Russia itself—as a continental power largely devoid of colonial ambitions that was driven by the same fears and ambitions as Europe’s other leading states.", "what")
q(["short"], "When did FDR recognize the USSR?", "1933", ["in 1933"], B,
  "It is for this reason that FDR made the decision to recognize the Soviet Union in 1933, and, in the aftermath of Russia’s entry into World War II, to offer Stalin substantial American military and economic aid.", "when")
q(["demonym"], "Which Nordic nation did Moscow go to war with at the end of the 1930s?", "Finland", [], B,
  "Hence, while he condemned Moscow’s move into Poland, criticized the Soviet attack on Finland in 1939–40, and refused to recognize the Soviet takeover of the Baltic states in the summer of 1940, he was careful not to close the door completely on possible future collaboration.", "which")
q(["whose"], "Whose refusal to deal with the Bolshevik government did Roosevelt set out to undo?", "President Woodrow Wilson", ["Woodrow Wilson"], B,
  "Franklin D. Roosevelt entered the presidency determined to reverse America’s policy of refusing to officially recognize the Soviet Union, established by President Woodrow Wilson in 1917.", "who")

# ---------------- essays (64) ----------------
D = "1937-1945-foreword"
q(["list"], "Which three nations made up the Axis?", "Germany, Italy and Japan", [], D,
  "In 1940, U.S. policy slowly began to shift from neutrality to non-belligerency by providing aid to the nations at war with the Axis Powers—Germany, Italy and Japan.", "which")
q(["lowercase", "short"], "when did america join ww2", "December 7, 1941", ["On December 7, 1941"], D,
  "On December 7, 1941, the Japanese attacked the U.S. naval installation at Pearl Harbor, and the United States formally entered the Second World War.", "when")
D = "1937-1945-bretton-woods"
q(["job"], "What was Harry Dexter White's job when he drafted his postwar plan?", "Special Assistant to the U.S. Secretary of the Treasury", [], D,
  "Harry Dexter White, Special Assistant to the U.S. Secretary of the Treasury, and John Maynard Keynes, an advisor to the British Treasury, each drafted plans creating organizations that would provide financial assistance to countries experiencing short-term balance of payments deficits; this assistance was meant to ensure that such countries did not adopt protectionist or predatory economic policies to improve their balance of payments position.", "what")
q(["how long"], "How long did the GATT serve as the rulebook for world commerce?", "almost fifty years", ["for almost fifty years"], D,
  "Instead, it was the GATT that governed postwar international trade relations for almost fifty years.", "how many/how much")
D = "1784-1800-convention-and-ratification"
q(["whose"], "What was the State Department's original name?", "the Department of Foreign Affairs", ["Department of Foreign Affairs"], D,
  "Congress passed legislation creating the Department of Foreign Affairs in its first session in 1789, and in the same year changed the name to the Department of State after it added several additional domestic duties to the Department.", "what")
q(["demonym"], "Which European power kept U.S. vessels off the Mississippi in the 1780s?", "the Spanish Government", ["Spanish Government"], D,
  "Lastly, the Spanish Government, which controlled New Orleans, barred American ships from navigating the Mississippi River.", "which")
D = "1750-1775-foreword"
q(["naming"], "What do Europeans call the conflict Americans know as the French and Indian War?", "the Seven Years’ War", ["Seven Years’ War"], D,
  "Sometimes, as in the case of the French and Indian War (which in Europe was referred to as the Seven Years’ War), European politics regarding balances of power resulted in conflict in the colonies.", "what")
q(["list"], "What two questions mainly occupied diplomats before the Revolution?", "the European balance of power and the colonists’ appropriation of land from the Native Americans", [], D,
  "Colonial era diplomacy focused on two issues: the European balance of power and the colonists’ appropriation of land from the Native Americans.", "what")
D = "1921-1936-red-line"
q(["wanted"], "What was Raymond Poincaré determined to set up?", "an independent French oil company that could compete with major British and American oil companies", ["an independent French oil company"], D,
  "Prime Minister Raymond Poincaré of France, however, brushed aside any such suggestions, since he was determined to create an independent French oil company that could compete with major British and American oil companies, which became known collectively as the seven sisters.", "what")
q(["misspelt"], "What was the Turkish Petrolium Company renamed in 1929?", "the Iraqi Petroleum Company", ["Iraqi Petroleum Company"], D,
  "The Red Line Agreement proved to be a difficult arrangement, since it could not keep non-member companies from seeking concessions within the area covered by the TPC (which was renamed the Iraqi Petroleum Company in 1929).", "what")
D = "1921-1936-kellogg"
q(["wanted"], "What obligation did Coolidge and Kellogg fear a two-country deal with Paris might impose on the U.S.?", "intervene if France was ever threatened", ["require the United States to intervene if France was ever threatened"], D,
  "They worried that the agreement against war could be interpreted as a bilateral alliance and require the United States to intervene if France was ever threatened.", "what")
q(["job"], "What office did Aristide Briand hold?", "French Minister of Foreign Affairs", ["Minister of Foreign Affairs"], D,
  "With the influence and assistance of Shotwell and Butler, French Minister of Foreign Affairs Aristide Briand proposed a peace pact as a bilateral agreement between the United States and France to outlaw war between them.", "what")
D = "1989-1992-tiananmen-square"
q(["whose"], "Whose passing set off the spring 1989 gatherings in Beijing?", "Hu Yaobang", ["the popular pro-reform Chinese leader Hu Yaobang"], D,
  "The demonstrations began on April 15, when Chinese students gathered in Beijing’s Tiananmen Square, where so many student and mass demonstrations had taken place since the early 20th century, to mark the death of the popular pro-reform Chinese leader Hu Yaobang.", "who")
q(["misspelt", "short"], "When was marshall law declared in Beijing?", "May 20", ["on May 20"], D,
  "The Chinese leadership imposed martial law in Beijing on May 20.", "when")
D = "1830-1860-texas-annexation"
q([], "How much territory did Mexico give up at the end of the war with the United States?", "approximately 525,000 square miles", ["525,000 square miles", "55% of its prewar territory"], D,
  "Under the terms of the treaty, Mexico ceded to the United States approximately 525,000 square miles (55% of its prewar territory) in exchange for a $15 million lump sum payment, and the assumption by the U.S. Government of up to $3.25 million worth of debts owed by Mexico to U.S. citizens.", "how many/how much")
q(["say"], "What did David Wilmot's amendment say about lands won from Mexico?", "neither slavery nor involuntary servitude shall ever exist", ["“neither slavery nor involuntary servitude shall ever exist”"], D,
  "On August 8, 1846, Congressman David Wilmot introduced a rider to an appropriations bill that stipulated that “neither slavery nor involuntary servitude shall ever exist” in any territory acquired by the United States in the war against Mexico.", "what")
D = "1830-1860-foreword"
q(["naming"], "What name was given to the idea that the U.S. was fated to stretch from coast to coast?", "manifest destiny", ["“manifest destiny,”"], D,
  "During this crucial period, the United States pursued a policy of expansion based on “manifest destiny,” the ideology that Americans were in fact destined to extend their nation across the continent.", "what")
D = "1953-1960-eisenhower-doctrine"
q(["wanted"], "What did Ike fear radical nationalism in the region would join up with?", "international communism", [], D,
  "Because Eisenhower feared that radical nationalism would combine with international communism in the region and threaten Western interests, he was willing to commit to sending U.S. troops to the Middle East under certain circumstances.", "what")
q(["whose"], "Whose popularity in the Arab world grew after the Suez Crisis?", "Gamal Abdel Nasser", ["Egyptian President Gamal Abdel Nasser", "Nasser"], D,
  "The Suez Crisis, which had resulted in military mobilization by Great Britain, France, and Israel—as well as United Nations action—against Egypt, had encouraged pan-Arab sentiment in the Middle East, and elevated the popularity and influence of Egyptian President Gamal Abdel Nasser.", "who")
D = "1989-1992-madrid-conference"
q([], "Which Kremlin leader presided jointly with the American president over the 1991 peace talks in Spain?", "Mikhail Gorbachev", ["Soviet President Mikhail Gorbachev"], D,
  "The Conference, co-chaired by Bush and Soviet President Mikhail Gorbachev, was attended by Israeli, Egyptian, Syrian, and Lebanese delegations, as well as a joint Jordanian-Palestinian delegation.", "who")
q(["why"], "Why did Israel end up talking straight to the PLO instead of through the Madrid channel?", "Frustrated by the Palestinian delegation’s inability to move forward without Arafat’s approval", ["the Palestinian delegation’s inability to move forward without Arafat’s approval"], D,
  "Frustrated by the Palestinian delegation’s inability to move forward without Arafat’s approval, the Israelis decided to negotiate directly with the PLO, culminating in the signing of the Declaration of Principles on September 13, 1993.", "why")
D = "1969-1976-detente"
q(["demonym"], "Which Central Asian country did the Soviets invade in 1979?", "Afghanistan", [], D,
  "By the time the Soviet Union invaded Afghanistan in 1979, the spirit of cooperation had been replaced with renewed competition and formal implementation of the SALT II agreement stalled.", "which")
q([], "What rift between two communist giants made Moscow keener on friendlier ties with Washington?", "the Sino-Soviet split", ["Sino-Soviet split"], D,
  "The emergence of the Sino-Soviet split also made the idea of generally improving relations with the United States more appealing to the USSR.", "what")
D = "1899-1913-japanese-relations"
q(["job"], "What was William Howard Taft's position when he met Katsura Taro?", "U.S. Secretary of War", ["Secretary of War"], D,
  "In the same year, U.S. Secretary of War William Howard Taft met with Prime Minister Katsura Taro in Japan.", "what")
q(["wanted"], "What did the Japanese seek at the 1919 League talks that the U.S. turned down?", "a racial equality clause", ["a racial equality clause or an admission of the equality of the nations"], D,
  "The United States refused to accept the Japanese request for a racial equality clause or an admission of the equality of the nations.", "what")
D = "1750-1775-incidents"
q(["converse"], "Who was forced to give up to a French and Indian force on July 3, 1754?", "Washington", [], D,
  "Expecting further French incursions, Washington then hastily constructed a fort and prepared to defend his forces, but a combined French and Indian force forced his surrender on July 3.", "who")
q([], "What stronghold rose where William Trent's half-built post had stood?", "Fort Duquesne", ["the much more formidable Fort Duquesne"], D,
  "The French destroyed the unfinished fort, building in its place the much more formidable Fort Duquesne.", "what")
D = "1977-1980-foreword"
q(["kind"], "What kind of figure was Jimmy Carter when he became president?", "a Washington outsider", ["Washington outsider"], D,
  "President Jimmy Carter took office in January 1977 as a Washington outsider, pledging to restore a sense a morality to both domestic and foreign policy following the traumas of the Vietnam War and Watergate.", "what")
q(["consequence"], "Which Games did American athletes sit out because of the White House's response to events in Kabul?", "1980 Moscow Summer Olympics", ["the upcoming 1980 Moscow Summer Olympics", "Moscow Summer Olympics"], D,
  "Carter responded to the Soviet invasion by embargoing grain sales, banning technology exports, and prohibiting U.S. participation in the upcoming 1980 Moscow Summer Olympics.", "which")
D = "1784-1800-loans"
q(["job"], "What was James Swan's profession?", "an American banker", ["American banker", "banker"], D,
  "In 1795, the United States was finally able to settle its debts with the French Government with the help of James Swan, an American banker who privately assumed French debts at a slightly higher interest rate.", "what")
q(["why"], "Why did the young republic pay its Dutch creditors first?", "because Amsterdam remained the most likely source of future loans", ["Amsterdam remained the most likely source of future loans"], D,
  "The United States also owed money to the Spanish Government and private Dutch investors, but focused on paying off the Dutch because Amsterdam remained the most likely source of future loans, which the United States successfully obtained in 1787 and 1788, despite its precarious financial state.", "why")
D = "1784-1800-jay-treaty"
q(["whose"], "Whose meddling robbed John Jay of his bargaining strength?", "Hamilton", ["Hamilton’s actions"], D,
  "Hamilton’s actions left Jay with little leverage to force the British to comply with U.S. demands.", "who")
q(["demonym", "list"], "Which two Scandinavian kingdoms did America threaten to side with to protect neutral shipping?", "the Danish and the Swedish governments", ["Danish and the Swedish"], D,
  "Jay’s only significant bargaining chip in the negotiations was the threat that the United States would join the Danish and the Swedish governments in defending their neutral status and resisting British seizure of their goods by force of arms.", "which")
D = "1969-1976-foreword"
q(["naming"], "What do historians call Nixon's approach of handing the fighting over to Saigon's army while Americans went home?", "Vietnamization", ["“Vietnamization”", "“Vietnamization” of the war"], D,
  "He and Kissinger turned to a dual strategy: pursuing a negotiated settlement, while building up South Vietnamese forces and withdrawing U.S. troops, a process known as “Vietnamization” of the war.", "what")
q(["kind"], "What sort of foreign policy did Henry Jackson's camp think détente was?", "an amoral foreign policy", ["amoral"], D,
  "During the last year of Ford’s presidency, Senator Henry Jackson led critics of détente who viewed it as an amoral foreign policy.", "what")
D = "1801-1829-war-of-1812"
q(["say"], "What did the third president say about the British as war loomed in 1812?", "down with England", ["‘down with England.’"], D,
  "The leading Republican, Thomas Jefferson responded, that “the English being equally tyrannical at sea as he [Napoleon] is on land, and that tyranny bearing on us in every point of either honor or interest, I say ‘down with England.’”", "what")
q(["demonym", "converse"], "Who beat back the U.S. attempt to invade Lower Canada?", "Canadians", [], D,
  "Canadians defeated an American invasion of Lower Canada.", "who")
D = "1937-1945-chinese-exclusion-act-repeal"
q(["wanted"], "What was Tokyo's propaganda trying to accomplish by harping on Chinese exclusion?", "to weaken the ties between the United States and its ally, the Republic of China", ["weaken the ties between the United States and its ally, the Republic of China"], D,
  "The repeal of this act was a decision almost wholly grounded in the exigencies of World War II, as Japanese propaganda made repeated reference to Chinese exclusion from the United States in order to weaken the ties between the United States and its ally, the Republic of China.", "what")
q(["kind"], "What type of criterion determined who fell under the 1943 limit for immigrants from China?", "ethnicity", [], D,
  "Under this bill, there would be a quota on Chinese immigration, but, unlike European quotas based on country of citizenship, the Chinese quota would be based on ethnicity.", "what")
D = "1861-1865-french-intervention"
q(["how long"], "For how long did Mexico stop paying its foreign creditors?", "two years", ["for two years"], D,
  "With no other options, Juárez suspended payments on Mexican debt for two years.", "how many/how much")
q(["demonym"], "Which Austrian nobleman was offered the Mexican throne in 1863?", "Maximilian", ["Maximilian, Archduke of Austria"], D,
  "In 1863, Napoleon III invited Maximilian, Archduke of Austria, to become Emperor of Mexico.", "who")
D = "1989-1992-apec"
q(["kind"], "What kind of body was APEC set up as?", "an informal forum", ["an informal forum in which member nations could discuss free trade and economic cooperation along the Pacific Rim"], D,
  "Asia Pacific Economic Cooperation, or APEC, was formed in 1989 in Australia as an informal forum in which member nations could discuss free trade and economic cooperation along the Pacific Rim.", "what")
D = "1861-1865-blockade"
q(["job"], "What was Gideon Welles's job during the Civil War?", "the Secretary of the Navy", ["Secretary of the Navy"], D,
  "Gideon Welles, the Secretary of the Navy, argued for a de facto but undeclared blockade, which would prevent foreign governments from granting the Confederacy belligerent status.", "what")
q(["wanted"], "What was the Union trying to stop by sealing off Southern harbors?", "the export of cotton and the smuggling of war materiel into the Confederacy", [], D,
  "During the Civil War, Union forces established a blockade of Confederate ports designed to prevent the export of cotton and the smuggling of war materiel into the Confederacy.", "what")
D = "1866-1898-foreword"
q(["lowercase"], "which country sold alaska to the us", "the Russians", ["Russians"], D,
  "In 1867, the U.S. nearly doubled its holdings with the purchase of the territory of Alaska from the Russians.", "which")
q(["why"], "Why did America enlarge its navy in the late nineteenth century?", "to protect commercial shipping and overseas interests", [], D,
  "This renewed emphasis on exploring international business opportunities resulted in a buildup of U.S. naval forces to protect commercial shipping and overseas interests.", "why")
D = "1921-1936-export-import-bank"
q(["say"], "How did Roosevelt dismiss the London conference's currency plan in July 1933?", "a purely artificial and temporary experiment", [], D,
  "The chances for success were already slim when, on July 3, Roosevelt rejected such an agreement as “a purely artificial and temporary experiment,” asserting that a “sound internal economic situation” was more important to a country’s prosperity than the external value of its currency.", "how")
q(["kind"], "What type of instrument put the RTAA tariff cuts into effect?", "executive agreements", [], D,
  "Such tariff reductions would be brought into force through executive agreements, rather than treaties requiring Senate approval.", "what")
D = "1830-1860-webster-treaty"
q(["how long"], "How long did Daniel Webster's first stint as America's top diplomat last?", "1841–1843", [], D,
  "During Daniel Webster’s first term as Secretary of State (1841–1843), the primary foreign policy issues involved Great Britain.", "when")
q(["misspelt", "naming"], "What was the Maine standoff with New Brunswik officials called?", "Aroostock War", ["the so-called Aroostock War"], D,
  "When these differences led New Brunswick officials to arrest some Americans in disputed areas, Maine called out the militia and seized the territory in question, the so-called Aroostock War.", "what")
D = "1861-1865-foreword"
q(["lowercase", "short"], "how many states left the union in 1861", "eleven states", ["eleven"], D,
  "In 1861, eleven states seceded from the United States to form the Confederate States of America and, over the course of the next four years, the U.S. fought to bring the Confederate States back under control.", "how many/how much")
D = "1961-1968-gulf-of-tonkin"
q(["naming", "list"], "Name the two American warships sent into the Gulf of Tonkin.", "the Maddox and the Turner Joy", ["Maddox and the Turner Joy"], D,
  "The U.S. Navy stationed two destroyers, the Maddox and the Turner Joy, in the Gulf of Tonkin to bolster these actions.", "which")
q(["how long"], "How long did the Rolling Thunder bombing of North Vietnam go on?", "commenced on February 13, 1965 and continued through the spring of 1967", ["February 13, 1965 and continued through the spring of 1967"], D,
  "Operation Rolling Thunder commenced on February 13, 1965 and continued through the spring of 1967.", "when")
D = "1937-1945-casablanca"
q(["why"], "Why did the Soviet leader skip the Morocco summit in 1943?", "because the Red Army was engaged in a major offensive against the German Army at the time", ["the Red Army was engaged in a major offensive against the German Army"], D,
  "While Soviet Premier Joseph Stalin received an invitation, he was unable to attend because the Red Army was engaged in a major offensive against the German Army at the time.", "why")
q(["say"], "According to FDR, what was the demand for total capitulation really aimed at destroying?", "the philosophies in those countries which are based on conquest and the subjugation of other people", ["the destruction of the philosophies in those countries which are based on conquest and the subjugation of other people"], D,
  "The President clearly stated, however, that the policy of unconditional surrender did not entail the destruction of the populations of the Axis powers but rather, “the destruction of the philosophies in those countries which are based on conquest and the subjugation of other people.”", "what")
D = "1866-1898-mahan"
q(["whose"], "Whose 1893 essay claimed the American frontier had closed?", "Frederick Jackson Turner", ["Professor Frederick Jackson Turner"], D,
  "Mahan’s books complemented the work of one of his contemporaries, Professor Frederick Jackson Turner, who is best known for his seminal essay of 1893, “The Significance of the Frontier in American History.”", "who")
q([], "Where did America secure an open-ended right to keep a fleet station starting in 1903?", "Guantanamo Bay, Cuba", ["Guantanamo Bay"], D,
  "Five years later, the United States obtained a perpetual lease for a naval base at Guantanamo Bay, Cuba.", "where")
D = "1961-1968-alliance-for-progress"
q(["naming"], "What teasing nickname did JFK's volunteer program get from critics early on?", "Kennedy’s Kiddie Corps", [], D,
  "Although derided as “Kennedy’s Kiddie Corps” by some when it was established in 1961, the Peace Corps proved over time to be an important foreign policymaking institution.", "what")
q(["kind"], "What sort of program was JFK's hemisphere aid plan, basically?", "a Marshall Plan for Latin America", ["a Marshall Plan"], D,
  "Growing out of the fear of increased Soviet and Cuban influence in Latin America, the 1961–1969 Alliance for Progress was in essence a Marshall Plan for Latin America.", "what")
D = "1937-1945-war-time-conferences"
q(["whose", "converse"], "Whose place did Clement Atlee take midway through the Potsdam talks?", "Churchill", [], D,
  "Despite the end of the war in Europe and the revelation of the existence of the atomic bomb to the Allies, neither President Harry Truman, Roosevelt’s successor, nor Clement Atlee, who mid-way through the conference replaced Churchill, could come to agreement with Stalin on any but the most minor issues.", "who")
q([], "In which country did FDR and Churchill sit down with Chiang Kai-shek in late 1943?", "Egypt", ["in Egypt"], D,
  "In a November 1943 meeting in Egypt with Chinese leader Chiang Kai-shek, Roosevelt and Churchill agreed to a pre-eminent role for China in postwar Asia.", "where")
D = "1899-1913-dollar-diplo"
q(["job"], "What did Philander Knox do for a living?", "a corporate lawyer", ["corporate lawyer"], D,
  "Taft shared the view held by Knox, a corporate lawyer who had founded the giant conglomerate U.S. Steel, that the goal of diplomacy was to create stability and order abroad that would best promote American commercial interests.", "what")
D = "1969-1976-angola"
q(["demonym"], "Which Caribbean leader sent special forces to stop the South African advance in Angola?", "Castro", [], D,
  "In response, Castro sent Cuban Special Forces to halt the South African advance and succeeded in drawing attention to the fact that the United States had provided support to a group that now accepted assistance from an Apartheid government.", "who")
q(["wanted"], "What did the apartheid government hope to accomplish by moving its army into its northern neighbor?", "to end the use of Angola as a base for rebels fighting for the independence of South Africa-occupied Namibia", ["end the use of Angola as a base for rebels"], D,
  "Pretoria, with the aim to end the use of Angola as a base for rebels fighting for the independence of South Africa-occupied Namibia, contributed forces that entered southern Angola in October and made rapid progress toward the capital.", "what")

# ---------------- unanswerable (20) ----------------
def u(tags, question):
    A.append(dict(tags=["unanswerable"]+tags, question=question, answer=None, alternatives=[], document=None, citation=None, kind="unanswerable"))
u(["false premise"], "Why did Stalin fly to Casablanca to meet Roosevelt and Churchill in January 1943?")
u(["false premise"], "What did Roosevelt and Stalin agree on when they met at Potsdam in July 1945?")
u(["false premise"], "Why did the U.S. Senate vote down the Kellogg-Briand Pact?")
u(["false premise"], "Which Spanish fort in Florida did George Washington attack in 1754?")
u(["false premise"], "How many U.S. troops did Eisenhower land in Egypt in 1958?")
u(["false premise"], "What did Gorbachev say to the students when he visited Tiananmen Square on June 4, 1989?")
u(["false premise"], "Why did Japan refuse to sign the Kellogg-Briand Pact?")
u(["negated"], "Which major power did not sign the Kellogg-Briand Pact in Paris in August 1928?")
u(["negated"], "Which of APEC's founding members did not send a leader to the 1993 Seattle meeting?")
u(["negated"], "Which of the countries at the 1947 Geneva tariff talks did not sign the GATT?")
u([], "Who was the captain of the USS Maddox during the Gulf of Tonkin incident?")
u([], "What did Keynes call the international currency in his plan for the postwar economy?")
u([], "What nickname was Calouste Gulbenkian known by in the oil business?")
u([], "How many Peace Corps volunteers served in Latin America during the 1960s?")
u([], "How many tanks did the army send into Tiananmen Square on the night of June 3?")
u([], "What interest rate did the Dutch bankers charge on John Adams's 1782 loan?")
u([], "How many people lived in Texas when it was annexed in 1845?")
u([], "How many Cuban troops did Castro send to Angola in 1975?")
u([], "In what year was Alfred Thayer Mahan born?")
u([], "What was the name of the ship that carried Lord Ashburton to the United States in 1842?")

random.seed(5454)
random.shuffle(A)
tags = {}
with open("/work/heldout/r53/ask54/ask_v54.jsonl", "w", encoding="utf-8") as f:
    for i, it in enumerate(A, 1):
        qid = "q%03d" % i
        tags[qid] = it.pop("tags")
        f.write(json.dumps(dict(id=qid, **it), ensure_ascii=False) + "\n")
json.dump(tags, open("/work/heldout/r53/ask54/style_tags.json", "w"), indent=1, ensure_ascii=False)
print(len(A))
