"""Lets `python -m desktop` behave like the `commune-desk` command."""

import sys

from desktop.cli import main

sys.exit(main())
