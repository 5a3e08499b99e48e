"""Hybrid retrieval over an index folder (see index.py) and citation lookup."""

from assistant.retrieval.index import KnowledgeIndex, LookupResult, open_index

__all__ = ["KnowledgeIndex", "LookupResult", "open_index", "build_index"]


def build_index(paths, settings, **kwargs):
    from assistant.ingest import ingest_paths

    return ingest_paths(paths, settings, **kwargs)
