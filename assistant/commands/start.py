"""`regiewijzer start`: what `make run` does. Check the laws with the official repository (one line
when offline), index what is new (quickly: the law texts get their vectors behind the panel), serve."""

from __future__ import annotations

import sys
import time

from assistant.commands._common import add_backend, add_index, settings_from


def register(sub) -> None:
    p = sub.add_parser("start", help="wetten bijwerken, indexeren en het zijpaneel starten (wat `make run` doet)")
    p.add_argument("--host", default=None, help="adres (standaard 127.0.0.1: alleen deze computer)")
    p.add_argument("--port", type=int, default=None, help="poort (standaard 7860)")
    p.add_argument("--base-url", metavar="URL", help="adres van de BWB-repository (standaard de officiële)")
    p.add_argument("--offline", action="store_true", help="de wettenbank niet raadplegen")
    p.add_argument("--no-serve", action="store_true", help="alleen bijwerken en indexeren, geen paneel")
    add_index(p)
    add_backend(p)
    p.set_defaults(handler=run)


def run(args) -> int:
    from assistant.service import Workbench

    settings = settings_from(args)
    wb = Workbench(settings)
    started = time.perf_counter()
    start = wb.prepare_start(base_url=args.base_url, check_online=not args.offline)
    print(f"Index klaar in {time.perf_counter() - started:.0f} s.", file=sys.stderr)
    if args.no_serve:
        return 0
    if start.waiting:
        print(f"{start.waiting} stukken wettekst krijgen hun vectoren op de achtergrond (geschat "
              f"{start.behind_text}); het paneel werkt al.", file=sys.stderr)
        wb.complete_index_behind(on_done=_report_behind(time.perf_counter()))
    return _serve(args, settings)


def _report_behind(began: float):
    def done(summary, error) -> None:
        if error:
            print(f"Vectoren van de wetteksten niet aangevuld: {error}", file=sys.stderr, flush=True)
        else:
            print(f"Vectoren van de wetteksten aangevuld ({summary.embedded} nieuw, "
                  f"{time.perf_counter() - began:.0f} s); het paneel gebruikt ze vanaf de volgende vraag.",
                  file=sys.stderr, flush=True)

    return done


def _serve(args, settings) -> int:
    from ui.app import serve

    host = args.host or settings.ui_host
    port = args.port or settings.ui_port
    if host not in ("127.0.0.1", "localhost", "::1"):
        print(f"Let op: het paneel is bereikbaar vanaf andere computers via {host}:{port}.")
    print(f"Regiewijzer draait op http://{host}:{port} (Ctrl+C om te stoppen)")
    serve(settings, host=host, port=port, block=True)
    return 0
