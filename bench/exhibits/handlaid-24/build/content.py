"""All texts of hand-laid set 24, and the gold built from them.

Marks inside strings: '|' = a place where the layout interrupts the paragraph (caption, column or page break);
'^x^' = a note mark printed glued to the word. gold() removes both.
"""
import json, re

EX = {}

EX['lusitania_1915'] = dict(
    title=['Eighteen Minutes:', 'The Sinking of the Lusitania'],
    kicker='GALLERY 5 · LINERS AT WAR',
    running=['Kilbarran Maritime Museum', 'Liners at War', 'Page 18', 'Page 19'],
    intro='On 7 May 1915 a German submarine torpedoed the Cunard liner Lusitania off the south coast of Ireland. '
          'She sank in eighteen minutes, and nearly twelve hundred of the people on board lost their lives. The '
          'disaster turned opinion in the United States sharply against Germany.',
    sections=[
        dict(label='Chapter 1', title='The Greyhound of the Atlantic', paras=[
            'When she entered service in 1907, the Lusitania was the largest ship in the world, and within months '
            'she had taken the Blue Riband for the fastest crossing of the Atlantic. Her steam turbines drove four '
            'propellers, and she could keep up about twenty-five knots on the run between Liverpool and New York.',
            'The British government had lent Cunard the money to build her, on condition that she could be taken '
            'over as an armed cruiser in time of war. When war came in 1914 she was judged too costly to run as a '
            'warship, so she went on carrying passengers, though one of her four boiler rooms was closed to save '
            'coal and crew.']),
        dict(label='Chapter 2', title='A Warning in the Newspapers', paras=[
            'In February 1915 Germany declared the waters around Britain and Ireland a war zone, in which merchant '
            'ships could be sunk without warning. On 1 May, the morning the Lusitania left New York, the German '
            'embassy placed a notice in American newspapers reminding travellers that they entered the war zone '
            'at their own risk.',
            'Few passengers cancelled. Most believed that no submarine could catch a ship so fast, and that no '
            'nation would attack a liner full of women and children. Among the 1,959 people aboard were nearly two '
            'hundred Americans, including the millionaire|Alfred Vanderbilt, who was travelling to London on '
            'business with his valet.'],
            caption=dict(pos='Left', text='A third-class ticket for the voyage of 1 May 1915, issued in New York.',
                         credit='Lent by the Harland family')),
        dict(label='Chapter 3', title='Off the Old Head of Kinsale', paras=[
            'On the afternoon of 7 May, in thin sunshine, the liner was about eleven miles off the Irish coast when '
            'she crossed the path of the submarine U-20. Her commander, Walther Schwieger^*^, fired a single '
            'torpedo, which struck the starboard side just behind the bridge.',
            'Moments later a second, larger explosion shook the ship from inside. Its cause is still argued over: '
            'coal dust, a boiler, or the rifle ammunition listed in her cargo have all been blamed. The ship listed '
            'so steeply that many lifeboats could not be launched, and those on the high side swung back against '
            'the hull. She was gone in eighteen minutes, settling by the bow in water not much deeper than she was '
            'long.']),
        dict(label='Chapter 4', title='Outrage and Its Limits', paras=[
            'Fishing boats and steamers from Queenstown picked up the survivors, but 1,198 people died, among them '
            '128 Americans. Many of the dead were brought ashore and buried in mass graves near the town. In Britain '
            'and America newspapers called the sinking murder, and in Liverpool crowds attacked shops owned by '
            'families of German origin.',
            'President Woodrow Wilson protested strongly but kept the United States out of the war. Germany '
            'promised to spare passenger ships, and the promise more or less held until 1917. When unrestricted '
            'submarine warfare began again that year, the memory of the Lusitania helped to bring America into '
            'the war.'],
            caption=dict(pos='Above', text='A deckchair said to have drifted ashore near Kinsale after the sinking.',
                         credit='Photograph: Nuala Brennock')),
    ],
    sidebar=dict(title='Diving on the Wreck', paras=[
        'The Lusitania lies on her starboard side in about ninety metres of water, some eleven miles south of the '
        'Old Head of Kinsale. Divers have visited her since the 1930s, and in 1982 three of her four great '
        'propellers were raised. The hull has slowly collapsed, and the wreck is now protected by the Irish state.']),
    pull='“The sea was strewn with deckchairs, oars and people.”',
    note=('*', '* Schwieger was killed in 1917, when his later boat, U-88, was lost in the North Sea.'),
    table=('The Lusitania in figures', [('Launched', '1906'), ('Length', '240 metres'), ('Gross tonnage', '31,550'),
                                        ('People aboard', '1,959'), ('Lives lost', '1,198')]),
)

