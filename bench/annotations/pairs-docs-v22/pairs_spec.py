"""Hand-written spec for pairs_v22 (held-out round 27).

P(kind, (doc, span), (doc, span), verdict, note, label=None, ptype=None)
Side a is the panel for panel-essay pairs; for more-precise pairs side b is always the more precise side.
label/ptype mark planted errors: A*, B*, C* = contradictions (verdict differ); *-P* = precision changes
(verdict more-precise).
"""

PA = 'panel-albany-to-articles'
PB = 'panel-atomic-monopoly-and-baruch-plan'
PC = 'panel-alaska-and-the-ticonderoga'
AL = '1750-1775-albany-plan'
AR = '1776-1783-articles'
AT = '1945-1952-atomic'
BA = '1945-1952-baruch-plans'
AK = '1866-1898-alaska-purchase'
SH = '1866-1898-commodore-shufeldt'

PANELS = {PA: [AL, AR], PB: [AT, BA], PC: [AK, SH]}

SPEC = []


def P(kind, a, b, verdict, note, label=None, ptype=None):
    SPEC.append(dict(kind=kind, a=a, b=b, verdict=verdict, note=note, label=label, ptype=ptype))


# ---------------------------------------------------------------- panel A: Albany Plan and Articles
P('date', (PA, 'On July 10 of that year'), (AL, 'On July 10, 1754'), 'agree',
  'Adoption of the Albany Plan: July 10 (of 1754, from the preceding panel sentence) vs July 10, 1754.')
P('quantity', (PA, 'delegates speaking for eight of the mainland colonies'),
  (AL, 'representatives from seven of the British North American colonies adopted the plan'), 'differ',
  'Number of colonies whose delegates adopted the Albany Plan: eight vs seven.', 'A1', 'wrong number (colonies)')
P('event', (PA, 'it was the first major proposal to treat the colonies as a single whole under a shared government'),
  (AL, 'the Albany Plan was the first important proposal to conceive of the colonies as a collective whole united under one government'),
  'agree', 'Albany Plan as the first major proposal of colonial union under one government.')
P('event', (PA, 'had been called on instructions from London'),
  (AL, 'The British Government in London had ordered the colonial governments to meet in 1754'), 'agree',
  'The Albany Congress was convened on orders from London.')
P('event', (PA, 'a collapse in talks between New York and the Oneida nation'),
  (AL, 'a breakdown in negotiations between the colony of New York and the Mohawk nation'), 'differ',
  'Nation whose talks with New York broke down: Oneida vs Mohawk.', 'A2', 'wrong party (nation)')
P('event', (PA, 'imperial officials wanted a treaty with the Iroquois that would set out a clear policy on relations with Native peoples'),
  (AL, 'imperial officials wanted a treaty between the colonies and the Iroquois that would articulate a clear colonial-Indian relations policy'),
  'agree', 'Imperial aim: a treaty with the Iroquois fixing colonial-Indian policy.')
P('event', (PA, 'Commissioners came from Maryland, Pennsylvania, New York, Connecticut, Rhode Island, Massachusetts and New Hampshire'),
  (AL, 'The colonial governments of Maryland, Pennsylvania, New York, Connecticut, Rhode Island, Massachusetts and New Hampshire all sent commissioners to the Congress'),
  'agree', 'The same seven colonies sent commissioners to Albany.')
P('event', (PA, 'his Pennsylvania Gazette printed the cartoon'),
  (AL, 'his newspaper, The Pennsylvania Gazette, published the political cartoon'), 'agree',
  'The cartoon appeared in Franklin\'s Pennsylvania Gazette.')
P('quote', (PA, 'Join or Die'), (AL, 'Join or Die'), 'agree', 'Title of the cartoon: "Join or Die".')
P('event', (PA, 'Franklin sent several New York delegates his "short hints" for uniting the northern colonies'),
  (AR, 'Benjamin Franklin had drawn up a plan for “Articles of Confederation and Perpetual Union.”'), 'not-same',
  'Two different Franklin union plans: the 1754 "short hints" sent on the way to Albany vs the 1775 draft Articles of Confederation.')
P('date', (PA, 'The Albany Congress opened in the middle of June 1754'),
  (AL, 'The Albany Congress began on June 19, 1754'), 'more-precise',
  'Opening of the Albany Congress: middle of June 1754 vs June 19, 1754; (b) more precise.', 'A-P1',
  'precision: part of month vs day')
P('date', (PA, 'On June 24 the commissioners voted unanimously to take up the question of union'),
  (AL, 'the commissioners voted unanimously to discuss the possibility of union on June 24'), 'agree',
  'Unanimous vote to discuss union: June 24.')
P('date', (PA, 'a committee laid a draft before them on June 26'),
  (AL, 'The union committee submitted a draft of the plan on June 28'), 'differ',
  'Union committee\'s draft submitted: June 26 vs June 28.', 'A3', 'wrong day')
P('date', (PA, 'On June 24 the commissioners voted unanimously to take up the question of union'),
  (AL, 'until they adopted a final version on July 10'), 'not-same',
  'Different steps at Albany: the vote to take up union (June 24) vs adoption of the final plan (July 10).')
