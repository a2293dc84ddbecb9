"""Reading roles off a dependency parse: noun phrases, subjects, objects, agents, clauses."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from testimonies.extract import settings

SUBJECTS = {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"}
OBJECTS = {"dobj", "obj", "iobj"}
NOUNISH = {"NOUN", "PROPN", "PRON", "NUM"}
CLAUSE_BREAKS = {"conj", "cc", "parataxis"}
PHRASE_DROP = {"appos", "conj", "cc", "punct", "relcl_long"}
MAX_PHRASE = 12
# After the head, these start what the clause says of the people, not who they are ("the NDO's
# internal security to the Qareshi intelligence service", "guards with sticks").
PHRASE_CUT_PREPOSITIONS = ("with", "by", "for", "after", "since", "in", "to", "into")


def entity_span(token: Token) -> Span | None:
    """The named entity the token is part of, if any."""
    if not token.ent_type_:
        return None
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def phrase(token: Token, without: Token | None = None) -> str:
    """The noun phrase a head stands for, as written: a name, or a short group phrase;
    `without`: a clause of it left out ('11 women [who said they were raped]')."""
    ent = entity_span(token)
    if ent is not None and ent.label_ in ("PERSON", "ORG", "NORP", "GPE", "FAC", "LOC"):
        return _strip_possessive(ent.text)
    named = _named_by(token)
    if named is not None:
        return _strip_possessive(named.text)
    keep = _phrase_tokens(token)
    if without is not None:
        cut = {t.i for t in without.subtree}
        keep = _contiguous([t for t in keep if t.i not in cut], token)
    if len(keep) > MAX_PHRASE:
        # "A member of Rajavi's cult, who managed to escape from ...": the head and its "of"
        of = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"]
        clauses = [t for c in of for t in c.subtree if t.dep_ in ("relcl", "acl", "punct")]
        cut = {t.i for clause in clauses for t in clause.subtree}
        owned = {t.i for c in of for t in c.subtree} - cut
        keep = [t for t in keep if t.i <= token.i or t.i in owned]
        keep = _contiguous(keep, token)[:MAX_PHRASE]
    return _strip_possessive(closed_brackets(_text(keep)))


def closed_brackets(text: str) -> str:
    """A phrase cut inside a bracket ('members of the Organization (MKO') closes it; one cut
    right after its opening bracket ('Lantern Fellowship (') drops it."""
    if text.endswith("("):
        return text[:-1].rstrip()
    if text.count("(") == text.count(")") + 1:
        return text + ")"
    return text


def _named_by(token: Token) -> Span | None:
    """The person a description names ("another detainee, Bakhyt D.", "my wife Shirin")."""
    for child in token.children:
        if child.dep_ in ("appos", "compound", "npadvmod") and child.ent_type_ == "PERSON":
            return entity_span(child)
        comma = child.i == token.i + 2 and token.doc[token.i + 1].text == ","
        if (
            settings.APPOSITIVE_NAMES_WHOLE
        ):  # "an EDA spokesman, Yemane Zerai,": a name of two words
            comma = comma or (
                child.left_edge.i == token.i + 2 and token.doc[token.i + 1].text == ","
            )
        if child.dep_ == "appos" and (child.i == token.i + 1 or comma) and child.pos_ == "PROPN":
            # "my friend Nasrin", "its spokesman, Jean-Marie Kabwe": a name right after the
            # noun, whatever the tagger calls it
            return entity_span(child) or token.doc[child.left_edge.i : child.i + 1]
    return None


def is_nobody(token: Token) -> bool:
    """'nobody', 'none', 'no one', 'no official': a word that names no one."""
    if token.lower_ in ("nobody", "none", "noone"):
        return True
    return any(c.dep_ == "det" and c.lower_ == "no" for c in token.children)


def appositive_names(token: Token) -> list[Span]:
    """'one of its own members, the martyr Mehdi Khosravany,' / 'two of them, Rasoul Ebadi and
    Kamran Sepahvand': the full names written after a description and a comma."""
    doc = token.doc
    end_of_sentence = token.sent.end if settings.APPOSITIVES_IN_SENTENCE else len(doc)
    j = token.i + 1
    while j < end_of_sentence and j - token.i < 8 and doc[j].text != "," and doc[j].pos_ != "VERB":
        j += 1
    if j >= end_of_sentence or doc[j].text != ",":
        return []  # ("beat the children. The founder, Ortwin Vorhagen," names no child)
    k = j + 1
    while k < len(doc) and k - j <= 3 and doc[k].pos_ in ("DET", "NOUN", "ADJ"):
        k += 1  # "the martyr", "a former member"
    names: list[Span] = []
    while k < len(doc) and doc[k].pos_ == "PROPN":
        end = k
        while end < len(doc) and doc[end].pos_ == "PROPN":
            end += 1
        names.append(doc[k:end])
        k = end + 1 if end < len(doc) and doc[end].lower_ in ("and", ",") else len(doc) + 1
    if not names or any(len(n) < 2 for n in names):
        return []  # full names only: "members, Ashraf and..." is no list of people
    after = doc[names[-1].end] if names[-1].end < len(doc) else None
    closed = after is None or after.text in (",", ".", ";") or after.pos_ in ("ADP", "VERB")
    return names if closed else []


