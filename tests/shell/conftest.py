"""One Session per module (making one loads LLVM); each test gets a fresh
shell on it."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def session():
    from seqjit.live.session import Session

    return Session()


@pytest.fixture
def shell(session):
    """A shell with the shared commands on the module's session, reset."""
    from seqjit.shell.shell import Shell

    shell = Shell(session)
    shell.reset()
    return shell
