"""What the extractor remembers while reading a document: people, groups, dates, speakers."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from testimonies.extract import settings
from testimonies.extract.vocab import load_lexicon
from testimonies.link.organizations import organization_key, organizations

if TYPE_CHECKING:
    from testimonies.extract.turns import Turns


@dataclass
class Quote:
    """A stretch in quotation marks and who says it (None: unknown or anonymous)."""

    begin: int
    end: int
    speaker: str | None = None


@dataclass
class DocumentContext:
    published: str | None = None
    persons: list[tuple[int, str]] = field(default_factory=list)
    org_counts: Counter[str] = field(default_factory=Counter)
    org_last: dict[str, int] = field(default_factory=dict)
    place_weights: defaultdict[str, float] = field(default_factory=lambda: defaultdict(float))
    text: str = ""  # the whole document, as written
    group_mentions: list[tuple[int, str]] = field(default_factory=list)
    last_speaker: str | None = None
    paragraph_speaker: str | None = None
    paragraph_continues: bool = False  # opened by "During this period": the earlier date holds
    place_names: set[str] = field(default_factory=set)
    place_like: set[str] = field(default_factory=set)  # "ORG"s written as places ("in Sarykol")
    kin: dict[str, str] = field(default_factory=dict)  # "my father" -> the name given once
    speakers: set[str] = field(default_factory=set)
    last_date: str | None = None
    paragraph: int = -1
    paragraph_date: str | None = None
    paragraph_place: str | None = None
    paragraph_victims: list[str] = field(default_factory=list)
    victims_sentence: int = -1  # where the sentence that named paragraph_victims starts
    last_victims: list[str] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    narrated: bool = False  # told in the first person by its author (a testimony, an affidavit)
    last_place: str | None = None
    last_dates: tuple[str | None, str | None] = (None, None)
    last_date_paragraph: int = -1000
    event_dates: tuple[str | None, str | None] | None = None
    frame: tuple[str | None, str | None] | None = None
    stay: tuple[str, str | None] | None = None  # "held at the camp from 1993 to 2001"
    stay_kind: str | None = None  # who stayed: "one" person or "many"
    stay_place: str | None = None  # where: "Branch 40"
    sites: dict[str, str] = field(default_factory=dict)  # "camp" -> "Wadi Sirr"
    event_place: str | None = None  # where the first act placed in the document was done
    last_day: str | None = None  # the last date stated to the day ("12 July 2023")
    born: str | None = None  # the narrator's birth ("I was born in 1995")
    text_groups: Counter[str] = field(default_factory=Counter)  # groups.text_groups
    custody_sites: dict[str, bool] = field(default_factory=dict)  # sites.custody_sites
    declared_by: str | None = None  # who reads the declaration a paragraph ending in ':' opens
    _alone: dict[str, list[int]] = field(default_factory=dict)  # _group_words_alone's counts
    last_custody: str | None = None  # the act of custody a claim last told ("there" is its site)
    lower_words: set[str] = field(default_factory=set)  # the words the text writes small
    custody_words: int = 0  # how often the text writes a word of custody_texts
    party_roles: frozenset[str] = frozenset()  # 'state party', 'respondent': roles in a case
    acronyms: dict[str, str] = field(default_factory=dict)  # 'QNHR' -> the name it stands for

    narrator_name: str | None = None
    byline: str | None = None  # the person who signs it at the top ('by Tom Reyes')
    turns: Turns | None = None  # a transcript's speakers' turns (turns.py)
    turn_speaker: str | None = None  # who speaks the turn being read
    dateline: tuple[int, int] | None = None  # "NOUAKHAR, July 18, 2022 (CPA) —": not an event
    date_line: tuple[int, int] | None = None  # "Paris, 20 May 2016" atop a letter: not an event

    def in_dateline(self, offset: int) -> bool:
        """In the wire dateline or the document's own date line: the document's date, no act's."""
        return any(s is not None and s[0] <= offset < s[1] for s in (self.dateline, self.date_line))

    def narrator(self) -> str | None:
        """The author of a first-person document: who it says it is ("My name is X"), else the
        first person it names (title, byline); in a transcript, who speaks the turn."""
        if self.turn_speaker is not None:
            return self.turn_speaker
        if not self.narrated:
            return None
        return self.narrator_name or (self.persons[0][1] if self.persons else None)

    def new_paragraph(self, number: int) -> None:
        if number != self.paragraph:
            self.paragraph = number
            self.paragraph_date = None
            self.paragraph_place = None
            self.paragraph_victims = []
            self.paragraph_speaker = None
            self.paragraph_continues = False

    def add_person(self, offset: int, name: str) -> None:
        if NAVIGATION.search(name):  # a site's breadcrumb line, tagged as a person
            return
        name = FIELD_SEPARATOR.split(name)[0].strip()  # "posted by Nell V. | tags: ..."
        if name:
            self.persons.append((offset, name))

    def last_person(self, before: int) -> str | None:
        for offset, name in reversed(self.persons):
            if offset < before:
                return name
        return None

    def add_place(self, name: str, weight: float) -> None:
        if weight > 0:
            self.place_weights[canonical_org(name)] += weight

    def main_place(self, minimum: float = 0.0) -> str | None:
        """The place the document keeps coming back to (the camp): weight 4, e.g. a camp named
        twice or a region four times (weights: `_place_weight`), or `minimum`."""
        ranked = sorted(self.place_weights.items(), key=lambda item: -item[1])
        return ranked[0][0] if ranked and ranked[0][1] >= (minimum or MAIN_PLACE_MIN) else None

    def add_org(self, offset: int, name: str) -> None:
        key = canonical_org(name)
        if key:
            self.org_counts[key] += 1
            self.org_last[key] = offset

    def main_group(self) -> str | None:
        """The group the document is about: named most, a name with 'Organization', 'Group'...
        preferred (the accused are usually called so), those who only report left out."""
        ranked = [
            (
                self._count_with_acronym(name) + (GROUP_NAME_BONUS if self._named(name) else 0),
                self.org_last[name],
                name,
            )
            for name in self.org_counts
            if self._may_be_the_group(name)
        ]
        ranked.extend(self._groups_in_text())
        if settings.GROUP_WORD_ALONE:
            ranked.extend(self._group_words_alone())
        return max(ranked)[2] if ranked else None

    def _count_with_acronym(self, name: str) -> int:
        """'FRD' four times and 'Front for the Restoration of Dambaro (FRD)' once: five
        mentions of one group, whichever of its two names is counted."""
        count = self.org_counts[name]
        if not settings.ACRONYMS_COUNT:
            return count
        full = self.acronyms.get(name)
        forms = {a for a, f in self.acronyms.items() if f == canonical_org(name)}
        if full is not None:
            forms |= {full} | {a for a, f in self.acronyms.items() if f == full}
        return count + sum(self.org_counts[f] for f in forms - {name} if f in self.org_counts)

    def _named(self, name: str) -> bool:
        """A name with a group's word, or the acronym the text gives such a name."""
        full = self.acronyms.get(name) if settings.ACRONYMS_COUNT else None
        if named_as_group(name) or (full is not None and named_as_group(full)):
            return True
        return settings.KNOWN_GROUPS_NAMED and _known_as_group(name)

    def _group_words_alone(self) -> list[tuple[int, int, str]]:
        """'Sazman-e Pishgaman-e Khalq (People's Vanguard Organization)' named once, then
        'Pishgaman' a dozen times (the tagger takes it for a person's name): the distinctive
        word of a group's name that the text writes on its own is how the text names it."""
        names = [n for n in self.org_counts if named_as_group(n)] + list(self.text_groups)
        if settings.ACRONYMS_COUNT:  # 'Tahreek-e Azadi-ye Gwadan (TAG)', the tagger saw no ORG
            names += list(self.acronyms.values())
        words = {w for n in names for w in re.split(r"[\s\-‐–]+", _before_of(n))}
        found = []
        for word in sorted(words):
            if not word[:1].isupper() or len(word) < 5 or word.lower() in _not_distinctive():
                continue
            if self.place_weights.get(word, 0.0) >= PLACE_WORD_MIN:
                continue  # 'Dambaro' of 'Front for the Restoration of Dambaro': the country
            if re.search(rf"(?<!\w){re.escape(word.lower())}(?!\w)", self.text):
                continue  # 'State' of 'State party' is also written 'state': a common word
            alone = self._alone.get(word)
            if alone is None:  # (counted once a document: main_group is asked for every claim)
                alone = self._alone[word] = _written_alone(word, self.text)
            if len(alone) >= GROUP_WORD_MIN:
                found.append((len(alone) + GROUP_NAME_BONUS, alone[-1], word))
        return found

    def _groups_in_text(self) -> list[tuple[int, int, str]]:
        """Names built on a group's head word, counted with the tagger's ORGs of that group."""
        found = []
        for name, count in self.text_groups.items():
            lower = name.lower()
            # (a group that speaks is kept: the accused deny; bodies that only report are
            # left out by their words, see groups.text_groups)
            if lower in self.place_names:
                continue
            if lower in self.place_like and not settings.PREMISES_ARE_GROUPS:
                continue
            if count < TEXT_GROUP_MIN:
                continue  # named once ("under European Union sanctions"): not what it is about
            tagged = [n for n in self.org_counts if self._same_group(n, name)]
            total = count + sum(self.org_counts[n] for n in tagged)
            last = max((self.org_last[n] for n in tagged), default=-1)
            # written as the text writes it most ('MEK' six times, its full name once)
            written = max(
                [name, *tagged], key=lambda n: self.org_counts[n] if n in tagged else count
            )
            found.append((total + GROUP_NAME_BONUS, last, written))
        return found

    def _same_group(self, surface: str, name: str) -> bool:
        """Also an acronym the text defines for a form of the name ('Mujahedin-e Khalq (MEK)'
        for 'Mujahedin Khalq Organization')."""
        full = self.acronyms.get(surface)
        return same_group(surface, name) or (full is not None and same_group(full, name))

    def _may_be_the_group(self, name: str) -> bool:
        """Not a body that only reports, not a place, not a person the tagger called an ORG."""
        lower = name.lower()
        if lower in self.party_roles:
            return False  # 'the State party' of a treaty body's views: a role, not the doers
        if name.isupper() and lower in self.lower_words:
            return False  # 'COMMENTS', 'FACTS': a heading's word, written small elsewhere
        named = self._named(name)
        group = named or (name.isupper() and " " not in name)
        # a body that reports is not the accused, but the accused also speak (and deny)
        if (lower in self.speakers and not named) or lower in self.place_names:
            return False
        if name in self.custody_sites:
            return False  # 'the Mosaferkhaneh', a place of custody the tagger calls an ORG
        if lower in self.place_like and not group:
            return False
        if not named and self.org_counts[name] < 2:
            # one mention of a name that is no group's: a law, a firm, a mis-tag, a heading's
            # word in capitals ('COMMENTS (3)')
            return False
        person_words = {w.lower() for _, person in self.persons for w in person.split()}
        if lower in {person.lower() for _, person in self.persons} or name in self.kin.values():
            return False
        if " " not in name and lower in person_words:
            return False  # "Mehdi", "Rajavi": part of a person's name the tagger called an ORG
        places = set(self.place_names) | {p.lower() for p in self.place_weights}
        return lower not in places and not any(lower in place.split() for place in places)

    def add_group_mention(self, offset: int, surface: str) -> None:
        self.group_mentions.append((offset, surface))

    def last_body(self, before: int, body_words: frozenset[str], text: str) -> str | None:
        """The association, society or committee the text named last before `before` ('the
        Hêvî Families Association', 'the “Nejat” association': a name and the word after it)."""
        for offset, surface in reversed(self.group_mentions):
            if offset >= before:
                continue
            if {w.lower() for w in surface.split()} & body_words:
                return surface
            after = text[offset + len(surface) : offset + len(surface) + 30].split()
            if after and after[0].strip('”"’,.').lower() in body_words:
                return f"{surface} {after[0].strip(',.')}"
        return _body_written_before(text[:before], body_words)

    def last_org(self, before: int) -> str | None:
        """The organization named last before `before` ("It said..." after "HROE reported")."""
        for offset, surface in reversed(self.group_mentions):
            place = canonical_org(surface).lower() in self.place_like | self.place_names
            if offset < before and not _anaphor(surface) and not place:
                return surface
        return None

    def group_as_written(self, before: int) -> str | None:
        """The main group as the text last called it before `before` ("NDO", "the Organization")."""
        main = self.main_group()
        if main is None:  # no group named: "the community" as the text calls it, if it does
            earlier = [s for o, s in self.group_mentions if o < before and _anaphor(s)]
            return earlier[-1] if earlier else None
        for offset, surface in reversed(self.group_mentions):
            if offset < before and same_group(surface, main):
                return surface
        return main

    def _with_acronyms(self, name: str) -> str:
        """'Mujahedin-e Khalq Organization (MKO)': the group as written, with the acronym the
        text gives it (or its name, where the text wrote the acronym)."""
        return with_acronym(name, self.acronyms) if settings.GROUP_WITH_ACRONYM else name

    def group_reference(self, before: int) -> str | None:
        """The main group as the text last referred to it before `before`, by its name or by a
        word for it ('the group', 'the Organization'), the word given with the name: 'the
        group [National Deliverance Organization (NDO)]'."""
        main = self.main_group()
        if main is None:
            return self.group_as_written(before)
        for offset, surface in reversed(self.group_mentions):
            if offset >= before:
                continue
            if same_group(surface, main):
                return self._with_acronyms(surface)
            if _anaphor(surface) and _may_stand_for(surface, main):
                return with_name(surface, main, self.acronyms)
        return self._with_acronyms(main)

    def quote_at(self, offset: int) -> Quote | None:
        for quote in self.quotes:
            if quote.begin <= offset < quote.end:
                return quote
        return None


