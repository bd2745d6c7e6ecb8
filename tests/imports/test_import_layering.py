"""The importers call the services through their public functions only (STYLE.md: imports → services, public)."""

from __future__ import annotations

import ast
from pathlib import Path

IMPORTS = Path(__file__).resolve().parents[2] / "desktop" / "imports"


def _private_service_names(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    modules: set[str] = set()  # local names bound to a services module
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("desktop.services"):
            for alias in node.names:
                if alias.name.startswith("_"):
                    found.append(f"{node.module}.{alias.name}")
                if node.module == "desktop.services":
                    modules.add(alias.asname or alias.name)
        elif isinstance(node, ast.Import):
            modules.update(a.asname or a.name for a in node.names if a.name.startswith("desktop.services"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr.startswith("_") and not node.attr.startswith("__") \
                and isinstance(node.value, ast.Name) and node.value.id in modules:
            found.append(f"{node.value.id}.{node.attr}")
    return found


def test_imports_use_no_private_name_of_a_service() -> None:
    files = sorted(IMPORTS.glob("*.py"))
    assert files
    used = {p.name: names for p in files if (names := _private_service_names(p))}
    assert used == {}


def test_the_scan_sees_a_private_name(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("from desktop.services.officers import ROLES, _contact\nfrom desktop.services import training\n"
                      "training._check_course({})\n", encoding="utf-8")
    assert _private_service_names(sample) == ["desktop.services.officers._contact", "training._check_course"]
