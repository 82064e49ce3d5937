"""Hand-written spec for pairs_v25 (held-out round 31).

Each entry: P(kind, (doc, span), (doc, span), verdict, note, label=None, type=None).
Side a is the panel for panel-essay pairs; for more-precise pairs side b is always the more precise one.
`label`/`type` mark planted panel errors (A*, B*, C* = contradictions; *-P* = precision changes).
"""

GM = 'panel-gold-marks-and-tariff-walls'
DC = 'panel-desert-coalition-and-madrid'
SK = 'panel-somalia-and-the-korean-peninsula'
DW = '1921-1936-dawes'
GD = '1921-1936-great-depression'
EX = '1921-1936-export-import-bank'
GW = '1989-1992-gulf-war'
MC = '1989-1992-madrid-conference'
SO = '1993-2000-somalia'
KO = '1993-2000-two-koreas'

PANELS = {GM: [DW, GD, EX], DC: [GW, MC], SK: [SO, KO]}

PAIRS = []


def P(kind, a, b, verdict, note, label=None, type=None):
    PAIRS.append(dict(kind=kind, a=a, b=b, verdict=verdict, note=note, label=label, type=type))


# ---------------------------------------------------------------- panel A: reparations, debts, depression
P('date', (GM, 'In the spring of 1922 the Commission presented its account'),
  (DW, 'In the spring of 1921, the Commission set the final bill'),
  'differ', 'Reparation Commission fixes the German bill: spring 1922 vs spring 1921.', 'A1', 'wrong year')
P('quantity', (GM, '132 billion gold marks, or roughly $31.5 billion'),
  (DW, '132 billion gold marks, approximately $31.5 billion'),
  'agree', 'Reparation bill of 132 billion gold marks (about $31.5 billion) in both.')
P('date', (GM, 'After Berlin missed a payment in January 1923'),
  (DW, 'When Germany defaulted on a payment in January 1923'),
  'agree', 'German default on a reparation payment in January 1923.')
P('event', (GM, 'French and Italian troops marched into the Ruhr'),
  (DW, 'France and Belgium occupied the Ruhr'),
  'differ', 'Occupiers of the Ruhr: France and Italy vs France and Belgium.', 'A2', 'wrong country')
P('date', (GM, 'Inflation, already rising in 1922, turned into hyperinflation'),
  (DW, 'Inflation in Germany, which had begun to accelerate in 1922, spiraled into hyperinflation'),
  'agree', 'German inflation accelerating from 1922 into hyperinflation.')
P('quantity', (GM, 'the more than $12 billion they had borrowed from the United States during the war'),
  (DW, 'the more than $10 billion it had loaned to the Allies over the course of the war'),
  'differ', 'U.S. wartime loans to the Allies: more than $12 billion vs more than $10 billion.', 'A3', 'wrong number (dollars)')
P('date', (GM, 'the Balfour Note of 1922'),
  (DW, 'In 1922, London made this link explicit in the Balfour Note'),
  'agree', 'Balfour Note dated 1922 in both.')
P('quantity', (GM, 'negotiate easier repayment schedules with 14 debtor nations'),
  (DW, 'with the 17 countries that had borrowed money from the United States'),
  'differ', 'Debtor countries for the War Debt Commission: 14 vs 17.', 'A4', 'wrong number (countries)')
P('date', (GM, 'the Reparation Commission formed a committee of experts in late 1923'),
  (DW, 'In late 1923, with the European powers stalemated over German reparations, the Reparation Commission formed a committee'),
  'agree', 'Dawes committee formed by the Reparation Commission in late 1923.')
P('date', (GM, 'the committee published its scheme in June 1924'),
  (DW, 'the committee presented its proposal in April 1924'),
  'differ', 'Dawes committee report: June 1924 vs April 1924.', 'A5', 'wrong month')
P('quantity', (GM, 'foreign banks would lend Berlin some $200 million'),
  (DW, 'foreign banks would loan the German government $200 million'),
  'more-precise', 'Dawes loan: "some $200 million" vs exactly $200 million; (b) more precise.', 'A-P1', 'precision: approximate vs exact')
P('event', (GM, 'J. P. Morgan offered the loan to American investors, who quickly snapped it up'),
  (DW, 'U.S. financier J. P. Morgan floated the loan on the U.S. market, which was quickly oversubscribed'),
  'agree', 'J. P. Morgan floats the Dawes loan in the U.S.; quickly taken up.')
P('date', (GM, 'Dawes shared the Nobel Peace Prize in 1926'),
  (DW, 'In 1925, Dawes was a co-recipient of the Nobel Peace Prize'),
  'differ', "Year of Dawes's shared Nobel Peace Prize: 1926 vs 1925.", 'A6', 'wrong year')
P('date', (GM, 'A new expert committee met in the autumn of 1928'),
  (DW, 'In the autumn of 1928, another committee of experts was formed'),
  'agree', 'Young committee formed in autumn 1928.')
