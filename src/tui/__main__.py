"""`python -m tui` runs the same command line as `runstrength-tui`."""

import sys

from tui.cli import main

sys.exit(main())
