"""Builds ask_v57.jsonl and style_tags.json from the hand-written items below.
Citations are cut out of the source text between a start snippet and an end snippet,
so they are exact copies of one sentence of the document."""
import json, random

TEXTS = json.load(open('/work/heldout/r56/ask57/ask_texts.json'))
R = "000_beabee21081aa6a0"

def cite(doc, start, end):
    t = TEXTS[doc]
    i = t.find(start)
    assert i >= 0, (doc, start)
    assert t.find(start, i + 1) < 0, ("start not unique", doc, start)
    j = t.find(end, i)
    assert j >= 0, (doc, end)
    return t[i:j + len(end)]

A = []  # answerable
def q(doc, start, end, question, answer, alts, kind, tags):
    A.append(dict(question=question, answer=answer, alternatives=alts, document=doc,
                  citation=cite(doc, start, end), kind=kind, tags=tags))

# ---------------- Roosevelt & Stalin exhibit (16) ----------------
q(R, "Under its terms, the Soviet Union pledged", "American citizens living in the Soviet Union.",
  "What did Moscow have to promise in return for U.S. recognition in 1933?",
  "to participate in future talks aimed at settling its outstanding debts to the United States, to refrain from interfering in U.S. domestic affairs, and to grant religious freedom to American citizens living in the Soviet Union",
  ["to refrain from interfering in U.S. domestic affairs"], "what", ["condition", "list"])
q(R, "In October the president suggested the two leaders", "including British prime minister Winston Churchill.",
  "Who sat in on both of FDR's wartime meetings with Stalin?",
  "Winston Churchill", ["British prime minister Winston Churchill"], "who", ["companion"])
q(R, "But critics, especially Republican critics,", "for decades to come.",
  "Which political camp attacked Roosevelt hardest over the Yalta deals?",
  "Republican critics", ["critics, especially Republican critics"], "which", ["opposed"])
q(R, "Over the next three and a half years, the United States would provide", "in war supplies.",
  "What was the dollar value of the wartime supplies America shipped to the Russians?",
  "more than $11 billion", ["$11 billion", "more than $11 billion in war supplies"], "how many/how much", ["cost"])
q(R, "Finally, Stalin’s collaboration with Hitler", "between the two tyrants.",
  "What did Stalin's 1939 deal with Hitler and the seizure of eastern Poland lead most Americans to believe?",
  "that there was little distinction between the two tyrants", ["little distinction between the two tyrants"], "what", ["consequence"])
q(R, "This collaboration between the totalitarian states would endure", "in June 1941.",
  "What brought the partnership between Hitler and Stalin to an end?",
  "the Germans launched their attack on Russia in June 1941", ["the Germans launched their attack on Russia"], "what", ["ending"])
q(R, "He also won Stalin’s promise to join the other Allies", "of Germany’s defeat.",
  "How soon after victory over Germany did the Soviet leader pledge to fight Japan?",
  "within three months of Germany’s defeat", ["within three months"], "when", ["condition"])
q(R, "Code-named Operation Barbarossa,", "the largest military assault in European history.",
  "What was the name of Hitler's June 1941 attack on the USSR?",
  "Operation Barbarossa", ["Barbarossa"], "what", ["naming"])
q(R, "Given his faith in personal diplomacy", "to meet directly with Stalin.",
  "What did Roosevelt write to Churchill in 1942 about dealing with the Soviet dictator?",
  "I think I can personally handle Stalin better than your Foreign Office or my State Department",
  [], "what", ["quotation"])
q(R, "The president believed the future of the world depended", "the United Kingdom, China, and the USSR.",
  "what name did fdr give the us, britain, china and the soviet union as keepers of the peace",
  "the Four Policemen", ["Four Policemen"], "what", ["naming", "lowercase"])
