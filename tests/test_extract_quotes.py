from __future__ import annotations

import pytest

from tests._extract_helpers import entity, make_doc
from vitrina.extract.quotes import quote_spans

pytest.importorskip("vitrina.extract.dates")

WATERLOO = (
    "“We shall hold the ridge until the Prussians arrive,” said Arthur Wellesley. "
    "Horatio Nelson had studied the charts years before. “The enemy will come out at dawn,” "
    "he wrote Admiral Cuthbert Collingwood in 1805. "
    "Wellesley mocked what he called the “scum of the earth” and rode on. "
    "Diplomats in Vienna spoke of a ‘balance of power’ in the years that followed."
)


@pytest.fixture(scope="module")
def doc():
    from vitrina.extract import extract

    return extract(make_doc([WATERLOO]))


def _speaker(doc, words):
    q = next(q for q in doc.quotes if doc.text[q.start : q.end].startswith(words))
    e = entity(doc, q.speaker)
    return q, (e.name if e else None)


def test_quote_text_excludes_marks(doc):
    for q in doc.quotes:
        text = doc.text[q.start : q.end]
        assert text and text[0] not in "“”\"‘’" and text[-1] not in "“”\"‘’"


def test_said_x(doc):
    q, who = _speaker(doc, "We shall hold")
    assert q.kind == "quotation" and who == "Arthur Wellesley"


def test_he_wrote_addressee_is_not_the_speaker(doc):
    q, who = _speaker(doc, "The enemy will come")
    assert who == "Horatio Nelson"
    assert q.date == "1805"


def test_what_he_called_is_a_term_with_speaker(doc):
    q, who = _speaker(doc, "scum of the earth")
    assert q.kind == "term" and who == "Arthur Wellesley"
    q, _ = _speaker(doc, "balance of power")
    assert q.kind == "term"


def test_pairing_handles_straight_and_misdirected_marks():
    text = 'He said "go now" and left.—”Never again,” she wrote.'
    spans = quote_spans(text, [(0, len(text))])
    assert [text[s.start : s.end] for s in spans] == ["go now", "Never again"]


def test_quotes_do_not_cross_blocks():
    text_a, text_b = "An “unclosed mark here.", "Another ” stray mark."
    doc = make_doc([text_a, text_b])
    spans = quote_spans(doc.text, [(b.start, b.end) for b in doc.blocks])
    assert spans == []


HARBOUR = (
    "In the winter of 1871 the shipowner Edwin Marsh bought the old rope works. "
    "He pledged the council “a school for every sailor’s child,” and by the 1890s the works "
    "housed three classrooms. By the spring of 1902, Marsh had raised the funds he sought and, "
    "mindful of the “patient and generous support of the townspeople,” declared the wing open. "
    "The storm of 1887 (“the long gale”) flooded the quay. Her “Rope Walk Room,” opened in "
    "1904, held the tools."
)


@pytest.fixture(scope="module")
def harbour():
    from vitrina.extract import extract

    return extract(make_doc([HARBOUR]))


def _quote(doc, start):
    return next(q for q in doc.quotes if doc.text[q.start : q.end].startswith(start))


def test_quote_date_comes_from_its_own_clause(harbour):
    # "by the 1890s" is another clause; the pronoun sentence continues the 1871 one
    assert _quote(harbour, "a school").date == "1871-24"


def test_speaker_is_the_sentence_subject_far_from_the_verb(harbour):
    q = _quote(harbour, "patient and generous")
    assert entity(harbour, q.speaker).name == "Edwin Marsh"
    assert q.date == "1902-21"


def test_glosses_and_quoted_names_are_not_dated(harbour):
    assert _quote(harbour, "the long gale").date is None
    assert _quote(harbour, "Rope Walk Room").date is None


def test_clause_at_splits_relative_and_coordinated_clauses():
    from vitrina.extract.sentences import clause_at

    text = "Ada, who had sailed since 1840, wrote the letter, and in 1850 she left; then rain."
    sent = (0, len(text))
    wrote = text[slice(*clause_at(text, sent, text.index("wrote")))]
    assert "1840" not in wrote and "1850" not in wrote and "letter" in wrote
    assert "rain" in text[slice(*clause_at(text, sent, text.index("rain")))]


