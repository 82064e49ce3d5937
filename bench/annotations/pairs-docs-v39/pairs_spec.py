"""Spec for pairs_v39 (held-out round 57). One P(...) per pair.

P(kind, (doc, span), (doc, span), verdict, note, label=None, how=None)
  * side a is the panel in every panel-essay pair; in more-precise pairs side b is the more precise statement
  * label: planted-error label (A1.., A-P1..) on every panel differ / more-precise pair, else None
  * how: style tag of the contradiction, on differ pairs only
Spans are exact, case-sensitive and must occur exactly once in their doc; the build script derives the sentence.
"""

PA = "panel-sputnik-and-the-test-ban"
PB = "panel-angola-and-the-sinai-shuttle"
PC = "panel-greece-europe-and-the-security-state"
S = "1953-1960-sputnik"
L = "1961-1968-limited-ban"
AN = "1969-1976-angola"
SH = "1969-1976-shuttle-diplomacy"
TD = "1945-1952-truman-doctrine"
MP = "1945-1952-marshall-plan"
NS = "1945-1952-national-security-act"

PANELS = {
    PA: {"letter": "A", "essays": [S, L],
         "title": "Beeps from Orbit, Limits on the Bomb: Sputnik and the Test Ban Treaty, 1957-1974"},
    PB: {"letter": "B", "essays": [AN, SH],
         "title": "Two Fronts for Kissinger: Angola and the Middle East Shuttles, 1974-1976"},
    PC: {"letter": "C", "essays": [TD, MP, NS],
         "title": "Aid, Recovery and a New Security State: The American Commitments of 1947-1948"},
}

PAIRS = []


def P(kind, a, b, verdict, note, label=None, how=None):
    PAIRS.append(dict(kind=kind, a=a, b=b, verdict=verdict, note=note, label=label, how=how))


# ---------------------------------------------------------------- Panel A: Sputnik and the test ban
P("event", (PA, "Sputnik-1, the first artificial satellite the world had ever seen"),
  (S, "the earth’s first artificial satellite, Sputnik-1"), "agree",
  "Sputnik-1 was the first artificial satellite.")
P("event", (PA, "Americans, experts and ordinary citizens alike, were stunned"),
  (S, "came as a shock to experts and citizens in the United States"), "agree",
  "The launch shocked American experts and citizens.")
P("event", (PA, "the American military was slipping behind in new technology"),
  (S, "the U.S. military had generally fallen behind in developing new technology"), "agree",
  "Fear that the U.S. military had fallen behind technologically.")
P("event", (PA, "German scientists went on to help the research programs of both Washington and Moscow"),
  (S, "German scientists aided research in both countries"), "agree",
  "German scientists aided research in both the United States and the Soviet Union.")
P("date", (PA, "asked for satellite launches in late 1957 or 1958"),
  (S, "called for the launch of satellite technology during late 1957 or 1958"), "agree",
  "The ICSU called for satellite launches in late 1957 or 1958.")
P("event", (PA, "every one of those tests failed"),
  (S, "all of these tests ended in failure"), "agree",
  "All the U.S. rocket and missile tests of the decade failed.")
P("event", (PA, "one of them with a dog aboard"),
  (S, "including one that carried a dog into space"), "agree",
  "One of the follow-up Soviet satellites carried a dog.")
P("event", (PA, "quietly pouring money and resources into the space program"),
  (S, "he poured additional funds and resources into the space program"), "agree",
  "Eisenhower put additional funds and resources into the space program.")
P("event", (PA, "blew up on the launch pad"),
  (S, "exploded on the launch pad"), "agree",
  "Vanguard exploded on the launch pad.")
P("event", (PA, "climbed further out into space"),
  (S, "its launch sent it deeper into space"), "agree",
  "Explorer went deeper into space than Sputnik.")
P("event", (PA, "Nikita Khrushchev bragged about Soviet technical superiority"),
  (S, "Soviet Premier Nikita Khrushchev boasted about Soviet technological superiority"), "agree",
  "Khrushchev boasted of Soviet technological superiority.")
P("event", (PA, "talk of a treaty to ban nuclear tests went quiet for several years"),
  (S, "talk of creating a treaty banning nuclear testing faded away for several years"), "agree",
  "Talk of a test-ban treaty faded for several years.")
P("event", (PA, "carried John F. Kennedy to victory over Eisenhower's vice president, Richard Nixon"),
  (S, "brought John F. Kennedy to power over Eisenhower’s vice president, Richard Nixon"), "agree",
  "The 1960 election brought Kennedy to power over Nixon.")
