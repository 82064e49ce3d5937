"""Lexicon: place keys, non-place phrases, people. All from my own knowledge."""
PLACES = {}   # key -> dict(lat, lon, country, kind)
FORMS = {}    # surface -> ('P', key) | ('N', why) | ('H', person)
C, R, CI, NF, O = 'country', 'region', 'city', 'natural feature', 'other'

def P(key, lat, lon, cc, kind, *forms):
    PLACES[key] = dict(lat=lat, lon=lon, country=cc, kind=kind)
    if not forms and (',' in key or '(' in key):
        forms = ()          # homonym keys: surface forms come from DOC / SENT overrides
    elif not forms:
        forms = (key,)
    for f in forms:
        FORMS[f] = ('P', key)

# ---------- countries / large units
P('United States', 39.8, -98.6, 'US', C, 'United States', 'U.S.', 'America')
P('United Kingdom', 54.0, -2.5, 'GB', C, 'United Kingdom', 'Britain', 'Great Britain', 'U.K.')
P('Egypt', 26.8, 30.8, 'EG', C)
P('France', 46.6, 2.2, 'FR', C)
P('Soviet Union', 60.0, 90.0, 'SU', C, 'Soviet Union', 'U.S.S.R.', 'USSR')
P('Israel', 31.5, 34.9, 'IL', C)
P('Hungary', 47.2, 19.5, 'HU', C)
P('Canada', 56.1, -106.3, 'CA', C)
P('East Germany', 52.5, 12.5, 'DD', C, 'East Germany', 'German Democratic Republic')
P('West Germany', 51.0, 9.0, 'DE', C, 'West Germany', 'Federal Republic of Germany')
P('Germany', 51.2, 10.4, 'DE', C)
P('Albania', 41.15, 20.17, 'AL', C)
P('Poland', 51.9, 19.1, 'PL', C)
P('Czechoslovakia', 49.8, 15.5, 'CS', C)
P('Bulgaria', 42.7, 25.5, 'BG', C)
P('Romania', 45.9, 24.97, 'RO', C)
P('Nicaragua', 12.9, -85.2, 'NI', C, 'Nicaragua', 'Republic of Nicaragua')
P('Panama', 8.5, -80.0, 'PA', C, 'Panama', 'Republic of Panama')
P('Colombia', 4.6, -74.1, 'CO', C)
P('Japan', 36.2, 138.3, 'JP', C)
P('China', 35.0, 103.0, 'CN', C, 'China', 'People’s Republic of China')
P('Republic of China', 35.0, 103.0, 'CN', C)
P('Netherlands', 52.1, 5.3, 'NL', C)
P('Portugal', 39.4, -8.2, 'PT', C)
P('South Africa', -30.6, 22.9, 'ZA', C)
P('Syria', 34.8, 38.99, 'SY', C)
P('Saudi Arabia', 23.9, 45.1, 'SA', C)
P('Venezuela', 8.0, -66.0, 'VE', C)
P('Cuba', 21.5, -79.5, 'CU', C)
P('Haiti', 19.0, -72.3, 'HT', C)
P('Dominican Republic', 18.7, -70.2, 'DO', C)
P('Russia', 61.5, 105.3, 'RU', C)
P('Mexico', 23.6, -102.5, 'MX', C)
P('Vietnam', 16.0, 107.8, 'VN', C)
P('Afghanistan', 33.9, 67.7, 'AF', C)
P('India', 20.6, 79.0, 'IN', C, 'India', 'Republic of India')
P('Pakistan', 30.4, 69.3, 'PK', C)
P('Italy', 41.9, 12.6, 'IT', C)
P('Philippines', 12.9, 121.8, 'PH', C, 'Philippines', 'Philippine islands')
P('New Zealand', -41.0, 174.0, 'NZ', C)
P('Australia', -25.3, 133.8, 'AU', C)
P('Thailand', 15.9, 100.99, 'TH', C)
P('Burma', 21.9, 95.96, 'MM', C)
P('Indonesia', -0.8, 113.9, 'ID', C)
P('Cambodia', 12.6, 104.99, 'KH', C)
P('Laos', 19.86, 102.5, 'LA', C)
P('North Vietnam', 21.0, 105.8, 'VN', C)
P('South Vietnam', 10.8, 106.6, 'VN', C)
P('South Korea', 36.5, 127.9, 'KR', C, 'South Korea', 'Republic of Korea')
P('North Korea', 40.3, 127.5, 'KP', C, 'Democratic People’s Republic of Korea')
P('Ecuador', -1.8, -78.2, 'EC', C)
P('Chile', -35.7, -71.5, 'CL', C)
P('Peru', -9.2, -75.0, 'PE', C)
P('Norway', 60.5, 8.5, 'NO', C)
P('Morocco', 31.8, -7.1, 'MA', C)
P('Barbados', 13.19, -59.54, 'BB', C)
P('Iraq', 33.2, 43.7, 'IQ', C)
P('Algeria', 28.0, 1.66, 'DZ', C)
P('Sudan', 15.5, 30.0, 'SD', C)
# ---------- regions
P('Middle East', 29.0, 41.0, None, R)
P('Eastern Europe', 50.0, 25.0, None, R)
P('Western Europe', 48.0, 5.0, None, R)
P('Europe', 54.0, 15.0, None, R)
P('Asia', 34.0, 100.0, None, R)
P('Africa', 2.0, 21.0, None, R)
P('Latin America', -14.0, -60.0, None, R)
P('Caribbean', 15.0, -75.0, None, R)
P('Western Hemisphere', 15.0, -75.0, None, R)
P('Balkans', 42.5, 22.0, None, R)
P('New Mexico', 34.5, -106.0, 'US', R)
P('East Texas', 31.8, -94.8, 'US', R)
P('Korea', 37.5, 127.5, None, R)
P('Taiwan', 23.7, 121.0, 'TW', R)
P('East Asia', 35.0, 115.0, None, R)
P('Northeast Asia', 40.0, 125.0, None, R)
P('Southeast Asia', 10.0, 110.0, None, R)
P('South Asia', 23.0, 80.0, None, R)
P('Okinawa', 26.5, 127.9, 'JP', R)
P('Alaska', 64.0, -150.0, 'US', R)
P('Oregon Country', 46.0, -120.0, None, R, 'Oregon')
P('California', 36.8, -119.4, 'US', R)
P('Jammu and Kashmir', 33.7, 75.5, 'IN', R, 'Jammu and Kashmir', 'Indian Kashmir')
P('Kashmir', 34.1, 75.5, None, R)
P('East Pakistan', 23.7, 90.4, 'PK', R)
P('West Pakistan', 30.0, 70.0, 'PK', R)
P('Yunnan', 25.0, 101.5, 'CN', R, 'Yunnan Province')
P('Xishuangbanna (Thai Autonomous Region)', 22.0, 100.8, 'CN', R, 'Thai Autonomous Region')
P('South China', 23.0, 110.0, 'CN', R)
P('Malaya', 4.2, 102.0, 'MY', R)
P('French Indochina', 16.0, 106.0, None, R)
P('Indochina', 15.0, 105.0, None, R)
# ---------- cities
P('Washington, D.C.', 38.9072, -77.0369, 'US', CI, 'Washington')
P('London', 51.5074, -0.1278, 'GB', CI)
P('Paris', 48.8566, 2.3522, 'FR', CI)
P('Warsaw', 52.2297, 21.0122, 'PL', CI)
P('Moscow', 55.7558, 37.6173, 'RU', CI)
P('Panama City', 8.9824, -79.5199, 'PA', CI)
P('Colón', 9.3592, -79.9014, 'PA', CI)
P('Nagasaki', 32.7503, 129.8779, 'JP', CI)
P('Hiroshima', 34.3853, 132.4553, 'JP', CI)
P('Potsdam', 52.3906, 13.0645, 'DE', CI)
P('Alamogordo', 32.8995, -105.9603, 'US', CI)
P('Tokyo', 35.6762, 139.6503, 'JP', CI)
P('San Francisco', 37.7749, -122.4194, 'US', CI)
P('Guangzhou', 23.1291, 113.2644, 'CN', CI)
P('Tianjin', 39.3434, 117.3616, 'CN', CI)
P('Beijing', 39.9042, 116.4074, 'CN', CI, 'Beijing', 'Peking')
P('Tashkent', 41.2995, 69.2401, 'UZ', CI)
P('Geneva', 46.2044, 6.1432, 'CH', CI)
P('Manila', 14.5995, 120.9842, 'PH', CI)
P('Singapore', 1.3521, 103.8198, 'SG', CI)
P('Bangkok', 13.7563, 100.5018, 'TH', CI)
# ---------- natural / other
P('Atlantic Ocean', 30.0, -40.0, None, NF, 'Atlantic')
P('Pacific Ocean', 0.0, -160.0, None, NF, 'Pacific')
P('Sinai Peninsula', 29.5, 33.8, 'EG', NF, 'Sinai Peninsula', 'Sinai')
P('Golan Heights', 33.0, 35.75, 'SY', NF)
P('Darién Gap', 8.0, -77.5, None, NF)
P('Yangtze River', 30.5, 114.3, 'CN', NF)
P('Hainan', 19.2, 109.7, 'CN', NF)
P('Haji Pir Pass', 33.96, 74.08, None, NF, 'Haji Pir')
P('Pearl Harbor', 21.3649, -157.95, 'US', NF)
P('Suez Canal', 30.5, 32.35, 'EG', O)
P('Panama Canal', 9.08, -79.68, 'PA', O)
P('Presidential Palace (Warsaw)', 52.2431, 21.0150, 'PL', O, 'Presidential Palace')
P('Dagu Forts', 38.97, 117.7, 'CN', O, 'Dagu forts')
P('Summer Palace', 40.0, 116.275, 'CN', O)
P('Forbidden City', 39.9163, 116.3972, 'CN', O)

