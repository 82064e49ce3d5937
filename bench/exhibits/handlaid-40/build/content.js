// All exhibit texts (my own words). Each gold file is written from these same strings.
// A section: {label, title, paras:[...], caption:{pos, text, credit}|null}
'use strict';

const needle = {
  name: 'cleopatras_needle_1878',
  kicker: 'THE RIVER GALLERY · OBJECTS IN TRANSIT',
  titleLines: ['Cleopatra’s Needle:', 'An Obelisk Comes to London, 1878'],
  intro: 'The granite obelisk on the Victoria Embankment is more than three thousand years old. Bringing it to London took sixty years of argument, a ship built around the stone and a storm in which six men died.',
  sections: [
    { label: 'I', title: 'A Gift Left Lying in the Sand', paras: [
      'The obelisk was cut from the granite quarries at Aswan and raised at Heliopolis in about 1450 BC for the pharaoh Thutmose III. Some two centuries later Ramesses II added inscriptions of his own to its faces. It has nothing to do with Cleopatra: the Romans moved it to Alexandria, with a twin, around 12 BC, to stand before a temple that Cleopatra had begun, and her name followed it.',
      'In 1819 Muhammad Ali, the ruler of Egypt, offered the fallen stone to Britain as a gift to mark the victories of Nelson and Abercromby over the French. The offer was accepted with thanks, and then nothing was done. Moving some two hundred tons of granite across the Mediterranean was expensive, and Parliament would not pay for it. For almost sixty years the obelisk lay half buried in the sand at Alexandria, where tourists chipped pieces off it.',
    ], dates: ['c. 1450 BC', '1819'] },
    { label: 'II', title: 'A Ship Shaped Like a Cigar', paras: [
      'In 1877 the surgeon and skin specialist Erasmus Wilson offered ten thousand pounds of his own money to bring the stone home. The engineer John Dixon designed an iron cylinder that was built around the obelisk where it lay, then rolled into the sea and fitted with a deck, a small cabin, a rudder and a mast. The strange vessel was named Cleopatra and taken in tow by the steamer Olga.',
      'In October 1877, in the Bay of Biscay, a storm struck. The Cleopatra rolled so heavily that her ballast shifted, and the Olga sent a boat with six volunteers to take off her crew. The boat was swamped and all six men were drowned. Captain Henry Carter and his crew were taken off at last, and the cylinder was cut loose and left to drift in the dark.',
    ], dates: ['1877', 'Oct. 1877'],
      caption: { pos: 'Left', text: 'The cylinder ship Cleopatra under tow, from a print sold in London in the spring of 1878.', credit: 'Engraving: Harbour Street Print Room, HSP 1878/44' } },
    { label: 'III', title: 'Found Again and Towed Home', paras: [
      'The cylinder did not sink. A Spanish steamer found it a few days later and towed it into Ferrol, where its owners had to settle a salvage claim before it could leave. In January 1878 the paddle tug Anglia brought it up the Channel and into the Thames, and crowds lined the river to watch it pass.',
      'Several sites were argued over, among them Parliament Square and the front of the British Museum. The Embankment was chosen in the end, and in September 1878 the obelisk was raised upright with hydraulic jacks and a timber frame in a single day.',
    ], dates: ['Jan. 1878', 'Sept. 1878'] },
    { label: 'IV', title: 'Things Buried Under the Base', paras: [
      'A time capsule was sealed into the pedestal: newspapers of the day, a set of coins, a railway guide, a razor, a box of hairpins, photographs of twelve English beauties, and a Bible in several languages. The bronze sphinxes that flank the stone were added in 1881, and they face the obelisk instead of guarding it, which is the wrong way round.',
      'The stone and one of the sphinxes still carry scars from a German bombing raid in 1917. The marks were left unrepaired on purpose.',
    ], dates: ['1881', '1917'] },
  ],
  sidebar: { title: 'The Other Needles', paras: [
    'The twin obelisk stayed in Alexandria until 1879, when Egypt gave it to the United States. It was carried inside the hull of a steamer and set up in Central Park in New York early in 1881. A third obelisk, from Luxor rather than Heliopolis, had already gone to Paris in 1836 and stands in the Place de la Concorde. The three are often called sisters, though only the London and New York stones were ever a pair.',
  ] },
  note: '* The names of the six men of the Olga’s boat are cut on a bronze tablet on the pedestal.',
  runLeft: 'Objects in Transit', runRight: 'Cleopatra’s Needle',
  footer: 'Riverside Hall of Engineering, London',
};

