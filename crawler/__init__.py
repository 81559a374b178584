"""Scrapy side of the project: spiders driven by source profiles, items, pipelines, settings."""
