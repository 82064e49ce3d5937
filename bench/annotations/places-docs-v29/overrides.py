# (doc, sentence substring or None, surface, target); target = place key | "NP:why" | "PER:pid" | "SKIP"
B = "panel-barbary-tripoli-1805"; Z = "panel-zheng-he-voyages"; W = "panel-burke-wills-1860"
OV = [
 # administrations are left unannotated (as in v28), except where the name is also a place name
 ("1981-1988-lebanon", None, "Reagan Administration", "SKIP"),
 ("1981-1988-lebanon", None, "Reagan administration", "SKIP"),
 ("1953-1960-east-german-uprising", None, "Eisenhower administration", "SKIP"),
 ("1866-1898-mahan", "Caribbean naval bases", "Caribbean", "NP:demonym/adjective"),
 ("1989-1992-apec", "Seattle, Washington", "Washington", "Washington (state)"),
 ("1776-1783-articles", None, "Georgia", "Georgia (US state)"),
 # Barbary panel
 (B, "Tripoli in Lebanon", "Tripoli", "Tripoli (Lebanon)"),
 (B, "Syracuse, New York", "Syracuse", "Syracuse (New York)"),
 (B, "the frigate Philadelphia", "Philadelphia", "NP:ship"),
 (B, "burned the Philadelphia", "Philadelphia", "NP:ship"),
 (B, "crew of the Philadelphia", "Philadelphia", "NP:ship"),
 (B, "Decatur, Illinois", "Decatur", "Decatur (Illinois)"),
 (B, "Decatur, Alabama", "Decatur", "Decatur (Alabama)"),
 (B, "Decatur, Georgia", "Decatur", "Decatur (Georgia)"),
 (B, "Decatur, Georgia", "Georgia", "Georgia (US state)"),
 (B, "Georgia in the Caucasus", "Georgia", "Georgia (country)"),
 (B, "Eaton, Ohio", "Eaton", "Eaton (Ohio)"),
 (B, "not Alexandria, Virginia", "Alexandria", "Alexandria (Virginia)"),
 (B, "from Washington, a village", "Washington", "Washington (England)"),
 (B, "Tripoli, Iowa", "Tripoli", "Tripoli (Iowa)"),
 (B, "Tripoli, Iowa", "Algiers", "Algiers (New Orleans)"),
 (B, "Cairo, Illinois", "Cairo", "Cairo (Illinois)"),
 (B, "Cairo, Illinois", "Algiers", "Algiers (New Orleans)"),
 # Zheng He panel
 (Z, "The island of Brava", "Brava", "Brava (Cape Verde)"),
 (Z, "Pekin, Illinois", "Pekin", "Pekin (Illinois)"),
 (Z, "China, Maine", "China", "China (Maine)"),
 (Z, "Ceylon, Minnesota", "Ceylon", "Ceylon (Minnesota)"),
 (Z, "Malabar, Florida", "Malabar", "Malabar (Florida)"),
 (Z, "Canton, Ohio", "Canton", "Canton (Ohio)"),
 # Burke and Wills panel
 (W, "Melbourne, Florida", "Melbourne", "Melbourne (Florida)"),
 (W, "the capital of British Columbia", "Victoria", "Victoria (British Columbia)"),
 (W, "military college at Sandhurst", "Sandhurst", "Sandhurst (Berkshire)"),
 (W, "on the Gulf coast", "Gulf", "Gulf of Carpentaria"),
 (W, "Burke, Idaho", "Burke", "Burke (Idaho)"),
 (W, "The Scottish Perth", "Perth", "Perth (Scotland)"),
 (W, "The Scottish Perth", "Scottish", "NP:demonym/adjective"),
]
# glued words in the given texts: (doc, glued string, target, recorded name)
GLUE = [
 ("1981-1988-lebanon", "New Jerseyto", "NP:ship", "New Jersey"),
 ("1830-1860-liberia", "nearMonrovia", "Monrovia", "Monrovia"),
]
