"""One module per platform family: how that CMS lays out URLs, listings and article pages."""
