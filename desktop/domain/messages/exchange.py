"""Sentences about sync with the province server, enrolment and USB bundles.

Each entry: key → (Vietnamese template, English template); see desktop.domain.messages for the conventions.
"""

MESSAGES: dict[str, tuple[str, str]] = {
    "bundle.damaged": (
        "Tệp gói dữ liệu bị hỏng hoặc không phải gói CommuneDesk ({why}).",
        "The bundle file is damaged or not a CommuneDesk bundle ({why}).",
    ),
    "bundle.bad_signature": (
        "Chữ ký của gói dữ liệu không hợp lệ ({why}); gói không được nhận.",
        "The bundle's signature is not valid ({why}); the bundle was refused.",
    ),
    "bundle.foreign": (
        "Gói dữ liệu không dành cho nơi này: {why}.",
        "This bundle is not for here: {why}.",
    ),
    "bundle.gap": (
        "Thiếu gói dữ liệu trước đó: {why}. Hãy nhập gói còn thiếu trước.",
        "A bundle is missing before this one: {why}. Import the missing one first.",
    ),
    "bundle.unknown_version": (
        "Gói dữ liệu định dạng phiên bản {v}, phần mềm này chỉ đọc được phiên bản {format_version}; hãy cập nhật "
        "phần mềm.",
        "The bundle has format version {v}; this software reads version {format_version} only. Update the software.",
    ),
    "bundle.wrong_direction": (
        "Gói này đi theo chiều {direction}, không nhập được ở đây (gói của xã nhập trên máy chủ tỉnh, gói của "
        "tỉnh nhập trên máy xã).",
        "This bundle goes {direction} and cannot be imported here (commune bundles go to the province server, "
        "province bundles to the commune PC).",
    ),
    "bundle.tampered": (
        "Các tệp trong gói không khớp bản kê; gói đã bị sửa.",
        "The files in the bundle do not match its manifest; it was altered.",
    ),
    "bundle.no_key": (
        "Máy chủ tỉnh không cấp khóa ký gói (HTTP {status_code}).",
        "The province server did not issue a bundle key (HTTP {status_code}).",
    ),
    "bundle.no_key#import_bundle": (
        "Máy chưa có khóa công khai của tỉnh (kết nối máy chủ một lần).",
        "This PC does not have the province's public key yet (connect to the server once).",
    ),
    "bundle.bad_key": (
        "Khóa công khai không hợp lệ.",
        "Not a valid public key.",
    ),
    "bundle.bad_key#load_or_create_key": (
        "{path} không phải khóa Ed25519.",
        "{path} is not an Ed25519 key.",
    ),
    "bundle.unreadable": (
        "Không đọc được tệp {path} ({strerror}).",
        "Cannot read {path} ({strerror}).",
    ),
    "bundle.tampered#open_bundle": (
        "Tệp {name} trong gói đã bị sửa (sai mã băm); gói không được nhận.",
        "{name} in the bundle was altered (hash mismatch); the bundle was refused.",
    ),
    "bundle.no_key#ensure_key": (
        "Máy cần kết nối máy chủ tỉnh một lần để nhận khóa ký gói dữ liệu ({exc}).",
        "This PC must reach the province server once to get its bundle key ({exc}).",
    ),
    "why.credentials_are_commune_s_this_pc": (
        "thông tin đăng ký thuộc xã {commune_code}, máy là của xã {ours}",
        "the credentials are commune {commune_code}'s, this PC is commune {ours}'s",
    ),
    "why.it_for_commune_device": (
        "gói của xã {commune_code}, máy {device_id}",
        "it is for commune {commune_code}, device {device_id}",
    ),
    "why.bundle_starts_at_cursor_but_this": (
        "gói bắt đầu từ mốc {start}, máy mới nhận đến mốc {cursor}",
        "the bundle starts at cursor {start} but this PC has changes up to {cursor} only",
    ),
    "choice.invalid": (
        "Lựa chọn không hợp lệ.",
        "Unknown choice.",
    ),
    "conflict.already_resolved#resolve": (
        "Xung đột này đã được giải quyết.",
        "This conflict was already resolved.",
    ),
    "sync.not_enrolled": (
        "Máy này chưa được đăng ký đồng bộ (chạy “sync enrol”).",
        "This PC is not enrolled for sync yet (run “sync enrol”).",
    ),
    "sync.bad_credentials": (
        "Tệp thông tin đăng ký đồng bộ bị hỏng; hãy đăng ký lại.",
        "The sync credentials file is damaged; enrol this PC again.",
    ),
    "sync.wrong_commune": (
        "Thông tin đăng ký thuộc xã {theirs}, còn dữ liệu máy này là của xã {ours}; không đồng bộ. Hãy báo Sở "
        "KH&CN thu hồi và cấp mã đăng ký đúng xã.",
        "The credentials belong to commune {theirs} but this PC's data is commune {ours}; not syncing. Ask the "
        "province to revoke them and issue a code for the right commune.",
    ),
    "sync.not_set_up": (
        "Máy này chưa thiết lập xã.",
        "This PC has not been set up yet.",
    ),
    "sync.offline": (
        "Không kết nối được máy chủ tỉnh ({last}); dữ liệu vẫn an toàn trên máy, lần đồng bộ sau sẽ gửi tiếp.",
        "Cannot reach the province server ({last}); the data is safe here and the next sync resumes.",
    ),
    "clock.skew#fast": (
        "Đồng hồ máy tính này nhanh hơn giờ của máy chủ tỉnh khoảng {amount}. Hãy chỉnh lại ngày giờ.",
        "This PC's clock is about {amount} fast. Please check its date and time.",
    ),
    "clock.skew#slow": (
        "Đồng hồ máy tính này chậm hơn giờ của máy chủ tỉnh khoảng {amount}. Hãy chỉnh lại ngày giờ.",
        "This PC's clock is about {amount} slow. Please check its date and time.",
    ),
    "amount.minutes": (
        "{count} phút",
        "{count} minutes",
    ),
    "amount.hours": (
        "{count} giờ",
        "{count} hours",
    ),
    "protocol.unknown_table": (
        "Bảng “{name}” không được đồng bộ.",
        "The table “{name}” is not synchronised.",
    ),
    "protocol.unknown_field": (
        "Trường “{name}” không có trong dữ liệu đồng bộ.",
        "“{name}” is not a synchronised field.",
    ),
    "protocol.bad_field_name": (
        "Tên trường không hợp lệ.",
        "Not a valid field name.",
    ),
    "protocol.too_many_keys": (
        "Bản ghi “{name}” có quá nhiều trường.",
        "The record “{name}” has too many fields.",
    ),
    "protocol.required": (
        "Trường “{name}” không được để trống.",
        "“{name}” cannot be empty.",
    ),
    "protocol.type": (
        "Trường “{name}” có kiểu giá trị không đúng.",
        "“{name}” has a value of the wrong type.",
    ),
    "protocol.too_long": (
        "Trường “{name}” dài quá mức cho phép.",
        "“{name}” is longer than allowed.",
    ),
    "protocol.nul_character": (
        "Trường “{name}” chứa ký tự NUL (\\u0000).",
        "“{name}” contains a NUL character (\\u0000).",
    ),
    "protocol.lone_surrogate": (
        "Trường “{name}” chứa ký tự Unicode hỏng.",
        "“{name}” contains a broken Unicode character.",
    ),
    "protocol.not_finite": (
        "Trường “{name}” không phải một số hữu hạn.",
        "“{name}” is not a finite number.",
    ),
    "protocol.out_of_range": (
        "Trường “{name}” có số nằm ngoài giới hạn.",
        "“{name}” holds a number out of range.",
    ),
    "protocol.bad_date": (
        "Trường “{name}” không phải ngày hợp lệ.",
        "“{name}” is not a valid date.",
    ),
    "protocol.bad_datetime": (
        "Trường “{name}” không phải thời điểm hợp lệ.",
        "“{name}” is not a valid date and time.",
    ),
    "protocol.bad_hlc": (
        "Trường “{name}” không phải đồng hồ HLC hợp lệ.",
        "“{name}” is not a valid hybrid logical clock.",
    ),
    "protocol.too_deep": (
        "Dữ liệu “{name}” lồng nhau quá sâu.",
        "“{name}” is nested too deeply.",
    ),
    "protocol.too_many_items": (
        "Danh sách “{name}” quá dài.",
        "The list “{name}” is too long.",
    ),
}
