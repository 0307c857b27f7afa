"""One module per screen, and the modals."""
