"""The search language: words, "quoted phrases", AND / OR / NOT (or -word), parentheses, and
field filters (source:, province:, author:, category:, union:yes|no). Parsed into a small tree
that the engine plans into index queries."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

FIELDS = ("source", "province", "kind", "author", "category", "union")
_TOKEN = re.compile(
    r'\s*(?:(?P<phrase>"[^"]*"?)|(?P<open>\()|(?P<close>\))|(?P<field>\w+):|(?P<minus>-)(?=\S)|(?P<word>[^\s()"]+))'
)


class QuerySyntaxError(ValueError):
    """A query that cannot be parsed, with a one-line reason."""


@dataclass(frozen=True)
class Words:
    """Plain words typed next to each other (their order matters for the bigram plan)."""

    text: str


@dataclass(frozen=True)
class Phrase:
    text: str


@dataclass(frozen=True)
class Filter:
    name: str
    value: str


@dataclass(frozen=True)
class Not:
    node: object


@dataclass(frozen=True)
class And:
    nodes: tuple = field(default_factory=tuple)


@dataclass(frozen=True)
class Or:
    nodes: tuple = field(default_factory=tuple)


def _tokens(query: str) -> list[tuple[str, str]]:
    out, pos = [], 0
    while pos < len(query):
        if not query[pos:].strip():
            break
        match = _TOKEN.match(query, pos)
        if not match:  # pragma: no cover (the word pattern takes anything else)
            raise QuerySyntaxError(f"cannot read the query at {query[pos:]!r}")
        kind = match.lastgroup
        value = match[kind]
        if kind == "phrase" and (len(value) < 2 or not value.endswith('"')):
            raise QuerySyntaxError("a quotation mark is not closed")
        if kind == "word" and value in ("AND", "OR", "NOT"):
            kind = value
        out.append((kind, value))
        pos = match.end()
    return out


class _Parser:
    def __init__(self, query: str):
        self.tokens = _tokens(query)
        self.i = 0

    def peek(self) -> str | None:
        return self.tokens[self.i][0] if self.i < len(self.tokens) else None

    def take(self) -> tuple[str, str]:
        token = self.tokens[self.i]
        self.i += 1
        return token

    def parse(self):
        if not self.tokens:
            raise QuerySyntaxError("the query is empty")
        node = self.or_expr()
        if self.peek() is not None:
            raise QuerySyntaxError(f"unexpected {self.tokens[self.i][1]!r}")
        return node

    def or_expr(self):
        nodes = [self.and_expr()]
        while self.peek() == "OR":
            self.take()
            nodes.append(self.and_expr())
        return nodes[0] if len(nodes) == 1 else Or(tuple(nodes))

    def and_expr(self):
        nodes = []
        while self.peek() not in (None, "OR", "close"):
            if self.peek() == "AND":
                self.take()
                if not nodes:
                    raise QuerySyntaxError("AND needs something before it")
                if self.peek() in (None, "OR", "close", "AND"):
                    raise QuerySyntaxError("AND needs something after it")
                continue
            node = self.unary()
            if isinstance(node, Words) and nodes and isinstance(nodes[-1], Words):
                node = Words(f"{nodes.pop().text} {node.text}")  # words typed side by side stay together
            nodes.append(node)
        if not nodes:
            raise QuerySyntaxError("an operator has nothing on one side")
        return nodes[0] if len(nodes) == 1 else And(tuple(nodes))

    def unary(self):
        kind, value = self.take()
        if kind in ("NOT", "minus"):
            if self.peek() in (None, "OR", "close", "AND"):
                raise QuerySyntaxError(f"{value} needs something after it")
            return Not(self.unary())
        if kind == "open":
            node = self.or_expr()
            if self.peek() != "close":
                raise QuerySyntaxError("a parenthesis is not closed")
            self.take()
            return node
        if kind == "close":
            raise QuerySyntaxError("a parenthesis is closed that was never opened")
        if kind == "phrase":
            return Phrase(value.strip('"'))
        if kind == "field":
            name = value.lower()
            if name not in FIELDS:
                raise QuerySyntaxError(f"unknown field {value!r} (fields: {', '.join(FIELDS)})")
            if self.peek() not in ("word", "phrase"):
                raise QuerySyntaxError(f"{value}: needs a value")
            return Filter(name, self.take()[1].strip('"'))
        return Words(value)


def parse(query: str):
    """The query's tree; QuerySyntaxError with a one-line reason when it is not well formed."""
    return _Parser(query).parse()
