"""The tree's layers: a module may import its own layer and the ones below it, never one above.

Read from the source with ``ast`` (no import runs), so a climbing import fails here even when it
sits inside a function or behind ``TYPE_CHECKING``. Bottom to top:

    gazetteer
    geo core      geo.errors, geo.files, geo.articles, geo.dates, geo.lazy
    text          geo.read, geo.events         (neither imports the other)
    store         geo.store, geo.front         (neither imports the other)
    maps          takes GeoDataFrames; may import gazetteer and geo core only
    top           geo.cli, geo.api, geo.render
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("gazetteer", "geo", "maps")

# Each part and the parts it may import (besides itself).
ALLOWED: dict[str, set[str]] = {
    "gazetteer": set(),
    "geo.core": {"gazetteer"},
    "geo.read": {"gazetteer", "geo.core"},
    "geo.events": {"gazetteer", "geo.core"},
    "geo.store": {"gazetteer", "geo.core", "geo.read", "geo.events"},
    "geo.front": {"gazetteer", "geo.core", "geo.events"},
    "maps": {"gazetteer", "geo.core"},
    "geo.top": {"gazetteer", "geo.core", "geo.read", "geo.events", "geo.store", "geo.front", "maps"},
}
CORE = {"geo", "geo.errors", "geo.files", "geo.articles", "geo.dates", "geo.lazy"}
TOP = ("geo.cli", "geo.api", "geo.render")


def part_of(module: str) -> str:
    """The layer part a dotted module name belongs to."""
    if module.startswith("gazetteer") or module.startswith("maps"):
        return module.split(".")[0]
    if module in CORE:
        return "geo.core"
    for top in TOP:
        if module == top or module.startswith(top + "."):
            return "geo.top"
    return ".".join(module.split(".")[:2])


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported(path: Path, module: str) -> set[str]:
    """Every frontmap module the file imports, relative imports resolved."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            names.add(target)
            names.update(f"{target}.{alias.name}" for alias in node.names)
    return {n for n in names if n.split(".")[0] in PACKAGES}


def sources() -> list[Path]:
    return sorted(p for package in PACKAGES for p in (ROOT / package).rglob("*.py"))


def own_modules() -> set[str]:
    return {module_name(p) for p in sources()}


@pytest.mark.parametrize("path", sources(), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_module_imports_a_layer_above_its_own(path: Path) -> None:
    module = module_name(path)
    here = part_of(module)
    known = own_modules()
    climbing = sorted(
        name
        for name in imported(path, module)
        if name in known and part_of(name) != here and part_of(name) not in ALLOWED[here]
    )
    assert not climbing, f"{module} ({here}) imports {climbing}, above or beside its layer"


def test_no_two_modules_import_each_other() -> None:
    known = own_modules()
    graph = {module_name(p): {n for n in imported(p, module_name(p)) if n in known} for p in sources()}
    cycles = sorted(
        (a, b)
        for a, targets in graph.items()
        for b in targets
        if a < b and a in graph.get(b, set()) and not a.startswith(b) and not b.startswith(a)
    )
    assert not cycles, f"modules that import each other: {cycles}"


def test_the_rule_catches_a_climbing_import(tmp_path: Path) -> None:
    """The checker itself: maps importing the event rules is reported."""
    assert part_of("geo.events.triggers") not in ALLOWED["maps"]
    assert part_of("geo.store.merge") in ALLOWED["geo.top"]
    assert part_of("geo.errors") in ALLOWED["maps"]
    assert part_of("geo.cli.main") == "geo.top"
