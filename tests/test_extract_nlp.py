"""The model's numeric ops: the inference-only maxout gives thinc's floats."""

from __future__ import annotations

import numpy as np
import pytest

from vitrina.extract.nlp import inference_ops


@pytest.mark.parametrize("pieces", [2, 3])
def test_inference_maxout_is_thincs_maximum(pieces: int) -> None:
    from thinc.api import NumpyOps

    rng = np.random.default_rng(7)
    X = rng.standard_normal((257, 96, pieces)).astype("float32")
    X[5, 3, :] = 1.5  # a tie
    best, _ = inference_ops().maxout(X)
    expected, _ = NumpyOps(use_blis=False).maxout(X)
    assert best.dtype == expected.dtype and best.flags.c_contiguous
    assert np.array_equal(best, expected)


def test_inference_maxout_cannot_be_trained_through() -> None:
    ops = inference_ops()
    _, which = ops.maxout(np.ones((4, 3, 3), dtype="float32"))
    with pytest.raises((IndexError, ValueError)):  # an empty argmax: fails at once
        ops.backprop_maxout(np.ones((4, 3), dtype="float32"), which, 3)
