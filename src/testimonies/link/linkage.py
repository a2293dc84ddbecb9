"""Record linkage of tabular person lists with Splink (DuckDB by default, Spark on request).

A :class:`LinkageSpec` declares the fields to compare and how (``person_name`` uses the project's
name normalisation: canonical keys of given and family names become their own columns). The
same spec runs on DuckDB or on a user's Spark session; the result is scored pairs with reasons
and clusters (connected components of the pairs above the threshold, never joining two records
a person judged different).
"""

from __future__ import annotations

import logging
import re
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Literal

import pandas as pd
import splink.comparison_level_library as cll
from splink import Linker, SettingsCreator, block_on
from splink.comparison_library import CustomComparison
from splink.internals.comparison_creator import ComparisonCreator
from splink.internals.comparison_level_creator import ComparisonLevelCreator
from splink.internals.exceptions import EMTrainingException

from testimonies.link.names import normalize_name
from testimonies.link.variants import plain

Kind = Literal["person_name", "name_part", "year", "code", "exact", "text"]
ID = "unique_id"
SOURCE = "source_dataset"


@dataclass(frozen=True)
class Field:
    """One input column and how to compare it."""

    column: str
    kind: Kind


@dataclass(frozen=True)
class LinkageSpec:
    fields: tuple[Field, ...]
    blocking: tuple[tuple[str, ...], ...]  # derived column names, one tuple per blocking rule
    training_blocks: tuple[tuple[str, ...], ...] = ()  # EM sessions; empty: use the priors
    link_type: Literal["dedupe_only", "link_only", "link_and_dedupe"] = "link_and_dedupe"
    threshold: float = 0.9  # match probability from which a pair is the same person
    review_from: float = 0.5  # pairs from here up to the threshold are 'unsure'
    train_min_records: int = 2000  # fewer records: keep the prior m and u values
    u_max_pairs: float = 2e6
    em_max_pairs: float = 5e6  # EM samples its blocked pairs down to about this many


# --- derived columns --------------------------------------------------------------------------


def _map_unique(series: pd.Series, fn: Callable[[Any], Any]) -> pd.Series:
    # Names repeat a lot: normalise each distinct value once.
    uniques = series.dropna().unique()
    table = {value: fn(value) for value in uniques}
    return series.map(table)


_VOWEL_RUNS = re.compile(r"[aeiouyY]+")


def fold_vowels(key: str) -> str:
    """Vowels (and y, which sources write for i or ey) folded to one class: 'mehdi' and 'mahdi',
    'deryush' and 'dariush' agree; 'mahmud' and 'muhamad' do not."""
    return _VOWEL_RUNS.sub("a", key)


NAME_COLUMNS = ("key", "family", "given", "given1", "compact", "fold", "family_fold", "given1_fold")


def name_features(value: str) -> tuple[str | None, ...]:
    """The linkage columns of one name, from the project's normalisation (see NAME_COLUMNS)."""
    parts = normalize_name(value).parts
    if not parts:
        return (None,) * len(NAME_COLUMNS)
    keys = [p.key for p in parts]
    # Folded from the transliteration canonical form, not the spelling family's key: a family
    # key keeps its listed spelling ('hossein'), which a misspelling outside it ('hossiin',
    # canonical 'husin') would not fold to.
    folds = [fold_vowels(p.canonical) for p in parts]
    given = keys[:-1]
    return (
        " ".join(sorted(keys)),
        keys[-1],
        " ".join(given) or None,
        given[0] if given else None,
        "".join(p.canonical for p in parts),
        " ".join(sorted(folds)),
        folds[-1],
        folds[0] if given else None,
    )


def _name_columns(series: pd.Series, prefix: str) -> dict[str, pd.Series]:
    # Names repeat: compute each distinct name once, then look the rows up in one vector step.
    uniques = series.dropna().astype(str).unique()
    table = pd.DataFrame(
        [name_features(v) for v in uniques],
        columns=[f"{prefix}_{c}" for c in NAME_COLUMNS],
        index=uniques,
    )
    looked_up = table.reindex(series.astype("string").fillna("").to_numpy())
    return {c: pd.Series(looked_up[c].to_numpy(), index=series.index) for c in table.columns}


def _year(series: pd.Series) -> pd.Series:
    return pd.to_numeric(series, errors="coerce").round().astype("Int64")


def _text(series: pd.Series, fold: Callable[[str], str]) -> pd.Series:
    return _map_unique(series.astype("string"), lambda v: fold(str(v)) or None)