def test_she_after_an_unnamed_person_is_not_the_last_name_before():
    from vitrina.extract import extract

    d = extract(make_doc([
        "Recorded by Martin Quayle at Penzance in 1968.",
        "My aunt kept the lighthouse for thirty years. She always said, “The lamp never went out on my watch.”",
    ]))
    q, who = _speaker(d, "The lamp never")
    assert q.kind == "quotation" and who is None


def test_she_after_a_named_person_is_that_person():
    from vitrina.extract import extract

    d = extract(make_doc([
        "Recorded by Martin Quayle at Penzance in 1968.",
        "Ada Trelawny kept the lighthouse for thirty years. She always said, “The lamp never went out on my watch.”",
    ]))
    _, who = _speaker(d, "The lamp never")
    assert who == "Ada Trelawny"


@pytest.mark.parametrize("attribution", [
    "said Magistrate Tobias Wren", "said Lord Justice Wren", "said Mr. Justice Wren", "remarked Dame Ottoline Wren",
])
def test_a_title_between_the_reporting_verb_and_the_name_keeps_the_speaker(attribution):
    from vitrina.extract import extract

    d = extract(make_doc([f"“The lease was never signed by the tenant,” {attribution}. The court rose at four."]))
    q, who = _speaker(d, "The lease was")
    assert q.kind == "quotation" and who is not None and who.endswith("Wren")


def test_as_x_put_it_names_the_speaker():
    from vitrina.extract import extract

    d = extract(make_doc(["As the harbourmaster Mr Tregenza put it to me, “a boat is only as good as her crew.”"]))
    _, who = _speaker(d, "a boat is only")
    assert who is not None and "Tregenza" in who


INTERVIEW = [
    ("heading", "Oral history interview with Martha Quill"),
    "Recorded by Daniel Ashby at Frome, Somerset, on 3 June 1979.",
    "ASHBY: What did the foreman tell the spinners when the mill closed?",
    "QUILL: He read the notice from a crate. “The works will not reopen,” and that was all.",
    "ASHBY: Did your father say anything?",
    "QUILL: I said to him, “We will manage,” though I did not believe it. "
    "My mother always said, “Mr Pell was a fair master.”",
    "ASHBY: Thank you.",
]


@pytest.fixture(scope="module")
def interview():
    from vitrina.extract import extract

    return extract(make_doc(INTERVIEW))


def test_a_transcript_turn_gives_its_speaker_to_an_unreported_quotation(interview):
    assert _speaker(interview, "The works will")[1] == "Martha Quill"


def test_a_turn_speaker_reporting_their_own_words_is_the_speaker(interview):
    assert _speaker(interview, "We will manage")[1] == "Martha Quill"


def test_a_quotation_reported_from_another_inside_a_turn_keeps_no_default(interview):
    assert _speaker(interview, "Mr Pell was")[1] is None


def test_prose_with_a_few_labelled_paragraphs_is_no_transcript():
    from vitrina.extract import extract

    d = extract(make_doc([
        "Recorded by Daniel Ashby at Frome in 1979.",
        "Martha Quill ran the carding room for a decade and kept the keys.",
        "The mill's ledger survives in the county record office.",
        "QUILL: “The works will not reopen.”",
    ]))
    assert _speaker(d, "The works will")[1] is None


def test_question_and_answer_labels_go_to_the_header_s_interviewer_and_the_other_person():
    from vitrina.extract import extract

    d = extract(make_doc([
        ("heading", "Memories of the carding room"),
        "Martha Quill was recorded by Daniel Ashby at Frome in 1979.",
        "Q: What did the foreman tell you?",
        "A: Nothing at all. “The works will not reopen,” and that was the end of it.",
        "Q: Did anyone argue? I mean, “Who will pay the rent?” was on every lip?",
        "A: I said, “We will manage,” and we did.",
    ]))
    assert _speaker(d, "The works will")[1] == "Martha Quill"
    assert _speaker(d, "We will manage")[1] == "Martha Quill"
    assert _speaker(d, "Who will pay")[1] == "Daniel Ashby"


