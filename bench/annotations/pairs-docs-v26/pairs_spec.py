"""Hand-written gold for pairs_v26.

P(kind, (doc, span), (doc, span), verdict, note, label=None, type=None)
* span: exact, case-sensitive substring of the doc; must occur once and lie inside one sentence.
* label/type: only for planted panel errors (A1.., A-P1.. etc.).
* more-precise: side b is always the more precise side.
"""

PA = 'panel-olney-note-and-pan-american-congress'
PB = 'panel-beirut-and-the-summit-road'
PC = 'panel-enlargement-and-the-kremlin'
VEN = '1866-1898-venezuela'
BLA = '1866-1898-blaine'
LEB = '1981-1988-lebanon'
USS = '1981-1988-u-s-soviet-relations'
NATO = '1993-2000-evolution-of-nato'
CY = '1993-2000-clinton-yeltsin'

PANELS = {PA: [BLA, VEN], PB: [LEB, USS], PC: [NATO, CY]}

PAIRS = []


def P(kind, a, b, verdict, note, label=None, type=None):
    PAIRS.append(dict(kind=kind, a=a, b=b, verdict=verdict, note=note, label=label, type=type))


# ---------------------------------------------------------------- panel A: Blaine and the Venezuela boundary
P('date', (PA, 'Blaine took up the post in 1881'), (BLA, 'Blaine took office in 1881'),
  'agree', 'Blaine becomes Secretary of State in 1881.')
P('event', (PA, 'he gave the State Department to James G. Blaine, the man who had fought him for the Republican nomination'),
  (BLA, 'President-elect Garfield named James G. Blaine, his former rival for the Republican presidential nomination'),
  'agree', 'Garfield picks his rival for the nomination, Blaine, as Secretary of State.')
P('quote', (PA, 'first, to bring about peace and prevent futile wars in North and South America'),
  (BLA, 'first, to bring about peace and prevent futile wars in North and South America'),
  'agree', "Blaine's first aim for Latin America, quoted identically.")
P('date', (PA, 'a goal reached only with the Hay-Pauncefote treaty of 1903'),
  (BLA, 'a goal finally realized in the 1901 Hay-Pauncefote treaty with Great Britain'),
  'differ', 'Hay-Pauncefote treaty securing exclusive canal control: 1903 vs 1901.', 'A1', 'wrong year')
P('date', (PA, 'although the islands were not annexed until 1898'), (BLA, 'although Hawaii was not annexed until 1898'),
  'agree', 'Hawaii annexed only in 1898.')
P('event', (PA, 'which set Chile against Peru and Ecuador'), (BLA, 'War of the Pacific between Chile, Peru and Bolivia'),
  'differ', "War of the Pacific belligerents: Chile, Peru and Ecuador vs Chile, Peru and Bolivia.", 'A2', 'wrong country')
P('date', (PA, 'from 1879 to 1883'), (BLA, 'the 1879–1883 War of the Pacific'),
  'agree', 'War of the Pacific lasts 1879-1883.')
P('date', (PA, 'The assassination of Garfield in July 1881'), (BLA, 'President Garfield’s assassination in July 1881'),
  'agree', "Garfield's assassination in July 1881.")
P('date', (PA, 'the Secretary stepped down, in October 1881'), (BLA, 'Blaine resigned as Secretary of State in December 1881'),
  'differ', "Blaine's first resignation: October 1881 vs December 1881.", 'A3', 'wrong month')
P('event', (PA, 'When Arthur called off the Pan American Congress that Blaine had been planning'),
  (BLA, 'After Arthur canceled a planned Pan American Congress'),
  'agree', 'Arthur cancels the planned Pan American Congress.')
P('date', (PA, 'Benjamin Harrison, elected in 1888'), (BLA, 'When Benjamin Harrison was elected President in 1888'),
  'agree', "Harrison's election in 1888.")
P('event', (PA, 'finally met in New York'), (BLA, 'was finally convened in Washington'),
  'differ', 'Host city of the 1889 Pan American Congress: New York vs Washington.', 'A4', 'wrong place (city)')
P('date', (PA, 'in 1889'), (BLA, 'In 1889, a Pan American Congress'),
  'agree', 'The Pan American Congress meets in 1889.')
P('event', (PA, 'a tireless campaign for arbitration treaties with Latin American governments'),
  (BLA, 'campaigning tirelessly for arbitration treaties with Latin American nations'),
  'agree', "Blaine's campaign for arbitration treaties with Latin America.")
P('quote', (PA, 'Colossus of the North'), (BLA, 'Colossus of the North'),
  'agree', 'Latin American suspicion of the "Colossus of the North".')
