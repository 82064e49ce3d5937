"""Hand-written spec for pairs_v27 (held-out round 33).

P(kind, (doc, span), (doc, span), verdict, note, label=None, type=None)
Side a is the panel for panel-essay pairs; for more-precise pairs side b is always the more precise side.
label/type are set only for planted errors (panel differ / more-precise pairs).
"""

PA = 'panel-camp-david-to-oslo'
PB = 'panel-juarez-maximilian-and-pemex'
PC = 'panel-prague-and-the-euromissiles'
CD = '1977-1980-camp-david'
OS = '1993-2000-oslo'
FI = '1861-1865-french-intervention'
MO = '1937-1945-mexican-oil'
CZ = '1961-1968-soviet-invasion-czechoslavkia'
WE = '1977-1980-us-western-europe'

PANELS = {PA: [CD, OS], PB: [FI, MO], PC: [CZ, WE]}

SPEC = []


def P(kind, a, b, verdict, note, label=None, type=None):
    SPEC.append(dict(kind=kind, a=a, b=b, verdict=verdict, note=note, label=label, type=type))


# ---------------------------------------------------------------- panel A: Camp David and Oslo
P('date', (PA, 'first convened in December 1974'), (CD, 'which had been established in December 1973'),
  'differ', 'Year the Geneva Conference on the Arab-Israeli dispute was established: December 1974 vs December 1973.', 'A1', 'wrong year')
P('event', (PA, 'he and his Secretary of State, Cyrus Vance, set out to revive the Geneva Conference'),
  (CD, 'Carter and his Secretary of State, Cyrus Vance, pursued intensive negotiations with Arab and Israeli leaders, hoping to reconvene the Geneva Conference'),
  'agree', 'Carter and Vance aim to reconvene the Geneva Conference.')
P('date', (PA, "in Israel's election of May 1977"), (CD, 'On May 17, 1977, an Israeli election upset stunned the Carter administration'),
  'more-precise', "Israeli election that ousted Labor: May 1977 vs May 17, 1977; (b) more precise.", 'A-P1', 'precision: month vs day')
P('event', (PA, "the Labor Party was defeated for the first time in the country's history"),
  (CD, 'the moderate Israeli Labor Party lost for the first time in Israel\u2019s history'),
  'agree', 'Labor loses an Israeli election for the first time (1977).')
P('date', (PA, 'On November 19 he stunned the world by declaring that he was prepared to go to Jerusalem'),
  (CD, 'announcing on November 9 that he would be willing to go to Jerusalem'),
  'differ', "Day Sadat announced he would go to Jerusalem (1977): November 19 vs November 9.", 'A2', 'wrong day')
P('date', (PA, 'His visit opened direct Egyptian-Israeli talks that December'),
  (CD, 'Sadat\u2019s visit led to direct talks between Egypt and Israel that December'),
  'agree', "Sadat's visit leads to direct Egyptian-Israeli talks in December 1977.")
P('quote', (PA, 'greater Israel'), (CD, 'greater Israel'),
  'agree', "Likud's commitment to \"greater Israel\", quoted identically.")
P('event', (PA, 'Egypt demanded that Israel pull back to its borders of June 4, 1967'),
  (CD, 'Egypt insisted on an Israeli withdrawal to June 4, 1967 borders'),
  'agree', "Egypt's demand: Israeli withdrawal to the June 4, 1967 borders.")
P('date', (PA, 'a three-year interim period of Palestinian autonomy'), (CD, 'some form of Palestinian autonomy during a five-year interim period'),
  'differ', "Length of the interim period of Palestinian autonomy in Israel's 1978 proposal: three years vs five years.", 'A3', 'wrong interval (years)')
P('date', (PA, 'The White House spokesman made the formal announcement on August 8'),
  (CD, 'On August 8, the White House spokesman formally announced the meeting'),
  'agree', 'The Camp David summit is formally announced on August 8 (1978).')
P('event', (PA, 'Camp David, the presidential retreat in Virginia'), (CD, 'at the presidential retreat in Maryland at Camp David'),
  'differ', 'State where the Camp David presidential retreat lies: Virginia vs Maryland.', 'A4', 'wrong place (state)')
P('date', (PA, 'from September 5 to 17, 1978'), (CD, 'held from September 5\u201317, 1978'),
  'agree', 'Dates of the Camp David summit: September 5-17, 1978.')
P('date', (PA, 'worked with the Egyptian and Israeli delegations separately for ten days'),
  (CD, 'Carter and Vance met with the Egyptian and Israeli delegations individually over the course of the next twelve days'),
  'differ', 'How long Carter and Vance met the two delegations separately: ten days vs twelve days.', 'A5', 'wrong interval (days)')
P('event', (PA, 'whether Security Council Resolution 338 applied to a long-term settlement there'),
  (CD, 'the applicability of United Nations Security Council Resolution 242 to a long-term agreement in the territories'),
  'differ', 'Security Council resolution whose applicability divided the delegations: 338 vs 242.', 'A6', 'wrong number (resolution)')
P('quantity', (PA, 'it did produce three "Framework" documents'), (CD, 'in the form of two \u201cFramework\u201d documents'),
  'differ', 'Number of Framework documents produced at Camp David: three vs two.', 'A7', 'wrong number (documents)')
P('event', (PA, 'The summit produced no peace treaty'), (CD, 'while the Summit did not produce a formal peace agreement'),
  'agree', 'The Camp David summit itself did not produce a formal peace treaty.')
