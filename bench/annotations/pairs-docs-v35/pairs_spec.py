"""Spec for pairs_v35 (round 41). One P(...) per pair: kind, (doc, span), (doc, span), verdict, note, label.
Side a is the panel for panel-essay pairs; for more-precise pairs side b is the more precise side.
label: planted-error label (A1.., A-P1..) or None."""

PA = 'panel-carter-and-reagan-at-a-glance'
PB = 'panel-model-treaty-and-secret-correspondence'
PC = 'panel-kennedy-johnson-and-the-alliance'
CF = '1977-1980-foreword'
RF = '1981-1988-foreword'
MT = '1776-1783-model-treaty'
SC = '1776-1783-secret-committee'
KF = '1961-1968-foreword'
AP = '1961-1968-alliance-for-progress'

PANELS = {
    PA: ('Two Presidents, One Cold War: From Carter\'s World Order to Reagan\'s Challenge, 1977-1989', [CF, RF]),
    PB: ('Letters and Templates: How Congress Went Looking for Friends Abroad, 1775-1781', [SC, MT]),
    PC: ('Any Price, Any Burden: The Kennedy and Johnson Years Abroad, 1961-1969', [KF, AP]),
}

PAIRS = []


def P(kind, a, b, verdict, note, label=None):
    PAIRS.append(dict(kind=kind, a=a, b=b, verdict=verdict, note=note, label=label))


# ---------------- Panel A: Carter and Reagan ----------------
P('date', (PA, 'came to the White House in January 1977'), (CF, 'took office in January 1977'), 'agree',
  'Carter took office in January 1977.')
P('quote', (PA, 'derived from a longer view of global change'), (CF, 'derived from a longer view of global change'),
  'agree', 'Carter quote: "derived from a longer view of global change".')
P('event', (PA, 'both veterans of the Kennedy administration'),
  (CF, 'both of whom had served in various capacities during the Lyndon B. Johnson administration'), 'differ',
  'Administration in which Brzezinski and Vance had served: Kennedy vs Lyndon B. Johnson.', 'A1')
P('date', (PA, 'After winning the election in November 1976'), (CF, 'after he won election in November 1976'), 'agree',
  'Carter won the election in November 1976.')
P('event', (PA, 'Harold Brown, once president of the Massachusetts Institute of Technology'),
  (CF, 'former California Institute of Technology President Harold Brown'), 'differ',
  'Institution Harold Brown had led: MIT vs California Institute of Technology.', 'A2')
P('date', (PA, 'also held a monthly lunch of their own'), (CF, 'also met weekly for an informal V–B–B luncheon'), 'differ',
  'How often Vance, Brzezinski and Brown lunched together: monthly vs weekly.', 'A3')
P('date', (PA, 'Two Presidential Directives issued on January 20, 1977'),
  (CF, 'In two Presidential Directives issued on January 20, 1977'), 'agree',
  'Two Presidential Directives were issued on January 20, 1977.')
P('event', (PA, 'Vice President Mondale chaired the SCC'), (CF, 'Brzezinski chaired the SCC'), 'differ',
  'Chair of the Special Coordination Committee: Mondale vs Brzezinski.', 'A4')
P('date', (PA, 'Carter concluded two agreements with Panama in 1977 and 1978'),
  (CF, 'in 1977 and 1978, two agreements with Panama'), 'agree', 'The two Panama Canal agreements date from 1977 and 1978.')
P('date', (PA, 'Panamanian sole control of it by 2000'), (CF, 'Panamanian sole control of the Canal by 1999'), 'differ',
  'Deadline for sole Panamanian control of the canal: 2000 vs 1999.', 'A5')
P('date', (PA, 'In September 1978 he mediated talks'), (CF, 'Anwar Sadat in September 1978'), 'agree',
  'Carter mediated between Begin and Sadat in September 1978.')
P('date', (PA, 'a formal peace agreement between Egypt and Israel in 1980'),
  (CF, 'resulting in a formal peace agreement between Egypt and Israel in 1979'), 'differ',
  'Year of the formal Egypt-Israel peace agreement: 1980 vs 1979.', 'A6')
P('date', (PA, 'normalization of relations with China in the late 1970s'),
  (CF, 'normalization of relations with China in 1979'), 'more-precise',
  'Normalization of relations with China completed: late 1970s vs 1979; (b) more precise.', 'A-P1')
P('date', (PA, 'signed the SALT II Treaty in 1979'), (CF, 'in 1979, signed the SALT II Treaty'), 'agree',
  'SALT II was signed in 1979.')
