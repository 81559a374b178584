"""The fields of an exported record, in order, with their types and meanings (the manifest repeats them)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from extraction.dates import VN_TZ


@dataclass(frozen=True)
class Field:
    name: str
    type: str  # int, str, bool, timestamp, list (of str), images (list of {url, caption})
    description: str


FIELDS: tuple[Field, ...] = (
    Field("id", "int", "Archive id of the article (stable within this archive)"),
    Field("version", "int", "Version number of this text, 1 for the first fetched (the latest unless --all-versions)"),
    Field("url", "str", "URL the article was fetched from"),
    Field("canonical_url", "str", "Canonical URL: the archive's key for the article"),
    Field("source", "str", "Source profile name (or host, for ad-hoc crawls)"),
    Field("province", "str", "Province of the source"),
    Field("kind", "str", "Kind of source: newspaper, portal, council or union"),
    Field("title", "str", "Title"),
    Field("lead", "str", "Lead paragraph (sapo), empty when the page has none"),
    Field("text", "str", "Article text, paragraphs separated by a blank line"),
    Field("author", "str", "Byline"),
    Field("published", "timestamp", "Publication time as the page gives it"),
    Field("updated", "timestamp", "Last update time as the page gives it"),
    Field("category", "str", "Section or category on the site"),
    Field("tags", "list", "Tags or keywords on the page"),
    Field("images", "images", "Photos of the article, each with its URL and caption (empty caption when it has none)"),
    Field("views", "int", "The view count the page showed when fetched (none if it shows none)"),
    Field("language", "str", "Language code of the text"),
    Field("union_related", "bool", "Whether the article is about trade unions, workers or emulation movements"),
    Field("union_terms", "list", "The union-related terms found in it"),
    Field("first_fetched", "timestamp", "When the crawler first fetched the article"),
    Field("last_fetched", "timestamp", "When the crawler last fetched the article"),
    Field("version_fetched", "timestamp", "When this version's text was fetched"),
    Field(
        "version_origin",
        "str",
        "fetch: the text as fetched; reextract: the same fetched page extracted again by a newer extractor",
    ),
    Field("fingerprint", "str", "Content fingerprint (sha1 of the folded lead and text); equal texts share it"),
    Field(
        "duplicate_of", "int", "Id of the earlier article with the same fingerprint (the same story on another site)"
    ),
)
NAMES = tuple(f.name for f in FIELDS)
TIMESTAMPS = frozenset(f.name for f in FIELDS if f.type == "timestamp")
TIME_NOTE = "Timestamps are ISO 8601 in Vietnam time (+07:00)."


def local(moment: datetime | None) -> datetime | None:
    """An archive time (UTC) in Vietnam time, as every export writes it."""
    return moment.astimezone(VN_TZ) if moment else None


def describe() -> list[dict[str, str]]:
    """The schema as the manifest lists it."""
    return [{"name": f.name, "type": f.type, "description": f.description} for f in FIELDS]
