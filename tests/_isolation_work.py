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
    if kind == "refused":  # a file its reader refuses: never asks for the warm-up
        raise ValueError("not a readable file")
    if kind == "parts":  # a large file analysed in three parts of 1.5 s each
        from vitrina.workers import progress

        for done in range(1, 4):
            time.sleep(1.5)
            progress(done, 3, 100 * done)
    if kind == "slow-part":  # a large file in three parts whose second passes the limit
        from vitrina.workers import progress

        progress(0, 3, 0)
        time.sleep(0.5)
        progress(1, 3, 100)
        time.sleep(60)
    if kind == "stages":  # a long PDF read in three batches of 1.5 s each
        from vitrina.workers import heartbeat

        for _ in range(3):
            time.sleep(1.5)
            heartbeat()
    if kind.startswith("helper-"):  # part of the work in a forked helper (like the model's)
        from vitrina.workers import collect, start_helper

        helper = start_helper(HELPER_JOBS[kind])
        if helper is not None and os.environ.get(HELPER_PID_FILE):
            with open(os.environ[HELPER_PID_FILE], "a") as log:
                log.write(f"{helper.process.pid}\n")
        return f"done {kind}: {collect(helper)}"
    if kind == "where":  # the folder and the environment the worker runs in
        return f"{os.getcwd()} {os.environ.get(WARMUP_LOG)}"
    if kind == "warm":  # a readable file: asks for the warm-up before its expensive stage
        from vitrina.workers import warm

        warm()
    return f"done {kind}"


def _hog() -> None:
    hoard = []
    while True:  # touch every page so the memory is resident
        hoard.append(bytearray(b"x" * (64 * 1024 * 1024)))


def _killed() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def _sleep() -> None:
    time.sleep(600)


def _answer() -> str:
    return "answer"


HELPER_JOBS = {"helper-hog": _hog, "helper-killed": _killed, "helper-sleep": _sleep, "helper-ok": _answer}
# A file where helper kinds note their helper's process id (from the test's environment)
HELPER_PID_FILE = "VITRINA_TEST_HELPER_PIDS"

# The warm-up's log file and its duration, from the test's environment (spawned workers inherit it)
WARMUP_LOG, WARMUP_SECONDS = "VITRINA_TEST_WARMUP_LOG", "VITRINA_TEST_WARMUP_SECONDS"


def logged_warmup() -> None:
    """A warm-up that notes each run in a file and takes a set time (like loading a model)."""
    with open(os.environ[WARMUP_LOG], "a") as log:
        log.write(f"{os.getpid()}\n")
    time.sleep(float(os.environ.get(WARMUP_SECONDS, "0")))


def busy_warmup() -> None:
    """A warm-up that spends CPU time, not wall time (loading a model does), for the warm-up's seconds."""
    until = time.process_time() + float(os.environ.get(WARMUP_SECONDS, "0"))
    while time.process_time() < until:
        pass


def failing_warmup() -> None:
    raise RuntimeError("the model cannot be loaded")


def analyse_or_misbehave(path, key: str, use_markup: bool):
    """A file's analysis as the build runs it (``pipeline._analyse_one``), except a file whose name says
    ``sleep``, ``hog`` or ``kill``: it misbehaves that way (``behave``) instead, as a hostile file would."""
    for kind in ("sleep", "hog", "kill"):
        if kind in path.name:
            behave(kind)
    from vitrina.pipeline import _analyse_one

    return _analyse_one(path, key, use_markup)
