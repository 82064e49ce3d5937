# -*- coding: utf-8 -*-
"""Hand-written spec for pairs_v40 (held-out round 58).

P(kind, (doc_a, span_a), (doc_b, span_b), verdict, note, label=None, how=None)
* side a is the panel in every panel-essay pair; in more-precise pairs side b is the more precise one.
* label: planted-error label for panel differ / more-precise pairs (A1.., A-P1..), None otherwise.
* how: short tag for how a contradiction is worded (differ pairs only).
"""

PA = 'panel-suez-and-the-six-day-war'
PB = 'panel-tripoli-and-new-orleans'
PC = 'panel-peking-and-paris'
SUEZ = '1953-1960-suez'
W67 = '1961-1968-arab-israeli-war-1967'
BAR = '1801-1829-barbary-wars'
LOU = '1801-1829-louisiana-purchase'
CHN = '1969-1976-rapprochement-china'
VN = '1969-1976-ending-vietnam'

PANELS = {
    PA: {'title': 'Two Wars in the Sinai: The Suez Crisis of 1956 and the June War of 1967',
         'essays': [SUEZ, W67], 'letter': 'A'},
    PB: {'title': "Jefferson's Two Shores: The Barbary Wars and the Louisiana Purchase",
         'essays': [BAR, LOU], 'letter': 'B'},
    PC: {'title': "Peking and Paris: Nixon's Opening to China and the End of the Vietnam War",
         'essays': [CHN, VN], 'letter': 'C'},
}

PAIRS = []


def P(kind, a, b, verdict, note, label=None, how=None):
    PAIRS.append(dict(kind=kind, a=a, b=b, verdict=verdict, note=note, label=label, how=how))


# ---------------------------------------------------------------- panel A: Suez and 1967
P('date', (PA, 'In the summer of 1956'), (SUEZ, 'On July 26, 1956'), 'more-precise',
  'Nasser announced the nationalization in the summer of 1956; (b) more precise: July 26, 1956.', 'A-P1')
P('date', (PA, 'ever since it was dug in 1859'), (SUEZ, 'since its construction in 1869'), 'differ',
  'The canal was built in 1869 per the essay, not 1859.', 'A1', 'year')
P('event', (PA, 'Nasser offered to compensate the shareholders in full'),
  (SUEZ, 'Nasser offered full economic compensation for the Company'), 'agree',
  'Nasser offered full compensation for the Suez Canal Company.')
P('event', (PA, 'London and Paris, which had long distrusted his campaign against their lingering influence in the region'),
  (SUEZ, 'long suspicious of Nasser’s opposition to the continuation of their political influence in the region'), 'agree',
  'Britain and France had long distrusted Nasser for opposing their influence in the region.')
P('event', (PA, 'dreaded still more that Moscow might be drawn in'),
  (SUEZ, 'the possible intervention of the Soviet Union in such a conflict'), 'agree',
  'Washington feared Soviet intervention in a Suez conflict.')
P('date', (PA, 'On September 9 Secretary of State John Foster Dulles put forward a Suez Canal Users\' Association'),
  (SUEZ, 'On September 9, U.S. Secretary of State John Foster Dulles proposed the creation of a Suez Canal Users’ Association'), 'agree',
  'Dulles proposed the Suez Canal Users\' Association on September 9 (1956).')
P('quantity', (PA, 'a consortium of 22 leading seafaring nations'),
  (SUEZ, 'an international consortium of 18 of the world’s leading maritime nations'), 'differ',
  'SCUA was to be a consortium of 18 maritime nations, not 22.', 'A2', 'number')
P('event', (PA, 'Neither this scheme nor any other round of mediation satisfied all of the quarreling governments'),
  (SUEZ, 'failed to win the full support of any of the contending powers'), 'agree',
  'SCUA and other mediation efforts failed to satisfy the contending powers.')
P('event', (PA, 'British and French officers were quietly drawing up with Israel a plan to invade Egypt and bring Nasser down'),
  (SUEZ, 'resulting in the creation of a joint plan to invade Egypt and overthrow its President'), 'agree',
  'Britain, France and Israel secretly planned to invade Egypt and overthrow Nasser.')
P('date', (PA, 'On October 29, 1956, its columns struck across the Sinai'),
  (SUEZ, 'Israeli forces attacked across Egypt’s Sinai Peninsula on October 29, 1956'), 'agree',
  'Israel attacked across the Sinai on October 29, 1956.')
P('quantity', (PA, 'within roughly ten miles of the canal'), (SUEZ, 'advancing to within 10 miles of the Suez Canal'), 'more-precise',
  'Israeli forces came within about ten miles of the canal; (b) more precise: exactly 10 miles, not "roughly".', 'A-P2')
P('event', (PA, 'put their own troops ashore a few days later'),
  (SUEZ, 'Britain and France landed troops of their own a few days later'), 'agree',
  'Britain and France landed troops a few days after the Israeli attack.')
P('event', (PA, 'condemning the Soviet crackdown in Poland'),
  (SUEZ, 'condemnation of the Soviet intervention in Hungary the same week'), 'differ',
  'The Soviet intervention condemned that same week was in Hungary, not Poland.', 'A3', 'country swapped')
