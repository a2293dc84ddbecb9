"""Time expressions to EDTF: dates, ranges, decades, approximations, durations, relative dates.

Finds expressions with regular expressions over a sentence's text (the tagger's DATE entities miss
ranges and approximations), then turns each into EDTF at the precision the text gives.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache

from testimonies.extract import settings
from testimonies.extract.vocab import load_lexicon

UNITS = {"year": "Y", "month": "M", "week": "W", "day": "D"}


@dataclass(frozen=True)
class TimeExpr:
    """One time expression at [begin, end) in the document's text."""

    begin: int
    end: int
    start: str | None = None
    stop: str | None = None
    duration: str | None = None
    relative: tuple[int, str, int] | None = None  # (amount, unit letter, +1 later / -1 earlier)
    to_publication: bool = False  # relative to the publication date ("two years ago")
    partial: str | None = None  # a day and month without a year ("on April 8")
    partial_stop: str | None = None  # "between Oct. 12 and Oct. 30": the second one
    weekday: int | None = None  # "on Friday" in a dated report: 0 Monday ... 6 Sunday
    bound: str | None = None  # "until November": only the "stop"; "since June": the "start"
    opening: str | None = None  # "the first weeks (of his detention)": the unit, of the start
    age: int | None = None  # "when I turned six", "at the age of ten": the narrator's age
    cut: bool = False  # the result at the unit's precision ("that year", "in the second year")
    season: str | None = None  # "that winter": the season of the earlier date's year
    carried: bool = False  # its start is a story's date of an earlier paragraph
    year_shift: int | None = None  # "March of last year": the partial's year, from publication

    @property
    def is_date(self) -> bool:
        return self.start is not None or self.stop is not None

    @property
    def year_unknown(self) -> bool:
        """'on April 8' in a text with no year to read it by: XXXX-04-08."""
        return any(value is not None and value.startswith("X") for value in (self.start, self.stop))


@cache
def _months() -> dict[str, int]:
    lex = load_lexicon()
    found = {name: i + 1 for i, name in enumerate(lex.data["months"])}
    found.update(lex.mapping("month_abbreviations"))
    return found