P('date', (PA, 'the Soviet invasion of Afghanistan in December 1979'),
  (CF, 'the Soviet invasion of Afghanistan in December 1979'), 'agree', 'The Soviet invasion of Afghanistan: December 1979.')
P('event', (PA, 'the treaty was never ratified'), (CF, 'the Senate failed to ratify SALT II'), 'agree',
  'SALT II was never ratified by the Senate.')
P('date', (PA, 'came barely a week after Iranian militants stormed'), (CF, 'took place a month after Iranian militants stormed'),
  'differ', 'Interval between the Tehran embassy seizure and the Afghanistan invasion: about a week vs a month.', 'A7')
P('event', (PA, 'a boycott of the 1980 Moscow Summer Olympics'),
  (CF, 'prohibiting U.S. participation in the upcoming 1980 Moscow Summer Olympics'), 'agree',
  'Carter kept the U.S. out of the 1980 Moscow Summer Olympics.')
P('date', (PA, 'State of the Union address in early 1980'), (CF, 'his January 1980 State of the Union address'),
  'more-precise', 'Carter\'s Persian Gulf warning in the State of the Union: early 1980 vs January 1980; (b) more precise.',
  'A-P2')
P('date', (PA, 'in November 1980 Ronald Reagan and George H.W. Bush defeated Carter and Mondale'),
  (CF, 'in November 1980, defeated Carter and Mondale'), 'agree', 'Reagan and Bush defeated Carter and Mondale in November 1980.')
P('event', (PA, 'Carter named Vance Secretary of State'), (CF, 'later including Secretary of State Edmund Muskie'),
  'not-same', 'Two different Secretaries of State under Carter: Vance (first) and Muskie (later).')
# Reagan
P('date', (PA, 'In his first inaugural address, on January 20, 1981'), (RF, 'In his first inaugural address on January 20, 1981'),
  'agree', 'Reagan\'s first inaugural address: January 20, 1981.')
P('date', (PA, 'In 1983 he called the Soviet Union'), (RF, 'In 1983, he famously characterized the Soviet Union'), 'agree',
  'Reagan called the Soviet Union an "evil empire" in 1983.')
P('quote', (PA, 'evil empire'), (RF, 'evil empire'), 'agree', 'Reagan quote: "evil empire".')
P('date', (PA, 'in 1988, at the Berlin Wall'), (RF, 'In 1987, standing in front of the Berlin Wall'), 'differ',
  'Year of the "tear down this wall" speech: 1988 vs 1987.', 'A8')
P('quote', (PA, 'tear down this wall'), (RF, 'tear down this wall'), 'agree', 'Reagan quote: "tear down this wall".')
P('quantity', (PA, 'grew by roughly 35 percent'), (RF, 'increasing the Defense Department budget by 35%'), 'more-precise',
  'Growth of the Defense Department budget under Reagan: roughly 35 percent vs 35%; (b) more precise.', 'A-P3')
P('event', (PA, 'anti-communist forces in Mozambique'), (RF, 'anti-communist forces in Angola'), 'differ',
  'Country where Reagan backed anti-communist forces: Mozambique vs Angola.', 'A9')
P('date', (PA, 'in 1983 American forces invaded Grenada'), (RF, 'In 1983 American forces invaded Grenada'), 'agree',
  'American forces invaded Grenada in 1983.')
P('date', (PA, 'In 1982 he floated deep cuts in nuclear stockpiles'),
  (RF, 'In 1982, Reagan broached the idea of substantially decreasing nuclear weapon stockpiles'), 'agree',
  'Reagan proposed deep cuts in nuclear stockpiles in 1982.')
P('date', (PA, 'the 1987 Intermediate-Range Nuclear Forces Treaty'), (RF, 'the 1987 Intermediate-Range Nuclear Forces Treaty (INF)'),
  'agree', 'The INF Treaty dates from 1987.')
P('event', (PA, 'the Strategic Arms Reduction Treaty'),
  (RF, 'Intermediate-Range Nuclear Forces Treaty (INF) that eliminated the deployment of theater-level nuclear missiles in Europe'),
  'not-same', 'Two different Reagan-era arms treaties: START (from the 1982 proposal) vs the 1987 INF Treaty.')
P('event', (PA, 'a terrorist attack in Rome'), (RF, 'a state-sanctioned terrorist attack in Berlin'), 'differ',
  'City of the terrorist attack that led to the bombing of Libya: Rome vs Berlin.', 'A10')