q(R, "For the pragmatic FDR, the normalization of ties seemed a logical move", "might even give pause to Adolf Hitler in Europe.",
  "Why were American diplomats and businessmen keen on establishing ties with Moscow during the Depression?",
  "the U.S. State Department and business community were anxious to open Soviet markets to American goods",
  ["anxious to open Soviet markets to American goods"], "why", ["why"])
q(R, "The Soviets lost some 8.7 million soldiers", "on the brutal Eastern Front.",
  "How many Red Army soldiers died?",
  "some 8.7 million soldiers", ["8.7 million", "some 8.7 million"], "how many/how much", ["short"])
q(R, "Joseph Stalin calls on Franklin D. Roosevelt upon arriving at the Livadia Palace", "February 2, 1945.",
  "In which building did Stalin visit the American president at the start of the Crimean summit?",
  "the Livadia Palace", ["Livadia Palace", "the Livadia Palace in Yalta"], "where", ["where"])
q(R, "For example, FDR refused to back Churchill’s desire", "eastern Mediterranean.",
  "Who objected to Churchill's wish to expand the fighting in Italy and the eastern Mediterranean at Tehran?",
  "FDR", [], "who", ["opposed"])
q(R, "This concern likewise contributed to FDR’s decision to invade North Africa", "to relieve the embattled Russians.",
  "Where did American troops land in 1942 to take pressure off the Red Army?",
  "North Africa", [], "where", ["where"])
q(R, "The leaders did accede to Stalin’s demand", "would annex part of Poland).",
  "What did Stalin insist on at Yalta regarding the Polish frontier?",
  "to shift the borders of Poland to the west", ["shift the borders of Poland to the west"], "what", ["what"])

# ---------------- Milestones essays (64) ----------------
G = "1830-1860-gadsden-purchase"
q(G, "The new treaty reduced the amount paid to Mexico", "private claims.",
  "How much did the U.S. finally pay for the land it bought from Mexico in 1854?",
  "$10 million", [], "how many/how much", ["cost"])
q(G, "Mexican President Antonio de Santa Anna responded", "into the valley.",
  "Which Mexican leader dispatched soldiers into the disputed Mesilla Valley?",
  "Antonio de Santa Anna", ["Mexican President Antonio de Santa Anna", "Santa Anna"], "which", ["which"])

RC = "1969-1976-rapprochement-china"
q(RC, "Over the course of the talks, Mao and Zhou made clear", "did not support Taiwanese independence.",
  "Under what circumstances did Beijing say it would refuse to establish normal relations with Washington?",
  "as long as Washington continued formal diplomatic relations with Taiwan", [], "what", ["condition"])
q(RC, "This informal “Ping Pong Diplomacy”", "more serious diplomatic negotiations.",
  "what is the table tennis exchange between the us and china called",
  "Ping Pong Diplomacy", ["“Ping Pong Diplomacy”"], "what", ["naming", "lowercase"])

DW = "1921-1936-dawes"
q(DW, "France and Belgium would evacuate the Ruhr and foreign banks would loan", "economic stabilization.",
  "How big was the foreign loan to Berlin under the 1924 reparations scheme?",
  "$200 million", [], "how many/how much", ["cost"])
q(DW, "Time and again, Washington rejected calls to cancel these debts", "inter-allied war debts.",
  "Who was against tying German reparations to what the Allies owed America?",
  "Washington", [], "who", ["opposed"])

DD = "1899-1913-dollar-diplo"
q(DD, "From 1909 to 1913, President William Howard Taft and Secretary of State", "“dollar diplomacy.”",
  "Who worked with President Taft to carry out dollar diplomacy?",
  "Philander C. Knox", ["Secretary of State Philander C. Knox", "Knox"], "who", ["companion"])

IS = "1937-1945-american-isolationism"
q(IS, "The bill ran into strong opposition from the leading isolationists", "Robert La Follette of Wisconsin.",
  "Which senators fought Roosevelt's 1933 request for power to join other nations in pressuring aggressors?",
  "Hiram Johnson of California, William Borah of Idaho, and Robert La Follette of Wisconsin",
  ["Senators Hiram Johnson of California, William Borah of Idaho, and Robert La Follette of Wisconsin", "the leading isolationists in Congress"],
  "which", ["opposed", "list"])
