"""Hand-written spec for pairs_v29.

P(kind, (doc_a, span_a), (doc_b, span_b), verdict, note, label=None, type=None)
Side a is the panel for panel-essay pairs; side b is always the more precise side for more-precise pairs.
label/type only for planted panel errors (A1.., A-P1.. etc.).
"""
PA = 'panel-secret-speech-and-warsaw-pact'
PB = 'panel-road-to-pearl-harbor-and-american-century'
PC = 'panel-united-nations-and-bretton-woods'
KH = '1953-1960-khrushchev-20th-congress'
WT = '1953-1960-warsaw-treaty'
PH = '1937-1945-pearl-harbor'
LU = '1937-1945-internationalism'
UN = '1937-1945-un'
BW = '1937-1945-bretton-woods'

PANELS = {PA: [KH, WT], PB: [PH, LU], PC: [UN, BW]}

PAIRS = []


def P(kind, a, b, verdict, note, label=None, type=None):
    PAIRS.append(dict(kind=kind, a=a, b=b, verdict=verdict, note=note, label=label, type=type))


# ---------------------------------------------------------------- panel A: secret speech and Warsaw Pact
P('date', (PA, 'When Joseph Stalin died in 1953'), (KH, 'After Stalin died in 1953'), 'agree',
  'Stalin died in 1953.')
P('event', (PA, 'Georgi Malenkov, Lavrenti Beria, Nikolai Bulganin and Nikita Khrushchev'),
  (KH, 'Georgi Malenkov, Lavrenti Beria, Vyacheslav Molotov, and Nikita Khrushchev'), 'differ',
  'Members of the post-Stalin foursome: Bulganin vs Molotov.', 'A1', 'wrong person')
P('event', (PA, 'Beria, who ran the KGB, looked dangerous to the other three, and they arranged to have him executed'),
  (KH, 'As head of the KGB, Beria was perceived as a threat to the other three, and they arranged for his execution'),
  'agree', 'KGB chief Beria seen as a threat and executed by the other three.')
P('date', (PA, 'Malenkov, Premier in 1953, presided over the first gestures of what came to be called the Soviet "peace offensive"'),
  (KH, 'As Soviet Premier in 1953, Malenkov oversaw the first signs of the Soviet “peace offensive'), 'agree',
  'Malenkov as Premier in 1953 oversees the first signs of the peace offensive.')
P('date', (PA, 'by 1954 he had pushed Malenkov out of the premiership'),
  (KH, 'By 1955, however, Khrushchev had consolidated his power, forcing Malenkov to resign as Premier'), 'differ',
  'When Khrushchev had forced Malenkov out as Premier: by 1954 vs by 1955.', 'A2', 'wrong year')
P('date', (PA, 'which opened in Moscow on February 25, 1956'), (KH, 'its twentieth meeting opened in Moscow on February 14, 1956'),
  'differ', 'Opening day of the Twentieth Party Congress: February 25 vs February 14, 1956.', 'A3', 'wrong day')
P('date', (PA, 'Congresses met roughly every five years'), (KH, 'The Congress convened roughly every four years'), 'differ',
  'Interval between Party Congresses: about five vs about four years.', 'A4', 'wrong interval (years)')
P('quantity', (PA, 'Some 1,500 communist leaders'), (KH, 'some 1,500 Communist leaders'), 'agree',
  'Size of the Congress: some 1,500 communist leaders.')
P('quantity', (PA, 'drawn from sixty-five countries'), (KH, 'from fifty-six countries around the world'), 'differ',
  'Number of countries represented at the Congress: sixty-five vs fifty-six.', 'A5', 'wrong number (countries)')
P('date', (PA, 'had argued for three months over Stalin\'s legacy'), (KH, 'in a two-month debate about Stalin’s legacy'), 'differ',
  'Length of the Presidium debate on Stalin\'s legacy: three months vs two months.', 'A6', 'wrong interval (months)')
P('date', (PA, 'In February 1956'), (KH, 'In February, 1956, Soviet leader Nikita Khrushchev made a keynote address'), 'agree',
  'Khrushchev\'s address to the Twentieth Congress: February 1956.')
P('event', (PA, 'a private session of the Soviet delegates from which foreign delegations were shut out'),
  (KH, 'In a private session of the Soviet representatives which was closed to foreign delegations'), 'agree',
  'The speech was given in a closed session without foreign delegations.')
P('event', (PA, 'condemned the brutality of Stalin\'s rule, above all the purges in which innocent party loyalists were tortured and shot'),
  (KH, 'he condemned the brutality of the Stalinist regime, particularly the purges that led to the torture and execution of some wholly innocent party loyalists'),
  'agree', 'Content of the speech: brutality of Stalin\'s regime and the purges of innocent loyalists.')
