"""Spec for pairs_v38 (held-out round 56). Hand-written; every span is copied from the documents.

P(kind, (doc_a, span_a), (doc_b, span_b), verdict, note, label=None, how=None)
  * label: planted-error label for panel differ / more-precise pairs (A = panel 1, B = panel 2, C = panel 3;
    A1.. = contradiction, A-P1.. = precision change). None for everything else.
  * how: style tag of how the contradiction is worded (differ pairs only).
  * side a is the panel for panel-essay pairs; for more-precise pairs side b is always the more precise one.
"""

PANELS = {
    'panel-proclamation-line-and-the-declaration': {
        'title': 'Drawing Lines, Declaring Independence: From the Proclamation of 1763 to the Declaration of 1776',
        'retells': ['1750-1775-proclamation-line-1763', '1776-1783-declaration'],
        'letter': 'A',
    },
    'panel-fifty-four-forty-and-the-filibusters': {
        'title': 'Fifty-Four Forty and the Filibusters: Oregon, Cuba and Nicaragua, 1818-1860',
        'retells': ['1830-1860-oregon-territory', '1830-1860-territorial-expansion'],
        'letter': 'B',
    },
    'panel-blockade-and-the-union-victory': {
        'title': "Blockade and Victory: The Union's War at Sea and Its Reach Abroad, 1861-1888",
        'retells': ['1861-1865-blockade', '1861-1865-victory'],
        'letter': 'C',
    },
}

PAIRS = []


def P(kind, a, b, verdict, note, label=None, how=None):
    PAIRS.append(dict(kind=kind, a=a, b=b, verdict=verdict, note=note, label=label, how=how))


# ---------------------------------------------------------------- panel A
PA = 'panel-proclamation-line-and-the-declaration'
PL = '1750-1775-proclamation-line-1763'
DE = '1776-1783-declaration'

# agree
P('date', (PA, 'Under the Treaty of Paris of 1763'), (PL, 'The Treaty of Paris of 1763 that ended the Seven Years’ War'),
  'agree', 'The Treaty of Paris of 1763 closed the Seven Years\' War.')
P('event', (PA, "Canada and all of today's United States east of the Mississippi passed into British hands"),
  (PL, 'Canada and the entire present-day United States east of the Mississippi came under British control'),
  'agree', 'Canada and the present-day United States east of the Mississippi came under British control.')
P('event', (PA, 'the Virginia elite had invested heavily as a hedge against the unpredictable tobacco market'),
  (PL, 'the Virginia elite had invested heavily in an attempt to diversify their holdings outside of the volatile tobacco market'),
  'agree', 'The Virginia elite invested in land companies to diversify away from tobacco.')
P('event', (PA, 'the British garrisons that moved into the old French forts stopped the gifts'),
  (PL, 'When British forces arrived to take over former French forts, they halted the gift-giving practice'),
  'agree', 'British forces taking over the French forts stopped the gift-giving.')
P('event', (PA, 'sending wampum belts with coded messages'), (PL, 'sent messages encoded in wampum belts'),
  'agree', 'Pontiac sent messages encoded in wampum belts.')
P('event', (PA, 'The Royal Proclamation of 1763 barred colonists from settling beyond the line of the Appalachian Mountains'),
  (PL, 'the Royal Proclamation of 1763, which forbid colonial settlement beyond the line of the Appalachian Mountains'),
  'agree', 'The Proclamation of 1763 forbade settlement beyond the Appalachian line.')
P('event', (PA, 'Peace was made with the Senecas of the Niagara region'), (PL, 'negotiate peace with the Senecas in the Niagara region'),
  'agree', 'Peace was made with the Senecas of the Niagara region.')
P('event', (PA, 'the first in which Indians had united broadly across tribal lines'),
  (PL, 'the first war between European settlers and American Indians where Indians had united broadly across tribal lines'),
  'agree', "Pontiac's War was the first in which Indians united broadly across tribal lines.")
P('date', (PA, 'Frontier rules then stood largely unchanged until Parliament passed the Quebec Act of 1774'),
  (PL, 'regulation of the western frontier was not significantly altered until Parliament passed the Quebec Act of 1774'),
  'agree', 'Frontier regulation stayed largely unchanged until the Quebec Act of 1774.')
P('event', (PA, 'restored French civil law and allowed Catholics to hold office'),
  (PL, 'restoring French civil law and allowing Catholics to hold office'),
  'agree', 'The Quebec Act restored French civil law and let Catholics hold office.')
P('event', (PA, 'Calvinist New Englanders read the act\'s autocratic, pro-Catholic terms'),
  (PL, 'fueled resentment among Calvinist New Englanders'),
  'agree', "Calvinist New Englanders resented the Quebec Act's autocratic, pro-Catholic provisions.")
P('event', (PA, 'The Continental Congress tried to win Indian allies but mostly failed'),
  (PL, 'The Continental Congress’s attempts to secure Indian alliances largely failed'),
  'agree', "Congress's attempts to secure Indian alliances largely failed.")