P('event', (PA, 'It proposed joining every British colony except Georgia and New Jersey'),
  (AL, 'the plan proposed the union of all the British colonies except for Georgia and Delaware'), 'differ',
  'Colonies left out of the proposed union: Georgia and New Jersey vs Georgia and Delaware.', 'A4', 'wrong place (colony)')
P('event', (PA, 'A Grand Council would be appointed in London, while the colonial governments would choose a President General'),
  (AL, 'The colonial governments were to select members of a "Grand Council," while the British Government would appoint a "president General."'),
  'differ', 'Who chooses whom: panel has London appoint the Grand Council and the colonies choose the President General; the essay has it the other way round.',
  'A5', 'swapped allocation (who appoints)')
P('event', (PA, 'the two together would manage relations with the Indian nations and settle boundary quarrels between colonies'),
  (AL, 'these two branches of the unified government would regulate colonial-Indian relations and also resolve territorial disputes between the colonies'),
  'agree', 'Functions of the union government: Indian relations and intercolonial territorial disputes.')
P('event', (PA, 'the authors gave the Grand Council the greater weight'),
  (AL, 'the Albany Plan gave the Grand Council greater relative authority'), 'agree',
  'Grand Council given greater relative authority.')
P('event', (PA, 'The plan did not allow the new government to raise taxes of its own'),
  (AL, 'The plan also allowed the new government to levy taxes for its own support'), 'differ',
  'Taxing power of the union government: denied vs allowed.', 'A6', 'wrong outcome (taxing power)')
P('event', (PA, 'Colonial governments feared for their own authority and land claims and either voted the plan down or ignored it'),
  (AL, 'Colonial governments, sensing that it would curb their own authority and territorial rights, either rejected the plan or chose not to act on it at all'),
  'agree', 'Colonial governments rejected or ignored the plan, fearing loss of authority and territory.')
P('event', (PA, 'had already sent General Edward Braddock as commander in chief'),
  (AL, 'The British Government had already dispatched General Edward Braddock as military commander in chief'), 'agree',
  'Braddock already sent as commander in chief.')
P('quantity', (PA, 'with three commissioners to handle Indian affairs'),
  (AL, 'along with two commissioners to handle Indian relations'), 'differ',
  'Commissioners for Indian affairs sent with Braddock: three vs two.', 'A7', 'wrong number (commissioners)')
P('event', (PA, 'it separated executive from legislative power, gave a common authority charge of external relations'),
  (AL, 'it attempted to establish the division between the executive and legislative branches of government, while establishing a common governmental authority to deal with external relations'),
  'agree', 'Legacy of the plan: executive/legislative division and a common authority for external relations.')
P('event', (PA, 'In June 1775 the provincial congress of Massachusetts forwarded a plan of union to the Continental Congress'),
  (AR, 'In June of 1775, the New York provincial Congress sent a plan of union to the Continental Congress'), 'differ',
  'Provincial congress that sent the June 1775 plan of union: Massachusetts vs New York.', 'A8', 'wrong place (colony)')
P('event', (PA, "like Albany's, still acknowledged the Crown"),
  (AR, 'like the Albany Plan, continued to recognize the authority of the British Crown'), 'agree',
  'The 1775 plan, like Albany, still recognised the Crown.')
P('quote', (PA, 'Articles of Confederation and Perpetual Union'), (AR, 'Articles of Confederation and Perpetual Union'), 'agree',
  'Title of Franklin\'s draft: "Articles of Confederation and Perpetual Union".')
P('event', (PA, 'Some delegates, John Adams among them, welcomed it'),
  (AR, 'While some delegates, such as Thomas Jefferson, supported Franklin’s proposal'), 'differ',
  'Delegate named as a supporter of Franklin\'s draft: John Adams vs Thomas Jefferson.', 'A9', 'wrong person')
P('date', (PA, 'when Franklin presented it on July 21 he called it only a draft'),
  (AR, 'Franklin introduced his plan before Congress on July 21, but stated that it should be viewed as a draft'), 'agree',
  'Franklin presented his draft on July 21 as a draft only.')
P('date', (PA, 'Congress opened its debate on a national government on July 22'),
  (AR, 'Congress began to discuss the form this government would take on July 22'), 'agree',
  'Congress began debating the national government on July 22.')
P('date', (PA, 'when Franklin presented it on July 21'),
  (AR, 'Congress began to discuss the form this government would take on July 22'), 'not-same',
  'Different events a day apart: Franklin presenting his draft (July 21) vs Congress opening debate on a government after independence (July 22).')
P('date', (PA, 'final discussion was put off until October 1777'),
  (AR, 'The disagreements delayed final discussions of confederation until October of 1777'), 'agree',
  'Final discussions delayed until October 1777.')
P('date', (PA, 'Virginia ratified first, on December 6, 1777'),
  (AR, 'On December 16, 1777, Virginia was the first state to ratify'), 'differ',
  'Virginia\'s ratification, the first: December 6 vs December 16, 1777.', 'A10', 'wrong day')
