#!/usr/bin/env python3
"""Golden values for LeadBenchAB: assignment of units to arms, live analysis of an A/B test, power and
planning, and the always-valid sequential test.

Writes one file, which the Swift tests (Tests/LeadBenchABTests/*Tests.swift) compare against without
needing Python:

    fixtures/golden/ab/golden.json   library versions, then one section per concept, each a list of cases
                                     with their inputs and the expected values

Where the values come from:
    md5                  hashlib.md5: the RFC 1321 test suite (checked here against the RFC's digests) and
                         messages around the 55/56/64-byte padding edges
    assignment           the Python expression documented on ArmAssignment (hashlib.md5 of
                         f"{salt}:{unit_id}", the first 8 bytes big-endian / 2**64, the first arm whose running
                         weight sum exceeds u), written out below as `assign`
    incomplete_beta      scipy.special.betainc (the regularized incomplete beta function I_x(a, b))
    chi_square           scipy.stats.chi2.sf (the regularized upper incomplete gamma Q(k/2, x/2))
    analysis             per arm: statsmodels.stats.proportion.proportion_confint(method="wilson");
                         treatment vs control: confint_proportions_2indep(compare="diff", method="newcomb"),
                         confint_proportions_2indep(compare="ratio", method="log-adjusted"),
                         proportions_ztest([x_t, x_c], [n_t, n_c]) (pooled, two-sided);
                         probability to be best: scipy.integrate.quad of scipy.stats.beta.pdf(x; a_i, b_i) times
                         the product of scipy.stats.beta.cdf(x; a_j, b_j), Beta(1 + conversions,
                         1 + units - conversions) posteriors, checked here against the closed-form sum for two
                         arms (E. Miller, "Formulas for Bayesian A/B testing", 2015);
                         sample-ratio mismatch: scipy.stats.chisquare(units, total * weights)
    best_with_prior      the same quad integral with other Beta(a0, b0) priors (posteriors Beta(a0 + x, b0 + n - x))
    power                statsmodels.stats.proportion.proportion_effectsize (Cohen's h) and
                         statsmodels.stats.power.NormalIndPower().power / .solve_power (two-sided). solve_power's
                         effect size is only as precise as its root finder (about 1e-4 relative at a million
                         units), so the exact root of NormalIndPower().power(h, n) = power is stored beside it
                         (scipy.optimize.brentq, xtol 1e-300, rtol 8.9e-16); the same for the sample size
    sequential           a plain-Python replica of the mixture SPRT documented on SequentialTest, with the
                         mixture likelihood ratio checked here against scipy.integrate.quad of the normal
                         likelihood ratio over the N(0, tau^2) mixing density

Run from the package root (the virtual environment lives outside the package):

    python3 -m venv /tmp/venv-ab
    /tmp/venv-ab/bin/pip install -r Scripts/golden/requirements-ab.txt
    /tmp/venv-ab/bin/python Scripts/golden/ab_golden.py

The output is deterministic for the pinned versions: rerunning it rewrites an identical file.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import math
import platform
from pathlib import Path

import numpy as np
import scipy
import statsmodels
from scipy import integrate, optimize, special, stats
from statsmodels.stats.power import NormalIndPower
from statsmodels.stats.proportion import (
    confint_proportions_2indep,
    proportion_confint,
    proportion_effectsize,
    proportions_ztest,
)

SEED = 20_250_701
ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "fixtures" / "golden" / "ab"


# --- MD5 ----------------------------------------------------------------------------------------------

RFC_1321_SUITE = {
    "": "d41d8cd98f00b204e9800998ecf8427e",
    "a": "0cc175b9c0f1b6a831c399e269772661",
    "abc": "900150983cd24fb0d6963f7d28e17f72",
    "message digest": "f96b697d7cb7938d525a2f31aaf161d0",
    "abcdefghijklmnopqrstuvwxyz": "c3fcd3d76192e4007dfb496cca67e13b",
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789": "d174ab98d277d9f5a5611c2c9f419d9f",
    "1234567890" * 8: "57edf4a22be3c955ac49da2e2107b67a",
}


def md5_section() -> list[dict]:
    cases = []
    for message, expected in RFC_1321_SUITE.items():
        digest = hashlib.md5(message.encode("utf-8")).hexdigest()
        assert digest == expected, (message, digest)
        cases.append({"name": "RFC 1321 suite", "message": message, "hex": digest})
    extra = ["x" * n for n in (55, 56, 57, 63, 64, 65, 119, 120, 128)]
    extra += ["café ✓ Zürich 東京", "spring-2025:lead-000042", "salt:" + "0123456789abcdef" * 40]
    for message in extra:
        cases.append({"name": f"{len(message.encode('utf-8'))} UTF-8 bytes", "message": message,
                      "hex": hashlib.md5(message.encode("utf-8")).hexdigest()})
    return cases


# --- assignment ---------------------------------------------------------------------------------------

def unit_position(salt: str, unit_id: str) -> float:
    """The documented expression: u in [0, 1) from the first 8 bytes of md5(salt:unit_id), big-endian."""
    return int.from_bytes(hashlib.md5(f"{salt}:{unit_id}".encode("utf-8")).digest()[:8], "big") / 2**64


def assign(salt: str, unit_id: str, names: list[str], weights: list[float]) -> str:
    u = unit_position(salt, unit_id)
    return next((name for name, c in zip(names, itertools.accumulate(weights)) if u < c), names[-1])


ASSIGNMENT_DESIGNS = [
    ("spring-2025", ["control", "treatment"], [0.5, 0.5]),
    ("model-v2-rollout", ["control", "treatment"], [0.2, 0.8]),
    ("three-way", ["points", "engagement", "logistic"], [1 / 3, 1 / 3, 1 / 3]),
    ("unequal-four", ["a", "b", "c", "d"], [0.1, 0.2, 0.3, 0.4]),
]
UNIT_IDS = ["lead-000001", "lead-000002", "lead-000042", "00Q5e000001AbCdEAF", "acct:4711", "42", "Zoë Müller",
            "東京-7", "lead with spaces", "x" * 70]


def assignment_section() -> list[dict]:
    cases = []
    for salt, names, weights in ASSIGNMENT_DESIGNS:
        for unit_id in UNIT_IDS:
            cases.append({"salt": salt, "unit_id": unit_id, "names": names, "weights": weights,
                          "hex": hashlib.md5(f"{salt}:{unit_id}".encode("utf-8")).hexdigest(),
                          "u": unit_position(salt, unit_id), "arm": assign(salt, unit_id, names, weights)})
    return cases


# --- special functions --------------------------------------------------------------------------------

INCOMPLETE_BETA = [
    (1, 1, 0.3), (2, 3, 0.4), (0.5, 0.5, 0.2), (3.5, 2.25, 0.99), (11, 1, 0.95), (1, 151, 0.01),
    (1, 151, 0.05), (10, 190, 0.05), (100, 100, 0.5), (100, 100, 0.45), (501, 9501, 0.05), (501, 9501, 0.04),
    (501, 9501, 0.06), (5001, 95001, 0.0505), (5001, 95001, 0.049), (12001, 388001, 0.03),
    (12401, 388101, 0.0301), (4, 7, 1e-6), (4, 7, 1 - 1e-9), (1, 1, 0.0), (2, 5, 1.0),
    (30.5, 70.25, 0.31), (1e6, 1e6, 0.5005),
]

CHI_SQUARE = [
    (0.0, 1), (1e-4, 1), (0.5, 1), (3.841458820694124, 1), (10.8275661706627, 1), (40.0, 1), (150.0, 1),
    (0.3, 2), (5.991464547107979, 2), (25.0, 2), (7.5, 3), (1.2, 3), (16.0, 3), (60.0, 3), (9.0, 4),
    (2.0, 5), (40.0, 5), (8.5, 9), (31.0, 19),
]


def special_sections() -> tuple[list[dict], list[dict]]:
    beta = [{"a": a, "b": b, "x": x, "value": float(special.betainc(a, b, x))} for a, b, x in INCOMPLETE_BETA]
    chi = [{"x": x, "df": df, "sf": float(stats.chi2.sf(x, df))} for x, df in CHI_SQUARE]
    return beta, chi


# --- live analysis ------------------------------------------------------------------------------------

def probability_best_quad(arms: list[tuple[int, int]], prior: tuple[float, float] = (1, 1)) -> list[float]:
    """P(arm i has the highest rate) = integral of f_i * prod_{j != i} F_j under Beta(a0 + x, b0 + n - x)."""
    params = [(prior[0] + x, prior[1] + n - x) for n, x in arms]
    result = []
    for i, (a, b) in enumerate(params):
        others = [p for j, p in enumerate(params) if j != i]

        def integrand(t: float, a=a, b=b, others=others) -> float:
            value = stats.beta.pdf(t, a, b)
            for c, d in others:
                value *= stats.beta.cdf(t, c, d)
            return value

        low, high = float(stats.beta.ppf(1e-16, a, b)), float(stats.beta.isf(1e-16, a, b))
        breaks = sorted({min(max(c / (c + d), low), high) for c, d in params} | {a / (a + b)})
        breaks = [p for p in breaks if low < p < high]
        value, _ = integrate.quad(integrand, low, high, points=breaks or None, epsabs=1e-15, epsrel=1e-13,
                                  limit=2000)
        result.append(float(value))
    return result


def probability_second_better(first: tuple[int, int], second: tuple[int, int]) -> float:
    """Closed form of P(p_second > p_first) for Beta posteriors with an integer first parameter of `second`."""
    (n1, x1), (n2, x2) = first, second
    a1, b1, a2, b2 = 1 + x1, 1 + n1 - x1, 1 + x2, 1 + n2 - x2
    i = np.arange(a2)
    terms = (special.betaln(a1 + i, b1 + b2) - np.log(b2 + i) - special.betaln(1 + i, b2)
             - special.betaln(a1, b1))
    return float(np.sum(np.exp(terms)))


ANALYSIS_CASES = [
    # name, arms [(name, units, conversions)], weights, alpha
    ("two arms, 5 % base", [("control", 10_000, 500), ("treatment", 10_000, 560)], [0.5, 0.5], 0.05),
    ("small samples", [("control", 20, 3), ("treatment", 22, 9)], [0.5, 0.5], 0.05),
    ("unequal 20/80 split", [("control", 2_000, 90), ("treatment", 8_100, 420)], [0.2, 0.8], 0.05),
    ("zero conversions in control", [("control", 150, 0), ("treatment", 160, 4)], [0.5, 0.5], 0.05),
    ("zero conversions in treatment", [("control", 300, 12), ("treatment", 290, 0)], [0.5, 0.5], 0.1),
    ("all converted in control", [("control", 10, 10), ("treatment", 12, 7)], [0.5, 0.5], 0.05),
    ("three arms", [("points", 5_000, 250), ("engagement", 5_100, 290), ("logistic", 4_950, 240)],
     [1 / 3, 1 / 3, 1 / 3], 0.05),
    ("four arms with a sample-ratio mismatch",
     [("a", 10_000, 1_000), ("b", 10_000, 1_050), ("c", 10_000, 990), ("d", 10_700, 1_100)],
     [0.25, 0.25, 0.25, 0.25], 0.01),
    ("large samples", [("control", 400_000, 12_000), ("treatment", 400_500, 12_400)], [0.5, 0.5], 0.05),
    ("unequal weights, three arms", [("control", 5_020, 610), ("b", 2_480, 330), ("c", 2_500, 290)],
     [0.5, 0.25, 0.25], 0.05),
]


def analysis_section() -> list[dict]:
    cases = []
    for name, arms, weights, alpha in ANALYSIS_CASES:
        units = [n for _, n, _ in arms]
        per_arm = []
        for arm_name, n, x in arms:
            low, upp = proportion_confint(x, n, alpha=alpha, method="wilson")
            per_arm.append({"name": arm_name, "units": n, "conversions": x, "rate": x / n,
                            "wilson_lower": float(low), "wilson_upper": float(upp)})
        control = arms[0]
        comparisons = []
        for arm_name, n, x in arms[1:]:
            _, nc, xc = control
            d_low, d_upp = confint_proportions_2indep(x, n, xc, nc, compare="diff", method="newcomb", alpha=alpha)
            r_low, r_upp = confint_proportions_2indep(x, n, xc, nc, compare="ratio", method="log-adjusted",
                                                      alpha=alpha)
            comparison = {"treatment": arm_name, "difference": x / n - xc / nc,
                          "difference_lower": float(d_low), "difference_upper": float(d_upp),
                          "ratio_lower": float(r_low), "ratio_upper": float(r_upp)}
            if x + xc > 0 and x + xc < n + nc:  # statsmodels' pooled z is 0/0 otherwise
                z, p = proportions_ztest([x, xc], [n, nc])
                comparison["z"] = float(z)
                comparison["pvalue"] = float(p)
            comparisons.append(comparison)
        best = probability_best_quad([(n, x) for _, n, x in arms])
        assert abs(sum(best) - 1) < 1e-10, (name, sum(best))
        if len(arms) == 2:
            # The closed form sums thousands of terms, each with betaln's rounding (~1e-10 relative at
            # 400,000 units): it confirms quad to 1e-8; the stored values are quad's.
            closed = probability_second_better((arms[0][1], arms[0][2]), (arms[1][1], arms[1][2]))
            assert abs(closed - best[1]) < 1e-8, (name, closed, best[1])
        total = sum(units)
        srm = stats.chisquare(units, [total * w for w in weights])
        cases.append({"name": name, "alpha": alpha, "weights": weights, "arms": per_arm,
                      "comparisons": comparisons, "probability_best": best,
                      "srm_statistic": float(srm.statistic), "srm_pvalue": float(srm.pvalue)})
    return cases


BEST_WITH_PRIOR = [
    # prior (alpha, beta), arms [(units, conversions)]
    ((5.0, 95.0), [(40, 1), (35, 4)]),
    ((2.0, 3.0), [(12, 2), (15, 6), (9, 1)]),
    ((1.5, 20.25), [(3_000, 140), (2_900, 160)]),
]


def best_with_prior_section() -> list[dict]:
    cases = []
    for prior, arms in BEST_WITH_PRIOR:
        best = probability_best_quad(arms, prior)
        assert abs(sum(best) - 1) < 1e-10, (prior, sum(best))
        cases.append({"prior_alpha": prior[0], "prior_beta": prior[1], "units": [n for n, _ in arms],
                      "conversions": [x for _, x in arms], "probability_best": best})
    return cases


# --- power and planning -------------------------------------------------------------------------------

POWER_CASES = [
    # base rate, relative effect, alpha, power, ratio (treatment units per control unit), units for power/MDE
    (0.05, 0.2, 0.05, 0.8, 1.0, [1_000, 8_143, 50_000]),
    (0.10, 0.1, 0.05, 0.9, 1.0, [500, 20_000]),
    (0.02, 0.5, 0.01, 0.8, 1.0, [3_000, 100_000]),
    (0.30, -0.1, 0.05, 0.8, 1.0, [1_000, 4_000]),
    (0.05, 0.2, 0.05, 0.8, 4.0, [2_000, 10_000]),
    (0.50, 0.02, 0.10, 0.95, 1.0, [1_000_000]),
    (0.01, 1.0, 0.05, 0.8, 0.25, [200, 5_000]),
    (0.15, 0.05, 0.05, 0.5, 1.0, [40, 30_000]),
]


def exact_root(function, low: float, high: float) -> float:
    return float(optimize.brentq(function, low, high, xtol=1e-300, rtol=8.9e-16, maxiter=500))


def power_section() -> list[dict]:
    analysis = NormalIndPower()
    cases = []
    for base, relative, alpha, power, ratio, units in POWER_CASES:
        target = base * (1 + relative)
        h = float(proportion_effectsize(target, base))
        n = float(analysis.solve_power(effect_size=h, nobs1=None, alpha=alpha, power=power, ratio=ratio))
        n_exact = exact_root(lambda m: analysis.power(h, m, alpha, ratio=ratio) - power, 2.0, 1e12)
        at_units = []
        for m in units:
            h_solved = float(analysis.solve_power(effect_size=None, nobs1=m, alpha=alpha, power=power, ratio=ratio))
            h_exact = exact_root(lambda e: analysis.power(e, m, alpha, ratio=ratio) - power, 1e-9, 20.0)
            arc = math.asin(math.sqrt(base)) + h_exact / 2
            mde = {"units": m, "power": float(analysis.power(h, m, alpha, ratio=ratio)),
                   "mde_effect_size_statsmodels": h_solved, "mde_effect_size": h_exact}
            if arc < math.pi / 2:
                mde["mde_rate"] = math.sin(arc) ** 2
                mde["mde_relative"] = math.sin(arc) ** 2 / base - 1
            at_units.append(mde)
        cases.append({"base_rate": base, "relative_effect": relative, "alpha": alpha, "power": power,
                      "ratio": ratio, "effect_size": h, "sample_size_statsmodels": n, "sample_size": n_exact,
                      "at_units": at_units})
    return cases


# --- the sequential test replica ----------------------------------------------------------------------

def msprt_looks(control: list[tuple[int, int]], treatment: list[tuple[int, int]], alpha: float,
                tau2: float) -> list[dict]:
    """Pooled-variance normal mixture SPRT for p_t - p_c, as documented on SequentialTest."""
    looks, running = [], 1.0
    for (nc, xc), (nt, xt) in zip(control, treatment):
        difference = xt / nt - xc / nc
        pooled = (xc + xt) / (nc + nt)
        variance = pooled * (1 - pooled) * (1 / nc + 1 / nt)
        if variance > 0:
            z = difference / math.sqrt(variance)
            log_lr = 0.5 * math.log(variance / (variance + tau2)) + tau2 * z * z / (2 * (variance + tau2))
            boundary = math.sqrt((variance + tau2) / tau2 * (2 * math.log(1 / alpha)
                                                            + math.log((variance + tau2) / variance)))
            # The closed form against the mixture integral it stands for.
            sd = math.sqrt(variance)
            mixture, _ = integrate.quad(
                lambda t: math.exp((2 * t * difference - t * t) / (2 * variance))
                * stats.norm.pdf(t, 0, math.sqrt(tau2)),
                difference - 40 * sd - 40 * math.sqrt(tau2), difference + 40 * sd + 40 * math.sqrt(tau2),
                epsabs=0, epsrel=1e-12, limit=500)
            assert abs(math.log(mixture) - log_lr) < 1e-9, (log_lr, math.log(mixture))
        else:
            z, log_lr, boundary = 0.0, 0.0, math.inf
        running = min(running, math.exp(-max(log_lr, 0.0)))
        looks.append({"difference": difference, "variance": variance, "z": z, "log_likelihood_ratio": log_lr,
                      "p_value": running, "boundary": boundary if math.isfinite(boundary) else None})
    return looks


def cumulative(daily: list[tuple[int, int]]) -> list[tuple[int, int]]:
    totals, n, x = [], 0, 0
    for units, conversions in daily:
        n, x = n + units, x + conversions
        totals.append((n, x))
    return totals


def sequential_section(rng: np.random.Generator) -> list[dict]:
    cases = []

    def add(name: str, control_daily, treatment_daily, alpha: float, tau2: float) -> None:
        control, treatment = cumulative(control_daily), cumulative(treatment_daily)
        cases.append({"name": name, "alpha": alpha, "mixing_variance": tau2,
                      "control": [list(c) for c in control], "treatment": [list(t) for t in treatment],
                      "looks": msprt_looks(control, treatment, alpha, tau2)})

    units = rng.integers(80, 121, size=(2, 20))
    control = [(int(n), int(rng.binomial(n, 0.10))) for n in units[0]]
    treatment = [(int(n), int(rng.binomial(n, 0.14))) for n in units[1]]
    add("true lift, 20 daily looks", control, treatment, 0.05, 1e-4)
    control = [(int(n), int(rng.binomial(n, 0.05))) for n in units[0]]
    treatment = [(int(n), int(rng.binomial(n, 0.05))) for n in units[1]]
    add("no difference, 20 daily looks", control, treatment, 0.05, 1e-4)
    add("zero conversions at first", [(30, 0), (40, 0), (35, 2), (50, 3)], [(28, 0), (45, 1), (30, 1), (60, 9)],
        0.1, 4e-4)
    add("large daily volume", [(20_000, 1_000)] * 5, [(20_000, 1_080)] * 5, 0.05, 2.5e-5)
    return cases


def main() -> None:
    rng = np.random.default_rng(SEED)
    beta, chi = special_sections()
    golden = {
        "generator": "Scripts/golden/ab_golden.py",
        "seed": SEED,
        "versions": {
            "python": platform.python_version(), "numpy": np.__version__, "scipy": scipy.__version__,
            "statsmodels": statsmodels.__version__,
        },
        "md5": md5_section(),
        "assignment": assignment_section(),
        "incomplete_beta": beta,
        "chi_square": chi,
        "analysis": analysis_section(),
        "best_with_prior": best_with_prior_section(),
        "power": power_section(),
        "sequential": sequential_section(rng),
    }
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "golden.json").write_text(json.dumps(golden, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {OUT / 'golden.json'}")


if __name__ == "__main__":
    main()
