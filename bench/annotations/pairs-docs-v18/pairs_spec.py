"""Hand-written spec for pairs_v18 (held-out round 23).

Each P(...) is one pair: kind, side a (doc, exact span), side b (doc, exact span), verdict, note, label.
label is set only for planted panel errors (A1.., A-P1.. etc.); TYPES describes each label.
Panel is always side a in panel-essay pairs. In more-precise pairs side b is the more precise one."""

H, HE, SO = 'panel-horn-ogaden-and-mogadishu', '1977-1980-horn-of-africa', '1993-2000-somalia'
P, P1, P2 = 'panel-panama-path-between-seas', '1899-1913-panama-canal', '1977-1980-panama-canal'
Y, YB, YN = 'panel-yugoslavia-coming-apart', '1989-1992-breakup-yugoslavia', '1993-2000-evolution-of-nato'

PANELS = {H: [HE, SO], P: [P1, P2], Y: [YB, YN]}

PAIRS = []


def P_(kind, a, b, verdict, note, label=None):
    PAIRS.append({'kind': kind, 'a': a, 'b': b, 'verdict': verdict, 'note': note, 'label': label})


# ---------------------------------------------------------------- panel A: Horn of Africa
P_('date', (H, "In the summer of 1977 the army of Somalia crossed into neighbouring Ethiopia"),
   (HE, "In the summer of 1977, Somalia, a poverty -stricken country in the Horn of Africa, invaded its equally poor neighbor, Ethiopia"),
   'agree', 'Somalia invaded Ethiopia in the summer of 1977.')
P_('event', (H, "Its goal was the Ogaden, a stretch of desert inhabited largely by ethnic Somalis"),
   (HE, "in hopes of conquering the Ogaden Desert region, which was populated by ethnic Somalis"),
   'agree', 'Aim of the invasion: the Ogaden, populated by ethnic Somalis.')
P_('date', (H, "finally provoked a revolution in 1974"),
   (HE, "finally brought about a revolution in 1973"),
   'differ', 'Year of the Ethiopian revolution: panel 1974 vs source 1973.', 'A1')
P_('date', (H, "in September 1974 they arrested the emperor and removed him from the throne"),
   (HE, "eventually arrested and deposed Haile Selassie in September 1974"),
   'agree', 'Haile Selassie arrested and deposed in September 1974.')
P_('event', (H, "Mengistu asked Moscow to take the place of the United States as Ethiopia's arms supplier"),
   (HE, "he reached out to the Soviet Union to replace U.S. military aid"),
   'agree', 'Mengistu turned to the USSR to replace U.S. military aid.')
P_('date', (H, "had come to power through a coup in 1971"),
   (HE, "Mohammed Siad Barre had seized power in a coup in 1969"),
   'differ', "Year of Siad Barre's coup: panel 1971 vs source 1969.", 'A2')
P_('date', (H, "in 1976 he concluded a Treaty of Friendship and Cooperation with Moscow"),
   (HE, "The Soviet Union and Somalia had then signed a Treaty of Friendship and Cooperation in 1974"),
   'differ', 'Year of the Soviet-Somali Treaty of Friendship and Cooperation: panel 1976 vs source 1974.', 'A3')
P_('event', (H, "in the end expelled the Soviets from his country"),
   (HE, "eventually expelled the Soviets from the country"),
   'agree', 'Siad Barre eventually expelled the Soviets.')
P_('event', (H, "Moscow, forced to choose, kept Ethiopia, the bigger of the two prizes"),
   (HE, "The Soviets chose to support Addis Ababa, keeping the bigger prize"),
   'agree', 'The USSR chose Ethiopia (Addis Ababa), the bigger prize.')
P_('date', (H, "The tide turned the following spring, when a massive Soviet airlift brought in military advisers and equipment"),
   (HE, "the Soviet Union began a massive airlift that autumn of Soviet military advisors and supplies"),
   'differ', 'Season of the Soviet airlift (1977 war): panel the following spring vs source that autumn.', 'A4')
P_('event', (H, "together with Cuban troops"),
   (HE, "and also Cuban troops to aid the beleaguered Marxist regime"),
   'agree', 'Cuban troops came with the Soviet airlift.')
P_('event', (H, "Coming soon after Soviet and Cuban involvement in Angola"),
   (HE, "Since this occurred on the heels of the communist countries’ involvement in Angola"),
   'agree', 'The intervention followed communist involvement in Angola.')
P_('event', (H, "National Security Advisor Zbigniew Brzezinski called for a forceful answer"),
   (HE, "Carter’s National Security Advisor, Zbigniew Brzezinski, argued that the United States needed a bold response"),
   'agree', 'Brzezinski (National Security Advisor) wanted a bold response.')
P_('event', (H, "Secretary of State Cyrus Vance replied that the Soviets were merely exploiting an opening"),
   (HE, "led by Secretary of State Cyrus Vance, argued that the Soviets were just taking advantage of an opportunity"),
   'agree', 'Vance argued the Soviets were only exploiting an opportunity.')
