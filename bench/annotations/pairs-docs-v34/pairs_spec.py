"""Spec for pairs_v34. One P(...) per pair:
P(kind, (doc_a, span_a), (doc_b, span_b), verdict, note, label=None)
label: planted-error label for panel differ / more-precise pairs (A1.., A-P1.., B.., C..).
Side b is always the more precise side of a more-precise pair. Panels are always side a.
"""

PA = 'panel-amistad-and-the-lone-star-republic'
PB = 'panel-trent-alabama-and-the-cable'
PC = 'panel-depression-and-the-good-neighbor'

AM = '1830-1860-amistad'
TX = '1830-1860-texas-annexation'
TR = '1861-1865-trent-affair'
AL = '1861-1865-alabama'
TG = '1866-1898-telegraph'
GD = '1921-1936-great-depression'
GN = '1921-1936-good-neighbor'

PANELS = {
    PA: {'title': 'Captives and Borders: The Amistad Case and the Road to Guadalupe-Hidalgo', 'essays': [AM, TX]},
    PB: {'title': 'Slow Wires and British Hulls: The Trent Affair, the Alabama Claims and the Telegraph', 'essays': [TR, AL, TG]},
    PC: {'title': 'Hard Times at Home, Good Neighbors Abroad: The Great Depression and American Foreign Policy', 'essays': [GD, GN]},
}

PAIRS = []


def P(kind, a, b, verdict, note, label=None):
    PAIRS.append(dict(kind=kind, a=a, b=b, verdict=verdict, note=note, label=label))


# ---------------------------------------------------------------- panel A: Amistad + Texas
P('date', (PA, 'In the summer of 1839'), (AM, 'in August 1839'), 'more-precise',
  'Amistad ran aground off Long Island: summer 1839 vs August 1839; (b) more precise.', 'A-P1')
P('event', (PA, 'drifted aground off Long Island, New York'), (AM, 'came aground off the coast of Long Island, New York'), 'agree',
  'The Amistad came aground off Long Island, New York.')
P('quantity', (PA, 'They found 49 Africans on board'), (AM, 'bearing 53 Africans'), 'differ',
  'Number of Africans aboard the Amistad: 49 vs 53.', 'A1')
P('event', (PA, 'the two Spaniards who had bought them in Cuba'), (AM, 'the two Spaniards who purchased them in Cuba'), 'agree',
  'Two Spaniards had bought the Africans in Cuba.')
P('event', (PA, 'taken under guard to Rhode Island'), (AM, 'guarded detention of the Africans in Connecticut'), 'differ',
  'Where the Africans were held under guard: Rhode Island vs Connecticut.', 'A2')
P('event', (PA, 'The Van Buren administration sided with Spain'), (AM, 'the Van Buren administration accepted the Spanish crown’s argument'), 'agree',
  'The Van Buren administration accepted Spain\'s position.')
P('date', (PA, 'broke the treaty of 1819'), (AM, 'violations of the treaty of 1795'), 'differ',
  'Treaty Spain invoked: 1819 vs 1795.', 'A3')
P('event', (PA, 'ordered them released and carried home'), (AM, 'he ordered the U.S. to release them from prison and transport them back to Africa'), 'agree',
  'District court ordered the Africans freed and returned to Africa.')
P('event', (PA, 'The American Anti-Slavery Society talked John Quincy Adams'),
  (AM, 'the Christian Missionary Association convinced former President and Secretary of State John Quincy Adams'), 'differ',
  'Who persuaded John Quincy Adams to argue the case: American Anti-Slavery Society vs Christian Missionary Association.', 'A4')
P('quote', (PA, 'never could have been intended to take away the equal rights of'), (AM, 'never could have been intended to take away the equal rights of'), 'agree',
  'Same quoted words from the Supreme Court ruling.')
P('event', (PA, 'The survivors went back to Africa'), (AM, 'The 53 Africans returned to their homeland'), 'agree',
  'The Africans returned to Africa.')
P('event', (PA, 'landed on the desk of the new Secretary of State, Daniel Webster'), (AM, 'passed onto incoming Secretary of State Daniel Webster'), 'agree',
  'Spain\'s damage claims passed to incoming Secretary of State Webster.')
P('event', (PA, 'new Secretary of State, Daniel Webster'), (AM, 'Secretary of State John Forsyth explained'), 'not-same',
  'Same office, different holders: Webster (incoming, later) vs Forsyth (during the case).')
