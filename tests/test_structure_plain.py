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


def _doc():
    text = "\f".join("\n".join(lines) + "\n" for lines in PAGES)
    return rebuild(text, "bells", "bells.txt", "text")


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
