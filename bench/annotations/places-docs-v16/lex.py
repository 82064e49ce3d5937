# Hand-written lexicon for the v16 set. Values: 'P:key' place, 'N:w' non-place (w in build.WHY),
# 'H:label' person, 'X' claimed but not annotated.  G global, D per document, S per (doc, sentence substring).
# Surfaces "[X] rest" claim and record only X.

C, CI, R, NF, O = 'country', 'city', 'region', 'natural feature', 'other'
P = {
 # countries / polities
 'United States': (39.8, -98.6, 'US', C), 'United Kingdom': (54.0, -2.0, 'GB', C), 'England': (52.5, -1.5, 'GB', C),
 'British Empire': (54.0, -2.0, 'GB', C),
 'France': (46.5, 2.5, 'FR', C), 'Spain': (40.0, -4.0, 'ES', C), 'Portugal': (39.5, -8.0, 'PT', C),
 'Germany': (51.0, 10.0, 'DE', C), 'West Germany': (51.0, 9.0, 'DE', C), 'Russia': (60.0, 90.0, 'RU', C),
 'Soviet Union': (60.0, 90.0, 'SU', C), 'Mexico': (23.6, -102.5, 'MX', C), 'Canada': (56.0, -96.0, 'CA', C),
 'China': (35.0, 105.0, 'CN', C), 'Japan': (36.0, 138.0, 'JP', C), 'Italy': (42.8, 12.5, 'IT', C),
 'Poland': (52.0, 19.4, 'PL', C), 'Turkey': (39.0, 35.0, 'TR', C), 'Australia': (-25.0, 134.0, 'AU', C),
 'New Zealand': (-41.0, 174.0, 'NZ', C), 'India': (22.0, 79.0, 'IN', C), 'Indonesia': (-2.5, 118.0, 'ID', C),
 'Burma': (21.0, 96.0, 'MM', C), 'Pakistan': (30.0, 70.0, 'PK', C), 'Sri Lanka': (7.9, 80.7, 'LK', C),
 'Netherlands': (52.2, 5.3, 'NL', C), 'Laos': (18.0, 103.0, 'LA', C), 'Cambodia': (12.5, 105.0, 'KH', C),
 'Thailand': (15.0, 101.0, 'TH', C), 'Vietnam': (16.0, 107.5, 'VN', C), 'North Vietnam': (21.0, 105.8, 'VN', C),
 'South Vietnam': (11.0, 106.6, 'VN', C), 'Cuba': (21.5, -79.5, 'CU', C), 'Argentina': (-34.0, -64.0, 'AR', C),
 'Iraq': (33.0, 44.0, 'IQ', C), 'Kuwait': (29.3, 47.6, 'KW', C), 'Saudi Arabia': (24.0, 45.0, 'SA', C),
 'Israel': (31.5, 34.8, 'IL', C), 'United Arab Emirates': (24.0, 54.0, 'AE', C), 'Somalia': (6.0, 46.0, 'SO', C),
 'Ethiopia': (9.0, 40.0, 'ET', C), 'Liberia': (6.4, -9.4, 'LR', C), 'Sierra Leone': (8.5, -11.8, 'SL', C),
 'Haiti': (19.0, -72.5, 'HT', C), 'Morocco': (32.0, -6.0, 'MA', C), 'Algeria': (28.0, 2.0, 'DZ', C),
 'Austria-Hungary': (47.5, 16.0, None, C), 'Ottoman Empire': (39.0, 35.0, 'TR', C),
 'Nicaragua': (12.9, -85.2, 'NI', C), 'Dominican Republic': (18.7, -70.2, 'DO', C), 'Korea': (37.5, 127.5, 'KR', C),
 'Republic of Texas': (31.0, -99.0, 'US', C), 'Batavian Republic': (52.2, 5.3, 'NL', C),
 'Yemen': (15.5, 48.0, 'YE', C), 'Mauritius': (-20.3, 57.6, 'MU', C), 'Bahamas': (24.5, -77.5, 'BS', C),
 'South Africa': (-29.0, 24.0, 'ZA', C), 'Orange Free State': (-29.0, 26.0, 'ZA', R),
 'Korean Empire': (37.5, 127.5, 'KR', C), 'Madagascar': (-19.0, 46.7, 'MG', C),
 'Algiers (regency)': (36.75, 3.06, 'DZ', C), 'Tunis (regency)': (36.8, 10.18, 'TN', C), 'Tripoli (regency)': (32.9, 13.18, 'LY', C),
 # cities
 'Boston': (42.36, -71.06, 'US', CI), 'London': (51.51, -0.13, 'GB', CI), 'Philadelphia': (39.95, -75.17, 'US', CI),
 'Paris': (48.86, 2.35, 'FR', CI), 'Passy': (48.857, 2.28, 'FR', CI), 'Saratoga (battlefield)': (43.0, -73.64, 'US', CI),
 'Charleston, South Carolina': (32.78, -79.93, 'US', CI), 'Washington, D.C.': (38.9, -77.04, 'US', CI),
 'Algiers': (36.75, 3.06, 'DZ', CI), 'Tunis': (36.8, 10.18, 'TN', CI), 'Tripoli': (32.9, 13.18, 'LY', CI),
 'New Orleans': (29.95, -90.07, 'US', CI), 'Baltimore': (39.29, -76.61, 'US', CI), 'Detroit': (42.33, -83.05, 'US', CI),
 'Monrovia': (6.3, -10.8, 'LR', CI), 'Berlin': (52.52, 13.4, 'DE', CI), 'West Berlin': (52.5, 13.3, 'DE', CI),
 'Guangzhou': (23.13, 113.26, 'CN', CI), 'Mexico City': (19.43, -99.13, 'MX', CI), 'Geneva': (46.2, 6.15, 'CH', CI),
 'Potsdam': (52.4, 13.06, 'DE', CI), 'Yalta': (44.5, 34.17, 'UA', CI), 'Darwin': (-12.46, 130.84, 'AU', CI),
 'Singapore': (1.35, 103.82, 'SG', CI), 'Hong Kong': (22.3, 114.17, 'HK', R), 'Bandung': (-6.91, 107.61, 'ID', CI),
 'Buenos Aires': (-34.6, -58.38, 'AR', CI), 'Stanley, Falkland Islands': (-51.69, -57.86, 'FK', CI),
 'Kuwait City': (29.37, 47.98, 'KW', CI), 'Mogadishu': (2.05, 45.32, 'SO', CI), 'Tchepone': (16.68, 106.23, 'LA', CI),
 'Astoria, Oregon': (46.19, -123.83, 'US', CI), 'Basra': (30.5, 47.8, 'IQ', CI), 'Lexington, Massachusetts': (42.45, -71.23, 'US', CI),
 'Concord, Massachusetts': (42.46, -71.35, 'US', CI), 'Vienna': (48.21, 16.37, 'AT', CI),
 # regions
 'Massachusetts': (42.3, -71.8, 'US', R), 'New York (state)': (43.0, -75.0, 'US', R), 'New England': (44.0, -71.0, 'US', R),
 'Virginia': (37.5, -78.8, 'US', R), 'South Carolina': (33.8, -80.9, 'US', R), 'Caribbean': (15.0, -75.0, None, R),
 'North Africa': (28.0, 10.0, None, R), 'West Africa': (10.0, -5.0, None, R), 'Africa': (5.0, 20.0, None, R),
 'Europe': (50.0, 10.0, None, R), 'Asia': (35.0, 90.0, None, R), 'North America': (45.0, -100.0, None, R),
 'Central America': (13.0, -86.0, None, R), 'South America': (-15.0, -60.0, None, R), 'East Asia': (35.0, 120.0, None, R),
 'Southeast Asia': (10.0, 105.0, None, R), 'Middle East': (29.0, 42.0, None, R), 'Far East': (35.0, 125.0, None, R),
 'Louisiana (1803 territory)': (40.0, -98.0, 'US', R), 'Mississippi Valley': (35.0, -90.0, 'US', R),
 'Saint-Domingue': (19.0, -72.5, 'HT', R), 'West Florida': (30.5, -88.0, 'US', R), 'American West (trans-Appalachian)': (38.0, -86.0, 'US', R),
 'Maine': (45.3, -69.2, 'US', R), 'Lower Canada': (46.8, -71.2, 'CA', R), 'Connecticut': (41.6, -72.7, 'US', R),
 'Oregon Country': (45.0, -120.0, None, R), 'Oregon': (44.0, -120.5, 'US', R), 'Washington (state)': (47.4, -120.5, 'US', R),
 'British Columbia': (53.7, -127.6, 'CA', R), 'Minnesota Territory': (46.0, -94.0, 'US', R), 'California': (36.8, -119.4, 'US', R),
 'American Southwest': (34.0, -110.0, 'US', R), 'Americas': (10.0, -80.0, None, R), 'Huguang': (30.5, 112.5, 'CN', R),
 'Malaya': (4.0, 102.0, 'MY', R), 'American South': (33.0, -86.0, 'US', R), 'Western Europe': (48.0, 5.0, None, R),
 'Western Hemisphere': (15.0, -75.0, None, R), 'Somaliland': (9.5, 46.0, 'SO', R), 'South Pacific': (-20.0, -150.0, None, R),
 'Southwest Pacific': (-15.0, 160.0, None, R),
 # natural features
 'Mediterranean Sea': (35.0, 18.0, None, NF), 'Atlantic Ocean': (30.0, -40.0, None, NF), 'North Atlantic': (45.0, -35.0, None, NF),
 'Strait of Gibraltar': (35.97, -5.5, None, NF), 'Pacific Ocean': (0.0, -160.0, None, NF), 'Mississippi River': (35.0, -90.0, 'US', NF),
 'Appalachian Mountains': (37.5, -80.0, 'US', NF), 'Rocky Mountains': (44.0, -110.0, None, NF), 'Lake Champlain': (44.5, -73.3, 'US', NF),
 'Great Lakes': (45.0, -84.0, None, NF), 'Long Island': (40.8, -73.2, 'US', NF), 'Bering Strait': (65.8, -169.0, None, NF),
 'Columbia River': (46.2, -123.5, 'US', NF), 'Lake of the Woods': (49.4, -94.9, None, NF), 'Juan de Fuca Strait': (48.3, -124.0, None, NF),
 'Vancouver Island': (49.6, -125.5, 'CA', NF), 'Sherbro Island': (7.5, -12.9, 'SL', NF), 'English Channel': (50.2, -1.0, None, NF),
 'Turkish Straits': (41.0, 29.0, 'TR', NF), 'Annamite Mountains': (17.0, 106.0, None, NF),
 'Falkland Islands': (-51.8, -59.0, 'FK', NF), 'South Georgia': (-54.4, -36.6, 'GS', NF), 'South Sandwich Islands': (-57.8, -26.4, 'GS', NF),
 'South Atlantic': (-30.0, -15.0, None, NF), 'Persian Gulf': (27.0, 51.0, None, NF), 'Arabian Peninsula': (23.0, 45.0, None, NF),
 'Bubiyan Island': (29.8, 48.2, 'KW', NF), 'Warbah Island': (29.97, 48.07, 'KW', NF), 'Khawr Abd Allah': (29.9, 48.3, None, NF),
 'Shatt al-Arab': (30.4, 48.1, None, NF), 'Philippines': (12.0, 122.0, 'PH', C),
 # other
 'White House': (38.8977, -77.0365, 'US', O), 'Oval Office': (38.8973, -77.0374, 'US', O), 'Ho Chi Minh Trail': (16.5, 106.5, 'LA', O),
 'Gedung Merdeka': (-6.92, 107.61, 'ID', O), 'Rumaila oil field': (30.1, 47.4, 'IQ', O), 'Boston Harbor': (42.34, -70.97, 'US', NF),
}

