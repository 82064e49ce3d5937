"""A credit line under a caption opening with its position label stays the picture's
credit, though it names the museum of the running head and stands at a page's edge (a
plate alone on its page). Every text is invented."""

from __future__ import annotations

from vitrina.structure import rebuild

PARA = [
    "The miller kept the sluice shut through the dry weeks of the summer and opened it",
    "in the autumn rains, when the river rose high enough to turn both wheels at once.",
]
HEAD = "Vale Mills Museum"
CREDIT = "Photo: Ada Kerr, Vale Mills Museum"


def test_a_credit_naming_the_running_museum_under_a_caption_stays() -> None:
    pages = [
        [HEAD, "The River Weir", *PARA, *PARA, "12"],
        [HEAD, "Above: The weir in flood in the winter of 1894.", CREDIT, "13"],
        [HEAD, *PARA, *PARA, "14"],
    ]
    doc = rebuild("\n\f".join("\n".join(p) for p in pages) + "\n\f", "weir", "weir.txt", "text")
    assert any(b.credit == CREDIT for b in doc.blocks if b.kind == "caption")


def test_a_credit_wrapped_between_its_register_letters_and_number_is_whole() -> None:
    lines = ["The Weir", *PARA, "Above: The weir in flood in the winter of 1894.",
             "Courtesy of the Vale Mills Museum archive, VMM", "1987.44", "The Sluice", *PARA]
    doc = rebuild("\n".join(lines) + "\n", "weir", "weir.txt", "text")
    assert any(b.credit == "Courtesy of the Vale Mills Museum archive, VMM 1987.44"
               for b in doc.blocks if b.kind == "caption")
