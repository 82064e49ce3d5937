"""Builds ask_v58.jsonl + style_tags.json from the hand-written question list below.
Citations are cut out of the source text between a start snippet and an end snippet,
so they are exact copies of the text."""
import json, random

T = json.load(open('/work/heldout/r57/ask58/ask_texts.json'))
R = 'Roosevelt'  # unused marker
D0 = '000_beabee21081aa6a0'

def cite(doc, start, end):
    t = T[doc]
    i = t.index(start)
    assert t.count(start) == 1, (doc, start)
    j = t.index(end, i) + len(end)
    return t[i:j]

Q = []
def add(q, a, alts, doc, s, e, kind, tags):
    Q.append(dict(question=q, answer=a, alternatives=alts, document=doc,
                  citation=cite(doc, s, e), kind=kind, tags=tags))

def una(q, tags):
    Q.append(dict(question=q, answer=None, alternatives=[], document=None,
                  citation=None, kind='unanswerable', tags=['unanswerable'] + tags))

# ---------------- Roosevelt & Stalin exhibit (16) ----------------
add("How many face-to-face meetings did FDR and Stalin have during the war?", "twice", [],
    D0, "He would do so twice during the war", "Yalta Conference in February 1945.", "how many/how much", ["how often"])
add("Which summit happened first — Yalta or Tehran?", "Tehran", ["the Tehran Conference", "Tehran Conference"],
    D0, "Little more than a year after the Tehran Conference", "for the second and last time.", "which", ["compare"])
add("What did Stalin commit to at Yalta regarding the fight in the Pacific?", "to join the other Allies in the war against Japan within three months of Germany’s defeat",
    ["to join the other Allies in the war against Japan", "join the other Allies in the war against Japan within three months of Germany’s defeat"],
    D0, "He also won Stalin’s promise", "of Germany’s defeat.", "what", ["promise"])
add("Under the 1933 accord, what did Moscow agree to allow U.S. nationals residing in Russia?", "religious freedom",
    ["to grant religious freedom to American citizens living in the Soviet Union", "grant religious freedom"],
    D0, "Under its terms, the Soviet Union pledged", "living in the Soviet Union.", "what", ["promise"])
add("What had Roosevelt assured Stalin he would do, a pledge he kept by landing troops in North Africa?", "open a diverting “second front” against Germany",
    ["he would open a diverting “second front” against Germany", "“second front”", "second front", "open a diverting “second front” against Germany to relieve the embattled Russians"],
    D0, "This concern likewise contributed to FDR’s decision", "relieve the embattled Russians.", "what", ["promise"])
add("Which countries did FDR count among his so-called global police?", "the United States, the United Kingdom, China, and the USSR",
    ["United States, the United Kingdom, China, and the USSR"],
    D0, "The president believed the future of the world", "China, and the USSR.", "which", ["members"])
add("How did Roosevelt characterize the Kremlin's form of rule in 1940?", "a dictatorship as absolute as any other dictatorship in the world",
    ["“a dictatorship as absolute as any other dictatorship in the world.”"],
    D0, "FDR understood that Stalin was an oppressive", "dictatorship in the world.”", "how", ["how", "quote"])
add("What did the Germans call their June 1941 offensive into Russia?", "Operation Barbarossa", ["Barbarossa"],
    D0, "Code-named Operation Barbarossa", "largest military assault in European history.", "what", ["naming"])
add("What was the total value of the materiel America shipped to the USSR under Lend-Lease?", "more than $11 billion", ["$11 billion"],
    D0, "Over the next three and a half years, the United States would provide", "in war supplies.", "how many/how much", [])
add("Whose 1917 decision did FDR set out to undo when he took office?", "Woodrow Wilson", ["President Woodrow Wilson", "Wilson"],
    D0, "Franklin D. Roosevelt entered the presidency determined to reverse", "Woodrow Wilson in 1917.", "who", [])
add("Why were U.S. firms keen on restoring relations with the Kremlin during the Depression?", "to open Soviet markets to American goods",
    ["anxious to open Soviet markets to American goods", "open Soviet markets to American goods"],
    D0, "For the pragmatic FDR, the normalization of ties", "give pause to Adolf Hitler in Europe.", "why", ["why"])