DEM = {w: 'N:d' for w in '''American Americans British French Spanish Spaniards Spaniard German Germans Chinese Japanese Mexican Mexicans
Russian Russians English Algerian Moroccan Portuguese European Canadians Indian Indians African Africans Soviet Soviets Poles
Czechoslovaks Hungarians Argentine Argentines Britons Peruvian Iraqi Iraqis Iranian Kuwaiti Somali Somalis Italian Australian Laotian
Japanese Asian Dutch Bostonians Westerners Antipodean Turkish Arab Kurdish Shiite Liberian Koreans Korean Californios Manchu Irish Latin
Western Ottoman Meo Thai Lenape Boer Batavi Philippine Whig Republican Federalists Jacobins Girondins
Atlantic Allied Allies Nazi Nazis Communist Neutralist Marines'''.split()}
for w in ['Federalists', 'Jacobins', 'Girondins', 'Allies', 'Nazis']:
    DEM[w] = 'N:o'
for w in ['Republican', 'Communist', 'Neutralist', 'Whig']:
    DEM[w] = 'N:x'
DEM['Atlantic'] = 'P:Atlantic Ocean'
DEM['Marines'] = 'N:o'

G = dict(DEM)
G.update({
 'United States': 'P:United States', 'U.S.': 'P:United States', 'America': 'P:United States', 'U. S.': 'P:United States',
 'Great Britain': 'P:United Kingdom', 'Britain': 'P:United Kingdom', 'United Kingdom': 'P:United Kingdom', 'England': 'P:England',
 'British Empire': 'P:British Empire',
 'France': 'P:France', 'Spain': 'P:Spain', 'Portugal': 'P:Portugal', 'Germany': 'P:Germany', 'West Germany': 'P:West Germany',
 'Russia': 'P:Russia', 'Soviet Union': 'P:Soviet Union', 'U.S.S.R.': 'P:Soviet Union', 'Mexico': 'P:Mexico', 'Canada': 'P:Canada',
 'China': 'P:China', "People’s Republic of China": 'P:China', 'Communist China': 'P:China', 'Japan': 'P:Japan', 'Italy': 'P:Italy',
 'Poland': 'P:Poland', 'Turkey': 'P:Turkey', 'Australia': 'P:Australia', 'New Zealand': 'P:New Zealand', 'India': 'P:India',
 'Indonesia': 'P:Indonesia', 'Burma': 'P:Burma', 'Pakistan': 'P:Pakistan', 'Sri Lanka': 'P:Sri Lanka', 'Netherlands': 'P:Netherlands',
 'Laos': 'P:Laos', 'Cambodia': 'P:Cambodia', 'Thailand': 'P:Thailand', 'Vietnam': 'P:Vietnam', 'North Vietnam': 'P:North Vietnam',
 'South Vietnam': 'P:South Vietnam', 'Cuba': 'P:Cuba', 'Argentina': 'P:Argentina', 'Iraq': 'P:Iraq', 'Kuwait': 'P:Kuwait',
 'Saudi Arabia': 'P:Saudi Arabia', 'Israel': 'P:Israel', 'United Arab Emirates': 'P:United Arab Emirates', 'Somalia': 'P:Somalia',
 'Ethiopia': 'P:Ethiopia', 'Liberia': 'P:Liberia', 'Sierra Leone': 'P:Sierra Leone', 'Haiti': 'P:Haiti', 'Morocco': 'P:Morocco',
 'Algeria': 'P:Algeria', 'Austria-Hungary': 'P:Austria-Hungary', 'Ottoman Empire': 'P:Ottoman Empire', 'Nicaragua': 'P:Nicaragua',
 'Dominican Republic': 'P:Dominican Republic', 'Korea': 'P:Korea', 'Philippines': 'P:Philippines',
 'Boston': 'P:Boston', 'London': 'P:London', 'Philadelphia': 'P:Philadelphia', 'Paris': 'P:Paris', 'Berlin': 'P:Berlin',
 'Mexico City': 'P:Mexico City', 'Geneva': 'P:Geneva', 'Potsdam': 'P:Potsdam', 'Yalta': 'P:Yalta', 'Singapore': 'P:Singapore',
 'Hong Kong': 'P:Hong Kong', 'Bandung': 'P:Bandung', 'Buenos Aires': 'P:Buenos Aires', 'Kuwait City': 'P:Kuwait City',
 'Mogadishu': 'P:Mogadishu', 'Washington': 'P:Washington, D.C.', 'Massachusetts': 'P:Massachusetts', 'New England': 'P:New England',
 'South Carolina': 'P:South Carolina', 'Caribbean': 'P:Caribbean', 'Africa': 'P:Africa', 'Europe': 'P:Europe', 'Asia': 'P:Asia',
 'North Africa': 'P:North Africa', 'West Africa': 'P:West Africa', 'North America': 'P:North America', 'Central America': 'P:Central America',
 'South America': 'P:South America', 'East Asia': 'P:East Asia', 'Southeast Asia': 'P:Southeast Asia', 'Middle East': 'P:Middle East',
 'Far East': 'P:Far East', 'Western Europe': 'P:Western Europe', 'Western Hemisphere': 'P:Western Hemisphere',
 'Mediterranean': 'P:Mediterranean Sea', 'Atlantic Ocean': 'P:Atlantic Ocean', 'North Atlantic': 'P:North Atlantic',
 'Pacific': 'P:Pacific Ocean', 'Pacific Ocean': 'P:Pacific Ocean', 'South Pacific': 'P:South Pacific', 'Southwest Pacific': 'P:Southwest Pacific',
 'Rocky Mountains': 'P:Rocky Mountains', 'California': 'P:California', 'Maine': 'P:Maine', 'White House': 'P:White House',
 'Louisiana': 'P:Louisiana (1803 territory)', 'Connecticut': 'P:Connecticut', 'Madagascar': 'P:Madagascar',
 # non-places, global
 'Congress': 'N:o', 'Senate': 'N:o', 'U.S. Senate': 'N:o', 'U.S. Navy': 'N:o', 'Royal Navy': 'N:o', 'British Navy': 'N:o',
 'Parliament': 'N:o', 'British Parliament': 'N:o', 'Supreme Court': 'N:o', 'United Nations': 'N:o', 'U.N.': 'N:o', 'UN': 'N:o',
 'United Nations Security Council': 'N:o', 'Security Council': 'N:o', 'NATO': 'N:o', 'SEATO': 'N:o', 'ANZUS': 'N:o',
 'Department of Defense': 'N:o', 'National Security Council': 'N:o', 'Cabinet': 'N:o', 'Navy': 'N:o', 'U.S. Army': 'N:o',
 'State Department': 'N:o', 'Commonwealth': 'N:o', 'British Commonwealth': 'N:o', 'Constitution': 'N:t',
 'World War I': 'N:e', 'World War II': 'N:e', 'World War One': 'N:e', 'First World War': 'N:e', 'Second World War': 'N:e',
 'Cold War': 'N:e', 'Korean War': 'N:e', 'War of 1812': 'N:e', 'Seven Years’ War': 'N:e', 'Great Depression': 'N:e',
 'French Revolution': 'N:e', 'American Revolution': 'N:e', 'Mexican-American War': 'N:e', 'Iran-Iraq War': 'N:e',
 'Treaty of Ghent': 'N:t', 'Treaty of Versailles': 'N:t', 'Versailles Treaty': 'N:t', 'Treaty of Tianjin': 'N:t',
 'Third World': 'N:x', 'Manifest Destiny': 'N:x', 'New World': 'N:x', 'Anglo-Dutch': 'N:h', 'Franco-American': 'N:h',
 'Pro-British': 'N:h', 'pro-British': 'N:h', 'African-American': 'N:h', 'African-Americans': 'N:h', 'Portuguese-Algerian': 'N:h',
 'U.S.-Soviet': 'N:h', 'U.S.-Canada': 'N:h', 'Anglo-Argentine War': 'N:e', 'Soviet-Polish': 'N:h', 'German-Soviet-Polish': 'N:h',
 'Iraq-Kuwait': 'N:h', 'Laos-North Vietnam': 'N:h', 'U.S.-Somalia': 'N:h', 'U.S.-led': 'N:h', 'Soviet-directed': 'N:h',
 'European-financed': 'N:h', 'North American': 'N:d', 'anti-Chinese': 'N:h', 'Asian-African Conference': 'N:e', 'Asia-Africa Conference': 'N:e',
 'Burlingame-Seward Treaty': 'N:t', 'Burlingame-Seward': 'N:h', 'Webster-Ashburton Treaty': 'N:t', 'Russo-Japanese War': 'N:e',
})

