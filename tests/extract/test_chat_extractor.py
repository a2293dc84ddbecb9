"""The chat-endpoint extractor: what it sends, and what it keeps of a reply.

No server is imitated here: the reply-reading tests give `read_reply` model output written by
hand, the way a model may answer (right, half right, invented). The test against a real
OpenAI-compatible server runs only where one is named by TESTIMONIES_LLM_URL and
TESTIMONIES_LLM_MODEL (a local vLLM, llama.cpp or Ollama server).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from testimonies.cli.main import app
from testimonies.errors import InputError, ServiceError
from testimonies.extract.base import available, create
from testimonies.extract.chat_extractor import (
    ChatExtractor,
    Window,
    locate,
    messages,
    read_reply,
    reply_schema,
    windows,
)
from testimonies.extract.vocab import load_acts
from testimonies.store.db import open_store
from testimonies.store.schema import DocumentStage

TEXT = (
    "Press release, 3 May 2012\n\n"
    "Karim Sadeghi, 41, told us that guards of the Organization locked him up in the\n"
    'basement of Camp Sahar in March 2009. "They beat me every night," he said.\n\n'
    'The Organization denies this: "No member has ever been detained," its spokesman said.'
)
CODES = load_acts().codes


def claim(**fields: object) -> dict[str, object]:
    base: dict[str, object] = {
        "act": "detention", "victims": ["Karim Sadeghi"], "perpetrators": ["guards"],
        "place": "Camp Sahar", "start": "2009-03", "end": None, "asserted_by": "Karim Sadeghi",
        "polarity": "asserted", "quote": "locked him up in the basement of Camp Sahar",
    }  # fmt: skip
    base.update(fields)
    return base


def test_windows_are_whole_paragraphs_at_their_offsets() -> None:
    parts = list(windows(TEXT, limit=120))
    assert len(parts) >= 2
    for part in parts:
        assert TEXT[part.offset : part.offset + len(part.text)] == part.text
    joined = "".join(p.text for p in parts)
    assert "Karim Sadeghi" in joined and "spokesman said." in joined
    assert [w.text for w in windows(TEXT)] == [TEXT]


def test_a_quote_is_found_exactly_or_across_line_breaks_never_invented() -> None:
    assert locate("told us that guards", TEXT) == (TEXT.index("told us"), TEXT.index(" of the"))
    wanted = "locked him up in the basement of Camp Sahar"
    span = locate(wanted, TEXT)  # the text breaks the line after "the"
    assert span is not None and "\n" in TEXT[span[0] : span[1]]
    assert TEXT[span[0] : span[1]].split() == wanted.split()
    assert locate("they tortured him", TEXT) is None
    assert locate("   ", TEXT) is None


def test_reply_claims_keep_exact_spans_and_drop_what_the_text_does_not_hold() -> None:
    reply = json.dumps(
        {
            "claims": [
                claim(),
                claim(act="beating", quote="They beat me every night"),  # not a code
                claim(act="physical_assault", quote="They beat me every night", start="March 2009"),
                claim(polarity="maybe"),
                claim(act="torture", quote="they tied him to a chair"),  # not in the text
                claim(
                    polarity="denied",
                    victims=["member"],
                    asserted_by="its spokesman",
                    quote="No member has ever been detained",
                    start=None,
                ),
            ],
            "mentions": [
                {"text": "Karim Sadeghi", "label": "PERSON"},
                {"text": "the Organization", "label": "ORG"},
                {"text": "Camp Sahar", "label": "PLACE"},
                {"text": "Camp Sahar", "label": "WEAPON"},
            ],
        }
    )
    window = Window(10, TEXT)
    result = read_reply(reply, window, "release.txt", CODES)
    acts = [(c.act, c.polarity) for c in result.claims]
    assert acts == [("detention", "asserted"), ("physical_assault", "asserted"),
                    ("detention", "denied")]  # fmt: skip
    for c in result.claims:
        assert c.document == "release.txt"
        assert TEXT[c.evidence.start - 10 : c.evidence.end - 10] == c.evidence.quote
    assert result.claims[0].start == "2009-03" and result.claims[1].start is None
    labels = sorted((m.label, m.text) for m in result.mentions)
    assert labels == [("ORG", "the Organization"), ("PERSON", "Karim Sadeghi"),
                      ("PLACE", "Camp Sahar")]  # fmt: skip
    assert all(TEXT[m.start - 10 : m.end - 10] == m.text for m in result.mentions)


def test_a_reply_that_is_not_json_is_one_clear_error() -> None:
    with pytest.raises(InputError, match=r"release\.txt.*not JSON"):
        read_reply("Sure! Here are the claims:", Window(0, TEXT), "release.txt", CODES)
    assert read_reply('{"claims": "none"}', Window(0, TEXT), "d", CODES).claims == []


def test_schema_and_prompt_come_from_the_vocabulary() -> None:
    schema = reply_schema(CODES)
    item = schema["properties"]["claims"]["items"]
    assert item["properties"]["act"]["enum"] == CODES
    assert sorted(item["required"]) == sorted(item["properties"])  # strict mode needs all keys
    system, user = messages("Some text.", "2012-05-03", load_acts())
    assert all(code in system["content"] for code in CODES)
    assert "2012-05-03" in user["content"] and user["content"].endswith("Some text.")


def test_the_endpoint_is_a_setting_with_a_clear_error_when_missing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("TESTIMONIES_LLM_URL", raising=False)
    monkeypatch.delenv("TESTIMONIES_LLM_MODEL", raising=False)
    assert "chat" in available()
    with pytest.raises(InputError, match="TESTIMONIES_LLM_URL"):
        create("chat")
    extractor = ChatExtractor(url="http://127.0.0.1:9/v1/", model="m")
    assert extractor.url == "http://127.0.0.1:9/v1" and extractor.version.startswith("m+prompt")
    with pytest.raises(ServiceError, match="cannot reach the chat endpoint"):
        extractor.extract("Nobody listens on port 9.", "x.txt")  # a refused connection


def test_a_server_that_cannot_be_reached_stops_the_run_and_fails_no_document(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TESTIMONIES_LLM_URL", "http://127.0.0.1:9/v1")  # nobody listens there
    monkeypatch.setenv("TESTIMONIES_LLM_MODEL", "m")
    db = f"sqlite:///{tmp_path / 't.db'}"
    files = [tmp_path / "a.txt", tmp_path / "b.txt"]
    for path in files:
        path.write_text(f"{TEXT}\n{path.name}", encoding="utf-8")
    runner = CliRunner()
    stored = runner.invoke(app, ["--db", db, "ingest", *map(str, files)])
    assert stored.exit_code == 0, stored.output
    down = runner.invoke(app, ["--db", db, "extract", "--extractor", "chat"])
    assert down.exit_code == 2
    assert down.output.count("cannot reach the chat endpoint") == 1  # once, not once a document
    with open_store(db).session() as session:
        stages = session.scalars(select(DocumentStage.status)).all()
    assert "failed" not in stages  # a later run, with the server up, does both documents


@pytest.mark.skipif(
    not (os.environ.get("TESTIMONIES_LLM_URL") and os.environ.get("TESTIMONIES_LLM_MODEL")),
    reason="no OpenAI-compatible server named by TESTIMONIES_LLM_URL / TESTIMONIES_LLM_MODEL",
)
def test_a_real_server_gives_claims_in_the_spec_shape() -> None:
    result = create("chat").extract(TEXT, "release.txt", "2012-05-03")
    assert result.claims, "a detention, a beating and a denial are stated"
    assert {c.act for c in result.claims} <= set(CODES)
    assert any(c.polarity == "denied" for c in result.claims)
    for c in result.claims:
        assert TEXT[c.evidence.start : c.evidence.end] == c.evidence.quote
