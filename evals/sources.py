"""Where the tests, evals and benchmarks find the real law texts (test data, never shipped).

`REGIEWIJZER_SHARED_LAWS` names the folder; the default is the workplace layout, a `shared/` folder
next to the checkout (`../shared/corpus-sources/laws`). The product itself never looks here.
"""

from __future__ import annotations

import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]


def shared_laws_dir() -> Path:
    configured = os.environ.get("REGIEWIJZER_SHARED_LAWS")
    if configured:
        return Path(configured)
    return REPO_ROOT.parent / "shared" / "corpus-sources" / "laws"


SHARED_LAWS_DIR = shared_laws_dir()
