"""`regiewijzer ui [--host 127.0.0.1] [--port 7860] [--training]`: start the side panel or the training room."""

from __future__ import annotations

from assistant.commands._common import add_backend, add_index, settings_from


def register(sub) -> None:
    p = sub.add_parser("ui", help="het zijpaneel starten (Gradio, standaard op 127.0.0.1:7860)")
    p.add_argument("--host", default=None, help="adres (standaard 127.0.0.1: alleen deze computer)")
    p.add_argument("--port", type=int, default=None, help="poort (standaard 7860)")
    p.add_argument("--training", action="store_true", help="de trainingsruimte starten (oefenen met een buddy)")
    add_index(p)
    add_backend(p)
    p.set_defaults(handler=run)


def run(args) -> int:
    from ui.app import serve

    settings = settings_from(args)
    host = args.host or settings.ui_host
    port = args.port or settings.ui_port
    if host not in ("127.0.0.1", "localhost", "::1"):
        print(f"Let op: het paneel is bereikbaar vanaf andere computers via {host}:{port}.")
    what = "De trainingsruimte" if args.training else "Regiewijzer"
    print(f"{what} draait op http://{host}:{port} (Ctrl+C om te stoppen)")
    serve(settings, host=host, port=port, block=True, training=args.training)
    return 0