add("How close to the Soviet capital did Hitler's armies get in 1941?", "within fifteen miles", ["within fifteen miles of Moscow", "fifteen miles"],
    D0, "This was especially true in the first year of the conflict", "of Moscow by December 1941.", "how", ["how"])
add("What was the name of the deal that restored diplomatic ties between Washington and Moscow in 1933?", "the Roosevelt-Litvinov Agreement", ["Roosevelt-Litvinov Agreement"],
    D0, "Indeed, the resulting accord, signed by FDR and Maxim Litvinov", "became known as the Roosevelt-Litvinov Agreement.", "what", ["naming"])
add("Why did the British prime minister dislike FDR seeking one-on-one talks with Stalin?", "feared that the rise of Soviet and American power would diminish Britain’s role in the war and in the peace that followed",
    ["the rise of Soviet and American power would diminish Britain’s role in the war and in the peace that followed", "the rise of Soviet and American power would diminish Britain’s role"],
    D0, "FDR’s desire to meet Stalin on his own terms unnerved Churchill", "in the peace that followed.", "why", ["why"])
add("Who put his name to the 1939 pact with Hitler's Germany for Moscow while Stalin looked on smiling?", "Vyacheslav Molotov",
    ["Soviet Foreign Minister Vyacheslav Molotov", "Molotov"],
    D0, "Soviet Foreign Minister Vyacheslav Molotov signs", "August 23, 1939.", "who", ["converse"])
add("What did FDR regard as his biggest success at the Crimean summit?", "bringing the Soviet Union into the United Nations",
    ["bringing the Soviet Union into the United Nations largely on his own terms"],
    D0, "He succeeded in bringing the Soviet Union into the United Nations", "crowning accomplishment of the conference.", "what", [])

# ---------------- age / how long before ----------------
add("How old was Solidarity when Mazowiecki became prime minister?", "ten years", [],
    "1989-1992-fall-of-communism", "By August 24, ten years after Solidarity", "Prime Minister in Eastern Europe.", "how many/how much", ["age"])
add("How long had Hungary's reforms been underway when the country adopted its new consitution?", "ten months", [],
    "1989-1992-fall-of-communism", "By October 23, ten months after", "competitive elections.", "how many/how much", ["age", "misspelt"])
add("How long had Chile been a democracy when Pinochet's generals seized power?", "46-year", ["a 46-year history"],
    "1969-1976-allende", "The takeover of the government ended a 46-year history", "democratic rule in Chile.", "how many/how much", ["age"])
add("How long had it been since Japan traded regularly with the West when Perry's ships arrived?", "over 200 years", ["for the first time in over 200 years"],
    "1830-1860-opening-to-japan", "On July 8, 1853, American Commodore Matthew Perry", "Japan and the western world.", "how many/how much", ["age"])
add("How long had Arnulfo Arias been president when Torrijos toppled him?", "Eleven days", ["Eleven days into Arias’s term"],
    "1977-1980-panama-canal", "Eleven days into Arias’s term", "established a new government.", "how many/how much", ["age"])
add("Roughly how old was Senator Strom Thurmond when the Panama Canal was built?", "twelve years", ["born twelve years before the Canal was built"],
    "1977-1980-panama-canal", "Thurmond, who was born twelve years before", "than the Carter administration.", "how many/how much", ["age"])
add("How old was the Limited Test Ban Treaty when the superpowers agreed to keep nuclear weapons out of orbit?", "Four years", ["Four years after the first treaty"],
    "1961-1968-npt", "Four years after the first treaty", "as satellites in space.", "how many/how much", ["age"])

# ---------------- how often ----------------
add("How often did Bill and Boris get together during their overlapping presidencies?", "eighteen times", [],
    "1993-2000-clinton-yeltsin", "During the seven years both were in office", "throughout the entire Cold War.", "how many/how much", ["how often"])
add("How often did planes land at Tempelhof?", "every 45 seconds", ["one plane landed every 45 seconds"],
    "1945-1952-berlin-airlift", "At the height of the campaign, one plane landed", "at Tempelhof Airport.", "how", ["how often", "short"])
add("How frequently was the nonproliferation pact supposed to be reexamined?", "every 5 years", [],
    "1961-1968-npt", "The treaty was given a 25-year time limit", "reviewed every 5 years.", "how", ["how often", "how"])