P('event', (PA, 'the failure to win support from Jordan or Syria'),
  (CD, 'the administration\u2019s failure to win support from Jordan or Saudi Arabia for the Accords'),
  'differ', 'Arab states whose support for the Accords the administration failed to win: Jordan or Syria vs Jordan or Saudi Arabia.', 'A8', 'wrong country')
P('date', (PA, 'Talks in Washington that began in October broke down'), (CD, 'Beginning in October, a series of talks in Washington broke down'),
  'agree', 'Washington talks from October 1978 break down.')
P('date', (PA, 'Carter flew to Israel on March 10, 1979'), (CD, 'Carter traveled to Israel on March 10'),
  'agree', "Carter's trip to Israel: March 10 (1979).")
P('date', (PA, 'yielded an agreed text on March 13'), (CD, 'the U.S. and Israeli delegations agreed to a treaty text on March 13'),
  'agree', 'Treaty text agreed on March 13 (1979).')
P('date', (PA, 'the Egyptian-Israeli Peace Treaty was signed at the end of that month'),
  (CD, 'the Egyptian-Israeli Peace Treaty was formally signed on March 26'),
  'more-precise', 'Signing of the Egyptian-Israeli Peace Treaty: end of March 1979 vs March 26 (1979); (b) more precise.', 'A-P2', 'precision: part of month vs day')
P('date', (PA, 'first Robert Strauss, then, from the autumn of 1979, Sol Linowitz'),
  (CD, 'Robert Strauss served in this role briefly before being replaced in the fall of 1979 by Sol Linowitz'),
  'agree', 'Linowitz replaces Strauss as special negotiator in autumn (fall) 1979.')
P('date', (PA, 'meeting in secret in Oslo since January 1993'),
  (OS, 'secret negotiations that the Israelis and Palestinians had begun in Oslo in December 1992'),
  'differ', 'Start of the secret Israeli-Palestinian talks in Oslo: January 1993 vs December 1992.', 'A9', 'wrong month and year')
P('event', (PA, 'On September 13, 1993, at the White House, Prime Minister Yitzhak Rabin and the PLO negotiator Mahmoud Abbas signed the Declaration of Principles'),
  (OS, 'On September 13, 1993, Israeli Prime Minister Yitzhak Rabin and Palestine Liberation Organization (PLO) Negotiator Mahmoud Abbas signed a Declaration of Principles'),
  'agree', 'Rabin and Abbas sign the Declaration of Principles on September 13, 1993.')
P('date', (PA, 'the Israeli-Jordanian peace treaty of October 1994'), (OS, 'the Israeli-Jordanian peace treaty of October 1994'),
  'agree', 'Israeli-Jordanian peace treaty: October 1994.')
P('date', (PA, 'the Cairo Agreement of May 1994 on Gaza and Jericho'),
  (OS, 'the May 1994 Cairo Agreement, which finalized Israel\u2019s withdrawal from most of Gaza and Jericho'),
  'agree', 'Cairo Agreement on Gaza and Jericho: May 1994.')
P('date', (PA, 'the Taba agreement of 1995, known as Oslo II'), (OS, 'the Taba (or "Oslo II") Agreement of September 1995'),
  'more-precise', 'Taba (Oslo II) agreement: 1995 vs September 1995; (b) more precise.', 'A-P3', 'precision: year vs month')
P('date', (PA, "building on Rabin's August 1993 promise to leave the Golan completely"),
  (OS, 'Rabin\u2019s August 1993 promise to withdraw fully from the Golan'),
  'agree', "Rabin's August 1993 promise of full withdrawal from the Golan.")
P('quote', (PA, 'full withdrawal'), (OS, 'full withdrawal'),
  'agree', 'Israeli-Syrian talks stall over differing definitions of \"full withdrawal\" (1994).')
P('event', (PA, 'The Syrians wanted Israel back on the line of June 4, 1967'),
  (OS, 'The Syrians insisted that the Israelis should withdraw to the line of \u201cJune 4, 1967'),
  'agree', 'Syria demands an Israeli withdrawal to the June 4, 1967 line.')
P('event', (PA, 'The Syrians wanted Israel back on the line of June 4, 1967'),
  (CD, 'Egypt insisted on an Israeli withdrawal to June 4, 1967 borders'),
  'not-same', "Syria's demand in the 1990s Golan talks vs Egypt's demand in 1978: same line, different claimants and negotiations.")
P('date', (PA, 'In November 1995 Rabin was murdered by Yigal Amir'), (OS, 'In November 1995, Rabin was assassinated by Yigal Amir'),
  'agree', 'Rabin assassinated by Yigal Amir in November 1995.')
P('event', (PA, "the Labor Party was defeated for the first time in the country's history"),
  (OS, 'which undermined support for the Labor Party in Israel\u2019s May 1996 elections'),
  'not-same', "Labor's 1977 election defeat vs the May 1996 Israeli elections: two different elections.")
P('date', (PA, 'American mediation produced the Hebron Protocol in March 1997'),
  (OS, 'In January 1997, following intensive U.S. mediation, Israel and the PA signed the Hebron Protocol'),
  'differ', 'Month of the Hebron Protocol: March 1997 vs January 1997.', 'A10', 'wrong month')
