"""Served pages parse as HTML5 without errors (round 38 red team D-html-invalid): no <details> in a <p>,
no <time> without datetime around a range, no content after a <figcaption> in a <figure>."""

from __future__ import annotations

import re
from pathlib import Path

import html5lib
import pytest
from starlette.testclient import TestClient

from tests.test_web import PAGES
from vitrina.web.app import create_app

NS = "{http://www.w3.org/1999/xhtml}"


def parse_errors(html: str) -> list[str]:
    """The HTML5 parser's errors, and the content-model rules it does not check: a <time> without
    ``datetime`` (its text is then no valid date string when it is a range or "circa …"), a
    <figcaption> neither first nor last child of its <figure>."""
    parser = html5lib.HTMLParser(strict=False)
    tree = parser.parse(html)
    errors = [f"{pos}: {code} {data}" for pos, code, data in parser.errors]
    errors += [f"<time> without datetime: {t.text!r}" for t in tree.iter(f"{NS}time") if "datetime" not in t.attrib]
    for figure in tree.iter(f"{NS}figure"):
        children = list(figure)
        for i, child in enumerate(children):
            if child.tag == f"{NS}figcaption" and 0 < i < len(children) - 1:
                errors.append("<figcaption> in the middle of a <figure>")
    return errors


@pytest.fixture
def client(sample_db: Path) -> TestClient:
    return TestClient(create_app(sample_db))


@pytest.mark.parametrize("path", [*PAGES, "/graph"])
def test_pages_have_no_html5_parse_errors(client: TestClient, path: str) -> None:
    page = client.get(path)
    assert page.status_code == 200
    assert parse_errors(page.text) == []


@pytest.mark.parametrize("body", [
    "<p>a <details><summary>s</summary>b</details></p>",
    "<p><time>1887-1895</time></p>",
    "<figure><div></div><figcaption>c</figcaption><section>s</section></figure>",
])
def test_the_check_catches_each_fault(body: str) -> None:
    assert parse_errors(f"<!DOCTYPE html><html lang=en><title>x</title>{body}")


def test_a_date_range_is_no_time_element_without_datetime() -> None:
    from vitrina.web.render import document_spans

    text = "Papers of 1887-1895 and of 3 May 1901."
    data = {"text": text, "mentions": [], "quotes": [], "dates": [
        {"start": 10, "end": 19, "edtf": "1887/1895", "lower": "1887-01-01", "upper": "1895-12-31"},
        {"start": 27, "end": 37, "edtf": "1901-05-03", "lower": "1901-05-03", "upper": "1901-05-03"}]}
    tags = {text[s.start:s.end]: (s.tag, dict(s.attrs)) for s in document_spans(data, None)}
    assert tags["1887-1895"][0] == "span" and tags["1887-1895"][1]["class"] == "date"
    assert tags["3 May 1901"] == ("time", tags["3 May 1901"][1]) and tags["3 May 1901"][1]["datetime"] == "1901-05-03"


def test_document_text_blocks_take_their_direction_from_their_text(client: TestClient) -> None:
    html = client.get("/documents/harbor").text
    blocks = re.findall(r'<(?:p|h1|h3|figure)\b[^>]*\bid="b-[^"]*"[^>]*>', html)
    assert blocks and all('dir="auto"' in tag for tag in blocks)



def test_a_block_in_another_language_is_tagged_with_it() -> None:
    from jinja2 import ChainableUndefined

    from vitrina.web.app import make_templates

    env = make_templates().env.overlay(undefined=ChainableUndefined)  # the page's other variables unset
    macro = env.get_template("document.html").module.block_html  # type: ignore[attr-defined]
    tokens = [("text", "Cher cousin", ())]
    assert str(macro({"id": "b1", "kind": "paragraph", "lang": "fr", "tokens": tokens})).strip() == (
        '<p id="b-b1" dir="auto" lang="fr">Cher cousin</p>')
    assert "lang=" not in str(macro({"id": "b2", "kind": "heading", "lang": None, "tokens": tokens}))
