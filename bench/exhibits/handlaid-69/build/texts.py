# All prose of set 69 (my own words). Gold JSON is made from this file by content.py.
# Museums, lenders, credits, accession numbers, quotations and notes are invented.

EX = {}

# ---------------------------------------------------------------- PDF 1: A3 wall panel
EX['sax_saxophone_1846'] = dict(
    kicker='Room 4 · Brass, Reed and Patent',
    title_lines=['Monsieur Sax', 'and His Family of Horns'],
    panel_no='4',
    intro=('In June 1846 a Belgian instrument maker working in Paris received a patent for a brass '
           'instrument played with a single reed. He meant it for military bands and orchestras; it '
           'found its real home decades after his death, in dance halls and jazz clubs.'),
    running=['Hallam Collection of Musical Instruments · Wall Panel 4'],
    sections=[
        dict(label='4.1', kicker='The maker', title='A Workshop Childhood in Dinant and Brussels',
             paras=[
                 ('Antoine-Joseph Sax, always known as Adolphe, was born in Dinant in 1814 and grew up in '
                  'the Brussels workshop of his father, Charles-Joseph, who made wind instruments for the '
                  'Dutch and later the Belgian court. By his teens he was entering his own flutes and '
                  'clarinets in industrial exhibitions, and before he was twenty-five he had redesigned the '
                  'bass clarinet so thoroughly that players asked for nothing else.'),
                 ('Brussels was too small for his ambitions. In 1842 he moved to Paris with little money, '
                  'and within months the composer Hector Berlioz was praising his instruments in the '
                  'Journal des débats, describing their tone as full, noble and unlike anything heard '
                  'before.'),
             ]),
        dict(label='4.2', kicker='The invention', title='Brass Body, Clarinet Voice',
             paras=[
                 ('The saxophone joined a conical metal tube to a single-reed mouthpiece like that of the '
                  'clarinet. Because the bore widens steadily, it overblows at the octave, so the fingering '
                  'stays simple across the range, while the metal body gives it the carrying power of brass. '
                  'Sax wanted a voice that could bridge the gap between the woodwinds and the brass of a '
                  'band.'),
                 ('His patent of 28 June 1846 described two families of seven instruments each, one pitched '
                  'for military bands and one for the orchestra, from a tiny sopranino to an enormous '
                  'contrabass. Only some of them were ever built in numbers, and the orchestral family '
                  'was soon forgotten.'),
             ],
             caption=dict(text=('Alto saxophone in E flat, stamped with the maker’s name and the '
                                'serial number 19354, about 1858.'),
                          position=None,
                          credit='Lent by the Verhaegen Trust, VT 1971.3')),
        dict(label='4.3', kicker='The quarrel', title='Rivals, Lawsuits and a Late Triumph',
             paras=[
                 ('Established Parisian makers saw the newcomer as a threat. They challenged his patents in '
                  'court for years, claiming his designs were copies of older instruments, and his workshop '
                  'was twice driven into bankruptcy. He nonetheless won a public contest between rival army '
                  'bands in 1845, and his instruments were adopted by French military music.'),
                 ('From 1857 Sax taught the saxophone at the Paris Conservatoire, yet he died poor in 1894. '
                  'The instrument survived in bands, above all in the United States, and in the 1920s jazz '
                  'musicians turned it into the sound of a new century.'),
             ]),
    ],
    sidebar=dict(title='Did You Know?', paras=[
        ('Sax patented more than saxophones. His saxhorns, a family of valved brass instruments, were '
         'registered a year earlier and are the ancestors of the tenor horns and baritones of the modern '
         'brass band.'),
    ]),
    quote=('“He has made the reed speak with the lungs of a trumpet.”', '— a visitor to the Paris workshop, 1847'),
    timeline=[('1814', 'Born in Dinant'), ('1842', 'Moves to Paris'), ('1846', 'Saxophone patent'),
              ('1857', 'Conservatoire class'), ('1894', 'Dies in Paris')],
)

