"""Text extracted from PDFs without blank lines: pages, running heads, panels, captions."""

from __future__ import annotations

from vitrina.structure import rebuild

# Invented exhibit text laid out as `pdftotext -raw` gives it: no blank lines,
# a form feed between pages, a running footer with the exhibit name and page.
PAGES = [
    [
        "3. Bells of the Northern",
        "Coast, 1820–1890",
        "The foundry at the river mouth cast its first bell in 1820, when",
        "the harbour church ordered one to replace a cracked bell brought",
        "from the south. The founders learned the craft from a travelling",
        "master who stayed for a single summer.",
        "Within a decade the foundry sent bells to every parish along the",
        "coast, and its ledgers list more than two hundred castings.",
        "Left: The casting floor with a finished bell hanging from the crane.",
        "Courtesy of the Coastal Heritage Museum",
        "Tides and Fog Exhibit 7",
    ],
    [
        "Tides and Fog Exhibit 8",
        "B",
        "Fog Signals",
        "Ships needed warning in thick weather, and the lighthouse board",
        "asked the foundry for bells that could be heard two miles out. The",
        "largest weighed four tons and was rung by a clockwork hammer that",
        "a keeper wound every hour through the night.",
    ],
]


def _pages_doc(pages: list[list[str]], name: str):
    """The document rebuilt from text pages (lines joined, pages split by form feeds)."""
    text = "\f".join("\n".join(lines) + "\n" for lines in pages)
    return rebuild(text, name, f"{name}.txt", "text")


def _doc():
    return _pages_doc(PAGES, "bells")


def test_running_footer_dropped_and_panel_after_it_found() -> None:
    doc = _doc()
    assert [(s.label, s.title) for s in doc.sections] == [
        ("3", "Bells of the Northern Coast, 1820–1890"),
        ("B", "Fog Signals"),
    ]
    assert "Tides and Fog" not in doc.text


def test_paragraphs_from_line_fit_and_captions_with_credit() -> None:
    doc = _doc()
    paragraphs = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]
    assert len(paragraphs) == 3
    assert paragraphs[0].endswith("for a single summer.")
    assert paragraphs[1].startswith("Within a decade")
    (caption,) = [b for b in doc.blocks if b.kind == "caption"]
    assert caption.position == "Left"
    assert caption.credit == "Courtesy of the Coastal Heritage Museum"
    assert doc.text[caption.start : caption.end].endswith("from the crane.")


# Panels labelled by a bare letter before the title ("B Title", no full stop), and
# a title that later pages repeat as their running head.
SERIES_PAGES = [
    [
        "Page 1 of 2",
        "Mills of the Upper Valley",
        "For two hundred years the river turned the stones that ground the grain of",
        "every farm in the valley, and this room follows the mills from start to end.",
        "A Wheels and Races",
        "The first mills on the upper river were built by families who had come",
        "from the coast with little more than their tools and a few sacks of seed.",
        "A mill needed a fall of water, and the best sites were soon taken.",
    ],
    [
        "Mills of the Upper Valley",
        "B Grain for the Towns",
        "By the middle of the century the valley sent flour by wagon to the towns",
        "along the lake shore, where bakers paid in silver for a good season's grind.",
        "Page 2 of 2",
    ],
]


def _series_doc():
    return _pages_doc(SERIES_PAGES, "mills")


def test_bare_letters_counting_up_are_panel_labels() -> None:
    doc = _series_doc()
    assert [(s.label, s.title) for s in doc.sections][1:] == [
        ("A", "Wheels and Races"),
        ("B", "Grain for the Towns"),
    ]


def test_title_repeated_as_running_head_on_later_pages_is_kept_once() -> None:
    doc = _series_doc()
    assert doc.sections[0].title == "Mills of the Upper Valley"
    assert doc.text.count("Mills of the Upper Valley") == 1
    assert "Page 2" not in doc.text