PLACE_LIKE = set('''Franklin Washington Jefferson Madison Monroe Hamilton Adams Randolph Clay Webster Lincoln Taylor Polk Scott Lee Grant
Kearny Stockton Gadsden Livingston Clark Lewis Cook Aberdeen Calhoun Buchanan Forsyth Moultrie Decatur Gage Grenville Roosevelt
Truman Churchill Byrnes Kennedy Harriman Bush Clinton Dole Johnson Wilson Lansing Reagan Thatcher Walters Haig Nott Weinberger
Kirkpatrick Sloat Lincoln Thoreau Tasman Diemen Maurice Nassau Orange Sullivan Gilbert Witte Makarov Trist McClellan Roberts
Eisenhower Acheson Hayden Shultz Jackson Morgan Knox Taft Burlingame Seward Astor Russell Pakenham Attlee Stalin Vergennes Barlow
Shaler Coen Koxinga William Montezuma Nogi Togo'''.split())

# ---------------- per-document entries ----------------
D = {}
S = {}
def d(doc, **_):
    return D.setdefault(doc, {})
def per(doc, label, *surfs):
    m = D.setdefault(doc, {})
    for s in surfs:
        m[s] = 'H:' + label
def add(doc, mapping):
    D.setdefault(doc, {}).update(mapping)
def sent(doc, sub, mapping):
    S[(doc, sub)] = mapping

FRANKLIN = 'Benjamin Franklin (American diplomat and printer, 1706–1790)'
JEFFERSON = 'Thomas Jefferson (Secretary of State, President, 1743–1826)'
MADISON = 'James Madison (President, 1751–1836)'
MONROE = 'James Monroe (diplomat, President, 1758–1831)'
WASHINGTON = 'George Washington (President, 1732–1799)'
HAMILTON = 'Alexander Hamilton (Secretary of the Treasury, 1755–1804)'
NAPOLEON = 'Napoleon Bonaparte (Emperor of the French, 1769–1821)'
VERGENNES = 'Comte de Vergennes (French Foreign Minister, 1719–1787)'
WEBSTER = 'Daniel Webster (Secretary of State, 1782–1852)'
BARLOW = 'Joel Barlow (American diplomat and poet, 1754–1812)'
TRUMAN = 'Harry S. Truman (President, 1884–1972)'
ROOSEVELT_F = 'Franklin D. Roosevelt (President, 1882–1945)'
STALIN = 'Joseph Stalin (Soviet leader, 1878–1953)'
ACHESON = 'Dean Acheson (Secretary of State, 1893–1971)'
KENNEDY = 'John F. Kennedy (President, 1917–1963)'
EISENHOWER = 'Dwight D. Eisenhower (President, 1890–1969)'
BUSH = 'George H. W. Bush (President, 1924–2018)'
LINCOLN = 'Abraham Lincoln (Congressman, President, 1809–1865)'
STOCKTON_R = 'Robert F. Stockton (naval officer, 1795–1866)'
POLK = 'James K. Polk (President, 1795–1849)'

# 1750-1775-parliamentary-taxation
D0 = '1750-1775-parliamentary-taxation'
add(D0, {'New York': 'P:New York (state)', 'Virginia House of Burgesses': 'N:o', 'British East India Company': 'N:o',
 'East India Company': 'N:o', 'Currency Act': 'N:t', 'Stamp Act': 'N:t', 'Stamp Tax': 'N:t', 'Townshend Acts': 'N:t',
 'Intolerable Acts': 'N:t', 'Declaration of Independence': 'N:t', 'Articles of Association': 'N:t',
 'First Continental Congress': 'N:o', 'Continental Congress': 'N:o', 'Boston Tea Party': 'N:e', 'Tea Party': 'N:e',
 'Boston Harbor': 'P:Boston Harbor', 'Lexington': 'P:Lexington, Massachusetts', 'Concord': 'P:Concord, Massachusetts',
 'American Independence': 'X', 'British Government': 'N:o', 'Colonial': 'X',
 'port of [Boston]': 'P:Boston', 'Bostonians': 'N:d'})
per(D0, 'George Grenville (British Prime Minister, 1712–1770)', 'George Grenville', 'Grenville')
per(D0, 'Thomas Gage (British general, governor of Massachusetts, 1719–1787)', 'Thomas Gage', 'Gage')
per(D0, 'George III (King of Great Britain, 1738–1820)', 'King George III')

D1 = '1776-1783-b-franklin'
add(D1, {'Passy': 'P:Passy', 'Saratoga': 'P:Saratoga (battlefield)', 'New World Enlightenment': 'N:x', 'Franklin': 'H:' + FRANKLIN,
})
sent(D1, 'coiffure a la Franklin', {'coiffure a la Franklin': 'N:x'})
per(D1, FRANKLIN, 'Benjamin Franklin', 'Franklin')
per(D1, JEFFERSON, 'Thomas Jefferson', 'Jefferson')
per(D1, VERGENNES, 'Vergennes')

D2 = '1784-1800-citizen-genet'
add(D2, {'Charleston': 'P:Charleston, South Carolina', 'Revolutionary France': 'P:France', 'Little Democrat': 'N:s',
 'Democratic-Republicans': 'N:o', 'Federalists': 'N:o', 'Girondins': 'N:o', 'Jacobins': 'N:o', 'U.S. Cabinet': 'N:o',
 'United States Cabinet': 'N:o', 'Citizen Genêt affair': 'N:e', 'Citizen Genêt Affair': 'N:e', 'Genêt affair': 'N:e',
 'Attorney General': 'X', 'French Government': 'N:o', 'Washington': 'H:' + WASHINGTON, 'Franco-American': 'N:h', 'Secretary of the Treasury': 'X'})
per(D2, 'Edmond-Charles Genêt (French minister to the United States, 1763–1834)', 'Edmond Charles Genêt', 'Genêt', 'Genet', 'Citizen Genêt')
per(D2, WASHINGTON, 'George Washington', 'Washington')
per(D2, JEFFERSON, 'Thomas Jefferson', 'Jefferson')
per(D2, HAMILTON, 'Alexander Hamilton', 'Hamilton')
per(D2, 'William Moultrie (governor of South Carolina, 1730–1805)', 'William Moultrie')
per(D2, 'Edmund Randolph (Attorney General, 1753–1813)', 'Edmund Randolph')
sent(D2, 'calling himself “Citizen Genêt”', {'Citizen Genêt': 'H:Edmond-Charles Genêt (French minister to the United States, 1763–1834)'})

D3 = '1801-1829-barbary-wars'
add(D3, {'Algiers': 'P:Algiers (regency)', 'Tunis': 'P:Tunis (regency)', 'Tripoli': 'P:Tripoli (regency)',
 'Barbary States': 'P:Barbary States', 'Barbary Wars': 'N:e', 'Barbary': 'N:d', 'North African': 'N:d',
 'Kingdom of Portugal': 'P:Portugal', 'Straits of Gibraltar': 'P:Strait of Gibraltar', 'Atlantic': 'N:d',
 'Confederation Government': 'N:o', 'Articles of Confederation': 'N:t', 'United States Marine Corps': 'N:o',
 'U.S. Minister': 'X', 'Dey': 'X', 'Pasha': 'X', 'Sultan': 'X', 'Commodore': 'X'})
P['Barbary States'] = (33.0, 5.0, None, R)
# "Algiers" = the city in some sentences
for sub in ['When the U.S. naval expedition arrived in Algiers', 'ransoming U.S. captives in Algiers', 'bombardment of Algiers']:
    sent(D3, sub, {'Algiers': 'P:Algiers'})
sent(D3, 'American prisoners in Tripoli', {'prisoners in [Tripoli]': 'P:Tripoli'})
sent(D3, 'In Tripoli, Decatur', {'Tripoli': 'P:Tripoli'})
sent(D3, 'Decatur sailed to Tunis and Tripoli', {'Tunis': 'P:Tunis', 'Tripoli': 'P:Tripoli'})
sent(D3, 'weaker Atlantic powers', {'Atlantic': 'N:d'})
per(D3, 'Mohammed ben Abdallah (Sultan of Morocco, 1710–1790)', 'Sidi Muhammad', 'Muhammad')
per(D3, JEFFERSON, 'Thomas Jefferson')
per(D3, BARLOW, 'Joel Barlow')
per(D3, 'Joseph Donaldson (American diplomat, fl. 1795)', 'Joseph Donaldson')
per(D3, 'Richard O’Brien (American consul to Algiers, 1758–1824)', 'Richard O’Brien')
per(D3, 'Yusuf Karamanli (Pasha of Tripoli, 1766–1838)', 'Yusuf Qaramanli', 'Qaramanli')
per(D3, 'Hajji Ali (Dey of Algiers, d. 1815)', 'Hajji Ali')
per(D3, MADISON, 'James Madison')
per(D3, 'Stephen Decatur (naval officer, 1779–1820)', 'Stephen Decatur', 'Decatur')
per(D3, 'Omar Agha (Dey of Algiers, d. 1817)', 'Omar')
per(D3, 'William Shaler (American consul and commissioner, 1778–1833)', 'William Shaler', 'Shaler')
sent(D3, 'Dey Muhammad of Algiers', {'Dey [Muhammad]': 'H:Muhammad I of Algiers (Dey of Algiers, d. 1791)'})
sent(D3, 'Muhammad ultimately followed', {'Muhammad': 'H:Mohammed ben Abdallah (Sultan of Morocco, 1710–1790)'})

D4 = '1801-1829-louisiana-purchase'
add(D4, {'Louisiana Purchase': 'N:e', 'Appalachians': 'P:Appalachian Mountains', 'Mississippi River': 'P:Mississippi River',
 'Mississippi': 'P:Mississippi River', 'Mississippi Valley': 'P:Mississippi Valley', 'New Orleans': 'P:New Orleans',
 'St. Domingue': 'P:Saint-Domingue', 'West Florida': 'P:West Florida', 'Pinckney treaty': 'N:t', 'West': 'P:American West (trans-Appalachian)',
 'French Army': 'N:o', 'Constitutional': 'N:x', 'New World': 'N:x', 'Westerners': 'N:d'})
