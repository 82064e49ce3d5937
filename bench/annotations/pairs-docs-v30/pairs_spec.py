"""Hand-written spec for pairs_v30.

P(kind, (doc, span), (doc, span), verdict, note, label=None, type=None)
Side a is the panel for panel-essay pairs; for more-precise pairs side b is the more precise side.
label/type only on planted pairs (panel differ / more-precise).
"""
PA = 'panel-loans-and-the-constitution'
PB = 'panel-helsinki-and-the-north-south-dialogue'
PC = 'panel-chinese-revolutions-1911-and-1949'
LO = '1784-1800-loans'
CV = '1784-1800-convention-and-ratification'
HE = '1969-1976-helsinki'
NS = '1977-1980-north-south-dialogue'
C11 = '1899-1913-chinese-rev'
C49 = '1945-1952-chinese-rev'

PANELS = {PA: [LO, CV], PB: [HE, NS], PC: [C11, C49]}

SPEC = []


def P(kind, a, b, verdict, note, label=None, type=None):
    SPEC.append(dict(kind=kind, a=a, b=b, verdict=verdict, note=note, label=label, type=type))


# ---------------------------------------------------------------- panel A: loans and the Constitution
P('event', (PA, 'the Continental Congress had no power to levy taxes'), (LO, 'Congress lacked the authority to levy taxes'), 'agree',
  'The Continental Congress could not levy taxes.')
P('event', (PA, 'it leaned far more on the printing press, which brought on runaway inflation'), (LO, 'relied more on the printing of money, which led to hyperinflation'), 'agree',
  'Congress relied mainly on printing money, causing hyperinflation.')
P('date', (PA, 'In 1775 the French government started to send war supplies to the rebels in secret'), (LO, 'The French Government began to secretly ship war materiel to the American revolutionaries in late 1775'), 'more-precise',
  'Start of secret French shipments: 1775 vs late 1775; (b) more precise.', 'A-P1', 'precision: year vs part of year')
P('event', (PA, 'routing money and munitions through dummy companies set up for the purpose'), (LO, 'This was accomplished by establishing dummy corporations to receive French funds and military supplies'), 'agree',
  'French aid was channelled through dummy corporations.')
P('event', (PA, 'Nobody was quite sure whether this early aid was a gift or a loan'), (LO, 'It was unclear whether this aid was a loan or a gift'), 'agree',
  'Unclear whether the early French aid was a loan or a gift.')
P('event', (PA, 'Arthur Lee charged his fellow commissioner Silas Deane with financial wrongdoing'), (LO, 'Arthur Lee, one of the American commissioners in France, accused another, Silas Deane, of financial misdealings'), 'agree',
  'Arthur Lee accused fellow commissioner Silas Deane of financial misdealings.')
P('event', (PA, 'Benjamin Franklin stayed out of the quarrel'), (LO, 'Benjamin Franklin, remained aloof'), 'agree',
  'Franklin kept out of the Lee-Deane dispute.')
P('event', (PA, 'Lee eventually persuaded Congress to call Deane home'), (LO, 'Lee eventually succeeded in convincing Congress to recall Deane'), 'agree',
  'Congress recalled Deane at Lee\'s urging.')
P('date', (PA, 'the XYZ Affair of 1798'), (LO, 'the 1797 XYZ Affair'), 'differ',
  'Year of the XYZ Affair: 1798 vs 1797.', 'A1', 'wrong year')
P('event', (PA, 'most of them arranged by Franklin'), (LO, 'most of which were negotiated by Benjamin Franklin'), 'agree',
  'Most French loans were negotiated by Franklin.')
P('quantity', (PA, 'more than three million dollars'), (LO, 'eventually totaling over two million dollars'), 'differ',
  'Total of French wartime loans: more than three million vs over two million dollars.', 'A2', 'wrong number (amount)')
P('event', (PA, 'In 1782 John Jay obtained a further loan from bankers in the Netherlands'), (LO, 'John Adams also secured a loan from Dutch bankers in 1782'), 'differ',
  'Who secured the 1782 Dutch loan: John Jay vs John Adams.', 'A3', 'wrong person')
P('date', (PA, 'Once the fighting stopped in 1783'), (LO, 'After fighting between the Americans and the British ended in 1783'), 'agree',
  'Fighting ended in 1783.')
P('date', (PA, 'It stopped paying interest to France in 1786'), (LO, 'stopping payments of interest to France in 1785'), 'differ',
  'When interest payments to France stopped: 1786 vs 1785.', 'A4', 'wrong year')
P('date', (PA, 'missed the installments that fell due in 1787'), (LO, 'defaulting on further installments that were due in 1787'), 'agree',
  'Default on installments due in 1787.')
