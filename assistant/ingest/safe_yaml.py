"""YAML from files we did not write: safe tags only, and a bound on what aliases expand to.

`yaml.safe_load` refuses tags that run code (`!!python/object/apply:...`), but not an alias bomb:
a few hundred bytes of nested anchors and aliases ("billion laughs") load as a small graph of
shared objects that grows to gigabytes as soon as anything walks it (turning it into text, say).
So the document is first composed into YAML nodes (aliases stay shared, nothing grows), its
expanded size is counted once per distinct node (memoised, so counting stays linear), and only
a document within the limits is constructed.
"""

from __future__ import annotations

import yaml


class YamlRefused(ValueError):
    """A YAML document that is unsafe, malformed or too large; str() is the Dutch reason."""


def load_yaml(text: str, *, max_nodes: int = 100_000, max_chars: int = 50_000_000) -> object:
    """The document, built with safe types only; YamlRefused with the reason otherwise."""
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except RecursionError as exc:
        raise YamlRefused("geen geldige YAML (te diep genest)") from exc
    except yaml.YAMLError as exc:
        raise YamlRefused(f"geen geldige YAML ({_where(exc)})") from exc
    if node is None:
        return None
    nodes, chars = expanded_size(node)
    if nodes > max_nodes or chars > max_chars:
        raise YamlRefused(
            f"YAML-document te groot als de verwijzingen (aliassen) worden uitgevouwen: {_size(nodes)} knopen "
            f"en {_size(chars)} tekens (maximaal {_size(max_nodes)} knopen, instelling max_yaml_nodes)"
        )
    loader = yaml.SafeLoader(text)
    try:
        return loader.construct_document(node)
    except RecursionError as exc:
        raise YamlRefused("geen geldige YAML (te diep genest)") from exc
    except yaml.YAMLError as exc:  # an unknown or unsafe tag, a bad timestamp, ...
        raise YamlRefused(f"onveilige of onbekende YAML ({_where(exc)})") from exc
    finally:
        loader.dispose()


def expanded_size(root: yaml.Node) -> tuple[int, int]:
    """(nodes, characters) of the document with every alias expanded; a node that contains itself
    counts as too large (it never ends when expanded)."""
    memo: dict[int, tuple[int, int]] = {}
    busy: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:  # iterative post-order walk: deep documents do not hit the recursion limit
        node, children_done = stack.pop()
        key = id(node)
        if key in memo:
            continue
        children = _children(node)
        if not children_done:
            if key in busy:
                return (1 << 62, 1 << 62)  # a cycle: infinite when expanded
            busy.add(key)
            stack.append((node, True))
            stack.extend((child, False) for child in children if id(child) not in memo)
            continue
        if any(id(child) not in memo for child in children):
            return (1 << 62, 1 << 62)  # a child still in progress: a cycle
        nodes = 1 + sum(memo[id(c)][0] for c in children)
        chars = (len(node.value) if isinstance(node, yaml.ScalarNode) else 0) + sum(memo[id(c)][1] for c in children)
        memo[key] = (nodes, chars)
        busy.discard(key)
    return memo[id(root)]


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    return []


def _size(number: int) -> str:
    return "meer dan 10^18" if number >= 1 << 60 else f"{number:,}".replace(",", ".")


def _where(exc: yaml.YAMLError) -> str:
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None) or exc.__class__.__name__
    return f"{problem}, regel {mark.line + 1}" if mark is not None else str(problem)
