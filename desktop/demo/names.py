"""Made-up but realistic Vietnamese people for demo data: names, addresses, phone and CCCD numbers.

Everything here draws from the `random.Random` it is handed, so the same seed makes the same people.
"""

from __future__ import annotations

import random
from bisect import bisect
from collections.abc import Callable, Iterable, Sequence
from itertools import accumulate
from typing import Generic, NamedTuple, TypeVar

# Family names with rough shares of the population (per cent). Hoàng outnumbers Huỳnh and Vũ outnumbers Võ in the
# north, where Quảng Ninh is; Triệu, Nông, La are common among the Dao and Tày of its mountain communes.
FAMILY_NAMES: dict[str, float] = {
    "Nguyễn": 36.0, "Trần": 11.0, "Lê": 9.5, "Phạm": 7.0, "Hoàng": 5.0, "Vũ": 4.0, "Phan": 3.0, "Đặng": 2.2,
    "Bùi": 2.1, "Đỗ": 1.6, "Ngô": 1.4, "Dương": 1.1, "Đinh": 1.0, "Đào": 0.9, "Hồ": 0.8, "Trịnh": 0.8,
    "Huỳnh": 0.5, "Võ": 0.5, "Lý": 0.5, "Mai": 0.5, "Đoàn": 0.5, "Lương": 0.5, "Hà": 0.5, "Cao": 0.4,
    "Lưu": 0.4, "Tạ": 0.3, "Chu": 0.3, "Tô": 0.3, "Phùng": 0.3, "Lâm": 0.3, "Triệu": 0.4, "Nông": 0.2,
    "Vương": 0.2, "La": 0.1,
}  # fmt: skip

# Văn / Thị dominate among older people; younger generations get more varied middle names.
MIDDLE_MALE = ("Văn", "Đức", "Minh", "Quang", "Hữu", "Công", "Ngọc", "Thành", "Xuân", "Đình", "Mạnh", "Trọng",
               "Anh", "Gia", "Duy", "Hoàng", "Tiến", "Bảo")
MIDDLE_FEMALE = ("Thị", "Thu", "Ngọc", "Thanh", "Minh", "Phương", "Bảo", "Hồng", "Thùy", "Kim", "Mai", "Khánh",
                 "Diệu", "Hải", "Quỳnh", "Lan")
GIVEN_MALE = ("Anh", "Hùng", "Dũng", "Tuấn", "Minh", "Đức", "Hải", "Long", "Nam", "Sơn", "Thắng", "Trung", "Quân",
              "Huy", "Khoa", "Phong", "Tùng", "Cường", "Bình", "Thành", "Hiếu", "Quang", "Việt", "Tâm", "Toàn",
              "Khánh", "Lâm", "Hưng", "Đạt", "Phúc", "Bảo", "Kiên", "Vinh", "Hoàng", "Nghĩa", "Thái", "Tiến", "Lộc",
              "Duy", "Quý", "Chiến", "Thịnh")
GIVEN_FEMALE = ("Lan", "Hương", "Hoa", "Mai", "Linh", "Trang", "Thảo", "Huyền", "Hằng", "Nga", "Hà", "Ngọc", "Yến",
                "Thủy", "Hạnh", "Phương", "Dung", "Loan", "Nhung", "Hiền", "Oanh", "Vân", "Thu", "Hồng", "Nhi", "Ly",
                "Anh", "Chi", "Giang", "Quyên", "Tuyết", "Hậu", "Liên", "Duyên", "Trâm", "My", "Vy", "Ánh", "Diệp",
                "Thơm")

VILLAGES = ("Thôn Đông", "Thôn Tây", "Thôn Trung", "Thôn Bắc", "Thôn Nam", "Thôn Đồng Tâm", "Thôn Tân Lập",
            "Thôn Khe Tâm", "Thôn Bình Minh", "Thôn Quyết Thắng", "Thôn Đồng Châu", "Thôn Hà Lâu", "Thôn Khe Và",
            "Thôn Làng Mới", "Thôn Nà Bắc", "Thôn Phủ Liễn", "Thôn Đồng Và", "Thôn Thác Bưởi", "Thôn Đầm Buôn",
            "Thôn Bản Phố", "Thôn Xóm Mới", "Thôn Cống To")
RESIDENTIAL_GROUPS = tuple(f"Khu phố {n}" for n in range(1, 13)) + tuple(f"Tổ dân phố {n}" for n in range(1, 9))
STREETS = ("Trần Hưng Đạo", "Lê Lợi", "Nguyễn Văn Cừ", "Lê Thánh Tông", "Hạ Long", "Trần Phú", "Quang Trung",
           "Nguyễn Trãi", "Bạch Đằng", "Hùng Vương", "Lý Thường Kiệt", "Điện Biên Phủ", "Phan Đình Phùng",
           "Nguyễn Du", "Cao Thắng", "Kênh Liêm", "Vân Đồn", "Tuệ Tĩnh", "Hoàng Quốc Việt", "25 Tháng 4")