P('quote', (PA, 'peaceful coexistence'), (KH, 'peaceful coexistence'), 'agree', 'New foreign-policy line: "peaceful coexistence".')
P('quote', (PA, 'Stalin\'s Second Funeral'), (KH, 'Stalin’s Second Funeral'), 'agree', 'Nickname of the address: "Stalin\'s Second Funeral".')
P('event', (PA, 'a complete copy reached British intelligence officers'),
  (KH, 'Israeli intelligence officers obtained a copy of the complete speech'), 'differ',
  'Whose intelligence officers obtained the full text: British vs Israeli.', 'A7', 'wrong country')
P('event', (PA, 'CIA Director Allen Dulles, startled by the reversal, wondered whether Khrushchev had been drunk'),
  (KH, 'Allen Dulles, struck by the unexpected reversal in policy espoused in the speech, wondered if Khrushchev had been drunk'),
  'agree', 'Allen Dulles wonders whether Khrushchev had been drunk.')
P('event', (PA, 'Dulles proposed to his brother, Secretary of State John Foster Dulles, that the text be leaked to the press'),
  (KH, 'Dulles suggested to his brother and Secretary of State, John Foster Dulles, that the United States leak the speech to the press'),
  'agree', 'Allen Dulles proposes to his brother John Foster Dulles that the speech be leaked.')
P('event', (PA, 'CIA Director Allen Dulles'), (KH, 'his brother and Secretary of State, John Foster Dulles'), 'not-same',
  'Two Dulles brothers in two offices: Allen Dulles (CIA) vs John Foster Dulles (Secretary of State).')
P('event', (PA, 'the speech was handed to the Washington Post'), (KH, 'it was sent to the New York Times'), 'differ',
  'Newspaper that received the leaked speech: Washington Post vs New York Times.', 'A8', 'wrong place (newspaper)')
P('date', (PA, 'Protests erupted in Poland and Hungary in the summer and autumn of 1956'),
  (KH, 'Protests broke out in Poland and Hungary in the summer and autumn of 1956'), 'agree',
  'Protests in Poland and Hungary in summer and autumn 1956.')
P('event', (PA, 'a month of demonstrations was brought to an end by Soviet military intervention that left thousands of casualties'),
  (KH, 'month-long demonstrations ended with Soviet military intervention and thousands of casualties'), 'agree',
  'Hungary: month-long demonstrations ended by Soviet intervention, thousands of casualties.')
P('event', (PA, 'the communist leaders of China and North Korea voiced grave doubts'),
  (KH, 'Communist leaders in the People’s Republic of China and Vietnam expressed grave doubts'), 'differ',
  'Asian communist leaders who doubted the reforms: China and North Korea vs China and Vietnam.', 'A9', 'wrong country')
P('event', (PA, 'although the U-2 incident and then the Cuban Missile Crisis held them back'),
  (KH, 'even though progress was delayed first by the U-2 incident and later by the Cuban Missile Crisis'), 'agree',
  'Early detente delayed by the U-2 incident and then the Cuban Missile Crisis.')
P('date', (PA, 'was founded in May 1955'), (WT, 'established on May 14, 1955'), 'more-precise',
  'Founding of the Warsaw Pact: May 1955 vs May 14, 1955; (b) more precise.', 'A-P1', 'precision: month vs day')
P('date', (PA, 'the alliance the United States, Canada and the states of Western Europe had formed in 1949'),
  (WT, 'a collective security alliance concluded between the United States, Canada and Western European nations in 1949'),
  'agree', 'NATO concluded in 1949 by the United States, Canada and Western Europe.')
P('event', (PA, 'It built on the bilateral treaties Moscow had already signed with every East European state except East Germany'),
  (WT, 'the Soviet Union had concluded bilateral treaties with each of the East European states except for East Germany'),
  'agree', 'Prior bilateral treaties with every East European state except East Germany.')
P('date', (PA, 'West Germany\'s admission to NATO in the spring of 1955'),
  (WT, 'When the Federal Republic of Germany entered NATO in early May 1955'), 'more-precise',
  'West German entry into NATO: spring 1955 vs early May 1955; (b) more precise.', 'A-P2', 'precision: part of year vs part of month')
P('date', (PA, 'had formed in 1949'), (WT, 'When the Federal Republic of Germany entered NATO in early May 1955'), 'not-same',
  'Two NATO events: founding of the alliance (1949) vs West Germany joining it (1955).')
P('event', (PA, 'Moscow feared a stronger NATO and a rearmed West Germany'),
  (WT, 'the Soviets feared the consequences of a strengthened NATO and a rearmed West Germany'), 'agree',
  'Soviet fear of a strengthened NATO and a rearmed West Germany.')
P('event', (PA, 'the Soviet Union, Yugoslavia, Poland, Czechoslovakia'), (WT, 'the Soviet Union, Albania, Poland, Czechoslovakia'),
  'differ', 'Founding signatory of the Warsaw Pact: Yugoslavia vs Albania.', 'A10', 'wrong country')
P('event', (PA, 'Members promised to defend one another against attack'),
  (WT, 'the members of the Warsaw Pact pledged to defend each other if one or more of them came under attack'), 'agree',
  'Mutual defence pledge of Pact members.')
