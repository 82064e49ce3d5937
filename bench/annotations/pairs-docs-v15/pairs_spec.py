"""Hand-written spec for pairs_v15 (held-out r19). Side = (doc, exact text span)."""
PANELS = ["panel-pacific-empire", "panel-eastern-bloc-revolts", "panel-satellites-and-spyplanes"]
A, B, C = PANELS
PAIRS = []

def P(kind, a, b, verdict, note, label=None):
    PAIRS.append({"kind": kind, "a": a, "b": b, "verdict": verdict, "note": note, "label": label})

TYPES = {
 "A1": "wrong interval", "A2": "wrong number", "A3": "wrong month", "A4": "wrong year", "A5": "wrong person (president)",
 "A6": "wrong year", "A7": "wrong number", "A8": "wrong place", "A9": "wrong party (who asked for mediation)",
 "A10": "wrong outcome (which half of Sakhalin)", "A11": "wrong number", "A12": "wrong year",
 "A-P1": "precision: year vs month", "A-P2": "precision: decade vs year", "A-P3": "precision: years vs parts of years",
 "B1": "wrong number", "B2": "wrong month", "B3": "wrong number", "B4": "wrong day", "B5": "wrong number",
 "B6": "wrong country", "B7": "wrong month", "B8": "wrong outcome", "B9": "wrong person (president)",
 "B10": "wrong year", "B11": "wrong actor (who declared martial law)",
 "B-P1": "precision: year vs month", "B-P2": "precision: season vs month", "B-P3": "precision: hedged number",
 "B-P4": "precision: part of month vs day",
 "C1": "wrong number", "C2": "wrong number", "C3": "wrong month", "C4": "wrong year", "C5": "wrong number",
 "C6": "wrong place (country)", "C7": "wrong outcome (what shot the plane down)", "C8": "wrong day",
 "C9": "wrong number", "C10": "wrong party (which delegation left)", "C11": "wrong agency", "C12": "wrong year",
 "C-P1": "precision: rounded number", "C-P2": "precision: part of month vs day", "C-P3": "precision: year vs month",
}

W, PT, JR = "war", "portsmouth-treaty", "japanese-relations"
EG, CZ = "east-german-uprising", "soviet-invasion-czechoslavkia"
SP, U2 = "sputnik", "u2-incident"

# ---------------- Panel A: Philippines, Portsmouth, Japan ----------------
P("event", (A, "it handed its old colony of the Philippines to the United States under the Treaty of Paris"),
  (W, "Spain ceded its longstanding colony of the Philippines to the United States in the Treaty of Paris"),
  "agree", "Spain ceded the Philippines to the United States in the Treaty of Paris.")
P("date", (A, "erupted on February 4, 1899"), (W, "On February 4, 1899"),
  "agree", "Fighting broke out on February 4, 1899.")
P("date", (A, "three days before the United States Senate ratified that treaty"),
  (W, "just two days before the U.S. Senate ratified the treaty"),
  "differ", "Interval between the outbreak and Senate ratification: panel three days vs source two days.", "A1")
P("event", (A, "The Filipinos wanted independence, not a new set of colonial masters"),
  (W, "who sought independence rather than a change in colonial rulers"),
  "agree", "The nationalists sought independence rather than new colonial rulers.")
P("date", (A, "The war that followed lasted three years"), (W, "The ensuing Philippine-American War lasted three years"),
  "agree", "The war lasted three years.")
P("quantity", (A, "More than 4,500 American soldiers died in it"), (W, "the death of over 4,200 American"),
  "differ", "American combat deaths: panel more than 4,500 vs source over 4,200.", "A2")
P("quantity", (A, "along with over 20,000 Filipino fighters"), (W, "over 20,000 Filipino combatants"),
  "agree", "Over 20,000 Filipino combatants died.")
P("quantity", (A, "as many as 200,000 Filipino civilians perished from violence, famine and disease"),
  (W, "As many as 200,000 Filipino civilians died from violence, famine, and disease"),
  "agree", "Up to 200,000 Filipino civilians died.")
P("event", (A, "Aguinaldo's revolutionaries took most of the main island of Luzon and proclaimed an independent Philippine Republic"),
  (W, "Filipino revolutionaries under Aguinaldo seized control of most of the Philippines’ main island of Luzon and proclaimed the establishment of the independent Philippine Republic"),
  "agree", "Aguinaldo's forces took most of Luzon and proclaimed the Philippine Republic.")
P("quote", (A, "Americans preferred to call the conflict an \"insurrection\""),
  (W, "Americans tended to refer to the ensuing conflict as an “insurrection”"),
  "agree", "Americans called the war an \"insurrection\".")
P("date", (A, "running from February to December of 1899"), (W, "from February to November of 1899"),
  "differ", "End of the first (conventional) phase: panel December 1899 vs source November 1899.", "A3")