P('event', (GM, 'Owen D. Young, head of Westinghouse'),
  (DW, 'Owen D. Young, the head of General Electric'),
  'differ', "Owen D. Young's company: Westinghouse vs General Electric.", 'A7', 'wrong organisation')
P('quantity', (GM, 'cut the total to 121 billion gold marks, almost $29 billion'),
  (DW, '121 billion gold marks, almost $29 billion'),
  'agree', 'Young Plan total: 121 billion gold marks, almost $29 billion.')
P('date', (GM, 'to be paid over 48 years'),
  (DW, 'payable over 58 years'),
  'differ', 'Young Plan payment period: 48 vs 58 years.', 'A8', 'wrong interval (years)')
P('quantity', (GM, 'A further foreign loan of $300 million was arranged'),
  (DW, 'Another loan would be floated in foreign markets, this one totaling $300 million'),
  'agree', 'Young loan of $300 million.')
P('event', (GM, 'The plan also created a Bank for International Settlements'),
  (DW, 'The Young Plan also called for the establishment of a Bank for International Settlements'),
  'agree', 'Young Plan establishes the Bank for International Settlements.')
P('date', (GM, 'American lending to Germany had dried up after 1928'),
  (DW, 'Loans from U.S. banks had helped prop up the German economy until 1928'),
  'agree', 'U.S. bank loans to Germany sustained it until 1928, then stopped.')
P('date', (GM, "In 1931, at President Herbert Hoover's urging"),
  (DW, 'In 1931, as the world sunk ever deeper into depression'),
  'agree', 'Hoover moratorium declared in 1931.')
P('date', (GM, 'a two-year moratorium was declared on all debt and reparation payments'),
  (DW, 'a one-year moratorium on all debt and reparation payments was declared'),
  'differ', 'Length of the Hoover moratorium: two years vs one year.', 'A9', 'wrong interval (years)')
P('date', (GM, 'At Lausanne in 1932 the Europeans agreed to cancel reparations apart from a last payment'),
  (DW, 'At the Lausanne Conference in 1932, European nations agreed to cancel their reparation claims against Germany, save for a final payment'),
  'agree', 'Lausanne 1932: reparations cancelled except a final payment.')
P('event', (GM, 'By the middle of 1933 every European debtor except Finland had stopped paying'),
  (DW, 'By mid-1933, all European debtor nations except Finland had defaulted on their loans from the United States'),
  'agree', 'By mid-1933 all European debtors but Finland had defaulted.')
P('date', (GM, 'Japan, which rejoined the standard only in 1928'),
  (GD, 'Japan, which only managed to return to it in 1930'),
  'differ', "Japan's return to the gold standard: 1928 vs 1930.", 'A10', 'wrong year')
P('date', (GM, 'Britain, long the anchor of world finance, left gold first, in 1931'),
  (GD, 'became the first to drop off the standard in 1931'),
  'agree', 'Britain first off the gold standard, 1931.')
P('date', (GM, 'Roosevelt, who entered the White House in 1933'),
  (EX, 'took office in March 1933'),
  'more-precise', 'Roosevelt takes office: 1933 vs March 1933; (b) more precise.', 'A-P2', 'precision: year vs month')
P('quantity', (GM, 'Delegates from 66 countries'),
  (EX, 'representatives from 66 countries gathered in London'),
  'agree', '66 countries at the London Economic Conference.')
P('date', (GM, 'gathered for the London Economic Conference in the summer of 1933'),
  (EX, 'In June 1933, representatives from 66 countries gathered in London'),
  'more-precise', 'London Economic Conference: summer 1933 vs June 1933; (b) more precise.', 'A-P3', 'precision: season vs month')
P('date', (GM, 'on July 13 the President dismissed currency stabilisation'),
  (EX, 'on July 3, Roosevelt rejected such an agreement'),
  'differ', "Roosevelt's rejection of currency stabilisation: July 13 vs July 3 (1933).", 'A11', 'wrong day')
P('quote', (GM, 'a purely artificial and temporary experiment'),
  (EX, 'a purely artificial and temporary experiment'),
  'agree', "Roosevelt's words on stabilisation quoted identically.")
P('date', (GM, 'In February it founded an Export-Import Bank to finance trade with the newly recognised Soviet Union'),
  (EX, 'In February 1934, Roosevelt established the bank as an institution designed to finance U.S. trade with the newly-recognized Soviet Union'),
  'agree', 'First Export-Import Bank, February 1934, for trade with the USSR (panel year from context: 1934).')
P('event', (GM, 'a second bank, created the following month, was meant to finance trade with Brazil'),
  (EX, 'He created a second Export-Import Bank the following month, this one intended to finance trade with Cuba'),
  'differ', 'Purpose of the second Export-Import Bank: trade with Brazil vs Cuba.', 'A12', 'wrong country')
P('date', (GM, 'signed on June 12, 1934'),
  (EX, 'Signed into law on June 12, 1934'),
  'agree', 'RTAA signed June 12, 1934.')