# ---------- panel: St. Lawrence Seaway
P('Saint-Lambert, Quebec', 45.5003, -73.5, 'CA', CI, 'St. Lambert')
P('Quebec', 52.0, -72.0, 'CA', R)
P('Lake Superior', 47.7, -87.5, None, NF)
P('Montreal', 45.5017, -73.5673, 'CA', CI)
P('Duluth', 46.7867, -92.1005, 'US', CI)
P('Lake Ontario', 43.7, -77.9, None, NF)
P('St. Lawrence River', 46.5, -72.0, None, NF, 'St. Lawrence River', 'St. Lawrence')
P('Lachine Rapids', 45.42, -73.62, 'CA', NF)
P('Long Sault Rapids', 44.99, -74.93, None, NF)
P('Lachine', 45.4333, -73.6833, 'CA', CI)
P('Niagara River', 43.1, -79.05, None, NF)
P('Welland Canal', 43.0, -79.22, 'CA', O)
P('Niagara Falls', 43.08, -79.07, None, NF)
P('Lake Erie', 42.2, -81.2, None, NF)
P('Ottawa', 45.4215, -75.6972, 'CA', CI)
P('Washington, Tyne and Wear', 54.9, -1.517, 'GB', CI)
P('County Durham', 54.7, -1.8, 'GB', R)
P('England', 52.5, -1.5, 'GB', R)
P('Cornwall, Ontario', 45.0213, -74.7303, 'CA', CI)
P('Ontario', 50.0, -85.0, 'CA', R)
P('Massena', 44.9281, -74.8919, 'US', CI)
P('New York (state)', 43.0, -75.5, 'US', R)
P('Eisenhower Lock', 44.9996, -74.8463, 'US', O)
P('Snell Lock', 44.985, -74.79, 'US', O)
P('Moses-Saunders Power Dam', 45.0068, -74.7958, None, O)
P('Aultsville', 44.95, -75.0, 'CA', CI)
P("Farran's Point", 44.96, -75.05, 'CA', CI)
P("Dickinson's Landing", 45.0, -74.93, 'CA', CI)
P('Mille Roches', 45.02, -74.85, 'CA', CI)
P('Moulinette', 45.02, -74.82, 'CA', CI)
P('Wales, Ontario', 44.99, -74.98, 'CA', CI)
P('Santa Cruz, Ontario', 45.0, -74.9, 'CA', CI)
P('Canary Islands', 28.3, -16.5, 'ES', NF)
P('Ingleside', 45.0, -74.99, 'CA', CI)
P('Long Sault (town)', 45.03, -74.89, 'CA', CI)
P('Iroquois, Ontario', 44.85, -75.32, 'CA', CI)
P('Akwesasne', 45.0, -74.65, None, R)
P('Great Lakes', 45.0, -84.0, None, NF)
P('Toledo, Ohio', 41.6528, -83.5379, 'US', CI)
P('Ohio', 40.4, -82.9, 'US', R)
P('Tagus', 39.5, -8.0, None, NF)
P('Cleveland', 41.4993, -81.6944, 'US', CI)
P('Chicago', 41.8781, -87.6298, 'US', CI)
P('Milwaukee', 43.0389, -87.9065, 'US', CI)
P('Midwest', 41.0, -90.0, 'US', R)
P('Erie, Pennsylvania', 42.1292, -80.0851, 'US', CI)
P('Pennsylvania', 41.0, -77.6, 'US', R)
P('Lakehead', 48.4, -89.2, 'CA', R)
P('Port Arthur, Ontario', 48.44, -89.22, 'CA', CI)
P('Fort William', 48.38, -89.25, 'CA', CI)
P('Thunder Bay', 48.3809, -89.2477, 'CA', CI)
P('Sleeping Giant', 48.4, -88.8, 'CA', NF)
P('Lüshun (Port Arthur)', 38.81, 121.27, 'CN', CI, 'Lüshun')
P('Port Arthur, Texas', 29.885, -93.94, 'US', CI)
P('Texas', 31.0, -100.0, 'US', R)
P('Sabine Lake', 29.85, -93.85, 'US', NF)
P('Ottawa River', 45.5, -76.0, 'CA', NF)
P('Gulf of St. Lawrence', 48.5, -62.0, 'CA', NF)
# ---------- panel: Kon-Tiki
P('Callao', -12.0566, -77.1181, 'PE', CI)
P('Larvik', 59.0533, 10.0352, 'NO', CI)
P('South America', -15.0, -60.0, None, R)
P('Polynesia', -15.0, -150.0, None, R)
P('Quevedo', -1.0286, -79.4635, 'EC', CI)
P('Guayaquil', -2.1709, -79.9224, 'EC', CI)
P('Lima', -12.0464, -77.0428, 'PE', CI)
P('Andes', -15.0, -70.0, None, NF)
P('Lake Titicaca', -15.9, -69.3, None, NF)
P('Humboldt Current', -20.0, -75.0, None, NF)
P('Galápagos Islands', -0.8, -91.0, 'EC', NF)
P('Marquesas Islands', -9.0, -139.5, 'PF', NF)
P('Tuamotu Archipelago', -17.0, -142.0, 'PF', NF, 'Tuamotu Archipelago', 'Tuamotus')
P('Northern Territory', -19.5, 133.0, 'AU', R)
P('Darwin', -12.4634, 130.8456, 'AU', CI)
P('Alta', 69.9689, 23.2716, 'NO', CI)
P('Lima, Ohio', 40.7428, -84.1052, 'US', CI)
P('Ottawa River (Ohio)', 41.0, -84.0, 'US', NF)
P('Indiana', 40.0, -86.1, 'US', R)
P('Peru, Indiana', 40.7537, -86.0689, 'US', CI)
P('Wabash River', 39.0, -87.8, 'US', NF, 'Wabash')
P('Puka-Puka (Tuamotu)', -14.82, -138.81, 'PF', NF, 'Puka-Puka', 'Pukapuka')
P('Cook Islands', -21.2, -159.8, 'CK', R)
P('Raroia', -16.05, -142.4, 'PF', NF)
P('Tahiti', -17.65, -149.43, 'PF', NF)
P('Papeete', -17.5516, -149.5585, 'PF', CI)
P('Fatu Hiva', -10.47, -138.65, 'PF', NF)
P('Kon-Tiki Museum', 59.9035, 10.6985, 'NO', O)
P('Bygdøy', 59.905, 10.68, 'NO', NF)
P('Oslo', 59.9139, 10.7522, 'NO', CI, 'Oslo', 'Christiania')
P('Easter Island', -27.1127, -109.3497, 'CL', NF, 'Easter Island', 'Rapa Nui')
P('Safi', 32.2994, -9.2372, 'MA', CI)
P('Djibouti (city)', 11.5721, 43.1456, 'DJ', CI, 'Djibouti')
P('Red Sea', 20.0, 38.5, None, NF)
# ---------- panel: Khartoum
P('Khartoum', 15.5007, 32.5599, 'SD', CI)
P('Blue Nile', 13.5, 34.0, None, NF)
P('Lake Tana', 12.0, 37.3, 'ET', NF)
P('White Nile', 9.5, 31.5, None, NF)
P('Nile', 26.0, 31.5, None, NF)
P('Cairo', 30.0444, 31.2357, 'EG', CI)
P('Dongola', 19.1653, 30.4764, 'SD', CI)
P('El Obeid', 13.1833, 30.2167, 'SD', CI)
P('Kordofan', 13.5, 30.0, 'SD', R)
P('Suakin', 19.1, 37.33, 'SD', CI)
P('Berber (town)', 18.0167, 33.9833, 'SD', CI, 'Berber')
P('Norfolk', 52.6, 1.0, 'GB', R)
P('Winnipeg', 49.8951, -97.1384, 'CA', CI)
P('Trois-Rivières', 46.3432, -72.5477, 'CA', CI)
P('Kahnawake', 45.4, -73.69, 'CA', R, 'Kahnawake', 'Caughnawaga')
P('Wadi Halfa', 21.8, 31.35, 'SD', CI)
P('Second Cataract', 21.78, 31.32, 'SD', NF)
P('Lake Nasser', 22.5, 31.8, None, NF)
P('Korti', 18.1, 31.55, 'SD', CI)
P('Bayuda Desert', 17.5, 33.0, 'SD', NF)
P('Abu Klea', 17.15, 33.0, 'SD', NF)
P('Metemmeh', 16.7, 33.37, 'SD', CI)
P('Abu Hamed', 19.53, 33.33, 'SD', CI)
P('Omdurman', 15.6445, 32.4777, 'SD', CI)
P('Nubian Desert', 20.5, 33.5, 'SD', NF)
P('Atbara River', 17.7, 34.0, None, NF)
P('Atbara (town)', 17.7, 33.98, 'SD', CI, 'Atbara')
P('Kitchener, Ontario', 43.4516, -80.4925, 'CA', CI)
P('Woking', 51.3169, -0.56, 'GB', CI)
P('Surrey', 51.27, -0.34, 'GB', R)
P('Birmingham', 52.4862, -1.8904, 'GB', CI)
P('Gladstone, Queensland', -23.8427, 151.2555, 'AU', CI)
P('Queensland', -20.9, 142.7, 'AU', R)
P('Dongola, Illinois', 37.36, -89.165, 'US', CI)
P('Illinois', 40.0, -89.0, 'US', R)
P('Vermont', 44.0, -72.7, 'US', R)
P('Wisconsin', 44.5, -89.5, 'US', R)
P('Michigan', 44.3, -85.6, 'US', R)

