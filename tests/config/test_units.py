"""The embedded list of administrative units (resources/units/units.csv) and its reader, which replaced a GPL library:
whole, consistent, found without accents, and saying where it comes from."""

from __future__ import annotations

import unicodedata
from collections import Counter

from desktop.config import units
from desktop.config.components import UNITS_DATA
from desktop.config.resources import resource_path


def test_the_list_is_the_2025_one_whole_and_consistent() -> None:
    provinces = units.provinces()
    assert len(provinces) == 34 and [c for c, _ in provinces] == sorted(c for c, _ in provinces)
    below = [u for code, _ in provinces for u in units.units_of(code)]
    assert len(below) == 3321 and len({c for c, _ in below}) == 3321
    kinds = Counter(units.unit(code).type for code, _ in below)  # type: ignore[union-attr]
    assert kinds == {"xã": 2621, "phường": 687, "đặc khu": 13}
    for code, name in provinces + below:
        assert code.isdigit() and len(code) in (2, 5) and name == unicodedata.normalize("NFC", name).strip()
    for _code, name in below:
        assert name.split(" ")[0] in ("Xã", "Phường", "Đặc"), name
    # Facts checked by hand against the GSO list.
    assert units.province("22") == units.Unit("22", "Quảng Ninh", "tỉnh", "")
    assert units.province(1).name == "Thành phố Hà Nội"  # type: ignore[union-attr]
    assert units.unit(70) == units.Unit("00070", "Phường Hoàn Kiếm", "phường", "01")
    assert units.unit("00070") == units.unit("70")
    assert ("06652", "Phường Hà Tu") in units.units_of("22")
    assert units.province("99") is None and units.unit("99999") is None and units.units_of("99") == []
    assert units.province("00070") is None and units.unit("22") is None  # a province is no commune, and back


def test_file_header_names_its_source_and_date() -> None:
    path, source, version = UNITS_DATA
    header = [line for line in resource_path("units", "units.csv").read_text(encoding="utf-8").splitlines()
              if line.startswith("#")]
    assert path == "resources/units/units.csv"
    assert any("danhmuchanhchinh.gso.gov.vn" in line and version in line for line in header)
    assert source.endswith("danhmuchanhchinh.gso.gov.vn")


def test_place_name_drops_the_unit_type() -> None:
    assert units.place_name_of("Phường Hạ Long") == "Hạ Long"
    assert units.place_name_of("Đặc khu Vân Đồn") == "Vân Đồn"
    assert units.place_name_of("Thôn Mới") == "Thôn Mới"