P_('event', (H, "In the first round Brzezinski prevailed, and a carrier task force was dispatched to the region"),
   (HE, "While Vance won the initial arguments and the United States refrained from sending a carrier task force to the region as Brzezinski proposed"),
   'differ', 'Outcome of the first NSC argument: panel Brzezinski won and a carrier task force was sent vs source Vance won and no task force was sent.', 'A5')
P_('date', (H, "After Soviet troops entered Afghanistan at the end of 1979"),
   (HE, "the Soviet invasion of Afghanistan in December 1979"),
   'more-precise', 'Soviet invasion of Afghanistan: panel end of 1979 vs source December 1979; (b) more precise.', 'A-P1')
P_('quote', (H, "SALT lies buried in the sands of the Ogaden"),
   (HE, "SALT lies buried in the sands of the Ogaden"),
   'agree', "Brzezinski's remark quoted identically.")
P_('event', (H, "Carter withdrew the SALT II treaty from consideration"),
   (HE, "President Carter withdrew the SALT II treaty from Congressional consideration"),
   'agree', 'Carter withdrew SALT II after the invasion of Afghanistan.')
P_('date', (H, "Somalia itself had become independent in 1960"),
   (SO, "Somalia achieved its independence in 1960"),
   'agree', 'Somali independence in 1960.')
P_('event', (H, "merged with Somaliland, previously a French protectorate"),
   (SO, "Somaliland, which had been a British protectorate"),
   'differ', 'Former status of Somaliland: panel French protectorate vs source British protectorate.', 'A6')
P_('date', (H, "In 1990 his opponents began to unite"),
   (SO, "which in 1990 began to unify against him"),
   'agree', "Opposition to Barre began to unify in 1990.")
P_('date', (H, "in March 1991 the combined rebel forces drove him out of Mogadishu"),
   (SO, "the combined group of rebels drove Barre from Mogadishu in January 1991"),
   'differ', 'Month Barre was driven from Mogadishu: panel March 1991 vs source January 1991.', 'A7')
P_('event', (H, "The United States closed its embassy that same year, though it never formally broke relations"),
   (SO, "the United States closed its embassy that same year, although the two countries never broke off diplomatic relations"),
   'agree', 'U.S. embassy closed in 1991 without a break in relations.')
P_('date', (H, "responded in the spring of 1992 with Resolution 751"),
   (SO, "created by the United Nations Security Council via Resolution 751 in April 1992"),
   'more-precise', 'Resolution 751 / UNOSOM: panel spring 1992 vs source April 1992; (b) more precise.', 'A-P2')
P_('date', (H, "American food shipments under Operation Provide Comfort began in October 1992"),
   (SO, "The United States sent food aid via Operation Provide Comfort starting in August 1992"),
   'differ', 'Start of Operation Provide Comfort food aid: panel October 1992 vs source August 1992.', 'A8')
P_('date', (H, "in December 1992"),
   (SO, "In December 1992, the United States began Operation Restore Hope"),
   'agree', 'Operation Restore Hope began in December 1992.')
P_('event', (H, "President Bill Clinton ordered U.S. troops to Somalia"),
   (SO, "President George H.W. Bush authorized the dispatch of U.S. troops to Somalia"),
   'differ', 'President who sent troops for Restore Hope: panel Bill Clinton vs source George H.W. Bush.', 'A9')
P_('quantity', (H, "acted under Chapter VI of the UN Charter"),
   (SO, "operated under the authority of Chapter VII of the U.N. Charter"),
   'differ', 'Legal basis of UNITAF: panel Chapter VI vs source Chapter VII.', 'A10')
P_('date', (H, "In March 1993 UNITAF gave way to UNOSOM II"),
   (SO, "UNITAF transitioned to UNOSOM II in March 1993"),
   'agree', 'UNITAF handed over to UNOSOM II in March 1993.')
P_('date', (H, "The gravest clash came on October 3, 1993"),
   (SO, "The most significant of these challenges came on October 3, 1993"),
   'agree', 'The main clash with Aideed came on October 3, 1993.')
P_('quantity', (H, "eighteen American soldiers and hundreds of Somalis were killed"),
   (SO, "the deaths of 18 U.S. soldiers and hundreds of Somalis"),
   'agree', '18 U.S. soldiers and hundreds of Somalis killed.')
P_('date', (H, "Two days later Clinton took U.S. forces out of combat"),
   (SO, "President Bill Clinton pulled U.S. troops out of combat four days later"),
   'differ', 'Interval before Clinton pulled troops out of combat: panel two days vs source four days.', 'A11')
P_('date', (H, "the last American troops left Somalia in March 1994"),
   (SO, "all U.S. troops left the country in March 1994"),
   'agree', 'All U.S. troops left Somalia in March 1994.')
P_('date', (H, "The UN mission stayed on until March 1996"),
   (SO, "The United Nations withdrew from Somalia in March 1995"),
   'differ', 'UN withdrawal from Somalia: panel March 1996 vs source March 1995.', 'A12')
P_('date', (H, "Presidential Decision Directive 25, issued in May 1994"),
   (SO, "Presidential Decision Directive 25, issued on May 3, 1994"),
   'more-precise', 'PDD 25: panel May 1994 vs source May 3, 1994; (b) more precise.', 'A-P3')
