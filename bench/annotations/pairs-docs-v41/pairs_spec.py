"""Spec for pairs_v41 (held-out round 59).

PANELS: panel doc id -> (label letter, retold essays).
PAIRS: one P(kind, (doc, span), (doc, span), verdict, note, label, how) per pair, in output order.
  label: planted-error label (A1.., A-P1..) for panel pairs that test a planted error, else None.
  how:   for differ pairs a short tag of how the contradiction is worded; None otherwise.
Side a is the panel in every panel-essay pair; in every more-precise pair side b is the more precise one.
"""

A = 'panel-alabama-claims-and-the-venezuela-line'
B = 'panel-oil-wells-and-copper-mines'
C = 'panel-placentia-bay-and-the-north-atlantic-treaty'
AL = '1861-1865-alabama'
VE = '1866-1898-venezuela'
MX = '1937-1945-mexican-oil'
CH = '1969-1976-allende'
AT = '1937-1945-atlantic-conf'
NA = '1945-1952-nato'

PANELS = {
    A: ('A', [AL, VE]),
    B: ('B', [MX, CH]),
    C: ('C', [AT, NA]),
}

PAIRS = []


def P(kind, a, b, verdict, note, label=None, how=None):
    PAIRS.append(dict(kind=kind, a=a, b=b, verdict=verdict, note=note, label=label, how=how))


# ---------------------------------------------------------------- panel A: Alabama claims + Venezuela boundary
P('event', (A, 'agents of the Confederacy ordered warships from British yards'),
  (AL, 'Confederate agents contracted for warships from British boatyards'), 'agree',
  'Confederate agents ordered warships from British shipyards.')
P('event', (A, 'the vessels passed as ordinary merchantmen, a ruse meant to slip past Britain\'s neutrality laws'),
  (AL, 'Disguised as merchant vessels during their construction in order to circumvent British neutrality laws'), 'agree',
  'The ships were disguised as merchant vessels while being built, to get around British neutrality laws.')
P('date', (A, 'slid into the water on July 29, 1863'), (AL, 'launched on July 29, 1862'), 'differ',
  'The essay dates the launch of the Alabama to July 29, 1862, not 1863.', 'A1', 'year')
P('quantity', (A, 'no fewer than 85 Northern merchant vessels'), (AL, 'It captured 58 Northern merchant ships'), 'differ',
  'The Alabama captured 58 Northern merchant ships per the essay, not 85.', 'A2', 'number')
P('date', (A, 'caught up with her in 1864'), (AL, 'sunk in June 1864'), 'more-precise',
  'The Alabama was sunk in 1864; (b) more precise: June 1864.', 'A-P3')
P('event', (A, 'sank her off the Spanish coast'), (AL, 'off the coast of France'), 'differ',
  'The essay has the Alabama sunk off the coast of France, not Spain.', 'A3', 'place')
P('event', (A, 'The Florida, the Georgia, the Rappahannock and the Shenandoah, all likewise built in Britain'),
  (AL, 'other British-built ships in the Confederate Navy included the Florida, Georgia, Rappahannock, and Shenandoah'), 'agree',
  'Other British-built Confederate ships: Florida, Georgia, Rappahannock, Shenandoah.')
P('quantity', (A, 'the raiders destroyed upward of 150 Northern vessels'), (AL, 'they sank more than 150 Northern ships'), 'agree',
  'Together the raiders sank more than 150 Northern ships.')
P('quantity', (A, 'the raiders destroyed upward of 150 Northern vessels'), (AL, 'It captured 58 Northern merchant ships'), 'not-same',
  'Over 150 ships sunk by all the raiders together vs 58 captured by the Alabama alone: two counts for different holders.')
P('date', (A, 'The best-known case came on September 3, 1863'), (AL, 'on September 3, 1863, the British Government impounded'), 'agree',
  'The Laird rams were impounded on September 3, 1863.')
P('event', (A, 'the Confederate agent James D. Bulloch had quietly ordered from a Liverpool shipyard'),
  (AL, 'Confederate agent James D. Bulloch had surreptitiously arranged to be built at a shipyard in Liverpool'), 'agree',
  'James D. Bulloch secretly had the Laird rams built at a Liverpool shipyard.')
P('date', (A, 'stretched the war out by a full year'), (AL, 'prolonged the Civil War by 2 years'), 'differ',
  'Sumner argued that British aid prolonged the war by 2 years, not one.', 'A4', 'duration')
P('quantity', (A, 'had cost the Union, indirectly, $2.125 billion'), (AL, 'the figure Sumner suggested was $2.125 billion'), 'agree',
  'Sumner put the indirect cost at $2.125 billion.')
