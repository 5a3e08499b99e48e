"""Pure, deterministic knowledge of the field. Imports nothing else of the project; no I/O."""