P("date", (A, "past Aguinaldo's capture in 1900"), (W, "the capture of Aguinaldo in 1901"),
  "differ", "Year Aguinaldo was captured: panel 1900 vs source 1901.", "A4")
P("event", (A, "President William McKinley proclaimed a general amnesty"), (W, "President Theodore Roosevelt proclaimed a general amnesty"),
  "differ", "Who proclaimed the amnesty ending the war: panel McKinley vs source Theodore Roosevelt.", "A5")
P("date", (A, "On July 4, 1902"), (W, "declared the conflict over on July 4, 1902"),
  "agree", "The war was declared over on July 4, 1902 (the pair is about the date only).")
P("date", (A, "the colonial government set up in 1900 under William Howard Taft"),
  (W, "the colonial government that the United States established in the Philippines in 1900 under future President William Howard Taft"),
  "agree", "Colonial government under Taft established in 1900.")
P("quote", (A, "pursued a \"policy of attraction\""), (W, "a pacification campaign that became known as the “policy of attraction.”"),
  "agree", "The campaign was called the \"policy of attraction\".")
P("date", (A, "The Philippines elected its first assembly in 1909"), (W, "In 1907, the Philippines convened its first elected assembly"),
  "differ", "First elected assembly: panel 1909 vs source 1907.", "A6")
P("date", (A, "the Jones Act of 1916 promised eventual independence"), (W, "in 1916, the Jones Act promised the nation eventual independence"),
  "agree", "The Jones Act of 1916 promised eventual independence.")
P("date", (A, "The islands became an autonomous commonwealth in 1935"), (W, "The archipelago became an autonomous commonwealth in 1935"),
  "agree", "Commonwealth status in 1935.")
P("date", (A, "gained full independence in 1946"), (W, "the U.S. granted independence in 1946"),
  "agree", "Philippine independence in 1946.")
P("event", (A, "After the Triple Intervention of Russia, Germany and France forced Japan to give up its claims in South Manchuria and the Liaodong Peninsula"),
  (PT, "along with Germany and France, was a part of the “Triple Intervention” that forced Japan to give up its demands for ports in South Manchuria and the Liaodong Peninsula"),
  "agree", "Russia, Germany and France forced Japan out of South Manchuria and the Liaodong Peninsula.")
P("event", (A, "In 1904 Japan struck the Russian fleet at Port Arthur before the formal declaration of war had been received in Moscow"),
  (PT, "In 1904, the Japanese attacked the Russian fleet at Port Arthur before the formal declaration of war was received in Moscow"),
  "agree", "Japan's 1904 surprise attack at Port Arthur.")
P("quantity", (A, "at Mukden the Russians lost 70,000 soldiers"), (PT, "At the battle over Mukden, the Russians lost 60,000 soldiers"),
  "differ", "Russian losses at Mukden: panel 70,000 vs source 60,000.", "A7")
P("quantity", (A, "the Japanese 41,000"), (PT, "the Japanese lost 41,000 soldiers"),
  "agree", "Japanese losses at Mukden: 41,000.")
P("quantity", (A, "the Japanese 41,000"), (PT, "the Russians lost 60,000 soldiers"),
  "not-same", "Mukden losses of different armies (Japanese 41,000 vs Russian 60,000).")
P("event", (A, "A Russian fleet steamed all the way from the Black Sea around Africa and India"),
  (PT, "A Russian fleet made the long trip from the Baltic Sea around Africa and India"),
  "differ", "Where the Russian fleet sailed from: panel Black Sea vs source Baltic Sea.", "A8")
P("event", (A, "It was the Russians who asked President Theodore Roosevelt to arrange a peace"),
  (PT, "The Japanese asked U.S. President Roosevelt to negotiate a peace agreement"),
  "differ", "Who asked Roosevelt to mediate: panel the Russians vs source the Japanese.", "A9")
P("event", (A, "the delegates gathered in August at Portsmouth, New Hampshire"),
  (PT, "The negotiations took place in August in Portsmouth, New Hampshire"),
  "agree", "Negotiations in August at Portsmouth, New Hampshire.")
P("quote", (A, "Roosevelt suggested that Russia \"buy back\" the northern part of the island"),
  (PT, "Roosevelt stepped in with the proposal that Russia “buy back” the northern part of Sakhalin from Japanese control"),
  "agree", "Roosevelt proposed that Russia \"buy back\" northern Sakhalin.")
P("event", (A, "In the end Japan accepted the northern half of Sakhalin without any payment"),
  (PT, "Japan eventually agreed to take only the southern half of the island, without any kind of payment"),
  "differ", "Which half of Sakhalin Japan took: panel northern vs source southern.", "A10")
P("date", (A, "The treaty was signed in 1905"), (PT, "The final agreement was signed in September of 1905"),
  "more-precise", "Signing of the Treaty of Portsmouth: panel 1905, source (b) more precise: September 1905.", "A-P1")