P('date', (PA, 'Blaine left office in August 1892'), (BLA, 'Blaine resigned in June 1892'),
  'differ', "Blaine's second resignation: August 1892 vs June 1892.", 'A5', 'wrong month')
P('date', (PA, 'died early in 1893'), (BLA, 'died in January 1893'),
  'more-precise', "Blaine's death: early 1893 vs January 1893 ((b) more precise).", 'A-P1', 'precision: part of year vs month')
P('quantity', (PA, 'aged 66'), (BLA, 'at age 63'),
  'differ', "Blaine's age at death: 66 vs 63.", 'A6', 'wrong number (age)')
P('date', (PA, 'opened formally in 1841, with a Venezuelan protest against British encroachment'),
  (VEN, 'officially began in 1841, when the Venezuelan Government protested alleged British encroachment'),
  'agree', 'Boundary dispute formally begins with a Venezuelan protest in 1841.')
P('date', (PA, 'Britain had obtained the colony from the Netherlands by treaty in 1815'),
  (VEN, 'In 1814, Great Britain had acquired British Guiana (now Guyana) by treaty with the Netherlands'),
  'differ', 'Britain acquires British Guiana from the Netherlands: 1815 vs 1814.', 'A7', 'wrong year')
P('date', (PA, 'His survey of 1835 produced the Schomburgk Line'),
  (VEN, 'His 1835 survey resulted in what came to be known as the Schomburgk Line'),
  'agree', "Schomburgk's survey of 1835.")
P('quantity', (PA, 'added some 40,000 square miles to Guiana'),
  (VEN, 'effectively claimed an additional 30,000 square miles for Guiana'),
  'differ', 'Area added to Guiana by the Schomburgk Line: some 40,000 vs 30,000 square miles.', 'A8', 'wrong number (area)')
P('quantity', (PA, 'a claim on two-thirds of the British colony'),
  (VEN, 'an effective claim on two-thirds of British Guiana’s territory'),
  'agree', "Venezuela's claim to the Essequibo covers two-thirds of British Guiana.")
P('quantity', (PA, 'Britain pushed its claim a further 33,000 square miles west of the line'),
  (VEN, 'claiming an additional 33,000 square miles west of the Schomburgk Line'),
  'agree', 'After the gold finds Britain claims 33,000 more square miles west of the line.')
P('quantity', (PA, 'Britain pushed its claim a further 33,000 square miles west of the line'),
  (VEN, 'effectively claimed an additional 30,000 square miles for Guiana'),
  'not-same', 'Two areas: the later 33,000-square-mile extension vs the 30,000 square miles of the 1835 line itself.')
P('date', (PA, 'Caracas turned to Washington in 1886'),
  (VEN, 'In 1876 Venezuela protested and appealed to the United States for assistance'),
  'differ', "Venezuela's appeal to the United States: 1886 vs 1876.", 'A9', 'wrong year')
P('event', (PA, 'the new Secretary of State, Walter Gresham'),
  (VEN, 'newly appointed U.S. Secretary of State Richard Olney'),
  'differ', 'Author of the 1895 note to Salisbury: Walter Gresham vs Richard Olney.', 'A10', 'wrong person')
P('event', (PA, 'Salisbury replied that the Monroe Doctrine had no standing in international law'),
  (VEN, 'Salisbury response was that the Monroe Doctrine had no validity as international law'),
  'agree', "Salisbury's reply: the Monroe Doctrine is not international law.")
P('date', (PA, 'At the end of 1895'), (VEN, 'in December 1895'),
  'more-precise', "Cleveland's request for a boundary commission: end of 1895 vs December 1895 ((b) more precise).",
  'A-P2', 'precision: part of year vs month')
P('quote', (PA, 'by every means'), (VEN, 'by every means'),
  'agree', 'The commission findings to be enforced "by every means".')
P('event', (PA, 'After a bitter debate the measure passed by a narrow vote'), (VEN, 'Congress passed the measure unanimously'),
  'differ', "Congress's vote on the boundary commission: narrow vote vs unanimous.", 'A11', 'wrong outcome')
P('event', (PA, "Salisbury's government laid the case before the American commission and said nothing more about the Monroe Doctrine"),
  (VEN, 'Lord Salisbury’s government submitted the dispute to the American boundary commission and said nothing else of the Monroe Doctrine'),
  'agree', 'Britain submits to the American commission and drops the Monroe Doctrine argument.')
P('date', (PA, 'handed down in October 1899'), (VEN, 'rendered a decision on October 3, 1899'),
  'more-precise', 'Boundary award: October 1899 vs October 3, 1899 ((b) more precise).', 'A-P3', 'precision: month vs day')
P('event', (PA, 'fixed the frontier along the Schomburgk Line'), (VEN, 'it directed that the border follow the Schomburgk Line'),
  'agree', 'The award follows the Schomburgk Line.')
