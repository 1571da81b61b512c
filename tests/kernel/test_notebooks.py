"""The tour notebooks in notebooks/ run top to bottom on the Seq kernel with
no unexpected error, and produce the outputs committed with them.

Outputs are compared as text (text/plain, stream text, error name and
message) and as HTML (a stack table's type column, say), so a stale output
fails. What varies from run to run by nature is normalised everywhere:
durations (`1.25 ms`) and addresses (`0x7f...`). In cells tagged
`digits-vary` (times, strand ids) digits are not compared.
Cells tagged `varies` (compiled code) only have to produce output of the
same kind. After a change that alters what a notebook shows, run them again
and commit the result:

    jupyter nbconvert --to notebook --execute --inplace notebooks/*.ipynb
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")

NOTEBOOKS = sorted((Path(__file__).parents[2] / "notebooks").glob("*.ipynb"))
ANSI = re.compile(r"\x1b\[[0-9;]*m")
DIGITS = re.compile(r"\d+")
DURATION = re.compile(r"\d+(\.\d+)?\s?(µs|us|ns|ms|s)\b")
ADDRESS = re.compile(r"0x[0-9a-fA-F]+")
RERUN = "jupyter nbconvert --to notebook --execute --inplace notebooks/*.ipynb"


def outputs(cell) -> list[tuple[str, str]]:
    tags = cell.metadata.get("tags", [])
    found = []
    for out in cell.get("outputs", []):
        kind = out["output_type"]
        if kind == "stream":
            text = out["text"]
        elif kind in ("execute_result", "display_data"):
            text = out["data"].get("text/plain", "")
            if "text/html" in out["data"]:
                text += "\n" + out["data"]["text/html"]
        elif kind == "error":
            text = f"{out['ename']}: {out['evalue']}"
        else:
            continue
        text = ADDRESS.sub("0xADDR", DURATION.sub("T", ANSI.sub("", text)))
        if "digits-vary" in tags:
            text = DIGITS.sub("N", text)
        if "varies" in tags:
            text = ""
        if kind == "stream" and found and found[-1][0] == "stream":
            found[-1] = ("stream", found[-1][1] + text)  # how output is split varies
        else:
            found.append((kind, text))
    return found


def test_the_tour_is_there():
    names = [p.name for p in NOTEBOOKS]
    assert names[:4] == ["01-the-language-and-the-stack.ipynb",
                         "02-quotations-unions-match.ipynb",
                         "03-performance-seq-vs-python.ipynb",
                         "04-strands-and-channels.ipynb"]


@pytest.mark.slow
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_runs_and_matches_its_outputs(path, jupyter_env):
    committed = nbformat.read(path, as_version=4)
    assert committed.metadata["kernelspec"]["name"] == "seq"
    fresh = nbformat.read(path, as_version=4)
    client = nbclient.NotebookClient(fresh, kernel_name="seq", timeout=120,
                                     resources={"metadata": {"path": str(path.parent)}})
    client.execute()  # raises on an error in a cell not tagged raises-exception
    assert fresh.metadata["language_info"]["name"] == "seq"
    code_cells = [(old, new) for old, new in zip(committed.cells, fresh.cells, strict=True)
                  if new.cell_type == "code"]
    assert any(old.get("outputs") for old, _ in code_cells), f"commit {path.name} with outputs"
    for old, new in code_cells:
        expected_error = "raises-exception" in new.metadata.get("tags", [])
        kinds = [o["output_type"] for o in new.outputs]
        assert ("error" in kinds) == expected_error, new.source
        assert outputs(new) == outputs(old), (
            f"{path.name}: the cell\n{new.source}\nnow shows different output; "
            f"if that is intended, run `{RERUN}`")


@pytest.mark.slow
def test_nbconvert_executes_a_notebook(jupyter_env, tmp_path):
    source = next(p for p in NOTEBOOKS if p.name.startswith("02-"))
    done = subprocess.run(
        [sys.executable, "-m", "jupyter", "nbconvert", "--to", "notebook", "--execute",
         "--output-dir", str(tmp_path), str(source)],
        capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    book = nbformat.read(tmp_path / source.name, as_version=4)
    texts = [t.partition("\n<")[0]  # the text without its HTML
             for cell in book.cells if cell.cell_type == "code" for _, t in outputs(cell)]
    assert "stack: 300" in texts
    assert "ok: 5\nerror: division by zero\n" in texts


@pytest.mark.slow
def test_jupyter_console(jupyter_env):
    """A user's session in `jupyter console`, typed line by line in a terminal.

    Each line is typed once the previous answer is on the screen, as a person
    types: jupyter_console waits for the kernel's `idle` status on IOPub, and
    input piped in before IOPub has joined can lose it (ZeroMQ's "slow
    joiner"), which is the console's race, not the kernel's."""
    pexpect = pytest.importorskip("pexpect")
    console = pexpect.spawn(
        sys.executable, ["-m", "jupyter", "console", "--kernel", "seq", "--simple-prompt"],
        encoding="utf-8", timeout=120, env={**os.environ, "NO_COLOR": "1"},
    )
    try:
        answers = [
            ("1 2 i.+", r"Out\[1\]: stack: 3"),
            (": sq ( Int -- Int ) dup i.* ;", r"In \[3\]"),
            ("5 sq", r"Out\[3\]: stack: 3 25"),
            ('"hi there" io.write-line', "hi there"),
            ('1 "x" i.+', r"type error.*\^\^\^"),
            (":see sq", r": sq \( Int -- Int \) dup i\.\* ;"),
        ]
        console.expect(r"In \[1\]")
        # The prompt can come before the console's IOPub subscription has
        # reached the kernel; on a loaded machine that takes a moment, and a
        # cell sent sooner loses its idle and the console waits forever.
        time.sleep(3)
        for line, answer in answers:
            console.sendline(line)
            console.expect(answer)
        console.sendline(":quit")
        console.expect(pexpect.EOF)
    finally:
        console.close(force=True)
