"""Spec for pairs_v32: one P(...) per pair.

P(kind, (doc, span_a), (doc, span_b), verdict, note, label=None, type=None)
label/type are set for planted panel errors only (A1.., A-P1..).  Side b is never a panel; for
more-precise pairs side b is the more precise side.
"""

PA = 'panel-red-line-and-the-trade-bank'
PB = 'panel-partition-and-the-war-of-1948'
PC = 'panel-containment-from-x-to-nsc-68'
RL = '1921-1936-red-line'
EX = '1921-1936-export-import-bank'
CI = '1945-1952-creation-israel'
AI = '1945-1952-arab-israeli-war'
KE = '1945-1952-kennan'
NS = '1945-1952-nsc68'
GD = '1921-1936-great-depression'
PR = '1921-1936-protectionism'
BW = '1937-1945-bretton-woods'
US = '1921-1936-ussr'
AT = '1945-1952-atomic'
PO = '1937-1945-potsdam-conf'
W67 = '1961-1968-arab-israeli-war-1967'
W73 = '1969-1976-arab-israeli-war-1973'

PANELS = {PA: [RL, EX], PB: [CI, AI], PC: [KE, NS]}

SPEC = []


def P(kind, a, b, verdict, note, label=None, type=None):
    SPEC.append(dict(kind=kind, a=a, b=b, verdict=verdict, note=note, label=label, type=type))


# ---------------- Panel A: Red Line and the Export-Import Bank ----------------
P('date', (PA, 'In 1912 Royal Dutch/Shell'), (RL, 'the initial formation of the Turkish Petroleum Company (TPC) in 1912'),
  'agree', 'Turkish Petroleum Company formed in 1912.')
P('date', (PA, 'In March 1914 the British Government'), (RL, 'In March 1914, however, the British Government'),
  'agree', 'British Government moved the Turkish National Bank shares in March 1914.')
P('event', (PA, 'a concession covering the provinces of Baghdad and Basra'),
  (RL, 'oil fields within the Ottoman provinces of Baghdad and Mosul'),
  'differ', 'Provinces of the 1914 concession: Baghdad and Basra vs Baghdad and Mosul.', 'A1', 'place')
P('date', (PA, 'The following June the Ottoman Grand Vizier promised'),
  (RL, 'The following June, the Ottoman Grand Vizier promised an oil concession'),
  'agree', 'Grand Vizier promised the concession the following June (1914).')
P('date', (PA, 'at the San Remo Conference of 1921'), (RL, 'during the San Remo Conference of 1920'),
  'differ', 'San Remo Conference: 1921 vs 1920.', 'A2', 'year')
P('quantity', (PA, "to offset Anglo-Persian's half of the company"),
  (RL, 'balance out Anglo-Persian\u2019s 50% stake within the TPC'),
  'agree', 'Anglo-Persian held half (50%) of the TPC.')
P('event', (PA, 'Prime Minister Aristide Briand would not hear of it'),
  (RL, 'Prime Minister Raymond Poincar\u00e9 of France, however, brushed aside any such suggestions'),
  'differ', 'French prime minister who refused to sell the shares: Briand vs Poincare.', 'A3', 'person')
P('event', (PA, 'The San Remo oil arrangements shut American firms out of the company'),
  (RL, 'The San Remo Oil Agreement excluded American oil companies from participation in the TPC'),
  'agree', 'San Remo oil agreement excluded American companies.')
P('date', (PA, 'Congress struck back in February 1920 with the Mineral Leasing Act'),
  (RL, 'the U.S. Congress passed the Mineral Leasing Act in February of 1920'),
  'agree', 'Mineral Leasing Act passed in February 1920.')
P('date', (PA, 'in 1928 the Turkish Petroleum Company was reorganized to take in an American syndicate'),
  (RL, 'In 1928, the TPC was reorganized to include the Near East Development Corporation'),
  'agree', 'TPC reorganized in 1928 to include the American syndicate (NEDC).')
P('date', (PA, 'in the 1940s Jersey Standard and Socony bought out the rest'),
  (RL, 'after they bought out their partners during the 1930s'),
  'differ', 'Jersey Standard and Socony bought out NEDC partners: 1940s vs 1930s.', 'A4', 'decade')
P('date', (PA, 'signed at Ostend, Belgium, in 1928'), (RL, 'On July 31, 1928, following the discovery of an immense oil field in Iraq'),
  'more-precise', 'Red Line Agreement signed (at Ostend) in 1928 vs on July 31, 1928; (b) more precise.', 'A-P1', 'year-vs-day')
