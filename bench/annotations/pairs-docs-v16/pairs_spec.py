"""Hand-written spec for pairs_v16 (held-out round 21).

Each pair: P(kind, a, b, verdict, note, label) with a/b = (doc, exact span).
Panel pairs: the panel is always side a; a planted error carries its label (A1.., A-P1..).
"""

PA = 'panel-quota-gates'
PB = 'panel-security-machinery'
PC = 'panel-laos-and-seato'
PANELS = {
    PA: ['1921-1936-immigration-act', '1945-1952-immigration-act'],
    PB: ['1945-1952-national-security-act', '1945-1952-nsc68'],
    PC: ['1953-1960-seato', '1961-1968-laos-crisis'],
}
I24 = '1921-1936-immigration-act'
I52 = '1945-1952-immigration-act'
CXR = '1937-1945-chinese-exclusion-act-repeal'
JAP = '1899-1913-japanese-relations'
NSA = '1945-1952-national-security-act'
N68 = '1945-1952-nsc68'
KEN = '1945-1952-kennan'
F77 = '1977-1980-foreword'
SHU = '1969-1976-shuttle-diplomacy'
BER = '1953-1960-berlin-crises'
SE = '1953-1960-seato'
LA = '1961-1968-laos-crisis'
ANZ = '1945-1952-anzus'
TWS = '1953-1960-taiwan-strait-crises'
IPW = '1961-1968-india-pakistan-war'
TON = '1961-1968-gulf-of-tonkin'
DBP = '1953-1960-dien-bien-phu'
F61 = '1961-1968-foreword'

TYPES = {
    'A1': 'wrong year', 'A2': 'wrong number (age)', 'A3': 'wrong place (state)', 'A4': 'wrong number (years of renewal)',
    'A5': 'wrong year (census base)', 'A6': 'wrong year', 'A7': 'wrong year', 'A8': 'wrong party (of a person)',
    'A9': 'wrong outcome (labour federations)', 'A10': 'wrong number (percent)', 'A11': 'wrong person (wives vs husbands)',
    'A12': 'wrong outcome (signed vs vetoed)',
    'A-P1': 'precision: hedged number', 'A-P2': 'precision: year vs part of year', 'A-P3': 'precision: rounded number',
    'A-P4': 'precision: decade vs year',
    'B1': 'wrong year', 'B2': 'wrong person (president)', 'B3': 'wrong agency', 'B4': 'wrong year',
    'B5': 'wrong number (pages)', 'B6': 'wrong person (who commissioned)', 'B7': 'wrong outcome (preventive strike)',
    'B8': 'wrong outcome (taxes)', 'B9': 'wrong month', 'B10': 'wrong outcome (service secretaries)',
    'B11': 'wrong party (who held the advantage)',
    'B-P1': 'precision: month vs day', 'B-P2': 'precision: part of decade vs year', 'B-P3': 'precision: rounded number',
    'C1': 'wrong place (province)', 'C2': 'wrong country', 'C3': 'wrong place (headquarters)', 'C4': 'wrong number (parallel)',
    'C5': 'wrong year', 'C6': 'wrong interval', 'C7': 'wrong actor (whose aircraft)', 'C8': 'wrong place (country of exile)',
    'C9': 'wrong day', 'C10': 'wrong day', 'C11': 'wrong number (troops)', 'C12': 'wrong country (commission member)',
    'C-P1': 'precision: year vs month', 'C-P2': 'precision: part of month vs day', 'C-P3': 'precision: part of year vs month',
}

PAIRS = []


def P(kind, a, b, verdict, note, label=None):
    PAIRS.append({'kind': kind, 'a': a, 'b': b, 'verdict': verdict, 'note': note, 'label': label})


# ---------------------------------------------------------------- panel A: immigration quotas
P('event', (PA, 'capped the number of newcomers admitted to the United States by means of a national origins quota'),
  (I24, 'limited the number of immigrants allowed entry into the United States through a national origins quota'),
  'agree', 'The 1924 act limited immigration through a national origins quota.')
P('quantity', (PA, 'visas equal to 2 percent of the people of that nationality'),
  (I24, 'immigration visas to two percent of the total number of people of each nationality'),
  'agree', 'Quota of 2 percent of each nationality.')
P('date', (PA, 'living in the United States at the census of 1890'), (I24, 'as of the 1890 national census'),
  'agree', 'The 1924 quota was based on the 1890 census.')
P('event', (PA, 'Immigrants from Asia were shut out altogether'), (I24, 'It completely excluded immigrants from Asia'),
  'agree', 'The 1924 act completely excluded Asian immigrants.')
P('date', (PA, 'In 1915 Congress passed the first broadly restrictive immigration law'),
  (I24, 'In 1917, the U.S. Congress enacted the first widely restrictive immigration law'),
  'differ', 'Year of the first widely restrictive immigration law: panel 1915 vs source 1917.', 'A1')