P('date', (PA, 'New Jersey ratified on November 20, 1778'), (AR, 'with New Jersey ratifying on Nov 20, 1778'), 'agree',
  'New Jersey ratified on November 20, 1778.')
P('date', (PA, 'Delaware early in 1779'), (AR, 'Delaware on Feb 1, 1779'), 'more-precise',
  'Delaware\'s ratification: early 1779 vs Feb 1, 1779; (b) more precise.', 'A-P2', 'precision: part of year vs day')
P('date', (PA, 'New Jersey ratified on November 20, 1778'), (AR, 'Delaware on Feb 1, 1779'), 'not-same',
  'Ratification dates of two different states: New Jersey vs Delaware.')
P('event', (PA, 'Thomas Burke of South Carolina'), (AR, 'Congressman Thomas Burke of North Carolina'), 'differ',
  'State of Thomas Burke: South Carolina vs North Carolina.', 'A11', 'wrong place (state)')
P('event', (PA, 'he answered by urging ratification'),
  (AR, 'Luzerne wrote back, urging the government of Maryland to ratify the Articles of Confederation'), 'agree',
  'Luzerne replied by urging Maryland to ratify.')
P('date', (PA, 'Maryland ratified on March 1, 1780'),
  (AR, 'the Maryland legislature ratified the Articles of Confederation on March 1, 1781'), 'differ',
  'Maryland\'s ratification: March 1, 1780 vs March 1, 1781.', 'A12', 'wrong year')
P('date', (PA, 'Congress voted on January 10, 1781 to create a Department of Foreign Affairs'),
  (AR, 'The Continental Congress voted on Jan 10, 1781, to establish a Department of Foreign Affairs'), 'agree',
  'Vote to establish a Department of Foreign Affairs: January 10, 1781.')
P('date', (PA, 'in August 1781 it elected Robert R. Livingston as its Secretary'),
  (AR, 'on Aug 10 of that year, it elected Robert R. Livingston as Secretary of Foreign Affairs'), 'more-precise',
  'Livingston elected Secretary of Foreign Affairs: August 1781 vs Aug 10 (of 1781, from the same sentence); (b) more precise.',
  'A-P3', 'precision: month vs day')

# ---------------------------------------------------------------- panel B: atomic diplomacy and the Baruch Plan
P('event', (PB, 'attempts to turn the threat of nuclear war into diplomatic leverage'),
  (AT, 'attempts to use the threat of nuclear warfare to achieve diplomatic goals'), 'agree',
  'Definition of atomic diplomacy.')
P('date', (PB, 'the first atomic bomb was tested in 1945'),
  (AT, 'After the first successful test of the atomic bomb in 1945'), 'agree', 'First atomic bomb test: 1945.')
P('event', (PB, 'the United States, Britain, Japan and the Soviet Union all pursued research on the bomb'),
  (AT, 'the United States, Britain, Germany and the U.S.S.R. were all engaged in scientific research to develop the atomic bomb'),
  'differ', 'Wartime bomb research: panel names Japan where the essay names Germany.', 'B1', 'wrong country')
P('date', (PB, 'By the middle of 1945 only the Americans had succeeded'),
  (AT, 'By mid-1945, however, only the United States had succeeded'), 'agree', 'Only the U.S. had succeeded by mid-1945.')
P('quantity', (PB, 'two bombs dropped on Hiroshima and Nagasaki'),
  (AT, 'it used two atomic weapons on the cities of Hiroshima and Nagasaki'), 'agree', 'Two bombs, on Hiroshima and Nagasaki.')
P('event', (PB, 'Franklin Roosevelt had chosen to keep the Soviet Union in the dark about the project'),
  (AT, 'President Franklin Roosevelt made the decision not to inform the Soviet Union of the technological developments'),
  'agree', 'Roosevelt did not inform the Soviet Union.')
P('event', (PB, 'at the Potsdam meeting he told Joseph Stalin only that America possessed an unusually destructive new bomb, without details'),
  (AT, 'Truman mentioned the existence of a particularly destructive bomb to Soviet Premier Joseph Stalin at the Allied meeting at Potsdam'),
  'agree', 'Truman told Stalin of a destructive bomb at Potsdam, without specifics.')
P('event', (PB, 'it wanted the occupation of Japan under American leadership rather than shared as in Germany'),
  (AT, 'they preferred a U.S.-led occupation of Japan rather than a co-occupation as had been arranged for Germany'),
  'agree', 'U.S.-led rather than shared occupation of Japan.')
P('date', (PB, 'In 1968 the historian Gar Alperovitz published a book'),
  (AT, 'In 1965, historian Gar Alperovitz published a book'), 'differ',
  'Year of Alperovitz\'s book: 1968 vs 1965.', 'B3', 'wrong year')
P('date', (PB, 'the successful test in 1945'),
  (AT, 'the successful atomic test at Alamogordo, New Mexico in July of 1945'), 'more-precise',
  'Alamogordo test: 1945 vs July 1945; (b) more precise.', 'B-P1', 'precision: year vs month')
P('event', (PB, 'at Alamogordo, Nevada'), (AT, 'at Alamogordo, New Mexico'), 'differ',
  'State of the Alamogordo test site: Nevada vs New Mexico.', 'B2', 'wrong place')
