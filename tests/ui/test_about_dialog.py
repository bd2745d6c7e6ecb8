"""The About window shows the version, the app's licence, the fonts' licence and every bundled library's licence."""

from __future__ import annotations

from email.message import Message

from desktop import __version__
from desktop.config.components import bundled_distributions, canonical
from desktop.ui.dialogs import about_dialog
from desktop.ui.dialogs.about_dialog import LIBRARIES, AboutDialog, licence_of


def _meta(**fields: str | list[str]) -> Message:
    meta = Message()
    for key, value in fields.items():
        for one in value if isinstance(value, list) else [value]:
            meta[key.replace("_", "-")] = one
    return meta


def test_licence_read_from_metadata_in_order_of_precision() -> None:
    assert licence_of(_meta(License_Expression="MIT", License="whatever")) == "MIT"
    assert licence_of(_meta(License="BSD-3-Clause")) == "BSD-3-Clause"
    long_text = "BSD license (see license.txt for details), Copyright (c) 2000-2024 ReportLab"
    assert licence_of(_meta(License=long_text, Classifier=["License :: OSI Approved :: BSD License"])) == "BSD License"
    assert licence_of(_meta(Classifier="Natural Language :: Vietnamese")) == ""


def test_dialog_lists_version_licences_and_libraries(qtbot) -> None:  # noqa: ANN001
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert __version__ in dialog.title.text()
    assert "MIT" in dialog.licence.text()
    assert "Tinos" in dialog.fonts.text() and "Open Font License" in dialog.fonts.text()
    rows = {dialog.table.item(r, 0).text(): (dialog.table.item(r, 1).text(), dialog.table.item(r, 2).text())
            for r in range(dialog.table.rowCount())}
    # Every requirement followed to the end: FastAPI's pydantic, ReportLab's pillow, not only the ones we name.
    shown = {canonical(name) for name in rows} | {canonical(d) for n, d, _ in LIBRARIES if n in rows}
    assert {canonical(d) for d in bundled_distributions()} <= shown
    assert {"pydantic", "pillow", "starlette"} <= shown and len(rows) > len(LIBRARIES)
    assert "LGPL-3.0" in rows["Qt for Python (PySide6)"][1]
    assert rows["SQLAlchemy"] == (about_dialog.library("", "SQLAlchemy", "").version, "MIT")
    # An MIT bundle: nothing GPL-only (Qt and psycopg offer the LGPL); the unit list is embedded data now.
    assert all("GPL" not in licence or "LGPL" in licence for _, licence in rows.values())
    assert "vietnam-provinces" not in {canonical(name) for name in rows}
    assert "danhmuchanhchinh.gso.gov.vn" in dialog.data.text() and "18/10/2025" in dialog.data.text()
    assert all(version and licence for version, licence in rows.values())
    assert rows["python-dateutil"][1] == "Apache-2.0 OR BSD-3-Clause"  # its metadata's "Dual License" names none


def test_missing_distribution_keeps_the_known_licence() -> None:
    lib = about_dialog.library("Nothing", "no-such-distribution-xyz", "MIT")
    assert (lib.version, lib.licence) == ("", "MIT")