P('quantity', (GM, 'by up to 50% of the Smoot-Hawley rates of 1930'),
  (EX, 'by up to 50% of the levels set by the 1930 Smoot-Hawley tariff'),
  'agree', 'RTAA tariff authority: up to 50% of 1930 Smoot-Hawley levels.')
P('quantity', (GM, 'By 1939 agreements had been reached with 21 countries'),
  (EX, 'concluded trade agreements with 19 countries under the Reciprocal Trade Agreements Act'),
  'differ', 'RTAA agreements 1934-1939: 21 vs 19 countries.', 'A13', 'wrong number (countries)')
P('quantity', (GM, 'signed by 23 countries in 1947'),
  (EX, 'the agreement signed by 23 countries in 1947'),
  'agree', 'GATT signed by 23 countries in 1947.')
P('date', (GM, 'Japan seized northeast China in 1931'),
  (GD, 'the Japanese seizure of northeast China in 1931'),
  'agree', 'Japanese seizure of northeast China, 1931.')
P('date', (GM, 'Italy invaded Ethiopia in 1936'),
  (GD, 'the Italian invasion of Ethiopia in 1935'),
  'differ', 'Italian invasion of Ethiopia: 1936 vs 1935.', 'A14', 'wrong year')
# not-same (panel A)
P('quantity', (GM, 'cut the total to 121 billion gold marks'),
  (DW, 'the Commission set the final bill at 132 billion gold marks'),
  'not-same', 'Young Plan total (1929) vs the Reparation Commission bill (1921): different settlements.')
P('quantity', (GM, 'A further foreign loan of $300 million'),
  (DW, 'foreign banks would loan the German government $200 million'),
  'not-same', 'Young-Plan loan vs Dawes-Plan loan: different loans.')
P('date', (GM, 'after Franklin D. Roosevelt won the November 1932 election'),
  (EX, 'took office in March 1933'),
  'not-same', "Roosevelt's election (November 1932) vs his taking office (March 1933): different events.")
P('date', (GM, "at President Herbert Hoover's urging"),
  (GD, 'was unable to play its former role and became the first to drop off the standard'),
  'not-same', 'Hoover moratorium (1931) vs Britain leaving gold (1931): different events of one year.')
P('event', (GM, 'to finance trade with the newly recognised Soviet Union'),
  (EX, "the second bank’s field of operations was expanded to include all countries save the Soviet Union"),
  'not-same', 'First bank (Soviet trade) vs the expanded second bank (all countries except the USSR).')

# ---------------------------------------------------------------- panel B: Gulf War and Madrid
P('date', (DC, 'Iraq came out of its eight-year war with Iran in 1988'),
  (GW, 'At the end of the Iran-Iraq War of 1980–1988'),
  'agree', 'Iran-Iraq War ends 1988 after eight years (1980-1988).')
P('quantity', (DC, 'by 1990 Baghdad owed about $47 billion to its Gulf neighbours'),
  (GW, 'owed some $37 billion to Gulf creditors in 1990'),
  'differ', "Iraq's 1990 debt to Gulf creditors: about $47 billion vs some $37 billion.", 'B1', 'wrong number (dollars)')
P('event', (DC, 'Saddam Hussein asked the United Arab Emirates and Kuwait to write off what Iraq owed them'),
  (GW, 'called on the United Arab Emirates and Kuwait to cancel the Iraqi debt they held'),
  'agree', 'Saddam asks the UAE and Kuwait to cancel Iraqi debt.')
P('date', (DC, 'When Britain gave up its protectorate over Kuwait in 1958'),
  (GW, 'In 1961, when the United Kingdom ended its protectorate over Kuwait'),
  'differ', 'End of the British protectorate over Kuwait: 1958 vs 1961.', 'B2', 'wrong year')
P('quote', (DC, 'integral part of Iraq'),
  (GW, 'integral part of Iraq'),
  'agree', "Qasim's claim that Kuwait was an \"integral part of Iraq\".")
P('event', (DC, 'British troops were rushed to Kuwait and Baghdad backed down'),
  (GW, 'the consequent deployment of British troops to Kuwait forced the Iraqis to back down'),
  'agree', 'British troop deployment makes Iraq back down (1961).')
P('date', (DC, 'In July 1990 Saddam accused Kuwait and the Emirates of pumping more oil than their OPEC quotas allowed'),
  (GW, 'In July, Saddam accused Kuwait and the United Arab Emirates of breaking with Organization of Petroleum Exporting Countries (OPEC) production quotas'),
  'agree', 'July 1990 accusation of OPEC quota-breaking (essay year from context).')
P('date', (DC, 'On April 21, 1990, a group of senators led by Robert Dole'),
  (GW, 'on April 12, 1990, sent a delegation of American senators led by Senator Robert Dole'),
  'differ', "Dole delegation's visit to Saddam: April 21 vs April 12, 1990.", 'B3', 'wrong day')