P('quantity', (A, 'had cost the Union, indirectly, $2.125 billion'), (AL, 'order Britain to pay the United States $15.5 million'), 'not-same',
  "Sumner's claimed indirect cost ($2.125 billion) vs the sum actually awarded ($15.5 million): two sums for different things.")
P('event', (A, 'proposed that Britain settle the account by handing over Canada'),
  (AL, 'suggested that Britain should offer Canada to the United States in compensation'), 'agree',
  'Some Americans proposed that Britain hand over Canada as compensation.')
P('date', (A, 'in the first months of 1871'), (AL, 'during the early part of 1871'), 'agree',
  'The Joint High Commission met in Washington in early 1871.')
P('event', (A, 'Britain expressed regret for the help its yards had given the Confederate cruisers'),
  (AL, 'The British Government expressed regret for its contribution to the success of Confederate commerce raiders'), 'agree',
  'Britain expressed regret for helping the Confederate raiders.')
P('date', (A, 'signed on May 18, 1871'), (AL, 'dated May 8, 1871'), 'differ',
  'The Treaty of Washington is dated May 8, 1871 in the essay, not May 18.', 'A5', 'day')
P('date', (A, 'The arbitrators gave their ruling in 1872'), (AL, 'issued its decision in September 1872'), 'more-precise',
  'The arbitration decision came in 1872; (b) more precise: September 1872.', 'A-P1')
P('event', (A, 'They accepted the American case for indirect damages'), (AL, 'rejected American claims for indirect damages'), 'differ',
  'The commission rejected the U.S. claims for indirect damages; the panel says it accepted them.', 'A6', 'outcome reversed')
P('quantity', (A, 'ordered Britain to pay $15.5 million'), (AL, 'order Britain to pay the United States $15.5 million'), 'agree',
  'Britain was ordered to pay $15.5 million for the Alabama claims.')
P('date', (A, 'Reached seven years after the war'), (AL, 'seven years after the war ended'), 'agree',
  'The claims were resolved seven years after the war.')
P('event', (A, 'under an 1814 treaty with Spain'), (VE, 'by treaty with the Netherlands'), 'differ',
  'Britain acquired British Guiana by treaty with the Netherlands, not Spain.', 'A7', 'country swapped')
P('date', (A, 'whose survey of the mid-1830s'), (VE, 'His 1835 survey'), 'more-precise',
  "Schomburgk's survey dates from the mid-1830s; (b) more precise: 1835.", 'A-P2')
P('quantity', (A, 'in effect added 30,000 square miles to Guiana'), (VE, 'effectively claimed an additional 30,000 square miles for Guiana'), 'agree',
  'The Schomburgk Line claimed an extra 30,000 square miles for Guiana.')
P('quantity', (A, 'in effect added 30,000 square miles to Guiana'), (VE, 'claiming an additional 33,000 square miles west of the Schomburgk Line'), 'not-same',
  'The 30,000 square miles inside the Schomburgk Line vs the later 33,000 square miles claimed beyond it: two areas.')
P('date', (A, 'Venezuela lodged its formal protest in 1841'), (VE, 'officially began in 1841, when the Venezuelan Government protested'), 'agree',
  "Venezuela's official protest came in 1841.")
P('date', (A, 'Venezuela lodged its formal protest in 1841'), (VE, 'In 1876 Venezuela protested and appealed to the United States'), 'not-same',
  'The 1841 protest against the Schomburgk Line vs the 1876 protest and appeal to Washington: two protests.')
P('event', (A, 'claiming land as far east as the Essequibo River'), (VE, 'Venezuela claimed its borders extended as far east as the Essequibo River'), 'agree',
  'Venezuela claimed land as far east as the Essequibo River.')
P('quantity', (A, 'a further 23,000 square miles beyond the Schomburgk Line'), (VE, 'an additional 33,000 square miles west of the Schomburgk Line'), 'differ',
  "Britain's added claim beyond the line was 33,000 square miles per the essay, not 23,000.", 'A8', 'number')
P('date', (A, 'Venezuela protested again in 1886'), (VE, 'In 1876 Venezuela protested'), 'differ',
  'Venezuela protested and appealed to the U.S. in 1876, not 1886.', 'A9', 'year')
P('date', (A, 'For nineteen years'), (VE, 'For the next 19 years'), 'agree',
  'Venezuela petitioned Washington for 19 years.')
P('event', (A, 'Richard Olney, only recently made Secretary of State'), (VE, 'newly appointed U.S. Secretary of State Richard Olney'), 'agree',
  'Richard Olney was the newly appointed Secretary of State.')