q(IS, "In that year, as the situation in Europe continued to grow worse", "must work to “quarantine.”",
  "What did FDR liken international aggression to in his 1937 speech?",
  "a disease", ["a disease that other nations must work to “quarantine.”"], "what", ["what"])

WE = "1977-1980-us-western-europe"
q(WE, "Other governments, such as Belgium and the Netherlands,", "bilateral relationships with Washington.",
  "Which two NATO allies balked at stationing Pershing II and cruise missiles?",
  "Belgium and the Netherlands", [], "which", ["opposed", "list"])
q(WE, "This movement, known as Eurocommunism,", "European policymakers.",
  "What do historians call the drift of Western European communist parties away from Moscow's line in the 1970s?",
  "Eurocommunism", [], "what", ["naming"])

US = "1921-1936-ussr"
q(US, "Finally, the killing of the Leningrad Communist Party boss, Sergey Kirov,", "critics of the government.",
  "What did Sergey Kirov's murder lead to?",
  "the first of the “Great Purges”", ["“Great Purges”", "the death or imprisonment of millions of Soviet citizens"], "what", ["consequence"])
q(US, "In the hope of improving relations, President Roosevelt dispatched", "as Bullitt’s replacement in 1936.",
  "Who took over from Bullitt as the American envoy in Moscow?",
  "Joseph E. Davies", ["businessman Joseph E. Davies"], "who", ["who"])

CD = "1977-1980-camp-david"
q(CD, "The Camp David Accords, signed by President Jimmy Carter,", "concluded between Israel and Egypt in March 1979.",
  "Which two leaders put their names to the Camp David Accords alongside Jimmy Carter?",
  "Egyptian President Anwar Sadat, and Israeli Prime Minister Menachem Begin", [], "who", ["companion", "list"])
q(CD, "For those talks, Carter appointed a “special negotiator”", "Panama Canal treaty.",
  "Who succeeded Robert Strauss as Carter's Middle East envoy in late 1979?",
  "Sol Linowitz", [], "who", ["who"])

WW = "1914-1920-wwi"
q(WW, "Following the sinking of an unarmed French boat, the Sussex,", "prior to any attack.",
  "On what condition did Wilson say he would keep diplomatic ties with Berlin after the Sussex was sunk?",
  "unless the German Government refrained from attacking all passenger ships and allowed the crews of enemy merchant vessels to abandon their ships prior to any attack",
  ["refrained from attacking all passenger ships"], "what", ["condition"])
q(WW, "On April 4, 1917, the U.S. Senate voted", "declare war on Germany.",
  "When did the Senate vote to go to war with Germny?",
  "April 4, 1917", [], "when", ["misspelt"])

SV = "1937-1945-us-soviet"
q(SV, "In order to defeat that threat, Roosevelt confided", "if necessary.",
  "What did Roosevelt say he'd be willing to do to beat Hitler?",
  "would hold hands with the devil", ["“would hold hands with the devil” if necessary"], "what", ["quotation"])
q(SV, "Although the War Department had warned the President", "urged Roosevelt to assist the Soviets.",
  "How long did Army planners expect Russia to hold out against the Nazis?",
  "not last more than six weeks", ["six weeks"], "how many/how much", ["how long"])

PK = "1784-1800-pickney-treaty"
q(PK, "Pinckney threatened to leave without signing a treaty", "passing through New Orleans.",
  "Under what condition was the American envoy willing to sign the 1795 treaty with Spain?",
  "unless the Spanish dropped duties on American trade passing through New Orleans",
  ["the Spanish dropped duties on American trade passing through New Orleans"], "what", ["condition"])
