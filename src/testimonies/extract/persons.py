"""Who 'he' and 'she' stand for: the document memory plus what the text says of its persons."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from testimonies.extract import settings
from testimonies.extract.context import (
    DocumentContext,
    canonical_org,
    initials,
    same_group,
)
from testimonies.extract.textcues import clean_name
from testimonies.extract.vocab import load_lexicon

PRONOUN_GENDER = {
    "he": "m",
    "him": "m",
    "his": "m",
    "himself": "m",
    "she": "f",
    "her": "f",
    "hers": "f",
    "herself": "f",
}
DEMONYM_ENDINGS = ("i", "n", "an", "ian", "ese", "ish", "ite")
STATE_BODY_MIN = 2
# Who works for the body that wrote a report: "The team was able to confirm", "our researchers".
AUTHOR_AGENTS = frozenset(
    {"team", "researchers", "researcher", "delegation", "monitors", "investigators", "staff"}
)


@dataclass
class PersonContext(DocumentContext):
    """The document's memory with the gender the text gives its persons ('Mr.', 'my father,
    X', 'his wife, Y') and one-word names that are adjectives ('Zarkandi' of Zarkand, 'his
    Zarkandi passport'), which no pronoun stands for."""

    genders: dict[str, str] = field(default_factory=dict)
    not_persons: set[str] = field(default_factory=set)
    paragraph_actors: list[str] = field(default_factory=list)  # who the paragraph says acted
    speaking: list[tuple[int, str]] = field(default_factory=list)  # persons who say something
    author: str | None = None  # the body that wrote the document, named on its first line
    claimant: str | None = None  # who brings the case ('Communication submitted by: X')
    section_speaker: str | None = None  # whose account the section under a heading gives
    claimant_gender: str | None = None  # 'The appellant is a national of X. She appeals...'
    claimant_role: str | None = None  # the word the text calls them by: 'appellant', 'author'
    addressee: str | None = None  # 'To General Amisi-Banza ...' / 'Dear Minister,': 'you'
    narrator_body: str | None = None  # 'I appear on behalf of Families for Freedom'
    teller: str | None = None  # 'The fighters, he says, lined the men up': whose story this is
    lead_speaker: str | None = None  # 'According to X, ...' at a sentence's head, for the paragraph
    actor_groups: list[tuple[int, str, bool]] = field(default_factory=list)  # 'Four men came'
    _places_written: set[str] | None = None

    def is_author(self, name: str) -> bool:
        """'ADDN', 'The Court', 'the Observatory', 'Justice Watch' in the document of the body
        its first line names: the document's own voice."""
        if self.byline is not None and _same_person(name, self.byline):
            return True  # a blogger's or a columnist's own account is the document's voice
        if self.author is None:
            return False
        author = canonical_org(self.author)
        acronyms = {w.strip("()") for w in author.split() if w.startswith("(")}
        body = author.split("(")[0].strip()
        said = canonical_org(name)
        if said.upper() in acronyms | {initials(body.title())} or same_group(said, body):
            return True
        words = {w.lower() for w in said.split()} - {"the", "our", "this", "its"}
        return bool(words) and (
            words <= {w.lower() for w in body.split()} or words <= AUTHOR_AGENTS
        )

    relatives: dict[str, set[str]] = field(default_factory=dict)  # "son" -> names given a son

    def note_relative(self, noun: str, name: str) -> None:
        self.relatives.setdefault(noun.lower(), set()).add(name)

    def relative(self, noun: str) -> str | None:
        """The one person the document names as someone's `noun` ('the author's son, Youssef
        Darwish' ... 'her son')."""
        names = self.relatives.get(noun.lower(), set())
        return next(iter(names)) if len(names) == 1 else None

    doers: Counter[str] = field(default_factory=Counter)  # named as doing acts, how often
    doer_names: dict[str, str] = field(default_factory=dict)  # as first written
    defaulted: set[tuple[str, int, int]] = field(default_factory=set)  # claims given the group

    def note_doer(self, name: str, weight: int = 1) -> None:
        key = canonical_org(name).lower()
        self.doers[key] += weight
        self.doer_names.setdefault(key, name)

    def main_doer(self) -> str | None:
        """Who the document names most as doing its acts ('the security services', 'officers
        of the General Security Directorate'), when it names someone twice or more and its
        most named organization is no group ('Views', 'QUSAYRA', an agency's acronym)."""
        group = self.main_group()
        if group is not None and not self._weak_group(group):
            return None
        ranked = self.doers.most_common(1)
        return self.doer_names[ranked[0][0]] if ranked and ranked[0][1] >= 2 else None

    def state_body(self) -> str | None:
        """'the authorities', 'the Government', 'the State party': in a text that names no group,
        the state body it names most (twice or more) is the one it lays its acts at."""
        if not settings.STATE_DOES:
            return None
        lexicon = load_lexicon()
        counts = {
            body: len(re.findall(rf"(?<![\w-]){re.escape(body)}(?![\w-])", self.text, re.I))
            for body in sorted(lexicon.words("state_bodies"))
            if not (settings.RESCUERS_DO_NOT and self._rescues(body, lexicon.words("rescue_verbs")))
        }
        best = max(counts, key=lambda body: counts[body], default=None)
        return f"the {best}" if best is not None and counts[best] >= STATE_BODY_MIN else None

    def _rescues(self, body: str, verbs: frozenset[str]) -> bool:
        """'Police rescued 300 captives', 'the army freed the hostages', 'police raided the
        building' in a text where captives 'have been rescued': a body the text tells as freeing
        people is not the one it lays the acts at (a raid alone is not: police raid homes to
        arrest people)."""
        freeing = "|".join(sorted(re.escape(v) for v in verbs))
        if not re.search(rf"\b(?:{freeing})\b", self.text, re.I):
            return False
        named = rf"(?<![\w-]){re.escape(body)}(?![\w-])"
        told = rf"{named}(?:\s+[\w-]+){{0,8}}?\s+(?:{freeing}|raided|raid)\b"
        return re.search(told, self.text, re.I) is not None

    def _weak_group(self, group: str) -> bool:
        """A name no act is ever said to be done by, that is no group's ('Views' of a UN
        committee), or a place in capitals ('QUSAYRA: LAWYER HELD')."""
        lower = group.lower()
        if lower in self.place_names:
            return True
        if self._named(group):  # a group word in it, or the acronym of a name with one
            return False
        if any(self._same_group(group, name) for name in self.text_groups):
            return False  # 'NDO', written for the National Deliverance Organization
        return not any(
            same_group(group, doer) or lower in doer.lower().split()
            for doer in self.doer_names.values()
        )

    def new_paragraph(self, number: int) -> None:
        if number != self.paragraph:
            self.paragraph_actors = []
            self.lead_speaker = None
            self.teller = None
        super().new_paragraph(number)

    def note_gender(self, name: str, gender: str) -> None:
        for key in _keys(name):
            self.genders[key] = "?" if self.genders.get(key, gender) != gender else gender

    def gender_of(self, name: str) -> str | None:
        """Told for this name or its first name ('Lina' of 'Lina Darwish'), else for a one-word
        name it contains ('Mr. Tavakoli' of 'Said Tavakoli Nia'); a family name alone says
        nothing (a brother and a sister share it)."""
        words = _words(name)
        for key in (" ".join(words), *words[:1], *words[1:]):
            found = self.genders.get(key)
            if found in ("m", "f"):
                return found
        if settings.GIVEN_NAME_GENDER:
            # a given name given to one sex only (Zahra, Herman), the first the name has
            # ('Colonia president Herman Schmidt')
            lexicon = load_lexicon()
            male, female = lexicon.words("male_given_names"), lexicon.words("female_given_names")
            for word in words:
                if word in male or word in female:
                    return "m" if word in male else "f"
        return None

    def person_before(self, before: int, pronoun: str, not_name: str | None = None) -> str | None:
        """The person mentioned last before `before` that the pronoun can stand for: not an
        adjective, not `not_name` (the subject an object pronoun cannot be), and not of the
        other gender when the text has told it."""
        wanted = PRONOUN_GENDER.get(pronoun.lower())
        best: tuple[int, str] | None = None
        for offset, name in self.persons:
            if offset >= before or (best is not None and offset < best[0]):
                continue
            if not_name is not None and (name == not_name or _same_person(name, not_name)):
                continue
            if not self.may_be_a_person(name):
                continue
            if self.narrated and name == self.narrator():
                continue  # who tells in the first person is "I", never "he" or "she"
            if settings.SPEAKERS_ARE_PRESENT and self._speaks_a_turn(name):
                continue  # in a transcript who takes turns is "I" or "you", not "she"
            known = self.gender_of(name)
            if wanted is not None and known is not None and known != wanted:
                continue
            best = (offset, name)
        if self._claimant_meant(wanted, best[1] if best else None):
            return self.claimant
        if best is None and self.claimant is not None and settings.CLAIMANT_BY_DEFAULT:
            # 'The appellant, Y.S., was born in Birqa. He arrived in 2023': a case's 'he'
            # with no one named before is who brings it, unless told of the other gender
            fits = wanted is None or self.claimant_gender in (None, wanted)
            return self.claimant if fits else None
        return best[1] if best else None

    def _speaks_a_turn(self, name: str) -> bool:
        if self.turns is None:
            return False
        said = clean_name(name).lower()
        return any(s is not None and s.lower() == said for s in self.turns.speakers)

    def actors_near(self, here: int, start: int, end: int) -> str | None:
        """'Four men came to the shop, from the Security. They said...': the plural actors a
        testimony named last in the paragraph (from `start`) before `here`; from an earlier
        paragraph, those named with the body they come from first ('the guards laughed' does
        not replace 'the Security'); else the first named after `here` up to `end` ('The first
        time they took me ... Four men came')."""
        here_before = [name for offset, name, _ in self.actor_groups if start <= offset < here]
        earlier = [(body, name) for offset, name, body in self.actor_groups if offset < start]
        after = [name for offset, name, _ in self.actor_groups if here <= offset < end]
        with_body = [name for body, name in earlier if body]
        found = here_before or with_body or [name for _, name in earlier]
        if found:
            return found[-1]
        return after[0] if after else None

    def _claimant_meant(self, wanted: str | None, last: str | None) -> bool:
        """A case is about who brings it: 'she' is the appellant unless the one named last is
        told to be a woman too ('a commander, Justin Ndayambaje, who raped her')."""
        if self.claimant is None or wanted is None or wanted != self.claimant_gender:
            return False
        return last is None or self.gender_of(last) != wanted

    def speaker_before(self, before: int, since: int, pronoun: str) -> str | None:
        """'Esther M. said she was handed to Colonel Justin ... "...," she said': the 'she'
        who speaks is who spoke last in the paragraph (from `since`), not who was named last."""
        wanted = PRONOUN_GENDER.get(pronoun.lower())
        for offset, name in sorted(self.speaking, reverse=True):
            if since <= offset < before:
                known = self.gender_of(name)
                if wanted is None or known is None or known == wanted:
                    return name
        return None

    def may_be_a_person(self, name: str) -> bool:
        lower = name.lower()
        if lower in self.not_persons or lower in self.place_names:
            return False
        if settings.PLACES_WRITTEN_ANYWHERE and lower in self.places_written():
            return False
        if settings.BODIES_ARE_NO_PERSONS and _body_words(lower) & BODY_WORDS:
            return False  # "Horizons Watch", "the Embassy": tagged a person, named as a body
        if " " in lower:
            return True
        return not any(
            lower == place + ending or lower == place[:-1] + ending
            for place in self.place_names
            if " " not in place and len(place) > 3
            for ending in DEMONYM_ENDINGS
        )

    def places_written(self) -> set[str]:
        """Names the document writes after 'in' or 'at' anywhere ('held in Ryonggol'): places,
        even where the tagger calls them persons before the text has said so."""
        if self._places_written is None:
            self._places_written = {m.group(1).lower() for m in WRITTEN_PLACE.finditer(self.text)}
            if settings.PLACE_AFTER_PLACE:  # "a camp located in Manza, Durrës."
                self._places_written |= {
                    m.group(1).lower() for m in PLACE_AFTER_PLACE.finditer(self.text)
                }
        return self._places_written

    def mentioned(self, name: str) -> bool:
        """A name the document gave a person (tagged, or named for a relative)."""
        return any(person == name for _, person in self.persons) or name in self.kin.values()


