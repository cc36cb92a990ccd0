#!/usr/bin/env bash
# Regenerates the sample reports under reports/samples/: the HTML and XML report of the quickstart and
# of each real-dataset experiment whose data is present in ../shared/datasets. Run from anywhere; the
# test Tests/LeadBenchRunReportsTests/SampleReportTests.swift fails when these files differ from what
# the code now writes.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product leadbench
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for experiment in quickstart xeducation crm-pipeline olist; do
    if ! .build/release/leadbench validate "experiments/$experiment.yaml" >/dev/null 2>&1; then
        echo "skipped $experiment: its data is not here"
        continue
    fi
    .build/release/leadbench run "experiments/$experiment.yaml" --out "$work/$experiment" --no-history >/dev/null
    mkdir -p "reports/samples/$experiment"
    cp "$work/$experiment/report.html" "$work/$experiment/report.xml" "reports/samples/$experiment/"
    echo "reports/samples/$experiment: report.html, report.xml"
done
# The live A/B test's report, from the synthetic test in fixtures/ab-live (Scripts/make-ab-live-fixture.py).
.build/release/leadbench ab analyze --assignments fixtures/ab-live/assignments.csv --outcomes fixtures/ab-live/outcomes.csv \
    --weights control=0.5,challenger=0.5 --assigned-at-column assigned_at --converted-at-column converted_at \
    --out reports/samples/ab-live >/dev/null
echo "reports/samples/ab-live: ab-report.html, ab-report.xml"