P('date', (PA, 'a landmark treaty on drug trafficking followed in 1986'), (RF, 'resulting in a landmark 1988 treaty'), 'differ',
  'Year of the landmark drug-trafficking treaty: 1986 vs 1988.', 'A11')
P('date', (PA, 'resigned after only twelve months'), (RF, 'resign after only 18 months in office'), 'differ',
  'How long Haig served before resigning: twelve months vs 18 months.', 'A12')
P('event', (PA, 'George Shultz held the post for the rest of the two terms'),
  (RF, 'George Shultz served as Secretary for the remainder of Reagan’s two terms'), 'agree',
  'Shultz was Secretary of State for the rest of Reagan\'s two terms.')
P('date', (PA, 'Caspar Weinberger ran the Pentagon for almost seven years'),
  (RF, 'Caspar Weinberger served as Secretary of Defense for almost seven years'), 'agree',
  'Weinberger was Secretary of Defense for almost seven years.')
P('event', (PA, 'Caspar Weinberger ran the Pentagon'), (CF, 'Harold Brown, whom Carter would nominate for Secretary of Defense'),
  'not-same', 'Two different Secretaries of Defense: Weinberger (Reagan) vs Harold Brown (Carter).')
P('date', (PA, 'led the CIA for several years'), (RF, 'William Casey as Director of Central Intelligence for six years'),
  'more-precise', 'Casey\'s tenure as Director of Central Intelligence: several years vs six years; (b) more precise.', 'A-P4')
P('quantity', (PA, 'the five men who served as National Security Adviser'), (RF, 'The six individuals who occupied the position'),
  'differ', 'Number of Reagan\'s National Security Advisers: five vs six.', 'A13')
P('date', (PA, 'Reagan left office in January 1989'), (RF, 'after Ronald Reagan left office in January 1989'), 'agree',
  'Reagan left office in January 1989.')
P('date', (PA, 'by the end of 1991 the Soviet Union was gone'), (RF, 'by the end of 1991 the Soviet Union had collapsed'),
  'agree', 'The Soviet Union had collapsed by the end of 1991.')

# ---------------- Panel B: Secret Committee and Model Treaty ----------------
P('date', (PB, 'On November 29, 1775'), (SC, 'on November 29, 1775'), 'agree',
  'Congress created the Committee of Correspondence on November 29, 1775.')
P('quote', (PB, 'friends in ... other parts of the world'), (SC, 'friends in ... other parts of the world'), 'agree',
  'Committee remit quote: "friends in ... other parts of the world".')
P('event', (PB, 'John Dickinson and John Adams'), (SC, 'John Dickinson, and John Jay'), 'differ',
  'Last-named original committee member: John Adams vs John Jay.', 'B1')
P('date', (PB, 'Committee for Foreign Affairs on April 17, 1778'), (SC, 'Committee for Foreign Affairs on April 17, 1777'),
  'differ', 'Date of renaming as Committee for Foreign Affairs: April 17, 1778 vs April 17, 1777.', 'B2')
P('date', (PB, 'In December 1775 he wrote to Don Gabriel de Bourbon'),
  (SC, 'On December 12, 1775, Franklin wrote to Don Gabriel de Bourbon'), 'more-precise',
  'Franklin\'s letter to Don Gabriel de Bourbon: December 1775 vs December 12, 1775; (b) more precise.', 'B-P1')
P('event', (PB, 'a Spanish prince and one of his scholarly correspondents'),
  (SC, "a prince of the Spanish royal family and one of Franklin's scholarly associates"), 'agree',
  'Don Gabriel was a Spanish prince and a scholarly associate of Franklin.')
P('event', (PB, 'Similar letters went to sympathizers in France'),
  (SC, 'Franklin wrote to Don Gabriel de Bourbon, a prince of the Spanish royal family'), 'not-same',
  'Different recipients of Franklin\'s letters: sympathizers in France vs a Spanish prince.')
P('event', (PB, 'Arthur Lee, a Virginian living in London'), (SC, 'Arthur Lee, a Virginian living in London'), 'agree',
  'Arthur Lee was a Virginian living in London.')
P('event', (PB, 'to send the colonies clandestine shipments of gunpowder and war materiel'),
  (SC, 'to provide the colonies with clandestine shipments of gunpowder and war materiel'), 'agree',
  'Vergennes provided clandestine shipments of gunpowder and war materiel.')