P('date', (DC, 'late in July 1990 Ambassador April Glaspie handed him a letter from Bush'),
  (GW, 'delivered by U.S. Ambassador April Glaspie on July 27'),
  'more-precise', "Glaspie delivers Bush's letter: late July 1990 vs July 27; (b) more precise.", 'B-P1', 'precision: part of month vs day')
P('quantity', (DC, 'some two hundred thousand Iraqi soldiers crossed the frontier'),
  (GW, 'a force of one hundred thousand Iraqi troops invaded Kuwait'),
  'differ', 'Size of the invasion force: two hundred thousand vs one hundred thousand.', 'B4', 'wrong number (troops)')
P('date', (DC, 'on August 8 Baghdad proclaimed Kuwait its nineteenth province'),
  (GW, 'On August 28, Iraq declared that Kuwait had become its nineteenth province'),
  'differ', 'Kuwait declared nineteenth province: August 8 vs August 28.', 'B5', 'wrong day')
P('event', (DC, "demanded Iraq's withdrawal in Resolution 660"),
  (GW, 'passed Resolution 660 demanding Iraq’s immediate and unconditional withdrawal'),
  'agree', 'Resolution 660 demands Iraqi withdrawal.')
P('event', (DC, 'pronounced the annexation void in Resolution 663'),
  (GW, 'Resolution 663 declaring the annexation of Kuwait null and void'),
  'agree', 'Resolution 663 voids the annexation.')
P('date', (DC, 'By October 30 the administration had decided to expel Iraq by force if need be'),
  (GW, 'By October 30, the Bush administration made a decision to push Iraq out of Kuwait by force if necessary'),
  'agree', 'Decision to use force if necessary by October 30 (1990).')
P('date', (DC, 'allowing Baghdad a thirty-day grace period to withdraw'),
  (GW, 'gave Iraq a forty-five day grace period to withdraw'),
  'differ', 'Grace period under Resolution 678: thirty vs forty-five days.', 'B6', 'wrong interval (days)')
P('date', (DC, 'the coalition struck from the air on January 16, 1991'),
  (GW, 'which began on January 16, 1991'),
  'agree', 'Coalition air war begins January 16, 1991.')
P('date', (DC, 'The ground offensive began on February 22'),
  (GW, 'a land campaign that began on February 24 and lasted four days'),
  'differ', 'Start of the ground campaign: February 22 vs February 24 (1991).', 'B7', 'wrong day')
P('quantity', (DC, 'troops from thirty-six countries, several of them Arab'),
  (GW, 'Comprising forces from thirty-four countries, including a number of Arab countries'),
  'differ', 'Coalition members: thirty-six vs thirty-four countries.', 'B8', 'wrong number (countries)')
P('date', (DC, "The war ended with Iraq's defeat on February 28"),
  (GW, 'ended with an Iraqi defeat and retreat from Kuwait on February 28, 1991'),
  'agree', 'War ends with Iraqi defeat on February 28 (1991).')
P('quote', (DC, 'The time has come to put an end to the Arab-Israeli conflict'),
  (MC, 'The time has come to put an end to the Arab-Israeli conflict'),
  'agree', "Bush's words to Congress quoted identically.")
P('date', (DC, 'On March 6, 1991, Bush told Congress'),
  (MC, 'On March 6, 1991, President George H. W. Bush told Congress'),
  'agree', "Bush's address to Congress on March 6, 1991.")
P('date', (DC, 'Secretary of State James Baker then spent six months shuttling between capitals'),
  (MC, 'eight months of intensive shuttle diplomacy by Secretary of State James Baker'),
  'differ', "Length of Baker's shuttle diplomacy: six vs eight months.", 'B9', 'wrong interval (months)')
P('date', (DC, 'risen against Israeli rule in December 1987'),
  (MC, 'In December 1987, the Palestinians of the West Bank and the Gaza Strip had risen up against Israeli military rule'),
  'agree', 'Palestinian uprising began December 1987.')
P('date', (DC, 'King Hussein of Jordan buried it in July 1988 by renouncing his ties to the West Bank'),
  (MC, 'In July 1988, Jordan’s King Hussein rendered the Shultz Plan unworkable when he renounced his kingdom’s links to the West Bank'),
  'agree', 'King Hussein renounces West Bank links, July 1988, ending the Shultz plan.')
P('date', (DC, "brought down Israel's unity government early in 1990"),
  (MC, 'In March 1990, controversy over how to proceed with Shamir’s plan led to the fall of Israel’s national unity government'),
  'more-precise', "Fall of Israel's unity government: early 1990 vs March 1990; (b) more precise.", 'B-P2', 'precision: part of year vs month')
P('date', (DC, 'opened after it renounced terrorism in November 1988'),
  (MC, 'In November 1988, the PLO finally met U.S. demand that it renounce terrorism'),
  'agree', 'PLO renounces terrorism, November 1988.')