P('event', (PA, 'After the port of Boston was closed and martial law declared in Massachusetts'),
  (DE, 'the closing of the port of Boston and the declaration of martial law in Massachusetts'),
  'agree', 'Boston port closed and martial law declared in Massachusetts.')
P('date', (PA, "Thomas Paine's Common Sense, published in January"), (DE, 'the January publication of Thomas Paine’s pamphlet Common Sense'),
  'agree', 'Common Sense was published in January (1776).')
P('date', (PA, 'the pattern for the 1778 alliance with France'), (DE, 'serve as a basis for the 1778 alliance with France'),
  'agree', 'The Model Treaty was the basis for the 1778 alliance with France.')
P('date', (PA, 'On June 7, 1776, Richard Henry Lee moved in Congress'), (DE, 'On June 7, 1776, Richard Henry Lee introduced a motion in Congress'),
  'agree', 'Lee moved independence on June 7, 1776.')
P('event', (PA, 'the committee gave the writing to Thomas Jefferson'), (DE, 'assigned this duty to Thomas Jefferson'),
  'agree', 'Jefferson was given the drafting.')
P('event', (PA, 'those blaming King George III for the transatlantic slave trade'),
  (DE, 'passages blaming King George III for the transatlantic slave trade'),
  'agree', 'Passages blaming George III for the slave trade were cut.')
P('date', (PA, 'The committee laid the final draft before Congress on June 28, 1776'),
  (DE, 'The committee presented the final draft before Congress on June 28, 1776'),
  'agree', 'The final draft went before Congress on June 28, 1776.')
P('date', (PA, 'Congress adopted the Declaration of Independence on July 4'), (DE, 'adopted by the Continental Congress on July 4, 1776'),
  'agree', 'Congress adopted the Declaration on July 4 (1776; the panel year comes from the preceding sentence).')
P('quantity', (PA, 'the 13 colonies cut their political ties to Great Britain'),
  (DE, 'the 13 American colonies severed their political connections to Great Britain'),
  'agree', 'The 13 colonies severed their political ties to Britain.')
P('date', (PA, 'Spain went to war with Britain in 1779'), (DE, 'Spain joined the war against Great Britain in 1779'),
  'agree', 'Spain entered the war in 1779.')

# planted contradictions
P('event', (PA, 'Pontiac, a leader of the Miami'), (PL, 'the leader of the Ottawa tribe, Pontiac'),
  'differ', "Pontiac's people: Miami vs Ottawa.", 'A1', 'group swapped')
P('event', (PA, 'except Fort Pitt and Niagara'), (PL, 'except for Fort Pitt and Detroit'),
  'differ', 'Second fort the British kept: Niagara vs Detroit.', 'A2', 'place')
P('event', (PA, 'By and large the proclamation succeeded in holding settlers back'),
  (PL, 'The proclamation was largely ineffective in preventing western settlement'),
  'differ', 'Effect of the proclamation on settlement: succeeded vs largely ineffective.', 'A3', 'outcome reversed')
P('date', (PA, 'Fighting with the tribes dragged on from 1764 until 1768'), (PL, 'War with the Indian tribes continued from 1764 into 1766'),
  'differ', 'End of the war with the tribes: 1768 vs 1766.', 'A4', 'year')
P('date', (PA, 'a formal treaty at Fort Ontario on July 15, 1766'), (PL, 'a formal treaty signed at Fort Ontario on July 25'),
  'differ', "Date of Pontiac's treaty at Fort Ontario: July 15 vs July 25 (1766).", 'A5', 'day')
P('event', (PA, 'south as far as the Tennessee River'), (PL, 'extended Quebec’s borders south to the Ohio River'),
  'differ', "Quebec's new southern border: Tennessee River vs Ohio River.", 'A6', 'place')
P('date', (PA, 'When the Revolution broke out in 1775'), (PL, 'When the American Revolution began in 1774'),
  'differ', 'Start of the Revolution: 1775 vs 1774 (gold follows the essay).', 'A7', 'year')
P('event', (PA, 'Only the Mohawk and Oneida of the Iroquois Confederacy'), (PL, 'the Oneida and Tuscarora Nations of the Iroquois Confederacy'),
  'differ', 'Iroquois nations that sided with the colonists: Mohawk and Oneida vs Oneida and Tuscarora.', 'A8', 'group swapped')
P('date', (PA, 'Parliament banned all trade with the colonies on December 12, 1775'),
  (DE, 'When on December 22, 1775, the British Parliament prohibited trade with the colonies'),
  'differ', 'Date Parliament prohibited trade: December 12 vs December 22, 1775.', 'A9', 'day')
P('event', (PA, 'Benjamin Franklin and John Jay went over Jefferson\'s text'), (DE, 'Benjamin Franklin and John Adams reviewed Jefferson’s draft'),
  'differ', "Reviewers of Jefferson's draft: Franklin and Jay vs Franklin and Adams.", 'A10', 'person swapped')
