"""Article extraction: bytes + URL in, clean article out. Independent of Scrapy."""