P('date', (PA, 'in October 1998 Clinton brought Netanyahu and Arafat to the Wye River Plantation'),
  (OS, 'In October 1998, Clinton hosted Netanyahu and Arafat at the Wye River Plantation'),
  'agree', 'Wye River talks hosted by Clinton in October 1998.')
P('date', (PA, 'Ehud Barak, who beat Netanyahu in May 1999'),
  (OS, 'In Israel\u2019s May 1999 elections, the Labor Party\u2019s Ehud Barak decisively defeated Netanyahu'),
  'agree', 'Barak defeats Netanyahu in May 1999.')
P('date', (PA, 'promised agreements with Syria and the Palestinians within six to nine months'),
  (OS, 'Barak predicted that he could reach agreements with both Syria and the Palestinians in 12 to 15 months'),
  'differ', "Barak's predicted time to reach agreements: six to nine months vs 12 to 15 months.", 'A11', 'wrong interval (months)')
P('date', (PA, 'Talks with Syria in West Virginia in January 2000 failed'),
  (OS, 'In January 2000, Israeli, Syrian, and U.S. delegations convened in West Virginia for peace talks'),
  'agree', 'Israeli-Syrian talks in West Virginia, January 2000.')
P('date', (PA, "Clinton's summit at Camp David in July 2000"),
  (OS, 'Clinton convened a summit at Camp David in July 2000'),
  'agree', 'Clinton convenes a Camp David summit in July 2000.')
P('quote', (PA, 'right of return'), (OS, 'right of return'),
  'agree', 'Palestinian refugees\' \"right of return\", an issue at Camp David 2000, quoted identically.')
P('event', (PA, 'the President put the blame on Barak'), (OS, 'Clinton would blame Arafat for its failure'),
  'differ', 'Whom Clinton blamed for the failure of Camp David 2000: Barak vs Arafat.', 'A12', 'wrong person')
P('event', (PA, "Clinton's summit at Camp David in July 2000"),
  (CD, 'The Camp David Summit, held from September 5\u201317, 1978'),
  'not-same', 'Clinton-Barak-Arafat summit of July 2000 vs Carter-Sadat-Begin summit of September 1978: two Camp David summits.')
P('date', (PA, 'On September 28, a visit by Ariel Sharon to the Temple Mount'),
  (OS, 'On September 28, riots erupted following a visit of Likud Party leader Ariel Sharon to the Temple Mount'),
  'agree', "Sharon's Temple Mount visit on September 28 (2000) sets off the violence.")
P('event', (PA, 'set out to revive the Geneva Conference'),
  (OS, 'A subsequent meeting between Clinton and Asad in Geneva failed to produce an Israeli-Syrian accord'),
  'not-same', 'The Geneva Conference on the Arab-Israeli dispute (1973, Carter hoped to revive it) vs the Clinton-Asad meeting in Geneva (2000).')

# ---------------------------------------------------------------- panel B: Juarez, Maximilian and the oil decree
P('date', (PB, "Mexico's civil war broke out in 1857"), (FI, 'In 1857, Mexico became embroiled in a civil war'),
  'agree', "Mexico's civil war begins in 1857.")
P('event', (PB, 'against Conservatives led by Miguel Miram\u00f3n'), (FI, 'against Conservatives led by F\u00e9lix Zuloaga'),
  'differ', "Leader of the Conservatives against Juarez in the civil war from 1857: Miguel Miramon vs Felix Zuloaga.", 'B1', 'wrong person')
P('date', (PB, 'Washington recognised the Ju\u00e1rez government in 1858'), (FI, 'The United States recognized the Ju\u00e1rez government in 1859'),
  'differ', 'Year the United States recognized the Juarez government: 1858 vs 1859.', 'B2', 'wrong year')
P('date', (PB, 'early in 1861 Liberal forces took the capital'), (FI, 'in January of 1861, Liberal forces captured Mexico City'),
  'more-precise', 'Liberal capture of Mexico City: early 1861 vs January 1861; (b) more precise.', 'B-P1', 'precision: part of year vs month')
P('event', (PB, 'The American diplomat Thomas Corwin concluded a treaty on these terms with Manuel Maria Zamacona'),
  (FI, 'U.S. diplomat Thomas Corwin successfully negotiated a treaty with Mexican representative Manuel Maria Zamacona'),
  'agree', 'Corwin negotiates the loan treaty with Zamacona.')
P('date', (PB, 'Ju\u00e1rez suspended payments on the debt for three years'), (FI, 'Ju\u00e1rez suspended payments on Mexican debt for two years'),
  'differ', "Length of Juarez's suspension of debt payments: three years vs two years.", 'B3', 'wrong interval (years)')
P('event', (PB, 'a tripartite agreement signed in Paris'), (FI, 'representatives from the Spanish, French, and British governments met in London'),
  'differ', 'City where the tripartite agreement to intervene in Mexico was signed: Paris vs London.', 'B4', 'wrong place (city)')
P('date', (PB, 'on October 31, 1861, to intervene'), (FI, 'on October 31, 1861, signed a tripartite agreement to intervene in Mexico'),
  'agree', 'The tripartite intervention agreement is dated October 31, 1861.')
P('event', (PB, 'Thomas Corwin concluded a treaty on these terms with Manuel Maria Zamacona'),
  (FI, 'signed a tripartite agreement to intervene in Mexico to recover the unpaid debts'),
  'not-same', "Corwin-Zamacona loan treaty (rejected by Congress) vs the 1861 European tripartite agreement: two debt-related agreements of the same years.")
