"""Sentence and phrase similarity from WordLlama's static embeddings.

WordLlama (MIT, dleemiller/WordLlama) ships its ``l2_supercat`` token
embeddings (256 dimensions, trained on paraphrase and entailment pairs) and
its tokenizer inside the wheel. They are loaded from the installed package
only: nothing is downloaded, whatever the package's own loader would try
(0.4.0 looks for the tokenizer under ``tokenizer/`` while the wheel puts it
under ``tokenizers/`` and would fall back to the Hugging Face hub).

Vectors are L2-normalised ``float32`` rows, so a dot product is a cosine.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from vitrina.errors import VitrinaError

if TYPE_CHECKING:
    from wordllama.inference import WordLlamaInference

# The model's width: stored vectors are checked against it.
DIMENSIONS = 256
_LOCK = threading.Lock()


class SemanticModelMissing(VitrinaError):
    """The packaged embeddings could not be loaded."""


@lru_cache(maxsize=1)
def model() -> WordLlamaInference:
    """The packaged WordLlama model (loaded once per process)."""
    with _LOCK:
        try:
            import wordllama
            from wordllama import WordLlama
        except ImportError as exc:  # pragma: no cover - a declared dependency
            raise SemanticModelMissing(
                "the wordllama package is not installed (pip install wordllama)"
            ) from exc
        package = Path(wordllama.__file__).parent
        try:
            return WordLlama.load(cache_dir=package, dim=DIMENSIONS, disable_download=True)
        except (FileNotFoundError, ValueError) as exc:
            raise SemanticModelMissing(f"wordllama's packaged weights: {exc}") from exc


def embed(texts: Sequence[str]) -> np.ndarray:
    """One normalised row per text (shape ``(len(texts), DIMENSIONS)``)."""
    if not texts:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    with np.errstate(invalid="ignore", divide="ignore"):
        vectors = model().embed(list(texts), norm=True)
    # A text with no known token has a zero vector, which normalising turns into NaN.
    return np.nan_to_num(np.asarray(vectors, dtype=np.float32), nan=0.0)


def similarity(first: str, second: str) -> float:
    """Cosine similarity of two texts, in [-1, 1]."""
    pair = embed([first, second])
    return float(pair[0] @ pair[1])


def to_blob(vector: np.ndarray) -> bytes:
    """A vector as stored: little-endian float16 (512 bytes at 256 dimensions)."""
    return np.asarray(vector, dtype="<f2").tobytes()


def from_blobs(blobs: Sequence[bytes]) -> np.ndarray:
    """Stored vectors back as a ``float32`` matrix, one row per blob."""
    if not blobs:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    matrix = np.frombuffer(b"".join(blobs), dtype="<f2").reshape(len(blobs), DIMENSIONS)
    return matrix.astype(np.float32)