P('event', (A, 'Salisbury answered that the doctrine had no force in international law'),
  (VE, 'Salisbury response was that the Monroe Doctrine had no validity as international law'), 'agree',
  'Salisbury replied that the Monroe Doctrine was not valid international law.')
P('date', (A, 'asked Congress in July 1895'), (VE, 'in December 1895, President Grover Cleveland asked Congress'), 'differ',
  'Cleveland asked Congress for the boundary commission in December 1895, not July.', 'A10', 'month')
P('quote', (A, 'by every means'), (VE, 'by every means'), 'agree',
  'The commission\'s findings were to be enforced "by every means."')
P('event', (A, 'The measure squeaked through Congress by a narrow margin'), (VE, 'Congress passed the measure unanimously'), 'differ',
  'Congress passed the measure unanimously, not narrowly.', 'A11', 'vote margin')
P('date', (A, 'The award, delivered on October 3, 1899'), (VE, 'rendered a decision on October 3, 1899'), 'agree',
  'The boundary commission decided on October 3, 1899.')
P('date', (A, 'The award, delivered on October 3, 1899'), (AL, 'issued its decision in September 1872'), 'not-same',
  'The Venezuela boundary award (1899) vs the Alabama arbitration decision (1872): two arbitration rulings.')
P('event', (A, 'handed Britain the gold country it had claimed beyond the Schomburgk Line'), (VE, 'it directed that the border follow the Schomburgk Line'), 'differ',
  "The award kept the Schomburgk Line and rejected Britain's larger claims; the panel says it gave Britain the land beyond.", 'A12', 'outcome reversed')
P('event', (A, 'Disappointed, Venezuela ratified the ruling without protest'), (VE, 'Disappointed the Venezuelans quietly ratified the commission’s finding'), 'agree',
  'Disappointed, Venezuela quietly ratified the finding.')
P('date', (B, 'On March 18, 1938, President Lazaro Cardenas signed a decree'), (MX, 'On March 18, 1938, Mexican President Lázaro Cárdenas signed an order'), 'agree',
  'Cardenas signed the expropriation order on March 18, 1938.')
P('event', (B, 'expropriating the holdings of almost every foreign oil company at work in Mexico'),
  (MX, 'expropriated the assets of nearly all of the foreign oil companies operating in Mexico'), 'agree',
  'The order expropriated nearly all foreign oil companies in Mexico.')
P('quantity', (B, 'had pumped roughly 40 percent of Mexico\'s oil'), (MX, 'accounted for over 60% of Mexican oil production'), 'differ',
  'Mexican Eagle accounted for over 60% of production per the essay, not about 40 percent.', 'B1', 'number')
P('quantity', (B, 'produced about 30 percent'), (MX, 'accounted for approximately 30% of total production'), 'agree',
  'American-owned firms produced about 30% of Mexican oil.')
P('quantity', (B, 'produced about 30 percent'), (MX, 'accounted for over 60% of Mexican oil production'), 'not-same',
  "The American firms' share (about 30%) vs Mexican Eagle's share (over 60%): two shares for different holders.")
P('event', (B, 'Article 27 of the 1917 Constitution had already claimed the subsoil'),
  (MX, 'in Article 27 of the Constitution of 1917, the Mexican Government asserted ownership of the “subsoil,”'), 'agree',
  'Article 27 of the 1917 Constitution asserted national ownership of the subsoil.')
P('date', (B, 'the Calles-Morrow agreement of the late 1920s'), (MX, 'the Calles-Morrow agreement of 1928'), 'more-precise',
  'The Calles-Morrow agreement dates from the late 1920s; (b) more precise: 1928.', 'B-P1')
P('event', (B, 'reaffirming the companies\' rights to land they had worked before 1917'),
  (MX, 'reaffirming the rights of oil companies in the territories they had worked prior to 1917'), 'agree',
  'Calles-Morrow reaffirmed company rights on land worked before 1917.')
P('quantity', (B, 'ranked as the world\'s third-largest oil producer'), (MX, 'Mexico became the world’s second largest producer of oil'), 'differ',
  "In the 1920s Mexico was the world's second-largest oil producer per the essay, not third.", 'B2', 'number')
P('quantity', (B, 'paid only half of what others doing the same job earned'), (MX, 'paid their Mexican workers only half as much'), 'agree',
  'Mexican workers got only half the pay of others doing the same work.')