GROUP_NAME_BONUS = 5
TEXT_GROUP_MIN = 2
MAIN_PLACE_MIN = 4.0
# 'Afterlight Network › Voices › Telling it': a web page's navigation, which names no one; a
# page's fields ('posted by Nell V. | tags: ...') end a name the tagger ran on
NAVIGATION = re.compile(r"[›»>]")
FIELD_SEPARATOR = re.compile(r"[|•]")
GROUP_WORDS = {
    "organization",
    "organisation",
    "group",
    "movement",
    "party",
    "cult",
    "sect",
    "mujahedin",
    "mojahedin",
    "front",
    "army",
    "brigade",
    "church",
    "order",
    "community",
    "comunidad",
    "society",
    "brotherhood",
    "fellowship",
    "league",
    "union",
    "alliance",
    "militia",
    "temple",
    "brethren",
    "foundation",
    "commune",
    "ashram",
    "assembly",
    "legion",
    "forces",
    "police",
    "service",
    "guard",
}


def with_name(written: str, name: str, acronyms: dict[str, str]) -> str:
    """'the group' as written, with the name it stands for after it: 'the group [National
    Deliverance Organization (NDO)]': a reader checks one against the other, a linker finds
    the group under either."""
    return f"{written} [{with_acronym(name, acronyms)}]"