P('quote', (PB, 'nuclear umbrella'), (AT, 'nuclear umbrella'), 'agree', 'Western Europe under the American "nuclear umbrella".')
P('date', (PB, 'the Soviet Union tested its own bomb in 1949'),
  (AT, 'the Soviet Union successfully exploded its first atomic bomb in 1949'), 'agree', 'First Soviet bomb: 1949.')
P('date', (PB, 'the United Kingdom in 1952'), (AT, 'the United Kingdom in 1952'), 'agree', 'First British bomb: 1952.')
P('date', (PB, 'France in 1962'), (AT, 'France in 1960'), 'differ', 'First French bomb: 1962 vs 1960.', 'B4', 'wrong year')
P('date', (PB, "the People's Republic of China in 1964"), (AT, 'the People’s Republic of China in 1964'), 'agree',
  'First Chinese bomb: 1964.')
P('date', (PB, 'the Soviet Union tested its own bomb in 1949'), (AT, 'the United Kingdom in 1952'), 'not-same',
  'First atomic tests of two different countries (Soviet Union 1949, United Kingdom 1952).')
P('event', (PB, 'During the Berlin Blockade of 1948-49 Truman moved B-29 bombers able to carry atomic weapons into the region'),
  (AT, 'During the Berlin Blockade of 1948–49, President Truman transferred several B-29 bombers capable of delivering nuclear bombs to the region'),
  'agree', 'B-29s moved to the region during the Berlin Blockade of 1948-49.')
P('event', (PB, 'During the Berlin Blockade of 1948-49 Truman moved B-29 bombers able to carry atomic weapons into the region'),
  (AT, 'During the Korean War, President Truman once again deployed the B-29s to signal U.S. resolve'), 'not-same',
  'Two different B-29 deployments: Berlin Blockade vs Korean War.')
P('date', (PB, 'Eisenhower weighed, and rejected, nuclear coercion in 1953'),
  (AT, 'In 1953, President Dwight D. Eisenhower considered, but ultimately rejected the idea of using nuclear coercion'),
  'agree', 'Eisenhower considered and rejected nuclear coercion in 1953.')
P('date', (PB, "in 1962 it was Moscow's turn, placing missiles in Cuba"),
  (AT, 'in 1962, the Soviet deployment of nuclear missiles to Cuba'), 'agree', 'Soviet missiles in Cuba: 1962.')
P('date', (PB, 'By the mid-1950s, however, the two superpowers had reached rough parity'),
  (AT, 'By the mid-1960s, the United States and the Soviet Union had achieved approximate parity'), 'differ',
  'Approximate U.S.-Soviet nuclear parity reached: mid-1950s vs mid-1960s.', 'B6', 'wrong decade')
P('event', (PB, 'when President Johnson toyed with the idea of an atomic threat to end the Vietnam war'),
  (AT, 'President Nixon briefly considered using the threat of the bomb to help bring about an end to the war in Vietnam'),
  'differ', 'President who considered an atomic threat to end the Vietnam war: Johnson vs Nixon.', 'B5', 'wrong person')
P('event', (PB, 'the Conference of Foreign Ministers held in London'),
  (BA, 'the Conference of Foreign Ministers held in Moscow'), 'differ',
  'Place of the December 1945 Conference of Foreign Ministers: London vs Moscow.', 'B8', 'wrong place')
P('date', (PB, 'from December 16 to 26, 1945'), (BA, 'between December 16 and 26, 1945'), 'agree',
  'Conference of Foreign Ministers: December 16-26, 1945.')
P('date', (PB, 'The United Nations Atomic Energy Commission was set up on January 24, 1946'),
  (BA, 'The resulting body, the UNAEC, was created on January 24, 1946'), 'agree', 'UNAEC created January 24, 1946.')
P('event', (PB, '(the United States, Britain, France, the Soviet Union, China and India)'),
  (BA, '(the United States, Britain, France, the Soviet Union, China, and Canada)'), 'differ',
  'Sixth permanent member of the UNAEC: India vs Canada.', 'B9', 'wrong country')
P('quantity', (PB, 'with six permanent members'), (BA, 'with six permanent members'), 'agree', 'UNAEC: six permanent members.')
P('quantity', (PB, 'with six permanent members'), (BA, 'six rotating members'), 'not-same',
  'Two different groups of UNAEC members: permanent vs rotating (both six).')
P('event', (PB, 'Secretary of State James Byrnes formed an advisory committee that included Under-Secretary Dean Acheson'),
  (BA, 'U.S. Secretary of State James Byrnes created a special advisory committee, whose members included Under-Secretary of State Dean Acheson'),
  'agree', 'Byrnes set up an advisory committee including Under-Secretary Acheson.')
P('event', (PB, 'David Lilienthal, chairman of the Atomic Energy Commission'),
  (BA, 'the Chairman of the Tennessee Valley Authority David Lilienthal'), 'differ',
  'Lilienthal\'s office: chairman of the Atomic Energy Commission vs Chairman of the Tennessee Valley Authority.', 'B10', 'wrong office')
