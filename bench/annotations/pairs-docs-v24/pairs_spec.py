"""Hand-written spec for pairs_v24.

Each entry: P(kind, (doc, span_a), (doc, span_b), verdict, note, label=None, type=None)
* span = exact substring of the document; the build script finds the one sentence holding it.
* panels are always side a; for more-precise pairs side b is the more precise one.
* label/type only for planted errors in the panels (A1.., A-P1.. etc.).
"""

PA = 'panel-treaty-ports-and-burlingame'
PB = 'panel-offshore-islands-and-ambassadors'
PC = 'panel-bloc-to-commonwealth'
C1 = '1830-1860-china-1'
C2 = '1830-1860-china-2'
BS = '1866-1898-burlingame-seward-treaty'
TS = '1953-1960-taiwan-strait-crises'
CT = '1953-1960-china-talks'
FC = '1989-1992-fall-of-communism'
CS = '1989-1992-collapse-soviet-union'

PANELS = {PA: [C1, C2, BS], PB: [TS, CT], PC: [FC, CS]}
LETTER = {PA: 'A', PB: 'B', PC: 'C'}

PAIRS = []


def P(kind, a, b, verdict, note, label=None, type=None):
    PAIRS.append(dict(kind=kind, a=a, b=b, verdict=verdict, note=note, label=label, type=type))


# ---------------------------------------------------------------- panel A: treaty ports and Burlingame
P('date', (PA, 'In 1844 the United States and China put their names to the first formal treaty ever concluded between the two countries'),
  (C1, 'the first formal treaty signed between the United States and China in 1844'), 'agree',
  'First formal U.S.-China treaty (Wangxia) signed in 1844 in both.')
P('event', (PA, "It was Washington's answer to the Treaty of Nanjing"),
  (C1, 'It served as an American counterpart to the Anglo-Chinese Treaty of Nanjing'), 'agree',
  'Wangxia as the American counterpart of the Treaty of Nanjing.')
P('date', (PA, 'closed the First Opium War in 1843'), (C1, 'ended the First Opium War in 1842'), 'differ',
  'Year the Treaty of Nanjing ended the First Opium War: 1843 vs 1842.', 'A1', 'wrong year')
P('event', (PA, 'Westerners prized Chinese silk, tea and furniture, yet China wanted little that the West could sell'),
  (C1, 'had long sought a variety of Chinese products (including furniture, silk and tea), but found there were few products that China wanted from the West'),
  'agree', 'Western demand for Chinese silk, tea, furniture; little Chinese demand for Western goods.')
P('date', (PA, 'American merchants first sailed for China as early as 1794'), (C1, 'American trade with China began as early as 1784'),
  'differ', 'Start of American trade with China: 1794 vs 1784.', 'A2', 'wrong year')
P('event', (PA, 'British traders had already found a vast market for smuggled opium in southern China, and Americans soon followed them into the drug trade'),
  (C1, 'The British had already discovered a great market in southern China for smuggled opium, and American traders soon also turned to opium'),
  'agree', 'British opium market in southern China; Americans followed into opium trade.')
P('event', (PA, 'for the first time China was buying more from abroad than it sold'), (C1, 'for the first time, China imported more goods than it exported'),
  'agree', 'China imported more than it exported for the first time.')
P('date', (PA, 'a conflict fought between 1839 and 1842'), (C1, 'the First Opium War between Great Britain and China, from 1839 to 1842'),
  'agree', 'First Opium War 1839-1842 in both.')
P('event', (PA, 'The Chinese were willing enough, since they preferred to keep every foreign nation on an equal footing'),
  (C1, 'The Chinese readily agreed in an effort to keep all foreigners on the same footing'), 'agree',
  'China agreed readily to keep all foreigners on the same footing.')
P('event', (PA, 'President Martin Van Buren sent Caleb Cushing'), (C1, 'U.S. President John Tyler chose'), 'differ',
  'President who chose Caleb Cushing as negotiator: Van Buren vs Tyler.', 'A3', 'wrong person')
P('event', (PA, 'a congressman from Connecticut'), (C1, 'Massachusetts Congressman Caleb Cushing as his representative'), 'differ',
  "Cushing's state: Connecticut vs Massachusetts.", 'A4', 'wrong place (state)')
P('event', (PA, 'a village on the outskirts of British Hong Kong'), (C1, 'a suburb of the Portuguese port city of Macau'), 'differ',
  'Where Wangxia lies: outskirts of British Hong Kong vs suburb of Portuguese Macau.', 'A5', 'wrong place (city)')
P('quantity', (PA, 'opened six treaty ports'), (C1, 'it established five treaty ports'), 'differ',
  'Number of treaty ports opened by Wangxia/Nanjing terms: six vs five.', 'A6', 'wrong number (ports)')
P('event', (PA, 'Article 21 shielded American missionaries'), (C1, 'Article 17 protected the interests of American missionaries in China'),
  'differ', 'Article protecting missionaries: Article 21 vs Article 17.', 'A7', 'wrong number (article)')
