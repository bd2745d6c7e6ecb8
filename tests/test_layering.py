"""Arrows run one way: only desktop/ui and desktop/app.py import Qt; the domain imports neither Qt nor SQLAlchemy."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "desktop"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def _modules() -> list[tuple[str, set[str]]]:
    return [(p.relative_to(PACKAGE.parent).as_posix(), _imports(p)) for p in PACKAGE.rglob("*.py")]


def test_qt_only_in_ui_and_app() -> None:
    offenders = [name for name, imports in _modules()
                 if any(i.split(".")[0] == "PySide6" for i in imports)
                 and not (name.startswith("desktop/ui/") or name == "desktop/app.py")]
    assert offenders == []


def test_domain_is_pure() -> None:
    offenders = [(name, sorted(i for i in imports if i.split(".")[0] in {"PySide6", "sqlalchemy", "alembic"}
                               or (i.startswith("desktop.") and not i.startswith("desktop.domain"))))
                 for name, imports in _modules() if name.startswith("desktop/domain/")]
    assert [o for o in offenders if o[1]] == []


def test_services_and_store_never_reach_up_into_the_ui() -> None:
    offenders = [name for name, imports in _modules()
                 if name.startswith(("desktop/services/", "desktop/store/", "desktop/domain/"))
                 and any(i.startswith(("desktop.ui", "desktop.app", "desktop.cli")) for i in imports)]
    assert offenders == []


def test_the_checker_sees_imports() -> None:
    """The layering tests above are only as good as the import scan: make sure it finds a known import."""
    assert "PySide6.QtWidgets" in _imports(PACKAGE / "app.py")