@pytest.fixture(scope="module")
def attributed():
    from vitrina.extract import extract

    return extract(make_doc([
        "Sayings of the Harbour",
        "“The tide waits for no clerk, however neat his ledger may be.” — Admiral Thomas Pellew, writing to his "
        "brother, 1802.",
        "“A lighthouse is a promise kept every night of the year.”\n– Margaret Ellery, letter of 1841",
        "Edmund Carver was born at Dunmore on 3 May 1790 and died at Leith on 9 June 1851. "
        "He called the new dock “the finest basin on this coast, and the dearest”.",
    ]))


def test_an_attribution_after_a_dash_gives_the_speaker_and_the_date(attributed):
    q, who = _speaker(attributed, "The tide waits")
    assert who == "Thomas Pellew" and q.date == "1802"


def test_an_attribution_on_the_next_line_gives_the_speaker_and_the_date(attributed):
    q, who = _speaker(attributed, "A lighthouse is")
    assert who == "Margaret Ellery" and q.date == "1841"


def test_a_pronoun_s_quote_takes_no_date_from_a_sentence_of_a_life_s_two_dates(attributed):
    q, _ = _speaker(attributed, "the finest basin")
    assert q.date is None


def test_a_dash_after_a_quote_followed_by_prose_is_no_attribution():
    from vitrina.extract import extract

    d = extract(make_doc([
        "Martha Quill said the mill was “the last of its kind in the valley” — and the ledger of 1851 agrees.",
    ]))
    q, who = _speaker(d, "the last of its kind")
    assert who == "Martha Quill"


def test_a_title_before_a_surname_that_is_also_a_common_word_names_the_speaker():
    from vitrina.extract import extract

    d = extract(make_doc(["The engineer Samuel By and his family reached Perth on 3 June 1801. Colonel By declared "
                          "that the bridge was “a work for a hundred years.”"]))
    _, who = _speaker(d, "a work for a hundred")
    assert who == "Samuel By"  # "By", tagged a preposition, is the surname of "Samuel By" after a title


def test_other_typographic_conventions_pair():
    text = "Sie schrieb: „Wir kommen morgen.“ Er las »Das Haus am See« laut. Il cria : « Tenez bon ! » On dit ‚bald‘ dort."
    spans = quote_spans(text, [(0, len(text))])
    assert [text[s.start : s.end] for s in spans] == ["Wir kommen morgen.", "Das Haus am See", "Tenez bon !", "bald"]


def test_a_communication_verb_before_the_quote_and_a_cleft_name_the_speaker():
    from vitrina.extract import extract

    d = extract(make_doc([
        "When the dam gave way it was the keeper Tom Hallam who shouted, “Get to the high ground!”",
        "Edith Corran sighed, “We will not see the valley again.”",
    ]))
    _, who = _speaker(d, "Get to the high")
    assert who == "Tom Hallam"
    _, who = _speaker(d, "We will not see")
    assert who is None  # a sigh (WordNet: a breath, no communication) reports no words


def test_a_name_a_verb_and_a_colon_before_the_quote_name_the_speaker():
    from vitrina.extract import extract

    d = extract(make_doc(["Der Steuermann Lindqvist rief: „Alle Mann an Deck!“ und lief zum Boot."]))
    q, who = _speaker(d, "Alle Mann")
    assert q.kind == "quotation" and who is not None and "Lindqvist" in who


def test_a_transcript_turn_that_quotes_no_one_is_its_speakers_quotation():
    from vitrina.extract import extract

    doc = extract(make_doc([
        "Notes of the quay meeting with Alan Brisk and Colin Dunmore, 3 May 2024.",
        "ALAN BRISK: The gates were shut at noon.",
        "COLIN DUNMORE: The tide took us all by surprise. The pumps failed first.",
        "ALAN BRISK: We reopen the quay on Friday.",
        "COLIN DUNMORE: I hope so."]))
    q, who = _speaker(doc, "The tide took us")
    assert q.kind == "quotation" and who.casefold() == "colin dunmore"  # the label's mention (linking joins them)
    assert doc.text[q.start:q.end] == "The tide took us all by surprise. The pumps failed first."
    assert _speaker(doc, "The gates were shut")[1].casefold() == "alan brisk"