P_('quantity', (H, "listed eight factors to weigh before supporting a UN peacekeeping operation"),
   (SO, "eight factors which must be weighed before deciding in favor of peacekeeping in the United Nations"),
   'agree', 'PDD 25: eight factors before UN peacekeeping.')
# not-same (panel A)
P_('date', (H, "the last American troops left Somalia in March 1994"),
   (SO, "The United Nations withdrew from Somalia in March 1995"),
   'not-same', 'Departure of U.S. troops (1994) vs withdrawal of the UN mission (1995): different withdrawals.')
P_('event', (H, "which created the United Nations Operation in Somalia (UNOSOM) to deliver humanitarian aid"),
   (SO, "UNITAF transitioned to UNOSOM II in March 1993"),
   'not-same', 'Creation of the first UNOSOM (1992) vs the start of UNOSOM II (1993): different operations.')
P_('date', (H, "in September 1974 they arrested the emperor and removed him from the throne"),
   (HE, "The Soviet Union and Somalia had then signed a Treaty of Friendship and Cooperation in 1974"),
   'not-same', 'Two 1974 events: deposition of Haile Selassie vs the Soviet-Somali treaty.')
P_('quantity', (H, "nine more before joining an action under Chapter VII"),
   (SO, "eight factors which must be weighed before deciding in favor of peacekeeping in the United Nations"),
   'not-same', 'PDD 25 factor counts for different cases: nine extra for Chapter VII actions vs eight for UN peacekeeping.')

# ---------------------------------------------------------------- panel B: Panama Canal
P_('date', (P, "In 1850 the two powers signed the Clayton-Bulwer Treaty"),
   (P1, "in 1850 the United States and Great Britain negotiated the Clayton-Bulwer Treaty"),
   'agree', 'Clayton-Bulwer Treaty between the U.S. and Britain, 1850.')
P_('event', (P, "a canal to be cut through Costa Rica"),
   (P1, "a proposed canal through the Central American Republic of Nicaragua"),
   'differ', 'Route of the canal in the Clayton-Bulwer Treaty: panel Costa Rica vs source Nicaragua.', 'B1')
P_('date', (P, "French crews began digging across Panama, then a province of Colombia, in 1880"),
   (P1, "the French began excavating in 1880"),
   'agree', 'French excavation began in 1880.')
P_('date', (P, "after seven years"),
   (P1, "after 9 years"),
   'differ', 'Duration of the French attempt before bankruptcy: panel seven years vs source 9 years.', 'B2')
P_('quantity', (P, "roughly 20,000 deaths"),
   (P1, "a loss of approximately 20,000 lives"),
   'agree', 'About 20,000 lives lost in the French attempt.')
P_('date', (P, "The Hay-Pauncefote Treaty of 1900 cancelled the Clayton-Bulwer agreement"),
   (P1, "The Hay-Pauncefote Treaty of 1901 abrogated the earlier Clayton-Bulwer Treaty"),
   'differ', 'Year of the Hay-Pauncefote Treaty: panel 1900 vs source 1901.', 'B3')
P_('date', (P, "the Senate voted in June 1902 to build through Panama"),
   (P1, "on June 19, 1902, the U.S. Senate voted in favor of building the canal through Panama"),
   'more-precise', 'Senate vote for the Panama route: panel June 1902 vs source June 19, 1902; (b) more precise.', 'B-P1')
P_('event', (P, "Within half a year Secretary of State John Hay had signed a treaty with the Colombian foreign minister, Tomás Herrán"),
   (P1, "Within 6 months, Secretary of State John Hay signed a treaty with Colombian Foreign Minister Tomás Herrán"),
   'agree', 'Hay signed a treaty with Herrán within six months.')
P_('event', (P, "off Cartagena on the Pacific"),
   (P1, "President Roosevelt responded by dispatching U.S. warships to Panama City (on the Pacific)"),
   'differ', "Pacific-side port of Roosevelt's warships: panel Cartagena vs source Panama City.", 'B4')
P_('event', (P, "stationing American warships off Colón on the Atlantic side"),
   (P1, "Colón (on the Atlantic)"),
   'agree', 'Warships sent to Colón on the Atlantic.')
P_('date', (P, "Panama proclaimed its independence on November 13, 1903"),
   (P1, "Panama declared independence on November 3, 1903"),
   'differ', 'Date of Panamanian independence: panel November 13, 1903 vs source November 3, 1903.', 'B5')
P_('date', (P, "The Hay-Bunau-Varilla Treaty, signed on November 18, 1903"),
   (P2, "on November 18, 1903, the United States signed the Hay-Bunau-Varilla Treaty"),
   'agree', 'Hay-Bunau-Varilla Treaty signed November 18, 1903.')
P_('quantity', (P, "a strip of land ten miles wide"),
   (P1, "a 10-mile wide strip of land for the canal"),
   'agree', 'Canal strip 10 miles wide.')
P_('quantity', (P, "a single payment of $15 million"),
   (P1, "a one-time $10 million payment to Panama"),
   'differ', 'One-time payment to Panama: panel $15 million vs source $10 million.', 'B6')
