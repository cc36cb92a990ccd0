#!/usr/bin/env python3
"""Golden values for leadbench's gradient-boosted trees learner, from LightGBM.

Generates a seeded synthetic lead-scoring dataset (non-linear effects, interactions, missing values,
0/1 indicators, ~12% positives), writes it as CSV (header: the features, then `label`; an empty field is
a missing value), fits `lightgbm.train` on the training file with parameters that match leadbench's
`BoostingParameters`, and writes LightGBM's test AUC, test log loss and first test probabilities to
`golden.json`. The Swift tests (`BoostedTreesGoldenTests`) read the same files and need no Python.

    python3 -m venv /tmp/venv-trees
    /tmp/venv-trees/bin/pip install -r Scripts/golden/requirements-trees.txt
    /tmp/venv-trees/bin/python Scripts/golden/trees_golden.py          # from the package root

The model is trained on the data as read back from the CSV files, so LightGBM and leadbench see exactly
the same numbers. Re-running with the pinned versions reproduces the files byte for byte.
"""

import csv
import json
import math
import platform
import sys
from pathlib import Path

import lightgbm
import numpy as np
import sklearn
from sklearn.metrics import log_loss, roc_auc_score

SEED = 20240611
TRAIN_ROWS = 4000
TEST_ROWS = 2000
FEATURES = [
    "visits",               # web visits in the last 30 days (count, heavy-tailed)
    "days_since_contact",   # days since the last sales touch (continuous, ~10% missing)
    "company_size",         # employees (log-normal, ~15% missing)
    "email_opens",          # marketing e-mails opened (count)
    "engagement",           # a 0..1 engagement index (continuous)
    "is_vp",                # job title is VP or above (0/1)
    "had_demo",             # booked a product demo (0/1)
    "free_email",           # uses a free e-mail domain (0/1)
]

# Parameter sets: leadbench names -> LightGBM names in `lightgbm_params`.
CASES = [
    {"name": "leaves31_lr0.05_trees200",
     "trees": 200, "learningRate": 0.05, "leaves": 31, "maxDepth": None, "minDataInLeaf": 20, "l2": 0.0, "bins": 255},
    {"name": "leaves8_lr0.1_trees100_l2_1_min50",
     "trees": 100, "learningRate": 0.1, "leaves": 8, "maxDepth": None, "minDataInLeaf": 50, "l2": 1.0, "bins": 255},
    {"name": "leaves15_depth4_lr0.1_trees80_bins32",
     "trees": 80, "learningRate": 0.1, "leaves": 15, "maxDepth": 4, "minDataInLeaf": 30, "l2": 0.5, "bins": 32},
]

# An exact case: on "coarse" copies of the files, where every feature has fewer distinct values than
# bins (and `min_data_in_bin=1`), LightGBM's bins and leadbench's are the same, so one tree must agree
# to float precision (LightGBM keeps gradients as 32-bit floats). More trees drift apart: LightGBM
# checks min_data_in_leaf against counts estimated from hessians, and stops considering a feature in
# every descendant of a leaf where it had no positive-gain split; leadbench does neither.
EXACT_CASE = {"name": "coarse_one_tree_leaves15",
              "trees": 1, "learningRate": 0.1, "leaves": 15, "maxDepth": None, "minDataInLeaf": 20, "l2": 1.0, "bins": 255}

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "fixtures" / "golden" / "trees"


def generate(rng: np.random.Generator, n: int):
    """Features and labels; the label's log-odds has thresholds, interactions and missingness effects."""
    visits = np.round(rng.lognormal(mean=1.0, sigma=0.9, size=n)).clip(0, 200)
    days = np.round(rng.exponential(scale=25.0, size=n), 2)
    days_missing = rng.random(n) < 0.10
    size = np.round(np.exp(rng.normal(4.5, 1.6, size=n)))
    size_missing = rng.random(n) < 0.15
    opens = rng.poisson(lam=2.0, size=n).astype(float)
    engagement = np.round(rng.beta(2.0, 3.0, size=n), 4)
    is_vp = (rng.random(n) < 0.2).astype(float)
    had_demo = (rng.random(n) < 0.25).astype(float)
    free_email = (rng.random(n) < 0.3).astype(float)

    log_size = np.log1p(size)
    z = (
        -6.0
        + 2.2 * had_demo * (visits >= 3)                    # demo matters only for active leads
        + 1.4 * np.where(days_missing, 0.6, np.exp(-days / 15.0) * 1.5)  # recency, missing = mid
        + 1.8 * is_vp * np.where(size_missing, 0.0, (log_size > 5.0))   # senior title at a big company
        + 2.6 * np.sin(3.0 * engagement) * (engagement > 0.3)           # non-monotone engagement
        + 0.4 * np.minimum(opens, 6)
        - 1.2 * free_email * (1 - is_vp)
        + np.where(size_missing, -0.7, 0.0)
    )
    p = 1.0 / (1.0 + np.exp(-z))
    label = (rng.random(n) < p).astype(int)

    days = np.where(days_missing, np.nan, days)
    size = np.where(size_missing, np.nan, size)
    x = np.column_stack([visits, days, size, opens, engagement, is_vp, had_demo, free_email])
    return x, label


def field(value: float) -> str:
    if math.isnan(value):
        return ""
    if value == int(value):
        return str(int(value))
    return repr(float(value))


def write_csv(path: Path, x: np.ndarray, y: np.ndarray) -> None:
    with path.open("w", newline="") as f:
        f.write(",".join(FEATURES + ["label"]) + "\n")
        for row, label in zip(x, y):
            f.write(",".join(field(v) for v in row) + f",{int(label)}\n")


