"""The code's shape: dependencies point one way, and no module of the project imports itself in a circle.

Read with grimp from every import statement, those inside functions included: a lazy
import that only hides a cycle counts as the cycle it is.
"""

import sys

import grimp
import pytest

PACKAGES = ("korus_site", "home", "courses", "network")


@pytest.fixture(scope="module")
def graph():
    return grimp.build_graph(*PACKAGES)


def project_modules(graph) -> list[str]:
    return sorted(m for m in graph.modules if ".migrations" not in m)


def cycles(graph) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan's algorithm)."""
    modules = project_modules(graph)
    known = set(modules)
    edges = {m: sorted(i for i in graph.find_modules_directly_imported_by(m) if i in known) for m in modules}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = [0]
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10_000))

    def visit(module: str) -> None:
        index[module] = low[module] = counter[0]
        counter[0] += 1
        stack.append(module)
        on_stack.add(module)
        for imported in edges[module]:
            if imported not in index:
                visit(imported)
                low[module] = min(low[module], low[imported])
            elif imported in on_stack:
                low[module] = min(low[module], index[imported])
        if low[module] == index[module]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == module:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for module in modules:
        if module not in index:
            visit(module)
    return found


def test_no_import_cycles(graph):
    assert cycles(graph) == []


@pytest.mark.parametrize("app", ["home", "courses", "network"])
def test_models_import_neither_views_nor_services(graph, app):
    """Pages reach views only through korus_site.core.routing, which imports them when a request comes."""
    models = [m for m in graph.modules if m == f"{app}.models" or m.startswith(f"{app}.models.")]
    upward = [
        (model, imported)
        for model in models
        for imported in graph.find_modules_directly_imported_by(model)
        if any(part in imported.split(".") for part in ("views", "services", "tasks", "viewsets", "wagtail_hooks"))
    ]
    assert upward == []