P("event", (PA, "the nuclear balance still favored the United States"),
  (L, "the balance of nuclear power remained in favor of the United States"), "agree",
  "The Kennedy Administration found the nuclear balance still favored the United States.")
P("event", (PA, "activist groups sprang up to campaign on the issue"),
  (L, "This led to the formation of activist groups"), "agree",
  "Fallout fears led to the formation of activist groups.")
P("event", (PA, "Washington and London wanted inspectors on Soviet soil"),
  (L, "The United States and Great Britain, in particular, pushed for on-site inspections of Soviet facilities"), "agree",
  "The United States and Britain pressed for on-site inspections in the Soviet Union.")
P("event", (PA, "the Soviets suspected that the inspections were a cover for espionage"),
  (L, "interpreting U.S. insistence on these inspections as a ruse to facilitate U.S. efforts to spy on Soviet advancements"), "agree",
  "The Soviets saw the inspection demand as a cover for spying.")
P("date", (PA, "shot down an American U-2 spy plane over their territory in 1960"),
  (L, "shot down an American U-2 spy plane over Russia in 1960"), "agree",
  "The U-2 was shot down over Soviet territory in 1960.")
P("event", (PA, "Both sides went back to testing."),
  (L, "both the United States and the Soviet Union resumed testing"), "agree",
  "Both superpowers resumed testing.")
P("date", (PA, "In 1961 Kennedy created an Arms Control and Disarmament Agency"),
  (L, "In 1961, Kennedy established an Arms Control and Disarmament Agency"), "agree",
  "Kennedy set up the Arms Control and Disarmament Agency in 1961.")
P("event", (PA, "the People's Republic of China looked close to building one"),
  (L, "the People’s Republic of China appeared close to successfully building its own atom bomb"), "agree",
  "China appeared close to building a bomb.")
P("date", (PA, "was signed in 1963 by the United States, the Soviet Union and Great Britain"),
  (L, "was signed by the United States, the Soviet Union, and Great Britain in 1963"), "agree",
  "The Limited Test Ban Treaty was signed in 1963 by the three powers.")
# planted contradictions
P("date", (PA, "finally went up on January 30, 1958"), (S, "on January 31, 1958"), "differ",
  "Explorer was launched on January 31, 1958, not January 30.", "A1", "day")
P("quantity", (PA, "Weighing 194 pounds"), (S, "At 184 pounds"), "differ",
  "Sputnik weighed 184 pounds, not 194.", "A2", "number")
P("quantity", (PA, "circled the planet every 96 minutes"), (S, "orbited the earth every 90-minutes"), "differ",
  "The satellites orbited every 90 minutes, not 96.", "A3", "number")
P("date", (PA, "in November 1957"), (S, "in December of 1957"), "differ",
  "Vanguard exploded in December 1957, not November.", "A4", "month")
P("event", (PA, "It was heavier than Sputnik"), (S, "The Explorer was still slighter than Sputnik"), "differ",
  "Explorer was lighter than Sputnik, not heavier.", "A5", "comparison reversed")
P("date", (PA, "opened talks on a comprehensive test ban in 1959"),
  (L, "entered into negotiations for a comprehensive test ban treaty in 1958"), "differ",
  "Comprehensive test-ban negotiations began in 1958, not 1959.", "A6", "year")
P("event", (PA, "the pause was begun by the United States"), (L, "initiated first by the Soviet Union"), "differ",
  "The moratorium was initiated by the Soviet Union, not the United States.", "A7", "country swapped")
P("event", (PA, "its poor handling of the Suez crisis"), (L, "the organization’s mishandling of the Congo crisis"), "differ",
  "Khrushchev's objection to UN inspections followed the Congo crisis, not Suez.", "A8", "event swapped")
P("event", (PA, "within the Department of Defense"), (L, "within the U.S. Department of State"), "differ",
  "The Arms Control and Disarmament Agency was set up in the State Department, not Defense.", "A9", "institution swapped")
P("date", (PA, "France had tested its first weapon in 1961"), (L, "France exploded its first weapon in 1960"), "differ",
  "France's first nuclear test was in 1960, not 1961.", "A10", "year")
P("event", (PA, "in the atmosphere, in outer space and underground"),
  (L, "in the atmosphere, in space, or underwater"), "differ",
  "The treaty banned tests underwater, not underground (underground tests were left out).", "A11", "place")
