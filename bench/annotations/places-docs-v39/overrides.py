# Context decisions: doc -> list of (substring of the sentence or None for every sentence, surface, target)
# target: a place key, ('NP', why), ('PER', label) or None (not tagged)
EXTRA = ['New York', 'Ohio', 'Mississippi', 'Victoria', 'Golconda', 'Athens', 'Palmerston', 'Gladstone', 'Lin', 'South']
DC = 'Washington, D.C.'
WP = ('PER', 'George Washington (President, 1732–1799)')
OV = {
 '1776-1783-french-alliance': [(None, 'New York', 'New York City')],
 '1784-1800-french-rev': [],
 '1861-1865-foreword': [(None, 'South', 'Southern United States')],
 '1921-1936-protectionism': [(None, 'Washington', DC), (None, 'White House', ('NP', 'organisation'))],
 '1914-1920-league': [(None, 'Washington', DC)],
 '1981-1988-south-atlantic': [(None, 'Washington', DC), ('(Spanish: Islas Malvinas)', 'Spanish', ('NP', 'demonym/adjective'))],
 '1961-1968-alliance-for-progress': [(None, 'Washington', DC)],
 '1830-1860-texas-annexation': [(None, 'Washington', 'Washington (state)')],
 '1921-1936-naval-conference': [(None, 'Washington', DC)],
 '1945-1952-immigration-act': [(None, 'New York', 'New York (state)')],
 '1866-1898-yellow-journalism': [(None, 'New York', 'New York City'), (None, 'World', ('NP', 'organisation'))],
 'panel-trail-of-tears-1838': [
    ('Hiwassee, Coosa and Tennessee rivers', 'Tennessee', 'Tennessee River'),
    ('down the Tennessee past Muscle Shoals', 'Tennessee', 'Tennessee River'),
    (None, 'Ohio', 'Ohio River'),
    ('along the Ohio and the Mississippi', 'Mississippi', 'Mississippi River'),
    ('Ice on the Mississippi', 'Mississippi', 'Mississippi River'),
    ('from Alabama, Mississippi and Florida', 'Mississippi', 'Mississippi (state)'),
    ('governs from Cherokee, North Carolina', 'Cherokee', 'Cherokee (North Carolina)'),
    ('expecting her own Georgia', 'Georgia', 'Georgia (country)'),
    ('Golconda, Illinois', 'Golconda', 'Golconda (Illinois)'),
    ('from Golconda, the diamond fortress', 'Golconda', 'Golconda (India)'),
    ('Athens, Georgia', 'Athens', 'Athens (Georgia)'),
    ('for Athens in Greece', 'Athens', 'Athens'),
 ],
 'panel-opium-war-1839': [
    ('Canton, Ohio', 'Canton', 'Canton (Ohio)'), ('Canton, Ohio', 'Ohio', 'Ohio (state)'),
    ('another Canton in Massachusetts', 'Canton', 'Canton (Massachusetts)'),
    ('Boston in Lincolnshire', 'Boston', 'Boston (Lincolnshire)'),
    ('was named Victoria, after the queen', 'Victoria', 'Victoria (Hong Kong)'),
    ('British Columbia is also called Victoria', 'Victoria', 'Victoria (British Columbia)'),
    ('Palmerston, the old name of Darwin', 'Palmerston', 'Darwin'),
    ('Neither Palmerston nor the emperor', 'Palmerston', ('PER', 'Lord Palmerston (Foreign Secretary, 1784–1865)')),
    ('Gladstone, a port in Queensland', 'Gladstone', 'Gladstone (Queensland)'),
    (None, 'Lin', ('PER', 'Lin Zexu (commissioner, 1785–1850)')),
 ],
 'panel-gotthard-tunnel-1882': [
    ('Geneva, New York', 'Geneva', 'Geneva (New York)'), ('Geneva, New York', 'New York', 'New York (state)'),
    ('village called Montana', 'Montana', 'Montana (Valais)'),
    ('follows the river Ticino', 'Ticino', 'Ticino (river)'),
    (None, 'South', None),
 ],
}
