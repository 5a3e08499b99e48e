"""The HTML report: one standalone file that opens offline (no external scripts, styles or fonts).

The page is `template.html` with `report.css` and `report.js` inlined and the results embedded as
JSON; the script draws the summary, the charts (inline SVG) and the case table, and holds the
review section, whose verdicts are exported as a JSON file for `regiewijzer eval --verdicts FILE`.
Case content (letters may hold injected instructions) is only ever set as text, never as HTML.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _json_for_script(data: dict) -> str:
    raw = json.dumps(data, ensure_ascii=False, default=str)
    # nothing in the data may close the script element or start a comment
    return raw.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def render(results: dict) -> str:
    template = (HERE / "template.html").read_text(encoding="utf-8")
    title = f"Regiewijzer evaluatie {str(results.get('run', {}).get('date', ''))[:10]}"
    return (
        template.replace("/*STYLE*/", (HERE / "report.css").read_text(encoding="utf-8"))
        .replace("/*SCRIPT*/", (HERE / "report.js").read_text(encoding="utf-8"))
        .replace("__TITLE__", title)
        .replace("__DATA__", _json_for_script(results))
    )


def write_report(results: dict, path: Path) -> Path:
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    Path(path).write_text(render(results), encoding="utf-8")
    return Path(path)
