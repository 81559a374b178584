"""How a crawl ended, decided in one place: its status, its exit code, and whether it may save what
lets the next run skip work (the validators of listings, feeds and sitemaps).

Only a run that discovered everything it was asked to discover may save them: a 304 on a listing
whose articles an earlier run never archived would hide those articles for good. Completeness is
never assumed: every spider must report that it finished (its ``finish_reason`` stat is
``"finished"``), so a signal that was never received, or a spider that never reported, counts as
incomplete.
"""

from __future__ import annotations

from dataclasses import dataclass

from crawler.exit_codes import EXIT_FAILURE, EXIT_INTERRUPTED, EXIT_OK, EXIT_PARTIAL

SHUTDOWN = "shutdown"  # Scrapy's close reason after a stop request (our signal handler's, or its own)
LIMIT_PREFIX = "closespider_"  # --max-pages (CLOSESPIDER_PAGECOUNT) and the other CLOSESPIDER_* limits


@dataclass(frozen=True)
class Outcome:
    """A finished run: its status, exit code, and whether it discovered everything."""

    status: str  # success | partial | failed | limited | interrupted
    exit_code: int
    complete: bool

    @property
    def leaves_work(self) -> bool:
        """The next run will carry on from here (it re-reads the discovery pages this one could not vouch for)."""
        return not self.complete


def judge(
    reasons: list[str | None],
    *,
    interrupted: bool,
    failed: int,
    pages: int,
    gone: int = 0,
    since: bool = False,
    frontier: bool = False,
) -> Outcome:
    """The outcome of a run whose spiders closed with `reasons` (None: a spider that never reported).

    `since` runs deliberately skip older pages and frontier runs each see only part of the crawl, so
    neither is ever complete; both are still successes when nothing went wrong. Pages that were gone
    (404, 410) are not failures either."""
    if interrupted or SHUTDOWN in reasons:
        return Outcome("interrupted", EXIT_INTERRUPTED, False)
    if not reasons or any(r is None or not (r == "finished" or r.startswith(LIMIT_PREFIX)) for r in reasons):
        return Outcome("failed", EXIT_FAILURE, False)
    if any(r.startswith(LIMIT_PREFIX) for r in reasons):
        return Outcome("limited", EXIT_PARTIAL if failed else EXIT_OK, False)
    if failed:
        return Outcome("partial" if pages else "failed", EXIT_PARTIAL if pages else EXIT_FAILURE, False)
    # A page that answered 404 or 410 is no trouble of ours, but it may come back: a fresh crawl would
    # try it, so the run saves no validators that could hide it.
    return Outcome("success", EXIT_OK, not (since or frontier or gone))