P('date', (PB, 'it handed him its report early in 1946'),
  (BA, 'The committee presented their report to Secretary Byrnes in March'), 'more-precise',
  'Acheson-Lilienthal report handed to Byrnes: early 1946 vs March (1946, from context); (b) more precise.', 'B-P2',
  'precision: part of year vs month')
P('event', (PB, 'Largely the work of its scientific consultant Enrico Fermi'),
  (BA, 'written in large part by the committee’s chief scientific consult, Robert Oppenheimer'), 'differ',
  'Main author of the report: Enrico Fermi vs Robert Oppenheimer.', 'B11', 'wrong person')
P('event', (PB, 'A day before the report went to the United Nations, Truman named Bernard Baruch as the American delegate'),
  (BA, 'The day before the United States submitted the Acheson-Lilienthal report to the United Nations, President Truman appointed Bernard Baruch as the American delegate to the UNAEC'),
  'agree', 'Baruch appointed delegate the day before the report went to the UN.')
P('date', (PB, 'On June 19, 1946, Baruch put a tougher version to the commission'),
  (BA, 'On June 14, 1946, before a session of the United Nations Atomic Energy Commission (UNAEC), U.S. representative Bernard Baruch, presented a proposal'),
  'differ', 'Baruch\'s presentation to the UNAEC: June 19 vs June 14, 1946.', 'B7', 'wrong day')
P('date', (PB, 'By mid-September Baruch privately told Truman'), (BA, 'By September 17, Baruch confessed to President Truman'),
  'more-precise', 'Baruch\'s admission to Truman: mid-September vs September 17; (b) more precise.', 'B-P3',
  'precision: part of month vs day')
P('date', (PB, 'It took place on December 30'), (BA, 'The vote was held on December 30'), 'agree', 'UNAEC vote on December 30.')
P('date', (PB, 'It took place on December 30'), (BA, 'By September 17, Baruch confessed to President Truman'), 'not-same',
  'Different events: the December 30 vote vs Baruch\'s September 17 admission to Truman.')
P('quantity', (PB, 'Ten of the twelve members voted yes'), (BA, 'with 10 of the UNAEC’s 12 members in favor'), 'agree',
  'Vote: 10 of 12 members in favour.')
P('event', (PB, 'the Soviet Union and Czechoslovakia abstained'),
  (BA, 'the other two members (the Soviet Union and Poland) abstained'), 'differ',
  'The second abstaining member: Czechoslovakia vs Poland.', 'B12', 'wrong country')

# ---------------------------------------------------------------- panel C: Alaska and the Ticonderoga
P('date', (PC, 'Russian interest in the Alaskan coast went back to 1725'),
  (AK, 'Beginning in 1725, when Russian Czar Peter the Great dispatched Vitus Bering to explore the Alaskan coast'), 'agree',
  'Russian interest in Alaska dates from 1725.')
P('event', (PC, 'when Catherine the Great sent Vitus Bering to chart it'),
  (AK, 'when Russian Czar Peter the Great dispatched Vitus Bering to explore the Alaskan coast'), 'differ',
  'Ruler who sent Bering: Catherine the Great vs Peter the Great.', 'C1', 'wrong person')
P('event', (PC, 'St. Petersburg never had the money to sustain large colonies or garrisons there'),
  (AK, 'St. Petersburg, however, lacked the financial resources to support major settlements or a military presence along the Pacific coast of North America'),
  'agree', 'Russia lacked the money for major settlements or garrisons.')
P('quantity', (PC, 'the number of permanent Russian settlers in Alaska never rose above about eight hundred'),
  (AK, 'permanent Russian settlers in Alaska never numbered more than four hundred'), 'differ',
  'Maximum number of permanent Russian settlers: about eight hundred vs four hundred.', 'C2', 'wrong number (settlers)')
P('event', (PC, 'Defeat in the Crimean War cooled Russian ambitions further'),
  (AK, 'Defeat in the Crimean War further reduced Russian interest in this region'), 'agree',
  'Crimean War defeat reduced Russian interest.')
P('date', (PC, 'Russia first proposed a sale in 1857'), (AK, 'Russia offered to sell Alaska to the United States in 1859'),
  'differ', 'First Russian offer to sell: 1857 vs 1859.', 'C3', 'wrong year')
P('event', (PC, 'its chief Pacific rival, France'), (AK, 'Russia’s greatest rival in the Pacific, Great Britain'), 'differ',
  'Russia\'s main Pacific rival: France vs Great Britain.', 'C4', 'wrong country')
P('event', (PC, 'The approach of the Civil War put the matter aside'), (AK, 'The looming U.S. Civil War delayed the sale'), 'agree',
  'The coming Civil War delayed the sale.')
P('date', (PC, 'in March 1867 he accepted the proposal of the Russian minister in Washington, Edouard de Stoeckl'),
  (AK, 'on March 30, 1867, agreed to a proposal from Russian Minister in Washington, Edouard de Stoeckl'), 'more-precise',
  'Seward accepted Stoeckl\'s proposal: March 1867 vs March 30, 1867; (b) more precise.', 'C-P1', 'precision: month vs day')
