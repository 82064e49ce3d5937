# -*- coding: utf-8 -*-
"""Hand-written spec for pairs_v19 (held-out round 24).

Each entry: P(kind, (doc_a, span_a), (doc_b, span_b), verdict, note, label=None).
Panel is always side a; for more-precise, side b is the more precise one.
Labels A1..A12, B1..B12, C1..C11 are planted contradictions; A-P*, B-P*, C-P* planted precision changes.
"""

CH = 'panel-chile-and-the-south-atlantic'
CA = 'panel-central-america-sandinistas-and-contras'
CP = 'panel-pacific-partners-anzus-and-apec'
AL = '1969-1976-allende'
SA = '1981-1988-south-atlantic'
CC = '1977-1980-central-america-carter'
RC = '1981-1988-central-america'
AZ = '1945-1952-anzus'
AP = '1989-1992-apec'

PANELS = {CH: [AL, SA], CA: [CC, RC], CP: [AZ, AP]}

TYPES = {
    'A1': 'wrong number (vote margin)', 'A2': 'wrong day', 'A3': 'wrong month', 'A4': 'wrong interval',
    'A5': 'wrong person', 'A6': 'wrong month', 'A7': 'wrong number (years)', 'A8': 'wrong outcome',
    'A9': 'wrong year', 'A10': 'wrong outcome (position taken)', 'A11': 'wrong number (rounds)', 'A12': 'wrong day',
    'A-P1': 'precision: year vs month', 'A-P2': 'precision: month vs day', 'A-P3': 'precision: year vs month',
    'B1': 'wrong year', 'B2': 'wrong number (hostages)', 'B3': 'wrong country', 'B4': 'wrong month',
    'B5': 'wrong interval', 'B6': 'wrong number (hours)', 'B7': 'wrong interval', 'B8': 'wrong number (junta size)',
    'B9': 'wrong year', 'B10': 'wrong number (money)', 'B11': 'wrong year', 'B12': 'wrong place (country)',
    'B-P1': 'precision: year vs month', 'B-P2': 'precision: year vs month', 'B-P3': 'precision: approximate vs exact percentage',
    'B-P4': 'precision: part of year vs month',
    'C1': 'wrong day', 'C2': 'wrong year', 'C3': 'wrong person', 'C4': 'wrong year', 'C5': 'wrong outcome',
    'C6': 'wrong interval (frequency)', 'C7': 'wrong person (and office)', 'C8': 'wrong place (country)', 'C9': 'wrong place (city)',
    'C10': 'wrong year', 'C11': 'wrong year (target date)',
    'C-P1': 'precision: season vs month', 'C-P2': 'precision: month vs day', 'C-P3': 'precision: approximate vs exact number',
}

PAIRS = []


def P(kind, a, b, verdict, note, label=None):
    PAIRS.append({'kind': kind, 'a': a, 'b': b, 'verdict': verdict, 'note': note, 'label': label})


