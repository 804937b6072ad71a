"""Model specification: constructs with their items, and the paths between them.

A model reads like its path diagram::

    STUDY_MODEL = ModelSpec(
        constructs=[
            composite("INT", items("INT", 4)),      # INT01 .. INT04
            ...
        ],
        paths=[*paths(["INT", "INF", "PSN"], "CLE"), *paths("CLE", "VCC")],
    )

A ``ModelSpec`` is immutable and validated when built; every problem raises a
:class:`~engine.base.errors.ModelError` that says what is wrong and what to do.
It round-trips through JSON (``to_dict``/``from_dict``, ``to_json``/``from_json``)
in the format of the command-line contract::

    {"constructs": [{"name": "INT", "indicators": ["INT01", ...], "mode": "A",
                     "reflective": false}, ...],
     "paths": [["INT", "CLE"], ...]}
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from engine.base.errors import ModelError

MODES = ("A", "B")

# -- bounds: what one model may ask for (issue 14) --------------------------
#: Most constructs in one model (published PLS-SEM models rarely pass 20).
MAX_CONSTRUCTS = 40
#: Most items in one model (long questionnaires have ~100; estimating 300 with f² for 200
#: paths takes ~10 s, 480 took 30-40 s).
MAX_ITEMS = 300
#: Most paths in one model.
MAX_PATHS = 200
#: Longest construct or item name, in characters.
MAX_NAME = 100
#: Most specific indirect effects reported (and bootstrapped); the shortest come first.
MAX_INDIRECT = 200


@dataclass(frozen=True)
class Construct:
    """One construct: its name, its indicators (item codes) and how it is measured.

    ``mode`` is the outer weighting mode: "A" (correlation weights, the usual
    choice for reflectively measured constructs and for composites whose items
    are interchangeable) or "B" (regression weights, for formative composites).
    ``reflective=True`` marks a common-factor construct to be estimated with
    consistent PLS (PLSc, Dijkstra & Henseler 2015); it requires mode A.
    """

    name: str
    indicators: tuple[str, ...]
    mode: str = "A"
    reflective: bool = False

    def __post_init__(self) -> None:
        object.__setattr__(self, "indicators", tuple(self.indicators))


@dataclass(frozen=True)
class ModelSpec:
    """A PLS path model: constructs (in order) and directed paths between them."""

    constructs: tuple[Construct, ...]
    paths: tuple[tuple[str, str], ...]
    _order: tuple[str, ...] = field(init=False, repr=False, compare=False)
    #: (item code, the owner's question text) pairs: her wording is the item's label
    labels: tuple[tuple[str, str], ...] = field(default=(), repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "constructs", tuple(self.constructs))
        object.__setattr__(self, "paths", tuple((str(s), str(t)) for s, t in self.paths))
        labels = self.labels.items() if isinstance(self.labels, Mapping) else self.labels
        object.__setattr__(self, "labels", tuple((str(k), str(v)) for k, v in labels))
        object.__setattr__(self, "_order", _validate(self))

    # -- lookups -------------------------------------------------------------
    @property
    def names(self) -> tuple[str, ...]:
        """Construct names in the order they were declared."""
        return tuple(c.name for c in self.constructs)

    @property
    def items(self) -> tuple[str, ...]:
        """All item codes, block by block, in declaration order."""
        return tuple(i for c in self.constructs for i in c.indicators)

    def label(self, item: str) -> str:
        """An item's label: the owner's own question text when the model follows her
        questionnaire, else the item code itself."""
        for code, text in self.labels:
            if code == item:
                return text
        return item

    def construct(self, name: str) -> Construct:
        for c in self.constructs:
            if c.name == name:
                return c
        raise ModelError.coded("model_unknown_construct", name=name)

    def antecedents(self, name: str) -> tuple[str, ...]:
        """Constructs with a path into ``name``, in declaration order."""
        sources = {s for s, t in self.paths if t == name}
        return tuple(n for n in self.names if n in sources)

    def successors(self, name: str) -> tuple[str, ...]:
        targets = {t for s, t in self.paths if s == name}
        return tuple(n for n in self.names if n in targets)

    @property
    def endogenous(self) -> tuple[str, ...]:
        """Constructs that at least one path points to."""
        return tuple(n for n in self.names if self.antecedents(n))

    @property
    def exogenous(self) -> tuple[str, ...]:
        return tuple(n for n in self.names if not self.antecedents(n))

    @property
    def causal_order(self) -> tuple[str, ...]:
        """Constructs sorted so that every path runs from earlier to later."""
        return self._order

    def count_indirect_chains(self) -> int:
        """How many chains of two or more paths the model has (counted, not listed).

        A fully connected model of k constructs has about 2^k of them, so they are
        counted by dynamic programming over the causal order, never enumerated.
        """
        # walks[n] = number of chains of one or more paths starting at n
        walks: dict[str, int] = {}
        for name in reversed(self._order):
            walks[name] = sum(1 + walks[t] for t in self.successors(name))
        # chains of >= 2 paths = all chains of >= 1 path minus the single paths
        return sum(walks.values()) - len(self.paths)

    def indirect_chains(self, limit: int | None = MAX_INDIRECT) -> tuple[tuple[str, ...], ...]:
        """Chains of two or more paths (e.g. INT -> CLE -> VCC), at most ``limit`` of them.

        When the model has no more than ``limit`` chains, all of them in causal order
        (depth first, as always). Otherwise the ``limit`` shortest (breadth first), so
        the work is bounded by the limit, never by the model's 2^k chains; the
        estimate's notes say how many were left out (``count_indirect_chains``).
        ``limit=None`` lists every chain: only for models known to be small.
        """
        successors = {n: self.successors(n) for n in self.names}
        if limit is None or self.count_indirect_chains() <= limit:
            chains: list[tuple[str, ...]] = []

            def walk(chain: tuple[str, ...]) -> None:
                for nxt in successors[chain[-1]]:
                    longer = (*chain, nxt)
                    if len(longer) >= 3:
                        chains.append(longer)
                    walk(longer)

            for name in self._order:
                walk((name,))
            return tuple(chains)
        out: list[tuple[str, ...]] = []
        level: list[tuple[str, ...]] = [
            (s, t) for n in self._order for s, t in self.paths if s == n
        ]
        while level and len(out) < limit:
            longer = []
            for chain in level:
                for nxt in successors[chain[-1]]:
                    longer.append((*chain, nxt))
                    if len(longer) + len(out) >= limit:
                        break
                if len(longer) + len(out) >= limit:
                    break
            out += longer
            level = longer
        return tuple(out[:limit])

    def without_path(self, source: str, target: str) -> ModelSpec | None:
        """The model with one path removed and constructs left without paths dropped.

        Returns None when fewer than one path would remain. Used for f-squared.
        """
        kept = tuple(p for p in self.paths if p != (source, target))
        if not kept:
            return None
        used = {n for p in kept for n in p}
        return ModelSpec(
            tuple(c for c in self.constructs if c.name in used), kept, labels=self.labels
        )

    # -- JSON ----------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        return {
            "constructs": [
                {
                    "name": c.name,
                    "indicators": list(c.indicators),
                    "mode": c.mode,
                    "reflective": c.reflective,
                }
                for c in self.constructs
            ],
            "paths": [list(p) for p in self.paths],
        } | ({"labels": dict(self.labels)} if self.labels else {})

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), indent=indent)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ModelSpec:
        if not isinstance(data, Mapping):
            raise ModelError.coded("model_not_object")
        for key in ("constructs", "paths"):
            if key not in data:
                raise ModelError.coded("model_no_list", key=key)
        raw_constructs = data["constructs"]
        raw_paths = data["paths"]
        if not isinstance(raw_constructs, list) or not isinstance(raw_paths, list):
            raise ModelError.coded("model_lists")
        constructs = [_construct_from_dict(i, raw) for i, raw in enumerate(raw_constructs, 1)]
        labels = data.get("labels") or {}
        if not isinstance(labels, Mapping):
            raise ModelError.coded("model_labels")
        return cls(
            tuple(constructs),
            tuple(_path_from_list(p) for p in raw_paths),
            labels=tuple(labels.items()),
        )

    @classmethod
    def from_json(cls, text: str | bytes) -> ModelSpec:
        """A model file, checked whole (size, nesting, every field) by ``engine.core.schema``."""
        from engine.core.schema import model

        return model(text)


def _construct_from_dict(number: int, raw: Any) -> Construct:
    """One construct of a model file, its fields checked."""
    if not isinstance(raw, Mapping) or "name" not in raw or "indicators" not in raw:
        raise ModelError.coded("model_construct_fields", number=number)
    indicators = raw["indicators"]
    if not isinstance(indicators, list) or not all(isinstance(x, str) for x in indicators):
        raise ModelError.coded("model_indicators_list", name=raw["name"])
    reflective = raw.get("reflective", False)
    if not isinstance(reflective, bool):
        raise ModelError.coded("model_reflective_flag", name=raw["name"])
    return Construct(
        name=str(raw["name"]),
        indicators=tuple(indicators),
        mode=str(raw.get("mode", "A")).upper(),
        reflective=reflective,
    )


def _path_from_list(pair: Any) -> tuple[str, str]:
    """One path of a model file: a [source, target] pair."""
    if not isinstance(pair, list | tuple) or len(pair) != 2:
        raise ModelError.coded("model_path_pair", pair=pair)
    return (str(pair[0]), str(pair[1]))


# -- builders that read like the diagram -------------------------------------
def items(prefix: str, count: int, start: int = 1, pad: int = 2) -> tuple[str, ...]:
    """Numbered item codes: ``items("INT", 4)`` gives INT01 .. INT04."""
    return tuple(f"{prefix}{i:0{pad}d}" for i in range(start, start + count))


def composite(name: str, indicators: Iterable[str], mode: str = "A") -> Construct:
    """A composite construct (plain PLS), mode A by default."""
    return Construct(name, tuple(indicators), mode=mode, reflective=False)


def reflective(name: str, indicators: Iterable[str]) -> Construct:
    """A common-factor construct, estimated with consistent PLS (PLSc)."""
    return Construct(name, tuple(indicators), mode="A", reflective=True)


def paths(
    sources: str | Sequence[str], targets: str | Sequence[str]
) -> tuple[tuple[str, str], ...]:
    """Every path from each source to each target: ``paths(["INT", "INF"], "CLE")``."""
    src = [sources] if isinstance(sources, str) else list(sources)
    tgt = [targets] if isinstance(targets, str) else list(targets)
    return tuple((s, t) for s in src for t in tgt)


# -- validation --------------------------------------------------------------
def _too_many(what: str, count: int, limit: int) -> ModelError:
    """``what``: the catalog's word for what is counted (``part.model_items``, ...)."""
    return ModelError.coded("model_too_many", what={"code": what}, count=count, limit=limit)


