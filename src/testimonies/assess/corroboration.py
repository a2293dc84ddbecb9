"""Weigh each act by the independent sources that state it and those that deny it.

No truth score: for every act, how many *independent* sources support it, how many deny it, who
they are and which side they stand on. The rules, simple enough to check by hand:

**Who speaks in a claim (its voice).** A claim with ``asserted_by`` is the quoted witness's; a
claim without it is the document's own voice, which is its publisher's (or its author's when the
document names no publisher, or the document's alone when it names neither).

**Documents of one source.** Documents are one source when they have the same publisher (sub-units
and editions are the publisher: "NDO, Office of the Spokesman" = "NDO, Secretariat"; aliases from
``vocab/names/organizations.yaml``), or, without a publisher, the same author (names compared by
``compare_names``); and a copy or version of a document (same SHA-256, same source path, same URL)
is the document.

**A witness who publishes.** A witness whose name is a publisher's (its name, alias, the acronym
in its parentheses or its initials: "NDO" quoted in a wire story)
or the author of a stored document (the spokesman who signs the group's statements) is that
document's source. Other witnesses are identified by their linked person (or organization) in
the document, else by an organization alias, else by their full name; two witnesses are one when
``compare_names`` says ``same``. A phrase ("one resident", "they") or a lone name part ("Ali")
identifies no one outside its own document.

**Independent sources of an act.** The claims under an act are split by polarity (supporting:
asserted; denying: denied). On each side, two claims depend on each other when they have the same
voice, witnesses whose names compare ``same``, or come from documents of one source (a publisher
stands behind what it prints, quoted witnesses included). The independent sources are the groups
of claims connected this way: a witness told twice counts once, two publishers count twice.
Superseded claims and claims a reviewer marked ``wrongly_extracted`` are not read.

**Stance classes** (``hostile``, ``accused``, ``neutral``, ``unknown``) come from keyword rules in
``assess/sources.yaml``, read on the document's ``stance`` metadata; for a witness: the stance of
the document they publish, else the rules read on the witness's own words ("several former
members"), else their role (a victim or relative speaking: hostile), else the class of a partisan
publisher presenting them, else ``unknown``. A source made of several voices takes the stance of
its most frequent voice. Support is *broad* when supporting sources hold two or more known stance
classes (a hostile witness and a neutral body).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from typing import Any

import yaml
from sqlalchemy import select
from sqlalchemy.orm import Session

from testimonies.errors import InputError
from testimonies.link.acts import (
    ClaimView,
    StoredAct,
    looks_like_name,
    person_mentions,
    stored_acts,
)
from testimonies.link.disjoint import DisjointSets
from testimonies.link.entities import clean_text
from testimonies.link.names import compare_names
from testimonies.link.organizations import alias_form, organization_key
from testimonies.link.variants import plain
from testimonies.store.claims import act_code
from testimonies.store.schema import Document

CLASSES = ("hostile", "accused", "neutral", "unknown")
_PAREN = re.compile(r"\(([^)]*)\)")


# --- stance rules ---------------------------------------------------------------------------


@dataclass(frozen=True)
class StanceRules:
    rules: tuple[tuple[str, re.Pattern[str]], ...]
    speaker_roles: dict[str, str]
    inherited: frozenset[str]

    def classify(self, text: str | None) -> str | None:
        """The class of the first rule with a keyword in ``text``; None when none matches."""
        for stance_class, pattern in self.rules:
            if text and pattern.search(text):
                return stance_class
        return None


def _pattern(keywords: Iterable[str]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(str(k)) for k in keywords) or "(?!)"
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE)


def _rule(entry: dict[str, Any]) -> tuple[str, re.Pattern[str]]:
    stance_class = str(entry["class"])
    if stance_class not in CLASSES:
        raise InputError("sources.yaml", f"unknown stance class {stance_class!r}")
    keywords = [str(k) for k in entry.get("keywords", [])]
    caps = [k for k in keywords if k.isupper() and len(k) <= 3]
    words = [k for k in keywords if k not in caps]
    pattern = _pattern(words).pattern
    if caps:  # short acronyms (UN) only in capitals, so "un" in prose is not one
        pattern = rf"{pattern}|(?-i:(?<![\w-])(?:{'|'.join(map(re.escape, caps))})(?![\w-]))"
    return stance_class, re.compile(pattern, re.IGNORECASE)


@cache
def stance_rules() -> StanceRules:
    path = files("testimonies.assess") / "sources.yaml"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        rules = tuple(_rule(entry) for entry in data.get("classes", []))
    except (OSError, yaml.YAMLError, KeyError, TypeError) as exc:
        raise InputError("sources.yaml", f"cannot read the stance rules ({exc})") from exc
    roles = {str(k): str(v) for k, v in (data.get("speaker_roles") or {}).items()}
    inherited = frozenset(str(c) for c in data.get("inherited_from_publisher") or [])
    return StanceRules(rules, roles, inherited)


def stance_class(text: str | None) -> str:
    """hostile / accused / neutral / unknown for a stance text such as "UN body (neutral)"."""
    return stance_rules().classify(text) or "unknown"


def stance_label(text: str | None) -> str:
    """The stance text without its parentheses: "former member, sworn statement"."""
    if not text:
        return "stance unknown"
    return " ".join(_PAREN.sub(" ", text).split()).strip(" ,;") or text


# --- documents into sources -----------------------------------------------------------------


def publisher_key(publisher: str) -> str:
    """One key for a publisher's names, sub-units and editions."""
    for candidate in (publisher, *_PAREN.findall(publisher), publisher.split(",")[0]):
        key = organization_key(candidate)
        if key:
            return f"org:{key}"
    head = _PAREN.sub(" ", publisher.split(",")[0])
    return f"publisher:{alias_form(head)}"


