"""The error the CLI prints as one line on stderr (exit code 2) instead of a traceback."""


class UsageError(Exception):
    pass