P('event', (PA, 'it won many admirers in British-ruled Scotland'), (DE, 'in British-ruled Ireland it had many supporters'),
  'differ', 'Where the Declaration found many supporters: Scotland vs Ireland.', 'A11', 'place')
P('date', (PA, 'The Dutch Republic followed in 1780'), (DE, 'The Netherlands acknowledged U.S. independence in 1782'),
  'differ', 'Dutch recognition of U.S. independence: 1780 vs 1782.', 'A12', 'year')

# planted precision changes (b more precise)
P('date', (PA, 'In 1775 Benjamin Franklin'), (DE, 'in late 1775, Benjamin Franklin'),
  'more-precise', "Franklin's hints to French agents: 1775 vs late 1775; (b) more precise.", 'A-P1')
P('date', (PA, 'Congress replied in the spring of 1776'), (DE, 'Congress responded in April of 1776'),
  'more-precise', 'Opening of colonial ports: spring 1776 vs April 1776; (b) more precise.', 'A-P2')
P('date', (PA, 'Early in 1776 colonial leaders began to discuss foreign alliances'),
  (DE, 'By February of 1776, colonial leaders were discussing the possibility of forming foreign alliances'),
  'more-precise', 'Talk of foreign alliances: early 1776 vs by February 1776; (b) more precise.', 'A-P3')

# not-same
P('date', (PA, 'Under the Treaty of Paris of 1763'), (DE, 'the 1783 Treaty of Paris'),
  'not-same', 'Two different Treaties of Paris: 1763 (end of the Seven Years\' War) vs 1783 (end of the Revolution).')
P('date', (PA, 'Parliament passed the Quebec Act of 1774'), (PL, 'When the American Revolution began in 1774'),
  'not-same', 'Two different events of 1774: passage of the Quebec Act vs start of the Revolution (per the essay).')
P('date', (PA, 'Congress adopted the Declaration of Independence on July 4'),
  (DE, 'The committee presented the final draft before Congress on June 28, 1776'),
  'not-same', 'Different steps: adoption of the Declaration (July 4) vs presentation of the draft (June 28).')
P('date', (PA, 'held back recognition until the Treaty of Paris of 1783'), (DE, 'The Netherlands acknowledged U.S. independence in 1782'),
  'not-same', "Different states' recognition: Spain (1783) vs the Netherlands (1782).")

# ---------------------------------------------------------------- panel B
PB = 'panel-fifty-four-forty-and-the-filibusters'
OR = '1830-1860-oregon-territory'
TE = '1830-1860-territorial-expansion'

P('event', (PB, 'It reached from the Pacific coast to the Rocky Mountains'), (OR, 'The Oregon Territory stretched from the Pacific coast to the Rocky Mountains'),
  'agree', 'Oregon Territory ran from the Pacific coast to the Rocky Mountains.')
P('event', (PB, "took in today's Oregon and Washington together with most of British Columbia"),
  (OR, 'encompassing the area including present-day Oregon, Washington, and most of British Columbia'),
  'agree', 'It covered present-day Oregon, Washington and most of British Columbia.')
P('date', (PB, 'Spain handed its claim to the United States in 1819 under the Transcontinental Treaty'),
  (OR, 'In 1819, under terms of the Transcontinental Treaty, Spain ceded its claims to the territory to the United States'),
  'agree', 'Spain ceded its claim in 1819 under the Transcontinental Treaty.')
P('date', (PB, "President Monroe's doctrine of 1823 put the Russians on notice"),
  (OR, 'In 1823 President Monroe promulgated his doctrine, which put Russia on notice'),
  'agree', 'The 1823 Monroe Doctrine put Russia on notice.')
P('event', (PB, 'the journeys of Lewis and Clark'), (OR, 'the explorations of Lewis and Clark'),
  'agree', 'The U.S. claim rested on the Lewis and Clark explorations.')
P('date', (PB, 'As early as 1818, commissioners from both countries had run the boundary along the 49th parallel'),
  (OR, 'As early as 1818 British and American Commissioners had fixed the border between the United States and Canada at the 49th parallel'),
  'agree', 'In 1818 commissioners fixed the border at the 49th parallel (east of the Rockies).')
P('date', (PB, 'The Webster-Ashburton Treaty of 1842 drew part of the northeastern border'),
  (OR, 'the Webster-Ashburton Treaty of 1842 partially delineated the northeastern U.S.-Canada border'),
  'agree', 'The 1842 Webster-Ashburton Treaty partially settled the northeastern border.')
P('date', (PB, 'By 1843, the wagons rolling west on the Oregon Trail'), (OR, 'By 1843, increased American immigration on the Oregon Trail'),
  'agree', 'By 1843 Oregon Trail migration made the border a burning issue.')
P('quote', (PB, '54 degrees 40 minutes or fight'), (OR, '54 degrees 40 minutes or fight'),
  'agree', 'Same slogan quoted verbatim.')