P("event", (A, "Roosevelt won the Nobel Peace Prize for his part in the talks"),
  (PT, "he won the Nobel Peace Prize for his efforts in moderating the talks"),
  "agree", "Roosevelt won the Nobel Peace Prize for mediating.")
P("event", (A, "Roosevelt won the Nobel Peace Prize for his part in the talks"),
  ("kellogg", "Frank Kellogg earned the Nobel Peace Prize in 1929"),
  "not-same", "Nobel Peace Prizes of different laureates (Roosevelt for Portsmouth vs Kellogg for the Peace Pact).")
P("date", (A, "the Meiji Restoration in the 1860s"), (PT, "the Meiji Restoration in 1868"),
  "more-precise", "Meiji Restoration: panel the 1860s, source (b) more precise: 1868.", "A-P2")
P("event", (A, "the colonial government set up in 1900 under William Howard Taft"),
  (JR, "U.S. Secretary of War William Howard Taft met with Prime Minister Katsura Taro in Japan"),
  "not-same", "Taft in different roles: head of the Philippine colonial government (1900) vs Secretary of War meeting Katsura (1905).")
P("date", (A, "condoned the Anglo-Japanese alliance of 1902"), (JR, "condoned the Anglo-Japanese alliance of 1902"),
  "agree", "Anglo-Japanese alliance of 1902.")
P("date", (A, "In 1906 the San Francisco Board of Education ordered Japanese and Chinese children into segregated schools"),
  (JR, "In 1906, however, the San Francisco Board of Education enacted a measure to send Japanese and Chinese children to segregated schools"),
  "agree", "San Francisco school segregation order of 1906.")
P("date", (A, "this broke a treaty signed in 1894"), (JR, "A U.S.-Japanese treaty signed in 1894"),
  "agree", "The US-Japanese treaty of 1894.")
P("date", (A, "this broke a treaty signed in 1894"), (PT, "the Sino-Japanese War of 1894–95"),
  "not-same", "Different 1894 events: US-Japanese immigration treaty vs the Sino-Japanese War.")
P("date", (A, "Notes exchanged in 1907 and 1908"), (JR, "In a series of notes exchanged between late 1907 and early 1908"),
  "more-precise", "Gentlemen's Agreement notes: panel 1907 and 1908, source (b) more precise: late 1907 to early 1908.", "A-P3")
P("date", (A, "In 1908 Secretary of State Elihu Root and Ambassador Takahira Kogoro reached an agreement"),
  (JR, "In 1908, U.S Secretary of State Elihu Root and Japanese Ambassador Takahira Kogoro formed an agreement"),
  "agree", "Root-Takahira Agreement of 1908.")
P("date", (A, "In 1908 Secretary of State Elihu Root and Ambassador Takahira Kogoro reached an agreement"),
  (JR, "known collectively as the Gentlemen’s Agreement"),
  "not-same", "Two US-Japanese agreements of 1908: Root-Takahira vs the Gentlemen's Agreement.")
P("quantity", (A, "owning land or leasing it for longer than five years"), (JR, "barred Japanese from owning or leasing land for longer than three years"),
  "differ", "Alien Land Act lease limit: panel five years vs source three years.", "A11")
P("quote", (A, "In 1915 Japan presented China with its \"Twenty-One Demands\""),
  (JR, "In 1915, the Japanese issued its “Twenty-One Demands” of China"),
  "agree", "Japan's \"Twenty-One Demands\" of 1915.")
P("date", (A, "The Ishii-Lansing Agreement of 1918"), (JR, "In the Ishii-Lansing Agreement of 1917"),
  "differ", "Year of the Ishii-Lansing Agreement: panel 1918 vs source 1917.", "A12")
P("date", (A, "after signing the Nine-Power Treaty at the Washington Conference in 1922"),
  (JR, "the Nine-Power Treaty, which they signed in 1922 at the Washington Conference"),
  "agree", "Nine-Power Treaty signed in 1922 at the Washington Conference.")

# ---------------- Panel B: East Berlin 1953, Prague 1968 ----------------
P("date", (B, "On June 16, 1953, workers in East Berlin took to the streets"), (EG, "On June 16, 1953, workers in East Berlin rose in protest"),
  "agree", "East Berlin workers' protest began June 16, 1953.")
P("quantity", (B, "Within days nearly two million East Germans had joined the protests"),
  (EG, "Within days, nearly a million East Germans joined the protests"),
  "differ", "Number who joined the protests: panel nearly two million vs source nearly a million.", "B1")
P("date", (B, "It ran until October 1953"), (EG, "The program, which continued until October 1953"),
  "agree", "The food programme ran until October 1953.")
P("date", (B, "In 1952 the Western powers signed the General (Bonn) treaty and the European Defense Community treaty"),
  (EG, "In May 1952, Western powers signed the General (Bonn) and European Defense Community (EDC) treaties"),
  "more-precise", "Bonn and EDC treaties: panel 1952, source (b) more precise: May 1952.", "B-P1")
