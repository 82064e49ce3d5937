# Context decisions. Entries: ("P", place key) | ("N", why) | ("H", person id) | ("X",) = not annotated
DOC_ONLY = {  # forms that are only annotated in the listed documents
 "Territory": ["1830-1860-oregon-territory"], "Lakes": ["1801-1829-rush-bagot"], "Erie": ["1801-1829-rush-bagot"],
 "Lee": ["1776-1783-continental-congress"], "Brown": ["panel-cisplatine-war-1828"], "Company": ["panel-singapore-founding-1819"],
 "Straits": ["panel-singapore-founding-1819"], "Plata": ["panel-cisplatine-war-1828"], "Leopold": ["panel-vienna-siege-1683"],
 "Union": ["1861-1865-trent-affair"], "Lewis": ["1830-1860-oregon-territory"], "Clark": ["1830-1860-oregon-territory"],
 "Indiana": ["panel-singapore-founding-1819"], "Gran": ["panel-vienna-siege-1683"], "Pest": ["panel-vienna-siege-1683"],
}
DOC_FORM = {
 ("panel-cisplatine-war-1828", "Florida"): ("P", "Florida (Uruguay)"),
}
SENT = [
 ("1830-1860-oregon-territory", "present-day Oregon, Washington", "Washington", ("P", "Washington (state)")),
 ("1830-1860-webster-treaty", "Oregon border", "Oregon", ("P", "Oregon Country")),
 ("1801-1829-rush-bagot", "lakes Erie and Ontario", "Ontario", ("P", "Lake Ontario")),
 ("1977-1980-central-america-carter", "in the White House", "White House", ("P", "White House")),
 ("1981-1988-central-america", "White House staff", "White House", ("N", "organisation")),
 ("panel-cisplatine-war-1828", "other provinces of the Río de la Plata", "Río de la Plata", ("P", "United Provinces of the Río de la Plata")),
 ("panel-cisplatine-war-1828", "The department of Lavalleja", "Lavalleja", ("P", "Lavalleja Department")),
 ("panel-cisplatine-war-1828", "Rivera, a city", "Rivera", ("P", "Rivera (Uruguay)")),
 ("panel-cisplatine-war-1828", "Peñarol, a railway district", "Peñarol", ("P", "Peñarol (Montevideo)")),
 ("panel-cisplatine-war-1828", "The club called Peñarol", "Peñarol", ("N", "organisation")),
 ("panel-cisplatine-war-1828", "sing about Peñarol", "Peñarol", ("N", "organisation")),
 ("panel-singapore-founding-1819", "One more Singapore", "Singapore", ("P", "Singapore (Michigan)")),
 ("panel-singapore-founding-1819", "a town called Singapore", "Singapore", ("P", "Singapore (Michigan)")),
 ("panel-singapore-founding-1819", "the Michigan Singapore", "Singapore", ("P", "Singapore (Michigan)")),
]
# texts that are not whole words in their sentence (a typo in the source joins two words)
SPECIAL = [
 ("1981-1988-lebanon", "New Jerseyto Lebanon", "New Jersey", ("N", "ship/vehicle")),
]