add("How many rounds of negotiation did the U.S. secretary of state conduct between Britain and Argentina in April 1982?", "two rounds", ["two"],
    "1981-1988-south-atlantic", "Haig shuttled between London and Buenos Aires", "broker a peaceful solution.", "how many/how much", ["how often"])
add("How many truces did the UN arrange while Israel and its neighbors were fighting in 1948?", "two cease-fires", ["two"],
    "1945-1952-arab-israeli-war", "Though the United Nations brokered two cease-fires", "continued into 1949.", "how many/how much", ["how often"])
add("How many times had Valenzuela's backers tried and failed to abduct General Schneider before Viaux made his move?", "two", ["two failed attempts"],
    "1969-1976-allende", "After two failed attempts by Valenzuela’s supporters", "by Viaux on October 22.", "how many/how much", ["how often"])

# ---------------- compare ----------------
add("Under the 1922 naval treaty, whose fleet could be bigger, Britain's or Japan's?", "Great Britain", ["the United States and Great Britain"],
    "1921-1936-geneva", "This meant that while the United States and Great Britain remained on par", "Japan was held to a navy 60 percent as large.", "which", ["compare"])
add("Before 1938, who pumped more of Mexico's oil: the Shell subsidiary or the American-owned companies?", "the Mexican Eagle Company", ["Mexican Eagle Company", "Mexican Eagle"],
    "1937-1945-mexican-oil", "Prior to expropriation in 1938", "approximately 30% of total production.", "which", ["compare"])
add("Which of the two canal treaties won the bigger majority in the Senate?", "an identical margin", ["by an identical margin"],
    "1977-1980-panama-canal", "On April 18, they ratified The Panama Canal Treaty", "by an identical margin.", "which", ["compare"])
add("Who finished ahead in Chile's 1970 popular vote, Allende or Alessandri?", "Allende", [],
    "1969-1976-allende", "Alessandri also garnered over one third of the vote", "by only one percentage point.", "who", ["compare"])
add("Which Yugoslav republic proclaimed its sovereignty first, Croatia or Slovenia?", "Slovenia", [],
    "1989-1992-breakup-yugoslavia", "Slovenia was the first to declare", "precedence over Yugoslav law.", "which", ["compare"])
add("Which did the U.S. obtain by diplomacy rather than by fighting, Oregon or California?", "the Oregon territory", ["Oregon territory", "Oregon"],
    "1830-1860-foreword", "While it managed to negotiate an agreement with Great Britain", "by invading Mexico.", "which", ["compare"])

# ---------------- origin ----------------
add("Where was Townsend Harris from?", "New York", ["a New York merchant"],
    "1830-1860-opening-to-japan", "Like many of the early consuls in Asia", "dealing with Chinese imports.", "where", ["origin", "short"])
add("Which colony did Benjamin Franklin hail from?", "Pennsylvanian", ["Pennsylvanian Benjamin Franklin"],
    "1750-1775-albany-plan", "One figure of emerging prominence", "Pennsylvanian Benjamin Franklin.", "which", ["origin"])
add("Where did the fighters of the Arab Liberation Army come from?", "Palestine and neighboring Arab countries",
    ["volunteers from Palestine and neighboring Arab countries"],
    "1945-1952-arab-israeli-war", "Fighting began with attacks by irregular bands", "neighboring Arab countries.", "where", ["origin"])
add("In which city did Milosevic begin his working life?", "Belgrade", ["a banker in Belgrade"],
    "1989-1992-breakup-yugoslavia", "Milosevic started as a banker in Belgrade", "in the mid-1980s.", "where", ["origin"])
add("Where did the ironclads that Britain seized from Bulloch in 1863 come from?", "Liverpool", ["a shipyard in Liverpool"],
    "1861-1865-alabama", "Most famously, on September 3, 1863", "at a shipyard in Liverpool.", "where", ["origin"])
add("where did apec start", "Australia", ["in Australia"],
    "1989-1992-apec", "Asia Pacific Economic Cooperation, or APEC, was formed", "along the Pacific Rim.", "where", ["origin", "lowercase", "short"])

# ---------------- promise ----------------
add("What did Clinton offer Yeltsin when the two met in Canada in 1993?", "strong support in the form of financial assistance",
    ["financial assistance", "strong support"],
    "1993-2000-clinton-yeltsin", "At Vancouver, Clinton promised Yeltsin", "to employ nuclear scientists.", "what", ["promise"])