def read_csv(path: Path):
    with path.open(newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        assert header == FEATURES + ["label"], header
        rows = [[float(v) if v != "" else math.nan for v in r] for r in reader]
    data = np.array(rows, dtype=float)
    return data[:, :-1], data[:, -1].astype(int)


def coarse(x: np.ndarray) -> np.ndarray:
    """Whole days since contact, company size in buckets of 250 (capped at 200), engagement in percent."""
    c = x.copy()
    c[:, 1] = np.floor(x[:, 1])
    c[:, 2] = np.minimum(np.floor(x[:, 2] / 250), 200)
    c[:, 4] = np.floor(x[:, 4] * 100)
    return c


def lightgbm_params(case: dict) -> dict:
    return {
        "objective": "binary",
        "num_leaves": case["leaves"],
        "learning_rate": case["learningRate"],
        "max_depth": -1 if case["maxDepth"] is None else case["maxDepth"],
        "min_data_in_leaf": case["minDataInLeaf"],
        "lambda_l2": case["l2"],
        "max_bin": case["bins"],
        "min_sum_hessian_in_leaf": 1e-3,
        "feature_fraction": 1.0,
        "bagging_fraction": 1.0,
        "bagging_freq": 0,
        "min_gain_to_split": 0.0,
        "boost_from_average": True,
        "deterministic": True,
        "force_row_wise": True,
        "num_threads": 1,
        "seed": SEED,
        "verbose": -1,
    }


def main() -> None:
    rng = np.random.default_rng(SEED)
    x, y = generate(rng, TRAIN_ROWS + TEST_ROWS)
    OUT.mkdir(parents=True, exist_ok=True)
    write_csv(OUT / "train.csv", x[:TRAIN_ROWS], y[:TRAIN_ROWS])
    write_csv(OUT / "test.csv", x[TRAIN_ROWS:], y[TRAIN_ROWS:])

    x_train, y_train = read_csv(OUT / "train.csv")
    x_test, y_test = read_csv(OUT / "test.csv")

    cases = []
    for case in CASES:
        params = lightgbm_params(case)
        train_set = lightgbm.Dataset(x_train, label=y_train, feature_name=FEATURES, params={"max_bin": case["bins"]})
        booster = lightgbm.train(params, train_set, num_boost_round=case["trees"])
        p = booster.predict(x_test)
        cases.append({
            "name": case["name"],
            "parameters": {k: case[k] for k in ("trees", "learningRate", "leaves", "maxDepth", "minDataInLeaf", "l2", "bins")},
            "lightgbm_params": dict(params, num_boost_round=case["trees"]),
            "trees_built": booster.num_trees(),
            "test_auc": float(roc_auc_score(y_test, p)),
            "test_log_loss": float(log_loss(y_test, p)),
            "first_test_probabilities": [float(v) for v in p[:20]],
        })
        print(f"{case['name']}: AUC {cases[-1]['test_auc']:.5f}, log loss {cases[-1]['test_log_loss']:.5f}")

    write_csv(OUT / "train_coarse.csv", coarse(x_train), y_train)
    write_csv(OUT / "test_coarse.csv", coarse(x_test), y_test)
    xc_train, yc_train = read_csv(OUT / "train_coarse.csv")
    xc_test, _ = read_csv(OUT / "test_coarse.csv")
    params = dict(lightgbm_params(EXACT_CASE), min_data_in_bin=1)
    distinct = [len(np.unique(c[~np.isnan(c)])) for c in xc_train.T]
    assert max(distinct) < EXACT_CASE["bins"], distinct
    train_set = lightgbm.Dataset(xc_train, label=yc_train, feature_name=FEATURES,
                                 params={"max_bin": EXACT_CASE["bins"], "min_data_in_bin": 1})
    booster = lightgbm.train(params, train_set, num_boost_round=EXACT_CASE["trees"])
    raw = booster.predict(xc_test, raw_score=True)
    exact = {
        "name": EXACT_CASE["name"],
        "train_file": "train_coarse.csv",
        "test_file": "test_coarse.csv",
        "parameters": {k: EXACT_CASE[k] for k in ("trees", "learningRate", "leaves", "maxDepth", "minDataInLeaf", "l2", "bins")},
        "lightgbm_params": dict(params, num_boost_round=EXACT_CASE["trees"]),
        "leaves": int(booster.dump_model()["tree_info"][0]["num_leaves"]),
        "test_raw_scores": [float(f"{v:.12g}") for v in raw],
    }
    print(f"{EXACT_CASE['name']}: {exact['leaves']} leaves, distinct values per feature {distinct}")

    golden = {
        "generator": "Scripts/golden/trees_golden.py",
        "versions": {
            "python": platform.python_version(),
            "lightgbm": lightgbm.__version__,
            "numpy": np.__version__,
            "scikit-learn": sklearn.__version__,
        },
        "dataset": {
            "seed": SEED,
            "features": FEATURES,
            "train_rows": int(len(y_train)),
            "test_rows": int(len(y_test)),
            "train_positive_rate": float(y_train.mean()),
            "test_positive_rate": float(y_test.mean()),
            "missing_fraction": {name: float(np.isnan(x_train[:, i]).mean()) for i, name in enumerate(FEATURES)},
        },
        "cases": cases,
        "exact_cases": [exact],
    }
    (OUT / "golden.json").write_text(json.dumps(golden, indent=2) + "\n")
    print(f"wrote {OUT} (train positives {y_train.mean():.3f}, test positives {y_test.mean():.3f})")


if __name__ == "__main__":
    sys.exit(main())