P('quantity', (PA, 'every immigrant over 14 years of age'), (I24, 'required immigrants over 16 years old'),
  'differ', 'Age threshold of the literacy test: panel over 14 vs source over 16.', 'A2')
P('event', (PA, 'with exceptions for Japanese and Filipinos'), (I24, 'except for Japanese and Filipinos'),
  'agree', 'Japanese and Filipinos were exempt from the Asiatic Barred Zone.')
P('date', (PA, 'In the first decade of the century Japan had already agreed'),
  (I24, 'In 1907, the Japanese Government had voluntarily limited Japanese immigration'),
  'more-precise', 'Date of the Gentlemen\'s Agreement: panel "first decade of the century" vs source 1907; (b) more precise.', 'A-P4')
P('event', (PA, 'the Chinese Exclusion Act already denied them immigration visas'),
  (I24, 'the Chinese were already denied immigration visas under the Chinese Exclusion Act'),
  'agree', 'The Chinese were already barred under the Chinese Exclusion Act.')
P('event', (PA, 'a Republican senator from Maine'), (I24, 'Republican Senator from Vermont William P. Dillingham'),
  'differ', 'Dillingham\'s state: panel Maine vs source Vermont.', 'A3')
P('quantity', (PA, 'set each quota at 3 percent of the foreign-born of that nationality counted in the 1910 census'),
  (I24, 'three percent of the total population of the foreign-born of each nationality in the United States as recorded in the 1910 census'),
  'agree', 'Dillingham quota: 3 percent of the foreign-born per 1910 census.')
P('quantity', (PA, 'roughly 350,000 visas available each year'),
  (I24, 'the total number of visas available each year to new immigrants at 350,000'),
  'more-precise', 'Annual visas under the Dillingham quota: panel "roughly 350,000" vs source 350,000; (b) more precise.', 'A-P1')
P('event', (PA, 'no quota at all applied to people from the Western Hemisphere'),
  (I24, 'It did not, however, establish quotas of any kind for residents of the Western Hemisphere'),
  'agree', 'No quotas for the Western Hemisphere.')
P('event', (PA, 'killed the bill with a pocket veto'), (I24, 'he used the pocket veto to prevent its passage'),
  'agree', 'Wilson pocket-vetoed the quota bill.')
P('date', (PA, 'In 1921 the newly inaugurated Warren Harding called Congress back into special session'),
  (I24, 'In early 1921, the newly inaugurated President Warren Harding called Congress back to a special session'),
  'more-precise', 'Harding\'s special session: panel 1921 vs source early 1921; (b) more precise.', 'A-P2')
P('quantity', (PA, 'in 1922 it was extended for three more years'), (I24, 'In 1922, the act was renewed for another two years'),
  'differ', 'Length of the 1922 renewal: panel three years vs source two years.', 'A4')
P('quantity', (PA, 'They cut the quota from 3 to 2 percent of the foreign-born'),
  (I24, 'lowered the existing quota from three to two percent of the foreign-born population'),
  'agree', 'The 1924 act lowered the quota from 3 to 2 percent.')
P('date', (PA, 'moved the base year of the calculation back from 1910 to 1880'),
  (I24, 'pushed back the year on which quota calculations were based from 1910 to 1890'),
  'differ', 'New base year of the quota: panel 1880 vs source 1890.', 'A5')
P('event', (PA, 'barred any alien who was ineligible for citizenship because of race or nationality'),
  (I24, 'excluding from entry any alien who by virtue of race or nationality was ineligible for citizenship'),
  'agree', 'Exclusion of aliens ineligible for citizenship by race or nationality.')
P('date', (PA, 'nationality laws dating from 1790 and 1875'), (I24, 'Existing nationality laws dating from 1790 and 1870'),
  'differ', 'Years of the nationality laws: panel 1790 and 1875 vs source 1790 and 1870.', 'A6')
P('event', (PA, 'the door now closed on the Japanese as well'),
  (I24, 'the Japanese in particular – would no longer be admitted to the United States'),
  'agree', 'The 1924 act ended Japanese immigration too.')
P('event', (PA, 'Tokyo protested, but the law stood'), (I24, 'The Japanese government protested, but the law remained'),
  'agree', 'Japan protested; the law remained.')
P('date', (PA, 'displaced persons in 1948 and 1951'), (I24, 'displaced persons in 1948 and 1950'),
  'differ', 'Years of the displaced-persons provisions: panel 1948 and 1951 vs source 1948 and 1950.', 'A7')
P('date', (PA, 'Congress revised the 1924 system in 1952'), (I24, 'Congress revised the Act in 1952'),
  'agree', 'The 1924 act was revised in 1952.')
P('event', (PA, 'It kept the national origins quotas'),
  (I52, 'upheld the national origins quota system established by the Immigration Act of 1924'),
  'agree', 'The 1952 act kept the national origins quotas.')