P('date', (PA, 'in Czechoslovakia in 1968'), (WT, 'in Czechoslovakia in 1968'), 'agree',
  'Pact used against dissent in Czechoslovakia in 1968.')
P('date', (PA, 'in Poland in 1980'), (WT, 'in Poland in 1981'), 'differ',
  'Year the Pact was used to contain dissent in Poland: 1980 vs 1981.', 'A11', 'wrong year')
P('date', (PA, 'Protests erupted in Poland and Hungary in the summer and autumn of 1956'), (WT, 'in Poland in 1981'), 'not-same',
  'Two Polish crises: the 1956 protests vs the 1981 crackdown.')
P('date', (PA, 'in Hungary in 1956'), (WT, 'in Hungary in 1956'), 'agree', 'Pact used against dissent in Hungary in 1956.')
P('date', (PA, 'East Germany withdrew in October 1990'), (WT, 'In September 1990, East Germany left the Pact'), 'differ',
  'Month East Germany left the Pact: October vs September 1990.', 'A12', 'wrong month')
P('event', (PA, 'Czechoslovakia, Hungary and Poland had pulled out of all the Pact\'s military exercises'),
  (WT, 'Czechoslovakia, Hungary, and Poland had withdrawn from all Warsaw Pact military exercises'), 'agree',
  'Czechoslovakia, Hungary and Poland withdraw from Pact military exercises (by October 1990).')
P('date', (PA, 'formally dissolved in 1991'), (WT, 'officially disbanded in March and July of 1991'), 'more-precise',
  'Dissolution of the Warsaw Pact: 1991 vs March and July 1991; (b) more precise.', 'A-P3', 'precision: year vs months')
P('event', (PA, 'Economic slowdown weighed on the alliance in the 1980s'),
  (WT, 'By the 1980s, the Warsaw Treaty Organization was beset by problems related to the economic slowdown'), 'agree',
  'Economic slowdown burdens the Pact in the 1980s.')

# ---------------------------------------------------------------- panel B: Pearl Harbor and the American Century
P('date', (PB, 'Between 1937 and 1941 the widening war between China and Japan'),
  (PH, 'Between 1937 and 1941, escalating conflict between China and Japan'), 'agree',
  'Period of the escalating China-Japan conflict: 1937-1941.')
P('event', (PB, 'Before 1937, therefore, few officials urged a firm line'),
  (PH, 'few U.S. officials recommended taking a strong stance prior to 1937'), 'agree',
  'Few officials urged a strong stance before 1937.')
P('date', (PB, 'That began to change on July 8, 1937'),
  (PH, 'after July 7, 1937, when Chinese and Japanese forces clashed on the Marco Polo Bridge'), 'differ',
  'Date of the Marco Polo Bridge clash: July 8 vs July 7, 1937.', 'B1', 'wrong day')
P('event', (PB, 'clashed at the Marco Polo Bridge outside Beijing'), (PH, 'clashed on the Marco Polo Bridge near Beijing'), 'agree',
  'Chinese and Japanese forces clash at the Marco Polo Bridge near Beijing.')
P('quantity', (PB, 'killing four'), (PH, 'killing three'), 'differ', 'Deaths in the Panay bombing: four vs three.',
  'B2', 'wrong number (deaths)')
P('event', (PB, 'accepted an apology and an indemnity from Japan'), (PH, 'accepted an apology and indemnity from the Japanese'),
  'agree', 'Washington accepts a Japanese apology and indemnity for the Panay.')
P('date', (PB, 'an uneasy truce lasted into 1940'), (PH, 'An uneasy truce held between the two nations into 1940'), 'agree',
  'Uneasy U.S.-Japan truce lasts into 1940.')
P('date', (PB, 'In 1940 and 1941 President Franklin D. Roosevelt put American help for China on a formal footing'),
  (PH, 'In 1940 and 1941, President Franklin D. Roosevelt formalized U.S. aid to China'), 'agree',
  'Roosevelt formalizes aid to China in 1940 and 1941.')
P('date', (PB, 'When Japan abrogated its commercial treaty with the United States in March 1940'),
  (PH, 'in January, 1940, Japan abrogated the existing treaty of commerce with the United States'), 'differ',
  'Month the commerce treaty was abrogated: March vs January 1940.', 'B3', 'wrong month')
P('date', (PB, 'In the summer of 1940 Japan\'s leaders proclaimed the "Greater East Asia Co-Prosperity Sphere"'),
  (PH, 'establishing the “Greater East Asia Co-Prosperity Sphere” in August, 1940'), 'more-precise',
  'Proclamation of the Co-Prosperity Sphere: summer 1940 vs August 1940; (b) more precise.', 'B-P1',
  'precision: part of year vs month')
P('date', (PB, 'On September 21, 1940 Japan signed the Tripartite Pact'),
  (PH, 'Japan signed the Tripartite Pact with Germany and Italy on September 27, 1940'), 'differ',
  'Date of the Tripartite Pact: September 21 vs September 27, 1940.', 'B4', 'wrong day')