const caxton = {
  name: 'caxton_press_1476',
  kicker: 'WALL PANEL 2 · WORDS IN PRINT',
  titleLines: ['The First Press in England:', 'William Caxton at Westminster, 1476'],
  intro: 'In the autumn of 1476 a merchant who had spent thirty years in the Low Countries set up a printing press beside Westminster Abbey. Before his death some fifteen years later he had printed about a hundred books, most of them in English.',
  sections: [
    { label: 'A', title: 'A Merchant Turned Printer', paras: [
      'William Caxton was born in Kent in the early 1420s and apprenticed to a London mercer, a dealer in fine cloth. By the 1450s he was living in Bruges, then the great market of northern Europe, and in 1462 he became governor of the English merchants there, a post that made him part trader and part diplomat.',
      'He began to translate a French romance of the Trojan War to pass the time, and found that copying it out by hand was slow and tiring work. In Cologne, in 1471 and 1472, he learned the new craft of printing, and back in Bruges he produced the Recuyell of the Historyes of Troye, the first book ever printed in English.',
    ], key: { n: '1', text: 'Caxton’s printer’s mark, the device he used from about 1487, with his initials.', credit: 'Photograph: Almonry Book Museum, ABM 112' } },
    { label: 'B', title: 'The Sign of the Red Pale', paras: [
      'Caxton came home in 1476 and rented a shop in the precincts of Westminster Abbey, near the chapter house, where lawyers, courtiers and churchmen passed every day. His first dated book there was The Dictes or Sayengis of the Philosophres, finished in November 1477 and translated by Earl Rivers, the queen’s brother.',
      'He printed what he expected to sell: romances, books of manners, saints’ lives, service books for priests and the works of English poets. His edition of Chaucer’s Canterbury Tales came out about 1476 and again, corrected, in 1483, because a reader had told him that the manuscript he first used was faulty. He also printed Malory’s Morte d’Arthur in 1485, dividing the long story into books and chapters himself.',
    ], key: { n: '2', text: 'A leaf from the second edition of the Canterbury Tales, with a woodcut of the pilgrims at table.', credit: 'Lent by the Fellowes Library, FL.INC.83' } },
    { label: 'C', title: 'Which English to Print?', paras: [
      'English was spelled in many ways in the fifteenth century, and the speech of one county could puzzle a man from another. In one preface Caxton told of merchants sailing down the Thames who asked a woman in Kent for eggs and were told that she spoke no French; she understood only when another of them asked for eyren.',
      'Caxton mostly followed the usage of London and the court, and the spellings that his press and its successors repeated did much to fix the written language. When he died in about 1492 his assistant Wynkyn de Worde took over the shop and later moved it to Fleet Street, which remained the home of printing in London for centuries.',
    ] },
  ],
  boxQuote: '“For Caxton a book was a thing to be sold, not only a thing to be made.”',
  breakAfter: 'because a reader had told him', // the box quote interrupts B-2 here
  sidebar: { title: 'How Did a Hand Press Work?', paras: [
    'Each letter was a small piece of cast metal. The compositor picked the letters from a case, set them in lines on a composing stick and locked whole pages into an iron frame called a forme. The type was inked with leather balls, a damp sheet was laid over it, and the pressman pulled a bar that drove the flat platen down. Two men could print a few hundred sheets on one side in an hour.',
    'The same pages of type could print as many copies as were wanted, but the letters then had to be taken apart and sorted back into the case before more pages could be set, so a printer with little type worked a few pages at a time.',
  ] },
  footer: 'Almonry Book Museum · Westminster', folio: 'Panel 2 of 6',
};

