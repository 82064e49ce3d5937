# (doc or None, substring of the sentence, surface, action); action: ('P', key) | ('N', why) | ('H', person) | 'SKIP'
PK = "panel-kimberley-diamonds-1871"; PM = "panel-mont-pelee-1902"; PT = "panel-trieste-free-territory-1947"
OVR = [
 (PK, "The Kimberley, the rugged plateau", "Kimberley", ('P', "Kimberley (Western Australia)")),
 (PK, "Kimberley in British Columbia", "Kimberley", ('P', "Kimberley (British Columbia)")),
 (PK, "a village in Norfolk", "Kimberley", ('P', "Kimberley (Norfolk)")),
 (PK, "in honour of the Cape governor", "Cape", ('N', "demonym/adjective")),
 (PK, "the cavalry of General John French", "Klipdrift", ('P', "Barkly West")),
 (PK, "French's troopers", "French", ('H', "John French (cavalry general)")),
 (PK, "The de Beer brothers", "de Beer", 'SKIP'),
 (PM, "the Paris of the Antilles", "Paris", ('N', "other")),
 (PM, "should not picture St. Peter", "St. Peter", ('P', "St. Peter (Minnesota)")),
 (PM, "Saint-Pierre on Réunion", "Saint-Pierre", ('P', "Saint-Pierre (Réunion)")),
 (PM, "La Soufrière on Guadeloupe", "La Soufrière", ('P', "La Soufrière (Guadeloupe)")),
 (PM, "that island's capital, Plymouth", "Plymouth", ('P', "Plymouth (Montserrat)")),
 (PM, "Plymouth in Devon", "Plymouth", ('P', "Plymouth (Devon)")),
 (PM, "Plymouth, Massachusetts", "Plymouth", ('P', "Plymouth (Massachusetts)")),
 (PM, "Lebanon, Ohio", "Lebanon", ('P', "Lebanon (Ohio)")),
 (PM, "Athens, Georgia", "Athens", ('P', "Athens (Georgia)")),
 (PM, "during the Revolution", "Revolution", ('N', "event/battle/war")),
 (PM, "the Pilgrims sailed", "Pilgrims", ('N', "other")),
 (PT, "Fulton, Missouri", "Fulton", ('P', "Fulton (Missouri)")),
 (PT, "ended up in Florida", "Florida", ('P', "Florida (Uruguay)")),
 (PT, "The bathyscaphe Trieste", "Trieste", ('N', "ship/vehicle")),
 (PT, "spoke at Westminster College", "Westminster College", ('P', "Westminster College (Fulton)")),
 (PT, "Habsburg empire", "Habsburg", ('N', "other")),
]
OVR += [
 ("1977-1980-central-america-carter", "Romero’s rejection of reform", "Romero", ('H', "Carlos Humberto Romero (Salvadoran President)")),
 ("1977-1980-central-america-carter", "overthrew Romero in October", "Romero", ('H', "Carlos Humberto Romero (Salvadoran President)")),
 ("1961-1968-soviet-invasion-czechoslavkia", "from both the West and the East", "West", ('N', "other")),
 ("1961-1968-soviet-invasion-czechoslavkia", "from both the West and the East", "East", ('N', "other")),
 ("1961-1968-soviet-invasion-czechoslavkia", "Soviet Republics in the East", "East", ('N', "other")),
 ("1961-1968-soviet-invasion-czechoslavkia", "intervention from the West", "West", ('N', "other")),
 ("1961-1968-soviet-invasion-czechoslavkia", "détente with the West", "West", ('N', "other")),
]
OVR += [
 ("1961-1968-arab-israeli-war-1967", "arrangements” established after Suez", "Suez", ('N', "event/battle/war")),
 ("1961-1968-arab-israeli-war-1967", "Gaza Strip after Suez", "Suez", ('N', "event/battle/war")),
 ("1989-1992-breakup-yugoslavia", "the West’s attention", "West", ('N', "other")),
]
OVR += [(d, "", "Roosevelt", ('H', "Theodore Roosevelt (President, 1858–1919)")) for d in ("1899-1913-portsmouth-treaty", "1977-1980-panama-canal")]
OVR += [("1921-1936-neutrality-acts", "", "Roosevelt", ('H', "Franklin D. Roosevelt (President, 1882–1945)")),
        ("1861-1865-blockade", "South Recognized as a Belligerent", "South", ('P', "Southern United States"))]
OVR += [("1830-1860-china-1", "few products that China wanted from the West", "West", ('N', "other"))]
OVR += [("1801-1829-napoleonic-wars", "off Norfolk, Virginia", "Norfolk", ('P', "Norfolk (Virginia)"))]
