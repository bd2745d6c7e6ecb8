"""Sentences about dossiers, their codes, statuses and deadlines, the procedure catalogue and statistics.

Each entry: key → (Vietnamese template, English template); see desktop.domain.messages for the conventions.
"""

MESSAGES: dict[str, tuple[str, str]] = {
    "status.transition": (
        "Không thể «{action_label}» ({action}) khi hồ sơ đang ở trạng thái «{status_label}».",
        "Cannot '{action_label}' ({action}) a dossier whose status is '{status_label}'.",
    ),
    "id_number.invalid": (
        "Số định danh «{raw}» không hợp lệ: cần 12 chữ số (CCCD) hoặc 9 chữ số (CMND cũ).",
        "Identity number '{raw}' is invalid: it must have 12 digits (CCCD) or 9 digits (old CMND).",
    ),
    "id_number.province": (
        "Số CCCD {number} có mã tỉnh nơi đăng ký khai sinh «{province}» không tồn tại.",
        "CCCD {number} starts with '{province}', which is not a birth-province code.",
    ),
    "id_number.birth_year": (
        "Số CCCD {number} cho năm sinh {birth_year}, muộn hơn năm hiện tại ({current_year}).",
        "CCCD {number} encodes birth year {birth_year}, which is after the current year ({current_year}).",
    ),
    "statutory_days.negative": (
        "Thời hạn giải quyết không được âm (đang là {statutory_days} ngày).",
        "The statutory time cannot be negative (got {statutory_days} days).",
    ),
    "code.agency": (
        "Mã cơ quan không được để trống hoặc chứa khoảng trắng.",
        "The agency code must not be empty or contain spaces.",
    ),
    "code.number": (
        "Số thứ tự hồ sơ phải từ 1 đến 9999 (đang là {number}).",
        "The dossier number must be between 1 and 9999 (got {number}).",
    ),
    "code.invalid": (
        "Mã hồ sơ «{code}» không đúng dạng <mã cơ quan>-YYMMDD-NNNN.",
        "Dossier code '{code}' is not of the form <agency>-YYMMDD-NNNN.",
    ),
    "code.number#parse_code": (
        "Mã hồ sơ «{code}» có số thứ tự 0000; số thứ tự bắt đầu từ 0001.",
        "Dossier code '{code}' has number 0000; numbers start at 0001.",
    ),
    "code.slot": (
        "Số hiệu máy phải từ 0 đến {last_slot} (đang là {device_slot}).",
        "The device slot must be between 0 and {last_slot} (got {device_slot}).",
    ),
    "code.exhausted": (
        "Máy số {device_slot} đã dùng hết các số {start}–{stop} trong ngày.",
        "Device slot {device_slot} has used up its numbers {start}–{stop} for today.",
    ),
    "code.date": (
        "Mã hồ sơ «{code}» chứa ngày không tồn tại ({digits}).",
        "Dossier code '{code}' contains a date that does not exist ({digits}).",
    ),
    "action.unknown": (
        "Thao tác «{action}» không tồn tại. Các thao tác: {transitions}.",
        "Unknown action '{action}'. Known actions: {transitions}.",
    ),
    "status.unknown": (
        "Trạng thái hồ sơ «{value}» không tồn tại.",
        "Dossier status '{value}' does not exist.",
    ),
    "kind.invalid": (
        "Loại ngày phải là “nghỉ” hoặc “làm bù”.",
        "The kind must be a day off or a make-up working day.",
    ),
    "day.duplicate": (
        "Ngày {day:%d/%m/%Y} đã được khai báo.",
        "{day:%d/%m/%Y} is already declared.",
    ),
    "*.invalid#check_code": (
        "Mã “{text}” chỉ được gồm chữ, số, dấu chấm, gạch ngang.",
        "The code “{text}” may hold only letters, digits, dots and dashes.",
    ),
    "statutory_days.invalid": (
        "Thời hạn giải quyết phải là số ngày làm việc từ 0 đến 365, lẻ nửa ngày (ví dụ 2,5).",
        "The statutory time must be a number of working days from 0 to 365, in half days (e.g. 2.5).",
    ),
    "label.field": (
        "lĩnh vực",
        "field",
    ),
    "action.change_procedure_catalogue": (
        "sửa danh mục thủ tục",
        "change the procedure catalogue",
    ),
    "label.procedure_name": (
        "tên thủ tục",
        "procedure name",
    ),
    "fee.invalid": (
        "Lệ phí không được âm.",
        "The fee cannot be negative.",
    ),
    "online_level.invalid": (
        "Mức dịch vụ công trực tuyến không hợp lệ.",
        "Unknown online service level.",
    ),
    "field.unknown": (
        "Trường không sửa được.",
        "Field cannot be edited.",
    ),
    "code.duplicate": (
        "Mã thủ tục “{code}” đã có trong danh mục.",
        "The procedure code “{code}” is already in the catalogue.",
    ),
    "label.procedure": (
        "thủ tục",
        "procedure",
    ),
    "procedure.not_found": (
        "Không có thủ tục mã “{code}” trong danh mục.",
        "No procedure with code “{code}” in the catalogue.",
    ),
    "label.applicant_s_name": (
        "họ tên người nộp",
        "applicant's name",
    ),
    "phone.invalid": (
        "Số điện thoại phải gồm 9–12 chữ số.",
        "The phone number must have 9 to 12 digits.",
    ),
    "email.invalid": (
        "Địa chỉ thư điện tử không hợp lệ.",
        "Invalid e-mail address.",
    ),
    "channel.invalid": (
        "Kênh tiếp nhận phải là trực tuyến, trực tiếp hoặc bưu chính.",
        "The channel must be online, direct or postal.",
    ),
    "code.duplicate#check_code": (
        "Mã hồ sơ “{code}” đã tồn tại.",
        "The dossier code “{code}” already exists.",
    ),
    "month.invalid": (
        "“{value}” không phải tháng dạng YYYY-MM (năm {first_year}–{last_year})",
        "“{value}” is not a month in the form YYYY-MM (years {first_year}–{last_year})",
    ),
    "quarter.invalid": (
        "“{value}” không phải quý dạng YYYY-Qn (năm {first_year}–{last_year})",
        "“{value}” is not a quarter in the form YYYY-Qn (years {first_year}–{last_year})",
    ),
    "year.invalid": (
        "“{value}” không phải năm dạng YYYY ({first_year}–{last_year})",
        "“{value}” is not a year in the form YYYY ({first_year}–{last_year})",
    ),
    "period.reversed": (
        "Ngày kết thúc trước ngày bắt đầu",
        "The end is before the start",
    ),
    "label.code": (
        "mã",
        "code",
    ),
    "at.before_last#change_status": (
        "Thời điểm phải từ {first:%H:%M} ngày {first:%d/%m/%Y} trở đi (không sớm hơn thao tác trước đó của hồ sơ).",
        "The time must be {first:%H:%M} on {first:%d/%m/%Y} or later (not before the dossier's previous step).",
    ),
}
