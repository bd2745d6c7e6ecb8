"""Demo digital-transformation workbook: a year of plan tasks, villages with their signal and community digital
technology teams, team sessions, village outages, recommendations sent up, and the Decision 766 marks of the
dossiers settled in the period.

Deterministic from the demo's seed and `today`; its own `random.Random`, so the dossiers and the rest of the demo do
not change with it. As with the rest of the demo, rows get no audit entries and no outbox operations.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from typing import Any

from desktop.demo import names
from desktop.demo.rows import CommuneInfo, Row, local_at, sync_columns, to_utc

# Villages of a rural Quảng Ninh commune (names as the province's lists write them) and their 4G/5G signal and
# fixed broadband: most are covered, a few upland ones are not (the seeds' complaint).
VILLAGES = (("Thôn Đồng Tâm", 186, "good", True), ("Thôn Khe Cát", 142, "good", True),
            ("Thôn Nà Phặc", 97, "weak", True), ("Thôn Bản Lãnh", 64, "weak", False),
            ("Thôn Pạc Sủi", 58, "none", False), ("Thôn Tân Lập", 210, "good", True),
            ("Thôn Cầu Ván", 173, "good", True), ("Thôn Khe Liềng", 71, "weak", False),
            ("Thôn Hà Thanh", 155, "good", True), ("Thôn Bắc Hải", 128, "good", True),
            ("Thôn Khe Tiền", 60, "none", False), ("Thôn Đông Hải", 144, "good", True))  # fmt: skip
WITHOUT_TEAM = ("Thôn Bản Lãnh", "Thôn Khe Tiền")
ROLES = ("Tổ trưởng (Trưởng thôn)", "Tổ phó (Bí thư Chi đoàn)", "Thành viên (Công an viên)",
         "Thành viên (Chi hội Phụ nữ)", "Thành viên (Chi hội Cựu chiến binh)", "Thành viên (giáo viên)")
TOPICS = ("Cài đặt và kích hoạt tài khoản VNeID mức 2", "Hướng dẫn nộp hồ sơ trực tuyến trên Cổng Dịch vụ công",
          "Thanh toán không dùng tiền mặt, nộp phí trực tuyến", "Nhận diện lừa đảo qua mạng",
          "Đăng ký khai sinh, cấp mã định danh trực tuyến", "Sử dụng ứng dụng Quảng Ninh số")
CAUSES = ("Mất điện lưới kéo dài, trạm BTS hết ắc quy", "Đứt cáp quang do sạt lở đất", "Trạm BTS hỏng thiết bị",
          "Mưa bão làm đổ cột anten", "Nhà mạng bảo trì tuyến truyền dẫn")
KH02, NQ57 = "Kế hoạch số 02-KH/BCĐTW", "Nghị quyết số 57-NQ/TW"
KH_TINH = "Kế hoạch của UBND tỉnh Quảng Ninh về chuyển đổi số"
# (title, source, owner): 23 tasks, as in the seeds' "15 of 23 tasks done".
TASKS = (
    ("Rà soát, số hóa sổ hộ tịch lưu trữ tại xã", KH02, "Công chức Tư pháp - Hộ tịch"),
    ("Cung cấp 100% thủ tục đủ điều kiện dưới hình thức dịch vụ công trực tuyến toàn trình", KH02,
     "Trung tâm Phục vụ hành chính công"),
    ("Thành lập tổ công nghệ số cộng đồng tại các thôn", NQ57, "Chủ tịch UBND"),
    ("Tập huấn kỹ năng số cho 100% cán bộ, công chức", NQ57, "Văn phòng HĐND và UBND"),
    ("Triển khai chữ ký số cho lãnh đạo và công chức", KH_TINH, "Văn phòng HĐND và UBND"),
    ("Kết nối camera giám sát tại Bộ phận một cửa", KH_TINH, "Trung tâm Phục vụ hành chính công"),
    ("Làm sạch dữ liệu dân cư phục vụ Đề án 06", KH02, "Công an xã"),
    ("Thanh toán trực tuyến phí, lệ phí tại Bộ phận một cửa", KH02, "Kế toán"),
    ("Xây dựng kế hoạch chuyển đổi số năm của xã", NQ57, "Chuyên viên chuyển đổi số"),
    ("Phủ sóng 4G các thôn còn vùng lõm", KH_TINH, "Phó Chủ tịch UBND"),
    ("Kéo cáp quang đến nhà văn hóa các thôn", KH_TINH, "Phó Chủ tịch UBND"),
    ("Cập nhật dữ liệu đất đai lên hệ thống của tỉnh", KH02, "Chuyên viên Địa chính - Xây dựng"),
    ("Số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực", KH02, "Trung tâm Phục vụ hành chính công"),
    ("Tuyên truyền cài đặt VNeID mức 2 cho người dân", NQ57, "Tổ công nghệ số cộng đồng"),
    ("Bảo đảm an toàn thông tin cho máy tính của xã theo cấp độ", KH_TINH, "Chuyên viên chuyển đổi số"),
    ("Triển khai phần mềm quản lý văn bản liên thông 4 cấp", KH_TINH, "Văn phòng HĐND và UBND"),
    ("Đào tạo ứng dụng trí tuệ nhân tạo trong công việc", NQ57, "Chuyên viên chuyển đổi số"),
    ("Thay thế máy tính đã sử dụng trên 5 năm tại Bộ phận một cửa", KH_TINH, "Kế toán"),
    ("Báo cáo đánh giá chỉ số phục vụ người dân theo Quyết định 766", KH02, "Trung tâm Phục vụ hành chính công"),
    ("Hướng dẫn hộ kinh doanh bán hàng trên sàn thương mại điện tử", NQ57, "Phòng Kinh tế"),
    ("Lắp đặt điểm wifi công cộng tại trung tâm xã", KH_TINH, "Phó Chủ tịch UBND"),
    ("Số hóa hồ sơ người có công, bảo trợ xã hội", KH02, "Chuyên viên Lao động - Thương binh và Xã hội"),
    ("Tổng kết, đánh giá kết quả chuyển đổi số năm", NQ57, "Chủ tịch UBND"),
)
RECOMMENDATIONS = (
    ("Sở Khoa học và Công nghệ tỉnh Quảng Ninh", "Đề nghị hỗ trợ phủ sóng 4G tại Thôn Pạc Sủi và Thôn Khe Tiền"),
    ("Viễn thông Quảng Ninh (VNPT)", "Đề nghị kéo cáp quang đến nhà văn hóa Thôn Bản Lãnh"),
    ("Sở Khoa học và Công nghệ tỉnh Quảng Ninh", "Đề nghị cấp bổ sung chữ ký số cho công chức mới tuyển dụng"),
    ("Văn phòng UBND tỉnh Quảng Ninh", "Lỗi đồng bộ hồ sơ giữa Hệ thống thông tin giải quyết TTHC và Cổng DVC"),
    ("Sở Khoa học và Công nghệ tỉnh Quảng Ninh", "Đề nghị mở lớp tập huấn an toàn thông tin cho cấp xã"),
    ("Viettel Quảng Ninh", "Đề nghị khắc phục trạm BTS thường xuyên mất sóng khi mất điện"),
    ("Sở Tài chính tỉnh Quảng Ninh", "Đề nghị bố trí kinh phí thay thế máy tính cũ tại Bộ phận một cửa"),
    ("Văn phòng UBND tỉnh Quảng Ninh", "Đề nghị hướng dẫn thanh toán trực tuyến lệ phí chứng thực"),
    ("Sở Khoa học và Công nghệ tỉnh Quảng Ninh", "Đề nghị hỗ trợ thiết bị cho tổ công nghệ số cộng đồng"),
    ("Sở Nội vụ tỉnh Quảng Ninh", "Đề nghị hướng dẫn chế độ cho thành viên tổ công nghệ số cộng đồng"),
    ("Sở Khoa học và Công nghệ tỉnh Quảng Ninh", "Đề nghị cấp tài khoản hệ thống báo cáo chuyển đổi số"),
)


def _row(commune: CommuneInfo, created: datetime, **values: Any) -> Row:
    row = sync_columns(commune.code, to_utc(created))
    row.update(values)
    return row


def _day_in(rng: random.Random, start: date, end: date) -> date:
    return start + timedelta(days=rng.randrange(max(1, (end - start).days + 1)))


class WorkbookDemo:
    """The workbook's rows for the demo period [start, today]."""

    def __init__(self, commune: CommuneInfo, *, seed: int, start: date, today: date) -> None:
        self.rng = random.Random(f"workbook-{seed}")
        self.commune, self.start, self.today = commune, start, today

    def villages(self) -> tuple[list[Row], list[Row], list[Row], list[Row]]:
        """Villages, their teams, the teams' members and sessions."""
        rng, c = self.rng, self.commune
        villages, teams, members, sessions = [], [], [], []
        for name, households, signal, broadband in VILLAGES:
            v = _row(c, local_at(self.start, 8), name=name, households=households, signal=signal,
                     broadband=broadband, note="")
            villages.append(v)
            if name in WITHOUT_TEAM:
                continue
            set_up = _day_in(rng, self.start, self.start + timedelta(days=60))
            t = _row(c, local_at(set_up, 9), village_id=v["id"], decision_number=f"{len(teams) + 15}/QĐ-UBND",
                     decision_date=set_up, note="")
            teams.append(t)
            for role in ROLES[:rng.randint(3, len(ROLES))]:
                female = rng.random() < 0.45
                members.append(_row(c, local_at(set_up, 10), team_id=t["id"],
                                    name=names.full_name(rng, female, rng.randint(1965, 2002)), role=role,
                                    phone=names.phone(rng)))
            day = set_up + timedelta(days=rng.randint(5, 20))
            while day < self.today:
                people = rng.randint(8, 45)
                sessions.append(_row(c, local_at(day, 16), team_id=t["id"], held_on=day,
                                     place=f"Nhà văn hóa {name.lower()}" if rng.random() < 0.7 else "Trụ sở UBND xã",
                                     people_helped=people, dossiers_assisted=rng.randint(0, people // 3),
                                     topic=rng.choice(TOPICS)))
                day += timedelta(days=rng.randint(18, 40))
        return villages, teams, members, sessions

    def outages(self, villages: list[Row]) -> list[Row]:
        """Outages, mostly where the signal is already weak; the last one may still be going on."""
        rng, rows = self.rng, []
        weak = [v for v in villages if v["signal"] != "good"]
        for _ in range(rng.randint(8, 12)):
            v = rng.choice(weak if rng.random() < 0.75 else villages)
            began = local_at(_day_in(rng, self.start, self.today - timedelta(days=2)), rng.randint(6, 20))
            ended = began + timedelta(hours=rng.randint(2, 60))
            rows.append(_row(self.commune, began, village_id=v["id"], started_at=to_utc(began),
                             ended_at=to_utc(ended), cause=rng.choice(CAUSES)))
        return rows

    def tasks(self) -> list[Row]:
        """23 tasks: most done (a few late), some in progress, a handful overdue as of today."""
        rng, rows, span = self.rng, [], max(30, (self.today - self.start).days)
        for i, (title, source, owner) in enumerate(TASKS, 1):
            given = self.start + timedelta(days=rng.randrange(span // 3))
            deadline = given + timedelta(days=rng.randint(60, span + 90))
            done_on = None
            roll = rng.random()
            if roll < 0.60:  # done on time (by today at the latest)
                done_on = min(deadline - timedelta(days=rng.randint(1, 40)),
                              self.today - timedelta(days=rng.randint(1, 20)))
            elif roll < 0.70 and deadline + timedelta(days=3) < self.today:  # done late
                done_on = min(deadline + timedelta(days=rng.randint(3, 30)), self.today)
            done_on = max(done_on, given) if done_on else None
            evidence = f"Báo cáo số {rng.randint(10, 250)}/BC-UBND ngày {done_on:%d/%m/%Y}" if done_on else ""
            rows.append(_row(self.commune, local_at(given, 9), code=f"CĐS-{i:02d}", title=title,
                             source_document=source, source_date=date(2025, 6, 19) if source == KH02 else None,
                             owner=owner, deadline=deadline, status="done" if done_on else "open", done_on=done_on,
                             evidence=evidence, note=""))
        return rows

    def recommendations(self) -> list[Row]:
        """11 recommendations, as in the seeds; the recent ones and two old ones still unanswered."""
        rng, rows = self.rng, []
        days = sorted(_day_in(rng, self.start, self.today - timedelta(days=5)) for _ in RECOMMENDATIONS)
        for i, ((recipient, subject), sent) in enumerate(zip(RECOMMENDATIONS, days, strict=True), 1):
            answered = sent + timedelta(days=rng.randint(7, 45))
            if answered > self.today or i in (2, 6):
                answered = None
            rows.append(_row(self.commune, local_at(sent, 10), sent_on=sent, number=f"{i * 7 + 20}/UBND-VP",
                             recipient=recipient, subject=subject,
                             answer="Đã tiếp thu, sẽ xem xét bố trí trong kế hoạch năm sau." if answered else "",
                             answered_on=answered))
        return rows


# Decision 766 marks of the demo's dossiers, set in one statement after they are written: a multiplicative hash of
# the rowid stands for a die that is the same on every run, so a million dossiers need no Python loop. Settled
# dossiers are mostly digitised, many have an electronic result, most online fee-payers paid online, half are rated.
MARKS_SQL = """
UPDATE dossiers SET
  digitised = ((rowid * 2654435761) % 1000) < 870,
  e_result = finished_at IS NOT NULL AND ((rowid * 40503) % 1000) < 640,
  reused_data = ((rowid * 7919) % 1000) < 420,
  paid_online = channel = 'online' AND ((rowid * 104729) % 1000) < 820
                AND procedure_id IN (SELECT id FROM procedures WHERE fee > 0),
  rating = CASE WHEN ((rowid * 31) % 100) >= 55 THEN NULL
                WHEN ((rowid * 17) % 100) < 62 THEN 5 WHEN ((rowid * 17) % 100) < 86 THEN 4
                WHEN ((rowid * 17) % 100) < 95 THEN 3 WHEN ((rowid * 17) % 100) < 98 THEN 2 ELSE 1 END
WHERE settled_at IS NOT NULL
"""