# ---------------------------------------------------------------- PDF 2: catalogue pages
EX['cristofori_piano_1700'] = dict(
    kicker='Catalogue · Keyboards at the Medici Court',
    title_lines=['The Harpsichord That', 'Played Soft and Loud'],
    intro=('An inventory of the Medici collection drawn up in Florence in 1700 lists a new keyboard '
           'instrument “that makes the soft and the loud”. Its maker, Bartolomeo Cristofori, had built '
           'the first piano.'),
    running=['Cristofori and the First Pianos', 'Keyboards at the Medici Court',
             'Ardmore Hall Museum of Music · Catalogue of Keyboard Instruments'],
    sections=[
        dict(label='A', title='The Keeper of the Instruments',
             paras=[
                 ('Cristofori was born in Padua in 1655 and was already a skilled harpsichord maker when '
                  'Prince Ferdinando de’ Medici, heir to the grand duchy of Tuscany, brought him to Florence '
                  'around 1688. The prince loved opera and kept a large collection of keyboards, and '
                  'Cristofori’s task was to maintain, tune and repair them as well as to build new ones.'),
                 ('A harpsichord plucks its strings with quills, so a player cannot make a note louder or '
                  'softer by striking the key harder. Cristofori set out to change that. His solution was to '
                  'strike the string with a small hammer and let it fall away at once, so the string could '
                  'sound freely and the force of the finger decided the volume.'),
             ],
             caption=dict(text=('Working model of Cristofori’s action, built for the exhibition from the '
                                'diagram published in 1711.'),
                          position=None, credit='Ardmore Hall Workshop, AH 2021.14')),
        dict(label='B', title='How the Action Worked',
             paras=[
                 ('The difficulty lay in the return. A hammer pressed against the string would mute it, '
                  'while a hammer thrown too freely would bounce back and strike again. Cristofori added an '
                  'escapement that released the hammer just before it reached the string, a check that '
                  'caught it as it fell, and a damper that silenced the note when the key was let go.'),
                 ('In 1711 the writer Scipione Maffei described the invention in a Venetian journal and printed '
                  'a drawing of the action. That article, translated into German in 1725, carried the idea '
                  'across the Alps, where the organ builder Gottfried Silbermann began making pianos of his '
                  'own.'),
             ],
             caption=dict(text=('Keyboard of a Florentine harpsichord of about 1700, with boxwood naturals '
                                'and ebony sharps.'),
                          position=None, credit='Photograph courtesy of the Civica Raccolta Strumentale, Lucca')),
        dict(label='C', title='The Instrument Abroad',
             paras=[
                 ('Ferdinando died in 1713, and Cristofori spent his last years looking after the collection '
                  'for the grand duke. He went on building pianos until the 1720s. Three survive, dated 1720, '
                  '1722 and 1726, now in New York, Rome and Leipzig.'),
                 ('Some of his instruments reached the Spanish court, where Queen Maria Barbara owned several '
                  'Florentine pianos and her harpsichord teacher Domenico Scarlatti may have played them. In '
                  'Germany Johann Sebastian Bach found Silbermann’s first pianos heavy to play, but he '
                  'approved of an improved model in 1747.'),
             ]),
    ],
    sidebar=dict(title='Why “Piano”?', paras=[
        ('Cristofori called his instrument a gravicembalo col piano e forte, a harpsichord with soft and '
         'loud. The name was shortened over the next century, first to pianoforte and then simply to piano.'),
    ]),
    notes=['Inventory of the Medici instruments, Florence, 1700; the entry is quoted in translation.',
           'Giornale de’ letterati d’Italia, volume 5, 1711.'],
    table=dict(title='Surviving Cristofori pianos', head=['Date', 'Compass', 'Now in'],
               rows=[['1720', '4½ octaves', 'New York'], ['1722', '4 octaves', 'Rome'],
                     ['1726', '4 octaves', 'Leipzig']]),
)