@cache
def _numbers() -> dict[str, int]:
    return load_lexicon().mapping("number_words")


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    month = rf"(?:{_alt(list(_months()))})\.?"
    approx = _alt(sorted(load_lexicon().words("approximate_words")))
    num = rf"(?:\d+(?:\.\d+)?|{_alt(list(_numbers()))})"
    day = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
    year = r"(?:1[89]\d\d|20\d\d)"
    decade = r"(?:1[89]\d|20\d)0s"
    # "mid-2015", "the end of 1994", "the winter of 1993": still that year
    part_of = (
        r"(?:early|mid|late|the\s+(?:end|beginning|start|middle)\s+of"
        r"|(?:the\s+)?(?:spring|summer|autumn|fall|winter)\s+of)"
    )
    single = (
        rf"(?:{year}-[01]\d-[0-3]\d|{day}\s+{month},?\s+{year}|{month}\s+{day},\s*{year}"
        rf"|(?:early|mid|late|the\s+end\s+of|the\s+beginning\s+of|mid-)?\s*{month}\s+(?:of\s+)?{year}"
        rf"|(?:the\s+)?(?:early|mid|late)?[\s-]*{decade}|(?:{part_of}[\s-]*)?{year})"
    )
    single = rf"(?:(?:{approx})\s+(?:in\s+)?)?{single}"
    units = r"(?:years?|months?|weeks?|days?)"
    flags = re.IGNORECASE
    return {
        "range": re.compile(
            rf"\b(?:from|between)\s+(?P<a>{single})\s+(?:to|until|till|and|through)\s+(?P<b>{single})\b"
            rf"|\b(?P<c>{year})\s*[-–—]\s*(?P<d>{year})\b"
            # "raids in 2019 and 2020"
            rf"|\b(?:in|during)\s+(?P<e>{year})\s+and\s+(?P<f>{year})\b",
            flags,
        ),
        # "the winter of 1993-94": the second year written with two digits
        "short_range": re.compile(
            r"\b(?P<c>1[89]|20)(?P<y1>\d\d)\s*[-–/]\s*(?P<y2>\d\d)\b(?![-/]\d)"
        ),
        # "on 12 and 13 May 2011", "12-13 May 2011"
        "day_range": re.compile(
            rf"\b(?P<d1>{day})\s*(?:and|to|-|–)\s*(?P<rest>{day}\s+{month},?\s+{year})\b"
            # "June 2-4, 2011"
            rf"|\b(?P<m>{month})\s+(?P<d2>{day})\s*[-–]\s*(?P<d3>{day}),?\s+(?P<y>{year})\b",
            flags,
        ),
        # "since his arrest in 2000", "until her release in May 2003"
        "event_bound": re.compile(
            rf"\b(?P<dir>since|until|till|after|before)\s+(?:his|her|their|my|our|the|a|an)\s+"
            rf"(?:[a-z]+\s+){{1,4}}(?:in|on)\s+(?P<a>{single})\b",
            flags,
        ),
        # "later that year", "that same month": the earlier date, cut to the unit
        "same": re.compile(
            r"\b(?:(?:later|earlier)\s+(?:in\s+)?)?(?:that|the\s+same|that\s+same)\s+(?P<u>year|month)\b",
            flags,
        ),
        "season": re.compile(
            r"\b(?:that|the\s+same|that\s+same)\s+(?P<s>winter|summer|spring|autumn|fall)\b",
            flags,
        ),
        "month_range": re.compile(
            rf"\b(?:from|between|in)\s+(?P<m1>{month})\s+(?:to|until|till|and|through)\s+"
            rf"(?P<m2>{month}\s+(?:of\s+)?(?P<y>{year}))\b",
            flags,
        ),
        "since": re.compile(rf"\b(?:since|starting\s+in|from)\s+(?P<a>{single})\b", flags),
        "until": re.compile(rf"\b(?:until|till|up\s+to)\s+(?P<a>{single})\b", flags),
        "single": re.compile(rf"\b{single}\b", flags),
        # "during the first three weeks", "in the first months of his detention"
        "opening": re.compile(
            rf"\b(?:during|in|for|over)\s+(?:the|his|her|their|my|our)\s+first\s+"
            rf"(?:(?:{num})\s+|few\s+)?(?P<u>days|weeks|months|years)\b"
            # "The first eleven days I was in a cell alone", "The first week they hung me"
            # (after a transcript's speaker label too: "RUIZ: The first ten days")
            rf"|^(?-i:[A-Z][A-Z.'’ -]{{1,40}}:)?[\s\"“‘']*the\s+first\s+"
            rf"(?:(?:{num})\s+|few\s+)?(?P<v>days?|weeks?|months?)\b",
            flags,
        ),
        # "when I turned six", "when I was four years old", "from the age of ten"
        "age": re.compile(
            rf"\b(?:(?:when|the\s+(?:year|summer|winter|spring|autumn))\s+I\s+(?:turned|was)"
            rf"\s+(?P<n>{num})(?:\s+years?\s+old)?"
            rf"|(?P<from>from\s+)?(?:at\s+)?the\s+age\s+of\s+(?P<m>{num}))\b(?!\s+(?:months|weeks|days))",
            flags,
        ),
        # a birth year said as in speech: "born in ninety-four", "born in '94"
        "spoken_birth": re.compile(
            r"\bborn\s+in\s+(?:['’](?P<yy>\d\d)\b|(?:nineteen\s+)?(?P<tens>twenty|thirty|forty|"
            r"fifty|sixty|seventy|eighty|ninety)(?:[-\s](?P<unit>one|two|three|four|five|six|"
            r"seven|eight|nine))?\b)"
            # a year ends its phrase: not "born in ninety degrees of heat"
            r"(?=\s*(?:[,.;:)]|$|\s(?:in|and|so|when|at|on|to|but|or|the|near|into)\b))",
            flags,
        ),
        "since_then": re.compile(r"\b(?:ever\s+)?since\s+(?:then|that\s+day|that\s+time)\b", flags),
        # "in the second year": counted from the earlier date
        "ordinal": re.compile(
            r"\b(?:in|during)\s+(?:the|my|his|her|their|our)\s+(?P<n>"
            r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?P<u>year|month)\b",
            flags,
        ),
        # "between Oct. 12 and Oct. 30", "from 2 to 9 March" without a year
        "partial_range": re.compile(
            rf"\b(?:from|between)\s+(?P<a>{month}\s+{day}|{day}\s+(?:of\s+)?{month})\s+"
            rf"(?:to|and|until|till|through)\s+(?P<b>{month}\s+{day}|{day}\s+(?:of\s+)?{month})"
            r"\b(?!,?\s*\d)",
            flags,
        ),
        # "in March of last year", "(on) 4 May this year": a month of the report's year or
        # the one before or after it
        "month_of_year": re.compile(
            rf"\b(?P<m>(?:{day}\s+(?:of\s+)?)?{month}(?:\s+{day})?)\s+(?:of\s+)?"
            r"(?P<w>last|this|next)\s+year\b",
            flags,
        ),
        # "in March", "until November": a month of the story's year
        "bare_month": re.compile(
            rf"\b(?P<p>in|since|until|till|by|during|from|early|late|mid-|of|last)\s+(?:early\s+|late\s+)?"
            # "until the end of January": still an end
            rf"(?:the\s+(?:end|beginning|start|middle)\s+of\s+)?"
            rf"(?P<m>{month})(?!\.?\s*\d)(?!,?\s*\d)\b",
            flags,
        ),
        # "on Friday", "on Thursday night": the last such day of the week before a report's date
        "weekday": re.compile(
            r"\bon\s+(?P<d>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
            r"(?!,?\s+(?:\d|the\s+\d|[a-z]+\s+\d))",
            flags,
        ),
        "month_day": re.compile(
            rf"\b(?:{month}\s+{day}|{day}\s+(?:of\s+)?{month})\b(?!,?\s*\d)", flags
        ),
        "duration": re.compile(
            rf"\b(?P<n>{num})(?P<half>\s+and\s+a\s+half)?(?:\s+|-)(?P<u>{units})\b"
            # "two years and seven months"
            rf"(?:,?\s+and\s+(?P<n2>{num})\s+(?P<u2>{units})\b)?"
            r"(?!\s+(?:later|after|afterwards|earlier|before|ago))"
            rf"(?![-\s]+old\b)(?!\s+of\s+age\b)",  # "a 61-year-old imam" is an age
            flags,
        ),
        # "spent most of yesterday at the farm", "this morning": days of a news report's date
        "deictic": re.compile(r"\b(?P<w>yesterday|this\s+morning)\b", flags),
        "relative": re.compile(
            rf"\b(?P<n>{num})(?:\s+|-)(?P<u>{units})\s+(?P<dir>later|after|afterwards|earlier|before|ago)\b"
            rf"|\b(?:the\s+)?(?P<next>next|following|previous|last)\s+(?P<u2>year|month|week|day|morning|evening|night)\b",
            flags,
        ),
    }