P('event', (PA, 'ended Asian exclusion and added preferences for skills and family reunification'),
  (I52, 'ended Asian exclusion from immigrating to the United States and introduced a system of preferences based on skill sets and family reunification'),
  'agree', 'The 1952 act ended Asian exclusion and introduced skill/family preferences.')
P('event', (PA, 'The Republican congressman Emanuel Celler of New York'), (I52, 'Democrat Congressman from New York Emanuel Celler'),
  'differ', 'Celler\'s party: panel Republican vs source Democrat.', 'A8')
P('event', (PA, 'quotas favouring Northern and Western Europe bred resentment against the United States abroad'),
  (I52, 'heavily favored immigration from Northern and Western Europe and therefore created resentment against the United States in other parts of the world'),
  'agree', 'Celler: quotas favouring Northern/Western Europe created resentment abroad.')
P('event', (PA, 'Senator Pat McCarran, a Nevada Democrat'), (I52, 'Democratic Senator from Nevada Pat McCarran'),
  'agree', 'McCarran was a Democratic senator from Nevada.')
P('event', (PA, 'the AFL and the CIO, ended up on the same side of the debate'),
  (I52, 'the American Federation of Labor and the Congress of Industrial Organizations took opposite sides in the debate'),
  'differ', 'AFL and CIO positions: panel same side vs source opposite sides.', 'A9')
P('quantity', (PA, 'one-sixth of one percent of its population in the United States in 1920'),
  (I52, 'one-sixth of one percent of each nationality’s population in the United States in 1920'),
  'agree', '1952 quota rate: one-sixth of one percent of the 1920 population.')
P('quantity', (PA, 'About 154,000 visas were to be issued each year'), (I52, 'the 154,277 visas available annually'),
  'more-precise', 'Annual visas under the 1952 act: panel "about 154,000" vs source 154,277; (b) more precise.', 'A-P3')
P('quantity', (PA, 'Some 75 percent of them went to people of northern and western European lineage'),
  (I52, '85 percent of the 154,277 visas'),
  'differ', 'Share of visas for northern/western Europeans: panel 75 percent vs source 85 percent.', 'A10')
P('quantity', (PA, 'a minimum quota of 100 visas a year'), (I52, 'a minimum quota of 100 visas each year'),
  'agree', 'Each Asian nation received a minimum quota of 100 visas.')
P('event', (PA, 'Asian quotas were assigned by race rather than by nationality'),
  (I52, 'allotted new Asian quotas based on race, instead of nationality'),
  'agree', 'Asian quotas were based on race rather than nationality.')
P('event', (PA, 'non-quota status to the alien wives of American citizens'),
  (I52, 'non-quota status to alien husbands of American citizens'),
  'differ', 'Who received new non-quota status: panel alien wives vs source alien husbands.', 'A11')
P('event', (PA, 'President Truman thought the law discriminatory'), (I52, 'He thought the new law was discriminatory'),
  'agree', 'Truman considered the law discriminatory.')
P('event', (PA, 'yet he signed it'), (I52, 'he vetoed it, but the law had enough support in Congress to pass over his veto'),
  'differ', 'Truman\'s action: panel signed it vs source vetoed it (overridden).', 'A12')
# panel A not-same
P('event', (PA, 'killed the bill with a pocket veto'), (I52, 'he vetoed it'),
  'not-same', 'Wilson\'s pocket veto of the quota bill (c. 1920) vs Truman\'s veto of the 1952 act.')
P('quantity', (PA, 'set each quota at 3 percent of the foreign-born of that nationality counted in the 1910 census'),
  (I52, 'one-sixth of one percent of each nationality’s population in the United States in 1920'),
  'not-same', 'Quota rate of the 1921 Dillingham law vs quota rate of the 1952 act.')
P('quantity', (PA, 'a minimum quota of 100 visas a year'), (CXR, 'would be around 105'),
  'not-same', 'Minimum Asian quota of the 1952 act vs the Chinese quota after the 1943 repeal.')
P('date', (PA, 'living in the United States at the census of 1890'),
  (CXR, 'living in the United States in 1920'),
  'not-same', 'Census base of the 1924 quotas vs base year of the Chinese quota formula after repeal.')
P('event', (PA, 'to hold back emigration to the United States of its own accord'),
  (JAP, 'Japan promised to respect U.S. territorial possessions in the Pacific'),
  'not-same', 'Gentlemen\'s Agreement (Japan limits emigration) vs Root-Takahira Agreement of 1908.')

# ---------------------------------------------------------------- panel B: national security machinery
P('event', (PB, 'ordered a sweeping reorganisation of the government\'s foreign policy and military machinery'),
  (NSA, 'mandated a major reorganization of the foreign policy and military establishments of the U.S. Government'),
  'agree', 'The 1947 act reorganized the foreign policy and military establishments.')
P('event', (PB, 'Among the bodies it created was the National Security Council'),
  (NSA, 'including the National Security Council (NSC)'),
  'agree', 'The act created the National Security Council.')