P('event', (PA, 'Article 18 allowed Americans in China to hire tutors in the Chinese language'),
  (C1, 'Article 18 allowed Americans living or working in China to employ tutors to help them learn Chinese'), 'agree',
  'Article 18: Americans may employ Chinese-language tutors.')
P('event', (PA, 'Americans caught smuggling opium or other contraband were to be tried by American officials'),
  (C1, 'anyone involved in the opium trade or the smuggling of contraband would be prosecuted under Chinese law'), 'differ',
  'Jurisdiction over American opium smugglers: American officials vs Chinese law.', 'A8', 'wrong outcome')
P('event', (PA, 'a citizen accused of a crime there answered not to local courts but to American officials'),
  (C1, 'would not be subject to the jurisdiction of the local law, but would instead be tried and, if necessary, punished by American officials in China'),
  'agree', 'Extraterritoriality: accused Americans tried by American officials, not local law.')
P('event', (PA, 'striking at the port cities of Guangzhou and Shanghai'),
  (C2, 'attacking the Chinese port cities of Guangzhou and Tianjin in the Second Opium War'), 'differ',
  'Ports Britain attacked in the Second Opium War: Guangzhou and Shanghai vs Guangzhou and Tianjin.', 'A9', 'wrong place (city)')
P('event', (PA, 'France, Prussia and the United States each signed a treaty at Tianjin'),
  (C2, 'France, Russia, and the United States all signed treaties with China at Tianjin'), 'differ',
  'Powers signing at Tianjin besides Britain: France, Prussia, U.S. vs France, Russia, U.S.', 'A10', 'wrong country')
P('date', (PA, 'one after another, in 1858'), (C1, 'in quick succession in 1858'), 'agree',
  'Tianjin treaties signed in quick succession in 1858.')
P('event', (PA, 'they gave foreigners the right to travel and trade throughout the interior'),
  (C2, 'foreigners also gained full access to the interior, and were free to travel and conduct business or missions anywhere in China'),
  'agree', 'Tianjin treaties: foreigners free to travel and do business in the interior.')
P('event', (PA, 'British and French merchants, impatient with irregular Chinese customs practices, went on to set up the Imperial Maritime Customs Service'),
  (C2, 'British and U.S. merchants finally established the Imperial Maritime Customs Service'), 'differ',
  'Founders of the Imperial Maritime Customs Service: British and French vs British and U.S. merchants.', 'A11', 'wrong country')
P('date', (PA, 'Beijing signed in 1858 but resisted ratification'), (C2, 'Although the Chinese signed the treaties in 1858'), 'agree',
  'China signed the Tianjin treaties in 1858 (ratification delayed).')
P('event', (PA, 'When the British stormed the Dagu forts in 1859, the way north lay open'),
  (C2, 'the Chinese repulsed an attack on the Dagu forts in 1859'), 'differ',
  'Outcome of the 1859 attack on the Dagu forts: British stormed them vs Chinese repulsed it.', 'A12', 'wrong outcome')
P('event', (PA, 'burned the Summer Palace while sparing the Forbidden City'),
  (C2, 'burned the Summer Palace in the northwestern periphery, but spared the Forbidden City'), 'agree',
  'Summer Palace burned, Forbidden City spared.')
P('date', (PA, 'secured an exchange of ratifications in 1860'), (C2, 'an exchange of treaty ratifications in 1859'), 'differ',
  "Year of John Ward's exchange of ratifications: 1860 vs 1859.", 'A13', 'wrong year')
P('event', (PA, 'Anson Burlingame, a Massachusetts lawyer and former Republican congressman'),
  (BS, 'Anson Burlingame, a lawyer and former Republican representative to Congress from Massachusetts'), 'agree',
  'Burlingame: Massachusetts lawyer, former Republican congressman.')
P('date', (PA, 'went to China as U.S. Minister in the early 1860s'), (BS, 'became the U.S. Minister to China in 1861'), 'more-precise',
  'Year Burlingame became Minister to China: early 1860s vs 1861; (b) more precise.', 'A-P1', 'precision: part of decade vs year')
P('event', (PA, 'their envoys to Washington, London, Paris and Berlin'),
  (BS, 'a tour that included stops in the major capitals of Washington, London, Paris, and Berlin'), 'agree',
  'Chinese mission capitals: Washington, London, Paris, Berlin.')
P('date', (PA, 'The treaty he worked out with Seward in the late 1860s'),
  (BS, 'China and the United States concluded the Burlingame-Seward Treaty in 1868'), 'more-precise',
  'Date of the Burlingame-Seward Treaty: late 1860s vs 1868; (b) more precise.', 'A-P2', 'precision: part of decade vs year')
P('event', (PA, 'promised Chinese free immigration and travel in the United States'),
  (BS, 'promised the Chinese the right to free immigration and travel within the United States'), 'agree',
  'Right of free immigration and travel for Chinese.')