P('date', (PA, 'a United Nations ceasefire on November 16'), (SUEZ, 'accept a United Nations ceasefire on November 6'), 'differ',
  'Britain and France accepted the UN ceasefire on November 6 (1956), not November 16.', 'A4', 'day')
P('event', (PA, 'American delegates also voted for UN resolutions that condemned the invasion and created a UN peacekeeping force'),
  (SUEZ, 'the United States voted for U.N. resolutions publicly condemning the invasion and approving the creation of a U.N. peacekeeping force'), 'agree',
  'The US voted for UN resolutions condemning the invasion and creating a peacekeeping force.')
P('date', (PA, 'helped to force the resignation of Prime Minister Anthony Eden in January 1957'),
  (SUEZ, 'helped contribute to the resignation of British Prime Minister Anthony Eden in January 1957'), 'agree',
  'Eden resigned in January 1957.')
P('event', (PA, 'under Eden\'s successor, Harold Wilson'), (SUEZ, 'under Eden’s successor, Harold Macmillan'), 'differ',
  'Eden\'s successor was Harold Macmillan, not Harold Wilson.', 'A5', 'person swapped')
P('event', (PA, 'gave rise to the Eisenhower Doctrine, which widened the administration\'s authority to help governments in the Middle East'),
  (SUEZ, 'prompted the creation of the Eisenhower Doctrine, which gave the administration increased power to aid countries in the region'), 'agree',
  'Suez led to the Eisenhower Doctrine, which increased the administration\'s power to aid countries in the region.')
P('date', (PA, 'the Tripartite Declaration of 1950'), (W67, 'the Tripartite Declaration of 1950'), 'agree',
  'The Tripartite Declaration dates from 1950.')
P('event', (PA, 'After Suez the Americans had made Israel leave the Sinai and Gaza'),
  (W67, 'The United States had pressed Israel to withdraw from the Sinai Peninsula and Gaza Strip after Suez'), 'agree',
  'After Suez the US pressed Israel to withdraw from the Sinai and Gaza.')
P('event', (PA, 'Soviet sales of weapons to Egypt and other left-leaning Arab governments'),
  (W67, 'Soviet arms sales to left-leaning Arab states, especially Egypt'), 'agree',
  'Soviet arms sales to left-leaning Arab states, especially Egypt.')
P('date', (PA, 'allowed M48A3 tanks to be sold to Israel in 1965'), (W67, 'in 1965, Johnson agreed to sell Israel M48A3 tanks'), 'agree',
  'Johnson agreed to sell M48A3 tanks to Israel in 1965.')
P('date', (PA, 'A-4 Skyhawk jets two years later'), (W67, 'followed by A–4 Skyhawk aircraft in 1966'), 'differ',
  'Skyhawks followed in 1966, one year after the 1965 tank sale; "two years later" puts them in 1967.', 'A6', 'interval')
P('event', (PA, 'raids into Israel, most of them launched from Jordan'),
  (W67, 'Jordan, from which most Palestinian raids were launched'), 'agree',
  'Most Palestinian raids were launched from Jordan.')
P('date', (PA, 'attacked the West Bank town of Samu in November 1966'),
  (W67, 'In November 1966, when the Israelis attacked the West Bank town of Samu'), 'agree',
  'Israel attacked Samu in November 1966.')
P('event', (PA, 'the administration abstained on a UN resolution censuring Israel'),
  (W67, 'the Johnson administration voted for a United Nations Resolution condemning Israel'), 'differ',
  'After Samu the administration voted for the UN resolution condemning Israel; it did not abstain.', 'A7', 'outcome reversed')
P('date', (PA, 'On May 13, 1967, Soviet officials told the Syrian and Egyptian governments, wrongly, that Israeli troops were gathering on Syria\'s border'),
  (W67, 'On May 13, 1967, Soviet officials informed the Syrian and Egyptian Governments that Israel had massed troops on Syria’s border'), 'agree',
  'On May 13, 1967 Soviet officials (falsely) reported Israeli troops massed on the Syrian border.')
P('date', (PA, 'on May 18 he demanded that the United Nations Emergency Force'),
  (W67, 'On May 16, Egypt demanded that the United Nations Emergency Force'), 'differ',
  'Egypt demanded UNEF\'s withdrawal on May 16 (1967), not May 18.', 'A8', 'day')
P('date', (PA, 'Nasser announced on May 22 that he would close the Straits of Tiran'),
  (W67, 'on May 22, after UNEF withdrew, he announced that he would close the Straits'), 'agree',
  'Nasser announced the closure of the Straits of Tiran on May 22 (1967).')
P('date', (PA, 'A decade earlier President Dwight D. Eisenhower had promised'),
  (W67, 'In 1957, President Dwight D. Eisenhower had promised'), 'agree',
  'Eisenhower\'s promise dates from 1957, a decade before 1967.')
P('quote', (PA, 'will not be alone unless it decides to go it alone'), (W67, 'will not be alone unless it decides to go it alone'), 'agree',
  'Johnson to Abba Eban on May 26: Israel "will not be alone unless it decides to go it alone."')
P('event', (PA, 'Meanwhile Syria joined the Arab coalition'), (W67, 'Meanwhile, Jordan joined the Arab coalition'), 'differ',
  'It was Jordan that joined the Arab coalition before the war, not Syria.', 'A9', 'country swapped')