P('date', (PA, 'in the late 1780s fresh Dutch loans were indeed secured'), (LO, 'which the United States successfully obtained in 1787 and 1788'), 'more-precise',
  'New Dutch loans: late 1780s vs 1787 and 1788; (b) more precise.', 'A-P2', 'precision: part of decade vs years')
P('event', (PA, 'Under the new charter the federal government gained the authority to manage its finances and to raise revenue by taxation'), (LO, 'Under the U.S. Constitution of 1789, the new federal government enjoyed increased authority to manage U.S. finances and to raise revenues through taxation'), 'agree',
  'The Constitution gave the federal government authority over finances and taxation.')
P('event', (PA, 'the task of handling the debt fell to Secretary of the Treasury Alexander Hamilton'), (LO, 'Responsibility for managing debts fell to Secretary of the Treasury Alexander Hamilton'), 'agree',
  'Treasury Secretary Hamilton managed the debts.')
P('date', (PA, 'Regular payments on the French debt began in 1792'), (LO, 'the United States began to make regular payments on in its French debts starting in 1790'), 'differ',
  'Start of regular payments on the French debt: 1792 vs 1790.', 'A5', 'wrong year')
P('date', (PA, 'the slave revolt of 1791 that opened the Haitian Revolution'), (LO, 'the 1791 slave revolt that began the Haitian Revolution'), 'agree',
  'The slave revolt that began the Haitian Revolution: 1791.')
P('date', (PA, 'Federal spending still ran ahead of income in many years of the 1790s'), (LO, 'total federal expenditures exceeded revenues during many years in the 1790s'), 'agree',
  'Federal spending exceeded revenue in many years of the 1790s.')
P('date', (PA, "The last of the French government's claims was settled in 1796"), (LO, 'In 1795, the United States was finally able to settle its debts with the French Government'), 'differ',
  'Settlement of the debts to the French Government: 1796 vs 1795.', 'A6', 'wrong year')
P('event', (PA, 'took over the French debts privately at a slightly lower rate of interest'), (LO, 'privately assumed French debts at a slightly higher interest rate'), 'differ',
  'Interest rate at which James Swan assumed the French debts: slightly lower vs slightly higher.', 'A7', 'wrong outcome (direction)')
P('event', (PA, 'sold them on, at a profit, to investors in Amsterdam'), (LO, 'Swan then resold these debts at a profit on domestic U.S. markets'), 'differ',
  'Where Swan resold the debts: Amsterdam investors vs domestic U.S. markets.', 'A8', 'wrong place')
P('event', (PA, 'From then on the United States owed nothing to foreign governments'), (LO, 'The United States no longer owed money to foreign governments'), 'agree',
  'After the settlement no money was owed to foreign governments.')
P('date', (PA, 'borrow cheaply for the Louisiana Purchase in 1803'), (LO, 'obtain low-interest loans for the Louisiana Purchase in 1803'), 'agree',
  'Low-interest loans for the Louisiana Purchase, 1803.')
P('date', (PA, 'the Constitutional Convention, which sat in Philadelphia in 1787'), (CV, 'The Constitutional Convention in Philadelphia met between May and September of 1787'), 'more-precise',
  'When the Convention met: 1787 vs May-September 1787; (b) more precise.', 'A-P3', 'precision: year vs months')
P('event', (PA, 'The 1783 Treaty of Paris obliged Americans to honour debts owed to British subjects'), (CV, 'stipulated that debts owed by Americans to British subjects were to be honored'), 'agree',
  'The 1783 treaty required Americans to honour debts to British subjects.')
P('event', (PA, 'Britain answered by refusing to leave its military forts on American soil'), (CV, 'This led to British refusal to vacate military forts in U.S. territory'), 'agree',
  'Britain refused to vacate forts on U.S. territory.')
P('event', (PA, 'The French government, which held New Orleans, closed the Mississippi to American ships'), (CV, 'the Spanish Government, which controlled New Orleans, barred American ships from navigating the Mississippi River'), 'differ',
  'Which government held New Orleans and closed the Mississippi: France vs Spain.', 'A9', 'wrong country')
P('event', (PA, 'Southern delegates wanted the river reopened'), (CV, 'Southern delegates to the Confederation Congress wanted to lift this ban'), 'agree',
  'Southern delegates wanted the Mississippi ban lifted.')
P('quantity', (PA, 'Requiring a three-quarters vote of the Senate to ratify a treaty'), (CV, 'The two-thirds clause for ratification of treaties in the Senate'), 'differ',
  'Senate majority needed to ratify treaties: three-quarters vs two-thirds.', 'A10', 'wrong number (fraction)')
P('date', (PA, 'The Constitution took effect in 1789'), (CV, 'the Constitution came into effect in 1789'), 'agree',
  'The Constitution took effect in 1789.')
P('date', (PA, 'In its first session that year Congress created a Department of Foreign Affairs'), (CV, 'Congress passed legislation creating the Department of Foreign Affairs in its first session in 1789'), 'agree',
  'Department of Foreign Affairs created in Congress\'s first session, 1789 (panel: "that year" = 1789 from the previous sentence).')
