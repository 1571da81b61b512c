"""CPU time each worker thread spends while one strand computes alone for
two seconds, and while pingpong runs (SEQ_THREADS=2): what an idle worker
costs (benchmarks/threads.md, "Idle workers").

    SEQ_THREADS=2 .venv/bin/python benchmarks/idle_cpu.py
"""

from __future__ import annotations

import os
import threading
import time

from seqjit.live.session import Session

LOOP = (": spin ( Int -- ) time.nanos over i.< if spin else drop then ;"
        " time.nanos 2000000000 i.+ spin")
PINGPONG = (": pong ( Channel Channel -- ) over chan.receive if 1 i.+ over chan.send drop pong"
            "   else drop drop drop then ;"
            " : ping ( Channel Channel Int Int -- Int ) over 0 i.> if"
            "   3 pick chan.send drop over chan.receive drop 1 i.+ swap 1 i.- swap ping"
            "   else swap drop swap drop swap drop then ;"
            " : go ( -- Int ) chan.make chan.make [ pong ] strand.spawn drop"
            "   over rot rot 1000000 0 ping swap chan.close ; go drop")


def cpu_seconds(native_id: int) -> float:
    """User plus system CPU time of thread `native_id` of this process."""
    with open(f"/proc/self/task/{native_id}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def threads() -> dict[str, int]:
    """The engine thread (worker 0) and the other workers, by name."""
    named = {t.name: t.native_id for t in threading.enumerate() if t.native_id}
    found = {"worker 0": named["seq-engine"]}
    found.update({name: ident for name, ident in named.items() if name.startswith("seq-worker")})
    return found


def measure(session: Session, label: str, code: str) -> None:
    ids = threads()
    before = {name: cpu_seconds(ident) for name, ident in ids.items()}
    start = time.monotonic()
    result = session.eval(code)
    assert not result.errors, result.errors[0].message
    wall = time.monotonic() - start
    used = {name: cpu_seconds(ident) - before[name] for name, ident in ids.items()}
    shown = ", ".join(f"{name} {seconds:.2f} s" for name, seconds in sorted(used.items()))
    print(f"{label}: {wall:.2f} s wall; CPU {shown}")


def main() -> None:
    session = Session()
    session.eval("1 drop")
    measure(session, "one strand, 2 s", LOOP)
    measure(session, "pingpong 1M", PINGPONG)
    ids = threads()
    before = {name: cpu_seconds(ident) for name, ident in ids.items()}
    time.sleep(2)
    used = {name: cpu_seconds(ident) - before[name] for name, ident in ids.items()}
    print("at rest, 2 s: CPU " + ", ".join(f"{n} {s:.2f} s" for n, s in sorted(used.items())))


if __name__ == "__main__":
    main()
