"""Claims into acts, conflicts, the person timeline and the linked exports, on a real store."""

from __future__ import annotations

import json

from sqlalchemy import select
from typer.testing import CliRunner

from testimonies.assess.timeline import person_timeline
from testimonies.cli.main import app
from testimonies.export.linked import acts_jsonl, entities_jsonl
from testimonies.link.acts import conflicts, edtf_interval, gap_days, link_all
from testimonies.store.db import Store, open_store
from testimonies.store.schema import ActClaim, AuditEntry
from tests.linking.helpers import add_claim, add_document, add_mention

DOC_A = (
    "Mohammad Hossein Sobhani was held alone in a cell from September 1992 to 2001. "
    "The MEK later handed Sobhani to the police in 2003."
)
DOC_B = "Mohammed Hussein Sobhani spent years in solitary confinement from 1993 at Camp Ashraf."
DOC_C = "The MEK says Sobhani was never held in solitary confinement."


def build(url: str) -> Store:
    store = open_store(url)
    with store.session() as session:
        a = add_document(session, "a.txt", DOC_A)
        b = add_document(session, "b.txt", DOC_B)
        c = add_document(session, "c.txt", DOC_C)
        add_mention(session, a, "Mohammad Hossein Sobhani", "PERSON")
        add_mention(session, a, "Sobhani", "PERSON", nth=2)
        add_mention(session, a, "MEK", "ORG")
        add_mention(session, b, "Mohammed Hussein Sobhani", "PERSON")
        add_mention(session, c, "MEK", "ORG")
        add_mention(session, c, "Sobhani", "PERSON")
        add_claim(
            session, a, "held alone in a cell from September 1992 to 2001", "solitary_confinement",
            victims=["Mohammad Hossein Sobhani"], perpetrators=["MEK"], start="1992-09", end="2001",
        )  # fmt: skip
        add_claim(
            session, a, "handed Sobhani to the police in 2003", "handover",
            victims=["Sobhani"], perpetrators=["MEK"], start="2003",
        )  # fmt: skip
        add_claim(
            session, b, "spent years in solitary confinement from 1993 at Camp Ashraf",
            "solitary_confinement", victims=["Mohammed Hussein Sobhani"], place="Camp Ashraf",
            start="1993", end=None,
        )  # fmt: skip
        add_claim(
            session, c, "Sobhani was never held in solitary confinement", "solitary_confinement",
            victims=["Sobhani"], perpetrators=["The MEK"], polarity="denied",
        )  # fmt: skip
        link_all(session)
    return store


def test_edtf_intervals_and_gaps() -> None:
    assert gap_days(edtf_interval("1992-09", "2001"), edtf_interval("1993")) == 0
    assert gap_days(edtf_interval("1991"), edtf_interval("1995~")) == 1097
    assert edtf_interval("199X") is not None and edtf_interval("soon") is None


def test_claims_on_one_victim_become_one_act_with_conflicts(store_url: str) -> None:
    store = build(store_url)
    with store.session() as session:
        acts = {a["act"]: a for a in acts_jsonl(session)}
        relations = sorted(r for r in session.execute(select(ActClaim.relation)).scalars())
    solitary = acts["solitary_confinement"]
    assert len(solitary["claims"]) == 3
    assert solitary["victims"] == ["Mohammad Hossein Sobhani"]
    fields = {c["field"]: c["values"] for c in solitary["conflicts"]}
    assert fields["polarity"] == ["asserted", "denied"]
    assert fields["start"] == ["1992-09", "1993"]  # as in spec section 5's example
    assert "place" not in fields  # a place given by one claim only is no disagreement
    assert {"denies", "supports"} <= set(relations)
    assert "handover" in acts and len(acts["handover"]["claims"]) == 1


def test_disjoint_dates_are_a_conflict_not_a_second_act(store_url: str) -> None:
    store = open_store(store_url)
    with store.session() as session:
        one = add_document(session, "one.txt", "Karim Haqi was killed in April 2003 by guards.")
        two = add_document(session, "two.txt", "Karim Haghi died in a car accident in 2004.")
        add_mention(session, one, "Karim Haqi", "PERSON")
        add_mention(session, two, "Karim Haghi", "PERSON")
        add_claim(
            session,
            one,
            "Karim Haqi was killed in April 2003 by guards",
            "killing",
            victims=["Karim Haqi"],
            perpetrators=["guards"],
            start="2003-04",
        )
        add_claim(
            session,
            two,
            "Karim Haghi died in a car accident in 2004",
            "killing",
            victims=["Karim Haghi"],
            start="2004",
            polarity="denied",
        )
        link_all(session)
        acts = list(acts_jsonl(session))
    assert len(acts) == 1
    fields = {c["field"] for c in acts[0]["conflicts"]}
    assert {"start", "end", "polarity"} <= fields