P_('quantity', (P, "an annual payment of $250,000"),
   (P1, "an annual annuity of $250,000"),
   'agree', 'Annual payment of $250,000.')
P_('date', (P, "The canal opened in 1914"),
   (P2, "The Canal opened in 1914"),
   'agree', 'The canal opened in 1914.')
P_('date', (P, "In 1964 a riot over the right to fly Panama's flag in the Zone led to a short break in diplomatic relations"),
   (P2, "In 1964, a riot between U.S. residents and Panamanians, sparked over the right to fly the Panamanian flag in the Canal Zone, led to a brief interruption of diplomatic relations"),
   'agree', '1964 flag riot and brief break in relations.')
P_('date', (P, "Three treaties were agreed in 1967"),
   (P2, "In 1967, the United States and Panama reached agreement on three treaties"),
   'agree', 'Three treaties agreed in 1967.')
P_('date', (P, "eleven weeks into Arias's term Colonel Omar Torrijos overthrew him"),
   (P2, "Eleven days into Arias’s term, a coup led by Colonel Omar Torrijos deposed Arias"),
   'differ', "Time from Arias's inauguration to the Torrijos coup: panel eleven weeks vs source eleven days.", 'B7')
P_('date', (P, "In 1971 the Nixon administration chose the veteran diplomat Ellsworth Bunker to head the American team"),
   (P2, "In 1973, the Nixon administration appointed Ellsworth Bunker, a seasoned U.S. diplomat, to lead the U.S. delegation"),
   'differ', "Year of Bunker's appointment: panel 1971 vs source 1973.", 'B8')
P_('event', (P, "Bunker aimed at permanent American use of the canal rather than permanent control of the Zone"),
   (P2, "Bunker focused on ensuring perpetual U.S. use of the Panama Canal, rather than perpetual U.S. control of the Panama Canal Zone"),
   'agree', "Bunker's aim: perpetual use, not perpetual control of the Zone.")
P_('quote', (P, "we will be beaten to death in every international forum and there will be riots all over Latin America"),
   (P2, "we will be beaten to death in every international forum and there will be riots all over Latin America"),
   'agree', 'Kissinger to Ford (1975), quoted identically.')
P_('quote', (P, "practical control of the Panama Canal Zone any time in the foreseeable future"),
   (P2, "practical control of the Panama Canal Zone any time in the foreseeable future"),
   'agree', "Carter's October 1976 debate pledge, quoted identically.")
P_('quantity', (P, "Ratification required a three-fifths majority of the Senate"),
   (P2, "A treaty must be ratified by the Senate with at least a two-thirds majority"),
   'differ', 'Senate majority needed for ratification: panel three-fifths vs source two-thirds.', 'B9')
P_('event', (P, "Jesse Helms warned in a 1978 debate"),
   (P2, "Most notable of these critics was Strom Thurmond"),
   'differ', 'Senator who made the "encirclement" warning in a 1978 debate: panel Jesse Helms vs source Strom Thurmond (the "he" of the following quote).', 'B10')
P_('quote', (P, "the loss of this canal would contribute to the encirclement of the United States"),
   (P2, "The loss of this canal would contribute to the encirclement of the United States"),
   'agree', 'The "encirclement" warning quoted identically (only the initial capital differs).')
P_('event', (P, "the actor John Wayne, a conservative and a friend of Torrijos, lent his support"),
   (P2, "Actor John Wayne, both a conservative and a friend of Torrijos, also endorsed the negotiations"),
   'agree', 'John Wayne endorsed the negotiations.')
P_('date', (P, "The negotiators split the settlement into two treaties, both signed on September 7, 1977"),
   (P2, "These two treaties were signed on September 7, 1977"),
   'agree', 'Both treaties signed September 7, 1977.')
P_('date', (P, "abolished the Canal Zone as of October 1, 1978"),
   (P2, "the Panama Canal Zone would cease to exist on October 1, 1979"),
   'differ', 'End of the Canal Zone: panel October 1, 1978 vs source October 1, 1979.', 'B11')
P_('date', (P, "the handover of the canal itself on December 31, 1999"),
   (P2, "the Canal itself would be turned over to the Panamanians on December 31, 1999"),
   'agree', 'Canal handover set for December 31, 1999.')
P_('date', (P, "The Senate approved the Neutrality Treaty on March 16, 1978"),
   (P2, "The Senate ratified the Neutrality Treaty on March 16, 1978"),
   'agree', 'Neutrality Treaty ratified March 16, 1978.')
P_('quantity', (P, "by 67 votes to 33"),
   (P2, "by a vote of 68 to 32"),
   'differ', 'Senate vote on the Neutrality Treaty: panel 67-33 vs source 68-32.', 'B12')
P_('date', (P, "the Panama Canal Treaty in April by the same margin"),
   (P2, "On April 18, they ratified The Panama Canal Treaty by an identical margin"),
   'more-precise', 'Ratification of the Panama Canal Treaty: panel April (1978) vs source April 18; (b) more precise.', 'B-P2')
P_('date', (P, "Carter signed the implementing legislation on September 27, 1979"),
   (P2, "Carter signed the implementation legislation into law on September 27, 1979"),
   'agree', 'Implementing legislation signed September 27, 1979.')
