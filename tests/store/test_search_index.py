"""The store derives every searchable row's search text (and each dossier's receipt_seq) whatever wrote the row:
a service, a bare session like the sync pull's, a Core bulk insert like the demo's, or a recompute over old rows."""

from __future__ import annotations

import gc
from datetime import date, datetime, timedelta

from sqlalchemy import select, text
from sqlalchemy.orm import sessionmaker

from desktop.domain.text import fold
from desktop.services import catalogue, equipment, officers, training
from desktop.services.context import ServiceContext
from desktop.services.dossier_queries import DossierQuery, list_dossiers
from desktop.services.dossiers import DossierInput, edit_dossier, register_dossier
from desktop.store import search_index
from desktop.store.database import Database
from desktop.store.models import Dossier, Equipment, Officer, Participation, Procedure, Village, new_id


def _stored(db: Database, model: type, **where: object) -> object:
    with db.session() as s:
        row = s.scalar(select(model).filter_by(**where))
        assert row is not None
        return row


def _fts(db: Database, owner: str, query: str) -> list[int]:
    fts = {"dossiers": "dossier_fts", "equipment": "equipment_fts", "participations": "participation_fts"}[owner]
    with db.engine.connect() as conn:
        return [r[0] for r in conn.execute(text(f"SELECT rowid FROM {fts} WHERE {fts} MATCH :q"), {"q": query})]


def test_services_rows_get_the_folded_text_of_their_columns(ctx: ServiceContext, db: Database) -> None:
    d = register_dossier(ctx, DossierInput("1.001193", "Nguyễn Văn Đức", "direct"))
    assert _stored(db, Dossier, code=d.code).search_text == fold(f"{d.code} Nguyễn Văn Đức 1.001193 Đăng ký khai sinh")
    equipment.add_equipment(ctx, "MT-01", "printer", model="LaserJet", location="Phòng Một cửa")
    assert _stored(db, Equipment, asset_tag="MT-01").search_text == "mt-01 laserjet phong mot cua may in"
    o = officers.add_officer(ctx, "Trần Thị Lý", "Công chức Tư pháp", username="lytt", password="mat-khau-dai-1")
    assert _stored(db, Officer, id=o.id).search_text == "tran thi ly lytt cong chuc tu phap"
    course = training.add_course(ctx, "An toàn thông tin", start_date=date(2026, 11, 2), hours=4)
    p = training.add_participation(ctx, course.id, person_name="Lê Đình Hải", unit="Công an xã", hours_attended=4)
    assert _stored(db, Participation, id=p.id).search_text == "le dinh hai cong an xa"
    assert _stored(db, Procedure, code="1.009994").search_text == "1.009994 cap giay phep xay dung nha o rieng le"


def test_edits_reindex_and_a_renamed_procedure_reaches_its_dossiers(ctx: ServiceContext, db: Database) -> None:
    d = register_dossier(ctx, DossierInput("1.001193", "Nguyễn Văn Đức", "direct"))
    other = register_dossier(ctx, DossierInput("1.009994", "Phạm Thị Hoa", "direct"))
    edit_dossier(ctx, d.code, DossierInput("1.001193", "Nguyễn Văn Đạt", "direct"))
    assert [x.code for x in list_dossiers(ctx, DossierQuery(search="van dat"))] == [d.code]
    assert list_dossiers(ctx, DossierQuery(search="van duc")) == []
    catalogue.edit_procedure(ctx, "1.001193", name="Đăng ký khai sinh lưu động")
    assert [x.code for x in list_dossiers(ctx, DossierQuery(search="khai sinh luu dong"))] == [d.code]
    assert _stored(db, Dossier, code=other.code).search_text.endswith("nha o rieng le")  # not its procedure
    officer = officers.add_officer(ctx, "Vũ Văn Nam")
    officers.edit_officer(ctx, officer.id, unit="Văn phòng HĐND")
    assert [o.id for o in officers.list_officers(ctx, "nam hdnd")] == [officer.id]
    equipment.add_equipment(ctx, "MT-02", "laptop")
    equipment.edit_equipment(ctx, "MT-02", assigned_to="Đỗ Thị Thu")
    assert [e.asset_tag for e in equipment.list_equipment(ctx, "thu xach tay")] == ["MT-02"]


def test_a_bare_session_like_the_pull_gets_the_index_too(ctx: ServiceContext, db: Database) -> None:
    """The sync pull adds rows with session.add and no search text: the flush hook fills it."""
    with db.session() as s:
        proc = s.scalar(select(Procedure).where(Procedure.code == "1.001193"))
        assert proc is not None
        row = Dossier(id=new_id(), commune_code="07090", code="07090-261119-0007", procedure_id=proc.id,
                      applicant_name="Hoàng Văn Đông", channel="online", received_at=datetime(2026, 11, 19, 2),
                      status=2)
        s.add(row)
        s.add(Equipment(id=new_id(), commune_code="07090", asset_tag="UPS-1", kind="ups", assigned_to="Đông"))
        s.commit()
    stored = _stored(db, Dossier, code="07090-261119-0007")
    assert stored.search_text == "07090-261119-0007 hoang van dong 1.001193 dang ky khai sinh"
    assert stored.receipt_seq is not None and _fts(db, "dossiers", '"van dong"') == [stored.receipt_seq]
    assert len(_fts(db, "equipment", '"luu dien"')) == 1