P('event', (PA, 'When Arthur called off the Pan American Congress that Blaine had been planning'),
  (BLA, 'In 1889, a Pan American Congress was finally convened in Washington'),
  'not-same', 'Two Pan American Congresses: the one Arthur cancelled in 1881 vs the one convened in 1889.')
P('date', (PA, 'Blaine took up the post in 1881'), (BLA, 'he invited Blaine to become Secretary of State once again'),
  'not-same', "Blaine's two terms as Secretary of State: appointment in 1881 vs Harrison's second appointment (1889).")

# ---------------------------------------------------------------- panel B: Lebanon and U.S.-Soviet relations, 1981-1988
P('date', (PB, 'Ronald Reagan entered the White House in January 1981'), (USS, 'When Ronald Reagan became president in January 1981'),
  'agree', 'Reagan takes office in January 1981.')
P('event', (PB, 'Jimmy Carter had withdrawn the SALT II treaty from the Senate'),
  (USS, 'causing President Jimmy Carter to withdraw a strategic arms limitation treaty (SALT II) from Senate ratification'),
  'agree', 'Carter withdraws SALT II from the Senate after Afghanistan.')
P('date', (PB, 'the imposition of martial law in Poland in December 1981'),
  (USS, 'declaration of martial law in Poland in December 1981'),
  'agree', 'Martial law in Poland, December 1981.')
P('date', (PB, 'In May 1981'), (LEB, 'In April 1981, the Israeli Air Force attacked Syrian forces in Lebanon'),
  'differ', 'Israeli air attack on Syrian forces near the Sannin ridge: May 1981 vs April 1981.', 'B1', 'wrong month')
P('event', (PB, 'Syria answered by moving surface-to-air missiles into the Biqa\' Valley'),
  (LEB, 'Syria responded by deploying surface-to-air missiles into the Biqa‘ Valley'),
  'agree', 'Syria moves surface-to-air missiles into the Biqa Valley.')
P('event', (PB, 'he secured a de facto ceasefire'), (LEB, 'Habib managed to negotiate a de facto ceasefire between Israel and the PLO'),
  'agree', "Habib's de facto Israel-PLO ceasefire of 1981.")
P('event', (PB, "gunmen shot Shlomo Argov, Israel's ambassador to Britain, in Paris"),
  (LEB, 'In London on June 3, 1982, Palestinian assailants shot Shlomo Argov'),
  'differ', 'Where Ambassador Argov was shot: Paris vs London.', 'B2', 'wrong place (city)')
P('date', (PB, 'Israeli forces crossed into Lebanon on June 4'), (LEB, 'The Israel Defense Forces (IDF) invaded Lebanon on June 6'),
  'differ', 'Israeli invasion of Lebanon: June 4 vs June 6 (1982).', 'B3', 'wrong day')
P('event', (PB, 'Secretary of Defense Caspar Weinberger held that Israel should not be pushed out unless the PLO and Syria were made to leave as well'),
  (LEB, 'Secretary of State Alexander Haig argued that the United States should not pressure Israel to withdraw without demanding that the PLO and Syria do likewise'),
  'differ', 'Who argued against pressing Israel to withdraw alone: Weinberger vs Haig.', 'B4', 'wrong person')
P('date', (PB, 'After the Israelis destroyed the Syrian missiles in the Biqa\' on June 9'),
  (LEB, 'the IDF destroyed Syria’s missiles in the Biqa‘ on June 9'),
  'agree', 'Israel destroys the Syrian missiles on June 9, 1982.')
P('date', (PB, 'By July the PLO had told Habib it would leave Beirut'), (LEB, 'By July, the PLO informed Habib that they would leave Beirut'),
  'agree', "The PLO's offer to leave Beirut, by July 1982.")
P('event', (PB, 'alongside French and British troops'), (LEB, 'alongside French and Italian troops'),
  'differ', 'Partners of the Marines in the 1982 multinational force: French and British vs French and Italian.', 'B5', 'wrong country')
P('date', (PB, 'The evacuation did not begin until August 12'), (LEB, 'the Palestinian withdrawal did not begin until August 21'),
  'differ', 'Start of the PLO evacuation: August 12 vs August 21.', 'B6', 'wrong day')
P('date', (PB, 'The PLO had gone by early September'), (LEB, 'The PLO completed its withdrawal by September 1'),
  'more-precise', 'PLO withdrawal complete: early September vs September 1 ((b) more precise).', 'B-P1', 'precision: part of month vs day')
P('date', (PB, 'The force was meant to stay sixty days'), (LEB, 'the MNF was supposed to remain for thirty days'),
  'differ', 'Planned stay of the first MNF: sixty vs thirty days.', 'B7', 'wrong interval (days)')
