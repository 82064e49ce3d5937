"""Web components: the light content of a shadow host in the order its shadow tree shows it.

A custom element (``<exhibit-panel>``) may render its children through a shadow tree built from
a ``<template>``: each child marked ``slot="name"`` is shown where the template's
``<slot name="name">`` stands, the unmarked ones at its one unnamed ``<slot>``, and a child no
slot takes is not shown at all. So a label written after the text (``<span slot="label">``) is
printed over the heading when the template sets its label slot first. Nothing is executed: the
template is the host's declarative shadow root (``<template shadowrootmode>`` inside it), else the
one template of the page whose named slots take every slot name the host's children use (a
script attaches it), else the one named after the host's custom tag (its ``id`` holding it). An
element with no declarative shadow root is a host only when it is a custom element: a script
cannot be seen attaching a shadow root to a plain ``<div>``, and a ``slot`` attribute on a child
of an element with no shadow root does nothing in a browser (a converter wrapping ``<x-panel>`` in
a ``<p>`` leaves the panel's heading, still marked ``slot="heading"``, in the box around it).

A slot no child fills may be filled by the page's script from the host's attribute of the same
name (``label="Zone 3"`` read by ``getAttribute("label")``); that text is set on the host
(``SLOT_TEXT``) when the slot stands right before the slot of the host's heading, as the label
over it. The reader reads it there; the template's own words are not read (a copy for every host).
"""

from __future__ import annotations

import re

SLOT_TEXT = "data-vitrina-slot-label"  # an attribute's text the host's script prints in the slot over its heading
UNSLOTTED = "data-vitrina-unslotted"  # a child of a shadow host that no slot of its shadow tree shows
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_READS_ATTRIBUTE = re.compile(r"""getAttribute\(\s*['"]([\w-]+)['"]\s*\)""")


def _tag(el) -> str:
    return el.tag.lower() if isinstance(el.tag, str) else ""


def _slots(template) -> list[str]:
    """The slots of a template in document order, by name ("" the unnamed one)."""
    return [(slot.get("name") or "").strip() for slot in template.iter("slot")]


def _declarative(template) -> bool:
    return template.get("shadowrootmode") is not None or template.get("shadowroot") is not None


def _template_of(host, templates: list, custom_hosts: bool = True) -> object | None:
    """The template whose shadow tree shows ``host``'s children (see the module's note). With
    ``custom_hosts``, an element with no declarative shadow root of its own is a host only when it
    is a custom element (its tag holds a hyphen): a ``slot`` attribute on a child of a plain
    ``<div>`` (the page's content box around panels a parser closed early) assigns it nowhere."""
    own = [c for c in host if _tag(c) == "template" and _declarative(c)]
    if own:
        return own[0]
    if custom_hosts and "-" not in _tag(host):
        return None
    used = {(c.get("slot") or "").strip() for c in host if isinstance(c.tag, str) and c.get("slot")}
    taking = [t for t in templates if used <= set(_slots(t))]
    if len(taking) != 1:  # none or several: the one named after the host's tag
        taking = [t for t in taking or templates if "-" in _tag(host) and _tag(host) in (t.get("id") or "").lower()]
    return taking[0] if len(taking) == 1 else None


def compose_slots(root, custom_hosts: bool = True) -> None:
    """Put every shadow host's children in the order its template's slots show them; mark those
    no slot shows (``UNSLOTTED``) and the attribute text a script prints over the heading
    (``SLOT_TEXT``). Children keep their own text and tails (whitespace between blocks).
    ``custom_hosts``: see ``_template_of``."""
    templates = [t for t in root.iter("template") if not _declarative(t) and next(t.iter("slot"), None) is not None]
    read = {name for script in root.iter("script") for name in _READS_ATTRIBUTE.findall(script.text or "")}
    hosts = [el for el in root.iter() if isinstance(el.tag, str) and (
        any(isinstance(c.tag, str) and c.get("slot") for c in el)
        or any(_tag(c) == "template" and _declarative(c) for c in el)
        or "-" in _tag(el) and templates)]
    for host in hosts:
        if any(_tag(a) == "template" for a in host.iterancestors()):
            continue
        template = _template_of(host, templates, custom_hosts)
        if template is None:
            continue
        order = _slots(template)
        kids = [c for c in host if isinstance(c.tag, str) and c is not template]
        placed: list = []
        for name in order:
            placed.extend(c for c in kids if (c.get("slot") or "").strip() == name and c not in placed)
        for child in kids:
            if child not in placed:
                child.set(UNSLOTTED, "")
        for child in placed:
            host.append(child)  # (lxml moves the element with its tail)
        _attribute_label(host, order, {(c.get("slot") or "").strip() for c in placed}, read)


def _attribute_label(host, order: list[str], filled: set[str], read: set[str]) -> None:
    """An empty slot right before the slot holding the host's heading, named as an attribute of the
    host that the page's script reads: its text is printed there, over the heading."""
    heading = next((c for c in host if _tag(c) in _HEADINGS), None)
    if heading is None:
        return
    at = order.index((heading.get("slot") or "").strip()) if (heading.get("slot") or "").strip() in order else -1
    if at < 1:
        return
    name = order[at - 1]
    value = " ".join((host.get(name) or "").split())
    if name and name not in filled and name in read and value:
        host.set(SLOT_TEXT, value)