P('date', (PA, 'renaming it the Department of State the following year'), (CV, 'in the same year changed the name to the Department of State'), 'differ',
  'When it was renamed the Department of State: the following year vs the same year.', 'A11', 'wrong interval')
P('event', (PA, 'the contested treaty with Great Britain negotiated by Thomas Pinckney'), (CV, 'the controversial treaty with Great Britain negotiated by John Jay'), 'differ',
  'Negotiator of the 1794 treaty with Great Britain: Thomas Pinckney vs John Jay.', 'A12', 'wrong person')
# not-same
P('date', (PA, 'missed the installments that fell due in 1787'), (CV, 'met between May and September of 1787'), 'not-same',
  'Two 1787 events: default on French loan installments vs the Constitutional Convention.')
P('date', (PA, 'The Constitution took effect in 1789'), (CV, 'Congress passed legislation creating the Department of Foreign Affairs in its first session in 1789'), 'not-same',
  'Two 1789 events: the Constitution taking effect vs creation of the Department of Foreign Affairs.')
P('event', (PA, 'Money was also owed to Spain and to private Dutch lenders'), (CV, 'debts owed by Americans to British subjects'), 'not-same',
  'Different debts: the government\'s debts to Spain and Dutch lenders vs private Americans\' debts to British subjects.')

# ---------------------------------------------------------------- panel B: Helsinki and the North-South dialogue
P('date', (PB, 'The Soviet Union first called for a European security conference in 1954'), (HE, 'The Soviet Union first sought a European conference on security issues in 1954'), 'agree',
  'Soviet call for a European security conference, 1954.')
P('event', (PB, "at a foreign ministers' meeting in Berlin"), (HE, 'at the Geneva Conference'), 'differ',
  'Where the USSR first sought the conference: a Berlin meeting vs the Geneva Conference.', 'B1', 'wrong place')
P('event', (PB, 'hoping that such a gathering would give formal recognition to the borders drawn in Eastern Europe after the Second World War'), (HE, 'in the hopes that such a meeting would result in formal recognition of the political boundaries in Eastern Europe that had been established after World War II'), 'agree',
  'Soviet aim: formal recognition of post-war boundaries in Eastern Europe.')
P('event', (PB, "fearing that a conference would strengthen Moscow's hand and help communism spread"), (HE, 'they feared that it might strengthen the Soviet position and lead to an expansion of communism'), 'agree',
  'Western fear of strengthening the Soviet position and spreading communism.')
P('date', (PB, 'through the 1950s and 1960s nothing moved'), (HE, 'no progress was made through the 1950s and 1960s'), 'agree',
  'No progress through the 1950s and 1960s.')
P('date', (PB, 'the Helsinki Consultations, began in 1971'), (HE, 'Discussions started with the Helsinki Consultations in 1972'), 'differ',
  'Start of the Helsinki Consultations: 1971 vs 1972.', 'B2', 'wrong year')
P('date', (PB, 'the Conference on Security and Cooperation in Europe formally opened in 1973'), (HE, 'the opening of the formal Conference on Security and Cooperation in Europe (CSCE) in July of 1973'), 'more-precise',
  'Formal opening of the CSCE: 1973 vs July 1973; (b) more precise.', 'B-P1', 'precision: year vs month')
P('event', (PB, 'hard bargaining followed in Vienna'), (HE, 'intensive negotiations continued in Geneva'), 'differ',
  'Where the 1973-75 negotiations took place: Vienna vs Geneva.', 'B3', 'wrong place')
P('date', (PB, 'returned to the Finnish capital in August 1975 to sign the Final Act'), (HE, 'the participants finally met again in Helsinki on August 1, 1975 to sign the Helsinki Final Act'), 'more-precise',
  'Signing of the Final Act: August 1975 vs August 1, 1975; (b) more precise.', 'B-P4', 'precision: month vs day')
P('quantity', (PB, 'Thirty-three nations put their names to the document'), (HE, 'an agreement signed by 35 nations'), 'differ',
  'Number of signatory nations: 33 vs 35.', 'B4', 'wrong number (nations)')
P('event', (PB, 'every European state except Yugoslavia'), (HE, 'Every European country except Albania signed the Act'), 'differ',
  'The one European non-signatory: Yugoslavia vs Albania.', 'B5', 'wrong country')
P('quote', (PB, 'baskets'), (HE, 'baskets'), 'agree',
  'Quoted term for the groups of provisions: "baskets".')
P('quantity', (PB, 'grouped its provisions into four'), (HE, 'divided into four'), 'agree',
  'Four baskets.')
P('quantity', (PB, 'The first set out twelve principles'), (HE, 'The first basket included ten principles'), 'differ',
  'Principles in the first basket: twelve vs ten.', 'B6', 'wrong number (principles)')
