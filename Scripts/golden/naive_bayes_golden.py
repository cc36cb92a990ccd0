#!/usr/bin/env python3
"""Golden values for leadbench's Odoo-style naive Bayes preset (kind: naive_bayes).

Writes a seeded synthetic set of leads with three categorical fields and an outcome, and
scikit-learn's CategoricalNB probabilities on the held-out leads, which the Swift tests
(Tests/LeadBenchModelsTests/NaiveBayesGoldenTests.swift) compare against without needing Python:

    fixtures/golden/naive_bayes/leads.csv    id, created, won, Source, Region, Plan, set (train/test)
    fixtures/golden/naive_bayes/golden.json  library versions, and per smoothing alpha the probability
                                             of conversion (predict_proba[:, 1]) of each test lead

Run from the package root (the virtual environment lives outside the package):

    python3 -m venv /tmp/venv-golden
    /tmp/venv-golden/bin/pip install -r Scripts/golden/requirements-naive-bayes.txt
    /tmp/venv-golden/bin/python Scripts/golden/naive_bayes_golden.py

CategoricalNB(alpha=a, fit_prior=True) computes P(v | c) = (N_cv + a) / (N_c + a * K) with K the
field's categories in training, and the class prior N_c / N: leadbench's formula with smoothing a
(1 is Laplace smoothing; Odoo adds 0.1). Every test category also occurs in training, and no value is
missing, so the two models see the same evidence.
"""

from __future__ import annotations

import json
import platform
from pathlib import Path

import numpy as np
import scipy
import sklearn
from sklearn.naive_bayes import CategoricalNB
from sklearn.preprocessing import OrdinalEncoder

SEED = 20_251_124
TRAIN_ROWS = 600
TEST_ROWS = 200
ALPHAS = [1.0, 0.1]

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "fixtures" / "golden" / "naive_bayes"

FIELDS = {
    "Source": ["Organic", "Paid", "Referral", "Event", "Partner"],
    "Region": ["North", "South", "East", "West"],
    "Plan": ["Free", "Team", "Enterprise"],
}
# Log-odds of conversion per value, so the fields carry signal.
EFFECT = {
    "Source": [0.0, -0.4, 1.0, 0.5, 0.8],
    "Region": [0.2, -0.3, 0.0, 0.1],
    "Plan": [-0.8, 0.3, 1.1],
}


def main() -> None:
    rng = np.random.default_rng(SEED)
    rows = TRAIN_ROWS + TEST_ROWS
    codes = {name: rng.integers(0, len(values), rows) for name, values in FIELDS.items()}
    logit = -1.8 + sum(np.array(EFFECT[name])[codes[name]] for name in FIELDS)
    won = rng.random(rows) < 1 / (1 + np.exp(-logit))

    OUT.mkdir(parents=True, exist_ok=True)
    lines = ["id,created,won," + ",".join(FIELDS) + ",set"]
    for i in range(rows):
        values = [FIELDS[name][codes[name][i]] for name in FIELDS]
        outcome = "2025-03-01T00:00:00Z" if won[i] else ""
        split = "train" if i < TRAIN_ROWS else "test"
        lines.append(f"G{i:04d},2025-01-01T00:00:00Z,{outcome}," + ",".join(values) + f",{split}")
    (OUT / "leads.csv").write_text("\n".join(lines) + "\n")

    x = np.column_stack([np.array(FIELDS[name], dtype=object)[codes[name]] for name in FIELDS])
    encoder = OrdinalEncoder().fit(x[:TRAIN_ROWS])
    for column, name in zip(encoder.categories_, FIELDS):
        assert len(column) == len(FIELDS[name]), f"every {name} value occurs in training"
    train, test = encoder.transform(x[:TRAIN_ROWS]), encoder.transform(x[TRAIN_ROWS:])
    cases = []
    for alpha in ALPHAS:
        model = CategoricalNB(alpha=alpha, fit_prior=True).fit(train, won[:TRAIN_ROWS])
        cases.append({"alpha": alpha, "probabilities": [float(p) for p in model.predict_proba(test)[:, 1]]})
    golden = {
        "versions": {"python": platform.python_version(), "numpy": np.__version__, "scipy": scipy.__version__, "scikit-learn": sklearn.__version__},
        "seed": SEED,
        "train_rows": TRAIN_ROWS,
        "train_converted": int(won[:TRAIN_ROWS].sum()),
        "fields": list(FIELDS),
        "cases": cases,
    }
    (OUT / "golden.json").write_text(json.dumps(golden, indent=2, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
