"""Small documents in every format, written by the tests themselves."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

TESTIMONY = (
    "I was held in the camp for three years. In 1994 they took my passport and locked me up\n"
    "in a room alone. Nobody was allowed to call their family.\n"
)

HTML_PAGE = """<!doctype html><html><head><title>Report</title></head><body>
<header><a href="/">Home</a> | <a href="/news">News</a></header>
<nav><ul><li>Subscribe</li><li>Donate</li></ul></nav>
<article><h1>Former members describe years of isolation</h1>
<p>Two former residents of the northern camp told our reporter that they were confined to their
quarters for months after asking to leave. One of them said guards confiscated her passport
in 2003.</p>
<p>The organization denied the accounts in a written statement sent on Tuesday.</p></article>
<footer>Copyright 2024 The Daily Record. All rights reserved.</footer>
<script>trackVisitor();</script></body></html>
"""


def make_pdf(lines_per_page: list[list[str]]) -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    for lines in lines_per_page:
        y = 800
        for line in lines:
            pdf.drawString(72, y, line)
            y -= 16
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def make_encrypted_pdf() -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf([["secret statement"]]))))
    writer.encrypt("password")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def write_corpus(folder: Path) -> dict[str, Path]:
    """One good file per format, with a sidecar for the text file."""
    folder.mkdir(parents=True, exist_ok=True)
    files = {
        "txt": folder / "testimony.txt",
        "md": folder / "notes.md",
        "html": folder / "report.html",
        "pdf": folder / "statement.pdf",
    }
    files["txt"].write_text(TESTIMONY, encoding="utf-8")
    files["md"].write_text(
        "# Notes\n\nThe families have had no contact since 2011.\n", encoding="utf-8"
    )
    files["html"].write_text(HTML_PAGE, encoding="utf-8")
    files["pdf"].write_bytes(
        make_pdf(
            [
                ["Statement of the Council", "No member was ever detained."],
                ["Page two", "Members are free to leave at any time."],
            ]
        )
    )
    (folder / "testimony.meta.yaml").write_text(
        "title: Testimony of a former resident\npublisher: Families Association\n"
        "published: 2019-05\nlanguage: en\nstance: former members (hostile to the group)\n",
        encoding="utf-8",
    )
    return files