P('quantity', (PA, 'each received 22.75 percent of the crude'), (RL, 'each of the four parties received a 23.75% share'),
  'differ', 'Share of each of the four parties: 22.75 vs 23.75 percent.', 'A5', 'number')
P('event', (PA, 'anywhere in the Middle East between the Suez Canal and Iran, Kuwait alone excepted'),
  (RL, 'allowed to operate anywhere in the Middle East between the Suez Canal and Iran, with the exception of Kuwait'),
  'agree', 'TPC area: Suez Canal to Iran, except Kuwait.')
P('quantity', (PA, 'kept the remaining 5 percent'), (RL, 'The remaining 5% share went to Calouste Gulbenkian'),
  'agree', 'Gulbenkian received the remaining 5 percent.')
P('event', (PA, "no member would develop oilfields inside the company's territory without the backing of the others"),
  (RL, 'would agree not to develop oilfields within the territory comprising the TPC unless they secured the support of the other members'),
  'agree', 'Self-denying clause: no development without the other members.')
P('event', (PA, 'Gulbenkian traced them from memory in red pencil'),
  (RL, 'Gulbenkian drew the boundaries from memory on a map of the Middle East with a red pencil'),
  'agree', 'Gulbenkian drew the boundaries from memory in red pencil.')
P('date', (PA, 'renamed the Iraq Petroleum Company in 1931'), (RL, 'which was renamed the Iraqi Petroleum Company in 1929'),
  'differ', 'TPC renamed Iraq(i) Petroleum Company: 1931 vs 1929.', 'A6', 'year')
P('date', (PA, 'Socal won a concession in Bahrain in 1928'), (RL, 'In 1928, Socal secured a concession to search for oil in Bahrain'),
  'agree', 'Socal Bahrain concession in 1928.')
P('date', (PA, 'a Saudi concession covering the province of al-Hasa in 1935'),
  (RL, 'in 1933, they managed to gain another concession from the Saudi Government'),
  'differ', 'Socal Saudi (al-Hasa) concession: 1935 vs 1933.', 'A7', 'year')
P('date', (PA, 'In 1936 the Texas Oil Company bought half of'),
  (RL, 'In 1936, the Texas Oil Company purchased a 50% share'),
  'agree', 'Texas Oil Company bought a 50% share in Socal\'s Saudi subsidiary in 1936.')
P('date', (PA, 'invited Jersey Standard and Socony into Aramco in 1946'),
  (RL, 'In 1946, Socal and Texaco invited Jersey Standard and Socony to join them as partners in Aramco'),
  'agree', 'Invitation to join Aramco in 1946.')
P('date', (PA, 'both had given way by November 1949'), (RL, 'both had withdrawn their objections by November 1948'),
  'differ', 'French Government and Gulbenkian withdrew objections by November 1949 vs November 1948.', 'A8', 'year')
P('date', (PA, 'Socal won a concession in Bahrain'),
  (RL, 'In 1928, the TPC was reorganized to include the Near East Development Corporation'),
  'not-same', 'Two different 1928 events: Socal\'s Bahrain concession vs the reorganization of the TPC.')
P('quantity', (PA, "the Texas Oil Company bought half of Socal's Saudi subsidiary"),
  (RL, 'balance out Anglo-Persian\u2019s 50% stake within the TPC'),
  'not-same', 'Two different 50% stakes: Texas Oil in Socal\'s Saudi subsidiary vs Anglo-Persian in the TPC.')
P('date', (PA, 'Franklin Roosevelt entered the White House in March 1933'),
  (EX, 'When President Franklin Delano Roosevelt took office in March 1933'),
  'agree', 'Roosevelt took office in March 1933.')
P('quantity', (PA, 'delegates of 64 countries'), (EX, 'representatives from 66 countries gathered in London'),
  'differ', 'Countries at the London Economic Conference: 64 vs 66.', 'A9', 'number')
P('date', (PA, 'In June 1933'), (EX, 'In June 1933, representatives'),
  'agree', 'London Economic Conference met in June 1933.')
P('date', (PA, 'Britain, off gold since 1931'), (EX, 'the United Kingdom (in September 1931)'),
  'more-precise', 'Britain left the gold standard in 1931 vs September 1931; (b) more precise.', 'A-P2', 'year-vs-month')
P('date', (PA, 'the United States, off gold since April 1933'), (EX, 'the United States (in April 1933)'),
  'agree', 'United States left the gold standard in April 1933.')
P('date', (PA, 'On July 13 Roosevelt dismissed such a pact'), (EX, 'on July 3, Roosevelt rejected such an agreement'),
  'differ', 'Day Roosevelt rejected currency stabilization: July 13 vs July 3 (1933).', 'A10', 'day')