# A title ending in a capitalised particle, a numbered title right after a caption,
# and a running head that repeats the title from page 2 on (a two-page exhibit).
ECHO_PAGES = [
    [
        "Lanterns on the Quay:",
        "The Night Market",
        "For forty years the harbour market opened at dusk, when the fishing fleet",
        "was in and the day's catch had been landed, sorted and sold to the inns.",
        "I. The Stalls Move In",
        "Every evening the traders wheeled their carts onto the quay and hung",
        "their lanterns from poles, and by dark the whole waterfront was lit.",
        "Above: Lanterns hung from a pole over a fish stall in the old market.",
        "Harbour Board Photograph Collection",
        "1",
    ],
    [
        "Lanterns on the Quay",
        "Below: A cart with its awning folded for the night, ready to leave.",
        "II. After Midnight",
        "The last traders packed their carts long after midnight, and sweepers",
        "cleared the stones before the fishing boats came back at first light.",
        "2",
    ],
]


def test_numbered_title_after_caption_and_title_echo_as_running_head() -> None:
    doc = _pages_doc(ECHO_PAGES, "quay")
    assert [(s.label, s.title) for s in doc.sections][-2:] == [
        ("I", "The Stalls Move In"),
        ("II", "After Midnight"),
    ]
    assert doc.text.count("Lanterns on the Quay") == 1
    (credit,) = [b.credit for b in doc.blocks if b.kind == "caption" and b.credit]
    assert credit == "Harbour Board Photograph Collection"


# A long title over narrow columns, a labelled caption in a measure of its own that goes
# on past its first sentence to a lender's credit.
MEASURE_PAGE = [
    "The Clockmakers of the Northern Hills and Their Workshops",
    "The clock trade in the hill towns began with a handful of families who repaired church clocks in the",
    "winter, when the farms were idle, and by the end of the century it employed most of the valley.",
    "Left: A clockmaker's lathe of the kind used in the hill workshops.",
    "Lathes like this one were driven by a foot treadle and could turn",
    "a brass wheel in an afternoon. Lent by the family of a clockmaker",
    "Apprentices began at twelve and learned to cut wheels before they were allowed to touch a movement,",
    "and the best of them went on to open workshops of their own in the market towns along the river.",
    "The masters kept their methods to themselves and wrote little down, so most of what is known of",
    "the trade comes from the account books of the shops that bought their clocks and sold them on.",
]


def test_long_opening_title_and_labelled_caption_through_its_own_measure() -> None:
    doc = rebuild("\n".join(MEASURE_PAGE) + "\n", "clocks", "clocks.txt", "text")
    assert doc.sections[0].title == MEASURE_PAGE[0]
    (caption,) = [b for b in doc.blocks if b.kind == "caption"]
    assert caption.position == "Left"
    assert doc.text[caption.start : caption.end].endswith("in an afternoon.")
    assert caption.credit == "Lent by the family of a clockmaker"


# A caption with neither label nor credit set inside a paragraph: the paragraph stops
# mid-sentence, the caption ends a sentence, the paragraph goes on in lower case.
INSET_PAGE = [
    "The Ropewalk",
    "The ropewalk ran for a quarter of a mile behind the harbour, and the spinners walked",
    "backwards along it all day, paying out hemp from bundles tied at their waists while a boy",
    "turned the great wheel at the far end. Each spinner was paid by the length of yarn, and",
    "A spinner's bundle of hemp, with the hook that held it at the waist.",
    "the fastest could spin more than a mile of yarn in a single long summer day on the walk.",
    "The yarn was then laid up into strands and the strands into rope for the ships of the port.",
]


def test_caption_without_label_or_credit_inside_a_paragraph() -> None:
    doc = rebuild("\n".join(INSET_PAGE) + "\n", "rope", "rope.txt", "text")
    (caption,) = [b for b in doc.blocks if b.kind == "caption"]
    assert doc.text[caption.start : caption.end] == (
        "A spinner's bundle of hemp, with the hook that held it at the waist."
    )
    paragraphs = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]
    assert any("paid by the length of yarn, and the fastest could spin" in p for p in paragraphs)


def test_page_edge_line_echoing_body_text_is_not_a_running_head() -> None:
    pages = [
        [
            "Boats of the Lower River",
            "The ferrymen of the lower river kept their boats at the mill landing through the",
            "winter, and in spring they carried the first loads of grain down to the harbour.",
        ],
        [
            "down to the harbour",
            "The grain boats were broad and flat, built to carry a heavy load in shallow water,",
            "and the best of them could make the run to the harbour and back in a single day.",
        ],
    ]
    doc = _pages_doc(pages, "boats")
    assert doc.text.count("down to the harbour") == 2  # not the title: stays in the text


