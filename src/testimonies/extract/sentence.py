"""Claims of one sentence: roles, speaker, polarity, time and place read off its parse."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from spacy.tokens import Span, Token

from testimonies.extract import grammar as g
from testimonies.extract import settings
from testimonies.extract.context import Quote, canonical_org, with_acronym, with_name
from testimonies.extract.persons import PRONOUN_GENDER, PersonContext
from testimonies.extract.recall import NET_WORDING
from testimonies.extract.triggers import TriggerMatch
from testimonies.extract.vocab import PatternToken, Trigger
from testimonies.extract.when_where import TimeAndPlace
from testimonies.model.claims import ClaimRecord, Evidence, Polarity

if TYPE_CHECKING:
    from testimonies.extract.spacy_extractor import SpacyExtractor

PERSONAL_PRONOUNS = {
    "i",
    "me",
    "my",
    "we",
    "us",
    "our",
    "he",
    "him",
    "his",
    "she",
    "her",
    "they",
    "them",
    "their",
    "myself",
    "ourselves",
    "himself",
    "herself",
    "themselves",
    "you",
}


CUSTODY_ACTS = frozenset({"detention", "solitary_confinement"})
FUTURE_AUX = frozenset({"will", "would", "'ll", "'d", "wo", "shall"})
POSSIBLE_AUX = frozenset({"could", "might"})  # ("may" also writes rules: "may be placed in")
ABSTRACT_ENDINGS = ("ing", "ness", "tion", "sion", "ment", "ity", "ence", "ance", "ism", "ship")
IF_SAID = "if-said"  # the wording of a threat read off its grammar (_conditional_threats)
SITE_STAY = "(a stay in a place of custody the text names)"
SITE_MOVE = "(a move into a place of custody the text names)"


def _word(verb: Token) -> PatternToken:
    return PatternToken(frozenset({verb.lemma_.lower()}), head=True)


REFLEXIVES = frozenset({"himself", "herself", "themselves", "myself", "ourselves", "oneself"})
ACTOR_LOOKBACK = 60  # tokens back (the same paragraph) where "they" may find its actors


# ", who was held next to him", ", which states": what a text says of a source it has named
ASIDE = re.compile(r",\s+(?:who|whom|whose|which)\b")


class SentenceReader(TimeAndPlace):
    """Claims of one sentence."""

    ctx: PersonContext

    def __init__(
        self, ex: SpacyExtractor, sent: Span, offset: int, document: str, ctx: PersonContext
    ) -> None:
        self.ex, self.sent, self.offset, self.document, self.ctx = ex, sent, offset, document, ctx
        self.lex = ex.lex
        self.times = self._times()
        self.defaulted = False  # the claim being read got the document's group as perpetrator
        self.found: list[TriggerMatch] = []  # the act wordings of the sentence
        self.heads: dict[int, str] = {}  # each claim's head word (by the claim's id)
        self.orderers: set[int] = set()  # who ordered acts (not doers the paragraph goes on with)

    def head_lemmas(self, claims: list[ClaimRecord]) -> tuple[str, ...]:
        """The word each of the claims was read off, in lower case."""
        return tuple(self.heads.get(id(c), "") for c in claims)

    def claims(self) -> list[ClaimRecord]:
        self.found, blockers = self.ex.index.find_with_blockers(self.sent)
        if settings.IT_IS_SPEAKER:
            self._note_speaker()
        matches = _drop_subsumed(self.found, self.ex.subsumed)
        if settings.FORETOLD_ACTS:
            matches = self._stated(matches)
        sites = self._named_site_matches(matches) if settings.NAMED_CUSTODY_SITES else []
        found = [self._claim(match) for match in matches + sites]
        recall = self.ex.recall
        worded = self.found or blockers or sites
        if recall is not None and not worded and self._net_may_read():
            # only where no wording, of an act or of "not an act", matched: where they speak,
            # the wordings are more precise
            found = [self._claim(match) for match in self._net_stated(recall.matches(self.sent))]
        elif recall is not None and self.found and not blockers and self._net_may_read():
            beside = self._net_beside(self._net_stated(recall.matches(self.sent)))
            found += [self._claim(match) for match in beside]
        if settings.CONDITIONAL_THREATS and not any(m.act == "threat" for m in self.found):
            # (apart from the wordings: the net still reads the sentence as before)
            found += [self._claim(match) for match in self._conditional_threats()]
        self._remember_time()
        return [claim for claim in found if claim is not None]

    def _conditional_threats(self) -> list[TriggerMatch]:
        """'He said if I did not sign my daughter would go to a children's home', 'I was told by
        the militia, if I was found in the capital I would go back inside': what someone says
        will befall the hearer if he does or does not do something is a threat, whatever the
        words of the harm (over 118 splits 157 of 194 such sentences are threats in the gold)."""
        speech = self._speech_verbs()
        conditions = self.lex.words("condition_marks")
        found = []
        for verb in self.sent:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in speech:
                continue
            said = [t for t in verb.subtree if t.i > verb.i]
            supposed = any(t.lower_ in conditions and t.dep_ == "mark" for t in said)
            foretold = any(t.lower_ in FUTURE_AUX and t.dep_ == "aux" for t in said)
            if supposed and foretold:
                word = PatternToken(frozenset({verb.lemma_.lower()}), head=True)
                trigger = Trigger("threat", IF_SAID, (word,), needs_victim=True)
                found.append(TriggerMatch(trigger, (verb,)))
        return found

    def _net_stated(self, net: list[TriggerMatch]) -> list[TriggerMatch]:
        """'told me that if I did not withdraw my request they would...': what an if-clause
        supposes is no act the text states (the wordings know their hypotheticals; the net,
        which reads words, does not)."""
        if not settings.NET_NOT_IN_CONDITIONS:
            return net
        conditions = self.lex.words("condition_marks")
        return [m for m in net if not _in_condition(m.head, conditions)]

    def _net_beside(self, net: list[TriggerMatch]) -> list[TriggerMatch]:
        """'DGVI agents took him from a bus station': a wording found the spies' label, the net
        the arrest. An act the wordings did not find, at a word none of them took, that is no
        frame for theirs ('we have received information that detainees are forced...') and is
        not done to the dead ('her body was handed over')."""
        if not settings.NET_BESIDE_WORDINGS:
            return []
        acts = {m.trigger.act for m in self.found}
        words = {t.i for m in self.found for t in m.tokens}
        clauses = {g.clause_head(m.head).i for m in self.found}
        return [
            m
            for m in net
            if m.trigger.act not in acts
            and m.head.i not in words
            and not any(_frames(m.head, self.sent.doc[i]) for i in clauses)
            and not self._done_to_remains(m.head)
        ]

    def _done_to_remains(self, head: Token) -> bool:
        """'Her body was handed over': what is left of the dead, to whom no act is done."""
        remains = self.lex.words("remains_words")
        objects = (t for t in head.children if t.dep_ in ("nsubjpass", "dobj"))
        return any(t.lemma_.lower() in remains for t in objects)

    def _named_site_matches(self, matches: list[TriggerMatch]) -> list[TriggerMatch]:
        """'They took me to the Mosaferkhaneh', 'he was in the Khalvat for three years', 'I stayed
        there four days': a move into, or a stay of some length in, a place of custody the text
        has named (sites.custody_sites), told with no word of custody of its own."""
        custody = [m.head for m in matches if m.trigger.act in CUSTODY_ACTS]
        taken = {g.clause_head(head).i for head in custody}
        found = []
        for token in self.sent:
            act = self._site_act(token)
            verb = self._site_verb(token) if act else None
            if act is None or verb is None or verb.i in taken:
                continue
            if any(head in token.subtree for head in custody):
                continue  # "taken to La Herradura, where she was held": told in its own words
            stays = verb.lemma_.lower() in self.lex.words("stay_in_verbs")
            if stays and not self._lasting_stay(verb):
                continue  # "she was in the Khalvat when I saw her": no stay told
            if not stays and token.lower_ == "there":
                continue  # "you went up there to sulk": only a stay of some length is told
            if stays and any(t.lower_ == "alone" for t in verb.subtree):
                act = "solitary_confinement"  # "I was there alone from 1995 until 1997"
            trigger = Trigger(act, SITE_STAY if stays else SITE_MOVE, (_word(verb),))
            found.append(TriggerMatch(trigger, (verb,)))
            taken.add(verb.i)
        return found

    def _site_act(self, token: Token) -> str | None:
        """The act of custody a named site (or 'there', after one) stands for, if it is one."""
        if token.lower_ == "there" and token.dep_ == "advmod":
            return self.ctx.last_custody
        name = self._custody_site_at(token) if token.dep_ == "pobj" else None
        if name is None:
            return None
        return "solitary_confinement" if self.ctx.custody_sites[name] else "detention"

    def _site_verb(self, token: Token) -> Token | None:
        """The verb that moves someone into the site or keeps them in it."""
        if token.dep_ == "pobj":
            prep = token.head
            if prep.lower_ not in ("to", "into", "in", "inside", "at"):
                return None
            verb = prep.head
        else:
            verb = token.head
        words = self.lex.words("stay_in_verbs") | self.lex.words("move_into_verbs")
        return verb if verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in words else None

    def _lasting_stay(self, verb: Token) -> bool:
        """'for three years', 'from 1999 to 2002', 'four days': a stay given its length."""
        lengths = self.lex.words("duration_nouns")
        return any(t.lemma_.lower() in lengths or t.ent_type_ == "DATE" for t in verb.subtree)

    def _net_may_read(self) -> bool:
        """The classifier reads a sentence of a text that tells of custody: out of one, its
        words ('held', 'transferred', 'taken') have their everyday senses."""
        if not settings.NET_IN_CUSTODY:
            return True
        custody = self.lex.words("custody_texts")
        if not settings.CUSTODY_ELSEWHERE:
            return bool(self.ctx.lower_words & custody)
        # the sentence's own words do not vouch for it ("he disappeared from public life")
        own = sum(1 for t in self.sent if t.lower_ in custody)
        return self.ctx.custody_words > own

    # --- one claim -------------------------------------------------------------------------

    def _claim(self, match: TriggerMatch) -> ClaimRecord | None:
        head = match.head
        verb = g.clause_head(head)
        if self._not_a_statement(verb, match.act) or self._topic(head, verb):
            return None
        keep = {t.i for t in match.tokens}
        quote = self.ctx.quote_at(self.offset + head.idx)
        speaker, denier = self._speaker(head, quote, match.act)
        victim_tokens, perp_tokens = self._roles(match, verb)
        if match.act in self.lex.words("speech_acts") and match.trigger.text != IF_SAID:
            perp_tokens = self._who_says_it(head) or perp_tokens
        ev = self._evidence(verb, keep, victim_tokens + perp_tokens)
        if not victim_tokens and (match.trigger.needs_victim or not self._has_verb()):
            return None
        # "I", "me", "my" are the quote's speaker in a quote, else the narrator, even in the
        # narrator's indirect speech ("Rahnavard told me that my father was beaten")
        narrator = self.ctx.narrator()
        me = narrator if narrator and (quote is None or quote.speaker is None) else speaker
        told_here = self.ctx.victims_sentence == self.offset + self.sent.start_char
        # (a wording of one word only: "inject * sterilizers" names its thing)
        one_word = len(match.tokens) == 1 and not victim_tokens and settings.THINGS_ARE_NO_VICTIMS
        lent = not told_here and not (one_word and self._done_to_a_thing(head))
        found = victim_tokens or (self._victim_in_sentence(head, perp_tokens) if lent else [])
        if not found and not told_here and not lent and match.act in self.lex.words("body_acts"):
            return None  # "the cult has killed all normal human feelings"
        victims = self._victims(found, head, me, quote)
        self.defaulted = False
        counted = settings.COUNTED_DEAD_NO_GROUP and self._casualty_count(victims, match.act, verb)
        perpetrators = self._perpetrators(perp_tokens, me, victims, match.act, counted)
        perpetrators = _unique([with_acronym(n, self.ctx.acronyms) for n in perpetrators])
        polarity = self._polarity(match, verb, victim_tokens, denier)
        start, end, duration = self._time_for(verb, ev, quote is not None)
        voice = self._voice(denier or self._rebutter(head, speaker))
        if polarity == "denied" and not self.dated_by_clause and settings.TIMELESS_DENIALS:
            start, end = None, None  # "no one was ever detained": of no time the story tells
        else:
            start, end = self._uttered_when(self._act(match), voice, start, end)
        place = self._place(ev, head, quote is not None, self._act(match))
        place = g.closed_brackets(place) if place is not None else None
        text = self.sent.doc.user_data.get("text") or self.sent.doc.text  # (built only if need be)
        quote_text = text[ev[0] - self.offset : ev[1] - self.offset]
        if victims:
            self.ctx.paragraph_victims = victims
            self.ctx.victims_sentence = self.offset + self.sent.start_char
            if victim_tokens:
                self.ctx.last_victims = victims
        if self._act(match) in CUSTODY_ACTS and polarity == "asserted":
            self.ctx.last_custody = self._act(match)  # "he stayed there five years"
        if self.defaulted:  # the document's group, unless it turns out to name another doer
            self.ctx.defaulted.add((self._act(match), ev[0], ev[1]))
        claim = ClaimRecord(
            document=self.document,
            act=self._act(match),
            victims=victims or ["unnamed victims"],
            perpetrators=perpetrators,
            place=place,
            start=start,
            end=end,
            asserted_by=voice,
            polarity=polarity,
            evidence=Evidence(ev[0], ev[1], quote_text),
            speaker_role=_speaker_role(speaker, victims),
            duration=duration,
            victim_count=_count(victim_tokens, self.lex.mapping("number_words")),
        )
        self.heads[id(claim)] = head.lemma_.lower()
        return claim

    def _rebutter(self, head: Token, speaker: str | None) -> str | None:
        """'... accused the Organization of killing X. These accusations are lies.': the text
        that calls them false denies them in its own voice (None) or its narrator's."""
        return self.ctx.narrator() if self._next_calls_false(head) else speaker

    def _voice(self, speaker: str | None) -> str | None:
        """None for the body that wrote the document ('ADDN has confirmed...' in ADDN's report)."""
        if speaker is None or self.ctx.is_author(speaker):
            return None
        if settings.SOURCE_WITHOUT_ASIDE:
            speaker = _without_aside(speaker)
        turns = self.ctx.turns
        if settings.ASKERS_ASSERT_NOTHING and turns is not None and speaker in turns.askers:
            return None  # the interviewer's own words: the transcript's voice
        if speaker == self.ctx.claimant and self.ctx.claimant_role and settings.CLAIMANT_WITH_ROLE:
            # a judgment calls its claimant 'the appellant' throughout, and names them once
            return f"the {self.ctx.claimant_role} [{speaker}]"
        return self._group_named(with_acronym(speaker, self.ctx.acronyms))

    def _group_named(self, name: str) -> str:
        """'the Institute', a word of the group's name, given with the name: 'the Institute
        [Wellspring Institute]' (as 'QNHR' is given with what the text defines it as)."""
        main = self.ctx.main_group()
        bare = canonical_org(name)
        if main is None or " " in bare or bare == main or not settings.SPEAKER_GROUP_NAMED:
            return name
        if bare.lower() not in {w.lower() for w in main.split()}:
            return name
        return with_name(name, main, self.ctx.acronyms)

    def _act(self, match: TriggerMatch) -> str:
        if match.act == "detention" and self._into_solitary_site(match.head):
            return "solitary_confinement"
        if match.act == "detention" and settings.ALONE_IS_SOLITARY and self._held_alone(match):
            return "solitary_confinement"
        insulted = self.ex.acts.insulting().get(match.act)
        if insulted is not None and self._hurled(match.head):
            return insulted
        separated = self.ex.acts.of_children().get(match.act)
        if separated is not None and self._child_taken(match.head):
            return separated
        other = self.ex.outside_custody.get(match.act)
        if other is None or match.trigger.anywhere:
            return match.act
        if self._paragraph_has(self._custody_words()):
            return match.act
        in_site = settings.DIED_IN_THE_CAMP and self._died_in_site(match.head)
        return match.act if in_site or self._died_among_captives(match) else other

    def _died_among_captives(self, match: TriggerMatch) -> bool:
        """'one morning he was dead', 'a week later we were told he had died of a heart attack'
        in a text about custody: a death its own sentence tells of no violence is the captives'
        death in custody, though the paragraph names none (the violence its paragraph tells of
        does not make it a killing)."""
        if not settings.DEATHS_AMONG_CAPTIVES:
            return False
        if self.ctx.custody_words < settings.CAPTIVES_TEXT_WORDS:
            return False
        violence = self.ex.acts.outside_custody_if().get(match.act, frozenset())
        telling = violence - self.ex.acts.words("remains_of_the_dead")
        return not any(g.word_in(t, telling) for t in self.sent)

    def _into_solitary_site(self, head: Token) -> bool:
        """'he was brought back and put in the Khalvat', where the text has said the Khalvat is
        a place of solitary confinement: the place makes the custody solitary."""
        if not settings.SOLITARY_SITES_MAKE_THE_ACT:
            return False
        verb = g.clause_head(head)
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "into", "to", "inside"):
                continue
            places = (t for t in prep.children if t.dep_ == "pobj")
            if any(self._site_act(place) == "solitary_confinement" for place in places):
                return True
        return False

    def _held_alone(self, match: TriggerMatch) -> bool:
        """'kept in a container by herself for two weeks', 'locked me in alone', 'held in rooms
        on their own': custody its own clause tells as kept alone (acts.yaml word classes
        alone, alone_after_by, alone_after_on)."""
        acts = self.ex.acts
        verb = g.clause_head(match.head)
        clause = [t for t in verb.subtree if g.clause_head(t) == verb]  # not clauses under it
        company = self.lex.words("group_nouns") | acts.words("in_company")
        if any(
            t.dep_ == "pobj" and t.head.lower_ == "with" and g.word_in(t, company) for t in clause
        ):
            return False  # "put me in a room with the other prisoners, alone with my thoughts"
        for token in clause:
            if g.word_in(token, acts.words("alone")):
                return True
            preposition = token.head.lower_ if token.dep_ == "pobj" else ""
            if preposition == "by" and g.word_in(token, acts.words("alone_after_by")):
                return True
            if preposition == "on" and g.word_in(token, acts.words("alone_after_on")):
                return True
        return False

    def _died_in_site(self, head: Token) -> bool:
        """'Mr. Teymouri, who died in the camp in January 2021': a death its own clause places in
        a place of confinement (a camp, a compound, a base) is a death in custody, with no
        other word of custody in the paragraph."""
        dying = self.ex.acts.words("dying")
        if g.word_in(head, dying):
            verbs = [g.clause_head(head)]
        elif head.lemma_.lower() == "death":  # 'the deaths of six residents who died in Camp X'
            verbs = [v for t in head.subtree if t.dep_ == "relcl" and g.word_in(v := t, dying)]
        else:
            return False
        sites = self.lex.words("confinement_nouns")
        for verb in verbs:
            for prep in g.children(verb, {"prep"}):
                place = _first(g.children(prep, {"pobj"}))
                if prep.lower_ in ("in", "at", "inside") and place is not None:
                    named = [place, *g.children(place, {"compound"})]  # 'Camp Ashiyaneh'
                    if any(g.word_in(t, sites) for t in named):
                        return True
        return False

    def _child_taken(self, verb: Token) -> bool:
        """'Alice Uwimana, 8, taken at Ruhanga', 'the fighters took the boys': children taken
        from their families are separated from them (acts.yaml 'of_children')."""
        if not g.word_in(verb, self.ex.acts.words("taking")):
            return False
        taken = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        if verb.dep_ == "acl":
            taken.append(verb.head)
        children = self.ex.acts.words("children")
        return bool(taken) and all(g.word_in(t, children) or self._young(t) for t in taken)

    @staticmethod
    def _young(person: Token) -> bool:
        """An age written beside a name: 'Alice Uwimana, 8,'."""
        ages = [c for c in person.children if c.dep_ == "appos" and c.text.isdigit()]
        return bool(ages) and int(ages[0].text) < 15

    def _hurled(self, label: Token) -> bool:
        """'They called me a whore and a traitor', 'shouted that I was a traitor and a dirty
        animal': a label among insults, or shouted, abuses the one it is hurled at."""
        insults = self.ex.acts.words("insult")
        near = [*label.conjuncts, *(c for t in label.conjuncts for c in t.children)]
        if any(g.word_in(t, insults) for t in near):
            return True
        shouting = self.ex.acts.words("shouting")
        return any(g.word_in(a, shouting) for a in label.ancestors) or self._self_labelled(label)

    def _self_labelled(self, label: Token) -> bool:
        """'I had to stand up and say I am a weak woman, I am a traitor to the leader': a label
        one says of oneself (self-criticism) is abuse of the one made to say it, not an
        accusation; 'Farzin said that I am an agent', 'they told me I was a traitor' are."""
        if label.dep_ != "attr" or self._subject(label.head) not in ("i", "we"):
            return False
        speech = self.lex.words("speech_verbs") | self.ex.acts.words("confessing")
        sayers = {self._subject(t) for t in self.sent if g.word_in(t, speech) and t.pos_ == "VERB"}
        return bool(sayers) and sayers <= {"i", "we"}

    @staticmethod
    def _subject(verb: Token) -> str | None:
        """The verb's subject, lower case, or that of the verb it is coordinated to or completes
        ('I had to stand up and say', 'we had to repeat')."""
        current = verb
        for _ in range(4):
            found = [c.lower_ for c in current.children if c.dep_ in ("nsubj", "nsubjpass")]
            if found:
                return found[0]
            if current.dep_ not in ("conj", "xcomp") or current.head is current:
                return None
            current = current.head
        return None

    def _custody_words(self) -> frozenset[str]:
        return self.lex.words("custody_words") | self.ex.acts.words("custody")

    def _paragraph_has(self, words: frozenset[str]) -> bool:
        paragraph = self.sent.doc  # one paragraph (or part of one)
        return any(g.word_in(t, words) for t in paragraph)

    def _natural_death(self, verb: Token, act: str) -> bool:
        """'My father died in 2004': a death told by a verb of dying ('died', 'had a heart
        attack'; not 'the deaths of X were never investigated') with no sign of custody nor of
        violence in its paragraph is no act; a suicide wording ('took his own life') is one
        anywhere."""
        violence = self.ex.acts.outside_custody_if().get(act)
        if violence is None or not g.word_in(verb, self.ex.acts.words("dying")):
            return False
        if self._paragraph_has(self._custody_words() | violence):
            return False
        if settings.DIED_IN_THE_CAMP and self._died_in_site(verb):
            return False
        found = self.ex.index.find(self.sent)
        return not any(m.trigger.anywhere and g.clause_head(m.head) == verb for m in found)

    def _topic(self, head: Token, verb: Token) -> bool:
        """An act named as a subject of debate, not stated: 'the issue of torture is raised',
        'violence against members is an important issue'."""
        topics = self.lex.words("topic_nouns") | self.ex.acts.words("topics")
        noun = head  # "patterns of arbitrary detention and torture": the noun 'of' governs
        for _ in range(3):
            if noun.dep_ in ("amod", "compound", "conj") and noun.head is not noun:
                noun = noun.head
        if noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in topics:
            return True
        if self._back_reference(head):
            return True
        attrs = [c for c in verb.children if c.dep_ == "attr"]
        return verb.lemma_ == "be" and any(a.lemma_.lower() in topics for a in attrs)

    def _back_reference(self, head: Token) -> bool:
        """'During the first weeks of his detention he was interrogated', 'learned of his
        detention': an act named by a noun with its victim's possessive, inside a phrase that
        sets the time or topic of another statement, refers back to an act told elsewhere; so
        does a participle before its noun ('the detained protesters')."""
        if head.dep_ == "amod" and head.tag_ == "VBN" and head.i < head.head.i:
            # "the detained protesters", "girls from detained families"
            return g.word_in(head, self.ex.acts.words("held_participles"))
        if settings.THOSE_DONE_TO and _those_done_to(head):
            return True  # "how many of those arrested were women": the arrest is told elsewhere
        if head.pos_ != "NOUN" or not any(c.dep_ == "poss" for c in head.children):
            return False
        if not g.word_in(head, self.ex.acts.words("act_nouns")):
            return False  # "learned of his whereabouts" tells of a disappearance
        prep = head.head if head.dep_ in ("pobj", "dobj") else None  # "concerning" may be a verb
        if prep is None:
            return False
        if prep.lower_ == "of":  # "the first weeks of his detention", "learned of his arrest"
            return g.word_in(prep.head, self.ex.acts.words("back_reference_of"))
        return g.word_in(prep, self.ex.acts.words("back_reference"))

    def _not_a_statement(self, verb: Token, act: str) -> bool:
        """Questions, recommendations ("X must be given access to places of detention") and
        descriptions of a place ("the centre where he is held")."""
        if self.sent.text.rstrip().endswith("?") or self._natural_death(verb, act):
            return True
        if self._demanded(verb) or self._imperative(verb) or self._thing_held(verb, act):
            return True
        if any(c.lower_ == "where" and c.dep_ == "advmod" for c in verb.children):
            # "the centre where he is held" describes the centre; "sent to a storeroom, where
            # they were kept for weeks" tells how long they were held there
            lasting = settings.WHERE_KEPT_FOR and self._lasts(verb)
            return act == "detention" and not lasting
        return any(c.dep_ == "aux" and c.lower_ in ("must", "should") for c in verb.children)

    def _lasts(self, verb: Token) -> bool:
        """'kept for days or weeks', 'held for three months': a verb given a duration."""
        lengths = self.lex.words("duration_nouns")
        for prep in g.children(verb, {"prep"}):
            if prep.lower_ == "for" and any(t.lemma_.lower() in lengths for t in prep.subtree):
                return True
        return False

    def _thing_held(self, verb: Token, act: str) -> bool:
        """'She held my chador', 'the residents' passports were kept in the secretariat': a
        thing held, kept or moved (acts.yaml class things) is no one's detention, even with its
        owner named."""
        if act not in self.ex.acts.words("person_acts"):
            return False
        if not g.word_in(verb, self.ex.acts.words("holding_verbs")):
            return False
        held = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        things = self.ex.acts.words("things")
        return bool(held) and all(g.word_in(t, things) for t in held)

    def _demanded(self, verb: Token) -> bool:
        """'The experts urged the Government ... to disclose the fate and whereabouts of X',
        'calls on the NDO to return all confiscated documents', 'is under an obligation to
        release him': what a body asks to be done (an infinitive under a word of demand)."""
        demands = self.ex.acts.words("demands")
        asking_on = self.ex.acts.words("demands_on")
        infinitive = False
        for above in (verb, *verb.ancestors):
            if infinitive and g.word_in(above, demands):
                return True
            if infinitive and g.word_in(above, asking_on):
                return any(c.lower_ in ("on", "upon") for c in above.children)
            infinitive = infinitive or any(
                c.dep_ == "aux" and c.lower_ == "to" for c in above.children
            )
        return False

    def _imperative(self, verb: Token) -> bool:
        """'- disclose the fate and whereabouts of X', '1. Release the missing teachers': a
        list of demands, each line an order (a base verb opening the sentence, with no
        subject) and what it governs, but not a clause set beside it ('Help him, they beat
        him')."""
        root = self.sent.root
        words = [t for t in self.sent if t.is_alpha]
        if not words or words[0] != root or root.tag_ != "VB":
            return False
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children):
            return False
        path = [verb, *verb.ancestors]
        below = path[: path.index(root)] if root in path else None
        return below is not None and not any(t.dep_ in ("parataxis", "ccomp") for t in below)

    def _has_verb(self) -> bool:
        return any(t.pos_ in ("VERB", "AUX") for t in self.sent)

    def _evidence(self, verb: Token, keep: set[int], roles: list[Token]) -> tuple[int, int]:
        """The clause that states the act, stretched to take in its victims and perpetrators
        when the parse puts them outside it; the sentence when the clause is a fragment."""
        tokens = g.clause_tokens(verb, keep)
        inside = [r for r in roles if self.sent.start <= r.i < self.sent.end]
        fragment = len(tokens) < 3 and not inside
        if settings.SENTENCE_EVIDENCE or fragment or not keep <= {t.i for t in tokens}:
            tokens = [t for t in self.sent if not t.is_space]
        first, last = tokens[0], tokens[-1]
        for role in roles:
            if self.sent.start <= role.i < self.sent.end:
                first = min(first, role.left_edge if role.i < first.i else first, key=_index)
                last = max(last, role if role.i > last.i else last, key=_index)
        return self.offset + first.idx, self.offset + last.idx + len(last.text)

    # --- roles -----------------------------------------------------------------------------

    def _roles(self, match: TriggerMatch, verb: Token) -> tuple[list[Token], list[Token]]:
        head = match.head
        if match.trigger.text == IF_SAID:  # who says it threatens; whom, _threatened says
            teller = g.agent(head) if g.is_passive(head) else g.subject(head)
            return self._threatened(head), [teller] if teller is not None else []
        if match.trigger.text == SITE_STAY:  # "Hadi was in the Khalvat for three years"
            stayer = self._personal(g.subject(head))
            return (self._expand(stayer, head) if stayer is not None else []), []
        noun = head.head
        if head.dep_ in ("amod", "compound") and noun in match.tokens and _aimed(noun):
            head = noun  # "sexual violence against X": the noun holds the roles
        if settings.ADVERB_HEADS and head.dep_ == "advmod" and noun in match.tokens:
            head = noun  # "guards sexually abused women": the verb, not its adverb, has roles
        if head.pos_ in ("VERB", "AUX") or head.tag_ in ("VBN", "VBG", "VBD"):
            victim, perp = self._verb_roles(head)
        else:
            victim, perp = self._noun_roles(head)
        victim = victim if victim is not None else self._participle_object(head)
        if victim is None and settings.AIMED_AT:
            victim = self._aimed_at(head)
        if victim is not None and settings.DEATH_OF_PEOPLE:
            victim = self._befallen(victim)
        if (
            victim is None
            and settings.PATIENTS_ARE_PEOPLE
            and match.act in self.lex.words("body_acts")
        ):
            victim = self._unknown_people(head)  # "two suspected pirates were killed"
        if match.act in self.lex.words("liberty_acts"):
            victim = self._at_liberty(head) or victim
        if match.act == "denial_of_contact" and settings.VISITED_ARE_HELD:
            victim = self._visited(head, victim) or victim
        if match.act == "denial_of_contact" and settings.KEPT_FROM_KIN:
            kept = self._asker(match) or self._kept_from_kin(head)
            if kept is not None:  # "I could not contact my family": I am the one kept
                victim, perp = kept, (None if perp is not None and perp.i == kept.i else perp)
        if match.act == "disappearance" and settings.MISSING_NOT_SEEKERS:
            victim = self._sought(head, victim) or victim
        if victim is None and perp is not None and self._toils(perp, match.act):
            victim, perp = perp, None
        victims = self._expand(victim, head) if victim is not None else []
        if match.act == "threat" and settings.THREATENED_IF:
            warned = self._warned(head)  # "if I did not sign, they would bring my mother in"
            victims = (
                [warned, *victims] if warned is not None and warned not in victims else victims
            )
        if match.act == "threat" and settings.THREAT_ADDRESSEE:
            told = self._told_to(head)  # "R.A. was told that her family would be killed"
            victims = [told, *victims] if told is not None and told not in victims else victims
        perceives = head.lemma_.lower() in self.lex.words("perception_verbs")
        if perceives and not self._takes_thing(head):
            perp = None  # "not seen by his family since": who misses them, not who took them
        if perp is None and settings.AT_THE_HANDS_OF:
            perp = self._at_the_hands_of(head)
        if perp is None and settings.RECEIVERS_HOLD:
            perp = self._handed_to(head)
        perps = g.with_conjuncts(perp) if perp is not None else []
        if settings.ORDERED_BY:  # "tortured on the direct order of Massoud Rajavi"
            orderer = self._ordered_by(head)
            ordered = g.with_conjuncts(orderer) if orderer is not None else []
            perps = [*perps, *(o for o in ordered if o not in perps and o not in victims)]
            self.orderers.update(o.i for o in ordered)
        return victims, perps

    def _ordered_by(self, head: Token) -> Token | None:
        """Who ordered the act: 'on the orders of the commandant', 'by order of the leader',
        'on Rajavi's orders' hung on the act's clause, or the subject of 'ordered' whose
        complement the act is ('Rajavi ordered that the two men be locked in a cell')."""
        word = head.head if head.dep_ in ("amod", "compound") else head
        near = {word.i, *(a.i for a in word.ancestors), *(t.i for t in word.subtree)}
        for token in self.sent:
            if (
                token.lemma_.lower() not in self.lex.words("order_nouns")
                or token.dep_ != "pobj"
                or token.head.lower_ not in self.lex.words("order_prepositions")
                or token.head.head.i not in near
            ):
                continue
            orderer = g.prep_object(token, ("of", "from")) or _first(
                c for c in token.children if c.dep_ == "poss"
            )
            if orderer is not None and self._can_order(orderer):
                return orderer
        ordering = word.head
        if (
            word.dep_ in ("xcomp", "ccomp", "dobj")  # "ordered the beatings"
            and not g.is_passive(ordering)
            and ordering.lemma_.lower() in self.lex.words("order_verbs")
        ):
            orderer = g.subject(ordering)
            return orderer if orderer is not None and self._can_order(orderer) else None
        return None

    def _can_order(self, token: Token) -> bool:
        """Who gives orders: a doer, or any person ('the founder, Ortwin Vorhagen')."""
        return self._actor(token) or self._person_like(token)

    def _handed_to(self, head: Token) -> Token | None:
        """'five members were turned over to Iraqi security forces and held in Abu Ghraib': who
        people were handed to holds them, in the verb coordinated with the handing over."""
        if head.dep_ != "conj" or not g.is_passive(head):
            return None
        handing = head.head
        if handing.lemma_.lower() not in self.lex.words("handing_verbs"):
            return None
        to = g.prep_object(handing, ("to",))
        return to if to is not None and self._actor(to) else None

    def _at_the_hands_of(self, head: Token) -> Token | None:
        """'torture at the hands of the security services', 'the abuse she suffered at the
        hands of her father': who the hands are of did the act (the phrase hung on the act's
        word, a verb above it, or the clause that tells of it)."""
        word = head.head if head.dep_ in ("amod", "compound") else head  # "sexual abuse"
        near = {word.i, *(a.i for a in word.ancestors), *(t.i for t in word.subtree)}
        for token in self.sent:
            if (
                token.lower_ != "hands"
                or token.head.lower_ != "at"
                or token.head.head.i not in near
            ):
                continue
            doer = g.prep_object(token, ("of",))  # (whoever it is: 'her stepfather')
            if doer is not None and doer.pos_ in ("NOUN", "PROPN", "PRON"):
                return doer
        return None

    def _takes_thing(self, verb: Token) -> bool:
        """'Mother Ruth collected our passports': a verb that may only perceive ('collect
        testimonies', 'see him') does the act when a wording makes it take a thing."""
        if not settings.TAKERS_OF_THINGS:
            return False
        thing = g.direct_object(verb)
        return thing is not None and not g.is_passive(verb) and not self._person_like(thing)

    def _toils(self, subject: Token, act: str) -> bool:
        """'every day we carried stones for the commanders' houses', 'we got one cup of water':
        who toils or goes without is the subject, not a doer; whoever makes them is unnamed."""
        toil = act in self.lex.words("toil_acts")
        return toil and self._person_like(subject) and not self._doer(subject)

    def _at_liberty(self, head: Token) -> Token | None:
        """'Members are free to write to their families', 'Trainees were allowed to receive
        visits': whose liberty to leave or to keep in touch is told is the victim, not whom
        they write to."""
        above = head.head
        if head.dep_ != "xcomp" or above.lemma_.lower() not in self.lex.words("liberty_words"):
            return None
        subject = g.passive_subject(above) if g.is_passive(above) else g.subject(above)
        return self._personal(subject)

    def _threatened(self, said: Token) -> list[Token]:
        """Who a conditional warning threatens: whom it is told to ('Pruitt told him that if
        he ran away...', 'I was told by the militia, if...'), and the one whose 'if' it hangs
        on ('he said if I did not sign...')."""
        told = _addressee(said)
        clauses = [t for t in said.subtree if t.dep_ == "advcl" and self._supposes(t)]
        supposer = _first(g.children(clauses[0], {"nsubj", "nsubjpass"})) if clauses else None
        if told is not None and supposer is not None and supposer.lower_ in PERSONAL_PRONOUNS:
            supposer = None  # "told him that if he ran away": "he" is the one told
        found = [self._personal(t) for t in (told, supposer) if t is not None]
        return list(dict.fromkeys(t for t in found if t is not None and self._resolvable(t)))

    def _stated(self, matches: list[TriggerMatch]) -> list[TriggerMatch]:
        """The wordings of acts the sentence states, not foretells; a rule told as what will
        not be allowed is in force ("told they would not be allowed to leave"), and a threat
        is itself said."""
        told_rules = self.lex.words("rules_told_ahead") | {"threat"}
        return [m for m in matches if m.act in told_rules or not self._foretold(m.head)]

    def _speech_verbs(self) -> frozenset[str]:
        return self.lex.words("telling_verbs") | {"say"}

    def _foretold(self, head: Token) -> bool:
        """'He was told he would be reported to the police and jailed if he left', 'they said
        the police would put me in jail': an act that would be done if something happened, or
        that someone says will be done, and that is not told as done again and again."""
        verb = head if head.pos_ in ("VERB", "AUX") else g.clause_head(head)
        # "would be reported ... and jailed": a verb coordinated to another shares its 'would'
        verbs = [verb, verb.head] if verb.dep_ == "conj" else [verb]
        if settings.MAY_BE_DONE and any(_possible_passive(v) for v in verbs):
            return True  # "could be sentenced to life", "might be detained again"
        if not any(_future(v) for v in verbs):
            return False
        if any(self._supposes(c) for v in verbs for c in g.children(v, {"advcl"})):
            return True
        speech = self._speech_verbs()
        said = any(a.lemma_.lower() in speech for a in verbs[-1].ancestors)
        habit = self.lex.words("habit_words")
        return said and not any(t.lower_ in habit for t in verbs[-1].subtree)

    def _supposes(self, clause: Token) -> bool:
        marks = self.lex.words("condition_marks")
        return any(m.lower_ in marks for m in g.children(clause, {"mark"}))

    def _warned(self, head: Token) -> Token | None:
        """Who a threat is made to: the one whose 'if' it hangs on ('if I did not sign they
        would bring my mother in', 'if you speak again'), besides whom it would harm."""
        for verb in (head, g.clause_head(head)):
            for clause in g.children(verb, {"advcl"}):
                if self._supposes(clause):
                    warned = _first(self._personal(s) for s in g.children(clause, {"nsubj"}))
                    return warned if warned is None or self._resolvable(warned) else None
        return None

    def _told_to(self, head: Token) -> Token | None:
        """Whom a threat is told to: the one a verb of telling above it addresses ('the
        interrogators told him that his wife would follow him'), or its subject when it is
        passive ('R.A. was told that if she ran away...')."""
        for verb in head.ancestors:
            if verb.lemma_.lower() not in self.lex.words("telling_verbs"):
                continue
            found = self._personal(_addressee(verb))
            if found is None or head in found.subtree:  # the threat parsed as its clause
                return None
            return found if self._resolvable(found) else None
        return None

    def _resolvable(self, token: Token) -> bool:
        """Not an 'I' of a text whose narrator is not known (it would be taken for the one who
        speaks: 'Captain Musa said that if I ran away')."""
        first = self.lex.words("first_person_singular") | self.lex.words("first_person_plural")
        return token.lower_ not in first or self.ctx.narrator() is not None

    def _visited(self, head: Token, visitor: Token | None) -> Token | None:
        """'His family has not been allowed to see him', 'nobody may visit the prisoners':
        kept from contact is who is held, not the relatives, lawyers or nobody kept away."""
        if visitor is not None and not g.is_nobody(visitor) and not self._visitor(visitor):
            return None
        contact = self.lex.words("contact_verbs")
        above = g.clause_head(head)  # "no lawyer ... has been allowed to see the prisoners"
        for verb in g.children(above, {"xcomp", "ccomp"}):
            if verb.lemma_.lower() in contact:
                seen = self._personal(g.direct_object(verb) or g.prep_object(verb, ("with",)))
                if seen is not None and seen is not visitor:
                    return seen
        return None

    def _sought(self, head: Token, seeker: Token | None) -> Token | None:
        """'Her family has been unable to obtain any information on her whereabouts', 'Families
        were not informed where their relatives were held': who disappeared is the one sought,
        not the relatives who seek them."""
        hears = seeker is None or seeker.dep_ in ("nsubj", "dobj", "dative")  # not "his brother"
        if settings.HEARD_OF_ARE_MISSING and hears and (heard := self._heard_of(head)):
            return heard
        if seeker is None or not self._visitor(seeker):
            return None
        for token in g.clause_head(head).subtree:
            if token.lemma_.lower() in ("whereabouts", "fate"):
                owner = _possessor(token) or g.prep_object(token, ("of",))
                if self._personal(owner) is not None and owner is not seeker:
                    return owner
            held = token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ in ("ccomp", "advcl")
            if held and token is not seeker and self._personal(token) is not None:
                return token
        return None

    def _heard_of(self, head: Token) -> Token | None:
        """'we never heard of him again', 'never saw him again', 'no news of him': the missing
        one is whom nothing is heard of or seen, not who hears or sees nothing."""
        verb = g.clause_head(head)
        if verb.lemma_.lower() == "know":  # "she does not know whether they are alive"
            asked = [s for c in g.children(verb, {"ccomp"}) for s in g.children(c, {"nsubj"})]
            return self._personal(asked[0]) if asked else None
        if verb.lemma_.lower() not in ("hear", "see", "receive", "get", "have", "give", "search"):
            return None
        objects = [verb, *g.children(verb, {"dobj"})]
        for owner in objects:
            for prep in g.children(owner, {"prep"}):
                if prep.lower_ in ("of", "from", "about", "for"):
                    found = self._personal(_first(g.children(prep, {"pobj"})))
                    if found is not None:
                        return found
        seen = g.direct_object(verb) if verb.lemma_.lower() == "see" else None
        return self._personal(seen)

    def _unknown_people(self, head: Token) -> Token | None:
        """'Two suspected pirates were killed', 'these sergeants have been detained': a plural
        noun the tagger knows no person by, the passive subject of a verb of the body's acts, is
        people (not an abstract noun nor a word for things)."""
        if head.pos_ != "VERB" or not g.is_passive(head):
            return None  # (an object may be misparsed: "arrested since the March protests")
        patient = _common_noun(g.passive_subject(head))
        if patient is None or self._surely_no_one(patient) or _owner(patient) is not None:
            return None
        return patient if patient.tag_ == "NNS" else None

    def _surely_no_one(self, noun: Token) -> bool:
        """A word for things or happenings, or an abstract noun: never people (the tagger knows
        too few people, pirates, sergeants and rioters among them, to take the rest as things)."""
        acts = self.ex.acts
        no_ones = acts.words("things") | acts.words("inanimate") | self.lex.words("happening_nouns")
        lemma = noun.lemma_.lower()
        return lemma in no_ones or lemma.endswith(ABSTRACT_ENDINGS)

    def _done_to_a_thing(self, head: Token) -> bool:
        """'the cult has killed all normal human feelings', 'meetings that were held as my
        trials': the verb's own object is a thing, so no person of the sentence is lent to it."""
        if head.pos_ != "VERB":
            return False
        patient = g.passive_subject(head) if g.is_passive(head) else g.direct_object(head)
        if patient is not None and patient.lower_ in ("that", "which") and head.dep_ == "relcl":
            patient = head.head  # "meetings that were held"
        patient = _common_noun(patient)
        if patient is None or not self._surely_no_one(patient):
            return False
        return not self._person_like(patient) and _owner(patient) is None

    def _asker(self, match: TriggerMatch) -> Token | None:
        """'She asked to call her mother but the guards refused': who asked is kept."""
        asked = _first(t for t in match.tokens if t.lemma_.lower() in ("ask", "request"))
        subject = g.subject(asked) if asked is not None else None
        return subject if subject is not None and self._person_like(subject) else None

    def _kept_from_kin(self, head: Token) -> Token | None:
        """'I could not contact my family', 'they could not call their parents': who cannot
        reach their relatives or lawyer is the one kept from contact, not the relatives."""
        contact = self.lex.words("contact_verbs")
        near = [head, head.head, *head.children, *g.clause_head(head).children]
        verb = _first(t for t in near if t.lemma_.lower() in contact and t.pos_ == "VERB")
        reached = g.direct_object(verb) if verb is not None else None
        if verb is None or reached is None or not self._visitor(reached):
            return None
        subject = g.subject(verb)
        if subject is None or self._visitor(subject) or not self._person_like(subject):
            return None
        return subject

    def _visitor(self, token: Token) -> bool:
        return g.word_in(token, self.lex.words("visitor_nouns"))

    def _participle_object(self, head: Token) -> Token | None:
        """'Security forces opened fire on the crowd, killing at least six people': the
        people a participle clause of the act's verb names."""
        verb = g.clause_head(head)
        for child in verb.children:
            if child.dep_ in ("advcl", "xcomp", "conj") and child.tag_ == "VBG":
                found = self._personal(g.direct_object(child))
                if found is not None:
                    return found
        return None

    def _verb_roles(self, head: Token) -> tuple[Token | None, Token | None]:
        undergone = self._undergone(head) if settings.HAD_DONE_TO else None
        if undergone is not None:
            return undergone, g.agent(head)
        listed = self._listed_passive(head) if settings.LISTED_PASSIVES else None
        if listed is not None:
            return listed, g.agent(head)
        if settings.OWN_PAPERS_GIVEN and self._gives_own(head):
            return self._personal(g.subject(head)), None
        if settings.PARTICIPLES_AFTER_BE and _participle_after_be(head):
            # "They were handcuffed to a chair", the participle parsed as the adjective of
            # "were": a passive all the same, whose subject is the copula's
            return self._personal(g.subject(head.head)), g.agent(head)
        if settings.SET_OFF_PARTICIPLES and g.set_off_participle(head):
            # "Kim, imprisoned in a camp at 13, spoke at the conference": the tagger made the
            # participle the sentence's verb and Kim its doer; Kim is who was imprisoned
            return self._personal(g.subject(head)), g.agent(head)
        if g.is_passive(head):
            subject = g.passive_subject(head)
            if subject is None and settings.OBJECT_CONTROLS and head.dep_ == "xcomp":
                # "Rajavi ordered him to be imprisoned": the object of the verb above
                subject = g.direct_object(head.head)
            if subject is not None and not self._person_like(subject):
                against = g.prep_object(subject, ("against",)) if settings.AIMED_AT else None
                # "their passports were taken", "the charges against him were fabricated"
                subject = _owner(subject) or against
            victim = self._personal(subject)
            controller = g.gerund_controller(head) if subject is not None else None
            if victim is None and controller is not None and controller == subject:
                # "Saken reported being held": who tells it is who it befell
                victim = subject if self._person_like(subject) else None
            if (
                head.dep_ == "acl"
                and head.head.lower_ == "those"
                and head.head.head.lower_ == "among"
            ):
                victim = self._personal(g.subject(head.head.head.head)) or victim
            return victim, g.agent(head)
        victim = g.direct_object(head)
        if victim is not None and not self._person_like(victim):
            turned = self._turned_on(victim, head) if settings.AIMED_AT else None
            victim = turned or _owner(victim)  # "his hand against anyone": not his
        if victim is not None and victim.lower_ in REFLEXIVES:
            victim = g.subject(head) or victim  # "some members preferred to kill themselves"
        if victim is None:  # "they gave us little food", "denied them visits"
            victim = _first(self._personal(d) for d in g.children(head, {"dative", "iobj"}))
        if victim is None and head.dep_ in ("acl", "relcl") and self._person_like(head.head):
            victim = head.head
        if head.dep_ == "acl" and head.head.lower_ == "those" and head.head.head.lower_ == "among":
            victim = g.subject(head.head.head.head) or victim
        if victim is None and head.lemma_.lower() in self.lex.words("subject_victim_verbs"):
            # "he died there": the subject suffered the act; whoever caused it is not named
            return self._personal(g.subject(head)), None
        if settings.WHO_HAS_NO_ACCESS and _has_access(head):
            # "detainees have no access to lawyers": the detainees are kept from them
            return self._personal(g.subject(head)) or self._personal(victim), None
        return self._personal(victim), g.subject(head)

    def _turned_on(self, thing: Token, verb: Token) -> Token | None:
        turned = (g.prep_object(t, ("against", "upon")) for t in (thing, verb))
        return _first(self._personal(t) for t in turned)

    def _aimed_at(self, verb: Token) -> Token | None:
        """'did not open fire on anyone', 'raised his hand against anyone': whom the verb's
        object is turned on (not whose hand it is)."""
        thing = _first(g.children(verb, {"dobj"}))
        if thing is None:
            return None
        on_thing = g.prep_object(thing, ("on", "against", "upon", "at"))
        return self._personal(on_thing) or self._personal(
            g.prep_object(verb, ("on", "against", "upon"))
        )

    def _undergone(self, head: Token) -> Token | None:
        """'Inmates who missed their norm had their food ration cut', 'he had his passport
        taken': who has the act done to them is the subject of 'have'."""
        above = head.head
        if head.dep_ == "acl" and above.dep_ == "dobj":
            above = above.head  # "had [their rations cut]" parsed as rations, then cut
        if head.tag_ != "VBN" or above is head or above.i > head.i:
            return None
        if above.lemma_.lower() not in ("have", "get") or above.pos_ != "VERB":
            return None
        return self._personal(g.subject(above))

    def _listed_passive(self, head: Token) -> Token | None:
        """'children were kept out of school, made to work in the orchards and ...': a
        participle with no subject, object or auxiliary of its own, listed after a passive,
        befalls the passive's subject."""
        own = {"nsubj", "nsubjpass", "dobj", "auxpass", "aux", "csubj"}
        # ('were tortured and kept for years': the tagger often reads the second as past tense)
        participle = head.tag_ == "VBN" or (settings.LISTED_PAST_PARTICIPLES and head.tag_ == "VBD")
        if not participle or head.dep_ not in ("advcl", "conj") or g.children(head, own):
            return None
        before = [t for t in self.sent if t.i < head.i and t.dep_ in ("nsubj", "nsubjpass")]
        if not before or before[-1].dep_ != "nsubjpass" or before[-1].head.i > head.i:
            return None  # "who said ... and beaten": an active subject came last
        return self._personal(before[-1])

    def _gives_own(self, head: Token) -> bool:
        """'new members hand their passports to the leadership': who gives up their own papers
        is who loses them; the one who takes them is the 'to', not the subject."""
        if head.lemma_.lower() not in self.lex.words("surrender_verbs"):
            return False
        thing, subject = g.direct_object(head), g.subject(head)
        if thing is None or subject is None or self._person_like(thing):
            return False
        owner = _possessor(thing)
        return owner is not None and _agrees(owner, subject)

    def _noun_roles(self, head: Token) -> tuple[Token | None, Token | None]:
        if settings.CAPTIVE_OF and g.word_in(head, self.lex.words("captive_words")):
            held = self._held_captive(head)
            if held is not None:
                return held
        top = head
        while top.dep_ == "conj" and top.head.pos_ in ("NOUN", "PROPN"):
            top = top.head
        objects = [g.prep_object(n, ("of", "against", "on", "upon", "for")) for n in (head, top)]
        victim = _first(self._personal(o) for o in objects)
        if victim is None and settings.OWNER_OF_THINGS:  # "confiscation of the passports of X"
            victim = _first(self._personal(_owner(o)) for o in objects if o is not None)
        victim = victim or _first(self._personal(p) for p in g.children(head, {"poss"}))
        if victim is None and settings.ABUSE_THEY_SUFFERED:
            victim = self._sufferer_of(top)
        perp = g.prep_object(head, ("by",))
        if perp is None and victim is not None and settings.BY_NAMES_DOER:
            perp = self._as_actor(g.by_within(victim))
        verb = g.governing_verb(top)
        if verb is None:
            return victim, perp
        lemma = verb.lemma_.lower()
        if (
            perp is None
            and settings.BY_NAMES_DOER
            and top.dep_ == "dobj"
            and not g.is_passive(verb)
        ):
            # "described beatings by guards": the parse hangs the noun's "by" on the verb
            perp = self._as_actor(g.prep_object(verb, ("by",)))
        victim = victim or self._included(top) or self._included(verb)
        if victim is None and self._reported_thing(head, verb):
            return None, perp  # "they had received allegations of torture": who got the report
        if victim is None and top.dep_ == "oprd" and settings.CALLED_IS_OBJECT:
            victim = self._personal(g.direct_object(verb))  # "called him a spy": him
        if victim is None and top.dep_ in ("attr", "oprd", "acomp"):  # "members are missing"
            subject = g.subject(verb)
            if subject is not None and settings.DEATH_OF_PEOPLE:
                subject = self._befallen(subject)  # "the punishment of those who flee is death"
            victim = self._personal(subject) or self._personal(g.direct_object(verb))
        if victim is None and g.is_passive(verb):
            victim = self._personal(g.passive_subject(verb))
            by = g.agent(verb)  # not the act itself ('alarmed by the killing of 11 people')
            perp = perp or (by if by not in (head, top) else None)
        elif victim is None and lemma in self.lex.words("experience_verbs"):
            victim = self._personal(g.subject(verb))
        elif lemma in self.lex.words("perpetration_verbs"):
            perp = perp or g.subject(verb)
            obj = g.direct_object(verb)
            if victim is None and obj is not None and obj.i != top.i:
                victim = self._personal(obj)
        listing = lemma in self.lex.words("listing_verbs")
        if victim is None and settings.LISTED_ABUSES and listing:
            victim, perp = self._listed_against(verb, perp)
        return victim, perp

    def _held_captive(self, word: Token) -> tuple[Token | None, Token | None] | None:
        """'she is captive of the MKO', 'the captive members': who is captive (the subject of
        'is', the noun 'captive' describes) and who holds them ('of', 'by' the captor)."""
        if word.dep_ == "amod":
            held: Token | None = word.head
        elif word.dep_ in ("acomp", "attr", "oprd"):
            held = g.subject(word.head) or g.passive_subject(word.head)
        else:
            return None
        if held is not None and held.lower_ in ("who", "that") and held.head.dep_ == "relcl":
            held = held.head.head  # "members who are captive inside this organization"
        captor = g.prep_object(word, ("of", "by")) or g.prep_object(word.head, ("of", "by"))
        captor = captor if captor is not None and self._actor(captor) else None
        return self._personal(held), captor

    def _sufferer_of(self, noun: Token) -> Token | None:
        """'the abuse she and her sister suffered', 'the torture he endured': who undergoes
        the act in a clause on its noun."""
        for clause in g.children(noun, {"relcl"}):
            if clause.lemma_.lower() in self.lex.words("enduring_verbs"):
                return self._personal(g.subject(clause))
        return None

    def _saying_body(self, pronoun: Token, speaker: str | None) -> str | None:
        """'The brigade has said it is not holding him': "it" is the body that says so."""
        if not settings.IT_IS_WHO_SAYS:
            return None
        speech = self.lex.words("speech_verbs") | self.lex.words("denial_verbs")
        for above in pronoun.ancestors:
            if above.pos_ in ("VERB", "AUX") and above.lemma_.lower() in speech:
                subject = g.subject(above)
                if subject is None or subject.pos_ == "PRON":
                    return None
                body = self._actor(subject) or g.word_in(
                    subject, self.lex.words("not_person_words")
                )
                # "Iran said it had arrested 13 members": a state speaks for itself
                body = body or (settings.STATES_SAY_IT and subject.ent_type_ == "GPE")
                name = self.ex.name_of(subject, self.offset, self.ctx, speaker)
                return name if body and self._not_a_source(name) else None
        return None

    def _state(self, token: Token) -> bool:
        """'Iraq had detained 36 residents', 'detained by Turkey': a country that does an act is
        its state."""
        return settings.STATES_ACT and token.ent_type_ == "GPE" and token.pos_ == "PROPN"

    def _as_actor(self, token: Token | None) -> Token | None:
        return token if token is not None and self._actor(token) else None

    def _listed_against(self, verb: Token, perp: Token | None) -> tuple[Token | None, Token | None]:
        """'The punishments the leaders used against the members who had doubts included long
        years of imprisonment, beatings and ...': each act listed befalls whom the list's
        subject was turned against, done by who turned it."""
        subject = g.subject(verb)
        if subject is None and verb.dep_ == "prep":  # "... were including imprisonment"
            subject = g.subject(verb.head)
        if subject is None:
            return None, perp
        for token in subject.subtree:
            if token.dep_ == "prep" and token.lower_ in ("against", "on", "upon"):
                target = self._personal(_first(g.children(token, {"pobj"})))
                if target is not None:
                    doer = g.subject(token.head) if token.head.pos_ == "VERB" else None
                    return target, perp or doer
        return None, perp

    def _included(self, token: Token) -> Token | None:
        """'14 deaths were reported, including that of Rustam Nurmatov' / 'including two boys'."""
        for prep in g.children(token, {"prep"}):
            if prep.lower_ != "including":
                continue
            for obj in g.children(prep, {"pobj"}):
                named = g.prep_object(obj, ("of",)) if obj.lower_ in ("that", "those") else obj
                if self._personal(named) is not None:
                    return named
        return None

    def _reported_thing(self, head: Token, verb: Token) -> bool:
        """The act is what a report, an allegation or information is about, not what the one
        who has, receives or gathers it suffered."""
        reports = self.lex.words("allegation_nouns") | self.lex.words("document_nouns")
        reports = reports | {"information", "complaint", "complaints", "news", "evidence"}
        current = head
        while current != verb and current.head is not current:
            current = current.head
            if current != verb and g.word_in(current, reports):
                return True
        return False

    def _personal(self, token: Token | None) -> Token | None:
        if token is None or not self._person_like(token):
            return None
        if token.dep_ == "nsubj" and token.head.lemma_.lower() in self.lex.words("speech_verbs"):
            return None  # "the experts said ...": who tells it, not who suffered it
        return token

    def _person_like(self, token: Token) -> bool:
        if token.lower_ in PERSONAL_PRONOUNS or token.lower_ in (
            "who",
            "those",
            "one",
            "anyone",
            "nobody",
            "everyone",
            "none",
            "some",
            "many",
            "everybody",
            "anybody",
            "somebody",
            "someone",
            "others",
        ):
            return True
        if settings.OWNERS_OF_PAPERS and _owns_papers(token, self.lex.words("personal_papers")):
            return True  # "took Mikael's passport", the name tagged a place
        if settings.SITES_ARE_NO_PERSONS and self._custody_site_at(token) is not None:
            return False  # "the Khalvat was a row of cells": a place the text named for custody
        if token.ent_type_ == "PERSON" or self._misread_name(token):
            return True
        if settings.DESCRIBED_PERSONS and self._described_person(token):
            return True
        if settings.KNOWN_NAMES and token.pos_ == "PROPN" and self._named_before(token):
            return True  # 'Yonas', tagged a place here, was named a person before
        lemma = token.lemma_.lower()
        if lemma in self.lex.words("group_nouns") or token.lower_ in self.lex.words("group_nouns"):
            return True
        of = g.prep_object(token, ("of",))
        if of is not None and of.i != token.i and token.pos_ in ("NOUN", "NUM", "PRON", "ADJ"):
            # "dozens of members", "a number of residents", "some of them"; not "the passports
            # of members", a thing of theirs (whose owner `_owner` finds)
            if settings.PEOPLES_ARE_PEOPLE and self._counts_a_people(token, of):
                return True  # "hundreds of thousands of Oruni", "thousands of Rohingya"
            return not self._a_thing(token) and self._person_like(of)
        if settings.PEOPLES_ARE_PEOPLE and _a_people(token):
            return True  # "Christians were held in the centres"
        if self._named_people(token):
            return True  # "China has detained more than a million Uyghurs"
        if token.ent_type_ in (
            "GPE",
            "LOC",
            "FAC",
            "DATE",
            "TIME",
            "MONEY",
            "NORP",
            "ORG",
            "LAW",
            "EVENT",
            "WORK_OF_ART",
            "PRODUCT",
        ):
            return token.lemma_.lower() in self.lex.words("group_nouns")
        lemma = token.lemma_.lower()
        if lemma in self.lex.words("group_nouns") or token.lower_ in self.lex.words("group_nouns"):
            return True
        if token.pos_ == "PROPN":
            return not token.ent_type_
        return token.pos_ == "NUM"  # "319 were transferred"

    def _counts_a_people(self, count: Token, of: Token) -> bool:
        """'thousands of Oruni': a number of a people, a faith or a nation's name (which the
        tagger may call a group or an organization)."""
        counted = count.ent_type_ == "CARDINAL" or count.pos_ == "NUM"
        counted = counted or count.lemma_.lower() in self.lex.words("quantity_nouns")
        named = of.pos_ == "PROPN" and of.ent_type_ not in ("GPE", "LOC", "FAC", "DATE", "TIME")
        return counted and (named or _a_people(of) or self._named_people(of))

    def _named_people(self, token: Token) -> bool:
        """'Uyghurs', 'Yazidis', 'Rohingya' (lexicon peoples), whatever the tagger calls them
        (an organization, a country): a people, persons."""
        return (
            settings.NAMED_PEOPLES
            and token.lower_ in self.lex.words("peoples")
            and token.dep_ not in ("amod", "compound")
        )

    def _befallen(self, noun: Token) -> Token:
        """'led to the death of over 600 people': the people an event noun is of."""
        if noun.lemma_.lower() not in self.lex.words("event_nouns"):
            return noun
        of = g.prep_object(noun, ("of",))
        return of if of is not None and self._person_like(of) else noun

    def _a_thing(self, token: Token) -> bool:
        if not settings.OWNER_OF_THINGS:
            return False
        things = self.ex.acts.words("things") | self.ex.acts.words("papers")
        return token.lower_ in things or token.lemma_.lower() in things

    def _described_person(self, token: Token) -> bool:
        """'the group's leader, Elias Van Tongeren', 'the appellant': a noun set beside a
        person's name, or the role a case gives the one who brings it."""
        if token.pos_ != "NOUN":
            return False
        if token.lower_ in self.lex.words("claimant_roles"):
            return True
        return any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in token.children)

    def _named_before(self, token: Token) -> bool:
        """A name the document has already read as a person's ('our son, Yonas Haile
        Weldemariam' ... 'Yonas was arrested', where the tagger calls 'Yonas' a place)."""
        here = self.offset + token.idx
        names = (name for offset, name in self.ctx.persons if offset < here)
        known = any(token.text in name.split() for name in names)
        return known and self.ctx.may_be_a_person(token.text)

    def _misread_name(self, token: Token) -> bool:
        """'the torture of Karim Bahrami' where the tagger calls the name a place or an
        organization: a title before it, or two or three capitalised words none of which names
        a place, a body or a group, and which the document never used for a place or a group."""
        ent = g.entity_span(token)
        if ent is None or token.ent_type_ not in ("GPE", "ORG", "LOC", "FAC") or ent.root != token:
            return False
        before = token.doc[ent.start - 1] if ent.start > 0 else None
        if before is not None and before.lower_.rstrip(".") in self.lex.words("person_titles"):
            return True
        words = [t for t in ent if not t.is_punct]
        if len(words) == 1 and settings.UNTAGGED_GIVEN_NAMES:
            # "beat Bahrom Turgunov", the tagger's place only "Turgunov": the name written
            # before it, untagged, makes it a person's (a place has no given name)
            words = [*_untagged_given(token), *words]
        if not 2 <= len(words) <= 3 or not all(t.pos_ == "PROPN" and t.is_title for t in words):
            return False
        lowers = {t.lower_ for t in words}
        if lowers & self.lex.words("not_person_words"):
            return False
        name = canonical_org(ent.text)
        if name.lower() in self.ctx.place_like or self.ctx.place_weights.get(name, 0.0) > 0.5:
            return False  # written as a place ("in Sarykol") or named as one more than once
        return self.ctx.org_counts[name] < 2 and not self._written_as_place(ent.text)

    def _written_as_place(self, name: str) -> bool:
        """'in Karim Bahrami', 'at Karim Bahrami' anywhere in the paragraph: a place."""
        preps = self.lex.words("locative_prepositions") | {"in", "from", "to", "into"}
        doc = self.sent.doc
        starts = [t for t in doc[1:] if t.ent_iob_ == "B" and t.ent_type_]
        named = [t for t in starts if (e := g.entity_span(t)) is not None and e.text == name]
        return any(doc[t.i - 1].lower_ in preps for t in named)

    def _expand(self, victim: Token, head: Token) -> list[Token]:
        found = [t for t in g.with_conjuncts(victim) if self._person_like(t) or t is victim]
        if victim.lower_ == "who" and victim.head.dep_ == "relcl":
            found = [self._antecedent(victim.head.head)]
        for prep in g.children(head, {"prep"}):
            if prep.lower_ == "with":
                for obj in g.children(prep, {"pobj"}):
                    found.extend(t for t in g.with_conjuncts(obj) if self._person_like(t))
        return found

    def _antecedent(self, noun: Token) -> Token:
        """Who a 'who' clause is about when the parse hangs it on the last noun: 'Mr. X, a
        journalist of the weekly Tsonkh, who was arrested' is about Mr. X, not the weekly."""
        if not settings.WHO_ANTECEDENT:
            return noun
        current = noun
        for _ in range(4):
            if current.dep_ == "appos" and current.head.ent_type_ == "PERSON":
                return current.head  # "Mr. X, a journalist, who": the name, not the job
            if settings.NAME_BEFORE_ROLE and current.dep_ == "appos" and self._named_one(current):
                return current.head  # ('Sevinc Aghayeva, 58, a retired teacher who': a name
                # the tagger took for a place, said to be a teacher)
            if self._person_like(current):
                return current
            if current.dep_ == "pobj" and current.head.lower_ in ("of", "for", "with", "at"):
                current = current.head.head  # "a journalist of the weekly Tsonkh"
            elif current.dep_ == "appos":
                current = current.head
            else:
                break
        return noun

    def _named_one(self, role: Token) -> bool:
        """A person's role set beside a proper name: the name is of that person."""
        name = role.head
        return name.pos_ == "PROPN" and name.ent_type_ != "ORG" and self._person_like(role)

    def _victims(
        self, tokens: list[Token], head: Token, speaker: str | None, quote: Quote | None
    ) -> list[str]:
        names: list[str] = []
        for token in tokens:
            names.extend(self._victim_names(token, self._first_person(token, speaker)))
        # (not "we are outraged at the allegations of mass killings")
        alleged = settings.ALLEGED_NOT_OURS and self._alleged(head)
        if not names and speaker and not alleged and self._first_person_in_clause(head):
            names = [speaker]
        if not names and self.ctx.paragraph_victims:
            names = list(self.ctx.paragraph_victims)
        if not names and self.ctx.last_victims:
            names = list(self.ctx.last_victims)
        return _unique([self._members_of(name) for name in names])

    def _victim_in_sentence(self, head: Token, perps: list[Token]) -> list[Token]:
        """The person the sentence names nearest the act, when the act's own words name none:
        the subject of a passive verb above it first ("abductees were forced to carry loads")."""
        if not settings.VICTIMS_IN_SENTENCE:
            return []
        for verb in (head, *head.ancestors):
            if verb.dep_ == "acl" and verb.tag_ == "VBN" and self._person_like(verb.head):
                return [verb.head]  # "the members imprisoned in the camp"
            if g.is_passive(verb):
                subject = self._personal(g.passive_subject(verb))
                if subject is None and verb.dep_ == "conj" and settings.SHARED_SUBJECT_UNDERGOES:
                    # "she retracted her statements, returned to the colony and was never heard
                    # from again": the subject the coordinated verbs share
                    subject = self._personal(g.subject(verb))
                if subject is not None and subject not in perps:
                    return [subject]
        taken = {t.i for p in perps for t in p.subtree}
        verb = g.clause_head(head)
        found = [
            t
            for t in self.sent
            if t.i not in taken
            and (
                t.dep_ in ("nsubjpass", "dobj", "pobj", "appos", "conj", "ROOT", "attr")
                or (settings.SUBJECTS_OF_OTHER_VERBS and t.dep_ == "nsubj" and t.head != verb)
            )
            and t.pos_ in ("NOUN", "PROPN", "NUM")
            and self._personal(t) is not None
            and not _cited(t, self.lex.words("citing_verbs"))
            and not (t.dep_ == "pobj" and t.head.lower_ in self.lex.words("locative_prepositions"))
            and not (settings.BY_IS_NO_VICTIM and t.dep_ == "pobj" and t.head.lower_ == "by")
        ]
        if not found:
            return []
        nearest = min(found, key=lambda t: abs(t.i - head.i))
        return [self._people_in(nearest)]

    def _people_in(self, noun: Token) -> Token:
        """'the fate of the recruits': the recruits; 'dozens of members' stays as written."""
        of = g.prep_object(noun, ("of",))
        counts = self.lex.words("quantity_nouns") | self.lex.words("group_nouns")
        if of is None or noun.pos_ != "NOUN" or noun.lemma_.lower() in counts:
            return noun
        return of if self._person_like(of) else noun

    def _first_person(self, token: Token, speaker: str | None) -> str | None:
        """Who 'I/me/we' is for this word: its quote's speaker inside the quotation marks, the
        narrator outside them ('Farzin said on their channel that I am "a paid agent"'); who
        'you' is in a quote told to the narrator ('"if you speak again, we send you to the
        bunker"')."""
        narrator = self.ctx.narrator()
        if narrator is None:
            return speaker
        inside = self.ctx.quote_at(self.offset + token.idx)
        if inside is None or inside.speaker in (None, narrator):
            return narrator
        return speaker

    def _members_of(self, name: str) -> str:
        """'Members were discouraged...': members of the group the document is about."""
        if name.lower() not in ("members", "member", "the members"):
            return name
        group = self.ctx.group_as_written(self.offset + self.sent.start_char)
        return f"{name} of {group}" if group else name

    def _victim_names(self, token: Token, speaker: str | None) -> list[str]:
        lower = token.lower_
        narrator = self.ctx.narrator()
        quoted = self.ctx.quote_at(self.offset + token.idx)
        if lower == "you" and narrator and (quoted is None or quoted.speaker != narrator):
            # said to the narrator, who tells it; outside quotes, the narrator's "you" ("in the
            # hut you got one potato a day") is the narrator's lot
            return [narrator]
        if lower in self.lex.words("first_person_plural") and speaker:
            previous = self.ctx.paragraph_victims
            return list(previous) if speaker in previous else [speaker]
        if lower in self.lex.words("third_person_plural"):
            told = self._told(token) if settings.TOLD_THEY else None
            if told is not None:  # "managers tell workers that they may leave only if ..."
                return self._victim_names(told, speaker)
            inside = self._plural_in_clause_before(token) if settings.THEY_IN_A_CLAUSE else None
            if inside is not None:  # "rescued 300 young men from a school where they were chained"
                return self._victim_names(inside, speaker)
            if speaker and self._reported(token) and self._may_be_they(token, speaker):
                return [speaker]
            if self.ctx.paragraph_victims:
                return list(self.ctx.paragraph_victims)
            earlier = self._plural_before(token) if settings.THEY_EARLIER else None
            if earlier is not None:
                return self._victim_names(earlier, speaker)
            return [speaker] if speaker and self._may_be_they(token, speaker) else [token.text]
        if lower in ("he", "him", "his", "she", "her"):
            one = self._one_before(token)
            if one is not None:  # "each member had to account ... and others insulted him"
                return [self.ex.name_of(one, self.offset, self.ctx, speaker)]
            not_him = self._own_subject(token)
            if (
                not_him is not None
                and self.ex.name_of(token, self.offset, self.ctx, None) == not_him
            ):
                other = self.ctx.person_before(self.offset + token.idx, lower, not_him)
                return [other or token.text]
        if lower == "who" and token.head.dep_ == "relcl":
            token = self._antecedent(token.head.head)
        if token.pos_ == "NUM" and not any(c.dep_ == "prep" for c in token.children):
            counted = self._counted_noun(token)  # "Of 1,214 detainees, 702 were held"
            if counted is not None:
                return [f"{token.text} {counted}"]
        pair = self._pair_before(token) if settings.BOTH_OF_A_PAIR else []
        if pair:  # "two sons, Khaled and Bilal Darraj ... Neither son has been seen since"
            return pair
        of_whom = self._of_whom(token) if settings.OF_WHOM else None
        if of_whom is not None:  # "300 prisoners, none of whom has been harmed"
            return [f"{token.text} of {self.ex.name_of(of_whom, self.offset, self.ctx, speaker)}"]
        listed = self._listed_after(token)
        if listed:
            return listed
        name = self.ex.name_of(token, self.offset, self.ctx, speaker)
        lost = self.lex.words("third_person_singular")
        if settings.LOST_FIRST_PERSONS:
            lost = lost | self.lex.words("first_person_singular") | {"you"}
        if (
            settings.ONE_VICTIM_FOR_LOST_PRONOUNS and name.lower() in lost
        ):  # "Source B ... he was kicked": no name the tagger knew, the one told of before
            before = self.ctx.paragraph_victims or self.ctx.last_victims
            if len(before) == 1 and before[0].lower() not in PERSONAL_PRONOUNS:
                return list(before)
        return [self.ctx.kin.get(name.lower(), name)]

    def _plural_in_clause_before(self, pronoun: Token) -> Token | None:
        """'they' in a clause on a noun ('a school where they were chained') after people the
        sentence has just named ('rescued over 300 young men from a school'): those people."""
        verb = pronoun.head
        if pronoun.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "relcl":
            return None
        start = verb.head.left_edge.i
        for i in range(start - 1, max(pronoun.sent.start - 1, start - ACTOR_LOOKBACK), -1):
            word = pronoun.doc[i]
            done_to = word.dep_ in ("dobj", "pobj", "nsubjpass", "appos")
            if word.tag_ in ("NNS", "NNPS") and done_to and self._person_like(word):
                return word
        return None

    def _plural_before(self, pronoun: Token) -> Token | None:
        """'they' that nothing in the paragraph resolved: the people its text named last
        before it ('The workers were recruited in Manila. On arrival, managers took their
        passports'), not those who act ('managers', 'guards')."""
        for i in range(pronoun.i - 1, max(-1, pronoun.i - ACTOR_LOOKBACK), -1):
            word = pronoun.doc[i]
            if word.tag_ in ("NNS", "NNPS") and self._sufferers(word):
                return word
        return None

    def _pair_before(self, token: Token) -> list[str]:
        """'both', 'neither son', 'either brother': the two persons the text last named
        together ('The brothers Julio and Raul Ledesma ... both had been shot')."""
        said = {token.lower_} | {c.lower_ for c in token.children if c.dep_ in ("det", "predet")}
        if not said & {"both", "neither", "either"}:
            return []
        for i in range(token.i - 1, max(-1, token.i - 2 * ACTOR_LOOKBACK), -1):
            word, first = token.doc[i], token.doc[i].head
            named = word.pos_ == first.pos_ == "PROPN"
            person = "PERSON" in (word.ent_type_, first.ent_type_)
            if word.dep_ == "conj" and named and person:
                return [_name_words(first), _name_words(word)]
        return []

    def _of_whom(self, token: Token) -> Token | None:
        """Who 'whom' of 'none of whom', 'two of whom' stands for: the noun its clause is on."""
        whom = g.prep_object(token, ("of",))
        if whom is None or whom.lower_ != "whom":
            return None
        clause = next((a for a in token.ancestors if a.dep_ == "relcl"), None)
        if clause is not None:
            return self._antecedent(clause.head)
        before = range(token.i - 1, token.sent.start - 1, -1)  # a relative clause misparsed
        nouns = (token.doc[i] for i in before if token.doc[i].pos_ == "NOUN")
        return next((n for n in nouns if self._person_like(n)), None)

    def _listed_after(self, token: Token) -> list[str]:
        """A description ('one of its members', 'two of them') whose names follow it."""
        named = token.ent_type_ == "PERSON" or token.pos_ == "PROPN"
        if named or token.lower_ in PERSONAL_PRONOUNS:
            return []
        names = [n.text for n in g.appositive_names(token)]
        if not names and settings.DESCRIBED_ONE:
            # "one of them, a Ugandan national, died": the description says who, 'them' not
            of = g.prep_object(token, ("of",))
            described = [c for c in token.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
            if of is not None and of.lower_ in PERSONAL_PRONOUNS | {"whom"} and described:
                names = [g.phrase(described[0])]
        return names

    def _one_before(self, pronoun: Token) -> Token | None:
        """The person 'he'/'him' stands for when its sentence names one before it, in another
        clause: a name or one member of a group ('each member', 'a detainee')."""
        groups = self.lex.words("group_nouns") - self.lex.words("actor_nouns")
        if settings.MISSING_NOT_SEEKERS:
            groups = groups - self.lex.words("collective_nouns")  # 'her family': not 'she'
        own = g.clause_head(pronoun)
        for i in range(pronoun.i - 1, self.sent.start - 1, -1):
            word = self.sent.doc[i]
            person = word.ent_type_ == "PERSON" and word.tag_ == "NNP"
            one = person or (word.tag_ == "NN" and word.lower_ in groups)
            many = any(
                c.lower_ in ("many", "some", "several", "most", "all") for c in word.children
            )
            clause = g.clause_head(word)
            # not "the Organization, which many Zarkandis call Rahai, locked him": a relative
            # clause describes someone else, and "many X" are not one person
            subject = word.dep_ in ("nsubj", "nsubjpass") and clause.dep_ != "relcl"
            if settings.NOT_OWN_CONTROLLER and self._controls(word, own, pronoun):
                continue  # "his family was not allowed to see him": 'him' is not the family
            if one and not many and subject and clause != own and self._may_be(word, pronoun):
                return word
        return None

    @staticmethod
    def _controls(word: Token, own: Token, pronoun: Token) -> bool:
        """`word` is the subject of the object pronoun's own clause, by control or coordination
        ('X was allowed to see him', 'X stood up and called him a spy'): 'him' is not X."""
        if pronoun.dep_ not in ("dobj", "pobj", "dative"):
            return False
        subject = g.subject(own)
        return subject is not None and subject.i == word.i

    def _own_subject(self, pronoun: Token) -> str | None:
        """'Eze stood up and called him a spy': an object pronoun is not the named subject of
        its own clause, even when that subject is the person named last."""
        if pronoun.dep_ not in ("dobj", "dative") or not settings.NOT_OWN_SUBJECT:
            return None
        subject = g.subject(g.clause_head(pronoun))
        if subject is None or subject.ent_type_ != "PERSON":
            return None
        return self.ex.name_of(subject, self.offset, self.ctx, None)

    def _may_be(self, word: Token, pronoun: Token) -> bool:
        """Not of the other gender than the pronoun, as far as the text tells it ('His lawyer,
        Ms. Leila Ahmadi, said that he...': 'he' is not the lawyer)."""
        wanted = PRONOUN_GENDER.get(pronoun.lower_)
        name = self.ex.name_of(word, self.offset, self.ctx, None)
        known = self.ctx.gender_of(name)
        if known is None and word.lemma_.lower() in self.lex.words("male_words"):
            known = "m"
        if known is None and word.lemma_.lower() in self.lex.words("female_words"):
            known = "f"
        return wanted is None or known is None or known == wanted

    def _counted_noun(self, number: Token) -> str | None:
        """What a bare number counts: the last plural group noun written before it that was
        counted itself ('Of 1,214 detainees, 702 were held ... 188 remain missing: their
        relatives...'), else the last plural group noun."""
        groups = self.lex.words("group_nouns")
        found: str | None = None
        for i in range(number.i - 1, max(-1, number.i - 80), -1):
            word = number.doc[i]
            if word.tag_ == "NNS" and word.lemma_.lower() in groups:
                if any(c.dep_ == "nummod" for c in word.children):
                    return str(word.text)
                found = found or str(word.text)
        return found

    def _told(self, pronoun: Token) -> Token | None:
        """The people a speech verb is addressed to, whom 'they' in what is told stands for
        ('managers tell workers that they may leave only if their families pay')."""
        speech = self.lex.words("speech_verbs")
        for above in pronoun.ancestors:
            if above.lemma_.lower() in speech and above.pos_ == "VERB":
                told = g.children(above, {"dobj", "dative"})
                plural = [t for t in told if t.tag_ in ("NNS", "NNPS") and self._sufferers(t)]
                return plural[0] if plural else None
        return None

    def _reported(self, token: Token) -> bool:
        """Inside the clause of a speech verb ("the interviewees said their passports ...")."""
        speech = self.lex.words("speech_verbs")
        return any(a.lemma_.lower() in speech and a.pos_ == "VERB" for a in token.ancestors)

    def _may_be_they(self, pronoun: Token, speaker: str) -> bool:
        """Whether "they" in what `speaker` says can be the speakers themselves: not in their
        own quoted words ('"We took them all overnight"', "Kick them, beat them"), where they
        say "we", nor where the speaker is a body that reports ('..., CNN reported')."""
        if not settings.THEY_NOT_THE_QUOTED:
            return True
        if self.ctx.quote_at(self.offset + pronoun.idx) is not None:
            return False
        return self._not_a_source(speaker)

    def _alleged(self, head: Token) -> bool:
        """The act is what allegations or reports are of ('the allegations of mass killings')."""
        allegations = self.lex.words("allegation_nouns")
        return any(a.pos_ == "NOUN" and g.word_in(a, allegations) for a in head.ancestors)

    def _first_person_in_clause(self, head: Token) -> bool:
        words = self.lex.words("first_person_singular") | self.lex.words("first_person_plural")
        return any(t.lower_ in words for t in head.sent)

    def _perpetrators(
        self,
        tokens: list[Token],
        speaker: str | None,
        victims: list[str],
        act: str,
        counted_dead: bool = False,
    ) -> list[str]:
        names = []
        named = []  # written out in the clause, not pronouns: who the paragraph goes on about
        for token in tokens:
            lower = token.lower_
            if self.ctx.in_dateline(self.offset + token.idx):
                continue  # "TARVIK, March 3 (CPA) — Guards beat...": the place of the report
            if lower in ("it", "its"):
                body = self._saying_body(token, speaker)
                names.append(body or self.ctx.last_org(self.offset + token.idx) or token.text)
            elif lower in self.lex.words("third_person_plural") or lower in ("who", "which"):
                here = self.offset + token.idx
                actors = self._actors_before(token) if lower != "which" else None
                group = actors or self.ctx.group_as_written(here) or self._actors_named(here)
                if group:  # an unresolved "they" names no one
                    names.append(group)
            elif lower in self.lex.words("first_person_plural") | self.lex.words(
                "first_person_singular"
            ):
                names.append(speaker or self.ctx.main_group() or token.text)
            elif (self._actor(token) or self._state(token)) and not self._sufferers(token):
                names.append(self.ex.name_of(token, self.offset, self.ctx, speaker))
                if (
                    lower not in PERSONAL_PRONOUNS
                    and self._doer(token)
                    and token.i not in self.orderers
                ):
                    named.append(names[-1])
        names = [n for n in _unique(names) if n not in victims]
        if not names and not tokens:
            nearby = [self._custodian(speaker), *self._agent_nearby(speaker, act)]
            names = [n for n in nearby if n is not None and not _among(n, victims)][:1]
            named = list(names)
        named = [n for n in names if n in named and self._not_a_source(n)]
        if named:
            self.ctx.paragraph_actors = named
            institutions = self.lex.words("institution_nouns")
            for name in named:
                institution = bool({w.lower() for w in name.split()} & institutions)
                self.ctx.note_doer(name, 2 if institution else 1)
        if not names and settings.PARAGRAPH_DOERS:
            # "FPK fighters surrounded the market ... Three of the men were shot dead": an act
            # that names no one was done by those the paragraph last said acted
            names = [n for n in self.ctx.paragraph_actors if not _among(n, victims)]
        if not names and act not in self.ex.no_default_perpetrator and settings.GROUP_DOES:
            # ("ten people had been killed and over 40 injured": a count of the dead and
            # wounded names no doer, and the document's group is often whose they are)
            start = self.offset + self.sent.start_char
            group = None if counted_dead else self._default_group(start)
            names = [group] if group else []
            self.defaulted = True
        return names

    def _casualty_count(self, victims: list[str], act: str, verb: Token) -> bool:
        """'31 residents were killed', 'more than 100 people were hurt': people killed or hurt,
        told by their number in a passive clause (every victim phrase opens with a number or a
        word of quantity and names people at large, not detainees)."""
        if act not in ("killing", "physical_assault") or not victims or not g.is_passive(verb):
            return False
        counts = self.lex.words("quantity_nouns") | set(self.lex.mapping("number_words"))
        counts = counts | self.lex.words("count_openers")
        people = self.lex.words("casualty_nouns")
        return all(
            _opens_with_count(v, counts) and bool(set(v.lower().split()) & people) for v in victims
        )

    def _default_group(self, before: int) -> str | None:
        if settings.DEFAULT_AS_WRITTEN:
            return self.ctx.group_reference(before)
        return self.ctx.group_as_written(before)

    def _who_says_it(self, head: Token) -> list[Token]:
        """A threat or an accusation is done by who utters it: 'He said that if I ran away, his
        men would kill my mother', 'Farzin said on their channel that I am an agent'."""
        speech = self.lex.words("speech_verbs")
        if g.clause_head(head).lemma_.lower() in self.lex.words("speech_act_verbs"):
            return []  # "interrogators threatened to detain his mother": its own subject
        if settings.OWN_AGENT_ACCUSES and g.is_passive(head) and g.agent(head) is not None:
            return []  # "Jung claims the charges were fabricated by security agents"
        for above in (head, *head.ancestors):
            if above.lemma_.lower() in speech and above.pos_ in ("VERB", "AUX"):
                if g.is_passive(above):
                    by = g.agent(above)
                    found = [by] if by is not None else []
                else:
                    subject = g.children(above, {"nsubj"})
                    found = subject[:1] if subject and head not in subject[0].subtree else []
                return [t for t in found if self._not_a_source(g.phrase(t))]
        return []

    def _custodian(self, speaker: str | None) -> str | None:
        """'died in the custody of the security services', 'in police custody': who held them."""
        for token in self.sent:
            if token.lemma_.lower() != "custody":
                continue
            holder = g.prep_object(token, ("of",)) or _first(
                c for c in token.children if c.dep_ in ("poss", "compound")
            )
            pronoun = holder is not None and holder.lower_ in PERSONAL_PRONOUNS
            if holder is not None and not pronoun and self._actor(holder):
                return self.ex.name_of(holder, self.offset, self.ctx, speaker)
        return None

    def _sufferers(self, token: Token) -> bool:
        """'Members are free to write to their families', 'Released detainees described being
        beaten', 'The survivors counted 31 dead': people named as those acts befall, not as
        those who do them (unless 'of' names a force: 'members of the security forces')."""
        if not settings.SUFFERERS_DO_NOT_ACT or token.ent_type_ in ("PERSON", "ORG", "NORP"):
            return False
        words = self.lex.words("group_nouns") - self.lex.words("actor_nouns")
        if not (g.word_in(token, words) and token.pos_ in ("NOUN", "PROPN")):
            return False
        if settings.STAFF_ARE_DOERS and self._of_the_staff(token):
            return False
        if g.by_object(token):
            return False  # "beaten by two women": "by" names them as who did it
        if token.head.lower_ == "of" and token.head.head.lower_ == "hands":
            return False  # "at the hands of her stepfather"
        if settings.SUBJECTS_WITH_VICTIMS_DO and self._does_to_someone(token):
            return False  # "two women beat me with sticks"
        of = g.prep_object(token, ("of",))
        return of is None or not self._actor(of) or self._sufferers(of)

    def _does_to_someone(self, token: Token) -> bool:
        """The subject of an active verb whose object is a person: what it does, it does to
        them."""
        verb = token.head
        if token.dep_ != "nsubj" or verb.pos_ != "VERB" or g.is_passive(verb):
            return False
        # ("armed groups have begun to abduct civilians": the verb it controls)
        controlled = (verb, *g.children(verb, {"xcomp"}))
        done_to = [o for v in controlled for o in g.children(v, {"dobj"})]
        return (
            bool(done_to)
            and done_to[0].pos_ in ("PRON", "PROPN", "NOUN")
            and bool(self._personal(done_to[0]))
        )

    def _of_the_staff(self, token: Token) -> bool:
        """'a staff member', 'security men', 'camp guard members': a word of people that a word of
        those who act qualifies names doers."""
        actors = self.lex.words("actor_nouns")
        return any(c.dep_ == "compound" and g.word_in(c, actors) for c in token.children)

    def _doer(self, token: Token) -> bool:
        """Named as those who act ('fighters', 'the security forces', 'Major Kizito', 'the
        Front'), not as a people that may as well suffer acts ('its members', 'residents')."""
        actors = self.lex.words("actor_nouns")
        if token.ent_type_ in ("PERSON", "ORG", "NORP"):
            return True
        if g.word_in(token, actors):
            return True
        return is_org_anaphor(token, self.lex.words("organization_anaphors"))

    def _not_a_source(self, name: str) -> bool:
        """Not a body that reports or judges acts (an NGO, a court, a news agency)."""
        words = {w.strip(".,'’").lower() for w in name.split()}
        return canonical_org(name).lower() not in self.ctx.speakers and not (
            words & self.lex.words("reporting_bodies")
        )

    def _actors_named(self, here: int) -> str | None:
        """In a testimony, 'they' who took me are the plural actors it named last ('Four men
        came to the shop, from the Security'), in an earlier paragraph too."""
        if not self.ctx.narrated:
            return None
        end = self.offset + len(self.sent.doc.text)
        return self.ctx.actors_near(here, self.offset, end)

    def _actors_before(self, pronoun: Token) -> str | None:
        """'Two policemen came at night. They took me away': 'they' are the actors the
        paragraph named last (guards, soldiers, interrogators), when it named some."""
        actors = self.lex.words("actor_nouns")
        start = max(0, pronoun.i - ACTOR_LOOKBACK)
        for i in range(pronoun.i - 1, start - 1, -1):
            word = pronoun.doc[i]
            plural_actor = word.tag_ in ("NNS", "NNPS") and word.lemma_.lower() in actors
            if plural_actor and word.dep_ in ("nsubj", "agent", "pobj", "conj", "appos"):
                return g.phrase(word)
        return None

    def _agent_nearby(self, speaker: str | None, act: str) -> list[str]:
        """'He died there after repeated beatings by guards': an act whose own clause names no
        one was done by whoever the sentence names with 'by' (not 'seen by his family',
        'reported by the agency')."""
        not_doing = self.lex.words("speech_verbs") | self.lex.words("perception_verbs")
        found = []
        acts = {m.head.i for m in self.found}
        for token in self.sent:
            if token.dep_ != "pobj" or token.head.lower_ != "by" or token.i in acts:
                continue  # not 'alarmed by the killing of 11 people': the act is no one
            governor = token.head.head
            if governor.lemma_.lower() in not_doing or not self._actor(token):
                continue
            if (
                act == "denial_of_contact"
                and settings.VISITORS_KEEP_NO_ONE
                and self._visitor(token)
            ):
                continue  # "not allowed to be comforted by his mother": she was kept away
            if not self.ctx.in_dateline(self.offset + token.idx):
                name = self.ex.name_of(token, self.offset, self.ctx, speaker)
                if settings.SOURCES_DO_NOT_ACT and not self._not_a_source(name):
                    continue  # "a report ... was released by Human Rights Watch"
                found.append(name)
        return found

    def _actor(self, token: Token) -> bool:
        """Who can do an act: a person, a group, an organization, an official body ("the
        guards", "security forces"); not "by force", "all kinds of ways", "nobody", "you"."""
        if token.lower_ in self.lex.words("not_actors") or g.is_nobody(token):
            return False
        if token.ent_type_ in ("PERSON", "ORG", "NORP"):
            return True
        if token.pos_ not in ("NOUN", "PROPN", "PRON") or token.ent_type_:
            return False
        lemma = token.lemma_.lower()
        if lemma in self.lex.words("actor_nouns") or token.lower_ in self.lex.words("actor_nouns"):
            return True
        if _qualified_by(token, self.lex.words("actor_modifiers")):
            return True  # "armed groups", "masked men"
        anaphor = is_org_anaphor(token, self.lex.words("organization_anaphors"))
        return anaphor or self._person_like(token)

    # --- speaker and polarity --------------------------------------------------------------

    def _speaker(
        self, head: Token, quote: Quote | None, act: str = ""
    ) -> tuple[str | None, str | None]:
        """(who asserts, who denies). In a first-person testimony its narrator asserts all that
        it tells outside others' quotes ("he told me that..." is still the narrator's account)."""
        narrator = self.ctx.narrator()
        if narrator is not None and quote is not None and act in self.lex.words("speech_acts"):
            # 'Farzin said on their channel that I am "a paid agent"': the words quoted are
            # the act; the narrator who quotes them asserts it
            return narrator, None
        if narrator is not None and (quote is None or quote.speaker is None):
            asserter, denier = self._inner_speaker(head, quote)
            if denier:
                return None, denier
            # "Kazem Rahnavard told me that...", "According to three former members...": a
            # named third party the narrator reports; "they told me" stays the narrator's
            # (in a threat or an accusation the one who speaks is who does it, not a source)
            speech_act = act in self.lex.words("speech_acts")
            if self._reported_source(asserter, narrator) and not speech_act:
                if self._according_before_verb():
                    self.ctx.lead_speaker = asserter  # 'In May 2019, according to X, ...'
                return asserter, None
            if asserter and self.ctx.lead_speaker and not speech_act:
                return self.ctx.lead_speaker, None  # '... They said he was taken to the pit'
            return narrator, None
        speech_act = act in self.lex.words("speech_acts")
        if quote is not None and quote.speaker and speech_act and settings.QUOTED_SPEECH_ACTS:
            # '"They said I was a collaborator," he said': the threat or the accusation is what
            # 'they' said; who quotes them asserts it
            return quote.speaker, None
        # 'Aldao told her that "if you open your mouth, ..."': the one who utters a threat or a
        # label does it; who asserts it is the voice that reports the utterance
        uttered = speech_act and settings.UTTERER_NOT_SOURCE and self._said_to_someone(head)
        asserter, denier = self._inner_speaker(head, quote, skip=int(uttered))
        if asserter or denier:
            self.ctx.last_speaker = asserter or denier
            if quote is None:
                self.ctx.paragraph_speaker = asserter or denier
        elif quote is None and settings.SPEAKER_CARRIES_OVER:
            # "The NDO said 36 residents were killed. Troops had fired at unarmed residents."
            asserter = self.ctx.paragraph_speaker
        if asserter and self._opens_with_according_to():
            self.ctx.lead_speaker = asserter
        elif any(t.start for t in self.times) or self._hedged():
            # 'The following day officers searched her flat', 'Reportedly, ...': another
            # episode or another source than the one named at the paragraph's head
            self.ctx.lead_speaker = None
        if not (asserter or denier):
            # 'According to that former detainee, he was beaten ... He was then kept alone':
            # the rest of the paragraph; under 'The facts as submitted by the author': theirs
            asserter = self.ctx.lead_speaker or self.ctx.teller or self.ctx.section_speaker
        return asserter, denier

    def _hedged(self) -> bool:
        return any(t.lower_ in self.lex.words("hedge_words") for t in self.sent)

    def _according_before_verb(self) -> bool:
        """'According to X' opening the sentence, or after a time ('In May 2019, according to
        two fighters, ...'): X is the source of what the paragraph goes on to tell."""
        return any(t.lower_ == "according" and t.i < self.sent.root.i for t in self.sent)

    def _opens_with_according_to(self) -> bool:
        words = [t.lower_ for t in self.sent if t.is_alpha][:2]
        return words == ["according", "to"]

    @staticmethod
    def _reported_source(asserter: str | None, narrator: str) -> bool:
        """A third party the narrator names as the source ('Kazem Rahnavard', 'three former
        members'), not 'they' or 'one of them' and not the narrator."""
        if not asserter or asserter == narrator:
            return False
        words = asserter.lower().split()
        return not (len(words) <= 3 and words[-1] in PERSONAL_PRONOUNS)

    def _saw_it(self, verb: Token, head: Token) -> bool:
        """A witness's verb whose object or clause holds the act ('saw him hung by the wrists',
        'watched the guards beat him'; not 'saw them and opened fire')."""
        if not settings.WITNESSES_SAY or verb.pos_ != "VERB":
            return False
        if verb.lemma_.lower() not in self.lex.words("witnessing_verbs"):
            return False
        child = head
        while child.head != verb and child.head is not child:
            child = child.head
        return child.dep_ in ("ccomp", "xcomp", "dobj", "oprd") and child.pos_ == "VERB"

    def _said_to_someone(self, head: Token) -> bool:
        """A threat or a label said to someone ('told her that if...', 'was told by the
        fighters that...'), whose speech verb stands above the act's own words: the utterance
        is the act (not 'these people stated that if they try to escape they will be killed',
        a report of a rule, said to no one)."""
        if not self._who_says_it(head):
            return False
        speech = self.lex.words("speech_verbs")
        verb = _first(a for a in head.ancestors if a.lemma_.lower() in speech)
        if verb is None:
            return False  # the act's own verb speaks ('told her that if ...')
        return g.is_passive(verb) or bool(g.children(verb, {"dobj", "dative"}))

    def _inner_speaker(
        self, head: Token, quote: Quote | None, skip: int = 0
    ) -> tuple[str | None, str | None]:
        """The innermost speech verb above the act (past `skip` of them), "according to",
        "reported by", the quote."""
        speech = self.lex.words("speech_verbs")
        denial = self.lex.words("denial_verbs")
        for above in head.ancestors:
            lemma = above.lemma_.lower()
            if self._saw_it(above, head):
                pass  # 'a fellow prisoner saw him hung by the wrists': the witness tells it
            elif lemma not in speech | denial or not self._verb_like(above):
                continue
            if skip > 0:
                skip -= 1
                continue
            if g.is_passive(above):
                by = g.agent(above)
                if by is None:
                    continue
                who = self._source_name(by, quote)
            else:
                subj = g.children(above, {"nsubj"})
                if quote is not None and settings.SPEAKER_OUTSIDE_QUOTE:
                    # '"... thousands of injuries ...," said the Rapporteur': not a word of the
                    # quote the parser made the subject of a verb outside it
                    inside = range(quote.begin, quote.end)
                    if self.offset + above.idx not in inside:
                        subj = [s for s in subj if self.offset + s.idx not in inside]
                if not subj and above.dep_ in ("xcomp", "conj"):
                    # "relatives abroad continue to report that...": the controlling subject;
                    # "a man from the Branch came to my father and said...": the shared one
                    controller = g.subject(above)
                    subj = [controller] if controller is not None else []
                if not subj and settings.MISPARSED_SPEAKERS:
                    subj = _misparsed_subject(above)  # "Dalca told the jury that ..."
                if not subj or head in subj[0].subtree:
                    continue
                who = self._source_name(subj[0], quote)
            if settings.SPEECH_CONTENT_ONLY and not self._tells(above, head):
                continue
            return (None, who) if lemma in denial else (who, None)
        aside = self._speech_aside(head)
        if aside:
            return aside, None
        according = self._according_to()
        if according:
            return according, None
        reported = self._reported_by(head)
        if reported:
            return reported, None
        if quote is not None:
            return quote.speaker, None
        return None, None

    def _pronoun_source(self, pronoun: Token, quoted: str | None) -> str | None:
        """'I spoke to a woman who left the group. She said...': 'she' who speaks is who spoke
        last in the paragraph, else the nearest of the persons and the women ('he' the men) it
        named before (not the quote's own speaker: '"He told us he was down there," the sheriff
        said' is the young man's account)."""
        here, lower = self.offset + pronoun.idx, pronoun.lower_
        spoke = self.ctx.speaker_before(here, self.offset, lower)
        if spoke is not None and not _same_name(spoke, quoted):
            return spoke
        words = self.lex.words("female_words" if lower == "she" else "male_words")
        for token in reversed(pronoun.doc[: pronoun.i]):
            if token.ent_type_ == "PERSON" and token.ent_iob_ == "B":
                name = self.ex.name_of(token, self.offset, self.ctx, quoted)
                known = self.ctx.gender_of(name)
                if not _same_name(name, quoted) and known in (None, PRONOUN_GENDER[lower]):
                    return None  # a name: as names are resolved
            if token.lemma_.lower() in words and token.tag_ == "NN":
                return g.phrase(token)
        return None

    def _note_speaker(self) -> None:
        """'In its reply, the Government stated that LRIs are open institutions. It stated
        that...': a sentence whose main verb is speech, acts in it or none, notes its speaker as
        the paragraph's, whom a later 'it' that speaks stands for (and, with
        SPEAKER_CARRIES_OVER, who asserts the paragraph's next acts)."""
        root = self.sent.root
        if root.lemma_.lower() not in self.lex.words("speech_verbs") or g.is_passive(root):
            return
        subject = g.children(root, {"nsubj"})
        if not subject or not self._verb_like(root) or self.ctx.quote_at(self.offset + root.idx):
            return
        name = self._source_name(subject[0], None)
        if name is not None:
            self.ctx.paragraph_speaker = name

    @staticmethod
    def _verb_like(word: Token) -> bool:
        """A verb, or a word tagged a noun that has a subject and a clause as a verb has ('the
        reports, which record that detainees were tortured')."""
        if word.pos_ in ("VERB", "AUX"):
            return True
        clause = g.children(word, {"ccomp"})
        return settings.VERB_BY_SUBJECT and bool(clause and g.children(word, {"nsubj"}))

    def _a_body(self, name: str) -> bool:
        """A speaker that is no person: not a name the document gives a person, nor a phrase
        headed by a person's noun ('two former cellmates')."""
        if self.ctx.mentioned(name) or self.ctx.gender_of(name):
            return False
        lex = self.lex
        bodies = lex.words("institution_nouns") | lex.words("organization_anaphors")
        people = lex.words("group_nouns") | lex.words("male_words") | lex.words("female_words")
        people = people | (lex.words("actor_nouns") - bodies)
        return not ({w.strip(".,").lower() for w in name.split()} & people)

    def _tells(self, verb: Token, head: Token) -> bool:
        """A speech verb asserts what it says, not what frames it: not 'In its reply concerning
        X, an engineer detained in 2016, it said...', nor 'Some are rejected by their villages,
        and the radio calls them traitors' (another clause)."""
        child = head
        while child.head != verb and child.head is not child:
            child = child.head
        if child.dep_ in ("prep", "dep") and child.i < verb.i:  # a phrase opening the sentence
            return child.lower_ in self.lex.words("content_prepositions")
        if child.dep_ == "conj":  # a clause of its own, with its own subject ('and that X': no)
            own = g.children(child, {"nsubj", "nsubjpass"})
            return bool(g.children(child, {"mark"})) or not own
        return child.dep_ not in ("nsubj", "csubj", "npadvmod")

    def _source_name(self, token: Token, quote: Quote | None) -> str | None:
        speaker = quote.speaker if quote else None
        lower = token.lower_
        first = self.lex.words("first_person_plural") | self.lex.words("first_person_singular")
        if lower in first and quote is None and not self.ctx.narrated:
            return None  # "We documented 23 deaths": the report's own voice
        if lower in ("it", "its"):
            spoke = self.ctx.paragraph_speaker
            if settings.IT_IS_SPEAKER and spoke and token.dep_ == "nsubj" and self._a_body(spoke):
                return spoke  # 'the Government stated that ... It stated that ...'
            return self.ctx.last_org(self.offset + token.idx) or token.text
        if lower == "who" and token.head.dep_ == "relcl":
            # "11 women and girls who said they had been raped": those the clause is about
            antecedent = token.head.head
            if antecedent.ent_type_ or antecedent.lower_ in PERSONAL_PRONOUNS:
                return self._source_name(antecedent, quote)
            return g.phrase(antecedent, without=token.head)
        if lower in ("he", "she") and settings.PRONOUN_SOURCES:
            found = self._pronoun_source(token, speaker)
            if found is not None:
                return found
        if lower in ("which", "that") and token.head.dep_ == "relcl" and settings.SOURCE_IS_SOMEONE:
            return self._source_name(token.head.head, quote)  # 'the reply, which states that'
        if lower in ("they", "them", "who") and self.ctx.last_speaker:
            return self.ctx.last_speaker
        ours = any(c.dep_ == "poss" and c.lower_ == "our" for c in token.children)
        if ours and self.ctx.narrator_body and token.lemma_.lower() in self._body_nouns():
            return self.ctx.narrator_body  # 'Our association has documented 212 cases'
        described = g.children(token, {"appos"})
        if lower in self.lex.words("not_actors") and described:
            said = described[0]  # 'One, a 19-year-old student, said'
            return said.doc[said.left_edge.i : said.right_edge.i + 1].text
        if settings.NO_ONE_SAYS and g.is_nobody(token):
            return None  # 'since Sunday nobody would tell her if he was alive': no source
        if settings.INFORMATION_IS_WHOSE and token.lemma_.lower() in self.lex.words(
            "information_nouns"
        ):
            return self._whose_information(token, quote)
        if token.lemma_.lower() in self._writings():
            named = [
                c for c in token.subtree if c.ent_type_ in ("ORG", "PERSON") and c.i != token.i
            ]
            if settings.SOURCE_IS_SOMEONE:
                # the writer's name ('the reply of the Ministry'), not one its content names
                content = {t.i for c in g.children(token, {"relcl"}) for t in c.subtree}
                roots = [e.root for c in named if (e := g.entity_span(c)) is not None]
                named = [r for r in roots if r.i not in content]
            if named:
                return self.ex.name_of(named[0], self.offset, self.ctx, speaker)
            own = not self.ctx.narrated and self._author_of(token) is None
            if own and settings.SOURCE_IS_SOMEONE:
                return None  # 'An eight-month investigation found': the document's own work
        if is_org_anaphor(token, self.lex.words("organization_anaphors")):
            return g.phrase(token)  # "the group said": who speaks, as the text names them
        if settings.APPOSED_SPEAKERS and (apposed := appositive_person(token)) is not None:
            return apposed  # 'a lawyer for the Fellowship, Carole Deems, told KTVR'
        name = self.ex.name_of(token, self.offset, self.ctx, speaker)
        if name.lower() in self.lex.words("claimant_roles") and self.ctx.claimant:
            return self.ctx.claimant  # 'the author states': who the document names so
        if token.ent_type_ == "ORG":
            name = canonical_org(name)
            self.ctx.speakers.add(name.lower())
        return name

    def _whose_information(self, token: Token, quote: Quote | None) -> str | None:
        """'according to information gathered by our Office', 'evidence collected by Amnesty':
        information says nothing itself; whoever gathered it does (the document, for 'our')."""
        gatherer = _first(by for acl in g.children(token, {"acl"}) if (by := g.agent(acl)))
        if gatherer is None:
            return None
        first = self.lex.words("first_person_plural") | self.lex.words("first_person_singular")
        if gatherer.lower_ in first or any(c.lower_ == "our" for c in gatherer.children):
            return None
        return self._source_name(gatherer, quote)

    def _writings(self) -> frozenset[str]:
        words = self.lex.words("document_nouns")
        return words | self.lex.words("source_writings") if settings.SOURCE_IS_SOMEONE else words

    def _author_of(self, writing: Token) -> Token | None:
        """Who a report or a list is by: 'the government's report', 'a UN report', 'the reply
        of the Ministry', 'a list compiled by two former guards' (not 'interviews with 41
        former detainees' it is based on)."""
        near = [c for c in writing.children if c.dep_ in ("poss", "compound", "amod")]
        near += [o for c in writing.children if c.lower_ in ("of", "by") for o in c.children]
        for acl in g.children(writing, {"acl"}):
            by = g.agent(acl)
            near += [by] if by is not None else []
        bodies = ("ORG", "PERSON", "NORP", "GPE")
        return _first(t for t in near if t.ent_type_ in bodies or self._actor(t))

    def _a_source(self, token: Token) -> bool:
        """Not a rule or a measure ('paid according to the norms of the Labour Code', 'according
        to plan'): what 'according to' names when it names no source."""
        words = self.lex.words("not_sources")
        return token.lemma_.lower() not in words and token.lower_ not in words

    def _body_nouns(self) -> frozenset[str]:
        words = self.lex.words("organization_anaphors") | self.lex.words("author_words")
        return words | self.lex.words("reporting_bodies")

    def _speech_aside(self, head: Token) -> str | None:
        """'He was given electric shocks, he said, until he agreed...': a speech verb set
        aside in the clause of the act (or above it) names who says it."""
        above = {head, *head.ancestors}
        speech = self.lex.words("speech_verbs")
        for token in self.sent:
            aside = token.dep_ == "parataxis" or self._bare_aside(token)
            if not aside or token.head not in above:
                continue
            if token.lemma_.lower() not in speech or g.is_passive(token):
                continue
            subj = g.children(token, {"nsubj"})
            if subj:
                return self._source_name(subj[0], None)
        return None

    @staticmethod
    def _bare_aside(verb: Token) -> bool:
        """'Two men died that winter, he said; ...': a bare 'he said' after a comma, parsed as
        the clause of the verb before it, says nothing of its own."""
        if not settings.BARE_ASIDES or verb.dep_ != "ccomp" or verb.i < verb.head.i:
            return False
        subject = g.children(verb, {"nsubj"})
        after_comma = bool(subject) and subject[0].i > 0 and verb.doc[subject[0].i - 1].text == ","
        said = g.children(verb, {"ccomp", "xcomp", "dobj", "prep", "advcl"})
        return after_comma and not said

    def _according_to(self) -> str | None:
        for token in self.sent:
            if token.lower_ == "according" and token.i + 1 < len(token.doc):
                nxt = token.doc[token.i + 1]
                objects = g.children(nxt, {"pobj"}) or g.children(token, {"pobj"})
                if objects and (self._a_source(objects[0]) or not settings.SOURCE_IS_SOMEONE):
                    return self._source_name(objects[0], None)
            if token.lower_ in ("words", "view") and token.head.lower_ in ("in", "to"):
                # "in the words of one witness", "in the view of the mission"
                source = g.prep_object(token, ("of",))
                if source is not None:
                    return self._source_name(source, None)
        return None

    def _reported_by(self, head: Token) -> str | None:
        top = head
        while top.dep_ == "conj":
            top = top.head
        # 'In two cases reported by the UN office, escaped women were recaptured': the same
        # participle on the object of a phrase that frames the clause
        framed = [
            o
            for verb in (top, *top.ancestors)
            for c in verb.children
            if c.dep_ == "prep" and c.i < top.i
            for o in g.children(c, {"pobj"})
        ]
        for noun in (top, *framed):
            for child in noun.children:
                if child.dep_ == "acl" and child.lemma_.lower() in self.lex.words("speech_verbs"):
                    by = g.agent(child)
                    if by is not None:
                        return self._source_name(by, None)
        return None

    def _polarity(
        self, match: TriggerMatch, verb: Token, victims: list[Token], denier: str | None
    ) -> Polarity:
        if settings.NET_NEGATED_LACK and self._lack_read_by_net(match):
            return "asserted"  # "they were not allowed to enter", "he had not seen them for years"
        keep = _own_negation({t.i for t in match.tokens}, match)
        # "No member was ever detained, held in solitary or tortured": the negation of the
        # first verb and its "no one" subject govern the verbs coordinated with it
        governing = {match.head, verb}
        if verb.dep_ == "conj" and not (settings.OWN_SUBJECT_OWN_POLARITY and _own_subject(verb)):
            governing.add(verb.head)  # not "he could not breathe and in the morning he was dead"
        aftermath = self.lex.words("aftermath_verbs")
        negated = any(
            c.dep_ == "neg" and c.i not in keep and not _describes(token, match.head)
            for token in governing
            if token == match.head or token.lemma_.lower() not in aftermath
            for c in token.children
        )
        subject = g.subject(verb)
        # "No one was allowed to leave": a "no one" written inside the wording is its victim
        # (nobody had the permission), not a denial
        negated = negated or any(g.is_nobody(v) and not _in_wording(v, keep) for v in victims)
        negated = negated or (
            subject is not None
            and g.is_nobody(subject)
            and not _in_wording(subject, keep)
            and not self._nobody_permitted(subject, verb, match.act)
        )
        negated = negated or denier is not None or self._under_denial(match.head)
        negated = negated or self._called_false(match) or self._not_proven(match.head)
        negated = negated or self._not_witnessed(match.head)
        freely = settings.FREELY_DONE and not match.trigger.denied  # not "work voluntarily"
        negated = negated or (freely and self._freely_done(match.head))
        negated = negated or (settings.AT_NO_TIME and any(self._at_no_time(t) for t in governing))
        return "denied" if negated != match.trigger.denied else "asserted"

    def _lack_read_by_net(self, match: TriggerMatch) -> bool:
        """An act of liberty lacking (no contact, no exit) the net read off a negated word: the
        negation is the act ('were not allowed to enter', 'had not seen them for years'), not
        its denial."""
        by_net = match.trigger.text.startswith(NET_WORDING)
        lacking = match.act in self.lex.words("liberty_acts")
        return by_net and lacking and any(c.dep_ == "neg" for c in match.head.children)

    def _freely_done(self, head: Token) -> bool:
        """'She had confessed of her own free will', 'passports are kept only at the resident's
        own request', 'he left the country voluntarily': what was done by the will of the one it
        befell is told as no abuse (the accused's usual denial), unless that will is denied."""
        verb = head if head.pos_ in ("VERB", "AUX") else g.clause_head(head)
        if g.negated(verb):
            return False  # "he did not sign it voluntarily": the will is what is denied
        adverbs = self.lex.words("free_will_adverbs")
        nouns = self.lex.words("free_will_nouns")
        for child in verb.children:
            if child.dep_ == "advmod" and child.lower_ in adverbs:
                return True
            if child.dep_ == "prep" and child.lower_ in ("of", "on", "at", "by"):
                objects = g.children(child, {"pobj"})
                if any(o.lemma_.lower() in nouns and _ones_own(o) for o in objects):
                    return True
        return False

    def _at_no_time(self, verb: Token) -> bool:
        """'He was at no time beaten', 'on no occasion were they held', 'under no
        circumstances': a phrase of 'no' and a word of time or manner denies like 'never'."""
        nouns = self.lex.words("never_phrase_nouns")
        for prep in g.children(verb, {"prep"}):
            for noun in g.children(prep, {"pobj"}):
                no = any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)
                if no and noun.lemma_.lower() in nouns:
                    return True
        return False

    def _nobody_permitted(self, subject: Token, verb: Token, act: str) -> bool:
        """'No lawyer has been allowed to see them': nobody given leave to visit states the
        denial of contact (as 'no one was allowed to leave' states a denial of exit)."""
        if not settings.NOBODY_PERMITTED or act not in self.lex.words("liberty_acts"):
            return False
        return subject.head.lemma_.lower() in self.lex.words("permission_verbs")

    def _under_denial(self, head: Token) -> bool:
        """'We categorically deny that any resident was mistreated': a denial verb whose
        clause or object holds the act (whoever denies, even the report's own 'we')."""
        denial = self.lex.words("denial_verbs")
        false = self.lex.words("denial_words")
        below = head
        for above in head.ancestors:
            if above.lemma_.lower() in denial and above.pos_ == "VERB":
                return below.dep_ in ("ccomp", "xcomp", "dobj", "pcomp")
            called = [c for c in above.children if c.dep_ in ("acomp", "attr")]
            if (
                above.lemma_ == "be"
                and below.dep_ == "ccomp"
                and any(g.word_in(c, false) for c in called)
            ):
                return True  # "it is false that members were held"
            if below.dep_ == "conj":
                return False  # "he was denied visits and beaten": only the first is denied
            below = above
        return False

    def _not_witnessed(self, head: Token) -> bool:
        """'I never saw anyone being beaten': a negated verb of witnessing whose clause is
        the act says it did not happen, as the witness tells it."""
        verb = head.head
        if head.dep_ not in ("ccomp", "xcomp", "dobj") or verb is head:
            return False
        witnessing = verb.lemma_.lower() in self.lex.words("witness_verbs")
        return witnessing and g.negated(verb)

    def _not_proven(self, head: Token) -> bool:
        """'The Court did not find it proven that...', 'the evidence did not establish that...':
        a finding that the act was not shown to have happened."""
        proof = self.lex.words("proof_verbs")
        for above in head.ancestors:
            # 'the allegation of torture was examined and was not confirmed': the verb said of
            # the same subject after 'and'
            said = [above, *(g.children(above, {"conj"}) if settings.NOT_CONFIRMED else [])]
            for verb in said:
                if verb.lemma_.lower() in proof and g.negated(verb):
                    return True
        return False

    def _called_false(self, match: TriggerMatch) -> bool:
        """'Allegations of torture are baseless' / '... are categorically rejected'; not 'held on
        fabricated charges' (the charges are a circumstance of the detention) nor, for a false
        accusation, 'fabricated charges' (calling the charges false asserts the act)."""
        allegations = self.lex.words("allegation_nouns")
        denying = self.lex.words("denial_words") | self.lex.words("denial_verbs")
        speech_act = match.act in self.lex.words("speech_acts")
        clause = {t.i for t in g.clause_head(match.head).subtree}
        # the wording's own words are the act ('the charges were fabricated'), and the verb
        # 'claims' is who tells it, not an allegation called false
        wording = {t.i for t in match.tokens} if settings.OWN_WORDS_NOT_FALSITY else set()
        found = [
            t
            for t in self.sent
            if g.word_in(t, allegations)
            and (t.i not in clause or match.head in t.subtree)
            and not (wording and (t.i in wording or t.pos_ == "VERB"))
        ]
        falsity = [
            t
            for t in self.sent
            if g.word_in(t, denying)
            and not (speech_act and t.dep_ == "amod")
            and t.i not in wording
        ]
        if settings.CHARGES_FACED_ELSEWHERE:
            # "brought to court to face fabricated charges, while others were detained", "Jung,
            # who worked for a trading company, claims the charges were fabricated": charges
            # called false that do not allege this act are a circumstance, not its denial
            falsity_at = {f.i for f in falsity}
            aside = {
                t.i
                for t in found
                if match.head not in t.subtree
                and match.head not in t.head.subtree
                and (t.head.i in falsity_at or any(c.i in falsity_at for c in t.children))
            }
            predicates = {t.head.i for t in found if t.i in aside}  # "the charges were fabricated"
            found = [t for t in found if t.i not in aside]
            falsity = [f for f in falsity if f.head.i not in aside and f.i not in predicates]
        return bool(found and falsity) or self._next_calls_false(match.head)

    def _next_calls_false(self, head: Token) -> bool:
        """'... accused the Organization of killing one of its members. These accusations are
        lies.': the next sentence calls the allegations reported here false."""
        speech = self.lex.words("speech_verbs") | self.lex.words("allegation_nouns")
        if not any(g.word_in(a, speech) for a in head.ancestors):
            return False
        doc = self.sent.doc
        if self.sent.end >= len(doc):
            return False
        following = doc[self.sent.end].sent
        opening = list(following)[:3]
        pointing = any(t.lower_ in ("these", "such", "those", "this", "the") for t in opening)
        named = any(g.word_in(t, self.lex.words("allegation_nouns")) for t in opening)
        denying = self.lex.words("denial_words") | self.lex.words("denial_verbs")
        return pointing and named and any(g.word_in(t, denying) for t in following)


