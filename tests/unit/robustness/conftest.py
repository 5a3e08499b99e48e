"""Hypothesis without an example database on disk (no .hypothesis folder in the tree), and with
deadlines off: the engines load the sociale kaart on first use."""

from hypothesis import HealthCheck, settings

settings.register_profile(
    "regiewijzer", database=None, deadline=None, suppress_health_check=[HealthCheck.too_slow], print_blob=True
)
settings.load_profile("regiewijzer")