P('date', (PA, 'won their independence from Mexico in 1835'), (TX, 'successful war of independence against Mexico in 1836'), 'differ',
  'Year Texas won independence: 1835 vs 1836.', 'A5')
P('event', (PA, 'President Martin Van Buren held back from annexing the new republic when Mexico threatened war'),
  (TX, 'President Martin van Buren refrained from annexing Texas after the Mexicans threatened war'), 'agree',
  'Van Buren declined to annex Texas after Mexico threatened war.')
P('event', (PA, 'President Martin Van Buren held back from annexing the new republic'), (AM, 'While the Van Buren administration accepted the Spanish crown’s argument'), 'not-same',
  'Same president, different matters: Texas annexation vs the Amistad case.')
P('date', (PA, 'Nothing more happened until 1844, when President John Tyler reopened talks'), (TX, 'until 1844, when President John Tyler restarted negotiations'), 'agree',
  'Tyler reopened talks with Texas in 1844.')
P('date', (PA, 'A treaty of annexation followed in the spring of 1844'), (TX, 'His efforts culminated on April 12 in a Treaty of Annexation'), 'more-precise',
  'Treaty of Annexation: spring 1844 vs April 12 (1844, year from the preceding sentence); (b) more precise.', 'A-P2')
P('event', (PA, 'Mexico broke off diplomatic relations in protest'), (TX, 'caused Mexico to sever diplomatic relations with United States'), 'agree',
  'Mexico severed relations over the annexation treaty.')
P('event', (PA, 'The Senate narrowly rejected the treaty in June'), (TX, 'it was defeated by a wide margin in June'), 'differ',
  'Senate defeat of the 1844 treaty: narrowly vs by a wide margin.', 'A6')
P('date', (PA, 'which passed on March 3, 1845'), (TX, 'passed on March 1, 1845'), 'differ',
  'Joint resolution passed: March 3 vs March 1, 1845.', 'A7')
P('date', (PA, 'Texas entered the Union on December 29, 1845'), (TX, 'Texas was admitted into the United States on December 29'), 'agree',
  'Texas admitted December 29 (1845; the essay sentence gives the year earlier).')
P('date', (PA, 'Texas entered the Union on December 29, 1845'), (TX, 'His efforts culminated on April 12 in a Treaty of Annexation'), 'not-same',
  'Different steps of annexation: admission (Dec 29, 1845) vs the 1844 annexation treaty (April 12).')
P('event', (PA, 'Mexico insisted that it stopped at the Nueces River'), (TX, 'argued that the border only extended to the Nueces River'), 'agree',
  'Mexico held that the border was the Nueces.')
P('date', (PA, 'In July 1845'), (TX, 'In July, 1845, Polk'), 'agree',
  'Polk moved the army into the disputed strip in July 1845.')
P('event', (PA, 'Polk sent General Winfield Scott and his army'), (TX, 'ordered the commander of the U.S. Army in Texas, Zachary Taylor'), 'differ',
  'Commander sent into the Nueces-Rio Grande strip: Winfield Scott vs Zachary Taylor.', 'A8')
P('date', (PA, 'In November of that year he sent Congressman John Slidell'), (TX, 'In November, Polk dispatched Congressman John Slidell'), 'agree',
  'Slidell sent to Mexico in November (1845 in both, from context).')
P('date', (PA, "Slidell's mission had failed by May 1846"), (TX, 'Following the failure of Slidell’s mission in May 1846'), 'agree',
  'Slidell\'s mission failed by May 1846.')
P('date', (PA, 'declared war on Mexico on May 11, 1846'), (TX, 'On May 13, 1846, the United States declared war on Mexico'), 'differ',
  'Declaration of war on Mexico: May 11 vs May 13, 1846.', 'A9')
P('date', (PA, 'American troops entered Mexico City in September 1847'), (TX, 'Following the capture of Mexico City in September 1847'), 'agree',
  'Mexico City taken in September 1847.')
P('date', (PA, 'called him home in October'), (TX, 'Polk recalled Trist in October'), 'agree',
  'Trist recalled in October (1847).')
P('date', (PA, 'signed in Mexico City on February 2, 1848'), (TX, 'which was signed in Mexico City on February 2, 1848'), 'agree',
  'Guadalupe-Hidalgo signed in Mexico City, February 2, 1848.')
