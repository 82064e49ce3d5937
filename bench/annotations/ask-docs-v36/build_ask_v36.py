"""Build ask_v36.jsonl from hand-written entries.
Citations are cut out of the source text by (start, end) snippets so they are exact copies."""
import json, random
T = json.load(open('/work/heldout/r35/ask36/ask_texts.json'))
E = '000_beabee21081aa6a0'

def cite(doc, start, end):
    t = T[doc]
    i = t.find(start)
    assert i >= 0, (doc, start)
    assert t.find(start, i + 1) < 0, ('start not unique', doc, start)
    j = t.find(end, i)
    assert j >= 0, (doc, end)
    return t[i:j + len(end)]

A = []  # answerable
def q(doc, start, end, question, answer, alts, kind):
    A.append(dict(question=question, answer=answer, alternatives=alts, document=doc,
                  citation=cite(doc, start, end), kind=kind))

# ---------------- exhibit (16) ----------------
q(E, "Indeed, the resulting accord", "Roosevelt-Litvinov Agreement.",
  "Who signed the 1933 agreement with Roosevelt on the Soviet side?", "Maxim Litvinov",
  ["Litvinov", "Maxim Litvinov, the Soviet foreign minister"], "who")
q(E, "Under its terms, the Soviet Union pledged", "living in the Soviet Union.",
  "What did Moscow promise Americans residing in the USSR in the 1933 deal?", "religious freedom",
  ["to grant religious freedom to American citizens living in the Soviet Union", "grant religious freedom"], "what")
q(E, "The Soviets lost some 8.7 million soldiers", "Eastern Front.",
  "How many Red Army troops were killed fighting Germany?", "8.7 million",
  ["some 8.7 million", "some 8.7 million soldiers"], "how many/how much")
q(E, "Code-named Operation Barbarossa", "European history.",
  "what was the code name for the nazi attack on russia", "Operation Barbarossa", ["Barbarossa"], "what")
q(E, "Over the next three and a half years", "war supplies.",
  "How much military materiel did America ship to Stalin under Lend-Lease?", "more than $11 billion",
  ["$11 billion", "more than $11 billion in war supplies"], "how many/how much")
q(E, "He then sent his trusted confidant Harry Hopkins", "meet with Joseph Stalin.",
  "Which aide did FDR dispatch to size things up in Moscow right after Hitler invaded?", "Harry Hopkins",
  ["Hopkins"], "who")
q(E, "Given his faith in personal diplomacy", "meet directly with Stalin.",
  "What did Roosevelt tell Churchill in 1942 about dealing with the Soviet leader himself?",
  "I think I can personally handle Stalin better than your Foreign Office or my State Department", [], "what")
q(E, "FDR’s desire to meet Stalin on his own terms unnerved Churchill", "the peace that followed.",
  "Why was the British prime minister uneasy about the president seeing Stalin one-on-one?",
  "the rise of Soviet and American power would diminish Britain’s role in the war and in the peace that followed",
  ["feared that the rise of Soviet and American power would diminish Britain’s role in the war and in the peace that followed",
   "the rise of Soviet and American power would diminish Britain’s role"], "why")
q(E, "Franklin D. Roosevelt entered the presidency determined", "Woodrow Wilson in 1917.",
  "which president began the policy of not recognizing the soviet union", "Woodrow Wilson",
  ["President Woodrow Wilson", "Wilson"], "who")
q(E, "For the pragmatic FDR, the normalization of ties", "Adolf Hitler in Europe.",
  "Why were American companies keen on renewed relations with Moscow during the Depression?",
  "to open Soviet markets to American goods", ["anxious to open Soviet markets to American goods"], "why")
q(E, "Joseph Stalin’s initiation in the mid-1930s", "deterioration in relations.",
  "What Soviet crackdown of the 1930s turned opinion in the U.S. against Stalin?",
  "great murderous purges of dissenters", ["murderous purges of dissenters", "purges of dissenters"], "what")
q(E, "Joseph Stalin calls on Franklin D. Roosevelt upon arriving", "February 2, 1945.",
  "Name the palace that hosted FDR at the Crimea summit.", "the Livadia Palace",
  ["Livadia Palace", "the Livadia Palace in Yalta"], "where")
q(E, "In fact, at Yalta all three leaders signed", "secret ballot.”",
  "Which two documents did the Big Three put their names to at Yalta promising people a free choice of government?",
  "the Declaration of Liberated Europe and the Declaration on Poland",
  ["Declaration of Liberated Europe and the Declaration on Poland"], "which")
