#!/usr/bin/env python3
"""Golden values for LeadBenchMetrics' statistics: quantiles, the normal and binomial distributions,
McNemar's test, proportion tests and intervals, DeLong's test and the seeded bootstrap.

Writes one file, which the Swift tests (Tests/LeadBenchMetricsTests/Statistics*Tests.swift) compare
against without needing Python:

    fixtures/golden/stats/golden.json   library versions, then one section per concept, each a list of
                                        cases with their inputs and the expected values

Where the values come from:
    quantile, summary     numpy.quantile(method="linear") (Hyndman & Fan type 7)
    normal                scipy.stats.norm.cdf / sf / ppf
    binomial              scipy.stats.binom.cdf / pmf
    mcnemar               statsmodels.stats.contingency_tables.mcnemar (exact=True; exact=False, correction=True)
    two_proportion_ztest  statsmodels.stats.proportion.proportions_ztest (pooled, two-sided)
    wilson                statsmodels.stats.proportion.proportion_confint(method="wilson")
    newcombe              statsmodels.stats.proportion.confint_proportions_2indep(compare="diff", method="newcomb")
    delong                a straightforward O(m·n) reference below (classic DeLong et al. 1988 with the ½ tie
                          kernel): neither statsmodels nor scikit-learn has DeLong's test
    bootstrap             a plain-Python replica of leadbench's resampling scheme (SplitMix64, per-resample
                          generators, strata, clusters) with numpy.quantile for the percentiles: it pins the
                          documented scheme, so a change to it shows up as a failing test

Run from the package root (the virtual environment lives outside the package):

    python3 -m venv /tmp/venv-stats
    /tmp/venv-stats/bin/pip install -r Scripts/golden/requirements-stats.txt
    /tmp/venv-stats/bin/python Scripts/golden/stats_golden.py

The output is deterministic for the pinned versions: rerunning it rewrites an identical file.
"""

from __future__ import annotations

import json
import math
import platform
from pathlib import Path

import numpy as np
import scipy
import statsmodels
from scipy import stats
from statsmodels.stats.contingency_tables import mcnemar
from statsmodels.stats.proportion import confint_proportions_2indep, proportion_confint, proportions_ztest

SEED = 20_250_612
ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "fixtures" / "golden" / "stats"

MASK64 = (1 << 64) - 1
GAMMA = 0x9E3779B97F4A7C15


# --- quantiles ----------------------------------------------------------------------------------------

QUANTILE_LEVELS = [0.0, 0.05, 0.1, 0.25, 1 / 3, 0.5, 0.75, 0.9, 0.975, 0.999, 1.0]


def quantile_cases(rng: np.random.Generator) -> list[dict]:
    samples = {
        "one value": [42.5],
        "two values": [-1.0, 3.0],
        "normal, 37 values": list(rng.normal(10.0, 4.0, 37)),
        "sales-cycle days with ties": [float(v) for v in rng.poisson(rng.gamma(2.0, 20.0, 101))],
        "all equal": [7.0] * 9,
        "wide range": list(np.concatenate([rng.lognormal(0.0, 3.0, 50), -rng.lognormal(0.0, 3.0, 10)])),
    }
    cases = []
    for name, sample in samples.items():
        values = np.sort(np.asarray(sample, dtype=np.float64))
        cases.append({
            "name": name,
            "sorted": values.tolist(),
            "levels": QUANTILE_LEVELS,
            "quantiles": [float(np.quantile(values, q, method="linear")) for q in QUANTILE_LEVELS],
            "summary": {
                "count": int(values.size),
                "mean": float(np.mean(values)),
                "minimum": float(values[0]),
                "lower_quartile": float(np.quantile(values, 0.25)),
                "median": float(np.median(values)),
                "upper_quartile": float(np.quantile(values, 0.75)),
                "p90": float(np.quantile(values, 0.9)),
                "maximum": float(values[-1]),
            },
        })
    return cases


# --- distributions ------------------------------------------------------------------------------------

