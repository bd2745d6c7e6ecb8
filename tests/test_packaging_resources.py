"""The PyInstaller spec carries every resource folder and every migration script the app opens at run time.

Fast and without PyInstaller: the spec's DATA_DIRS and EXCLUDED_SUFFIXES are read with `ast`.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "installers" / "commune-desk.spec"


def _spec_constant(name: str):  # noqa: ANN202
    for node in ast.parse(SPEC.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == name for t in node.targets):
            return ast.literal_eval(node.value)
    raise AssertionError(f"{name} not found in {SPEC}")


def _bundled(path: Path) -> str | None:
    """Where the spec puts `path` inside the bundle, or None when it is left out."""
    rel = path.relative_to(ROOT).as_posix()
    if path.suffix in _spec_constant("EXCLUDED_SUFFIXES") or "__pycache__" in path.parts:
        return None
    for source, target in _spec_constant("DATA_DIRS"):
        if rel == source:
            return f"{target}/{path.name}"
        if rel.startswith(source + "/"):
            return target + rel[len(source):]
    return None


def test_every_resource_folder_is_bundled_in_place() -> None:
    for folder in (ROOT / "resources").iterdir():
        if folder.is_dir():
            files = [f for f in folder.rglob("*") if f.is_file() and f.suffix != ".ts"]
            assert files, folder
            for item in files:
                # desktop.config.resources looks in <bundle>/resources: same relative place as the source tree.
                assert _bundled(item) == item.relative_to(ROOT).as_posix(), item


def test_translations_fonts_and_icons_the_app_needs_are_there() -> None:
    needed = ["resources/translations/commune_desk_en.qm", "resources/fonts/OFL.txt",
              "resources/fonts/Tinos-Regular.ttf", "resources/icons/commune-desk-64.png",
              "resources/icons/commune-desk.ico", "resources/catalogue/procedures.json",
              "resources/translations/qtbase_vi.qm", "resources/guide/vi.html", "resources/guide/en.html",
              "resources/guide/img/dossiers-vi.png", "resources/guide/img/dossiers-en.png",
              "resources/units/units.csv"]
    for rel in needed:
        assert (ROOT / rel).is_file(), rel
        assert _bundled(ROOT / rel) == rel


def test_every_migration_script_is_bundled_next_to_its_migrate_module() -> None:
    for package in ("desktop/store", "desktop/server"):
        scripts = sorted((ROOT / package / "migrations").rglob("*.py")) + [ROOT / package / "migrations" /
                                                                           "script.py.mako"]
        assert any("versions" in s.parts for s in scripts)
        for script in scripts:
            # migrate.py reads Path(__file__).parent / "migrations": the scripts must sit beside it in the bundle.
            assert _bundled(script) == script.relative_to(ROOT).as_posix(), script


def test_every_resource_the_code_opens_is_in_a_bundled_folder() -> None:
    opened = set()
    for source in (ROOT / "desktop").rglob("*.py"):
        text = source.read_text(encoding="utf-8")
        opened |= set(re.findall(r'resource_path\(\s*"([^"]+)"', text))
        opened |= set(re.findall(r'resources_dir\(\)\s*/\s*"([^"]+)"', text))
    assert opened >= {"catalogue", "fonts", "templates", "translations"}
    targets = {target for _source, target in _spec_constant("DATA_DIRS")}
    for folder in opened:
        assert f"resources/{folder}" in targets, folder