P('date', (PA, 'signed in Mexico City on February 2, 1848'), (TX, 'on March 10, 1848, it passed'), 'not-same',
  'Same treaty, different events: signing (Feb 2) vs Senate approval (March 10, 1848).')
P('quantity', (PA, 'Mexico gave up roughly 525,000 square miles'), (TX, 'approximately 525,000 square miles'), 'agree',
  'About 525,000 square miles ceded.')
P('quantity', (PA, 'some 45 percent of its prewar territory'), (TX, '(55% of its prewar territory)'), 'differ',
  'Share of Mexico\'s prewar territory ceded: 45 vs 55 percent.', 'A10')
P('quantity', (PA, 'paid about $15 million'), (TX, 'in exchange for a $15 million lump sum payment'), 'more-precise',
  'Payment to Mexico: about $15 million vs $15 million; (b) more precise.', 'A-P3')
P('quantity', (PA, 'as much as $3.5 million in debts'), (TX, 'up to $3.25 million worth of debts'), 'differ',
  'Debts assumed by the U.S.: up to $3.5 million vs $3.25 million.', 'A11')
P('date', (PA, 'the Senate approved the treaty on March 10, 1848'), (TX, 'on March 10, 1848, it passed'), 'agree',
  'Senate approved the treaty March 10, 1848.')
P('quantity', (PA, 'by 38 votes to 17'), (TX, 'razor-thin margin of 38 to 14'), 'differ',
  'Senate vote on Guadalupe-Hidalgo: 38-17 vs 38-14.', 'A12')
P('date', (PA, 'the Oregon Treaty with Britain in 1846'), (TX, 'the negotiation of the Oregon Treaty with Great Britain in 1846'), 'agree',
  'Oregon Treaty with Britain, 1846.')
P('date', (PA, 'In August 1846 Congressman David Wilmot proposed'), (TX, 'On August 8, 1846, Congressman David Wilmot introduced a rider'), 'more-precise',
  'Wilmot Proviso introduced: August 1846 vs August 8, 1846; (b) more precise.', 'A-P4')
P('event', (PA, 'Southern senators kept the Wilmot Proviso from being adopted'), (TX, 'Southern senators managed to block adoption'), 'agree',
  'Southern senators blocked the Wilmot Proviso.')
# ---------------------------------------------------------------- panel B: Trent + Alabama + telegraph
P('date', (PB, 'built working electric telegraphs during the 1830s and 1840s'), (TG, 'During the 1830s and 1840s, inventors working independently'), 'agree',
  'Working electric telegraphs developed in the 1830s and 1840s.')
P('date', (PB, 'began to put them to use in the early 1840s'), (TG, 'European foreign ministries first used telegraphy during the early 1850s'), 'differ',
  'European foreign ministries first used the telegraph: early 1840s vs early 1850s.', 'B1')
P('date', (PB, 'a lasting cable was laid across the Atlantic in 1866'), (TG, 'the completion of a successful transatlantic cable in 1866'), 'agree',
  'Successful transatlantic cable in 1866.')
P('date', (PB, 'On November 8, 1861 Captain Charles Wilkes'), (TR, 'On November 8, 1861, Charles Wilkes'), 'agree',
  'Wilkes seized the envoys on November 8, 1861.')
P('event', (PB, 'who had once chaired the House Ways and Means Committee'), (TR, 'James Mason, former Chairman of the U.S. Senate Foreign Relations Committee'), 'differ',
  'Mason\'s former post: House Ways and Means chairman vs Senate Foreign Relations chairman.', 'B2')
P('event', (PB, 'The other was John Slidell, a prominent New Orleans lawyer'), (TR, 'John Slidell, a prominent New Orleans lawyer'), 'agree',
  'Slidell was a prominent New Orleans lawyer.')
P('date', (PB, 'had treated the South as a belligerent since early 1861'), (TR, 'had recognized the Confederacy as a belligerent power, but not a sovereign government, in early 1861'), 'agree',
  'Britain and France recognized Confederate belligerency in early 1861.')
P('date', (PB, 'In the autumn of 1861 the two men ran the Union blockade'), (TR, 'In October 1861, Mason and Slidell slipped through the U.S. naval blockade'), 'more-precise',
  'Envoys ran the blockade: autumn 1861 vs October 1861; (b) more precise.', 'B-P1')
P('event', (PB, 'They sailed from Savannah to Cuba'), (TR, 'left Charleston, South Carolina for Cuba'), 'differ',
  'Port the envoys left for Cuba: Savannah vs Charleston.', 'B3')
