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
}
