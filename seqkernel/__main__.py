"""`python -m seqkernel` starts the kernel (as a kernelspec's argv does);
`python -m seqkernel install [--user | --sys-prefix | --prefix DIR]` installs
the kernelspec `seq`."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["install"]:
        from .install import main as install

        return install(argv[1:])
    from .app import launch

    launch(argv)
    return 0


if __name__ == "__main__":
    sys.exit(main())
