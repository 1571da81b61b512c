"""A long session stays flat: an entry costs what it touches, not what the
session holds. Runs benchmarks/session.py (the piped REPL, as a user's
front end) at 1,500 chained words and checks its figures loosely, as
ratios a busy machine keeps; the benchmark reports the real numbers."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

SESSION = Path(__file__).resolve().parents[2] / "benchmarks" / "session.py"
WORDS = 1500


@pytest.mark.slow
def test_entries_cost_what_they_touch_not_what_the_session_holds() -> None:
    done = subprocess.run([sys.executable, str(SESSION), "--words", str(WORDS), "--json"],
                          capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stdout + done.stderr
    f = json.loads(done.stdout.strip().splitlines()[-1])
    shown = json.dumps(f, indent=1)
    # The last definitions cost what the first did (whole-session passes
    # made them 10-80x slower), and so does an entry that defines nothing.
    assert f["last100_ms"] < 3 * f["first100_ms"], shown
    assert f["sum_ms"] < 3 * f["empty_sum_ms"], shown
    # Redefining the root with the same effect compiles the root alone
    # (it took about 100 definitions' time at this size, seconds at 5,000).
    assert f["redefine_same_ms"] < 10 * f["first100_ms"], shown
    # A changed effect compiles the callers that must change: three times
    # as many callers, about three times as long.
    assert f["redefine_changed_many_ms"] < 9 * f["redefine_changed_few_ms"], shown
