"""Builds ask_v47.jsonl from hand-written items. Citations are cut from the texts
between a start snippet and an end snippet (both typed by hand from the text) so they
are exact copies; answers/alternatives are typed by hand and checked by validate_ask_v47.py."""
import json, random

T = json.load(open('ask_texts.json'))

def cit(doc, start, end):
    t = T[doc]
    i = t.index(start)
    j = t.index(end, i) + len(end)
    assert t.count(start) >= 1
    return t[i:j]

FDR = '000_beabee21081aa6a0'
A = []  # (question, answer, alternatives, doc, (start, end), kind)
def add(q, a, alts, doc, start, end, kind):
    A.append(dict(question=q, answer=a, alternatives=alts, document=doc,
                  citation=cit(doc, start, end), kind=kind))

# ---------------- museum exhibit (16) ----------------
add("Roughly how many of Stalin's troops were killed in battle against the Nazis?",
    "some 8.7 million", ["8.7 million", "some 8.7 million soldiers"], FDR,
    "The Soviets lost some 8.7 million", "brutal Eastern Front.", "how many/how much")
add("What term did Roosevelt use for the big powers he wanted to keep order after the war?",
    "the Four Policemen", ["Four Policemen"], FDR,
    "The president believed the future of the world", "and the USSR.", "what")
add("What did FDR tell Churchill in 1942 about his ability to deal with Stalin?",
    "I think I can personally handle Stalin better than your Foreign Office or my State Department",
    [], FDR, "Given his faith in personal diplomacy", "meet directly with Stalin.", "what")
add("What was the name of the 1933 deal that reopened relations between Washington and Moscow?",
    "the Roosevelt-Litvinov Agreement", ["Roosevelt-Litvinov Agreement"], FDR,
    "Indeed, the resulting accord, signed by FDR", "Roosevelt-Litvinov Agreement.", "what")
add("Which U.S. leader began the diplomatic cold shoulder toward the Bolshevik regime?",
    "President Woodrow Wilson", ["Woodrow Wilson", "Wilson"], FDR,
    "Franklin D. Roosevelt entered the presidency determined", "Woodrow Wilson in 1917.", "who")
add("When Roosevelt won the presidency, which nation was the only big Western power still not recognizing the USSR?",
    "the United States", ["United States"], FDR,
    "By the time FDR was elected,", "refused to recognize the Soviet Union.", "which")
add("What was the biggest invasion Europe had ever seen called?",
    "Operation Barbarossa", ["Barbarossa"], FDR,
    "Code-named Operation Barbarossa", "largest military assault in European history.", "what")
add("How close to the Soviet capital did the Wehrmacht come?",
    "within fifteen miles of Moscow", ["fifteen miles", "within fifteen miles"], FDR,
    "This was especially true in the first year of the conflict", "by December 1941.", "how many/how much")
add("Which close friend of the president was dispatched to the Soviet capital to see the dictator?",
    "Harry Hopkins", ["his trusted confidant Harry Hopkins"], FDR,
    "He then sent his trusted confidant Harry Hopkins", "meet with Joseph Stalin.", "who")
add("Why did the 'unconditional surrender' announcement at Casablanca reassure the Russians?",
    "the Soviets would not be left to fight on alone", [], FDR,
    "FDR further bound the Soviets to the Allied coalition", "fight on alone.", "why")
add("Where did FDR and Stalin meet again a little over a year after Tehran?",
    "Yalta", ["the seaside Ukrainian city of Yalta"], FDR,
    "Little more than a year after the Tehran Conference", "second and last time.", "where")
add("What did Roosevelt regard as his greatest achievement at the Crimean summit?",
    "bringing the Soviet Union into the United Nations largely on his own terms",
    ["bringing the Soviet Union into the United Nations"], FDR,
    "He succeeded in bringing the Soviet Union", "crowning accomplishment of the conference.", "what")
add("Who accused Roosevelt of selling out the nations east of Germany after the Crimean summit?",
    "Republican critics", ["critics, especially Republican critics"], FDR,
    "But critics, especially Republican critics", "decades to come.", "who")
add("What did the USSR do in mid-September 1939, a few weeks after making its pact with Hitler?",
    "absorption of the eastern half of Poland", ["the Soviet absorption of the eastern half of Poland"], FDR,
    "Finally, Stalin’s collaboration with Hitler", "between the two tyrants.", "what")
add("when was the ussr formed", "1922", ["in 1922"], FDR,
    "Never one to accord ideology much weight", "other leading states.", "when")