def derive(frame: pd.DataFrame, spec: LinkageSpec) -> pd.DataFrame:
    """The columns Splink compares, computed from the input columns."""
    out: dict[str, pd.Series] = {ID: frame[ID]}
    if SOURCE in frame:
        out[SOURCE] = frame[SOURCE]
    for f in spec.fields:
        column = frame[f.column]
        if f.kind == "person_name":
            out.update(_name_columns(column, f.column))
        elif f.kind == "name_part":
            out[f"{f.column}_key"] = _text(column, lambda v: normalize_name(v).key)
        elif f.kind == "year":
            out[f"{f.column}_year"] = _year(column)
        elif f.kind == "text":
            out[f"{f.column}_text"] = _text(column, plain)
        else:
            out[f"{f.column}_value"] = _text(column, lambda v: v.strip().lower())
    return _typed_empty_columns(pd.DataFrame(out))


def _typed_empty_columns(frame: pd.DataFrame) -> pd.DataFrame:
    """A column with no value in any record (a list without places, one-word names) would reach
    DuckDB as numbers, where the text comparisons fail: keep it text, as it would have been."""
    for column in frame.columns:
        empty = frame[column].isna().all()
        if empty and not pd.api.types.is_integer_dtype(frame[column]):  # years stay numbers
            frame[column] = frame[column].astype("string")
    return frame


# --- comparisons: levels from most to least alike, with prior m and u ---------------------------

Level = tuple[Any, str, float, float]  # (level creator, label, m prior, u prior)


def _levels(column: str, kind: Kind, tf: bool = False) -> list[Level]:
    if kind == "person_name":
        return _person_levels(column, tf)
    if kind == "name_part":
        return [
            (cll.ExactMatchLevel(f"{column}_key"), "same canonical form", 0.85, 0.005),
            (cll.DamerauLevenshteinLevel(f"{column}_key", 1), "one edit apart", 0.08, 0.005),
            (cll.JaroWinklerLevel(f"{column}_key", 0.88), "similar", 0.04, 0.03),
            (cll.ElseLevel(), "different", 0.03, 0.96),
        ]
    if kind == "year":
        col = f"{column}_year"
        return [
            (cll.ExactMatchLevel(col), "same year", 0.75, 0.03),
            (cll.AbsoluteDifferenceLevel(col, 1), "within a year", 0.12, 0.06),
            (cll.AbsoluteDifferenceLevel(col, 3), "within 3 years", 0.06, 0.12),
            (cll.ElseLevel(), "years differ", 0.07, 0.79),
        ]
    if kind == "code":
        col = f"{column}_value"
        return [
            (cll.ExactMatchLevel(col), "same", 0.85, 0.0001),
            (cll.DamerauLevenshteinLevel(col, 1), "one edit apart", 0.08, 0.001),
            (cll.DamerauLevenshteinLevel(col, 2), "two edits apart", 0.03, 0.01),
            (cll.ElseLevel(), "different", 0.04, 0.9889),
        ]
    if kind == "text":
        col = f"{column}_text"
        return [
            (cll.ExactMatchLevel(col), "same", 0.7, 0.2),
            (cll.JaroWinklerLevel(col, 0.9), "close", 0.1, 0.05),
            (cll.ElseLevel(), "different", 0.2, 0.75),
        ]
    col = f"{column}_value"
    return [
        (cll.ExactMatchLevel(col), "same", 0.95, 0.5),
        (cll.ElseLevel(), "different", 0.05, 0.5),
    ]


def _person_levels(column: str, tf: bool = False) -> list[Level]:
    # Keys from the project's name normalisation (names.py): spelling variants already agree.
    # Strongest first (a pair takes the first level it meets); the fuzzy levels compare the
    # vowel-folded forms, so that only consonant differences (a typo, kh/x, gh/q) remain.
    def col(name: str) -> str:
        return f"{column}_{name}"

    def exact(name: str) -> ComparisonLevelCreator:
        # With term frequencies an agreement weighs as much as the value is rare in the data: a
        # random sample of pairs (the u estimate) almost never meets two rare names that agree,
        # so at a million records the prior would decide alone.
        level = cll.ExactMatchLevel(col(name))
        return level.configure(tf_adjustment_column=col(name)) if tf else level

    def same(*names: str) -> ComparisonLevelCreator:
        return cll.And(*(cll.ExactMatchLevel(col(n)) for n in names))

    def same_given_family_within(edits: int) -> ComparisonLevelCreator:
        return cll.And(
            cll.ExactMatchLevel(col("given1_fold")),
            cll.DamerauLevenshteinLevel(col("family_fold"), edits),
        )

    return [
        (exact("key"), "same canonical name", 0.5, 0.0005),
        (exact("fold"), "same name up to vowels", 0.2, 0.001),
        (same("family", "given1"), "same family and first given name", 0.05, 0.0005),
        (
            same("family_fold", "given1_fold"),
            "family and first given name alike up to vowels",
            0.05,
            0.001,
        ),
        (cll.ExactMatchLevel(col("compact")), "same name written apart", 0.02, 0.0005),
        (
            cll.And(
                cll.ExactMatchLevel(col("family_fold")),
                cll.JaroWinklerLevel(col("given1_fold"), 0.85),
            ),
            "same family name, first given name close",
            0.03,
            0.001,
        ),
        (cll.JaroWinklerLevel(col("key"), 0.92), "canonical names close", 0.05, 0.002),
        (
            same_given_family_within(1),
            "same first given name, family name one letter apart",
            0.03,
            0.002,
        ),
        (
            same_given_family_within(2),
            "same first given name, family name two letters apart",
            0.02,
            0.003,
        ),
        # A shared family name with other given names is no level of its own: relatives share
        # it, and a list pairs them with the same place and year (they are 'names differ').
        (cll.ElseLevel(), "names differ", 0.04, 0.991),
    ]


