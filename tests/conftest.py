"""Fixtures every test directory can use."""

from __future__ import annotations

import pytest
from seqrun import SeqRunner

from seqjit.live.session import Session


@pytest.fixture(scope="session")
def seq() -> SeqRunner:
    """One Session for the whole run: see SeqRunner."""
    return SeqRunner(Session())


@pytest.fixture(scope="module")
def session() -> Session:
    """One Session per module (making one loads LLVM)."""
    return Session()


@pytest.fixture
def shell(session):
    """A shell with the shared commands on the module's session, reset."""
    from seqjit.shell.shell import Shell

    shell = Shell(session)
    shell.reset()
    return shell