P('event', (PB, 'offered Britain a settlement along the 49 degree line'), (OR, 'proposed a settlement on the 49 degree line to Great Britain'),
  'agree', 'Polk proposed a settlement on the 49 degree line.')
P('event', (PB, 'the British Minister in Washington, Richard Pakenham, and Secretary of State James Buchanan'),
  (OR, 'British Minister to Washington, Richard Pakenham, and Secretary of State James Buchanan'),
  'agree', 'Pakenham and Buchanan worked out the compromise.')
P('event', (PB, 'private adventurers known as filibusters led armed expeditions into Mexico, Central America and Cuba'),
  (TE, 'organized armed expeditions to various places in Mexico, Central America, and Cuba'),
  'agree', 'Filibusters led armed expeditions to Mexico, Central America and Cuba.')
P('event', (PB, 'a great slaveholding republic reaching across the Caribbean as far as Brazil'),
  (TE, 'a great slave-owning republic that would stretch across the Caribbean to Brazil'),
  'agree', 'Some imagined a slave-owning republic stretching across the Caribbean to Brazil.')
P('event', (PB, 'Narciso Lopez, a Venezuelan-born resident of the island'), (TE, 'a Venezuelan-born resident of Cuba, Narciso López'),
  'agree', 'Lopez was a Venezuelan-born resident of Cuba.')
P('event', (PB, 'President Millard Fillmore refused to condemn Spain'), (TE, 'U.S. President Millard Fillmore did not issue a denunciation'),
  'agree', 'Fillmore issued no denunciation.')
P('date', (PB, 'helped bring about the Whig defeat of 1852'), (TE, 'contributed to a Whig defeat in 1852'),
  'agree', 'Whig defeat in 1852.')
P('date', (PB, 'made the proslavery politician Pierre Soule Minister to Spain in 1853'),
  (TE, 'appointed the proslavery politician Pierre Soulé as Minister to Spain in 1853'),
  'agree', 'Soule appointed Minister to Spain in 1853.')
P('event', (PB, 'presented Madrid with an unauthorized ultimatum over a seized American merchant ship'),
  (TE, 'delivered an unauthorized ultimatum to the Spanish Government regarding a seized U.S. merchant ship'),
  'agree', 'Soule delivered an unauthorized ultimatum over a seized U.S. merchant ship.')
P('event', (PB, 'Secretary of State William Marcy hinted that Soule had instigated the meeting'),
  (TE, 'U.S. Secretary of State William Marcy implied that Soulé had instigated the meeting'),
  'agree', 'Marcy implied Soule instigated the Ostend meeting.')
P('date', (PB, 'He landed in Nicaragua in 1855'), (TE, 'launched an expedition to Nicaragua in 1855'),
  'agree', 'Walker went to Nicaragua in 1855.')
P('date', (PB, 'made himself president in 1856'), (TE, 'became president in 1856'),
  'agree', 'Walker became president in 1856.')
P('date', (PB, 'In 1860 he tried to retake Nicaragua but was captured and executed'),
  (TE, 'Walker attempted a re-conquest of Nicaragua in 1860, but was captured and executed'),
  'agree', 'Walker tried to retake Nicaragua in 1860 and was executed.')

P('quantity', (PB, 'down to the 54th parallel'), (OR, 'to the 51st parallel'),
  'differ', 'Southern limit of the Russian monopoly: 54th vs 51st parallel.', 'B1', 'number')
P('event', (PB, "George Vancouver's exploration of the Columbia"), (OR, 'James Cook’s exploration of the Columbia River'),
  'differ', "Explorer behind Britain's claim: Vancouver vs Cook.", 'B2', 'person swapped')
P('date', (PB, 'put the question off for twenty years'), (OR, 'postpone the decision for 10 years'),
  'differ', 'Length of the 1818 postponement: twenty vs 10 years.', 'B3', 'duration')
P('date', (PB, "on six months' notice"), (OR, 'subject to one year’s notice'),
  'differ', 'Notice needed to end the 1827 arrangement: six months vs one year.', 'B4', 'duration')
P('event', (PB, 'Senator John C. Calhoun of Georgia'), (OR, 'Senator John C. Calhoun of South Carolina'),
  'differ', "Calhoun's state: Georgia vs South Carolina.", 'B5', 'place')
P('quantity', (PB, 'by 41 votes to 11'), (OR, 'by a vote of 41-14'),
  'differ', 'Senate vote on the Oregon treaty: 41-11 vs 41-14.', 'B6', 'number')
P('event', (PB, "which decided in Britain's favor"), (OR, 'resolved by international arbitration in favor of the United States'),
  'differ', 'Juan de Fuca arbitration winner: Britain vs the United States.', 'B7', 'outcome reversed')
P('date', (PB, 'his capture and execution in Havana in 1850'), (TE, 'his capture and execution in Havana in 1851'),
  'differ', "Lopez's execution in Havana: 1850 vs 1851.", 'B8', 'year')