def with_acronym(name: str, acronyms: dict[str, str]) -> str:
    """'FPK', 'the Kivari Patriotic Front' -> 'Kivari Patriotic Front (FPK)' where the text
    defines the acronym: one name a reader (and a linker) knows under both of its forms."""
    bare = canonical_org(name)
    full = acronyms.get(bare) or (bare if bare in acronyms.values() else None)
    if not full:
        return name
    forms = [acronym for acronym, of in acronyms.items() if of == full]
    if not settings.ALL_ACRONYMS:  # the one written, or the first the text gave
        forms = [bare] if bare in forms else forms[:1]
    return f"{full} ({', '.join(forms)})"


GROUP_WORD_MIN = 3
PLACE_WORD_MIN = 2.0  # a word the tagger took for a place twice or more is a place's name


def _not_distinctive() -> frozenset[str]:
    """Words of groups' names that name no one group ('Sazman-e Pishgaman-e Khalq' is
    Pishgaman's): the group words and the lexicon's not_distinctive_words."""
    return frozenset(GROUP_WORDS) | load_lexicon().words("not_distinctive_words")


def _body_written_before(text: str, body_words: frozenset[str]) -> str | None:
    """'the “Nejat” association', 'the Hêvî Families Association': the last body the text
    names by a capitalised name and a word of association (the tagger often misses them)."""
    words = "|".join(sorted(body_words, key=len, reverse=True))
    pattern = rf"[“\"]?([A-Z][\w’'-]+(?: [A-Z][\w’'-]+)*)[”\"]? ((?i:{words}))\b"
    found = list(re.finditer(pattern, text))
    named = [m for m in found if m.group(1)[:1].isupper()]
    if not named:
        return None
    name = named[-1].group(1).removeprefix("The ").removeprefix("the ")
    return f"{name} {named[-1].group(2)}"