P("quantity", (PA, "capping underground explosions at 100 kilotons"),
  (L, "a yield greater than 150 kilotons"), "differ",
  "The Threshold Test Ban limit was 150 kilotons, not 100.", "A12", "number")
P("date", (PA, "tested the first intercontinental ballistic missile the following year"),
  (S, "tested the first intercontinental ballistic missile that year"), "differ",
  "The first Soviet ICBM test came the same year as Sputnik (1957), not the following year.", "A13", "year")
# planted precision changes
P("date", (PA, "In the autumn of 1957"), (S, "On October 4, 1957"), "more-precise",
  "Sputnik launch: autumn 1957 vs October 4, 1957; (b) more precise.", "A-P1")
P("date", (PA, "the missile crisis over Cuba in 1962"), (L, "the Cuban Missile Crisis in October of 1962"), "more-precise",
  "Cuban Missile Crisis: 1962 vs October 1962; (b) more precise.", "A-P2")
P("date", (PA, "in the mid-1970s the Threshold Test Ban Treaty came back to testing"),
  (L, "In 1974, the Threshold Test Ban Treaty returned to the question of nuclear testing"), "more-precise",
  "Threshold Test Ban Treaty: mid-1970s vs 1974; (b) more precise.", "A-P3")
# look-alikes
P("event", (PA, "The first American satellite to reach orbit, Explorer"),
  (S, "the Soviet Union launched the earth’s first artificial satellite"), "not-same",
  "First American satellite in orbit (Explorer, 1958) vs the world's first satellite (Sputnik, 1957).")
P("event", (PA, "meant to be the first American satellite"),
  (S, "the United States succeeded in launching its first satellite, the Explorer"), "not-same",
  "Vanguard (the failed first attempt) vs Explorer (the first success).")
P("date", (PA, "the SALT I agreements in 1972"), (L, "the Limited Test Ban Treaty of 1963"), "not-same",
  "Two different arms control agreements: SALT I (1972) and the Limited Test Ban Treaty (1963).")
P("event", (PA, "Nazi Germany had come close to a working intercontinental ballistic missile"),
  (S, "the Soviet Union also tested the first intercontinental ballistic missile"), "not-same",
  "Nazi Germany's near-ICBM in 1945 vs the Soviet Union's first ICBM test in 1957.")

# ---------------------------------------------------------------- Panel B: Angola and the shuttles
P("event", (PB, "the new government in Lisbon set out to shed an empire it could no longer afford"),
  (AN, "the new rulers in Lisbon sought to divest the country of its costly colonial empire"), "agree",
  "Lisbon's new rulers set out to give up the costly empire.")
P("event", (PB, "a civil war that became a contest of the Cold War"),
  (AN, "the Angolan civil war that grew into a Cold War competition"), "agree",
  "The Angolan civil war became a Cold War competition.")
P("event", (PB, "a Marxist movement led by Agostinho Neto"),
  (AN, "a Marxist organization centered in the capital, Luanda, and led by Agostinho Neto"), "agree",
  "The MPLA was Marxist and led by Neto.")
P("event", (PB, "leaned on a close American ally next door, Mobutu Sese Seko of Zaire"),
  (AN, "had strong ties to the U.S. ally, Mobutu Sese Seko, in neighboring Zaire"), "agree",
  "The FNLA had ties to Mobutu of Zaire, a U.S. ally.")
P("event", (PB, "it was led by Jonas Savimbi and drew its support from the Ovimbundu, Angola's largest ethnic group"),
  (AN, "was led by Jonas Savimbi and supported by the country’s largest ethnic group, the Ovimbundu"), "agree",
  "UNITA was led by Savimbi and backed by the Ovimbundu.")
P("event", (PB, "set up a government in which all three would share power"),
  (AN, "provided for a three-way power sharing government"), "agree",
  "The Alvor Agreement provided for three-way power sharing.")
P("event", (PB, "The United States armed and trained the FNLA and UNITA"),
  (AN, "The United States supplied aid and training for both the FNLA and UNITA"), "agree",
  "The United States aided and trained the FNLA and UNITA.")
P("event", (PB, "China sent military instructors to the FNLA"),
  (AN, "China, also, sent military instructors to train the FNLA"), "agree",
  "China sent military instructors to the FNLA.")
P("date", (PB, "In the summer of 1975 the MPLA secured Luanda"),
  (AN, "During the summer of 1975, the Soviet-supported MPLA was able to consolidate power in Luanda"), "agree",
  "The MPLA consolidated control of Luanda in summer 1975.")
