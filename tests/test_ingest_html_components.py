"""HTML reader: web components (custom elements showing their children through a template's
slots), media players' labels and pull quotes named by their class (invented pages)."""

from __future__ import annotations

from vitrina.ingest import html as html_reader

TEXT = "The lock keepers of the upper canal worked in shifts through the long winter nights."
MORE = "Ice on the gates had to be broken by hand before the first barge of the morning."

BOX_TEMPLATE = """<template id="canal-box-tpl">
  <style>:host{display:block}</style>
  <div class="tag"><slot name="tag"></slot></div>
  <slot name="head"></slot>
  <slot></slot>
  <slot name="picture"></slot>
</template>"""
NOTE_TEMPLATE = '<template id="canal-note-tpl"><slot name="head"></slot><slot name="words"></slot></template>'
SCRIPT = """<script>
customElements.define("canal-box", class extends HTMLElement {
  connectedCallback() {
    const t = document.getElementById("canal-box-tpl").content.cloneNode(true);
    const tag = t.querySelector('slot[name="tag"]');
    if (tag) tag.textContent = this.getAttribute("tag") || "";
    this.attachShadow({mode: "open"}).appendChild(t);
  }
});
</script>"""


def _read(body: str, head: str = BOX_TEMPLATE, script: str = SCRIPT):
    page = f"<html><body>{head}<main><h1>Winter on the Canal</h1>{body}</main>{script}</body></html>"
    [doc] = html_reader.read(page.encode(), "canal.html")
    return doc


def _blocks(doc, kind: str) -> list[str]:
    return [doc.text[b.start:b.end] for b in doc.blocks if b.kind == kind]


def _box(title: str, tag: str | None, attribute: str = "", figure: str = "") -> str:
    label = f'<span slot="tag">{tag}</span>' if tag else ""
    return (f'<canal-box{attribute}><h2 slot="head">{title}</h2><p>{TEXT}</p><p>{MORE}</p>'
            f"{figure}{label}</canal-box>")


def test_a_custom_element_of_blocks_is_read_block_by_block() -> None:
    doc = _read(_box("The Upper Locks", None))
    assert [s.title for s in doc.sections[1:]] == ["The Upper Locks"]
    assert _blocks(doc, "paragraph") == [TEXT, MORE]


def test_a_slotted_label_after_the_text_labels_the_heading_its_template_shows_it_over() -> None:
    doc = _read(_box("The Upper Locks", "Stage 1") + _box("The Basin", "Stage 2"))
    assert [(s.label, s.title) for s in doc.sections[1:]] == [("Stage 1", "The Upper Locks"), ("Stage 2", "The Basin")]
    assert "Stage 1" not in " ".join(_blocks(doc, "paragraph"))


def test_a_label_the_script_copies_from_the_hosts_attribute_labels_its_heading() -> None:
    doc = _read(_box("The Basin", None, attribute=' tag="Stage 3"'))
    assert [(s.label, s.title) for s in doc.sections[1:]] == [("Stage 3", "The Basin")]


def test_an_attribute_no_script_reads_gives_no_label() -> None:
    doc = _read(_box("The Basin", None, attribute=' tag="Stage 3"'), script="")
    assert [(s.label, s.title) for s in doc.sections[1:]] == [(None, "The Basin")]


def test_a_slotted_figure_keeps_its_caption_and_credit() -> None:
    figure = ('<figure slot="picture"><img src="gate.png" alt="A gate"><figcaption>A lock gate frozen shut '
              'in 1895. <span class="credit">Photo: Canal Trust</span></figcaption></figure>')
    doc = _read(_box("The Upper Locks", "Stage 1", figure=figure))
    [caption] = [b for b in doc.blocks if b.kind == "caption"]
    assert doc.text[caption.start:caption.end] == "A lock gate frozen shut in 1895."
    assert caption.credit == "Photo: Canal Trust"
    assert _blocks(doc, "paragraph") == [TEXT, MORE]


def test_a_child_no_slot_of_the_template_shows_is_not_read() -> None:
    body = (f'<canal-note><h2 slot="head">Keepers</h2><p slot="words">{TEXT}</p>'
            f'<p slot="margin">A draft line the template never shows.</p></canal-note>')
    doc = _read(body, head=NOTE_TEMPLATE, script="")
    assert _blocks(doc, "paragraph") == [TEXT]


def test_a_declarative_shadow_root_orders_its_hosts_children() -> None:
    body = ('<div><template shadowrootmode="open"><slot name="head"></slot><slot></slot></template>'
            f'<p>{TEXT}</p><h2 slot="head">The Basin</h2></div>')
    doc = _read(body, head="", script="")
    assert [s.title for s in doc.sections[1:]] == ["The Basin"]
    assert _blocks(doc, "paragraph") == [TEXT]


def test_slots_without_a_template_keep_the_source_order() -> None:
    body = f'<div><p>{TEXT}</p><h2 slot="head">The Basin</h2><p>{MORE}</p></div>'
    doc = _read(body, head="", script="")
    assert _blocks(doc, "paragraph")[0] == TEXT


def test_a_players_short_label_is_no_text_but_a_sentence_about_the_recording_is() -> None:
    body = (f'<p>{TEXT}</p><div class="listen"><span>Audio guide · stop 4</span> '
            '<audio controls src="stop4.mp3"></audio></div>'
            '<p>Hear the keeper describe the frozen winter of 1895. <audio controls src="k.mp3"></audio></p>')
    doc = _read(body, head="", script="")
    assert _blocks(doc, "paragraph") == [TEXT, "Hear the keeper describe the frozen winter of 1895."]


def test_a_box_named_a_pull_quote_is_no_text() -> None:
    body = (f'<p>{TEXT}</p><blockquote class="pull-quote"><p>The ice came early. Could the barges move?</p>'
            f'</blockquote><p>{MORE}</p><blockquote><p>The ice came early, wrote the keeper.</p></blockquote>')
    doc = _read(body, head="", script="")
    assert _blocks(doc, "paragraph") == [TEXT, MORE, "The ice came early, wrote the keeper."]
