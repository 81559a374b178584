"""Serve replica sites on loopback until interrupted: ``python -m replicas [--extra N] [SITE ...]``."""

from __future__ import annotations

import argparse
import signal
import sys
import threading

from replicas.catalog import BUILDERS, DEFAULT_EXTRA, build_site
from replicas.server import serve_all


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m replicas", description=__doc__)
    parser.add_argument(
        "sites", nargs="*", metavar="SITE", help=f"replicas to serve (default: all of {', '.join(BUILDERS)})"
    )
    parser.add_argument("--extra", type=int, default=DEFAULT_EXTRA, help="generated articles per replica")
    parser.add_argument("--port", type=int, default=8901, help="first port (0: any free ports)")
    args = parser.parse_args()
    if unknown := set(args.sites) - set(BUILDERS):
        parser.error(f"unknown replica {sorted(unknown)[0]!r}")
    sites = [build_site(key, extra=args.extra) for key in (args.sites or BUILDERS)]
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        with serve_all(sites, first_port=args.port) as servers:
            for key, server in servers.items():
                print(f"{key} {server.base_url}", flush=True)
            stop.wait()
    except OSError as exc:
        sys.exit(f"error: cannot serve on port {args.port}: {exc.strerror}")
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
