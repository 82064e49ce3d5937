# Lexicon written from my own knowledge.  PLACE KEYS: key -> (lat, lon, country, kind)
K = {}
S = {}   # surface -> key
def P(key, lat, lon, cc, kind, *surfaces):
    K[key] = (lat, lon, cc, kind)
    for s in (surfaces or (key,)):
        S[s] = key
C, R, N, O, CO = "city", "region", "natural feature", "other", "country"
# countries
P("United States", 39.8, -98.6, "US", CO, "United States", "U.S.", "US", "America")
P("United Kingdom", 54.0, -2.5, "GB", CO, "Great Britain", "Britain", "United Kingdom")
P("England", 52.5, -1.5, "GB", R)
P("Soviet Union", 60.0, 90.0, "SU", CO, "Soviet Union", "Soviet Russia", "USSR")
P("Russia", 61.5, 105.3, "RU", CO, "Russia", "Tsarist Russia")
P("China", 35.0, 103.0, "CN", CO, "China", "PRC", "People’s Republic of China", "Communist China", "People’s Republic", "Chinas")
P("Republic of China", 23.7, 121.0, "TW", CO, "Republic of China", "ROC")
P("Taiwan", 23.7, 121.0, "TW", R, "Taiwan")
for n,la,lo,cc in [("France",46.6,2.2,"FR"),("Germany",51.2,10.4,"DE"),("Japan",36.2,138.3,"JP"),("Italy",42.8,12.5,"IT"),("Spain",40.2,-3.7,"ES"),("Portugal",39.6,-8.0,"PT"),("Belgium",50.6,4.6,"BE"),("Netherlands",52.2,5.5,"NL"),("Australia",-25.0,134.0,"AU"),("Canada",56.0,-106.0,"CA"),("India",22.0,79.0,"IN"),("New Zealand",-41.5,172.5,"NZ"),("Czechoslovakia",49.8,17.0,"CS"),("Denmark",56.0,10.0,"DK"),("Ethiopia",9.1,40.5,"ET"),("Greece",39.0,22.0,"GR"),("Haiti",19.0,-72.4,"HT"),("Honduras",15.0,-86.5,"HN"),("Luxembourg",49.8,6.1,"LU"),("Norway",61.0,9.0,"NO"),("Panama",8.5,-80.0,"PA"),("Paraguay",-23.4,-58.4,"PY"),("Poland",52.0,19.0,"PL"),("Uruguay",-32.8,-56.0,"UY"),("Yugoslavia",44.0,20.0,"YU"),("Philippines",12.9,121.8,"PH"),("Nicaragua",12.9,-85.2,"NI"),("Guatemala",15.7,-90.2,"GT"),("Costa Rica",9.9,-84.0,"CR"),("El Salvador",13.8,-88.9,"SV"),("Cuba",21.5,-79.0,"CU"),("Mexico",23.6,-102.5,"MX"),("Colombia",4.6,-74.1,"CO"),("Egypt",26.8,30.8,"EG"),("Israel",31.4,35.0,"IL"),("Jordan",31.2,36.5,"JO"),("Syria",35.0,38.5,"SY"),("Lebanon",33.9,35.9,"LB"),("Iraq",33.0,44.0,"IQ"),("Iran",32.4,53.7,"IR"),("Saudi Arabia",24.0,45.0,"SA"),("Afghanistan",33.9,67.7,"AF"),("Pakistan",30.4,69.3,"PK"),("Angola",-11.2,17.9,"AO"),("Zaire",-2.9,23.7,"CD"),("Namibia",-22.6,17.1,"NA"),("South Africa",-30.6,22.9,"ZA"),("Cambodia",12.6,104.9,"KH"),("Laos",19.9,102.5,"LA"),("Vietnam",16.0,107.8,"VN"),("Hungary",47.2,19.5,"HU"),("Bulgaria",42.7,25.5,"BG"),("Turkey",39.0,35.2,"TR"),("Croatia",45.1,15.2,"HR"),("Slovenia",46.1,14.8,"SI"),("Serbia",44.0,20.9,"RS"),("Montenegro",42.7,19.4,"ME"),("Macedonia",41.6,21.7,"MK"),("Lithuania",55.2,23.9,"LT"),("Latvia",56.9,24.6,"LV"),("Estonia",58.6,25.0,"EE"),("Ukraine",48.4,31.2,"UA"),("Brazil",-14.2,-51.9,"BR"),("Venezuela",6.4,-66.6,"VE"),("Lesotho",-29.6,28.2,"LS"),("Zambia",-13.1,27.8,"ZM"),("Zimbabwe",-19.0,29.2,"ZW"),("Dominican Republic",18.7,-70.2,"DO"),("Dominica",15.4,-61.35,"DM"),("Korea",37.5,127.5,None)]:
    P(n, la, lo, cc, CO)