P('event', (PB, 'linking the wars in Europe and Asia'), (PH, 'thereby linked the conflicts in Europe and Asia'), 'agree',
  'The Tripartite Pact links the conflicts in Europe and Asia.')
P('date', (PB, 'A Neutrality Pact with the Soviet Union followed in 1941'),
  (PH, 'Then in mid-1941, Japan signed a Neutrality Pact with the Soviet Union'), 'more-precise',
  'Japanese-Soviet Neutrality Pact: 1941 vs mid-1941; (b) more precise.', 'B-P2', 'precision: year vs part of year')
P('event', (PB, 'an agreement with Vichy France opened Indochina to Japanese troops'),
  (PH, 'A third agreement with Vichy France enabled Japanese forces to move into Indochina'), 'agree',
  'Agreement with Vichy France lets Japanese forces into Indochina.')
P('event', (PB, 'an agreement with Vichy France opened Indochina to Japanese troops'),
  (PH, 'Japan signed the Tripartite Pact with Germany and Italy on September 27, 1940'), 'not-same',
  'Two Japanese agreements: with Vichy France (Indochina) vs the Tripartite Pact with Germany and Italy.')
P('event', (PB, 'sending supplies to China along the Burma Road'), (PH, 'sending supplies into China along the Burma Road'),
  'agree', 'Supplies sent to China along the Burma Road.')
P('date', (PB, 'Japanese planes bombed the fleet at Pearl Harbor on December 7, 1941'),
  (PH, 'Japanese planes bombed the U.S. fleet at Pearl Harbor on December 7, 1941'), 'agree',
  'Attack on Pearl Harbor: December 7, 1941.')
P('date', (PB, 'Three days later the United States declared war on Japan'),
  (PH, 'The following day, the United States declared war on Japan'), 'differ',
  'Interval between Pearl Harbor and the U.S. declaration of war on Japan: three days vs one day.', 'B5', 'wrong interval (days)')
P('event', (PB, 'it soon became China\'s military ally'), (PH, 'it soon entered into a military alliance with China'), 'agree',
  'The United States soon becomes China\'s military ally.')
P('event', (PB, 'When Germany stood by Japan and declared war on the United States'),
  (PH, 'When Germany stood by its ally and declared war on the United States'), 'agree',
  'Germany declares war on the United States in support of Japan.')
P('event', (PB, 'When Germany stood by Japan and declared war on the United States'),
  (PH, 'The following day, the United States declared war on Japan'), 'not-same',
  'Two declarations of war: Germany on the United States vs the United States on Japan.')
P('date', (PB, 'born in China at the end of the 1890s to missionary parents'), (LU, 'Born in China in 1898 to missionary parents'),
  'more-precise', 'Luce\'s birth: end of the 1890s vs 1898; (b) more precise.', 'B-P4', 'precision: part of decade vs year')
P('date', (PB, 'After graduating from Yale in 1921'), (LU, 'Following his graduation from Yale in 1920'), 'differ',
  'Year Luce graduated from Yale: 1921 vs 1920.', 'B6', 'wrong year')
P('event', (PB, 'spending a year at Cambridge'), (LU, 'and a year at Oxford'), 'differ',
  'University of Luce\'s year in England: Cambridge vs Oxford.', 'B7', 'wrong place (university)')
P('event', (PB, 'With his Yale classmate Briton Hadden he raised money'),
  (LU, 'Luce and a classmate from Yale, Briton Hadden, gathered financial backing'), 'agree',
  'Luce and Yale classmate Briton Hadden raise financial backing.')
P('date', (PB, 'brought out the first issue of Time in March 1923'), (LU, 'on March 3, 1923, issued the first installment of Time'),
  'more-precise', 'First issue of Time: March 1923 vs March 3, 1923; (b) more precise.', 'B-P3', 'precision: month vs day')
P('event', (PB, 'against Soviet Russia, Bolshevism and Prohibition'), (LU, 'against Soviet Russia, Bolshevism, and domestic Prohibition'),
  'agree', 'Time\'s editorial line against Soviet Russia, Bolshevism and Prohibition.')
P('event', (PB, 'Fortune, a monthly meant to stir internationalist feeling among businessmen'),
  (LU, 'Fortune, a monthly journal intended to raise internationalist sentiments among the business community'), 'agree',
  'Fortune: a monthly aimed at internationalist sentiment among business people.')
P('event', (PB, 'Life, a monthly picture magazine'), (LU, 'Life, a weekly image-based magazine'), 'differ',
  'Publication frequency of Life: monthly vs weekly.', 'B11', 'wrong frequency')
P('event', (PB, 'Fortune, a monthly'), (LU, 'Life, a weekly image-based magazine'), 'not-same',
  'Two Luce magazines with different frequencies: Fortune (monthly) vs Life (weekly).')
P('event', (PB, 'an editorial published in Time'), (LU, 'published in Life in February 1941'), 'differ',
  'Magazine that published "The American Century": Time vs Life.', 'B8', 'wrong place (magazine)')