add("What did Carter pledge about the Canal Zone while running against Ford?", "he would not surrender “practical control of the Panama Canal Zone any time in the foreseeable future.”",
    ["would not surrender “practical control of the Panama Canal Zone", "not surrender “practical control of the Panama Canal Zone any time in the foreseeable future"],
    "1977-1980-panama-canal", "In an October debate with Ford, Carter vowed", "foreseeable future.”", "what", ["promise", "quote"])
add("What did the 1830 law guarantee tribes that agreed to move west?", "the Indians would live on their new property under the protection of the United States Government forever",
    ["under the protection of the United States Government forever"],
    "1830-1860-indian-treaties", "As incentives, the law allowed the Indians", "United States Government forever.", "what", ["promise"])
add("What did both superpowers promise to do even though SALT II was never ratified?", "to adhere to the agreement’s terms", ["adhere to the agreement’s terms"],
    "1969-1976-salt", "Both Washington and Moscow subsequently pledged", "failure to enter into force.", "what", ["promise"])

# ---------------- members ----------------
add("Name the members of the American peace mission John Adams sent to the Directory.", "Elbridge Gerry, Charles Cotesworth Pinckney, and John Marshall", [],
    "1784-1800-xyz", "President John Adams dispatched three U.S. envoys", "and John Marshall.", "who", ["members", "naming"])
add("Which countries sat on the international commission that was to police the 1962 Laos settlement?", "India, Poland, and Canada", [],
    "1961-1968-laos-crisis", "The Declaration on the Neutrality of Laos and its associated protocols", "India, Poland, and Canada.", "which", ["members"])
add("Which colonies were represented at the 1754 gathering in Albany?", "Maryland, Pennsylvania, New York, Connecticut, Rhode Island, Massachusetts and New Hampshire", [],
    "1750-1775-albany-plan", "The colonial governments of Maryland", "all sent commissioners to the Congress.", "which", ["members"])
add("Which nations launched the Contadora peace effort?", "Mexico, Venezuela, Colombia, and Panama", [],
    "1981-1988-central-america", "Consequently, the Sandinistas decided to participate", "Colombia, and Panama.", "which", ["members"])
add("Which former Soviet republics were parties to the 1992 Lisbon Protocol?", "Russia, Ukraine, Belarus, and Kazakhstan", [],
    "1993-2000-clinton-yeltsin", "Under the Lisbon Protocol of May 1992", "nuclear weapons at their disposal.", "which", ["members"])

# ---------------- general ----------------
add("what kept america from getting heavily involved abroad after world war i", "Disillusionment with World War I, international commitments that could lead to another war, and economic uncertainty",
    ["Disillusionment with World War I"],
    "1921-1936-foreword", "Disillusionment with World War I", "during the interwar period.", "why", ["why", "lowercase"])
add("From which part of the world did the mid-1920s laws most restrict newcomers?", "Asia", ["particularly from Asia"],
    "1921-1936-foreword", "By the mid-1920s, however", "particularly from Asia.", "which", [])
add("What did Jefferson answer when the French minister asked whether he was taking Franklin's place?", "No one can replace him, Sir; I am only his successor.",
    ["No one can replace him, Sir; I am only his successor", "I am only his successor"],
    "1776-1783-b-franklin", "Jefferson replied,", "I am only his successor.”", "what", ["quote"])
add("Where did Franklin live during his years as envoy in France?", "Passy", ["Passy, just outside Paris"],
    "1776-1783-b-franklin", "Franklin’s home in Passy", "diplomacy in Europe.", "where", [])
add("how many states left the union in 1861", "eleven", ["eleven states"],
    "1861-1865-foreword", "In 1861, eleven states seceded", "back under control.", "how many/how much", ["lowercase", "short"])
add("Why did no European power ever formally back the South?", "the lack of definitive military victories for the South and the success of Union efforts to link the Confederacy with the institution of slavery",
    ["the lack of definitive military victories for the South"],
    "1861-1865-foreword", "Despite the Confederacy’s significant international commercial ties", "recognizing or supporting the South.", "why", ["why"])
add("Along what line of latitude did the 1818 agreement fix the northern border?", "the forty-ninth parallel", ["forty-ninth parallel"],
    "1801-1829-rush-bagot", "The Convention of 1818 set the boundary", "at the forty-ninth parallel.", "what", [])
