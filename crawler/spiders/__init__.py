"""Spiders, one per platform family at most, each driven by source profiles."""