P('event', (PB, 'the President, the Vice President, the Secretaries of State and Defense and other members such as the Director of Central Intelligence'),
  (NSA, 'The Council itself included the President, Vice President, Secretary of State, Secretary of Defense, and other members'),
  'agree', 'Membership of the Council.')
P('date', (PB, 'from 1951 it was run by the President\'s Assistant for National Security Affairs'),
  (NSA, 'Beginning in 1953 the President’s Assistant for National Security Affairs directed this staff'),
  'differ', 'Start of direction by the Assistant for National Security Affairs: panel 1951 vs source 1953.', 'B1')
P('event', (PB, 'John F. Kennedy relied on formal NSC meetings to take key foreign policy decisions'),
  (NSA, 'President Dwight D. Eisenhower, for example, used the NSC meetings to make key foreign policy decisions'),
  'differ', 'Which president used NSC meetings for key decisions: panel Kennedy vs source Eisenhower.', 'B2')
P('event', (PB, 'the staff, then headed by Henry A. Kissinger'), (NSA, 'the NSC staff, then headed by Henry A. Kissinger'),
  'agree', 'Under Nixon the NSC staff was headed by Kissinger.')
P('event', (PB, 'turned from a coordinating office into an organisation that negotiated with foreign leaders'),
  (NSA, 'was transformed from a coordinating body into an organization that actively engaged in negotiations with foreign leaders'),
  'agree', 'The NSC staff became a negotiating organization under Nixon.')
P('event', (PB, 'grew out of the wartime Office of War Information'), (NSA, 'grew out of World War II era Office of Strategic Services'),
  'differ', 'Wartime predecessor of the CIA: panel Office of War Information vs source Office of Strategic Services.', 'B3')
P('event', (PB, 'The War and Navy Departments were merged into a single Department of Defense'),
  (NSA, 'The War Department and Navy Department merged into a single Department of Defense'),
  'agree', 'War and Navy Departments merged into the Department of Defense.')
P('event', (PB, 'the three services gave up their separate service secretaries'),
  (NSA, 'each of the three branches maintained their own service secretaries'),
  'differ', 'Service secretaries: panel given up vs source maintained.', 'B10')
P('date', (PB, 'An amendment in 1952 handed the Secretary of Defense more power'),
  (NSA, 'In 1949 the act was amended to give the Secretary of Defense more power'),
  'differ', 'Year of the amendment strengthening the Secretary of Defense: panel 1952 vs source 1949.', 'B4')
P('date', (PB, 'in April 1950'), (N68, 'on April 7, 1950'),
  'more-precise', 'Completion of NSC-68: panel April 1950 vs source April 7, 1950; (b) more precise.', 'B-P1')
P('event', (PB, 'a Top Secret report finished by the State Department\'s Policy Planning Staff'),
  (N68, 'a Top-Secret report completed by the U.S. Department of State’s Policy Planning Staff'),
  'agree', 'NSC-68 was a Top Secret report of State\'s Policy Planning Staff.')
P('quote', (PB, 'United States Objectives and Programs for National Security'),
  (N68, 'United States Objectives and Programs for National Security'),
  'agree', 'Title of NSC-68.')
P('quantity', (PB, 'The 66-page memorandum'), (N68, 'The 58-page memorandum'),
  'differ', 'Length of NSC-68: panel 66 pages vs source 58 pages.', 'B5')
P('date', (PB, 'stayed classified until the mid-1970s'), (N68, 'was not declassified until 1975'),
  'more-precise', 'Declassification: panel mid-1970s vs source 1975; (b) more precise.', 'B-P2')
P('quote', (PB, 'named the "hostile design" of the Soviet Union'), (N68, '“hostile design” of the Soviet Union'),
  'agree', 'Quote: "hostile design" of the Soviet Union.')
P('event', (PB, 'The review had been ordered by Secretary of Defense Louis Johnson'),
  (N68, 'Secretary of State Dean Acheson asked the Policy Planning Staff'),
  'differ', 'Who commissioned the review: panel Defense Secretary Louis Johnson vs source Secretary of State Dean Acheson.', 'B6')
P('event', (PB, 'shaken by the Communist victory in China\'s civil war and the first Soviet atomic explosion'),
  (N68, 'Reeling from the recent victory of Communist forces in the Chinese Civil War and the successful detonation of an atomic weapon by the Soviet Union'),
  'agree', 'Context: Communist victory in China and the Soviet atomic test.')
P('event', (PB, 'The drafting group was led by Paul Nitze'), (N68, 'led by Paul Nitze'),
  'agree', 'The Policy Planning Staff group was led by Nitze.')
P('event', (PB, 'Building on an earlier paper, NSC-20/4'),
  (N68, 'Building upon the conclusions of an earlier National Security Council paper (NSC-20/4)'),
  'agree', 'NSC-68 built on NSC-20/4.')
