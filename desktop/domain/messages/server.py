"""Sentences the province server answers with.

Each entry: key → (Vietnamese template, English template); see desktop.domain.messages for the conventions.
"""

MESSAGES: dict[str, tuple[str, str]] = {
    "not_found": (
        "Không tìm thấy {thing} “{name}”.",
        "No {thing} “{name}”.",
    ),
    "schema.unsupported": (
        "Máy chủ chưa biết phiên bản lược đồ {schema_version}; hãy cập nhật máy chủ, thao tác sẽ được gửi lại.",
        "The server does not know schema {schema_version} yet; update the server and the op will be resent.",
    ),
    "table.unknown": (
        "Bảng “{table}” không được đồng bộ.",
        "The table “{table}” is not synchronised.",
    ),
    "conflict.unknown": (
        "Không tìm thấy xung đột {row_id}.",
        "No conflict {row_id}.",
    ),
    "conflict.already_resolved": (
        "Xung đột {row_id} đã được giải quyết trước đó.",
        "Conflict {row_id} was already resolved.",
    ),
    "conflict.bad_resolution": (
        "Giải quyết xung đột cần state = resolved và resolved_data là một đối tượng.",
        "A resolution needs state = resolved and resolved_data as an object.",
    ),
    "clock.far_future": (
        "Đồng hồ máy này chạy nhanh khoảng {hours} giờ. Hãy kiểm tra ngày giờ của máy.",
        "This PC's clock is about {hours} hours fast. Please check its date and time.",
    ),
    "catalogue.invalid": (
        "Danh mục không hợp lệ: {why}",
        "Invalid catalogue: {why}",
    ),
    "request.invalid": (
        "Yêu cầu không hợp lệ: {where}",
        "Invalid request: {where}",
    ),
    "*.invalid": (
        "{option}: mã “{value}” chỉ gồm chữ và số, tối đa 16 ký tự.",
        "{option}: the code “{value}” must be 1–16 letters or digits.",
    ),
    "--name.required": (
        "--name: cần tên xã.",
        "--name: the commune name is required.",
    ),
    "auth.failed": (
        "Thông tin thiết bị không đúng.",
        "Wrong device credentials.",
    ),
    "why.expected_object_whose_fields_and_procedures": (
        "cần một đối tượng có “fields” và “procedures” là danh sách.",
        "expected an object whose “fields” and “procedures” are lists.",
    ),
    "commune.exists": (
        "Xã {code} đã có.",
        "Commune {code} already exists.",
    ),
    "thing.commune": (
        "xã",
        "commune",
    ),
    "enrol.unknown_code": (
        "Mã đăng ký không đúng.",
        "The enrolment code is wrong.",
    ),
    "enrol.code_used": (
        "Mã đăng ký này đã được dùng. Hãy xin tỉnh mã mới.",
        "This enrolment code was already used. Ask the province for a new one.",
    ),
    "enrol.code_expired": (
        "Mã đăng ký đã hết hạn. Hãy xin tỉnh mã mới.",
        "The enrolment code has expired. Ask the province for a new one.",
    ),
    "device.revoked": (
        "Thiết bị này đã bị tỉnh thu hồi quyền đồng bộ.",
        "This device's sync access was revoked by the province.",
    ),
    "thing.device": (
        "thiết bị",
        "device",
    ),
    "why.field_lacks_code_or_name": (
        "lĩnh vực thứ {i} thiếu code hoặc name.",
        "field #{i} lacks code or name.",
    ),
    "why.procedure_lacks_code_or_name": (
        "thủ tục thứ {i} thiếu code hoặc name.",
        "procedure #{i} lacks code or name.",
    ),
    "why.procedure_unknown_field": (
        "thủ tục {code}: lĩnh vực “{field_name}” không có.",
        "procedure {code}: unknown field “{field_name}”.",
    ),
    "why.procedure_statutory_days_must_be_whole": (
        "thủ tục {code}: statutory_days phải là số 0–365, lẻ nửa ngày (vd. 2.5).",
        "procedure {code}: statutory_days must be a number 0–365 in half days (e.g. 2.5).",
    ),
    "why.procedure_code_appears_twice": (
        "mã thủ tục {code} bị lặp.",
        "procedure code {code} appears twice.",
    ),
    "auth.required": (
        "Cần thông tin thiết bị (đăng ký máy trước).",
        "Device credentials are required (enrol this PC first).",
    ),
    "admin.disabled": (
        "Chưa đặt mã quản trị ({env_admin_token}) trên máy chủ.",
        "No admin token ({env_admin_token}) is set on the server.",
    ),
    "auth.required#province_admin": (
        "Cần mã quản trị của tỉnh.",
        "The province's admin token is required.",
    ),
    "auth.failed#province_admin": (
        "Mã quản trị không đúng.",
        "Wrong admin token.",
    ),
    "bundle.unknown_device": (
        "Thiết bị {device_id} không có trên máy chủ tỉnh.",
        "Device {device_id} is not known to the province server.",
    ),
    "why.device_belongs_to_commune_not": (
        "thiết bị thuộc xã {commune_code}, không phải xã {commune}",
        "the device belongs to commune {commune_code}, not {commune}",
    ),
    "why.certificate_device_s_commune": (
        "chứng thư của thiết bị {device_id} (xã {commune_code})",
        "the certificate is device {device_id}'s of commune {commune_code}",
    ),
    "bundle.invalid": (
        "Gói có thao tác không hợp lệ: {msg}",
        "The bundle holds an invalid operation: {msg}",
    ),
    "why.bundle_follows_operation_which_server_does": (
        "gói số {seq} nối tiếp thao tác {after} chưa có trên máy chủ",
        "bundle #{seq} follows operation {after}, which the server does not have",
    ),
    "store.foreign#upgrade_to_head": (
        "Cơ sở dữ liệu này không phải của máy chủ CommuneDesk.",
        "This database is not a CommuneDesk server database.",
    ),
    "store.too_new#upgrade_to_head": (
        "Cơ sở dữ liệu do máy chủ phiên bản mới hơn tạo (lược đồ {current}). Hãy cập nhật.",
        "The database was made by a newer server (schema {current}). Please update.",
    ),
    "commune.forbidden": (
        "Thao tác {op_id} chạm tới dữ liệu của xã khác; không thao tác nào trong lô được ghi.",
        "Operation {op_id} touches another commune's data; nothing in the batch was applied.",
    ),
    "op.reused": (
        "Mã thao tác {op_id} đã được dùng cho một nội dung khác; không thao tác nào được ghi.",
        "Operation id {op_id} was already used for different content; nothing was applied.",
    ),
    "device.unknown": (
        "Thiết bị không còn được đăng ký.",
        "The device is no longer enrolled.",
    ),
    "usage.port_must_be_165535": (
        "--port: {port} phải từ 1 đến 65535",
        "--port: {port} must be 1–65535",
    ),
    "usage.hours_must_be_1720": (
        "--hours: {hours} phải từ 1 đến 720",
        "--hours: {hours} must be 1–720",
    ),
    "usage.out_folder_does_not#report_monthly": (
        "--out: thư mục {parent} không có",
        "--out: the folder {parent} does not exist",
    ),
    "usage.db_not_database_url": (
        "--db: “{url}” không phải URL cơ sở dữ liệu",
        "--db: “{url}” is not a database URL",
    ),
    "usage.cannot_read_file": (
        "{path}: không đọc được tệp ({strerror})",
        "{path}: cannot read the file ({strerror})",
    ),
    "usage.not_valid_json": (
        "{path}: không phải JSON hợp lệ ({exc})",
        "{path}: not valid JSON ({exc})",
    ),
    "auth.token_invalid": (
        "Phiên đăng nhập không hợp lệ.",
        "Invalid session token.",
    ),
    "auth.token_expired": (
        "Phiên đăng nhập đã hết hạn.",
        "The session has expired.",
    ),
    "auth.rate_limited": (
        "Sai thông tin quá nhiều lần; thử lại sau {wait} giây.",
        "Too many wrong credentials; try again in {wait} seconds.",
    ),
    "auth.secret_required": (
        "Cần mã bí mật của thiết bị để mở phiên mới.",
        "A new session needs the device secret.",
    ),
    "usage.workers_must_be_132": (
        "--workers: {workers} phải từ 1 đến 32",
        "--workers: {workers} must be 1–32",
    ),
}
