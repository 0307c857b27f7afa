"""Small reusable widgets, each with its own DEFAULT_CSS, posting messages upward."""
