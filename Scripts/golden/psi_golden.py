#!/usr/bin/env python3
"""Golden values for LeadBenchMetrics' population stability index (Sources/LeadBenchMetrics/PopulationStability.swift).

Writes one file, which the Swift tests (Tests/LeadBenchMetricsTests/PopulationStabilityTests.swift) compare
against without needing Python:

    fixtures/golden/psi/golden.json   the numpy version, the empty-bin share, then the numeric cases (inputs,
                                      decile edges, counts per bin, the index) and the categorical cases

The computation, written with numpy from the definition (no library ships the PSI):

    numbers     edges  = numpy.unique(numpy.quantile(reference without NaN, [0.1, 0.2, ..., 0.9]))  (type 7)
                bin(x) = numpy.searchsorted(edges, x, side="left")   (x <= c1 -> 0, c_j < x <= c_j+1 -> j)
                NaN    -> a last "missing" bin, present when either sample has one
    categories  one bin per category of either sample, ascending, then "missing" (None)
    shares      count / total, or 1e-4 for an empty bin (not renormalised)
    PSI         sum over bins of (a - e) * ln(a / e)

Missing numbers are written as null in the JSON. Run from the package root (the virtual environment lives
outside the package):

    python3 -m venv /tmp/venv-psi
    /tmp/venv-psi/bin/pip install -r Scripts/golden/requirements-psi.txt
    /tmp/venv-psi/bin/python Scripts/golden/psi_golden.py

The output is deterministic for the pinned version: rerunning it rewrites an identical file.
"""

from __future__ import annotations

import json
import math
import platform
from pathlib import Path

import numpy as np

SEED = 20_251_001
EMPTY_BIN_SHARE = 1e-4
LEVELS = [k / 10 for k in range(1, 10)]
ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "fixtures" / "golden" / "psi"


def shares(counts: np.ndarray) -> np.ndarray:
    total = counts.sum()
    return np.where(counts == 0, EMPTY_BIN_SHARE, counts / total)


def index(expected_counts: list[int], actual_counts: list[int]) -> tuple[float, list[float]]:
    e = shares(np.asarray(expected_counts, dtype=np.float64))
    a = shares(np.asarray(actual_counts, dtype=np.float64))
    contributions = (a - e) * np.log(a / e)
    return float(contributions.sum()), [float(c) for c in contributions]


def decile_case(name: str, expected, actual) -> dict:
    e = np.asarray(expected, dtype=np.float64)
    a = np.asarray(actual, dtype=np.float64)
    reference = e[~np.isnan(e)]
    edges = np.unique(np.quantile(reference, LEVELS, method="linear")) if reference.size else np.array([])

    def counts(x: np.ndarray) -> tuple[list[int], int]:
        present = x[~np.isnan(x)]
        bins = np.bincount(np.searchsorted(edges, present, side="left"), minlength=edges.size + 1)
        return [int(c) for c in bins], int(np.isnan(x).sum())

    expected_counts, expected_missing = counts(e)
    actual_counts, actual_missing = counts(a)
    if expected_missing + actual_missing > 0:
        expected_counts.append(expected_missing)
        actual_counts.append(actual_missing)
    psi, contributions = index(expected_counts, actual_counts)

    def listed(x: np.ndarray) -> list[float | None]:
        return [None if math.isnan(v) else float(v) for v in x]

    return {
        "name": name, "expected": listed(e), "actual": listed(a), "edges": [float(c) for c in edges],
        "expected_counts": expected_counts, "actual_counts": actual_counts, "contributions": contributions, "psi": psi,
    }


