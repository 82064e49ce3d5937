# All texts of hand-laid set 19. Prose written for this set; museums, lenders, credits invented.
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)


def S(label, title, paras, caption=None, captions=None):
    caps = captions if captions is not None else ([caption] if caption else [])
    return dict(label=label, title=title, paras=paras, captions=caps)


def C(position, text, credit):
    return dict(position=position, text=text, credit=credit)


EX = {}

EX['dreadnought_hoax_1910'] = dict(
    museum='Portland Harbour Naval Museum',
    kicker='GALLERY 5 \u00b7 PRANKS AND PRETENDERS',
    title='The Dreadnought Hoax',
    intro='On 7 February 1910 a party of young Londoners in robes, turbans and greasepaint was welcomed aboard '
          'the most powerful warship in the world. The Royal Navy believed it was receiving a group of Abyssinian '
          'princes. This guide follows the hoax from a house in Bloomsbury to the House of Commons.',
    sections=[
        S('Case 1', 'A Prankster\u2019s Plan', [
            'Horace de Vere Cole was a wealthy young man with a taste for elaborate practical jokes. At Cambridge '
            'he had already fooled the mayor into welcoming a bogus Sultan of Zanzibar. In 1910 he chose a grander '
            'target: HMS Dreadnought, the battleship whose launch four years earlier had made every other warship '
            'out of date.',
            'Cole recruited five friends. Among them were the painter Duncan Grant and the writer Virginia Stephen, '
            'later famous as Virginia Woolf, who wore a false beard. Her brother Adrian, who was very tall and hard '
            'to disguise, agreed to play the interpreter.']),
        S('Case 2', 'A Telegram from the Foreign Office', [
            'On the morning of the visit a telegram reached the flagship at Weymouth, signed with the name of Sir '
            'Charles Hardinge of the Foreign Office. It announced that the Prince of Abyssinia and his suite would '
            'arrive that afternoon and asked that they be shown round the ship. An accomplice in London had sent it.',
            'The party travelled down from Paddington in a reserved carriage. A theatrical costumier had painted '
            'their faces and fitted their beards, and at Weymouth station they were met with a red carpet.'],
          C('Right', 'A telegraph form of the kind used in 1910, with a brass inkstand.',
            'Lent by the Dorset Postal Heritage Society')),
        S('Case 3', 'Bunga Bunga', [
            'On board, the admiral and his officers gave the visitors a guard of honour and a long tour. The princes '
            'spoke a nonsense language made of scraps of Latin and Greek, and greeted each new wonder with the cry '
            '\u201cBunga bunga!\u201d The band is said to have played the anthem of Zanzibar because nobody could '
            'find the music for Abyssinia.',
            'One danger passed close by. The flag commander, Willie Fisher, was a cousin of Virginia and Adrian '
            'Stephen, yet he did not recognise either of them. When a false moustache began to come loose, Adrian '
            'hurried the party along, and the visitors refused food so that their make-up would not smear.']),
        S('Case 4', 'Laughter and Questions', [
            'A few days later Cole sent a photograph of the princes to the Daily Mirror, and the story filled the '
            'newspapers. Questions were asked in the House of Commons, and the Admiralty had to admit that it had '
            'been fooled. Nobody was charged, because no law had been broken.',
            'Naval officers took their own revenge. Cole and Grant were each given a few ceremonial taps with a '
            'cane. The joke outlived them all: when the Dreadnought rammed and sank a German submarine in 1915, one '
            'of the telegrams of congratulation is said to have read simply \u201cBunga bunga\u201d.'],
          C('Above', 'A false beard and a tin of greasepaint from a London costumier\u2019s shop.',
            'Portland Harbour Naval Museum, PHNM 2002.41')),
    ],
    sidebar=dict(title='Virginia Woolf Remembers', paras=[
        'Virginia Woolf told the story of the hoax for the rest of her life. In 1940 she gave a lively talk about '
        'it to the Women\u2019s Institute in Rodmell, the Sussex village where she lived, and her notes for the talk '
        'survive. By then the prank had become a family legend.']),
    pullquote='\u201cThe Navy had been beaten by six people and a box of make-up.\u201d',
    footnote=('flagship', 'The Dreadnought was then the flagship of the Home Fleet.'),
)

