"""`python -m seqjit.tools.conformance DIR` (`make conformance REF=DIR`), on
a made-up checkout laid out as patch-seq's: counts per group, what failed,
and the exit status."""

from __future__ import annotations

from pathlib import Path

import pytest

from seqjit.tools import conformance

FILES = {
    # Run from DIR: the test names a file relative to it, as the reference's do.
    "tests/integration/src/test-pair.seq": (
        ': test-good ( -- ) 2 2 test.assert-eq ;\n'
        ': test-here ( -- ) "tests/integration/src/test-pair.seq" file.exists? test.assert ;\n'
        ": test-bad ( -- ) 1 2 test.assert-eq ;\n"
    ),
    "tests/prog.seq": ': main ( -- ) "hi" io.write-line ;\n',
    "examples/a/fails.seq": ": main ( -- Int ) 3 ;\n",
    "examples/b/wrong.seq": ': main ( -- ) 1 "x" i.+ drop ;\n',
}


def test_counts_per_group_and_what_failed(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    for name, text in FILES.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    status = conformance.main([str(tmp_path), "--timeout", "120"])
    out = capsys.readouterr().out
    assert status == 1
    assert "FAILED " in out and "test-pair.seq::test-bad" in out
    assert "EXIT 3 " in out and "fails.seq" in out
    assert "REJECTED " in out and "wrong.seq:1:" in out
    summary = out.split("\n\n")[-1].splitlines()
    assert summary == [
        "integration  1/1 check; tests 2 passed, 1 failed; "
        "programs 0 passed, 0 failed, 0 timed out",
        "tests        1/1 check; tests 0 passed, 0 failed; "
        "programs 1 passed, 0 failed, 0 timed out",
        "examples     1/2 check; tests 0 passed, 0 failed; "
        "programs 0 passed, 1 failed, 0 timed out",
    ]


def test_a_directory_without_the_reference_is_an_error(tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    assert conformance.main([str(tmp_path)]) == 2
    assert "no patch-seq tests or examples" in capsys.readouterr().err