def test_a_correction_notice_gives_the_words_to_the_speaker_it_names_last_and_retracts_the_first():
    from vitrina.extract import extract

    doc = extract(make_doc([
        'Harbour master Alan Brisk said: "The tide took us all by surprise."',
        "The quay stays shut until Friday.",
        'An earlier version of this article attributed the words "The tide took us all by surprise" to harbour '
        "master Alan Brisk; they were said by the ferryman Colin Dunmore."]))
    said = [q for q in doc.quotes if doc.text[q.start:q.end].startswith("The tide took us")]
    assert len(said) == 2
    first, notice = sorted(said, key=lambda q: q.start)
    assert first.kind == "retracted"
    assert notice.kind == "quotation" and entity(doc, notice.speaker).name == "Colin Dunmore"


def test_a_notice_naming_one_person_changes_nothing():
    from vitrina.extract import extract

    doc = extract(make_doc([
        'Harbour master Alan Brisk said: "The tide took us all by surprise."',
        'An earlier version of this article misspelt the words "The tide took us all by surprise" of Alan Brisk.']))
    assert all(q.kind != "retracted" for q in doc.quotes)


TRANSCRIPT_TURNS = [
    "Tape 9 with Hugo Brannigan, interviewed by Dora Vell.",
    "VELL: What happened at the gate?",
    "BRANNIGAN: We were all there. Maisie climbed onto the wall and she shouted, “Nobody goes in today.” "
    "Maisie Turpin, the steward.",
    "VELL: Did they listen?",
    "BRANNIGAN: They did. I said, “We stay out.”",
    "VELL: And at home?",
    "BRANNIGAN: My uncle, Silas Orme, kept the books. My uncle came round that night. He said, “Hold firm.”",
]


@pytest.fixture(scope="module")
def turns_doc():
    from vitrina.extract import extract

    return extract(make_doc(TRANSCRIPT_TURNS))


def test_a_narrator_reporting_someone_gives_the_quote_to_the_one_reported(turns_doc):
    """The reporting verb's subject ("she", after the first name "Maisie") is the speaker, not the turn's
    speaker nor the label's name."""
    _q, who = _speaker(turns_doc, "Nobody goes in")
    assert who == "Maisie Turpin"
    _q, own = _speaker(turns_doc, "We stay out")
    assert own == "Hugo Brannigan"
    _q, uncle = _speaker(turns_doc, "Hold firm")  # "My uncle", named in apposition before
    assert uncle == "Silas Orme"


def test_a_nickname_inside_a_name_is_no_quotation():
    from vitrina.extract.quotes import nickname

    def spans(text):
        return quote_spans(text, [(0, len(text))])

    named = "We met Margaret “Peg” Oakes at the mill."
    assert [nickname(named, q) for q in spans(named)] == [True]
    said = "Then Oakes said “Never” to them."
    assert [nickname(said, q) for q in spans(said)] == [False]
    title = "They sang “Sweet Rosie” at the hall."
    assert [nickname(title, q) for q in spans(title)] == [False]


UNNAMED = (
    'My uncle said, "The ferry will not run on Sunday." '
    'The dockers came out shouting "Not one crate!" at the lorries. '
    "My grandmother kept the shop on the quay. She said, \"Nobody paid in coin that year.\" "
    'I said, "We waited."'
)


@pytest.fixture(scope="module")
def unnamed_doc():
    from vitrina.extract import extract

    return extract(make_doc([UNNAMED]))


def _speaker_words(doc, words):
    q = next(q for q in doc.quotes if doc.text[q.start : q.end].startswith(words))
    return q.speaker, doc.text[q.speaker_span[0] : q.speaker_span[1]] if q.speaker_span else None


def test_a_speaker_named_by_a_common_noun_keeps_its_words(unnamed_doc):
    assert _speaker_words(unnamed_doc, "The ferry") == (None, "My uncle")


def test_the_subject_of_a_participle_of_saying_is_the_speaker(unnamed_doc):
    assert _speaker_words(unnamed_doc, "Not one crate") == (None, "The dockers")


def test_he_or_she_after_an_unnamed_person_gives_that_person_s_words(unnamed_doc):
    assert _speaker_words(unnamed_doc, "Nobody paid") == (None, "My grandmother")


