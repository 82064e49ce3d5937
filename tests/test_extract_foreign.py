"""Sentences in another language: kept and stored with their language, their entities not taken from the
English model (issues #13/#14)."""

from __future__ import annotations

import pytest

from vitrina.extract import extract
from vitrina.extract.entities import RawMention
from vitrina.extract.foreign import FOREIGN, language_spans, outside_foreign
from vitrina.language import LANGUAGE_ID, identify
from vitrina.model import LanguageSpan
from vitrina.serialize import document_from_dict, document_to_dict
from vitrina.structure import rebuild

FRENCH = ("Le capitaine Roussel est arrivé hier avec la Belle-Aurore, chargée de sucre et de café. Monsieur le "
          "Ministre de la Marine a demandé que les papiers soient envoyés à Rochefort sans délai.")
GERMAN = "Der Kaufmann Anton Gerber schrieb aus Lübeck, dass die Ladung in gutem Zustand angekommen sei."
SPANISH = "El gobernador de la provincia mandó una carta al virrey sobre el estado de los caminos y las minas."
LATIN = "Omnia quae in hac epistula scripsi vera sunt, et nihil ad te mitto quod non ipse vidi in urbe."
ITALIAN = "Il mercante partì da Livorno con la nave carica di grano e arrivò dopo dieci giorni di viaggio."


@pytest.mark.parametrize(("text", "tag"), [(FRENCH, "fr"), (GERMAN, "de"), (SPANISH, "es"), (ITALIAN, "it")])
def test_a_sentence_in_another_language_is_named(text: str, tag: str) -> None:
    found = identify(text, FOREIGN)
    assert found is not None and found.tag == tag and found.probability >= FOREIGN["min_probability"]


def test_latin_which_the_identifier_has_no_profile_for_is_still_not_english() -> None:
    found = identify(LATIN, FOREIGN)
    assert found is not None and found.tag in {"la", "und"}
    assert identify(LATIN, LANGUAGE_ID) is None  # the web views' table names only what the identifier names


@pytest.mark.parametrize("text", [
    "The French envoy Armand-Louis de Vaudreuil, comte de Lisle, reached the port in May.",
    "Mademoiselle Duval kept the accounts of the Compagnie des Indes for eleven years.",
    "He did not shew the connexion between the two letters, which came in Sept.r last, &c.",
    "The ſhip ſailed from Boſton with the goods on the 10/21 March 1711.",
    "Lot 4: oak chest, brass handles, one lid cracked; pair of pewter plates.",
    "Fragment of a letter, torn at the fold",
])
def test_english_with_foreign_names_or_older_spelling_is_english(text: str) -> None:
    assert identify(text, FOREIGN) is None


def test_runs_of_sentences_in_one_block_make_one_span_and_english_between_parts_them() -> None:
    english = "The harbour master wrote again that spring."
    text = f"{FRENCH} {english} {GERMAN}"
    first = len(FRENCH)
    sentences = [(0, FRENCH.index(". ") + 1), (FRENCH.index(". ") + 2, first),
                 (first + 1, first + 1 + len(english)), (first + 2 + len(english), len(text))]
    spans = language_spans(text, sentences, [(0, len(text))])
    assert spans == [LanguageSpan(0, first, "fr"), LanguageSpan(first + 2 + len(english), len(text), "de")]


def test_a_mention_in_another_language_is_dropped_unless_named_outside_it() -> None:
    text = "Roussel sailed. " + FRENCH
    at = len("Roussel sailed. ")
    raw = [RawMention(0, 7, "person", "PERSON"),
           RawMention(at + FRENCH.index("Roussel"), at + FRENCH.index("Roussel") + 7, "person", "PERSON"),
           RawMention(at + FRENCH.index("Monsieur"), at + FRENCH.index("Monsieur") + 8, "person", "PERSON")]
    kept = outside_foreign(text, raw, [LanguageSpan(at, len(text), "fr")])
    assert kept == raw[:2]


def test_a_document_keeps_foreign_text_and_its_language_but_not_its_model_entities() -> None:
    text = (f"Letters from the Coast\n\nThe agent at Rochefort wrote to his cousin in Plymouth in 1788.\n\n{FRENCH}"
            f"\n\n{GERMAN}\n\n{SPANISH}\n\nThe agent sailed again for Plymouth in June.\n")
    doc = extract(rebuild(text, "t", "t.txt", "text"))
    assert {span.lang for span in doc.languages} == {"fr", "de", "es"}
    assert all(doc.text[s.start:s.end] in (FRENCH, GERMAN, SPANISH) or s.lang == "fr" for s in doc.languages)
    names = {doc.text[m.start:m.end] for m in doc.mentions}
    assert "Lübeck" not in names and "Anton Gerber" not in names and "Monsieur" not in names
    assert {"Rochefort", "Plymouth"} <= names  # named in English text too
    assert any(doc.text[m.start:m.end] == "Rochefort" and m.start > text.index(FRENCH) for m in doc.mentions)
    assert any(FRENCH[:40] in doc.text[s:e] for s, e in doc.sentences)  # still sentences, so still searched
    again = document_from_dict(document_to_dict(doc))
    assert again.languages == doc.languages


def test_a_short_sentence_takes_the_language_of_its_block_but_an_english_one_does_not() -> None:
    short = "Oui, monsieur."
    english = "The clerk copied the whole letter into the book that evening."
    text = f"{FRENCH} {short} {english}"
    a = text.index(short)
    b = text.index(english)
    sentences = [(0, FRENCH.index(". ") + 1), (FRENCH.index(". ") + 2, len(FRENCH)), (a, a + len(short)),
                 (b, len(text))]
    assert identify(short, FOREIGN) is None
    assert language_spans(text, sentences, [(0, len(text))]) == [LanguageSpan(0, a + len(short), "fr")]


def test_a_name_the_english_text_writes_without_accents_or_longer_vouches_for_it() -> None:
    english = "The engineers of the Vireux Iron Company of Lorraine met at Besancon."
    french = "Les ingénieurs de la Vireux Iron Company sont arrivés hier à Besançon avec leurs familles."
    text = f"{english} {french}"
    at = len(english) + 1

    def mention(name: str, start: int = at) -> RawMention:
        begin = text.index(name, start)
        return RawMention(begin, begin + len(name), "place", "GPE")

    raw = [mention("Vireux Iron Company of Lorraine", 0), mention("Besancon", 0), mention("Vireux Iron Company"),
           mention("Besançon"), mention("Les ingénieurs")]
    kept = outside_foreign(text, raw, [LanguageSpan(at, len(text), "fr")])
    assert kept == raw[:4]