def _phrase_tokens(token: Token) -> list[Token]:
    dropped: set[int] = set()
    for child in token.children:
        if child.dep_ in ("appos", "conj", "cc") or (child.dep_ == "punct" and child.i > token.i):
            dropped.update(t.i for t in child.subtree)
        if child.dep_ == "prep" and child.lower_ in PHRASE_CUT_PREPOSITIONS:
            dropped.update(t.i for t in child.subtree)
        if child.dep_ == "prep" and child.lower_ == "on" and _own(child):
            dropped.update(t.i for t in child.subtree)  # "held in rooms [on their own]": alone
        if child.i < token.i and any(t.ent_type_ in ("DATE", "TIME") for t in child.subtree):
            # "On or about 20 March 2022 fighters of the Front": the date is the clause's
            dropped.update(t.i for t in child.subtree)
    if settings.BY_NAMES_DOER:  # "hundreds of persons [by armed groups]": who did it, deeper
        for by in (t for t in token.subtree if t.dep_ == "prep" and t.lower_ == "by"):
            dropped.update(t.i for t in by.subtree)
    kept = [t for t in token.subtree if t.i not in dropped]
    return _contiguous(kept, token)


def _own(preposition: Token) -> bool:
    return any(t.lower_ == "own" for t in preposition.children)


def _contiguous(tokens: list[Token], head: Token) -> list[Token]:
    """The run of consecutive tokens around the head (a phrase is one stretch of text)."""
    indexes = {t.i for t in tokens}
    start = end = head.i
    while start - 1 in indexes:
        start -= 1
    while end + 1 in indexes:
        end += 1
    doc = head.doc
    run = [doc[i] for i in range(start, end + 1)]
    while run and (run[-1].is_punct or run[-1].dep_ == "cc" or run[-1].pos_ in ("ADP", "DET")):
        run.pop()
    while run and (run[0].is_punct or run[0].dep_ == "cc"):
        run.pop(0)
    return run or [head]


def _text(tokens: list[Token]) -> str:
    if not tokens:
        return ""
    # the span's own text: Doc.text would join every token of the chunk on each call
    return tokens[0].doc[tokens[0].i : tokens[-1].i + 1].text


SECTION_NUMBER = re.compile(r"^\d+(?:\.\d+)+\.?\s+(?=[A-Z])")


def _strip_possessive(text: str) -> str:
    text = text.strip()  # a blanked dateline's spaces are a token of the phrase
    text = SECTION_NUMBER.sub("", text)  # '4.3 Ahmad Rizal': a numbered paragraph's number
    for suffix in ("’s", "'s", "’", "'"):
        if text.endswith(suffix) and len(text) > len(suffix) + 1:
            return text[: -len(suffix)]
    return text


def word_in(token: Token, words: frozenset[str]) -> bool:
    """The token, by its lemma or as written, is one of the words (lower case)."""
    return token.lemma_.lower() in words or token.lower_ in words


