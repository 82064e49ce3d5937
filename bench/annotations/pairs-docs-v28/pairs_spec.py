"""Hand-written spec for pairs_v28.

P(kind, (doc, span), (doc, span), verdict, note, label=None, type=None)
Side a is the panel for panel-essay pairs; for more-precise pairs side b is always the more precise side.
`label`/`type` mark planted errors (A*/B*/C* contradictions -> differ; *-P* precision -> more-precise).
"""

PA = 'panel-one-china-two-communiques'
PB = 'panel-airlift-ultimatum-and-wall'
PC = 'panel-sea-power-and-reciprocal-trade'
CHP = '1977-1980-china-policy'
COM = '1981-1988-china-communique'
AIR = '1945-1952-berlin-airlift'
BCR = '1953-1960-berlin-crises'
MAH = '1866-1898-mahan'
EXI = '1921-1936-export-import-bank'

PANELS = {PA: [CHP, COM], PB: [AIR, BCR], PC: [MAH, EXI]}

SPEC = []


def P(kind, a, b, verdict, note, label=None, type=None):
    SPEC.append(dict(kind=kind, a=a, b=b, verdict=verdict, note=note, label=label, type=type))


# ---------------------------------------------------------------- panel A: China normalization and the 1982 communique
P('date', (PA, 'in 1949 and proclaimed the People\'s Republic'),
  (CHP, 'In 1949, Chinese Communist Party forces defeated the Government of the Republic of China in the Chinese Civil War and founded the People’s Republic of China'),
  'agree', 'People\'s Republic of China founded in 1949.')
P('date', (PA, 'carried on chiefly through ambassadorial talks in Warsaw that had opened in 1957'),
  (CHP, 'Sino-U.S. Ambassadorial talks in Warsaw, which began in 1955'),
  'differ', 'Start of the Sino-U.S. ambassadorial talks in Warsaw: 1957 vs 1955.', 'A1', 'wrong year')
P('event', (PA, 'Henry Kissinger found willing counterparts in Chairman Mao Zedong and Premier Zhou Enlai'),
  (CHP, 'Nixon and his aide, Henry Kissinger, found ready partners in Mao Zedong, the Chairman of the Chinese Communist Party, and Zhou Enlai, the Chinese Premier'),
  'agree', 'Kissinger finds partners in Mao Zedong and Zhou Enlai.')
P('event', (PA, 'Their work produced the Shanghai Communiqué, which laid a basis for cooperation'),
  (CHP, 'Their efforts resulted in the Shanghai Communiqué, which laid the basis for future cooperation between the two countries'),
  'agree', 'The Shanghai Communique lays the basis for cooperation.')
P('date', (PA, 'In 1974 each country opened a liaison office in the other\'s capital'),
  (CHP, 'the two countries opened liaison offices in one another’s capitals in 1973'),
  'differ', 'Year the U.S. and PRC liaison offices opened: 1974 vs 1973.', 'A2', 'wrong year')
P('quote', (PA, 'two Chinas'), (CHP, 'two Chinas'),
  'agree', 'Beijing rejected "two Chinas".')
P('date', (PA, 'Jimmy Carter entered the White House in January 1977'),
  (CHP, 'When Carter took office in January 1977'),
  'agree', 'Carter takes office in January 1977.')
P('date', (PA, 'In 1978 the President decided to go ahead'),
  (CHP, 'In the spring of 1978, Carter decided to proceed with normalization'),
  'more-precise', 'Carter decides to proceed with normalization: 1978 vs spring 1978; (b) more precise.', 'A-P1', 'precision: year vs part of year')
P('event', (PA, 'the American negotiator, Leonard Unger, who headed the U.S. Liaison Office in Beijing'),
  (CHP, 'the U.S. negotiator Leonard Woodcock, the head of the U.S. Liaison Office in Beijing'),
  'differ', 'U.S. negotiator heading the Liaison Office in Beijing: Leonard Unger vs Leonard Woodcock.', 'A3', 'wrong person')
P('date', (PA, 'The breakthrough was made public on December 16, 1978'),
  (CHP, 'on December 15, 1978, when, following months of secret negotiations'),
  'differ', 'Announcement of U.S.-PRC mutual recognition: December 16 vs December 15, 1978.', 'A4', 'wrong day')
P('event', (PA, 'Washington recognised the People\'s Republic as the sole legal government of China'),
  (CHP, 'the United States recognized the Government of the People’s Republic of China as the sole legal government of China'),
  'agree', 'U.S. recognizes the PRC as sole legal government of China.')
P('quote', (PA, 'the Chinese position that there is but one China and Taiwan is part of China'),
  (CHP, 'the Chinese position that there is but one China and Taiwan is part of China'),
  'agree', 'Quoted acknowledgment of the one-China position.')
P('date', (PA, 'the Mutual Defense Treaty with the Republic of China, first signed in September 1954'),
  (CHP, 'the Mutual Defense Treaty between the United States and the Republic of China, originally signed in December 1954'),
  'differ', 'Signature of the U.S.-ROC Mutual Defense Treaty: September 1954 vs December 1954.', 'A5', 'wrong month')
P('quote', (PA, 'maintain cultural, commercial, and other unofficial relations with the people of Taiwan'),
  (CHP, 'maintain cultural, commercial, and other unofficial relations with the people of Taiwan'),
  'agree', 'Quoted promise of unofficial relations with Taiwan.')
