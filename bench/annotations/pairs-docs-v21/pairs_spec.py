"""Hand-written gold for pairs_v21 (held-out round 26).

P(kind, (doc, span), (doc, span), verdict, note, label=None)
  * spans are exact, case-sensitive substrings occurring exactly once in their document;
  * side a is the panel for panel-essay pairs; for more-precise, side b is always the more precise side;
  * label: planted-error label (A1..A12, A-P1.. etc.) for panel differ / more-precise pairs.
"""
PAIRS = []


def P(kind, a, b, verdict, note, label=None):
    PAIRS.append(dict(kind=kind, a=a, b=b, verdict=verdict, note=note, label=label))


W = 'panel-wilson-war-and-peace'
F = 'panel-franklin-and-the-french-alliance'
J = 'panel-portsmouth-and-japan'
WWI, FP, PP, LG = '1914-1920-wwi', '1914-1920-fourteen-points', '1914-1920-paris-peace', '1914-1920-league'
SC, MT, FA, TP = '1776-1783-secret-committee', '1776-1783-model-treaty', '1776-1783-french-alliance', '1776-1783-treaty'
PT, JR = '1899-1913-portsmouth-treaty', '1899-1913-japanese-relations'

PANELS = {W: [WWI, FP, PP], F: [SC, MT, FA], J: [PT, JR]}

# types of planted errors (label -> short description)
TYPES = {}

def T(label, typ):
    TYPES[label] = typ

# ---------------------------------------------------------------- panel A: Wilson's war and peace
P('date', (W, 'In March 1916 a German submarine torpedoed the Sussex'),
  (WWI, 'Following the sinking of an unarmed French boat, the Sussex, in the English Channel in March 1916'),
  'agree', 'Sinking of the Sussex: March 1916.')
P('date', (W, 'In May 1916 the German government gave way'),
  (WWI, 'On May 4, 1916, the German Government accepted these terms and conditions'),
  'more-precise', 'German acceptance (Sussex pledge): May 1916 vs May 4, 1916; (b) more precise.', 'A-P1')
T('A-P1', 'precision: month vs day')
P('quantity', (W, 'could bring Britain to its knees within six months'),
  (WWI, 'a resumption of unrestricted submarine warfare could help defeat Great Britain within five months'),
  'differ', 'German Navy forecast for defeating Britain: six vs five months.', 'A1')
T('A1', 'wrong number (months)')
P('event', (W, 'Chancellor Theobald von Bethmann-Hollweg objected that such a campaign would pull the United States into the war on the Allied side'),
  (WWI, 'German Chancellor Theobald von Bethmann-Hollweg protested this decision, believing that resuming submarine warfare would draw the United States into the war on behalf of the Allies'),
  'agree', 'Bethmann-Hollweg opposed the U-boat decision, fearing U.S. entry.')
P('date', (W, 'On January 31, 1917, Ambassador Count Johann von Bernstorff handed Secretary of State Robert Lansing a note'),
  (WWI, 'on January 31, 1917, German Ambassador to the United States Count Johann von Bernstorff presented U.S. Secretary of State Robert Lansing a note'),
  'agree', "Bernstorff's note to Lansing: January 31, 1917.")
P('date', (W, 'unrestricted attacks would resume a week later'),
  (WWI, 'declaring Germany’s intention to restart unrestricted submarine warfare the following day'),
  'differ', 'Interval before unrestricted submarine warfare resumed: a week later vs the following day.', 'A2')
T('A2', 'wrong interval')
P('date', (W, 'Wilson went before Congress on February 3 to announce that relations with Germany had been severed'),
  (WWI, 'President Wilson went before Congress on February 3 to announce that he had severed diplomatic relations with Germany'),
  'agree', 'Break in relations announced to Congress on February 3 (1917).')
P('event', (W, 'A filibuster by anti-war members of the House ran out the session'),
  (WWI, 'several anti-war Senators led a successful filibuster that consumed the remainder of the congressional session'),
  'differ', 'Who filibustered the armed-ship bill: House members vs Senators.', 'A3')
T('A3', 'wrong body (House vs Senate)')
P('event', (W, 'Wilson armed the ships by executive order instead, invoking an old law against piracy'),
  (WWI, 'President Wilson decided to arm U.S. merchant ships by executive order, citing an old anti-piracy law'),
  'agree', 'Merchant ships armed by executive order under an old anti-piracy law.')
P('date', (W, 'On January 29, 1917, British naval intelligence intercepted'),
  (WWI, 'On January 19, 1917, British naval intelligence intercepted'),
  'differ', 'Interception of the Zimmermann telegram: January 29 vs January 19, 1917.', 'A4')
T('A4', 'wrong day')
P('event', (W, 'German help in recovering the territory Mexico had lost to the United States after the Mexican-American War'),
  (WWI, 'Germany would help Mexico recover the territory it had ceded to the United States following the Mexican-American War'),
  'agree', "Zimmermann's offer: help Mexico regain territory lost after the Mexican-American War.")
P('date', (W, 'He did not call his Cabinet together to discuss war until late March'),
  (WWI, 'He waited until March 20 before convening a Cabinet meeting to broach the matter'),
  'more-precise', 'Cabinet meeting on war: late March vs March 20; (b) more precise.', 'A-P2')
