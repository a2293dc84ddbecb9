"""An extractor that asks an OpenAI-compatible chat endpoint (vLLM, llama.cpp server, Ollama...).

The text goes out in windows of whole paragraphs; the model answers in a JSON schema whose act
codes come from the project's vocabulary (acts.yaml). Nothing the model says is taken on trust:
an act code outside the vocabulary, a polarity outside the spec or a date that is not EDTF is
dropped, and a claim whose quote is not found word for word in its window is dropped, so every
claim keeps an exact evidence span. The endpoint is a setting (environment or arguments); nothing
is downloaded.

    TESTIMONIES_LLM_URL=http://localhost:8000/v1 TESTIMONIES_LLM_MODEL=qwen2.5-7b-instruct \\
        testimonies extract --extractor chat
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx

from testimonies.errors import InputError, ServiceError
from testimonies.extract.base import ExtractionResult
from testimonies.extract.chunks import paragraphs
from testimonies.extract.vocab import ActVocabulary, load_acts
from testimonies.model.claims import ClaimRecord, Evidence, MentionRecord
from testimonies.model.edtf import EdtfError, check_edtf

PROMPT_VERSION = "1"
WINDOW_CHARS = 6000
POLARITIES = ("asserted", "denied")
MENTION_LABELS = ("PERSON", "ORG", "PLACE")
SPACE = re.compile(r"\s+")
CLAIM_KEYS = ("act", "victims", "perpetrators", "place", "start", "end", "asserted_by", "polarity",
              "quote")  # fmt: skip

RULES = """You extract claims of abuse from a document, for human-rights researchers.
A claim is one act as the document states it: who did what to whom, when, where, according to
whom. One victim with two acts is two claims; one sentence naming three victims of one act is
one claim with three victims. Extract an act only where the text says it happened, or says it
did not (polarity "denied": "no one was ever detained", "members are free to leave"). General
policy statements ("members are not allowed to leave") are claims about the group they name.
Opinions and labels are not acts unless they are a false_accusation.
Fields: victims and perpetrators as written in the text (names or descriptions, "36 residents");
place as written or null; start and end as EDTF dates (1991, 1992-09, 2009-07-28, 1991~ for
"around 1991", 199X for "the 1990s") or null, resolving relative dates against earlier dates in
the text or the publication date; asserted_by: the person or body the text says asserts it (the
narrator of a first-person testimony, the speaker of a quote, the author body of a statement),
or null; quote: the shortest span of the text that states the act, copied character for
character. Also list the mentions: every person, organization and place named, as written.
Act codes:
"""


@dataclass(frozen=True)
class Window:
    offset: int
    text: str


class ChatExtractor:
    """Claims from an OpenAI-compatible /chat/completions endpoint, in the spec's shape."""

    def __init__(
        self,
        url: str | None = None,
        model: str | None = None,
        api_key: str | None = None,
        timeout: float = 300.0,
        vocabulary: ActVocabulary | None = None,
    ) -> None:
        self.url = (url or os.environ.get("TESTIMONIES_LLM_URL") or "").rstrip("/")
        self.model = model or os.environ.get("TESTIMONIES_LLM_MODEL") or ""
        if not self.url or not self.model:
            raise InputError(
                "chat extractor",
                "set TESTIMONIES_LLM_URL (e.g. http://localhost:8000/v1) and TESTIMONIES_LLM_MODEL",
            )
        self.api_key = api_key or os.environ.get("TESTIMONIES_LLM_KEY") or "none"
        self.timeout = timeout
        self.vocabulary = vocabulary or load_acts()
        self.name = "chat"
        self.version = f"{self.model}+prompt{PROMPT_VERSION}+acts{self.vocabulary.version}"

    def extract(self, text: str, document: str, published: str | None = None) -> ExtractionResult:
        claims: list[ClaimRecord] = []
        mentions: list[MentionRecord] = []
        for window in windows(text):
            reply = self._ask(window, published)
            found = read_reply(reply, window, document, self.vocabulary.codes)
            claims.extend(found.claims)
            mentions.extend(found.mentions)
        return ExtractionResult(mentions=mentions, claims=claims)

    def _ask(self, window: Window, published: str | None) -> str:
        body = {
            "model": self.model,
            "temperature": 0,
            "messages": messages(window.text, published, self.vocabulary),
            "response_format": {
                "type": "json_schema",
                "json_schema": {
                    "name": "claims",
                    "strict": True,
                    "schema": reply_schema(self.vocabulary.codes),
                },
            },
        }
        headers = {"Authorization": f"Bearer {self.api_key}"}
        try:
            response = httpx.post(
                f"{self.url}/chat/completions", json=body, headers=headers, timeout=self.timeout
            )
            response.raise_for_status()
            return str(response.json()["choices"][0]["message"]["content"])
        except httpx.TransportError as exc:  # refused, unreachable, timed out: not this text's
            raise ServiceError(f"{self.url}: cannot reach the chat endpoint ({exc})") from exc
        except httpx.HTTPError as exc:
            raise InputError(self.url, f"chat endpoint failed: {exc}") from exc
        except (KeyError, IndexError, TypeError, ValueError) as exc:
            raise InputError(self.url, f"not an OpenAI-compatible chat reply ({exc})") from exc


