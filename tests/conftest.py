"""Shared fixtures: the five replica sites served on loopback for the whole test session."""

from __future__ import annotations

import contextlib
import os
import random
import socket
import urllib.request
from datetime import date

import pytest

from replicas.catalog import BUILDERS, build_site
from replicas.server import serve_all
from sources import load_profiles
from tests.crawling import use_database
from tests.services import POSTGRES_URL, unavailable

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


# Archive backends -------------------------------------------------------------------------------
# Archive tests run on SQLite and on PostgreSQL: one fresh database for the test run, a schema per
# archive in it. Without a reachable PostgreSQL the PostgreSQL cases skip, or fail under
# CONGDOAN_REQUIRE_SERVICES=1 (CI).


class PostgresArchives:
    """The test run's database; `new()` gives a fresh, empty archive URL in it."""

    def __init__(self, admin_url: str):
        import sqlalchemy as sa

        self.admin = sa.create_engine(admin_url, isolation_level="AUTOCOMMIT")
        self.name = f"congdoan_test_{os.getpid()}"
        with self.admin.connect() as connection:
            connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)'))
            connection.execute(sa.text(f'CREATE DATABASE "{self.name}"'))
        self.url = sa.make_url(admin_url).set(database=self.name)
        self.engine = sa.create_engine(self.url, isolation_level="AUTOCOMMIT")
        self.count = 0

    def new(self) -> str:
        import sqlalchemy as sa

        self.count += 1
        schema = f"archive_{self.count}"
        with self.engine.connect() as connection:
            connection.execute(sa.text(f"CREATE SCHEMA {schema}"))
        return self.url.update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(hide_password=False)

    def close(self) -> None:
        import sqlalchemy as sa

        self.engine.dispose()
        with self.admin.connect() as connection:
            connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)'))
        self.admin.dispose()


@pytest.fixture(scope="session")
def postgres():
    import sqlalchemy as sa

    try:
        archives = PostgresArchives(POSTGRES_URL)
    except sa.exc.OperationalError as exc:
        unavailable("PostgreSQL", str(exc.orig).splitlines()[0] if exc.orig else str(exc))
    yield archives
    archives.close()


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def backend(request):
    """ "sqlite", or the PostgreSQL archives of the run."""
    return request.getfixturevalue("postgres") if request.param == "postgresql" else None


def archive_in(directory, backend):
    """`directory` as a data directory whose archive lives on `backend`."""
    if backend is not None:
        use_database(directory, backend.new())
    return directory


@pytest.fixture
def data_dir(tmp_path, backend):
    """An empty data directory whose archive is on each backend in turn."""
    return archive_in(tmp_path, backend)


def free_ports(count: int) -> int:
    """The first of `count` consecutive free loopback ports."""
    for first in range(random.randrange(20000, 60000, 10), 65000, 10):
        try:
            with contextlib.ExitStack() as stack:
                for port in range(first, first + count):
                    sock = stack.enter_context(socket.socket())
                    sock.bind(("127.0.0.1", port))
            return first
        except OSError:
            continue
    raise RuntimeError("no free ports")
