"""Entry point for ``python -m csdesk``, the ``csdesk`` console script and frozen builds."""

import gc
import sys

from csdesk.cli.main import main as run


def main() -> int:
    """Run csdesk and return its exit status, skipping the collector's pass at exit.

    Everything is closed and flushed when ``run`` returns; what is left is freeing a few
    hundred thousand objects the process is about to give back anyway. Freezing them
    spares the interpreter's last full collection (about 100 ms of every exit).
    """
    status = run()
    gc.freeze()
    return status


if __name__ == "__main__":
    sys.exit(main())