T('A-P2', 'precision: part of month vs day')
P('quantity', (W, 'which had cost 128 American lives'),
  (WWI, 'which had led to the deaths of 131 U.S. citizens'),
  'differ', 'American deaths on the Lusitania and Arabic: 128 vs 131.', 'A5')
T('A5', 'wrong number (deaths)')
P('date', (W, 'On April 2, 1917, Wilson asked a joint session of Congress to declare war on Germany'),
  (WWI, 'On April 2, 1917, President Woodrow Wilson went before a joint session of Congress to request a declaration of war against Germany'),
  'agree', 'War message: April 2, 1917.')
P('date', (W, 'The Senate voted for war on April 4, 1917'),
  (WWI, 'On April 4, 1917, the U.S. Senate voted in support of the measure to declare war on Germany'),
  'agree', 'Senate vote for war: April 4, 1917.')
P('date', (W, 'the House followed the next day'),
  (WWI, 'The House concurred two days later'),
  'differ', 'House vote after the Senate: the next day vs two days later.', 'A6')
T('A6', 'wrong interval')
P('date', (W, 'A declaration of war on Austria-Hungary came in December 1917'),
  (WWI, 'The United States later declared war on German ally Austria-Hungary on December 7, 1917'),
  'more-precise', 'War on Austria-Hungary: December 1917 vs December 7, 1917; (b) more precise.', 'A-P3')
T('A-P3', 'precision: month vs day')
P('quote', (W, 'to vindicate the principles of peace and justice in the life of the world'),
  (FP, 'to vindicate the principles of peace and justice in the life of the world'),
  'agree', 'War message quotation, identical wording.')
P('date', (W, 'a body of experts called The Inquiry, asked in December 1917 for detailed recommendations'),
  (FP, 'In December 1917, he asked The Inquiry to draw up specific recommendations'),
  'agree', 'The Inquiry asked for recommendations in December 1917.')
P('date', (W, 'On January 8, 1918, he laid fourteen points before a joint session of Congress'),
  (FP, 'Wilson presented a program of fourteen points to a joint session of Congress on January 8, 1918'),
  'agree', 'Fourteen Points address: January 8, 1918.')
P('quantity', (W, 'Six of them addressed particular territorial questions'),
  (FP, 'Eight of the fourteen points treated specific territorial issues among the combatant nations'),
  'differ', 'Number of territorial points: six vs eight.', 'A7')
T('A7', 'wrong number (points)')
P('event', (W, 'The last proposed the body that became the League of Nations'),
  (FP, 'The fourteenth point proposed what was to become the League of Nations'),
  'agree', 'Fourteenth point: the future League of Nations.')
P('event', (W, 'even by Leon Trotsky'),
  (FP, 'even by Bolshevik leader Vladimir Lenin'),
  'differ', 'Bolshevik who praised the address: Trotsky vs Lenin.', 'A8')
T('A8', 'wrong person')
P('date', (W, 'The peace conference opened in January 1919 at Versailles'),
  (PP, 'The Paris Peace Conference convened in January 1919 at Versailles'),
  'agree', 'Peace conference opened January 1919.')
P('quantity', (W, 'Some forty nations took part'),
  (PP, 'Though nearly thirty nations participated'),
  'differ', 'Number of participating nations: some forty vs nearly thirty.', 'A9')
T('A9', 'wrong number (nations)')
P('event', (W, '(Britain, France, Italy and the United States) dominated the proceedings'),
  (PP, 'the representatives of the United Kingdom, France, the United States, and Italy became known as the “Big Four.”'),
  'agree', 'Big Four: Britain, France, Italy, United States.')
P('date', (W, 'whose Bolshevik government had taken it out of the war in December 1917'),
  (PP, 'Russia had fought as one of the Allies until December 1917, when its new Bolshevik Government withdrew from the war'),
  'agree', 'Russian withdrawal from the war: December 1917.')
P('date', (W, 'A declaration of war on Austria-Hungary came'),
  (PP, 'until December 1917, when its new Bolshevik Government withdrew from the war'),
  'not-same', 'Two December 1917 events: U.S. war on Austria-Hungary vs Russian withdrawal from the war.')
P('quantity', (W, 'Germany gave up roughly a tenth of its prewar European territory'),
  (PP, 'The Treaty required the new German Government to surrender approximately 10 percent of its prewar territory in Europe'),
  'agree', 'German territorial loss in Europe: about a tenth / approximately 10 percent.')
P('date', (W, "France could exploit the Saar's resources until 1930"),
  (PP, 'allowed France to exploit the economic resources of the Saarland until 1935'),
  'differ', "End of France's right to exploit the Saar: 1930 vs 1935.", 'A10')
T('A10', 'wrong year')
P('event', (W, 'Under Article 231 the Germans accepted responsibility for the war'),
  (PP, 'Under the terms of Article 231 of the Treaty, the Germans accepted responsibility for the war'),
  'agree', 'Article 231: German acceptance of responsibility.')
P('event', (W, "Opponents argued that Article 10"),
  (PP, 'the Germans accepted responsibility for the war and the liability to pay financial reparations to the Allies'),
  'not-same', 'Two treaty articles: Article 10 (collective security, Senate objection) vs Article 231 (war guilt and reparations).')