# ---------------------------------------------------------------- PDF 3: tent-fold leaflet
EX['fisk_jubilee_singers_1871'] = dict(
    kicker='A gallery leaflet',
    title_lines=['Steal Away', 'The Fisk Jubilee Singers on Tour, 1871–1878'],
    intro=('In October 1871 eleven students left a struggling school for freed people in Nashville to sing '
           'for its survival. They came home famous, and they brought the spiritual to the concert halls of '
           'two continents.'),
    running=['Calloway House · Museum of American Song'],
    sections=[
        dict(label='Panel 1', title='A School in Danger',
             paras=[
                 ('Fisk School opened in Nashville in January 1866, months after the end of the Civil War, in '
                  'old army barracks. Its founders from the American Missionary Association hoped to train '
                  'teachers for the newly freed population, but by 1871 the buildings were decaying and the '
                  'money had nearly run out.'),
                 ('The treasurer, George L. White, who also taught music, proposed a gamble: he would take the '
                  'best of the student choir on a concert tour of the North. The university’s trustees refused '
                  'to back him, and on 6 October 1871 he set off anyway, with little more than the fares.'),
             ]),
        dict(label='Panel 2', title='Songs from Slavery',
             paras=[
                 ('At first the singers offered popular ballads and anthems, and audiences were small. What '
                  'moved listeners were the songs many of the students had learned from their parents, the '
                  'spirituals of enslaved people, such as “Swing Low, Sweet Chariot” and “Steal Away”. White '
                  'made them the centre of the programme.'),
                 ('In Columbus, Ohio, he named the group the Jubilee Singers, after the biblical year in which '
                  'slaves were set free. A performance before a national meeting of Congregational churches '
                  'made their name, and by the spring of 1872 they had sung in Brooklyn, in Boston and for '
                  'President Grant.'),
             ],
             caption=dict(text='The singers photographed in London during the first British tour, 1873.',
                          position='Above', credit='Calloway House collection, CH 88.410')),
        dict(label='Panel 3', title='Jubilee Hall',
             paras=[
                 ('In 1873 the group sailed for Britain, where they sang for Queen Victoria and were received by '
                  'the prime minister, William Gladstone. Later tours took them to the Netherlands, Switzerland '
                  'and Germany. The strain was great, and several singers left exhausted or ill.'),
                 ('By 1878 the tours had raised about 150,000 dollars. Much of it paid for Jubilee Hall, a '
                  'six-storey Victorian building opened in 1876 on land that had once been a Union fort, and '
                  'still the heart of the Fisk campus. Every year on 6 October the university remembers the '
                  'day the singers left.'),
             ]),
    ],
    sidebar=dict(title='Printed Songs', paras=[
        ('The spirituals had been passed on by ear. To sell at concerts, the tour published them in a small '
         'songbook arranged by Theodore Seward, and its editions spread the songs to church choirs far from '
         'Nashville.'),
    ]),
    colophon='Printed by the Harrow Lane Press, Nashville, for Calloway House. Second edition, March 2024.',
)