P('date', (B, 'After oil workers went on strike in 1936'), (MX, 'A strike by oil workers in 1937'), 'differ',
  'The oil workers\' strike was in 1937 per the essay, not 1936.', 'B3', 'year')
P('quantity', (B, 'Exports were cut in half'), (MX, 'Mexican oil exports decreased by 50%'), 'agree',
  'Mexican oil exports fell by half.')
P('event', (B, 'Fascist Italy became Mexico\'s chief customer'), (MX, 'primary customer for oil became Nazi Germany'), 'differ',
  "Mexico's main oil customer became Nazi Germany per the essay, not Italy.", 'B4', 'country swapped')
P('event', (B, 'Cardenas broke off diplomatic relations with London'), (MX, 'prompted the Cárdenas government to sever diplomatic relations'), 'agree',
  'Cardenas severed diplomatic relations with Britain.')
P('date', (B, 'Hull sent a note on March 16'), (MX, 'on March 26, Hull dispatched a note'), 'differ',
  "Hull's silver note went out on March 26 per the essay, not March 16.", 'B5', 'day')
P('event', (B, 'objections from the War Department'), (MX, 'Further opposition from the Treasury Department'), 'differ',
  'It was the Treasury Department whose opposition made Hull back down, not the War Department.', 'B6', 'institution swapped')
P('event', (B, 'fearing that a harsh response might drive it toward the Axis'),
  (MX, 'lest a hostile U.S. response to expropriation drive Mexico to align itself with the Axis Powers'), 'agree',
  'Roosevelt feared a hostile response would push Mexico toward the Axis.')
P('date', (B, 'On April 18, 1942, the two governments signed the Cooke-Zevada agreement'), (MX, 'on April 18, 1942, the U.S. and Mexican Governments signed the Cooke-Zevada agreement'), 'agree',
  'The Cooke-Zevada agreement was signed on April 18, 1942.')
P('quantity', (B, 'about $29 million to the American firms'), (MX, 'roughly $29 million in compensation to several American firms'), 'agree',
  'Mexico agreed to pay roughly $29 million to American firms.')
P('quantity', (B, 'about $29 million to the American firms'), (MX, 'they received $130 million'), 'not-same',
  'Compensation to the American firms ($29 million, 1942) vs to the British ($130 million, 1947): two sums for different holders.')
P('date', (B, 'In September 1964 the Christian Democrat Eduardo Frei'), (CH, 'In September 1964, PDC candidate Eduardo Frei was elected'), 'agree',
  'Frei was elected in September 1964.')
P('quantity', (B, 'then making his second bid for the presidency'), (CH, 'third-time candidate Salvador Allende'), 'differ',
  'In 1964 Allende was a third-time candidate per the essay, not on his second bid.', 'B7', 'number')
P('quantity', (B, 'a single point ahead of the former president Jorge Alessandri'), (CH, 'trailing Allende by only one percentage point'), 'agree',
  'Alessandri trailed Allende by one percentage point in 1970.')
P('event', (B, 'followers of General Camilo Valenzuela'), (CH, 'a third attempt was made by Viaux'), 'differ',
  "The fatal October 22 kidnapping attempt was made by Viaux; Valenzuela's supporters made the two earlier, failed attempts.", 'B8', 'person swapped')
P('date', (B, 'tried on October 22 to kidnap General Rene Schneider'), (CH, 'on October 22'), 'agree',
  'The attempt to kidnap Schneider came on October 22 (1970).')
P('date', (B, 'elected Allende by a wide margin on October 24'), (CH, 'On October 24 the Chilean Congress voted to elect Allende president by a large margin'), 'agree',
  'Congress elected Allende on October 24 (1970) by a large margin.')
P('date', (B, 'he took the oath of office on November 13'), (CH, 'on November 3 he was officially sworn in'), 'differ',
  'Allende was sworn in on November 3 (1970) per the essay, not November 13.', 'B9', 'day')
P('date', (B, 'On December 21, 1970, Allende proposed a constitutional amendment'), (CH, 'On December 21, 1970, Allende proposed an amendment'), 'agree',
  'Allende proposed the mining amendment on December 21, 1970.')
P('date', (B, 'On December 21, 1970, Allende proposed a constitutional amendment'), (CH, 'passed the nationalization amendment on July 11, 1971'), 'not-same',
  'The amendment was proposed on December 21, 1970 and passed on July 11, 1971: two steps.')
P('date', (B, 'Congress adopted it on July 11, 1971'), (CH, 'passed the nationalization amendment on July 11, 1971'), 'agree',
  'Congress passed the amendment on July 11, 1971.')