P('event', (PB, 'He also wounded the British ambassador in a duel'), (TE, 'Soulé also wounded the French Ambassador in a duel'),
  'differ', "Ambassador Soule wounded in a duel: British vs French.", 'B9', 'country swapped')
P('date', (PB, 'slaves brought to the island after 1845'), (TE, 'free slaves who had arrived on the island after 1835'),
  'differ', 'Cutoff for freeing slaves in Cuba: after 1845 vs after 1835.', 'B10', 'year')
P('date', (PB, 'He fell in 1858'), (TE, 'Walker’s downfall in 1857'),
  'differ', "Walker's downfall: 1858 vs 1857.", 'B11', 'year')

P('date', (PB, 'In the late 1820s they shelved it indefinitely'), (OR, 'In 1827 Washington and London agreed to postpone the issue indefinitely'),
  'more-precise', 'Indefinite postponement: late 1820s vs 1827; (b) more precise.', 'B-P1')
P('date', (PB, 'The Senate approved the treaty in June 1846'), (OR, 'on June 18, 1846'),
  'more-precise', 'Senate ratification: June 1846 vs June 18, 1846; (b) more precise.', 'B-P2')
P('date', (PB, 'In the mid-1850s he met other American ministers to draw up the Ostend Manifesto'),
  (TE, 'In 1854, Soulé met with other U.S. Ministers to draft a document known as the Ostend Manifesto'),
  'more-precise', 'Ostend Manifesto: mid-1850s vs 1854; (b) more precise.', 'B-P3')
P('date', (PB, 'a failed raid on Baja California in the early 1850s'), (TE, 'a failed filibustering expedition to Baja California in 1853'),
  'more-precise', "Walker's Baja California expedition: early 1850s vs 1853; (b) more precise.", 'B-P4')

P('event', (PB, 'along the 49th parallel from the Lake of the Woods west to the Rocky Mountains'),
  (OR, 'proposed a settlement on the 49 degree line to Great Britain'),
  'not-same', "Same parallel, different things: the 1818 line east of the Rockies vs Polk's 1840s proposal for the far west.")
P('date', (PB, 'He landed in Nicaragua in 1855'), (TE, 'a failed filibustering expedition to Baja California in 1853'),
  'not-same', "Two different Walker expeditions: Nicaragua (1855) vs Baja California (1853).")
P('event', (PB, 'Secretary of State William Marcy'), (OR, 'Secretary of State James Buchanan'),
  'not-same', 'Same office, different holders in different administrations: Marcy (Pierce) vs Buchanan (Polk).')
P('event', (PB, 'In 1860 he tried to retake Nicaragua but was captured and executed'),
  (TE, 'the last resulting in his capture and execution'),
  'not-same', 'Two different filibusters captured and executed: Walker (1860) vs Lopez (Havana, 1851).')

# ---------------------------------------------------------------- panel C
PC = 'panel-blockade-and-the-union-victory'
BL = '1861-1865-blockade'
VI = '1861-1865-victory'

P('event', (PC, 'meant to keep cotton from going out and war materiel from coming in'),
  (BL, 'designed to prevent the export of cotton and the smuggling of war materiel into the Confederacy'),
  'agree', 'The blockade aimed to stop cotton exports and war materiel imports.')
P('event', (PC, 'it kept the South from weapons that the industrial North could make for itself'),
  (BL, 'successfully prevented Confederate access to weapons that the industrialized North could produce for itself'),
  'agree', 'The blockade kept weapons from the Confederacy.')
P('event', (PC, 'Washington also persuaded foreign governments to accept the blockade as a legitimate tool of war'),
  (BL, 'The U.S. Government successfully convinced foreign governments to view the blockade as a legitimate tool of war'),
  'agree', 'Foreign governments accepted the blockade as a legitimate tool of war.')
P('date', (PC, 'soon after the attack on Fort Sumter in April 1861'), (BL, 'shortly after the Battle of Fort Sumter in April, 1861'),
  'agree', 'Fort Sumter, April 1861.')
P('event', (PC, 'Gideon Welles, preferred a de facto blockade that was never formally declared'),
  (BL, 'Gideon Welles, the Secretary of the Navy, argued for a de facto but undeclared blockade'),
  'agree', 'Welles favored a de facto, undeclared blockade.')
P('event', (PC, "President Lincoln took Seward's side"), (BL, 'President Abraham Lincoln sided with Seward'),
  'agree', 'Lincoln sided with Seward.')
P('date', (PC, 'On April 27 he widened it'), (BL, 'Lincoln extended the blockade to include North Carolina and Virginia on April 27'),
  'agree', 'The blockade was extended on April 27 (1861 in both docs from the surrounding text).')
P('date', (PC, 'Spain followed on June 17'), (BL, 'Spain on June 17'),
  'agree', 'Spain granted belligerent status on June 17 (1861, from the same sentence\'s May 13, 1861 in the essay).')
