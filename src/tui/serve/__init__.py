"""`runstrength-tui serve`: the app in a browser, through Textualize's textual-serve, behind an access token."""
