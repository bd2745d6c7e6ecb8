"""Sentences the command line and the demo data say.

Each entry: key → (Vietnamese template, English template); see desktop.domain.messages for the conventions.
"""

MESSAGES: dict[str, tuple[str, str]] = {
    "usage.option": (
        "{option}: {problem}",
        "{option}: {problem}",
    ),
    "usage.not_iso_date_time": (
        "{option}: “{value}” không phải thời điểm ISO (vd. 2026-11-20T09:30)",
        "{option}: “{value}” is not an ISO date-time (e.g. 2026-11-20T09:30)",
    ),
    "usage.months_between_12_and": (
        "--months: từ 12 đến 120",
        "--months: between 12 and 120",
    ),
    "usage.dossiers_between_1_and": (
        "--dossiers: từ 1 đến 5.000.000",
        "--dossiers: between 1 and 5,000,000",
    ),
    "usage.limit_must_be_at": (
        "--limit phải ≥ 1",
        "--limit must be at least 1",
    ),
    "usage.not_existing_file": (
        "“{value}” không phải tệp có sẵn",
        "“{value}” is not an existing file",
    ),
    "usage.out_must_be_xlsx": (
        "--out: “{value}” phải là tệp .xlsx",
        "--out: “{value}” must be an .xlsx file",
    ),
    "usage.out_folder": (
        "--out: “{value}” là một thư mục",
        "--out: “{value}” is a folder",
    ),
    "usage.out_folder_does_not": (
        "--out: thư mục “{parent}” không tồn tại",
        "--out: the folder “{parent}” does not exist",
    ),
    "usage.must_be_file": (
        "{option}: “{value}” phải là tệp {suffix}",
        "{option}: “{value}” must be a {suffix} file",
    ),
    "usage.folder": (
        "{option}: “{value}” là một thư mục",
        "{option}: “{value}” is a folder",
    ),
    "usage.folder_does_not_exist": (
        "{option}: thư mục “{parent}” không tồn tại",
        "{option}: the folder “{parent}” does not exist",
    ),
    "value.database_already_has_commune": (
        "Cơ sở dữ liệu đã có xã hoặc hồ sơ: chỉ tạo dữ liệu mẫu trên cơ sở dữ liệu trống.",
        "The database already has a commune or dossiers: demo data goes into an empty database only.",
    ),
    "value.months_must_be_at": (
        "months phải từ 1 trở lên",
        "months must be at least 1",
    ),
    "value.dossiers_must_not_be": (
        "dossiers không được âm",
        "dossiers must not be negative",
    ),
    "value.too_many_dossiers_per": (
        "Quá nhiều hồ sơ trong một ngày ({counts} > {max_per_day}): tăng số tháng.",
        "Too many dossiers per day ({counts} > {max_per_day}): use more months.",
    ),
    "usage.id_not_found": (
        "ID “{ref}”: không tìm thấy",
        "ID “{ref}”: not found",
    ),
    "usage.id_ambiguous": (
        "ID “{ref}”: trùng nhiều kiến nghị",
        "ID “{ref}”: matches several",
    ),
    "usage.choose_yes_or_no": (
        "“{value}”: chọn yes hoặc no",
        "“{value}”: choose yes or no",
    ),
    "usage.not_date_in_form": (
        "“{value}” không phải ngày dạng YYYY-MM-DD",
        "“{value}” is not a date in the form YYYY-MM-DD",
    ),
    "usage.option_required": (
        "{option}: bắt buộc",
        "{option}: required",
    ),
    "usage.expected_widthxheight_e_g": (
        "“{text}”: cần dạng RỘNGxCAO, ví dụ 1366x728",
        "“{text}”: expected WIDTHxHEIGHT, e.g. 1366x728 (640x480 to 7680x4320)",
    ),
}