P('quantity', (PC, 'to buy the territory for $7.2 million'), (AK, 'to purchase Alaska for $7.2 million'), 'agree',
  'Purchase price: $7.2 million.')
P('date', (PC, 'The Senate gave its approval on April 19'), (AK, 'The Senate approved the treaty of purchase on April 9'),
  'differ', 'Senate approval of the Alaska treaty: April 19 vs April 9.', 'C5', 'wrong day')
P('date', (PC, 'Andrew Johnson added his signature on May 28'), (AK, 'President Andrew Johnson signed the treaty on May 28'),
  'agree', 'President Johnson signed the treaty on May 28.')
P('date', (PC, 'Andrew Johnson added his signature on May 28'), (AK, 'The Senate approved the treaty of purchase on April 9'),
  'not-same', 'Different steps of the Alaska treaty: presidential signature (May 28) vs Senate approval (April 9).')
P('date', (PC, 'the formal transfer took place in the autumn of 1867'),
  (AK, 'Alaska was formally transferred to the United States on October 18, 1867'), 'more-precise',
  'Formal transfer of Alaska: autumn 1867 vs October 18, 1867; (b) more precise.', 'C-P2', 'precision: season vs day')
P('date', (PC, 'A civil government arrived only in 1884'), (AK, 'the United States constituted a civil government in 1884'),
  'agree', 'Civil government for Alaska: 1884.')
P('quote', (PC, "Seward's Folly"), (AK, 'Seward’s Folly'), 'agree', 'Nickname "Seward\'s Folly".')
P('date', (PC, 'the discovery of gold in the Yukon in 1896'), (AK, 'a major gold deposit was discovered in the Yukon in 1896'),
  'agree', 'Yukon gold discovery: 1896.')
P('date', (PC, 'Alaska entered the Union as a state on January 3, 1959'), (AK, 'Alaska became a state on January 3, 1959'),
  'agree', 'Alaska statehood: January 3, 1959.')
P('event', (PC, 'The Panic of 1873 had tipped the American economy into a depression'),
  (SH, 'The U.S. economy had suffered greatly after the Panic of 1873 and entered into a depression'), 'agree',
  'Depression after the Panic of 1873.')
P('date', (PC, 'in 1878 Secretary of State William Evarts'),
  (SH, 'Shufeldt’s trip was conceived in 1878 by Secretary of State William Evarts'), 'agree',
  'Mission planned in 1878 by Secretary of State Evarts.')
P('event', (PC, 'Secretary of the Navy George Robeson'), (SH, 'Secretary of the Navy Richard W. Thompson'), 'differ',
  'Secretary of the Navy who planned the mission: George Robeson vs Richard W. Thompson.', 'C6', 'wrong person')
P('quote', (PC, 'unfrequented ports'), (SH, 'unfrequented ports'), 'agree', 'Instruction to visit "unfrequented ports".')
P('event', (PC, 'The man they picked was Commodore Robert Wilson Shufeldt'),
  (SH, 'after Shufeldt had been promoted to Rear Admiral and had secured a diplomatic post in China'), 'not-same',
  'Same person in different roles/times: Commodore chosen in 1878 vs later Rear Admiral with a post in China.')
P('event', (PC, 'Shufeldt was told to revise existing treaties and to make new ones'),
  (SH, 'Evarts instructed Shufeldt to renegotiate existing treaties and arrange new ones'), 'agree',
  'Instructions to renegotiate old treaties and make new ones.')
P('event', (PC, 'Senator Aaron Sargent of Oregon'), (SH, 'Senator Aaron Sargent of California'), 'differ',
  'State of Senator Aaron Sargent: Oregon vs California.', 'C7', 'wrong place (state)')
P('date', (PC, 'which American marines had invaded in 1871'), (SH, 'where U.S. Marines had invaded in 1871'), 'agree',
  'U.S. Marines invaded Korea in 1871.')
P('date', (PC, 'The U.S.S. Ticonderoga sailed from the United States on December 7, 1878'),
  (SH, 'The Ticonderoga left the United States on December 7, 1878'), 'agree', 'Ticonderoga departed December 7, 1878.')
P('date', (PC, 'reached Liberia in January 1879'), (SH, 'arrived in Liberia on January 15, 1879'), 'more-precise',
  'Arrival in Liberia: January 1879 vs January 15, 1879; (b) more precise.', 'C-P3', 'precision: month vs day')
P('event', (PC, 'awarding the lands east of the Sugaree River to Sierra Leone'),
  (SH, 'the lands east of the Sugaree River were awarded to Liberia'), 'differ',
  'Award of the lands east of the Sugaree River: Sierra Leone vs Liberia.', 'C8', 'wrong outcome')
P('event', (PC, 'the Portuguese-held island of Fernando Po'), (SH, 'the Spanish-controlled island of Fernando Po'), 'differ',
  'Power holding Fernando Po: Portugal vs Spain.', 'C9', 'wrong country')
P('event', (PC, 'he warned that an Anglo-French carve-up of Africa might shut out American trade'),
  (SH, 'what seemed to be the joint Anglo-French division of Africa that might interfere with future U.S. trade in the African continent'),
  'agree', 'Shufeldt\'s concern about an Anglo-French division of Africa.')
