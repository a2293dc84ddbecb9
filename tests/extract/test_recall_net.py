"""The act classifier under the wordings (extract/recall.py), on sentences written here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from testimonies.cli.main import app
from testimonies.errors import InputError
from testimonies.extract import settings
from testimonies.extract.recall import (
    ActClassifier,
    ActModel,
    read_classifier,
    sentence_features,
    shipped_classifier,
)
from testimonies.extract.recall_train import train_classifier
from testimonies.extract.spacy_extractor import SpacyExtractor, load_pipeline
from testimonies.extract.vocab import load_acts
from tests.extract.conftest import claims_of, only

# "scold" is no wording of acts.yaml: only a model can read it as an act
SCOLDING = ActClassifier(
    version="test",
    threshold=0.8,
    models=(ActModel("psychological_abuse", -2.0, {"l:scold": 5.0, "d:scold>dobj>prisoner": 1.0}),),
)


@pytest.fixture(scope="module")
def scolding_extractor() -> SpacyExtractor:
    made = SpacyExtractor()
    made.recall = SCOLDING
    return made


def test_features_are_content_lemmas_and_verb_arguments() -> None:
    sent = next(load_pipeline("en_core_web_sm")("The guards did not feed the prisoners.").sents)
    features = sentence_features(sent)
    assert {"l:guard", "l:feed", "l:prisoner", "d:feed>dobj>prisoner", "neg"} <= features
    assert "l:the" not in features


def test_the_weightiest_word_heads_the_act() -> None:
    sent = next(load_pipeline("en_core_web_sm")("Every night they scolded the prisoners.").sents)
    [(act, head)] = SCOLDING.acts(sent)
    assert (act, head.lemma_) == ("psychological_abuse", "scold")


def test_below_the_threshold_the_net_is_silent() -> None:
    sent = next(load_pipeline("en_core_web_sm")("They cooked rice for the prisoners.").sents)
    assert SCOLDING.acts(sent) == []


def test_a_sentence_no_wording_matched_gets_a_claim_with_roles(
    scolding_extractor: SpacyExtractor,
) -> None:
    text = "The camp was far from town. In 2004 the guards scolded Omar Haddad in the yard."
    claim = only(claims_of(scolding_extractor, text), "psychological_abuse")
    assert claim.victims == ["Omar Haddad"]
    assert claim.perpetrators == ["the guards"]
    assert claim.start == "2004"


def test_the_net_reads_only_texts_that_tell_of_custody(scolding_extractor: SpacyExtractor) -> None:
    # a school's teachers scolding a pupil: the words of an act, not a text about custody
    assert claims_of(scolding_extractor, "In 2004 the teachers scolded Omar Haddad.") == []


IN_CAMP = "The camp was far from town."
SCOLDED_AND_BEATEN = f"{IN_CAMP} The guards scolded Omar Haddad and beat him."


def test_beside_a_wording_the_net_finds_another_act_at_another_word(
    scolding_extractor: SpacyExtractor,
) -> None:
    claims = claims_of(scolding_extractor, SCOLDED_AND_BEATEN)
    assert sorted(c.act for c in claims) == ["physical_assault", "psychological_abuse"]
    assert only(claims, "psychological_abuse").victims == ["Omar Haddad"]


def test_the_net_does_not_repeat_an_act_a_wording_found(scolding_extractor: SpacyExtractor) -> None:
    made = SpacyExtractor()
    made.recall = ActClassifier(
        "test", 0.8, (ActModel("physical_assault", -2.0, {"l:scold": 5.0}),)
    )
    claims = claims_of(made, SCOLDED_AND_BEATEN)
    assert [c.act for c in claims] == ["physical_assault"]


def test_with_the_switch_off_the_net_is_silent_where_a_wording_matched(
    scolding_extractor: SpacyExtractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settings, "NET_BESIDE_WORDINGS", False)
    claims = claims_of(scolding_extractor, SCOLDED_AND_BEATEN)
    assert [c.act for c in claims] == ["physical_assault"]


def test_the_shipped_model_knows_only_codes_of_the_vocabulary() -> None:
    model = shipped_classifier()
    codes = set(load_acts().codes)
    assert {m.act for m in model.models} <= codes
    assert len(model.models) >= 15
    assert 0.5 <= model.threshold < 1.0


GOLD_TEXT = "The soldiers flogged Amal Rahimi at the barracks. The harvest was good that year.\n"


def _gold_dir(root: Path) -> Path:
    root.mkdir()
    (root / "a.txt").write_text(GOLD_TEXT, encoding="utf-8")
    start = GOLD_TEXT.index("The soldiers")
    end = GOLD_TEXT.index(" The harvest")
    claim = {
        "document": "a.txt",
        "act": "physical_assault",
        "victims": ["Amal Rahimi"],
        "perpetrators": ["The soldiers"],
        "place": "the barracks",
        "start": None,
        "end": None,
        "asserted_by": None,
        "polarity": "asserted",
        "evidence": {"start": start, "end": end, "quote": GOLD_TEXT[start:end]},
    }
    (root / "a.jsonl").write_text(json.dumps(claim) + "\n", encoding="utf-8")
    return root


def test_training_learns_the_words_of_labelled_sentences(tmp_path: Path) -> None:
    model = train_classifier([_gold_dir(tmp_path / "gold")], load_pipeline("en_core_web_sm"))
    [assault] = model.models
    assert assault.act == "physical_assault"
    assert assault.weights["l:flog"] > 0
    assert assault.weights.get("l:harvest", 0.0) < assault.weights["l:flog"]


def test_train_recall_command_writes_a_model_the_extractor_can_read(tmp_path: Path) -> None:
    gold = _gold_dir(tmp_path / "gold")
    out = tmp_path / "model.json"
    result = CliRunner().invoke(app, ["train-recall", str(gold), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert [m.act for m in read_classifier(out).models] == ["physical_assault"]


def test_a_folder_without_gold_is_refused(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = CliRunner().invoke(
        app, ["train-recall", str(tmp_path / "empty"), "--out", str(tmp_path / "m.json")]
    )
    assert result.exit_code != 0
    assert "no *.jsonl gold files" in result.output


def test_a_broken_model_file_is_named_in_the_error(tmp_path: Path) -> None:
    bad = tmp_path / "model.json"
    bad.write_text('{"acts": {"torture": {"bias": "high"}}}', encoding="utf-8")
    with pytest.raises(InputError, match=r"model\.json"):
        read_classifier(bad)


def test_a_text_longer_than_the_parser_takes_is_read_in_chunks(tmp_path: Path) -> None:
    nlp = load_pipeline("en_core_web_sm")
    longest = nlp.max_length
    nlp.max_length = 60  # shorter than the gold text: as a book would be for the real limit
    try:
        model = train_classifier([_gold_dir(tmp_path / "gold")], nlp)
    finally:
        nlp.max_length = longest
    [assault] = model.models
    assert assault.weights["l:flog"] > 0


def test_a_sentences_own_custody_word_does_not_make_the_text_one_of_custody(
    scolding_extractor: SpacyExtractor,
) -> None:
    lone = "In 2004 the teachers scolded the former prisoner Omar Haddad."
    assert claims_of(scolding_extractor, lone) == []
    told = claims_of(scolding_extractor, f"{IN_CAMP} {lone}")
    assert [c.act for c in told] == ["psychological_abuse"]


def test_with_the_switch_off_the_sentence_vouched_for_itself(
    scolding_extractor: SpacyExtractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settings, "CUSTODY_ELSEWHERE", False)
    lone = "In 2004 the teachers scolded the former prisoner Omar Haddad."
    assert [c.act for c in claims_of(scolding_extractor, lone)] == ["psychological_abuse"]


def test_what_an_if_clause_supposes_is_no_act_for_the_net(
    scolding_extractor: SpacyExtractor,
) -> None:
    text = f"{IN_CAMP} If the guards scolded Omar Haddad, his mother wept."
    assert claims_of(scolding_extractor, text) == []


def test_with_the_switch_off_the_net_read_the_condition_as_an_act(
    scolding_extractor: SpacyExtractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settings, "NET_NOT_IN_CONDITIONS", False)
    text = f"{IN_CAMP} If the guards scolded Omar Haddad, his mother wept."
    assert [c.act for c in claims_of(scolding_extractor, text)] == ["psychological_abuse"]