# ---------------------------------------------------------------- panel A: Chile and the Falklands
P('date', (CH, 'launched by President John F. Kennedy in 1961'), (AL, 'The Alliance for Progress, signed in 1961 by President John F. Kennedy'), 'agree', 'Alliance for Progress: Kennedy, 1961.')
P('date', (CH, 'In 1964 the Christian Democrat Eduardo Frei won the presidency'), (AL, 'In September 1964, PDC candidate Eduardo Frei was elected President of Chile'), 'more-precise', "Frei's election: 1964 vs September 1964; (b) more precise.", 'A-P1')
P('event', (CH, 'Covert American funds were spent not to back any one contender but to keep Allende out'), (AL, 'not for any one candidate’s use but to prevent Allende’s election'), 'agree', 'Covert funds in 1970 aimed at preventing Allende, not at backing a candidate.')
P('quantity', (CH, 'He still won over a third of the vote'), (AL, 'Allende still received over one third of the popular vote'), 'agree', 'Allende: over one third of the vote.')
P('quantity', (CH, 'with Alessandri three percentage points behind'), (AL, 'trailing Allende by only one percentage point'), 'differ', "Alessandri's margin behind Allende: three points vs one point.", 'A1')
P('date', (CH, 'a run-off in the Chilean Congress set for October 24, 1970'), (AL, 'A run-off election in the Chilean Congress was scheduled for October 24, 1970'), 'agree', 'Congressional run-off scheduled for October 24, 1970.')
P('event', (CH, "After Valenzuela's men had twice failed to kidnap Schneider"), (AL, 'After two failed attempts by Valenzuela’s supporters to kidnap Schneider'), 'agree', "Two failed kidnap attempts on Schneider by Valenzuela's supporters.")
P('date', (CH, "Viaux's group tried a third time on October 12"), (AL, 'a third attempt was made by Viaux on October 22'), 'differ', "Date of Viaux's (third) attempt on Schneider: October 12 vs October 22.", 'A2')
P('date', (CH, 'he was sworn in on December 3'), (AL, 'on November 3 he was officially sworn in as President of Chile'), 'differ', "Allende's inauguration: December 3 vs November 3.", 'A3')
P('date', (CH, 'On December 21, 1970, Allende put forward a constitutional amendment'), (AL, 'On December 21, 1970, Allende proposed an amendment to the Chilean constitution'), 'agree', 'Nationalisation amendment proposed December 21, 1970.')
P('date', (CH, 'Congress approved it in July 1971'), (AL, 'The Chilean Congress passed the nationalization amendment on July 11, 1971'), 'more-precise', 'Passage of the amendment: July 1971 vs July 11, 1971; (b) more precise.', 'A-P2')
P('date', (CH, 'it took effect two weeks later'), (AL, 'it became law five days later'), 'differ', 'Interval between passage and entry into law: two weeks vs five days.', 'A4')
P('quote', (CH, 'excessive profit-taking'), (AL, 'excessive profit-taking'), 'agree', "The 'excessive profit-taking' clause.")
P('date', (CH, 'strikes and protests spread between 1971 and 1973'), (AL, 'These issues led to a series of demonstrations and strikes from 1971 to 1973'), 'agree', 'Strikes and demonstrations 1971-1973.')
P('date', (CH, 'On June 29, 1973'), (AL, 'On June 29, 1973'), 'agree', 'Failed coup attempt on June 29, 1973.')
P('event', (CH, 'General Roberto Viaux led a failed coup attempt'), (AL, 'Lieutenant Colonel Roberto Souper led a failed coup attempt against Allende'), 'differ', 'Leader of the failed June 1973 coup: Viaux vs Lt. Col. Roberto Souper.', 'A5')
P('date', (CH, 'On July 24, 1973'), (AL, 'on August 24, 1973'), 'differ', 'Pinochet succeeds Prats as Defence Minister and Army Commander: July 24 vs August 24, 1973.', 'A6')
P('event', (CH, 'General Augusto Pinochet succeeded him as Defence Minister and Army Commander'), (AL, 'On September 13, Pinochet was named President of Chile'), 'not-same', 'Same person, different roles: army commander/defence minister (August 1973) vs President (September 13).')
P('date', (CH, 'On the morning of September 11, 1973'), (AL, 'On the morning of September 11, 1973'), 'agree', 'Coup on the morning of September 11, 1973.')
P('date', (CH, 'Allende made his last broadcast from the palace at 9:10 that morning'), (AL, 'At 9:10 a.m., Allende made his final broadcast from the presidential palace'), 'agree', 'Final broadcast at 9:10 a.m.')
P('date', (CH, 'Two days later Pinochet was named President'), (AL, 'On September 13, Pinochet was named President of Chile'), 'agree', 'Pinochet named President two days after September 11 = September 13.')
P('quantity', (CH, 'ended 41 years of democratic government'), (AL, 'ended a 46-year history of democratic rule in Chile'), 'differ', 'Length of democratic rule ended by the coup: 41 vs 46 years.', 'A7')
P('date', (CH, 'In 1975 he declared that Chile would hold no more elections'), (AL, 'In June 1975, Pinochet announced that there would be no future elections in the country'), 'more-precise', 'No-elections announcement: 1975 vs June 1975; (b) more precise.', 'A-P3')
P('date', (CH, 'A Senate committee set up in 1975'), (AL, 'A Senate committee was convened in 1975'), 'agree', 'Senate committee convened in 1975.')
P('date', (CH, 'A Senate committee set up in 1975'), (AL, 'In June 1975, Pinochet announced that there would be no future elections'), 'not-same', 'Two different 1975 events: U.S. Senate inquiry vs Pinochet ruling out elections.')
P('event', (CH, "it found clear evidence of American backing for Pinochet's seizure of power"), (AL, 'it concluded that there was little evidence to link the U.S. Government to covert support of Pinochet’s coup'), 'differ', "Senate finding on U.S. support for Pinochet's coup: clear evidence vs little evidence.", 'A8')
P('date', (CH, 'Early on April 2, 1982, Argentine troops came ashore on the Falkland Islands'), (SA, 'Early on the morning of April 2, 1982, Argentine military forces landed on the Falkland Islands'), 'agree', 'Argentine landing early on April 2, 1982.')
P('date', (CH, 'independence from Spain in 1816'), (SA, 'independence from Spain in 1816'), 'agree', "Argentina's claim dates to independence in 1816.")
P('date', (CH, 'Britain had held the islands since 1843'), (SA, 'beginning in 1833, however, the United Kingdom had established a presence on the islands'), 'differ', 'British presence on the Falklands since 1843 vs 1833.', 'A9')
P('quote', (CH, 'Gilbert and Sullivan battle'), (SA, 'Gilbert and Sullivan battle'), 'agree', "'Gilbert and Sullivan battle'.")
P('event', (CH, 'UN Ambassador Jeane Kirkpatrick pressed for firm support of London'), (SA, 'Ambassador to the United Nations Jeane Kirkpatrick did not want to alienate the Argentines'), 'differ', "Kirkpatrick's position: backing Britain vs not alienating Argentina.", 'A10')
P('quote', (CH, 'honest broker'), (SA, 'honest broker'), 'agree', "Haig's 'honest broker' approach.")
P('date', (CH, 'talks began on April 7'), (SA, 'for talks with Thatcher and Galtieri on April 7'), 'agree', "Haig's talks start April 7.")
P('date', (CH, 'talks began on April 7'), (SA, 'Argentina officially rejected Haig’s final peace proposal on April 29'), 'not-same', "Different moments of Haig's mission: start of talks (April 7) vs Argentine rejection (April 29).")
P('date', (CH, 'Over the next fortnight'), (SA, 'over the next fortnight'), 'agree', 'Shuttle diplomacy over a fortnight.')
P('quantity', (CH, 'he made three rounds of shuttle diplomacy'), (SA, 'two rounds of intensive discussions'), 'differ', "Number of rounds of Haig's shuttle talks: three vs two.", 'A11')
P('date', (CH, "Argentina formally rejected Haig's last proposal on April 29"), (SA, 'Argentina officially rejected Haig’s final peace proposal on April 29'), 'agree', "Argentina rejects Haig's final proposal on April 29.")
P('date', (CH, 'On May 15 Weinberger and the British Defence Secretary, John Nott'), (SA, 'On May 5, Weinberger met with British Defense Secretary John Nott'), 'differ', 'Weinberger-Nott meeting: May 15 vs May 5.', 'A12')
P('event', (CH, 'a betrayal of the Rio Treaty of 1947'), (SA, 'a betrayal of the hemispheric solidarity embodied in the 1947 Inter-American Treaty of Reciprocal Assistance (the Rio Treaty)'), 'agree', 'Latin American view: betrayal of the 1947 Rio Treaty.')
P('date', (CH, 'After a three-week ground campaign'), (SA, 'Following a three-week ground campaign'), 'agree', 'Three-week ground campaign.')
P('date', (CH, 'retook Port Stanley on June 14'), (SA, 're-captured the islands’ capital, Port Stanley, on June 14'), 'agree', 'Port Stanley retaken June 14.')
P('date', (CH, 'Three days later Galtieri resigned'), (SA, 'Three days later, Galtieri resigned as Argentine president'), 'agree', 'Galtieri resigned three days later.')