# Mobile prefixes of the Vietnamese carriers after the 2018 renumbering (03x/05x/07x/08x/09x).
PHONE_PREFIXES = ("032", "033", "034", "035", "036", "037", "038", "039", "056", "058", "070", "076", "077", "078",
                  "079", "081", "082", "083", "084", "085", "086", "088", "089", "090", "091", "093", "094", "096",
                  "097", "098")

# Birth-province codes (pre-2025, as printed on CCCD cards) of people living in a Quảng Ninh commune: mostly born in
# the province, the rest from its neighbours and the big cities.
BIRTH_PROVINCES: dict[str, float] = {
    "022": 80.0, "030": 3.5, "031": 3.0, "024": 2.0, "034": 2.0, "036": 1.5, "001": 1.5, "033": 1.0, "038": 1.0,
    "040": 1.0, "035": 0.7, "020": 0.8, "019": 0.5, "079": 0.5, "026": 0.5,
}  # fmt: skip


T = TypeVar("T")


class Person(NamedTuple):
    full_name: str
    female: bool
    birth_year: int
    id_number: str
    phone: str


class Weighted(Generic[T]):
    """Weighted choice by bisecting cumulative weights: much cheaper than `random.choices` called a million times."""

    def __init__(self, weighted: Iterable[tuple[T, float]]) -> None:
        pairs = list(weighted)
        self.items = [item for item, _ in pairs]
        self.cum = list(accumulate(w for _, w in pairs))

    def pick(self, rng: random.Random) -> T:
        # min(): guards the float edge where random() * total rounds up to the total itself.
        return self.items[min(bisect(self.cum, rng.random() * self.cum[-1]), len(self.items) - 1)]


_FAMILY = Weighted(FAMILY_NAMES.items())
_BIRTH_PROVINCE = Weighted(BIRTH_PROVINCES.items())


def _pick(r: Callable[[], float], items: Sequence[str]) -> str:
    # random() scaled by hand: rng.choice is pure Python and is called several times per generated person.
    return items[int(r() * len(items))]


def full_name(rng: random.Random, female: bool, birth_year: int) -> str:
    """Family + middle + given name, with the middle name's fashion following the birth year."""
    traditional = 0.8 if birth_year < 1980 else 0.35
    r = rng.random
    if female:
        middle = "Thị" if r() < traditional else _pick(r, MIDDLE_FEMALE)
        given = _pick(r, GIVEN_FEMALE)
    else:
        middle = "Văn" if r() < traditional else _pick(r, MIDDLE_MALE)
        given = _pick(r, GIVEN_MALE)
    return f"{_FAMILY.pick(rng)} {middle} {given}"


def phone(rng: random.Random) -> str:
    """A 10-digit mobile number."""
    return f"{_pick(rng.random, PHONE_PREFIXES)}{int(rng.random() * 10_000_000):07d}"


def cccd(rng: random.Random, female: bool, birth_year: int, province: str | None = None) -> str:
    """A 12-digit CCCD number: birth province, century/sex digit, year of birth, 6 random digits."""
    # 0/1 for the 1900s, 2/3 for the 2000s; odd means female.
    century_sex = (birth_year // 100 - 19) * 2 + (1 if female else 0)
    serial = int(rng.random() * 1_000_000)
    return f"{province or _BIRTH_PROVINCE.pick(rng)}{century_sex}{birth_year % 100:02d}{serial:06d}"


def person(rng: random.Random, reference_year: int, min_age: int = 18, max_age: int = 85) -> Person:
    """An adult, born so that they are between `min_age` and `max_age` in `reference_year`."""
    female = rng.random() < 0.52
    # Triangular: most applicants are of working age, fewer are very young or very old.
    age = int(rng.triangular(min_age, max_age, 38))
    year = reference_year - age
    return Person(full_name(rng, female, year), female, year, cccd(rng, female, year), phone(rng))


def address(rng: random.Random, commune_name: str, province_name: str, urban: bool) -> str:
    """A post-2025 three-level address: thôn / khu phố (with a house on a street in towns), commune, province."""
    if urban:
        street = rng.choice(STREETS)
        place = f"Số {rng.randint(1, 250)} đường {street}, {rng.choice(RESIDENTIAL_GROUPS)}"
    else:
        place = rng.choice(VILLAGES)
    return f"{place}, {commune_name}, tỉnh {province_name}"
