#!/usr/bin/env python3
"""The scikit-learn peer of experiments/xeducation.yaml: the logistic regression a data scientist would
write with pandas and scikit-learn, on the same leads, the same split and the same columns as leadbench.

The split comes from leadbench's own audit trail (the test leads of `leadbench run ... --out DIR` are the
rows of DIR/scores.csv), so both sides learn from and are measured on exactly the same leads. The columns
follow the experiment file: "Select" and blanks are missing, "google" is "Google", and the excluded
columns (Lead Number, Tags, Lead Quality, Last Notable Activity, Last Activity) are dropped.

The pipeline is the textbook one, not a copy of leadbench's features:
    numbers       SimpleImputer(mean, add_indicator=True) then StandardScaler
    text columns  OneHotEncoder(min_frequency=10, handle_unknown="infrequent_if_exist"), missing as a
                  category of its own
    model         LogisticRegression(C=1.0) (leadbench's l2: 1.0 is λ = 1/C), lbfgs, max_iter=5000

Writes fixtures/golden/peers/xeducation.json: library versions, the split's fingerprint (count and
FNV-1a hash of the sorted test lead ids) and scikit-learn's test AUC. The Swift test
(Tests/LeadBenchReplayTests/XEducationPeerTests.swift) checks that leadbench's split still has that
fingerprint and that leadbench's logistic AUC is within 0.01 of scikit-learn's.

Run from the package root:

    swift run -c release leadbench run experiments/xeducation.yaml --out /tmp/xeducation-run
    python3 -m venv /tmp/venv-peer
    /tmp/venv-peer/bin/pip install -r Scripts/peers/requirements-xeducation.txt
    /tmp/venv-peer/bin/python Scripts/peers/xeducation_sklearn.py /tmp/xeducation-run/scores.csv
"""

import json
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import sklearn
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

ROOT = Path(__file__).resolve().parents[2]
LEADS = ROOT.parent / "shared" / "datasets" / "xeducation-leads" / "Leads.csv"
OUT = ROOT / "fixtures" / "golden" / "peers" / "xeducation.json"
EXCLUDED = ["Lead Number", "Tags", "Lead Quality", "Last Notable Activity", "Last Activity"]


def fnv1a64(data: bytes) -> str:
    """FNV-1a, 64 bits, as 16 hex digits: a fingerprint of the split the Swift test recomputes."""
    h = 0xCBF29CE484222325
    for byte in data:
        h = ((h ^ byte) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return f"{h:016x}"


def main(scores_csv: str) -> None:
    leads = pd.read_csv(LEADS, na_values=["Select"], keep_default_na=True, dtype={"Prospect ID": str})
    leads["Lead Source"] = leads["Lead Source"].replace({"google": "Google"})
    audit = pd.read_csv(scores_csv, dtype={"lead_id": str})
    test_ids = sorted(audit.loc[audit["model"] == "logistic", "lead_id"].unique())
    fingerprint = fnv1a64("\n".join(test_ids).encode())

    y = leads["Converted"].astype(int).to_numpy()
    features = leads.drop(columns=["Prospect ID", "Converted"] + EXCLUDED)
    is_test = leads["Prospect ID"].isin(set(test_ids)).to_numpy()
    numeric = [c for c in features.columns if pd.api.types.is_numeric_dtype(features[c])]
    text = [c for c in features.columns if c not in numeric]
    features[text] = features[text].astype(object).where(features[text].notna(), "(missing)")

    model = Pipeline([
        ("features", ColumnTransformer([
            ("numbers", make_pipeline(SimpleImputer(strategy="mean", add_indicator=True), StandardScaler()), numeric),
            ("text", OneHotEncoder(min_frequency=10, handle_unknown="infrequent_if_exist"), text),
        ])),
        ("logistic", LogisticRegression(C=1.0, max_iter=5000)),
    ])
    model.fit(features[~is_test], y[~is_test])
    auc = roc_auc_score(y[is_test], model.predict_proba(features[is_test])[:, 1])

    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps({
        "versions": {"numpy": np.__version__, "pandas": pd.__version__, "scikit-learn": sklearn.__version__},
        "test_leads": len(test_ids),
        "test_ids_fnv1a64": fingerprint,
        "training_leads": int((~is_test).sum()),
        "numeric_columns": numeric,
        "text_columns": text,
        "logistic_auc": auc,
    }, indent=2, sort_keys=True) + "\n")
    print(f"scikit-learn logistic AUC {auc:.4f} on {len(test_ids)} test leads → {OUT}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: xeducation_sklearn.py RUN_FOLDER/scores.csv")
    main(sys.argv[1])
