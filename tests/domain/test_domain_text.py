"""Tests for desktop.domain.text: NFC storage form, search folding and Vietnamese sort order."""

from __future__ import annotations

import unicodedata

import pytest

from desktop.domain.text import fold, name_sort_key, nfc, number_text, vi_sort_key


def test_nfc_composes_decomposed_input() -> None:
    decomposed = unicodedata.normalize("NFD", "Nguyễn")
    assert decomposed != "Nguyễn"
    assert nfc(decomposed) == "Nguyễn"


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("  Nguyễn  Văn ĐỨC ", "nguyen van duc"),
        ("Đặng Thị Đào", "dang thi dao"),
        ("đường\tTrần   Hưng Đạo", "duong tran hung dao"),
        ("PHƯỜNG Ơ Ư", "phuong o u"),
        (unicodedata.normalize("NFD", "Lê Thị Ánh"), "le thi anh"),
        ("", ""),
    ],
)
def test_fold(raw: str, folded: str) -> None:
    assert fold(raw) == folded


def test_fold_makes_mixed_case_and_accents_match() -> None:
    assert fold("đỗ văn hùng") == fold("ĐỖ VĂN HÙNG") == fold("Do Van Hung")


def _sorted(words: list[str]) -> list[str]:
    return sorted(words, key=vi_sort_key)


def test_letters_with_marks_follow_their_base_letter() -> None:
    assert _sorted(["âm", "ăn", "an"]) == ["an", "ăn", "âm"]
    assert _sorted(["đa", "dz", "da"]) == ["da", "dz", "đa"]
    assert _sorted(["ơn", "ôn", "on"]) == ["on", "ôn", "ơn"]
    assert _sorted(["ưa", "ua", "va"]) == ["ua", "ưa", "va"]
    assert _sorted(["êm", "em", "fa"]) == ["em", "êm", "fa"]


def test_d_bar_sorts_after_all_d_words_not_with_them() -> None:
    # A plain code-point sort would put đ (U+0111) after z; folding would mix it into d.
    assert _sorted(["e", "đ", "dz", "d"]) == ["d", "dz", "đ", "e"]


def test_tones_are_a_secondary_level_in_conventional_order() -> None:
    # ngang < huyền < hỏi < ngã < sắc < nặng
    assert _sorted(["mạ", "má", "mã", "mả", "mà", "ma"]) == ["ma", "mà", "mả", "mã", "má", "mạ"]


def test_letters_decide_before_tones() -> None:
    # "bà" has a tone but its letters come first, so it still precedes "bac".
    assert _sorted(["bac", "bà"]) == ["bà", "bac"]
    assert _sorted(["ăn", "án"]) == ["án", "ăn"]


def test_combined_letter_mark_and_tone() -> None:
    # ặ decomposes to a + dot below + breve; it must still count as ă with the nặng tone.
    assert _sorted(["ặc", "ắc", "ác", "âc"]) == ["ác", "ắc", "ặc", "âc"]


def test_case_is_ignored_before_tones_and_letters() -> None:
    assert _sorted(["Bình", "an", "An", "bình"]) == ["an", "An", "bình", "Bình"]
    assert vi_sort_key("Đức")[:2] == vi_sort_key("đức")[:2]


def test_key_ignores_normalisation_form_and_spacing() -> None:
    assert vi_sort_key(unicodedata.normalize("NFD", "Trần  Văn")) == vi_sort_key("Trần Văn")


def test_names_sort_by_given_name_then_the_rest() -> None:
    names = ["Nguyễn Văn Bình", "Trần Thị An", "Lê Văn Bình", "Đỗ Ánh", "Phạm Thị Ân"]
    assert sorted(names, key=name_sort_key) == [
        "Trần Thị An",
        "Đỗ Ánh",
        "Phạm Thị Ân",
        "Lê Văn Bình",
        "Nguyễn Văn Bình",
    ]


def test_name_sort_key_of_single_word_and_empty() -> None:
    assert sorted(["Hoa", "", "An"], key=name_sort_key) == ["", "An", "Hoa"]


@pytest.mark.parametrize(("value", "text"), [(2.0, "2"), (2, "2"), (2.5, "2.5"), (0.85, "0.85"), (-3.0, "-3"),
                                             (1250000.0, "1250000"), (0.1, "0.1")])
def test_numbers_are_written_as_typed(value: float, text: str) -> None:
    assert number_text(value) == text


def test_a_bool_is_not_a_number() -> None:
    with pytest.raises(TypeError):
        number_text(True)