per(D4, JEFFERSON, 'Thomas Jefferson', 'Jefferson')
per(D4, MONROE, 'James Monroe', 'Monroe')
per(D4, 'Robert R. Livingston (Minister to France, 1746–1813)', 'Robert Livingston', 'Livingston')
per(D4, NAPOLEON, 'Napoleon Bonaparte', 'Napoleon')
sent(D4, 'Napoleon Bonaparte’s plans', {})

D5 = '1801-1829-war-of-1812'
add(D5, {'Napoleonic France': 'P:France', 'Non-Intercourse Acts': 'N:t', 'Americas': 'P:Americas', 'Lake Champlain': 'P:Lake Champlain',
 'Baltimore': 'P:Baltimore', 'Detroit': 'P:Detroit', 'Great Lakes': 'P:Great Lakes', 'Lower Canada': 'P:Lower Canada',
 'Czar of Russia': 'X', 'American Indians': 'N:d', 'Indian': 'N:d', 'Republican': 'N:x',  'Ghent': 'P:Ghent', 'War': 'X', 'Government': 'X'})
P['Ghent'] = (51.05, 3.72, 'BE', CI)
sent(D5, 'Czar of Russia', {'[Russia]': 'P:Russia', 'Czar of [Russia]': 'P:Russia'})
sent(D5, 'Russian campaign', {'Russian campaign': 'N:e'})
per(D5, MADISON, 'Madison')
per(D5, JEFFERSON, 'Thomas Jefferson')
per(D5, NAPOLEON, 'Napoleon')
sent(D5, 'down with England', {})

D6 = '1830-1860-amistad'
add(D6, {'La Amistad': 'N:s', 'Amistad': 'N:s', 'Long Island': 'P:Long Island', 'New York': 'P:New York (state)',
 'Washington': 'N:s', 'Cuba': 'P:Cuba', 'Christian Missionary Association': 'N:o', 'U. S. District Court': 'N:o',
 'Van Buren': 'H:Martin Van Buren (President, 1782–1862)', 'Southern': 'N:d', 'Negro': 'X',
 'Spaniards': 'N:d', 'Queen’s': 'X', 'Amistad Case': 'N:e'})
sent(D6, 'The Amistad Case', {'The Amistad Case': 'N:e'})
per(D6, 'Joseph Cinqué (Sengbe Pieh, leader of the Amistad captives, c. 1814–c. 1879)', 'Joseph Cinqué')
per(D6, 'Nathaniel Jocelyn (painter, 1796–1881)', 'Nathaniel Jocelyn')
per(D6, 'John Forsyth (Secretary of State, 1780–1841)', 'John Forsyth', 'Forsyth')
per(D6, 'John Quincy Adams (President, 1767–1848)', 'John Quincy Adams', 'Adams')
per(D6, WEBSTER, 'Daniel Webster')
sent(D6, 'Queen’s honor', {'[Queen]’s honor': 'H:Isabella II of Spain (Queen of Spain, 1830–1904)'})

D7 = '1830-1860-oregon-territory'
add(D7, {'Oregon Territory': 'P:Oregon Country', 'Oregon Country': 'P:Oregon Country', 'Oregon': 'P:Oregon',
 'British Columbia': 'P:British Columbia', 'Transcontinental Treaty': 'N:t', 'Bering Straits': 'P:Bering Strait',
 'Astoria': 'P:Astoria, Oregon', 'Columbia River': 'P:Columbia River', 'Lake of the Woods': 'P:Lake of the Woods',
 'Minnesota Territory': 'P:Minnesota Territory', 'Juan de Fuca Strait': 'P:Juan de Fuca Strait', 'Vancouver Island': 'P:Vancouver Island',
 'Pacific Fur Company': 'N:o', 'Oregon Trail': 'P:Oregon Trail', 'Southwest': 'P:American Southwest', 'Territory': 'X',
 'Senate': 'N:o', 'Manifest Destiny': 'N:x'})
P['Oregon Trail'] = (42.5, -110.0, 'US', O)
sent(D7, 'present-day Oregon, Washington', {'Washington': 'P:Washington (state)'})
sent(D7, 'Pacific coast', {'Pacific': 'P:Pacific Ocean'})
sent(D7, 'explorations of Lewis and Clark', {'[Lewis] and Clark': 'H:Meriwether Lewis (explorer, 1774–1809)', 'Lewis and [Clark]': 'H:William Clark (explorer, 1770–1838)'})
per(D7, 'Charles Marion Russell (painter, 1864–1926)', 'Charles Marion Russell')
per(D7, 'John Jacob Astor (fur trader, 1763–1848)', 'John Jacob Astor')
per(D7, 'James Cook (navigator, 1728–1779)', 'James Cook')
per(D7, POLK, 'James Polk', 'Polk')
per(D7, 'Richard Pakenham (British Minister to the United States, 1797–1868)', 'Richard Pakenham')
per(D7, 'James Buchanan (Secretary of State, later President, 1791–1868)', 'James Buchanan')
per(D7, 'Lord Aberdeen (British Foreign Secretary, 1784–1860)', 'Lord Aberdeen')
per(D7, 'John C. Calhoun (Senator from South Carolina, 1782–1850)', 'John C. Calhoun')
per(D7, MONROE, 'Monroe')
sent(D7, 'his doctrine', {})

D8 = '1830-1860-liberia'
add(D8, {'American Colonization Society': 'N:o', 'ACS': 'N:o', 'Society': 'X', 'Monrovia': 'P:Monrovia', 'Scherbo Island': 'P:Sherbro Island',
 'Haiti': 'P:Haiti', 'nearMonrovia': 'X', 'Navy': 'N:o', 'Liberian': 'N:d',
 'trans-Atlantic': 'N:h', 'African-American': 'N:h', 'African-Americans': 'N:h'})
per(D8, 'Joseph Jenkins Roberts (first President of Liberia, 1809–1876)', 'Joseph Jenkins Roberts')
per(D8, 'Henry Clay (Senator, 1777–1852)', 'Henry Clay')
per(D8, WEBSTER, 'Daniel Webster')
per(D8, 'John Randolph of Roanoke (Congressman, 1773–1833)', 'John Randolph')
per(D8, JEFFERSON, 'Thomas Jefferson')
per(D8, MADISON, 'James Madison')
per(D8, 'Robert F. Stockton (naval officer, 1795–1866)', 'Robert Stockton')
per(D8, MONROE, 'James Monroe')
per(D8, LINCOLN, 'Abraham Lincoln')

D9 = '1866-1898-burlingame-seward-treaty'
add(D9, {'East': 'P:Far East', 'Chinese Exclusion Act': 'N:t', 'Chinese Government': 'N:o', 'Treaty': 'X', 'Western': 'N:d',
 'Republican Laywer': 'X', 'Republican': 'N:x', 'U.S. Minister': 'X', 'U.S. Representative': 'X',
 'Christianity': 'X'})
per(D9, 'Anson Burlingame (Minister to China, 1820–1870)', 'Anson Burlingame', 'Burlingame')
per(D9, 'William H. Seward (Secretary of State, 1801–1872)', 'William Seward', 'Seward')
sent(D9, 'Republican Laywer', {'Republican': 'N:x'})

D10 = '1899-1913-dollar-diplo'
add(D10, {'U.S. Steel': 'N:o', 'Huguang': 'P:Huguang', 'Canton': 'P:Guangzhou', 'Dollar Diplomacy': 'N:x', 'European-financed': 'N:h'})
per(D10, 'William Howard Taft (President, 1857–1930)', 'William Howard Taft', 'Taft')
per(D10, 'Philander C. Knox (Secretary of State, 1853–1921)', 'Philander C. Knox', 'Knox')
per(D10, 'J. P. Morgan (banker, 1837–1913)', 'J.P. Morgan')

D11 = '1914-1920-wwi'
add(D11, {'English Channel': 'P:English Channel', 'Sussex': 'N:s', 'Sussex pledge': 'N:t', 'Lusitania': 'N:s', 'Arabic': 'N:s',
 'Zimmermann Telegram': 'N:x', 'German Navy': 'N:o', 'German Government': 'N:o', 'Mexican Government': 'N:o', 'House': 'N:o',
 'Allied': 'N:d', 'Allies': 'N:o', 'Cabinet': 'N:o', 'Senators': 'X',})
sent(D11, 'World War I Trenches in France', {'World War I': 'N:e'})
sent(D11, 'U.S. Entry into World War I', {'U.S.': 'P:United States', 'World War I': 'N:e'})
per(D11, 'Woodrow Wilson (President, 1856–1924)', 'Woodrow Wilson', 'Wilson')
per(D11, 'Wilhelm II (German Emperor, 1859–1941)', 'Kaiser Wilhelm II')
per(D11, 'Theobald von Bethmann Hollweg (German Chancellor, 1856–1921)', 'Theobald von Bethmann-Hollweg')
per(D11, 'Johann Heinrich von Bernstorff (German Ambassador to the United States, 1862–1939)', 'Count Johann von Bernstorff')
per(D11, 'Robert Lansing (Secretary of State, 1864–1928)', 'Robert Lansing')
per(D11, 'Arthur Zimmermann (German Foreign Secretary, 1864–1940)', 'Arthur Zimmermann')
sent(D11, '“Zimmermann Telegram’s”', {'Zimmermann Telegram': 'N:x'})

D12 = '1921-1936-london-naval-conf'
add(D12, {'London Naval Conference': 'N:e', 'London Conference': 'N:e', 'Washington Conference': 'N:e',
 'Five Power Treaty': 'N:t', 'Five-Power Treaty': 'N:t', 'London Naval Treaty': 'N:t', 'Treaty': 'X', 'Philippine': 'N:d',
 'U.S. Senate': 'N:o', 'Introduction': 'X', 'Tonnage Restrictions': 'X',})
sent(D12, 'U.S. Shipbuilding After the Conference', {'U.S.': 'P:United States'})
sent(D12, 'renegotiate the Washington and London treaties', {'Washington': 'P:Washington, D.C.', 'London': 'P:London'})