@dataclass(frozen=True)
class DocumentSource:
    """The source a group of documents belongs to (publisher, author, or the document alone)."""

    key: str
    name: str
    stance: str | None

    @property
    def stance_class(self) -> str:
        return stance_class(self.stance)


def _copy_keys(doc: Document) -> list[str]:
    keys = [f"sha:{doc.sha256}", f"path:{doc.source_path}"]
    if doc.url:
        keys.append("url:" + re.sub(r"^https?://(www\.)?", "", doc.url.strip()).rstrip("/"))
    return keys


def _identity_keys(doc: Document) -> list[str]:
    if doc.publisher and doc.publisher.strip():
        return [publisher_key(doc.publisher)]
    if doc.author and doc.author.strip():
        return ["author:" + alias_form(doc.author)]
    return []


def document_sources(documents: Sequence[Document]) -> dict[int, DocumentSource]:
    """Each document's source: documents joined by publisher, author (no publisher) or copy."""
    union: DisjointSets[Any] = DisjointSets()
    for doc in documents:
        for key in (*_copy_keys(doc), *_identity_keys(doc)):
            union.union(key, ("doc", doc.id))
    authors = [d for d in documents if not (d.publisher or "").strip() and (d.author or "").strip()]
    for i, a in enumerate(authors):
        for b in authors[i + 1 :]:
            if compare_names(a.author or "", b.author or "").verdict == "same":
                union.union(("doc", b.id), ("doc", a.id))
    groups: dict[Any, list[Document]] = defaultdict(list)
    for doc in documents:
        groups[union.find(("doc", doc.id))].append(doc)
    result = {}
    for members in groups.values():
        first = min(members, key=lambda d: d.id)
        name = _PAREN.sub(" ", first.publisher.split(",")[0]) if first.publisher else ""
        name = " ".join(name.split()) or (first.author or first.name).strip()
        stance = next((d.stance for d in sorted(members, key=lambda d: d.id) if d.stance), None)
        source = DocumentSource(f"source:{first.id}", name, stance)
        result.update({d.id: source for d in members})
    return result


# --- voices ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Voice:
    """Who speaks in one claim, the source carrying it, and their stance."""

    claim: ClaimView
    key: str
    name: str
    carrier: DocumentSource
    stance_class: str
    stance_label: str
    witness: str | None


@dataclass
class _Context:
    sources: dict[int, DocumentSource]
    documents: dict[int, Document]
    linked: dict[int, list[Any]]
    publishing: dict[str, DocumentSource | None] = field(default_factory=dict)


_MINOR = frozenset({"of", "the", "for", "and", "de", "du", "des", "la", "le"})


def _initials(publisher: str) -> str:
    """ "National Deliverance Organization, Secretariat" -> "ndo" (minor words skipped)."""
    head = _PAREN.sub(" ", publisher.split(",")[0])
    return "".join(w[0] for w in plain(head).split() if w not in _MINOR)


