"""`regiewijzer ask "vraag" [--index DIR] [--k 5] [--json]`."""

from __future__ import annotations

from assistant.commands._common import add_backend, add_index, add_json, print_result, workbench_from


def register(sub) -> None:
    p = sub.add_parser("ask", help="een vraag beantwoorden uit de index, met bronnen")
    p.add_argument("question", help="de vraag (tussen aanhalingstekens)")
    p.add_argument("--k", type=int, default=5, help="aantal bronnen (standaard 5)")
    add_index(p)
    add_backend(p)
    add_json(p)
    p.set_defaults(handler=run)


def run(args) -> int:
    answer = workbench_from(args).ask(args.question, k=args.k)
    print_result(answer, args.json, answer.to_text())
    return 0
