"""Build ask_v50.jsonl. Citations are cut out of the source text between a start and an end
fragment, so they are exact copies. Run: python3 build_ask_v50.py"""
import json, random, os
HERE = os.path.dirname(os.path.abspath(__file__))
T = json.load(open(os.path.join(HERE, 'ask_texts.json')))
EX = '000_beabee21081aa6a0'

def cut(doc, start, end):
    t = T[doc]
    assert t.count(start) >= 1, (doc, start)
    i = t.index(start)
    j = t.index(end, i) + len(end)
    s = t[i:j]
    assert '\n' not in s, (doc, start)
    return s

A = [  # (doc, question, answer, alternatives, cite_start, cite_end, kind)
 (EX, "How many Red Army soldiers were killed in the fighting in the east?", "some 8.7 million soldiers", ["8.7 million soldiers", "8.7 million"], "The Soviets lost some 8.7 million", "brutal Eastern Front.", "how many/how much"),
 (EX, "What nickname did Roosevelt give the four big powers he expected to keep order after the war?", "the Four Policemen", ["Four Policemen"], "The president believed the future of the world", "China, and the USSR.", "what"),
 (EX, "What did FDR write to Churchill in 1942 about dealing with Stalin?", "I think I can personally handle Stalin better than your Foreign Office or my State Department", ["I can personally handle Stalin better than your Foreign Office or my State Department"], "Given his faith in personal diplomacy", "meet directly with Stalin.", "what"),
 (EX, "Where did the US and USSR seal the deal that re-opened diplomatic ties?", "at the White House", ["the White House"], "Indeed, the resulting accord", "Roosevelt-Litvinov Agreement.", "where"),
 (EX, "How much American military aid went to Russia during the war?", "more than $11 billion in war supplies", ["more than $11 billion", "$11 billion"], "Over the next three and a half years", "in war supplies.", "how many/how much"),
 (EX, "How did FDR respond in the first days after Germany invaded the Soviet Union?", "he authorized emergency assistance to the Soviets", ["authorized emergency assistance to the Soviets", "emergency assistance"], "Within two days of the German attack", "assistance to the Soviets.", "how"),
 (EX, "Which close aide did Roosevelt dispatch to the Kremlin in 1941?", "Harry Hopkins", ["his trusted confidant Harry Hopkins"], "He then sent his trusted confidant Harry Hopkins", "meet with Joseph Stalin.", "who"),
 (EX, "Why did Roosevelt go ahead with the invasion of North Africa in 1942?", "keeping his promise to Stalin", ["keeping his promise to Stalin that he would open a diverting \u201csecond front\u201d against Germany to relieve the embattled Russians", "to relieve the embattled Russians"], "This concern likewise contributed", "relieve the embattled Russians.", "why"),
 (EX, "Where did FDR announce that the Allies would demand unconditional surrender?", "at the Casablanca Conference", ["the Casablanca Conference", "Casablanca"], "FDR further bound the Soviets", "fight on alone.", "where"),
 (EX, "Why was the British leader nervous about Roosevelt going it alone with the Kremlin?", "feared that the rise of Soviet and American power would diminish Britain\u2019s role in the war and in the peace that followed", ["the rise of Soviet and American power would diminish Britain\u2019s role"], "FDR\u2019s desire to meet Stalin on his own terms", "peace that followed.", "why"),
 (EX, "Where did the Soviet leader go to greet FDR when the February 1945 summit opened?", "the Livadia Palace", ["Livadia Palace", "the Livadia Palace in Yalta"], "Joseph Stalin calls on Franklin D. Roosevelt", "February 2, 1945.", "where"),
 (EX, "What did Roosevelt see as his biggest success at Yalta?", "bringing the Soviet Union into the United Nations largely on his own terms", ["bringing the Soviet Union into the United Nations"], "He succeeded in bringing the Soviet Union", "accomplishment of the conference.", "what"),
 (EX, "How soon after V-E Day was Moscow committed to taking on the Japanese?", "within three months of Germany\u2019s defeat", ["within three months", "three months"], "He also won Stalin\u2019s promise", "Germany\u2019s defeat.", "when"),
 (EX, "how do russians see fdr today", "as one of their nation\u2019s true heroes and greatest friends", ["one of their nation\u2019s true heroes and greatest friends"], "But his willingness to reach out to Stalin", "greatest friends.", "how"),
 (EX, "What did Roosevelt think about the chances of communism catching on in America?", "the American people would never wholeheartedly embrace communism", ["would never wholeheartedly embrace communism"], "These ideologues were bent on world conquest", "culture and experience.", "what"),
 (EX, "At which two conferences did FDR meet Stalin in person?", "the Tehran Conference in November\u2013December 1943 and again at the Yalta Conference", ["at the Tehran Conference in November\u2013December 1943 and again at the Yalta Conference in February 1945"], "He would do so twice during the war", "in February 1945.", "which"),
 ("1801-1829-barbary-wars", "How many US sailors did the 1795 treaty with Algiers set free?", "83 American sailors", ["83"], "The treaty with Algiers freed", "83 American sailors.", "how many/how much"),
 ("1801-1829-barbary-wars", "Barbary pirates stopped raiding when", "the French conquest of Algeria in 1830", ["until the French conquest of Algeria in 1830", "1830"], "The Barbary States, although they did not capture", "Algeria in 1830.", "when"),
 ("1977-1980-panama-canal", "Panama Canal handed over to Panama date", "December 31, 1999", [], "The second, called The Panama Canal Treaty", "December 31, 1999.", "when"),
 ("1977-1980-panama-canal", "What did Strom Thurmond say giving up the canal would do to America?", "The loss of this canal would contribute to the encirclement of the United States", ["would contribute to the encirclement of the United States"], "\u201cThe loss of this canal", "in a 1978 debate.", "what"),
 ("1750-1775-foreword", "What name did Europeans use for the French and Indian War?", "the Seven Years\u2019 War", ["Seven Years\u2019 War"], "Sometimes, as in the case of the French and Indian War", "conflict in the colonies.", "what"),
 ("1914-1920-paris-peace", "What percentage of Germany's prewar European land was taken away at Versailles?", "approximately 10 percent", ["10 percent"], "The Treaty required the new German Government", "overseas possessions.", "how many/how much"),
 ("1914-1920-paris-peace", "Since the Senate wouldn't approve the treaty that ended WWI, what agreement did the US make with Germany instead?", "the Treaty of Berlin", ["Treaty of Berlin"], "Consequently, the U.S. Government signed the Treaty of Berlin", "August 25, 1921.", "which"),
 ("1945-1952-creation-israel", "Who announced the founding of the Jewish state in May 1948?", "David Ben-Gurion", ["David Ben-Gurion, the head of the Jewish Agency"], "On May 14, 1948, David Ben-Gurion", "State of Israel.", "who"),
 ("1945-1952-creation-israel", "Which UN measure called for splitting Palestine into Jewish and Arab states?", "Resolution 181", ["Resolution 181 (also known as the Partition Resolution)", "the Partition Resolution"], "On November 29, 1947 the United Nations adopted", "scheduled to end.", "which"),
 ("1981-1988-central-america", "In which town did the region's presidents sign the Arias plan?", "Esquipulas, Guatemala", ["at Esquipulas, Guatemala", "Esquipulas"], "In August 1987, Central American leaders signed", "\u00d3scar Arias.", "where"),
 ("1981-1988-central-america", "What did Reagan call the Nicaraguan rebels in his 1985 speech to Congress?", "freedom-fighters", [], "In his 1985 State of the Union address", "Soviet-supported aggression.\u201d", "what"),
 ("1969-1976-ending-vietnam", "when did the vietnam war end", "April 30, 1975", [], "On April 30, 1975, NVA tanks", "effectively ending the war.", "when"),
 ("1969-1976-ending-vietnam", "How did South Vietnam's president react to the deal Kissinger worked out in October 1972?", "rejected the settlement", ["President Thieu rejected the settlement"], "President Thieu rejected the settlement", "Provisional Revolutionary Government.", "how"),
 ("1750-1775-proclamation-line-1763", "Where did Pontiac sign the treaty that ended his war with the British?", "at Fort Ontario", ["Fort Ontario"], "British officials managed to negotiate peace", "Fort Ontario on July 25.", "where"),
 ("1750-1775-proclamation-line-1763", "Which two forts did the British manage to hold onto during Pontiac's rebelion?", "Fort Pitt and Detroit", [], "Unaware of the depth of Indian anger", "able to prevent seizure.", "which"),
 ("1977-1980-human-rights", "Which civil rights activist did Carter put in charge of human rights at the State Department?", "Patricia Murphy Derian", [], "Carter selected Patricia Murphy Derian", "Coordinator James Wilson.", "who"),
 ("1977-1980-human-rights", "What 1978 presidential order formally laid out America's human rights policy?", "Presidential Directive 30", [], "Presidential Directive 30 thus formally defined", "policy on human rights.", "which"),
 ("1921-1936-good-neighbor", "What did FDR declare about armed intervention in Latin America at the end of 1933?", "one opposed to armed intervention", ["The definite policy of the United States from now on is one opposed to armed intervention."], "In December Roosevelt stated", "armed intervention.\u201d", "what"),
 ("1899-1913-roosevelt-and-monroe-doctrine", "Teddy Roosevelt's add-on to the Monroe Doctrine was used to justify sending troops into which countries?", "Cuba, Nicaragua, Haiti, and the Dominican Republic", [], "Over the long term the corollary", "the Dominican Republic.", "which"),
 ("1861-1865-trent-affair", "How did the British government respond when Wilkes seized the envoys?", "strongly protested Wilkes\u2019s action as illegal and a violation of their neutrality", ["strongly protested Wilkes\u2019s action as illegal", "demanded the release of the captive Confederate envoys as well as a formal apology"], "The British, on the other hand, strongly protested", "formal apology.", "how"),
 ("1861-1865-trent-affair", "Why was London's angry message so slow getting to Lincoln's government?", "a communication malfunction", [], "Thanks to a communication malfunction", "arrive in Washington.", "why"),
 ("1921-1936-ussr", "Who became Washington's first envoy to the USSR after recognition?", "William C. Bullitt", [], "Following the conclusion of these agreements", "to the Soviet Union.", "who"),
 ("1921-1936-ussr", "What killing kicked off Stalin's Great Purges?", "the killing of the Leningrad Communist Party boss, Sergey Kirov", ["Sergey Kirov", "the Leningrad Communist Party boss, Sergey Kirov"], "Finally, the killing of the Leningrad", "critics of the government.", "what"),
 ("1921-1936-london-naval-conf", "What was the smallest top size for light cruisers that the Americans would accept in 1930?", "10,000 tons", [], "The United States was adamantly opposed to any maximum", "would not be of much use.", "how many/how much"),
 ("1921-1936-london-naval-conf", "Which country quit the 1935 naval conference in London?", "The Japanese", ["Japanese"], "The Japanese walked out of that conference", "10,000 ton range.", "which"),
 ("1784-1800-french-rev", "Who was the French minister whose breaches of US neutrality got him recalled in 1794?", "Edmond-Charles Gen\u00eat", [], "The British harassed neutral American merchant ships", "his recall in 1794.", "who"),
 ("1784-1800-french-rev", "Why was Thomas Paine locked up during the Terror?", "owing to his British birth", ["his British birth"], "Under foreign invasion, the French Government declared", "his British birth.", "why"),
 ("1830-1860-china-2", "Which American diplomat got the Tianjin treaty ratifications exchanged without fighting?", "John Ward", ["U.S. diplomat John Ward"], "While the British and French used military power", "ratifications in 1859.", "who"),
 ("1830-1860-china-2", "Which part of Beijing did the invading European armies leave alone?", "the Forbidden City", ["Forbidden City", "the Forbidden City, home of the Chinese emperor"], "Joined by French forces", "home of the Chinese emperor.", "which"),
 ("1784-1800-xyz", "Apart from cheap credit, what did the French go-betweens want paid to the foreign minister personally?", "a substantial bribe", ["pay a substantial bribe to Talleyrand"], "The French demanded that the United States provide", "bribe to Talleyrand.", "what"),
 ("1784-1800-xyz", "which law made it a crime for private citizens to negotiate with foreign governments", "The Logan Act", ["Logan Act"], "The Logan Act criminalized", "diplomatic negotiations.", "which"),
 ("1830-1860-china-1", "In what place did Tyler's envoy conclude the first US-China pact?", "Wangxia", ["at Wangxia, a suburb of the Portuguese port city of Macau", "Wangxia, a suburb of the Portuguese port city of Macau"], "Cushing and his counterparts", "Macau, in 1844.", "where"),
 ("1830-1860-china-1", "Name the five Chinese ports opened to Western trade by the Treaty of Wangxia.", "Guangzhou, Xiamen, Fuzhou, Ningbo, and Shanghai", [], "Most importantly, it established five treaty ports", "Ningbo, and Shanghai).", "which"),
 ("1914-1920-league", "Where was the League based?", "Geneva, Switzerland", ["in Geneva, Switzerland", "Geneva"], "The League of Nations was an international organization", "international disputes.", "where"),
 ("1914-1920-league", "Which US leader was the first sitting president to make an official trip overseas?", "Wilson", [], "After adopting many of these ideas", "in an official capacity.", "who"),
 ("1866-1898-burlingame-seward-treaty", "what law wiped out the free immigration part of the burlingame treaty", "the Chinese Exclusion Act of 1882", ["Chinese Exclusion Act"], "A new treaty signed in 1880", "clauses altogether.", "which"),
 ("1866-1898-burlingame-seward-treaty", "What kind of workforce did the 1868 treaty guarantee to American companies?", "low-cost Chinese immigrant labor", ["a steady flow of low-cost Chinese immigrant labor"], "Despite the reciprocal protections", "for U.S. firms.", "what"),
 ("1993-2000-oslo", "Who killed the prime minister who signed the Oslo deal with the PLO?", "Yigal Amir", [], "In November 1995, Rabin was assassinated", "on religious grounds.", "who"),
 ("1993-2000-oslo", "What triggered the September 2000 riots that grew into the al-Aqsa Intifada?", "a visit of Likud Party leader Ariel Sharon to the Temple Mount", ["following a visit of Likud Party leader Ariel Sharon to the Temple Mount"], "On September 28, riots erupted", "al-Aqsa Intifada.", "why"),
 ("1830-1860-opening-to-japan", "Which two harbors did the Japanese open to American ships in 1854?", "Shimoda and Hakodate", [], "According to the terms of the treaty, Japan would protect", "Shimoda and Hakodate.", "which"),
 ("1830-1860-opening-to-japan", "Perry gifts for Japanese emperor", "a working model of a steam locomotive, a telescope, a telegraph, and a variety of wines and liquors from the West", [], "At the same time, Perry brought along", "superiority of Western culture.", "what"),
 ("1937-1945-potsdam-conf", "Who took over from the British wartime leader partway through Potsdam?", "Clement Attlee", ["Prime Minister Clement Attlee"], "The Big Three\u2014Soviet leader Joseph Stalin", "end of World War II.", "who"),
 ("1937-1945-potsdam-conf", "Why didn't Moscow put its name to the Potsdam Declaration?", "because it had yet to declare war on Japan", ["it had yet to declare war on Japan"], "Furthermore, the United States, Great Britain, and China released", "war on Japan).", "why"),
 ("1993-2000-foreword", "When did Clinton give his second State of the Union speech?", "Jan. 24, 1995", ["Tuesday, Jan. 24, 1995"], "President Bill Clinton during his second State of the Union", "Jan. 24, 1995.", "when"),
 ("1945-1952-atomic", "Which historian claimed in 1965 that the atomic bombs weren't needed to force Japan to surrender?", "Gar Alperovitz", [], "In 1965, historian Gar Alperovitz", "force the Japanese surrender.", "who"),
 ("1945-1952-atomic", "When did the Soviet Union set off its first atommic bomb?", "1949", [], "Though it inspired greater confidence", "China in 1964.", "when"),
 ("1937-1945-us-soviet", "What did FDR say he'd be willing to do to beat Hitler?", "would hold hands with the devil", ["hold hands with the devil"], "In order to defeat that threat, Roosevelt confided", "if necessary.", "what"),
 ("1937-1945-us-soviet", "How did Stalin take it when the invasion of France was first put off to 1943?", "only grumbled", ["grumbled"], "Although Stalin only grumbled", "May of 1944.", "how"),
 ("1750-1775-treaty-of-paris", "By what margin did Parliament approve the 1763 peace treaty?", "319 to 64", ["a majority of 319 to 64"], "However, the treaty contained enough concessions", "February 10, 1763.", "how many/how much"),
 ("1750-1775-treaty-of-paris", "Why did France give up Canada but hang on to Martinique and Guadeloupe?", "the islands\u2019 sugar industry was enormously profitable", [], "This decision was motivated by the fact", "enormously profitable.", "why"),
 ("1969-1976-nixon-shock", "What was Nixon's 1971 economic announcement popularly called?", "Nixon shock", [], "Known colloquially as the", "end of World War II.", "what"),
 ("1969-1976-nixon-shock", "How big was the extra import duty Nixon slapped on in August 1971?", "10 percent", ["an extra 10 percent tariff"], "He also ordered that an extra 10 percent tariff", "imports from the United States.", "how many/how much"),
 ("1993-2000-clinton-yeltsin", "Which three former Soviet satellites did NATO invite to join in 1997?", "Poland, Hungary, and the Czech Republic", [], "At its meeting in Madrid, July 1997", "operations in Kosovo.", "which"),
 ("1993-2000-clinton-yeltsin", "How did Yeltsin respond to NATO enlargement and the bombing of Serbia?", "denounced but could not deflect either development", ["denounced"], "Yeltsin denounced but could not deflect", "either development.", "how"),
 ("1937-1945-mexican-oil", "How much did Mexico end up paying US companies for the seized oil properties?", "roughly $29 million", ["$29 million"], "Finally, on April 18, 1942", "Jersey Standard and Socal.", "how many/how much"),
 ("1937-1945-mexican-oil", "What was Cardenas's new national petroleum company called after the expropration?", "Petr\u00f3leos Mexicanos", ["PEMEX", "Petr\u00f3leos Mexicanos (PEMEX)"], "He later created Petr\u00f3leos Mexicanos", "operating in Mexico.", "what"),
 ("1969-1976-salt", "SALT 2 treaty signed where", "Vienna", ["in Vienna"], "On June 17, 1979, Carter and Brezhnev signed", "in Vienna.", "where"),
 ("1969-1976-salt", "What event led Carter to ask senators to set aside the SALT II treaty?", "the Soviets invaded Afghanistan", [], "On December 25, the Soviets invaded Afghanistan", "never ratified.", "why"),
 ("1945-1952-japan-reconstruction", "What do historians call the shift in occupation policy toward rebuilding Japan's economy around 1947-48?", "reverse course", [], "This period is sometimes called", "reverse course.\u201d", "what"),
 ("1945-1952-japan-reconstruction", "Which three countries refused to sign the 1951 peace treaty with Japan?", "the USSR, Poland and Czechoslovakia", ["USSR, Poland and Czechoslovakia"], "Notable holdouts included the USSR", "by U.S. politicians.", "which"),
 ("1961-1968-bay-of-pigs", "Where did the Cuban exile force set out from for the Bay of Pigs?", "Guatemala", ["from Guatemala"], "Launched from Guatemala", "almost from the start.", "where"),
 ("1961-1968-bay-of-pigs", "What was the codename of the secret anti-Castro program begun in late 1961?", "Operation Mongoose", [], "This examination and policy assessment", "Operation Mongoose.", "what"),
 ("1921-1936-dawes", "How much were the Germans told to pay in war damages after WWI?", "132 billion gold marks", ["approximately $31.5 billion", "132 billion gold marks, approximately $31.5 billion"], "In the spring of 1921, the Commission set", "$31.5 billion.", "how many/how much"),
 ("1921-1936-dawes", "Which country was the only one to keep up payments to Washington by 1933?", "Finland", [], "By mid-1933, all European debtor nations except Finland", "from the United States.", "which"),
]