add("When did Congo become independent?", "June 30, 1960", [],
    "1961-1968-congo-decolonization", "The first such confrontation occurred in the former Belgian Congo", "on June 30, 1960.", "when", ["short"])
add("How much money did Iraq owe its Gulf neighbors by 1990?", "some $37 billion", ["$37 billion"],
    "1989-1992-gulf-war", "Iraq had largely financed the war effort through loans", "Gulf creditors in 1990.", "how many/how much", [])
add("Where does the phrase yellow journalism come from?", "a popular cartoon strip about life in New York’s slums called Hogan’s Alley",
    ["Hogan’s Alley", "a popular cartoon strip"],
    "1866-1898-yellow-journalism", "At first, yellow journalism had nothing to do with reporting", "drawn by Richard F. Outcault.", "where", ["origin"])
add("what did hearst supposedly say about starting the war", "You furnish the pictures, I’ll provide the war!",
    ["“You furnish the pictures, I’ll provide the war!”", "You furnish the pictures, I’ll provide the war"],
    "1866-1898-yellow-journalism", "In spite of Hearst’s often quoted statement", "leading to the outbreak of war.", "what", ["lowercase", "quote"])
add("Who beat young George Washington's troops in 1754?", "the French", ["French"],
    "1750-1775-french-indian-war", "British colonial forces, led by Lieutenant Colonel George Washington", "defeated by the French.", "who", ["converse", "short"])
add("What is the 1761 alliance between the French and Spanish kings known as?", "the Family Compact", ["Family Compact"],
    "1750-1775-french-indian-war", "After these negotiations failed, Spanish King Charles III", "on August 15, 1761.", "what", ["naming"])
add("Who commanded the American squadron sent against Algiers in 1815?", "Stephen Decatur", ["Commodore Stephen Decatur"],
    "1801-1829-barbary-wars", "The U.S. Navy, greatly increased in size after the War of 1812", "to the Mediterranean.", "who", [])
add("Why did it take the Senate until 1822 to approve Shaler's treaty with Algiers?", "an accidental oversight", ["owing to an accidental oversight"],
    "1801-1829-barbary-wars", "Shaler concluded his negotiations on December 23, 1815", "until February 11, 1822.", "why", ["why"])
add("Who headed the Federalist camp in the early forein-policy debates?", "Alexander Hamilton", ["the Secretary of the Treasury Alexander Hamilton", "Secretary of the Treasury Alexander Hamilton"],
    "1784-1800-foreword", "Differences over foreign policy became a basis", "Secretary of State Thomas Jefferson.", "who", ["misspelt"])
add("What did Washington caution the country against in his farewell message?", "entangling alliances", ["“entangling alliances” with European powers", "no “entangling alliances” with European powers"],
    "1784-1800-foreword", "In his Farewell Address", "with European powers.", "what", [])
add("What do historians call Eisenhower's strategy of answering Soviet threats with overwhelming nuclear force?", "massive retaliation", ["a doctrine of massive retaliation"],
    "1953-1960-foreword", "In order to counterbalance the Soviet threat", "Soviet nuclear capability.", "what", ["naming"])
add("What effect did Eisenhower's Cold War approach have on the office of president?", "to increase the foreign policymaking power of the presidency",
    ["increase the foreign policymaking power of the presidency"],
    "1953-1960-foreword", "These Cold War policies served", "international obligations.", "what", ["consequence"])
add("How many U.S. troops died when Aideed's men downed the Black Hawks?", "18", ["18 U.S. soldiers"],
    "1993-2000-somalia", "Aideed’s forces shot down two Black Hawk helicopters", "hundreds of Somalis.", "how many/how much", [])
add("Who overthrew the government to put Siad Barre in charge in 1969?", "the Somali Army", ["Somali Army"],
    "1993-2000-somalia", "In 1969, the Somali Army launched a coup", "to power.", "who", ["converse"])
add("Which 1955 meeting gave birth to the nonaligned movement?", "the Bandung conference", ["Bandung conference", "the Bandung conference of 1955", "Bandung"],
    "1945-1952-asia-and-africa", "Many of the new nations resisted the pressure", "focused on internal development.", "which", [])
add("When did the formal strategic arms negotiations under Nixon get going?", "November 17, 1969", [],
    "1969-1976-salt", "Johnson’s successor, Richard Nixon, also believed in SALT", "in Helsinki, Finland.", "when", [])