def _blocks(lines: list[str]) -> list[tuple[str, str, str | None, str | None]]:
    doc = rebuild("\n".join(lines) + "\n", "mill", "mill.txt", "text")
    return [(b.kind, doc.text[b.start : b.end], b.position, b.credit) for b in doc.blocks]


MILL_BODY = [
    "The mill on the weir ground oats for the parish from the thaw until the first",
    "hard frost, and its wheel turned the stones, the sack hoist and a saw bench",
    "that the carpenters of the valley shared between them.",
    "In dry summers the pond fell so low that the miller ground only at night,",
    "when the stream had refilled it, and the farmers waited with their carts in",
    "the lane.",
]


def test_credit_wrapped_after_its_lead_and_a_dash() -> None:
    blocks = _blocks([
        "Wheels on the Weir",
        "The miller's account book for the year of the great flood, opened at the spring. \u2014 Courtesy",
        "of the Valley Parish Archive",
        *MILL_BODY,
    ])
    assert blocks[1] == ("caption",
                         "The miller's account book for the year of the great flood, opened at the spring.",
                         None, "Courtesy of the Valley Parish Archive")
    assert blocks[3][0] == "paragraph" and blocks[3][1].startswith("The mill on the weir")


def test_caption_cutting_into_a_paragraph_ends_at_its_sentence() -> None:
    blocks = _blocks([
        "Wheels on the Weir",
        *MILL_BODY[:2],
        "that the carpenters of the valley",
        "Below, left: A sack hoist and its chain, drawn by the miller's daughter in the loft of the mill.",
        "shared between them through the winter. In dry summers the pond fell so low that",
        "the miller ground only at night, when the stream had refilled it, and the farmers",
        "waited with their carts.",
    ])
    paragraph = next(b for b in blocks if b[0] == "paragraph")
    assert paragraph[1].endswith("the valley shared between them through the winter. In dry "
                                 "summers the pond fell so low that the miller ground only at night, "
                                 "when the stream had refilled it, and the farmers waited with their carts.")
    caption = next(b for b in blocks if b[0] == "caption")
    assert caption[1:3] == ("A sack hoist and its chain, drawn by the miller's daughter in the loft of the mill.",
                            "Below, left")


def test_unlabelled_caption_with_its_credit_after_a_finished_paragraph() -> None:
    blocks = _blocks([
        "Wheels on the Weir",
        *MILL_BODY,
        *MILL_BODY,
        "The flood marks cut into the door post of the mill house, the highest from the spring of the storm. Image:",
        "Valley Parish Archive",
    ])
    assert [b[0] for b in blocks] == ["heading", *["paragraph"] * 4, "caption", "credit"]
    assert blocks[5][3] == "Image: Valley Parish Archive"
    assert blocks[4][1].endswith("waited with their carts in the lane.")


NARROW = [
    "The keepers rowed out to the reef each",
    "morning to read the tide gauge, and they",
    "wrote the height in a ledger kept dry in a",
    "tin box under the bench of the boat.",
    "Storms broke the gauge twice in one",
    "winter, and the harbour board paid a smith",
    "in the town to forge a heavier post that",
    "the waves could not move from the rock.",
]


def test_number_before_a_title_is_its_label_when_the_running_head_repeats_the_title() -> None:
    pages = [
        ["Tide Gauges of the Reef", "4 Tide Gauges of the Reef:", "Measuring the Sea, 1850-1900", *NARROW],
        ["Tide Gauges of the Reef", *NARROW[::-1]],
    ]
    doc = rebuild("\f".join("\n".join(p) + "\n" for p in pages), "tide", "tide.txt", "text")
    assert (doc.sections[0].label, doc.sections[0].title) == (
        "4", "Tide Gauges of the Reef: Measuring the Sea, 1850-1900")


def test_zero_padded_number_and_a_label_line_under_the_title() -> None:
    doc = rebuild("\n".join(["03 Tide Gauges", "Section I", "The Reef Station", *NARROW]) + "\n",
                  "tide", "tide.txt", "text")
    assert [(s.label, s.title) for s in doc.sections] == [("03", "Tide Gauges"), ("I", "The Reef Station")]