P('date', (PB, 'February 1941'), (LU, 'in February 1941'), 'agree', '"The American Century" published in February 1941.')
P('quote', (PB, 'American principles'), (LU, 'American principles'), 'agree',
  'The editorial\'s call for the global application of "American principles".')
P('event', (PB, 'to take Britain\'s place as world leader'), (LU, 'the United States must replace Britain as the world leader'),
  'agree', 'The United States should replace Britain as world leader.')
P('event', (PB, 'the internationalism of Theodore Roosevelt and William Howard Taft'),
  (LU, 'the internationalism of Theodore Roosevelt and Woodrow Wilson'), 'differ',
  'Presidents whose internationalism Luce drew on: Theodore Roosevelt and Taft vs Theodore Roosevelt and Wilson.', 'B9',
  'wrong person')
P('date', (PB, 'After full-scale war broke out between China and Japan in 1937'),
  (LU, 'After the outbreak of full-scale war between China and Japan in 1937'), 'agree',
  'Full-scale Sino-Japanese war breaks out in 1937.')
P('event', (PB, 'he pressed for more help to Chiang Kai-shek\'s Nationalist government'),
  (LU, 'particularly for the Nationalist government led by Chiang Kai-shek'), 'agree',
  'Luce urges support for Chiang Kai-shek\'s Nationalist government.')
P('event', (PB, 'he turned his fire on the foreign policy of President Dwight Eisenhower'),
  (LU, 'criticizing the weak foreign policy of President Harry Truman and the Democrats'), 'differ',
  'President whose China policy Luce attacked: Eisenhower vs Truman.', 'B10', 'wrong person')
P('event', (PB, 'After Chiang\'s defeat he looked to Korea and then Vietnam'),
  (LU, 'After Chiang Kai-shek’s defeat, Luce turned his attention to Korea and then Vietnam'), 'agree',
  'After Chiang\'s defeat Luce turns to Korea and then Vietnam.')
P('event', (PB, 'marked the full ascendance of internationalism over isolationism'),
  (LU, 'marked the full ascendance of internationalism over isolationism'), 'agree',
  'The American Century marks the ascendance of internationalism over isolationism.')

# ---------------------------------------------------------------- panel C: United Nations and Bretton Woods
P('date', (PC, 'On New Year\'s Day 1942'), (UN, 'On January 1, 1942'), 'agree',
  'Signing of the Declaration of the United Nations: January 1, 1942.')
P('quantity', (PC, 'envoys of 24 nations at war with the Axis'), (UN, 'representatives of 26 nations at war with the Axis powers'),
  'differ', 'Number of nations signing the Declaration of the United Nations: 24 vs 26.', 'C1', 'wrong number (nations)')
P('event', (PC, 'signed the Declaration of the United Nations, endorsing the Atlantic Charter'),
  (UN, 'sign the Declaration of the United Nations endorsing the Atlantic Charter'), 'agree',
  'The Declaration of the United Nations endorses the Atlantic Charter.')
P('date', (PC, 'at the close of the Atlantic Conference in August 1941'), (BW, 'at the conclusion of the August 1941 Atlantic Conference'),
  'agree', 'Atlantic Charter issued at the end of the August 1941 Atlantic Conference.')
P('event', (PC, 'Its third point pledged both countries'), (BW, 'The Charter’s fourth point committed the United States and the United Kingdom'),
  'differ', 'Which point of the Atlantic Charter concerned equal access to trade and raw materials: third vs fourth.', 'C11',
  'wrong number (article)')
P('quote', (PC, 'the fullest collaboration between all nations in the economic field'),
  (BW, 'the fullest collaboration between all nations in the economic field'), 'agree',
  'Fifth point of the Atlantic Charter: "the fullest collaboration between all nations in the economic field".')
P('date', (PC, 'Article VII of their lend-lease agreement of January 1942'), (BW, 'Article VII of their February 1942 agreement on lend-lease aid'),
  'differ', 'Month of the Anglo-American lend-lease agreement (Article VII): January vs February 1942.', 'C12', 'wrong month')
P('event', (PC, 'Under Secretary of State Sumner Welles and British Foreign Secretary Anthony Eden'),
  (UN, 'Secretary of State Cordell Hull and British Foreign Secretary Anthony Eden'), 'differ',
  'American who agreed the draft declaration with Eden at Quebec: Sumner Welles vs Cordell Hull.', 'C2', 'wrong person')
P('date', (PC, 'At the Quebec Conference in August 1943'), (UN, 'At the Quebec Conference in August 1943'), 'agree',
  'Quebec Conference: August 1943.')
P('date', (PC, 'At the Quebec Conference in August 1943'),
  (UN, 'in September 1943 the Republican Party endorsed U.S. participation in a postwar international organization'), 'not-same',
  'Two 1943 steps toward the UN: the Quebec Conference (August) vs the Republican Party endorsement (September).')
P('date', (PC, 'a meeting of foreign ministers in Moscow in October 1943'), (UN, 'a Foreign Ministers Conference in Moscow in October 1943'),
  'agree', 'Moscow Foreign Ministers Conference: October 1943.')