BODY_WORDS = load_lexicon().words("not_person_words")


def _body_words(name: str) -> set[str]:
    return {w.strip(".,'’()") for w in name.replace("-", " ").split()}


# prepositions after which a name is a place's ("held at Batu Lima", "his home in Kumsil")
LOCATIVES = frozenset({"in", "at", "near", "inside", "outside"})
WRITTEN_PLACE = re.compile(
    rf"\b(?:{'|'.join(sorted(LOCATIVES))})\s+(?:the\s+)?([A-Z][\w-]+(?:[ \t]+[A-Z][\w-]+){{0,2}})"
    r"(?![\w'’-])(?![ \t]+[A-Z])"  # not 'at Hassan Ali's house', not the first words of a name
)
# The larger place written after a place ("in Manza, Durrës.", "in Rigasa, Kaduna;"), where the
# sentence or clause ends: a place too.
PLACE_AFTER_PLACE = re.compile(
    rf"\b(?:{'|'.join(sorted(LOCATIVES))})\s+(?:the\s+)?[A-Z][\w-]+(?:[ \t]+[A-Z][\w-]+){{0,2}}"
    r",[ \t]+([A-Z][\w-]+(?:[ \t]+[A-Z][\w-]+)?)(?=[.;)]|$)",
    re.MULTILINE,
)