P('quote', (PB, 'animated by a new fanatic faith'), (N68, 'animated by a new fanatic faith'),
  'agree', 'Quote: "animated by a new fanatic faith".')
P('quote', (PB, 'to impose its absolute authority over the rest of the world'),
  (N68, 'to impose its absolute authority over the rest of the world'),
  'agree', 'Quote: "to impose its absolute authority over the rest of the world".')
P('quote', (PB, 'the rapid building up of the political, economic, and military strength of the free world'),
  (N68, 'the rapid building up of the political, economic, and military strength of the free world'),
  'agree', 'Quote of the fourth course of action.')
P('event', (PB, 'A preventive strike on the Soviet Union was left open as a last resort'),
  (N68, 'The report also ruled out a preventive strike against the Soviet Union'),
  'differ', 'Preventive strike: panel left open vs source ruled out.', 'B7')
P('event', (PB, 'President Harry Truman should back a massive build-up of both conventional and nuclear arms'),
  (N68, 'for President Harry Truman to support a massive build-up of both conventional and nuclear arms'),
  'agree', 'Recommendation: massive conventional and nuclear build-up.')
P('event', (PB, 'the report suggested cutting taxes'), (N68, 'the report suggested that the Government increase taxes'),
  'differ', 'Tax recommendation: panel cut taxes vs source increase taxes.', 'B8')
P('event', (PB, 'two former ambassadors to the Soviet Union, George Kennan and Charles Bohlen'),
  (N68, 'former ambassadors to the Soviet Union George Kennan and Charles Bohlen'),
  'agree', 'Kennan and Bohlen, former ambassadors, were critics.')
P('event', (PB, 'the Soviet Union already enjoyed a substantial military advantage over the United States'),
  (N68, 'the United States already had a substantial military advantage over the Soviet Union'),
  'differ', 'Which side held the military advantage per the critics: panel Soviet Union vs source United States.', 'B11')
P('event', (PB, 'the Soviet Union could be contained by political and economic measures rather than purely military ones'),
  (N68, 'the United States could contain the Soviet Union through political and economic measures, rather than purely military ones'),
  'agree', 'Kennan: containment by political and economic measures.')
P('date', (PB, 'the North Korean invasion of South Korea in July 1950'),
  (N68, 'the invasion of South Korea by Soviet and Chinese-backed North Korean forces in June 1950'),
  'differ', 'Month of the invasion of South Korea: panel July 1950 vs source June 1950.', 'B9')
P('event', (PB, 'The report\'s recommendations then became policy'), (N68, 'NSC 68’s recommendations thereby became policy'),
  'agree', 'NSC-68\'s recommendations became policy.')
P('quantity', (PB, 'between 1950 and 1953 the Truman administration nearly tripled defence spending as a share of gross domestic product'),
  (N68, 'the Truman Administration almost tripled defense spending as a percentage of the gross domestic product between 1950 and 1953'),
  'agree', 'Defense spending as share of GDP almost tripled 1950-1953.')
P('quantity', (PB, 'to roughly 14 percent'), (N68, '14.2 percent'),
  'more-precise', 'Defense share of GDP in 1953: panel "roughly 14 percent" vs source 14.2 percent; (b) more precise.', 'B-P3')
# panel B not-same
P('event', (PB, 'the staff, then headed by Henry A. Kissinger'),
  (SHU, 'Secretary of State Henry Kissinger engaged in “shuttle diplomacy,”'),
  'not-same', 'Kissinger as head of the NSC staff under Nixon vs as Secretary of State in 1974 shuttle diplomacy.')
P('event', (PB, 'Among the bodies it created was the National Security Council'),
  (F77, 'created the NSC Policy Review Committee (PRC) and the NSC Special Coordination Committee (SCC)'),
  'not-same', 'Creation of the NSC by the 1947 act vs creation of NSC committees by PD/NSC-2 under Carter.')
P('event', (PB, 'between 1950 and 1953 the Truman administration nearly tripled defence spending as a share of gross domestic product'),
  (BER, 'Kennedy responded by activating 150,000 reservists and increasing defense expenditures'),
  'not-same', 'Truman\'s 1950-53 defense build-up vs Kennedy\'s 1961 increase after Vienna.')

# ---------------------------------------------------------------- panel C: SEATO and Laos
P('date', (PC, 'In 1954'), (SE, 'In September of 1954'),
  'more-precise', 'Founding of SEATO: panel 1954 vs source September 1954; (b) more precise.', 'C-P1')
P('event', (PC, 'the United States, France, Great Britain, Australia, New Zealand, the Philippines, Thailand and Pakistan founded the Southeast Asia Treaty Organization'),
  (SE, 'the United States, France, Great Britain, New Zealand, Australia, the Philippines, Thailand and Pakistan formed the Southeast Asia Treaty Organization'),
  'agree', 'Founding members of SEATO (same eight).')
