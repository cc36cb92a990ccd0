#!/usr/bin/env python3
"""Golden values for leadbench's L2-regularised logistic regression learner.

Writes a seeded synthetic lead-scoring data set and scikit-learn's fits on it, which the Swift tests
(Tests/LeadBenchModelsTests/LogisticGoldenTests.swift) compare against without needing Python:

    fixtures/golden/logistic/train.csv    feature columns..., label (0/1)
    fixtures/golden/logistic/test.csv     the same columns, held out
    fixtures/golden/logistic/golden.json  library versions, and per case: C, l2 = 1/C, sample weights,
                                          intercept, coefficients, predict_proba[:, 1] on test.csv

Run from the package root (the virtual environment lives outside the package):

    python3 -m venv /tmp/venv-golden
    /tmp/venv-golden/bin/pip install -r Scripts/golden/requirements.txt
    /tmp/venv-golden/bin/python Scripts/golden/logistic_golden.py

The output is deterministic for the pinned versions: rerunning it rewrites identical files.

The objective scikit-learn minimises for binary L2 logistic regression with an intercept is
    C * sum_i s_i * [log(1 + exp(z_i)) - y_i z_i] + 0.5 * ||w||^2,   z_i = b + w . x_i,
which is leadbench's J(w, b) = sum_i s_i [log(1 + exp(z_i)) - y_i z_i] + (l2 / 2) ||w||^2 times C,
with l2 = 1 / C; both have the same minimiser. C = inf is the unpenalised fit (l2 = 0).
"""

from __future__ import annotations

import hashlib
import json
import math
import platform
import sys
from pathlib import Path

import numpy as np
import scipy
import sklearn
from sklearn.linear_model import LogisticRegression

SEED = 20_250_611
TRAIN_ROWS = 800
TEST_ROWS = 300
TARGET_POSITIVE_RATE = 0.20

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "fixtures" / "golden" / "logistic"

# Numeric columns are standardised with the training rows' mean and standard deviation.
NUMERIC = ["engagement_z", "email_opens_z", "web_visits_z", "company_size_z", "days_since_contact_z", "budget_z"]
BINARY = ["source_web", "source_referral", "source_event", "title_vp", "budget_missing"]
FEATURES = [
    "engagement_z", "email_opens_z", "web_visits_z", "company_size_z", "days_since_contact_z",
    "source_web", "source_referral", "source_event", "title_vp", "budget_z", "budget_missing",
]
# The true log-odds weights the labels are drawn from (the intercept is solved for the target rate).
TRUE_WEIGHTS = {
    "engagement_z": 0.9, "email_opens_z": 0.35, "web_visits_z": 0.2, "company_size_z": 0.4,
    "days_since_contact_z": -0.5, "source_web": 0.3, "source_referral": 0.8, "source_event": 0.5,
    "title_vp": 0.7, "budget_z": 0.45, "budget_missing": -0.35,
}

CASES = [
    {"name": "C=0.01", "C": 0.01, "positive_weight": None},
    {"name": "C=1", "C": 1.0, "positive_weight": None},
    {"name": "C=100", "C": 100.0, "positive_weight": None},
    {"name": "C=1, positives x3", "C": 1.0, "positive_weight": 3.0},
    {"name": "unpenalised", "C": math.inf, "positive_weight": None},
]


def raw_rows(rng: np.random.Generator, n: int) -> dict[str, np.ndarray]:
    """Unstandardised columns: correlated engagement signals, skewed sizes, one-hot source, missing budget."""
    engagement = rng.standard_normal(n)
    opens = np.round(np.exp(1.2 + 0.6 * (0.8 * engagement + 0.6 * rng.standard_normal(n))))
    visits = rng.poisson(np.exp(1.0 + 0.5 * (0.6 * engagement + 0.8 * rng.standard_normal(n))))
    size = np.log(np.round(np.exp(rng.normal(4.0, 1.3, n))) + 1.0)
    days = rng.exponential(20.0, n) - 0.15 * 10.0 * engagement
    source = rng.choice(4, size=n, p=[0.2, 0.45, 0.2, 0.15])  # paid (baseline), web, referral, event
    vp = (rng.random(n) < 0.15).astype(float)
    budget = np.log1p(np.exp(rng.normal(10.0, 0.8, n) + 0.3 * (size - 4.0)))
    missing = (rng.random(n) < 0.3).astype(float)
    return {
        "engagement_z": engagement, "email_opens_z": np.log1p(opens), "web_visits_z": np.log1p(visits),
        "company_size_z": size, "days_since_contact_z": days,
        "source_web": (source == 1).astype(float), "source_referral": (source == 2).astype(float),
        "source_event": (source == 3).astype(float), "title_vp": vp,
        "budget_z": budget, "budget_missing": missing,
    }