const leviathan = {
  name: 'birr_leviathan_1845',
  kicker: 'BIRR DEMESNE SCIENCE TRAIL · LEAFLET 4',
  titleLines: ['The Leviathan', 'of Parsonstown:', 'Lord Rosse’s Great Telescope, 1845'],
  intro: 'For more than seventy years the largest telescope in the world stood in the grounds of a castle in the Irish midlands. It was built by an earl who taught himself to cast mirrors, and with it he saw that some of the nebulae were spirals.',
  sections: [
    { label: '1', title: 'Casting the Mirrors', paras: [
      'William Parsons, third Earl of Rosse, had no university post and no instrument maker to help him. He built his own foundry at Birr Castle in County Offaly, then called Parsonstown, and trained the men of the estate as founders, smiths and polishers. Telescopes of the day used mirrors of speculum, a hard, brittle alloy of copper and tin that tarnished within months.',
      'In 1842 the first great mirror, six feet across and weighing about three tons, was poured from three crucibles at once and left to cool for sixteen weeks in an annealing oven. A second mirror was cast so that one could be repolished while the other was in use.',
    ], caption: { pos: 'Right', text: 'The walls and the tube as rebuilt, seen from the south lawn.', credit: 'Photograph: Birr Demesne Trust, BDT/22' } },
    { label: '2', title: 'A Tube Between Two Walls', paras: [
      'The mirror sat at the foot of a wooden tube fifty-four feet long, wide enough for a tall man to walk through with an open umbrella, as a visiting clergyman is said to have done. The tube hung between two stone walls running north and south, and was raised and lowered by chains and winches. It could follow a star for only about an hour on either side of the meridian.',
      'Because the walls limited its view, the instrument was less suited to measuring the positions of stars than to studying faint objects in detail, which was exactly what Rosse wanted. A team of labourers turned the winches while the astronomer called out directions from above. Observers stood on galleries that could be moved up and down the west wall to reach the eyepiece at the top of the tube.',
    ] },
    { label: '3', title: 'Spirals in the Night Sky', paras: [
      'The telescope was first used in February 1845, and that spring Rosse drew the object known as M51 and saw that it had a spiral form, like a whirlpool. No one had seen such a shape before. More spirals followed, and the drawings made at Birr fed a long argument over whether the nebulae were clouds of gas inside our own galaxy or distant systems of stars.',
      'Irish weather was the great enemy, and many nights were lost to cloud. The famine years also took the earl away from astronomy to the relief of his tenants. After his death in 1867 his son Laurence went on with the observations, and the telescope was last used around 1908.',
    ] },
  ],
  sidebar: { title: 'What Happened to the Mirror?', paras: [
    'One of the speculum mirrors was taken to London in 1914 and is now in the collection of the Science Museum. The walls stayed standing at Birr, and in the 1990s the tube and its machinery were rebuilt between them, with a modern aluminium mirror in place of the metal one, so that visitors can again see the telescope as it was.',
    'The castle grounds are open to visitors all year, and the tube is moved for demonstrations on summer afternoons. The workshops where the mirrors were cast now house a small science centre beside the moat.',
  ] },
  footer: 'Leaflet 4 · The Leviathan',
};

const wimbledon = {
  name: 'wimbledon_championship_1877',
  kicker: 'SPORTING LIVES · CATALOGUE ENTRY 7',
  titleLines: ['Lawn Tennis Comes', 'to Wimbledon, July 1877'], entryNo: '7',
  intro: 'In July 1877 a croquet club in south-west London held a tournament for a new game to pay for a broken roller. Twenty-two men entered, a few hundred people watched the final, and the oldest tennis championship in the world had begun.',
  sections: [
    { label: 'A', title: 'From Croquet to Rackets', paras: [
      'The All England Croquet Club was founded in 1868 and leased four acres of meadow off Worple Road in Wimbledon. Croquet was then the fashionable lawn game, but in 1874 Major Walter Clopton Wingfield patented a game he called sphairistike, played with rackets and rubber balls on an hourglass-shaped court. It was sold in boxed sets and spread quickly through country houses.',
      'In 1875 the club set aside one of its lawns for the new game, and two years later it added lawn tennis to its name. When the pony roller that kept the croquet lawns flat broke down, the committee decided that a tennis tournament with an entry fee might pay for a new one. The roller was a heavy iron drum drawn by a pony wearing leather boots, so that its hooves would not mark the grass.',
    ], caption: { pos: 'Above', text: 'The Worple Road ground from the north, with the pavilion on the left.', credit: 'Lent by the Church Road Lawn Tennis Library, CRL/P/12' } },
    { label: 'B', title: 'Rules Written for the Occasion', paras: [
      'A subcommittee of three drew up the rules. They chose a rectangular court, twenty-six yards long, in place of Wingfield’s hourglass, took their scoring from the old game of real tennis, fifteen, thirty, forty and game, and allowed one fault on each service. The height of the net and the length of the service line were changed within a few years, but most of these rules are still in force.',
      'Players served underarm or overarm as they liked, and most began underarm. The net was five feet high at the posts and sagged to about three feet three inches in the middle, which favoured the player who stayed at the back of the court and lobbed.',
    ] },
    { label: 'C', title: 'Spencer Gore Wins', paras: [
      'The men’s singles was the only event. Play began on 9 July 1877, and the final was put off for three days because of rain, so that it clashed with the cricket match between Eton and Harrow at Lord’s. It was played on 19 July before about two hundred spectators, each paying a shilling. Spencer Gore, a former Harrow schoolboy, beat William Marshall in three straight sets.',
      'Gore went up to the net and volleyed, which many thought hardly fair. He was not won over by the new game, and later wrote that anyone who had played rackets well would soon grow tired of lawn tennis, because it was too monotonous.',
      'His doubts did not harm the tournament. A ladies’ singles and a men’s doubles were added in 1884, and by the end of the decade the final drew crowds of several thousand, with a stand built beside the main court.',
    ] },
  ],
  pullQuote: '“The winner himself thought the game would never hold the interest of a serious sportsman.”',
  table: { title: 'The first championship', rows: [['Entrants', '22'], ['Entry fee', 'one guinea'], ['Final', '19 July 1877'], ['Spectators', 'about 200'], ['Prize', 'silver cup, 25 guineas']] },
  note: '¹ The rules of 1877 also fixed the weight of the ball at between one and a quarter and one and a half ounces, and the court was to be marked out with whitewash.',
  sidebar: { title: 'Why Did the Club Keep Croquet?', paras: [
    'The members were slow to give up the game for which the club had been founded. Croquet was dropped from the title in 1882, when it hardly paid its way, but restored in 1899 out of loyalty, and the club is still the All England Lawn Tennis and Croquet Club. The championships moved from Worple Road to Church Road in 1922, and the old ground is now a school playing field.',
  ] },
  runLeft: 'Sporting Lives', runRight: 'Catalogue of the Exhibition', folio: '27',
};