def appositive_person(noun: Token) -> str | None:
    """The person's name set beside a description ('a lawyer for the Fellowship, Carole
    Deems,'), however far after it."""
    if noun.pos_ != "NOUN":
        return None
    for child in noun.children:
        if child.dep_ != "appos" or child.pos_ != "PROPN":
            continue
        span = g.entity_span(child)
        if span is not None and child.ent_type_ in ("PERSON", "ORG"):
            return span.text  # 'Carole Deems' is tagged a body as often as a person
        if span is None:
            return noun.doc[child.left_edge.i : child.i + 1].text
    return None


def _own_subject(verb: Token) -> bool:
    return bool(g.children(verb, {"nsubj", "nsubjpass", "expl"}))


def _misparsed_subject(verb: Token) -> list[Token]:
    """'Dalca told the jury that...', where the parser hangs an unfamiliar name before the verb
    as a modifier: a name right before a speech verb with no subject is its subject."""
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if before is None or before.head != verb or before.dep_ not in ("advmod", "npadvmod", "dep"):
        return []
    return [before] if before.pos_ == "PROPN" or before.ent_type_ == "PERSON" else []


def _cited(token: Token, citing: frozenset[str]) -> bool:
    """'according to X', 'X said', 'told X': whom a sentence cites, not whom it tells of."""
    for up in (token, *token.ancestors):
        if up.lower_ == "according" or up.lemma_.lower() in citing:
            return True
        if up.dep_ in ("ccomp", "relcl", "advcl", "xcomp", "acl") or up.pos_ == "VERB":
            return False
    return False