P('event', (PB, 'The second covered economic matters such as trade and scientific cooperation'), (HE, 'The second basket focused on economic issues like trade and scientific cooperation'), 'agree',
  'Second basket: economics, trade, scientific cooperation.')
P('event', (PB, 'The third dealt with human rights'), (HE, 'The third basket emphasized human rights'), 'agree',
  'Third basket: human rights.')
P('date', (PB, 'Belgrade in 1977-78'), (HE, 'Belgrade in 1977–78'), 'agree',
  'Belgrade follow-up meeting 1977-78.')
P('date', (PB, 'in Madrid in 1980-83'), (HE, 'Madrid in 1980–83'), 'agree',
  'Madrid follow-up meeting 1980-83.')
P('date', (PB, 'in Vienna from 1985 to 1989'), (HE, 'Vienna in 1986–89'), 'differ',
  'Vienna follow-up meeting: 1985-89 vs 1986-89.', 'B7', 'wrong year (start)')
P('event', (PB, 'Warmly received in the West at first'), (HE, 'Although initially unpopular in the West'), 'differ',
  'Initial Western reception of the Act: warm vs unpopular.', 'B8', 'wrong outcome')
P('event', (PB, 'formally accepted the Soviet annexation of Estonia, Latvia and Lithuania'), (HE, 'a formal acceptance of the Soviet annexation of Estonia, Latvia and Lithuania'), 'agree',
  'Formal acceptance of the Soviet annexation of the Baltic states.')
P('event', (PB, 'Activists formed Helsinki Monitoring Groups in the Soviet Union and across Europe'), (HE, 'human rights activists set up Helsinki Monitoring Groups in the Soviet Union and across Europe'), 'agree',
  'Helsinki Monitoring Groups set up in the USSR and across Europe.')
P('event', (PB, 'the Madrid meeting introduced a review procedure'), (HE, 'the Belgrade follow-up meeting introduced a review process'), 'differ',
  'Meeting that introduced the review process: Madrid vs Belgrade.', 'B9', 'wrong place (meeting)')
P('event', (PB, 'the Vienna meeting recognised the rights of emigration and religious freedom'), (HE, 'The Vienna Review Meeting introduced recognition of the rights of emigration and religious freedom'), 'agree',
  'Vienna meeting recognised rights of emigration and religious freedom.')
P('date', (PB, 'Ever since the First World War, Latin American governments had resented United States trade and tariff policy'), (NS, 'After World War II, many nations of Latin America became increasingly frustrated with U.S. trade and tariff policies'), 'differ',
  'Since when Latin America resented U.S. trade policy: First World War vs after World War II.', 'B10', 'wrong period')
P('quantity', (PB, '51 members in 1945'), (NS, 'from 51 countries in 1945'), 'agree',
  'UN membership in 1945: 51.')
P('quantity', (PB, 'it had 110 by 1960'), (NS, '100 in 1960'), 'differ',
  'UN membership in 1960: 110 vs 100.', 'B11', 'wrong number (members)')
P('quantity', (PB, 'some 150 by 1979'), (NS, '150 by 1979'), 'more-precise',
  'UN membership by 1979: some 150 vs 150; (b) more precise.', 'B-P2', 'precision: hedged vs exact figure')
P('date', (PB, 'the founding in 1962 of the United Nations Conference on Trade and Development'), (NS, 'the establishment of the United Nations Conference on Trade and Development, or UNCTAD, in 1964'), 'differ',
  'Founding year of UNCTAD: 1962 vs 1964.', 'B12', 'wrong year')
P('event', (PB, 'the growing power of the Arab oil producers'), (NS, 'the rising power of oil-producing countries in the Arab world'), 'agree',
  'Rising power of Arab oil producers as a factor.')
P('event', (PB, 'the American defeat in Vietnam'), (NS, 'the U.S. loss in the war in Vietnam'), 'agree',
  'U.S. loss in Vietnam as a factor.')
P('event', (PB, 'The talks ranged over trade and tariffs, international finance, foreign aid and the conduct of multinational companies'), (NS, 'The North-South Dialogue addressed issues pertaining to trade and tariffs, international finance, foreign aid, and the governance of multinational companies and institutions'), 'agree',
  'Agenda: trade and tariffs, finance, aid, multinational companies.')
P('date', (PB, 'they went on even as detente began to falter in the middle of the decade'), (NS, 'Even as détente began to falter in the mid-1970s, the parties to the North-South Dialogue continued their discussions'), 'agree',
  'Talks continued as detente faltered in the mid-1970s.')
P('date', (PB, 'Late in the 1970s, sharpening quarrels between Washington and Moscow soured the prospects'), (NS, 'Late in the 1970s, the increasing conflicts between the United States and the Soviet Union finally served to sour the prospects for continuing North-South discussions'), 'agree',
  'U.S.-Soviet conflict soured the dialogue in the late 1970s.')
