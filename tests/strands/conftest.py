"""Every test here runs once per scheduler mode (threadmodes.MODES)."""

from __future__ import annotations

import pytest
from threadmodes import MODES


@pytest.fixture(params=MODES, ids=[f"threads={m}" for m in MODES])
def mode(request: pytest.FixtureRequest) -> str:
    return request.param