def _same_name(name: str, other: str | None) -> bool:
    """'Tom Brannigan' and 'Sheriff Tom Brannigan': the same last word."""
    words, others = name.lower().split(), (other or "").lower().split()
    return bool(words and others) and words[-1] == others[-1]


def _without_aside(name: str) -> str:
    """'Mr. Kazem Rahnavard, who was held in the cell next to his': the name, without what the
    text says of them between commas (a source is named, not described)."""
    match = ASIDE.search(name)
    if match is None or not any(w[:1].isupper() for w in name[: match.start()].split()):
        return name
    return name[: match.start()].strip()


def _has_access(verb: Token) -> bool:
    """'have (no) access', 'had little access': whose access it is, is its subject."""
    return verb.lemma_.lower() == "have" and any(c.lower_ == "access" for c in verb.children)


def _first(items: Iterable[Token | None]) -> Token | None:
    for item in items:
        if item is not None:
            return item
    return None


def _possessor(thing: Token) -> Token | None:
    found = g.children(thing, {"poss"})
    return found[0] if found else None


def _common_noun(token: Token | None) -> Token | None:
    """The token if it is a common noun no entity is named by."""
    return token if token is not None and token.pos_ == "NOUN" and not token.ent_type_ else None


def _among(name: str, victims: list[str]) -> bool:
    """The name is one of the victims, or the same people written otherwise ('their teachers'
    of 'seven teachers at the school have been arrested')."""
    if name in victims:
        return True
    if not settings.SAME_PEOPLE_NOT_DOERS:
        return False
    heads = {_head_word(v) for v in victims}
    return _head_word(name) in heads - {""}