P('date', (PB, 'by 1980 the discussions at the United Nations had run out of steam'), (NS, 'By September of 1980, the discussions in the United Nations that had characterized this dialogue had lost their momentum'), 'more-precise',
  'When the UN discussions lost momentum: by 1980 vs by September 1980; (b) more precise.', 'B-P3', 'precision: year vs month')
P('event', (PB, 'carrying them out would have required the North to yield on every point'), (NS, 'would have required the economically-powerful North to concede every point'), 'agree',
  'Implementing the proposals would have required the North to concede every point.')
P('quote', (PB, 'have-nots'), (NS, 'have-nots'), 'agree',
  'Quoted "have-nots" in the haves/have-nots reading.')
# not-same
P('date', (PB, 'Belgrade in 1977-78'), (HE, 'Madrid in 1980–83'), 'not-same',
  'Two different CSCE follow-up meetings (Belgrade vs Madrid).')
P('event', (PB, 'The third dealt with human rights'), (HE, 'The second basket focused on economic issues like trade and scientific cooperation'), 'not-same',
  'Different baskets: third (human rights) vs second (economics).')
P('date', (PB, 'they went on even as detente began to falter in the middle of the decade'), (HE, 'the shift towards détente during the early 1970s'), 'not-same',
  'Detente faltering (mid-1970s) vs the shift towards detente (early 1970s).')

# ---------------------------------------------------------------- panel C: the Chinese revolutions
P('date', (PC, 'The first, in 1911, swept away the Qing dynasty'), (C11, 'In October of 1911, a group of revolutionaries in southern China led a successful revolt against the Qing Dynasty'), 'more-precise',
  'Revolt against the Qing: 1911 vs October 1911; (b) more precise.', 'C-P1', 'precision: year vs month')
P('event', (PC, 'put the Republic of China in their place'), (C11, 'establishing in its place the Republic of China'), 'agree',
  'The Republic of China replaced the Qing.')
P('quote', (PC, 'treaty ports'), (C11, 'treaty ports'), 'agree',
  'Quoted "treaty ports" forced open after the Opium Wars.')
P('date', (PC, 'the Sino-Japanese War of 1894-95'), (C11, 'the Sino-Japanese War (1894–95)'), 'agree',
  'Sino-Japanese War 1894-95.')
P('event', (PC, 'took away Taiwan and parts of Manchuria'), (C11, 'losing Taiwan and parts of Manchuria'), 'agree',
  'Loss of Taiwan and parts of Manchuria.')
P('event', (PC, "ended China's suzerainty over Vietnam"), (C11, 'ending its suzerainty over Korea'), 'differ',
  'Suzerainty ended by the 1894-95 war: over Vietnam vs over Korea.', 'C1', 'wrong country')
P('date', (PC, "the Russo-Japanese War of 1904-05 confirmed Japan's hold on the Northeast"), (C11, 'The Russo-Japanese War (1904–05) firmly established Japanese claims to the Northeast'), 'agree',
  'Russo-Japanese War 1904-05 established Japan in the Northeast.')
P('date', (PC, 'In 1908 it abolished the examination system'), (C11, 'In 1905, the court abolished the examination system'), 'differ',
  'Abolition of the examination system: 1908 vs 1905.', 'C2', 'wrong year')
P('event', (PC, 'Kang Youwei and Liang Qichao argued for a constitutional monarchy'), (C11, 'Kang Youwei and Liang Qichao emerged as leaders of those proposing the creation of a constitutional monarchy'), 'agree',
  'Kang Youwei and Liang Qichao favoured a constitutional monarchy.')
P('quantity', (PC, 'The Alliance launched at least ten risings against the Qing'), (C11, 'The Revolutionary Alliance attempted seven or more different revolts against the Qing'), 'differ',
  'Number of failed revolts: at least ten vs seven or more.', 'C3', 'wrong number (revolts)')
P('date', (PC, 'Then, in the autumn of 1911, an uprising at Wuchang grew into a nationalist revolt'), (C11, 'in the autumn of 1911, the right set of conditions turned an uprising in Wuchang into a nationalist revolt'), 'agree',
  'Wuchang uprising, autumn 1911.')
P('event', (PC, 'made Yuan Shikai premier'), (C11, 'They named Yuan Shikai the new premier of China'), 'agree',
  'Yuan Shikai named premier.')
P('event', (PC, 'Sun was raising money in Japan when the revolt broke out'), (C11, 'Dr. Sun was in the United States on a fundraising tour at the time of the initial revolt'), 'differ',
  'Where Sun was fundraising when the revolt began: Japan vs the United States.', 'C4', 'wrong country')