P_('date', (P, "Relations soured again after Torrijos died in 1981"),
   (P2, "relations between the two countries grew contentious after the death of Torrijos in 1981"),
   'agree', 'Torrijos died in 1981; relations worsened afterwards.')
P_('date', (P, "in 1989 President George H.W. Bush sent troops into Panama to remove Manuel Noriega"),
   (P2, "In December of 1989, President George H.W. Bush ordered an invasion of Panama to remove Panamanian leader Manuel Noreiga from power"),
   'more-precise', 'Invasion of Panama: panel 1989 vs source December 1989; (b) more precise.', 'B-P3')
# not-same (panel B)
P_('date', (P, "The Hay-Bunau-Varilla Treaty, signed on November 18, 1903"),
   (P2, "The Hay-Herrán Treaty, negotiated with the nation of Colombia in 1903"),
   'not-same', 'Two treaties of 1903: Hay-Bunau-Varilla (with Panama) vs Hay-Herrán (with Colombia).')
P_('date', (P, "The Senate approved the Neutrality Treaty on March 16, 1978"),
   (P2, "On April 18, they ratified The Panama Canal Treaty by an identical margin"),
   'not-same', 'Two 1978 ratifications: Neutrality Treaty (March 16) vs Panama Canal Treaty (April 18).')
P_('date', (P, "Carter signed the implementing legislation on September 27, 1979"),
   (P2, "the Panama Canal Zone would cease to exist on October 1, 1979"),
   'not-same', 'Two 1979 dates: signing of the implementing law vs the end of the Canal Zone.')
P_('quantity', (P, "an annual payment of $250,000"),
   (P1, "a one-time $10 million payment to Panama"),
   'not-same', 'Two payments under the 1903 treaty: annual annuity vs one-time sum.')
P_('quantity', (P, "Three treaties were agreed in 1967"),
   (P2, "The negotiators decided that their best chance for ratification was to submit two treaties to the U.S. Senate"),
   'not-same', 'Number of treaties in different negotiations: three in 1967 vs two submitted in 1977.')

# ---------------------------------------------------------------- panel C: Yugoslavia
P_('date', (Y, "In 1990 American intelligence analysts issued National Intelligence Estimate 15–90"),
   (YB, "The October 1990 judgment of the U.S. intelligence community"),
   'more-precise', 'NIE 15-90: panel 1990 vs source October 1990; (b) more precise.', 'C-P1')
P_('event', (Y, "Yugoslavia would stop working as a federal state within a year"),
   (YB, "Yugoslavia will cease to function as a federal state within a year"),
   'agree', 'NIE forecast: no functioning federal state within a year.')
P_('quantity', (Y, "would probably break up within three"),
   (YB, "will probably dissolve within two"),
   'differ', 'NIE forecast of dissolution: panel within three years vs source within two.', 'C1')
P_('date', (Y, "In a study for the National Defense University published in 2005, Thomas Shreeve"),
   (YB, "as Thomas Shreeve noted in his 2003 study on NIE 15–90 for the National Defense University"),
   'differ', "Year of Shreeve's study: panel 2005 vs source 2003.", 'C2')
P_('quote', (Y, "almost no impact on US policy"),
   (YB, "it had almost no impact on US policy"),
   'agree', 'Shreeve: the estimate had "almost no impact on US policy".')
P_('date', (Y, "By January 1992 the Socialist Federal Republic of Yugoslavia no longer existed"),
   (YB, "By January 1992, the Socialist Federal Republic of Yugoslavia ceased to exist"),
   'agree', 'SFRY gone by January 1992.')
P_('event', (Y, "joined the Kingdom of Montenegro"),
   (YB, "united with the Serbian Kingdom"),
   'differ', 'Kingdom the former Habsburg lands united with after WWI: panel Montenegro vs source Serbia.', 'C3')
P_('event', (Y, "it was reunited when Josip Broz Tito's communist-led partisans liberated it"),
   (YB, "was reunified at the end of the war when the communist-dominated partisan force of Josip Broz Tito liberated the country"),
   'agree', "Reunified when Tito's partisans liberated the country.")
P_('date', (Y, "Tito's state had broken with Moscow in 1949"),
   (YB, "Yugoslavia broke away from the Soviet sphere of influence in 1948"),
   'differ', 'Year of the Tito-Stalin split: panel 1949 vs source 1948.', 'C4')
P_('date', (Y, "helped to found the Non-Aligned Movement in 1961"),
   (YB, "became a founding member of the Non-Aligned Movement in 1961"),
   'agree', 'Founding member of the Non-Aligned Movement, 1961.')
P_('date', (Y, "After Tito's death in 1980"),
   (YB, "Following the death of Tito in 1980"),
   'agree', 'Tito died in 1980.')
P_('date', (Y, "the 1971 constitution shifted nearly all real power to the republics and autonomous provinces"),
   (YB, "provisions of the 1974 constitution provided for the effective devolution of all real power"),
   'differ', 'Constitution that devolved power: panel 1971 vs source 1974.', 'C5')