U = [  # unanswerable; last field says whether the question rests on a false premise (README only)
 ("How many Lend-Lease ships were sunk on the Arctic convoys to Murmansk?", False),
 ("Where was Maxim Litvinov born?", False),
 ("How many people died in the 1964 flag riot in the Panama Canal Zone?", False),
 ("What was the name of Commodore Decatur's flagship in 1815?", False),
 ("Who interpreted for Roosevelt and Stalin at the Tehran Conference?", False),
 ("Who was the American ambassador in Mexico City when Cardenas took over the oil companies?", False),
 ("How many Cuban exiles landed at the Bay of Pigs?", False),
 ("How many countries sent delegations to the Montevideo Conference?", False),
 ("By how much was the Japanese yen revalued in the Smithsonian Agreement?", False),
 ("What sentence did Yigal Amir receive for killing Rabin?", False),
 ("How much did Commodore Perry's expedition to Japan cost?", False),
 ("What was the name of the warship Charles Wilkes commanded when he stopped the Trent?", False),
 ("What interest rate did Germany pay on the 1924 Dawes loan?", False),
 ("How many tanks did the United States ship to the Soviet Union under Lend-Lease?", False),
 ("Why did Stalin stay away from the Yalta Conference?", True),
 ("What did Truman and Churchill agree on at Yalta?", True),
 ("Why did the Senate approve the Treaty of Versailles in March 1920?", True),
 ("How many senators voted for SALT II when it was ratified in 1980?", True),
 ("Where in Nagasaki did Commodore Perry come ashore in 1853?", True),
 ("Why did Spain give Cuba to Britain in the 1763 Treaty of Paris?", True),
]

rows = []
for doc, q, a, alts, s, e, kind in A:
    rows.append({"question": q, "answer": a, "alternatives": alts, "document": doc,
                 "citation": cut(doc, s, e), "kind": kind})
for q, fp in U:
    rows.append({"question": q, "answer": None, "alternatives": [], "document": None,
                 "citation": None, "kind": "unanswerable"})
random.Random(5049).shuffle(rows)
with open(os.path.join(HERE, 'ask_v50.jsonl'), 'w') as f:
    for i, r in enumerate(rows, 1):
        r = {"id": "q%03d" % i, **r}
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print("wrote", len(rows))
