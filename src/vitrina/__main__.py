"""``python -m vitrina …`` runs the ``vitrina`` command (for an environment whose scripts are not on PATH)."""

from vitrina.cli import main

main(prog_name="vitrina")