add("Why did Roosevelt's wish for private talks with the Soviet leader worry the British prime minister?",
    "the rise of Soviet and American power would diminish Britain’s role in the war and in the peace that followed",
    ["feared that the rise of Soviet and American power would diminish Britain’s role in the war and in the peace that followed"], FDR,
    "FDR’s desire to meet Stalin on his own terms", "peace that followed.", "why")

# ---------------- essays (64) ----------------
D = '1989-1992-madrid-conference'
add("Who presided over the 1991 Madrid gathering together with the American president?",
    "Soviet President Mikhail Gorbachev", ["Mikhail Gorbachev", "Gorbachev"], D,
    "The Conference, co-chaired by Bush", "Jordanian-Palestinian delegation.", "who")
add("What made the Madrid gathering a historic first for Middle East diplomacy?",
    "all of the parties to the Arab-Israeli conflict had gathered to hold direct negotiations",
    ["all of the parties to the Arab-Israeli conflict had gathered"], D,
    "For the first time, all of the parties", "historically unprecedented event.", "what")
D = '1945-1952-korean-war'
add("What do historians call the switch in occupied Japan from punishing the country to building it up?",
    "Reverse Course", [], D,
    "In this “Reverse Course,”", "key cold war ally.", "what")
add("What made the North Korean leader believe he could get away with invading in 1950?",
    "the United States did not consider South Korea of vital interest",
    ["Assuming that the United States did not consider South Korea of vital interest"], D,
    "Assuming that the United States did not consider", "entire peninsula.", "why")
D = '1784-1800-washington-farewell'
add("How did the first president make public the speech in which he said he was stepping down?",
    "in a newspaper article", ["a newspaper article"], D,
    "To announce his decision not to seek a third term", "September 17, 1796.", "how")
add("What did Washington say in his farewell about a country that loves or hates another one out of habit?",
    "The nation which indulges toward another an habitual hatred or an habitual fondness is in some degree a slave",
    ["in some degree a slave"], D,
    "In his farewell address, Washington exhorted", "is in some degree a slave.”", "what")
D = '1945-1952-anzus'
add("After Singapore's surrender, which great power did Canberra and Wellington start turning to?",
    "the United States", ["United States"], D,
    "After the sudden fall of the strategically important British colony of Singapore", "help ensure their security.", "which")
add("When did Washington stop honoring its ANZUS commitments to Wellington?",
    "September 17, 1986", ["On September 17, 1986"], D,
    "On September 17, 1986, the United States suspended", "toward New Zealand.", "when")
D = '1776-1783-model-treaty'
add("Who first floated the notion of finding an overseas aliance?",
    "George Wythe", ["Virginia delegate George Wythe"], D,
    "Virginia delegate George Wythe originally advanced", "referred to committee.", "who")
add("Which pact wrapped up the undeclared naval fighting between the two republics?",
    "the Convention of 1800", ["Convention of 1800"], D,
    "The treaty also served as a model for future trade compacts", "between the two countries.", "which")
D = '1945-1952-foreword'
add("What did America begin wielding as a deliberate instrument of statecraft right after World War II?",
    "economic assistance", [], D,
    "In the interest of avoiding another global war", "shattered economies.", "what")
D = '1914-1920-foreword'
add("Who pushed back against the president's customary say over diplomacy by rejecting the League?",
    "Congress", [], D,
    "In voting down U.S. participation, Congress", "determining U.S. foreign policy.", "who")
add("Why did the U.S. stay out of the League of Nations?",
    "due to Article X of its charter that committed the United States to defend any League member in the event of an attack",
    ["Article X of its charter", "Article X"], D,
    "However, the United States ultimately declined membership", "in the event of an attack.", "why")
D = '1784-1800-citizen-genet'
add("Why did the French envoy Genêt start calling himself 'Citizen' when he arived?",
    "to emphasize his pro-revolutionary stance", ["emphasize his pro-revolutionary stance"], D,
    "Genêt arrived in Charleston, South Carolina", "pro-revolutionary stance.", "why")
add("Which group was running Paris when Washington's demand to recall the envoy arrived?",
    "the radical Jacobins", ["Jacobins"], D,
    "By the time Jefferson’s request for recall reached France", "to the radical Jacobins.", "which")
D = '1784-1800-haitian-rev'
add("Where did French ships leave the people fleeing Cap-Français?",
    "Norfolk, Virginia", ["Norfolk"], D,
    "The French navy deposited the refugees", "Norfolk, Virginia.", "where")
add("Which laws came about partly because of fears about émigrés and foreign radicals living in America?",
    "the Alien and Sedition Acts", ["Alien and Sedition Acts"], D,
    "Anxieties about their actions", "Alien and Sedition Acts.", "which")
