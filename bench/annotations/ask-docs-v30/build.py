# Builds ask_v30.jsonl from the entries below. Citations are located in the text by (start, end) snippets
# and copied out verbatim, so they are exact substrings by construction (validate.py re-checks everything).
import json, random
T = json.load(open('/work/heldout/r29/ask30/ask_texts.json'))
R = "000_beabee21081aa6a0"
E = []
def a(q, ans, alts, doc, start, end, kind):
    t = T[doc]
    i = t.find(start); assert i >= 0, (doc, start)
    assert t.find(start, i + 1) < 0, ('start not unique', doc, start)
    j = t.find(end, i); assert j >= 0, (doc, end)
    cit = t[i:j + len(end)]
    assert '\n' not in cit, (doc, start)
    E.append(dict(question=q, answer=ans, alternatives=alts, document=doc, citation=cit, kind=kind))
def u(q):
    E.append(dict(question=q, answer=None, alternatives=[], document=None, citation=None, kind="unanswerable"))

# ---- museum exhibit (16)
a("Roughly how many Red Army soldiers died fighting Germany?", "8.7 million", ["some 8.7 million soldiers", "some 8.7 million"], R, "The Soviets lost some 8.7", "brutal Eastern Front.", "how many/how much")
a("What name was given to Hitler's June 1941 attack on the USSR?", "Operation Barbarossa", ["Barbarossa"], R, "Code-named Operation Barbarossa", "European history.", "what")
a("Which close aide did FDR send to the Soviet capital to gauge Russia's chances?", "Harry Hopkins", ["his trusted confidant Harry Hopkins"], R, "He then sent his trusted confidant", "meet with Joseph Stalin.", "who")
a("Which countries did FDR think would have to police the postwar world together?", "the United States, the United Kingdom, China, and the USSR", ["United States, the United Kingdom, China, and the USSR"], R, "The president believed the future of the world", "China, and the USSR.", "which")
a("What did Roosevelt write to Churchill in 1942 about dealing with Stalin?", "I think I can personally handle Stalin better than your Foreign Office or my State Department", [], R, "Given his faith in personal diplomacy", "meet directly with Stalin.", "what")
a("How much material aid did Washington give Moscow under Lend-Lease?", "more than $11 billion", ["$11 billion", "more than $11 billion in war supplies"], R, "Over the next three and a half years", "in war supplies.", "how many/how much")
a("what fraction of soviet wartime output did lend-lease make up", "about 7 percent", ["7 percent", "only about 7 percent"], R, "Though Lend-Lease aid to Russia constituted", "vitally important.", "how many/how much")
a("How close did the Wehrmacht come to Moscow?", "within fifteen miles", ["fifteen miles", "within fifteen miles of Moscow"], R, "This was especially true in the first year", "by December 1941.", "how many/how much")
a("Which American president started the non-recognition policy that FDR set out to end?", "Woodrow Wilson", ["President Woodrow Wilson"], R, "Franklin D. Roosevelt entered the presidency determined", "Woodrow Wilson in 1917.", "which")
a("Why were American businesses keen on ties with Moscow during the Depression?", "to open Soviet markets to American goods", ["anxious to open Soviet markets to American goods"], R, "For the pragmatic FDR", "Adolf Hitler in Europe.", "why")
a("Which Nordic nation came under Soviet attack in 1939–40?", "Finland", [], R, "Hence, while he condemned Moscow", "future collaboration.", "which")
a("What did FDR regard as his crowning success at Yalta?", "bringing the Soviet Union into the United Nations largely on his own terms", ["bringing the Soviet Union into the United Nations"], R, "He succeeded in bringing the Soviet Union", "accomplishment of the conference.", "what")
a("How soon after victory over Germany did Stalin pledge to fight Japan?", "within three months of Germany’s defeat", ["within three months", "three months"], R, "He also won Stalin’s promise", "of Germany’s defeat.", "when")
a("Why was Churchill uneasy about Roosevelt wanting one-on-one time with Stalin?", "feared that the rise of Soviet and American power would diminish Britain’s role in the war and in the peace that followed", ["the rise of Soviet and American power would diminish Britain’s role in the war and in the peace that followed"], R, "FDR’s desire to meet Stalin on his own terms unnerved", "peace that followed.", "why")
a("Who signed Moscow's nonaggression treaty with Hitler's Germany?", "Vyacheslav Molotov", ["Soviet Foreign Minister Vyacheslav Molotov", "Molotov"], R, "Soviet Foreign Minister Vyacheslav Molotov signs", "August 23, 1939.", "who")
a("Where did Roosevelt and Stalin see each other for the final time?", "Yalta", ["the seaside Ukrainian city of Yalta"], R, "Little more than a year after the Tehran Conference", "second and last time.", "where")