def _null_column(column: str, kind: Kind) -> str:
    suffix = {"person_name": "_key", "name_part": "_key", "year": "_year", "text": "_text"}
    return column + suffix.get(kind, "_value")


def comparisons(spec: LinkageSpec, tf: bool = False) -> list[ComparisonCreator | dict[str, Any]]:
    result: list[ComparisonCreator | dict[str, Any]] = []
    for f in spec.fields:
        levels: list[ComparisonLevelCreator | dict[str, Any]]
        levels = [cll.NullLevel(_null_column(f.column, f.kind))]
        for creator, label, m, u in _levels(f.column, f.kind, tf):
            levels.append(
                creator.configure(m_probability=m, u_probability=u, label_for_charts=label)
            )
        result.append(CustomComparison(levels, output_column_name=f.column))
    return result


def settings(spec: LinkageSpec, records: int, explain: bool = True) -> SettingsCreator:
    return SettingsCreator(
        link_type=spec.link_type,
        # Term frequencies of a short list are noise: only lists large enough to train use them.
        comparisons=comparisons(spec, tf=records >= spec.train_min_records),
        blocking_rules_to_generate_predictions=[block_on(*cols) for cols in spec.blocking],
        probability_two_random_records_match=min(1e-3, 1.0 / max(records, 2)),
        retain_intermediate_calculation_columns=explain,  # per-comparison weights give reasons
        retain_matching_columns=False,
    )


# --- running ----------------------------------------------------------------------------------


@dataclass
class LinkageResult:
    pairs: pd.DataFrame  # unique_id_l, unique_id_r, match_probability, reason
    clusters: dict[str, int]  # unique_id -> cluster number
    backend: str
    trained: bool
    timings: dict[str, float] = field(default_factory=dict)


def spark_session_settings() -> dict[str, str]:
    """Settings a Spark session needs for this linkage (pass each to SparkSession.builder.config).

    Splink's string-similarity functions (Jaro-Winkler, Damerau-Levenshtein) come in a jar the
    session must load; Spark 4's date parser needs the legacy policy for Splink's date SQL.
    """
    from splink.backends.spark import similarity_jar_location

    return {
        "spark.jars": str(similarity_jar_location()),
        "spark.sql.legacy.timeParserPolicy": "LEGACY",
    }


def _db_api(spark: Any | None) -> tuple[Any, str]:
    if spark is None:
        from splink import DuckDBAPI

        return DuckDBAPI(), "duckdb"
    from splink.backends.spark import SparkAPI

    if spark.sparkContext.getCheckpointDir() is None:
        # Splink checkpoints intermediate tables to cut Spark's query plans short.
        spark.sparkContext.setCheckpointDir(tempfile.mkdtemp(prefix="testimonies-spark-"))
    return SparkAPI(spark_session=spark), "spark"  # type: ignore[no-untyped-call]


def _register(db_api: Any, frame: pd.DataFrame, spark: Any | None, name: str) -> Any:
    if spark is None:
        return db_api.register(frame, dataset_display_name=name)
    sdf = spark.createDataFrame(frame.astype(object).where(frame.notna(), None))
    return db_api.register(sdf, dataset_display_name=name)


def _train(linker: Linker, spec: LinkageSpec) -> None:
    linker.training.estimate_u_using_random_sampling(max_pairs=spec.u_max_pairs, seed=1)
    for cols in spec.training_blocks:
        # A failed session leaves the model without the comparisons it set aside: keep a copy.
        before = linker._settings_obj.core_model_settings.copy()  # type: ignore[no-untyped-call]
        try:
            linker.training.estimate_parameters_using_expectation_maximisation(
                block_on(*cols), max_pairs=spec.em_max_pairs, estimate_without_term_frequencies=True
            )
        except (ValueError, EMTrainingException) as exc:
            # A block with no pairs (a list without that column) teaches nothing; EM can drive
            # the m of a level that true matches (almost) never reach below what a float holds,
            # which Splink refuses. The session's estimates are then not kept.
            linker._settings_obj.core_model_settings = before
            logging.getLogger(__name__).warning("EM blocked on %s not used: %s", cols, exc)


