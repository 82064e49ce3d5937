"""The language of a block for ``lang`` on the web views (round 38 red team D-a11y-lang)."""

from __future__ import annotations

import pytest

from vitrina.language import LANGUAGE_ID, block_language, text_script
from vitrina.web.render import reading_order

SHORT_ENGLISH = [
    "Yes.", "Got it, thanks.", "Send more flour.", "Norwich, 9 June 1902.", "Walter Pryce to Agnes Hollis",
    "Arrived safe stop send funds stop", "Regret delay cargo lost off cape stop wire instructions",
    "Dear Sir, I remain your obedient servant.", "Item: one bay mare, saddle and bridle, valued at forty pounds.",
    "Q: Where were you born? A: Kettering, nineteen twelve.", "Lot 14: brass candlesticks, pair, dented; lantern, tin.",
    "Ramon Iglesias Vidal, Buenos Aires, Argentina", "Villa Serena, Santa Croce, Firenze",
]


@pytest.mark.parametrize("line", SHORT_ENGLISH)
def test_short_english_lines_and_bare_names_get_no_other_language(line: str) -> None:
    assert block_language(line) is None


@pytest.mark.parametrize(("text", "tag"), [
    ("Cher cousin, je vous écris de Nantes où il pleut depuis trois jours.", "fr"),
    ("Lieber Bruder, wir sind gestern gut in Bremen angekommen und das Wetter ist schön.", "de"),
    ("Querida hermana, llegamos ayer a Valencia y todo está bien en la casa.", "es"),
    ("Дорогой брат, мы приехали в Казань вчера вечером и всё хорошо.", "ru"),
    ("رسالة من أخي إلى أمي من مدينة حلب في فصل الشتاء الماضي.", "ar"),
])
def test_a_paragraph_in_another_language_gets_its_tag(text: str, tag: str) -> None:
    assert block_language(text) == tag


def test_the_page_language_is_not_repeated() -> None:
    assert block_language("Cher cousin, je vous écris de Nantes où il pleut depuis trois jours.", page="fr") is None


def test_a_short_line_in_another_script_gets_at_least_the_script() -> None:
    line = "שלום, מכתב קצר."
    assert len(line) < LANGUAGE_ID["min_letters"]
    assert block_language(line) == "und-Hebr"
    assert text_script("とても寒い日") == "Jpan" and text_script("Quay 7") == "Latn" and text_script("1887.") is None


def test_the_document_page_sets_lang_on_the_foreign_block_only() -> None:
    english = "The letter came from the harbour master at noon."
    french = "Cher cousin, je vous écris de Nantes où il pleut depuis trois jours."
    text = f"{english}\n\n{french}"
    blocks = [{"id": "b0", "kind": "paragraph", "start": 0, "end": len(english), "section": None, "text": english},
              {"id": "b1", "kind": "paragraph", "start": len(english) + 2, "end": len(text), "section": None,
               "text": french}]
    data = {"text": text, "title": "Letters", "mentions": [], "dates": [], "quotes": [], "sections": [],
            "blocks": blocks}
    assert [b["lang"] for b in reading_order(data, None)["loose"]] == [None, "fr"]


def test_a_title_and_a_section_heading_in_another_language_carry_it() -> None:
    title = "Lettres de Nantes pendant la grande crue"
    heading = "La rivière a débordé pendant trois jours"
    body = "The letters below came with the parcel of seeds."
    text = f"{title}\n\n{heading}\n\n{body}"
    a, b = len(title) + 2, len(title) + 2 + len(heading) + 2
    blocks = [{"id": "b0", "kind": "heading", "start": 0, "end": len(title), "section": "s0", "text": title},
              {"id": "b1", "kind": "heading", "start": a, "end": a + len(heading), "section": "s1", "text": heading},
              {"id": "b2", "kind": "paragraph", "start": b, "end": len(text), "section": "s1", "text": body}]
    data = {"text": text, "title": title, "mentions": [], "dates": [], "quotes": [], "blocks": blocks,
            "sections": [{"id": "s0", "label": None}, {"id": "s1", "label": None}]}
    reading = reading_order(data, None)
    assert reading["title_lang"] == "fr"
    assert reading["sections"][1]["heading_lang"] == "fr" and reading["sections"][1]["blocks"][0]["lang"] is None


def test_a_block_the_extraction_stored_in_another_language_carries_that_language() -> None:
    english = "The letter came from the harbour master at noon."
    latin = "Omnia quae in hac epistula scripsi vera sunt, et nihil ad te mitto quod non ipse vidi in urbe."
    text = f"{english}\n\n{latin}"
    assert block_language(latin) is None  # the identifier has no profile for Latin
    blocks = [{"id": "b0", "kind": "paragraph", "start": 0, "end": len(english), "section": None, "text": english},
              {"id": "b1", "kind": "paragraph", "start": len(english) + 2, "end": len(text), "section": None,
               "text": latin}]
    data = {"text": text, "title": "Letters", "mentions": [], "dates": [], "quotes": [], "sections": [],
            "blocks": blocks, "languages": [{"start": len(english) + 2, "end": len(text), "lang": "la"}]}
    assert [b["lang"] for b in reading_order(data, None)["loose"]] == [None, "la"]