P('event', (PB, 'Wilkes had no authorization from Washington'), (TR, 'without permission from Washington'), 'agree',
  'Wilkes acted without Washington\'s permission.')
P('event', (PB, 'still smarting from the defeat at Bull Run that summer'), (TR, 'still smarting from the defeat at Bull Run during the summer'), 'agree',
  'The Union had lost at Bull Run that summer.')
P('event', (PB, "demanded both the prisoners' release and a formal apology"), (TR, 'demanded the release of the captive Confederate envoys as well as a formal apology'), 'agree',
  'Britain demanded release and an apology.')
P('event', (PB, 'shipped troops to Bermuda'), (TR, 'they did order troops to Canada'), 'differ',
  'Where Britain sent troops: Bermuda vs Canada.', 'B4')
P('date', (PB, 'took nearly two months to reach Washington'), (TR, 'took almost a month to arrive in Washington'), 'differ',
  'Delay of Britain\'s first demands: nearly two months vs almost a month.', 'B5')
P('event', (PB, 'Charles Francis Adams, the American minister in London'), (TR, 'Charles Francis Adams, the U.S. Minister to Great Britain'), 'agree',
  'Charles Francis Adams was U.S. minister to Britain.')
P('event', (PB, 'Charles Francis Adams, the American minister in London'), (TR, 'Lord Lyons, the British Minister to the United States'), 'not-same',
  'Two different ministers: the U.S. minister in London vs the British minister in Washington.')
P('date', (PB, 'On December 23, 1861 Secretary of State William Seward handed a note to Lord Lyons'), (TR, 'On December 26, 1861, Seward presented an official note'), 'differ',
  'Date of Seward\'s note to Lyons: December 23 vs December 26, 1861.', 'B6')
P('event', (PB, 'Seward defended Wilkes but agreed to set the prisoners free'), (TR, 'Seward agreed to release the prisoners'), 'agree',
  'Seward agreed to free the prisoners.')
P('event', (PB, 'Lyons, acting on orders from London, accepted the reply'), (TR, 'Lyons, under orders from London, accepted this explanation'), 'agree',
  'Lyons accepted on London\'s orders.')
P('event', (PB, "disguised as merchant vessels while on the stocks so as to slip past Britain's neutrality laws"),
  (AL, 'Disguised as merchant vessels during their construction in order to circumvent British neutrality laws'), 'agree',
  'Raiders disguised as merchant ships while being built to evade neutrality laws.')
P('date', (PB, 'was launched in the summer of 1862'), (AL, 'which was launched on July 29, 1862'), 'more-precise',
  'Alabama launched: summer 1862 vs July 29, 1862; (b) more precise.', 'B-P2')
P('quantity', (PB, 'She captured 68 Northern merchantmen'), (AL, 'It captured 58 Northern merchant ships'), 'differ',
  'Ships captured by the Alabama: 68 vs 58.', 'B7')
P('date', (PB, 'sank her off the coast of France in June 1863'), (AL, 'sunk in June 1864'), 'differ',
  'Alabama sunk: June 1863 vs June 1864.', 'B8')
P('quantity', (PB, 'sank well over a hundred Northern ships'), (AL, 'they sank more than 150 Northern ships'), 'more-precise',
  'Ships sunk by British-built raiders: well over a hundred vs more than 150; (b) more precise.', 'B-P3')
P('event', (PB, 'pushed much of the American merchant fleet under foreign flags'), (AL, 'impelled much of the U.S. merchant marine to adopt foreign registry'), 'agree',
  'Much of the U.S. merchant marine moved to foreign registry.')
P('date', (PB, 'On September 3, 1863 the British government'), (AL, 'on September 3, 1863, the British Government impounded'), 'agree',
  'Laird rams impounded September 3, 1863.')
P('quantity', (PB, 'impounded three ironclad'), (AL, 'impounded two ironclad'), 'differ',
  'Number of Laird rams impounded: three vs two.', 'B9')
P('event', (PB, 'James D. Bulloch had quietly ordered from a Liverpool yard'), (AL, 'James D. Bulloch had surreptitiously arranged to be built at a shipyard in Liverpool'), 'agree',
  'Bulloch secretly arranged the rams at a Liverpool yard.')
P('date', (PB, 'stretched the war out by 2 years'), (AL, 'prolonged the Civil War by 2 years'), 'agree',
  'Sumner: British aid prolonged the war by 2 years.')