P('date', (PA, 'Between June 5 and June 10 Israel defeated Egypt, Jordan and Syria'),
  (W67, 'Between June 5 and June 10, Israel defeated Egypt, Jordan, and Syria'), 'agree',
  'Israel defeated Egypt, Jordan and Syria between June 5 and June 10 (1967).')
P('event', (PA, 'demanded that Israel immediately give back the land it had seized'),
  (W67, 'the administration did not also demand an immediate Israeli pullback from the territories it had occupied'), 'differ',
  'The administration did not demand an immediate Israeli pullback.', 'A10', 'outcome reversed')
P('event', (PA, 'Egypt and several other Arab states accused the United States of helping Israel and broke off relations'),
  (W67, 'Egypt and several other Arab states accused the United States of helping Israel and broke diplomatic relations'), 'agree',
  'Egypt and other Arab states broke relations with the US, accusing it of helping Israel.')
P('event', (PA, 'National Security Advisor Dean Rusk'), (W67, 'National Security Advisor Walter Rostow'), 'differ',
  'The "chewing gum and string" phrase was National Security Advisor Walter Rostow\'s, not Dean Rusk\'s.', 'A11', 'person swapped')
P('event', (PA, 'the administration urged France to put forward a text'),
  (W67, 'the administration encouraged the United Kingdom to introduce an alternative resolution'), 'differ',
  'The US encouraged the United Kingdom, not France, to introduce the Goldberg text.', 'A12', 'country swapped')
P('date', (PA, 'Adopted in November 1967'), (W67, 'adopted on November 22'), 'more-precise',
  'Resolution 242 was adopted in November 1967; (b) more precise: November 22 (year 1967 from the essay title and context).', 'A-P3')
# not-same, panel A
P('event', (PA, 'Nasser announced on May 22 that he would close the Straits of Tiran'),
  (SUEZ, 'Gamal Abdel Nasser announced the nationalization of the Suez Canal Company'), 'not-same',
  'Two different announcements by Nasser: closing the Straits of Tiran (1967) vs nationalizing the canal company (1956).')
P('event', (PA, 'had promised that the United States would treat such a closure as an act of war'),
  (SUEZ, 'prompted the creation of the Eisenhower Doctrine'), 'not-same',
  'Two different Eisenhower-era commitments: the 1957 pledge on the Straits of Tiran vs the Eisenhower Doctrine.')
P('event', (PA, 'American delegates also voted for UN resolutions that condemned the invasion'),
  (W67, 'the Johnson administration voted for a United Nations Resolution condemning Israel'), 'not-same',
  'Two US votes for UN condemnations: of the 1956 Suez invasion vs of Israel\'s 1966 raid on Samu.')
P('event', (PA, 'After Suez the Americans had made Israel leave the Sinai and Gaza'),
  (W67, 'occupied the Sinai Peninsula, the Gaza Strip, the West Bank, East Jerusalem, and the Golan Heights'), 'not-same',
  'Israel\'s withdrawal from Sinai and Gaza after 1956 vs its occupation of them in 1967.')

# ---------------------------------------------------------------- panel B: Barbary and Louisiana
P('event', (PB, 'Morocco was an independent kingdom, while Algiers, Tunis and Tripoli owed a loose loyalty to the Ottoman Empire'),
  (BAR, 'Morocco was an independent kingdom, Algiers, Tunis, and Tripoli owed a loose allegiance to the Ottoman Empire'), 'agree',
  'Morocco independent; Algiers, Tunis and Tripoli loosely loyal to the Ottomans.')
P('date', (PB, 'against Tripoli from 1801 to 1805 and against Algiers in 1815 and 1816'),
  (BAR, 'two separate wars with Tripoli (1801–1805) and Algiers (1815–1816)'), 'agree',
  'Wars with Tripoli 1801-1805 and Algiers 1815-1816.')
P('event', (PB, 'since the arrangement won their merchants a bigger share of Mediterranean trade'),
  (BAR, 'as it allowed their merchant shipping an increased share of the Mediterranean trade'), 'agree',
  'Paying tribute gave British and French shipping a larger share of Mediterranean trade.')
P('event', (PB, 'British diplomats lost no time in telling the Barbary rulers that American ships were now fair game'),
  (BAR, 'British diplomats were quick to inform the Barbary States that U.S. ships were open to attack'), 'agree',
  'British diplomats told the Barbary States that US ships were open to attack.')
P('date', (PB, 'declared war on the United States in 1787'), (BAR, 'In 1785, Dey Muhammad of Algiers declared war on the United States'), 'differ',
  'The Dey of Algiers declared war in 1785, not 1787.', 'B1', 'year')
P('event', (PB, 'the cash-strapped Confederation government could afford neither a navy nor the tribute'),
  (BAR, 'The financially troubled Confederation Government of the United States was unable to raise a navy or the tribute'), 'agree',
  'The Confederation government could raise neither a navy nor the tribute.')
P('date', (PB, 'Its sultan had seized an American merchantman in 1784'),
  (BAR, 'Moroccan Sultan Sidi Muhammad had seized a U.S. merchant ship in 1784'), 'agree',
  'The Moroccan sultan seized a US merchant ship in 1784.')
P('date', (PB, 'the two countries signed a treaty in 1786'), (BAR, 'successfully concluded a treaty with Morocco in 1786'), 'agree',
  'Treaty with Morocco in 1786.')