add("What image did Eisenhower use for Laos when briefing Kennedy?", "cork in the bottle", ["the “cork in the bottle"],
    "1961-1968-laos-crisis", "But this surpassingly weak state was the", "loss of most of the Far East.”", "what", ["quote"])
add("What did the military call the December 1989 operation to oust Noriega?", "Operation Just Cause", ["Just Cause"],
    "1981-1988-central-america", "Code-named Operation Just Cause", "lasted for five days.", "what", ["naming"])
add("What was the name of the goverment oil company Cárdenas set up?", "PEMEX", ["Petróleos Mexicanos (PEMEX)", "Petróleos Mexicanos"],
    "1937-1945-mexican-oil", "He later created Petróleos Mexicanos", "operating in Mexico.", "what", ["naming", "misspelt"])
add("What was the American name for the Berlin supply flights?", "Operation Vittles", ["“Operation Vittles”"],
    "1945-1952-berlin-airlift", "The United States launched “Operation Vittles”", "“Operation Plainfare.”", "what", ["naming"])
add("Which law came out of a Quaker's unofficial peace talks with Talleyrand?", "the Logan Act", ["Logan Act"],
    "1784-1800-xyz", "In 1799, Congress also passed the Logan Act", "Talleyrand’s peaceful intentions.", "which", ["consequence"])
add("How much did the arbitrators make Britain pay over the Confederate raiders?", "$15.5 million", [],
    "1861-1865-alabama", "The arbitration commission, which issued its decision in September 1872", "compensation for the Alabama claims.", "how many/how much", [])
add("How many Cherokees perished on the forced march west?", "between three and four thousand", ["three and four thousand"],
    "1830-1860-indian-treaties", "The best evidence indicates that between three and four thousand", "“Trail of Tears.”", "how many/how much", [])

# ---------------- unanswerable (20) ----------------
una("Why did Stalin refuse to attend the Tehran Conference in 1943?", ["false premise"])
una("Why did Churchill stay away from the Yalta Conference?", ["false premise"])
una("Why did the Senate vote down the Panama Canal Treaty in 1978?", ["false premise"])
una("Which naval treaty did France and Italy sign at the 1927 Geneva conference?", ["false premise"])
una("What did Perry promise the shogun in exchange for opening Nagasaki to American ships?", ["false premise", "promise"])
una("How much of the bribe did Pinckney and Marshall end up paying Talleyrand?", ["false premise", "how much"])
una("How old was Salvador Allende when he died in the 1973 coup?", ["beyond", "age"])
una("Who sat on the 40 Committee that reviewed covert action proposals for Chile?", ["beyond", "members"])
una("Which senators signed the December 1979 letter warning Carter about SALT II?", ["beyond", "members"])
una("What was the name of Commodore Perry's flagship when he entered Tokyo Bay?", ["naming"])
una("How many tons of food and coal did the Berlin Airlift deliver altogether?", ["how much"])
una("Which Union warship sank the Alabama off the French coast?", ["beyond", "naming"])
una("How many delegates in total attended the Albany Congress?", ["members"])
una("Which Japanese official signed the Treaty of Kanagawa for the shogunate?", [])
una("What was the population of Laos when Kennedy took office?", [])
una("How many Lend-Lease convoys were lost on the Arctic route to Murmansk?", [])
una("Where was Maxim Litvinov born?", ["origin"])
una("How many times did Clinton travel to Moscow while he was president?", ["how often"])
una("Which came first, the founding of PEMEX or the Cooke-Zevada agreement?", ["compare"])
una("How old was Mobutu when he took power in the 1965 coup?", ["beyond", "age"])

random.seed(58)
random.shuffle(Q)
tags = {}
with open('/work/heldout/r57/ask58/ask_v58.jsonl', 'w') as f:
    for n, q in enumerate(Q, 1):
        q['id'] = 'q%03d' % n
        tags[q['id']] = q.pop('tags')
        rec = {k: q[k] for k in ['id', 'question', 'answer', 'alternatives', 'document', 'citation', 'kind']}
        f.write(json.dumps(rec, ensure_ascii=False) + '\n')
json.dump(tags, open('/work/heldout/r57/ask58/style_tags.json', 'w'), ensure_ascii=False, indent=1)
print(len(Q))