D13 = '1937-1945-potsdam-conf'
add(D13, {'Potsdam Conference': 'N:e', 'Yalta Conference': 'N:e', 'Potsdam Declaration': 'N:t', 'Montreux Convention': 'N:t',
 'Allied Control Commission': 'N:o', 'Council of Foreign Ministers': 'N:o', 'Protocol of the Conference': 'N:t', 'Big Three': 'N:x',
 'Turkish Straits': 'P:Turkish Straits', 'German Government': 'N:o', 'Conference': 'X', 'Secretary of State': 'X', 'Historians': 'X'})
per(D13, STALIN, 'Joseph Stalin', 'Stalin')
per(D13, 'Winston Churchill (British Prime Minister, 1874–1965)', 'Winston Churchill', 'Churchill')
per(D13, 'Clement Attlee (British Prime Minister, 1883–1967)', 'Clement Attlee')
per(D13, TRUMAN, 'Harry Truman', 'Truman')
per(D13, ROOSEVELT_F, 'Franklin D. Roosevelt', 'Roosevelt')
per(D13, 'James F. Byrnes (Secretary of State, 1882–1972)', 'James Byrnes', 'Byrnes')

D14 = '1945-1952-anzus'
add(D14, {'Australia, New Zealand and United States Security Treaty': 'N:t', 'ANZUS Treaty': 'N:t', 'ANZUS Conference': 'N:e',
 'North Atlantic Treaty': 'N:t', 'Pacific Treaty Organization': 'N:o', 'Southeast Asian Treaty Organization': 'N:o',
 'Commonwealth Prime Ministers': 'N:o', 'Chinese Revolution': 'N:e', 'Darwin': 'P:Darwin', 'Malaya': 'P:Malaya',
 'West Berlin': 'P:West Berlin', 'Antipodean': 'N:d', 'New Zealander': 'N:d', 'Western European': 'N:d', 'Treaty': 'X',
 'British Government': 'N:o', 'Allied': 'N:d', 'Atlantic': 'P:Atlantic Ocean'})
per(D14, ACHESON, 'Dean Acheson')
per(D14, TRUMAN, 'Harry Truman')
per(D14, 'George P. Shultz (Secretary of State, 1920–2021)', 'George P. Shultz')
per(D14, 'Bill Hayden (Australian Foreign Minister, 1933–2023)', 'Bill Hayden')

D15 = '1953-1960-bandung-conf'
add(D15, {'Bandung Conference': 'N:e', 'Asian-African Conference': 'N:e', 'Asia-Africa Conference': 'N:e', 'Gedung Merdeka': 'P:Gedung Merdeka',
 'Five Principles of Peaceful Coexistence': 'N:t', 'Eastern Bloc': 'N:x', 'American South': 'P:American South', 'Jim Crow': 'N:x',
 'Brown v. the Board of Education': 'N:t', 'West': 'N:x', 'United States Government': 'N:o', 'anti-American': 'N:h', 'anti-Western': 'N:h'})
per(D15, 'Zhou Enlai (Chinese Premier, 1898–1976)', 'Zhou Enlai')

D16 = '1961-1968-laos-crisis'
add(D16, {'Oval Office': 'P:Oval Office', 'White House Photographs': 'N:x', 'John F. Kennedy Presidential Library and Museum': 'N:o',
 'Pathet Lao': 'N:o', 'Communist-dominated': 'N:h', 'Southeast Asia Treaty Organization': 'N:o', 'Tchepone': 'P:Tchepone',
 'Ho Chi Minh Trail': 'P:Ho Chi Minh Trail', 'Annamite Mountains': 'P:Annamite Mountains', 'Vienna Summit': 'N:e',
 'North Vietnamese Army': 'N:o', 'NVA': 'N:o', 'North Vietnamese': 'N:d', 'Far Eastern Affairs': 'N:o', 'Laos Crisis': 'N:e',
 'Declaration on the Neutrality of Laos': 'N:t', 'International Commission for Supervision and Control in Laos': 'N:o', 'ICC': 'N:o',
 'RAND': 'N:o', 'anti-Communist': 'N:h', 'Communist': 'N:x', 'Ambassador at Large': 'X',
 'Assistant Secretary of State': 'X', 'National Security Advisor': 'X', 'Secretary of Defense': 'X'})
sent(D16, 'Communist China and North Vietnam', {'Communist China': 'P:China'})
per(D16, KENNEDY, 'John F. Kennedy', 'Kennedy')
per(D16, 'Dean Rusk (Secretary of State, 1909–1994)', 'Dean Rusk')
per(D16, 'Robert S. McNamara (Secretary of Defense, 1916–2009)', 'Robert S. McNamara')
per(D16, 'McGeorge Bundy (National Security Advisor, 1919–1996)', 'McGeorge Bundy')
per(D16, 'W. Averell Harriman (Ambassador at Large, 1891–1986)', 'Averell Harriman', 'W. Averell Harriman', 'Harriman')
per(D16, 'Abbie Rowe (White House photographer, 1905–1967)', 'Abbie Rowe')
per(D16, EISENHOWER, 'Eisenhower')
per(D16, 'Phoumi Nosavan (Laotian general, 1920–1985)', 'Nosavan Phoumi', 'Phoumi')
per(D16, 'Kong Le (Laotian neutralist officer, 1934–2014)', 'Kong Le')
per(D16, 'Souvanna Phouma (Laotian Prime Minister, 1901–1984)', 'Souvanna Phouma', 'Phouma')
per(D16, 'Souphanouvong (Pathet Lao leader, 1909–1995; the essay\'s "Souphanouverong")', 'Souphanouverong')
per(D16, 'Nikita Khrushchev (Soviet Premier, 1894–1971; the essay\'s "Khruschev")', 'Nikita Khruschev', 'Khruschev')
sent(D16, 'Eisenhower summarized', {'Eisenhower': 'H:' + EISENHOWER})
sent(D16, 'Eisenhower administration had', {'Eisenhower': 'H:' + EISENHOWER})
sent(D16, 'As the Eisenhower administration', {'Eisenhower': 'H:' + EISENHOWER})
sent(D16, 'The Eisenhower administration was', {'Eisenhower': 'H:' + EISENHOWER})
sent(D16, 'Phouma government', {'Phouma': 'H:Souvanna Phouma (Laotian Prime Minister, 1901–1984)'})

D17 = '1981-1988-south-atlantic'
add(D17, {'Falkland Islands': 'P:Falkland Islands', 'Falklands': 'P:Falkland Islands', 'Islas Malvinas': 'P:Falkland Islands',
 'Malvinas': 'P:Falkland Islands', 'South Georgia': 'P:South Georgia', 'South Sandwich Islands': 'P:South Sandwich Islands',
 'South Atlantic': 'P:South Atlantic', 'Port Stanley': 'P:Stanley, Falkland Islands', 'Argentine Junta': 'N:o', 'Junta': 'N:o',
 'Inter-American Treaty of Reciprocal Assistance': 'N:t', 'Rio Treaty': 'N:t', 'Anglo-Argentine War': 'N:e', 'Latin American': 'N:d',
 'Department of Defense': 'N:o',
 'Gilbert and Sullivan': 'N:x', 'Crisis': 'X', 'Jr.': 'X', 'Spanish': 'N:d', 'Britons': 'N:d',
 'Ambassador to the United Nations': 'X'})
sent(D17, 'Crisis in the South Atlantic', {'[Reagan] Administration': 'H:Ronald Reagan (President, 1911–2004)'})
sent(D17, 'the Reagan administration continued', {'[Reagan] administration': 'H:Ronald Reagan (President, 1911–2004)'})
sent(D17, 'Thatcher government', {'[Thatcher] government': 'H:Margaret Thatcher (British Prime Minister, 1925–2013)'})
per(D17, 'Leopoldo Galtieri (Argentine President, 1926–2003)', 'Galtieri', 'Leopoldo Galtieri')
per(D17, 'Margaret Thatcher (British Prime Minister, 1925–2013)', 'Margaret Thatcher', 'Thatcher')
per(D17, 'Alexander Haig (Secretary of State, 1924–2010)', 'Alexander Haig', 'Alexander M. Haig', 'Haig')
per(D17, 'Ronald Reagan (President, 1911–2004)', 'Ronald Reagan', 'Reagan')
per(D17, 'Jeane Kirkpatrick (Ambassador to the United Nations, 1926–2006)', 'Jeane Kirkpatrick')
per(D17, 'Caspar Weinberger (Secretary of Defense, 1917–2006)', 'Caspar Weinberger', 'Weinberger')
per(D17, 'John Nott (British Defence Secretary, 1932–2024)', 'John Nott')
per(D17, 'Javier Pérez de Cuéllar (UN Secretary-General, 1920–2020)', 'Javier Pérez de Cuéllar')
per(D17, 'Vernon Walters (Ambassador-at-Large, 1917–2002)', 'Vernon Walters')
sent(D17, 'Ronald Reagan administration', {'Ronald Reagan': 'H:Ronald Reagan (President, 1911–2004)'})

D18 = '1989-1992-gulf-war'
add(D18, {'Gulf': 'P:Persian Gulf', 'Gulf War': 'N:e', 'Persian Gulf': 'P:Persian Gulf', 'Arabian Peninsula': 'P:Arabian Peninsula',
 'Warbah': 'P:Warbah Island', 'Warba': 'P:Warbah Island', 'Bubiyan': 'P:Bubiyan Island', 'Bubayan': 'P:Bubiyan Island',
 'Bubiyan Islands': 'P:Bubiyan Island', 'Warbah Islands': 'P:Warbah Island', "Khawr 'Abd Allah": 'P:Khawr Abd Allah',
 "Shatt Al-'Arab": 'P:Shatt al-Arab', 'Al-Basrah': 'P:Basra Vilayet', 'Rumayla oil field': 'P:Rumaila oil field',
 'Ba’athist': 'N:d', 'Ba’th Party': 'N:o', 'Iraqi Republican Guard': 'N:o', 'Revolutionary Guards': 'N:o', 'Iraqi Special Forces': 'N:o',
 'Organization of Petroleum Exporting Countries': 'N:o', 'OPEC': 'N:o', 'United Nations Special Commission': 'N:o', 'UNSCOM': 'N:o',
 'Operation Desert Shield': 'N:e', 'Thanksgiving': 'N:x', 'U.S. Military': 'N:o', 'Coalition': 'X', 'Emir': 'X', 'Crown Prince': 'X',
 'Resolution 660': 'N:t', 'Resolution 661': 'N:t', 'Resolution 663': 'N:t', 'Resolution 678': 'N:t', 'UN Resolution 678': 'N:t',
 'Resolution 686': 'N:t', 'Security Council Resolution 687': 'N:t', 'debt-forgiveness': 'X', 'Senator': 'X', 'South': 'P:Southern Iraq',
 'Ottoman': 'N:d', 'Arab': 'N:d', 'International': 'X'})
