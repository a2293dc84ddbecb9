"""When and where a sentence's acts happened: its time expressions and its places.

Kept apart from the roles (sentence.py) because time and place are read from the whole sentence
and the document's memory, not from the grammar of one act.

How narratives are written, and the order the rules follow for an act's time:
1. its own date: in its clause, on its verb or a verb above it (not a speech verb, unless the
   speech is the act), in a time clause ("killed when soldiers entered on April 8");
2. a quote's acts: the stay its speaker is described by ("said X, held at Y from 2021 to 2022");
3. "all that time", "during those months": the whole stay the story is in;
4. the paragraph's last date, or an earlier one named by "during this period", "that night";
5. the stay the story is inside ("held at Branch 40 for eleven months ... interrogators beat
   him"), for the same kind of victim, never for a denial;
6. a news report's event (the lead's date) for the acts of that event.
The date of a statement or of the reporters' work is not the story's date and is not carried
on. An act's place: its clause's site (a named site before a town, "the camp" as the site
named with that word), the paragraph's place, the stay's place, the news event's place, the
document's main place.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from testimonies.extract import grammar as g
from testimonies.extract import settings
from testimonies.extract.context import DocumentContext
from testimonies.extract.timex import (
    TimeExpr,
    add_duration,
    at_age,
    find_times,
    opening,
    resolve,
)

if TYPE_CHECKING:
    from testimonies.extract.spacy_extractor import SpacyExtractor
    from testimonies.extract.vocab import Lexicon

UNNAMED_PLACE_PENALTY = 50
SITE_DETERMINERS = frozenset({"the", "this", "that"})  # not "a cell": one of the site's rooms
TOWN_PENALTY = 20
DENIAL_SITE_MIN = 2.0  # a camp named once is the site a denial is about
WRITER_HOPS = 2  # "the reply of [the Ministry of Defence] of 1984": names between it and its date


class TimeAndPlace:
    """Mixed into SentenceReader: the time and place of its claims."""

    sent: Span
    offset: int
    ctx: DocumentContext
    lex: Lexicon
    times: list[TimeExpr]
    stay_place: str | None = None  # the place of the stay that frames the claim being read
    claim_time: tuple[str | None, str | None] = (None, None)  # the claim being read: its dates
    claim_denied: bool = False  # and whether it reads as a denial
    dated_by_clause: bool = False  # and whether its dates are its own clause's
    wording: frozenset[int] | None = None  # tokens of the act wordings of the sentence
    ex: SpacyExtractor

    # --- time ------------------------------------------------------------------------------

    def _times(self) -> list[TimeExpr]:
        exprs = find_times(self.sent.text, self.offset + self.sent.start_char)
        resolved: list[TimeExpr] = []
        anchor = self.ctx.last_date
        # the story's time when this sentence opens: "I was then held ... until March 2002"
        # (a stay that says only its end begins at the story's date a turn or two back too)
        back = self.ctx.paragraph - self.ctx.last_date_paragraph
        story = anchor if 0 <= back <= settings.STAY_START_PARAGRAPHS else None
        fresh = False  # whether the story's date is this sentence's own
        for expr in exprs:
            if self.ctx.in_dateline(expr.begin):
                continue  # the date of the report, already its publication date
            # "on 18 July", after "detained on 12 July 2023": the year of the last full date
            day_anchor = self.ctx.last_day if settings.PARTIAL_FROM_LAST_DAY else None
            # ("the following day" too: a count of days goes on from the last day stated)
            days = expr.relative is not None and expr.relative[1] in ("D", "W")
            by_day = expr.partial is not None or (days and not expr.to_publication)
            base = day_anchor if by_day and day_anchor else anchor
            if expr.partial is not None and base == anchor and self._story_goes_on(anchor):
                expr = replace(expr, to_publication=True)  # "Since 2019 ... the night of 11 July"
            expr = resolve(expr, base, self.ctx.published)
            if settings.AGES and expr.age is not None:  # "when I turned six", born in 1995
                expr = at_age(expr, self.ctx.born)
            if settings.OPENING_WEEKS and expr.opening is not None:  # first weeks of a stay
                expr = opening(expr, self.ctx.last_dates[0] or anchor)
            if settings.STAY_FRAMES and expr.start is None and expr.stop is not None:
                expr = _from_story_time(expr, story)
                # (begun in an earlier turn: it dates its own clause, frames no later act)
                carried = back > 0 and not fresh and expr.start is not None
                expr = replace(expr, carried=carried)
            if expr.is_date:
                anchor = story = expr.stop or expr.start
                fresh = True
            resolved.append(expr)
        return resolved

    def _remember_time(self) -> None:
        # a date of no known year ("on April 8": XXXX-04-08) dates its own clause, no later one
        dates = [e for e in self.times if e.is_date and not e.year_unknown]
        if settings.REPORT_DATES_KEPT_OUT and not self.ctx.narrated:
            # (in a testimony, "in 2012 I told the elders" is a step of the story)
            dates = [e for e in dates if not self._of_the_report(e)]
        if settings.STAY_FRAMES:
            self._remember_stay(dates)
        if settings.AGES and self.ctx.born is None:
            self.ctx.born = self._birth(dates)
        days = [e.start for e in dates if e.start and len(e.start.rstrip("~?%")) == 10]
        if days:
            self.ctx.last_day = days[-1]
        if dates:
            last = dates[-1]
            self.ctx.last_date = last.stop or last.start
            self.ctx.paragraph_date = self.ctx.last_date
            self.ctx.last_dates = (last.start, last.stop)
            self.ctx.last_date_paragraph = self.ctx.paragraph + self._asks_about_it()
        frames = [e for e in dates if e.start != e.stop]
        if frames:  # "from 1998 to 2016", "since 2017": the period the document is about
            self.ctx.frame = (frames[-1].start, frames[-1].stop)
        naming = self.lex.words("naming_words")
        if settings.RESOLVE_SITES:
            self._remember_sites()
        candidates = (t for t in self.sent if t.ent_type_ or t.dep_ == "pobj" or t.lower_ in naming)
        places = [self._site_named(t) or name for t in candidates if (name := self._place_name(t))]
        if places:
            self.ctx.last_place = places[-1]
        anywhere = settings.PARAGRAPH_PLACE == "any"
        sites = [p for p in places if anywhere or self._confinement_place(p)]
        if settings.REGIONS_NOT_CARRIED:
            sites = [p for p in sites if not self._world_region(p)]
        if sites and settings.PARAGRAPH_PLACE != "none":
            self.ctx.paragraph_place = sites[-1]

    def _story_goes_on(self, anchor: str | None) -> bool:
        """'Since 2019 our sons have been taken ... Since the night of 11 July': after an open
        period stated by its year alone, a day or month without a year is of the story's present,
        the year of the document's date (a letter dated 1 December 2022)."""
        published = self.ctx.published
        if not settings.OPEN_PERIOD_PARTIALS or anchor is None or published is None:
            return False
        start, stop = self.ctx.last_dates
        open_period = stop is None and start == anchor and len(anchor.rstrip("~?%")) == 4
        return open_period and anchor[:4] < published[:4]

    def _asks_about_it(self) -> int:
        """1 for a question ('What happened on the night of 17 October 1979?'): its date is the
        date of the answer, the next paragraph of a hearing or an interview; else 0."""
        asks = settings.QUESTION_DATES_ANSWER and self.sent.text.rstrip(" \"'”’").endswith("?")
        return 1 if asks else 0

    def _remember_stay(self, dates: list[TimeExpr]) -> None:
        """'held at Base Lumbu from March to November 2022', 'from 2012 I lived in the house',
        'for the following eleven months he was held': the period of a stay, which frames the
        acts told while the story stays inside it."""
        for expr in dates:
            verb = self._stay_verb(expr)
            if verb is not None and expr.start is not None and expr.start != expr.stop:
                if expr.carried:
                    return
                enclosing = self.ctx.stay
                stop = expr.stop
                if stop is None and enclosing is not None and _within(expr.start, *enclosing):
                    stop = enclosing[1]  # a stay inside a membership ends with it
                self.ctx.stay = (expr.start, stop)
                self.ctx.stay_kind = _kind(g.subject(verb))
                self.ctx.stay_place = self._place_of(verb)
                return
        story = self.ctx.last_date
        if dates or story is None:
            return
        for expr in self.times:
            verb = self._stay_verb(expr) if expr.duration else None
            # "702 were held for more than one year" counts; it tells no one's story
            if verb is not None and expr.duration and _kind(g.subject(verb)) == "one":
                self.ctx.stay = _lasting_from(story, expr.duration, _perfect(verb))
                self.ctx.stay_kind = _kind(g.subject(verb))
                self.ctx.stay_place = self._place_of(verb)
                return

    def _place_of(self, verb: Token) -> str | None:
        """The place a stay's verb names: 'held at Base Lumbu', 'lived in the house at Lake
        Orlovo' (the last named, the most precise); 'kept there' keeps the earlier place."""
        tokens = list(verb.subtree)
        if verb.dep_ == "relcl" and any(c.lower_ == "where" for c in verb.children):
            tokens = [verb.head, *tokens]  # "taken to Branch 9, where he was held"
        sites = [name for t in tokens if (name := self._place_name(t))]
        towns = [name for t in tokens if (name := self._town_of_the_act(t, verb))]
        named = [n for n in sites if not _unnamed(n)]
        # "lived at Camp Nour in Qaresh": the site, not its country
        if named or sites or towns:
            return (named or sites or towns)[-1]
        there = any(t.lower_ == "there" for t in verb.children)
        return self.ctx.stay_place if there else None

    def _birth(self, dates: list[TimeExpr]) -> str | None:
        """'I was born in Colonia Esperanza in 1995', 'I, Hussein A., born 14 February 1963':
        the narrator's birth, from which 'when I turned six' counts."""
        if not self.ctx.narrated or not any(t.lower_ in ("i", "my") for t in self.sent):
            return None
        for expr in dates:
            span = self.sent.doc.char_span(
                expr.begin - self.offset, expr.end - self.offset, alignment_mode="expand"
            )
            verb = g.governing_verb(span.root) if span is not None and len(span) else None
            if verb is not None and verb.lower_ == "born":
                return expr.start
        return None

    def _of_the_report(self, expr: TimeExpr) -> bool:
        """'UNAMQ said on 3 September that...', 'a team visited the camp on 13 April': the date
        of a statement or of the reporters' work, which the story does not go on from."""
        span = self.sent.doc.char_span(
            expr.begin - self.offset, expr.end - self.offset, alignment_mode="expand"
        )
        if span is not None and len(span) and self._dates_a_document(span.root):
            return True
        verb = g.governing_verb(span.root) if span is not None and len(span) else None
        if verb is None:
            return False
        words = self.lex.words("speech_verbs") | self.lex.words("report_verbs")
        return _lifted(verb).lemma_.lower() in words

    def _dates_a_document(self, date: Token) -> bool:
        """'In a note verbale of 30 June 2019, the State party submitted that he was never
        tortured', 'her letter dated 2 May': the date of a writing, not of what it tells."""
        link = date.head
        if link.lower_ not in ("of", "dated", "from") or link == date:
            return False
        nouns = self.lex.words("dated_writings")
        writing = link.head
        hops = WRITER_HOPS if settings.WRITINGS_OF_WRITERS else 0
        # "the reply of the Ministry of Defence of 1984": the date of the reply, not the Ministry
        while writing.lemma_.lower() not in nouns and hops and writing.dep_ == "pobj":
            if writing.head.lower_ != "of" or writing.head.head.pos_ not in ("NOUN", "PROPN"):
                break
            writing, hops = writing.head.head, hops - 1
        named = g.word_in(writing, nouns)
        return writing.pos_ in ("NOUN", "PROPN") and named

    def _stay_verb(self, expr: TimeExpr) -> Token | None:
        span = self.sent.doc.char_span(
            expr.begin - self.offset, expr.end - self.offset, alignment_mode="expand"
        )
        if span is None or not len(span):
            return None
        verb = g.governing_verb(span.root)
        if verb is None:
            return None
        stays = self.lex.words("stay_verbs")
        if verb.lemma_.lower() == "be":  # "I was a member from 1982 until 2001"
            member = any(c.dep_ == "attr" and c.lemma_.lower() in stays for c in verb.children)
            return verb if member else None
        lifted = _lifted(verb)
        return lifted if lifted.lemma_.lower() in stays or verb.lemma_.lower() in stays else None

    def _in_stay(self, verb: Token, when: str | None = None) -> tuple[str, str | None] | None:
        """The stay that frames an undated act: the story is inside it, the act is stated (a
        denial has no time), and it is done to the same kind of victim (one person's detention
        does not date what a report says of all members); people in general only while their
        stay goes on ('have been held since 2017')."""
        stay = self.ctx.stay
        if stay is None or not _within(when or self.ctx.last_date, *stay):
            return None
        if self._denied(verb):
            return None
        if verb.dep_ in ("aux", "auxpass"):
            verb = verb.head  # "could not speak": the wording's head is the auxiliary
        victim = g.passive_subject(verb) or g.direct_object(verb) or g.subject(verb)
        kind = _kind(victim)
        if kind == "many" and stay[1] is not None:
            return None  # "between 2017 and 2020 they detained 60,000": a count, not a story
        return stay if kind == self.ctx.stay_kind is not None else None

    def _time_for(
        self, verb: Token, ev: tuple[int, int], in_quote: bool
    ) -> tuple[str | None, str | None, str | None]:
        self.stay_place = None
        found = self._dates_for(verb, ev, in_quote)
        if settings.ONGOING_OPEN and found[0] and found[0] == found[1] and self._ongoing(verb):
            found = (found[0], None, found[2])  # "has not been seen since": no end yet
        self.claim_time = (found[0], found[1])
        self.claim_denied = self._denied(verb)
        # an act told inside a stay happened where the stay was ("held at Branch 40 ...
        # Interrogators beat him"), unless its own clause names a place (read by _place)
        stay = self._in_stay(verb, found[0]) if settings.STAY_PLACES else None
        if stay is not None and self.stay_place is None:
            self.stay_place = self.ctx.stay_place
        return found

    def _dates_for(
        self, verb: Token, ev: tuple[int, int], in_quote: bool
    ) -> tuple[str | None, str | None, str | None]:
        dates = [e for e in self.times if e.is_date and self._attached(e, verb, ev)]
        self.dated_by_clause = any(self._in_own_clause(e, verb, ev) for e in dates)
        durations = [e.duration for e in self.times if e.duration and ev[0] <= e.begin < ev[1]]
        duration = durations[0] if durations else None
        if dates:
            best = min(dates, key=lambda e: abs(e.begin - (self.offset + verb.idx)))
            if settings.STAY_FRAMES:  # "arrested in March 2022 and held until November 2022"
                best = next((e for e in dates if e.start == best.start != e.stop), best)
            if settings.STAY_CONJUNCTS and best.start == best.stop:
                # "taken to the building in 2008, and kept there until December 2009"
                stays = [e for e in self.times if e.start == best.start != e.stop]
                best = next((e for e in stays if self._stay_verb(e) is not None), best)
            if self.ctx.event_dates is None and not best.year_unknown:
                self.ctx.event_dates = (best.start, best.stop)
            return best.start, _lasting(best.start, best.stop, duration), duration
        speaker = self._speaker_stay() if in_quote and settings.SPEAKER_STAYS else None
        if speaker is not None:  # '"We sewed for ten hours," said a woman held in Belsu in 2019'
            return speaker[0], speaker[1], duration
        if settings.STAY_FRAMES and self._names_the_stay():
            stay = self._in_stay(verb)
            if stay is not None:  # "In all that time I could not speak to my children"
                return (*stay, duration)
        recent = self.ctx.paragraph - self.ctx.last_date_paragraph <= settings.INHERIT_PARAGRAPHS
        if recent and settings.PRESENT_KEEPS_NO_DATE and _general_present(verb):
            recent = False  # "MEK leaders use all kinds of ways to oppress": said of any time
        if recent and settings.STAY_BEGUN_FRAMES:
            stay = self._stay_above(verb) or self._stay_begun(verb)
            if stay is not None:  # "held for 47 days ..., where he was beaten"
                return (*stay, duration)
        if recent or self._has_time_anaphor(verb) or settings.INHERIT_DOCUMENT_TIME:
            return self._until_then(*self.ctx.last_dates, duration, verb)
        stay = self._in_stay(verb) if settings.STAY_FRAMES else None
        if stay is not None:
            return (*stay, duration)  # inside a stay stated earlier: it frames the act
        back = self.ctx.paragraph - self.ctx.last_date_paragraph
        if 0 <= back <= settings.STAY_COUNTED_PARAGRAPHS:
            stay = self._stay_above(verb, itself=True)
            if stay is not None:  # "[On 14 October 2016 ...] For the following eleven months,
                return (*stay, duration)  # he was held incommunicado"
        wire = settings.WIRE_EVENT_DATE and self.ctx.dateline is not None
        if wire and self._denied(verb):
            wire = False  # "the ministry denied that anyone was held": no time of an act
        if (settings.EVENT_DATE or wire) and self.ctx.event_dates is not None:
            return self._until_then(*self.ctx.event_dates, duration, verb)
        if settings.INHERIT_FRAME and self.ctx.frame is not None:
            return (*self.ctx.frame, duration)
        return None, None, duration

    def _stay_begun(self, verb: Token) -> tuple[str, str | None] | None:
        """'arrested on 11 November 2022. He was held for 47 days. Guards beat him': an act
        told inside a stay that began at the story's date happened during the stay, not on the
        day it began."""
        stay = self.ctx.stay
        if stay is None or stay[1] == stay[0] or stay[0] != self.ctx.last_dates[0]:
            return None
        return self._in_stay(verb) if _finer_than_a_year(stay[0]) else None

    def _stay_above(self, verb: Token, itself: bool = False) -> tuple[str, str | None] | None:
        """'He was held for 47 days at the centre, where he was beaten': an act told in a clause
        under a stay counted from the story's date happened during that stay (`itself`: or the
        stay is the act, 'for the following eleven months he was held incommunicado')."""
        story = self.ctx.last_date
        if not _finer_than_a_year(story):
            return None  # "in 2002 ... held for fourteen months, where he was beaten": in 2002
        if verb.dep_ in ("aux", "auxpass"):
            verb = verb.head
        for expr in self.times:
            stay = self._stay_verb(expr) if expr.duration else None
            if stay is None or (stay == _lifted(verb)) != itself:
                continue
            if not itself and stay not in verb.ancestors:
                continue
            if _kind(g.subject(stay)) == "one" and not self._denied(verb):
                return _lasting_from(story, expr.duration, _perfect(stay))  # type: ignore[arg-type]
        return None

    def _until_then(
        self, start: str | None, stop: str | None, duration: str | None, verb: Token
    ) -> tuple[str | None, str | None, str | None]:
        """The story's date for an act that states none: 'who had been held at the camp for
        fourteen months' ended then and began a duration before (a month's precision)."""
        if settings.PAST_STAYS and duration and start and start == stop and _past_perfect(verb):
            begin, end = _lasting_from(start, duration, before=True)
            return begin, end, duration
        return start, _lasting(start, stop, duration), duration

    def _attached(self, expr: TimeExpr, verb: Token, ev: tuple[int, int]) -> bool:
        span = self.sent.doc.char_span(
            expr.begin - self.offset, expr.end - self.offset, alignment_mode="expand"
        )
        if span is None or not len(span):
            return ev[0] <= expr.begin < ev[1]
        if settings.TIME_CLAUSES and _in_modifier_clause(span.root, verb):
            return False  # "her husband, whom she had married two years before": his date
        if self._dates_a_document(span.root):
            return False
        if ev[0] <= expr.begin < ev[1]:
            return True
        above = g.governing_verb(span.root)
        if above is None:  # a date the parse hangs under no verb dates the sentence
            return settings.VERBLESS_DATES
        if above == verb and settings.TIME_CLAUSES:
            return True  # "told me in 2019 that...": a threat or a label is the speech itself
        if settings.SPOKEN_WHEN and _dates_its_clause(above, verb):
            return True  # "When I first said, in 2019, that I wanted to leave, he told me..."
        if above.lemma_.lower() in self.lex.words("speech_verbs"):
            return False  # "UNAMQ said on 13 April that..." dates the statement, not the act
        if not settings.TIME_CLAUSES:
            return above == verb or above in verb.ancestors
        above = _lifted(above)
        return above == verb or above in verb.ancestors or _dates_its_clause(above, verb)

    def _in_own_clause(self, expr: TimeExpr, verb: Token, ev: tuple[int, int]) -> bool:
        """Whether a date is the act's own clause's ('was never detained in 2019', 'accused
        him of killing X in April 2003'), not one of a clause above or beside it ('have visited
        him regularly; the last visit took place in February 2025', 'sent a communication in
        2023, to which the Government replied that no one was tortured'): only such a date dates
        a denial."""
        if not settings.DENIAL_OWN_CLAUSE or ev[0] <= expr.begin < ev[1]:
            return True
        span = self.sent.doc.char_span(
            expr.begin - self.offset, expr.end - self.offset, alignment_mode="expand"
        )
        above = g.governing_verb(span.root) if span is not None and len(span) else None
        if verb.dep_ in ("aux", "auxpass"):
            verb = verb.head
        owner = verb  # "accused the Organization of killing X in April 2003": the accusing's
        while owner.head is not owner and (owner.tag_ == "VBG" or owner.dep_ in NONFINITE):
            owner = owner.head
        return above is None or _lifted(above) in (verb, _lifted(verb), owner)

    def _speaker_stay(self) -> tuple[str, str | None] | None:
        """The stay told of a quote's speaker outside the quote ('said Mohammed Ould Salem, held
        at Wadi Sirr from May 2021 to July 2022'): the time (and place) of what the quote says."""
        for expr in self.times:
            if expr.start is None or self.ctx.quote_at(expr.begin) is not None:
                continue
            verb = self._stay_verb(expr)
            if verb is not None and verb.dep_ in ("acl", "relcl"):
                self.stay_place = self._place_of(verb)
                return expr.start, expr.stop
        return None

    def _ongoing(self, verb: Token) -> bool:
        return _ongoing(verb, self.lex.words("stay_verbs"))

    def _denied(self, verb: Token) -> bool:
        """Whether the act reads as a denial; a negation that is part of an act's wording
        ('could not speak to my children', 'not allowed to leave') states the act."""
        found = _negations(verb, self.lex.words("denial_verbs"))
        if not found:
            return False
        if self.wording is None:  # the wordings are found again only where a negation is
            matches = self.ex.index.find(self.sent)
            self.wording = frozenset(t.i for m in matches for t in m.tokens)
        return any(t.i not in self.wording for t in found)

    def _names_the_stay(self) -> bool:
        text = self.sent.text.lower()
        return any(p in text for p in self.lex.words("period_anaphors"))

    def _has_time_anaphor(self, verb: Token) -> bool:
        """'During this period ...' dates its sentence, and the rest of its paragraph when it
        opens it, by the date stated before; one after the act in a clause of its own is that
        clause's ('did not accept that he had been tortured, finding his account of that night
        vague')."""
        text = self.sent.text.lower()
        phrases = [p for p in self.lex.words("time_anaphors") if " " in p]
        found = any(
            self._anaphor_of(verb, m.start())
            for p in phrases
            for m in re.finditer(rf"\b{re.escape(p)}\b", text)
        )
        if found and self.sent.start == 0:
            self.ctx.paragraph_continues = True
        return found or self.ctx.paragraph_continues

    def _anaphor_of(self, verb: Token, at: int) -> bool:
        """Whether the anaphor at `at` (in the sentence's text) bears on the act: before its
        verb, or in its clause, not in another clause after it."""
        span = self.sent.doc.char_span(
            self.sent.start_char + at, self.sent.start_char + at + 1, alignment_mode="expand"
        )
        if not settings.ANAPHOR_BEFORE_ACT or span is None or span.root.i < verb.i:
            return True
        for above in [span.root, *span.root.ancestors]:
            if above == verb:
                return True
            if above.dep_ in CLAUSES:
                return False
        return False

    # --- place -----------------------------------------------------------------------------

    def _uttered_when(
        self, act: str, voice: str | None, start: str | None, end: str | None
    ) -> tuple[str | None, str | None]:
        """A label or threat the document itself utters, with no date of its own ('X is a
        paid agent of the regime' in a statement dated 23 April 2023), is uttered that day."""
        own = voice is None and start is None and act in self.lex.words("speech_acts")
        own = own and self.ctx.byline is None  # a blogger tells of labels, utters none
        if own and settings.DOCUMENT_UTTERS and self.ctx.published is not None:
            return self.ctx.published, self.ctx.published
        return start, end

    def _place(self, ev: tuple[int, int], head: Token, in_quote: bool, act: str) -> str | None:
        found = self._place_in(ev, head)
        if found is None and self._wire_lead():
            # "QARESH CITY, April 9 (CPA) - Troops stormed Camp Nour ..., leaving dozens dead":
            # a report's lead places its event, wherever in the sentence
            sentence = self.offset + self.sent.start_char, self.offset + self.sent.end_char
            found = self._place_in(sentence, head)
        if found is not None:
            if self.ctx.event_place is None:
                self.ctx.event_place = found
            return found
        if settings.PLACES_CARRIED_BY_ACT and act in self.ex.no_carried_place:
            return None
        if self.ctx.paragraph_place:
            return self.ctx.paragraph_place
        if self.stay_place:
            return self.stay_place
        if settings.WIRE_EVENT_PLACE and self._in_the_event():
            return self.ctx.event_place  # a news report's acts happened where its event did
        if settings.DENIAL_SITE and self.claim_denied:
            # "No member has ever been held in isolation": denied of the group's site
            return self.ctx.main_place(DENIAL_SITE_MIN)
        return self.ctx.main_place() if settings.INHERIT_DOCUMENT_PLACE else None

    def _wire_lead(self) -> bool:
        """The first sentence after a news report's dateline."""
        line = self.ctx.dateline
        start = self.offset + self.sent.start_char
        return line is not None and self.ctx.event_place is None and start <= line[1] + 2

    def _place_in(self, ev: tuple[int, int], head: Token) -> str | None:
        candidates = []
        for token in self.sent:
            absolute = self.offset + token.idx
            if not ev[0] <= absolute < ev[1]:
                continue
            site = self._place_name(token)
            if site is None and settings.SITES_OF_ACTS:
                site = self._site_of_act(token)
            name = site or self._town_of_the_act(token, head)
            if not name:
                continue
            distance = abs(token.i - head.i) + (0 if token.i > head.i else 3)
            if not site:  # "arrested at Mubanga and held at the Kikoma camp": the camp
                distance += TOWN_PENALTY
            if _unnamed(name):  # "held at the camp": only where the act's verb says so
                if token.head.head not in (head, g.clause_head(head)):
                    continue
                distance += UNNAMED_PLACE_PENALTY  # a named place in the clause wins
                name = self._site_named(token) or name
            candidates.append((distance, name))
        return min(candidates)[1] if candidates else None

    def _in_the_event(self) -> bool:
        """Whether the claim being read is part of the event a news report is about: stated
        (not denied), and undated or dated within the event ('an engineer detained in 2016' in a
        report on October 2022 is background)."""
        event, place = self.ctx.event_dates, self.ctx.event_place
        if self.ctx.dateline is None or event is None or place is None or self.claim_denied:
            return False
        start = self.claim_time[0]
        return start is None or _within(start, *event) or _within(event[0], start, start)

    def _remember_sites(self) -> None:
        """'Camp Nour', 'a camp known as Base Lumbu', 'the house at Lake Orlovo', 'Wadi Sirr is
        one of five farm camps': the site that 'the camp' or 'the house' will mean later."""
        nouns = self.lex.words("confinement_nouns")
        for token in self.sent:
            if g.word_in(token, nouns):
                site = self._site_of(token)
                if site:
                    new = site not in self.ctx.sites.values()
                    self.ctx.sites[token.lemma_.lower()] = site
                    if new and settings.NAMED_SITES_WEIGH and not token.ent_type_:
                        self._weigh_named_site(site)

    def _weigh_named_site(self, site: str) -> None:
        """'a camp known as "El Jaguar"': a site the text names in quotation marks, which the
        tagger knows no name of, counts towards the document's place with each time the text
        writes its name, as a camp the tagger found does."""
        name = site.strip('"“”')
        if name == site or not name[:1].isupper():
            return  # (a name the tagger found is weighed already, as it is written)
        mentions = len(re.findall(rf"(?<![\w-]){re.escape(name)}(?![\w-])", self.ctx.text))
        self.ctx.add_place(name, NAMED_SITE_WEIGHT * mentions)

    def _site_of(self, noun: Token) -> str | None:
        ent = g.entity_span(noun)
        if ent is not None and len(ent) > 1 and noun.ent_type_ in ("FAC", "LOC", "ORG", "GPE"):
            return ent.text  # "Camp Nour", "Al-Rashad prison"
        for child in noun.children:
            if child.lower_ in self.lex.words("naming_words"):
                named = self._place_name(child)  # "a camp known as Base Lumbu"
                if named:
                    return named
            if child.dep_ == "prep" and child.lower_ in ("at", "in", "near"):
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects and objects[0].ent_type_ in ("FAC", "LOC", "GPE"):
                    return g.phrase(objects[0])  # "the Society's main house at Lake Orlovo"
        for above in noun.ancestors:  # "Wadi Sirr is one of at least five farm camps"
            if above.lemma_ == "be":
                subjects = [c for c in above.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"]
                return g.phrase(subjects[0]) if subjects else None
        return None

    def _site_named(self, token: Token) -> str | None:
        """'the camp' as the site the document named with that word, when it did."""
        if not settings.RESOLVE_SITES or token.pos_ != "NOUN":
            return None
        dets = {c.lower_ for c in token.children if c.dep_ == "det"}
        if not dets & {"the", "this", "that"}:
            return None
        return self.ctx.sites.get(token.lemma_.lower())

    def _town_of_the_act(self, token: Token, head: Token) -> str | None:
        """'In Lubongo, fighters rounded up 37 men', 'detained at Kikoma': a town or country
        is the place when the act's own verb says the act was done in or at it (elsewhere a
        town is more often where someone came from or where a report was made)."""
        if not settings.TOWN_PLACES or token.ent_type_ != "GPE" or token.dep_ != "pobj":
            return None
        ent = g.entity_span(token)
        prep = token.head
        if ent is None or ent.start != token.i or prep.lower_ not in ("in", "at", "near"):
            return None
        verbs = (head, g.clause_head(head))
        # "detained by soldiers at Kikoma": the parser often hangs the place on a participant
        if prep.head in verbs:
            return ent.text
        # ("security forces in Qusayra": a subject's home is no place of the act)
        on_object = prep.head.dep_ in ("dobj", "pobj") and g.governing_verb(prep.head) in verbs
        return ent.text if on_object else None

    def _world_region(self, name: str) -> bool:
        words = name.lower().split()
        return " ".join(words[1:] if words[:1] == ["the"] else words) in self.lex.words(
            "world_regions"
        )

    def _confinement_place(self, name: str) -> bool:
        nouns = self.lex.words("confinement_nouns")
        return any(word.lower().strip(".,") in nouns for word in name.split())

    def _names_someone(self, naming: Token) -> bool:
        """'a prisoner named Efrem', 'Commander Tesfu Araia, called "Wedi Araia"': the name is a
        person's, no place's."""
        people = self.lex.words("group_nouns") | self.lex.words("actor_nouns")
        titles = self.lex.words("person_titles")
        named = naming.head
        said_by = any(c.dep_ == "nsubj" for c in naming.children)
        if settings.NAMES_ARE_PEOPLE and naming.i + 1 < len(naming.doc):
            name = naming.doc[naming.i + 1]  # 'a schoolteacher named Fadi X', 'called Mr. X'
            if name.ent_type_ == "PERSON" or name.lower_.rstrip(".") in titles:
                return True
            if said_by:  # 'a man they called "X"'
                return named.lemma_.lower() in people and named.pos_ == "NOUN"
        if said_by:
            return False  # 'the room the guards called "the operating theatre"'
        if named.tag_ in ("NNS", "NNPS"):
            return False  # 'the room the guards called ...', read as 'the guards [so] called'
        titled = named.lower_.rstrip(".") in titles
        return named.ent_type_ == "PERSON" or titled or named.lemma_.lower() in people

    def _place_name(self, token: Token) -> str | None:
        named_site = self._custody_site_at(token) if settings.NAMED_CUSTODY_SITES else None
        if named_site is not None:
            return named_site
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
        naming = token.lower_ in self.lex.words("naming_words") and token.i + 1 < len(token.doc)
        if naming and not self._names_someone(token):
            nxt = token.doc[token.i + 1]
            if nxt.lower_ == "as" and nxt.i + 1 < len(token.doc):
                nxt = token.doc[nxt.i + 1]
            after = token.doc[nxt.i + 1] if nxt.i + 1 < len(token.doc) else None
            # "the buildings we called the Green Houses"
            if settings.NAMED_WITH_THE and nxt.lower_ == "the" and after and after.pos_ == "PROPN":
                while after.dep_ == "compound" and after.head.i > after.i:
                    after = after.head
                return "the " + token.doc[nxt.i + 1 : after.i + 1].text
            if nxt.pos_ == "PROPN":
                return g.phrase(nxt) if nxt.ent_type_ else nxt.text
            quoted = _quoted_name(token.doc, nxt.i) if settings.STAY_PLACES else None
            if quoted:  # 'a storeroom known as the "cuarto de reflexión"'
                return quoted
        if _site_object(token):
            # "Bunker 4", "Evin prison"; not "one room"
            named = token.pos_ == "PROPN" or any(
                c.pos_ == "PROPN" or (c.pos_ == "NUM" and c.text[:1].isdigit())
                for c in token.children
            )
            if token.lemma_.lower() in self.lex.words("place_nouns") and named:
                return g.phrase(token)
            # "held at the camp", "taken to the centre": the site named earlier, as written
            site = token.lower_ in self.lex.words("confinement_nouns") and token.tag_ == "NN"
            if site and _determiners(token) & SITE_DETERMINERS and not _of_something(token):
                return g.phrase(token)
        return None

    def _custody_site_at(self, token: Token) -> str | None:
        """'the Khalvat', 'Abu Sakhr': a place of custody the text has named
        (sites.custody_sites), as the text writes it, where its name ends."""
        for name in self.ctx.custody_sites:
            words = name.split()
            begin = token.i - len(words) + 1
            if begin >= 0 and token.doc[begin : token.i + 1].text == name:
                return name
        return None

    def _site_of_act(self, token: Token) -> str | None:
        """'held in the factory', 'executed at the quarry', 'arrested at the brigade's
        checkpoint', 'placed in state boarding schools': a place where acts are done, written
        plainly, one or several; the place of its own clause only, never carried to the next
        ones (the act's own verb must govern it: see _place_in)."""
        sites = self.lex.words("confinement_nouns") | self.lex.words("act_sites")
        if not _site_object(token) or not g.word_in(token, sites) or _of_something(token):
            return None
        dets = _determiners(token)
        owned = any(c.dep_ == "poss" for c in token.children)
        plural = token.tag_ == "NNS" and not dets - {"the"}
        written = bool(dets & SITE_DETERMINERS) or owned or plural
        return g.phrase(token) if written else None


NAMED_SITE_WEIGHT = 2.0  # as a mention of a camp (spacy_extractor._place_weight)
NONFINITE = frozenset({"xcomp", "pcomp", "prep"})  # "of killing", "to leave": a verb's content
CLAUSES = frozenset({"advcl", "relcl", "acl", "ccomp", "conj", "xcomp", "pcomp"})
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


QUOTES = frozenset({'"', "“", "”", "``", "''", "‘", "’"})


def _quoted_name(doc: Doc, start: int) -> str | None:
    """The words in quotation marks from `start` on ('the "cuarto de reflexión"'), if any."""
    i = start + (1 if doc[start].lower_ in ("the", "a") else 0)
    if i >= len(doc) or doc[i].text not in QUOTES:
        return None
    words: list[str] = []
    for token in doc[i + 1 : i + 8]:
        if token.text in QUOTES:
            return f'"{" ".join(words)}"' if words else None
        words.append(token.text)
    return None


def _site_object(token: Token) -> bool:
    """The object of a preposition that places an act ('at the camp', 'into the cell')."""
    return token.dep_ == "pobj" and token.head.lower_ in ("in", "at", "inside", "to", "into")


def _determiners(token: Token) -> set[str]:
    return {c.lower_ for c in token.children if c.dep_ == "det"}


def _of_something(token: Token) -> bool:
    """'the centre of the circle': a noun of something unnamed is no site ('of Evin' is)."""
    of = g.prep_object(token, ("of",))
    return of is not None and of.pos_ != "PROPN"


def _unnamed(place: str) -> bool:
    """'the camp', 'the reflection room': a place written without a name (a name in quotation
    marks is one: '"cuarto de reflexión"')."""
    return not any(ch.isupper() for ch in place) and not place.startswith('"')


def _from_story_time(expr: TimeExpr, story: str | None) -> TimeExpr:
    """'In January 2001 I was handed over. I was then held until March 2002': a stay that only
    says when it ended began at the story's time."""
    if story is None or expr.stop is None or not _within(story, None, expr.stop):
        return expr
    return replace(expr, start=story)


ONE_PERSON = frozenset({"i", "me", "he", "him", "she", "her", "myself", "himself", "herself"})
MANY = frozenset({"we", "us", "they", "them", "anyone", "nobody", "everyone", "everybody"})


def _kind(token: Token | None) -> str | None:
    """'one' for a person ('I', 'the author's son', 'Esther M.'), 'many' for people ('36
    residents', 'they'); None for what is not plainly either ('contact', 'the plaintiff')."""
    if token is None:
        return None
    if token.lower_ in ONE_PERSON or token.tag_ == "NNP":
        return "one"
    if token.tag_ == "NN" and any(c.dep_ == "poss" for c in token.children):
        return "one"  # "the author's son", "my father"
    if token.lower_ in MANY or token.tag_ in ("NNS", "NNPS", "CD"):
        return "many"
    return None


NEGATIONS = frozenset({"not", "n't", "never", "nobody", "none", "no"})


def _negations(verb: Token, denials: frozenset[str]) -> list[Token]:
    """'was never imprisoned', 'nobody is kept', 'no citizen has been harmed', 'denied that
    anyone was held': the words that make the act's clause a denial, which states no time."""
    found = []
    for token in [verb, *list(verb.ancestors)[:3]]:
        if token.lemma_.lower() in denials:
            found.append(token)
        for child in token.children:
            if child.dep_ in ("neg", "nsubj", "nsubjpass"):
                words = [child, *(d for d in child.children if d.dep_ == "det")]
                found.extend(w for w in words if w.lower_ in NEGATIONS)
    return found


def _ongoing(verb: Token, stays: frozenset[str]) -> bool:
    """'is serving a sentence', 'is being held', 'remain missing', 'has not been seen since',
    'has been kept incommunicado': a state that goes on when the text is written ('have died',
    'has described her as' are done)."""
    if verb.dep_ in ("aux", "auxpass"):
        verb = verb.head
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" or a.lower_ in ("had", "'d", "was", "were") for a in auxes):
        return False
    if verb.tag_ in ("VBZ", "VBP"):
        return verb.lemma_ in ("remain", "be")
    if any(a.tag_ in ("VBZ", "VBP") and a.lemma_ == "be" for a in auxes) and verb.tag_ == "VBG":
        return True  # "is serving", "are being held"
    if not any(a.tag_ in ("VBZ", "VBP") and a.lemma_ == "have" for a in auxes):
        return False
    since = any(c.lower_ in ("since", "still") for c in verb.subtree)
    negated = any(c.dep_ == "neg" or c.lower_ in ("no", "never") for c in verb.subtree)
    return since or negated or verb.lemma_.lower() in stays


def _general_present(verb: Token) -> bool:
    """'leaders use', 'those in the camp are not allowed', 'members are made to work': the
    simple present of a general statement (not 'has been held', 'is being held')."""
    if verb.dep_ in ("aux", "auxpass"):
        verb = verb.head
    verb = _lifted(verb)  # "are forced to work": the tense of "are forced"
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lemma_ == "have" or a.tag_ in ("VBD", "MD") for a in auxes) or verb.tag_ == "VBG":
        return False
    if any(c.lower_ == "if" for clause in verb.children for c in clause.children):
        return False  # "if you speak again, we send you to Bunker 4": a threat told then
    return verb.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in auxes)