P('event', (PB, 'the Lebanese President-elect, Bashir Gemayel, was assassinated'),
  (LEB, 'Lebanese President-elect Bashir Gemayel, whose election had been backed by the Israelis, was assassinated'),
  'agree', 'Assassination of President-elect Bashir Gemayel.')
P('date', (PB, 'by September 18 it was plain that Israel had let Maronite militiamen into the Sabra and Shatilla camps'),
  (LEB, 'By September 18, it became clear that the Israelis had allowed Maronite militiamen to enter the Sabra and Shatilla camps'),
  'agree', 'Sabra and Shatilla massacre known by September 18.')
P('date', (PB, 'In the spring of 1983'), (LEB, 'In April–May 1983'),
  'more-precise', 'Shultz brokers the Israeli-Lebanese agreement: spring 1983 vs April-May 1983 ((b) more precise).',
  'B-P2', 'precision: season vs months')
P('date', (PB, 'The Israelis pulled out of the Shuf on September 3'), (LEB, 'The IDF pulled back on September 3'),
  'agree', 'Israeli pullback from the Shuf on September 3, 1983.')
P('date', (PB, 'A ceasefire took hold on September 25'), (LEB, 'by the time a ceasefire took hold on September 25'),
  'agree', 'Ceasefire of September 25, 1983.')
P('date', (PB, 'Four days later Congress invoked the War Powers Act'), (LEB, 'On September 29, Congress passed legislation invoking the War Powers Act'),
  'agree', 'War Powers Act invoked four days after the September 25 ceasefire, i.e. September 29.')
P('date', (PB, 'allowed the Marines to remain for 12 months'), (LEB, 'authorizing the Marines to remain in Lebanon for 18 months'),
  'differ', 'Period Congress allowed the Marines to stay: 12 vs 18 months.', 'B8', 'wrong interval (months)')
P('date', (PB, 'On October 23 suicide bombers struck the American and French barracks'),
  (LEB, 'On October 23, suicide bombers attacked the barracks of the U.S. and French contingents of the MNF'),
  'agree', 'Barracks bombings on October 23, 1983.')
P('quantity', (PB, 'killing 214 American servicemen'), (LEB, 'killing 241 American servicemen'),
  'differ', 'American dead in the barracks bombing: 214 vs 241.', 'B9', 'wrong number (dead)')
P('quantity', (PB, 'Syria shot down three American planes'), (LEB, 'the Syrians shot down two U.S. planes'),
  'differ', 'American planes shot down on December 4, 1983: three vs two.', 'B10', 'wrong number (aircraft)')
P('event', (PB, 'handing him over to Jesse Jackson'), (LEB, 'releasing him to Democratic presidential candidate Jesse Jackson'),
  'agree', 'Captured pilot released to Jesse Jackson.')
P('date', (PB, 'Reagan announced on February 7, 1984 that the Marines would withdraw offshore'),
  (LEB, 'on February 7, Reagan announced that the Marines would withdraw offshore'),
  'agree', 'Withdrawal of the Marines offshore announced on February 7 (1984 from context).')
P('date', (PB, 'The worst moment came in the fall of 1983'), (USS, 'The nadir of this time period was the fall of 1983'),
  'agree', 'Low point of U.S.-Soviet relations in the fall of 1983.')
P('event', (PB, 'shot down Korean Airlines Flight 007 over the Sea of Okhotsk'),
  (USS, 'the Soviets shot down Korean Airlines Flight 007 over the Sea of Japan'),
  'differ', 'Where KAL 007 was shot down: Sea of Okhotsk vs Sea of Japan.', 'B11', 'wrong place (sea)')
P('date', (PB, 'In January 1984 Reagan gave a speech, drafted by his Soviet adviser Jack Matlock'),
  (USS, 'In January 1984, he delivered an eloquent speech, drafted by his Soviet aide Jack Matlock'),
  'agree', "Reagan's Matlock-drafted speech of January 1984.")
P('date', (PB, 'rise to the post of General Secretary in 1985'),
  (USS, 'The March 1985 appointment of Mikhail Gorbachev as General Secretary'),
  'more-precise', "Gorbachev becomes General Secretary: 1985 vs March 1985 ((b) more precise).", 'B-P3', 'precision: year vs month')
P('date', (PB, 'At Reykjavik in September 1986'), (USS, 'At Reykjavik in October 1986'),
  'differ', 'Reykjavik summit: September 1986 vs October 1986.', 'B12', 'wrong month')
P('date', (PB, 'Late in 1987 they signed the Intermediate-Range Nuclear Forces Treaty'),
  (USS, 'In December 1987 they signed the Intermediate-Range Nuclear Forces Treaty'),
  'more-precise', 'INF treaty signed: late 1987 vs December 1987 ((b) more precise).', 'B-P4', 'precision: part of year vs month')