def test_paragraph_opens_at_a_line_short_by_its_lost_indent() -> None:
    lines = [*NARROW[:4], "Storms broke the gauge twice in", *NARROW[5:]]
    doc = rebuild("\n".join(["Tide Gauges", *lines]) + "\n", "tide", "tide.txt", "text")
    paragraphs = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]
    assert len(paragraphs) == 2 and paragraphs[1].startswith("Storms broke")


def test_credit_wrapped_onto_a_name_closed_by_a_full_stop() -> None:
    blocks = _blocks([
        "Wheels on the Weir",
        *MILL_BODY,
        "Left: The sluice gate at low water. Courtesy of the Valley Parish",
        "Archive.",
        *MILL_BODY,
    ])
    caption = next(b for b in blocks if b[0] == "caption")
    assert caption[1:] == ("The sluice gate at low water.", "Left", "Courtesy of the Valley Parish Archive")


def test_caption_in_a_wider_measure_between_paragraphs() -> None:
    blocks = _blocks([
        "Tide Gauges",
        *NARROW,
        *NARROW,
        "The gauge post after the storm of 1894, bent over by the waves.",
        "Repairs took the smith and two keepers most of the spring and",
        "part of the summer.",
        *NARROW,
    ])
    kinds = [b[0] for b in blocks]
    assert kinds.count("caption") == 1
    caption = next(b for b in blocks if b[0] == "caption")
    assert caption[1] == ("The gauge post after the storm of 1894, bent over by the waves. Repairs took "
                          "the smith and two keepers most of the spring and part of the summer.")
    assert all("gauge post" not in b[1] for b in blocks if b[0] == "paragraph")


def test_caption_with_a_listed_credit_wrapped_inside_a_paragraph() -> None:
    blocks = _blocks([
        "Tide Gauges",
        *NARROW,
        "Storms broke the gauge twice in one",
        "winter, and the harbour board paid a",
        "The keeper's boat at the reef in 1890. Harbour Photo Collection,",
        "Glass Plate Division, Coast City Library",
        "smith in the town to forge a heavier post",
        "that the waves could not move from the rock.",
        *NARROW,
    ])
    caption = next(b for b in blocks if b[0] == "caption")
    assert caption[1:] == ("The keeper's boat at the reef in 1890.", None,
                           "Harbour Photo Collection, Glass Plate Division, Coast City Library")
    assert any(b[1].endswith("the harbour board paid a smith in the town to forge a heavier post "
                             "that the waves could not move from the rock.") for b in blocks)


def test_title_going_on_after_a_year_and_a_credit_name_wrapped_without_lead() -> None:
    blocks = _blocks([
        "Harbour Wars, 1801-1805",
        "and 1815-1816",
        *NARROW,
        "Above: The harbour chain boom. Kennan",
        "Gallery",
        *NARROW,
    ])
    assert blocks[0] == ("heading", "Harbour Wars, 1801-1805 and 1815-1816", None, None)
    caption = next(b for b in blocks if b[0] == "caption")
    assert caption[1:] == ("The harbour chain boom.", "Above", "Kennan Gallery")


def test_photo_credit_label_closes_a_caption() -> None:
    blocks = _blocks([
        "Wheels on the Weir",
        *MILL_BODY,
        "Left: The sluice gate at low water. Photo credit: Ann Reed",
        *MILL_BODY,
    ])
    caption = next(b for b in blocks if b[0] == "caption")
    assert caption[1:] == ("The sluice gate at low water.", "Left", "Photo credit: Ann Reed")


def test_print_footer_closed_by_page_of_pages() -> None:
    page = [*NARROW, "file:///home/visitor/tide.html 1/1"]  # one page: nothing repeats
    doc = rebuild("\n".join(page) + "\n\f", "tide", "tide.txt", "text")
    assert "file:" not in doc.text and doc.text.endswith("from the rock.")