P('event', (PC, 'he travelled first to London and Berlin'), (C11, 'he hastened first to London and Paris'), 'differ',
  'Capitals Sun visited: London and Berlin vs London and Paris.', 'C5', 'wrong place')
P('event', (PC, 'the rebels held Nanjing, the old Ming capital'), (C11, 'the revolutionaries had taken Nanjing, a former capital under the Ming Dynasty'), 'agree',
  'Revolutionaries had taken Nanjing, the former Ming capital.')
P('event', (PC, 'chose him as provisional president of the Republic'), (C11, 'they elected Dr. Sun the provisional president of the newly declared Republic of China'), 'agree',
  'Sun elected provisional president.')
P('event', (PC, 'Sun cabled Yuan that the presidency would be his if he accepted a republic'), (C11, 'Sun Yat-sen telegrammed Yuan Shikai to promise that, should Yuan agree to the formation of a republic, the position of president would be his'), 'agree',
  'Sun promised Yuan the presidency in return for a republic.')
P('date', (PC, 'early in 1912 the emperor and the royal family abdicated'), (C11, 'the emperor and the royal family abdicated the throne in February of 1912'), 'more-precise',
  'Abdication: early 1912 vs February 1912; (b) more precise.', 'C-P2', 'precision: part of year vs month')
P('date', (PC, 'in 1912 was among the first countries to open full diplomatic relations with the Republic'), (C11, 'in 1913, the United States was among the first countries to establish full diplomatic relations with the new Republic'), 'differ',
  'U.S. full diplomatic relations with the Republic: 1912 vs 1913.', 'C6', 'wrong year')
P('event', (PC, 'Britain, Japan and Russia soon followed'), (C11, 'Britain, Japan, and Russia soon followed'), 'agree',
  'Britain, Japan and Russia followed the United States.')
P('event', (PC, 'The Chinese Communist Party, founded in Beijing'), (C49, 'The Chinese Communist Party, founded in 1921 in Shanghai'), 'differ',
  'Where the CCP was founded: Beijing vs Shanghai.', 'C7', 'wrong place')
P('date', (PC, 'the Northern Expedition of 1926-27'), (C49, 'the Northern Expedition of 1926–27'), 'agree',
  'Northern Expedition 1926-27.')
P('quote', (PC, 'White Terror'), (C49, 'White Terror'), 'agree',
  'Quoted "White Terror" of 1927.')
P('date', (PC, 'After Japan invaded Manchuria in 1931'), (C49, 'After the Japanese invaded Manchuria in 1931'), 'agree',
  'Japanese invasion of Manchuria, 1931.')
P('date', (PC, 'In 1936 a group of his own generals kidnapped Chiang'), (C49, 'a group of generals abducted Chiang in 1937'), 'differ',
  'Year Chiang was abducted by his generals: 1936 vs 1937 (gold follows the essay).', 'C8', 'wrong year')
P('event', (PC, 'Soviet forces held Manchuria until Communist troops were ready to take it over'), (C49, 'The Soviet Union, meanwhile, occupied Manchuria and only pulled out when Chinese Communist forces were in place to claim that territory'), 'agree',
  'Soviets occupied Manchuria until the Communists could take over.')
P('quantity', (PC, 'flying hundreds of thousands of Nationalist troops into Japanese-held territory'), (C49, 'U.S. forces flew tens of thousands of Nationalist Chinese troops into Japanese-controlled territory'), 'differ',
  'Nationalist troops flown in by U.S. forces: hundreds of thousands vs tens of thousands.', 'C9', 'wrong number (troops)')
P('date', (PC, 'Chiang and Mao Zedong held talks in 1945 on a postwar government'), (C49, 'In 1945, the leaders of the Nationalist and Communist parties, Chiang Kai-shek and Mao Zedong, met for a series of talks on the formation of a post-war government'), 'agree',
  'Chiang-Mao talks on a postwar government, 1945.')
P('event', (PC, 'despite the efforts of the American envoy Patrick Hurley to broker a deal'), (C49, 'in spite of repeated efforts by U.S. General George Marshall to broker an agreement'), 'differ',
  'American who tried to broker an agreement: Patrick Hurley vs George Marshall.', 'C10', 'wrong person')
P('date', (PC, 'the two sides were fighting an all-out civil war by 1946'), (C49, 'by 1946 the two sides were fighting an all-out civil war'), 'agree',
  'All-out civil war by 1946.')
P('date', (PC, 'From 1947 to 1949 a Communist victory looked ever more likely'), (C49, 'As the civil war gained strength from 1947 to 1949, eventual Communist victory seemed more and more likely'), 'agree',
  'Communist victory increasingly likely 1947-1949.')
P('date', (PC, 'by early 1948 were already eyeing Taiwan'), (C49, 'Early in 1947, the ROC Government was already looking to the island province of Taiwan'), 'differ',
  'When the Nationalists began looking to Taiwan: early 1948 vs early 1947.', 'C11', 'wrong year')