# ---------------------------------------------------------------- PDF 4: A4 handout, 2 pages
EX['berliner_gramophone_1887'] = dict(
    kicker='Sound on a Flat Disc',
    title_lines=['The Gramophone:', 'A Record You Could Copy'],
    intro=('Emile Berliner’s gramophone, patented in 1887, traced sound as a wavy groove on a flat disc. '
           'Unlike a cylinder, a disc could be stamped from a master by the thousand, and that made the record '
           'industry possible.'),
    running=['The Gramophone: A Record You Could Copy', 'Tollgate Museum of Sound · Gallery Handout'],
    sections=[
        dict(label='Part I', title='An Immigrant in Washington',
             paras=[
                 ('Berliner was born in Hanover in 1851 and emigrated to the United States at nineteen. '
                  'Working in a dry-goods store in Washington, he taught himself physics in the evenings, and in '
                  '1877 he devised a telephone transmitter good enough for the Bell company to buy his patent '
                  'and hire him.'),
                 ('Sound recording already existed. Thomas Edison’s phonograph of 1877 pressed a groove into '
                  'tinfoil wrapped around a cylinder, and Alexander Graham Bell’s associates improved it with '
                  'wax. In both machines the needle moved up and down, cutting a groove of varying depth.'),
             ],
             caption=dict(text='A hand-cranked gramophone of the kind sold in Washington in 1894.',
                          position='Right', credit='Courtesy of the Lindqvist family')),
        dict(label='Part II', title='A Groove from Side to Side',
             paras=[
                 ('Berliner’s idea was to let the stylus swing from side to side instead, tracing the sound '
                  'in a groove of constant depth on a flat plate. He coated a zinc disc with a thin film of fat, '
                  'let the stylus scratch through it, and then etched the trace with acid. He showed the '
                  'result at the Franklin Institute in Philadelphia in May 1888.'),
                 ('The real advantage came afterwards. A metal master could be used to press copies in a '
                  'softer material, and every copy was the same. The first buyers were children: a German '
                  'toy firm in Waltershausen sold small gramophones with five-inch discs from 1889.'),
             ],
             caption=dict(text='Etched zinc master disc, about 1890, with the recording spiral visible under raking light.',
                          position='Left', credit='Courtesy of the Hartmann Archive, Ulm')),
        dict(label='Part III', title='Shellac, Springs and a Dog',
             paras=[
                 ('Hand-cranked machines played unevenly, and the business only took off when the machinist '
                  'Eldridge Johnson fitted a reliable spring motor in 1896. Discs of shellac mixed with '
                  'powdered slate replaced rubber, and in 1901 Johnson founded the Victor Talking Machine '
                  'Company.'),
                 ('In London the Gramophone Company bought a painting of a terrier listening to a horn, and '
                  'His Master’s Voice became one of the best-known trademarks in the world. In 1902 the '
                  'company recorded the tenor Enrico Caruso in Milan, and his records sold in their millions. '
                  'By the 1920s the flat disc had beaten the cylinder.'),
             ]),
    ],
    sidebar=dict(title='Why a Disc?', paras=[
        ('Cylinders were hard to copy and awkward to store. A disc could be pressed in seconds, carried a '
         'paper label in its centre and stacked on a shelf, so shops could stock hundreds of titles in little '
         'space.'),
    ]),
    quote=('“A record is only worth what its hundredth copy sounds like.”', '— a Victor salesman’s handbook, 1905'),
    notes=['Berliner’s United States patent 372,786 was granted on 8 November 1887.',
           'The firm was Kämmerer & Reinhardt; its discs were of hard rubber or celluloid.'],
    table=dict(title='Milestones of the disc record', head=['Year', 'Event', 'Where'],
               rows=[['1887', 'Gramophone patent granted', 'Washington'],
                     ['1888', 'First public demonstration', 'Philadelphia'],
                     ['1889', 'Toy gramophones on sale', 'Waltershausen'],
                     ['1896', 'Spring motor fitted', 'Camden'],
                     ['1901', 'Victor company founded', 'Camden'],
                     ['1902', 'Caruso records made', 'Milan']]),
)

