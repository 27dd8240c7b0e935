"""Errors the library raises; each carries a one-line message for the user."""


class ClaimdiffError(Exception):
    """Base class: the CLI prints ``str(err)`` on one line and exits 2."""

    exit_code = 2


class InputError(ClaimdiffError):
    """A path is missing, unreadable, or holds no usable article."""


class ConfigError(ClaimdiffError):
    """A configuration file or option is invalid."""


class PipelineError(ClaimdiffError):
    """The spaCy pipeline could not be loaded."""