P("event", (PB, "Lisbon pulled its troops out that same day"),
  (AN, "Lisbon decided to withdraw its troops on that day"), "agree",
  "Portugal withdrew its troops on independence day.")
P("event", (PB, "UNITA, meanwhile, turned to the apartheid government of South Africa"),
  (AN, "approached the Apartheid government in South Africa for military reinforcement"), "agree",
  "UNITA sought help from apartheid South Africa.")
P("date", (PB, "sent troops into southern Angola in October"),
  (AN, "entered southern Angola in October"), "agree",
  "South African forces entered southern Angola in October (1975).")
P("event", (PB, "Washington had quietly encouraged the South African move"),
  (AN, "The U.S. Government had encouraged the South African intervention"), "agree",
  "The U.S. Government encouraged the South African intervention.")
P("event", (PB, "China pulled out its advisers"),
  (AN, "the Chinese withdrew its advisers from the region"), "agree",
  "China withdrew its advisers.")
P("date", (PB, "South Africa withdrew in the spring of 1976"),
  (AN, "South Africa withdrew its forces in the spring of 1976"), "agree",
  "South Africa withdrew in spring 1976.")
P("event", (PB, "The Ford Administration saw the Cubans in Angola as Soviet proxies"),
  (AN, "The Ford Administration believed that Cuba had intervened in Angola as a Soviet proxy"), "agree",
  "The Ford Administration viewed Cuba as a Soviet proxy in Angola.")
P("event", (PB, "coined the phrase \"shuttle diplomacy\""),
  (SH, "a term coined by the members of the media who followed Kissinger"), "agree",
  "Journalists travelling with Kissinger coined 'shuttle diplomacy'.")
P("date", (PB, "three weeks of fighting"), (SH, "After three weeks of fighting"), "agree",
  "The October 1973 war lasted three weeks before the ceasefire.")
P("date", (PB, "Israel's disengagement proposals of January 4 and 5, 1974"),
  (SH, "Israel’s proposals for disengagement with the Egyptians on January 4 and 5, 1974"), "agree",
  "Israel's disengagement proposals came on January 4 and 5, 1974.")
P("date", (PB, "was concluded on January 18"), (SH, "reaching an agreement on January 18"), "agree",
  "Sinai I was reached on January 18 (1974).")
P("date", (PB, "He left for Jerusalem on May 1"), (SH, "On May 1, he left for Jerusalem"), "agree",
  "Kissinger left for Jerusalem on May 1 (1974).")
P("quantity", (PB, "three kilometers inside the area Israel had taken in June 1967"),
  (SH, "three kilometers within the zone Israel had captured during the June 1967 Arab-Israeli War"), "agree",
  "Quneitra lay three kilometers inside the area taken in June 1967.")
# planted contradictions
P("event", (PB, "was based in the south of the country"), (AN, "was based in the north of the country"), "differ",
  "The FNLA was based in the north, not the south.", "B1", "place")
P("event", (PB, "UNITA, was an offshoot of the MPLA"), (AN, "an offshoot of the FNLA"), "differ",
  "UNITA split from the FNLA, not the MPLA.", "B2", "group swapped")
P("date", (PB, "In March 1975 the three leaders met"), (AN, "in January 1975"), "differ",
  "The Alvor Agreement was signed in January 1975, not March.", "B3", "month")
P("date", (PB, "Neto proclaimed November 10, 1975 as independence day"),
  (AN, "Neto announced November 11, 1975 as the day of Angolan independence"), "differ",
  "Independence day was November 11, 1975, not November 10.", "B4", "day")
P("event", (PB, "Secretary of State Henry Kissinger asked Congress for more money"),
  (AN, "President Gerald Ford had requested Congressional approval for more money"), "differ",
  "It was President Ford, not Kissinger, who asked Congress for more Angola funds.", "B5", "person swapped")
P("event", (PB, "Congress granted the additional funds"),
  (AN, "Congress rejected the President’s request for additional funds"), "differ",
  "Congress rejected the request for more funds; it did not grant them.", "B6", "outcome reversed")
P("date", (PB, "until he died in 2004"), (AN, "until his death in 2002"), "differ",
  "Savimbi died in 2002, not 2004.", "B7", "year")
P("date", (PB, "After twelve days of shuttling"), (SH, "in eight days"), "differ",
  "The first Egyptian-Israeli disengagement was negotiated in eight days, not twelve.", "B8", "duration")
