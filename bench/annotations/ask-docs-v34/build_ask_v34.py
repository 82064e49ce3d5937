"""Build ask_v34.jsonl from hand-written question specs.
Each answerable spec: (doc, sentence_start, question, answer, alternatives, kind).
The citation is the full sentence of the text that begins with sentence_start
(extended to the sentence end); it is printed for manual review."""
import json, random, re

TEXTS = json.load(open('/work/heldout/r33/ask34/ask_texts.json'))
EX = '000_beabee21081aa6a0'
ABBR = {'Dr', 'St', 'Mr', 'Mrs', 'Gen', 'Sen', 'Jr'}

def sentence(doc, start):
    t = TEXTS[doc]
    assert t.count(start) == 1, (doc, start, t.count(start))
    i = t.index(start)
    # sentence must begin at paragraph start or after ". "
    pre = t[max(0, i - 3):i]
    assert i == 0 or pre.endswith('\n') or re.search(r'[.!?][”"’)]?\s$', pre), (doc, start, pre)
    j = i + len(start)
    while True:
        if j >= len(t) or t[j] == '\n':
            return t[i:j].rstrip()
        m = re.match(r'[.!?][”"’)]*', t[j:])
        if m and (j + m.end() >= len(t) or t[j + m.end()] in ' \n'):
            word = re.findall(r'(\S+)$', t[i:j])
            w = word[0] if word else ''
            if not ('.' in w or (len(w) == 1 and w.isupper()) or w in ABBR):
                return t[i:j + m.end()]
        j += 1

