from __future__ import annotations

from pathlib import Path

import pytest

from testimonies.errors import InputError
from testimonies.ingest.readers import drop_invisible, join_line_hyphens, read_document, read_pdf
from tests.ingest.helpers import HTML_PAGE, make_encrypted_pdf, make_pdf


def read(name: str, data: bytes, encoding: str | None = None) -> str:
    return read_document(Path(name), data, encoding)[1]


def test_text_keeps_characters_and_normalises_line_ends_like_python_text_mode() -> None:
    assert read("a.txt", "Jav\u0101heri\r\nsaid\rno\n".encode()) == "Jav\u0101heri\nsaid\nno\n"


def test_utf8_byte_order_mark_is_not_part_of_the_text() -> None:
    assert read("a.txt", b"\xef\xbb\xbfHello") == "Hello"


def test_utf16_with_byte_order_mark_is_read() -> None:
    assert read("a.txt", "Testimony".encode("utf-16")) == "Testimony"


def test_explicit_encoding_reads_legacy_files() -> None:
    assert read("a.txt", "café".encode("cp1252"), encoding="cp1252") == "café"


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("a.txt", b"", "empty file"),
        ("a.txt", b"  \n\t\n", "empty: no text"),
        ("a.txt", b"\x00\x01\x02binary", "binary data"),
        ("a.txt", b"caf\xe9 au lait", "not valid utf-8 text (byte 0xe9 at offset 3)"),
        ("a.pdf", b"%PDF-1.4\n1 0 obj garbage", "corrupt PDF"),
        ("a.pdf", b"hello, not a pdf", "not a PDF"),
        (
            "a.html",
            b"<html><body><nav>Home</nav><footer>(c)</footer></body></html>",
            "no main text",
        ),
        ("a.docx", b"PK\x03\x04", "unsupported file type"),
    ],
)
def test_bad_input_is_refused_with_a_reason(name: str, data: bytes, reason: str) -> None:
    with pytest.raises(InputError) as caught:
        read(name, data)
    assert reason in caught.value.reason
    assert str(caught.value).startswith(name + ":")


def test_unknown_encoding_name_is_reported() -> None:
    with pytest.raises(InputError, match="unknown encoding"):
        read("a.txt", b"abc", encoding="no-such-codec")


def test_encrypted_pdf_is_refused() -> None:
    with pytest.raises(InputError, match="encrypted PDF"):
        read("a.pdf", make_encrypted_pdf())


def test_pdf_without_text_layer_is_refused() -> None:
    with pytest.raises(InputError, match="no text layer"):
        read("a.pdf", make_pdf([[]]))


def test_pdf_pages_are_joined_in_order() -> None:
    text = read("a.pdf", make_pdf([["first page line"], ["second page line"]]))
    assert text.index("first page line") < text.index("second page line")


def test_html_keeps_the_article_and_drops_navigation_footer_and_scripts() -> None:
    text = read("a.html", HTML_PAGE.encode())
    assert "confined to their\nquarters" in text or "confined to their quarters" in text
    assert "denied the accounts" in text
    for boilerplate in ("Subscribe", "Donate", "Copyright", "trackVisitor"):
        assert boilerplate not in text


def test_hostile_html_yields_text_not_markup() -> None:
    hostile = (
        b"<html><body><script>while(1){}</script><article><p>"
        b"He was beaten <img src=x onerror=alert(1)> in the camp every week for a year, "
        b"he told the court in 2012.</p></article><iframe src='javascript:alert(1)'></iframe>"
        b"</body></html>"
    )
    text = read("a.html", hostile)
    assert "beaten" in text
    assert "<" not in text and "alert" not in text


def test_reading_a_file_refuses_one_over_the_size_limit(tmp_path: Path) -> None:
    from testimonies.ingest.readers import read_file_text

    big = tmp_path / "big.txt"
    big.write_text("word " * 1000, encoding="utf-8")
    assert read_file_text(big).startswith("word")
    with pytest.raises(InputError, match="over the limit of 100"):
        read_file_text(big, max_bytes=100)


def test_a_word_broken_at_a_pdf_lines_end_is_whole_again() -> None:
    pdf = make_pdf(
        [
            [
                "In March 2019 the guards of the camp de-",
                "tained Omar Vell and his brother, both ex-",
                "members, in a self-",
                "contained block under the so-",
                "called ill-",
                "treatment rules of Al-",
                "Qaeda; a 16-",
                "year-old was impris- ",
                " oned there.",
            ]
        ]
    )
    text = read_pdf("report.pdf", pdf)
    assert "guards of the camp detained Omar Vell" in text
    assert "both ex-members, in a self-contained block under the so-called ill-treatment" in text
    assert "Al-Qaeda; a 16-year-old was imprisoned there." in text


def test_a_hyphen_that_ends_a_line_after_a_space_is_a_dash_and_stays() -> None:
    assert join_line_hyphens("they came -\nat night") == "they came -\nat night"
    assert join_line_hyphens("held in isola-\ntion") == "held in isolation"


def test_running_heads_feet_and_page_numbers_go_and_a_sentence_over_a_break_is_joined() -> None:
    head = "Annual Report on the Northern Camps 2021"
    pages = [
        [head, "Testimonies", "The witness said that in May 2020 the guards", "Page 1 of 3"],
        [
            head,
            "beat him with cables in the yard.",
            "He was then moved to the cellar.",
            "Page 2 of 3",
        ],
        [head, "The Committee met in June.", "Page 3 of 3"],
    ]
    text = read_pdf("report.pdf", make_pdf(pages))
    assert head not in text
    assert "Page" not in text
    assert "in May 2020 the guards\nbeat him with cables in the yard." in text
    assert "moved to the cellar.\n\nThe Committee met in June." in text


def test_a_short_pdf_keeps_its_first_line_even_if_it_recurs() -> None:
    # two pages: too few to tell a running head from a repeated line
    text = read_pdf(
        "note.pdf", make_pdf([["Camp Nour", "He was held there."], ["Camp Nour", "She too."]])
    )
    assert text.count("Camp Nour") == 2


def test_soft_hyphens_and_zero_width_spaces_leave_a_web_page() -> None:
    page = (
        "<html><body><article><p>In March 2019 the guards de&shy;tained Omar Vell and kept him "
        "in iso&#8203;lation for months, his brother said.</p>"
        "<p>The camp administration denied the account in a statement.</p></article>"
        "</body></html>"
    )
    text = read("page.html", page.encode("utf-8"))
    assert "guards detained Omar Vell and kept him in isolation" in text


def test_the_zero_width_non_joiner_of_persian_names_is_no_invisible_mark() -> None:
    assert (
        drop_invisible("Mohammad\u200cReza de\u00adtained\ufeff") == "Mohammad\u200cReza detained"
    )