P('date', (PB, 'Their troops came ashore at Veracruz on December 17'), (FI, 'European forces landed at Veracruz on December 8'),
  'differ', 'Day European forces landed at Veracruz (1861): December 17 vs December 8.', 'B5', 'wrong day')
P('event', (PB, 'The British and Spanish soon pulled out once French aims became clear'),
  (FI, 'while Spanish and British forces withdrew after French plans became clear'),
  'agree', 'Britain and Spain withdraw once French plans are clear.')
P('date', (PB, 'In 1863 he offered the Mexican throne to Maximilian of Habsburg'),
  (FI, 'In 1863, Napoleon III invited Maximilian, Archduke of Austria, to become Emperor of Mexico'),
  'agree', 'Napoleon III offers Maximilian the Mexican throne in 1863.')
P('date', (PB, 'who reached Mexico in 1865'), (FI, 'Maximilian accepted the offer and arrived in Mexico in 1864'),
  'differ', "Year of Maximilian's arrival in Mexico: 1865 vs 1864.", 'B6', 'wrong year')
P('event', (PB, 'neither he nor Lincoln wished to provoke Napoleon into siding with the Confederacy'),
  (FI, 'both Seward and U.S. President Abraham Lincoln did not want to further antagonize Napoleon III, and risk his intervention on the side of the Confederacy'),
  'agree', 'Seward and Lincoln avoid provoking Napoleon III into backing the Confederacy.')
P('date', (PB, "The end of the Civil War in 1865 coincided with the first successes of Ju\u00e1rez's forces"),
  (FI, 'The end of the American Civil War in 1865 coincided with the beginnings of success for Ju\u00e1rez\u2019s forces'),
  'agree', "The American Civil War ends in 1865, as Juarez's forces begin to succeed.")
P('event', (PB, 'Generals Ulysses S. Grant and William T. Sherman'), (FI, 'U.S. Generals Ulysses S. Grant and Philip Henry Sheridan bypassed Seward'),
  'differ', "Grant's fellow general in covert aid to Juarez: William T. Sherman vs Philip Henry Sheridan.", 'B7', 'wrong person')
P('date', (PB, 'Napoleon III ordered his troops home in January 1866'),
  (FI, 'On January 31, 1866, Napoleon III ordered the withdrawal of French troops'),
  'more-precise', "Napoleon III's withdrawal order: January 1866 vs January 31, 1866; (b) more precise.", 'B-P2', 'precision: month vs day')
P('quantity', (PB, 'the withdrawal to be carried out in two stages'), (FI, 'to be conducted in three stages'),
  'differ', 'Number of stages of the French withdrawal: two vs three.', 'B8', 'wrong number (stages)')
P('date', (PB, 'between November 1866 and November 1867'), (FI, 'from November 1866 to November 1867'),
  'agree', 'French withdrawal period: November 1866 to November 1867.')
P('event', (PB, 'Seward warned Austria against sending soldiers to replace them'),
  (FI, 'warned the Austrian Government against replacing French troops with its own forces'),
  'agree', 'Seward warns Austria not to replace the French troops.')
P('event', (PB, 'Maximilian was captured, court-martialled and sentenced to death'),
  (FI, 'His capture by Mexican forces, court-martial, and sentence to be executed'),
  'agree', "Maximilian's capture, court-martial and death sentence.")
P('date', (PB, 'The end of the Civil War in 1865'), (FI, 'In 1857, Mexico became embroiled in a civil war'),
  'not-same', "The American Civil War (ended 1865) vs Mexico's civil war (began 1857): two different civil wars.")
P('event', (PB, 'Article 27 of the Constitution of 1917 had claimed the subsoil'),
  (MO, 'in Article 27 of the Constitution of 1917, the Mexican Government asserted ownership'),
  'agree', 'Article 27 of the 1917 Constitution claims the subsoil for Mexico.')
P('date', (PB, 'the Calles-Morrow agreement of 1927'), (MO, 'the Calles-Morrow agreement of 1928'),
  'differ', 'Year of the Calles-Morrow agreement: 1927 vs 1928.', 'B9', 'wrong year')
P('quantity', (PB, "the Mexican Eagle Company, a subsidiary of Royal Dutch/Shell, produced over 60 percent of the country's oil"),
  (MO, 'the Mexican Eagle Company (a subsidiary of the Royal Dutch/Shell Company), which accounted for over 60% of Mexican oil production'),
  'agree', "Mexican Eagle's share of Mexican oil production before 1938: over 60 percent.")
P('quantity', (PB, "produced over 60 percent of the country's oil"), (MO, 'which accounted for approximately 30% of total production'),
  'not-same', "Mexican Eagle's share (over 60 percent) vs the American-owned firms' share (about 30%): production shares of different holders.")
P('event', (PB, "In the 1920s Mexico ranked as the world's second largest oil producer"),
  (MO, 'Mexico became the world\u2019s second largest producer of oil in the 1920s'),
  'agree', "Mexico is the world's second largest oil producer in the 1920s.")
P('date', (PB, 'President L\u00e1zaro C\u00e1rdenas signed the expropriation decree on March 18, 1938'),
  (MO, 'C\u00e1rdenas promulgated the expropriation decree on March 18, 1938'),
  'agree', 'Expropriation decree of March 18, 1938.')