EX['jenner_vaccine_1796'] = dict(
    title=['The Cowpox Experiment:', 'Edward Jenner, 1796'],
    kicker='LEAFLET 3 · MEDICINE IN THE VILLAGE',
    running=['Chantry Lane Museum of Country Medicine · Leaflet 3'],
    intro='In May 1796 a country doctor in Gloucestershire scratched a boy’s arm with matter from a milkmaid’s '
          'cowpox sore. The experiment that followed gave the world its first vaccine and, nearly two centuries '
          'later, the end of smallpox.',
    sections=[
        dict(label='A', title='A Disease Everyone Feared', paras=[
            'Smallpox killed perhaps one in three of those who caught it, and it left many survivors scarred or '
            'blind. In eighteenth-century England almost everyone caught it sooner or later. The only protection '
            'was inoculation: a little matter from a smallpox sore was rubbed into a cut, in the hope of a mild '
            'attack that would give lifelong immunity.',
            'Inoculation worked more often than not, but it was dangerous. Some patients died, and every one of '
            'them could pass the disease to others. Edward Jenner, born in 1749 at Berkeley, had been inoculated as '
            'a boy and never forgot the ordeal. Each patient had to be kept apart for weeks until the danger had passed.']),
        dict(label='B', title='What the Milkmaids Knew', paras=[
            'Country people said that dairymaids who had caught cowpox, a mild disease picked up from the udders '
            'of cows, never took smallpox. Jenner, by then a surgeon in his home town, collected such cases for '
            'years and became convinced that the story was true.',
            'On 14 May 1796 he took matter from a sore on the hand of the milkmaid Sarah Nelmes, who had caught '
            'cowpox from a cow named Blossom. He scratched it into the arm of James Phipps, the eight-year-old son '
            'of his|gardener. The boy felt unwell for a day or two and then recovered.'],
            caption=dict(pos='Right', text='A lancet case of the kind Jenner carried on his rounds.',
                         credit='Lent by the Severn Vale Medical Society')),
        dict(label='C', title='The Test', paras=[
            'Six weeks later Jenner inoculated Phipps with real smallpox matter. No illness followed. He repeated '
            'the test some months later, and again the boy stayed well. Jenner tried the method on more children, '
            'passing the cowpox from arm to arm, before he published his results in 1798. Phipps was inoculated many more times over the years and never caught smallpox.',
            'The Royal Society had turned down his first paper, so he brought out the book at his own expense^†^. '
            'He called the cowpox matter vaccine, from vacca, the Latin word for a cow, and the practice soon came '
            'to be known as vaccination.']),
        dict(label='D', title='Across the World', paras=[
            'Doctors in London were doubtful at first, and cartoonists drew vaccinated people sprouting horns. But '
            'within a few years the method had spread across Europe and to America. Jenner sent vaccine abroad '
            'without charge and spent much of his own money answering|letters about it.',
            'Parliament granted him 10,000 pounds in 1802 and a further 20,000 in 1807. He died at Berkeley in '
            '1823. In 1980 the World Health Organization declared that smallpox had been wiped out, the only human '
            'disease ever to be eradicated.'],
            caption=dict(pos='Above', text='A cast of a cow’s horn, made for the village’s Jenner centenary show in 1896.',
                         credit='Collection of the Chantry Lane Museum')),
    ],
    sidebar=dict(title='The Temple of Vaccinia', paras=[
        'In the garden behind his house at Berkeley, Jenner built a small rustic hut of wood and thatch, which he '
        'called the Temple of Vaccinia. There he vaccinated the poor of the parish free of charge. The hut still '
        'stands in the garden, and the house is now a museum.']),
    pull='“A scratch on the arm, a day or two of fever, and then nothing at all.”',
    note=('†', '† An Inquiry into the Causes and Effects of the Variolae Vaccinae, London, 1798.'),
    table=('Jenner in dates', [('Born', '1749'), ('First vaccination', '14 May 1796'), ('Book printed', '1798'),
                              ('Died', '1823')]),
    address=['Chantry Lane Museum', 'of Country Medicine', '4 Chantry Lane, Wotton Stoke', 'Open Tuesday to Sunday, 10–4'],
)

