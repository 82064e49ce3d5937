"""Spec for pairs_v36: panels and hand-labelled statement pairs.

P(kind, (doc, span), (doc, span), verdict, note, label)
label: planted-error label for panel differ / more-precise pairs, else None.
Side b is always the more precise side of a more-precise pair.
"""

PA = 'panel-congo-and-kashmir'
PB = 'panel-bullitt-mission-and-recognition'
PC = 'panel-decolonization-and-dien-bien-phu'

CG = '1961-1968-congo-decolonization'
IP = '1961-1968-india-pakistan-war'
BM = '1914-1920-bullitt-mission'
US = '1921-1936-ussr'
DB = '1953-1960-dien-bien-phu'
AA = '1945-1952-asia-and-africa'

SE = '1953-1960-seato'
GT = '1961-1968-gulf-of-tonkin'
TS = '1953-1960-taiwan-strait-crises'
BC = '1953-1960-bandung-conf'
CR = '1945-1952-chinese-rev'
PP = '1914-1920-paris-peace'
USW = '1937-1945-us-soviet'
AC = '1937-1945-atlantic-conf'
AN = '1945-1952-anzus'

PANELS = {
    PA: {'title': 'New States, Old Quarrels: The Congo and Kashmir, 1960-1966', 'essays': [CG, IP]},
    PB: {'title': 'A Door Left Shut: From the Bullitt Mission to Recognition of the Soviet Union, 1919-1933',
         'essays': [BM, US]},
    PC: {'title': 'When the Empires Withdrew: Decolonization and the Fall of Dien Bien Phu, 1945-1956',
         'essays': [AA, DB]},
}

PAIRS = []


def P(kind, a, b, verdict, note, label=None):
    PAIRS.append({'kind': kind, 'a': a, 'b': b, 'verdict': verdict, 'note': note, 'label': label})


# ---------------------------------------------------------------- Panel A: Congo and Kashmir
P('date', (PA, 'became an independent republic on June 30, 1960'), (CG, 'gained its independence on June 30, 1960'),
  'agree', 'The Belgian Congo became independent on June 30, 1960.')
P('event', (PA, 'Joseph Kasavubu as president and Patrice Lumumba as prime minister'),
  (CG, 'a president, Joseph Kasavubu, prime minister, Patrice Lumumba'),
  'agree', 'Kasavubu was elected president and Lumumba prime minister.')
P('date', (PA, 'On July 8, soldiers of the Force Publique'), (CG, 'On July 5, Congolese soldiers in the Force Publique mutinied'),
  'differ', 'Date of the Force Publique mutiny at Thysville: July 8 vs July 5 (1960).', 'A1')
P('date', (PA, 'On July 13 the United Nations voted to create a peacekeeping force'),
  (CG, 'On July 13, the United Nations approved a resolution'),
  'agree', 'The UN resolution creating ONUC was approved on July 13 (1960).')
P('date', (PA, 'Katanga had proclaimed its independence on July 11'),
  (CG, 'Two days earlier, the wealthy Katanga province had declared its independence'),
  'agree', 'Katanga seceded on July 11: the essay says two days before the July 13 UN resolution.')
P('date', (PA, 'South Kasai followed in September'), (CG, 'followed in August by South Kasai province'),
  'differ', 'Month South Kasai declared independence: September vs August (1960).', 'A2')
P('date', (PA, 'Lumumba was invited to Washington in late July'), (CG, 'Lumumba was invited to visit Washington in late July'),
  'agree', 'Lumumba was invited to Washington in late July (1960).')
P('event', (PA, 'Lawrence Devlin, the CIA station chief in Leopoldville'),
  (CG, 'Lawrence Devlin, the CIA Chief of Station in Leopoldville'),
  'agree', 'Lawrence Devlin was the CIA Chief of Station in Leopoldville.')
P('date', (PA, 'On September 5, Kasavubu dismissed Lumumba'), (CG, 'On September 5, Kasavubu dismissed Lumumba from the government'),
  'agree', 'Kasavubu dismissed Lumumba on September 5 (1960).')
P('date', (PA, 'On September 24, Colonel Joseph Mobutu'), (CG, 'orchestrated a coup d’état on September 14'),
  'differ', "Date of Mobutu's first coup: September 24 vs September 14 (1960).", 'A3')
P('date', (PA, 'Devlin later warned Mobutu, on September 18, of a plot against his life'),
  (CG, 'informed Mobutu of a plot to assassinate him on September 18'),
  'agree', 'Devlin told Mobutu of an assassination plot on September 18.')
P('date', (PA, 'was killed in January 1961'), (CG, 'ultimately killed on January 17, 1961'),
  'more-precise', 'Lumumba was killed in January 1961 vs on January 17, 1961; (b) more precise.', 'A-P1')
