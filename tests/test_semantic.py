"""The packaged sentence embeddings: offline, normalised, and meaningful."""

import socket

import numpy as np
import pytest

from vitrina import semantic


def test_loads_without_touching_the_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("the embeddings tried to reach the network")

    semantic.model.cache_clear()
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    vectors = semantic.embed(["The envoy sailed home in the spring."])
    assert vectors.shape == (1, semantic.DIMENSIONS)


def test_rows_are_unit_length():
    vectors = semantic.embed(["A harbour froze.", "Two kings met at a river crossing."])
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)


def test_a_paraphrase_is_nearer_than_an_unrelated_sentence():
    question = "Who was in charge of the expedition?"
    paraphrase = "The expedition was led by a young naval officer."
    unrelated = "The price of grain doubled after the harvest failed."
    assert (
        semantic.similarity(question, paraphrase) > semantic.similarity(question, unrelated) + 0.1
    )


def test_blobs_round_trip_at_half_precision():
    vectors = semantic.embed(["A treaty of friction.", "A river in flood."])
    back = semantic.from_blobs([semantic.to_blob(row) for row in vectors])
    assert back.shape == vectors.shape
    assert np.allclose(back, vectors, atol=1e-3)


def test_no_texts_give_an_empty_matrix():
    assert semantic.embed([]).shape == (0, semantic.DIMENSIONS)
    assert semantic.from_blobs([]).shape == (0, semantic.DIMENSIONS)


@pytest.mark.parametrize("text", ["", "   ", "—", "x" * 5000])
def test_odd_texts_still_give_a_finite_row(text):
    vectors = semantic.embed([text])
    assert vectors.shape == (1, semantic.DIMENSIONS)
    assert np.isfinite(vectors).all()