P('event', (PA, "Its final article left decisions on new construction and similar improvements to China's own government"),
  (BS, 'the decision to begin new construction projects or similar improvements belonged in the hands of the local government'),
  'agree', 'Final article: construction/improvements left to the Chinese government.')
P('date', (PA, 'a new treaty of about 1880 revised the terms'), (BS, 'A new treaty signed in 1880 revised the Burlingame-Seward agreement'),
  'more-precise', 'Year of the revising treaty: about 1880 vs 1880; (b) more precise.', 'A-P3', 'precision: approximate vs exact')
P('date', (PA, 'the Chinese Exclusion Act of 1884 cancelled the free-immigration clauses altogether'),
  (BS, 'the Chinese Exclusion Act of 1882 abrogated its free immigration clauses altogether'), 'differ',
  'Year of the Chinese Exclusion Act: 1884 vs 1882.', 'A14', 'wrong year')
# not-same (A)
P('event', (PA, 'Britain forced the question in the Second Opium War'),
  (C1, 'the First Opium War between Great Britain and China, from 1839 to 1842'), 'not-same',
  'Second Opium War (1850s) vs First Opium War (1839-1842): two different wars.')
P('quantity', (PA, 'The Tianjin agreements opened more treaty ports'), (C1, 'it established five treaty ports'), 'not-same',
  'Additional ports opened at Tianjin (1858) vs the five ports of Nanjing/Wangxia.')
P('date', (PA, 'Beijing signed in 1858'), (C2, 'an exchange of treaty ratifications in 1859'), 'not-same',
  'Signing of the Tianjin treaties (1858) vs the exchange of ratifications (1859).')
P('date', (PA, 'In 1844 the United States and China put their names to the first formal treaty ever concluded between the two countries'),
  (BS, 'China and the United States concluded the Burlingame-Seward Treaty in 1868'), 'not-same',
  'Two different U.S.-China treaties: Wangxia (1844) vs Burlingame-Seward (1868).')

# ---------------------------------------------------------------- panel B: offshore islands and ambassadors
P('quantity', (PB, 'Twice in the 1950s'), (TS, 'On two separate occasions during the 1950s'), 'agree',
  'Number of Taiwan Strait crises in the 1950s: two.')
P('event', (PB, 'each time the United States stepped in on the Nationalist side'),
  (TS, 'The United States responded by actively intervening on behalf of the ROC'), 'agree', 'U.S. intervened on behalf of the ROC.')
P('quantity', (PB, 'sits just five miles off the mainland port of Xiamen'), (TS, 'two miles from the mainland Chinese city of Xiamen'),
  'differ', 'Distance of Jinmen from Xiamen: five vs two miles.', 'B1', 'wrong number (distance)')
P('quantity', (PB, 'Mazu lies ten miles from Fuzhou'), (TS, 'Mazu, ten miles from the city of Fuzhou'), 'agree',
  'Mazu ten miles from Fuzhou.')
P('quantity', (PB, 'both are some one hundred miles west of Taiwan itself'), (TS, 'approximately one hundred miles west of Taiwan'),
  'agree', 'Islands about 100 miles west of Taiwan.')
P('event', (PB, 'left garrisons on these two islands and on the Dachen Islands farther north'),
  (TS, 'establishing troops on these two islands and the Dachen Islands further north'), 'agree',
  'Nationalist troops on Jinmen, Mazu and the Dachens.')
P('event', (PB, 'In late 1949 and early 1950 Washington was ready to let the Communists cross the Strait and finish Chiang off'),
  (TS, 'In late 1949 and early 1950, American officials were prepared to let PRC forces cross the Strait and defeat Chiang'), 'agree',
  'U.S. willingness in late 1949/early 1950 to let the PRC take Taiwan.')
P('date', (PB, 'Then war broke out in Korea in June 1950'), (TS, 'after the outbreak of the Korean War in June 1950'), 'agree',
  'Korean War began June 1950.')
P('event', (PB, 'President Truman ordered the Sixth Fleet into the Strait'), (TS, 'the United States sent its Seventh Fleet into the Taiwan Strait'),
  'differ', 'Fleet sent into the Taiwan Strait: Sixth vs Seventh.', 'B2', 'wrong number (fleet)')
P('date', (PB, 'In 1955 it led the founding of the Southeast Asia Treaty Organization'),
  (TS, 'In 1954, the United States led the creation of the Southeast Asia Treaty Organization'), 'differ',
  'Year SEATO was created: 1955 vs 1954.', 'B3', 'wrong year')
P('event', (PB, 'officials debated openly whether to sign a defence treaty with Chiang'),
  (TS, 'U.S. officials openly debated the possibility of signing a Mutual Defense Treaty with Chiang Kai-shek'), 'agree',
  'Open U.S. debate on a defense treaty with Chiang.')
P('date', (PB, 'In August 1954 it began shelling Jinmen'), (TS, 'the PRC began to bombard Jinmen in September 1954'), 'differ',
  'Start of the first PRC bombardment of Jinmen: August vs September 1954.', 'B4', 'wrong month')
