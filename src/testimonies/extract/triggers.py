"""Finding the wordings of acts.yaml in a parsed sentence."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from spacy.tokens import Span, Token

from testimonies.extract import settings
from testimonies.extract.vocab import NOT_AN_ACT, PatternToken, Trigger

MAX_GAP = 5  # steps of a "*" gap: a word, or a whole phrase ("banned [30 relatives of X] from")
MAX_SPAN = 12  # tokens a gap of phrases may cover at most
Needs = tuple[frozenset[str], ...]  # the words a pattern's later positions accept, one set each
NOUNS = ("NOUN", "PROPN")
NOMINALS = ("NOUN", "PROPN", "PRON", "NUM")
NAMED_BODIES = ("ORG", "FAC", "WORK_OF_ART", "LAW", "EVENT")
VICTIM_DEPS = ("dobj", "nsubjpass")  # whom a verb's act befalls
CLAUSES = ("conj", "ccomp", "parataxis", "relcl", "csubj")  # not advcl, xcomp: "took him to work"
CLAUSE_WORDS = ("CCONJ", "PUNCT", "VERB", "AUX")  # a long gap steps over none of them


@dataclass(frozen=True)
class TriggerMatch:
    trigger: Trigger
    tokens: tuple[Token, ...]

    @property
    def head(self) -> Token:
        return self.tokens[self.trigger.head_index]

    @property
    def start(self) -> int:
        return self.tokens[0].i

    @property
    def end(self) -> int:
        return self.tokens[-1].i + 1

    @property
    def act(self) -> str:
        return self.trigger.act


def token_keys(token: Token) -> tuple[str, str]:
    if settings.MONTHS_ARE_NO_WORDS and token.ent_type_ == "DATE" and token.pos_ == "PROPN":
        # "in May were beaten", "In March ... away": a month is no modal and no verb
        return f"date:{token.lower_}", f"date:{token.lower_}"
    return token.lemma_.lower(), token.lower_


def _accepts(pattern: PatternToken, token: Token) -> bool:
    if pattern.any:
        return True
    lemma, lower = token_keys(token)
    return lemma in pattern.words or lower in pattern.words


class TriggerIndex:
    """Trigger patterns indexed by the words their first token accepts."""

    def __init__(self, triggers: list[Trigger]) -> None:
        self._by_first: dict[str, list[tuple[Trigger, Needs]]] = defaultdict(list)
        for trigger in triggers:
            needs = tuple(t.words for t in trigger.tokens[1:] if not (t.gap or t.any))
            for word in trigger.tokens[0].words:
                self._by_first[word].append((trigger, needs))

    def candidates(self, token: Token, words: set[str]) -> list[Trigger]:
        """Patterns starting at the token whose other words all occur in the sentence (`words`):
        most patterns fail there, before the costly walk through their gaps."""
        lemma, lower = token_keys(token)
        found = self._by_first.get(lemma, [])
        if lower != lemma:
            found = found + self._by_first.get(lower, [])
        return [trigger for trigger, needs in found if all(n & words for n in needs)]

    def find(self, sent: Span) -> list[TriggerMatch]:
        """All matches in the sentence, overlapping ones reduced to the longest; a wording that
        names an act without stating it ("Committee against Torture") removes those it overlaps."""
        return self.find_with_blockers(sent)[0]

    def find_with_blockers(self, sent: Span) -> tuple[list[TriggerMatch], list[TriggerMatch]]:
        """The matches of `find`, and the not-an-act wordings that matched in the sentence."""
        matches: list[TriggerMatch] = []
        words = {key for token in sent for key in token_keys(token)}
        for token in sent:
            for trigger in self.candidates(token, words):
                tokens = _match(trigger.tokens, sent, token.i)
                if tokens is not None and _has_child(trigger, tokens):
                    matches.append(TriggerMatch(trigger, tokens))
        blockers = [m for m in matches if m.act == NOT_AN_ACT]
        acts = [m for m in matches if m.act != NOT_AN_ACT]
        if settings.NAMES_STATE_NO_ACT:
            acts = [m for m in acts if not _in_a_name(m.head)]
        kept = _one_per_coordination(_longest([m for m in acts if not _cancelled(m, blockers)]))
        return kept, blockers


def _in_a_name(word: Token) -> bool:
    """'the Association of Families of the Missing of Ruvubo', 'the Missing Persons Bureau',
    'the Martyrs' Office': a capitalised word of a body's name states no act."""
    named = word.ent_type_ in NAMED_BODIES and word.text[:1].isupper()
    return named and word.i > word.sent.start


def _match(
    pattern: tuple[PatternToken, ...], sent: Span, position: int
) -> tuple[Token, ...] | None:
    """The tokens matching the pattern from doc index `position`, or None."""
    if not pattern:
        return ()
    first, rest = pattern[0], pattern[1:]
    if first.gap:
        for end in _gap_ends(sent, position):
            found = _match(rest, sent, end)
            if found is not None:
                return found
        return None
    if position >= sent.end or not _accepts(first, sent.doc[position]):
        return None
    tail = _match(rest, sent, position + 1)
    return None if tail is None else (sent.doc[position], *tail)


def _gap_ends(sent: Span, position: int) -> list[int]:
    """Where a gap opening at `position` may end: after up to MAX_GAP steps, each one word or
    one noun phrase that opens there (a subtree whose head stands before it: "banned [at least 30
    relatives of victims] from travelling", "made [all of us] [in the corridor] take off"),
    covering MAX_SPAN tokens at most. Real reports put long noun phrases inside a wording; a gap
    longer than MAX_GAP words steps over no verb, conjunction or punctuation outside its noun
    phrases: that is another clause ("forced to renounce X and made to work", "the so-called
    witness X is a paid agent")."""
    ends = {position}
    frontier = {(position, False)}
    for _ in range(MAX_GAP):
        frontier = {
            (n, crossed or joins)
            for p, crossed in frontier
            for n, joins in _steps(sent, p)
            if n - position <= MAX_SPAN
        }
        ends |= {n for n, crossed in frontier if not crossed or n - position <= MAX_GAP}
    return sorted(ends)


def _steps(sent: Span, position: int) -> list[tuple[int, bool]]:
    """One word (and whether it may open another clause), or the noun phrase opening there."""
    if position >= sent.end:
        return []
    word = sent.doc[position]
    steps = [(position + 1, word.pos_ in CLAUSE_WORDS)]
    phrase = word
    while phrase.head is not phrase and phrase.head.left_edge.i == position:
        phrase = phrase.head
    end = phrase.right_edge.i + 1
    if end > position + 1 and phrase.head.i < position and phrase.pos_ in NOMINALS:
        steps.append((end, False))
    return steps


def _has_child(trigger: Trigger, tokens: tuple[Token, ...]) -> bool:
    """A '>word' requirement: the head governs such a word, however far the parse puts it;
    a '>!word' one: none stands under it outside the clauses it governs ("they took him" is
    an arrest; "took him to school", "took our boys, aged nine to thirteen, from the camp" are
    not that wording)."""
    head = tokens[trigger.head_index]
    if trigger.no_child and trigger.no_child & {k for t in _own_words(head) for k in _keys(t)}:
        return False
    return not trigger.child or any(
        token_keys(child)[1] in trigger.child for child in head.children
    )


def _keys(token: Token) -> tuple[str, ...]:
    """Lemma, form, and 'dep:form' ('prt:in' is the particle of "took me in", not "in 1995";
    a preposition with no object is read as one)."""
    bare = token.dep_ == "prep" and not any(True for _ in token.children)
    return (*token_keys(token), f"{'prt' if bare else token.dep_}:{token.lower_}")


def _own_words(head: Token) -> list[Token]:
    """The head's words but those of the clauses it governs or is joined to."""
    out: list[Token] = []
    for child in head.children:
        if child.dep_ not in CLAUSES and not _subordinate(child):
            out += [child, *_own_words(child)]
    return out


def _subordinate(word: Token) -> bool:
    """'because she would not open it': a clause its conjunction makes another's ('it' there
    is not what 'hit' was done to); not 'took him to work', whose clause has none."""
    if not settings.SUBORDINATE_CLAUSES_APART or word.dep_ != "advcl":
        return False
    return any(c.dep_ == "mark" and c.lower_ != "to" for c in word.children)


def _cancelled(match: TriggerMatch, blockers: list[TriggerMatch]) -> bool:
    """An act wording loses its words to a wording that states no act, unless that one lies
    inside it and the act's wording opens before it: "refused to [take them to the clinic]"
    states a deprivation that "took him to the clinic" alone would not."""
    return any(
        any(t.i in _blocked(b) for t in match.tokens) and not _inside(b, match) for b in blockers
    )


def _inside(blocker: TriggerMatch, match: TriggerMatch) -> bool:
    return not blocker.trigger.subtree and match.start < blocker.start and blocker.end <= match.end


def _blocked(blocker: TriggerMatch) -> set[int]:
    """The tokens a wording that states no act takes out: its span, gaps included ("risk of
    being tortured"), with the words coordinated to its last one ("criminalises torture and
    enforced disappearance"); a '!' wording, everything under its head ("fear that X was held")."""
    covered = set(range(blocker.start, blocker.end))
    last = blocker.tokens[-1]
    # only a noun that the wording governs ("risk of torture"), not one it describes
    # ("slanderous attacks and psychological pressure": the pressure is an act)
    governed = (
        last.pos_ in NOUNS and last.head != last and blocker.start <= last.head.i < blocker.end
    )
    for conjunct in last.conjuncts if governed else ():
        if conjunct.pos_ in NOUNS:  # a coordinated verb is a new statement
            covered |= {t.i for t in conjunct.subtree}
    if blocker.trigger.subtree:
        covered |= _clause(blocker.head)
    return covered


def _clause(head: Token) -> set[int]:
    """The head's subtree without the verbs coordinated to it ("fear that ... and detained")."""
    out = {t.i for t in head.subtree}
    for child in head.children:
        if child.dep_ == "conj":
            out -= {t.i for t in child.subtree}
    return out


def _one_per_coordination(matches: list[TriggerMatch]) -> list[TriggerMatch]:
    """'Guards kicked and punched the prisoners', 'he was beaten and whipped': verbs of one act
    coordinated over one victim state it once; the verb that names no victim of its own goes
    ('They beat Ali and kicked Omar' stays two)."""
    dropped: set[int] = set()
    for a in matches:
        for b in matches:
            if a is b or a.act != b.act or b.head not in a.head.conjuncts:
                continue
            if not _names_victim(a.head) and _names_victim(b.head):
                dropped.add(id(a))
            elif a.start < b.start and _names_victim(a.head) and not _names_victim(b.head):
                dropped.add(id(b))
    return [m for m in matches if id(m) not in dropped]


def _names_victim(verb: Token) -> bool:
    return any(c.dep_ in VICTIM_DEPS for c in verb.children)


def _overlaps(a: TriggerMatch, b: TriggerMatch) -> bool:
    return bool({t.i for t in a.tokens} & {t.i for t in b.tokens})


def _longest(matches: list[TriggerMatch]) -> list[TriggerMatch]:
    """Drop a match when a longer one overlaps it; of equal ones keep one per act, a wording
    that needs no victim ('arrested') before one that does ('?arrest', which may give nothing)."""
    ranked = sorted(matches, key=lambda m: (-m.trigger.length, m.trigger.needs_victim, m.start))
    kept: list[TriggerMatch] = []
    for match in ranked:
        clash = [k for k in kept if _overlaps(k, match)]
        if any(k.trigger.length > match.trigger.length or k.act == match.act for k in clash):
            continue
        kept.append(match)
    return sorted(kept, key=lambda m: m.start)