def test_the_writer_s_own_words_have_no_speaker_words(unnamed_doc):
    assert _speaker_words(unnamed_doc, "We waited") == (None, None)


def test_a_named_speaker_has_no_speaker_words(doc):
    q = next(q for q in doc.quotes if doc.text[q.start : q.end].startswith("We shall hold"))
    assert q.speaker is not None and q.speaker_span is None


def test_a_hearing_gives_each_examinations_answers_to_its_witness_and_questions_to_its_examiner():
    from vitrina.extract import extract

    doc = extract(make_doc([
        "Transcript of the inquiry into the Marrow Lane fire, held on 4 March 1911.",
        "Witness: Agnes Tolley, sworn. Examined by Mr. Crabbe.",
        "Q. Where were you when the alarm rang?",
        "A. I was in the scullery with the baby.",
        "Q. Did you see smoke?",
        "A. Only from the yard.",
        "Witness: Hugh Penhallow, sworn. Cross-examined by Miss Orde.",
        "Q. Who locked the back gate?",
        "A. The landlord kept the only key.",
    ]))
    assert _speaker(doc, "I was in the scullery")[1].casefold() == "agnes tolley"
    assert "crabbe" in _speaker(doc, "Where were you")[1].casefold()
    assert _speaker(doc, "The landlord kept")[1].casefold() == "hugh penhallow"
    assert "orde" in _speaker(doc, "Who locked")[1].casefold()


def _speakers(*paragraphs: str) -> list[str | None]:
    from tests._extract_helpers import entity, make_doc
    from vitrina.extract import extract

    d = extract(make_doc(["Letters", *paragraphs]))
    return [entity(d, q.speaker).name if q.speaker else None for q in d.quotes if q.kind == "quotation"]


def test_the_speaker_is_the_subject_not_a_name_in_its_apposition():
    got = _speakers('Tobias Wren, agent to Hugo Marsh, wrote: "Mr Marsh will not buy the mill at any price."')
    assert got == ["Tobias Wren"]


def test_a_pronoun_continues_the_last_subject_and_a_reply_is_not_the_quote_before():
    got = _speakers('Edgar Holm wrote to Helen Barlow on 2 May 1890: "The roof is far too steep for the barn."',
                    'On 9 May 1890 he wrote again, quoting his son: "Peter thinks the barn is too small now."\n'
                    'Helen Barlow answered on 12 May 1890: "The barn shall be larger, as your son asks."')
    assert got == ["Edgar Holm", "Edgar Holm", "Helen Barlow"]


def test_a_split_quotation_keeps_its_speaker_after_the_first_part():
    got = _speakers('"We came to the river," said Anna Vogt, "and found the bridge gone."')
    assert got == ["Anna Vogt", "Anna Vogt"]


def test_a_signed_letters_first_person_quotation_is_the_writers() -> None:
    from tests._extract_helpers import make_doc
    from vitrina.extract import extract

    doc = extract(make_doc([
        "Dear Mr Calloway,",
        'I write, "The boathouse will be sold before winter." Your clerk told me that Ruth Ambler said '
        '"the roof is sound."',
        "Yours faithfully,\nMartin Esterby\nClerk, Esterby & Sons",
    ]))
    names = {e.id: e.name for e in doc.entities}
    speakers = {doc.text[q.start:q.end]: names.get(q.speaker or "") for q in doc.quotes}
    assert speakers["The boathouse will be sold before winter."] == "Martin Esterby"
    assert speakers["the roof is sound."] != "Martin Esterby"


def test_a_signature_joined_into_one_line_with_its_role_still_names_the_writer() -> None:
    from vitrina.extract import extract

    doc = extract(make_doc([
        "Dear Mr Calloway,",
        'I write, "The boathouse will be sold before winter."',
        "Yours faithfully, Martin Esterby Clerk, Esterby & Sons",
    ]))
    names = {e.id: e.name for e in doc.entities}
    speakers = [names.get(q.speaker or "") or "" for q in doc.quotes]
    assert len(speakers) == 1 and speakers[0].startswith("Martin Esterby")  # (the model may take in the role word)