def test_every_new_session_factory_indexes_even_at_a_reused_address(db: Database) -> None:
    """Each Database makes its own sessionmaker, and with it a Session class; a collected one's address is reused.
    Hooking per factory through SQLAlchemy's id-keyed registry once left such a factory unhooked, and a test
    process's later databases (one in two CI runs) stored rows nobody could find."""
    for n in range(60):
        factory = sessionmaker(db.engine, class_=search_index.IndexedSession)
        with factory() as s:
            s.add(Village(commune_code="07090", name=f"Thôn Đồng Tâm {n}", hlc=f"h{n}"))
            s.commit()
        del factory, s
        gc.collect()
    with db.session() as s:
        texts = s.scalars(select(Village.search_text).where(Village.name.like("Thôn Đồng Tâm %"))).all()
    assert len(texts) == 60 and all(t.startswith("thon dong tam ") for t in texts)


def test_receipt_seq_follows_receipt_order_and_moves_with_an_edited_time(ctx: ServiceContext, db: Database) -> None:
    typed = datetime(2026, 11, 19, 8, 30)  # local time typed to the minute: several dossiers share it
    codes = [register_dossier(ctx, DossierInput("1.001193", f"Nguyễn Thị {i}", "direct", received_at=typed)).code
             for i in range(3)]
    late = register_dossier(ctx, DossierInput("1.001193", "Nguyễn Thị Muộn", "direct")).code
    early = register_dossier(ctx, DossierInput("1.001193", "Nguyễn Thị Sớm", "direct",
                                               received_at=typed - timedelta(days=3))).code
    with db.session() as s:
        seqs = {d.code: d.receipt_seq for d in s.scalars(select(Dossier))}
    block = search_index.seq_block(_stored(db, Dossier, code=codes[0]).received_at)
    assert sorted(seqs[c] for c in codes) == [block, block + 1, block + 2]
    assert seqs[early] < min(seqs[c] for c in codes) < seqs[late]
    edit_dossier(ctx, early, DossierInput("1.001193", "Nguyễn Thị Sớm", "direct", received_at=typed))
    moved = _stored(db, Dossier, code=early).receipt_seq
    assert moved == block + 3 and _fts(db, "dossiers", '"thi som"') == [moved]
    newest_first = [d.code for d in list_dossiers(ctx, DossierQuery(search="nguyen thi"))]
    assert newest_first[0] == late and set(newest_first) == {*codes, early, late}


def test_bulk_rows_are_filled_before_a_core_insert(ctx: ServiceContext, db: Database) -> None:
    with db.engine.begin() as conn:
        proc_id = conn.execute(select(Procedure.id).where(Procedure.code == "1.009994")).scalar_one()
        rows = [{"code": f"07090-261118-{i:04d}", "applicant_name": "Đặng Thị Hằng", "procedure_id": proc_id,
                 "received_at": datetime(2026, 11, 18, 1, 5)} for i in range(1, 4)]
        search_index.BulkIndexer(conn).fill("dossiers", rows)
        people = [{"person_name": "Bùi Văn Tú", "unit": "Đoàn thanh niên", "certificate_no": "07/CN"}]
        search_index.BulkIndexer(conn).fill("participations", people)
    assert [r["search_text"] for r in rows][0] == "07090-261118-0001 dang thi hang 1.009994 cap giay phep xay dung " \
                                                  "nha o rieng le"
    assert len({r["receipt_seq"] for r in rows}) == 3
    assert people[0]["search_text"] == "bui van tu doan thanh nien 07/cn"


def test_reindex_repairs_rows_stored_without_their_text(ctx: ServiceContext, db: Database) -> None:
    d = register_dossier(ctx, DossierInput("1.001193", "Nguyễn Văn Đức", "direct"))
    equipment.add_equipment(ctx, "MT-03", "scanner", assigned_to="Đức")
    with db.engine.begin() as conn:  # what a pull before the store kept the index left behind
        conn.exec_driver_sql("UPDATE equipment SET search_text = ''")
        conn.exec_driver_sql("DROP TRIGGER dossier_fts_au")
        conn.exec_driver_sql("UPDATE dossiers SET search_text = '', receipt_seq = NULL")
        conn.exec_driver_sql("INSERT INTO dossier_fts(dossier_fts) VALUES ('delete-all')")
    with db.engine.begin() as conn:
        changed = search_index.reindex(conn, batch=1)
        conn.exec_driver_sql("INSERT INTO dossier_fts(dossier_fts) VALUES ('rebuild')")
    assert changed == {"procedures": 0, "officers": 0, "participations": 0, "equipment": 1, "dossiers": 1}
    assert _stored(db, Dossier, code=d.code).search_text.startswith(f"{d.code.lower()} nguyen van duc")
    assert [x.code for x in list_dossiers(ctx, DossierQuery(search="van duc"))] == [d.code]
    assert [e.asset_tag for e in equipment.list_equipment(ctx, "duc may quet")] == ["MT-03"]
