"""Full-text search over the archive (Whoosh), derived from the archive and rebuildable from it."""
