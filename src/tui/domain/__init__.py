"""Pure workout logic: no Textual, no storage. Everything here takes plain values and an injected clock."""