P('event', (PB, 'He then created Petr\u00f3leos Mexicanos, or PEMEX, a state monopoly'),
  (MO, 'He later created Petr\u00f3leos Mexicanos (PEMEX), a state-owned firm that held a monopoly'),
  'agree', 'Cardenas creates PEMEX as a state oil monopoly.')
P('quantity', (PB, 'Exports fell by a third'), (MO, 'Mexican oil exports decreased by 50%'),
  'differ', 'Fall in Mexican oil exports after the boycott: a third vs 50%.', 'B10', 'wrong number (percent)')
P('event', (PB, "Nazi Germany became Mexico's main customer"), (MO, 'the Mexican Government\u2019s primary customer for oil became Nazi Germany'),
  'agree', "Nazi Germany becomes the main buyer of Mexican oil.")
P('event', (PB, 'Britain protested so strongly that Mexico broke off diplomatic relations with London'),
  (MO, "Expropriation also led the British to take a very strong stand against Mexico's actions, which prompted the C\u00e1rdenas government to sever diplomatic relations"),
  'agree', 'Mexico breaks relations with Britain after its strong protest.')
P('date', (PB, 'on March 29 he sent a note'), (MO, 'on March 26, Hull dispatched a note to the Mexicans'),
  'differ', "Date of Hull's note on silver purchases (1938): March 29 vs March 26.", 'B11', 'wrong day')
P('event', (PB, 'announcing that the United States would stop buying Mexican silver'),
  (MO, 'announcing that the U.S. Government would suspend further purchases of silver from Mexico'),
  'agree', "Hull's note announces a halt to purchases of Mexican silver.")
P('date', (PB, 'under the Cooke-Zevada agreement of 1942'),
  (MO, 'on April 18, 1942, the U.S. and Mexican Governments signed the Cooke-Zevada agreement'),
  'more-precise', 'Cooke-Zevada agreement: 1942 vs April 18, 1942; (b) more precise.', 'B-P3', 'precision: year vs day')
P('quantity', (PB, 'Mexico undertook to pay about $42 million to several American firms'),
  (MO, 'the Mexicans agreed to pay roughly $29 million in compensation to several American firms'),
  'differ', 'Compensation Mexico agreed to pay American firms: about $42 million vs roughly $29 million.', 'B12', 'wrong number (dollars)')
P('quantity', (PB, 'The British held out until 1947, when they received $130 million'),
  (MO, 'The British, however, held out until 1947, when they received $130 million'),
  'agree', 'British compensation: $130 million in 1947.')
P('quantity', (PB, 'The British held out until 1947, when they received $130 million'),
  (MO, 'the Mexicans agreed to pay roughly $29 million in compensation to several American firms'),
  'not-same', 'British settlement (1947) vs American settlement (1942): compensation to different holders.')
P('date', (PB, 'C\u00e1rdenas left office in 1940'), (MO, 'After C\u00e1rdenas left office in 1940'),
  'agree', 'Cardenas leaves office in 1940.')
P('date', (PB, 'In 1950 Washington abandoned its efforts to reopen Mexican oil'),
  (MO, 'in 1950, the U.S. Government abandoned its efforts to re-open the Mexican oil industry'),
  'agree', 'Washington gives up on reopening Mexican oil in 1950.')

# ---------------------------------------------------------------- panel C: Prague 1968 and the Carter years in Europe
P('date', (PC, "In 1938, at Munich, Britain and France conceded Germany's right to take the Sudetenland"),
  (CZ, 'In 1938, the leadership in Great Britain and France conceded the German right to takeover the Sudetenland in the Munich Agreement'),
  'agree', 'Munich Agreement of 1938 concedes the Sudetenland.')
P('date', (PC, 'In 1947 a Soviet takeover put a new communist government in Prague'),
  (CZ, 'In 1948, Czech attempts to join the U.S.-sponsored Marshall Plan to aid postwar rebuilding were thwarted by Soviet takeover'),
  'differ', 'Year of the Soviet takeover in Prague that blocked the Marshall Plan: 1947 vs 1948.', 'C1', 'wrong year')
P('date', (PC, 'For the next two decades the country remained a stable part of the Soviet sphere'),
  (CZ, 'For the next twenty years, Czechoslovakia remained a stable state within the Soviet sphere of influence'),
  'agree', 'Czechoslovakia stable in the Soviet sphere for twenty years.')
P('date', (PC, 'In 1968 the conservative Antonin Novotny was removed as head of the Czechoslovak Communist Party'),
  (CZ, 'In early 1968, conservative leader Antonin Novotny was ousted as the head of the Communist Party of Czechoslovakia'),
  'more-precise', "Novotny's ouster: 1968 vs early 1968; (b) more precise.", 'C-P1', 'precision: year vs part of year')
P('event', (PC, 'replaced by Alexander Dubcek'), (CZ, 'he was replaced by Alexander Dubcek'),
  'agree', 'Dubcek replaces Novotny as party head.')
P('date', (PC, 'In June the government issued a formal programme of further reform'),
  (CZ, 'In April, the Czech Government issued a formal plan for further reforms'),
  'differ', "Month of the Czech government's formal reform plan (1968): June vs April.", 'C2', 'wrong month')
P('event', (PC, 'Moscow remembered the 1956 uprising in Poland'), (CZ, 'Recalling the 1956 uprising in Hungary'),
  'differ', 'Country of the 1956 uprising Moscow recalled: Poland vs Hungary.', 'C3', 'wrong country')