K["Korea"] = (37.5, 127.5, None, R)
S["Bosnia-Herzegovina"] = "Bosnia and Herzegovina"; P("Bosnia and Herzegovina", 44.2, 17.9, "BA", CO, "Bosnia and Herzegovina", "Bosnia-Herzegovina", "Bosnia")
P("East Germany", 52.5, 13.0, "DD", CO); P("West Germany", 51.0, 9.0, "DE", CO)
P("North Vietnam", 21.0, 105.8, "VN", CO); P("South Vietnam", 11.5, 106.8, "VN", CO)
P("Union of South Africa", -30.6, 22.9, "ZA", CO)
P("Socialist Federal Republic of Yugoslavia", 44.0, 20.0, "YU", CO)
P("Federal Republic of Yugoslavia", 44.0, 20.6, "YU", CO)
P("Bahamas", 24.7, -78.0, "BS", CO)
P("Palestine", 31.9, 35.2, None, R)
P("Transjordan", 31.5, 36.5, "JO", CO)
P("Basutoland", -29.6, 28.2, "LS", R, "Basutoland")   # old name of Lesotho: different polity, own key
S["Lesotho"] = "Lesotho"
P("Rhodesia", -17.0, 29.0, None, R)
P("Northern Rhodesia", -13.1, 27.8, "ZM", R); P("Southern Rhodesia", -19.0, 29.2, "ZW", R)
# regions
for n,la,lo,cc in [("Europe",54.0,15.0,None),("Asia",34.0,100.0,None),("Western Europe",48.0,5.0,None),("Eastern Europe",50.0,25.0,None),("Central Europe",49.0,15.0,None),("Middle East",29.0,41.0,None),("Far East",35.0,120.0,None),("Latin America",-10.0,-60.0,None),("Central America",13.0,-86.0,None),("Northeast Asia",40.0,125.0,None),("Iberian Peninsula",40.0,-4.0,None),("Iberia",40.0,-4.0,None),("Indochina",16.0,105.0,None),("Horn of Africa",8.0,45.0,None),("Manchuria",44.0,125.0,"CN"),("South Manchuria",41.5,123.0,"CN"),("Northeast China",44.0,125.0,"CN"),("Siberia",60.0,105.0,"RU"),("Northern Russia",64.0,40.0,"RU"),("Kosovo",42.6,20.9,None),("Vojvodina",45.3,19.8,"RS"),("Sudetenland",50.5,14.5,"CZ"),("West Bank",31.9,35.3,None),("Gaza",31.45,34.4,None),("Gaza Strip",31.4,34.4,None),("Central Highlands",13.5,108.0,"VN"),("New England",43.5,-71.5,"US"),("Louisiana",38.0,-95.0,None),("Maryland",39.0,-76.7,"US"),("Virginia",37.5,-78.8,"US"),("North Carolina",35.5,-79.4,"US"),("New Hampshire",43.7,-71.6,"US"),("Massachusetts",42.3,-71.8,"US"),("Minnesota",46.3,-94.3,"US"),("Ohio",40.3,-82.8,"US"),("Georgia",32.7,-83.4,"US"),("Missouri",38.4,-92.5,"US"),("Pennsylvania",40.9,-77.8,"US"),("Martinique",14.65,-61.0,"FR"),("Guadeloupe",16.25,-61.55,"FR"),("Montserrat",16.74,-62.19,"MS"),("Réunion",-21.1,55.5,"RE"),("Newfoundland",48.6,-56.3,"CA"),("Antilles",16.0,-63.0,None),("Devon",50.7,-3.8,"GB"),("Norfolk",52.6,1.0,"GB"),("Western Australia",-25.0,122.0,"AU"),("British Columbia",54.0,-125.0,"CA"),("Karoo",-32.3,22.5,"ZA"),("Cape Colony",-32.0,22.0,"ZA"),("Orange Free State",-28.5,26.5,"ZA"),("South African Republic",-26.0,29.0,"ZA"),("Transvaal",-26.0,29.0,"ZA"),("Griqualand West",-28.7,24.0,"ZA"),("Griqualand East",-30.6,29.5,"ZA"),("Natal",-29.0,30.5,"ZA"),("Northern Cape",-29.0,21.9,"ZA"),("East End of London",51.515,-0.05,"GB"),("Istria",45.2,13.9,None),("Dalmatia",43.5,16.4,"HR"),("British Guiana",4.9,-58.9,"GY"),("Free Territory of Trieste",45.55,13.75,None),("Zone A",45.7,13.75,"IT"),("Zone B",45.45,13.7,None),("Caribbean",15.0,-75.0,None),("Eastern Bloc",52.0,22.0,None),("East Bloc",52.0,22.0,None)]:
    P(n, la, lo, cc, R)