q(PK, "President George Washington selected South Carolinian", "minister to Great Britain.",
  "Whom did Washington pick to go to Madrid and negotiate?",
  "Thomas Pinckney", ["South Carolinian Thomas Pinckney"], "who", ["who"])

F93 = "1993-2000-foreword"
q(F93, "President Bill Clinton during his second State of the Union", "Jan. 24, 1995.",
  "When did Clinton give his second State of the Union speech?",
  "Tuesday, Jan. 24, 1995", ["Jan. 24, 1995"], "when", ["when"])

AC = "1937-1945-atlantic-conf"
q(AC, "Churchill and Roosevelt met on August 9 and 10, 1941", "outline a postwar international system.",
  "On which ship did the two leaders hold their August 1941 meeting?",
  "the U.S.S. Augusta", ["U.S.S. Augusta", "aboard the U.S.S. Augusta in Placentia Bay, Newfoundland"], "which", ["where"])
q(AC, "Churchill’s primary goal in attending the Atlantic Conference", "into the war.”",
  "What was the British prime minister mainly hoping to get out of the Newfoundland meeting?",
  "to get the Americans into the war", ["“to get the Americans into the war.”"], "what", ["what"])

CT = "1953-1960-china-talks"
q(CT, "They ended when President Richard Nixon visited China", "recognition of the People’s Republic.",
  "What finally brought the Sino-American ambassadorial talks to a close?",
  "President Richard Nixon visited China", ["when President Richard Nixon visited China", "Nixon visited China"], "what", ["ending"])
q(CT, "When the talks began, the United States was represented by", "Wang Bingnan.",
  "Who faced U. Alexis Johnson across the table at the Geneva talks?",
  "Wang Bingnan", ["Chinese Ambassador to Poland Wang Bingnan"], "who", ["companion"])

MP = "1945-1952-marshall-plan"
q(MP, "Fanned by the fear of Communist expansion", "rebuilding of Western Europe.",
  "How much money did Congress eventually put into European recovery?",
  "over $12 billion", ["$12 billion"], "how many/how much", ["cost"])
q(MP, "In a June 5, 1947, speech to the graduating class at Harvard University", "rebuild Europe.",
  "Where did George Marshall first call for a recovery program?",
  "Harvard University", ["to the graduating class at Harvard University"], "where", ["where"])

LN = "1921-1936-london-naval-conf"
q(LN, "The maximum numbers of heavy cruisers were set at", "12 for Japan.",
  "How many heavy cruisers could Japan have under the 1930 treaty?",
  "12", ["12 for Japan"], "how many/how much", ["how many"])

YC = "1937-1945-yalta-conf"
q(YC, "With the death of Franklin D. Roosevelt on April 12, 1945,", "thirty-third president of the United States.",
  "What happened after FDR died in April 1945?",
  "Harry S. Truman became the thirty-third president of the United States",
  ["Harry S. Truman became the thirty-third president"], "what", ["consequence"])

KH = "1953-1960-khrushchev-20th-congress"
q(KH, "Because it reconsidered Stalin’s legacy, the address became known as", "Second Funeral.”",
  "What nickname was given to Khrushchev's attack on his predecessor?",
  "Stalin’s Second Funeral", ["“Stalin’s Second Funeral.”"], "what", ["naming"])
q(KH, "The situation in Hungary was even more extreme", "thousands of casualties.",
  "How did the 1956 uprising in Hungary end?",
  "with Soviet military intervention and thousands of casualties", ["Soviet military intervention"], "how", ["ending", "how"])

HA = "1914-1920-haiti"
q(HA, "They removed $500,000 from the Haitian National Bank", "control of the bank.",
  "How much money did the Marines take out of Haiti's national bank in 1914?",
  "$500,000", [], "how many/how much", ["cost"])
q(HA, "In 1915, Haitian President Jean Vilbrun Guillaume Sam was assassinated", "quickly became unstable.",
  "Which Haitian president's murder set off the 1915 American intervention?",
  "Jean Vilbrun Guillaume Sam", ["Haitian President Jean Vilbrun Guillaume Sam"], "which", ["which"])

