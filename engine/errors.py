"""Typed errors a user can act on.

Every error the engine raises on purpose carries a plain ``message`` (what is
wrong) and a ``hint`` (what to do about it). The app shows both with
``st.error``; the command line prints them as one sentence and exits with
status 2. Anything else escaping the engine is a bug.

Each also carries its Indonesian wording (``indonesian=(message, hint)``), so
the app speaks the user's language; ``text(lang)`` gives the pair to show.
"""

from __future__ import annotations


class DriverLabError(Exception):
    """Base class: something the user can fix, said in plain words."""

    def __init__(
        self, message: str, hint: str = "", *, indonesian: tuple[str, str] | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.indonesian = indonesian

    def text(self, lang: str = "en") -> tuple[str, str]:
        """(message, hint) in ``lang`` ("en" or "id"); English where no translation exists."""
        if lang == "id" and self.indonesian is not None:
            return self.indonesian
        return self.message, self.hint

    def __str__(self) -> str:
        return self.sentence()

    def sentence(self) -> str:
        """Message and hint as one line, for the command line and logs."""
        if not self.hint:
            return self.message
        return f"{self.message.rstrip('.')}. {self.hint}"


class ModelError(DriverLabError):
    """The model specification is not a valid PLS path model."""


class DataError(DriverLabError):
    """The survey data cannot be used with this model as it is."""


class EstimationError(DriverLabError):
    """The estimation itself broke down (for example a singular matrix)."""


class BootstrapCancelled(DriverLabError):
    """The user cancelled a bootstrap run."""


# -- issue 14 (hardening): refusals decided before any work starts -----------
class LimitError(DriverLabError):
    """A request larger than the limits (model size, resamples, estimated work, file size)."""