P('date', (PB, 'in May 1988, standing in Red Square'), (USS, 'In May 1988, standing in the middle of Red Square in Moscow'),
  'agree', "Reagan in Red Square, May 1988.")
P('quote', (PB, 'another era'), (USS, 'another era'),
  'agree', '"Evil empire" belonged to "another era".')
P('event', (PB, 'Reagan agreed to send Marines to a multinational force'), (LEB, 'Reagan agreed to contribute Marines to a multinational force (MNF)'),
  'agree', 'Marines committed to the multinational force in 1982.')
P('event', (PB, 'On October 28, 1983, Reagan signed NSDD 111'),
  (LEB, 'On October 28, Reagan signed National Security Decision Directive (NSDD) 64'),
  'not-same', 'Two directives signed on October 28: NSDD 111 (1983) vs NSDD 64 (1982).')
P('event', (PB, 'the opponents of President Amin Gemayel'),
  (LEB, 'Lebanese President-elect Bashir Gemayel, whose election had been backed by the Israelis, was assassinated'),
  'not-same', 'Two Gemayels: President Amin Gemayel vs the assassinated President-elect Bashir Gemayel.')
P('event', (PB, 'A ceasefire took hold on September 25'), (LEB, 'Habib managed to negotiate a de facto ceasefire between Israel and the PLO'),
  'not-same', "Two ceasefires: September 25, 1983 in the Shuf fighting vs Habib's Israel-PLO ceasefire of 1981.")
P('event', (PB, 'On October 23 suicide bombers struck the American and French barracks'),
  (LEB, 'like the attack on the U.S. Embassy in Beirut that April'),
  'not-same', 'Two attacks in Beirut in 1983: the October barracks bombing vs the April embassy attack.')
P('event', (PB, 'Amid worldwide outrage Reagan sent the Marines back as part of a new force'),
  (LEB, 'Reagan agreed to contribute Marines to a multinational force (MNF)'),
  'not-same', 'Two deployments: the second MNF after Sabra and Shatilla vs the first MNF for the PLO evacuation.')

# ---------------------------------------------------------------- panel C: NATO enlargement and Clinton-Yeltsin
P('date', (PC, 'The Pact itself was formally dissolved in February 1991'), (CY, 'When the Warsaw Pact formally disbanded in February 1991'),
  'agree', 'Warsaw Pact formally dissolved in February 1991.')
P('date', (PC, 'the London Declaration of June 1990'), (NATO, 'came in July 1990'),
  'differ', 'London Declaration: June 1990 vs July 1990.', 'C1', 'wrong month')
P('quote', (PC, 'our Alliance begins a major transformation'), (NATO, 'our Alliance begins a major transformation'),
  'agree', 'Closing words of the London Declaration.')
P('date', (PC, 'At the Rome Summit in November 1991'), (NATO, 'Alliance leaders meeting at the Rome Summit in November 1991'),
  'agree', 'Rome Summit, November 1991.')
P('quote', (PC, 'smaller and more flexible'), (NATO, 'smaller and more flexible'),
  'agree', 'Rome Declaration calls for "smaller and more flexible" forces.')
P('event', (PC, 'NATO enforced the arms embargo in Operation Sharp Guard and the no-fly zone in Operation Deny Flight'),
  (NATO, 'enforcing the arms embargo in Operation Sharp Guard and the no-fly zone through Operation Deny Flight'),
  'agree', 'Operations Sharp Guard and Deny Flight.')
P('date', (PC, 'In August 1995 its air attacks on Bosnian Serb forces'),
  (NATO, 'until September 1995, when NATO air attacks against Bosnian Serb forces'),
  'differ', 'Operation Deliberate Force: August 1995 vs September 1995.', 'C2', 'wrong month')
P('date', (PC, 'At the Brussels Summit in January 1994'), (NATO, 'The Brussels Summit in January 1994'),
  'agree', 'Brussels Summit, January 1994.')
P('date', (PC, 'Russia joined in mid-1994'), (CY, 'Russia joined the Partnership in June 1994'),
  'more-precise', 'Russia joins the Partnership for Peace: mid-1994 vs June 1994 ((b) more precise).', 'C-P1', 'precision: part of year vs month')
P('date', (PC, 'NATO set out general criteria for new members in September 1995'),
  (NATO, 'established general criteria for new members in September 1995'),
  'agree', 'Membership criteria, September 1995.')
P('date', (PC, 'in November 1996 it announced that it would issue invitations'),
  (NATO, 'In December 1996, the Alliance announced its decision to invite new members'),
  'differ', 'Announcement of the decision to invite new members: November 1996 vs December 1996.', 'C3', 'wrong month')