P('date', (W, 'An Inter-Allied Commission presented its figure in 1920'),
  (PP, 'The Inter-Allied Commission determined the amount and presented its findings in 1921'),
  'differ', 'Year the reparations figure was presented: 1920 vs 1921.', 'A11')
T('A11', 'wrong year')
P('quantity', (W, '132 billion gold marks, or 32 billion dollars'),
  (PP, 'The amount they determined was 132 billion gold Reichmarks, or 32 billion U.S. dollars'),
  'agree', 'Reparations: 132 billion gold marks = 32 billion dollars.')
P('quantity', (W, 'on top of an initial payment of $5 billion'),
  (PP, '132 billion gold Reichmarks'),
  'not-same', 'Two reparations figures: the initial $5 billion payment vs the total set by the commission.')
P('quantity', (W, '32 state legislatures passed resolutions in support'),
  (PP, '32 state legislatures passed resolutions in favor of the Treaty'),
  'agree', '32 state legislatures backed the treaty.')
P('event', (W, "handed the nation's war powers to the League's Council"),
  (PP, 'ceded the war powers of the U.S. Government to the League'),
  'agree', 'Senate objection to Article 10: war powers ceded to the League Council.')
P('quantity', (W, 'in November attached fifteen reservations to it'),
  (PP, 'he did manage to attach 14 “reservations” to it in November'),
  'differ', 'Number of Lodge reservations: fifteen vs 14.', 'A12')
T('A12', 'wrong number (reservations)')
P('date', (W, 'On March 19, 1920, the treaty fell seven votes short of ratification'),
  (PP, 'In a final vote on March 19, 1920, the Treaty of Versailles fell short of ratification by seven votes'),
  'agree', 'Final Senate vote March 19, 1920, seven votes short.')
P('date', (W, 'The Senate voted for war on April 4, 1917'),
  (PP, 'In a final vote on March 19, 1920'),
  'not-same', 'Two Senate votes: declaration of war (1917) vs final treaty vote (1920).')
P('date', (W, 'the Treaty of Berlin, signed on August 25, 1921'),
  (PP, 'the U.S. Government signed the Treaty of Berlin on August 25, 1921'),
  'agree', 'Treaty of Berlin: August 25, 1921.')

# ---------------------------------------------------------------- panel B: Franklin and the French alliance
P('date', (F, 'In late November 1775 it created a Committee of Correspondence'),
  (SC, 'Congress initially established the Committee of Correspondence on November 29, 1775'),
  'more-precise', 'Committee of Correspondence founded: late November 1775 vs November 29, 1775; (b) more precise.', 'B-P1')
T('B-P1', 'precision: part of month vs day')
P('quote', (F, 'friends in ... other parts of the world'),
  (SC, 'friends in ... other parts of the world'),
  'agree', "Committee's remit quoted identically.")
P('event', (F, 'Benjamin Franklin, Benjamin Harrison, Thomas Johnson, John Dickinson and John Adams'),
  (SC, 'On the committee were Benjamin Franklin, Benjamin Harrison, Thomas Johnson, John Dickinson, and John Jay'),
  'differ', 'Fifth original member: John Adams vs John Jay.', 'B1')
T('B1', 'wrong person')
P('event', (F, 'the financier Robert Morris joined them soon afterwards'),
  (SC, 'Robert Morris, revolutionary financier, soon joined them'),
  'agree', 'Robert Morris joined the committee soon after.')
P('date', (F, 'Congress renamed it the Committee for Foreign Affairs on April 17, 1776'),
  (SC, 'Congress renamed it the Committee for Foreign Affairs on April 17, 1777'),
  'differ', 'Renaming as Committee for Foreign Affairs: 1776 vs 1777.', 'B2')
T('B2', 'wrong year')
P('date', (F, 'On December 12, 1775, he wrote to Don Gabriel de Bourbon'),
  (SC, 'On December 12, 1775, Franklin wrote to Don Gabriel de Bourbon'),
  'agree', "Franklin's letter to Don Gabriel de Bourbon: December 12, 1775.")
P('event', (F, 'a prince of the French royal house'),
  (SC, 'a prince of the Spanish royal family'),
  'differ', "Don Gabriel's royal house: French vs Spanish.", 'B3')
T('B3', 'wrong country')
P('event', (F, 'the Virginian Arthur Lee passed news of American successes to the playwright Beaumarchais, then a secret French agent'),
  (SC, 'Lee had come into contact with the French playwright Beaumarchais, who was then working as a secret French agent'),
  'agree', 'Arthur Lee and Beaumarchais, a secret French agent.')
P('event', (F, 'to send gunpowder and war materiel covertly'),
  (SC, 'to provide the colonies with clandestine shipments of gunpowder and war materiel'),
  'agree', 'Vergennes sent clandestine gunpowder and materiel.')
P('date', (F, 'Late in 1775 a French traveller, Achard de Bonvouloir, turned up in Philadelphia'),
  (SC, 'In late 1775, a mysterious French traveler named Achard de Bonvouloir appeared in Philadelphia'),
  'agree', 'Bonvouloir in Philadelphia, late 1775.')
P('date', (F, 'George Wythe of Virginia first suggested seeking one early in 1776'),
  (MT, 'Virginia delegate George Wythe originally advanced the suggestion of seeking a foreign alliance in early 1776'),
  'agree', "Wythe's proposal of a foreign alliance: early 1776.")