P('date', (PA, 'Official relations were to begin on January 1, 1979'),
  (CHP, 'the United States would begin official diplomatic relations with the People’s Republic of China on January 1, 1979'),
  'agree', 'Official U.S.-PRC relations begin January 1, 1979.')
P('date', (PA, 'the two embassies were to open on February 1'),
  (CHP, 'the two countries would open Embassies on March 1'),
  'differ', 'Opening of the U.S. and PRC embassies (1979): February 1 vs March 1.', 'A6', 'wrong month')
P('date', (PA, 'Official relations were to begin on January 1, 1979'),
  (CHP, 'the two countries would open Embassies on March 1'),
  'not-same', 'Start of diplomatic relations (January 1) vs opening of embassies (March 1): two different steps.')
P('event', (PA, 'accepting these embassies in all but name'),
  (CHP, 'the two countries would open Embassies on March 1'),
  'not-same', 'Liaison offices as de facto embassies (1973) vs the formal embassies opened in 1979.')
P('date', (PA, 'Vice-Premier Deng Xiaoping\'s goodwill tour of the United States in January 1979'),
  (CHP, 'Chinese Vice-Premier Deng Xiaoping’s goodwill visit to the United States in January 1979'),
  'agree', 'Deng\'s goodwill visit to the U.S. in January 1979.')
P('event', (PA, 'photographers caught him at a rodeo in a ten-gallon hat'),
  (CHP, 'famously photographing him at a rodeo wearing a ten-gallon hat'),
  'agree', 'Deng photographed at a rodeo in a ten-gallon hat.')
P('date', (PA, 'At the end of January 1979 the two governments signed agreements on consular relations, academic exchanges'),
  (CHP, 'On January 31, the United States and People’s Republic of China concluded agreements on various topics including consular relations, academic exchanges'),
  'more-precise', 'U.S.-PRC agreements on consular relations and exchanges (1979): end of January vs January 31; (b) more precise.', 'A-P2', 'precision: part of month vs day')
P('event', (PA, 'China meant to attack Vietnam in retaliation for its invasion of Laos'),
  (CHP, 'intention to attack Vietnam in response to that country’s invasion of Cambodia'),
  'differ', 'Vietnamese invasion that China cited for attacking Vietnam: Laos vs Cambodia.', 'A7', 'wrong country')
P('event', (PA, 'Carter tried without success to talk him out of it'),
  (CHP, 'Carter unsuccessfully attempted to dissuade Deng from pursuing this military action'),
  'agree', 'Carter fails to dissuade Deng from attacking Vietnam.')
P('date', (PA, 'The Taiwan Relations Act, which became law on April 20, 1979'),
  (CHP, 'the Taiwan Relations Act (TRA), which became law on April 10, 1979'),
  'differ', 'Taiwan Relations Act becomes law: April 20 vs April 10, 1979.', 'A8', 'wrong day')
P('quote', (PA, 'to provide Taiwan with arms of a defensive character'),
  (CHP, 'to provide Taiwan with arms of a defensive character'),
  'agree', 'Quoted TRA policy on defensive arms.')
P('event', (PA, 'the Soviet invasion of Afghanistan in 1979 pushed the two countries closer together'),
  (CHP, 'The 1979 Soviet invasion of Afghanistan increased Sino-American military cooperation'),
  'agree', 'The 1979 Soviet invasion of Afghanistan draws the U.S. and PRC together.')
P('event', (PA, 'despite the objections of National Security Adviser Zbigniew Brzezinski and Secretary of State Cyrus Vance'),
  (CHP, 'despite the objections of Secretary of Defense Harold Brown and Secretary of State Cyrus Vance'),
  'differ', 'Officials objecting to Sino-American military cooperation: Brzezinski and Vance vs Harold Brown and Vance.', 'A9', 'wrong person')
P('event', (PA, 'Carter\'s officials, the incoming Reagan administration and majorities in Congress all agreed that the sales should continue'),
  (COM, 'officials in the Carter administration and the incoming administration of President Ronald Reagan, along with majorities in Congress, agreed that the United States should not end arms sales to Taiwan'),
  'agree', 'Carter and Reagan officials and Congress agree arms sales to Taiwan should continue.')
P('event', (PA, 'Beijing called them a violation of Chinese sovereignty'),
  (COM, 'PRC officials insisted that the continuation of such sales was a violation of their country’s sovereignty'),
  'agree', 'PRC calls arms sales a violation of its sovereignty.')
P('date', (PA, 'Formal talks on the question opened in January 1982'),
  (COM, 'In January 1982, the United States and the People’s Republic of China commenced official discussions on U.S. arms sales to Taiwan'),
  'agree', 'Official talks on arms sales to Taiwan begin January 1982.')
P('date', (PA, 'Vice President George H.W. Bush flew to Beijing in April 1982'),
  (COM, 'In May 1982, with negotiations largely stalled due to these significant disagreements, Reagan suggested that Vice President George H.W. Bush travel to Beijing'),
  'differ', 'Bush\'s trip to Beijing during the communique talks: April 1982 vs May 1982.', 'A10', 'wrong month')
P('event', (PA, 'met Deng Xiaoping, by then the country\'s paramount leader'),
  (COM, 'including the leader of the People’s Republic of China, Deng Xiaoping'),
  'agree', 'Bush meets Deng Xiaoping, leader of the PRC (1982).')
