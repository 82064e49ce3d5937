"""Work functions for the worker-pool tests (spawned workers import them by name)."""

from __future__ import annotations

import os
import signal
import time


def behave(kind: str) -> str:
    """Do what ``kind`` says: the misbehaviours a file can cause in a worker."""
    if kind == "kill":
        os.kill(os.getpid(), signal.SIGKILL)
    if kind == "sleep":
        time.sleep(600)
    if kind == "hog":
        hoard = []
        while True:  # touch every page so the memory is resident
            hoard.append(bytearray(b"x" * (64 * 1024 * 1024)))
    if kind == "bug":
        raise AssertionError("a library assertion nobody expected")
    if kind == "exit":
        os._exit(3)
    return f"done {kind}"