EX['essex_whaleship_1820'] = dict(
    museum='Brant Point Whaling Museum',
    kicker='GALLERY HANDOUT \u00b7 THE PACIFIC GROUNDS',
    title='The Loss of the Whaleship Essex',
    intro='In November 1820 a sperm whale rammed and sank the Nantucket whaleship Essex in the middle of the '
          'Pacific. Her twenty crewmen spent up to three months in open boats, and only eight came home. Their '
          'story later gave Herman Melville the ending of Moby-Dick.',
    sections=[
        S('Aug 1819', 'Out of Nantucket', [
            'The Essex was an old, small ship with a lucky reputation when she left Nantucket in August 1819. Her '
            'new captain, George Pollard, was not yet thirty, and his first mate, Owen Chase, was only in his early '
            'twenties. Several of the crew were teenagers on their first voyage.',
            'Days after sailing, a squall knocked the ship onto her side and wrecked two of her whaleboats. Pollard '
            'chose to carry on. The crew rounded Cape Horn and hunted along the coast of South America before '
            'heading far out into the Pacific, where whalers had begun to find new grounds.']),
        S('20 Nov 1820', 'The Whale Attacks', [
            'On 20 November the boats were away chasing a pod when a very large bull sperm whale surfaced near the '
            'ship. It swam at the Essex and struck her bow, then turned and hit her a second time. Chase, who had '
            'stayed aboard to repair his boat, watched the ship begin to fill and settle.',
            'The men saved what bread, water and navigation instruments they could. Twenty sailors divided '
            'themselves among three leaking whaleboats, more than two thousand miles from the coast of South '
            'America.'],
          C('Left', 'A whaleboat compass in a wooden box, of the kind saved from the wreck.',
            'Lent by the Macy Family Collection')),
        S('Dec 1820', 'A Fatal Choice', [
            'The nearest islands lay downwind to the west, but the officers feared that their people were '
            'cannibals. They decided instead to sail south to catch the westerly winds and then east to the coast, '
            'a voyage of thousands of miles on meagre rations.',
            'In December they landed on tiny Henderson Island, which offered little food or water. Three men chose '
            'to stay there. The rest put to sea again. As men died of hunger and thirst, the survivors were forced '
            'to eat the bodies of their shipmates. In Pollard\u2019s boat the men drew lots, and his young cousin '
            'Owen Coffin was shot.']),
        S('Feb 1821', 'Rescue and Memory', [
            'In February 1821 the brig Indian picked up Chase and two companions off the coast of Chile. A few days '
            'later the whaleship Dauphin rescued Pollard and Charles Ramsdell, who were still holding the bones of '
            'their shipmates. The three men on Henderson Island were taken off in April.',
            'Chase published a narrative of the disaster in 1821. Years later a copy reached Herman Melville, then a '
            'young sailor, and the wreck became the climax of Moby-Dick in 1851. Pollard went back to sea, lost '
            'another ship, and ended his days as a night watchman on Nantucket.'],
          C('Above', 'A sperm whale\u2019s tooth engraved by a Nantucket sailor about 1830.',
            'Brant Point Whaling Museum, BPWM 1978.6')),
    ],
    sidebar=dict(title='What Became of the Crew', paras=[
        'Of the twenty men, eight came home: the five rescued from the boats and the three from Henderson Island. '
        'The third boat drifted away one night and was never seen again. Pollard lived on Nantucket until 1870, and '
        'neighbours said he shut himself in his room each year on the anniversary of the wreck.']),
    pullquote='\u201cThe sea around them was empty for a thousand miles.\u201d',
    footnote=('cannibals', 'Modern historians think these fears were much exaggerated.'),
)