def _before_of(name: str) -> str:
    """'Front for the Restoration of Dambaro': what follows 'of' is the country or the people
    the group claims ('Dambaro', 'Iran'), not a name of the group itself."""
    bare = canonical_org(name)
    if not settings.ACRONYMS_COUNT:
        return bare
    return bare.split(" of ")[0] if " of " in bare and not bare.startswith("of ") else bare


def _written_alone(word: str, text: str) -> list[int]:
    """Offsets where `word` stands alone, not inside a longer name ('Pishgaman-e Khalq',
    'European Union', 'Camp Pishgaman')."""
    pattern = rf"(?<![\w\-‐]){re.escape(word)}(?![\w\-‐])(?! [A-Z])"
    return [m.start() for m in re.finditer(pattern, text) if not _after_a_name(text, m.start())]


def _after_a_name(text: str, start: int) -> bool:
    before = text[max(0, start - 40) : start]
    if not before.endswith(" "):
        return False
    previous = before.split()[-1] if before.split() else ""
    return previous[:1].isupper() and previous not in ("The", "A") and previous[-1:].isalpha()


def _known_as_group(name: str) -> bool:
    """'MKO': an alias in ``vocab/names/organizations.yaml`` of a name with a group's word."""
    key = organization_key(name)
    return key is not None and named_as_group(organizations()[key].name)