P('event', (PC, 'The British Minister, Baron Richard Lyons, pressed these complaints on Seward'),
  (BL, 'Baron Richard Lyons, repeatedly voiced his government’s objections to U.S. Secretary of State William Henry Seward'),
  'agree', 'Lyons repeatedly pressed British objections on Seward.')
P('event', (PC, 'Textile districts in Britain and France that relied on Southern cotton fell into heavy unemployment'),
  (BL, 'Textile manufacturing areas in Britain and France that depended on Southern cotton entered periods of high unemployment'),
  'agree', 'Cotton-dependent textile areas in Britain and France suffered unemployment.')
P('event', (PC, 'Prime Minister Palmerston privately favored the South'),
  (BL, 'Viscount Palmerston, was personally sympathetic to the Confederacy'),
  'agree', 'Palmerston was personally sympathetic to the Confederacy.')
P('event', (PC, 'his Mexican intervention absorbed most of his attention'),
  (BL, 'Napoleon III’s chief concern during the Civil War years was France’s intervention in Mexico'),
  'agree', "Napoleon III's main concern was the Mexican intervention.")
P('event', (PC, 'posted troops along the Texas-Mexico border'), (VI, 'to deploy troops along the Texas-Mexico border'),
  'agree', 'U.S. troops deployed along the Texas-Mexico border.')
P('event', (PC, 'persuaded Napoleon III to give up his Mexican empire'),
  (VI, 'ultimately compelled French Emperor Napoleon III to end his imperial venture in Mexico'),
  'agree', 'Napoleon III ended his Mexican venture.')
P('event', (PC, 'Several failed raids into Canada by Irish-born veterans of the Civil War'),
  (VI, 'Irish-born civil war veterans launched several unsuccessful raids into Canada'),
  'agree', 'Irish-born veterans made several failed raids into Canada.')
P('date', (PC, 'The British North America Act of 1867'), (VI, 'This resulted in the British North America Act of 1867'),
  'agree', 'British North America Act, 1867.')
P('event', (PC, 'won compensation for the attacks on merchant shipping by British-built Confederate raiders such as the Alabama'),
  (VI, 'obtain restitution for claims stemming from the attacks on merchant shipping by British-built Confederate warships such as the Alabama'),
  'agree', 'The U.S. obtained restitution for the Alabama-type raids.')
P('date', (PC, 'buy Alaska from Russia in 1867'), (VI, 'In 1867, Seward succeeded in purchasing Alaska from the Russian Government'),
  'agree', 'Seward bought Alaska from Russia in 1867.')
P('event', (PC, 'Plans to resettle freed slaves in Mexico or Brazil came to nothing'),
  (VI, 'to resettle freed slaves abroad in either Mexico or Brazil'),
  'agree', 'Resettlement of freed slaves in Mexico or Brazil was attempted and dropped.')
P('date', (PC, 'Brazil, where slavery stayed legal until 1888'), (VI, 'Brazil, where slavery remained legal until 1888'),
  'agree', 'Slavery legal in Brazil until 1888.')
P('date', (PC, 'Russia had already ended serfdom in 1861'), (VI, 'The Russian empire had already announced the end of serfdom in 1861'),
  'agree', 'Russia ended serfdom in 1861.')
P('date', (PC, 'Spain abolished slavery in Puerto Rico in 1873'), (VI, 'The Spanish Government abolished slavery in Puerto Rico in 1873'),
  'agree', 'Spain abolished slavery in Puerto Rico in 1873.')

P('date', (PC, 'proclaimed the blockade on April 15'), (BL, 'proclaimed the blockade on April 19'),
  'differ', "Date of Lincoln's blockade proclamation: April 15 vs April 19 (1861 from the preceding sentence in both docs).", 'C1', 'day')
P('event', (PC, 'to take in North Carolina and Georgia'), (BL, 'to include North Carolina and Virginia'),
  'differ', 'States added on April 27: North Carolina and Georgia vs North Carolina and Virginia.', 'C2', 'place')
P('event', (PC, 'Portugal on August 1'), (BL, 'Brazil on August 1'),
  'differ', 'Country granting belligerent status on August 1: Portugal vs Brazil.', 'C3', 'country swapped')
P('date', (PC, 'the envoys were freed three months later'), (BL, 'resolved by the release of the commissioners one month later'),
  'differ', 'Time until the Trent commissioners were released: three months vs one month (after the November 1861 arrest).', 'C4', 'duration')
P('event', (PC, 'new sources of cotton in Egypt and China'), (BL, 'developed new sources of cotton in Egypt and India'),
  'differ', 'New cotton sources: Egypt and China vs Egypt and India.', 'C5', 'place')
P('date', (PC, 'the fall of Fort Fisher in 1864'), (BL, 'the capture of Fort Fisher in 1865'),
  'differ', 'Capture of Fort Fisher: 1864 vs 1865.', 'C6', 'year')
