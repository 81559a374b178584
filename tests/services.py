"""External services some tests need (PostgreSQL, Redis, pywb): they skip when one is missing, unless
CONGDOAN_REQUIRE_SERVICES=1 (set by .ci/run), which turns the skip into a failure."""

from __future__ import annotations

import os

import pytest

REQUIRED = os.environ.get("CONGDOAN_REQUIRE_SERVICES") == "1"
POSTGRES_URL = os.environ.get("CONGDOAN_TEST_POSTGRES", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
REDIS_URL = os.environ.get("CONGDOAN_TEST_REDIS", "redis://127.0.0.1:6379/14")


def unavailable(what: str, reason: str) -> None:
    """Skip the test, or fail it where the services are required."""
    if REQUIRED:
        pytest.fail(f"{what} is required here (CONGDOAN_REQUIRE_SERVICES=1) but {reason}")
    pytest.skip(f"{what} not available: {reason}")