A = [
# ---------------- exhibit: Roosevelt and Stalin ----------------
(EX, "The Soviets lost some 8.7 million", "How many Red Army soldiers died in combat on the Eastern Front?", "some 8.7 million soldiers", ["8.7 million", "some 8.7 million"], "how many"),
(EX, "The president believed the future of the world", "What nickname did FDR give the four big powers he expected to keep order after the war?", "the Four Policemen", ["Four Policemen"], "what"),
(EX, "Given his faith in personal diplomacy", "What did Roosevelt tell Churchill in 1942 about dealing with Stalin?", "I think I can personally handle Stalin better than your Foreign Office or my State Department", [], "what"),
(EX, "Indeed, the resulting accord, signed by FDR", "What name was given to the 1933 deal that restored diplomatic ties between Washington and Moscow?", "the Roosevelt-Litvinov Agreement", ["Roosevelt-Litvinov Agreement"], "what"),
(EX, "Franklin D. Roosevelt entered the presidency determined", "Which president started the U.S. policy of not recognizing the Bolshevik government?", "President Woodrow Wilson", ["Woodrow Wilson", "Wilson"], "who"),
(EX, "For the pragmatic FDR, the normalization", "Why were American companies keen on normal relations with Moscow during the Depression?", "anxious to open Soviet markets to American goods", ["to open Soviet markets to American goods"], "why"),
(EX, "Code-named Operation Barbarossa", "what did the germans call their invasion of russia", "Operation Barbarossa", ["Barbarossa"], "what"),
(EX, "He then sent his trusted confidant", "Who went to Moscow in 1941 as FDR's envoy to size up the Russians' chances?", "Harry Hopkins", ["his trusted confidant Harry Hopkins", "Hopkins"], "who"),
(EX, "Over the next three and a half years", "What was the total value of Lend-Lease supplies shipped to the Soviets?", "more than $11 billion", ["$11 billion"], "how much"),
(EX, "This was especially true in the first year", "How close to Moscow did the Wehrmacht get in 1941?", "within fifteen miles", ["fifteen miles"], "how much"),
(EX, "The fear that Stalin might be pressed", "What deal with Hitler did Washington worry Stalin might strike?", "a separate peace", ["a separate peace with Adolf Hitler"], "what"),
(EX, "FDR further bound the Soviets", "Where did the Allies first declare they would settle for nothing less than total Axis capitulation?", "at the Casablanca Conference", ["the Casablanca Conference", "Casablanca Conference", "Casablanca"], "where"),
(EX, "Joseph Stalin calls on Franklin D. Roosevelt", "Name the palace where Stalin paid a call on FDR at Yalta.", "the Livadia Palace", ["Livadia Palace"], "where"),
(EX, "He also won Stalin", "How soon after Germany's defeat did Stalin promise to go to war with Japan?", "within three months of Germany’s defeat", ["within three months"], "when"),
(EX, "In fact, at Yalta all three leaders signed", "Which two documents did the Big Three sign at Yalta promising free elections?", "the Declaration of Liberated Europe and the Declaration on Poland", [], "which"),
(EX, "But his willingness to reach out", "How is Roosevelt remembered in Russia today?", "as one of their nation’s true heroes and greatest friends", ["one of their nation’s true heroes and greatest friends"], "how"),
# ---------------- essays ----------------
('1945-1952-atomic', "In 1965, historian Gar Alperovitz", "Which scholar argued that the bombs on Japan were really meant to impress Moscow?", "Gar Alperovitz", ["historian Gar Alperovitz", "Alperovitz"], "who"),
('1945-1952-atomic', "Even if Truman did not intend", "Where was the first nuclear test explosion carried out?", "Alamogordo, New Mexico", ["Alamogordo"], "where"),
('1945-1952-baruch-plans', "The so-called Acheson-Lilienthal report", "Which physicist did most of the writing on the Acheson-Lilienthal report?", "Robert Oppenheimer", ["Oppenheimer"], "who"),
('1945-1952-baruch-plans', "The vote was held on December 30", "Which two countries refused to vote for the Baruch Plan?", "the Soviet Union and Poland", [], "which"),
('1945-1952-berlin-airlift', "The United States launched", "What was the code name of Britain's share of the Berlin airlift?", "Operation Plainfare", [], "what"),
('1945-1952-berlin-airlift', "At the height of the campaign", "During the busiest period of the airlift, how many seconds passed between landings at Tempelhof?", "45 seconds", ["every 45 seconds"], "how many"),
('1945-1952-creation-israel', "On May 14, 1948, David Ben-Gurion", "Who proclaimed Israel?", "David Ben-Gurion", ["David Ben-Gurion, the head of the Jewish Agency", "Ben-Gurion"], "who"),
('1945-1952-creation-israel', "Under the resolution, the area of religious significance", "What status did the UN partition plan give Jerusalem?", "a corpus separatum under international control administered by the United Nations", ["a corpus separatum", "corpus separatum"], "what"),
('1945-1952-japan-reconstruction', "This period is sometimes called", "What do historians call the late-1940s turn in U.S. occupation policy toward rebuilding Japan's economy?", "reverse course", [], "what"),
('1945-1952-japan-reconstruction', "The outbreak of the Korean War in 1950 provided SCAP", "What did some officials in occupied Japan say about the war in Korea?", "Korea came along and saved us", ["Korea came along and saved us."], "what"),
('1945-1952-kennan', "Kennan’s ideas, which became the basis", "Which magazine ran Kennan's famous anonymous X-Article?", "Foreign Affairs", ["the journal Foreign Affairs"], "which"),
('1945-1952-kennan', "Columnist Walter Lippmann attacked", "What was Walter Lippmann's main complaint about the X-Article?", "failing to differentiate between vital and peripheral interests", [], "what"),
('1945-1952-marshall-plan', "In a June 5, 1947, speech", "Where did George Marshall give his speech proposing help for Europe?", "Harvard University", ["Harvard", "to the graduating class at Harvard University"], "where"),
('1945-1952-marshall-plan', "Fanned by the fear of Communist expansion", "Which law passed by Congress in 1948 put the Marshall Plan into effect?", "the Economic Cooperation Act", ["Economic Cooperation Act"], "which"),
('1945-1952-national-security-act', "The act also established the Central Intelligence Agency", "From which wartime organization did the CIA develop?", "Office of Strategic Services", ["World War II era Office of Strategic Services"], "which"),
('1945-1952-nato', "In May of 1948, Republican Senator", "Which senator's resolution opened the way for negociations on the North Atlantic alliance?", "Arthur H. Vandenburg", ["Republican Senator Arthur H. Vandenburg", "Vandenburg"], "who"),
('1945-1952-nato', "In 1952, the members agreed to admit", "When did West Germany become a NATO member?", "1955", ["in 1955"], "when"),
('1945-1952-nsc68', "Reeling from the recent victory", "Who headed the State Department team that drafted NSC-68?", "Paul Nitze", ["Nitze"], "who"),
('1945-1952-nsc68', "The 58-page memorandum", "When did NSC-68 stop being secret?", "1975", ["until 1975"], "when"),
('1945-1952-nuremberg', "Nazi leader Adolf Hitler was not indicted", "Why was Hitler never charged by the Nuremberg tribunal?", "because he had committed suicide in April 1945", ["he had committed suicide in April 1945", "he had committed suicide"], "why"),
('1945-1952-nuremberg', "Three defendants were found not guilty", "How many of the accused Nazi leaders were acquitted at Nuremberg?", "Three", ["Three defendants"], "how many"),
('1953-1960-berlin-crises', "On the morning of August 13, 1961", "Who gave the order to string barbed wire across Berlin in 1961?", "Walter Ulbricht", ["East German leader Walter Ulbricht"], "who"),
('1953-1960-berlin-crises', "The Berlin Wall remained in place until", "when did the berlin wall come down", "November 9, 1989", ["1989"], "when"),
('1953-1960-china-talks', "When the talks began, the United States was represented", "Who spoke for Washington at the start of the U.S.-China ambassadorial talks?", "U. Alexis Johnson", ["U.S. Ambassador to Czechoslovakia U. Alexis Johnson", "Alexis Johnson"], "who"),
('1953-1960-china-talks', "For Americans detained in China", "Which embassy acted for Chinese people in America who wanted to go home?", "the Indian Embassy", ["Indian Embassy"], "which"),
('1953-1960-dien-bien-phu', "First, the French and the Viet Minh agreed", "At what line of latitude was Vietnam split in 1954?", "the 17th parallel", ["17th parallel"], "where"),
('1953-1960-dien-bien-phu', "Diem had also collaborated", "What about Diem made him attractive to the West?", "his Catholicism", [], "what"),
('1953-1960-east-german-uprising', "The so called", "What food was in the Eisenhower packages?", "lard, peas, flour, and pasteurized milk", [], "what"),
('1953-1960-east-german-uprising', "The Soviet occupation forces declared martial law", "How did Soviet troops deal with the East German rioters in 1953?", "declared martial law and used massive military force to suppress the rioting", [], "how"),
('1953-1960-eisenhower-doctrine', "Lebanon’s President, Camille Chamoun", "Which Lebanese leader asked Washington for help against his rivals in 1958?", "Camille Chamoun", ["Lebanon’s President, Camille Chamoun", "Chamoun"], "who"),
('1953-1960-eisenhower-doctrine', "The Eisenhower Administration’s decision to issue", "What prompted Eisenhower to announce his Middle East doctrine?", "an increase in Arab hostility toward the West, and growing Soviet influence in Egypt and Syria following the Suez Crisis of 1956", ["an increase in Arab hostility toward the West"], "why"),
('1953-1960-khrushchev-20th-congress', "Because it reconsidered Stalin", "What nickname did Khrushchev's attack on Stalin's memory earn?", "Stalin’s Second Funeral", [], "what"),
('1953-1960-khrushchev-20th-congress', "U.S. CIA chief, Allen Dulles, struck", "What did the CIA director suspect about Kruschev when he read the speech?", "if Khrushchev had been drunk and speaking extemporaneously", ["had been drunk"], "what"),
('1953-1960-seato', "Headquartered in Bangkok, Thailand", "where was seato based", "Bangkok, Thailand", ["Bangkok"], "where"),
('1953-1960-seato', "Pakistan formally left SEATO in 1973", "Why did Pakistan quit SEATO?", "because the organization had failed to provide it with assistance in its ongoing conflict against India", ["the organization had failed to provide it with assistance in its ongoing conflict against India"], "why"),
('1953-1960-sputnik', "At 184 pounds", "Sputnik's weight?", "184 pounds", ["184"], "how much"),
('1953-1960-suez', "On September 9, U.S. Secretary of State", "Who came up with the idea of a Suez Canal Users' Association?", "John Foster Dulles", ["U.S. Secretary of State John Foster Dulles", "Dulles"], "who"),
('1953-1960-taiwan-strait-crises', "Jinmen (Quemoy)", "What is the other name for Jinmen?", "Quemoy", [], "what"),
('1953-1960-taiwan-strait-crises', "In January 1955, the U.S. Congress passed", "What measure gave Eisenhower full power to protect Taiwan and the offshore islands?", "Formosa Resolution", ["the “Formosa Resolution"], "what"),
('1953-1960-u2-incident', "The U-2 was a special high-altitude plane", "How high could the U-2 fly?", "70,000 feet", ["a ceiling of 70,000 feet"], "how much"),
('1953-1960-u2-incident', "In February, 1962, however, he and a detained", "Which Soviet agent was Francis Gary Powers swaped for?", "Rudolf Abel", ["a captured Soviet spy, Rudolf Abel", "Abel"], "who"),
('1953-1960-warsaw-treaty', "The Warsaw Treaty Organization (also known", "When was the Warsaw Pact founded?", "May 14, 1955", ["1955"], "when"),
('1961-1968-alliance-for-progress', "The United States pledged $20 billion", "How much money did Washington promise Latin America under the Alliance for Progress?", "$20 billion", ["$20 billion in assistance"], "how much"),
('1961-1968-alliance-for-progress', "Although derided as", "What mocking name did critics give the Peace Corps at first?", "Kennedy’s Kiddie Corps", [], "what"),
('1961-1968-arab-israeli-war-1967', "Knowing that Israel would reject", "Who wrote the draft that became Resolution 242?", "Arthur Goldberg", ["UN Ambassador Arthur Goldberg", "Goldberg"], "who"),
('1961-1968-arab-israeli-war-1967', "“Israel,” Johnson told", "What did LBJ tell Abba Eban on May 26, 1967?", "will not be alone unless it decides to go it alone", [], "what"),
('1961-1968-bay-of-pigs', "Launched from Guatemala", "From which country did the Bay of Pigs force set out?", "Guatemala", [], "where"),
('1961-1968-bay-of-pigs', "Orchestrated by the CIA and Department of Defense", "Who was in charge of running Operation Mongoose?", "Edward Lansdale", ["Lansdale"], "who"),
('1961-1968-congo-decolonization', "In an attempt to avoid civil war, Colonel Joseph Mobutu", "Who seized power in the Congo in September 1960?", "Colonel Joseph Mobutu", ["Joseph Mobutu", "Mobutu"], "who"),
('1961-1968-congo-decolonization', "Despite periodic uprisings and unrest", "What did the Congo change its name to in 1971?", "Zaire", [], "what"),
('1961-1968-cuban-missile-crisis', "ABC News correspondent John Scali", "Which TV reporter passed a Soviet offer to the White House during the crisis?", "John Scali", ["ABC News correspondent John Scali", "Scali"], "who"),
('1961-1968-cuban-missile-crisis', "In an effort to prevent this from happening again", "What was the direct White House-Kremlin phone line called?", "Hotline", ["the “Hotline"], "what"),
('1961-1968-gulf-of-tonkin', "The U.S. Navy stationed two destroyers", "Name the two American warships involved in the Tonkin incident.", "the Maddox and the Turner Joy", ["Maddox and the Turner Joy"], "which"),
('1961-1968-gulf-of-tonkin', "The Senate passed the Gulf of Tonkin Resolution", "How many senators voted no on the Tonkin Gulf Resolution?", "two", ["only two", "only two opposing votes"], "how many"),
('1961-1968-india-pakistan-war', "Negotiations in Tashkent", "Where did India and Pakistan settle the 1965 war?", "Tashkent", [], "where"),
('1961-1968-india-pakistan-war', "The U.S. Government looked to Pakistan", "What was the Baghdad Pact later called?", "the Central Treaty Organization", ["Central Treaty Organization", "CENTO"], "what"),
('1961-1968-laos-crisis', "But this surpassingly weak state", "What metaphor did Eisenhower use for Laos when briefing Kennedy?", "cork in the bottle", ["the “cork in the bottle"], "what"),
('1961-1968-laos-crisis', "His half-brother, Souphanouverong", "Which relative of Souvanna Phouma headed the Pathet Lao?", "His half-brother, Souphanouverong", ["Souphanouverong"], "who"),
('1961-1968-limited-ban', "The Limited Test Ban Treaty was signed", "In which places did the 1963 treaty outlaw nuclear explosions?", "in the atmosphere, in space, or underwater", [], "where"),
('1961-1968-limited-ban', "However, the Soviets were hesitant", "Why did Moscow resist on-site checks of its nuclear sites?", "interpreting U.S. insistence on these inspections as a ruse to facilitate U.S. efforts to spy on Soviet advancements", ["a ruse to facilitate U.S. efforts to spy on Soviet advancements"], "why"),
('1961-1968-npt', "A ban on the distribution of nuclear technology was first proposed", "Which country first suggested at the UN that nuclear know-how should not be spread?", "Ireland", [], "which"),
('1961-1968-npt', "Still, it had one major drawback", "Which two countries with the bomb stayed out of the NPT?", "France and the People’s Republic of China", [], "which"),
('1961-1968-soviet-invasion-czechoslavkia', "In early 1968, conservative leader Antonin Novotny", "who took over from novotny in prague", "Alexander Dubcek", ["Dubcek"], "who"),
('1961-1968-soviet-invasion-czechoslavkia', "After the invasion, the Soviet leadership justified", "What do we call Moscow's claim that it could step in wherever communist rule was in danger?", "the Brezhnev Doctrine", ["Brezhnev Doctrine"], "what"),
]