P('event', (F, 'America would accept no French troops and submit to no French authority'),
  (MT, 'the United States was to accept no troops from France, nor submit to French authority'),
  'agree', "Adams's diary draft: no French troops, no French authority.")
P('date', (F, 'Adams laid a fuller draft before Congress on July 28, 1776'),
  (MT, 'Adams presented a more formal draft of a general model treaty before the Continental Congress on July 18, 1776'),
  'differ', "Adams's formal draft: July 28 vs July 18, 1776.", 'B7')
T('B7', 'wrong day')
P('event', (F, 'It sought reciprocal trade rather than free trade and said nothing about direct military help'),
  (MT, 'The template treaty sought reciprocal trade terms, although not free trade, and made no mention of direct military assistance'),
  'agree', 'Draft: reciprocal (not free) trade, no direct military aid.')
P('date', (F, 'Congress adopted the Model Treaty on September 17, 1776'),
  (MT, 'Congress approved the treaty on September 17, 1776'),
  'agree', 'Model Treaty adopted September 17, 1776.')
P('date', (F, 'named the commissioners late in September'),
  (MT, 'The Congress then appointed commissioners to execute the terms on September 25'),
  'more-precise', 'Commissioners appointed: late in September vs September 25; (b) more precise.', 'B-P2')
T('B-P2', 'precision: part of month vs day')
P('event', (F, 'to assure Spain that the United States had no designs on its territory'),
  (MT, 'to assure any Spanish diplomats present that the United States had no designs on Spanish territory'),
  'agree', 'Assurance to Spain: no designs on Spanish territory.')
P('event', (F, 'much of it handled by the American merchant Arthur Lee'),
  (FA, 'much of which they channeled through American trader Silas Deane'),
  'differ', 'Channel for clandestine French aid: Arthur Lee vs Silas Deane.', 'B12')
T('B12', 'wrong person')
P('event', (F, 'Vergennes leaned towards an alliance when he learned of the Declaration of Independence and the British evacuation of Boston'),
  (FA, 'When news of the Declaration of Independence and the subsequent British evacuation of Boston reached France, French Foreign Minister Comte de Vergennes decided in favor of an alliance'),
  'agree', 'Vergennes favoured alliance after the Declaration and the evacuation of Boston.')
P('date', (F, "news of George Washington's defeats in New York reached Europe in the late summer of 1776"),
  (FA, 'once news of General George Washington’s defeats in New York reached Europe in August of 1776'),
  'more-precise', 'News of defeats in New York: late summer 1776 vs August 1776; (b) more precise.', 'B-P3')
T('B-P3', 'precision: season vs month')
P('date', (F, 'all through 1777 he held back while he bargained with Spain'),
  (FA, 'Throughout 1777, Vergennes delayed as he conducted negotiations with the Spanish Government'),
  'agree', 'Vergennes delayed through 1777 negotiating with Spain.')
P('date', (F, 'News of the British surrender at Saratoga reached Vergennes in November 1777'),
  (FA, 'news of the British surrender at the Battle of Saratoga reached him in December 1777'),
  'differ', 'News of Saratoga reached Vergennes: November vs December 1777.', 'B9')
T('B9', 'wrong month')
P('event', (F, 'Hearing rumours that London was making secret peace offers to Franklin, he decided not to wait for Spain'),
  (FA, 'Vergennes, having heard rumors of secret British peace offers to Franklin, decided not to wait for Spanish support'),
  'agree', 'Rumoured British peace offers; Vergennes did not wait for Spain.')
P('date', (F, 'Early in 1778 Franklin and his fellow commissioners Arthur Lee and Silas Deane signed two treaties with France'),
  (FA, 'On February 6, 1778, Benjamin Franklin and the other two commissioners, Arthur Lee and Silas Deane, signed a Treaty of Alliance and a Treaty of Amity and Commerce with France'),
  'more-precise', 'Signing of the two French treaties: early 1778 vs February 6, 1778; (b) more precise.', 'B-P4')
T('B-P4', 'precision: part of year vs day')
P('event', (F, 'The Treaty of Amity and Commerce promoted trade and recognised the United States as an independent nation'),
  (FA, 'The Treaty of Amity and Commerce promoted trade between the United States and France and recognized the United States as an independent nation'),
  'agree', 'Treaty of Amity and Commerce: trade and recognition.')
P('event', (F, 'The Treaty of Alliance'),
  (FA, 'The Treaty of Amity and Commerce promoted trade between the United States and France'),
  'not-same', 'Two treaties signed the same day: the Treaty of Alliance vs the Treaty of Amity and Commerce.')
P('event', (F, 'barred either partner from making a separate peace with Britain'),
  (FA, 'a clause forbidding either country to make a separate peace with Britain'),
  'agree', 'No separate peace with Britain.')
P('event', (F, 'assigned any conquests in North America to France and any in the Caribbean to the United States'),
  (MT, 'ceding any military gains in North America to the United States, and any gains in the Caribbean to France'),
  'differ', 'Allocation of conquests reversed: North America to France / Caribbean to U.S. vs the opposite.', 'B8')
T('B8', 'wrong outcome (allocation swapped)')
P('date', (F, 'Spain entered the war on June 12, 1779'),
  (FA, 'Spain officially entered the war on June 21, 1779'),
  'differ', "Spain's entry into the war: June 12 vs June 21, 1779.", 'B10')
