"""Multiple systems estimation: how many victims there were, documented or not.

Three estimators over overlapping lists (log-linear models, decomposable-graph model averaging,
the latent-class model LCMCR), read from CSV files or the store's victim lists.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from sqlalchemy.orm import Session

from testimonies.estimate.readers import read_csv, read_store
from testimonies.estimate.run import METHODS, Report, Settings, estimate

__all__ = ["METHODS", "Report", "Settings", "estimate", "estimate_file", "estimate_store"]


def estimate_file(
    path: Path,
    methods: Sequence[str] = METHODS,
    settings: Settings = Settings(),
    strata: Sequence[str] = (),
    encoding: str | None = None,
) -> Report:
    """Estimate from a contingency-table or record-level CSV (UTF-8 or UTF-16 unless `encoding`)."""
    return estimate(read_csv(path, strata, encoding), methods, settings, str(path))


def estimate_store(
    session: Session,
    methods: Sequence[str] = METHODS,
    settings: Settings = Settings(),
    groups: Mapping[str, Sequence[str]] | None = None,
    strata: str | None = None,
) -> Report:
    """Estimate from the store's victim lists (records linked to one entity are one person)."""
    return estimate(read_store(session, groups, strata), methods, settings, "store")