DOTTED = [
    "The Ropewalk of the River Town",
    "For a century the ropewalk by the river twisted hemp into cables for",
    "the ships built downstream, and its long shed still stands by the ferry.",
    "4.1 Spinning the Yarn",
    "Spinners walked backwards down the shed paying out hemp from bundles",
    "tied at their waists, while a boy turned the wheel at the far end. A",
    "good spinner walked more than twenty miles along the shed in one day.",
    "\u201cA good spinner walked more than twenty miles",
    "along the shed in one day.\u201d",
    "4.2 Laying the Cable",
    "Three strands were twisted together by a heavy sledge drawn along the",
    "floor, and the finished cable was coiled and tarred in the yard outside.",
]


def test_dotted_section_numbers_and_a_pull_quote_repeating_the_body() -> None:
    doc = rebuild("\n".join(DOTTED) + "\n", "rope", "rope.txt", "text")
    assert [(s.label, s.title) for s in doc.sections][1:] == [
        ("4.1", "Spinning the Yarn"),
        ("4.2", "Laying the Cable"),
    ]
    texts = [doc.text[b.start : b.end] for b in doc.blocks if b.kind != "heading"]
    assert sum("twenty miles" in t for t in texts) == 1  # the pull quote is left out


def test_prepositions_off_and_past_stay_lowercase_in_a_numbered_title() -> None:
    from vitrina.structure.plainlayout import counting_labels

    texts = ["1 The Wreck off the Point", "The divers went down.", "2 Ten Minutes past Noon"]
    assert counting_labels(texts) == {0: "1", 2: "2"}


DROP_CAP = [
    "W",
    "The Great Flood:",
    "Spring on the Lower River",
    "Part One",
    "The Levee Breaks",
    "ater rose over the levee at the bend on a wet April night, and by morning the",
    "low fields of three parishes lay under a brown lake that reached the church steps.",
    "Boats from the upper river carried families to the bluffs, where tents stood in rows.",
]


def test_drop_cap_printed_apart_opens_its_paragraph_and_title_over_two_lines() -> None:
    doc = rebuild("\n".join(DROP_CAP) + "\n", "flood", "flood.txt", "text")
    assert [(s.label, s.title) for s in doc.sections] == [
        (None, "The Great Flood: Spring on the Lower River"),
        ("One", "The Levee Breaks"),
    ]
    paragraphs = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]
    assert paragraphs[0].startswith("Water rose over the levee")


def test_exhibit_number_alone_above_the_title_is_no_page_number() -> None:
    pages = [
        ["7", "The Lamp Works", "The lamp works on the hill made oil lamps for the mines until 1930,",
         "and their glass chimneys were blown in a shed beside the kiln. The",
         "foreman kept a daybook of every batch that cracked in the cooling.",
         "Lamp Gallery · Room 7", "Leaf 1 of 2"],
        ["The miners carried the lamps down the shafts in wire cages, and the",
         "safety men checked every flame at the pit head before a shift.",
         "Lamp Gallery · Room 7", "Leaf 2 of 2"],
    ]
    doc = _pages_doc(pages, "lamps")
    assert [(s.label, s.title) for s in doc.sections] == [("7", "The Lamp Works")]


def test_a_pull_quote_cut_down_from_a_body_sentence_is_left_out() -> None:
    from vitrina.structure.assemble import without_pull_quotes
    from vitrina.structure.layout import Fragment, Heading
    from vitrina.structure.lines import split_lines

    text = ("The North Quay\n"
            "The old ferry ran every hour from the north quay until the new bridge opened in spring, and\n"
            "few people missed it.\n"
            "\u201cThe ferry ran every hour until the bridge opened.\u201d\n")
    lines = split_lines(text).lines
    entries = [Heading(None, [lines[0]], 0), Fragment("paragraph", lines[1:3]), Heading(None, [lines[3]], 0)]
    kept = without_pull_quotes(entries, 6)
    assert kept == entries[:2]


def _typed(paragraphs: list[str], width: int) -> str:
    import textwrap

    return "\n".join(line for p in paragraphs for line in textwrap.wrap(p, width)) + "\n"