# ---------------------------------------------------------------- panel B: Central America
P('date', (CA, 'who had ruled from 1936 to 1956'), (CC, 'two-decades of control from 1936 to 1956'), 'agree', "Somoza García's rule 1936-1956.")
P('date', (CA, 'the Cuban revolution of 1959'), (CC, 'Inspired by the 1959 Cuban revolution'), 'agree', 'Cuban revolution of 1959.')
P('date', (CA, 'was put to death by the National Guard in 1933'), (CC, 'executed Sandino despite a surrender agreement in 1934'), 'differ', "Sandino's execution: 1933 vs 1934.", 'B1')
P('date', (CA, 'The killing of Pedro Joaquín Chamorro of La Prensa in 1978'), (CC, 'The assassination of Pedro Joaquín Chamorro, the publisher of the opposition newspaper La Prensa, in January 1978'), 'more-precise', "Chamorro's assassination: 1978 vs January 1978; (b) more precise.", 'B-P1')
P('date', (CA, 'That August guerrillas seized the National Palace'), (CC, 'In August 1978, Sandinista guerrillas captured the National Palace'), 'agree', "National Palace seized in August 1978 ('That August' after 1978).")
P('quantity', (CA, 'traded several dozen hostages'), (CC, 'exchanged several hundred hostages'), 'differ', 'Hostages exchanged: several dozen vs several hundred.', 'B2')
P('date', (CA, 'in September they attacked several major cities at once'), (CC, 'in September 1978 the Sandinistas launched a series of coordinated attacks in major cities'), 'agree', 'Coordinated attacks in September 1978.')
P('event', (CA, 'a commission of the Dominican Republic, Costa Rica and the United States'), (CC, 'comprised of representatives of the Dominican Republic, Guatemala, and the United States'), 'differ', 'Mediation commission members: Costa Rica vs Guatemala.', 'B3')
P('date', (CA, 'which arrived in October 1978'), (CC, 'arrived in October 1978'), 'agree', 'Commission arrived in October 1978.')
P('date', (CA, 'that April Carter cut off military aid to the National Guard'), (CC, 'That February, Carter terminated military assistance to the National Guard'), 'differ', 'End of military aid to the Guard: April vs February 1979.', 'B4')
P('date', (CA, 'On June 16, 1979, the Sandinistas and moderate allies set up a Provisional Government in Costa Rica'), (CC, 'established in Costa Rica on June 16'), 'agree', 'Provisional Government set up in Costa Rica on June 16 (1979).')
P('date', (CA, 'On June 21 Secretary of State Cyrus Vance proposed replacing Somoza'), (CC, 'On June 21, Secretary of State Cyrus Vance called for the replacement of Somoza'), 'agree', "Vance's call of June 21.")
P('date', (CA, "the OAS called for the regime's replacement the next day"), (CC, 'Two days later the OAS passed a resolution calling for the replacement of the Somoza regime'), 'differ', 'OAS resolution: one day vs two days after June 21.', 'B5')
P('quantity', (CA, 'power handed to the Provisional Government within 48 hours'), (CC, 'finally transfer power to the PG within 72 hours'), 'differ', "Pezzullo plan's deadline for the handover: 48 vs 72 hours.", 'B6')
P('date', (CA, 'Somoza flew to the United States on July 17'), (CC, 'Somoza departed for the United States on July 17'), 'agree', 'Somoza left for the U.S. on July 17.')
P('date', (CA, 'Somoza flew to the United States on July 17'), (CC, 'On July 18 Pezzullo departed'), 'not-same', 'Two departures: Somoza (July 17) vs Ambassador Pezzullo (July 18).')
P('date', (CA, 'In late 1979 he asked Congress for $80 million in supplementary aid'), (CC, 'That November, Carter asked Congress for $80 million in new supplemental aid funds'), 'more-precise', "Carter's $80 million request: late 1979 vs November (1979); (b) more precise.", 'B-P4')
P('quantity', (CA, '$5 million for the rest of the region'), (CC, '$5 million for other Central American states'), 'agree', '$5 million for other Central American states.')
P('quantity', (CA, '$75 million of it for Nicaragua'), (CC, 'the $50 to $70 million of fiscal year 1980 funds that he requested be reprogrammed for Nicaragua'), 'not-same', 'Two different sums for Nicaragua: new supplemental $75 million vs reprogrammed FY1980 funds.')
P('quantity', (CA, 'an act of May 1980 granted $80 million for Central America'), (CC, 'ended in May 1980 with an act authorizing $80 million in assistance to Central America'), 'agree', 'May 1980 act: $80 million for Central America.')
P('date', (CA, 'report on Nicaraguan human rights every three months'), (CC, 'The act required reports every six months from the Secretary of State on the status of human rights in Nicaragua'), 'differ', 'Reporting interval: three vs six months.', 'B7')
P('date', (CA, 'In October 1979 young officers overthrew President Carlos Humberto Romero'), (CC, 'a group of young military officers overthrew Romero in October 1979'), 'agree', 'Coup against Romero in October 1979.')
P('quantity', (CA, 'installed a three-man civilian-military junta'), (CC, 'The group established a five-man civilian military junta'), 'differ', 'Size of the junta: three vs five members.', 'B8')
P('event', (CA, 'Archbishop Oscar Romero of San Salvador was murdered'), (CC, 'by 1979 the President, retired General Carlos Humberto Romero, had increased the repression'), 'not-same', 'Two different Romeros: Archbishop Oscar Romero vs President Carlos Humberto Romero.')
P('date', (CA, 'in December 1980 the killing of four American churchwomen'), (CC, 'In December 1980, the abduction and murder of four U.S. churchwomen'), 'agree', 'Four U.S. churchwomen murdered, December 1980.')
P('event', (CA, 'in April Ronald Reagan stopped economic aid to Nicaragua'), (RC, 'in April 1981, Reagan terminated economic assistance to Nicaragua'), 'agree', 'Economic aid to Nicaragua ended April 1981.')
P('date', (CA, 'who made their first major attack in March 1982'), (RC, 'The Contras launched their first major attack against the Sandinistas in March 1982'), 'agree', "Contras' first major attack, March 1982.")
P('date', (CA, 'In 1983 Reagan told a joint session of Congress'), (RC, 'He addressed a joint session of Congress in April 1983'), 'more-precise', 'Address to joint session: 1983 vs April 1983; (b) more precise.', 'B-P2')
P('date', (CA, 'that October American forces invaded Grenada'), (RC, 'the invasion of Grenada in October 1983'), 'agree', "Grenada invaded October 1983 ('that October' after 1983).")
P('date', (CA, 'the Contadora talks, opened in January 1984'), (RC, 'the Contadora peace negotiations that had begun in January 1983'), 'differ', 'Start of Contadora talks: January 1984 vs January 1983.', 'B9')
P('date', (CA, 'Congress cut off Contra aid in October 1984'), (RC, 'In October 1984, however, Congress ended the support'), 'agree', 'Congress ended Contra support October 1984.')
P('quote', (CA, 'freedom-fighters'), (RC, 'freedom-fighters'), 'agree', "Reagan's 'freedom-fighters'.")
P('date', (CA, 'That June Congress voted'), (RC, 'In June 1985 Congress agreed'), 'agree', "Congressional vote in June 1985 ('That June' after the 1985 address).")
P('quantity', (CA, '$24 million in humanitarian aid'), (RC, '$27 million in humanitarian aid for the Contras'), 'differ', 'Humanitarian aid for the Contras: $24 vs $27 million.', 'B10')
P('quantity', (CA, 'later it approved $100 million'), (RC, 'helped to sway Congress into approving $100 million for the Contras'), 'agree', '$100 million Contra package.')
P('quantity', (CA, 'later it approved $100 million'), (RC, 'Reagan gained congressional increases of up to $100 million in non-military aid to the Contras'), 'not-same', 'Two different $100 million sums: the 1986 (mostly military) package vs earlier non-military increases after Grenada.')
P('quantity', (CA, 'roughly 70 percent of it military'), (RC, 'seventy percent allocated for military aid'), 'more-precise', 'Military share: roughly 70 percent vs seventy percent; (b) more precise.', 'B-P3')
P('date', (CA, 'The Iran-Contra scandal broke the following month'), (RC, 'the Iran-Contra scandal broke the next month'), 'agree', 'Iran-Contra broke the month after October 1986.')
P('event', (CA, 'In August 1987 Central American presidents signed the Esquipulas accord in Guatemala'), (RC, 'the FMLN reached a peace accord with the Salvadoran Government under United Nations supervision'), 'not-same', 'Two peace accords: Esquipulas (1987, regional) vs Salvadoran accord (1991).')
P('event', (CA, 'at a meeting in Honduras in January 1988'), (RC, 'Meeting in Costa Rica in January 1988'), 'differ', 'Venue of the January 1988 meeting: Honduras vs Costa Rica.', 'B12')
P('date', (CA, 'Nicaragua held supervised elections in 1990'), (RC, 'held internationally supervised elections in 1990'), 'agree', 'Supervised elections in Nicaragua, 1990.')
P('date', (CA, "El Salvador's war ended in 1992"), (RC, 'The civil war in El Salvador lasted until 1991'), 'differ', 'End of the Salvadoran civil war: 1992 vs 1991.', 'B11')

