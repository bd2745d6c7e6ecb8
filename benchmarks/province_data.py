"""A province's row store for the province benchmark: N communes × Y years of dossiers written straight into the
server's PostgreSQL tables with COPY, as if every commune had pushed its desktop's rows.

One demo commune (desktop.demo's generator: its catalogue, officers, training, equipment and Y years of dossiers at
the given yearly rate, with their real life cycles) is turned into the JSON rows the server stores, then copied once
per commune under that commune's code and ids: every commune holds the same pattern of dossiers, which is what a
speed benchmark needs (the same amount of work per commune) and keeps generation to minutes. The `fields` column
carries a clock per field as a real push leaves it, so the table is the size it would be. The change feed and
applied-op tables, which no report reads, stay empty.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Engine, text

from desktop.config.resources import resource_path
from desktop.demo.generator import DemoGenerator
from desktop.protocol.tables import to_json
from desktop.server.merge import IMMUTABLE, SERVER_OWNED

PROVINCE_CODE = "22"
PROVINCE_NAME = "Quảng Ninh"
ID_MARK = "@@@@@@@@"  # the first 8 hex digits of every id, replaced per commune
CODE_MARK = "#####"  # the commune's code, replaced per commune
DEVICE_SUFFIX = "-0000-7000-8000-000000000001"
_COLUMNS = ("table_name", "row_id", "commune_code", "server_version", "fields", "data", "hlc", "deleted_at",
            "updated_at", "unique_code")
_NULL = "\\N"


@dataclass(frozen=True)
class Scale:
    communes: int
    years: int
    per_year: int
    today: date  # the generated data stands as at this day's midnight

    @property
    def dossiers(self) -> int:
        return self.communes * self.years * self.per_year

    @property
    def label(self) -> str:
        return f"{self.communes} communes × {self.years} years × {self.per_year} dossiers/year"


def commune_code(i: int) -> str:
    return f"{90001 + i:05d}"


def commune_name(i: int) -> str:
    return f"Xã Thử Nghiệm {i + 1:03d}"


def id_prefix(i: int) -> str:
    return f"{0x90000000 + i:08x}"


def _copy_text(value: str) -> str:
    """A value in COPY's text format: backslash, tab and newlines escaped."""
    return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


class Template:
    """One commune's rows as COPY lines with the commune's code and id prefix left as marks."""

    def __init__(self, scale: Scale, seed: int = 1) -> None:
        catalogue = json.loads(resource_path("catalogue", "procedures.json").read_text(encoding="utf-8"))
        self.gen = DemoGenerator(catalogue, seed=seed, months=12 * scale.years, dossiers=scale.years * scale.per_year,
                                 today=scale.today)
        self.commune = self.gen.commune
        self.lines: list[str] = []
        self.seq = 0
        self._ids: set[str] = set()
        self._rows: list[tuple[str, dict[str, Any]]] = []
        self._collect()
        self._render()

    def _add(self, table: str, rows: list[dict[str, Any]]) -> None:
        for row in rows:
            self._ids.add(row["id"])
            self._rows.append((table, row))

    def _collect(self) -> None:
        g, c = self.gen, self.gen.commune
        profile = {"id": "00000000" + DEVICE_SUFFIX.replace("0001", "0c0c"), "commune_code": c.code,
                   "created_at": datetime(2021, 1, 4), "updated_at": datetime(2021, 1, 4), "updated_by": "admin",
                   "hlc": "001609718400000-00000-demo", "server_version": None, "deleted_at": None,
                   "code": c.code, "name": c.name, "province_code": PROVINCE_CODE, "province_name": PROVINCE_NAME,
                   "official": True, "agency_code": c.code, "place_name": c.place_name, "leader_name": "",
                   "leader_title": "Chủ tịch", "address": "", "desk_name": ""}
        self._add("communes", [profile])
        self._add("fields", g.fields)
        self._add("procedures", g.procedures)
        self._add("officers", g.officers)
        for dossiers, _events in g.dossier_chunks():
            self._add("dossiers", dossiers)
        courses, participations = g.training()
        self._add("training_courses", courses)
        self._add("participations", participations)
        items, events = g.equipment()
        self._add("equipment", items)
        self._add("equipment_events", events)

    def _marked(self, value: object) -> object:
        if isinstance(value, str) and value in self._ids:
            return ID_MARK + value[8:]
        return value

    def _render(self) -> None:
        suffixes = {i[8:] for i in self._ids}
        assert len(suffixes) == len(self._ids), "template ids must differ after their first 8 hex digits"
        device = ID_MARK + DEVICE_SUFFIX
        code = self.commune.code
        for table, row in self._rows:
            row = {k: v for k, v in row.items() if k != "password_hash"}
            data = to_json(table, row)
            data = {k: self._marked(v) if (k == "id" or k.endswith("_id")) else v for k, v in data.items()}
            data["commune_code"] = CODE_MARK
            unique = None
            if table == "dossiers":
                data["code"] = unique = CODE_MARK + str(data["code"])[len(code):]
            data = {k: v for k, v in data.items() if k not in SERVER_OWNED}
            self.seq += 1
            hlc = str(row["hlc"])
            stamp = {"hlc": hlc, "v": self.seq, "dev": device}
            fields = {k: stamp for k in data if k not in IMMUTABLE}
            parts = [table, str(data["id"]), CODE_MARK, str(self.seq),
                     json.dumps(fields, ensure_ascii=False, separators=(",", ":")),
                     json.dumps(data, ensure_ascii=False), hlc, _NULL, str(data.get("updated_at") or "2021-01-04"),
                     unique or _NULL]
            line = "\t".join(p if p == _NULL else _copy_text(p) for p in parts) + "\n"
            assert line.count(CODE_MARK) >= 2 and ID_MARK in line
            self.lines.append(line)

    def for_commune(self, i: int) -> Iterator[str]:
        prefix, code = id_prefix(i), commune_code(i)
        for line in self.lines:
            yield line.replace(ID_MARK, prefix).replace(CODE_MARK, code)