D = '1866-1898-telegraph'
add("What did the first wire message between Europe and America say?",
    "What hath God wrought", ["“What hath God wrought.”"], D,
    "The first telegram sent across the Atlantic", "God wrought.”", "what")
add("Which London organization brought in overnight staff to deal with wires that arrived after hours?",
    "Britain’s Foreign Office", ["Foreign Office"], D,
    "In 1859, Britain’s Foreign Office", "close of business.", "which")
D = '1961-1968-alliance-for-progress'
add("What mocking nickname did some people give the Peace Corps when it was estabished?",
    "Kennedy’s Kiddie Corps", ["“Kennedy’s Kiddie Corps”"], D,
    "Although derided as “Kennedy’s Kiddie Corps”", "foreign policymaking institution.", "what")
add("According to one study, what share of 1960s Latin American growth actually helped poor people?",
    "only 2 percent", ["2 percent"], D,
    "According to one study, only 2 percent", "by the end of the 1960s.", "how many/how much")
D = '1861-1865-victory'
add("who sold alaska to the us", "the Russian Government", ["Russian Government"], D,
    "In 1867, Seward succeeded in purchasing Alaska", "Russian Government.", "who")
add("How many ex-rebels from the American South made new homes in Brazil?",
    "Between 3,000 and 20,000", ["3,000 and 20,000"], D,
    "Between 3,000 and 20,000 former Confederates", "returned to the United States.", "how many/how much")
D = '1866-1898-spanish-american-war'
add("By how small a margin did lawmakers okay the 1898 peace deal with Spain?",
    "only one vote", ["one vote", "by a margin of only one vote"], D,
    "The U.S. Senate ratified the treaty on February 6, 1899", "only one vote.", "how many/how much")
add("How did Hay sum up the fighting with Spain?",
    "splendid little war", ["a “splendid little war.”"], D,
    "The future Secretary of State John Hay", "“splendid little war.”", "how")
D = '1776-1783-articles'
add("Which state held out longest before approving the Articles of Confederation?",
    "Maryland", [], D, "This left Maryland", "last remaining holdout.", "which")
add("Who was picked in August 1781 to run the new foreign affairs department?",
    "Robert R. Livingston", ["Livingston"], D,
    "The Continental Congress voted on Jan 10, 1781", "Secretary of Foreign Affairs.", "who")
D = '1945-1952-national-security-act'
add("What spy agency came out of the wartime OSS under the 1947 law?",
    "the Central Intelligence Agency (CIA)", ["Central Intelligence Agency", "CIA"], D,
    "The act also established the Central Intelligence Agency", "post-war intelligence organizations.", "what")
add("Which two old cabinet departments were folded into the Pentagon in 1947?",
    "The War Department and Navy Department", ["War Department and Navy Department"], D,
    "The War Department and Navy Department merged", "Department of the Air Force.", "which")
D = '1750-1775-incidents'
add("who killed jumonville", "Tanaghrisson", [], D,
    "Although accounts of the incident differ", "killed Jumonville.", "who")
add("What did the French put up after tearing down the half-built British post at the forks of the Ohio?",
    "Fort Duquesne", ["the much more formidable Fort Duquesne"], D,
    "The French destroyed the unfinished fort", "Fort Duquesne.", "what")
D = '1899-1913-japanese-relations'
add("Which city agency forced Asian children out of regular classrooms?",
    "the San Francisco Board of Education", ["San Francisco Board of Education"], D,
    "In 1906, however, the San Francisco Board of Education", "segregated schools.", "which")
add("Under the 1913 Alien Land Act, how long could Japanese people lease land at most?",
    "three years", ["longer than three years"], D,
    "The Alien Land Act of 1913", "leading up to World War I.", "how many/how much")
D = '1830-1860-liberia'
add("Who is the Liberian capital named after?",
    "President James Monroe", ["James Monroe", "Monroe"], D,
    "In that same year, the settlement was named Liberia", "money for the project.", "who")
add("Which capital's government was quickest to acknowledge Liberia as an independent country?",
    "London", [], D,
    "Despite protests by the affected British companies", "with Monrovia in 1848.", "which")
D = '1945-1952-arab-israeli-war'
add("How many Arab countries sent their armies in as soon as Israel declared independence?",
    "five", ["five Arab nations"], D,
    "The Arab-Israeli War of 1948 broke out", "on May 14, 1948.", "how many/how much")
add("Which territory ended up under Egyptian control after the 1949 armistice?",
    "the Gaza Strip", ["Gaza Strip"], D,
    "Egypt and Jordan retained control", "respectively.", "which")