def negated(token: Token) -> bool:
    """The word carries a negation of its own ('did not sign', 'never saw')."""
    return any(child.dep_ == "neg" for child in token.children)


def children(token: Token, deps: set[str]) -> list[Token]:
    return [child for child in token.children if child.dep_ in deps]


def with_conjuncts(token: Token) -> list[Token]:
    return [token, *[c for c in token.conjuncts if c.i > token.i]]


def is_passive(verb: Token) -> bool:
    """Passive: its own passive subject or auxiliary, a participle modifying a noun, or a
    participle coordinated with a passive verb ("were imprisoned and then handed over")."""
    if any(child.dep_ in ("nsubjpass", "auxpass", "csubjpass") for child in verb.children):
        return True
    if verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod"):
        return True
    return (
        verb.tag_ == "VBN"
        and verb.dep_ == "conj"
        and verb.head is not verb
        and (is_passive(verb.head))
    )


def set_off_participle(verb: Token) -> bool:
    """'Kim, imprisoned in a camp at 13, spoke': a participle between commas right after its
    noun, with no object, parsed as that noun's active verb. A transitive act verb without an
    object is not active; the noun is who underwent it."""
    if verb.tag_ not in ("VBN", "VBD") or children(verb, {"dobj", "dative", "ccomp", "xcomp"}):
        return False
    found = children(verb, {"nsubj"})
    if not found or verb.i < 2 or verb.doc[verb.i - 1].text != ",":
        return False
    noun = found[0]
    last = max(t.i for t in noun.subtree if t.text != ",")
    closed = any(t.text == "," for t in verb.rights)
    return last == verb.i - 2 and noun.i < verb.i and closed


def subject(verb: Token) -> Token | None:
    """The verb's subject, looking up through coordinated and controlled verbs."""
    current: Token | None = verb
    for _ in range(6):
        if current is None:
            return None
        found = children(current, {"nsubj", "nsubjpass", "csubj"})
        if found:
            return _nearest(found, current)
        if current.dep_ == "relcl":
            return current.head
        shared = _earlier_passive_subject(current)
        if shared is not None:
            return shared
        if current.dep_ in ("conj", "xcomp", "advcl", "acomp") and current.head.pos_ in (
            "VERB",
            "AUX",
            "ADJ",
        ):
            current = current.head
            continue
        return None
    return None


def _nearest(subjects: list[Token], verb: Token) -> Token:
    """Of two subjects the parse gives one verb ('KOTA RAWA, March 19 - At least 11 detainees
    were killed' takes the dateline's town for one), the one nearest the verb."""
    return min(subjects, key=lambda t: abs(verb.i - t.i))


def passive_subject(verb: Token) -> Token | None:
    found = children(verb, {"nsubjpass", "csubjpass"})
    if found:
        return _nearest(found, verb)
    shared = None
    joined = verb.dep_ == "conj" or (verb.dep_ == "advcl" and is_passive(verb))
    if joined and verb.head.pos_ in ("VERB", "AUX"):
        shared = passive_subject(verb.head)
    if shared is not None or (verb.dep_ == "conj" and not settings.BARE_PARTICIPLE_SUBJECTS):
        return shared
    if verb.dep_ in ("acl", "relcl") and verb.head.pos_ in NOUNISH:
        return verb.head
    if settings.GERUND_PASSIVE_SUBJECTS:
        controller = gerund_controller(verb)
        if controller is not None:
            return controller
    return _earlier_passive_subject(verb)


def gerund_controller(verb: Token) -> Token | None:
    """'Saken reported being held for weeks', 'four described being beaten', 'she spoke of
    being beaten': a passive gerund with no subject of its own befell the subject of the verb
    it completes."""
    if not any(c.lower_ == "being" and c.dep_ == "auxpass" for c in verb.children):
        return None
    above = verb.head
    if verb.dep_ == "pcomp" and above.dep_ == "prep":
        above = above.head
    elif verb.dep_ != "xcomp":
        return None
    if above.pos_ not in ("VERB", "AUX"):
        return None
    found = children(above, {"nsubj"})
    return _nearest(found, above) if found else None