P_('quantity', (Y, "a collective presidency of eight members"),
   (YB, "a collective presidency of the eight provincial representatives"),
   'agree', 'Collective presidency of eight.')
P_('date', (Y, "The fall of communism across Eastern Europe in 1989 and the unification of Germany the following year"),
   (YB, "The collapse of communism in Eastern Europe in 1989, the unification of Germany one year later"),
   'agree', 'Collapse of communism 1989, German unification a year later.')
P_('date', (Y, "he became head of the Serbian Communist Party in 1984"),
   (YB, "become head of the Serbian Communist Party in 1986"),
   'differ', 'Year Milosevic became Serbian party head: panel 1984 vs source 1986.', 'C6')
P_('date', (Y, "At a party meeting in Kosovo in 1987, Serbs rioted outside the hall"),
   (YB, "While attending a party meeting in the Albanian-dominated province of Kosovo in May 1987, Serbians in the province rioted outside the meeting hall"),
   'more-precise', 'Kosovo party meeting riot: panel 1987 vs source May 1987; (b) more precise.', 'C-P2')
P_('date', (Y, "He became president of Serbia in 1989"),
   (YB, "Slobodan Milosevic, Serbia’s president from 1989"),
   'agree', 'Milosevic president of Serbia from 1989.')
P_('event', (Y, "had installed his allies in Montenegro"),
   (YB, "the Montenegro leadership was replaced by Milosevic allies"),
   'agree', "Montenegro's leadership replaced by Milosevic allies.")
P_('date', (Y, "Croatia did the same in May"),
   (YB, "Croatia followed in May"),
   'agree', 'Croatia declared sovereignty in May (1990) after Slovenia.')
P_('date', (Y, "and Bosnia-Herzegovina in October"),
   (YB, "in August, the Yugoslav republic of Bosnia-Herzegovina also declared itself sovereign"),
   'differ', "Month of Bosnia-Herzegovina's sovereignty declaration: panel October vs source August.", 'C7')
P_('date', (Y, "Slovenes voted overwhelmingly for independence in December 1990"),
   (YB, "Slovenia overwhelmingly voted for independence in December 1990"),
   'agree', 'Slovenian independence vote, December 1990.')
P_('date', (Y, "Croats followed in a referendum in May 1991"),
   (YB, "A Croatian referendum in May 1991 also supported full independence"),
   'agree', 'Croatian independence referendum, May 1991.')
P_('event', (Y, "Lawrence Eagleburger went to Belgrade to press for a political settlement"),
   (YB, "Secretary of State James Baker traveled to Belgrade"),
   'differ', 'U.S. official who went to Belgrade: panel Lawrence Eagleburger vs source James Baker.', 'C8')
P_('date', (Y, "on June 25, 1991, Slovenia and Croatia declared independence"),
   (YB, "Slovenia and Croatia both declared formal independence on June 25, 1991"),
   'agree', 'Independence declared June 25, 1991.')
P_('date', (Y, "pulled out after three weeks"),
   (YB, "it withdrew after 10 days"),
   'differ', 'Length of the JNA intervention in Slovenia: panel three weeks vs source 10 days.', 'C9')
P_('quantity', (Y, "tens of thousands died while hundreds of thousands were driven from their homes"),
   (YB, "resulting in tens of thousands dead, and hundreds of thousands of people displaced"),
   'agree', 'War in Croatia: tens of thousands dead, hundreds of thousands displaced.')
P_('date', (Y, "Macedonia voted for independence in September 1991"),
   (YB, "Macedonia itself also declared independence following a September 1991 referendum"),
   'agree', 'Macedonian independence referendum, September 1991.')
P_('date', (Y, "Slovenia and Croatia won international recognition early in 1992"),
   (YB, "Croatia and Slovenia were internationally recognized in January 1992"),
   'more-precise', 'Recognition of Slovenia and Croatia: panel early 1992 vs source January 1992; (b) more precise.', 'C-P3')
P_('date', (Y, "all three entered the United Nations on June 22, 1992"),
   (YB, "The three countries joined the United Nations on May 22, 1992"),
   'differ', 'UN admission of Slovenia, Croatia and Bosnia: panel June 22, 1992 vs source May 22, 1992.', 'C10')
P_('event', (Y, "enforced the arms embargo through Operation Deny Flight and the no-fly zone through Operation Sharp Guard"),
   (YN, "enforcing the arms embargo in Operation Sharp Guard and the no-fly zone through Operation Deny Flight"),
   'differ', 'Operation names swapped: panel embargo = Deny Flight, no-fly zone = Sharp Guard vs source embargo = Sharp Guard, no-fly zone = Deny Flight.', 'C11')
P_('date', (Y, "its air strikes on Bosnian Serb forces in Operation Deliberate Force in 1995"),
   (YN, "until September 1995, when NATO air attacks against Bosnian Serb forces in Operation Deliberate Force"),
   'more-precise', 'Operation Deliberate Force: panel 1995 vs source September 1995; (b) more precise.', 'C-P4')
P_('event', (Y, "helped bring the parties to the peace talks at Dayton"),
   (YN, "were among the key factors in enabling the peace talks at Dayton"),
   'agree', 'The air campaign helped enable the Dayton talks.')
