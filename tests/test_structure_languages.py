"""A bilingual document's second language set apart as translation blocks (spaCy's
stop-word lists): in raw text, where the two languages' blocks stand interleaved, and in a
PDF panel with the translation in a column of its own. Every text is invented."""

from __future__ import annotations

from tests._pdf_helpers import glyph_line
from vitrina.structure import languages, rebuild
from vitrina.structure.geometry import PageGeometry, PdfContent
from vitrina.structure.pagelayout import rebuild_pdf

ENGLISH = {
    "The Mill on the Weir": [
        "The mill stood on the weir for two hundred years, and the miller and his",
        "family lived in the rooms over the wheel. In dry summers the water was too",
        "low to turn the stones, and the village had to take its corn to the town.",
    ],
    "A Fire in the Night": [
        "In the winter of the great frost a spark from the stove set the roof alight.",
        "The neighbours carried water from the river in buckets, but by the morning",
        "only the walls were left standing, and the wheel had fallen into the race.",
    ],
}
ITALIAN = {
    "Il mulino sulla diga": [
        "Il mulino rimase sulla diga per duecento anni, e la famiglia del",
        "mugnaio viveva nelle stanze sopra la ruota. Nelle estati secche",
        "il paese doveva portare il grano in città.",
    ],
    "Un incendio nella notte": [
        "Durante il grande gelo una scintilla della stufa incendiò il tetto.",
        "I vicini portarono acqua dal fiume, ma al mattino restavano",
        "soltanto i muri, e la ruota era caduta nel canale.",
    ],
}


def _panel_text() -> str:
    """The raw text of a panel giving each section in English, then in Italian."""
    lines = ["The Old Mill"]
    for (title, body), (titolo, testo) in zip(ENGLISH.items(), ITALIAN.items(), strict=True):
        lines += [title, *body, titolo, *testo]
    return "\n".join(lines) + "\n"


def _reading(doc) -> list[str]:
    return [doc.text[b.start : b.end] for b in doc.blocks if b.kind in ("heading", "paragraph")]


def test_the_second_language_of_a_raw_text_is_kept_as_translation_blocks():
    doc = rebuild(_panel_text(), "mill", "mill.txt", "text")
    translations = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "translation"]
    assert doc.sections[-1].title == "A Fire in the Night"
    assert not any(word in s.title for s in doc.sections for word in ("mulino", "incendio"))
    assert len(translations) == 2 and translations[0].startswith("Il mulino sulla diga Il mulino rimase")
    assert not any("mulino" in text or "gelo" in text for text in _reading(doc))
    assert "restavano soltanto i muri" in translations[1]  # kept, never lost


def test_without_the_rule_the_translation_is_read_as_body(monkeypatch):
    monkeypatch.setitem(languages.LIMITS, "parallel", 0)
    doc = rebuild(_panel_text(), "mill", "mill.txt", "text")
    assert not any(b.kind == "translation" for b in doc.blocks)
    assert any("mulino" in text for text in _reading(doc))


def test_a_full_translation_as_long_as_its_original_is_a_second_body():
    """Two languages of equal weight (each paragraph given whole in both) are both read."""
    english = ["The bridge was opened by the mayor on a wet morning in the spring, and the first",
               "carts crossed it before noon. It was the only bridge over the river for miles."] * 3
    french = ["Le pont fut inauguré par le maire par un matin pluvieux du printemps, et les",
              "premières charrettes le traversèrent avant midi. C'était le seul pont sur le fleuve."] * 3
    text = "\n".join(["The Bridge", *english, "Le pont", *french]) + "\n"
    doc = rebuild(text, "bridge", "bridge.txt", "text")
    assert not any(b.kind == "translation" for b in doc.blocks)


def test_a_short_quotation_in_another_language_stays_in_the_body():
    text = "\n".join([
        "The Motto", "Over the door the builder cut the words “e la nave va”, and the house kept",
        "them through every repair. The family read them as a promise that the work would go on.",
    ]) + "\n"
    doc = rebuild(text, "motto", "motto.txt", "text")
    assert not any(b.kind == "translation" for b in doc.blocks)


