"""What interactive sessions need of the scheduler: running it so that a
panic comes back to the host instead of ending the process, and killing a
strand (:kill)."""

from .core import RuntimeBuilder
from .strands import emit_kill, emit_protected


def emit(rt: RuntimeBuilder) -> None:
    emit_protected(rt)
    emit_kill(rt)
