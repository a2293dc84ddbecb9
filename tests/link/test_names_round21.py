"""Round 21 name rules: the masculine and feminine forms of one Slavic family name name two
people; the carons of s and z lost in South Slavic -ic names; German dj for the soft d of
Russian names; the Wade-Giles family names Jen and Yen; more Burmese syllables, and a Burmese
syllable more counted even where two are read as one; a nisba written after an article on one
side kept apart on the other (Haider Abadi); Latin c = ts in the ending -cki; Turkish names
written one way (another vowel is another name)."""

from __future__ import annotations

import pytest

from testimonies.link.names import compare_names

SAME = [
    ("Emomali Rahmon", "Emomali Rahmonov"),  # a Russified given name: one family name
    ("Nursultan Nazarbayev", "Nursultan Nazarbaev"),
    ("Svetlana Tikhanovskaya", "Sviatlana Tsikhanouskaya"),  # both feminine
    ("Zarema Musaeva", "Zarema Musayeva"),
    ("Zeljko Komsic", "Zeljko Komshich"),  # s-caron lost in ASCII, written sh
    ("Dusko Knezevic", "Dusko Knezhevich"),  # z-caron written zh
    ("Haris Silajdzic", "Haris Silajdschitsch"),  # the German spelling still meets the c form
    ("Aleksei Dyumin", "Alexey Djumin"),  # German dj before u = dy
    ("Andrei Serdyukov", "Andrey Serdjukow"),
    ("Yan Xuetong", "Yen Hsueh-tung"),  # Wade-Giles family name Yen = Yan
    ("Ren Jianxin", "Jen Chien-hsin"),  # Wade-Giles Jen = Ren
    ("Min Ko Naing", "Min Ko Naing"),
    ("Phyo Zeya Thaw", "Phyo Zayar Thaw"),
    ("Haider al-Abadi", "Haidar Abadi"),  # the article marks the nisba on one side
    ("Ali Abadi", "Ali al-Abadi"),
    ("Hassan Firouzabadi", "Hassan Firouz Abadi"),  # the Persian ending still joins
    ("Ales Bialiatski", "Ales Bialiacki"),  # Belarusian Latin c = ts, the c of the ending
    ("Pavel Sapelko", "Pavel Sapielka"),
    ("Ismet Inonu", "Ismet Inoenue"),  # Turkish: umlauts written oe, ue still agree
    ("Binali Yildirim", "Binali Yeldirim"),  # dotless i heard as e
    ("Mehmet Simsek", "Mehmet Şimşek"),
]

NOT_SAME = [
    ("Ramzan Abdurakhmanov", "Ramzan Abdurakhmanova"),  # masculine and feminine: two people
    ("Sergei Tikhanovsky", "Sergei Tikhanovskaya"),
    ("Karim Massimov", "Karim Massimova"),
    ("Igor Kalashnikov", "Igor Kalashnikova"),
    ("Yuri Dmitriyev", "Yuri Dmitriyeva"),
    ("Boris Borodin", "Boris Borodina"),
    ("Rustam Khodjayev", "Rustam Khodjiev"),  # Central Asian dja is dzh, not German dj
    ("Jovica Simatovic", "Jovica Shimatovich Jr."),
    ("Stjepan Mesic", "Stjepan Mesin"),
    ("Jen Chih-ch'iang", "Ren Zhiyong"),  # the family name agrees, the given name does not
    ("Yan Jinhai", "Yen Jinhua"),
    ("Ko Ko Gyi", "Ko Ko Gyi Oo"),  # Burmese: a syllable more is another name
    ("Thida Htin", "Thida Htin Kyaw"),
    ("Tin Maung Kyaw", "Tin Maung Kyaw Oo"),  # even where Kyaw Oo is read as one unit
    ("Shirin Ebadi", "Shirin Abadi"),  # no article on either side: glued as before
    ("Haider al-Abadi", "Hamid Abadi"),
    ("Ales Bialiatski", "Ales Bialik"),
    ("Ahmet Altan", "Ahmet Altun"),  # Turkish names are written one way: another vowel
    ("Necdet Ozel", "Necdet Ozal"),
    ("Kenan Evren", "Kenan Evran"),
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_round21_same(a: str, b: str) -> None:
    assert compare_names(a, b).verdict == "same", compare_names(a, b).reasons


@pytest.mark.parametrize(("a", "b"), NOT_SAME)
def test_round21_not_same(a: str, b: str) -> None:
    assert compare_names(a, b).verdict != "same", compare_names(a, b).reasons


def test_feminine_form_is_different() -> None:
    # Not merely unsure: the parts do not align at all.
    assert compare_names("Ivan Kalashnikov", "Ivan Kalashnikova").verdict == "different"
