"""The prebuilt JupyterLab extension (seqkernel/lab-extension, built from
jupyterlab-seq/ by `make labextension`) is committed fresh and installed
beside the kernelspec."""

from __future__ import annotations

import json
from pathlib import Path

from seqjit.shell.highlight import vocabulary
from seqkernel.lab import BUILT, NAME

SOURCE = Path(__file__).parents[2] / "jupyterlab-seq"


def test_the_extension_knows_the_lexers_words() -> None:
    """The extension's copy of the builtin names and keywords is the
    lexer's: a builtin added since the last build fails here (run `make
    labextension` and commit)."""
    assert json.loads((SOURCE / "src" / "vocabulary.json").read_text()) == vocabulary()
    bundle = "".join(p.read_text() for p in (BUILT / "static").glob("*.js"))
    missing = [name for name in vocabulary()["builtins"] if f'"{name}"' not in bundle]
    assert not missing, f"the built extension lacks {missing[:5]}: run `make labextension`"


def test_installed_beside_the_kernelspec(jupyter_env) -> None:
    extension = jupyter_env / "prefix" / "share" / "jupyter" / "labextensions" / NAME
    assert json.loads((extension / "package.json").read_text())["name"] == NAME
    assert sorted(p.name for p in (extension / "static").iterdir()) == sorted(
        p.name for p in (BUILT / "static").iterdir())
