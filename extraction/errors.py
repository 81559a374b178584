"""The one error extraction raises: a page that cannot be read as HTML, with a one-line reason."""


class ExtractionError(ValueError):
    """Raised for input that is not an HTML page (empty, binary, too large, undecodable)."""