def short(value: object, limit: int = 40) -> str:
    """A user's value as a readable quoted snippet for a message (long ones cut with …)."""
    text = str(value)
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return repr(text)


def _check_bounds(spec: ModelSpec) -> None:
    """Refuse, before any work, a model larger than any survey needs (issue 14)."""
    if len(spec.constructs) > MAX_CONSTRUCTS:
        raise _too_many("part.model_constructs", len(spec.constructs), MAX_CONSTRUCTS)
    n_items = sum(len(c.indicators) for c in spec.constructs if isinstance(c, Construct))
    if n_items > MAX_ITEMS:
        raise _too_many("part.model_items", n_items, MAX_ITEMS)
    if len(spec.paths) > MAX_PATHS:
        raise _too_many("part.model_paths", len(spec.paths), MAX_PATHS)
    for c in spec.constructs:
        if not isinstance(c, Construct):
            continue
        for name in (c.name, *c.indicators):
            if not isinstance(name, str):
                raise ModelError.coded("model_name_not_text", name=short(name))
            if len(name) > MAX_NAME:
                raise ModelError.coded(
                    "model_name_long", name=short(name), length=len(name), limit=MAX_NAME
                )


def _validate(spec: ModelSpec) -> tuple[str, ...]:
    """Check the whole model; returns its causal order (computed once, here)."""
    _check_bounds(spec)
    if not spec.constructs:
        raise ModelError.coded("model_no_constructs")
    names = _check_constructs(spec.constructs)
    if not spec.paths:
        raise ModelError.coded("model_no_paths")
    _check_paths(spec.paths, names)
    connected = {n for p in spec.paths for n in p}
    for name in names:
        if name not in connected:
            raise ModelError.coded("model_unconnected", name=name)
    return _topological_order(spec)