LG = "1914-1920-league"
q(LG, "Spearheading the challenge was the Senate majority leader", "Henry Cabot Lodge.",
  "Who led the fight against U.S. membership in the League of Nations?",
  "Henry Cabot Lodge", [], "who", ["opposed"])
q(LG, "Wilson and Lodge’s personal dislike of each other", "49-35 Senate vote.",
  "What was the vote count when the Senate turned down the Versailles treaty?",
  "49-35", ["a 49-35 Senate vote"], "how many/how much", ["converse"])

T7 = "1776-1783-treaty"
q(T7, "Joined by peace commissioners John Adams and John Jay,", "September 27, 1782.",
  "Which two Americans went with Franklin into the peace talks with Britain?",
  "John Adams and John Jay", ["peace commissioners John Adams and John Jay"], "who", ["companion", "list"])
q(T7, "The sketch remains incomplete because", "its former American colonies.",
  "Why was Benjamin West's picture of the peace negotiators never finished?",
  "British negotiators chose not to sit for their half of the portrait", [], "why", ["why"])

FA = "1776-1783-french-alliance"
q(FA, "The Treaty of Paris also remained technically in effect during the undeclared Quasi-War", "terminated the Quasi-War.",
  "What agreement brought the undeclared naval war with France to a close?",
  "the Convention of 1800", ["Convention of 1800"], "what", ["ending", "broader"])
q(FA, "Through secret agents, the French Government began to provide clandestine assistance", "American trader Silas Deane.",
  "Through whom did France quietly funnel help to the rebels?",
  "Silas Deane", ["American trader Silas Deane"], "who", ["who"])

NU = "1945-1952-nuremberg"
q(NU, "Nazi leader Adolf Hitler was not indicted", "before Germany’s surrender.",
  "Why wasn't Hitler tried at Nuremburg?",
  "he had committed suicide in April 1945", ["committed suicide"], "why", ["why", "misspelt"])
q(NU, "The tribunal found nineteen individual defendants guilty", "fifteen years’ imprisonment.",
  "How many of the accused Nazi leaders were convicted by the IMT?",
  "nineteen", ["nineteen individual defendants"], "how many/how much", ["how many"])

C2 = "1830-1860-china-2"
q(C2, "Joined by French forces, the British entered the city", "home of the Chinese emperor.",
  "Who fought alongside the British when they marched into Beijing?",
  "French forces", [], "who", ["companion"])
q(C2, "The agreements reached between the Western powers and China following the Opium Wars came to be known as", "extracted concessions from the Chinese.",
  "What do historians call the treaties that the Western powers forced on the Qing after the Opium Wars?",
  "unequal treaties", ["the “unequal treaties”"], "what", ["naming"])

NP = "1977-1980-non-proliferation"
q(NP, "The ASAT negotiations ended after", "December 1979.",
  "What brought the anti-satellite weapons negotiations to a halt?",
  "the Soviet Union invaded Afghanistan", ["the Soviet Union invaded Afghanistan in December 1979"], "what", ["ending"])
q(NP, "Ultimately, Carter’s National Security Advisor, Zbigniew Brzezinski,", "despite their human rights records.",
  "Who talked Carter into continuing to arm anticommunist allies despite their human rights abuses?",
  "Zbigniew Brzezinski", ["Carter’s National Security Advisor, Zbigniew Brzezinski"], "who", ["who"])

AI = "1961-1968-arab-israeli-war-1967"
q(AI, "Between June 5 and June 10, Israel defeated", "the Golan Heights.",
  "Who lost the 1967 war to Israel?",
  "Egypt, Jordan, and Syria", [], "who", ["converse", "list"])