P("date", (B, "Stalin's offer of April 1952"), (EG, "Stalin’s March 1952 offer"),
  "differ", "Month of Stalin's note on a unified neutral Germany: panel April 1952 vs source March 1952.", "B2")
P("quote", (B, "a programme called \"Constructing Socialism\""), (EG, "a process dubbed “Constructing Socialism”"),
  "agree", "The programme was called \"Constructing Socialism\".")
P("date", (B, "severe food shortages in the winter and spring of 1953"), (EG, "Collectivization produced severe food shortages, which began in the winter and spring of 1953"),
  "agree", "Food shortages from winter and spring 1953.")
P("date", (B, "Soviet authorities in April 1953 made Ulbricht slow down"), (EG, "In April 1953, after the death of Stalin, Soviet authorities sought to rein in Ulbricht’s regime"),
  "agree", "Moscow reined in Ulbricht in April 1953.")
P("quote", (B, "launch a milder \"New Course\""), (EG, "a new campaign called the “New Course.”"),
  "agree", "The new line was called the \"New Course\".")
P("quantity", (B, "On June 16 a few thousand workers called for a general strike"), (EG, "On June 16, a few hundred workers called for a general strike"),
  "differ", "Workers calling the strike: panel a few thousand vs source a few hundred.", "B3")
P("date", (B, "The next day demonstrations and rioting broke out throughout East Germany"), (EG, "The next day, demonstrations and rioting broke out throughout East Germany"),
  "agree", "Country-wide rioting the next day (June 17).")
P("event", (B, "The East German police declared martial law"), (EG, "The Soviet occupation forces declared martial law"),
  "differ", "Who declared martial law: panel the East German police vs source the Soviet occupation forces.", "B11")
P("date", (B, "A relief programme was officially announced on July 10"), (EG, "which was officially announced on July 10"),
  "agree", "Food programme announced July 10.")
P("date", (B, "and began on July 17"), (EG, "and commenced on July 27"),
  "differ", "Start of the food programme: panel July 17 vs source July 27.", "B4")
P("date", (B, "A relief programme was officially announced on July 10"), (EG, "and commenced on July 27"),
  "not-same", "Two dates of one programme: announcement (July 10) vs start (July 27).")
P("quantity", (B, "some $15 million worth of food"), (EG, "$15 million worth of food"),
  "more-precise", "Value of food pledged: panel some $15 million, source (b) more precise: $15 million.", "B-P3")
P("quantity", (B, "from 45 distribution centres in West Berlin"), (EG, "from 35 distribution centers established in West Berlin"),
  "differ", "Number of distribution centres: panel 45 vs source 35.", "B5")
P("quantity", (B, "More than 5 million \"Eisenhower packages\""), (EG, "The United States distributed over 5 million packages"),
  "agree", "Over 5 million packages distributed.")
P("quantity", (B, "More than 5 million \"Eisenhower packages\""), (EG, "$15 million worth of food"),
  "not-same", "Different figures of one programme: number of packages (5 million) vs dollar value ($15 million).")
P("event", (B, "The East German government cut rail and bus traffic to West Berlin in response"),
  (EG, "the East German Government cut off rail and bus traffic to West Berlin"),
  "agree", "East Germany cut rail and bus traffic to West Berlin.")
P("date", (B, "The aid campaign ended in early October"), (EG, "The campaign ended in early October"),
  "agree", "The aid campaign ended in early October (1953).")
P("date", (B, "In 1938 Britain and France accepted the German takeover of the Sudetenland in the Munich Agreement"),
  (CZ, "In 1938, the leadership in Great Britain and France conceded the German right to takeover the Sudetenland in the Munich Agreement"),
  "agree", "Munich Agreement of 1938.")
P("date", (B, "In 1948 a Soviet takeover and a new communist government in Prague ended Czech hopes of joining the Marshall Plan"),
  (CZ, "In 1948, Czech attempts to join the U.S.-sponsored Marshall Plan to aid postwar rebuilding were thwarted by Soviet takeover"),
  "agree", "1948 Soviet takeover thwarted Czech participation in the Marshall Plan.")
P("date", (B, "For twenty years afterwards the country stayed a stable state within the Soviet sphere"),
  (CZ, "For the next twenty years, Czechoslovakia remained a stable state within the Soviet sphere of influence"),
  "agree", "Twenty stable years in the Soviet sphere.")
P("event", (B, "In early 1968 the conservative Antonin Novotny was ousted as head of the Communist Party of Czechoslovakia and replaced by Alexander Dubcek"),
  (CZ, "In early 1968, conservative leader Antonin Novotny was ousted as the head of the Communist Party of Czechoslovakia, and he was replaced by Alexander Dubcek"),
  "agree", "Novotny replaced by Dubcek in early 1968.")
