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
        _validate(self)
        object.__setattr__(self, "_order", _topological_order(self))

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
        raise ModelError(
            f"The model has no construct called {name!r}.",
            "Check the spelling.",
            indonesian=(f"Model tidak punya konstruk bernama {name!r}.", "Periksa ejaannya."),
        )

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
        hint = (
            'A model file looks like {"constructs": [{"name": "INT", "indicators": '
            '["INT01", "INT02"], "mode": "A", "reflective": false}], "paths": [["INT", "CLE"]]}.'
        )
        if not isinstance(data, Mapping):
            raise ModelError(
                "The model must be a JSON object.",
                hint,
                indonesian=("Model harus berupa objek JSON.", hint),
            )
        for key in ("constructs", "paths"):
            if key not in data:
                raise ModelError(
                    f"The model has no {key!r} list.",
                    hint,
                    indonesian=(f"Model tidak punya daftar {key!r}.", hint),
                )
        raw_constructs = data["constructs"]
        raw_paths = data["paths"]
        if not isinstance(raw_constructs, list) or not isinstance(raw_paths, list):
            raise ModelError(
                "'constructs' and 'paths' must both be lists.",
                hint,
                indonesian=("'constructs' dan 'paths' harus sama-sama berupa daftar.", hint),
            )
        constructs = []
        for i, raw in enumerate(raw_constructs, start=1):
            if not isinstance(raw, Mapping) or "name" not in raw or "indicators" not in raw:
                raise ModelError(
                    f"Construct number {i} needs a 'name' and 'indicators'.",
                    hint,
                    indonesian=(f"Konstruk nomor {i} memerlukan 'name' dan 'indicators'.", hint),
                )
            indicators = raw["indicators"]
            if not isinstance(indicators, list) or not all(isinstance(x, str) for x in indicators):
                raise ModelError(
                    f"The indicators of construct {raw['name']!r} must be a list of item codes.",
                    hint,
                    indonesian=(
                        f"Indikator konstruk {raw['name']!r} harus berupa daftar kode butir.",
                        hint,
                    ),
                )
            reflective = raw.get("reflective", False)
            if not isinstance(reflective, bool):
                raise ModelError(
                    f"'reflective' of construct {raw['name']!r} must be true or false.",
                    hint,
                    indonesian=(
                        f"'reflective' pada konstruk {raw['name']!r} harus true atau false.",
                        hint,
                    ),
                )
            constructs.append(
                Construct(
                    name=str(raw["name"]),
                    indicators=tuple(indicators),
                    mode=str(raw.get("mode", "A")).upper(),
                    reflective=reflective,
                )
            )
        paths_ = []
        for p in raw_paths:
            if not isinstance(p, list | tuple) or len(p) != 2:
                raise ModelError(
                    f"Each path must be a [source, target] pair; got {p!r}.",
                    hint,
                    indonesian=(
                        "Setiap jalur harus berupa pasangan [sumber, tujuan]; yang diberikan "
                        f"{p!r}.",
                        hint,
                    ),
                )
            paths_.append((str(p[0]), str(p[1])))
        labels = data.get("labels") or {}
        if not isinstance(labels, Mapping):
            raise ModelError(
                "'labels' must map item codes to question texts.",
                hint,
                indonesian=("'labels' harus memetakan kode butir ke teks pertanyaan.", hint),
            )
        return cls(tuple(constructs), tuple(paths_), labels=tuple(labels.items()))

    @classmethod
    def from_json(cls, text: str | bytes) -> ModelSpec:
        """A model file, checked whole (size, nesting, every field) by ``engine.core.schema``."""
        from engine.core.schema import model

        return model(text)


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
def _too_many(what: str, what_id: str, count: int, limit: int) -> ModelError:
    return ModelError(
        f"The model has {count:,} {what}, over the limit of {limit:,}.",
        "Split it into smaller models, or drop what the question does not need.",
        indonesian=(
            f"Model punya {count:,} {what_id}, melebihi batas {limit:,}.",
            "Pecah menjadi model yang lebih kecil, atau buang yang tidak diperlukan.",
        ),
    )