P('date', (B, 'it took effect two weeks later'), (CH, 'it became law five days later'), 'differ',
  'The amendment became law five days after passage, not two weeks.', 'B10', 'interval')
P('quote', (B, 'excessive profit-taking'), (CH, 'excessive profit-taking'), 'agree',
  'The clause cited "excessive profit-taking."')
P('event', (B, 'the American companies received little or nothing for their mines'), (CH, 'U.S. companies received little or no money at all for the nationalized mines'), 'agree',
  'U.S. companies got little or no money for the mines.')
P('date', (B, 'led by Lieutenant Colonel Roberto Souper on June 29, 1973'), (CH, 'On June 29, 1973, in the midst of widespread protests and strikes, Lieutenant Colonel Roberto Souper led a failed coup attempt'), 'agree',
  "Souper's failed coup came on June 29, 1973.")
P('date', (B, 'led by Lieutenant Colonel Roberto Souper on June 29, 1973'), (CH, 'On the morning of September 11, 1973'), 'not-same',
  "Souper's failed coup (June 29, 1973) vs the successful coup (September 11, 1973): two coups.")
P('date', (B, 'On August 24, 1973, General Augusto Pinochet replaced General Carlos Prats'), (CH, 'succeeded as Defense Minister and Army Commander by General Augusto Pinochet on August 24, 1973'), 'agree',
  'Pinochet succeeded Prats on August 24, 1973.')
P('date', (B, 'The decisive coup came in September 1973'), (CH, 'On the morning of September 11, 1973'), 'more-precise',
  'The final coup came in September 1973; (b) more precise: September 11, 1973.', 'B-P2')
P('date', (B, 'shortly after noon'), (CH, 'At 9:10 a.m., Allende made his final broadcast'), 'differ',
  "Allende's final broadcast was at 9:10 a.m., not shortly after noon.", 'B11', 'time of day')
P('quantity', (B, 'ended 46 years of democratic rule'), (CH, 'ended a 46-year history of democratic rule'), 'agree',
  'The coup ended 46 years of democratic rule.')
P('date', (B, 'In 1975 he declared that Chile would hold no further elections'), (CH, 'In June 1975, Pinochet announced that there would be no future elections'), 'more-precise',
  'Pinochet ruled out future elections in 1975; (b) more precise: June 1975.', 'B-P3')
P('event', (B, 'concluded that Washington had given direct backing to Pinochet\'s coup'),
  (CH, 'it concluded that there was little evidence to link the U.S. Government to covert support of Pinochet’s coup'), 'differ',
  'The Senate report found little evidence linking the U.S. to the coup; the panel says it found direct backing.', 'B12', 'outcome reversed')

# ---------------------------------------------------------------- panel C: Atlantic Charter + NATO
P('date', (C, 'On August 12, 1941'), (AT, 'on August 14, 1941'), 'differ',
  'The joint declaration was released on August 14, 1941, not August 12.', 'C1', 'day')
P('event', (C, 'drawn up during their meeting off Newfoundland'), (AT, 'following a meeting of the two heads of government in Newfoundland'), 'agree',
  'The Charter came out of the leaders\' meeting in Newfoundland.')
P('date', (C, 'escaped a German invasion in the autumn of 1940'), (AT, 'spared from a German invasion in the fall of 1940'), 'agree',
  'Britain was spared a German invasion in the fall of 1940.')
P('date', (C, 'once the Lend-Lease Act passed in early 1941'), (AT, 'the passage of the U.S. Lend Lease Act in March 1941'), 'more-precise',
  'The Lend-Lease Act passed in early 1941; (b) more precise: March 1941.', 'C-P1')
P('event', (C, 'German forces had beaten British, Greek and Yugoslav troops in the Balkans'),
  (AT, 'German forces had inflicted humiliating defeats upon British, Greek, and, Yugoslav forces in the Balkans'), 'agree',
  'German forces defeated British, Greek and Yugoslav forces in the Balkans.')
P('date', (C, 'When Germany attacked the Soviet Union on June 22, 1941'), (AT, 'When the Germans invaded the Soviet Union on June 22, 1941'), 'agree',
  'Germany invaded the Soviet Union on June 22, 1941.')
P('date', (C, 'escaped a German invasion in the autumn of 1940'), (AT, 'When the Germans invaded the Soviet Union on June 22, 1941'), 'not-same',
  'The German invasion Britain escaped (fall 1940) vs the German invasion of the Soviet Union (June 1941): two different invasions.')
P('date', (C, 'for more than six months'), (AT, 'for more than six weeks'), 'differ',
  'Few expected the Soviets to hold out more than six weeks, not six months.', 'C2', 'duration')
