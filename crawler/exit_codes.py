"""Exit codes of every command, documented in the README for cron and scripts."""

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2
EXIT_PARTIAL = 3  # the crawl finished but some pages failed
EXIT_LOCKED = 75  # another crawl holds the data directory's lock
EXIT_INTERRUPTED = 130