P("event", (PB, "Kissinger arrived in Cairo on January 11"), (SH, "On January 11, Kissinger arrived in Aswan, Egypt"), "differ",
  "On January 11 Kissinger arrived in Aswan, not Cairo.", "B9", "place")
P("event", (PB, "an Arab summit in Algiers"), (SH, "an Arab summit in Rabat, Morocco"), "differ",
  "The 1974 Arab summit was held in Rabat, not Algiers.", "B10", "place")
P("date", (PB, "was signed on September 1, 1975"), (SH, "which Egypt and Israel signed on September 4"), "differ",
  "Sinai II was signed on September 4 (1975), not September 1.", "B11", "day")
P("quantity", (PB, "two manned stations"), (SH, "three manned stations"), "differ",
  "Sinai II set up three manned stations, not two.", "B12", "number")
# planted precision changes
P("date", (PB, "in the spring of 1974"), (AN, "on April 25, 1974"), "more-precise",
  "Portuguese coup: spring 1974 vs April 25, 1974; (b) more precise.", "B-P1")
P("date", (PB, "Syria and Israel signed at the end of May"),
  (SH, "on May 31, Syria and Israel signed a disengagement agreement"), "more-precise",
  "Syrian-Israeli disengagement: end of May vs May 31 (1974); (b) more precise.", "B-P2")
P("date", (PB, "Nixon resigned in August"), (SH, "On August 9, Nixon resigned the presidency"), "more-precise",
  "Nixon's resignation: August vs August 9 (1974); (b) more precise.", "B-P3")
# look-alikes
P("event", (PB, "the first Egyptian-Israeli disengagement agreement, known as Sinai I"),
  (SH, "known as the Sinai Interim Agreement or Sinai II"), "not-same",
  "Sinai I (January 1974) vs Sinai II (September 1975): two different agreements.")
P("event", (PB, "Holden Roberto's National Front for the Liberation of Angola"),
  (AN, "was led by Jonas Savimbi"), "not-same",
  "Roberto led the FNLA; Savimbi led UNITA - leaders of different movements.")
P("date", (PB, "the aftermath of the October 1973 war"),
  (SH, "the zone Israel had captured during the June 1967 Arab-Israeli War"), "not-same",
  "Two different wars: October 1973 and June 1967.")
P("date", (PB, "an American proposal on May 16"), (SH, "On May 1, he left for Jerusalem"), "not-same",
  "Two dates in the Syrian shuttle: the American proposal (May 16) vs Kissinger's departure (May 1).")

# ---------------------------------------------------------------- Panel C: 1947-1948
P("event", (PC, "then fighting a civil war against the Greek Communist Party"),
  (TD, "in its civil war against the Greek Communist Party"), "agree",
  "The Greek Government was fighting a civil war against the Greek Communist Party.")
P("event", (PC, "He asked for help for Turkey as well, since it too had relied on British money."),
  (TD, "He also asked Congress to provide assistance for Turkey, since that nation, too, had previously been dependent on British aid."), "agree",
  "Truman also asked for aid for Turkey, which had depended on British aid.")
P("event", (PC, "Washington assumed that Moscow was behind the Greek Communists"),
  (TD, "the U.S. Government believed that the Soviet Union supported the Greek Communist war effort"), "agree",
  "Washington believed the Soviets backed the Greek Communists.")
P("event", (PC, "Moscow leaned on the Iranian Government for oil concessions"),
  (TD, "Soviet attempts to pressure the Iranian Government into granting them oil concessions"), "agree",
  "The Soviets pressed Iran for oil concessions.")
P("event", (PC, "bases and transit rights through the Turkish Straits"),
  (TD, "base and transit rights through the Turkish Straits"), "agree",
  "The Soviets sought base and transit rights through the Turkish Straits.")
P("event", (PC, "the British withdrawal from Greece gave the administration the opening it needed"),
  (TD, "the withdrawal of British assistance to Greece provided the necessary catalyst"), "agree",
  "The British withdrawal from Greece was the catalyst.")
P("event", (PC, "along with American civilian and military personnel and equipment"),
  (TD, "support the dispatch of American civilian and military personnel and equipment to the region"), "agree",
  "Truman also asked for American civilian and military personnel and equipment.")
P("quote", (PC, "\"the policy of the United States to support free peoples who are resisting attempted subjugation by armed minorities or by outside pressures.\""),
  (TD, "“the policy of the United States to support free peoples who are resisting attempted subjugation by armed minorities or by outside pressures.”"), "agree",
  "Same quotation of the Truman Doctrine.")