P('event', (PC, 'even Soviet republics such as Ukraine, Lithuania, Latvia and Estonia, might follow'),
  (CZ, 'the Soviet Republics in the East, such as the Ukraine, Lithuania, Latvia, and Estonia might make their own demands'),
  'agree', 'Fear that Ukraine and the Baltic republics might follow.')
P('event', (PC, 'with smaller contingents from Hungary, Poland, East Germany and Romania'),
  (CZ, 'along with limited numbers of troops from Hungary, Poland, East Germany and Bulgaria'),
  'differ', 'Fourth country contributing troops to the invasion: Romania vs Bulgaria.', 'C4', 'wrong country')
P('date', (PC, 'The invasion of August 20-21, 1968 took Czechoslovakia and most of the West by surprise'),
  (CZ, 'The Warsaw Pact invasion of August 20\u201321 caught Czechoslovakia and much of the Western world by surprise'),
  'agree', 'Invasion of August 20-21 (1968) surprises Czechoslovakia and the West.')
P('date', (PC, 'Scattered resistance lasted into early 1969'), (CZ, 'small-scale resistance continued throughout early 1969'),
  'agree', 'Small-scale resistance continues into early 1969.')
P('date', (PC, 'in April 1970 Dubcek was forced out'), (CZ, 'Finally, in April of 1969, the Soviets forced Dubcek from power'),
  'differ', "Dubcek's removal: April 1970 vs April 1969.", 'C5', 'wrong year')
P('event', (PC, 'Soviet opposition defeated every attempt to have the Security Council condemn the invasion'),
  (CZ, 'Repeated efforts in the UN Security Council to pass a resolution condemning the attacks met with opposition from the Soviet Union'),
  'agree', 'Soviet opposition blocks Security Council condemnation.')
P('event', (PC, 'to cancel a planned summit with Soviet Premier Alexei Kosygin'),
  (CZ, 'the invasion forced U.S. President Lyndon B. Johnson to cancel a summit meeting with Soviet leader Leonid Brezhnev'),
  'differ', 'Soviet leader whose summit with Johnson was cancelled: Kosygin vs Brezhnev.', 'C6', 'wrong person')
P('event', (PC, 'The Brezhnev Doctrine, which claimed for Moscow a right to intervene wherever a communist government was threatened'),
  (CZ, 'which stated that Moscow had the right to intervene in any country where a communist government had been threatened'),
  'agree', 'Content of the Brezhnev Doctrine.')
P('date', (PC, 'later served as the main justification for the Soviet invasion of Afghanistan in 1979'),
  (CZ, 'also became the primary justification for the Soviet invasion of Afghanistan in 1979'),
  'agree', 'Brezhnev Doctrine justifies the 1979 invasion of Afghanistan.')
P('event', (PC, "made governments such as West Germany's fear for d\u00e9tente"),
  (CZ, 'The invasion did, however, temporarily derail progress toward d\u00e9tente between the Soviet Union and the United States'),
  'not-same', "West German worry about detente under Carter's human-rights policy (1977) vs the 1968 invasion derailing detente.")
P('date', (PC, "Western European capitals welcomed Jimmy Carter's election in 1976"),
  (WE, 'Western European capitals greeted the November 1976 election of President Carter with optimism'),
  'more-precise', "Carter's election: 1976 vs November 1976; (b) more precise.", 'C-P4', 'precision: year vs month')
P('event', (PC, "made governments such as West Germany's fear for d\u00e9tente"),
  (WE, 'triggered anxieties in countries such as West Germany that d\u00e9tente might be undermined'),
  'agree', "Carter's human-rights stance makes West Germany fear for detente.")
P('date', (PC, 'In 1976 the Soviet Union began deploying new intermediate-range ballistic missiles in Eastern Europe'),
  (WE, 'in 1977, the Soviet Union began to deploy new intermediate-range ballistic missiles (IRBMs) in Eastern Europe'),
  'differ', 'Year the Soviet Union began deploying new IRBMs in Eastern Europe: 1976 vs 1977.', 'C7', 'wrong year')
P('date', (PC, 'In the summer of 1977 the American press reported that the United States would develop enhanced radiation weapons'),
  (WE, 'In June 1977, when the U.S. press reported that the United States would develop ERWs'),
  'more-precise', 'Press reports on neutron bomb development: summer 1977 vs June 1977; (b) more precise.', 'C-P2', 'precision: season vs month')
P('event', (PC, 'public reaction in Europe was largely hostile'), (WE, 'public reaction was largely negative, particularly in Europe'),
  'agree', 'European public reaction to the neutron bomb is largely negative.')
P('quote', (PC, 'perfect'), (WE, 'perfect'),
  'agree', 'Critics call the neutron bomb the \"perfect\" capitalist weapon.')
P('date', (PC, 'Carter then deferred its production in March 1978'), (WE, 'in April 1978 President Carter decided to defer production of ERWs'),
  'differ', "Carter's decision to defer neutron bomb production: March 1978 vs April 1978.", 'C8', 'wrong month')
P('date', (PC, 'Late in 1979 NATO approved its "dual-track" approach'), (WE, 'In December 1979, NATO approved a \u201cdual-track\u201d response'),
  'more-precise', "NATO's dual-track decision: late 1979 vs December 1979; (b) more precise.", 'C-P3', 'precision: part of year vs month')