EX['marconi_signal_1901'] = dict(
    title=['Three Dots', 'across', 'the Atlantic'],
    kicker='ROOM 2 · SIGNALS WITHOUT WIRES',
    running=['Trewellan Museum of Telegraphy', 'Signals Without Wires', '9', '10'],
    intro='On 12 December 1901, on a windy hill above St John’s in Newfoundland, Guglielmo Marconi pressed a '
          'telephone receiver to his ear and heard three faint clicks. They had come, he said, from Cornwall, more '
          'than three thousand kilometres away.',
    sections=[
        dict(label='Part I', title='A Young Man from Bologna', paras=[
            'Marconi was born in Bologna in 1874 to an Italian father and an Irish mother. As a young man he read '
            'about the invisible waves that Heinrich Hertz had produced in his laboratory, and in the attic of the '
            'family villa he began building transmitters and receivers of his own.',
            'By 1895 he could send signals past a hill more than a kilometre away. The Italian government showed '
            'little interest, so in 1896 he went to London, where the chief engineer of the Post Office, William '
            'Preece, gave him support. A year later he founded his own company.']),
        dict(label='Part II', title='Poldhu and Cape Cod', paras=[
            'Most scientists believed that radio waves travelled in straight lines, and so could never follow the '
            'curve of the Earth across an ocean. Marconi decided to try anyway. At Poldhu, on the Lizard peninsula '
            'in Cornwall, his company built a powerful transmitter with a great ring of masts.',
            'In September 1901 a gale blew the Poldhu masts down, and in November a storm wrecked the aerial he '
            'was building on Cape Cod. Marconi put up a simpler aerial in Cornwall and sailed for Newfoundland with '
            'two assistants,|George Kemp and Percy Paget, to listen for Poldhu with a kite.'],
            caption=dict(pos='Left', text='A coherer, the glass tube of metal filings used in early receivers.',
                         credit='Lent by the Pendeen Radio Society')),
        dict(label='Part III', title='Signal Hill', paras=[
            'They set up their receiver in an old fever hospital on Signal Hill, above the harbour of St John’s. '
            'A balloon carrying the aerial broke away, so they flew a kite instead, trailing a wire about 150 metres '
            'long. At agreed hours Poldhu sent the letter S in Morse code, three dots, over and over.',
            'Shortly after noon on 12 December Marconi heard the clicks through his earpiece and handed it to '
            'Kemp^*^, who heard them too. They heard them again the next day, though the kite tossed in the wind '
            'and the signals came and went.']),
        dict(label='Part IV', title='Doubt and Success', paras=[
            'Many experts doubted the claim, since no one else had heard the signals and the clicks could have been '
            'static. Marconi answered with a test at sea. In February 1902, aboard the liner Philadelphia, he '
            'received readable messages from Poldhu at more than 2,400 kilometres, witnessed by the ship’s officers.',
            'The waves, it was later understood, were bent back towards the Earth by an electrified layer high in '
            'the atmosphere. By 1907 Marconi’s company was running a regular transatlantic message service, and in '
            '1909 he shared the Nobel Prize in Physics with Karl Ferdinand Braun.'],
            caption=dict(pos='Above', text='A model of the kite aerial flown on Signal Hill, made for the museum in 1951.',
                         credit='Photograph: Tamsin Rowe')),
    ],
    sidebar=dict(title='Were the Signals Real?', paras=[
        'Historians still argue about Signal Hill. The receiver had no tuning, an S of three dots was easy to '
        'imagine in the crackle of static, and later studies suggested that daytime signals of that wavelength '
        'would have been very weak. Yet the sea trials a few weeks later showed that long-distance radio really '
        'worked.']),
    pull='“Three clicks, heard twice, changed what people thought radio could do.”',
    note=('*', '* George Kemp, Marconi’s chief assistant, had worked with him since 1896.'),
    table=('Stations and distances', [('Station', 'Poldhu, Cornwall'), ('Receiver', 'Signal Hill, St John’s'),
                                      ('Distance', 'about 3,500 km'), ('Signal', 'letter S, three dots')]),
)