P('date', (DC, 'were cut off in June 1990'),
  (MC, 'were cut off in June 1990'),
  'agree', 'U.S.-PLO contacts cut off in June 1990.')
P('quantity', (DC, 'held back $10 billion in loan guarantees'),
  (MC, 'withholding $10 billion in loan guarantees'),
  'agree', '$10 billion in loan guarantees withheld from Israel.')
P('event', (DC, 'chaired jointly by Bush and Mikhail Gorbachev'),
  (MC, 'co-chaired by Bush and Soviet President Mikhail Gorbachev'),
  'agree', 'Madrid co-chaired by Bush and Gorbachev.')
P('date', (DC, 'opened in Madrid at the end of October 1991'),
  (MC, 'The Madrid Conference opened October 30, 1991'),
  'more-precise', 'Madrid opening: end of October 1991 vs October 30, 1991; (b) more precise.', 'B-P3', 'precision: part of month vs day')
P('date', (DC, 'and closed on November 1'),
  (MC, 'and ended on November 4'),
  'differ', 'Close of the Madrid Conference: November 1 vs November 4 (1991).', 'B10', 'wrong day')
P('event', (DC, 'Israeli, Egyptian, Syrian and Saudi delegations'),
  (MC, 'attended by Israeli, Egyptian, Syrian, and Lebanese delegations'),
  'differ', 'Fourth separate delegation at Madrid: Saudi vs Lebanese.', 'B11', 'wrong country')
P('date', (DC, 'Bilateral talks followed in Washington in December 1991'),
  (MC, 'Bilateral talks between Israeli officials and their Arab counterparts would begin in Washington in December 1991'),
  'agree', 'Bilateral talks in Washington from December 1991.')
P('event', (DC, 'multilateral ones in Geneva in January 1992'),
  (MC, 'multilateral negotiations began in Moscow in January 1992'),
  'differ', 'Venue of the multilateral talks: Geneva vs Moscow.', 'B12', 'wrong place (city)')
P('date', (DC, 'the Declaration of Principles was signed on September 13, 1993'),
  (MC, 'culminating in the signing of the Declaration of Principles on September 13, 1993'),
  'agree', 'Declaration of Principles signed September 13, 1993.')
P('date', (DC, 'Jordan and Israel made peace in October 1994'),
  (MC, 'holding direct talks which produced a peace treaty by October 1994'),
  'agree', 'Israeli-Jordanian peace treaty, October 1994.')
# not-same (panel B)
P('event', (DC, 'Resolution 686 of March 2 laid down the terms of a cease-fire'),
  (GW, 'Security Council Resolution 687 establishing the United Nations Special Commission (UNSCOM)'),
  'not-same', 'Resolution 686 (cease-fire terms) vs Resolution 687 (UNSCOM): different resolutions.')
P('event', (DC, 'imposed sanctions in Resolution 661'),
  (GW, 'UN Resolution 678, which authorized the use of force to compel Iraq to withdraw from Kuwait'),
  'not-same', 'Resolution 661 (sanctions) vs Resolution 678 (use of force): different resolutions.')
P('event', (DC, 'the Declaration of Principles was signed'),
  (MC, 'the Israeli-Jordanian peace treaty of October 1994'),
  'not-same', 'Israeli-Palestinian Declaration of Principles vs Israeli-Jordanian treaty: different agreements.')
P('date', (DC, "The war ended with Iraq's defeat"),
  (GW, 'coalition forces took the offensive by launching a land campaign'),
  'not-same', 'End of the war (February 28) vs start of the land campaign: different events.')

# ---------------------------------------------------------------- panel C: Somalia and Korea
P('date', (SK, 'Somalia was born in 1960'),
  (SO, 'Somalia achieved its independence in 1960'),
  'agree', 'Somali independence in 1960.')
P('event', (SK, 'a former French protectorate joined the territory that Italy had run'),
  (SO, 'Somaliland, which had been a British protectorate'),
  'differ', 'Colonial power of the protectorate joined to Somalia: French vs British.', 'C1', 'wrong country')
P('event', (SK, 'Washington recognised the new republic at once'),
  (SO, 'The United States immediately established diplomatic relations with the new country'),
  'agree', 'Immediate U.S. recognition of Somalia.')
P('date', (SK, 'In 1969 an army coup put Mohamed Siad Barre in power'),
  (SO, 'In 1969, the Somali Army launched a coup which brought Mohamed Siad Barre to power'),
  'agree', 'Siad Barre comes to power in the 1969 army coup.')
P('date', (SK, 'in 1977, Barre attacked Ethiopia to seize land'),
  (SO, 'in 1977 launched a war against Ethiopia'),
  'agree', 'Somali war against Ethiopia in 1977.')
P('date', (SK, 'in May 1991 they chased the dictator out of Mogadishu'),
  (SO, 'drove Barre from Mogadishu in January 1991'),
  'differ', 'Barre driven from Mogadishu: May 1991 vs January 1991.', 'C2', 'wrong month')