P('event', (PA, 'met Deng Xiaoping, by then the country\'s paramount leader'),
  (CHP, 'Chinese Vice-Premier Deng Xiaoping’s goodwill visit to the United States in January 1979'),
  'not-same', 'Same person in different roles and events: Deng as PRC leader meeting Bush in Beijing (1982) vs Deng as Vice-Premier visiting the U.S. (1979).')
P('quantity', (PA, 'the White House released four letters from Reagan'),
  (COM, 'the White House publicized three letters from President Reagan'),
  'differ', 'Number of Reagan letters publicized during Bush\'s trip: four vs three.', 'A11', 'wrong number (letters)')
P('event', (PA, 'among them Premier Zhao Ziyang and Party Chairman Hu Yaobang'),
  (COM, 'to Deng, Premier Zhao Ziyang, and Communist Party Chairman Hu Yaobang'),
  'agree', 'Reagan\'s letters went to Zhao Ziyang and Hu Yaobang (among others).')
P('quote', (PA, 'date certain'), (COM, 'date certain'),
  'agree', 'The "date certain" for ending arms sales.')
P('event', (PA, 'Chinese negotiators had dropped their demand'),
  (COM, 'Chinese officials dropped their insistence that the United States agree to a'),
  'agree', 'The Chinese side drops its demand (for a date certain).')
P('date', (PA, 'The resulting communiqué was issued in August 1982'),
  (COM, 'On August 17, 1982, the People’s Republic of China and United States announced the agreement of the Communiqué'),
  'more-precise', 'Issue of the U.S.-China communique on arms sales to Taiwan: August 1982 vs August 17, 1982; (b) more precise.', 'A-P3', 'precision: month vs day')
P('date', (PA, 'after six months of hard bargaining'),
  (COM, 'after eight months of contentious negotiations'),
  'differ', 'Length of the 1982 communique negotiations: six vs eight months.', 'A12', 'wrong interval (months)')
P('event', (PA, 'Washington pointed to the link between smaller arms sales and Beijing\'s peaceful policy'),
  (COM, 'U.S. officials, for example, focused on the correlation between reduction of arms sales to Taiwan and the People’s Republic of China’s peaceful policy toward Taiwan'),
  'agree', 'U.S. stresses the link between reduced arms sales and China\'s peaceful policy.')
P('event', (PA, 'Their work produced the Shanghai Communiqué'),
  (COM, 'more commonly known as the August 17 Communiqué'),
  'not-same', 'Two different U.S.-China communiques: Shanghai (Nixon era) vs August 17 (1982).')
P('date', (PA, 'Jimmy Carter entered the White House in January 1977'),
  (COM, 'formally normalized relations with the People’s Republic of China on January 1, 1979'),
  'not-same', 'Carter taking office (January 1977) vs normalization taking effect (January 1, 1979).')

# ---------------------------------------------------------------- panel B: Berlin 1948-1961
P('event', (PB, 'the United States, Britain and France held the western parts of the city, Soviet troops the east'),
  (AIR, 'The United States, United Kingdom, and France controlled western portions of the city, while Soviet troops controlled the eastern sector'),
  'agree', 'Western sectors held by U.S., UK and France; eastern sector by Soviet troops.')
P('date', (PB, 'the Potsdam Conference of 1945 failed to decide what should become of Germany'),
  (AIR, 'the problem of what to do about Germany was not successfully addressed at the July 1945 Potsdam Conference'),
  'more-precise', 'Potsdam Conference that failed to settle Germany\'s future: 1945 vs July 1945; (b) more precise.', 'B-P1', 'precision: year vs month')
P('quantity', (PB, 'Roughly 2.5 million Berliners'),
  (AIR, 'Two and a half million Berliners'),
  'more-precise', 'Population of postwar Berlin: roughly 2.5 million vs two and a half million; (b) more precise (no hedge).', 'B-P2', 'precision: approximate vs exact figure')
P('date', (PB, 'merged their zones into Bizonia on January 1, 1946'),
  (AIR, 'On January 1, the United States and United Kingdom unified their respective zones and formed Bizonia'),
  'differ', 'Formation of Bizonia: January 1, 1946 vs January 1 (1947, from the paragraph "The year 1947 saw major shifts").', 'B1', 'wrong year')
P('date', (PB, 'In March 1947 the Moscow Conference of Foreign Ministers broke down'),
  (AIR, 'In March, the breakdown of the Moscow Conference of Foreign Ministers'),
  'agree', 'Moscow Conference of Foreign Ministers breaks down in March (1947 from context).')
P('date', (PB, 'In May 1947 Secretary of State George Marshall announced the European Recovery Program'),
  (AIR, 'In June, Secretary of State George Marshall announced the European Recovery Program'),
  'differ', 'Marshall announces the European Recovery Program: May 1947 vs June (1947 from context).', 'B2', 'wrong month')
P('date', (PB, 'Early in 1948 the three Western powers secretly began planning a new West German state'),
  (AIR, 'In early 1948, the United States, United Kingdom, and France secretly began to plan the creation of a new German state'),
  'agree', 'Western powers secretly plan a West German state in early 1948.')