P('quantity', (PB, 'he named a bill of $2.5 billion'), (AL, 'the figure Sumner suggested was $2.125 billion'), 'differ',
  'Sumner\'s damage figure: $2.5 billion vs $2.125 billion.', 'B10')
P('event', (PB, 'Charles Sumner, chairman of the Senate Foreign Relations Committee'), (TR, 'James Mason, former Chairman of the U.S. Senate Foreign Relations Committee'), 'not-same',
  'Same committee chair, different holders: Sumner vs Mason.')
P('event', (PB, 'suggest that Britain hand over Canada instead'), (AL, 'suggested that Britain should offer Canada to the United States in compensation'), 'agree',
  'Some Americans suggested Britain cede Canada.')
P('date', (PB, 'A Joint High Commission meeting in Washington in early 1871'), (AL, 'a Joint High Commission meeting in Washington, D.C. during the early part of 1871'), 'agree',
  'Joint High Commission met in Washington in early 1871.')
P('date', (PB, 'The Treaty of Washington, dated May 18, 1871'), (AL, 'This agreement, dated May 8, 1871'), 'differ',
  'Date of the Treaty of Washington: May 18 vs May 8, 1871.', 'B11')
P('date', (PB, 'In September 1872 the tribunal threw out the American claims for indirect damages'), (AL, 'issued its decision in September 1872, rejected American claims for indirect damages'), 'agree',
  'Arbitrators rejected indirect damages in September 1872.')
P('quantity', (PB, 'It did order Britain to pay $15.5 million'), (AL, 'did order Britain to pay the United States $15.5 million'), 'agree',
  'Britain ordered to pay $15.5 million.')
P('quantity', (PB, 'It did order Britain to pay $15.5 million'), (AL, 'the figure Sumner suggested was $2.125 billion'), 'not-same',
  'Two money figures for the claims: the award actually made vs the sum Sumner suggested.')
P('date', (PB, 'Settled peacefully five years after the war'), (AL, 'The peaceful resolution of these claims seven years after the war ended'), 'differ',
  'Interval between war\'s end and settlement: five vs seven years.', 'B12')
P('date', (PB, 'set up its own telegraph office in 1866'), (TG, 'The U.S. Department of State established a telegraph office in 1866'), 'agree',
  'State Department telegraph office set up in 1866.')
P('date', (PB, 'set up its own telegraph office in 1866'), (TG, 'the completion of a successful transatlantic cable in 1866'), 'not-same',
  'Two 1866 events: the State Department telegraph office vs the completion of the Atlantic cable.')
P('date', (PB, 'hired resident clerks in 1869'), (TG, 'In 1859, Britain’s Foreign Office hired resident clerks'), 'differ',
  'Foreign Office hired resident telegraph clerks: 1869 vs 1859.', 'B13')
P('date', (PB, 'A telegram could usually be read within a few hours of being sent'), (TG, 'telegrams were typically available within a few hours of being sent'), 'agree',
  'Telegrams usually available within a few hours.')
# ---------------------------------------------------------------- panel C: Depression + Good Neighbor
P('event', (PC, 'some of its roots ran through events in the United States and through American financial policy'),
  (GD, 'derived in part from events in the United States and U.S. financial policies'), 'agree',
  'The Depression derived partly from U.S. events and financial policy.')
P('event', (PC, 'it pushed Washington even further toward isolation'), (GD, 'the United States Government became even more isolationist'), 'agree',
  'The Depression made the U.S. more isolationist.')
P('event', (PC, 'The starting point was the First World War'), (GD, 'The initial factor was the First World War'), 'agree',
  'World War I was the initial factor.')
P('date', (PC, 'strained to restore it by the end of the 1920s'), (GD, 'put forth great effort to reestablish it by the end of the decade'), 'agree',
  'Gold standard restored by the end of the decade (the 1920s).')
P('date', (PC, 'Japan did not manage to rejoin until 1928'), (GD, 'Japan, which only managed to return to it in 1930'), 'differ',
  'Japan\'s return to gold: 1928 vs 1930.', 'C1')
P('date', (PC, 'the American stock market crash at the end of the 1920s'), (GD, 'The U.S. stock market crash of 1929'), 'more-precise',
  'U.S. stock market crash: end of the 1920s vs 1929; (b) more precise.', 'C-P1')