P('event', (PB, 'soon Mazu and the Dachens came under fire too'), (TS, 'soon expanded its targets to include Mazu and the Dachen Islands'),
  'agree', 'Shelling extended to Mazu and the Dachens.')
P('date', (PB, 'Congress passed the Formosa Resolution early in 1955'), (TS, 'In January 1955, the U.S. Congress passed the'),
  'more-precise', 'Date of the Formosa Resolution: early 1955 vs January 1955; (b) more precise.', 'B-P1', 'precision: part of year vs month')
P('event', (PB, 'giving President Eisenhower full authority to defend Taiwan and the offshore islands'),
  (TS, 'which gave President Eisenhower total authority to defend Taiwan and the off-shore islands'), 'agree',
  'Formosa Resolution gave Eisenhower full authority to defend Taiwan and the islands.')
P('event', (PB, 'Chiang pulled his troops off Mazu'), (TS, 'Chiang Kai-shek agreed to withdraw his troops from Dachen'), 'differ',
  'Island Chiang evacuated in exchange for the private pledge: Mazu vs Dachen.', 'B5', 'wrong place (island)')
P('date', (PB, 'At the Afro-Asian Conference at Bandung in May 1955'), (TS, 'at the Afro-Asian Conference in April 1955 in Bandung'), 'differ',
  'Month of the Bandung conference where Zhou offered talks: May vs April 1955.', 'B6', 'wrong month')
P('event', (PB, 'Foreign Minister Zhou Enlai said that China wished to negotiate with the United States'),
  (TS, 'PRC Foreign Minister Zhou Enlai announced a desire to negotiate with the United States'), 'agree',
  'Zhou Enlai announced willingness to negotiate with the U.S.')
P('date', (PB, 'Ambassadors from the two countries met at Geneva in 1955'),
  (CT, 'On August 1, 1955, the United States and the People’s Republic of China (PRC) opened a series of ambassadorial-level talks in Geneva'),
  'more-precise', 'Opening of the Geneva ambassadorial talks: 1955 vs August 1, 1955; (b) more precise.', 'B-P2', 'precision: year vs day')
P('event', (PB, 'U. Alexis Johnson, its Ambassador to Switzerland'), (CT, 'U.S. Ambassador to Czechoslovakia U. Alexis Johnson'), 'differ',
  "Johnson's post when the talks began: Ambassador to Switzerland vs to Czechoslovakia.", 'B7', 'wrong place (post)')
P('event', (PB, 'China sent Wang Bingnan, its Ambassador to Poland'), (CT, 'the Chinese side by Chinese Ambassador to Poland Wang Bingnan'),
  'agree', 'China represented by Wang Bingnan, Ambassador to Poland.')
P('quantity', (PB, 'of roughly 5,000 Chinese students in the United States in 1949'),
  (CT, 'Of some 5,000 Chinese students in the United States in 1949'), 'agree', 'About 5,000 Chinese students in the U.S. in 1949.')
P('quantity', (PB, '150 were held back for years'), (CT, '105 were held for several years'), 'differ',
  'Chinese students held in the U.S.: 150 vs 105.', 'B8', 'wrong number (students)')
P('quantity', (PB, 'several dozen American missionaries, businessmen and scholars'), (CT, 'These several dozen individuals'), 'agree',
  'Several dozen Americans held in China.')
P('date', (PB, 'on September 20, 1955'), (CT, 'on September 10, 1955'), 'differ',
  'Date of the agreed announcement: September 20 vs September 10, 1955.', 'B9', 'wrong day')
P('quote', (PB, 'expeditiously'), (CT, 'expeditiously'), 'agree', 'Quoted word of the announcement: "expeditiously".')
P('event', (PB, 'the Swiss Embassy would act for Americans held in China'),
  (CT, 'For Americans detained in China, the third party was the British Embassy'), 'differ',
  'Third party for Americans detained in China: Swiss vs British Embassy.', 'B10', 'wrong country')
P('event', (PB, 'the Indian Embassy for Chinese in the United States'),
  (CT, 'for Chinese in the United States, the Indian Embassy acted as the intermediary'), 'agree',
  'Indian Embassy as intermediary for Chinese in the U.S.')
P('event', (PB, 'moving Johnson to Burma'), (CT, 'transferring Ambassador Johnson to Thailand'), 'differ',
  "Johnson's new post in late 1957: Burma vs Thailand.", 'B11', 'wrong place (country)')
P('date', (PB, 'In late 1957 Washington tried to wind the talks down'), (CT, 'In late 1957, the United States attempted to end the talks'),
  'agree', 'U.S. attempt to end the talks in late 1957.')
P('date', (PB, 'the talks broke off for six months'), (CT, 'the two sides suspended the talks for nine months'), 'differ',
  'Length of the suspension of the talks: six vs nine months.', 'B12', 'wrong interval (months)')
P('date', (PB, 'In September 1958 the Ambassador to Poland, Jacob Beam, took over and the talks resumed in Warsaw'),
  (CT, 'In September of 1958, the U.S. Government appointed its Ambassador to Poland, Jacob Beam'), 'agree',
  'Jacob Beam took over in September 1958; talks continued in Warsaw.')