P('event', (PC, 'joined Ontario, Quebec, Nova Scotia and Prince Edward Island'), (VI, 'united Ontario, Quebec, Nova Scotia and New Brunswick'),
  'differ', 'Fourth province united in 1867: Prince Edward Island vs New Brunswick.', 'C7', 'place')
P('date', (PC, 'In 1869 Prime Minister John MacDonald'), (VI, 'in 1870, Canadian Prime Minister John MacDonald'),
  'differ', 'Cession of the Hudson\'s Bay Company lands: 1869 vs 1870.', 'C8', 'year')
P('quantity', (PC, 'Between 3,000 and 10,000 of them settled there'), (VI, 'Between 3,000 and 20,000 former Confederates resettled in Brazil'),
  'differ', 'Upper estimate of Confederates resettled in Brazil: 10,000 vs 20,000.', 'C9', 'number')
P('event', (PC, 'Secretary of State Seward advised that passports be refused'),
  (VI, 'William Lidgerwood, the U.S. Chargé d’Affaires in Brazil, recommended that passports be denied'),
  'differ', 'Who recommended denying passports: Secretary of State Seward vs Charge d\'Affaires Lidgerwood.', 'C10', 'person swapped')
P('date', (PC, 'the Dutch freed the enslaved in their colonies in 1865'), (VI, 'the Dutch government abolished slavery in its colonies in 1863'),
  'differ', 'Dutch abolition in the colonies: 1865 vs 1863.', 'C11', 'year')
P('date', (PC, 'kept it in Cuba until 1880'), (VI, 'slavery would remain legal in Cuba until 1886'),
  'differ', 'End of slavery in Cuba: 1880 vs 1886.', 'C12', 'year')

P('date', (PC, 'By the summer of 1861'), (BL, 'By July of 1861'),
  'more-precise', 'Blockade of all major ports: summer 1861 vs July 1861; (b) more precise.', 'C-P1')
P('date', (PC, 'Great Britain extended belligerent status in May 1861'), (BL, 'Great Britain granted belligerent status on May 13, 1861'),
  'more-precise', 'British grant of belligerent status: May 1861 vs May 13, 1861; (b) more precise.', 'C-P2')
P('date', (PC, 'the arrest of Confederate commissioners late in 1861'), (BL, 'the Trent Affair in November of 1861'),
  'more-precise', 'Trent Affair: late 1861 vs November 1861; (b) more precise.', 'C-P3')

P('date', (PC, 'Brazil began a gradual abolition in 1871'), (VI, 'slavery would not be fully abolished there until 1888'),
  'not-same', 'Different steps in Brazil: start of gradual abolition (1871) vs full abolition (1888).')
P('date', (PC, 'The British North America Act of 1867'), (VI, 'In 1867, Seward succeeded in purchasing Alaska'),
  'not-same', 'Two different events of 1867: Canadian confederation vs the Alaska purchase.')
P('date', (PC, 'the attack on Fort Sumter in April 1861'), (BL, 'Lincoln extended the blockade to include North Carolina and Virginia on April 27'),
  'not-same', 'Different April 1861 events: Fort Sumter vs the extension of the blockade.')
P('date', (PC, 'Russia had already ended serfdom in 1861'), (VI, 'the Dutch government abolished slavery in its colonies in 1863'),
  'not-same', 'Different holders: Russian serfdom (1861) vs Dutch colonial slavery (1863).')

# ---------------------------------------------------------------- essay-essay
P('date', (DE, 'adopted by the Continental Congress on July 4, 1776'),
  ('1776-1783-foreword', 'endorsed Thomas Jefferson’s Declaration of Independence on July 4, 1776'),
  'agree', 'Congress adopted/endorsed the Declaration on July 4, 1776.')
P('date', (DE, 'Congress adopted the final text of the Declaration of Independence on July 4'),
  ('1776-1783-continental-congress', 'On July 4, 1776 the Congress took the important step of formally declaring'),
  'agree', 'Independence declared on July 4 (1776; year in (a) from the June 28, 1776 clause of the same sentence).')
P('date', (DE, 'Congress responded in April of 1776 by opening colonial ports'),
  ('1776-1783-continental-congress', "On April 6, 1776, Congress responded to Parliament's actions by opening American ports"),
  'more-precise', 'Opening of the ports: April 1776 vs April 6, 1776; (b) more precise.')
P('date', (DE, 'Spain joined the war against Great Britain in 1779'),
  ('1776-1783-french-alliance', 'Spain officially entered the war on June 21, 1779'),
  'more-precise', "Spain's entry into the war: 1779 vs June 21, 1779; (b) more precise.")
P('date', (DE, 'Congress had to wait until the 1778 Treaty of Alliance with France for a formal recognition'),
  ('1776-1783-b-franklin', 'convinced France to recognize American independence and conclude an alliance with the thirteen states in 1778'),
  'agree', 'France recognized U.S. independence with the 1778 alliance.')