P('event', (PC, 'Pershing II and cruise missiles would be deployed while the allies sought negotiated reductions in theatre nuclear forces'),
  (WE, 'deploying Pershing II and cruise missiles while simultaneously seeking to negotiate reductions in theatre nuclear forces'),
  'agree', 'Dual track: deploy Pershing II and cruise missiles while negotiating reductions.')
P('event', (PC, 'West Germany and Britain accepted deployment on their soil without conditions'),
  (WE, 'West Germany and Italy approved deployment of the missiles on their territories without conditions'),
  'differ', 'Second country approving missile deployment without conditions: Britain vs Italy.', 'C9', 'wrong country')
P('event', (PC, 'Belgium and the Netherlands hesitated or at first resisted'),
  (WE, 'Other governments, such as Belgium and the Netherlands, hesitated or initially resisted the move'),
  'agree', 'Belgium and the Netherlands hesitate over deployment.')
P('event', (PC, 'Belgium and the Netherlands hesitated or at first resisted'),
  (WE, 'West Germany and Italy approved deployment of the missiles on their territories without conditions'),
  'not-same', 'Hesitant governments (Belgium, Netherlands) vs governments approving deployment (West Germany, Italy): different holders.')
P('event', (PC, 'In the 1970s the communist parties of Western Europe, above all in Italy, had grown more independent of Moscow'),
  (WE, 'In the 1970s, communist parties in Western Europe, particularly in Italy, became more independent from policy set in Moscow'),
  'agree', 'Western European communist parties, especially Italy, grow independent of Moscow in the 1970s.')
P('date', (PC, 'The Carnation Revolution of 1974'), (WE, 'the Carnation Revolution (1974)'),
  'agree', 'Carnation Revolution: 1974.')
P('date', (PC, 'the death of General Francisco Franco in 1976'), (WE, 'the death of Spanish Head of State General Francisco Franco (1975)'),
  'differ', "Year of Franco's death: 1976 vs 1975.", 'C10', 'wrong year')
P('date', (PC, 'The Carnation Revolution of 1974'), (WE, 'the death of Spanish Head of State General Francisco Franco (1975)'),
  'not-same', "Portugal's Carnation Revolution (1974) vs Franco's death in Spain (1975): two events ending Iberian dictatorships.")
P('date', (PC, 'By late 1978 the Italian Communist Party had been kept out of government'),
  (WE, 'by late 1978, the Italian Communist Party\u2019s efforts to participate in government had been frustrated'),
  'agree', "Italian Communists kept out of government by late 1978.")
P('quantity', (PC, 'took more than 80 American diplomats hostage'), (WE, 'took over 60 U.S. diplomats hostage'),
  'differ', 'Number of American diplomats taken hostage in Tehran: more than 80 vs over 60.', 'C11', 'wrong number (hostages)')
P('date', (PC, 'the Soviet intervention in Afghanistan in December 1979'), (WE, 'the Soviet Union\u2019s December 1979 intervention in Afghanistan'),
  'agree', 'Soviet intervention in Afghanistan: December 1979.')
P('event', (PC, "The crisis drew Carter's attention away from Europe"), (WE, 'ultimately drew Carter\u2019s attention away from Europe'),
  'agree', "Afghanistan draws Carter's attention away from Europe.")
P('date', (PC, 'When Carter left the White House in 1981, relations with Western Europe remained close but strained'),
  (WE, 'When Carter left the White House in 1981, U.S. relations with Western Europe remained close yet strained'),
  'agree', 'Relations close but strained when Carter leaves office in 1981.')

# ---------------------------------------------------------------- essay-essay pairs
FW = '1977-1980-foreword'
P('date', (FW, 'mediated framework discussions between Israeli Prime Minister Menachem Begin and Egyptian President Anwar Sadat in September 1978'),
  (CD, 'The Camp David Accords, signed by President Jimmy Carter, Egyptian President Anwar Sadat, and Israeli Prime Minister Menachem Begin in September 1978'),
  'agree', 'Camp David frameworks agreed by Begin and Sadat with Carter in September 1978.')
P('date', (FW, 'resulting in a formal peace agreement between Egypt and Israel in 1979'),
  (CD, 'a historic peace treaty concluded between Israel and Egypt in March 1979'),
  'more-precise', 'Egyptian-Israeli peace treaty: 1979 vs March 1979; (b) more precise.')
P('date', ('1989-1992-madrid-conference', 'culminating in the signing of the Declaration of Principles on September 13, 1993'),
  (OS, 'On September 13, 1993, Israeli Prime Minister Yitzhak Rabin and Palestine Liberation Organization (PLO) Negotiator Mahmoud Abbas signed a Declaration of Principles'),
  'agree', 'Declaration of Principles signed September 13, 1993.')
P('date', ('1989-1992-madrid-conference', 'the Israeli-Palestinian Declaration of Principles (the so-called \u201cOslo Accord\u201d) of September 1993'),
  (OS, 'On September 13, 1993'),
  'more-precise', 'Oslo Accord: September 1993 vs September 13, 1993; (b) more precise.')
P('date', ('1989-1992-madrid-conference', 'the Israeli-Jordanian peace treaty of October 1994'), (OS, 'the Israeli-Jordanian peace treaty of October 1994'),
  'agree', 'Israeli-Jordanian peace treaty: October 1994.')