P('event', (PC, 'off the coast of Fujian'), (C49, 'off the coast of Fujian Province'), 'agree',
  'Taiwan lies off Fujian.')
P('date', (PC, "On October 1, 1949 Mao proclaimed the People's Republic of China"), (C49, 'On October 1, 1949, Chinese Communist leader Mao Zedong declared the creation of the People’s Republic of China (PRC)'), 'agree',
  'PRC proclaimed October 1, 1949.')
P('date', (PC, 'In 1949 the Truman administration issued the "China White Paper,"'), (C49, 'In August of 1949, the Truman administration published the “China White Paper,”'), 'more-precise',
  'China White Paper: 1949 vs August 1949; (b) more precise.', 'C-P3', 'precision: year vs month')
P('date', (PC, 'For more than thirty years afterwards there were few contacts and no diplomatic ties'), (C49, 'For more than twenty years after the Chinese revolution of 1949, there were few contacts, limited trade and no diplomatic ties between the two countries'), 'differ',
  'How long there were no diplomatic ties after 1949: more than thirty vs more than twenty years.', 'C12', 'wrong interval (years)')
P('date', (PC, "until the 1970s Washington recognised the Republic of China on Taiwan as China's true government"), (C49, 'Until the 1970s, the United States continued to recognize the Republic of China, located on Taiwan, as China’s true government'), 'agree',
  'U.S. recognised the ROC on Taiwan until the 1970s.')
# not-same
P('date', (PC, "On October 1, 1949 Mao proclaimed the People's Republic of China"), (C11, 'In October of 1911, a group of revolutionaries in southern China led a successful revolt'), 'not-same',
  'Two Octobers, two revolutions: PRC proclaimed 1949 vs revolt against the Qing 1911.')
P('event', (PC, 'chose him as provisional president of the Republic'), (C11, 'the position of president would be his'), 'not-same',
  'Sun as provisional president vs the presidency promised to Yuan Shikai.')
P('date', (PC, 'After Japan invaded Manchuria in 1931'), (C11, 'The Russo-Japanese War (1904–05) firmly established Japanese claims to the Northeast'), 'not-same',
  'Japan in Manchuria/the Northeast: 1931 invasion vs 1904-05 war.')
P('date', (PC, 'the Northern Expedition of 1926-27'), (C49, 'This collaboration lasted until the “White Terror” of 1927'), 'not-same',
  'Northern Expedition (1926-27) vs the White Terror (1927).')
P('event', (PC, 'this Second United Front did not last'), (C49, 'originally existed as a study group working within the confines of the First United Front'), 'not-same',
  'Second United Front vs First United Front.')

# ---------------------------------------------------------------- essay-essay
P('date', ('1969-1976-foreword', 'the Helsinki Accords, which were signed in August 1975'), (HE, 'the participants finally met again in Helsinki on August 1, 1975 to sign the Helsinki Final Act'), 'more-precise',
  'Signing of the Helsinki accords: August 1975 vs August 1, 1975; (b) more precise.')
P('date', ('1969-1976-detente', 'emerged from two years of intense negotiations'), (HE, 'From the summer of 1973 to the summer of 1975, intensive negotiations continued in Geneva'), 'agree',
  'Two years of intensive CSCE negotiations (summer 1973 to summer 1975).')
P('date', ('1969-1976-salt', 'on November 17, 1969, the formal SALT talks began in Helsinki, Finland'), (HE, 'Discussions started with the Helsinki Consultations in 1972'), 'not-same',
  'Two different talks in Helsinki: SALT (1969) vs the Helsinki Consultations (1972).')
P('date', ('1969-1976-detente', 'The breakdown of détente in the late 1970s'), (NS, 'Late in the 1970s, the increasing conflicts between the United States and the Soviet Union'), 'agree',
  'Late 1970s breakdown of detente / rising U.S.-Soviet conflict.')
P('event', ('1937-1945-tehran-conf', 'the Republics of Lithuania, Latvia, and Estonia would be reincorporated into the Soviet Union only after the citizens of each republic voted on the question in a referendum'), (HE, 'a formal acceptance of the Soviet annexation of Estonia, Latvia and Lithuania'), 'not-same',
  'Baltic states: Stalin\'s 1943 referendum assurance vs the 1975 acceptance of annexation.')
P('quantity', ('1937-1945-un', 'Representatives of 50 nations met in San Francisco'), (NS, 'from 51 countries in 1945'), 'not-same',
  'Nations at the San Francisco conference (50) vs UN membership in 1945 (51).')
P('date', ('1784-1800-xyz', 'concluded the Jay Treaty with Great Britain in 1794'), ('1784-1800-jay-treaty', 'On November 19, 1794 representatives of the United States and Great Britain signed Jay’s Treaty'), 'more-precise',
  'Jay Treaty: 1794 vs November 19, 1794; (b) more precise.')
