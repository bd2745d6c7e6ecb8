"""Sentences shared by every area: missing records, permissions, setup, the data folder and its database.

Each entry: key → (Vietnamese template, English template); see desktop.domain.messages for the conventions.
"""

MESSAGES: dict[str, tuple[str, str]] = {
    "*.not_found": (
        "Không tìm thấy “{value}”.",
        "“{value}” was not found.",
    ),
    "*.required": (
        "Vui lòng nhập {label}.",
        "Please enter the {label}.",
    ),
    "permission.denied": (
        "Tài khoản của bạn không được phép {action}.",
        "Your account is not allowed to {action}.",
    ),
    "setup.missing": (
        "Chưa thiết lập xã/phường cho bộ dữ liệu này. Hãy chạy trình thiết lập hoặc “commune-desk demo”.",
        "This data folder has no commune yet. Run the setup wizard or “commune-desk demo”.",
    ),
    "store.already_open": (
        "Dữ liệu tại {folder} đang được mở bởi một cửa sổ CommuneDesk khác. Hãy dùng cửa sổ đó hoặc đóng nó trước.",
        "The data in {folder} is already open in another CommuneDesk window. Use that one or close it first.",
    ),
    "store.too_new": (
        "Cơ sở dữ liệu được tạo bởi phiên bản CommuneDesk mới hơn (lược đồ {revision}). Hãy cập nhật phần mềm.",
        "The database was made by a newer CommuneDesk (schema {revision}). Please update the application.",
    ),
    "store.foreign": (
        "Tệp {path} không phải cơ sở dữ liệu CommuneDesk.",
        "The file {path} is not a CommuneDesk database.",
    ),
    "*.invalid#utc_not_future": (
        "Thời điểm không hợp lệ.",
        "Invalid time.",
    ),
    "*.future": (
        "Thời điểm không được ở tương lai.",
        "The time cannot be in the future.",
    ),
    "label.commune_code": (
        "mã xã/phường",
        "commune code",
    ),
    "commune_code.province": (
        "{ward} không thuộc {province}.",
        "{ward} is not in {province}.",
    ),
    "province.invalid": (
        "Mã tỉnh “{code}” không có trong danh mục 2025.",
        "Province code “{code}” is not in the 2025 list.",
    ),
    "label.commune_name": (
        "tên xã/phường",
        "commune name",
    ),
    "commune.exists#set_up_commune": (
        "Bộ dữ liệu này đã được thiết lập.",
        "This data folder is already set up.",
    ),
    "backup.missing": (
        "Không tìm thấy tệp {path}.",
        "File not found: {path}.",
    ),
    "backup.corrupt": (
        "Tệp {name} bị hỏng: {result}.",
        "The file {name} is damaged: {result}.",
    ),
    "backup.unreadable": (
        "Tệp {name} không đọc được ({exc}).",
        "The file {name} cannot be read ({exc}).",
    ),
    "province_code.required": (
        "Vui lòng chọn tỉnh/thành phố.",
        "Please choose the province.",
    ),
    "confirm.mismatch#create": (
        "Hai lần nhập mật khẩu không khớp.",
        "The two passwords do not match.",
    ),
    "manual_code.required": (
        "Vui lòng nhập mã đơn vị.",
        "Please enter the unit's code.",
    ),
    "commune_name.required": (
        "Vui lòng nhập tên đơn vị.",
        "Please enter the unit's name.",
    ),
    "commune_code.required": (
        "Vui lòng chọn xã/phường/đặc khu.",
        "Please choose the commune or ward.",
    ),
    "label.unit_name": (
        "tên đơn vị",
        "unit name",
    ),
    "label.place_name": (
        "địa danh",
        "place name",
    ),
    "bundle.too_large": (
        "Gói dữ liệu quá lớn ({what}); gói không được nhận.",
        "The bundle is too large ({what}); it was refused.",
    ),
    "ended_at.before_start#end": (
        "Thời điểm kết thúc phải sau lúc bắt đầu.",
        "The end must be after the start.",
    ),
    "started_at.required": (
        "Vui lòng nhập thời điểm bắt đầu.",
        "Please enter when it started.",
    ),
    "end.before_start": (
        "Ngày cuối kỳ không được trước ngày đầu kỳ.",
        "The end of the period cannot be before its start.",
    ),
    "answered_on.before_sent": (
        "Ngày trả lời không được trước ngày gửi kiến nghị.",
        "The answer cannot be dated before the recommendation was sent.",
    ),
    "commune.synced": (
        "Máy này đã đồng bộ dữ liệu với tỉnh nên không sửa được đơn vị hành chính. Hãy liên hệ Sở Khoa học và "
        "Công nghệ để được hỗ trợ.",
        "This PC has already exchanged data with the province, so its administrative unit can no longer be "
        "changed. Please contact the provincial Department of Science and Technology.",
    ),
    "action.correct_administrative_unit": (
        "sửa đơn vị hành chính",
        "correct the administrative unit",
    ),
    "action.change_commune_settings": (
        "sửa chỉ tiêu, giờ làm việc của xã",
        "change the commune's targets and office hours",
    ),
    "commune.exists#correct_commune": (
        "Bộ dữ liệu này đã có đơn vị mã này.",
        "This data folder already has a unit with this code.",
    ),
    "label.task_code": (
        "mã nhiệm vụ",
        "task code",
    ),
    "label.task_title": (
        "tên nhiệm vụ",
        "task title",
    ),
    "deadline.before_source": (
        "Hạn hoàn thành không được trước ngày văn bản.",
        "The deadline cannot be before the date of the source document.",
    ),
    "code.duplicate#code_free": (
        "Mã nhiệm vụ “{code}” đã có.",
        "The task code “{code}” is already used.",
    ),
    "done_on.before_source": (
        "Ngày hoàn thành không được trước ngày văn bản giao nhiệm vụ.",
        "The completion date cannot be before the date of the source document.",
    ),
    "label.decision_number": (
        "số quyết định thành lập tổ",
        "decision number",
    ),
    "label.member_s_name": (
        "họ tên thành viên",
        "member's name",
    ),
    "village.no_team": (
        "“{village_name}” chưa có tổ công nghệ số.",
        "“{village_name}” has no digital technology team yet.",
    ),
    "village.has_team": (
        "“{v_name}” đã có tổ công nghệ số.",
        "“{v_name}” already has a digital technology team.",
    ),
    "held_on.before_team": (
        "Ngày sinh hoạt không được trước ngày thành lập tổ.",
        "The session cannot be before the team was set up.",
    ),
    "label.village_name": (
        "tên thôn / tổ dân phố",
        "village name",
    ),
    "label.4g_5g_signal": (
        "Mức sóng 4G/5G",
        "4G/5G signal",
    ),
    "broadband.invalid": (
        "Cáp quang / băng rộng cố định: chọn có hoặc không.",
        "Fixed broadband: choose yes or no.",
    ),
    "name.duplicate": (
        "Đã có “{clash_name}”.",
        "“{clash_name}” already exists.",
    ),
    "village.has_team#remove_village": (
        "Thôn này còn tổ công nghệ số: hãy giải thể tổ trước.",
        "A digital technology team still serves this village: dissolve it first.",
    ),
    "*.invalid#clean": (
        "Giá trị không hợp lệ.",
        "Invalid value.",
    ),
    "*.too_long": (
        "Tối đa {limit} ký tự.",
        "At most {limit} characters.",
    ),
    "*.future#not_after": (
        "Ngày không được ở tương lai.",
        "The date cannot be in the future.",
    ),
    "*.invalid#choice2": (
        "{label} không hợp lệ (chọn một trong: {keys}).",
        "Unknown {label} (choose one of: {keys}).",
    ),
    "*.invalid#phone": (
        "Số điện thoại phải gồm 9–12 chữ số.",
        "The phone number must have 9 to 12 digits.",
    ),
    "*.invalid#count": (
        "Phải là số nguyên từ 0 đến {limit}.",
        "Must be a whole number from 0 to {limit}.",
    ),
    "label.answer": (
        "nội dung trả lời",
        "answer",
    ),
    "label.recipient": (
        "nơi nhận",
        "recipient",
    ),
    "label.subject": (
        "nội dung kiến nghị",
        "subject",
    ),
    "label.state": (
        "Trạng thái",
        "state",
    ),
    "*.required#value": (
        "Vui lòng nhập ngày giờ.",
        "Please enter the date and time.",
    ),
    "*.invalid#value": (
        "“{text}” không phải ngày giờ hợp lệ. Nhập theo dạng ngày/tháng/năm giờ:phút, ví dụ 20/11/2026 09:30.",
        "“{text}” is not a valid date and time. Type day/month/year hour:minute, e.g. 20/11/2026 09:30.",
    ),
    "*.year": (
        "Năm {year} không hợp lệ: năm phải từ {first_year} đến {last_year}.",
        "The year {year} is not valid: it must be from {first_year} to {last_year}.",
    ),
}
