"""The archive: SQLAlchemy models and storage, the source of truth (see docs/architecture.md)."""

__version__ = "0.1.0"