NORMAL_POINTS = [-38.0, -20.0, -10.0, -8.3, -5.0, -3.0, -1.959963984540054, -1.0, -0.7071, -0.5, -1e-3, 0.0,
                 1e-9, 0.3, 0.7071, 0.75, 1.0, 1.6448536269514722, 2.5, 5.0, 8.0, 9.0, 12.0]
NORMAL_PROBABILITIES = [1e-300, 1e-100, 1e-20, 1e-10, 1e-5, 0.001, 0.01, 0.02425, 0.025, 0.05, 0.1, 0.3,
                        0.4999999, 0.5, 0.6, 0.9, 0.95, 0.975, 0.97575, 0.99, 0.999, 1 - 1e-10, 1 - 1e-15]


def normal_section() -> dict:
    return {
        "points": NORMAL_POINTS,
        "cdf": [float(stats.norm.cdf(x)) for x in NORMAL_POINTS],
        "sf": [float(stats.norm.sf(x)) for x in NORMAL_POINTS],
        "probabilities": NORMAL_PROBABILITIES,
        "ppf": [float(stats.norm.ppf(p)) for p in NORMAL_PROBABILITIES],
    }


BINOMIAL_CASES = [
    (0, 0, 0.5), (0, 1, 0.5), (1, 1, 0.5), (2, 12, 0.5), (3, 10, 0.5), (5, 10, 0.5), (0, 25, 0.5),
    (50, 100, 0.5), (40, 100, 0.5), (480, 1000, 0.5), (4900, 10000, 0.5), (15000, 30500, 0.5),
    (100, 2000, 0.5), (1500, 3000, 0.5), (49_800, 100_000, 0.5), (0, 1100, 0.5),
    (3, 20, 0.1), (17, 20, 0.9), (0, 20, 0.05), (300, 1000, 0.3), (260, 1000, 0.3), (99, 100, 0.97),
    (7, 7, 0.2), (12, 400, 0.01), (5000, 6000, 0.85),
]


def binomial_section() -> list[dict]:
    return [
        {"k": k, "n": n, "p": p, "cdf": float(stats.binom.cdf(k, n, p)), "pmf": float(stats.binom.pmf(k, n, p))}
        for k, n, p in BINOMIAL_CASES
    ]


# --- paired and proportion tests ----------------------------------------------------------------------

MCNEMAR_TABLES = [
    # [[both, first only], [second only, neither]]
    [[60, 10], [2, 28]], [[30, 0], [0, 70]], [[10, 5], [5, 10]], [[3, 0], [7, 1]], [[0, 1], [0, 0]],
    [[200, 25], [40, 135]], [[900, 150], [120, 830]], [[5000, 1000], [1100, 2900]],
    [[20000, 5000], [4800, 10000]], [[50000, 30000], [30500, 40000]], [[1, 13], [1, 1]], [[4, 6], [16, 2]],
]


def mcnemar_section() -> list[dict]:
    cases = []
    for table in MCNEMAR_TABLES:
        exact = mcnemar(table, exact=True)
        case = {"table": table, "exact_statistic": float(exact.statistic), "exact_pvalue": float(exact.pvalue)}
        if table[0][1] + table[1][0] > 0:  # statsmodels divides by zero otherwise
            chi = mcnemar(table, exact=False, correction=True)
            case["chi2_statistic"] = float(chi.statistic)
            case["chi2_pvalue"] = float(chi.pvalue)
        cases.append(case)
    return cases


TWO_SAMPLE_COUNTS = [
    (45, 120, 30, 130), (5, 20, 12, 22), (300, 1000, 250, 1000), (1, 50, 0, 40), (3000, 40000, 2600, 39000),
    (50, 50, 48, 50), (0, 30, 4, 35), (17, 17, 10, 12), (120, 480, 121, 480),
]
ALPHAS = [0.05, 0.1, 0.01]