# ---------------------------------------------------------------- panel C: ANZUS and APEC
P('event', (CP, 'Both had entered the war as members of the British Empire'), (AZ, 'both Australia and New Zealand were members of the British Empire, so when Britain entered the conflict they did as well'), 'agree', 'Both entered the war as members of the British Empire.')
P('date', (CP, 'above all the city of Darwin, again and again in 1942 and 1943'), (AZ, 'especially the city of Darwin suffered frequent Japanese air raids in 1942 and 1943'), 'agree', 'Raids on Darwin in 1942 and 1943.')
P('date', (CP, 'on February 25, 1942'), (AZ, 'on February 15, 1942'), 'differ', 'Fall of Singapore: February 25 vs February 15, 1942.', 'C1')
P('event', (CP, 'London, absorbed by the war in Europe, could not protect them'), (AZ, 'the British Government was too focused on the war in Europe to protect its colonies properly'), 'agree', 'Britain too absorbed in Europe to protect them.')
P('date', (CP, 'Australia had floated a Pacific pact in the 1930s'), (AZ, 'Australia initially considered the idea of a regional pact in the Pacific in the 1930s'), 'agree', 'Australian idea of a Pacific pact in the 1930s.')
P('event', (CP, 'Australia had floated a Pacific pact in the 1930s'), (AZ, 'Even before the war ended, Australia and New Zealand signed an agreement stating that they had common goals'), 'not-same', 'Different things: the 1930s regional-pact idea vs the wartime Australia-New Zealand agreement.')
P('date', (CP, 'at a meeting of Commonwealth prime ministers in 1947'), (AZ, 'in 1946, at a meeting of the Commonwealth Prime Ministers'), 'differ', 'Commonwealth prime ministers meeting: 1947 vs 1946.', 'C2')
P('event', (CP, 'Secretary of State George Marshall replied that formal treaties were unnecessary'), (AZ, 'U.S. Secretary of State Dean Acheson stated that formal treaties with the South Pacific nations were unnecessary'), 'differ', 'Who said formal treaties were unnecessary: Marshall vs Acheson.', 'C3')
P('event', (CP, 'any real attack on Australia or New Zealand would bring an American response'), (AZ, 'any real attack on Australia or New Zealand would elicit a U.S. response'), 'agree', 'An attack would bring a U.S. response anyway.')
P('quote', (CP, 'Pacific Treaty Organization'), (AZ, 'Pacific Treaty Organization'), 'agree', "No 'Pacific Treaty Organization' to parallel NATO.")
P('event', (CP, 'before the Korean War, did not extend its defence interests much beyond Japanese territory'), (AZ, 'the United States did not extend its defense interests far beyond Japanese territory before the Korean War'), 'agree', 'U.S. defence interests limited to Japan before Korea.')
P('date', (CP, 'The communist victory in China in 1949'), (AZ, 'The communist victory in the Chinese Revolution in 1949'), 'agree', 'Communist victory in China, 1949.')
P('date', (CP, 'The communist victory in China in 1949'), (AZ, 'The signing of the North Atlantic Treaty in 1949'), 'not-same', 'Two different 1949 events: communist victory in China vs North Atlantic Treaty.')
P('date', (CP, 'the North Atlantic Treaty of the same year'), (AZ, 'The signing of the North Atlantic Treaty in 1949'), 'agree', "North Atlantic Treaty of 1949 ('the same year' = 1949).")
P('event', (CP, 'both countries sent troops under the United Nations flag'), (AZ, 'the outbreak of the Korean War led Australia and New Zealand to commit troops through the United Nations'), 'agree', 'Both sent troops to Korea through the UN.')
P('date', (CP, 'In the spring of 1951 President Harry Truman announced'), (AZ, 'In April of 1951, U.S. President Harry Truman announced'), 'more-precise', "Truman's announcement: spring 1951 vs April 1951; (b) more precise.", 'C-P1')
P('date', (CP, 'which entered into force in 1953'), (AZ, 'entered into force in 1952'), 'differ', 'ANZUS entry into force: 1953 vs 1952.', 'C4')
P('event', (CP, 'Britain, though invited to take part, chose to stay out'), (AZ, 'it was not invited to join the agreement'), 'differ', "Britain's absence: declined an invitation vs was not invited.", 'C5')
P('event', (CP, 'Its forces were already stretched in Europe and the Middle East'), (AZ, 'British forces were already engaged in Europe and the Middle East'), 'agree', 'British forces committed in Europe and the Middle East.')
P('date', (CP, 'SEATO was created in 1954'), (AZ, 'the 1954 creation of the Southeast Asian Treaty Organization (SEATO)'), 'agree', 'SEATO created 1954.')
P('event', (CP, 'with all three ANZUS states, Britain, France and several Asian countries'), (AZ, 'included all of the ANZUS powers, as well as Britain, France, and several other Asian powers'), 'agree', 'SEATO membership: ANZUS powers, Britain, France, Asian states.')
P('date', (CP, 'The ANZUS partners met once every two years'), (AZ, 'the members met annually to discuss their shared interests and concerns'), 'differ', 'Meeting frequency: every two years vs annually.', 'C6')
P('event', (CP, 'sent forces to Vietnam without formally invoking the treaty'), (AZ, 'sent forces to support the U.S. effort in Vietnam, though without formally invoking the treaty'), 'agree', 'Forces to Vietnam without invoking the treaty.')
P('date', (CP, 'The alliance began to come apart in 1984, when New Zealand declared itself nuclear-free'), (AZ, 'In 1984, the ANZUS Treaty began to unravel when New Zealand declared its country a nuclear-free zone'), 'agree', "New Zealand's nuclear-free declaration, 1984.")
P('event', (CP, "Australia's Prime Minister Bob Hawke"), (AZ, 'Australian Foreign Minister Bill Hayden'), 'differ', "Shultz's Australian counterpart in the 1986 talks: Prime Minister Hawke vs Foreign Minister Hayden.", 'C7')
P('date', (CP, 'in September 1986 the United States suspended its commitments to New Zealand'), (AZ, 'On September 17, 1986, the United States suspended its treaty obligations toward New Zealand'), 'more-precise', 'Suspension of obligations to New Zealand: September 1986 vs September 17, 1986; (b) more precise.', 'C-P2')
P('event', (CP, 'The treaty has never been formally abrogated'), (AZ, 'the agreement has not been formally abrogated'), 'agree', 'ANZUS never formally abrogated.')
P('event', (CP, 'was set up in Japan in 1989'), (AP, 'was formed in 1989 in Australia'), 'differ', "APEC's founding place: Japan vs Australia (year agrees).", 'C8')
P('event', (CP, 'relied on shared goals rather than binding agreements'), (AP, 'did not rely upon binding agreements'), 'agree', 'No binding agreements.')
P('event', (CP, 'both of which Washington did even more to create'), (AP, 'the U.S. Government played an even greater role in the creation of the North American Free Trade Association (NAFTA) and the World Trade Organization (WTO)'), 'agree', 'Greater U.S. role in creating NAFTA and the WTO.')
P('quantity', (CP, 'It began with about a dozen member economies'), (AP, 'APEC has expanded from its original 12 members'), 'more-precise', 'Original membership: about a dozen vs 12; (b) more precise.', 'C-P3')
P('quantity', (CP, 'has since grown to 21'), (AP, 'to include 21 member economies'), 'agree', '21 member economies now.')
P('date', (CP, 'China, Hong Kong and Chinese Taipei joined in 1991'), (AP, 'In 1991, the People’s Republic of China, Hong Kong and Chinese Taipei joined the forum'), 'agree', 'China, Hong Kong, Chinese Taipei joined 1991.')
P('event', (CP, 'China, Hong Kong and Chinese Taipei joined in 1991'), (AP, 'APEC member economies proclaimed the creation of a liberalized free trade area around the Pacific Rim'), 'not-same', 'Two different 1991 events: new members joining vs the Seoul Declaration.')
P('date', (CP, 'The 1992 Seoul Declaration'), (AP, 'In the 1991 Seoul Declaration'), 'differ', 'Seoul Declaration: 1992 vs 1991.', 'C10')
P('date', (CP, 'at Bogor, Indonesia, in 1994'), (AP, 'A 1994 meeting held in Bogor, Indonesia'), 'agree', 'Bogor meeting, 1994.')
P('quote', (CP, 'free and open trade and investment'), (AP, 'free and open trade and investment'), 'agree', "Bogor goal: 'free and open trade and investment'.")
P('date', (CP, 'with 2015 as the deadline for developed economies'), (AP, 'establishing 2010 as the target date for developed economies'), 'differ', 'Target date for developed economies: 2015 vs 2010.', 'C11')
P('event', (CP, 'the first annual meeting of APEC leaders in San Francisco in 1993'), (AP, 'In 1993 in Seattle, Washington, President Bill Clinton hosted what became the first annual meeting'), 'differ', 'Host city of the first leaders meeting: San Francisco vs Seattle (year agrees).', 'C9')