P('date', (PB, 'When the Soviets learned of it in February 1948, they walked out of the Allied Control Council'),
  (AIR, 'In March, when the Soviets discovered these designs, they withdrew from the Allied Control Council'),
  'differ', 'Soviet withdrawal from the Allied Control Council: February 1948 vs March (1948 from context).', 'B3', 'wrong month')
P('date', (PB, 'In June the Americans and British brought the new Deutschmark into Bizonia and West Berlin'),
  (AIR, 'In June, without informing the Soviets, U.S. and British policymakers introduced the new Deutschmark to Bizonia and West Berlin'),
  'agree', 'Deutschmark introduced in Bizonia and West Berlin in June (1948).')
P('event', (PB, 'The Soviets answered with a currency of their own, the Ostmark'),
  (AIR, 'U.S. and British policymakers introduced the new Deutschmark to Bizonia and West Berlin'),
  'not-same', 'Two different currencies: the Soviet Ostmark vs the Western Deutschmark.')
P('date', (PB, 'on June 23, 1948 they closed the rail, road and water routes into the Allied sectors'),
  (AIR, 'The crisis started on June 24, 1948, when Soviet forces blockaded rail, road, and water access to Allied-controlled areas of Berlin'),
  'differ', 'Start of the Soviet blockade of Berlin: June 23 vs June 24, 1948.', 'B4', 'wrong day')
P('date', (PB, 'told Washington on June 13, 1948'),
  (AIR, 'On June 13, 1948, the administrator of U.S.-occupied Germany General Lucius Clay reported to Washington'),
  'agree', 'General Clay reports to Washington on June 13, 1948.')
P('quote', (PB, 'our remaining in Berlin is essential to our prestige in Germany and in Europe'),
  (AIR, 'our remaining in Berlin is essential to our prestige in Germany and in Europe'),
  'agree', 'Clay\'s quoted words on Berlin and U.S. prestige.')
P('date', (PB, 'The United States began "Operation Vittles" on June 26'),
  (AIR, 'The United States launched “Operation Vittles” on June 26'),
  'agree', 'Operation Vittles launched June 26 (1948).')
P('date', (PB, 'Britain followed four days later'),
  (AIR, 'with the United Kingdom following suit two days later'),
  'differ', 'Interval before the British airlift (Operation Plainfare) began: four days vs two days after Vittles.', 'B5', 'wrong interval (days)')
P('event', (PB, 'The United States began "Operation Vittles" on June 26'),
  (AIR, 'Operation Plainfare'),
  'not-same', 'Two different airlift operations: the American Operation Vittles vs the British Operation Plainfare.')
P('event', (PB, 'Washington also sent B-29 bombers, able to carry atomic weapons, to Britain'),
  (AIR, 'the United States also sent to the United Kingdom B-29 bombers, which were capable of carrying nuclear weapons'),
  'agree', 'Nuclear-capable B-29s sent to the United Kingdom.')
P('date', (PB, 'In October 1948 the Socialist Unity Party (SED)'),
  (AIR, 'In September 1948, the Socialist Unity Party of Germany (SED)'),
  'differ', 'SED march on the Berlin City Council: October 1948 vs September 1948.', 'B6', 'wrong month')
P('event', (PB, 'marched on the city council and forced it to adjourn'),
  (AIR, 'marched on the Berlin City Council and forced it to adjourn'),
  'agree', 'SED marches on the city council and forces it to adjourn.')
P('quantity', (PB, 'some 500,000 West Berliners rallied at the Reichstag'),
  (AIR, '300,000 West Berliners gathered at the Reichstag'),
  'differ', 'West Berliners rallying at the Reichstag (1948): some 500,000 vs 300,000.', 'B7', 'wrong number (people)')
P('event', (PB, 'their turnout persuaded the Allies to keep both the airlift and the new currency'),
  (AIR, 'The turnout convinced the West to keep the airlift and the Deutschmark'),
  'agree', 'The rally persuades the West to keep the airlift and the Deutschmark.')
P('quantity', (PB, 'an aircraft touched down at Tempelhof every 90 seconds'),
  (AIR, 'one plane landed every 45 seconds at Tempelhof Airport'),
  'differ', 'Landing rate at Tempelhof at the height of the airlift: every 90 vs every 45 seconds.', 'B8', 'wrong number (seconds)')
P('date', (PB, 'The Soviets lifted the blockade in May 1949'),
  (AIR, 'On May 11, 1949, Moscow lifted the blockade of West Berlin'),
  'more-precise', 'End of the Berlin blockade: May 1949 vs May 11, 1949; (b) more precise. (The essay\'s opening paragraph gives May 12, 1949; not used.)', 'B-P3', 'precision: month vs day')
P('event', (PB, 'shortly after the Western Allies had founded NATO'),
  (AIR, 'Shortly before the end of the blockade, the Western Allies created the North Atlantic Treaty Organization (NATO)'),
  'agree', 'NATO created shortly before the blockade ended.')
P('date', (PB, 'Within two weeks the West German state had been established'),
  (AIR, 'Two weeks after the end of the blockade, the state of West Germany was established'),
  'agree', 'West Germany established two weeks after the blockade ended.')
P('date', (PB, 'On November 27, 1958, Soviet Premier Nikita Khrushchev demanded in a speech'),
  (BCR, 'On November 10, 1958, Soviet Premier Nikita Khrushchev delivered a speech'),
  'differ', 'Khrushchev\'s Berlin ultimatum speech: November 27 vs November 10, 1958.', 'B9', 'wrong day')