P('date', (PC, 'at a summit in Madrid the following July'), (NATO, 'the following July in a summit to be held in Madrid'),
  'agree', 'Invitations to be issued at Madrid the following July.')
P('date', (PC, 'in the spring of 1997'), (NATO, 'in a March 1997 summit conducted in Helsinki'),
  'more-precise', 'Helsinki summit: spring 1997 vs March 1997 ((b) more precise).', 'C-P2', 'precision: season vs month')
P('event', (PC, 'the two agreed to disagree but promised closer consultation'), (NATO, 'There the leaders agreed to disagree on NATO’s enlargement'),
  'agree', 'Clinton and Yeltsin agree to disagree on enlargement.')
P('date', (PC, 'Four months later Yeltsin signed the Founding Act'), (NATO, 'Two months later Yeltsin signed the'),
  'differ', 'Interval between Helsinki and the Founding Act: four vs two months.', 'C4', 'wrong interval (months)')
P('date', (PC, 'At Madrid in July 1997'), (CY, 'At its meeting in Madrid, July 1997'),
  'agree', 'Madrid summit, July 1997.')
P('event', (PC, 'the alliance invited Poland, Hungary and Slovakia to join'),
  (CY, 'formally invited three former Soviet satellites—Poland, Hungary, and the Czech Republic—to join the alliance'),
  'differ', 'Countries invited at Madrid: Poland, Hungary and Slovakia vs Poland, Hungary and the Czech Republic.', 'C5', 'wrong country')
P('date', (PC, 'For Bill Clinton, inaugurated in January 1993'), (CY, 'Upon his inauguration in January 1993'),
  'agree', "Clinton's inauguration, January 1993.")
P('event', (PC, 'the first president since Franklin Roosevelt without a Cold War strategy'),
  (CY, 'the first president since Franklin Roosevelt who did not need a strategy for the Cold War'),
  'agree', 'First president since FDR without a Cold War strategy.')
P('event', (PC, 'the first since Woodrow Wilson with no Soviet Union to deal with'),
  (CY, 'the first since William Howard Taft who did not need a policy for the Soviet Union'),
  'differ', 'Last president before Clinton without a Soviet Union to deal with: Wilson vs Taft.', 'C6', 'wrong person')
P('date', (PC, 'from April 1994, as Deputy Secretary of State'), (CY, 'from February 1994, as Deputy Secretary of State'),
  'differ', 'Talbott becomes Deputy Secretary of State: April 1994 vs February 1994.', 'C7', 'wrong month')
P('quantity', (PC, 'met twenty-two times'), (CY, 'met eighteen times'),
  'differ', 'Number of Clinton-Yeltsin meetings: twenty-two vs eighteen.', 'C8', 'wrong number (meetings)')
P('event', (PC, 'Yeltsin in Seattle'), (CY, 'Clinton met Yeltsin in Vancouver'),
  'differ', "Place of Clinton's first meeting with Yeltsin: Seattle vs Vancouver.", 'C9', 'wrong place (city)')
P('date', (PC, 'in April 1993'), (CY, 'in April 1993'),
  'agree', 'First Clinton-Yeltsin meeting in April 1993.')
P('date', (PC, 'Congress approved the programme that September'), (CY, 'approved the program in September'),
  'agree', 'Congress approves the aid programme in September 1993.')
P('date', (PC, 'At a meeting Clinton hosted in Denver in June 1997'), (CY, 'at a meeting he hosted in Denver in June 1997'),
  'agree', 'Denver meeting of June 1997 where Russia joins the G-8.')
P('date', (PC, 'Under the Lisbon Protocol of 1992'), (CY, 'Under the Lisbon Protocol of May 1992'),
  'more-precise', 'Lisbon Protocol: 1992 vs May 1992 ((b) more precise).', 'C-P3', 'precision: year vs month')
P('date', (PC, 'In November 1994 the four agreed to adhere to the INF treaty'),
  (CY, 'In November 1994, Russia, Ukraine, Belarus, and Kazakhstan finally agreed to adhere to INF'),
  'agree', 'Adherence to INF, November 1994.')
P('date', (PC, 'the following month they ratified START I'), (CY, 'the following month, the four countries formally ratified START I'),
  'agree', 'START I ratified the month after (December 1994).')
P('date', (PC, 'created by the Nunn-Lugar Act of 1992'), (CY, 'established by the Nunn-Lugar Act of 1991'),
  'differ', 'Nunn-Lugar Act: 1992 vs 1991.', 'C10', 'wrong year')
P('date', (PC, 'the siege of Grozny, begun in December 1994'), (CY, 'the siege of Grozny, which began in January 1995'),
  'differ', 'Start of the siege of Grozny: December 1994 vs January 1995.', 'C11', 'wrong month')