def _earlier_passive_subject(verb: Token) -> Token | None:
    """'detainees are subjected to X, are forced to Y and are made to Z': a passive with its own
    auxiliary and no subject, coordinated (the parser often hangs it on the wrong verb), shares
    the subject of the passive written last before it in the sentence."""
    if verb.dep_ != "conj" or not children(verb, {"auxpass"}):
        return None
    before = [t for t in verb.sent if t.i < verb.i and _subject_of_passive(t)]
    return before[-1] if before else None


def _subject_of_passive(token: Token) -> bool:
    """A passive's subject, or the subject the parse gives a bare participle ('those classified
    as extremists are denied visits': 'those' made the subject of 'classified')."""
    if token.dep_ == "nsubjpass":
        return True
    verb = token.head
    bare = verb.tag_ == "VBN" and not children(verb, {"aux", "auxpass"})
    return token.dep_ == "nsubj" and bare and settings.BARE_PARTICIPLE_SUBJECTS


def agent(verb: Token) -> Token | None:
    """The 'by X' of a passive verb (or of the first verb it is coordinated with)."""
    for candidate in (verb, *([verb.head] if verb.dep_ == "conj" else [])):
        for child in candidate.children:
            if child.dep_ == "agent":
                objects = children(child, {"pobj"})
                if objects:
                    return objects[0]
    for conj in verb.conjuncts:
        for child in conj.children:
            if child.dep_ == "agent" and children(child, {"pobj"}):
                return children(child, {"pobj"})[0]
    return None


def by_within(noun: Token) -> Token | None:
    """The 'by X' inside a phrase ('the disappearance of hundreds of persons by armed groups')."""
    for prep in noun.subtree:
        if prep.dep_ == "prep" and prep.lower_ == "by" and prep.i > noun.i:
            objects = children(prep, {"pobj"})
            if objects:
                return objects[0]
    return None


def by_object(noun: Token) -> bool:
    """Named as who does a thing: 'beaten by two women', 'by the older boys and a teacher'."""
    if not settings.BY_NAMES_DOER:
        return False
    while noun.dep_ == "conj":
        noun = noun.head
    return noun.dep_ == "pobj" and noun.head.lower_ == "by"


def direct_object(verb: Token) -> Token | None:
    found = children(verb, OBJECTS)
    if found:
        return found[0]
    for prep in children(verb, {"prep", "dative"}):
        if prep.lower_ in ("on", "against", "to", "upon"):
            objects = children(prep, {"pobj"})
            if objects and objects[0].pos_ in NOUNISH:
                return objects[0]
    return None


def prep_object(noun: Token, preps: tuple[str, ...]) -> Token | None:
    for prep in children(noun, {"prep"}):
        if prep.lower_ in preps:
            objects = children(prep, {"pobj"})
            if objects:
                return objects[0]
    return None


def governing_verb(token: Token) -> Token | None:
    """The nearest verb above a token (the verb of its clause)."""
    current = token
    for _ in range(12):
        if current.pos_ in ("VERB", "AUX") and current is not token:
            return current
        if current.head is current:
            return None
        current = current.head
    return None


def clause_head(token: Token) -> Token:
    if token.pos_ in ("VERB", "AUX"):
        return token
    return governing_verb(token) or token.sent.root


def clause_tokens(head: Token, keep: set[int]) -> list[Token]:
    """The head's subtree without coordinated or parenthetical clauses that hold none of `keep`."""
    dropped: set[int] = set()
    for child in head.children:
        sub = {t.i for t in child.subtree}
        if sub & keep:
            continue
        if child.dep_ in CLAUSE_BREAKS or (child.dep_ == "prep" and child.lower_ == "according"):
            dropped |= sub
    tokens = [t for t in head.subtree if t.i not in dropped]
    while tokens and (tokens[0].is_punct or tokens[0].dep_ in ("cc", "mark")):
        tokens.pop(0)
    while tokens and tokens[-1].is_punct and tokens[-1].text not in (".", "!", "?"):
        tokens.pop()
    return tokens
