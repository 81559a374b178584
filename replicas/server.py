"""Serve replica sites on loopback: one threaded HTTP server per site, each on its own port."""

from __future__ import annotations

import hashlib
import threading
import time
from collections import defaultdict, deque
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, urlsplit

from replicas.platforms.base import Request
from replicas.site import Site


class _Handler(BaseHTTPRequestHandler):
    server: ReplicaServer
    protocol_version = "HTTP/1.1"
    # One buffered write per response and no Nagle: on keep-alive connections, headers and body in
    # separate small segments stall on the client's delayed ACK.
    wbufsize = 1 << 16
    disable_nagle_algorithm = True

    def do_GET(self) -> None:
        self._answer("GET")

    def do_HEAD(self) -> None:
        self._answer("HEAD")

    def do_POST(self) -> None:
        self._answer("POST")

    def _answer(self, method: str) -> None:
        parts = urlsplit(self.path)
        if self.server.delay:
            time.sleep(self.server.delay)
        fault = self.server.next_fault(parts.path + (f"?{parts.query}" if parts.query else ""))
        if fault and self._fault(fault):
            return
        form = {}
        if method == "POST":
            length = int(self.headers.get("Content-Length") or 0)
            form = dict(parse_qsl(self.rfile.read(length).decode("utf-8", "replace")))
        base = f"http://{self.headers.get('Host') or self.server.host_port}"
        request = Request(method, parts.path, base, dict(parse_qsl(parts.query)), form)
        site = self.server.site
        blocked = site.blocks_agent(self.headers.get("User-Agent", ""))
        response = site.handle(request) if not blocked else site.forbidden()
        body = response.body()
        headers = response.headers()
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        headers["ETag"] = etag
        status = response.status
        if status == 200 and method != "POST" and self.headers.get("If-None-Match") == etag:
            status, body = 304, b""
        self.server.count(parts.path)
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if method != "HEAD":
            self.wfile.write(body)

    def _fault(self, fault: str) -> bool:
        """Misbehave as asked; True when the request has been answered (or dropped)."""
        self.server.count(urlsplit(self.path).path)
        if fault == "timeout":
            time.sleep(self.server.hang)
            self.close_connection = True
            return True
        if fault == "truncate":
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", "100000")
            self.end_headers()
            self.wfile.write(b"<html><body><p>C\xc3\xb4ng \xc4\x91o\xc3\xa0n")
            self.close_connection = True
            return True
        if fault == "redirect-loop":
            self.send_response(302)
            self.send_header("Location", self.path)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return True
        status = int(fault)  # "500", "503", "404", ...
        self.send_response(status)
        self.send_header("Content-Length", "0")
        self.end_headers()
        return True

    def log_message(self, format: str, *args) -> None:
        pass


class ReplicaServer(ThreadingHTTPServer):
    """A replica site on 127.0.0.1. Counts requests per path (tests check re-fetches), can answer
    slowly (`delay` seconds a request) and misbehave on given paths: ``faults[path]`` is a queue of
    "500"/"404"/… statuses, "timeout" (no answer for `hang` seconds), "truncate" or "redirect-loop",
    used one per request before the page is served normally."""

    daemon_threads = True

    def __init__(self, site: Site, port: int = 0, delay: float = 0.0):
        super().__init__(("127.0.0.1", port), _Handler)
        self.site = site
        self.delay = delay
        self.hang = 5.0
        self.hits: dict[str, int] = {}
        self.faults: dict[str, deque[str]] = defaultdict(deque)
        self._lock = threading.Lock()

    def next_fault(self, path: str) -> str | None:
        with self._lock:
            queue = self.faults.get(path)
            return queue.popleft() if queue else None

    @property
    def host_port(self) -> str:
        return f"127.0.0.1:{self.server_address[1]}"

    @property
    def base_url(self) -> str:
        return f"http://{self.host_port}"

    def count(self, path: str) -> None:
        with self._lock:
            self.hits[path] = self.hits.get(path, 0) + 1


@contextmanager
def serve(site: Site, port: int = 0, delay: float = 0.0) -> Iterator[ReplicaServer]:
    """Run `site` on a loopback port in a background thread for the duration of the block."""
    server = ReplicaServer(site, port, delay)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


@contextmanager
def serve_all(sites: list[Site], first_port: int = 0) -> Iterator[dict[str, ReplicaServer]]:
    """Serve several sites at once on consecutive ports (any free ones with 0); yields {key: server}."""
    with ExitStack() as stack:
        yield {
            site.key: stack.enter_context(serve(site, first_port + i if first_port else 0))
            for i, site in enumerate(sites)
        }