P('quote', (PA, 'a purely artificial and temporary experiment'), (EX, 'a purely artificial and temporary experiment'),
  'agree', 'Roosevelt quote on stabilization.')
P('date', (PA, 'Roosevelt founded the Export-Import Bank in February 1934'),
  (EX, 'In February 1934, Roosevelt established the bank'),
  'agree', 'Export-Import Bank founded in February 1934.')
P('event', (PA, 'A second bank followed the next month to finance trade with Mexico'),
  (EX, 'this one intended to finance trade with Cuba'),
  'differ', 'Second Export-Import Bank financed trade with Mexico vs Cuba.', 'A11', 'country')
P('date', (PA, 'In July 1934 its field was widened to every country except the Soviet Union'),
  (EX, 'in July 1934, the second bank\u2019s field of operations was expanded to include all countries save the Soviet Union'),
  'agree', 'July 1934 widening of the second bank to all countries but the Soviet Union.')
P('date', (PA, 'The two banks were merged in 1936'), (EX, 'In 1935, the two banks were combined'),
  'differ', 'Year the two banks merged: 1936 vs 1935.', 'A12', 'year')
P('event', (PA, 'it worked mostly in Latin America, serving the Good Neighbor policy'),
  (EX, 'the Export-Import Bank concentrated its efforts in Latin America'),
  'agree', 'Bank concentrated on Latin America (Good Neighbor policy).')
P('date', (PA, 'Roosevelt asked Congress early in 1934'), (EX, 'In March 1934, proclaiming'),
  'more-precise', 'Roosevelt asked Congress for RTAA authority early in 1934 vs March 1934; (b) more precise.', 'A-P3', 'part-of-year-vs-month')
P('date', (PA, 'the act became law on June 12, 1934'), (EX, 'Signed into law on June 12, 1934'),
  'agree', 'RTAA signed into law June 12, 1934.')
P('quantity', (PA, 'by up to 50 percent of the levels in the 1930 Smoot-Hawley tariff'),
  (EX, 'by up to 50% of the levels set by the 1930 Smoot-Hawley tariff'),
  'agree', 'President may change tariffs by up to 50% of Smoot-Hawley levels.')
P('date', (PA, 'for a trial period of five years'), (EX, 'subject to renewal after three years'),
  'differ', 'RTAA authority renewable after five vs three years.', 'A13', 'interval')
P('quantity', (PA, 'Between 1934 and 1939 agreements were signed with 19 countries'),
  (EX, 'concluded trade agreements with 19 countries'),
  'agree', 'RTAA agreements with 19 countries, 1934-1939.')
P('quantity', (PA, 'signed by 32 countries in 1947'), (EX, 'the agreement signed by 23 countries in 1947'),
  'differ', 'GATT signatories in 1947: 32 vs 23.', 'A14', 'number')
P('quantity', (PA, 'signed with 19 countries'), (EX, 'the agreement signed by 23 countries in 1947'),
  'not-same', 'Different counts: 19 RTAA agreement partners (1934-39) vs 23 GATT signatories (1947).')
P('date', (PA, 'Roosevelt founded the Export-Import Bank in February 1934'),
  (EX, 'He created a second Export-Import Bank the following month'),
  'not-same', 'Two banks: the first in February 1934, the second the following month.')

# ---------------- Panel B: partition and the war of 1948 ----------------
P('date', (PB, 'On May 14, 1948, David Ben-Gurion, head of the Jewish Agency, proclaimed the State of Israel'),
  (CI, 'On May 14, 1948, David Ben-Gurion, the head of the Jewish Agency, proclaimed the establishment of the State of Israel'),
  'agree', 'Ben-Gurion proclaimed Israel on May 14, 1948.')
P('event', (PB, 'President Harry S. Truman recognized the new state that same day'),
  (CI, 'Truman recognized the new nation on the same day'),
  'agree', 'Truman recognized Israel the same day.')
P('quantity', (PB, 'Within hours five Arab countries sent forces into the former Palestine mandate'),
  (AI, 'five Arab nations invaded territory in the former Palestinian mandate'),
  'agree', 'Five Arab nations invaded the former mandate.')
P('date', (PB, 'the Balfour Declaration of 1919'), (CI, 'the Balfour Declaration of 1917'),
  'differ', 'Balfour Declaration: 1919 vs 1917.', 'B1', 'year')
P('date', (PB, 'in 1945 Franklin D. Roosevelt assured the Arabs'), (CI, 'had assured the Arabs in 1945'),
  'agree', 'Roosevelt assured the Arabs in 1945.')
P('date', (PB, 'held the mandate for Palestine until May 1948'), (CI, 'who held a colonial mandate for Palestine until May 1948'),
  'agree', 'British mandate until May 1948.')