P('event', (PB, 'serving at the time as American minister in London'), (BAR, 'Thomas Jefferson, then U.S. Minister to France'), 'differ',
  'Jefferson was then US Minister to France, not minister in London.', 'B2', 'place')
P('event', (PB, 'keeping Algerian raiders inside the Straits of Gibraltar'),
  (BAR, 'blocked Algerian ships from sailing past the Straits of Gibraltar'), 'agree',
  'Portugal kept Algerian ships from passing the Straits of Gibraltar.')
P('date', (PB, 'a short Portuguese-Algerian truce in 1793'), (BAR, 'In 1793 a brief Portuguese-Algerian truce'), 'agree',
  'A brief Portuguese-Algerian truce in 1793.')
P('event', (PB, 'the envoys Joel Barlow, Joseph Donaldson and Richard O\'Brien'),
  (BAR, 'dispatched diplomats Joel Barlow, Joseph Donaldson, and Richard O’Brien to North Africa'), 'agree',
  'The 1795 envoys were Barlow, Donaldson and O\'Brien.')
P('quantity', (PB, 'brought 38 American seamen home'), (BAR, 'The treaty with Algiers freed 83 American sailors'), 'differ',
  'The 1795 Algiers treaty freed 83 sailors, not 38.', 'B3', 'number')
P('quantity', (PB, 'Congress voted to build the first six ships of the United States Navy'),
  (BAR, 'Congress authorized construction of the first 6 ships of the U.S. Navy'), 'agree',
  'In 1794 Congress authorized the first six Navy ships.')
P('date', (PB, 'In 1801 Yusuf Qaramanli, the Pasha of Tripoli'), (BAR, 'In 1801, the Pasha of Tripoli, Yusuf Qaramanli'), 'agree',
  'Yusuf Qaramanli of Tripoli declared war in 1801.')
P('event', (PB, 'A combined naval and land attack by the Marine Corps defeated his forces'),
  (BAR, 'defeated Qaramanli’s forces with a combined naval and land assault by the United States Marine Corps'), 'agree',
  'Qaramanli was defeated by a combined naval and land assault by the Marines.')
P('event', (PB, 'while keeping the annual tribute in place'), (BAR, 'but no provisions for tribute'), 'differ',
  'The 1805 treaty with Tripoli contained no provision for tribute.', 'B4', 'outcome reversed')
P('date', (PB, 'Algiers struck again in 1812, when its new Dey, Hajji Ali'), (BAR, 'In 1812, the new Dey of Algiers, Hajji Ali'), 'agree',
  'Hajji Ali of Algiers declared war in 1812.')
P('event', (PB, 'By an arrangement with French diplomats'), (BAR, 'In accordance with an agreement between the Dey and British diplomats'), 'differ',
  'The timing was arranged with British diplomats, not French.', 'B5', 'country swapped')
P('event', (PB, 'President James Monroe ask Congress for war on Algiers'),
  (BAR, 'President James Madison requested that Congress declare war on Algiers'), 'differ',
  'It was President James Madison who asked for war on Algiers in 1815.', 'B6', 'person swapped')
P('date', (PB, 'in 1815 Congress authorized the use of force'), (BAR, 'with Congress authorizing the use of force on March 3, 1815'), 'more-precise',
  'Congress authorized force in 1815; (b) more precise: March 3, 1815.', 'B-P1')
P('quantity', (PB, 'he had already beaten three Algerian warships'), (BAR, 'Decatur had already defeated two Algerian warships'), 'differ',
  'Decatur had defeated two Algerian warships, not three.', 'B7', 'number')
P('event', (PB, 'grudgingly accepted his terms: an exchange of prisoners and an end to tribute and ransom'),
  (BAR, 'reluctantly accepted the treaty proposed by Decatur that called for an exchange of U.S. and Algerian prisoners and an end to the practices of tribute and ransom'), 'agree',
  'Dey Omar reluctantly accepted a prisoner exchange and an end to tribute and ransom.')
P('date', (PB, 'The Senate ratified the Algerian treaty on December 5, 1815'),
  (BAR, 'The U.S. Senate ratified Decatur’s Algerian treaty on December 5, 1815'), 'agree',
  'The Senate ratified Decatur\'s Algerian treaty on December 5, 1815.')
P('date', (PB, 'concluding his talks on December 23, 1816'), (BAR, 'Shaler concluded his negotiations on December 23, 1815'), 'differ',
  'The essay dates the end of Shaler\'s negotiations to December 23, 1815, not 1816.', 'B8', 'year')
P('date', (PB, 'the Senate did not approve it until 1822'), (BAR, 'did not ratify the treaty until February 11, 1822'), 'more-precise',
  'Ratification of Shaler\'s treaty came only in 1822; (b) more precise: February 11, 1822.', 'B-P2')
P('date', (PB, 'until the French conquered Algeria in 1830'), (BAR, 'until the French conquest of Algeria in 1830'), 'agree',
  'The French conquest of Algeria in 1830.')
P('date', (PB, 'Spain had held Louisiana since 1763'), (LOU, 'Since 1762, Spain had owned the territory of Louisiana'), 'differ',
  'Spain had owned Louisiana since 1762 per the essay, not 1763.', 'B9', 'year')
