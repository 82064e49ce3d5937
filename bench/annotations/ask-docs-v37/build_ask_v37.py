"""Build ask_v37.jsonl from hand-written questions.
Citations are located in the text by (start, end) fragments and copied exactly from the document."""
import json, random
T = json.load(open('/work/heldout/r36/ask37/ask_texts.json'))
D0 = '000_beabee21081aa6a0'
# (question, answer, alternatives, document, start fragment, end fragment, kind)
A = [
 ("roughly how many red army soldiers died fighting on the eastern front", "some 8.7 million", ["8.7 million", "some 8.7 million soldiers"], D0, "The Soviets lost some 8.7", "brutal Eastern Front.", "how many/how much"),
 ("What nickname did FDR give the group of great powers he expected to keep order after the war?", "the Four Policemen", ["Four Policemen"], D0, "The president believed the future", "China, and the USSR.", "what"),
 ("What name was given to the deal that restored US–Soviet diplomatic ties in late 1933?", "the Roosevelt-Litvinov Agreement", ["Roosevelt-Litvinov Agreement"], D0, "Indeed, the resulting accord", "Roosevelt-Litvinov Agreement.", "what"),
 ("Who first put in place Washington's refusal to acknowledge the Bolshevik regime?", "Woodrow Wilson", ["President Woodrow Wilson"], D0, "Franklin D. Roosevelt entered the presidency determined", "Woodrow Wilson in 1917.", "who"),
 ("What do historians call Hitler's June 1941 assault on the Soviet Union?", "Operation Barbarossa", [], D0, "Code-named Operation Barbarossa", "European history.", "what"),
 ("How much did the US spend supplying Stalin's armies under Lend-Lease?", "more than $11 billion", ["$11 billion", "more than $11 billion in war supplies"], D0, "Over the next three and a half years", "in war supplies.", "how many/how much"),
 ("Who went to Moscow in 1941 as Roosevelt's personal envoy to Stalin?", "Harry Hopkins", ["his close advisor Harry Hopkins"], D0, "Thus, in the summer of 1941, FDR sent", "his personal representative.", "who"),
 ("How near to the Soviet capital did Hitler's armies get?", "within fifteen miles", ["fifteen miles", "within fifteen miles of Moscow"], D0, "This was especially true in the first year", "by December 1941.", "how many/how much"),
 ("Compared with what the Soviets made themselves, how big was the American supply effort?", "about 7 percent", ["7 percent"], D0, "Though Lend-Lease aid to Russia constituted", "it was vitally important.", "how many/how much"),
 ("Why did Roosevelt decide to land troops in North Africa in 1942?", "to relieve the embattled Russians", ["keeping his promise to Stalin that he would open a diverting “second front” against Germany to relieve the embattled Russians", "keeping his promise to Stalin"], D0, "This concern likewise contributed", "embattled Russians.", "why"),
 ("Where did the Allies first declare they would settle for nothing less than the Axis giving up without conditions?", "the Casablanca Conference", ["Casablanca Conference", "Casablanca"], D0, "FDR further bound the Soviets", "fight on alone.", "where"),
 ("What worried Churchill about FDR dealing with Stalin one-on-one?", "the rise of Soviet and American power would diminish Britain’s role in the war and in the peace that followed", ["the rise of Soviet and American power would diminish Britain’s role", "that the rise of Soviet and American power would diminish Britain’s role in the war and in the peace that followed"], D0, "FDR’s desire to meet Stalin", "peace that followed.", "what"),
 ("What did Roosevelt see as his biggest win at Yalta?", "bringing the Soviet Union into the United Nations", ["bringing the Soviet Union into the United Nations largely on his own terms"], D0, "He succeeded in bringing the Soviet Union", "of the conference.", "what"),
 ("how long after germany was beaten did stalin agree to enter the war against japan", "within three months", ["three months", "within three months of Germany’s defeat"], D0, "He also won Stalin’s promise", "Germany’s defeat.", "when"),
 ("What did Roosevelt say in 1940 about the kind of government running the Soviet Union?", "a dictatorship as absolute as any other dictatorship in the world", [], D0, "FDR understood that Stalin was", "dictatorship in the world.”", "what"),
 ("How is Roosevelt viewed by Russians today?", "as one of their nation’s true heroes and greatest friends", ["one of their nation’s true heroes and greatest friends"], D0, "But his willingness to reach out", "greatest friends.", "how"),
 # essays
 ("Which treaty limiting missile defenses came out of SALT I?", "the Antiballistic Missile Treaty", ["Antiballistic Missile Treaty"], "1969-1976-detente", "Then, in 1972, the first round", "each side could develop.", "which"),
 ("Who had to take power in Moscow before arms negotiations could resume in the 1980s?", "Mikhail Gorbachev", [], "1969-1976-detente", "Arms control talks ceased", "in the Soviet Union.", "who"),
 ("How big was UN membership by the end of the 1970s?", "150", ["150 by 1979"], "1977-1980-north-south-dialogue", "Membership in the United Nations had risen", "150 by 1979.", "how many/how much"),
 ("Why did talks between rich and poor nations fizzle at the end of the 1970s?", "the increasing conflicts between the United States and the Soviet Union", ["the industrialized nations renewed their focus and redirected their resources to the Cold War"], "1977-1980-north-south-dialogue", "Late in the 1970s, the increasing", "development issues.", "why"),
 ("Who shared chairing duties with Bush at the 1991 Middle East peace talks in Spain?", "Mikhail Gorbachev", ["Soviet President Mikhail Gorbachev", "Gorbachev"], "1989-1992-madrid-conference", "The Conference, co-chaired by Bush", "Jordanian-Palestinian delegation.", "who"),
 ("How much money in loan guarantees did Washington hold back to pressure Shamir?", "$10 billion", [], "1989-1992-madrid-conference", "Simultaneously, Baker and Bush", "from the Soviet Union.", "how many/how much"),
 ("Whose death were students commemorating when the 1989 Beijing protests started?", "Hu Yaobang", ["the popular pro-reform Chinese leader Hu Yaobang"], "1989-1992-tiananmen-square", "The demonstrations began on April 15", "Hu Yaobang.", "who"),
 ("when was martial law declared in beijing", "May 20", ["on May 20"], "1989-1992-tiananmen-square", "The Chinese leadership imposed martial law", "on May 20.", "when"),
 ("Name the three countries NATO invited to become members after Clinton and Yeltsin met in Helsinki.", "the Czech Republic, Poland, and Hungary", ["Czech Republic, Poland, and Hungary"], "1993-2000-evolution-of-nato", "With Russia’s concerns somewhat mollified", "in 1999.", "which"),
 ("What was the 1995 NATO bombing campaign against the Bosnian Serbs called?", "Operation Deliberate Force", [], "1993-2000-evolution-of-nato", "The Alliance’s involvement increased gradually", "settlement to the war.", "what"),
 ("In which country was APEC founded?", "Australia", ["in Australia"], "1989-1992-apec", "Asia Pacific Economic Cooperation, or APEC, was formed", "Pacific Rim.", "where"),
 ("Where did the first annual APEC summit take place?", "Seattle, Washington", ["Seattle"], "1989-1992-apec", "In 1993 in Seattle", "economic leaders.", "where"),
 ("What's the popular name for Public Law 480?", "Food for Peace", [], "1961-1968-pl-480", "President Dwight D. Eisenhower signed into law the Agricultural", "Food for Peace.", "what"),
 ("Who was picked to run Kennedy's food aid program?", "George McGovern", [], "1961-1968-pl-480", "Kennedy also appointed George McGovern", "Department of Agriculture.", "who"),
 ("Who was in charge of the communist movment headquartered in Luanda?", "Agostinho Neto", [], "1969-1976-angola", "The Popular Movement for the Liberation of Angola (MPLA) was", "Agostinho Neto.", "who"),
 ("Where did UNITA look for foreign troops to back it up?", "South Africa", ["the Apartheid government in South Africa"], "1969-1976-angola", "At the same time, UNITA", "military reinforcement.", "where"),
 ("Which nation on the continent did not put its name to the 1975 Helsinki agreement?", "Albania", [], "1969-1976-helsinki", "Every European country except Albania", "and Canada.", "which"),
 ("What topic did the third 'basket' of the Final Act cover?", "human rights", [], "1969-1976-helsinki", "The third basket emphasized", "freedom of the press.", "what"),
 ("Through which foreign leader did Nixon open a back channel to Beijing?", "Yahya Khan", ["Pakistani President Yahya Khan"], "1969-1976-rapprochement-china", "Of greater significance, Nixon established", "Yahya Khan.", "who"),
 ("What do historians call the table tennis exchanges that paved the way for US-China talks?", "Ping Pong Diplomacy", [], "1969-1976-rapprochement-china", "This informal “Ping Pong Diplomacy”", "diplomatic negotiations.", "what"),
 ("In what city did American and Chinese envoys begin meeting in 1955?", "Geneva", ["in Geneva"], "1953-1960-china-talks", "On August 1, 1955, the United States", "mutual concern.", "where"),
 ("Which country's diplomats acted as go-between for Chinese stuck in America?", "the Indian Embassy", ["Indian Embassy"], "1953-1960-china-talks", "For Americans detained in China", "acted as the intermediary.", "which"),
 ("What was the 1937 rule letting warring nations buy non-military goods if they paid up front and shipped them themselves called?", "cash-and-carry", ["the so-called “cash-and-carry” provision"], "1921-1936-neutrality-acts", "The Neutrality Act of 1937 did contain", "provision.", "what"),
 ("Why did Roosevelt want the cash-and-carry clause included?", "as a deliberate way to assist Great Britain and France in any war against the Axis Powers", ["to assist Great Britain and France"], "1921-1936-neutrality-acts", "Roosevelt had engineered its inclusion", "“cash-and-carry.”", "why"),
 ("When did the Big Three gather in the Crimea?", "February 4–11, 1945", [], "1937-1945-yalta-conf", "The Yalta Conference took place in a Russian resort", "World War Two.", "when"),
 ("Who succeeded FDR as president?", "Harry S. Truman", [], "1937-1945-yalta-conf", "With the death of Franklin D. Roosevelt on April 12", "of the United States.", "who"),
 ("What was UN Resolution 181 also known as?", "the Partition Resolution", ["Partition Resolution"], "1945-1952-arab-israeli-war", "On November 29, 1947", "in May 1948.", "what"),
 ("What did Washington say about a country that loves or hates another country too much?", "The nation which indulges toward another an habitual hatred or an habitual fondness is in some degree a slave", ["in some degree a slave"], "1784-1800-washington-farewell", "In his farewell address, Washington exhorted", "a slave.”", "what"),
 ("What's the other name for the Kellog-Briand Pact?", "the Pact of Paris", ["Pact of Paris"], "1921-1936-kellogg", "Sometimes called the Pact of Paris", "World War II.", "what"),
 ("By what margin did the Senate approve the anti-war pact of 1928?", "85–1", ["a vote of 85–1"], "1921-1936-kellogg", "The U.S. Senate ratified the agreement", "breaking the agreement.", "how many/how much"),
 ("Why was the naval action around Cuba called a quarantine instead of a blockade?", "legally distinguished this action from a blockade, which assumed a state of war existed", ["a blockade, which assumed a state of war existed"], "1961-1968-cuban-missile-crisis", "The use of “quarantine” legally", "Organization of American States.", "why"),
 ("What nickname did the emergency phone connection between the two capitals get?", "Hotline", ["a direct telephone link"], "1961-1968-cuban-missile-crisis", "In an effort to prevent this from happening again", "“Hotline.”", "what"),
 ("where was seato based", "Bangkok, Thailand", ["Bangkok"], "1953-1960-seato", "Headquartered in Bangkok", "formal functions.", "where"),
 ("Why did Pakistan pull out of SEATO?", "the organization had failed to provide it with assistance in its ongoing conflict against India", ["because the organization had failed to provide it with assistance in its ongoing conflict against India"], "1953-1960-seato", "Pakistan formally left SEATO in 1973", "against India.", "why"),
 ("How high could the U-2 fly?", "70,000 feet", ["a ceiling of 70,000 feet"], "1953-1960-u2-incident", "The U-2 was a special high-altitude", "70,000 feet.", "how many/how much"),
 ("Which Russian agent was swaped for Francis Gary Powers?", "Rudolf Abel", [], "1953-1960-u2-incident", "In February, 1962, however, he and", "Rudolf Abel.", "who"),
 ("How many Union merchant vessels did the Alabama seize?", "58", ["58 Northern merchant ships"], "1861-1865-alabama", "It captured 58 Northern", "coast of France.", "how many/how much"),
 ("How much compensation was Britain ordered to pay in the end?", "$15.5 million", [], "1861-1865-alabama", "The arbitration commission, which issued", "Alabama claims.", "how many/how much"),
 ("Who lost Israel's 1999 vote for prime minister to Ehud Barak?", "Netanyahu", [], "1993-2000-oslo", "In Israel’s May 1999 elections", "defeated Netanyahu.", "who"),
 ("What set off the al-Aqsa Intifada?", "a visit of Likud Party leader Ariel Sharon to the Temple Mount", [], "1993-2000-oslo", "On September 28, riots erupted", "al-Aqsa Intifada.", "what"),
 ("At what fixed price was the dollar pegged to gold?", "$35 per ounce", [], "1969-1976-nixon-shock", "Under the Bretton Woods system, the external", "$35 per ounce.", "how many/how much"),
 ("What nickname did Nixon's August 1971 economic measures get?", "Nixon shock", [], "1969-1976-nixon-shock", "Known colloquially as", "World War II.", "what"),
 ("How many countries took part in the 1961 Geneva conference on Laos?", "fourteen", ["The fourteen nations"], "1961-1968-laos-crisis", "The fourteen nations involved", "and Thailand.", "how many/how much"),
 ("Which three countries sat on the commission overseeing the pullout of foreign troops from Laos?", "India, Poland, and Canada", [], "1961-1968-laos-crisis", "The Declaration on the Neutrality of Laos and its associated protocols", "and Canada.", "which"),
 ("Which historian claimed the bombs were dropped on Japan mainly to get leverage over Moscow?", "Gar Alperovitz", [], "1945-1952-atomic", "In 1965, historian Gar Alperovitz", "Japanese surrender.", "who"),
 ("Why couldn't either superpower gain much from actually using the bomb once they were roughly equal?", "neither could make the first strike without the threat of a counterstrike", ["Because neither could make the first strike without the threat of a counterstrike"], "1945-1952-atomic", "Because neither could make the first strike", "greatly diminished.", "why"),
 ("Who represented the United States in negotiating the Treaty of Wangxia?", "Caleb Cushing", ["Massachusetts Congressman Caleb Cushing"], "1830-1860-china-1", "U.S. President John Tyler chose", "with the Chinese.", "who"),
 ("Name the five Chinese ports opened to trade by the 1844 treaty.", "Guangzhou, Xiamen, Fuzhou, Ningbo, and Shanghai", [], "1830-1860-china-1", "Most importantly, it established five treaty ports", "and Shanghai).", "which"),
 ("Who was FDR's top diplomat at the 1933 pan-American meeting in Uruguay?", "Cordell Hull", [], "1921-1936-good-neighbor", "Roosevelt’s Secretary of State, Cordell Hull", "affairs of another”.", "who"),
 ("Which act of Congress ended the Burlingame deal's guarantee that Chinese could move freely to America?", "the Chinese Exclusion Act of 1882", ["Chinese Exclusion Act of 1882", "Chinese Exclusion Act"], "1866-1898-burlingame-seward-treaty", "A new treaty signed in 1880", "altogether.", "which"),
 ("Which former president's trip to Pyongyang in 1994 headed off a war?", "Jimmy Carter", ["President Jimmy Carter"], "1993-2000-two-koreas", "A last-minute private trip", "denuclearization of North Korea.", "who"),
 ("What did Washington agree to supply North Korea as a stopgap source of power?", "fuel-oil", ["interim energy supplies in the form of fuel-oil"], "1993-2000-two-koreas", "In exchange, the United States, Japan", "form of fuel-oil.", "what"),
 ("On what date did Lincoln announce the closing of southern ports?", "April 19", ["on April 19"], "1861-1865-blockade", "President Abraham Lincoln sided with Seward", "on April 19.", "when"),
 ("Where did Britain and France turn for cotton once the southern supply dried up?", "Egypt and India", ["in Egypt and India"], "1861-1865-blockade", "Although Confederate leaders were confident", "Egypt and India.", "where"),
 ("Why did the North Vietnamese time their big 1968 attack for the new year festival?", "it was traditionally a time of truce", ["because it was traditionally a time of truce"], "1961-1968-tet", "Hanoi selected the Tet holiday", "communist forces.", "why"),
 ("When did LBJ say he wouldn't run again?", "March 31, 1968", [], "1961-1968-tet", "On March 31, 1968, Johnson announced", "as president.", "when"),
 ("What was the border drawn by Robert Schomburgk called?", "the Schomburgk Line", ["Schomburgk Line"], "1866-1898-venezuela", "His 1835 survey resulted", "for Guiana.", "what"),
 ("Why did London back down instead of risking war over the Venezuelan border?", "under pressure in South Africa with the Boers and managing an empire that spanned the globe", ["under pressure in South Africa with the Boers"], "1866-1898-venezuela", "Great Britain, under pressure in South Africa", "another conflict.", "why"),
 ("What slogan did Ben Franklin's famous 1754 drawing of a chopped-up serpent carry?", "Join or Die", [], "1750-1775-albany-plan", "Upon hearing of the Albany Congress", "snake’s body.", "what"),
 ("Which two colonies were left out of the union proposed at Albany?", "Georgia and Delaware", [], "1750-1775-albany-plan", "Although only seven colonies sent commissioners", "Georgia and Delaware.", "which"),
 ("What were Russia's troop losses at Mukden?", "60,000", ["60,000 soldiers"], "1899-1913-portsmouth-treaty", "At the battle over Mukden", "41,000 soldiers.", "how many/how much"),
 ("Why were Japanese crowds angry about the peace terms?", "they considered the lack of an indemnity to be an affront", ["the lack of an indemnity"], "1899-1913-portsmouth-treaty", "Still, the Japanese public felt", "an affront.", "why"),
 ("Where were nuclear tests prohibited under the 1963 treaty?", "in the atmosphere, in space, or underwater", [], "1961-1968-limited-ban", "The Limited Test Ban Treaty was signed by the United States, the Soviet Union, and Great Britain", "or underwater.", "where"),
 ("What did Kennedy claim Eisenhower had let open up between US and Soviet nuclear forces?", "missile gap", [], "1961-1968-limited-ban", "President Kennedy had even campaigned", "“missile gap.”", "what"),
]
U = [
 "What was the name of the Soviet agent who approached ABC reporter John Scali?",
 "Who led the Russian delegation at the Portsmouth peace talks?",
 "Who was Japan's chief negotiator at Portsmouth in 1905?",
 "Which Union warship sank the CSS Alabama?",
 "How many Jupiter missiles did the US have in Turkey?",
 "From which Pakistani air base did Powers take off on May 1, 1960?",
 "Who was the first administrator of USAID?",
 "What new official gold price did the Smithsonian Agreement set for the dollar?",
 "How many Cuban soldiers did Castro send to Angola in 1975?",
 "Which Australian prime minister first proposed APEC?",
 "What was the name of the man who stood in front of the tanks near Tiananmen Square?",
 "How many American soldiers were killed during the Tet Offensive?",
 "What was the Senate vote on the Limited Test Ban Treaty?",
 "Which newspaper first printed Washington's Farewell Address?",
 "In which building in Madrid was the 1991 peace conference held?",
 "How many ships did the Union Navy use to enforce the blockade?",
 "How many Helsinki monitoring groups were set up in the Soviet Union?",
 "Where in Israel was Rabin shot?",
 "What military rank did the Laotian neutralist Kong Le hold?",
 "How many people were killed in the Arab air raid on Tel Aviv in May 1948?",
]

def cite(doc, s, e):
    t = T[doc]
    assert t.count(s) == 1, (doc, s, t.count(s))
    i = t.index(s)
    j = t.index(e, i) + len(e)
    c = t[i:j]
    assert '\n' not in c, (doc, s)
    return c

rows = []
for q, a, alts, doc, s, e, kind in A:
    rows.append(dict(question=q, answer=a, alternatives=alts, document=doc, citation=cite(doc, s, e), kind=kind))
for q in U:
    rows.append(dict(question=q, answer=None, alternatives=[], document=None, citation=None, kind="unanswerable"))
random.Random(37).shuffle(rows)
with open('/work/heldout/r36/ask37/ask_v37.jsonl', 'w') as f:
    for n, r in enumerate(rows, 1):
        r = {'id': f'q{n:03d}', **r}
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
print(len(rows), 'rows written')