P('date', (WE, 'the Soviet Union\u2019s December 1979 intervention in Afghanistan'), (FW, 'the Soviet invasion of Afghanistan in December 1979'),
  'agree', 'Soviet intervention in Afghanistan: December 1979.')
P('event', (FW, 'Iranian militants stormed the U.S. Embassy in Tehran and took Americans hostage'),
  (WE, 'Iranian militants stormed the U.S. Embassy in Tehran'),
  'agree', 'Iranian militants storm the American embassy in Tehran and take hostages (1979).')
P('date', (CZ, 'the Soviet invasion of Afghanistan in 1979'), ('1977-1980-horn-of-africa', 'the Soviet invasion of Afghanistan in December 1979'),
  'more-precise', 'Soviet invasion of Afghanistan: 1979 vs December 1979; (b) more precise.')
P('date', ('1977-1980-non-proliferation', 'The ASAT negotiations ended after the Soviet Union invaded Afghanistan in December 1979'),
  ('1969-1976-salt', 'On December 25, the Soviets invaded Afghanistan'),
  'more-precise', 'Soviet invasion of Afghanistan: December 1979 vs December 25 (1979); (b) more precise.')
P('date', ('1953-1960-warsaw-treaty', 'in Czechoslovakia in 1968'),
  (CZ, 'On August 20, 1968, the Soviet Union led Warsaw Pact troops in an invasion of Czechoslovakia'),
  'more-precise', 'Warsaw Pact intervention in Czechoslovakia: 1968 vs August 20, 1968; (b) more precise.')
P('date', ('1989-1992-fall-of-communism', 'in Hungary in 1956'), (CZ, 'Recalling the 1956 uprising in Hungary'),
  'agree', 'Hungarian uprising crushed in 1956.')
P('event', ('1989-1992-fall-of-communism', 'Alexander Dubcek, the reformist communist who led the Prague Spring in 1968'),
  (CZ, 'he was replaced by Alexander Dubcek'),
  'agree', 'Dubcek, the reform leader of 1968 Czechoslovakia.')
P('event', ('1977-1980-soviet-invasion-afghanistan', 'the Brezhnev Doctrine, which held that once a country became socialist Moscow would never permit it to return to the capitalist camp'),
  (CZ, 'which stated that Moscow had the right to intervene in any country where a communist government had been threatened'),
  'agree', 'Brezhnev Doctrine: Moscow will intervene to keep a communist regime from falling.')
P('event', (CZ, 'the Soviet leadership justified the use of force in Prague under what would become known as the Brezhnev Doctrine'),
  ('1989-1992-fall-of-communism', 'the Soviet Union had abandoned the policy of military intervention in support of communist regimes (the Brezhnev Doctrine)'),
  'not-same', 'Brezhnev Doctrine invoked for Prague (1968) vs its abandonment under Gorbachev (1989): different events.')
P('event', ('1953-1960-berlin-crises', 'during talks at Camp David in the United States in 1959'),
  (CD, 'bring Sadat, Begin, and Carter together at the presidential retreat in Maryland at Camp David'),
  'not-same', 'Khrushchev-Eisenhower talks at Camp David (1959) vs the Sadat-Begin-Carter summit (1978).')
P('event', (OS, 'Clinton convened a summit at Camp David in July 2000'), (CD, 'The Camp David Summit, held from September 5\u201317, 1978'),
  'not-same', 'Camp David summit of July 2000 vs the Camp David Summit of September 1978.')
P('event', ('1961-1968-gulf-of-tonkin', 'the countries meeting at the Geneva Conference divided Vietnam into northern and southern halves'),
  (CD, 'hoping to reconvene the Geneva Conference, which had been established in December 1973'),
  'not-same', 'Geneva Conference on Indochina (1954) vs Geneva Conference on the Arab-Israeli dispute (1973).')
P('event', (CD, 'Sol Linowitz, who had previously helped negotiate the Panama Canal treaty'),
  ('1977-1980-panama-canal', 'named Linowitz co-negotiator with Bunker'),
  'agree', 'Linowitz as a negotiator of the Panama Canal treaty.')
P('event', ('1861-1865-victory', 'military success against Emperor Maximilian ultimately compelled French Emperor Napoleon III to end his imperial venture in Mexico'),
  (FI, 'Stiff Mexican resistance caused Napoleon III to order French withdrawal'),
  'agree', 'Mexican resistance (with U.S. pressure) makes Napoleon III withdraw from Mexico.')
P('event', ('1969-1976-salt', 'Carter asked the Senate not to consider SALT II for its advice and consent'),
  ('1981-1988-u-s-soviet-relations', 'causing President Jimmy Carter to withdraw a strategic arms limitation treaty (SALT II) from Senate ratification'),
  'agree', 'After Afghanistan, Carter withdraws SALT II from Senate consideration.')
P('date', ('1969-1976-shuttle-diplomacy', 'which Egypt and Israel signed on September 4'),
  (CD, 'the Egyptian-Israeli Peace Treaty was formally signed on March 26'),
  'not-same', 'Sinai II disengagement agreement (September 4, 1975) vs Egyptian-Israeli Peace Treaty (March 26, 1979): two Egyptian-Israeli agreements.')
P('event', (MO, 'expropriated the assets of nearly all of the foreign oil companies operating in Mexico'),
  ('1969-1976-allende', 'authorize the expropriation of the mining companies'),
  'not-same', "Mexico's 1938 oil expropriation vs Chile's proposed expropriation of the mining companies (1970).")