def category_case(name: str, expected: list[str | None], actual: list[str | None]) -> dict:
    labels = sorted({v for v in expected + actual if v is not None})
    expected_counts = [sum(1 for v in expected if v == label) for label in labels]
    actual_counts = [sum(1 for v in actual if v == label) for label in labels]
    if any(v is None for v in expected + actual):
        labels.append("missing")
        expected_counts.append(sum(1 for v in expected if v is None))
        actual_counts.append(sum(1 for v in actual if v is None))
    psi, contributions = index(expected_counts, actual_counts)
    return {
        "name": name, "expected": expected, "actual": actual, "labels": labels, "expected_counts": expected_counts,
        "actual_counts": actual_counts, "contributions": contributions, "psi": psi,
    }


def numeric_cases(rng: np.random.Generator) -> list[dict]:
    cases = []
    reference = np.round(rng.normal(0.0, 1.0, 1200), 4)
    cases.append(decile_case("continuous, shifted and wider", reference, np.round(rng.normal(0.3, 1.15, 900), 4)))
    cases.append(decile_case("continuous, same distribution", reference, np.round(rng.normal(0.0, 1.0, 1000), 4)))
    cases.append(decile_case("identical samples", reference[:300], reference[:300]))

    # Points scores: integers with heavy ties, so several deciles share an edge.
    before = 10 * rng.poisson(1.2, 800) + 5 * rng.integers(0, 3, 800)
    after = 10 * rng.poisson(1.6, 700) + 5 * rng.integers(0, 3, 700)
    cases.append(decile_case("points scores, heavy ties", before, after))

    # Probabilities from a logistic model, the current period scoring higher.
    cases.append(decile_case("probabilities", rng.beta(1.2, 12.0, 1000), rng.beta(1.6, 11.0, 800)))

    # The current sample falls in the lower half only: the upper bins are empty and take the floor.
    cases.append(decile_case("empty bins", rng.uniform(0.0, 1.0, 500), rng.uniform(0.0, 0.45, 400)))

    # Company size with missing values in both periods, more missing now.
    size_before = np.round(rng.lognormal(4.0, 1.2, 600))
    size_before[rng.random(600) < 0.1] = np.nan
    size_after = np.round(rng.lognormal(4.2, 1.2, 500))
    size_after[rng.random(500) < 0.25] = np.nan
    cases.append(decile_case("numbers with missing values", size_before, size_after))

    # A reference of one value: one edge, two bins.
    cases.append(decile_case("constant reference", [5.0] * 40, [3.0] * 5 + [5.0] * 20 + [8.0] * 15))
    return cases


def categorical_cases(rng: np.random.Generator) -> list[dict]:
    sources = ["Webinar", "Paid Search", "Organic", "Referral", "Content Syndication"]
    before = [str(v) for v in rng.choice(sources, 700, p=[0.1, 0.3, 0.3, 0.2, 0.1])]
    after = [str(v) for v in rng.choice(sources, 650, p=[0.12, 0.22, 0.33, 0.23, 0.1])]
    cases = [category_case("lead source, a gentle shift", before, after)]

    countries = ["France", "Germany", "Spain", "United Kingdom"]
    before = [str(v) for v in rng.choice(countries, 400)] + [None] * 20
    after = [str(v) for v in rng.choice(countries + ["Italy"], 380, p=[0.2, 0.2, 0.2, 0.2, 0.2])] + [None] * 60
    cases.append(category_case("country: a new category and more missing", before, after))

    before = ["A"] * 50 + ["B"] * 30 + ["C"] * 20
    after = ["A"] * 70 + ["B"] * 30
    cases.append(category_case("a category vanishes", before, after))
    return cases


def main() -> None:
    rng = np.random.default_rng(SEED)
    golden = {
        "generator": "Scripts/golden/psi_golden.py",
        "seed": SEED,
        "versions": {"python": platform.python_version(), "numpy": np.__version__},
        "empty_bin_share": EMPTY_BIN_SHARE,
        "numeric": numeric_cases(rng),
        "categorical": categorical_cases(rng),
    }
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "golden.json").write_text(json.dumps(golden, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT / 'golden.json'}")


if __name__ == "__main__":
    main()
