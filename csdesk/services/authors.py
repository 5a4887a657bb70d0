"""Who did something: complaint timelines and appraisal versions name their author.

csdesk has no log-in of its own; the supervisor may type a name once (kept in the
window's settings), else the computer's login name stands in.
"""

from __future__ import annotations

import getpass


def default_author() -> str:
    """Who writes entries when nobody said: the computer's login name."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name in some containers and services
        return ""


def author_of(author: str | None) -> str:
    """The author given, or the login name when none was."""
    return (author if author is not None else default_author()).strip()