P('date', (PB, 'In 1946 he formed a special cabinet committee'),
  (CI, 'In the summer of 1946, Truman established a special cabinet committee'),
  'more-precise', 'Cabinet committee set up in 1946 vs the summer of 1946; (b) more precise.', 'B-P1', 'year-vs-season')
P('event', (PB, 'Henry F. Grady, an Under Secretary of State'), (CI, 'Henry F. Grady, an Assistant Secretary of State'),
  'differ', 'Grady\'s office: Under Secretary vs Assistant Secretary of State.', 'B2', 'person-role')
P('quantity', (PB, 'admit 10,000 displaced persons into Palestine'), (CI, 'admit 100,000 displaced persons into Palestine'),
  'differ', 'Displaced persons to be admitted: 10,000 vs 100,000.', 'B3', 'number')
P('date', (PB, 'That May Truman approved a proposal'), (CI, 'In May 1946, Truman announced his approval'),
  'agree', 'Truman approved the admission recommendation in May (1946; the panel year comes from the preceding sentence).')
P('date', (PB, 'Later that year he declared in public that he favored a Jewish state'),
  (CI, 'in October publicly declared his support for the creation of a Jewish state'),
  'more-precise', 'Public support for a Jewish state later in 1946 vs in October (1946); (b) more precise.', 'B-P2', 'part-of-year-vs-month')
P('date', (PB, 'Throughout 1947 a United Nations special commission examined the question'),
  (CI, 'Throughout 1947, the United Nations Special Commission on Palestine examined the Palestinian question'),
  'agree', 'UN special commission examined Palestine throughout 1947.')
P('date', (PB, 'On November 29, 1947, the United Nations adopted Resolution 181'),
  (CI, 'On November 29, 1947 the United Nations adopted Resolution 181'),
  'agree', 'Resolution 181 adopted November 29, 1947.')
P('date', (PB, 'when British rule ran out in 1948'), (CI, 'in May 1948 when the British mandate was scheduled to end'),
  'more-precise', 'End of the British mandate under the resolution: 1948 vs May 1948; (b) more precise.', 'B-P3', 'year-vs-month')
P('event', (PB, 'to become a corpus separatum, held under international control and run by the United Nations'),
  (CI, 'would remain a corpus separatum under international control administered by the United Nations'),
  'agree', 'Jerusalem area a corpus separatum under UN-administered international control.')
P('event', (PB, 'The Palestinian Arabs refused to accept the plan'), (AI, 'The Palestinian Arabs refused to recognize this arrangement'),
  'agree', 'Palestinian Arabs rejected the partition arrangement.')
P('event', (PB, 'the State Department preferred a United Nations trusteeship'),
  (CI, 'the U.S. Department of State recommended the creation of a United Nations trusteeship'),
  'agree', 'State Department favored a UN trusteeship.')
P('event', (PB, 'The vote itself touched off the fighting'),
  (AI, 'The United Nations resolution sparked conflict between Jewish and Arab groups within Palestine'),
  'agree', 'The UN resolution sparked the fighting.')
P('event', (PB, 'two small irregular groups, the Irgun and LEHI'), (AI, 'two small irregular groups, the Irgun, and LEHI'),
  'agree', 'Irgun and LEHI as the two small irregular Jewish groups.')
P('event', (PB, 'At first the Arabs aimed to block partition'),
  (AI, 'The goal of the Arabs was initially to block the Partition Resolution'),
  'agree', 'Initial Arab goal: block partition.')
P('event', (PB, 'Arab aircraft struck Haifa'), (AI, 'the Arabs launched an air attack on Tel Aviv'),
  'differ', 'Target of the Arab air attack on the eve of May 14: Haifa vs Tel Aviv.', 'B4', 'place')
P('date', (PB, 'On the eve of May 14'), (AI, 'On the eve of May 14, the Arabs launched an air attack'),
  'agree', 'Air attack on the eve of May 14 (1948).')
P('event', (PB, 'Armies from Lebanon, Syria, Jordan and Egypt'), (AI, 'Arab armies from Lebanon, Syria, Iraq, and Egypt'),
  'differ', 'Invading armies: Jordan vs Iraq in the list (Lebanon, Syria, Egypt agree).', 'B5', 'country')
P('event', (PB, 'A Saudi formation fought under Egyptian command'),
  (AI, 'Saudi Arabia sent a formation that fought under the Egyptian command'),
  'agree', 'Saudi formation under Egyptian command.')
P('event', (PB, 'British-trained troops from Transjordan eventually entered the fighting'),
  (AI, 'British trained forces from Transjordan eventually intervened in the conflict'),
  'agree', 'British-trained Transjordanian forces eventually intervened.')