P("event", (B, "In early 1968 the conservative Antonin Novotny was ousted as head of the Communist Party of Czechoslovakia"),
  (CZ, "in April of 1969, the Soviets forced Dubcek from power"),
  "not-same", "Two removals of Czechoslovak party leaders: Novotny (early 1968) vs Dubcek (April 1969).")
P("date", (B, "In the spring of 1968 the government published a formal plan for further reforms"),
  (CZ, "In April, the Czech Government issued a formal plan for further reforms"),
  "more-precise", "Reform plan (Action Programme): panel spring 1968, source (b) more precise: April (1968).", "B-P2")
P("date", (B, "Soviet leaders remembered the 1956 uprising in Hungary"), (CZ, "Recalling the 1956 uprising in Hungary"),
  "agree", "Hungarian uprising of 1956.")
P("date", (B, "In late August 1968 the Soviet Union led Warsaw Pact forces into Czechoslovakia"),
  (CZ, "On August 20, 1968, the Soviet Union led Warsaw Pact troops in an invasion of Czechoslovakia"),
  "more-precise", "Invasion date: panel late August 1968, source (b) more precise: August 20, 1968.", "B-P4")
P("event", (B, "smaller contingents from Hungary, Poland, East Germany and Romania"),
  (CZ, "limited numbers of troops from Hungary, Poland, East Germany and Bulgaria"),
  "differ", "Fourth contributing country: panel Romania vs source Bulgaria.", "B6")
P("date", (B, "The invasion of August 20–21 took Czechoslovakia and much of the Western world by surprise"),
  (CZ, "The Warsaw Pact invasion of August 20–21 caught Czechoslovakia and much of the Western world by surprise"),
  "agree", "Invasion of August 20-21 came as a surprise.")
P("event", (B, "Washington, caught up in Vietnam, would condemn the invasion but stay out"),
  (CZ, "the Soviets guessed correctly that the United States would condemn the invasion but refrain from intervening"),
  "agree", "US condemned but did not intervene.")
P("date", (B, "Scattered resistance continued into early 1969"), (CZ, "small-scale resistance continued throughout early 1969"),
  "agree", "Resistance continued into early 1969.")
P("date", (B, "In August of 1969 the Soviets forced Dubcek from power"), (CZ, "in April of 1969, the Soviets forced Dubcek from power"),
  "differ", "Month Dubcek was removed: panel August 1969 vs source April 1969.", "B7")
P("event", (B, "In the end the United Nations Security Council adopted a resolution condemning the invasion"),
  (CZ, "Repeated efforts in the UN Security Council to pass a resolution condemning the attacks met with opposition from the Soviet Union"),
  "differ", "Outcome in the UN Security Council: panel resolution adopted vs source efforts failed against Soviet opposition.", "B8")
P("event", (B, "the invasion forced President Richard Nixon to cancel a summit meeting with Leonid Brezhnev"),
  (CZ, "the invasion forced U.S. President Lyndon B. Johnson to cancel a summit meeting with Soviet leader Leonid Brezhnev"),
  "differ", "President who cancelled the summit: panel Nixon vs source Lyndon B. Johnson.", "B9")
P("event", (B, "the claim that it could intervene in any country where a communist government was threatened"),
  (CZ, "Moscow had the right to intervene in any country where a communist government had been threatened"),
  "agree", "Content of the Brezhnev Doctrine.")
P("date", (B, "the main justification for the Soviet invasion of Afghanistan in 1980"),
  (CZ, "the primary justification for the Soviet invasion of Afghanistan in 1979"),
  "differ", "Year of the Soviet invasion of Afghanistan: panel 1980 vs source 1979.", "B10")
# ---------------- Panel C: Sputnik and the U-2 ----------------
P("date", (C, "On October 4, 1957, the Soviet Union put the earth's first artificial satellite, Sputnik-1, into orbit"),
  (SP, "On October 4, 1957, the Soviet Union launched the earth’s first artificial satellite, Sputnik-1"),
  "agree", "Sputnik-1 launched October 4, 1957.")
P("quantity", (C, "Weighing 194 pounds"), (SP, "At 184 pounds"),
  "differ", "Weight of Sputnik: panel 194 pounds vs source 184 pounds.", "C1")
P("event", (C, "Two more satellites soon followed, one of them carrying a dog into space"),
  (SP, "the launch of two additional satellites, including one that carried a dog into space"),
  "agree", "Two more satellites, one with a dog.")
P("quantity", (C, "Together they circled the earth every 96 minutes"), (SP, "Together, these orbited the earth every 90-minutes"),
  "differ", "Orbital period: panel 96 minutes vs source 90 minutes.", "C2")
P("date", (C, "the Soviet Union went on to test the first intercontinental ballistic missile the following year"),
  (SP, "the Soviet Union also tested the first intercontinental ballistic missile that year"),
  "differ", "When the USSR tested the first ICBM: panel the following year (1958) vs source that year (1957).", "C12")
