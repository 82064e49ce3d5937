"""A document's language for its exports (round 41 red team DEF-14, DEF-16): stated, else its text's."""

from __future__ import annotations

from vitrina.export.doclanguage import document_language, paragraph_language, text_language

FRENCH = ("Le gardien du phare écrivait chaque semaine à sa sœur, et les lettres arrivaient toujours en retard "
          "parce que le bateau ne passait que le mardi.")
ENGLISH = ("The keeper of the lighthouse wrote to his sister every week, and the letters were always late "
           "because the boat only called on Tuesdays.")
GERMAN = ("Der Wärter des Leuchtturms schrieb jede Woche an seine Schwester, und die Briefe kamen immer zu spät, "
          "weil das Boot nur am Dienstag anlegte.")


def test_a_paragraph_is_told_english_or_by_the_identifier():
    assert paragraph_language(ENGLISH) == "en"
    assert paragraph_language(FRENCH) == "fr"
    assert paragraph_language(GERMAN) == "de"


def test_too_few_words_tell_nothing():
    assert paragraph_language("Marie Lenoir, Brest") is None
    assert text_language("Marie Lenoir\n\n1711") is None


def test_the_language_of_most_paragraphs_is_the_documents():
    assert text_language(f"Lettre\n\n{FRENCH}\n\n{FRENCH}\n\n{ENGLISH}") == "fr"
    assert text_language(f"{ENGLISH}\n\n{GERMAN}") is None  # no majority: none said


def test_a_stated_language_goes_first():
    assert document_language({"language": "fr-FR"}, ENGLISH) == "fr-FR"
    assert document_language({}, GERMAN) == "de"