S["East Bloc"] = "Eastern Bloc"; del K["East Bloc"]
S["Iberia"] = "Iberian Peninsula"; del K["Iberia"]
S["Free Territory"] = "Free Territory of Trieste"
P("Confederate States of America", 33.0, -86.0, "US", R, "Confederacy")
P("Southern United States", 33.0, -86.0, "US", R, "the South")
P("Panama Canal Zone", 9.1, -79.7, "PA", R, "Panama Canal Zone", "Canal Zone")
# cities
for n,la,lo,cc in [("Tehran",35.69,51.39,"IR"),("Washington",38.9072,-77.0369,"US"),("Moscow",55.7558,37.6173,"RU"),("Lisbon",38.7223,-9.1393,"PT"),("Madrid",40.4168,-3.7038,"ES"),("Nuremberg",49.4521,11.0767,"DE"),("Tokyo",35.6762,139.6503,"JP"),("Nagasaki",32.7503,129.8779,"JP"),("Managua",12.1364,-86.2514,"NI"),("San Salvador",13.6929,-89.2182,"SV"),("Jerusalem",31.7683,35.2137,None),("East Jerusalem",31.78,35.23,None),("Tel Aviv",32.0853,34.7818,"IL"),("Prague",50.0755,14.4378,"CZ"),("Belgrade",44.7866,20.4489,"RS"),("Luanda",-8.839,13.2894,"AO"),("Pretoria",-25.7479,28.2293,"ZA"),("Beijing",39.9042,116.4074,"CN"),("Warsaw",52.2297,21.0122,"PL"),("Geneva",46.2044,6.1432,"CH"),("Hanoi",21.0278,105.8342,"VN"),("Saigon",10.8231,106.6297,"VN"),("Kabul",34.5553,69.2075,"AF"),("Petrograd",59.9343,30.3351,"RU"),("Paris",48.8566,2.3522,"FR"),("London",51.5072,-0.1276,"GB"),("The Hague",52.0705,4.3007,"NL"),("Macau",22.1987,113.5439,"MO"),("Wangxia",22.21,113.55,"MO"),("Guangzhou",23.1291,113.2644,"CN"),("Xiamen",24.4798,118.0894,"CN"),("Fuzhou",26.0745,119.2965,"CN"),("Ningbo",29.8683,121.544,"CN"),("Shanghai",31.2304,121.4737,"CN"),("Tianjin",39.3434,117.3616,"CN"),("Nanjing",32.0603,118.7969,"CN"),("Port Arthur",38.8122,121.2617,"CN"),("Mukden",41.8057,123.4315,"CN"),("Portsmouth",43.0718,-70.7626,"US"),("Norfolk (Virginia)",36.8508,-76.2859,"US"),("Samu",31.4,35.07,None),("Sharm al-Shaykh",27.9158,34.33,"EG"),("Saint-Pierre",14.7436,-61.1756,"FR"),("Bordeaux",44.8378,-0.5792,"FR"),("Naples",40.8518,14.2681,"IT"),("Fort-de-France",14.6161,-61.0588,"FR"),("Le Prêcheur",14.80,-61.22,"FR"),("Plymouth (Montserrat)",16.706,-62.215,"MS"),("Plymouth (Devon)",50.3755,-4.1427,"GB"),("Plymouth (Massachusetts)",41.9584,-70.6673,"US"),("Lebanon (Ohio)",39.4353,-84.2030,"US"),("Athens (Georgia)",33.9519,-83.3576,"US"),("New York",40.7128,-74.006,"US"),("Boston",42.3601,-71.0589,"US"),("St. Peter (Minnesota)",44.3236,-93.958,"US"),("Saint-Pierre (St. Pierre and Miquelon)",46.78,-56.18,"PM"),("Saint-Pierre (Réunion)",-21.34,55.48,"RE"),("Hopetown",-29.62,24.08,"ZA"),("Barkly West",-28.54,24.52,"ZA"),("Colesberg",-30.72,25.1,"ZA"),("Kimberley",-28.7282,24.7499,"ZA"),("Kimberley (British Columbia)",49.67,-115.98,"CA"),("Kimberley (Norfolk)",52.6,1.08,"GB"),("Port Elizabeth",-33.9608,25.6022,"ZA"),("Cape Town",-33.9249,18.4241,"ZA"),("Bulawayo",-20.15,28.58,"ZW"),("Whitechapel",51.5155,-0.0612,"GB"),("Trieste",45.6495,13.7768,"IT"),("Fulton (Missouri)",38.8467,-91.9480,"US"),("Koper",45.548,13.7302,"SI"),("Buje",45.41,13.66,"HR"),("Rijeka",45.3271,14.4422,"HR"),("Pula",44.8666,13.8496,"HR"),("Zadar",44.1194,15.2314,"HR"),("Padriciano",45.66,13.85,"IT"),("Florida (Uruguay)",-34.0956,-56.2142,"UY"),("Melbourne",-37.8136,144.9631,"AU"),("Gorizia",45.9415,13.622,"IT"),("Nova Gorica",45.9559,13.6483,"SI"),("Kobarid",46.2471,13.5796,"SI"),("Podgorica",42.4304,19.2594,"ME"),("Muggia",45.6046,13.7672,"IT"),("Rome",41.9028,12.4964,"IT"),("Ancona",43.6158,13.5189,"IT"),("Osimo",43.48,13.48,"IT"),("Cairo",30.0444,31.2357,"EG")]:
    P(n, la, lo, cc, C)
