"""The console summary of a run (Dutch): per metric the figure for all, held-out and tuned cases
and against the baseline; then the cases that regressed or were fixed."""

from __future__ import annotations

GROUP_NAMES = (("all", "alle"), ("held_out", "held-out"), ("tuned", "afgesteld"))


def _num(value) -> str:
    return "—" if value is None else f"{value:.3f}".replace(".", ",")


def _cell(group: dict | None, counted: bool) -> str:
    if not group or group.get("value") is None:
        return "—"
    return _num(group["value"]) + (f" {group['hits']:g}/{group['total']:g}" if counted else f" n={group.get('cases')}")


def text(results: dict, limit: int = 25) -> str:
    run, counts, comparison = results.get("run") or {}, results.get("counts") or {}, results.get("comparison")
    model = "geen model" if run.get("backend") in (None, "none") else f"{run.get('backend')} {run.get('model') or ''}"
    lines = [f"Regiewijzer eval {str(run.get('date', ''))[:16]} · engine {run.get('engine_version')} · {model} · "
             f"corpus {run.get('corpus_version')} · {counts.get('all')} casussen ({counts.get('held_out')} held-out)", ""]
    lines.append(f"{'Metriek':44} {'alle':>16} {'held-out':>16} {'afgesteld':>16} {'basislijn → nu':>18}")
    for name, metric in (results.get("metrics") or {}).items():
        groups = metric.get("groups", {})
        figure = ((comparison or {}).get("metrics") or {}).get(name, {}).get("all")
        versus = f"{_num(figure['baseline'])} → {_num(figure['now'])}" + (" ▼" if figure["regression"] else "") if figure else "—"
        label = metric.get("label", name) + ("" if metric.get("higher_is_better", True) else " (lager=beter)")
        lines.append(f"{label[:44]:44} " + " ".join(f"{_cell(groups.get(g), metric.get('counted', True)):>16}" for g, _ in GROUP_NAMES) + f" {versus:>18}")
    lines += ["", f"Geslaagd: {counts.get('passed')} van {counts.get('all')} casussen."]
    if comparison:
        lines.append(f"Tegen de basislijn ({comparison.get('baseline_file', '?')}): {len(comparison['regressions'])} achteruitgang, "
                     f"{len(comparison['fixed'])} opgelost, {len(comparison['changed'])} gewijzigd, "
                     f"{comparison['new_cases']} nieuw, {len(comparison['removed_cases'])} verdwenen.")  # fmt: skip
        by_id = {c["id"]: c for c in results.get("cases") or []}
        for case_id in comparison["regressions"][:limit]:
            lines.append(f"  ACHTERUITGANG {case_id}: {_why(by_id.get(case_id))}")
        for case_id in comparison["fixed"][:limit]:
            lines.append(f"  opgelost      {case_id}")
        if comparison["metric_regressions"]:
            lines.append("Metrieken slechter dan toegestaan: " + ", ".join(comparison["metric_regressions"]))
    else:
        lines.append("Geen basislijn vergeleken.")
    seconds = run.get("seconds") or {}
    if seconds:
        lines.append("Tijd: " + ", ".join(f"{k} {v} s" for k, v in seconds.items()))
    return "\n".join(lines)


def _why(case: dict | None) -> str:
    if not case:
        return ""
    notes = [f"{name}: {case['scores'][name].get('note', '')}" for name in case.get("failed", []) if name in case.get("scores", {})]
    return "; ".join(notes)[:300] or (case.get("error") or "")