T('B10', 'wrong day')
P('date', (F, 'especially after British troops took Philadelphia in 1777'),
  (SC, 'especially after British forces seized Philadelphia in 1777'),
  'agree', 'British capture of Philadelphia: 1777.')
P('event', (F, 'a French Minister, Conrad-Alexandre Gerard'),
  (SC, 'the French Foreign Minister Charles Gravier, comte de Vergennes'),
  'not-same', 'Two French ministers: Gerard, minister to the United States, vs Vergennes, Foreign Minister.')
P('event', (F, 'Lee accused Deane of financial malfeasance and pressed for his recall'),
  (SC, 'Lee suspected the early colonial agent in France, Silas Deane, of financial malfeasance and began a campaign to bring about his recall'),
  'agree', "Lee's charges against Deane and campaign for his recall.")
P('event', (F, "Thomas Paine, by then the committee's secretary, took Deane's side"),
  (SC, 'Thomas Paine, who had become secretary of the Committee, sympathized with Lee'),
  'differ', 'Side Paine took: Deane vs Lee.', 'B4')
T('B4', 'wrong position taken')
P('date', (F, 'on January 21, 1778, Congress passed a resolution denying that any had been given'),
  (SC, 'Congress passed a resolution denying that there had been French aid on January 12, 1778'),
  'differ', 'Resolution denying French aid: January 21 vs January 12, 1778.', 'B5')
T('B5', 'wrong day')
P('date', (F, 'French help between 1778 and 1782 brought arms, uniforms, troops'),
  (FA, 'Between 1778 and 1782 the French provided supplies, arms and ammunition, uniforms'),
  'agree', 'French aid 1778-1782.')
P('date', (F, 'was crucial to the British surrender at Yorktown in 1781'),
  (FA, 'French assistance was crucial in securing the British surrender at Yorktown in 1781'),
  'agree', 'Yorktown surrender: 1781.')
P('event', (F, "Vergennes refused, pleading France's own financial difficulties"),
  (FA, 'Vergennes did lodge a complaint on this instance, but also granted the requested loan despite French financial troubles'),
  'differ', "Franklin's request for a further loan: refused vs granted.", 'B11')
T('B11', 'wrong outcome')
P('date', (F, 'the United States, France and Spain ended the war with Britain in the Treaty of Paris of 1783'),
  (FA, 'The United States, Spain, and France formally ended the war with Britain with the Treaty of Paris in 1783'),
  'agree', 'Treaty of Paris ending the war: 1783.')
P('date', (F, 'under the Treaty of Paris of 1763'),
  (FA, 'formally ended the war with Britain with the Treaty of Paris in 1783'),
  'not-same', 'Two Treaties of Paris: 1763 (French losses) vs 1783 (end of the Revolutionary War).')
P('date', (F, 'Congress resolved to create executive departments on February 6, 1781'),
  (SC, 'Congress finally agreed to establish departments on February 6, 1781'),
  'agree', 'Executive departments approved February 6, 1781.')
P('date', (F, 'executive departments on February 6, 1781'),
  (FA, 'signed the Treaty of Alliance and the Treaty of Amity and Commerce on February 6, 1778'),
  'not-same', 'Same day of year, different events: departments resolved (1781) vs treaties signed (1778).')
P('event', (F, 'only on August 10 did it elect Robert Morris as Secretary for Foreign Affairs'),
  (SC, 'it was not until August 10 that the new Confederation Congress elected Robert Livingston as Secretary for Foreign Affairs'),
  'differ', 'First Secretary for Foreign Affairs: Robert Morris vs Robert Livingston.', 'B6')
T('B6', 'wrong person')
P('event', (F, 'formally ended only by the Convention of 1800, which also brought the Quasi-War to a close'),
  (FA, 'formally ended by the Convention of 1800 which also terminated the Quasi-War'),
  'agree', 'Alliance ended by the Convention of 1800, which ended the Quasi-War.')

# ---------------------------------------------------------------- panel C: Portsmouth and Japan
P('date', (J, 'By 1904 Russia and Japan had been quarrelling over Manchuria for years'),
  (PT, 'By 1904, Russia and Japan had endured several years of disputes over control of Manchuria'),
  'agree', 'Years of Russo-Japanese disputes over Manchuria by 1904.')
P('date', (J, 'Russia had entered the region during the Sino-Japanese War of 1894-95'),
  (PT, 'The Russians had entered the region during the Sino-Japanese War of 1894–95'),
  'agree', 'Sino-Japanese War 1894-95.')
P('event', (J, 'together with Germany and Britain it had forced Japan'),
  (PT, 'along with Germany and France, was a part of the “Triple Intervention”'),
  'differ', "Russia's partners in the Triple Intervention: Germany and Britain vs Germany and France.", 'C1')
T('C1', 'wrong country')
P('event', (J, 'took Port Arthur, a warm-water harbour of real strategic and commercial value'),
  (PT, 'took control of Port Arthur, a warm water port with strategic and commercial significance'),
  'agree', 'Russia took Port Arthur, a strategic warm-water port.')
P('event', (J, 'helped to foil a Japanese attempt at a coup in neighbouring Korea'),
  (PT, 'A Japanese attempt to stage a coup in adjacent Korea was thwarted in part by the Russian presence in the region'),
  'agree', 'Japanese coup attempt in Korea thwarted.')