S["Norfolk"] = "Norfolk"  # default region (county) -- overridden in the Virginia sentence
S["Samu‘"] = "Samu"; S["Samu"]="Samu"; S["Sharm al-Shaykh"]="Sharm al-Shaykh"
S["Wang-hsia"] = "Wangxia"
S["Klipdrift"] = "Barkly West"
S["New Rush"] = "Kimberley"
S["Gqeberha"] = "Port Elizabeth"
S["Capodistria"] = "Koper"; S["Fiume"]="Rijeka"; S["Pola"]="Pula"; S["Zara"]="Zadar"; S["Caporetto"]="Kobarid"; S["Titograd"]="Podgorica"
S["Fort-Royal"] = "Fort-de-France"; S["République-Ville"] = "Fort-de-France"
S["Buie"]="Buje"
P("Klip Drift (Modder River)", -28.95, 24.98, "ZA", O, "Klip Drift")
P("Camp David", 39.6483, -77.465, "US", O)
P("White House", 38.8977, -77.0365, "US", O)
P("Kremlin", 55.752, 37.6175, "RU", O)
P("Panama Canal", 9.08, -79.68, "PA", O)
P("Bagram Air Base", 34.946, 69.265, "AF", O)
P("Fort Fisher", 33.97, -77.92, "US", O)
P("Presidential Palace (Saigon)", 10.777, 106.695, "VN", O, "Presidential Palace")
P("National Palace (Managua)", 12.155, -86.27, "NI", O, "National Palace")
P("Big Hole", -28.738, 24.758, "ZA", O, "Big Hole")
P("Westminster College (Fulton)", 38.85, -91.95, "US", O, "Westminster College")
P("Miramare Castle", 45.7026, 13.7124, "IT", O, "Miramare")
P("Molo Audace", 45.6504, 13.7651, "IT", O)
P("Sant'Antonio Nuovo (Trieste)", 45.6518, 13.7745, "IT", O, "Sant'Antonio Nuovo")
P("Harvard University", 42.377, -71.1167, "US", O, "Harvard")
P("Kent State University", 41.1489, -81.3415, "US", O, "Kent State University")
# natural features
for n,la,lo,cc in [("Atlantic Ocean",30.0,-40.0,None),("Pacific Ocean",0.0,-160.0,None),("Persian Gulf",26.5,52.0,None),("Baltic Sea",58.0,20.0,None),("Sea of Japan",40.0,135.0,None),("Straits of Tiran",27.98,34.46,None),("Sinai Peninsula",29.5,33.8,"EG"),("Golan Heights",33.0,35.75,None),("Liaodong Peninsula",40.0,122.5,"CN"),("Sakhalin",50.0,143.0,"RU"),("Midway Atoll",28.2,-177.37,"US"),("Guam",13.44,144.79,"GU"),("Prinkipo Island",40.86,29.12,"TR"),("Taiwan Strait",24.0,119.5,None),("Mont Pelée",14.8094,-61.1653,"FR"),("Roxelane",14.745,-61.175,"FR"),("Rivière Blanche",14.78,-61.18,"FR"),("Vesuvius",40.8214,14.4263,"IT"),("Indian Ocean",-20.0,80.0,None),("Minnesota River",44.5,-94.5,"US"),("La Soufrière (St. Vincent)",13.33,-61.18,"VC"),("St. Vincent",13.25,-61.2,"VC"),("La Soufrière (Guadeloupe)",16.044,-61.664,"GP"),("Soufrière Hills",16.72,-62.18,"MS"),("Kilauea",19.4069,-155.2834,"US"),("Island of Hawaii",19.6,-155.5,"US"),("Caribbean Sea",15.0,-75.0,None),("Roraima",5.143,-60.762,None),("Orange River",-28.6,17.0,None),("Vaal River",-27.5,26.5,"ZA"),("Colesberg Kopje",-28.738,24.758,"ZA"),("Kimberley (Western Australia)",-17.0,126.0,"AU"),("Purcell Mountains",50.0,-116.5,"CA"),("Limpopo River",-22.5,31.0,None),("Drakensberg",-29.5,29.3,None),("Matopos Hills",-20.5,28.5,"ZW"),("Modder River",-29.0,24.6,"ZA"),("Adriatic Sea",43.0,15.0,None),("Karst Plateau",45.75,13.8,None),("River Plate",-35.0,-57.0,None),("Isonzo",46.0,13.55,None),("Challenger Deep",11.35,142.2,None),("Mariana Trench",11.35,142.2,None),("Gulf of Trieste",45.65,13.6,None)]:
    P(n, la, lo, cc, N)
S.update({"Atlantic":"Atlantic Ocean","Pacific":"Pacific Ocean","Sinai":"Sinai Peninsula","Sakhalin Island":"Sakhalin","Midway":"Midway Atoll","Midway Island":"Midway Atoll","Pelée":"Mont Pelée","Vaal":"Vaal River","Limpopo":"Limpopo River","Karst":"Karst Plateau","Soča":"Isonzo","Adriatic":"Adriatic Sea","Straits of Tiran":"Straits of Tiran","La Soufrière":"La Soufrière (St. Vincent)"})
P("St. Pierre and Miquelon", 46.83, -56.3, "PM", R)
# renamings: old and new names share a key
for old,new in [("Basutoland","Lesotho"),("Northern Rhodesia","Zambia"),("Southern Rhodesia","Zimbabwe")]:
    K.pop(old, None); S[old] = new
def rename(old, new):
    K[new] = K.pop(old)
    for s,k in list(S.items()):
        if k == old: S[s] = new
rename("Petrograd", "Saint Petersburg"); rename("Saigon", "Ho Chi Minh City"); rename("Port Arthur", "Lüshun"); rename("Mukden", "Shenyang")
S["Gaza"] = "Gaza Strip"; K.pop("Gaza", None)
P("Northern United States", 41.0, -80.0, "US", R, "North")
P("Saint Vincent", 13.25, -61.2, "VC", N, "St. Vincent"); K.pop("St. Vincent", None)
# ---------------- non-places: surface -> why
DEM, ORG, TR, EV, SHIP, PUB, ST, OT, PER = ("demonym/adjective", "organisation", "treaty/agreement/law", "event/battle/war",
    "ship/vehicle", "publication/newspaper", "street/building named after a place or person", "other", "person/family named like a place")
NP = {}
def Q(why, *ss):
    for s in ss: NP[s] = why
Q(DEM, "American", "Americans", "British", "Britons", "British-born", "Chinese", "Soviet", "Soviets", "Russian", "Russians", "Japanese", "European", "Europeans",
  "German", "Germans", "German-occupied", "French", "Italian", "Spanish", "Portuguese", "Cuban", "Nicaraguan", "Salvadoran", "Panamanian", "Panamanians",
  "Israeli", "Israelis", "Arab", "Arabs", "Palestinian", "Palestinians", "Palestinian Arabs", "Egyptian", "Syrian", "Iranian", "Afghan", "Pakistani", "Angolan",
  "South African", "Czech", "Czechoslovak", "Czechoslovakian", "Yugoslav", "Yugoslavian", "Serb", "Serbs", "Serbian", "Serbians", "Croat", "Croats", "Croatian",
  "Croatian-Serbs", "Slovenian", "Slovene", "Bosnian", "Albanian", "Albanian-dominated", "Vietnamese", "North Vietnamese", "South Vietnamese", "Taiwanese",
  "Korean", "Dutch", "Austrian", "Swiss", "Irish", "Greek", "Istrian", "Boer", "Boers", "Griqua", "Jewish", "Jews", "Slavs", "Latin American",
  "Central American", "North American", "Middle Eastern", "Far Eastern", "Western European", "Western Europeans", "East European", "Eastern European",
  "Sino-American", "Sino-Soviet", "Sino-U.S.", "Anglo-Chinese", "Arab-Israeli", "Egyptian-Israeli", "U.S.-Cuban", "Confederate", "Southern", "Napoleonic",
  "Chinese-Western", "Soviet-aligned", "Soviet-supported", "Nazi-allied", "Mexican", "Ovimbundu", "Khalqis", "Parchamists", "Marxist-Leninist", "English",
  "Afganistan’s", "Italians", "Yugoslavs", "Hungarian", "Polish", "Romanian", "Lebanese", "Iraqi", "Jordanian", "Saudi", "Turkish", "Asian",
  "Cubans", "Egyptians", "Syrians", "Chinese-American", "Sino-Japanese", "Russo-Japanese", "U.S.-Japanese", "Anglo-American", "Franco-American")