def _server_rows(engine: Engine, scale: Scale, seq: int, seen: datetime) -> None:
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO communes (code, name, province_code, last_seq, created_at) "
                          "VALUES (:code, :name, :province, :seq, :at)"),
                     [{"code": commune_code(i), "name": commune_name(i), "province": PROVINCE_CODE, "seq": seq,
                       "at": datetime(2021, 1, 4)} for i in range(scale.communes)])
        conn.execute(text("INSERT INTO devices (id, commune_code, label, secret_hash, created_at, last_seen_at, "
                          "clock_warning, clock_skew_ms, slot) VALUES (:id, :code, 'PC 1', 'x', :at, :seen, "
                          "false, 0, 1)"),
                     [{"id": id_prefix(i) + DEVICE_SUFFIX, "code": commune_code(i), "at": datetime(2021, 1, 4),
                       "seen": seen} for i in range(scale.communes)])


def fill(engine: Engine, scale: Scale, log: Any = print) -> dict[str, float]:
    """Write the province into an empty, migrated server database; returns timings (seconds) and row counts."""
    started = time.perf_counter()
    template = Template(scale)
    made = time.perf_counter() - started
    log(f"template: {len(template.lines)} rows per commune in {made:.1f} s")
    seen = datetime.combine(scale.today, datetime.min.time()).replace(tzinfo=UTC).replace(tzinfo=None)
    _server_rows(engine, scale, template.seq, seen)
    copy_sql = f"COPY synced_rows ({', '.join(_COLUMNS)}) FROM STDIN"
    raw = engine.raw_connection()
    try:
        dbapi: Any = raw.driver_connection
        for i in range(scale.communes):
            with dbapi.cursor() as cur, cur.copy(copy_sql) as copy:
                batch: list[str] = []
                for line in template.for_commune(i):
                    batch.append(line)
                    if len(batch) >= 2000:
                        copy.write("".join(batch))
                        batch = []
                if batch:
                    copy.write("".join(batch))
            dbapi.commit()
            if (i + 1) % 10 == 0:
                log(f"{i + 1}/{scale.communes} communes copied ({time.perf_counter() - started:.0f} s)")
        with dbapi.cursor() as cur:
            cur.execute("ANALYZE synced_rows")
        dbapi.commit()
    finally:
        raw.close()
    return {"template_s": round(made, 1), "total_s": round(time.perf_counter() - started, 1),
            "rows": len(template.lines) * scale.communes}