P('date', (PB, 'withdraw their forces from West Berlin within six months'),
  (BCR, 'pull their forces out of West Berlin within six months'),
  'agree', 'The 1958 ultimatum: Western forces out of West Berlin within six months.')
P('event', (PB, 'President Dwight Eisenhower refused to yield'),
  (BCR, 'U.S. President Dwight Eisenhower became determined not to give in to Soviet demands'),
  'agree', 'Eisenhower refuses to give in to the Soviet demands.')
P('date', (PB, 'in the summer of 1959 the foreign ministers met at Geneva'),
  (BCR, 'the two sides opened a foreign minister’s conference at Geneva in the summer of 1959'),
  'agree', 'Foreign ministers\' conference at Geneva, summer 1959.')
P('event', (PB, 'Eisenhower and Khrushchev made some headway at Camp David in 1959'),
  (BCR, 'Khrushchev and Eisenhower made some progress toward mutual understanding during talks at Camp David in the United States in 1959'),
  'agree', 'Eisenhower-Khrushchev progress at Camp David in 1959.')
P('date', (PB, 'the downing of an American U-2 spy plane over Soviet territory in 1960'),
  (BCR, 'the Soviet Union shot down an American U-2 spy plane canvassing Soviet territory in 1960'),
  'agree', 'American U-2 shot down over Soviet territory in 1960.')
P('event', (PB, 'He met John F. Kennedy at Geneva'),
  (BCR, 'President John F. Kennedy met with Khrushchev in Vienna'),
  'differ', 'Place of the 1961 Kennedy-Khrushchev meeting: Geneva vs Vienna.', 'B10', 'wrong place (city)')
P('event', (PB, 'the foreign ministers met at Geneva'),
  (BCR, 'President John F. Kennedy met with Khrushchev in Vienna'),
  'not-same', 'Two different meetings: the 1959 foreign ministers\' conference at Geneva vs the 1961 Kennedy-Khrushchev summit in Vienna.')
P('event', (PB, 'the two leaders took up Berlin, Laos and disarmament'),
  (BCR, 'to address the ongoing issue of Berlin, in addition to the countries’ competing interests in Laos, and the question of disarmament'),
  'agree', 'The 1961 summit agenda: Berlin, Laos and disarmament.')
P('event', (PB, 'They agreed to keep talking about Laos but found no answer on Berlin'),
  (BCR, 'Although they agreed to further discussions on Laos, they found no solution to the Berlin problem'),
  'agree', 'Further talks on Laos agreed; no solution on Berlin.')
P('date', (PB, 'Khrushchev again set a six-month deadline'),
  (BCR, 'Khrushchev once again gave the United States six months to withdraw from Berlin'),
  'agree', 'Khrushchev\'s renewed six-month deadline (1961).')
P('date', (PB, 'Khrushchev again set a six-month deadline'),
  (BCR, 'pull their forces out of West Berlin within six months'),
  'not-same', 'Two different six-month ultimatums: after the 1961 Vienna summit vs November 1958.')
P('quantity', (PB, 'Kennedy called up 250,000 reservists'),
  (BCR, 'Kennedy responded by activating 150,000 reservists'),
  'differ', 'Reservists activated by Kennedy in 1961: 250,000 vs 150,000.', 'B11', 'wrong number (reservists)')
P('date', (PB, 'in mid-August 1961, Berliners woke to find'),
  (BCR, 'On the morning of August 13, 1961, Berliners awoke to discover'),
  'more-precise', 'Barbed-wire barrier appears across Berlin: mid-August 1961 vs August 13, 1961; (b) more precise.', 'B-P4', 'precision: part of month vs day')
P('event', (PB, 'on the orders of East German leader Erich Honecker'),
  (BCR, 'on the orders of East German leader Walter Ulbricht'),
  'differ', 'East German leader who ordered the barbed-wire fence: Erich Honecker vs Walter Ulbricht.', 'B12', 'wrong person')
P('event', (PB, 'Concrete walls and guard towers soon followed'),
  (BCR, 'The barbed wire fence was soon expanded to include cement walls and guard towers'),
  'agree', 'The fence is soon expanded with concrete walls and guard towers.')
P('event', (PB, 'Kennedy used back channels to suggest that Khrushchev withdraw his tanks'),
  (BCR, 'Kennedy made use of back channels to suggest that Khrushchev remove his tanks'),
  'agree', 'Kennedy uses back channels to ask Khrushchev to pull his tanks back.')
P('date', (PB, 'The Wall itself stood until November 9, 1989'),
  (BCR, 'The Berlin Wall remained in place until November 9, 1989'),
  'agree', 'The Berlin Wall stands until November 9, 1989.')

# ---------------------------------------------------------------- panel C: Mahan and New Deal trade policy
P('date', (PC, 'In 1889 Captain Alfred Thayer Mahan'),
  (MAH, 'In 1890, Captain Alfred Thayer Mahan'),
  'differ', 'Publication of The Influence of Sea Power upon History, 1660-1783: 1889 vs 1890.', 'C1', 'wrong year')
P('date', (PC, 'Three years later he added a companion volume'),
  (MAH, 'Two years later, he completed a supplementary volume'),
  'differ', 'Interval before Mahan\'s supplementary volume: three vs two years.', 'C2', 'wrong interval (years)')