P('date', (PC, 'At Tehran in November 1943'), (UN, 'in Tehran, Iran, in November 1943'), 'agree',
  'Roosevelt meets Stalin at Tehran in November 1943.')
P('quantity', (PC, 'a 12-member executive committee'), (UN, 'a 10-member executive committee'), 'differ',
  'Size of the executive committee Roosevelt proposed at Tehran: 12 vs 10 members.', 'C3', 'wrong number (members)')
P('quote', (PC, 'the four policemen'), (UN, 'the four policemen'), 'agree', 'Great-power role as "the four policemen".')
P('date', (PC, 'the United Nations Relief and Rehabilitation Administration in December 1943'),
  (UN, 'the United Nations Relief and Rehabilitation Administration (November 1943)'), 'differ',
  'Founding of UNRRA: December vs November 1943.', 'C4', 'wrong month')
P('date', (PC, 'the International Civil Aviation Organization in November 1944'),
  (UN, 'the International Civil Aviation Organization (November 1944)'), 'agree', 'Founding of ICAO: November 1944.')
P('date', (PC, 'the International Civil Aviation Organization in November 1944'),
  (BW, 'the creation of the International Monetary Fund and the World Bank at the July 1944 Bretton Woods Conference'), 'not-same',
  'Two 1944 foundings: ICAO (November) vs IMF and World Bank (July).')
P('date', (PC, 'In August and September 1944 American, British, Soviet and Chinese delegates met at Dumbarton Oaks'),
  (UN, 'U.S., British, Soviet, and Chinese representatives met at Dumbarton Oaks in Washington in August and September 1944'),
  'agree', 'Dumbarton Oaks meeting: August and September 1944.')
P('quantity', (PC, 'a Security Council made up of the Big Four plus six members chosen by the Assembly'),
  (UN, 'a Security Council consisting of the Big Four plus six members chosen by the Assembly'), 'agree',
  'Dumbarton Oaks Security Council: Big Four plus six elected members.')
P('event', (PC, 'accepted Assembly seats for Ukraine and Byelorussia'),
  (UN, 'Roosevelt agreed to General Assembly membership for Ukraine and Byelorussia'), 'agree',
  'Roosevelt accepts General Assembly seats for Ukraine and Byelorussia.')
P('quantity', (PC, 'to seek three more votes for the United States'), (UN, 'to seek two more votes for the United States'), 'differ',
  'Extra U.S. votes Roosevelt reserved the right to seek: three vs two.', 'C5', 'wrong number (votes)')
P('date', (PC, 'From April to June 1945'), (UN, 'met in San Francisco April-June 1945'), 'agree',
  'San Francisco conference: April-June 1945.')
P('quantity', (PC, 'delegates of 51 nations gathered in San Francisco'), (UN, 'Representatives of 50 nations met in San Francisco'),
  'differ', 'Nations represented at San Francisco: 51 vs 50.', 'C6', 'wrong number (nations)')
P('quantity', (PC, 'a Security Council of five permanent and six non-permanent members'),
  (UN, 'a Security Council of 5 permanent and 6 non-permanent members'), 'agree',
  'Charter Security Council: 5 permanent and 6 non-permanent members.')
P('quantity', (PC, 'a Security Council of five permanent and six non-permanent members'),
  (UN, 'a Security Council consisting of the Big Four plus six members chosen by the Assembly'), 'not-same',
  'Two stages of the Security Council design: the San Francisco Charter (5 permanent) vs the Dumbarton Oaks proposal (Big Four).')
P('quantity', (PC, 'a 15-member Economic and Social Council'), (UN, 'an 18-member Economic and Social Council'), 'differ',
  'Size of the Economic and Social Council: 15 vs 18 members.', 'C7', 'wrong number (members)')
P('date', (PC, 'In September 1943 the Republican Party had endorsed American participation in a postwar organisation'),
  (UN, 'in September 1943 the Republican Party endorsed U.S. participation in a postwar international organization'), 'agree',
  'Republican Party endorses participation in a postwar organization in September 1943.')
P('date', (PC, 'The Senate approved the Charter on July 26, 1945'), (UN, 'The Senate approved the UN Charter on July 28, 1945'),
  'differ', 'Date of Senate approval of the UN Charter: July 26 vs July 28, 1945.', 'C8', 'wrong day')
P('quantity', (PC, 'by 89 votes to 2'), (UN, 'by a vote of 89 to 2'), 'agree', 'Senate vote on the UN Charter: 89 to 2.')
P('date', (PC, 'the United Nations came into being in October 1945'), (UN, 'The United Nations came into existence on October 24, 1945'),
  'more-precise', 'UN comes into existence: October 1945 vs October 24, 1945; (b) more precise.', 'C-P1', 'precision: month vs day')
P('quantity', (PC, 'once 29 nations had ratified it'), (UN, 'after 29 nations had ratified the Charter'), 'agree',
  'Ratifications needed before the UN came into existence: 29.')