P('quantity', (PB, 'an expanse of 828,000 square miles'), (LOU, 'which included 828,000 square miles'), 'agree',
  'Louisiana covered 828,000 square miles.')
P('quantity', (PB, 'all or part of thirteen states'), (LOU, 'all or part of fifteen modern U.S. states'), 'differ',
  'The territory became all or part of fifteen states, not thirteen.', 'B10', 'number')
P('event', (PB, 'the rich sugar colony of Guadeloupe'), (LOU, 'the valuable sugar colony of St. Domingue'), 'differ',
  'Napoleon meant to recapture St. Domingue, not Guadeloupe.', 'B11', 'place')
P('date', (PB, 'France obtained the territory from Spain in 1800 and took possession in 1802'),
  (LOU, 'France acquired Louisiana from Spain in 1800 and took possession in 1802'), 'agree',
  'France acquired Louisiana in 1800 and took possession in 1802.')
P('quote', (PB, 'There is on the globe one single spot, the possessor of which is our natural and habitual enemy'),
  (LOU, 'There is on the globe one single spot, the possessor of which is our natural and habitual enemy'), 'agree',
  'Same Jefferson quotation.')
P('event', (PB, 'for New Orleans and East Florida'), (LOU, 'to try to purchase New Orleans and West Florida'), 'differ',
  'Monroe and Livingston were to buy New Orleans and West Florida, not East Florida.', 'B12', 'place')
P('quantity', (PB, 'as much as $10 million'), (LOU, 'for as much as $10 million'), 'agree',
  'The envoys could pay up to $10 million.')
P('quantity', (PB, 'some 530 million acres'), (LOU, '530,000,000 acres of territory'), 'more-precise',
  'The purchase covered about 530 million acres; (b) more precise: the exact figure 530,000,000 without "some".', 'B-P3')
P('quantity', (PB, 'for $15 million'), (LOU, 'the entire territory of Louisiana for $15 million'), 'agree',
  'Napoleon offered all of Louisiana for $15 million.')
P('event', (PB, 'he chose not to seek an amendment'), (LOU, 'forgo the passage of a Constitutional amendment to validate the purchase'), 'agree',
  'Jefferson decided against a constitutional amendment for the purchase.')
# not-same, panel B
P('date', (PB, 'secured treaties with Algiers, Tunis and Tripoli in return for tribute'),
  (LOU, 'The Pinckney treaty of 1795 had resolved friction between Spain and the United States'), 'not-same',
  'Two different 1795 treaties: the Barbary tribute treaties vs the Pinckney treaty with Spain.')
P('quantity', (PB, 'for $15 million'), (LOU, 'purchase New Orleans and West Florida for as much as $10 million'), 'not-same',
  'Two sums: the $15 million price Napoleon asked vs the $10 million ceiling the envoys were given.')
P('event', (PB, 'Jefferson, now President'), (BAR, 'Thomas Jefferson, then U.S. Minister to France'), 'not-same',
  'Same person in different roles: Jefferson as President (1803) vs as Minister to France (1780s).')
P('date', (PB, 'The Senate ratified the Algerian treaty on December 5, 1815'),
  (BAR, 'Shaler concluded his negotiations on December 23, 1815'), 'not-same',
  'Two different Algerian treaties: Decatur\'s (ratified December 5, 1815) vs Shaler\'s replacement (concluded December 23, 1815).')

# ---------------------------------------------------------------- panel C: China and Vietnam
P('date', (PC, 'Richard M. Nixon took the oath of office on January 20, 1969'),
  (VN, 'he swore the oath of office on January 20, 1969'), 'agree',
  'Nixon took the oath on January 20, 1969.')
P('date', (PC, 'grant him about six months'), (VN, 'the American people would give him a year'), 'differ',
  'Nixon expected a year, not six months.', 'C1', 'duration')
P('event', (PC, 'secretly sent B-52s against North Vietnamese base camps in Cambodia, the so-called Menu bombings'),
  (VN, 'ordering the secret B–52 bombings of North Vietnamese base camps in Cambodia—the “Menu bombings”'), 'agree',
  'Secret B-52 "Menu" bombings of base camps in Cambodia.')
P('date', (PC, 'a meeting with South Vietnam\'s President Nguyen Van Thieu on Midway Island on June 8'),
  (VN, 'meeting with South Vietnam’s President Nguyen Van Thieu on Midway Island on June 8'), 'agree',
  'Nixon met Thieu on Midway on June 8 (1969).')
P('event', (PC, 'the effort to make the South Vietnamese army fight on its own'),
  (VN, 'building South Vietnam’s military capacity through a program known as “Vietnamization.”'), 'agree',
  'Vietnamization: building up South Vietnam\'s forces to fight on their own.')
P('date', (PC, 'On August 4 Henry Kissinger'), (VN, 'On August 4, the President’s Assistant for National Security Affairs Henry Kissinger'), 'agree',
  'Kissinger\'s first private session with the North Vietnamese was on August 4 (1969).')
P('event', (PC, 'he met Politburo member Pham Van Dong from time to time'),
  (VN, 'He would meet with North Vietnamese Politburo member Le Duc Tho intermittently'), 'differ',
  'Kissinger met Politburo member Le Duc Tho, not Pham Van Dong.', 'C2', 'person swapped')
