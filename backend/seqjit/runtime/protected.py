"""Running the scheduler so that a panic comes back to the host (REPL and
notebook sessions) instead of ending the process."""

from .strands import emit_protected as emit

__all__ = ["emit"]
