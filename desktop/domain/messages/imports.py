"""Sentences about importing spreadsheets: the file, its cells and its rows.

Each entry: key → (Vietnamese template, English template); see desktop.domain.messages for the conventions.
"""

MESSAGES: dict[str, tuple[str, str]] = {
    "cell.out_of_range": (
        "Cần {what} từ {lo} đến {hi}.",
        "Enter {what} from {lo} to {hi}.",
    ),
    "label.mode": (
        "Hình thức",
        "mode",
    ),
    "label.category": (
        "Nhóm nội dung",
        "category",
    ),
    "label.result": (
        "Kết quả",
        "result",
    ),
    "row.new_course_needs_its": (
        "Khóa học mới cần có số giờ.",
        "A new course needs its hours.",
    ),
    "row.course_already_has_participants": (
        "Khóa học đã có {match_count} học viên tên “{name}”; hãy ghi đơn vị.",
        "The course already has {match_count} participants named “{name}”; give the unit.",
    ),
    "row.differs_from_course_details": (
        "Khác với thông tin khóa học ở dòng {first}.",
        "Differs from the course details in row {first}.",
    ),
    "row.course_hours_cannot_be": (
        "Số giờ khóa học không được ít hơn số giờ học viên đã tham dự.",
        "The course hours cannot be fewer than hours already attended.",
    ),
    "row.this_participant_already_listed": (
        "Học viên này đã có ở một dòng trên của khóa học.",
        "This participant is already listed above for this course.",
    ),
    "cell.neither_yes_nor_no": (
        "“{value}” không rõ có hay không: nhập “Có” hoặc “Không”.",
        "“{value}” is neither yes nor no: enter “Có” or “Không”.",
    ),
    "cell.not_valid_date_use": (
        "“{raw}” không phải ngày hợp lệ: nhập dạng ngày/tháng/năm, vd. 20/11/2026.",
        "“{raw}” is not a valid date: use day/month/year, e.g. 20/11/2026.",
    ),
    "cell.not": (
        "“{value}” không phải {what}.",
        "“{value}” is not {what}.",
    ),
    "label.number_working_days": (
        "số ngày làm việc",
        "a number of working days",
    ),
    "label.amount_in_ong": (
        "số tiền (đồng)",
        "an amount in đồng",
    ),
    "cell.not_number_hours_e": (
        "“{value}” không phải số giờ (vd. 4 hoặc 2,5).",
        "“{value}” is not a number of hours (e.g. 4 or 2.5).",
    ),
    "cell.not_number_working_days": (
        "“{value}” không phải số ngày làm việc: nhập số từ 0 đến 365, lẻ nửa ngày như 2,5 (0 hoặc “Trong ngày” = "
        "giải quyết trong ngày).",
        "“{value}” is not a number of working days: enter 0 to 365, halves such as 2.5 allowed (0 or “Trong ngày” = "
        "within the day).",
    ),
    "cell.not_amount_enter_ong": (
        "“{value}” không phải số tiền: nhập số đồng, vd. 50.000 (để “Không” nếu miễn phí).",
        "“{value}” is not an amount: enter đồng, e.g. 50.000 (“Không” when free).",
    ),
    "cell.unknown_choose_one": (
        "{what} “{value}” không hợp lệ; chọn một trong: {listed}.",
        "Unknown {what} “{value}”; choose one of: {listed}.",
    ),
    "label.kind_equipment": (
        "Loại thiết bị",
        "kind of equipment",
    ),
    "label.status": (
        "Tình trạng",
        "status",
    ),
    "row.asset_tag_repeats_row": (
        "Mã tài sản “{tag}” trùng với dòng {seen}.",
        "The asset tag “{tag}” repeats row {seen}.",
    ),
    "row.asset_tag_belongs_to": (
        "Mã tài sản “{tag}” thuộc một thiết bị đã xóa.",
        "The asset tag “{tag}” belongs to a removed device.",
    ),
    "label.role": (
        "Vai trò",
        "role",
    ),
    "row.officers_are_named_give": (
        "Có {found_count} cán bộ tên “{full_name}”; hãy ghi đơn vị hoặc tên đăng nhập để phân biệt.",
        "{found_count} officers are named “{full_name}”; give the unit or the username.",
    ),
    "row.already_has_username_change": (
        "Cán bộ “{full_name}” đã có tên đăng nhập “{username}”; đổi tên đăng nhập ở màn hình Cán bộ.",
        "“{full_name}” already has the username “{username}”; change it in the Officers screen.",
    ),
    "row.username_belongs_to_removed": (
        "Tên đăng nhập “{login}” thuộc một cán bộ đã xóa.",
        "The username “{login}” belongs to a removed officer.",
    ),
    "row.repeats_row": (
        "Trùng với dòng {twice}.",
        "Repeats row {twice}.",
    ),
    "row.only_administrator_may_create": (
        "Chỉ tài khoản quản trị mới được tạo tài khoản hoặc phân vai trò.",
        "Only an administrator may create accounts or assign roles.",
    ),
    "row.administrator_s_role_not": (
        "Không đổi vai trò của tài khoản quản trị qua tệp nhập; hãy dùng màn hình Cán bộ.",
        "An administrator's role is not changed by an import; use the Officers screen.",
    ),
    "row.no_header_row_with": (
        "Không tìm thấy dòng tiêu đề với các cột bắt buộc: {wanted}. Hãy dùng tệp mẫu.",
        "No header row with the required columns was found ({wanted}). Please use the template.",
    ),
    "row.file_has_no_data": (
        "Tệp chưa có dòng dữ liệu nào dưới dòng tiêu đề.",
        "The file has no data rows under the header row.",
    ),
    "row.this_required_column_missing": (
        "Thiếu cột bắt buộc này.",
        "This required column is missing.",
    ),
    "row.this_cell_must_not": (
        "Ô này không được để trống.",
        "This cell must not be empty.",
    ),
    "label.online_service_level": (
        "Mức độ DVC trực tuyến",
        "online service level",
    ),
    "row.code_repeats_row": (
        "Mã “{code}” trùng với dòng {seen}.",
        "The code “{code}” repeats row {seen}.",
    ),
    "row.procedure_was_removed_from": (
        "Thủ tục “{code}” đã bị xóa khỏi danh mục trên máy này.",
        "The procedure “{code}” was removed from the catalogue on this computer.",
    ),
    "import.too_many_rows": (
        "Tệp có hơn {max_rows} dòng dữ liệu, quá lớn để nhập một lần. Hãy chia thành nhiều tệp nhỏ hơn.",
        "The file has more than {max_rows} data rows, too many for one import. Please split it into smaller files.",
    ),
    "import.wrong_type": (
        "Không nhập được “{name}”: chỉ nhận tệp Excel (.xlsx) hoặc CSV (.csv, mã UTF-8).",
        "Cannot import “{name}”: only Excel (.xlsx) or CSV (.csv, UTF-8) files are accepted.",
    ),
    "import.bad_xlsx": (
        "Không đọc được “{name}”: tệp Excel bị hỏng hoặc không đúng định dạng.",
        "Cannot read “{name}”: the Excel file is damaged or not in the .xlsx format.",
    ),
    "import.missing": (
        "Không tìm thấy tệp “{path}”.",
        "The file “{path}” was not found.",
    ),
    "import.not_a_file": (
        "“{path}” không phải là một tệp.",
        "“{path}” is not a file.",
    ),
    "import.too_large": (
        "Tệp “{name}” lớn hơn {mb} MB, quá lớn để nhập. Hãy chia thành nhiều tệp nhỏ hơn.",
        "The file “{name}” is larger than {mb} MB, too large to import. Please split it into smaller files.",
    ),
    "import.empty": (
        "Tệp “{name}” rỗng.",
        "The file “{name}” is empty.",
    ),
    "import.old_excel": (
        "“{name}” là tệp Excel cũ (.xls). Hãy mở bằng Excel và “Lưu thành” dạng Sổ làm việc Excel (.xlsx) hoặc "
        "CSV UTF-8 rồi nhập lại.",
        "“{name}” is an old Excel file (.xls). Open it in Excel, “Save As” an Excel Workbook (.xlsx) or CSV "
        "UTF-8, then import that.",
    ),
    "import.bad_csv": (
        "Tệp CSV “{name}” bị lỗi ở dòng {line}: {exc}.",
        "The CSV file “{name}” is malformed at line {line}: {exc}.",
    ),
    "import.cancelled": (
        "Đã dừng nhập theo yêu cầu; chưa ghi gì.",
        "The import was stopped as asked; nothing was written.",
    ),
    "import.rejected": (
        "Tệp có {count} lỗi nên chưa nhập gì.",
        "The file has {count} error(s), so nothing was imported.",
    ),
    "cell.code_shorter_than_national": (
        "Mã “{found}” ngắn hơn mã thủ tục quốc gia (dạng 1.001190): có thể Excel đã bỏ số 0 ở cuối. Hãy định dạng "
        "cột là Văn bản (Text), gõ lại mã đầy đủ rồi nhập lại.",
        "The code “{found}” is shorter than a national procedure code (like 1.001190): Excel may have dropped its "
        "trailing zeros. Format the column as Text, type the full code and import again.",
    ),
    "cell.has_in_place_accented": (
        "“{found}” có dấu “?” thay cho chữ có dấu: tệp đã được lưu bằng bảng mã không có tiếng Việt. Hãy lưu lại "
        "tệp gốc dạng Excel (.xlsx) hoặc “CSV UTF-8” rồi nhập lại.",
        "“{found}” has “?” in place of accented letters: the file was saved in an encoding without Vietnamese. "
        "Save the original again as Excel (.xlsx) or “CSV UTF-8” and import that.",
    ),
    "cell.code_in_number_cell": (
        "Mã “{typed}” nằm trong ô kiểu số nên có thể đã mất số 0 ở cuối (vd. 1.001190 thành 1.00119). Hãy định "
        "dạng cột là Văn bản (Text), gõ lại mã rồi nhập lại.",
        "The code “{typed}” is in a number cell, so it may have lost its trailing zeros (e.g. 1.001190 shown as "
        "1.00119). Format the column as Text, type the code again and import again.",
    ),
    "row.this_row_holds_column": (
        "Dòng này có tên cột {listed} nhưng không phải dòng tiêu đề (dòng {row_number}). Hãy để tiêu đề trên một "
        "dòng, hoặc hai dòng liền nhau khi có ô gộp.",
        "This row holds column names {listed} but is not the header row (row {row_number}). Keep the header on "
        "one row, or on two rows together under merged cells.",
    ),
    "row.this_row_below_signature": (
        "Dòng này nằm dưới phần ký tên (dòng {footer}) nhưng có dữ liệu; hãy chuyển nó lên trên phần ký tên.",
        "This row is below the signature block (row {footer}) but holds data; move it above.",
    ),
    "import.not_xlsx#read_table": (
        "“{path_name}” không phải là tệp Excel .xlsx hợp lệ (có thể là tệp khác bị đổi tên).",
        "“{path_name}” is not a valid Excel .xlsx file (perhaps another file renamed).",
    ),
    "import.binary#decode": (
        "“{path_name}” không phải tệp văn bản CSV (có thể là tệp khác bị đổi tên).",
        "“{path_name}” is not a CSV text file (perhaps another file renamed).",
    ),
    "import.not_utf8#decode": (
        "Tệp “{path_name}” không được lưu theo mã UTF-8. Trong Excel, hãy “Lưu thành” kiểu “CSV UTF-8 (Comma "
        "delimited)” rồi nhập lại.",
        "The file “{path_name}” is not saved as UTF-8. In Excel, “Save As” “CSV UTF-8 (Comma delimited)” and "
        "import that.",
    ),
    "import.no_sheet": (
        "Tệp “{name}” không có trang tính «{sheet}». Các trang có: {sheets}.",
        "The file “{name}” has no sheet “{sheet}”. Its sheets are: {sheets}.",
    ),
    "cell.not_valid_time_use": (
        "“{raw}” không phải thời điểm hợp lệ: dùng dạng ngày/tháng/năm giờ:phút, vd. 20/11/2026 08:30.",
        "“{raw}” is not a valid time: use day/month/year hour:minute, e.g. 20/11/2026 08:30.",
    ),
    "label.status#module": (
        "Trạng thái",
        "status",
    ),
    "label.channel": (
        "Hình thức nộp",
        "channel",
    ),
    "label.rating#import": (
        "Mức đánh giá",
        "rating",
    ),
    "cell.rating_unknown": (
        "“{value}” không phải mức đánh giá: ghi từ 1 đến 5, hoặc “Rất hài lòng”, “Hài lòng”, “Bình thường”, "
        "“Không hài lòng”, “Rất không hài lòng”, “Chưa đánh giá”.",
        "“{value}” is not a rating: write 1 to 5, or “Rất hài lòng” (very satisfied), “Hài lòng” (satisfied), "
        "“Bình thường” (neutral), “Không hài lòng” (not satisfied), “Rất không hài lòng” (very dissatisfied), "
        "“Chưa đánh giá” (not rated).",
    ),
    "row.dossier_code_repeats_row": (
        "Mã hồ sơ “{code}” trùng với dòng {seen}.",
        "The dossier code “{code}” repeats row {seen}.",
    ),
    "row.no_procedure_in_catalogue": (
        "Không có thủ tục “{wanted}” trong danh mục (thêm vào danh mục, hoặc nhập với --create-procedures khi tệp "
        "có cả mã và tên thủ tục).",
        "No procedure “{wanted}” in the catalogue (add it, or import with --create-procedures when the file gives "
        "both its code and name).",
    ),
    "row.procedure_needed": (
        "Cần mã thủ tục hoặc tên thủ tục.",
        "A procedure code or name is needed.",
    ),
}