def _keys(name: str) -> list[str]:
    """The whole name, and its first word when it has several: 'Lina Darwish', 'lina'."""
    words = _words(name)
    return [" ".join(words), *words[:1]] if len(words) > 1 else words


def _words(name: str) -> list[str]:
    return [w.strip(".,'’").lower() for w in name.split() if len(w.strip(".,'’")) > 2]


# A name as a case's title or its parties' list writes it: capitalised words ('Samira Haddad',
# 'EM'), up to five.
NAME = r"[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,4}"


BROUGHT = "submitted|presented|filed|lodged|brought"


def find_claimant(text: str, roles: frozenset[str]) -> str | None:
    """Who brings a case, as the document names them once: 'Communication submitted by: X',
    'Petitioner: X', 'EM (ANONYMITY ORDER MADE), Appellant', 'X (the author)', 'the
    appellant, EM,'. `roles` are the words for that person (author, appellant...)."""
    role = "|".join(sorted((re.escape(r) for r in roles), key=len, reverse=True))
    patterns = (
        rf"^[ \t]*(?:\w+[ \t]+)?(?:{BROUGHT})[ \t]+by:[ \t]*({NAME})",
        rf"^[ \t]*(?i:{role}):[ \t]*({NAME})",
        rf"^[ \t]*({NAME})(?:[ \t]*\([^)\n]*\))?,[ \t]*(?i:{role})[ \t]*$",
        rf"({NAME})[ \t]*\((?:the[ \t]+)?[\"“']?(?:{role})[\"”']?\)",
        rf"\b[Tt]he[ \t]+(?:{role}),[ \t]+({NAME}),",
    )
    for pattern in patterns:
        found = re.search(pattern, text, re.MULTILINE)
        if found:
            return found.group(1).strip()
    return None


