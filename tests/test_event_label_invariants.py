"""Every event label of the seed and of a sample of the corpus is a whole phrase: it never
ends with an article, preposition or conjunction, leaves no quotation mark or bracket
without its partner, and keeps a quotation whole (skipped when ../shared is absent)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seeds" / "000_beabee21081aa6a0.txt"
CORPUS = SHARED / "corpus" / "milestones"
SAMPLE_FILES = 2  # corpus files in the sample (every essay of each), spread over the periods
sys.path.insert(0, str(ROOT / "bench"))

from eval_geo import FUNCTION_WORDS  # noqa: E402

PAIRS = {"“": "”", "(": ")", "[": "]"}
QUOTED = re.compile(r"“([^”]*)”")


@pytest.fixture(scope="module")
def labelled():
    if not (SEED.exists() and CORPUS.exists()):
        pytest.skip("../shared seed and corpus not present")
    from vitrina.extract import extract_many
    from vitrina.ingest import read_path

    files = sorted(CORPUS.glob("*.xml"))
    step = max(1, len(files) // SAMPLE_FILES)
    docs = read_path(SEED) + [d for f in files[::step][:SAMPLE_FILES] for d in read_path(f)]
    out = []
    for doc in extract_many(docs):
        for event in doc.events:
            sentence = " ".join(doc.text[a:b] for a, b in event.evidence)
            out.append((event.label, sentence))
    assert len(out) > 100
    return out


def _last_word(label: str) -> str:
    words = re.findall(r"[\w’'-]+", label)
    return words[-1].lower() if words else ""


def test_no_label_ends_with_an_article_preposition_or_conjunction(labelled):
    from vitrina.extract.nlp import get_nlp

    suspects = [label for label, _ in labelled if _last_word(label) in FUNCTION_WORDS
                and not label.rstrip().endswith(("”", '"', ")"))]
    # a verb's particle is no preposition ("the talks dragged on"): the tagger says which
    bad = [label for label, doc in zip(suspects, get_nlp().pipe(suspects), strict=True)
           if [t for t in doc if not t.is_punct][-1].tag_ != "RP"]
    assert bad == []


def test_no_mark_without_its_partner(labelled):
    def balanced(label: str) -> bool:
        depth = {o: 0 for o in PAIRS}
        for ch in label:
            if ch in PAIRS:
                depth[ch] += 1
            for o, c in PAIRS.items():
                if ch == c:
                    depth[o] -= 1
                    if depth[o] < 0:
                        return False
        return all(v == 0 for v in depth.values()) and label.count('"') % 2 == 0

    assert [label for label, _ in labelled if not balanced(label)] == []


def test_quotations_are_kept_whole(labelled):
    def normal(text: str) -> str:
        return " ".join(text.split())

    cut = [label for label, sentence in labelled for quoted in QUOTED.findall(label)
           if f"“{normal(quoted)}”" not in normal(sentence)]
    assert cut == []