P('event', (PB, 'were thrown onto the defensive'), (AI, 'were able to gain the offensive'),
  'differ', 'Outcome after early fighting: Israeli forces on the defensive vs gained the offensive.', 'B6', 'outcome')
P('quantity', (PB, 'The United Nations arranged three cease-fires'), (AI, 'the United Nations brokered two cease-fires'),
  'differ', 'UN cease-fires: three vs two.', 'B7', 'number')
P('date', (PB, 'the war dragged on into 1949'), (AI, 'fighting continued into 1949'),
  'agree', 'Fighting continued into 1949.')
P('date', (PB, 'Formal armistice agreements came only in April 1949'),
  (AI, 'Israel and the Arab states did not reach any formal armistice agreements until February'),
  'differ', 'First formal armistice agreements: April vs February (1949).', 'B8', 'month')
P('event', (PB, 'Egypt, Lebanon, Transjordan and Iraq fixed the armistice lines'),
  (AI, 'the neighboring states of Egypt, Lebanon, Transjordan, and Syria'),
  'differ', 'Armistice partners: Iraq vs Syria in the list.', 'B9', 'country')
P('event', (PB, 'holding some land that the 1947 resolution had assigned to the Palestinian Arabs'),
  (AI, 'Israel gained some territory formerly granted to Palestinian Arabs'),
  'agree', 'Israel gained territory allotted to the Palestinian Arabs.')
P('event', (PB, 'Egypt kept the West Bank and Jordan the Gaza Strip'),
  (AI, 'Egypt and Jordan retained control over the Gaza Strip and the West Bank respectively'),
  'differ', 'Who kept what: panel swaps Gaza and the West Bank (essay: Egypt Gaza, Jordan West Bank).', 'B10', 'outcome')
P('date', (PB, 'Those lines held until 1956'), (AI, 'These armistice lines held until 1967'),
  'differ', 'Armistice lines held until 1956 vs 1967.', 'B11', 'year')
P('event', (PB, 'it kept an arms embargo on all the belligerents'), (AI, 'the United States maintained an arms embargo against all belligerents'),
  'agree', 'US arms embargo on all belligerents.')
P('event', (PB, 'Truman had chosen recognition'), (CI, 'Truman ultimately decided to recognize the state Israel'),
  'agree', 'Truman decided to recognize Israel.')
P('date', (PB, 'Throughout 1947 a United Nations special commission examined the question'),
  (AI, 'In 1947, and again on May 14, 1948, the United States had offered de facto recognition'),
  'not-same', 'Two different 1947 matters: the UN commission\'s study vs US de facto recognition.')
P('date', (PB, 'held the mandate for Palestine until May 1948'), (AI, 'After Israel declared its independence on May 14, 1948'),
  'not-same', 'Different events of May 1948: end of the British mandate vs Israel\'s declaration of independence.')
P('event', (PB, 'A Saudi formation fought under Egyptian command'),
  (AI, 'British trained forces from Transjordan eventually intervened in the conflict'),
  'not-same', 'Different Arab contingents: the Saudi formation vs the Transjordanian forces.')
P('date', (PB, 'That May Truman approved a proposal'), (CI, 'in May 1948 when the British mandate was scheduled to end'),
  'not-same', 'Different Mays: Truman\'s approval (May 1946) vs scheduled end of the mandate (May 1948).')

# ---------------- Panel C: containment from the X-Article to NSC-68 ----------------
P('event', (PC, 'George F. Kennan, a career Foreign Service officer'), (KE, 'George F. Kennan, a career Foreign Service Officer'),
  'agree', 'Kennan a career Foreign Service Officer.')
P('date', (PC, 'through the whole Cold War, from 1945 to 1989'), (KE, 'the cold war (1947\u20131989)'),
  'differ', 'Span of the Cold War: 1945-1989 vs 1947-1989.', 'C3', 'period')
P('date', (PC, 'first reached the public in the late 1940s'), (KE, 'first came to public attention in 1947'),
  'more-precise', 'X-Article appeared in the late 1940s vs 1947; (b) more precise.', 'C-P1', 'part-of-decade-vs-year')
P('quote', (PC, 'a long-term, patient but firm and vigilant containment of Russian expansive tendencies'),
  (KE, 'a long-term, patient but firm and vigilant containment of Russian expansive tendencies'),
  'agree', 'Kennan quote from the X-Article.')
P('quote', (PC, 'either the break-up or the gradual mellowing of Soviet power'),
  (KE, 'either the break-up or the gradual mellowing of Soviet power'),
  'agree', 'Kennan prediction quote.')
