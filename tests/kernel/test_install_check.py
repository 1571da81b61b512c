"""`python -m seqkernel install` refuses to write a kernelspec whose kernel
cannot start (here: an ipykernel that does not import)."""

from __future__ import annotations

import os
import subprocess
import sys


def test_install_fails_clearly_when_the_kernel_cannot_start(tmp_path) -> None:
    broken = tmp_path / "shadow" / "ipykernel"
    broken.mkdir(parents=True)
    (broken / "__init__.py").write_text("raise ImportError('no ipykernel here')\n")
    prefix = tmp_path / "prefix"
    env = {**os.environ, "PYTHONPATH": str(tmp_path / "shadow")}
    run = subprocess.run([sys.executable, "-m", "seqkernel", "install", "--prefix", str(prefix)],
                         capture_output=True, text=True, env=env, timeout=300)
    assert run.returncode == 1
    assert "the kernel cannot start" in run.stderr and "no ipykernel here" in run.stderr
    assert "Traceback" not in run.stderr
    assert not (prefix / "share" / "jupyter" / "kernels" / "seq").exists()