def _spoken_year(m: re.Match[str]) -> str:
    """'ninety-four' and "'94" are 1994; "'05" is 2005 (a birth year is in the past)."""
    if m.group("yy"):
        two = int(m.group("yy"))
    else:
        two = int(_number(m.group("tens")) + (_number(m.group("unit")) if m.group("unit") else 0))
    return str(2000 + two if two <= SPOKEN_CENTURY_CUT else 1900 + two)


SPOKEN_CENTURY_CUT = 25  # "born in '25" is 2025? no one testifies at one: 1925 above it


def _number(word: str) -> float:
    word = word.lower()
    return float(word) if word[0].isdigit() else float(_numbers().get(word, 1))


def _approx(text: str) -> bool:
    first = text.strip().split()[0].lower() if text.strip() else ""
    return first in load_lexicon().words("approximate_words")


def parse_single(text: str) -> str | None:
    """One date phrase to EDTF ('September 1992' -> '1992-09', 'early 1990s' -> '199X')."""
    clean = text.strip().lower()
    suffix = "~" if _approx(clean) else ""
    decade = re.search(r"(1[89]\d|20\d)0s", clean)
    if decade:
        return f"{decade.group(1)}X"
    iso = re.search(r"(\d{4})-(\d\d)-(\d\d)", clean)
    if iso:
        return f"{iso.group(1)}-{iso.group(2)}-{iso.group(3)}{suffix}"
    year_match = re.search(r"(1[89]\d\d|20\d\d)", clean)
    if not year_match:
        return None
    year = year_match.group(1)
    month = _month_in(clean)
    if month is None:
        return year + suffix
    day = re.search(r"\b([0-3]?\d)(?:st|nd|rd|th)?\b", clean.replace(year, " "))
    if day and 1 <= int(day.group(1)) <= 31:
        return f"{year}-{month:02d}-{int(day.group(1)):02d}{suffix}"
    return f"{year}-{month:02d}{suffix}"