P('event', (PC, 'a slump in Germany, and money troubles in France and Great Britain'), (GD, 'an economic downturn in Germany, and financial difficulties in France and Great Britain'), 'agree',
  'Downturn in Germany and financial trouble in France and Britain.')
P('event', (PC, 'was a lack of coordination'), (GD, 'a lack of international coordination'), 'agree',
  'Lack of international coordination turned slumps into a world depression.')
P('date', (PC, 'became the first country to leave the gold standard, in 1931'), (GD, 'became the first to drop off the standard in 1931'), 'agree',
  'Britain was first off gold, in 1931.')
P('date', (PC, 'became the first country to leave the gold standard, in 1931'), (GD, 'dropped off the gold standard in 1933'), 'not-same',
  'Two countries leaving gold: Britain (1931) vs the United States (1933).')
P('event', (PC, 'did not step in as lender of last resort'), (GD, 'did not step in to replace Great Britain as the creditor of last resort'), 'agree',
  'The U.S. did not become creditor of last resort.')
P('date', (PC, 'went off gold itself in 1932'), (GD, 'dropped off the gold standard in 1933'), 'differ',
  'U.S. left gold: 1932 vs 1933.', 'C2')
P('date', (PC, 'the London Economic Conference in 1933'), (GD, 'At the London Economic Conference in 1933'), 'agree',
  'London Economic Conference in 1933.')
P('event', (PC, 'came away with a broad agreement to stabilize their currencies'), (GD, 'failed to reach any major collective agreements'), 'differ',
  'Outcome of the London conference: broad currency agreement vs no major collective agreement.', 'C3')
P('date', (PC, 'Japan seized northeast China in 1931'), (GD, 'the Japanese seizure of northeast China in 1931'), 'agree',
  'Japan seized northeast China in 1931.')
P('date', (PC, 'Japan seized northeast China in 1931'), (GD, 'Japan’s invasion of China in 1937'), 'not-same',
  'Two Japanese moves against China: northeast China 1931 vs the invasion of China 1937.')
P('date', (PC, 'Italy invaded Ethiopia in 1936'), (GD, 'the Italian invasion of Ethiopia in 1935'), 'differ',
  'Italian invasion of Ethiopia: 1936 vs 1935.', 'C4')
P('event', (PC, 'Each time Washington voiced disapproval and did little more'), (GD, 'issued statements of disapproval but took limited action beyond that'), 'agree',
  'Washington disapproved but took little action.')
P('event', (PC, 'Under Presidents Calvin Coolidge and Franklin Roosevelt'), (GD, 'the Good Neighbor Policy of Presidents Herbert Hoover and Franklin Roosevelt'), 'differ',
  'Presidents of the Good Neighbor Policy: Coolidge and FDR vs Hoover and FDR.', 'C5')
P('event', (PC, 'cut back the American military presence in the region'), (GD, 'reduced its military presence in the region'), 'agree',
  'The U.S. reduced its military presence in Latin America.')
P('event', (PC, 'putting cooperation and trade ahead of military force'), (GN, 'emphasized cooperation and trade rather than military force'), 'agree',
  'Cooperation and trade over force.')
P('date', (PC, 'In his inaugural address in March 1933'), (GN, 'In his inaugural address on March 4, 1933'), 'more-precise',
  'FDR\'s inaugural address: March 1933 vs March 4, 1933; (b) more precise.', 'C-P2')
P('quote', (PC, 'the policy of the good neighbor'), (GN, 'the policy of the good neighbor'), 'agree',
  'Same quoted words from the inaugural address.')
P('date', (PC, 'At the Montevideo Conference of November 1933'), (GN, 'participated in the Montevideo Conference of December 1933'), 'differ',
  'Montevideo Conference: November vs December 1933.', 'C6')
P('event', (PC, 'Under Secretary of State Sumner Welles backed a declaration'), (GN, 'Roosevelt’s Secretary of State, Cordell Hull, participated'), 'differ',
  'Who backed the non-intervention declaration at Montevideo: Sumner Welles vs Cordell Hull.', 'C7')
P('quote', (PC, 'No state has the right to intervene in the internal or external affairs of another'),
  (GN, 'No state has the right to intervene in the internal or external affairs of another'), 'agree',
  'Same quoted words of the Montevideo declaration.')
P('date', (PC, 'Roosevelt told listeners in December'), (GN, 'In December Roosevelt stated'), 'agree',
  'Roosevelt\'s statement in December (1933 in both, from context).')
