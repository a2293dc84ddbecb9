"""When and where a sentence's acts happened: its time expressions and its places.

Kept apart from the roles (sentence.py) because time and place are read from the whole sentence
and the document's memory, not from the grammar of one act.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from testimonies.extract import grammar as g
from testimonies.extract import settings
from testimonies.extract.context import DocumentContext
from testimonies.extract.timex import TimeExpr, add_duration, find_times, resolve

if TYPE_CHECKING:
    from testimonies.extract.vocab import Lexicon

UNNAMED_PLACE_PENALTY = 50


class TimeAndPlace:
    """Mixed into SentenceReader: the time and place of its claims."""

    sent: Span
    offset: int
    ctx: DocumentContext
    lex: Lexicon
    times: list[TimeExpr]

    # --- time ------------------------------------------------------------------------------

    def _times(self) -> list[TimeExpr]:
        exprs = find_times(self.sent.text, self.offset + self.sent.start_char)
        resolved = []
        anchor = self.ctx.last_date
        for expr in exprs:
            if self.ctx.in_dateline(expr.begin):
                continue  # the date of the report, already its publication date
            expr = resolve(expr, anchor, self.ctx.published)
            if expr.is_date:
                anchor = expr.stop or expr.start
            resolved.append(expr)
        return resolved

    def _remember_time(self) -> None:
        dates = [e for e in self.times if e.is_date]
        if dates:
            last = dates[-1]
            self.ctx.last_date = last.stop or last.start
            self.ctx.paragraph_date = self.ctx.last_date
            self.ctx.last_dates = (last.start, last.stop)
            self.ctx.last_date_paragraph = self.ctx.paragraph
        frames = [e for e in dates if e.start != e.stop]
        if frames:  # "from 1998 to 2016", "since 2017": the period the document is about
            self.ctx.frame = (frames[-1].start, frames[-1].stop)
        naming = self.lex.words("naming_words")
        candidates = (t for t in self.sent if t.ent_type_ or t.dep_ == "pobj" or t.lower_ in naming)
        places = [name for t in candidates if (name := self._place_name(t))]
        if places:
            self.ctx.last_place = places[-1]
            self.ctx.paragraph_place = places[-1]

    def _time_for(
        self, verb: Token, ev: tuple[int, int], in_quote: bool
    ) -> tuple[str | None, str | None, str | None]:
        dates = [e for e in self.times if e.is_date and self._attached(e, verb, ev)]
        durations = [e.duration for e in self.times if e.duration and ev[0] <= e.begin < ev[1]]
        duration = durations[0] if durations else None
        if dates:
            best = min(dates, key=lambda e: abs(e.begin - (self.offset + verb.idx)))
            if self.ctx.event_dates is None:
                self.ctx.event_dates = (best.start, best.stop)
            return best.start, _lasting(best.start, best.stop, duration), duration
        recent = self.ctx.paragraph - self.ctx.last_date_paragraph <= settings.INHERIT_PARAGRAPHS
        if recent or self._has_time_anaphor() or settings.INHERIT_DOCUMENT_TIME:
            start, stop = self.ctx.last_dates
            return start, _lasting(start, stop, duration), duration
        if settings.EVENT_DATE and self.ctx.event_dates is not None:
            return (*self.ctx.event_dates, duration)
        if settings.INHERIT_FRAME and self.ctx.frame is not None:
            return (*self.ctx.frame, duration)
        return None, None, duration

    def _attached(self, expr: TimeExpr, verb: Token, ev: tuple[int, int]) -> bool:
        span = self.sent.doc.char_span(
            expr.begin - self.offset, expr.end - self.offset, alignment_mode="expand"
        )
        if span is None or not len(span):
            return ev[0] <= expr.begin < ev[1]
        if settings.TIME_CLAUSES and _in_modifier_clause(span.root, verb):
            return False  # "her husband, whom she had married two years before": his date
        if ev[0] <= expr.begin < ev[1]:
            return True
        above = g.governing_verb(span.root)
        if above is None:
            return False
        if above == verb and settings.TIME_CLAUSES:
            return True  # "told me in 2019 that...": a threat or a label is the speech itself
        if above.lemma_.lower() in self.lex.words("speech_verbs"):
            return False  # "UNAMQ said on 13 April that..." dates the statement, not the act
        if not settings.TIME_CLAUSES:
            return above == verb or above in verb.ancestors
        above = _lifted(above)
        return above == verb or above in verb.ancestors or _dates_its_clause(above, verb)

    def _has_time_anaphor(self) -> bool:
        """'During this period ...' dates its sentence, and the rest of its paragraph when it
        opens it, by the date stated before."""
        text = self.sent.text.lower()
        found = any(p in text for p in self.lex.words("time_anaphors") if " " in p)
        if found and self.sent.start == 0:
            self.ctx.paragraph_continues = True
        return found or self.ctx.paragraph_continues

    # --- place -----------------------------------------------------------------------------

    def _place(self, ev: tuple[int, int], head: Token, in_quote: bool) -> str | None:
        candidates = []
        for token in self.sent:
            absolute = self.offset + token.idx
            if not ev[0] <= absolute < ev[1]:
                continue
            name = self._place_name(token)
            if not name:
                continue
            distance = abs(token.i - head.i) + (0 if token.i > head.i else 3)
            if _unnamed(name):  # "held at the camp": only where the act's verb says so
                if token.head.head not in (head, g.clause_head(head)):
                    continue
                distance += UNNAMED_PLACE_PENALTY  # a named place in the clause wins
            candidates.append((distance, name))
        if candidates:
            return min(candidates)[1]
        if self.ctx.paragraph_place:
            return self.ctx.paragraph_place
        return self.ctx.main_place() if settings.INHERIT_DOCUMENT_PLACE else None

    def _confinement_place(self, name: str) -> bool:
        nouns = self.lex.words("confinement_nouns")
        return any(word.lower().strip(".,") in nouns for word in name.split())

    def _place_name(self, token: Token) -> str | None:
        ent = g.entity_span(token)
        if ent is not None and ent.start == token.i:
            # a named site or facility; a country or a city ("GPE") is more often where someone
            # came from or where a report was made than where the act was done
            if token.ent_type_ in ("LOC", "FAC"):
                return ent.text
            if token.ent_type_ in ("ORG", "PERSON") and any(
                t.lemma_.lower() in self.lex.words("confinement_nouns") for t in ent
            ):
                return ent.text
        if token.lower_ in self.lex.words("naming_words") and token.i + 1 < len(token.doc):
            nxt = token.doc[token.i + 1]
            if nxt.lower_ == "as" and nxt.i + 1 < len(token.doc):
                nxt = token.doc[nxt.i + 1]
            if nxt.pos_ == "PROPN":
                return g.phrase(nxt) if nxt.ent_type_ else nxt.text
        if token.dep_ == "pobj" and token.head.lower_ in ("in", "at", "inside", "to", "into"):
            # "Bunker 4", "Evin prison"; not "one room"
            named = token.pos_ == "PROPN" or any(
                c.pos_ == "PROPN" or (c.pos_ == "NUM" and c.text[:1].isdigit())
                for c in token.children
            )
            if token.lemma_.lower() in self.lex.words("place_nouns") and named:
                return g.phrase(token)
            # "held at the camp", "taken to the centre": the site named earlier, as written
            dets = {c.lower_ for c in token.children if c.dep_ == "det"}
            site = token.lower_ in self.lex.words("confinement_nouns") and token.tag_ == "NN"
            of = g.prep_object(token, ("of",))  # "the centre of the circle" is no site
            if site and dets & {"the", "this", "that"} and (of is None or of.pos_ == "PROPN"):
                return g.phrase(token)
        return None


TIME_CLAUSE_MARKERS = frozenset({"when", "as", "while", "whilst"})


def _in_modifier_clause(token: Token, verb: Token) -> bool:
    """A date inside a relative clause in the past perfect ('her husband, whom she had married
    two years before') dates an earlier event that describes a person, not the act above it.
    (Other modifier clauses are left alone: 'people fleeing the camp on 11 July' is read by the
    parser as holding the date of the act.)"""
    for above in [token, *token.ancestors]:
        if above == verb:
            return False
        if above.dep_ == "relcl" and verb not in above.subtree:
            return any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in above.children)
    return False


def _lifted(verb: Token) -> Token:
    """'allowed to leave in 1993': the date of the complement dates the verb it completes."""
    while verb.dep_ == "xcomp" and verb.head is not verb:
        verb = verb.head
    return verb


def _dates_its_clause(clause: Token, verb: Token) -> bool:
    """'killed when soldiers entered the camp on April 8': a time clause dates its main verb."""
    if clause.dep_ != "advcl" or clause.head not in (verb, *verb.ancestors, *verb.conjuncts):
        return False
    return any(
        c.dep_ in ("mark", "advmod") and c.lower_ in TIME_CLAUSE_MARKERS for c in clause.children
    )


def _unnamed(place: str) -> bool:
    """'the camp', 'the reflection room': a place written without a name."""
    return not any(ch.isupper() for ch in place)


def _lasting(start: str | None, stop: str | None, duration: str | None) -> str | None:
    """'In March 2016 ... for one year': a stay that began at a point ends a duration later."""
    if start is None or start != stop or duration is None:
        return stop
    end = add_duration(start, duration)
    # "in 1994 ... for six months": the end is within the start's year, as precise as it
    return stop if end is None or end.rstrip("~") == start.rstrip("~") else end
