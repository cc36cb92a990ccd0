#!/usr/bin/env python3
"""Times leadbench against its pandas + scikit-learn + LightGBM peer on one generated CRM export, and
checks that they agree.

    python3 Benchmarks/peers/compare.py [--leads 500000] [--rounds 3] [--data-root DIR] [--no-build]
                                        [--peer-scope experiment|ranking] [--venv-only]

From the package root (any folder works; paths are found from this file). Standard library only.

1. Creates Benchmarks/peers/.venv and installs Benchmarks/peers/requirements.txt into it, when the
   venv is missing or the requirements changed.
2. Builds leadbench (`swift build -c release`, -j 1 unless --jobs) unless --no-build.
3. Generates the export once: `leadbench fixtures generate --leads N --seed 7 --out DATA_ROOT/data-N`
   (kept, and reused while its files are complete).
4. Runs, for R rounds and alternating which goes first, each under `/usr/bin/time -v`:
       leadbench  .build/release/leadbench run WORK/scale.yaml --out WORK/leadbench-rK --no-history
       peer       .venv/bin/python Benchmarks/peers/peer_experiment.py DATA WORK/peer-rK.json
   The peer performs the whole experiment (PEER_SCOPE=experiment: ranking figures and the replay at
   the thresholds), or with --peer-scope ranking only the ranking figures, a subset of what leadbench
   computes.
   where WORK/scale.yaml is Benchmarks/peers/scale.yaml and WORK/data links to the export.
5. Prints the wall time and peak resident set of every round, the medians, the ratios (peer over
   leadbench), each model's AUC on both sides, and markdown table rows ready to paste into
   Benchmarks/README.md. Exits 1 when the two disagree (or a run fails): an AUC by more than 0.01;
   with the whole experiment also a threshold figure — the qualified and hit counts of the rule models
   and the logistic regression differing at all (the same rules, or the same objective solved to its
   optimum on the same features; the same replay), any model's precision at its threshold by more than
   0.01 or its qualified volume by more than 5% (two learners' boosted trees differ).
"""

import argparse
import datetime
import hashlib
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
VENV = HERE / ".venv"
REQUIREMENTS = HERE / "requirements.txt"
EXPERIMENT = HERE / "scale.yaml"
PEER = HERE / "peer_experiment.py"
LEADBENCH = ROOT / ".build" / "release" / "leadbench"
AGREEMENT = 0.01
VOLUME_AGREEMENT = 0.05
# Models both sides compute identically: the same rules, or the same objective solved to its optimum.
EXACT_MODELS = ["points", "engagement", "logistic"]
MODELS = ["points", "engagement", "logistic", "boosted"]


def say(text=""):
    print(text, flush=True)


def run(command, **kwargs):
    say("$ " + " ".join(str(c) for c in command))
    subprocess.run([str(c) for c in command], check=True, **kwargs)


def ensure_venv():
    """The peer's virtual environment, reinstalled when requirements.txt changes."""
    stamp = VENV / "requirements.sha256"
    wanted = hashlib.sha256(REQUIREMENTS.read_bytes()).hexdigest()
    python = VENV / "bin" / "python"
    if python.exists() and stamp.exists() and stamp.read_text().strip() == wanted:
        return python
    if not python.exists():
        run([sys.executable, "-m", "venv", VENV])
    run([python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-r", REQUIREMENTS])
    stamp.write_text(wanted + "\n")
    return python


def ensure_data(leads, root):
    folder = root / f"data-{leads}"
    files = ["leads.csv", "activities.csv", "accounts.csv"]
    done = folder / ".complete"
    if done.exists() and all((folder / f).exists() for f in files):
        return folder
    if folder.exists():
        shutil.rmtree(folder)
    run([LEADBENCH, "fixtures", "generate", "--leads", leads, "--seed", 7, "--out", folder])
    done.write_text("leadbench fixtures generate --leads %d --seed 7\n" % leads)
    return folder


def timed(command, log, time_file, env=None):
    """Runs `command` under /usr/bin/time -v; returns (wall seconds, peak RSS in MiB, exit status)."""
    with open(log, "w") as out:
        status = subprocess.run(["/usr/bin/time", "-v", "-o", str(time_file)] + [str(c) for c in command],
                                stdout=out, stderr=subprocess.STDOUT, env=env).returncode
    text = Path(time_file).read_text()
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", text).group(1)
    seconds = 0.0
    for part in wall.split(":"):
        seconds = seconds * 60 + float(part)
    rss_kib = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1))
    return seconds, rss_kib / 1024, status


def estimate(figure):
    return figure.get("estimate") if isinstance(figure, dict) else figure