P("event", (PC, "avoiding large peacetime commitments outside the Western Hemisphere"),
  (TD, "traditional avoidance of extensive foreign commitments beyond the Western Hemisphere during peacetime"), "agree",
  "The doctrine broke with avoidance of peacetime commitments beyond the Western Hemisphere.")
P("date", (PC, "its economies had slid badly during the winter of 1946-1947"),
  (MP, "the rapid deterioration of European economies in the winter of 1946–1947"), "agree",
  "European economies deteriorated in the winter of 1946-1947.")
P("date", (PC, "on June 5, 1947"), (MP, "In a June 5, 1947, speech"), "agree",
  "Marshall's speech was given on June 5, 1947.")
P("event", (PC, "Secretary of State George C. Marshall called for a comprehensive plan to rebuild Europe"),
  (MP, "Secretary of State George C. Marshall issued a call for a comprehensive program to rebuild Europe"), "agree",
  "Marshall called for a comprehensive program to rebuild Europe.")
P("event", (PC, "helped the American economy too by creating markets for American goods"),
  (MP, "a stimulant to the U.S. economy by establishing markets for American goods"), "agree",
  "The plan stimulated the U.S. economy by creating markets.")
P("event", (PC, "Moscow feared American economic domination of its satellites"),
  (MP, "Soviet concern over potential U.S. economic domination of its Eastern European satellites"), "agree",
  "Soviet fear of U.S. economic domination of its satellites.")
P("event", (PC, "Congress, in any case, would hardly have paid so generously had the money also gone to Communist states"),
  (MP, "it is unlikely that the U.S. Congress would have been willing to fund the plan as generously as it did if aid also went to Soviet Bloc Communist nations"), "agree",
  "Congress would not have funded the plan so generously had aid gone to Communist states.")
P("event", (PC, "Marshall became the only general ever awarded the Nobel Peace Prize"),
  (MP, "Marshall became the only general ever to receive a Nobel Prize for peace"), "agree",
  "Marshall was the only general to win the Nobel Peace Prize.")
P("event", (PC, "It created the National Security Council"),
  (NS, "including the National Security Council (NSC)"), "agree",
  "The act created the National Security Council.")
P("event", (PC, "Under Richard Nixon the staff, headed by Henry Kissinger"),
  (NS, "the NSC staff, then headed by Henry A. Kissinger"), "agree",
  "Under Nixon the NSC staff was headed by Kissinger.")
P("event", (PC, "the council's own meetings became rare and simply confirmed what Nixon and Kissinger had already decided"),
  (NS, "were infrequent and merely confirmed decisions already agreed upon by Nixon and Kissinger"), "agree",
  "Under Nixon NSC meetings were infrequent and rubber-stamped decisions.")
P("event", (PC, "created the Central Intelligence Agency out of the wartime Office of Strategic Services"),
  (NS, "grew out of World War II era Office of Strategic Services"), "agree",
  "The CIA grew out of the wartime OSS.")
P("event", (PC, "The War and Navy Departments were merged into a single Department of Defense"),
  (NS, "The War Department and Navy Department merged into a single Department of Defense"), "agree",
  "War and Navy Departments merged into the Department of Defense.")
P("event", (PC, "gave the Secretary of Defense more authority over the services and their secretaries"),
  (NS, "to give the Secretary of Defense more power over the individual services and their secretaries"), "agree",
  "The amendment strengthened the Secretary of Defense over the services.")
# planted contradictions
P("date", (PC, "would end at the end of June"), (TD, "as of March 31"), "differ",
  "British aid to Greece was to end as of March 31 (1947), not at the end of June.", "C1", "month")
P("quantity", (PC, "Three setbacks during 1946"), (TD, "In 1946, four setbacks"), "differ",
  "The essay counts four setbacks in 1946, not three.", "C2", "number")
P("event", (PC, "Stalin was indeed arming the Greek Communists"),
  (TD, "Stalin had deliberately refrained from providing any support to the Greek Communists"), "differ",
  "Stalin refrained from supporting the Greek Communists; he did not arm them.", "C3", "outcome reversed")
P("date", (PC, "in December 1946 the Soviet Government turned down the Baruch plan"),
  (TD, "the Soviet Government’s rejection of the Baruch plan for international control over nuclear energy and weapons in June 1946"), "differ",
  "The essay dates the Soviet rejection of the Baruch plan to June 1946, not December.", "C4", "month")