def _month_in(text: str) -> int | None:
    for word in re.findall(r"[a-z]+", text):
        if (word in _months() and word != "may") or (
            word == "may" and re.search(r"may\s+\d", text)
        ):
            return _months()[word]
    return None


def duration_iso(amount: float, unit: str) -> str:
    """ISO 8601 duration: 8.5 years -> P8Y6M."""
    whole = int(amount)
    frac = amount - whole
    if unit == "Y" and frac:
        return f"P{whole}Y{round(frac * 12)}M" if whole else f"P{round(frac * 12)}M"
    if unit == "M" and frac:
        return f"P{whole}M{round(frac * 30)}D"
    if unit == "W":
        return f"P{int(amount * 7)}D"
    return f"P{whole}{unit}"


def find_times(text: str, offset: int = 0) -> list[TimeExpr]:
    """Every time expression of `text`, positions shifted by `offset`; longer ones first win."""
    pats = _patterns()
    found: list[TimeExpr] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    def add(expr: TimeExpr, a: int, b: int) -> None:
        if free(a, b):
            taken.append((a, b))
            found.append(replace(expr, begin=a + offset, end=b + offset))

    for m in pats["month_of_year"].finditer(text) if settings.MONTH_OF_LAST_YEAR else ():
        shift = {"last": -1, "this": 0, "next": 1}[m.group("w").lower()]
        expr = TimeExpr(0, 0, partial=m.group("m"), to_publication=True, year_shift=shift)
        add(expr, m.start(), m.end())
    for m in pats["month_range"].finditer(text):  # "from March to November 1991"
        year_text = m.group("y")
        start, stop = parse_single(f"{m.group('m1')} {year_text}"), parse_single(m.group("m2"))
        add(TimeExpr(0, 0, start=start, stop=stop), m.start(), m.end())
    for m in pats["day_range"].finditer(text):
        add(_day_range(m), m.start(), m.end())
    for m in pats["short_range"].finditer(text):
        y1, y2 = int(m.group("y1")), int(m.group("y2"))
        if y2 == (y1 + 1) % 100:
            century = int(m.group("c")) * 100
            first_year = century + y1
            add(TimeExpr(0, 0, start=str(first_year), stop=str(first_year + 1)), m.start(), m.end())
    for m in pats["range"].finditer(text):
        a, b = _range_ends(m)
        add(TimeExpr(0, 0, start=parse_single(a), stop=parse_single(b)), m.start(), m.end())
    for m in pats["event_bound"].finditer(text):
        value = parse_single(m.group("a"))
        later = m.group("dir").lower() in ("since", "after")
        expr = TimeExpr(0, 0, start=value) if later else TimeExpr(0, 0, stop=value)
        add(expr, m.start(), m.end())
    for m in pats["same"].finditer(text):
        unit = UNITS[m.group("u").lower()]
        add(TimeExpr(0, 0, relative=(0, unit, 1), cut=True), m.start(), m.end())
    for m in pats["season"].finditer(text) if settings.THAT_WINTER else ():
        add(TimeExpr(0, 0, season=m.group("s").lower()), m.start(), m.end())
    for m in pats["opening"].finditer(text):
        unit = (m.group("u") or m.group("v")).lower().rstrip("s")
        if m.group("v") and not settings.OPENING_AT_START:
            continue
        add(TimeExpr(0, 0, opening=UNITS[unit]), m.start(), m.end())
    for m in pats["spoken_birth"].finditer(text):
        year = _spoken_year(m)
        at = m.start("yy") - 1 if m.group("yy") else m.start("tens")
        add(TimeExpr(0, 0, start=year, stop=year), at, m.end())
    for m in pats["age"].finditer(text):
        years = int(_number(m.group("n") or m.group("m")))
        add(
            TimeExpr(0, 0, age=years, bound="start" if m.group("from") else None),
            m.start(),
            m.end(),
        )
    for m in pats["ordinal"].finditer(text):
        steps, unit = ORDINALS.index(m.group("n").lower()), UNITS[m.group("u").lower()]
        add(TimeExpr(0, 0, relative=(steps, unit, 1), cut=True), m.start(), m.end())
    for m in pats["since_then"].finditer(text):  # "since then": from the story's date, open
        add(TimeExpr(0, 0, relative=(0, "D", 1), bound="start"), m.start(), m.end())
    for m in pats["relative"].finditer(text):
        add(_relative(m), m.start(), m.end())
    for m in pats["deictic"].finditer(text) if settings.YESTERDAY else ():
        back = 1 if m.group("w").lower() == "yesterday" else 0
        add(TimeExpr(0, 0, relative=(back, "D", -1), to_publication=True), m.start(), m.end())
    for m in pats["since"].finditer(text):
        add(TimeExpr(0, 0, start=parse_single(m.group("a"))), m.start(), m.end())
    for m in pats["until"].finditer(text):
        add(TimeExpr(0, 0, stop=parse_single(m.group("a"))), m.start(), m.end())
    for m in pats["single"].finditer(text):
        value = parse_single(m.group(0))
        if value:
            add(TimeExpr(0, 0, start=value, stop=value), m.start(), m.end())
    for m in pats["partial_range"].finditer(text):
        expr = TimeExpr(0, 0, partial=m.group("a"), partial_stop=m.group("b"))
        add(expr, m.start(), m.end())
    for m in pats["month_day"].finditer(text):
        if not m.group(0).lower().startswith("may "):
            add(TimeExpr(0, 0, partial=m.group(0)), m.start(), m.end())
    for m in pats["bare_month"].finditer(text):
        # "in May" is a month (after a preposition and written large); "may" a verb: left out
        if m.group("m").lower() != "may" or (m.group("m") == "May" and settings.MAY_AFTER_IN):
            bound = {"since": "start", "from": "start", "until": "stop", "till": "stop"}
            last = m.group("p").lower() == "last"  # "last October": the one before the report
            expr = TimeExpr(0, 0, partial=m.group("m"), bound=bound.get(m.group("p").lower()),
                            to_publication=last)  # fmt: skip
            add(expr, m.start("p") if last else m.start("m"), m.end("m"))
    for m in pats["weekday"].finditer(text):
        add(TimeExpr(0, 0, weekday=WEEKDAYS.index(m.group("d").lower())), m.start(), m.end())
    for m in pats["duration"].finditer(text):
        if _frequency(m, text) or NOT_LASTING.search(text[: m.start()]):
            continue
        amount = _number(m.group("n")) + (0.5 if m.group("half") else 0)
        unit = UNITS[m.group("u").lower().rstrip("s")]
        iso = duration_iso(amount, unit)
        if m.group("n2") and not m.group("half"):  # "two years and seven months": P2Y7M
            iso += duration_iso(_number(m.group("n2")), UNITS[m.group("u2").lower().rstrip("s")])[
                1:
            ]
        add(TimeExpr(0, 0, duration=iso), m.start(), m.end())
    return sorted(found, key=lambda e: e.begin)