def _panel_pdf() -> PdfContent:
    """An A3 panel: English upright on the left, Italian in italics on the right, each
    section's pair written one after the other."""
    lines = [glyph_line(1, 40, 40, "The Old Mill", 30, bold=True)]
    top = 100.0
    for (title, body), (titolo, testo) in zip(ENGLISH.items(), ITALIAN.items(), strict=True):
        lines.append(glyph_line(1, 40, top, title, 14, bold=True))
        lines += [glyph_line(1, 40, top + 24 + 13 * k, text, 10) for k, text in enumerate(body)]
        lines.append(glyph_line(1, 480, top, titolo, 14, bold=True, italic=True))
        lines += [glyph_line(1, 480, top + 24 + 13 * k, text, 10, italic=True) for k, text in enumerate(testo)]
        top += 100
    return PdfContent([PageGeometry(1, 842, 1191, lines)])


def test_a_pdf_panels_translation_column_is_out_of_its_sections():
    doc = rebuild_pdf(_panel_pdf(), "mill", "/tmp/mill.pdf")
    assert [s.title for s in doc.sections] == ["The Old Mill", *ENGLISH]
    translations = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "translation"]
    assert any(text.startswith("Il mulino sulla diga") for text in translations)
    assert not any("mulino" in text for text in _reading(doc))


def test_the_stop_word_lists_come_from_spacy():
    lists = languages.stop_words()
    assert {"en", "it", "fr"} <= set(lists) and "the" in lists["en"] and "della" in lists["it"]
    assert languages.lean("la famiglia del mugnaio viveva nelle stanze", "en", "it") > 0


def test_a_texts_words_read_once_answer_as_the_text_does():
    text = "Il mulino della famiglia stava sul fiume, and the miller kept his ledger in English."
    words = languages.words_of(text)
    assert languages.listed(words) == languages.listed(text)
    assert languages.leans(words, "en") == languages.leans(text, "en")
    assert languages.lean(words, "en", "it") == languages.lean(text, "en", "it") != 0


def test_a_caption_repeated_in_two_more_languages_is_set_apart() -> None:
    """A document in one language that repeats one caption in two others (not bilingual:
    too few words of either) keeps the caption and its credit, the other languages apart."""
    lines = [
        "The Salt Road",
        "Carts carried salt from the coast to the market towns for three hundred years, and",
        "the road they wore into the hills can still be followed on foot from the harbour to",
        "the old toll house, where every load was weighed and taxed by the town's officers.",
        "Above: A salt cart on the",
        "hill road, drawn about 1820.",
        "Ein Salzkarren auf der",
        "Bergstraße, gezeichnet um",
        "1820, mit einem Pferd und dem Fuhrmann.",
        "Ένα κάρο αλατιού στον",
        "ορεινό δρόμο, σχέδιο από",
        "το 1820 και του αμαξά.",
        "Lent by the Harbour Trust",
        "The toll house was closed when the railway reached the coast, and the road was",
        "left to walkers and to the sheep that graze the hills on either side of it.",
        "The Weighing House",
        "Every cart stopped at the weighing house before the bridge, where the clerk wrote",
        "down its load, its owner and the town it was going to, and took the toll in coin.",
        "His books survive for most of the eighteenth century, and they show how the trade",
        "grew in the good years and fell away when a war closed the ports to the boats.",
        "The clerks were paid by the town, and some of them kept the post for forty years,",
        "handing the books on to their sons when they grew too old to climb the stairs.",
    ]
    doc = rebuild("\n".join(lines), "d", "d.txt", "text")
    captions = [b for b in doc.blocks if b.kind == "caption"]
    assert [doc.text[b.start:b.end] for b in captions] == ["A salt cart on the hill road, drawn about 1820."]
    assert captions[0].credit == "Lent by the Harbour Trust"
    assert "Salzkarren" not in " ".join(doc.text[b.start:b.end] for b in doc.blocks if b.kind != "translation")


def test_a_text_set_in_full_in_two_languages_keeps_both() -> None:
    texts = ["The mill stood on the weir for two hundred years and the family lived over the wheel.",
             "Il mulino rimase sulla diga per duecento anni e la famiglia viveva sopra la ruota."]
    assert languages.foreign_sentences(texts, [False, False]) == [False, False]


def test_foreign_sentences_group_lines_running_on() -> None:
    texts = ["The carts went down to the harbour every day of the week.",
             "Die Karren fuhren jeden Tag",
             "der Woche zum Hafen hinunter, und sie waren voll.",
             *["The road was kept by the town and mended every spring by its own men."] * 6]
    runs_on = [False, False, True, *[False] * 6]
    assert languages.foreign_sentences(texts, runs_on)[:4] == [False, True, True, False]