P('event', (PC, 'The columnist Joseph Alsop attacked the X-Article'), (KE, 'Columnist Walter Lippmann attacked the X-Article'),
  'differ', 'Columnist who attacked the X-Article: Alsop vs Lippmann.', 'C1', 'person')
P('event', (PC, 'Western Europe, Japan and the United States'), (KE, 'Western Europe, Japan, and the United States'),
  'agree', 'Major centers of industrial power Kennan would defend.')
P('date', (PC, 'during the 1948 election campaign'), (KE, 'during the 1952 election campaign'),
  'differ', 'Dulles called for rollback in the 1948 vs 1952 election campaign.', 'C2', 'year')
P('event', (PC, 'the goal should be the "rollback" of Soviet power and the "liberation" of Eastern Europe'),
  (KE, 'should not be containment, but the \u201crollback\u201d of Soviet power and the eventual \u201cliberation\u201d of Eastern Europe'),
  'agree', 'Dulles: rollback of Soviet power and liberation of Eastern Europe.')
P('event', (PC, 'Paul Nitze, who followed Kennan as director of the Policy Planning Staff'),
  (KE, 'Paul Nitze, Kennan\u2019s successor as director of the Policy Planning Staff'),
  'agree', 'Nitze succeeded Kennan as director of the Policy Planning Staff.')
P('date', (PC, "In 1950 Nitze's version won"), (KE, 'In 1950, Nitze\u2019s conception of containment won out over Kennan\u2019s'),
  'agree', 'Nitze\'s conception prevailed in 1950.')
P('date', (PC, 'in the spring of 1950'), (NS, 'on April 7, 1950'),
  'more-precise', 'NSC-68 completed in the spring of 1950 vs on April 7, 1950; (b) more precise.', 'C-P2', 'season-vs-day')
P('event', (PC, "a top-secret report completed by the State Department's Policy Planning Staff"),
  (NS, 'a Top-Secret report completed by the U.S. Department of State\u2019s Policy Planning Staff'),
  'agree', 'NSC-68 a top-secret report completed by State\'s Policy Planning Staff.')
P('quote', (PC, 'United States Objectives and Programs for National Security'),
  (NS, 'United States Objectives and Programs for National Security'),
  'agree', 'Title of NSC-68.')
P('quantity', (PC, 'The memorandum ran to 68 pages'), (NS, 'The 58-page memorandum'),
  'differ', 'Length of NSC-68: 68 vs 58 pages.', 'C4', 'number')
P('date', (PC, 'It remained classified until the mid-1970s'), (NS, 'was not declassified until 1975'),
  'more-precise', 'NSC-68 declassified in the mid-1970s vs 1975; (b) more precise.', 'C-P3', 'part-of-decade-vs-year')
P('event', (PC, 'ordered by Secretary of State George Marshall'), (NS, 'Secretary of State Dean Acheson asked the Policy Planning Staff'),
  'differ', 'Secretary of State who ordered the review: Marshall vs Acheson.', 'C10', 'person')
P('event', (PC, "shaken by the Communist victory in China's civil war and by the Soviet Union's successful atomic test"),
  (NS, 'Reeling from the recent victory of Communist forces in the Chinese Civil War and the successful detonation of an atomic weapon by the Soviet Union'),
  'agree', 'Review prompted by the Communist victory in China and the Soviet atomic test.')
P('event', (PC, 'Building on an earlier paper, NSC-20/4'),
  (NS, 'Building upon the conclusions of an earlier National Security Council paper (NSC-20/4)'),
  'agree', 'NSC-68 built on NSC-20/4.')
P('quote', (PC, 'animated by a new fanatic faith'), (NS, 'animated by a new fanatic faith'),
  'agree', 'NSC-68 quote on the Soviet Union.')
P('quote', (PC, 'the rapid building up of the political, economic, and military strength of the free world'),
  (NS, 'the rapid building up of the political, economic, and military strength of the free world'),
  'agree', 'NSC-68 quote on the chosen course.')
P('event', (PC, 'A preventive strike on the Soviet Union was left open as a last resort'),
  (NS, 'The report also ruled out a preventive strike against the Soviet Union'),
  'differ', 'Preventive strike: left open vs ruled out.', 'C7', 'outcome')
P('event', (PC, 'Negotiation was not excluded'), (NS, 'NSC-68 did not rule out the prospect of negotiating with the Soviet Union'),
  'agree', 'Negotiation with the Soviet Union not ruled out.')
P('event', (PC, 'urged Truman to back a massive build-up of both conventional and nuclear arms'),
  (NS, 'for President Harry Truman to support a massive build-up of both conventional and nuclear arms'),
  'agree', 'Massive build-up of conventional and nuclear arms.')