def leadbench_figures(folder):
    """Each model's AUC and figures at its threshold, and the window, from leadbench's results.json."""
    results = json.loads((folder / "results.json").read_text())
    aucs, at_threshold = {}, {}
    for model in results["models"]:
        aucs[model["name"]] = estimate(model.get("auc"))
        counts = model.get("counts", {})
        at_threshold[model["name"]] = {
            "threshold": model.get("threshold"), "qualified": counts.get("qualified"), "hits": counts.get("hits"),
            "precision": estimate(model.get("precision")), "per_week": model.get("perWeek")}
    return aucs, at_threshold, results.get("window", {})


def threshold_agreement(ours, peer):
    """Compares the figures at each model's threshold; prints a table and returns the disagreements."""
    say()
    say(f"{'model':<11} {'threshold (leadbench / peer)':>30} {'qualified':>17} {'hits':>13} {'precision':>15}")
    disagreements = []
    for name in MODELS:
        a, b = ours.get(name, {}), peer["models"].get(name, {})
        if a.get("qualified") is None or b.get("qualified") is None:
            disagreements.append(f"{name}: no figures at a threshold on one side")
            continue
        say(f"{name:<11} {a['threshold']:>14.6g} / {b['threshold']:<13.6g} {a['qualified']:>8} / {b['qualified']:<6} "
            f"{a['hits']:>6} / {b['hits']:<4} {a['precision'] or 0:>7.4f} / {b['precision'] or 0:.4f}")
        if name in EXACT_MODELS and (a["qualified"], a["hits"]) != (b["qualified"], b["hits"]):
            disagreements.append(f"{name}: qualified/hits {a['qualified']}/{a['hits']} against {b['qualified']}/{b['hits']}")
        if abs((a["precision"] or 0) - (b["precision"] or 0)) > AGREEMENT:
            disagreements.append(f"{name}: precision {a['precision']:.4f} against {b['precision']:.4f}")
        if abs(a["qualified"] - b["qualified"]) > VOLUME_AGREEMENT * max(a["qualified"], b["qualified"]):
            disagreements.append(f"{name}: qualified {a['qualified']} against {b['qualified']}")
    return disagreements


def ratio(x):
    """A ratio with two significant digits: 0.038×, 0.54×, 3.5×, 12×."""
    return f"{x:.2g}×" if x < 10 else f"{x:.0f}×"


