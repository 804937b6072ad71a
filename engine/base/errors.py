"""Typed errors a user can act on.

Every error the engine raises on purpose carries a plain ``message`` (what is
wrong) and a ``hint`` (what to do about it). The app shows both with
``st.error``; the command line prints them as one sentence and exits with
status 2. Anything else escaping the engine is a bug.

The wording lives in the one catalog (``engine.base.text``): raise
``DataError.coded("data_no_columns", n=3, ...)`` and the catalog's
``err.data_no_columns`` (message) and ``err.data_no_columns.hint`` give both
languages, numbers and lists formatted the language's way. ``text(lang)``
gives the pair to show. There is no other way to word an error: a raise with
English words alone would leave the Indonesian pages in English
(tests/test_app.py reads every raise in the engine).
"""

from __future__ import annotations

from typing import Any, Self

from engine.base import text as _text


class DriverLabError(Exception):
    """Base class: something the user can fix, said in plain words."""

    def __init__(
        self,
        message: str = "",
        hint: str = "",
        *,
        code: str | None = None,
        params: dict[str, Any] | None = None,
    ) -> None:
        self.code = code
        self.params = dict(params or {})
        if code is not None:
            message, hint = self._words("en")
        super().__init__(message)
        self.message = message
        self.hint = hint

    @classmethod
    def coded(cls, code: str, /, **params: Any) -> Self:
        """The error ``code`` of the catalog (``err.<code>``, ``err.<code>.hint``)."""
        return cls(code=code, params=params)

    def _words(self, lang: str) -> tuple[str, str]:
        key = f"err.{self.code}"
        hint = f"{key}.hint"
        return (
            _text.say(key, lang, **self.params),
            _text.say(hint, lang, **self.params) if hint in _text.CATALOG else "",
        )

    def text(self, lang: str = "en") -> tuple[str, str]:
        """(message, hint) in ``lang`` ("en" or "id"); English where no translation exists."""
        if self.code is not None:
            return self._words(lang)
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