def windows(text: str, limit: int = WINDOW_CHARS) -> Iterator[Window]:
    """Whole paragraphs gathered up to `limit` characters (a longer paragraph goes alone)."""
    start: int | None = None
    end = 0
    for offset, para in paragraphs(text):
        if not para.strip():
            continue
        if start is not None and offset + len(para) - start > limit:
            yield Window(start, text[start:end])
            start = None
        if start is None:
            start = offset
        end = offset + len(para)
    if start is not None:
        yield Window(start, text[start:end])


def messages(text: str, published: str | None, vocabulary: ActVocabulary) -> list[dict[str, str]]:
    codes = "\n".join(f"- {a.code}: {a.definition}" for a in vocabulary.acts)
    header = f"Publication date: {published}\n" if published else ""
    return [
        {"role": "system", "content": RULES + codes},
        {"role": "user", "content": f"{header}Document:\n{text}"},
    ]


def reply_schema(codes: list[str]) -> dict[str, Any]:
    text_or_null = {"type": ["string", "null"]}
    names = {"type": "array", "items": {"type": "string"}}
    kinds: dict[str, Any] = {
        "act": {"type": "string", "enum": codes},
        "victims": names,
        "perpetrators": names,
        "place": text_or_null,
        "start": text_or_null,
        "end": text_or_null,
        "asserted_by": text_or_null,
        "polarity": {"type": "string", "enum": list(POLARITIES)},
        "quote": {"type": "string"},
    }
    claim = {
        "type": "object",
        "properties": {key: kinds[key] for key in CLAIM_KEYS},
        "required": list(CLAIM_KEYS),
        "additionalProperties": False,
    }
    mention = {
        "type": "object",
        "properties": {
            "text": {"type": "string"},
            "label": {"type": "string", "enum": list(MENTION_LABELS)},
        },
        "required": ["text", "label"],
        "additionalProperties": False,
    }
    return {
        "type": "object",
        "properties": {
            "claims": {"type": "array", "items": claim},
            "mentions": {"type": "array", "items": mention},
        },
        "required": ["claims", "mentions"],
        "additionalProperties": False,
    }


def read_reply(reply: str, window: Window, document: str, codes: list[str]) -> ExtractionResult:
    """The claims and mentions of one reply that hold up against the window's text."""
    try:
        data = json.loads(reply)
    except json.JSONDecodeError as exc:
        raise InputError(document, f"the model's reply is not JSON ({exc.msg})") from exc
    if not isinstance(data, dict):
        raise InputError(document, "the model's reply is not a JSON object")
    claims = [c for item in _items(data, "claims") if (c := _claim(item, window, document, codes))]
    mentions = [m for item in _items(data, "mentions") for m in _mentions(item, window)]
    return ExtractionResult(mentions=mentions, claims=claims)


def locate(quote: str, text: str) -> tuple[int, int] | None:
    """Where `quote` stands in `text`: exactly, else with any run of white space for a space."""
    quote = quote.strip()
    if not quote:
        return None
    found = text.find(quote)
    if found >= 0:
        return found, found + len(quote)
    pattern = r"\s+".join(re.escape(word) for word in SPACE.split(quote))
    match = re.search(pattern, text)
    return (match.start(), match.end()) if match else None


def _items(data: dict[str, Any], key: str) -> list[dict[str, Any]]:
    items = data.get(key)
    return [i for i in items if isinstance(i, dict)] if isinstance(items, list) else []


def _claim(
    item: dict[str, Any], window: Window, document: str, codes: list[str]
) -> ClaimRecord | None:
    if item.get("act") not in codes or item.get("polarity") not in POLARITIES:
        return None
    span = locate(str(item.get("quote") or ""), window.text)
    if span is None:
        return None
    start, end = window.offset + span[0], window.offset + span[1]
    return ClaimRecord(
        document=document,
        act=str(item["act"]),
        victims=_names(item.get("victims")),
        perpetrators=_names(item.get("perpetrators")),
        place=_text(item.get("place")),
        start=_date(item.get("start")),
        end=_date(item.get("end")),
        asserted_by=_text(item.get("asserted_by")),
        polarity=item["polarity"],
        evidence=Evidence(start, end, window.text[span[0] : span[1]]),
    )


def _mentions(item: dict[str, Any], window: Window) -> Iterator[MentionRecord]:
    name, label = str(item.get("text") or "").strip(), item.get("label")
    if len(name) < 2 or label not in MENTION_LABELS:
        return
    for match in re.finditer(re.escape(name), window.text):
        start = window.offset + match.start()
        yield MentionRecord(start, start + len(name), name, label)


def _names(value: Any) -> list[str]:
    if not isinstance(value, list):
        return []
    return [name for v in value if (name := str(v).strip())]


def _text(value: Any) -> str | None:
    return str(value).strip() or None if isinstance(value, str) else None


def _date(value: Any) -> str | None:
    text = _text(value)
    if text is None:
        return None
    try:
        return check_edtf(text)
    except EdtfError:
        return None