P('event', (SK, 'The United States closed its embassy that year, though the two countries never formally broke relations'),
  (SO, 'the United States closed its embassy that same year, although the two countries never broke off diplomatic relations'),
  'agree', 'U.S. embassy closed in 1991 without a break in relations.')
P('event', (SK, 'set up by Resolution 755'),
  (SO, 'created by the United Nations Security Council via Resolution 751'),
  'differ', 'Resolution creating UNOSOM: 755 vs 751.', 'C3', 'wrong number (resolution)')
P('date', (SK, 'in April 1992 to bring in relief'),
  (SO, 'Resolution 751 in April 1992'),
  'agree', 'UNOSOM created in April 1992.')
P('date', (SK, 'American food aid began arriving in the summer of 1992'),
  (SO, 'sent food aid via Operation Provide Comfort starting in August 1992'),
  'more-precise', 'Start of U.S. food aid: summer 1992 vs August 1992; (b) more precise.', 'C-P1', 'precision: season vs month')
P('date', (SK, 'the United States launched Operation Restore Hope in December 1992'),
  (SO, 'In December 1992, the United States began Operation Restore Hope'),
  'agree', 'Operation Restore Hope begins December 1992.')
P('event', (SK, 'President George H.W. Bush sent troops to protect famine relief'),
  (SO, 'President George H.W. Bush authorized the dispatch of U.S. troops to Somalia to assist with famine relief'),
  'agree', 'Bush sends U.S. troops for famine relief.')
P('date', (SK, 'In May 1993 UNITAF handed over to UNOSOM II'),
  (SO, 'UNITAF transitioned to UNOSOM II in March 1993'),
  'differ', 'UNITAF-to-UNOSOM II handover: May 1993 vs March 1993.', 'C4', 'wrong month')
P('date', (SK, 'On October 3, 1993'),
  (SO, 'The most significant of these challenges came on October 3, 1993'),
  'agree', "Aideed's challenge (Black Hawk battle) on October 3, 1993.")
P('quantity', (SK, 'his fighters brought down two Black Hawk helicopters'),
  (SO, 'Aideed’s forces shot down two Black Hawk helicopters'),
  'agree', 'Two Black Hawks shot down.')
P('quantity', (SK, 'killed 19 American soldiers'),
  (SO, 'the deaths of 18 U.S. soldiers'),
  'differ', 'U.S. soldiers killed on October 3, 1993: 19 vs 18.', 'C5', 'wrong number (soldiers)')
P('date', (SK, 'withdrew American troops from combat two days later'),
  (SO, 'pulled U.S. troops out of combat four days later'),
  'differ', 'Interval before U.S. troops left combat: two vs four days.', 'C6', 'wrong interval (days)')
P('date', (SK, 'the last of them left in March 1994'),
  (SO, 'all U.S. troops left the country in March 1994'),
  'agree', 'Last U.S. troops leave Somalia in March 1994.')
P('date', (SK, 'The UN itself pulled out in March 1995'),
  (SO, 'The United Nations withdrew from Somalia in March 1995'),
  'agree', 'UN withdrawal from Somalia in March 1995.')
P('date', (SK, 'Presidential Decision Directive 25, issued in May 1994'),
  (SO, 'Presidential Decision Directive 25, issued on May 3, 1994'),
  'more-precise', 'PDD 25 issued: May 1994 vs May 3, 1994; (b) more precise.', 'C-P2', 'precision: month vs day')
P('quantity', (SK, 'It listed six factors to weigh before supporting a UN peacekeeping mission'),
  (SO, 'eight factors which must be weighed before deciding in favor of peacekeeping in the United Nations'),
  'differ', 'PDD 25 factors for UN peacekeeping: six vs eight.', 'C7', 'wrong number (factors)')
P('quantity', (SK, 'nine more before joining an operation under Chapter VII'),
  (SO, 'nine additional factors before becoming involved in a Chapter VII action'),
  'agree', 'Nine additional factors for Chapter VII actions.')
P('date', (SK, 'and China in 1991'),
  (KO, 'and China, in 1992'),
  'differ', 'South Korea-China relations established: 1991 vs 1992.', 'C8', 'wrong year')
P('date', (SK, 'In January 1992 North Korea promised to sign a safeguards agreement'),
  (KO, 'In January 1992, North Korea publicly committed to signing the nuclear safeguards agreement'),
  'agree', 'January 1992 North Korean commitment to IAEA safeguards.')
P('date', (SK, 'In February 1992 the two Koreas signed a Joint Declaration'),
  (KO, 'In April of the same year, the North and South signed the Joint Declaration'),
  'differ', 'Joint Declaration on denuclearization: February 1992 vs April 1992 (essay year from context).', 'C9', 'wrong month')
P('date', (SK, 'Tempers cooled by mid-1993'),
  (KO, 'Tensions subsided by June 1993'),
  'more-precise', 'Easing of tensions: mid-1993 vs June 1993; (b) more precise.', 'C-P3', 'precision: part of year vs month')