def _day_range(m: re.Match[str]) -> TimeExpr:
    if m.group("rest"):
        rest = m.group("rest")
        first = parse_single(re.sub(r"^\d+(?:st|nd|rd|th)?", m.group("d1"), rest))
        return TimeExpr(0, 0, start=first, stop=parse_single(rest))
    month, year = m.group("m"), m.group("y")
    start = parse_single(f"{m.group('d2')} {month} {year}")
    return TimeExpr(0, 0, start=start, stop=parse_single(f"{m.group('d3')} {month} {year}"))


def _range_ends(m: re.Match[str]) -> tuple[str, str]:
    for first, second in (("a", "b"), ("c", "d"), ("e", "f")):
        if m.group(first):
            return m.group(first), m.group(second)
    return "", ""


WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

ORDINALS = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
]

# "die within a year", "every two weeks", "after two days", "sentenced to fifteen years": no
# stay lasted that long
NOT_LASTING = re.compile(
    r"\b(?:within|every|after|per|each|sentenced\s+to|sentence\s+of|term\s+of)\s+$", re.I
)

FREQUENCY = re.compile(
    r"(?:hours?|minutes?|times|once|twice|thrice|meals?|shifts?|days?|nights?|rations?)\s+$", re.I
)


def _frequency(m: re.Match[str], text: str) -> bool:
    """'ten hours a day', 'one meal a day': a rate, not how long something lasted."""
    return m.group("n").lower() in ("a", "an") and bool(FREQUENCY.search(text[: m.start()]))