P('event', (PB, 'a French minister to America, Conrad-Alexandre Gerard'),
  (SC, 'the French Foreign Minister Charles Gravier, comte de Vergennes'), 'not-same',
  'Two French ministers: Gerard (minister to the United States) vs Vergennes (Foreign Minister).')
P('date', (PB, 'In the spring of 1776 a mysterious French traveler'), (SC, 'In late 1775, a mysterious French traveler'),
  'differ', 'When Bonvouloir appeared in Philadelphia: spring 1776 vs late 1775.', 'B3')
P('date', (PB, 'after British troops took Philadelphia in 1777'), (SC, 'especially after British forces seized Philadelphia in 1777'),
  'agree', 'British forces took Philadelphia in 1777.')
P('date', (PB, 'Only after France signed its alliance with the United States in 1778 did communications improve'),
  (SC, 'Once France formally signed an alliance with the United States in 1778, communications improved'), 'agree',
  'Communications improved after the 1778 alliance.')
P('event', (PB, 'Lee accused Silas Deane, the early agent in France, of financial wrongdoing'),
  (SC, 'Lee suspected the early colonial agent in France, Silas Deane, of financial malfeasance'), 'agree',
  'Lee suspected Deane of financial malfeasance.')
P('event', (PB, 'Arthur Lee, a Virginian living in London'), (SC, 'the early colonial agent in France, Silas Deane'), 'not-same',
  'Two different American agents: Arthur Lee in London vs Silas Deane in France.')
P('event', (PB, "Thomas Paine, by then the committee's secretary, took Lee's side"),
  (SC, 'Thomas Paine, who had become secretary of the Committee, sympathized with Lee'), 'agree',
  'Paine, secretary of the committee, sided with Lee.')
P('date', (PB, 'a resolution on January 12, 1779'), (SC, 'denying that there had been French aid on January 12, 1778'), 'differ',
  'Date of the resolution denying French aid: January 12, 1779 vs January 12, 1778.', 'B4')
P('event', (PB, 'James Duane wrote to Arthur Lee and John Jay'), (SC, 'James Lovell wrote to Arthur Lee and John Jay'), 'differ',
  'Who wrote to Lee and Jay proposing a Department of Foreign Affairs: Duane vs Lovell (Duane only agreed).', 'B5')
P('date', (PB, 'create executive departments early in 1781'), (SC, 'establish departments on February 6, 1781'), 'more-precise',
  'Congress agreed to establish departments: early 1781 vs February 6, 1781; (b) more precise.', 'B-P2')
P('date', (PB, 'only on August 10 did it'), (SC, 'it was not until August 10'), 'agree',
  'The Secretary for Foreign Affairs was elected on August 10 (1781, from the same sentence).')
P('event', (PB, 'Robert Morris as Secretary for Foreign Affairs'), (SC, 'Robert Livingston as Secretary for Foreign Affairs'),
  'differ', 'Who was elected Secretary for Foreign Affairs: Robert Morris vs Robert Livingston.', 'B6')
P('event', (PB, 'Virginia delegate George Wythe first proposed seeking a foreign alliance in early 1776'),
  (MT, 'Virginia delegate George Wythe originally advanced the suggestion of seeking a foreign alliance in early 1776'), 'agree',
  'George Wythe first proposed a foreign alliance in early 1776.')
P('date', (PB, 'in his diary in February and March of that year'), (MT, 'in his diary in February and March of 1776'), 'agree',
  'Adams wrote about trade with France in his diary in February and March 1776.')
P('date', (PB, 'Between May and June he sketched'), (MT, 'Between March and April, Adams drafted'), 'differ',
  'When Adams drafted the preliminary Model Treaty: May-June vs March-April (1776).', 'B7')
P('event', (PB, 'the colonies would accept no French troops'), (MT, 'the United States was to accept no troops from France'),
  'agree', 'Adams\'s draft accepted no French troops.')
P('date', (PB, 'laid a fuller draft before Congress on July 2, 1776'),
  (MT, 'before the Continental Congress on July 18, 1776'), 'differ',
  'Date Adams presented the formal draft: July 2, 1776 vs July 18, 1776.', 'B8')
P('date', (PB, 'Congress approved the Model Treaty on September 17, 1776'), (MT, 'Congress approved the treaty on September 17, 1776'),
  'agree', 'Congress approved the Model Treaty on September 17, 1776.')
P('date', (PB, 'Commissioners were appointed late in September'), (MT, 'appointed commissioners to execute the terms on September 25'),
  'more-precise', 'Appointment of commissioners: late September vs September 25 (1776); (b) more precise.', 'B-P3')