P('date', (PA, 'For roughly four years afterward'), (CG, 'Over the next four years'),
  'more-precise', 'Period of U.S. efforts to build a pro-Western regime: roughly four years vs four years; (b) more precise.', 'A-P2')
P('event', (PA, 'the Kennedy administration signed military agreements with the Congo'),
  (CG, 'led the Kennedy administration to sign bilateral military agreements with the Republic of the Congo'),
  'agree', 'The Kennedy administration signed (bilateral) military agreements with the Congo.')
P('date', (PA, 'in May 1963 Mobutu came to Washington'), (CG, 'a May 1963 visit to Washington by Mobutu'),
  'agree', 'Mobutu visited Washington in May 1963.')
P('event', (PA, 'sat down with President Johnson'), (CG, 'who met with President Kennedy on May 31'),
  'differ', 'President Mobutu met during his May 1963 visit: Johnson vs Kennedy.', 'A4')
P('date', (PA, 'After rebels captured Stanleyville on August 14, 1964'),
  (CG, 'the fall of Stanleyville (Kisangani) to rebel forces on August 4, 1964'),
  'differ', 'Date Stanleyville fell to the rebels: August 14, 1964 vs August 4, 1964.', 'A5')
P('event', (PA, 'Aircraft supplied by the Pentagon and flown by pilots recruited through the CIA'),
  (CG, 'Planes provided by the Department of Defense, flown by pilots supplied by the Central Intelligence Agency'),
  'agree', 'Planes came from the Defense Department, pilots from the CIA.')
P('date', (PA, 'On October 28 the rebel commander put every Westerner in the Stanleyville area'),
  (CG, 'On October 28, the rebel Army commander placed all Westerners in the area'),
  'agree', 'Westerners in Stanleyville were put under house arrest on October 28 (1964).')
P('event', (PA, 'A joint U.S.-British rescue in late November'),
  (CG, 'A joint U.S.-Belgian effort to rescue the hostages in late November'),
  'differ', "Partner in Operation Dragon Rouge: Britain vs Belgium.", 'A6')
P('date', (PA, 'Tshombe was removed from office in October 1965'), (CG, 'He was dismissed in October 1965'),
  'agree', 'Tshombe was dismissed in October 1965 ("He" = Prime Minister Tshombe in the essay).')
P('date', (PA, 'on November 25, 1965, Mobutu staged a second coup'),
  (CG, 'Mobutu orchestrated another coup d’état on November 25, 1965'),
  'agree', "Mobutu's second coup was on November 25, 1965.")
P('event', (PA, 'Mobutu staged a second coup'),
  (CG, 'Colonel Joseph Mobutu of the Congolese National Army (CNA) orchestrated a coup d’état'),
  'not-same', "Mobutu's second coup (November 1965) vs his first coup (September 1960).")
P('event', (PA, 'Tshombe was removed from office'), (CG, 'Kasavubu dismissed Lumumba from the government'),
  'not-same', 'Dismissal of Prime Minister Tshombe (October 1965) vs dismissal of Prime Minister Lumumba (September 1960).')
P('date', (PA, 'which he renamed Zaire in 1973'), (CG, 'renamed Zaire in 1971'),
  'differ', 'Year the Congo was renamed Zaire: 1973 vs 1971.', 'A7')
P('date', (PA, 'until the 1990s'), (CG, 'until the mid-1990s'),
  'more-precise', "End of Mobutu's rule: the 1990s vs the mid-1990s; (b) more precise.", 'A-P3')
P('date', (PA, 'When British India won its independence in 1947'),
  (IP, 'When the British colony of India gained its independence in 1947'),
  'agree', 'India became independent in 1947.')
P('date', (PA, 'The first war over the state, in 1947-48, ended through UN mediation'),
  (IP, 'the first India-Pakistan War in 1947–48 and ended with UN mediation'),
  'agree', 'The first India-Pakistan war was in 1947-48 and ended with UN mediation.')
P('date', (PA, 'The first war over the state, in 1947-48'),
  (IP, 'The 1965 war between India and Pakistan was the second conflict'),
  'not-same', 'The first India-Pakistan war (1947-48) vs the second (1965).')
P('date', (PA, 'Skirmishes along the border resumed early in 1965'), (IP, 'Conflict resumed again in early 1965'),
  'agree', 'Border clashes resumed in early 1965.')
P('date', (PA, 'that July the Pakistani Army tried to take Kashmir by force'),
  (IP, 'Hostilities intensified that August when the Pakistani Army attempted to take Kashmir by force'),
  'differ', 'Month the Pakistani Army tried to take Kashmir by force: July vs August (1965).', 'A8')