Q(ORG, "NATO", "North Atlantic Treaty Organization", "OAS", "Organization of American States", "United Nations", "UN", "U.N.", "UN Security Council",
  "United Nations Security Council", "Security Council", "General Assembly", "United Nations General Assembly", "UNEF", "United Nations Emergency Force",
  "Warsaw Pact", "IMT", "IMTFE", "International Military Tribunal", "International Military Tribunal for the Far East", "Nazi", "Nazis", "SS", "SD", "Gestapo",
  "Red Brigades", "Baader Meinhof Group", "ETA", "Euzkadi ta Azkatasuna", "Italian Communist Party", "FSLN", "Sandinista National Liberation Front", "Sandinista",
  "Sandinistas", "FMLN", "Farabundo Martí National Liberation Front", "National Guard", "Nicaraguan National Guard", "Nicaraguan Congress", "MPLA", "FNLA", "UNITA",
  "Popular Movement for the Liberation of Angola", "National Front for the Liberation of Angola", "National Union for the Total Independence of Angola",
  "PDPA", "People’s Democratic Party of Afghanistan", "Khalq", "Parcham", "Taliban", "Fatah", "Haganah", "Irgun", "LEHI", "Likud", "Likud Party", "Israeli Labor Party",
  "Arab Liberation Army", "JNA", "Yugoslav Army", "Serbian Communist Party", "Communist Party of Czechoslovakia", "CTK", "Congress", "Senate", "U.S. Senate",
  "House of Representatives", "JCS", "Joint Chiefs of Staff", "Joint Staff", "NSC", "National Security Council", "CIA", "Central Intelligence Agency",
  "Department of State", "U.S. Department of State", "Department of Defense", "Qing Government", "Union Navy", "Confederate Army", "British Navy", "Bolshevik", "Bolsheviks",
  "Bolshevik Party", "White Russian", "White Russians", "Whites Russians", "Jimmy Carter Library", "LBJ Library", "Nixon Presidential Library", "AP Photo", "Quebec Line",
  "De Beers", "De Beers Mining Company", "De Beers Consolidated Mines", "Kimberley Central Mining Company", "Barnum and Bailey", "United States Navy", "Christian Democrats",
  "National Defense University", "MACV", "Military Assistance Command Vietnam", "Pacific Command", "PACOM", "NVA", "North Vietnamese Army", "Politburo",
  "North Vietnamese Politburo", "Provisional Revolutionary Government", "Government of National Reconstruction", "GNR", "PG", "Provisional Government",
  "Non-Aligned Movement", "U.S. Liaison Office", "Kabul Government", "U.S. Government", "United States Government", "U.S. Congress", "U.S. Army", "U.S. Navy",
  "U.S. Marines", "U.S. Embassy", "British Government", "Chinese Government", "Czech Government", "Portuguese Government", "ROC Government", "Socialist Government",
  "Chinese Communist Party", "Communist Party", "Cuban Special Forces", "Special Forces", "Afghan Army", "Israeli Provisional Government", "International Crimes Tribunal",
  "International Commission of Friendly Cooperation and Conciliation", "Allied Powers", "Axis Powers", "Allies", "Allied", "Axis", "Tribunal", "Nuremberg Tribunal",
  "Westminster College", "Harvard", "Kent State University", "Yale", "Confederate government", "Union", "Leadership Corps of the Nazi", "Kremlin")
Q(TR, "Treaty of Portsmouth", "Treaty of Nanjing", "Anglo-Chinese Treaty of Nanjing", "Treaty of Wangxia", "Treaty of Ghent", "Treaty of Brest-Litovsk", "Treaty of Paris",
  "Treaty of Osimo", "London Agreement", "London Memorandum", "Potsdam Declaration", "St. James Declaration", "Munich Agreement", "Tripartite Declaration",
  "Shanghai Communiqué", "Shanghai communiqué", "Joint Communiqué", "Taiwan Relations Act", "TRA", "Mutual Defense Treaty", "Camp David Accords", "Egyptian-Israeli Peace Treaty",
  "Egyptian-Israeli Treaty", "Torrijos-Carter Treaties", "Hay-Bunau-Varilla Treaty", "Hay-Herrán Treaty", "Panama Canal Treaty", "Panama Canal treaty", "Neutrality Treaty",
  "Treaty Concerning the Permanent Neutrality and Operation of the Panama Canal", "Neutrality Act", "Neutrality Acts", "First Neutrality Act", "Non-Intercourse Act",
  "Berlin Decree", "Milan Decree", "Orders in Council", "Peace of Amiens", "Louisiana Purchase", "Alvor Agreement", "Brezhnev Doctrine", "Nuremberg Charter",
  "Charter of the International Military Tribunal", "Charter for the International Military Tribunal for the Far East", "Charter of the IMTFE", "Lend-Lease",
  "Rush-Bagot", "Rush-Bagot Agreement", "Partition Plan", "United Nations Partition Plan", "Partition Resolution", "Strategic Arms Limitation Talks", "SALT", "SALT II",
  "Kimberley Process", "Security Council Resolution", "United Nations Security Council Resolution 242", "Open Door", "Declaration", "Geneva Accords",
  "Macon’s Bill No. 2", "Nathaniel Macon’s Bill No. 2", "Paris Peace Accords", "Paris Agreement")