P("event", (C, "Nazi Germany had come close to building the first intercontinental ballistic missile by the end of the Second World War"),
  (SP, "Nazi Germany had been close to developing the world’s first intercontinental ballistic missile (ICBM) near the end of the Second World War"),
  "agree", "Nazi Germany nearly built the first ICBM.")
P("date", (C, "which had called for satellites to be launched during late 1957 or 1958"),
  (SP, "which had called for the launch of satellite technology during late 1957 or 1958"),
  "agree", "ICSU goal: satellites in late 1957 or 1958.")
P("date", (C, "In November 1957 the first American satellite, Vanguard, exploded on the launch pad"),
  (SP, "in December of 1957 when its first artificial satellite, named Vanguard, exploded on the launch pad"),
  "differ", "Vanguard explosion: panel November 1957 vs source December 1957.", "C3")
P("date", (C, "on January 31, 1958, the United States launched its first satellite, Explorer"),
  (SP, "on January 31, 1958, the United States succeeded in launching its first satellite, the Explorer"),
  "agree", "Explorer launched January 31, 1958.")
P("date", (C, "on January 31, 1958, the United States launched its first satellite, Explorer"),
  (SP, "On October 4, 1957, the Soviet Union launched the earth’s first artificial satellite"),
  "not-same", "First satellites of different countries: American Explorer (January 31, 1958) vs Soviet Sputnik (October 4, 1957).")
P("event", (C, "Explorer was lighter than Sputnik, but it went deeper into space"),
  (SP, "The Explorer was still slighter than Sputnik, but its launch sent it deeper into space"),
  "agree", "Explorer lighter than Sputnik but went deeper into space.")
P("event", (C, "Premier Nikita Khrushchev boasted of Soviet technological superiority and of growing stockpiles of missiles"),
  (SP, "Soviet Premier Nikita Khrushchev boasted about Soviet technological superiority and growing stockpiles of ICBMs"),
  "agree", "Khrushchev boasted of superiority and missile stockpiles.")
P("quote", (C, "Fear of a \"missile gap\" helped John F. Kennedy defeat Vice President Richard Nixon in the 1960 presidential election"),
  (SP, "the fear of a “missile gap” developing between U.S. and Soviet nuclear arsenals in the 1960 presidential election"),
  "agree", "\"Missile gap\" fear exploited in the 1960 election won by Kennedy.")
P("date", (C, "At a conference in Geneva in 1956"), (U2, "At a conference in Geneva in 1955"),
  "differ", "Year of the Geneva conference where Eisenhower proposed open skies: panel 1956 vs source 1955.", "C4")
P("quote", (C, "Eisenhower proposed an \"open skies\" plan"), (U2, "U.S. President Dwight Eisenhower proposed an “open skies” plan"),
  "agree", "Eisenhower proposed an \"open skies\" plan.")
P("event", (C, "Khrushchev turned it down, in keeping with the Soviet refusal of international inspections of any kind"),
  (U2, "Soviet leader Nikita Khrushchev refused the proposal, continuing the established Soviet policy of rejecting international inspections in any form"),
  "agree", "Khrushchev refused, as the USSR rejected inspections.")
P("quantity", (C, "a special high-altitude plane with a ceiling of 80,000 feet"), (U2, "a special high-altitude plane that flew at a ceiling of 70,000 feet"),
  "differ", "U-2 ceiling: panel 80,000 feet vs source 70,000 feet.", "C5")
P("event", (C, "Operated by the United States Air Force"), (U2, "Operated through the U.S. Central Intelligence Agency (CIA)"),
  "differ", "Agency operating the U-2: panel the Air Force vs source the CIA.", "C11")
P("date", (C, "the U-2 made its first flight over Moscow and Leningrad on July 4, 1956"),
  (U2, "the first flight over Moscow and Leningrad (St. Petersburg) took place on July 4, 1956"),
  "agree", "First U-2 overflight of Moscow and Leningrad on July 4, 1956.")
P("date", (C, "the U-2 made its first flight over Moscow and Leningrad on July 4, 1956"),
  (W, "declared the conflict over on July 4, 1902"),
  "not-same", "Different July 4 events: first U-2 overflight (1956) vs end of the Philippine-American War (1902).")
P("date", (C, "an American plane was lost over the Soviet Union in 1959"), (U2, "the United States lost a plane over the Soviet Union in 1959"),
  "agree", "A US plane was lost over the USSR in 1959.")
P("date", (C, "On May 1, 1960, during the May Day holiday and on the eve of the Paris Summit"),
  (U2, "On May 1, 1960, the situation changed"),
  "agree", "The Powers flight took place on May 1, 1960.")
P("event", (C, "took off from a base in Turkey, bound for Norway"), (U2, "took off from a base in Pakistan bound for another base in Norway"),
  "differ", "Where Powers took off from: panel Turkey vs source Pakistan.", "C6")
