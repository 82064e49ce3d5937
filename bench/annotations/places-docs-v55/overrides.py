# (doc or "*", substring of the sentence, surface, action) action: "P:key", "N:why", "H:person", "X" (not tagged)
E = "event/battle/war"
OVR = [
 ("1830-1860-texas-annexation", "Utah, Washington, and Oregon", "Washington", "P:Washington (state)"),
 ("1830-1860-gadsden-purchase", "lower California", "California", "P:Baja California"),
 ("1953-1960-bandung-conf", "spirit of Bandung", "Bandung", "N:" + E),
 ("1953-1960-bandung-conf", "anti-colonialism of Bandung", "Bandung", "N:" + E),
 ("1953-1960-bandung-conf", "Bandung gave a voice", "Bandung", "N:" + E),
 ("1989-1992-madrid-conference", "Following Madrid,", "Madrid", "N:" + E),
 ("1989-1992-madrid-conference", "From the Intifada to Madrid", "Madrid", "N:" + E),
 ("1937-1945-war-time-conferences", "Yalta was the most important", "Yalta", "N:" + E),
]
PERS_DOC = {
 ("1899-1913-japanese-relations", "Roosevelt"): "Theodore Roosevelt (President, 1858–1919)",
}
EXTRA_SURF = {}
G, M, W = "panel-great-exhibition-1851", "panel-magellan-strait-coaling", "panel-winter-war-1939"
OVR += [
 (G, "who chaired the Royal Commission", "Prince Albert", "H:Prince Albert (Prince Consort, 1819–1861)"),
 (G, "where the Crystal Palace stood until fire", "Crystal Palace", "P:Crystal Palace (Sydenham, 1854–1936)"),
 (G, "still called Crystal Palace", "Crystal Palace", "P:Crystal Palace (London district)"),
 (G, "New York answered with its own Crystal Palace", "Crystal Palace", "P:Crystal Palace (New York, 1853)"),
 (G, "Hyde Park in Sydney", "Hyde Park", "P:Hyde Park (Sydney)"),
 (G, "Hyde Park, New York", "Hyde Park", "P:Hyde Park (New York)"),
 (G, "Hyde Park, New York", "New York", "P:New York (state)"),
 (G, "Chatsworth, Georgia", "Chatsworth", "P:Chatsworth (Georgia)"),
 (G, "Chatsworth, Georgia", "Georgia", "P:Georgia (US state)"),
 (G, "which is also called Chatsworth", "Chatsworth", "P:Chatsworth (Los Angeles)"),
 (G, "Paxton’s name travelled", "Paxton", "H:Joseph Paxton (gardener and architect, 1803–1865)"),
 (G, "Golconda, Illinois", "Golconda", "P:Golconda (Illinois)"),
 (G, "the schooner America", "America", "N:ship/vehicle"),
 (M, "first paddle steamers", "Chile", "N:ship/vehicle"),
 (M, "first paddle steamers", "Peru", "N:ship/vehicle"),
 (M, "outdoor-clothing company", "Patagonia", "N:organisation"),
 (W, "the cruiser Kirov", "Kirov", "N:ship/vehicle"),
 (W, "Moscow, Idaho", "Moscow", "P:Moscow (Idaho)"),
 (W, "Finland, Minnesota", "Finland", "P:Finland (Minnesota)"),
 (W, "A cathedral town in Jutland", "Viborg", "P:Viborg (Denmark)"),
]