D = '1866-1898-foreword'
add("By how much did America's land grow when it bought Alaska?",
    "nearly doubled its holdings", ["nearly doubled"], D,
    "In 1867, the U.S. nearly doubled its holdings", "from the Russians.", "how many/how much")
D = '1993-2000-evolution-of-nato'
add("What was NATO's first formal reaction to the upheaval in the Soviet bloc?",
    "London Declaration on a Transformed North Atlantic Alliance",
    ["the “London Declaration on a Transformed North Atlantic Alliance.”", "London Declaration"], D,
    "NATO’s first formal response", "Transformed North Atlantic Alliance.”", "what")
add("Which three former Eastern bloc countries were asked to join NATO in 1997?",
    "the Czech Republic, Poland, and Hungary", ["Czech Republic, Poland, and Hungary"], D,
    "With Russia’s concerns somewhat mollified", "accession date in 1999.", "which")
D = '1993-2000-foreword'
add("When did Bill Clinton give his second State of the Union speech?",
    "Tuesday, Jan. 24, 1995", ["Jan. 24, 1995"], D,
    "President Bill Clinton during his second State of the Union", "Jan. 24, 1995.", "when")
D = '1784-1800-convention-and-ratification'
add("Why was the executive created in the first place?",
    "to deal with routine paperwork", ["deal with routine paperwork"], D,
    "Under the Articles of Confederation, considerable minor paperwork", "routine paperwork.", "why")
add("What did the British do because several states blocked the debt and loyalist clauses of the 1783 peace?",
    "refusal to vacate military forts in U.S. territory",
    ["British refusal to vacate military forts in U.S. territory"], D,
    "This led to British refusal", "in U.S. territory.", "what")
D = '1830-1860-pacific-expansion'
add("What was the main reason for the 1853 American naval visit to Tokyo?",
    "to establish a foothold that would strengthen the U.S. position for trade and diplomacy in the region",
    ["a foothold that would strengthen the U.S. position for trade and diplomacy in the region"], D,
    "Perhaps most significantly, when Commodore Matthew Perry", "diplomacy in the region.", "why")
add("Which Chinese products were Western traders so eager to buy?",
    "tea, porcelain, and silk", [], D,
    "China was the source of some of the world’s most sought after commodities", "since at least the 17th century.", "which")
D = '1937-1945-war-time-conferences'
add("How many points were in the war aims statement FDR and Churchill drew up in August 1941?",
    "eight", ["an eight-point statement of war aims", "eight-point"], D,
    "In August 1941, President Franklin Roosevelt", "the war in Europe.", "how many/how much")
add("Which British leader replaced the wartime prime minister midway through the July 1945 summit?",
    "Clement Atlee", ["Atlee"], D,
    "Despite the end of the war in Europe", "most minor issues.", "who")
D = '1899-1913-dollar-diplo'
add("What huge corporation had Taft's secretary of state started?",
    "U.S. Steel", ["the giant conglomerate U.S. Steel"], D,
    "Taft shared the view held by Knox", "American commercial interests.", "what")
add("Whose financiers did Knox bring into the Chinese railroad syndicate?",
    "J.P. Morgan", [], D,
    "In China, Knox secured the entry", "from Huguang to Canton.", "who")
D = '1937-1945-un'
add("What was the tally when senators ratified the UN's founding document?",
    "89 to 2", ["by a vote of 89 to 2"], D,
    "The Senate approved the UN Charter", "89 to 2.", "how many/how much")
add("What had to happen before the United Nations could officially exist in October 1945?",
    "29 nations had ratified the Charter", ["after 29 nations had ratified the Charter"], D,
    "The United Nations came into existence", "ratified the Charter.", "what")
D = '1961-1968-pl-480'
add("Who did JFK put in charge of the Food for Peace program?",
    "George McGovern", ["McGovern"], D,
    "Kennedy also appointed George McGovern", "Department of Agriculture.", "who")
add("Why did Johnson keep famine aid to India on a limited basis?",
    "until he received assurance that the Indian Government would implement agricultural reforms and temper criticism of U.S. policy regarding Vietnam",
    ["the Indian Government would implement agricultural reforms and temper criticism of U.S. policy regarding Vietnam"], D,
    "Johnson used PL–480 agreements as leverage", "regarding Vietnam.", "why")
D = '1861-1865-french-intervention'
add("Why did American lawmakers kill the Corwin loan deal with Mexico?",
    "on grounds that it would drain money from Civil War expenditures",
    ["it would drain money from Civil War expenditures"], D,
    "Ultimately, though, the U.S. Congress rejected the treaty", "Civil War expenditures.", "why")