P('event', (PB, 'with world attention on the American landing in Jordan'),
  (TS, 'international attention was focused on U.S. intervention in Lebanon'), 'differ',
  'U.S. intervention drawing world attention in 1958: Jordan vs Lebanon.', 'B13', 'wrong place (country)')
P('date', (PB, 'Beijing had resumed shelling Jinmen and Mazu in 1958'), (TS, 'it resumed its bombardment of Jinmen and Mazu in 1958'), 'agree',
  'Second bombardment of Jinmen and Mazu in 1958.')
P('event', (PB, 'the two Chinese sides settled into shelling each other\'s garrisons on alternate days'),
  (TS, 'they shelled each other’s garrisons on alternate days'), 'agree', 'PRC and ROC shelled each other on alternate days.')
P('date', (PB, 'a ritual that lasted thirty years'), (TS, 'This continued for twenty years'), 'differ',
  'Duration of alternate-day shelling: thirty vs twenty years.', 'B14', 'wrong interval (years)')
P('quantity', (PB, 'ran to more than 130 meetings'), (CT, '136 total meetings'), 'more-precise',
  'Number of ambassadorial meetings: more than 130 vs 136; (b) more precise.', 'B-P3', 'precision: lower bound vs exact')
P('event', (PB, "before President Richard Nixon's visit to China made them unnecessary"),
  (CT, 'They ended when President Richard Nixon visited China'), 'agree', "Talks ended with Nixon's visit to China.")
# not-same (B)
P('event', (PB, 'the Ambassador to Poland, Jacob Beam'), (CT, 'Chinese Ambassador to Poland Wang Bingnan'), 'not-same',
  'Two different ambassadors to Poland: the U.S. one (Beam) and the Chinese one (Wang).')
P('date', (PB, 'Beijing had resumed shelling Jinmen and Mazu in 1958'), (TS, 'the PRC began to bombard Jinmen in September 1954'), 'not-same',
  'Second bombardment (1958) vs first bombardment (1954).')
P('quantity', (PB, 'Mazu lies ten miles from Fuzhou'), (TS, 'Jinmen (Quemoy), two miles from the mainland Chinese city of Xiamen'), 'not-same',
  'Distances of two different islands (Mazu from Fuzhou vs Jinmen from Xiamen).')
P('event', (PB, 'giving President Eisenhower full authority to defend Taiwan and the offshore islands'),
  (TS, 'it promised support if the ROC engaged in a broader conflict with the PRC'), 'not-same',
  'Formosa Resolution authority vs the Mutual Defense Treaty promise: two different instruments.')

# ---------------------------------------------------------------- panel C: bloc to commonwealth
P('date', (PC, 'On the night of November 9, 1989, crowds of elated Germans tore open the Berlin Wall'),
  (FC, 'On November 9, 1989, thousands of jubilant Germans brought down the most visible symbol of division'), 'agree',
  'Berlin Wall brought down on November 9, 1989.')
P('date', (PC, 'When Ronald Reagan stood in Berlin in 1986'), (FC, 'Ronald Reagan’s 1987 Berlin speech'), 'differ',
  "Year of Reagan's Berlin 'tear down this wall' speech: 1986 vs 1987.", 'C1', 'wrong year')
P('quote', (PC, 'tear down this wall'), (FC, 'tear down this wall'), 'agree', 'Quoted words of Reagan: "tear down this wall".')
P('date', (PC, 'Soviet tanks had crushed protest in East Berlin in June 1953'), (FC, 'Soviet tanks crushed demonstrators in East Berlin in June 1953'),
  'agree', 'East Berlin crushed by Soviet tanks in June 1953.')
P('event', (PC, 'Moscow had given up the Brezhnev Doctrine of armed intervention to save communist regimes'),
  (FC, 'the Soviet Union had abandoned the policy of military intervention in support of communist regimes (the Brezhnev Doctrine)'), 'agree',
  'Soviet abandonment of the Brezhnev Doctrine.')
P('date', (PC, 'formally opened in Warsaw on February 16, 1989'),
  (FC, 'On February 6, 1989, negotiations between the Polish Government and members of the underground labor union Solidarity opened officially in Warsaw'),
  'differ', 'Opening of the Polish Round Table talks: February 16 vs February 6, 1989.', 'C2', 'wrong day')
P('date', (PC, 'Solidarity had been born in August 1980 out of a wave of strikes'),
  (FC, 'Solidarity was formed in August 1980 following a series of strikes'), 'agree', 'Solidarity formed August 1980 after strikes.')
P('date', (PC, 'driven underground by martial law in 1981'), (FC, 'The 1981 Soviet-inspired imposition of martial law drove the organization underground'),
  'agree', 'Martial law of 1981 drove Solidarity underground.')
P('date', (PC, 'The Round Table agreement signed on April 4'), (FC, 'signed by government and Solidarity representatives on April 4'), 'agree',
  'Round Table results signed on April 4.')