P('date', (PA, "India's prominent role at the Bandung Conference of 1955"),
  (IP, 'its prominent role at the Bandung Conference of 1955'),
  'agree', "India's prominent role at the Bandung Conference of 1955.")
P('date', (PA, 'After China routed India in a border war in 1963'), (IP, 'a 1962 border conflict between India and China'),
  'differ', 'Year of the India-China border war: 1963 vs 1962.', 'A9')
P('date', (PA, 'had joined SEATO in 1954'), (IP, 'joining the Southeast Asia Treaty Organization (SEATO) in 1954'),
  'agree', 'Pakistan joined SEATO in 1954.')
P('date', (PA, 'the Baghdad Pact in 1956'),
  (IP, 'the Baghdad Pact (later renamed the Central Treaty Organization, or CENTO) in 1955'),
  'differ', 'Year Pakistan joined the Baghdad Pact: 1956 vs 1955.', 'A10')
P('date', (PA, 'On September 20 the Security Council'), (IP, 'on September 20 calling for an end to the fighting'),
  'agree', 'The Security Council resolution on Kashmir was passed on September 20 (1965).')
P('quantity', (PA, 'adopted Resolution 212'), (IP, 'passed Resolution 211'),
  'differ', 'Number of the Security Council resolution: 212 vs 211.', 'A11')
P('event', (PA, 'the United Nations voted to create a peacekeeping force'), (IP, 'The Security Council passed Resolution 211'),
  'not-same', 'UN decision creating ONUC for the Congo (July 1960) vs Resolution 211 on Kashmir (September 1965).')
P('event', (PA, 'Washington and London backed it by halting arms shipments to both sides'),
  (IP, 'the United States and the United Kingdom supported the UN decision by cutting off arms supplies to both belligerents'),
  'agree', 'The U.S. and U.K. cut off arms to both India and Pakistan.')
P('date', (PA, 'India accepted the ceasefire on September 21'), (IP, 'India accepted the ceasefire on September 21'),
  'agree', 'India accepted the ceasefire on September 21 (1965).')
P('date', (PA, 'Pakistan on September 23'), (IP, 'Pakistan on September 22'),
  'differ', 'Date Pakistan accepted the ceasefire: September 23 vs September 22 (1965).', 'A12')
P('event', (PA, 'With the Soviet Union acting as mediator'), (IP, 'both sides accepted the Soviet Union as a third-party mediator'),
  'agree', 'The Soviet Union mediated between India and Pakistan.')
P('date', (PA, 'talks at Tashkent ended early in 1966'), (IP, 'Negotiations in Tashkent concluded in January 1966'),
  'more-precise', 'End of the Tashkent talks: early 1966 vs January 1966; (b) more precise.', 'A-P4')

# ---------------------------------------------------------------- Panel B: Bullitt mission and recognition
P('date', (PB, 'In March of 1919, William Christian Bullitt'), (BM, 'In March of 1919, William Christian Bullitt'),
  'agree', "Bullitt's mission to Soviet Russia was in March 1919.")
P('event', (PB, 'then an attache with the American delegation to the peace conference in Paris'),
  (BM, 'an attaché to the U.S. delegation to the Paris Peace Conference'),
  'agree', 'Bullitt was an attache to the U.S. delegation at the Paris Peace Conference.')
P('event', (PB, 'Secretary of State Bainbridge Colby had cleared him'), (BM, 'Secretary of State Robert Lansing only authorized him'),
  'differ', 'Secretary of State who authorized Bullitt only to report: Bainbridge Colby vs Robert Lansing.', 'B1')
P('date', (PB, 'the soldiers they had sent to Russia in 1918'), (BM, 'withdraw the troops dispatched to Russia in 1918'),
  'agree', 'Allied troops had been sent to Russia in 1918.')
P('date', (PB, 'signed the Treaty of Brest-Litovsk in March 1918'), (BM, 'After the signing of the Treaty of Brest-Litovsk on March 3, 1918'),
  'more-precise', 'Treaty of Brest-Litovsk: March 1918 vs March 3, 1918; (b) more precise.', 'B-P1')
P('event', (PB, 'Prinkipo Island, off the coast of Greece'), (BM, 'Prinkipo Island off the coast of Turkey'),
  'differ', 'Location of Prinkipo Island: off Greece vs off Turkey.', 'B2')
P('event', (PB, 'The Bolsheviks agreed, but French hostility and the refusal of the anti-Bolshevik leaders'),
  (BM, 'the conference failed to materialize due to French resistance and the unwillingness of Russian anti-Bolsheviks'),
  'agree', 'Prinkipo failed because of French resistance and anti-Bolshevik refusal, though the Bolsheviks accepted.')
