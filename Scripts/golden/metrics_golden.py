#!/usr/bin/env python3
"""Golden values for leadbench's metric functions (LeadBenchMetrics), from scikit-learn and SciPy.

Writes seeded score/label fixtures with heavy ties (header `score,label`; label 1 = converted) and, for
each, the values of scikit-learn's and SciPy's metrics to `golden.json`. The Swift tests
(`Golden*Tests` in Tests/LeadBenchMetricsTests) read the same files and need no Python.

    python3 -m venv /tmp/venv-metrics
    /tmp/venv-metrics/bin/pip install -r Scripts/golden/requirements-metrics.txt
    /tmp/venv-metrics/bin/python Scripts/golden/metrics_golden.py        # from the package root

The metrics are computed on the data as read back from the CSV files, so Python and Swift see exactly
the same numbers. Re-running with the pinned versions reproduces the files byte for byte.

Lift by decile, cumulative gains and capture rates have no scikit-learn counterpart; `rule_reference`
holds them from an independent NumPy implementation of leadbench's documented tie rule (linear
interpolation of the cumulative-conversions curve between tie-group ends), not from a library.
"""

import csv
import json
import math
import platform
import warnings
from pathlib import Path

import numpy as np
import scipy
import sklearn
from scipy.stats import ks_2samp
from sklearn.calibration import calibration_curve
from sklearn.metrics import (
    average_precision_score,
    brier_score_loss,
    f1_score,
    log_loss,
    precision_recall_curve,
    precision_score,
    recall_score,
    roc_auc_score,
    roc_curve,
)

SEED = 20250611
ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "fixtures" / "golden" / "metrics"
CALIBRATION_BINS = [10, 5, 7]
CAPTURE_FRACTIONS = [0.05, 0.1, 0.25, 1 / 3, 0.5, 0.9]


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def ties_500(rng):
    """500 leads, scores rounded to one decimal (11 distinct values), ~15% converted."""
    z = rng.normal(0.0, 1.0, 500)
    label = (rng.random(500) < sigmoid(-2.1 + 1.3 * z)).astype(int)
    score = np.round(sigmoid(-1.0 + 1.1 * z + rng.normal(0.0, 0.6, 500)), 1)
    return score, label


def probabilities_1000(rng):
    """1,000 probabilities rounded to two decimals (many exactly on calibration bin edges), ~20%
    converted, with exact 0s and 1s, some of them confident mistakes that log loss must clip."""
    z = rng.normal(0.0, 1.0, 1000)
    p_true = sigmoid(-1.6 + 1.2 * z)
    label = (rng.random(1000) < p_true).astype(int)
    score = np.round(np.clip(sigmoid(-1.4 + 1.0 * z + rng.normal(0.0, 0.4, 1000)), 0, 1), 2)
    score[:6] = [0.0, 1.0, 0.0, 1.0, 0.3, 0.7]
    label[:6] = [1, 0, 0, 1, 0, 1]  # two confident mistakes, two confident hits
    return score, label


def all_tied_40(rng):
    """40 leads with the same score, 10 converted: AUC ½, no ranking at all."""
    label = np.zeros(40, dtype=int)
    label[rng.choice(40, 10, replace=False)] = 1
    return np.full(40, 0.5), label


def logits_10000(rng):
    """10,000 raw model scores (log-odds, not probabilities) rounded to two decimals: some ties,
    more than 200 distinct values, ~8% converted."""
    z = rng.normal(0.0, 1.0, 10000)
    label = (rng.random(10000) < sigmoid(-2.9 + 1.1 * z)).astype(int)
    score = np.round(-2.5 + 1.0 * z + rng.normal(0.0, 0.8, 10000), 2)
    return score, label


def toy_4(rng):
    """scikit-learn's documentation example."""
    return np.array([0.1, 0.4, 0.35, 0.8]), np.array([0, 0, 1, 1])


FIXTURES = [
    ("toy_4", toy_4),
    ("ties_500", ties_500),
    ("probabilities_1000", probabilities_1000),
    ("all_tied_40", all_tied_40),
    ("logits_10000", logits_10000),
]


def field(value: float) -> str:
    return repr(float(value)) if value != int(value) else str(int(value))


def write_csv(path: Path, score, label) -> None:
    with path.open("w", newline="") as f:
        f.write("score,label\n")
        for s, y in zip(score, label):
            f.write(f"{field(s)},{int(y)}\n")


def read_csv(path: Path):
    with path.open(newline="") as f:
        reader = csv.reader(f)
        assert next(reader) == ["score", "label"]
        rows = [(float(s), int(y)) for s, y in reader]
    return np.array([r[0] for r in rows]), np.array([r[1] for r in rows])


def floats(values):
    """A JSON list; infinities as the strings "Infinity"/"-Infinity" (JSON has no such numbers)."""
    out = []
    for v in values:
        v = float(v)
        out.append("Infinity" if v == math.inf else "-Infinity" if v == -math.inf else v)
    return out


def nan_to_none(v: float):
    return None if math.isnan(v) else float(v)