def claimant_role(text: str, roles: frozenset[str]) -> str | None:
    """The word a case calls who brings it by, the most written after 'the' ('the appellant')."""
    counts = Counter(
        found.group(1).lower()
        for role in roles
        for found in re.finditer(rf"\b[Tt]he[ \t]+({re.escape(role)})\b", text)
    )
    return counts.most_common(1)[0][0] if counts else None


def claimant_gender(text: str, roles: frozenset[str]) -> str | None:
    """The gender the text gives who brings the case: 'The appellant is a national of X. She
    appeals...', 'the author has had no news of her son'."""
    role = "|".join(sorted((re.escape(r) for r in roles), key=len, reverse=True))
    found = re.search(
        rf"\bThe[ \t]+(?:{role})\b[^.;\n]*\.[ \t]+(She|He)\b"
        rf"|\b[Tt]he[ \t]+(?:{role})(?:'s)?(?:[ \t]+\w+){{0,6}}?[ \t]+(her|his)\b",
        text,
    )
    if found is None:
        return None
    return PRONOUN_GENDER[(found.group(1) or found.group(2)).lower()]


def heading_party(line: str, claimant: frozenset[str], opposing: frozenset[str]) -> str | None:
    """The party whose account a section heading (or a paragraph's subject) announces ('The
    facts as submitted by the author', "State party's observations", "The respondent's case"):
    the role word written first, as written; None for a heading of the court's own ('Findings')."""
    lower = line.lower()
    found = [
        (at.start(), at.end())
        for role in claimant | opposing
        for at in re.finditer(rf"\b{re.escape(role)}\b", lower)
    ]
    if not found:
        return None
    start, end = min(found)
    return line[start:end]


