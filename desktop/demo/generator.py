"""Pure generation of a demo commune's data as rows (dicts keyed by column name): no database, one seed.

The dossiers come as a stream of chunks, day after day, so a million of them never sit in memory at once. Each part
(officers, dossiers, training, equipment) draws from its own `random.Random`, so changing one leaves the others alone.
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from typing import Any

from desktop.config import units
from desktop.demo import equipment, names, training
from desktop.demo.dossier_paths import DossierPaths, OfficeClock, Proc
from desktop.demo.rows import CommuneInfo, Row, local_at, sync_columns, to_utc
from desktop.domain import documents
from desktop.domain.calendar import vietnam_calendar
from desktop.domain.deadlines import default_extension_days, default_pause_for_payment
from desktop.domain.dossier_code import format_code
from desktop.domain.errors import InvalidValue
from desktop.domain.text import fold
from desktop.store.models import new_id

PROVINCE_CODE = 22  # Quảng Ninh, the province of the seeds
DOSSIERS_PER_MONTH = 350
MAX_PER_DAY = 9999  # the NNNN of a dossier code
# Share of dossiers per field: civil status and certification dominate a commune desk, S&T fields are a sliver.
FIELD_WEIGHTS = {"HT": 38.0, "CT": 30.0, "DD": 8.0, "BTXH": 6.0, "NCC": 3.0, "VH": 1.5, "GD": 1.5, "YT": 1.5,
                 "NN": 2.5, "XD": 2.5, "BC": 0.4, "VT": 0.4, "KHCN": 0.3, "TDC": 0.3, "SHTT": 0.3, "TS": 0.4,
                 "ATBX": 0.1}  # fmt: skip
# More work before Tết and at school enrolment, less in the Tết month itself.
MONTH_FACTOR = {1: 1.2, 2: 0.85, 8: 1.1, 9: 1.05, 12: 1.1}
WEEKEND_SHARE = 0.12  # a non-working day gets this fraction of a working day's load, online only
ONLINE_P = {"full": (0.80, 0.90), "partial": (0.60, 0.72), "none": (0.0, 0.0)}
POSTAL_P = 0.04  # of the dossiers not filed online
BOUNDARY_FREE_P = 0.12  # of dossiers of boundary-free procedures: filed by people living elsewhere in the province
# Of boundary-free dossiers filed at the counter: received here for the competent commune and sent on (a land or
# building file of a parcel elsewhere), or received at another commune's desk and sent to us.
FORWARDED_P, RECEIVED_FROM_P = 0.3, 0.15

# (position, unit, role, fields handled); the first is the leader who signs reports.
OFFICERS: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("Chủ tịch UBND", "Thường trực UBND", "leader", ()),
    ("Phó Chủ tịch UBND", "Thường trực UBND", "leader", ()),
    ("Phó Chủ tịch UBND", "Thường trực UBND", "leader", ()),
    ("Chánh Văn phòng HĐND và UBND", "Văn phòng HĐND và UBND", "officer", ()),
    ("Phó Giám đốc Trung tâm Phục vụ hành chính công", "Trung tâm Phục vụ hành chính công", "officer", ()),
    ("Công chức tiếp nhận và trả kết quả", "Trung tâm Phục vụ hành chính công", "officer", ()),
    ("Công chức tiếp nhận và trả kết quả", "Trung tâm Phục vụ hành chính công", "officer", ()),
    ("Công chức Tư pháp - Hộ tịch", "Văn phòng HĐND và UBND", "officer", ("HT", "CT")),
    ("Công chức Tư pháp - Hộ tịch", "Văn phòng HĐND và UBND", "officer", ("HT", "CT")),
    ("Chuyên viên Địa chính - Xây dựng", "Phòng Kinh tế", "officer", ("DD", "XD", "NN")),
    ("Chuyên viên Lao động - Thương binh và Xã hội", "Phòng Văn hóa - Xã hội", "officer",
     ("BTXH", "NCC", "VH", "GD", "YT")),
    ("Chuyên viên chuyển đổi số, phụ trách khoa học và công nghệ", "Phòng Văn hóa - Xã hội", "admin",
     ("BC", "VT", "KHCN", "TDC", "SHTT", "TS", "ATBX")),
    ("Kế toán", "Văn phòng HĐND và UBND", "officer", ()),
)
DESK = (4, 5, 6)  # indexes of OFFICERS who receive and return dossiers
# username, password, role, index in OFFICERS: plain text on purpose, these are published demo logins.
ACCOUNTS = (
    ("admin", "admin123", "admin", 11),
    ("lanhdao", "lanhdao123", "leader", 0),
    ("canbo", "canbo123", "officer", 5),
)


def months_before(d: date, months: int) -> date:
    y, m = divmod(d.year * 12 + d.month - 1 - months, 12)
    m += 1
    day = min(d.day, 28) if m == 2 else min(d.day, 30 if m in (4, 6, 9, 11) else 31)
    return date(y, m, day)


def pick_commune(rng: random.Random) -> CommuneInfo:
    province = units.province(PROVINCE_CODE)
    if province is None:
        raise LookupError(f"province {PROVINCE_CODE} is not in the official list")
    wards = units.units_of(PROVINCE_CODE)  # in code order
    # Rural communes are who the app is for; special zones (đặc khu) are left out.
    code, name = rng.choice([w for w in wards if w[1].startswith("Xã ")])
    others = tuple((n[0].lower() + n[1:], n.startswith("Phường")) for c, n in wards if c != code)
    return CommuneInfo(code, name, name.split(" ", 1)[1], str(PROVINCE_CODE), province.name, False, others)


class DemoGenerator:
    """One demo commune: the small tables are built at once, the dossiers on demand by `dossier_chunks`."""

    def __init__(self, catalogue: dict[str, Any], *, seed: int, months: int, dossiers: int | None, today: date) -> None:
        if months < 1:
            raise InvalidValue("value.months_must_be_at")
        if dossiers is not None and dossiers < 0:
            raise InvalidValue("value.dossiers_must_not_be")
        self.seed, self.today = seed, today
        # The period ends with yesterday and the data stands as at midnight: whenever on `today` the demo is made,
        # no event lies in the future, which the services would refuse to build on.
        self.start = months_before(today, months)
        self.total = round(DOSSIERS_PER_MONTH * months) if dossiers is None else dossiers
        rng = random.Random(f"{seed}-commune")
        self.commune = pick_commune(rng)
        self.calendar = vietnam_calendar(range(self.start.year, today.year + 2))
        self.officers = self._officers(rng)
        self.fields, self.procedures = self._catalogue(catalogue)
        self.days = self.daily_counts()  # checked up front: too many per day fails before anything is written

    # --- people and catalogue -------------------------------------------------------------------------------------

    def _officers(self, rng: random.Random) -> list[Row]:
        """The staff; the three demo accounts get their usernames here, their password hashes when written."""
        created = to_utc(local_at(self.start - timedelta(days=30), 8))
        place = fold(self.commune.place_name).replace(" ", "")
        logins = {index: (username, role) for username, _password, role, index in ACCOUNTS}
        rows = []
        for index, (position, unit, default_role, _fields) in enumerate(OFFICERS):
            p = names.person(rng, self.today.year, 25, 58)
            family, *_rest, given = fold(p.full_name).split()
            email = f"{given}{family[0]}.{place}@quangninh.gov.vn"
            username, role = logins.get(index, (None, default_role))
            row = sync_columns(self.commune.code, created)
            row.update(full_name=p.full_name, position=position, unit=unit, phone=p.phone, role=role, active=True,
                       email=email, username=username, password_hash=None, failed_logins=0, locked_until=None)
            rows.append(row)
        return rows

    def staff(self, index: int) -> tuple[str, str]:
        """(officer id, actor handle): the login name, or for officers without one the e-mail's local part."""
        o = self.officers[index]
        return o["id"], o["username"] or o["email"].split("@")[0]

    def _catalogue(self, catalogue: dict[str, Any]) -> tuple[list[Row], list[Row]]:
        created = to_utc(local_at(self.start - timedelta(days=30), 8))
        rng = random.Random(f"{self.seed}-catalogue")
        fields = []
        field_ids: dict[str, str] = {}
        for f in catalogue["fields"]:
            row = sync_columns(self.commune.code, created)
            row.update(code=f["code"], name=f["name"])
            field_ids[f["code"]] = row["id"]
            fields.append(row)
        procs = []
        self._procs: list[tuple[Proc, float]] = []
        rank: dict[str, int] = {}
        field_names = {f["code"]: f["name"] for f in catalogue["fields"]}
        for p in catalogue["procedures"]:
            if p["level"] != "commune":  # provincial procedures are not the commune desk's (DOMAIN.md §9)
                continue
            fld = p["field"]
            keys = (fld, fold(field_names[fld]))
            pauses = any(default_pause_for_payment(k) for k in keys)
            extension = max(default_extension_days(k) for k in keys)
            row = sync_columns(self.commune.code, created)
            row.update(code=p["code"], name=p["name"], field_id=field_ids[fld], level=p["level"],
                       statutory_days=p["statutory_days"], fee=p["fee"], online_level=p["online_level"],
                       boundary_free=p["boundary_free"], active=True, pause_for_payment=pauses,
                       extension_max_days=extension, documents=_papers(p.get("documents", "")))
            procs.append(row)
            days = math.ceil(p["statutory_days"])
            lo, hi = ONLINE_P[p["online_level"]]
            land = fld in ("DD", "XD")
            proc = Proc(row["id"], p["code"], fld, days, rng.uniform(lo, hi), p["boundary_free"],
                        supplement_p=0.0 if days == 0 else (0.12 if land else 0.05),
                        # Fees and land taxes wait for the citizen only in land and building files; at the
                        # counter a fee is paid on the spot.
                        payment_p=0.4 if land and p["fee"] and days >= 5 else 0.0,
                        late_p=0.003 if days == 0 else (0.05 if land else 0.015), pauses=pauses,
                        extension=extension)
            # Within a field the catalogue lists the everyday procedures first: weight them like a Zipf law.
            rank[fld] = rank.get(fld, 0) + 1
            self._procs.append((proc, FIELD_WEIGHTS.get(fld, 0.2) / rank[fld]))
        # Normalise so the field shares hold whatever the number of procedures per field.
        totals: dict[str, float] = {}
        for proc, w in self._procs:
            totals[proc.field] = totals.get(proc.field, 0.0) + w
        self._procs = [(proc, w * FIELD_WEIGHTS.get(proc.field, 0.2) / totals[proc.field]) for proc, w in self._procs]
        return fields, procs

    # --- dossiers -------------------------------------------------------------------------------------------------

    def daily_counts(self) -> list[tuple[date, int]]:
        """How many dossiers each day of the period gets, summing exactly to the total."""
        rng = random.Random(f"{self.seed}-days")
        days = [self.start + timedelta(days=i) for i in range((self.today - self.start).days)]
        weights = [(1.0 if self.calendar.is_working_day(d) else WEEKEND_SHARE) * MONTH_FACTOR.get(d.month, 1.0)
                   * rng.uniform(0.8, 1.2) for d in days]
        scale = self.total / sum(weights)
        exact = [w * scale for w in weights]
        counts = [int(x) for x in exact]
        # Largest remainders get the leftover units, so the sum is exact and the result deterministic.
        order = sorted(range(len(days)), key=lambda i: exact[i] - counts[i], reverse=True)
        for i in order[: self.total - sum(counts)]:
            counts[i] += 1
        if max(counts) > MAX_PER_DAY:
            raise InvalidValue("value.too_many_dossiers_per", counts=max(counts), max_per_day=MAX_PER_DAY)
        return list(zip(days, counts, strict=True))

    def dossier_chunks(self, chunk_size: int = 10_000) -> Iterator[tuple[list[Row], list[Row]]]:
        """Yield (dossiers, their events) a few days at a time, in order of filing; about `chunk_size` dossiers
        each (whole days, so a chunk may run over by one day's count)."""
        rng = random.Random(f"{self.seed}-dossiers")
        clock = OfficeClock(self.calendar, rng)
        handlers = {f: [self.staff(i) for i, spec in enumerate(OFFICERS) if f in spec[3]] for f in FIELD_WEIGHTS}
        paths = DossierPaths(clock, rng, self.commune.code, local_at(self.today, 0),
                             [self.staff(i) for i in DESK], handlers, self.today - timedelta(days=40))
        every = names.Weighted(self._procs)
        online_only = names.Weighted((p, w) for p, w in self._procs if p.online_p > 0)
        folded_names: dict[str, str] = {}
        dossiers: list[Row] = []
        events: list[Row] = []
        for day, count in self.days:
            working = clock.working(day)
            # Numbered in order of filing, as the day's book is.
            arrivals = sorted((self._arrival(rng, clock, day, working, every, online_only) for _ in range(count)),
                              key=lambda a: a[0])
            for number, (filed, proc, channel) in enumerate(arrivals, start=1):
                row = self._dossier(rng, format_code(self.commune.code, day, number), proc, channel, folded_names)
                events.extend(paths.build(row, proc, channel, filed))
                dossiers.append(row)
            if len(dossiers) >= chunk_size:
                yield dossiers, events
                dossiers, events = [], []
        if dossiers:
            yield dossiers, events

    def _arrival(self, rng: random.Random, clock: OfficeClock, day: date, working: bool, every: names.Weighted[Proc],
                 online_only: names.Weighted[Proc]) -> tuple[datetime, Proc, str]:
        if not working:  # the desk is closed: only the online portal takes dossiers, at any waking hour
            return clock.at(day, rng.randint(6 * 60, 23 * 60)), online_only.pick(rng), "online"
        proc = every.pick(rng)
        if rng.random() < proc.online_p:
            # Online filings come during the day and, a good share, in the evening after work.
            minute = clock.office_minute() if rng.random() < 0.7 else rng.randint(17 * 60, 23 * 60)
            return clock.at(day, minute), proc, "online"
        return clock.at(day, clock.office_minute()), proc, "postal" if rng.random() < POSTAL_P else "direct"

    def _dossier(self, rng: random.Random, code: str, proc: Proc, channel: str, folded: dict[str, str]) -> Row:
        person = names.person(rng, self.today.year)
        boundary_free = proc.boundary_free and rng.random() < BOUNDARY_FREE_P
        commune, urban = (rng.choice(self.commune.neighbours) if boundary_free
                          else (self.commune.in_text, self.commune.urban))
        name = person.full_name
        fname = folded.get(name)
        if fname is None:
            fname = folded[name] = fold(name)
        email = ""
        if channel == "online" and rng.random() < 0.4:
            family, *_rest, given = fname.split()
            email = f"{given}{family}{rng.randint(1, 99)}@gmail.com"
        forwarded_to = received_from = ""
        if boundary_free and channel != "online":
            r = rng.random()
            if r < FORWARDED_P and proc.field in ("DD", "XD"):
                forwarded_to = f"UBND {commune}"
            elif r > 1 - RECEIVED_FROM_P:
                received_from = f"Trung tâm Phục vụ hành chính công {commune}"
        return {"id": new_id(), "commune_code": self.commune.code, "server_version": None, "deleted_at": None,
                "code": code, "procedure_id": proc.id, "applicant_name": name, "applicant_id_number": person.id_number,
                "applicant_phone": person.phone, "applicant_email": email,
                "applicant_address": names.address(rng, commune, self.commune.province_name, urban),
                "channel": channel, "boundary_free": boundary_free, "note": "", "forwarded_to": forwarded_to,
                "received_from": received_from}

    # --- training and equipment -----------------------------------------------------------------------------------

    def training(self) -> tuple[list[Row], list[Row]]:
        return training.generate(random.Random(f"{self.seed}-training"), self.commune, self.officers, self.start,
                                 self.today)

    def equipment(self) -> tuple[list[Row], list[Row]]:
        return equipment.generate(random.Random(f"{self.seed}-equipment"), self.commune, self.officers, self.start,
                                  self.today, self.calendar)


def _papers(value: object) -> str:
    """The shipped catalogue's papers (a JSON list or one “A; B” string) as the catalogue stores them."""
    return documents.normalise("\n".join(map(str, value)) if isinstance(value, list) else str(value or ""))