P("quantity", (C, "His route crossed nearly 3,000 miles of Soviet airspace"), (U2, "transgressing 2,900 miles of Soviet airspace"),
  "more-precise", "Length of the route over Soviet airspace: panel nearly 3,000 miles, source (b) more precise: 2,900 miles.", "C-P1")
P("event", (C, "a Soviet fighter shot his plane down"), (U2, "Powers' plane was shot down by a Soviet surface-to-air missile"),
  "differ", "What shot the U-2 down: panel a Soviet fighter vs source a surface-to-air missile.", "C7")
P("event", (C, "Near Sverdlovsk in the Ural Mountains"), (U2, "Near the city of Sverdlovsk Oblast in the Ural Mountains"),
  "agree", "Shot down near Sverdlovsk in the Urals.")
P("event", (C, "Powers parachuted safely to the ground and was captured by the KGB"),
  (U2, "Powers ejected and parachuted safely to the ground, where he was captured by the KGB"),
  "agree", "Powers parachuted and was captured by the KGB.")
P("event", (C, "American officials claimed that a weather plane had drifted over Soviet territory after an oxygen failure made its pilot black out"),
  (U2, "U.S. officials claimed that the U-2 had been conducting a routine weather flight"),
  "agree", "Weather-flight cover story.")
P("date", (C, "On May 5 Khrushchev revealed that Powers was alive and unhurt"), (U2, "On May 7, however, Khrushchev revealed that Powers was alive and uninjured"),
  "differ", "Day Khrushchev revealed Powers was alive: panel May 5 vs source May 7.", "C8")
P("date", (C, "In mid-May 1960 Eisenhower acknowledged that he had known of the whole programme"),
  (U2, "On May 11, Eisenhower finally acknowledged his full awareness of the entire program"),
  "more-precise", "Eisenhower's admission: panel mid-May 1960, source (b) more precise: May 11.", "C-P2")
P("event", (C, "Khrushchev demanded an apology and a promise to stop the flights before any talks on Germany"),
  (U2, "he demanded that Eisenhower apologize for the past flights and promise to discontinue them as a precondition for entering into the planned negotiations on Germany"),
  "agree", "Khrushchev demanded an apology and an end to flights as a precondition.")
P("event", (C, "the American delegation left Paris just as the summit was about to begin"),
  (U2, "Eisenhower’s refusal led the Soviet delegation to leave Paris just as the summit was about to begin"),
  "differ", "Which delegation left Paris: panel the American vs source the Soviet.", "C10")
P("quantity", (C, "sentenced to three years in prison"), (U2, "sentenced to three years in prison"),
  "agree", "Powers sentenced to three years in prison.")
P("quantity", (C, "five more of hard labour"), (U2, "seven more of hard labor"),
  "differ", "Years of hard labour: panel five vs source seven.", "C9")
P("quantity", (C, "sentenced to three years in prison"), (U2, "seven more of hard labor"),
  "not-same", "Two parts of Powers' sentence: three years prison vs seven years hard labour.")
P("date", (C, "In 1962 he and a detained American student were exchanged for a captured Soviet spy, Rudolf Abel"),
  (U2, "In February, 1962, however, he and a detained American student were traded for a captured Soviet spy, Rudolf Abel"),
  "more-precise", "Powers-Abel exchange: panel 1962, source (b) more precise: February 1962.", "C-P3")
P("event", (C, "The U-2 programme itself was soon overtaken by satellite photography"),
  (U2, "it was quickly overtaken by new technology, as satellite images replaced aerial photographs"),
  "agree", "U-2 overtaken by satellite imagery.")
P("date", (C, "John F. Kennedy, elected in November 1960"), (U2, "John F. Kennedy, elected to office in November, 1960"),
  "agree", "Kennedy elected November 1960.")

# ---------------- Essay–essay pairs ----------------
P("event", (W, "Spain ceded its longstanding colony of the Philippines to the United States in the Treaty of Paris"),
  ("spanish-american-war", "to cede sovereignty over Guam, Puerto Rico, and the Philippines to the United States"),
  "agree", "After 1898 Spain ceded the Philippines to the United States.")
P("date", (W, "the colonial government that the United States established in the Philippines in 1900"),
  ("pacific-expansion", "The United States established full colonial rule over the Philippines in 1900"),
  "agree", "US colonial government in the Philippines established in 1900.")
P("date", (W, "the U.S. granted independence in 1946"), ("asia-and-africa", "The United States granted independence to the Philippines in 1946"),
  "agree", "Philippine independence in 1946.")
P("event", (PT, "The Japanese asked U.S. President Roosevelt to negotiate a peace agreement"),
  (JR, "U.S. President Theodore Roosevelt acted as a mediator at Japan’s request"),
  "agree", "Roosevelt mediated at Japan's request.")