def _past_perfect(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children)


def _perfect(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def _lasting_from(story: str, duration: str, before: bool) -> tuple[str, str | None]:
    """'for the following eleven months he was held' runs from the story's time; 'who had been
    held for fourteen months' ends at it (a count of months at a month's precision)."""
    if not before:
        return story, add_duration(story, duration, cut=True)
    end = story[:7] if "M" in duration else story
    return add_duration(end, duration, sign=-1) or end, end


def _finer_than_a_year(date: str | None) -> bool:
    return date is not None and len(date.rstrip("~?%")) >= 7


def _within(date: str | None, start: str | None, stop: str | None) -> bool:
    """Whether an EDTF date falls inside [start, stop], compared at the coarser precision."""
    if date is None:
        return False
    day = date.rstrip("~?%")
    after = start is None or day[: len(start)] >= start.rstrip("~?%")[: len(day)]
    before = stop is None or day[: len(stop)] <= stop.rstrip("~?%")[: len(day)]
    return after and before


def _lasting(start: str | None, stop: str | None, duration: str | None) -> str | None:
    """'In March 2016 ... for one year': a stay that began at a point ends a duration later."""
    if start is None or start != stop or duration is None:
        return stop
    end = add_duration(start, duration, cut=settings.STAY_FRAMES)
    # "in 1994 ... for six months": the end is within the start's year, as precise as it
    return stop if end is None or end.rstrip("~") == start.rstrip("~") else end