P('date', (PB, 'on September 24 drafted instructions for negotiating with France'),
  (MT, 'appointed commissioners to execute the terms on September 25'), 'not-same',
  'Two different steps a day apart: instructions drafted September 24 vs commissioners appointed September 25.')
P('date', (PB, 'France did not formally agree until early 1778'), (MT, 'until early 1778 for France to formally agree'), 'agree',
  'France formally agreed to a treaty in early 1778.')
P('event', (PB, "granted most-favored-nation privileges and allowed consuls in each other's cities"),
  (MT, 'granted each other most-favored-nation trading privileges, and also allowed for the presence of consuls'), 'agree',
  'The 1778 treaty gave most-favored-nation privileges and allowed consuls.')
P('event', (PB, 'any conquests in North America would go to the United States'),
  (MT, 'ceding any military gains in North America to the United States'), 'agree',
  'Military gains in North America were to go to the United States.')
P('event', (PB, 'any in the Caribbean to Spain'), (MT, 'any gains in the Caribbean to France'), 'differ',
  'Who would receive Caribbean conquests under the Treaty of Alliance: Spain vs France.', 'B9')
P('event', (PB, 'France promised not to make peace until Britain recognized American independence'),
  (MT, 'France agreed not to seek peace with Great Britain without British acknowledgement of American independence'), 'agree',
  'France would not make peace without British recognition of independence.')
P('event', (PB, 'if the Netherlands joined the alliance'), (MT, 'if Spain chose to join the alliance'), 'differ',
  'Country whose entry would allow the secret clause to alter articles: the Netherlands vs Spain.', 'B10')
P('date', (PB, 'the Convention of 1802'), (MT, 'the Convention of 1800'), 'differ',
  'Year of the Convention that ended the Quasi-War: 1802 vs 1800.', 'B11')
P('event', (PB, 'ended the undeclared Quasi-War with France'), (MT, 'terminated the undeclared Quasi-War with France'), 'agree',
  'The Convention ended the undeclared Quasi-War with France.')

# ---------------- Panel C: Kennedy, Johnson and the Alliance for Progress ----------------
P('date', (PC, 'on January 20, 1961, after eight years in the Senate'),
  (KF, 'on January 20, 1961, following an eight-year career in the Senate'), 'agree',
  'Kennedy took office on January 20, 1961 after eight years in the Senate.')
P('event', (PC, 'the youngest ever to hold the office'), (KF, 'the second youngest to ever serve in the office'), 'differ',
  'Kennedy\'s rank by age: youngest vs second youngest.', 'C1')
P('quote', (PC, 'pay any price, bear any burden, meet any hardship, support any friend, oppose any foe'),
  (KF, 'pay any price, bear any burden, meet any hardship, support any friend, oppose any foe'), 'agree',
  'Kennedy inaugural quote.')
P('event', (PC, 'president of the Ford Foundation'), (KF, 'president of the Rockefeller Foundation'), 'differ',
  'Foundation Dean Rusk headed: Ford vs Rockefeller.', 'C2')
P('event', (PC, 'Robert S. McNamara left the presidency of Ford Motor Company to become Secretary of Defense'),
  (KF, 'Robert S. McNamara, the president of Ford Motor Company, as his Secretary of Defense'), 'agree',
  'McNamara, president of Ford Motor Company, became Secretary of Defense.')
P('event', (PC, 'the Harvard dean McGeorge Bundy became National Security Adviser'),
  (KF, 'Walt Rostow replaced Bundy as National Security Advisor'), 'not-same',
  'Two different National Security Advisers: Bundy (from 1961) vs Rostow (his successor).')
P('date', (PC, 'a post he had held since 1950'), (KF, 'which he had held since 1953'), 'differ',
  'Year Allen Dulles became Director of Central Intelligence: 1950 vs 1953.', 'C3')
P('quote', (PC, 'flexible response'), (KF, 'flexible response'), 'agree', 'Kennedy\'s "flexible response" strategy.')
P('date', (PC, 'In April 1961 Kennedy allowed a brigade of Cuban exiles to land in Cuba'),
  (KF, 'In April 1961, a short few months into his administration, Kennedy authorized a clandestine invasion of Cuba by a brigade of Cuban exiles'),
  'agree', 'The Cuban exile invasion was in April 1961.')
P('date', (PC, 'fell apart within three days'), (KF, 'collapsed in two days'), 'differ',
  'How quickly the Bay of Pigs operation collapsed: three days vs two days.', 'C4')
