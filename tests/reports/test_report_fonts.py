"""Font choice (system Times New Roman or bundled Tinos), the shipped licence, and the written forms of figures."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from desktop.config.resources import resources_dir
from desktop.reports import fonts
from desktop.reports.formats import date_words, num, parse_quarter, parse_year, pct, place_date, time_words
from desktop.reports.layout import doc_number, signer_lines


def test_bundled_family_covers_vietnamese_and_ships_its_licence() -> None:
    files = fonts.bundled_files()
    assert [p.name for p in files] == ["Tinos-Regular.ttf", "Tinos-Bold.ttf", "Tinos-Italic.ttf",
                                       "Tinos-BoldItalic.ttf"]
    assert all(fonts.covers_vietnamese(p) for p in files)
    folder = resources_dir() / "fonts"
    assert "SIL OPEN FONT LICENSE" in (folder / "OFL.txt").read_text(encoding="utf-8").upper()
    readme = (folder / "README.md").read_text(encoding="utf-8")
    assert "Tinos" in readme and "OFL" in readme


def test_report_family_is_registered_once() -> None:
    family = fonts.report_fonts()
    assert family is fonts.report_fonts()
    assert family.source in {"system", "bundled"} and len(family.files) == 4


def test_system_times_is_found_by_its_file_names(tmp_path: Path) -> None:
    # Stand-ins named as Windows names Times New Roman: they load and draw Vietnamese, so they qualify.
    nested = tmp_path / "truetype" / "msttcorefonts"
    nested.mkdir(parents=True)
    for src, name in zip(fonts.bundled_files(), ("times.ttf", "timesbd.ttf", "timesi.ttf", "TIMESBI.TTF"),
                         strict=True):
        shutil.copy(src, nested / name)
    found = fonts.find_times([tmp_path])
    assert found is not None and [p.name for p in found] == ["times.ttf", "timesbd.ttf", "timesi.ttf", "TIMESBI.TTF"]


def test_incomplete_or_broken_times_falls_back(tmp_path: Path) -> None:
    for src, name in zip(fonts.bundled_files()[:3], ("times.ttf", "timesbd.ttf", "timesi.ttf"), strict=True):
        shutil.copy(src, tmp_path / name)
    assert fonts.find_times([tmp_path]) is None  # no bold italic
    (tmp_path / "timesbi.ttf").write_bytes(b"not a font")
    assert fonts.find_times([tmp_path]) is None
    assert fonts.find_times([tmp_path / "missing"]) is None


@pytest.mark.parametrize(("day", "words"), [
    (date(2026, 1, 5), "ngày 05 tháng 01 năm 2026"),
    (date(2026, 2, 28), "ngày 28 tháng 02 năm 2026"),
    (date(2026, 3, 9), "ngày 09 tháng 3 năm 2026"),
    (date(2026, 11, 20), "ngày 20 tháng 11 năm 2026"),
])
def test_decree30_date_words(day: date, words: str) -> None:
    assert date_words(day) == words


def test_written_forms() -> None:
    assert place_date("Hạ Long", date(2026, 1, 5)) == "Hạ Long, ngày 05 tháng 01 năm 2026"
    assert num(1234567) == "1.234.567" and num(2.5) == "2,5" and num(18.0) == "18"
    assert pct(0.9753) == "97,5%" and pct(None) == "—" and pct(1) == "100,0%"
    from datetime import datetime
    assert time_words(datetime(2026, 11, 5, 9, 7)) == "09 giờ 07 phút, ngày 05 tháng 11 năm 2026"
    assert doc_number("05", "BC-UBND") == "05/BC-UBND" and doc_number("", "BC-UBND").endswith("/BC-UBND")


def test_periods() -> None:
    q = parse_quarter("2026-Q4")
    assert (q.start, q.end, q.label) == (date(2026, 10, 1), date(2026, 12, 31), "quý IV năm 2026")
    assert parse_quarter("2027-q1").end == date(2027, 3, 31)
    y = parse_year("2026")
    assert (y.start, y.end, y.label) == (date(2026, 1, 1), date(2026, 12, 31), "năm 2026")
    for bad in ("2026-Q5", "2026Q1", "26-Q1", ""):
        with pytest.raises(ValueError, match="YYYY-Qn"):
            parse_quarter(bad)
    for bad in ("26", "20x6", "0999"):
        with pytest.raises(ValueError, match="YYYY"):
            parse_year(bad)


def test_signer_lines() -> None:
    assert signer_lines("Chủ tịch") == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]
    assert signer_lines("Chủ tịch UBND") == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]
    assert signer_lines("") == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]
    assert signer_lines("Phó Chủ tịch") == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
