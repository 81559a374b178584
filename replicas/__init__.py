"""Offline replicas of the source sites, served on loopback for tests, the demo and benchmarks."""