# ---- essays (64)
C = "1961-1968-congo-decolonization"
a("What was the airborne mission to free Westerners held captive by Congolese rebels called?", "Operation Dragon Rouge", ["Dragon Rouge"], C, "A joint U.S.-Belgian effort to rescue", "Kasavubu and Mobutu.", "what")
a("what was the congo renamed in 1971", "Zaire", [], C, "Despite periodic uprisings and unrest", "until the mid-1990s.", "what")
D = "1989-1992-apartheid"
a("How many people died when police opened fire on the crowd at Sharpeville?", "69", ["69 people"], D, "The international community had begun to take notice", "186 others.", "how many/how much")
a("Who replaced Botha as South Africa's leader?", "F W de Klerk", ["de Klerk"], D, "His successor, F W de Klerk", "political prisoners.", "who")
H = "1977-1980-human-rights"
a("Who did Carter pick to run the State Department's human rights office once James Wilson retired?", "Patricia Murphy Derian", ["Derian"], H, "Carter selected Patricia Murphy Derian", "James Wilson.", "who")
a("At which university did Carter give his May 1977 graduation speech on human rights?", "Notre Dame University", ["Notre Dame"], H, "In his May 22, 1977, commencement address", "our adversaries.”", "which")
U = "1953-1960-u2-incident"
a("Which Soviet agent was swapped to free the downed U-2 pilot?", "Rudolf Abel", ["a captured Soviet spy, Rudolf Abel"], U, "In February, 1962, however, he and a detained", "Rudolf Abel.", "who")
a("How high could the U-2 go?", "70,000 feet", ["a ceiling of 70,000 feet"], U, "The U-2 was a special high-altitude plane", "70,000 feet.", "how many/how much")
G = "1961-1968-alliance-for-progress"
a("What dismissive nickname did critics give JFK's volunteer program?", "Kennedy’s Kiddie Corps", ["Kiddie Corps"], G, "Although derided as", "foreign policymaking institution.", "what")
a("How much aid did Washington promise Latin America under the Alliance for Progress?", "$20 billion", ["$20 billion in assistance"], G, "The United States pledged $20 billion", "for their economies.", "how many/how much")
M = "1961-1968-cuban-missile-crisis"
a("What was the emergency communications channel between the superpowers' leaders nicknamed?", "Hotline", ["the “Hotline.”"], M, "In an effort to prevent this from happening again", "the “Hotline.”", "what")
a("Which journalist relayed a Soviet back-channel offer to the White House?", "John Scali", ["ABC News correspondent John Scali"], M, "ABC News correspondent John Scali reported", "not to invade the island.", "who")
I = "1989-1992-apec"
a("Where did the first APEC leaders' summit take place?", "Seattle", ["Seattle, Washington"], I, "In 1993 in Seattle, Washington", "economic leaders.", "where")
GW = "1989-1992-gulf-war"
a("How large was Baghdad's debt to neighboring Arab lenders by 1990?", "some $37 billion", ["$37 billion"], GW, "Iraq had largely financed the war effort", "creditors in 1990.", "how many/how much")
a("How long did the ground offensive to liberate Kuwiat last?", "four days", [], GW, "But Israel refused to retaliate", "lasted four days.", "how many/how much")
K = "1993-2000-two-koreas"
a("Which former president's private mission to Pyongyang in 1994 headed off a war?", "Jimmy Carter", ["President Jimmy Carter"], K, "A last-minute private trip to North Korea", "denuclearization of North Korea.", "who")
a("When did North Korea walk away from the 1994 nuclear deal?", "the winter of 2002", ["in the winter of 2002", "2002"], K, "North Korea broke out of the 1994 agreement", "hosted by China.", "when")
L = "1961-1968-gulf-of-tonkin"
a("Name the two U.S. Navy ships that reported being attacked off North Vietnam in 1964.", "the Maddox and the Turner Joy", ["Maddox and the Turner Joy"], L, "The U.S. Navy stationed two destroyers", "bolster these actions.", "which")
a("How many senators voted against the Tonkin Gulf Resolution?", "two", ["only two opposing votes", "two opposing votes"], L, "The Senate passed the Gulf of Tonkin Resolution with only two", "unanimously.", "how many/how much")
SA = "1969-1976-south-asia"
a("Which American carrier group sailed toward the Bay of Bengal during the 1971 war?", "U.S.S. Enterprise", ["The U.S.S. Enterprise carrier group"], SA, "The U.S.S. Enterprise carrier group from Vietnam", "reaching Sri Lanka.", "which")
a("Why did the Nixon administration initially side with Islamabad in 1971?", "feared that Pakistan would be greatly weakened if its eastern province seceded", ["Pakistan would be greatly weakened if its eastern province seceded"], SA, "Washington wished to avoid a second war", "supported Pakistan initially.", "why")
N = "1977-1980-central-america-carter"
a("Whose killing in January 1978 tipped Nicaragua into civil war?", "Pedro Joaquín Chamorro", ["Chamorro"], N, "The assassination of Pedro Joaquín Chamorro", "catalyst for civil war.", "who")
a("What made Carter cut off assistance to El Salvador in December 1980?", "the abduction and murder of four U.S. churchwomen in El Salvador", ["the abduction and murder of four U.S. churchwomen"], N, "In December 1980, the abduction and murder", "assistance to the country.", "why")
KH = "1953-1960-khrushchev-20th-congress"
a("Which newspaper did the U.S. leak Khrushchev's speech to?", "the New York Times", ["New York Times"], KH, "Eisenhower agreed, and it was sent", "New York Times.", "which")
a("Who passed the full text of Kruschev's secret speech to the Americans?", "Israeli intelligence officers", [], KH, "In addition to the rumors of what had been said", "Eisenhower Administration.", "who")
LB = "1981-1988-lebanon"
a("How many Americans died in the October 1983 Beirut barracks bombing?", "241", ["241 American servicemen"], LB, "On October 23, suicide bombers attacked", "241 American servicemen.", "how many/how much")
a("Which Israeli diplomat was gunned down in London in June 1982?", "Shlomo Argov", ["Argov"], LB, "In London on June 3, 1982, Palestinian assailants", "United Kingdom.", "who")
HE = "1969-1976-helsinki"
a("Which country in Europe stayed out of the 1975 Helsinki accord?", "Albania", [], HE, "Every European country except Albania", "Canada.", "which")
P = "1961-1968-pl-480"
a("Who ran Kennedy's overseas food aid program?", "George McGovern", ["McGovern"], P, "Kennedy also appointed George McGovern", "Department of Agriculture.", "who")
S = "1961-1968-arab-israeli-war-1967"
a("Which three Arab states lost to Israel in June 1967?", "Egypt, Jordan, and Syria", [], S, "Between June 5 and June 10, Israel defeated", "Golan Heights.", "which")
a("How did Walter Rostow describe the setup left in place after Suez?", "tenuous chewing gum and string arrangements", ["chewing gum and string arrangements"], S, "Unwilling to return to what National Security Advisor Walter Rostow", "Arab neighbors.", "how")
MD = "1989-1992-madrid-conference"
a("Which Soviet leader co-hosted the 1991 Mideast peace gathering in Spain?", "Mikhail Gorbachev", ["Soviet President Mikhail Gorbachev", "Gorbachev"], MD, "The Conference, co-chaired by Bush", "Jordanian-Palestinian delegation.", "who")
a("How did Washington squeeze the Israeli prime minister into cooperating?", "withholding $10 billion in loan guarantees", ["by withholding $10 billion in loan guarantees"], MD, "Simultaneously, Baker and Bush put pressure on Shamir", "from the Soviet Union.", "how")
EG = "1953-1960-east-german-uprising"
a("What food was in the American relief parcels handed out to East Germans?", "lard, peas, flour, and pasteurized milk", [], EG, "The so called “Eisenhower packages”", "pasteurized milk.", "what")
a("How did the GDR's rulers retaliate against Washington's relief effort?", "cut off rail and bus traffic to West Berlin", ["the East German Government cut off rail and bus traffic to West Berlin"], EG, "In response, the East German Government cut off", "heightened tensions.", "how")
V = "1961-1968-limited-ban"
a("Where does the 1963 treaty prohibit nuclear testing?", "in the atmosphere, in space, or underwater", [], V, "The Limited Test Ban Treaty was signed by the United States", "or underwater.", "where")
a("Why did Khrushchev distrust the UN as an inspector?", "the organization’s mishandling of the Congo crisis", ["what he believed was the organization’s mishandling of the Congo crisis"], V, "Khrushchev also rejected the idea of having the United Nations", "Congo crisis.", "why")
W = "1981-1988-central-america"
a("What was the 1989 military operation to capture Noriega called?", "Operation Just Cause", ["Just Cause"], W, "Code-named Operation Just Cause", "five days.", "what")
a("Which Costa Rican president was the main force behind the 1987 Esquipulas peace acord?", "Óscar Arias", ["Costa Rican President Óscar Arias"], W, "In August 1987, Central American leaders signed", "Óscar Arias.", "who")
X = "1989-1992-breakup-yugoslavia"
a("What did Serbia's strongman do for a living before entering public life?", "a banker in Belgrade", ["a banker", "banker"], X, "Milosevic started as a banker", "mid-1980s.", "what")
a("how long did the yugoslav army stay in slovenia", "10 days", ["after 10 days"], X, "The Yugoslav Army (JNA) briefly intervened", "Slovenia’s separation.", "how many/how much")
Y = "1993-2000-oslo"
a("Who murdered Israel's prime minister in November 1995?", "Yigal Amir", [], Y, "In November 1995, Rabin was assassinated", "religious grounds.", "who")
a("What event sparked the second intifada?", "a visit of Likud Party leader Ariel Sharon to the Temple Mount", ["visit of Likud Party leader Ariel Sharon to the Temple Mount"], Y, "On September 28, riots erupted", "al-Aqsa Intifada.", "what")
Z = "1961-1968-npt"
a("Which nation first floated the idea of a nonproliferation pact at the UN?", "Ireland", [], Z, "A ban on the distribution of nuclear technology was first proposed", "in 1961.", "which")
a("How often was the NPT supposed to be reviewed?", "every 5 years", [], Z, "The treaty was given a 25-year time limit", "every 5 years.", "how many/how much")
HA = "1977-1980-horn-of-africa"
a("What did Brzezinski say about SALT after Carter pulled the treaty?", "SALT lies buried in the sands of the Ogaden", ["SALT lies buried in the sands of the Ogaden."], HA, "After the invasion, President Carter withdrew", "sands of the Ogaden.”", "what")
a("Which country was attacked by Somalia in 1977?", "Ethiopia", [], HA, "In the summer of 1977, Somalia", "ethnic Somalis.", "which")
CH = "1977-1980-china-policy"
a("What hat was Deng Xiaoping famously photographed wearing during his U.S. trip?", "a ten-gallon hat", ["ten-gallon hat"], CH, "Journalists depicted the Chinese leader", "ten-gallon hat.", "what")
a("Why did China go to war with Vietnam in 1979?", "in response to that country’s invasion of Cambodia", ["that country’s invasion of Cambodia"], CH, "During Chinese Vice-Premier Deng Xiaoping", "invasion of Cambodia.", "why")
SD = "1969-1976-shuttle-diplomacy"
a("Who came up with the term 'shuttle diplomacy'?", "the members of the media who followed Kissinger", ["members of the media"], SD, "In January and May 1974, Secretary of State Henry Kissinger", "October 1973 war.", "who")
a("Which Golan town was the main sticking point between Syria and Israel?", "Quneitra", [], SD, "The negotiation centered on the town of Quneitra", "Arab-Israeli War.", "which")
SL = "1969-1976-salt"
a("Where did LBJ hold his 1967 summit with the Soviet premier?", "Glassboro State College", ["Glassboro State College in New Jersey"], SL, "Johnson therefore called for strategic arms limitations talks", "in New Jersey.", "where")
a("where was salt ii signed", "Vienna", [], SL, "On June 17, 1979, Carter and Brezhnev signed", "in Vienna.", "where")
NP = "1977-1980-non-proliferation"
a("What did Moscow hope to use non-military atomic blasts for?", "to divert the course of a river in Siberia to the desert areas of Central Asia", ["divert the course of a river in Siberia"], NP, "Carter wanted a comprehensive ban", "Central Asia.", "why")
a("In which Soviet city did an anthrax outbreak kill hundreds?", "Sverdlovsk", [], NP, "Biological weapons did not become an issue", "weapons factory.", "where")
B = "1961-1968-bay-of-pigs"
a("Where did the Bay of Pigs invasion force set out from?", "Guatemala", [], B, "Launched from Guatemala", "from the start.", "where")
a("What was the exile invasion force called?", "Brigade 2506", [], B, "The CIA organized an operation in which it trained", "Brigade 2506.", "what")
WE = "1977-1980-us-western-europe"
a("What are enhanced radiation weapons more commonly called?", "neutron bombs", [], WE, "Often referred to as neutron bombs", "explosive force.", "what")
a("Why were European leaders annoyed when Carter shelved the neutron bomb?", "had spent political capital to support the deployment of a weapons system that would not be produced", ["spent political capital"], WE, "Carter’s decision frustrated European leaders", "would not be produced.", "why")
CY = "1993-2000-clinton-yeltsin"
a("How many times did Clinton and Yeltsin meet?", "eighteen times", ["eighteen"], CY, "During the seven years both were in office", "entire Cold War.", "how many/how much")
a("Which three former Soviet satellites were asked to join NATO in 1997?", "Poland, Hungary, and the Czech Republic", [], CY, "At its meeting in Madrid, July 1997", "operations in Kosovo.", "which")
AN = "1969-1976-angola"
a("Which 1975 accord gave Angola its independence?", "the Alvor Agreement", ["Alvor Agreement"], AN, "Following the Portuguese coup, these three revolutionaries", "power sharing government.", "which")
FA = "1981-1988-south-atlantic"
a("Who headed Argentina's military government during the Falklands war?", "General Leopoldo Galtieri", ["Leopoldo Galtieri", "Galtieri"], FA, "In subsequent days, the military junta led by", "British administration.", "who")
a("When did the British retake Port Stanley?", "June 14", [], FA, "Following a three-week ground campaign", "Argentine troops.", "when")

# ---- unanswerable near misses (20)
UNANS = []
exec(open('/work/heldout/r29/ask30/unanswerable.py').read())
for q in UNANS: u(q)

random.seed(30)
random.shuffle(E)
with open('/work/heldout/r29/ask30/ask_v30.jsonl', 'w') as f:
    for n, e in enumerate(E, 1):
        f.write(json.dumps(dict(id='q%03d' % n, **e), ensure_ascii=False) + '\n')
print(len(E))