def _check_construct(c: object) -> None:
    """One construct on its own: a Construct, named, with items, a valid mode."""
    if not isinstance(c, Construct):
        raise ModelError.coded("model_not_construct", value=repr(c))
    if not c.name or not c.name.strip():
        raise ModelError.coded("model_empty_name")
    if not c.indicators:
        raise ModelError.coded("model_empty_block", name=c.name)
    if c.mode not in MODES:
        raise ModelError.coded("model_mode", name=c.name, mode=c.mode)
    if c.mode == "B" and len(c.indicators) == 1:
        raise ModelError.coded("model_single_item_b", name=c.name)
    if c.reflective and c.mode != "A":
        raise ModelError.coded("model_reflective_b", name=c.name)


def _check_constructs(constructs: Sequence[Construct]) -> list[str]:
    """Names unique, each item in exactly one block; returns the construct names."""
    names: list[str] = []
    owner: dict[str, str] = {}
    for c in constructs:
        if isinstance(c, Construct) and c.name in names:
            raise ModelError.coded("model_name_twice", name=c.name)
        _check_construct(c)
        names.append(c.name)
        for item in c.indicators:
            if not item or not str(item).strip():
                raise ModelError.coded("model_empty_item", name=c.name)
            if item in owner and owner[item] == c.name:
                raise ModelError.coded("model_item_twice", item=item, name=c.name)
            if item in owner:
                raise ModelError.coded(
                    "model_item_shared", item=item, first=owner[item], name=c.name
                )
            owner[item] = c.name
    clash = set(names) & set(owner)
    if clash:
        raise ModelError.coded("model_name_is_item", name=sorted(clash)[0])
    return names