P['Basra Vilayet'] = (30.5, 47.8, 'IQ', R)
P['Southern Iraq'] = (31.0, 46.5, 'IQ', R)
per(D18, 'Saddam Hussein (President of Iraq, 1937–2006)', 'Saddam Hussein', 'Saddam', 'Hussein')
per(D18, BUSH, 'George Bush', 'George H.W. Bush', 'Bush')
per(D18, 'Gerald Johnson (Department of Defense photographer)', 'Gerald Johnson')
per(D18, "Abd al-Karim Qasim (Iraqi Prime Minister, 1914–1963)", "'Abd Al-Karim Qasim")
per(D18, 'Bob Dole (Senator, 1923–2021)', 'Robert Dole', 'Dole')
per(D18, 'April Glaspie (U.S. Ambassador to Iraq, 1942– )', 'April Glaspie')

D19 = '1993-2000-somalia'
add(D19, {'Joint Task Force Somalia': 'N:o', 'Operation Restore Hope': 'N:e', 'Operation Provide Comfort': 'N:e',
 'United Nations Operation in Somalia': 'N:o', 'UNOSOM': 'N:o', 'UNOSOM II': 'N:o', 'United Task Force': 'N:o', 'UNITAF': 'N:o',
 'Somali Army': 'N:o', 'Somaliland': 'P:Somaliland', 'Black Hawk': 'N:x', 'Chapter VII': 'N:t', 'U.N. Charter': 'N:t',
 'Resolution 751': 'N:t', 'Presidential Decision Directive 25': 'N:t', 'Directive': 'X', 'Marine': 'N:o', 'Department of Defense': 'N:o'})
per(D19, 'Siad Barre (President of Somalia, 1919–1995)', 'Mohamed Siad Barre', 'Barre')
per(D19, 'Mohamed Farrah Aidid (Somali warlord, 1934–1996)', 'Muhammad Farah Aideed', 'Aideed')
per(D19, BUSH, 'George H.W. Bush')
per(D19, 'Bill Clinton (President, 1946– )', 'Bill Clinton', 'Clinton')
per(D19, 'Joe Gawlowicz (Department of Defense photographer)', 'Joe Gawlowicz')

# ---------------- panels ----------------
P.update({
 # Mexican–American War
 'Nueces River': (27.95, -97.7, 'US', NF), 'Rio Grande': (25.95, -97.45, None, NF), 'Matamoros': (25.87, -97.5, 'MX', CI),
 'Palo Alto Battlefield': (26.02, -97.48, 'US', O), 'Palo Alto, California': (37.44, -122.14, 'US', CI),
 'San Francisquito Creek': (37.45, -122.15, 'US', NF), 'Monterrey': (25.67, -100.31, 'MX', CI), 'Nuevo León': (25.6, -99.9, 'MX', R),
 'Monterey, California': (36.6, -121.89, 'US', CI), 'Alta California': (36.5, -119.5, 'US', R), 'Monterey Bay': (36.8, -121.9, 'US', NF),
 'Hacienda Buena Vista (battlefield)': (25.35, -101.0, 'MX', O), 'Saltillo': (25.42, -100.99, 'MX', CI), 'Coahuila': (27.3, -102.0, 'MX', R),
 'Buena Vista, Virginia': (37.73, -79.35, 'US', CI), 'Buena Vista County': (42.73, -95.15, 'US', R), 'Iowa': (42.0, -93.5, 'US', R),
 'Rough and Ready, California': (39.23, -121.14, 'US', CI), 'American West': (40.0, -110.0, 'US', R),
 'Santa Fe, New Mexico': (35.69, -105.94, 'US', CI), 'New Mexico': (34.5, -106.0, 'US', R), 'San Pasqual': (33.09, -116.95, 'US', O),
 'San Diego': (32.72, -117.16, 'US', CI), 'Los Angeles': (34.05, -118.24, 'US', CI), 'San Francisco': (37.77, -122.42, 'US', CI),
 'Sacramento Valley': (39.5, -122.0, 'US', NF), 'Veracruz': (19.17, -96.13, 'MX', CI), 'Cerro Gordo (pass)': (19.47, -96.68, 'MX', NF),
 'Puebla': (19.04, -98.21, 'MX', CI), 'Valley of Mexico': (19.4, -99.1, 'MX', NF), 'Chapultepec Castle': (19.42, -99.18, 'MX', O),
 'Guadalupe Hidalgo': (19.48, -99.12, 'MX', CI), 'Gustavo A. Madero (borough)': (19.5, -99.11, 'MX', R),
 'Nuevo México (province)': (34.5, -106.0, 'US', R), 'Nevada': (39.0, -117.0, 'US', R), 'Utah': (39.3, -111.7, 'US', R),
 'Arizona': (34.3, -111.7, 'US', R), 'Colorado': (39.0, -105.5, 'US', R), 'Wyoming': (43.0, -107.5, 'US', R),
 'Mesilla Valley': (32.2, -106.8, 'US', NF), 'Gila River': (32.9, -112.9, 'US', NF), 'Gadsden, Alabama': (34.01, -86.01, 'US', CI),
 'Alabama': (32.8, -86.8, 'US', R), 'Fort Brown': (25.9, -97.49, 'US', O), 'Brownsville, Texas': (25.9, -97.5, 'US', CI),
 'Texas': (31.0, -99.0, 'US', R), 'Fort Polk': (31.05, -93.2, 'US', O), 'Louisiana': (31.0, -92.0, 'US', R),
 'Cerro Gordo County': (43.08, -93.26, 'US', R), 'Churubusco, Indiana': (41.23, -85.32, 'US', CI), 'Indiana': (40.0, -86.1, 'US', R),
 'San Ángel': (19.35, -99.19, 'MX', CI), 'Illinois': (40.0, -89.2, 'US', R),
 # Russo-Japanese War
 'Lüshunkou (Port Arthur)': (38.81, 121.26, 'CN', CI), 'Portsmouth, New Hampshire': (43.07, -70.76, 'US', CI),
 'Liaodong Peninsula': (39.5, 122.0, 'CN', NF), 'Dalian': (38.91, 121.6, 'CN', CI), 'Port Arthur, Texas': (29.9, -93.93, 'US', CI),
 'Sabine Lake': (29.85, -93.85, 'US', NF), 'Port Arthur, Ontario': (48.44, -89.22, 'CA', CI), 'Lake Superior': (47.7, -87.5, None, NF),
 'Fort William, Ontario': (48.38, -89.25, 'CA', CI), 'Thunder Bay': (48.38, -89.25, 'CA', CI), 'Ontario': (50.0, -85.0, 'CA', R),
 'Incheon': (37.46, 126.7, 'KR', CI), 'Seoul': (37.57, 126.98, 'KR', CI), 'Yalu River': (40.1, 124.4, None, NF),
 'Nanshan (Jinzhou)': (39.08, 121.72, 'CN', NF), 'Petropavlovsk-Kamchatsky': (53.02, 158.65, 'RU', CI), 'Kamchatka': (56.0, 160.0, 'RU', NF),
 '203 Metre Hill': (38.83, 121.22, 'CN', NF), 'Shenyang': (41.8, 123.43, 'CN', CI), 'Harbin': (45.75, 126.65, 'CN', CI),
 'Songhua River': (45.8, 126.6, 'CN', NF), 'Chinese Eastern Railway': (46.0, 125.0, 'CN', O), 'Trans-Siberian Railway': (55.0, 90.0, 'RU', O),
 'Lake Baikal': (53.5, 108.0, 'RU', NF), 'Manchuria': (45.0, 125.0, 'CN', R), 'Moscow': (55.76, 37.62, 'RU', CI),
 'Liepāja': (56.51, 21.01, 'LV', CI), 'Baltic Sea': (58.0, 20.0, None, NF), 'Dogger Bank': (54.7, 2.5, None, NF), 'North Sea': (56.0, 3.0, None, NF),
 'Hull': (53.74, -0.33, 'GB', CI), 'Nosy Be': (-13.33, 48.27, 'MG', NF), 'Cam Ranh Bay': (11.9, 109.2, 'VN', NF),
 'French Indochina': (16.0, 106.0, None, R), 'Tsushima Strait': (34.0, 129.5, 'JP', NF), 'Kyushu': (33.0, 131.0, 'JP', NF),
 'Sea of Japan': (40.0, 135.0, None, NF), 'Portsmouth Naval Shipyard': (43.08, -70.74, 'US', O), 'Kittery, Maine': (43.09, -70.74, 'US', CI),
 'New Hampshire': (43.7, -71.6, 'US', R), 'Piscataqua River': (43.08, -70.75, 'US', NF), 'Portsmouth, England': (50.8, -1.09, 'GB', CI),
 'Hampshire': (51.06, -1.31, 'GB', R), 'Wentworth Hotel': (43.06, -70.72, 'US', O), 'New Castle, New Hampshire': (43.07, -70.72, 'US', CI),
 'Kwantung Leased Territory': (39.0, 121.7, 'CN', R), 'Changchun': (43.82, 125.32, 'CN', CI), 'South Manchuria Railway': (42.0, 123.5, 'CN', O),
 'Sakhalin': (50.0, 143.0, 'RU', NF), 'Karafuto': (47.5, 142.5, 'RU', R), 'Hibiya Park': (35.67, 139.76, 'JP', O), 'Tokyo': (35.68, 139.69, 'JP', CI),
 'Odessa': (46.48, 30.72, 'UA', CI),
 # Dutch East India Company
 'Manhattan': (40.78, -73.97, 'US', NF), 'Cape of Good Hope': (-34.36, 18.47, 'ZA', NF), 'Amsterdam': (52.37, 4.9, 'NL', CI),
 'Middelburg': (51.5, 3.61, 'NL', CI), 'Zeeland': (51.5, 3.8, 'NL', R), 'Delft': (52.01, 4.36, 'NL', CI), 'Rotterdam': (51.92, 4.48, 'NL', CI),
 'Hoorn': (52.64, 5.06, 'NL', CI), 'Enkhuizen': (52.7, 5.29, 'NL', CI), 'Jakarta': (-6.2, 106.85, 'ID', CI), 'Java': (-7.5, 110.0, 'ID', NF),
 'Rhine': (51.85, 6.0, None, NF), 'Batavia, New York': (43.0, -78.19, 'US', CI), 'Houtman Abrolhos': (-28.7, 113.8, 'AU', NF),
 'Western Australia': (-25.0, 122.0, 'AU', R), 'Maluku Islands': (-3.0, 129.0, 'ID', NF), 'Banda Islands': (-4.53, 129.9, 'ID', NF),
 'Run (island)': (-4.55, 129.68, 'ID', NF), 'New York City': (40.71, -74.0, 'US', CI), 'Fort Orange': (42.65, -73.75, 'US', O),
 'Hudson River': (42.6, -73.8, 'US', NF), 'Albany, New York': (42.65, -73.76, 'US', CI), 'Red Sea': (20.0, 38.5, None, NF),
 'Malacca': (2.19, 102.25, 'MY', CI), 'Cape Town': (-33.92, 18.42, 'ZA', CI), 'Dejima': (32.74, 129.87, 'JP', O),
 'Nagasaki': (32.75, 129.88, 'JP', CI), 'Coromandel Coast': (12.0, 80.0, 'IN', R), 'Pulicat': (13.42, 80.32, 'IN', CI),
 'Bengal': (23.0, 89.0, None, R), 'Chinsurah': (22.9, 88.39, 'IN', CI), 'Hooghly River': (22.9, 88.4, 'IN', NF),
 'Makassar': (-5.14, 119.42, 'ID', CI), 'Sulawesi': (-2.0, 121.0, 'ID', NF), 'Taiwan (island)': (23.7, 121.0, 'TW', NF),
 'Malabar Coast': (11.0, 75.5, 'IN', R), 'Kochi': (9.93, 76.26, 'IN', CI), 'Mocha': (13.32, 43.25, 'YE', CI),
 'Cape York Peninsula': (-12.5, 142.5, 'AU', NF), 'Tasmania': (-42.0, 146.6, 'AU', R), 'Nassau': (25.06, -77.35, 'BS', CI),
 'Orange River': (-29.0, 23.0, 'ZA', NF), 'Hastings': (50.85, 0.57, 'GB', CI), 'Sunda Strait': (-6.0, 105.8, 'ID', NF),
 'Saint Helena': (-15.95, -5.7, 'SH', NF), 'Texel': (53.07, 4.8, 'NL', NF), 'Jingdezhen': (29.27, 117.18, 'CN', CI),
 'Dutch East Indies': (-2.5, 118.0, 'ID', R), 'New York (state)': (43.0, -75.0, 'US', R),
})
PLACE_LIKE |= {'Santa Anna', 'Kearny', 'Stockton', 'Montezuma', 'Polk', 'Togo', 'Potemkin', 'Roosevelt', 'Witte', 'Tasman', 'Diemen',
               'Nassau', 'Orange', 'Maurice', 'Lee', 'Grant', 'Scott', 'Lincoln', 'Thoreau', 'Gadsden', 'Taylor', 'Trist'}