def _publishing_source(ctx: _Context, witness: str) -> DocumentSource | None:
    """The source of a document the witness publishes or signs, if any."""
    org = organization_key(witness)
    form = alias_form(witness)
    for doc in ctx.documents.values():
        if doc.publisher:
            key = publisher_key(doc.publisher)
            if key == f"org:{org}" or key == f"publisher:{form}":
                return ctx.sources[doc.id]
            acronyms = [alias_form(p) for p in _PAREN.findall(doc.publisher)]
            initials = _initials(doc.publisher)
            if form in acronyms or (len(initials) > 1 and form == initials):
                return ctx.sources[doc.id]
    for doc in ctx.documents.values():
        if doc.author and compare_names(witness, doc.author).verdict == "same":
            return ctx.sources[doc.id]
    return None


def _witness_key(ctx: _Context, claim: ClaimView, witness: str) -> str:
    """The linked person or organization the witness names in its document, else the
    organization alias, else the full name; a phrase ("one resident", "they") or a lone name
    part identifies no one outside its document."""
    form = alias_form(witness)
    for mention in ctx.linked.get(claim.document_id, []):
        text = clean_text(mention.text)
        if mention.label == "ORG" and alias_form(text) == form:
            return f"entity:{mention.entity_id}"
        if mention.label == "PERSON" and (
            alias_form(text) == form or compare_names(witness, text).verdict == "same"
        ):
            return f"entity:{mention.entity_id}"
    org = organization_key(witness)
    if org:
        return f"org:{org}"
    if looks_like_name(witness) and len(witness.split()) > 1:
        return f"witness:{form}"
    return f"witness:{claim.document_id}:{form}"


def _witness_stance(ctx: _Context, claim: ClaimView, witness: str) -> tuple[str, str]:
    rules = stance_rules()
    carrier = ctx.sources[claim.document_id]
    by_words = rules.classify(witness)
    if by_words:
        return by_words, by_words
    role = rules.speaker_roles.get(claim.speaker_role or "")
    if role:
        return role, str(claim.speaker_role)
    if carrier.stance_class in rules.inherited:
        return carrier.stance_class, f"quoted by {carrier.name}"
    return "unknown", "witness"


def voice(ctx: _Context, claim: ClaimView) -> Voice:
    carrier = ctx.sources[claim.document_id]
    witness = clean_text(claim.asserted_by) if claim.asserted_by else ""
    if not witness:
        label = stance_label(carrier.stance)
        return Voice(claim, carrier.key, carrier.name, carrier, carrier.stance_class, label, None)
    if witness not in ctx.publishing:
        ctx.publishing[witness] = _publishing_source(ctx, witness)
    publishing = ctx.publishing[witness]
    if publishing is not None:
        label = stance_label(publishing.stance)
        cls = publishing.stance_class
        return Voice(claim, publishing.key, publishing.name, carrier, cls, label, witness)
    cls, label = _witness_stance(ctx, claim, witness)
    key = _witness_key(ctx, claim, witness)
    return Voice(claim, key, witness, carrier, cls, label, witness)


# --- sources of an act ----------------------------------------------------------------------


@dataclass(frozen=True)
class Source:
    """One independent source: claims connected by a shared voice, witness or publisher."""

    name: str
    stance_class: str
    stance_label: str
    voices: list[str]
    documents: list[str]
    claims: list[int]

    @property
    def described(self) -> str:
        return f"{self.name} ({self.stance_label})"

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "stance_class": self.stance_class,
            "stance": self.stance_label,
            "voices": self.voices,
            "documents": self.documents,
            "claims": self.claims,
        }


def _depends(a: Voice, b: Voice) -> bool:
    if a.key == b.key or a.carrier.key == b.carrier.key:
        return True
    return bool(a.witness and b.witness and compare_names(a.witness, b.witness).verdict == "same")


def independent_sources(voices: Sequence[Voice]) -> list[Source]:
    """Connected groups of dependent voices, largest first."""
    union: DisjointSets[Any] = DisjointSets()
    for i, a in enumerate(voices):
        union.find(i)
        for j in range(i):
            if _depends(a, voices[j]):
                union.union(j, i)
    groups: dict[Any, list[Voice]] = defaultdict(list)
    for i, v in enumerate(voices):
        groups[union.find(i)].append(v)
    sources = [_source(members) for members in groups.values()]
    return sorted(sources, key=lambda s: (-len(s.claims), s.name))


def _source(members: list[Voice]) -> Source:
    counted = Counter(v.key for v in members)
    principal = next(v for v in members if v.key == counted.most_common(1)[0][0])
    names = list(dict.fromkeys(v.witness or v.name for v in members))
    return Source(
        principal.name,
        principal.stance_class,
        principal.stance_label,
        names,
        sorted({v.claim.document for v in members}),
        sorted(v.claim.id for v in members),
    )