def _relative(m: re.Match[str]) -> TimeExpr:
    if m.group("next"):
        word = m.group("next").lower()
        unit = UNITS.get(m.group("u2").lower(), "D")  # "the following morning": the next day
        if word == "last":  # "last month" is a month, "last year" a year
            cut = unit in ("Y", "M")
            return TimeExpr(0, 0, relative=(1, unit, -1), to_publication=True, cut=cut)
        return TimeExpr(0, 0, relative=(1, unit, 1 if word in ("next", "following") else -1))
    amount = int(_number(m.group("n")))
    unit = UNITS[m.group("u").lower().rstrip("s")]
    direction = m.group("dir").lower()
    sign = -1 if direction in ("earlier", "before", "ago") else 1
    ago = direction == "ago"  # "two years ago" is a year back, not the report's day of it
    return TimeExpr(0, 0, relative=(amount, unit, sign), to_publication=ago,
                    cut=ago and unit in ("Y", "M"))  # fmt: skip


def _parts(edtf: str) -> tuple[int, int | None, int | None] | None:
    m = re.match(r"^(\d{4})(?:-(\d\d))?(?:-(\d\d))?", edtf)
    if not m:
        return None
    return int(m.group(1)), _int(m.group(2)), _int(m.group(3))


def _int(text: str | None) -> int | None:
    return int(text) if text else None