# ---------------------------------------------------------------- DOCX
EX['silent_night_1818'] = dict(
    kicker='Christmas Room · Temporary display',
    title_lines=['Silent Night', 'A Carol from a Village Church'],
    intro=('On Christmas Eve 1818 a priest and a schoolteacher sang a new song for the first time in a small '
           'church near Salzburg. Within a century “Stille Nacht” was sung around the world, and hardly anyone '
           'remembered who had written it.'),
    running=['Wexcombe Abbey Music Museum · Christmas Room'],
    sections=[
        dict(label='Verse 1', title='A Poem and a Tune',
             paras=[
                 ('Joseph Mohr, a young assistant priest, wrote the six verses of the poem in 1816 while serving '
                  'in the mountain parish of Mariapfarr. Two years later he was in Oberndorf, a village of '
                  'boatmen on the river Salzach, and on the day before Christmas he asked Franz Xaver Gruber, '
                  'the teacher and organist of a neighbouring village, to set it to music.'),
                 ('Gruber wrote a melody for two solo voices and choir with a guitar accompaniment. That night, '
                  'after the midnight mass in the church of St Nicholas, Mohr sang the tenor part and played the '
                  'guitar while Gruber sang bass.'),
             ]),
        dict(label='Verse 2', title='Carried by Travelling Singers',
             paras=[
                 ('Why a guitar rather than the organ? A popular story says that mice had damaged the organ '
                  'bellows, but there is no evidence for it, and Mohr may simply have liked the instrument. An '
                  'organ builder who worked on the church took a copy of the song home to the Ziller valley in '
                  'the Tyrol.'),
                 ('There it was picked up by families of singers who toured Europe selling gloves and singing '
                  'folk songs. The Strasser children sang it at the Leipzig fair, and the Rainer family is said '
                  'to have performed it in New York in 1839. Printed versions soon followed, often with the '
                  'words altered.'),
             ],
             caption=dict(text='Guitar made in Vienna about 1815, of the type Mohr is thought to have played.',
                          position='Above', credit='Wexcombe Abbey Music Museum, WA 62.118')),
        dict(label='Verse 3', title='Whose Song?',
             paras=[
                 ('By the 1850s the carol was so widely known that people assumed it was the work of a famous '
                  'composer, and it was credited to Haydn, Mozart or Beethoven. In 1854 the royal court chapel in '
                  'Berlin wrote to Salzburg to ask who had written it, and Gruber replied with a short account of '
                  'its origins.'),
                 ('Mohr had died in 1848, and doubts about his part lingered until 1995, when a manuscript '
                  'arrangement in his own hand came to light, naming him as author of the words and Gruber as '
                  'composer. The church in Oberndorf was pulled down after repeated floods, and a small memorial '
                  'chapel now stands on its site.'),
             ]),
    ],
    sidebar=dict(title='Three Hundred Languages', paras=[
        ('The carol has been translated into more than three hundred languages and dialects. The English '
         'words most often sung today were written by John Freeman Young, an Episcopal priest in New York, in '
         'the 1850s, and keep only three of Mohr’s six verses.'),
    ]),
    quote=('“We sang it twice, because the congregation would not go home.”', '— a parish chronicle, as retold in the 1860s'),
    notes=['The two-voice version with guitar is the oldest form known; later arrangements by Gruber add strings and organ.'],
)