def level_weights(linker: Linker) -> dict[str, list[tuple[float, str]]]:
    """Per comparison, (match weight, label) of each level of the (trained) model."""
    table: dict[str, list[tuple[float, str]]] = {}
    for comparison in linker._settings_obj.comparisons:
        table[comparison.output_column_name] = [
            (
                float(level._log2_bayes_factor),
                "missing" if level.is_null_level else level.label_for_charts,
            )
            for level in comparison.comparison_levels
        ]
    return table


def _reasons(pairs: pd.DataFrame, weights: dict[str, list[tuple[float, str]]]) -> pd.Series:
    # Splink reports each comparison's match weight (mw_<name>); the level is the one with it.
    def label(column: str, weight: float) -> str:
        return min(weights[column], key=lambda wl: abs(wl[0] - weight))[1]

    def explain(row: dict[str, Any]) -> str:
        parts = [f"{c}: {label(c, row[f'mw_{c}'])} ({row[f'mw_{c}']:+.1f})" for c in weights]
        return f"match probability {row['match_probability']:.3f}; " + "; ".join(parts)

    return pd.Series([explain(r) for r in pairs.to_dict("records")], index=pairs.index, dtype=str)


def _timed(timings: dict[str, float], name: str, fn: Callable[[], Any]) -> Any:
    import time

    start = time.perf_counter()
    value = fn()
    timings[name] = time.perf_counter() - start
    return value


def link_frames(
    frames: Sequence[pd.DataFrame],
    spec: LinkageSpec,
    spark: Any | None = None,
    cannot_link: Iterable[tuple[str, str]] = (),
    explain: bool = True,
) -> LinkageResult:
    """Link (or deduplicate) frames with columns ``unique_id`` and the spec's fields."""
    logging.getLogger("splink").setLevel(logging.ERROR)
    if len(frames) == 1 and spec.link_type != "dedupe_only":
        spec = replace(spec, link_type="dedupe_only")  # one table: every pair within it
    timings: dict[str, float] = {}
    derived = _timed(timings, "prepare", lambda: [derive(f, spec) for f in frames])
    db_api, backend = _db_api(spark)
    tables = [_register(db_api, d, spark, f"records_{i}") for i, d in enumerate(derived)]
    records = sum(len(d) for d in derived)
    linker = Linker(tables, settings(spec, records, explain), log_level=None)
    trained = records >= spec.train_min_records
    if trained:
        _timed(timings, "train", lambda: _train(linker, spec))
    predictions = _timed(
        timings,
        "predict",
        lambda: linker.inference.predict(threshold_match_probability=spec.review_from),
    )
    pairs = predictions.as_pandas_dataframe()
    pairs[["unique_id_l", "unique_id_r"]] = pairs[["unique_id_l", "unique_id_r"]].astype(str)
    if explain:
        pairs["reason"] = _reasons(pairs, level_weights(linker))
    ids = [str(i) for d in derived for i in d[ID]]
    same = pairs[pairs["match_probability"] >= spec.threshold]
    edges = zip(same["unique_id_l"], same["unique_id_r"], same["match_probability"], strict=True)
    clusters = _timed(timings, "cluster", lambda: cluster(ids, edges, cannot_link))
    return LinkageResult(pairs, clusters, backend, trained, timings)


def cluster(
    ids: Sequence[str],
    edges: Iterable[tuple[str, str, float]],
    cannot_link: Iterable[tuple[str, str]] = (),
) -> dict[str, int]:
    """Connected components of the edges, strongest first, never joining a cannot-link pair."""
    parent = {i: i for i in ids}
    forbidden: dict[str, set[str]] = {}
    for a, b in cannot_link:
        forbidden.setdefault(a, set()).add(b)
        forbidden.setdefault(b, set()).add(a)

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b, _score in sorted(edges, key=lambda e: -e[2]):
        ra, rb = root(a), root(b)
        if ra == rb or (forbidden and _blocked(ra, rb, forbidden, root)):
            continue
        parent[rb] = ra
        if forbidden:
            forbidden.setdefault(ra, set()).update(forbidden.pop(rb, set()))
    numbers: dict[str, int] = {}
    return {i: numbers.setdefault(root(i), len(numbers)) for i in ids}


def _blocked(ra: str, rb: str, forbidden: dict[str, set[str]], root: Callable[[str], str]) -> bool:
    # forbidden is kept per component root: merging is refused if either forbids the other.
    return any(root(x) == rb for x in forbidden.get(ra, ())) or any(
        root(x) == ra for x in forbidden.get(rb, ())
    )