P('quantity', (J, 'the Russians lost roughly 60,000 soldiers'),
  (PT, 'the Russians lost 60,000 soldiers'),
  'more-precise', 'Russian losses at Mukden: roughly 60,000 vs 60,000; (b) more precise.', 'C-P1')
T('C-P1', 'precision: approximate vs exact number')
P('quantity', (J, 'the Japanese some 51,000'),
  (PT, 'the Japanese lost 41,000 soldiers'),
  'differ', 'Japanese losses at Mukden: some 51,000 vs 41,000.', 'C2')
T('C2', 'wrong number (losses)')
P('event', (J, 'A Russian fleet steamed from the Black Sea around Africa and India'),
  (PT, 'A Russian fleet made the long trip from the Baltic Sea around Africa and India'),
  'differ', "Russian fleet's starting point: Black Sea vs Baltic Sea.", 'C3')
T('C3', 'wrong place')
P('event', (J, 'It was Russia that asked President Theodore Roosevelt to broker a peace'),
  (PT, 'The Japanese asked U.S. President Roosevelt to negotiate a peace agreement'),
  'differ', 'Who asked Roosevelt to mediate: Russia vs Japan.', 'C4')
T('C4', 'wrong country (requesting party)')
P('date', (J, 'the talks took place in the summer of 1905'),
  (PT, 'The negotiations took place in August in Portsmouth, New Hampshire'),
  'more-precise', 'Portsmouth talks: summer 1905 vs August (1905, from the essay context); (b) more precise.', 'C-P3')
T('C-P3', 'precision: season vs month')
P('event', (J, 'wanted a settlement that left both powers a role in Northeast China'),
  (PT, 'Roosevelt preferred that the war end on terms that left both Russia and Japan a role to play in Northeast China'),
  'agree', "Roosevelt's aim: both powers keep a role in Northeast China.")
P('quote', (J, 'buy back'),
  (PT, 'buy back'),
  'agree', 'Roosevelt\'s "buy back" proposal for northern Sakhalin.')
P('event', (J, 'Japan settled for the southern half of the island without any payment'),
  (PT, 'Japan eventually agreed to take only the southern half of the island, without any kind of payment'),
  'agree', 'Japan took southern Sakhalin without payment.')
P('date', (J, 'The treaty, signed in September 1905'),
  (PT, 'The final agreement was signed in September of 1905'),
  'agree', 'Treaty of Portsmouth signed September 1905.')
P('event', (J, "Russia paid none of Japan's war costs"),
  (PT, 'it was not required to pay Japan’s war costs'),
  'agree', 'No Russian indemnity.')
P('event', (J, 'protests and riots broke out in Osaka when the terms were published'),
  (PT, 'There was a brief outbreak of protests and rioting in Tokyo when the terms of the agreement were made public'),
  'differ', 'City of anti-treaty riots: Osaka vs Tokyo.', 'C5')
T('C5', 'wrong place')
P('event', (J, 'Russians, for their part, resented giving up half of Sakhalin'),
  (PT, 'the Russian people were also dissatisfied, angry about giving up half of Sakhalin'),
  'agree', 'Russian resentment at losing half of Sakhalin.')
P('event', (J, "Roosevelt's part in the talks won him the Nobel Peace Prize"),
  (PT, 'he won the Nobel Peace Prize for his efforts in moderating the talks'),
  'agree', "Roosevelt's Nobel Peace Prize for the mediation.")
P('date', (J, 'had begun with the Meiji Restoration of 1867'),
  (PT, 'began with the Meiji Restoration in 1868'),
  'differ', 'Meiji Restoration: 1867 vs 1868.', 'C6')
T('C6', 'wrong year')
P('event', (J, 'Secretary of State William Howard Taft met Prime Minister Katsura Taro in Japan'),
  (JR, 'U.S. Secretary of War William Howard Taft met with Prime Minister Katsura Taro in Japan'),
  'differ', "Taft's office in 1905: Secretary of State vs Secretary of War.", 'C7')
T('C7', 'wrong office')
P('date', (J, 'accepted the Anglo-Japanese alliance of 1904'),
  (JR, 'condoned the Anglo-Japanese alliance of 1902'),
  'differ', 'Anglo-Japanese alliance: 1904 vs 1902.', 'C8')
T('C8', 'wrong year')
P('event', (J, 'Japan recognised American control of the Philippines'),
  (JR, 'Japan recognized U.S. control of the Philippines'),
  'agree', 'Japan recognised U.S. control of the Philippines.')
P('event', (J, 'the United States acknowledged Japanese rule over Korea'),
  (PT, 'it affirmed the Japanese presence in south Manchuria and Korea'),
  'not-same', 'Two 1905 agreements on Korea: the secret Taft-Katsura Agreement vs the Treaty of Portsmouth.')
P('date', (J, 'In 1905 Japan forced China to give it ownership of the South Manchurian Railway'),
  (JR, 'In 1905, the Japanese started to establish more formal control over South Manchuria by forcing China to give Japan ownership rights to the South Manchurian Railway'),
  'agree', 'South Manchurian Railway rights forced from China in 1905.')
P('date', (J, 'A treaty signed in 1894 had guaranteed Japanese the right to immigrate to the United States'),
  (JR, 'A U.S.-Japanese treaty signed in 1894 had guaranteed the Japanese the right to immigrate to the United States'),
  'agree', 'U.S.-Japanese treaty of 1894 on immigration.')