P('quantity', (PC, 'free elections for 45 percent of the seats in the Sejm'), (FC, 'free elections for 35% of the Parliament (Sejm)'), 'differ',
  'Share of Sejm seats open to free election: 45 vs 35 percent.', 'C3', 'wrong number (percent)')
P('date', (PC, 'On June 4, the day Chinese tanks crushed the protests in Beijing, Solidarity swept the polls'),
  (FC, 'On June 4, as Chinese tanks crushed student-led protests in Beijing, Solidarity delivered a crushing electoral victory'), 'agree',
  'Solidarity election victory on June 4 (same day as Beijing crackdown).')
P('date', (PC, 'by August 24 Tadeusz Mazowiecki became the first non-communist prime minister in Eastern Europe'),
  (FC, 'By August 24, ten years after Solidarity emerged on the scene, Tadeusz Mazowiecki became the first non-communist Prime Minister in Eastern Europe'),
  'agree', 'Mazowiecki first non-communist prime minister by/on August 24.')
P('event', (PC, 'The party dropped its veteran leader, Janos Kadar'), (FC, 'The Hungarian Party removed its long-time leader, Janos Kadar'),
  'agree', 'Hungarian party removed Janos Kadar.')
P('date', (PC, 'on June 26 solemnly reburied Imre Nagy'), (FC, 'on June 16, ceremoniously re-interred Imre Nagy'), 'differ',
  'Date of the reburial of Imre Nagy: June 26 vs June 16.', 'C4', 'wrong day')
P('date', (PC, 'By October 23 a new constitution allowed rival parties and competitive elections'),
  (FC, 'By October 23, ten months after political reforms began, Hungary adopted a new constitution allowing a multi-party system and competitive elections'),
  'agree', 'Hungarian multi-party constitution by October 23.')
P('date', (PC, 'two weeks later Erich Honecker was forced out'), (FC, 'Two weeks later, Honecker was forced to resign'), 'agree',
  "Honecker forced out two weeks after Gorbachev's visit.")
P('date', (PC, 'the playwright Vaclav Havel was elected president on December 19'),
  (FC, 'on December 29, Vaclav Havel, the famed playwright and dissident, was elected President'), 'differ',
  "Date of Havel's election as president: December 19 vs December 29.", 'C5', 'wrong day')
P('date', (PC, 'troops fired on demonstrators in Timisoara on December 17'),
  (FC, 'On December 17 in Timisoara, the army and police fired into crowds'), 'agree', 'Timisoara shootings on December 17.')
P('date', (PC, 'he and his wife were executed on December 25'), (FC, 'Ceausescu and his wife were executed on December 25'), 'agree',
  'Ceausescu and his wife executed December 25.')
P('date', (PC, 'The two leaders met at Malta in December 1989'), (FC, 'Meeting in Malta on December 2'), 'more-precise',
  'Bush-Gorbachev Malta meeting: December 1989 vs December 2; (b) more precise.', 'C-P1', 'precision: month vs day')
P('quote', (PC, 'buried the Cold War at the bottom of the Mediterranean'), (FC, 'buried the Cold War at the bottom of the Mediterranean'), 'agree',
  'Quoted words on Malta: "buried the Cold War at the bottom of the Mediterranean".')
P('event', (PC, "Gorbachev went on to accept German reunification and even a united Germany's membership in NATO"),
  (CS, 'Gorbachev agreed to German reunification and acquiesced when a newly reunited Germany joined NATO'), 'agree',
  'Gorbachev accepted reunification and united Germany in NATO.')
P('date', (PC, 'in January 1991'), (CS, 'In January 1991, violence erupted'), 'agree', 'Baltic violence in January 1991.')
P('event', (PC, 'violence broke out in Lithuania and Estonia'), (CS, 'violence erupted in Lithuania and Latvia'), 'differ',
  'Republics where violence erupted in January 1991: Lithuania and Estonia vs Lithuania and Latvia.', 'C6', 'wrong place (country)')
P('event', (PC, 'Bush signed the START treaty at the Washington summit in July 1991'),
  (CS, 'Bush signed the START treaty at the Moscow Summit in July 1991'), 'differ',
  'Summit where START was signed in July 1991: Washington vs Moscow.', 'C7', 'wrong place (city)')
P('date', (PC, 'The failed coup by Communist hard-liners in the summer of 1991'), (CS, 'The unsuccessful August 1991 coup against Gorbachev'),
  'more-precise', 'Date of the hard-line coup: summer 1991 vs August 1991; (b) more precise.', 'C-P2', 'precision: season vs month')
P('quote', (PC, 'extra-constitutional'), (CS, 'extra-constitutional'), 'agree', 'Bush called the coup "extra-constitutional".')
P('event', (PC, 'he soon gave up his post as head of the Communist Party'),
  (CS, 'He resigned his leadership as head of the Communist party shortly thereafter'), 'agree',
  'Gorbachev resigned as Communist Party head soon after the coup.')