EX['everest_ascent_1953'] = dict(
    title=['The Summit at Last:', 'Everest, 1953'],
    kicker='PANEL 04',
    running=['Thornbury Hall of Exploration', 'Large-print guide', '1', '2', '3'],
    intro='On 29 May 1953 Edmund Hillary and Tenzing Norgay became the first people known to have stood on the '
          'summit of Mount Everest. Their climb was the work of a large team, and its news reached London on the '
          'morning of a coronation.',
    sections=[
        dict(label='5,300 m', title='An Army of Porters', paras=[
            'The British expedition of 1953 was led by Colonel John Hunt, an army officer chosen for his gift for '
            'organisation. It brought together a team of climbers, a doctor, a physiologist, a film cameraman and a '
            'reporter from The Times, with hundreds of porters who carried the stores from Kathmandu to the foot of '
            'the mountain.',
            'Everest had turned back every expedition since the first British attempts in the 1920s. A Swiss team '
            'had come very close in 1952, with the Sherpa Tenzing Norgay among its climbers. Tenzing joined the '
            'British team as a full member and as leader of the Sherpas.']),
        dict(label='6,000 m', title='Through the Icefall', paras=[
            'From base camp the route climbed the Khumbu Icefall, a chaos of shifting ice towers and crevasses. '
            'The climbers fixed ropes and laid logs and aluminium ladders across the gaps, and the porters '
            'carried loads up through it day after day to stock the camps in the Western Cwm above.',
            'Beyond the Cwm the steep Lhotse Face led to the South Col, a windswept saddle at about 7,900 metres. '
            'Hunt planned two summit attempts from there, both using bottled oxygen, which the|team had tested '
            'carefully on the long march in.'],
            caption=dict(pos='Right', text='An oxygen set of the type worn on the summit climbs.',
                         credit='Lent by the Alderley Mountaineering Club')),
        dict(label='8,500 m', title='Two Summit Teams', paras=[
            'On 26 May Tom Bourdillon and Charles Evans, using a new closed-circuit oxygen system, reached the '
            'South Summit, less than a hundred metres below the top. It was late, one of their sets was giving '
            'trouble, and they turned back exhausted.',
            'Two days later Edmund Hillary, a beekeeper from New Zealand, and Tenzing pitched a tiny tent at about '
            '8,500 metres. They spent a bitterly cold night there, and early the next morning they set out along '
            'the summit ridge^1^. Near the top a steep step of rock and ice barred the way; Hillary wedged himself '
            'into a crack beside it and wriggled up, and Tenzing followed on the rope.']),
        dict(label='8,848 m', title='News for a Coronation', paras=[
            'At about half past eleven on 29 May 1953 the two men stood on the summit. Hillary took photographs, '
            'among them one of Tenzing holding up his ice axe with flags tied to it. Tenzing left sweets and a '
            'small pencil in the snow as offerings, and Hillary left a crucifix that Hunt had given him.',
            'The news was sent by runner and by coded radio message, and it reached London on the morning of '
            '2 June, the day of the coronation of Queen Elizabeth II. Hillary and Hunt were knighted, and Tenzing '
            'received the George Medal.'],
            caption=dict(pos='Above', text='A copy of the summit photograph of Tenzing, printed for the exhibition of 1953.',
                         credit='Collection of Thornbury Hall')),
    ],
    sidebar=dict(title='How High Is Everest?', paras=[
        'The Survey of India gave the mountain a height of 29,002 feet in 1856. A new survey in 1955 gave 8,848 '
        'metres, the figure used for decades. In 2020 China and Nepal jointly announced a height of 8,848.86 '
        'metres, measured to the top of the snow.']),
    pull='“Well, we knocked the bastard off.” – Hillary, as remembered by George Lowe',
    note=('1', '1 Hillary had to thaw his frozen boots over the stove before they could start.'),
    table=None,
)