P('date', (J, 'A treaty signed in 1894'),
  (PT, 'during the Sino-Japanese War of 1894–95'),
  'not-same', 'Two 1894 events: the U.S.-Japanese treaty vs the Sino-Japanese War.')
P('date', (J, 'In 1907, however, the San Francisco Board of Education ordered Japanese and Chinese children into segregated schools'),
  (JR, 'In 1906, however, the San Francisco Board of Education enacted a measure to send Japanese and Chinese children to segregated schools'),
  'differ', 'San Francisco school segregation order: 1907 vs 1906.', 'C9')
T('C9', 'wrong year')
P('date', (J, "In notes exchanged between late 1907 and early 1908, known together as the Gentlemen's Agreement"),
  (JR, 'In a series of notes exchanged between late 1907 and early 1908, known collectively as the Gentlemen’s Agreement'),
  'agree', "Gentlemen's Agreement notes: late 1907 to early 1908.")
P('date', (J, 'In 1908 Secretary of State Elihu Root and Ambassador Takahira Kogoro exchanged assurances'),
  (JR, 'In 1908, U.S Secretary of State Elihu Root and Japanese Ambassador Takahira Kogoro formed an agreement'),
  'agree', 'Root-Takahira Agreement: 1908.')
P('event', (J, 'Secretary of State Elihu Root'),
  (JR, 'Secretary of State Robert Lansing acknowledged that Manchuria was under Japanese control'),
  'not-same', 'Two Secretaries of State and two agreements: Root (1908) vs Lansing (1917).')
P('event', (J, 'the United States recognised Japanese control of Taiwan and the Pescadores'),
  (JR, 'the United States recognized Japanese control of Taiwan and the Pescadores'),
  'agree', 'U.S. recognised Japanese control of Taiwan and the Pescadores.')
P('quantity', (J, 'leasing it for longer than five years'),
  (JR, 'barred Japanese from owning or leasing land for longer than three years'),
  'differ', 'Alien Land Act lease limit: five vs three years.', 'C10')
T('C10', 'wrong number (years)')
P('date', (J, 'In 1915 Japan presented China with its "Twenty-One Demands,"'),
  (JR, 'In 1915, the Japanese issued its “Twenty-One Demands” of China'),
  'agree', 'Twenty-One Demands: 1915.')
P('date', (J, 'Under the Ishii-Lansing Agreement of 1917, Robert Lansing, now Secretary of State, conceded that Manchuria lay under Japanese control'),
  (JR, 'In the Ishii-Lansing Agreement of 1917, Secretary of State Robert Lansing acknowledged that Manchuria was under Japanese control'),
  'agree', 'Ishii-Lansing Agreement 1917: Manchuria under Japanese control.')
P('event', (J, 'the Versailles Treaty handed Japan the former German concessions in Shandong'),
  (JR, 'the Versailles Treaty granted Japan control over valuable German concessions in Shandong'),
  'agree', 'Versailles gave Japan the German concessions in Shandong.')
P('event', (J, 'provoking an outcry in Korea'),
  (JR, 'which led to an outcry in China'),
  'differ', 'Where the Shandong award caused an outcry: Korea vs China.', 'C11')
T('C11', 'wrong place')
P('event', (J, 'the Versailles Treaty handed Japan'),
  (PT, 'The Treaty ultimately gave Japan control of Korea and much of South Manchuria'),
  'not-same', 'Two treaties awarding Japan territory: Versailles 1919 (Shandong) vs Portsmouth 1905 (Korea, South Manchuria).')
P('date', (J, 'after signing the Nine-Power Treaty at the Washington Conference in the early 1920s'),
  (JR, 'the Nine-Power Treaty, which they signed in 1922 at the Washington Conference'),
  'more-precise', 'Nine-Power Treaty: early 1920s vs 1922; (b) more precise.', 'C-P2')
T('C-P2', 'precision: part of decade vs year')

# ---------------------------------------------------------------- essay-essay pairs
P('date', (FP, 'Wilson presented a program of fourteen points to a joint session of Congress on January 8, 1918'),
  (LG, 'Speaking before the U.S. Congress on January 8, 1918'),
  'agree', 'Fourteen Points speech: January 8, 1918.')
P('date', (LG, 'in March 1920, the Treaty and Covenant were defeated'),
  (PP, 'In a final vote on March 19, 1920, the Treaty of Versailles fell short of ratification'),
  'more-precise', 'Final Senate defeat of the treaty: March 1920 vs March 19, 1920; (b) more precise.')
P('quantity', (LG, 'defeated by a 49-35 Senate vote'),
  (PP, 'fell short of ratification by seven votes'),
  'agree', 'A 49-35 vote (84 voting) is seven short of the two-thirds (56) needed: same outcome.')
P('event', (LG, 'He and the other members of the “Big Three,” Georges Clemenceau of France and David Lloyd George of the United Kingdom'),
  (PP, 'the representatives of the United Kingdom, France, the United States, and Italy became known as the “Big Four.”'),
  'not-same', 'Different groupings: the Big Three who drafted the Covenant vs the Big Four of the conference (with Italy).')
