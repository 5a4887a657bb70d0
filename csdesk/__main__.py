"""Entry point for ``python -m csdesk`` and the ``csdesk`` console script."""

import sys

from csdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
