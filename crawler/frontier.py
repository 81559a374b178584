"""The shared crawl frontier on Redis: scrapy-redis' queue and duplicate filter, shared by any number of
crawler processes on any number of machines, so that each URL is fetched once.

Keys, per source:
    congdoan:SOURCE:requests           the queue (scrapy-redis priority queue: a sorted set)
    congdoan:SOURCE:seen               request fingerprints ever queued (scrapy-redis duplicate filter)
    congdoan:SOURCE:inflight:WORKER    requests a worker took and has not yet settled in the archive
    congdoan:worker:WORKER             a worker's heartbeat; it expires when the worker is gone

A request moves from the queue to its worker's in-flight hash in one atomic step, and leaves it only
after everything it produced is committed to the archive. A worker killed mid-crawl leaves its
in-flight requests behind; once its heartbeat has expired, the next worker that looks puts them back
in the queue. A worker stops when the queue is empty and no live worker holds in-flight requests.
"""

from __future__ import annotations

import hashlib
import os
import socket
import uuid

import redis
from scrapy import signals
from scrapy.core.scheduler import BaseScheduler
from scrapy.exceptions import DontCloseSpider
from scrapy.http import Request
from scrapy_redis.dupefilter import RFPDupeFilter
from scrapy_redis.queue import PriorityQueue
from sqlalchemy.exc import SQLAlchemyError
from twisted.internet.task import LoopingCall

PREFIX = "congdoan"
HEARTBEAT_SECONDS = 30.0

# Take the first request off the queue and into the worker's in-flight hash, atomically.
_TAKE = """
local item = redis.call('ZRANGE', KEYS[1], 0, 0)[1]
if not item then return false end
redis.call('ZREM', KEYS[1], item)
redis.call('HSET', KEYS[2], redis.sha1hex(item), item)
return item
"""
# Mark a request seen and queue it in one step (a crash cannot leave it seen but never queued).
_QUEUE = """
if ARGV[1] == '' or redis.call('SADD', KEYS[1], ARGV[1]) == 1 then
  redis.call('ZADD', KEYS[2], ARGV[2], ARGV[3])
  return 1
end
return 0
"""
# Put a dead worker's in-flight requests back in the queue, atomically (one recoverer wins).
_RECOVER = """
local items = redis.call('HVALS', KEYS[1])
for _, item in ipairs(items) do redis.call('ZADD', KEYS[2], 0, item) end
redis.call('DEL', KEYS[1])
return #items
"""


class FrontierError(RuntimeError):
    """The frontier's Redis cannot be reached."""


def connect(url: str) -> redis.Redis:
    """A client on the frontier at `url`, checked; FrontierError with a one-line reason otherwise."""
    try:
        server = redis.Redis.from_url(url, socket_connect_timeout=5)
        server.ping()
    except (redis.RedisError, ValueError) as exc:
        raise FrontierError(f"cannot reach the frontier at {url}: {exc}") from None
    return server


def keys(source: str) -> dict[str, str]:
    base = f"{PREFIX}:{source}"
    return {"queue": f"{base}:requests", "seen": f"{base}:seen", "inflight": f"{base}:inflight"}


def status(server: redis.Redis, source: str) -> dict[str, int]:
    """Queued, seen and in-flight request counts of one source."""
    names = keys(source)
    inflight = sum(server.hlen(key) for key in server.scan_iter(f"{names['inflight']}:*"))
    return {"queued": server.zcard(names["queue"]), "seen": server.scard(names["seen"]), "inflight": inflight}


def workers(server: redis.Redis) -> dict[str, str]:
    """The live crawlers (their heartbeat has not expired) and the source each drains."""
    found = {}
    for key in server.scan_iter(f"{PREFIX}:worker:*"):
        source = server.get(key)
        if source is not None:
            found[key.decode().rsplit(":", 1)[1]] = source.decode()
    return found


def live_workers(server: redis.Redis, sources: list[str]) -> list[str]:
    """Those of `sources` that a live crawler is draining."""
    return sorted(set(workers(server).values()) & set(sources))


def reset(server: redis.Redis, source: str) -> None:
    """Forget a source's queue, seen set and in-flight requests (a new crawl starts from its seeds)."""
    names = keys(source)
    server.delete(names["queue"], names["seen"], *server.scan_iter(f"{names['inflight']}:*"))


