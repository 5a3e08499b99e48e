"""grounds."""
