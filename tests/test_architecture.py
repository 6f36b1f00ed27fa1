"""The package's layers (docs/ARCHITECTURE.md): no lower layer imports a higher one, no import cycle,
no module too long to read."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.conftest import ROOT

PACKAGE = ROOT / "pipeline"

#: Layer of each top-level part of the package; a module may import its own layer and lower ones.
LAYERS = {
    "lang": 0,
    "records": 0,
    "text": 1,
    "nlp": 2,
    "extract": 3,
    "write": 4,
    "views": 5,
    "run": 6,
    "cli": 7,
    "stages": 7,
    "__main__": 7,
    "__init__": 8,  # the package root (``pipeline.load``, imported lazily)
}
MAX_MODULE_LINES = 400
MAX_TOP_LEVEL_MODULES = 8


def _modules() -> dict[str, Path]:
    """Dotted name -> path of every module of the package."""
    modules = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        modules[name] = path
    return modules


MODULES = _modules()


def _is_type_checking(node: ast.If) -> bool:
    return isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING"


def _imports(path: Path, *, top_level_only: bool) -> set[str]:
    """The pipeline modules ``path`` imports (``from pipeline.x import y`` counts ``pipeline.x.y``
    where that is a module); imports only for type checkers are left out."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()

    def visit(nodes: list[ast.stmt], nested: bool) -> None:
        for node in nodes:
            if isinstance(node, ast.If) and _is_type_checking(node):
                continue
            if isinstance(node, ast.Import):
                found.update(a.name for a in node.names if a.name.startswith("pipeline"))
            elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("pipeline"):
                for alias in node.names:
                    if node.module == "pipeline" and alias.name == "__version__":
                        continue  # a constant of the root package, importing nothing
                    candidate = f"{node.module}.{alias.name}"
                    found.add(candidate if candidate in MODULES else node.module)
            for field in ("body", "orelse", "finalbody", "handlers"):
                children = getattr(node, field, None)
                if isinstance(children, list) and not (top_level_only and _defines_scope(node)):
                    visit([c for c in children if isinstance(c, ast.stmt | ast.ExceptHandler)], nested)

    visit(tree.body, nested=False)
    return found


def _defines_scope(node: ast.AST) -> bool:
    return isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)


def layer_of(module: str) -> int:
    """The layer of a dotted module name (``pipeline.extract.dates`` -> ``extract``'s)."""
    parts = module.split(".")
    return LAYERS["__init__"] if len(parts) == 1 else LAYERS[parts[1]]


@pytest.mark.parametrize("module", sorted(MODULES))
def test_no_module_imports_a_higher_layer(module: str) -> None:
    higher = sorted(
        imported
        for imported in _imports(MODULES[module], top_level_only=False)
        if layer_of(imported) > layer_of(module)
    )
    assert not higher, f"{module} (layer {layer_of(module)}) imports a higher layer: {higher}"


def test_every_part_of_the_package_has_a_layer() -> None:
    parts = {name.split(".")[1] for name in MODULES if "." in name}
    assert parts <= set(LAYERS)


def test_no_import_cycle() -> None:
    graph = {m: _imports(p, top_level_only=True) & set(MODULES) for m, p in MODULES.items()}
    state: dict[str, int] = {}

    def visit(module: str, stack: list[str]) -> None:
        state[module] = 1
        for imported in sorted(graph[module]):
            if state.get(imported) == 1:
                cycle = [*stack[stack.index(imported) :], imported]
                pytest.fail("import cycle: " + " -> ".join(cycle))
            if imported not in state:
                visit(imported, [*stack, imported])
        state[module] = 2

    for module in sorted(graph):
        if module not in state:
            visit(module, [module])


@pytest.mark.parametrize("module", sorted(MODULES))
def test_modules_stay_readable(module: str) -> None:
    lines = len(MODULES[module].read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_MODULE_LINES, f"{module} has {lines} lines; split it"


def test_few_modules_at_the_top_level() -> None:
    top = [p.name for p in PACKAGE.glob("*.py")]
    assert len(top) <= MAX_TOP_LEVEL_MODULES, top


@pytest.mark.parametrize(
    ("module", "imported", "expected"),
    [
        ("pipeline.extract.dates", "pipeline.run.archive", True),
        ("pipeline.extract.dates", "pipeline.views.query", True),
        ("pipeline.lang.roles", "pipeline.text.fastre", True),
        ("pipeline.run.archive", "pipeline.extract", False),
        ("pipeline.views.verify", "pipeline.text.reading", False),
    ],
)
def test_the_layer_rule_itself(module: str, imported: str, expected: bool) -> None:
    assert (layer_of(imported) > layer_of(module)) is expected
