"""Reference tables of multiple systems estimation (copied from the R packages' data)."""

from __future__ import annotations

from pathlib import Path

import pytest

from testimonies.estimate.data import CaptureData
from testimonies.estimate.readers import read_csv

MSE = Path(__file__).resolve().parents[1] / "data" / "mse"


def table(name: str) -> CaptureData:
    return read_csv(MSE / name)["all"]


@pytest.fixture
def mse_dir() -> Path:
    return MSE