# ---------------------------------------------------------------- essay-essay pairs
P('event', ('1981-1988-foreword', 'The United States had to determine what course to steer amid hostilities between allies during the Falklands Crisis'), (SA, 'this crisis presented the Ronald Reagan administration with a formidable foreign policy dilemma'), 'agree', 'The Falklands crisis as a dilemma for the Reagan administration.')
P('event', ('1981-1988-foreword', 'the Contras in Nicaragua'), (RC, 'Reagan opted to support a clandestine guerrilla force to quash the Sandinista training and arming of Salvadoran guerillas'), 'agree', 'U.S. support for the Contras.')
P('date', ('1981-1988-foreword', 'In 1983 American forces invaded Grenada'), (RC, 'the invasion of Grenada in October 1983'), 'more-precise', 'Grenada invasion: 1983 vs October 1983; (b) more precise.')
P('event', ('1981-1988-foreword', 'Caspar Weinberger served as Secretary of Defense for almost seven years'), (SA, 'Secretary of Defense Caspar Weinberger argued strongly to support the British'), 'agree', 'Weinberger as Secretary of Defense.')
P('event', ('1969-1976-foreword', 'Kissinger’s deputy, General Al Haig, became an increasingly influential advisor to Nixon'), (SA, 'Secretary of State Alexander M. Haig, Jr., argued that Cuba and the Soviet Union stood poised to exploit the crisis'), 'not-same', "Same person, different roles: Kissinger's deputy under Nixon vs Reagan's Secretary of State.")
P('event', ('1981-1988-lebanon', 'Secretary of State Alexander Haig argued that the United States should not pressure Israel'), (SA, 'Secretary of State Alexander M. Haig, Jr.'), 'agree', 'Haig as Secretary of State in 1982.')
P('date', (AZ, 'the 1954 creation of the Southeast Asian Treaty Organization (SEATO)'), ('1953-1960-seato', 'In September of 1954, the United States, France, Great Britain, New Zealand, Australia, the Philippines, Thailand and Pakistan formed the Southeast Asia Treaty Organization'), 'more-precise', 'Creation of SEATO: 1954 vs September 1954; (b) more precise.')
P('date', (AZ, 'The signing of the North Atlantic Treaty in 1949'), ('1945-1952-nato', 'the signing of the North Atlantic Treaty in 1949'), 'agree', 'North Atlantic Treaty signed 1949.')
P('date', ('1945-1952-nato', 'The North Atlantic Treaty Organization was created in 1949 by the United States, Canada, and several Western European nations'), ('1953-1960-seato', 'In September of 1954, the United States, France, Great Britain, New Zealand, Australia, the Philippines, Thailand and Pakistan formed the Southeast Asia Treaty Organization'), 'not-same', 'Two different alliances: NATO (1949) vs SEATO (1954).')
P('date', (CC, 'Inspired by the 1959 Cuban revolution'), ('1961-1968-bay-of-pigs', 'A left-wing revolution in Cuba had ended in 1959'), 'agree', 'Cuban revolution 1959.')
P('date', ('1977-1980-panama-canal', 'In December of 1989, President George H.W. Bush ordered an invasion of Panama'), (RC, 'On December 20, 1989, President George H.W. Bush dispatched over twenty thousand troops to invade Panama'), 'more-precise', 'Invasion of Panama: December 1989 vs December 20, 1989; (b) more precise.')
P('date', (AL, 'The Alliance for Progress, signed in 1961 by President John F. Kennedy'), ('1961-1968-alliance-for-progress', 'the 1961–1969 Alliance for Progress was in essence a Marshall Plan for Latin America'), 'agree', 'Alliance for Progress begins 1961.')
P('event', (CC, 'Secretary of State Cyrus Vance called for the replacement of Somoza'), ('1977-1980-horn-of-africa', 'led by Secretary of State Cyrus Vance'), 'agree', 'Vance as Carter-era Secretary of State.')
P('date', ('1945-1952-japan-reconstruction', 'In September of 1951, fifty-two nations met in San Francisco to discuss the treaty'), ('1945-1952-korean-war', 'Acheson signed the San Francisco Treaty on September 8, 1951'), 'more-precise', 'San Francisco peace treaty: September 1951 vs September 8, 1951; (b) more precise.')
P('date', ('1945-1952-japan-reconstruction', 'The outbreak of the Korean War in 1950'), ('1953-1960-taiwan-strait-crises', 'after the outbreak of the Korean War in June 1950'), 'more-precise', 'Outbreak of the Korean War: 1950 vs June 1950; (b) more precise.')
P('event', ('1981-1988-foreword', 'George Shultz served as Secretary for the remainder of Reagan’s two terms'), ('1981-1988-u-s-soviet-relations', 'Secretary of State George Shultz believed that agreements would enhance U.S. security'), 'agree', 'Shultz as Reagan-era Secretary of State.')
P('event', ('1969-1976-nixon-shock', 'Office of Management and Budget Director George Shultz'), ('1981-1988-u-s-soviet-relations', 'Secretary of State George Shultz believed that agreements would enhance U.S. security'), 'not-same', 'Same person, different roles: OMB Director (1971) vs Secretary of State (1980s).')
P('event', ('1830-1860-territorial-expansion', 'he eliminated his local rivals and became president in 1856'), (RC, 'Sandinista leader Daniel Ortega’s elevation to president in a controversial national election'), 'not-same', 'Different presidents of Nicaragua: William Walker (1856) vs Daniel Ortega (1984).')
P('event', ('1914-1920-haiti', 'President Woodrow Wilson sent the United States Marines into Haiti'), (CC, 'who had fought against the U.S. Marines in the 1920s'), 'not-same', 'Different Marine interventions: Haiti (1915) vs Nicaragua (1920s).')
P('event', ('1989-1992-foreword', 'The ascent of democratic governments in the Philippines and Chile'), (AL, 'The takeover of the government ended a 46-year history of democratic rule in Chile'), 'not-same', 'Different moments: return of democracy in Chile (late 1980s) vs its end in 1973.')
P('date', (RC, 'the journalist and hero of the opposition who had been slain in 1978'), (CC, 'The assassination of Pedro Joaquín Chamorro, the publisher of the opposition newspaper La Prensa, in January 1978'), 'more-precise', "Chamorro's killing: 1978 vs January 1978; (b) more precise.")