def named_as_group(name: str) -> bool:
    head = name.split(" of ")[0]  # 'Centre for Victims of Destructive Organisations': a centre
    return any(_group_word(w, plural=w in head.split()) for w in name.split())


def _group_word(word: str, plural: bool = True) -> bool:
    """'Brigade' and 'the Ghadanfar Brigades', 'Guard' and 'Guards': a group word, one or many."""
    lower = word.lower()
    if lower in GROUP_WORDS:
        return True
    if not (plural and settings.PLURAL_GROUP_WORDS):
        return False
    return lower.endswith("s") and lower[:-1] in GROUP_WORDS


def initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def same_group(surface: str, main: str) -> bool:
    """'NDO' and 'the National Deliverance Organization', 'the Brotherhood' and 'Brotherhood of
    the Green Banner': an acronym of the name, or a shared distinctive capitalised word."""
    a, b = canonical_org(surface), canonical_org(main)
    if a == b or a == initials(b) or b == initials(a):
        return True
    words_a = {w for w in a.split() if w[:1].isupper() and len(w) > 3}
    words_b = {w for w in b.split() if w[:1].isupper() and len(w) > 3}
    return bool(words_a & words_b - {"Group", "Organization", "Organisation", "Party", "Court"})


def _may_stand_for(anaphor: str, group: str) -> bool:
    """'the Front' for the Awer National Salvation Front, 'the group', 'the movement' for any
    group; not 'the order' ('on the order of a judge') unless the group is an Order."""
    noun = anaphor.lower().split()[-1]
    return noun in {w.lower() for w in group.split()} or noun in GENERIC_GROUP_NOUNS


GENERIC_GROUP_NOUNS = frozenset(
    {"organization", "organisation", "group", "movement", "community", "cult", "sect", "militia"}
)


def _anaphor(surface: str) -> bool:
    words = surface.lower().split()
    return len(words) == 2 and words[0] in ("the", "this", "our") and _group_word(words[1])


def canonical_org(name: str) -> str:
    text = name.strip().split("\n")[0].strip()
    for prefix in ("the ", "The "):
        if text.startswith(prefix):
            text = text[len(prefix) :]
    for suffix in ("’s", "'s"):
        text = text.removesuffix(suffix)
    return text.strip()