def _check_paths(pairs: Sequence[tuple[str, str]], names: Sequence[str]) -> None:
    """Every path joins two different constructs of the model, once."""
    known = set(names)
    seen_paths: set[tuple[str, str]] = set()
    for s, t in pairs:
        for end in (s, t):
            if end not in known:
                raise ModelError.coded("model_path_unknown", source=s, target=t, end=end)
        if s == t:
            raise ModelError.coded("model_path_self", source=s, target=t)
        if (s, t) in seen_paths:
            raise ModelError.coded("model_path_twice", source=s, target=t)
        seen_paths.add((s, t))


def _topological_order(spec: ModelSpec) -> tuple[str, ...]:
    names = [c.name for c in spec.constructs]
    indegree = {n: 0 for n in names}
    for _, t in spec.paths:
        indegree[t] += 1
    order: list[str] = []
    ready = [n for n in names if indegree[n] == 0]
    while ready:
        n = ready.pop(0)
        order.append(n)
        for s, t in spec.paths:
            if s == n:
                indegree[t] -= 1
                if indegree[t] == 0:
                    ready.append(t)
    if len(order) < len(names):
        raise ModelError.coded("model_cycle", names=[n for n in names if n not in order])
    return tuple(order)


def reachable(
    layout_adjacency: Any, names: Sequence[str], order: Sequence[str]
) -> list[tuple[int, int]]:
    """(source, target) index pairs joined by at least one chain of paths, causal order.

    ``layout_adjacency`` is the k x k 0/1 path matrix (``Layout.adjacency``) over ``names``.
    """
    a = layout_adjacency
    reach = a.copy()
    power = a.copy()
    for _ in range(len(names)):
        power = power @ a
        reach += power
    pos = [list(names).index(n) for n in order]
    return [(i, j) for i in pos for j in pos if reach[i, j] > 0]
