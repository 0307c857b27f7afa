"""runstrength-tui: a terminal workout companion for runners."""

__version__ = "0.1.0"
