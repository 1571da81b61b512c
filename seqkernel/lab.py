"""The prebuilt JupyterLab extension that highlights Seq (built from
jupyterlab-seq/ by `make labextension`, committed in seqkernel/lab-extension).

A wheel install puts it where JupyterLab looks (pyproject's data-files); an
editable install does not, so `python -m seqkernel install` copies it beside
the kernelspec too: one command gives a JupyterLab the kernel and its
highlighting, wherever that JupyterLab runs from.
"""

from __future__ import annotations

import shutil
from pathlib import Path

NAME = "jupyterlab-seq"
BUILT = Path(__file__).parent / "lab-extension"


def extensions_dir(user: bool, prefix: str | None) -> Path:
    """Where JupyterLab looks for installed extensions: under the prefix,
    or the user's Jupyter data directory."""
    if user or prefix is None:
        from jupyter_core.paths import jupyter_data_dir

        return Path(jupyter_data_dir()) / "labextensions"
    return Path(prefix) / "share" / "jupyter" / "labextensions"


def install_lab_extension(user: bool, prefix: str | None) -> Path | None:
    """Copy the built extension into place (replacing an older build, whose
    files have other hashed names); None when this checkout has no build."""
    if not (BUILT / "package.json").exists():
        return None
    target = extensions_dir(user, prefix) / NAME
    if target.resolve() == BUILT.resolve():
        return target
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(BUILT, target)
    return target