class FrontierScheduler(BaseScheduler):
    """A Scrapy scheduler on the shared frontier (scrapy-redis' queue and duplicate filter).

    With FRONTIER_SEED the crawl only seeds: it resets the source's frontier, queues the spider's start
    requests and takes nothing, so it ends at once. Otherwise it takes requests until the frontier is
    drained (the spider's own start requests are not used: the seeding did that)."""

    def __init__(self, crawler, server: redis.Redis, seed: bool, heartbeat: float):
        self.crawler = crawler
        self.server = server
        self.seed = seed
        self.heartbeat = heartbeat
        self.worker = f"{socket.gethostname()}-{os.getpid()}-{uuid.uuid4().hex[:8]}"
        self.taken: dict[Request, str] = {}  # requests taken and not yet acknowledged -> in-flight field
        self._take = server.register_script(_TAKE)
        self._queue = server.register_script(_QUEUE)
        self._recover = server.register_script(_RECOVER)

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        server = connect(settings["FRONTIER_URL"])
        return cls(crawler, server, settings.getbool("FRONTIER_SEED"), settings.getfloat("FRONTIER_HEARTBEAT"))

    # Scrapy's scheduler interface ---------------------------------------------------------------

    def open(self, spider) -> None:
        self.spider = spider
        names = keys(spider.profile.name)
        self.queue_key, self.inflight_prefix = names["queue"], names["inflight"]
        self.inflight_key = f"{self.inflight_prefix}:{self.worker}"
        self.queue = PriorityQueue(self.server, spider, self.queue_key)
        self.seen = RFPDupeFilter(self.server, key=names["seen"])
        if self.seed:
            reset(self.server, spider.profile.name)
            return
        self._beat()
        self.beating = LoopingCall(self._beat)
        self.beating.start(self.heartbeat / 3, now=False)
        self.recover()
        spider.state.writer.on_commit.append(self.acknowledge)
        self.crawler.signals.connect(self._idle, signal=signals.spider_idle)

    def close(self, reason: str) -> None:
        if self.seed:
            return
        self.beating.stop()
        self.server.delete(f"{PREFIX}:worker:{self.worker}")
        # Normally the pipeline has committed everything by now and what is left was dropped
        # (robots.txt, …). If the archive could not take the last results, the in-flight requests
        # stay, and the next worker puts them back in the queue.
        if not self.spider.state.writer.has_pending:
            self.server.delete(self.inflight_key)
        self.taken.clear()

    def __len__(self) -> int:
        return 0 if self.seed else len(self.queue)

    def has_pending_requests(self) -> bool:
        return not self.seed and len(self.queue) > 0

    def enqueue_request(self, request: Request) -> bool:
        fingerprint = "" if request.dont_filter else self.seen.request_fingerprint(request)
        data = self.queue._encode_request(request)
        if not self._queue(keys=[self.seen.key, self.queue_key], args=[fingerprint, -request.priority, data]):
            return False
        self.crawler.stats.inc_value("frontier/queued")
        return True

    def next_request(self) -> Request | None:
        if self.seed:
            return None
        data = self._take(keys=[self.queue_key, self.inflight_key])
        if data is None:
            return None
        request = self.queue._decode_request(data)
        self.taken[request] = hashlib.sha1(data).hexdigest()
        self.crawler.stats.inc_value("frontier/taken")
        return request

    # Settling, recovery, draining ---------------------------------------------------------------

    def acknowledge(self) -> None:
        """After an archive commit: requests no longer in progress have all they produced committed."""
        slot = getattr(self.crawler.engine, "_slot", None)
        in_progress = slot.inprogress if slot is not None else set(self.taken)
        done = [request for request in self.taken if request not in in_progress]
        if done:
            self.server.hdel(self.inflight_key, *(self.taken.pop(request) for request in done))

    def _beat(self) -> None:
        try:
            self.server.set(
                f"{PREFIX}:worker:{self.worker}", self.spider.profile.name, ex=max(1, round(self.heartbeat))
            )
        except redis.RedisError as exc:  # a missed beat, not the end of the heartbeat (LoopingCall stops on errors)
            self.spider.logger.warning("frontier heartbeat failed: %s", exc)

    def _others_inflight(self) -> list[tuple[str, bool]]:
        """(in-flight key, its worker alive) for the other workers holding requests of this source."""
        found = []
        for key in self.server.scan_iter(f"{self.inflight_prefix}:*"):
            key = key.decode()
            worker = key.rsplit(":", 1)[1]
            if worker != self.worker:
                found.append((key, bool(self.server.exists(f"{PREFIX}:worker:{worker}"))))
        return found

    def recover(self) -> int:
        """Put the in-flight requests of dead workers back in the queue; how many."""
        recovered = 0
        for key, alive in self._others_inflight():
            if not alive:
                recovered += self._recover(keys=[key, self.queue_key])
        if recovered:
            self.spider.logger.warning("put back %d requests left in flight by a stopped crawler", recovered)
            self.crawler.stats.inc_value("frontier/recovered", recovered)
        return recovered

    def _idle(self, spider) -> None:
        """Stay while the queue has requests or another live worker may still add some."""
        if spider is not self.spider:
            return
        try:
            spider.state.writer.flush()  # acknowledges what this worker finished
        except SQLAlchemyError as exc:  # the archive is unreachable: stop, leaving the in-flight requests
            spider.logger.error(
                "cannot write the archive (%s); stopping, the frontier keeps this crawler's requests", exc
            )
            return
        self.server.delete(self.inflight_key)  # idle and committed: anything left was dropped, not lost
        self.taken.clear()
        self.recover()
        if len(self.queue) or any(alive for _, alive in self._others_inflight()):
            raise DontCloseSpider