# ---------- non-places (why)
ORG, LAW, DEM, SHIP, EV, PUB, ST, OTH = ('organisation', 'treaty/agreement/law', 'demonym/adjective', 'ship/vehicle',
    'event/battle/war', 'publication/newspaper', 'street/building named after a place or person', 'other')
NP = {
 ORG: ['Suez Canal Company', 'United Nations Security Council', 'AP Photo', 'AP', 'NATO', 'Suez Canal Users’ Association',
       'SCUA', 'U.N.', 'United Nations', 'UN', 'Warsaw Treaty Organization', 'North Atlantic Treaty Organization',
       'Library of Congress', 'Prints and Photographs Division', 'U.S. Senate', 'U.S. Congress', 'Congress',
       'Organization of Petroleum Exporting Countries', 'OPEC', 'U.S. News & World Report Magazine Photograph Collection',
       'Seven Sisters', 'International Energy Agency', 'Foreign Office', 'U.S. Department of State', 'Department of State',
       'Supreme Command of Allied Powers', 'SCAP', 'Allied Council', 'Japanese Army', 'Japanese Government', 'U.S. Government',
       'Allied Powers', 'Allies', 'Qing Government', 'Imperial Maritime Customs Service', 'Chinese Government',
       'Deutsches Bundesarchiv', 'Pakistani Army', 'Indian Army', 'Security Council', 'Southeast Asia Treaty Organization', 'SEATO',
       'Central Treaty Organization', 'CENTO', 'Pakistani Government', 'Axis Powers', 'Axis', 'British Government',
       'British and French Governments', 'Chinese Communist Party', '25th Infantry Division', 'Supreme Commander of the Allied Powers',
       'St. Lawrence Seaway Authority', 'Saint Lawrence Seaway Development Corporation', 'Ontario Hydro', 'Christiania Bank',
       'Parliament', 'Nile Voyageurs', 'Desert Column', 'River Column', '21st Lancers', 'Gordon Memorial College',
       'University of Khartoum', "Gordon's School", 'Atlantic Alliance', 'Soviet government', 'Allied'],
 LAW: ['Warsaw Pact', 'Pact', 'Clayton-Bulwer Treaty', 'Hay-Pauncefote Treaty', 'Hay-Bunau-Varilla Treaty', 'Eisenhower Doctrine',
       'Potsdam Declaration', 'Monroe Doctrine', 'Roosevelt Corollary', 'Treaty of Tianjin', 'Limited Test Ban Treaty',
       'Nuclear Nonproliferation Treaty', 'Antiballistic Missile Treaty', 'Helsinki Final Act', 'SALT II', 'SALT',
       'Baghdad Pact', 'Resolution 211', 'Five Power Treaty', 'Five-Power Treaty', 'London Naval Treaty', 'Geneva Agreements',
       'Treaty of San Francisco', 'San Francisco Treaty', 'United States-Japanese Security Treaty', 'First Egyptian-Israeli Disengagement Agreement',
       'Wiley-Dondero Act', 'Washington and London treaties', 'Tashkent agreement'],
 DEM: ['Egyptian', 'British', 'French', 'European', 'Middle Eastern', 'Soviet', 'Soviets', 'Israeli', 'Eastern European',
       'Western European', 'East European', 'American', 'Americans', 'Anglo-American', 'Central American', 'Colombian', 'Panamanian',
       'Japanese', 'Arab', 'Arab-Israeli', 'Europeans', 'Russian', 'Russians', 'Chinese', 'Western', 'Sino-Soviet',
       'Indian', 'Pakistani', 'Muslim', 'Hindu', 'Southeast Asian', 'Asian', 'Thai', 'Korean', 'Canadian', 'Mohawk', 'Spanish',
       'German', 'Norwegian', 'Norwegians', 'Manchurian', 'English', 'Ojibwe', 'Peruvian', 'Swede', 'Polynesians', 'Ethiopian',
       'Mahdists', 'Austrian', 'Egyptians', 'Italian', 'Allied'],
 SHIP: ['B-29', 'B-29s', 'Britannia', "D'Iberville", 'Guardian Rios', 'Tirpitz', 'HMS Beagle', 'Tamara', 'Ra II'],
 EV: ['Suez Crisis', 'World War I', 'World War II', 'Second World War', 'First World War', 'Great Depression', 'Cold War',
      'Civil War', 'Opium War', 'Opium Wars', 'First Opium War', 'Second Opium War', 'Cuban Missile Crisis', 'Conference on Security and Co-operation in Europe',
      'Conference on Security and Cooperation in Europe', 'Strategic Arms Limitations Talks', 'India-Pakistan War', 'First India-Pakistan War',
      'Bandung Conference', 'Potsdam Conference', 'London Naval Conference', 'London Conference', 'Washington Conference', 'Washington conference',
      'Korean War', 'Vietnam War', '1973 Oil Embargo', 'Oil Embargo', 'Interwar Period', 'Battle of Omdurman', 'Red River expedition', 'Nile Expedition',
      'WWII', 'Alaska purchase', 'Arab-Israeli War', 'Berlin Blockade', 'Sino-Soviet split', 'Pacific conflict'],
 PUB: ['Chicago Tribune', 'The Times', 'The River War'],
 ST: ['Khartoum Road', 'Gordon Street'],
 OTH: ['Lost Villages', 'Academy Award', 'Kon-Tiki Viracocha', 'Strategic Petroleum Reserve', 'Project Independence', 'Third World',
       'Manifest Destiny', 'State of the Union', 'Big Stick', '38th parallel', '17th parallel', 'Reverse Course', 'Open Door', 'Mahdi'],
}
for why, lst in NP.items():
    for t in lst:
        FORMS.setdefault(t, ('N', why))

