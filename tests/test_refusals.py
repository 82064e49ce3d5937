from vitrina import refusals
from vitrina.qa.parse import parse_many


def _found(text: str) -> list[str]:
    return [text[s:e] for s, e, _subject in refusals.refusals_in(parse_many([text], lemmas=True)[0])]


def test_a_refusal_is_a_verb_of_refusing_with_a_verb_of_saying_as_its_complement():
    assert _found("The harbor master declined to comment on the repairs.") == ["declined to comment on the repairs"]
    assert _found("Ada Lind refused to discuss the loan.") == ["refused to discuss the loan"]
    assert _found("She declined the invitation to the opening.") == []  # nothing said refused
    assert _found("He refused to pay the fine.") == []  # a refusal, but not of saying


def test_refusals_of_a_document_name_the_person_their_subject_names():
    text = "The board met. Ada Lind declined to comment on the repairs. The mayor refused to speak."
    sentences = [(0, 14), (15, 59), (60, len(text))]
    found = list(refusals.refusals(sentences, text, "d", [(15, 23, "person-ada-lind")]))
    assert [(r.speaker, text[r.start:r.end]) for r in found] == [("person-ada-lind", "declined to comment on the repairs")]


def test_one_occasion_is_the_documents_first_days_within_the_set_limit():
    assert refusals.one_occasion(100, 101) and not refusals.one_occasion(100, 110)
    assert not refusals.one_occasion(None, 100)
    assert refusals.one_occasion(100, 110, refusals.RefusalWeights(max_days=10))