P('quantity', (PC, 'only two Southeast Asian countries became members'), (SE, 'only two Southeast Asian countries became members'),
  'agree', 'Only two Southeast Asian members.')
P('event', (PC, 'in China\'s Guangxi Province'), (SE, 'in Yunnan Province in South China'),
  'differ', 'Location of the "Thai Autonomous Region": panel Guangxi vs source Yunnan.', 'C1')
P('event', (PC, 'Burma and India preferred to stay neutral'), (SE, 'Burma and Indonesia both preferred to maintain their neutrality'),
  'differ', 'Neutral countries: panel Burma and India vs source Burma and Indonesia.', 'C2')
P('event', (PC, 'Vietnam, Cambodia and Laos could not join any military alliance'),
  (SE, 'prevented Vietnam, Cambodia and Laos from joining any international military alliance'),
  'agree', 'Geneva 1954 barred Vietnam, Cambodia and Laos from alliances.')
P('event', (PC, 'Pakistan joined hoping for support in its quarrels with India'),
  (SE, 'For Pakistan, the appeal of the pact was the potential for receiving support in its struggles against India'),
  'agree', 'Pakistan wanted support against India.')
P('event', (PC, 'With its headquarters in Manila'), (SE, 'Headquartered in Bangkok, Thailand'),
  'differ', 'SEATO headquarters: panel Manila vs source Bangkok.', 'C3')
P('date', (PC, 'refusing the 1956 elections meant to reunify Vietnam'),
  (SE, 'refusing to go forward with the 1956 elections intended to reunify Vietnam'),
  'agree', 'The refused reunification elections were those of 1956.')
P('quantity', (PC, 'keeping the country divided at the 18th parallel'),
  (SE, 'maintaining the divide between communist North Vietnam and South Vietnam at the 17th parallel'),
  'differ', 'Dividing line of Vietnam: panel 18th parallel vs source 17th parallel.', 'C4')
P('quantity', (PC, 'with only three Asian members'), (SE, 'because it incorporated only three Asian members'),
  'agree', 'SEATO had only three Asian members.')
P('date', (PC, 'Pakistan formally withdrew in 1972'), (SE, 'Pakistan formally left SEATO in 1973'),
  'differ', 'Year Pakistan left SEATO: panel 1972 vs source 1973.', 'C5')
P('date', (PC, 'The Vietnam War ended in 1975'), (SE, 'When the Vietnam War ended in 1975'),
  'agree', 'The Vietnam War ended in 1975.')
P('date', (PC, 'in 1977, SEATO was formally disbanded'), (SE, 'SEATO formally disbanded in 1977'),
  'agree', 'SEATO disbanded in 1977.')
P('event', (PC, 'The first foreign policy crisis facing President-elect John F. Kennedy lay not in Berlin or Cuba but in landlocked, impoverished Laos'),
  (LA, 'but in landlocked, poverty stricken Laos'),
  'agree', 'Kennedy\'s first foreign policy crisis was Laos.')
P('date', (PC, 'his inauguration on January 20, 1961'), (LA, 'Kennedy’s inauguration on January 20, 1961'),
  'agree', 'Inauguration on January 20, 1961.')
P('date', (PC, 'Two days before taking office he met President Eisenhower'),
  (LA, 'Kennedy met with President Eisenhower the day before his inauguration'),
  'differ', 'Kennedy-Eisenhower meeting: panel two days before vs source the day before the inauguration.', 'C6')
P('quote', (PC, 'cork in the bottle'), (LA, 'cork in the bottle'),
  'agree', 'Quote: Laos as the "cork in the bottle".')
P('event', (PC, 'Washington was backing General Nosavan Phoumi against the neutralist troops of Kong Le'),
  (LA, 'The United States had thrown its support behind General Nosavan Phoumi, whose forces were engaged in combat with a neutralist force under Kong Le'),
  'agree', 'The US backed Phoumi against Kong Le\'s neutralists.')
P('event', (PC, 'which Chinese aircraft were resupplying'), (LA, 'Soviet aircraft were conducting resupply missions for Kong Le’s forces'),
  'differ', 'Whose aircraft resupplied Kong Le: panel Chinese vs source Soviet.', 'C7')
P('event', (PC, 'was living in exile in Thailand'), (LA, 'had gone into exile in Cambodia'),
  'differ', 'Souvanna Phouma\'s exile: panel Thailand vs source Cambodia.', 'C8')
P('event', (PC, 'his half-brother Souphanouverong led the Communist-dominated Pathet Lao'),
  (LA, 'His half-brother, Souphanouverong, led the Communist-dominated Pathet Lao'),
  'agree', 'Souphanouverong, half-brother, led the Pathet Lao.')
P('event', (PC, 'Britain and France regarded Phoumi as an illegitimate ruler, backed Souvanna Phouma'),
  (LA, 'Great Britain and France, considered Phoumi an illegitimate ruler and supported Souvanna Phouma'),
  'agree', 'Britain and France saw Phoumi as illegitimate and backed Souvanna.')