q(E, "A U.S. Army truck convoy prepares", "March 1943.",
  "Through which country did American convoys haul supplies to the Soviets?", "Iran", ["through Iran"], "where")
q(E, "But his willingness to reach out to Stalin", "greatest friends.",
  "How is FDR remembered in Russia today?", "as one of their nation’s true heroes and greatest friends",
  ["one of their nation’s true heroes and greatest friends"], "how")
q(E, "FDR understood that Stalin was an oppressive", "in the world.”",
  "How did Roosevelt describe the Soviet regime in 1940?",
  "a dictatorship as absolute as any other dictatorship in the world",
  ["a dictatorship as absolute as any other dictatorship"], "how")

# ---------------- essays (64) ----------------
d = '1993-2000-somalia'
q(d, "UNOSOM II’s efforts to protect aid deliveries", "Muhammad Farah Aideed.",
  "Who was the Somali warlord that defied the UN effort to protect food shipments?", "Muhammad Farah Aideed",
  ["Aideed", "warlord Muhammad Farah Aideed"], "who")
q(d, "Aideed’s forces shot down two Black Hawk", "hundreds of Somalis.",
  "how many us soldiers died when the black hawks were shot down in somalia", "18", ["18 U.S. soldiers"],
  "how many/how much")
d = '1993-2000-two-koreas'
q(d, "A last-minute private trip to North Korea", "denuclearization of North Korea.",
  "Which ex-president's personal visit to Pyongyang in 1994 headed off a war?", "Jimmy Carter",
  ["President Jimmy Carter", "Carter"], "who")
q(d, "North Korea broke out of the 1994 agreement", "hosted by China.",
  "Who hosted the Six-Party Talks?", "China", [], "who")
d = '1750-1775-parliamentary-taxation'
q(d, "The opportunity for peaceful negotiation came to an end", "Lexington and Concord.",
  "On what date did the Revolutionary War start?", "April 19, 1775", ["on April 19, 1775"], "when")
q(d, "In the American colonies, these laws were referred to", "Intolerable Acts.",
  "What did colonists call the 1774 laws that tried to put Massachusetts under direct British control?",
  "the Intolerable Acts", ["Intolerable Acts"], "what")
d = '1776-1783-articles'
q(d, "This left Maryland", "holdout.",
  "Which state held out longest before approving the Articles of Confederation?", "Maryland", [], "which")
q(d, "The Continental Congress voted on Jan 10, 1781", "Secretary of Foreign Affairs.",
  "Who was picked in 1781 to run diplomacy for the Confederation Congress?", "Robert R. Livingston",
  ["Livingston"], "who")
d = '1776-1783-b-franklin'
q(d, "Jefferson replied,", "successor.”",
  "What was Jefferson's famous answer when the French minister asked whether he was replacing Franklin?",
  "No one can replace him, Sir; I am only his successor.", ["I am only his successor", "No one can replace him"], "what")
d = '1784-1800-citizen-genet'
q(d, "Genêt ignored American warnings and allowed the outfitting", "the Little Democrat.",
  "What was the name of the French raider Genet fitted out in defiance of the U.S. government?",
  "the Little Democrat", ["Little Democrat"], "what")
q(d, "President Washington and Attorney General Edmund Randolph, aware", "remain in the United States.",
  "Why was Genet alowed to stay in America after France recalled him?",
  "Genêt’s return to France would almost certainly result in his execution",
  ["aware that Genêt’s return to France would almost certainly result in his execution"], "why")
d = '1784-1800-convention-and-ratification'
q(d, "Congress passed legislation creating the Department of Foreign Affairs", "to the Department.",
  "What new name did the Department of Foreign Affairs get in 1789?", "the Department of State",
  ["Department of State"], "what")
q(d, "Lastly, the Spanish Government, which controlled New Orleans", "Mississippi River.",
  "Who kept American boats off the Mississippi in the 1780s?", "the Spanish Government",
  ["Spanish Government"], "who")
d = '1784-1800-loans'
q(d, "The United States also owed money to the Spanish Government", "precarious financial state.",
  "Why did the young republic give priority to repaying its Dutch creditors?",
  "Amsterdam remained the most likely source of future loans",
  ["because Amsterdam remained the most likely source of future loans"], "why")
q(d, "In practice it did both", "hyperinflation.",
  "What was the consequence of Congress financing the Revolution mostly with new paper money?",
  "hyperinflation", [], "what")
d = '1784-1800-washington-farewell'
q(d, "In his farewell address, Washington exhorted", "a slave.”",
  "What did Washington say about a country that habitually loves or hates another country?",
  "The nation which indulges toward another an habitual hatred or an habitual fondness is in some degree a slave",
  ["is in some degree a slave"], "what")