# ---------- people: label -> (flag named-like-a-place, forms)
PEOPLE = {
 'Gamal Abdel Nasser (President of Egypt, 1918–1970)': (True, ['Gamal Abdel Nasser', 'Nasser']),
 'Tom Fitzsimmons (photographer)': (False, ['Tom Fitzsimmons']),
 'Dwight D. Eisenhower (President, 1890–1969)': (False, ['Dwight D. Eisenhower', 'Eisenhower']),
 'John Foster Dulles (Secretary of State, 1888–1959)': (True, ['John Foster Dulles']),
 'Anthony Eden (Prime Minister, 1897–1977)': (True, ['Anthony Eden', 'Eden']),
 'Harold Macmillan (Prime Minister, 1894–1986)': (False, ['Harold Macmillan']),
 'Theodore Roosevelt (President, 1858–1919)': (True, ['Theodore Roosevelt']),
 'Ferdinand de Lesseps (diplomat, 1805–1894)': (False, ['Ferdinand de Lesseps', 'de Lesseps']),
 'John Hay (Secretary of State, 1838–1905)': (True, ['John Hay']),
 'Tomás Herrán (Colombian diplomat, 1843–1904)': (False, ['Tomás Herrán']),
 'Philippe Bunau-Varilla (engineer, 1859–1940)': (False, ['Philippe Bunau-Varilla', 'Bunau-Varilla']),
 'Franklin D. Roosevelt (President, 1882–1945)': (True, ['Franklin Roosevelt', 'Franklin D. Roosevelt']),
 'Harry S. Truman (President, 1884–1972)': (False, ['Harry Truman', 'Truman']),
 'Joseph Stalin (Soviet leader, 1878–1953)': (False, ['Joseph Stalin', 'Stalin']),
 'Gar Alperovitz (historian, b. 1936)': (False, ['Gar Alperovitz']),
 'Richard Nixon (President, 1913–1994)': (False, ['Richard M. Nixon', 'Nixon']),
 'Henry Kissinger (Secretary of State, 1923–2023)': (False, ['Henry Kissinger', 'Kissinger']),
 'Gerald R. Ford (President, 1913–2006)': (False, ['Gerald R. Ford']),
 'Warren K. Leffler (photographer, 1926–2014)': (True, ['Warren K. Leffler']),
 'Douglas MacArthur (General, 1880–1964)': (False, ['Douglas A. MacArthur', 'Douglas MacArthur', 'MacArthur']),
 'Hirohito (Emperor of Japan, 1901–1989)': (False, ['Hirohito']),
 'Prince Gong (Qing statesman, 1833–1898)': (False, ['Prince Gong']),
 'Felice Beato (photographer, 1832–1909)': (False, ['Felice Beato']),
 'John E. Ward (diplomat, 1814–1902)': (False, ['John Ward']),
 'John Gast (painter, 1842–1896)': (False, ['John Gast']),
 'Bill Clinton (President, b. 1946)': (True, ['William J. Clinton', 'Bill Clinton']),
 'J. Scott Applewhite (photographer)': (False, ['J. Scott Applewhite']),
 'Mikhail Gorbachev (Soviet leader, 1931–2022)': (False, ['Mikhail Gorbachev']),
 'Dean Acheson (Secretary of State, 1893–1971)': (False, ['Dean Acheson', 'Acheson']),
 'Kim Il Sung (North Korean leader, 1912–1994)': (False, ['Kim Il Song', 'Kim']),
 'Syngman Rhee (South Korean President, 1875–1965)': (False, ['Syngman Rhee']),
 'Yoshida Shigeru (Prime Minister of Japan, 1878–1967)': (False, ['Yoshida Shigeru']),
 'Chiang Kai-shek (ROC leader, 1887–1975)': (False, ['Chiang Kai-shek']),
 # panel: seaway
 'Queen Elizabeth II (1926–2022)': (False, ['Queen Elizabeth II']),
 'René-Robert Cavelier de La Salle (explorer, 1643–1687)': (True, ['René-Robert Cavelier de La Salle']),
 'Louis St. Laurent (Prime Minister of Canada, 1882–1973)': (True, ['Louis St. Laurent']),
 'John Diefenbaker (Prime Minister of Canada, 1895–1979)': (False, ['John Diefenbaker']),
 'Lionel Chevrier (Seaway Authority president, 1903–1987)': (False, ['Lionel Chevrier']),
 'Robert Moses (New York official, 1888–1981)': (False, ['Robert Moses']),
 'Robert Saunders (Ontario Hydro chairman, 1903–1955)': (False, ['Robert Saunders']),
 'Moses Cleaveland (surveyor, 1754–1806)': (True, ['Moses Cleaveland']),
 'Prince Arthur, Duke of Connaught (1850–1942)': (False, ['Prince Arthur']),
 'Queen Victoria (1819–1901)': (True, ['Queen Victoria']),
 'Arthur Stilwell (railroad promoter, 1859–1928)': (False, ['Arthur Stilwell']),
 'Daniel Greysolon, Sieur du Lhut (explorer, 1639–1710)': (True, ['Daniel Greysolon, Sieur du Lhut']),
 'Jacques Cartier (explorer, 1491–1557)': (False, ['Jacques Cartier']),
 # panel: kon-tiki
 'Thor Heyerdahl (explorer, 1914–2002)': (False, ['Thor Heyerdahl', 'Heyerdahl']),
 'José Bustamante y Rivero (President of Peru, 1894–1989)': (False, ['José Bustamante y Rivero']),
 'Alexander von Humboldt (naturalist, 1769–1859)': (True, ['Alexander von Humboldt']),
 'Charles Darwin (naturalist, 1809–1882)': (True, ['Charles Darwin']),
 'Herman Watzinger (engineer, 1910–1986)': (False, ['Herman Watzinger']),
 'Erik Hesselberg (navigator, 1914–1972)': (False, ['Erik Hesselberg']),
 'Knut Haugland (radio operator, 1917–2009)': (False, ['Knut Haugland']),
 'Torstein Raaby (radio operator, 1918–1964)': (False, ['Torstein Raaby', 'Raaby']),
 'Bengt Danielsson (anthropologist, 1921–1997)': (False, ['Bengt Danielsson']),
 'James Cook (navigator, 1728–1779)': (True, ['James Cook']),
 # panel: khartoum
 'William Ewart Gladstone (Prime Minister, 1809–1898)': (True, ['William Gladstone']),
 'Charles George Gordon (General, 1833–1885)': (True, ['Charles George Gordon', 'Gordon']),
 'Muhammad Ahmad, the Mahdi (1844–1885)': (False, ['Muhammad Ahmad']),
 'William Hicks (Hicks Pasha, 1830–1883)': (False, ['William Hicks']),
 'Osman Digna (Mahdist commander, c. 1840–1926)': (False, ['Osman Digna']),
 'Evelyn Baring, Lord Cromer (1841–1917)': (True, ['Evelyn Baring', 'Lord Cromer']),
 'Frank Power (correspondent, 1858–1884)': (False, ['Frank Power']),
 'Garnet Wolseley (General, 1833–1913)': (True, ['Garnet Wolseley', 'Wolseley']),
 'Herbert Stewart (General, 1843–1885)': (False, ['Herbert Stewart', 'Stewart']),
 'Frederick Burnaby (Colonel, 1842–1885)': (False, ['Frederick Burnaby']),
 'Charles Wilson (officer, 1836–1905)': (False, ['Charles Wilson']),
 'Khalifa Abdallahi (1846–1899)': (False, ['Khalifa Abdallahi']),
 'Herbert Kitchener (field marshal, 1850–1916)': (True, ['Herbert Kitchener']),
 'Winston Churchill (1874–1965)': (True, ['Winston Churchill']),
 'Zubair Pasha (Sudanese merchant, 1830–1913)': (False, ['Zubair Pasha']),
 'Spencer Cavendish, Lord Hartington (1833–1908)': (True, ['Lord Hartington']),
 'Rudolf Slatin (Austrian officer, 1857–1932)': (False, ['Rudolf Slatin']),
 'Samuel de Champlain (explorer, c. 1567–1635)': (True, ['Samuel de Champlain']),
 'Alexander Wiley (Senator, 1884–1967)': (False, ['Alexander Wiley']),
 'George Dondero (Representative, 1883–1968)': (False, ['George Dondero']),
 'Francisco Pizarro (conquistador, c. 1478–1541)': (False, ['Francisco Pizarro']),
 'Jacob Roggeveen (navigator, 1659–1729)': (False, ['Jacob Roggeveen']),
 'Liv Heyerdahl (1916–1969)': (False, ['Liv']),
}
for label, (flag, forms) in PEOPLE.items():
    for f in forms:
        FORMS[f] = ('H', label)