# 'the Qusayran Network for Human Rights (QNHR)', 'the National Deliverance Organization (NDO,
# known in Persian as ...)', 'the Kivari Patriotic Front (Front patriotique du Kivari, FPK)',
# 'the Mujahedin-e Khalq (MEK)': a capitalised name and, in the brackets after it, its acronym
# first or last, maybe after the name in another language.
DEFINED_ACRONYM = re.compile(
    r"([A-Z][\w'’-]*(?:[ \t]+(?:for|of|the|and|on|in|du|de|des|del|la|le|al|el|e|"
    r"[A-Za-z][\w'’-]*)){0,8})[ \t]*\(([^()\n]{2,80})\)"
)
ACRONYM = re.compile(r"^[A-Z][A-Z&]{1,7}$")


def defined_acronyms(text: str) -> dict[str, str]:
    """Acronyms the text defines, each with the name it stands for as the text gives it before
    the brackets (from the first word that starts the acronym)."""
    found: dict[str, str] = {}
    for match in DEFINED_ACRONYM.finditer(text):
        inside = [part.strip() for part in re.split(r"[,/;]", match.group(2))]
        acronyms = [part for part in (inside[0], inside[-1]) if ACRONYM.match(part)]
        if not acronyms:
            continue
        acronym, before = acronyms[0], match.group(1)
        # 'Kivari Patriotic Front (Front patriotique du Kivari, FPK)': the name that spells the
        # acronym may be the one in the brackets; the text's own name is the one before them
        spelled = _spelled_by(before.split(), acronym)
        if spelled is not None:
            found.setdefault(acronym, " ".join(spelled))
        elif acronym == inside[-1] and any(_spelled_by(n.split(), acronym) for n in inside[:-1]):
            found.setdefault(acronym, _outer_name(before))
    return found


def _same_person(a: str, b: str) -> bool:
    """The byline's author: the same surname and, where both give one, the same first name
    ('Lina Haddad' is not 'Samira Haddad' of the same article)."""
    words_a, words_b = a.lower().split(), b.lower().split()
    if not (words_a and words_b) or words_a[-1] != words_b[-1]:
        return False
    if not settings.BYLINE_FULL_NAME or words_a == words_b:
        return True  # (a handle, 'cassie_f', is one word: the same word is the same person)
    return len(words_a) > 1 and len(words_b) > 1 and words_a[0] == words_b[0]


# 'by Tom Reyes', 'Posted on the blog "Voices" by Kamal Rostami, 14 April 2023' near the top
# ('Published by the Hamdeli Families Association' names a body: the author line's).
BYLINE = re.compile(
    r"^[ \t]*(?:(?:Posted|Published|Written)\b[^\n]{0,80}?[ \t])?[Bb]y[ \t]+"
    r"([A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){1,3})",
    re.MULTILINE,
)
# 'posted by cassie_f', 'Posted by @exmember88': a forum's or a blog's handle signs the post (a
# handle has an underscore or a digit, which no word of a sentence has)
HANDLE_BYLINE = re.compile(
    r"^[ \t]*(?:[Pp]osted|[Pp]ublished|[Ww]ritten)[ \t]+by[ \t]+@?([\w.-]*[_\d][\w.-]*)\b",
    re.MULTILINE,
)
BYLINE_WITHIN = 600