P('event', (PB, "Colonel Edward M. House, Wilson's closest adviser"), (BM, 'Wilson’s chief adviser, Colonel Edward M. House'),
  'agree', "Colonel Edward M. House was Wilson's chief adviser.")
P('event', (PB, 'House approved the plan; neither Wilson nor Lloyd George knew of it'), (BM, 'neither Wilson nor Lloyd George knew of them'),
  'agree', "Neither Wilson nor Lloyd George knew of Bullitt's proposals.")
P('event', (PB, 'the journalist Lincoln Steffens and an Army intelligence officer'),
  (BM, 'journalist Lincoln Steffens, and a U.S. Army intelligence officer'),
  'agree', 'The mission was Bullitt, Lincoln Steffens and a U.S. Army intelligence officer.')
P('date', (PB, 'crossed the Russian frontier on March 8, 1919'), (BM, 'On March 6, 1919, the Bullitt Mission'),
  'differ', 'Date the Bullitt Mission crossed into Russia: March 8, 1919 vs March 6, 1919.', 'B3')
P('event', (PB, 'his foreign minister, Leon Trotsky'), (BM, 'his Foreign Minister, Georgi Chicherin'),
  'differ', "Lenin's foreign minister whom Bullitt met in Moscow: Leon Trotsky vs Georgi Chicherin.", 'B4')
P('event', (PB, 'Maxim Litvinov, then deputy foreign minister'), (US, 'the Soviet Commissar for Foreign Affairs, Maxim Litvinov'),
  'not-same', 'Litvinov as Deputy Soviet Foreign Minister in 1919 vs as Commissar for Foreign Affairs in 1933.')
P('date', (PB, 'On March 14 Bullitt was handed a Soviet offer'), (BM, 'on March 14, Bullitt received a Russian proposal'),
  'agree', 'Bullitt received the Soviet proposal on March 14 (1919).')
P('date', (PB, 'On March 14 Bullitt was handed'), (BM, 'crossed the Russian border'),
  'not-same', 'Receipt of the Soviet proposal (March 14, 1919) vs the mission crossing the border (March 6, 1919).')
P('date', (PB, 'In his week inside Russia'), (BM, 'During his week in Russia'),
  'agree', 'Bullitt spent a week in Russia.')
P('quote', (PB, '[No] Government save a Socialist Government can be set up in Russia today except by bayonets'),
  (BM, '[no] Government save a Socialist Government can be set up in Russia today except by bayonets'),
  'agree', 'Bullitt: "[no] Government save a Socialist Government can be set up in Russia today except by bayonets" (bracketed word capitalised in the panel).')
P('quote', (PB, 'as moderate as any Socialist Government which can control Russia'),
  (BM, 'as moderate as any Socialist Government which can control Russia'),
  'agree', 'Bullitt: Lenin\'s faction was "as moderate as any Socialist Government which can control Russia."')
P('date', (PB, 'Bullitt was back in Paris late in March'), (BM, 'Bullitt returned to Paris on March 25'),
  'more-precise', "Bullitt's return to Paris: late March vs March 25 (1919); (b) more precise.", 'B-P2')
P('event', (PB, 'once the French press got wind of the mission'), (BM, 'once news of Bullitt’s Mission leaked to the British press'),
  'differ', 'Press to which news of the mission leaked: French vs British.', 'B5')
P('event', (PB, 'Clemenceau had opposed any approach to Lenin all along'), (BM, 'Clemenceau had opposed any overtures to Lenin from the start'),
  'agree', 'Clemenceau opposed any overture to Lenin from the start.')
P('date', (PB, 'The Soviet deadline of April 20 passed unanswered'), (BM, 'the April 10th deadline for the Allies to respond'),
  'differ', "Deadline for the Allied reply to Lenin's offer: April 20 vs April 10 (1919).", 'B6')
P('date', (PB, 'on May 17 Bullitt quit the delegation in anger'), (BM, 'Bullitt angrily resigned from the U.S. delegation on May 17'),
  'agree', 'Bullitt resigned from the delegation on May 17 (1919).')
P('date', (PB, 'on May 17 Bullitt quit'), (BM, 'the April 10th deadline'),
  'not-same', "Bullitt's resignation (May 17) vs the deadline for the Allied reply (April 10).")
P('date', (PB, 'On December 16, 1917, shortly after the Bolsheviks took power'),
  (US, 'On December 6, 1917, the U.S. Government broke off diplomatic relations with Russia'),
  'differ', 'Date the U.S. broke off relations with Russia: December 16, 1917 vs December 6, 1917.', 'B7')