P('date', ('1784-1800-foreword', 'The Jay Treaty with Britain (1794)'), ('1801-1829-rush-bagot', 'the 1794 Jay Treaty'), 'agree',
  'Jay Treaty 1794.')
P('date', (LO, 'obtain low-interest loans for the Louisiana Purchase in 1803'), ('1801-1829-louisiana-purchase', 'purchased from France in 1803 for $15 million'), 'agree',
  'Louisiana Purchase 1803.')
P('date', (LO, 'the 1791 slave revolt that began the Haitian Revolution'), ('1784-1800-haitian-rev', 'the slaves of northern St. Domingue organized and planned a massive rebellion which began on August 22, 1791'), 'more-precise',
  'Start of the slave revolt: 1791 vs August 22, 1791; (b) more precise.')
P('date', ('1801-1829-barbary-wars', 'The adoption of the Constitution in 1789 gave the U.S. Government the power to levy taxes'), (LO, 'Under the U.S. Constitution of 1789, the new federal government enjoyed increased authority to manage U.S. finances and to raise revenues through taxation'), 'agree',
  'Constitution of 1789 gave taxing power.')
P('event', ('1776-1783-articles', 'the 1783 Treaty of Paris that allowed British creditors to sue debtors for pre-Revolutionary debts'), (CV, 'stipulated that debts owed by Americans to British subjects were to be honored'), 'agree',
  '1783 treaty provision on debts owed to British creditors.')
P('event', ('1784-1800-jay-treaty', 'The British occupation of northern forts that the British Government had agreed to vacate in the Treaty of Paris (1783)'), (CV, 'This led to British refusal to vacate military forts in U.S. territory'), 'agree',
  'Britain did not vacate forts on U.S. territory.')
P('date', ('1776-1783-articles', 'The Continental Congress voted on Jan 10, 1781, to establish a Department of Foreign Affairs'), (CV, 'Congress passed legislation creating the Department of Foreign Affairs in its first session in 1789'), 'not-same',
  'Two Departments of Foreign Affairs: Continental Congress 1781 vs first federal Congress 1789.')
P('event', ('1776-1783-secret-committee', 'Lee suspected the early colonial agent in France, Silas Deane, of financial malfeasance'), (LO, 'accused another, Silas Deane, of financial misdealings'), 'agree',
  'Arthur Lee accused Silas Deane of financial misconduct.')
P('event', ('1784-1800-pickney-treaty', 'kept the Mississippi River closed to American shipping'), (CV, 'barred American ships from navigating the Mississippi River'), 'agree',
  'Spain closed the Mississippi to American ships.')
P('date', ('1953-1960-dien-bien-phu', 'the establishment of the People’s Republic of China in 1949'), (C49, 'On October 1, 1949, Chinese Communist leader Mao Zedong declared the creation of the People’s Republic of China (PRC)'), 'more-precise',
  'Founding of the PRC: 1949 vs October 1, 1949; (b) more precise.')
P('date', ('1953-1960-china-talks', 'outbreak of the Korean War in 1950'), ('1953-1960-taiwan-strait-crises', 'after the outbreak of the Korean War in June 1950'), 'more-precise',
  'Outbreak of the Korean War: 1950 vs June 1950; (b) more precise.')
P('event', (C49, 'Truman’s desire to prevent the Korean conflict from spreading south led to the U.S. policy of protecting the Chiang Kai-shek government on Taiwan'), ('1953-1960-taiwan-strait-crises', 'the United States sent its Seventh Fleet into the Taiwan Strait to prevent the Korean conflict from spreading south'), 'agree',
  'U.S. protected Taiwan to keep the Korean conflict from spreading south.')
P('date', (C11, 'After its loss in the Sino-Japanese War (1894–95)'), ('1899-1913-portsmouth-treaty', 'during the Sino-Japanese War of 1894–95'), 'agree',
  'Sino-Japanese War 1894-95.')
P('date', (C11, 'The Russo-Japanese War (1904–05)'), ('1899-1913-japanese-relations', 'After the Russo-Japanese War of 1904–05'), 'agree',
  'Russo-Japanese War 1904-05.')
P('event', (C11, 'in 1913, the United States was among the first countries to establish full diplomatic relations with the new Republic'), ('1977-1980-china-policy', 'the United States recognized the Government of the People’s Republic of China as the sole legal government of China'), 'not-same',
  'Two U.S. recognitions of different Chinese governments: the Republic (1913) vs the People\'s Republic (Carter-era normalisation).')
P('event', ('1784-1800-jay-treaty', 'including Secretary of the Treasury Alexander Hamilton'), (LO, 'Responsibility for managing debts fell to Secretary of the Treasury Alexander Hamilton'), 'agree',
  'Hamilton was Secretary of the Treasury.')