P('date', (C, 'The two leaders conferred on August 9 and 10'), (AT, 'met on August 9 and 10, 1941'), 'agree',
  'Churchill and Roosevelt met on August 9 and 10, 1941.')
P('date', (C, 'The two leaders conferred on August 9 and 10'), (AT, 'on August 14, 1941'), 'not-same',
  'The meeting (August 9-10) vs the release of the joint declaration (August 14): two events.')
P('event', (C, 'aboard a British battleship in Placentia Bay'), (AT, 'aboard the U.S.S. Augusta in Placentia Bay, Newfoundland'), 'differ',
  'The essay places the meeting aboard the U.S.S. Augusta, an American ship, not a British battleship.', 'C3', 'place')
P('quantity', (C, 'listed twelve common principles'), (AT, 'included eight “common principles”'), 'differ',
  'The Charter had eight common principles, not twelve.', 'C4', 'number')
P('event', (C, 'Neither country would seek new territory'), (AT, 'Both countries agreed not to seek territorial expansion'), 'agree',
  'Both countries renounced territorial expansion.')
P('event', (C, 'freer trade, freedom of the seas, and international labor, economic and welfare standards'),
  (AT, 'to seek the liberalization of international trade; to establish freedom of the seas, and international labor, economic, and welfare standards'), 'agree',
  'Trade liberalization, freedom of the seas and international labor, economic and welfare standards.')
P('date', (C, 'until the Japanese struck Pearl Harbor late in 1941'), (AT, 'until the Japanese attack on Pearl Harbor in December 1941'), 'more-precise',
  'Pearl Harbor came late in 1941; (b) more precise: December 1941.', 'C-P2')
P('quote', (C, 'to get the Americans into the war'), (AT, 'to get the Americans into the war'), 'agree',
  'Churchill\'s goal: "to get the Americans into the war."')
P('event', (C, 'repay Lend-Lease by dismantling Imperial Preference'), (AT, 'pay compensation by dismantling their system of Imperial Preference'), 'agree',
  'Roosevelt wanted Britain to repay Lend-Lease by dismantling Imperial Preference.')
P('event', (C, 'the protectionist wing of the Labour Party'), (AT, 'the protectionist wing of his Conservative Party'), 'differ',
  "Dropping Imperial Preference would anger the protectionist wing of Churchill's Conservative Party, not Labour.", 'C5', 'party swapped')
P('event', (C, 'the fifth point of the Charter'), (AT, 'the third point of the Charter'), 'differ',
  'The clause on the right of peoples to choose their government is the third point, not the fifth.', 'C6', 'number')
P('date', (C, 'Churchill sent the text to his Cabinet on August 11'), (AT, 'forwarded the text of the declaration to his Cabinet on August 11'), 'agree',
  'Churchill forwarded the text to his Cabinet on August 11.')
P('quote', (C, 'imprudent'), (AT, 'imprudent'), 'agree',
  'Churchill warned that it would be "imprudent" to raise difficulties.')
P('date', (C, 'founded in 1949 by the United States, Canada and a group of Western European states'),
  (NA, 'was created in 1949 by the United States, Canada, and several Western European nations'), 'agree',
  'NATO was created in 1949 by the U.S., Canada and Western European nations.')
P('event', (C, 'was the first peacetime military alliance the United States had joined outside the Western Hemisphere'),
  (NA, 'NATO was the first peacetime military alliance the United States entered into outside of the Western Hemisphere'), 'agree',
  "NATO was the first U.S. peacetime military alliance outside the Western Hemisphere.")
P('event', (C, 'led President Harry Truman to promise aid to both'),
  (NA, 'led President Harry S. Truman to assert that the United States would provide economic and military aid to both countries'), 'agree',
  'Truman promised aid to Greece and Turkey.')
P('event', (C, 'A Soviet-backed coup put Communists in power in Czechoslovakia'), (NA, 'A Soviet-sponsored coup in Czechoslovakia resulted in a communist government coming to power'), 'agree',
  'A Soviet-sponsored coup brought a communist government to power in Czechoslovakia.')
P('date', (C, 'Then, in 1948, Stalin cut West Berlin off by land'), (NA, 'in mid-1948, Soviet premier Joseph Stalin chose to test Western resolve by implementing a blockade against West Berlin'), 'more-precise',
  "Stalin's Berlin blockade began in 1948; (b) more precise: mid-1948.", 'C-P3')
P('date', (C, 'In March 1947'), (NA, 'signed the Brussels Treaty in March, 1948'), 'differ',
  'The Brussels Treaty was signed in March 1948, not March 1947.', 'C7', 'year')