P('date', (SK, 'by March 1994 North Korean diplomats were talking of war'),
  (KO, 'By March 1994, North Korean diplomats threatened war'),
  'agree', 'North Korean war threats by March 1994.')
P('date', (SK, "Former President Jimmy Carter's private visit in July 1994"),
  (KO, 'A last-minute private trip to North Korea by President Jimmy Carter in June 1994'),
  'differ', "Carter's private trip to North Korea: July 1994 vs June 1994.", 'C10', 'wrong month')
P('date', (SK, 'The result was the Agreed Framework of October 1994'),
  (KO, 'the October 1994 Agreed Framework'),
  'agree', 'Agreed Framework of October 1994.')
P('event', (SK, 'a step-by-step bargain among the two Koreas, the United States and China'),
  (KO, 'involving the two Koreas, the United States, and Japan'),
  'differ', 'Fourth party to the Agreed Framework: China vs Japan.', 'C11', 'wrong country')
P('event', (SK, 'the United States, Japan and South Korea would supply light water reactors'),
  (KO, 'the United States, Japan, and South Korea would provide light water reactors'),
  'agree', 'Light water reactors from the U.S., Japan and South Korea.')
P('date', (SK, 'In 1998 suspected nuclear weapons activity at Kumchang-ri nearly sank the agreement'),
  (KO, 'In 1998, suspected nuclear weapons activities at Kumchang-ri brought the Agreed Framework to the brink of collapse'),
  'agree', 'Kumchang-ri suspicions in 1998 nearly collapse the Agreed Framework.')
P('date', (SK, 'Madeleine Albright went to Pyongyang late in 2000'),
  (KO, 'Secretary of State Madeleine Albright to Pyongyang in October 2000'),
  'more-precise', "Albright's Pyongyang visit: late 2000 vs October 2000; (b) more precise.", 'C-P4', 'precision: part of year vs month')
P('date', (SK, 'In the winter of 2002 North Korea broke with the 1994 deal'),
  (KO, 'North Korea broke out of the 1994 agreement in the winter of 2002'),
  'agree', 'North Korea breaks the 1994 agreement in winter 2002.')
P('event', (SK, 'the next year China hosted the first Six-Party Talks'),
  (KO, 'the opening of the Six-Party Talks the following year, hosted by China'),
  'agree', 'Six-Party Talks opened the following year, hosted by China.')
# not-same (panel C)
P('date', (SK, 'the last of them left'),
  (SO, 'The United Nations withdrew from Somalia'),
  'not-same', 'Departure of U.S. troops (March 1994) vs UN withdrawal (March 1995).')
P('quantity', (SK, 'nine more before joining'),
  (SO, 'eight factors which must be weighed'),
  'not-same', 'Chapter VII factor list vs UN-peacekeeping factor list in PDD 25.')
P('date', (SK, 'the Soviet Union in 1990'),
  (KO, 'and China, in 1992'),
  'not-same', "South Korea's ties with the USSR vs with China: different countries.")
P('date', (SK, 'the United States launched Operation Restore Hope'),
  (SO, 'The United States sent food aid via Operation Provide Comfort'),
  'not-same', 'Operation Restore Hope (December 1992) vs Operation Provide Comfort (August 1992): different operations.')

# ---------------------------------------------------------------- essay-essay pairs
P('date', (GD, 'At the London Economic Conference in 1933'),
  (EX, 'In June 1933, representatives from 66 countries'),
  'more-precise', 'London Economic Conference: 1933 vs June 1933; (b) more precise.')
P('date', (GD, 'Great Britain, which had long underwritten the global financial system and had led the return to the gold standard, was unable to play its former role and became the first to drop off the standard in 1931'),
  (EX, 'particularly the United Kingdom (in September 1931)'),
  'more-precise', 'Britain leaves gold: 1931 vs September 1931; (b) more precise.')
P('date', (GD, 'did not step in to replace Great Britain as the creditor of last resort and dropped off the gold standard in 1933'),
  (EX, 'the United States (in April 1933)'),
  'more-precise', 'U.S. leaves gold: 1933 vs April 1933; (b) more precise.')
P('date', (DW, 'this influence is evident in the Johnson Act in 1934'),
  ('1937-1945-lend-lease', 'The Johnson Act of 1934'),
  'agree', 'Johnson Act dated 1934 in both.')
P('date', (EX, 'the 1930 Smoot-Hawley tariff'),
  ('1921-1936-protectionism', 'the Tariff Act of 1930, more commonly known as the Smoot-Hawley tariff'),
  'agree', 'Smoot-Hawley tariff of 1930.')
P('date', (EX, 'The second major foreign economic policy initiative of 1934 was the Reciprocal Trade Agreements Act'),
  ('1921-1936-protectionism', 'beginning with the 1934 Reciprocal Trade Agreements Act'),
  'agree', 'Reciprocal Trade Agreements Act of 1934.')
