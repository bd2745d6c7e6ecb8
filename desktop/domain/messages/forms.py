"""Sentences about the one-stop desk's forms 01–06 (Circular 01/2018/TT-VPCP) and the catalogue's document lists.

Each entry: key → (Vietnamese template, English template); see desktop.domain.messages for the conventions.
"""

MESSAGES: dict[str, tuple[str, str]] = {
    "documents.too_many": (
        "Danh sách giấy tờ có {count} mục, nhiều hơn {max_items} mục một phiếu tiếp nhận ghi được.",
        "The list has {count} papers, more than the {max_items} a receipt slip can hold.",
    ),
    "documents.too_long": (
        "Tên một giấy tờ dài quá {max_name} ký tự.",
        "A paper's name is longer than {max_name} characters.",
    ),
    "usage.to_before_from": (
        "--to ({end}) phải sau hoặc bằng --from ({start}).",
        "--to ({end}) must not be before --from ({start}).",
    ),
    "forms.no_receiver": (
        "Phiếu in dòng chấm thay họ tên người tiếp nhận: hồ sơ không ghi ai tiếp nhận. "
        "Ghi họ tên cán bộ bằng --officer \"Họ và tên\".",
        "The slip prints dots for the receiving officer: the dossier does not say who received it. "
        "Give the officer's full name with --officer \"Full Name\".",
    ),
    "usage.book_too_long": (
        "Sổ theo dõi in tối đa {max_days} ngày một lần.",
        "The tracking book prints at most {max_days} days at a time.",
    ),
}