def shift(anchor: str, amount: int, unit: str, sign: int) -> str | None:
    """The anchor moved by amount units, at the anchor's precision (coarser for finer units)."""
    parts = _parts(anchor)
    if parts is None:
        return None
    year, month, day = parts
    if unit == "Y":
        return _format(year + sign * amount, month, day)
    if month is None:
        return f"{year}~" if unit in ("M", "W") else str(year)
    if unit == "M":
        total = year * 12 + (month - 1) + sign * amount
        return _format(total // 12, total % 12 + 1, None if day is None else day)
    if day is None:
        return _format(year, month, None)
    moved = date(year, month, min(day, 28)) + timedelta(
        days=sign * amount * (7 if unit == "W" else 1)
    )
    return moved.isoformat()


def _format(year: int, month: int | None, day: int | None) -> str:
    if month is None:
        return str(year)
    if day is None:
        return f"{year}-{month:02d}"
    return f"{year}-{month:02d}-{min(day, 28) if month == 2 else day:02d}"


def _after(value: str, published: str) -> bool:
    """A date the text gives without its year falls after the document's date: the previous
    year's is meant. "On 9 October" in a bulletin of October 2021, or of 15 October 2021, is of
    that October (as precise as the document's date says)."""
    if not settings.SAME_MONTH_PARTIALS:
        return value[:7] >= published[:7]
    return value[: len(published)] > published


def resolve(expr: TimeExpr, anchor: str | None, published: str | None) -> TimeExpr:
    """A relative expression made absolute from the earlier date (or the publication date)."""
    if expr.weekday is not None:
        return _weekday(expr, published)
    if expr.season is not None:
        return _season(expr, anchor or published)
    if expr.partial is not None:
        base = published if expr.to_publication else (anchor or published)
        if base is None or not re.match(r"^\d{4}", base):
            return _year_unspecified(expr) if settings.UNSPECIFIED_YEARS else expr
        value = parse_single(f"{expr.partial} {base[:4]}")
        if expr.year_shift is not None:  # "March of last year"
            value = parse_single(f"{expr.partial} {int(base[:4]) + expr.year_shift}")
        elif expr.to_publication and value is not None and _after(value, base):
            value = parse_single(f"{expr.partial} {int(base[:4]) - 1}")  # the previous one
        elif _rolls_over(expr, value, base):  # held from October "until the end of January"
            value = parse_single(f"{expr.partial} {int(base[:4]) + 1}")
        stop = (
            value if expr.partial_stop is None else parse_single(f"{expr.partial_stop} {base[:4]}")
        )
        return _dated(expr, value, stop)
    if expr.relative is None:
        return expr
    base = published if expr.to_publication else (anchor or published)
    if base is None:
        return expr
    value = shift(base, *expr.relative)
    if value is not None and expr.cut:  # "that year": at the precision the words give
        value = value[: 4 if expr.relative[1] == "Y" else 7].rstrip("-~")
    return replace(expr, start=value, stop=None if expr.bound == "start" else value)


def _year_unspecified(expr: TimeExpr) -> TimeExpr:
    """'On April 8' in a text that gives no year to read it by: XXXX-04-08 (EDTF's unspecified
    digits), as annotators write it."""
    if expr.year_shift is not None:
        return expr
    start = _unspecified_year(expr.partial)
    stop = start if expr.partial_stop is None else _unspecified_year(expr.partial_stop)
    return _dated(expr, start, stop)


def _unspecified_year(partial: str | None) -> str | None:
    """'April 8' -> 'XXXX-04-08', without a qualifier, which EDTF allows on no such date."""
    value = parse_single(f"{partial} {LEAP_YEAR}") if partial else None
    return "XXXX" + value[4:].rstrip("~?%") if value and value[:4] == str(LEAP_YEAR) else None


def _dated(expr: TimeExpr, value: str | None, stop: str | None) -> TimeExpr:
    """The day or month read, as a start and an end; "until November" is only an end, "since
    June" only a beginning."""
    if expr.bound is not None:
        return replace(
            expr,
            start=value if expr.bound == "start" else None,
            stop=None if expr.bound == "start" else value,
        )
    return replace(expr, start=value, stop=stop)


LEAP_YEAR = 2000  # "February 29" without a year is still a day


def _season(expr: TimeExpr, base: str | None) -> TimeExpr:
    """'Taken in September 2022 ... two men died that winter': 2022 to 2023 (a winter told after
    midsummer runs into the next year); 'that summer': the year."""
    parts = _parts(base) if base else None
    if parts is None:
        return expr
    year, month, _ = parts
    runs_on = expr.season == "winter" and month is not None and month >= MIDYEAR
    return replace(expr, start=str(year), stop=str(year + 1 if runs_on else year))


MIDYEAR = 7


def _rolls_over(expr: TimeExpr, value: str | None, base: str) -> bool:
    """'Taken on 17 October 1979 ... held until January': an end named by a month before the
    story's month is in the next year."""
    if not settings.UNTIL_NEXT_YEAR or expr.bound != "stop" or value is None:
        return False
    return len(base.rstrip("~?%")) >= 7 and value[:7] < base[:7]


def at_age(expr: TimeExpr, born: str | None) -> TimeExpr:
    """'When I turned six', born in 1995: 2001; 'from the age of ten': from 2005."""
    if expr.age is None or born is None or not re.match(r"^\d{4}", born):
        return expr
    value = str(int(born[:4]) + expr.age)
    return replace(expr, start=value, stop=None if expr.bound == "start" else value)


def opening(expr: TimeExpr, begin: str | None) -> TimeExpr:
    """'During the first three weeks' of a stay that began on 3 September 1993: September 1993
    (the unit's precision, a month at most)."""
    if expr.opening is None or begin is None or not re.match(r"^\d{4}", begin):
        return expr
    value = begin.rstrip("~?%")[: 4 if expr.opening == "Y" else 7]
    return replace(expr, start=value, stop=value)


def _weekday(expr: TimeExpr, published: str | None) -> TimeExpr:
    """'on Friday' in a report of Saturday 9 April 2011: 8 April (the report's own day if it
    is that day), as news agencies write the days of the past week."""
    parts = _parts(published) if published else None
    if parts is None or parts[1] is None or parts[2] is None or expr.weekday is None:
        return expr
    day = date(parts[0], parts[1], parts[2])
    value = (day - timedelta(days=(day.weekday() - expr.weekday) % 7)).isoformat()
    return replace(expr, start=value, stop=value)


def add_duration(start: str, duration: str, cut: bool = False, sign: int = 1) -> str | None:
    """The end of a stay that began at `start` and lasted `duration` (ISO 8601: P1Y6M, P19D),
    at the start's precision: 2016-03 + P1Y -> 2017-03; 2008 + P2M stays in 2008 ('2008~').
    With `cut`, a count of months ends in a month, not a day: 2016-10-14 + P11M -> 2017-09.
    With `sign` -1, the start of a stay that ended at `start`."""
    parts = re.findall(r"(\d+)([YMWD])", duration.removeprefix("P"))
    if not parts or not _parts(start):
        return None
    end: str | None = start.rstrip("~?%")
    for amount, unit in parts:
        if end is None:
            return None
        end = shift(end.rstrip("~"), int(amount), unit, sign)
    if cut and end is not None and _months_long(*parts[-1]):
        end = end[:7]
    return end


MONTH_IN_DAYS = 28


def _months_long(amount: str, unit: str) -> bool:
    """'for seven months', 'for 47 days', 'for about eleven weeks': a count of a month or more
    ends in a month, as a reader (and an annotator) reckons it; 'for three days' keeps its day."""
    if not settings.LONG_COUNTS_TO_MONTH:
        return unit == "M"
    days = {"M": MONTH_IN_DAYS, "W": 7, "D": 1}.get(unit, 0) * int(amount)
    return days >= MONTH_IN_DAYS
