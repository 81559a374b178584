"""Shared fixtures: the five replica sites served on loopback for the whole test session."""

from __future__ import annotations

import urllib.request
from datetime import date

import pytest

from replicas.catalog import BUILDERS, build_site
from replicas.server import serve_all
from sources import load_profiles

# The day seed 004 was saved: its header shows "Thứ 3, ngày 21/01/2020".
SEED_TODAY = date(2020, 1, 21)
BROWSER_UA = "Mozilla/5.0 (X11; Linux x86_64) congdoan-archive-tests"


@pytest.fixture(scope="session")
def sites():
    return {key: build_site(key, today=SEED_TODAY) for key in BUILDERS}


@pytest.fixture(scope="session")
def servers(sites):
    with serve_all(list(sites.values())) as running:
        yield running


@pytest.fixture(scope="session")
def profiles():
    return load_profiles()


def fetch(url: str, user_agent: str = BROWSER_UA, **headers: str) -> tuple[int, dict[str, str], bytes]:
    """GET over real HTTP; returns status, headers and body (errors included, not raised)."""
    request = urllib.request.Request(url, headers={"User-Agent": user_agent, **headers})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()