EX['cottingley_fairies_1917'] = dict(
    museum='Bingley Beck Photographic Museum',
    kicker='PHOTOGRAPHY GALLERY',
    title='The Cottingley Fairies',
    title_lines=['The Cottingley', 'Fairies'],
    intro='In 1917 two young cousins in a Yorkshire village took photographs of themselves with a group of dancing '
          'fairies. Within a few years the pictures had convinced the creator of Sherlock Holmes. This leaflet tells '
          'how a children\u2019s game became one of the most famous puzzles in the history of photography.',
    sections=[
        S('A', 'Two Cousins by the Beck', [
            'Frances Griffiths was nine when she came from South Africa with her mother to live in Cottingley, near '
            'Bradford, in 1917. She often came home wet from playing by the beck at the bottom of the garden, and '
            'said she had gone there to see the fairies. Her cousin Elsie Wright, who was sixteen, offered to help '
            'her prove it.',
            'Elsie borrowed her father\u2019s camera one Saturday in July. When Arthur Wright developed the plate, '
            'it showed Frances behind a group of small winged figures. Two months later a second picture showed '
            'Elsie with a gnome. Her father thought the figures were paper cut-outs and banned the girls from using '
            'the camera.']),
        S('B', 'The Experts Look', [
            'In 1919 Elsie\u2019s mother, Polly, mentioned the photographs at a meeting of the Theosophical Society '
            'in Bradford. They reached Edward Gardner, a leading Theosophist, who had prints made and showed them '
            'at lectures. A photographic expert, Harold Snelling, declared that the negatives showed no signs of '
            'faking.',
            'Snelling had only looked for tricks in the darkroom. He did not ask whether the figures themselves '
            'might be paper, and nobody compared them with children\u2019s books of the day.'],
          C('Right', 'A quarter-plate camera of the model used by the cousins in 1917.',
            'Lent by the Aire Valley Camera Club')),
        S('C', 'Conan Doyle Believes', [
            'Sir Arthur Conan Doyle had been asked to write about fairies for the Christmas 1920 issue of The Strand '
            'Magazine. He saw the photographs as welcome evidence for the spirit world he had come to believe in '
            'after the losses of the First World War. Gardner went to Cottingley, gave the girls new cameras and '
            'came back with three more pictures.',
            'The article caused a sensation. Many readers laughed, and some pointed out that the fairies wore '
            'fashionable hairstyles. Conan Doyle was not moved, and in 1922 he published a whole book on the case, '
            'The Coming of the Fairies.']),
        S('D', 'A Confession', [
            'The cousins kept quiet for more than sixty years. In 1983 they admitted that the fairies had been '
            'drawings copied from Princess Mary\u2019s Gift Book, a popular book of 1914, cut out and held up with '
            'hatpins. Frances still insisted that the last photograph was real, though Elsie said it was faked like '
            'the others.',
            'Both women said they had kept the secret while Conan Doyle was alive because he had believed them so '
            'completely.'],
          C('Above', 'A copy of Princess Mary\u2019s Gift Book, open at the kind of picture the cousins copied.',
            'Bingley Beck Photographic Museum, BBPM 1998.12')),
    ],
    sidebar=dict(title='Why Were They Believed?', paras=[
        'In 1920 most people could not check how a photograph was made. Cameras were expensive, darkroom work was '
        'a trade secret, and a print seemed more honest than a drawing. Conan Doyle and Gardner also wanted to '
        'believe, and people who want something badly are the easiest to fool.']),
    pullquote='\u201cA photograph can lie as politely as a person.\u201d',
    footnote=('Society', 'A movement interested in spiritualism and eastern religions, founded in New York in 1875.'),
)

EX['stone_of_scone_1950'] = dict(
    museum='Tay Street Museum of Scottish Kingship',
    kicker='EXHIBITION POSTER 4 OF 6',
    title='The Stone of Scone Heist',
    intro='Early on Christmas morning 1950 four Scottish students broke into Westminster Abbey and carried off the '
          'Stone of Scone, the ancient coronation stone of the Scots. Their raid embarrassed two governments and '
          'made the stone a national symbol once more.',
    sections=[
        S('Scene 1', 'A Stone Taken South', [
            'Scottish kings were once inaugurated on a block of red sandstone at Scone, near Perth. In 1296 Edward I '
            'of England carried it south as a trophy. It was built into a wooden coronation chair at Westminster '
            'Abbey, where English and then British monarchs were crowned above it for more than six centuries.',
            'By the late 1940s many Scots were campaigning for a parliament of their own, and a petition called the '
            'Scottish Covenant gathered about two million signatures. To some of them the stone '
            'in London had become a symbol of a nation that was no longer heard.']),
        S('Scene 2', 'Christmas Morning', [
            'Ian Hamilton, a law student at Glasgow University, planned the raid with three friends: Gavin Vernon, '
            'Alan Stuart and Kay Matheson, a young teacher. In the early hours of 25 December they forced a door '
            'into the abbey and dragged the stone out of the chair. It weighed about 150 kilograms, and as it fell '
            'it broke into two pieces.',
            'Matheson drove off with the smaller piece. The others hid the larger piece in a field in Kent and came '
            'back for it later, after the first alarm had died down.'],
          C('Left', 'A student\u2019s duffel coat and scarf of about 1950.', 'Lent by the Hillhead Costume Collection')),
        S('Scene 3', 'The Border Closed', [
            'When the theft was discovered the police closed the roads between England and Scotland, reportedly for '
            'the first time in four hundred years. Newspapers on both sides of the border followed the hunt for '
            'weeks, and many Scots openly cheered the thieves.',
            'Back in Glasgow, the stonemason Robert Gray secretly joined the two halves together again. The repair '
            'held, and the join can still be seen today.']),
        S('Scene 4', 'Left at Arbroath', [
            'On 11 April 1951 the stone was found on the site of the high altar of the ruined Arbroath Abbey, '
            'wrapped in a Saltire flag. The abbey had been chosen because of the Declaration of Arbroath, the famous '
            'letter of 1320 asserting Scottish independence.',
            'The stone went back to Westminster within days, and no one was ever prosecuted. In 1996 the government '
            'returned it to Scotland, and it now goes south only when a new monarch is crowned.'],
          C('Below', 'The ruined east end of Arbroath Abbey, where the stone was left in 1951.',
            'Photograph \u00a9 Angus Ruins Survey, 1987')),
    ],
    sidebar=dict(title='Is It the Real Stone?', paras=[
        'Rumours have always said that the students returned a copy and kept the real stone. Robert Gray is known to '
        'have made replicas, and several churches and societies have claimed to own the true one. Geologists who '
        'examined the stone found sandstone of the kind found around Scone, which suggests that it is genuine.']),
    pullquote='\u201cIt was a student prank, and it was also a political act.\u201d',
    footnote=('years', 'Some historians doubt this claim, which was first made in the press.'),
)

