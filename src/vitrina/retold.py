"""Is one statement the other retold? Two sentences aligned word by word around their values.

A panel retelling an essay keeps most of its sentence and changes a word or a value:
"In 1851, the president authorized a naval expedition to Japan" / "In 1852, the president
authorized a naval expedition". The two sentences are aligned (difflib's longest matching
blocks, the value in each replaced by one placeholder); the values are *in the same slot*
when the placeholders fall in one matching block with words on either side of them, and the
sentences *retell* each other when most of the shorter one's content words are aligned.
Nothing here knows what the words mean: it finds the same sentence told twice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

__all__ = ["Alignment", "align", "context_shingles", "replaced", "tokens"]

_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
_VALUE = "\x00value"
# Words on either side of a value that count as its immediate context.
_NEAR = 3
# Words on either side of a value that stand for its clause in a long sentence.
_CLAUSE = 10


@dataclass(frozen=True)
class Alignment:
    share: float  # share of the shorter sentence's content words aligned with the other's
    context: int  # words within three of one value aligned with words within three of the other
    words: int  # content words aligned (of three letters or more, or numbers), the values aside
    local_share: float = 0.0  # the share within the words near the values (a clause of a longer sentence)
    local_words: int = 0  # content words near one value aligned with words near the other


def tokens(text: str, offset: int = 0) -> list[tuple[str, int, int]]:
    """Lower-cased words and numbers of ``text`` with their document spans (``offset`` = text's start)."""
    return list(_tokens(text, offset))


# Sentences tokenised and kept (a few hundred bytes each): the comparisons ask for the words of one
# sentence once per candidate pair it is in (500,000 times for 6,000 sentences of a large file).
TOKEN_CACHE = 8192


@lru_cache(maxsize=TOKEN_CACHE)
def _tokens(text: str, offset: int) -> tuple[tuple[str, int, int], ...]:
    return tuple((m.group().lower(), offset + m.start(), offset + m.end()) for m in _TOKEN.finditer(text))


def _with_placeholder(words: list[tuple[str, int, int]], span: tuple[int, int]) -> tuple[list[str], int]:
    """The words with those of the value span replaced by one placeholder, and its index."""
    out, _spans, at = _placed(words, span)
    return out, at


def _placed(words: list[tuple[str, int, int]],
            span: tuple[int, int]) -> tuple[list[str], list[tuple[int, int]], int]:
    """The words with the value's replaced by one placeholder, each word's span, the placeholder's index."""
    out: list[str] = []
    spans: list[tuple[int, int]] = []
    at = -1
    for word, start, end in words:
        if start < span[1] and end > span[0]:
            if at < 0:
                at = len(out)
                out.append(_VALUE)
                spans.append(span)
            continue
        out.append(word)
        spans.append((start, end))
    if at < 0:  # the value is no word (punctuation only): put the placeholder where it stands
        at = sum(1 for _w, start, _e in words if start < span[0])
        out.insert(at, _VALUE)
        spans.insert(at, span)
    return out, spans, at


# Sentences with a value's placeholder kept (~2.5 KB each): a sentence is aligned with every other in its
# blocks, its words placed again for each pair otherwise (650,000 times for 4,000 sentences of 200 files).
PLACED_CACHE = 8192


@lru_cache(maxsize=PLACED_CACHE)
def _placed_at(text: str, offset: int, span: tuple[int, int],
               ) -> tuple[tuple[str, ...], tuple[tuple[int, int], ...], int]:
    """``_placed`` of the words of ``text`` (at document ``offset``), kept."""
    words, spans, at = _placed(tokens(text, offset), span)
    return tuple(words), tuple(spans), at


def replaced(a: tuple[str, int, tuple[int, int]],
             b: tuple[str, int, tuple[int, int]]) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Where one sentence has other words than the other in the same place: pairs of document spans."""
    words_a, spans_a, _at = _placed_at(*a)
    words_b, spans_b, _bt = _placed_at(*b)
    out = []
    for op, i1, i2, j1, j2 in SequenceMatcher(None, words_a, words_b, autojunk=False).get_opcodes():
        if op == "replace":
            out.append(((spans_a[i1][0], spans_a[i2 - 1][1]), (spans_b[j1][0], spans_b[j2 - 1][1])))
    return out


def align(a: tuple[str, int, tuple[int, int]], b: tuple[str, int, tuple[int, int]],
          stop_words: frozenset[str]) -> Alignment | None:
    """Align two sentences (text, document offset of the text, value span) around their values.

    None when the values are not in the same slot (the alignment does not pair the placeholders)."""
    words_a, _spans_a, at_a = _placed_at(*a)
    words_b, _spans_b, at_b = _placed_at(*b)
    blocks = SequenceMatcher(None, words_a, words_b, autojunk=False).get_matching_blocks()
    pairs = {m.a + k: m.b + k for m in blocks for k in range(m.size)}
    if pairs.get(at_a) != at_b:
        return None
    context = sum(1 for i in range(at_a - _NEAR, at_a + _NEAR + 1)
                  if i != at_a and i in pairs and abs(pairs[i] - at_b) <= _NEAR)
    aligned_a = {i for m in blocks for i in range(m.a, m.a + m.size)}
    aligned_b = {j for m in blocks for j in range(m.b, m.b + m.size)}
    content_a, content_b = _content_at(a, stop_words), _content_at(b, stop_words)
    shares = [sum(1 for i in content if i in aligned) / len(content)
              for content, aligned in ((content_a, aligned_a), (content_b, aligned_b)) if content]
    near_a = [i for i in content_a if abs(i - at_a) <= _CLAUSE]
    near_b = [j for j in content_b if abs(j - at_b) <= _CLAUSE]
    near_aligned_a = [i for i in near_a if i in pairs and abs(pairs[i] - at_b) <= _CLAUSE]
    back = {j: i for i, j in pairs.items()}
    near_aligned_b = [j for j in near_b if j in back and abs(back[j] - at_a) <= _CLAUSE]
    local = [len(hit) / len(near) for near, hit in ((near_a, near_aligned_a), (near_b, near_aligned_b)) if near]
    return Alignment(share=max(shares, default=0.0), context=context,
                     words=sum(1 for i in content_a if i in aligned_a),
                     local_share=max(local, default=0.0), local_words=len(near_aligned_a))


@lru_cache(maxsize=PLACED_CACHE)
def _content_at(sentence: tuple[str, int, tuple[int, int]], stop_words: frozenset[str]) -> tuple[int, ...]:
    """The places of the content words among a sentence's placed words (``_placed_at``), kept: a sentence is
    aligned with every other of its blocks (~460,000 alignments for 14,000 sentences of one repeated formula)."""
    words, _spans, _at = _placed_at(*sentence)
    return tuple(i for i, w in enumerate(words) if _content(w, stop_words))


def _content(word: str, stop_words: frozenset[str]) -> bool:
    """A content word: not a function word, and a number or three letters or more ("U", "S" of "U.S." are not)."""
    return word != _VALUE and word not in stop_words and (word.isdigit() or len(word) >= 3)


def context_shingles(text: str, offset: int, span: tuple[int, int], stop_words: frozenset[str],
                     width: int = 4) -> list[str]:
    """Pairs of adjacent words within ``width`` words of the value (not both function words):
    keys under which a retold sentence meets its original ("naval expedition", "revised treaty")."""
    words, at = _with_placeholder(tokens(text, offset), span)
    near = words[max(0, at - width):at] + [_VALUE] + words[at + 1:at + 1 + width]
    return [f"{x} {y}" for x, y in zip(near, near[1:], strict=False)
            if _VALUE not in (x, y) and not (x in stop_words and y in stop_words)]