TYPED_PARAGRAPHS = [
    "The ferry crossed the river at the narrows where the water ran slow over the gravel bar. "
    "It carried carts, cattle and the post, and it ran from the first light until dusk in every season.",
    "Fares were set by the parish vestry and painted on a board at the landing stage beside the bell. "
    "A cart paid sixpence and a man on foot paid a penny or less.",
    "When the bridge opened upstream the ferry lost most of its trade within a year. "
    "The last ferryman kept the boat until he died and then it was broken up for its timber.",
    "His son sold the chain to a foundry in the town and the landing stage was left to the reeds "
    "and the herons for fifty years.",
    "A society of local historians cleared the stage in the spring of 1978 and set up the old fare "
    "board again in a frame beside the footpath.",
]


def test_typed_lines_end_a_paragraph_where_the_next_word_fitted_by_count() -> None:
    from vitrina.structure.lines import split_lines
    from vitrina.structure.plainlayout import PlainLayout

    text = _typed(TYPED_PARAGRAPHS, 46)
    layout = PlainLayout(split_lines(text))
    assert layout.exact  # every wrap is full by character count
    doc = rebuild(text, "ferry", "ferry.txt", "text")
    assert [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"] == TYPED_PARAGRAPHS


def test_lines_of_proportional_type_are_not_read_as_typed() -> None:
    from vitrina.structure.lines import split_lines
    from vitrina.structure.plainlayout import PlainLayout

    lines = _typed(TYPED_PARAGRAPHS, 52).split("\n")
    lines[1] = lines[1] + " and more"  # a line longer than the measure by several characters
    assert not PlainLayout(split_lines("\n".join(lines))).exact


def test_a_number_alone_over_a_credited_caption_is_its_pictures_number() -> None:
    text = "\n".join([
        "Tools of the Tide Mill",
        "The miller's tools were made in the village, and most of them were mended there for",
        "generations. Three of them are shown in this case, numbered as on the labels.",
        "1",
        "A copper weight from the",
        "miller's scales.",
        "Photo: Ivo Marsh",
        "2",
        "A sluice key forged at the",
        "village smithy.",
        "Photo: Tidewater Trust",
    ]) + "\n"
    doc = rebuild(text, "tools", "tools.txt", "text")
    captions = [(doc.text[b.start : b.end], b.credit) for b in doc.blocks if b.kind == "caption"]
    assert captions == [("A copper weight from the miller's scales.", "Photo: Ivo Marsh"),
                        ("A sluice key forged at the village smithy.", "Photo: Tidewater Trust")]


LEAFLET = [
    "Plan Your Visit",
    "Harbour Museum of Salt",
    "Quay Street 4",
    "Open daily except Mondays",
    "HARBOUR MUSEUM · SALT ROOM",
    "White Gold of the Coast, 1790:",
    "The Salt Pans of the Bay",
    "The salt pans lay along the shore below the dunes, and the boiling houses behind",
    "them burned peat cut from the moss inland. Their smoke could be seen for miles.",
    "Brine was drawn from the pans at every spring tide and carried up to the boiling",
    "houses in wooden buckets slung from a yoke across the shoulders of the workers.",
]


def test_a_colon_title_after_an_address_block_opens_its_section() -> None:
    doc = rebuild("\n".join(LEAFLET) + "\n", "salt", "salt.txt", "text")
    assert "White Gold of the Coast, 1790: The Salt Pans of the Bay" in [s.title for s in doc.sections]
    paragraphs = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]
    assert any(p.startswith("The salt pans lay along") for p in paragraphs)


def test_a_colon_line_inside_running_prose_opens_nothing() -> None:
    lines = [
        "The salt pans lay along the shore below the dunes, and the boiling houses behind",
        "them burned peat cut from the moss inland, and the makers sold it in three grades",
        "to the curers, who wrote on their casks:",
        "Best Bay Salt for Herring",
        "The salt was raked from the iron pans as it formed and dried in the loft above the",
        "fires, and it was packed into sacks for the carts that came down the shore road.",
    ]
    doc = rebuild("\n".join(lines) + "\n", "salt", "salt.txt", "text")
    assert not any("Best Bay Salt" in (s.title or "") for s in doc.sections)