def machine():
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        mem = int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text()).group(1)) / 1024 / 1024
    except OSError:
        mem = float("nan")
    return f"{os.cpu_count()}-core {platform.machine()} ({cpu}), {mem:.0f} GiB, {platform.system()} {platform.release()}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--leads", type=int, default=500_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--data-root", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "leadbench-peer")
    parser.add_argument("--no-build", action="store_true", help="use the existing .build/release/leadbench")
    parser.add_argument("--venv-only", action="store_true", help="create or update the peer's virtual environment, and stop")
    parser.add_argument("--jobs", type=int, default=1, help="swift build jobs (default 1)")
    parser.add_argument("--peer-scope", choices=["experiment", "ranking"], default="experiment",
                        help="the peer's part of the experiment (PEER_SCOPE): all of it, or the ranking figures only")
    parser.add_argument("--peer-threads", type=int, default=1,
                        help="threads of the peer's numeric libraries (PEER_THREADS; 0: the libraries' defaults)")
    args = parser.parse_args()

    python = ensure_venv()
    if args.venv_only:
        return
    if not args.no_build:
        run(["swift", "build", "-c", "release", "-j", args.jobs, "--package-path", ROOT])
    if not LEADBENCH.exists():
        sys.exit(f"{LEADBENCH} is missing: build leadbench first (swift build -c release)")
    args.data_root.mkdir(parents=True, exist_ok=True)
    data = ensure_data(args.leads, args.data_root)
    work = args.data_root / f"work-{args.leads}"
    if work.exists():
        shutil.rmtree(work)
    work.mkdir()
    shutil.copy(EXPERIMENT, work / "scale.yaml")
    (work / "data").symlink_to(data.resolve())
    sizes = {f: (data / f).stat().st_size for f in ["leads.csv", "activities.csv", "accounts.csv"]}
    activities = sum(1 for _ in open(data / "activities.csv", "rb")) - 1

    say()
    say(f"machine   {machine()}")
    say(f"data      {data}: {args.leads:,} leads, {activities:,} activities, {sum(sizes.values()) / 1e6:,.0f} MB of CSV")
    say(f"rounds    {args.rounds}, alternating which side goes first; peer threads: "
        + (str(args.peer_threads) if args.peer_threads else "library defaults") + f"; peer scope: {args.peer_scope}")
    load = os.getloadavg()
    say(f"load      {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} (1, 5, 15 min) before the first round")
    say()

    sides = {
        "leadbench": lambda k: [LEADBENCH, "run", work / "scale.yaml", "--out", work / f"leadbench-r{k}", "--no-history"],
        "peer": lambda k: [python, PEER, data, work / f"peer-r{k}.json"],
    }
    environments = {"leadbench": None,
                    "peer": dict(os.environ, PEER_THREADS=str(args.peer_threads), PEER_SCOPE=args.peer_scope)}
    measured = {side: [] for side in sides}
    failed = False
    for k in range(1, args.rounds + 1):
        order = ["leadbench", "peer"] if k % 2 == 1 else ["peer", "leadbench"]
        for side in order:
            wall, rss, status = timed(sides[side](k), work / f"{side}-r{k}.log", work / f"{side}-r{k}.time", environments[side])
            measured[side].append((wall, rss))
            say(f"round {k}  {side:<9}  {wall:8.2f} s  {rss:8.0f} MiB peak  (load {os.getloadavg()[0]:.2f} after)" + ("" if status == 0 else f"  FAILED (exit {status}, see {work / f'{side}-r{k}.log'})"))
            failed |= status != 0
    if failed:
        sys.exit(1)

    median = {side: (statistics.median(w for w, _ in runs), statistics.median(r for _, r in runs)) for side, runs in measured.items()}
    time_ratio = median["peer"][0] / median["leadbench"][0]
    memory_ratio = median["peer"][1] / median["leadbench"][1]
    say()
    say(f"median    leadbench {median['leadbench'][0]:.2f} s, {median['leadbench'][1]:.0f} MiB;  "
        f"peer {median['peer'][0]:.2f} s, {median['peer'][1]:.0f} MiB")
    say(f"ratio     peer / leadbench: time {ratio(time_ratio)}, peak memory {ratio(memory_ratio)} "
        f"(above 1: leadbench is faster / smaller)")

    lb_aucs, lb_at_threshold, lb_window = leadbench_figures(work / f"leadbench-r{args.rounds}")
    peer = json.loads((work / f"peer-r{args.rounds}.json").read_text())
    say(f"window    leadbench: {lb_window.get('trainingLeads')} training ({lb_window.get('trainingConverted')} converted), "
        f"{lb_window.get('testLeads')} test ({lb_window.get('testConverted')} converted); "
        f"peer: {peer['window']['training_leads']} training ({peer['window']['training_converted']} converted), "
        f"{peer['window']['test_leads']} test ({peer['window']['test_converted']} converted)")
    say(f"peer      phases (s): " + ", ".join(f"{k} {v}" for k, v in peer["seconds"].items()))
    say()
    say(f"{'model':<11} {'leadbench AUC':>13} {'peer AUC':>9} {'|diff|':>7}")
    worst = 0.0
    disagreements = []
    for name in MODELS:
        ours, theirs = lb_aucs.get(name), peer["models"].get(name, {}).get("auc")
        if ours is None or theirs is None:
            disagreements.append(f"{name}: missing on one side")
            say(f"{name:<11} {'-' if ours is None else f'{ours:.4f}':>13} {'-' if theirs is None else f'{theirs:.4f}':>9}")
            continue
        diff = abs(ours - theirs)
        worst = max(worst, diff)
        flag = "" if diff <= AGREEMENT else f"  > {AGREEMENT}"
        if flag:
            disagreements.append(f"{name}: AUC differs by {diff:.4f}")
        say(f"{name:<11} {ours:13.4f} {theirs:9.4f} {diff:7.4f}{flag}")

    if args.peer_scope == "experiment":
        disagreements += threshold_agreement(lb_at_threshold, peer)

    today = datetime.date.today().isoformat()
    aucs = ", ".join(f"{n} {lb_aucs[n]:.3f}/{peer['models'][n]['auc']:.3f}" for n in MODELS if n in lb_aucs and n in peer["models"])
    say()
    say("Markdown rows (Benchmarks/README.md, Peer comparison):")
    say()
    say("| leads | activities | peer's scope | leadbench wall | leadbench peak RSS | peer wall | peer peak RSS | peer/leadbench time | peer/leadbench memory | largest AUC difference | date |")
    say("|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---|")
    say(f"| {args.leads:,} | {activities:,} | {args.peer_scope} | {median['leadbench'][0]:.1f} s | {median['leadbench'][1]:,.0f} MiB | "
        f"{median['peer'][0]:.1f} s | {median['peer'][1]:,.0f} MiB | {ratio(time_ratio)} | {ratio(memory_ratio)} | {worst:.4f} | {today} |")
    say()
    say(f"AUC leadbench/peer: {aucs}")
    if disagreements:
        say("DISAGREE: " + "; ".join(disagreements))
        sys.exit(1)
    say(f"agree: every model's AUC within {AGREEMENT} (largest difference {worst:.4f})"
        + ("; the figures at the thresholds as required" if args.peer_scope == "experiment" else ""))


if __name__ == "__main__":
    main()