P("event", (PC, "against the terms of the Yalta agreement of 1945"),
  (TD, "as per the terms of the Tehran Declaration of 1943"), "differ",
  "The Iran troop withdrawal was due under the Tehran Declaration of 1943, not a 1945 Yalta agreement.", "C5", "document swapped")
P("event", (PC, "the graduating class at Yale"), (MP, "the graduating class at Harvard University"), "differ",
  "Marshall spoke at Harvard, not Yale.", "C6", "place")
P("quantity", (PC, "over $13 billion"), (MP, "over $12 billion"), "differ",
  "Marshall Plan funding rose to over $12 billion, not $13 billion.", "C7", "number")
P("date", (PC, "beginning in 1951 it was run by the President's Assistant"),
  (NS, "Beginning in 1953 the President’s Assistant for National Security Affairs directed this staff"), "differ",
  "The Assistant for National Security Affairs directed the staff from 1953, not 1951.", "C8", "year")
P("event", (PC, "Kennedy made key decisions in formal NSC meetings"),
  (NS, "President Dwight D. Eisenhower, for example, used the NSC meetings to make key foreign policy decisions"), "differ",
  "It was Eisenhower who decided in NSC meetings; Kennedy worked informally.", "C9", "person swapped")
P("date", (PC, "An amendment in 1950"), (NS, "In 1949 the act was amended"), "differ",
  "The act was amended in 1949, not 1950.", "C10", "year")
# planted precision changes
P("date", (PC, "in March 1947"), (TD, "on March 12, 1947"), "more-precise",
  "Truman's speech: March 1947 vs March 12, 1947; (b) more precise.", "C-P1")
P("quantity", (PC, "about $400 million in aid"), (TD, "$400,000,000 worth of aid"), "more-precise",
  "Aid request: about $400 million vs exactly $400,000,000; (b) more precise.", "C-P2")
P("date", (PC, "Congress passed the Economic Cooperation Act in 1948"),
  (MP, "Congress passed the Economic Cooperation Act in March 1948"), "more-precise",
  "Economic Cooperation Act: 1948 vs March 1948; (b) more precise.", "C-P3")
P("date", (PC, "Soviet troops stayed in northern Iran in 1946"),
  (TD, "the Soviets’ failure to withdraw their troops from northern Iran in early 1946"), "more-precise",
  "Soviet troops in northern Iran: 1946 vs early 1946; (b) more precise.", "C-P4")
# look-alikes
P("event", (PC, "the CIA became the government's main civilian intelligence body"),
  (NS, "the Defense Intelligence Agency became the main military intelligence body"), "not-same",
  "The CIA (main civilian intelligence body) vs the DIA (main military intelligence body).")
P("event", (PC, "Moscow leaned on the Iranian Government"),
  (TD, "Soviet efforts to force the Turkish Government into granting them base and transit rights"), "not-same",
  "Two different Soviet pressures: on Iran (oil) and on Turkey (Straits).")
P("date", (PC, "the National Security Act of 1947, which overhauled the country's foreign policy and military establishments"),
  (NS, "In 1949 the act was amended to give the Secretary of Defense more power"), "not-same",
  "The 1947 act itself vs its 1949 amendment.")

# ---------------------------------------------------------------- essay-essay pairs
P("date", (L, "after its launch of the first man-made satellite, Sputnik , in 1957"),
  (S, "On October 4, 1957, the Soviet Union launched the earth’s first artificial satellite"), "more-precise",
  "Sputnik launch: 1957 vs October 4, 1957; (b) more precise.")
P("event", (S, "successfully exploited the fear of a “missile gap”"),
  (L, "President Kennedy had even campaigned for office on a claim"), "agree",
  "Kennedy's 1960 campaign exploited the 'missile gap'.")
P("date", (S, "The Cuban Missile Crisis of 1962"), (L, "the Cuban Missile Crisis in October of 1962"), "more-precise",
  "Cuban Missile Crisis: 1962 vs October 1962; (b) more precise.")
P("date", (L, "the rapid escalation of the Cuban Missile Crisis in October of 1962"),
  ("1961-1968-cuban-missile-crisis", "The Cuban Missile Crisis of October 1962"), "agree",
  "The Cuban Missile Crisis took place in October 1962.")
P("date", (L, "After the Soviet military shot down an American U-2 spy plane over Russia in 1960"),
  ("1953-1960-u2-incident", "On May 1, 1960, the pilot of an American U-2 spyplane was shot down"), "more-precise",
  "U-2 shootdown: 1960 vs May 1, 1960; (b) more precise.")
