"""`python -m seqkernel install`: write the kernelspec `seq` where Jupyter finds it."""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

KERNEL_NAME = "seq"
RESOURCES = Path(__file__).parent / "resources"


def kernel_json(python: str | None = None) -> dict:
    return {
        "argv": [python or sys.executable, "-m", "seqkernel", "-f", "{connection_file}"],
        "display_name": "Seq",
        "language": "seq",
        # The kernel manager sends SIGINT; the kernel turns it into a request
        # that the running cell stop.
        "interrupt_mode": "signal",
        "metadata": {"debugger": False},
    }


def write_spec(directory: Path, python: str | None = None) -> Path:
    """Write kernel.json and the logos into `directory` (made if missing)."""
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "kernel.json").write_text(json.dumps(kernel_json(python), indent=1) + "\n")
    for logo in RESOURCES.glob("logo-*.png"):
        shutil.copy(logo, directory / logo.name)
    return directory


def install(user: bool = False, prefix: str | None = None, name: str = KERNEL_NAME) -> str:
    """Install the kernelspec (for this Python) and return where it went."""
    from jupyter_client.kernelspec import KernelSpecManager

    with tempfile.TemporaryDirectory() as tmp:
        source = write_spec(Path(tmp) / name)
        return KernelSpecManager().install_kernel_spec(
            str(source), name, user=user, prefix=prefix, replace=True
        )


def kernel_problem(python: str | None = None) -> str | None:
    """Why the kernel the kernelspec names could not start (its modules
    do not import in that Python), or None when it can."""
    check = subprocess.run(
        [python or sys.executable, "-c", "import seqkernel.kernel"],
        capture_output=True, text=True, timeout=300)
    if check.returncode == 0:
        return None
    lines = check.stderr.strip().split("\n")
    return lines[-1] if lines and lines[-1] else f"exit status {check.returncode}"


def in_virtualenv() -> bool:
    return sys.prefix != getattr(sys, "base_prefix", sys.prefix)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m seqkernel install",
        description="Install the Seq kernelspec ('seq') for Jupyter. With no option it "
        "goes into this virtualenv (--sys-prefix) when run from one, else into the "
        "user's Jupyter directory (--user).",
    )
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--user", action="store_true", help="install for the current user")
    where.add_argument("--sys-prefix", action="store_true",
                       help=f"install into this Python's prefix ({sys.prefix})")
    where.add_argument("--prefix", metavar="DIR", help="install into DIR/share/jupyter/kernels")
    parser.add_argument("--name", default=KERNEL_NAME, help="kernelspec name (default: seq)")
    args = parser.parse_args(argv)
    if args.prefix:
        user, prefix = False, args.prefix
    elif args.sys_prefix or (not args.user and in_virtualenv()):
        user, prefix = False, sys.prefix
    else:
        user, prefix = True, None
    problem = kernel_problem()
    if problem is not None:
        print(f"cannot install the kernelspec: the kernel cannot start in {sys.executable} "
              f"({problem}); reinstall seqjit there (pip install seqjit)", file=sys.stderr)
        return 1
    try:
        path = install(user=user, prefix=prefix, name=args.name)
    except OSError as e:
        print(f"cannot install the kernelspec: {e}", file=sys.stderr)
        return 1
    print(f"Installed the Seq kernelspec '{args.name}' in {path}")
    return 0