def short(value: object, limit: int = 40) -> str:
    """A user's value as a readable quoted snippet for a message (long ones cut with …)."""
    text = str(value)
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return repr(text)


def _check_bounds(spec: ModelSpec) -> None:
    """Refuse, before any work, a model larger than any survey needs (issue 14)."""
    if len(spec.constructs) > MAX_CONSTRUCTS:
        raise _too_many("constructs", "konstruk", len(spec.constructs), MAX_CONSTRUCTS)
    n_items = sum(len(c.indicators) for c in spec.constructs if isinstance(c, Construct))
    if n_items > MAX_ITEMS:
        raise _too_many("items", "butir", n_items, MAX_ITEMS)
    if len(spec.paths) > MAX_PATHS:
        raise _too_many("paths", "jalur", len(spec.paths), MAX_PATHS)
    for c in spec.constructs:
        if not isinstance(c, Construct):
            continue
        for name in (c.name, *c.indicators):
            if not isinstance(name, str):
                raise ModelError(
                    f"The name {short(name)} is not text.",
                    "Construct and item names are words, such as INT or INT01.",
                    indonesian=(
                        f"Nama {short(name)} bukan teks.",
                        "Nama konstruk dan butir berupa kata, misalnya INT atau INT01.",
                    ),
                )
            if len(name) > MAX_NAME:
                raise ModelError(
                    f"The name {short(name)} is {len(name):,} characters long, over the "
                    f"limit of {MAX_NAME}.",
                    "Use a short code such as INT or INT01.",
                    indonesian=(
                        f"Nama {short(name)} panjangnya {len(name):,} karakter, melebihi batas "
                        f"{MAX_NAME}.",
                        "Pakai kode pendek seperti INT atau INT01.",
                    ),
                )