P('event', (PC, 'Within days Ukraine and Belarus declared independence'),
  (CS, 'A few days after the coup, Ukraine and Belarus declared their independence from the Soviet Union'), 'agree',
  'Ukraine and Belarus declared independence days after the coup.')
P('date', (PC, 'On September 4, 1991'), (CS, 'On September 4, 1991'), 'agree', "Baker's principles announced September 4, 1991.")
P('quantity', (PC, 'set out four principles'), (CS, 'articulated five basic principles'), 'differ',
  "Number of Baker's principles for the new republics: four vs five.", 'C8', 'wrong number (principles)')
P('event', (PC, 'met in Minsk'), (CS, 'met in Brest'), 'differ', 'Place where the CIS was founded: Minsk vs Brest.', 'C9', 'wrong place (city)')
P('date', (PC, 'At the end of December 1991 the hammer and sickle came down over the Kremlin for the last time'),
  (CS, 'On December 25, 1991, the Soviet hammer and sickle flag lowered for the last time over the Kremlin'), 'more-precise',
  'Last lowering of the Soviet flag over the Kremlin: end of December 1991 vs December 25, 1991; (b) more precise.', 'C-P3',
  'precision: part of month vs day')
P('event', (PC, 'hours after Gorbachev resigned as Soviet president'),
  (CS, 'Earlier in the day, Mikhail Gorbachev resigned his post as president of the Soviet Union'), 'agree',
  'Gorbachev resigned as Soviet president earlier the same day.')
P('quantity', (PC, 'Bush recognised all 12 republics'), (CS, 'Bush recognized all 12 independent republics'), 'agree',
  'Bush recognized all 12 republics.')
P('date', (PC, 'Yeltsin came to Camp David early in 1992'), (CS, 'Yeltsin met with Bush at Camp David in February 1992'), 'more-precise',
  "Yeltsin's Camp David visit: early 1992 vs February 1992; (b) more precise.", 'C-P4', 'precision: part of year vs month')
P('date', (PC, 'paid a state visit to Washington in June'), (CS, 'followed by a formal state visit to Washington in June'), 'agree',
  "Yeltsin's state visit to Washington in June 1992.")
# not-same (C)
P('event', (PC, 'he soon gave up his post as head of the Communist Party'),
  (CS, 'Mikhail Gorbachev resigned his post as president of the Soviet Union'), 'not-same',
  'Gorbachev resigning as party head (after the coup) vs as Soviet president (December 25): same person, different posts.')
P('date', (PC, 'paid a state visit to Washington in June'), (CS, 'Leaders from Kazakhstan and Ukraine visited Washington in May 1992'), 'not-same',
  "Yeltsin's June state visit vs the May 1992 visits of Kazakh and Ukrainian leaders.")
P('event', (PC, 'Within days Ukraine and Belarus declared independence'),
  (CS, 'The Baltic States, which had earlier declared their independence, sought international recognition'), 'not-same',
  'Independence declarations of Ukraine/Belarus vs the earlier Baltic declarations.')
P('date', (PC, 'two weeks later Erich Honecker was forced out'), (FC, 'By the next day, Ceausescu was forced to flee Bucharest'), 'not-same',
  'Fall of two different leaders: Honecker (East Germany) vs Ceausescu (Romania).')

# ---------------------------------------------------------------- essay-essay pairs
P('date', (C1, 'France, Russia, and the United States all signed treaties with China at Tianjin in quick succession in 1858'),
  (C2, 'France, Russia, and the United States all signed treaties with China at Tianjin in quick succession in 1858'), 'agree',
  'Tianjin treaties of France, Russia and the U.S. in 1858 (both Opium War essays).')
P('date', (BS, 'expand upon the Treaty of Tianjin of 1858'), (C2, 'signed the treaties in 1858'), 'agree', 'Treaty of Tianjin dated 1858.')
P('date', (BS, 'China and the United States concluded the Burlingame-Seward Treaty in 1868'),
  ('1866-1898-chinese-immigration', 'the 1868 Burlingame-Seward Treaty'), 'agree', 'Burlingame-Seward Treaty of 1868.')
P('date', (BS, 'the Chinese Exclusion Act of 1882'), ('1866-1898-chinese-immigration', 'In 1882, Congress passed the Chinese Exclusion Act'),
  'agree', 'Chinese Exclusion Act of 1882.')
P('date', ('1866-1898-chinese-immigration', 'The Chinese Exclusion Acts were not repealed until 1943'),
  ('1937-1945-chinese-exclusion-act-repeal', 'In 1943, Congress passed a measure to repeal the discriminatory exclusion laws'), 'agree',
  'Repeal of Chinese exclusion in 1943.')
P('date', (BS, 'the Chinese Exclusion Act of 1882'),
  ('1937-1945-chinese-exclusion-act-repeal', 'In 1943, Congress passed a measure to repeal the discriminatory exclusion laws'), 'not-same',
  'Passage of the Exclusion Act (1882) vs its repeal (1943).')