TITLED = (
    "The inspection was made by Dean Henry Whitford in May 1881. "
    'The Dean blessed forty pupils, among them Anna Brodie and Paul Fenwick, and declared: "This valley sings '
    'better than my choir." '
    "The Prioress keeps the accounts. "
    'The Prioress said: "The accounts balance, though the roof does not." '
    'The foreman, who had hired Oliver Brandt, said: "Nobody leaves before the whistle." '
    "The porter, Walter Quayle, spoke to Edith Marsh at the gate. "
    'The porter said: "The gate shuts at nine."'
)


@pytest.fixture(scope="module")
def titled_doc():
    from vitrina.extract import extract

    return extract(make_doc([TITLED]))


def test_a_titled_subject_is_the_speaker_not_a_name_in_its_object(titled_doc):
    q, who = _speaker(titled_doc, "This valley sings")
    assert who == "Dean Henry Whitford"


def test_a_titled_subject_no_name_holds_keeps_its_words(titled_doc):
    assert _speaker_words(titled_doc, "The accounts balance") == (None, "The Prioress")


def test_a_common_noun_subject_is_the_speaker_not_a_name_in_its_relative_clause(titled_doc):
    assert _speaker_words(titled_doc, "Nobody leaves") == (None, "The foreman")


def test_a_common_noun_subject_named_in_apposition_is_that_person(titled_doc):
    q, who = _speaker(titled_doc, "The gate shuts")
    assert who == "Walter Quayle" and q.speaker_span is None


def test_a_title_gap_allows_nothing_or_a_comma_and_capitalised_words():
    from vitrina.extract.quotes import _title_gap

    assert _title_gap(" ") and _title_gap(", Sister ") and not _title_gap(" spoke to ") and not _title_gap(" \n")


def test_a_subject_whose_naming_was_missed_is_the_one_person_of_that_name(monkeypatch):
    import vitrina.extract.quotes as quotes
    from vitrina.extract import extract

    text = ("Arthur Penhale (Radical): 4,100 votes. Sir Roland Tregear (Unionist): 3,877 votes. "
            'Sir Roland Tregear replied: "Cornwall will speak again."')
    found = quotes.find_quotes
    missed = text.rindex("Roland")

    def find_with_a_missed_name(text, an, blocks, mentions, dates):  # the reader missed the second naming
        return found(text, an, blocks, [m for m in mentions if not m.start <= missed < m.end], dates)

    monkeypatch.setattr(quotes, "find_quotes", find_with_a_missed_name)
    doc = extract(make_doc([text]))
    q, who = _speaker(doc, "Cornwall will")
    assert who == "Roland Tregear"


def test_a_title_gap_allows_the_titles_own_of_phrase_before_the_comma():
    """Round 58: "the Warden of Kelby, Dame Ruth Orrin" sets the holder's name beside the title and its place."""
    from vitrina.extract.quotes import _title_gap

    assert _title_gap(" of Kelby, Dame ") and _title_gap(" of the Old Mint, ")
    assert not _title_gap(" of Kelby spoke to ") and not _title_gap(" of all the wards, ")


def test_a_title_named_with_its_of_phrase_resolves_the_speaker():
    from vitrina.extract import extract

    doc = extract(make_doc(["The fair was opened on 2 June 1890 by the Provost of Edinburgh, Dr. Ruth Orrin, before a "
                            'large crowd. The Provost said: "This city has built its own bridge."']))
    q, who = _speaker(doc, "This city has built")
    assert who is not None and "Ruth Orrin" in who


def test_a_title_resolves_to_the_person_a_copula_names_with_it():
    from vitrina.extract import extract

    doc = extract(make_doc([
        "The Quillon Library opened at Harrogate, County Durham, in 1871 by Sir Walter Pell, a Leeds dyer. "
        "Its first Secretary was the Rev. Dr. Tobias Quill, who held the post until 1890.",
        "In his first report the Secretary wrote: \u201cThe reading room is the warmest in the county.\u201d",
    ]))
    q = next(q for q in doc.quotes if doc.text[q.start : q.end].startswith("The reading room"))
    e = entity(doc, q.speaker)
    assert e is not None and e.name == "Tobias Quill"
