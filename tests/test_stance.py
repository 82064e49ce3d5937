"""A reported claim the sentence disputes (vitrina.stance). Every sentence is invented."""

from __future__ import annotations

from vitrina.qa.parse import parse_many
from vitrina.stance import disputed, disputed_at, retracted_at, self_reported_at


def _disputed_verbs(text: str) -> set[str]:
    return {t.text for t in parse_many([text])[0] if t.pos_ == "VERB" and disputed(t)}


def test_a_report_denied_by_a_clause_of_contrast_is_disputed() -> None:
    assert "rebuilt" in _disputed_verbs("It is said that the abbot rebuilt the chapel in 1230, but there is no record of it.")
    assert "founded" in _disputed_verbs("Some believe that a weaver founded the guild in 1402, but this is untrue.")
    assert "buried" in _disputed_verbs("According to tradition, the pirate buried gold on the island, but he never did.")


def test_a_plain_report_or_an_unrelated_negation_is_not_disputed() -> None:
    assert not _disputed_verbs("It is said that the abbot rebuilt the chapel in 1230.")
    assert not _disputed_verbs("The abbot rebuilt the chapel in 1230, but he did not rebuild the tower.")
    assert not _disputed_verbs("Scholars believe that the abbot rebuilt the chapel, and a charter confirms it.")


def test_a_date_inside_the_disputed_clause_is_disputed() -> None:
    text = "It is claimed that the ferryman drowned in 1788, but there is no evidence that he did."
    doc = parse_many([text])[0]
    at = text.index("1788")
    assert disputed_at(doc, at, at + 4)
    assert not disputed_at(parse_many(["The ferryman drowned in 1788."])[0], 24, 28)


def _retracted(text: str, after: str, words: str) -> tuple[bool, bool]:
    doc, following = parse_many([text, after])
    at = text.index(words)
    return self_reported_at(doc, at, at + len(words)), retracted_at(doc, at, at + len(words), following)


def test_the_writers_own_earlier_statement_corrected_after_it_is_retracted() -> None:
    assert _retracted("In our issue of May 4 we stated that the quarry employs three hundred men.",
                      "The correct number is ninety.", "three hundred") == (True, True)
    assert _retracted("In my account of the flood I wrote that the loss was two thousand pounds.",
                      "The vicar has since told me that it was nearer three thousand.", "two thousand") == (True, True)


def test_a_statement_not_the_writers_or_not_corrected_is_not_retracted() -> None:
    assert _retracted("The quarry employs three hundred men.", "The correct number is ninety.",
                      "three hundred") == (False, False)
    assert _retracted("We stated that the quarry employs three hundred men.", "It has grown since 1890.",
                      "three hundred") == (True, False)


def test_a_figure_in_a_document_is_retracted_when_the_text_after_its_sentence_corrects_it() -> None:
    from vitrina.stance import CORRECTION_CHARS, retracted_in

    text = ("Sir, in my letter of last week I wrote that the storm cost the parish six hundred pounds. "
            "The churchwarden has since told me that it was nearer eight hundred.")
    first_end = text.index(" The churchwarden")
    at = text.index("six hundred")
    assert retracted_in(text, (0, first_end), at, at + 11, CORRECTION_CHARS)
    plain = "The storm cost the parish six hundred pounds. The churchwarden has since retired."
    at = plain.index("six hundred")
    assert not retracted_in(plain, (0, plain.index(" The")), at, at + 11, CORRECTION_CHARS)


def test_what_an_earlier_version_of_the_text_said_is_retracted_by_the_report_itself() -> None:
    # round 47: the text telling what an earlier version of itself said has withdrawn it
    assert _retracted("An earlier version of this notice said the mill employed ninety weavers.",
                      "The mill employed seventy.", "ninety") == (True, True)
    assert _retracted("A previous version also said the mill employed ninety weavers.", "", "ninety") == (True, True)
    assert _retracted("This story originally stated that the mill employed ninety weavers.", "",
                      "ninety") == (True, True)


def test_another_texts_report_or_an_earlier_plan_is_not_retracted() -> None:
    assert _retracted("A previous report by the guild said the mill employed ninety weavers.", "",
                      "ninety") == (False, False)
    assert _retracted("The original plan said the mill would employ ninety weavers.", "", "ninety") == (False, False)
    assert _retracted("The weavers said the mill employed ninety of them in the earlier years.", "",
                      "ninety") == (False, False)
