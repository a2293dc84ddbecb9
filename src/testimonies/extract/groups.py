"""Groups a document names, read off its text rather than the tagger's ORG labels.

The tagger misses or cuts many names of closed groups ("The Household of the Dawn", "the
Nagara Volunteer Defence Force"); such names are built on a head word (Front, Force, Household,
Institute...). Counted with their acronyms (given in brackets or not: "NVDF") and their short
forms ("the Front", "the Institute"), they say which group the document is about.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import cache

from testimonies.extract.context import canonical_org, initials, named_as_group, same_group
from testimonies.extract.textcues import lower_case_words
from testimonies.extract.vocab import load_lexicon
from testimonies.link.organizations import organizations

LINKS = r"(?:of|the|for|and|de|du|la|del|al|el)"
NAME_WORD = r"[A-Z][\w'’-]*"


def group_pattern(heads: Iterable[str]) -> re.Pattern[str]:
    """A capitalised name ending in a head word, with an 'of the X' tail."""
    head = "|".join(sorted((re.escape(h.title()) for h in heads), key=len, reverse=True))
    # a month is no part of a name's tail ("the Security Order of August 2019")
    months = "|".join(m.title() for m in load_lexicon().data["months"])
    return re.compile(
        rf"(?<![\w'’-])(?:{NAME_WORD}[ \t]+(?:{LINKS}[ \t]+)*){{0,5}}(?:{head})(?![\w'’-])"
        rf"(?:[ \t]+of(?:[ \t]+the)?(?:[ \t]+(?!(?:{months})\b){NAME_WORD}){{1,4}})?"
    )


def text_groups(
    text: str, heads: Iterable[str], excluded: frozenset[str], openers: frozenset[str]
) -> Counter[str]:
    """Each group name the text builds on a head word, with how often the text names it: in
    full, by its initials ("NVDF") or by its head alone ("the Front") when no other group
    has that head. Names with a word of `excluded` (courts, rights groups, UN bodies) left out;
    `openers` ("Under", "Members") never begin a name."""
    heads = [h.lower() for h in heads]
    names: Counter[str] = Counter()
    common = lower_case_words(text)
    for match in group_pattern(heads).finditer(text):
        name = match.group()
        opening = common | openers if _opens_sentence(text, match.start()) else set(openers)
        name = _without_common_word(name, opening, set(heads))
        name = canonical_org(name)
        words = {w.lower() for w in name.split()}
        if len(name.split()) < 2 or words & excluded:
            continue
        names[name] += 1
    clusters = _clusters(names)
    counts: Counter[str] = Counter()
    for cluster in clusters:
        # the group under the form the text writes most (the shorter one on a tie)
        written = max(cluster, key=lambda n: (names[n], -len(n.split())))
        counts[written] = sum(names[n] for n in cluster) + _by_initials(text, written)
        counts[written] += _by_head(text, written, clusters)
    return counts


def known_groups(text: str) -> Counter[str]:
    """Groups of the organization aliases (``vocab/names/organizations.yaml``) whose name has a
    group's word, as often as the text writes any of their aliases ('MKO' seven times: the
    tagger often takes no acronym for an organization), under the alias it writes most."""
    counts: Counter[str] = Counter()
    for org in organizations().values():
        if not named_as_group(org.name):
            continue
        written: Counter[str] = Counter()
        taken: list[tuple[int, int]] = []
        for alias in sorted({org.name, *org.aliases}, key=len, reverse=True):
            for match in _alias_pattern(alias).finditer(text):
                if not any(begin <= match.start() < end for begin, end in taken):
                    taken.append(match.span())
                    written[match.group()] += 1
        if written:
            counts[canonical_org(written.most_common(1)[0][0])] += sum(written.values())
    return counts


def _opens_sentence(text: str, at: int) -> bool:
    before = text[max(0, at - 3) : at]
    return at == 0 or bool(re.search(r"(?:^|[.!?:;\n][ \t]*|[\"“(][ \t]*)$", before))


def _without_common_word(name: str, common: set[str], heads: set[str]) -> str:
    """'Under the Provincial Security Order', 'Members of the Organization' opening a sentence:
    a first word the text also writes in lower case is no part of the name, if what is left
    is still built on a head word ('Community of the Living Word' stays whole)."""
    words = name.split()
    if len(words) < 2 or words[0].lower() not in common:
        return name
    rest = words[1:]
    while len(rest) > 1 and rest[0].lower() in LINK_WORDS:
        rest.pop(0)
    return " ".join(rest) if {w.lower() for w in rest} & heads else name


LINK_WORDS = frozenset({"of", "the", "for", "and", "de", "du", "la", "del", "al", "el"})


def _clusters(names: Counter[str]) -> list[list[str]]:
    clusters: list[list[str]] = []
    for name in sorted(names, key=lambda n: -len(n)):
        home = next((c for c in clusters if any(same_group(name, n) for n in c)), None)
        if home is None:
            clusters.append([name])
        else:
            home.append(name)
    return clusters


def _by_initials(text: str, name: str) -> int:
    letters = initials(" ".join(w for w in name.split() if w[:1].isupper()))
    if len(letters) < 2:
        return 0
    return len(re.findall(rf"(?<![\w-]){re.escape(letters)}(?![\w-])", text))


def _by_head(text: str, name: str, clusters: list[list[str]]) -> int:
    """'the Front' for the one group whose name ends in 'Front'."""
    head = _head(name)
    sharing = [c for c in clusters if any(_head(n) == head for n in c)]
    if len(sharing) != 1:
        return 0
    return len(re.findall(rf"\b[Tt]he {re.escape(head)}(?![\w'’-]| of [A-Z])", text))


def _head(name: str) -> str:
    words = name.split()
    return words[words.index("of") - 1] if "of" in words[1:] else words[-1]


ACRONYM = re.compile(r"^[A-Z][A-Z&]{1,7}$")


def known_acronyms(text: str) -> dict[str, str]:
    """Acronyms the organization aliases (``vocab/names/organizations.yaml``) tie to a longer
    name the same text writes: an article that says 'MEK' in its title and 'the Mojahedin
    Khalq Organization' in its body need not define the one by the other for a reader to know
    they are one group. Each acronym maps to the longer name as the text first writes it."""
    found: dict[str, str] = {}
    lower = text.lower()
    for org in organizations().values():
        forms = [_written(text, lower, alias) for alias in (org.name, *org.aliases)]
        written = [form for form in forms if form is not None]
        acronyms = [form for form in written if ACRONYM.match(form)]
        names = [form for form in written if " " in form or "-" in form]
        if acronyms and names:
            first = min(names, key=lambda name: (text.find(name), -len(name)))
            found.update((acronym, first) for acronym in acronyms)
    return found


def _written(text: str, lower: str, alias: str) -> str | None:
    """`alias` as the text writes it: an acronym in capitals, a name in any case, its words
    joined by spaces or hyphens alike ('Mojahedin-e Khalq', 'Mojahedin e Khalq')."""
    pattern = _alias_pattern(alias)
    if pattern.flags & re.IGNORECASE:
        # (a substring test first: most aliases are in no text, and a scan costs)
        if max(re.split(r"[\s-]+", alias.strip().lower()), key=len) not in lower:
            return None
    elif alias not in text:
        return None
    match = pattern.search(text)
    return match.group() if match else None


@cache
def _alias_pattern(alias: str) -> re.Pattern[str]:
    if ACRONYM.match(alias):
        return re.compile(rf"(?<![\w-]){re.escape(alias)}(?![\w-])")
    words = [re.escape(w) for w in re.split(r"[\s-]+", alias.strip()) if w]
    return re.compile(r"(?<![\w-])" + r"[\s-]+".join(words) + r"(?![\w-])", re.IGNORECASE)