P('date', (PC, 'Roosevelt told listeners in December'), (GN, 'participated in the Montevideo Conference of December 1933'), 'not-same',
  'Two December 1933 events: Roosevelt\'s statement vs the Montevideo Conference.')
P('quote', (PC, 'from now on is one opposed to armed intervention'), (GN, 'from now on is one opposed to armed intervention'), 'agree',
  'Same quoted words of Roosevelt\'s December statement.')
P('date', (PC, 'In the mid-1930s, at the president\'s direction'), (GN, 'In 1934 at Roosevelt’s direction'), 'more-precise',
  'Abrogation of the Cuba treaty: mid-1930s vs 1934; (b) more precise.', 'C-P3')
P('date', (PC, 'gave up the 1901 treaty with Cuba'), (GN, 'the 1903 treaty with Cuba'), 'differ',
  'Year of the Platt-based treaty with Cuba: 1901 vs 1903.', 'C8')
P('event', (PC, 'built on the Platt Amendment'), (GN, '(based on the Platt Amendment)'), 'agree',
  'The Cuba treaty was based on the Platt Amendment.')
P('date', (PC, 'the armed interventions of the 1890s and 1900s'), (GN, 'military interventions in the region during the 1910s and 1920s'), 'differ',
  'Decades of the interventions the policy turned from: 1890s-1900s vs 1910s-1920s.', 'C9')
P('event', (PC, 'militaristic governments took power in Germany, Italy and Japan'), (GD, 'militaristic regimes came to power in Germany, Italy, and Japan'), 'agree',
  'Militaristic regimes rose in Germany, Italy and Japan.')
P('date', (PC, "Japan's invasion of China in 1936"), (GD, 'Japan’s invasion of China in 1937'), 'differ',
  'Japan\'s invasion of China: 1936 vs 1937.', 'C10')
P('date', (PC, "Germany's annexation of Czechoslovakia in 1938"), (GD, 'Germany’s annexation of Czechoslovakia in 1938'), 'agree',
  'Germany annexed Czechoslovakia in 1938 (per the essay).')
P('date', (PC, 'After France fell in 1940'), (GD, 'After the fall of France in June 1940'), 'more-precise',
  'Fall of France: 1940 vs June 1940; (b) more precise.', 'C-P4')
P('event', (PC, 'itself partly a product of the Depression, that lifted the country out'),
  (GD, 'which had arisen in part out of the Great Depression, that finally pulled the United States out'), 'agree',
  'World War II, partly caused by the Depression, ended the U.S. crisis.')
P('event', (PC, 'the United States must take a major part in world affairs'), (GD, 'play a major role in world affairs after the war'), 'agree',
  'Postwar policymakers took a major role in world affairs.')

# ---------------------------------------------------------------- essay-essay pairs
EX = '1921-1936-export-import-bank'
P('date', (GD, 'became the first to drop off the standard in 1931'), (EX, 'particularly the United Kingdom (in September 1931)'), 'more-precise',
  'Britain left gold: 1931 vs September 1931; (b) more precise.')
P('date', (GD, 'At the London Economic Conference in 1933'), (EX, 'In June 1933, representatives from 66 countries gathered in London'), 'more-precise',
  'London Economic Conference: 1933 vs June 1933; (b) more precise.')
P('date', ('1861-1865-blockade', 'the Trent Affair in November of 1861'), (TR, 'On November 8, 1861, Charles Wilkes'), 'more-precise',
  'Trent seizure: November 1861 vs November 8, 1861; (b) more precise.')
P('date', ('1830-1860-gadsden-purchase', 'formally ended the Mexican-American War in February 1848'), (TX, 'which was signed in Mexico City on February 2, 1848'), 'more-precise',
  'Guadalupe Hidalgo: February 1848 vs February 2, 1848; (b) more precise.')
P('date', (AM, 'the treaty of 1795 between Spain and the United States'), ('1784-1800-pickney-treaty', 'also known as Pinckney’s Treaty, on October 27, 1795'), 'more-precise',
  'The 1795 Spanish-American treaty (Pinckney\'s Treaty): 1795 vs October 27, 1795; (b) more precise.')
P('date', ('1801-1829-louisiana-purchase', 'The Pinckney treaty of 1795'), (AM, 'the treaty of 1795 between Spain and the United States'), 'agree',
  'The Spain-U.S. treaty of 1795.')
