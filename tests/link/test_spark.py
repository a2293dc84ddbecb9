"""The list linkage on Spark, through Splink's Spark backend and a local Spark session.

Skipped when pyspark is not installed (install the optional extra: pip install -e '.[spark]';
Spark needs Java 17). Slow: starting a local Spark session takes about half a minute.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from typing import Any

import pandas as pd
import pytest

from testimonies.link.linkage import link_frames, spark_session_settings
from testimonies.link.lists import LIST_SPEC

pyspark = pytest.importorskip(
    "pyspark", reason="pyspark is not installed: pip install -e '.[spark]' to run the Spark test"
)
if shutil.which("java") is None:
    pytest.skip(
        "Spark needs Java (17): install a JDK to run the Spark test", allow_module_level=True
    )


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.master("local[2]").appName("testimonies-test")
    for key, value in spark_session_settings().items():
        builder = builder.config(key, value)
    session = builder.getOrCreate()
    yield session
    session.stop()


@pytest.mark.slow
def test_same_linkage_on_spark_as_on_duckdb(spark: Any) -> None:
    frame = pd.DataFrame(
        {
            "unique_id": [str(i) for i in range(6)],
            "name": ["Mohammad Hossein Sobhani", "Mohammed Hussein Subhani", "Massoud Karimi",
                     "Masoud Karimi", "Ali Akbar Ahmadi", "Reza Ahmadi"],
            "birth_year": [1960, 1960, 1965, None, 1958, 1958],
            "sex": ["male"] * 6,
            "place": ["Camp Ashraf", "Ashraf", "Baghdad", "Baghdad", "Camp Ashraf", "Camp Ashraf"],
            "act_year": [1992, 1992, 1994, 1994, None, 1998],
        }
    )  # fmt: skip
    on_spark = link_frames([frame], LIST_SPEC, spark=spark)
    on_duckdb = link_frames([frame], LIST_SPEC)
    assert on_spark.backend == "spark"

    def groups(clusters: dict[str, int]) -> set[frozenset[str]]:
        members: dict[int, set[str]] = {}
        for uid, number in clusters.items():
            members.setdefault(number, set()).add(uid)
        return {frozenset(m) for m in members.values()}

    assert groups(on_spark.clusters) == groups(on_duckdb.clusters)
    assert frozenset({"0", "1"}) in groups(on_spark.clusters)
    assert frozenset({"4"}) in groups(on_spark.clusters)