EX['mallard_record_1938'] = dict(
    title=['126 Miles an Hour:', 'Mallard’s Record Run'],
    kicker='LOCOMOTIVE HALL · PLATFORM 4',
    running=['Fenland Railway Museum · Locomotive Hall', 'Label texts – proof 2'],
    intro='On 3 July 1938 the streamlined steam locomotive Mallard ran down a long slope in Lincolnshire at 126 '
          'miles an hour. No steam locomotive has officially gone faster since. The record run itself lasted only a few minutes.',
    sections=[
        dict(label='Milepost 1', title='Gresley’s Streamliners', paras=[
            'Mallard was one of thirty-five A4 class locomotives designed by Sir Nigel Gresley, chief mechanical '
            'engineer of the London and North Eastern Railway. Their wedge-shaped casing, tested in a wind tunnel, '
            'cut air resistance at speed and helped to lift smoke clear of the driver’s view.',
            'The A4s hauled the fastest expresses out of London King’s Cross. Mallard, completed at Doncaster works '
            'in March 1938, was among the first to have a double chimney and blastpipe^1^, which let the engine '
            'breathe more freely at high speed.']),
        dict(label='Milepost 2', title='A Test of Brakes', paras=[
            'Officially, the run of 3 July was a trial of a new quick-acting brake. Six carriages and a dynamometer '
            'car, which recorded speed and pulling force on a roll of paper, were coupled behind the engine. The '
            'real purpose, kept quiet, was to take the world speed record for steam from Germany. A locomotive inspector rode on the footplate as well.',
            'The record stood at 124.5 miles an hour, set in 1936 by a German locomotive between Hamburg and '
            'Berlin. Driver Joseph Duddington, known for running his engines hard, and fireman Thomas Bray were '
            'chosen to take Mallard down the long bank south of Grantham.'],
            caption=dict(pos='Left', text='A page of the dynamometer car roll, copied from the original record.',
                         credit='Lent by the Stoke Bank Railway Circle')),
        dict(label='Milepost 3', title='Down Stoke Bank', paras=[
            'The train turned at Barkston and came south through Grantham at about 24 miles an hour. Duddington '
            'opened the regulator wide, and the engine was already running fast as it passed the summit at Stoke '
            'and began the gentle descent towards Peterborough. Over the next few miles the speed rose steadily, past 100 and then 110 miles an hour.',
            'Milepost after milepost flashed past. Near Little Bytham the dynamometer pen recorded a peak of 126 '
            'miles an hour over a short stretch. Then a bearing on the middle cylinder overheated, and the engine '
            'had to limp on to Peterborough, where it was taken off the train.']),
        dict(label='Milepost 4', title='A Record That Stands', paras=[
            'Plaques recording the feat were later fixed to the engine’s sides. Gresley died in 1941, and within '
            'thirty years steam had vanished from Britain’s main lines, replaced by diesel and electric trains. Until then the LNER made much of the record in its publicity, and the A4s went on running the fastest trains in Britain until the war slowed everything down.',
            'Mallard ran in service until 1963, having covered almost one and a half million miles. She was then '
            'restored for display and is now kept in the national collection. Her record has never been beaten by '
            'a steam engine.'],
            caption=dict(pos='Above', text='Mallard’s nameplate, shown here in a full-size painted copy.',
                         credit='Photograph: Owen Radcliffe')),
    ],
    sidebar=dict(title='Why Not Faster?', paras=[
        'A steam locomotive’s speed is limited by how fast it can make steam and push it through the cylinders. '
        'At 126 miles an hour Mallard’s driving wheels, more than two metres across, were turning almost nine '
        'times a second, and the rods and pistons were under enormous strain. Gresley himself believed that an A4 could go faster still on a longer slope.']),
    pull='“The needle kept climbing, and nobody in the car said a word.”',
    note=('1', '1 The Kylchap double blastpipe, designed in France by André Chapelon.'),
    table=('Mallard at a glance', [('Class', 'A4'), ('Built', 'Doncaster, 1938'), ('Wheels', '6 ft 8 in'),
                                   ('Record', '126 mph, 3 July 1938')]),
)