P('date', (PC, 'a meeting with the Joint Chiefs of Staff on October 11 satisfied no one'),
  (VN, 'Nixon met with the Joint Chiefs of Staff (JCS) on October 11'), 'agree',
  'Nixon met the Joint Chiefs on October 11 (1969) and the planning satisfied no one.')
P('date', (PC, 'on November 13, 1969, Nixon gave his "silent majority" speech'),
  (VN, 'the “silent majority” speech on November 3, 1969'), 'differ',
  'The "silent majority" speech was on November 3, 1969, not November 13.', 'C3', 'day')
P('date', (PC, 'In 1970 the fall of Prince Norodom Sihanouk'), (VN, 'In March 1970 the fall of Prince Norodom Sihanouk'), 'more-precise',
  'Sihanouk fell in 1970; (b) more precise: March 1970.', 'C-P1')
P('date', (PC, 'across the border at the end of April'), (VN, 'into Cambodia on April 30'), 'more-precise',
  'The Cambodian incursion began at the end of April (1970); (b) more precise: April 30.', 'C-P2')
P('quantity', (PC, 'confined to a strip 50 kilometers deep'), (VN, 'Limited by Nixon to a 30-kilometer strip along the border'), 'differ',
  'The incursion was limited to a 30-kilometer strip, not 50.', 'C4', 'number')
P('quantity', (PC, 'On May 4 four students were killed at Kent State University'),
  (VN, 'the deaths of four students at Kent State University on May 4'), 'agree',
  'Four students were killed at Kent State on May 4 (1970).')
P('date', (PC, 'since the Communist victory in 1949'), (CHN, 'After the Chinese civil war ended in 1949'), 'agree',
  'The Chinese civil war ended with the Communist victory in 1949.')
P('quantity', (PC, 'for 30 years Washington recognized the Republic of China on Taiwan as China\'s lawful government'),
  (CHN, 'For the 30 years that followed, the United States recognized the Republic of China as the legitimate government of China'), 'agree',
  'For 30 years the US recognized the ROC as China\'s government.')
P('event', (PC, 'Nixon eased travel and trade curbs dating from the Korean War'),
  (CHN, 'easing the travel and trade restrictions against China that dated from the Korean War'), 'agree',
  'Nixon eased Korean War-era travel and trade restrictions.')
P('date', (PC, 'the two governments agreed in 1969 to revive'), (CHN, 'the two sides agreed to reopen them in 1969'), 'agree',
  'The ambassadorial talks were reopened in 1969.')
P('date', (PC, 'the ambassadorial talks they had begun in 1958'), (CHN, 'Ambassadorial Talks, which began in 1955'), 'differ',
  'The ambassadorial talks began in 1955, not 1958.', 'C5', 'year')
P('event', (PC, 'through Pakistan\'s Zulfikar Ali Bhutto'), (CHN, 'through Pakistani President Yahya Khan'), 'differ',
  'The secret channel ran through Pakistani President Yahya Khan, not Bhutto.', 'C6', 'person swapped')
P('event', (PC, 'Mao Zedong told the journalist Edgar Snow that he would gladly talk with Nixon'),
  (CHN, 'Mao likewise told U.S. journalist Edgar Snow that he would be happy to talk with Nixon'), 'agree',
  'Mao told Edgar Snow he would be happy to talk with Nixon.')
P('date', (PC, 'In 1971 the last restrictions on American travel to the mainland were lifted'),
  (CHN, 'In 1971, Nixon removed the last remaining restrictions preventing Americans from traveling to mainland China'), 'agree',
  'The last travel restrictions were removed in 1971.')
P('event', (PC, 'a table tennis championship in Sweden'), (CHN, 'during an international competition in Japan'), 'differ',
  'The table tennis fraternization took place at a competition in Japan, not Sweden.', 'C7', 'place')
P('date', (PC, 'Beijing invited the American team to visit in April 1971'),
  (CHN, 'the PRC issued an invitation in April 1971 for the U.S. ping pong team'), 'agree',
  'The PRC invited the US table tennis team in April 1971.')
P('date', (PC, 'his second visit, in July 1971'), (CHN, 'Kissinger’s second trip to the PRC, in October 1971'), 'differ',
  'Kissinger\'s second trip, coinciding with the UN vote, was in October 1971, not July.', 'C8', 'month')
P('event', (PC, 'the Assembly seated the People\'s Republic in place of Taiwan'),
  (CHN, 'voted to seat the PRC delegation in place of the Taiwan delegation'), 'agree',
  'The UN seated the PRC in place of Taiwan.')
P('event', (PC, 'the United States did not resist Taiwan\'s expulsion'),
  (CHN, 'the United States unsuccessfully opposed Taiwan’s expulsion from the General Assembly'), 'differ',
  'The US opposed Taiwan\'s expulsion (unsuccessfully); it did not acquiesce.', 'C9', 'outcome reversed')
P('date', (PC, 'In February 1972 Nixon became the first American President to visit mainland China'),
  (CHN, 'Nixon travelled to Communist China February 21–28, 1972'), 'more-precise',
  'Nixon\'s visit was in February 1972; (b) more precise: February 21-28, 1972.', 'C-P3')
P('event', (PC, 'meeting Mao and Premier Zhou Enlai'),
  (CHN, 'met with Mao Zedong, the Chairman of the Central Committee of the Chinese Communist Party, and Zhou Enlai, the PRC Premier'), 'agree',
  'Nixon met Mao and Premier Zhou Enlai.')