P('date', ('1921-1936-mukden-incident', 'In 1931, a dispute near the Chinese city of Mukden'), (GD, 'the Japanese seizure of northeast China in 1931'), 'agree',
  'Japan took Manchuria / northeast China in 1931.')
P('date', ('1937-1945-american-isolationism', 'push to gain control over larger expanses of Northeast China in 1931'), (GD, 'the Japanese seizure of northeast China in 1931'), 'agree',
  'Japanese push into northeast China, 1931.')
P('date', ('1921-1936-kellogg', 'in 1931, when the Mukden Incident led to the Japanese invasion of Manchuria'), ('1921-1936-mukden-incident', 'In 1931, a dispute near the Chinese city of Mukden'), 'agree',
  'Mukden Incident and invasion of Manchuria in 1931.')
P('event', ('1937-1945-american-isolationism', 'resulted in virtually no official commitment or action from the United States Government'),
  (GD, 'the United States did not take any major action in response or opposition'), 'agree',
  'No major U.S. action over 1930s aggression such as Ethiopia.')
P('event', ('1921-1936-foreword', 'the Great Depression curtailed U.S. willingness to act'), (GD, 'The Depression caused the United States to retreat further into its post-World War I isolationism'), 'agree',
  'The Depression reduced U.S. willingness to act abroad.')
P('event', ('1861-1865-victory', 'obtain restitution for claims stemming from the attacks on merchant shipping by British-built Confederate warships such as the Alabama'),
  (AL, 'did order Britain to pay the United States $15.5 million as compensation for the Alabama claims'), 'agree',
  'The U.S. obtained compensation for the Alabama claims.')
P('event', ('1861-1865-confederacy', 'Charles Francis Adams, Minister to England'), (TR, 'Charles Francis Adams, the U.S. Minister to Great Britain'), 'agree',
  'Charles Francis Adams was U.S. minister to Britain.')
P('event', ('1861-1865-confederacy', 'former Secretary of State and President John Quincy Adams'), (AM, 'former President and Secretary of State John Quincy Adams'), 'agree',
  'John Quincy Adams had been President and Secretary of State.')
P('event', ('1830-1860-webster-treaty', 'Daniel Webster’s first term as Secretary of State (1841–1843)'), (AM, 'incoming Secretary of State Daniel Webster'), 'agree',
  'Daniel Webster became Secretary of State (1841).')
P('event', ('1861-1865-blockade', 'resolved by the release of the commissioners'), (TR, 'Seward agreed to release the prisoners'), 'agree',
  'The Trent crisis ended with the envoys\' release.')
P('date', ('1830-1860-foreword', 'in 1845, the United States embarked on its first offensive war by invading Mexico'), (TX, 'On May 13, 1846, the United States declared war on Mexico'), 'differ',
  'Real disagreement between essays: start of the war with Mexico in 1845 vs declaration of war May 13, 1846.')
P('event', ('1914-1920-haiti', 'In 1934, the United States, in concert with President Franklin D. Roosevelt’s Good Neighbor Policy, officially withdrew from Haiti'),
  (GN, 'In 1934 at Roosevelt’s direction the 1903 treaty with Cuba'), 'not-same',
  'Two 1934 Good Neighbor steps: withdrawal from Haiti vs abrogation of the Cuba treaty.')
P('quantity', ('1830-1860-oregon-territory', 'by a vote of 41-14 on June 18, 1846'), (TX, 'razor-thin margin of 38 to 14'), 'not-same',
  'Two Senate treaty votes: Oregon Treaty 41-14 (1846) vs Guadalupe-Hidalgo 38-14 (1848).')
P('event', ('1830-1860-liberia', 'Henry Clay, Daniel Webster, and John Randolph were among the best known members of ACS'), (AM, 'incoming Secretary of State Daniel Webster'), 'not-same',
  'Same person, different roles: Webster as ACS member vs as Secretary of State.')
P('event', (TR, 'John Slidell, a prominent New Orleans lawyer'), (TX, 'Congressman John Slidell to Mexico'), 'not-same',
  'Same person, different roles: Slidell as Confederate envoy (1861) vs as Polk\'s envoy to Mexico (1845).')
P('quantity', (TX, 'in exchange for a $15 million lump sum payment'), (AL, 'did order Britain to pay the United States $15.5 million'), 'not-same',
  'Two payments of similar size: U.S. to Mexico (1848) vs Britain to the U.S. (1872).')