P("event", (PT, "representatives of the two nations met in Portsmouth, New Hampshire in 1905"),
  (JR, "the two sides of the conflict met on neutral territory in Portsmouth, New Hampshire"),
  "agree", "Russian and Japanese delegates met at Portsmouth, New Hampshire.")
P("date", (JR, "condoned the Anglo-Japanese alliance of 1902"), ("naval-conference", "This treaty replaced the Anglo-Japanese Treaty of 1902"),
  "agree", "The Anglo-Japanese alliance/treaty dates from 1902.")
P("event", (PT, "ceded the southern half of the island of Sakhalin to Japan"),
  ("tehran-conf", "Roosevelt conceded to Stalin’s demands for the Kurile Islands and the southern half of Sakhalin"),
  "not-same", "Southern Sakhalin changing hands in different settlements: to Japan in 1905 vs promised to the USSR at Tehran in 1943.")
P("event", (PT, "he won the Nobel Peace Prize for his efforts in moderating the talks"),
  ("dawes", "In 1925, Dawes was a co-recipient of the Nobel Peace Prize"),
  "not-same", "Nobel Peace Prizes of different laureates (Theodore Roosevelt vs Charles Dawes).")
P("event", (W, "under future President William Howard Taft"), (JR, "U.S. Secretary of War William Howard Taft met with Prime Minister Katsura Taro in Japan"),
  "not-same", "Taft in different roles: head of the Philippine colonial government vs Secretary of War negotiating with Katsura.")
P("date", (CZ, "On August 20, 1968, the Soviet Union led Warsaw Pact troops in an invasion of Czechoslovakia"),
  ("fall-of-communism", "and again in Czechoslovakia in 1968"),
  "more-precise", "Soviet armed intervention in Czechoslovakia: a more precise (August 20, 1968) than b (1968).")
P("date", (EG, "On June 16, 1953, workers in East Berlin rose in protest"),
  ("fall-of-communism", "on June 16, ceremoniously re-interred Imre Nagy"),
  "not-same", "Different June 16 events: East Berlin rising (1953) vs reburial of Imre Nagy (1989).")
P("date", (CZ, "Recalling the 1956 uprising in Hungary"), ("khrushchev-20th-congress", "Protests broke out in Poland and Hungary in the summer and autumn of 1956"),
  "more-precise", "Hungarian unrest of 1956: b more precise (summer and autumn of 1956) than a (1956).")
P("date", (CZ, "Recalling the 1956 uprising in Hungary"), ("warsaw-treaty", "in Hungary in 1956"),
  "agree", "Soviet intervention against Hungarian dissent in 1956.")
P("date", (CZ, "the primary justification for the Soviet invasion of Afghanistan in 1979"),
  ("soviet-invasion-afghanistan", "At the end of December 1979, the Soviet Union sent thousands of troops into Afghanistan"),
  "more-precise", "Soviet invasion of Afghanistan: b more precise (end of December 1979) than a (1979).")
P("event", (CZ, "what would become known as the Brezhnev Doctrine, which stated that Moscow had the right to intervene"),
  ("soviet-invasion-afghanistan", "the Brezhnev Doctrine, which held that once a country became socialist Moscow would never permit it to return to the capitalist camp"),
  "agree", "Brezhnev Doctrine: Moscow would intervene to keep a socialist country socialist.")
P("date", (SP, "On October 4, 1957, the Soviet Union launched the earth’s first artificial satellite"),
  ("limited-ban", "its launch of the first man-made satellite, Sputnik , in 1957"),
  "more-precise", "Sputnik launch: a more precise (October 4, 1957) than b (1957).")
P("date", (U2, "On May 1, 1960, the pilot of an American U-2 spyplane was shot down"),
  ("limited-ban", "After the Soviet military shot down an American U-2 spy plane over Russia in 1960"),
  "more-precise", "U-2 shootdown: a more precise (May 1, 1960) than b (1960).")
P("date", (SP, "in the 1960 presidential election, which brought John F. Kennedy to power"),
  (U2, "John F. Kennedy, elected to office in November, 1960"),
  "more-precise", "Kennedy's election: b more precise (November 1960) than a (1960).")
P("event", (SP, "Soviet Premier Nikita Khrushchev boasted about Soviet technological superiority and growing stockpiles of ICBMs"),
  (U2, "Khrushchev also claimed that the Soviet Union had developed numerous intercontinental ballistic missiles"),
  "agree", "Khrushchev claimed large numbers of Soviet ICBMs.")
P("quote", (SP, "the fear of a “missile gap”"), ("limited-ban", "creating a “missile gap.”"),
  "agree", "The \"missile gap\" issue exploited in Kennedy's 1960 campaign.")
P("date", (U2, "On May 1, 1960, the pilot of an American U-2 spyplane was shot down"),
  ("spanish-american-war", "The first battle was fought on May 1, in Manila Bay"),
  "not-same", "Different May 1 events: U-2 shootdown (1960) vs Battle of Manila Bay (1898).")