d = '1830-1860-liberia'
q(d, "In that same year, the settlement was named Liberia", "for the project.",
  "Which U.S. president is Liberia's capital named after?", "James Monroe", ["President James Monroe"], "who")
q(d, "Despite protests by the affected British companies", "in 1848.",
  "Which government was the first to recognize the new Liberian republic?", "London", [], "which")
d = '1830-1860-oregon-territory'
q(d, "By 1843, increased American immigration", "or fight.”",
  "What was the rallying cry of those in Congress who wanted all of the Oregon Country?",
  "54 degrees 40 minutes or fight", [], "what")
q(d, "The Senate ratified the treaty by a vote of 41-14", "1846.",
  "What was the Senate tally on the Oregon boundary treaty?", "41-14", ["by a vote of 41-14"], "how many/how much")
d = '1830-1860-pacific-expansion'
q(d, "In February 1784 the Empress of China", "search of wealth.",
  "What was the first American vessel to make the voyage to China?", "the Empress of China",
  ["Empress of China"], "what")
q(d, "Perhaps most significantly, when Commodore Matthew Perry", "in the region.",
  "Why did Perry take his squadron to Japan in 1853?",
  "to establish a foothold that would strengthen the U.S. position for trade and diplomacy in the region",
  ["to establish a foothold"], "why")
d = '1830-1860-texas-annexation'
q(d, "Under the terms of the treaty, Mexico ceded", "U.S. citizens.",
  "How much cash did Mexico get for the land it gave up in 1848?", "$15 million",
  ["a $15 million lump sum payment"], "how many/how much")
q(d, "The Mexicans, however, argued that the border", "Rio Grande.",
  "Which river did Mexico insist was the edge of Texas?", "the Nueces River", ["Nueces River", "Nueces"], "which")
d = '1861-1865-french-intervention'
q(d, "Ultimately, though, the U.S. Congress rejected the treaty", "Civil War expenditures.",
  "Why was Corwin's loan deal with Mexico turned down in Washington?",
  "it would drain money from Civil War expenditures",
  ["on grounds that it would drain money from Civil War expenditures"], "why")
q(d, "Meanwhile, U.S. Generals Ulysses S. Grant", "Texas-Mexico border.",
  "Which two Union generals quietly helped Juárez without Seward's approval?",
  "Ulysses S. Grant and Philip Henry Sheridan", [], "which")
d = '1861-1865-victory'
q(d, "In 1867, Seward succeeded in purchasing Alaska", "Russian Government.",
  "What did Seward buy from Russia?", "Alaska", [], "what")
q(d, "Between 3,000 and 20,000 former Confederates", "to the United States.",
  "To which South American country did many defeated Southerners emigrate?", "Brazil", [], "where")
d = '1866-1898-commodore-shufeldt'
q(d, "Between 1878 and 1880, Commodore Robert Shufeldt commanded", "U.S. trade.",
  "Which warship carried Shufeldt on his 1878–1880 trade voyage?", "the U.S.S. Ticonderoga",
  ["U.S.S. Ticonderoga", "Ticonderoga"], "which")
q(d, "Shufeldt also recommended that the United States acquire", "palm oil.",
  "What Spanish island off West Africa did Shufeldt want the U.S. to obtain?", "Fernando Po",
  ["Bioko", "the Spanish-controlled island of Fernando Po"], "which")
d = '1866-1898-spanish-american-war'
q(d, "The future Secretary of State John Hay described", "little war.”",
  "What did John Hay call the conflict with Spain?", "splendid little war", [], "what")
q(d, "The first battle was fought on May 1, in Manila Bay", "defending the Philippines.",
  "Who did the Spanish lose to in the opening naval battle off the Philippines?", "George Dewey",
  ["Commodore George Dewey", "Commodore George Dewey’s Asiatic Squadron", "Dewey"], "who")
d = '1866-1898-telegraph'
q(d, "The U.S. Department of State established a telegraph office", "transatlantic telegraphy.",
  "In what year did the State Department set up its own telegraph office?", "1866", ["in 1866"], "when")
q(d, "Diplomats learned to write more concisely", "length of messages.",
  "Why did envoys start keeping their cables short?", "to reduce telegraph expenses",
  ["in order to reduce telegraph expenses"], "why")
d = '1899-1913-japanese-relations'
q(d, "In a series of notes exchanged between late 1907", "to the United States.",
  "What do historians call the informal U.S.-Japan understanding that limited Japanese labor migration?",
  "the Gentlemen’s Agreement", ["Gentlemen’s Agreement"], "what")