EX['tichborne_claimant_1866'] = dict(
    museum='Itchen Valley Museum',
    kicker='Room 2 \u00b7 Famous Impostors',
    title='The Tichborne Claimant',
    intro='In 1866 a butcher from a small town in New South Wales announced that he was Sir Roger Tichborne, heir '
          'to one of the oldest estates in England, who had been lost at sea twelve years earlier. The claim split '
          'the country and led to one of the longest trials in English history.',
    sections=[
        S('Panel A', 'Lost at Sea', [
            'Roger Tichborne was the eldest son of an old Catholic family in Hampshire. Educated in France, he spoke '
            'English with a strong accent and served as an army officer. In 1854 he sailed from Rio de Janeiro on '
            'the Bella, which sank with all hands.',
            'His mother, Lady Henriette Tichborne, never accepted that he was dead. She placed advertisements in '
            'newspapers around the world, offering a reward for news of her son.']),
        S('Panel B', 'A Butcher from Wagga Wagga', [
            'In 1866 a lawyer in Wagga Wagga reported that a local butcher, known as Thomas Castro, had hinted that '
            'he was the missing baronet. The man was fat where Roger had been thin, and he could not speak French, '
            'but Lady Tichborne sent him money to travel to Europe.',
            'In January 1867 she met him in a darkened hotel room in Paris and declared that he was her son. Several '
            'old servants and friends agreed with her. Most of the family, however, called him an impostor.'],
          C('Right', 'A butcher\u2019s cleaver and apron of the 1860s from New South Wales.',
            'Lent by the Riverina Settlers\u2019 Museum')),
        S('Panel C', 'Two Trials', [
            'After Lady Tichborne died in 1868, the Claimant went to court to win the estates. The civil case lasted '
            'from 1871 to 1872. He could not recall his school days, and witnesses said Roger had a tattoo on his '
            'arm which the Claimant did not have. The case collapsed, and he was arrested for perjury.',
            'The criminal trial sat for 188 days in 1873 and 1874. The prosecution showed that he was almost '
            'certainly Arthur Orton, the son of a butcher from Wapping in east London, who had gone to Australia as '
            'a young man. He was sentenced to fourteen years in prison.']),
        S('Panel D', 'The People\u2019s Hero', [
            'Many working people saw the Claimant as an ordinary man crushed by the rich and their lawyers. His '
            'barrister, Edward Kenealy, was disbarred for his conduct at the trial but was elected to Parliament in '
            '1875 on the Claimant\u2019s cause.',
            'Released in 1884, Orton toured music halls and circuses. In 1895 he sold a confession to a newspaper, '
            'then took it back. He died poor in 1898, and his coffin plate named him Sir Roger Charles Doughty '
            'Tichborne.'],
          C('Below', 'A pottery figure of the Claimant, made for his supporters.',
            'Itchen Valley Museum, IVM 1974.8')),
    ],
    sidebar=dict(title='The Tichborne Dole', paras=[
        'The family is also known for an old charity. According to legend, a dying Lady Mabella Tichborne asked her '
        'husband for land to feed the poor, and he promised her as much as she could crawl around while a torch '
        'burned. Flour from the estate is still given to local people each Lady Day.']),
    footnote=('188 days', 'Court days only; the trial lasted about ten months in all.'),
    table=[('Year Roger was lost at sea', '1854'), ('Year of the claim', '1866'),
           ('Days of the criminal trial', '188'), ('Sentence', 'Fourteen years'), ('Year of death', '1898')],
)