const lindisfarne = {
  name: 'lindisfarne_gospels_715',
  kicker: 'MANUSCRIPTS OF THE NORTH · GALLERY TEXT',
  titleLines: ['The Lindisfarne Gospels:', 'A Book for Saint Cuthbert, c. 715'],
  intro: 'On a tidal island off the Northumbrian coast, early in the eighth century, a single scribe wrote and painted a copy of the four Gospels in honour of a saint. It is one of the finest books to survive from Anglo-Saxon England.',
  sections: [
    { label: 'Room 1', title: 'The Holy Island', paras: [
      'Lindisfarne is cut off from the mainland twice a day by the sea. Monks from Iona founded a monastery there in 635 at the invitation of King Oswald of Northumbria, and its most famous bishop, Cuthbert, died in 687. When his coffin was opened eleven years later his body was said to be undecayed, and the island became a place of pilgrimage. The causeway that now crosses the sands was built only in the twentieth century.',
      'The Gospels were probably made for the ceremonies around the saint’s shrine, and they were once kept in a jewelled cover that has since been lost. A note added in the tenth century names the maker as Eadfrith, who was bishop of Lindisfarne from 698 until his death in 721.',
    ] },
    { label: 'Room 2', title: 'One Scribe, Many Years', paras: [
      'Eadfrith wrote the text in a large, rounded script known as insular majuscule, on the skins of some one hundred and fifty calves. He also painted the pages of decoration: full pages of interlace called carpet pages, great initials at the opening of each Gospel, and portraits of the four evangelists with their symbols. A few of the last details were never finished, which suggests that he died or fell ill before the book was complete.',
      'His colours came from minerals, plants and insects, and some of them may have been made from materials brought from far away. Much of the work shows the marks of careful planning with ruler, compass and pricked guide holes.',
    ], caption: { pos: 'Left', text: 'The opening of Saint Matthew’s Gospel, with the initial letters filling most of the page.', credit: 'Facsimile: Bede Road Library, Jarrow, BRL.FAC.7' } },
    { label: 'Room 3', title: 'Words Between the Lines', paras: [
      'About 970 a priest named Aldred wrote a word-by-word translation of the Latin into Old English between the lines. It is the oldest surviving version of the Gospels in any form of the English language. In a colophon at the end he also set down the names of the men who, he said, had made, bound and decorated the book.',
      'Viking raids drove the monks from Lindisfarne after 875, and they carried Cuthbert’s body and their treasures with them for years before settling at Chester-le-Street and then at Durham. The book was taken from Durham when the priory was dissolved under Henry VIII, and it later came to the library of Sir Robert Cotton, which passed to the nation in 1753.',
    ] },
  ],
  sidebar: { title: 'What Is a Carpet Page?', paras: [
    'A carpet page is a page covered with ornament and no text, set before the opening of a Gospel. The name comes from its likeness to an eastern rug. In the Lindisfarne pages a cross stands within a mass of knots, birds and beasts whose bodies twist into one another, laid out so exactly that hardly a line is out of place.',
    'Five carpet pages survive, one before each Gospel and one before the letter of Saint Jerome that opens the book. Seen through a magnifying glass, many of the birds turn out to be cormorants, which are common on the rocks around the island.',
  ] },
  runHead: 'Manuscripts of the North', footer: 'Tyne Abbey Library and Museum',
};