add("When did the French emperor call his army home from Mexico?",
    "January 31, 1866", ["On January 31, 1866"], D,
    "On January 31, 1866, Napoleon III ordered", "to November 1867.", "when")
D = '1921-1936-red-line'
add("where was the red line agreement signed", "Ostend, Belgium", ["Ostend"], D,
    "On July 31, 1928, following the discovery", "in Ostend, Belgium.", "where")
add("What new name did the Turkish Petroleum Company take in 1929?",
    "the Iraqi Petroleum Company", ["Iraqi Petroleum Company"], D,
    "The Red Line Agreement proved to be a difficult arrangement", "in 1929).", "what")
D = '1899-1913-foreword'
add("What did the Roosevelt Corollary declare?",
    "the intention to use military force to defend the Western Hemisphere against European incursions",
    ["formally announced the intention to use military force to defend the Western Hemisphere against European incursions"], D,
    "These policies included the promotion", "European incursions.", "what")
D = '1937-1945-casablanca'
add("Why was Stalin absent from the Casablanca meeting?",
    "because the Red Army was engaged in a major offensive against the German Army at the time",
    ["the Red Army was engaged in a major offensive against the German Army"], D,
    "While Soviet Premier Joseph Stalin received an invitation", "at the time.", "why")
add("Where did the Allies decide to attack first, ahead of the cross-Channel invasion, at the January 1943 meeting?",
    "Sicily and the Italian mainland", ["an invasion of Sicily and the Italian mainland"], D,
    "While they would begin concentrating forces in England", "out of the war.", "where")
D = '1830-1860-texas-annexation'
add("Which president presided over the biggest growth in U.S. territory up to that time?",
    "U.S. President James K. Polk", ["James K. Polk", "Polk"], D,
    "During his tenure, U.S. President James K. Polk", "to date.", "which")
add("How did Mexico react when Tyler signed an annexation treaty with Texas in 1844?",
    "sever diplomatic relations with United States", ["caused Mexico to sever diplomatic relations with United States"], D,
    "His efforts culminated on April 12", "relations with United States.", "how")
D = '1937-1945-tehran-conf'
add("Which islands did FDR promise Stalin in return for a Soviet declaration of war on Japan?",
    "the Kurile Islands", ["Kurile Islands"], D,
    "In exchange for a Soviet declaration of war against Japan", "in northern China.", "which")
add("What organization were the Big Three to have look into breaking Germany up?",
    "the European Advisory Commission", ["European Advisory Commission"], D,
    "Roosevelt, Churchill, and Stalin also broached the question", "final decision was taken.", "what")

# ---------------- unanswerable (20) ----------------
U = [
 "How many Lend-Lease tanks did the United States ship to the Soviet Union?",
 "What did Roosevelt and Stalin agree on when they met at the Potsdam Conference?",  # false premise
 "In which building in Madrid was the 1991 peace conference held?",
 "Why was Genêt executed after he went back to France in 1794?",  # false premise
 "How many votes did Joseph Jenkins Roberts get when Liberia elected its first president?",
 "What was the population of St. Domingue when the 1791 slave revolt broke out?",
 "Who paid for laying the transatlantic telegraph cable of 1866?",
 "In what year did New Zealand rejoin the ANZUS alliance?",  # false premise
 "How many American soldiers died in the Korean War?",
 "Who was the first director of the CIA after it was set up in 1947?",
 "Why did the Senate vote down the Treaty of Guadalupe-Hidalgo?",  # false premise
 "Why did Stalin refuse to go to the Tehran Conference?",  # false premise
 "In what year did President Eisenhower create the Peace Corps?",  # false premise
 "Which French general led the troops that took Mexico City for Napoleon III?",
 "How many delegates put their names to the Constitution in September 1787?",
 "What was the House vote on the National Security Act of 1947?",
 "How much money did Calouste Gulbenkian make each year from his 5% share?",
 "How many Spanish sailors were killed in the Battle of Manila Bay?",
 "What did Bill Clinton talk about in his second State of the Union address?",
 "How many troops did Australia send to fight in Vietnam?",
]
items = A + [dict(question=q, answer=None, alternatives=[], document=None, citation=None, kind='unanswerable') for q in U]
random.Random(4747).shuffle(items)
with open('ask_v47.jsonl', 'w') as f:
    for i, it in enumerate(items, 1):
        rec = {'id': f'q{i:03d}', **it}
        rec = {k: rec[k] for k in ['id','question','answer','alternatives','document','citation','kind']}
        f.write(json.dumps(rec, ensure_ascii=False) + '\n')
print(len(A), 'answerable', len(U), 'unanswerable')