P('date', (GD, 'the Japanese seizure of northeast China in 1931'),
  ('1921-1936-mukden-incident', 'In 1931, a dispute near the Chinese city of Mukden (Shenyang) precipitated events that led to the Japanese conquest of Manchuria'),
  'agree', 'Japanese conquest of Manchuria/northeast China begins 1931.')
P('event', (GD, 'the Italian invasion of Ethiopia'),
  ('1937-1945-american-isolationism', 'Other conflicts, including the Italian invasion of Ethiopia and the Spanish Civil War, also resulted in virtually no official commitment or action'),
  'agree', 'No major U.S. action against the Italian invasion of Ethiopia.')
P('date', (DW, 'In 1925, Dawes was a co-recipient of the Nobel Peace Prize'),
  ('1921-1936-kellogg', 'Frank Kellogg earned the Nobel Peace Prize in 1929'),
  'not-same', "Dawes's Nobel Peace Prize (1925) vs Kellogg's (1929): different laureates.")
P('date', ('1981-1988-u-s-soviet-relations', 'after Saddam Hussein invaded Kuwait in August 1990'),
  (GW, 'But on August 2, 1990, a force of one hundred thousand Iraqi troops invaded Kuwait'),
  'more-precise', 'Iraqi invasion of Kuwait: August 1990 vs August 2, 1990; (b) more precise.')
P('event', ('1989-1992-collapse-soviet-union', 'When Saddam Hussein invaded Kuwait, the United States and the Soviet leadership worked together diplomatically'),
  ('1981-1988-u-s-soviet-relations', 'yet Gorbachev did not stand in Washington’s way'),
  'agree', 'Soviet leadership did not obstruct the U.S. response to the invasion of Kuwait.')
P('event', (MC, 'Arab states, including former Soviet client Syria, joined the coalition against Saddam Hussein'),
  (GW, 'including a number of Arab countries'),
  'agree', 'Arab states took part in the anti-Iraq coalition.')
P('date', (MC, 'the Israeli-Palestinian Declaration of Principles (the so-called “Oslo Accord”) of September 1993'),
  ('1993-2000-oslo', 'On September 13, 1993, Israeli Prime Minister Yitzhak Rabin and Palestine Liberation Organization (PLO) Negotiator Mahmoud Abbas signed a Declaration of Principles'),
  'more-precise', 'Oslo Declaration of Principles: September 1993 vs September 13, 1993; (b) more precise.')
P('date', (MC, 'the signing of the Declaration of Principles on September 13, 1993'),
  ('1993-2000-oslo', 'On September 13, 1993'),
  'agree', 'Declaration of Principles signed September 13, 1993.')
P('date', (MC, 'the Israeli-Jordanian peace treaty of October 1994'),
  ('1993-2000-oslo', 'the Israeli-Jordanian peace treaty of October 1994'),
  'agree', 'Israeli-Jordanian peace treaty, October 1994.')
P('event', (MC, 'culminating in the Madrid Peace Conference in October 1991'),
  ('1993-2000-clinton-yeltsin', 'At its meeting in Madrid, July 1997, NATO formally invited three former Soviet satellites'),
  'not-same', 'Madrid Peace Conference (1991) vs NATO Madrid summit (1997): different meetings in Madrid.')
P('event', (MC, 'Resolutions 242 and 338, which called for Arab-Israeli peace and mutual recognition accompanied by Israeli withdrawal'),
  ('1961-1968-arab-israeli-war-1967', 'Security Council Resolution 242, adopted on November 22, called for Israel’s withdrawal'),
  'agree', 'Resolution 242 calls for Israeli withdrawal from occupied territories.')
P('date', (MC, 'In December 1987, the Palestinians of the West Bank and the Gaza Strip had risen up'),
  ('1993-2000-oslo', 'secret negotiations that the Israelis and Palestinians had begun in Oslo in December 1992'),
  'not-same', 'Start of the intifada (December 1987) vs start of the Oslo back channel (December 1992).')
P('date', (SO, 'In 1969, the Somali Army launched a coup which brought Mohamed Siad Barre to power'),
  ('1977-1980-horn-of-africa', 'In Somalia, Mohammed Siad Barre had seized power in a coup in 1969'),
  'agree', 'Siad Barre seizes power in a 1969 coup.')
P('date', (SO, 'in 1977 launched a war against Ethiopia'),
  ('1977-1980-horn-of-africa', 'In the summer of 1977, Somalia, a poverty -stricken country in the Horn of Africa, invaded its equally poor neighbor, Ethiopia'),
  'more-precise', 'Somali invasion of Ethiopia: 1977 vs summer 1977; (b) more precise.')
P('event', (SO, 'Ethiopia received help from the Soviet Union during the war'),
  ('1977-1980-horn-of-africa', 'The Soviet Union agreed to fund its new ally'),
  'agree', 'Soviet Union backs Ethiopia in the Ogaden war.')