P('date', (PC, 'On October 4, 1879, Shufeldt concluded a commercial treaty with him'),
  (SH, 'where he successfully negotiated a commercial treaty with its ruler, Sultan Abdallah, on October 4, 1879'), 'agree',
  'Anjouan treaty: October 4, 1879.')
P('event', (PC, 'The Senate ratified it'), (SH, 'However, the treaty was not ratified by the U.S. Senate'), 'differ',
  'Fate of the Anjouan treaty in the Senate: ratified vs not ratified.', 'C10', 'wrong outcome')
P('date', (PC, 'On October 4, 1879, Shufeldt concluded a commercial treaty with him'),
  (SH, 'the 1883 Korean treaty which was signed on May 22, 1883'), 'not-same',
  'Two different treaties: Anjouan (1879) vs Korea (1883).')
P('date', (PC, 'an American legation opened there in 1883'), (SH, 'a U.S. legation was established there in 1883'), 'agree',
  'U.S. legation in Persia: 1883.')
P('date', (PC, 'an American legation opened there in 1883'), (SH, 'lay the groundwork for an 1883 commercial treaty with Korea'),
  'not-same', 'Two different 1883 events: the legation in Persia vs the Korean treaty.')
P('event', (PC, 'hoping Tokyo would mediate with Korea, but the effort failed'),
  (SH, 'Japanese mediation ultimately was not successful during Shufeldt’s voyage'), 'agree', 'Japanese mediation failed.')
P('event', (PC, 'Beijing had already engaged German advisers'), (SH, 'the Chinese government had already secured French assistance'),
  'differ', 'Foreign help already engaged for the Chinese navy: German vs French.', 'C11', 'wrong country')
P('date', (PC, 'the Korean treaty that Shufeldt had prepared was signed in 1883'),
  (SH, 'the 1883 Korean treaty which was signed on May 22, 1883'), 'more-precise',
  'Signing of the Korean treaty: 1883 vs May 22, 1883; (b) more precise.', 'C-P4', 'precision: year vs day')
P('event', (PC, 'by which time he had been promoted to Rear Admiral'), (SH, 'after Shufeldt had been promoted to Rear Admiral'),
  'agree', 'Shufeldt promoted Rear Admiral by the time of the Korean treaty.')

# ---------------------------------------------------------------- essay-essay pairs
P('event', (AR, 'had failed in part because the individual colonies were concerned about losing power to another central insitution'),
  (AL, 'the colonial governments’ own fears of losing power, territory, and commerce, both to other colonies and to the British Parliament, ensured the Albany Plan’s failure'),
  'agree', 'The Albany Plan failed because colonies feared losing power.')
P('date', (AR, 'on Aug 10 of that year, it elected Robert R. Livingston as Secretary of Foreign Affairs'),
  ('1776-1783-secret-committee', 'it was not until August 10 that the new Confederation Congress elected Robert Livingston as Secretary for Foreign Affairs'),
  'agree', 'Livingston elected Secretary of/for Foreign Affairs on August 10 (1781).')
P('date', (AR, 'The Continental Congress voted on Jan 10, 1781, to establish a Department of Foreign Affairs'),
  ('1776-1783-secret-committee', 'Congress finally agreed to establish departments on February 6, 1781'), 'differ',
  'The two essays date Congress\'s decision to set up the foreign-affairs department differently: Jan 10, 1781 vs February 6, 1781.')
P('event', (AR, 'it elected Robert R. Livingston as Secretary of Foreign Affairs'),
  ('1801-1829-louisiana-purchase', 'Jefferson sent James Monroe to join Robert Livingston in France'), 'not-same',
  'Same person in different roles: Livingston as Secretary of Foreign Affairs (1781) vs as envoy in France (1803).')
P('event', (AR, 'The Continental Congress voted on Jan 10, 1781, to establish a Department of Foreign Affairs'),
  ('1784-1800-convention-and-ratification', 'Congress passed legislation creating the Department of Foreign Affairs in its first session in 1789'),
  'not-same', 'Two different creations of a Department of Foreign Affairs: Confederation Congress (1781) vs first federal Congress (1789).')
P('event', (AR, 'Benjamin Franklin had drawn up a plan for “Articles of Confederation and Perpetual Union.”'),
  (AL, 'Franklin wrote to several New York commissioners outlining ‘short hints towards a scheme for uniting the Northern Colonies’'),
  'not-same', 'Two different Franklin plans of union: the draft Articles (1775) vs the Albany "short hints" (1754).')
P('event', (AL, 'The British Government had already dispatched General Edward Braddock as military commander in chief'),
  ('1750-1775-french-indian-war', 'The British Government sent General Edward Braddock to the colonies as commander in chief of British North American forces'),
  'agree', 'Britain sent Braddock as commander in chief.')
P('event', (AT, 'Truman mentioned the existence of a particularly destructive bomb to Soviet Premier Joseph Stalin at the Allied meeting at Potsdam'),
  ('1937-1945-potsdam-conf', 'President Truman’s July 24, 1945 conversation with Stalin, during which time the President informed the Soviet leader'),
  'agree', 'At Potsdam Truman told Stalin about the bomb.')
