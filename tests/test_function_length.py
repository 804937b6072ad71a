"""No function is too long to read in one sitting (issue 17: none over 60 lines).

Every function and method in engine/, ui/, pages/ and collect/ (nested ones too) is measured
from its ``def`` line to its last line, read from the source (ast). A page is a script, so
its top-level statements count as one function as well: the lines of every statement at
module level that is not an import, a ``def``/``class`` or the docstring.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = ("engine", "ui", "pages", "collect")
LIMIT = 60
#: Name of a page's top-level script in the reports and the allow-list.
SCRIPT = "<script>"

#: What is still over the limit, as "path:function" (the lead shrinks this list after merging).
ALLOWED = {
    # a migration is a frozen record of a schema: never edited once released
    "collect/migrations/versions/0001_initial.py:upgrade",
}


def _is_docstring(node: ast.stmt) -> bool:
    return (
        isinstance(node, ast.Expr)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
    )


def script_lines(tree: ast.Module) -> int:
    """Lines of a page's top-level script: statements that are not imports, defs or docstring."""
    skip = (ast.Import, ast.ImportFrom, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
    return sum(
        node.end_lineno - node.lineno + 1
        for node in tree.body
        if not isinstance(node, skip) and not _is_docstring(node)
    )


def lengths(path: Path, relative: str) -> dict[str, int]:
    """``relative:name`` -> lines, for every function in ``path`` (and its script, for a page)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found: dict[str, int] = {}
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            first = min([node.lineno, *(d.lineno for d in node.decorator_list)])
            name = f"{relative}:{node.name}"
            found[name] = max(found.get(name, 0), node.end_lineno - first + 1)
    if relative.startswith("pages/"):
        found[f"{relative}:{SCRIPT}"] = script_lines(tree)
    return found


def measured() -> dict[str, int]:
    out: dict[str, int] = {}
    for folder in FOLDERS:
        for path in sorted((ROOT / folder).rglob("*.py")):
            out.update(lengths(path, path.relative_to(ROOT).as_posix()))
    return out


def test_no_function_is_over_60_lines():
    long = {name: n for name, n in measured().items() if n > LIMIT and name not in ALLOWED}
    report = "\n".join(f"  {name}: {n} lines" for name, n in sorted(long.items()))
    assert not long, f"over {LIMIT} lines (split it, or name it in ALLOWED with why):\n{report}"


def test_the_allow_list_holds_only_what_is_still_long():
    """An entry that is short now is taken off the list, so the list only shrinks."""
    now = measured()
    stale = sorted(name for name in ALLOWED if now.get(name, 0) <= LIMIT)
    assert not stale, f"now within {LIMIT} lines, take off ALLOWED: {stale}"


def test_the_check_sees_long_functions_and_scripts(tmp_path):
    """The checker itself: a nested function, a decorated one and a page's script are measured."""
    body = "".join(f"    x{i} = {i}\n" for i in range(LIMIT))
    page = tmp_path / "page.py"
    page.write_text(
        '"""doc"""\nimport os\n\n'
        f"@decorator\ndef outer():\n    def inner():\n{body.replace('    ', '        ')}"
        f"    return inner\n\n"
        + "".join(f"y{i} = {i}\n" for i in range(LIMIT + 1))
        + "if os:\n    z = 1\n"
    )
    found = lengths(page, "pages/page.py")
    assert found["pages/page.py:inner"] == LIMIT + 1
    assert found["pages/page.py:outer"] == LIMIT + 4  # decorator, def, inner, return
    assert found[f"pages/page.py:{SCRIPT}"] == LIMIT + 3
    assert lengths(page, "engine/page.py").get(f"engine/page.py:{SCRIPT}") is None