EX['domesday_book_1086'] = dict(
    title=['Every Hide and Every Pig:', 'The Domesday Survey'],
    kicker='ONLINE EXHIBITION',
    running=[],
    intro='In 1086, twenty years after conquering England, William the Conqueror sent men into every shire to '
          'record who held the land and what it was worth. The result, Domesday Book, is the oldest surviving '
          'public record in England.',
    sections=[
        dict(label='Chapter I', title='Deep Speech at Gloucester', paras=[
            'At Christmas 1085 William held his court at Gloucester. The Anglo-Saxon Chronicle says that he then '
            'had much thought and very deep speech with his council about this land, how it was occupied and by '
            'what men. He feared an invasion from Denmark and needed to know what taxes and soldiers his kingdom '
            'could supply.',
            'Commissioners were sent out in groups, each taking charge of a circuit of several counties. They held '
            'hearings at which juries of local men, English and Norman, swore to the answers. Who had held each '
            'manor under King Edward, who held it now, and how many ploughs, mills, meadows and fishponds did it '
            'have?']),
        dict(label='Chapter II', title='Counting the Kingdom', paras=[
            'The chronicler complained that not a single ox, cow or pig was left out. That was an exaggeration, '
            'since livestock appears in detail only in the returns for the eastern counties, but the survey was '
            'astonishingly thorough. It names more than thirteen thousand places, from towns to tiny hamlets.',
            'The returns were sent to Winchester, where a single scribe wrote up most of them in abbreviated Latin '
            'on sheets of parchment. This is Great Domesday. The fuller returns for Essex, Norfolk and Suffolk were '
            'never condensed and survive as a separate, smaller volume known as Little Domesday.'],
            caption=dict(pos='Right', text='A facsimile page from the entries for Wiltshire, with the king’s lands first.',
                         credit='Lent by the Wardour Record Society')),
        dict(label='Chapter III', title='A Book with No Appeal', paras=[
            'The English soon gave the survey its nickname. Like the Last Judgement, people said, its verdict could '
            'not be challenged, and by the 1170s it was being called Domesday. For centuries it was used to settle '
            'disputes over land and rights, and lawyers still consulted it in the twentieth century.',
            'The book was kept with the royal treasure, first at Winchester and later at Westminster. It has been '
            'rebound several times, most recently in 1986, the nine-hundredth anniversary of the survey. In times of danger it was moved for safety, and during the Second World War it was sent to a prison in Somerset.']),
        dict(label='Chapter IV', title='Reading Domesday Today', paras=[
            'For historians the survey is a snapshot of a country soon after conquest. It shows how completely the '
            'English landholders had been replaced by Normans, and it lets us count mills, churches and slaves. '
            'Most English villages can look up what they were worth in 1086. Its lists of place-names are also the earliest record of hundreds of towns and villages.',
            'Both volumes are now held at the National Archives at Kew. The book has been printed in facsimile, '
            'translated in full and put online, so that anyone can read the entry for their own parish.'],
            caption=dict(pos=None, text='An iron-bound chest of the kind used to keep royal records, in a modern copy.',
                         credit='Photograph: Idris Pembury')),
    ],
    sidebar=dict(title='What Was a Hide?', paras=[
        'Domesday measures much of England in hides. A hide was in theory the land that could support one '
        'household for a year, often reckoned at about 120 acres, but it was really a unit for assessing tax, and '
        'its size varied from place to place.']),
    pull='“So very narrowly did he have it investigated…”',
    note=None,
    table=None,
)


def gold_of(name):
    e = EX[name]
    title = ' '.join(e['title'])
    secs = [dict(label=None, title=title, blocks=[dict(kind='paragraph', text=strip(e['intro']))])]
    for s in e['sections']:
        blocks = [dict(kind='paragraph', text=strip(p)) for p in s['paras']]
        c = s.get('caption')
        if c:
            blocks.append(dict(kind='caption', text=c['text'], position=c['pos'], credit=c['credit']))
        secs.append(dict(label=s['label'], title=s['title'], blocks=blocks))
    sb = e['sidebar']
    secs.append(dict(label=None, title=sb['title'], blocks=[dict(kind='paragraph', text=strip(p)) for p in sb['paras']]))
    return dict(title=title, running=e['running'], sections=secs)


def strip(t):
    return re.sub(r'\s+', ' ', re.sub(r'\^[^^]*\^', '', t).replace('|', ' ')).strip()


def gold(name, outdir='..'):
    with open(f'{outdir}/{name}.json', 'w') as f:
        json.dump(gold_of(name), f, ensure_ascii=False, indent=2)
        f.write('\n')


def words(name):
    g = gold_of(name)
    return sum(len(b['text'].split()) for s in g['sections'] for b in s['blocks'])


if __name__ == '__main__':
    for n in EX:
        print(n, words(n))
