"""Regiewijzer: a local assistant for Dutch overheidsdienstverleners.

The engine (assistant.domain) decides what is true; a model, when configured, only words it,
and every model output is verified. See ../DESIGN notes in README.md.
"""

__version__ = "0.1.0"
ENGINE_VERSION = __version__