def byline(text: str) -> str | None:
    """The person a document says wrote it, on a line of its own near the top."""
    top = text[:BYLINE_WITHIN]
    found = BYLINE.search(top) or (HANDLE_BYLINE.search(top) if settings.HANDLES_SIGN else None)
    return found.group(1) if found else None


# 'H.L.', 'O. N. Sheremeteva', 'Maryam Nasseri', 'Signed: X', '— X' alone on the last line: who
# signs a letter or a notebook ('Marie-Claire Nyiramana, President' signs for a body: no match).
SIGNATURE = re.compile(
    r"(?:Signed:?[ \t]*|[—–-]+[ \t]*)?"
    r"((?:[A-Z]\.[ \t]*){1,3}(?:[A-Z][\w'’-]+)?|[A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){1,3})"
)


def signature(text: str) -> str | None:
    """The name a first-person text is signed with on its last line."""
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    last = re.sub(r"^(?:Your|Yours|Ever yours|With love,?)\s+", "", lines[-1]) if lines else ""
    found = SIGNATURE.fullmatch(last) if last else None
    return found.group(1).strip() if found else None


def _outer_name(words: str) -> str:
    """'fighters of the Kivari Patriotic Front': its last run of capitalised words."""
    kept: list[str] = []
    for word in reversed(words.split()):
        if not word[:1].isupper() and kept and word not in ("for", "of", "and"):
            break
        kept.insert(0, word)
    while kept and not kept[0][:1].isupper():
        kept.pop(0)
    return " ".join(kept)


def _spelled_by(words: list[str], acronym: str) -> list[str] | None:
    """The shortest tail of `words` whose initials spell `acronym`: every capitalised word (or
    part of a hyphenated one) gives its letter, small words may ('Mujahedin-e Khalq': MEK,
    'Front patriotique du Kivari': FPK)."""
    for at in range(len(words) - 1, -1, -1):
        parts = [part for word in words[at:] for part in re.split(r"[-‐]", word) if part]
        if words[at][:1].isupper() and _spells(parts, acronym.replace("&", "")):
            return words[at:]
    return None


def _spells(parts: list[str], letters: str) -> bool:
    if not parts:
        return not letters
    first, rest = parts[0], parts[1:]
    takes = bool(letters) and first[0].lower() == letters[0].lower()
    if takes and _spells(rest, letters[1:]):
        return True
    return not first[0].isupper() and _spells(rest, letters)


SPEAKS_FOR = re.compile(
    r"\b(?:on behalf of|I represent|I speak for)[ \t]+(?:the[ \t]+)?"
    r"([A-Z][\w'’-]*(?:[ \t]+(?:for|of|the|and|on|in|[A-Z][\w'’-]*)){0,6})"
)


def narrator_body(text: str) -> str | None:
    """The body a first-person speaker speaks for ('I appear on behalf of Families for
    Freedom'): what 'our association' says is that body's."""
    found = SPEAKS_FOR.search(text)
    if found is None:
        return None
    words = found.group(1).split()
    while words and words[-1][0].islower():
        words.pop()  # 'Families for Freedom and': no link word at the end
    return " ".join(words) or None


# 'To "General" Théodore Amisi-Banza and the command of ...', 'Dear Minister Haddad,': a
# letter's addressee line.
ADDRESSED = re.compile(
    r"^(?:To|Dear)[ \t]+[\"“]?([A-Z][^\n,.;:]{2,80}?)(?:,|[ \t]+and[ \t]|$)", re.M
)


def addressee(text: str) -> str | None:
    """Who a letter is written to, as its 'To X' or 'Dear X,' line names them."""
    found = ADDRESSED.search(text)
    if found is None or len(found.group(1).split()) > 8:
        return None
    return re.sub(r"[\"“”]", "", found.group(1)).strip() or None