P('quote', (PC, 'acknowledges that all Chinese on either side of the Taiwan Strait maintain that there is but one China and that Taiwan is a part of China'),
  (CHN, 'acknowledges that all Chinese on either side of the Taiwan Strait maintain that there is but one China and that Taiwan is a part of China'), 'agree',
  'Same Shanghai Communique wording.')
P('date', (PC, 'full diplomatic relations in 1978'), (CHN, 'between the two countries in 1979'), 'differ',
  'Formal diplomatic relations were established in 1979, not 1978.', 'C10', 'year')
P('quote', (PC, 'bigger fish to fry'), (VN, 'bigger fish to fry'), 'agree',
  'Nixon\'s phrase "bigger fish to fry".')
P('date', (PC, 'On May 8 Nixon decided to mine North Vietnam\'s harbors'), (VN, 'On May 4 he decided to mine North Vietnam’s harbors'), 'differ',
  'Nixon decided to mine the harbors on May 4 (1972), not May 8.', 'C11', 'day')
P('date', (PC, 'On October 11-12 Kissinger and Le Duc Tho agreed on terms'),
  (VN, 'On October 11–12 Kissinger and Le Duc Tho reached agreement on a peace settlement'), 'agree',
  'Kissinger and Le Duc Tho reached agreement on October 11-12 (1972).')
P('date', (PC, 'On December 14 Nixon ordered'), (VN, 'on December 14 Nixon ordered massive B–52 attacks'), 'agree',
  'The Christmas Bombing was ordered on December 14 (1972).')
P('quote', (PC, 'the United States will react very strongly and rapidly to any violation of the agreement'),
  (VN, 'the United States will react very strongly and rapidly to any violation of the agreement'), 'agree',
  'Same words from Nixon\'s November 14, 1972 letter to Thieu.')
P('date', (PC, 'In the spring of 1975 the North attacked in the Central Highlands'),
  (VN, 'a major offensive in the Central Highlands in March 1975'), 'more-precise',
  'The Central Highlands offensive came in spring 1975; (b) more precise: March 1975.', 'C-P4')
P('date', (PC, 'on April 30, 1975, its tanks rolled through the gate of the Presidential Palace in Saigon'),
  (VN, 'On April 30, 1975, NVA tanks rolled through the gate of the Presidential Palace in Saigon'), 'agree',
  'North Vietnamese tanks entered the Presidential Palace on April 30, 1975.')
# not-same, panel C
P('event', (PC, 'held his first private session with the North Vietnamese'),
  (CHN, 'traveled to Beijing twice during 1971'), 'not-same',
  'Two different Kissinger missions: secret talks with North Vietnam (1969) vs trips to Beijing (1971).')
P('date', (PC, 'a Chinese team toured the United States in April 1972'),
  (CHN, 'the PRC issued an invitation in April 1971 for the U.S. ping pong team'), 'not-same',
  'Two table tennis visits: the Chinese team in the US (April 1972) vs the invitation to the US team (April 1971).')
P('date', (PC, 'On May 4 four students were killed at Kent State University'),
  (VN, 'On May 4 he decided to mine North Vietnam’s harbors'), 'not-same',
  'Two different May 4 events: Kent State (1970) vs the decision to mine the harbors (1972).')
P('date', (PC, 'On October 11-12 Kissinger and Le Duc Tho agreed on terms'),
  (VN, 'Nixon met with the Joint Chiefs of Staff (JCS) on October 11'), 'not-same',
  'Two October 11 events: the 1972 Kissinger-Le Duc Tho agreement vs Nixon\'s 1969 meeting with the Joint Chiefs.')

# ---------------------------------------------------------------- essay-essay pairs
P('date', (CHN, 'which began in 1955 and continued intermittently'),
  ('1953-1960-china-talks', 'On August 1, 1955, the United States and the People’s Republic of China (PRC) opened a series of ambassadorial-level talks'), 'more-precise',
  'The ambassadorial talks began in 1955; (b) more precise: August 1, 1955.')
P('event', (CHN, 'met with Mao Zedong, the Chairman of the Central Committee of the Chinese Communist Party, and Zhou Enlai, the PRC Premier'),
  ('1977-1980-china-policy', 'found ready partners in Mao Zedong, the Chairman of the Chinese Communist Party, and Zhou Enlai, the Chinese Premier'), 'agree',
  'Nixon dealt with Chairman Mao Zedong and Premier Zhou Enlai.')
P('quantity', (CHN, 'For the 30 years that followed, the United States recognized the Republic of China'),
  ('1977-1980-china-policy', 'for the next thirty years, the U.S. Government continued to recognize the Republic of China on Taiwan'), 'agree',
  'For thirty years the US recognized the Republic of China.')
P('event', (CHN, 'The principles established in the Shanghai Communiqué provided the basis'),
  ('1977-1980-china-policy', 'Their efforts resulted in the Shanghai Communiqué, which laid the basis for future cooperation'), 'agree',
  'The Shanghai Communique laid the basis for later relations.')
P('date', ('1989-1992-tiananmen-square', 'The establishment of formal diplomatic relations between the United States and the People’s Republic of China in 1979'),
  ('1981-1988-china-communique', 'formally normalized relations with the People’s Republic of China on January 1, 1979'), 'more-precise',
  'Formal relations were established in 1979; (b) more precise: January 1, 1979.')