q(AI, "“Israel,” Johnson told Israeli Foreign Minister Abba Eban on May 26,", "go it alone.”",
  "What did LBJ tell Abba Eban in late May 1967?",
  "will not be alone unless it decides to go it alone", ["“will not be alone unless it decides to go it alone.”"], "what", ["quotation"])

CU = "1961-1968-cuban-missile-crisis"
q(CU, "ABC News correspondent John Scali reported to the White House", "not to invade the island.",
  "According to the back-channel offer, on what condition would Moscow pull its missiles out of Cuba?",
  "if the United States promised not to invade the island", ["the United States promised not to invade the island"], "what", ["condition"])
q(CU, "In an effort to prevent this from happening again, a direct telephone link", "known as the “Hotline.”",
  "What did the 1962 crisis lead to in terms of communication between Washington and Moscow?",
  "a direct telephone link between the White House and the Kremlin", ["the “Hotline.”", "Hotline"], "what", ["consequence"])
q(CU, "The next morning, October 28, Khrushchev issued a public statement", "removed from Cuba.",
  "when did the cuban missile crisis end",
  "October 28", ["The next morning, October 28"], "when", ["ending", "short", "lowercase"])

FW = "1945-1952-foreword"
q(FW, "In the interest of avoiding another global war, for the first time", "to rebuild their shattered economies.",
  "What new tool did Washington start using strategically in its foreign policy after 1945?",
  "economic assistance", [], "what", ["what"])

LL = "1937-1945-lend-lease"
q(LL, "Over the course of the war, the United States contracted Lend-Lease agreements", "in assistance.",
  "How much aid did America hand out through Lend-Lease overall?",
  "some $50 billion", ["$50 billion"], "how many/how much", ["cost"])
q(LL, "Under the terms of the agreement, the United States gave the British more than 50 obsolete destroyers", "U.S. air and naval bases.",
  "What were the terms of the September 1940 ships-for-bases swap?",
  "the United States gave the British more than 50 obsolete destroyers, in exchange for 99-year leases to territory in Newfoundland and the Caribbean",
  ["99-year leases to territory in Newfoundland and the Caribbean"], "what", ["condition"])

IM = "1945-1952-immigration-act"
q(IM, "The latter group, led by Democratic Senator from Nevada Pat McCarran", "foundations of American life.",
  "Which Pennsylvania congressman teamed up with Pat McCarran on the 1952 immigration law?",
  "Francis Walter", ["Democratic Congressman from Pennsylvania Francis Walter"], "who", ["companion"])
q(IM, "He thought the new law was discriminatory, and he vetoed it,", "pass over his veto.",
  "What happened after Truman rejected the McCarran-Walter bill?",
  "the law had enough support in Congress to pass over his veto", ["pass over his veto"], "what", ["consequence", "pronoun"])

MO = "1801-1829-monroe"
q(MO, "Secretary of State John Quincy Adams, however, vigorously opposed", "expansion in the future.",
  "Who was against issuing a joint statement with Britain in 1823?",
  "John Quincy Adams", ["Secretary of State John Quincy Adams"], "who", ["opposed"])
q(MO, "As Monroe stated:", "European powers.”",
  "What did Monroe say about Europeans founding new colonies in the Americas?",
  "The American continents … are henceforth not to be considered as subjects for future colonization by any European powers",
  [], "what", ["quotation"])

VE = "1866-1898-venezuela"
q(VE, "Because the treaty did not define a western boundary, the British commissioned", "to delineate that boundary.",
  "Who drew the boundry of British Guiana for the British?",
  "Robert Schomburgk", [], "who", ["misspelt"])
q(VE, "Venezuela claimed its borders extended as far east as", "two-thirds of British Guiana’s territory.",
  "Which river did Caracas say marked its eastern edge?",
  "the Essequibo River", ["Essequibo River"], "which", ["which"])

TP = "1750-1775-treaty-of-paris"
q(TP, "This decision was motivated by the fact that", "enormously profitable.",
  "Why did Choiseul want to hold on to Martinique and Guadeloupe rather than Canada?",
  "the islands’ sugar industry was enormously profitable", [], "why", ["why"])