MX = 'panel-mexican-american-war'
TAYLOR = 'Zachary Taylor (general, President, 1784–1850)'
add(MX, {'Mexican–American War': 'N:e', 'New Border': 'X', 'Republic of Texas': 'P:Republic of Texas', 'Mexico City': 'P:Mexico City',
 'Nueces River': 'P:Nueces River', 'Rio Grande': 'P:Rio Grande', 'Río Bravo del Norte': 'P:Rio Grande', 'Matamoros': 'P:Matamoros',
 'Battle of Palo Alto': 'N:e', '[Palo Alto] was a plain': 'P:Palo Alto Battlefield', 'town of [Palo Alto]': 'P:Palo Alto, California',
 'San Francisquito Creek': 'P:San Francisquito Creek', 'Resaca de la Palma': 'N:e', 'Monterrey': 'P:Monterrey', 'Nuevo León': 'P:Nuevo León',
 'Monterey': 'P:Monterey, California', 'Alta California': 'P:Alta California', 'Monterey Bay': 'P:Monterey Bay',
 'Buena Vista': 'P:Hacienda Buena Vista (battlefield)', 'Saltillo': 'P:Saltillo', 'Coahuila': 'P:Coahuila',
 'Buena Vista County': 'P:Buena Vista County', 'Iowa': 'P:Iowa', 'Virginia': 'P:Virginia', 'Old Rough and Ready': 'H:' + TAYLOR,
 'Rough and Ready': 'P:Rough and Ready, California', 'West': 'P:American West', 'Army of the West': 'N:o',
 'Santa Fe': 'P:Santa Fe, New Mexico', 'New Mexico': 'P:New Mexico', 'San Pasqual': 'P:San Pasqual', 'San Diego': 'P:San Diego',
 'Los Angeles': 'P:Los Angeles', 'Californios': 'N:d', 'Treaty of Cahuenga': 'N:t', 'Yerba Buena': 'P:San Francisco',
 'San Francisco': 'P:San Francisco', 'Sacramento Valley': 'P:Sacramento Valley', 'Veracruz': 'P:Veracruz', 'U.S. Army': 'N:o',
 'Cerro Gordo': 'P:Cerro Gordo (pass)', 'Puebla': 'P:Puebla', 'Valley of Mexico': 'P:Valley of Mexico', 'Chapultepec Castle': 'P:Chapultepec Castle',
 'Niños Héroes': 'N:x', 'Marines': 'N:o', 'Halls of Montezuma': 'N:x', 'State Department': 'N:o', 'Guadalupe Hidalgo': 'P:Guadalupe Hidalgo',
 'Gustavo A. Madero': 'P:Gustavo A. Madero (borough)', 'Nuevo México': 'P:Nuevo México (province)', 'Nevada': 'P:Nevada', 'Utah': 'P:Utah',
 'Arizona': 'P:Arizona', 'Colorado': 'P:Colorado', 'Wyoming': 'P:Wyoming', 'Gadsden Purchase': 'N:t', 'Mesilla Valley': 'P:Mesilla Valley',
 'Gila River': 'P:Gila River', '[Gadsden], Alabama': 'P:Gadsden, Alabama', 'Alabama': 'P:Alabama', 'Fort Brown': 'P:Fort Brown',
 'Brownsville': 'P:Brownsville, Texas', 'Texas': 'P:Texas', 'Fort Polk': 'P:Fort Polk', 'Louisiana': 'P:Louisiana',
 'Cerro Gordo County': 'P:Cerro Gordo County', 'Churubusco': 'P:Churubusco, Indiana', 'Indiana': 'P:Indiana',
 "Saint Patrick's Battalion": 'N:o', 'San Ángel': 'P:San Ángel', 'Wilmot Proviso': 'N:t', 'Compromise of 1850': 'N:t',
 'Concord': 'P:Concord, Massachusetts', 'Illinois': 'P:Illinois', 'Whig': 'N:x', 'Mexicans': 'N:d'})
sent(MX, 'gave its name to Buena Vista, Virginia', {'Buena Vista': 'P:Buena Vista, Virginia'})
per(MX, POLK, 'James K. Polk', 'Polk')
per(MX, TAYLOR, 'Zachary Taylor', 'Taylor')
per(MX, 'John D. Sloat (naval officer, 1781–1867)', 'John D. Sloat')
per(MX, 'Antonio López de Santa Anna (Mexican general and president, 1794–1876)', 'Antonio López de Santa Anna')
per(MX, 'Stephen W. Kearny (general, 1794–1848)', 'Stephen W. Kearny', 'Kearny')
per(MX, STOCKTON_R, 'Robert F. Stockton')
per(MX, 'Winfield Scott (general, 1786–1866)', 'Winfield Scott', 'Scott')
per(MX, 'Robert E. Lee (officer, later Confederate general, 1807–1870)', 'Robert E. Lee')
per(MX, 'Ulysses S. Grant (officer, later President, 1822–1885)', 'Ulysses S. Grant')
per(MX, 'George B. McClellan (officer, later general, 1826–1885)', 'George McClellan')
per(MX, 'Nicholas Trist (diplomat, 1800–1874)', 'Nicholas Trist')
per(MX, 'James Gadsden (diplomat, 1788–1858)', 'James Gadsden')
per(MX, 'Leonidas Polk (bishop and Confederate general, 1806–1864)', 'Leonidas Polk')
per(MX, 'Henry David Thoreau (writer, 1817–1862)', 'Henry David Thoreau')
per(MX, LINCOLN, 'Abraham Lincoln')
sent(MX, 'named after the same man', {'[Gadsden], Alabama': 'P:Gadsden, Alabama'})