q(d, "After the Russo-Japanese War of 1904–05", "New Hampshire.",
  "Where did Russia and Japan hold their peace talks with Theodore Roosevelt's help?",
  "Portsmouth, New Hampshire", ["Portsmouth"], "where")
d = '1899-1913-roosevelt-and-monroe-doctrine'
q(d, "Over the long term the corollary", "Dominican Republic.",
  "Which countries did the U.S. intervene in, citing Roosevelt's corollary?",
  "Cuba, Nicaragua, Haiti, and the Dominican Republic", [], "which")
d = '1914-1920-fourteen-points'
q(d, "He then appointed a committee of experts known as The Inquiry", "ideas for peace.",
  "What was the name of the expert panel Wilson set up to plan the peace?", "The Inquiry", ["Inquiry"], "what")
q(d, "The immediate cause of the United States’ entry", "on board.",
  "What pulled America into World War I in 1917?",
  "the German announcement of unrestricted submarine warfare",
  ["the German announcement of unrestricted submarine warfare and the subsequent sinking of ships with U.S. citizens on board",
   "unrestricted submarine warfare"], "why")
d = '1921-1936-good-neighbor'
q(d, "Roosevelt’s Secretary of State, Cordell Hull, participated", "of another”.",
  "Where was the inter-American meeting at which Washington endorsed non-intervention in 1933?",
  "the Montevideo Conference", ["Montevideo Conference", "Montevideo"], "where")
d = '1921-1936-great-depression'
q(d, "Great Britain, which had long underwritten", "in 1931.",
  "Which country was first to abandon the gold standard in the Depression?", "Great Britain", [], "which")
q(d, "Ironically, it was World War II", "economic crisis.",
  "What finally got the U.S. economy out of its 1930s slump?", "World War II", [], "what")
d = '1937-1945-casablanca'
q(d, "While Soviet Premier Joseph Stalin received an invitation", "at the time.",
  "Why was Stalin absent from the Casablanca talks?",
  "the Red Army was engaged in a major offensive against the German Army",
  ["because the Red Army was engaged in a major offensive against the German Army at the time"], "why")
q(d, "The President clearly stated, however", "other people.”",
  "What did Roosevelt say unconditional surrender was meant to wipe out, if not the Axis peoples?",
  "the philosophies in those countries which are based on conquest and the subjugation of other people",
  ["the destruction of the philosophies in those countries which are based on conquest and the subjugation of other people"],
  "what")
d = '1937-1945-chinese-exclusion-act-repeal'
q(d, "In 1943, Congress passed a measure to repeal", "per year.",
  "How many Chinese immigrants a year were let in after the 1943 repeal?", "around 105",
  ["105", "around 105 visas per year"], "how many/how much")
q(d, "Eventually, Asian exclusion ended", "Asian immigrants.",
  "Which law finally put an end to the exclusion of Asian immigrants?", "the 1952 Immigration Act",
  ["1952 Immigration Act"], "which")
d = '1937-1945-tehran-conf'
q(d, "Roosevelt, Churchill, and Stalin engaged in discussions", "May of 1944.",
  "What was the code name of the cross-Channel landing the Allies committed to at Tehran?",
  "Operation Overlord", ["Overlord"], "what")
q(d, "In order to compensate Poland", "Neisse rivers.",
  "Along which rivers was Germany's new frontier with Poland to run?", "the Oder and Neisse rivers",
  ["Oder and Neisse"], "where")
d = '1937-1945-war-time-conferences'
q(d, "Despite the end of the war in Europe", "most minor issues.",
  "Who took Churchill's place halfway through the Potsdam meeting?", "Clement Atlee", ["Atlee"], "who")
q(d, "In 1944, conferences at Bretton Woods", "postwar world.",
  "Which two 1944 meetings designed the post-war order?",
  "Bretton Woods and Dumbarton Oaks", [], "which")
d = '1945-1952-korean-war'
q(d, "In this “Reverse Course,”", "cold war ally.",
  "What is the U.S. switch from punishing Japan to rebuilding it in 1947–48 known as?",
  "Reverse Course", [], "what")
q(d, "During World War II the United States and the Soviet Union agreed", "Japanese forces.",
  "Along which line was Korea devided after World War II?", "the 38th parallel", ["38th parallel"], "where")
d = '1945-1952-national-security-act'
q(d, "The act also established the Central Intelligence Agency", "intelligence organizations.",
  "Which wartime spy agency was the forerunner of the CIA?", "Office of Strategic Services",
  ["World War II era Office of Strategic Services"], "which")