# ---------- per-document forms (override global)
DOC = {
 '1899-1913-panama-canal': {'Roosevelt': ('H', 'Theodore Roosevelt (President, 1858–1919)'),
},
 '1899-1913-roosevelt-and-monroe-doctrine': {'Roosevelt': ('H', 'Theodore Roosevelt (President, 1858–1919)')},
 '1945-1952-atomic': {'Roosevelt': ('H', 'Franklin D. Roosevelt (President, 1882–1945)')},
 '1945-1952-korean-war': {'South': ('P', 'South Korea'), 'North': ('P', 'North Korea')},
 'panel-st-lawrence-seaway-1959': {'Queen': ('H', 'Queen Elizabeth II (1926–2022)'), 'Iroquois': ('P', 'Iroquois, Ontario'),
        'Cornwall': ('P', 'Cornwall, Ontario'), 'Wales': ('P', 'Wales, Ontario'), 'Santa Cruz': ('P', 'Santa Cruz, Ontario'),
        'Long Sault': ('P', 'Long Sault Rapids'), 'Toledo': ('P', 'Toledo, Ohio'), 'Erie': ('P', 'Erie, Pennsylvania'),
        'Port Arthur': ('P', 'Port Arthur, Ontario'), 'New York': ('P', 'New York (state)'), 'Eisenhower': ('H', 'Dwight D. Eisenhower (President, 1890–1969)')},
 'panel-kon-tiki-1947': {'Kon-Tiki': ('N', SHIP), 'Darwin': ('P', 'Darwin'), 'Ottawa River': ('P', 'Ottawa River (Ohio)'),
        'Tigris': ('N', SHIP)},
 'panel-khartoum-1885': {'Mahdi': ('H', 'Muhammad Ahmad, the Mahdi (1844–1885)'), 'Berber': ('P', 'Berber (town)'),
        'Gladstone': ('P', 'Gladstone, Queensland'), 'Kitchener': ('P', 'Kitchener, Ontario'), 'Berlin': ('P', 'Kitchener, Ontario'),
        'Dongola': ('P', 'Dongola'), 'Wolseley company': ('N', ORG)},
}
# ---------- per-sentence overrides: (doc, snippet) -> {form: target}
SENT = [
 ('panel-st-lawrence-seaway-1959', 'His forebears, in turn', {'Washington': ('P', 'Washington, Tyne and Wear')}),
 ('panel-st-lawrence-seaway-1959', 'Long Sault, and the village of Iroquois', {'Long Sault': ('P', 'Long Sault (town)')}),
 ('panel-st-lawrence-seaway-1959', 'The Port Arthur besieged by Japan', {'Port Arthur': ('P', 'Lüshun (Port Arthur)')}),
 ('panel-st-lawrence-seaway-1959', 'And Port Arthur, Texas', {'Port Arthur': ('P', 'Port Arthur, Texas')}),
 ('panel-kon-tiki-1947', 'Lima, Ohio, a railroad town', {'Lima': ('P', 'Lima, Ohio')}),
 ('panel-kon-tiki-1947', 'Indiana has its own Peru', {'Peru': ('P', 'Peru, Indiana')}),
 ('panel-kon-tiki-1947', 'Yet Darwin the naturalist', {'Darwin': ('H', 'Charles Darwin (naturalist, 1809–1882)')}),
 ('panel-kon-tiki-1947', 'His book Kon-Tiki', {'Kon-Tiki': ('N', PUB)}),
 ('panel-khartoum-1885', 'Berber peoples of Morocco', {'Berber': ('N', DEM)}),
 ('panel-khartoum-1885', 'sent Gladstone an open telegram', {'Gladstone': ('H', 'William Ewart Gladstone (Prime Minister, 1809–1898)')}),
 ('panel-khartoum-1885', 'Dongola, Illinois, is a railroad village', {'Dongola': ('P', 'Dongola, Illinois')}),
]
