"""Generate the example corpus's PDFs (with a text layer) from the project's own gold texts.

The PDFs are committed; run this again only after changing a source text. The output is
byte-for-byte reproducible (reportlab's invariant mode), so a rerun without changes is a no-op
for `git status` and for `testimonies ingest` (same SHA-256).

Usage: .venv/bin/python examples/corpus/make_pdfs.py
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

HERE = Path(__file__).resolve().parent
GOLD = HERE.parent / "gold" / "train"


@dataclass(frozen=True)
class Pdf:
    name: str  # output file name in this folder
    title: str  # the PDF's document title and its running header
    author: str
    sources: tuple[str, ...]  # gold texts, concatenated in this order
    annex_heading: str | None = None  # printed before the second source, if any


PDFS = (
    Pdf(
        "hroe_no_way_out_2016.pdf",
        "No Way Out: Internal Prisons of the National Deliverance Organization in Qaresh",
        "Human Rights Observatory for Exiles",
        ("002_hroe_report_camp_nour.txt", "015_interview_former_member.txt"),
        "Annex: interview with Witness B (reproduced with the permission of the Hamdeli "
        "Families Association)",
    ),
    Pdf(
        "abdullahzadeh_affidavit_2017.pdf",
        "Affidavit of Hussein Abdullahzadeh",
        "Hussein Abdullahzadeh",
        ("004_affidavit_abdullahzadeh.txt",),
    ),
    Pdf(
        "tavakkoli_nia_judgment_summary_2014.pdf",
        "Summary of judgment, case no. 24 O 311/13",
        "Regional Court, Civil Chamber for Press Matters (press office)",
        ("010_court_summary_tavakolinia.txt",),
    ),
)


def styles() -> dict[str, ParagraphStyle]:
    sheet = getSampleStyleSheet()
    body = ParagraphStyle(
        "body",
        parent=sheet["BodyText"],
        fontName="Times-Roman",
        fontSize=11,
        leading=15,
        spaceAfter=7,
    )
    return {
        "body": body,
        "title": ParagraphStyle(
            "title", parent=sheet["Title"], fontName="Times-Bold", fontSize=15, leading=19
        ),
        "heading": ParagraphStyle(
            "heading", parent=sheet["Heading2"], fontName="Times-Bold", fontSize=12, leading=16
        ),
    }


def paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.split("\n\n") if p.strip()]


def is_heading(paragraph: str) -> bool:
    # Short lines without a final full stop read as headings in these documents.
    return len(paragraph) < 90 and "\n" not in paragraph and not paragraph.endswith((".", ":"))


def story(pdf: Pdf, style: dict[str, ParagraphStyle]) -> list[object]:
    flow: list[object] = []
    for index, source in enumerate(pdf.sources):
        if index and pdf.annex_heading:
            flow += [Spacer(1, 0.6 * cm), Paragraph(escape(pdf.annex_heading), style["heading"])]
        for number, para in enumerate(paragraphs((GOLD / source).read_text(encoding="utf-8"))):
            kind = "title" if number == 0 and index == 0 else "body"
            if kind == "body" and is_heading(para):
                kind = "heading"
            flow.append(Paragraph(escape(para).replace("\n", "<br/>"), style[kind]))
    return flow


def page_furniture(pdf: Pdf) -> object:
    def draw(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont("Times-Italic", 8)
        canvas.drawString(2 * cm, A4[1] - 1.2 * cm, pdf.author)
        canvas.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"Page {doc.page}")
        canvas.restoreState()

    return draw


def build(pdf: Pdf) -> Path:
    out = HERE / pdf.name
    doc = SimpleDocTemplate(
        str(out),
        pagesize=A4,
        title=pdf.title,
        author=pdf.author,
        leftMargin=2.5 * cm,
        rightMargin=2.5 * cm,
        topMargin=2.2 * cm,
        bottomMargin=2.2 * cm,
        invariant=1,
    )
    furniture = page_furniture(pdf)
    doc.build(story(pdf, styles()), onFirstPage=furniture, onLaterPages=furniture)
    return out


def main() -> None:
    for pdf in PDFS:
        print(build(pdf).name)


if __name__ == "__main__":
    main()