def _head_word(phrase: str) -> str:
    """'teachers' of 'seven teachers at the school', of 'their teachers'."""
    words = re.split(r",| (?:of|at|in|from|who|with|for) ", phrase, maxsplit=1)[0].split()
    return words[-1].lower() if words else ""


def _qualified_by(noun: Token, words: frozenset[str]) -> bool:
    return any(c.dep_ in ("amod", "compound") and c.lower_ in words for c in noun.children)


def _owner(thing: Token) -> Token | None:
    """Whose the thing done to is: 'their passports', and with OWNER_OF_THINGS 'the passports
    and identity cards of all new arrivals' (the "of" hung on the thing or on a thing
    coordinated with it)."""
    found = _possessor(thing)
    if found is not None or not settings.OWNER_OF_THINGS:
        return found
    return _first(g.prep_object(t, ("of",)) for t in (thing, *g.children(thing, {"conj"})))


def is_org_anaphor(token: Token, nouns: frozenset[str]) -> bool:
    if token.ent_type_ or any(c.dep_ == "compound" for c in token.children):
        return False  # "the Lantern Rights Group" is a name, not "the group"
    dets = {c.lower_ for c in token.children if c.dep_ == "det"}
    if settings.ORDERS_ARE_NO_GROUP and _to_be_done(token):
        return False  # "they were given the order to punish me": a command, not the Order
    return token.lemma_.lower() in nouns and bool(dets & {"the", "this", "that"})


