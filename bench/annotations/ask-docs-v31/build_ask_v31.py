# Builds ask_v31.jsonl from hand-written entries; citations are cut from the texts by start/end fragments
import json, random
T = json.load(open('/work/heldout/r30/ask31/ask_texts.json'))
M = '000_beabee21081aa6a0'
# (doc, question, answer, alternatives, citation start, citation end, kind)
E = [
# --- museum exhibit (16)
(M, "What did the Nazis code-name their 1941 attack on the USSR?", "Operation Barbarossa", ["Barbarossa"], "Code-named Operation Barbarossa", "in European history.", "what"),
(M, "How many planes did Germany throw into the invasion of Russia?", "2,700 aircraft", ["2,700"], "Code-named Operation Barbarossa", "in European history.", "how many/how much"),
(M, "What was the dollar value of the war materiel America shipped to the Soviets?", "more than $11 billion", ["$11 billion", "more than $11 billion in war supplies"], "Over the next three and a half years", "in war supplies.", "how many/how much"),
(M, "Lend-Lease equalled roughly what fraction of total Soviet wartime production?", "about 7 percent", ["only about 7 percent", "7 percent"], "Though Lend-Lease aid to Russia constituted", "it was vitally important.", "how many/how much"),
(M, "How near to the Soviet capital did the Wehrmacht advance in 1941?", "fifteen miles", ["within fifteen miles of Moscow", "within fifteen miles"], "This was especially true in the first year", "by December 1941.", "how many/how much"),
(M, "What did FDR tell Churchill in 1942 about dealing with the Soviet dictator?", "I think I can personally handle Stalin better than your Foreign Office or my State Department", ["I think I can personally handle Stalin better than your Foreign Office or my State Department,"], "Given his faith in personal diplomacy", "meet directly with Stalin.", "what"),
(M, "Where exactly in Yalta did the Allied leaders gather in February 1945?", "the Livadia Palace", ["Livadia Palace", "the Livadia Palace in Yalta"], "Joseph Stalin calls on Franklin D. Roosevelt upon arriving", "February 2, 1945.", "where"),
(M, "Why did Roosevelt send American troops into North Africa in 1942?", "keeping his promise to Stalin that he would open a diverting “second front” against Germany", ["keeping his promise to Stalin that he would open a diverting “second front” against Germany to relieve the embattled Russians", "to relieve the embattled Russians"], "This concern likewise contributed", "embattled Russians.", "why"),
(M, "how long after germany's defeat did stalin agree to go to war with japan", "within three months", ["within three months of Germany’s defeat", "three months"], "He also won Stalin’s promise", "of Germany’s defeat.", "when"),
(M, "Which outcome of the Crimean summit did Roosevelt regard as his greatest success?", "bringing the Soviet Union into the United Nations", ["bringing the Soviet Union into the United Nations largely on his own terms"], "He succeeded in bringing the Soviet Union into the United Nations", "crowning accomplishment of the conference.", "which"),
(M, "Name the two documents all three leaders put their signatures to at Yalta.", "the Declaration of Liberated Europe and the Declaration on Poland", ["Declaration of Liberated Europe and the Declaration on Poland"], "In fact, at Yalta all three leaders signed", "secret ballot.”", "which"),
(M, "Through which country did U.S. Army trucks haul supplies to the Russians?", "Iran", ["through Iran", "a supply route through Iran"], "A U.S. Army truck convoy prepares", "March 1943.", "which"),
(M, "What did Moscow guarantee U.S. residents in Russia under the 1933 recognition deal?", "religious freedom", ["to grant religious freedom to American citizens living in the Soviet Union"], "Under its terms, the Soviet Union pledged", "living in the Soviet Union.", "what"),
(M, "What commercial motive made normalizing relations with Moscow attractive in the middle of the Depression?", "to open Soviet markets to American goods", ["the U.S. State Department and business community were anxious to open Soviet markets to American goods", "open Soviet markets to American goods"], "For the pragmatic FDR, the normalization of ties", "Adolf Hitler in Europe.", "why"),
(M, "What was Churchill afraid of when FDR wanted to deal with Stalin one-on-one?", "the rise of Soviet and American power would diminish Britain’s role in the war and in the peace that followed", ["that the rise of Soviet and American power would diminish Britain’s role in the war and in the peace that followed"], "FDR’s desire to meet Stalin on his own terms", "in the peace that followed.", "what"),
(M, "how do russians remember roosevelt today", "one of their nation’s true heroes and greatest friends", ["as one of their nation’s true heroes and greatest friends"], "But his willingness to reach out to Stalin", "true heroes and greatest friends.", "how"),
# --- essays
("1953-1960-seato", "In what city did SEATO have its headquarters?", "Bangkok, Thailand", ["Bangkok"], "Headquartered in Bangkok", "few formal functions.", "where"),
("1953-1960-seato", "Why did Pakistan quit the Southeast Asian alliance?", "failed to provide it with assistance in its ongoing conflict against India", ["the organization had failed to provide it with assistance in its ongoing conflict against India"], "Pakistan formally left SEATO in 1973", "conflict against India.", "why"),
("1961-1968-laos-crisis", "Which half-brother of Souvanna Phouma commanded the communist faction in Laos?", "Souphanouverong", [], "His half-brother, Souphanouverong", "Laos-North Vietnam border.", "who"),
("1961-1968-laos-crisis", "What metaphor did Ike use for Laos when he briefed JFK?", "cork in the bottle", ["the “cork in the bottle,”", "“cork in the bottle,”"], "But this surpassingly weak state was the", "most of the Far East.”", "what"),
("1969-1976-allende", "Who defeated Salvador Allende in Chile's 1964 presidential race?", "Eduardo Frei", ["PDC candidate Eduardo Frei"], "In September 1964, PDC candidate Eduardo Frei", "(Frente de Acción Popular or FRAP) party.", "who"),
("1969-1976-allende", "For how many years had Chile been a democracy before the generals took over?", "46-year", ["a 46-year history of democratic rule"], "The takeover of the government ended", "democratic rule in Chile.", "how many/how much"),
("1750-1775-incidents", "According to most accounts, who actually killed Ensign Jumonville?", "Tanaghrisson", [], "Although accounts of the incident differ", "killed Jumonville.", "who"),
("1776-1783-articles", "Which state approved the Articles of Confederation before any other?", "Virginia", [], "On December 16, 1777, Virginia", "first state to ratify.", "which"),
("1776-1783-articles", "What finally persuaded Maryland to sign on to the Confederation?", "Virginia agreed to relinquish its western land claims", ["when Virginia agreed to relinquish its western land claims"], "Marylanders were given further incentive", "on March 1, 1781.", "why"),
("1830-1860-pacific-expansion", "What was the name of the first vessel to make the voyage from America to China?", "the Empress of China", ["Empress of China"], "In February 1784 the Empress of China", "in search of wealth.", "what"),
("1830-1860-pacific-expansion", "Which Pacific island group got an American consular post in 1856?", "Samoa", [], "For example, consulates were established in Fiji", "Marshall Islands in 1881.", "which"),
("1921-1936-great-depression", "Which country was first to go off gold?", "Great Britain", [], "Great Britain, which had long underwritten", "standard in 1931.", "which"),
("1921-1936-great-depression", "What ended America's Depression for good?", "World War II", [], "Ironically, it was World War II", "decade-long economic crisis.", "what"),
("1937-1945-chinese-exclusion-act-repeal", "How many Chinese were allowed to immigrate each year once exclusion was lifted in 1943?", "around 105", ["around 105 visas per year", "105"], "In 1943, Congress passed a measure", "around 105 visas per year.", "how many/how much"),
("1937-1945-chinese-exclusion-act-repeal", "What did FDR call the policy of keeping out the Chinese?", "historic mistake", ["“historic mistake”", "the “historic mistake” of Chinese exclusion"], "In a letter to Congress, Roosevelt wrote", "establishing a secure peace.”", "what"),
("1937-1945-tehran-conf", "Whose 1920 line did Stalin want to use for Poland's eastern frontier?", "Lord Curzon", ["British Foreign Secretary Lord Curzon", "Curzon"], "Stalin pressed for a revision of Poland’s eastern border", "Lord Curzon in 1920.", "who"),
("1937-1945-tehran-conf", "Which rivers were chosen as Poland's new western boundary to make up for its losses in the east?", "the Oder and Neisse rivers", ["Oder and Neisse"], "In order to compensate Poland", "Oder and Neisse rivers.", "which"),
("1961-1968-pl-480", "Who did Kenedy put in charge of overseas food aid?", "George McGovern", [], "Kennedy also appointed George McGovern", "Department of Agriculture.", "who"),
("1961-1968-pl-480", "What is the formal title of the 1954 law nicknamed Food for Peace?", "the Agricultural Trade Development and Assistance Act of 1954", ["Agricultural Trade Development and Assistance Act of 1954", "Agricultural Trade Development and Assistance Act"], "President Dwight D. Eisenhower signed into law", "PL–480 or Food for Peace.", "what"),
("1969-1976-angola", "Who headed the Angolan movement backed by the Ovimbundu?", "Jonas Savimbi", [], "The National Union for the Total Independence of Angola (UNITA)", "the Ovimbundu.", "who"),
("1969-1976-angola", "When did Angola become a sovereign country?", "November 11, 1975", [], "When MPLA leader Neto announced", "withdraw its troops on that day.", "when"),
("1969-1976-helsinki", "How many countries were party to the 1975 Helsinki accords?", "35", ["35 nations"], "The Helsinki Final Act was an agreement signed by", "Helsinki, Finland.", "how many/how much"),
("1969-1976-helsinki", "Which European state was the only one that didn't sign in Helsinki?", "Albania", [], "Every European country except Albania", "the United States and Canada.", "which"),
("1989-1992-apec", "Where did Clinton host the first APEC leaders' gathering?", "Seattle, Washington", ["Seattle"], "In 1993 in Seattle, Washington", "ministers and economic leaders.", "where"),
("1989-1992-apec", "How big has the Pacific Rim trade forum grown?", "21 member economies", ["21"], "Since 1989, APEC has expanded", "21 member economies.", "how many/how much"),
("1750-1775-albany-plan", "What was the famous snake cartoon in Franklin's newspaper called?", "Join or Die", ["\"Join or Die,\""], "Upon hearing of the Albany Congress", "pieces of a snake’s body.", "what"),
("1750-1775-albany-plan", "Which two colonies were left out of the union proposed in 1754?", "Georgia and Delaware", [], "Although only seven colonies sent commissioners", "except for Georgia and Delaware.", "which"),
("1750-1775-french-indian-war", "when did general braddock die", "July 13, 1755", [], "On July 13, 1755, Braddock died", "present-day Pittsburgh.", "when"),
("1750-1775-french-indian-war", "What Mediterranean island did Britain lose to France in 1756?", "Minorca", [], "The war in North America settled into a stalemate", "in the Mediterranean in 1756.", "which"),
("1750-1775-proclamation-line-1763", "Which Ottawa chief used wampum belts to organize a rising against the British?", "Pontiac", [], "In response to British actions and western settlement", "attack on British forts.", "who"),
("1750-1775-proclamation-line-1763", "Which two western posts did the British manage to hold during the 1763 Indian uprising?", "Fort Pitt and Detroit", [], "Unaware of the depth of Indian anger", "able to prevent seizure.", "which"),
("1750-1775-treaty-of-paris", "What was the vote tally when Parliament approved the 1763 peace?", "319 to 64", ["a majority of 319 to 64"], "However, the treaty contained enough concessions to war hawks", "February 10, 1763.", "how many/how much"),
("1750-1775-treaty-of-paris", "Why did France give up Canada yet keep Martinique and Guadeloupe?", "sugar industry was enormously profitable", ["the islands’ sugar industry was enormously profitable"], "This decision was motivated by the fact", "enormously profitable.", "why"),
("1776-1783-b-franklin", "What was Jefferson's reply when Vergennes asked if he was Franklin's replacement?", "No one can replace him, Sir; I am only his successor.", ["“No one can replace him, Sir; I am only his successor.”"], "Jefferson replied", "only his successor.”", "what"),
("1776-1783-continental-congress", "What was the name of the 1775 appeal for reconciliation sent to George III?", "the Olive Branch Petition", ["Olive Branch Petition"], "Meanwhile, Congress drafted the Olive Branch Petition", "colonies and Great Britain.", "what"),
("1776-1783-continental-congress", "Which colony was missing when the first Congress gathered in Philadelphia?", "Georgia", [], "The Congress first met in Philadelphia", "except Georgia.", "which"),
("1776-1783-declaration", "Who made the motion for independence on June 7, 1776?", "Richard Henry Lee", [], "On June 7, 1776, Richard Henry Lee", "to declare independence.", "who"),
("1776-1783-declaration", "when did the dutch recognize american independence", "1782", ["in 1782"], "The Netherlands acknowledged", "independence in 1782.", "when"),
("1776-1783-french-alliance", "Who were Franklin's two fellow comissioners at the signing of the 1778 treaties?", "Arthur Lee and Silas Deane", [], "On February 6, 1778, Benjamin Franklin and the other two commissioners", "Commerce with France.", "who"),
("1776-1783-french-alliance", "How did the people of Paris see Dr. Franklin?", "republican simplicity and honesty", ["as a representative of republican simplicity and honesty", "a representative of republican simplicity and honesty"], "The French public viewed Franklin", "an image Franklin cultivated.", "how"),
("1776-1783-model-treaty", "Who first suggested looking for a foreign ally in early 1776?", "George Wythe", ["Virginia delegate George Wythe"], "Virginia delegate George Wythe", "referred to committee.", "who"),
("1776-1783-model-treaty", "Where did John Adams sketch out his first version of the template treaty?", "in his diary", ["his diary"], "Between March and April, Adams drafted", "in his diary.", "where"),
("1776-1783-secret-committee", "What new name did the Secret Correspondence committee receive in April 1777?", "the Committee for Foreign Affairs", ["Committee for Foreign Affairs"], "The Committee's diplomatic duties grew", "April 17, 1777.", "what"),
("1776-1783-secret-committee", "Who was the mysterious Frenchman who turned up in Philadelphia in 1775?", "Achard de Bonvouloir", ["a mysterious French traveler named Achard de Bonvouloir"], "In late 1775, a mysterious French traveler", "appeared in Philadelphia.", "who"),
("1784-1800-french-rev", "Why was Thomas Paine locked up during the Terror?", "owing to his British birth", ["his British birth"], "Under foreign invasion, the French Government declared", "owing to his British birth.", "why"),
("1784-1800-french-rev", "Which French agent scouted the weak spots on America's western frontier in 1796?", "Victor Collot", ["A French spy, Victor Collot"], "A French spy, Victor Collot", "its western border.", "who"),
("1784-1800-haitian-rev", "In what year did Washington finally grant diplomatic recognition to Haiti?", "1862", ["until 1862"], "Due to these shifts in policy and domestic concerns", "independence until 1862.", "when"),
("1784-1800-haitian-rev", "What was Haiti's colonial-era name?", "St. Domingue", [], "Prior to its independence, Haiti was", "known as St. Domingue.", "what"),
("1784-1800-jay-treaty", "What was the vote count when the upper house ratified the 1794 pact with Britain?", "20 to 10", ["a 20 to 10 vote"], "Jay’s Treaty was immensely unpopular", "June 24, 1795.", "how many/how much"),
("1784-1800-jay-treaty", "Who quietly told London that America wouldn't join the Scandinavian neutral league?", "Hamilton", [], "In an attempt to guarantee good relations with Britain, Hamilton", "this neutral armament.", "who"),
("1784-1800-loans", "Which banker helped the U.S. clear its debt to the French government in 1795?", "James Swan", ["James Swan, an American banker"], "In 1795, the United States was finally able to settle", "slightly higher interest rate.", "who"),
("1784-1800-pickney-treaty", "What line of latitude became the border between the U.S. and Spanish Florida?", "the 31st parallel", ["31st parallel"], "Godoy offered to accept the 31st parallel", "supported enthusiastically.", "which"),
("1784-1800-pickney-treaty", "Who was Charles IV's prime minister?", "Manuel de Godoy", ["Godoy"], "Spanish King Charles IV, uninterested", "Manuel de Godoy.", "who"),
("1784-1800-washington-farewell", "What warning did the first president give about nations that love or hate other nations?", "The nation which indulges toward another an habitual hatred or an habitual fondness is in some degree a slave.", ["“The nation which indulges toward another an habitual hatred or an habitual fondness is in some degree a slave.”"], "In his farewell address, Washington exhorted", "in some degree a slave.”", "what"),
("1784-1800-xyz", "Which intermediary was 'Y' in the XYZ affair?", "Pierre Bellamy", [], "The U.S. envoys were instead approached", "Lucien Hauteval (Z.)", "who"),
("1784-1800-xyz", "What kind of activity did the 1799 law prompted by George Logan's trip outlaw?", "unauthorized diplomatic negotiations", [], "The Logan Act criminalized", "diplomatic negotiations.", "what"),
("1801-1829-barbary-wars", "How many U.S. seamen were released under the 1795 deal with Algiers?", "83", ["83 American sailors"], "The treaty with Algiers freed", "83 American sailors.", "how many/how much"),
("1801-1829-barbary-wars", "Who led the American naval squadron sent against Algiers in 1815?", "Stephen Decatur", ["Commodore Stephen Decatur"], "The U.S. Navy, greatly increased in size", "to the Mediterranean.", "who"),
("1945-1952-korean-war", "Who was the main negotiator of the 1951 peace settlement with Japan?", "John Foster Dulles", ["Dulles"], "Negotiated primarily by John Foster Dulles", "reparations for the war.", "who"),
("1945-1952-korean-war", "On what date did Washington and Tokyo sign their security pact?", "September 8, 1951", [], "Acheson signed the San Francisco Treaty", "Japanese Security Treaty.", "when"),
("1945-1952-truman-doctrine", "How much money did Truman ask Congress for to help Greece and Turkey?", "$400,000,000", ["$400,000,000 worth of aid"], "Accordingly, in his speech, President Truman requested", "equipment to the region.", "how many/how much"),
("1945-1952-truman-doctrine", "What prompted Truman to go before Congress in March 1947?", "a recent announcement by the British Government that, as of March 31, it would no longer provide military and economic assistance to the Greek Government", ["the British Government that, as of March 31, it would no longer provide military and economic assistance to the Greek Government"], "The immediate cause for the speech", "Greek Communist Party.", "why"),
("1953-1960-bandung-conf", "Which five countries organized the Bandung meeting?", "Burma, India, Indonesia, Pakistan and Sri Lanka", [], "The governments of Burma, India", "Africa and the Middle East.", "which"),
("1953-1960-bandung-conf", "How many governments sent representatives to Bandung?", "twenty-nine", ["twenty-nine governments"], "In April, 1955, representatives from twenty-nine", "and decolonization.", "how many/how much"),
]
U = [
"How large a bribe did Talleyrand demand from the American envoys?",
"How many Soviet soldiers died at the Battle of Stalingrad?",
"Who was president of Indonesia when the Bandung Conference was held?",
"How many Cuban troops did Castro send to Angola in 1975?",
"Who was the U.S. ambassador to Chile when Allende was elected?",
"How many seats did Allende's Popular Unity coalition hold in the Chilean Congress?",
"In which city did APEC hold its 2010 leaders' meeting?",
"What interest rate did France charge on its wartime loans to the Continental Congress?",
"How many people were killed in Pontiac's War?",
"How many copies of Common Sense were sold?",
"What was the population of Laos when Kennedy took office?",
"Who succeeded Pinochet as president of Chile?",
"How many warships sailed with Decatur to the Mediterranean in 1815?",
"How much tribute per year did the United States pay Algiers under the 1795 treaty?",
"How many soldiers did Braddock lose in the 1755 ambush?",
"Who founded the Moscow Helsinki monitoring group?",
"What was the Senate vote on Pinckney's Treaty?",
"Who helped Washington write his Farewell Adress?",
"How many people died in the Haitian Revolution?",
"How many tanks did the Soviet Union receive through Lend-Lease?",
]
recs = []
for doc, q, a, alts, s, e, kind in E:
    t = T[doc]
    i = t.find(s); assert i >= 0, (doc, s)
    j = t.find(e, i); assert j >= 0, (doc, e)
    cit = t[i:j + len(e)]
    assert '\n' not in cit and len(cit) < 700, (doc, cit)
    recs.append(dict(question=q, answer=a, alternatives=alts, document=doc, citation=cit, kind=kind))
for q in U:
    recs.append(dict(question=q, answer=None, alternatives=[], document=None, citation=None, kind="unanswerable"))
random.Random(31).shuffle(recs)
with open('/work/heldout/r30/ask31/ask_v31.jsonl', 'w') as f:
    for n, r in enumerate(recs, 1):
        f.write(json.dumps(dict(id=f"q{n:03d}", **r), ensure_ascii=False) + "\n")
print(len(E), len(U), len(recs))