P('event', (C, 'Britain, France, Belgium, the Netherlands and Luxembourg signed the Brussels Treaty'),
  (NA, 'Great Britain, France, Belgium, the Netherlands and Luxembourg signed the Brussels Treaty'), 'agree',
  'The five Brussels Treaty signatories.')
P('date', (C, 'In the autumn of 1948 the Republican senator Arthur Vandenberg'), (NA, 'In May of 1948, Republican Senator Arthur H. Vandenburg proposed a resolution'), 'differ',
  'Vandenberg proposed his resolution in May 1948, not in the autumn.', 'C8', 'month')
P('event', (C, 'outside the Security Council, where Moscow held a veto'), (NA, 'exist outside of the Security Council where the Soviet Union held veto power'), 'agree',
  'The treaty would sit outside the Security Council, where the Soviets had a veto.')
P('event', (C, 'the Constitution leaves the power to declare war with Congress'), (NA, 'under the U.S. Constitution the power to declare war rested with Congress'), 'agree',
  'Under the Constitution, Congress declares war.')
P('event', (C, 'the Americans preferred to confine the alliance to the Brussels five and the United States'),
  (NA, 'The Brussels Treaty signatories preferred that membership in the alliance be restricted to the members of that treaty plus the United States'), 'differ',
  'It was the Brussels signatories who wanted the narrow membership and the U.S. negotiators who wanted it enlarged; the panel reverses the roles.', 'C9', 'roles reversed')
P('event', (C, 'an attack on one would count as an attack on all'), (NA, 'agreed to consider attack against one an attack against all'), 'agree',
  'An attack against one is an attack against all.')
P('date', (C, 'Under the treaty signed in 1949'), (NA, 'signed the Brussels Treaty in March, 1948'), 'not-same',
  'The North Atlantic Treaty (1949) vs the Brussels Treaty (March 1948): two treaties.')
P('date', (C, 'In the autumn of 1949 Congress passed the Mutual Defense Assistance Program'), (NA, 'the Mutual Defense Assistance Program passed the U.S. Congress in October'), 'more-precise',
  'The MDAP passed Congress in the autumn of 1949; (b) more precise: October (1949).', 'C-P4')
P('quantity', (C, 'some $4.1 billion'), (NA, 'some $1.4 billion dollars'), 'differ',
  'The MDAP appropriated some $1.4 billion, not $4.1 billion.', 'C10', 'number')
P('date', (C, 'Greece and Turkey were admitted in 1952'), (NA, 'In 1952, the members agreed to admit Greece and Turkey to NATO'), 'agree',
  'Greece and Turkey were admitted in 1952.')
P('date', (C, 'Greece and Turkey were admitted in 1952'), (NA, 'added the Federal Republic of Germany in 1955'), 'not-same',
  'Admission of Greece and Turkey (1952) vs West Germany (1955): two enlargements.')
P('date', (C, 'West Germany joined in 1957'), (NA, 'added the Federal Republic of Germany in 1955'), 'differ',
  'West Germany joined NATO in 1955 per the essay, not 1957.', 'C11', 'year')
P('event', (C, 'prompting Moscow to form the Warsaw Treaty Organization'), (NA, 'led the Soviet Union to retaliate with its own regional alliance, which took the form of the Warsaw Treaty Organization'), 'agree',
  'West German entry led the Soviets to form the Warsaw Treaty Organization.')
P('quote', (C, 'nuclear umbrella'), (NA, 'nuclear umbrella'), 'agree',
  'Western Europe under the American "nuclear umbrella."')
P('event', ('1861-1865-victory', 'obtain restitution for claims stemming from the attacks on merchant shipping by British-built Confederate warships such as the Alabama'),
  (AL, 'order Britain to pay the United States $15.5 million as compensation for the Alabama claims'), 'agree',
  'The U.S. obtained compensation for the damage done by British-built raiders such as the Alabama.')
P('quantity', ('1937-1945-war-time-conferences', 'an eight-point statement of war aims'), (AT, 'included eight “common principles”'), 'agree',
  'The Atlantic Charter had eight points.')
P('date', ('1937-1945-war-time-conferences', 'In August 1941'), (AT, 'on August 14, 1941'), 'more-precise',
  'The Atlantic Charter was issued in August 1941; (b) more precise: August 14, 1941.')
P('event', ('1937-1945-bretton-woods', 'at the conclusion of the August 1941 Atlantic Conference'),
  (AT, 'following a meeting of the two heads of government in Newfoundland'), 'agree',
  'The Charter was issued at the end of the Roosevelt-Churchill meeting.')