P('event', (PC, 'The Influence of Sea Power upon the French Revolution and Empire, 1793-1812'),
  (MAH, 'published The Influence of Sea Power upon History, 1660–1783'),
  'not-same', 'Two different Mahan books: the French Revolution and Empire volume vs the 1660-1783 volume.')
P('date', (PC, 'culminated in the depression of 1893-1894'),
  (MAH, 'culminated in the onset of an economic depression between 1893 and 1894'),
  'agree', 'Economic depression of 1893-1894.')
P('event', (PC, 'Frederick Jackson Turner of the University of Chicago'),
  (MAH, 'An American history professor at the University of Wisconsin, Turner'),
  'differ', 'Turner\'s university: Chicago vs Wisconsin.', 'C3', 'wrong place (university)')
P('date', (PC, 'his famous 1893 essay'),
  (MAH, 'best known for his seminal essay of 1893'),
  'agree', 'Turner\'s frontier essay of 1893.')
P('quote', (PC, 'The Significance of the Frontier in American History'),
  (MAH, 'The Significance of the Frontier in American History'),
  'agree', 'Title of Turner\'s essay.')
P('event', (PC, 'demands for a "vigorous foreign policy" showed Americans looking beyond the continent'),
  (MAH, 'he did note that calls for a “vigorous foreign policy” were signs that Americans were increasingly looking outside the continental United States'),
  'agree', 'Turner reads calls for a "vigorous foreign policy" as Americans looking beyond the continent.')
P('quote', (PC, 'great highway'), (MAH, 'great highway'),
  'agree', 'Mahan\'s "great highway" of the seas.')
P('quantity', (PC, 'required three things'),
  (MAH, 'Securing such access would require three things'),
  'agree', 'Mahan\'s three requirements for securing market access.')
P('date', (PC, 'William Seward had bought Alaska in 1868'),
  (MAH, 'by purchasing Alaska in 1867'),
  'differ', 'Seward\'s purchase of Alaska: 1868 vs 1867.', 'C4', 'wrong year')
P('event', (PC, 'the Senate turned down every one of his plans for a network of bases'),
  (MAH, 'the Senate rejected all of Seward’s efforts to create a network of American naval bases'),
  'agree', 'Senate rejects all of Seward\'s naval-base efforts.')
P('event', (PC, 'Assistant Secretary of the Navy Henry Cabot Lodge'),
  (MAH, 'Assistant Secretary of the Navy Theodore Roosevelt'),
  'differ', 'Assistant Secretary of the Navy won over by Mahan: Henry Cabot Lodge vs Theodore Roosevelt.', 'C5', 'wrong person')
P('date', (PC, 'Once war with Spain broke out in April 1898'),
  (MAH, 'After the outbreak of hostilities with Spain in May 1898'),
  'differ', 'Outbreak of war with Spain (per the Mahan essay): April 1898 vs May 1898.', 'C6', 'wrong month')
P('event', (PC, 'obtained the annexation of Hawaii through a joint resolution of Congress'),
  (MAH, 'secured the annexation of Hawaii by means of joint resolution of Congress'),
  'agree', 'Hawaii annexed by joint resolution of Congress.')
P('event', (PC, 'brought Puerto Rico, Guam and the Philippines'),
  (MAH, 'such as Puerto Rico, Guam, and the Philippines'),
  'agree', 'Territories gained from Spain: Puerto Rico, Guam, the Philippines.')
P('date', (PC, 'Three years later the United States secured a perpetual lease'),
  (MAH, 'Five years later, the United States obtained a perpetual lease'),
  'differ', 'Interval from the 1898 war to the Guantanamo perpetual lease: three vs five years.', 'C7', 'wrong interval (years)')
P('date', (PC, 'Franklin D. Roosevelt entered office in March 1933'),
  (EXI, 'When President Franklin Delano Roosevelt took office in March 1933'),
  'agree', 'Roosevelt takes office in March 1933.')
P('quantity', (PC, 'Delegates from some 66 countries'),
  (EXI, 'representatives from 66 countries gathered in London'),
  'more-precise', 'Countries at the 1933 London Economic Conference: some 66 vs 66; (b) more precise (no hedge).', 'C-P1', 'precision: approximate vs exact figure')
P('date', (PC, 'met in London in June 1933'),
  (EXI, 'In June 1933'),
  'agree', 'London Economic Conference meets in June 1933.')
P('date', (PC, 'Britain, which had left gold in September 1931'),
  (EXI, 'particularly the United Kingdom (in September 1931)'),
  'agree', 'UK leaves the gold standard in September 1931.')
P('date', (PC, 'the United States, which had left it in April 1933'),
  (EXI, 'the United States (in April 1933)'),
  'agree', 'U.S. leaves the gold standard in April 1933.')
P('date', (PC, 'Britain, which had left gold in September 1931'),
  (EXI, 'the United States (in April 1933)'),
  'not-same', 'Departure from gold by two different countries: Britain (September 1931) vs the United States (April 1933).')
P('date', (PC, 'On July 4 Roosevelt dismissed the idea'),
  (EXI, 'on July 3, Roosevelt rejected such an agreement'),
  'differ', 'Roosevelt rejects currency stabilization at the London conference (1933): July 4 vs July 3.', 'C8', 'wrong day')
