"""``python -m vitrina`` is the ``vitrina`` command."""

from __future__ import annotations

import subprocess
import sys


def test_python_m_vitrina_runs_the_command_under_its_own_name() -> None:
    done = subprocess.run([sys.executable, "-m", "vitrina", "--help"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0
    assert done.stdout.startswith("Usage: vitrina ")


def test_python_m_vitrina_reports_a_usage_error_with_exit_2() -> None:
    done = subprocess.run([sys.executable, "-m", "vitrina", "no-such-command"], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
