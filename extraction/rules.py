"""Per-site extraction overrides, as a source profile states them."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class ExtractionRules:
    """CSS selectors that win over the generic rules, and XPaths to prune before extraction."""

    title: str | None = None
    lead: str | None = None
    date: str | None = None
    body: str | None = None
    author: str | None = None
    category: str | None = None
    prune: tuple[str, ...] = field(default_factory=tuple)