P('quote', (PC, 'a purely artificial and temporary experiment'),
  (EXI, 'a purely artificial and temporary experiment'),
  'agree', 'Roosevelt\'s quoted dismissal of stabilization.')
P('date', (PC, 'Early in 1934 Roosevelt set up the Export-Import Bank'),
  (EXI, 'In February 1934, Roosevelt established the bank'),
  'more-precise', 'Creation of the (first) Export-Import Bank: early 1934 vs February 1934; (b) more precise.', 'C-P2', 'precision: part of year vs month')
P('event', (PC, 'to finance trade with the Soviet Union, which the United States had only just recognised'),
  (EXI, 'designed to finance U.S. trade with the newly-recognized Soviet Union'),
  'agree', 'First Export-Import Bank finances trade with the newly recognized USSR.')
P('event', (PC, 'to finance trade with Mexico'),
  (EXI, 'this one intended to finance trade with Cuba'),
  'differ', 'Country whose trade the second Export-Import Bank was to finance: Mexico vs Cuba.', 'C9', 'wrong country')
P('date', (PC, 'A second bank followed a month later'),
  (EXI, 'He created a second Export-Import Bank the following month'),
  'agree', 'Second Export-Import Bank created the following month.')
P('event', (PC, 'A second bank followed a month later'),
  (EXI, 'In February 1934, Roosevelt established the bank as an institution designed to finance U.S. trade with the newly-recognized Soviet Union'),
  'not-same', 'Two different banks: the second Export-Import Bank vs the first (February 1934, for Soviet trade).')
P('date', (PC, 'in July 1934 its remit was widened to every country except the Soviet Union'),
  (EXI, 'in July 1934, the second bank’s field of operations was expanded to include all countries save the Soviet Union'),
  'agree', 'July 1934: second bank\'s remit widened to all countries but the USSR.')
P('date', (PC, 'The two banks were merged in 1935'),
  (EXI, 'In 1935, the two banks were combined'),
  'agree', 'The two Export-Import Banks merged in 1935.')
P('event', (PC, 'most of its work was in Latin America, where it served the Good Neighbor policy'),
  (EXI, 'the Export-Import Bank concentrated its efforts in Latin America, where it proved an important component of the Good Neighbor policy'),
  'agree', 'Bank concentrates on Latin America as part of the Good Neighbor policy.')
P('quote', (PC, 'a full and permanent domestic recovery depends in part upon a revived and strengthened international trade'),
  (EXI, 'a full and permanent domestic recovery depends in part upon a revived and strengthened international trade'),
  'agree', 'Roosevelt\'s quoted words on recovery and trade (March 1934).')
P('date', (PC, 'The act, signed in June 1934'),
  (EXI, 'Signed into law on June 12, 1934'),
  'more-precise', 'RTAA signed into law: June 1934 vs June 12, 1934; (b) more precise.', 'C-P3', 'precision: month vs day')
P('date', (PC, 'for three years at a time'),
  (EXI, 'subject to renewal after three years'),
  'agree', 'RTAA authority granted for three years, then renewable.')
P('quantity', (PC, 'by as much as 40 percent of the 1930 Smoot-Hawley levels'),
  (EXI, 'by up to 50% of the levels set by the 1930 Smoot-Hawley tariff'),
  'differ', 'Maximum tariff change allowed under the RTAA: 40 percent vs 50% of Smoot-Hawley levels.', 'C10', 'wrong number (percent)')
P('quantity', (PC, 'agreements had been concluded with 21 countries'),
  (EXI, 'concluded trade agreements with 19 countries'),
  'differ', 'Countries with RTAA trade agreements, 1934-1939: 21 vs 19.', 'C11', 'wrong number (countries)')
P('quantity', (PC, 'signed by 23 countries in 1947'),
  (EXI, 'signed by 23 countries in 1947'),
  'agree', 'GATT signed by 23 countries in 1947.')
P('quantity', (PC, 'signed by 23 countries in 1947'),
  (EXI, 'concluded trade agreements with 19 countries'),
  'not-same', 'Two counts of countries for different things: GATT signatories (23, 1947) vs RTAA agreement partners (19, 1934-1939).')

# ---------------------------------------------------------------- essay-essay pairs
P('date', (CHP, 'Sino-U.S. Ambassadorial talks in Warsaw, which began in 1955'),
  ('1969-1976-rapprochement-china', 'the Sino-U.S. Ambassadorial Talks, which began in 1955'),
  'agree', 'Sino-U.S. Ambassadorial Talks began in 1955.')
P('date', (CHP, 'Sino-U.S. Ambassadorial talks in Warsaw, which began in 1955'),
  ('1969-1976-rapprochement-china', 'the two sides agreed to reopen them in 1969'),
  'not-same', 'Start of the ambassadorial talks (1955) vs their reopening (1969).')
P('date', (CHP, 'the United States would begin official diplomatic relations with the People’s Republic of China on January 1, 1979'),
  (COM, 'formally normalized relations with the People’s Republic of China on January 1, 1979'),
  'agree', 'U.S.-PRC relations normalized January 1, 1979.')
P('date', ('1977-1980-foreword', 'completed the normalization of relations with China in 1979'),
  (COM, 'formally normalized relations with the People’s Republic of China on January 1, 1979'),
  'more-precise', 'Normalization of U.S.-China relations: 1979 vs January 1, 1979; (b) more precise.')