P('event', (PL, 'The Treaty of Paris of 1763 that ended the Seven Years’ War provided Great Britain with enormous territorial gains'),
  ('1750-1775-french-indian-war', 'In the resulting Treaty of Paris (1763), Great Britain secured significant territorial gains in North America'),
  'agree', 'Britain made large territorial gains under the 1763 Treaty of Paris.')
P('date', ('1750-1775-treaty-of-paris', 'The Treaty of Paris of 1763 ended the French and Indian War'),
  ('1776-1783-foreword', 'the agreement to the Treaty of Paris in 1783'),
  'not-same', 'Two different Treaties of Paris: 1763 vs 1783.')
P('event', (OR, 'at the 49th parallel from the Lake of the Woods'),
  ('1801-1829-rush-bagot', 'The Convention of 1818 set the boundary between the Missouri Territory in the United States and British North America (later Canada) at the forty-ninth parallel'),
  'agree', 'The 1818 boundary followed the 49th parallel.')
P('date', (OR, 'postpone the decision for 10 years'), ('1801-1829-rush-bagot', 'The Oregon Country would remain open to both countries for ten years'),
  'agree', 'The Oregon question was deferred / left open for ten years.')
P('date', (OR, 'In 1819, under terms of the Transcontinental Treaty'),
  ('1801-1829-florida', 'Under the Onís-Adams Treaty of 1819 (also called the Transcontinental Treaty'),
  'agree', 'The Transcontinental (Adams-Onis) Treaty is of 1819.')
P('date', (OR, 'In 1819, under terms of the Transcontinental Treaty, Spain ceded its claims'), ('1801-1829-florida', 'ratified in 1821'),
  'not-same', 'Different steps of the same treaty: the 1819 cession vs ratification in 1821.')
P('date', (OR, 'In 1823 President Monroe promulgated his doctrine'),
  ('1801-1829-monroe', 'In his December 2, 1823, address to Congress, President James Monroe articulated'),
  'more-precise', 'Monroe Doctrine: 1823 vs December 2, 1823; (b) more precise.')
P('date', ('1830-1860-texas-annexation', 'the negotiation of the Oregon Treaty with Great Britain in 1846'),
  (OR, 'The Senate ratified the treaty by a vote of 41-14 on June 18, 1846'),
  'more-precise', 'Oregon Treaty: 1846 vs June 18, 1846; (b) more precise.')
P('event', (OR, 'left the border of the Oregon Territory unsettled'), ('1830-1860-webster-treaty', 'The issue of the Oregon border was left to a later date'),
  'agree', 'Webster-Ashburton left the Oregon border unsettled.')
P('event', (OR, 'Secretary of State James Buchanan'), ('1830-1860-gadsden-purchase', 'Secretary of State William Marcy instructed Gadsden'),
  'not-same', 'Same office, different holders: Buchanan (1840s) vs Marcy (1850s).')
P('date', ('1861-1865-confederacy', 'When the Union did declare a blockade upon the rebel states in April 1861'),
  (BL, 'President Abraham Lincoln sided with Seward and proclaimed the blockade on April 19'),
  'more-precise', 'Blockade proclamation: April 1861 vs April 19 (1861 from the preceding Fort Sumter sentence); (b) more precise.')
P('event', (BL, 'British Minister to the United States, Baron Richard Lyons'),
  ('1861-1865-trent-affair', 'Lord Lyons, the British Minister to the United States'),
  'agree', 'Lyons was the British Minister to the United States.')
P('date', (VI, 'In 1867, Seward succeeded in purchasing Alaska from the Russian Government'),
  ('1866-1898-alaska-purchase', 'The purchase of Alaska in 1867'),
  'agree', 'Alaska purchased in 1867.')
P('date', ('1866-1898-alaska-purchase', 'Russia offered to sell Alaska to the United States in 1859'),
  (VI, 'In 1867, Seward succeeded in purchasing Alaska'),
  'not-same', 'Different steps: the Russian offer (1859) vs the purchase (1867).')
P('date', (BL, 'Abraham Lincoln sided with Seward and proclaimed the blockade on April 19'),
  ('1866-1898-spanish-american-war', 'implementing a naval blockade of Cuba on April 22'),
  'not-same', 'Two different blockades: Confederate ports (1861) vs Cuba (1898).')
P('event', (VI, 'compelled French Emperor Napoleon III to end his imperial venture in Mexico'),
  ('1861-1865-french-intervention', 'Stiff Mexican resistance caused Napoleon III to order French withdrawal'),
  'agree', 'Mexican resistance (with U.S. pressure) made Napoleon III withdraw from Mexico.')
P('date', (OR, 'The Senate ratified the treaty by a vote of 41-14'), ('1866-1898-alaska-purchase', 'The Senate approved the treaty of purchase on April 9'),
  'not-same', 'Two different Senate approvals: the Oregon treaty (1846) vs the Alaska purchase (1867).')