P_('event', (Y, "NATO troops then carried out the peacekeeping mission, Operation Joint Endeavor"),
   (YN, "NATO forces then executed the postwar peacekeeping and stabilization mission in Operation Joint Endeavor"),
   'agree', 'Postwar peacekeeping: Operation Joint Endeavor.')
P_('date', (Y, "Milosevic lost power in 2001"),
   (YB, "Milosevic lost his grip on power in 2001"),
   'agree', 'Milosevic lost power in 2001 (as the essay says).')
P_('date', (Y, "Kosovo declared independence in 2008"),
   (YB, "In 2008, Kosovo declared independence"),
   'agree', 'Kosovo independence, 2008.')
# not-same (panel C)
P_('date', (Y, "Slovenes voted overwhelmingly for independence in December 1990"),
   (YB, "Slovenia was the first to declare “sovereignty” in 1990"),
   'not-same', 'Slovenia in 1990: independence vote (December) vs earlier sovereignty declaration.')
P_('date', (Y, "Croatia did the same in May"),
   (YB, "A Croatian referendum in May 1991 also supported full independence"),
   'not-same', 'Croatia in May: sovereignty declaration (1990) vs independence referendum (1991).')
P_('date', (Y, "He became president of Serbia in 1989"),
   (YB, "He rose quickly through the ranks to become head of the Serbian Communist Party in 1986"),
   'not-same', 'Milosevic in two roles: president of Serbia (1989) vs party head (1986).')
P_('date', (Y, "declared independence that May"),
   (YB, "The three countries joined the United Nations on May 22, 1992"),
   'not-same', "May 1992: Bosnia's independence declaration vs UN admission of three republics.")
P_('quantity', (Y, "Yugoslavia would stop working as a federal state within a year"),
   (YB, "will probably dissolve within two"),
   'not-same', 'Two NIE horizons: federal state stops functioning (one year) vs dissolution (two years).')
P_('date', (Y, "Macedonia voted for independence in September 1991"),
   (YB, "A Croatian referendum in May 1991 also supported full independence"),
   'not-same', 'Two 1991 independence referendums: Macedonia (September) vs Croatia (May).')

# ---------------------------------------------------------------- essay-essay pairs
P_('date', (SO, "in 1977 launched a war against Ethiopia"),
   (HE, "In the summer of 1977, Somalia, a poverty -stricken country in the Horn of Africa, invaded its equally poor neighbor, Ethiopia"),
   'more-precise', 'Somali war on Ethiopia: 1977 vs summer of 1977; (b) more precise.')
P_('date', (SO, "In 1969, the Somali Army launched a coup which brought Mohamed Siad Barre to power"),
   (HE, "Mohammed Siad Barre had seized power in a coup in 1969"),
   'agree', 'Siad Barre came to power in a 1969 coup (spellings Mohamed/Mohammed).')
P_('event', (SO, "Barre adopted socialism"),
   (HE, "had declared Somalia a socialist republic"),
   'agree', 'Barre turned Somalia socialist.')
P_('event', (SO, "Somalia began to accept assistance from the United States"),
   (HE, "the Somali dictator reached out to the United States in hopes of securing military aid"),
   'agree', 'Somalia turned to the United States for assistance.')
P_('date', (HE, "the Soviet invasion of Afghanistan in December 1979"),
   ('1977-1980-foreword', "the Soviet invasion of Afghanistan in December 1979"),
   'agree', 'Soviet invasion of Afghanistan, December 1979.')
P_('date', (HE, "the Soviet invasion of Afghanistan in December 1979"),
   ('1969-1976-salt', "On December 25, the Soviets invaded Afghanistan"),
   'more-precise', 'Soviet invasion of Afghanistan: December 1979 vs December 25 (1979); (b) more precise.')
P_('date', ('1969-1976-detente', "By the time the Soviet Union invaded Afghanistan in 1979"),
   (HE, "the Soviet invasion of Afghanistan in December 1979"),
   'more-precise', 'Soviet invasion of Afghanistan: 1979 vs December 1979; (b) more precise.')
P_('event', (HE, "President Carter withdrew the SALT II treaty from Congressional consideration"),
   ('1981-1988-u-s-soviet-relations', "causing President Jimmy Carter to withdraw a strategic arms limitation treaty (SALT II) from Senate ratification"),
   'agree', 'Carter withdrew SALT II from Senate consideration after Afghanistan.')
P_('event', (HE, "Carter’s National Security Advisor, Zbigniew Brzezinski"),
   ('1977-1980-foreword', "offered them the positions of National Security Adviser and Secretary of State, respectively"),
   'agree', 'Brzezinski was Carter\'s National Security Adviser (Vance Secretary of State).')
P_('event', (HE, "President Carter withdrew the SALT II treaty from Congressional consideration"),
   ('1969-1976-salt', "On June 17, 1979, Carter and Brezhnev signed the SALT II Treaty in Vienna"),
   'not-same', 'SALT II: withdrawal from Senate consideration vs signing in Vienna (June 17, 1979).')