P('event', (PC, 'he soon replaced Dulles with John A. McCone'), (KF, 'Kennedy soon replaced DCI Allen W. Dulles with John A. McCone'),
  'agree', 'Kennedy replaced Dulles with McCone.')
P('date', (PC, 'at Vienna in the summer of 1961'), (KF, 'in June 1961 at the Vienna Summit'), 'more-precise',
  'Kennedy-Khrushchev meeting at Vienna: summer 1961 vs June 1961; (b) more precise.', 'C-P1')
P('date', (PC, 'the building of the Berlin Wall in late 1961'), (KF, 'the construction of the Berlin Wall in late 1961'), 'agree',
  'The Berlin Wall was built in late 1961.')
P('date', (PC, 'In late 1962 the Soviets supplied Cuba with medium-range ballistic missiles'),
  (KF, 'in late 1962 the Soviet Union gave the Cuban Government medium-range ballistic missiles'), 'agree',
  'Soviet missiles went to Cuba in late 1962.')
P('date', (PC, 'eleven tense days passed'), (KF, 'The tense thirteen days of the Cuban Missile Crisis'), 'differ',
  'Length of the Cuban Missile Crisis: eleven vs thirteen days.', 'C5')
P('event', (PC, 'Kennedy refused to send American troops to fight the insurgency in Laos'),
  (KF, 'he authorized sending troops and military advisers to the U.S.-backed nation of South Vietnam'), 'not-same',
  'Different countries and decisions: no troops for Laos vs troops and advisers for South Vietnam.')
P('date', (PC, 'After his assassination in November 1963'), (KF, 'Kennedy’s assassination in November 1963'), 'agree',
  'Kennedy was assassinated in November 1963.')
P('quote', (PC, 'from South Vietnam to West Berlin'), (KF, 'from South Vietnam to West Berlin'), 'agree',
  'Johnson quote: "from South Vietnam to West Berlin".')
P('date', (PC, 'succeeded Bundy as National Security Advisor in 1965'), (KF, 'replaced Bundy as National Security Advisor in 1966'),
  'differ', 'Year Rostow replaced Bundy: 1965 vs 1966.', 'C6')
P('date', (PC, 'The Gulf of Tonkin Resolution of 1964'), (KF, 'the August 1964 Gulf of Tonkin Resolution'), 'more-precise',
  'Gulf of Tonkin Resolution: 1964 vs August 1964; (b) more precise.', 'C-P2')
P('date', (PC, 'Operation Rolling Thunder began bombing the North in early 1965'),
  (KF, 'In early 1965, the U.S. military launched Operation Rolling Thunder'), 'agree', 'Rolling Thunder began in early 1965.')
P('event', (PC, 'Marines soon came ashore at Hue'), (KF, 'the landing of Marines at Danang'), 'differ',
  'Where the first Marine ground combat forces landed: Hue vs Danang.', 'C7')
P('quantity', (PC, 'some 300,000 American troops'), (KF, 'nearly 500,000 troops'), 'differ',
  'American troops in Vietnam by 1967: some 300,000 vs nearly 500,000.', 'C8')
P('date', (PC, 'After the Tet Offensive in 1968'), (KF, 'Following the Tet Offensive in 1968'), 'agree',
  'The Tet Offensive was in 1968.')
P('date', (PC, 'In 1966 Johnson sent troops into the civil war in the Dominican Republic'),
  (KF, 'Johnson sent troops to the Dominican Republic in 1965'), 'differ',
  'Year of the Dominican Republic intervention: 1966 vs 1965.', 'C9')
P('date', (PC, 'In 1968 the Soviet Union led Warsaw Pact forces into Czechoslovakia'),
  (KF, 'the Soviet Union led Warsaw Pact troops in an invasion of Czechoslovakia'), 'agree',
  'The Warsaw Pact invasion of Czechoslovakia (1968, same sentence in both).')
P('date', (PC, 'Johnson left office on January 20, 1969'), (KF, 'Johnson left office on January 20, 1969'), 'agree',
  'Johnson left office on January 20, 1969.')
P('date', (PC, 'Johnson left office on January 20, 1969'), (KF, 'President John F. Kennedy assumed office on January 20, 1961'),
  'not-same', 'Two different January 20 transitions: Johnson leaving office (1969) vs Kennedy taking office (1961).')
P('date', (PC, 'which ran from 1961 to 1969'), (AP, 'the 1961–1969 Alliance for Progress'), 'agree',
  'The Alliance for Progress ran 1961-1969.')