EX['first_folio_1623'] = dict(
    museum='Cotton Lane Library and Museum',
    title='Shakespeare\u2019s First Folio',
    intro='Seven years after William Shakespeare died, two of his fellow actors published thirty-six of his plays '
          'in a single large volume. Without this book, known today as the First Folio, half of those plays might '
          'have been lost for ever. Explore how it was made, sold and treasured.',
    sections=[
        S('Chapter 1', 'Friends in the Company', [
            'Shakespeare died in Stratford-upon-Avon in April 1616. About half of his plays had appeared in cheap '
            'quarto editions, some of them badly garbled. John Heminges and Henry Condell, who had acted beside him '
            'for years in the King\u2019s Men, set out to collect the rest and publish them properly.',
            'They could draw on the company\u2019s playhouse manuscripts and prompt-books. In their preface they '
            'claimed that earlier editions had been stolen and maimed, while their own texts were cured and '
            'perfect.']),
        S('Chapter 2', 'In the Printing House', [
            'The book was printed in London by William Jaggard and his son Isaac, with the bookseller Edward Blount '
            'as a partner. Work took nearly two years. Compositors set each page letter by letter, and proofs were '
            'corrected while printing went on, so no two copies are exactly alike.',
            'Troilus and Cressida was held up by a dispute over the rights and squeezed in at the last moment, '
            'without a place in the list of contents. Pericles was left out altogether.'],
          captions=[C(None, 'A compositor\u2019s stick and a handful of type.', 'Lent by the Blackfriars Print Workshop'),
                    C(None, 'A sheet of handmade paper of the size used for the Folio.',
                      '\u00a9 Southwark Paper Mill Trust, SPMT 88.2')]),
        S('Chapter 3', 'Eighteen New Plays', [
            'Eighteen of the plays had never been printed before, among them Macbeth, The Tempest, Twelfth Night, '
            'Julius Caesar and As You Like It. If Heminges and Condell had not gathered them, we would know these '
            'plays only by their titles, if at all.',
            'The plays were arranged as comedies, histories and tragedies, a grouping that still shapes how they are '
            'taught. The volume opens with verses by Ben Jonson and the engraved portrait by Martin Droeshout, one '
            'of only two likenesses accepted as authentic.'],
          C('Above', 'The Droeshout portrait, in a nineteenth-century facsimile of the title page.',
            'Cotton Lane Library, CLL F.1864.3')),
        S('Chapter 4', 'Buying a Folio', [
            'About 750 copies were printed. A bound copy cost around a pound, perhaps a month\u2019s wages for a '
            'skilled craftsman, so the first buyers were mostly gentry, scholars and lawyers. The Bodleian Library '
            'in Oxford received a copy on publication, sold it as out of date after the Third Folio appeared, and '
            'bought it back in 1906.',
            'Readers wrote in the margins, children practised their handwriting on blank pages, and owners pasted '
            'in their own pictures. Those marks now help scholars trace who read Shakespeare in his first century.']),
    ],
    sidebar=dict(title='How Many Survive?', paras=[
        'Some 235 copies of the First Folio are known today, and new ones still turn up: one was found in a library '
        'in northern France in 2014, and another in a house on a Scottish island in 2016. The largest group, 82 '
        'copies, belongs to the Folger Shakespeare Library in Washington.']),
    pullquote='\u201cHe was not of an age, but for all time!\u201d',
    footnote=('printed before', 'Counting The Taming of the Shrew, although a play with a similar title had been printed.'),
)


def body_words(ex):
    n = len(ex['intro'].split())
    for s in ex['sections']:
        n += sum(len(p.split()) for p in s['paras'])
    n += sum(len(p.split()) for p in ex['sidebar']['paras'])
    return n


def gold(name, running):
    ex = EX[name]
    secs = [dict(label=None, title=ex['title'], blocks=[dict(kind='paragraph', text=ex['intro'])])]
    for s in ex['sections']:
        blocks = [dict(kind='paragraph', text=p) for p in s['paras']]
        for c in s['captions']:
            blocks.append(dict(kind='caption', text=c['text'], position=c['position'], credit=c['credit']))
        secs.append(dict(label=s['label'], title=s['title'], blocks=blocks))
    sb = ex['sidebar']
    secs.append(dict(label=None, title=sb['title'], blocks=[dict(kind='paragraph', text=p) for p in sb['paras']]))
    return dict(title=ex['title'], running=running, sections=secs)


def write_gold(name, running):
    with open(os.path.join(OUT, name + '.json'), 'w', encoding='utf-8') as f:
        json.dump(gold(name, running), f, ensure_ascii=False, indent=2)
        f.write('\n')


if __name__ == '__main__':
    for k, v in EX.items():
        print(k, body_words(v))
