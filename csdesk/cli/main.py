"""The command line's entry point: the language first, then the command or the window.

Exit status: 0 success, 1 a user error (message on stderr, nothing written), 2 wrong
usage (argparse). The GUI modules are imported only when the GUI is opened, so a
script never loads Qt.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from csdesk.cli.arguments import shop_location
from csdesk.cli.parser import build_parser
from csdesk.common import i18n, languages, preferences
from csdesk.common.i18n import translate
from csdesk.services.errors import UserError


def _guard_std_streams() -> None:
    """A windowed (frozen) build has no console: give print() somewhere to go."""
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115


def _early_language(argv: Sequence[str]) -> str | None:
    """Find ``--lang`` before parsing, so that the help text is in that language."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    _guard_std_streams()
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        language = languages.choose_language(_early_language(argv), preferences.stored_language())
    except ValueError as exc:
        print(f"csdesk: unknown language {exc}; use zh_CN, zh_TW or en", file=sys.stderr)
        return 2
    from csdesk.services.authors import acting_as

    # a test's call leaves the language, and nobody signed in, as it found them
    with i18n.speaking(language), acting_as(None):
        return _run(argv, language)


def _run(argv: list[str], language: str) -> int:
    """Parse the command line and run the command (or the window) in ``language``."""
    args = build_parser().parse_args(argv)
    if args.command is None:
        return _open_window(args, language)
    try:
        return args.run(args)
    except UserError as exc:
        print(exc.full_text(), file=sys.stderr)
        return 1
    except BrokenPipeError:
        # `csdesk kpis | head`: the reader is gone; end quietly, as Unix tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except Exception as exc:
        from csdesk.services.errors import storage_fault

        lost = _server_lost(args, exc)
        if lost is not None:
            print(lost, file=sys.stderr)
            return 1
        fault = storage_fault(exc, getattr(args, "db", None))
        if fault is None:
            raise
        print(fault.full_text(), file=sys.stderr)
        return 1


def _open_window(args, language: str) -> int:
    """Open the window; a data folder the system refuses is said, never a traceback.

    The shop, the log and matplotlib's cache live in the user's data folder: a home that
    cannot be written (a locked-down account, a full or read-only disk) is found here,
    before the window needs them, and said in a message box (or on stderr).
    """
    from csdesk.common.paths import cache_dir, log_dir
    from csdesk.services.errors import storage_fault
    from csdesk.ui.app import refuse_start, run_gui

    try:
        location = shop_location(args)
        log_dir(), cache_dir()
    except OSError as exc:
        fault = storage_fault(exc)
        if fault is None:
            raise
        return refuse_start(fault.full_text(), language, args.exit_when_ready)
    return run_gui(location, language, exit_when_ready=args.exit_when_ready)


def _server_lost(args, exc: Exception) -> str | None:
    """The message for a server that stopped answering during a command, else None.

    Whatever the command wrote was in a transaction the server rolled back; running it
    again is safe.
    """
    from sqlalchemy.exc import DBAPIError, OperationalError

    if not isinstance(exc, DBAPIError):  # (the shop's location may be what failed)
        return None
    location = shop_location(args)
    if not isinstance(location, str):
        return None
    if not (exc.connection_invalidated or isinstance(exc, OperationalError)):
        return None
    from csdesk.services.server.connect import shown_url, unreachable

    return translate("CLI", "{problem} Nothing half-written was kept; run it again.").format(
        problem=unreachable(shown_url(location), exc).message
    )