P('event', (PC, 'in effect a Marshall Plan for the hemisphere'), (AP, 'in essence a Marshall Plan for Latin America'), 'agree',
  'The Alliance was a Marshall Plan for Latin America.')
P('quantity', (PC, 'pledged $25 billion'), (AP, 'pledged $20 billion'), 'differ',
  'U.S. pledge under the Alliance for Progress: $25 billion vs $20 billion.', 'C10')
P('quantity', (PC, 'asked Latin American governments to put up $80 billion in investment'),
  (AP, 'called upon the Latin American governments to provide $80 billion in investment funds'), 'agree',
  'Latin American governments were to provide $80 billion.')
P('quantity', (PC, '$80 billion in investment'), (AP, 'pledged $20 billion in assistance'), 'not-same',
  'Two sums for different holders: $80 billion from Latin American governments vs $20 billion pledged by the U.S.')
P('event', (PC, 'the largest American aid program for the developing world up to that time'),
  (AP, 'the biggest U.S. aid program toward the developing world up to that point'), 'agree',
  'The Alliance was the biggest U.S. aid program for the developing world to that point.')
P('quantity', (PC, 'about 2 percent of the decade\'s economic growth'), (AP, 'only 2 percent of economic growth'), 'more-precise',
  'Share of 1960s Latin American growth that helped the poor: about 2 percent vs 2 percent; (b) more precise.', 'C-P3')
P('quote', (PC, "Kennedy's Kiddie Corps"), (AP, 'Kennedy’s Kiddie Corps'), 'agree', 'Quote: "Kennedy\'s Kiddie Corps".')
P('date', (PC, 'The Peace Corps, founded in 1961'), (AP, 'when it was established in 1961'), 'agree',
  'The Peace Corps was established in 1961.')
P('date', (PC, 'three-year tours'), (AP, '(on 2-year tours)'), 'differ', 'Length of Peace Corps tours: three years vs 2 years.', 'C11')
P('quantity', (PC, 'More than 187,000 volunteers'), (AP, 'more than 187,000 men and women'), 'agree',
  'More than 187,000 people have served in the Peace Corps.')
P('quantity', (PC, 'served in 141 countries'), (AP, 'served in 139 countries'), 'differ',
  'Countries in which Peace Corps volunteers have served since founding: 141 vs 139.', 'C12')
P('quantity', (PC, '7,749 are now at work in 73 countries'), (AP, 'There are 7,749 Peace Corps Volunteers currently serving 73 countries'),
  'agree', '7,749 volunteers currently serve in 73 countries.')
P('quantity', (PC, 'now at work in 73 countries'), (AP, 'served in 139 countries'), 'not-same',
  'Two country counts for different periods: 73 countries now vs 139 countries since founding.')

# ---------------- Essay-essay pairs ----------------
P('date', (CF, 'completed the normalization of relations with China in 1979'),
  ('1977-1980-china-policy', 'official diplomatic relations with the People’s Republic of China on January 1, 1979'), 'more-precise',
  'Start of official U.S.-PRC relations: 1979 vs January 1, 1979; (b) more precise.')
P('date', (CF, 'in 1979, signed the SALT II Treaty'), ('1969-1976-salt', 'On June 17, 1979, Carter and Brezhnev signed the SALT II Treaty'),
  'more-precise', 'Signing of SALT II: 1979 vs June 17, 1979; (b) more precise.')
P('date', (CF, 'the Soviet invasion of Afghanistan in December 1979'),
  ('1977-1980-horn-of-africa', 'the Soviet invasion of Afghanistan in December 1979'), 'agree',
  'The Soviet invasion of Afghanistan: December 1979.')
P('event', (CF, 'prohibiting U.S. participation in the upcoming 1980 Moscow Summer Olympics'),
  ('1977-1980-soviet-invasion-afghanistan', 'called for a boycott of the 1980 Moscow Olympics'), 'agree',
  'Carter boycotted the 1980 Moscow Olympics.')
P('event', (CF, 'the Senate failed to ratify SALT II'), ('1969-1976-salt', 'it was never ratified'), 'agree',
  'SALT II was never ratified.')
P('date', (CF, 'in 1979, signed the SALT II Treaty'),
  ('1969-1976-salt', 'At the November 1974 Vladivostok Summit, Ford and Brezhnev agreed on the basic framework of a SALT II agreement'),
  'not-same', 'Two SALT II milestones: the 1979 signing (Carter) vs the 1974 Vladivostok framework (Ford).')