P("date", (L, "as France exploded its first weapon in 1960"),
  ("1961-1968-npt", "France exploded its first nuclear bomb in 1960"), "agree",
  "France's first nuclear test was in 1960.")
P("event", (S, "boasted about Soviet technological superiority and growing stockpiles of ICBMs"),
  ("1953-1960-u2-incident", "Khrushchev also claimed that the Soviet Union had developed numerous intercontinental ballistic missiles"), "agree",
  "Khrushchev claimed large Soviet ICBM holdings.")
P("date", ("1945-1952-atomic", "the Soviet Union successfully exploded its first atomic bomb in 1949"),
  (S, "the Soviet Union also tested the first intercontinental ballistic missile that year"), "not-same",
  "Two Soviet firsts: the atomic bomb (1949) and the ICBM (1957).")
P("date", ("1969-1976-oil-embargo", "culminated with the First Egyptian-Israeli Disengagement Agreement on January 18, 1974"),
  (SH, "Kissinger shuttled between Israel and Egypt for a week, reaching an agreement on January 18"), "agree",
  "The first Egyptian-Israeli disengagement agreement was reached on January 18, 1974.")
P("date", ("1969-1976-foreword", "a second Egyptian-Israeli Disengagement Agreement, which was signed in September 1975"),
  (SH, "which Egypt and Israel signed on September 4"), "more-precise",
  "Sinai II: September 1975 vs September 4 (1975); (b) more precise.")
P("date", ("1969-1976-foreword", "Nixon’s resignation in August 1974"),
  (SH, "On August 9, Nixon resigned the presidency"), "more-precise",
  "Nixon's resignation: August 1974 vs August 9 (1974); (b) more precise.")
P("event", ("1969-1976-foreword", "served as both Secretary of State and National Security Advisor"),
  (SH, "keeping Kissinger on board as both Secretary of State and National Security Adviser"), "agree",
  "Kissinger held both posts, Secretary of State and National Security Adviser.")
P("event", ("1989-1992-apartheid", "The United States had even supported the South African Defense Force’s efforts in Angola"),
  (AN, "The U.S. Government had encouraged the South African intervention"), "agree",
  "The United States backed the South African intervention in Angola.")
P("event", ("1969-1976-arab-israeli-war-1973", "the Israeli-Egyptian peace treaty of 1979"),
  (SH, "known as the Sinai Interim Agreement or Sinai II"), "not-same",
  "The 1979 peace treaty vs the 1975 Sinai II interim agreement.")
P("event", (NS, "the NSC staff, then headed by Henry A. Kissinger"),
  (SH, "Secretary of State Henry Kissinger engaged in “shuttle diplomacy,”"), "not-same",
  "Kissinger in two roles: head of the NSC staff under Nixon vs Secretary of State on the 1974 shuttles.")
P("date", ("1945-1952-berlin-airlift", "the enunciation of the Truman Doctrine"),
  (TD, "a speech delivered by President Truman before a joint session of Congress on March 12, 1947"), "more-precise",
  "Truman Doctrine: 'In March' (1947 from the paragraph) vs March 12, 1947; (b) more precise.")
P("date", ("1945-1952-baruch-plans", "On June 14, 1946, before a session of the United Nations Atomic Energy Commission (UNAEC), U.S. representative Bernard Baruch, presented a proposal"),
  (TD, "the Soviet Government’s rejection of the Baruch plan"), "not-same",
  "Presentation of the Baruch plan (June 14, 1946) vs its Soviet rejection.")
P("event", ("1945-1952-nato", "Soviet refusal either to participate in the Marshall Plan or to allow its satellite states in Eastern Europe to accept the economic assistance"),
  (MP, "Stalin’s unwillingness to open up his secret society to westerners doomed the idea"), "agree",
  "The Soviets kept themselves and their satellites out of the Marshall Plan.")
P("date", ("1937-1945-bretton-woods", "signed the finished charter in March 1948"),
  (MP, "Congress passed the Economic Cooperation Act in March 1948"), "not-same",
  "Two March 1948 events: the Havana ITO charter vs the Economic Cooperation Act.")
P("date", ("1961-1968-foreword", "which he had held since 1953"),
  (NS, "Beginning in 1953 the President’s Assistant for National Security Affairs directed this staff"), "not-same",
  "Two 1953 starts: Dulles as CIA Director vs the Assistant for National Security Affairs directing the NSC staff.")