P('event', (PC, 'NSC-68 itself set a detailed figure for the larger defense budget it demanded'),
  (NS, 'While NSC-68 did not make any specific recommendations regarding the proposed increase in defense expenditures'),
  'differ', 'Specific defense-budget recommendation in NSC-68: yes vs none.', 'C11', 'outcome')
P('event', (PC, 'Secretary of Defense James Forrestal'), (NS, 'Secretary of Defense Louis Johnson'),
  'differ', 'Secretary of Defense opposing NSC-68: Forrestal vs Louis Johnson.', 'C5', 'person')
P('event', (PC, 'both former ambassadors in Moscow'), (NS, 'former ambassadors to the Soviet Union George Kennan and Charles Bohlen'),
  'agree', 'Kennan and Bohlen were former ambassadors to the Soviet Union.')
P('date', (PC, 'backed by Moscow and Beijing in July 1950'), (NS, 'Soviet and Chinese-backed North Korean forces in June 1950'),
  'differ', 'North Korean invasion of South Korea: July vs June 1950.', 'C6', 'month')
P('date', (PC, 'Between 1950 and 1952'), (NS, 'between 1950 and 1953'),
  'differ', 'Period of the defense-spending increase: 1950-1952 vs 1950-1953.', 'C9', 'period')
P('quantity', (PC, 'almost tripled defense spending'), (NS, 'almost tripled defense spending as a percentage of the gross domestic product'),
  'agree', 'Defense spending almost tripled.')
P('quantity', (PC, 'from 5 to about 14 percent'), (NS, 'from 5 to 14.2 percent'),
  'more-precise', 'Defense share of GDP rose to about 14 vs 14.2 percent; (b) more precise.', 'C-P4', 'hedged-vs-exact')
P('event', (PC, 'A paper prepared by the National Security Council and signed by Truman'),
  (KE, 'a policy document prepared by the National Security Council and signed by Truman'),
  'agree', 'NSC 68 prepared by the NSC and signed by Truman (per the Kennan essay).')
P('quote', (PC, 'a defeat of free institutions anywhere is a defeat everywhere'),
  (KE, 'a defeat of free institutions anywhere is a defeat everywhere'),
  'agree', 'NSC-68 quote as given in the Kennan essay.')
P('date', (PC, 'Kennan suffered a string of defeats in the early 1950s'),
  (KE, 'the various policy defeats that Kennan suffered in the early 1950\u2019s'),
  'agree', 'Kennan\'s policy defeats in the early 1950s.')
P('event', (PC, 'The United States neither withdrew into isolationism nor moved to roll back Soviet power'),
  (KE, 'the United States did not withdraw into isolationism'),
  'agree', 'The United States did not withdraw into isolationism (nor roll back Soviet power).')
P('date', (PC, 'until the collapse of communism in 1991'), (KE, 'until the collapse of communism in 1989'),
  'differ', 'Collapse of communism: 1991 vs 1989.', 'C8', 'year')
P('event', (PC, 'Kennan still believed that political and economic means, not purely military ones, could contain the Soviet Union'),
  (NS, 'argued that the United States could contain the Soviet Union through political and economic measures'),
  'agree', 'Kennan: containment through political and economic measures.')
P('event', (PC, 'Paul Nitze, who followed Kennan as director of the Policy Planning Staff'),
  (NS, 'former ambassadors to the Soviet Union George Kennan and Charles Bohlen'),
  'not-same', 'Kennan in different roles: predecessor of Nitze at the Policy Planning Staff vs former ambassador to the Soviet Union.')
P('quote', (PC, 'animated by a new fanatic faith'), (KE, 'a defeat of free institutions anywhere is a defeat everywhere'),
  'not-same', 'Two different NSC-68 quotations.')
P('event', (PC, 'Building on an earlier paper, NSC-20/4'), (KE, 'NSC 68, a policy document prepared by the National Security Council'),
  'not-same', 'Different NSC papers: NSC-20/4 vs NSC 68.')
P('date', (PC, "In 1950 Nitze's version won"),
  (NS, 'However, the invasion of South Korea by Soviet and Chinese-backed North Korean forces in June 1950'),
  'not-same', 'Different 1950 events: Nitze\'s view prevailing vs the North Korean invasion.')

# ---------------- essay-essay pairs ----------------
P('date', (GD, 'became the first to drop off the standard in 1931'), (EX, 'the United Kingdom (in September 1931)'),
  'more-precise', 'Britain left the gold standard in 1931 vs September 1931; (b) more precise.')
P('date', (GD, 'dropped off the gold standard in 1933'), (EX, 'the United States (in April 1933)'),
  'more-precise', 'United States left the gold standard in 1933 vs April 1933; (b) more precise.')
