FDR = "Franklin D. Roosevelt (President, 1882–1945)"
DEFAULT_KEY = {
 "Washington": "Washington, D.C.", "New York": "New York (state)", "Georgia": "Georgia (US state)",
 "Mississippi": "Mississippi River", "Canada": "Canada", "Manchester": "Manchester", "Preston": "Preston",
 "Stamford": "Stamford (Lincolnshire)", "Vancouver": "Vancouver", "Alexandria": "Alexandria", "Brussels": "Brussels",
 "Namur": "Namur", "Congo": "Congo River", "North": "Northern United States",
}
# per document: text -> action
DOC_RULES = {
 "1977-1980-north-south-dialogue": {"North": "NP:other", "South": "NP:other"},
 "1750-1775-treaty-of-paris": {"Canada": "Canada (New France)"},
 "1945-1952-atomic": {"Roosevelt": "PER:" + FDR},
}
# (doc, substring of sentence, text, action)
SENT_RULES = [
 ("1961-1968-foreword", "young White House and National Security Council advisers", "White House", "NP:organisation"),
 ("1921-1936-kellogg", "French Minister of Foreign Affairs", "Foreign Affairs", "SKIP"),
 ("1993-2000-oslo", "Oslo’s Collapse", "Oslo", "NP:treaty/agreement/law"),
 ("1993-2000-oslo", "Accounts differ as to why Camp David failed", "Camp David", "NP:event/battle/war"),
 ("1961-1968-foreword", "the Bay of Pigs fiasco", "Bay of Pigs", "NP:event/battle/war"),
 ("1961-1968-foreword", "bombing campaign against the North", "North", "North Vietnam"),
 ("1953-1960-berlin-crises", "separating West and East Berlin", "West", "SKIP"),
 ("1953-1960-berlin-crises", "between East and West Berlin", "East", "SKIP"),
 ("panel-canadian-pacific-last-spike-1885", "Vancouver, Washington, on the Columbia", "Vancouver", "Vancouver (Washington)"),
 ("panel-canadian-pacific-last-spike-1885", "Vancouver, Washington, on the Columbia", "Washington", "Washington (state)"),
 ("panel-canadian-pacific-last-spike-1885", "Georgia in the Caucasus", "Georgia", "Georgia (country)"),
 ("panel-canadian-pacific-last-spike-1885", "Stand fast, Craigellachie", "Craigellachie", "NP:other"),
 ("panel-lancashire-cotton-famine-1862", "Preston, Connecticut sent", "Preston", "Preston (Connecticut)"),
 ("panel-lancashire-cotton-famine-1862", "A third Preston", "Preston", "Preston (Victoria)"),
 ("panel-lancashire-cotton-famine-1862", "Manchester, New Hampshire", "Manchester", "Manchester (New Hampshire)"),
 ("panel-lancashire-cotton-famine-1862", "no connection with Stamford, Connecticut", "Stamford", "Stamford (Connecticut)"),
 ("panel-lancashire-cotton-famine-1862", "soon became mill slang", "Surat", "NP:other"),
 ("panel-lancashire-cotton-famine-1862", "That port is not Alexandria, Virginia", "Alexandria", "Alexandria (Virginia)"),
 ("panel-lancashire-cotton-famine-1862", "from New York with a cargo", "New York", "New York City"),
 ("panel-lancashire-cotton-famine-1862", "cotton returned from Mississippi", "Mississippi", "Mississippi (state)"),
 ("panel-lancashire-cotton-famine-1862", "The cathedral city of Lincoln", "Lincoln", "Lincoln"),
 ("panel-congo-free-state-1885", "Brussels, Wisconsin and Namur, Wisconsin", "Brussels", "Brussels (Wisconsin)"),
 ("panel-congo-free-state-1885", "Brussels, Wisconsin and Namur, Wisconsin", "Namur", "Namur (Wisconsin)"),
 ("panel-congo-free-state-1885", "settling far from the Congo", "Congo", "Democratic Republic of the Congo"),
]
