"""Sentence vectors (extract/sentence_vectors.py) and the act classifier that weighs them."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from testimonies.errors import InputError
from testimonies.extract.recall import (
    ActClassifier,
    ActModel,
    classifier_from_dict,
    read_classifier,
    shipped_classifier,
    shipped_veto,
    write_classifier,
)
from testimonies.extract.sentence_vectors import (
    DIMENSIONS,
    MAX_TOKENS,
    VOCAB_FILE,
    WordPiece,
    shipped_encoder,
)
from testimonies.extract.spacy_extractor import SpacyExtractor, load_pipeline
from tests.extract.conftest import claims_of

VOCAB = Path(__file__).parents[2] / "src" / "testimonies" / "vocab" / VOCAB_FILE


@pytest.fixture(scope="module")
def wordpiece() -> WordPiece:
    return WordPiece(VOCAB.read_text(encoding="utf-8").splitlines())


def _pieces(wordpiece: WordPiece, text: str) -> list[str]:
    vocabulary = VOCAB.read_text(encoding="utf-8").splitlines()
    return [vocabulary[i] for i in wordpiece.encode(text)]


def test_words_split_at_punctuation_and_into_known_pieces(wordpiece: WordPiece) -> None:
    assert _pieces(wordpiece, "He was thrashed.") == [
        "[CLS]",
        "he",
        "was",
        "thrash",
        "##ed",
        ".",
        "[SEP]",
    ]


def test_case_and_accents_are_dropped_as_the_encoder_was_trained(wordpiece: WordPiece) -> None:
    assert _pieces(wordpiece, "CAFÉ Naïve") == ["[CLS]", "cafe", "naive", "[SEP]"]


def test_a_word_longer_than_any_piece_is_unknown(wordpiece: WordPiece) -> None:
    assert _pieces(wordpiece, "x" * 120) == ["[CLS]", "[UNK]", "[SEP]"]


def test_a_long_sentence_is_cut_at_the_encoders_limit(wordpiece: WordPiece) -> None:
    ids = wordpiece.encode("they beat him " * 200)
    assert len(ids) == MAX_TOKENS
    assert ids[-1] == wordpiece.last


def test_sentences_that_say_the_same_lie_closer_than_others() -> None:
    beaten, thrashed, weather = shipped_encoder().encode(
        [
            "The guards beat him every night.",
            "Every night he was thrashed by the warders.",
            "The weather was mild that spring.",
        ]
    )
    assert np.linalg.norm(beaten) == pytest.approx(1.0, abs=1e-4)
    assert float(beaten @ thrashed) > float(beaten @ weather) + 0.2


def test_the_encoder_reads_an_empty_list_and_unusual_text() -> None:
    assert shipped_encoder().encode([]).shape == (0, DIMENSIONS)
    odd = shipped_encoder().encode(["", "\x00\u200b", "北京 ½ Ⅻ"])
    assert odd.shape == (3, DIMENSIONS)
    assert np.isfinite(odd).all()


def test_the_shipped_veto_model_weighs_vectors() -> None:
    model = shipped_veto()
    assert model.uses_vectors
    assert 0.0 < model.veto < 0.5
    assert all(len(m.vector) == DIMENSIONS for m in model.models)
    assert not shipped_classifier().uses_vectors  # the net that adds acts reads words only


@pytest.mark.parametrize(
    ("text", "act"),
    [
        # "club" is a weapon to the wordings
        (
            "He was a member of the debating club at the university before his arrest.",
            "physical_assault",
        ),
        # a death, but nobody's doing
        ("In the camp, my uncle had a heart attack and died in 2004.", "killing"),
    ],
)
def test_the_veto_drops_an_act_the_sentence_does_not_tell(
    extractor: SpacyExtractor, vetoing_extractor: SpacyExtractor, text: str, act: str
) -> None:
    assert act in [c.act for c in claims_of(extractor, text)]
    assert act not in [c.act for c in claims_of(vetoing_extractor, text)]


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("The guards beat Amal Rahimi in the yard in 2019.", "physical_assault"),
        ("They kept us in a cell without food for three days.", "deprivation"),
        # a word the gold never used: the model cannot judge it, the wording stands
        ("Detainees were waterboarded.", "torture"),
    ],
)
def test_the_veto_keeps_acts_the_sentence_tells(
    vetoing_extractor: SpacyExtractor, text: str, act: str
) -> None:
    assert act in [c.act for c in claims_of(vetoing_extractor, text)]


def _sent(text: str):  # type: ignore[no-untyped-def]
    return next(load_pipeline("en_core_web_sm")(text).sents)


def test_the_vector_moves_the_probability() -> None:
    toward = np.ones(DIMENSIONS, dtype=np.float32) / np.sqrt(DIMENSIONS)
    model = ActModel("psychological_abuse", -1.0, {}, tuple(float(v) for v in toward * 4))
    classifier = ActClassifier("t", 0.8, (model,), veto=0.1, vector_scale=1.0)
    sent = _sent("Every night they shouted at the prisoners.")
    assert [act for act, _ in classifier.acts(sent, -toward)] == []
    assert classifier.vetoed(sent, -toward) == {"psychological_abuse"}
    assert classifier.vetoed(sent, toward) == set()
    assert classifier.vetoed(sent, None) == set()  # no vector, no veto


def test_a_worded_act_the_model_rules_out_is_dropped() -> None:
    ex = SpacyExtractor(veto=True)
    text = "The guards beat Amal Rahimi in the yard in 2019."
    [worded] = claims_of(ex, text)
    assert worded.act == "physical_assault"
    assert ex.encoder is not None
    vector = ex.encoder.encode([text])[0]
    # weights pointing away from this sentence's meaning: the model all but rules it out
    against = tuple(float(v) for v in -vector * 10)
    model = ActModel("physical_assault", 0.0, {"l:beat": 0.1}, against)
    ex.veto = ActClassifier("t", 0.9, (model,), veto=0.05, vector_scale=1.0)
    assert claims_of(ex, text) == []
    # ... unless its words alone make the act likely enough (the gate)
    ex.veto = replace(ex.veto, veto_gate=-1.0)
    assert [c.act for c in claims_of(ex, text)] == ["physical_assault"]
    # ... or the model never learned the word the act was read off
    unknown = ActModel("physical_assault", 0.0, {"l:kick": 0.1}, against)
    ex.veto = ActClassifier("t", 0.9, (unknown,), veto=0.05, vector_scale=1.0)
    assert [c.act for c in claims_of(ex, text)] == ["physical_assault"]


def test_vector_weights_survive_writing_and_reading(tmp_path: Path) -> None:
    model = ActModel("torture", 0.5, {"l:shock": 1.5}, tuple([0.25] * DIMENSIONS))
    written = ActClassifier("t", 0.9, (model,), ("dev",), veto=0.05, vector_scale=3.0)
    path = tmp_path / "m.json"
    write_classifier(written, path)
    assert read_classifier(path) == written


def test_vector_weights_of_the_wrong_length_are_refused() -> None:
    data = {
        "version": "t",
        "threshold": 0.9,
        "veto": 0.05,
        "vector_scale": 3.0,
        "acts": {"torture": {"bias": 0.0, "weights": {}, "vector": [0.1, 0.2]}},
    }
    with pytest.raises(InputError, match="2"):
        classifier_from_dict(json.loads(json.dumps(data)), "m.json")


def test_training_with_vectors_writes_their_weights_and_the_veto(tmp_path: Path) -> None:
    from testimonies.extract.recall_train import Training, train_classifier
    from tests.extract.test_recall_net import _gold_dir

    nlp = load_pipeline("en_core_web_sm")
    gold = [_gold_dir(tmp_path / "gold")]
    model = train_classifier(gold, nlp, Training(vectors=True, veto=0.05))
    [assault] = model.models
    assert len(assault.vector) == DIMENSIONS
    assert any(abs(w) > 0 for w in assault.vector)
    assert (model.veto, model.uses_vectors) == (0.05, True)
    words_only = train_classifier(gold, nlp)
    assert words_only.version != model.version
    assert not words_only.uses_vectors
    assert words_only.models[0].vector == ()


def test_train_recall_writes_a_veto_model_and_refuses_a_veto_without_vectors(
    tmp_path: Path,
) -> None:
    from typer.testing import CliRunner

    from testimonies.cli.main import app
    from tests.extract.test_recall_net import _gold_dir

    gold = str(_gold_dir(tmp_path / "gold"))
    out = tmp_path / "veto.json"
    runner = CliRunner()
    refused = runner.invoke(app, ["train-recall", gold, "--out", str(out), "--veto", "0.05"])
    assert refused.exit_code == 2
    assert "--veto needs --vectors" in refused.output
    assert not out.exists()
    made = runner.invoke(
        app, ["train-recall", gold, "--out", str(out), "--vectors", "--veto", "0.05"]
    )
    assert made.exit_code == 0, made.output
    assert "sentence vectors, veto 0.05" in made.output
    model = read_classifier(out)
    assert (model.veto, model.uses_vectors) == (0.05, True)


def test_a_vector_model_shipped_as_the_net_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    from testimonies.extract import spacy_extractor

    model = ActModel("torture", 0.0, {}, tuple([0.0] * DIMENSIONS))
    vectors = ActClassifier("t", 0.9, (model,), vector_scale=3.0)
    monkeypatch.setattr(spacy_extractor, "shipped_classifier", lambda: vectors)
    with pytest.raises(InputError, match=r"act_veto\.json"):
        SpacyExtractor()