def test_conflicts_list_each_field_with_its_values() -> None:
    from testimonies.link.acts import ClaimView

    def claim(i: int, **kw: object) -> ClaimView:
        base = dict(
            id=i, document_id=i, document=f"{i}.txt", act="killing", victims=("36 residents",),
            perpetrators=(), place=None, start=None, end=None, count=None, polarity="asserted",
            evidence_start=0, evidence_end=5, quote="q",
        )  # fmt: skip
        base.update(kw)
        return ClaimView(**base)  # type: ignore[arg-type]

    found = conflicts([
        claim(1, place="Camp Nour", perpetrators=("soldiers",)),
        claim(2, victims=("three residents",), place="Khalis hospital", polarity="denied"),
        claim(3, victims=("11 people",), place="Camp Nour", perpetrators=("the police",)),
    ])  # fmt: skip
    fields = {c.field: c.values for c in found}
    assert fields["count"] == ["36", "11"]
    assert fields["polarity"] == ["asserted", "denied"]
    assert fields["perpetrators"] == ["soldiers", "the police"]
    assert "place" in fields


def test_person_timeline_in_time_order(store_url: str) -> None:
    store = build(store_url)
    with store.session() as session:
        timeline = person_timeline(session, "Muhammad Husayn Sobhani")
    assert timeline.name == "Mohammad Hossein Sobhani"
    assert [a.act for a in timeline.acts] == ["solitary_confinement", "handover"]
    assert {d for d, _ in timeline.documents} == {"a.txt", "b.txt", "c.txt"}
    data = timeline.to_dict()
    assert data["acts"][0]["claims"][0]["evidence"]["quote"]


def test_exports_have_exactly_the_spec_shape(store_url: str) -> None:
    store = build(store_url)
    with store.session() as session:
        persons = list(entities_jsonl(session, "person"))
        organizations = list(entities_jsonl(session, "organization"))
        acts = list(acts_jsonl(session))
    sobhani = next(p for p in persons if p["name"] == "Mohammad Hossein Sobhani")
    assert set(sobhani) == {"id", "name", "mentions"}
    assert sobhani["id"].startswith("P-")
    assert sobhani["mentions"][0] == {
        "document": "a.txt", "start": 0, "end": 24, "text": "Mohammad Hossein Sobhani"
    }  # fmt: skip
    assert len(sobhani["mentions"]) == 4
    assert len(organizations) == 1 and organizations[0]["id"].startswith("O-")
    for act in acts:
        assert set(act) == {"id", "act", "victims", "claims", "conflicts"}
        assert act["id"].startswith("A-")
        for claim in act["claims"]:
            assert set(claim) == {"document", "evidence", "polarity"}
            assert set(claim["evidence"]) == {"start", "end"}
    start = DOC_A.index("held alone")
    solitary = next(a for a in acts if a["act"] == "solitary_confinement")
    assert solitary["claims"][0] == {
        "document": "a.txt",
        "evidence": {
            "start": start,
            "end": start + len("held alone in a cell from September 1992 to 2001"),
        },
        "polarity": "asserted",
    }


def test_act_ids_are_stable_and_changes_are_logged(store_url: str) -> None:
    store = build(store_url)
    with store.session() as session:
        before = [a["id"] for a in acts_jsonl(session)]
        link_all(session)
        after = [a["id"] for a in acts_jsonl(session)]
        actions = {e.action for e in session.execute(select(AuditEntry)).scalars()}
    assert before == after
    assert {"act.create", "link.acts", "judgement.add", "entity.create"} <= actions


def test_cli_link_review_judge_person_export(tmp_path: object, sqlite_url: str) -> None:
    build(sqlite_url)
    runner = CliRunner()
    db = ["--db", sqlite_url]
    assert runner.invoke(app, [*db, "link"]).exit_code == 0
    review = runner.invoke(app, [*db, "review", "--json"])
    assert review.exit_code == 0 and isinstance(json.loads(review.stdout), list)
    person = runner.invoke(app, [*db, "person", "Sobhani Mohammad Hossein", "--json"])
    assert person.exit_code == 0, person.output
    assert json.loads(person.stdout)["name"] == "Mohammad Hossein Sobhani"
    exported = runner.invoke(app, [*db, "export", "persons", "--jsonl"])
    rows = [json.loads(line) for line in exported.stdout.splitlines()]
    assert exported.exit_code == 0 and rows and all("mentions" in r for r in rows)
    no_format = runner.invoke(app, [*db, "export", "acts"])  # JSON Lines, the only format
    as_jsonl = runner.invoke(app, [*db, "export", "acts", "--jsonl"])
    assert no_format.exit_code == 0 and no_format.stdout == as_jsonl.stdout
    bad = runner.invoke(app, [*db, "judge", "mention:1", "mention:99999", "--same"])
    assert bad.exit_code == 2 and "mention:99999" in bad.output
    both = runner.invoke(app, [*db, "judge", "mention:1", "mention:2", "--same", "--different"])
    assert both.exit_code == 2 and "exactly one" in both.output
    unknown = runner.invoke(app, [*db, "person", "Nobody Known"])
    assert unknown.exit_code == 2 and "Nobody Known" in unknown.output