P('event', (PB, "Wilson refused recognition because the new regime would not pay the Tsarist government's debts"),
  (US, 'the new Bolshevik government had refused to honor prior debts to the United States incurred by the Tsarist government'),
  'agree', 'Wilson withheld recognition partly because the Bolsheviks refused to honor Tsarist debts to the U.S.')
P('event', (PB, 'He hoped recognition would help check Japanese expansion in Asia'), (US, 'limiting Japanese expansionism in Asia'),
  'agree', 'Roosevelt hoped recognition would limit Japanese expansion in Asia.')
P('event', (PB, 'no other major power still refused to recognize Moscow'),
  (US, 'the United States was the only major power that continued to withhold official diplomatic recognition'),
  'agree', 'The U.S. was the only major power still withholding recognition.')
P('date', (PB, 'In the autumn of 1933 he used two personal go-betweens'),
  (US, 'approach the Soviets in October 1933 through two personal intermediaries'),
  'more-precise', "Roosevelt's approach through two intermediaries: autumn 1933 vs October 1933; (b) more precise.", 'B-P3')
P('event', (PB, 'head of the Reconstruction Finance Corporation'), (US, 'then head of the Farm Credit Administration'),
  'differ', 'Agency Henry Morgenthau headed: Reconstruction Finance Corporation vs Farm Credit Administration.', 'B8')
P('event', (PB, 'Bullitt, now a special assistant to the Secretary of State'),
  (BM, 'William Christian Bullitt, an attaché to the U.S. delegation'),
  'not-same', "Bullitt's role in 1933 (special assistant to the Secretary of State) vs in 1919 (attache to the Paris delegation).")
P('event', (PB, 'Boris Shvirsky, Moscow\'s unofficial man in Washington'),
  (US, 'Boris Shvirsky, the Soviet Union’s unofficial representative in Washington'),
  'agree', "Boris Shvirsky was the Soviet Union's unofficial representative in Washington.")
P('event', (PB, 'addressed to Joseph Stalin'),
  (US, 'an unsigned letter from Roosevelt to the Soviet Union’s official head of state, Chairman of the Central Executive Committee, Mikhail Kalinin'),
  'differ', "Addressee of Roosevelt's unsigned letter: Joseph Stalin vs Mikhail Kalinin.", 'B9')
P('date', (PB, 'Foreign Commissar Litvinov arrived in November 1933'), (US, 'Litvinov journeyed to Washington in November 1933'),
  'agree', 'Litvinov came to Washington in November 1933.')
P('date', (PB, '"gentleman\'s agreement" on November 15, 1933'), (US, '“gentleman’s agreement” on November 15, 1933'),
  'agree', 'The "gentleman\'s agreement" was reached on November 15, 1933.')
P('date', (PB, 'On November 16, 1933, Roosevelt'), (US, 'On November 16, 1933, President Franklin Roosevelt ended'),
  'agree', 'Recognition came on November 16, 1933.')
P('date', (PB, 'On November 16, 1933'), (US, 'on November 15, 1933, that overcame the major obstacles'),
  'not-same', 'Formal recognition (November 16, 1933) vs the gentleman\'s agreement (November 15, 1933).')
P('date', (PB, 'ended nearly fourteen years of non-recognition'), (US, 'ended almost 16 years of American non-recognition'),
  'differ', 'Length of U.S. non-recognition ended in 1933: nearly fourteen years vs almost 16 years.', 'B10')
P('event', (PB, 'Bullitt became the first American ambassador to the Soviet Union'),
  (US, 'appointed William C. Bullitt as the first U.S. Ambassador to the Soviet Union'),
  'agree', 'Bullitt was the first U.S. ambassador to the Soviet Union.')
P('date', (PB, 'Bullitt reached Moscow in January 1934'), (US, 'Shortly after his arrival in Moscow in December 1933'),
  'differ', "Bullitt's arrival in Moscow: January 1934 vs December 1933.", 'B11')
P('event', (PB, 'The murder of the Leningrad party chief Sergey Kirov set off the Great Purges'),
  (US, 'the killing of the Leningrad Communist Party boss, Sergey Kirov, launched the first of the “Great Purges”'),
  'agree', 'The killing of Leningrad party boss Kirov launched the Great Purges.')
P('date', (PB, 'In 1935 Roosevelt sent the businessman Joseph E. Davies'),
  (US, 'dispatched businessman Joseph E. Davies to Moscow as Bullitt’s replacement in 1936'),
  'differ', 'Year Davies replaced Bullitt: 1935 vs 1936.', 'B12')
P('date', (PB, 'Relations reached bottom in August 1939 with the Molotov-Ribbentrop Pact'),
  (US, 'U.S.-Soviet relations reached their nadir in August 1939'),
  'agree', 'Relations hit their low point in August 1939 (Molotov-Ribbentrop Pact).')