P('date', (GD, 'At the London Economic Conference in 1933'), (EX, 'In June 1933, representatives from 66 countries gathered in London'),
  'more-precise', 'London Economic Conference in 1933 vs June 1933; (b) more precise.')
P('date', (PR, 'beginning with the 1934 Reciprocal Trade Agreements Act'), (EX, 'Signed into law on June 12, 1934'),
  'more-precise', 'Reciprocal Trade Agreements Act of 1934 vs signed June 12, 1934; (b) more precise.')
P('date', (PR, 'the Tariff Act of 1930, more commonly known as the Smoot-Hawley tariff'), (EX, 'the 1930 Smoot-Hawley tariff'),
  'agree', 'Smoot-Hawley tariff of 1930.')
P('date', (EX, 'the agreement signed by 23 countries in 1947'),
  (BW, 'the signing of the General Agreement on Tariffs and Trade at an international conference in Geneva in October 1947'),
  'more-precise', 'GATT signed in 1947 vs October 1947; (b) more precise.')
P('event', (US, 'ended almost 16 years of American non-recognition of the Soviet Union'),
  (EX, 'finance U.S. trade with the newly-recognized Soviet Union'),
  'agree', 'The Soviet Union had been newly recognized by the United States (November 1933).')
P('event', (GD, 'failed to reach any major collective agreements'), (EX, 'The conference ended less than a month later with little to show for its efforts'),
  'agree', 'London Economic Conference achieved little.')
P('date', (GD, 'became the first to drop off the standard in 1931'), (EX, 'the United States (in April 1933)'),
  'not-same', 'Different countries leaving gold: Britain (1931) vs the United States (April 1933).')
P('date', (BW, 'at the July 1944 Bretton Woods Conference'), (EX, 'In June 1933, representatives from 66 countries gathered in London'),
  'not-same', 'Different international economic conferences: Bretton Woods 1944 vs London 1933.')
P('date', (CI, 'On May 14, 1948, David Ben-Gurion'), (AI, 'After Israel declared its independence on May 14, 1948'),
  'agree', 'Israel declared independence on May 14, 1948.')
P('date', (CI, 'On November 29, 1947 the United Nations adopted Resolution 181'),
  (AI, 'On November 29, 1947, the United Nations General Assembly adopted Resolution 181'),
  'agree', 'Resolution 181 adopted November 29, 1947.')
P('event', (CI, 'would remain a corpus separatum under international control administered by the United Nations'),
  (AI, 'would remain under international control administered by the United Nations'),
  'agree', 'Jerusalem area under UN-administered international control.')
P('date', (CI, 'Truman recognized the new nation on the same day'), (AI, 'again on May 14, 1948, the United States had offered de facto recognition'),
  'agree', 'US recognition on May 14, 1948.')
P('date', (CI, 'into Jewish and Arab states in May 1948 when the British mandate'), (AI, 'into Jewish and Arab states in May 1948'),
  'agree', 'Partition into two states due in May 1948.')
P('event', (CI, 'Although the United States backed Resolution 181'),
  (AI, 'The United States sought a middle way by supporting the United Nations resolution'),
  'agree', 'The United States supported Resolution 181.')
P('event', (KE, 'Paul Nitze, Kennan\u2019s successor as director of the Policy Planning Staff'), (NS, 'the Policy Planning Staff, led by Paul Nitze'),
  'agree', 'Nitze led the Policy Planning Staff.')
P('event', (KE, 'called for a drastic expansion of the U.S. military budget'),
  (NS, 'respond in kind with a massive build-up of the U.S. military and its weaponry'),
  'agree', 'NSC-68 called for a massive military expansion.')
P('event', (AT, 'the Soviet Union successfully exploded its first atomic bomb in 1949'),
  (NS, 'the successful detonation of an atomic weapon by the Soviet Union'),
  'agree', 'Soviet atomic test (1949).')
P('event', (PO, 'the United States had successfully detonated the first atomic bomb on July 16, 1945'),
  (NS, 'the successful detonation of an atomic weapon by the Soviet Union'),
  'not-same', 'Different atomic tests: the American one (July 1945) vs the Soviet one.')
P('event', (W67, 'Israel defeated Egypt, Jordan, and Syria'), (AI, 'Arab armies from Lebanon, Syria, Iraq, and Egypt'),
  'not-same', 'Different wars: Israel\'s 1967 opponents vs the 1948 invading armies.')
P('event', (KE, 'Kennan, who considered the Soviet threat to be primarily political'),
  (NS, 'argued that the United States could contain the Soviet Union through political and economic measures'),
  'agree', 'Kennan saw the threat as political; containment by political and economic means.')