P('date', (PC, 'Congress passed the Bretton Woods Agreements Act in July 1945'), (UN, 'The Senate approved the UN Charter on July 28, 1945'),
  'not-same', 'Two congressional approvals in July 1945: Bretton Woods Agreements Act vs the UN Charter.')
P('event', (PC, 'John Maynard Keynes, adviser to the British Treasury'), (BW, 'John Maynard Keynes, an advisor to the British Treasury'),
  'agree', 'Keynes as adviser to the British Treasury.')
P('quantity', (PC, 'delegates of more than 40 nations met at Bretton Woods, New Hampshire'),
  (BW, 'a gathering of delegates from 44 nations that met in Bretton Woods, New Hampshire'), 'more-precise',
  'Nations at Bretton Woods: more than 40 vs 44; (b) more precise.', 'C-P2', 'precision: hedged vs exact figure')
P('date', (PC, 'Congress passed the Bretton Woods Agreements Act in July 1945'), (BW, 'In July 1945, Congress passed the Bretton Woods Agreements Act'),
  'agree', 'Bretton Woods Agreements Act passed in July 1945.')
P('date', (PC, 'The fixed-rate system lasted until August 1971, when President Richard Nixon suspended the dollar\'s convertibility into gold'),
  (BW, 'the exchange crises of August 1971, when President Richard M. Nixon suspended the dollar’s convertibility into gold'),
  'agree', 'Nixon suspends dollar convertibility into gold in August 1971.')
P('date', (PC, 'the imperial preferences the British Commonwealth had set up in 1932'),
  (BW, 'the system of preferential tariffs established among the members of the British Commonwealth in 1932'), 'agree',
  'Commonwealth imperial preferences established in 1932.')
P('date', (PC, 'the Smoot-Hawley tariffs of 1930'),
  (BW, 'the system of preferential tariffs established among the members of the British Commonwealth in 1932'), 'not-same',
  'Two tariff regimes: U.S. Smoot-Hawley tariffs (1930) vs Commonwealth imperial preferences (1932).')
P('quantity', (PC, 'twenty-one nations meeting in Geneva from April to October 1947'),
  (BW, 'Twenty-three nations meeting in Geneva from April to October 1947'), 'differ',
  'Nations at the 1947 Geneva tariff round: twenty-one vs twenty-three.', 'C10', 'wrong number (nations)')
P('date', (PC, 'A conference that opened in Havana in November 1947'),
  (BW, 'In November 1947, the United Nations Conference on Trade and Employment convened in Havana'), 'agree',
  'Havana conference convenes in November 1947.')
P('date', (PC, 'A conference that opened in Havana in November 1947'),
  (BW, 'at an international conference in Geneva in October 1947'), 'not-same',
  'Two 1947 trade conferences: Havana (opened November) vs Geneva (GATT signed October).')
P('date', (PC, 'which delegates of 53 countries signed in 1948'),
  (BW, 'the representatives of 53 countries signed the finished charter in March 1948'), 'more-precise',
  'Signing of the ITO charter: 1948 vs March 1948; (b) more precise.', 'C-P3', 'precision: year vs month')
P('event', (PC, 'the new organisation began work the following year with the blessing of Congress'),
  (BW, 'strong opposition in the U.S. Congress meant that the ITO never came into existence'), 'differ',
  'Fate of the ITO: began work with congressional backing vs never came into existence because of congressional opposition.',
  'C9', 'wrong outcome')
P('date', (PC, 'until the World Trade Organization replaced it in 1995'), (BW, 'before it was superseded by the World Trade Organization in 1995'),
  'agree', 'GATT superseded by the WTO in 1995.')

# ---------------------------------------------------------------- essay-essay pairs
P('date', ('1937-1945-foreword', 'On December 7, 1941, the Japanese attacked the U.S. naval installation at Pearl Harbor'),
  (PH, 'Japanese planes bombed the U.S. fleet at Pearl Harbor on December 7, 1941'), 'agree', 'Pearl Harbor attack: December 7, 1941.')
P('date', ('1937-1945-american-isolationism', 'The surprise Japanese attack on the U.S. Navy at Pearl Harbor in December of 1941'),
  (PH, 'Japanese planes bombed the U.S. fleet at Pearl Harbor on December 7, 1941'), 'more-precise',
  'Pearl Harbor attack: December 1941 vs December 7, 1941; (b) more precise.')
P('date', (BW, 'at the conclusion of the August 1941 Atlantic Conference'),
  ('1937-1945-atlantic-conf', 'released by U.S. President Franklin D. Roosevelt and British Prime Minister Winston Churchill on August 14, 1941'),
  'more-precise', 'Issue of the Atlantic Charter: August 1941 vs August 14, 1941; (b) more precise.')
P('date', ('1937-1945-war-time-conferences', 'In August 1941, President Franklin Roosevelt and British Prime Minister Winston Churchill met secretly'),
  ('1937-1945-atlantic-conf', 'the Atlantic Charter of August 1941 was not a binding treaty'), 'agree', 'Atlantic Charter: August 1941.')