P('date', (PB, 'the German invasion of the Soviet Union in June 1941'), (US, 'the German invasion of Soviet Union began in June 1941'),
  'agree', 'Germany invaded the Soviet Union in June 1941.')

# ---------------------------------------------------------------- Panel C: decolonization and Dien Bien Phu
P('quantity', (PC, 'some two dozen new states'), (AA, 'three dozen new states'),
  'differ', 'Number of new states in Asia and Africa, 1945-1960: some two dozen vs three dozen.', 'C1')
P('date', (PC, 'Most of these colonies had been seized in the middle and late nineteenth century'),
  (AA, 'In the mid to late 19th century, the European powers colonized much of Africa and Southeast Asia'),
  'agree', 'Colonization of Africa and Southeast Asia in the mid to late 19th century.')
P('event', (PC, 'Japan, an imperial power in its own right, drove the Europeans out of Asia'),
  (AA, 'Japan, itself a significant imperial power, drove the European powers out of Asia'),
  'agree', 'During WWII Japan drove the European powers out of Asia.')
P('event', (PC, 'several NATO members argued that their overseas holdings made the alliance stronger'),
  (AA, 'Several of the NATO allies asserted that their colonial possessions provided them with economic and military strength'),
  'agree', 'Several NATO allies argued their colonies gave the alliance strength.')
P('date', (PC, 'granting the Philippines independence in 1947'), (AA, 'The United States granted independence to the Philippines in 1946'),
  'differ', 'Year the U.S. granted the Philippines independence: 1947 vs 1946.', 'C2')
P('date', (PC, 'The Indonesian fight against Dutch rule, from 1945 to 1949'),
  (AA, 'the Indonesian struggle for independence from the Netherlands (1945–50)'),
  'differ', 'Period of the Indonesian independence struggle: 1945-1949 vs 1945-50.', 'C3')
P('date', (PC, 'the Vietnamese war against France, from 1945 to 1954'), (AA, 'the Vietnamese war against France (1945–54)'),
  'agree', 'The Vietnamese war against France lasted 1945-54.')
P('date', (PC, 'the Vietnamese war against France, from 1945 to 1954'),
  (AA, 'the Indonesian struggle for independence from the Netherlands (1945–50)'),
  'not-same', 'Two colonial wars starting in 1945: Vietnam against France vs Indonesia against the Netherlands.')
P('date', (PC, 'the nationalist takeovers in Iran in 1953'), (AA, 'Iran (1951)'),
  'differ', 'Year of the nationalist takeover in Iran: 1953 vs 1951.', 'C4')
P('date', (PC, 'Egypt in 1952'), (AA, 'Egypt (1952)'),
  'agree', 'Nationalist takeover in Egypt in 1952.')
P('event', (PC, 'Washington answered with aid packages, technical assistance and, at times, military intervention'),
  (AA, 'the United States used aid packages, technical assistance and sometimes even military intervention'),
  'agree', 'U.S. tools: aid packages, technical assistance, sometimes military intervention.')
P('date', (PC, 'the Bandung conference of 1955'), (AA, 'the Bandung conference of 1955'),
  'agree', 'The nonaligned movement formed after the Bandung conference of 1955.')
P('quantity', (PC, 'it had 45 members in 1946'), (AA, 'In 1946, there were 35 member states in the United Nations'),
  'differ', 'UN membership in 1946: 45 vs 35.', 'C5')
P('quantity', (PC, 'by 1970 the total had climbed past 120'), (AA, 'by 1970 membership had swelled to 127'),
  'more-precise', 'UN membership by 1970: past 120 vs 127; (b) more precise.', 'C-P1')
P('date', (PC, 'Laos gained independence in 1950'), (DB, 'Laos gained its independence in 1949'),
  'differ', 'Year Laos gained independence: 1950 vs 1949.', 'C6')
P('date', (PC, 'Cambodia in 1953'), (DB, 'Cambodia became independent in 1953'),
  'agree', 'Cambodia became independent in 1953.')
P('date', (PC, 'Vietnam was promised autonomy by 1949'), (DB, 'France promised Vietnam its autonomy by 1949'),
  'agree', 'France promised Vietnam autonomy by 1949.')
P('event', (PC, 'ending his days in exile in Switzerland'), (DB, 'lived out his life in exile in France'),
  'differ', "Country of Bao Dai's final exile: Switzerland vs France.", 'C7')
P('date', (PC, 'After talks with the French broke down in 1946'), (DB, 'Following unsuccessful discussions with the French in 1946'),
  'agree', "Ho Chi Minh's talks with the French failed in 1946, and war followed.")