q(d, "The War Department and Navy Department merged", "Air Force.",
  "Which two departments were combined to form the Pentagon's Department of Defense?",
  "The War Department and Navy Department", ["War Department and Navy Department"], "which")
d = '1945-1952-truman-doctrine'
q(d, "Accordingly, in his speech, President Truman requested", "to the region.",
  "How much aid did Truman ask Congress to give Greece and Turkey?", "$400,000,000",
  ["$400,000,000 worth of aid"], "how many/how much")
q(d, "The immediate cause for the speech was", "Greek Communist Party.",
  "Which government's decision to stop helping Athens triggered Truman's March 1947 address?",
  "the British Government", ["British Government"], "which")
d = '1953-1960-bandung-conf'
q(d, "The governments of Burma, India, Indonesia", "Middle East.",
  "Which five countries organized the 1955 Asian-African Conference?",
  "Burma, India, Indonesia, Pakistan and Sri Lanka", [], "which")
q(d, "The Bandung Conference and its final resolution", "Cold War.",
  "What bloc of developing countries grew out of the Bandung meeting?", "the nonaligned movement",
  ["nonaligned movement"], "what")
d = '1953-1960-sputnik'
q(d, "The U.S. Government suffered a severe setback", "compete militarily with the Soviets.",
  "What was the name of the American satellite that blew up on the pad in December 1957?", "Vanguard", [], "what")
q(d, "At last, on January 31, 1958", "the Explorer.",
  "When did the U.S. finally get a sattelite into space?", "January 31, 1958", ["on January 31, 1958"], "when")
d = '1953-1960-suez'
q(d, "Washington’s public censure of two", "January 1957.",
  "Which British leader stepped down partly because of the Suez affair?", "Anthony Eden",
  ["British Prime Minister Anthony Eden", "Eden"], "who")
q(d, "On September 9, U.S. Secretary of State John Foster Dulles proposed", "to operate the Canal.",
  "What international body did Dulles suggest should run the canal?", "Suez Canal Users’ Association",
  ["SCUA", "a Suez Canal Users’ Association (SCUA)"], "what")
d = '1953-1960-warsaw-treaty'
q(d, "The Soviet Union formed this alliance as a counterbalance", "in 1949.",
  "Why did Moscow create the Warsaw Pact?",
  "as a counterbalance to the North Atlantic Treaty Organization (NATO)",
  ["a counterbalance to the North Atlantic Treaty Organization", "a counterbalance to the North Atlantic Treaty Organization (NATO)"],
  "why")
q(d, "The Warsaw Pact officially disbanded", "Soviet Union.",
  "when did the warsaw pact end", "March and July of 1991", ["1991"], "when")

U = [
 "How many sailors were killed when the USS Maine blew up in Havana harbor?",
 "Who was the captain of the Empress of China on its 1784 voyage?",
 "What was the name of the dog the Soviets sent into orbit in 1957?",
 "Who was the chief designer behind Sputnik?",
 "Who was the first Secretary of Defense under the National Security Act of 1947?",
 "Who was the first Director of Central Intelligence?",
 "What was the name of the Boston stamp distributor whose house the rioters destroyed?",
 "How many chests of tea were dumped during the Boston Tea Party?",
 "What was the name of Emperor Maximilian's wife?",
 "Which general commanded the U.S. troops in Operation Restore Hope?",
 "How many light water reactors was North Korea promised under the Agreed Framework?",
 "Where did Roosevelt stay during the Tehran Conference?",
 "How many Americans were killed in the Korean War?",
 "How long did Sputnik stay in orbit before it fell back to Earth?",
 "What was the U.S. unemployment rate at the worst point of the Great Depression?",
 "How much did it cost per word to send a telegram across the Atlantic in 1866?",
 "How many troops did Britain and France land in Egypt during the Suez Crisis?",
 "By how many votes did Parliament pass the Stamp Act?",
 "How many tanks did the United States send the Soviet Union through Lend-Lease?",
 "What illness was FDR suffering from at the Yalta Conference?",
]
rows = A + [dict(question=u, answer=None, alternatives=[], document=None, citation=None, kind='unanswerable') for u in U]
random.Random(36).shuffle(rows)
with open('/work/heldout/r35/ask36/ask_v36.jsonl', 'w') as f:
    for n, r in enumerate(rows, 1):
        out = {'id': f'q{n:03d}', 'question': r['question'], 'answer': r['answer'],
               'alternatives': r['alternatives'], 'document': r['document'],
               'citation': r['citation'], 'kind': r['kind']}
        f.write(json.dumps(out, ensure_ascii=False) + '\n')
print(len(A), len(U), len(rows))
