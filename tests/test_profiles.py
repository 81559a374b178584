"""Source profiles load, validate and say clearly what is wrong."""

from pathlib import Path

import pytest

from sources import ProfileError, get_profile, load_profiles

REAL_SITES = {
    "baolaocai": "baolaocai.vn",
    "laocai-portal": "laocai.gov.vn",
    "congdoan-laocai": "congdoanlaocai.org.vn",
    "hdnd-dienbien": "daibieunhandan.dienbien.gov.vn",
    "dienbien-portal": "dienbien.gov.vn",
}


def test_the_five_sources_behind_the_seeds():
    profiles = load_profiles()
    assert {name: p.domains[0] for name, p in profiles.items()} == REAL_SITES
    assert {p.kind for p in profiles.values()} == {"newspaper", "portal", "union", "council"}
    assert profiles["laocai-portal"].user_agent and "bot" not in profiles["laocai-portal"].user_agent.lower()


def _write(tmp_path: Path, text: str) -> Path:
    (tmp_path / "x.toml").write_text(text, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("name = [", "not valid TOML"),
        ('name = "x"', "missing title"),
        ('name="x"\ntitle="X"\nprovince="P"\nkind="blog"\nplatform="p"\nbase_url="https://x.vn"', "kind must be"),
        (
            'name="x"\ntitle="X"\nprovince="P"\nkind="portal"\nplatform="p"\nbase_url="https://x.vn"',
            "pattern is required",
        ),
        (
            'name="x"\ntitle="X"\nprovince="P"\nkind="portal"\nplatform="p"\nbase_url="https://x.vn"\n'
            '[articles]\npattern="(["',
            "bad regular expression",
        ),
    ],
)
def test_bad_profiles_get_one_line_reasons(tmp_path, text, reason):
    with pytest.raises(ProfileError, match=reason) as caught:
        load_profiles(_write(tmp_path, text))
    assert "\n" not in str(caught.value)


def test_unknown_source_names_the_known_ones():
    with pytest.raises(ProfileError, match=r"known: .*baolaocai"):
        get_profile("nope")


def test_schema_revision_constant_is_alembics_head():
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from archive.db import MIGRATIONS, SCHEMA_REVISION

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    assert ScriptDirectory.from_config(config).get_current_head() == SCHEMA_REVISION