def proportions_sections() -> tuple[list[dict], list[dict], list[dict]]:
    ztests = []
    for c1, n1, c2, n2 in TWO_SAMPLE_COUNTS:
        z, p = proportions_ztest([c1, c2], [n1, n2])
        ztests.append({"count1": c1, "nobs1": n1, "count2": c2, "nobs2": n2, "z": float(z), "pvalue": float(p)})

    wilson = []
    for count, nobs in [(0, 10), (10, 10), (1, 20), (7, 30), (45, 120), (500, 1000), (3, 4000), (1, 1),
                        (39_999, 40_000)]:
        for alpha in ALPHAS:
            low, upp = proportion_confint(count, nobs, alpha=alpha, method="wilson")
            wilson.append({"count": count, "nobs": nobs, "alpha": alpha, "lower": float(low), "upper": float(upp)})

    newcombe = []
    for c1, n1, c2, n2 in TWO_SAMPLE_COUNTS:
        for alpha in ALPHAS:
            low, upp = confint_proportions_2indep(c1, n1, c2, n2, method="newcomb", compare="diff", alpha=alpha)
            newcombe.append({"count1": c1, "nobs1": n1, "count2": c2, "nobs2": n2, "alpha": alpha,
                             "lower": float(low), "upper": float(upp)})
    return ztests, wilson, newcombe


# --- DeLong's test: the O(m·n) reference --------------------------------------------------------------

def delong_reference(first: np.ndarray, second: np.ndarray, labels: np.ndarray, confidence: float) -> dict:
    """Classic DeLong, DeLong & Clarke-Pearson (1988), written from the paper's definitions.

    psi(x, y) = 1 if x > y, 1/2 if x == y, 0 otherwise (x a positive's score, y a negative's);
    V10[i] = mean_j psi(X_i, Y_j) (one per positive), V01[j] = mean_i psi(X_i, Y_j) (one per negative);
    AUC = mean(V10); S10, S01 = sample covariance matrices (divisor m-1, n-1) of the models' V10 and V01;
    S = S10 / m + S01 / n; var(AUC_1 - AUC_2) = S11 + S22 - 2 S12.
    """
    positives = labels == 1
    v10, v01, aucs = [], [], []
    for scores in (first, second):
        x = scores[positives][:, None]
        y = scores[~positives][None, :]
        psi = (x > y).astype(np.float64) + 0.5 * (x == y)
        v10.append(psi.mean(axis=1))
        v01.append(psi.mean(axis=0))
        aucs.append(float(psi.mean()))
    m, n = int(positives.sum()), int((~positives).sum())
    s10 = np.cov(np.vstack(v10), ddof=1)
    s01 = np.cov(np.vstack(v01), ddof=1)
    s = s10 / m + s01 / n
    variance = float(s[0, 0] + s[1, 1] - 2 * s[0, 1])
    difference = aucs[0] - aucs[1]
    se = math.sqrt(variance)
    z = difference / se
    crit = float(stats.norm.ppf(0.5 + confidence / 2))
    return {
        "auc_first": aucs[0], "auc_second": aucs[1], "difference": difference,
        "variance_first": float(s[0, 0]), "variance_second": float(s[1, 1]), "covariance": float(s[0, 1]),
        "variance_difference": variance, "standard_error": se, "z": z,
        "pvalue": float(2 * stats.norm.sf(abs(z))),
        "confidence": confidence, "lower": difference - crit * se, "upper": difference + crit * se,
    }


