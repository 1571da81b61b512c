"""benchmarks/run.py runs the strand benchmarks twice for seqjit: with its
default worker threads and with SEQ_THREADS=1 (the `seqjit-1t` row)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


def runner() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_run", BENCHMARKS / "run.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_each_seqjit_row_sets_its_threads_whatever_the_runner_had(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SEQ_THREADS", "3")
    monkeypatch.setenv("GOMAXPROCS", "1")
    run = runner()
    assert "SEQ_THREADS" not in run.SeqJit().environ()
    one = run.SeqJit(threads=1)
    assert (one.name, one.environ()["SEQ_THREADS"]) == ("seqjit-1t", "1")
    assert one.runs("parfib") and one.runs("skynet") and not one.runs("fib")
    assert "GOMAXPROCS" not in run.Go().environ()  # Go at its default too


def test_parfib_prints_both_rows_and_the_speedup() -> None:
    done = subprocess.run(
        [sys.executable, str(BENCHMARKS / "run.py"), "parfib", "fib", "--runs", "1",
         "--impl", "seqjit,seqjit-1t"],
        capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    rows = [line.split()[0] for line in done.stdout.splitlines()
            if line.startswith("seqjit")]
    # parfib: both rows; fib (no strands): seqjit only
    assert rows == ["seqjit", "seqjit-1t", "seqjit"], done.stdout
    assert "speedup of seqjit: " in done.stdout and "over seqjit-1t" in done.stdout
    assert "RESULTS DISAGREE" not in done.stdout


def test_implementations_run_in_rounds(tmp_path: Path) -> None:
    # Two implementations whose runs note themselves in one log: a drifting
    # machine must weigh on both alike, so their runs alternate.
    run = runner()
    log = tmp_path / "order"

    class Noting(run.Impl):
        def build(self, src: Path, out_dir: Path) -> list[str]:
            note = (f"open({str(log)!r}, 'a').write({self.name!r} + ' '); "
                    "print('work(1) = 1 in 5 ns')")
            return [sys.executable, "-c", note]

    sources = [(Noting("a", ".x"), tmp_path / "a.x"), (Noting("b", ".x"), tmp_path / "b.x")]
    outcomes = run.measure("work", sources, [], run.Builds(tmp_path), 3, None)
    assert log.read_text().split() == ["a", "b", "a", "b", "a", "b"]
    assert [len(outcome.runs) for outcome in outcomes] == [3, 3]
