"""What a correct extraction of a replica article is, computed from the replica's own facts."""

from __future__ import annotations

from replicas.model import ReplicaArticle


def expected_paragraphs(article: ReplicaArticle, edition: int = 1) -> list[str]:
    """Lead, then each body paragraph followed by its photo captions and the table where it stands."""
    out = [article.lead] if article.lead else []
    for i, text in enumerate(article.body(edition)):
        out.append(text)
        out += [f.caption for f in article.figures if f.after == i and f.caption]
        if article.table and article.table_after == i:
            out.append("\n".join(" | ".join(row) for row in article.table))
    return out
