"""The engine's layers import only downward (issue 17; README "Architecture").

Every import in every engine module, at module level or inside a function, is read from
the source (ast), so a lazy import cannot hide an upward dependency.
"""

import ast
from pathlib import Path

import pytest

ENGINE = Path(__file__).resolve().parent.parent / "engine"
#: Bottom to top; the package's own modules (cli, __init__, __main__) sit on top of all.
LAYERS = ("base", "core", "study", "intake", "analytics", "outputs")
TOP = len(LAYERS)


def layer(module: str) -> int:
    """engine.core.spec -> 1; engine.cli, engine -> TOP."""
    parts = module.split(".")
    return LAYERS.index(parts[1]) if len(parts) > 1 and parts[1] in LAYERS else TOP


def name_of(path: Path) -> str:
    """engine/core/spec.py -> engine.core.spec"""
    return "engine." + ".".join(path.relative_to(ENGINE).with_suffix("").parts)


def imports(path: Path, module: str | None = None) -> list[tuple[int, str]]:
    """(line, absolute module) of every import of an engine module in ``path``.

    ``module``: the engine module the source stands for (default: from its path).
    """
    module = module or name_of(path)
    package = module.rsplit(".", 1)[0] if path.name != "__init__.py" else module
    found = []
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names if a.name.startswith("engine")]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            if target == "engine" or target.startswith("engine."):
                # `from engine.core import spec` names the module engine.core.spec
                found += [(node.lineno, f"{target}.{a.name}") for a in node.names]
    return found


MODULES = sorted(p for p in ENGINE.rglob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ENGINE)))
def test_imports_only_go_down(path):
    own = layer(name_of(path))
    upward = [
        f"line {line}: {target} ({LAYERS[layer(target)] if layer(target) < TOP else 'top'})"
        for line, target in imports(path)
        if layer(target) > own
    ]
    assert not upward, f"{path.relative_to(ENGINE)} imports a higher layer: {upward}"


def test_every_module_is_in_a_layer():
    """New modules go into a layer's package; only the command line and the package sit on top."""
    top = sorted(p.name for p in ENGINE.glob("*.py"))
    assert top == ["__init__.py", "__main__.py", "cli.py"]
    assert sorted(
        p.name for p in ENGINE.iterdir() if p.is_dir() and p.name != "__pycache__"
    ) == sorted(LAYERS)


def test_the_check_sees_an_upward_import(tmp_path):
    """The checker itself: lazy upward imports in a function, absolute or relative, are found."""
    path = tmp_path / "spec.py"
    path.write_text(
        "def f():\n"
        "    from engine.analytics.drivers import classify\n"
        "    from ..outputs import svg\n"
    )
    found = [t for _, t in imports(path, "engine.core.spec")]
    assert found == ["engine.analytics.drivers.classify", "engine.outputs.svg"]
    assert all(layer(t) > layer("engine.core.spec") for t in found)