def delong_section(rng: np.random.Generator) -> list[dict]:
    cases = []

    def add(name: str, first, second, labels, confidence: float = 0.95) -> None:
        first, second = np.asarray(first, dtype=np.float64), np.asarray(second, dtype=np.float64)
        labels = np.asarray(labels, dtype=np.int64)
        case = {"name": name, "first": first.tolist(), "second": second.tolist(), "labels": labels.tolist()}
        case.update(delong_reference(first, second, labels, confidence))
        cases.append(case)

    add("tiny with ties",
        [0.9, 0.8, 0.8, 0.7, 0.4, 0.8, 0.5, 0.4, 0.4, 0.2, 0.1],
        [3, 5, 2, 4, 4, 1, 2, 4, 0, 1, 1],
        [1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0])
    add("three positives, four negatives", [0.3, 0.9, 0.6, 0.1, 0.65, 0.2, 0.5], [1, 2, 3, 1, 2, 1, 0],
        [1, 1, 1, 0, 0, 0, 0], confidence=0.9)

    # Points models: integer scores, many ties within and across classes.
    n = 300
    labels = (rng.random(n) < 0.25).astype(int)
    engagement = rng.poisson(2 + 2 * labels)
    fit = rng.integers(0, 4, n) + labels * rng.integers(0, 2, n)
    add("points scores, heavy ties", 10 * fit + 5 * engagement, 5 * np.minimum(engagement, 4) + 3 * fit, labels)

    # Continuous, correlated scores (two learners on the same leads).
    n = 800
    labels = (rng.random(n) < 0.15).astype(int)
    latent = rng.standard_normal(n) + 1.1 * labels
    add("continuous, correlated", latent + 0.6 * rng.standard_normal(n), latent + 0.9 * rng.standard_normal(n),
        labels)

    # Nearly identical models: the covariance almost cancels the variances.
    n = 400
    labels = (rng.random(n) < 0.3).astype(int)
    base = rng.standard_normal(n) + 0.8 * labels
    add("nearly identical models", base, base + 0.05 * rng.standard_normal(n), labels)

    # Rare positives, probabilities rounded to two decimals (ties at the rounding).
    n = 2000
    labels = (rng.random(n) < 0.02).astype(int)
    latent = rng.standard_normal(n) + 1.5 * labels
    prob_a = np.round(1 / (1 + np.exp(-(latent - 3))), 2)
    prob_b = np.round(1 / (1 + np.exp(-(0.5 * latent + 0.8 * rng.standard_normal(n) - 3))), 2)
    add("rare positives, rounded probabilities", prob_a, prob_b, labels, confidence=0.99)
    return cases


# --- the bootstrap replica ----------------------------------------------------------------------------

class SplitMix64:
    """leadbench's SplitMix64 (Sources/LeadBenchData/Random/SplitMix64.swift), bit for bit."""

    def __init__(self, seed: int) -> None:
        self.state = seed & MASK64

    def next(self) -> int:
        self.state = (self.state + GAMMA) & MASK64
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK64
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK64
        return z ^ (z >> 31)

    def below(self, bound: int) -> int:
        """A draw in 0..<bound: the high word of next() * bound (Lemire's multiply, no rejection)."""
        return (self.next() * bound) >> 64


def resample_generator(seed: int, b: int) -> SplitMix64:
    """Resample b's own generator, seeded with output b of SplitMix64(seed) (so b-th streams don't overlap)."""
    return SplitMix64(SplitMix64((seed + b * GAMMA) & MASK64).next())


def design_strata(n: int, labels: list[int] | None, clusters: list[int] | None) -> list[list[list[int]]]:
    """Strata → units → rows, in leadbench's documented order.

    Units are rows, or clusters in order of first appearance (rows in row order). With outcomes, stratum 0
    holds the units without a positive and stratum 1 the units with at least one; empty strata are dropped.
    """
    if clusters is None:
        units = [[i] for i in range(n)]
    else:
        index: dict[int, int] = {}
        units = []
        for row, cluster in enumerate(clusters):
            if cluster not in index:
                index[cluster] = len(units)
                units.append([])
            units[index[cluster]].append(row)
    if labels is None:
        return [units]
    strata = [[u for u in units if not any(labels[r] for r in u)], [u for u in units if any(labels[r] for r in u)]]
    return [s for s in strata if s]


def resample_indices(strata: list[list[list[int]]], seed: int, b: int) -> list[int]:
    rng = resample_generator(seed, b)
    rows: list[int] = []
    for stratum in strata:
        for _ in range(len(stratum)):
            rows.extend(stratum[rng.below(len(stratum))])
    return rows


def mean_statistic(values: list[float]):
    def statistic(rows: list[int]):
        total = 0.0
        for r in rows:
            total += values[r]
        return total / len(rows)
    return statistic


def auc_statistic(scores: list[float], labels: list[int]):
    def statistic(rows: list[int]):
        x = np.array([scores[r] for r in rows if labels[r] == 1])
        y = np.array([scores[r] for r in rows if labels[r] == 0])
        if x.size == 0 or y.size == 0:
            return None
        return float(((x[:, None] > y[None, :]) + 0.5 * (x[:, None] == y[None, :])).mean())
    return statistic