P('date', (PC, 'the Dayton Agreement, which ended the Bosnian war that December'), (CY, 'The Dayton Agreement, which ended the Bosnian War in December'),
  'agree', 'Dayton Agreement ends the Bosnian war in December (1995).')
P('date', (PC, 'the Khasavyurt Accord, which ended the First Chechen War in August 1996'),
  (CY, 'the Khasavyurt Accord, which ended the First Chechen War in August 1996'),
  'agree', 'Khasavyurt Accord, August 1996.')
P('date', (PC, 'In March 1999'), (CY, 'in March 1999'),
  'agree', 'NATO begins bombing Serbia in March 1999.')
P('date', (PC, 'barely a month after the three new members had joined'), (CY, 'less than two weeks after their membership became effective'),
  'differ', 'Gap between the new members joining and the Serbia bombing: about a month vs less than two weeks.', 'C12', 'wrong interval')
P('date', (PC, 'five months later Clinton could only protest'), (CY, 'Clinton could do little but protest five months later'),
  'agree', 'Second Chechen War bombing begins five months after the Kosovo campaign.')
P('quote', (PC, 'genuine progress'), (CY, 'genuine progress'),
  'agree', 'Clinton credits Yeltsin with "genuine progress".')
P('date', (PC, 'When Yeltsin resigned without warning that December'), (CY, 'When Yeltsin suddenly resigned from office in December'),
  'agree', "Yeltsin's sudden resignation in December (1999).")
P('event', (PC, 'At the Brussels Summit in January 1994'), (NATO, 'Alliance leaders meeting at the Rome Summit in November 1991'),
  'not-same', 'Two NATO summits: Brussels (January 1994) vs Rome (November 1991).')
P('event', (PC, 'Clinton took the question up with Boris Yeltsin in Helsinki'), (CY, 'at a meeting he hosted in Denver in June 1997'),
  'not-same', 'Two Clinton-Yeltsin meetings of 1997: Helsinki (March) vs Denver (June).')
P('event', (PC, 'the Khasavyurt Accord, which ended the First Chechen War in August 1996'),
  (CY, 'Russia began a massive bombing campaign in the Second Chechen War'),
  'not-same', 'First Chechen War (ended August 1996) vs Second Chechen War (1999).')
P('date', (PC, 'At Madrid in July 1997'), (CY, 'less than two weeks after their membership became effective'),
  'not-same', 'Invitation of the new members (July 1997) vs their membership taking effect (March 1999).')

# ---------------------------------------------------------------- essay-essay pairs
P('date', (BLA, 'a goal finally realized in the 1901 Hay-Pauncefote treaty with Great Britain'),
  ('1899-1913-panama-canal', 'The Hay-Pauncefote Treaty of 1901'),
  'agree', 'Hay-Pauncefote treaty of 1901 in both essays.')
P('date', (BLA, 'although Hawaii was not annexed until 1898'),
  ('1866-1898-mahan', 'President William McKinley finally secured the annexation of Hawaii'),
  'agree', 'Hawaii annexed in 1898 (the Mahan essay places it after the outbreak of war with Spain in May 1898).')
P('event', (VEN, 'In 1895, invoking the Monroe Doctrine, newly appointed U.S. Secretary of State Richard Olney sent a strongly-worded note'),
  ('1899-1913-roosevelt-and-monroe-doctrine', 'In the early 1900s Roosevelt grew concerned that a crisis between Venezuela and its creditors'),
  'not-same', 'Two Venezuela crises: the 1895 boundary dispute with Britain vs the early-1900s debt crisis.')
P('date', ('1981-1988-foreword', 'the 1987 Intermediate-Range Nuclear Forces Treaty (INF)'),
  (USS, 'In December 1987 they signed the Intermediate-Range Nuclear Forces Treaty'),
  'more-precise', 'INF treaty: 1987 vs December 1987 ((b) more precise).')
P('date', (CY, 'the Intermediate-Range Nuclear Forces Treaty (INF) of 1987'),
  ('1981-1988-foreword', 'the 1987 Intermediate-Range Nuclear Forces Treaty (INF)'),
  'agree', 'INF treaty dated 1987 in both essays.')
P('event', ('1981-1988-foreword', 'characterized the Soviet Union as an “evil empire'),
  (USS, 'labeled the Soviet Union an “evil empire'),
  'agree', 'Reagan calls the Soviet Union an "evil empire" (event pair: the quoted words recur elsewhere in the b essay, so the span keeps its context).')
P('date', (USS, 'met with his Soviet counterpart off the coast of Malta in December 1989'),
  ('1989-1992-fall-of-communism', 'Meeting in Malta on December 2'),
  'more-precise', 'Malta summit: December 1989 vs December 2 (1989) ((b) more precise).')