P('date', ('1981-1988-china-communique', 'the Taiwan Relations Act of April 1979'),
  ('1977-1980-china-policy', 'would begin official diplomatic relations with the People’s Republic of China on January 1, 1979'), 'not-same',
  'Two different 1979 milestones: the Taiwan Relations Act (April) vs the start of official relations with the PRC (January 1).')
P('event', (CHN, 'Nixon travelled to Communist China February 21–28, 1972'),
  ('1969-1976-foreword', 'conducting a summit in Beijing in December 1975'), 'not-same',
  'Two different Beijing summits: Nixon\'s (February 1972) vs Ford\'s (December 1975).')
P('date', ('1969-1976-foreword', 'the end of American involvement in the Vietnam War in January 1973'),
  (VN, 'the peace agreement was signed on January 27'), 'more-precise',
  'American involvement ended in January 1973; (b) more precise: the agreement was signed January 27 (1973, from the preceding sentence).')
P('date', ('1969-1976-foreword', 'the invasion and conquest of South Vietnam by North Vietnam in March–April 1975'),
  (VN, 'On April 30, 1975, NVA tanks rolled through the gate of the Presidential Palace in Saigon'), 'more-precise',
  'The conquest of South Vietnam ended in April 1975; (b) more precise: April 30, 1975.')
P('date', ('1969-1976-salt', 'signed the ABM Treaty and interim SALT agreement on May 26, 1972'),
  (W67, 'Johnson told Israeli Foreign Minister Abba Eban on May 26'), 'not-same',
  'Two May 26 events in different years: the SALT I signing (1972) vs Johnson\'s warning to Eban (1967).')
P('date', ('1801-1829-napoleonic-wars', 'Napoleon had also re-obtained the North American province of Louisiana from Spain in 1800'),
  (LOU, 'France acquired Louisiana from Spain in 1800'), 'agree',
  'France (Napoleon) reacquired Louisiana from Spain in 1800.')
P('date', (LOU, 'The Pinckney treaty of 1795'),
  ('1784-1800-pickney-treaty', 'concluded the Treaty of San Lorenzo, also known as Pinckney’s Treaty, on October 27, 1795'), 'more-precise',
  'The Pinckney treaty dates from 1795; (b) more precise: October 27, 1795.')
P('event', (LOU, 'over the right to navigate the Mississippi and the right for Americans to transfer their goods to ocean-going vessels at New Orleans'),
  ('1784-1800-pickney-treaty', 'granted American ships the right to free navigation of the Mississippi River as well as duty-free transport through the port of New Orleans'), 'agree',
  'The Pinckney treaty secured navigation of the Mississippi and use of New Orleans.')
P('quantity', (LOU, 'purchased from France in 1803 for $15 million'),
  ('1830-1860-texas-annexation', 'in exchange for a $15 million lump sum payment'), 'not-same',
  'Two $15 million payments: the Louisiana Purchase (1803) vs the Mexican cession (1848 treaty).')
P('date', ('1801-1829-napoleonic-wars', 'diplomats signed the Treaty of Ghent on December 23, 1814'),
  ('1801-1829-war-of-1812', 'On Christmas Eve British and American negotiators signed the Treaty of Ghent'), 'differ',
  'The two essays disagree on the signing day of the Treaty of Ghent: December 23 vs Christmas Eve (December 24).', None, 'day')
P('date', (BAR, 'Shaler concluded his negotiations on December 23, 1815'),
  ('1801-1829-napoleonic-wars', 'diplomats signed the Treaty of Ghent on December 23, 1814'), 'not-same',
  'Two December 23 events a year apart: Shaler\'s Algerian treaty (1815) vs the Treaty of Ghent (1814).')
P('date', ('1784-1800-loans', 'obtain low-interest loans for the Louisiana Purchase in 1803'),
  (LOU, 'purchased from France in 1803'), 'agree',
  'The Louisiana Purchase took place in 1803.')
P('event', ('1801-1829-napoleonic-wars', 'the loss of Haiti made Louisiana strategically undesirable'),
  ('1784-1800-haitian-rev', 'French defeat led to the Louisiana Purchase.'), 'agree',
  'France\'s defeat in Haiti/St. Domingue led Napoleon to sell Louisiana.')
P('event', ('1989-1992-madrid-conference', 'Israeli withdrawal from “territories” it had occupied in 1967'),
  (W67, 'called for Israel’s withdrawal from “territories occupied in the recent conflict”'), 'agree',
  'Resolution 242 called for Israeli withdrawal from territories occupied in 1967.')
P('event', ('1969-1976-arab-israeli-war-1973', 'On October 6, 1973, Egypt and Syria attacked Israel’s forces in the Sinai Peninsula and the Golan Heights'),
  (W67, 'Between June 5 and June 10, Israel defeated Egypt, Jordan, and Syria'), 'not-same',
  'Two different wars: the October 1973 Arab attack vs the June 1967 war.')
P('event', ('1969-1976-shuttle-diplomacy', 'the zone Israel had captured during the June 1967 Arab-Israeli War'),
  (W67, 'the West Bank, East Jerusalem, and the Golan Heights'), 'agree',
  'Israel captured the Golan Heights in the June 1967 war.')