P('date', (PC, "the founding of the People's Republic of China in 1949"),
  (DB, 'the establishment of the People’s Republic of China in 1949'),
  'agree', 'The PRC was established in 1949.')
P('date', (PC, "the People's Republic of China in 1949"), (DB, 'Laos gained its independence in 1949'),
  'not-same', 'Two 1949 events: founding of the PRC vs Laotian independence.')
P('event', (PC, 'Eisenhower compared the region to a row of dominoes'), (DB, 'through the metaphor of falling dominoes'),
  'agree', 'Eisenhower used the falling-dominoes metaphor.')
P('date', (PC, 'by the Korean armistice of 1952'), (DB, 'By the time of the Korean War armistice in 1953'),
  'differ', 'Year of the Korean War armistice: 1952 vs 1953.', 'C8')
P('event', (PC, 'near the Chinese border'), (DB, 'near communications links on the Laotian border'),
  'differ', 'Border near Dien Bien Phu: Chinese vs Laotian.', 'C9')
P('date', (PC, 'By mid-March it was plain'), (DB, 'By mid-March, it was clear'),
  'agree', 'By mid-March (1954) the French were clearly struggling.')
P('event', (PC, 'Britain and other NATO allies declined'), (DB, 'Britain and other members of NATO declined'),
  'agree', 'Britain and other NATO members declined to intervene.')
P('date', (PC, 'On May 7, 1954'), (DB, 'On May 7, 1954, the French-held garrison at Dien Bien Phu in Vietnam fell'),
  'agree', 'Dien Bien Phu fell on May 7, 1954.')
P('date', (PC, 'after a siege of roughly four months'), (DB, 'after a four month siege'),
  'more-precise', 'Length of the siege: roughly four months vs four months; (b) more precise.', 'C-P2')
P('date', (PC, 'met in Geneva in 1954'), (DB, 'met in Geneva in mid-1954'),
  'more-precise', 'Geneva meeting on Indochina: 1954 vs mid-1954; (b) more precise.', 'C-P3')
P('event', (PC, 'a temporary line at the 18th parallel'), (DB, 'a temporary division of the country along the 17th parallel'),
  'differ', 'Parallel of the temporary division of Vietnam: 18th vs 17th.', 'C10')
P('event', (PC, "with French forces in the South and Ho's in the North"),
  (DB, 'French forces would remain in the South, and Ho Chi Minh’s forces would control the North'),
  'agree', "French forces in the South, Ho Chi Minh's in the North.")
P('date', (PC, 'called for nationwide elections in 1956'), (DB, 'called for general elections in 1956'),
  'agree', 'Elections were called for 1956.')
P('event', (PC, 'The second barred both halves from foreign alliances'),
  (DB, 'First, the French and the Viet Minh agreed to a cease-fire and a temporary division'),
  'not-same', 'Second Geneva agreement (no alliances, elections) vs first agreement (cease-fire and division).')
P('event', (PC, 'Laos and Cambodia were to stay neutral'), (DB, 'Laos and Cambodia were to remain neutral'),
  'agree', 'Laos and Cambodia were to remain neutral.')
P('event', (PC, 'The United States declined to sign that second accord'), (DB, 'The United States did not sign the second agreement'),
  'agree', 'The U.S. did not sign the second Geneva agreement.')
P('event', (PC, 'chose Ngo Dinh Diem to lead South Vietnam'), (DB, 'the United States appointed Ngo Dinh Diem to lead South Vietnam'),
  'agree', 'The U.S. chose Ngo Dinh Diem to lead South Vietnam.')
P('event', (PC, 'Diem was unpopular at home, having spent the struggle against France outside the country'),
  (DB, 'Bao Dai eventually abdicated a second time and lived out his life in exile in France'),
  'not-same', "Diem waiting out the anti-French struggle abroad vs Bao Dai's final exile in France: different persons.")
P('date', (PC, 'would remain in Vietnam for another fifteen years'), (DB, 'would not pull out of Vietnam for another twenty years'),
  'differ', 'How much longer the U.S. stayed in Vietnam after 1954: fifteen vs twenty years.', 'C11')

# ---------------------------------------------------------------- essay-essay pairs
P('date', (IP, 'joining the Southeast Asia Treaty Organization (SEATO) in 1954'), (SE, 'In September of 1954'),
  'more-precise', 'Founding of SEATO / Pakistan joining: 1954 vs September 1954; (b) more precise.')
P('date', (GT, 'the Southeast Asia Treaty Organization (1954)'),
  (TS, 'In 1954, the United States led the creation of the Southeast Asia Treaty Organization'),
  'agree', 'SEATO was created in 1954.')
P('date', (DB, 'called for general elections in 1956'), (SE, 'the 1956 elections intended to reunify Vietnam'),
  'agree', 'Reunification elections were set for 1956.')