P_('date', (P1, "Bunau-Varilla negotiated the Hay-Bunau-Varilla Treaty of 1903"),
   (P2, "on November 18, 1903, the United States signed the Hay-Bunau-Varilla Treaty"),
   'more-precise', 'Hay-Bunau-Varilla Treaty: 1903 vs November 18, 1903; (b) more precise.')
P_('date', (P1, "Completed in 1914"),
   (P2, "The Canal opened in 1914"),
   'agree', 'Canal completed/opened in 1914.')
P_('event', (P1, "The financial terms were unacceptable to Colombia’s congress, and it rejected the offer"),
   (P2, "The Colombian Senate refused to ratify the treaty"),
   'agree', 'Colombia\'s legislature rejected the Hay-Herrán treaty.')
P_('date', (P1, "The Hay-Pauncefote Treaty of 1901 abrogated the earlier Clayton-Bulwer Treaty"),
   ('1866-1898-blaine', "a goal finally realized in the 1901 Hay-Pauncefote treaty with Great Britain"),
   'agree', 'Hay-Pauncefote Treaty, 1901.')
P_('date', ('1977-1980-foreword', "Panamanian sole control of the Canal by 1999"),
   (P2, "the Canal itself would be turned over to the Panamanians on December 31, 1999"),
   'more-precise', 'Canal handover: by 1999 vs December 31, 1999; (b) more precise.')
P_('date', (P2, "In December of 1989, President George H.W. Bush ordered an invasion of Panama"),
   ('1981-1988-central-america', "On December 20, 1989, President George H.W. Bush dispatched over twenty thousand troops to invade Panama"),
   'more-precise', 'Invasion of Panama: December 1989 vs December 20, 1989; (b) more precise.')
P_('event', (P2, "named Linowitz co-negotiator with Bunker"),
   ('1977-1980-camp-david', "replaced in the fall of 1979 by Sol Linowitz"),
   'not-same', 'Linowitz in two roles: Panama co-negotiator (1977) vs special negotiator for the Palestinian autonomy talks (1979).')
P_('event', (YN, "establishing the Partnership for Peace (PfP)"),
   ('1993-2000-clinton-yeltsin', "NATO formally agreed in January 1994 to establish the Partnership for Peace"),
   'agree', 'NATO set up the Partnership for Peace (Brussels, January 1994).')
P_('date', (YN, "In December 1996, the Alliance announced its decision to invite new members the following July in a summit to be held in Madrid"),
   ('1993-2000-clinton-yeltsin', "At its meeting in Madrid, July 1997, NATO formally invited three former Soviet satellites"),
   'agree', 'Invitation of new members at the Madrid summit, July 1997 ("the following July" after December 1996).')
P_('event', (YN, "NATO invited the Czech Republic, Poland, and Hungary to join the Alliance"),
   ('1993-2000-clinton-yeltsin', "Poland, Hungary, and the Czech Republic—to join the alliance"),
   'agree', 'The three invitees: Czech Republic, Poland, Hungary.')
P_('date', (YN, "until September 1995, when NATO air attacks against Bosnian Serb forces"),
   ('1993-2000-clinton-yeltsin', "including NATO airstrikes in September"),
   'agree', 'NATO air strikes in Bosnia, September (1995).')
P_('date', (YB, "The republic declared its independence from Yugoslavia in May 1992"),
   ('1993-2000-clinton-yeltsin', "the outbreak of war in the former Yugoslavia, in particular, Bosnia-Herzegovina in April 1992"),
   'not-same', 'Bosnia 1992: independence declaration (May) vs outbreak of war (April).')

TYPES = {
    'A1': 'wrong year', 'A2': 'wrong year', 'A3': 'wrong year', 'A4': 'wrong season',
    'A5': 'wrong outcome', 'A6': 'wrong country (colonial power)', 'A7': 'wrong month', 'A8': 'wrong month',
    'A9': 'wrong person (president)', 'A10': 'wrong number (UN Charter chapter)', 'A11': 'wrong interval',
    'A12': 'wrong year',
    'A-P1': 'precision: part of year vs month', 'A-P2': 'precision: season vs month', 'A-P3': 'precision: month vs day',
    'B1': 'wrong place (country)', 'B2': 'wrong interval', 'B3': 'wrong year', 'B4': 'wrong place (port)',
    'B5': 'wrong day', 'B6': 'wrong number (money)', 'B7': 'wrong interval (unit)', 'B8': 'wrong year',
    'B9': 'wrong number (majority)', 'B10': 'wrong person', 'B11': 'wrong year', 'B12': 'wrong number (vote)',
    'B-P1': 'precision: month vs day', 'B-P2': 'precision: month vs day', 'B-P3': 'precision: year vs month',
    'C1': 'wrong number (years)', 'C2': 'wrong year', 'C3': 'wrong place (kingdom)', 'C4': 'wrong year',
    'C5': 'wrong year', 'C6': 'wrong year', 'C7': 'wrong month', 'C8': 'wrong person', 'C9': 'wrong interval',
    'C10': 'wrong month', 'C11': 'wrong operation (names swapped)',
    'C-P1': 'precision: year vs month', 'C-P2': 'precision: year vs month', 'C-P3': 'precision: part of year vs month',
    'C-P4': 'precision: year vs month',
}
