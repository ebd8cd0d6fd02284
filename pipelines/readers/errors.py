"""The one error a reader raises: the file is not an article we can read, and why."""


class UnreadableFile(Exception):
    """Raised with a reason a person understands ("empty file", "binary data", ...)."""

    def __init__(self, reason: str, rule: str = "unreadable"):
        super().__init__(reason)
        self.reason = reason
        self.rule = rule