P('date', (AT, 'the successful atomic test at Alamogordo, New Mexico in July of 1945'),
  ('1937-1945-potsdam-conf', 'successfully detonated the first atomic bomb on July 16, 1945'), 'more-precise',
  'First atomic test: July 1945 vs July 16, 1945; (b) more precise.')
P('event', (AT, 'it could protect the region by placing it under the American “nuclear umbrella”'),
  ('1945-1952-nato', 'served to place the whole of Western Europe under the American “nuclear umbrella.”'), 'agree',
  'Western Europe under the American nuclear umbrella.')
P('event', (AT, 'During the Berlin Blockade of 1948–49, President Truman transferred several B-29 bombers capable of delivering nuclear bombs to the region'),
  ('1945-1952-berlin-airlift', 'the United States also sent to the United Kingdom B-29 bombers, which were capable of carrying nuclear weapons'),
  'agree', 'Nuclear-capable B-29s sent during the Berlin crisis.')
P('date', (AT, 'France in 1960'), ('1961-1968-npt', 'France exploded its first nuclear bomb in 1960'), 'agree',
  'First French bomb: 1960.')
P('date', (AT, 'the People’s Republic of China in 1964'), ('1961-1968-npt', 'the People’s Republic of China was not far behind in 1964'),
  'agree', 'First Chinese bomb: 1964.')
P('date', (AT, 'the United Kingdom in 1952'), ('1961-1968-npt', 'Pakistan tested its first atomic bomb in 1983'), 'not-same',
  'First atomic tests of two different countries (United Kingdom, Pakistan).')
P('event', (AT, 'the Soviet Union successfully exploded its first atomic bomb in 1949'),
  ('1945-1952-nsc68', 'the successful detonation of an atomic weapon by the Soviet Union'), 'agree',
  'The Soviet Union detonated an atomic bomb (1949; NSC-68 essay gives no year).')
P('quantity', (AT, 'it used two atomic weapons on the cities of Hiroshima and Nagasaki'),
  ('1937-1945-us-soviet', 'two devastating atomic bomb attacks against Japan by the United States'), 'agree',
  'Two U.S. atomic attacks on Japan.')
P('date', ('1945-1952-nuremberg', 'At the subsequent Moscow Conference, held in December 1945'),
  (BA, 'the Conference of Foreign Ministers held in Moscow between December 16 and 26, 1945'), 'more-precise',
  'Moscow Conference of Foreign Ministers: December 1945 vs December 16-26, 1945; (b) more precise.')
P('date', ('1937-1945-tehran-conf', 'During the Moscow Conference of the Foreign Ministers in October and November of 1943'),
  (BA, 'the Conference of Foreign Ministers held in Moscow between December 16 and 26, 1945'), 'not-same',
  'Two different Moscow foreign ministers\' conferences: 1943 vs 1945.')
P('event', (BA, 'U.S. Secretary of State James Byrnes created a special advisory committee'),
  ('1937-1945-potsdam-conf', 'Truman and his Secretary of State, James Byrnes'), 'agree',
  'James Byrnes as Truman\'s Secretary of State.')
P('event', (BA, 'Under-Secretary of State Dean Acheson'), ('1945-1952-nsc68', 'Secretary of State Dean Acheson asked the Policy Planning Staff'),
  'not-same', 'Same person in different offices: Under-Secretary (1946) vs Secretary of State (1950).')
P('date', ('1861-1865-victory', 'In 1867, Seward succeeded in purchasing Alaska from the Russian Government'),
  (AK, 'on March 30, 1867, agreed to a proposal from Russian Minister in Washington, Edouard de Stoeckl, to purchase Alaska for $7.2 million'),
  'more-precise', 'Seward\'s purchase of Alaska: 1867 vs March 30, 1867; (b) more precise.')
P('date', ('1866-1898-mahan', 'purchasing Alaska in 1867'),
  ('1866-1898-foreword', 'In 1867, the U.S. nearly doubled its holdings with the purchase of the territory of Alaska from the Russians'),
  'agree', 'Purchase of Alaska: 1867.')
P('date', ('1866-1898-burlingame-seward-treaty', 'the Chinese Exclusion Act of 1882'),
  ('1866-1898-chinese-immigration', 'In 1882, Congress passed the Chinese Exclusion Act'), 'agree', 'Chinese Exclusion Act: 1882.')
P('date', ('1953-1960-sputnik', 'The Cuban Missile Crisis of 1962'),
  ('1961-1968-cuban-missile-crisis', 'The Cuban Missile Crisis of October 1962'), 'more-precise',
  'Cuban Missile Crisis: 1962 vs October 1962; (b) more precise.')
P('date', (AT, 'in 1962, the Soviet deployment of nuclear missiles to Cuba'),
  ('1961-1968-cuban-missile-crisis', 'The Cuban Missile Crisis of October 1962'), 'more-precise',
  'Soviet missiles in Cuba / the missile crisis: 1962 vs October 1962; (b) more precise.')