@dataclass(frozen=True)
class ActAssessment:
    act: StoredAct
    supporting: list[Source]
    denying: list[Source]

    @property
    def stance_classes(self) -> list[str]:
        """Known stance classes among the supporting sources."""
        found = {s.stance_class for s in self.supporting} - {"unknown"}
        return [c for c in CLASSES if c in found]

    @property
    def broad_support(self) -> bool:
        return len(self.stance_classes) >= 2

    @property
    def line(self) -> str:
        return assessment_line(self)

    def to_dict(self) -> dict[str, Any]:
        act = self.act
        return {
            "id": act.ref,
            "act": act.act,
            "victims": act.victims,
            "start": act.start,
            "end": act.end,
            "place": act.place,
            "supporting_sources": len(self.supporting),
            "denying_sources": len(self.denying),
            "stance_classes": self.stance_classes,
            "broad_support": self.broad_support,
            "supporting": [s.to_dict() for s in self.supporting],
            "denying": [s.to_dict() for s in self.denying],
            "conflicts": [c.to_dict() for c in act.conflicts],
            "assessment": self.line,
        }


def _listed(sources: Sequence[Source]) -> str:
    return "; ".join(s.described for s in sources)


def assessment_line(a: ActAssessment) -> str:
    n = len(a.supporting)
    if n:
        noun = "independent source" if n == 1 else "independent sources"
        parts = [f"{n} {noun} ({_listed(a.supporting)})"]
    else:
        parts = ["no supporting source"]
    if a.broad_support:
        parts.append(f"support from {' and '.join(a.stance_classes)} sources")
    parts.append(f"denied by {_listed(a.denying)}" if a.denying else "not denied")
    fields = list(dict.fromkeys(c.field for c in a.act.conflicts if c.field != "polarity"))
    if fields:
        parts.append(f"versions differ on {', '.join(fields)}")
    return ", ".join(parts)


def _context(session: Session) -> _Context:
    documents = {
        d.id: d for d in session.execute(select(Document).where(Document.is_current.is_(True)))
        .scalars()
    }  # fmt: skip
    return _Context(document_sources(list(documents.values())), documents, person_mentions(session))


def assess(ctx: _Context, act: StoredAct) -> ActAssessment:
    voices = [voice(ctx, claim) for claim, _ in act.claims]
    asserted = [v for v in voices if v.claim.polarity != "denied"]
    denied = [v for v in voices if v.claim.polarity == "denied"]
    return ActAssessment(act, independent_sources(asserted), independent_sources(denied))


def assess_acts(session: Session, act_ids: Iterable[int] | None = None) -> list[ActAssessment]:
    """The assessment of each act (all acts, or those given), in act id order."""
    return assess_stored(session, stored_acts(session, act_ids))


def assess_stored(session: Session, acts: Sequence[StoredAct]) -> list[ActAssessment]:
    """The assessment of acts already read (``stored_acts``), in the order given."""
    ctx = _context(session)
    return [assess(ctx, act) for act in acts]


SORTS = ("support", "id", "denial")


def _sort_key(sort: str) -> Any:
    if sort == "id":
        return lambda a: a.act.id
    if sort == "denial":
        return lambda a: (-len(a.denying), -len(a.supporting), a.act.id)
    return lambda a: (-len(a.supporting), len(a.denying), a.act.id)


def list_assessments(
    session: Session,
    act: str | None = None,
    person: str | None = None,
    min_sources: int = 0,
    sort: str = "support",
) -> list[ActAssessment]:
    """Assessed acts, filtered by act code, victim (a name or P-17) and independent support;
    most independent support first (``sort="id"``: act id order; ``"denial"``: most denied)."""
    if sort not in SORTS:
        raise InputError("--sort", f"{sort!r} is not one of {', '.join(SORTS)}")
    if min_sources < 0:
        raise InputError("--min-sources", "give a number of sources, 0 or more")
    code = act_code(act) if act is not None else None
    act_ids: list[int] | None = None
    if person is not None:
        from testimonies.assess.timeline import person_act_ids

        act_ids = person_act_ids(session, person)
    found = assess_acts(session, act_ids)
    if code is not None:
        found = [a for a in found if a.act.act == code]
    found = [a for a in found if len(a.supporting) >= min_sources]
    return sorted(found, key=_sort_key(sort))