Q(EV, "Russo-Japanese War", "Sino-Japanese War", "First Opium War", "Second Opium War", "Opium War", "Opium Wars", "Civil War", "U.S. Civil War", "Russian Civil War",
  "Spanish Civil War", "Chinese Civil War", "Korean War", "Vietnam War", "Cold War", "World War I", "World War II", "WWII", "First World War", "Second World War",
  "Napoleonic Wars", "Wars of the French Revolution", "Quasi-War", "Suez War", "Arab-Israeli War", "Carnation Revolution", "Iranian Revolution", "Bolshevik Revolution",
  "Russian Revolution", "Haitian Revolution", "April Revolution", "Prague Spring", "Camp David Summit", "Geneva Conference", "Geneva conference", "Moscow Conference",
  "Paris Peace Conference", "Nuremberg Trial", "Tokyo War Crimes Trials", "Battle of Fort Sumter", "Battle of Magersfontein", "Anglo-Boer War", "Trent Affair",
  "Easter Offensive", "Christmas Bombing", "Operation Linebacker", "Operation Red Sea Regatta", "Regatta", "Lam Son 719", "Menu", "Watergate", "Meiji Restoration",
  "Triple Intervention", "Moscow Olympics", "Ping Pong Diplomacy", "Bullitt Mission", "Cultural Revolution", "Tet Offensive", "Six-Day War", "Yom Kippur War",
  "Peace Process", "Arab-Israeli Peace Process", "Angola Crisis", "Olympic Games", "Revolution", "Sino-U.S. Ambassadorial Talks", "Sino-U.S. Ambassadorial talks",
  "War of 1812", "Camp David Summit")
Q(SHIP, "U.S.S. Chesapeake", "Chesapeake", "H.M.S. Leopard", "HMS Little Belt", "Little Belt", "Roraima", "Grappler", "Orsolina", "Suchet", "Dixie", "Trent")
Q(PUB, "La Prensa", "Les Colonies", "New York Herald", "A Farewell to Arms")
Q(OT, "Third World", "Eurocommunism", "Pershing II", "Skyhawk", "Star of South Africa", "Eureka", "Long Cecil", "Morgan Line", "State of the Union",
  "Apartheid", "Stalinization", "de-Stalinization", "Vietnamization", "Marxist", "Communist", "Communists", "Islamic", "Catholic", "Zone")
# ---------------- persons: surface -> canonical
PERS = {}
def W(canon, *ss):
    for s in ss: PERS[s] = canon