P('date', (COM, 'the Taiwan Relations Act of April 1979'),
  (CHP, 'the Taiwan Relations Act (TRA), which became law on April 10, 1979'),
  'more-precise', 'Taiwan Relations Act: April 1979 vs April 10, 1979; (b) more precise.')
P('event', (CHP, 'the boycott of the Olympic Games in Moscow'),
  ('1977-1980-soviet-invasion-afghanistan', 'called for a boycott of the 1980 Moscow Olympics'),
  'agree', 'U.S. boycott of the Moscow Olympics after the invasion of Afghanistan.')
P('event', (AIR, 'the United States also sent to the United Kingdom B-29 bombers'),
  ('1945-1952-atomic', 'President Truman transferred several B-29 bombers capable of delivering nuclear bombs to the region'),
  'agree', 'Nuclear-capable B-29s sent during the Berlin blockade.')
P('event', (AIR, 'the United States also sent to the United Kingdom B-29 bombers'),
  ('1945-1952-atomic', 'During the Korean War, President Truman once again deployed the B-29s'),
  'not-same', 'Two B-29 deployments: Berlin blockade (1948) vs Korean War.')
P('date', (BCR, 'The Berlin Wall remained in place until November 9, 1989'),
  ('1989-1992-fall-of-communism', 'On November 9, 1989, thousands of jubilant Germans brought down the most visible symbol of division'),
  'agree', 'Berlin Wall opened/brought down November 9, 1989.')
P('date', (BCR, 'The Berlin Wall remained in place until November 9, 1989'),
  ('1989-1992-fall-of-communism', 'Writing in his journal on November 10, 1989'),
  'not-same', 'Fall of the Wall (November 9, 1989) vs Chernyaev\'s journal entry about it (November 10, 1989).')
P('date', (BCR, 'In the summer of 1961, President John F. Kennedy met with Khrushchev in Vienna'),
  ('1961-1968-foreword', 'in June 1961 at the Vienna Summit'),
  'more-precise', 'Kennedy-Khrushchev Vienna summit: summer 1961 vs June 1961; (b) more precise.')
P('event', ('1961-1968-foreword', 'in June 1961 at the Vienna Summit'),
  ('1969-1976-salt', 'On June 17, 1979, Carter and Brezhnev signed the SALT II Treaty in Vienna'),
  'not-same', 'Two Vienna meetings in June: Kennedy-Khrushchev summit (1961) vs Carter-Brezhnev SALT II signing (1979).')
P('date', (BCR, 'the Soviet Union shot down an American U-2 spy plane canvassing Soviet territory in 1960'),
  ('1953-1960-u2-incident', 'On May 1, 1960, the pilot of an American U-2 spyplane was shot down'),
  'more-precise', 'U-2 shot down over the USSR: 1960 vs May 1, 1960; (b) more precise.')
P('date', (BCR, 'the Soviet Union shot down an American U-2 spy plane canvassing Soviet territory in 1960'),
  ('1961-1968-limited-ban', 'After the Soviet military shot down an American U-2 spy plane over Russia in 1960'),
  'agree', 'U-2 shot down by the Soviets in 1960.')
P('date', (MAH, 'by purchasing Alaska in 1867'),
  ('1866-1898-alaska-purchase', 'The purchase of Alaska in 1867'),
  'agree', 'Alaska purchased in 1867.')
P('date', (MAH, 'by purchasing Alaska in 1867'),
  ('1861-1865-victory', 'In 1867, Seward succeeded in purchasing Alaska'),
  'agree', 'Seward purchases Alaska in 1867.')
P('date', (MAH, 'After the outbreak of hostilities with Spain in May 1898'),
  ('1866-1898-spanish-american-war', 'the U.S. Congress voted to go to war against Spain on April 25'),
  'differ', 'Start of the war with Spain (1898): Mahan essay says hostilities broke out in May; the Spanish-American War essay has war declared by Spain and voted by Congress in April.')
P('event', (MAH, 'secured the annexation of Hawaii by means of joint resolution of Congress'),
  ('1866-1898-spanish-american-war', 'The United States also annexed the independent state of Hawaii during the conflict'),
  'agree', 'Hawaii annexed during the war with Spain.')
P('event', (MAH, 'the United States obtained a perpetual lease for a naval base at Guantanamo Bay'),
  ('1866-1898-spanish-american-war', 'On June 10, U.S. troops landed at Guantanamo Bay in Cuba'),
  'not-same', 'Guantanamo Bay: perpetual naval-base lease (five years after 1898) vs the June 1898 troop landing.')
P('date', ('1921-1936-great-depression', 'became the first to drop off the standard in 1931'),
  (EXI, 'particularly the United Kingdom (in September 1931)'),
  'more-precise', 'Britain leaves the gold standard: 1931 vs September 1931; (b) more precise.')
P('date', ('1921-1936-great-depression', 'At the London Economic Conference in 1933'),
  (EXI, 'In June 1933, representatives from 66 countries gathered in London'),
  'more-precise', 'London Economic Conference: 1933 vs June 1933; (b) more precise.')
P('date', (EXI, 'the 1930 Smoot-Hawley tariff'),
  ('1921-1936-protectionism', 'the Tariff Act of 1930, more commonly known as the Smoot-Hawley tariff'),
  'agree', 'Smoot-Hawley tariff of 1930.')