P('quote', (USS, 'buried the Cold War at the bottom of the Mediterranean'),
  ('1989-1992-fall-of-communism', 'buried the Cold War at the bottom of the Mediterranean'),
  'agree', 'Soviet remark after Malta about burying the Cold War in the Mediterranean.')
P('date', ('1989-1992-fall-of-communism', 'The 1981 Soviet-inspired imposition of martial law'),
  (USS, 'declaration of martial law in Poland in December 1981'),
  'more-precise', 'Martial law in Poland: 1981 vs December 1981 ((b) more precise).')
P('date', ('1989-1992-fall-of-communism', 'Polish planning for martial law in 1980'),
  (USS, 'declaration of martial law in Poland in December 1981'),
  'not-same', 'Planning for martial law (1980) vs its declaration (December 1981).')
P('event', (USS, 'causing President Jimmy Carter to withdraw a strategic arms limitation treaty (SALT II) from Senate ratification'),
  ('1977-1980-horn-of-africa', 'President Carter withdrew the SALT II treaty from Congressional consideration'),
  'agree', 'Carter withdraws SALT II from consideration.')
P('event', (USS, 'boycott the 1980 Olympics Games in Moscow'),
  ('1977-1980-foreword', 'prohibiting U.S. participation in the upcoming 1980 Moscow Summer Olympics'),
  'agree', 'U.S. boycott of the 1980 Moscow Olympics.')
P('date', (CY, 'When the Warsaw Pact formally disbanded in February 1991'),
  ('1953-1960-warsaw-treaty', 'The Warsaw Pact officially disbanded in March and July of 1991'),
  'differ', 'Formal end of the Warsaw Pact: February 1991 vs March and July 1991 (a genuine disagreement between two essays).')
P('date', (CY, 'in 1955, the Soviet Union and its Eastern European allies established the Warsaw Treaty Organization'),
  ('1953-1960-warsaw-treaty', 'established on May 14, 1955'),
  'more-precise', 'Founding of the Warsaw Pact: 1955 vs May 14, 1955 ((b) more precise).')
P('date', (CY, 'in 1949, the United States and its Western European allies established the North Atlantic Treaty Organization (NATO)'),
  ('1945-1952-nato', 'The North Atlantic Treaty Organization was created in 1949'),
  'agree', 'NATO founded in 1949.')
P('event', (NATO, 'in a March 1997 summit conducted in Helsinki'),
  ('1969-1976-helsinki', 'the participants finally met again in Helsinki on August 1, 1975 to sign the Helsinki Final Act'),
  'not-same', 'Two Helsinki meetings: the Clinton-Yeltsin summit (March 1997) vs the signing of the Final Act (August 1, 1975).')
P('event', (CY, 'At its meeting in Madrid, July 1997'), ('1969-1976-helsinki', 'Madrid in 1980–83'),
  'not-same', 'Two Madrid meetings: the NATO summit of July 1997 vs the CSCE follow-up meeting of 1980-83.')
P('date', (CY, 'the Strategic Arms Reduction Talks Treaty of 1991 (START I)'),
  ('1989-1992-collapse-soviet-union', 'Bush signed the START treaty at the Moscow Summit in July 1991'),
  'more-precise', 'START I: 1991 vs July 1991 ((b) more precise).')
P('date', (CY, 'established by the Nunn-Lugar Act of 1991'),
  ('1989-1992-collapse-soviet-union', 'The Nunn-Lugar Act established the Cooperative Threat Reduction Program in November 1991'),
  'more-precise', 'Nunn-Lugar / Cooperative Threat Reduction: 1991 vs November 1991 ((b) more precise).')
P('date', (NATO, 'The Brussels Summit in January 1994'), (CY, 'NATO formally agreed in January 1994 to establish the Partnership for Peace'),
  'agree', 'Partnership for Peace agreed in January 1994 (Brussels Summit).')
P('date', (NATO, 'the following July in a summit to be held in Madrid'), (CY, 'At its meeting in Madrid, July 1997'),
  'agree', 'Madrid summit in July 1997 (the NATO essay: July after December 1996).')
P('event', (NATO, 'NATO invited the Czech Republic, Poland, and Hungary to join the Alliance'),
  (CY, 'formally invited three former Soviet satellites—Poland, Hungary, and the Czech Republic—to join the alliance'),
  'agree', 'Invitees: Czech Republic, Poland and Hungary.')
P('date', (NATO, 'until September 1995, when NATO air attacks against Bosnian Serb forces'), (CY, 'including NATO airstrikes in September'),
  'agree', 'NATO air strikes in Bosnia in September (1995).')