W("Jimmy Carter (President, 1924–2024)", "Jimmy Carter", "Carter", "President Carter", "President-elect Carter")
W("Helmut Schmidt (West German Chancellor)", "Helmut Schmidt")
W("Valéry Giscard d’Estaing (French President)", "Valery Giscard d’Estaing")
W("James Callaghan (British Prime Minister)", "James Callaghan")
W("Richard Nixon (President, 1913–1994)", "Richard M. Nixon", "Nixon", "Richard Nixon")
W("Gerald Ford (President, 1913–2006)", "Gerald R. Ford", "Gerald Ford", "Ford")
W("Francisco Franco (Spanish head of state)", "Francisco Franco")
W("Douglas MacArthur (General)", "Douglas MacArthur", "MacArthur")
W("Hermann Goering", "Hermann Goering"); W("Rudolf Hess", "Rudolph Hess"); W("Joachim von Ribbentrop", "Joachim von Ribbentrop")
W("Alfred Rosenberg", "Alfred Rosenberg"); W("Albert Speer", "Albert Speer"); W("Adolf Hitler", "Adolf Hitler", "Hitler")
W("Hirohito (Emperor of Japan)", "Hirohito")
W("Anastasio Somoza Debayle (Nicaraguan President)", "Anastasio Somoza", "Somoza")
W("Luis Somoza Debayle", "Luis Somoza")
W("Anastasio Somoza García", "Anastasio Somoza García")
W("Fidel Castro (Cuban leader)", "Fidel Castro", "Castro")
W("Augusto Sandino", "Augusto Sandino", "Sandino")
W("Pedro Joaquín Chamorro (publisher)", "Pedro Joaquín Chamorro")
W("William G. Bowdler (diplomat)", "William G. Bowdler")
W("Cyrus Vance (Secretary of State)", "Cyrus Vance", "Vance")
W("Lawrence Pezzullo (Ambassador)", "Lawrence Pezzullo", "Pezzullo")
W("Francisco Urcuyo", "Francisco Urcuyo", "Urcuyo")
W("Carlos Humberto Romero (Salvadoran President)", "Carlos Humberto Romero")
W("José Napoleón Duarte", "Jose Napoleon Duarte", "Duarte")
W("Óscar Romero (Archbishop of San Salvador)", "Oscar Romero")
W("Farabundo Martí", )
W("Anwar Sadat (Egyptian President)", "Anwar Sadat", "Sadat")
W("Menachem Begin (Israeli Prime Minister)", "Menachem Begin", "Begin")
W("Robert Strauss", "Robert Strauss"); W("Sol Linowitz (negotiator)", "Sol Linowitz", "Linowitz")
W("Theodore Roosevelt (President, 1858–1919)", "Theodore Roosevelt")
W("Franklin D. Roosevelt (President, 1882–1945)", "Franklin D. Roosevelt")
W("Woodrow Wilson (President, 1856–1924)", "Woodrow Wilson", "Wilson")
W("Abraham Lincoln (President)", "Abraham Lincoln", "Lincoln")
W("Thomas Jefferson (President)", "Thomas Jefferson", "Jefferson")
W("James Madison (President)", "James Madison", "Madison")
W("James Monroe", "James Monroe"); W("William Pinkney", "William Pinkney")
W("Robert Smith (Secretary of State, 1757–1842)", "Robert Smith", "Smith")
W("Augustus Foster (British Minister)", "Thomas Foster", "Foster")
W("Joel Barlow (diplomat)", "Joel Barlow")
W("Nathaniel Macon", "Nathaniel Macon")
W("Napoleon Bonaparte", "Napoleon Bonaparte", "Napoleon Bonarparte", "Napoleon")
W("Napoleon III of France", "Napoleon III")
W("Louis Mouttet (governor of Martinique)", "Louis Mouttet", "Mouttet")
W("Ellery Scott (first officer of the Roraima)", "Ellery Scott")
W("Marino Leboffe (captain of the Orsolina)", "Marino Leboffe")
W("Ludger Sylbaris (survivor)", "Ludger Sylbaris")
W("Léon Compère-Léandre (survivor)", "Léon Compère-Léandre")
W("Alfred Lacroix (geologist)", "Alfred Lacroix")
W("Thomas Jaggar (geologist)", "Thomas Jaggar")
W("Frank Perret (volcanologist)", "Frank Perret")
W("Erasmus Jacobs", "Erasmus Jacobs")
W("Henry Barkly (Cape governor)", "Sir Henry Barkly")
W("Earl of Kimberley (colonial secretary)", "Earl of Kimberley")
W("Cecil Rhodes", "Cecil Rhodes", "Rhodes")
W("Barney Barnato", "Barney Barnato", "Barnato", "Barnet Isaacs")
W("Nicolaas Waterboer (Griqua leader)", "Nicolaas Waterboer")
W("Robert Kekewich (garrison commander)", "Lieutenant-Colonel Robert Kekewich")
W("Lord Methuen (general)", "Lord Methuen")
W("John French (cavalry general)", "General John French")
W("Winston Churchill", "Winston Churchill")
W("Bernard Freyberg (General)", "General Bernard Freyberg")
W("William Morgan (British general)", "William Morgan")
W("Ernest Hemingway", "Ernest Hemingway")
W("Josip Broz Tito", "Josip Broz Tito", "Tito")
W("Joseph Stalin", "Stalin")
W("John Winterton (General)", "General John Winterton")
W("Clare Boothe Luce (ambassador)", "Clare Boothe Luce")
W("Auguste Piccard (physicist)", "Auguste Piccard")
W("Jacques Piccard", "Jacques Piccard")
W("Don Walsh (Lieutenant)", "Don Walsh")
W("James Joyce", "James Joyce"); W("Italo Svevo", "Italo Svevo")
W("Johannes de Beer", "Johannes"); W("Diederik de Beer", "Diederik de Beer")
# which people are flagged as named like a place (each mention gets a non-place row)
FLAG = {"Thomas Jefferson (President)", "James Madison (President)", "Abraham Lincoln (President)", "James Monroe", "Theodore Roosevelt (President, 1858–1919)",
        "Franklin D. Roosevelt (President, 1882–1945)", "Woodrow Wilson (President, 1856–1924)", "Napoleon Bonaparte", "Napoleon III of France", "Cecil Rhodes",
        "Henry Barkly (Cape governor)", "Earl of Kimberley (colonial secretary)", "John French (cavalry general)", "Lord Methuen (general)", "Winston Churchill",
        "Josip Broz Tito", "Joseph Stalin", "Nathaniel Macon", "Fidel Castro (Cuban leader)"}
