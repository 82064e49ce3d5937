# Builds ask_v45.jsonl. Citations are cut from the text between a start snippet and an end snippet
# (so they are exact copies); answers/alternatives are typed and checked by validate_ask_v45.py.
import json, random
T = json.load(open('/work/heldout/r44/ask45/ask_texts.json'))
E = '000_beabee21081aa6a0'
def cite(doc, start, end):
    t = T[doc]; i = t.index(start); j = t.index(end, i) + len(end)
    return t[i:j]
A = []  # (kind, question, answer, alts, doc, start, end)
def a(kind, q, ans, alts, doc, s, e): A.append((kind, q, ans, alts, doc, s, e))
# ---- exhibit (16)
a('who', "Who did FDR send to Moscow to size up the situation right after the Germans invaded?", "Harry Hopkins", ["Hopkins", "his trusted confidant Harry Hopkins"], E, "He then sent his trusted confidant Harry Hopkins", "meet with Joseph Stalin.")
a('how many/how much', "How much did the U.S. end up giving the Soviets in war supplies over the course of the war?", "more than $11 billion", ["$11 billion"], E, "Over the next three and a half years", "in war supplies.")
a('what', "What does the word blitzkrieg mean?", "lightning war", [], E, "Truly a shocking blitzkrieg", "largest invasion in European history.")
a('what', "What did Roosevelt mean when he talked about the \"Four Policemen\"?", "the United States, the United Kingdom, China, and the USSR", [], E, "The president believed the future of the world depended", "China, and the USSR.")
a('what', "What did FDR write to Churchill about his ability to deal with Stalin?", "I think I can personally handle Stalin better than your Foreign Office or my State Department", [], E, "Given his faith in personal diplomacy", "meet directly with Stalin.")
a('when', "when did fdr and stalin first meet face to face", "November–December 1943", ["at the Tehran Conference in November–December 1943"], E, "He would do so twice during the war", "February 1945.")
a('where', "Where was the 1933 agreement between Roosevelt and Litvinov signed?", "at the White House", ["the White House", "White House"], E, "Indeed, the resulting accord, signed by FDR and Maxim Litvinov", "Roosevelt-Litvinov Agreement.")
a('what', "At Casablanca, what kind of surrender did the Allies say they would demand from the Axis?", "unconditional surrender", [], E, "FDR further bound the Soviets to the Allied coalition", "fight on alone.")
a('why', "Why did FDR go ahead with the landings in North Africa in 1942?", "keeping his promise to Stalin that he would open a diverting “second front” against Germany to relieve the embattled Russians", ["to relieve the embattled Russians", "keeping his promise to Stalin"], E, "This concern likewise contributed to FDR’s decision to invade North Africa", "relieve the embattled Russians.")
a('when', "How soon after Germany was beaten did Stalin agree to go to war with Japan?", "within three months of Germany’s defeat", ["within three months"], E, "He also won Stalin’s promise to join the other Allies", "of Germany’s defeat.")
a('how many/how much', "How many Red Army soldiers died in combat during the war?", "some 8.7 million", ["8.7 million", "some 8.7 million soldiers"], E, "The Soviets lost some 8.7 million soldiers", "brutal Eastern Front.")
a('what', "What did Republicans later acuse Roosevelt of doing at Yalta?", "a betrayal of Eastern Europe", ["a betrayal of Eastern Europe that permitted the Iron Curtain to enclose and darken that part of the world for decades to come"], E, "But critics, especially Republican critics", "for decades to come.")
a('who', "Which Soviet official put his signature on the 1939 deal with Germany while Stalin looked on?", "Vyacheslav Molotov", ["Molotov", "Soviet Foreign Minister Vyacheslav Molotov"], E, "Soviet Foreign Minister Vyacheslav Molotov signs", "August 23, 1939.")
a('what', "What term describes the belt of communist-run countries Stalin set up on Russia's western border?", "buffer zone", ["“buffer zone”"], E, "Soviet occupation of this territory in 1945", "western flank.")
a('how', "How did Stalin's purges in the mid-1930s affect relations with Washington?", "led to a further deterioration in relations", ["a further deterioration in relations"], E, "Joseph Stalin’s initiation in the mid-1930s", "further deterioration in relations.")
a('what', "What did FDR consider his biggest achievement at Yalta?", "bringing the Soviet Union into the United Nations largely on his own terms", ["bringing the Soviet Union into the United Nations"], E, "He succeeded in bringing the Soviet Union into the United Nations", "crowning accomplishment of the conference.")
# ---- essays (64)
D='1784-1800-french-rev'
a('why', "Why was Thomas Paine locked up in France during the Revolution?", "owing to his British birth", ["his British birth"], D, "Under foreign invasion, the French Government declared a state of emergency", "owing to his British birth.")
a('what', "What's the name for the bloodiest stretch of the revolution in France?", "the Terror", ["Terror"], D, "In 1794, the French Revolution entered its most violent phase", "the Terror.")
D='1937-1945-lend-lease'
a('how', "How did Churchill later describe the Lend-Lease program?", "the most unsordid act", ["“the most unsordid act” one nation had ever done for another"], D, "Although British Prime Minister Winston Churchill later referred to the initiative", "disinterested generosity.")
a('what', "What did the United States get in return for handing Britain its old destroyers in 1940?", "99-year leases to territory in Newfoundland and the Caribbean", ["99-year leases"], D, "Under the terms of the agreement, the United States gave the British", "air and naval bases.")
D='1945-1952-japan-reconstruction'
a('what', "What were the zaibatsu?", "the large Japanese business conglomerates", ["large Japanese business conglomerates", "business conglomerates"], D, "MacArthur also tried to break up", "free market capitalist system.")
a('what', "What name is given to the shift in occupation policy in Japan around 1947–48?", "reverse course", ["“reverse course.”"], D, "This period is sometimes called", "“reverse course.”")
D='1750-1775-incidents'
a('who', "Who murdered the wounded French ensign after Washington's skirmish in May 1754?", "Tanaghrisson", [], D, "Although accounts of the incident differ, it seems that Tanaghrisson", "killed Jumonville.")
D='1921-1936-geneva'
a('which', "Which two countries turned down Coolidge's invitation to the 1927 naval talks?", "France and Italy", [], D, "France and Italy declined the invitation", "in the conference.")
a('what', "What was the British \"doctrine of requirements\" at Geneva?", "the size of a nation’s naval fleet should be based on what it required to defend its territory", ["based on what it required to defend its territory"], D, "Second, Great Britain set forth what it called", "other nations in the world.")
D='1969-1976-salt'
a('what', "What does MIRV stand for?", "Multiple Independently Targeted Re-Entry Vehicles", [], D, "Since SALT I did not prevent each side from enlarging their forces", "the number of MIRVs.")
a('which', "Which Soviet aircraft caused a dispute over bombers in the SALT II talks?", "the Soviet Backfire bomber", ["Backfire bomber", "Backfire"], D, "The first was complicated by the Soviet Backfire bomber", "in the SALT negotiations.")
D='1776-1783-b-franklin'
a('what', "What did Jefferson answer when Vergennes asked if he was Franklin's replacement?", "No one can replace him, Sir; I am only his successor", ["No one can replace him, Sir; I am only his successor.", "No one can replace him"], D, "Jefferson replied,", "his successor.”")
a('where', "where did franklin live in france", "Passy", ["Passy, just outside Paris", "in Passy"], D, "Franklin’s home in Passy", "American diplomacy in Europe.")
D='1989-1992-collapse-soviet-union'
a('why', "Why did Georgia have to wait until May 1992 for U.S. recognition?", "Civil war in Georgia", ["Civil war"], D, "Civil war in Georgia prevented its recognition", "until May 1992.")
a('what', "What word did Bush use to condemn the August 1991 coup attempt?", "extra-constitutional", ["“extra-constitutional,”"], D, "Bush publicly condemned the coup", "obvious to all.")
D='1921-1936-ussr'
a('what', "What wave of killings began after Kirov was murdered?", "the first of the “Great Purges”", ["the “Great Purges”", "Great Purges"], D, "Finally, the killing of the Leningrad Communist Party boss", "critics of the government.")
a('who', "Which businessman became FDR's second envoy to the Kremlin?", "Joseph E. Davies", ["Davies", "businessman Joseph E. Davies"], D, "In the hope of improving relations, President Roosevelt dispatched businessman", "replacement in 1936.")
D='1801-1829-war-of-1812'
a('who', "Who acted as go-between in the peace talks that ended the War of 1812?", "the Czar of Russia", ["Czar of Russia"], D, "Under the mediation of the Czar of Russia", "the terms of peace.")
D='1969-1976-ending-vietnam'
a('why', "Why did Thieu turn down the peace deal Kissinger reached in October 1972?", "refusing to accept a peace that left North Vietnamese forces in South Vietnam", ["a peace that left North Vietnamese forces in South Vietnam"], D, "President Thieu rejected the settlement", "the Provisional Revolutionary Government.")
a('when', "when did the vietnam war end", "April 30, 1975", ["On April 30, 1975"], D, "On April 30, 1975, NVA tanks", "effectively ending the war.")
D='1921-1936-foreword'
a('what', "What economic crisis made Americans unwilling to confront the fascist threat?", "the Great Depression", ["Great Depression"], D, "During the 1930s, the rise of fascism", "willingness to act.")
D='1776-1783-declaration'
a('who', "Which delegate formally moved that the colonies break away from Britain?", "Richard Henry Lee", ["Lee"], D, "On June 7, 1776, Richard Henry Lee", "to declare independence.")
a('when', "When did Spain finally recognize American independence?", "the 1783 Treaty of Paris", ["1783"], D, "Although Spain joined the war against Great Britain in 1779", "1783 Treaty of Paris.")
D='1981-1988-china-communique'
a('who', "Who did Reagan send to Beijing in 1982 to get the stalled talks moving again?", "Vice President George H.W. Bush", ["George H.W. Bush", "Bush"], D, "In May 1982, with negotiations largely stalled", "high-level officials.")
a('what', "What feature of the 1982 communiqué actually made it work?", "The malleability", ["malleability", "The malleability of the Communiqué"], D, "The malleability of the Communiqué", "allowed it to be successful.")
D='1945-1952-anzus'
a('why', "What made the ANZUS alliance start to come apart in 1984?", "New Zealand declared its country a nuclear-free zone and refused to allow U.S. nuclear-powered submarines to visit its ports", ["New Zealand declared its country a nuclear-free zone"], D, "In 1984, the ANZUS Treaty began to unravel", "to visit its ports.")
D='1945-1952-nato'
a('what', "What was the NATO doctrine of \"massive retaliation\"?", "the idea that if any member was attacked, the United States would respond with a large-scale nuclear attack", ["if any member was attacked, the United States would respond with a large-scale nuclear attack"], D, "In the 1950s, one of the first military doctrines of NATO", "large-scale nuclear attack.")
a('which', "Which five nations were parties to the Brussels Treaty?", "Great Britain, France, Belgium, the Netherlands and Luxembourg", [], D, "Great Britain, France, Belgium, the Netherlands and Luxembourg signed", "March, 1948.")
D='1899-1913-panama-canal'
a('why', "Why did the French attempt to dig a canal in Panama fail?", "Malaria, yellow fever, and other tropical diseases", ["tropical diseases"], D, "Malaria, yellow fever, and other tropical diseases", "went bankrupt.")
a('which', "Which agreement replaced the Clayton-Bulwer Treaty and let the U.S. build its own canal?", "The Hay-Pauncefote Treaty of 1901", ["Hay-Pauncefote Treaty", "The Hay-Pauncefote Treaty"], D, "The Hay-Pauncefote Treaty of 1901 abrogated", "manage its own canal.")
D='1801-1829-rush-bagot'
a('how many/how much', "How many armed ships could each country keep on a single Great Lake under Rush-Bagot?", "one to two vessels", ["one to two"], D, "The agreement limited military navigation on the Great Lakes", "on each lake.")
a('which', "Which line of latitude was set as the boundary with British North America in 1818?", "the forty-ninth parallel", ["forty-ninth parallel"], D, "The Convention of 1818 set the boundary", "forty-ninth parallel.")
D='1953-1960-khrushchev-20th-congress'
a('who', "Who got hold of the full text of Khrushchev's secret speech and passed it to Washington?", "Israeli intelligence officers", [], D, "In addition to the rumors of what had been said, Israeli intelligence officers", "Eisenhower Administration.")
a('what', "What did Allen Dulles suspect when he read Khrushchev's speech?", "if Khrushchev had been drunk and speaking extemporaneously", ["Khrushchev had been drunk"], D, "U.S. CIA chief, Allen Dulles", "speaking extemporaneously.")
D='1784-1800-pickney-treaty'
a('who', "Who actually ran Spain's diplomacy for King Charles IV?", "his prime minister, Manuel de Godoy", ["Manuel de Godoy", "Godoy"], D, "Spanish King Charles IV, uninterested", "Manuel de Godoy.")
a('what', "What did Pinckney threaten to do if Spain kept charging duties at New Orleans?", "to leave without signing a treaty", ["leave without signing a treaty"], D, "Pinckney threatened to leave", "through New Orleans.")
D='1937-1945-american-isolationism'
a('who', "Who wrote \"War Is a Racket\"?", "Smedley D. Butler", ["General Smedley D. Butler", "decorated Marine Corps General Smedley D. Butler"], D, "The 1934 publication of the book Merchants of Death", "direction of neutrality.")
a('why', "Why did FDR go along with the Neutrality Acts even though he didn't like them?", "because he still required Congressional support for his domestic New Deal policies", ["he still required Congressional support for his domestic New Deal policies"], D, "Roosevelt lamented the restrictive nature of the acts", "reluctantly acquiesced.")
D='1914-1920-bullitt-mission'
a('which', "Which reporter went along on the secret American mission to Lenin's Russia?", "Lincoln Steffens", ["journalist Lincoln Steffens", "Steffens"], D, "On March 6, 1919, the Bullitt Mission", "crossed the Russian border.")
a('where', "Where did Wilson suggest the warring Russian factions sit down to talk?", "Prinkipo Island", ["on Prinkipo Island off the coast of Turkey", "Prinkipo Island off the coast of Turkey"], D, "In spite of fierce French opposition, President Wilson succeeded", "off the coast of Turkey.")
D='1921-1936-london-naval-conf'
a('how many/how much', "How many heavy cruisers did the 1930 treaty allow Japan?", "12", ["12 for Japan"], D, "The maximum numbers of heavy cruisers were set at", "12 for Japan.")
a('why', "Why did the United States insist on cruisers of up to 10,000 tons in London?", "lighter cruisers would not be of much use", [], D, "The United States was adamantly opposed to any maximum lower than 10,000 tons", "not be of much use.")
D='1961-1968-soviet-invasion-czechoslavkia'
a('what', "What was the Brezhnev Doctrine?", "Moscow had the right to intervene in any country where a communist government had been threatened", [], D, "After the invasion, the Soviet leadership justified the use of force in Prague", "had been threatened.")
a('how', "How did the Soviets get their troops into position without tipping off the Czechs?", "by announcing Warsaw Pact military exercises", ["announcing Warsaw Pact military exercises"], D, "In anticipation of the invasion, the Soviet Union had moved troops", "military exercises.")
D='1989-1992-apartheid'
a('what', "What was apartheid?", "the country’s harsh, institutionalized system of racial segregation", ["institutionalized system of racial segregation", "system of racial segregation"], D, "Apartheid, the Afrikaans name given", "democratic government in 1994.")
a('how many/how much', "How long was the ANC leader behind bars before his release in 1990?", "27 years", ["after 27 years"], D, "The country waited in anticipation for the release of Nelson Mandela", "February 11, 1990.")
D='1945-1952-asia-and-africa'
a('how many/how much', "how many countries belonged to the un by 1970", "127", [], D, "In 1946, there were 35 member states", "swelled to 127.")
a('which', "Which movement did many new states join after the 1955 Bandung conference instead of picking a Cold War side?", "nonaligned movement", ["“nonaligned movement,”"], D, "Many of the new nations resisted the pressure", "internal development.")
D='1801-1829-florida'
a('how many/how much', "How much in damage claims did the U.S. agree to take on when it got Florida?", "$5 million", [], D, "Spain received no compensation", "rebelled against Spain.")
a('who', "Which American general seized the Spanish forts at Pensacola and St. Marks?", "General Andrew Jackson", ["Andrew Jackson", "Jackson"], D, "Although U.S. Spanish relations were strained", "threat to Georgia.")
D='1953-1960-dien-bien-phu'
a('what', "What was the idea behind Eisenhower's \"falling dominoes\" image?", "if one country fell to communism, the rest of them would follow", [], D, "President Eisenhower explained the link", "rest of them would follow.")
a('which', "Along which line was Vietnam temporarily split in 1954?", "the 17th parallel", ["17th parallel"], D, "First, the French and the Viet Minh agreed to a cease-fire", "17th parallel.")
D='1981-1988-u-s-soviet-relations'
a('what', "What did Gorbachev's spokesman say after the Malta summit?", "We buried the Cold War at the bottom of the Mediterranean Sea", ["We buried the Cold War at the bottom of the Mediterranean Sea."], D, "After Bush met with his Soviet counterpart off the coast of Malta", "Mediterranean Sea.”")
a('which', "Which passanger plane did the Soviets shoot down in 1983?", "Korean Airlines Flight 007", ["Flight 007"], D, "The nadir of this time period was the fall of 1983", "arms control talks in Geneva.")
D='1914-1920-wwi'
a('what', "What did Germany offer Mexico in the Zimmermann Telegram?", "Germany would help Mexico recover the territory it had ceded to the United States following the Mexican-American War", ["help Mexico recover the territory it had ceded to the United States"], D, "The “Zimmermann Telegram” promised the Mexican Government", "Mexican-American War.")
a('why', "Why did the British wait before showing the Zimmermann note to the Americans?", "they did not want the Germans to discover that British code breakers had cracked the German code", ["because they did not want the Germans to discover that British code breakers had cracked the German code"], D, "Initially, the British had not shared the news", "cracked the German code.")
D='1961-1968-gulf-of-tonkin'
a('what', "Name the two navy ships that reported being attacked off North Vietnam in August 1964.", "the Maddox and the Turner Joy", ["Maddox and the Turner Joy"], D, "The U.S. Navy stationed two destroyers", "bolster these actions.")
a('why', "Why did Johnson start Operation Rolling Thunder?", "Acting on the belief that Hanoi would eventually weaken when faced with stepped up bombing raids", ["Hanoi would eventually weaken when faced with stepped up bombing raids"], D, "Acting on the belief that Hanoi would eventually weaken", "a bombing campaign against the North.")
D='1866-1898-blaine'
a('why', "Why was Blaine's time as Secretary of State short after Garfield was shot?", "Arthur belonged to a different wing of the Republican party", ["since Arthur belonged to a different wing of the Republican party"], D, "President Garfield’s assassination in July 1881", "were numbered.")
a('what', "What nickname for the United States did Latin Americans regard with suspicion?", "Colossus of the North", ["“Colossus of the North.”"], D, "But even here these good feelings began to deteriorate", "“Colossus of the North.”")
D='1977-1980-horn-of-africa'
a('what', "What did Brzezinski say about SALT after Carter pulled the treaty?", "SALT lies buried in the sands of the Ogaden", ["SALT lies buried in the sands of the Ogaden."], D, "After the invasion, President Carter withdrew the SALT II treaty", "sands of the Ogaden.”")
a('why', "Why did Somalia's leader think 1977 was a good moment to attack Ethiopia?", "to take advantage of Ethiopia’s fragmented society", ["Ethiopia’s fragmented society"], D, "Siad Barre wanted to take advantage", "when he invaded.")
D='1945-1952-nuremberg'
a('why', "Why wasn't Hitler put on trial at Nuremberg?", "he had committed suicide in April 1945", ["because he had committed suicide in April 1945", "he had committed suicide"], D, "Nazi leader Adolf Hitler was not indicted", "Germany’s surrender.")
a('how many/how much', "How many of the Nuremburg defendants were convicted?", "nineteen", ["nineteen individual defendants"], D, "The tribunal found nineteen individual defendants guilty", "fifteen years’ imprisonment.")
# ---- unanswerable (20)
U = [
 "Who replaced Alexander Dubcek as head of the Czechoslovak Communist Party in April 1969?",
 "Who was the French commander of the garrison at Dien Bien Phu?",
 "Which American judge sat on the Nuremberg tribunal?",
 "Which New Zealand prime minister declared the country nuclear-free in 1984?",
 "How many Cuban soldiers were flown to Ethiopia during the Ogaden war?",
 "How many tanks did the United States ship to the Soviet Union under Lend-Lease?",
 "How much did it cost the United States to build the Panama Canal?",
 "How many members of the House voted for the declaration of war on Germany in April 1917?",
 "What was the name of the Army intelligence officer who went to Russia with Bullitt?",
 "What did Nelson Mandela say in his speech to the joint session of Congress?",
 "Which U.S. states did the Zimmermann Telegram say Mexico would get back?",
 "What was the name of the fort Washington surrendered in July 1754?",
 "How old was Benjamin Franklin when he arrived in France?",
 "How many Americans were injured when the Sussex was attacked?",
 "Why did Stalin refuse to attend the Yalta Conference?",
 "Why did the U.S. Senate vote down the Hay-Herrán Treaty?",
 "Why is the 1927 Geneva Naval Conference remembered as a success?",
 "Why did Britain join the ANZUS Treaty in 1951?",
 "When did Roosevelt fly to Moscow to meet Stalin?",
 "How much of its old debt did the Soviet Union pay back to the U.S. after the 1933 recognition deal?",
]
rows = []
for kind, q, ans, alts, doc, s, e in A:
    rows.append(dict(question=q, answer=ans, alternatives=alts, document=doc, citation=cite(doc, s, e), kind=kind))
for q in U:
    rows.append(dict(question=q, answer=None, alternatives=[], document=None, citation=None, kind='unanswerable'))
random.Random(4545).shuffle(rows)
with open('/work/heldout/r44/ask45/ask_v45.jsonl', 'w') as f:
    for i, r in enumerate(rows, 1):
        r = dict(id='q%03d' % i, **r)
        r = {k: r[k] for k in ['id','question','answer','alternatives','document','citation','kind']}
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
print(len(A), len(U), len(rows))