# ---------------------------------------------------------------- HTML
EX['theremin_1920'] = dict(
    kicker='Online exhibition · Electronic Instruments',
    title_lines=['Music Without Touch', 'Léon Theremin’s Ether Wave Instrument'],
    intro=('A physicist in revolutionary Petrograd noticed that his measuring apparatus whistled when he moved '
           'his hand near it. The instrument he built from that accident is played without being touched.'),
    running=[],
    sections=[
        dict(label='Gallery 1', title='An Accident in the Laboratory',
             paras=[
                 ('Lev Termen, later known in the West as Léon Theremin, was working in 1920 at the '
                  'Physico-Technical Institute in Petrograd, building a device to measure the density of gases. '
                  'It used an oscillating electrical circuit, and he found that the nearness of a human body '
                  'changed its frequency.'),
                 ('By combining two high-frequency oscillators and listening to the difference between them, '
                  'he turned that change into an audible tone. One hand near a vertical antenna set the pitch, '
                  'the other near a loop controlled the volume. In 1922 he demonstrated it in the Kremlin, and '
                  'Lenin himself tried to play a tune.'),
             ]),
        dict(label='Gallery 2', title='A Sensation in New York',
             paras=[
                 ('Theremin toured Europe in 1927 and then settled in New York, where he gave concerts, '
                  'patented his instrument and opened a studio. The Radio Corporation of America built about '
                  'five hundred theremins in 1929 and 1930, but the sets were expensive, hard to play in tune '
                  'and went on sale just as the Depression began.'),
                 ('The violinist Clara Rockmore became the instrument’s great virtuoso, playing Bach and '
                  'Tchaikovsky with a precision few have matched. In 1938 Theremin suddenly returned to the '
                  'Soviet Union, leaving his wife and his work behind; he spent years in a prison laboratory '
                  'and was long believed dead.'),
             ],
             caption=dict(text='A 1930 theremin in its walnut cabinet, with the pitch rod and volume loop restored.',
                          position=None, credit='Lent by the Orlova Foundation, OF 2004.9')),
        dict(label='Gallery 3', title='The Sound of Outer Space',
             paras=[
                 ('Hollywood discovered the theremin in the 1940s. Its wavering, voice-like tone gave a chill to '
                  'Alfred Hitchcock’s Spellbound in 1945 and to the science-fiction film The Day the Earth Stood '
                  'Still in 1951, and for a generation it meant ghosts, madness and flying saucers.'),
                 ('In the 1950s a student named Robert Moog built and sold theremin kits, a first step towards '
                  'his synthesizers. Theremin himself lived to see his instrument revived, visiting the United '
                  'States again in 1991, two years before his death in Moscow at the age of ninety-seven.'),
             ]),
    ],
    sidebar=dict(title='Playing Thin Air', paras=[
        ('With no frets, keys or strings, a thereminist must find every note by ear. Players learn fixed hand '
         'positions for the intervals and keep their bodies very still, since even a shift of the shoulders '
         'changes the pitch.'),
    ]),
    quote=('“You conduct the sound rather than make it.”', '— a thereminist interviewed by the Museum, 2019'),
    notes=['The RCA instrument sold for 175 dollars without its loudspeaker.'],
    timeline=[('1920', 'First instrument built in Petrograd'), ('1922', 'Demonstration in the Kremlin'),
              ('1928', 'United States patent'), ('1929', 'RCA production begins'), ('1938', 'Return to the Soviet Union')],
)

# ---------------------------------------------------------------- added paragraphs (second pass)
def _add(name, sec, para, where=None):
    s = EX[name]['sections'][sec]['paras']
    s.append(para) if where is None else s.insert(where, para)

_add('sax_saxophone_1846', 1,
     ('Early players found the new instrument easy to begin and hard to master. Its keywork, borrowed '
      'from the Boehm flute and the clarinet, put every note within reach of the fingers, but the wide bore '
      'made good intonation a matter of the lips alone.'))
EX['sax_saxophone_1846']['sidebar']['paras'].append(
    ('The biggest saxophone Sax planned, the contrabass, stood taller than a man. Very few were made, and '
     'players still need a stepladder to reach its mouthpiece.'))
_add('cristofori_piano_1700', 0,
     ('The instrument listed in 1700 was made of cypress and had a compass of four octaves. It looked like '
      'any harpsichord of its day, with a long wing-shaped case, and only the sound revealed what was new '
      'inside.'))
EX['cristofori_piano_1700']['sidebar']['paras'].append(
    ('For most of the eighteenth century both words were in use, and music printers often wrote simply '
     'for harpsichord or pianoforte so as to sell to owners of either.'))
_add('fisk_jubilee_singers_1871', 0,
     ('Most of the singers were former slaves or the children of slaves, and several were still in their '
      'teens. Ella Sheppard, the pianist and later the assistant director, had bought her own freedom with '
      'her father’s help.'))
EX['fisk_jubilee_singers_1871']['sidebar']['paras'].append(
    ('Critics in Britain wrote about the songs with surprise, as something wholly new. The singers '
     'themselves remembered them as the songs of the fields, sung quietly so that overseers would not hear.'))
_add('berliner_gramophone_1887', 1,
     ('Early discs were noisy and short, lasting barely two minutes, and cylinder makers laughed at them. '
      'Berliner answered that quality could be improved, while the ease of copying was built into the '
      'disc itself.'))