W("Carlos Humberto Romero (Salvadoran President)", "Carlos Humberto Romero")
W("Antonín Novotný (Czechoslovak leader)", "Antonin Novotny")
W("Alexander Dubček (Czechoslovak leader)", "Alexander Dubcek", "Dubcek")
W("Lyndon B. Johnson (President, 1908–1973)", "Lyndon B. Johnson", "Lyndon Johnson", "Johnson", "President Lyndon Johnson")
W("Leonid Brezhnev (Soviet leader)", "Leonid Brezhnev", "Brezhnev")
W("Libor Hajsky (photographer)", "Libor Hajsky")
Q(DEM, "Western")
Q(OT, "Marshall Plan")
NP.pop("Westminster College", None)
W("Thomas Shreeve (analyst)", "Thomas Shreeve")
W("Slobodan Milošević (Serbian President)", "Slobodan Milosevic", "Milosevic")
W("George H. W. Bush (President, 1924–2018)", "George H. W. Bush", "George H.W. Bush")
W("James Baker (Secretary of State)", "James Baker")
W("Agostinho Neto (MPLA leader)", "Agostinho Neto", "Neto")
W("Holden Roberto (FNLA leader)", "Holden Roberto")
W("Mobutu Sese Seko (Zairean President)", "Mobutu Sese Seko")
W("Jonas Savimbi (UNITA leader)", "Jonas Savimbi")
W("Deng Xiaoping (PRC leader)", "Deng Xiaoping", "Deng")
W("Henry Kissinger (Secretary of State, 1923–2023)", "Henry Kissinger", "Kissinger")
W("Mao Zedong (PRC leader)", "Mao Zedong", "Mao")
W("Zhou Enlai (PRC Premier)", "Zhou Enlai", "Zhou")
W("Leonard Woodcock (diplomat)", "Leonard Woodcock")
W("Harold Brown (Secretary of Defense)", "Harold Brown")
P("Austria-Hungary", 47.5, 17.0, None, CO, "Austro-Hungarian Empire")
P("Kingdom of Serbia", 44.0, 20.9, "RS", CO, "Serbian Kingdom")
Q(ORG, "Republicans", "Democrats", "National Intelligence Estimate", "NIE")
W("Dwight D. Eisenhower (President, 1890–1969)", "Dwight D. Eisenhower", "Eisenhower")
W("John F. Kennedy (President, 1917–1963)", "Kennedy")
W("Walt Rostow (National Security Advisor)", "Walter Rostow")
W("Abba Eban (Israeli Foreign Minister)", "Abba Eban")
W("Yoichi Okamoto (photographer)", "Yoichi Okamoto")
W("Gamal Abdel Nasser (Egyptian President)", "Gamal Abdul Nasser", "Nasser")
W("Robert Komer (NSC staffer)", "Robert Komer")
W("King Hussein of Jordan", "King Hussein")
W("U Thant (UN Secretary-General)", "U Thant")
W("Arthur Goldberg (UN Ambassador)", "Arthur Goldberg")
W("William C. Bullitt (diplomat)", "William Christian Bullitt", "Bullitt")
W("Robert Lansing (Secretary of State)", "Robert Lansing")
W("David Lloyd George (British Prime Minister)", "David Lloyd George", "Lloyd George")
W("Georges Clemenceau (French Prime Minister)", "Georges Clemenceau", "Clemenceau")
W("Vittorio Emanuele Orlando (Italian Prime Minister)", "Vittorio Emmanuele Orlando")
W("Edward M. House (adviser)", "Colonel Edward M. House", "House")
W("Lincoln Steffens (journalist)", "Lincoln Steffens", "Steffens")
W("Maxim Litvinov (Soviet diplomat)", "Maxim Litvinov")
W("Vladimir Lenin (Bolshevik leader)", "Vladimir Lenin", "Lenin")
W("Georgy Chicherin (Soviet Foreign Minister)", "Georgi Chicherin")
W("Omar Torrijos (Panamanian leader)", "Colonel Omar Torrijos", "Omar Torrijos", "Torrijos")
W("Marco Robles (Panamanian President)", "Marco Robles")
W("Arnulfo Arias Madrid (Panamanian President)", "Arnulfo Arias Madrid", "Arias")
W("Philippe Bunau-Varilla (Panamanian representative)", "Phillippe-Jean Bunau-Varilla")
W("Ellsworth Bunker (diplomat)", "Ellsworth Bunker", "Bunker")
W("Ronald Reagan (President, 1911–2004)", "Ronald Reagan")
W("Strom Thurmond (Senator)", "Strom Thurmond", "Thurmond")
W("John Wayne (actor)", "John Wayne")
W("Manuel Noriega (Panamanian leader)", "Manuel Noreiga")
P("Russian Empire", 60.0, 90.0, None, CO, "Russian Empire")
P("South Carolina", 33.9, -80.9, "US", R, "SC")
Q(DEM, "Colombian")
Q(EV, "Bullitt’s Mission")
FLAG |= {"Arnulfo Arias Madrid (Panamanian President)", "Vittorio Emanuele Orlando (Italian Prime Minister)", "Vladimir Lenin (Bolshevik leader)",
         "John F. Kennedy (President, 1917–1963)", "Lincoln Steffens (journalist)", "Caleb Cushing (Congressman)", "John Tyler (President)", "William H. Seward (Secretary of State)",
         "Richard Lyons (British Minister)", "Lord Palmerston (British Prime Minister)"}
P("Africa", 2.0, 21.0, None, R, "Africa")
W("Nguyen Van Thieu (South Vietnamese President)", "Nguyen Van Thieu", "President Thieu", "Thieu")
W("Le Duc Tho (North Vietnamese negotiator)", "Le Duc Tho")
W("Norodom Sihanouk (Cambodian leader)", "Prince Norodom Sihanouk")
W("Lon Nol (Cambodian leader)", "Lon Nol")
S["Democratic Republic of Vietnam"] = "North Vietnam"
NP.pop("Kent State University", None)
W("William H. Seward (Secretary of State)", "William Henry Seward", "William Seward", "Seward")
W("Gideon Welles (Secretary of the Navy)", "Gideon Welles")
W("Richard Lyons (British Minister)", "Baron Richard Lyons", "Lyons")
W("Lord Palmerston (British Prime Minister)", "Henry John Temple", "Viscount Palmerston", "Palmerston")
Q(OT, "Nobel Peace Prize")
W("Yahya Khan (Pakistani President)", "Yahya Khan", "Khan")
W("Edgar Snow (journalist)", "Edgar Snow")
W("John Tyler (President)", "John Tyler")
W("Caleb Cushing (Congressman)", "Caleb Cushing", "Cushing")
W("Mohammed Daoud Khan (Afghan leader)", "Mohammed Daoud", "Daoud")
W("Mohammed Zahir Shah (King of Afghanistan)", "King Zahir")
W("Babrak Karmal (Afghan leader)", "Babrak Karmal", "Karmal")
W("Nur Muhammad Taraki (Afghan leader)", "Noor Taraki", "Taraki")
W("Zbigniew Brzezinski (National Security Advisor)", "Zbigniew Brzezinski")
W("Adolph Dubs (Ambassador)", "Adolph Dubs", "Dubs")
W("Hafizullah Amin (Afghan leader)", "Hafizullah Amin", "Amin")
W("Osama bin Laden", "Osama bin Laden")
NP.pop("Afganistan’s", None); S["Afganistan"] = "Afghanistan"
Q(TR, "Convention of 1818")
PERS.pop("Nathaniel Macon", None)
PERS["Thomas Foster"] = PERS["Foster"] = "Thomas Foster (British Minister to the United States)"
P("Vooruitzigt (farm)", -28.74, 24.76, "ZA", O, "Vooruitzigt")
Q(ORG, "Guérin")
