"""Denials that point back: 'Former members say the group beat them. The group denies those
accusations.' The second sentence names no act; it denies the acts of the last sentence that told
any (in its paragraph or the one before), as the accused's word against them."""

from __future__ import annotations

import dataclasses

from spacy.tokens import Span, Token

from testimonies.extract import grammar as g
from testimonies.model.claims import ClaimRecord, Evidence


def denier_of_allegations(
    sent: Span, denial_verbs: frozenset[str], allegation_nouns: frozenset[str]
) -> Token | None:
    """Who denies, in a sentence that denies allegations told elsewhere ('The group denies those
    accusations', 'Grace Road has refuted these claims', 'a statement denying former members'
    allegations'); None where the allegations are said here ('rejects the claim that members
    were starved': that clause is read as a denied act itself) or nothing is denied."""
    for verb in sent:
        if verb.lemma_.lower() not in denial_verbs or verb.pos_ not in ("VERB", "AUX"):
            continue
        if g.negated(verb):
            continue  # "nobody denied the accusations"
        allegations = g.direct_object(verb)
        if allegations is None or allegations.lemma_.lower() not in allegation_nouns:
            continue
        if any(c.dep_ in ("acl", "relcl", "ccomp", "prep") for c in allegations.children):
            continue  # "the claim that ...", "allegations of torture": told here
        return _denier(verb)
    return None


def _denier(verb: Token) -> Token | None:
    subject = g.subject(verb)
    if subject is None and verb.dep_ in ("acl", "xcomp", "advcl"):
        # "issued a statement denying ...": who issued it
        above = verb.head if verb.head.pos_ in ("VERB", "AUX") else verb.head.head
        subject = g.subject(above)
    if subject is None or g.is_nobody(subject):
        return None  # "nobody denied the accusations"
    return subject


def denied_again(
    told: list[ClaimRecord], denier: str, span: tuple[int, int], quote: str
) -> list[ClaimRecord]:
    """The acts told before, denied by the denier: one claim for each act, with the victims and
    doers of its first telling, of no time (a denial dates nothing), quoted by the denial."""
    denied: list[ClaimRecord] = []
    acts: set[str] = set()
    for claim in told:
        if claim.polarity != "asserted" or claim.act in acts:
            continue
        acts.add(claim.act)
        denied.append(
            dataclasses.replace(
                claim,
                polarity="denied",
                asserted_by=denier,
                perpetrators=claim.perpetrators or [denier],
                start=None,
                end=None,
                duration=None,
                evidence=Evidence(span[0], span[1], quote),
            )
        )
    return denied