P('event', (DB, 'a temporary division of the country along the 17th parallel'),
  (SE, 'the divide between communist North Vietnam and South Vietnam at the 17th parallel'),
  'agree', 'Vietnam was divided at the 17th parallel.')
P('date', (GT, 'the Viet Minh defeat of the French at Dien Bien Phu in 1954'),
  (DB, 'On May 7, 1954, the French-held garrison at Dien Bien Phu in Vietnam fell'),
  'more-precise', 'Fall of Dien Bien Phu: 1954 vs May 7, 1954; (b) more precise.')
P('event', (DB, 'the United States appointed Ngo Dinh Diem to lead South Vietnam'),
  (GT, 'supported the South Vietnamese leader, Ngo Dinh Diem'),
  'agree', 'Ngo Dinh Diem was the U.S.-backed leader of South Vietnam.')
P('event', (GT, 'the countries meeting at the Geneva Conference divided Vietnam into northern and southern halves'),
  (DB, 'a temporary division of the country along the 17th parallel'),
  'agree', 'The Geneva Conference divided Vietnam into northern and southern halves.')
P('event', (SE, 'prevented Vietnam, Cambodia and Laos from joining any international military alliance'),
  (DB, 'neither the North nor the South would join alliances with outside parties'),
  'agree', 'The Geneva agreements barred Vietnam (North and South) from joining alliances.')
P('date', (AA, 'after the Bandung conference of 1955'), (BC, 'In April, 1955, representatives from twenty-nine governments'),
  'more-precise', 'Bandung Conference: 1955 vs April 1955; (b) more precise.')
P('date', (DB, 'the establishment of the People’s Republic of China in 1949'),
  (CR, 'On October 1, 1949, Chinese Communist leader Mao Zedong declared the creation of the People’s Republic of China'),
  'more-precise', 'Founding of the PRC: 1949 vs October 1, 1949; (b) more precise.')
P('date', (US, 'a separate peace with Germany at Brest-Litovsk in March 1918'),
  (BM, 'After the signing of the Treaty of Brest-Litovsk on March 3, 1918'),
  'more-precise', 'Treaty of Brest-Litovsk: March 1918 vs March 3, 1918; (b) more precise.')
P('event', (BM, 'Deputy Soviet Foreign Minister Maxim Litvinov'), (US, 'Commissar for Foreign Affairs Litvinov'),
  'not-same', 'Litvinov as Deputy Foreign Minister (1919) vs as Commissar for Foreign Affairs (1933).')
P('event', (BM, 'William Christian Bullitt, an attaché to the U.S. delegation to the Paris Peace Conference'),
  (US, 'appointed William C. Bullitt as the first U.S. Ambassador to the Soviet Union'),
  'not-same', 'Bullitt as attache in Paris (1919) vs as first ambassador to the Soviet Union (1933).')
P('date', (US, 'reached their nadir in August 1939, when the Soviets signed the Molotov-Ribbentrop Pact'), (USW, 'a non-aggression pact with Nazi Germany in August of 1939'),
  'agree', 'The Soviet non-aggression pact with Germany was signed in August 1939.')
P('date', (US, 'the German invasion of Soviet Union began in June 1941'), (AC, 'When the Germans invaded the Soviet Union on June 22, 1941'),
  'more-precise', 'German invasion of the Soviet Union: June 1941 vs June 22, 1941; (b) more precise.')
P('date', (US, 'German invasion of Soviet Union began in June 1941'), (USW, 'launch its invasion of the Soviet Union in June 1941'),
  'agree', 'Germany invaded the Soviet Union in June 1941.')
P('date', (PP, 'Russia had fought as one of the Allies until December 1917'),
  (US, 'On December 6, 1917, the U.S. Government broke off diplomatic relations with Russia'),
  'not-same', "Two December 1917 events: Russia's withdrawal from the war vs the U.S. break in diplomatic relations.")
P('event', (PP, 'The Bolshevik decision to repudiate Russia’s outstanding financial debts to the Allies'),
  (US, 'the new Bolshevik government had refused to honor prior debts to the United States incurred by the Tsarist government'),
  'agree', "The Bolshevik government refused to honor Russia's prior (Tsarist) debts.")
P('date', (IP, 'joining the Southeast Asia Treaty Organization (SEATO) in 1954'), (SE, 'Pakistan formally left SEATO in 1973'),
  'not-same', 'Pakistan joining SEATO (1954) vs leaving it (1973).')
P('date', (TS, 'In 1954, the United States led the creation'), (SE, 'SEATO formally disbanded in 1977'),
  'not-same', 'Creation of SEATO (1954) vs its dissolution (1977).')