q(TP, "However, the treaty contained enough concessions to war hawks", "February 10, 1763.",
  "By what margin did Parliament approve the 1763 peace?",
  "319 to 64", ["a majority of 319 to 64"], "how many/how much", ["how many"])

OS = "1993-2000-oslo"
q(OS, "In November 1995, Rabin was assassinated by Yigal Amir,", "on religious grounds.",
  "Who killed Rabin?",
  "Yigal Amir", [], "who", ["converse", "short"])
q(OS, "On September 28, riots erupted following a visit of Likud Party leader Ariel Sharon", "al-Aqsa Intifada.",
  "What happened after Ariel Sharon went up to the Temple Mount in 2000?",
  "riots erupted", ["a wave of Israeli-Palestinian violence that became known as the al-Aqsa Intifada"], "what", ["consequence"])

# ---------------- unanswerable (20) ----------------
U = []
def u(question, tags):
    U.append(dict(question=question, answer=None, alternatives=[], document=None, citation=None,
                  kind="unanswerable", tags=["unanswerable"] + tags))

u("Why did Stalin refuse to attend the Tehran Conference in 1943?", ["false premise"])
u("Why did the Senate vote to ratify the Treaty of Versailles in March 1920?", ["false premise"])
u("How much did Mexico pay the United States under the Gadsden Treaty?", ["false premise", "cost"])
u("Why did Carter pull American athletes out of the 1980 Winter Olympics in Lake Placid?", ["false premise", "why"])
u("What did Nixon and Brezhnev agree to in the Shanghai Communiqué?", ["false premise"])
u("What toll did Spain charge American ships at New Orleans under Pinckney's Treaty?", ["false premise", "cost"])
u("Which Soviet diplomat signed the Atlantic Charter with Roosevelt and Churchill in Newfoundland?", ["false premise"])
u("Who accompanied Harry Hopkins on his 1941 trip to Moscow?", ["beyond", "companion"])
u("How large was the final reparations payment Germany still had to make under the Lausanne agreement?", ["beyond", "cost", "condition"])
u("Who travelled with Sadat when he went to Jerusalem in November 1977?", ["beyond", "companion"])
u("What was the name of the Japanese scholar whose charges were dropped at the Tokyo trial?", ["naming"])
u("Who interpreted for Roosevelt during his private talks with Stalin at Tehran?", ["who"])
u("How many Haitians died in the peasant revolt of 1919–1920?", ["how many"])
u("Which French general commanded the French army at Yorktown?", ["which"])
u("What interest rate did the $200 million Dawes loan carry?", ["cost"])
u("how much marshall plan money did west germany get", ["lowercase", "cost"])
u("When did Argentina finally ratify the Treaty of Tlatelolco?", ["when"])
u("Which Soviet ship was the first to be stopped at the Cuban quarantine line?", ["which"])
u("Who handed Olney's 1895 note to Lord Salisbury?", ["who"])
u("How many Nazi defendants were sentenced to hang at Nuremberg?", ["how many"])

items = A + U
from collections import Counter; print(Counter(a["document"] for a in A)); assert len(A) == 80 and len(U) == 20, (len(A), len(U))
random.seed(5757)
random.shuffle(items)
tags = {}
with open('/work/heldout/r56/ask57/ask_v57.jsonl', 'w') as f:
    for n, it in enumerate(items, 1):
        qid = "q%03d" % n
        tags[qid] = it.pop('tags')
        rec = {"id": qid, "question": it["question"], "answer": it["answer"], "alternatives": it["alternatives"],
               "document": it["document"], "citation": it["citation"], "kind": it["kind"]}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
json.dump(tags, open('/work/heldout/r56/ask57/style_tags.json', 'w'), ensure_ascii=False, indent=1)
print("written", len(items))
