#!/usr/bin/env python3
"""Writes fixtures/ab-live/: a synthetic live A/B test of two scoring models, for the sample report of
`leadbench ab analyze` (Scripts/make-sample-reports.sh) and its test.

Six weeks from 2025-09-01; about 150 accounts a day enter the test, assigned 50/50 by the MD5 rule
leadbench documents (first 8 bytes of MD5("salt:unit") big-endian / 2^64 against the cumulative
weights). Qualified accounts convert at 8 % in the control (points) and 10 % in the challenger
(logistic), 0 to 20 days after entering; a conversion after the last day is not observed yet.

Python standard library only; random.Random(2025) is Mersenne Twister, the same on every Python 3.
"""
import datetime
import hashlib
import os
import random

SALT = "live-2025"
WEIGHTS = [("control", 0.5), ("challenger", 0.5)]
RATES = {"control": 0.08, "challenger": 0.10}
START = datetime.date(2025, 9, 1)
DAYS = 42


def arm(unit: str) -> str:
    u = int.from_bytes(hashlib.md5(f"{SALT}:{unit}".encode()).digest()[:8], "big") / 2**64
    cumulative = 0.0
    for name, weight in WEIGHTS:
        cumulative += weight
        if u < cumulative:
            return name
    return WEIGHTS[-1][0]


def main() -> None:
    rng = random.Random(2025)
    out = os.path.join(os.path.dirname(__file__), "..", "fixtures", "ab-live")
    os.makedirs(out, exist_ok=True)
    end = START + datetime.timedelta(days=DAYS - 1)
    assignments = ["unit,arm,assigned_at"]
    outcomes = ["unit,converted,converted_at"]
    unit = 0
    for day in range(DAYS):
        date = START + datetime.timedelta(days=day)
        for _ in range(rng.randint(120, 180)):
            unit += 1
            name = f"acct-{unit:05d}"
            chosen = arm(name)
            assignments.append(f"{name},{chosen},{date.isoformat()}")
            converted_on = None
            if rng.random() < RATES[chosen]:
                converted_on = date + datetime.timedelta(days=rng.randint(0, 20))
            if converted_on is not None and converted_on <= end:
                outcomes.append(f"{name},1,{converted_on.isoformat()}")
            else:
                outcomes.append(f"{name},0,")
    with open(os.path.join(out, "assignments.csv"), "w") as f:
        f.write("\n".join(assignments) + "\n")
    with open(os.path.join(out, "outcomes.csv"), "w") as f:
        f.write("\n".join(outcomes) + "\n")


if __name__ == "__main__":
    main()