P('event', (LG, 'the Senate majority leader and chairman of the Foreign Relations Committee, Henry Cabot Lodge'),
  (PP, 'led by Senate Foreign Relations Committee Chairman, Henry Cabot Lodge'),
  'agree', 'Lodge as chairman of the Senate Foreign Relations Committee.')
P('date', (FP, 'entry into World War I in April 1917'),
  (PP, 'The United States, entered the war in April 1917 as an Associated Power'),
  'agree', 'U.S. entry into the war: April 1917.')
P('event', (JR, 'Secretary of State Robert Lansing acknowledged'),
  (WWI, 'presented U.S. Secretary of State Robert Lansing a note'),
  'not-same', 'Same man in the same office, different events: Ishii-Lansing Agreement (1917) vs receiving the German note (January 1917).')
P('date', ('1776-1783-continental-congress', 'In September, Congress adopted the Model Treaty'),
  (MT, 'Congress approved the treaty on September 17, 1776'),
  'more-precise', 'Adoption of the Model Treaty: September (1776) vs September 17, 1776; (b) more precise.')
P('date', ('1776-1783-declaration', 'Although Spain joined the war against Great Britain in 1779'),
  (FA, 'Spain officially entered the war on June 21, 1779'),
  'more-precise', "Spain's entry into the war: 1779 vs June 21, 1779; (b) more precise.")
P('date', (MT, 'The United States would have to wait until early 1778 for France to formally agree to a treaty'),
  (FA, 'Representatives of the French and American governments signed the Treaty of Alliance and the Treaty of Amity and Commerce on February 6, 1778'),
  'more-precise', 'French treaties: early 1778 vs February 6, 1778; (b) more precise.')
P('event', ('1784-1800-loans', 'Arthur Lee, one of the American commissioners in France, accused another, Silas Deane, of financial misdealings'),
  (SC, 'Lee suspected the early colonial agent in France, Silas Deane, of financial malfeasance'),
  'agree', "Lee's accusation of financial wrongdoing against Deane.")
P('event', ('1784-1800-xyz', 'the playwright Pierre Beaumarchais, who had been involved in funneling French aid to the United States during the American Revolution'),
  (SC, 'Lee had come into contact with the French playwright Beaumarchais, who was then working as a secret French agent investigating British troubles in the colonies'),
  'agree', 'Beaumarchais, playwright and conduit/agent of secret French aid.')
P('event', ('1784-1800-xyz', 'this resulted in the Convention of 1800'),
  (FA, 'formally ended by the Convention of 1800 which also terminated the Quasi-War'),
  'agree', 'The 1778 alliance gave way to the Convention of 1800.')
P('date', ('1776-1783-declaration', 'it did not recognize U.S. independence until the 1783 Treaty of Paris'),
  (TP, 'followed by a formal peace of Paris signed on September 3, 1783'),
  'more-precise', 'Treaty of Paris: 1783 vs September 3, 1783; (b) more precise.')
P('date', ('1866-1898-spanish-american-war', 'signed the Treaty of Paris on December 10, 1898'),
  (TP, 'followed by a formal peace of Paris signed on September 3, 1783'),
  'not-same', 'Two Treaties of Paris: 1898 (Spanish-American War) vs 1783 (American Revolution).')
P('date', ('1776-1783-foreword', 'the agreement to the Treaty of Paris in 1783'),
  (FA, 'The United States, Spain, and France formally ended the war with Britain with the Treaty of Paris in 1783'),
  'agree', 'War ended by the Treaty of Paris in 1783.')
P('date', ('1899-1913-chinese-rev', 'The Russo-Japanese War (1904–05)'),
  (PT, 'The Treaty of Portsmouth formally ended the Russo-Japanese War of 1904–05'),
  'agree', 'Russo-Japanese War: 1904-05.')
P('date', ('1830-1860-opening-to-japan', 'The Emperor gained formal control of the country in the Meiji Restoration of 1868'),
  (PT, 'began with the Meiji Restoration in 1868'),
  'agree', 'Meiji Restoration: 1868.')
P('event', ('1937-1945-tehran-conf', 'Roosevelt conceded to Stalin’s demands for the Kurile Islands and the southern half of Sakhalin'),
  (PT, 'ceded the southern half of the island of Sakhalin to Japan'),
  'not-same', 'Southern Sakhalin: conceded to the USSR (Franklin Roosevelt, 1943) vs ceded to Japan (1905).')
P('event', ('1921-1936-naval-conference', 'Three major treaties emerged out of the Washington Naval Conference: the Five-Power Treaty, the Four-Power Treaty, and the Nine-Power Treaty'),
  (JR, 'the Nine-Power Treaty, which they signed in 1922 at the Washington Conference'),
  'agree', 'Nine-Power Treaty concluded at the Washington Conference.')
P('date', ('1921-1936-kellogg', 'Frank Kellogg earned the Nobel Peace Prize in 1929'),
  ('1921-1936-dawes', 'In 1925, Dawes was a co-recipient of the Nobel Peace Prize'),
  'not-same', 'Two Nobel Peace Prizes for different laureates: Kellogg (1929) vs Dawes (1925).')
P('event', ('1921-1936-dawes', 'Coming so soon after the U.S. rejection of the Treaty of Versailles and the League of Nations'),
  (PP, 'the League of Nations, which the United States never joined'),
  'agree', 'The United States rejected Versailles and stayed out of the League.')