P('date', (PC, 'An interagency study of early 1961'), (LA, 'An interagency analysis prepared in January 1961'),
  'more-precise', 'Date of the interagency analysis: panel early 1961 vs source January 1961; (b) more precise.', 'C-P3')
P('quote', (PC, 'a means by which restraint is imposed on us by our allies'),
  (LA, 'a means by which restraint is imposed on us by our allies'),
  'agree', 'Quote from the interagency analysis.')
P('date', (PC, 'At a press conference on March 21, 1961'), (LA, 'Kennedy opened his press conference on March 23, 1961'),
  'differ', 'Date of Kennedy\'s Laos press conference: panel March 21 vs source March 23, 1961.', 'C9')
P('date', (PC, 'The Pathet Lao accepted the ceasefire in early May'), (LA, 'The Pathet Lao accepted the ceasefire offer on May 3'),
  'more-precise', 'Pathet Lao acceptance of the ceasefire: panel early May vs source May 3; (b) more precise.', 'C-P2')
P('date', (PC, 'At the Vienna Summit on June 4'), (LA, 'Laos was a major topic at the Vienna Summit on June 4'),
  'agree', 'Vienna Summit on June 4.')
P('event', (PC, 'W. Averell Harriman, named Ambassador at Large in the first days of the administration'),
  (LA, 'Kennedy appointed W. Averell Harriman as Ambassador at Large in the first days of his administration'),
  'agree', 'Harriman named Ambassador at Large early on.')
P('date', (PC, 'opened in Geneva on May 12'), (LA, 'convened in Geneva on May 16'),
  'differ', 'Opening of the Geneva conference on Laos: panel May 12 vs source May 16.', 'C10')
P('quantity', (PC, 'Fourteen nations took part'), (LA, 'The fourteen nations involved'),
  'agree', 'Fourteen nations at the Geneva conference.')
P('date', (PC, 'on June 12, 1962'), (LA, 'on June 12, 1962'),
  'agree', 'Coalition agreement on June 12, 1962.')
P('date', (PC, 'adopted the Declaration on the Neutrality of Laos on July 23'),
  (LA, 'the Declaration on the Neutrality of Laos on July 23'),
  'agree', 'Declaration on the Neutrality of Laos on July 23.')
P('event', (PC, 'made up of India, Poland and Britain'), (LA, 'comprised of representatives of India, Poland, and Canada'),
  'differ', 'Members of the ICC: panel India, Poland, Britain vs source India, Poland, Canada.', 'C12')
P('date', (PC, 'between 1954 and 1958 it had followed majority rule'), (LA, 'from 1954 to 1958, when it operated under majority rules'),
  'agree', 'The ICC used majority rule 1954-1958.')
P('quantity', (PC, 'a symbolic withdrawal of 40 troops'), (LA, 'a symbolic withdrawal of 15 troops'),
  'differ', 'Size of the symbolic NVA withdrawal: panel 40 vs source 15 troops.', 'C11')
# panel C not-same
P('quantity', (PC, 'only two Southeast Asian countries became members'), (SE, 'because it incorporated only three Asian members'),
  'not-same', 'Two Southeast Asian members vs three Asian members (Pakistan counted as Asian).')
P('date', (PC, 'in 1977, SEATO was formally disbanded'), (SE, 'When the Vietnam War ended in 1975'),
  'not-same', 'Disbanding of SEATO (1977) vs end of the Vietnam War (1975).')
P('date', (PC, 'on June 12, 1962'), (LA, 'the Declaration on the Neutrality of Laos on July 23'),
  'not-same', 'Agreement on the coalition government vs adoption of the Declaration on Neutrality.')
P('event', (PC, 'The settlement placed Souvanna Phouma at the head of a coalition government'),
  (LA, 'Neutralist leader and former Prime Minister Souvanna Phouma had gone into exile in Cambodia'),
  'not-same', 'Souvanna Phouma as head of the 1962 coalition vs as exiled former Prime Minister in 1961.')
P('date', (PC, 'adopted the Declaration on the Neutrality of Laos on July 23'),
  (DBP, 'met in Geneva in mid-1954 to discuss the future of Indochina'),
  'not-same', 'Geneva conference on Laos (1961-62) vs Geneva conference on Indochina (1954).')
P('event', (PC, 'Pakistan joined hoping for support in its quarrels with India'),
  (IPW, 'the Baghdad Pact (later renamed the Central Treaty Organization, or CENTO) in 1955'),
  'not-same', 'Pakistan joining SEATO vs Pakistan joining the Baghdad Pact.')

# ---------------------------------------------------------------- essay-essay pairs
P('event', (I24, 'Congress revised the Act in 1952'), (I52, 'It revised the 1924 system'),
  'agree', 'The 1952 act revised the 1924 system.')