const sloane = {
  name: 'sloane_museum_1753',
  kicker: 'Online exhibition',
  titleLines: ['Sir Hans Sloane’s Cabinet:', 'The Making of a Public Museum, 1753'],
  intro: 'When the physician Hans Sloane died in January 1753 he left some seventy-one thousand objects and a will that offered them to the nation for a fraction of their worth. Parliament’s answer created the British Museum.',
  sections: [
    { label: 'Gallery 1', title: 'A Doctor in Jamaica', paras: [
      'Sloane was born in 1660 at Killyleagh in County Down and studied medicine in London and France. In 1687 he sailed to Jamaica as physician to the new governor, the Duke of Albemarle, who died within a year. In fifteen months on the island Sloane collected some eight hundred plants, and he later published a natural history of Jamaica in two large volumes.',
      'He also tried a drink the islanders made from cocoa, which he found hard to digest, and mixed it with milk. Back in London the recipe was sold by apothecaries as a medicine, and much later a chocolate maker put Sloane’s name on the label.',
    ] },
    { label: 'Gallery 2', title: 'A House Full of Things', paras: [
      'Sloane became the most fashionable physician in London, attending Queen Anne and the first two Georges, and he spent his fortune on other people’s collections as well as his own. He bought herbaria, coins, medals, shells, fossils, antiquities and some forty thousand books and manuscripts. In 1742 he moved everything to the manor house he had bought in Chelsea.',
      'Visitors came to see the cabinets there, among them the composer Handel, who is said to have annoyed the old man by resting a buttered muffin on a rare book.',
    ], caption: { pos: 'Above', text: 'A volume of the Jamaica herbarium, with specimens pressed in 1687.', credit: 'Photograph: Chelsea Physic Society Archive, CPS/H/114' } },
    { label: 'Gallery 3', title: 'Twenty Thousand Pounds', paras: [
      'Sloane’s will asked that the collection be kept together and offered to the king, for the nation, for twenty thousand pounds, much less than it had cost him. If the offer was refused, it was to go to academies abroad. George II had no wish to pay, but Parliament passed an act in June 1753 that bought the collection, together with two great libraries of manuscripts, the Cotton and the Harley, and raised the money with a public lottery.',
      'The lottery was badly run, and one of its managers was later fined for fraud, but it brought in enough to buy the collections and a building to house them.',
    ] },
    { label: 'Gallery 4', title: 'Montagu House Opens', paras: [
      'The trustees bought Montagu House in Bloomsbury, a mansion of the previous century, and the British Museum opened there on 15 January 1759. Entry was free to all studious and curious persons, but tickets had to be applied for in writing, and visitors were taken round in small groups in little more than an hour. A reading room for scholars was open from the first year.',
      'Over the next century the collections outgrew the house, and it was pulled down in stages to make way for the present building by Robert Smirke, finished in the 1850s. Sloane’s natural history specimens later moved to a new museum in South Kensington.',
    ] },
  ],
  splitAfter: 'together with two great libraries of manuscripts,', // Gallery 3 p1 is split over the two "pages"
  sidebar: { title: 'Where Is Sloane Now?', paras: [
    'Sloane died at Chelsea at the age of ninety-two and was buried in the churchyard of Chelsea Old Church, where his monument still stands. His name lives on in Sloane Square and Sloane Street, laid out on land that passed to his heirs, and his herbarium is still consulted by botanists. A statue of him by Michael Rysbrack stands in the Chelsea Physic Garden, which he had leased to the apothecaries for a token rent.',
  ] },
};

module.exports = { needle, caxton, leviathan, wimbledon, lindisfarne, sloane };