def _to_be_done(noun: Token) -> bool:
    """'the order to punish me', 'the mission to find him': a noun an infinitive completes."""
    return any(
        c.dep_ == "acl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in noun.children
    )


def _aimed(noun: Token) -> bool:
    """A noun that says whom it is done to ('violence against women', 'abuse of detainees')."""
    return g.prep_object(noun, ("of", "against", "on", "upon")) is not None


def _describes(verb: Token, head: Token) -> bool:
    """'If your self-criticism was not sincere enough': the negation is of what is said of the
    act ('not sincere'), not of the act itself."""
    if verb.lemma_ != "be" or not any(c.dep_ == "acomp" for c in verb.children):
        return False
    return any(head in s.subtree for s in g.children(verb, {"nsubj"}))


def _in_wording(token: Token, keep: set[int]) -> bool:
    """The 'no' of the token ('No member was allowed to...'), or the token itself ('Nobody'),
    is part of the act's wording: 'No deaths in custody were recorded' keeps its denial."""
    dets = [c for c in token.children if c.dep_ == "det" and c.lower_ == "no"]
    return dets[0].i in keep if dets else token.i in keep


def _name_words(name: Token) -> str:
    """'Bilal Darraj' of its last word, with the names compounded before it."""
    words = [c for c in name.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    start = words[0].i if words else name.i
    return name.doc[start : name.i + 1].text


def _agrees(owner: Token, subject: Token) -> bool:
    """'their' of a plural subject, 'his'/'her' of a singular one, 'our'/'my' of 'we'/'I'."""
    pairs = {"their": ("they", "NNS", "NNPS"), "our": ("we",), "my": ("i",)}
    singular = ("he", "she", "NN", "NNP")
    wanted = pairs.get(owner.lower_, singular if owner.lower_ in ("his", "her") else ())
    return subject.lower_ in wanted or subject.tag_ in wanted


def _index(token: Token) -> int:
    return int(token.i)


def _unique(names: list[str]) -> list[str]:
    seen: list[str] = []
    for name in names:
        if name and name not in seen:
            seen.append(name)
    return seen


def _speaker_role(speaker: str | None, victims: list[str]) -> Any:
    if speaker is None:
        return None
    return "victim" if speaker in victims else "witness"


def _count(tokens: list[Token], numbers: dict[str, int]) -> int | None:
    for token in tokens:
        for child in token.children:
            if child.dep_ == "nummod":
                text = child.text.replace(",", "")
                if text.isdigit():
                    return int(text)
                if child.lower_ in numbers:
                    return numbers[child.lower_]
    return None


def _drop_subsumed(
    matches: list[TriggerMatch], subsumed: dict[str, set[str]]
) -> list[TriggerMatch]:
    """'Held alone in a cell' is solitary confinement, not also a detention; 'threatened to have
    us executed' is a threat, not also a killing: a wording is dropped when a more specific act
    is stated by the same verb or governs it (not through a coordination)."""
    kept = []
    for match in matches:
        covering = [
            m for m in matches if m is not match and match.act in subsumed.get(m.act, set())
        ]
        verb = g.clause_head(match.head)
        if not any(_covers(m, match, verb) for m in covering):
            kept.append(match)
    return kept


def _covers(wider: TriggerMatch, match: TriggerMatch, verb: Token) -> bool:
    if _governs(wider.head, match.head):
        return True
    mine, theirs = _noun_of(match.head), _noun_of(wider.head)
    if settings.LISTED_ACTS_KEPT and mine.pos_ == theirs.pos_ == "NOUN" and mine != theirs:
        return False  # "punished with imprisonment and isolation", "included long-term
        # imprisonment, solitary confinement, beatings...": each noun names its own act
    return g.clause_head(wider.head) == verb


def _noun_of(token: Token) -> Token:
    """'solitary' of 'solitary confinement': the noun a wording's word qualifies."""
    return token.head if token.dep_ in ("amod", "compound") else token


def _governs(verb: Token, token: Token) -> bool:
    current = token
    for _ in range(12):
        if current == verb:
            return True
        if current.dep_ == "conj" or current.head is current:
            return False
        current = current.head
    return False


def _frames(verb: Token, clause: Token) -> bool:
    """'received' in 'we have received information that detainees are forced': the clause hangs
    under the verb, not coordinated with it ('scolded him and beat him')."""
    if clause.i == verb.i or (clause.dep_ == "conj" and clause.head.i == verb.i):
        return False
    return verb in clause.ancestors


def _own_negation(keep: set[int], match: TriggerMatch) -> set[int]:
    """'Those who did not finish were never given food': a wording written with its negation
    ('not|never * give * food') owns the negation its act word governs, not one of a clause
    about its victims that the pattern happened to match first."""
    if not settings.OWN_NEGATION:
        return keep
    head = match.head
    stray = [t for t in match.tokens if t.dep_ == "neg" and t.head != head]
    own = [c for c in head.children if c.dep_ == "neg" and c.i not in keep]
    if stray and own:
        return (keep - {t.i for t in stray}) | {own[0].i}
    return keep


def _ones_own(noun: Token) -> bool:
    """'her own free will', 'their own request', 'by choice': the will of the one it befell,
    not 'at the request of the prosecutor'."""
    marked = any(c.dep_ == "amod" and c.lower_ in ("own", "free") for c in noun.children)
    return marked or (noun.lower_ == "choice" and not any(True for _ in noun.children))


def _owns_papers(token: Token, papers: frozenset[str]) -> bool:
    """A name written as the owner of a passport or an identity card ('Mikael's passport'):
    a person, whatever the tagger took the name for."""
    owner = token.dep_ == "poss" and token.pos_ == "PROPN"
    return (
        owner
        and token.head.lemma_.lower() in papers
        and any(c.dep_ == "case" for c in token.children)
    )


def _possible_passive(verb: Token) -> bool:
    """'could be sentenced', 'might be tortured': what may befall someone, not what did."""
    modal = any(c.lower_ in POSSIBLE_AUX and c.dep_ == "aux" for c in verb.children)
    return modal and any(c.dep_ == "auxpass" and c.lower_ == "be" for c in verb.children)


def _future(verb: Token) -> bool:
    return any(c.lower_ in FUTURE_AUX and c.dep_ == "aux" for c in verb.children)


def _in_condition(token: Token, marks: frozenset[str]) -> bool:
    """The token stands in a clause opened by 'if' or 'unless' (or is its verb)."""
    for node in (token, *token.ancestors):
        opened = any(c.lower_ in marks for c in node.children if c.dep_ == "mark")
        if node.dep_ == "advcl" and opened:
            return True
    return False


def _opens_with_count(phrase: str, counts: frozenset[str] | set[str]) -> bool:
    first = phrase.split()[0].lower() if phrase.split() else ""
    return first[:1].isdigit() or first in counts


def _untagged_given(token: Token) -> list[Token]:
    """Capitalised names hung on the token before it that the tagger gave no entity."""
    return [
        c
        for c in token.children
        if c.dep_ == "compound" and c.i < token.i and c.pos_ == "PROPN" and not c.ent_type_
    ]


def _those_done_to(head: Token) -> bool:
    """'those arrested', 'Those held' (a participle after 'those'), named as who they are, not
    told of; but 'among those detained were two journalists', 'those detained include ...' tell
    who it befell."""
    if head.dep_ != "acl" or head.tag_ != "VBN" or head.head.lower_ != "those":
        return False
    those = head.head
    return those.head.lower_ != "among" and those.head.lemma_.lower() != "include"


def _a_people(token: Token) -> bool:
    """'Christians', 'Rohingya', 'Uyghurs' (a NORP name written as a plural noun, not the
    adjective of 'Christian schools'): a people, persons."""
    plural = token.tag_ in ("NNS", "NNPS") or token.morph.get("Number", []) == ["Plur"]
    return token.ent_type_ == "NORP" and plural and token.dep_ not in ("amod", "compound")


def _participle_after_be(head: Token) -> bool:
    return head.dep_ == "acomp" and head.tag_ == "VBN" and head.head.lemma_.lower() == "be"


def _addressee(verb: Token) -> Token | None:
    """Whom a verb of telling addresses: its passive subject ('R.A. was told that...'), else
    its object ('told him that...')."""
    if g.is_passive(verb):
        return g.passive_subject(verb)
    return _first(_first(g.children(verb, {d})) for d in ("dobj", "dative", "iobj"))