P('event', ('1937-1945-casablanca', 'the promotion of disarmament and collective security'), (AT, 'self-determination, disarmament, and collective security'), 'agree',
  'The Atlantic Charter promoted disarmament and collective security.')
P('date', ('1937-1945-un', 'On January 1, 1942'), (AT, 'on August 14, 1941'), 'not-same',
  'The Declaration of the United Nations (January 1, 1942) endorsing the Charter vs the Charter itself (August 14, 1941): two declarations.')
P('date', (AT, 'Pearl Harbor in December 1941'), ('1937-1945-pearl-harbor', 'on December 7, 1941'), 'more-precise',
  'Japan attacked Pearl Harbor in December 1941; (b) more precise: December 7, 1941.')
P('event', ('1937-1945-american-isolationism', 'served to convince the majority of Americans that the United States should enter the war'),
  (AT, 'public opinion remained adamantly opposed to such a policy until the Japanese attack on Pearl Harbor'), 'agree',
  'American opinion opposed entering the war until Pearl Harbor.')
P('date', ('1937-1945-us-soviet', 'invasion of the Soviet Union in June 1941'), (AT, 'invaded the Soviet Union on June 22, 1941'), 'more-precise',
  'Germany invaded the Soviet Union in June 1941; (b) more precise: June 22, 1941.')
P('date', ('1937-1945-us-soviet', 'passage of the Lend-Lease bill in early 1941'), (AT, 'the passage of the U.S. Lend Lease Act in March 1941'), 'more-precise',
  'Lend-Lease passed in early 1941; (b) more precise: March 1941.')
P('event', ('1937-1945-us-soviet', 'between Under-Secretary of State Sumner Welles and Soviet Ambassador'), (AL, 'Charles Sumner'), 'not-same',
  'Under-Secretary of State Sumner Welles (1940) and Senator Charles Sumner (Alabama claims) are different people.')
P('event', ('1961-1968-bay-of-pigs', 'expropriating U.S. economic assets in Cuba'), (MX, 'expropriated the assets of nearly all of the foreign oil companies operating in Mexico'), 'not-same',
  "Castro's expropriation of U.S. assets in Cuba vs Mexico's 1938 oil expropriation: two expropriations.")
P('date', ('1945-1952-anzus', 'The signing of the North Atlantic Treaty in 1949'), (NA, 'the signing of the North Atlantic Treaty in 1949'), 'agree',
  'The North Atlantic Treaty was signed in 1949.')
P('date', ('1953-1960-warsaw-treaty', 'concluded between the United States, Canada and Western European nations in 1949'),
  (NA, 'was created in 1949 by the United States, Canada, and several Western European nations'), 'agree',
  'NATO was formed in 1949 by the U.S., Canada and Western European nations.')
P('date', ('1993-2000-clinton-yeltsin', 'in 1949, the United States and its Western European allies established the North Atlantic Treaty Organization'),
  ('1953-1960-warsaw-treaty', 'concluded between the United States, Canada and Western European nations in 1949'), 'agree',
  'NATO was established in 1949.')
P('date', (NA, 'added the Federal Republic of Germany in 1955'), ('1953-1960-warsaw-treaty', 'entered NATO in early May 1955'), 'more-precise',
  'West Germany joined NATO in 1955; (b) more precise: early May 1955.')
P('date', ('1993-2000-clinton-yeltsin', 'in 1955, the Soviet Union and its Eastern European allies established the Warsaw Treaty Organization'),
  ('1953-1960-warsaw-treaty', 'established on May 14, 1955'), 'more-precise',
  'The Warsaw Treaty Organization was set up in 1955; (b) more precise: May 14, 1955.')
P('quote', ('1945-1952-atomic', 'nuclear umbrella'), (NA, 'nuclear umbrella'), 'agree',
  'Western Europe placed under the American "nuclear umbrella."')
P('event', ('1961-1968-soviet-invasion-czechoslavkia', 'Soviet takeover and the installation of a new communist government in Prague'),
  (NA, 'A Soviet-sponsored coup in Czechoslovakia resulted in a communist government coming to power'), 'agree',
  'A Soviet-backed takeover installed a communist government in Czechoslovakia (1948).')
P('event', ('1945-1952-truman-doctrine', 'actively aid Greece and Turkey'), (NA, 'In 1952, the members agreed to admit Greece and Turkey to NATO'), 'not-same',
  "Truman's 1947 aid to Greece and Turkey vs their 1952 admission to NATO: two different things.")