def test_a_narrow_caption_cutting_into_a_paragraph_ends_with_its_credit_line() -> None:
    lines = [
        "Salt and Smoke",
        "The salt pans lay along the shore below the dunes, and the boiling",
        "houses behind them burned peat cut from the moss inland. Traders",
        "Left: The boiling house at",
        "the north end of the bay,",
        "drawn in 1790.",
        "Tavira, Ana Lobo",
        "came from the towns inland to buy it by the sack at the quay.",
        "Brine was drawn from the pans at every spring tide and carried up",
        "to the boiling houses in wooden buckets slung from a yoke.",
    ]
    doc = rebuild("\n".join(lines) + "\n", "salt", "salt.txt", "text")
    captions = [(doc.text[b.start : b.end], b.position, b.credit) for b in doc.blocks if b.kind == "caption"]
    assert captions == [("The boiling house at the north end of the bay, drawn in 1790.", "Left",
                         "Tavira, Ana Lobo")]
    paragraphs = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]
    assert any("inland. Traders came from the towns inland" in p for p in paragraphs)


NARROW_CAPTION = [
    "1 Salt and Smoke",
    "The salt pans lay along the shore below the dunes, and",
    "the boiling houses behind them burned peat from the moss.",
    "Their smoke could be seen from the ferry on a still day.",
    "Brine was drawn from the pans at every spring tide. The",
    "carters came down from the towns to buy it. Most traders",
    "Left: Plan of the boiling",
    "house at the north end of",
    "the bay, drawn in 1790.",
    "Ana Tavares Lobo, Faro",
    "paid for their salt in coin at the quay, and some paid in",
    "cloth or in grain brought down the river from the farms.",
    "2 The Duty",
    "A duty on salt was collected at the door by an officer of",
    "the excise, who lived in the row of cottages on the road.",
]


def test_a_labelled_caption_in_its_own_measure_stops_where_the_paragraph_goes_on() -> None:
    doc = rebuild("\n".join(NARROW_CAPTION) + "\n", "salt", "salt.txt", "text")
    captions = [(doc.text[b.start : b.end], b.position, b.credit) for b in doc.blocks if b.kind == "caption"]
    assert captions == [("Plan of the boiling house at the north end of the bay, drawn in 1790.", "Left",
                         "Ana Tavares Lobo, Faro")]
    assert [s.title for s in doc.sections][-1] == "The Duty"
    paragraphs = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]
    assert any("Most traders paid for their salt" in p for p in paragraphs)


def test_a_led_credit_wraps_onto_an_institutions_name_with_its_function_words() -> None:
    lines = [
        "The Relay Stations",
        "Station keepers lived alone in small cabins of stone and sod, far from any town, and kept",
        "a fresh horse saddled for the next rider at every hour of the day and of the night.",
        "Left: Foundations of a relay",
        "station on the plain.",
        "Photo: Ada Marr / Upper",
        "Plains Museum of the Post",
        "The riders changed horses in two minutes and rode on through the night, whatever the",
        "weather, and the mail crossed the whole country in ten days.",
    ]
    doc = rebuild("\n".join(lines) + "\n", "post", "post.txt", "text")
    captions = [(doc.text[b.start : b.end], b.credit) for b in doc.blocks if b.kind == "caption"]
    assert captions == [("Foundations of a relay station on the plain.",
                         "Photo: Ada Marr / Upper Plains Museum of the Post")]
    assert [s.title for s in doc.sections] == ["The Relay Stations"]


def test_a_wrapped_credit_closed_by_a_register_number_is_no_paragraph() -> None:
    lines = [
        "The Salt Road",
        "The carters brought salt up from the pans every week in summer, and the",
        "road they wore is still a green lane across the moor.",
        "Above: A salt cart of the kind the carters used, restored for the museum. Lent by the Moor",
        "Carriers Trust, MCT 1988.21",
        "The toll house at the top of the lane took a penny a cart, and its board of",
        "charges hangs in the gallery.",
    ]
    doc = rebuild("\n".join(lines) + "\n", "salt", "salt.txt", "text")
    [caption] = [b for b in doc.blocks if b.kind == "caption"]
    assert caption.credit == "Lent by the Moor Carriers Trust, MCT 1988.21"
    paragraphs = [" ".join(doc.text[b.start : b.end].split()) for b in doc.blocks if b.kind == "paragraph"]
    assert paragraphs[-1].startswith("The toll house")