def percentile_interval(values: list[float], confidence: float) -> tuple[float, float]:
    alpha = 1 - confidence
    ordered = np.sort(np.asarray(values))
    return float(np.quantile(ordered, alpha / 2)), float(np.quantile(ordered, 1 - alpha / 2))


def bootstrap_case(name, n, labels, clusters, seed, resamples, confidence, statistic, second=None) -> dict:
    """Labels given means stratified by outcome; None means unstratified."""
    strata = design_strata(n, labels, clusters)
    full = list(range(n))
    used, skipped = [], 0
    for b in range(resamples):
        rows = resample_indices(strata, seed, b)
        a = statistic(rows)
        c = second(rows) if second else 0.0
        if a is None or c is None:
            skipped += 1
            continue
        used.append(a - c if second else a)
    lower, upper = percentile_interval(used, confidence)
    estimate = statistic(full) - (second(full) if second else 0.0)
    return {"name": name, "stratified": labels is not None, "clustered": clusters is not None, "seed": seed, "resamples": resamples, "confidence": confidence,
            "estimate": estimate, "lower": lower, "upper": upper, "used": len(used), "skipped": skipped,
            "first_resample": resample_indices(strata, seed, 0)}


def bootstrap_section(rng: np.random.Generator) -> dict:
    n = 90
    values = [float(v) for v in np.round(rng.gamma(2.0, 15.0, n), 3)]
    labels = [int(v) for v in (rng.random(n) < 0.3)]
    clusters = [int(v) for v in rng.integers(0, 24, n)]
    latent = np.asarray(labels) * 0.9 + rng.standard_normal(n)
    first = [float(v) for v in np.round(latent + 0.7 * rng.standard_normal(n), 2)]
    second = [float(v) for v in np.round(latent + 1.2 * rng.standard_normal(n), 1)]
    small_labels = [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0]
    small_scores = [0.9, 0.1, 0.4, 0.35, 0.8, 0.7, 0.2, 0.3, 0.5, 0.05, 0.6, 0.15]
    cases = [
        bootstrap_case("mean, unstratified", n, None, None, 7, 200, 0.95, mean_statistic(values)),
        bootstrap_case("mean, stratified", n, labels, None, 8, 150, 0.9, mean_statistic(values)),
        bootstrap_case("auc, stratified", n, labels, None, 11, 120, 0.95, auc_statistic(first, labels)),
        bootstrap_case("auc, clustered and stratified", n, labels, clusters, 2024, 120, 0.9,
                       auc_statistic(first, labels)),
        bootstrap_case("mean, clustered unstratified", n, None, clusters, 99, 150, 0.95, mean_statistic(values)),
        bootstrap_case("paired auc difference, clustered and stratified", n, labels, clusters, 5, 120, 0.95,
                       auc_statistic(first, labels), auc_statistic(second, labels)),
    ]
    small = bootstrap_case("auc, unstratified, few positives", 12, None, None, 3, 200, 0.95,
                           auc_statistic(small_scores, small_labels))
    return {"values": values, "labels": labels, "clusters": clusters, "first": first, "second": second,
            "cases": cases, "small_labels": small_labels, "small_scores": small_scores, "small_case": small}


def main() -> None:
    rng = np.random.default_rng(SEED)
    ztests, wilson, newcombe = proportions_sections()
    golden = {
        "generator": "Scripts/golden/stats_golden.py",
        "seed": SEED,
        "versions": {
            "python": platform.python_version(), "numpy": np.__version__, "scipy": scipy.__version__,
            "statsmodels": statsmodels.__version__,
        },
        "quantile": quantile_cases(rng),
        "normal": normal_section(),
        "binomial": binomial_section(),
        "mcnemar": mcnemar_section(),
        "two_proportion_ztest": ztests,
        "wilson": wilson,
        "newcombe": newcombe,
        "delong": delong_section(rng),
        "bootstrap": bootstrap_section(rng),
    }
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "golden.json").write_text(json.dumps(golden, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT / 'golden.json'}")


if __name__ == "__main__":
    main()