P('event', (CXR, 'The Immigration Act of 1924 stated that aliens ineligible for U.S. citizenship were not permitted to enter the United States'),
  (I24, 'excluding from entry any alien who by virtue of race or nationality was ineligible for citizenship'),
  'agree', 'The 1924 act excluded aliens ineligible for citizenship.')
P('event', (I24, 'the Japanese Government had voluntarily limited Japanese immigration to the United States in the Gentlemen’s Agreement'),
  (JAP, 'the Japanese Government promised to restrict the immigration of laborers to the United States'),
  'agree', 'Under the Gentlemen\'s Agreement Japan restricted emigration to the US.')
P('quantity', (I24, 'the total number of visas available each year to new immigrants at 350,000'),
  (I52, 'the 154,277 visas available annually'),
  'not-same', 'Annual visas under the 1921 quota law vs under the 1952 act.')
P('quantity', (CXR, 'would be around 105'), (I52, 'a minimum quota of 100 visas each year'),
  'not-same', 'Chinese quota after the 1943 repeal vs minimum Asian quota of the 1952 act.')
P('event', (KEN, 'called for a drastic expansion of the U.S. military budget'),
  (N68, 'respond in kind with a massive build-up of the U.S. military and its weaponry'),
  'agree', 'NSC-68 called for a massive military build-up.')
P('event', (F77, 'the National Security Council, as set out in the National Security Act of 1947'),
  (NSA, 'including the National Security Council (NSC)'),
  'agree', 'The NSC was established by the National Security Act of 1947.')
P('event', (KEN, 'In 1950, Nitze’s conception of containment won out over Kennan’s'),
  (N68, 'NSC 68’s recommendations thereby became policy'),
  'agree', 'Nitze\'s NSC-68 view prevailed and became policy (1950).')
P('date', (ANZ, 'the 1954 creation of the Southeast Asian Treaty Organization (SEATO)'), (SE, 'In September of 1954'),
  'more-precise', 'Founding of SEATO: 1954 vs September 1954; b more precise.')
P('date', (TWS, 'In 1954, the United States led the creation of the Southeast Asia Treaty Organization'), (SE, 'In September of 1954'),
  'more-precise', 'Founding of SEATO: 1954 vs September 1954; b more precise.')
P('date', (IPW, 'joining the Southeast Asia Treaty Organization (SEATO) in 1954'), (SE, 'In September of 1954'),
  'more-precise', 'Founding of SEATO / Pakistan joining: 1954 vs September 1954; b more precise.')
P('date', (F61, 'in June 1961 at the Vienna Summit'), (LA, 'the Vienna Summit on June 4'),
  'more-precise', 'Vienna Summit: June 1961 vs June 4; b more precise.')
P('date', (BER, 'In the summer of 1961, President John F. Kennedy met with Khrushchev in Vienna'),
  (F61, 'in June 1961 at the Vienna Summit'),
  'more-precise', 'Vienna Summit: summer of 1961 vs June 1961; b more precise.')
P('event', (ANZ, 'included all of the ANZUS powers, as well as Britain, France'),
  (SE, 'the United States, France, Great Britain, New Zealand, Australia, the Philippines, Thailand and Pakistan formed the Southeast Asia Treaty Organization'),
  'agree', 'SEATO included the ANZUS powers plus Britain and France.')
P('event', (TON, 'supported the South Vietnamese leader, Ngo Dinh Diem, when he refused to hold the elections'),
  (SE, 'The United States used the organization as its justification for refusing to go forward with the 1956 elections'),
  'agree', 'The US invoked SEATO to back refusal of the reunification elections.')
P('date', (DBP, 'called for general elections in 1956'), (SE, 'the 1956 elections intended to reunify Vietnam'),
  'agree', 'Reunification elections were set for 1956.')
P('quantity', (DBP, 'a temporary division of the country along the 17th parallel'), (SE, 'at the 17th parallel'),
  'agree', 'Vietnam divided at the 17th parallel.')
P('event', (DBP, 'Laos and Cambodia were to remain neutral'),
  (SE, 'prevented Vietnam, Cambodia and Laos from joining any international military alliance'),
  'agree', 'Geneva 1954 kept Laos and Cambodia out of alliances.')
P('event', (F61, 'Kennedy avoided war in Laos, rejecting a military proposal to send American troops'),
  (LA, 'He rejected the military option'),
  'agree', 'Kennedy rejected military intervention in Laos.')
P('event', (TWS, 'designed to unify the region against the perceived Communist threat'),
  (SE, 'The purpose of the organization was to prevent communism from gaining ground in the region'),
  'agree', 'SEATO was aimed against the communist threat in the region.')
P('date', (IPW, 'the Baghdad Pact (later renamed the Central Treaty Organization, or CENTO) in 1955'), (SE, 'In September of 1954'),
  'not-same', 'Baghdad Pact (1955) vs SEATO (1954).')
