"""Organization aliases from ``vocab/names/organizations.yaml``: many names, one key."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from testimonies.link.variants import default_vocabulary, plain

_ARTICLES = ("the ",)


@dataclass(frozen=True)
class Organization:
    key: str
    name: str
    aliases: tuple[str, ...]


def alias_form(text: str) -> str:
    """Case, accents, punctuation, hyphens and a leading article do not tell aliases apart."""
    form = plain(text)
    for article in _ARTICLES:
        form = form.removeprefix(article)
    return form.replace(" ", "")


@cache
def organizations() -> dict[str, Organization]:
    orgs = {}
    for key, entry in default_vocabulary().organizations.items():
        aliases = tuple(str(a) for a in entry.get("aliases", []))
        orgs[str(key)] = Organization(str(key), str(entry.get("name", key)), aliases)
    return orgs


@cache
def _alias_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for org in organizations().values():
        for alias in (org.name, *org.aliases):
            index.setdefault(alias_form(alias), org.key)
    return index


def organization_key(text: str) -> str | None:
    """The key of the organization ``text`` names (MEK for "PMOI"), or None if unknown."""
    return _alias_index().get(alias_form(text))