def _validate(spec: ModelSpec) -> None:
    _check_bounds(spec)
    if not spec.constructs:
        raise ModelError(
            "The model has no constructs.",
            "Add at least two constructs and a path.",
            indonesian=(
                "Model tidak punya konstruk.",
                "Tambahkan paling sedikit dua konstruk dan satu jalur.",
            ),
        )
    seen: set[str] = set()
    owner: dict[str, str] = {}
    for c in spec.constructs:
        if not isinstance(c, Construct):
            raise ModelError(
                f"{c!r} is not a construct.",
                "Build constructs with composite().",
                indonesian=(f"{c!r} bukan konstruk.", "Buat konstruk dengan composite()."),
            )
        if not c.name or not c.name.strip():
            raise ModelError(
                "A construct has an empty name.",
                "Give every construct a name.",
                indonesian=("Ada konstruk tanpa nama.", "Beri nama setiap konstruk."),
            )
        if c.name in seen:
            raise ModelError(
                f"The construct name {c.name!r} is used twice.",
                "Give each construct its own name.",
                indonesian=(
                    f"Nama konstruk {c.name!r} dipakai dua kali.",
                    "Beri setiap konstruk namanya sendiri.",
                ),
            )
        seen.add(c.name)
        if not c.indicators:
            raise ModelError(
                f"Construct {c.name!r} has no items (an empty block).",
                "Give it at least one item, or remove it.",
                indonesian=(
                    f"Konstruk {c.name!r} tidak punya butir (blok kosong).",
                    "Beri paling sedikit satu butir, atau hapus konstruknya.",
                ),
            )
        if c.mode not in MODES:
            raise ModelError(
                f"Construct {c.name!r} has measurement mode {c.mode!r}.",
                'Use mode "A" or "B".',
                indonesian=(
                    f"Konstruk {c.name!r} memakai mode pengukuran {c.mode!r}.",
                    'Pakai mode "A" atau "B".',
                ),
            )
        if c.mode == "B" and len(c.indicators) == 1:
            raise ModelError(
                f"Construct {c.name!r} is mode B with a single item.",
                "A single-item construct is the item itself: use mode A.",
                indonesian=(
                    f"Konstruk {c.name!r} bermode B dengan satu butir saja.",
                    "Konstruk satu butir adalah butir itu sendiri: pakai mode A.",
                ),
            )
        if c.reflective and c.mode != "A":
            raise ModelError(
                f"Construct {c.name!r} is marked reflective but uses mode B.",
                "Reflective (PLSc) constructs use mode A; make it a mode-B composite instead.",
                indonesian=(
                    f"Konstruk {c.name!r} ditandai reflektif tetapi memakai mode B.",
                    "Konstruk reflektif (PLSc) memakai mode A; jadikan komposit mode B sebagai "
                    "gantinya.",
                ),
            )
        for item in c.indicators:
            if not item or not str(item).strip():
                raise ModelError(
                    f"Construct {c.name!r} has an empty item name.",
                    "Name every item.",
                    indonesian=(
                        f"Konstruk {c.name!r} punya butir tanpa nama.",
                        "Beri nama setiap butir.",
                    ),
                )
            if item in owner:
                where = "twice in" if owner[item] == c.name else f"in both {owner[item]!r} and"
                raise ModelError(
                    f"Item {item!r} appears {where} {c.name!r}.",
                    "Each item measures exactly one construct; remove the duplicate.",
                    indonesian=(
                        f"Butir {item!r} muncul "
                        + (
                            "dua kali di"
                            if owner[item] == c.name
                            else f"di {owner[item]!r} dan juga di"
                        )
                        + f" {c.name!r}.",
                        "Setiap butir mengukur tepat satu konstruk; hapus duplikatnya.",
                    ),
                )
            owner[item] = c.name
    clash = seen & set(owner)
    if clash:
        name = sorted(clash)[0]
        raise ModelError(
            f"{name!r} is both a construct name and an item code.",
            "Rename one of them.",
            indonesian=(
                f"{name!r} dipakai sebagai nama konstruk sekaligus kode butir.",
                "Ganti salah satu namanya.",
            ),
        )
    if not spec.paths:
        raise ModelError(
            "The model has no paths.",
            "Add at least one path, for example INT -> CLE.",
            indonesian=(
                "Model tidak punya jalur.",
                "Tambahkan paling sedikit satu jalur, misalnya INT -> CLE.",
            ),
        )
    seen_paths: set[tuple[str, str]] = set()
    for s, t in spec.paths:
        for end in (s, t):
            if end not in seen:
                raise ModelError(
                    f"The path {s} -> {t} names {end!r}, which is not a construct of the model.",
                    "Add the construct or correct the path.",
                    indonesian=(
                        f"Jalur {s} -> {t} menyebut {end!r}, yang bukan konstruk dalam model.",
                        "Tambahkan konstruknya atau perbaiki jalurnya.",
                    ),
                )
        if s == t:
            raise ModelError(
                f"The path {s} -> {t} points at itself.",
                "Remove it.",
                indonesian=(f"Jalur {s} -> {t} mengarah ke dirinya sendiri.", "Hapus jalur itu."),
            )
        if (s, t) in seen_paths:
            raise ModelError(
                f"The path {s} -> {t} is listed twice.",
                "Remove the duplicate.",
                indonesian=(f"Jalur {s} -> {t} tercantum dua kali.", "Hapus duplikatnya."),
            )
        seen_paths.add((s, t))
    connected = {n for p in spec.paths for n in p}
    for c in spec.constructs:
        if c.name not in connected:
            raise ModelError(
                f"Construct {c.name!r} has no paths at all.",
                "Connect it to another construct or remove it from the model.",
                indonesian=(
                    f"Konstruk {c.name!r} sama sekali tidak punya jalur.",
                    "Hubungkan ke konstruk lain atau hapus dari model.",
                ),
            )
    _topological_order(spec)  # raises on a cycle


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
        stuck = [n for n in names if n not in order]
        raise ModelError(
            "The paths form a cycle through " + ", ".join(stuck) + ".",
            "PLS path models must be recursive: remove one path of the loop.",
            indonesian=(
                "Jalur-jalur membentuk lingkaran melalui " + ", ".join(stuck) + ".",
                "Model jalur PLS harus rekursif: hapus satu jalur dari lingkaran itu.",
            ),
        )
    return tuple(order)