P('date', (C1, 'signed it at Wangxia, a suburb of the Portuguese port city of Macau, in 1844'),
  ('1830-1860-pacific-expansion', 'the Treaty of Wangxia, was ratified in 1844'), 'not-same',
  'Signing of the Treaty of Wangxia vs its ratification (both 1844).')
P('date', (TS, 'at the Afro-Asian Conference in April 1955 in Bandung'), ('1953-1960-bandung-conf', 'In April, 1955'), 'agree',
  'Bandung conference in April 1955.')
P('date', ('1945-1952-asia-and-africa', 'the Bandung conference of 1955'), ('1953-1960-bandung-conf', 'In April, 1955'), 'more-precise',
  'Bandung conference: 1955 vs April 1955; (b) more precise.')
P('date', (TS, 'In 1954, the United States led the creation of the Southeast Asia Treaty Organization'),
  ('1953-1960-seato', 'In September of 1954, the United States, France, Great Britain, New Zealand, Australia, the Philippines, Thailand and Pakistan formed the Southeast Asia Treaty Organization'),
  'more-precise', 'Creation of SEATO: 1954 vs September 1954; (b) more precise.')
P('date', (TS, 'In 1954, the United States led the creation of the Southeast Asia Treaty Organization'),
  ('1977-1980-china-policy', 'the Mutual Defense Treaty between the United States and the Republic of China, originally signed in December 1954'),
  'not-same', 'Two different treaties of 1954: SEATO vs the U.S.-ROC Mutual Defense Treaty.')
P('date', ('1953-1960-seato', 'In September of 1954, the United States, France, Great Britain'),
  (TS, 'the PRC began to bombard Jinmen in September 1954'), 'not-same',
  'Two different events of September 1954: SEATO founding vs PRC shelling of Jinmen.')
P('date', (TS, 'In September, 1955, the PRC and the United States began talks at Geneva'),
  (CT, 'On August 1, 1955, the United States and the People’s Republic of China (PRC) opened a series of ambassadorial-level talks in Geneva'),
  'differ', 'Start of the U.S.-PRC Geneva talks: September 1955 vs August 1, 1955 (the two essays disagree).')
P('date', (TS, 'The situation in the Strait deteriorated in late 1954 and early 1955'),
  (CT, 'In late 1954 and early 1955, the PRC’s bombardment of the off-shore islands in the Taiwan Strait had brought the United States and China to the brink of confrontation'),
  'agree', 'First Strait crisis peaked in late 1954 and early 1955.')
P('date', (CT, 'the outbreak of the Korean War in 1950'), (TS, 'after the outbreak of the Korean War in June 1950'), 'more-precise',
  'Outbreak of the Korean War: 1950 vs June 1950; (b) more precise.')
P('quantity', (CT, '105 were held for several years'), ('1937-1945-chinese-exclusion-act-repeal', 'around 105 visas per year'), 'not-same',
  'Two figures of 105 for different things: Chinese students held in the U.S. vs the annual Chinese immigration quota.')
P('date', (FC, 'Ronald Reagan’s 1987 Berlin speech'), ('1981-1988-foreword', 'In 1987, standing in front of the Berlin Wall'), 'agree',
  "Reagan's Berlin Wall speech in 1987.")
P('date', (CS, 'the collapse of the Berlin Wall in November 1989'), (FC, 'On November 9, 1989, thousands of jubilant Germans brought down'),
  'more-precise', 'Fall of the Berlin Wall: November 1989 vs November 9, 1989; (b) more precise.')
P('date', ('1981-1988-u-s-soviet-relations', 'After Bush met with his Soviet counterpart off the coast of Malta in December 1989'),
  (FC, 'Meeting in Malta on December 2'), 'more-precise', 'Malta summit: December 1989 vs December 2; (b) more precise.')
P('quote', ('1981-1988-u-s-soviet-relations', 'buried the Cold War at the bottom of the Mediterranean Sea'),
  (FC, 'buried the Cold War at the bottom of the Mediterranean'), 'agree', 'Quote attributed to Gorbachev\'s aide/spokesman after Malta.')
P('date', ('1981-1988-u-s-soviet-relations', 'Yeltsin turned back a coup against Gorbachev in August 1991'),
  (CS, 'The unsuccessful August 1991 coup against Gorbachev'), 'agree', 'Failed coup against Gorbachev in August 1991.')
P('date', ('1993-2000-clinton-yeltsin', 'established by the Nunn-Lugar Act of 1991'),
  (CS, 'The Nunn-Lugar Act established the Cooperative Threat Reduction Program in November 1991'), 'more-precise',
  'Nunn-Lugar Act / Cooperative Threat Reduction: 1991 vs November 1991; (b) more precise.')
P('date', (FC, 'On June 4, as Chinese tanks crushed student-led protests in Beijing'),
  ('1989-1992-tiananmen-square', 'the Chinese Government’s violent suppression of demonstrations in Tiananmen Square on June 4, 1989'),
  'agree', 'Beijing crackdown on June 4 (1989).')