P('date', ('1937-1945-casablanca', 'the Atlantic Charter of August 1941, which called for an end to wars of aggression'),
  ('1937-1945-war-time-conferences', 'In August 1941, President Franklin Roosevelt and British Prime Minister Winston Churchill met secretly'),
  'agree', 'Atlantic Charter: August 1941.')
P('quote', (UN, 'four policemen'), ('1937-1945-tehran-conf', 'four policemen'), 'agree',
  'Roosevelt\'s "four policemen" (United States, Britain, Soviet Union, China) at Tehran.')
P('date', ('1937-1945-war-time-conferences', 'In 1944, conferences at Bretton Woods and Dumbarton Oaks'),
  (UN, 'met at Dumbarton Oaks in Washington in August and September 1944'), 'more-precise',
  'Dumbarton Oaks conference: 1944 vs August and September 1944; (b) more precise.')
P('date', (BW, 'the July 1944 Bretton Woods Conference'), (UN, 'the International Monetary Fund and the World Bank (July 1944)'), 'agree',
  'IMF and World Bank created at Bretton Woods in July 1944.')
P('quantity', ('1921-1936-export-import-bank', 'the agreement signed by 23 countries in 1947'),
  (BW, 'Twenty-three nations meeting in Geneva from April to October 1947'), 'agree', 'GATT concluded by 23 countries in 1947.')
P('date', (BW, 'the exchange crises of August 1971, when President Richard M. Nixon suspended the dollar’s convertibility into gold'),
  ('1969-1976-nixon-shock', 'On August 15, 1971, President Richard M. Nixon announced his New Economic Policy'), 'more-precise',
  'The Nixon shock (suspension of dollar-gold convertibility): August 1971 vs August 15, 1971; (b) more precise.')
P('quantity', ('1937-1945-yalta-conf', 'expanded to five permanent members following the inclusion of France'),
  (UN, 'a Security Council of 5 permanent and 6 non-permanent members'), 'agree', 'Five permanent Security Council members.')
P('quantity', (UN, 'a Security Council consisting of the Big Four plus six members chosen by the Assembly'),
  ('1937-1945-yalta-conf', 'expanded to five permanent members following the inclusion of France'), 'not-same',
  'Two stages of the Security Council: Dumbarton Oaks (Big Four) vs five permanent members after France was added.')
P('date', ('1993-2000-clinton-yeltsin', 'in 1955, the Soviet Union and its Eastern European allies established the Warsaw Treaty Organization'),
  (WT, 'established on May 14, 1955'), 'more-precise', 'Founding of the Warsaw Pact: 1955 vs May 14, 1955; (b) more precise.')
P('date', ('1993-2000-clinton-yeltsin', 'When the Warsaw Pact formally disbanded in February 1991'),
  (WT, 'The Warsaw Pact officially disbanded in March and July of 1991'), 'differ',
  'Dissolution of the Warsaw Pact: February 1991 vs March and July 1991.')
P('date', ('1993-2000-clinton-yeltsin', 'in 1949, the United States and its Western European allies established the North Atlantic Treaty Organization'),
  (WT, 'a collective security alliance concluded between the United States, Canada and Western European nations in 1949'), 'agree',
  'NATO founded in 1949.')
P('date', ('1961-1968-soviet-invasion-czechoslavkia', 'Recalling the 1956 uprising in Hungary'), (WT, 'in Hungary in 1956'), 'agree',
  'Hungarian uprising: 1956.')
P('date', (WT, 'in Czechoslovakia in 1968'),
  ('1961-1968-soviet-invasion-czechoslavkia', 'On August 20, 1968, the Soviet Union led Warsaw Pact troops in an invasion of Czechoslovakia'),
  'more-precise', 'Warsaw Pact intervention in Czechoslovakia: 1968 vs August 20, 1968; (b) more precise.')
P('date', (KH, 'Protests broke out in Poland and Hungary in the summer and autumn of 1956'),
  ('1989-1992-fall-of-communism', 'in Hungary in 1956'), 'agree', 'Hungarian unrest crushed in 1956.')
P('date', ('1989-1992-fall-of-communism', 'Soviet tanks crushed demonstrators in East Berlin in June 1953'), (KH, 'After Stalin died in 1953'),
  'not-same', 'Two events of 1953: the East Berlin crackdown vs Stalin\'s death.')
P('date', (UN, 'On January 1, 1942, representatives of 26 nations at war with the Axis powers met in Washington'),
  (BW, 'Article VII of their February 1942 agreement on lend-lease aid'), 'not-same',
  'Two early-1942 agreements: the Declaration of the United Nations (January 1) vs the Anglo-American lend-lease agreement (February).')
P('quantity', (UN, 'Representatives of 50 nations met in San Francisco'),
  ('1945-1952-japan-reconstruction', 'In September of 1951, fifty-two nations met in San Francisco'), 'not-same',
  'Two San Francisco conferences: UN Charter 1945 (50 nations) vs Japanese peace treaty 1951 (fifty-two nations).')