U = [  # unanswerable near misses (see README for the searches)
"What was the name of the dog the Soviets sent into orbit in 1957?",
"How many people were killed trying to get over the Berlin Wall?",
"Who was the pilot of the U-2 shot down over Cuba on October 27, 1962?",
"What code name did the Soviets give to the operation of shipping missiles to Cuba?",
"Which Israeli prime minister led the country during the Six-Day War?",
"Who was the first director of the Peace Corps?",
"How high above the Earth did Sputnik 1 orbit?",
"Which British judge presided over the Nuremberg trial?",
"What was the official title of Khrushchev's secret speech?",
"How many tons of cargo were flown into Berlin during the airlift?",
"How many Cuban exiles were taken prisoner at the Bay of Pigs?",
"How many Warsaw Pact soldiers took part in the August 1968 invasion of Czechoslovakia?",
"How many people died in the East German uprising of June 1953?",
"Which Soviet general commanded the troops that invaded Czechoslovakia?",
"What did Stalin reply when Truman told him about the new bomb at Potsdam?",
"Which company built the U-2 spy plane?",
"How many Marines did Eisenhower land in Lebanon in 1958?",
"How many medium-range missiles did the Soviets manage to get into Cuba?",
"What ship carried Roosevelt across the Atlantic on his way to Yalta?",
"Who was the first Secretary General of NATO?",
]

if __name__ == '__main__':
    rows = []
    for doc, start, q, ans, alts, kind in A:
        cit = sentence(doc, start)
        rows.append(dict(question=q, answer=ans, alternatives=alts, document=doc, citation=cit, kind=kind))
    for q in U:
        rows.append(dict(question=q, answer=None, alternatives=[], document=None, citation=None, kind='unanswerable'))
    random.Random(3334).shuffle(rows)
    with open('/work/heldout/r33/ask34/ask_v34.jsonl', 'w') as f:
        for i, r in enumerate(rows, 1):
            r = dict(id='q%03d' % i, **r)
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print(len(A), len(U), len(rows))
