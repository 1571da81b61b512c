"""Which worker a thread runs Seq code for, as the hardware knows it.

On x86-64 Linux a thread's GS segment base is free (glibc keeps its
thread data at FS), so each thread that runs Seq code points GS at its
worker (runtime/worker.py) with arch_prctl(ARCH_SET_GS) once, and compiled
code reaches a worker field in one instruction (`mov %gs:OFFSET`). The
kernel keeps the base per thread across context switches and signals.
Elsewhere there is one worker, reached at its global address.
"""

from __future__ import annotations

import ctypes
import platform
import sys

GS_WORKERS = sys.platform == "linux" and platform.machine().lower() in ("x86_64", "amd64")
GS_ADDRESS_SPACE = 256  # LLVM's X86 address space for %gs-relative memory
SYS_ARCH_PRCTL, ARCH_SET_GS = 158, 0x1001

_libc = ctypes.CDLL(None, use_errno=True)
_libc.syscall.restype = ctypes.c_long


def point_gs_at(address: int) -> None:
    """This thread's GS base becomes `address` (a worker); nothing where
    workers are not reached through GS."""
    if not GS_WORKERS:
        return
    args = (ctypes.c_long(SYS_ARCH_PRCTL), ctypes.c_long(ARCH_SET_GS), ctypes.c_void_p(address))
    if _libc.syscall(*args) != 0:
        raise OSError(ctypes.get_errno(), "arch_prctl(ARCH_SET_GS) failed")