def threshold_cases(score, label):
    """sklearn precision/recall/F1 at a few thresholds (qualified = score >= threshold); NaN -> null."""
    distinct = np.unique(score)
    candidates = [distinct[0], distinct[len(distinct) // 2], distinct[-1], float(np.median(score)),
                  distinct[-1] + 1.0]
    cases = []
    base_rate = label.mean()
    for t in sorted(set(float(c) for c in candidates)):
        pred = (score >= t).astype(int)
        precision = precision_score(label, pred, zero_division=np.nan)
        cases.append({
            "threshold": t,
            "tp": int(((pred == 1) & (label == 1)).sum()),
            "fp": int(((pred == 1) & (label == 0)).sum()),
            "fn": int(((pred == 0) & (label == 1)).sum()),
            "tn": int(((pred == 0) & (label == 0)).sum()),
            "precision": nan_to_none(precision),
            "recall": nan_to_none(recall_score(label, pred, zero_division=np.nan)),
            "f1": nan_to_none(f1_score(label, pred, zero_division=np.nan)),
            "lift": nan_to_none(precision / base_rate),
        })
    return cases


def rule_reference(score, label, groups=10):
    """leadbench's fractional tie rule, implemented independently: the cumulative conversions as a
    function of rank are linear inside each run of tied scores, so interpolate between run ends."""
    n = len(score)
    values, inverse = np.unique(-score, return_inverse=True)  # ascending -score = descending score
    sizes = np.bincount(inverse)
    conversions = np.bincount(inverse, weights=label)
    ends = np.concatenate([[0], np.cumsum(sizes)])
    cum = np.concatenate([[0.0], np.cumsum(conversions)])

    def above(rank):
        return np.interp(rank, ends, cum)

    cuts = np.array([k * n / groups for k in range(groups + 1)])
    captured = above(cuts)
    per_group = np.diff(captured)
    base_rate = label.mean()
    return {
        "groups": groups,
        "conversions": floats(per_group),
        "lift": floats(per_group / (n / groups) / base_rate),
        "cumulative_gains": floats(captured[1:] / label.sum()),
        "capture": [{"fraction": f, "capture": float(above(f * n) / label.sum())} for f in CAPTURE_FRACTIONS],
    }


def curve(arrays, names):
    return {name: floats(a) for name, a in zip(names, arrays)}


def metrics(score, label):
    is_probability = bool(score.min() >= 0 and score.max() <= 1)
    pos, neg = score[label == 1], score[label == 0]
    out = {
        "rows": int(len(score)),
        "positives": int(label.sum()),
        "distinct_scores": int(len(np.unique(score))),
        "is_probability": is_probability,
        "roc_auc": float(roc_auc_score(label, score)),
        "roc_curve": curve(roc_curve(label, score), ["fpr", "tpr", "thresholds"]),
        "average_precision": float(average_precision_score(label, score)),
        "pr_curve": curve(precision_recall_curve(label, score), ["precision", "recall", "thresholds"]),
        "pr_curve_drop_intermediate": curve(
            precision_recall_curve(label, score, drop_intermediate=True), ["precision", "recall", "thresholds"]),
        "ks_statistic": float(ks_2samp(pos, neg).statistic),
        "thresholds": threshold_cases(score, label),
        "rule_reference": rule_reference(score, label),
    }
    if is_probability:
        out["brier"] = float(brier_score_loss(label, score))
        out["log_loss"] = float(log_loss(label, score))
        out["calibration_curves"] = []
        for bins in CALIBRATION_BINS:
            prob_true, prob_pred = calibration_curve(label, score, n_bins=bins, strategy="uniform")
            out["calibration_curves"].append({"bins": bins, "prob_true": floats(prob_true), "prob_pred": floats(prob_pred)})
    return out


def main() -> None:
    warnings.simplefilter("error")  # no metric may silently hit an undefined case
    rng = np.random.default_rng(SEED)
    OUT.mkdir(parents=True, exist_ok=True)
    fixtures = []
    for name, make in FIXTURES:
        score, label = make(rng)
        path = OUT / f"{name}.csv"
        write_csv(path, score, label)
        score, label = read_csv(path)
        entry = {"name": name, "file": path.name}
        entry.update(metrics(score, label))
        fixtures.append(entry)
        print(f"{name}: {entry['rows']} rows, {entry['positives']} converted, {entry['distinct_scores']} distinct; "
              f"AUC {entry['roc_auc']:.6f}, AP {entry['average_precision']:.6f}, KS {entry['ks_statistic']:.6f}")
    golden = {
        "generator": "Scripts/golden/metrics_golden.py",
        "versions": {
            "python": platform.python_version(),
            "numpy": np.__version__,
            "scipy": scipy.__version__,
            "scikit-learn": sklearn.__version__,
        },
        "seed": SEED,
        "notes": {
            "roc_curve": "drop_intermediate=True (the default)",
            "pr_curve": "drop_intermediate=False (the default in this version)",
            "log_loss": "y_proba clipped to [eps, 1 - eps], eps = np.finfo(float64).eps (no eps parameter)",
            "calibration_curve": "strategy='uniform'",
            "ks_statistic": "scipy.stats.ks_2samp(scores of converted, scores of others).statistic",
            "thresholds": "qualified = score >= threshold; precision/recall/f1 with zero_division=np.nan, NaN -> null",
            "rule_reference": "not a library: leadbench's fractional tie rule in NumPy (np.interp over tie-run ends)",
        },
        "fixtures": fixtures,
    }
    with (OUT / "golden.json").open("w") as f:
        json.dump(golden, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
