"""Sentences about dossier numbers across a commune's PCs: device slots, duplicate numbers, official codes.

Each entry: key → (Vietnamese template, English template); see desktop.domain.messages for the conventions.
"""

MESSAGES: dict[str, tuple[str, str]] = {
    "enrol.no_slot": (
        "Xã {commune_code} đã có {count} máy đang đồng bộ, mỗi máy một dải số hồ sơ. Hãy đề nghị tỉnh thu hồi máy "
        "không còn dùng rồi đăng ký lại.",
        "Commune {commune_code} already has {count} PCs syncing, each with its own block of dossier numbers. Ask "
        "the province to revoke a PC no longer in use, then enrol again.",
    ),
}