EX['berliner_gramophone_1887']['sidebar']['paras'].append(
    ('The disc also fixed the order of business. Recording studios made masters, factories pressed them, and '
     'shops sold copies, a division that lasted until the age of the download.'))
_add('silent_night_1818', 0,
     ('Mohr and Gruber did not think of the song as anything special. Neither had it printed, and for years '
      'it was sung only in the villages along the river, at Christmas and sometimes at other feasts.'))
EX['silent_night_1818']['sidebar']['paras'].append(
    ('During the Christmas truce of 1914, soldiers in some trenches on the Western Front are said to have sung '
     'it in German and English on the same night.'))
_add('theremin_1920', 1,
     ('The instrument also caught the interest of composers. Edgard Varèse wrote for a pair of fingerboard '
      'theremins in the 1930s, and Theremin built a cello-like version, a keyboard model and even a dance '
      'platform that turned movement into music.'))
EX['theremin_1920']['sidebar']['paras'].append(
    ('Most modern instruments follow the same layout as the first ones: pitch rod on the right, volume loop '
     'on the left, so that left-handed players usually learn the standard way.'))

# ---------------------------------------------------------------- third pass
_add('sax_saxophone_1846', 0,
     ('His inventions were not always welcome at home. Belgian makers resented his success, and after a '
      'national exhibition in 1841 he was passed over for the gold medal because, the jury explained, he '
      'was too young to receive a higher award than silver. Friends said the slight decided him to leave.'))
_add('cristofori_piano_1700', 2,
     ('Cristofori’s name was soon forgotten. Later writers credited the piano to German or French makers, '
      'and only in the nineteenth century did scholars return to the Medici papers and Maffei’s article '
      'and restore the invention to the Florentine workshop where it was made.'))
_add('fisk_jubilee_singers_1871', 1,
     ('Audiences were not always friendly. Hotels turned the singers away, railway conductors sent them to '
      'the smoking car, and some newspapers mocked them before they had sung a note. Reviews after the '
      'concerts were often very different, praising the discipline of the ensemble and the quiet power of '
      'the songs.'))
_add('berliner_gramophone_1887', 2,
     ('Recording itself changed little for thirty years. Singers crowded round a large horn and leaned in or '
      'stepped back for loud and soft passages, while the engineer watched the cutting stylus. Only in 1925, '
      'with the microphone and electrical amplification, did records begin to capture an orchestra as '
      'listeners heard it.'))
_add('silent_night_1818', 2,
     ('Gruber himself arranged the carol several times, for larger choirs and for orchestra, and continued to '
      'direct it in the churches where he worked. His guitar is kept in Hallein, the town where he spent his '
      'last years.'))
_add('theremin_1920', 2,
     ('Not every wavering sound in popular music came from a theremin. The Beach Boys’ hit of 1966 used an '
      'electronic instrument played with a slide along a keyboard, built to imitate the sound but far easier '
      'to play in tune.'))

# ---------------------------------------------------------------- fourth pass: lengthen sidebars
EX['cristofori_piano_1700']['sidebar']['paras'][1] += (' Haydn’s early sonatas were sold in exactly that way.'
    ' Only around 1800 did the harpsichord fall out of use.')
EX['fisk_jubilee_singers_1871']['sidebar']['paras'][1] += (' Later ensembles from Fisk have kept the name, and'
    ' a Jubilee choir still sings at the university today, more than a century and a half after the first tour.')
EX['berliner_gramophone_1887']['sidebar']['paras'][0] += (' Cylinders, by contrast, had to be recorded in small'
    ' batches, several machines at once, with the performers repeating each song again and again.')
EX['theremin_1920']['sidebar']['paras'][1] += (' Some players wear gloves on stage, and many keep well away from'
    ' metal music stands, whose presence near the rod can pull a note off its pitch. Concert halls with damp air or'
    ' crowded stages make the task harder still.')
