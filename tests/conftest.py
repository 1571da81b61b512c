"""Fixtures every test directory can use."""

from __future__ import annotations

import pytest
from seqrun import SeqRunner

from seqjit.live.session import Session


@pytest.fixture(scope="session")
def seq() -> SeqRunner:
    """One Session for the whole run: see SeqRunner."""
    return SeqRunner(Session())