RJ = 'panel-russo-japanese-war'
PA = 'P:Lüshunkou (Port Arthur)'
add(RJ, {'Port Arthur': PA, 'Lüshun': PA, 'Portsmouth': 'P:Portsmouth, New Hampshire', 'Russo-Japanese War': 'N:e',
 'Russian Pacific Squadron': 'N:o', 'Liaodong Peninsula': 'P:Liaodong Peninsula', 'Dalian': 'P:Dalian', 'Dalny': 'P:Dalian', 'Dairen': 'P:Dalian',
 '[Port Arthur], Texas': 'P:Port Arthur, Texas', 'Texas': 'P:Texas', 'Sabine Lake': 'P:Sabine Lake', '[Port Arthur] on Lake Superior': 'P:Port Arthur, Ontario',
 'Lake Superior': 'P:Lake Superior', 'Fort William': 'P:Fort William, Ontario', 'Thunder Bay': 'P:Thunder Bay', 'Ontario': 'P:Ontario',
 'Varyag': 'N:s', 'Koreets': 'N:s', 'Chemulpo': 'P:Incheon', 'Seoul': 'P:Seoul', 'Incheon': 'P:Incheon', 'Korean Empire': 'P:Korean Empire',
 'Yalu River': 'P:Yalu River', 'Battle of the Yalu': 'N:e', 'Nanshan': 'P:Nanshan (Jinzhou)', 'battleship [Petropavlovsk]': 'N:s',
 'at [Petropavlovsk]': 'P:Petropavlovsk-Kamchatsky', 'Kamchatka': 'P:Kamchatka', '203 Metre Hill': 'P:203 Metre Hill', 'Mukden': 'P:Shenyang',
 'Shenyang': 'P:Shenyang', 'Harbin': 'P:Harbin', 'Sungari River': 'P:Songhua River', 'Chinese Eastern Railway': 'P:Chinese Eastern Railway',
 'Trans-Siberian Railway': 'P:Trans-Siberian Railway', 'Lake Baikal': 'P:Lake Baikal', 'Manchuria': 'P:Manchuria', 'Moscow': 'P:Moscow',
 'Second Pacific Squadron': 'N:o', 'Libava': 'P:Liepāja', 'Baltic Sea': 'P:Baltic Sea', 'Dogger Bank': 'P:Dogger Bank', 'North Sea': 'P:North Sea',
 'Hull': 'P:Hull', 'Nossi-Bé': 'P:Nosy Be', 'Cam Ranh Bay': 'P:Cam Ranh Bay', 'French Indochina': 'P:French Indochina', 'Mikasa': 'N:s',
 'Tsushima Strait': 'P:Tsushima Strait', 'Kyushu': 'P:Kyushu', 'Battle of Tsushima': 'N:e', 'Battle of the Sea of Japan': 'N:e',
 'East Sea': 'P:Sea of Japan', 'Portsmouth Naval Shipyard': 'P:Portsmouth Naval Shipyard', 'Kittery': 'P:Kittery, Maine',
 'Treaty of Portsmouth': 'N:t', 'New Hampshire': 'P:New Hampshire', 'Piscataqua River': 'P:Piscataqua River',
 'port of [Portsmouth]': 'P:Portsmouth, England', 'Hampshire': 'P:Hampshire', 'Wentworth Hotel': 'P:Wentworth Hotel',
 'New Castle': 'P:New Castle, New Hampshire', 'Kwantung Leased Territory': 'P:Kwantung Leased Territory', 'Changchun': 'P:Changchun',
 'South Manchuria Railway': 'P:South Manchuria Railway', 'Sakhalin': 'P:Sakhalin', 'Karafuto': 'P:Karafuto', 'Hibiya Park': 'P:Hibiya Park',
 'Tokyo': 'P:Tokyo', 'Nobel Peace Prize': 'N:x', 'Chōsen': 'P:Korea', 'Potemkin': 'N:s', 'Odessa': 'P:Odessa', 'October Manifesto': 'N:t',
 'Admiral': 'X', 'General': 'X', 'President': 'X'})
per(RJ, 'Stepan Makarov (Russian admiral, 1849–1904)', 'Stepan Makarov')
per(RJ, 'Nogi Maresuke (Japanese general, 1849–1912)', 'Nogi Maresuke')
per(RJ, 'Aleksey Kuropatkin (Russian commander in Manchuria, 1848–1925)', 'Kuropatkin')
per(RJ, 'Zinovy Rozhestvensky (Russian admiral, 1848–1909)', 'Zinovy Rozhestvensky')
per(RJ, 'Tōgō Heihachirō (Japanese admiral, 1848–1934)', 'Togo Heihachiro')
per(RJ, 'Theodore Roosevelt (President, 1858–1919)', 'Theodore Roosevelt', 'Roosevelt')
per(RJ, 'Sergei Witte (Russian statesman, 1849–1915)', 'Sergei Witte')
per(RJ, 'Komura Jutarō (Japanese Foreign Minister, 1855–1911)', 'Komura Jutaro')

VOC = 'panel-dutch-east-india'
JK = 'P:Jakarta'
add(VOC, {'Manhattan': 'P:Manhattan', 'Dutch East India Company': 'N:o', 'Vereenigde Oostindische Compagnie': 'N:o', 'VOC': 'N:o',
 'States General': 'N:o', 'Cape of Good Hope': 'P:Cape of Good Hope', 'Amsterdam': 'P:Amsterdam', 'Middelburg': 'P:Middelburg',
 'Zeeland': 'P:Zeeland', 'Delft': 'P:Delft', 'Rotterdam': 'P:Rotterdam', 'Hoorn': 'P:Hoorn', 'Enkhuizen': 'P:Enkhuizen',
 'Staten Landt': 'P:New Zealand', 'Jayakarta': JK, 'Java': 'P:Java', 'Batavia': JK, 'Jakarta': JK, 'Batavi': 'N:d', 'Rhine': 'P:Rhine',
 '[Batavia], New York': 'P:Batavia, New York', 'New York': 'P:New York (state)', 'Holland Land Company': 'N:o', 'ship [Batavia]': 'N:s',
 'Houtman Abrolhos': 'P:Houtman Abrolhos', 'Western Australia': 'P:Western Australia', 'Moluccas': 'P:Maluku Islands', 'Maluku': 'P:Maluku Islands',
 'Banda Islands': 'P:Banda Islands', 'Banda': 'P:Banda Islands', 'Run': 'P:Run (island)', 'Treaty of Breda': 'N:t',
 'New Amsterdam': 'P:New York City', 'renamed [New York]': 'P:New York City', 'Fort Orange': 'P:Fort Orange', 'Hudson River': 'P:Hudson River',
 'Albany': 'P:Albany, New York', 'Lenape': 'N:d', 'Red Sea': 'P:Red Sea', 'Malacca': 'P:Malacca', 'Ceylon': 'P:Sri Lanka',
 'Cape Town': 'P:Cape Town', 'Dejima': 'P:Dejima', 'Nagasaki': 'P:Nagasaki', 'Coromandel Coast': 'P:Coromandel Coast', 'Pulicat': 'P:Pulicat',
 'Bengal': 'P:Bengal', 'Chinsurah': 'P:Chinsurah', 'Hooghly River': 'P:Hooghly River', 'Makassar': 'P:Makassar', 'Celebes': 'P:Sulawesi',
 'Sulawesi': 'P:Sulawesi', 'Formosa': 'P:Taiwan (island)', 'Taiwan': 'P:Taiwan (island)', 'Malabar Coast': 'P:Malabar Coast',
 'Cochin': 'P:Kochi', 'Mocha': 'P:Mocha', 'Yemen': 'P:Yemen', 'mocha': 'N:r', 'java': 'N:r', 'Cape York Peninsula': 'P:Cape York Peninsula',
 'New Holland': 'P:Australia', "Van Diemen's Land": 'P:Tasmania', 'Tasmania': 'P:Tasmania', 'Mauritius': 'P:Mauritius',
 'Nassau': 'P:Nassau', 'Bahamas': 'P:Bahamas', 'Orange-Nassau': 'N:p', 'Orange River': 'P:Orange River', 'South Africa': 'P:South Africa',
 'House of Orange': 'N:p', 'Orange Free State': 'P:Orange Free State', 'Boer': 'N:d', 'the [Amsterdam], wrecked': 'N:s', 'Hastings': 'P:Hastings',
 'Zeewijk': 'N:s', 'Vergulde Draeck': 'N:s', 'Duyfken': 'N:s', 'Sunda Strait': 'P:Sunda Strait', 'the [Cape]': 'P:Cape of Good Hope',
 'Saint Helena': 'P:Saint Helena', 'Texel': 'P:Texel', 'Delftware': 'N:r', 'Jingdezhen': 'P:Jingdezhen', 'Edam': 'N:r', 'Gouda': 'N:r',
 'Fourth Anglo-Dutch War': 'N:e', 'Batavian Republic': 'P:Batavian Republic', 'Dutch East Indies': 'P:Dutch East Indies',
 'Company': 'X', 'Cloves': 'X', 'Ships': 'X', 'Latin': 'N:d'})
per(VOC, 'Abel Tasman (Dutch navigator, 1603–1659)', 'Abel Tasman', 'Tasman')
per(VOC, 'Jan Pieterszoon Coen (Governor-General of the Dutch East Indies, 1587–1629)', 'Jan Pieterszoon Coen', 'Coen')
per(VOC, 'Jan van Riebeeck (founder of Cape Town, 1619–1677)', 'Jan van Riebeeck')
per(VOC, 'Koxinga (Zheng Chenggong, Ming loyalist, 1624–1662)', 'Koxinga')
per(VOC, 'Willem Janszoon (Dutch navigator, c. 1570–1630)', 'Willem Janszoon')
per(VOC, 'Anthony van Diemen (Governor-General of the Dutch East Indies, 1593–1645)', 'Anthony van Diemen')
per(VOC, 'Maurice of Nassau (Prince of Orange, stadtholder, 1567–1625)', 'Prince Maurice of Nassau')
per(VOC, 'William III (Prince of Orange, King of England, 1650–1702)', 'William III')

# Final list of place-like words in person mentions (surnames that are also well-known place names).
PLACE_LIKE = set('''Franklin Washington Jefferson Madison Monroe Hamilton Adams Randolph Clay Webster Lincoln Taylor Polk Scott Lee Grant
Kearny Stockton Gadsden Livingston Clark Lewis Cook Aberdeen Calhoun Buchanan Forsyth Moultrie Decatur Grenville Roosevelt Churchill
Kennedy Harriman Clinton Wilson Lansing Knox Taft Burlingame Seward Astor Russell Pakenham Vergennes Montezuma Togo Tasman Diemen
Nassau Orange Thoreau'''.split()) | {'Santa Anna'}

# Barbary essay: Algiers, Tunis and Tripoli standing for their regencies are the capitals standing for governments (city keys).
for k in ('Algiers', 'Tunis', 'Tripoli'):
    D['1801-1829-barbary-wars'][k] = 'P:' + k
    del P[k + ' (regency)']
for key in [k for k in S if k[0] == '1801-1829-barbary-wars' and ('Tripoli' in k[1] or 'Algiers' in k[1] or 'Tunis' in k[1])]:
    if key[1] != 'Dey Muhammad of Algiers':
        del S[key]
PLACE_LIKE |= {'Rough and Ready'}