def standardise(train: dict[str, np.ndarray], test: dict[str, np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """Z-scores numerics with the training statistics; a missing budget becomes 0 (the mean) plus its flag."""
    for column in NUMERIC:
        present = train["budget_missing"] == 0 if column == "budget_z" else np.ones_like(train[column], bool)
        mean = train[column][present].mean()
        sd = train[column][present].std()
        for part in (train, test):
            part[column] = (part[column] - mean) / sd
    for part in (train, test):
        part["budget_z"] = np.where(part["budget_missing"] == 1, 0.0, part["budget_z"])
    return (np.column_stack([train[f] for f in FEATURES]), np.column_stack([test[f] for f in FEATURES]))


def draw_labels(rng: np.random.Generator, x: np.ndarray, intercept: float) -> np.ndarray:
    logits = intercept + x @ np.array([TRUE_WEIGHTS[f] for f in FEATURES])
    return (rng.random(len(x)) < 1.0 / (1.0 + np.exp(-logits))).astype(int)


def solve_intercept(x: np.ndarray) -> float:
    """The intercept whose expected positive rate on `x` is the target, by bisection."""
    weights = np.array([TRUE_WEIGHTS[f] for f in FEATURES])
    low, high = -10.0, 10.0
    for _ in range(200):
        mid = 0.5 * (low + high)
        rate = np.mean(1.0 / (1.0 + np.exp(-(mid + x @ weights))))
        low, high = (mid, high) if rate < TARGET_POSITIVE_RATE else (low, mid)
    return 0.5 * (low + high)


def write_csv(path: Path, x: np.ndarray, y: np.ndarray) -> str:
    lines = [",".join(FEATURES + ["label"])]
    for row, label in zip(x, y):
        fields = [str(int(v)) if f in BINARY else repr(float(v)) for f, v in zip(FEATURES, row)]
        lines.append(",".join(fields + [str(int(label))]))
    text = "\n".join(lines) + "\n"
    path.write_text(text, encoding="utf-8")
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def objective_gradient(x: np.ndarray, y: np.ndarray, s: np.ndarray, l2: float, b: float, w: np.ndarray) -> np.ndarray:
    """The gradient of leadbench's J at (b, w): sum_i s_i (p_i - y_i) (1, x_i) + (0, l2 w)."""
    z = b + x @ w
    residual = s * (0.5 * (1.0 + np.tanh(0.5 * z)) - y)
    return np.concatenate([[residual.sum()], x.T @ residual + l2 * w])


def fit_case(case: dict, x: np.ndarray, y: np.ndarray, x_test: np.ndarray) -> dict:
    c = case["C"]
    s = np.ones(len(y)) if case["positive_weight"] is None else np.where(y == 1, case["positive_weight"], 1.0)
    model = LogisticRegression(C=c, l1_ratio=0.0, solver="lbfgs", tol=1e-12, max_iter=100_000)
    model.fit(x, y, sample_weight=s)
    b, w = float(model.intercept_[0]), model.coef_[0].astype(float)
    l2 = 0.0 if math.isinf(c) else 1.0 / c
    # Diagnostics of how exact the golden values are: J's gradient at scikit-learn's solution, and the
    # distance to the newton-cholesky solver's answer for the same problem.
    reference = LogisticRegression(C=c, l1_ratio=0.0, solver="newton-cholesky", tol=1e-14, max_iter=1000)
    reference.fit(x, y, sample_weight=s)
    gap = max(abs(float(reference.intercept_[0]) - b), float(np.max(np.abs(reference.coef_[0] - w))))
    return {
        "name": case["name"],
        "C": None if math.isinf(c) else c,
        "l2": l2,
        "positive_weight": case["positive_weight"],
        "intercept": b,
        "coefficients": [float(v) for v in w],
        "test_probabilities": [float(p) for p in model.predict_proba(x_test)[:, 1]],
        "sklearn_iterations": int(model.n_iter_[0]),
        "gradient_max_abs_at_solution": float(np.max(np.abs(objective_gradient(x, y, s, l2, b, w)))),
        "newton_cholesky_max_abs_difference": gap,
    }


def main() -> None:
    rng = np.random.default_rng(SEED)
    train_raw = raw_rows(rng, TRAIN_ROWS)
    test_raw = raw_rows(rng, TEST_ROWS)
    x_train, x_test = standardise(train_raw, test_raw)
    intercept = solve_intercept(np.vstack([x_train, x_test]))
    y_train = draw_labels(rng, x_train, intercept)
    y_test = draw_labels(rng, x_test, intercept)

    OUT.mkdir(parents=True, exist_ok=True)
    train_sha = write_csv(OUT / "train.csv", x_train, y_train)
    test_sha = write_csv(OUT / "test.csv", x_test, y_test)

    golden = {
        "generator": "Scripts/golden/logistic_golden.py",
        "versions": {
            "python": platform.python_version(),
            "numpy": np.__version__,
            "scipy": scipy.__version__,
            "scikit-learn": sklearn.__version__,
        },
        "estimator": 'LogisticRegression(C=C, l1_ratio=0.0, solver="lbfgs", tol=1e-12, max_iter=100000)',
        "objective": "C * sum_i s_i [log(1 + e^z_i) - y_i z_i] + 0.5 ||w||^2, z_i = b + w.x_i; l2 = 1/C",
        "seed": SEED,
        "features": FEATURES,
        "train": {"file": "train.csv", "rows": TRAIN_ROWS, "positives": int(y_train.sum()), "sha256": train_sha},
        "test": {"file": "test.csv", "rows": TEST_ROWS, "positives": int(y_test.sum()), "sha256": test_sha},
        "cases": [fit_case(case, x_train, y_train, x_test) for case in CASES],
    }
    (OUT / "golden.json").write_text(json.dumps(golden, indent=2) + "\n", encoding="utf-8")
    for case in golden["cases"]:
        print(f"{case['name']:>20}: intercept {case['intercept']:+.6f}, sklearn iterations {case['sklearn_iterations']}, "
              f"|grad J| {case['gradient_max_abs_at_solution']:.2e}, vs newton-cholesky {case['newton_cholesky_max_abs_difference']:.2e}")
    print(f"train positives {int(y_train.sum())}/{TRAIN_ROWS}, test positives {int(y_test.sum())}/{TEST_ROWS}; "
          f"wrote {OUT.relative_to(ROOT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
