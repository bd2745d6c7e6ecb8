"""The frozen program's entry point: the same `commune-desk` command the package installs."""

import sys

from desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
