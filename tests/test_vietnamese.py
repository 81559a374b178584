"""Vietnamese text normalisation."""

import unicodedata

import pytest

from extraction.vietnamese import canonical_tones, fold, nfc, slugify


@pytest.mark.parametrize(
    ("old", "new"),
    [("hoà", "hòa"), ("thuỷ", "thủy"), ("Uỷ ban", "Ủy ban"), ("khoẻ", "khỏe"), ("HOÀ", "HÒA"), ("tuỳ", "tùy")],
)
def test_tone_placement_variants_become_one(old, new):
    assert canonical_tones(old) == new
    assert canonical_tones(unicodedata.normalize("NFD", old)) == new


@pytest.mark.parametrize("word", ["hoàng", "quý", "của", "hoàn", "khuya", "thuyền", "Hòa"])
def test_words_without_the_variant_are_untouched(word):
    assert canonical_tones(word) == word


def test_fold_strips_marks_and_d_with_stroke():
    assert fold("Liên đoàn Lao động ĐIỆN BIÊN") == "Lien doan Lao dong DIEN BIEN"
    assert fold(unicodedata.normalize("NFD", "động")) == "dong"


def test_nfc_reads_eth_as_d():
    assert nfc("\u00d0oàn viên") == "Đoàn viên"
    assert nfc(unicodedata.normalize("NFD", "Điện Biên")) == "Điện Biên"


def test_nfc_keeps_eth_in_icelandic_and_faroese():
    for text in ("Það er örugglega gott, sagði hún.", "Eg havi ikki sæð tað."):
        assert nfc(text) == text


def test_slugify():
    assert (
        slugify("Kết quả 10 năm thực hiện phong trào “ Dân vận khéo”")
        == "ket-qua-10-nam-thuc-hien-phong-trao-dan-van-kheo"
    )