P('date', (CF, 'Anwar Sadat in September 1978'),
  ('1977-1980-camp-david', 'Israeli Prime Minister Menachem Begin in September 1978'), 'agree',
  'The Camp David framework talks/Accords: September 1978.')
P('date', (CF, 'resulting in a formal peace agreement between Egypt and Israel in 1979'),
  ('1977-1980-camp-david', 'a historic peace treaty concluded between Israel and Egypt in March 1979'), 'more-precise',
  'Egypt-Israel peace treaty: 1979 vs March 1979; (b) more precise.')
P('quote', (RF, 'the Soviet Union as an “evil empire'), ('1981-1988-u-s-soviet-relations', 'labeled the Soviet Union an “evil empire'), 'agree',
  'Reagan labeled the Soviet Union an "evil empire".')
P('date', (RF, 'In 1983, he famously characterized the Soviet Union'),
  ('1981-1988-u-s-soviet-relations', 'In May 1988, standing in the middle of Red Square in Moscow'), 'not-same',
  'Two different statements about the "evil empire": coining it in 1983 vs disowning it in Red Square in May 1988.')
P('date', (RF, 'In 1987, standing in front of the Berlin Wall'),
  ('1989-1992-fall-of-communism', 'President’s Ronald Reagan’s 1987 Berlin speech'), 'agree',
  'Reagan\'s "tear down this wall" speech: 1987.')
P('date', (RF, 'In 1983 American forces invaded Grenada'), ('1981-1988-central-america', 'the invasion of Grenada in October 1983'),
  'more-precise', 'Invasion of Grenada: 1983 vs October 1983; (b) more precise.')
P('event', (SC, 'elected Robert Livingston as Secretary for Foreign Affairs'),
  ('1776-1783-articles', 'on Aug 10 of that year, it elected Robert R. Livingston as Secretary of Foreign Affairs'), 'agree',
  'Robert Livingston was elected Secretary for Foreign Affairs on August 10 (1781).')
P('date', (MT, 'until early 1778 for France to formally agree'),
  ('1776-1783-french-alliance', 'signed the Treaty of Alliance and the Treaty of Amity and Commerce on February 6, 1778'),
  'more-precise', 'France formally concluded the treaties: early 1778 vs February 6, 1778; (b) more precise.')
P('event', (MT, 'the Convention of 1800 between France and the United States that terminated the undeclared Quasi-War'),
  ('1776-1783-french-alliance', 'the Convention of 1800 which also terminated the Quasi-War'), 'agree',
  'The Convention of 1800 ended the Quasi-War.')
P('event', (MT, 'The Treaty of Amity and Commerce that the United States and France concluded in 1778 was based on this treaty'),
  ('1784-1800-xyz', 'annul the 1778 Treaty of Alliance'), 'not-same',
  'Two different 1778 treaties with France: the Treaty of Amity and Commerce vs the Treaty of Alliance.')
P('event', (MT, 'a secret clause allowing for articles to be altered if Spain chose to join the alliance'),
  ('1776-1783-french-alliance', 'a secret clause allowing for Spain, or other European powers, to enter into the alliance'), 'agree',
  'The 1778 alliance had a secret clause about Spain joining.')
P('date', (KF, 'collapsed in two days'), ('1961-1968-bay-of-pigs', 'were defeated within 2 days'), 'agree',
  'The Bay of Pigs invasion was defeated within two days.')
P('event', (KF, 'authorized Johnson to take any measures he believed were necessary to retaliate'),
  ('1961-1968-gulf-of-tonkin', 'authorizing President Johnson to take any measures he believed were necessary to retaliate'), 'agree',
  'The Gulf of Tonkin Resolution authorized Johnson to take any measures necessary to retaliate.')
P('date', (KF, 'an invasion of Czechoslovakia'),
  ('1961-1968-soviet-invasion-czechoslavkia', 'the Soviet invasion of Afghanistan in 1979'), 'not-same',
  'Two different Soviet invasions: Czechoslovakia (1968) vs Afghanistan (1979).')
P('date', (AP, 'when it was established in 1961'), ('1969-1976-allende', 'The Alliance for Progress, signed in 1961'), 'not-same',
  'Two different 1961 programs: the Peace Corps (established) vs the Alliance for Progress (signed).')
P('date', (AP, 'the 1961–1969 Alliance for Progress'), ('1969-1976-allende', 'The Alliance for Progress, signed in 1961'), 'agree',
  'The Alliance for Progress began in 1961.')
